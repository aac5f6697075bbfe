"""Which triggers of a sentence state an event of their own.

A sentence's trigger words are not all events: the content of a statement is told by the
statement ("demanded that France withdraw": the demand is the event), a denied act is coded,
negated, in place of the denial, purposes ("deployed to provide security"), descriptions ("the
ousted president"), conditions ("if the soldiers do not reinstate") and nouns that name an
organisation ("the separatist alliance said") are not events, and a promised retreat is
CONCEDE ("agreed to step down"). The rules are stated in docs/coding-rules.md.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from crisisdesk.dates.resolve import Tense
from crisisdesk.events import arguments, nonevents
from crisisdesk.events.grammar import word_set
from crisisdesk.events.lexicon import Lexicon, StatusMarkers
from crisisdesk.events.ontology import Ontology
from crisisdesk.events.policies import load_policies
from crisisdesk.events.status import TEMPORAL_PREPS, ClauseReading
from crisisdesk.events.triggers import TriggerMatch
from crisisdesk.model import Status

GENITIVE_PREPS = word_set("genitive_prepositions")
# "lifted most of its sanctions": the sanctions are what is lifted
PARTITIVE_NOUNS = word_set("partitive_nouns")
# Verbs that deny a claim: "denied carrying out the attack" codes the attack, negated.
# Refusing ("refused to deploy") and rejecting ("rejected a request") are REJECT events.
DENIAL_VERBS = word_set("denial_verbs")
# "sanctions targeting members of the junta": whom a measure hits
MEASURE_AIM_VERBS = word_set("measure_aim_verbs")
INFINITIVE_MARKS = word_set("infinitive_marks")
# verbs whose infinitive is their content or object, not an aim: "ordered troops to withdraw"
NOT_PURPOSE_HEADS = word_set("not_purpose_heads")
# "promised to form a government": a concrete act promised (see _has_content)
PROMISED_ACTS = word_set("promised_acts")
PROMISING_PARTICIPLES = word_set("promising_participles")
VOWING_VERBS = word_set("vowing_verbs")
FORCEFUL_VOWED_ACTS = word_set("forceful_vowed_acts")
STREET_PROTEST_VERBS = word_set("street_protest_verbs")
CROWD_NOUNS = word_set("crowd_nouns")
VENUE_PREPOSITIONS = word_set("protest_venue_prepositions")
VENUE_NOUNS = word_set("protest_venue_nouns")
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


class TriggerSelection:
    """Selects, among a sentence's trigger matches, those that are events (see the module)."""

    def __init__(self, lexicon: Lexicon, markers: StatusMarkers, ontology: Ontology) -> None:
        self.lexicon = lexicon
        self.markers = markers
        self.ontology = ontology

    def select(self, matches: list[TriggerMatch]) -> list[TriggerMatch]:
        """Triggers that state an event of their own (see docs/coding-rules.md).

        Left out: the content of a statement ("demanded that France withdraw": the demand is
        the event), the outer verb of a denial ("denied carrying out the attack": the attack,
        negated, is the event), purposes ("deployed to provide security"), and nouns that name
        an organisation rather than an event ("the separatist alliance said").
        """
        by_token = {m.token.i: m for m in matches}
        dropped: set[int] = set()
        retyped: dict[int, TriggerMatch] = {}
        governing: set[int] = set()  # triggers that have another trigger as their content
        for match in matches:
            outer = _governing_trigger(match.token, by_token)
            if outer is not None:
                governing.add(outer.token.i)
            acted_upon = outer is not None and _acted_upon(match.token, outer.token, outer.words)
            if acted_upon and _judged_act(outer, match):
                pass  # "deplored the refusal of the junta to receive ...": both are told
            elif acted_upon and _ordered_act(outer, match):
                # "ordered a thorough investigation": the orderer's investigation, not a demand
                dropped.add(outer.token.i)
            elif outer is not None and _decreed_act(outer, match):
                # "signed a decree dissolving the parties": the decree's act is the event
                dropped.add(outer.token.i)
            elif acted_upon and outer.entry.type != match.entry.type:
                # "revoked its agreements", "lifted the sanctions"; but "completed its
                # withdrawal" is one withdrawal, told by the verb and the noun
                dropped.add(match.token.i)
                if _promised_concession(outer, match):
                    # "offered his resignation": a promised retreat is CONCEDE (PLOVER v2)
                    retyped[outer.token.i] = self.as_type(match, "CONCEDE", outer)
            elif outer is not None and _left_by_retreat(match, outer):
                # "pulled out of the EU training mission": what is left is not an event
                dropped.add(match.token.i)
            elif outer is not None and _promised_concession(outer, match):
                # "agreed to step down": PLOVER v2 codes a promised retreat as CONCEDE
                # the promise is the event: read from "agreed" (occurred, dated), coded CONCEDE
                dropped.add(match.token.i)
                retyped[outer.token.i] = self.as_type(match, "CONCEDE", outer)
            elif outer is not None and _agreed_measure(outer, match):
                # "ECOWAS agreed to close its borders with Mali": the decision is the measure,
                # read from "agreed" (occurred, dated), not an agreement beside it
                dropped.add(match.token.i)
                retyped[outer.token.i] = self.as_type(match, match.entry.type, outer)
            elif outer is not None and _qualifies(match, outer):
                # "talks brokered by Switzerland": one act, whose doer the participle names
                dropped.add(outer.token.i)
            elif outer is not None:
                inner_verbal = self.ontology.quad_class(match.entry.type).startswith("verbal")
                if arguments.denies(outer.token) and (
                    not inner_verbal or match.token.pos_ == "VERB"
                ):
                    # the denied act is coded, negated ("denied signing any agreement"); a
                    # denied claim ("denied the accusations") is a REJECT
                    dropped.add(outer.token.i)
                elif self.ontology.quad_class(outer.entry.type).startswith("verbal"):
                    dropped.add(match.token.i)
                elif match.token.dep_ == "xcomp" and outer.token.lemma_.lower() in DIRECTIVE_VERBS:
                    dropped.add(match.token.i)  # "ordered the ambassador to leave"
            if _is_purpose(match.token, self.markers) or self._names_an_entity(match.token):
                dropped.add(match.token.i)
            if _describes(match.token) or _conditional(match.token):
                dropped.add(match.token.i)
            if _sent_forces_withdrawn(match, by_token):
                dropped.add(match.token.i)  # "brought home the soldiers it had sent to Gao"
            if nonevents.not_an_act(match.token, lambda t: _is_purpose(t, self.markers)):
                dropped.add(match.token.i)  # habits, questions, purposes, courtesies ...
            if match.entry.type == "ASSAULT" and nonevents.general_present(match.token):
                dropped.add(match.token.i)  # "the two groups attack troops and civilians"
            if match.entry.type == "THREATEN" and nonevents.endangering(match.token):
                dropped.add(match.token.i)  # "the areas threatened by the militants"
            if _denied_claim(match):
                dropped.add(match.token.i)  # "denied that Wagner mercenaries are in the country"
            if _aim_of_a_measure(match, matches):
                dropped.add(match.token.i)  # "imposed sanctions ..., targeting junta members"
            if _told_by_its_means(match, by_token) or _manner_order(match, by_token):
                dropped.add(match.token.i)  # "retaliated by recalling", "on the junta's orders"
            if self._organisation_name(match):
                dropped.add(match.token.i)  # "including the Joint Force": a body's name
            if _framing_meeting(match, matches) or _meeting_as_setting(match):
                dropped.add(match.token.i)  # "the Council, meeting in Addis Ababa, suspended"
            if match.entry.type == "REQUEST" and _protesters_demand(match.token):
                # "protesters who were demanding the resignation of Kaboré": the demand is the
                # protest's, told by its content; coded once, as the protest
                if any(m.entry.type == "PROTEST" for m in matches):
                    dropped.add(match.token.i)
                else:
                    retyped[match.token.i] = self.as_type(match, "PROTEST", match)
            if _street_protest(match):
                # "relatives of soldiers protested in Kati and Bamako": a demonstration
                retyped[match.token.i] = self.as_type(match, "PROTEST", match, mode="demo")
            if _stance_predicate(match):
                # "Israel is opposed to French mediation": a stance held, its holder the subject
                retyped[match.token.i] = TriggerMatch(
                    match.token,
                    match.entry.model_copy(update={"frame": "disposition"}),
                    match.words,
                )
            litotes = self._litotes(match)
            if litotes == "drop":
                dropped.add(match.token.i)  # "did not rule out talks": no refusal told
            elif litotes is not None:
                retyped[match.token.i] = self.as_type(match, litotes, match)
            elif self._refusal(match):
                # "did not recognise the decision", "could not receive a delegation": a refusal
                retyped[match.token.i] = self.as_refusal(match)
            if _ordered_departure(match, by_token):
                dropped.add(match.token.i)  # "a donné 72 heures à l'ambassadeur pour quitter"
            if _ultimatum_to_forces(match):
                # "gave the French soldiers one month to leave": a demand that forces
                # withdraw (REQUEST); expelling a diplomat stays SANCTION
                retyped[match.token.i] = self.as_type(match, "REQUEST", match)
            elif _troops_withdrawn(match):
                # "will withdraw its troops from the UN mission in Mali": the forces leave
                # (RETREAT), the state does not leave the body named after "from"
                withdrawal = self.as_type(match, "RETREAT", match)
                entry = withdrawal.entry.model_copy(update={"frame": "movement"})
                retyped[match.token.i] = TriggerMatch(withdrawal.token, entry, withdrawal.words)
            elif match.entry.type == "MOBILIZE" and _moves_peacekeepers(match.token):
                # "peacekeeping troops arrived in Sierra Leone": PLOVER codes a peace
                # operation's deployment as AID (the README's ["AID", "MOBILIZE"])
                retyped[match.token.i] = self.as_type(match, "AID", match)
        self._mediating(matches, by_token, dropped, retyped)
        # "sworn to fight until ...": the parser may attach the content as an adverbial
        governing.update(m.token.head.i for m in matches if m.token.dep_ == "advcl")
        for match in matches:
            if match.entry.requires_content and not self._has_content(match, governing):
                dropped.add(match.token.i)  # "promising to turn the tide": nothing promised
            elif match.entry.type == "AGREE" and _vows_force(match.token):
                # "vowed to defend the country against any aggression": a threat of force
                retyped[match.token.i] = self.as_type(match, "THREATEN", match, mode="violence")
        return [retyped.get(m.token.i, m) for m in matches if m.token.i not in dropped]

    def _has_content(self, match: TriggerMatch, governing: set[int]) -> bool:
        """A promise names what is promised: an event it governs ('pledged to withdraw',
        'offered talks'), an act told by a light verb ('promised to hold elections') or, for a
        verb, a direct object ('offered concessions', 'offered its troops')."""
        token = match.token
        if token.pos_ != "VERB" and any(
            c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children
        ):
            return False  # "stick to its commitment to hold elections": a promise told before
        if token.i in governing:
            return True
        if token.pos_ == "VERB" and any(c.dep_ == "dobj" for c in token.children):
            return True
        if (
            token.dep_ == "acl"
            and token.lemma_.lower() in PROMISING_PARTICIPLES
            and any(c.dep_ == "agent" for c in token.children)
        ):
            return True  # "the transition promised by the council": what it modifies
        return any(
            c.dep_ in {"xcomp", "acl"}
            and (
                self.lexicon.light_verb_role(c.lemma_) == "agentive"
                or c.lemma_.lower() in PROMISED_ACTS
            )
            and any(g.dep_ == "dobj" for g in c.children)
            for c in token.children
        )

    def _mediating(
        self,
        matches: list[TriggerMatch],
        by_token: dict[int, TriggerMatch],
        dropped: set[int],
        retyped: dict[int, TriggerMatch],
    ) -> None:
        """'flew to Niamey and met both Bazoum and the coup leaders in an attempt at
        mediation': a visit or a meeting made to mediate is a mediation (CONSULT
        third-party), told by the verbs; the mediation noun adds no event of its own."""
        for match in matches:
            if match.entry.type != "CONSULT" or match.token.pos_ != "VERB":
                continue
            mediation = _mediation_aim(match.token, by_token)
            if mediation is None or match.token.i in dropped:
                continue
            dropped.add(mediation.token.i)
            for verb in _coordinated_verbs(match.token):
                told = retyped.get(verb.i, by_token.get(verb.i))
                if told is not None and told.entry.type == "CONSULT":
                    retyped[verb.i] = self.as_type(told, "CONSULT", told, mediation.entry.mode)

    def _negated(self, token: Token) -> bool:
        """Whether a verb is negated by a word of its own ("did not", "could not", "never")."""
        words = self.markers.groups["negated"].words
        return any(
            c.dep_ in {"neg", "advmod"} and c.lemma_.lower() in words and c.lower_ != "no"
            for c in token.children
        )

    def _litotes(self, match: TriggerMatch) -> str | None:
        """'did not rule out the use of force': not excluding force is a threat, and not
        excluding anything else is no refusal ('drop'); 'ruled out the use of force' is a
        refusal, REJECT. None when the verb is no such verb."""
        token = match.token
        if token.pos_ != "VERB" or token.lemma_.lower() not in LITOTES_VERBS:
            return None
        negated = self._negated(token)
        if match.entry.type == "THREATEN":
            return None if negated else "REJECT"
        return "drop" if negated and match.entry.type == "REJECT" else None

    def _refusal(self, match: TriggerMatch) -> bool:
        """A negated grant is a refusal (PLOVER REJECT): 'did not recognise the decision',
        'could not receive a delegation', 'would not guarantee freedom of movement'; and so
        is a concession or a meeting negated with a modal of will ('would not meet the demands',
        'will not negotiate with the armed groups'; policies.yaml ``will_refusal_types``). A
        meeting or an act that did not take place stays negated ('did not meet Tiani')."""
        token = match.token
        if token.pos_ != "VERB" or match.entry.type == "REJECT" or not self._negated(token):
            return False
        if any(c.lemma_.lower() in NOT_YET_WORDS for c in token.children):
            return False  # "has not yet received the delegation": still to come
        if token.lemma_.lower() in REFUSAL_VERBS:
            return True
        return match.entry.type in load_policies().will_refusal_types and any(
            c.dep_ == "aux" and c.lemma_.lower() in REFUSAL_MODALS for c in token.children
        )

    def as_refusal(self, match: TriggerMatch) -> TriggerMatch:
        """A negated grant coded as the refusal it tells: REJECT (the mode of what was refused,
        policies.yaml ``refused_modes``), its subject refusing its object."""
        mode = load_policies().refused_modes.get(match.entry.type)
        entry = match.entry.model_copy(
            update={"type": "REJECT", "mode": mode, "acled": None, "frame": "communication"}
        )
        return TriggerMatch(match.token, entry, match.words, refusal=True)

    def _organisation_name(self, match: TriggerMatch) -> bool:
        """'including the Joint Force', 'the Multinational Joint Task Force': a body's noun
        written as a name (capitalised, not at the sentence start) names the body, not an act."""
        token = match.token
        lemma = token.lemma_.lower()
        if token.pos_ != "PROPN" or (lemma not in BODY_NOUNS and lemma not in NAME_NOUNS):
            return False
        first = min(match.words, key=lambda t: t.i)
        return first.i > token.sent.start and all(w.text[:1].isupper() for w in match.words)

    def as_type(
        self, match: TriggerMatch, type_: str, head: TriggerMatch, mode: str | None = None
    ) -> TriggerMatch:
        """``match`` coded as another type and read from ``head``'s verb (keeping its mode
        where that type has it, unless ``mode`` is given): 'agreed to step down' is one
        CONCEDE, told by 'agreed'."""
        if mode is None:
            mode = match.entry.mode if self.ontology.is_valid(type_, match.entry.mode) else None
        entry = match.entry.model_copy(update={"type": type_, "mode": mode, "acled": None})
        words = tuple(sorted({*head.words, *match.words}, key=lambda t: t.i))
        return TriggerMatch(head.token, entry, words)

    def _names_an_entity(self, token: Token) -> bool:
        """'The separatist alliance said ...': a noun trigger as the subject of a non-event verb,
        in apposition, or inside a proper name."""
        if token.pos_ == "VERB":
            return False
        if token.dep_ == "appos":
            return True
        if token.pos_ == "PROPN" and token.dep_ == "compound" and token.head.pos_ == "PROPN":
            return True  # "the Moro Islamic Liberation Front": a word inside a proper name
        if _named_body(token):
            return True  # "the jihadist JNIM alliance", "al-Qaeda's alliance in the Sahel"
        governor, role = arguments.governing_verb(token)
        if governor is None or role != "subject":
            return False
        light = self.lexicon.light_verb_role(governor.lemma_)
        return light != "occurrence" and governor.lemma_.lower() in self.markers.reporting_verbs


EMBEDDING_DEPS = {"ccomp", "xcomp", "dobj", "pobj", "prep", "pcomp", "acl", "nsubj"}
NOMINAL_POS = {"NOUN", "PROPN"}


def _governing_trigger(token: Token, by_token: dict[int, TriggerMatch]) -> TriggerMatch | None:
    """The nearest other trigger this one is embedded in (three steps at most)."""
    current = token
    if current.dep_ == "compound" and current.head.pos_ in {"NOUN", "PROPN"}:
        current = current.head  # "military cooperation agreements": the phrase's head
    while (
        current.dep_ == "conj"
        and (
            current.head.pos_ == current.pos_
            or {current.head.pos_, current.pos_} <= NOMINAL_POS  # "the G5 Sahel and its force"
        )
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in current.children)
    ):
        # "accused the US of violating rights and ignoring international law": a conjunct is
        # governed by what governs the first of its series; one with a subject or a tense
        # of its own ("demanded that X leave, and the Council ended ...", "demanded that
        # France withdraw and has ordered ...") is a clause of its own
        current = current.head
    for _ in range(3):
        if _coordinated_content(current, by_token):
            current = current.head  # "to reveal where they are held and to release them"
        if current.head.i == current.i or current.dep_ not in EMBEDDING_DEPS:
            return None
        if current.dep_ == "prep" and current.lower_ in TEMPORAL_PREPS:
            return None  # "promised elections after seizing power": two events, in order
        # "denied any involvement of its forces in the killings": the phrase is the part's
        current = arguments.prep_attachment(current) if current.dep_ == "prep" else current.head
        if current.i in by_token:
            return by_token[current.i]
    return None


def _coordinated_content(token: Token, by_token: dict[int, TriggerMatch]) -> bool:
    """A verb coordinated with a verb that is no trigger, itself embedded: 'called on the
    authorities to reveal where the men are held and to release them' (the release is the
    call's content, as the revealing is). Coordinated with a trigger, it is an act of its
    own: 'condemned the coup and suspended Mali'."""
    head = token.head
    return (
        token.dep_ == "conj"
        and token.pos_ == "VERB"
        and head.i != token.i
        and head.i not in by_token
        and head.dep_ in EMBEDDING_DEPS
    )


def _qualifies(inner: TriggerMatch, outer: TriggerMatch) -> bool:
    """A participle of the noun's own type that names its doer: 'talks brokered by
    Switzerland', 'negotiations mediated by Algeria' (the participle's mode is the finer)."""
    return (
        inner.entry.type == outer.entry.type
        and inner.token.dep_ == "acl"
        and inner.token.head.i == outer.token.i
        and any(c.dep_ == "agent" for c in inner.token.children)
    )


def _promised_concession(outer: TriggerMatch, inner: TriggerMatch) -> bool:
    """'agreed to step down', 'offered his resignation': an AGREE whose content is a retreat."""
    return (
        outer.entry.type == "AGREE"
        and inner.entry.type == "RETREAT"
        and (inner.token.dep_ == "xcomp" or _acted_upon(inner.token, outer.token))
    )


AGREED_MEASURE_TYPES = word_set("agreed_measure_types")


def _agreed_measure(outer: TriggerMatch, inner: TriggerMatch) -> bool:
    """'agreed to close its borders with Mali', 'agreed new sanctions': an AGREE whose
    content is a measure its subject imposes on another (see grammar.en.yaml)."""
    return (
        outer.entry.type == "AGREE"
        and inner.entry.type.lower() in AGREED_MEASURE_TYPES
        and (inner.token.dep_ == "xcomp" or _acted_upon(inner.token, outer.token))
    )


LITOTES_VERBS = word_set("litotes_verbs")
# verbs whose negation is a refusal ("did not recognise"), and concessions refused with a
# modal of will ("would not meet the demands"): grammar.en.yaml, policies.yaml
REFUSAL_VERBS = word_set("refusal_verbs")
REFUSAL_MODALS = word_set("refusal_modals")
NOT_YET_WORDS = word_set("not_yet_words")
BODY_NOUNS = word_set("body_nouns")
NAME_NOUNS = word_set("organisation_name_nouns")
MEANS_VERBS = word_set("means_verbs")
MEANS_PREPOSITIONS = word_set("means_prepositions")
ORDER_NOUNS = word_set("order_nouns")
MANNER_ORDER_PREPOSITIONS = word_set("manner_order_prepositions")
DECREE_NOUNS = word_set("decree_nouns")


def refused_reading(match: TriggerMatch, reading: ClauseReading) -> ClauseReading:
    """A refusal told by a negated grant occurred when it was made: 'said it would not
    guarantee' is a refusal said, not a negated or planned guarantee."""
    if not match.refusal:
        return reading
    tense = Tense.PAST if reading.tense == Tense.FUTURE else reading.tense
    return ClauseReading(Status.OCCURRED, tense, reading.threat, ())


def _ordered_act(outer: TriggerMatch, inner: TriggerMatch) -> bool:
    """'ordered a thorough investigation', 'ordered air strikes': an order whose object is an
    act the orderer carries out (policies.yaml ``ordered_noun_types``) is that act; 'ordered
    the withdrawal of French troops' stays a demand on those who would withdraw."""
    return (
        outer.entry.type == "REQUEST"
        and outer.token.pos_ == "VERB"
        and outer.token.lemma_.lower() in DIRECTIVE_VERBS
        and inner.token.pos_ == "NOUN"
        and inner.entry.type in load_policies().ordered_noun_types
    )


JUDGING_VERBS = word_set("judging_verbs")
DEFINITE_DETERMINERS = word_set("definite_determiners")


def _judged_act(outer: TriggerMatch, inner: TriggerMatch) -> bool:
    """'The Authority deplored the refusal of the military authorities to receive a
    delegation': a condemnation or a welcome of an act told as fact (a definite noun with its
    doer named) asserts that act; 'condemned any use of force' does not."""
    token = inner.token
    if outer.token.lemma_.lower() not in JUDGING_VERBS or token.pos_ != "NOUN":
        return False
    if inner.entry.type not in load_policies().judged_act_types:
        return False  # "condemned the deployment of Russian mercenaries": told elsewhere
    determiners = [c for c in token.children if c.dep_ in {"det", "poss"}]
    definite = any(
        c.dep_ == "poss" or c.lemma_.lower() in DEFINITE_DETERMINERS for c in determiners
    )
    named_doer = any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in GENITIVE_PREPS)
        for c in token.children
    )
    return definite and named_doer


def _decreed_act(outer: TriggerMatch, inner: TriggerMatch) -> bool:
    """'signed a decree dissolving the parties': the act the decree makes is the event."""
    decree = inner.token.head
    return (
        outer.entry.type in {"AGREE", "SUPPORT"}
        and inner.token.dep_ in {"acl", "relcl"}
        and decree.lemma_.lower() in DECREE_NOUNS
        and decree.head.i == outer.token.i
    )


MEDIATION_MODE = "third-party"


def _mediation_aim(verb: Token, by_token: dict[int, TriggerMatch]) -> TriggerMatch | None:
    """A mediation noun in a phrase of the verb's own ('in an attempt at mediation', 'as part
    of a mediation effort', 'on a mediation mission'), through prepositions only."""
    frontier = [c for c in verb.children if c.dep_ == "prep"]
    for _ in range(4):
        inner = [g for p in frontier for g in p.children if g.dep_ in {"pobj", "pcomp"}]
        for word in inner:
            found = by_token.get(word.i)
            if found is not None and found.entry.mode == MEDIATION_MODE:
                return found
        frontier = [c for w in inner for c in w.children if c.dep_ == "prep"]
    return None


def _coordinated_verbs(verb: Token) -> list[Token]:
    """The verb and the verbs coordinated with it that share its subject ('flew to Niamey and
    met both Bazoum and the coup leaders')."""
    first = verb
    while first.dep_ == "conj" and first.head.pos_ == "VERB":
        first = first.head
    series, pending = [], [first]
    while pending:
        current = pending.pop()
        series.append(current)
        pending += [
            c
            for c in current.children
            if c.dep_ == "conj"
            and c.pos_ == "VERB"
            and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
        ]
    return series


STANCE_PARTICIPLES = word_set("stance_participles")


def _street_protest(match: TriggerMatch) -> bool:
    """'Hundreds of residents protested in Gao', 'thousands protested outside the French base':
    the verb 'protest' with no object, said of a crowd or of where it gathered, tells a
    demonstration; said of a state or an organisation ('the ministry protested against the
    remarks') it stays a statement of disapproval (ACCUSE)."""
    token = match.token
    if (
        match.entry.type != "ACCUSE"
        or token.pos_ != "VERB"
        or token.lemma_.lower() not in STREET_PROTEST_VERBS
        or any(c.dep_ == "dobj" for c in token.children)
    ):
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if any(s.lemma_.lower() in CROWD_NOUNS or s.lower_ in CROWD_NOUNS for s in subjects):
        return True
    return any(_names_a_venue(c) for c in token.children if c.dep_ == "prep")


def _names_a_venue(prep: Token) -> bool:
    """'in Kati and Bamako', 'outside the French base': a preposition of place whose object is
    a place name or a place where crowds gather."""
    if prep.lower_ not in VENUE_PREPOSITIONS:
        return False
    for obj in (c for c in prep.children if c.dep_ == "pobj"):
        if obj.ent_type_ in PLACE_ENTITIES or obj.lemma_.lower() in VENUE_NOUNS:
            return True
    return False


def _stance_predicate(match: TriggerMatch) -> bool:
    """'is opposed to French mediation', 'remains opposed to any talks': a participle of
    stance with 'be' and 'to' and no agent says what its subject holds, not what was done
    to it."""
    token = match.token
    return (
        token.tag_ == "VBN"
        and token.lemma_.lower() in STANCE_PARTICIPLES
        and any(c.dep_ == "auxpass" for c in token.children)
        and not any(c.dep_ == "agent" for c in token.children)
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children)
    )


def _aim_of_a_measure(match: TriggerMatch, matches: list[TriggerMatch]) -> bool:
    """'imposed sanctions on Guinea, targeting members of the junta', 'sanctions targeting
    five officials': a participle of targeting after a sanction says whom the measure hits,
    not an attack (however the parser hangs it)."""
    token = match.token
    if token.lemma_.lower() not in MEASURE_AIM_VERBS or token.tag_ != "VBG":
        return False
    if token.dep_ not in {"acl", "advcl"}:
        return False
    scope = {t.i for t in token.head.subtree}
    return any(
        m.entry.type == "SANCTION" and m.token.i < token.i and m.token.i in scope for m in matches
    )


def _denied_claim(match: TriggerMatch) -> bool:
    """'The government has denied that Wagner mercenaries are in the country': denying a
    claim is no refusal (docs/coding-rules.md, Denials); a denied act would be coded, negated,
    and 'denied the accusations' or 'denied entry' stay REJECT."""
    token = match.token
    return (
        match.entry.type == "REJECT"
        and token.pos_ == "VERB"
        and token.lemma_.lower() in DENIAL_VERBS
        and len(match.words) == 1
        and any(c.dep_ in {"ccomp", "xcomp"} and c.pos_ in {"VERB", "AUX"} for c in token.children)
    )


def _told_by_its_means(match: TriggerMatch, by_token: dict[int, TriggerMatch]) -> bool:
    """'Bamako retaliated by recalling its ambassadors': the act is told by its means (the
    recall), and 'retaliated' adds no act of its own."""
    token = match.token
    if token.pos_ != "VERB" or token.lemma_.lower() not in MEANS_VERBS:
        return False
    return any(
        prep.dep_ == "prep" and prep.lower_ in MEANS_PREPOSITIONS and g.i in by_token
        for prep in token.children
        for g in prep.children
        if g.dep_ == "pcomp"
    )


def _manner_order(match: TriggerMatch, by_token: dict[int, TriggerMatch]) -> bool:
    """'were cut across Niger on the junta's orders': the order under which an act was done
    tells who had it done, not a demand of its own."""
    token = match.token
    if token.pos_ != "NOUN" or token.lemma_.lower() not in ORDER_NOUNS or token.dep_ != "pobj":
        return False
    prep = token.head
    return prep.lower_ in MANNER_ORDER_PREPOSITIONS and prep.head.i in by_token


CONDITION_MARKS = word_set("condition_marks")
DIRECTIVE_VERBS = word_set("directive_verbs")
CONDITION_NOUNS = word_set("condition_nouns")


# slots where a participle with a determiner is a noun ("the wounded", "the injured")
NOMINAL_DEPS = {"dobj", "nsubj", "nsubjpass", "pobj"}


def _describes(token: Token) -> bool:
    """'the ousted president', 'the besieged town': a participle that describes a noun
    (its state) rather than reporting an act; and 'Niger had been a key partner, hosting
    French troops': a participle that goes on describing the subject of 'be'."""
    if token.pos_ != "VERB":
        return False
    if token.dep_ == "amod":
        return not arguments.misparsed_clause(token)  # "the military seized power"
    if (
        token.tag_ == "VBN"
        and token.dep_ in NOMINAL_DEPS
        and any(c.dep_ == "det" for c in token.children)
    ):
        return True  # "evacuated the wounded": a participle used as a noun names people
    if _stationed(token):
        return True
    if arguments.reduced_relative_head(token) is not token and token.dep_ in {"nsubj", "nsubjpass"}:
        return True  # "leaders meeting in Accra lifted the sanctions": who lifted them
    return token.tag_ == "VBG" and token.dep_ == "advcl" and token.head.lemma_ == "be"


# "les militaires français déployés au Mali", "sont stationnés à Kamboinsin" (grammar files)
STATIVE_PARTICIPLES = word_set("stative_participles")
STATIVE_PASSIVES = word_set("stative_passives")


PARTNER_PREPS = word_set("accompaniment_prepositions")
PROTESTER_NOUNS = word_set("protester_nouns")
RELATIVE_PRONOUNS = word_set("relative_pronouns")
PERSON_RELATIVES = word_set("person_relative_pronouns")
NOUN_PHRASE_LINKS = {"appos", "pobj", "prep"}


def _protesters_demand(token: Token) -> bool:
    """A demand whose speakers are protesters: "protesters demanded", "protesters who were
    demanding", "des manifestants qui réclamaient"; "hundreds of protesters in the capital,
    Ouagadougou, who were demanding": "who" is a person, so the parser's place is passed over
    for the people the phrase began with."""
    if token.pos_ != "VERB":
        return False
    subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
    speakers = [s for s in subjects if s.lower_ not in RELATIVE_PRONOUNS]
    if token.dep_ in {"relcl", "acl"}:
        antecedent = token.head
        speakers.append(antecedent)
        if any(s.lower_ in PERSON_RELATIVES for s in subjects):
            while antecedent.dep_ in NOUN_PHRASE_LINKS and antecedent.head.i != antecedent.i:
                antecedent = antecedent.head
                speakers.append(antecedent)
    named = speakers + [
        g
        for s in speakers
        for p in s.children
        if p.lower_ in GENITIVE_PREPS
        for g in p.children
        if g.dep_ == "pobj"
    ]  # "hundreds of protesters"
    return any(s.lemma_.lower() in PROTESTER_NOUNS for s in named)


def _framing_meeting(match: TriggerMatch, matches: list[TriggerMatch]) -> bool:
    """A meeting told only as the setting of its decisions: "the Peace and Security Council,
    meeting in Addis Ababa, suspended Burkina Faso", "les dirigeants de la CEDEAO réunis à
    Abuja ont ordonné ...". The participle describes who decided; the decisions are the events
    and the meeting is their venue (tests/gold/README.md, "Meetings"). A meeting with a named
    partner ("meeting with Macron") or with no decision beside it stays a CONSULT."""
    token = match.token
    fronted = arguments.fronted_participle(token)  # the parser made "Meeting ..." the subject
    if match.entry.type != "CONSULT" or (token.pos_ != "VERB" and not fronted):
        return False
    if token.dep_ not in {"acl", "advcl"} and not fronted:
        return False
    if token.tag_ != "VBG" and "Part" not in token.morph.get("VerbForm") and not fronted:
        return False
    if any(c.dep_ in {"dobj", "obj"} for c in token.children) or any(
        c.dep_ == "prep" and c.lower_ in PARTNER_PREPS for c in token.children
    ):
        return False
    main = token.head
    if token.dep_ == "acl":
        if main.dep_ not in {"nsubj", "nsubjpass"}:
            return False
        main = main.head
    if main.pos_ not in {"VERB", "AUX"}:
        return False
    own = {t.i for t in token.subtree}
    return any(
        m.entry.type != "CONSULT" and m.token.i not in own and main in (m.token, *m.token.ancestors)
        for m in matches
    )


SETTING_MEETING_NOUNS = word_set("setting_meeting_nouns")
SETTING_PREPS = word_set("setting_prepositions")
ADDRESSING_VERBS = word_set("addressing_verbs")
# a clause of the noun's own ("a summit that was to be held in Pau", "the conference,
# scheduled for February"): the meeting is told for itself
OWN_CLAUSE_DEPS = {"acl", "relcl", "acl:relcl"}
# a preposition's object (English), an oblique or nominal modifier with its case word (French)
OBLIQUE_DEPS = {"obl", "obl:mod", "obl:arg", "nmod"}


def _meeting_as_setting(match: TriggerMatch) -> bool:
    """A gathering named only as the setting or the source of other acts: "at a summit in
    N'Djamena, Déby announced ...", "Also at the summit, Embaló took over ...", "the decisions
    of its extraordinary summit of 30 July", "Tiani told the summit that ...". The decisions
    are the events; the meeting is coded where the text tells it for itself ("held an
    extraordinary summit", "the summit had been planned for December", "will attend a
    summit"). A meeting with a named partner ("at a meeting with Macron") or with a clause of
    its own stays a CONSULT."""
    token = match.token
    if match.entry.type != "CONSULT" or token.pos_ not in {"NOUN", "PROPN"}:
        return False
    if token.lemma_.lower() not in SETTING_MEETING_NOUNS:
        return False
    for child in token.children:
        if child.dep_ in OWN_CLAUSE_DEPS:
            return False
        if child.dep_ == "prep" and child.lower_ in PARTNER_PREPS:
            return False
    if token.dep_ == "pobj":
        return token.head.lower_ in SETTING_PREPS
    if token.dep_ in OBLIQUE_DEPS:
        return any(c.dep_ == "case" and c.lower_ in SETTING_PREPS for c in token.children)
    if token.dep_ in {"dobj", "obj", "dative"}:
        return token.head.lemma_.lower() in ADDRESSING_VERBS
    return False


# the types of a deployment that a clause on withdrawn forces may tell ("the soldiers it sent")
DEPLOYMENT_TYPES = {"MOBILIZE", "AID"}


def _sent_forces_withdrawn(match: TriggerMatch, by_token: dict[int, TriggerMatch]) -> bool:
    """A deployment told in a relative clause on the forces a withdrawal brings back ("Chad
    has brought home 600 of the 1,200 soldiers it sent to the border zone", "Estonia also
    brought home the soldiers it had sent to serve in Gao"): the clause says which forces
    leave, the withdrawal is the act told. A clause with a date of its own ("the troops it
    sent in 2013"), or on forces a withdrawal is only demanded of, tells the deployment as an
    act of its own and stays."""
    token = match.token
    if match.entry.type not in DEPLOYMENT_TYPES or token.dep_ not in {"relcl", "acl:relcl"}:
        return False
    if any(t.ent_type_ == "DATE" for t in token.subtree):
        return False
    forces = token.head
    while forces.dep_ in NOUN_PHRASE_LINKS and forces.head.i != forces.i:
        forces = forces.head  # "600 of the 1,200 soldiers it sent"
    if forces.dep_ not in {"dobj", "obj"}:
        return False
    withdrawal = by_token.get(forces.head.i)
    if withdrawal is None or withdrawal.entry.type != "RETREAT":
        return False
    # a withdrawal only demanded ("demanded that Denmark withdraw the soldiers who had
    # arrived") is no act that tells the forces apart: their arrival is the news
    return _governing_trigger(withdrawal.token, by_token) is None


def _stationed(token: Token) -> bool:
    """Where forces are, not an act: a participle of deployment describing a noun with no doer
    and no time of its own ("les 2 400 militaires déployés au Mali"), and the present passive
    of a verb of being stationed ("sont stationnés à Kamboinsin")."""
    lemma = token.lemma_.lower()
    if any(c.dep_ in {"agent", "npadvmod"} for c in token.children):
        return False  # "déployés par la France", "déployés lundi"
    if token.dep_ == "acl" and token.tag_ == "VBN":
        return lemma in STATIVE_PARTICIPLES
    passive = [c for c in token.children if c.dep_ == "auxpass"]
    return lemma in STATIVE_PASSIVES and any("Pres" in c.morph.get("Tense") for c in passive)


def _conditional(token: Token) -> bool:
    """A trigger inside a condition ('if the soldiers do not reinstate', 'unless Israel
    rescinded', 'in the event of an attack'): the condition of a threat or an offer, not an
    event. A relative clause inside the condition ('the soldiers who seized power') is
    background told as fact, and is kept."""
    current = token
    for _ in range(6):
        if current.dep_ in {"relcl", "acl"}:
            return False
        if current.pos_ in {"VERB", "AUX"} and any(
            c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in current.children
        ):
            return True
        if (
            current.dep_ == "pobj"
            and current.head.lower_ in GENITIVE_PREPS
            and current.head.head.lemma_.lower() in CONDITION_NOUNS
        ):
            return True  # "in the event of an attack", "in case of aggression"
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _acted_upon(inner: Token, outer: Token, phrase: Sequence[Token] = ()) -> bool:
    """A noun trigger that is the object of another trigger names what that act is done to
    ("revoked its military cooperation agreements": the noun may be a compound of the object;
    "mettre fin à sa coopération militaire": the object of the preposition that closes the
    outer trigger's own phrase).
    """
    if inner.pos_ not in {"NOUN", "PROPN"}:
        return False
    if inner.dep_ == "compound" and inner.head.pos_ in {"NOUN", "PROPN"}:
        inner = inner.head
    while inner.dep_ == "conj" and inner.head.pos_ in {"NOUN", "PROPN"}:
        inner = inner.head  # "suspended its aid and its budget support"
    if (
        inner.dep_ == "pobj"
        and inner.head.lower_ in GENITIVE_PREPS
        and inner.head.head.lemma_.lower() in PARTITIVE_NOUNS
    ):
        inner = inner.head.head  # "lifted most of its sanctions"
    if inner.dep_ == "pobj" and any(word.i == inner.head.i for word in phrase[1:]):
        return True  # "mettre fin à sa coopération", "a mis un terme à sa mission"
    return inner.dep_ in {"dobj", "obj", "nsubjpass"} and inner.head.i == outer.i


def _is_purpose(token: Token, markers: StatusMarkers) -> bool:
    """'deployed to provide security', 'established to support': an aim, not an event.

    An infinitive under a verb of planning or deciding is a planned event instead, and one
    under a noun ("France's decision to withdraw") is the decided event itself. A planning
    verb that has a direct object before the infinitive plans the object, and the infinitive
    is what the object is for: "are preparing a joint force of 5,000 soldiers to fight the
    jihadist groups" prepares a force, not a fight.
    """
    if token.pos_ != "VERB" or token.dep_ not in {"advcl", "xcomp", "acl"}:
        return False
    if not any(_infinitive_mark(child) for child in token.children):
        return False
    head = token.head
    if head.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = head.lemma_.lower()
    keeps = {"planned", "attempt", "threat", "ongoing", "negated", "hypothetical"}
    planned_object = token.dep_ == "advcl" and any(
        c.dep_ == "dobj" and c.i < token.i for c in head.children
    )
    if not planned_object and any(lemma in markers.groups[name].governing_verbs for name in keeps):
        return False
    return lemma not in NOT_PURPOSE_HEADS


def _infinitive_mark(word: Token) -> bool:
    """'to' in 'deployed to provide security' (an auxiliary in the English parse); 'pour' in
    'rassemblés pour dénoncer les sanctions' (a marker before a French infinitive)."""
    if word.lower_ not in INFINITIVE_MARKS:
        return False
    return word.dep_ == "aux" or (word.dep_ == "mark" and "Inf" in word.head.morph.get("VerbForm"))


ULTIMATUM_VERBS = word_set("ultimatum_verbs")
ARMED_FORCE_NOUNS = word_set("armed_force_nouns")
LEFT_PLACE_PREPS = word_set("left_place_prepositions")
OUT_PARTICLES = word_set("out_particles")
FORCE_MOVING_VERBS = word_set("force_moving_verbs")
PEACEKEEPING_WORDS = word_set("peacekeeping_words")


def _ultimatum_to_forces(match: TriggerMatch) -> bool:
    """'gave the soldiers one month to leave', 'ordered the troops to leave': an expulsion
    order addressed to armed forces."""
    token = match.token
    if match.entry.type != "SANCTION" or match.entry.mode != "expel":
        return False
    if token.pos_ != "VERB" or token.lemma_.lower() not in ULTIMATUM_VERBS:
        return False
    return any(
        c.dep_ in {"dobj", "dative", "iobj"} and c.lemma_.lower() in ARMED_FORCE_NOUNS
        for c in token.children
    )


def _left_by_retreat(inner: TriggerMatch, outer: TriggerMatch) -> bool:
    """'pulled out of the training mission', 'withdrew from the operation': the mission or
    operation a withdrawal leaves (its "of" or "from" object, through a particle) is what
    the retreat is done to, not an act of its own."""
    if outer.entry.type != "RETREAT" or outer.entry.mode != "withdraw":
        return False
    token = inner.token
    if token.pos_ not in NOMINAL_POS or token.dep_ != "pobj" or inner.entry.type == "RETREAT":
        return False
    prep = token.head
    if prep.lower_ not in LEFT_PLACE_PREPS:
        return False
    head = prep.head
    if head.dep_ in {"prt", "prep"} and head.lower_ in OUT_PARTICLES:
        head = head.head  # "pulled out of": spaCy may hang "of" on the particle
    return head.i == outer.token.i


def _troops_withdrawn(match: TriggerMatch) -> bool:
    """'withdraw its troops from the mission', 'pulled its soldiers out of the force': a
    leaving read as quitting a body (SANCTION withdraw) whose direct object is armed forces
    is their withdrawal. A recalled ambassador or observer mission stays SANCTION."""
    if match.entry.type != "SANCTION" or match.entry.mode != "withdraw":
        return False
    token = match.token
    if token.pos_ != "VERB" or token.lemma_.lower() not in FORCE_MOVING_VERBS:
        return False  # "leave", "quit": their object is the body left, not forces moved
    return any(
        c.dep_ == "dobj"
        and (c.lemma_.lower() in ARMED_FORCE_NOUNS or c.lemma_.lower() in PEACEKEEPING_WORDS)
        for c in token.children
    )


def _ordered_departure(match: TriggerMatch, by_token: dict[int, TriggerMatch]) -> bool:
    """'gave the ambassador 72 hours to leave the country': the leaving is what an expulsion
    orders, not a departure of its own (the order is coded, as SANCTION expel)."""
    token = match.token
    order = by_token.get(token.head.i)
    return (
        match.entry.type == "RETREAT"
        and token.dep_ in {"advcl", "xcomp"}
        and order is not None
        and order.entry.type == "SANCTION"
        and order.entry.mode == "expel"
    )


def _moves_peacekeepers(token: Token) -> bool:
    """A deployment or arrival whose forces are peacekeepers ('peacekeeping troops arrived',
    'the deployment of UN peacekeepers', 'a contingent of peacekeepers arrived')."""
    if token.pos_ == "VERB":
        movers = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    else:
        movers = [g for c in token.children if c.lower_ in GENITIVE_PREPS for g in c.children]
        movers += [c for c in token.children if c.dep_ in {"compound", "amod", "poss"}]
    # "peacekeeping troops", "a contingent of Senegalese peacekeepers"
    words = [w for mover in movers for w in (mover, *mover.children)]
    words += [g for w in words if w.lower_ in GENITIVE_PREPS for g in w.children]
    return any(word.lemma_.lower() in PEACEKEEPING_WORDS for word in words)


# the parser's label for an organisation's name ("JNIM", "Platform", "al-Qaeda")
ORGANISATION_LABELS = {"ORG"}
BODY_PARTNER_PREPS = word_set("body_partner_prepositions")


def _named_body(token: Token) -> bool:
    """'the jihadist JNIM alliance', 'members of the Platform alliance', 'al-Qaeda's alliance
    in the Sahel': a body noun whose modifier or possessor is one organisation's name names
    that body (or its branch), not an act of allying; 'the Russia-Mali alliance' (states) and
    'its alliance with Chad' (a partner) stay events."""
    if token.lemma_.lower() not in BODY_NOUNS:
        return False
    if any(c.dep_ == "prep" and c.lower_ in BODY_PARTNER_PREPS for c in token.children):
        return False
    return any(
        c.dep_ in {"compound", "poss"} and c.pos_ == "PROPN" and c.ent_type_ in ORGANISATION_LABELS
        for c in token.children
    )


def _vows_force(token: Token) -> bool:
    """'vowed to fight on', 'swore to defend the country against any aggression': a vow whose
    infinitive is an act of force is a threat (PLOVER THREATEN, CAMEO 13), not an offer to
    cooperate; 'pledged to hold elections' stays AGREE (grammar ``forceful_vowed_acts``)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in VOWING_VERBS:
        return False
    return any(
        c.dep_ in {"xcomp", "advcl"} and c.lemma_.lower() in FORCEFUL_VOWED_ACTS
        for c in token.children
    )
