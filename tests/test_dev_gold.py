"""The dev gold file ``tests/gold/dev.gold.jsonl`` is sound, so that tuning on it is meaningful.

A gold event that can never match (evidence not in the document, a misspelt type or mode, an
admin1 code from the wrong country) silently lowers recall and hides real errors. These checks
catch that for the dev file: the documents under ``tests/gold/dev/`` and the events coded on them.
"""

from __future__ import annotations

import json
from collections import Counter
from functools import cache
from pathlib import Path

import pycountry
import pytest
import yaml

from crisisdesk.evaluation.gold import PLOVER_TYPES, GoldDocument, GoldEvent, load_gold
from crisisdesk.model import Status
from tests.test_gold_files import raw_document, squash, visible_text

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "tests" / "gold"
DEV_GOLD = GOLD_DIR / "dev.gold.jsonl"
DATA = ROOT / "src" / "crisisdesk" / "data"
ONTOLOGY = DATA / "plover" / "ontology.yaml"
ADMIN1_GEO = DATA / "geo" / "admin1-africa.geojson"

# ISO 3166-2 codes that Natural Earth's admin-1 layer lacks (see data/geo/README.md).
NOT_IN_NATURAL_EARTH = frozenset({"ML-9", "ML-10"})


@pytest.fixture(scope="module")
def dev_docs() -> list[GoldDocument]:
    return load_gold(DEV_GOLD)


def dev_events(docs: list[GoldDocument]) -> list[tuple[GoldDocument, GoldEvent]]:
    return [(doc, event) for doc in docs for event in doc.events]


@cache
def ontology_modes() -> dict[str, frozenset[str]]:
    """PLOVER v2 types and their modes, from the project's ontology file."""
    data = yaml.safe_load(ONTOLOGY.read_text(encoding="utf-8"))
    return {name: frozenset(spec.get("modes") or {}) for name, spec in data["types"].items()}


@cache
def natural_earth_admin1() -> dict[str, frozenset[str]]:
    """First-level codes per ISO3 country that the bundled boundaries can place a point in.

    Burkina Faso's units there are provinces; they stand for their ISO region (``BF-12``), as
    ``Gazetteer.admin1_at`` reports them.
    """
    features = json.loads(ADMIN1_GEO.read_text(encoding="utf-8"))["features"]
    codes: dict[str, set[str]] = {}
    for feature in features:
        props = feature["properties"]
        code = props.get("iso_3166_2") or ""
        subdivision = pycountry.subdivisions.get(code=code)
        if subdivision is not None and subdivision.parent_code:
            code = subdivision.parent_code  # a Burkinabe province: its region
        codes.setdefault(props["iso_a3"], set()).add(code)
    return {country: frozenset(found) for country, found in codes.items()}


def test_dev_gold_loads_and_is_large_enough_to_tune_on(dev_docs: list[GoldDocument]) -> None:
    events = dev_events(dev_docs)
    assert len(dev_docs) >= 30 and len(events) >= 140, (len(dev_docs), len(events))
    assert all(doc.path and doc.path.startswith(str(GOLD_DIR / "dev")) for doc in dev_docs)
    statuses = Counter(event.status for _, event in events)
    for status in ("negated", "planned", "ongoing", "hypothetical"):
        assert statuses[status] >= 2, statuses
    assert sum(doc.events == [] for doc in dev_docs) >= 3, "analysis, profile and market note"
    assert sum(event.dead is not None for _, event in events) >= 15


def test_every_evidence_string_is_in_its_document(dev_docs: list[GoldDocument]) -> None:
    """Verbatim, with white space folded as the scorer folds it (visible text for HTML)."""
    missing = [
        (doc.id, snippet)
        for doc in dev_docs
        for event in doc.events
        for snippet in event.evidence_strings
        if squash(snippet) not in visible_text(doc)
    ]
    assert not missing


def test_body_snippets_are_real(dev_docs: list[GoldDocument]) -> None:
    """Kept snippets are article text; excluded ones are in the raw page, so the check can fail."""
    problems = []
    for doc in dev_docs:
        raw, text = raw_document(doc), visible_text(doc)
        problems += [(doc.id, "contains", s) for s in doc.body_contains if squash(s) not in text]
        problems += [(doc.id, "excludes", s) for s in doc.body_excludes if s not in raw]
    assert not problems


def test_types_modes_and_statuses_are_valid(dev_docs: list[GoldDocument]) -> None:
    modes = ontology_modes()
    assert set(modes) == PLOVER_TYPES
    problems = []
    for doc, event in dev_events(dev_docs):
        if any(t not in modes for t in event.types):
            problems.append((doc.id, event.evidence, f"type {event.types}"))
        if event.mode is not None and not any(event.mode in modes[t] for t in event.types):
            problems.append((doc.id, event.evidence, f"mode {event.mode} not in {event.types}"))
        if event.status not in set(Status):
            problems.append((doc.id, event.evidence, f"status {event.status}"))
        if event.actor is None or event.recipient is None:
            problems.append((doc.id, event.evidence, "actor and recipient must be given"))
    assert not problems


def test_countries_and_admin1_codes_are_valid(dev_docs: list[GoldDocument]) -> None:
    """ISO 3166-1 countries; admin1 a first-level ISO 3166-2 unit of that very country, and one
    the bundled boundary data knows wherever it covers the country (Africa)."""
    geo = natural_earth_admin1()
    problems = []
    for doc, event in dev_events(dev_docs):
        country = pycountry.countries.get(alpha_3=event.country) if event.country else None
        if event.country and country is None:
            problems.append((doc.id, event.evidence, f"country {event.country}"))
        if not event.admin1:
            continue
        subdivision = pycountry.subdivisions.get(code=event.admin1)
        if (
            country is None
            or subdivision is None
            or subdivision.country_code != country.alpha_2
            or subdivision.parent_code is not None
        ):
            problems.append((doc.id, event.evidence, f"admin1 {event.admin1} in {event.country}"))
        elif event.country in geo and event.admin1 not in geo[event.country] | NOT_IN_NATURAL_EARTH:
            problems.append((doc.id, event.evidence, f"admin1 {event.admin1} not in geo data"))
    assert not problems


def test_dates_agree_with_status_and_publication(dev_docs: list[GoldDocument]) -> None:
    """Occurred events are not later than the report, planned ones not earlier; hypothetical and
    undated planned events carry no date of their own."""
    problems = []
    for doc, event in dev_events(dev_docs):
        if (event.date is None) != (event.date_precision is None):
            problems.append((doc.id, event.evidence, "date without precision or the reverse"))
        if not (doc.published and event.date):
            continue
        published = doc.published.isoformat()[: len(event.date)]
        if event.status == "occurred" and event.date > published:
            problems.append((doc.id, event.evidence, "occurred after publication"))
        if event.status == "planned" and event.date < published:
            problems.append((doc.id, event.evidence, "planned before publication"))
        if event.status == "hypothetical":
            problems.append((doc.id, event.evidence, "a hypothetical event has no date"))
    assert not problems


def test_two_outlet_stories_disagree_on_the_toll(dev_docs: list[GoldDocument]) -> None:
    """Each multi-report story comes from two outlets; where both give a toll for the same
    attack, each document keeps its own figure."""
    by_story: dict[str, list[GoldDocument]] = {}
    for doc in dev_docs:
        assert doc.story, doc.id
        by_story.setdefault(doc.story, []).append(doc)
    multi = {story: docs for story, docs in by_story.items() if len(docs) > 1}
    assert len(multi) >= 3, sorted(multi)
    assert all(len({doc.outlet for doc in docs}) == len(docs) for docs in multi.values())
    disagreeing = [
        story
        for story, docs in multi.items()
        if all(tolls_of(doc) for doc in docs) and len({tolls_of(doc) for doc in docs}) > 1
    ]
    assert len(disagreeing) >= 3, sorted(multi)


def tolls_of(doc: GoldDocument) -> frozenset[int]:
    """The death tolls a document reports, over all its events."""
    return frozenset(event.dead for event in doc.events if event.dead is not None)


def test_dev_documents_are_not_in_the_other_gold_files(dev_docs: list[GoldDocument]) -> None:
    """No id or text is shared with the examples or the held-out test set."""
    others = load_gold(GOLD_DIR / "examples.gold.jsonl") + load_gold(GOLD_DIR / "test.gold.jsonl")
    other_ids = {doc.id for doc in others}
    other_texts = {squash(doc.text) for doc in others if doc.text}
    assert not [doc.id for doc in dev_docs if doc.id in other_ids]
    assert not [doc.id for doc in dev_docs if squash(raw_document(doc)) in other_texts]
