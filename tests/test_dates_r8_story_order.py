"""Dates round 8: dates counted from a gerund ("two days after leaving Tessalit"), the
direction of a counted distance, the time of an "in which" clause's antecedent, yearless
dates read forward in a narrative, and a later conjunct's date shared by the first.

The sentences are written for these tests; each states one rule of docs/coding-rules.md."""

from __future__ import annotations

from datetime import date

from .conftest import day_of, told


def _trigger(event) -> str:
    span = event.evidence[0].span("trigger")
    return span.text if span is not None else ""


def test_a_gerund_after_a_counted_distance_is_counted_back_from_the_main_clause(code):
    text = (
        "The UN mission pulled out of its camp at Ber on Thursday, three days after leaving "
        "Goundam, as it speeds up its departure from the north."
    )
    events = code(text, date(2024, 5, 11))
    leaving = next(e for e in events if _trigger(e) == "leaving")
    assert day_of(leaving) == (date(2024, 5, 6), "day")
    pulled = next(e for e in events if _trigger(e) == "pulled")
    assert day_of(pulled) == (date(2024, 5, 9), "day")


def test_a_distance_counts_from_its_own_before_not_from_a_later_after(code):
    # "after a night of talks" inside the clause is no direction of the distance
    text = (
        "Thousands of people marched in Bamako on 5 June, ten days before soldiers detained "
        "the prime minister after a night of talks."
    )
    events = code(text, date(2024, 7, 1))
    assert day_of(told(events, "detained", "COERCE")) == (date(2024, 6, 15), "day")


def test_an_in_which_clause_happens_at_its_antecedents_date(code):
    text = (
        "Russian instructors arrived in Niamey on Wednesday.\n\n"
        "The arrival follows a telephone call on 26 March between the two leaders, in which "
        "they agreed to strengthen their security cooperation, according to the Kremlin."
    )
    events = code(text, date(2024, 4, 14))
    assert day_of(told(events, "agreed", "AGREE")) == (date(2024, 3, 26), "day")


def test_an_in_which_clause_takes_the_date_of_the_clause_describing_its_antecedent(code):
    text = (
        "On Monday the court threw out a case that Sudan brought against the Emirates in "
        "March, in which Khartoum accused the Emirates of arming the RSF."
    )
    events = code(text, date(2025, 5, 7))
    accusation = told(events, "accused", "ACCUSE")
    assert (accusation.date_start, accusation.date_precision) == (date(2025, 3, 1), "month")


def test_a_yearless_month_moves_the_narrative_forward(code):
    text = (
        "Germany's last soldiers have left Mali.\n\n"
        "Berlin decided in November 2022 to wind down its participation in the mission. That "
        "timetable collapsed when Mali's government demanded in June that the mission leave "
        "the country. The Security Council ended the mission's mandate on 30 June."
    )
    events = code(text, date(2023, 12, 15))
    demand = told(events, "demanded", "REQUEST")
    assert (demand.date_start, demand.date_precision) == (date(2023, 6, 1), "month")
    assert day_of(told(events, "30 June", "SANCTION")) == (date(2023, 6, 30), "day")


def test_a_pluperfect_stays_nearest_the_story_date(code):
    text = (
        "Gunmen killed 20 villagers near Ansongo in November 2023. Rebels had attacked the "
        "army camp at Bourem in September."
    )
    events = code(text, date(2025, 1, 10))
    attack = told(events, "had attacked", "ASSAULT")
    assert (attack.date_start, attack.date_precision) == (date(2023, 9, 1), "month")


def test_an_event_noun_named_by_its_month_is_not_moved_forward(code):
    text = (
        "France pulled out its last soldiers in December 2023, after the junta ordered them "
        "out following the July coup."
    )
    events = code(text, date(2024, 8, 6))
    coup = next(e for e in events if _trigger(e) == "coup")
    assert (coup.date_start, coup.date_precision) == (date(2023, 7, 1), "month")


def test_a_first_conjunct_shares_the_date_its_later_conjunct_ends_on(code):
    text = (
        "The last French soldiers left Niger on Friday.\n\n"
        "The junta had demanded their departure and revoked the defence agreements with "
        "France in August."
    )
    events = code(text, date(2023, 12, 23))
    demand = told(events, "demanded", "REQUEST")
    assert (demand.date_start, demand.date_precision) == (date(2023, 8, 1), "month")


def test_a_first_conjunct_with_its_own_date_keeps_it(code):
    text = "Gunmen attacked the village on Sunday and burned the market on Monday."
    events = code(text, date(2024, 3, 20))
    attack = next(e for e in events if _trigger(e) == "attacked")
    assert day_of(attack) == (date(2024, 3, 17), "day")


def test_an_adverb_of_time_hung_on_a_noun_belongs_to_its_relative_clause(code):
    # the parser hangs "ago" from "schoolchildren": the rescue is the report's Sunday
    text = (
        "The army said on Sunday that it had rescued 40 hostages, most of them "
        "schoolchildren, who were abducted from their school in Kuriga, in Kaduna state, "
        "more than two weeks ago."
    )
    events = code(text, date(2024, 3, 25))
    rescue = next(e for e in events if _trigger(e) == "rescued")
    assert day_of(rescue) == (date(2024, 3, 24), "day")
    abduction = next(e for e in events if _trigger(e) == "abducted")
    assert abduction.date_precision == "week" and abduction.date_start < date(2024, 3, 18)
