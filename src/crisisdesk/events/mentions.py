"""Who and where a document talks about: entity mentions resolved to actors and places.

One :class:`DocumentContext` is built per parsed document. It resolves every named entity once
(actor knowledge base, gazetteer), finds the document's focus country (the prior for generic
actors and for places), and answers the coder's question "which actor does this noun phrase
name?" — including generic actors ("Malian troops"), pronouns and definite descriptions ("the
mission", "the junta") resolved to the most recent fitting actor.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from crisisdesk.actors.kb import ActorKB
from crisisdesk.events.arguments import coordinated
from crisisdesk.events.grammar import word_map, word_set
from crisisdesk.extraction.blocks import dateline_end
from crisisdesk.model import Actor, ActorKind, Article, Place, PlacePrecision, Sector
from crisisdesk.places.gazetteer import Gazetteer

ACTOR_LABELS = {"ORG", "PERSON", "NORP", "GPE", "FAC"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
PRONOUNS = word_set("personal_pronouns")
PERSON_PRONOUNS = word_set("person_pronouns")
THING_PRONOUNS = word_set("thing_pronouns")
PLURAL_PRONOUNS = {"they", "them", "their", "themselves"}
PLURAL = {"NNS", "NNPS"}
# A dateline opens the lead: the first paragraph, or the second after a headline.
LEAD_PARAGRAPHS = 2
# Definite descriptions that point back to an actor already named, by what kind it is.
ANAPHORS = word_map("anaphoric_nouns")
# Nouns for settlements and areas: "the town of Kidal", "the village of Solhan".
PLACE_NOUNS = word_set("place_nouns")
# "the town", "the village" with no name: the last town the text named.
SETTLEMENT_NOUNS = word_set("settlement_nouns")
CAPITAL_NOUNS = word_set("capital_nouns")
DIVISION_NOUNS = word_set("division_nouns")
LOCATIVE_PREPS = word_set("locative_prepositions")
# Nouns for the armed members of a group: "its fighters" act for the group.
FORCE_NOUNS = word_set("force_nouns")
# Titles that act for the body they head: "leaders of ECOWAS", "the UN Secretary-General".
TITLE_NOUNS = word_set("title_nouns")
MEANS_NOUNS = word_set("means_nouns")
STATE_OF_NOUNS = word_set("state_of_nouns")
# Nouns that, modified by "UN", name the UN's operation in the country: "the UN mission".
PEACE_OPERATION_NOUNS = word_set("peace_operation_nouns")
# "the town of Kidal", "thousands of Palestinians"; "fighters of/from the Wagner group".
GENITIVE_PREPS = word_set("genitive_prepositions")
OWNER_PREPS = word_set("owner_prepositions")
DEFINITE_DETERMINERS = word_set("definite_determiners")
OBJECT_DEPS = {"dobj", "dative", "obj"}
# "Civic Space Watch West Africa": proper nouns with one of these words name an organisation
ORGANISATION_WORDS = word_set("organisation_name_words")
# "We call on ...", outside quotation marks: the document's author
AUTHOR_PRONOUNS = word_set("author_pronouns")
# "Secretary of State", "Chief of Staff": the noun after "of" belongs to the title
TITLE_OF_HEADS = word_set("title_of_heads")
TITLE_OF_TAILS = word_set("title_of_tails")
OPENING_QUOTES = {'"', "“", "«"}
CLOSING_QUOTES = {'"', "”", "»"}
STATE_SECTORS = {Sector.GOV, Sector.MIL, Sector.COP, Sector.JUD, Sector.LEG, Sector.STATE}


@dataclass
class Mention:
    """A named entity of the document, resolved once."""

    span: Span
    actor: Actor | None
    place: Place | None


@dataclass
class DocumentContext:
    doc: Doc
    article: Article
    kb: ActorKB
    gazetteer: Gazetteer
    mentions: dict[int, Mention] = field(default_factory=dict)  # by token index
    focus_country: str | None = None
    # Actors in order of mention, for pronouns and definite descriptions.
    history: list[tuple[int, Actor]] = field(default_factory=list)
    # Coordinated actors ("Mali, Burkina Faso and Niger"), for "they" and "the three countries".
    groups: list[tuple[int, list[Actor]]] = field(default_factory=list)
    # Generic actors ("the army", "the junta") in order of mention, for pronouns only.
    generics: list[tuple[int, Actor]] = field(default_factory=list)
    # Generic actors by head noun, for "the ambassador" after "the French ambassador".
    by_head: dict[str, Actor] = field(default_factory=dict)
    # The publication date is an estimate (an undated report dated by its story).
    estimated_reference: bool = False
    # The mentions, each once, in text order (for places referred back to).
    ordered: list[Mention] = field(default_factory=list)
    # Character ranges of wire datelines (found on first use).
    datelines: list[tuple[int, int]] | None = None

    @classmethod
    def build(cls, doc: Doc, article: Article, kb: ActorKB, gazetteer: Gazetteer):
        context = cls(doc, article, kb, gazetteer)
        ambiguous = context._resolve_entities()
        context._name_organisations()
        context.focus_country = context._find_focus_country()
        context._resolve_shared_names()
        context._resolve_ambiguous_places(ambiguous)
        unique = {id(m): m for m in context.mentions.values()}
        context.ordered = sorted(unique.values(), key=lambda m: m.span.start)
        context._find_groups()
        context._find_generics()
        return context

    def _find_generics(self) -> None:
        """Generic actors the text names ("the army said that it ..."): antecedents for
        pronouns. Kept apart from ``history`` so "the group" still finds a named group."""
        heads = dict(self.by_head)  # resolving here must not change what the coder later gets
        for token in self.doc:
            if token.pos_ != "NOUN" or token.i in self.mentions or token.dep_ == "compound":
                continue
            if any(child.dep_ == "poss" and child.pos_ == "PRON" for child in token.children):
                continue  # "its fighters": resolved through the owner, when asked
            lemma = token.lemma_.lower()
            # "ECOWAS leaders", "members of the presidential guard": forces and titles act for
            # their owner, and are "they" later
            owned = lemma in FORCE_NOUNS | TITLE_NOUNS
            if self.kb.sector_for_noun(lemma) is None and lemma not in ANAPHORS and not owned:
                continue
            actor = self.actor_of(token)
            if actor is not None:
                self.generics.append((token.i, actor))
        self.by_head = heads

    def _find_groups(self) -> None:
        for token in self.doc:
            if token.dep_ in {"conj", "appos"} or token.i not in self.mentions:
                continue  # only the head of a coordination: "Mali, Burkina Faso and Niger"
            members = [
                m.actor for t in coordinated(token) if (m := self.mentions.get(t.i)) and m.actor
            ]
            unique = list({actor.id: actor for actor in members}.values())
            if len(unique) >= 2:
                self.groups.append((token.i, unique))

    def actors_of(self, token: Token) -> list[Actor]:
        """The actors a noun phrase names: one, or a group for 'they', 'the three countries'.
        A dateline ("LOME, July 20 (Wire) - Gunmen killed ...") names none: it says where the
        reporter files from, even where the parser makes it the lead's subject."""
        if self._in_dateline(token):
            return []
        counted = _counted_noun(token)
        if counted is not None:  # "thousands of Palestinians", "dozens of soldiers"
            return self.actors_of(counted)
        if token.lower_ in PLURAL_PRONOUNS:
            found = self._plural_antecedent(token)
            return [a.model_copy(update={"mention": token.text}) for a in found]
        if _refers_to_group(token):
            members = self._group_before(token)
            if members:
                return [a.model_copy(update={"mention": token.text}) for a in members]
        actor = self.actor_of(token) or self._appositive_actor(token)
        return [actor] if actor is not None else []

    def _appositive_actor(self, token: Token) -> Actor | None:
        """'The UN rights chief, Volker Türk, called ...': a title the knowledge base does not
        know is the person or body named in apposition."""
        for child in token.children:
            if child.dep_ == "appos" and child.pos_ in {"PROPN", "NOUN"}:
                actor = self.actor_of(child)
                if actor is not None:
                    return actor
        return None

    def _in_dateline(self, token: Token) -> bool:
        return self.in_dateline(token.idx)

    def in_dateline(self, offset: int) -> bool:
        """Whether a body offset falls in a wire dateline ("LOMÉ, 14 June 2022 (Wire) - ")."""
        if self.datelines is None:
            self.datelines = self._find_datelines()
        return any(start <= offset < end for start, end in self.datelines)

    def _find_datelines(self) -> list[tuple[int, int]]:
        """Datelines the extractor marked, or, in a body given as it is, one opening one of
        the first paragraphs (after a headline)."""
        marked = [(h.start, h.end) for h in self.article.headings if h.role == "dateline"]
        if marked or self.article.headings:
            return marked
        offset = 0
        for paragraph in self.article.body.split("\n\n")[:LEAD_PARAGRAPHS]:
            end = dateline_end(paragraph)
            if end is not None:
                return [(offset, offset + end)]
            offset += len(paragraph) + 2
        return []

    def _group_before(self, token: Token) -> list[Actor]:
        """The latest list of actors before a plural back-reference; 'the three countries'
        takes the latest list of three, when the text has one."""
        earlier = [members for start, members in self.groups if start < token.i]
        size = _group_size(token)
        sized = [members for members in earlier if len(members) == size]
        return (sized or earlier or [[]])[-1]

    # -- entities ---------------------------------------------------------------------------

    def _resolve_entities(self) -> list[Span]:
        """Resolve every entity once; returns the place-like ones no place was found for
        without a country hint (for :meth:`_resolve_ambiguous_places`)."""
        defined: dict[str, Actor] = {}  # acronyms the text defines: "... Liptako (MPL)"
        unresolved: list[Span] = []
        for span in self.doc.ents:
            actor = self._entity_actor(span) if span.label_ in ACTOR_LABELS else None
            if actor is not None and actor.id.startswith("unresolved:"):
                if span.text in defined:
                    actor = defined[span.text]
                elif (named := self._define_acronym(span, actor)) is not None:
                    defined[span.text] = actor = named
            # PERSON too: the statistical NER takes small Sahel towns for people.
            place = self._entity_place(span) if span.label_ in PLACE_LABELS | {"PERSON"} else None
            if (
                place is not None
                and span.label_ == "PERSON"
                and (self._titled(span) or not self._african(place))
            ):
                # "President Bush", "detained Condé": a person, not a namesake town
                place = None
            if actor is None and place is None:
                if span.label_ in PLACE_LABELS:
                    unresolved.append(span)
                continue
            mention = Mention(span, actor, place)
            for token in span:
                self.mentions[token.i] = mention
            if actor is not None:
                self.history.append((span.start, actor))
        return unresolved

    def _name_organisations(self) -> None:
        """'Civic Space Watch West Africa calls on ...': a run of capitalised proper nouns with
        an organisation word (Watch, Network, Committee, ...) is one organisation, known to the
        knowledge base or kept with no id, even where the recogniser split it or took part of
        it for a place or a person. A run that holds a known actor ("ECOWAS Commission") is
        left as the recogniser read it."""
        for token in self.doc:
            words = _proper_name_run(token)
            if len(words) < 2 or not any(w.lower_ in ORGANISATION_WORDS for w in words):
                continue
            span = self.doc[words[0].i : token.i + 1]
            actor = self.kb.lookup(span.text)
            if actor is None:
                if any(self._known_actor_at(w.i) for w in words):
                    continue
                actor = self._unknown_organisation(span)
            mention = Mention(span, actor, None)
            self.history = [(i, a) for i, a in self.history if not span.start <= i < span.end]
            for word in span:
                self.mentions[word.i] = mention
            self.history.append((span.start, actor))
        self.history.sort(key=lambda pair: pair[0])

    def _known_actor_at(self, index: int) -> bool:
        mention = self.mentions.get(index)
        actor = mention.actor if mention is not None else None
        return actor is not None and not actor.id.startswith("unresolved:")

    def _resolve_shared_names(self) -> None:
        """A name several actors share is the one of the report's country, else the one active
        in its year: 'CNSP' in a 2023 report on Niger is Niger's National Council for the
        Safeguard of the Homeland, not Mali's 2020 committee."""
        for mention in {id(m): m for m in self.mentions.values()}.values():
            actor = mention.actor
            if actor is None or actor.kind == ActorKind.STATE:
                continue
            chosen = self.kb.namesake(mention.span.text, self.focus_country, self._year())
            if chosen is None or chosen.id == actor.id:
                continue
            mention.actor = chosen.model_copy(update={"mention": mention.span.text})
            self.history = [
                (i, mention.actor if i == mention.span.start else a) for i, a in self.history
            ]

    def _resolve_ambiguous_places(self, spans: list[Span]) -> None:
        """Names several countries share ("Savanes region": Togo's and Côte d'Ivoire's) are the
        one in a country the sentence names, nearest first ("Togo's Savanes region", "the
        Savanes region of northern Togo"), else in the document's focus country."""
        for mention in list(self.mentions.values()):
            owner = self._owner_country(mention.span)
            if mention.place is not None and owner and mention.place.country != owner:
                # "Burkina Faso's Sahel region": the division of the owner country
                mention.place = self.gazetteer.division_in(mention.span.text, owner) or (
                    mention.place
                )
        for mention in {id(m): m for m in self.mentions.values()}.values():
            self._rehint_town(mention)
        for span in spans:
            described = self._described_country(span)
            hints = [described, *self._sentence_countries(span), self.focus_country]
            for hint in dict.fromkeys(h for h in hints if h):
                place = self.gazetteer.lookup(span.text, hint)
                if place is not None and place.country == hint:
                    mention = Mention(span, None, place)
                    for token in span:
                        self.mentions[token.i] = mention
                    break

    def _rehint_town(self, mention: Mention) -> None:
        """A town resolved before the focus country was known, to a GeoNames namesake in a
        country neither its sentence nor the document names, is the namesake in the country
        they name, if there is one (a Malian town in a report about Mali, not its larger
        namesake in Congo). An area several countries share is the part of the country its
        sentence names ("Lake Chad, in Chad"), never the report's country by default: "the
        Sahel" is not Mali's alone."""
        place = mention.place
        if mention.actor is not None or place is None:
            return
        sentence = list(dict.fromkeys(self._sentence_countries(mention.span)))
        hints = list(dict.fromkeys(h for h in [*sentence, self.focus_country] if h))
        if place.country in hints:
            return
        found = None
        if place.precision == PlacePrecision.REGION and place.country is None:
            for hint in sentence:
                region = self.gazetteer.region(mention.span.text, hint)
                if region is not None and region.country == hint:
                    found = region
                    break
        elif place.precision == PlacePrecision.TOWN:
            for hint in hints:
                found = self.gazetteer.namesake_in(mention.span.text, hint)
                if found is not None:
                    break
        if found is not None:
            mention.place = found

    def _described_country(self, span: Span) -> str | None:
        """The country an adjective gives the place noun a name hangs on: "the French town of
        Pau", "the Nigerian city Maiduguri"."""
        root = span.root
        nouns = [root]
        if root.dep_ == "pobj" and root.head.lower_ in GENITIVE_PREPS:
            nouns.append(root.head.head)  # "the French town of Pau"
        elif root.dep_ == "appos":
            nouns.append(root.head)  # "the French town, Pau"
        for noun in nouns:
            for child in noun.children:
                if child.dep_ == "amod":
                    country = self.kb.country_from_adjective(child.text)
                    if country:
                        return country
        return None

    def _owner_country(self, span: Span) -> str | None:
        """The country a place name is given as part of: "Togo's Savanes region"."""
        for child in span.root.children:
            owner = self.mentions.get(child.i)
            place = owner.place if owner is not None and child.dep_ == "poss" else None
            if place is not None and place.precision == PlacePrecision.COUNTRY:
                return place.country
        return None

    def _sentence_countries(self, span: Span) -> list[str]:
        """The countries the span's sentence names, nearest to the span first."""
        sentence = span.sent
        found = []
        for token in sentence:
            mention = self.mentions.get(token.i)
            if mention is None or mention.place is None or not mention.place.country:
                continue
            if span.start <= token.i < span.end:
                continue  # the span's own place is not a hint for it
            distance = min(abs(token.i - span.start), abs(token.i - span.end))
            found.append((distance, mention.place.country))
        return [country for _, country in sorted(found)]

    def _define_acronym(self, acronym: Span, actor: Actor) -> Actor | None:
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
        if head.i not in self.mentions:
            self.mentions[head.i] = Mention(doc[head.i : head.i + 1], named, None)
            self.history.append((head.i, named))
        return named

    def _entity_actor(self, span: Span) -> Actor | None:
        ent_id = span.ent_id_
        if ent_id and not ent_id.startswith("place:"):
            actor = self.kb.get(ent_id)
            if actor is not None:
                return actor.model_copy(update={"mention": span.text})
        actor = self.kb.lookup(span.text)
        if actor is not None:
            return actor
        if span.label_ == "NORP":
            return self._people_of(span)
        if not any(word.text[:1].isupper() for word in span):
            return None  # "this barbaric attack" tagged PERSON: a name has a capital
        if _not_a_name(span):
            return None
        if span.label_ == "ORG":
            return self._unknown_organisation(span)
        if span.label_ == "PERSON" and (earlier := self._person_named_before(span)):
            return earlier  # "detained Condé" after "President Alpha Condé": the same man
        if span.label_ == "PERSON" and (
            self.gazetteer.lookup(span.text) is None or self._titled(span)
        ):
            person = unknown_actor(span.text, ActorKind.PERSON)
            return person.model_copy(update={"country": self._title_country(span)})
        return None

    def _unknown_organisation(self, span: Span) -> Actor:
        """An organisation the knowledge base lacks, with the country its name or a modifier
        gives ("the Nigerien Association of Journalists", "Niger's Constitutional Court"), so
        that it counts for that country as a sector does."""
        actor = unknown_actor(span.text, ActorKind.ORGANISATION)
        country = next(
            (c for w in span if (c := self.kb.country_from_adjective(w.text))), None
        ) or self.modifier_country(span.root)
        return actor.model_copy(update={"country": country}) if country else actor

    def _person_named_before(self, name: Span) -> Actor | None:
        """The person the text named in full before, whose last name this is: news gives a
        full name once, then the surname ('Alpha Condé' ... 'Condé'), which may also be a
        place's name."""
        if len(name) != 1:
            return None
        for start, actor in reversed(self.history):
            full = actor.name.split() if actor.name else []
            person = start < name.start and actor.kind == ActorKind.PERSON and len(full) > 1
            if person and full[-1] == name.text:
                return actor.model_copy(update={"mention": name.text})
        return None

    def _titled(self, name: Span) -> bool:
        """'President Bush', 'General Tiani': a title makes the name a person's, even where a
        place shares it (Bush is also an Egyptian town)."""
        doc = name.doc
        return any(
            token.dep_ == "compound" and self.kb.sector_for_noun(token.lower_) is not None
            for token in doc[name.root.left_edge.i : name.start]
        )

    def _title_country(self, name: Span) -> str | None:
        """The country in a person's title: 'Serbian President Vojislav Kostunica',
        "Jordan's King Abdullah II", 'Pakistan President Zia-ul-Haq'."""
        doc = name.doc
        for token in reversed(doc[name.root.left_edge.i : name.start]):
            country = self.kb.country_from_adjective(token.text) or self._country_of(token)
            if country:
                return country
        return None

    def _people_of(self, span: Span) -> Actor | None:
        """'Palestinians', 'Malians' as a noun: the country's civilians. As an adjective
        ('Malian troops') a demonym is a modifier, resolved with the noun it modifies."""
        if span.root.pos_ not in {"NOUN", "PROPN"} or span.root.tag_ not in {"NNS", "NNPS"}:
            return None
        country = self.kb.country_from_adjective(span.text)
        return self.kb.group_actor(country, Sector.CVL, span.text) if country else None

    def _african(self, place: Place) -> bool:
        return place.country in self.kb.members("au")

    def _entity_place(self, span: Span) -> Place | None:
        if span.ent_id_ and not span.ent_id_.startswith("place:") and span.label_ != "GPE":
            return None  # a named actor, not a place
        return self.gazetteer.lookup(span.text, self.focus_country)

    def _find_focus_country(self) -> str | None:
        """The country the document is about: the most mentioned, headline and lead weighted.
        A dateline ("DOHA, 9 August") names where the reporter files from, not the subject."""
        votes: Counter[str] = Counter()
        lead_end = len(self.article.body) // 5
        if self.datelines is None:
            self.datelines = self._find_datelines()
        datelines = self.datelines
        seen: set[int] = set()
        for mention in self.mentions.values():
            country = self._country_told(mention)
            if id(mention) in seen or not country:
                continue
            if any(start <= mention.span.start_char < end for start, end in datelines):
                continue
            seen.add(id(mention))
            weight = 2 if mention.span.start_char < lead_end else 1
            votes[country] += weight
        return votes.most_common(1)[0][0] if votes else None

    def _country_told(self, mention: Mention) -> str | None:
        """The country a mention puts the report in: a place's, or the host of a mission
        named for it ("the UN mission in Mali", "Minusma" is a report about Mali)."""
        if mention.place is not None:
            return mention.place.country
        if mention.actor is not None and not mention.actor.id.startswith("unresolved:"):
            return self.kb.info(mention.actor.id).get("host_country")
        return None

    # -- queries ----------------------------------------------------------------------------

    def mention_at(self, token: Token) -> Mention | None:
        return self.mentions.get(token.i)

    def place_of(self, token: Token) -> Place | None:
        """The place a token names: 'Kidal', or 'the town of Kidal' through its 'of'. A
        dateline names none: it says where the reporter files from."""
        if self._in_dateline(token):
            return None
        mention = self.mentions.get(token.i)
        if mention and mention.place:
            return mention.place
        if token.lemma_.lower() in PLACE_NOUNS:
            for named in (self.mentions.get(c.i) for c in token.children if c.dep_ == "appos"):
                if named and named.place and named.place.precision != PlacePrecision.COUNTRY:
                    return named.place  # "in the capital, Ouagadougou": named in apposition
        if (division := self._typed_division(token)) is not None:
            return division  # "in Katsina state": the state, not its capital city
        if (capital := self._unnamed_capital(token)) is not None:
            return capital  # "the capital of Chad" is N'Djamena, not all of Chad
        if token.lemma_.lower() in PLACE_NOUNS:
            # "le camp voisin de Mondoro": the "of" may hang on the noun's adjective
            near = [c for c in token.children if c.dep_ == "amod" and c.i == token.i + 1]
            for prep in [*token.children, *(p for a in near for p in a.children)]:
                if prep.dep_ == "prep" and prep.lower_ in GENITIVE_PREPS:
                    for obj in prep.children:
                        named = self.mentions.get(obj.i)
                        if obj.dep_ == "pobj" and named and named.place:
                            return named.place
                        settlement = token.lemma_.lower() in SETTLEMENT_NOUNS
                        if settlement and obj.dep_ == "pobj" and obj.pos_ == "PROPN":
                            town = self._named_town(obj, named)
                            if town is not None:
                                return town
        return self._settlement_antecedent(token)

    def _named_town(self, name: Token, mention: Mention | None) -> Place | None:
        """'the south-western French town of Pau': a name the tagger took for something else
        is a town when a settlement noun says so; looked up in the country the noun's
        adjective gives, else the report's."""
        text = mention.span.text if mention is not None else name.text
        span = mention.span if mention is not None else name.doc[name.i : name.i + 1]
        hint = self._described_country(span) or self.focus_country
        place = self.gazetteer.lookup(text, hint)
        if place is None or place.precision != PlacePrecision.TOWN:
            return None
        return place

    def _typed_division(self, token: Token) -> Place | None:
        """'Katsina state', 'Soum province': a division named by its type word after a name
        that alone may be a town (the state capital Katsina)."""
        if token.lemma_.lower() not in DIVISION_NOUNS:
            return None
        for child in token.children:
            named = self.mentions.get(child.i) if child.dep_ == "compound" else None
            if named is None or named.place is None or not named.place.country:
                continue
            text = f"{named.span.text} {token.text}"
            return self.gazetteer.division_in(text, named.place.country)
        return None

    def _unnamed_capital(self, token: Token) -> Place | None:
        """'in the capital' with no name: the capital of the country the report is about, or
        of the country its modifier names ("the Malian capital", "Niger's capital", "the
        capital of Chad")."""
        if token.lemma_.lower() not in CAPITAL_NOUNS:
            return None
        if any(c.dep_ == "appos" for c in token.children):
            return None  # "the capital, Ouagadougou": named there
        country = self.modifier_country(token)
        if country is None:
            if not _is_definite(token) or any(
                c.dep_ in {"compound", "prep", "poss", "amod"} for c in token.children
            ):
                return None  # "the regional capital", "the capital of the region"
            country = self.focus_country
        name = self.kb.capital(country) if country else None
        place = self.gazetteer.lookup(name, country) if name else None
        if place is None or place.precision != PlacePrecision.TOWN:
            return None
        return place if place.country == country else None

    def _settlement_antecedent(self, token: Token) -> Place | None:
        """'the town', 'around the village': the last town named before it. News names the
        scene once and then calls it 'the town'."""
        if not _is_definite(token) or token.lemma_.lower() not in SETTLEMENT_NOUNS:
            return None
        if any(c.dep_ in {"compound", "appos"} for c in token.children) or any(
            self.mentions.get(g.i) for c in token.children if c.dep_ == "prep" for g in c.children
        ):
            return None  # "the Kidal town", "the town of Kidal", "the town, Kidal": named there
        for mention in reversed(self.ordered):
            place = mention.place
            if mention.span.end > token.i:
                continue
            if place is not None and place.precision == PlacePrecision.TOWN:
                return place
        return None

    def place_there(self, token: Token) -> Place | None:
        """'the coup there': 'there' stands for the last place named in the sentence or the one
        before it (a country too: 'sanctions on Niger after the coup there')."""
        if token.lower_ != "there" or token.dep_ != "advmod":
            return None
        earliest = token.doc[token.sent.start - 1].sent.start if token.sent.start else 0
        for mention in reversed(self.ordered):
            if mention.span.start < earliest:
                return None
            if mention.span.end <= token.i and mention.place is not None:
                return mention.place
        return None

    def describes_government(self, token: Token) -> bool:
        """'the junta in Bamako', 'the government in Niamey': a place in a phrase naming a
        government says which government, not where the event happened."""
        prep = token.head
        if token.dep_ != "pobj" or prep.dep_ != "prep":
            return False
        owner = prep.head
        if owner.pos_ not in {"NOUN", "PROPN"}:
            return False
        named = self.mentions.get(token.i)
        if named is None or named.place is None:
            return False
        mention = self.mentions.get(owner.i)
        if mention is not None and mention.actor is not None:
            sector, country = mention.actor.sector, mention.actor.country
        else:
            sector = self.kb.sector_for_noun(owner.lemma_.lower())
            country = self.modifier_country(owner) or self.focus_country
        # "the French embassy in Ouagadougou" is not the seat of the French government
        return sector in {Sector.GOV, Sector.STATE} and country == named.place.country

    def named_scenes(self) -> list[tuple[int, Place]]:
        """(character offset, place) of the towns and admin1 divisions the text names as where
        something is ("In Niamey, ...", "near Gao"), in text order: the prior for scene events
        of the same paragraph that name no place of their own."""
        scenes = []
        local = {PlacePrecision.TOWN, PlacePrecision.ADMIN1, PlacePrecision.ADMIN2}
        for mention in self.ordered:
            place, root = mention.place, mention.span.root
            if place is None or place.precision not in local:
                continue
            locative = root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS
            if (locative and not self.describes_government(root)) or _item_label(root):
                scenes.append((mention.span.start_char, place))
        return scenes

    def section_places(self) -> list[tuple[int, Place | None]]:
        """(character offset, place) of the section headings, in text order: a digest's
        "SAHEL REGION", "Mali" or "Tillabéri region" places the items under it that name no
        place of their own, until the next heading (which may name none: "NATIONAL")."""
        sections = []
        for heading in self.article.headings:
            if heading.role != "heading":
                continue
            text = heading.text.strip().strip(":").strip()
            place = None
            if self.focus_country:
                place = self.gazetteer.division_in(text, self.focus_country)
            place = place or self.gazetteer.lookup(text, self.focus_country)
            sections.append((heading.start, place))
        return sections

    def names_a_city(self, token: Token) -> bool:
        """A town or region named by the token, even one that also stands for a government
        ("Niamey" in "left Niamey")."""
        mention = self.mentions.get(token.i)
        return (
            mention is not None
            and mention.place is not None
            and mention.place.precision != PlacePrecision.COUNTRY
        )

    def is_place(self, token: Token) -> bool:
        return self.place_of(token) is not None

    def is_actor(self, token: Token) -> bool:
        return self.actor_of(token) is not None

    def is_organisation(self, token: Token) -> bool:
        """An organisation or armed group (not a state): what one can quit or join."""
        actor = self.actor_of(token)
        return actor is not None and actor.kind in {ActorKind.ORGANISATION, ActorKind.ARMED_GROUP}

    def lead_place(self) -> Place | None:
        """The first town or admin1 named in the first paragraphs: the story's scene."""
        lead_end = len(self.article.body) // 3
        headings = [(h.start, h.end) for h in self.article.headings]
        for mention in sorted(self.mentions.values(), key=lambda m: m.span.start):
            place = mention.place
            if mention.span.start_char > lead_end:
                break
            if any(start <= mention.span.start_char < end for start, end in headings):
                continue  # a dateline names where the reporter is, not the scene
            local = place is not None and place.precision != PlacePrecision.COUNTRY
            # a capital stands for its government as a speaker or doer ("Bamako said") or
            # where it says which government ("the junta in Bamako"); "in the capital,
            # Conakry" names the scene
            root = mention.span.root
            as_place = mention.actor is None or (
                root.dep_ in {"pobj", "appos"} and not self.describes_government(root)
            )
            if local and as_place and place.country == self.focus_country:
                return place
        return None

    def actor_of(self, token: Token) -> Actor | None:
        """The actor a noun-phrase head names, if any (entity, generic, or back-reference)."""
        mention = self.mentions.get(token.i)
        if mention is not None:
            if mention.actor is not None and mention.actor.id == "un" and _names_operation(token):
                return self._un_operation_here(token) or mention.actor
            if mention.actor is not None:
                return mention.actor
            if mention.place is not None and mention.place.precision == PlacePrecision.COUNTRY:
                return self.kb.get(mention.place.country or "")
            return None
        operation = self._un_operation(token)
        if operation is not None:
            return operation
        person = self._name_cut_short(token)
        if person is not None:
            return person
        lower = token.lower_
        if lower in AUTHOR_PRONOUNS:
            return self._author(token)
        if lower in PRONOUNS | PERSON_PRONOUNS | PLURAL_PRONOUNS:
            return self._pronoun_antecedent(token)
        if token.pos_ == "PRON":
            return None  # "condemned what he called ...": not a back-reference to an actor
        owner = self._owner_of_forces(token)
        if owner is not None:
            return owner
        lemma = token.lemma_.lower()
        if lemma in {"country", "nation"} and _is_definite(token) and self.focus_country:
            return self.kb.get(self.focus_country)  # "closed its borders with the country"
        if lemma in ANAPHORS and _is_definite(token):
            antecedent = self._antecedent(token, ANAPHORS[lemma])
            if antecedent is not None or not _kind_modifiers(token):
                return antecedent
            # "the air force": a modifier says what kind it is, not a back-reference
        return self._generic_actor(token)

    def _author(self, token: Token) -> Actor | None:
        """'We also urge them to ...' outside quotation marks: the organisation that wrote the
        document (an NGO alert, a communiqué), named as its outlet. Inside a quotation, "we"
        is the speaker's side, which the outlet does not tell."""
        outlet = self.article.outlet
        if not outlet or self._quoted(token):
            return None
        actor = self.kb.lookup(outlet) or unknown_actor(outlet, ActorKind.ORGANISATION)
        return actor.model_copy(update={"mention": token.text})

    def _quoted(self, token: Token) -> bool:
        """Whether a quotation opened earlier in the token's paragraph is still open."""
        body = self.article.body
        start = body.rfind("\n\n", 0, token.idx) + 1
        before = body[start : token.idx]
        straight = before.count('"')
        curly = sum(before.count(q) for q in OPENING_QUOTES - {'"'}) - sum(
            before.count(q) for q in CLOSING_QUOTES - {'"'}
        )
        return straight % 2 == 1 or curly > 0

    def _name_cut_short(self, token: Token) -> Actor | None:
        """'President Amadou Toumani Touré' where the recogniser took only 'Amadou Toumani':
        the name's last word, outside the entity, still names the person."""
        if token.pos_ != "PROPN":
            return None
        for child in token.children:
            mention = self.mentions.get(child.i) if child.dep_ == "compound" else None
            actor = mention.actor if mention is not None else None
            if actor is not None and actor.kind == ActorKind.PERSON:
                parts = [w for w in token.lefts if w.dep_ == "compound" and w.ent_type_]
                name = " ".join(w.text for w in [*parts, token])
                if actor.id.startswith("unresolved:"):
                    actor = unknown_actor(name, ActorKind.PERSON).model_copy(
                        update={"country": actor.country}
                    )
                return actor.model_copy(update={"mention": name})
        return None

    def _owner_of_forces(self, token: Token) -> Actor | None:
        """'its fighters', 'JNIM's fighters', 'Boko Haram fighters': forces named by their
        owner act for the owner."""
        sector = self.kb.sector_for_noun(token.lemma_)
        lemma = token.lemma_.lower()
        if lemma not in FORCE_NOUNS and lemma not in TITLE_NOUNS and sector is None:
            return None
        if sector in CIVIL_SECTORS:
            return None  # "supporters of the junta" are not the junta's forces
        owners = [c for c in token.children if c.dep_ == "poss"]
        # a named group as the noun's modifier ("Boko Haram fighters", "Wagner mercenaries");
        # a state modifier ("Malian troops") is the country's own sector actor, handled apart
        owners += [c for c in token.children if c.dep_ == "compound" and c.ent_type_ == "ORG"]
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
            owner = self.actor_of(child)
            if owner is not None and owner.kind != ActorKind.STATE:
                if token.lemma_.lower() in TITLE_NOUNS:
                    # "Leaders of the bloc ..." then "The leaders did not ...": the same body
                    self.by_head[token.lemma_.lower()] = owner
                return owner.model_copy(update={"mention": noun_phrase_text(token)})
        return None

    def _un_operation(self, token: Token) -> Actor | None:
        """'the UN mission' in a Malian story is MINUSMA, not the United Nations at large."""
        if token.lemma_.lower() not in PEACE_OPERATION_NOUNS:
            return None
        for child in token.children:
            mention = self.mentions.get(child.i)
            modifies = child.dep_ in {"compound", "nmod", "amod", "poss"}
            if modifies and mention and mention.actor and mention.actor.id == "un":
                return self._un_operation_here(token)
        return None

    def _un_operation_here(self, token: Token) -> Actor | None:
        """The UN peace operation in the document's focus country, if there is one."""
        operation = self.kb.peace_operation_for(self.focus_country or "", self._year())
        if operation is None:
            return None
        return operation.model_copy(update={"mention": noun_phrase_text(token.head)})

    def _mission_with(self, token: Token) -> Actor | None:
        """'Minusma, with 310 peacekeepers killed': the peacekeepers are the mission's."""
        head = token.head
        if token.dep_ == "pobj" and head.lower_ == "with" and head.head.i != head.i:
            owner = self.mentions.get(head.head.i)
            if owner and owner.actor and owner.actor.sector == Sector.UNO:
                return owner.actor
        return None

    def _antecedent_operation(self, token: Token) -> Actor | None:
        """The peace operation most recently named before this token."""
        for start, actor in reversed(self.history):
            if start < token.i and actor.sector == Sector.UNO and actor.id != "un":
                return actor
        return None

    def _pronoun_antecedent(self, token: Token) -> Actor | None:
        """What 'it', 'its', 'he' or 'him' refers to: the closest fitting actor before it.

        "he"/"him" need a person, "it"/"its" a non-person and "they"/"them" a plural noun.
        A subject or possessive pronoun prefers a subject of this or the previous sentence
        ("The army said that it had taken Kidal"). An object pronoun never refers to its own
        clause's subject: in "the junta asked it to leave", "it" is neither the junta nor the
        state the junta rules.
        """
        lower = token.lower_
        if lower in THING_PRONOUNS and (said_of := _participle_object(token)) is not None:
            # "condemned the attack, calling it unacceptable": it is the attack
            return self.actor_of(said_of)
        choice = self._pronoun_choice(token)
        return choice[1].model_copy(update={"mention": token.text}) if choice else None

    def _pronoun_choice(self, token: Token) -> tuple[int, Actor, bool] | None:
        """The antecedent of a pronoun with where it was named and whether it was chosen as
        the subject of this or the previous sentence (see :meth:`_pronoun_antecedent`)."""
        lower = token.lower_
        bound = self._bound_actors(token)
        candidates = sorted(
            (
                (start, actor)
                for start, actor in [*self.history, *self.generics]
                if start < token.i
                and _fits_pronoun(lower, actor)
                and not any(_same_referent(actor, other) for other in bound)
            ),
            key=lambda pair: pair[0],
        )
        if lower in PLURAL_PRONOUNS:
            candidates = [(s, a) for s, a in candidates if self._plural_phrase(s)]
        elif lower in THING_PRONOUNS:
            # "Benin denied that French troops had been deployed on its soil": a plural noun
            # ("troops") is "they", never "it"; a plural name ("the United States") may be "it"
            candidates = [(s, a) for s, a in candidates if self._phrase_head(s).tag_ != "NNS"]
        if not candidates:
            # no fitting antecedent ("He calls on ..." after "The Secretary-General", a
            # title the knowledge base cannot place): the most recent actor, as a last resort
            if bound:
                return None
            last = next(((i, a) for i, a in reversed(self.history) if i < token.i), None)
            return (last[0], last[1], False) if last else None
        if not bound and token.dep_ not in OBJECT_DEPS | {"pobj"}:
            for start, actor in reversed(candidates):
                if start < self._window_start(token):
                    break
                if _is_subject(self._mention_root(start)) or _is_subject(self._phrase_head(start)):
                    return start, actor, True
        return candidates[-1][0], candidates[-1][1], False

    def _window_start(self, token: Token) -> int:
        """The first token of the sentence before the token's own (pronouns look back so far
        for a subject)."""
        sentence = token.sent
        return self.doc[sentence.start - 1].sent.start if sentence.start else 0

    def _plural_antecedent(self, token: Token) -> list[Actor]:
        """What 'they' or 'them' refers to: a list of actors ("Mali, Burkina Faso and Niger")
        or a plural noun ("ECOWAS leaders", "members of the presidential guard"), whichever
        was named last, but a subject of this or the previous sentence before an object or a
        list inside a phrase ("recalled its ambassadors to France, the United States and
        Togo" is no antecedent for "they" two paragraphs on)."""
        single = self._pronoun_choice(token)
        if single is not None and _refers_to_group(self._mention_root(single[0])):
            # "the three states signed ...; they announced": the list that noun stands for
            members = self._group_before(self._mention_root(single[0]))
            if members:
                return members
        bound = self._bound_actors(token)
        groups = [
            (start, members)
            for start, members in self.groups
            if start < token.i and not any(_same_referent(m, b) for m in members for b in bound)
        ]
        if not groups:
            return [single[1]] if single else []
        start, members = groups[-1]
        head = self.doc[start]
        end = max(t.i for t in coordinated(head))
        group_subject = start >= self._window_start(token) and _is_subject(head)
        if single is None:
            return members
        single_start, actor, single_subject = single
        if start in {t.i for t in self._mention_root(single_start).subtree}:
            # "the military governments of Mali, Burkina Faso and Niger": the list is who
            return members
        if group_subject != single_subject:
            return members if group_subject else [actor]
        return members if end > single_start else [actor]

    def _bound_actors(self, pronoun: Token) -> list[Actor]:
        """The actors an object pronoun cannot refer to: its own verb's subject, or, for a
        participle, the main clause's subject ("ousted X, accusing him": not the ouster)."""
        if pronoun.dep_ not in OBJECT_DEPS:
            return []
        verb = pronoun.head
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not subjects and verb.tag_ == "VBG" and verb.dep_ in {"advcl", "conj"}:
            subjects = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        return [a for s in subjects if (a := self.actor_of(s)) is not None]

    def _plural_phrase(self, index: int) -> bool:
        """Whether the phrase named at ``index`` is plural: a plural noun ("ECOWAS leaders") or
        a name coordinated with another party ("France and its European partners")."""
        if self._phrase_head(index).tag_ in PLURAL:
            return True
        return any(child.dep_ == "conj" for child in self._mention_root(index).children)

    def _phrase_head(self, index: int) -> Token:
        """The noun a mention's phrase ends in: 'leaders' in 'ECOWAS leaders', where the name
        modifies a title or force noun after it (however the parser hung the two)."""
        mention = self.mentions.get(index)
        if mention is None:
            return self.doc[index]
        after = self.doc[mention.span.end] if mention.span.end < len(self.doc) else None
        if after is not None and after.lemma_.lower() in FORCE_NOUNS | TITLE_NOUNS:
            return after
        return mention.span.root

    def _mention_root(self, index: int) -> Token:
        mention = self.mentions.get(index)
        return mention.span.root if mention is not None else self.doc[index]

    def _antecedent(self, token: Token, sectors: tuple[str, ...] | None) -> Actor | None:
        """The most recent actor before ``token`` (of the given sectors)."""
        for start, actor in reversed(self.history):
            if start >= token.i:
                continue
            if sectors is None or (actor.sector and actor.sector.value in sectors):
                return actor.model_copy(update={"mention": token.text})
        return None

    def _generic_actor(self, token: Token) -> Actor | None:
        """'Malian troops', 'government forces', 'the junta', 'separatists', 'peacekeepers'."""
        if token.lower_ in MEANS_NOUNS and not any(token.children):
            return None  # "took power by force", "the use of force": a means, not troops
        if token.lemma_.lower() in STATE_OF_NOUNS and self._of_a_condition(token):
            return None  # "a state of emergency": a condition, not the state
        sector = self.kb.sector_for_noun(token.lemma_.lower()) or self.kb.sector_for_noun(
            token.lower_
        )
        if sector is None:
            # "des hommes armés": where the adjective follows its noun, the pair names the kind
            following = [c for c in token.rights if c.dep_ in {"amod", "acl"}][:1]
            sector = (
                self.kb.sector_for_noun(f"{token.lower_} {following[0].lower_}")
                if (following)
                else None
            )
        lemma = token.lemma_.lower()
        named_by_phrase = False
        if sector is None and _kind_modifiers(token):
            # "opposition parties", "jihadist groups", "a transitional military council": the
            # phrase names the kind where its head alone does not
            sector = self.kb.sector_for_noun(" ".join([*_kind_modifiers(token), lemma]))
            named_by_phrase = sector is not None
        if sector is None:
            if lemma in self.by_head and _is_definite(token) and not _kind_modifiers(token):
                return self.by_head[lemma].model_copy(update={"mention": token.text})
            return None
        mention = noun_phrase_text(token)
        own_country = self.modifier_country(token)  # "Chad's ambassador" is not the last one
        if lemma in self.by_head and mention.lower() in {lemma, token.lower_} and not own_country:
            return self.by_head[lemma].model_copy(update={"mention": mention})
        if sector == Sector.UNO:
            operation = (
                self.kb.peace_operation_for(
                    self.modifier_country(token) or self.focus_country or "", self._year()
                )
                or self._mission_with(token)
                or self._antecedent_operation(token)
            )
            if operation is not None:
                return operation.model_copy(update={"mention": mention})
        country = self.modifier_country(token) or self._sibling_country(token)
        if country is None and (sector in STATE_SECTORS or _has_word(token, "government")):
            country = self.focus_country
        if country is None and sector == Sector.CVL and not self._stated_nationality(token):
            # "killed villagers ... in Tudun Biri, in Kaduna state": civilians are the people of
            # the place their sentence names, before the country the report is mostly about
            country = next(iter(self._sentence_countries(token.doc[token.i : token.i + 1])), None)
        if country is None and sector in {
            Sector.REB,
            Sector.CVL,
            Sector.OPP,  # "protesters", "demonstrators": the country's own people
            Sector.MILITIA,
            Sector.UNIDENTIFIED,
        }:
            country = self.focus_country
        actor = self.kb.group_actor(country, sector, mention)
        if self.modifier_country(token) or named_by_phrase:
            # "the French ambassador", "a military council": later "the ambassador", "the council"
            self.by_head[lemma] = actor
        return actor

    def _stated_nationality(self, token: Token) -> bool:
        """Whether a nationality stands anywhere in the noun's phrase ('Turkish Kurd
        refugees'), even where it does not modify the noun itself."""
        words = token.doc[token.left_edge.i : token.i]
        return any(self.kb.country_from_adjective(word.text) for word in words)

    def _sibling_country(self, token: Token) -> str | None:
        """'Russian military instructors': a modifier shares the country its noun's other
        modifiers name ('military' is Russia's, not the focus country's)."""
        if token.dep_ not in {"amod", "compound"} or token.head.i == token.i:
            return None
        for sibling in token.head.children:
            if sibling.i != token.i and sibling.dep_ in {"amod", "compound", "poss"}:
                country = self.kb.country_from_adjective(sibling.text) or self._country_of(sibling)
                if country:
                    return country
        return None

    def _of_a_condition(self, token: Token) -> bool:
        """'state of emergency', 'état de siège': 'of' names no place or actor."""
        objects = [
            o
            for p in token.children
            if p.dep_ == "prep" and p.lower_ in GENITIVE_PREPS
            for o in p.children
            if o.dep_ == "pobj"
        ]
        return bool(objects) and not any(o.i in self.mentions for o in objects)

    def modifier_country(self, token: Token) -> str | None:
        """Country named by a modifier: 'Malian troops', 'Mali's army', 'the army of Mali'."""
        for child in token.children:
            if child.dep_ in {"amod", "compound", "poss", "nmod"}:
                country = self.kb.country_from_adjective(child.text) or self._country_of(child)
                if country:
                    return country
            if child.dep_ == "prep" and child.lower_ in OWNER_PREPS:
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and (country := self._country_of(pobj)):
                        return country
        return self._postposed_nationality(token)

    def _postposed_nationality(self, token: Token) -> str | None:
        """'le contingent danois', 'les forces spéciales danoises': a nationality written after
        its noun, which the parser may hang elsewhere (on the verb, on the noun before). Not
        one that modifies a noun of its own after it ('gave the soldiers French weapons')."""
        doc = token.doc
        for word in doc[token.i + 1 : min(token.i + 3, len(doc))]:
            if word.ent_type_ == "NORP" and not (word.head.i > word.i and word.head.pos_ == "NOUN"):
                return self.kb.country_from_adjective(word.text)
            if word.pos_ != "ADJ":  # "forces spéciales danoises": one adjective between
                return None
        return None

    def _country_of(self, token: Token) -> str | None:
        mention = self.mentions.get(token.i)
        if mention is None:
            return None
        if mention.place is not None and mention.place.precision == PlacePrecision.COUNTRY:
            return mention.place.country
        if mention.actor is not None and mention.actor.kind == ActorKind.STATE:
            return mention.actor.country
        return None

    def _year(self) -> int | None:
        return self.article.published.year if self.article.published else None


def _item_label(root: Token) -> bool:
    """'Natiaboani (Gourma province). On Sunday, gunmen attacked the mosque': a digest item
    opens with a verbless line naming its place, which is the scene of what follows."""
    sentence = root.sent
    return root.i == sentence.root.i and not any(t.pos_ in {"VERB", "AUX"} for t in sentence)


def _participle_object(pronoun: Token) -> Token | None:
    """The main clause's object that an object pronoun of a describing participle stands for:
    'the attack' in "condemned the attack, calling it unacceptable" (not "cut ties with
    Ukraine, accusing it": a participle that says what it is, not what it did)."""
    verb = pronoun.head
    if pronoun.dep_ not in OBJECT_DEPS or verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return None
    if not any(c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ in OBJECT_DEPS), None)


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
    before = doc.text[: span.start_char].rsplit("\n", 1)[-1]
    if before.strip():
        return False
    rest = doc.text[span.end_char : span.end_char + 40]
    return bool(re.match(r"\s*(?:\([^()\n]*\))?\s*:", rest))


def _proper_name_run(head: Token) -> list[Token]:
    """The capitalised proper nouns written together up to a proper-noun head, each modifying
    one after it: 'Civic Space Watch West Africa' for 'Africa'; nothing for a word that
    modifies a later one."""
    if not _capitalised_proper(head) or (head.dep_ == "compound" and head.head.i > head.i):
        return []
    words = [head]
    while words[0].i > words[0].sent.start:
        before = head.doc[words[0].i - 1]
        if before.dep_ != "compound" or not _capitalised_proper(before):
            break
        if not words[0].i <= before.head.i <= head.i:
            break
        words.insert(0, before)
    return words


def _capitalised_proper(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper()


def unknown_actor(name: str, kind: ActorKind) -> Actor:
    """An actor named in the text but not in the knowledge base: kept, with no identifiers.
    A leading article is not part of the name ("The European Community")."""
    first, _, rest = name.partition(" ")
    if rest and first.lower() in {"the", "a", "an"}:
        name = rest
    slug = "-".join(name.lower().split())
    return Actor(id=f"unresolved:{slug}", name=name, kind=kind, mention=name)


def noun_phrase_text(token: Token) -> str:
    """The head with its left modifiers: 'government troops', 'Malian soldiers'."""
    left = [t for t in token.lefts if t.dep_ in {"amod", "compound", "nmod"}]
    start = min([token.i, *(t.i for t in left)])
    return token.doc[start : token.i + 1].text


def _counted_noun(token: Token) -> Token | None:
    """The noun a count word quantifies: 'thousands of Palestinians' -> Palestinians."""
    # "a group of Moroccan diplomats": the group is its members
    partitive = token.lemma_.lower() in COLLECTIVE_NOUNS and any(
        child.dep_ == "det" and child.lower_ in INDEFINITE_DETERMINERS for child in token.children
    )
    if not (token.like_num or token.lower_ in COUNT_WORDS or partitive):
        return None
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in GENITIVE_PREPS:
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


COUNT_WORDS = word_set("count_words")
COLLECTIVE_NOUNS = word_set("collective_nouns")
INDEFINITE_DETERMINERS = word_set("indefinite_determiners")
GROUP_NOUNS = word_set("group_nouns")


def _refers_to_group(token: Token) -> bool:
    """'they', 'them', 'the three countries', 'the juntas': a plural back-reference."""
    if token.lower_ in PLURAL_PRONOUNS:
        return True
    return (
        token.tag_ in {"NNS", "NNPS"}
        and token.lemma_.lower() in GROUP_NOUNS
        and _is_definite(token)
        and not any(
            child.dep_ in {"amod", "compound", "poss"}
            for child in token.children
            if child.pos_ in {"PROPN", "ADJ"} and child.lower_ not in NUMBER_WORDS
        )
    )


NUMBER_WORDS = word_set("count_determiners")
GROUP_SIZES = word_map("group_sizes")
# people who follow a cause without bearing its arms
CIVIL_SECTORS = {Sector.OPP, Sector.CVL}


def _group_size(token: Token) -> int | None:
    """The count a back-reference gives: 'the three countries' -> 3, 'both juntas' -> 2."""
    for child in token.children:
        if child.dep_ not in {"nummod", "det", "amod", "predet"}:
            continue
        if child.like_num and child.text.isdigit():
            return int(child.text)
        if child.lower_ in GROUP_SIZES:
            return int(GROUP_SIZES[child.lower_])
    return None


def _names_operation(un_token: Token) -> bool:
    """'UN' modifying 'peacekeepers' or 'mission', or beside them: 'UN peacekeeper withdrawal'."""
    head = un_token.head
    neighbours = [head, *(c for c in head.children if c.dep_ in {"compound", "amod"})]
    return any(t.lemma_.lower() in PEACE_OPERATION_NOUNS for t in neighbours if t.i != un_token.i)


def _fits_pronoun(pronoun: str, actor: Actor) -> bool:
    if pronoun in PERSON_PRONOUNS:
        return actor.kind == ActorKind.PERSON
    if pronoun in THING_PRONOUNS:
        return actor.kind != ActorKind.PERSON
    return True


def _is_subject(token: Token) -> bool:
    """The subject of its clause, or part of it ("The mission, MINUSMA, ...")."""
    current = token
    for _ in range(4):
        if current.dep_ in {"nsubj", "nsubjpass"}:
            return True
        if current.dep_ not in {"appos", "conj", "compound"} or current.head.i == current.i:
            return False
        current = current.head
    return False


def _same_referent(actor: Actor, other: Actor) -> bool:
    """One actor, or a state and its government or army ("the junta" and "Mali")."""
    if actor.id == other.id:
        return True
    if ActorKind.PERSON in {actor.kind, other.kind}:
        return False
    state_like = {ActorKind.STATE}
    both_state = (actor.kind in state_like or actor.sector in STATE_SECTORS) and (
        other.kind in state_like or other.sector in STATE_SECTORS
    )
    return both_state and actor.country is not None and actor.country == other.country


def _is_definite(token: Token) -> bool:
    return any(child.lower_ in DEFINITE_DETERMINERS for child in token.children)


def _kind_modifiers(token: Token) -> list[str]:
    """The adjective and noun modifiers before a head, lowercased: 'opposition' and 'parties'
    in 'Opposition parties', 'transitional military' in 'a transitional military council'."""
    return [
        t.lower_
        for t in token.lefts
        if t.dep_ in {"amod", "compound"} and t.ent_type_ in {"", "NORP"}
    ]


def _has_word(token: Token, word: str) -> bool:
    return any(child.lower_ == word for child in token.children)
