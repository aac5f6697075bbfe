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
from crisisdesk.events.arguments import prep_attachment, verb_at_or_above
from crisisdesk.events.grammar import word_set
from crisisdesk.events.lexicon import StatusMarkers
from crisisdesk.events.mention_parts import is_definite
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
MOTIVE_NOUNS = word_set("motive_nouns")
CONDITIONS = word_set("condition_marks")  # "if", "unless": a real hypothetical
# "n'exclut pas un recours à la force": verbs whose negation asserts (litotes)
LITOTES_VERBS = word_set("litotes_verbs")
# "foiled an attempted coup", "thwarted a coup attempt": the attempt was made and stopped
ATTEMPT_STOPPING_VERBS = word_set("attempt_stopping_verbs")
# "since" opening a clause of its own: that clause's act is the start of a period, not ongoing
INCEPTION_MARKS = word_set("inception_marks")
# "has since been released": "since" as an adverb says "at some time after", a done act; only
# "ever since" says it lasts
AFTERWARDS_ADVERBS = word_set("afterwards_adverbs")
LASTING_ADVERB_MODIFIERS = word_set("lasting_adverb_modifiers")
# "have struck Port Sudan every day since Sunday", "has been held since July": the present
# perfect with a period's start tells an act still going on
PERIOD_START_PREPOSITIONS = word_set("period_start_prepositions")
# "after the junta asked it to leave", "when the bloc lifted its sanctions": a finite clause of
# its own told in the past keeps its own status, whatever the modal of the clause it hangs from
OWN_CLAUSE_DEPS = word_set("own_clause_dependencies")
# "decided to withdraw", "decides to end the agreements": a decision of an act that deciding
# performs (policies.yaml announced_progressive_types) is that act, done when decided
DECISION_VERBS = word_set("decision_verbs")
# "Chad will withdraw its soldiers, President Déby said": the report told after its content
TRAILING_REPORT_DEPS = word_set("trailing_report_dependencies")
# how a word hangs from a governing verb for that verb to govern it ("plan to attack", "denied
# the attack", "the attack was foiled"); an adverbial clause or a coordinated verb is not
# governed ("blocked a convoy, accusing France ...": no blocked accusation)
GOVERNED_DEPS = word_set("governed_dependencies")
PRESENT_OR_INFINITIVE_TAGS = {"VB", "VBP", "VBZ"}


@dataclass(frozen=True)
class ClauseReading:
    status: Status
    tense: Tense
    threat: bool = False  # governed by "threaten", "warn": the event itself is only threatened
    markers: tuple[Token, ...] = ()


SUBJECTS = {"nsubj", "nsubjpass"}


def verb_chain(trigger: Token) -> list[Token]:
    """The trigger and the words governing it, up to the clause that carries tense. A
    definite event noun that is the subject of "be" is a known act the clause says something
    about: "the attack may have been revenge for ..." hedges the motive, not the attack."""
    chain = [trigger]
    if (
        trigger.pos_ == "NOUN"
        and trigger.dep_ == "nsubj"
        and trigger.head.lemma_ == "be"
        and is_definite(trigger)
    ):
        return chain
    current = trigger
    for _ in range(MAX_CHAIN):
        # "denied any involvement of its forces in the killings": the involvement's phrase
        head = prep_attachment(current) if current.dep_ == "prep" else current.head
        if head.i == current.i or current.dep_ not in UPWARD_DEPS:
            break
        if current.dep_ == "relcl" and current.pos_ in {"VERB", "AUX"}:
            break  # "the soldiers who seized power do not ...": a clause of its own
        if _own_past_clause(current):
            break  # "would hold elections, a day after security forces stormed the camp"
        if current.dep_ == "prep" and current.lower_ in TEMPORAL_PREPS:
            break  # "promised elections after seizing power": the seizure is not promised
        if current.dep_ == "prep" and head.lemma_.lower() in MOTIVE_NOUNS:
            break  # "may have been revenge for the killing of two insurgents": the killing
            # is what the hedged revenge answers, told as done
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
        governing = position > 0 and _governed(chain[position - 1])
        for name, token in _marks(word, governing, markers, first=position == 0):
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
    if negation is not None and _stopped_attempt(trigger, negation, markers):
        del found[Status.NEGATED]  # "foiled an attempted coup": an attempt made (occurred)
    if _progressive(chain[0]) and Status.ONGOING not in found:
        found[Status.ONGOING] = chain[0]
    lasting = _perfect_since(chain)
    if lasting is not None and Status.ONGOING not in found:
        found[Status.ONGOING] = lasting
    hypothetical = found.get(Status.HYPOTHETICAL)
    if hypothetical is not None and _reported_future(hypothetical, chain, markers):
        # "Denmark said it would bring its troops home": the future of the report, a plan.
        del found[Status.HYPOTHETICAL]
        found.setdefault(Status.PLANNED, hypothetical)
    status = next((s for s in PRECEDENCE if s in found), Status.OCCURRED)
    return ClauseReading(status, _tense(chain, status), threat, tuple(found.values()))


def _stopped_attempt(trigger: Token, negation: Token, markers: StatusMarkers) -> bool:
    """'foiled an attempted coup', 'thwarted a coup attempt': an act named as an attempt and
    stopped is an attempt made, coded as occurred (tests/gold/README.md); 'foiled a plot to
    attack the base' still negates the attack, which is not the attempt."""
    if negation.lemma_.casefold() not in ATTEMPT_STOPPING_VERBS:
        return False
    attempt = markers.groups.get("attempt")
    if attempt is None:
        return False
    if trigger.lemma_.casefold() in attempt.nouns:
        return True  # the "coup attempt" read at "attempt"
    if trigger.dep_ == "compound" and trigger.head.lemma_.casefold() in attempt.nouns:
        return True
    return any(c.dep_ == "amod" and c.lower_ in attempt.words for c in trigger.children)


def _marks(word: Token, governing: bool, markers: StatusMarkers, first: bool = False):
    """(group name, marker token) for the markers attached to one word of the chain;
    ``first`` when the word is the trigger itself."""
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
            if child.dep_ == "advmod" and first and _afterwards(child):
                continue  # "has since been released": released at some time since, done
            if child.dep_ == "advmod" and any(g.dep_ == "prep" for g in child.children):
                continue  # "left the base, next to the airport, on 7 July": a place, no plan
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


def _governed(word: Token) -> bool:
    """Whether a word is governed by the verb above it: its complement, object or subject
    ("plan to attack", "denied the attack", "the attack was foiled"), an infinitive the parser
    hung as an adverbial ("have sworn to fight") or a present-tense time clause, which is part
    of what is planned ("vowed to fight until they gain control"). An adverbial participle
    ("blocked a convoy, accusing France ...") is not what the verb above does or plans."""
    if word.dep_ in GOVERNED_DEPS:
        return True
    return word.dep_ == "advcl" and word.tag_ in PRESENT_OR_INFINITIVE_TAGS


def _own_past_clause(verb: Token) -> bool:
    """A finite clause told in the past with its own subject, hung from another clause as an
    adverbial ("a day after security forces stormed the camp", "when the bloc lifted its
    sanctions") or as a participle describing a noun ("the agreement signed in Ouagadougou on
    18 June 2013", "the joint force, launched in 2017"): the act is told as done, and the
    modal or plan of the clause above ("would hold elections", "undertook to return to") is
    not its own. A condition marks its own clause ("if the soldiers had not ...")."""
    if verb.pos_ not in {"VERB", "AUX"} or verb.dep_ not in OWN_CLAUSE_DEPS:
        return False
    if verb.dep_ == "acl":
        # "the transition promised by the council": a past participle describing its noun
        return verb.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return False
    tags = {verb.tag_} | {c.tag_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    return "VBD" in tags and "MD" not in tags


def _perfect_since(chain: list[Token]) -> Token | None:
    """'have struck Port Sudan every day since Sunday', 'has been detained since July', 'has
    raged in El Geneina since late April': the present perfect with the start of a period
    (a date or an event, not a clause) tells an act still going on. The past perfect ('had
    camped there since 6 April') tells one over by the time of the story."""
    verb = next((w for w in chain if w.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return None
    present_perfect = any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in {"VBZ", "VBP"}
        for c in verb.children
    )
    if not present_perfect:
        return None
    # "every day since Sunday": the period may hang from the adverbial of frequency
    holders = [verb, *(c for c in verb.children if c.dep_ == "npadvmod")]
    for child in (c for h in holders for c in h.children):
        if child.i < verb.i:
            continue  # "Since 2022, the junta has expelled ...": the frame of a tally
        if (
            child.dep_ == "prep"
            and child.lower_ in PERIOD_START_PREPOSITIONS
            and any(g.dep_ == "pobj" for g in child.children)
        ):
            return child
    return None


def _modifier_word(child: Token, words: frozenset[str]) -> bool:
    """Whether an adjective (or participle used as one) is itself one of a group's words:
    governing verbs govern a complement, not the noun their participle describes."""
    return child.lower_ in words or child.lemma_.casefold() in words


def _afterwards(adverb: Token) -> bool:
    """'since' as a bare adverb of the trigger verb itself ('has since been released', 'has
    since left'): at some time after, a done act; 'ever since' says it lasts, and so does an
    activity told beside it ('has since aligned itself with Russia, seeking assistance': the
    seeking goes on)."""
    if adverb.lower_ not in AFTERWARDS_ADVERBS:
        return False
    before = adverb.doc[adverb.i - 1] if adverb.i > 0 else None
    lasting = any(c.lower_ in LASTING_ADVERB_MODIFIERS for c in adverb.children) or (
        before is not None and before.lower_ in LASTING_ADVERB_MODIFIERS
    )
    return not lasting and not any(c.dep_ == "pobj" for c in adverb.children)


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
    """A phrase like 'set to' counts when it sits inside the trigger's chain of verbs, or
    when it is the predicate of an event noun that is its clause's subject: "their withdrawal
    from ECOWAS is due to take effect on 29 January", "the summit is scheduled to open"
    (the schedule is the noun's; "is to" alone may be "is to blame")."""
    if any(start.i <= word.i and word.i - start.i <= 4 for word in chain) or start in chain:
        return True
    noun = chain[0]
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.dep_ not in SUBJECTS:
        return False
    if start.lemma_.casefold() == "be" or start.i < noun.i:
        return False
    return noun.head.i in {start.i, start.head.i}


def _progressive(verb: Token) -> bool:
    """'is withdrawing', 'are fighting', 'have been fighting': be + present participle, in the
    present, or in the past of reported speech ('said it was fighting': the tense moved back).
    The past progressive told by the report itself ('protesters who were demanding his
    resignation') is an act in progress at a past time the report is about: done."""
    if verb.tag_ != "VBG":
        return False
    auxiliaries = [c for c in verb.children if c.dep_ == "aux"]
    if not any(c.lemma_ == "be" for c in auxiliaries):
        return False
    return verb.dep_ == "ccomp" or not any(c.tag_ == "VBD" for c in auxiliaries)


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


def decided(trigger: Token, reading: ClauseReading, markers: StatusMarkers) -> ClauseReading | None:
    """'the German government decided to end its participation', 'the Government decides to
    withdraw from the G5 Sahel' (a communiqué's present): the act is planned only by a
    decision, which the caller codes as done when the act is one deciding performs. The
    reading of the deciding verb, or None when the act is planned otherwise ('will withdraw',
    'plans to withdraw', 'could decide to withdraw')."""
    if reading.status != Status.PLANNED or not reading.markers:
        return None
    deciders = [m for m in reading.markers if m.lemma_.casefold() in DECISION_VERBS]
    # "decided to maintain the suspension": a verb of keeping up adds no plan of its own
    planners = [m for m in reading.markers if markers.groups_for(m.lemma_.lower()) != ["ongoing"]]
    if not deciders or len(deciders) != len(planners) or deciders[0].i == trigger.i:
        return None
    told = read_clause(deciders[0], markers)
    return told if told.status == Status.OCCURRED else None


def trailing_reporter(trigger: Token, markers: StatusMarkers) -> Token | None:
    """The reporting verb told after its content, which the parser hangs from the content's
    verb: 'Chad will withdraw its soldiers from Mali, President Idriss Déby said on Sunday'
    (a coordinated or paratactic 'said' with a subject of its own and no complement)."""
    verb = verb_at_or_above(trigger, 3)
    if verb is None:
        return None
    for child in verb.children:
        if child.i < trigger.i or child.dep_ not in TRAILING_REPORT_DEPS:
            continue
        if child.lemma_.lower() not in markers.reporting_verbs:
            continue
        parts = {c.dep_ for c in child.children}
        if "nsubj" in parts and not parts & {"ccomp", "dobj", "xcomp"}:
            return child
    return None
