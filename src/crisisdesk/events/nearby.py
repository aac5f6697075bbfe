"""Towns named only as a reference point for the real scene.

Reports place a village the gazetteer does not know by a town near it: "the village of
Gourdoumbou, near Djibo", "Wandoumbou, 40 km from Bandiagara", "a hamlet outside Tillia". The
event is not at the town's point; the best an analyst can say is the town's division (see
docs/coding-rules.md, "Where: places").
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Token

from crisisdesk.events.grammar import word_set
from crisisdesk.model import Place

DISTANCE_NOUNS = word_set("distance_nouns")
NEARBY_PREPS = word_set("nearby_prepositions")
DIRECTIONS = word_set("direction_words")
SETTLEMENT_NOUNS = word_set("settlement_nouns")


class _Places(Protocol):
    def place_of(self, token: Token) -> Place | None: ...


def measured_from(prep: Token) -> bool:
    """'40 km from Bandiagara', '(30 km) north of Djibo': the preposition gives a distance or a
    direction from a place, which locates the scene without being it."""
    owner = prep.head
    if owner.lower_ in DIRECTIONS or _distance_noun(owner):
        return True
    # "blew themselves up in Konduga, about 35 kilometres from Maiduguri": the parser may hang
    # the distance on the preposition and the preposition on the verb
    return any(c.dep_ == "npadvmod" and _distance_noun(c) for c in prep.children)


def _distance_noun(token: Token) -> bool:
    return token.lemma_.lower() in DISTANCE_NOUNS or token.lower_ in DISTANCE_NOUNS


def reference_town(token: Token, places: _Places) -> bool:
    """Whether a town named by ``token`` only locates another place: a distance from it, or an
    unknown or unnamed settlement near it ("the village of X, near Y"). An event itself near
    the town ("fighting near Djibo", "an attack near Djibo") is placed at the town."""
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep" or prep.i == token.i:
        return False
    if measured_from(prep):
        return True
    if prep.lower_ in NEARBY_PREPS:
        owner = prep.head
    elif prep.head.lower_ in NEARBY_PREPS:
        owner = prep.head.head  # "close to Djibo": "to" hangs on "close"
    else:
        return False
    return _unknown_settlement(owner, places)


def _unknown_settlement(owner: Token, places: _Places) -> bool:
    """A proper noun that names no known place, or a settlement noun ('village') whose own name,
    if any, is unknown too."""
    if owner.pos_ == "PROPN":
        return places.place_of(owner) is None
    if owner.lemma_.lower() not in SETTLEMENT_NOUNS:
        return False
    return places.place_of(owner) is None
