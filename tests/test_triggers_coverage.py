"""Which words are events, and of which type: announcements, conditions, promises, objects of
ending verbs, descriptive participles (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

from crisisdesk.model import Status

from .conftest import only, types

PUBLISHED = date(2024, 3, 12)  # a Tuesday


def test_announced_withdrawal_is_a_concession_made_when_it_was_said(code) -> None:
    events = code("Chad said on Monday that it would pull its troops out of Mali.")
    event = only(events, "CONCEDE")
    assert event.status == Status.OCCURRED
    assert "RETREAT" not in types(events)


def test_a_threat_of_force_with_a_condition_is_threaten_and_the_condition_is_no_event(
    code,
) -> None:
    events = code(
        "West African leaders said on Sunday that they could use force if the junta did not "
        "release the president within a week."
    )
    assert "RETREAT" not in types(events)  # the release is the condition, not an event


def test_a_sanction_announced_by_its_author_is_a_threat(code) -> None:
    events = code("Mali said on Monday that it would cut off all contact with the French embassy.")
    assert only(events, "THREATEN").status == Status.OCCURRED
    assert "SANCTION" not in types(events)


def test_a_meeting_that_others_report_stays_a_planned_meeting(code) -> None:
    events = code(
        "The Security Council will hold an emergency meeting on Niger on Friday, diplomats said."
    )
    event = only(events, "CONSULT")
    assert event.status == Status.PLANNED


def test_agreements_broken_off_are_not_agreements(code) -> None:
    events = code("In January, Burkina Faso broke off its military agreements with France.")
    assert "AGREE" not in types(events)
    assert only(events, "SANCTION").mode == "discontinue"


def test_revoked_cooperation_agreements_are_a_sanction_only(code) -> None:
    events = code("Niger's junta revoked its military cooperation agreements with France in May.")
    assert types(events) == ["SANCTION"]


def test_lifting_most_of_the_sanctions_is_coded(code) -> None:
    events = code("ECOWAS lifted most of the sanctions on Guinea in February.")
    assert {"RETREAT", "CONCEDE"} & set(types(events))


def test_a_promise_with_no_act_in_it_is_no_agreement(code) -> None:
    events = code(
        "Colonel Doumbouya seized power in a coup in September 2021, promising to turn the "
        "page on years of mismanagement."
    )
    assert "AGREE" not in types(events)
    assert "COERCE" in types(events)


def test_a_promise_to_hold_elections_is_an_agreement(code) -> None:
    events = code("The junta promised on Monday to hold elections in February.")
    assert "AGREE" in types(events)


def test_offering_a_resignation_is_a_concession(code) -> None:
    events = code("Mediators said on Sunday that Colonel Damiba had offered his resignation.")
    assert "CONCEDE" in types(events)
    assert "AGREE" not in types(events)


def test_the_ousted_president_is_a_description_not_a_coup(code) -> None:
    events = code("The ousted president Mohamed Bazoum met the mediators on Monday.")
    assert "COERCE" not in types(events)


def test_deaths_from_all_causes_are_no_attack(code) -> None:
    events = code("More than 200 of its staff have died since the mission began in 2013.")
    assert "ASSAULT" not in types(events)


def test_a_deadline_given_to_soldiers_is_a_demand(code) -> None:
    events = code("The African Union on Friday gave the soldiers ten days to hand back power.")
    assert "REQUEST" in types(events)


def test_a_deadline_to_leave_the_country_is_an_expulsion(code) -> None:
    events = code("The junta on Monday gave the French ambassador 72 hours to leave the country.")
    assert only(events, "SANCTION").mode == "expel"
    assert "REQUEST" not in types(events)


def test_a_past_coup_told_inside_a_condition_keeps_its_status(code) -> None:
    events = code(
        "ECOWAS said it could use force if the soldiers who seized power on Wednesday do not "
        "step aside."
    )
    coup = only(events, "COERCE")
    assert coup.status == Status.OCCURRED


def test_beating_back_an_attack_is_a_fight_not_a_beating(code) -> None:
    events = code("Nigerian troops beat back an attack on the outskirts of Maiduguri on Sunday.")
    assert [e.mode for e in events if e.type == "ASSAULT"] == [None]
    beating = code("Police beat protesters in Bamako on Sunday.")
    assert only(beating, "ASSAULT").mode == "beat"
