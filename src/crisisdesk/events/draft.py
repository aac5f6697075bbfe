"""An event being assembled from one trigger, before it becomes an :class:`Event`."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from crisisdesk.dates.resolve import DateValue
from crisisdesk.events.numbers import Count
from crisisdesk.events.status import ClauseReading
from crisisdesk.events.triggers import TriggerMatch
from crisisdesk.model import Actor, Place, PlacePrecision


@dataclass
class Draft:
    """An event being assembled from one trigger, before merging."""

    match: TriggerMatch
    sentence: Span
    reading: ClauseReading
    actors: list[tuple[Actor, Token]] = field(default_factory=list)
    recipients: list[tuple[Actor, Token]] = field(default_factory=list)
    place: tuple[Place, Token | None] | None = None
    date: tuple[DateValue, tuple[int, int] | None] | None = None  # span None: inherited
    counts: dict[str, Count] = field(default_factory=dict)
    extra_triggers: list[TriggerMatch] = field(default_factory=list)
    # the earlier event this mention restates ("the capture", "the attackers"):
    # merging/antecedents.py
    antecedent: Draft | None = None
    # a noun pointing back with a date of its own ("Tuesday's ambush", "the 2020 coup"): it
    # restates its antecedent only if that date is the antecedent's (merging/antecedents.py)
    dated_reference: bool = False

    @property
    def type(self) -> str:
        return self.match.entry.type


SPECIFICITY = {
    PlacePrecision.TOWN: 0,
    PlacePrecision.ADMIN2: 1,
    PlacePrecision.ADMIN1: 2,
    PlacePrecision.REGION: 3,
    PlacePrecision.COUNTRY: 4,
}
