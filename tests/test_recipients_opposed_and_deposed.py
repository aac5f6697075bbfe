"""Whom an act is aimed at where the party sits inside another phrase (sentences written for
these tests, in the style of wire copy): what a protest opposes ("to denounce the ECOWAS
embargo", "in defiance of the authorities", "outside the French base"), whom a coup removed
("en renversant X"), "whom" in a relative clause, an unplaced person named beside the office,
a mandate ended on the host state, a standby force activated against a junta, and captives
brought back as a release."""

from __future__ import annotations

from datetime import date

import pytest

from crisisdesk.model import Article, Event, article_id
from tests.conftest import need_french


@pytest.fixture(scope="module")
def code(pipeline):
    def run(text: str, language: str = "en") -> list[Event]:
        article = Article(
            id=article_id(text), body=text, published=date(2023, 9, 20), language=language
        )
        return pipeline.analyse([article])[0].events

    return run


def _of_type(events: list[Event], kind: str) -> Event:
    found = [e for e in events if e.type == kind]
    assert found, [(e.type, [a.name for a in e.recipients]) for e in events]
    return found[0]


def _aimed_at(event: Event) -> set[str]:
    """The recipients' names and country codes."""
    return {a.name for a in event.recipients} | {a.country for a in event.recipients if a.country}


def test_a_rally_against_sanctions_beside_support_is_aimed_at_who_imposed_them(code) -> None:
    event = _of_type(
        code(
            "Thousands of people rallied in Niamey on Saturday in support of the military "
            "government and against the sanctions imposed by ECOWAS."
        ),
        "PROTEST",
    )
    assert "ECOWAS" in _aimed_at(event)
    assert "NER" not in _aimed_at(event)  # the rally backs its own government


def test_a_march_to_denounce_an_ultimatum_is_aimed_at_its_author(code) -> None:
    event = _of_type(
        code("Hundreds of students marched in Bamako on Monday to denounce the ECOWAS embargo."),
        "PROTEST",
    )
    assert "ECOWAS" in _aimed_at(event)


def test_a_protest_in_defiance_of_the_authorities_is_aimed_at_them(code) -> None:
    event = _of_type(
        code(
            "Dozens of activists blocked a road in Dakar on Friday in defiance of the "
            "Senegalese authorities."
        ),
        "PROTEST",
    )
    assert "SEN" in _aimed_at(event)


def test_a_protest_held_outside_a_foreign_base_is_aimed_at_its_holder(code) -> None:
    event = _of_type(
        code(
            "Supporters of the junta protested for days outside the French base in Niamey "
            "in August."
        ),
        "PROTEST",
    )
    assert "FRA" in _aimed_at(event)


def test_a_protest_against_a_states_policies_is_aimed_at_that_state(code) -> None:
    event = _of_type(
        code("Protesters rioted in Ouagadougou on Friday against French military policies."),
        "PROTEST",
    )
    assert "FRA" in _aimed_at(event)


def test_a_protest_about_victims_does_not_make_them_its_target(code) -> None:
    events = code(
        "Thousands of people protested in Bamako on Friday over the killing of civilians."
    )
    for event in (e for e in events if e.type == "PROTEST"):
        assert not any("civilian" in a.name for a in event.recipients)


@need_french
def test_french_protest_before_an_embassy_is_aimed_at_its_state(code) -> None:
    event = _of_type(
        code(
            "Des centaines de manifestants se sont rassemblés samedi devant l'ambassade de "
            "France à Niamey.",
            language="fr",
        ),
        "PROTEST",
    )
    assert "FRA" in _aimed_at(event)


@need_french
def test_french_rally_to_denounce_sanctions_is_aimed_at_the_bloc(code) -> None:
    event = _of_type(
        code(
            "Des milliers de personnes ont manifesté vendredi à Bamako pour dénoncer les "
            "sanctions imposées par la CEDEAO.",
            language="fr",
        ),
        "PROTEST",
    )
    assert {"ECOWAS", "CEDEAO"} & _aimed_at(event) or any(
        "West African" in a.name for a in event.recipients
    )


@need_french
def test_french_coup_by_overthrowing_names_the_deposed(code) -> None:
    event = _of_type(
        code(
            "Le colonel Assimi Goïta a pris le pouvoir le 18 août 2020 en renversant le "
            "président Ibrahim Boubacar Keïta.",
            language="fr",
        ),
        "COERCE",
    )
    assert any("Keïta" in a.name or "Keita" in a.name for a in event.recipients)


def test_whom_in_a_relative_clause_is_the_person_held(code) -> None:
    events = code(
        "The leaders demanded the release of President Mohamed Bazoum, whom the soldiers have "
        "held since 26 July."
    )
    held = [e for e in events if e.type == "COERCE"]
    assert held and any("Bazoum" in a.name for e in held for a in e.recipients)


def test_a_person_named_beside_a_un_title_is_the_one_expelled(code) -> None:
    event = _of_type(
        code(
            "Niger declared the UN resident coordinator, Louise Aubin, persona non grata on "
            "Tuesday."
        ),
        "SANCTION",
    )
    assert any("Aubin" in a.name for a in event.recipients)


def test_ending_the_missions_mandate_is_a_measure_on_its_host(code) -> None:
    events = code(
        "MINUSMA has been deployed in Mali since 2013. The Security Council ended the "
        "mission's mandate on 30 June."
    )
    ended = [e for e in events if e.type == "SANCTION"]
    assert ended and "MLI" in _aimed_at(ended[-1])


def test_activating_a_standby_force_is_aimed_at_the_junta(code) -> None:
    events = code(
        "Soldiers seized power in Niger on 26 July. ECOWAS leaders ordered the activation of "
        "the bloc's standby force on 10 August."
    )
    mobilized = _of_type(events, "MOBILIZE")
    assert "NER" in _aimed_at(mobilized)


def test_captives_brought_back_are_released_and_are_the_recipients(code) -> None:
    events = code(
        "Boko Haram fighters on Wednesday brought back most of the schoolgirls they abducted "
        "from a school in Dapchi."
    )
    released = _of_type(events, "RETREAT")
    assert released.mode == "release"
    assert "NGA" in _aimed_at(released)
