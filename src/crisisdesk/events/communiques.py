"""The day a communiqué's numbered points speak for: the day of the meeting that adopted it.

An AU, ECOWAS or UN communiqué sets out its decisions as numbered points in the present
("1. The Council strongly condemns ...", "2. decides to suspend ..."). Those acts were taken at
the meeting the communiqué reports, not on the day a news page quoting it went out: "The
decision was taken at a meeting of the Council held in Addis Ababa on 14 August. The text of
the communiqué reads: 1. The Council condemns ..." dates the condemnation 14 August. The
meeting's day is the first date, before or in the first numbered point, that hangs from a
sitting noun ("a meeting ... held on 14 August", "held an extraordinary summit in Abuja on 10
August"); a meeting a later point recalls ("at its meeting of 28 July") is another one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc, Span, Token

from crisisdesk.dates.resolve import DateValue, Tense, resolve_date
from crisisdesk.events.grammar import word_set
from crisisdesk.model import DatePrecision

# the sittings that adopt a communiqué: "a meeting of the Council", "an extraordinary summit"
SITTING_NOUNS = word_set("setting_meeting_nouns")
# a numbered point opens its paragraph: "1. ", "12. "
NUMBERED_POINT = re.compile(r"\d{1,2}\.\s")
# steps from a date up to the sitting noun it dates ("on 14 August" -> held -> Council -> of ->
# meeting)
MAX_STEPS = 4


def numbered_points(
    doc: Doc,
    body: str,
    spans_of: Callable[[Span], list[tuple[int, int]]],
    published: date | None,
    language: str,
) -> list[tuple[int, int, DateValue]]:
    """(start, end, meeting day) of the paragraphs that are numbered points of a communiqué
    whose meeting the text dates; none when it dates no meeting."""
    points = [
        (start, end)
        for start, end in _paragraphs(body)
        if NUMBERED_POINT.match(body[start:end].lstrip()) is not None
    ]
    if not points:
        return []
    meeting = _meeting_day(doc, body, points[0][1], spans_of, published, language)
    return [(start, end, meeting) for start, end in points] if meeting is not None else []


def point_date(offset: int, points: list[tuple[int, int, DateValue]]) -> DateValue | None:
    """The meeting day of the numbered point holding a character offset, if any."""
    return next((value for start, end, value in points if start <= offset < end), None)


def _paragraphs(body: str) -> list[tuple[int, int]]:
    """(start, end) of the body's paragraphs, which blank lines separate."""
    found: list[tuple[int, int]] = []
    start = 0
    while start < len(body):
        end = body.find("\n\n", start)
        end = len(body) if end == -1 else end
        found.append((start, end))
        start = end + 2
    return found


def _meeting_day(
    doc: Doc,
    body: str,
    until: int,
    spans_of: Callable[[Span], list[tuple[int, int]]],
    published: date | None,
    language: str,
) -> DateValue | None:
    """The first day before ``until`` written as a sitting's ("held ... on 14 August")."""
    for sentence in doc.sents:
        if sentence.start_char >= until:
            return None
        for start, end in spans_of(sentence):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or not _dates_a_sitting(span.root):
                continue
            value = resolve_date(body[start:end], published, Tense.PAST, language)
            if value is not None and value.precision == DatePrecision.DAY:
                return value
    return None


def _dates_a_sitting(token: Token) -> bool:
    """Whether a date's head hangs, within a few steps, from a sitting noun or from a verb
    whose object is one ("held an extraordinary summit ... on 10 August")."""
    current = token
    for _ in range(MAX_STEPS):
        if current.head.i == current.i:
            return False
        current = current.head
        if current.pos_ in {"NOUN", "PROPN"} and current.lemma_.lower() in SITTING_NOUNS:
            return True
        if current.pos_ in {"VERB", "AUX"}:
            objects = [c for c in current.children if c.dep_ in {"dobj", "nsubjpass"}]
            if any(o.lemma_.lower() in SITTING_NOUNS for o in objects):
                return True
            if current.dep_ != "acl":
                # another clause's date ("since the military seized power on 26 July");
                # only a participle describing the sitting ("held on 14 August") passes
                return False
    return False
