"""``Token.sent`` answered from a table built once per document, while the coder codes it.

spaCy finds a token's sentence at every ``token.sent`` by slicing the document and scanning
its tokens both ways for the sentence boundaries (about 5 microseconds a call); the coder's
rules ask it from some fifty places, many of them once per candidate word. Rather than thread
a sentence table through every helper, :func:`indexed_sentences` installs one as the document's
``user_token_hooks["sent"]``, spaCy's documented way to answer a token property from outside,
for the duration of the coding only. The answers are the same sentences ``doc.sents`` yields
(spaCy's ``Span.sent`` and ``Doc.sents`` both cut at ``sent_start == 1``), so nothing the
coder decides can change; the coder does not move sentence boundaries while it codes.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from spacy.tokens import Doc, Span, Token


@contextmanager
def indexed_sentences(doc: Doc) -> Iterator[None]:
    """Within the block, ``token.sent`` for ``doc``'s tokens is a list lookup."""
    hooks = doc.user_token_hooks
    if "sent" in hooks:  # someone else's hook (or an enclosing block's) stays in charge
        yield
        return
    table: list[Span] = []
    for sentence in doc.sents:
        table.extend([sentence] * len(sentence))

    def sent(token: Token) -> Span:
        if token.doc is doc:
            return table[token.i]
        # a document copied from this one (Span.as_doc copies the hooks): spaCy's own answer,
        # which Span.sent gives without consulting the token hooks
        return token.doc[token.i : token.i + 1].sent

    hooks["sent"] = sent
    try:
        yield
    finally:
        del hooks["sent"]
