"""Who and where a document talks about: entity mentions resolved to actors and places.

One :class:`DocumentContext` is built per parsed document. It resolves every named entity once
(actor knowledge base, gazetteer), finds the document's focus country (the prior for generic
actors and for places), and answers the coder's question "which actor does this noun phrase
name?" — including generic actors ("Malian troops"), pronouns and definite descriptions ("the
mission", "the junta") resolved to the most recent fitting actor.

The resolution itself lives in focused modules this hub delegates to:
:mod:`~crisisdesk.events.entities` (named entities, once per document),
:mod:`~crisisdesk.events.actor_mentions` (which actor a noun phrase names),
:mod:`~crisisdesk.events.coreference` (pronouns, "the group", "they"),
:mod:`~crisisdesk.events.place_mentions` (which place a token names) and
:mod:`~crisisdesk.events.mention_parts` (what they share).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from crisisdesk.actors.kb import ActorKB
from crisisdesk.events import actor_mentions, place_mentions
from crisisdesk.events.coreference import find_generics, find_groups
from crisisdesk.events.entities import name_organisations, resolve_entities, resolve_shared_names
from crisisdesk.events.grammar import word_set
from crisisdesk.events.mention_parts import Mention, noun_phrase_text, unknown_actor
from crisisdesk.events.place_mentions import PLACE_NOUNS, resolve_ambiguous_places
from crisisdesk.extraction.blocks import dateline_end
from crisisdesk.model import Actor, ActorKind, Article, Place
from crisisdesk.places.gazetteer import Gazetteer

__all__ = ["PLACE_NOUNS", "DocumentContext", "Mention", "noun_phrase_text", "unknown_actor"]

# A dateline opens the lead: the first paragraph, or the second after a headline.
LEAD_PARAGRAPHS = 2
PEACEKEEPING_WORDS = word_set("peacekeeping_words")


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
    # Date spans by sentence (start, end): the lead and narrative passes read them again.
    sentence_dates: dict[tuple[int, int], list[tuple[int, int]]] = field(default_factory=dict)

    @classmethod
    def build(cls, doc: Doc, article: Article, kb: ActorKB, gazetteer: Gazetteer):
        context = cls(doc, article, kb, gazetteer)
        ambiguous = resolve_entities(context)
        name_organisations(context)
        context.focus_country = context._find_focus_country()
        resolve_shared_names(context)
        resolve_ambiguous_places(context, ambiguous)
        unique = {id(m): m for m in context.mentions.values()}
        context.ordered = sorted(unique.values(), key=lambda m: m.span.start)
        find_groups(context)
        find_generics(context)
        return context

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

    def _find_focus_country(self) -> str | None:
        """The country the document is about: the most mentioned, headline and lead weighted.
        A dateline ("DOHA, 9 August") names where the reporter files from, not the subject,
        and a capital standing for its government ("Paris condemns the decision") names a
        party to the story, not where it happens."""
        votes: Counter[str] = Counter()
        lead_end = len(self.article.body) // 5
        if self.datelines is None:
            self.datelines = self._find_datelines()
        datelines = self.datelines
        parties: Counter[str] = Counter()  # capitals named as governments: a last resort
        seen: set[int] = set()
        for mention in self.mentions.values():
            country = self._country_told(mention)
            if id(mention) in seen or not country:
                continue
            if any(start <= mention.span.start_char < end for start, end in datelines):
                continue
            seen.add(id(mention))
            weight = 2 if mention.span.start_char < lead_end else 1
            # "Paris condemns", "between Bamako and Paris": a party, not the story's scene
            party = place_mentions.capital_for_government(mention)
            (parties if party else votes)[country] += weight
        votes = votes or parties
        return votes.most_common(1)[0][0] if votes else None

    def _country_told(self, mention: Mention) -> str | None:
        """The country a mention puts the report in: a place's, or the host of a mission
        named for it ("the UN mission in Mali", "Minusma" is a report about Mali)."""
        if mention.place is not None:
            return mention.place.country
        if mention.actor is not None and not mention.actor.unresolved:
            return self.kb.info(mention.actor.id).get("host_country")
        return None

    def mention_at(self, token: Token) -> Mention | None:
        return self.mentions.get(token.i)

    def is_place(self, token: Token) -> bool:
        return self.place_of(token) is not None

    def is_actor(self, token: Token) -> bool:
        return self.actor_of(token) is not None

    def is_organisation(self, token: Token) -> bool:
        """An organisation or armed group (not a state): what one can quit or join."""
        actor = self.actor_of(token)
        return actor is not None and actor.kind in {ActorKind.ORGANISATION, ActorKind.ARMED_GROUP}

    def is_peace_operation(self, token: Token) -> bool:
        """A peace operation named ("MINUSMA") or described ("a peacekeeping force"): what a
        council establishes or a state hosts."""
        actor = self.actor_of(token)
        if actor is not None and not actor.unresolved and self.kb.is_peace_operation(actor.id):
            return True
        return any(
            c.dep_ in {"compound", "amod"} and c.lower_ in PEACEKEEPING_WORDS
            for c in token.children
        )

    @property
    def object_kinds(self) -> dict[str, Callable[[Token], bool]]:
        """The tests that answer the trigger lexicon's object guards ("@place", ...)."""
        return {
            "@place": self.is_place,
            "@actor": self.is_actor,
            "@organisation": self.is_organisation,
            "@peace_operation": self.is_peace_operation,
        }

    def year(self) -> int | None:
        """The publication year, when the report has a date."""
        return self.article.published.year if self.article.published else None

    def actors_of(self, token: Token) -> list[Actor]:
        """The actors a noun phrase names (see :mod:`crisisdesk.events.actor_mentions`)."""
        return actor_mentions.actors_of(self, token)

    def actor_of(self, token: Token) -> Actor | None:
        """The one actor a noun phrase names, if any."""
        return actor_mentions.actor_of(self, token)

    def modifier_country(self, token: Token) -> str | None:
        """Country named by a modifier: 'Malian troops', 'Mali's army', 'the army of Mali'."""
        return actor_mentions.modifier_country(self, token)

    def place_of(self, token: Token) -> Place | None:
        """The place a token names (see :mod:`crisisdesk.events.place_mentions`)."""
        return place_mentions.place_of(self, token)

    def place_there(self, token: Token) -> Place | None:
        """The place "there" or "the town" points back to."""
        return place_mentions.place_there(self, token)

    def describes_government(self, token: Token) -> bool:
        """Whether a capital's name stands for its government ("Bamako said")."""
        return place_mentions.describes_government(self, token)

    def names_a_city(self, token: Token) -> bool:
        """Whether the token names a city."""
        return place_mentions.names_a_city(self, token)

    def named_scenes(self) -> list[tuple[int, Place]]:
        """The towns the report names, with their offsets."""
        return place_mentions.named_scenes(self)

    def section_places(self) -> list[tuple[int, Place | None]]:
        """The places section headings set for the items under them."""
        return place_mentions.section_places(self)

    def lead_place(self) -> Place | None:
        """The place the lead paragraph names."""
        return place_mentions.lead_place(self)
