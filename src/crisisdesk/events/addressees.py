"""Whom an act is addressed to, where the syntax hangs the party away from the trigger.

A blame laid on someone is aimed at them ("blamed the attack on ISGS"), not at the act's
victims. Talks mediated by a third party bring together the parties of the clause they led to
("signed a peace deal after talks mediated by Qatar"). A threat is aimed at whoever must act to
avert it, or at whom the threatened act would hit ("threatened to cut off electricity to
Nakhichevan"). A demand's content names who is asked ("its demand that Israel ease
restrictions"). Rejecting a report, an accusation or an offer the report told is aimed at its
author; ruling out talks with someone is aimed at them. Leaving a body is aimed at the body
however the parse hangs its name ("leur retrait « sans délai » de la CEDEAO"), and suspending
aid at the state it went to.
"""

from __future__ import annotations

from spacy.tokens import Token

from crisisdesk.events import arguments, blame
from crisisdesk.events.draft import Draft
from crisisdesk.events.grammar import word_map, word_set
from crisisdesk.events.mentions import DocumentContext
from crisisdesk.events.merging.parties import one_party
from crisisdesk.model import Actor, ActorKind, Sector, Status

# "blamed the attack on ISGS", "attributed the killings to the army"
ATTRIBUTION_VERBS = word_set("attribution_verbs")
ATTRIBUTION_PREPS = word_set("attribution_prepositions")
CONDITION_MARKS = word_set("condition_marks")
COMPLEMENT_PREPS = word_set("complement_prepositions")
TARGET_PREPS = word_set("target_prepositions")
# "the report", "ces accusations", "the offer": what a rejection answers, told before, and the
# types of the events that told it
ANSWERED = word_map("answered_nouns")
DEFINITE = word_set("definite_determiners")
# "told the Council that his Government asked for ...": verbs that report to a party, and the
# prepositions naming it ("wrote to ECOWAS")
TELLING_VERBS = word_set("telling_verbs")
TOLD_PREPS = word_set("told_prepositions")
# "refused to respond to a demand from the president": requests a refusal answers
REQUEST_NOUNS = word_set("answered_request_nouns")
COMPLIED_WITH = word_map("complied_with")
# "ruled out talks with the jihadists": the partner of the talks refused
PARTNER_PREPS = word_set("partner_prepositions")
# "withdrew from ECOWAS", "pull out of the task force", "retrait de la CEDEAO"
QUIT_PREPS = word_set("quit_prepositions")
FORCE_MOVING_VERBS = word_set("force_moving_verbs")
OUT_PARTICLES = word_set("out_particles")
# "suspended its aid to Niger", "son aide au Niger": where what is given goes
DESTINATION_PREPS = word_set("destination_prepositions")
SUBJECT_DEPS = arguments.SUBJECT_DEPS
BODY_KINDS = {ActorKind.ORGANISATION}
BODY_SECTORS = {Sector.IGO, Sector.UNO}
# "left the group", "l'organisation régionale": a body named by what it is, told before
DESCRIBED_BODY_NOUNS = word_set("described_body_nouns")
DEFINITE_DETERMINERS = word_set("definite_determiners")
PRONOUN_POS = {"PRON", "DET"}  # "their", "leur"


def address(draft: Draft, earlier: list[Draft], context: DocumentContext) -> None:
    """Fill or correct the recipients by the rules above (after the frame and refine's own)."""
    if draft.type == "ACCUSE":
        _blamed_on(draft, context)
    if draft.recipients:
        return
    if draft.match.entry.mode == "third-party":
        _talks_parties(draft, context)
    elif draft.type == "THREATEN":
        _threat_target(draft, context)
    elif draft.type == "REQUEST":
        _demand_content(draft, context)
        if not draft.recipients:
            _told_party(draft, context)
    elif draft.type == "REJECT":
        _rejected_author(draft, earlier, context)
    if draft.type == "SANCTION" and not draft.recipients:
        _body_left(draft, earlier, context)
        if not draft.recipients:
            _aid_destination(draft, context)


def _parties(
    heads: list[Token], draft: Draft, context: DocumentContext, own_words: bool = False
) -> None:
    """Add the actors the heads name as recipients, leaving out the draft's own actors and,
    unless ``own_words`` lets possessives through, what they call their own."""
    acting = {key for actor, _ in draft.actors for key in (actor.id, actor.country) if key}
    found = []
    for head in heads:
        if (head.tag_ == "PRP$" and not own_words) or head.i == draft.match.token.i:
            continue
        for actor in context.actors_of(head):
            if actor.id in acting or (actor.kind == ActorKind.STATE and actor.country in acting):
                continue
            found.append((actor, head))
    blame.add_parties(draft.recipients, found, draft)


def _blamed_on(draft: Draft, context: DocumentContext) -> None:
    """'The army blamed the attack on the Islamic State', 'attributed the strikes to the RSF':
    whom an act is laid on is the accused, not the act's own target ('the attack on X')."""
    trigger = draft.match.token
    if trigger.lemma_.lower() not in ATTRIBUTION_VERBS:
        return
    objects = arguments.slots(trigger).object
    heads = arguments.prep_heads(trigger, ATTRIBUTION_PREPS)
    for act in objects:
        if blame.act_types(act):  # "the attack on X", parsed as the noun's phrase
            heads += arguments.prep_heads(act, ATTRIBUTION_PREPS)
    laid = [(a, h) for h in heads for a in context.actors_of(h)]
    if laid:
        draft.recipients = []
        blame.add_parties(draft.recipients, laid, draft)


def _talks_parties(draft: Draft, context: DocumentContext) -> None:
    """'signed a peace agreement after five months of talks mediated by Qatar': the parties of
    the clause the mediated talks led to; 'mediated the talks between the two sides': the
    parties the talks' own phrase names."""
    trigger = draft.match.token
    talks = [trigger, *arguments.slots(trigger).object]
    if trigger.dep_ == "acl":  # "talks mediated by Qatar": the trigger is the participle
        talks.append(trigger.head)
    heads = [h for noun in talks for h in arguments.prep_heads(noun, MEDIATED_PREPS)]
    if not heads:
        verb = arguments.clause_verb(talks[-1]) if talks[-1].pos_ == "NOUN" else None
        if verb is not None and verb.i != trigger.i:
            for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
                heads += arguments.coordinated(subject)
            heads += arguments.prep_heads(verb, PARTNER_PREPS)
    _parties(heads, draft, context)


MEDIATED_PREPS = word_set("mediated_party_prepositions")


def _threat_target(draft: Draft, context: DocumentContext) -> None:
    """'threatened to hold a general strike unless Israel rescinded its annexation': whoever
    must act to avert it; else whom the threatened act would hit ('threatened to cut off
    electricity to Nakhichevan', 'to impose import restrictions against German goods', 'to
    ban opposition candidates', 'to pull his country out of the task force')."""
    trigger = draft.match.token
    acts = [c for c in trigger.children if c.dep_ in {"xcomp", "ccomp"}]
    acts += [c for act in acts for c in act.children if c.dep_ in {"xcomp", "conj"}]
    for act in acts:
        for clause in (c for c in act.children if c.dep_ == "advcl"):
            if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in clause.children):
                subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
                _parties([h for s in subjects for h in arguments.coordinated(s)], draft, context)
    if draft.recipients:
        return
    heads = arguments.complement_parties(trigger)
    for act in acts:
        objects = [c for c in act.children if c.dep_ in arguments.OBJECT_DEPS]
        heads += [h for o in objects for h in arguments.prep_heads(o, TARGET_PREPS)]
        heads += arguments.prep_heads(act, TARGET_PREPS)
        heads += _quit_heads(act)
    _parties(heads, draft, context)
    if not draft.recipients and any(a.lemma_.lower() in FORCE_MOVING_VERBS for a in acts):
        _host_of_forces(draft, context)


def _host_of_forces(draft: Draft, context: DocumentContext) -> None:
    """'Macron threatened to withdraw French troops': a threat to pull out forces that names
    no place they would leave is aimed at the country the report is about, where they are
    (when the threatener is foreign to it)."""
    country = context.focus_country
    host = context.kb.get(country) if country else None
    if host is None or any(a.country == country for a, _ in draft.actors):
        return
    draft.recipients.append((host, draft.match.token))


def _quit_heads(word: Token) -> list[Token]:
    """'pull his country out of the task force', 'withdraw from ECOWAS': the body left."""
    heads = arguments.prep_heads(word, QUIT_PREPS)
    for particle in (c for c in word.children if c.lower_ in OUT_PARTICLES):
        heads += arguments.prep_heads(particle, QUIT_PREPS)
    return heads


def _possessor(word: Token, draft: Draft, context: DocumentContext) -> list[Token]:
    """'French forces left Mali after the juntas demanded their departure': a possessive that
    would make the askers ask themselves stands for the subject of the clause the request
    hangs on; 'his' and 'her' stand only for people."""
    if word.tag_ != "PRP$":
        return [word]
    acting = {a.id for a, _ in draft.actors}
    found = context.actors_of(word)
    if word.lower_ in PERSON_PRONOUNS and any(a.kind != ActorKind.PERSON for a in found):
        return []
    if found and not all(a.id in acting for a in found):
        return [word]
    trigger = draft.match.token
    if trigger.dep_ not in {"advcl", "conj", "ccomp"}:
        return []
    subjects = [c for c in trigger.head.children if c.dep_ in SUBJECT_DEPS]
    return subjects or _subject_before(draft, context)


def _subject_before(draft: Draft, context: DocumentContext) -> list[Token]:
    """'French forces left Mali ..., Burkina Faso ... and Niger ..., after the juntas demanded
    their departure', misparsed with no verb above the request: the nearest subject before the
    request that names a party other than the askers."""
    trigger = draft.match.token
    acting = {a.id for a, _ in draft.actors}
    for word in reversed(draft.sentence[: trigger.i - draft.sentence.start]):
        if word.dep_ not in SUBJECT_DEPS or word.tag_ == "PRP$":
            continue
        found = context.actors_of(word)
        if found and not any(a.id in acting for a in found):
            return [word]
    return []


def _demand_content(draft: Draft, context: DocumentContext) -> None:
    """'its demand that Israel ease restrictions', 'its demands that Burundi's government
    grant more rights': who is asked is the subject of the demand's content."""
    trigger = draft.match.token
    slots = arguments.slots(trigger)
    asked = slots.object + [h for w in CONTENT_PREPS for h in slots.preps.get(w, [])]
    for act in asked:  # "demanded their departure", "called for his resignation"
        if act.pos_ == "NOUN" and act.lemma_.lower() not in BENEFICIARY_NOUNS:
            for doer in (c for c in act.children if c.dep_ == "poss"):
                _parties(_possessor(doer, draft, context), draft, context, own_words=True)
    if not draft.recipients and trigger.dep_ == "acl" and trigger.tag_ == "VBN":
        _demanded_act_doer(draft, context)
    if draft.recipients or trigger.pos_ != "NOUN":
        return
    for clause in (c for c in trigger.children if c.dep_ in {"acl", "ccomp", "relcl"}):
        if not any(c.dep_ == "mark" for c in clause.children):
            continue  # "the demand he made": a relative, not the demand's content
        subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
        _parties([h for s in subjects for h in arguments.coordinated(s)], draft, context)


def _told_party(draft: Draft, context: DocumentContext) -> None:
    """'told the Council that his Government asked for the withdrawal of the mission', 'wrote
    to ECOWAS that the junta demanded ...': a request reported to someone is put to them."""
    trigger = draft.match.token
    if trigger.dep_ != "ccomp" or trigger.head.lemma_.lower() not in TELLING_VERBS:
        return
    told = arguments.slots(trigger.head)
    heads = told.object + told.dative + [h for w in TOLD_PREPS for h in told.preps.get(w, [])]
    # "told reporters that ...": the press hears the request, it is not asked
    heads = [h for h in heads if all(a.sector != Sector.MED for a in context.actors_of(h))]
    _parties([h for h in heads if h.tag_ not in arguments.RELATIVE_PRONOUN_TAGS], draft, context)


def _demanded_act_doer(draft: Draft, context: DocumentContext) -> None:
    """'completing a withdrawal demanded by the military government', 'the elections demanded
    by ECOWAS': a demand told by a participle on the act demanded is aimed at whoever carries
    the act out: the act's own doer, else the subject of the clause the act belongs to."""
    act = draft.match.token.head
    if act.pos_ != "NOUN" or not blame.act_types(act):
        return
    act_slots = arguments.slots(act)
    doers = act_slots.possessor + arguments.prep_heads(act, DOER_PREPS)
    _parties(doers or act_slots.subject, draft, context)


def _rejected_author(draft: Draft, earlier: list[Draft], context: DocumentContext) -> None:
    """'rejected the report, calling it biased', 'a rejeté ces accusations', 'The Forces for
    Freedom and Change rejected the offer': the author of what the report told before;
    'rejected the sanctions imposed by ECOWAS': the doer the rejected act's phrase names;
    'ruled out talks with the junta': the partner of the talks refused."""
    trigger = draft.match.token
    objects = arguments.slots(trigger).object
    _parties([h for o in objects for h in arguments.prep_heads(o, PARTNER_PREPS)], draft, context)
    for act in (o for o in objects if not draft.recipients and blame.act_types(o)):
        # "rejected the sanctions imposed by ECOWAS": the doer the act's own phrase names
        blame.add_parties(draft.recipients, blame.named_doers(act, context), draft)
    if draft.recipients:
        return
    _answered_in_complement(draft, context)
    if draft.recipients:
        return
    _complied_with(draft, earlier)
    if draft.recipients:
        return
    # "refused to sign the agreement": what the refused verb would have acted on
    complements = (c for c in trigger.children if c.dep_ == "xcomp")
    for answered in objects + [o for c in complements for o in arguments.slots(c).object]:
        lemma = answered.lemma_.lower()
        told = {c.lower_ for c in answered.children if c.dep_ == "det"} & DEFINITE
        if lemma not in ANSWERED or not told:
            continue
        author = _author_told(lemma, draft, earlier) or _author_named(answered, draft, context)
        if author:
            blame.add_parties(draft.recipients, [(a, answered) for a in author], draft)
            return


def _answered_in_complement(draft: Draft, context: DocumentContext) -> None:
    """'refused to respond to a demand from the US President', 'declined to comply with
    ECOWAS's ultimatum': a refusal to answer a request is aimed at whoever made it."""
    for verb in (c for c in draft.match.token.children if c.dep_ == "xcomp"):
        verb_slots = arguments.slots(verb)
        heads = verb_slots.object + [h for hs in verb_slots.preps.values() for h in hs]
        for asked in (h for h in heads if h.lemma_.lower() in REQUEST_NOUNS):
            authors = [c for c in asked.children if c.dep_ == "poss"]
            authors += arguments.prep_heads(asked, AUTHOR_PREPS)
            _parties(authors, draft, context)


def _complied_with(draft: Draft, earlier: list[Draft]) -> None:
    """'France has refused to comply': a refusal to comply that names no request answers the
    latest demand, order or ultimatum the report told, made by another party."""
    for verb in (c for c in draft.match.token.children if c.dep_ == "xcomp"):
        types = COMPLIED_WITH.get(verb.lemma_.lower())
        if not types:
            continue
        if any(c.dep_ in {"dobj", "prep"} for c in verb.children):
            continue  # "to comply with the ultimatum": the noun names it (above)
        acting = [a for a, _ in draft.actors]
        for before in reversed(earlier):
            if before.type not in types or before.reading.status == Status.NEGATED:
                continue
            authors = [a for a, _ in before.actors]
            if any(one_party(a, b) for a in authors for b in acting):
                continue  # its own order, or one told with its own name
            blame.add_parties(draft.recipients, [(a, verb) for a in authors], draft)
            return


def _author_told(lemma: str, draft: Draft, earlier: list[Draft]) -> list[Actor]:
    """The actors of the latest earlier event of the kind the answered noun names (an
    accusation or report: ACCUSE; an offer or proposal: AGREE, SUPPORT, AID), other than the
    rejecter."""
    return _author_of_types(set(ANSWERED.get(lemma) or ()), draft, earlier)


def _author_of_types(
    types: set[str] | frozenset[str], draft: Draft, earlier: list[Draft]
) -> list[Actor]:
    """The actors of the latest earlier event of one of ``types`` that the rejecter took no
    part in."""
    acting = {a.id for a, _ in draft.actors}
    for before in reversed(earlier):
        if before.type not in types or before.reading.status == Status.NEGATED:
            continue
        authors = [a for a, _ in before.actors if a.id not in acting]
        if authors and not acting & {a.id for a, _ in before.actors}:
            return authors
    return []


def _author_named(answered: Token, draft: Draft, context: DocumentContext) -> list[Actor]:
    """'A report published on Friday by the UN human rights office found ...' before 'rejected
    the report': the author the report's own earlier phrase names ('by', 'from', a possessor),
    or the speaker of the sentence before ('the council was ready to resume negotiations.
    The Forces for Freedom and Change rejected the offer')."""
    acting = {a.id for a, _ in draft.actors}
    doc = answered.doc
    lemma = answered.lemma_.lower()
    before = [t for t in doc[: draft.sentence.start] if t.lemma_.lower() == lemma]
    for mention in reversed(before):
        heads = [c for c in mention.children if c.dep_ == "poss"]
        heads += arguments.prep_heads(mention, AUTHOR_PREPS)
        for participle in (c for c in mention.children if c.dep_ == "acl"):
            agents = [c for c in participle.children if c.dep_ == "agent"]
            heads += [o for a in agents for o in a.children if o.dep_ == "pobj"]
            heads += arguments.prep_heads(participle, AUTHOR_PREPS)
        if mention.dep_ in arguments.OBJECT_DEPS:  # "HRW published a report"
            heads += [c for c in mention.head.children if c.dep_ in SUBJECT_DEPS]
        authors = [a for h in heads for a in context.actors_of(h) if a.id not in acting]
        if authors:
            return authors
    if lemma not in PROPOSAL_NOUNS or draft.sentence.start == 0:
        return []
    previous = doc[draft.sentence.start - 1].sent
    speakers = [c for c in previous.root.children if c.dep_ in SUBJECT_DEPS]
    return [a for h in speakers for a in context.actors_of(h) if a.id not in acting]


def _body_left(draft: Draft, earlier: list[Draft], context: DocumentContext) -> None:
    """'leur retrait « sans délai » de la CEDEAO', 'announced their withdrawal with immediate
    effect from ECOWAS': leaving names the body left wherever the parse hangs its name."""
    if draft.match.entry.mode != "withdraw":
        return
    trigger = draft.match.token
    heads = []
    for word in trigger.subtree:
        if word.dep_ != "prep" or word.lower_ not in QUIT_PREPS or word.head.i < trigger.i:
            continue
        # on the trigger, or on a bare adverbial phrase ("sans délai", "with immediate
        # effect"); not inside a noun of its own ("the end of the mandate of MINUSMA")
        phrase = word.head
        bare = not any(c.dep_ == "det" for c in phrase.children)
        if phrase.i == trigger.i or (bare and phrase.lemma_.lower() not in MANDATE_NOUNS):
            heads += [h for h in word.children if h.dep_ == "pobj"]
    bodies = [
        h
        for h in heads
        if any(a.kind in BODY_KINDS or a.sector in BODY_SECTORS for a in context.actors_of(h))
    ]
    if bodies:
        # "leur retrait de l'organisation régionale": a possessive read as the body itself is
        # the leavers' word, not a doer beside them
        left = {a.id for a in context.actors_of(bodies[0])}
        draft.actors = [(a, t) for a, t in draft.actors if not (a.id in left and _pronoun(t))]
    _parties(bodies[:1], draft, context)
    if not draft.recipients:
        _body_described(heads + arguments.slots(trigger).object, draft, earlier, context)


def _body_described(
    heads: list[Token], draft: Draft, earlier: list[Draft], context: DocumentContext
) -> None:
    """'Mali left the group in May 2022', 'leur retrait de l'organisation régionale': a body
    named by a definite description is the latest body the report named before."""
    described = [
        h
        for h in heads
        if h.lemma_.lower() in DESCRIBED_BODY_NOUNS
        and not context.actors_of(h)
        and any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in h.children)
    ]
    if not described:
        return
    # a possessive ("their withdrawal") is no doer that could not be the body left
    acting = {a.id for a, t in draft.actors if not _pronoun(t)}
    for told in reversed(earlier):
        for actor, _ in told.actors + told.recipients:
            body = actor.kind in BODY_KINDS or actor.sector in BODY_SECTORS
            if body and actor.id not in acting:
                draft.actors = [(a, t) for a, t in draft.actors if a.id != actor.id]
                draft.recipients.append((actor, described[0]))
                return


def _pronoun(token: Token) -> bool:
    """'their', 'leur': a possessive pronoun or determiner."""
    return token.dep_ == "poss" and token.pos_ in PRONOUN_POS


def _aid_destination(draft: Draft, context: DocumentContext) -> None:
    """'suspendu son aide au développement et son appui budgétaire au Niger', 'suspended its
    budget support to Niger': a state the withheld aid went to, however deep its phrase."""
    if draft.match.entry.mode != "discontinue":
        return
    for obj in arguments.slots(draft.match.token).object:
        if obj.lemma_.lower() not in AID_NOUNS:
            continue
        heads = [w for w in obj.subtree if w.dep_ == "pobj" and w.head.lower_ in DESTINATION_PREPS]
        states = [h for h in heads if any(a.kind == ActorKind.STATE for a in context.actors_of(h))]
        _parties(states[:1], draft, context)


AID_NOUNS = word_set("aid_nouns")
# "a report by HRW", "a report from the UN": who wrote what is answered
AUTHOR_PREPS = word_set("author_prepositions")
# "rejected the offer": an offer the sentence before told, by its speaker
PROPOSAL_NOUNS = word_set("proposal_nouns")
MANDATE_NOUNS = word_set("mandate_nouns")
# "their release", "their protection": the possessor of what is asked benefits, and does not act
BENEFICIARY_NOUNS = word_set("beneficiary_nouns")
PERSON_PRONOUNS = word_set("person_pronouns")
CONTENT_PREPS = word_set("request_content_prepositions")
# "the withdrawal of X", "an admission by X": who would carry out an act asked for
DOER_PREPS = word_set("doer_prepositions")
