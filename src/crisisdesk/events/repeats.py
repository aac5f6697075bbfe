"""The same act by a new actor: "Niger did the same two days later", "Burkina Faso followed
suit", "the monetary union adopted the same measures".

Such a clause names no trigger of its own: the act is the one the report has just told. It is
coded as that act (its type and mode), by the clause's subject, against the act's recipients,
at the clause's own time. The act repeated is the main one of the latest sentence that coded
any ("Mali cut diplomatic ties with Ukraine, accusing it of ...": the cutting of ties). The
words are data (``same_act_verbs``, ``same_act_words`` in ``grammar.en.yaml``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from crisisdesk.events import arguments
from crisisdesk.events.draft import Draft
from crisisdesk.events.grammar import word_set
from crisisdesk.events.triggers import TriggerMatch

SAME_ACT_VERBS = word_set("same_act_verbs")
SAME_ACT_WORDS = word_set("same_act_words")
# "Burkina Faso and Niger followed in December": a state or body that follows, with no object,
# does what the one before it did
FOLLOWING_VERBS = word_set("following_verbs")
# what a following subject must be: a named state or body, not "clashes followed"
NAMED_ENTITIES = frozenset({"GPE", "ORG", "NORP"})
SAME_ACT_REACH = 3  # "did the same", "adopted the same measures", "took very similar steps"
# the guards said what the model's own words needed; the repeated act has passed them
_NO_GUARDS = {
    "objects": frozenset(),
    "requires_any": frozenset(),
    "requires_number_or_victim": False,
    "requires_content": False,
}


def same_act_matches(
    sentence: Span, earlier: list[Draft], found: list[TriggerMatch] | None = None
) -> list[TriggerMatch]:
    """A trigger for each 'did the same' clause of the sentence, typed as the act repeated:
    the act of the clause it is joined to ("Mali quit the G5 Sahel in May 2022, and Burkina
    Faso and Niger followed"; ``found``: the sentence's own triggers), else the act told last
    before it."""
    matches = []
    for verb in sentence:
        if not says_same_act(verb):
            continue
        joined = next((m for m in found or [] if _joined_to(verb, m)), None)
        model = joined or _latest_match(verb, earlier)
        if model is not None:
            entry = model.entry.model_copy(update=_NO_GUARDS)
            words = (verb, *(w for w in verb.subtree if w.lower_ in SAME_ACT_WORDS))
            matches.append(TriggerMatch(verb, entry, tuple(sorted(words, key=lambda t: t.i))))
    return matches


def says_same_act(verb: Token) -> bool:
    """'did the same', 'followed suit', 'adopted the same measures', 'took similar steps':
    a verb of doing whose object (or a word of the phrase after it) says 'the same'."""
    if _follows_in_kind(verb):
        return True
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in SAME_ACT_VERBS:
        return False
    if not any(c.dep_ in arguments.SUBJECT_DEPS for c in verb.children):
        return False  # "to do the same": no new actor named
    # the words right after the verb, however parsed ("did the same two days later")
    return any(
        w.lower_ in SAME_ACT_WORDS and verb.i < w.i <= verb.i + SAME_ACT_REACH for w in verb.subtree
    )


def _joined_to(verb: Token, match: TriggerMatch) -> bool:
    """'Mali quit the bloc, and Niger followed': the verb is conjoined to the match's."""
    return verb.dep_ == "conj" and match.token == verb.head


def _latest_match(verb: Token, earlier: list[Draft]) -> TriggerMatch | None:
    """The trigger of the act told last before the verb's sentence (:func:`model_act`)."""
    model = model_act(verb, earlier)
    return model.match if model is not None else None


def _follows_in_kind(verb: Token) -> bool:
    """'Burkina Faso and Niger followed in December 2023': 'follow' with no object or clause
    of its own, whose subject is a named state or body, repeats the act just told ("the
    protests that followed", "clashes followed" name no doer and are not read so)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in FOLLOWING_VERBS:
        return False
    if any(c.dep_ in {"dobj", "obj", "ccomp", "xcomp", "attr", "dative"} for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in arguments.SUBJECT_DEPS]
    return bool(subjects) and all(s.ent_type_ in NAMED_ENTITIES for s in subjects)


def model_act(verb: Token, earlier: list[Draft]) -> Draft | None:
    """The act repeated: the main one (nearest its sentence's root) of the latest sentence
    before the verb's that coded an event."""
    before = [d for d in earlier if d.sentence.end <= verb.sent.start]
    if not before:
        return None
    latest = before[-1].sentence.start
    candidates = [d for d in before if d.sentence.start == latest]
    return min(candidates, key=lambda d: _depth(d.match.token))


def _depth(token: Token) -> int:
    return sum(1 for _ in token.ancestors)


def take_model_parties(draft: Draft, earlier: list[Draft]) -> None:
    """'Niger did the same': against whom the repeated act was done (Ukraine), unless the
    sentence names its own; the act's own target doing the same returns it to its doer."""
    verb = draft.match.token
    if draft.recipients or not says_same_act(verb):
        return
    model = model_act(verb, earlier)
    if model is None or model.match.entry.id != draft.match.entry.id:
        return
    acting = {key for a, _ in draft.actors for key in (a.id, a.country) if key}
    if any(a.id in acting or a.country in acting for a, _ in model.recipients):
        # "Algeria recalled its ambassadors to Mali and Niger. Mali did the same": an act
        # returned in kind by its target is aimed back at whoever did it first
        draft.recipients = [(a, verb) for a, _ in model.actors if a.country not in acting]
        return
    draft.recipients = [(a, verb) for a, _ in model.recipients if a.id not in acting]
