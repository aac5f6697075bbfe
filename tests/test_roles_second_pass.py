"""Who did what to whom, second pass: crowd control, counted back-references, releases."""

from __future__ import annotations

from datetime import date

from .conftest import only

PUBLISHED = date(2023, 12, 30)


def test_tear_gas_fired_at_protesters_targets_them(code) -> None:
    text = "Chadian security forces fired tear gas on Thursday at protesters in N'Djamena."
    assault = only(code(text), "ASSAULT")
    assert [(a.country, a.sector) for a in assault.recipients] == [("TCD", "OPP")]


def test_tear_gas_to_disperse_protesters_targets_them(code) -> None:
    text = "Police fired tear gas on Saturday to disperse hundreds of protesters in Ouagadougou."
    assault = only(code(text), "ASSAULT")
    assert [(a.country, a.sector) for a in assault.recipients] == [("BFA", "OPP")]


def test_them_refers_back_to_the_supporters_dispersed(code) -> None:
    text = (
        "In Niamey, thousands of supporters of the junta rallied outside the French embassy on "
        "Sunday. Some of them tried to force their way in before Nigerien security forces "
        "dispersed them with tear gas."
    )
    events = code(text)
    assault = only(events, "ASSAULT")
    assert [(a.country, a.sector) for a in assault.recipients] == [("NER", "OPP")]
    rally = only(events, "PROTEST")
    assert all(a.sector != "GOV" for a in rally.actors)  # the junta's supporters, not the junta


def test_the_three_countries_are_the_list_of_three(code) -> None:
    text = (
        "Mali, Burkina Faso and Niger left ECOWAS. Mali and Burkina Faso are ruled by juntas. "
        "The three countries formed the Alliance of Sahel States in September."
    )
    founding = only(code(text), "COOPERATE")
    assert {a.id for a in founding.actors} == {"MLI", "BFA", "NER"}


def test_release_is_asked_of_whoever_detained(code) -> None:
    text = (
        "Soldiers from Guinea's special forces seized power on Sunday and detained President "
        "Alpha Condé. The African Union called for the immediate release of Condé."
    )
    request = only(code(text), "REQUEST")
    assert {a.country for a in request.recipients} == {"GIN"}
    assert all("Condé" not in a.name for a in request.recipients)


def test_condemning_an_act_names_no_recipient(code) -> None:
    text = "Gunmen killed 40 villagers in Solhan on Friday. The president condemned the attack."
    condemnation = only(code(text), "ACCUSE")
    assert condemnation.recipients == []
