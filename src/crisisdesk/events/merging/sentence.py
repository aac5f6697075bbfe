"""One event per real event within a sentence, and the tolls a sentence carries.

Triggers of one sentence of one type (or kin types) and status, at no two scenes and not told
in order, are one event ("an attack that killed 20 soldiers" is one ASSAULT); each count goes
to the event whose words it hangs from. A sentence may also state a count about an event told
before it: a bare count ("Seven soldiers died.") or a revised toll ("bringing the toll of
Tuesday's ambush to seven").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from crisisdesk.events.draft import SPECIFICITY, Draft
from crisisdesk.events.grammar import word_set
from crisisdesk.events.lexicon import Quantities
from crisisdesk.events.merging.antecedents import (
    _dates_overlap,
    _settle_restatements,
    comparison_noun,
)
from crisisdesk.events.merging.families import (
    ADDED_COUNT_ADVERBS,
    AKIN_STATUSES,
    ATTACK_CAPTURES,
    ATTACK_PARTS,
    ATTACK_RESULTS,
    ATTACK_TYPE,
    COORDINATED_ACT_TYPES,
    DEATH_REPORTS,
    DEFINITE_DETERMINERS,
    DISSOLUTION_ENTRIES,
    DOER_PHRASE_ACTS,
    HOLDING_MODES,
    HOLDING_START_PREPS,
    KIN_TYPES,
    NAMING_VERBS,
    OWN_ACT_MODES,
    OWN_DOER_MODES,
    PACKAGE_TYPES,
    PERPETRATOR_NOUNS,
    TAKEOVER_ENTRIES,
)
from crisisdesk.events.merging.parties import (
    _parties_fit,
    _places_agree,
    named_already,
    opposite_sides,
    parties_restate,
)
from crisisdesk.events.merging.sequence import _sequenced
from crisisdesk.events.numbers import Count, sentence_counts, supersedes
from crisisdesk.events.policies import load_policies
from crisisdesk.model import Actor, Status

# "the toll": a sentence with one may revise the toll of an event told before
TALLY_NOUNS = word_set("tally_nouns")
TALLY_PREPS = word_set("tally_event_prepositions")
# "the release of Soumaïla Cissé by JNIM": who did what a noun names
AGENT_PREPS = word_set("passive_agent_prepositions")


def carry_tolls(
    new: list[Draft], earlier: list[Draft], sentence: Span, quantities: Quantities
) -> None:
    """Counts a sentence states about events told before it (``new`` are its own events)."""
    if new and not any(t.lemma_.lower() in TALLY_NOUNS for t in sentence):
        return
    counts = sentence_counts(sentence, quantities)
    if counts:
        _carry_revised_toll(new, earlier, counts)
    if counts and not new:
        _carry_bare_counts(earlier, sentence, counts)


def _carry_bare_counts(earlier: list[Draft], sentence: Span, counts: list[Count]) -> None:
    """ "Gunmen ambushed a convoy near Gao on Monday. Seven soldiers died.": a sentence that
    states only a count, with no event of its own, counts the victims of the event the
    sentence before told, if that event has no such count yet."""
    if sentence.start == 0:
        return
    before = sentence.doc[sentence.start - 1].sent.start
    told = [d for d in earlier if d.sentence.start == before]
    added = any(t.lower_ in ADDED_COUNT_ADVERBS for t in sentence)
    for count in counts:
        types = load_policies().count_types.get(count.kind, frozenset())
        holder = next((d for d in reversed(told) if d.type in types), None)
        if holder is None or holder.reading.status != Status.OCCURRED:
            continue
        first = holder.counts.get(count.kind)
        if first is not None and added:
            # "... killed 11 gendarmes. Two civilians also died.": more victims of that act
            holder.counts[count.kind] = _summed(first, count)
        else:
            holder.counts.setdefault(count.kind, count)


def _summed(first: Count, more: Count) -> Count:
    """One toll for the victims counted in two places ("11 gendarmes" and "two civilians")."""
    high = None
    if first.high is not None or more.high is not None:
        high = (first.high or first.low) + (more.high or more.low)
    return Count(first.kind, first.low + more.low, high, first.token, word=first.word)


def _carry_revised_toll(new: list[Draft], earlier: list[Draft], counts: list[Count]) -> None:
    """A revised toll replaces the toll of the event it revises, told before: "The body of a
    French instructor was found, bringing the toll of Tuesday's ambush to seven" (the ambush's
    dead are seven, not the six first told), "Officials said the toll had risen to 20".

    The revision belongs to the event the sentence's own mention points back to; else, when
    the toll is bare ("the toll") or of a definite event ("of Tuesday's ambush"), to the
    latest event of its kind told before. "The toll from an attack on Seytenga has risen to
    79" tells a new event. Other later figures (another source's estimate) do not replace the
    first (tests/gold/README.md, "Death tolls").
    """
    revised = next((c for c in counts if c.kind == "dead" and c.revised), None)
    if revised is None:
        return
    holders = [d for d in new if d.counts.get("dead") == revised]
    # "the death toll from the ambush": the event the toll is of, when the sentence restates it
    tallied = _tallied_nouns(revised.word)
    holders = [d for d in new if d.match.token.i in tallied] + holders
    target = next((d.antecedent for d in holders if d.antecedent is not None), None)
    if target is None and _names_a_told_event(revised.word):
        tolled = load_policies().count_types["dead"]
        target = next(
            (
                d
                for d in reversed(earlier)
                if d.type in tolled and d.reading.status == Status.OCCURRED
            ),
            None,
        )
    # the latest event may itself restate the lead ("the attackers first struck a militia
    # post"): the revision is the whole event's toll, so its first mention carries it too
    while target is not None:
        target.counts["dead"] = revised
        target = target.antecedent


def _tallied_nouns(word: Token | None) -> set[int]:
    """The event nouns a tally is of: "the death toll from the ambush" -> {ambush}."""
    if word is None:
        return set()
    tally = word.head if word.dep_ == "compound" else word
    return {
        obj.i
        for prep in tally.children
        if prep.dep_ == "prep" and prep.lower_ in TALLY_PREPS
        for obj in prep.children
        if obj.dep_ == "pobj"
    }


def _names_a_told_event(toll: Token | None) -> bool:
    """ "the toll", "the toll of Tuesday's ambush": an event already told; not "the toll from
    an attack on Seytenga", which tells a new one."""
    if toll is None:
        return False
    for prep in toll.children:
        for event in (c for c in prep.children if c.dep_ == "pobj"):
            return any(
                c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS)
                for c in event.children
            )
    return True


def merge_in_sentence(drafts: list[Draft], quantities: Quantities, sentence: Span) -> list[Draft]:
    """One draft per event in a sentence: 'an attack that killed 20 soldiers' is one ASSAULT."""
    _settle_restatements(drafts)
    merged: list[Draft] = []
    for draft in drafts:
        targets = [m for m in merged if _same_event(m, draft)]
        # "attacked a camp in Boulkessi, killing 15, while gunmen attacked a market in Gao,
        # killing six": a participle belongs to the clause it hangs from
        target = next((m for m in targets if _governs(m, draft)), targets[0] if targets else None)
        if target is None:
            merged.append(draft)
            continue
        if target.reading.status != draft.reading.status and _reading_owner(target, draft) is draft:
            target.reading = draft.reading
        target.extra_triggers.append(draft.match)
        for actor, token in draft.actors:
            if not named_already(actor, [a for a, _ in target.actors]):
                target.actors.append((actor, token))
        for actor, token in draft.recipients:
            if not named_already(actor, [a for a, _ in target.recipients + target.actors]):
                target.recipients.append((actor, token))
        _bodies_dissolved(target, draft)
        target.counts = {**draft.counts, **target.counts}
        if target.match.entry.id in DEATH_REPORTS and draft.match.entry.id not in DEATH_REPORTS:
            # the act's day and the act it restates, not the death's: "the death toll from
            # the ambush" is the ambush told before, not the latest killing
            target.date = draft.date or target.date
            target.antecedent = draft.antecedent or target.antecedent
        target.date = target.date or draft.date
        target.antecedent = target.antecedent or draft.antecedent
        restated = target.antecedent
        # the noun's own parties were checked; a word that joins it may add victims ("the body
        # of an instructor ..., bringing the toll of Tuesday's ambush to seven")
        if restated is not None and not parties_restate(target, restated, definite=False):
            # "The army killed 63 of the attackers in the fighting": "the fighting" points
            # back, but the army's killing turns the first attack's parties round
            target.antecedent = None
        if restated is not None and _ranked_own_act(target, draft, restated):
            target.antecedent = None
            # the noun's day was borrowed from the act it seemed to point to
            own = [d.date for d in (draft, target) if d.date is not None and d.date[1]]
            target.date = own[0] if own else None
        if draft.place and (
            target.place is None
            or SPECIFICITY[draft.place[0].precision] < SPECIFICITY[target.place[0].precision]
        ):
            target.place = draft.place
        # the act's own verb keeps its type, not the participle saying how it was said
        naming = _named_as(draft, target) or _attack_part(draft, target)
        if _attack_part(target, draft) or (
            target.match.entry.mode is None and draft.match.entry.mode is not None and not naming
        ):
            # "raided the town, killing three": the attack, not the raid, names the act
            target.match, target.extra_triggers[-1] = draft.match, target.match
    _share_coordinated_parts(merged)
    _attribute_counts(merged, sentence, quantities)
    return merged


def _bodies_dissolved(target: Draft, draft: Draft) -> None:
    """'took power and dissolved the government and the National Assembly': one coup, whose
    targets are not the bodies it did away with (their words lie under the dissolution)."""
    entries = {target.match.entry.id, draft.match.entry.id}
    if not (entries & TAKEOVER_ENTRIES and entries & DISSOLUTION_ENTRIES):
        return
    dissolution = draft if draft.match.entry.id in DISSOLUTION_ENTRIES else target
    under = {t.i for t in dissolution.match.token.subtree} - {dissolution.match.token.i}
    target.recipients = [(a, t) for a, t in target.recipients if t.i not in under]


def _share_coordinated_parts(merged: list[Draft]) -> None:
    """Two coordinated acts kept apart share the date their coordination states ("gunmen
    abducted two French tourists in May 2019 and killed their guide" dates the killing too, by
    the words of its own sentence), and a measure that names no target aims at the other's
    ("a rappelé ses ambassadeurs ... et fermé ses frontières avec eux": PACKAGE_TYPES)."""
    for first in merged:
        for second in merged:
            # a conjunct with a subject of its own ("and on 2 April it imposed a full embargo")
            # is a clause of its own, dated and aimed by its own words
            if first is second or not _coordinated_acts(first, second):
                continue
            if any(c.dep_ in _DOER_SLOTS for c in second.match.token.children):
                continue
            if first.date and first.date[1] and (second.date is None or second.date[1] is None):
                second.date = first.date
            if first.type not in PACKAGE_TYPES:
                continue  # a victim the knowledge base does not know is still a victim
            if first.recipients and not second.recipients:
                second.recipients = list(first.recipients)
            elif second.recipients and not first.recipients:
                first.recipients = list(second.recipients)


def _ranked_own_act(target: Draft, draft: Draft, restated: Draft) -> bool:
    """A noun that seemed to point back, joined by a verb of its sentence that tells an act
    dated or placed apart from the one it pointed to: a ranked noun ("In June, gunmen killed
    86 people in Seytenga in one of the worst massacres of the conflict" is June's killing, not
    the weekend attack told before) or a noun with a clause of its own ("the attacks that
    killed 130 people in Paris a week ago" are not the siege in Sévaré told before)."""
    ranked = any(comparison_noun(d.match.token) for d in (target, draft))
    joined = _told_of(target.match.token, draft.match.token) or _told_of(
        draft.match.token, target.match.token
    )
    if not (ranked or joined):
        return False
    return any(_told_apart(told, restated) for told in (target, draft))


def _told_apart(told: Draft, restated: Draft) -> bool:
    """A date or a place of the mention's own words that the event told before does not have."""
    dated = told.date is not None and told.date[1] is not None and restated.date is not None
    if dated and not _dates_overlap(told.date[0], restated.date[0]):
        return True
    placed = told.place is not None and told.place[1] is not None and restated.place is not None
    return placed and not _places_agree(told.place[0], restated.place[0])


# subject and object slots: "the blast left 12 dead" ties the toll to the blast
_CLAUSE_ROLES = {"nsubj", "nsubjpass", "dobj"}


def _attribute_counts(merged: list[Draft], sentence: Span, quantities: Quantities) -> None:
    """With several events of one sentence that could hold a count, each count goes to the
    event whose words it hangs from ("attacked a camp in Boulkessi, killing 15, while gunmen
    attacked a market in Gao, killing six": 15 and 6; "killed 12 soldiers in Djibo, a week
    after an attack in Arbinda": the Arbinda attack has no toll). A count tied to none of them
    is shared, and left to none (tests/gold/README.md, "Death tolls")."""
    counts: list[Count] | None = None
    for kind, types in load_policies().count_types.items():
        eligible = [d for d in merged if d.type in types]
        if len(eligible) < 2 or not any(kind in d.counts for d in eligible):
            continue
        if counts is None:
            counts = sentence_counts(sentence, quantities)
        for draft in eligible:
            if draft.counts.get(kind) in counts:  # not a gapped repeat's own victim
                draft.counts.pop(kind, None)
        for count in (c for c in counts if c.kind == kind):
            for owner in _count_owners(count, eligible):
                if supersedes(count, owner.counts):
                    owner.counts[kind] = count


def _count_owners(count: Count, drafts: list[Draft]) -> list[Draft]:
    """The event a count's casualty word hangs from: a trigger above it ("killing" under
    "attacked"), with the events its subject or object names ("suicide bombers attacked ...,
    killing 18": one act told twice); or the subject or object of a verb above it ("the blast
    left 12 dead"); else the one event noun inside its phrase ("the toll of the attack")."""
    if count.word is None:
        return []
    at = {m.token.i: d for d in drafts for m in [d.match, *d.extra_triggers]}
    below: Token | None = None
    for step in [count.word, *count.word.ancestors]:
        named = [
            at[c.i]
            for c in step.children
            if c.dep_ in _CLAUSE_ROLES and c.i in at and (below is None or c.i != below.i)
        ]
        if step.i in at:
            owner = at[step.i]
            words = [m.token for m in [owner.match, *owner.extra_triggers]]
            told = [
                at[c.i] for w in words for c in w.children if c.dep_ in _CLAUSE_ROLES and c.i in at
            ]
            return _distinct([owner, *told])
        if named:
            return _distinct(named)
        below = step
    inside = _distinct([at[t.i] for t in count.word.subtree if t.i in at])
    return inside if len(inside) == 1 else []


def _distinct(drafts: list[Draft]) -> list[Draft]:
    return list({id(d): d for d in drafts}.values())


def _governs(one: Draft, other: Draft) -> bool:
    """One trigger is the other's nearest verb above it: 'attacked' for 'killing' in
    "attacked the camp, killing 15"."""
    head = next((t for t in other.match.token.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    return head is not None and head.i == one.match.token.i


def _same_event(a: Draft, b: Draft) -> bool:
    """Two triggers of one sentence that report one happening.

    Same type (or kin types: a pact signed that creates an alliance is AGREE and COOPERATE
    at once) and status, no conflicting dates or scenes, and not two acts of their own
    ("suspended Mali and imposed sanctions"; but closed borders, frozen assets and recalled
    ambassadors are one sanctions package). Different actors alone do not keep them apart:
    "assailants attacked the camp and the peacekeepers repelled the attack" is one clash; but
    acts of opposite sides, each naming its own doers, are two ("the RSF accused the army
    ..., while the army accused the RSF": :func:`opposite_sides`).
    """
    if not _types_of_one_act(a, b):
        return False
    if a.reading.status != b.reading.status and _reading_owner(a, b) is None:
        return False
    one, other = a.match.entry.mode, b.match.entry.mode
    if one and other and one != other and {one, other} & OWN_ACT_MODES.get(a.type, set()):
        return False  # "suspended Mali and imposed sanctions": two measures
    if _killing_beside_own_act(a, b) or _killing_beside_own_act(b, a):
        return False  # "raided the town, killing three and abducting three women": two acts
    if _coordinated_acts(a, b) or _coordinated_acts(b, a):
        return False  # "recalled its ambassadors and closed its airspace": two measures
    if _two_scenes(a, b):
        return False  # "the killings in Tessit came a week after an attack in Kalumba"
    if opposite_sides(_doers(a), _targets(a), _doers(b), _targets(b)):
        return False  # "the RSF accused the army of ..., while the army accused the RSF"
    if _each_does_its_own(a, b):
        return False  # "freed a journalist in exchange for prisoners released by the army"
    if _began_the_hold(a, b) or _began_the_hold(b, a):
        return True  # "has been held since Wednesday, when his guard detained him": one act
    if _object_of_its_verb(a, b) or _object_of_its_verb(b, a):
        return True  # "agreed on Thursday to impose sanctions": one act, told by the verb
    if _sequenced(a.match.token, b.match.token) or _sequenced(b.match.token, a.match.token):
        return False  # "the attack came three months after gunmen killed 160 villagers"
    if {a.match.entry.id, b.match.entry.id} & DEATH_REPORTS:
        return True  # a body found on Wednesday, of Tuesday's ambush
    if _told_inside(a.match.token, b.match.token) or _told_inside(b.match.token, a.match.token):
        return True  # "were killed in Friday's bomb attacks": the killing is the attack's
    if _told_of(a.match.token, b.match.token) or _told_of(b.match.token, a.match.token):
        return True  # "the attack, which killed 71 soldiers": the toll is the attack's
    return not (a.date and b.date and a.date[0] != b.date[0])


def _began_the_hold(hold: Draft, start: Draft) -> bool:
    """A detention told as the start of a holding: "Bazoum has been held ... since Wednesday,
    when members of his guard detained him" is the one detention, not a second."""
    if hold.type != start.type or hold.match.entry.mode != start.match.entry.mode:
        return False
    if hold.match.entry.mode not in HOLDING_MODES.get(hold.type, frozenset()):
        return False
    clause = start.match.token
    if clause.dep_ not in {"relcl", "advcl"}:
        return False
    moment = clause.head
    return (
        moment.dep_ == "pobj"
        and moment.head.lower_ in HOLDING_START_PREPS
        and moment.head.head == hold.match.token
    )


def _killing_beside_own_act(killing: Draft, act: Draft) -> bool:
    """A killing (or an attack that has taken one in) coordinated with an act of its own kind,
    such as an abduction: "killed 20 and abducted 50", "killing three aid workers and abducting
    three women" are two ASSAULTs (merging.yaml own_act_modes). A killing told as the way a
    hostage-taking ended ("held 170 guests hostage ..., killing 20") is part of it."""
    mode = act.match.entry.mode
    if mode is None or mode not in OWN_ACT_MODES.get(act.type, set()):
        return False
    verb = act.match.token
    return any(
        m.entry.kill and m.entry.mode != mode and _conjoined(m.token, verb)
        for m in [killing.match, *killing.extra_triggers]
    )


def _conjoined(one: Token, other: Token) -> bool:
    return (one.dep_ == "conj" and one.head.i == other.i) or (
        other.dep_ == "conj" and other.head.i == one.i
    )


# "were killed in Friday's bomb and gun attacks", "died during the assault"
CONTAINING_PREPS = word_set("containing_prepositions")


def _told_inside(inner: Token, outer: Token) -> bool:
    """``inner`` is a noun of the phrase that says in which act ``outer``'s verb happened ("185
    people were killed in Friday's coordinated bomb and gun attacks"): one act, whatever date
    each trigger was lent (the noun's date is its phrase's, the verb's may be the report's)."""
    if outer.pos_ not in {"VERB", "AUX"} or inner.pos_ not in {"NOUN", "PROPN"}:
        return False
    for step in inner.ancestors:
        if step.i == outer.i:
            return False
        if step.pos_ in {"VERB", "AUX"}:
            return False
        if step.dep_ == "prep" and step.lower_ in CONTAINING_PREPS:
            return step.head.i == outer.i
    return False


# clauses that hang from a noun: "the attack, which killed 71 soldiers", "an ambush killing 12"
NOUN_CLAUSES = {"relcl", "acl"}


def _told_of(clause: Token, noun: Token) -> bool:
    """``clause`` is a verb in a clause on the event noun ``noun`` ("the attack, which killed
    71 soldiers, was the second on Inates this year"): the clause tells the noun's own act,
    whatever date the sentence lends either."""
    return (
        noun.pos_ in {"NOUN", "PROPN"}
        and clause.pos_ in {"VERB", "AUX"}
        and clause.dep_ in NOUN_CLAUSES
        and clause.head.i == noun.i
    )


def _object_of_its_verb(noun: Draft, verb: Draft) -> bool:
    """A noun trigger that is the direct object of a verb trigger of its own type ("agreed on
    Thursday to impose sanctions on Guinea's junta"): the noun names the act the verb does,
    whose clause gives its status and date."""
    token = noun.match.token
    if noun.type != verb.type or token.pos_ != "NOUN" or token.dep_ != "dobj":
        return False
    head = token.head
    # the verb's trigger may stand on the verb it completes ("agreed ... to impose")
    return head.i == verb.match.token.i or (
        head.dep_ == "xcomp" and head.head.i == verb.match.token.i
    )


def _reading_owner(a: Draft, b: Draft) -> Draft | None:
    """Of two triggers of one act read with different statuses, the one whose clause says
    whether it happened: the verb its doers are the subject of ("Suspected female suicide
    bombers attacked a wedding": the hedge is on the bombers, the attack occurred), or the
    verb an ongoing or done act's participle hangs from ("have been blockading Djibo, cutting
    off the town")."""
    for hold, start in ((a, b), (b, a)):
        if _began_the_hold(hold, start):
            return start  # the detention happened; the holding since is its state
    for noun, verb in ((a, b), (b, a)):
        if _object_of_its_verb(noun, verb):
            return verb  # "agreed to impose sanctions": the verb's clause says what happened
    for doer, verb in ((a, b), (b, a)):
        token = doer.match.token
        if (
            token.dep_ == "nsubj"
            and token.head.i == verb.match.token.i
            and token.lemma_.lower() in PERPETRATOR_NOUNS
        ):
            return verb
    if {a.reading.status, b.reading.status} <= AKIN_STATUSES:
        if _governs(a, b):
            return a
        if _governs(b, a):
            return b
    return None


# a verb's subject, and the agent of a passive ("were killed by soldiers")
_DOER_SLOTS = {"nsubj", "agent"}


def _doers(draft: Draft) -> list[Actor]:
    """The doers a trigger's own clause names: actors inside its subject or its "by" agent
    ("the army accused the RSF", "were killed by soldiers", "the army carried out a raid");
    not doers lent from another clause, which may be the other act's. A two-sided trigger
    ("repelled", "clashed with") names both sides as actors, so it is no side's act."""
    if draft.match.entry.two_sided:
        return []
    trigger = draft.match.token
    # "the army carried out a raid": a noun object's doers are its verb's subject
    clause = trigger.head if trigger.dep_ == "dobj" and trigger.pos_ == "NOUN" else trigger
    slots = [c for c in clause.children if c.dep_ in _DOER_SLOTS]
    own = {t.i for slot in slots for t in slot.subtree}
    return [a for a, token in draft.actors if token.i in own]


def _each_does_its_own(a: Draft, b: Draft) -> bool:
    """Two mentions of an act each doer does for itself (``own_doer_modes``: a release),
    whose own clauses name doers that cannot be one party: two acts ("JNIM freed a journalist
    in exchange for 200 prisoners released by the government": both releases)."""
    mode = a.match.entry.mode
    if mode not in OWN_DOER_MODES or b.match.entry.mode != mode:
        return False
    doers, others = _own_doers(a), _own_doers(b)
    return bool(doers and others) and not _parties_fit(doers, others)


def _own_doers(draft: Draft) -> list[Actor]:
    """The doers a trigger's clause names, and for a noun its own "by" phrase ("the release of
    Soumaïla Cissé by JNIM")."""
    trigger = draft.match.token
    if trigger.pos_ != "NOUN":
        return _doers(draft)
    by = {
        t.i
        for prep in trigger.children
        if prep.dep_ in {"prep", "agent"} and prep.lower_ in AGENT_PREPS
        for t in prep.subtree
    }
    return _doers(draft) + [a for a, token in draft.actors if token.i in by]


def _types_of_one_act(a: Draft, b: Draft) -> bool:
    """Types one sentence may state one act with: the same, kin types, a protest whose
    protesters do the other act, or an act and the participle naming how it was said."""
    if a.type == b.type or {a.type, b.type} <= KIN_TYPES or _doers_named_by(a, b):
        return True
    if _attack_part(a, b) or _attack_part(b, a):
        return True
    return _named_as(a, b) or _named_as(b, a)


def _doers_named_by(a: Draft, b: Draft) -> bool:
    """One trigger lies in the subject (or "by" agent) of the other's verb and names its doers
    by the act they are doing ("protesters who had gathered outside the palace set fire to the
    party's headquarters"), the two types paired in ``doer_phrase_acts``: one act, not two.
    Targets are not doers: "protesters who had gathered were shot by soldiers" stays two."""
    for inner, verb in ((a, b), (b, a)):
        if verb.type not in DOER_PHRASE_ACTS.get(inner.type, frozenset()):
            continue
        slots = [c for c in verb.match.token.children if c.dep_ in _DOER_SLOTS]
        if any(inner.match.token.i in {t.i for t in slot.subtree} for slot in slots):
            return True
    return False


def _named_as(naming: Draft, act: Draft) -> bool:
    """``naming`` is a participle of a verb of naming that hangs from ``act``'s verb and names
    a pronoun for the thing that act is about ("rejected the report, calling it biased"): how
    the act was said, not an act of its own. "closing its borders, calling the sanctions
    illegal" names a thing of its own: two acts."""
    word = naming.match.token
    return (
        word.tag_ == "VBG"
        and word.dep_ == "advcl"
        and word.head.i == act.match.token.i
        and word.lemma_.lower() in NAMING_VERBS
        and any(c.dep_ == "dobj" and c.pos_ == "PRON" for c in word.children)
    )


def _targets(draft: Draft) -> list[Actor]:
    return [a for a, _ in draft.recipients]


def _two_scenes(a: Draft, b: Draft) -> bool:
    """Each placed by its own words at a different town: two acts."""
    if a.place is None or b.place is None or a.place[1] is None or b.place[1] is None:
        return False
    return not _places_agree(a.place[0], b.place[0])


def _coordinated_acts(first: Draft, second: Draft) -> bool:
    """Two coordinated verbs of one type, each acting on an object of its own, with modes that
    say they are two acts: two modes that differ ("recalled its ambassadors to Mali and closed
    its airspace": a recall and a closure), or a killing and an act of an own-act mode
    ("killing three aid workers and abducting three women"). One mode told twice ("closed the
    borders and suspended transactions") or a verb restating the other stays one act."""
    if first.type != second.type or first.type not in COORDINATED_ACT_TYPES:
        return False
    token, other = first.match.token, second.match.token
    if other.dep_ != "conj" or other.head.i != token.i:
        return False
    objects = [_object_lemma(t) for t in (token, other)]
    if None in objects or objects[0] == objects[1]:
        return False
    one, two = first.match.entry.mode, second.match.entry.mode
    if one and two:
        # "responded by recalling its ambassadors and closing its borders": the measures a
        # "by" phrase lists say how one response was made; so does a list of three or more
        # ("closed its borders, froze state assets and recalled its ambassadors": one package)
        listed = sum(1 for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB") > 1
        return one != two and token.dep_ != "pcomp" and not listed
    own = OWN_ACT_MODES.get(first.type, frozenset())
    return (one is None and first.match.entry.kill and two in own) or (
        two is None and second.match.entry.kill and one in own
    )


def _object_lemma(verb: Token) -> str | None:
    """The lemma of a verb's direct object ("closed its airspace" -> airspace)."""
    return next((c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"), None)


def _attack_part(part: Draft, attack: Draft) -> bool:
    """``part`` is an act the attack told in its sentence is made of, by the same side: the
    raid, search or seizure of goods of an attack ("raided the town of Rann, killing three aid
    workers", "claimed the attack and said it had seized weapons and vehicles"), or a round-up
    of the people the attackers then shoot ("rounded up villagers in groups and opened fire on
    them"), or its outcome told by a participle ("stormed the broadcaster, taking its channels
    off the air"). An analyst codes the attack once (tests/gold/README.md)."""
    if attack.type != ATTACK_TYPE or part.type == ATTACK_TYPE:
        return False
    mode = part.match.entry.mode
    if mode in ATTACK_PARTS.get(part.type, frozenset()):
        return _same_side(part, attack)
    if mode in ATTACK_RESULTS.get(part.type, frozenset()):
        # "stormed the broadcaster, briefly taking its channels off the air"
        participle = part.match.token.tag_ == "VBG" and _governs(attack, part)
        return participle and _same_side(part, attack)
    if mode not in ATTACK_CAPTURES.get(part.type, frozenset()):
        return False
    token, other = part.match.token, attack.match.token
    linked = (other.dep_ == "conj" and other.head.i == token.i) or (
        token.dep_ == "conj" and token.head.i == other.i
    )
    return linked and _aims_at_pronoun(other) and _same_side(part, attack)


def _aims_at_pronoun(verb: Token) -> bool:
    """ "opened fire on them", "shot them": the attack's target is a pronoun for people told
    before in the sentence."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.pos_ == "PRON":
            return True
        if child.dep_ == "prep" and any(
            c.dep_ == "pobj" and c.pos_ == "PRON" for c in child.children
        ):
            return True
    return False


def _same_side(part: Draft, attack: Draft) -> bool:
    """The part's doers, where both name them, are the attack's (a seizure by the army after
    militants attacked is the army's own act)."""
    doers = [a for a, _ in part.actors]
    others = [a for a, _ in attack.actors]
    return not doers or not others or any(named_already(d, others) for d in doers)
