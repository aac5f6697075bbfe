"""One event per real event in a document: restatements join the first mention, other acts
stay apart (sentences written for these tests, shaped like wire reports)."""

from __future__ import annotations

from datetime import date

from crisisdesk.model import Event

from .conftest import of_type

PUBLISHED = date(2023, 11, 16)  # a Thursday


def sentences(event: Event) -> list[str]:
    return [e.sentence.strip() for e in event.evidence]


def test_a_report_and_a_definite_noun_restate_the_capture(code) -> None:
    events = code(
        "Malian troops entered the rebel-held town of Anefis on Sunday, the army said.\n\n"
        "The army said in a statement that it had taken Anefis after two days of fighting.\n\n"
        "The capture follows the departure in October of United Nations peacekeepers from "
        "their camp near the town."
    )
    [capture] = of_type(events, "ASSAULT")
    assert len(capture.evidence) == 3
    # October is the peacekeepers' departure, not the capture
    assert capture.date_label == "2023-11-12"
    assert "MLI-MIL" in {a.id for a in capture.actors}


def test_a_claim_of_responsibility_joins_the_attack(code) -> None:
    events = code(
        "Fighters of JNIM attacked an army post in Djibo on Thursday, killing 15 soldiers.\n\n"
        "JNIM claimed responsibility for the attack, saying it had targeted soldiers and "
        "militiamen."
    )
    [attack] = of_type(events, "ASSAULT")
    assert len(attack.evidence) == 2
    assert [a.id for a in attack.actors] == ["jnim"]
    assert "BFA-MLT" in {a.id for a in attack.recipients}  # what the claim adds


def test_the_attackers_in_a_second_sentence_tell_the_same_massacre(code) -> None:
    events = code(
        "Gunmen killed at least 40 villagers in Dinangourou on Sunday, local officials said.\n\n"
        "The attackers surrounded the village at dawn, shooting residents and burning granaries."
    )
    [massacre] = of_type(events, "ASSAULT")
    assert len(massacre.evidence) == 2
    assert massacre.date_label == "2023-11-12"
    assert massacre.dead == 40


def test_the_killings_are_not_a_second_massacre_nor_the_denied_attack(code) -> None:
    events = code(
        "Gunmen killed at least 30 Fulani herders in the village of Sobane on Sunday.\n\n"
        "The Dozo militia denied carrying out the attack.\n\n"
        "The killings came as the UN envoy was visiting Mopti."
    )
    attacks = of_type(events, "ASSAULT")
    assert len(attacks) == 2  # the massacre, and the militia's denial (negated)
    told, denied = attacks
    assert [a.sector.value for a in told.actors] == ["UAG"]
    assert denied.status.value == "negated"
    # "the killings" point back to the massacre, not to the militia that denied it
    assert all("The killings came" not in s for s in sentences(denied))


def test_the_armys_counter_attack_is_another_event(code) -> None:
    events = code(
        "Suspected jihadists attacked an army camp in Boni on Tuesday, killing 12 soldiers. "
        "The army said it had killed 30 of the attackers."
    )
    assert len(of_type(events, "ASSAULT")) == 2


def test_an_attack_elsewhere_the_same_day_is_another_event(code) -> None:
    events = code(
        "Jihadists attacked an army post in Boni on Tuesday, killing 12 soldiers.\n\n"
        "On Tuesday, jihadists attacked a police station in Tessit, killing four officers."
    )
    assert sorted(e.place.name for e in of_type(events, "ASSAULT") if e.place) == [
        "Boni",
        "Tessit",
    ]


def test_an_abduction_after_the_attack_is_another_event(code) -> None:
    events = code(
        "Gunmen attacked the village of Arbinda on Monday, killing nine people. "
        "The gunmen abducted 20 women on Monday."
    )
    assert [e.mode for e in of_type(events, "ASSAULT")] == [None, "abduct"]


def test_an_earlier_attack_named_by_the_same_sentence_keeps_its_own_date(code) -> None:
    events = code(
        "Fighters of JNIM attacked the town of Kaya on Saturday, killing dozens of soldiers.\n\n"
        "The attack was one of the deadliest since March 2022, when gunmen killed at least 60 "
        "people in the village of Seytenga."
    )
    kaya, seytenga = of_type(events, "ASSAULT")
    assert kaya.date_label == "2023-11-11" and len(kaya.evidence) == 2
    assert seytenga.date_label == "2022-03"
    assert seytenga.place is not None and seytenga.place.name == "Seytenga"


def test_a_suspension_and_sanctions_are_two_measures_a_package_is_one(code) -> None:
    events = code(
        "ECOWAS suspended Guinea from the bloc on Thursday and imposed sanctions on the junta. "
        "On Friday, ECOWAS closed its borders with Niger, froze Nigerien state assets and "
        "recalled its ambassadors from Niamey."
    )
    sanctions = of_type(events, "SANCTION")
    assert [e.mode for e in sanctions] == ["expel", "discontinue", "discontinue"]
    assert [len(e.evidence) for e in sanctions] == [1, 1, 1]


def test_the_armys_killing_in_the_fighting_is_the_same_fight(code) -> None:
    # docs/coding-rules.md, "Both sides of one fight": told in the fight, right after the
    # attack, the attackers' dead join its toll (a pursuit or an air strike would not)
    events = code(
        "Twenty soldiers were killed on Tuesday when militants attacked an army camp in "
        "Chinégodar, the defence ministry said.\n\n"
        "The army killed 40 of the attackers in the fighting, the ministry said."
    )
    attacks = of_type(events, "ASSAULT")
    assert [e.dead for e in attacks] == [60]
    assert attacks[0].recipients == []


def test_a_clash_told_with_both_sides_restates_the_attack(code) -> None:
    events = code(
        "Gunmen attacked a United Nations camp in Aguelhok on Tuesday, killing eight "
        "peacekeepers.\n\n"
        "According to the mission, heavily armed assailants attacked the camp at dawn, and the "
        "peacekeepers responded."
    )
    [attack] = of_type(events, "ASSAULT")
    assert len(attack.evidence) == 2 and attack.dead == 8
