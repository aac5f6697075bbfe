"""The lemma table gives every token the lemma the model's stock lemmatizer gives it (the coder
reads lemmas everywhere), only without building a Token per token once a word shape is known."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.pipeline import Lemmatizer

from crisisdesk.nlp.attributes import use_attribute_table
from crisisdesk.nlp.lemmas import LemmaTable, use_lemma_table
from crisisdesk.nlp.pipeline import load_pipeline, model_name
from crisisdesk.pipeline import build_article, read_sources

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
FRENCH = (
    "Des hommes armés ont attaqué jeudi un poste de l'armée près de Ménaka, tuant onze "
    "soldats. Les assaillants sont partis vers la frontière nigérienne. Le gouvernement "
    "reproche à la Minusma son silence et a convoqué l'ambassadeur de France."
)


def _lemmas(doc) -> list[tuple[str, str]]:
    return [(t.text, t.lemma_) for t in doc]


def _pair(language: str):
    stock = spacy.load(model_name(language))
    use_attribute_table(stock)
    table = spacy.load(model_name(language))
    use_attribute_table(table)
    assert use_lemma_table(table)
    return stock, table


def _example_bodies() -> list[str]:
    sources = [s for s in read_sources([str(EXAMPLES)]) if hasattr(s, "language")]
    articles = [build_article(s)[0] for s in sources]
    return [a.body for a in articles if a.body and a.language == "en"][:15]


def test_table_gives_the_stock_lemmas_on_the_example_articles():
    stock, table = _pair("en")
    bodies = _example_bodies()
    assert len(bodies) >= 10
    tokens = 0
    # twice: the second pass is answered from the table, the first mostly by the lemmatizer
    for _ in range(2):
        for with_stock, with_table in zip(stock.pipe(bodies), table.pipe(bodies), strict=True):
            assert _lemmas(with_table) == _lemmas(with_stock)
            tokens += len(with_stock)
    assert tokens > 4000
    assert len(table.get_pipe("lemmatizer").known) > 500


def test_french_lemmas_are_the_stock_ones():
    stock, table = _pair("fr")
    assert _lemmas(table(FRENCH)) == _lemmas(stock(FRENCH))
    lemmas = dict(_lemmas(table(FRENCH)))
    assert lemmas["attaqué"] == "attaquer"
    assert lemmas["tuant"] == "tuer"


def test_lemmas_set_by_the_attribute_rules_are_kept():
    _, table = _pair("en")
    token = next(t for t in table("Let's see what the council decides.") if t.text == "'s")
    assert token.lemma_ == "us"  # the attribute rules' correction, not the lemmatizer's "'s"


def test_place_patterns_still_skip_words_of_the_language():
    # The ruler's patterns read the lemmatizer's word index through the table: without it
    # "unity" and "region" became places (South Sudan's Unity State, any "X region").
    doc = load_pipeline("en")("The president called for national unity in the region.")
    assert [t.ent_type_ for t in doc if t.text in {"unity", "region"}] == ["", ""]


def test_a_lemmatizer_that_overwrites_keeps_its_stock_component():
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup", "overwrite": True})
    assert not use_lemma_table(nlp)
    assert isinstance(nlp.get_pipe("lemmatizer"), Lemmatizer)


def test_an_unwired_table_says_what_is_missing():
    with pytest.raises(ValueError, match="use_lemma_table"):
        LemmaTable()(spacy.blank("en")("Some words."))
