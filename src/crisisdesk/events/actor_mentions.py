"""Which actor a noun phrase names: an entity already resolved, a generic actor ("Malian
troops", "the junta", "peacekeepers") coded by sector and country, forces and titles that act for
their owner ("JNIM's fighters", "leaders of ECOWAS"), the UN operation a "UN mission" is, and the
nationality a modifier gives; back-references are handed to :mod:`coreference`."""

from __future__ import annotations

from collections.abc import Container
from typing import TYPE_CHECKING

from spacy.tokens import Token

from crisisdesk.events.arguments import coordinated, relative_subject_of
from crisisdesk.events.coreference import (
    ANAPHORS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    author,
    group_before,
    latest_antecedent,
    plural_antecedent,
    pronoun_antecedent,
    refers_to_group,
    speaker,
)
from crisisdesk.events.grammar import word_set
from crisisdesk.events.mention_parts import (
    FORCE_NOUNS,
    GENITIVE_PREPS,
    STATE_SECTORS,
    TITLE_NOUNS,
    is_definite,
    noun_phrase_text,
    unknown_actor,
)
from crisisdesk.events.place_mentions import place_of, sentence_countries
from crisisdesk.model import Actor, ActorKind, PlacePrecision, Sector

if TYPE_CHECKING:
    from crisisdesk.events.mentions import DocumentContext

PRONOUNS = word_set("personal_pronouns")
GOVERNMENT_MODIFIERS = word_set("government_modifiers")
# "a military council led by ...": the participles that name a body's leader
LEADER_PARTICIPLES = word_set("leader_participles")
# who a leader may be: a person, or a state named as one ("troops led by France")
LEADER_KINDS = frozenset({ActorKind.PERSON, ActorKind.STATE})
MEANS_NOUNS = word_set("means_nouns")
MILITARY_CRAFT_NOUNS = word_set("military_craft_nouns")
STATE_OF_NOUNS = word_set("state_of_nouns")
# Nouns that, modified by "UN", name the UN's operation in the country: "the UN mission".
PEACE_OPERATION_NOUNS = word_set("peace_operation_nouns")
# "fighters of/from the Wagner group", "the army of Mali".
OWNER_PREPS = word_set("owner_prepositions")
# "We call on ...", outside quotation marks: the document's author
AUTHOR_PRONOUNS = word_set("author_pronouns")
# "I", "my" inside a quotation: the person it is attributed to
SPEAKER_PRONOUNS = word_set("speaker_pronouns")
COUNT_WORDS = word_set("count_words")
# "In Niger, the junta ...": a sentence opened by a country sets whose body a bare noun names
FRAMING_PREPS = word_set("framing_prepositions")
COLLECTIVE_NOUNS = word_set("collective_nouns")
# "the council", "the committee": nouns that name a body by the head of its name
NAMED_BODY_NOUNS = word_set("governing_body_nouns")
# "the new council": modifiers that leave a back-reference a back-reference
BACK_REFERENCE_MODIFIERS = word_set("back_reference_modifiers")
INDEFINITE_DETERMINERS = word_set("indefinite_determiners")
ROLE_NOUNS = word_set("role_nouns")
# "their country", "the country": the word that points back to a state
COUNTRY_ANAPHORS = word_set("country_anaphors")
# "The summit condemned ...": a meeting that speaks or decides stands for its organisation
MEETING_BODY_NOUNS = word_set("meeting_body_nouns")
SUBJECT_DEPS = frozenset({"nsubj"})
# people who follow a cause without bearing its arms
CIVIL_SECTORS = {Sector.OPP, Sector.CVL}
# "heads of state", "chief of staff": the word after "of" that completes a title
TITLE_TAILS = word_set("title_of_tails")
TITLE_HEADS = word_set("title_of_heads")


def actors_of(context: DocumentContext, token: Token) -> list[Actor]:
    """The actors a noun phrase names: one, or a group for 'they', 'the three countries'.
    A dateline ("LOME, July 20 (Wire) - Gunmen killed ...") names none: it says where the
    reporter files from, even where the parser makes it the lead's subject."""
    if context.in_dateline(token.idx):
        return []
    counted = _counted_noun(token)
    if counted is not None:  # "thousands of Palestinians", "dozens of soldiers"
        return actors_of(context, counted)
    if token.lower_ in PLURAL_PRONOUNS:
        found = plural_antecedent(context, token)
        return [a.model_copy(update={"mention": token.text}) for a in found]
    if refers_to_group(token):
        members = group_before(context, token)
        if members:
            return [a.model_copy(update={"mention": token.text}) for a in members]
    listed = _sector_of_listed_states(context, token)
    if listed:
        return listed
    actor = actor_of(context, token) or _appositive_actor(context, token)
    return [actor] if actor is not None else []


def _sector_of_listed_states(context: DocumentContext, token: Token) -> list[Actor]:
    """'the armies of Niger, Mali and Burkina Faso', 'a delegation from Mali and Burkina
    Faso', 'Malian and Russian troops': a sector noun owned by a list of states, or with a
    list of nationalities, stands for that sector of each of them (the first state alone
    would lose the others)."""
    if token.i in context.mentions or token.pos_ != "NOUN":
        return []
    sector = context.kb.sector_for_noun(token.lemma_.lower())
    if sector is None or sector in CIVIL_SECTORS:
        return []
    lists: list[list[str]] = []
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in OWNER_PREPS:
            continue
        for owner in (c for c in prep.children if c.dep_ == "pobj"):
            lists.append([c for head in coordinated(owner) if (c := country_of(context, head))])
    for adjective in (c for c in token.children if c.dep_ == "amod"):
        # "Malian and Russian troops", "Hungarian and Romanian officials"
        words = [adjective, *(c for c in adjective.children if c.dep_ == "conj")]
        lists.append([c for w in words if (c := context.kb.country_from_adjective(w.text))])
    for countries in lists:
        countries = list(dict.fromkeys(countries))
        if len(countries) >= 2:
            mention = noun_phrase_text(token)
            return [context.kb.group_actor(c, sector, mention) for c in countries]
    return []


def _appositive_actor(context: DocumentContext, token: Token) -> Actor | None:
    """'The UN rights chief, Volker Türk, called ...': a title the knowledge base does not
    know is the person or body named in apposition."""
    for child in token.children:
        if child.dep_ == "appos" and child.pos_ in {"PROPN", "NOUN"}:
            actor = actor_of(context, child)
            if actor is not None:
                return actor
    return None


def _named_in_apposition(context: DocumentContext, token: Token) -> bool:
    """'the television channel France 24': a noun with a name beside it is that name, not a
    back-reference to the last actor of its kind."""
    return any(c.dep_ == "appos" and c.i in context.mentions for c in token.children)


def actor_of(context: DocumentContext, token: Token) -> Actor | None:
    """The actor a noun-phrase head names, if any (entity, generic, or back-reference)."""
    mention = context.mentions.get(token.i)
    if mention is not None:
        if mention.actor is not None and mention.actor.id == "un" and _names_operation(token):
            return _un_operation_here(context, token) or mention.actor
        if mention.actor is not None:
            return mention.actor
        if mention.place is not None and mention.place.precision == PlacePrecision.COUNTRY:
            return context.kb.get(mention.place.country or "")
        return None
    operation = _un_operation(context, token)
    if operation is not None:
        return operation
    person = _name_cut_short(context, token) or _surname_alone(context, token)
    if person is not None:
        return person
    lower = token.lower_
    if lower in AUTHOR_PRONOUNS:
        return author(context, token)
    if lower in SPEAKER_PRONOUNS:
        return speaker(context, token)
    if lower in PRONOUNS or lower in PERSON_PRONOUNS or lower in PLURAL_PRONOUNS:
        return pronoun_antecedent(context, token)
    if token.pos_ == "PRON":
        return None  # "condemned what he called ...": not a back-reference to an actor
    if _names_the_outlet(context, token):
        return author(context, token)  # "The network calls on ..." in the network's alert
    owner = _owner_of_forces(context, token)
    if owner is not None:
        return owner
    host = _meeting_host(context, token)
    if host is not None:
        return host
    lemma = token.lemma_.lower()
    if lemma in COUNTRY_ANAPHORS:
        owned = _owners_country(context, token)
        if owned is not None:
            return owned
    if lemma in COUNTRY_ANAPHORS and is_definite(token):
        # "imposed sanctions on Mali, freezing the country's assets": the state just named
        named = _state_named_before(context, token)
        if named is not None:
            return named
    if lemma in COUNTRY_ANAPHORS and is_definite(token) and context.focus_country:
        return context.kb.get(context.focus_country)  # "closed its borders with the country"
    framed = _framed_body(context, token) if is_definite(token) else None
    if framed is not None:
        return framed
    if lemma in ANAPHORS and is_definite(token) and not _named_in_apposition(context, token):
        named = _named_by_compound(context, token)
        if named is not None:
            return named  # "the JNIM alliance": JNIM, not the alliance named before
        if lemma in TITLE_NOUNS and _kind_modifiers(token):
            return _generic_actor(context, token)  # "the coup leaders": not the summit's
        antecedent = latest_antecedent(context, token, ANAPHORS[lemma])
        if antecedent is not None or not _kind_modifiers(token):
            return antecedent
        # "the air force": a modifier says what kind it is, not a back-reference
    return _generic_actor(context, token)


def _named_by_compound(context: DocumentContext, token: Token) -> Actor | None:
    """'the al-Qaeda-linked JNIM alliance', 'the ECOWAS bloc': a noun that would point back to
    the latest body of its kind names the actor its compound names."""
    for child in token.children:
        if child.dep_ != "compound":
            continue
        mention = context.mentions.get(child.i)
        if mention is not None and mention.actor is not None:
            return mention.actor
    return None


def _names_the_outlet(context: DocumentContext, token: Token) -> bool:
    """'The network calls on the authorities to ...' in an alert by the Gourma Protection
    Network: a bare definite noun that is the last word of the outlet's name is the
    organisation that wrote the document (as "we" is, :func:`author`)."""
    outlet = context.article.outlet
    if not outlet or token.pos_ != "NOUN" or not is_definite(token):
        return False
    if any(c.dep_ in {"compound", "amod", "poss", "nmod"} for c in token.children):
        return False  # "the aid network", "the smuggling network": another one
    return outlet.split()[-1].lower() == token.lower_


def _state_named_before(context: DocumentContext, token: Token) -> Actor | None:
    """'imposed sanctions on Mali, freezing the country's assets': the state named last
    before ``token`` as a party of its own clause or of the clause its participle or
    conjunct hangs from; not a subject or its possessor, which would name itself otherwise."""
    verb = _nearest_verb(token)
    if verb is None:
        return None
    clauses = {verb.i}
    if verb.dep_ in {"advcl", "conj", "xcomp"}:
        clauses.add(verb.head.i)
    for word in reversed(token.doc[token.sent.start : token.i]):
        mention = context.mentions.get(word.i)
        actor = mention.actor if mention is not None else None
        if actor is None or actor.kind != ActorKind.STATE:
            continue
        own = _nearest_verb(word)
        if own is None or own.i not in clauses:
            continue
        if any(t.dep_ in {"nsubj", "nsubjpass"} for t in [word, word.head]):
            return None
        return actor
    return None


def _nearest_verb(token: Token) -> Token | None:
    return next((t for t in token.ancestors if t.pos_ in {"VERB", "AUX"}), None)


def _owners_country(context: DocumentContext, token: Token) -> Actor | None:
    """'Nigerien officials said their country had mediated the release': "its/their country"
    is the state of the party the possessive points back to."""
    for owner in (c for c in token.children if c.dep_ == "poss" and c.pos_ == "PRON"):
        party = actor_of(context, owner)
        state = context.kb.get(party.country) if party is not None and party.country else None
        if state is not None:
            return state.model_copy(update={"mention": noun_phrase_text(token)})
    return None


def _meeting_host(context: DocumentContext, token: Token) -> Actor | None:
    """'The summit also condemned the violence', 'the ECOWAS summit gave the junta one week':
    a summit or conference that speaks or decides (the subject of the verb) stands for the
    organisation that held it: the one its phrase names, else, for "the summit", the last
    organisation named before it. A meeting in any other role stays an occasion."""
    if token.lemma_.lower() not in MEETING_BODY_NOUNS:
        return None
    if token.dep_ not in SUBJECT_DEPS and not relative_subject_of(token):
        return None  # (the summit ..., which gave the junta one week: it decides)
    named = [c for c in token.children if c.dep_ in {"compound", "poss", "amod", "nmod"}]
    named += [
        c
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ in OWNER_PREPS
        for c in prep.children
        if c.dep_ == "pobj"
    ]
    for child in named:
        owner = actor_of(context, child)
        if owner is not None and owner.kind != ActorKind.STATE:
            return owner.model_copy(update={"mention": noun_phrase_text(token)})
    if not is_definite(token):
        return None
    return latest_antecedent(context, token, (Sector.IGO.value, Sector.UNO.value))


def _framed_body(context: DocumentContext, token: Token) -> Actor | None:
    """'In Niger, the junta has demanded ...': a sentence that opens on a country names
    whose junta, government or army a bare definite noun after it is, whatever state the
    text named last."""
    if _kind_modifiers(token):
        return None
    sector = context.kb.sector_for_noun(token.lemma_.lower())
    sentence = token.sent
    root = sentence.root
    if sector is None or sector in CIVIL_SECTORS:
        return None
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ not in FRAMING_PREPS or prep.i > token.i:
            continue
        if prep.i != sentence.start:
            continue  # only a sentence's opening phrase frames it
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            country = country_of(context, place)
            if country:
                return context.kb.group_actor(country, sector, noun_phrase_text(token))
    return None


def _name_cut_short(context: DocumentContext, token: Token) -> Actor | None:
    """'President Amadou Toumani Touré' where the recogniser took only 'Amadou Toumani':
    the name's last word, outside the entity, still names the person."""
    if token.pos_ != "PROPN":
        return None
    for child in token.children:
        mention = context.mentions.get(child.i) if child.dep_ == "compound" else None
        actor = mention.actor if mention is not None else None
        if actor is not None and actor.kind == ActorKind.PERSON:
            parts = [w for w in token.lefts if w.dep_ == "compound" and w.ent_type_]
            name = " ".join(w.text for w in [*parts, token])
            if actor.unresolved:
                actor = unknown_actor(name, ActorKind.PERSON).model_copy(
                    update={"country": actor.country}
                )
            return actor.model_copy(update={"mention": name})
    return None


def _surname_alone(context: DocumentContext, token: Token) -> Actor | None:
    """'Déby, a general, took power' after 'transitional president Mahamat Idriss Déby': a
    lone proper noun the recogniser left out of every entity is the person named in full
    before whose last name it is."""
    if token.pos_ != "PROPN" or token.ent_type_ or any(c.dep_ == "compound" for c in token.lefts):
        return None
    if token.head.pos_ == "PROPN" and token.dep_ == "compound":
        return None  # part of a longer name
    for start, actor in reversed(context.history):
        if start >= token.i or actor.kind != ActorKind.PERSON:
            continue
        words = actor.name.split()
        if len(words) > 1 and words[-1] == token.text:
            return actor.model_copy(update={"mention": token.text})
    return None


def _owner_of_forces(context: DocumentContext, token: Token) -> Actor | None:
    """'its fighters', 'JNIM's fighters', 'Boko Haram fighters': forces named by their
    owner act for the owner."""
    sector = context.kb.sector_for_noun(token.lemma_) or _titled_by_complement(context, token)
    lemma = token.lemma_.lower()
    if lemma not in FORCE_NOUNS and lemma not in TITLE_NOUNS and sector is None:
        return None
    if sector in CIVIL_SECTORS:
        return None  # "supporters of the junta" are not the junta's forces
    owners = [c for c in token.children if c.dep_ == "poss"]
    # a named group as the noun's modifier ("Boko Haram fighters", "Wagner mercenaries");
    # a state modifier ("Malian troops") is the country's own sector actor, handled apart; the
    # tagger often reads an acronym before its noun as an adjective ("ECOWAS leaders")
    owners += [c for c in token.children if c.dep_ in {"compound", "amod"} and c.ent_type_ == "ORG"]
    named = any(
        c.dep_ == "appos" or (c.dep_ == "compound" and c.pos_ == "PROPN") for c in token.children
    )
    if lemma in TITLE_NOUNS and not named:
        # "the army chief of staff", "its air force chief": a title heads the body it names
        # (a title with the holder's name is the person: "opposition leader Succès Masra")
        owners += [c for c in token.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    if lemma in TITLE_NOUNS:
        # "a Kremlin spokesman": a seat of government the tagger reads as a place speaks for
        # that government (a state itself, "a Mali spokesman", is left to the sector rules below)
        owners += [c for c in token.children if c.dep_ == "compound" and c.ent_type_ == "GPE"]
    for prep in token.children:  # "fighters of the Wagner group", "jihadists from JNIM"
        if prep.dep_ == "prep" and prep.lower_ in OWNER_PREPS:
            owners += [c for c in prep.children if c.dep_ == "pobj"]
    # "the heads of state of ECOWAS", "les chefs d'État de la CEDEAO": one step further
    owners += [
        inner
        for owner in list(owners)
        for prep in owner.children
        if prep.dep_ == "prep" and prep.lower_ in OWNER_PREPS
        for inner in prep.children
        if inner.dep_ == "pobj"
    ]
    for child in owners:
        if _completes_title(token, child):
            continue  # "the heads of state": part of the title, not who they answer to
        owner = actor_of(context, child)
        if owner is not None and owner.kind != ActorKind.STATE:
            if token.lemma_.lower() in TITLE_NOUNS:
                # "Leaders of the bloc ..." then "The leaders did not ...": the same body
                context.by_head[token.lemma_.lower()] = owner
            return owner.model_copy(update={"mention": noun_phrase_text(token)})
    return None


def _un_operation(context: DocumentContext, token: Token) -> Actor | None:
    """'the UN mission' in a Malian story is MINUSMA, not the United Nations at large."""
    if token.lemma_.lower() not in PEACE_OPERATION_NOUNS:
        return None
    for child in token.children:
        mention = context.mentions.get(child.i)
        modifies = child.dep_ in {"compound", "nmod", "amod", "poss"}
        if modifies and mention and mention.actor and mention.actor.id == "un":
            return _un_operation_here(context, token)
    return None


def _un_operation_here(context: DocumentContext, token: Token) -> Actor | None:
    """The UN peace operation in the document's focus country, if there is one."""
    operation = context.kb.peace_operation_for(context.focus_country or "", context.year())
    if operation is None:
        return None
    return operation.model_copy(update={"mention": noun_phrase_text(token.head)})


def _mission_with(context: DocumentContext, token: Token) -> Actor | None:
    """'Minusma, with 310 peacekeepers killed': the peacekeepers are the mission's."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "with" and head.head.i != head.i:
        owner = context.mentions.get(head.head.i)
        if owner and owner.actor and owner.actor.sector == Sector.UNO:
            return owner.actor
    return None


def _antecedent_operation(context: DocumentContext, token: Token) -> Actor | None:
    """The peace operation most recently named before this token."""
    for start, actor in reversed(context.history):
        if start < token.i and actor.sector == Sector.UNO and actor.id != "un":
            return actor
    return None


def _completes_title(token: Token, word: Token) -> bool:
    """'state' in "heads of state" (not in "fighters of the Islamic State")."""
    return (
        token.lemma_.lower() in TITLE_HEADS
        and word.lemma_.lower() in TITLE_TAILS
        and word.head.head == token
        and word.pos_ != "PROPN"
    )


def _titled_by_complement(context: DocumentContext, token: Token) -> Sector | None:
    """'ECOWAS heads of state', 'the army chiefs of staff': a title whose "of" complement is
    part of it ("head of state" in the sector list) names that sector, where its head alone
    ("heads") names none."""
    if token.lemma_.lower() not in TITLE_HEADS:
        return None  # "the post of prime minister", "a takeover of government": no title
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for complement in (c for c in prep.children if c.dep_ == "pobj"):
                if complement.lemma_.lower() in TITLE_TAILS:
                    phrase = f"{token.lemma_.lower()} of {complement.lemma_.lower()}"
                    return context.kb.sector_for_noun(phrase)
    return None


def _generic_actor(context: DocumentContext, token: Token) -> Actor | None:
    """'Malian troops', 'government forces', 'the junta', 'separatists', 'peacekeepers'."""
    if token.lower_ in MEANS_NOUNS and not any(token.children):
        return None  # "took power by force", "the use of force": a means, not troops
    if token.lemma_.lower() in STATE_OF_NOUNS and _of_a_condition(context, token):
        return None  # "a state of emergency": a condition, not the state
    sector = context.kb.sector_for_noun(token.lemma_.lower()) or context.kb.sector_for_noun(
        token.lower_
    )
    if sector is None:
        # "des hommes armés": where the adjective follows its noun, the pair names the kind
        following = [c for c in token.rights if c.dep_ in {"amod", "acl"}][:1]
        sector = (
            context.kb.sector_for_noun(f"{token.lower_} {following[0].lower_}")
            if (following)
            else None
        )
    lemma = token.lemma_.lower()
    if sector is None and lemma in MILITARY_CRAFT_NOUNS:
        return _craft_operator(context, token)
    named_by_phrase = False
    if sector is None and _kind_modifiers(token):
        # "opposition parties", "jihadist groups", "a transitional military council": the
        # phrase names the kind where its head alone does not
        # "the new military council": a describing word before the phrase does not change it
        modifiers = _kind_modifiers(token)
        while sector is None and modifiers:
            sector = context.kb.sector_for_noun(" ".join([*modifiers, lemma]))
            modifiers = modifiers[1:]
        named_by_phrase = sector is not None
    if sector is None and lemma in ROLE_NOUNS and "Plur" in token.morph.get("Number"):
        sector = _role_kind(context, token)
        named_by_phrase = sector is not None
    if sector is None:
        if lemma in context.by_head and is_definite(token) and not _kind_modifiers(token):
            return context.by_head[lemma].model_copy(update={"mention": token.text})
        return _named_body_before(context, token) or _nationals(context, token)
    mention = noun_phrase_text(token)
    own_country = modifier_country(context, token)  # "Chad's ambassador" is not the last one
    if lemma in context.by_head and mention.lower() in {lemma, token.lower_} and not own_country:
        return context.by_head[lemma].model_copy(update={"mention": mention})
    if sector == Sector.UNO:
        operation = (
            context.kb.peace_operation_for(
                modifier_country(context, token) or context.focus_country or "", context.year()
            )
            or _mission_with(context, token)
            or _antecedent_operation(context, token)
        )
        if operation is not None:
            return operation.model_copy(update={"mention": mention})
    country = modifier_country(context, token) or _sibling_country(context, token)
    country = country or _leader_country(context, token)
    if country is None and (sector in STATE_SECTORS or _has_modifier(token, GOVERNMENT_MODIFIERS)):
        country = context.focus_country
    if country is None and sector == Sector.CVL and not _stated_nationality(context, token):
        # "killed villagers ... in Tudun Biri, in Kaduna state": civilians are the people of
        # the place their sentence names, before the country the report is mostly about
        country = _nearest_place_country(context, token)
    if country is None and sector in {
        Sector.REB,
        Sector.CVL,
        Sector.OPP,  # "protesters", "demonstrators": the country's own people
        Sector.MILITIA,
        Sector.UNIDENTIFIED,
    }:
        country = context.focus_country
    actor = context.kb.group_actor(country, sector, mention)
    if modifier_country(context, token) or named_by_phrase:
        # "the French ambassador", "a military council": later "the ambassador", "the council"
        context.by_head[lemma] = actor
    return actor


def _role_kind(context: DocumentContext, token: Token) -> Sector | None:
    """'Russian civilian advisers', 'South Korean army officers': a plural noun for people by
    their role names no kind; the word just before it does (`role_nouns`). A singular one is a
    person ("the opposition candidate Muhammadu Buhari"), not the kind."""
    kinds = [t for t in token.lefts if t.dep_ in {"amod", "compound"} and not t.ent_type_]
    if not kinds or kinds[-1].i != token.i - 1:
        return None
    word = kinds[-1]
    return context.kb.sector_for_noun(word.lemma_.lower()) or context.kb.sector_for_noun(
        word.lower_
    )


def _craft_operator(context: DocumentContext, token: Token) -> Actor | None:
    """'French aircraft attacked ...', 'killed by Israeli helicopters': a military craft
    with a nationality, as the doer of its clause, is that country's armed forces. As an
    object ("received Turkish drones", "shot down a Malian drone") it is a thing."""
    doer = token
    while doer.dep_ == "conj" and doer.head.i != doer.i:
        doer = doer.head
    acts = doer.dep_ == "nsubj" or (doer.dep_ == "pobj" and doer.head.dep_ == "agent")
    country = modifier_country(context, token) if acts else None
    if country is None:
        return None
    return context.kb.group_actor(country, Sector.MIL, noun_phrase_text(token))


def _leader_country(context: DocumentContext, token: Token) -> str | None:
    """'a military council led by his son, Mahamat Idriss Déby, took power', in a report on
    Niger: a body named by its leader is of the leader's country (a person or state the
    knowledge base places), not of the report's."""
    for participle in token.children:
        if participle.dep_ != "acl" or participle.lemma_.lower() not in LEADER_PARTICIPLES:
            continue
        agents = [p for p in participle.children if p.dep_ == "agent"]
        for leader in (o for a in agents for o in a.children if o.dep_ == "pobj"):
            named = [leader, *(c for c in leader.children if c.dep_ == "appos")]
            for word in named:
                mention = context.mentions.get(word.i)
                actor = mention.actor if mention is not None else None
                if actor is not None and actor.country and actor.kind in LEADER_KINDS:
                    return actor.country
    return None


def _named_body_before(context: DocumentContext, token: Token) -> Actor | None:
    """'a National Council for Democracy had taken power ... The new council closed the
    borders': a definite body noun (council, committee) refers back to the latest body named
    before it whose own name holds that noun. Only modifiers that describe, not classify, may
    stand before it ("the new council", not "the security council")."""
    lemma = token.lemma_.lower()
    if lemma not in NAMED_BODY_NOUNS or not is_definite(token):
        return None
    if any(word not in BACK_REFERENCE_MODIFIERS for word in _kind_modifiers(token)):
        return None
    for start, actor in reversed(context.history):
        if start >= token.i or actor.kind != ActorKind.ORGANISATION:
            continue
        if lemma in {word.lower() for word in actor.name.split()}:
            return actor.model_copy(update={"mention": token.text})
    return None


def _nationals(context: DocumentContext, token: Token) -> Actor | None:
    """'Algerian landowners began a hunger strike', 'Swiss doctors handed over medicine':
    people the text names only by their nationality and a plural noun the knowledge base has
    no sector for, as the doer of their clause, are civilians of that country (in another
    role the noun may be a thing: "sold Malian cotton")."""
    if token.pos_ != "NOUN" or token.dep_ not in SUBJECT_DEPS or token.tag_ != "NNS":
        return None  # people are named in the plural: "the American presence" is a thing
    modifiers = [c for c in token.children if c.dep_ in {"amod", "compound"}]
    countries = [context.kb.country_from_adjective(c.text) for c in modifiers]
    if not countries or not all(countries):
        return None  # "American military operations": a kind, not a people
    if context.kb.get(countries[0]) is None:
        return None
    return context.kb.group_actor(countries[0], Sector.CVL, noun_phrase_text(token))


def _stated_nationality(context: DocumentContext, token: Token) -> bool:
    """Whether a nationality stands anywhere in the noun's phrase ('Turkish Kurd
    refugees'), even where it does not modify the noun itself."""
    words = token.doc[token.left_edge.i : token.i]
    return any(context.kb.country_from_adjective(word.text) for word in words)


def _sibling_country(context: DocumentContext, token: Token) -> str | None:
    """'Russian military instructors': a modifier shares the country its noun's other
    modifiers name ('military' is Russia's, not the focus country's)."""
    if token.dep_ not in {"amod", "compound"} or token.head.i == token.i:
        return None
    for sibling in token.head.children:
        if sibling.i != token.i and sibling.dep_ in {"amod", "compound", "poss"}:
            country = context.kb.country_from_adjective(sibling.text) or country_of(
                context, sibling
            )
            if country:
                return country
    return None


def _of_a_condition(context: DocumentContext, token: Token) -> bool:
    """'state of emergency', 'état de siège': 'of' names no place or actor."""
    objects = [
        o
        for p in token.children
        if p.dep_ == "prep" and p.lower_ in GENITIVE_PREPS
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return bool(objects) and not any(o.i in context.mentions for o in objects)


def modifier_country(context: DocumentContext, token: Token) -> str | None:
    """Country named by a modifier: 'Malian troops', 'Mali's army', 'the army of Mali'."""
    for child in token.children:
        if child.dep_ in {"amod", "compound", "poss", "nmod"}:
            country = context.kb.country_from_adjective(child.text) or country_of(context, child)
            if country:
                return country
        if child.dep_ == "prep" and child.lower_ in OWNER_PREPS:
            for pobj in child.children:
                if pobj.dep_ == "pobj" and (country := country_of(context, pobj)):
                    return country
    return _postposed_nationality(context, token)


def _postposed_nationality(context: DocumentContext, token: Token) -> str | None:
    """'le contingent danois', 'les forces spéciales danoises': a nationality written after
    its noun, which the parser may hang elsewhere (on the verb, on the noun before). Not
    one that modifies a noun of its own after it ('gave the soldiers French weapons')."""
    doc = token.doc
    for word in doc[token.i + 1 : min(token.i + 3, len(doc))]:
        if word.ent_type_ == "NORP" and not (word.head.i > word.i and word.head.pos_ == "NOUN"):
            return context.kb.country_from_adjective(word.text)
        if word.pos_ != "ADJ":  # "forces spéciales danoises": one adjective between
            return None
    return None


def country_of(context: DocumentContext, token: Token) -> str | None:
    mention = context.mentions.get(token.i)
    if mention is None:
        return None
    if mention.place is not None and mention.place.precision == PlacePrecision.COUNTRY:
        return mention.place.country
    if mention.actor is not None and mention.actor.kind == ActorKind.STATE:
        return mention.actor.country
    return None


def _counted_noun(token: Token) -> Token | None:
    """The noun a count word quantifies: 'thousands of Palestinians' -> Palestinians."""
    # "a group of Moroccan diplomats", "groups of protesters": the group is its members (not
    # "the group of five states", which names a body)
    determiners = [child for child in token.children if child.dep_ == "det"]
    indefinite = any(
        d.lower_ in INDEFINITE_DETERMINERS or "Ind" in d.morph.get("Definite") for d in determiners
    )
    bare_plural = not determiners and "Plur" in token.morph.get("Number")
    partitive = token.lemma_.lower() in COLLECTIVE_NOUNS and (indefinite or bare_plural)
    if not (token.like_num or token.lower_ in COUNT_WORDS or partitive):
        return None
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in GENITIVE_PREPS:
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def _names_operation(un_token: Token) -> bool:
    """'UN' modifying 'peacekeepers' or 'mission', or beside them: 'UN peacekeeper withdrawal'."""
    head = un_token.head
    neighbours = [head, *(c for c in head.children if c.dep_ in {"compound", "amod"})]
    return any(t.lemma_.lower() in PEACE_OPERATION_NOUNS for t in neighbours if t.i != un_token.i)


def _kind_modifiers(token: Token) -> list[str]:
    """The adjective and noun modifiers before a head, lowercased: 'opposition' and 'parties'
    in 'Opposition parties', 'transitional military' in 'a transitional military council'."""
    words = []
    for t in token.lefts:
        if t.dep_ in {"amod", "compound"} and t.ent_type_ in {"", "NORP"}:
            # "civil society groups": a noun modifier's own adjective belongs to the kind
            if t.pos_ == "NOUN":
                words += [w.lower_ for w in t.lefts if w.dep_ == "amod" and not w.ent_type_]
            words.append(t.lower_)
    return words


def _has_modifier(token: Token, words: Container[str]) -> bool:
    """Does one of the head's dependents say one of ``words`` ("government" in "government
    forces")?"""
    return any(child.lower_ in words for child in token.children)


def _nearest_place_country(context: DocumentContext, token: Token) -> str | None:
    """The country of the place named nearest to a noun for civilians: "suicide attacks in the
    Chadian capital killed 23 people" are Chad's, though the sentence names Nigeria first.
    Places the text gives without a name ("the Chadian capital", "Katsina state") count as
    much as named ones."""
    found: list[tuple[int, str]] = []
    for other in token.sent:
        if other.i == token.i or other.pos_ not in {"NOUN", "PROPN"}:
            continue
        place = place_of(context, other)
        if place is not None and place.country:
            found.append((abs(other.i - token.i), place.country))
    if found:
        return min(found)[1]
    return next(iter(sentence_countries(context, token.doc[token.i : token.i + 1])), None)
