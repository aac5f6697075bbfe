"""Death tolls and the actors of events an analyst would otherwise lose (sentences written for
these tests, in the style of wire copy): companions killed with a named victim, both sides'
dead of one fight, a gapped repeat on a named victim, "fall" for soldiers only, a comment after
the victims that is not one; a lone surname the recogniser takes for a place, a body named
again by its head noun, and a ruling committee."""

from __future__ import annotations

from datetime import date

import pytest

from crisisdesk.model import Article, Event, article_id


@pytest.fixture(scope="module")
def code(pipeline):
    def run(text: str) -> list[Event]:
        article = Article(id=article_id(text), body=text, published=date(2020, 1, 10))
        return pipeline.analyse([article])[0].events

    return run


def _assaults(events: list[Event]) -> list[Event]:
    return [e for e in events if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # a named victim with numbered companions: 1 + 12
        (
            "Sankara, a Marxist army captain, was shot dead with twelve of his companions by "
            "a commando in Ouagadougou on 15 October 1987.",
            13,
        ),
        ("Gunmen killed the mayor of Djibo along with three others near Djibo on Sunday.", 4),
        ("The mayor of Djibo and three of his companions were killed near Djibo on Sunday.", 4),
        # the means of a killing are no companions
        ("Gunmen killed five soldiers with two rockets near Gao on Monday.", 5),
        # a possessed apposition that is no list is a comment, not a victim
        (
            "The army said that 23 soldiers were killed when fighters overran a base in "
            "Metele on Sunday, its first account of the attack.",
            23,
        ),
    ],
)
def test_the_toll_counts_the_victims_and_their_companions(code, text: str, dead: int) -> None:
    assert [a.dead for a in _assaults(code(text))] == [dead]


def test_both_sides_dead_of_one_fight_are_its_toll(code) -> None:
    events = code(
        "Chad's armed forces said on Thursday that they had neutralised about 1,000 Boko Haram "
        "fighters during an offensive on the islands of Lake Chad, and that 52 Chadian soldiers "
        "had fallen."
    )
    assert [a.dead for a in _assaults(events)] == [1052]


def test_a_town_that_falls_is_no_toll(code) -> None:
    events = code("Jihadists attacked Djibo on Sunday and two army posts fell to them.")
    assert all(e.dead is None for e in events)


def test_a_gapped_repeat_on_a_named_victim_counts_one(code) -> None:
    events = code(
        "In March, Boko Haram fighters raided the town of Rann, abducting three aid workers. "
        "The group killed one of them, the midwife Saifura Khorsa, in September, and a second, "
        "Hauwa Liman, in October."
    )
    killings = [e for e in _assaults(events) if e.mode != "abduct" and e.dead is not None]
    assert sorted(e.dead for e in killings) == [1, 1]


def test_a_lone_surname_taken_for_a_place_is_the_person_named_before(code) -> None:
    events = code(
        "Chad's main opposition leader, Succès Masra, was arrested on Friday. He was appointed "
        "prime minister in January 2024. Masra resigned as prime minister on 22 May 2024."
    )
    [resignation] = [e for e in events if e.type == "RETREAT"]
    assert [a.name for a in resignation.actors] == ["Succès Masra"]


def test_the_council_is_the_body_named_before(code) -> None:
    events = code(
        "An officer announced on state television on 17 September 2015 that a National Council "
        "for Democracy had taken power in Burkina Faso. The new council closed the country's "
        "land and air borders on 17 September 2015."
    )
    [closure] = [e for e in events if e.type == "SANCTION"]
    assert closure.actors and closure.actors[0].mention == "council"


def test_a_ruling_military_committee_is_the_countrys(code) -> None:
    events = code(
        "Mali's ruling military committee has released former president Ibrahim Boubacar "
        "Keïta, the junta said on Thursday."
    )
    [release] = [e for e in events if e.type == "RETREAT"]
    assert {a.country for a in release.actors} == {"MLI"}


def test_a_surname_outside_every_entity_is_the_person_named_before(code) -> None:
    events = code(
        "Dillo was a cousin of transitional president Mahamat Idriss Déby. Déby, a general, "
        "took power in April 2021 after the death of his father."
    )
    [takeover] = [e for e in events if e.type == "COERCE"]
    assert [a.name for a in takeover.actors] == ["Mahamat Idriss Déby"]


def test_a_chief_acts_for_the_force_he_heads(code) -> None:
    events = code(
        "In April 2024, Chad's air force chief asked American troops to stop their activities "
        "at the Adji Kossei air base."
    )
    [request] = [e for e in events if e.type == "REQUEST"]
    assert {a.country for a in request.actors} == {"TCD"}


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Trois civils ont perdu la vie dans l'attaque de Djibo dimanche.", 3),
        ("Douze soldats ont péri dans l'attaque de Djibo dimanche.", 12),
        ("Le maire et trois de ses compagnons ont été tués dimanche à Djibo.", 4),
    ],
)
def test_french_tolls(pipeline, text: str, dead: int) -> None:
    article = Article(id=article_id(text), body=text, published=date(2020, 1, 10), language="fr")
    events = pipeline.analyse([article])[0].events
    assert [e.dead for e in _assaults(events)] == [dead]


def test_lost_their_lives_counts_the_subject(code) -> None:
    events = code("Three civilians lost their lives when gunmen attacked Djibo on Sunday.")
    assert [a.dead for a in _assaults(events)] == [3]
