"""HTML pages to an article body and metadata, with trafilatura and htmldate.

trafilatura finds the main text and drops navigation, asides and comment sections; we ask it for
markdown so section headings survive as headings, then run the same junk and heading steps as
plain text so furniture it leaves in (share lines, "Read more") goes too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import trafilatura

from crisisdesk.extraction.blocks import (
    CleanBody,
    article_line_indexes,
    assemble,
    classify,
    split_dateline,
)
from crisisdesk.extraction.junk import load_junk_rules
from crisisdesk.extraction.text import normalise_text

_MD_HEADING = re.compile(r"^#{1,6}\s+")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
_MD_LIST_ITEM = re.compile(r"^[-*+]\s+")
_CLOSING_TAG = re.compile(r"</(html|body)\s*>", re.IGNORECASE)


class HtmlExtractionError(ValueError):
    """The page holds no article text."""


@dataclass
class HtmlArticle:
    clean: CleanBody
    title: str | None
    published: date | None
    outlet: str | None
    url: str | None
    language: str | None
    truncated: bool


def looks_truncated(html: str) -> bool:
    """A page cut off in transfer lacks its closing body/html tags."""
    return _CLOSING_TAG.search(html[-2048:]) is None


def markdown_lines(markdown: str) -> tuple[list[str], set[int]]:
    """Plain lines from trafilatura markdown, and which of them were headings."""
    lines: list[str] = []
    headings: set[int] = set()
    for raw_line in markdown.split("\n"):
        line = " ".join(raw_line.split())
        if not line:
            continue
        if _MD_HEADING.match(line):
            headings.add(len(lines))
            line = _MD_HEADING.sub("", line)
        line = _MD_EMPHASIS.sub(r"\2", _MD_LIST_ITEM.sub("", line))
        lines.append(line)
    return lines, headings


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def extract_html(html: str, language: str = "en") -> HtmlArticle:
    """Extract the article from an HTML page; raise HtmlExtractionError when there is none."""
    document = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_formatting=True,
        output_format="python",
    )
    if document is None or not (document.text or "").strip():
        raise HtmlExtractionError("no article text found in the HTML")
    lines, heading_indexes = markdown_lines(normalise_text(document.text))
    kept = article_line_indexes(lines, load_junk_rules(language))
    marked = {position for position, index in enumerate(kept) if index in heading_indexes}
    clean = assemble(split_dateline(classify([lines[i] for i in kept], marked)))
    if not clean.body:
        raise HtmlExtractionError("only site furniture found in the HTML, no article text")
    return HtmlArticle(
        clean=clean,
        title=document.title or clean.title,
        published=_parse_date(document.date),
        outlet=document.sitename,
        url=document.url,
        language=document.language,
        truncated=looks_truncated(html),
    )
