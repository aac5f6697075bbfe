"""One event per real event in a document: merging triggers and restatements.

Within a sentence, triggers of one type (or kin types) are one event; across a document, a
restatement of an event joins the first mention and adds what it tells that the first did not.
A restatement is recognised four ways: a definite event noun that points back ("the capture
follows ...", "JNIM claimed responsibility for the attack"), the perpetrators named with "the"
("the attackers surrounded the village"), a mention of the same type, day, place and status
whose parties fit ("the army said it had taken Kidal"), or an undated mention of the same type
and parties ("the departure of MINUSMA left a void"). The lists the rules use
are data: ``data/plover/merging.yaml``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

import yaml
from spacy.tokens import Doc, Span, Token

from crisisdesk.dates.resolve import DateValue
from crisisdesk.events.draft import SPECIFICITY, Draft
from crisisdesk.events.grammar import word_set
from crisisdesk.events.lexicon import Quantities
from crisisdesk.events.numbers import Count, sentence_counts, supersedes
from crisisdesk.events.policies import load_policies
from crisisdesk.events.status import ClauseReading
from crisisdesk.model import Actor, ActorKind, DatePrecision, Event, Place, PlacePrecision, Status
from crisisdesk.paths import data_file


@cache
def _rules() -> dict[str, Any]:
    return yaml.safe_load(data_file("plover", "merging.yaml").read_text(encoding="utf-8"))


# Types that one sentence may state together of the same act ("signed a pact, creating an
# alliance"): coded once.
KIN_TYPES = frozenset(_rules()["kin_types"])
MANNER_MODES = {type_: frozenset(modes) for type_, modes in _rules()["manner_modes"].items()}
STATE_SECTORS = frozenset(_rules()["state_sectors"])
ARMED_SECTORS = frozenset(_rules()["armed_sectors"])
PERPETRATOR_NOUNS = frozenset(_rules()["perpetrator_nouns"])
OWN_ACT_MODES = {type_: frozenset(modes) for type_, modes in _rules()["own_act_modes"].items()}
DEATH_REPORTS = frozenset(_rules()["death_reports"])
SEQUENCE_VERBS = frozenset(_rules()["sequence_verbs"])
DEADLINE_PREPS = frozenset(_rules()["deadline_prepositions"])
# Dates precise enough that two mentions on them, at one place, by fitting parties, are one act.
PRECISE_DATES = {DatePrecision.DAY, DatePrecision.WEEK}
# finest first: a restatement's date refines the first mention's when it ranks lower
DATE_RANK = {
    DatePrecision.DAY: 0,
    DatePrecision.WEEK: 1,
    DatePrecision.MONTH: 2,
    DatePrecision.YEAR: 3,
}
# Places that name one scene: two of them with different names are two scenes.
SCENES = {PlacePrecision.TOWN, PlacePrecision.ADMIN2}
DEFINITE_DETERMINERS = word_set("definite_determiners")
# "came three months after gunmen killed ...": the clause tells another act, told in order
SEQUENCE_MARKS = word_set("sequence_marks")
# "the toll": a sentence with one may revise the toll of an event told before
TALLY_NOUNS = word_set("tally_nouns")
TALLY_PREPS = word_set("tally_event_prepositions")


def _family_members(spec: str) -> tuple[str, str | None]:
    """'RETREAT withdraw' -> (RETREAT, withdraw); 'COERCE' -> (COERCE, None): no mode."""
    type_, _, mode = spec.partition(" ")
    return type_, mode or None


# Types that code one act two ways ("seized power" ASSAULT / "the coup" COERCE): each family is
# a set of (type, mode) pairs, mode None for "no mode" and "*" for any mode.
ACT_FAMILIES = [
    frozenset(_family_members(spec) for spec in members)
    for members in _rules()["act_families"].values()
]
# Statuses one act can be told in twice: "were withdrawing with immediate effect" / "their
# departure"
AKIN_STATUSES = {Status.OCCURRED, Status.ONGOING}
# "would not have happened", "could not have taken place": a counterfactual of an act told
COUNTERFACTUAL_MODALS = word_set("counterfactual_modals")


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
    for count in counts:
        types = load_policies().count_types.get(count.kind, frozenset())
        holder = next((d for d in reversed(told) if d.type in types), None)
        if holder is not None and holder.reading.status == Status.OCCURRED:
            holder.counts.setdefault(count.kind, count)


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
        if draft.place and (
            target.place is None
            or SPECIFICITY[draft.place[0].precision] < SPECIFICITY[target.place[0].precision]
        ):
            target.place = draft.place
        if target.match.entry.mode is None and draft.match.entry.mode is not None:
            target.match, target.extra_triggers[-1] = draft.match, target.match
    _attribute_counts(merged, sentence, quantities)
    return merged


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
    ambassadors are one sanctions package). Different actors do not keep them apart:
    "assailants attacked the camp and the peacekeepers repelled the attack" is one clash.
    """
    if not (a.type == b.type or {a.type, b.type} <= KIN_TYPES):
        return False
    if a.reading.status != b.reading.status and _reading_owner(a, b) is None:
        return False
    one, other = a.match.entry.mode, b.match.entry.mode
    if one and other and one != other and {one, other} & OWN_ACT_MODES.get(a.type, set()):
        return False  # "suspended Mali and imposed sanctions": two measures
    if _two_scenes(a, b):
        return False  # "the killings in Tessit came a week after an attack in Kalumba"
    if _sequenced(a.match.token, b.match.token) or _sequenced(b.match.token, a.match.token):
        return False  # "the attack came three months after gunmen killed 160 villagers"
    if {a.match.entry.id, b.match.entry.id} & DEATH_REPORTS:
        return True  # a body found on Wednesday, of Tuesday's ambush
    if _told_inside(a.match.token, b.match.token) or _told_inside(b.match.token, a.match.token):
        return True  # "were killed in Friday's bomb attacks": the killing is the attack's
    return not (a.date and b.date and a.date[0] != b.date[0])


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


def _sequenced(inner: Token, outer: Token) -> bool:
    """``inner`` tells an act before or after ``outer``'s: another act, by either sign below."""
    return _sequenced_by_subject(inner, outer) or _sequenced_in_time(inner, outer)


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
    return outer.i not in {t.i for t in inner.subtree}


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


def _reading_owner(a: Draft, b: Draft) -> Draft | None:
    """Of two triggers of one act read with different statuses, the one whose clause says
    whether it happened: the verb its doers are the subject of ("Suspected female suicide
    bombers attacked a wedding": the hedge is on the bombers, the attack occurred), or the
    verb an ongoing or done act's participle hangs from ("have been blockading Djibo, cutting
    off the town")."""
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


def _two_scenes(a: Draft, b: Draft) -> bool:
    """Each placed by its own words at a different town: two acts."""
    if a.place is None or b.place is None or a.place[1] is None or b.place[1] is None:
        return False
    return not _places_agree(a.place[0], b.place[0])


# -- definite nouns that point back ----------------------------------------------------------


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
        if not _topical(noun, light_verb):
            return None
        # "Tuesday's ambush", "the 2020 coup": the date must be the antecedent's, which
        # is checked once the noun is dated (:func:`_settle_restatements`)
        draft.dated_reference = not comparison_noun(noun) and _dated_phrase(
            noun, date_spans, light_verb
        )
        place_word = draft.place[1] if draft.place is not None else None
        own_scene = place_word is not None and start <= place_word.idx < end
    elif not any(_definite_perpetrator(token) for _, token in draft.actors):
        return None
    mode = draft.match.entry.mode
    status = _status(draft)
    if definite and (
        _negation_of_another_verb(draft, light_verb) or _counterfactual(draft.reading)
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
        if parties_restate(draft, first, definite) and _scenes_agree(draft, first):
            return first
    return None


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


def one_act(type_: str, mode: str | None, other_type: str, other_mode: str | None) -> bool:
    """Can two triggers code one act? Same type, or types of one family with fitting modes
    ('seized power' ASSAULT and 'the coup' COERCE; 'the withdrawal' RETREAT and 'ended the
    mission' SANCTION, both withdraw)."""
    if type_ == other_type:
        return True
    return any(
        _in_family(family, type_, mode) and _in_family(family, other_type, other_mode)
        for family in ACT_FAMILIES
    )


def family_types(type_: str, mode: str | None) -> frozenset[str]:
    """The types an act of this type and mode may also be coded as (its families' types, and
    itself): a deployment coded AID may be another report's MOBILIZE."""
    found = {type_}
    for family in ACT_FAMILIES:
        if _in_family(family, type_, mode):
            found |= {member for member, _ in family}
    return frozenset(found)


def _in_family(family: frozenset[tuple[str, str | None]], type_: str, mode: str | None) -> bool:
    return (type_, mode) in family or (type_, "*") in family


def parties_restate(draft: Draft, first: Draft, definite: bool = True) -> bool:
    """The parties a restating mention names fit those of the event it points back to, and do
    not turn them round (the army's counter-attack on the attackers is another act)."""
    actors = [a for a, _ in draft.actors]
    recipients = [a for a, _ in draft.recipients]
    if not _parties_fit(actors, [a for a, _ in first.actors]):
        return False
    if definite and not _parties_fit(recipients, [a for a, _ in first.recipients]):
        return False  # "the sanctions on Niger" after the sanctions on Mali
    return not _reversed(actors, [a for a, _ in first.recipients])


def _definite_perpetrator(token: Token) -> bool:
    """'the attackers', 'the gunmen': the doers of an act already told."""
    return token.lemma_.lower() in PERPETRATOR_NOUNS and any(
        c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in token.children
    )


def _same_kind_of_act(type_: str, one: str | None, other: str | None) -> bool:
    """A noun names its act's mode as surely as the first mention: 'the coup' (no mode) is
    not the electricity cut (withhold) told just before, 'the attack' is 'the massacre'."""
    return _modes_agree(type_, one, other) and _modes_agree(type_, other, one)


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
        if draft.date is None or draft.date[1] is None:
            continue
        start, end = draft.date[1]
        trigger = draft.match.token.idx
        for low, high in phrases:
            # the parser may hang "since 2020" from the verb: a date right after the phrase
            inside = low <= start and (end <= high or start <= high + 1)
            if inside and (not low <= trigger < high or comparison_noun(draft.match.token)):
                draft.date = None
                break


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
            or any(m.tag_ in SUPERLATIVE_TAGS for m in c.children if m.dep_ == "advmod")
        )
        for c in noun.children
    )


# superlative adjectives and adverbs ("deadliest", "most serious") in the English tag set
SUPERLATIVE_TAGS = {"JJS", "RBS"}


def _scenes_agree(draft: Draft, first: Draft) -> bool:
    if draft.place is None or draft.place[1] is None or first.place is None:
        return True
    return _places_agree(draft.place[0], first.place[0])


# a link that keeps an event apart from those told before it (:func:`antecedent_links`)
NEW_ACT = -1


def antecedent_links(drafts: list[Draft]) -> list[int | None]:
    """For each draft, the index of the draft it restates, if any (for :func:`merge_repeated`);
    :data:`NEW_ACT` for an act told as set apart in time from another ("it comes two months
    after gunmen killed two soldiers near Porga": not the ambush "it" is)."""
    index = {id(d): i for i, d in enumerate(drafts)}
    return [
        index.get(id(d.antecedent))
        if d.antecedent
        else NEW_ACT
        if _set_apart(d.match.token)
        else None
        for d in drafts
    ]


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
    return light_verb(owner.head.lemma_.lower()) is not None


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


# -- across the document ---------------------------------------------------------------------


def merge_repeated(events: list[Event], links: list[int | None] | None = None) -> list[Event]:
    """The same event stated twice in a document is one event with two evidences.

    ``links`` gives, for each event, the index of the event it restates by a definite noun
    (:func:`antecedent_links`); such an event joins that one. Otherwise a mention joins the
    first earlier one it restates (:func:`_restates`).
    """
    kept: list[Event] = []
    home: list[Event] = []  # the kept event each input event ended in
    # the mentions each kept event absorbed: restating one of them restates the event ("the
    # agreement could unravel" after "signed a peace agreement" / "the agreement opens the way")
    told: dict[int, list[Event]] = {}
    for number, event in enumerate(events):
        link = links[number] if links else None
        if link == NEW_ACT:
            target: Event | None = None
        elif link is not None and link < number:
            target = home[link]
        else:
            target = next((k for k in kept if _restates_any(event, k, told[id(k)])), None)
        if target is None:
            kept.append(event)
            told[id(event)] = []
        else:
            told[id(target)].append(event.model_copy(deep=True))
            _absorb(target, event)
        home.append(target or event)
    return kept


def _restates_any(event: Event, kept: Event, absorbed: list[Event]) -> bool:
    """Does ``event`` restate the kept event, or one of the mentions it absorbed, without
    turning round the parties the whole event has?"""
    if _restates(event, kept):
        return True
    if _reversed(event.actors, kept.recipients) or _reversed(kept.actors, event.recipients):
        return False
    placed = _placed_in_its_sentence(event) and _placed_in_its_sentence(kept)
    if placed and not _places_agree(event.place, kept.place):
        return False  # "gunmen killed two soldiers near Porga": not the Alibori ambush
    return any(_restates(event, mention) for mention in absorbed)


COUNT_FIELDS = ("dead", "dead_high", "injured", "abducted", "arrested", "troops")


def _absorb(target: Event, restatement: Event) -> None:
    """Keep the first mention and add what the restatement tells that it did not."""
    target.evidence.extend(restatement.evidence)
    for actor in restatement.actors:
        if not named_already(actor, target.actors + target.recipients):
            target.actors.append(actor)
    for actor in restatement.recipients:
        if not named_already(actor, target.actors + target.recipients + restatement.actors):
            target.recipients.append(actor)
    for name in COUNT_FIELDS:
        if getattr(target, name) is None and getattr(restatement, name) is not None:
            setattr(target, name, getattr(restatement, name))
    if restatement.place is not None and (
        target.place is None
        or SPECIFICITY[restatement.place.precision] < SPECIFICITY[target.place.precision]
    ):
        target.place = restatement.place
    if (target.date_start is None and restatement.date_start is not None) or _refines(
        restatement, target
    ):
        # "the 1987 assassination" ... "shot dead on 15 October 1987": the finer date inside
        # the first mention's period is the date
        target.date_start, target.date_end = restatement.date_start, restatement.date_end
        target.date_precision = restatement.date_precision
    if target.mode is None:
        target.mode = restatement.mode


def _refines(finer: Event, coarser: Event) -> bool:
    """Whether one mention's date is more precise than another's and falls inside it."""
    if None in (finer.date_start, finer.date_end, coarser.date_start, coarser.date_end):
        return False
    if finer.date_precision is None or coarser.date_precision is None:
        return False
    if DATE_RANK[finer.date_precision] >= DATE_RANK[coarser.date_precision]:
        return False
    return coarser.date_start <= finer.date_start and finer.date_end <= coarser.date_end


def _restates(event: Event, earlier: Event) -> bool:
    """Does ``event`` tell again what ``earlier`` told?

    Same type, and a mode that names no other act. Dated: the same date and status, and the
    same parties; or, on the same day, at the same scene (one of them stated in its own
    sentence), parties that fit ("Malian soldiers entered Kidal on Tuesday" / "the army said it
    had taken Kidal"). Undated: the parties of a dated event ("JNIM claimed the attack"). Never
    when the doers of one are the targets of the other.
    """
    if event.type != earlier.type:
        return one_act(event.type, event.mode, earlier.type, earlier.mode) and _told_again(
            event, earlier
        )
    if not _modes_agree(event.type, event.mode, earlier.mode):
        return False
    if (event.status == Status.NEGATED) != (earlier.status == Status.NEGATED):
        return False  # "denied carrying out the attack" is not the attack told before
    placed = _placed_in_its_sentence(event) and _placed_in_its_sentence(earlier)
    if placed and not _places_agree(event.place, earlier.place):
        return False  # an attack on a market in Gao is not the attack on a camp in Boulkessi
    if event.recipients and (
        _reversed(event.actors, earlier.recipients) or _reversed(earlier.actors, event.recipients)
    ):
        # the army's counter-attack on the attackers is another act; a clash told with both
        # sides as actors ("the assailants attacked and the peacekeepers responded") is not
        return False
    actors = {a.id for a in event.actors}
    recipients = {a.id for a in event.recipients}
    earlier_recipients = {a.id for a in earlier.recipients}
    if _dated_in_its_sentence(event):
        if event.status != earlier.status:
            return False
        if event.date_label != earlier.date_label:
            return _told_finer(event, earlier)
        if actors == {a.id for a in earlier.actors} and recipients == earlier_recipients:
            return True
        return _same_scene(event, earlier)
    if actors != {a.id for a in earlier.actors}:
        if _own_scene(event) and not _same_town(event.place, earlier.place):
            return False  # "rebels overran the garrison at Aguelhok": not the rebellion's start
        # "JNIM claimed the attack": the jihadists' attack told before, if undated
        return _parties_fit(event.actors, earlier.actors)
    return recipients <= earlier_recipients or not earlier_recipients


def _told_finer(event: Event, earlier: Event) -> bool:
    """One act dated once coarsely and once finely, the finer date inside the coarser ("had
    been abducted last week" / "were seized on 12 and 13 January near Arbinda"; "on 28
    February 2021, soldiers raided his home" / "had already clashed with the security forces
    three years ago"), by the same doers, or in the same act of its own kind (an abduction of
    the same victims). The places must agree and neither side be turned round."""
    if not (_refines(event, earlier) or _refines(earlier, event)):
        return False
    if not _places_agree(event.place, earlier.place):
        return False
    same_doers = bool(event.actors and earlier.actors) and all(
        any(_one_party(one, other) for other in earlier.actors) for one in event.actors
    )
    own_act = event.mode is not None and event.mode in OWN_ACT_MODES.get(event.type, set())
    same_act = (
        own_act
        and event.mode == earlier.mode
        and bool({a.id for a in event.recipients} & {a.id for a in earlier.recipients})
        and _parties_fit(event.actors, earlier.actors)
    )
    return same_doers or same_act


def _told_again(event: Event, earlier: Event) -> bool:
    """One act told under two types of its family ("the military seized power on Wednesday" /
    "the coup on Wednesday"): named parties on both sides that fit, neither turned round, one
    scene, and the same day; or, with no day of its own, the very same actors. Stricter than
    a restatement of one type: two types are two acts unless the text shows they are one."""
    if event.status != earlier.status and {event.status, earlier.status} - AKIN_STATUSES:
        return False
    if not (event.actors and earlier.actors and _parties_fit(event.actors, earlier.actors)):
        return False
    if not _parties_fit(event.recipients, earlier.recipients) or not _places_agree(
        event.place, earlier.place
    ):
        return False
    if _reversed(event.actors, earlier.recipients) or _reversed(earlier.actors, event.recipients):
        return False
    if _dated_in_its_sentence(event) or _dated_in_its_sentence(earlier):
        return event.date_label == earlier.date_label and event.date_precision in PRECISE_DATES
    same_actors = {a.id for a in event.actors} == {a.id for a in earlier.actors}
    return same_actors and (event.date_label == earlier.date_label or not event.date_label)


def _modes_agree(type_: str, later: str | None, first: str | None) -> bool:
    """A later mention may leave the mode out or add how it was done ("setting homes on
    fire"); another mode names another act ("abducted 50 women" after an attack)."""
    if later is None or later == first:
        return True
    manner = MANNER_MODES.get(type_, frozenset())
    return later in manner and (first is None or first in manner)


def _same_scene(event: Event, earlier: Event) -> bool:
    """One act told twice on one day: the same scene and parties that fit, neither side
    turned round (the army's counter-attack on the attackers is another event)."""
    if event.date_precision not in PRECISE_DATES or not _places_agree(event.place, earlier.place):
        return False
    told = event.evidence[0]
    if told.span("date") is None and told.span("place") is None:
        return False  # day and scene both borrowed from the context: no sign it is that act
    # a target the knowledge base could not resolve ("the offices of the State Security
    # Service") is no sign of another act at the same scene on the same day
    return (
        _parties_fit(event.actors, earlier.actors)
        and _parties_fit(_resolved(event.recipients), _resolved(earlier.recipients))
        and not _reversed(event.actors, earlier.recipients)
        and not _reversed(earlier.actors, event.recipients)
    )


def _places_agree(one: Place | None, other: Place | None) -> bool:
    """Not two different scenes: same country, same region, and not two named towns."""
    if one is None or other is None:
        return True
    if one.country and other.country and one.country != other.country:
        return False
    if one.admin1 and other.admin1 and one.admin1 != other.admin1:
        return False
    if _one_scene(one) and _one_scene(other):
        return one.name == other.name
    return True


def _one_scene(place: Place) -> bool:
    """A town, or a named area inside one division ("the Adrar des Ifoghas"); not the
    surroundings of a town ("near Djibo") nor a stretch between towns."""
    if place.precision in SCENES:
        return True
    return (
        place.precision == PlacePrecision.REGION
        and place.admin1 is not None
        and not place.name.startswith(("near ", "between "))
    )


def _parties_fit(these: list[Actor], those: list[Actor]) -> bool:
    """Could both lists name the same party? An empty list fits anything."""
    if not these or not those:
        return True
    return any(_same_side(one, other) for one in these for other in those)


def _resolved(parties: list[Actor]) -> list[Actor]:
    """The parties but unresolved organisations ("the State Security Service"): a named
    person killed ("Lieutenant Damien Boiteux") stays a victim of their own."""
    return [
        p for p in parties if not (p.id.startswith(UNRESOLVED) and p.kind == ActorKind.ORGANISATION)
    ]


# the id prefix of a party named in the text but not found in the knowledge base
UNRESOLVED = "unresolved:"


def _reversed(actors: list[Actor], recipients: list[Actor]) -> bool:
    """The doers of one are the targets of the other: the army's counter-attack."""
    return any(_one_party(a, r) for a in actors for r in recipients)


def _same_side(one: Actor, other: Actor) -> bool:
    """Could be one party: named two ways (:func:`_one_party`), or 'gunmen' and 'JNIM', or
    'jihadists' and 'ISGS' (an unidentified or generic armed group may be any named one)."""
    if _one_party(one, other):
        return True
    if not (_armed(one) and _armed(other)):
        return False
    generic = ActorKind.GROUP in {one.kind, other.kind}
    return generic or "UAG" in {_sector(one), _sector(other)}


def _one_party(one: Actor, other: Actor) -> bool:
    """One party named two ways: the same actor, or a state and its forces or government
    ('Mali' and 'the Malian army')."""
    if one.id == other.id:
        return True
    if one.country and one.country == other.country:
        if one.kind == ActorKind.STATE and _sector(other) in STATE_SECTORS:
            return True
        if other.kind == ActorKind.STATE and _sector(one) in STATE_SECTORS:
            return True
    return False


def named_already(actor: Actor, known: list[Actor]) -> bool:
    """Is ``actor`` one of ``known``? The same actor, or a party of no country whose sector
    one of them has: "an army post" after "12 Togolese soldiers" is the Togolese army's."""
    if any(actor.id == other.id for other in known):
        return True
    if actor.country is not None or actor.kind != ActorKind.GROUP or actor.sector is None:
        return False
    return any(other.country and other.sector == actor.sector for other in known)


def _sector(actor: Actor) -> str | None:
    return actor.sector.value if actor.sector is not None else None


def _own_scene(event: Event) -> bool:
    """A town (or district) its own sentence names as where it happened."""
    return (
        event.place is not None
        and event.place.precision in SCENES
        and _placed_in_its_sentence(event)
    )


def _same_town(one: Place | None, other: Place | None) -> bool:
    return (
        one is not None
        and other is not None
        and other.precision in SCENES
        and one.name == other.name
    )


def _placed_in_its_sentence(event: Event) -> bool:
    """A place its own sentence names, not one the discourse lent it."""
    return any(e.span("place") for e in event.evidence)


def _dated_in_its_sentence(event: Event) -> bool:
    """A date the event's own sentence gives; one lent by the discourse (an undated
    restatement takes the lead's date) does not make it a separate event."""
    return bool(event.date_label) and any(e.span("date") for e in event.evidence)


def _armed(actor: Actor) -> bool:
    return _sector(actor) in ARMED_SECTORS
