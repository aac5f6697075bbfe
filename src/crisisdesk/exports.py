"""Flat, analyst-friendly views of events: one row per event for CSV and spreadsheets.

The CLI and (later) the API share these functions, so a column means the same everywhere.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from crisisdesk.model import Actor, Event

CSV_COLUMNS = [
    "event_id",
    "article_id",
    "type",
    "mode",
    "contexts",
    "status",
    "date",
    "date_start",
    "date_end",
    "date_precision",
    "actors",
    "actor_ids",
    "recipients",
    "recipient_ids",
    "country",
    "admin1",
    "place",
    "latitude",
    "longitude",
    "geo_precision",
    "dead",
    "dead_high",
    "injured",
    "abducted",
    "arrested",
    "troops",
    "cameo_root",
    "acled_event_type",
    "acled_sub_event_type",
    "confidence",
    "evidence",
]


def actor_names(actors: Iterable[Actor]) -> str:
    return "; ".join(a.name for a in actors)


def flatten_event(event: Event) -> dict[str, object]:
    """One event as a flat row (see CSV_COLUMNS)."""
    place = event.place
    return {
        "event_id": event.id,
        "article_id": event.article_id,
        "type": event.type,
        "mode": event.mode or "",
        "contexts": "; ".join(event.contexts),
        "status": event.status.value,
        "date": event.date_label,
        "date_start": event.date_start.isoformat() if event.date_start else "",
        "date_end": event.date_end.isoformat() if event.date_end else "",
        "date_precision": event.date_precision.value if event.date_precision else "",
        "actors": actor_names(event.actors),
        "actor_ids": "; ".join(a.qid or a.id for a in event.actors),
        "recipients": actor_names(event.recipients),
        "recipient_ids": "; ".join(a.qid or a.id for a in event.recipients),
        "country": place.country if place and place.country else "",
        "admin1": place.admin1 if place and place.admin1 else "",
        "place": place.name if place else "",
        "latitude": place.lat if place and place.lat is not None else "",
        "longitude": place.lon if place and place.lon is not None else "",
        "geo_precision": place.precision.acled_geo_precision if place else "",
        **{
            name: "" if getattr(event, name) is None else getattr(event, name)
            for name in ("dead", "dead_high", "injured", "abducted", "arrested", "troops")
        },
        "cameo_root": event.cameo or "",
        "acled_event_type": event.acled_event_type or "",
        "acled_sub_event_type": event.acled_sub_event_type or "",
        "confidence": round(event.confidence, 3),
        "evidence": event.evidence[0].sentence if event.evidence else "",
    }


def events_to_csv(events: Iterable[Event]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for event in events:
        writer.writerow(flatten_event(event))
    return buffer.getvalue()


def events_to_jsonl(events: Iterable[Event]) -> str:
    return "".join(event.model_dump_json(exclude_none=True) + "\n" for event in events)
