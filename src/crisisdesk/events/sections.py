"""The dates of a live page's entries: "Monday 7 August, 23:10 - Airspace closed".

A live page or a timed digest heads each entry with the time it was posted, often with its
day. What an entry tells without a date of its own happened on the day of its heading, not on
the page's last update: the lead of a live page is its newest entry, so lending the lead's date
to every entry dates the whole page's past to its last day. An entry heading opens with a clock
time, or with a day and then a clock time; one with a time but no day ("18:30 - Junta turns
away joint mission") is on the day of the entry before it, or on the page's day for the first.
A timeline ("what we know", "how the week unfolded") heads its entries with the day alone
("Wednesday 16 September"): a heading that is nothing but a day opens an entry of that day.
A heading without a time or a day ("Background") ends the entries.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from crisisdesk.dates.find import find_date_spans
from crisisdesk.dates.resolve import DateValue, Tense, resolve_date
from crisisdesk.model import Article, DatePrecision

# A clock time: "23:10", "9.45", "18h30" (a pattern of digits, the same in every language)
CLOCK = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3])(?::|\.|h)[0-5]\d(?!\d)")
# How much of a heading may come before its clock time: a day ("Monday 7 August, ")
ENTRY_LEAD_CHARS = 40


def entry_dates(article: Article) -> list[tuple[int, int, DateValue | None]]:
    """(start, end, date) of the body's sections under headings: the date of a live entry,
    None for a section that is no timed entry."""
    sections: list[tuple[int, int, DateValue | None]] = []
    headings = sorted(article.headings, key=lambda h: h.start)
    current: DateValue | None = None
    entries = 0
    for number, heading in enumerate(headings):
        end = headings[number + 1].start if number + 1 < len(headings) else len(article.body)
        text = article.body[heading.start : heading.end]
        clock = CLOCK.search(text)
        day_only = clock is None and _day_heading(text, article.language)
        if not day_only and (
            clock is None
            or clock.start() > ENTRY_LEAD_CHARS
            or not _opens_entry(text, clock, article.language)
        ):
            sections.append((heading.end, end, None))
            current = None if entries else current
            continue
        before_clock = text if clock is None else text[: clock.start()]
        written = _heading_day(before_clock, article.published, article.language)
        if written is None and not entries:
            written = _page_day(article.published)
        current = written or current
        entries += 1
        sections.append((heading.end, end, current))
    # a page with a single timed heading is a masthead ("Daily | Monday 4 July 2022 | 08:15")
    return sections if entries > 1 else []


def section_date(
    offset: int, sections: Sequence[tuple[int, int, DateValue | None]]
) -> DateValue | None:
    """The entry date of the section holding a character offset, if any."""
    return next((value for start, end, value in sections if start <= offset < end), None)


def _opens_entry(text: str, clock: re.Match[str], language: str) -> bool:
    """Whether the heading opens with its time, or with a day and then its time: "Last
    updated: 8 August 2023, 18:30" and a masthead are no entry."""
    before = text[: clock.start()].strip(" ,-|")
    if not before:
        return True
    spans = find_date_spans(before, language)
    return bool(spans) and spans[0][0] == 0 and before[spans[-1][1] :].strip(" ,") == ""


def _day_heading(text: str, language: str) -> bool:
    """Whether a heading is a date and nothing else ("Wednesday 16 September", "Lundi 7
    août"): a dateline or a title that holds a date ("Niamey, 7 August") is not."""
    stripped = text.strip(" ,-|:")
    spans = find_date_spans(stripped, language)
    return len(spans) == 1 and spans[0] == (0, len(stripped)) and any(c.isdigit() for c in stripped)


def _heading_day(text: str, published: date | None, language: str) -> DateValue | None:
    spans = find_date_spans(text.strip(" ,-|"), language)
    if not spans:
        return None
    start, end = spans[0]
    value = resolve_date(text.strip(" ,-|")[start:end], published, Tense.PAST, language)
    return value if value is not None and value.precision == DatePrecision.DAY else None


def _page_day(published: date | None) -> DateValue | None:
    return DateValue.of(published, DatePrecision.DAY) if published is not None else None
