"""Date words of one language, read from ``data/dates/words.<language>.yaml``.

A :class:`Lexicon` answers two questions: which regex matches a class of words (for the grammar)
and what a matched word means (for the resolver). Words are compared in a *folded* form
(case-folded, accents and typographic apostrophes and hyphens normalised), so "Août", "aout" and
"AOÛT" mean the same month.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

SUPPORTED_LANGUAGES = ("en", "fr")
DEFAULT_LANGUAGE = "en"

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'"})
_HYPHENS = str.maketrans({"‐": "-", "‑": "-", "–": "-", "—": "-"})
_SPACES = re.compile(r"\s+")


def strip_accents(text: str) -> str:
    """``text`` without combining accents: "août" -> "aout"."""
    decomposed = unicodedata.normalize("NFD", text)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return unicodedata.normalize("NFC", bare)


def fold(text: str) -> str:
    """The form words are compared in: no case, no accents, plain apostrophes and hyphens."""
    text = strip_accents(text.casefold()).translate(_APOSTROPHES).translate(_HYPHENS)
    return _SPACES.sub(" ", text).strip()


def language_code(language: str | None) -> str:
    """The primary subtag we have words for ("fr-FR" -> "fr"); English for anything else."""
    code = (language or DEFAULT_LANGUAGE).split("-")[0].split("_")[0].casefold()
    return code if code in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE


def _word_regex(word: str, capitalised: bool) -> str:
    """Regex for one (possibly multi-word) entry: any spacing, either apostrophe, any hyphen."""
    pieces = []
    for char in word:
        if char == "'":
            pieces.append("['’ʼ]")
        elif char == "-":
            pieces.append("[-‐‑–]")
        elif char == " ":
            pieces.append(r"\s+")
        else:
            pieces.append(re.escape(char))
    if capitalised and word[:1].isalpha():
        # Scoped flag: the first letter must be a capital even under re.IGNORECASE.
        pieces[0] = f"(?-i:{re.escape(word[0].upper())})"
    return "".join(pieces)


def _variants(words: list[str]) -> list[str]:
    """Each word and its accent-free spelling, longest first so alternation prefers them."""
    forms = {form for word in words for form in (word.casefold(), strip_accents(word.casefold()))}
    return sorted(forms, key=lambda form: (-len(form), form))


def alternation(words: list[str], capitalised: bool = False) -> str:
    """A non-capturing group matching any of ``words``; a never-matching group if none."""
    if not words:
        return "(?!)"
    return "(?:" + "|".join(_word_regex(w, capitalised) for w in _variants(words)) + ")"


def lead_alternation(words: list[str]) -> str:
    """Like :func:`alternation`, each word followed by the space after it.

    A word ending in an apostrophe ("l'", "d'ici" does not, "d'" does) is glued to the next word,
    so it takes no space: "l'année", "d'avril".
    """
    if not words:
        return "(?!)"
    parts = [
        _word_regex(w, False) + (r"\s*" if w.endswith("'") else r"\s+") for w in _variants(words)
    ]
    return "(?:" + "|".join(parts) + ")"


@dataclass(frozen=True)
class Lexicon:
    """The date words of one language and what they mean."""

    language: str
    capitalised_names: bool
    numeric_date_order: str | None
    months: dict[str, int]
    weekdays: dict[str, int]
    deictic_days: dict[str, int]
    relative: dict[str, int]  # folded word -> -1 previous, 0 this, +1 next
    relative_before: list[str]
    relative_after: list[str]
    span_back_before: list[str]
    span_back_after: list[str]
    units: dict[str, str]  # folded word -> day, week, month, year or decade
    numbers: dict[str, int]
    holidays: dict[str, tuple[int, int]]  # folded name -> (month, day)
    words: dict[str, list[str]]  # every word list as written; "_months" etc. for the tables

    def listed(self, key: str) -> list[str]:
        """A plain word list from the file (prepositions, articles, period_parts, ...)."""
        return self.words.get(key, [])

    def folded(self, key: str) -> frozenset[str]:
        """The word list ``key`` in folded form, for membership tests."""
        return frozenset(fold(word) for word in self.listed(key))

    def is_in(self, key: str, word: str | None) -> bool:
        """Whether ``word`` (any case or accents) is in the word list ``key``."""
        return word is not None and fold(word) in self.folded(key)

    def unit_words(self, units: tuple[str, ...], singular_only: bool = False) -> list[str]:
        """The words naming any of ``units``, e.g. ("week", "month", "year")."""
        forms = self.listed("_singular_units" if singular_only else "_units")
        return [w for w in forms if self.units[fold(w)] in units]


def _inverse(table: dict[Any, list[str]]) -> dict[str, Any]:
    """{value: [words]} -> {folded word: value}."""
    return {fold(word): value for value, words in table.items() for word in words}


def _relative_meanings(data: dict[str, Any]) -> dict[str, int]:
    steps = {"previous": -1, "this": 0, "next": 1}
    meanings: dict[str, int] = {}
    for key in ("relative_before", "relative_after"):
        for direction, words in (data.get(key) or {}).items():
            meanings.update({fold(word): steps[direction] for word in words})
    return meanings


def _units(data: dict[str, Any]) -> dict[str, str]:
    """{folded word: unit} for singular and plural forms."""
    meanings: dict[str, str] = {}
    for unit, forms in data["units"].items():
        for number in ("singular", "plural"):
            meanings.update({fold(word): unit for word in forms.get(number, [])})
    return meanings


def _holidays(data: dict[str, Any]) -> dict[str, tuple[int, int]]:
    """{folded name: (month, day)} from entries written "MM-DD" ("christmas day": "12-25")."""
    table: dict[str, tuple[int, int]] = {}
    for name, day in (data.get("holidays") or {}).items():
        month, number = (int(part) for part in str(day).split("-"))
        table[fold(name)] = (month, number)
    return table


def _word_lists(data: dict[str, Any]) -> dict[str, list[str]]:
    """Every list of words as written (accents kept), including those inside the tables."""
    lists = {key: list(value) for key, value in data.items() if isinstance(value, list)}
    units = data["units"].values()
    lists["_singular_units"] = [w for forms in units for w in forms.get("singular", [])]
    lists["_plural_units"] = [w for forms in units for w in forms.get("plural", [])]
    lists["_units"] = lists["_singular_units"] + lists["_plural_units"]
    lists["_months"] = [w for words in data["months"].values() for w in words]
    lists["_weekdays"] = [w for words in data["weekdays"].values() for w in words]
    lists["_deictic_days"] = list(data["deictic_days"])
    lists["_numbers"] = list(data["numbers"])
    lists["_holidays"] = list(data.get("holidays") or {})
    for key, words in lists.items():
        if not all(isinstance(word, str) for word in words):
            # YAML reads a bare `on` or `no` as a boolean: fail loudly, not match nothing.
            raise ValueError(f"date words {key!r}: every entry must be a string, got {words!r}")
    return lists


@cache
def load_lexicon(language: str = DEFAULT_LANGUAGE) -> Lexicon:
    """The lexicon for ``language`` (see :func:`language_code` for the fallback)."""
    code = language_code(language)
    path = resources.files("crisisdesk") / "data" / "dates" / f"words.{code}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return Lexicon(
        language=code,
        capitalised_names=bool(data.get("capitalised_names")),
        numeric_date_order=data.get("numeric_date_order"),
        months=_inverse(data["months"]),
        weekdays=_inverse(data["weekdays"]),
        deictic_days={fold(word): offset for word, offset in data["deictic_days"].items()},
        relative=_relative_meanings(data),
        relative_before=[w for ws in (data.get("relative_before") or {}).values() for w in ws],
        relative_after=[w for ws in (data.get("relative_after") or {}).values() for w in ws],
        span_back_before=list(data.get("span_back_before") or []),
        span_back_after=list(data.get("span_back_after") or []),
        units=_units(data),
        numbers={fold(word): value for word, value in data["numbers"].items()},
        holidays=_holidays(data),
        words=_word_lists(data),
    )
