"""Dates counted from another event of the story: "a month later", "the following year",
"that month", "la veille".

Publication cannot resolve them (:func:`crisisdesk.dates.resolve_date` gives None); the coder
counts them from the date of the event the narrative stands at (``events/discourse.py``). The
result keeps the coarser of the two precisions, so a day is never invented: "a month later"
after an abduction on 19 February 2018 is March 2018; "two days later" after "in March" is
None, since it may fall in March or April.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

from crisisdesk.dates.lexicon import alternation, fold, load_lexicon
from crisisdesk.dates.resolve import (
    COARSENESS,
    UNIT_PRECISION,
    DateValue,
    period_end,
    period_start,
    shift,
)
from crisisdesk.model import DatePrecision


@dataclass(frozen=True)
class StoryOffset:
    """A phrase counting ``count`` units of ``unit`` on from the story's last date."""

    start: int
    end: int
    unit: str
    count: int
    month: int | None = None  # "in January of that year": that month of the story's year


@cache
def _pattern(language: str) -> re.Pattern[str]:
    lexicon = load_lexicon(language)
    words = lexicon.listed
    number = "(?:" + alternation(words("_numbers")) + r"|\d{1,3}(?!\d))"
    unit = alternation(words("_units"))
    singular = alternation(words("_singular_units"))
    article = alternation(words("story_articles"))
    part = alternation(words("story_day_parts"))
    months = alternation(words("_months"))
    shapes = [
        # "in January of that year", "en janvier de cette année-là": a month of the story's year
        rf"(?P<story_month>{months})\s+(?:{alternation(words('story_month_joiners'))}\s+)?"
        rf"{alternation(words('same_before'))}\s+(?P<month_unit>{singular})"
        rf"{alternation(words('same_after'))}",
        rf"(?P<number>{number})\s+(?P<unit>{unit})\s+{alternation(words('later_suffixes'))}",
        # "the year before", "two years earlier": counted back from the story's date, not
        # "the year before the coup" (counted from a named event)
        rf"(?:{article}\s*(?P<back_unit>{singular})|(?P<back_number>{number})\s+"
        rf"(?P<back_units>{unit}))\s+{alternation(words('earlier_suffixes'))}"
        rf"(?!\s*(?:{alternation(words('eve_complements'))})(?!\w))",
        rf"{article}\s*{alternation(words('following_before'))}\s+(?P<next_unit>{singular})",
        rf"{article}\s*(?P<after_unit>{singular})\s+{alternation(words('following_after'))}",
        rf"(?P<next_day>{alternation(words('next_day'))})",
        # "la veille", "l'avant-veille", "the day before": the day(s) before the story's day,
        # not "la veille du scrutin", "the day before the vote" (counted from a named event)
        rf"{article}\s*(?:(?P<day_before>{alternation(words('day_before'))})"
        rf"|(?P<two_days_before>{alternation(words('two_days_before'))}))"
        rf"(?!\s*(?:{alternation(words('eve_complements'))})(?!\w))",
        rf"{alternation(words('same_before'))}\s+(?P<same_unit>{singular})"
        rf"{alternation(words('same_after'))}",
        # A part of the story's day: "the same night", "that evening", "ce soir-là" are its
        # day; "the following morning", "la nuit suivante" the next one.
        rf"{alternation(words('same_before'))}\s+(?P<same_part>{part})"
        rf"{alternation(words('same_after'))}",
        rf"{article}\s*{alternation(words('following_before'))}\s+(?P<next_part>{part})",
        rf"{article}\s*(?P<after_part>{part})\s+{alternation(words('following_after'))}",
        # "hours later", "earlier in the day": the story's day (not "48 hours later")
        rf"(?<!\d\s)(?P<same_day>{alternation(words('same_day_phrases'))})",
    ]
    return re.compile(r"(?<!\w)(?:" + "|".join(shapes) + r")(?!\w)", re.IGNORECASE)


def find_story_offsets(text: str, language: str = "en") -> list[StoryOffset]:
    """The phrases of ``text`` that count on from an earlier event ("a month later")."""
    return list(_story_offsets(text, language))


# The coder asks for a sentence's phrases once per event found in it and again when it reads
# the story's order, and the pattern is slow to scan (a look-behind at every character): the
# answers of the last few hundred sentences are kept. They are frozen, so sharing them is safe.
@lru_cache(maxsize=512)
def _story_offsets(text: str, language: str) -> tuple[StoryOffset, ...]:
    lexicon = load_lexicon(language)
    found = []
    for match in _pattern(lexicon.language).finditer(text):
        word = match["unit"] or match["next_unit"] or match["after_unit"] or match["same_unit"]
        word = word or match["back_unit"] or match["back_units"]
        unit = lexicon.units[fold(word)] if word else "day"
        # "that month", "the same night": the story's own period.
        count = 0 if match["same_unit"] or match["same_part"] or match["same_day"] else 1
        if match["day_before"] or match["two_days_before"]:
            count = -1 if match["day_before"] else -2
        if match["story_month"]:
            if lexicon.units[fold(match["month_unit"])] != "year":
                continue  # "January of that month" says nothing
            month = lexicon.months[fold(match["story_month"])]
            found.append(StoryOffset(match.start(), match.end(), "year", 0, month))
            continue
        if match["number"] or match["back_number"]:
            number = match["number"] or match["back_number"]
            count = int(number) if number.isdigit() else int(lexicon.numbers[fold(number)])
        if match["back_unit"] or match["back_units"]:
            count = -count  # "the year before": one back; "two years earlier": two back
        found.append(StoryOffset(match.start(), match.end(), unit, count))
    return tuple(found)


def story_date(base: DateValue, offset: StoryOffset) -> DateValue | None:
    """The date a story phrase gives, counted from ``base``: "a month later", "la veille",
    "in January of that year" (that month of the base's year, at month precision)."""
    if offset.month is not None:
        if base.precision == DatePrecision.YEAR and base.is_range:
            return None  # "between 2012 and 2014 ... in January of that year": which year?
        return DateValue.of(date(base.start.year, offset.month, 1), DatePrecision.MONTH)
    return shift_story_date(base, offset.unit, offset.count)


def shift_story_date(base: DateValue, unit: str, count: int) -> DateValue | None:
    """``base`` moved ``count`` units on, at the coarser of the two precisions (None when the
    unit is finer than the base: "two days later" than "in March" may leave March)."""
    if COARSENESS.index(UNIT_PRECISION[unit]) < COARSENESS.index(base.precision):
        return None
    precision = max(base.precision, UNIT_PRECISION[unit], key=COARSENESS.index)
    day = shift(base.start, unit, count)
    return DateValue(period_start(day, precision), period_end(day, precision), precision)
