"""Places, round 3: the localities of Sahel and Lake Chad conflict reporting resolve to their
country and first-level division; a village the gazetteer does not know, named by a town near
it, is placed in that town's division without the town's point; a small town's larger foreign
namesake gives way to the one in the report's country; a shared area whose name contains a
country's name ("Lake Chad") is not that country."""

from __future__ import annotations

import sys
from datetime import date

import pytest

from crisisdesk.model import Event, PlacePrecision
from crisisdesk.places.gazetteer import default_gazetteer

from .conftest import ROOT, where

sys.path.insert(0, str(ROOT / "scripts"))
from probe_gazetteer import read_localities

PUBLISHED = date(2023, 5, 2)
LOCALITIES = read_localities()


def assault(events: list[Event]) -> Event:
    found = [e for e in events if e.type == "ASSAULT"]
    assert found, [(e.type, e.evidence[0].sentence) for e in events]
    return found[0]


def test_the_probe_list_covers_the_region() -> None:
    countries = {locality.country for locality in LOCALITIES}
    assert len(LOCALITIES) >= 200
    assert {"MLI", "BFA", "NER", "NGA", "TCD", "BEN", "TGO", "MRT", "CMR"} <= countries


@pytest.mark.parametrize(
    "name,country,admin1",
    [(name, loc.country, loc.admin1) for loc in LOCALITIES for name in loc.names],
)
def test_every_probe_locality_resolves_with_and_without_the_country_hint(
    name: str, country: str, admin1: str
) -> None:
    gazetteer = default_gazetteer()
    for hint in (None, country):
        place = gazetteer.lookup(name, hint)
        assert place is not None, (name, hint)
        assert (place.country, place.admin1) == (country, admin1), (name, hint, place)


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Gunmen killed at least 17 Nigerien soldiers in an ambush near Intagamey, in the "
            "Tillabéri region, on Saturday, the defence ministry said.",
            ("NER", "NE-6"),
        ),
        (
            "Jihadists attacked the army post at Boulkessi on Sunday, killing dozens of "
            "Malian soldiers.",
            ("MLI", "ML-5"),
        ),
        (
            "Boko Haram insurgents killed 30 people in an attack on Kukawa, Borno State, on "
            "Tuesday night, residents said.",
            ("NGA", "NG-BO"),
        ),
        (
            "Suspected jihadists killed 11 civilians in Koumbri, in northern Burkina Faso, on "
            "Monday, local sources said.",
            ("BFA", "BF-10"),
        ),
        (
            "Boko Haram fighters attacked the Chadian army base at Bohoma on Monday, killing "
            "nearly 100 soldiers.",
            ("TCD", "TD-LC"),
        ),
        (
            "Gunmen on motorcycles killed about 100 civilians in the villages of Tchoma Bangou "
            "and Zaroumdareye on Saturday, officials said.",
            ("NER", "NE-6"),
        ),
        (
            "Gunmen killed five soldiers in an attack on a military post in Kpinkankandi, in "
            "northern Togo, the government said.",
            ("TGO", "TG-S"),
        ),
        (
            "Suspected jihadists killed two soldiers near Alfakoara, in northern Benin, on Sunday.",
            ("BEN", "BJ-AL"),
        ),
    ],
)
def test_new_localities_place_their_events(code, text: str, expected: tuple[str, str]) -> None:
    assert where(assault(code(text))) == expected


def test_an_unknown_village_near_a_town_is_in_the_towns_division_without_its_point(
    code,
) -> None:
    event = assault(
        code(
            "Gunmen killed 14 civilians in the village of Gourdoumbou, near Djibo, on Sunday, "
            "local sources said."
        )
    )
    assert where(event) == ("BFA", "BF-12")
    assert event.place.precision == PlacePrecision.REGION
    assert event.place.lat is None and event.place.lon is None


def test_a_distance_from_a_town_is_not_an_origin(code) -> None:
    event = assault(
        code(
            "At least 30 people were killed in an attack on Wandoumbou, 40 km from Bandiagara, "
            "officials said."
        )
    )
    assert where(event) == ("MLI", "ML-5")
    assert event.place.lat is None


def test_fighting_near_a_town_stays_at_the_town(code) -> None:
    event = assault(code("Fighting broke out near Djibo on Sunday, killing 14 soldiers."))
    assert where(event) == ("BFA", "BF-12")
    assert event.place.precision == PlacePrecision.TOWN


def test_a_small_towns_foreign_namesake_gives_way_in_a_report_about_its_country(code) -> None:
    # Batié, a town of south-western Burkina Faso, has a larger namesake in Ethiopia
    assert default_gazetteer().lookup("Batié").country != "BFA"
    event = assault(
        code(
            "Burkina Faso's army said gunmen killed 10 civilians in Batié on Sunday. The "
            "attack is the first in the Sud-Ouest region of Burkina Faso this year."
        )
    )
    assert where(event) == ("BFA", "BF-13")


def test_lake_chad_is_a_shared_area_not_the_country(code) -> None:
    event = assault(
        code(
            "Boko Haram fighters attacked a military base on an island in Lake Chad, killing "
            "12 soldiers."
        )
    )
    assert event.place.precision == PlacePrecision.REGION
    assert event.place.name == "Lake Chad basin"
    assert event.place.country is None


def test_a_terminal_named_after_a_town_is_in_that_town(code) -> None:
    events = code(
        "Beninese authorities detained five Nigerien nationals at the Sèmè terminal on Monday."
    )
    coerced = [e for e in events if e.type == "COERCE"]
    assert coerced and where(coerced[0]) == ("BEN", "BJ-OU")


def test_a_direction_and_distance_from_a_town_is_near_it(code) -> None:
    event = assault(code("Gunmen killed eight herders in a hamlet 30 km north of Djibo on Sunday."))
    assert where(event) == ("BFA", "BF-12")
    assert event.place.precision == PlacePrecision.REGION and event.place.lat is None


def test_a_distance_from_the_capital_leaves_its_district_for_the_named_region(code) -> None:
    event = assault(
        code(
            "Gunmen on motorcycles killed six French aid workers and their driver on Sunday "
            "in a giraffe reserve about 60 km south-east of Niamey in the Tillabéri region."
        )
    )
    assert where(event) == ("NER", "NE-6")
