"""Dates, round "dates3": an event takes the date of its own telling, not one borrowed from
another clause: a predicate noun of a reported clause ("would be treated as a declaration of
war") is dated by the report; a deadline of a plan ("by May 2024") does not date the decision;
a restating noun keeps its own day inside the month told first; a part of the day with no day
named ("In the evening") stands at the story's day."""

from __future__ import annotations

from datetime import date

from tests.conftest import day_of, told

PUBLISHED = date(2023, 8, 6)


def test_a_predicate_noun_of_a_reported_clause_is_dated_by_the_report(code):
    text = (
        "West African army chiefs met in Abuja on Thursday to plan a possible intervention in "
        "Niger.\n\n"
        "Mali and Burkina Faso said on July 31 that any military intervention in Niger would be "
        "treated as a declaration of war against them."
    )
    threat = told(code(text), "declaration of war", "THREATEN")
    assert day_of(threat) == (date(2023, 7, 31), "day")


def test_considered_a_declaration_of_war_is_dated_by_the_report_too(code):
    text = (
        "The juntas of Mali and Burkina Faso said on 31 July that any military intervention in "
        "Niger would be considered a declaration of war against them."
    )
    threat = told(code(text), "declaration of war", "THREATEN")
    assert day_of(threat) == (date(2023, 7, 31), "day")


def test_a_deadline_of_the_plan_does_not_date_the_decision(code):
    text = (
        "In November 2022, the German government decided to end the Bundeswehr's participation "
        "in the mission by May 2024."
    )
    decision = told(code(text, date(2023, 6, 30)), "decided to end")
    assert decision.date_start is not None
    assert decision.date_start < date(2023, 1, 1)


def test_a_restating_noun_keeps_its_own_day_inside_the_month_told_first(code):
    text = (
        "West African leaders meeting in Accra on Sunday lifted the economic and financial "
        "sanctions they imposed on Mali in January.\n\n"
        "The sanctions, decided at an extraordinary summit on 9 January, closed the borders of "
        "member states with Mali."
    )
    events = code(text, date(2022, 7, 4))
    # the two mentions are one act: the first mention's month refined by the second's day
    sanctions = [
        e
        for e in events
        if e.type == "SANCTION" and any("9 January" in v.sentence for v in e.evidence)
    ]
    assert [day_of(e) for e in sanctions] == [(date(2022, 1, 9), "day")]


def test_in_the_evening_stands_at_the_day_told_before_not_the_lead(code):
    text = (
        "Soldiers in Burkina Faso announced on Monday evening that they had seized power and "
        "detained President Roch Kaboré.\n\n"
        "The government imposed a night-time curfew on Sunday.\n\n"
        "In the evening, protesters who had gathered in support of the mutinous soldiers set fire "
        "to the headquarters of Kaboré's party in Ouagadougou."
    )
    events = code(text, date(2022, 1, 25))
    # one protest that turned to arson: PROTEST (ASSAULT accepted), docs/coding-rules.md
    arson = told(events, "set fire")
    assert day_of(arson) == (date(2022, 1, 23), "day")


def test_a_place_apposition_with_an_adverb_is_no_plan(code):
    text = (
        "US troops had already left Air Base 101, next to Niamey's airport, on 7 July, the "
        "Pentagon said."
    )
    departure = told(code(text, date(2024, 8, 5)), "left Air Base 101", "RETREAT")
    assert departure.status == "occurred"
    assert day_of(departure) == (date(2024, 7, 7), "day")


def test_a_day_after_counts_from_a_clause_with_a_date_not_from_a_duration(code):
    text = (
        "Sudan's military council said on Tuesday it had scrapped its deals with the opposition "
        "and would hold elections within nine months, a day after security forces stormed the "
        "sit-in outside the army headquarters in Khartoum."
    )
    storming = told(code(text, date(2019, 6, 4)), "stormed the sit-in", "ASSAULT")
    assert day_of(storming) == (date(2019, 6, 3), "day")
