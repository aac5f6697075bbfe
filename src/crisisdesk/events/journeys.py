"""A person who leaves a place makes a journey, not a retreat.

RETREAT is a withdrawal of forces, of a mission or of a state's presence. "He left the country
for treatment": one person going somewhere is no withdrawal.
The exception is a departure that completes an expulsion or an order to leave ("Kricke left
N'Djamena" after Chad expelled him): the envoy's departure is the expelled party's retreat, as
gold codes it. The trigger entries read this way and the words of an expulsion are data
(``journey_entries``, ``expulsion_lemmas`` in the grammar files).
"""

from __future__ import annotations

from spacy.tokens import Token

from crisisdesk.events.draft import Draft
from crisisdesk.events.grammar import word_set
from crisisdesk.model import Actor, ActorKind

JOURNEY_ENTRIES = word_set("journey_entries")
EXPULSION_LEMMAS = word_set("expulsion_lemmas")
# the earlier acts that order someone out: an expulsion (SANCTION expel), a deportation
# (COERCE deport), a demand (REQUEST); a sentence, an arrest or an attack orders no one out
ORDERING_TYPES = {"REQUEST"}
ORDERING_MODES = {"expel", "deport"}


def personal_journey(draft: Draft, earlier: list[Draft]) -> bool:
    """Whether ``draft`` is a person's departure from a place, told with no expulsion or
    order to leave behind it (in its own sentence, or an earlier act aimed at the person)."""
    if draft.match.entry.id not in JOURNEY_ENTRIES or not draft.actors:
        return False
    if not all(_a_person(actor, token) for actor, token in draft.actors):
        return False  # "his troops would leave the positions": forces, whoever leads them
    if any(t.lemma_.lower() in EXPULSION_LEMMAS for t in draft.sentence):
        return False  # "expelled on Monday, the envoy left N'Djamena on Tuesday"
    return not any(_orders_out(before) and _aimed_at(before, draft) for before in earlier)


def _orders_out(before: Draft) -> bool:
    """An expulsion, a deportation or a demand: an act that can send someone away."""
    return before.type in ORDERING_TYPES or before.match.entry.mode in ORDERING_MODES


def _a_person(actor: Actor, token: Token) -> bool:
    """A person named or pointed to by a pronoun ("he left"), not a force he commands."""
    return actor.kind == ActorKind.PERSON and token.pos_ in {"PROPN", "PRON"}


def _aimed_at(order: Draft, departure: Draft) -> bool:
    """Whether an earlier order or expulsion is aimed at the one who leaves: as its recipient,
    or naming him in its sentence ("ordered the German ambassador, Jan-Christian Kricke, to
    leave", whose recipient reads as Germany)."""
    leavers = {actor.id for actor, _ in departure.actors}
    if leavers & {actor.id for actor, _ in order.recipients}:
        return True
    surnames = {actor.name.split()[-1].lower() for actor, _ in departure.actors if actor.name}
    return any(t.lower_ in surnames for t in order.sentence)
