"""Dates an analyst checks in explainers and timelines: a timeline's day headings date the acts
under them, a question title is not the lead, a vague count ("days after") counts nothing,
and a day of a relative year ("28 January this year") is a day."""

from __future__ import annotations

from datetime import date

from crisisdesk.dates.find import find_date_spans
from crisisdesk.dates.resolve import Tense, resolve_date
from crisisdesk.events.sections import entry_dates
from crisisdesk.model import Article, SourceDocument, Span

from .conftest import day_of, told

PUBLISHED = date(2025, 5, 20)


def _with_headings(body: str, headings: list[str], published: date) -> Article:
    spans = []
    for heading in headings:
        start = body.index(heading)
        spans.append(Span(start=start, end=start + len(heading), text=heading, role="heading"))
    return Article(id="c" * 16, body=body, published=published, headings=spans)


def test_a_heading_that_is_only_a_day_opens_a_timeline_entry():
    body = (
        "Niger's coup: what we know\n\n"
        "Wednesday 26 July\n\nThe presidential guard detained President Mohamed Bazoum.\n\n"
        "Sunday 30 July\n\nECOWAS leaders imposed sanctions on Niger.\n\n"
        "Background\n\nNiger has been fighting jihadist groups for a decade."
    )
    headings = ["Niger's coup: what we know", "Wednesday 26 July", "Sunday 30 July", "Background"]
    article = _with_headings(body, headings, date(2023, 8, 2))
    days = [value.start if value else None for _, _, value in entry_dates(article)]
    # the title is no entry; each day heading dates its section; the background ends them
    assert days == [None, date(2023, 7, 26), date(2023, 7, 30), None]


def test_a_dateline_heading_alone_makes_no_timeline():
    body = "Niamey, 2 August 2023\n\nECOWAS leaders imposed sanctions on Niger."
    article = _with_headings(body, ["Niamey, 2 August 2023"], date(2023, 8, 2))
    assert entry_dates(article) == []


def test_timeline_events_without_a_date_take_their_heading_day(pipeline):
    from crisisdesk.pipeline import build_article

    html = (
        "<html><body><article><h1>Niger's coup: what we know</h1>"
        "<p>A week after the presidential guard detained the president, the junta is in "
        "charge. Here is how it unfolded.</p>"
        "<section><h2>Wednesday 26 July</h2>"
        "<p>Members of the presidential guard detained President Mohamed Bazoum in his "
        "residence in Niamey.</p></section>"
        "<section><h2>Sunday 30 July</h2>"
        "<p>ECOWAS leaders closed the borders of member states with Niger.</p></section>"
        "</article></body></html>"
    )
    article, _ = build_article(
        SourceDocument(origin="t", raw=html, format="html", published=date(2023, 8, 2))
    )
    events = pipeline.analyse([article])[0].events
    assert day_of(told(events, "detained President Mohamed Bazoum")) == (date(2023, 7, 26), "day")
    assert day_of(told(events, "closed the borders")) == (date(2023, 7, 30), "day")


def test_a_question_title_is_not_the_lead(code):
    text = (
        "Why has Chad arrested Succès Masra?\n\n"
        "Succès Masra, Chad's main opposition leader, is in custody after security forces took "
        "him from his home in N'Djamena early on Friday 16 May.\n\n"
        "His party, Les Transformateurs, accused the authorities of a political arrest.\n\n"
        "Masra went into exile after security forces opened fire on opposition protesters on "
        "20 October 2022."
    )
    events = code(text)
    # the lead's Friday, not the background's latest day
    assert day_of(told(events, "accused the authorities")) == (date(2025, 5, 16), "day")


def test_days_after_counts_nothing_and_the_clause_own_date_wins(code):
    text = (
        "The Islamic State group named a new leader on Thursday, days after its chief, Abu "
        "Bakr al-Baghdadi, died in a raid by US special forces on his hideout in north-western "
        "Syria on 26 October."
    )
    raid = told(code(text, date(2019, 11, 4)), "died in a raid")
    assert day_of(raid) == (date(2019, 10, 26), "day")


def test_a_counted_distance_still_counts_back_from_the_main_clause(code):
    text = (
        "ECOWAS suspended Guinea on Wednesday, three days after soldiers overthrew President "
        "Alpha Condé."
    )
    coups = [e for e in code(text, date(2021, 9, 9)) if e.type == "COERCE"]
    assert coups
    # Wednesday 8 September, three days back
    assert day_of(coups[0]) == (date(2021, 9, 5), "day")


def test_a_day_of_this_year_is_a_day():
    text = "On 28 January this year, Mali, Burkina Faso and Niger announced they were leaving."
    spans = find_date_spans(text, "en")
    assert [text[s:e] for s, e in spans] == ["On 28 January this year"]
    value = resolve_date("On 28 January this year", date(2024, 7, 7), Tense.PAST, "en")
    assert value is not None
    assert (value.start, value.precision) == (date(2024, 1, 28), "day")
    month = resolve_date("in March this year", date(2024, 7, 7), Tense.PAST, "en")
    assert month is not None and (month.start, month.precision) == (date(2024, 3, 1), "month")
