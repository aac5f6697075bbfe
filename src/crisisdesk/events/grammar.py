"""The function words the coder's rules rely on, from ``data/plover/grammar.{language}.yaml``.

Trigger words, status markers and quantities have their own files (see
:mod:`crisisdesk.events.lexicon`); this one holds the rest: prepositions that make a place a
location, pronouns and nouns that refer back, nouns for places and forces, and the like.

The lists are per language, but the coder's modules hold them as module constants
(``LOCATIVE_PREPS = word_set("locative_prepositions")``). Each constant is therefore a *view*
that answers from the list of the language being coded: the coder sets that language for the
duration of a document with :func:`coding_language` (a context variable, so concurrent coders
of different languages do not see each other's words). English is the default; a list a
language's file lacks is empty for it (the rule does not apply), while a list missing from the
English file is an error at import time.
See docs/decisions/0007-french-through-the-english-coder.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from typing import Any

import yaml

from crisisdesk.paths import data_file

DEFAULT_LANGUAGE = "en"
_language: ContextVar[str] = ContextVar("crisisdesk_coding_language", default=DEFAULT_LANGUAGE)


@cache
def grammar_words(language: str = DEFAULT_LANGUAGE) -> dict[str, Any]:
    path = data_file("plover", f"grammar.{language}.yaml")
    if not path.exists() and language != DEFAULT_LANGUAGE:
        return {}
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def current_language() -> str:
    """The language the coder is coding now (``en`` outside any :func:`coding_language`)."""
    return _language.get()


@contextmanager
def coding_language(language: str) -> Iterator[None]:
    """Within the block, every word list answers from ``language``'s grammar file."""
    token = _language.set(language)
    try:
        yield
    finally:
        _language.reset(token)


class _ListsByLanguage(dict):
    """A word list's sets by language, each read from its grammar file at the first ask."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key

    def __missing__(self, language: str) -> frozenset[str]:
        raw = grammar_words(language).get(self.key)
        if raw is None and language == DEFAULT_LANGUAGE:
            raise KeyError(f"grammar.{language}.yaml has no list {self.key!r}")
        words = self[language] = frozenset(raw or ())
        return words


class WordSet:
    """A grammar list as a set, answering from the current coding language's file."""

    def __init__(self, key: str) -> None:
        self.key = key
        self._lists = _ListsByLanguage(key)
        self._words(DEFAULT_LANGUAGE)  # a list missing from the English file fails at import

    def _words(self, language: str) -> frozenset[str]:
        return self._lists[language]

    def __contains__(self, word: object) -> bool:
        # the coder's most frequent call (about 110,000 for 54 benchmark reports): one
        # subscript, the list being loaded by __missing__ the first time a language asks
        return word in self._lists[_language.get()]

    def __iter__(self) -> Iterator[str]:
        return iter(self._words(_language.get()))

    def __len__(self) -> int:
        return len(self._words(_language.get()))

    def __or__(self, other: Any) -> frozenset[str]:
        return self._words(_language.get()) | frozenset(other)

    __ror__ = __or__

    def __and__(self, other: Any) -> frozenset[str]:
        return self._words(_language.get()) & frozenset(other)

    __rand__ = __and__

    def __ge__(self, other: Any) -> bool:
        return self._words(_language.get()) >= frozenset(other)

    def __le__(self, other: Any) -> bool:
        return self._words(_language.get()) <= frozenset(other)

    def __eq__(self, other: object) -> bool:
        return self._words(_language.get()) == other

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"WordSet({self.key!r}, {_language.get()})"


class WordMap:
    """A grammar mapping, answering from the current coding language's file."""

    def __init__(self, key: str) -> None:
        self.key = key
        self._maps: dict[str, dict[str, Any]] = {}
        self._mapping(DEFAULT_LANGUAGE)

    def _mapping(self, language: str) -> dict[str, Any]:
        mapping = self._maps.get(language)
        if mapping is None:
            raw = grammar_words(language).get(self.key)
            if raw is None and language == DEFAULT_LANGUAGE:
                raise KeyError(f"grammar.{language}.yaml has no mapping {self.key!r}")
            # lists become tuples, so they can be shared safely
            mapping = {k: tuple(v) if isinstance(v, list) else v for k, v in (raw or {}).items()}
            self._maps[language] = mapping
        return mapping

    def __contains__(self, key: object) -> bool:
        return key in self._mapping(_language.get())

    def __getitem__(self, key: str) -> Any:
        return self._mapping(_language.get())[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self._mapping(_language.get()).get(key, default)

    def __eq__(self, other: object) -> bool:
        return self._mapping(_language.get()) == other

    __hash__ = None  # type: ignore[assignment]


def word_set(key: str, language: str | None = None) -> Any:
    """A word list of the grammar files: a view following the coding language, or, with
    ``language``, that language's list as a frozenset."""
    if language is not None:
        return frozenset(grammar_words(language).get(key) or ())
    return WordSet(key)


def word_map(key: str, language: str | None = None) -> Any:
    """A mapping of the grammar files (a view following the coding language, as word_set)."""
    if language is not None:
        return dict(grammar_words(language).get(key) or {})
    return WordMap(key)
