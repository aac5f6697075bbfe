"""Timelines: event records in date order, for a story, an actor or a country.

Every record sits at its own date and precision, so the background history a report recalls
("deployed in 2013", "coups in 2020 and 2021") appears at 2013, 2020 and 2021, not at the date
of the report. Records with no date come last. Pure functions over
:class:`~crisisdesk.stories.records.EventRecord`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from crisisdesk.model import Actor
from crisisdesk.stories.records import EventRecord

# A record that ended this long before its earliest report is background history, recalled
# rather than reported as news.
BACKGROUND_AFTER = timedelta(days=60)


def timeline_key(record: EventRecord) -> tuple[bool, date, date, str, str]:
    """Dated first, by start, then the shorter span (the more precise), then type and id."""
    start = record.date_start or date.max
    end = record.effective_end or date.max
    return (record.date_start is None, start, end, record.type, record.id)


def _actors_of(record: EventRecord) -> Iterable[Actor]:
    yield from record.actors
    yield from record.recipients
    for mention in record.mentions:
        yield from mention.event.actors
        yield from mention.event.recipients


def actor_matches(actor: Actor, query: str) -> bool:
    """An id, name, alias, QID, mention or country code, or part of the canonical name."""
    return actor.matches(query) or query.casefold() in actor.name.casefold()


def involves(record: EventRecord, query: str) -> bool:
    """The actor takes part, as actor or recipient, in the record or in any of its mentions."""
    return any(actor_matches(actor, query.strip()) for actor in _actors_of(record))


def in_country(record: EventRecord, iso3: str) -> bool:
    """The record's place is in the country (by its canonical place, else any mention's)."""
    wanted = iso3.strip().upper()
    places = [record.place, *(mention.event.place for mention in record.mentions)]
    return any(place is not None and place.country == wanted for place in places)


def timeline(
    records: Iterable[EventRecord],
    story: str | None = None,
    actor: str | None = None,
    country: str | None = None,
) -> list[EventRecord]:
    """The records that match every given filter, in date order, undated last."""
    chosen = [
        record
        for record in records
        if (story is None or record.story_id == story)
        and (actor is None or involves(record, actor))
        and (country is None or in_country(record, country))
    ]
    return sorted(chosen, key=timeline_key)


def first_reported(record: EventRecord) -> date | None:
    """The earliest publication date among the record's mentions."""
    dates = [mention.published for mention in record.mentions if mention.published]
    return min(dates) if dates else None


def is_background(record: EventRecord) -> bool:
    """History recalled by the reports: it ended well before the first of them appeared."""
    reported = first_reported(record)
    end = record.effective_end
    return reported is not None and end is not None and end < reported - BACKGROUND_AFTER


def timeline_row(record: EventRecord) -> dict[str, object]:
    """One record as a flat row: for tables and spreadsheets."""
    place = record.place
    return {
        "date": record.date_label,
        "precision": record.date_precision.value if record.date_precision else "",
        "background": is_background(record),
        "type": record.type,
        "mode": record.mode or "",
        "status": record.status.value,
        "actors": "; ".join(actor.name for actor in record.actors),
        "recipients": "; ".join(actor.name for actor in record.recipients),
        "place": ", ".join(p for p in (place.name, place.admin1, place.country) if p)
        if place
        else "",
        "dead": "" if record.dead is None else record.dead,
        "sources": record.sources,
        "mentions": len(record.mentions),
        "outlets": "; ".join(record.outlets),
        "disagreements": "; ".join(d.summary() for d in record.disagreements),
        "story": record.story_id or "",
        "record_id": record.id,
    }
