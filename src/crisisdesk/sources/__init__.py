"""Sources: where documents come from (files, folders, globs, JSON Lines)."""

from crisisdesk.sources.files import SUPPORTED_SUFFIXES, expand_inputs, read_path

__all__ = ["SUPPORTED_SUFFIXES", "expand_inputs", "read_path"]
