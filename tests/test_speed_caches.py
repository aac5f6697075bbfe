"""The ingest caches hand out answers that behave like freshly built ones.

The knowledge base keeps the generic actors and noun sectors it has built, and copies actors
without deepcopy (actors/kb.py); the date finder keeps the patterns each set of anchor words
allows (dates/grammar.py). What the coder gets must not depend on what it asked before.
"""

from __future__ import annotations

import pytest

from crisisdesk.actors import default_kb
from crisisdesk.actors.kb import owned_copy
from crisisdesk.dates.find import find_date_spans
from crisisdesk.model import Sector


@pytest.fixture(scope="module")
def kb():
    return default_kb()


def test_an_actor_changed_by_the_coder_leaves_the_knowledge_base_as_it_was(kb):
    mali = kb.get("MLI")
    mali.aliases.append("a name some report gave it")
    mali.mention = "Bamako"
    again = kb.get("MLI")
    assert "a name some report gave it" not in again.aliases
    assert again.mention is None


def test_a_cheap_copy_is_what_a_deep_copy_would_be(kb):
    for actor_id in ("MLI", "minusma", "NER-MIL", "MIL"):
        actor = kb.get(actor_id)
        for update in ({}, {"mention": "the soldiers"}):
            cheap, deep = owned_copy(actor, **update), actor.model_copy(deep=True, update=update)
            assert cheap.model_dump() == deep.model_dump()
            assert cheap.model_fields_set == deep.model_fields_set
            assert cheap.aliases is not actor.aliases


def test_generic_actors_keep_each_their_own_mention(kb):
    first = kb.group_actor("MLI", Sector.MIL, "Malian troops")
    second = kb.group_actor("MLI", Sector.MIL, "the army")
    first.aliases.append("changed")
    assert (first.id, first.mention, second.mention) == ("MLI-MIL", "Malian troops", "the army")
    assert "changed" not in kb.group_actor("MLI", Sector.MIL, None).aliases


def test_a_noun_sector_asked_twice_gets_the_same_answer(kb):
    assert kb.sector_for_noun("Malian troops") == kb.sector_for_noun("Malian troops") == Sector.MIL
    assert kb.sector_for_noun("weather") is None
    assert kb.sector_for_noun("weather") is None


def test_dates_found_the_same_whatever_sentences_came_before():
    text = "Gunmen attacked Boni on 3 March 2024, a week after the army left in February."
    alone = find_date_spans(text)
    find_date_spans("The junta met on Monday.")  # another set of anchor words first
    find_date_spans("Talks resumed in 2023 and again last week.")
    assert find_date_spans(text) == alone
    start, end = alone[0]
    assert text[start:end] == "on 3 March 2024"
