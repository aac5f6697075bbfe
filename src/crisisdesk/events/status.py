"""Did it happen? Status and tense of an event clause, from the parse and the marker lists.

The clause is read upwards from the trigger through the verbs that govern it ("is set to
conclude its withdrawal": withdrawal ← conclude ← set), collecting auxiliaries ("will",
"could"), negations, governing verbs ("plan", "deny", "threaten", "continue") and fixed phrases
("set to", "due to"). The marker words live in ``data/plover/status.en.yaml``; the order of
precedence (negated, hypothetical, planned, ongoing, occurred) is a coding rule stated in
``docs/coding-rules.md``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from crisisdesk.dates.resolve import Tense
from crisisdesk.events.grammar import word_set
from crisisdesk.events.lexicon import StatusMarkers
from crisisdesk.model import Status

UPWARD_DEPS = {
    "compound",
    "xcomp",
    "ccomp",
    "conj",
    "advcl",
    "acl",
    "relcl",
    "pcomp",
    "dobj",
    "nsubj",
    "nsubjpass",
    "pobj",
    "prep",
    "attr",
}
PRECEDENCE = (Status.NEGATED, Status.HYPOTHETICAL, Status.PLANNED, Status.ONGOING)
MAX_CHAIN = 4
TEMPORAL_PREPS = word_set("temporal_prepositions")
CONDITIONS = word_set("condition_marks")  # "if", "unless": a real hypothetical
# "n'exclut pas un recours à la force": verbs whose negation asserts (litotes)
LITOTES_VERBS = word_set("litotes_verbs")
# "since" opening a clause of its own: that clause's act is the start of a period, not ongoing
INCEPTION_MARKS = word_set("inception_marks")


@dataclass(frozen=True)
class ClauseReading:
    status: Status
    tense: Tense
    threat: bool = False  # governed by "threaten", "warn": the event itself is only threatened
    markers: tuple[Token, ...] = ()


SUBJECTS = {"nsubj", "nsubjpass"}


def verb_chain(trigger: Token) -> list[Token]:
    """The trigger and the words governing it, up to the clause that carries tense."""
    chain = [trigger]
    current = trigger
    for _ in range(MAX_CHAIN):
        head = current.head
        if head.i == current.i or current.dep_ not in UPWARD_DEPS:
            break
        if current.dep_ == "relcl" and current.pos_ in {"VERB", "AUX"}:
            break  # "the soldiers who seized power do not ...": a clause of its own
        if current.dep_ == "prep" and current.lower_ in TEMPORAL_PREPS:
            break  # "promised elections after seizing power": the seizure is not promised
        if current.dep_ == "conj" and any(c.dep_ in SUBJECTS for c in current.children):
            break  # "did not say who ..., but officials blamed ...": a clause of its own
        chain.append(head)
        if head.pos_ in {"VERB", "AUX"} and current.dep_ not in {"xcomp", "dobj", "pobj", "prep"}:
            break  # a finite clause of its own: its tense is the event's
        current = head
    return chain


def read_clause(
    trigger: Token, markers: StatusMarkers, phrases: list[tuple[str, int]] | None = None
) -> ClauseReading:
    """Status and tense of the clause a trigger belongs to.

    ``phrases`` are the sentence's marker phrases (``markers.find_phrases`` over its lemmas),
    when the caller has found them once for all the triggers of the sentence.
    """
    chain = verb_chain(trigger)
    found: dict[Status, Token] = {}
    threat = False
    for position, word in enumerate(chain):
        governing = position > 0
        for name, token in _marks(word, governing, markers):
            group = markers.groups[name]
            if group.status is None:
                threat = threat or name.startswith("threat")
                continue
            found.setdefault(Status(group.status), token)
    sentence = trigger.sent
    if phrases is None:
        phrases = markers.find_phrases([t.lemma_ for t in sentence])
    for name, start in phrases:
        group = markers.groups[name]
        if not group.status or not _phrase_governs(sentence[start], chain):
            continue
        if not _phrase_complete(sentence, start, name, markers):
            continue  # "due to military coups": a cause, not "due to happen"
        found.setdefault(Status(group.status), sentence[start])
    negation = found.get(Status.NEGATED)
    if negation is not None and negation.head.lemma_.casefold() in LITOTES_VERBS:
        del found[Status.NEGATED]  # "does not rule out force": force is on the table
    if _progressive(chain[0]) and Status.ONGOING not in found:
        found[Status.ONGOING] = chain[0]
    hypothetical = found.get(Status.HYPOTHETICAL)
    if hypothetical is not None and _reported_future(hypothetical, chain, markers):
        # "Denmark said it would bring its troops home": the future of the report, a plan.
        del found[Status.HYPOTHETICAL]
        found.setdefault(Status.PLANNED, hypothetical)
    status = next((s for s in PRECEDENCE if s in found), Status.OCCURRED)
    return ClauseReading(status, _tense(chain, status), threat, tuple(found.values()))


def _marks(word: Token, governing: bool, markers: StatusMarkers):
    """(group name, marker token) for the markers attached to one word of the chain."""
    if governing:
        for name in markers.groups_for(word.lemma_):
            group = markers.groups[name]
            if word.lemma_.casefold() in group.governing_verbs:
                yield name, word
            elif word.pos_ == "ADJ" and word.lemma_.casefold() in group.words:
                yield name, word  # "is ready to send troops", "is likely to attack"
    for child in word.children:
        if child.dep_ in {"aux", "auxpass", "neg", "advmod", "mark", "amod"}:
            if child.dep_ == "mark" and child.lower_ in INCEPTION_MARKS:
                continue  # "since Traoré seized power": the seizure is the starting point, done
            for name in markers.groups_for(child.lemma_):
                group = markers.groups[name]
                lemma = child.lemma_.casefold()
                if child.dep_ in {"aux", "auxpass"} and lemma not in group.auxiliaries:
                    continue
                if child.dep_ == "amod" and not _modifier_word(child, group.words):
                    continue  # "a failed coup": an attempt made, not "failed to" (a verb's)
                yield name, child
    for name, group in markers.groups.items():
        if not group.morphology:
            continue
        inflected = _inflected(word, group.morphology)
        if inflected is not None and not _hearsay(inflected, word):
            yield name, inflected


def _modifier_word(child: Token, words: frozenset[str]) -> bool:
    """Whether an adjective (or participle used as one) is itself one of a group's words:
    governing verbs govern a complement, not the noun their participle describes."""
    return child.lower_ in words or child.lemma_.casefold() in words


def _inflected(word: Token, features: tuple[str, ...]) -> Token | None:
    """The word itself or its auxiliary, when it carries one of the features ("Tense=Fut")."""
    if word.pos_ not in {"VERB", "AUX"}:
        return None
    for token in (word, *(c for c in word.children if c.dep_ in {"aux", "auxpass"})):
        if any(feature in token.morph for feature in features):
            return token
    return None


def _hearsay(marker: Token, verb: Token) -> bool:
    """The journalistic conditional perfect ('l'attaque aurait fait 20 morts', 'des soldats
    auraient exécuté'): an act reported as unconfirmed, not a hypothesis. A condition ('si')
    makes it a real hypothetical."""
    if marker.i == verb.i or "Cnd" not in marker.morph.get("Mood"):
        return False
    if verb.tag_ != "VBN" or marker.lemma_ not in {"avoir", "être"}:
        return False
    return not any(child.lower_ in CONDITIONS for child in verb.subtree)


def _reported_future(marker: Token, chain: list[Token], markers: StatusMarkers) -> bool:
    """'would' in a clause reported by 'said', 'announced' ... with no condition attached."""
    if marker.lower_ not in markers.reported_future and "Cnd" not in marker.morph.get("Mood"):
        return False
    # "would" hangs from its verb; a French conditional is the verb (or its auxiliary)
    clause = marker if marker.dep_ not in {"aux", "auxpass"} else marker.head
    if any(child.lower_ in CONDITIONS for child in clause.subtree):
        return False
    head = clause.head
    return clause.dep_ == "ccomp" and head.lemma_.lower() in markers.reporting_verbs


def _phrase_complete(sentence, start: int, name: str, markers: StatusMarkers) -> bool:
    """A phrase ending in 'to' ('set to', 'due to') counts only before a verb."""
    for phrase in markers.groups[name].phrases:
        words = [t.lemma_.casefold() for t in sentence[start : start + len(phrase)]]
        if tuple(words) == phrase:
            if phrase[-1] != "to":
                return True
            after = start + len(phrase)
            return after < len(sentence) and sentence[after].pos_ in {"VERB", "AUX"}
    return True


def _phrase_governs(start: Token, chain: list[Token]) -> bool:
    """A phrase like 'set to' counts when it sits inside the trigger's chain of verbs."""
    return any(start.i <= word.i and word.i - start.i <= 4 for word in chain) or start in chain


def _progressive(verb: Token) -> bool:
    """'is withdrawing', 'are fighting': be + present participle."""
    return verb.tag_ == "VBG" and any(
        child.dep_ == "aux" and child.lemma_ == "be" for child in verb.children
    )


def _tense(chain: list[Token], status: Status) -> Tense:
    if status == Status.PLANNED:
        return Tense.FUTURE
    for word in chain:
        if word.pos_ not in {"VERB", "AUX"}:
            continue
        tags = {word.tag_, *(c.tag_ for c in word.children if c.dep_ in {"aux", "auxpass"})}
        if tags & {"VBD", "VBN"}:
            return Tense.PAST
        if tags & {"VBZ", "VBP"}:
            return Tense.PRESENT
        if "MD" in tags:
            return Tense.FUTURE
    return Tense.PAST
