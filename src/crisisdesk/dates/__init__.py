"""Date expressions: find them in sentences and resolve them against the publication date.

>>> from datetime import date
>>> resolve_date("on Sunday", date(2023, 12, 30), Tense.PAST).start
datetime.date(2023, 12, 24)
>>> resolve_date("over the past decade", date(2023, 12, 30)).precision
<DatePrecision.YEAR: 'year'>

See ``docs/dates.md`` for the rules.
"""

from crisisdesk.dates.find import find_date_spans
from crisisdesk.dates.resolve import DateValue, Tense, resolve_date, split_years

__all__ = ["DateValue", "Tense", "find_date_spans", "resolve_date", "split_years"]
