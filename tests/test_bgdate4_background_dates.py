"""Dates of background acts told without a date of their own: a counted distance opening the
sentence ("Hours later, ...") dates its reported acts, and a definite noun ("the killings")
takes the date of the act it names, told earlier with one, not the report's or the lead's."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from .conftest import day_of, ingest_text, told

PUBLISHED = date(2025, 6, 5)  # a Thursday
GOLD_DEV = Path(__file__).parent / "gold" / "dev"


def test_hours_later_opening_the_sentence_dates_the_reported_acts_and_what_follows(code):
    text = (
        "The African Union suspended Tarland from all its activities on Wednesday, two days "
        "after the army seized power.\n\n"
        "Soldiers detained President Adama Kone and several ministers before dawn on Monday.\n\n"
        "Hours later, the army chief said on state television that he had dissolved the "
        "government. He also declared a state of emergency across the country."
    )
    events = code(text)
    emergency = told(events, "state of emergency")
    assert day_of(emergency) == (date(2025, 6, 2), "day")  # Monday, not Wednesday's lead
    suspension = told(events, "suspended Tarland", "SANCTION")
    assert day_of(suspension) == (date(2025, 6, 4), "day")


def test_a_definite_noun_in_a_present_perfect_denial_takes_the_massacre_date(pipeline):
    raw = (GOLD_DEV / "mali-prime-minister-resigns-2019.txt").read_text(encoding="utf-8")
    events = ingest_text(pipeline, raw, date(2019, 4, 19))
    denied = told(events, "denied any role in the killings", "ASSAULT")
    # the massacre of 23 March, not the aside "a week earlier ... had attacked" of 17 March,
    # nor the report's Thursday
    assert day_of(denied) == (date(2019, 3, 23), "day")
