"""The coder's word lists live in data/plover/grammar.en.yaml and load cleanly; no data file
gives a key twice."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from crisisdesk.events.grammar import grammar_words, word_map, word_set

DATA = Path(__file__).resolve().parent.parent / "src" / "crisisdesk" / "data"


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


class _KeyCountingLoader(yaml.SafeLoader):
    """A YAML loader that records keys given twice in one mapping (YAML keeps the last one
    silently, so a second list under a taken name would replace the first)."""

    def __init__(self, stream) -> None:
        super().__init__(stream)
        self.repeated: list[str] = []

    def construct_mapping(self, node, deep=False):
        keys = [self.construct_object(key, deep=deep) for key, _ in node.value]
        self.repeated.extend(k for k in set(keys) if keys.count(k) > 1)
        return super().construct_mapping(node, deep)


@pytest.mark.parametrize("path", sorted(DATA.rglob("*.yaml")), ids=lambda p: p.name)
def test_no_data_file_gives_a_key_twice(path: Path) -> None:
    loader = _KeyCountingLoader(path.read_text(encoding="utf-8"))
    try:
        loader.get_single_data()
    finally:
        loader.dispose()
    assert loader.repeated == [], f"{path.name} gives these keys twice: {loader.repeated}"
