"""Acts named again by a noun: who a condemnation blames, whom a denied act was aimed at.

A condemnation or denunciation of an act is aimed at its doer when the noun's own phrase names
them ("condemned the attack by JNIM"). One that only names the act ("ECOWAS condemned the
coup") keeps no recipient, as the coding rules say (decision 0009): the event it reacts to
carries the doer. A protest against an act ("against the regional sanctions") is aimed at the
doer of the act the report told, which :func:`doers_of` finds by pointing back.

A denial points back the same way: "Dan Na Ambassagou denied carrying out the attack", "has
denied any role in the Ogossagou killings" deny an act whose victims the report told before;
they are the denied act's recipients.
"""

from __future__ import annotations

from spacy.tokens import Token

from crisisdesk.events import arguments
from crisisdesk.events.draft import Draft
from crisisdesk.events.grammar import current_language, word_set
from crisisdesk.events.lexicon import load_lexicon
from crisisdesk.events.mentions import DocumentContext
from crisisdesk.model import Actor, Place, Sector, Status

# "the attack by JNIM": who did an act named by a noun
ACT_DOER_PREPS = word_set("act_doer_prepositions")
# "the ECOWAS sanctions": the sectors of a party named before an act noun as its doer
ACT_DOER_MODIFIER_SECTORS = word_set("act_doer_modifier_sectors")
# "condemned any takeover": a kind of act in general, not one the report told
GENERIC_DETERMINERS = word_set("generic_determiners")
DEFINITE_DETERMINERS = word_set("definite_determiners")
# "this attack", "ces violences": the act just told, not the report's main one
DEMONSTRATIVES = word_set("demonstrative_determiners")
# "condemned what he called a barbaric attack": the act is named by the verb of naming
NAMING_VERBS = word_set("naming_verbs")
# "ces violences", "the violence": a word for violent acts of any type the lexicon codes
VIOLENCE_NOUNS = word_set("violence_nouns")
VIOLENT_TYPES = ("ASSAULT", "COERCE", "PROTEST")
# "denied carrying out the attack", "denied any role in the killings"
DENIAL_VERBS = word_set("denial_verbs")
INVOLVEMENT_NOUNS = word_set("involvement_nouns")
UNTOLD = {Status.NEGATED, Status.HYPOTHETICAL}
# acts of saying and deciding, whose noun's genitive names who did them ("the refusal of X")
SAYING_TYPES = {"REJECT", "REQUEST", "ACCUSE", "THREATEN", "AGREE", "SUPPORT", "CONCEDE"}
GENITIVE_PREPS = word_set("genitive_prepositions")


def condemned_doer(draft: Draft, earlier: list[Draft], context: DocumentContext) -> None:
    """'condemned the attack by JNIM', 'condemned the attacks against civilians': an ACCUSE
    whose object is an act is aimed at the doer its phrase names, never at its victims."""
    if draft.type != "ACCUSE":
        return
    trigger_words = {w.i for w in draft.match.words}
    for act in _condemned_acts(draft.match.token):
        types = act_types(act)
        if not types or act.i in trigger_words or context.actors_of(act):
            continue  # "lodged a protest": the trigger; "accused French forces": a party
        inside = {t.i for t in act.subtree}
        # the victims inside the act's phrase ("against civilians") are not the ones blamed
        draft.recipients = [(a, t) for a, t in draft.recipients if t.i not in inside]
        # only a doer its phrase names: the coding rules give a condemnation a recipient
        # where a party is named, and the gold was annotated so (decision 0009)
        add_parties(draft.recipients, named_doers(act, context), draft)
        return


def named_doers(act: Token, context: DocumentContext) -> list[tuple[Actor, Token]]:
    """Who did an act a noun names, when its own phrase names them: 'the attack by JNIM', 'the
    junta's decision', 'the sanctions imposed by ECOWAS'; for an act of saying, also 'the
    refusal of the military authorities' (where 'the killing of civilians' names the
    victims)."""
    heads = arguments.prep_heads(act, ACT_DOER_PREPS)
    if act.dep_ == "dobj":  # "condemned the attack by JNIM", "by JNIM" hung on the verb
        heads += arguments.stray_object_agents(act.head)
    heads += [c for c in act.children if c.dep_ == "poss" and c.tag_ != "PRP$"]
    for participle in (c for c in act.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        # "the sanctions imposed by ECOWAS": the agent of the participle describing the act
        agents = [c for c in participle.children if c.dep_ == "agent"]
        agent_heads = [o for a in agents for o in a.children if o.dep_ == "pobj"]
        # "the attack carried out by unidentified armed men": no party named
        heads += [h for h in agent_heads if not _unidentified(h, context)]
    if set(act_types(act)) & SAYING_TYPES:
        heads += arguments.prep_heads(act, GENITIVE_PREPS)
    doers = [(actor, head) for head in heads for actor in context.actors_of(head)]
    for modifier in (c for c in act.children if c.dep_ == "compound"):
        doers += [
            (actor, modifier)
            for actor in context.actors_of(modifier)
            if actor.sector is not None and actor.sector.value.lower() in ACT_DOER_MODIFIER_SECTORS
        ]
    return doers


def _unidentified(head: Token, context: DocumentContext) -> bool:
    """'unidentified armed men', 'gunmen': attackers the report cannot name."""
    return any(a.sector == Sector.UNIDENTIFIED for a in context.actors_of(head))


def doers_of(
    act: Token, types: tuple[str, ...], earlier: list[Draft], context: DocumentContext
) -> list[tuple[Actor, Token]]:
    """Who did an act a noun names: 'the attack by JNIM', else the doer of the event it points
    back to ('protested against the sanctions': the bloc told imposing them). Unidentified
    attackers are no party named."""
    doers = named_doers(act, context)
    if doers or not _refers_back(act):
        return doers
    told = told_act(act, types, earlier, context)
    if told is None:
        return []
    return [(a, act) for a, _ in told.actors if a.sector != Sector.UNIDENTIFIED]


def add_parties(
    role: list[tuple[Actor, Token]], parties: list[tuple[Actor, Token]], draft: Draft
) -> None:
    """Add parties to a role, leaving out the draft's actors and those already in it."""
    known = {a.id for a, _ in draft.actors + draft.recipients}
    for actor, token in parties:
        if actor.id not in known:
            role.append((actor, token))
            known.add(actor.id)


def denied_victims(draft: Draft, earlier: list[Draft], context: DocumentContext) -> None:
    """'denied carrying out the attack', 'denied any role in the Ogossagou killings': the
    denied act was aimed at the victims of the act the report told."""
    if draft.recipients:
        return
    act = _denied_act(draft)
    if act is None:
        return
    types = act_types(act)
    told = told_act(act, types, earlier, context) if types else None
    if told is not None:
        acting = {a.id for a, _ in draft.actors}
        draft.recipients = [(a, act) for a, _ in told.recipients if a.id not in acting]


def _denied_act(draft: Draft) -> Token | None:
    """The act noun a denial names: the trigger itself ('any role in the killings', negated)
    or the object under the denial verb ('denied carrying out the attack')."""
    token = draft.match.token
    if draft.reading.status == Status.NEGATED and token.pos_ == "NOUN" and _denied_noun(token):
        return token
    if token.lemma_.lower() in DENIAL_VERBS:  # the denial coded for itself (REJECT)
        clauses = [c for c in token.children if c.dep_ in {"xcomp", "ccomp"}]
    elif token.dep_ in {"xcomp", "ccomp"} and token.head.lemma_.lower() in DENIAL_VERBS:
        clauses = [token]  # "denied carrying out the attack": the act's light verb
    else:
        return None
    for clause in clauses:
        for obj in (c for c in clause.children if c.dep_ in arguments.OBJECT_DEPS):
            if obj.pos_ == "NOUN" and act_types(obj):
                return obj
    return None


def _denied_noun(noun: Token) -> bool:
    """'denied any role in the killings', 'denied carrying out the attack'."""
    head = noun.head
    if head.dep_ == "prep" and arguments.prep_attachment(head).lemma_.lower() in INVOLVEMENT_NOUNS:
        head = arguments.prep_attachment(head).head
    elif noun.dep_ in arguments.OBJECT_DEPS:
        head = head.head if head.dep_ in {"xcomp", "ccomp"} else head
    return arguments.denies(head)


def _condemned_acts(trigger: Token) -> list[Token]:
    """The nouns naming what is condemned: the object ('condemned the coup'), the noun a
    relative 'which' stands for ('the killing, which it condemned'), the name a verb of naming
    gives ('condemned what he called a barbaric attack')."""
    acts: list[Token] = []
    for obj in arguments.slots(trigger).object:
        if obj.tag_ == "WDT" and trigger.dep_ == "relcl":
            acts.append(trigger.head)  # "the killing, which it condemned"
        elif obj.pos_ == "NOUN":
            acts.append(obj)
    for clause in (c for c in trigger.children if c.dep_ == "ccomp"):
        if clause.lemma_.lower() in NAMING_VERBS:
            acts += [c for c in clause.children if c.dep_ in {"oprd", "attr"} and c.pos_ == "NOUN"]
    return acts


def act_types(noun: Token) -> tuple[str, ...]:
    """The event types a noun names as an act, the one most of its senses have first:
    'coup' COERCE, 'attack' ASSAULT (before its COERCE sense, a cyber attack)."""
    lemma = noun.lemma_.lower()
    if lemma in VIOLENCE_NOUNS:
        return VIOLENT_TYPES
    senses = [t.type for t in load_lexicon(current_language()).noun_triggers(lemma)]
    return tuple(sorted(dict.fromkeys(senses), key=lambda type_: -senses.count(type_)))


def _refers_back(act: Token) -> bool:
    """'the coup', 'this attack', 'what he called a barbaric attack': one act, told before;
    'any takeover' is a kind of act in general."""
    determiners = {c.lower_ for c in act.children if c.dep_ in {"det", "poss"}}
    if determiners & GENERIC_DETERMINERS:
        return False
    named = act.dep_ in {"oprd", "attr"}
    return named or bool(determiners & DEFINITE_DETERMINERS)


def told_act(
    act: Token, types: tuple[str, ...], earlier: list[Draft], context: DocumentContext
) -> Draft | None:
    """The earlier event an act noun points back to: one of its types that happened, at the
    place the noun names ('the Ogossagou killings'); the report's first such event (its main
    story, told before its background), or the latest one after a demonstrative ('this
    attack', 'ces violences')."""
    told = [d for d in earlier if d.reading.status not in UNTOLD]
    place = _named_place(act, context)
    if place is not None:
        told = [d for d in told if d.place and _same_place(d.place[0], place)]
    latest = bool({c.lower_ for c in act.children if c.dep_ == "det"} & DEMONSTRATIVES)
    for type_ in types:  # the noun's main sense first
        candidates = [d for d in told if d.type == type_]
        if candidates:
            return candidates[-1] if latest else candidates[0]
    return None


def _named_place(act: Token, context: DocumentContext) -> Place | None:
    """'the Ogossagou killings': the place a compound before the act noun names."""
    for word in act.children:
        if word.dep_ in {"compound", "nmod", "amod"} and word.i < act.i:
            place = context.place_of(word)
            if place is not None:
                return place
    return None


def _same_place(one: Place, other: Place) -> bool:
    if one.geonames_id is not None and one.geonames_id == other.geonames_id:
        return True
    return one.name == other.name and one.country == other.country
