"""Whether two mentions' parties and scenes fit: could they tell one act?

Parties fit when they could be one party named two ways ("Mali" and "the Malian army",
"gunmen" and "JNIM") and neither mention turns the other's round (the army's counter-attack on
the attackers is another act); scenes agree when they are not two named towns, regions or
countries. Shared by merging within a sentence, definite nouns that point back, and merging
across the document.
"""

from __future__ import annotations

import unicodedata

from crisisdesk.actors.kb import default_kb
from crisisdesk.events.draft import Draft
from crisisdesk.events.merging.families import ARMED_SECTORS, SCENES, STATE_SECTORS
from crisisdesk.model import Actor, ActorKind, Place, PlacePrecision
from crisisdesk.places.gazetteer import STRETCH_PREFIX, VICINITY_PREFIX


def parties_restate(draft: Draft, first: Draft, definite: bool = True) -> bool:
    """The parties a restating mention names fit those of the event it points back to, and do
    not turn them round (the army's counter-attack on the attackers is another act)."""
    actors = [a for a, _ in draft.actors]
    recipients = [a for a, _ in draft.recipients]
    if not _parties_fit(actors, [a for a, _ in first.actors], members=definite):
        return False
    if definite and not _parties_fit(recipients, [a for a, _ in first.recipients]):
        return False  # "the sanctions on Niger" after the sanctions on Mali
    return not _reversed(actors, [a for a, _ in first.recipients])


def _places_agree(one: Place | None, other: Place | None) -> bool:
    """Not two different scenes: same country, same region, and not two named towns."""
    if one is None or other is None:
        return True
    if not _same_division(one, other):
        return False
    if _one_scene(one) and _one_scene(other):
        return one.name == other.name
    return True


def _same_division(one: Place | None, other: Place | None) -> bool:
    """Not two scenes set apart: the same country and first-level division where both give
    them (a village and the department it lies in may both be named as towns)."""
    if one is None or other is None:
        return True
    if one.country and other.country and one.country != other.country:
        return False
    return not (one.admin1 and other.admin1 and one.admin1 != other.admin1)


def _one_scene(place: Place) -> bool:
    """A town, or a named area inside one division ("the Adrar des Ifoghas"); not the
    surroundings of a town ("near Djibo") nor a stretch between towns."""
    if place.precision in SCENES:
        return True
    return (
        place.precision == PlacePrecision.REGION
        and place.admin1 is not None
        and not place.name.startswith((VICINITY_PREFIX, STRETCH_PREFIX))
    )


def _parties_fit(these: list[Actor], those: list[Actor], members: bool = False) -> bool:
    """Could both lists name the same party? An empty list fits anything. With ``members`` (a
    definite noun pointing back), a person the knowledge base does not know may belong to a
    party named as a group ("Succès Masra, who had called the protests" / "protesters")."""
    if not these or not those:
        return True
    if any(_same_side(one, other) for one in these for other in those):
        return True
    return members and any(
        _unknown_member(one, other) or _unknown_member(other, one)
        for one in these
        for other in those
    )


def opposite_sides(
    doers: list[Actor], targets: list[Actor], other_doers: list[Actor], other_targets: list[Actor]
) -> bool:
    """Two acts by opposite sides, never one act told twice: each names its doers, they could
    not be one party, and the doers of one are the targets of the other ("the RSF accused the
    army ..., while the army accused the RSF", security forces killing the attackers of an
    attack, a retaliation against the attackers), or both are non-state armed groups that are
    not one (JNIM's act and ISGS's). A restatement by the same side, or one naming no doer,
    may still be the act told before; "gunmen" fit any armed group."""
    if not doers or not other_doers or _parties_fit(doers, other_doers):
        return False
    if _reversed(doers, other_targets) or _reversed(other_doers, targets):
        return True
    return all(_armed(a) for a in doers + other_doers)


def _unknown_member(person: Actor, group: Actor) -> bool:
    """A person not in the knowledge base, and a group of a country (its opposition, its
    army) or an armed group ("he claimed the abduction" after Boko Haram's abduction: its
    leader): nothing shows the person is not one of them."""
    return (
        person.kind == ActorKind.PERSON
        and person.unresolved
        and group.kind in {ActorKind.GROUP, ActorKind.ARMED_GROUP}
    )


def _reversed(actors: list[Actor], recipients: list[Actor]) -> bool:
    """The doers of one are the targets of the other: the army's counter-attack."""
    return any(_one_party(a, r) for a in actors for r in recipients)


def _same_side(one: Actor, other: Actor) -> bool:
    """Could be one party: named two ways (:func:`_one_party`), or 'gunmen' and 'JNIM', or
    'jihadists' and 'ISGS' (an unidentified or generic armed group may be any named one)."""
    if _one_party(one, other) or _affiliated(one, other):
        return True
    if not (_armed(one) and _armed(other)):
        return False
    generic = ActorKind.GROUP in {one.kind, other.kind}
    return generic or "UAG" in {_sector(one), _sector(other)}


def one_party(one: Actor, other: Actor) -> bool:
    """Public name of :func:`_one_party` for the recipient rules (events/addressees.py)."""
    return _one_party(one, other)


def _one_party(one: Actor, other: Actor) -> bool:
    """One party named two ways: the same actor, or a state and its forces or government
    ('Mali' and 'the Malian army')."""
    if one.id == other.id or _same_person(one, other) or _same_person(other, one):
        return True
    if one.country and one.country == other.country:
        if one.kind == ActorKind.STATE and _sector(other) in STATE_SECTORS:
            return True
        if other.kind == ActorKind.STATE and _sector(one) in STATE_SECTORS:
            return True
    return False


def _same_person(short: Actor, full: Actor) -> bool:
    """A person named in full once and by surname the next time ("President Ibrahim Boubacar
    Keïta" / "Keita"), the surname one the knowledge base does not know: one person."""
    if short.kind != ActorKind.PERSON or full.kind != ActorKind.PERSON:
        return False
    if not short.unresolved:
        return False
    names = [_folded(n).split() for n in [full.name, *full.aliases, full.mention or ""]]
    surname = _folded(short.mention or short.name).split()
    return bool(surname) and any(
        len(words) > len(surname) and words[-len(surname) :] == surname for words in names
    )


def _folded(name: str) -> str:
    """Case and accents folded: "Keïta" and "Keita" are one name."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _affiliated(one: Actor, other: Actor) -> bool:
    """A branch and the organisation it belongs to ("ISWAP" and "Islamic State", "Ansar Dine"
    and "JNIM"): the knowledge base's ``parent``. A claim by one restates the other's act."""
    kb = default_kb()
    return kb.info(one.id).get("parent") == other.id or kb.info(other.id).get("parent") == one.id


def named_already(actor: Actor, known: list[Actor]) -> bool:
    """Is ``actor`` one of ``known``? The same actor, or a party of no country whose sector
    one of them has: "an army post" after "12 Togolese soldiers" is the Togolese army's."""
    if any(actor.id == other.id or _same_person(actor, other) for other in known):
        return True
    if actor.country is not None or actor.kind != ActorKind.GROUP or actor.sector is None:
        return False
    return any(other.country and other.sector == actor.sector for other in known)


def _sector(actor: Actor) -> str | None:
    return actor.sector.value if actor.sector is not None else None


def _armed(actor: Actor) -> bool:
    return _sector(actor) in ARMED_SECTORS
