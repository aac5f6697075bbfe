"""The English words the coder's rules rely on, from ``data/plover/grammar.en.yaml``.

Trigger words, status markers and quantities have their own files (see
:mod:`crisisdesk.events.lexicon`); this one holds the rest: prepositions that make a place a
location, pronouns and nouns that refer back, nouns for places and forces, and the like.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import yaml

from crisisdesk.paths import data_file


@cache
def grammar_words(language: str = "en") -> dict[str, Any]:
    path = data_file("plover", f"grammar.{language}.yaml")
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def word_set(key: str, language: str = "en") -> frozenset[str]:
    """A word list of the grammar file, as a set; a missing key is an error naming it."""
    try:
        return frozenset(grammar_words(language)[key])
    except KeyError as error:
        raise KeyError(f"grammar.{language}.yaml has no list {key!r}") from error


def word_map(key: str, language: str = "en") -> dict[str, Any]:
    """A mapping of the grammar file (lists become tuples, so they can be shared safely)."""
    mapping = grammar_words(language)[key]
    return {k: tuple(v) if isinstance(v, list) else v for k, v in mapping.items()}
