"""Recipients by rules a careful coder states: a recall is aimed at the state the diplomats
served in, an attack on a village at its people, a blockade at the people of the place, a
lifted measure at whom its phrase names, a peace operation's start at its host, a mediation at
the parties it brings together, and a relative clause's noun is its verb's object."""

from __future__ import annotations

from datetime import date

from .conftest import countries_of, only

PUBLISHED = date(2024, 9, 9)


def test_a_recall_from_a_capital_is_aimed_at_its_state(code) -> None:
    text = "Mali, Burkina Faso and Niger recalled their ambassadors from Algiers on Sunday."
    recall = only(code(text), "SANCTION")
    assert countries_of(recall.recipients) == {"DZA"}
    assert "DZA" not in countries_of(recall.actors)


def test_a_recall_with_no_post_is_aimed_at_the_state_that_acted_against_the_recaller(
    code,
) -> None:
    text = (
        "Mali's junta on Monday expelled the French ambassador, Joël Meyer.\n\n"
        "France said it had taken note of the decision and recalled its ambassador."
    )
    events = code(text)
    recall = next(e for e in events if e.mode == "withdraw")
    assert countries_of(recall.recipients) == {"MLI"}


def test_an_attack_on_a_village_is_aimed_at_its_people(code) -> None:
    text = (
        "The death toll from an attack on the village of Solhan in Burkina Faso has risen "
        "to 132, the government said on Saturday."
    )
    attack = only(code(text), "ASSAULT")
    assert [(a.sector, a.country) for a in attack.recipients] == [("CVL", "BFA")]


def test_a_blockade_is_aimed_at_the_people_of_the_place(code) -> None:
    text = "Jihadist groups have been blockading Djibo, in northern Burkina Faso, since February."
    blockade = only(code(text), "COERCE")
    assert [(a.sector, a.country) for a in blockade.recipients] == [("CVL", "BFA")]


def test_lifted_sanctions_are_aimed_at_whom_their_phrasenames_of(code) -> None:
    text = "The ECOWAS sanctions on Mali were lifted in July 2022."
    lifted = next(e for e in code(text) if e.type in {"RETREAT", "CONCEDE"})
    assert countries_of(lifted.recipients) == {"MLI"}


def test_a_peace_operation_set_up_is_aimed_at_its_host(code) -> None:
    text = (
        "MINUSMA was established by the Security Council in April 2013 to support the "
        "political process in Mali and help stabilize the country after the crisis of 2012."
    )
    setup = next(e for e in code(text) if e.type in {"AID", "MOBILIZE", "AGREE"})
    assert countries_of(setup.recipients) == {"MLI"}


def test_a_mediation_is_aimed_at_the_parties_it_brings_together(code) -> None:
    text = "Algeria mediated talks between Mali and the separatist rebels in 2015."
    mediation = only(code(text), "CONSULT")
    assert "DZA" in countries_of(mediation.actors)
    assert "MLI" in countries_of(mediation.recipients)
    assert "DZA" not in {a.id for a in mediation.recipients}


def test_a_relative_clause_noun_is_what_its_verb_did(code) -> None:
    text = (
        "Islamist militants on Wednesday freed most of the schoolgirls they abducted from a "
        "school in Dapchi, in Nigeria, in February."
    )
    abduction = next(e for e in code(text) if e.mode == "abduct")
    assert [(a.sector, a.country) for a in abduction.recipients] == [("CVL", "NGA")]


def test_a_condemnation_of_attacks_on_civilians_names_no_victim(code) -> None:
    text = "The United Nations condemned the attacks against civilians in central Mali."
    condemnation = only(code(text), "ACCUSE")
    assert condemnation.recipients == []


def test_an_act_returned_in_kind_is_aimed_back_at_its_first_doer(code) -> None:
    text = (
        "Algeria recalled its ambassadors to Mali and Niger on Monday.\n\n"
        "Mali did the same hours later."
    )
    events = [e for e in code(text) if e.type == "SANCTION"]
    returned = next(e for e in events if "MLI" in countries_of(e.actors))
    assert countries_of(returned.recipients) == {"DZA"}
