"""The shapes of date expressions, as regexes built from one language's words.

Each :class:`DatePattern` is one shape ("last December", "the past ten years", ...) with named
groups the resolver reads. Every pattern exists twice: ``exact`` matches a whole expression handed
to the resolver (any case), optionally led by a preposition ("on", "since", "au cours de") in the
group ``lead``; ``scan`` finds the expression proper in running text (month and weekday names
capitalised where the language capitalises them), and :meth:`Grammar.lead_before` then looks
for a preposition just before it. The expression proper is always the group ``core``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from crisisdesk.dates.lexicon import (
    Lexicon,
    alternation,
    fold,
    lead_alternation,
    load_lexicon,
)

PERIOD_UNITS = ("week", "month", "year")
ALL_UNITS = ("day", "week", "month", "year", "decade")

_YEAR = r"(?:19|20)\d\d(?!\d)"
_DAY_NUMBER = r"[0-3]?\d(?!\d)"
_PART_SEPARATOR = r"(?:\s*[-‐‑–]\s*|(?<=['’ʼ])|\s+)"
_WORD_START = r"(?<![\w'’ʼ-])"
_LEAD_WINDOW = 40  # characters before a match searched for a preposition
_NAMED_GROUP = re.compile(r"\(\?P<\w+>")
_PLACEHOLDER = re.compile(r"<<(\w+)>>")

# (kind, body). Several bodies may share a kind: the resolver treats them alike.
_SHAPES: tuple[tuple[str, str], ...] = (
    ("iso", r"<<ART>>(?P<year><<YEAR>>)-(?P<month_number>[01]?\d)-(?P<day>[0-3]?\d)(?!\d)"),
    ("numeric", r"<<ART>>(?P<first>\d{1,2})[/.](?P<second>\d{1,2})[/.](?P<year><<YEAR>>)"),
    ("day_month", r"<<DAY_MONTH>>"),
    ("month_day", r"<<MONTH_DAY>>"),
    ("month_year", r"<<MONTH_YEAR>>"),
    ("part_year", r"<<PART_YEAR>>"),
    ("year", r"(?P<year><<YEAR>>)"),
    ("decade", r"<<ART>>(?P<decade>(?:19|20)\d0)['’]?s"),
    ("decade", r"<<ART>><<DECADE_PREFIX>>\s+(?P<decade>(?:19|20)?\d0)(?!\d)"),
    (
        # "March this year", "mars de l'année dernière": a month of a year told from publication;
        # "28 January this year", "le 28 janvier de l'année dernière": a day of it
        "month_rel_year",
        r"(?:<<ART>>(?P<day><<DAY_NUMBER>>)<<ORDINAL>>\s+)?"
        r"(?P<month><<MONTH>>)(?:\s+<<JOINER>>)?\s+<<ART>>(?:(?P<rel_before><<REL_BEFORE>>)\s+)?"
        r"(?P<unit><<YEAR_WORD>>)(?:\s+(?P<rel_after><<REL_AFTER>>))?",
    ),
    # "January of that year": a month of the story's year, counted by dates/story.py; found
    # here so that "in January" alone is not read against publication
    (
        "month_story_year",
        r"(?P<month><<MONTH>>)\s+(?:<<STORY_JOINER>>\s+)?<<SAME_BEFORE>>\s+<<YEAR_WORD>>"
        r"<<SAME_AFTER>>",
    ),
    # "on the 6th, ...", "in the afternoon of the 8th.": a day of the month the story is in,
    # told alone at the end of its phrase ("the 6th Infantry Division" is a name)
    (
        "ordinal_day",
        r"<<DAY_ARTICLE>>\s+(?P<day><<DAY_NUMBER>>)<<ORDINAL_SUFFIX>>(?=\s*(?:[,.;:)]|$))",
    ),
    ("month", r"<<MONTH_ALONE>>"),
    ("weekday", r"<<WEEKDAY_ALONE>>"),
    # "on Christmas Day", "le jour de Noël": a day fixed in the calendar, its year unsaid
    ("holiday", r"<<ART>>(?P<holiday><<HOLIDAY>>)"),
    (
        # "over the weekend", "this weekend", "le week-end dernier": a Saturday and Sunday
        "weekend",
        r"<<ART>>(?:(?P<rel_before><<REL_BEFORE>>)\s+)?(?P<weekend><<WEEKEND>>)"
        r"(?:\s+(?P<rel_after><<REL_AFTER>>))?",
    ),
    ("deictic", r"(?P<deictic><<DEICTIC>>)(?:\s+(?P<day_part><<DAY_PART>>))?"),
    (
        "relative_period",
        r"<<ART>>(?P<rel_before><<REL_BEFORE>>)\s+(?P<unit><<PERIOD_UNIT>>)"
        r"<<THIS_SUFFIX>>",
    ),
    (
        "relative_period",
        r"<<ART>>(?P<unit><<PERIOD_UNIT>>)<<THIS_SUFFIX>>"
        r"\s+(?P<rel_after><<REL_AFTER>>)",
    ),
    (
        "ago",
        r"(?P<number><<NUMBER>>)\s+(?P<unit><<ANY_UNIT>>)\s+(?P<ago><<AGO_SUFFIX>>)"
        r"<<ANNIVERSARY>>",
    ),
    ("ago", r"<<AGO_PREFIX>>\s+(?P<number><<NUMBER>>)\s+(?P<unit><<ANY_UNIT>>)<<ANNIVERSARY>>"),
    (
        "within",
        r"(?P<within><<WITHIN>>)\s+<<THIS_CONNECTOR>>(?P<unit><<PERIOD_UNIT>>)"
        r"<<THIS_SUFFIX>>",
    ),
    (
        "part_period",
        r"(?P<part><<PART>>)<<PART_SEP>><<ART>>"
        r"(?:(?P<rel_before><<REL_BEFORE>>)\s+)?(?P<unit><<PERIOD_UNIT>>)<<THIS_SUFFIX>>"
        r"(?:\s+(?P<rel_after><<REL_AFTER>>))?",
    ),
    (
        "span_back",
        r"<<ART>>(?P<span><<SPAN_BEFORE>>)\s+(?:(?P<number><<NUMBER>>)\s+)?"
        r"(?P<unit><<ANY_UNIT>>)",
    ),
    (
        "span_back",
        r"<<ART>>(?P<number><<NUMBER>>)\s+(?P<span><<SPAN_BEFORE>>)\s+"
        r"(?P<unit><<ANY_UNIT>>)",
    ),
    (
        "span_back",
        r"<<ART>>(?:(?P<number><<NUMBER>>)\s+)?(?P<unit><<ANY_UNIT>>)\s+"
        r"(?P<span><<SPAN_AFTER>>)",
    ),
    ("range", r"<<BETWEEN>>\s+(?P<left><<LEFT_ATOM>>)\s+<<AND>>\s+(?P<right><<RIGHT_ATOM>>)"),
    ("range", r"<<FROM>>(?P<left><<LEFT_ATOM>>)\s+<<TO>>(?P<right><<RIGHT_ATOM>>)"),
    ("year_span", r"(?P<left><<YEAR>>)\s*[-‐‑–]\s*(?P<right>(?:19|20)?\d\d)(?!\d)"),
    ("year_list", r"(?P<years><<YEAR>>(?:\s*,\s*<<YEAR>>)*,?\s+<<LIST_AND>>\s+<<YEAR>>)"),
)

# The words a shape cannot do without, as alternatives of all-of sets: the finder only runs a
# shape over a sentence that has one of them, which skips most shapes on most sentences.
_NEEDS: dict[str, tuple[frozenset[str], ...]] = {
    "day_month": (frozenset({"digit", "month"}),),
    "month_day": (frozenset({"digit", "month"}),),
    "month_year": (frozenset({"digit", "month"}),),
    "month": (frozenset({"month"}),),
    "month_rel_year": (frozenset({"month", "unit"}),),
    "month_story_year": (frozenset({"month", "unit"}),),
    "weekday": (frozenset({"weekday"}),),
    "weekend": (frozenset({"weekend"}),),
    "holiday": (frozenset({"holiday"}),),
    "deictic": (frozenset({"deictic"}),),
    "relative_period": (frozenset({"unit"}),),
    "ago": (frozenset({"unit"}),),
    "within": (frozenset({"unit"}),),
    "part_period": (frozenset({"unit"}),),
    "span_back": (frozenset({"unit"}),),
    "range": (frozenset({"digit"}), frozenset({"month"}), frozenset({"weekday"})),
}
_NEEDS_DIGIT = (frozenset({"digit"}),)

# A range opened by its own word ("from", "between", "entre") takes no preposition before it:
# in "fighting went on from March to June", "on" belongs to the verb.
_WITHOUT_LEAD = frozenset({"range"})

# Shapes that ranges are made of, longest first (alternation takes the first that fits).
_ATOMS = (
    "DAY_MONTH",
    "MONTH_DAY",
    "MONTH_YEAR",
    "PART_YEAR",
    "MONTH_ALONE",
    "WEEKDAY_ALONE",
    "YEAR",
)


@dataclass(frozen=True)
class DatePattern:
    """One shape of date expression in one language."""

    kind: str
    exact: re.Pattern[str]
    scan: re.Pattern[str]
    needs: tuple[frozenset[str], ...]
    takes_lead: bool

    def may_occur_with(self, anchors: set[str]) -> bool:
        """Whether a sentence with these kinds of anchor word may hold this shape."""
        return any(need <= anchors for need in self.needs)


@dataclass(frozen=True)
class Grammar:
    """All the shapes for one language, with the words they were built from."""

    lexicon: Lexicon
    patterns: tuple[DatePattern, ...]
    anchors: re.Pattern[str]
    lead: re.Pattern[str]
    # The patterns each set of anchor kinds allows, found at its first sentence: there are a
    # few dozen such sets, and every sentence asks.
    _allowed: dict[frozenset[str], tuple[DatePattern, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False, hash=False
    )

    def patterns_with(self, anchors: set[str]) -> tuple[DatePattern, ...]:
        """The patterns a sentence with these kinds of anchor word may hold, in order."""
        key = frozenset(anchors)
        allowed = self._allowed.get(key)
        if allowed is None:
            allowed = self._allowed[key] = tuple(
                p for p in self.patterns if p.may_occur_with(anchors)
            )
        return allowed

    def lead_before(self, text: str, start: int) -> re.Match[str] | None:
        """The preposition ending right where a date starts at ``start`` ("in", "au cours de")."""
        return self.lead.search(text, max(0, start - _LEAD_WINDOW), start)

    def anchors_in(self, text: str) -> set[str]:
        """Which kinds of anchor word (digit, month, weekday, deictic, unit, weekend) ``text``
        has."""
        return {match.lastgroup for match in self.anchors.finditer(text) if match.lastgroup}

    def accepts_in_text(self, kind: str, match: re.Match[str], lead: str | None) -> bool:
        """Whether a scanned match is a date in running text, not just a date-like word.

        A bare year ("2000 soldiers"), a bare month ("March on Bamako") or a month and number
        ("In August 15 soldiers were killed") needs a cue word before the finder takes it; the
        resolver, which is handed an expression already known to be a date, does not ask.
        """
        check = _TEXT_CUES.get(kind)
        return check is None or check(match, lead, self.lexicon)


def _has(match: re.Match[str], *groups: str) -> bool:
    names = match.re.groupindex
    return any(name in names and match.group(name) for name in groups)


_TEXT_CUES: dict[str, Callable[[re.Match[str], str | None, Lexicon], bool]] = {
    "year": lambda m, lead, lex: lead is not None,
    "month": lambda m, lead, lex: lead is not None or _has(m, "rel_before", "rel_after", "part"),
    # a one-word holiday needs a preposition: "à Noël", "on Christmas", not "Noël Mamère"
    "holiday": lambda m, lead, lex: lead is not None or " " in m["holiday"] or "-" in m["holiday"],
    "month_day": lambda m, lead, lex: (
        _has(m, "year", "weekday") or lex.is_in("day_prepositions", lead) or _abbreviated(m)
    ),
}


def _abbreviated(match: re.Match[str]) -> bool:
    """A month abbreviated with a full stop ("Dec. 31"): wire style for a date, never a count
    ("In August 15 soldiers ..." spells the month out)."""
    end = match.end("month")
    return end < len(match.string) and match.string[end] == "."


def _pieces(lexicon: Lexicon, scanning: bool) -> dict[str, str]:
    """Regex pieces for the placeholders of :data:`_SHAPES`."""
    capitalised = scanning and lexicon.capitalised_names
    words = lexicon.listed
    return {
        "YEAR": _YEAR,
        "DAY_NUMBER": _DAY_NUMBER,
        "PART_SEP": _PART_SEPARATOR,
        "MONTH": alternation(words("_months"), capitalised),
        "WEEKDAY": alternation(words("_weekdays"), capitalised),
        "ORDINAL": "(?:" + alternation(words("ordinal_suffixes")) + ")?",
        "ORDINAL_SUFFIX": alternation(words("ordinal_suffixes")),
        "DAY_ARTICLE": alternation(words("day_of_month_articles")),
        "JOINER": alternation(words("day_month_joiners")),
        "DAY_PART": alternation(words("day_parts")),
        "DEICTIC": alternation(words("_deictic_days")),
        "WEEKEND": alternation(words("weekend_words")),
        "STORY_JOINER": alternation(words("story_month_joiners")),
        "SAME_BEFORE": alternation(words("same_before")),
        "SAME_AFTER": alternation(words("same_after")),
        "HOLIDAY": alternation(words("_holidays"), capitalised),
        "REL_BEFORE": alternation(lexicon.relative_before),
        "REL_AFTER": alternation(lexicon.relative_after),
        "SPAN_BEFORE": alternation(lexicon.span_back_before),
        "SPAN_AFTER": alternation(lexicon.span_back_after),
        "YEAR_WORD": alternation(lexicon.unit_words(("year",), singular_only=True)),
        "PERIOD_UNIT": alternation(lexicon.unit_words(PERIOD_UNITS, singular_only=True)),
        "ANY_UNIT": alternation(lexicon.unit_words(ALL_UNITS)),
        "NUMBER": "(?:" + alternation(words("_numbers")) + r"|\d{1,3}(?!\d))",
        "AGO_SUFFIX": alternation(words("ago_suffixes")),
        "AGO_PREFIX": alternation(words("ago_prefixes")),
        # "ten years ago today": the same day, that many units back
        "ANNIVERSARY": r"(?:,?\s+(?P<anniversary>" + alternation(words("anniversary_days")) + "))?",
        "WITHIN": alternation(words("within_period")),
        "THIS_CONNECTOR": lead_alternation(words("this_connectors")),
        "THIS_SUFFIX": "(?:" + alternation(words("this_suffixes")) + ")?",
        "PART": alternation(words("period_parts")),
        "ART": "(?:" + lead_alternation(words("articles")) + ")?",
        "DECADE_PREFIX": alternation(words("decade_prefixes")),
        "BETWEEN": alternation(words("range_between")),
        "AND": alternation(words("range_and")),
        "LIST_AND": alternation(words("list_and")),
        "FROM": lead_alternation(words("range_from")),
        "TO": lead_alternation(words("range_to")),
    }


def _compound_pieces() -> dict[str, str]:
    """Shapes used both alone and inside ranges (as atoms), in terms of the word pieces."""
    return {
        "DAY_MONTH": r"(?:(?P<weekday><<WEEKDAY>>),?\s+)?<<ART>>(?P<day><<DAY_NUMBER>>)<<ORDINAL>>"
        r"(?:\s+<<JOINER>>)?\s+(?P<month><<MONTH>>)(?:\.?,?\s+(?P<year><<YEAR>>))?",
        "MONTH_DAY": r"(?:(?P<weekday><<WEEKDAY>>),?\s+)?(?P<month><<MONTH>>)\.?\s+"
        r"(?P<day><<DAY_NUMBER>>)<<ORDINAL>>(?:,?\s+(?P<year><<YEAR>>))?",
        "MONTH_YEAR": r"(?:(?P<part><<PART>>)<<PART_SEP>>)?(?P<month><<MONTH>>)\.?,?\s+"
        r"(?P<year><<YEAR>>)",
        "PART_YEAR": r"(?P<part><<PART>>)<<PART_SEP>>(?P<year><<YEAR>>)",
        "MONTH_ALONE": r"(?:(?P<rel_before><<REL_BEFORE>>)\s+)?(?:(?P<part><<PART>>)<<PART_SEP>>)?"
        r"(?P<month><<MONTH>>)(?:\s+(?P<rel_after><<REL_AFTER>>))?",
        "WEEKDAY_ALONE": r"(?:(?P<rel_before><<REL_BEFORE>>)\s+)?(?P<weekday><<WEEKDAY>>)"
        r"(?:\s+(?P<rel_after><<REL_AFTER>>))?(?:\s+(?P<day_part><<DAY_PART>>))?",
    }


def _fill(template: str, pieces: dict[str, str]) -> str:
    """Replace every ``<<NAME>>`` until none is left (pieces may contain placeholders)."""
    while _PLACEHOLDER.search(template):
        template = _PLACEHOLDER.sub(lambda m: pieces[m.group(1)], template)
    return template


def _unnamed(regex: str) -> str:
    """``regex`` with its named groups made plain, so it can be nested in another pattern."""
    return _NAMED_GROUP.sub("(?:", regex)


def _all_pieces(lexicon: Lexicon, scanning: bool) -> dict[str, str]:
    pieces = _pieces(lexicon, scanning) | _compound_pieces()
    atoms = [_unnamed(_fill(f"<<{name}>>", pieces)) for name in _ATOMS]
    pieces["RIGHT_ATOM"] = "(?:" + "|".join(atoms) + ")"
    # A bare day opens a range whose other end names the month: "du 12 au 15 mars".
    bare_day = _fill("<<DAY_NUMBER>><<ORDINAL>>", pieces)
    pieces["LEFT_ATOM"] = "(?:" + "|".join([*atoms, bare_day]) + ")"
    return pieces


def _compile(
    lexicon: Lexicon, kind: str, body: str, pieces: dict[str, str], scanning: bool
) -> re.Pattern[str]:
    core = f"(?P<core>{_fill(body, pieces)})"
    if scanning:
        # No lead here: trying every preposition at every position doubles the scan time, so
        # the finder looks for one just before each match instead (Grammar.lead_before).
        return re.compile(rf"{_WORD_START}{core}(?!\w)", re.IGNORECASE)
    lead = "" if kind in _WITHOUT_LEAD else f"(?P<lead>{_lead(lexicon)})?"
    return re.compile(rf"\s*{lead}{core}\s*", re.IGNORECASE)


def _lead(lexicon: Lexicon) -> str:
    return lead_alternation(lexicon.listed("prepositions"))


def _anchor_regex(lexicon: Lexicon) -> re.Pattern[str]:
    """One pass over a sentence tells which anchor words it has."""
    classes = {
        "month": alternation(lexicon.listed("_months")),
        "weekday": alternation(lexicon.listed("_weekdays")),
        "deictic": alternation(lexicon.listed("_deictic_days")),
        "unit": alternation(lexicon.listed("_units")),
        "weekend": alternation(lexicon.listed("weekend_words")),
        "holiday": alternation(lexicon.listed("_holidays")),
    }
    groups = "|".join(f"(?P<{name}>{regex})" for name, regex in classes.items())
    return re.compile(rf"(?P<digit>\d)|(?<!\w)(?:{groups})(?!\w)", re.IGNORECASE)


@cache
def load_grammar(language: str = "en") -> Grammar:
    """The compiled date shapes for ``language`` (cached: built once per process)."""
    lexicon = load_lexicon(language)
    exact_pieces, scan_pieces = _all_pieces(lexicon, False), _all_pieces(lexicon, True)
    patterns = tuple(
        DatePattern(
            kind,
            _compile(lexicon, kind, body, exact_pieces, scanning=False),
            _compile(lexicon, kind, body, scan_pieces, scanning=True),
            _NEEDS.get(kind, _NEEDS_DIGIT),
            kind not in _WITHOUT_LEAD,
        )
        for kind, body in _SHAPES
    )
    lead = re.compile(rf"{_WORD_START}(?:{_lead(lexicon)})\Z", re.IGNORECASE)
    return Grammar(lexicon, patterns, _anchor_regex(lexicon), lead)


def word_meaning(table: dict[str, int] | dict[str, str], word: str | None) -> int | str | None:
    """What a matched word means in one of the lexicon's tables, or None."""
    return None if word is None else table.get(fold(word))
