"""Restatements and recipients a blind batch of long dev reports (2016-2025: Darfur camps,
central Mali and western Niger villages, a drone strike in Kaduna, ECOWAS and Security Council
texts) showed the coder getting wrong: an admission dated by its telling, a war's outbreak
folded into a later capture, "the assault on X" taken for the war told since, a named alliance
taken for the latest alliance, the targets' own fight told as an act of theirs, and armed gangs
blamed by name. Each text is written for the test in the style of the batch.
"""

from __future__ import annotations

from datetime import date

from .conftest import of_type


def names(actors) -> set[str]:
    return {a.name for a in actors}


def test_an_admission_dated_by_its_telling_is_the_strike_told_again(code):
    """'acknowledged on Monday that ... had killed civilians': Monday is the admission's day;
    the strike is Sunday's."""
    events = code(
        "A Nigerian army drone struck a crowd of people celebrating a religious festival in "
        "Tudun Biri on Sunday night.\n\n"
        "The army acknowledged on Monday that one of its drones had inadvertently killed "
        "civilians.",
        date(2023, 12, 6),
    )
    (strike,) = of_type(events, "ASSAULT")
    assert strike.date_start == date(2023, 12, 3)
    assert len(strike.evidence) == 2


def test_a_war_that_broke_out_on_its_own_date_is_not_a_later_capture(code):
    """'The war ... broke out in Khartoum on 15 April 2023' is dated by its own clause: it does
    not point back to the camp taken two years later."""
    events = code(
        "Paramilitary fighters of the Rapid Support Forces attacked the Zamzam camp in North "
        "Darfur on Friday. By Sunday the group said it had taken full control of the camp.\n\n"
        "The war between the army and the RSF broke out in Khartoum on 15 April 2023.",
        date(2025, 4, 15),
    )
    wars = [e for e in of_type(events, "ASSAULT") if e.date_start == date(2023, 4, 15)]
    assert len(wars) == 1
    assert {"Rapid Support Forces"} <= names(wars[0].actors)


def test_the_assault_on_a_named_target_is_the_act_aimed_at_it(code):
    """'The assault on Zamzam' is the attack on Zamzam, though the war was told since."""
    events = code(
        "The RSF attacked the Zamzam camp, south of El Fasher, on Friday from several "
        "directions. The war between the army and the RSF broke out in Khartoum on 15 April "
        "2023. The assault on Zamzam was condemned by the African Union.",
        date(2025, 4, 15),
    )
    (camp,) = [e for e in of_type(events, "ASSAULT") if e.date_start == date(2025, 4, 11)]
    assert any("assault on Zamzam" in ev.sentence for ev in camp.evidence)
    (war,) = [e for e in of_type(events, "ASSAULT") if e.date_start == date(2023, 4, 15)]
    assert not war.recipients


def test_a_named_alliance_claiming_an_attack_is_not_the_alliance_told_before(code):
    """'The al-Qaeda-linked JNIM alliance claimed the attack' after the G5 Sahel alliance was
    named: JNIM claims it, and the claim is the attack told again."""
    events = code(
        "The G5 Sahel alliance set up a joint force in 2017. On 29 June 2018, gunmen struck "
        "the force's headquarters at Sévaré, killing two soldiers. The al-Qaeda-linked JNIM "
        "alliance claimed the attack.",
        date(2018, 7, 1),
    )
    (attack,) = of_type(events, "ASSAULT")
    assert "JNIM" in names(attack.actors)
    assert "G5 Sahel" not in names(attack.actors)


def test_the_targets_fighting_back_is_the_attack_told_again(code):
    """'The gendarmes fought for several hours before the camp was overrun': the attack on
    them, told from their side, still aimed at them."""
    events = code(
        "Hundreds of jihadists on motorbikes attacked a gendarmerie post at Inata, in northern "
        "Burkina Faso, early on Sunday, killing 49 gendarmes. The gendarmes fought for several "
        "hours before the camp was overrun.",
        date(2021, 11, 18),
    )
    (attack,) = of_type(events, "ASSAULT")
    assert attack.recipients
    assert attack.dead == 49


def test_armed_gangs_blamed_are_the_accused(code):
    """'blamed the armed gangs known locally as bandits': an unidentified armed group."""
    events = code(
        "Officials blamed the armed gangs known locally as bandits for the raid.",
        date(2022, 3, 30),
    )
    (blame,) = of_type(events, "ACCUSE")
    assert blame.recipients


def test_sanctions_agreed_on_a_day_are_one_decision_of_that_day(code):
    """'agreed on Thursday to impose sanctions': the verb's clause tells the decision, done on
    Thursday; its object noun is that act, not a second, planned one next Thursday."""
    events = code(
        "West African leaders agreed on Thursday to impose sanctions on the junta in Conakry.",
        date(2022, 9, 23),
    )
    (sanction,) = of_type(events, "SANCTION")
    assert sanction.date_start == date(2022, 9, 22)
    assert sanction.status.value == "occurred"
