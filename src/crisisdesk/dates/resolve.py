"""Resolve a date expression against the publication date, at the precision the text gives.

"On Sunday" in a report published on Saturday 30 December 2023 is 24 December 2023 if the clause
is in the past tense and 31 December if it is in the future; "in August" is a month, never a day;
"the past decade" is 2013-2023, at year precision. Nothing is ever invented: an expression that
cannot be pinned down ("recent years", "the following day", any relative expression without a
publication date) resolves to None, never to the publication date. The rules are in
``docs/dates.md``; the words come from ``data/dates/words.<language>.yaml``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from functools import lru_cache, partial

from crisisdesk.dates.grammar import PERIOD_UNITS, load_grammar, word_meaning
from crisisdesk.dates.lexicon import Lexicon, fold
from crisisdesk.model import DatePrecision


class Tense(StrEnum):
    """Tense of the clause a date expression belongs to (the coder works it out)."""

    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"


# Finer first: a date built from two keeps the coarser precision.
COARSENESS = [DatePrecision.DAY, DatePrecision.WEEK, DatePrecision.MONTH, DatePrecision.YEAR]
UNIT_PRECISION = {
    "day": DatePrecision.DAY,
    "week": DatePrecision.WEEK,
    "month": DatePrecision.MONTH,
    "year": DatePrecision.YEAR,
    "decade": DatePrecision.YEAR,
}


@dataclass(frozen=True)
class DateValue:
    """A resolved date: a day, week, month or year, or a range of them.

    ``start`` and ``end`` are the first and last day covered: equal for a day, Monday and Sunday
    for a week, the first and last day of a month or year, and further apart for a range
    ("between 2013 and 2023": 2013-01-01 to 2023-12-31 at year precision).
    """

    start: date
    end: date
    precision: DatePrecision

    @classmethod
    def of(cls, day: date, precision: DatePrecision) -> DateValue:
        """The whole day, week, month or year that contains ``day``."""
        return cls(period_start(day, precision), period_end(day, precision), precision)

    @classmethod
    def spanning(cls, first: DateValue, last: DateValue) -> DateValue | None:
        """From ``first`` to ``last`` at the coarser of their precisions; None if backwards."""
        precision = max(first.precision, last.precision, key=COARSENESS.index)
        start = period_start(first.start, precision)
        end = period_end(last.end, precision)
        return cls(start, end, precision) if start <= end else None

    @property
    def is_range(self) -> bool:
        """True when the value covers more than one day, week, month or year."""
        return DateValue.of(self.start, self.precision) != self


def period_start(day: date, precision: DatePrecision) -> date:
    """First day of the week (Monday), month or year containing ``day``."""
    if precision == DatePrecision.WEEK:
        return day - timedelta(days=day.weekday())
    if precision == DatePrecision.MONTH:
        return day.replace(day=1)
    if precision == DatePrecision.YEAR:
        return date(day.year, 1, 1)
    return day


def period_end(day: date, precision: DatePrecision) -> date:
    """Last day of the week (Sunday), month or year containing ``day``."""
    if precision == DatePrecision.WEEK:
        return period_start(day, precision) + timedelta(days=6)
    if precision == DatePrecision.MONTH:
        return day.replace(day=calendar.monthrange(day.year, day.month)[1])
    if precision == DatePrecision.YEAR:
        return date(day.year, 12, 31)
    return day


def add_months(day: date, months: int) -> date:
    """The first day of the month ``months`` after (or before) the month of ``day``."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def shift(day: date, unit: str, steps: int) -> date:
    """A day inside the day, week, month, year or decade ``steps`` units from ``day``."""
    if unit == "day":
        return day + timedelta(days=steps)
    if unit == "week":
        return day + timedelta(weeks=steps)
    if unit == "month":
        return add_months(day, steps)
    years = steps * (10 if unit == "decade" else 1)
    return date(day.year + years, 1, 1)


def same_day_back(day: date, unit: str, steps: int) -> date | None:
    """The same calendar day ``steps`` units from ``day`` (an anniversary), None for a day
    the target month lacks (29 February in a common year): never a day the text did not say."""
    first = shift(day, unit, steps)
    if unit in {"day", "week"}:
        return first
    try:
        return first.replace(month=day.month if unit != "month" else first.month, day=day.day)
    except ValueError:
        return None


@dataclass(frozen=True)
class _Context:
    """What every rule needs: the anchor date, the clause tense and the language's words."""

    published: date | None
    tense: Tense
    lexicon: Lexicon

    @property
    def looks_ahead(self) -> bool:
        """PRESENT resolves as PAST: a present-tense report is about what is already under way."""
        return self.tense == Tense.FUTURE

    def direction(self, match: re.Match[str]) -> int | None:
        """-1, 0 or +1 from a relative word ("last", "dernier", "next"), None if there is none."""
        names = match.re.groupindex
        for group in ("rel_before", "rel_after"):
            if group in names and match.group(group):
                return int(self.lexicon.relative[fold(match.group(group))])
        return None

    def period(self, unit: str, steps: int) -> DateValue | None:
        """The unit-long period ``steps`` units from publication ("last month": -1)."""
        if self.published is None:
            return None
        return DateValue.of(shift(self.published, unit, steps), UNIT_PRECISION[unit])


Rule = Callable[[re.Match[str], _Context], DateValue | None]


def _iso(match: re.Match[str], context: _Context) -> DateValue | None:
    return _safe_day(int(match["year"]), int(match["month_number"]), int(match["day"]))


def _numeric(match: re.Match[str], context: _Context) -> DateValue | None:
    """12/03/2022: day first where the language fixes it, else only when unambiguous: by the
    numbers (13/03), or by the report's time, when only one reading falls on the side of
    publication the clause's tense looks to ("02/01/2021" in a report of 25 January 2021 on an
    attack: 2 January, since 1 February had not come)."""
    first, second, year = int(match["first"]), int(match["second"]), int(match["year"])
    order = context.lexicon.numeric_date_order
    if order == "DMY" or (order is None and first > 12 >= second):
        return _safe_day(year, second, first)
    if order == "MDY" or (order is None and second > 12 >= first):
        return _safe_day(year, first, second)
    if first == second:
        return _safe_day(year, first, first)
    readings = [r for r in (_safe_day(year, second, first), _safe_day(year, first, second)) if r]
    published = context.published
    if published is None:
        return None
    fitting = [
        r
        for r in readings
        if (r.start >= published if context.looks_ahead else r.start <= published)
    ]
    return fitting[0] if len(fitting) == 1 else None


def _safe_day(year: int, month: int, day: int) -> DateValue | None:
    try:
        return DateValue.of(date(year, month, day), DatePrecision.DAY)
    except ValueError:  # 30 February, month 13
        return None


def _explicit_day(match: re.Match[str], context: _Context, day_first: bool) -> DateValue | None:
    """A day and month, perhaps with a year ("12 March 2022", "on 5 August"), via dateparser.

    dateparser picks the year of a yearless date from the publication date and the tense; we
    check that it read the same day and month as our pattern did, so it never guesses.
    """
    if match["year"] is None and context.published is None:
        return None
    parsed = _dateparser_day(match["core"], context, day_first)
    month = word_meaning(context.lexicon.months, match["month"])
    if parsed is None or (parsed.month, parsed.day) != (month, int(match["day"])):
        return None
    if match["year"] is not None and parsed.year != int(match["year"]):
        return None
    return DateValue.of(parsed, DatePrecision.DAY)


def _dateparser_day(text: str, context: _Context, day_first: bool) -> date | None:
    import dateparser  # imported here: it is slow to load and only explicit dates need it

    settings: dict[str, object] = {
        "PREFER_DATES_FROM": "future" if context.looks_ahead else "past",
        "DATE_ORDER": "DMY" if day_first else "MDY",
        "REQUIRE_PARTS": ["day", "month"] if context.published else ["day", "month", "year"],
    }
    if context.published is not None:
        # dateparser's "future" excludes the base day itself; a plan reported on the day it
        # happens ("will meet on 30 December", published 30 December) is that day.
        base = context.published - timedelta(days=1 if context.looks_ahead else 0)
        settings["RELATIVE_BASE"] = datetime.combine(base, time())
    parsed = dateparser.parse(text, languages=[context.lexicon.language], settings=settings)
    return parsed.date() if parsed else None


def _ordinal_day(match: re.Match[str], context: _Context) -> DateValue | None:
    """ "On the 6th": that day of the month the report is in, or of the month before where
    the day has not come yet in the past tense (the month after, for a plan)."""
    if context.published is None:
        return None
    day, step = int(match["day"]), 1 if context.looks_ahead else -1
    current = context.published.replace(day=1)
    for _ in range(3):  # "the 31st" skips the months that have no 31st
        found = _safe_day(current.year, current.month, day)
        if found is not None and (
            found.start >= context.published
            if context.looks_ahead
            else found.start <= context.published
        ):
            return found
        current = shift(current, "month", step)
    return None


def _month(match: re.Match[str], context: _Context) -> DateValue | None:
    """A month without a year: "in August", "last December", "mid-November", "août dernier"."""
    if context.published is None:
        return None
    month = int(word_meaning(context.lexicon.months, match["month"]) or 0)
    current = context.published.month
    direction = context.direction(match)
    if direction is None or direction == 0:
        direction = 1 if context.looks_ahead else -1
        forward, backward = month >= current, month <= current  # this month counts
    else:
        forward, backward = month > current, month < current  # "last December" is not this one
    in_this_year = backward if direction < 0 else forward
    year = context.published.year + (0 if in_this_year else direction)
    return DateValue.of(date(year, month, 1), DatePrecision.MONTH)


def _month_rel_year(match: re.Match[str], context: _Context) -> DateValue | None:
    """ "March this year", "August last year", "mars de l'année dernière", "28 January this
    year"."""
    direction = context.direction(match)
    if direction is None or context.published is None:
        return None  # "March of the year" names no year
    month = int(word_meaning(context.lexicon.months, match["month"]) or 0)
    year = context.published.year + direction
    if match["day"]:
        try:
            return DateValue.of(date(year, month, int(match["day"])), DatePrecision.DAY)
        except ValueError:
            return None  # "31 February this year"
    return DateValue.of(date(year, month, 1), DatePrecision.MONTH)


def _month_year(match: re.Match[str], context: _Context) -> DateValue | None:
    month = int(word_meaning(context.lexicon.months, match["month"]) or 0)
    return DateValue.of(date(int(match["year"]), month, 1), DatePrecision.MONTH)


def _year(match: re.Match[str], context: _Context) -> DateValue | None:
    return DateValue.of(date(int(match["year"]), 1, 1), DatePrecision.YEAR)


def _decade(match: re.Match[str], context: _Context) -> DateValue | None:
    """ "the 1990s", "les années 90" (two digits are read as the 1900s)."""
    first = int(match["decade"])
    first += 1900 if first < 100 else 0
    return DateValue(date(first, 1, 1), date(first + 9, 12, 31), DatePrecision.YEAR)


def _weekday(match: re.Match[str], context: _Context) -> DateValue | None:
    """ "on Sunday", "last Sunday", "dimanche prochain", "Tuesday night"."""
    if context.published is None:
        return None
    weekday = int(word_meaning(context.lexicon.weekdays, match["weekday"]) or 0)
    behind = (context.published.weekday() - weekday) % 7
    ahead = (weekday - context.published.weekday()) % 7
    direction = context.direction(match)
    if direction == -1:
        # "last Sunday" on a Sunday is a week ago; the day before publication is "on Saturday"
        # or "yesterday", so a Sunday report's "last Saturday" is the week before's (8 days)
        offset = -(behind + 7 if behind in {0, 1} else behind)
    elif direction == 1:
        offset = ahead or 7
    else:
        offset = ahead if context.looks_ahead else -behind  # the same weekday is that day
    return DateValue.of(context.published + timedelta(days=offset), DatePrecision.DAY)


def _weekend(match: re.Match[str], context: _Context) -> DateValue | None:
    """ "over the weekend", "this weekend", "last weekend", "le week-end dernier": the Saturday
    and Sunday, a two-day range at day precision (never one invented day of the two).

    Read like a weekday: in the past the latest weekend begun on or before publication (a
    Sunday report's "this weekend" is its own), in the future the first not yet over; "last"
    is the one before the publication's own or latest, "next" the one after the coming one.
    """
    if context.published is None:
        return None
    published = context.published
    saturday = published - timedelta(days=(published.weekday() - 5) % 7)  # on or before
    direction = context.direction(match)
    if direction == -1:
        # "last weekend" in a weekend report is the one before; on a weekday, the one just gone
        saturday -= timedelta(days=7 if published.weekday() >= 5 else 0)
    elif direction == 1 or (context.looks_ahead and published.weekday() < 5):
        saturday += timedelta(days=7)
    return DateValue(saturday, saturday + timedelta(days=1), DatePrecision.DAY)


def _holiday(match: re.Match[str], context: _Context) -> DateValue | None:
    """ "on Christmas Day", "le jour de Noël": read as a day without its year ("on 25
    December"), the latest on or before publication, or the first on or after it ahead."""
    if context.published is None:
        return None
    month, number = context.lexicon.holidays[fold(match["holiday"])]
    published = context.published
    year = published.year
    if context.looks_ahead and (month, number) < (published.month, published.day):
        year += 1
    elif not context.looks_ahead and (month, number) > (published.month, published.day):
        year -= 1
    return _safe_day(year, month, number)


def _deictic(match: re.Match[str], context: _Context) -> DateValue | None:
    offset = int(word_meaning(context.lexicon.deictic_days, match["deictic"]) or 0)
    return context.period("day", offset)


def _unit(match: re.Match[str], context: _Context) -> str:
    return str(word_meaning(context.lexicon.units, match["unit"]))


def _count(match: re.Match[str], context: _Context) -> int | None:
    """The number of units in "two years ago", "the past ten years"; None if not written."""
    word = match["number"]
    if word is None:
        return None
    return int(word) if word.isdigit() else int(context.lexicon.numbers[fold(word)])


def _relative_period(match: re.Match[str], context: _Context) -> DateValue | None:
    """ "last month", "this year", "the preceding year", "l'année dernière", "ce mois-ci"."""
    return context.period(_unit(match, context), context.direction(match) or 0)


def _ago(match: re.Match[str], context: _Context) -> DateValue | None:
    """ "two years ago", "a decade ago", "three days ago", "il y a dix ans", "a year earlier".

    "Ten years ago today", "il y a dix ans jour pour jour": the anniversary, a day.
    """
    steps = -(_count(match, context) or 0)
    if match["anniversary"] and context.published is not None:
        day = same_day_back(context.published, _unit(match, context), steps)
        return DateValue.of(day, DatePrecision.DAY) if day else None
    return context.period(_unit(match, context), steps)


def _within(match: re.Match[str], context: _Context) -> DateValue | None:
    """ "earlier this month", "later this year", "plus tôt dans l'année": the current period."""
    return context.period(_unit(match, context), 0)


def _part_period(match: re.Match[str], context: _Context) -> DateValue | None:
    """ "the end of the year", "the beginning of next month", "fin de l'année dernière".

    The end of a year is its December ("d'ici la fin de l'année"); other parts keep the
    precision of the whole period."""
    value = context.period(_unit(match, context), context.direction(match) or 0)
    if value is not None and value.precision == DatePrecision.YEAR:
        return _year_end(match, context, value.start.year) or value
    return value


def _year_end(match: re.Match[str], context: _Context, year: int) -> DateValue | None:
    """December of ``year`` when the part names the year's end ("the end of 2023")."""
    if not context.lexicon.is_in("year_end_parts", match["part"]):
        return None
    return DateValue.of(date(year, 12, 1), DatePrecision.MONTH)


def _part_year(match: re.Match[str], context: _Context) -> DateValue | None:
    """ "early 2023", "mid-2015" (the year); "the end of 2023", "fin 2023" (its December)."""
    return _year_end(match, context, int(match["year"])) or _year(match, context)


def _span_back(match: re.Match[str], context: _Context) -> DateValue | None:
    """ "the past decade", "the last ten years", "les dix dernières années": up to publication.

    Without a number only a singular unit is read: "the past year" (one year back), "the last
    decade" (ten), while "last year" is the previous year and "the past years" is None.
    """
    unit, count = _unit(match, context), _count(match, context)
    lexicon = context.lexicon
    if count is None:
        if lexicon.relative.get(fold(match["span"])) == -1 and unit in PERIOD_UNITS:
            return context.period(unit, -1)
        if not _only_singular(match["unit"], lexicon):
            return None
        count = 1
    first, last = context.period(unit, -count), context.period(unit, 0)
    return DateValue.spanning(first, last) if first and last else None


def _only_singular(word: str, lexicon: Lexicon) -> bool:
    """Whether a unit word is singular and not also plural (French "mois" is both)."""
    folded = fold(word)
    return folded in lexicon.folded("_singular_units") and folded not in lexicon.folded(
        "_plural_units"
    )


def _range(match: re.Match[str], context: _Context) -> DateValue | None:
    """ "between 2013 and 2023", "from March to June 2023", "du 12 au 15 mars", "2013-2023".

    The right end is resolved first; a left end without its own year is read as the latest such
    date not after the right end ("between November and February 2024": November 2023).
    """
    left_text, right_text = match["left"], match["right"]
    if re.fullmatch(r"\d\d", right_text):  # "2013-23"
        right_text = left_text[:2] + right_text
    right = _resolve(right_text, context)
    if right is None:
        return None
    left = _range_start(left_text, right, context)
    return DateValue.spanning(left, right) if left else None


def _range_start(text: str, right: DateValue, context: _Context) -> DateValue | None:
    bare_day = re.fullmatch(r"(\d{1,2})[^\W\d]{0,3}", text)  # "12", "1er", "5th"
    if bare_day:  # "du 12 au 15 mars": the day takes the right end's month and year
        if right.precision != DatePrecision.DAY:
            return None
        return _safe_day(right.start.year, right.start.month, int(bare_day[1]))
    if re.search(r"\d{4}", text):
        return _resolve(text, context)
    anchored = _Context(right.start, Tense.PAST, context.lexicon)
    return _resolve(text, anchored)


def _year_list(match: re.Match[str], context: _Context) -> DateValue | None:
    """ "in 2020 and 2021": the whole span, see :func:`split_years` to code each year apart."""
    years = [int(year) for year in re.findall(r"\d{4}", match["years"])]
    return DateValue(date(min(years), 1, 1), date(max(years), 12, 31), DatePrecision.YEAR)


_RULES: dict[str, Rule] = {
    "iso": _iso,
    "numeric": _numeric,
    "day_month": partial(_explicit_day, day_first=True),
    "month_day": partial(_explicit_day, day_first=False),
    "month_year": _month_year,
    "part_year": _part_year,
    "year": _year,
    "decade": _decade,
    "month": _month,
    "ordinal_day": _ordinal_day,
    "month_rel_year": _month_rel_year,
    "month_story_year": lambda match, context: None,  # counted from the story (story.py)
    "weekday": _weekday,
    "weekend": _weekend,
    "holiday": _holiday,
    "deictic": _deictic,
    "relative_period": _relative_period,
    "ago": _ago,
    "within": _within,
    "part_period": _part_period,
    "span_back": _span_back,
    "range": _range,
    "year_span": _range,
    "year_list": _year_list,
}

_EDGE_PUNCTUATION = " \t\n,;:!?()[]\"'«»“”"


def _clean(text: str) -> str:
    """The expression without surrounding quotes, brackets, punctuation or a possessive "'s"."""
    text = re.sub(r"\s+", " ", text).strip(_EDGE_PUNCTUATION).removesuffix(".")
    return re.sub(r"(?<!\d)['’]s$", "", text)  # not "the 1990's"


def _resolve(text: str, context: _Context) -> DateValue | None:
    """The first shape that matches the whole expression and resolves."""
    expression = _clean(text)
    for pattern in load_grammar(context.lexicon.language).patterns:
        match = pattern.exact.fullmatch(expression)
        if match:
            value = _RULES[pattern.kind](match, context)
            if value is not None:
                return value
    return None


@lru_cache(maxsize=8192)
def resolve_date(
    text: str,
    published: date | None,
    tense: Tense = Tense.PAST,
    language: str = "en",
) -> DateValue | None:
    """Resolve a date expression (as found in a sentence) against the publication date.

    ``text`` may start with a preposition ("on Sunday", "since 2013", "au cours de la dernière
    décennie"). ``tense`` is the tense of the clause the expression belongs to. Returns None
    when the expression cannot be resolved without guessing; absolute expressions resolve
    without a publication date, relative ones do not.
    """
    if isinstance(published, datetime):
        published = published.date()
    grammar = load_grammar(language)
    return _resolve(text, _Context(published, Tense(tense), grammar.lexicon))


def split_years(text: str, language: str = "en") -> list[int]:
    """The years an expression lists one by one: "in 2020 and 2021" -> [2020, 2021].

    A single year gives a one-item list; a span ("between 2013 and 2023", "the past decade")
    or anything else gives [], since its years are not separate events.
    """
    expression = _clean(text)
    for pattern in load_grammar(language).patterns:
        if pattern.kind in ("year_list", "year") and pattern.exact.fullmatch(expression):
            return [int(year) for year in re.findall(r"\d{4}", expression)]
    return []


# Shapes that name a day or month of an unsaid year ("on 1 April", "in November").
_YEARLESS_KINDS = frozenset({"day_month", "month_day", "month", "holiday"})


def is_yearless(text: str, language: str = "en") -> bool:
    """Whether an expression names a day or month without its year and without a word that
    ties it to publication ("on 1 April", "in November"; not "last November", "in 2012")."""
    expression = _clean(text)
    for pattern in load_grammar(language).patterns:
        match = pattern.exact.fullmatch(expression)
        if match is None:
            continue
        groups = match.groupdict()
        return (
            pattern.kind in _YEARLESS_KINDS
            and not groups.get("year")
            and not groups.get("rel_before")
            and not groups.get("rel_after")
            and not groups.get("weekday")
        )
    return False


def resolve_in_story(
    text: str,
    story: DateValue,
    published: date | None,
    language: str = "en",
    forward: bool = False,
) -> DateValue | None:
    """A yearless day or month ("on 1 April") of something that happened, read in the story's
    time: the one nearest to ``story`` (the date the narrative stands at), not after
    publication. A retrospective on 2012 that says "on 1 April" means 1 April 2012. Told
    ``forward`` (a narrative moving on: "Berlin decided in November 2022 ... That timetable
    collapsed when the junta demanded in June"), it is the first one on or after ``story``
    that publication allows.
    """
    if not is_yearless(text, language):
        return None
    candidates = [
        resolve_date(text, story.end, Tense.PAST, language),
        resolve_date(text, story.start, Tense.FUTURE, language),
    ]
    allowed = [
        value
        for value in candidates
        if value is not None and (published is None or value.start <= published)
    ]
    if not allowed:
        return None
    if forward and allowed[-1] is candidates[1] and allowed[-1].end >= story.start:
        return allowed[-1]

    def distance(value: DateValue) -> int:
        if value.end < story.start:
            return (story.start - value.end).days
        return max(0, (value.start - story.end).days)

    return min(allowed, key=distance)
