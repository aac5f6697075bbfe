"""Event type choices between neighbouring PLOVER types, on sentences written for these tests:
a vow of force or a warning is a THREATEN (not AGREE, not REQUEST), a body accepting a member's
departure concedes (CONCEDE, not RETREAT), a state cutting a supply it sells to a neighbour
sanctions it (SANCTION, not COERCE), and announcing that one will leave a body is the decision
(SANCTION), not a threat."""

from __future__ import annotations

from datetime import date

from .conftest import code_french, need_french, types

PUBLISHED = date(2024, 6, 14)  # a Friday


# -- THREATEN: vows of force and warnings ---------------------------------------------------


def test_a_vow_to_defend_or_fight_is_a_threat(code) -> None:
    events = code("The junta vowed on Sunday to defend the country against any foreign aggression.")
    assert "THREATEN" in types(events)
    assert "AGREE" not in types(events)
    events = code("The army chief vowed on Monday to fight the jihadists until they are defeated.")
    assert "THREATEN" in types(events)
    assert "AGREE" not in types(events)


def test_a_pledge_to_hold_elections_stays_a_promise(code) -> None:
    events = code("The junta pledged on Monday to hold elections in February 2026.")
    assert "AGREE" in types(events)
    assert "THREATEN" not in types(events)


def test_a_warning_of_measures_is_a_threat_not_a_demand(code) -> None:
    text = (
        "The Peace and Security Council warned on Friday that it would take measures, "
        "including sanctions, should the junta fail to meet these conditions."
    )
    events = code(text)
    assert "THREATEN" in types(events)
    assert "REQUEST" not in types(events)


def test_saying_that_another_must_act_stays_a_demand(code) -> None:
    events = code("The foreign minister said on Friday that the junta must release Bazoum.")
    assert "REQUEST" in types(events)


# -- CONCEDE / SANCTION: accepting a departure, cutting a supply, leaving a body -------------


def test_accepting_a_departure_is_a_concession(code) -> None:
    text = (
        "ECOWAS leaders on Sunday accepted the departure of the three states but set a "
        "transition period of six months."
    )
    events = code(text)
    assert "CONCEDE" in types(events)
    assert "RETREAT" not in types(events)


def test_a_state_cutting_the_power_it_sells_a_neighbour_sanctions_it(code) -> None:
    events = code("Ghana on Tuesday cut the electricity it supplies to its neighbour Togo.")
    assert "SANCTION" in types(events)
    assert "COERCE" not in types(events)


def test_cutting_water_to_a_town_stays_coercion(code) -> None:
    events = code("The militants cut off water and electricity to the town of Djibo on Monday.")
    assert "COERCE" in types(events)
    assert "SANCTION" not in types(events)


def test_announcing_that_one_will_leave_a_body_is_the_withdrawal(code) -> None:
    events = code("Chad said on Monday that it would leave the joint force.")
    assert "SANCTION" in types(events)
    assert "THREATEN" not in types(events)


def test_leaving_a_body_on_a_condition_stays_a_threat(code) -> None:
    events = code("Mali said on Monday that it would quit ECOWAS if the sanctions were not lifted.")
    assert "THREATEN" in types(events)
    assert "SANCTION" not in types(events)


@need_french
def test_a_french_vow_to_defend_is_a_threat() -> None:
    events = code_french(
        "Le général Tiani a promis dimanche de défendre le pays contre toute agression.", PUBLISHED
    )
    assert "THREATEN" in types(events)
    assert "AGREE" not in types(events)


# -- MOBILIZE / CONSULT: a host receiving troops or a visitor --------------------------------


def test_receiving_foreign_soldiers_is_a_deployment_not_a_visit(code) -> None:
    events = code("Mali received about two hundred Russian instructors in December.")
    assert "MOBILIZE" in types(events)
    assert "CONSULT" not in types(events)
    events = code("The president received the Togolese foreign minister on Monday.")
    assert "CONSULT" in types(events)
    assert "MOBILIZE" not in types(events)
