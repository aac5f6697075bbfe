"""One event per real event in a document: merging triggers and restatements.

Within a sentence, triggers of one type (or kin types) are one event; across a document, a
restatement of an event joins the first mention and adds what it tells that the first did not.
"""

from __future__ import annotations

from spacy.tokens import Span

from crisisdesk.events.draft import SPECIFICITY, Draft
from crisisdesk.events.lexicon import Quantities
from crisisdesk.model import Actor, Event, Status

# Types that one sentence may state together of the same act ("signed a pact, creating an
# alliance"): coded once.
KIN_TYPES = {"AGREE", "COOPERATE"}


def merge_in_sentence(drafts: list[Draft], quantities: Quantities, sentence: Span) -> list[Draft]:
    """One draft per event in a sentence: 'an attack that killed 20 soldiers' is one ASSAULT."""
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
    at once) and status, and no conflicting dates. Different actors do not keep them apart:
    "assailants attacked the camp and the peacekeepers repelled the attack" is one clash.
    """
    if not (a.type == b.type or {a.type, b.type} <= KIN_TYPES):
        return False
    if a.reading.status != b.reading.status:
        return False
    return not (a.date and b.date and a.date[0] != b.date[0])


def merge_repeated(events: list[Event]) -> list[Event]:
    """The same event stated twice in a document is one event with two evidences.

    Dated mentions merge when type, actors, recipients, date and status agree. An undated
    mention ("the departure of MINUSMA leaves a void") joins the dated event of the same
    type and actors it refers back to, or else an earlier undated one like it.
    """
    kept: list[Event] = []
    for event in events:
        target = next((k for k in kept if _restates(event, k)), None)
        if target is None:
            kept.append(event)
        else:
            _absorb(target, event)
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
    if event.type != earlier.type:
        return False
    if (event.status == Status.NEGATED) != (earlier.status == Status.NEGATED):
        return False  # "denied carrying out the attack" is not the attack told before
    if event.mode is not None and event.mode != earlier.mode:
        return False  # an abduction after an attack is another event
    actors = {a.id for a in event.actors}
    dated = _dated_in_its_sentence(event)
    if actors != {a.id for a in earlier.actors}:
        # "JNIM claimed the attack": the jihadists' attack told before, if undated
        return not dated and _compatible_actors(event.actors, earlier.actors)
    recipients = {a.id for a in event.recipients}
    earlier_recipients = {a.id for a in earlier.recipients}
    if dated:
        return (
            event.date_label == earlier.date_label
            and event.status == earlier.status
            and recipients == earlier_recipients
        )
    return recipients <= earlier_recipients or not earlier_recipients


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
    return actor.sector is not None and actor.sector.value in {"INS", "REB", "UAG", "MLT", "PMC"}
