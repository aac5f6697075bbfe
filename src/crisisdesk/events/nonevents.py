"""Trigger words that do not report a discrete act, whatever their type.

An experienced event coder leaves out, besides statements' content and purposes
(events/selection.py):

- habits and generic statements: "convoys are frequently ambushed";
- standing properties told in a present-tense relative clause: "a militia that supports the
  army", "Hamas, which advocates Israel's destruction";
- acts inside a purpose, however deep: "imposed an embargo to force the junta to step aside",
  "lend two planes to help move troops", "intervened, aiming to quell the uprising";
- questions: "asked whether he had been mistreated" is no request, and what a question asks
  about is not asserted;
- what someone is blamed for failing to do: "accused ECOWAS of failing to help them fight";
- the framework of a state of affairs: "present under a bilateral agreement";
- courtesies offered: "offers its condolences" is no agreement;
- danger: "the areas threatened by the militants" is no threat.

The words live in the grammar files (data/plover/grammar.<lang>.yaml); the rules are stated
in docs/coding-rules.md ("What is not an event").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from crisisdesk.events.grammar import word_set

HABITUAL_ADVERBS = word_set("habitual_adverbs")
QUESTION_MARKS = word_set("question_marks")
FAILURE_WORDS = word_set("failure_words")
FRAMEWORK_PREPOSITIONS = word_set("framework_prepositions")
COURTESY_NOUNS = word_set("courtesy_nouns")
PURPOSE_PARTICIPLES = word_set("purpose_participles")
TEMPORAL_PREPS = word_set("temporal_prepositions")
PRESENT_TAGS = word_set("present_relative_tags")
PARTICIPLE_TAGS = {"VBG", "VBN"}
THREAT_CONTENT_PREPS = word_set("threat_content_prepositions")

RELATIVE_DEPS = {"relcl", "acl:relcl"}
# the words above a trigger that still belong to what it is part of (its content, its object)
CONTENT_DEPS = {"xcomp", "ccomp", "dobj", "obj", "pobj", "obl", "prep", "pcomp"}


def not_an_act(token: Token, is_purpose: Callable[[Token], bool]) -> bool:
    """Whether a trigger word reports no discrete act (see the module); ``is_purpose`` tells
    an infinitive of purpose."""
    return (
        habitual(token)
        or present_description(token)
        or inside_purpose(token, is_purpose)
        or questioned(token)
        or failed_charge(token)
        or framework(token)
        or courtesy(token)
    )


def _clause_verb(token: Token) -> Token | None:
    """The trigger itself when a verb, else the nearest verb above it (three steps)."""
    current = token
    for _ in range(4):
        if current.pos_ in {"VERB", "AUX"}:
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def habitual(token: Token) -> bool:
    """'they are frequently ambushed', 'are regularly attacked': a habit, not one act."""
    verb = _clause_verb(token)
    if verb is None:
        return False
    return any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in verb.children)


def present_description(token: Token) -> bool:
    """'a militia that supports the army', 'the electricity it supplies': a present-tense
    relative clause (no auxiliary) states a standing property of its noun, not an act."""
    verb = _clause_verb(token)
    for _ in range(3):  # "a resolution that aims to tighten sanctions and impose a blockade"
        if verb is None or verb.dep_ not in {"xcomp", "conj"}:
            break
        verb = verb.head
    if verb is None or verb.dep_ not in RELATIVE_DEPS:
        return False
    if any(c.dep_.startswith("aux") for c in verb.children):
        return False  # "which is fighting", "who has been detained": an act in progress or done
    # English only (no French list): the French parser takes "faute de quoi elle n'exclut
    # pas" for a relative clause
    return verb.tag_.lower() in PRESENT_TAGS


def inside_purpose(token: Token, is_purpose: Callable[[Token], bool]) -> bool:
    """A trigger within a purpose, below its infinitive: 'to force the junta to step aside',
    'to help move troops', 'aiming to quell the uprising'. ``is_purpose`` tells an infinitive
    of purpose (selection.py), an adverbial one: 'is set to conclude its withdrawal' is no
    purpose. The purpose's own verb is selection.py's business."""
    if _purpose_participle(token):
        return True
    current = token
    for _ in range(5):
        if current.head.i == current.i or current.dep_ not in CONTENT_DEPS:
            return False  # "to protect civilians who had been attacked": told as fact
        if current.dep_ == "prep" and current.lower_ in TEMPORAL_PREPS:
            return False  # "to stabilise the region after the coup": an event of its own
        current = current.head
        if (current.dep_ == "advcl" and is_purpose(current)) or _purpose_participle(current):
            return True
    return False


def _purpose_participle(verb: Token) -> bool:
    """'aiming to quell the uprising': the infinitive under a participle of aim."""
    head = verb.head
    return (
        verb.pos_ == "VERB"
        and verb.dep_ == "xcomp"
        and head.dep_ == "advcl"
        and head.tag_ == "VBG"
        and head.lemma_.lower() in PURPOSE_PARTICIPLES
    )


def questioned(token: Token) -> bool:
    """'asked whether he had been mistreated': a question is not a request, and what it asks
    about is not asserted."""
    if token.pos_ == "VERB" and any(c.dep_ == "ccomp" and _is_question(c) for c in token.children):
        return token.lemma_.lower() in ASKING_VERBS
    current = token
    for _ in range(4):
        if current.pos_ in {"VERB", "AUX"} and current.dep_ == "ccomp" and _is_question(current):
            return True
        if current.head.i == current.i or current.dep_ in RELATIVE_DEPS:
            return False
        current = current.head
    return False


ASKING_VERBS = word_set("asking_verbs")


def _is_question(clause: Token) -> bool:
    """A clause opened by 'whether' (an indirect yes-no question)."""
    return any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in clause.children)


def failed_charge(token: Token) -> bool:
    """'accused ECOWAS of failing to help them fight', 'over his failure to stop the attacks':
    what someone is blamed for not doing is the content of a charge, not an event."""
    current = token
    for _ in range(4):
        if current.head.i == current.i or current.dep_ in RELATIVE_DEPS:
            return False
        current = current.head
        if current.lemma_.lower() in FAILURE_WORDS and current.tag_ in {"VBG", "NN"}:
            return True
    return False


def framework(token: Token) -> bool:
    """'present under a bilateral agreement', 'operating under a UN mandate': the framework of
    a state of affairs, not an act."""
    return (
        token.pos_ == "NOUN"
        and token.dep_ == "pobj"
        and token.head.lower_ in FRAMEWORK_PREPOSITIONS
        and token.head.head.pos_ in {"VERB", "AUX", "ADJ"}
    )


def courtesy(token: Token) -> bool:
    """'offers its condolences', 'extended its sympathy': a courtesy, not a promise or aid."""
    return token.pos_ == "VERB" and any(
        c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in COURTESY_NOUNS for c in token.children
    )


def endangering(token: Token) -> bool:
    """'the areas threatened by the militants', 'pushing south, threatening the garrison': a
    participle of threatening that names no threatened act (no infinitive, no 'with ...')
    says that something is in danger, not that someone made a threat."""
    if token.pos_ != "VERB" or token.tag_ not in PARTICIPLE_TAGS:
        return False
    if token.dep_ not in {"acl", "advcl", "conj", "amod"}:
        return False
    return not any(
        c.dep_ in {"xcomp", "ccomp"} or (c.dep_ == "prep" and c.lower_ in THREAT_CONTENT_PREPS)
        for c in token.children
    )
