"""While the coder codes a document, ``token.sent`` answers from a table built once
(events/sentence_index.py): the answers must be spaCy's own, and the table must not outlive
the coding. The story phrases of a sentence are found once and handed out as fresh lists
(dates/story.py), and a trigger's slots are read once, each asker getting its own copy
(events/arguments.py)."""

from __future__ import annotations

from datetime import date

from crisisdesk.dates.story import find_story_offsets
from crisisdesk.events import arguments
from crisisdesk.events.sentence_index import indexed_sentences
from crisisdesk.model import Article, article_id

TEXT = (
    "Gunmen attacked a market in Boni on Monday, killing 12 civilians. The army said it had "
    'sent reinforcements. "We will not leave," a trader told reporters. Talks resumed.'
)


def test_every_token_gets_the_sentence_spacy_gives(pipeline):
    doc = pipeline.nlp(TEXT)
    expected = [(t.sent.start, t.sent.end, t.sent.text) for t in doc]
    with indexed_sentences(doc):
        assert [(t.sent.start, t.sent.end, t.sent.text) for t in doc] == expected
        # a document copied from this one shares its hooks and still gets its own sentences
        lead = doc[: doc[20].sent.end].as_doc()
        assert [(t.sent.start, t.sent.end) for t in lead] == [
            (t.sent.start, t.sent.end) for t in pipeline.nlp(lead.text)
        ]
    assert "sent" not in doc.user_token_hooks
    assert len(expected) > 20 and len({s for s, _, _ in expected}) >= 3


def test_the_table_is_dropped_after_coding(pipeline):
    doc = pipeline.nlp(TEXT)
    assert pipeline.coder.code(doc, _article())  # the attack at least
    assert "sent" not in doc.user_token_hooks


def _article():
    return Article(id=article_id(TEXT), body=TEXT, published=date(2024, 3, 5))


def test_story_phrases_found_again_are_the_same_and_a_fresh_list():
    text = "Two days later, the army returned; a month later it left again."
    first = find_story_offsets(text)
    first.clear()  # a caller may change its list without changing the next caller's
    again = find_story_offsets(text)
    assert [(o.unit, o.count) for o in again] == [("day", 2), ("month", 1)]


def test_a_triggers_slots_read_again_are_the_same_and_its_own(pipeline):
    doc = pipeline.nlp(TEXT)
    attacked = next(t for t in doc if t.lower_ == "attacked")
    fresh = arguments.slots(attacked)
    with arguments.remembered_slots():
        first = arguments.slots(attacked)
        first.subject.clear()  # an asker's change is its own
        first.preps.clear()
        again = arguments.slots(attacked)
    assert [t.text for t in again.subject] == [t.text for t in fresh.subject] == ["Gunmen"]
    assert [t.text for t in again.object] == ["market"]
    assert again.preps.keys() == fresh.preps.keys()
