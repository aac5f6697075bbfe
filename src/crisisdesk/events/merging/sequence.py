"""Acts told in order: a clause set before or after another act tells another act.

"The attack came three months after gunmen killed 160 villagers": the killing is not the
attack, though one sentence tells both; "killed 12 villagers after storming the village" tells
one act in two steps.
"""

from __future__ import annotations

from spacy.tokens import Token

from crisisdesk.events.grammar import word_set
from crisisdesk.events.merging.families import SEQUENCE_VERBS

# "came three months after gunmen killed ...": the clause tells another act, told in order
SEQUENCE_MARKS = word_set("sequence_marks")
WHEN_WORDS = word_set("simultaneity_words")
# "the operation ended after the troops drove the terrorists out": its last part, not a new act
ENDING_VERBS = word_set("ending_verbs")
OPERATION_NOUNS = word_set("operation_nouns")


def _sequenced(inner: Token, outer: Token) -> bool:
    """``inner`` tells an act before or after ``outer``'s: another act, by either sign below."""
    return (
        _sequenced_by_subject(inner, outer)
        or _sequenced_in_time(inner, outer)
        or _at_compared_date(inner, outer)
    )


def _sequenced_by_subject(inner: Token, outer: Token) -> bool:
    """A clause with a subject of its own, opened by "after", "before", "since" or "until",
    tells an act before or after the other trigger's: another act ("The attack came less than
    three months after gunmen killed about 160 villagers in Ogossagou"). A subject that is a
    pronoun refers back to the same parties ("killed 20 after they stormed the village")."""
    if inner.pos_ not in {"VERB", "AUX"} or inner.dep_ != "advcl":
        return False
    if not any(c.dep_ == "mark" and c.lower_ in SEQUENCE_MARKS for c in inner.children):
        return False
    subjects = [c for c in inner.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects or any(s.pos_ == "PRON" for s in subjects):
        return False
    if _ends_an_operation(inner):
        return False
    return outer.i not in {t.i for t in inner.subtree}


def _ends_an_operation(clause: Token) -> bool:
    """The clause says what ended a side's own operation ("the operation, code-named Bohoma
    Anger, had ended on Wednesday after the troops drove the terrorists out"): the last part
    of the operation, not an act told in order. A siege or an attack, which the other side
    may end, is not an operation."""
    verb = clause.head
    if verb.lemma_.lower() not in ENDING_VERBS:
        return False
    return any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in OPERATION_NOUNS
        for c in verb.children
    )


def _sequenced_in_time(inner: Token, outer: Token) -> bool:
    """``inner`` is told in a clause set before or after ``outer``'s act: "the ambush came
    four days after gunmen killed 15 soldiers", "it comes after gunmen killed two soldiers".
    The clause must be measured in time or hang from a verb of sequence ("come", "follow"):
    "killed 12 villagers after storming the village" tells one act in two steps."""
    for clause in [inner, *inner.ancestors]:
        if clause.dep_ != "advcl":
            continue
        if outer.i in {t.i for t in clause.subtree}:
            return False
        marked = any(c.dep_ == "mark" and c.lower_ in SEQUENCE_MARKS for c in clause.children)
        measured = any(c.dep_ == "npadvmod" for c in clause.children)
        if marked and (measured or clause.head.lemma_.lower() in SEQUENCE_VERBS):
            return True
    return False


def _at_compared_date(inner: Token, outer: Token) -> bool:
    """``inner`` is told in a when-clause on the date a "since", "after" or "before" phrase
    gives: "the deadliest attack since 15 August, when 17 soldiers were killed near
    Koutougou" tells the August ambush apart from the attack it is compared with."""
    for clause in [inner, *inner.ancestors]:
        if clause.dep_ != "relcl":
            continue
        date = clause.head
        if date.ent_type_ != "DATE" or not any(
            c.dep_ == "advmod" and c.lower_ in WHEN_WORDS for c in clause.children
        ):
            return False
        marker = date.head if date.dep_ == "pobj" else None
        if marker is None or marker.lower_ not in SEQUENCE_MARKS:
            return False
        return outer.i not in {t.i for t in clause.subtree}
    return False
