"""Tolls across sentences and restatements dated by their telling (docs/coding-rules.md, "One
event per real event" and "Both sides of one fight"): the attackers' losses told right after an
attack, in the fight, add to its toll; the army's own act against them stays apart; a
restatement inside a telling or mourning clause dated by that day is the act told before."""

from __future__ import annotations

from datetime import date

from crisisdesk.model import Event

PUBLISHED = date(2024, 3, 14)  # a Thursday


def assaults(events: list[Event]) -> list[Event]:
    return [e for e in events if e.type == "ASSAULT"]


def test_attackers_killed_in_the_fighting_add_to_the_toll(code):
    events = code(
        "Fourteen Burkinabe soldiers were killed on Saturday when jihadists attacked a military "
        "post at Djibo, the army said.\n\n"
        "The army said its troops had killed 25 of the attackers in fighting that lasted "
        "several hours."
    )
    (attack,) = assaults(events)
    assert attack.dead == 39
    assert len(attack.evidence) == 2


def test_attackers_neutralised_add_to_the_toll(code):
    events = code(
        "Nine soldiers were killed and 12 wounded on Tuesday when their unit was ambushed near "
        "Banibangou, in the Tillabéri region, the defence ministry said.\n\n"
        "About fifteen of the assailants were neutralised in the fighting, the statement added."
    )
    (attack,) = assaults(events)
    assert attack.dead == 24


def test_soldiers_killing_attackers_is_an_act_of_its_own(code):
    """With the killers as doers and no fight it happened in, the army's act is told apart
    (as the gold codes "Soldiers killed one of the assailants")."""
    events = code(
        "Gunmen attacked an army post near Kandi early on Wednesday, killing three soldiers.\n\n"
        "Soldiers killed two of the assailants, local sources said."
    )
    tolls = sorted(e.dead for e in assaults(events))
    assert tolls == [2, 3]


def test_number_raised_to_is_a_revised_toll_and_the_attackers_add(code):
    events = code(
        "The government has raised to 30 the number of soldiers killed in Monday's attack on "
        "the army camp at Boulkessi. Eleven soldiers were wounded and 20 attackers were "
        '"neutralised", it said.'
    )
    (attack,) = assaults(events)
    assert attack.dead == 50


def test_an_earlier_toll_said_on_another_day_restates_the_attack(code):
    events = code(
        "Jihadists attacked an army camp at Sollé on Sunday, killing 16 soldiers.\n\n"
        "The army had said on Monday that 10 soldiers had been killed."
    )
    (attack,) = assaults(events)
    assert attack.dead == 16
    assert attack.date_label == "2024-03-10"
    assert len(attack.evidence) == 2


def test_mourning_for_the_dead_is_the_attack_told_with_its_own_day_after(code):
    events = code(
        "Burkina Faso began two days of national mourning on Wednesday for the 20 soldiers "
        "killed in an attack on the Koumbri military post.\n\n"
        "Jihadists attacked the post on Sunday evening, firing rockets."
    )
    (attack,) = assaults(events)
    assert attack.dead == 20
    assert attack.date_label == "2024-03-10"  # the act's day, not the mourning's
    assert len(attack.evidence) == 2


def test_a_telling_dated_months_later_restates_no_older_act(code):
    """A report's day lets a restatement join only an act told as done shortly before."""
    events = code(
        "Gunmen killed 12 villagers in Dinangourou in January 2023.\n\n"
        "Local officials said on Tuesday that 12 villagers had been killed in Dinangourou."
    )
    assert len(assaults(events)) == 2
