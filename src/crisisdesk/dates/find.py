"""Find date expressions in a sentence by rule, where spaCy's NER misses or splits them.

spaCy tags "last year" but not "the preceding year", splits "between 2013 and 2023", and misses
"mid-November" or "earlier this month". The finder scans with the same shapes the resolver reads
(see ``grammar.py``), so every span it returns resolves once a publication date is known.
"""

from __future__ import annotations

from crisisdesk.dates.grammar import load_grammar


def find_date_spans(text: str, language: str = "en") -> list[tuple[int, int]]:
    """Character offsets ``(start, end)`` of the date expressions in ``text``, in text order.

    A span includes a leading preposition when there is one ("in 2020 and 2021", "since 2013",
    "over the past decade"), since it changes the meaning. Where shapes overlap the longest wins,
    and spans never overlap.
    """
    grammar = load_grammar(language)
    anchors = grammar.anchors_in(text)
    candidates: list[tuple[int, int]] = []
    for pattern in grammar.patterns_with(anchors):
        for match in pattern.scan.finditer(text):
            takes_lead = pattern.takes_lead and not _possessive(text, match.end())
            lead = grammar.lead_before(text, match.start()) if takes_lead else None
            if grammar.accepts_in_text(pattern.kind, match, lead[0] if lead else None):
                candidates.append((lead.start() if lead else match.start(), match.end()))
    return _longest_without_overlap(candidates)


def _possessive(text: str, end: int) -> bool:
    """A date written as a possessive ("from Sunday's attack") modifies the noun after it; the
    preposition before it governs that noun, not the date."""
    return text[end : end + 2] in {"'s", "’s"}


def _longest_without_overlap(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Keep the longest spans first (earliest on ties), dropping any that overlap a kept one."""
    kept: list[tuple[int, int]] = []
    for start, end in sorted(set(spans), key=lambda span: (span[0] - span[1], span[0])):
        if all(end <= other_start or start >= other_end for other_start, other_end in kept):
            kept.append((start, end))
    return sorted(kept)
