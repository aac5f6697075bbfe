"""Language analysis: the spaCy pipeline and language detection."""
