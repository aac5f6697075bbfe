"""The coder's word lists live in data/plover/grammar.en.yaml and load cleanly."""

from __future__ import annotations

import pytest

from crisisdesk.events.grammar import grammar_words, word_map, word_set


def test_every_list_is_lowercase_words_without_repeats() -> None:
    for key, value in grammar_words("en").items():
        if key == "version":
            continue
        words = list(value)  # a list, or a mapping's keys
        assert words, key
        assert len(words) == len(set(words)), key
        assert all(isinstance(w, str) and w == w.lower() for w in words), key


def test_lists_the_rules_need() -> None:
    assert {"in", "near", "at"} <= word_set("locative_prepositions")
    assert "after" in word_set("temporal_prepositions")
    assert word_map("distance_units_in_days") == {"day": 1, "week": 7}
    assert word_map("anaphoric_nouns")["mission"] == ("UNO",)


def test_a_missing_list_names_the_file() -> None:
    with pytest.raises(KeyError, match=r"grammar\.en\.yaml"):
        word_set("no_such_list")
