"""Presenting an :class:`~crisisdesk.evaluation.score.EvalReport`: stable JSON and Rich tables.

The JSON keys are a public interface (other programs read ``events.f1``,
``events.by_type.ASSAULT.f1``, ``attributes.date``, ``stories.f1``, ``body.contains``...):
add keys freely, never rename or remove one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.table import Table

if TYPE_CHECKING:  # score imports nothing from here; avoid the cycle at run time anyway
    from crisisdesk.evaluation.score import EvalReport, Figures

_FIGURE_KEYS = ("precision", "recall", "f1", "tp", "fp", "fn")


def report_json(report: EvalReport) -> dict[str, Any]:
    """The report as one nested dict with stable keys; ratios not measured are ``None``.

    ``attributes.NAME`` is the share correct; ``attribute_counts.NAME`` has the
    ``correct`` and ``total`` it is computed from.
    """
    events = report.events
    return {
        "documents": report.documents,
        "gold_events": report.gold_events,
        "system_events": report.system_events,
        "missing_documents": list(report.missing_documents),
        "events": {
            **_figures(events),
            "duplicates": events.duplicates,
            "untyped": _figures(events.untyped),
            "by_type": {
                name: {**_figures(figures), "support": figures.support}
                for name, figures in events.by_type.items()
            },
        },
        "attributes": {name: score.share for name, score in report.attributes.items()},
        "attribute_counts": {
            name: {"correct": score.correct, "total": score.total}
            for name, score in report.attributes.items()
        },
        "confidence": {level: _figures(figures) for level, figures in report.confidence.items()},
        "stories": report.stories.model_dump(),
        "body": report.body.model_dump(),
        "findings": [finding.model_dump() for finding in report.findings],
    }


def _figures(figures: Figures) -> dict[str, Any]:
    return {key: getattr(figures, key) for key in _FIGURE_KEYS}


def render_table(report: EvalReport, console: Console, findings: int = 0) -> None:
    """Print the report as Rich tables; ``findings`` > 0 also lists that many errors."""
    console.print(
        f"[bold]{report.documents}[/] documents, [bold]{report.gold_events}[/] gold events, "
        f"[bold]{report.system_events}[/] system events"
    )
    if report.missing_documents:
        console.print(
            f"[red]No result for {len(report.missing_documents)} document(s):[/] "
            + ", ".join(report.missing_documents)
        )
    console.print(_events_table(report))
    console.print(_attributes_table(report))
    console.print(_stories_and_body_table(report))
    if findings and report.findings:
        console.print(_findings_table(report, findings))


def _ratio(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def _events_table(report: EvalReport) -> Table:
    events = report.events
    table = Table(title=f"Event detection ({events.duplicates} duplicates, not in precision)")
    for column in ("", "precision", "recall", "F1", "tp", "fp", "fn", "gold"):
        table.add_column(column, justify="left" if not column else "right")
    rows: list[tuple[str, Figures, str]] = [
        ("[bold]all types[/]", events, str(report.gold_events)),
        ("type ignored", events.untyped, str(report.gold_events)),
    ]
    rows += [
        (f"confidence ≥ {level}", figures, str(report.gold_events))
        for level, figures in report.confidence.items()
    ]
    rows += [(name, figures, str(figures.support)) for name, figures in events.by_type.items()]
    for label, figures, support in rows:
        table.add_row(
            label,
            _ratio(figures.precision),
            _ratio(figures.recall),
            _ratio(figures.f1),
            str(figures.tp),
            str(figures.fp),
            str(figures.fn),
            support,
        )
    return table


def _attributes_table(report: EvalReport) -> Table:
    table = Table(title="Attributes of matched events (where gold gives a value)")
    for column in ("attribute", "correct", "of", "share"):
        table.add_column(column, justify="left" if column == "attribute" else "right")
    for name, score in report.attributes.items():
        table.add_row(name, str(score.correct), str(score.total), _ratio(score.share))
    return table


def _stories_and_body_table(report: EvalReport) -> Table:
    stories, body = report.stories, report.body
    table = Table(title="Stories (B-cubed) and article bodies")
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_column("over", justify="right")
    over = f"{stories.documents} docs"
    table.add_row("stories precision", _ratio(stories.precision), over)
    table.add_row("stories recall", _ratio(stories.recall), over)
    table.add_row("stories F1", _ratio(stories.f1), over)
    table.add_row("body contains", _ratio(body.contains), f"{body.contains_total} snippets")
    table.add_row("body excludes", _ratio(body.excludes), f"{body.excludes_total} snippets")
    return table


def _findings_table(report: EvalReport, limit: int) -> Table:
    shown = report.findings[:limit]
    table = Table(title=f"Errors ({len(shown)} of {len(report.findings)})")
    for column in ("document", "kind", "type", "gold", "system", "text"):
        table.add_column(column, overflow="fold")
    for finding in shown:
        table.add_row(
            finding.document,
            finding.kind,
            finding.type,
            finding.gold or "",
            finding.system or "",
            finding.text,
        )
    return table
