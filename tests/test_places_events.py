"""Where events happened: venues, scenes named earlier, places that describe an actor, and the
gazetteer's first-level divisions for capitals and provinces (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from crisisdesk.model import Event, PlacePrecision
from crisisdesk.places.gazetteer import default_gazetteer

from .conftest import where

PUBLISHED = date(2024, 3, 4)


def of_type(events: list[Event], *types: str) -> Event:
    found = [e for e in events if e.type in types]
    assert found, [(e.type, e.evidence[0].sentence) for e in events]
    return found[0]


SUMMIT = (
    "West African leaders on Sunday imposed sanctions on Guinea over the delayed transition.\n\n"
    "Meeting in Abuja, leaders of the Economic Community of West African States (ECOWAS) "
    "closed borders with Guinea and froze its state assets.\n\n"
    "ECOWAS also demanded the release of the detained ministers.\n\n"
    "In Conakry, the junta rejected the sanctions.\n\n"
    "ECOWAS had threatened in November to suspend Guinea."
)


def test_summit_decisions_are_placed_at_the_venue(code) -> None:
    events = code(SUMMIT)
    assert where(of_type(events, "SANCTION")) == ("NGA", "NG-FC")
    assert where(of_type(events, "REQUEST")) == ("NGA", "NG-FC")


def test_other_parties_and_earlier_acts_are_not_at_the_venue(code) -> None:
    events = code(SUMMIT)
    rejected = [e for e in events if e.type == "REJECT"]
    assert all(where(e)[0] == "GIN" for e in rejected)
    threats = [e for e in events if e.type == "THREATEN"]
    assert all(where(e)[0] != "NGA" for e in threats)  # told in the past perfect


def test_the_signing_took_place_in_the_capital(code) -> None:
    text = (
        "The governments of Mali and Niger signed a mutual defence pact on Saturday.\n\n"
        "The signing took place in Niamey."
    )
    assert where(of_type(code(text), "SUPPORT", "AGREE", "COOPERATE")) == ("NER", "NE-8")


def test_a_fronted_place_sets_the_scene_of_every_clause(code) -> None:
    text = (
        "Mali's junta has tightened its grip on Mali since 2021.\n\n"
        "In Burkina Faso, the junta has demanded that France withdraw its soldiers and has "
        "ordered the French ambassador to leave."
    )
    ordered = of_type(code(text), "SANCTION", "COERCE")
    assert where(ordered)[0] == "BFA"


def test_the_seat_of_a_government_is_not_where_troops_left(code) -> None:
    text = (
        "The last French soldiers left Mali on Monday, ending a deployment overshadowed by a "
        "falling-out with the junta in Bamako."
    )
    assert where(of_type(code(text), "RETREAT")) == ("MLI", None)


def test_a_place_describing_the_subject_is_not_the_event_place(code) -> None:
    text = (
        "Relations between Mali and France have soured.\n\n"
        "France, which has thousands of troops in the Sahel, warned on Monday that a deal with "
        "Wagner would end its mission in Mali."
    )
    assert where(of_type(code(text), "THREATEN"))[0] == "MLI"


def test_a_scene_named_earlier_in_the_paragraph_places_the_next_clash(code) -> None:
    text = (
        "Niger's junta has faced protests since July.\n\n"
        "In Niamey, thousands of supporters of the junta rallied outside the French embassy on "
        "Sunday. Some of them set fire to a door before Nigerien security forces dispersed them "
        "with tear gas."
    )
    assert where(of_type(code(text), "ASSAULT")) == ("NER", "NE-8")


def test_the_town_refers_back_to_the_town_named(code) -> None:
    text = (
        "Jihadists attacked the town of Djibo in Burkina Faso on Saturday.\n\n"
        "Residents had been ordered by the army to dig trenches around the town."
    )
    ordered = of_type(code(text), "REQUEST", "COERCE")
    assert where(ordered) == ("BFA", "BF-12")


def test_a_village_in_a_named_province_takes_the_region() -> None:
    gazetteer = default_gazetteer()
    soum = gazetteer.lookup("Soum province")
    assert soum is not None and soum.admin1 == "BF-12"
    assert soum.precision == PlacePrecision.ADMIN2 and soum.lat is None  # no fake point
    village = gazetteer.lookup("Gaskindé")
    assert village is not None and (village.country, village.admin1) == ("BFA", "BF-12")


@pytest.mark.parametrize(
    ("city", "admin1"),
    [
        ("Bamako", "ML-BKO"),
        ("Niamey", "NE-8"),
        ("Ouagadougou", "BF-03"),
        ("Abuja", "NG-FC"),
        ("Accra", "GH-AA"),
        ("Dakar", "SN-DK"),
        ("Conakry", "GN-C"),
        ("Abidjan", "CI-AB"),
        ("Nairobi", "KE-30"),
    ],
)
def test_capitals_are_towns_in_their_own_division(city: str, admin1: str) -> None:
    place = default_gazetteer().lookup(city)
    assert place is not None and place.precision == PlacePrecision.TOWN
    assert place.admin1 == admin1


def test_a_capital_split_between_divisions_gets_none_rather_than_a_guess() -> None:
    place = default_gazetteer().lookup("Nouakchott")
    assert place is not None and place.country == "MRT" and place.admin1 is None


def test_a_region_that_names_no_city_stays_a_region() -> None:
    place = default_gazetteer().lookup("Borno")
    assert place is not None and place.precision == PlacePrecision.ADMIN1


def test_territory_taken_is_the_place_and_the_taking_is_no_abduction(code) -> None:
    # In a report on Mauritania, the north of Mali seized in 2012 is in Mali, not the focus.
    events = code(
        "Mauritania has been spared jihadist attacks since 2011.\n\n"
        "Tuareg separatists and Islamist groups seized northern Mali in 2012."
    )
    seizure = of_type(events, "ASSAULT")
    assert seizure.mode is None
    assert seizure.place is not None and seizure.place.name == "northern Mali"
    assert seizure.place.country == "MLI"
