"""Dates round 4: weekends, fixed holidays, the year's end, "la veille", and the clause a date
belongs to when the parser hangs it elsewhere (a speech's date, a shared subject, a misplaced
"que" clause, a deadline beside a dated report, a two-part wire dateline)."""

from __future__ import annotations

from datetime import date

import pytest

from crisisdesk.dates import Tense, find_date_spans, resolve_date
from crisisdesk.dates.story import find_story_offsets
from crisisdesk.model import Article, article_id
from tests.conftest import ingest_text

MONDAY = date(2020, 7, 13)
SATURDAY = date(2020, 7, 11)
PAST, FUTURE = Tense.PAST, Tense.FUTURE


def _range(text: str, published: date, tense: Tense, language: str = "en"):
    value = resolve_date(text, published, tense, language)
    return None if value is None else (value.start, value.end, value.precision)


@pytest.mark.parametrize(
    ("text", "published", "tense", "language", "start"),
    [
        ("over the weekend", MONDAY, PAST, "en", date(2020, 7, 11)),
        ("at the weekend", MONDAY, PAST, "en", date(2020, 7, 11)),
        ("this weekend", MONDAY, FUTURE, "en", date(2020, 7, 18)),
        ("this weekend", SATURDAY, FUTURE, "en", date(2020, 7, 11)),
        ("last weekend", SATURDAY, PAST, "en", date(2020, 7, 4)),
        ("le week-end dernier", MONDAY, PAST, "fr", date(2020, 7, 11)),
        ("ce week-end", MONDAY, FUTURE, "fr", date(2020, 7, 18)),
    ],
)
def test_a_weekend_is_its_saturday_and_sunday_never_one_invented_day(
    text, published, tense, language, start
):
    assert _range(text, published, tense, language) == (
        start,
        date.fromordinal(start.toordinal() + 1),
        "day",
    )


def test_weekends_are_found_in_running_text_and_need_a_publication_date():
    text = "Eleven people were killed in Bamako over the weekend when police fired on protesters."
    assert [text[s:e] for s, e in find_date_spans(text)] == ["over the weekend"]
    assert resolve_date("over the weekend", None) is None


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("d'ici la fin de l'année", "fr", (date(2023, 12, 1), date(2023, 12, 31), "month")),
        ("by the end of the year", "en", (date(2023, 12, 1), date(2023, 12, 31), "month")),
        ("the end of 2021", "en", (date(2021, 12, 1), date(2021, 12, 31), "month")),
        # other parts of a year stay the whole year: "early 2023" is no month
        ("early 2023", "en", (date(2023, 1, 1), date(2023, 12, 31), "year")),
    ],
)
def test_the_end_of_a_year_is_its_december(text, language, expected):
    assert _range(text, date(2023, 9, 25), FUTURE, language) == expected


def test_fixed_holidays_are_days_without_a_year():
    text = "On Christmas Day, a bomb attack on a church in Madalla killed dozens of worshippers."
    (span,) = find_date_spans(text)
    assert _range(text[span[0] : span[1]], date(2012, 1, 23), PAST) == (
        date(2011, 12, 25),
        date(2011, 12, 25),
        "day",
    )
    assert _range("le jour de Noël", date(2012, 1, 23), PAST, "fr")[0] == date(2011, 12, 25)


def test_la_veille_counts_back_from_the_story_but_not_the_eve_of_a_named_event():
    (offset,) = find_story_offsets("La veille, des hommes armés ont attaqué le poste.", "fr")
    assert (offset.unit, offset.count) == ("day", -1)
    (offset,) = find_story_offsets("L'avant-veille, l'armée avait bombardé le camp.", "fr")
    assert offset.count == -2
    assert find_story_offsets("à la veille du scrutin", "fr") == []
    assert find_story_offsets("the day before the vote", "en") == []


def _only(events, kind: str):
    found = [event for event in events if event.type == kind]
    assert len(found) == 1, [(e.type, e.evidence[0].sentence) for e in events]
    return found[0]


def test_the_day_of_a_speech_dates_the_accusation_made_in_it(code):
    events = code(
        "Prime Minister Choguel Kokalla Maïga accused France of abandoning Mali in mid-flight "
        "in a speech to the UN General Assembly in New York on 25 September.",
        date(2021, 10, 26),
    )
    assert _only(events, "ACCUSE").date_start == date(2021, 9, 25)


def test_a_deadline_yields_to_the_date_of_the_report_that_announces_the_plan(code):
    events = code(
        "President Emmanuel Macron announced on September 24 that France would withdraw its "
        "roughly 1,500 troops from Niger by the end of the year.",
        date(2023, 10, 11),
    )
    assert _only(events, "CONCEDE").date_start == date(2023, 9, 24)


def test_a_report_dates_its_que_clause_even_when_parsed_under_the_date(pipeline):
    text = (
        "Le président Emmanuel Macron a annoncé dimanche soir que la France allait rappeler "
        "son ambassadeur à Niamey."
    )
    article = Article(id=article_id(text), body=text, published=date(2023, 9, 25), language="fr")
    events = pipeline.analyse([article])[0].events
    assert events and all(event.date_start == date(2023, 9, 24) for event in events)


def test_a_possessive_date_names_a_past_event_in_a_future_clause(code):
    events = code(
        "Security Minister Mahamadou Sana warned that the response to the weekend's attacks "
        "would be severe.",
        date(2024, 2, 27),
    )
    dated = [e for e in events if e.type == "ASSAULT" and e.date_start is not None]
    assert all(e.date_start == date(2024, 2, 24) for e in dated)


def test_a_country_and_date_dateline_is_no_event_date(pipeline):
    raw = (
        "Boko Haram seizes Monguno\n\n"
        "MAIDUGURI, Nigeria, 26 January 2015 (Borno Frontline Wire) - Boko Haram fighters "
        "seized the town of Monguno and its military base on Sunday, military sources said."
    )
    events = ingest_text(pipeline, raw, date(2015, 1, 26))
    assert _only(events, "ASSAULT").date_start == date(2015, 1, 25)


def test_a_month_of_that_year_is_read_in_the_story_s_year(code):
    events = code(
        "The camp was opened in 2012 for people fleeing the north of Mali. Tuareg separatists "
        "launched a rebellion there in January of that year.",
        date(2024, 5, 6),
    )
    rebellion = [e for e in events if "January of that year" in e.evidence[0].sentence]
    assert rebellion and all(
        (e.date_start, e.date_precision) == (date(2012, 1, 1), "month") for e in rebellion
    )
    (offset,) = find_story_offsets("en janvier de cette année-là", "fr")
    assert offset.month == 1


def test_a_purpose_shares_its_act_s_date_but_not_an_after_phrase_s_year(code):
    events = code(
        "MINUSMA was established by the Security Council in April 2013 to support the political "
        "process in Mali and help stabilize the country after the crisis of 2012.",
        date(2019, 1, 20),
    )
    aid = [e for e in events if e.type == "AID"]
    assert aid and all(e.date_start == date(2013, 4, 1) for e in aid)
