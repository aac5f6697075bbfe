"""Blind batch T (dates and tolls): a story offset of the act's own beats a fronted date, a
month whose year is told relative to the report anchors the story, a deposed leader held
"since the coup" is held from the coup's day, and a capitalised number word opening a
paragraph counts its victims.

The sentences are written for these tests; each states one rule of docs/coding-rules.md."""

from __future__ import annotations

from datetime import date

from .conftest import day_of, evidenced


def test_a_later_release_is_counted_on_from_the_fronted_date(code):
    text = (
        "In March 2019, gunmen abducted two Italian priests near Kidal; the kidnappers freed "
        "them three months later."
    )
    events = code(text, date(2024, 2, 1))
    assert day_of(evidenced(events, "ASSAULT", "abducted")) == (date(2019, 3, 1), "month")
    assert day_of(evidenced(events, "RETREAT", "freed")) == (date(2019, 6, 1), "month")


def test_a_conjunct_with_a_distance_of_its_own_does_not_share_the_first_verbs_date(code):
    text = (
        "Gunmen abducted two Italian priests near Kidal in March 2019 and freed them three "
        "months later."
    )
    events = code(text, date(2024, 2, 1))
    assert day_of(evidenced(events, "RETREAT", "freed")) == (date(2019, 6, 1), "month")


def test_a_fronted_date_still_dates_an_act_with_no_distance_of_its_own(code):
    text = (
        "In March 2019, gunmen abducted two Italian priests near Kidal; the kidnappers freed them."
    )
    events = code(text, date(2024, 2, 1))
    assert day_of(evidenced(events, "RETREAT", "freed")) == (date(2019, 3, 1), "month")


def test_a_month_of_last_year_moves_the_story_for_the_yearless_months_after_it(code):
    text = (
        "Ties have worsened since soldiers seized power in August 2020 and again in May last "
        "year. In late January, the junta expelled the French ambassador. In March, the "
        "authorities suspended two French broadcasters."
    )
    events = code(text, date(2022, 5, 3))
    assert day_of(evidenced(events, "SANCTION", "expelled")) == (date(2022, 1, 1), "month")
    assert day_of(evidenced(events, "COERCE", "suspended")) == (date(2022, 3, 1), "month")


def test_a_deposed_leader_held_since_the_coup_is_held_from_its_day(code):
    text = (
        "Jihadists killed 17 soldiers near Torodi on Tuesday. It was the deadliest attack on the "
        "army since soldiers of the presidential guard overthrew President Mohamed Bazoum on "
        "July 26.\n\n"
        "On Monday, the junta said it would put Bazoum on trial. Bazoum has been held at the "
        "presidential residence since the coup."
    )
    events = code(text, date(2023, 8, 16))
    # told apart or folded into the coup (docs/coding-rules.md, "the parts of one coup"),
    # the detention starts on the coup's day, not on the day of the news before it
    held = evidenced(events, "COERCE", "has been held")
    assert day_of(held) == (date(2023, 7, 26), "day")


def test_a_capitalised_number_word_opening_a_paragraph_counts_the_dead(code):
    text = (
        "Gunmen attack beach resort\n\n"
        "ABIDJAN (Wire) - Gunmen opened fire on beachgoers in Grand-Bassam on Sunday.\n\n"
        "Sixteen civilians and three soldiers were killed, the minister said on Monday."
    )
    events = code(text, date(2016, 3, 14))
    attack = evidenced(events, "ASSAULT", "opened fire")
    assert attack.dead == 19


def test_a_following_day_counts_from_the_day_written_earlier_in_its_sentence(code):
    # "the following day" is the day after 26 May, told in the same sentence, though the
    # resignation itself is not the event the story stood at
    text = (
        "Soldiers detained the president and the prime minister on 24 May. Both men resigned "
        "on 26 May while in detention and were freed the following day."
    )
    events = code(text, date(2021, 6, 4))
    assert day_of(evidenced(events, "RETREAT", "freed")) == (date(2021, 5, 27), "day")


def test_a_noun_object_of_an_infinitive_is_dated_by_the_verb_that_makes_it_happen(code):
    text = (
        "Nigerians know the platform well: in October last year, young Nigerians used it to "
        "organise the demonstrations against police brutality in Lagos."
    )
    events = code(text, date(2021, 6, 7))
    assert day_of(evidenced(events, "PROTEST", "demonstrations")) == (date(2020, 10, 1), "month")


def test_a_leader_who_died_in_a_raid_after_a_sequence_word_is_its_one_dead(code):
    # the parser hangs "its chief" from "after", leaving "died" without a subject
    text = (
        "The Islamic State group named a new leader on Thursday, days after its chief, Abu "
        "Bakr al-Baghdadi, died in a raid by US special forces on his hideout in Syria on 26 "
        "October."
    )
    events = code(text, date(2019, 11, 4))
    raid = evidenced(events, "ASSAULT", "raid")
    assert raid.dead == 1


def test_a_bare_infinitive_shares_the_time_of_the_verb_it_completes(code):
    # "arming" hangs from "hold", a bare infinitive of "help", itself the purpose of "set up"
    text = (
        "The government set up the militia in March 2019 to help the overstretched army hold "
        "territory, arming and training civilian volunteers for a few weeks before sending "
        "them back to their villages."
    )
    events = code(text, date(2021, 6, 5))
    mobilize = evidenced(events, "MOBILIZE", "militia")
    assert day_of(mobilize) == (date(2019, 3, 1), "month")


def test_a_day_hung_from_a_past_decision_is_read_in_the_past(code):
    # "on Thursday" dates the decision, taken last Thursday, not a Thursday still to come
    text = (
        "West African leaders decided on Thursday to deploy a stabilisation force to "
        "Guinea-Bissau, two days after gunmen attacked the government palace in Bissau."
    )
    events = code(text, date(2022, 2, 4))
    assert day_of(evidenced(events, "MOBILIZE", "deploy")) == (date(2022, 2, 3), "day")


def test_a_bare_killing_counts_the_victims_of_the_act_told_just_before(code):
    # both attacks are on Thursday; "Three people were killed" follows the bus attack
    text = (
        "Jihadists killed 15 soldiers near Kaya on Thursday.\n\n"
        "Gunmen attacked a bus near Fada N'Gourma on Thursday, wounding 14 passengers. Three "
        "people were killed."
    )
    events = code(text, date(2023, 3, 10))
    assert evidenced(events, "ASSAULT", "Kaya").dead == 15
    assert evidenced(events, "ASSAULT", "bus").dead == 3


def test_victims_listed_before_dead_are_summed(code):
    # the parser hangs "dead" on the last listed noun; the toll is the whole list's
    text = (
        "Clashes between the army and jihadists near Boni on Monday left 15 soldiers and 20 "
        "militants dead."
    )
    events = code(text, date(2024, 3, 13))
    assert evidenced(events, "ASSAULT", "Clashes").dead == 35
