"""The document's named entities, each resolved once when the context is built: to an actor of
the knowledge base (or one kept with no id: unknown organisations, people, acronyms the text
defines), a place of the gazetteer, or both; with names several actors share settled by the
report's country and year."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from crisisdesk.events.actor_mentions import country_of
from crisisdesk.events.grammar import word_set
from crisisdesk.events.mention_parts import Mention, unknown_actor
from crisisdesk.model import Actor, ActorKind, Place, Sector

if TYPE_CHECKING:
    from crisisdesk.events.mentions import DocumentContext

ACTOR_LABELS = {"ORG", "PERSON", "NORP", "GPE", "FAC"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# labels the recogniser gives a lone surname: a person's, a place's, an organisation's
SURNAME_LABELS = {"PERSON", "GPE", "ORG"}
# labels the recogniser puts on a lone surname that name no actor or place it could be
MISREAD_NAME_LABELS = {"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"}
# labels a lone surname may get when it is also a people's or a country's name ("Sahrawi")
NAME_LIKE_LABELS = {"PERSON", "NORP", "GPE", "ORG"}
# "Civic Space Watch West Africa": proper nouns with one of these words name an organisation
ORGANISATION_WORDS = word_set("organisation_name_words")
# "Secretary of State", "Chief of Staff": the noun after "of" belongs to the title
TITLE_OF_HEADS = word_set("title_of_heads")
TITLE_OF_TAILS = word_set("title_of_tails")
# "al-Sahrawi" is "Sahrawi" on second mention: an Arabic article before a surname
SURNAME_ARTICLES = word_set("surname_articles")


def resolve_entities(context: DocumentContext) -> list[Span]:
    """Resolve every entity once; returns the place-like ones no place was found for
    without a country hint (for :func:`place_mentions.resolve_ambiguous_places`)."""
    defined: dict[str, Actor] = {}  # acronyms the text defines: "... Liptako (MPL)"
    unresolved: list[Span] = []
    for span in context.doc.ents:
        if span.label_ in ACTOR_LABELS:
            actor = _entity_actor(context, span)
        elif span.label_ in MISREAD_NAME_LABELS:
            # "Doumbouya, a former legionnaire, said": a surname taken for a product
            actor = _person_named_before(context, span)
        else:
            actor = None
        if actor is not None and actor.unresolved:
            if span.text in defined:
                actor = defined[span.text]
            elif (named := _define_acronym(context, span, actor)) is not None:
                defined[span.text] = actor = named
        # PERSON too: the statistical NER takes small Sahel towns for people.
        place = _entity_place(context, span) if span.label_ in PLACE_LABELS | {"PERSON"} else None
        if (
            place is not None
            and span.label_ == "PERSON"
            and (_titled(context, span) or not _african(context, place))
        ):
            # "President Bush", "detained Condé": a person, not a namesake town
            place = None
        if actor is not None and actor.kind == ActorKind.PERSON and _given_names(context, span):
            place = None  # "Governor Aminu Waziri Tambuwal": the man, not the town
        if actor is None and place is None:
            if span.label_ in PLACE_LABELS:
                unresolved.append(span)
            continue
        mention = Mention(span, actor, place)
        for token in span:
            context.mentions[token.i] = mention
        if actor is not None:
            context.history.append((span.start, actor))
    return unresolved


def name_organisations(context: DocumentContext) -> None:
    """'Civic Space Watch West Africa calls on ...': a run of capitalised proper nouns with
    an organisation word (Watch, Network, Committee, ...) is one organisation, known to the
    knowledge base or kept with no id, even where the recogniser split it or took part of
    it for a place or a person. A run that holds a known actor ("ECOWAS Commission") is
    left as the recogniser read it."""
    for token in context.doc:
        words = _proper_name_run(token)
        if len(words) < 2 or not any(w.lower_ in ORGANISATION_WORDS for w in words):
            continue
        span = context.doc[words[0].i : token.i + 1]
        actor = context.kb.lookup(span.text)
        if actor is None:
            if any(_known_actor_at(context, w.i) for w in words):
                continue
            actor = _unknown_organisation(context, span)
        mention = Mention(span, actor, None)
        context.history = [(i, a) for i, a in context.history if not span.start <= i < span.end]
        for word in span:
            context.mentions[word.i] = mention
        context.history.append((span.start, actor))
    context.history.sort(key=lambda pair: pair[0])


def _known_actor_at(context: DocumentContext, index: int) -> bool:
    mention = context.mentions.get(index)
    actor = mention.actor if mention is not None else None
    return actor is not None and not actor.unresolved


def resolve_shared_names(context: DocumentContext) -> None:
    """A name several actors share is the one of the report's country, else the one active
    in its year: 'CNSP' in a 2023 report on Niger is Niger's National Council for the
    Safeguard of the Homeland, not Mali's 2020 committee."""
    for mention in {id(m): m for m in context.mentions.values()}.values():
        actor = mention.actor
        if actor is None or actor.kind == ActorKind.STATE:
            continue
        chosen = context.kb.namesake(mention.span.text, context.focus_country, context.year())
        if chosen is None or chosen.id == actor.id:
            continue
        mention.actor = chosen.model_copy(update={"mention": mention.span.text})
        context.history = [
            (i, mention.actor if i == mention.span.start else a) for i, a in context.history
        ]


def _define_acronym(context: DocumentContext, acronym: Span, actor: Actor) -> Actor | None:
    """'The Movement for Peace in the Liptako (MPL)': the bracketed acronym names the
    phrase before it; both become one actor, and the phrase's head refers to it."""
    doc = acronym.doc
    if not (acronym.start >= 2 and acronym.end < len(doc) and len(acronym) == 1):
        return None
    if doc[acronym.start - 1].text != "(" or doc[acronym.end].text != ")":
        return None
    if not (acronym.text.isupper() and 2 <= len(acronym.text) <= 10):
        return None
    head = doc[acronym.start - 2]
    while head.head.i != head.i and head.dep_ in {"pobj", "prep", "compound", "amod"}:
        head = head.head
    if head.pos_ not in {"NOUN", "PROPN"}:
        return None
    words = [t for t in head.subtree if t.i < acronym.start - 1 and t.dep_ != "det"]
    name = doc[words[0].i : words[-1].i + 1].text if words else acronym.text
    named = unknown_actor(name, ActorKind.ORGANISATION).model_copy(
        update={"aliases": [acronym.text], "mention": acronym.text}
    )
    if head.i not in context.mentions:
        context.mentions[head.i] = Mention(doc[head.i : head.i + 1], named, None)
        context.history.append((head.i, named))
    return named


def _entity_actor(context: DocumentContext, span: Span) -> Actor | None:
    if span.label_ in NAME_LIKE_LABELS and (earlier := _person_named_before(context, span)):
        # "Sahrawi had been killed" after "Adnan Abu Walid al-Sahrawi": the man named in full
        # before, not the people his surname also names
        return earlier
    ent_id = span.ent_id_
    if ent_id and not ent_id.startswith("place:"):
        actor = context.kb.get(ent_id)
        if actor is not None:
            return actor.model_copy(update={"mention": span.text})
    if _title_of_a_named_body(context, span):
        return None  # "the ECOWAS Secretary-General": that body's, not the UN's
    actor = context.kb.lookup(span.text)
    if actor is not None:
        return actor
    if span.label_ == "NORP":
        return _people_of(context, span)
    if not any(word.text[:1].isupper() for word in span):
        return None  # "this barbaric attack" tagged PERSON: a name has a capital
    if _not_a_name(span):
        return None
    # "detained Condé" after "President Alpha Condé": the same man, also where the recogniser
    # takes the lone surname for a place or a body ("Masra resigned") that no gazetteer knows
    surname = span.label_ == "PERSON" or (
        span.label_ in SURNAME_LABELS and context.gazetteer.lookup(span.text) is None
    )
    if surname and (earlier := _person_named_before(context, span)):
        return earlier
    if span.label_ == "ORG":
        return _unknown_organisation(context, span)
    if span.label_ == "PERSON" and (
        context.gazetteer.lookup(span.text) is None or _titled(context, span)
    ):
        person = unknown_actor(span.text, ActorKind.PERSON)
        return person.model_copy(update={"country": _title_country(context, span)})
    given = _given_names(context, span)
    if given:
        # "Governor Aminu Waziri Tambuwal": a title and given names before a word the
        # recogniser took for a place (Tambuwal is also a Sokoto LGA) make a person's name
        name = " ".join(w.text for w in [*given, *span])
        person = unknown_actor(name, ActorKind.PERSON).model_copy(update={"mention": name})
        return person.model_copy(update={"country": _title_country(context, span)})
    return None


def _given_names(context: DocumentContext, span: Span) -> list[Token]:
    """The given names between a title and a one-word place-like entity that ends the name
    ("Governor Aminu Waziri Tambuwal": Aminu Waziri), or none if no title opens the run."""
    if len(span) != 1 or span.label_ not in PLACE_LABELS or not _titled(context, span):
        return []
    given = [
        w
        for w in span.root.lefts
        if w.dep_ == "compound"
        and w.pos_ == "PROPN"
        and not w.ent_type_
        and w.text[:1].isupper()
        and context.kb.sector_for_noun(w.lower_) is None
    ]
    return given if given and given[-1].i == span.start - 1 else []


def _unknown_organisation(context: DocumentContext, span: Span) -> Actor:
    """An organisation the knowledge base lacks, with the country its name or a modifier
    gives ("the Nigerien Association of Journalists", "Niger's Constitutional Court"), so
    that it counts for that country as a sector does."""
    actor = unknown_actor(span.text, ActorKind.ORGANISATION)
    country = next(
        (c for w in span if (c := context.kb.country_from_adjective(w.text))), None
    ) or context.modifier_country(span.root)
    return actor.model_copy(update={"country": country}) if country else actor


def _person_named_before(context: DocumentContext, name: Span) -> Actor | None:
    """The person the text named in full before, whose last name this is: news gives a
    full name once, then the surname ('Alpha Condé' ... 'Condé'), which may also be a
    place's name."""
    if len(name) != 1:
        return None
    for start, actor in reversed(context.history):
        full = actor.name.split() if actor.name else []
        person = start < name.start and actor.kind == ActorKind.PERSON and len(full) > 1
        if person and _bare_surname(full[-1]) == _bare_surname(name.text):
            return actor.model_copy(update={"mention": name.text})
    return None


def _bare_surname(word: str) -> str:
    """A surname without its Arabic article: "al-Sahrawi" and "Sahrawi" are one name."""
    head, dash, rest = word.partition("-")
    return rest if dash and rest and head.lower() in SURNAME_ARTICLES else word


def _titled(context: DocumentContext, name: Span) -> bool:
    """'President Bush', 'General Tiani': a title makes the name a person's, even where a
    place shares it (Bush is also an Egyptian town)."""
    doc = name.doc
    return any(
        token.dep_ == "compound" and context.kb.sector_for_noun(token.lower_) is not None
        for token in doc[name.root.left_edge.i : name.start]
    )


def _title_country(context: DocumentContext, name: Span) -> str | None:
    """The country in a person's title: 'Serbian President Vojislav Kostunica',
    "Jordan's King Abdullah II", 'Pakistan President Zia-ul-Haq'."""
    doc = name.doc
    for token in reversed(doc[name.root.left_edge.i : name.start]):
        country = context.kb.country_from_adjective(token.text) or country_of(context, token)
        if country:
            return country
    return None


def _people_of(context: DocumentContext, span: Span) -> Actor | None:
    """'Palestinians', 'Malians' as a noun: the country's civilians. As an adjective
    ('Malian troops') a demonym is a modifier, resolved with the noun it modifies."""
    if span.root.pos_ not in {"NOUN", "PROPN"} or span.root.tag_ not in {"NNS", "NNPS"}:
        return None
    country = context.kb.country_from_adjective(span.text)
    return context.kb.group_actor(country, Sector.CVL, span.text) if country else None


def _title_of_a_named_body(context: DocumentContext, span: Span) -> bool:
    """A role title the ruler tagged as a person ("Secretary-General" names the UN's in a UN
    statement) with a name before it that says whose post it is ("the ECOWAS
    Secretary-General", "the party's Secretary-General"): not the post the title alone names."""
    if span.ent_id_ or span.label_ != "PERSON" or not context.kb.is_title(span.text):
        return False
    return any(
        child.i < span.start
        and (
            (child.dep_ == "poss" and child.pos_ in {"NOUN", "PROPN"})
            or (child.dep_ == "compound" and child.pos_ == "PROPN")
        )
        for child in span.root.children
    )


def _african(context: DocumentContext, place: Place) -> bool:
    return place.country in context.kb.members("au")


def _entity_place(context: DocumentContext, span: Span) -> Place | None:
    if span.ent_id_ and not span.ent_id_.startswith("place:") and span.label_ != "GPE":
        return None  # a named actor, not a place
    if _function_word(span):
        return None
    if _country_before_modifier(context, span):
        span = span[:-1]  # "Niger state television": Niger's broadcaster, not Niger State
    return context.gazetteer.lookup(span.text, context.focus_country)


def _country_before_modifier(context: DocumentContext, span: Span) -> bool:
    """A country's name and a lower-case word that, read with it, names a division of another
    country ("Niger state", Nigeria's Niger State) but here modifies the noun after it ("Niger
    state television", "Niger state media"): the country. "Kagara, Niger state, on Monday" and
    "Niger State" stay the division."""
    if len(span) < 2 or not span[-1].is_lower or span.end >= len(span.doc):
        return False
    if span.doc[span.end].pos_ not in {"NOUN", "PROPN"}:
        return False
    return context.kb.country_code(span[:-1].text) is not None


# the ruler's ids for GeoNames towns (curated places have their own ids)
GEONAMES_PLACE = "place:gn-"


def _function_word(span: Span) -> bool:
    """'More than 4,000 refugees': a lone word of the language's stop list that the
    recogniser or a GeoNames name tagged, and the parser reads as no proper noun, names no
    place (GeoNames lists 'More' for Cameroon's Mora). Curated names stay ('Say')."""
    token = span[0]
    statistical = not span.ent_id_ or span.ent_id_.startswith(GEONAMES_PLACE)
    return len(span) == 1 and statistical and token.is_stop and token.pos_ != "PROPN"


def _not_a_name(span: Span) -> bool:
    """Entity spans the recogniser cut wrongly, which name no one by themselves: one ending in
    a function word ("the Government of the" in "the Government of the Republic of Mali"),
    the end of a title ("State" in "Deputy Secretary of State"), or a label opening a line
    ("Background (Digest):")."""
    doc = span.doc
    if span[-1].pos_ in {"ADP", "DET", "CCONJ"}:
        return True
    if (
        len(span) == 1
        and span.start >= 2
        and span.text.lower() in TITLE_OF_TAILS
        and doc[span.start - 1].lower_ == "of"
        and doc[span.start - 2].lower_ in TITLE_OF_HEADS
    ):
        return True
    return _line_label(span)


def _line_label(span: Span) -> bool:
    """'Background (Digest): ...', 'REACTION: ...': a word opening its line followed by a
    colon (perhaps after a bracket) labels what follows."""
    doc = span.doc
    # tokens, not doc.text: spaCy rebuilds that string from every token per call
    if span.start > 0:
        previous = doc[span.start - 1]
        if "\n" not in previous.whitespace_ and not (previous.is_space and "\n" in previous.text):
            return False
    rest = span[-1].whitespace_ + doc[span.end : span.end + 12].text
    return bool(re.match(r"\s*(?:\([^()\n]*\))?\s*:", rest))


def _proper_name_run(head: Token) -> list[Token]:
    """The capitalised proper nouns written together up to a proper-noun head, each modifying
    one after it: 'Civic Space Watch West Africa' for 'Africa'; nothing for a word that
    modifies a later one."""
    if not _capitalised_proper(head) or (head.dep_ == "compound" and head.head.i > head.i):
        return []
    words = [head]
    # not at its sentence's start (Token.sent would build the sentence at each step)
    while words[0].i > 0 and not words[0].is_sent_start:
        before = head.doc[words[0].i - 1]
        if before.dep_ != "compound" or not _capitalised_proper(before):
            break
        if not words[0].i <= before.head.i <= head.i:
            break
        words.insert(0, before)
    return words


def _capitalised_proper(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper()
