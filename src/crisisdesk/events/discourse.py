"""What a clause leaves unsaid, the paragraph or the lead says: dates and places by discourse.

News writes the date and the scene once ("Gunmen attacked Solhan on Friday night ...") and
then reports reactions and details without repeating them ("The government condemned the
attack"). An event whose own clause gives no date takes it from, in order: the closest earlier
event of the same paragraph; the closest earlier event of the same type with a date of its own
(a restatement: "Dan Na Ambassagou denied carrying out the attack"); the lead's date. An event
told in the present or present perfect ("the junta has demanded") is news of the report, not
of the past narrative before it: it takes the lead's date. Planned and hypothetical events
never inherit a date: they are not anchored to what already happened. An event without a date
of its own place takes the place of the closest earlier event of its paragraph, or the lead's.
"""

from __future__ import annotations

from collections.abc import Sequence

from crisisdesk.dates.resolve import DateValue, Tense
from crisisdesk.events.grammar import word_set
from crisisdesk.events.policies import load_policies
from crisisdesk.events.venues import place_at_venues
from crisisdesk.model import DatePrecision, Place, PlacePrecision, Status

INHERITING_STATUSES = {Status.OCCURRED, Status.ONGOING, Status.NEGATED}
# Events that happen at a scene; statements and decisions happen where their authors are, so
# they keep the country rather than borrow the town of the attack they react to.
SCENE_TYPES = load_policies().scene_types


def paragraph_of(offset: int, breaks: Sequence[int]) -> int:
    """Index of the paragraph holding a character offset, given paragraph start offsets."""
    index = 0
    for number, start in enumerate(breaks):
        if start <= offset:
            index = number
    return index


def paragraph_starts(body: str) -> list[int]:
    starts = [0]
    position = body.find("\n\n")
    while position != -1:
        starts.append(position + 2)
        position = body.find("\n\n", position + 2)
    return starts


def inherit(
    drafts: list,
    body: str,
    lead_place: Place | None,
    focus_place: Place | None,
    lead_dates: Sequence[tuple[int, DateValue]] = (),
    named_scenes: Sequence[tuple[int, Place]] = (),
    venues: Sequence = (),
) -> None:
    """Fill missing dates and vague places of drafts (in text order) from their context.

    ``lead_dates`` are the day or week dates the lead paragraph writes, with their offsets, as
    read in the past tense; see :func:`lead_date`. ``named_scenes`` are the (offset, place) of
    towns the text names as where things happen ("In Niamey, thousands rallied ..."): a scene
    event takes the latest of them or of the earlier events' places in its paragraph.
    ``venues`` place decisions taken at a meeting (see :mod:`crisisdesk.events.venues`).
    """
    starts = paragraph_starts(body)
    lead = lead_date(drafts, lead_dates)
    previous: dict[int, object] = {}
    for position, draft in enumerate(drafts):
        paragraph = paragraph_of(draft.sentence.start_char, starts)
        before = previous.get(paragraph)
        if draft.date is None and draft.reading.status in INHERITING_STATUSES:
            source = _date_source(draft, before, drafts[:position], lead)
            if source is not None:
                draft.date = (source, None)  # inherited: no span of its own in this sentence
        if _vague(draft.place) and draft.type in SCENE_TYPES:
            scene = _paragraph_scene(draft, before, starts[paragraph], named_scenes)
            scene = scene or ((lead_place, None) if lead_place else None)
            same_country = scene is not None and (
                draft.place is None or draft.place[0].country == scene[0].country
            )
            if scene is not None and same_country:
                draft.place = (scene[0], None)
            elif draft.place is None and focus_place is not None:
                draft.place = (focus_place, None)
        previous[paragraph] = draft
    if venues:
        place_at_venues(drafts, list(venues), SCENE_TYPES)


def _paragraph_scene(draft, before, paragraph_start: int, named_scenes) -> tuple | None:
    """The latest place of the paragraph before this draft's sentence: an earlier event's, or
    a town named as a location in a sentence with no event of its own."""
    scene = before.place if before is not None and not _vague(before.place) else None
    scene_at = -1
    if scene is not None:
        token = scene[1]
        scene_at = token.idx if token is not None else before.sentence.start_char
    for offset, place in named_scenes:
        if paragraph_start <= offset < draft.sentence.start_char and offset > scene_at:
            scene, scene_at = (place, None), offset
    return scene


def lead_date(drafts: list, lead_dates: Sequence[tuple[int, DateValue]]) -> DateValue | None:
    """The date the lead gives the story: its first day or week of something that happened.

    That is the first, in text order, of the lead paragraph's dates of occurred events and of
    its dates no event took ("A report published on Friday found that troops killed 500 people
    in March 2022": Friday, the day of the news). A date an event planned ("will meet on
    Tuesday") is not one. Without a lead paragraph date, the first anchoring event's date.
    """
    taken = {d.date[1][0]: d for d in drafts if d.date and d.date[1] is not None}
    candidates = []
    for start, value in lead_dates:
        owner = taken.get(start)
        if owner is None:
            candidates.append((start, value))
        elif _anchors(owner):
            candidates.append((start, owner.date[0]))
    if candidates:
        return min(candidates, key=lambda item: item[0])[1]
    return next((d.date[0] for d in drafts if d.date and _anchors(d)), None)


def _date_source(draft, before, earlier: list, lead: DateValue | None) -> DateValue | None:
    """Where an undated event's date comes from (see the module's docstring)."""
    if _news_of_the_report(draft):
        return lead
    if before is not None and before.date:
        return before.date[0]
    if _refers_back(draft):
        told = next(
            (d for d in reversed(earlier) if d.type == draft.type and d.date and d.date[1]),
            None,
        )
        if told is not None:
            return told.date[0]
    return lead


DEFINITE = word_set("definite_determiners")


def _news_of_the_report(draft) -> bool:
    """Told in the present or present perfect ("condemns", "has demanded"): the present
    perfect takes no past date of its own; it is what the report brings as news."""
    if draft.reading.tense == Tense.PRESENT:
        return True
    token = draft.match.token
    return token.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in {"VBZ", "VBP"} for c in token.children
    )


def _refers_back(draft) -> bool:
    """'the attack', 'carrying out the attack', 'the killings': a definite event noun."""
    words = [draft.match.token, *draft.match.words]
    return any(
        word.pos_ in {"NOUN", "PROPN"}
        and any(c.dep_ in {"det", "poss"} and c.lower_ in DEFINITE for c in word.children)
        for word in words
    )


def _vague(place: tuple | None) -> bool:
    return place is None or place[0].precision == PlacePrecision.COUNTRY


def _anchors(draft) -> bool:
    """A date worth lending: a day or week of something that happened or is under way."""
    value = draft.date[0]
    return draft.reading.status in {Status.OCCURRED, Status.ONGOING} and value.precision in {
        DatePrecision.DAY,
        DatePrecision.WEEK,
    }
