"""Recipients that the syntax alone gets wrong, corrected from the sentence and the document.

A call for someone's release is addressed to whoever holds them ("called for the release of
Condé": the soldiers who detained him). The sentence names the detainee; the earlier drafts of
the same document say who detained them. A town taken is taken from whoever held it: the group
an earlier event of the document saw take it ("The army retook the town"), else, when an armed
group takes it, the state it belongs to ("Rebels seized the town of Konna": Mali). A protest
that demands an act is aimed at who would carry it out. What the actor calls its own ("recalled
its ambassador") is never a recipient. A rebellion is waged against the state it breaks out in,
a foreign force is sent to the state it is deployed to, a measure lifted is aimed at whom it was
imposed on, a mandate ended is a measure on the host state, and a coup deposes whom the sentence
asks to restore. A condemnation blames the doer of the act it names, and a denied act is
aimed at the victims of the act told (events/blame.py). What an act restricts that a party
owns or does (licences, activities) is aimed at that party; "demanded X from Y" asks Y; a call
for sanctions or a build-up for war is aimed at its target; a title apposed to a placed
person's name is that person; a visit made to mediate meets the mediation's parties.
"""

from __future__ import annotations

from spacy.tokens import Token

from crisisdesk.events import addressees, arguments, blame, protest_targets
from crisisdesk.events.draft import Draft
from crisisdesk.events.grammar import word_map, word_set
from crisisdesk.events.mentions import DocumentContext
from crisisdesk.events.policies import load_policies
from crisisdesk.events.repeats import take_model_parties
from crisisdesk.model import Actor, ActorKind, Place, PlacePrecision, Sector, Status

RELEASE_NOUNS = word_set("release_nouns")
# "the continued detention of President Bazoum ... and demanded their release": acts that hold
# or depose someone, named in the same sentence as the call for their release
HOLDING_ACT_NOUNS = word_set("holding_act_nouns")
INVESTIGATION_NOUNS = word_set("investigation_nouns")
# "signed a peace agreement", "established an alliance": pacts whose text names no party
PACT_TYPES = {"AGREE", "SUPPORT", "COOPERATE"}
FOUNDING_VERBS = word_set("founding_verbs")
COERCIVE_THREATS = word_set("coercive_threat_nouns")
# "any military intervention in Niger would be considered a declaration of war": acts a
# threat deters
DETERRED_ACTS = word_set("deterred_act_nouns")
GENERIC_DETERMINERS = word_set("generic_determiners")
# "activate the standby force": a force held ready to intervene, built up against a target
STANDBY_WORDS = word_set("standby_force_words")
CONDITION_MARKS = word_set("condition_marks")
GENITIVE_PREPS = word_set("genitive_prepositions")
REQUEST_CONTENT_PREPS = word_set("request_content_prepositions")
DOER_PREPS = word_set("doer_prepositions")
# "protesters demanding the resignation of X": the verbs that say what a protest asks for
DEMAND_VERBS = word_set("demand_verbs")
# a release's mode -> the modes of the acts that held the released (policies.yaml)
RELEASED_FROM = load_policies().released_from
# Who takes a town from the state that holds it, rather than from a group that took it before
CHALLENGER_SECTORS = {Sector.REB, Sector.INS, Sector.UNIDENTIFIED, Sector.MILITIA}
# "an uprising", "the 2012 rebellion": an armed rebellion as a whole is waged against the state
INSURGENCY_WORDS = word_set("insurgency_words")
# deployments and arrivals of forces: a foreign force is sent to (and hosted by) a state
HOSTED_TYPES = {"MOBILIZE", "AID"}
TERRITORY_NOUNS = word_set("territory_nouns")
# "sent troops to Mali", "into northern Cameroon": where a deployment goes
DEPLOYED_PREPS = word_set("deployed_to_prepositions")
# "sanctions imposed on Niger", "the embargo against Mali": whom a measure is aimed at
TARGET_PREPS = word_set("target_prepositions")
# "the mandate of MINUSMA": a peace operation's mandate, ended as a measure on its host
MANDATE_NOUNS = word_set("mandate_nouns")
# ending a mandate (SANCTION) and renewing it (AID) are both acts on the host state
MANDATE_TYPES = {"SANCTION", "AID"}
# "to restore President Bazoum": who is to be put back was deposed by the sentence's coup
RESTORATION_VERBS = word_set("restoration_verbs")
# "took power by overthrowing X": the verbs that name whom a coup removes
DEPOSING_VERBS = word_set("deposing_verbs")
# the state's own sectors and international bodies: their boycotts name whom they boycott
# "called for sanctions against Nigeria", "for a possible war against Iraq": acts sought whose
# target is the recipient of the call or the build-up
SOUGHT_ACT_TYPES = {"SANCTION", "ASSAULT", "COERCE"}
WAR_NOUNS = word_set("war_nouns")
# "withdrew the licences of several radio stations", "suspended the activities of parties",
# "lifted the suspension of ...": what an act restricts or restores belongs to whom it is aimed at
OWNED_THINGS = word_set("owned_thing_nouns")
# "demanding autonomy from the Serbian authorities", "sought support from France": the one
# asked, not a second asker (the communication frame reads "from" as the speaker)
ASKING_VERBS = word_set("asking_from_verbs")
ASKED_PREPS = word_set("asked_from_prepositions")
OWNED_TYPES = {"COERCE", "SANCTION", "CONCEDE", "RETREAT"}
# "the licences of several radio stations": owners that name a sector of a country, not a body
OWNER_GROUP_SECTORS = word_map("owner_group_sectors")
OFFICIAL_SECTORS = {
    Sector.GOV, Sector.MIL, Sector.COP, Sector.JUD, Sector.LEG, Sector.STATE, Sector.IGO, Sector.UNO
}  # fmt: skip
# "blocked a French army supply convoy": property whose holder a protest is aimed at
HELD_NOUNS = word_set("held_place_nouns")
# "the town was held by separatist groups": verbs of holding a place, with their agent
HOLDING_VERBS = word_set("place_holding_verbs")
PASSIVE_AGENT_PREPS = word_set("passive_agent_prepositions")
# "recalled its ambassador to Algeria": the diplomats a recall brings home, and the prepositions
# that name where they served
DIPLOMAT_NOUNS = word_set("diplomat_nouns")
POST_PREPS = word_set("diplomatic_post_prepositions")
BETWEEN_PREPS = word_set("between_prepositions")
# "an attack on the village of Solhan": places whose people are an attack's victims
INHABITED_NOUNS = word_set("inhabited_place_nouns")
BLOCKADE_WORDS = word_set("blockade_words")
LOCATIVE_PREPS = word_set("locative_prepositions")
# setting up or deploying a peace operation is aimed at the state that hosts it
OPERATION_START_TYPES = {"AID", "MOBILIZE", "AGREE"}
# "mediated talks between Mali and the rebels": the parties of a mediation
MEDIATED_PREPS = word_set("mediated_party_prepositions")
# "arrived in Khartoum to mediate between X and Y": a visit whose purpose is a mediation
MEDIATING_VERBS = word_set("mediating_verbs")
# the acts a measure noun names ("sanctions", "embargo", "curfew", "blockade")
MEASURE_TYPES = {"SANCTION", "COERCE"}
# "rallied against the sanctions": what a protest opposes
OPPOSED_PREPS = word_set("opposed_prepositions")
# "fired tear gas to disperse protests": a gathering dispersed is its people
GATHERING_NOUNS = word_set("dispersed_gathering_nouns")
# "the streets of Niamey": where a protest gathers
PROTEST_VENUE_NOUNS = word_set("protest_venue_nouns")


def refine(draft: Draft, earlier: list[Draft], context: DocumentContext) -> None:
    """Correct the recipients the syntax gave: drop the actor's own people, and name who the
    document's earlier events say a town was taken from or a detainee is held by."""
    if draft.type == "REQUEST":
        _asked_from(draft)
    _drop_own(draft, context)
    _apposed_names(draft, context)
    if draft.type in PACT_TYPES and draft.match.token.lemma_.lower() in FOUNDING_VERBS:
        _drop_text_signed(draft)  # "signed the Liptako-Gourma Charter": a text, not a party
    blame.condemned_doer(draft, earlier, context)  # "condemned the coup": its doer
    blame.denied_victims(draft, earlier, context)  # "denied carrying out the attack"
    if draft.type == "ASSAULT" and "territory" in draft.match.entry.contexts:
        _taken_from_holder(draft, earlier, context)
    if draft.type == "PROTEST":
        _drop_venues(draft)
    if draft.type == "PROTEST" and not draft.recipients:
        _protest_demands(draft, context)
    if draft.type == "PROTEST" and not draft.recipients:
        _protest_target(draft, earlier, context)
    if draft.type == "PROTEST" and not draft.recipients:
        protest_targets.opposed_parties(draft, earlier, context)  # "to denounce the ultimatum"
    if not draft.recipients and draft.type != "ACCUSE":
        _measure_target(draft, context)
    if draft.type == "SANCTION" and draft.match.entry.mode == "withdraw":
        _recalled_from(draft, earlier, context)
    if draft.type == "SANCTION" and not draft.recipients:
        _other_party_between(draft, context)
    if draft.type in OWNED_TYPES and not draft.recipients:
        _owner_of_restricted(draft, context)
    if draft.type in {"ASSAULT", "COERCE"} and not draft.recipients:
        _inhabitants(draft, context)
    if draft.type in OPERATION_START_TYPES and (
        not draft.recipients or "@peace_operation" in draft.match.entry.objects
    ):
        # "established MINUSMA": the operation set up is not the one the act is aimed at
        _operation_host(draft, context)
    if draft.match.entry.mode == "third-party" and not draft.recipients:
        _mediated_parties(draft, context)
    if draft.match.entry.frame == "visit":
        _visit_to_mediate(draft, context)
    if draft.type == "COERCE" and not draft.recipients:
        _deposed(draft, context)
    if draft.type in MANDATE_TYPES:
        _mandate_host(draft, earlier, context)
    from_earlier(draft, earlier, context)
    if draft.type in {"REQUEST", "MOBILIZE"} and not draft.recipients:
        _target_of_act_sought(draft, context)
    if draft.type == "THREATEN" and not draft.recipients:
        _threatened_party(draft, context)
    if draft.type == "THREATEN" and not draft.recipients:
        _deterred_party(draft, earlier, context)  # "any intervention would be war against us"
    _released_by_holder(draft, earlier)
    take_model_parties(draft, earlier)  # "Niger did the same": against Ukraine too
    if draft.match.entry.mode == "third-party" and not draft.recipients:
        _mediated_release(draft, earlier, context)  # "Togo mediated the release"
    addressees.address(draft, earlier, context)  # blames, talks, threats, answers, exits


def _drop_text_signed(draft: Draft) -> None:
    """'signed the Liptako-Gourma Charter', 'signed the Algiers peace agreement', 'established
    an Alliance of Sahel States, a pact ...': the text signed or the body founded, and the
    names inside its phrase, are what the pact is, not a party it is aimed at."""
    signed = {w.i for o in arguments.slots(draft.match.token).object for w in o.subtree}
    draft.recipients = [(a, t) for a, t in draft.recipients if t.i not in signed]


def _mediated_release(draft: Draft, earlier: list[Draft], context: DocumentContext) -> None:
    """'Togo, which has kept close ties with the junta, mediated the release': a mediated
    release brings the mediator to whoever held the released (as a call for it does)."""
    for obj in arguments.slots(draft.match.token).object:
        if obj.lemma_.lower() in RELEASE_NOUNS:
            actors = list(draft.actors)
            _ask_the_holder(draft, obj, earlier, context)
            draft.actors = actors
            return


def _threatened_party(draft: Draft, context: DocumentContext) -> None:
    """'could use force if the soldiers do not reinstate President Bazoum': a threat is aimed
    at whoever must act to avert it, the subject of its condition."""
    trigger = draft.match.token
    acting = {a.id for a, _ in draft.actors}
    for clause in trigger.children:
        if clause.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in clause.children
        ):
            continue
        for subject in (c for c in clause.children if c.dep_ in arguments.SUBJECT_DEPS):
            for head in arguments.coordinated(subject):
                for actor in context.actors_of(head):
                    if actor.id not in acting:
                        draft.recipients.append((actor, head))


def _deterred_party(draft: Draft, earlier: list[Draft], context: DocumentContext) -> None:
    """'said that any military intervention in Niger would be considered a declaration of war
    against them': a threat that deters an act in general is aimed at whoever the report told
    threatening or preparing that act (against the state the act's phrase names)."""
    deterred = [
        w
        for w in draft.sentence
        if any(c.dep_ == "det" and c.lower_ in GENERIC_DETERMINERS for c in w.children)
        and w.lemma_.lower() in DETERRED_ACTS
    ]
    if not deterred:
        return
    places = [context.place_of(h) for h in arguments.prep_heads(deterred[0], LOCATIVE_PREPS)]
    aimed = {p.country for p in places if p is not None and p.country}
    if not aimed:  # "any attack on its nationals": no act told against a named state
        return
    acting = {a.id for a, _ in draft.actors} | {a.country for a, _ in draft.actors if a.country}
    for told in reversed(earlier):
        if told.type not in {"THREATEN", "MOBILIZE"} or told.reading.status == Status.NEGATED:
            continue
        if not any(a.country in aimed for a, _ in told.recipients):
            continue
        doers = [(a, draft.match.token) for a, _ in told.actors if a.id not in acting]
        if doers and not any(a.country in acting for a, _ in doers):
            blame.add_parties(draft.recipients, doers, draft)
            return


def _released_by_holder(draft: Draft, earlier: list[Draft]) -> None:
    """'Both men ... were released on Thursday', 'Another 82 were freed in May 2017': a release
    that names no releaser is by whoever the report said held the released (the latest earlier
    detention or abduction of them, else of anyone)."""
    holding = RELEASED_FROM.get(draft.match.entry.mode or "")
    if not holding or draft.actors or draft.match.token.pos_ != "VERB":
        return  # "the release was unconditional": a noun points back to the release told
    holds = [
        d
        for d in reversed(earlier)
        if d.match.entry.mode in holding and d.actors and d.reading.status != Status.NEGATED
    ]
    released = {_surname(actor) for actor, _ in draft.recipients}
    holder = next(
        (d for d in holds if released & {_surname(a) for a, _ in d.recipients}),
        holds[0] if holds else None,
    )
    if holder is not None:
        kept = {_surname(a) for a, _ in holder.actors}
        draft.actors = list(holder.actors)
        draft.recipients = [(a, t) for a, t in draft.recipients if _surname(a) not in kept]
        if not draft.recipients:  # "Both men were released": the ones held
            draft.recipients = [(a, draft.match.token) for a, _ in holder.recipients]


def after_place(draft: Draft, context: DocumentContext) -> None:
    """Recipients that follow from where the event is: a rebellion is waged against the
    state it breaks out in, and a foreign force deployed to a country is sent to that state.
    Only for events the syntax gave no recipient."""
    if draft.recipients:
        return
    if draft.type == "ASSAULT" and draft.match.token.lemma_.lower() in INSURGENCY_WORDS:
        _against_the_state(draft, context)
    elif draft.type == "MOBILIZE" and _words_in(draft.match.token, STANDBY_WORDS):
        _threatened_state(draft, context)  # "to activate the ECOWAS standby force"
    elif draft.type in HOSTED_TYPES and draft.match.entry.frame == "movement":
        _hosted_by(draft, context)
    elif draft.type == "PROTEST":
        _against_the_government(draft, context)
    elif draft.type == "ASSAULT" and draft.match.entry.mode == "crowd-control":
        _gathering_dispersed(draft, context)
    elif draft.type == "REQUEST" and _asks_for_inquiry(draft):
        _government_of_place(draft, context)
    elif draft.type == "THREATEN":
        _threatened_state(draft, context)
    elif draft.type == "SANCTION" and draft.match.entry.mode != "withdraw":
        _sanctioned_state(draft, context)


def _gathering_dispersed(draft: Draft, context: DocumentContext) -> None:
    """'Security forces fired tear gas to disperse protests against the military council': the
    crowd of a protest or sit-in dispersed is its protesters, the country's own people (its
    opposition sector, as for "demonstrators")."""
    found = arguments.slots(draft.match.token)
    heads = [*found.object, *found.purpose, *(h for hs in found.preps.values() for h in hs)]
    gatherings = [h for h in heads if h.lemma_.lower() in GATHERING_NOUNS]
    if not gatherings:
        return
    place = draft.place[0] if draft.place else None
    country = (
        context.modifier_country(gatherings[0])
        or (place.country if place is not None else None)
        or context.focus_country
    )
    if country and context.kb.get(country) is not None:
        draft.recipients.append((context.kb.group_actor(country, Sector.OPP, None), gatherings[0]))


def _against_the_government(draft: Draft, context: DocumentContext) -> None:
    """'months of street protests', 'ethnic Albanians demonstrated in Serbia', 'prisoners
    rioted at a jail in northern Israel': a protest that names no target is against the
    government of the country it takes place in (as the PLOVER and CAMEO coders code it). Not
    for a state's own boycotts and walk-outs: only people, parties and groups protest so."""
    if any(a.kind == ActorKind.STATE or a.sector in OFFICIAL_SECTORS for a, _ in draft.actors):
        return
    place = draft.place[0] if draft.place else None
    country = place.country if place and place.country else context.focus_country
    if country and context.kb.get(country) is not None:
        government = context.kb.group_actor(country, Sector.GOV, None)
        draft.recipients = [(government, draft.match.token)]


def _asks_for_inquiry(draft: Draft) -> bool:
    """'called for a thorough, independent and effective investigation', 'demanded an
    inquiry': what is asked for is an investigation."""
    slots = arguments.slots(draft.match.token)
    asked = slots.object + [h for w in REQUEST_CONTENT_PREPS for h in slots.preps.get(w, [])]
    return any(head.lemma_.lower() in INVESTIGATION_NOUNS for head in asked)


def _government_of_place(draft: Draft, context: DocumentContext) -> None:
    """An investigation asked for with no one named is asked of the government of the country
    where the act happened (README: 'called for an investigation' goes to the government of
    the place); not when that government is the one asking."""
    place = draft.place[0] if draft.place else None
    country = place.country if place and place.country else context.focus_country
    if not country or context.kb.get(country) is None:
        return
    if any(a.country == country and a.sector in OFFICIAL_SECTORS for a, _ in draft.actors):
        return
    government = context.kb.group_actor(country, Sector.GOV, None)
    draft.recipients = [(government, draft.match.token)]


def _threatened_state(draft: Draft, context: DocumentContext) -> None:
    """'threatened sanctions if constitutional order was not restored', 'did not rule out the
    use of force', 'prompting ECOWAS to threaten military intervention': a threat of force or
    of measures that names no target is aimed at the government of the country the report is
    about (or that the threat's own words name), when the threatener is foreign to it."""
    trigger = draft.match.token
    words = list(trigger.subtree)
    threat = _words_in(trigger, COERCIVE_THREATS) or _words_in(trigger, STANDBY_WORDS)
    if not threat:  # "force", not "forces"
        return
    acting = {a.country for a, _ in draft.actors}
    # the threat's own words ("intervention in Niger"), else a country the sentence names ("In
    # Niger, soldiers seized power, prompting ECOWAS to threaten ..."; not a venue city)
    named = [p.country for w in words if (p := context.place_of(w)) is not None and p.country]
    named += [
        p.country
        for w in draft.sentence
        if (p := context.place_of(w)) is not None
        and p.country
        and p.precision == PlacePrecision.COUNTRY
    ]
    named = [country for country in named if country not in acting]
    country = named[0] if named else context.focus_country
    if not country or context.kb.get(country) is None:
        return
    if not draft.actors or any(a.country == country for a, _ in draft.actors):
        return
    government = context.kb.group_actor(country, Sector.GOV, None)
    draft.recipients = [(government, trigger)]


def _words_in(trigger: Token, words: set[str]) -> bool:
    """Whether the trigger's phrase holds one of ``words``."""
    return any(w.lower_ in words for w in trigger.subtree)


def _sanctioned_state(draft: Draft, context: DocumentContext) -> None:
    """'did not impose economic sanctions', 'did not suspend its military training mission in
    Mali', 'closed the French military mission', 'barred ships from loading Nigerien crude': a
    measure that names no party is aimed at the state its words name (a nationality of what
    it hits, a country), else at the state the report is about; never the measure's own
    state. A departure ('left N'Djamena') is not such a measure."""
    trigger = draft.match.token
    acting = {a.country for a, _ in draft.actors}
    # not a relative clause on what it imposes: "stopped short of imposing the sanctions it
    # has placed on neighbouring Mali" names the sanctions' earlier target, not this one's
    words = [w for w in trigger.subtree if w.i != trigger.i and not _in_relative(w, trigger)]
    named = [
        iso3
        for w in words
        if w.pos_ == "ADJ" and (iso3 := context.kb.country_from_adjective(w.text))
    ]
    named += [p.country for w in words if (p := context.place_of(w)) is not None and p.country]
    named = [country for country in named if country not in acting]
    country = named[0] if named else context.focus_country
    state = context.kb.get(country) if country else None
    if state is None or not draft.actors or country in acting:
        return
    if not named and not all(_foreign(actor, country) for actor, _ in draft.actors):
        return  # "It also closed the country's borders": a council of unknown side at home
    draft.recipients = [(state, trigger)]


def _in_relative(word: Token, top: Token) -> bool:
    """Whether ``word`` names the target of a relative clause on what ``top`` acts on ("the
    sanctions it has placed on Mali"): that measure's earlier target, not this act's."""
    targeted = False
    for step in [word, *word.ancestors]:
        if step.i == top.i:
            return False
        if step.dep_ == "prep" and step.lower_ in TARGET_PREPS:
            targeted = True
        if step.dep_ == "relcl":
            return targeted and step.head.head.i == top.i
    return False


def _foreign(actor: Actor, country: str) -> bool:
    """An actor known to be outside a country: another state's, or an international body."""
    if actor.sector in {Sector.IGO, Sector.UNO}:
        return True
    return actor.country is not None and actor.country != country


def _against_the_state(draft: Draft, context: DocumentContext) -> None:
    """'separatist rebels launched an uprising across the north', 'a jihadist insurgency
    spread there in 2015', 'since the 2012 rebellion': the state of the country it happens in
    (ACLED: rebels versus the state's forces). Only when the rebels are named, and are not a
    state's own side ("described the protests as an attempted insurrection" names none)."""
    if not draft.actors or any(a.sector not in CHALLENGER_SECTORS for a, _ in draft.actors):
        return
    place = draft.place[0] if draft.place else None
    country = place.country if place and place.country else context.focus_country
    state = context.kb.get(country) if country else None
    if state is not None:
        draft.recipients = [(state, draft.match.token)]


def _hosted_by(draft: Draft, context: DocumentContext) -> None:
    """'Wagner fighters arrived in Mali', 'Russian instructors arrived in Niamey', 'French
    troops had been deployed on its soil': a foreign force is deployed to the state it is
    sent to. A state moving its own forces at home ('deployed 3,000 troops to the north')
    names no recipient."""
    if not draft.actors:
        return
    owners = [
        owner
        for ground in _territories(draft.match.token)
        for word in ground.children
        if word.dep_ == "poss"
        for owner in context.actors_of(word)
    ]
    # "sent troops into northern Cameroon ... a summit in Addis Ababa": the place the
    # trigger's own phrase sends them to comes before the sentence's other places
    trigger = draft.match.token
    destinations = list(arguments.slots(trigger).dative)  # spaCy hangs "to Mali" there too
    destinations += [h for prep in DEPLOYED_PREPS for h in arguments.prep_heads(trigger, {prep})]
    sent_to = [
        place.country
        for head in destinations
        if (place := context.place_of(head)) is not None and place.country
    ]
    if owners and owners[0].country:  # "on its soil", "on Malian territory": the owner's
        country = owners[0].country
    elif sent_to:
        country = sent_to[0]
    elif draft.place is not None and draft.place[0].country:
        country = draft.place[0].country
    else:
        return
    if any(a.country in {None, country} for a, _ in draft.actors):
        return
    state = context.kb.get(country)
    if state is not None:
        draft.recipients = [(state, draft.place[1] or draft.match.token)]


def _territories(trigger: Token) -> list[Token]:
    """'deployed on its soil', 'sur son sol': the ground nouns of the trigger's phrases."""
    grounds = [h for heads in arguments.slots(trigger).preps.values() for h in heads]
    return [g for g in grounds if g.lemma_.lower() in TERRITORY_NOUNS]


def _measure_target(draft: Draft, context: DocumentContext) -> None:
    """'lifted the sanctions imposed on Niger', 'ended the embargo placed against Mali': a
    measure acted on is aimed at whom the participle describing it says."""
    slots = arguments.slots(draft.match.token)
    measures = slots.object + slots.passive_subject
    # "imposed a package of sanctions on Mali": the measures a quantity noun holds
    measures += [m for o in measures for m in arguments.prep_heads(o, GENITIVE_PREPS)]
    for measure in measures:
        # "the sanctions on Mali were lifted": the measure's own phrase names its target
        is_measure = bool(MEASURE_TYPES & set(blame.act_types(measure)))
        targets = arguments.prep_heads(measure, TARGET_PREPS) if is_measure else []
        for participle in (c for c in measure.children if c.dep_ == "acl" and c.tag_ == "VBN"):
            targets += arguments.prep_heads(participle, TARGET_PREPS)
        if is_measure and draft.type not in MEASURE_TYPES:
            # "lifted the sanctions they imposed on Mali": a relative clause says it as well
            # (not for a measure imposed: "stopped short of imposing the sanctions it has
            # placed on Mali" is about another state)
            for clause in (c for c in measure.children if c.dep_ == "relcl"):
                targets += arguments.prep_heads(clause, TARGET_PREPS)
        for target in targets:
            draft.recipients += [(actor, target) for actor in context.actors_of(target)]


def _visit_to_mediate(draft: Draft, context: DocumentContext) -> None:
    """'arrived in Khartoum on Friday to mediate between the Transitional Military Council and
    the Forces for Freedom and Change': a visit made to mediate meets the parties of the
    mediation, not the host city's government."""
    purposes = [
        c
        for c in draft.match.token.children
        if c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in MEDIATING_VERBS
    ]
    heads = [h for p in purposes for t in arguments.prep_heads(p, MEDIATED_PREPS)
             for h in arguments.coordinated(t)]  # fmt: skip
    parties = [(a, h) for h in heads for a in context.actors_of(h)]
    if len({a.id for a, _ in parties}) >= 2:
        draft.recipients = []
        blame.add_parties(draft.recipients, parties, draft)


def _apposed_names(draft: Draft, context: DocumentContext) -> None:
    """'detain the transitional president, Bah Ndaw, and Prime Minister Moctar Ouane', 'met
    the Emir of Kano, Ado Bayero': a title apposed to a person's name is that person; the
    name, not the office, is the recipient (and names one the title alone does not)."""
    slots = arguments.slots(draft.match.token)
    heads = [h for t in slots.object + slots.passive_subject for h in arguments.coordinated(t)]
    # a title the frame already read as a recipient, wherever the parse hangs it
    heads += [t for _, t in draft.recipients if t not in heads]
    # "declared the UN resident coordinator, Barbara Manzi, persona non grata": the object of
    # a small clause is parsed as its subject
    clauses = [c for c in draft.match.token.children if c.dep_ in {"ccomp", "oprd"}]
    heads += [s for c in clauses for s in c.children if s.dep_ in arguments.SUBJECT_DEPS]
    for title in (h for h in heads if h.pos_ == "NOUN"):
        names = [c for c in title.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
        names = [n for c in names for n in arguments.coordinated(c)]  # ", and Prime Minister X"
        people = [(a, n) for n in names for a in context.actors_of(n)]
        people = [(a, n) for a, n in people if a.kind == ActorKind.PERSON]
        if not people:
            continue
        if all(a.country for a, _ in people):
            draft.recipients = [(a, t) for a, t in draft.recipients if t.i != title.i]
        # a person the knowledge base cannot place is named beside the office, which says
        # whose ("declared the UN resident coordinator, Barbara Manzi, persona non grata")
        blame.add_parties(draft.recipients, people, draft)


def _asked_from(draft: Draft) -> None:
    """'are demanding political autonomy from Serbian authorities', 'requested assistance
    from France': with a verb of asking, 'from' names whom the request is put to. A noun keeps
    its author ('a demand from ECOWAS')."""
    trigger = draft.match.token
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in ASKING_VERBS:
        return
    slots = arguments.slots(trigger)
    phrases = [trigger, *slots.object]
    asked = {h.i for p in phrases for h in arguments.prep_heads(p, ASKED_PREPS)}
    moved = [(a, t) for a, t in draft.actors if t.i in asked]
    if moved and slots.subject:  # someone else asks
        draft.actors = [(a, t) for a, t in draft.actors if t.i not in asked]
        blame.add_parties(draft.recipients, moved, draft)


def _target_of_act_sought(draft: Draft, context: DocumentContext) -> None:
    """'called for sanctions against Nigeria', 'an arms embargo on Mali', 'mobilized reservists
    for a possible war against Iraq': a call for, or a build-up towards, a measure or an
    attack is aimed at whom that act would hit."""
    slots = arguments.slots(draft.match.token)
    sought = slots.object + [h for w in REQUEST_CONTENT_PREPS for h in slots.preps.get(w, [])]
    # "mobilized army reservists for a possible war": the parse hangs "for" on the troops
    sought += [h for o in slots.object for h in arguments.prep_heads(o, REQUEST_CONTENT_PREPS)]
    for act in sought:
        lemma = act.lemma_.lower()
        if lemma not in WAR_NOUNS and not set(blame.act_types(act)) & SOUGHT_ACT_TYPES:
            continue
        targets = arguments.prep_heads(act, TARGET_PREPS)
        targets = [h for t in targets for h in arguments.coordinated(t)]
        found = [(actor, h) for h in targets for actor in context.actors_of(h)]
        blame.add_parties(draft.recipients, found, draft)


def _owner_of_restricted(draft: Draft, context: DocumentContext) -> None:
    """'withdrew the licences of several private radio stations', 'suspended the activities of
    parties and political associations', 'lifted the suspension of the activities of political
    parties', 'froze the assets of the junta's members': an act on something a party owns or
    does is aimed at that party, named by the genitive or possessor of the thing."""
    slots = arguments.slots(draft.match.token)
    for thing in slots.object + slots.passive_subject:
        owners: list[Token] = []
        for _ in range(3):  # "the suspension of the activities of political parties"
            if thing.lemma_.lower() not in OWNED_THINGS:
                break
            owners = [c for c in thing.children if c.dep_ == "poss"]
            owners += arguments.prep_heads(thing, GENITIVE_PREPS)
            if len(owners) != 1 or owners[0].lemma_.lower() not in OWNED_THINGS:
                break
            thing = owners[0]
        heads = [h for o in owners for h in arguments.coordinated(o)]
        found = [(actor, h) for h in heads for actor in context.actors_of(h)]
        if not found:
            found = [(actor, h) for h in heads if (actor := _owner_group(h, draft, context))]
        blame.add_parties(draft.recipients, found, draft)


def _owner_group(head: Token, draft: Draft, context: DocumentContext) -> Actor | None:
    """'political parties', 'radio and television stations': a sector of the country its
    modifier names, else of the state that acts on it, else of the report's country."""
    sector = OWNER_GROUP_SECTORS.get(head.lemma_.lower())
    if sector is None:
        return None
    acting = [a.country for a, _ in draft.actors if a.country]
    country = context.modifier_country(head) or (acting[0] if acting else context.focus_country)
    if country is None or context.kb.get(country) is None:
        return None
    return context.kb.group_actor(country, Sector(sector), head.text)


def _recalled_from(draft: Draft, earlier: list[Draft], context: DocumentContext) -> None:
    """'recalled its ambassador to Algeria', 'recalled their ambassadors from Algiers', 'from
    ECOWAS member states': a recall is aimed at the state (or bloc) the diplomats served in.
    With no post named ('France ... recalled its ambassador'), at the state the report told
    acting against the recalling one, else the state the report is about."""
    diplomats = [
        o for o in arguments.slots(draft.match.token).object if o.lemma_.lower() in DIPLOMAT_NOUNS
    ]
    if not diplomats:
        return
    posts = [h for d in diplomats for h in arguments.prep_heads(d, POST_PREPS)]
    posts += arguments.prep_heads(draft.match.token, POST_PREPS)
    if not posts:
        posts = [p for d in diplomats if (p := arguments.misparsed_post(d, POST_PREPS))]
    hosts = [(a, h) for h in posts for a in _host_of(h, context)]
    acting = {key for actor, _ in draft.actors for key in (actor.id, actor.country) if key}
    if hosts:
        # "from Algiers" read as the recaller by the sanction frame: it is the host
        host_ids = {a.id for a, _ in hosts}
        draft.actors = [(a, t) for a, t in draft.actors if a.id not in host_ids]
        draft.recipients = []
        blame.add_parties(draft.recipients, hosts, draft)
        return
    if draft.recipients or not acting:
        return
    state = _state_acting_against(acting, earlier, context)
    if state is None and context.focus_country and context.focus_country not in acting:
        state = context.kb.get(context.focus_country)
    if state is not None and state.id not in acting:
        draft.recipients = [(state, diplomats[0])]


def _other_party_between(draft: Draft, context: DocumentContext) -> None:
    """'suspended all transactions between its member states and Niger': a measure on the
    dealings between the actor's own and another party is aimed at that other party."""
    acting = {a.id for a, _ in draft.actors}
    for obj in arguments.slots(draft.match.token).object:
        for head in arguments.prep_heads(obj, BETWEEN_PREPS):
            if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children):
                continue  # "its member states": the actor's own
            parties = [(a, head) for a in context.actors_of(head) if a.id not in acting]
            blame.add_parties(draft.recipients, parties, draft)


def _host_of(head: Token, context: DocumentContext) -> list[Actor]:
    """The party a diplomatic post names: an actor ('ECOWAS member states'), else the state
    of the place ('Algiers': Algeria)."""
    actors = context.actors_of(head)
    if actors:
        return actors
    place = context.place_of(head)
    state = context.kb.get(place.country) if place is not None and place.country else None
    return [state] if state is not None else []


def _state_acting_against(
    acting: set[str], earlier: list[Draft], context: DocumentContext
) -> Actor | None:
    """The state of the latest earlier act aimed at the given party ('the junta expelled the
    French ambassador' before 'France recalled its ambassador': Mali)."""
    for before in reversed(earlier):
        aimed = {k for a, _ in before.recipients for k in (a.id, a.country) if k}
        if not aimed & acting or before.reading.status == Status.NEGATED:
            continue
        for actor, _ in before.actors:
            state = context.kb.get(actor.country) if actor.country else None
            if state is not None and state.country not in acting:
                return state
    return None


def _inhabitants(draft: Draft, context: DocumentContext) -> None:
    """'an attack on the village of Solhan', 'stormed the mosque', 'have been blockading
    Djibo': the people of a village, market or place of worship attacked, or of a place
    blockaded, are the victims: the civilians of its country (ACLED's violence against
    civilians). Not for a town attacked, often an attack on its garrison."""
    trigger = draft.match.token
    slots = arguments.slots(trigger)
    aimed = slots.object + slots.passive_subject
    aimed += [h for word in TARGET_PREPS for h in slots.preps.get(word, [])]
    blockade = trigger.lemma_.lower() in BLOCKADE_WORDS or trigger.lower_ in BLOCKADE_WORDS
    if blockade:
        aimed += [h for word in GENITIVE_PREPS for h in slots.preps.get(word, [])]
    for head in aimed:
        if context.actors_of(head):
            continue
        inhabited = head.lemma_.lower() in INHABITED_NOUNS
        place = _place_named(head, context) if inhabited or blockade else None
        if not (inhabited or (blockade and place is not None)):
            continue
        country = place.country if place is not None and place.country else None
        if country is None and draft.place is not None:
            country = draft.place[0].country
        country = country or context.focus_country
        if country and context.kb.get(country) is not None:
            civilians = context.kb.group_actor(country, Sector.CVL, None)
            draft.recipients = [(civilians, head)]
            return


def _place_named(head: Token, context: DocumentContext) -> Place | None:
    """The place a noun names or its phrase names: 'Djibo', 'the village of Solhan', 'the
    market in Maiduguri'."""
    place = context.place_of(head)
    if place is not None:
        return place
    for inner in arguments.prep_heads(head, frozenset(GENITIVE_PREPS) | frozenset(LOCATIVE_PREPS)):
        if (place := context.place_of(inner)) is not None:
            return place
    for word in (c for c in head.children if c.dep_ in {"compound", "appos"}):
        if (place := context.place_of(word)) is not None:
            return place
    return None


def _mediated_parties(draft: Draft, context: DocumentContext) -> None:
    """'mediated the talks between the army and the RSF', 'undertook a mediation mission
    between Syria and Arafat': the mediator is the actor, the parties it brings together are
    the recipients (PLOVER CONSULT third-party)."""
    trigger = draft.match.token
    heads = [h for word in MEDIATED_PREPS for h in arguments.slots(trigger).preps.get(word, [])]
    if trigger.dep_ == "compound":  # "a mediation mission between ...": the phrase's head
        heads += arguments.prep_heads(trigger.head, MEDIATED_PREPS)
    parties = [(a, h) for h in dict.fromkeys(heads) for a in context.actors_of(h)]
    parties_ids = {a.id for a, _ in parties}
    draft.actors = [(a, t) for a, t in draft.actors if a.id not in parties_ids]
    blame.add_parties(draft.recipients, parties, draft)


def _operation_host(draft: Draft, context: DocumentContext) -> None:
    """'MINUSMA was established by the Security Council in April 2013', 'since its deployment
    in 2013': setting up or deploying a peace operation is aimed at the state that hosts it
    (as ending its mandate is)."""
    slots = arguments.slots(draft.match.token)
    heads = slots.passive_subject + slots.possessor + slots.object
    if draft.match.token.pos_ in {"VERB", "AUX"}:
        heads += slots.subject
    heads += [t for a, t in draft.actors]
    for head in heads:
        for operation in context.actors_of(head):
            host = context.kb.info(operation.id).get("host_country")
            state = context.kb.get(host) if host else None
            if state is not None and all(a.id != state.id for a, _ in draft.actors):
                draft.recipients = [(state, head)]
                return


def _mandate_host(draft: Draft, earlier: list[Draft], context: DocumentContext) -> None:
    """'terminating the mandate of MINUSMA', 'ended the mission's mandate': ending a peace
    operation's mandate is a measure on the state that hosts it (Mali), not on the mission."""
    for mandate in arguments.slots(draft.match.token).object:
        if mandate.lemma_.lower() not in MANDATE_NOUNS:
            continue
        holders = arguments.prep_heads(mandate, GENITIVE_PREPS)
        holders += [c for c in mandate.children if c.dep_ == "poss"]
        acting = {a.id for a, _ in draft.actors}
        for holder in holders:
            named = [a for a in context.actors_of(holder) if a.id not in acting]
            # "the mission's mandate", "its mandate" (not the Council's own): the operation
            # the report told before
            told = [a for d in reversed(earlier) for a, _ in d.actors + d.recipients]
            for operation in named or told:
                host = context.kb.info(operation.id).get("host_country")
                state = context.kb.get(host) if host else None
                if state is not None:
                    draft.recipients = [(state, holder)]
                    return


def _deposed(draft: Draft, context: DocumentContext) -> None:
    """'soldiers seized power on 26 July, prompting ECOWAS to threaten intervention to restore
    President Mohamed Bazoum', 'if the soldiers who seized power do not reinstate President
    Bazoum': whom the sentence asks to restore is whom the coup deposed. 'took power by
    overthrowing X', 'a pris le pouvoir en renversant X': the one overthrown in the same
    clause is."""
    trigger = draft.match.token
    for verb in (c for c in trigger.children if c.dep_ in {"advcl", "conj"}):
        if verb.lemma_.lower() not in DEPOSING_VERBS:
            continue
        for head in (c for c in verb.children if c.dep_ in arguments.OBJECT_DEPS):
            draft.recipients += _deposed_people(head, context)
    if draft.recipients:
        return
    for verb in draft.sentence:
        if verb.lemma_.lower() not in RESTORATION_VERBS or verb.i == draft.match.token.i:
            continue
        for head in (c for c in verb.children if c.dep_ in arguments.OBJECT_DEPS):
            people = [a for a in context.actors_of(head) if a.kind == ActorKind.PERSON]
            draft.recipients += [(person, head) for person in people]
        if draft.recipients:
            return


def _deposed_people(head: Token, context: DocumentContext) -> list[tuple[Actor, Token]]:
    """Who an object of deposing names: its head, else a person named inside it ('le
    lieutenant-colonel Paul-Henri Sandaogo Damiba', whose name the parse splits)."""
    named = [(actor, head) for actor in context.actors_of(head)]
    if named:
        return named
    for word in (w for w in head.subtree if w.ent_type_ == "PERSON"):
        people = [a for a in context.actors_of(word) if a.kind == ActorKind.PERSON]
        if people:
            return [(people[0], word)]
    return []


def _protest_demands(draft: Draft, context: DocumentContext) -> None:
    """'demonstrated to demand the departure of the American troops', 'protesters who were
    demanding the resignation of President Kaboré': a protest is aimed at whoever would carry
    out what it demands."""
    trigger = draft.match.token
    slots = arguments.slots(trigger)
    clauses = [c for c in trigger.children if c.dep_ in {"advcl", "xcomp"}]
    for protester in slots.subject:  # "protesters who were demanding"
        clauses += [c for c in protester.children if c.dep_ == "relcl"]
    for clause in clauses:
        if clause.lemma_.lower() not in DEMAND_VERBS:
            continue
        asked = [c for c in clause.children if c.dep_ in arguments.OBJECT_DEPS]
        asked += arguments.prep_heads(clause, REQUEST_CONTENT_PREPS)  # "called for the ..."
        for demanded in asked:
            doers = arguments.prep_heads(demanded, DOER_PREPS)
            doers += [c for c in demanded.children if c.dep_ == "poss"]
            for doer in doers:
                for actor in context.actors_of(doer):
                    draft.recipients.append((actor, doer))


def _drop_venues(draft: Draft) -> None:
    """'took to the streets of Niamey', 'gathered in the main square of Bamako': the town
    after a venue noun says where the protest was, not whom it was aimed at."""
    draft.recipients = [
        (actor, token)
        for actor, token in draft.recipients
        if not (
            token.dep_ == "pobj"
            and token.head.lower_ == "of"
            and token.head.head.lower_ in PROTEST_VENUE_NOUNS
        )
    ]


def _protest_target(draft: Draft, earlier: list[Draft], context: DocumentContext) -> None:
    """'blocked a French army supply convoy': a protest aimed at a party's property is aimed at
    its holder; 'rallied against the regional sanctions', 'demonstrating against the coup':
    one against an act is aimed at whoever did it (events/blame.py)."""
    slots = arguments.slots(draft.match.token)
    for thing in slots.object:
        if thing.lemma_.lower() in HELD_NOUNS:
            holders = [w for w in thing.children if w.dep_ in {"compound", "amod", "nmod"}]
            parties = [(a, w) for w in holders for a in context.actors_of(w)]
            blame.add_parties(draft.recipients, parties, draft)
    for opposed in (h for word in OPPOSED_PREPS for h in slots.preps.get(word, [])):
        types = blame.act_types(opposed)
        if types and not context.actors_of(opposed):
            blame.add_parties(
                draft.recipients, blame.doers_of(opposed, types, earlier, context), draft
            )


def _drop_own(draft: Draft, context: DocumentContext) -> None:
    """'Mali recalled its ambassador', 'withdrew their troops': what the actor calls its own
    is the actor's side, never a party it acts on."""
    acting = {key for actor, _ in draft.actors for key in (actor.id, actor.country) if key}
    kept = []
    for actor, token in draft.recipients:
        owners = [c for c in token.children if c.dep_ in {"poss", "det"} and _possessive(c)]
        own = any(
            owner.id in acting or owner.country in acting
            for word in owners
            for owner in context.actors_of(word)
        )
        if not (own and (actor.id in acting or actor.country in acting)):
            kept.append((actor, token))
    draft.recipients = kept


def _possessive(word: Token) -> bool:
    """'its', 'their', 'son', 'leurs': a possessive pronoun or determiner."""
    return word.tag_ == "PRP$" or "Yes" in word.morph.get("Poss")


def from_earlier(draft: Draft, earlier: list[Draft], context: DocumentContext) -> None:
    """Fill a request's recipients from the document's earlier events, where what it asks for
    is a detainee's release."""
    if draft.type != "REQUEST":
        return
    slots = arguments.slots(draft.match.token)
    asked = [h for word in REQUEST_CONTENT_PREPS for h in slots.preps.get(word, [])]
    for obj in slots.object + asked:  # "called for the release of X"
        if obj.lemma_.lower() in RELEASE_NOUNS:
            _ask_the_holder(draft, obj, earlier, context)
            return
    if not draft.recipients:
        _ask_the_deposer(draft, earlier, context)


def _ask_the_deposer(draft: Draft, earlier: list[Draft], context: DocumentContext) -> None:
    """'called for Kafando to be restored to office', 'demanded the reinstatement of X': a call
    to restore someone goes to whoever the report told deposing or detaining them."""
    trigger = draft.match.token
    clauses = [c for c in trigger.children if c.dep_ in {"advcl", "xcomp", "ccomp"}]
    clauses += [c for p in trigger.children if p.dep_ == "prep" for c in p.children]
    restored: list[Token] = []
    for clause in (c for c in clauses if c.lemma_.lower() in RESTORATION_VERBS):
        passive = [c for c in clause.children if c.dep_ in arguments.PASSIVE_SUBJECT_DEPS]
        restored += [h for s in passive for h in arguments.coordinated(s)]
    held = {_surname(actor) for head in restored for actor in context.actors_of(head)}
    if not held:
        return
    for before in reversed(earlier):
        if before.type != "COERCE" or not before.actors:
            continue
        if before.reading.status == Status.NEGATED:
            continue
        if _names_of_aimed(before, context) & held:
            _take_actors(draft, before.actors, trigger)
            return


def _names_of_aimed(act: Draft, context: DocumentContext) -> set[str]:
    """The names an act's recipients go by, with their appositions: 'detained the interim
    president, Michel Kafando' holds the government and Kafando."""
    names = {_surname(actor) for actor, _ in act.recipients}
    for _, token in act.recipients:
        for apposed in (c for c in token.children if c.dep_ == "appos"):
            names |= {_surname(actor) for actor in context.actors_of(apposed)}
    return names


def _ask_the_holder(
    draft: Draft, release: Token, earlier: list[Draft], context: DocumentContext
) -> None:
    """'called for the release of Condé': the one who detained Condé, when told before; else
    ('demanded their release', 'called for his immediate release') the doer of the latest
    arrest or abduction told. An arrest or coup told with no doer ('The soldiers were arrested
    on arrival at Bamako airport') was made by the state where it took place."""
    heads = arguments.prep_heads(release, GENITIVE_PREPS)
    pronouns = [c for c in release.children if c.dep_ == "poss" and c.pos_ == "PRON"]
    heads += [c for c in release.children if c.dep_ == "poss"]
    held = {_surname(actor) for head in heads for actor in context.actors_of(head)}
    in_sentence = _held_in_sentence(draft, release, context) if pronouns else set()
    # "condemned the continued detention of President Bazoum ... and demanded their
    # release": the held are the ones the sentence's own detention names
    held |= in_sentence
    holding = RELEASED_FROM.get("release", frozenset())
    # "detained Condé" (a coup's detention too), "the women abducted by jihadists"
    holds = [
        b
        for b in reversed(earlier)
        if (b.type == "COERCE" or b.match.entry.mode in holding)
        and b.reading.status != Status.NEGATED
    ]
    named = [b for b in holds if _names_of_aimed(b, context) & held]
    told = [b for b in holds if b.match.entry.mode in holding and b not in named]
    if in_sentence:  # the detention is the sentence's own: whoever the report saw take power
        told += [b for b in holds if b.type == "COERCE" and b not in named + told]
    for before in named + told:
        holders = list(before.actors) or _detaining_state(before, release, context)
        if holders:
            draft.recipients = [
                (a, t)
                for a, t in draft.recipients
                if _surname(a) not in held and t.i not in {p.i for p in pronouns}
            ]
            _take_actors(draft, holders, release)
            return
    country = context.focus_country
    if in_sentence and country and context.kb.get(country) is not None:
        # a detention told with no doer, before or here, is by the authorities of the country
        # the report is about (as an arrest with no doer is by the state where it happened)
        draft.recipients = [(a, t) for a, t in draft.recipients if _surname(a) not in held]
        _take_actors(draft, [(context.kb.group_actor(country, Sector.GOV, None), release)], release)


def _held_in_sentence(draft: Draft, release: Token, context: DocumentContext) -> set[str]:
    """The names of whom the release's own sentence says are detained or deposed before it
    ("the continued detention of President Bazoum, his family ..."; "the overthrow of")."""
    held: set[str] = set()
    for noun in draft.sentence:
        if noun.i >= release.i or noun.lemma_.lower() not in HOLDING_ACT_NOUNS:
            continue
        for head in arguments.prep_heads(noun, GENITIVE_PREPS):
            held |= {_surname(actor) for h in arguments.coordinated(head)
                     for actor in context.actors_of(h)}  # fmt: skip
    return held


def _detaining_state(
    before: Draft, token: Token, context: DocumentContext
) -> list[tuple[Actor, Token]]:
    """'were arrested on arrival at Bamako airport', 'since the coup': an arrest or a coup
    told with no doer was made by the authorities of the country where it took place (an
    abduction with no doer names no holder)."""
    if before.match.entry.mode == "abduct" or before.place is None:
        return []
    country = before.place[0].country
    if not country or context.kb.get(country) is None:
        return []
    return [(context.kb.group_actor(country, Sector.GOV, None), token)]


def _surname(actor: Actor) -> str:
    """A key that 'Condé' and 'President Alpha Condé' share: a person's last name."""
    if actor.kind == ActorKind.PERSON or actor.unresolved:
        return actor.name.split()[-1].lower() if actor.name else actor.id
    return actor.id


def _take_actors(draft: Draft, holders: list[tuple[Actor, Token]], token: Token) -> None:
    """The holders (an act's actors) become the draft's recipients."""
    known = {a.id for a, _ in draft.actors + draft.recipients}
    for actor, _ in holders:
        if actor.id not in known:
            draft.recipients.append((actor, token))


def _taken_from_holder(draft: Draft, earlier: list[Draft], context: DocumentContext) -> None:
    """'took control of the town, held by separatist groups since 2012', 'Kidal, bastion des
    rebelles': from the holder the sentence names. 'The army retook the town': from the group
    told taking it before. 'Islamist fighters seized the town of Konna': from the state the
    town belongs to."""
    if draft.recipients or not draft.actors:
        return
    slots = arguments.slots(draft.match.token)
    heads = slots.object + slots.passive_subject
    heads += [h for head in heads for h in _genitive_chain(head)]  # "control of the town of X"
    taken = [(p, h) for h in heads if (p := context.place_of(h))]
    if not taken:
        return
    (place, taken_head), token = taken[0], draft.match.token
    acting = {a.id for a, _ in draft.actors}
    holders = _holders_named(draft, taken_head, context)
    if holders:
        blame.add_parties(draft.recipients, [(a, token) for a in holders], draft)
        return
    for before in reversed(earlier):
        if before.type != "ASSAULT" or "territory" not in before.match.entry.contexts:
            continue
        if before.place is None or not _same_place(before.place[0], place):
            continue
        if acting & {a.id for a, _ in before.actors}:
            # "it had taken Kidal": the same taking told again, from the same holder
            draft.recipients = [(a, token) for a, _ in before.recipients if a.id not in acting]
        else:
            draft.recipients = [(a, token) for a, _ in before.actors]
        return
    state = context.kb.get(place.country) if place.country else None
    if state is not None and all(a.sector in CHALLENGER_SECTORS for a, _ in draft.actors):
        draft.recipients = [(state, token)]


def _genitive_chain(head: Token) -> list[Token]:
    """'control of the northern town of Kidal': the nouns of the genitives below a noun."""
    found: list[Token] = []
    for _ in range(3):
        inner = arguments.prep_heads(head, GENITIVE_PREPS)
        if not inner:
            break
        found += inner
        head = inner[0]
    return found


def _holders_named(draft: Draft, taken: Token, context: DocumentContext) -> list[Actor]:
    """Who the sentence says held the place taken: the agent of a holding verb ('the town
    was held by Tuareg-led separatist groups'), or the owner a stronghold noun beside the
    place names ('Kidal, bastion des rebelles', 'the rebel stronghold of Kidal')."""
    acting = {a.id for a, _ in draft.actors}
    heads: list[Token] = []
    for verb in draft.sentence:
        if verb.lemma_.lower() in HOLDING_VERBS and verb.i != draft.match.token.i:
            heads += [h for a in verb.children if a.dep_ == "agent" for h in a.children]
            heads += arguments.prep_heads(verb, PASSIVE_AGENT_PREPS)
    trigger = draft.match.token
    nouns = [taken, taken.head] + [c for c in taken.children if c.dep_ == "appos"]
    if taken.dep_ == "pobj" and taken.head.lower_ in GENITIVE_PREPS:
        nouns.append(taken.head.head)  # "seized their stronghold of Kidal"
    nouns += [c for c in trigger.children if c.dep_ in {"appos", "npadvmod"}]
    for noun in (n for n in nouns if n.lemma_.lower() in HELD_NOUNS):
        heads += arguments.prep_heads(noun, GENITIVE_PREPS)
        heads += [c for c in noun.children if c.dep_ in {"compound", "amod", "nmod", "poss"}]
    found = [a for h in heads for a in context.actors_of(h) if a.id not in acting]
    return list({a.id: a for a in found}.values())


def _same_place(one: Place, other: Place) -> bool:
    if one.geonames_id is not None and one.geonames_id == other.geonames_id:
        return True
    return one.name == other.name and one.country == other.country
