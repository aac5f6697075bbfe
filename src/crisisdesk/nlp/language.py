"""Tell English from French when a source does not say which it is.

Function words are the most reliable cue on news text and cost nothing; the lists are in
``data/nlp/function_words.yaml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

import yaml

from crisisdesk.paths import data_file

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
SAMPLE_CHARS = 4000


@lru_cache(maxsize=1)
def function_words() -> dict[str, frozenset[str]]:
    data = yaml.safe_load(data_file("nlp", "function_words.yaml").read_text(encoding="utf-8"))
    return {language: frozenset(words) for language, words in data["languages"].items()}


def detect_language(text: str, default: str = "en") -> str:
    """The language whose function words are most frequent in the first few thousand chars."""
    words = [w.casefold() for w in _WORD.findall(text[:SAMPLE_CHARS])]
    if not words:
        return default
    scores = {
        language: sum(1 for w in words if w in vocabulary)
        for language, vocabulary in function_words().items()
    }
    best = max(scores, key=lambda language: scores[language])
    return best if scores[best] > 0 else default
