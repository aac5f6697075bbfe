"""Recognise site furniture in scraped text: comment forms, related links, share buttons.

The phrases live in ``data/junk/*.yaml``; this module only compiles and applies them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import yaml

from crisisdesk.paths import data_file

_TRAILING = re.compile(r"[\s:;.!…|»>-]+$")
_LEADING = re.compile(r"^[\s•·*#>|«-]+")


def fold_line(line: str) -> str:
    """A line as the junk lists are written: trimmed, lower-cased, no decoration around it."""
    folded = _TRAILING.sub("", _LEADING.sub("", line.strip()))
    return folded.replace("’", "'").casefold()


@dataclass(frozen=True)
class JunkRules:
    tail_markers: frozenset[str]
    line_junk: frozenset[str]
    line_patterns: tuple[re.Pattern[str], ...]

    def starts_tail(self, line: str) -> bool:
        """True when this line opens the page's tail (related links, comments, ...)."""
        return fold_line(line) in self.tail_markers

    def is_junk_line(self, line: str) -> bool:
        """True for a line that never carries news wherever it stands."""
        folded = fold_line(line)
        if not folded:
            return False
        if folded in self.line_junk:
            return True
        stripped = line.strip()
        return any(pattern.match(stripped) for pattern in self.line_patterns)


@cache
def load_junk_rules(language: str = "en") -> JunkRules:
    """Load the junk lists for ``language`` (English lists serve as the fallback)."""
    names = [f"{language}.yaml"] if language == "en" else ["en.yaml", f"{language}.yaml"]
    tails: set[str] = set()
    lines: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    for name in names:
        path = data_file("junk", name)
        if not path.is_file():
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        tails.update(fold_line(item) for item in data.get("tail_markers", []))
        lines.update(fold_line(item) for item in data.get("line_junk", []))
        patterns.extend(re.compile(p, re.IGNORECASE) for p in data.get("line_patterns", []))
    return JunkRules(frozenset(tails), frozenset(lines), tuple(patterns))
