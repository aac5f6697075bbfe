"""Score the pipeline's output against a gold file, exactly as the gold format specifies.

Matching (per document): a system event matches a gold event when its type is the gold type
(or one of the gold list) and one of its evidence sentences contains one of the gold evidence
strings, both with white space folded and case folded. Gold events are taken in file order;
each takes the first still-unmatched system event, system events ordered by where their
evidence sentence starts. A system event left over that would have matched an already matched
gold event is a duplicate: counted on its own, not as a false positive.

Conventions where a ratio has nothing to count: precision is 1.0 when the system claimed no
event, recall 1.0 when gold holds none, F1 is 0.0 when both are 0; an attribute, story or
body share over nothing is ``None`` ("not measured").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from pydantic import BaseModel, Field

from crisisdesk.evaluation.gold import GoldDocument, GoldEvent
from crisisdesk.model import Actor, DatePrecision, DocumentResult, Event, format_date

ATTRIBUTES = ("mode", "actor", "recipient", "country", "admin1", "date", "status", "dead")

# Coarser precisions rank higher; a system date coarser than the gold one is not correct.
_PRECISION_RANK = {
    DatePrecision.DAY: 0,
    DatePrecision.WEEK: 1,
    DatePrecision.MONTH: 2,
    DatePrecision.YEAR: 3,
}


# -- report models ---------------------------------------------------------------------------


class Figures(BaseModel):
    """Precision, recall and F1 with the counts they come from."""

    precision: float
    recall: float
    f1: float
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @classmethod
    def from_counts(cls, tp: int, fp: int, fn: int) -> Figures:
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        return cls(
            precision=precision, recall=recall, f1=_f1(precision, recall), tp=tp, fp=fp, fn=fn
        )


class TypeFigures(Figures):
    support: int = Field(description="Gold events of this type.")


class EventScores(Figures):
    duplicates: int = 0
    by_type: dict[str, TypeFigures] = Field(default_factory=dict)
    untyped: Figures


class AttributeScore(BaseModel):
    """Share of matched pairs with this attribute right, over the pairs where gold gives it."""

    share: float | None
    correct: int
    total: int


class StoryScores(BaseModel):
    precision: float | None = None
    recall: float | None = None
    f1: float | None = None
    documents: int = 0


class BodyScores(BaseModel):
    contains: float | None = Field(default=None, description="Share of snippets present.")
    excludes: float | None = Field(default=None, description="Share of snippets absent.")
    contains_total: int = 0
    excludes_total: int = 0


class Finding(BaseModel):
    """One error, for the analyst improving the pipeline."""

    document: str
    kind: str = Field(description="missed, false_positive, duplicate, or an attribute name")
    type: str
    text: str = Field(description="Gold evidence, or the system's evidence sentence.")
    gold: str | None = None
    system: str | None = None


class EvalReport(BaseModel):
    events: EventScores
    attributes: dict[str, AttributeScore]
    stories: StoryScores
    body: BodyScores
    documents: int
    gold_events: int
    system_events: int
    missing_documents: list[str] = Field(
        default_factory=list, description="Gold documents the system returned no result for."
    )
    confidence: dict[str, Figures] = Field(
        default_factory=dict,
        description="Event detection keeping only events at or above each confidence level.",
    )
    findings: list[Finding] = Field(default_factory=list)


# -- matching --------------------------------------------------------------------------------


def fold(text: str) -> str:
    """White space and case folded, for containment tests."""
    return " ".join(text.split()).casefold()


@dataclass
class _Match:
    """Matching of one document: pairs (gold index, system event), duplicates, leftovers."""

    pairs: list[tuple[int, Event]] = field(default_factory=list)
    duplicates: list[Event] = field(default_factory=list)
    false_positives: list[Event] = field(default_factory=list)
    missed: list[int] = field(default_factory=list)


def _evidence_order(event: Event) -> tuple[float, float]:
    """Where the event's first evidence sentence starts, then where its trigger starts in it:
    document order, which the store's order (by date) is not within one sentence. Events
    citing nothing go last."""
    if not event.evidence:
        return (float("inf"), float("inf"))
    first = min(event.evidence, key=lambda evidence: evidence.sentence_start)
    trigger = first.span("trigger")
    return (first.sentence_start, trigger.start if trigger else first.sentence_start)


def _cites(gold: GoldEvent, event: Event) -> bool:
    """The event cites a sentence that contains one of the gold evidence strings."""
    wanted = [fold(text) for text in gold.evidence_strings]
    sentences = [fold(evidence.sentence) for evidence in event.evidence]
    return any(needle in sentence for needle in wanted for sentence in sentences)


def _typed(gold: GoldEvent, event: Event) -> bool:
    return event.type in gold.types and _cites(gold, event)


def match_document(
    gold_events: Sequence[GoldEvent],
    system_events: Sequence[Event],
    compatible: Callable[[GoldEvent, Event], bool] = _typed,
) -> _Match:
    """Greedy one-to-one matching in document order, as the gold format specifies."""
    ordered = sorted(system_events, key=_evidence_order)  # stable: ties keep output order
    taken: set[int] = set()
    result = _Match()
    for gold_index, gold in enumerate(gold_events):
        for position, event in enumerate(ordered):
            if position not in taken and compatible(gold, event):
                taken.add(position)
                result.pairs.append((gold_index, event))
                break
        else:
            result.missed.append(gold_index)
    matched_gold = [gold_events[index] for index, _ in result.pairs]
    for position, event in enumerate(ordered):
        if position in taken:
            continue
        if any(compatible(gold, event) for gold in matched_gold):
            result.duplicates.append(event)
        else:
            result.false_positives.append(event)
    return result


# -- attributes ------------------------------------------------------------------------------


def _actors_found(gold_actors: list[str | list[str]], system_actors: list[Actor]) -> bool:
    """Every gold actor (a name or a list of alternatives) is among the system's actors;
    an empty gold list means the system must have none."""
    if not gold_actors:
        return not system_actors
    return all(
        any(actor.matches(name) for actor in system_actors for name in _alternatives(item))
        for item in gold_actors
    )


def _alternatives(item: str | list[str]) -> list[str]:
    return [item] if isinstance(item, str) else item


def date_correct(gold_date: str, gold_precision: DatePrecision, event: Event) -> bool:
    """The system's start date, written at the gold precision, is the gold date, and the
    system is at least as precise as gold (a month is no answer to "which day").

    Week precision: the gold date is any day of the week; the system date must fall in the
    same ISO week.
    """
    if event.date_start is None:
        return False
    system_precision = event.date_precision or DatePrecision.DAY
    if _PRECISION_RANK[system_precision] > _PRECISION_RANK[gold_precision]:
        return False
    if gold_precision == DatePrecision.WEEK:
        gold_week = date.fromisoformat(gold_date).isocalendar()[:2]
        return event.date_start.isocalendar()[:2] == gold_week
    return format_date(event.date_start, gold_precision) == gold_date


def attribute_checks(gold: GoldEvent, event: Event) -> dict[str, tuple[bool, str, str]]:
    """For each attribute gold gives: (correct, gold value, system value) as text."""
    place = event.place
    checks: dict[str, tuple[bool, str, str]] = {}
    if gold.mode is not None:
        checks["mode"] = (event.mode == gold.mode, gold.mode, str(event.mode))
    for role, gold_actors, actors in (
        ("actor", gold.actor, event.actors),
        ("recipient", gold.recipient, event.recipients),
    ):
        if gold_actors is not None:
            shown = ", ".join(actor.name for actor in actors) or "[]"
            checks[role] = (_actors_found(gold_actors, actors), str(gold_actors), shown)
    system_country = place.country if place else None
    if gold.country is not None:
        checks["country"] = (system_country == gold.country, gold.country, str(system_country))
    system_admin1 = place.admin1 if place else None
    if gold.admin1 is not None:
        checks["admin1"] = (system_admin1 == gold.admin1, gold.admin1, str(system_admin1))
    if gold.date is not None and gold.date_precision is not None:
        right = date_correct(gold.date, gold.date_precision, event)
        checks["date"] = (
            right,
            f"{gold.date} ({gold.date_precision})",
            f"{event.date_label} ({event.date_precision})",
        )
    if gold.status is not None:
        checks["status"] = (event.status == gold.status, gold.status, event.status)
    if gold.dead is not None:
        checks["dead"] = (event.dead == gold.dead, str(gold.dead), str(event.dead))
    return checks


# -- stories and body ------------------------------------------------------------------------


def bcubed(gold_clusters: dict[str, str], system_clusters: dict[str, object]) -> StoryScores:
    """B-cubed precision, recall and F1 of ``system_clusters`` against ``gold_clusters``
    (both map item -> cluster key), over the items of ``gold_clusters``."""
    items = list(gold_clusters)
    if not items:
        return StoryScores()
    by_gold: dict[str, set[str]] = defaultdict(set)
    by_system: dict[object, set[str]] = defaultdict(set)
    for item in items:
        by_gold[gold_clusters[item]].add(item)
        by_system[system_clusters[item]].add(item)
    precision = recall = 0.0
    for item in items:
        same_gold = by_gold[gold_clusters[item]]
        same_system = by_system[system_clusters[item]]
        both = len(same_gold & same_system)
        precision += both / len(same_system)
        recall += both / len(same_gold)
    precision /= len(items)
    recall /= len(items)
    return StoryScores(
        precision=precision, recall=recall, f1=_f1(precision, recall), documents=len(items)
    )


def _story_scores(gold: Sequence[GoldDocument], stories: dict[str, str] | None) -> StoryScores:
    gold_clusters = {doc.id: doc.story for doc in gold if doc.story}
    # A document without a system story is its own story; the tuple cannot collide with a
    # system story id.
    system = stories or {}
    system_clusters: dict[str, object] = {
        doc_id: system.get(doc_id) or ("own", doc_id) for doc_id in gold_clusters
    }
    return bcubed(gold_clusters, system_clusters)


def _body_scores(gold: Sequence[GoldDocument], results: dict[str, DocumentResult]) -> BodyScores:
    """A document without a result fails all its snippets: no body is no boilerplate removal."""
    present = absent = contains_total = excludes_total = 0
    for doc in gold:
        result = results.get(doc.id)
        body = fold(result.article.body) if result else None
        contains_total += len(doc.body_contains)
        excludes_total += len(doc.body_excludes)
        if body is None:
            continue
        present += sum(fold(snippet) in body for snippet in doc.body_contains)
        absent += sum(fold(snippet) not in body for snippet in doc.body_excludes)
    return BodyScores(
        contains=present / contains_total if contains_total else None,
        excludes=absent / excludes_total if excludes_total else None,
        contains_total=contains_total,
        excludes_total=excludes_total,
    )


# -- the whole score -------------------------------------------------------------------------


@dataclass
class _Tally:
    """Running counts over all documents."""

    typed: list[int] = field(default_factory=lambda: [0, 0, 0])  # tp, fp, fn
    untyped: list[int] = field(default_factory=lambda: [0, 0, 0])
    duplicates: int = 0
    per_type: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))
    support: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    attributes: dict[str, list[int]] = field(
        default_factory=lambda: {name: [0, 0] for name in ATTRIBUTES}
    )
    findings: list[Finding] = field(default_factory=list)


def score(
    gold: list[GoldDocument],
    results: dict[str, DocumentResult],
    stories: dict[str, str] | None = None,
) -> EvalReport:
    """Score ``results`` (keyed by gold document id) against ``gold``.

    ``stories`` maps gold document id to the system's story id; ``None`` scores every
    document as its own story.
    """
    tally = _Tally()
    system_events = 0
    for doc in gold:
        result = results.get(doc.id)
        events = result.events if result else []
        system_events += len(events)
        _tally_document(doc, events, tally)
    by_type = {
        event_type: TypeFigures(
            **Figures.from_counts(*counts).model_dump(), support=tally.support[event_type]
        )
        for event_type, counts in sorted(tally.per_type.items())
    }
    return EvalReport(
        events=EventScores(
            **Figures.from_counts(*tally.typed).model_dump(),
            duplicates=tally.duplicates,
            by_type=by_type,
            untyped=Figures.from_counts(*tally.untyped),
        ),
        attributes={
            name: AttributeScore(
                share=correct / total if total else None, correct=correct, total=total
            )
            for name, (correct, total) in tally.attributes.items()
        },
        stories=_story_scores(gold, stories),
        body=_body_scores(gold, results),
        documents=len(gold),
        gold_events=sum(len(doc.events) for doc in gold),
        system_events=system_events,
        missing_documents=[doc.id for doc in gold if doc.id not in results],
        findings=tally.findings,
    )


def _tally_document(doc: GoldDocument, events: list[Event], tally: _Tally) -> None:
    typed = match_document(doc.events, events)
    untyped = match_document(doc.events, events, compatible=_cites)
    for counts, match in ((tally.typed, typed), (tally.untyped, untyped)):
        counts[0] += len(match.pairs)
        counts[1] += len(match.false_positives)
        counts[2] += len(match.missed)
    tally.duplicates += len(typed.duplicates)
    for gold_index, event in typed.pairs:
        # A gold event with a list of types counts under the type the system chose.
        tally.per_type[event.type][0] += 1
        tally.support[event.type] += 1
        _tally_attributes(doc.id, doc.events[gold_index], event, tally)
    for event in typed.false_positives:
        tally.per_type[event.type][1] += 1
        tally.findings.append(_finding(doc.id, "false_positive", event))
    for event in typed.duplicates:
        tally.findings.append(_finding(doc.id, "duplicate", event))
    for gold_index in typed.missed:
        gold_event = doc.events[gold_index]
        tally.per_type[gold_event.types[0]][2] += 1
        tally.support[gold_event.types[0]] += 1
        tally.findings.append(
            Finding(
                document=doc.id,
                kind="missed",
                type="|".join(gold_event.types),
                text=gold_event.evidence_strings[0],
            )
        )


def _tally_attributes(doc_id: str, gold: GoldEvent, event: Event, tally: _Tally) -> None:
    for name, (right, gold_value, system_value) in attribute_checks(gold, event).items():
        tally.attributes[name][0] += right
        tally.attributes[name][1] += 1
        if not right:
            tally.findings.append(
                Finding(
                    document=doc_id,
                    kind=name,
                    type=event.type,
                    text=gold.evidence_strings[0],
                    gold=gold_value,
                    system=system_value,
                )
            )


def _finding(doc_id: str, kind: str, event: Event) -> Finding:
    sentence = event.evidence[0].sentence if event.evidence else ""
    return Finding(document=doc_id, kind=kind, type=event.type, text=sentence)


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


# Presentation lives in report.py; re-exported so ``score`` offers the whole evaluation API.
from crisisdesk.evaluation.report import render_table, report_json  # noqa: E402

__all__ = ["EvalReport", "match_document", "render_table", "report_json", "score"]


CONFIDENCE_LEVELS = (0.5, 0.8)


def with_confidence_bands(
    report: EvalReport,
    gold: list[GoldDocument],
    results: dict[str, DocumentResult],
    levels: tuple[float, ...] = CONFIDENCE_LEVELS,
) -> EvalReport:
    """The report with detection figures for the events kept at each confidence level.

    This tells whether confidence means something: precision should rise as the level does.
    """
    bands: dict[str, Figures] = {}
    for level in levels:
        kept = {
            doc_id: result.model_copy(
                update={"events": [e for e in result.events if e.confidence >= level]}
            )
            for doc_id, result in results.items()
        }
        figures = score(gold, kept).events
        bands[f"{level:.1f}"] = Figures(
            precision=figures.precision,
            recall=figures.recall,
            f1=figures.f1,
            tp=figures.tp,
            fp=figures.fp,
            fn=figures.fn,
        )
    return report.model_copy(update={"confidence": bands})
