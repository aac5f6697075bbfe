"""The evidence behind an event (sentence and spans), its id, contexts and confidence."""

from __future__ import annotations

import hashlib

from spacy.tokens import Token

from crisisdesk.dates.resolve import DateValue
from crisisdesk.events.draft import Draft
from crisisdesk.model import Actor, Article, Evidence, Status
from crisisdesk.model import Span as EvidenceSpan


def evidence_of(draft: Draft, article: Article) -> Evidence:
    """The sentence and the spans behind every field. Offsets are into ``article.body``,
    which is the parsed text (spaCy's ``Doc.text`` would rebuild it on every access)."""
    sentence = draft.sentence
    body = article.body
    spans = [
        _span("trigger", t.idx, t.idx + len(t), body)
        for t in sorted(
            [*draft.match.words, *(w for m in draft.extra_triggers for w in m.words)],
            key=lambda t: t.i,
        )
    ]
    for role, items in (("actor", draft.actors), ("recipient", draft.recipients)):
        for _, token in items:
            start, end = _phrase_bounds(token)
            spans.append(_span(role, start, end, body))
    if draft.place and draft.place[1] is not None:
        start, end = _phrase_bounds(draft.place[1])
        spans.append(_span("place", start, end, body))
    if draft.date and draft.date[1] is not None:
        spans.append(_span("date", *draft.date[1], body))
    for kind, count in draft.counts.items():
        start, end = _phrase_bounds(count.token)
        spans.append(_span("number", start, end, body).model_copy(update={"detail": kind}))
    return Evidence(
        article_id=article.id,
        sentence=sentence.text,
        sentence_start=sentence.start_char,
        sentence_end=sentence.end_char,
        spans=spans,
    )


def _phrase_bounds(token: Token) -> tuple[int, int]:
    """Character bounds of a token's entity, or of the token and its left modifiers."""
    if token.ent_type_:
        # walked from the token's IOB tags: doc.ents builds every entity of the report anew
        doc, start, end = token.doc, token.i, token.i + 1
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
    left = [t for t in token.lefts if t.dep_ in {"amod", "compound", "nummod", "poss"}]
    first = min([token, *left], key=lambda t: t.i)
    return first.idx, token.idx + len(token)


def _span(role: str, start: int, end: int, body: str) -> EvidenceSpan:
    # built without validation: the fields are a role name, character offsets and the body's
    # text between them, already of their types (several spans per event)
    return EvidenceSpan.model_construct(role=role, start=start, end=end, text=body[start:end])


def event_id(article_id: str, trigger_start: int, type_: str, value: DateValue | None) -> str:
    key = f"{article_id}:{trigger_start}:{type_}:{value.start if value else ''}"
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def confidence(draft: Draft) -> float:
    """How much to trust the coding: the trigger's prior, raised by what the text makes
    explicit (a named participant, a verb, a date in the sentence itself) and lowered by what
    had to be guessed or is uncertain. Calibration is reported by ``crisisdesk eval``."""
    score = draft.match.entry.confidence
    participants = [a for a, _ in draft.actors + draft.recipients]
    named = [a for a in participants if a.kind.value != "group" and not a.id.startswith("unres")]
    score *= 1.2 if named else 0.8
    score *= 1.1 if draft.match.token.pos_ == "VERB" else 0.9
    if draft.date is None:
        score *= 0.85
    elif draft.date[1] is not None:  # stated in this sentence, not inherited
        score *= 1.1
    if not draft.actors:
        score *= 0.85
    if draft.reading.status in {Status.HYPOTHETICAL, Status.NEGATED}:
        score *= 0.9
    return round(min(max(score, 0.05), 0.99), 3)


def inferred_contexts(actors: list[Actor], event_type: str) -> set[str]:
    """PLOVER contexts that follow from who is involved."""
    contexts: set[str] = set()
    sectors = {a.sector.value for a in actors if a.sector}
    if "UNO" in sectors and any(a.kind.value == "organisation" for a in actors):
        contexts.add("peacekeeping")
    if "INS" in sectors and event_type == "ASSAULT":
        contexts.add("terrorism")
    if sectors & {"MIL", "REB", "INS", "PMC"} and event_type in {"ASSAULT", "MOBILIZE", "RETREAT"}:
        contexts.add("military")
    return contexts
