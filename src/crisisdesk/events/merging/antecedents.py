"""Definite nouns and named perpetrators that point back to an event told before.

"The capture follows ...", "JNIM claimed responsibility for the attack", "the attackers
surrounded the village": the mention restates the latest fitting event of its type (or of its
type's family) told before, and happened when it did; the date its clause gives belongs to the
sentence's other events (:func:`_settle_restatements`). :func:`antecedent_links` hands the
links to merging across the document.
"""

from __future__ import annotations

from collections.abc import Callable
from copy import copy

from spacy.tokens import Doc, Span, Token

from crisisdesk.dates.resolve import DateValue
from crisisdesk.events.draft import Draft
from crisisdesk.events.grammar import word_set
from crisisdesk.events.merging.families import (
    AKIN_STATUSES,
    DEADLINE_PREPS,
    DEFINITE_DETERMINERS,
    MANNER_MODES,
    NEW_ACT,
    PACKAGE_NOUNS,
    PACKAGE_TYPES,
    PERPETRATOR_NOUNS,
    REPORT_DAY_VERBS,
    TELLING_VERBS,
    _modes_agree,
    one_act,
)
from crisisdesk.events.merging.parties import _parties_fit, _places_agree, parties_restate
from crisisdesk.events.merging.sequence import _sequenced
from crisisdesk.events.ontology import load_ontology
from crisisdesk.events.policies import load_policies
from crisisdesk.events.status import ClauseReading
from crisisdesk.model import ActorKind, DatePrecision, PlacePrecision, Status

# "would not have happened", "could not have taken place": a counterfactual of an act told
COUNTERFACTUAL_MODALS = word_set("counterfactual_modals")
# "the suspension would stay in place", "the ban will remain": the act lasts, so it happened
CONTINUATION_VERBS = word_set("continuation_verbs")
# "the attackers also burned granaries", "could attack again": an act added to those told
ADDITIVE_ADVERBS = word_set("additive_adverbs")
# "In the same statement, he also condemned ...": the telling told before, not a further act
SAME_TELLING_WORDS = word_set("same_telling_words")
UTTERANCE_NOUNS = word_set("utterance_nouns")
# the quad classes of speech acts (ontology.yaml)
VERBAL_QUADS = ("verbal_",)


def antecedent_of(
    draft: Draft,
    earlier: list[Draft],
    definite: bool,
    date_spans: list[tuple[int, int]],
    light_verb: Callable[[str], str | None],
) -> Draft | None:
    """The event a mention restates, when it points back: by a definite event noun ('the
    capture', 'the attack', 'the killings'), or by naming the perpetrators of an act already
    told ("the attackers surrounded the village at dawn").

    It is the latest event of the same type, status and kind of act told before (a denied or
    planned attack is not what "the killings" were; a suspension is not "the sanctions"),
    followed back to its first mention, whose parties and scene the mention's fit; failing
    one, the latest of a type of its family (:func:`one_act`: "the coup" after "seized
    power"). A noun must stand where known things stand (:func:`_topical`), and its phrase
    must not carry a date of its own ("the 2020 coup": the ordinary rules decide); a place of
    its own ("the attack on Boulkessi") must be the scene of the event it points back to.
    """
    noun = draft.match.token
    own_scene = False
    if definite:
        start, end = _phrase(noun)
        if not _topical(noun, light_verb) or _ranks_its_verb(noun):
            return None
        # "Tuesday's ambush", "the 2020 coup": the date must be the antecedent's, which
        # is checked once the noun is dated (:func:`_settle_restatements`)
        draft.dated_reference = not comparison_noun(noun) and (
            _dated_phrase(noun, date_spans, light_verb)
            or _dated_occurrence(noun, date_spans, light_verb)
        )
        place_word = draft.place[1] if draft.place is not None else None
        own_scene = place_word is not None and start <= place_word.idx < end
    elif not any(_definite_perpetrator(token) for _, token in draft.actors):
        return None
    mode = draft.match.entry.mode
    status = _status(draft)
    if definite and (
        _negation_of_another_verb(draft, light_verb)
        or _counterfactual(draft.reading)
        or _lasting(noun)
    ):
        # "had not commented on the attack", "the attacks would not have happened had ...":
        # the attack happened
        status = Status.OCCURRED
    same_type = [
        d
        for d in reversed(earlier)
        if d.type == draft.type
        and _statuses_fit(_status(d), status, definite)
        and _same_kind_of_act(d.type, mode, (d.antecedent or d).match.entry.mode)
    ]
    if definite:
        # "the ambush" is the ambush told before, though a massacre was told since; one told
        # with the noun's own status before one told as going on ("the protests" after
        # "protesters who were demonstrating")
        same_type.sort(key=lambda d: (not _told_with(d, noun.lemma_.lower()), _status(d) != status))
        # "the assault on Zamzam" is the act told on Zamzam, though a war was told since: a
        # target the noun's phrase names (not a generic group) picks the act aimed at it
        named = {a.id for a, _ in draft.recipients if a.kind != ActorKind.GROUP}
        if named:
            same_type.sort(
                key=lambda d: not named & {a.id for a, _ in (d.antecedent or d).recipients}
            )
    # "the coup" after "soldiers seized power" (ASSAULT), "the agreement" after "signed a pact,
    # creating an alliance" (COOPERATE): an act of the family, when none of its own type fits
    kin = [
        d
        for d in reversed(earlier)
        if d.type != draft.type
        and _status(d) == status
        and any(
            one_act(draft.type, mode, m.entry.type, m.entry.mode)
            for m in [d.match, *d.extra_triggers]
        )
    ]
    for before in same_type + kin:
        # the latest whose parties fit: "the killings of 42 soldiers" after the army's
        # counter-attack on the attackers is the attack on the soldiers, told before it
        first = before.antecedent or before
        if own_scene and not _local(first):
            continue  # "the attack on Boulkessi" names its scene: an attack told there
        if not _possessor_takes_part(draft, first):
            continue  # "since his abduction" (Cissé's): not the kidnapping of Maccalli
        if parties_restate(_without_possessor(draft), first, definite) and _scenes_agree(
            draft, first
        ):
            return first
    return None


def _possessed(draft: Draft, token: Token) -> bool:
    """Is the party's word a possessive pronoun on the event noun ("their arrest")?"""
    noun = draft.match.token
    owner = noun.head if noun.dep_ == "compound" else noun
    return token.head.i == owner.i and token.tag_ == "PRP$"


def _possessor_takes_part(draft: Draft, first: Draft) -> bool:
    """A possessive pronoun on the noun ("their arrest", "its withdrawal") names a party of
    the act pointed back to, doer or target: the pronoun must find its person there."""
    owned = [a.id for a, token in draft.actors + draft.recipients if _possessed(draft, token)]
    parties = {actor.id for actor, _ in first.actors + first.recipients}
    return all(name in parties for name in owned)


def _without_possessor(draft: Draft) -> Draft:
    """The mention without its possessor, whose role (doer of "its withdrawal", target of
    "their arrest") the pronoun does not tell; :func:`_possessor_takes_part` placed it."""
    if not any(_possessed(draft, token) for _, token in draft.actors + draft.recipients):
        return draft
    bare = copy(draft)
    bare.actors = [(a, t) for a, t in draft.actors if not _possessed(draft, t)]
    bare.recipients = [(a, t) for a, t in draft.recipients if not _possessed(draft, t)]
    return bare


# "killed 86 people in one of the worst massacres", "died during the deadliest attack"
CONTAINING_PREPS = word_set("containing_prepositions")


def _ranks_its_verb(noun: Token) -> bool:
    """A ranked noun in the phrase that says in which act its verb happened ("In June, gunmen
    killed 86 people in Seytenga in one of the worst massacres of the conflict"): it
    characterises that verb's act, not an act told before."""
    if not comparison_noun(noun) and not any(
        comparison_noun(t) for t in noun.ancestors if t.pos_ in {"NOUN", "PRON", "NUM"}
    ):
        return False
    for step in noun.ancestors:
        if step.dep_ == "prep" and step.lower_ in CONTAINING_PREPS:
            # the parser may hang the phrase from the verb's object or place ("in Seytenga")
            return any(t.pos_ in {"VERB", "AUX"} for t in step.ancestors)
        if step.pos_ in {"VERB", "AUX"}:
            return False
    return False


def _statuses_fit(told: Status, mention: Status, definite: bool) -> bool:
    """A mention's status fits the event it may point back to: the same, or, for a definite
    noun, done and going on ("the protests" after "protesters who were demonstrating", "the
    fighting" after "fighting raged"): one act told at two moments."""
    return told == mention or (definite and {told, mention} <= AKIN_STATUSES)


def _counterfactual(reading: ClauseReading) -> bool:
    """A negation in a counterfactual ("the attacks would not have happened in this way had
    ..."): a modal and the perfect say what would have been, so the act itself took place."""
    if reading.status != Status.NEGATED:
        return False
    for marker in reading.markers:
        verb = marker.head
        auxiliaries = {c.lemma_.lower() for c in verb.children if c.dep_ == "aux"}
        if verb.tag_ == "VBN" and "have" in auxiliaries and auxiliaries & COUNTERFACTUAL_MODALS:
            return True
    return False


def _lasting(noun: Token) -> bool:
    """A definite act noun whose verb says only how long it lasts or when it ends ("the
    suspension would stay in place until ...", "the withdrawal would be completed by 15
    September", "la suspension restera en vigueur"): the modal is the continuation's, the act
    under way is the one told before."""
    subject = noun.dep_ in {"nsubj", "nsubjpass", "nsubj:pass"}
    return subject and noun.head.lemma_.lower() in CONTINUATION_VERBS


def _negation_of_another_verb(draft: Draft, light_verb: Callable[[str], str | None]) -> bool:
    """A noun read as negated only because the verb it hangs from is negated, a verb that
    does not tell the act itself: "the government had not commented on the attack", "the
    army did not confirm the attack" (but "did not launch an attack", "denied the attack")."""
    reading = draft.reading
    if reading.status != Status.NEGATED or not reading.markers:
        return False
    noun = draft.match.token
    return all(
        marker.dep_ in NEGATION_DEPS
        and marker.head.i != noun.i
        and light_verb(marker.head.lemma_.lower()) is None
        for marker in reading.markers
    )


# the dependencies of "not" and "would" in "would not say": words that negate their own verb
NEGATION_DEPS = {"neg", "aux"}


def _told_with(draft: Draft, lemma: str) -> bool:
    """Whether an event was told with this word ("ambush") in any of its mentions."""
    first = draft.antecedent or draft
    mentions = [first.match, *first.extra_triggers, draft.match, *draft.extra_triggers]
    return any(m.token.lemma_.lower() == lemma for m in mentions)


def _local(draft: Draft) -> bool:
    """Placed below the country: a scene a later noun can name again."""
    return draft.place is not None and draft.place[0].precision != PlacePrecision.COUNTRY


def _definite_perpetrator(token: Token) -> bool:
    """'the attackers', 'the gunmen': the doers of an act already told."""
    return token.lemma_.lower() in PERPETRATOR_NOUNS and any(
        c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in token.children
    )


def _same_kind_of_act(type_: str, one: str | None, other: str | None) -> bool:
    """A noun names its act's mode as surely as the first mention: 'the coup' (no mode) is
    not the electricity cut (withhold) told just before, 'the attack' is 'the massacre'."""
    return _modes_agree(type_, one, other) and _modes_agree(type_, other, one)


def _target_ids(draft: Draft) -> set[str]:
    """The ids of the parties an act is aimed at."""
    return {actor.id for actor, _ in draft.recipients}


def _settle_restatements(drafts: list[Draft]) -> None:
    """A verb that restates ("the attackers surrounded the village") must not date or place
    its act elsewhere. A restating noun happened when its antecedent did, and the date its
    clause gives belongs to the other events of the sentence: in "the attack was the deadliest
    since June 2021, when gunmen killed 130 people", June 2021 is the Solhan killings' date; in
    "the capture follows the departure at the end of October", October is the departure's."""
    _undate_comparisons(drafts)
    displaced = None
    for draft in drafts:
        first = draft.antecedent
        own = draft.date if draft.date is not None and draft.date[1] is not None else None
        if first is not None and draft.dated_reference and own is not None:
            if _telling_date(draft, first, own[0]):
                # "JNIM claimed responsibility for the attacks on Saturday", after Friday's
                # attacks: the later day is the claim's, the noun is Friday's attacks
                displaced = own
                draft.date = (first.date[0], None)
                continue
            # "Tuesday's ambush" restates the ambush told for Tuesday; "the 2020 coup" the
            # August 2020 coup; the 2012 rebellion is not the 2023 fighting, nor an act whose
            # day is not known yet
            if first.date is None or not _dates_overlap(own[0], first.date[0]):
                draft.antecedent = None
            continue
        if first is None or first.date is None:
            continue
        if draft.match.token.pos_ == "VERB":
            # "the attackers struck Boni on Monday": a verb's own date and place are its own
            if (own is not None and own[0] != first.date[0]) or not _scenes_agree(draft, first):
                draft.antecedent = None
            continue
        if own is not None and _refines_date(own[0], first.date[0]):
            # "imposed sanctions in January ... The sanctions, decided at a summit on 9
            # January, closed the borders": a day inside the first mention's month is the
            # act's day, told more precisely (the merge keeps the finer date)
            continue
        if own is not None and _report_day(first) and own[0].start <= first.date[0].start:
            # "..., the ministry said on Wednesday. The attack took place on Tuesday": the
            # first mention was dated by its telling; this is the act's own day
            continue
        if not comparison_noun(draft.match.token):
            displaced = own or displaced
        draft.date = (first.date[0], None)  # no span of its own in this sentence
    if displaced is not None:
        for draft in drafts:
            if draft.antecedent is None and draft.date is None:
                draft.date = displaced


def _telling_date(draft: Draft, first: Draft, own: DateValue) -> bool:
    """A day after the noun that falls after the act it points back to, where the noun is what
    another verb is about ("claimed responsibility for the attacks on Saturday", "condemned
    the killings on Monday"): the parser hangs the day from the noun, but an act cannot be
    told again as happening after it happened; the day is the telling's. Not a date before
    the noun ("Saturday's attack") nor a noun that is the subject ("the attack on Saturday
    killed ...")."""
    if first.date is None or first.date[1] is None or own.start <= first.date[0].end:
        return False
    noun = draft.match.token
    if draft.date is None or draft.date[1] is None or draft.date[1][0] < noun.idx:
        return False
    owner = noun.head if noun.dep_ == "compound" else noun
    for step in [owner, *owner.ancestors]:
        if step.dep_ in {"nsubj", "nsubjpass"}:
            return False
        if step.pos_ in {"VERB", "AUX"} and step.i != noun.i:
            return True
    return False


def _refines_date(finer: DateValue, coarser: DateValue) -> bool:
    """A date strictly more precise than another and inside it: 9 January in January."""
    inside = coarser.start <= finer.start and finer.end <= coarser.end
    return inside and (finer.end - finer.start) < (coarser.end - coarser.start)


def _dates_overlap(one: DateValue, other: DateValue) -> bool:
    """One date lies within the other: 2020 and August 2020, or the same day."""
    return (one.start <= other.start and other.end <= one.end) or (
        other.start <= one.start and one.end <= other.end
    )


def _undate_comparisons(drafts: list[Draft]) -> None:
    """A date inside a ranked event noun's phrase is the period of the comparison ("seized
    power, in the seventh coup in the region since 2020"): it dates neither that noun nor
    the act the noun characterises, only an act told inside the phrase ("the most serious
    attack since July 2022, when jihadists attacked the Kati camp")."""
    phrases = [_phrase(d.match.token) for d in drafts if comparison_noun(d.match.token)]
    for draft in drafts:
        if draft.date is None or draft.date[1] is None or _ordinal_point(draft):
            continue
        start, end = draft.date[1]
        trigger = draft.match.token.idx
        if _told_at_the_date(draft.match.token, start, end):
            continue  # "since 15 August, when 17 soldiers were killed": the act of that day
        for low, high in phrases:
            # the parser may hang "since 2020" from the verb: a date right after the phrase
            inside = low <= start and (end <= high or start <= high + 1)
            if inside and (not low <= trigger < high or comparison_noun(draft.match.token)):
                draft.date = None
                break


def _told_at_the_date(trigger: Token, start: int, end: int) -> bool:
    """The trigger is told in a relative clause on the date itself ("the deadliest attack since
    July 2022, when jihadists attacked the Kati camp"), wherever the parser hangs the date."""
    return any(
        clause.dep_ == "relcl" and start <= clause.head.idx < end
        for clause in [trigger, *trigger.ancestors]
    )


def _ordinal_point(draft: Draft) -> bool:
    """ "Its second coup in May 2021": an ordinal names which event it is, and a day or month
    in its own phrase dates it; a superlative ranks within a period ("the deadliest attack
    this year"), and "since 2020" is a period whatever the rank."""
    token, (value, (start, _)) = draft.match.token, draft.date
    if not any(c.dep_ == "amod" and c.ent_type_ == "ORDINAL" for c in token.children):
        return False
    # the date's first word, inside the noun's own prepositional phrase
    opener = next(
        (t for p in token.children if p.dep_ == "prep" for t in p.subtree if t.idx == start),
        None,
    )
    return (
        opener is not None
        and opener.lower_ not in PERIOD_OPENERS
        and value.precision in {DatePrecision.DAY, DatePrecision.MONTH}
    )


PERIOD_OPENERS = word_set("period_openers")


def comparison_noun(noun: Token) -> bool:
    """An event noun ranked against others: "the most serious attack near the capital since
    July 2022", "the seventh coup in the region since 2020", "the deadliest attack this year".
    It characterises an act told in its sentence or before; the dates in its clause are the
    period of the comparison."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    return any(
        c.dep_ == "amod"
        and (
            c.tag_ in SUPERLATIVE_TAGS
            or c.ent_type_ == "ORDINAL"
            or any(
                m.tag_ in SUPERLATIVE_TAGS or m.lower_ in SUPERLATIVE_ADVERBS
                for m in c.children
                if m.dep_ == "advmod"
            )
        )
        for c in noun.children
    )


# superlative adjectives and adverbs ("deadliest", "most serious") in the English tag set
SUPERLATIVE_TAGS = {"JJS", "RBS"}
# "l'attaque la plus meurtrière": the French tagger gives "plus" no superlative tag
SUPERLATIVE_ADVERBS = word_set("superlative_adverbs")


def _scenes_agree(draft: Draft, first: Draft) -> bool:
    if draft.place is None or draft.place[1] is None or first.place is None:
        return True
    return _places_agree(draft.place[0], first.place[0])


def antecedent_links(drafts: list[Draft]) -> list[int | None]:
    """For each draft, the index of the draft it restates, if any (for :func:`merge_repeated`);
    :data:`NEW_ACT` for an act told as set apart in time from another ("it comes two months
    after gunmen killed two soldiers near Porga": not the ambush "it" is)."""
    index = {id(d): i for i, d in enumerate(drafts)}
    return [_link(d, drafts[:number], index) for number, d in enumerate(drafts)]


def _link(draft: Draft, before: list[Draft], index: dict[int, int]) -> int | None:
    """The link of one draft (:func:`antecedent_links`), given the drafts told before it."""
    said = _said_again(draft, before)
    if said is not None:
        return said  # "In the same statement, he also condemned ..."
    if _added_act(draft, before):
        return NEW_ACT
    if draft.antecedent:
        return index.get(id(draft.antecedent))
    return NEW_ACT if _set_apart(draft.match.token) else None


def _added_act(draft: Draft, before: list[Draft]) -> bool:
    """A trigger verb that says its act is one more ("the attackers also burned granaries",
    "the junta also banned the broadcasts", "the militants could attack again"): an act besides
    the ones told before, which a coder codes on its own, not a restatement. Only the verb's own
    adverb counts: in "the UN also condemned the attack" the attack is still the one told. The
    measures of one sanctions package stay one decision ("the bloc also recalled the
    ambassadors" after "imposed sanctions": PACKAGE_TYPES); after a single measure of another
    kind, "also" adds one ("recalling its ambassadors" / "It also closed its own borders")."""
    token = draft.match.token
    added = token.pos_ in {"VERB", "AUX"} and any(
        c.dep_ == "advmod" and c.lower_ in ADDITIVE_ADVERBS for c in token.children
    )
    packaged = draft.type in PACKAGE_TYPES and draft.match.entry.mode in MANNER_MODES.get(
        draft.type, ()
    )
    if added and packaged:
        return _after_another_measure(draft, before)
    if added and draft.match.entry.kill and _victims_only(token):
        # "Eight attackers were also killed": more dead of the act told, not another act
        return False
    return added


def _victims_only(verb: Token) -> bool:
    """A passive killing that names its victims and no killer ("were also killed")."""
    parts = {c.dep_ for c in verb.children}
    return "nsubjpass" in parts and "agent" not in parts


def _said_again(draft: Draft, before: list[Draft]) -> int | None:
    """The earlier draft a verbal act told "in the same statement" restates: one of its type by
    the same speaker ("condemned the attack" / "In the same statement, he also condemned the
    killing of the soldiers"), whatever day or mode each telling gives. A material act (a
    second sanction) stays an act of its own."""
    if not load_ontology().quad_class(draft.type).startswith(VERBAL_QUADS):
        return None
    if not _in_the_same_telling(draft.match.token):
        return None
    return _said_before(draft, before)


def _said_before(draft: Draft, before: list[Draft]) -> int | None:
    """The latest earlier draft of the draft's type whose speakers and targets fit its own,
    if any ("accused Algeria" / "in the same statement, accused France": two accusations)."""
    speakers = [a for a, _ in draft.actors]
    targets = [a for a, _ in draft.recipients]
    for number in range(len(before) - 1, -1, -1):
        told = before[number]
        if told.type != draft.type or told.reading.status != draft.reading.status:
            continue
        if not told.actors or not _parties_fit(speakers, [a for a, _ in told.actors]):
            continue
        if _parties_fit(targets, [a for a, _ in told.recipients]):
            return number
    return None


def _in_the_same_telling(verb: Token) -> bool:
    """The verb is told "in the same statement" (or speech, communiqué ...): one more thing
    said in the telling already reported, which restates its act where the type and the
    speaker are the same ("condemned the attack" / "In the same statement, he also condemned
    the killing of the soldiers")."""
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for noun in prep.children:
            utterance = noun.dep_ == "pobj" and noun.lemma_.lower() in UTTERANCE_NOUNS
            if utterance and any(c.lower_ in SAME_TELLING_WORDS for c in noun.children):
                return True
    return False


def _after_another_measure(draft: Draft, before: list[Draft]) -> bool:
    """The act of its type told last before ``draft`` is a single measure of another mode
    ("recalling its ambassadors"), not a package named whole ("imposed sanctions")."""
    last = next((d for d in reversed(before) if d.type == draft.type), None)
    if last is None or last.match.entry.mode in {None, draft.match.entry.mode}:
        return False
    words = [last.match.token, *(c for c in last.match.token.children if c.dep_ == "dobj")]
    return not any(w.lemma_.lower() in PACKAGE_NOUNS for w in words)


# acts with casualties or captives (policies.yaml, count_types), the restatements of which a
# report dates by its telling
REPORTED_ACT_TYPES = frozenset().union(*load_policies().count_types.values())


def report_days(drafts: list[Draft]) -> list[bool]:
    """For each draft, whether the day its sentence gives is the day of a telling about the act,
    not of the act (for :func:`merge_repeated`): a day hanging from a verb of telling or
    mourning that governs the trigger ("the army had said on Monday that 17 soldiers had been
    killed", "Niger began three days of national mourning on Friday for the 71 soldiers killed
    in an attack"). Such a restatement is folded as if undated; its own date is left as it is."""
    return [_report_day(draft) for draft in drafts]


def relative_days(drafts: list[Draft]) -> list[bool]:
    """For each draft, whether its day is one its relative clause borrowed from the main
    clause (:func:`_borrowed_by_relative`): such an act may lie longer before that day than a
    telling's act (merging.yaml, ``relative_lag_days``)."""
    return [_report_day(d) and _borrowed_day(d) for d in drafts]


def _borrowed_day(draft: Draft) -> bool:
    trigger = draft.match.token
    if draft.date is not None and draft.date[1] is not None:
        dates = [trigger.doc.char_span(*draft.date[1], alignment_mode="expand")]
    else:
        dates = [e for e in trigger.sent.ents if e.label_ == "DATE"]
    return _borrowed_by_relative(trigger, [d for d in dates if d is not None])


def _report_day(draft: Draft) -> bool:
    """Only for acts done at a scene that a telling can be dated apart from (a speech act is
    dated by its telling), and only a day after the telling verb: a fronted day ("In the
    deadliest battle there, on 22 February, Chad said ...") may be the act's."""
    if draft.type not in REPORTED_ACT_TYPES or draft.reading.status != Status.OCCURRED:
        return False
    if draft.date is None:
        return False
    trigger = draft.match.token
    if draft.date[1] is not None:
        dates = [trigger.doc.char_span(*draft.date[1], alignment_mode="expand")]
    else:  # the dater lent the sentence's day: is it the telling's?
        dates = [e for e in trigger.sent.ents if e.label_ == "DATE"]
        if any(_inside(date, trigger) for date in dates):
            return False  # "who were abducted ... more than two weeks ago": a day of its own
    own = {m.token.i for m in [draft.match, *draft.extra_triggers]}
    if any(date is not None and _telling_day(date, trigger, own) for date in dates):
        return True
    return _borrowed_by_relative(trigger, [d for d in dates if d is not None])


# clauses that describe a noun: "le coup d'État qui a renversé Mohamed Bazoum"
RELATIVE_CLAUSES = {"relcl", "acl:relcl"}


def _borrowed_by_relative(trigger: Token, dates: list[Span]) -> bool:
    """An act told in a relative clause on a noun of a sentence dated by its main clause ("Réunis
    dimanche en sommet, les dirigeants ont imposé des sanctions aux auteurs du coup d'État qui
    a renversé Mohamed Bazoum"): Sunday is the summit's day, and the coup, told again with its
    own day ("Mercredi 26 juillet, des militaires ont renversé Mohamed Bazoum"), is one act. A
    clause with a day of its own ("the girls they abducted a month ago") keeps it."""
    clause = next((t for t in [trigger, *trigger.ancestors] if t.pos_ in {"VERB", "AUX"}), None)
    if clause is None or clause.dep_ not in RELATIVE_CLAUSES or not dates:
        return False
    inside = {t.i for t in clause.subtree}
    return not any(date.root.i in inside for date in dates)


def _inside(date: Span, trigger: Token) -> bool:
    """The date is said in the trigger's own clause (the trigger governs it), not as the period
    of a ranked noun ("the deadliest assault on its army in years")."""
    ancestors = list(date.root.ancestors)
    if any(comparison_noun(a) for a in ancestors if a.pos_ in {"NOUN", "PROPN"}):
        return False
    return any(a.i == trigger.i for a in ancestors)


def _telling_day(date: Span, trigger: Token, own: set[int]) -> bool:
    """The day hangs from a verb of telling after it that governs the trigger."""
    verb = next((t for t in [date.root, *date.root.ancestors] if t.pos_ in {"VERB", "AUX"}), None)
    return (
        verb is not None
        and verb.i not in own
        and verb.i < date.start
        and verb.lemma_.lower() in REPORT_DAY_VERBS
        and any(a.i == verb.i for a in trigger.ancestors)
    )


def _set_apart(token: Token) -> bool:
    """A trigger in a clause that places its act before or after the one its sentence is
    about ("... came four days after gunmen killed 15 soldiers")."""
    return _sequenced(token, token.sent.root)


def _status(draft: Draft) -> Status:
    return draft.reading.status


def _topical(noun: Token, light_verb: Callable[[str], str | None]) -> bool:
    """Where a definite noun names a thing already told: the subject ("the capture follows
    ..."), the object of a light verb ("claimed the attack") or of a preposition ("responsibility
    for the attack"). The object of another verb brings in something new: the departure in
    "the capture follows the departure of the peacekeepers"."""
    owner = noun.head if noun.dep_ == "compound" else noun
    if owner.dep_ != "dobj":
        return True
    verb = owner.head.lemma_.lower()
    # "the government confirmed the attack": a verb that tells about a known act
    return light_verb(verb) is not None or verb in TELLING_VERBS


def _dated_phrase(
    noun: Token, date_spans: list[tuple[int, int]], light_verb: Callable[[str], str | None]
) -> bool:
    """The noun's phrase carries a date of its own ("the 2020 coup", "the attack on Monday",
    "the attack, which took place on Monday"); one inside a clause that tells another act
    about it ("the withdrawal, announced in February") dates that act."""
    start, end = _phrase(noun)
    owner = noun.head if noun.dep_ == "compound" else noun
    clauses = [
        (c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
        for c in owner.children
        if c.dep_ in CLAUSE_DEPS and light_verb(c.lemma_.lower()) != "occurrence"
    ]
    return any(
        start <= s
        and e <= end
        and not any(cs <= s and e <= ce for cs, ce in clauses)
        and not _deadline(noun.doc, s, e)
        for s, e in date_spans
    )


def _dated_occurrence(
    noun: Token, date_spans: list[tuple[int, int]], light_verb: Callable[[str], str | None]
) -> bool:
    """An event noun that is the subject of a verb of occurrence is dated by that verb's
    clause ("the war between the army and the RSF broke out in Khartoum on 15 April 2023"):
    the date is the noun's own, as one in its phrase would be, so the noun restates only an
    act of that date (docs/coding-rules.md, "An event noun that is the subject of its verb
    ...")."""
    owner = noun.head if noun.dep_ == "compound" else noun
    verb = owner.head
    if owner.dep_ not in {"nsubj", "nsubjpass"} or light_verb(verb.lemma_.lower()) != "occurrence":
        return False
    doc = noun.doc
    for start, end in date_spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span) or _deadline(doc, start, end):
            continue
        clause = next((t for t in span.root.ancestors if t.pos_ in {"VERB", "AUX"}), None)
        if clause is not None and clause.i == verb.i:
            return True
    return False


def _deadline(doc: Doc, start: int, end: int) -> bool:
    """A date given as a deadline ("had not commented on the attack by Friday afternoon"):
    the time of the telling, not of the act."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    return span[0].lower_ in DEADLINE_PREPS or (
        before is not None and before.lower_ in DEADLINE_PREPS
    )


# dependents of a noun that are clauses of their own: "the withdrawal, announced in February",
# "the attack, which happened on Monday"
CLAUSE_DEPS = {"acl", "relcl"}


def _phrase(noun: Token) -> tuple[int, int]:
    """Character range of the noun phrase a trigger noun heads ('the final departure date')."""
    owner = noun.head if noun.dep_ == "compound" else noun
    return owner.left_edge.idx, owner.right_edge.idx + len(owner.right_edge)
