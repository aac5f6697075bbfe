"""Death tolls, third round (docs/coding-rules.md, "Numbers"): the subject of "kill" is the
killer, a range hung from "between", revised tolls that reach the first mention of the event,
vague counts. Reports written for these tests from public facts."""

from __future__ import annotations

from datetime import date

from crisisdesk.model import Event

from .conftest import ingest_text


def attacks(events: list[Event]) -> list[Event]:
    return [e for e in events if e.type == "ASSAULT"]


def test_an_attack_that_killed_a_range_of_people_counts_the_range(pipeline):
    """ "An attack ... killed between 132 and 160 people": 132, up to 160; the attack, the
    subject of "killed", is not one victim."""
    text = (
        "OUAGADOUGOU, June 7 (West Africa Wire) - An attack on the village of Solhan in "
        "northern Burkina Faso killed between 132 and 160 people overnight on Friday, according "
        "to official and local sources."
    )
    [attack] = attacks(ingest_text(pipeline, text, date(2021, 6, 7)))
    assert (attack.dead, attack.dead_high) == (132, 160)


def test_a_soldier_who_died_is_one_victim(pipeline):
    text = (
        "NIAMEY, Dec 12 (West Africa Wire) - A soldier died in an attack by jihadists on an "
        "army post in Inates, in the Tillabéri region, on Tuesday, the army said."
    )
    [attack] = attacks(ingest_text(pipeline, text, date(2019, 12, 12)))
    assert attack.dead == 1


SOLHAN = (
    "OUAGADOUGOU, June 6 (West Africa Wire) - Gunmen killed at least 100 people in an "
    "overnight raid on the village of Solhan in northern Burkina Faso on Friday, the government "
    "said.\n\n"
    "The attackers first struck a post of a civilian defence militia before killing residents "
    "and setting fire to homes and the market.\n\n"
    "On Sunday the government said the toll had risen to 132. Local sources put it at 160."
)


def test_a_revised_toll_reaches_the_first_mention_through_a_restatement(pipeline):
    """The latest mention restates the raid ("the attackers first struck ..."): the revised
    toll is the raid's, not another source's 160."""
    [raid] = attacks(ingest_text(pipeline, SOLHAN, date(2021, 6, 6)))
    assert raid.dead == 132


def test_scores_and_a_dozen_follow_the_vague_count_conventions(pipeline):
    text = (
        "OUAGADOUGOU, June 13 (West Africa Wire) - Gunmen killed scores of civilians in the "
        "town of Seytenga in northern Burkina Faso on Saturday night, the government said."
    )
    [attack] = attacks(ingest_text(pipeline, text, date(2022, 6, 13)))
    assert attack.dead == 20
