"""Places, second pass: first-level divisions outside Africa, a capital named in apposition, a
dateline that is not the subject, people who share a name with a distant town (sentences
written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from crisisdesk.model import Event
from crisisdesk.places.gazetteer import default_gazetteer

from .conftest import ingest_text, where

PUBLISHED = date(2022, 8, 9)


@pytest.fixture(scope="module")
def code(pipeline):
    """Code a raw report as ingest does (extraction first), published on PUBLISHED."""
    return lambda raw: ingest_text(pipeline, raw, PUBLISHED)


def of_type(events: list[Event], *types: str) -> Event:
    found = [e for e in events if e.type in types]
    assert found, [(e.type, e.evidence[0].sentence) for e in events]
    return found[0]


@pytest.mark.parametrize(
    ("name", "country", "admin1"),
    [("Doha", "QAT", "QA-DA"), ("Jeddah", "SAU", "SA-02"), ("Khartoum", "SDN", "SD-KH")],
)
def test_towns_outside_the_african_polygons_have_their_iso_division(name, country, admin1):
    place = default_gazetteer().lookup(name)
    assert place is not None
    assert (place.country, place.admin1) == (country, admin1)


def test_the_capital_named_in_apposition_is_the_scene(code) -> None:
    events = code(
        "Police fired tear gas on Saturday to disperse hundreds of protesters in the capital, "
        "Ouagadougou, who were demanding the resignation of the president."
    )
    assert where(of_type(events, "ASSAULT")) == ("BFA", "BF-03")


def test_a_dateline_is_not_what_the_report_is_about(code) -> None:
    events = code(
        "Chad's junta and rebels sign Doha peace deal\n\n"
        "DOHA, 9 August 2022 (Wire) - Chad's military government and dozens of rebel groups "
        "signed a peace agreement in Doha on Monday.\n\n"
        "Mahamat Idriss Déby took power after his father's death in April 2021.\n\n"
        "A national dialogue is due to open in N'Djamena on 20 August."
    )
    assert where(of_type(events, "SUPPORT", "AGREE")) == ("QAT", "QA-DA")
    assert where(of_type(events, "COERCE"))[0] == "TCD"  # background, in no venue


def test_a_person_is_not_a_namesake_town_abroad(code) -> None:
    events = code(
        "Soldiers detained President Alpha Condé in Guinea on Sunday.\n\n"
        "Three days after soldiers overthrew Condé, ECOWAS suspended Guinea."
    )
    assert {where(e)[0] for e in events} <= {"GIN", None}
