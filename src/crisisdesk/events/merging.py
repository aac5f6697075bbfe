"""One event per real event in a document: merging triggers and restatements.

Within a sentence, triggers of one type (or kin types) are one event; across a document, a
restatement of an event joins the first mention and adds what it tells that the first did not.
A restatement is recognised four ways: a definite event noun that points back ("the capture
follows ...", "JNIM claimed responsibility for the attack"), the perpetrators named with "the"
("the attackers surrounded the village"), a mention of the same type, day, place and status
whose parties fit ("the army said it had taken Kidal"), or an undated mention of the same type
and parties ("the departure of MINUSMA left a void"). The lists the rules use
are data: ``data/plover/merging.yaml``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

import yaml
from spacy.tokens import Span, Token

from crisisdesk.events.draft import SPECIFICITY, Draft
from crisisdesk.events.grammar import word_set
from crisisdesk.events.lexicon import Quantities
from crisisdesk.model import Actor, ActorKind, DatePrecision, Event, Place, PlacePrecision, Status
from crisisdesk.paths import data_file


@cache
def _rules() -> dict[str, Any]:
    return yaml.safe_load(data_file("plover", "merging.yaml").read_text(encoding="utf-8"))


# Types that one sentence may state together of the same act ("signed a pact, creating an
# alliance"): coded once.
KIN_TYPES = frozenset(_rules()["kin_types"])
MANNER_MODES = {type_: frozenset(modes) for type_, modes in _rules()["manner_modes"].items()}
STATE_SECTORS = frozenset(_rules()["state_sectors"])
ARMED_SECTORS = frozenset(_rules()["armed_sectors"])
PERPETRATOR_NOUNS = frozenset(_rules()["perpetrator_nouns"])
OWN_ACT_MODES = {type_: frozenset(modes) for type_, modes in _rules()["own_act_modes"].items()}
# Dates precise enough that two mentions on them, at one place, by fitting parties, are one act.
PRECISE_DATES = {DatePrecision.DAY, DatePrecision.WEEK}
# Places that name one scene: two of them with different names are two scenes.
SCENES = {PlacePrecision.TOWN, PlacePrecision.ADMIN2}
DEFINITE_DETERMINERS = word_set("definite_determiners")


def merge_in_sentence(drafts: list[Draft], quantities: Quantities, sentence: Span) -> list[Draft]:
    """One draft per event in a sentence: 'an attack that killed 20 soldiers' is one ASSAULT."""
    _settle_restatements(drafts)
    merged: list[Draft] = []
    for draft in drafts:
        target = next((m for m in merged if _same_event(m, draft)), None)
        if target is None:
            merged.append(draft)
            continue
        target.extra_triggers.append(draft.match)
        for actor, token in draft.actors:
            if all(actor.id != a.id for a, _ in target.actors):
                target.actors.append((actor, token))
        for actor, token in draft.recipients:
            if all(actor.id != a.id for a, _ in target.recipients + target.actors):
                target.recipients.append((actor, token))
        target.counts = {**draft.counts, **target.counts}
        target.date = target.date or draft.date
        target.antecedent = target.antecedent or draft.antecedent
        if target.antecedent is not None and not _parties_restate(target, target.antecedent):
            # "The army killed 63 of the attackers in the fighting": "the fighting" points
            # back, but the army's killing turns the first attack's parties round
            target.antecedent = None
        if draft.place and (
            target.place is None
            or SPECIFICITY[draft.place[0].precision] < SPECIFICITY[target.place[0].precision]
        ):
            target.place = draft.place
        if target.match.entry.mode is None and draft.match.entry.mode is not None:
            target.match, target.extra_triggers[-1] = draft.match, target.match
    return merged


def _same_event(a: Draft, b: Draft) -> bool:
    """Two triggers of one sentence that report one happening.

    Same type (or kin types: a pact signed that creates an alliance is AGREE and COOPERATE
    at once) and status, no conflicting dates, and not two acts of their own ("suspended Mali
    and imposed sanctions"; but closed borders, frozen assets and recalled ambassadors are
    one sanctions package). Different actors do not keep them apart:
    "assailants attacked the camp and the peacekeepers repelled the attack" is one clash.
    """
    if not (a.type == b.type or {a.type, b.type} <= KIN_TYPES):
        return False
    if a.reading.status != b.reading.status:
        return False
    one, other = a.match.entry.mode, b.match.entry.mode
    if one and other and one != other and {one, other} & OWN_ACT_MODES.get(a.type, set()):
        return False  # "suspended Mali and imposed sanctions": two measures
    return not (a.date and b.date and a.date[0] != b.date[0])


# -- definite nouns that point back ----------------------------------------------------------


def antecedent_of(
    draft: Draft,
    earlier: list[Draft],
    definite: bool,
    date_spans: list[tuple[int, int]],
    light_verb: Callable[[str], str | None],
) -> Draft | None:
    """The event a mention restates, when it points back: by a definite event noun ('the
    capture', 'the attack', 'the killings'), or by naming the perpetrators of an act already
    told ("the attackers surrounded the village at dawn").

    It is the latest event of the same type, status and kind of act told before (a denied or
    planned attack is not what "the killings" were; a suspension is not "the sanctions"),
    followed back to its first mention, and the parties the mention names must fit it. A noun
    must stand where known things stand (:func:`_topical`), and its phrase must not carry a
    date or a place of its own ("the 2020 coup", "the attack on Boulkessi" name their event:
    the ordinary rules decide).
    """
    noun = draft.match.token
    if definite:
        start, end = _phrase(noun)
        if not _topical(noun, light_verb) or any(start <= s and e <= end for s, e in date_spans):
            return None
        place_word = draft.place[1] if draft.place is not None else None
        if place_word is not None and start <= place_word.idx < end:
            return None
    elif not any(_definite_perpetrator(token) for _, token in draft.actors):
        return None
    mode = draft.match.entry.mode
    before = next(
        (
            d
            for d in reversed(earlier)
            if d.type == draft.type
            and _status(d) == _status(draft)
            and _same_kind_of_act(d.type, mode, (d.antecedent or d).match.entry.mode)
        ),
        None,
    )
    if before is None:
        return None
    first = before.antecedent or before
    return first if _parties_restate(draft, first, definite) else None


def _parties_restate(draft: Draft, first: Draft, definite: bool = True) -> bool:
    """The parties a restating mention names fit those of the event it points back to, and do
    not turn them round (the army's counter-attack on the attackers is another act)."""
    actors = [a for a, _ in draft.actors]
    recipients = [a for a, _ in draft.recipients]
    if not _parties_fit(actors, [a for a, _ in first.actors]):
        return False
    if definite and not _parties_fit(recipients, [a for a, _ in first.recipients]):
        return False  # "the sanctions on Niger" after the sanctions on Mali
    return not _reversed(actors, [a for a, _ in first.recipients])


def _definite_perpetrator(token: Token) -> bool:
    """'the attackers', 'the gunmen': the doers of an act already told."""
    return token.lemma_.lower() in PERPETRATOR_NOUNS and any(
        c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in token.children
    )


def _same_kind_of_act(type_: str, one: str | None, other: str | None) -> bool:
    """A noun names its act's mode as surely as the first mention: 'the coup' (no mode) is
    not the electricity cut (withhold) told just before, 'the attack' is 'the massacre'."""
    return _modes_agree(type_, one, other) and _modes_agree(type_, other, one)


def _settle_restatements(drafts: list[Draft]) -> None:
    """A verb that restates ("the attackers surrounded the village") must not date or place
    its act elsewhere. A restating noun happened when its antecedent did, and the date its
    clause gives belongs to the other events of the sentence: in "the attack was the deadliest
    since June 2021, when gunmen killed 130 people", June 2021 is the Solhan killings' date; in
    "the capture follows the departure at the end of October", October is the departure's."""
    displaced = None
    for draft in drafts:
        first = draft.antecedent
        if first is None or first.date is None:
            continue
        own = draft.date if draft.date is not None and draft.date[1] is not None else None
        if draft.match.token.pos_ == "VERB":
            # "the attackers struck Boni on Monday": a verb's own date and place are its own
            if (own is not None and own[0] != first.date[0]) or not _scenes_agree(draft, first):
                draft.antecedent = None
            continue
        displaced = own or displaced
        draft.date = (first.date[0], None)  # no span of its own in this sentence
    if displaced is not None:
        for draft in drafts:
            if draft.antecedent is None and draft.date is None:
                draft.date = displaced


def _scenes_agree(draft: Draft, first: Draft) -> bool:
    if draft.place is None or draft.place[1] is None or first.place is None:
        return True
    return _places_agree(draft.place[0], first.place[0])


def antecedent_links(drafts: list[Draft]) -> list[int | None]:
    """For each draft, the index of the draft it restates, if any (for :func:`merge_repeated`)."""
    index = {id(d): i for i, d in enumerate(drafts)}
    return [index.get(id(d.antecedent)) if d.antecedent else None for d in drafts]


def _status(draft: Draft) -> Status:
    return draft.reading.status


def _topical(noun: Token, light_verb: Callable[[str], str | None]) -> bool:
    """Where a definite noun names a thing already told: the subject ("the capture follows
    ..."), the object of a light verb ("claimed the attack") or of a preposition ("responsibility
    for the attack"). The object of another verb brings in something new: the departure in
    "the capture follows the departure of the peacekeepers"."""
    owner = noun.head if noun.dep_ == "compound" else noun
    if owner.dep_ != "dobj":
        return True
    return light_verb(owner.head.lemma_.lower()) is not None


def _phrase(noun: Token) -> tuple[int, int]:
    """Character range of the noun phrase a trigger noun heads ('the final departure date')."""
    owner = noun.head if noun.dep_ == "compound" else noun
    return owner.left_edge.idx, owner.right_edge.idx + len(owner.right_edge)


# -- across the document ---------------------------------------------------------------------


def merge_repeated(events: list[Event], links: list[int | None] | None = None) -> list[Event]:
    """The same event stated twice in a document is one event with two evidences.

    ``links`` gives, for each event, the index of the event it restates by a definite noun
    (:func:`antecedent_links`); such an event joins that one. Otherwise a mention joins the
    first earlier one it restates (:func:`_restates`).
    """
    kept: list[Event] = []
    home: list[Event] = []  # the kept event each input event ended in
    for number, event in enumerate(events):
        link = links[number] if links else None
        if link is not None and link < number:
            target: Event | None = home[link]
        else:
            target = next((k for k in kept if _restates(event, k)), None)
        if target is None:
            kept.append(event)
        else:
            _absorb(target, event)
        home.append(target or event)
    return kept


COUNT_FIELDS = ("dead", "dead_high", "injured", "abducted", "arrested", "troops")


def _absorb(target: Event, restatement: Event) -> None:
    """Keep the first mention and add what the restatement tells that it did not."""
    target.evidence.extend(restatement.evidence)
    known = {a.id for a in target.actors + target.recipients}
    target.actors.extend(a for a in restatement.actors if a.id not in known)
    known |= {a.id for a in restatement.actors}
    target.recipients.extend(a for a in restatement.recipients if a.id not in known)
    for name in COUNT_FIELDS:
        if getattr(target, name) is None and getattr(restatement, name) is not None:
            setattr(target, name, getattr(restatement, name))
    if restatement.place is not None and (
        target.place is None
        or SPECIFICITY[restatement.place.precision] < SPECIFICITY[target.place.precision]
    ):
        target.place = restatement.place
    if target.date_start is None and restatement.date_start is not None:
        target.date_start, target.date_end = restatement.date_start, restatement.date_end
        target.date_precision = restatement.date_precision
    if target.mode is None:
        target.mode = restatement.mode


def _restates(event: Event, earlier: Event) -> bool:
    """Does ``event`` tell again what ``earlier`` told?

    Same type, and a mode that names no other act. Dated: the same date and status, and the
    same parties; or, on the same day, at the same scene (one of them stated in its own
    sentence), parties that fit ("Malian soldiers entered Kidal on Tuesday" / "the army said it
    had taken Kidal"). Undated: the parties of a dated event ("JNIM claimed the attack"). Never
    when the doers of one are the targets of the other.
    """
    if event.type != earlier.type or not _modes_agree(event.type, event.mode, earlier.mode):
        return False
    if (event.status == Status.NEGATED) != (earlier.status == Status.NEGATED):
        return False  # "denied carrying out the attack" is not the attack told before
    if event.recipients and (
        _reversed(event.actors, earlier.recipients) or _reversed(earlier.actors, event.recipients)
    ):
        # the army's counter-attack on the attackers is another act; a clash told with both
        # sides as actors ("the assailants attacked and the peacekeepers responded") is not
        return False
    actors = {a.id for a in event.actors}
    recipients = {a.id for a in event.recipients}
    earlier_recipients = {a.id for a in earlier.recipients}
    if _dated_in_its_sentence(event):
        if event.date_label != earlier.date_label or event.status != earlier.status:
            return False
        if actors == {a.id for a in earlier.actors} and recipients == earlier_recipients:
            return True
        return _same_scene(event, earlier)
    if actors != {a.id for a in earlier.actors}:
        # "JNIM claimed the attack": the jihadists' attack told before, if undated
        return _compatible_actors(event.actors, earlier.actors)
    return recipients <= earlier_recipients or not earlier_recipients


def _modes_agree(type_: str, later: str | None, first: str | None) -> bool:
    """A later mention may leave the mode out or add how it was done ("setting homes on
    fire"); another mode names another act ("abducted 50 women" after an attack)."""
    if later is None or later == first:
        return True
    manner = MANNER_MODES.get(type_, frozenset())
    return later in manner and (first is None or first in manner)


def _same_scene(event: Event, earlier: Event) -> bool:
    """One act told twice on one day: the same scene and parties that fit, neither side
    turned round (the army's counter-attack on the attackers is another event)."""
    if event.date_precision not in PRECISE_DATES or not _places_agree(event.place, earlier.place):
        return False
    told = event.evidence[0]
    if told.span("date") is None and told.span("place") is None:
        return False  # day and scene both borrowed from the context: no sign it is that act
    return (
        _parties_fit(event.actors, earlier.actors)
        and _parties_fit(event.recipients, earlier.recipients)
        and not _reversed(event.actors, earlier.recipients)
        and not _reversed(earlier.actors, event.recipients)
    )


def _places_agree(one: Place | None, other: Place | None) -> bool:
    """Not two different scenes: same country, same region, and not two named towns."""
    if one is None or other is None:
        return True
    if one.country and other.country and one.country != other.country:
        return False
    if one.admin1 and other.admin1 and one.admin1 != other.admin1:
        return False
    if one.precision in SCENES and other.precision in SCENES:
        return one.name == other.name
    return True


def _parties_fit(these: list[Actor], those: list[Actor]) -> bool:
    """Could both lists name the same party? An empty list fits anything."""
    if not these or not those:
        return True
    return any(_same_side(one, other) for one in these for other in those)


def _reversed(actors: list[Actor], recipients: list[Actor]) -> bool:
    """The doers of one are the targets of the other: the army's counter-attack."""
    return any(_one_party(a, r) for a in actors for r in recipients)


def _same_side(one: Actor, other: Actor) -> bool:
    """Could be one party: named two ways (:func:`_one_party`), or 'gunmen' and 'JNIM' (an
    unidentified armed group may be any named one)."""
    if _one_party(one, other):
        return True
    sectors = {_sector(one), _sector(other)}
    return "UAG" in sectors and sectors <= ARMED_SECTORS


def _one_party(one: Actor, other: Actor) -> bool:
    """One party named two ways: the same actor, or a state and its forces or government
    ('Mali' and 'the Malian army')."""
    if one.id == other.id:
        return True
    if one.country and one.country == other.country:
        if one.kind == ActorKind.STATE and _sector(other) in STATE_SECTORS:
            return True
        if other.kind == ActorKind.STATE and _sector(one) in STATE_SECTORS:
            return True
    return False


def _sector(actor: Actor) -> str | None:
    return actor.sector.value if actor.sector is not None else None


def _dated_in_its_sentence(event: Event) -> bool:
    """A date the event's own sentence gives; one lent by the discourse (an undated
    restatement takes the lead's date) does not make it a separate event."""
    return bool(event.date_label) and any(e.span("date") for e in event.evidence)


def _compatible_actors(these: list[Actor], those: list[Actor]) -> bool:
    """Could both lists name the same perpetrators? A generic actor ('jihadists', 'gunmen')
    fits a named one of a compatible sector ('JNIM'); an empty list fits anything."""
    if not these or not those:
        return True
    for one in these:
        for other in those:
            if one.id == other.id:
                return True
            generic = one.kind.value == "group" or other.kind.value == "group"
            if generic and _armed(one) and _armed(other):
                return True
    return False


def _armed(actor: Actor) -> bool:
    return _sector(actor) in ARMED_SECTORS
