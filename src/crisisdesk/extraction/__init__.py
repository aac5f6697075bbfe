"""Extraction: from a source document's raw text or HTML to a clean article body."""

from crisisdesk.extraction.html import HtmlExtractionError, extract_html
from crisisdesk.extraction.text import extract_text

__all__ = ["HtmlExtractionError", "extract_html", "extract_text"]
