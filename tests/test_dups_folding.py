"""One record per real event, with its toll: restatements in styles the dev set lacks fold into
the event they refer back to, and separate acts stay apart (docs/coding-rules.md, "One event
per real event" and "Deaths"). Each report is short, realistic wire, NGO or press copy."""

from __future__ import annotations

from datetime import date

import pytest

from crisisdesk.model import Event, Status

PUBLISHED = date(2024, 3, 10)  # a Sunday


def assaults(events: list[Event]) -> list[Event]:
    return [e for e in events if e.type == "ASSAULT"]


def test_a_claim_dated_the_day_after_restates_the_attack(code):
    """The claim's day hangs from "the attacks" in the parse; it is the claim's, not theirs."""
    events = code(
        "Jihadists attacked a gendarmerie post and a customs office in Seytenga on Friday, "
        "killing nine gendarmes.\n\n"
        "The Islamic State Sahel Province claimed responsibility for the attacks on Saturday."
    )
    (attack,) = assaults(events)
    assert attack.dead == 9
    assert attack.date_label == "2024-03-08"
    assert len(attack.evidence) == 2


def test_a_condemnation_of_the_killings_on_monday_is_no_second_attack(code):
    events = code(
        "Gunmen killed 14 worshippers at a church in Essakane on Sunday 3 March.\n\n"
        "The regional governor condemned the killings on Monday."
    )
    (attack,) = assaults(events)
    assert attack.dead == 14
    assert attack.date_label == "2024-03-03"


def test_a_counterfactual_restates_the_attack_it_names(code):
    """ "would not have happened" says what would have been: the attack took place."""
    events = code(
        "Suspected jihadists killed 23 soldiers in an attack on an army post near Tanguiéta "
        "on Thursday, the army said.\n\n"
        "A local official said the attack would not have happened had the post been "
        "reinforced."
    )
    (attack,) = assaults(events)
    assert attack.status == Status.OCCURRED
    assert attack.dead == 23


def test_a_denial_stays_apart_from_the_attack(code):
    events = code(
        "Gunmen killed 30 villagers in Ogossagou on Saturday.\n\n"
        "Dan Na Ambassagou denied carrying out the attack."
    )
    statuses = sorted(e.status.value for e in assaults(events))
    assert statuses == ["negated", "occurred"]


def test_barricades_and_burning_tyres_are_how_the_protest_went(code):
    """A riot in the same protest, same day and place, is how it went, not another act."""
    events = code(
        "Police fired tear gas on Thursday at protesters in Niamey who were demonstrating "
        "against the rise in fuel prices.\n\n"
        "Young protesters erected barricades and burned tyres in several districts of the "
        "capital."
    )
    (protest,) = [e for e in events if e.type == "PROTEST"]
    assert len(protest.evidence) == 2


def test_an_abduction_told_by_the_week_then_by_the_day_is_one(code):
    events = code(
        "Soldiers freed 31 women on Saturday who had been abducted by jihadists in the north "
        "of the country last week, the army said.\n\n"
        "The women were seized on 28 and 29 February near Djibo while they were gathering "
        "firewood."
    )
    abductions = [e for e in assaults(events) if e.mode == "abduct"]
    assert len(abductions) == 1


def test_the_victims_of_the_bomb_attacks_they_died_in_are_one_attack(code):
    """ "killed in Friday's bomb attacks": the killing and the bombs are one act, though a
    reporting verb ("officials said on Monday") lends the sentence another day."""
    events = code(
        "At least 40 people were killed in Friday's coordinated bomb attacks on two markets in "
        "Maiduguri, officials said on Monday."
    )
    (attack,) = assaults(events)
    assert attack.dead == 40


def test_a_revised_toll_replaces_the_first(code):
    events = code(
        "Gunmen on motorbikes killed 17 civilians in the village of Tchoma Bangou on "
        "Wednesday, local officials said.\n\n"
        "On Friday the government raised the toll to 24, after more bodies were found."
    )
    (attack,) = assaults(events)
    assert attack.dead == 24


def test_two_attacks_in_two_towns_on_one_day_stay_two(code):
    events = code(
        "Jihadists attacked an army camp in Boulkessi on Tuesday, killing 15 soldiers.\n\n"
        "On the same day, gunmen attacked a market in Ménaka, killing six traders."
    )
    tolls = sorted(e.dead or 0 for e in assaults(events))
    assert tolls == [6, 15]


def test_an_attack_told_as_coming_after_another_stays_apart(code):
    events = code(
        "Gunmen killed 11 soldiers in an ambush near Djibo on Monday. The ambush came two "
        "weeks after jihadists killed 20 civilians in the village of Gasseliki."
    )
    tolls = sorted(e.dead or 0 for e in assaults(events))
    assert tolls == [11, 20]


def test_a_coarse_year_and_an_exact_day_of_different_doers_stay_two(code):
    """Nested dates alone do not make one act: the doers must be the same."""
    events = code(
        "On 12 May 2023, soldiers killed 20 suspected militants near Diapaga.\n\n"
        "In 2023, jihadists also attacked the town of Kompienga, killing nine civilians."
    )
    assert len(assaults(events)) == 2


@pytest.mark.parametrize(
    "restatement",
    [
        "The assault lasted several hours.",
        "The raid lasted several hours.",
        "The attackers fled towards the border after the raid.",
    ],
)
def test_a_later_sentence_about_the_attack_adds_no_event(code, restatement):
    events = code(
        "Armed men stormed the village of Yirgou on Monday and killed 12 people, the "
        f"government said. {restatement}"
    )
    assert len(assaults(events)) == 1
