"""Precision, status, dates and tolls on report styles the older dev set lacked (written for
these tests): counterfactuals, absences, thanks, abilities, suspicions, ultimatums, publications;
failed coups, since-clauses, announcements; written dates against counted distances; summed and
revised tolls."""

from __future__ import annotations

from datetime import date

from .conftest import only, types

PUBLISHED = date(2025, 4, 24)  # a Thursday


# -- what is not an event ----------------------------------------------------------------


def test_inverted_counterfactual_is_not_a_deployment(code) -> None:
    text = (
        "Jihadists attacked two army posts in the Alibori department on 17 April. "
        "The minister said the attacks would have been repelled had a larger force been "
        "deployed along the border."
    )
    assert "MOBILIZE" not in types(code(text))


def test_whether_or_not_clause_is_not_asserted(code) -> None:
    text = (
        "Chadian troops will leave the islands by the end of the month, whether or not "
        "Nigerian soldiers have arrived, the president said on Thursday."
    )
    assert "MOBILIZE" not in types(code(text))


def test_time_clause_of_a_future_act_is_not_an_event(code) -> None:
    text = "The soldiers will hold the positions until the armies of Niger and Nigeria arrive."
    assert types(code(text)) == []


def test_displaced_by_the_conflict_is_no_expulsion(code) -> None:
    text = (
        "Floods swept through camps sheltering families displaced by the conflict in Borno "
        "State this week."
    )
    assert types(code(text)) == []


def test_absence_since_a_year_is_not_an_event(code) -> None:
    text = (
        "The country has not suffered a jihadist attack since 2011, and it has carried out "
        "no execution since 1987."
    )
    assert types(code(text)) == []


def test_thanks_and_relief_are_not_coded(code) -> None:
    text = (
        "The hostage was freed on Monday in Niamey. The French president expressed his relief "
        "and thanked Niger for its help."
    )
    assert "AID" not in types(code(text))
    assert "SUPPORT" not in types(code(text))


def test_ability_is_not_an_act(code) -> None:
    text = "Analysts say the militants can mass several hundred fighters for a single assault."
    assert "MOBILIZE" not in types(code(text))


def test_suspicion_content_is_not_cooperation(code) -> None:
    text = (
        "Amnesty accused the army of executing villagers it suspected of collaborating with "
        "the armed groups."
    )
    assert "COOPERATE" not in types(code(text))
    assert "ACCUSE" in types(code(text))


def test_support_in_a_rally_is_the_rally(code) -> None:
    events = code("Thousands of people rallied in Bamako on Sunday in support of the junta.")
    assert types(events) == ["PROTEST"]


def test_support_as_manner_is_no_support(code) -> None:
    text = "The rights group called for an inquiry with African Union and UN support."
    assert "SUPPORT" not in types(code(text))


def test_ultimatum_deadline_act_is_not_a_withdrawal(code) -> None:
    text = "On 31 January, the junta gave the French ambassador 72 hours to leave the country."
    assert "RETREAT" not in types(code(text))
    assert only(code(text), "SANCTION").mode == "expel"


def test_published_images_are_no_release(code) -> None:
    text = (
        "Satellite images released by Amnesty International on Thursday show hundreds of "
        "buildings destroyed when Boko Haram fighters attacked Baga."
    )
    assert "RETREAT" not in types(code(text))


def test_infinitive_to_is_not_a_travel_preposition(code) -> None:
    text = (
        "The reporter was abducted in Gao on 8 April 2021, after travelling there to interview "
        "a JNIM commander."
    )
    assert "CONSULT" not in types(code(text))


# -- status ------------------------------------------------------------------------------


def test_failed_coup_is_an_occurred_attempt(code) -> None:
    text = (
        "General Diendéré was serving a 20-year sentence for leading a failed coup by the "
        "presidential guard in Burkina Faso in September 2015."
    )
    coup = only(code(text), "COERCE")
    assert coup.status.value == "occurred"


def test_since_clause_act_occurred(code) -> None:
    text = (
        "Relations with Paris have steadily worsened since Captain Ibrahim Traoré seized "
        "power in Burkina Faso in September 2022."
    )
    coup = only(code(text), "COERCE")
    assert coup.status.value == "occurred"
    assert coup.date_start == date(2022, 9, 1)


def test_announced_deployment_occurred_when_said(code) -> None:
    text = "Macron announced on Monday that France would send 220 more soldiers to the Sahel."
    event = only(code(text), "MOBILIZE")
    assert event.status.value == "occurred"
    assert event.date_start == date(2025, 4, 21)


# -- dates -------------------------------------------------------------------------------


def test_written_date_beats_a_counted_distance(code) -> None:
    text = "Six days earlier, on 15 March, gunmen killed 58 people in Banibangou."
    event = only(code(text, date(2021, 3, 23)), "ASSAULT")
    assert event.date_start == date(2021, 3, 15)


def test_when_clause_dates_the_event(code) -> None:
    text = (
        "Military prosecutors in Ouagadougou had asked for a 30-year sentence when they summed "
        "up their case in February."
    )
    event = only(code(text), "REQUEST")
    assert (event.date_start, event.date_precision.value) == (date(2025, 2, 1), "month")


# -- tolls -------------------------------------------------------------------------------


def test_listed_numbers_of_one_noun_are_summed(code) -> None:
    text = (
        "In October 2017, an ambush near Tongo Tongo killed four American and four Nigerien "
        "soldiers."
    )
    assert only(code(text), "ASSAULT").dead == 8


def test_between_range_is_not_summed(code) -> None:
    text = "Gunmen killed between 20 and 30 villagers in Seno province on Sunday."
    assert only(code(text), "ASSAULT").dead == 20


def test_revised_total_in_the_sentence_is_the_toll(code) -> None:
    text = (
        "Gunmen attacked a chapel in Essakane on Sunday. Twelve people were killed on the spot "
        "and three others died of their wounds, bringing the toll to fifteen."
    )
    tolls = [e.dead for e in code(text) if e.type == "ASSAULT" and e.dead is not None]
    assert tolls and set(tolls) == {15}  # never the first figure, 12
