"""The pretrained model's lemmatizer, answered from a table of the word shapes it has seen.

spaCy's rule lemmatizer already keeps each answer by the token's word form, part of speech and
morphology, but it still builds a Python ``Token`` for every token of every document, asks the
cache through it and sets the lemma string back through it: on our reports that costs about a
twelfth of the whole parse. Reading those three values for the whole document as one array,
looking each row up in a table of lemma hashes, and writing the lemmas back as one array
gives the same lemmas for a fraction of the cost. A shape not yet in the table is lemmatized
by the stock component itself, token by token, and its answer kept.

Only tokens without a lemma are lemmatized, as the stock component does when it does not
overwrite (the attribute rules set a few lemmas of their own). A lemmatizer in another mode,
or one that overwrites, keeps its stock component.
"""

from __future__ import annotations

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

LEMMA_TABLE_COMPONENT = "crisisdesk_lemma_table"
# The values a rule lemmatizer's answer depends on: the English one keys its own cache by all
# three, the French one by the first two (so a finer key never changes its answers).
SHAPE_ATTRIBUTES = [ORTH, POS, MORPH, LEMMA]
# Shapes kept before the table is cleared: a long-running ingest must not grow without bound.
KNOWN_LIMIT = 500_000


class LemmaTable:
    """The pipeline component: the model's lemmatizer behind a table of known shapes."""

    def __init__(self, lemmatizer: Lemmatizer | None = None) -> None:
        self.lemmatizer = lemmatizer
        self.known: dict[tuple[int, int, int], int] = {}

    @property
    def lookups(self):
        """The wrapped lemmatizer's tables (the pattern builder reads its word index)."""
        return None if self.lemmatizer is None else self.lemmatizer.lookups

    def __call__(self, doc: Doc) -> Doc:
        if self.lemmatizer is None:
            raise ValueError("the lemma table has no lemmatizer; use use_lemma_table()")
        if not len(doc):
            return doc
        rows = doc.to_array(SHAPE_ATTRIBUTES)
        lemmas = rows[:, 3].copy()
        known = self.known
        if len(known) > KNOWN_LIMIT:
            known.clear()
        for index, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma:
                continue  # set by the attribute rules: kept, as the stock component keeps it
            shape = (orth, pos, morph)
            found = known.get(shape)
            if found is None:
                token = doc[index]
                token.lemma_ = self.lemmatizer.lemmatize(token)[0]
                found = known[shape] = token.lemma
            lemmas[index] = found
        doc.from_array([LEMMA], lemmas.reshape(-1, 1).astype(numpy.uint64))
        return doc


@Language.factory(LEMMA_TABLE_COMPONENT)
def make_lemma_table(nlp: Language, name: str) -> LemmaTable:
    return LemmaTable()


def use_lemma_table(nlp: Language, name: str = "lemmatizer") -> bool:
    """Put the model's rule lemmatizer behind a table of known shapes, where it allows it."""
    if name not in nlp.pipe_names:
        return False
    lemmatizer = nlp.get_pipe(name)
    if not isinstance(lemmatizer, Lemmatizer) or lemmatizer.mode != "rule":
        return False
    if lemmatizer.overwrite:
        return False
    nlp.replace_pipe(name, LEMMA_TABLE_COMPONENT)
    nlp.get_pipe(name).lemmatizer = lemmatizer
    return True
