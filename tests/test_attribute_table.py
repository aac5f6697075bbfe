"""The attribute table gives every token the attributes the model's stock AttributeRuler
gives it (the coder reads parts of speech, morphology and lemmas), only faster."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.pipeline import AttributeRuler

from crisisdesk.nlp.attributes import compile_rules, use_attribute_table
from crisisdesk.nlp.pipeline import load_bare_model, model_name
from crisisdesk.pipeline import build_article, read_sources

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _attributes(doc) -> list[tuple[str, str, str, str, str]]:
    return [(t.pos_, t.tag_, t.dep_, str(t.morph), t.lemma_) for t in doc]


@pytest.fixture(scope="module")
def english_pair():
    stock = load_bare_model("en")
    table = spacy.load(model_name("en"))
    assert use_attribute_table(table)
    return stock, table


def test_table_gives_the_stock_attributes_on_the_example_articles(english_pair):
    stock, table = english_pair
    sources = [s for s in read_sources([str(EXAMPLES)]) if hasattr(s, "language")]
    bodies = [build_article(s)[0].body for s in sources]
    bodies = [b for b in bodies if b][:12]
    assert len(bodies) >= 10
    tokens = 0
    for with_stock, with_table in zip(stock.pipe(bodies), table.pipe(bodies), strict=True):
        assert _attributes(with_table) == _attributes(with_stock)
        tokens += len(with_stock)
    assert tokens > 2000


@pytest.mark.parametrize(
    "text, word, pos, lemma",
    [
        ("The junta did not rule out force.", "not", "PART", "not"),
        ("Let's see what the council decides.", "'s", None, "us"),  # a two-token rule
        ("They're gonna leave Kidal.", "na", None, "to"),  # its second token
    ],
)
def test_word_corrections_of_the_model_still_apply(english_pair, text, word, pos, lemma):
    stock, table = english_pair
    token = next(t for t in table(text) if t.text == word)
    assert token.lemma_ == lemma
    if pos:
        assert token.pos_ == pos
    assert _attributes(table(text)) == _attributes(stock(text))


def test_rules_the_table_cannot_read_keep_the_stock_ruler():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"TAG": "NN"}]], {"POS": "NOUN"})
    assert compile_rules(ruler) is not None
    ruler.add([[{"SHAPE": "Xxxx", "OP": "+"}]], {"POS": "PROPN"})
    assert compile_rules(ruler) is None
    assert not use_attribute_table(nlp)
    assert isinstance(nlp.get_pipe("attribute_ruler"), AttributeRuler)
