"""Who acted, where an analyst would otherwise lose a party (sentences written for these tests,
in the style of wire copy): lists the parser splits, sectors of several states, "the three
countries" after an alliance, military craft with a nationality, the doer of the ambush a
passive happened in, a sentence framed by its country, and a tensed verb the parser hung in a
'that' clause."""

from __future__ import annotations

from datetime import date

import pytest

from crisisdesk.model import Article, Event, article_id


@pytest.fixture(scope="module")
def code(pipeline):
    def run(text: str, language: str = "en") -> list[Event]:
        article = Article(
            id=article_id(text), body=text, published=date(2024, 9, 20), language=language
        )
        return pipeline.analyse([article])[0].events

    return run


def _countries(event: Event) -> set[str]:
    return {a.country for a in event.actors if a.country}


def _only(events: list[Event], kind: str) -> Event:
    found = [e for e in events if e.type == kind]
    assert len(found) == 1, [(e.type, [a.name for a in e.actors]) for e in events]
    return found[0]


def test_a_long_list_of_states_is_every_state(code) -> None:
    events = code(
        "Burkina Faso, Mali, Niger, Chad and Mauritania set up a joint counter-terrorism "
        "force under the G5 Sahel in 2017."
    )
    assert _countries(_only(events, "COOPERATE")) == {"BFA", "MLI", "NER", "TCD", "MRT"}


def test_the_armies_of_three_states_are_three_armies(code) -> None:
    events = code(
        "Earlier this month, the armies of Niger, Mali and Burkina Faso announced the "
        "creation of a joint force to fight jihadist groups."
    )
    assert _countries(_only(events, "COOPERATE")) == {"NER", "MLI", "BFA"}


def test_two_nationalities_on_one_noun_are_two_actors(code) -> None:
    events = code("Malian and Russian troops killed dozens of civilians in Moura in March 2022.")
    assert {"MLI", "RUS"} <= _countries(_only(events, "ASSAULT"))


def test_the_three_countries_are_the_alliance_members(code) -> None:
    events = code(
        "The attack came a day after the first anniversary of the Liptako-Gourma Charter, "
        "which created the Alliance of Sahel States with Burkina Faso and Niger. In March, "
        "the three countries announced that they would set up a joint force."
    )
    agreements = [e for e in events if e.type == "AGREE"]
    assert agreements and _countries(agreements[0]) == {"MLI", "BFA", "NER"}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("French aircraft attacked Islamist fighters in central Mali on Friday.", "FRA"),
        (
            "A Togolese military aircraft killed seven young people in the village of Margba "
            "on Sunday.",
            "TGO",
        ),
    ],
)
def test_a_military_craft_with_a_nationality_is_its_army(code, text: str, country: str) -> None:
    assert _countries(_only(code(text), "ASSAULT")) == {country}


def test_a_bare_craft_names_no_actor(code) -> None:
    events = code("Drones struck rebel positions near Kidal on Saturday.")
    assert all(not e.actors for e in events if e.type == "ASSAULT")


def test_the_doer_of_the_ambush_a_passive_happened_in(code) -> None:
    event = _only(
        code(
            "Seventeen Nigerien soldiers were killed on Tuesday in an ambush laid by "
            "jihadists near Koutougou."
        ),
        "ASSAULT",
    )
    assert any(a.sector and a.sector.value == "INS" for a in event.actors)


def test_the_doer_of_the_ambush_in_french(code) -> None:
    event = _only(
        code(
            "Dix-sept soldats nigériens ont été tués mardi dans une embuscade tendue par des "
            "jihadistes près de Koutougou.",
            language="fr",
        ),
        "ASSAULT",
    )
    assert any(a.sector and a.sector.value == "INS" for a in event.actors)


def test_a_condemner_is_not_the_doer(code) -> None:
    events = code(
        "Seventeen Nigerien soldiers were killed on Tuesday in an attack condemned by ECOWAS."
    )
    assert all(a.name != "ECOWAS" for e in events if e.type == "ASSAULT" for a in e.actors)


def test_a_sentence_opened_by_a_country_frames_the_junta(code) -> None:
    events = code(
        "Mali's junta expelled the French ambassador in 2022. In Niger, the junta has demanded "
        "that France withdraw its soldiers and has ordered the French ambassador to leave."
    )
    request = _only(events, "REQUEST")
    assert _countries(request) == {"NER"}
    orders = [e for e in events if "ordered" in e.evidence[0].sentence and e.type == "SANCTION"]
    assert orders and _countries(orders[-1]) == {"NER"}
