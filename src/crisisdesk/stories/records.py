"""Typed records for events across sources: one record per real event, with every mention.

An :class:`EventRecord` is what several articles of one story say about one happening: each
article's coded event is kept as a :class:`Mention` (with its evidence), every value a source
gave for a field is kept as a :class:`SourcedValue`, and where sources contradict each other a
:class:`Disagreement` says so. Nothing is averaged away: the record's own fields are the
*canonical* values (see ``docs/records.md`` for how they are chosen), and ``values`` holds the
rest. A :class:`StoryView` is one story: its articles, its records and its disagreements.
"""

from __future__ import annotations

from datetime import date, timedelta

from pydantic import Field

from crisisdesk.model import (
    Actor,
    DatePrecision,
    Event,
    Evidence,
    Model,
    Place,
    Status,
    format_date,
)


class SourceRef(Model):
    """One article that gave a value: who published it, when, and whether it is a reprint."""

    article_id: str
    outlet: str | None = None
    published: date | None = None
    duplicate_of: str | None = Field(
        default=None, description="The article this one is a near-copy of, if any."
    )

    def label(self) -> str:
        """'Outlet, 2023-11-15' (or the article id when the outlet is unknown)."""
        name = self.outlet or f"article {self.article_id[:8]}"
        when = f", {self.published.isoformat()}" if self.published else ""
        reprint = " (reprint)" if self.duplicate_of else ""
        return f"{name}{when}{reprint}"


class SourcedValue(Model):
    """One value of one field, with the sources that gave it."""

    value: str = Field(description="Machine form: a date label, actor ids, a number, a place.")
    label: str = Field(description="Readable form: names rather than ids.")
    number: int | None = Field(default=None, description="The number, for numeric fields.")
    precision: str | None = Field(
        default=None, description="Date or place precision ('day', 'town', ...)."
    )
    sources: list[SourceRef] = Field(default_factory=list)
    independent: int = Field(
        default=0, description="Independent sources (distinct outlets) stating exactly this."
    )
    support: int = Field(
        default=0,
        description="Independent sources consistent with it: those stating it, or a coarser "
        "value it refines ('2023-11' supports '2023-11-14').",
    )


class Disagreement(Model):
    """Sources that state a field differently, each value with its sources."""

    field: str = Field(description="date, place, actors, recipients, dead, injured, ...")
    values: list[SourcedValue]
    record_id: str | None = Field(
        default=None, description="The record it concerns (set on story-level lists)."
    )
    subject: str | None = Field(
        default=None, description="What it is about, e.g. 'RETREAT by MINUSMA (planned)'."
    )

    def summary(self) -> str:
        """One line: 'date: 2023-12-31 [Outlet A, ...] vs 2023-11 [Outlet B, ...]'."""
        parts = [
            f"{value.label} [{'; '.join(source.label() for source in value.sources)}]"
            for value in self.values
        ]
        about = f"{self.subject}: " if self.subject else ""
        return f"{about}{self.field}: " + " vs ".join(parts)


class Mention(Model):
    """One article's report of the event: the event as that article coded it."""

    article_id: str
    outlet: str | None = None
    published: date | None = None
    title: str | None = None
    duplicate_of: str | None = None
    source_key: str = Field(
        description="What counts as one independent source: the outlet of the original "
        "article (a reprint counts as its original), or the article itself when unknown."
    )
    evidence: list[Evidence] = Field(default_factory=list)
    event: Event = Field(
        description="The coded event; its evidence is moved to ``evidence`` to avoid a copy."
    )

    def ref(self) -> SourceRef:
        return SourceRef(
            article_id=self.article_id,
            outlet=self.outlet,
            published=self.published,
            duplicate_of=self.duplicate_of,
        )


class EventRecord(Model):
    """One real event across all the articles that report it."""

    id: str = Field(description="'rec-' + hash of the merged event ids: stable across runs.")
    story_id: str | None = None
    type: str
    mode: str | None = None
    contexts: list[str] = Field(default_factory=list)
    status: Status = Status.OCCURRED
    actors: list[Actor] = Field(default_factory=list)
    recipients: list[Actor] = Field(default_factory=list)
    place: Place | None = None
    date_start: date | None = None
    date_end: date | None = None
    date_precision: DatePrecision | None = None
    dead: int | None = None
    dead_high: int | None = None
    injured: int | None = None
    abducted: int | None = None
    arrested: int | None = None
    troops: int | None = None
    confidence: float = Field(ge=0.0, le=1.0, default=0.5)
    mentions: list[Mention] = Field(default_factory=list)
    sources: int = Field(
        default=0, description="Independent sources: distinct outlets, reprints excluded."
    )
    outlets: list[str] = Field(default_factory=list, description="Distinct outlets named.")
    values: dict[str, list[SourcedValue]] = Field(default_factory=dict)
    disagreements: list[Disagreement] = Field(default_factory=list)

    @property
    def date_label(self) -> str:
        """The date at its precision, as :attr:`crisisdesk.model.Event.date_label` writes it."""
        return date_label(self.date_start, self.date_end, self.date_precision)

    @property
    def effective_end(self) -> date | None:
        """The last day the event may fall on, given its start and precision."""
        return effective_end(self.date_start, self.date_end, self.date_precision)

    @property
    def article_ids(self) -> list[str]:
        return [mention.article_id for mention in self.mentions]


class ArticleRef(Model):
    """An article of a story, as a story view lists it."""

    article_id: str
    outlet: str | None = None
    published: date | None = None
    title: str | None = None
    url: str | None = None
    duplicate_of: str | None = None
    events: int = 0


class StoryView(Model):
    """One story: its articles, one record per real event, and where its sources disagree."""

    story_id: str
    articles: list[ArticleRef] = Field(default_factory=list)
    sources: int = Field(default=0, description="Independent sources across the story.")
    records: list[EventRecord] = Field(default_factory=list)
    disagreements: list[Disagreement] = Field(
        default_factory=list,
        description="Every record's disagreements, plus key facts (death tolls) stated "
        "differently in records that were not merged.",
    )


def date_label(start: date | None, end: date | None, precision: DatePrecision | None) -> str:
    """'2023-12-31', '2023-11', '2013', or 'start/end' for a range; '' when undated."""
    if start is None:
        return ""
    label = format_date(start, precision)
    if end and end != start:
        last = format_date(end, precision)
        if last != label:
            return f"{label}/{last}"
    return label


def effective_end(
    start: date | None, end: date | None, precision: DatePrecision | None
) -> date | None:
    """The last day covered: the stated end, else the end of the start's week, month or year."""
    if start is None:
        return None
    if end is not None:
        return end
    if precision == DatePrecision.YEAR:
        return date(start.year, 12, 31)
    if precision == DatePrecision.MONTH:
        following = date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return following - timedelta(days=1)
    if precision == DatePrecision.WEEK:
        return start + timedelta(days=6)
    return start
