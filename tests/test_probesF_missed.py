"""Sentence forms the coder got wrong in probes: a toll told as lives claimed, a promise to send
investigators, and a denied part of a force in killings (docs/coding-rules.md, "Denials")."""

from __future__ import annotations

from datetime import date

from .conftest import names_of, of_type, only, told

PUBLISHED = date(2024, 3, 6)  # a Wednesday


def test_an_attack_that_claimed_lives_is_the_killing(code):
    events = code("An attack on a military post in Djibo on Monday claimed 40 lives.")
    attack = only(events, "ASSAULT")
    assert attack.dead == 40
    assert attack.date_label == "2024-03-04"
    assert attack.place is not None and attack.place.name == "Djibo"


def test_the_lives_of_victims_claimed(code):
    attack = only(code("The attack claimed the lives of 12 soldiers."), "ASSAULT")
    assert attack.dead == 12


def test_claiming_an_attack_is_no_toll(code):
    attack = only(code("JNIM claimed the attack, which killed 20 soldiers."), "ASSAULT")
    assert attack.dead == 20
    assert "JNIM" in names_of(attack.actors)


def test_a_promise_to_send_investigators_offers_help(code):
    events = code("Algeria said on Monday it would send a team of investigators to Mali.")
    promise = only(events, "AGREE")
    assert "Algeria" in names_of(promise.actors)
    assert promise.date_label == "2024-03-04"
    assert not of_type(events, "ACCUSE")


def test_investigators_sent_are_the_investigation(code):
    events = code("Algeria sent a team of investigators to Mali on Monday.")
    inquiry = only(events, "ACCUSE")
    assert inquiry.mode == "investigate"
    assert not of_type(events, "AGREE")


def test_a_promise_to_investigate_stays_an_investigation(code):
    inquiry = only(code("Algeria said it would investigate the killings."), "ACCUSE")
    assert inquiry.mode == "investigate"


def test_denied_involvement_of_its_forces_is_the_killing_negated(code):
    events = code(
        "The army denied any involvement of its armed forces in the killings of 30 civilians."
    )
    killing = only(events, "ASSAULT")
    assert killing.status == "negated"
    assert killing.dead == 30
    assert killing.actors, killing
    assert not of_type(events, "REJECT")


def test_denied_involvement_of_its_soldiers_names_the_denier(code):
    events = code(
        "The government denied any involvement of its soldiers in the killings of 12 herders."
    )
    killing = told(events, "killings", "ASSAULT")
    assert killing.status == "negated"
    assert names_of(killing.actors) == {"government"}
    assert not of_type(events, "REJECT")
