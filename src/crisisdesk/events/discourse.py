"""What a clause leaves unsaid, the paragraph or the lead says: dates and places by discourse.

News writes the date and the scene once ("Gunmen attacked Solhan on Friday night ...") and
then reports reactions and details without repeating them ("The government condemned the
attack"). An event whose own clause gives no date or place takes them from the closest
earlier event of the same paragraph, and otherwise from the article's lead. Planned and
hypothetical events never inherit a date: they are not anchored to what already happened.
"""

from __future__ import annotations

from collections.abc import Sequence

from crisisdesk.events.venues import place_at_venues
from crisisdesk.model import DatePrecision, Place, PlacePrecision, Status

INHERITING_STATUSES = {Status.OCCURRED, Status.ONGOING, Status.NEGATED}
# Events that happen at a scene; statements and decisions happen where their authors are, so
# they keep the country rather than borrow the town of the attack they react to.
SCENE_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "PROTEST", "AID"}


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
    named_scenes: Sequence[tuple[int, Place]] = (),
    venues: Sequence = (),
) -> None:
    """Fill missing dates and vague places of drafts (in text order) from their context.

    ``named_scenes`` are the (offset, place) of towns the text names as where things happen
    ("In Niamey, thousands rallied ..."): a scene event takes the latest of them or of the
    earlier events' places in its paragraph. ``venues`` place decisions taken at a meeting
    (see :mod:`crisisdesk.events.venues`).
    """
    starts = paragraph_starts(body)
    lead_date = next((d.date for d in drafts if d.date and _anchors(d)), None)
    previous: dict[int, object] = {}
    for draft in drafts:
        paragraph = paragraph_of(draft.sentence.start_char, starts)
        before = previous.get(paragraph)
        if draft.date is None and draft.reading.status in INHERITING_STATUSES:
            source = before.date if before is not None and before.date else lead_date
            if source is not None:
                draft.date = (source[0], None)  # inherited: no span of its own in this sentence
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


def _vague(place: tuple | None) -> bool:
    return place is None or place[0].precision == PlacePrecision.COUNTRY


def _anchors(draft) -> bool:
    """A date worth lending: a day or week of something that happened."""
    value = draft.date[0]
    return draft.reading.status == Status.OCCURRED and value.precision in {
        DatePrecision.DAY,
        DatePrecision.WEEK,
    }
