"""Events the coder used to drop for want of an actor: a capital that acts stands for its
government even with a verb of movement ("Berlin decided to wind down its participation"), and
a summit that speaks or decides stands for the organisation that held it ("The summit
condemned ...") (docs/coding-rules.md)."""

from __future__ import annotations

from datetime import date

from .conftest import countries_of, names_of, of_type, told, where

PUBLISHED = date(2023, 12, 11)  # a Monday


def test_a_capital_that_decides_a_withdrawal_is_its_government(code):
    events = code(
        "Germany's last soldiers left Mali on Friday.\n\n"
        "Berlin decided in November 2022 to wind down its participation in MINUSMA by May 2024."
    )
    retreat = told(events, "Berlin decided", "RETREAT")
    assert "DEU" in countries_of(retreat.actors), names_of(retreat.actors)


def test_a_city_left_is_still_the_place_not_a_party(code):
    events = code("French troops left Niamey on Friday, the army said.")
    retreat = told(events, "left Niamey", "RETREAT")
    assert "NER" not in countries_of(retreat.actors), names_of(retreat.actors)


def test_the_summit_that_condemns_is_the_organisation_that_held_it(code):
    events = code(
        "ECOWAS leaders met in Abuja on Sunday for their ordinary summit.\n\n"
        "The summit also condemned the violence in Guinea-Bissau earlier this month."
    )
    accusation = told(events, "The summit also condemned", "ACCUSE")
    assert "ECOWAS" in names_of(accusation.actors), names_of(accusation.actors)
    # said where the summit sat, not where the violence it condemned took place
    assert where(accusation)[0] == "NGA", where(accusation)


def test_a_summit_named_with_its_organisation_gives_a_deadline(code):
    events = code(
        "The ECOWAS summit gave the military authorities in Niamey one week to reinstate "
        "President Mohamed Bazoum on Sunday."
    )
    demands = of_type(events, "REQUEST")
    assert demands and "ECOWAS" in names_of(demands[0].actors), [
        (e.type, names_of(e.actors)) for e in events
    ]


def test_a_summit_that_is_attended_names_no_party(code):
    events = code(
        "ECOWAS leaders met in Abuja on Sunday.\n\n"
        "President Bola Tinubu attended the summit in Abuja on Sunday."
    )
    assert all(
        "ECOWAS" not in names_of(e.actors) for e in events if "attended" in e.evidence[0].sentence
    )


def test_nationals_with_no_sector_are_civilians_of_their_country(code):
    events = code(
        "Algerian landowners began a hunger strike outside Parliament on Monday to demand "
        "the return of property seized in the 1970s."
    )
    strike = told(events, "hunger strike", "PROTEST")
    assert "DZA" in countries_of(strike.actors), names_of(strike.actors)


def test_a_thing_with_a_nationality_is_no_actor(code):
    events = code(
        "The junta's spokesman said on Saturday that the American military presence violated "
        "the constitution."
    )
    assert not any("USA" in countries_of(e.actors) for e in events), [
        (e.type, names_of(e.actors)) for e in events
    ]


def test_civil_society_groups_are_ngos(code):
    events = code(
        "Soldiers of the presidential guard seized power in Ouagadougou on Wednesday.\n\n"
        "Civil society groups rejected the takeover the same evening."
    )
    rejection = told(events, "Civil society groups", "REJECT")
    assert rejection.actors and all(a.sector and a.sector.value == "NGO" for a in rejection.actors)


def test_their_country_is_the_state_of_the_speakers(code):
    events = code(
        "Two Western hostages were freed in Mali on Sunday.\n\n"
        "Nigerien officials said their country had mediated the release, without giving details."
    )
    mediation = told(events, "had mediated", "CONSULT")
    assert "NER" in countries_of(mediation.actors), names_of(mediation.actors)
