"""Dates round 3: parts of a day counted on from the story ("the same night", "that evening",
"the following morning") date an event at the day of the event told before it, not the
lead's."""

from __future__ import annotations

from datetime import date

from crisisdesk.dates.story import find_story_offsets

PUBLISHED = date(2018, 3, 3)

BACKGROUND = (
    "Jihadists attacked the French embassy in Ouagadougou on Friday, killing eight soldiers.\n\n"
    "The capital was first hit on 15 January 2016, when gunmen attacked the Splendid Hotel, "
    "killing 30 people.\n\n"
    "The same night, an Australian surgeon and his wife were kidnapped in Djibo, in the north."
)


def _dated(events, words: str):
    found = [e for e in events if words in e.evidence[0].sentence]
    assert found, [e.evidence[0].sentence for e in events]
    return found[0]


def test_the_same_night_is_the_day_of_the_event_told_before(code):
    kidnapping = _dated(code(BACKGROUND), "The same night")
    assert (kidnapping.date_start, kidnapping.date_precision) == (date(2016, 1, 15), "day")


def test_that_evening_and_the_following_morning_count_from_the_story(code):
    text = (
        "Gunmen attacked a village in Soum province on 3 May 2016. That evening, soldiers "
        "arrested ten suspects. The following morning, the army shelled a camp near the border."
    )
    events = code(text)
    assert _dated(events, "That evening").date_start == date(2016, 5, 3)
    assert _dated(events, "The following morning").date_start == date(2016, 5, 4)


def test_day_parts_are_story_offsets_in_english_and_french():
    assert [(o.unit, o.count) for o in find_story_offsets("The same night, gunmen")] == [("day", 0)]
    assert [(o.unit, o.count) for o in find_story_offsets("the following morning")] == [("day", 1)]
    assert [(o.unit, o.count) for o in find_story_offsets("Ce soir-là, des hommes", "fr")] == [
        ("day", 0)
    ]
    assert [(o.unit, o.count) for o in find_story_offsets("la nuit suivante", "fr")] == [("day", 1)]


def test_a_day_part_of_the_report_is_not_a_story_offset():
    # "this morning", "last night" count from publication, not from the story
    assert find_story_offsets("Gunmen attacked the town this morning and last night") == []
