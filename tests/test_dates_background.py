"""Dates of background and reported acts: an act's own date words beat the date of the clause
or the lead it sits in ("its second coup in May 2021", "a week after gunmen killed ..."), a
reported plan takes its report's day, live-page entries take their heading's day, and a day
that moves the story on without an event of its own dates what follows it."""

from __future__ import annotations

from datetime import date

from crisisdesk.dates.story import find_story_offsets
from crisisdesk.events.sections import entry_dates
from crisisdesk.model import Article, Span

from .conftest import day_of, only, told

PUBLISHED = date(2024, 11, 4)  # a Monday


def test_a_week_after_counts_back_from_the_clause_above_the_participle(code):
    text = (
        "Niger's president threatened on Sunday to quit the regional force, accusing its "
        "partners of passivity, a week after jihadists killed 30 soldiers near Diffa."
    )
    killing = only(code(text), "ASSAULT")
    assert day_of(killing) == (date(2024, 10, 27), "day")


def test_a_day_after_parsed_as_a_conjunct_still_counts_from_the_report(code):
    text = (
        "Mutinous officers announced on state television on Monday evening that they had "
        "seized power and detained the president, a day after troops at two barracks "
        "demanded the sacking of the army chief."
    )
    demand = only(code(text, date(2022, 1, 25)), "REQUEST")
    assert day_of(demand) == (date(2022, 1, 23), "day")


def test_months_after_in_a_present_clause_count_from_publication_at_month_precision(code):
    text = (
        "Six forest rangers were killed in an ambush in Pendjari park on Tuesday.\n\n"
        "It comes two months after gunmen killed three soldiers near Porga."
    )
    killing = told(code(text, date(2022, 2, 10)), "two months after")
    assert (killing.date_start.strftime("%Y-%m"), killing.date_precision) == ("2021-12", "month")


def test_an_ordinal_event_keeps_the_month_of_its_own_phrase(code):
    text = (
        "West African leaders lifted their sanctions on Mali on Sunday. Mali, suspended "
        "since its second coup in May 2021, remains excluded from the bloc's bodies."
    )
    coup = told(code(text, date(2022, 7, 4)), "second coup")
    assert (coup.date_start, coup.date_precision) == (date(2021, 5, 1), "month")


def test_a_seizure_misparsed_as_an_adjective_keeps_its_own_month(code):
    text = (
        "Relations between Paris and Bamako soured after the military seized power in August 2020."
    )
    coup = only(code(text, date(2022, 8, 15)), "COERCE")
    assert (coup.date_start, coup.date_precision) == (date(2020, 8, 1), "month")


def test_a_reported_plan_in_a_conjunct_takes_its_report_day(code):
    text = (
        "Paris said on 25 January that it would respect the request and withdraw its "
        "soldiers within a month."
    )
    withdrawal = told(code(text, date(2023, 2, 20)), "withdraw")
    assert day_of(withdrawal) == (date(2023, 1, 25), "day")


def test_leaders_meeting_on_a_day_decide_on_that_day(code):
    text = (
        "The junta said on Thursday it would not bow to pressure.\n\n"
        "West African leaders, meeting in Abuja on 30 July, closed their borders with Niger."
    )
    closure = only(code(text, date(2023, 8, 4)), "SANCTION")
    assert day_of(closure) == (date(2023, 7, 30), "day")


def test_a_day_told_without_an_event_dates_the_paragraph_after_it(code):
    text = (
        "The drone row between Algiers and Bamako deepened this week.\n\n"
        "Algiers answered on Monday. Algeria recalled its ambassador to Mali. "
        "Mali did the same hours later."
    )
    events = code(text, date(2025, 4, 8))
    recall = told(events, "Algeria recalled")
    assert day_of(recall) == (date(2025, 4, 7), "day")
    assert day_of(told(events, "hours later")) == (date(2025, 4, 7), "day")


def test_same_day_phrases_count_from_the_story_but_not_a_count_of_hours():
    assert [o.count for o in find_story_offsets("Police fired tear gas earlier in the day.")] == [0]
    assert [o.count for o in find_story_offsets("Mali did the same hours later.")] == [0]
    assert find_story_offsets("The hostages were freed 48 hours later.") == []


def _live_page(body: str, headings: list[str]) -> Article:
    spans = []
    for heading in headings:
        start = body.index(heading)
        spans.append(Span(start=start, end=start + len(heading), text=heading, role="heading"))
    return Article(id="a" * 16, body=body, published=date(2023, 8, 8), headings=spans)


LIVE = (
    "Last updated: Tuesday 8 August 2023, 18:30\n\n"
    "18:30 - Mission turned away\n\n"
    "The junta said it could not receive the delegation.\n\n"
    "Sunday 6 August, 23:50 - Airspace closed\n\n"
    "The junta closed the country's airspace until further notice.\n\n"
    "Background\n\n"
    "The bloc gave the junta seven days on 30 July."
)
LIVE_HEADINGS = [
    "Last updated: Tuesday 8 August 2023, 18:30",
    "18:30 - Mission turned away",
    "Sunday 6 August, 23:50 - Airspace closed",
    "Background",
]


def test_live_entries_take_the_day_of_their_heading():
    article = _live_page(LIVE, LIVE_HEADINGS)
    days = [value.start if value else None for _, _, value in entry_dates(article)]
    # the update line is no entry; an entry without a day is on the page's day; the
    # background section is no entry
    assert days == [None, date(2023, 8, 8), date(2023, 8, 6), None]


def test_a_masthead_with_a_time_is_no_live_page():
    body = "Daily Post | Monday 4 July 2022 | 08:15\n\nLeaders lifted the sanctions on Sunday."
    article = _live_page(body, ["Daily Post | Monday 4 July 2022 | 08:15"])
    assert entry_dates(article) == []


def test_live_entry_events_are_dated_by_their_heading(pipeline):
    from crisisdesk.model import SourceDocument
    from crisisdesk.pipeline import build_article

    html = (
        "<html><body><article><h1>Niger crisis live</h1>"
        "<p>Last updated: Tuesday 8 August 2023, 18:30</p>"
        "<section><h2>Monday 7 August, 13:05 - Delegation arrives</h2>"
        "<p>A delegation from Mali and Burkina Faso arrived in Niamey.</p></section>"
        "<section><h2>Sunday 6 August, 23:50 - Airspace closed</h2>"
        "<p>As the deadline expired, the junta closed the country's airspace until further "
        "notice.</p></section>"
        "</article></body></html>"
    )
    article, _ = build_article(
        SourceDocument(origin="t", raw=html, format="html", published=date(2023, 8, 8))
    )
    events = pipeline.analyse([article])[0].events
    closure = told(events, "closed the country's airspace")
    assert day_of(closure) == (date(2023, 8, 6), "day")
