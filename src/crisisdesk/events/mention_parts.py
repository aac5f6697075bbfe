"""What the mention modules share: the :class:`Mention` record, the word lists more than one of
them reads, and small tests on a noun phrase (is it definite? what is its text?)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from crisisdesk.events.grammar import word_set
from crisisdesk.model import UNRESOLVED_PREFIX, Actor, ActorKind, Place, Sector

# Nouns for the armed members of a group: "its fighters" act for the group.
FORCE_NOUNS = word_set("force_nouns")
# Titles that act for the body they head: "leaders of ECOWAS", "the UN Secretary-General".
TITLE_NOUNS = word_set("title_nouns")
# "the town of Kidal", "thousands of Palestinians"; "fighters of/from the Wagner group".
GENITIVE_PREPS = word_set("genitive_prepositions")
DEFINITE_DETERMINERS = word_set("definite_determiners")
STATE_SECTORS = {Sector.GOV, Sector.MIL, Sector.COP, Sector.JUD, Sector.LEG, Sector.STATE}


@dataclass
class Mention:
    """A named entity of the document, resolved once."""

    span: Span
    actor: Actor | None
    place: Place | None


def unknown_actor(name: str, kind: ActorKind) -> Actor:
    """An actor named in the text but not in the knowledge base: kept, with no identifiers.
    A leading article is not part of the name ("The European Community")."""
    first, _, rest = name.partition(" ")
    if rest and first.lower() in {"the", "a", "an"}:
        name = rest
    slug = "-".join(name.lower().split())
    return Actor(id=f"{UNRESOLVED_PREFIX}{slug}", name=name, kind=kind, mention=name)


def noun_phrase_text(token: Token) -> str:
    """The head with its left modifiers: 'government troops', 'Malian soldiers'."""
    left = [t for t in token.lefts if t.dep_ in {"amod", "compound", "nmod"}]
    start = min([token.i, *(t.i for t in left)])
    return token.doc[start : token.i + 1].text


def is_definite(token: Token) -> bool:
    return any(child.lower_ in DEFINITE_DETERMINERS for child in token.children)
