"""How values from different sources relate, and where sources disagree.

Each field an analyst compares across sources (date, place, actors, recipients, dead and the
other counts) has a :class:`FieldSpec`: how to read it from an event, when one value
*refines* another (says the same, more precisely: "2023-11-14" refines "2023-11"; "Kidal"
refines "Mali"; "Malian army and Wagner" refines "Malian army") and when two values
*conflict* (neither can be true with the other: "2023-12-31" and "2023-11"; 100 and 132 dead).
The same relations decide which events :mod:`crisisdesk.stories.merge` may merge.

Pure functions over :mod:`crisisdesk.model` and :mod:`crisisdesk.stories.records` objects.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from crisisdesk.events.ontology import load_ontology
from crisisdesk.model import (
    Actor,
    ActorKind,
    DatePrecision,
    Event,
    Place,
    PlacePrecision,
    Sector,
)
from crisisdesk.stories.records import (
    Disagreement,
    EventRecord,
    Mention,
    SourcedValue,
    date_label,
    effective_end,
)

# -- actors ----------------------------------------------------------------------------------

# Sectors a generic "unidentified armed group" ("gunmen", "assailants") may turn out to be.
_UNIDENTIFIED_MAY_BE = frozenset(
    {Sector.INS, Sector.REB, Sector.MILITIA, Sector.UNIDENTIFIED, Sector.MIL_PRIV}
)


@cache
def state_sectors() -> frozenset[str]:
    """Sectors that are organs or agents of a state (from the ontology's ACLED groups)."""
    return load_ontology().acled_spec.state_sectors | {Sector.JUD.value, Sector.LEG.value}


def is_unresolved(actor: Actor) -> bool:
    """Actors the knowledge base could not resolve: unknown, so they contradict nothing."""
    return actor.unresolved


def is_generic(actor: Actor) -> bool:
    """A country-sector group ("Mali military", "militants") or a whole state ("Mali")."""
    return actor.kind in (ActorKind.GROUP, ActorKind.STATE)


def covers(generic: Actor, other: Actor) -> bool:
    """True when ``generic`` may be a less precise name for ``other``.

    "Mali military" covers FAMa (same id anyway) and Colonel X of the Malian army; "Mali"
    covers the Malian government, army and its officials; "militants" covers JNIM; "gunmen"
    (unidentified armed group) covers any non-state armed group, whatever its home country,
    because armed groups cross borders.
    """
    if generic.kind == ActorKind.STATE:
        return (
            other.country == generic.country
            and other.sector is not None
            and other.sector.value in state_sectors()
        )
    if generic.kind != ActorKind.GROUP or generic.sector is None or other.sector is None:
        return False
    armed_group = other.kind == ActorKind.ARMED_GROUP
    if generic.sector == Sector.UNIDENTIFIED:
        same_country = generic.country is None or armed_group or other.country == generic.country
        return other.sector in _UNIDENTIFIED_MAY_BE and same_country
    same_country = (
        generic.country is None
        or other.country == generic.country
        or (armed_group and generic.sector == Sector.INS)
    )
    return other.sector == generic.sector and same_country


def linked(first: Actor, second: Actor) -> bool:
    """The two may name the same actor: same id, or one covers the other."""
    return first.id == second.id or covers(first, second) or covers(second, first)


def leftovers(actors: Sequence[Actor], others: Sequence[Actor]) -> list[Actor]:
    """Resolved actors of ``actors`` that name nobody in ``others``."""
    return [
        actor
        for actor in actors
        if not is_unresolved(actor) and not any(linked(actor, other) for other in others)
    ]


def actors_compatible(first: Sequence[Actor], second: Sequence[Actor]) -> bool:
    """Whether two actor lists may describe the same participants.

    An empty list (or one of unresolved names only) is compatible with anything. Otherwise at
    least one actor must be linked across, and no actor left over on one side may be of the
    same sector as one left over on the other: JNIM and ISGS are two armed groups, "Mali
    military" and "Niger military" two armies, while "Malian army and Wagner" and "Malian
    army and a militia" only name different allies.
    """
    known_first = [actor for actor in first if not is_unresolved(actor)]
    known_second = [actor for actor in second if not is_unresolved(actor)]
    if not known_first or not known_second:
        return True
    if not any(linked(a, b) for a in known_first for b in known_second):
        return False
    rest_second = leftovers(known_second, known_first)
    return not any(
        a.sector is not None and a.sector == b.sector
        for a in leftovers(known_first, known_second)
        for b in rest_second
    )


def actors_refine(value: Sequence[Actor], other: Sequence[Actor]) -> bool:
    """``value`` names everyone ``other`` names (perhaps more precisely, perhaps more)."""
    return not leftovers(other, value)


def actors_conflict(first: Sequence[Actor], second: Sequence[Actor]) -> bool:
    """Each list names someone the other does not: neither is a fuller form of the other."""
    return bool(leftovers(first, second)) and bool(leftovers(second, first))


def actors_key(actors: Sequence[Actor]) -> str:
    return "; ".join(sorted(actor.id for actor in actors))


def actors_label(actors: Sequence[Actor]) -> str:
    return "; ".join(actor.name for actor in sorted(actors, key=lambda actor: actor.id))


def actors_precision(actors: Sequence[Actor]) -> int:
    """Named actors count more than generic ones; more actors more than fewer."""
    return sum(1 if is_generic(actor) else 10 for actor in actors)


# -- places ----------------------------------------------------------------------------------

_PLACE_RANK = {
    PlacePrecision.TOWN: 5,
    PlacePrecision.ADMIN2: 4,
    PlacePrecision.ADMIN1: 3,
    PlacePrecision.REGION: 2,
    PlacePrecision.COUNTRY: 1,
}


def _same_town(first: Place, second: Place) -> bool:
    if first.geonames_id and second.geonames_id:
        return first.geonames_id == second.geonames_id
    return first.name.casefold() == second.name.casefold()


def places_compatible(first: Place | None, second: Place | None) -> bool:
    """Same place at the precision both know: country, then admin1, then town.

    A town and its admin1 agree, and so do a town and its country; two different towns do
    not, even in the same admin1 (Kidal and Anefis are two battles).
    """
    if first is None or second is None:
        return True
    if first.country and second.country and first.country != second.country:
        return False
    if first.admin1 and second.admin1 and first.admin1 != second.admin1:
        return False
    both_towns = first.precision == second.precision == PlacePrecision.TOWN
    return not both_towns or _same_town(first, second)


def place_refines(value: Place, other: Place) -> bool:
    """``value`` is ``other`` or a place inside it."""
    if other.country and value.country != other.country:
        return False
    if other.admin1 and value.admin1 != other.admin1:
        return False
    if other.precision == PlacePrecision.TOWN:
        return value.precision == PlacePrecision.TOWN and _same_town(value, other)
    return _PLACE_RANK[value.precision] >= _PLACE_RANK[other.precision]


def place_key(place: Place) -> str:
    fine = place.precision in (PlacePrecision.TOWN, PlacePrecision.ADMIN2, PlacePrecision.REGION)
    name = place.name.casefold() if fine else ""
    return "|".join((place.country or "", place.admin1 or "", name))


def place_label(place: Place) -> str:
    """'Kidal (ML-8, MLI)', 'Mali'."""
    where = [part for part in (place.admin1, place.country) if part and part != place.name]
    return f"{place.name} ({', '.join(where)})" if where else place.name


# -- dates -----------------------------------------------------------------------------------

_DATE_RANK = {
    DatePrecision.DAY: 4,
    DatePrecision.WEEK: 3,
    DatePrecision.MONTH: 2,
    DatePrecision.YEAR: 1,
}


@dataclass(frozen=True)
class DateValue:
    """An event's date as a closed interval at its precision."""

    start: date
    end: date
    precision: DatePrecision | None
    label: str

    @classmethod
    def of(cls, event: Event | EventRecord) -> DateValue | None:
        if event.date_start is None:
            return None
        last = effective_end(event.date_start, event.date_end, event.date_precision)
        label = date_label(event.date_start, event.date_end, event.date_precision)
        return cls(event.date_start, last or event.date_start, event.date_precision, label)

    def overlaps(self, other: DateValue) -> bool:
        """The same time at the coarser of the two precisions: 2023-11 and 2023-11-14 do."""
        return self.start <= other.end and other.start <= self.end

    def within(self, other: DateValue) -> bool:
        return other.start <= self.start and self.end <= other.end

    @property
    def rank(self) -> int:
        """Precision rank; a stated range is a little less precise than its precision says."""
        ranked = _DATE_RANK.get(self.precision, 0) if self.precision else 0
        return ranked * 2 - (1 if self.end != self.start and ranked == 4 else 0)


def dates_overlap(first: Event, second: Event) -> bool:
    """Undated events overlap anything (an undated back-reference may be any date)."""
    one, two = DateValue.of(first), DateValue.of(second)
    return one is None or two is None or one.overlaps(two)


# -- fields ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldSpec:
    """How one field is read from an event, compared and shown."""

    name: str
    extract: Callable[[Event], Any]
    key: Callable[[Any], str]
    label: Callable[[Any], str]
    refines: Callable[[Any, Any], bool]
    conflicts: Callable[[Any, Any], bool]
    precision: Callable[[Any], int] = lambda _value: 0
    precision_name: Callable[[Any], str | None] = lambda _value: None
    number: Callable[[Any], int | None] = lambda _value: None


def _count_field(name: str) -> FieldSpec:
    return FieldSpec(
        name=name,
        extract=lambda event: getattr(event, name),
        key=str,
        label=str,
        refines=lambda value, other: value == other,
        conflicts=lambda value, other: value != other,
        number=lambda value: value,
    )


def _label_field(name: str, read: Callable[[Event], str | None]) -> FieldSpec:
    """A field listed with its sources but never a disagreement (type, status, mode):
    an event reported as planned, then as done, is news, not a contradiction."""
    return FieldSpec(
        name=name,
        extract=read,
        key=str,
        label=str,
        refines=lambda value, other: value == other,
        conflicts=lambda _value, _other: False,
    )


def _actors_field(name: str) -> FieldSpec:
    return FieldSpec(
        name=name,
        extract=lambda event: list(getattr(event, name)) or None,
        key=actors_key,
        label=actors_label,
        refines=actors_refine,
        conflicts=actors_conflict,
        precision=actors_precision,
    )


DATE_FIELD = FieldSpec(
    name="date",
    extract=DateValue.of,
    key=lambda value: value.label,
    label=lambda value: value.label,
    refines=lambda value, other: value.within(other),
    conflicts=lambda value, other: not value.overlaps(other),
    precision=lambda value: value.rank,
    precision_name=lambda value: value.precision.value if value.precision else None,
)

PLACE_FIELD = FieldSpec(
    name="place",
    extract=lambda event: event.place,
    key=place_key,
    label=place_label,
    refines=place_refines,
    conflicts=lambda value, other: not places_compatible(value, other),
    precision=lambda value: _PLACE_RANK[value.precision],
    precision_name=lambda value: value.precision.value,
)

COUNT_FIELDS = ("dead", "injured", "abducted", "arrested", "troops")

FIELDS: tuple[FieldSpec, ...] = (
    DATE_FIELD,
    PLACE_FIELD,
    _actors_field("actors"),
    _actors_field("recipients"),
    *(_count_field(name) for name in COUNT_FIELDS),
    _label_field("type", lambda event: event.type),
    _label_field("mode", lambda event: event.mode),
    _label_field("status", lambda event: event.status.value),
)

FIELD_BY_NAME = {spec.name: spec for spec in FIELDS}


# -- values, canonical choice, disagreements -------------------------------------------------


@dataclass
class _Group:
    """Mentions that gave one value."""

    value: Any
    mentions: list[Mention]


def _groups(spec: FieldSpec, mentions: Sequence[Mention]) -> list[_Group]:
    groups: dict[str, _Group] = {}
    for mention in mentions:
        value = spec.extract(mention.event)
        if value is None:
            continue
        groups.setdefault(spec.key(value), _Group(value, [])).mentions.append(mention)
    return [groups[key] for key in sorted(groups)]


def field_values(spec: FieldSpec, mentions: Sequence[Mention]) -> list[SourcedValue]:
    """Every value the mentions give for the field, with sources; best supported first.

    ``support`` counts the independent sources whose own value this one equals or refines,
    so the most precise value nobody contradicts collects the most support.
    """
    return _values(spec, _groups(spec, mentions))


def _values(spec: FieldSpec, groups: list[_Group]) -> list[SourcedValue]:
    values = []
    for group in groups:
        supporters = {
            mention.source_key
            for other in groups
            if other is group or spec.refines(group.value, other.value)
            for mention in other.mentions
        }
        values.append(
            SourcedValue(
                value=spec.key(group.value),
                label=spec.label(group.value),
                number=spec.number(group.value),
                precision=spec.precision_name(group.value),
                sources=[mention.ref() for mention in group.mentions],
                independent=len({mention.source_key for mention in group.mentions}),
                support=len(supporters),
            )
        )
    if len(values) < 2:
        return values
    order = _ranking(spec, groups, values)
    return [values[index] for index in order]


def _ranking(spec: FieldSpec, groups: list[_Group], values: list[SourcedValue]) -> list[int]:
    """Indices best first: support, then precision, then the most recent report."""

    def rank(index: int) -> tuple[int, int, date]:
        latest = max((m.published or date.min for m in groups[index].mentions), default=date.min)
        return (values[index].support, spec.precision(groups[index].value), latest)

    # sorted() is stable and groups are in key order, so equal ranks stay deterministic.
    return sorted(range(len(values)), key=rank, reverse=True)


def _clash(spec: FieldSpec, groups: list[_Group]) -> bool:
    """Two of the values conflict."""
    return any(
        spec.conflicts(first.value, second.value)
        for index, first in enumerate(groups)
        for second in groups[index + 1 :]
    )


def record_fields(
    mentions: Sequence[Mention],
) -> tuple[dict[str, list[SourcedValue]], list[Disagreement]]:
    """The sourced values of every field, and the fields on which sources disagree."""
    values: dict[str, list[SourcedValue]] = {}
    found: list[Disagreement] = []
    for spec in FIELDS:
        groups = _groups(spec, mentions)
        if not groups:
            continue
        values[spec.name] = _values(spec, groups)
        if len(groups) > 1 and _clash(spec, groups):
            found.append(Disagreement(field=spec.name, values=values[spec.name]))
    return values, found


# -- story level -----------------------------------------------------------------------------


def record_subject(record: EventRecord) -> str:
    """'RETREAT by MINUSMA (planned)', 'ASSAULT by gunmen on civilians in Solhan'."""
    text = record.type + (f"/{record.mode}" if record.mode else "")
    if record.actors:
        text += f" by {actors_label(record.actors)}"
    if record.recipients:
        text += f" on {actors_label(record.recipients)}"
    if record.place and record.place.precision != PlacePrecision.COUNTRY:
        text += f" in {record.place.name}"
    if record.status.value != "occurred":
        text += f" ({record.status.value})"
    return text


def story_disagreements(records: Iterable[EventRecord]) -> list[Disagreement]:
    """Every record's disagreements, then death tolls stated differently across records.

    The second pass catches one key fact split over two records, e.g. when one report codes
    the attack with its toll and the other codes the toll on an event with no named actor.
    """
    records = list(records)
    found = [
        disagreement.model_copy(update={"record_id": record.id, "subject": record_subject(record)})
        for record in records
        for disagreement in record.disagreements
    ]
    found.extend(_toll_disagreements(records))
    return found


def _toll_related(first: EventRecord, second: EventRecord) -> bool:
    return (
        first.type == second.type
        and places_compatible(first.place, second.place)
        and actors_compatible(first.actors, second.actors)
        and actors_compatible(first.recipients, second.recipients)
    )


def _toll_disagreements(records: list[EventRecord]) -> list[Disagreement]:
    tolled = [record for record in records if record.dead is not None]
    clusters = _clusters(tolled, _toll_related)
    found = []
    spec = FIELD_BY_NAME["dead"]
    for cluster in clusters:
        mentions = [mention for record in cluster for mention in record.mentions]
        values = field_values(spec, mentions)
        already = any(
            {v.value for v in values} <= {v.value for v in record.values.get("dead", [])}
            for record in cluster
        )
        articles = {source.article_id for value in values for source in value.sources}
        if len(values) > 1 and len(articles) > 1 and not already:
            subject = " / ".join(sorted({record_subject(record) for record in cluster}))
            found.append(Disagreement(field="dead", values=values, subject=subject))
    return found


def _clusters(
    items: list[EventRecord], related: Callable[[EventRecord, EventRecord], bool]
) -> list[list[EventRecord]]:
    """Connected groups of two or more items under ``related`` (union-find)."""
    parent = list(range(len(items)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    for i, first in enumerate(items):
        for j in range(i + 1, len(items)):
            if related(first, items[j]):
                parent[root(j)] = root(i)
    groups: dict[int, list[EventRecord]] = {}
    for index, item in enumerate(items):
        groups.setdefault(root(index), []).append(item)
    return [group for group in groups.values() if len(group) > 1]
