"""Dates told from the story rather than from publication: anniversaries ("ten years ago
today"), yearless days of a retrospective, "a month later", "that month", a date opening the
sentence, and the other forms of docs/dates.md added with them.

Sentences are written for these tests about real events, published on plausible days.
"""

from __future__ import annotations

from datetime import date

import pytest

from crisisdesk.dates import resolve_date
from crisisdesk.dates.resolve import DateValue, is_yearless, resolve_in_story
from crisisdesk.dates.story import find_story_offsets, shift_story_date
from crisisdesk.model import DatePrecision, Event

DAY, MONTH, YEAR = DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR


def dated(events: list[Event], type_: str) -> list[str]:
    return [e.date_label for e in events if e.type == type_]


# -- resolving the expressions -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Ten years ago today", "en", date(2012, 3, 22)),
        ("a year ago tonight", "en", date(2021, 3, 22)),
        ("il y a dix ans jour pour jour", "fr", date(2012, 3, 22)),
    ],
)
def test_an_anniversary_is_the_same_day(text: str, language: str, expected: date) -> None:
    value = resolve_date(text, date(2022, 3, 22), language=language)
    assert value == DateValue(expected, expected, DAY)


def test_without_today_a_count_back_keeps_its_unit() -> None:
    value = resolve_date("ten years ago", date(2022, 3, 22))
    assert value is not None and value.precision == YEAR and value.start.year == 2012


def test_an_anniversary_of_29_february_in_a_common_year_is_not_guessed() -> None:
    assert resolve_date("a year ago today", date(2024, 2, 29)) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("in March this year", date(2024, 3, 1)), ("in August last year", date(2023, 8, 1))],
)
def test_a_month_of_a_relative_year(text: str, expected: date) -> None:
    value = resolve_date(text, date(2024, 4, 14))
    assert value is not None and (value.start, value.precision) == (expected, MONTH)


def test_yearless_expressions_are_told_apart() -> None:
    assert is_yearless("on 1 April") and is_yearless("in November")
    assert not is_yearless("last November") and not is_yearless("in June 2012")
    assert not is_yearless("on Sunday") and not is_yearless("in March this year")


def test_a_yearless_day_is_read_nearest_the_story() -> None:
    coup = DateValue(date(2012, 3, 22), date(2012, 3, 22), DAY)
    value = resolve_in_story("on 1 April", coup, date(2022, 3, 22))
    assert value == DateValue(date(2012, 4, 1), date(2012, 4, 1), DAY)


def test_a_yearless_month_in_the_reports_time_stays_before_publication() -> None:
    announcement = DateValue(date(2024, 1, 25), date(2024, 1, 25), DAY)
    value = resolve_in_story("in November", announcement, date(2024, 1, 26))
    assert value is not None and value.start == date(2023, 11, 1)


def test_story_offsets_are_found_and_never_invent_a_day() -> None:
    [later] = find_story_offsets("They brought the girls back a month later.")
    assert (later.unit, later.count) == ("month", 1)
    [same] = find_story_offsets("Late that month, rebels overran the garrison.")
    assert (same.unit, same.count) == ("month", 0)
    assert find_story_offsets("The vote is due next year.") == []
    abduction = DateValue(date(2018, 2, 19), date(2018, 2, 19), DAY)
    shifted = shift_story_date(abduction, "month", 1)
    assert shifted is not None and (shifted.start, shifted.precision) == (date(2018, 3, 1), MONTH)
    march = DateValue(date(2018, 3, 1), date(2018, 3, 31), MONTH)
    assert shift_story_date(march, "day", 2) is None  # March or April: unsaid


# -- the coder -------------------------------------------------------------------------------


def test_a_retrospective_reads_its_yearless_days_in_the_story_year(code) -> None:
    text = (
        "Ten years ago today, mutinous soldiers overthrew President Amadou Toumani Touré in "
        "Bamako.\n\nThe rebels exploited the chaos. They took the city of Timbuktu on 1 April."
    )
    events = code(text, date(2022, 3, 22))
    assert "2012-03-22" in dated(events, "COERCE")
    assert "2012-04-01" in dated(events, "ASSAULT")


def test_a_background_year_does_not_move_the_next_paragraphs_month(code) -> None:
    text = (
        "Mali's junta announced on Thursday that it was ending the 2015 Algiers agreement.\n\n"
        "The agreement was signed in 2015 by the government and the separatist groups.\n\n"
        "The army took the separatist stronghold of Kidal in November."
    )
    events = code(text, date(2024, 1, 26))
    assert "2023-11" in dated(events, "ASSAULT")


def test_an_ongoing_fight_since_a_month_counts_from_publication(code) -> None:
    text = (
        "The separatists signed the peace agreement with the government in 2015. The army "
        "and the rebels have been fighting since August."
    )
    events = code(text, date(2023, 11, 14))
    assert "2023-08" in dated(events, "ASSAULT")


def test_a_month_later_counts_from_the_previous_event(code) -> None:
    text = (
        "In February 2018, Boko Haram fighters abducted 110 girls from a school in Dapchi. "
        "The militants brought most of them back a month later."
    )
    events = code(text, date(2024, 4, 14))
    assert dated(events, "RETREAT") == ["2018-03"]


def test_a_fronted_date_frames_a_misparsed_sentence(code) -> None:
    text = (
        "On 24 December 2007, gunmen linked to al-Qaeda's North African branch killed four "
        "French tourists near the town of Aleg."
    )
    events = code(text, date(2021, 5, 17))
    assert dated(events, "ASSAULT") == ["2007-12-24"]


def test_talks_are_dated_by_their_start(code) -> None:
    text = (
        "Saudi Arabia and the United States have mediated the talks between the army and the "
        "RSF, which began in Jeddah on 6 May."
    )
    events = code(text, date(2023, 5, 21))
    assert "2023-05-06" in dated(events, "CONSULT")


def test_a_reported_plan_told_by_its_noun_takes_the_reports_date(code) -> None:
    text = (
        "The junta leader, Colonel Assimi Goïta, announced on 31 December that an inter-Malian "
        "dialogue for peace would be held."
    )
    events = code(text, date(2024, 1, 26))
    # the junta's own plan, announced: AGREE (PLOVER's future CONSULT) or CONSULT, as the gold
    assert dated(events, "CONSULT") + dated(events, "AGREE") == ["2023-12-31"]


def test_a_dateline_date_is_not_an_events(code) -> None:
    text = (
        "LOMÉ, 14 June 2022 (West Africa Wire) - Togo declared a state of security emergency "
        "in its northern Savanes region on Monday."
    )
    events = code(text, date(2022, 6, 14))
    assert dated(events, "COERCE") == ["2022-06-13"]
