"""Blind batch D (second batch on dates and tolls): numeric dates read by the report's time, a
date opening an incident-log line before a dash, a day of the month told alone ("on the 6th"),
"N ago" restated by the date written right after it, a denial dated by the act it denies, and
a killing's toll continued by a gapped count at another place.

The sentences are written for these tests; each states one rule of docs/coding-rules.md."""

from __future__ import annotations

from datetime import date

from crisisdesk.dates.resolve import Tense, resolve_date
from crisisdesk.model import DatePrecision

from .conftest import day_of, evidenced


def test_an_ambiguous_numeric_date_is_read_on_the_side_of_publication_its_tense_looks_to():
    # 05/03/2022 is 5 March or 3 May: only 5 March had come by 20 March
    value = resolve_date("05/03/2022", date(2022, 3, 20), Tense.PAST)
    assert value is not None and (value.start, value.precision) == (
        date(2022, 3, 5),
        DatePrecision.DAY,
    )
    # in a plan, only 3 May is still to come
    planned = resolve_date("05/03/2022", date(2022, 3, 20), Tense.FUTURE)
    assert planned is not None and planned.start == date(2022, 5, 3)
    # both readings past: no guess
    assert resolve_date("05/03/2022", date(2022, 8, 1), Tense.PAST) is None


def test_a_day_of_the_month_told_alone_is_in_the_story_month():
    assert resolve_date("on the 9th", date(2022, 3, 20), Tense.PAST).start == date(2022, 3, 9)
    # a day not yet come this month is last month's
    assert resolve_date("on the 25th", date(2022, 3, 20), Tense.PAST).start == date(2022, 2, 25)


def test_an_incident_log_line_is_dated_by_the_date_before_its_dash(code):
    text = (
        "Weekly incident log, Mopti region.\n\n"
        "04/03/2022 - Gunmen on motorcycles attacked the village of Dinangourou, killing "
        "five herders.\n\n"
        "Between 7 and 13 March, the log recorded six other incidents in the region."
    )
    events = code(text, date(2022, 3, 21))
    assert day_of(evidenced(events, "ASSAULT", "Dinangourou")) == (date(2022, 3, 4), "day")


def test_a_day_of_the_month_alone_dates_its_act(code):
    text = (
        "Jihadists attacked a gendarmerie post near Djibo on 2 March, killing four gendarmes. "
        "On the 9th, the army deployed reinforcements to the town."
    )
    events = code(text, date(2022, 3, 20))
    assert day_of(evidenced(events, "MOBILIZE", "reinforcements")) == (date(2022, 3, 9), "day")


def test_a_distance_from_publication_yields_to_the_date_written_after_it(code):
    text = "A month ago, on 4 May, jihadists attacked the army camp at Boulkessi."
    events = code(text, date(2022, 6, 3))
    assert day_of(evidenced(events, "ASSAULT", "Boulkessi")) == (date(2022, 5, 4), "day")


def test_a_denial_is_dated_by_the_act_not_by_the_day_a_toll_was_reported(code):
    text = (
        "On Tuesday, soldiers raided the weekly market at Tin-Hama. Local officials said on "
        "Thursday that 30 traders had been killed there. The army denied killing any civilians "
        "at the market."
    )
    events = code(text, date(2022, 6, 10))  # a Friday
    denial = next(e for e in events if e.type == "ASSAULT" and e.status.value == "negated")
    assert day_of(denial) == (date(2022, 6, 7), "day")


def test_a_gapped_count_at_another_place_adds_to_the_toll():
    from crisisdesk.events.coder import EventCoder
    from crisisdesk.events.numbers import sentence_counts
    from crisisdesk.nlp.pipeline import load_pipeline

    nlp = load_pipeline("en")
    quantities = EventCoder.default().quantities
    doc = nlp("Officials said 40 people were killed in Dinangourou and 12 in Yoro.")
    assert [(c.kind, c.low) for c in sentence_counts(next(doc.sents), quantities)] == [("dead", 52)]
    # a breakdown told after the total restates it
    doc = nlp("Gunmen killed 52 people in two villages, 40 in Dinangourou and 12 in Yoro.")
    assert [(c.kind, c.low) for c in sentence_counts(next(doc.sents), quantities)] == [("dead", 52)]


def test_an_act_told_in_a_since_clause_is_no_point_the_story_stands_at(code):
    text = (
        "Relations between Bamako and Paris have worsened since the army took power in August "
        "2020. ECOWAS leaders imposed economic sanctions on Mali on 9 January."
    )
    events = code(text, date(2022, 2, 10))
    assert day_of(evidenced(events, "SANCTION", "imposed")) == (date(2022, 1, 9), "day")


def test_a_conjunct_of_an_after_clause_is_counted_back_once(code):
    text = (
        "The United States imposed sanctions on the army chief on Thursday. The move came "
        "ten days after Washington accused the militia of atrocities and imposed sanctions "
        "on its leader."
    )
    events = code(text, date(2025, 3, 21))  # a Friday: Thursday is 20 March
    leader = evidenced(events, "SANCTION", "on its leader")
    assert day_of(leader) == (date(2025, 3, 10), "day")
