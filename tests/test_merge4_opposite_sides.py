"""Acts of opposite sides are never one event (written for these tests): an accusation
answered by a counter-accusation, a retaliation against the attackers, two armed groups'
attacks told in one sentence; restatements by the same side and two-sided fights still fold."""

from __future__ import annotations

from datetime import date

from .conftest import of_type

PUBLISHED = date(2025, 4, 24)  # a Thursday


def _parties(event) -> tuple[set[str], set[str]]:
    return {a.name for a in event.actors}, {a.name for a in event.recipients}


def test_mutual_accusations_are_two_acts(code) -> None:
    text = (
        "The RSF accused the army of attacking its forces first, while the army accused the "
        "RSF of trying to seize power."
    )
    accusations = of_type(code(text), "ACCUSE")
    assert len(accusations) == 2
    doers = [_parties(e)[0] for e in accusations]
    assert all(len(d) == 1 for d in doers) and doers[0] != doers[1]


def test_retaliation_against_the_attackers_is_its_own_act(code) -> None:
    text = (
        "Militants attacked a village near Menaka on Monday and the army retaliated against "
        "the militants."
    )
    assaults = of_type(code(text), "ASSAULT")
    assert len(assaults) == 2
    army = next(e for e in assaults if any(a.sector and a.sector.value == "MIL" for a in e.actors))
    assert all(a.sector is None or a.sector.value == "MIL" for a in army.actors)


def test_killing_the_attackers_is_the_army_s_act(code) -> None:
    text = (
        "Jihadists attacked an army camp in Boulkessi on Monday, and soldiers killed 20 of "
        "the attackers."
    )
    assert len(of_type(code(text), "ASSAULT")) == 2


def test_two_armed_groups_attacks_are_two_acts(code) -> None:
    text = (
        "JNIM fighters attacked a village near Menaka on Monday and the Islamic State attacked "
        "a market in the same area."
    )
    doers = [_parties(e)[0] for e in of_type(code(text), "ASSAULT")]
    assert sorted(len(d) for d in doers) == [1, 1]


def test_the_same_side_told_twice_is_one_act(code) -> None:
    text = "Gunmen attacked an army post near Djibo on Monday and killed 12 soldiers."
    assert len(of_type(code(text), "ASSAULT")) == 1


def test_a_repelled_attack_is_one_clash(code) -> None:
    text = (
        "Heavily armed assailants attacked the camp in the early morning, and the "
        "peacekeepers responded and repelled the attack."
    )
    assert len(of_type(code(text), "ASSAULT")) == 1


def test_a_retaliation_told_next_is_not_the_attack(code) -> None:
    text = (
        "Jihadists attacked an army camp near Djibo on Sunday, killing 12 soldiers. "
        "The army retaliated against the jihadists near Djibo on Sunday."
    )
    assaults = of_type(code(text), "ASSAULT")
    assert len(assaults) == 2
    assert assaults[0].dead == 12 and assaults[1].dead is None
