"""Recognise site furniture in scraped text: comment forms, related links, share buttons.

The phrases live in ``data/junk/*.yaml``; this module only compiles and applies them.

Three kinds of furniture line: an *end marker* opens what only ever closes a page (the
comment form, "Comments are closed"); a *tail marker* opens a widget that usually closes it
(share buttons, related links, tags) but that some sites put between two paragraphs; a *junk
line* is dropped wherever it stands. Whether a tail marker ends the article is decided by what
follows it (:func:`crisisdesk.extraction.blocks.article_line_indexes`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import cache

import yaml

from crisisdesk.paths import data_file

_TRAILING = re.compile(r"[\s:;.!…|»>-]+$")
_LEADING = re.compile(r"^[\s•·*#>|«-]+")
# Widgets rendered on one line: "Share this live page | Comments are closed", "Twitter · Email"
_WIDGET_SEPARATOR = re.compile(r"\s+[|•·/]\s+")
# A paragraph of running text ends with a full stop, a question or an exclamation mark,
# perhaps inside a closing quote or bracket; a teaser ends with an ellipsis.
_PROSE_END = re.compile(r"[.!?]['\"”’»)\]]*$")
_TEASER_END = re.compile(r"(\.\.\.|…)['\"”’»)\]]*$")
_QUOTE_OPENERS = "\"“«'‘"
MIN_PROSE_WORDS = 6
# The junk lists of every language apply to every document: they match whole lines only, and a
# page's language is often unknown when it is cleaned (the hint defaults to English).
JUNK_LANGUAGES = ("en", "fr")


class LineKind(Enum):
    TEXT = "text"
    JUNK = "junk"
    TAIL = "tail"
    END = "end"


def fold_line(line: str) -> str:
    """A line as the junk lists are written: trimmed, lower-cased, no decoration around it."""
    folded = _TRAILING.sub("", _LEADING.sub("", line.strip()))
    return folded.replace("’", "'").casefold()


def is_prose(line: str) -> bool:
    """A line of running text: several words closed by a full stop, not a teaser ("...") and
    not a quoted headline."""
    stripped = line.strip()
    if len(stripped.split()) < MIN_PROSE_WORDS or _TEASER_END.search(stripped):
        return False
    if stripped[0] in _QUOTE_OPENERS and stripped.rstrip(".!?")[-1:] in "\"”»'’":
        return False
    return bool(_PROSE_END.search(stripped))


@dataclass(frozen=True)
class JunkRules:
    end_markers: frozenset[str]
    tail_markers: frozenset[str]
    line_junk: frozenset[str]
    line_patterns: tuple[re.Pattern[str], ...]

    def kind(self, line: str) -> LineKind:
        """What a line is: article text, a junk line, or the start of the tail or of the end.

        A line of several widgets ("Share | Comments are closed") takes its strongest kind,
        provided every piece of it is furniture.
        """
        whole = self._piece_kind(line)
        pieces = _WIDGET_SEPARATOR.split(line.strip())
        if whole is not LineKind.TEXT or len(pieces) < 2:
            return whole
        kinds = {self._piece_kind(piece) for piece in pieces}
        if LineKind.TEXT in kinds:
            return LineKind.TEXT
        return next(kind for kind in (LineKind.END, LineKind.TAIL, LineKind.JUNK) if kind in kinds)

    def _piece_kind(self, piece: str) -> LineKind:
        folded = fold_line(piece)
        if not folded:
            return LineKind.JUNK
        if folded in self.end_markers:
            return LineKind.END
        if folded in self.tail_markers:
            return LineKind.TAIL
        if folded in self.line_junk:
            return LineKind.JUNK
        stripped = piece.strip()
        if any(pattern.match(stripped) for pattern in self.line_patterns):
            return LineKind.JUNK
        return LineKind.TEXT


@cache
def load_junk_rules(language: str = "en") -> JunkRules:
    """Load the junk lists: ``language``'s own, then those of the other languages we know."""
    names = [f"{code}.yaml" for code in dict.fromkeys((language, *JUNK_LANGUAGES))]
    ends: set[str] = set()
    tails: set[str] = set()
    lines: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    for name in names:
        path = data_file("junk", name)
        if not path.is_file():
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        ends.update(fold_line(item) for item in data.get("end_markers", []))
        tails.update(fold_line(item) for item in data.get("tail_markers", []))
        lines.update(fold_line(item) for item in data.get("line_junk", []))
        patterns.extend(re.compile(p, re.IGNORECASE) for p in data.get("line_patterns", []))
    return JunkRules(frozenset(ends), frozenset(tails), frozenset(lines), tuple(patterns))
