"""Plain text (scraped or clean wire copy) to an article body.

trafilatura returns nothing on plain text, so junk in scraped text is ours to remove: the rules
are in ``data/junk``; the steps are in :mod:`crisisdesk.extraction.blocks`.
"""

from __future__ import annotations

import unicodedata

from crisisdesk.extraction.blocks import (
    CleanBody,
    article_line_indexes,
    assemble,
    classify,
    join_wrapped_lines,
    split_dateline,
)
from crisisdesk.extraction.junk import load_junk_rules


def normalise_text(raw: str) -> str:
    """NFC, Unix newlines, no control characters, no non-breaking or zero-width spaces."""
    text = unicodedata.normalize("NFC", raw).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")


def clean_lines(raw: str) -> list[str]:
    """Non-empty, space-folded lines of a plain-text document."""
    lines = (" ".join(line.split()) for line in normalise_text(raw).split("\n"))
    return [line for line in lines if line]


def extract_text(raw: str, language: str = "en") -> CleanBody:
    """Clean a plain-text document: cut the junk tail, drop junk lines, mark headings."""
    lines = join_wrapped_lines(clean_lines(raw))
    kept = article_line_indexes(lines, load_junk_rules(language))
    return assemble(split_dateline(classify([lines[i] for i in kept])))
