"""Gapped repeats of an act: "Soldiers seized power in Mali in August 2020 and again in May
2021, and in Guinea in September 2021"; "French forces left Mali in August 2022, Burkina Faso in
February 2023 and Niger in December 2023"; "The base at Faya-Largeau was handed over on 26
December, and the one at Abéché on 11 January".

English leaves out the verb of a coordinated clause that repeats it (gapping): what remains is
a new date, often with a new place or a new object. Each remnant is the same act again, at its
own time: one event per remnant, by the same actor (a generic one such as "soldiers" is of the
new country when the remnant names one), at the remnant's place. Parses of such remnants are
unreliable, so the remnant is read from the words that follow the act's own date: a
separator ("," or "and"), words with no verb and no trigger, then a date opened by a
preposition, ending the clause. The words are data (``gapping_separators``,
``gapping_breaks`` in ``grammar.en.yaml``).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from spacy.tokens import Span, Token

from crisisdesk.dates.resolve import DateValue, Tense, resolve_date
from crisisdesk.events.draft import Draft
from crisisdesk.events.grammar import word_set
from crisisdesk.events.mentions import DocumentContext
from crisisdesk.events.numbers import Count
from crisisdesk.events.triggers import TriggerMatch
from crisisdesk.model import ActorKind, Place

SEPARATORS = word_set("gapping_separators")  # ",", "and"
# words that open a clause or a comparison, never a remnant: "but", "while", "which"
BREAKS = word_set("gapping_breaks")
# a remnant is short: "and again", "and in Guinea", "and the one at Abéché, in the east,"
MAX_REMNANT_WORDS = 10
CLAUSE_POS = {"VERB", "AUX"}


@dataclass(frozen=True)
class Remnant:
    """A gapped clause: its date's character span and the place it names, if any."""

    first: Token  # its first word after the separator: where the evidence points
    date_span: tuple[int, int]
    place: tuple[Place, Token] | None
    end: int  # token index after the date


def gapped_repeats(
    draft: Draft,
    date_spans: list[tuple[int, int]],
    triggers: set[int],
    context: DocumentContext,
) -> list[Draft]:
    """One draft for each gapped repeat of ``draft``'s act that follows its own date."""
    repeats = []
    for remnant in remnants(draft, date_spans, triggers, context):
        text = context.article.body[remnant.date_span[0] : remnant.date_span[1]]
        tense = Tense.PRESENT if context.estimated_reference else draft.reading.tense
        value = resolve_date(text, context.article.published, tense, context.article.language)
        if value is not None:
            repeats.append(_repeat(draft, value, remnant, context))
    return repeats


def remnants(
    draft: Draft,
    date_spans: list[tuple[int, int]],
    triggers: set[int],
    context: DocumentContext,
) -> list[Remnant]:
    """The gapped clauses after a verb trigger's own date, in order."""
    trigger = draft.match.token
    if trigger.pos_ not in CLAUSE_POS or draft.date is None or draft.date[1] is None:
        return []
    own_start, own_end = draft.date[1]
    if own_start < trigger.idx:
        return []  # "On Monday, gunmen attacked ...": a fronted date sets the whole scene
    sentence = draft.sentence
    position = next((t.i for t in sentence if t.idx >= own_end), sentence.end)
    found = []
    while (remnant := _remnant_at(position, sentence, date_spans, triggers, context)) is not None:
        found.append(remnant)
        position = remnant.end
    return found


def _remnant_at(
    position: int,
    sentence: Span,
    date_spans: list[tuple[int, int]],
    triggers: set[int],
    context: DocumentContext,
) -> Remnant | None:
    doc = sentence.doc
    start = position
    while position < sentence.end and doc[position].lower_ in SEPARATORS:
        position += 1
    if position == start or position >= sentence.end:
        return None
    span = next((s for s in date_spans if s[0] >= doc[position].idx), None)
    if span is None:
        return None
    words = [t for t in doc[position : sentence.end] if t.idx < span[0]]
    if len(words) > MAX_REMNANT_WORDS or any(_opens_clause(t, triggers) for t in words):
        return None
    date_tokens = [t for t in doc[position : sentence.end] if span[0] <= t.idx < span[1]]
    if not date_tokens or not _opened_by_preposition(date_tokens[0]):
        return None  # ", 12 March": the same date again, not a new clause
    after = date_tokens[-1].i + 1
    if not _clause_ends(after, sentence):
        return None  # "and on Tuesday fighters attacked ...": a clause with its own verb
    place = next(((p, t) for t in words if (p := context.place_of(t)) is not None), None)
    return Remnant(doc[position], span, place, after)


def _opens_clause(token: Token, triggers: set[int]) -> bool:
    return token.pos_ in CLAUSE_POS or token.lower_ in BREAKS or token.i in triggers


def _opened_by_preposition(first: Token) -> bool:
    """'in May 2021', 'on 11 January': the date span holds its preposition, or follows it."""
    if first.pos_ == "ADP":
        return True
    before = first.doc[first.i - 1] if first.i > 0 else None
    return before is not None and before.pos_ == "ADP"


def _clause_ends(position: int, sentence: Span) -> bool:
    """The remnant ends at its date: the sentence ends, or a separator follows that does not
    open a clause of its own ("..., after the juntas demanded their departure" may follow)."""
    if position >= sentence.end:
        return True
    following = sentence.doc[position]
    if following.is_punct and following.lower_ not in SEPARATORS:
        return True
    if following.lower_ not in SEPARATORS:
        return False
    rest = [t for t in sentence.doc[position + 1 : sentence.end] if not t.is_punct]
    return not rest or rest[0].pos_ in {"ADP", "SCONJ", "CCONJ", "PROPN", "DET", "ADV"}


def _repeat(draft: Draft, value: DateValue, remnant: Remnant, context: DocumentContext) -> Draft:
    """The act again, at the remnant's date and place; a generic actor ("soldiers") read as
    the new scene's country's."""
    repeat = copy.copy(draft)
    # the remnant stands for the verb it repeats: "seized ... again"; its own word keeps the
    # first act's toll with the first act (merging.sentence._count_owners reads trigger words)
    words = (*draft.match.words, remnant.first)
    repeat.match = TriggerMatch(remnant.first, draft.match.entry, words)
    repeat.date = (value, remnant.date_span)
    repeat.counts = _named_victim(draft, remnant)  # the first act's toll is not the repeat's
    repeat.extra_triggers = []
    repeat.antecedent = None
    repeat.actors = list(draft.actors)
    repeat.recipients = list(draft.recipients)
    if remnant.place is not None:
        repeat.place = remnant.place
        old = draft.place[0].country if draft.place else None
        new = remnant.place[0].country
        if new and new != old:
            repeat.actors = [_moved(a, t, old, new, context) for a, t in draft.actors]
    return repeat


def _named_victim(draft: Draft, remnant: Remnant) -> dict[str, Count]:
    """'It killed one of them ... in September, and a second, Hauwa Liman, in October': a
    killing repeated on a person the remnant names counts that one victim, as a named person
    killed counts 1 (tests/gold/README.md)."""
    first = draft.counts.get("dead")
    if first is None:
        return {}
    doc = remnant.first.doc
    words = [t for t in doc[remnant.first.i : remnant.end] if t.idx < remnant.date_span[0]]
    named = next((t for t in words if t.ent_type_ == "PERSON"), None)
    if named is None:
        return {}
    return {"dead": Count("dead", 1, None, named, word=first.word)}


def _moved(actor, token: Token, old: str | None, new: str, context: DocumentContext):
    """'Soldiers' read as Mali's in Mali are Guinea's in Guinea; a named actor stays."""
    generic = token.pos_ == "NOUN" and actor.kind == ActorKind.GROUP and actor.sector is not None
    if not generic or actor.country != old or context.kb.get(new) is None:
        return (actor, token)
    return (context.kb.group_actor(new, actor.sector, token.text), token)
