"""CLI commands over event records: ``crisisdesk timeline`` and ``crisisdesk actors``.

They live apart from :mod:`crisisdesk.cli` and join its app through :func:`register`, so the
story work and the core commands can change without touching each other.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from crisisdesk.cli_common import (
    DbOption,
    EventsSince,
    EventsUntil,
    console,
    err_console,
    open_read_only,
)

if TYPE_CHECKING:  # imported lazily at run time: `crisisdesk --help` stays fast
    from crisisdesk.stories.network import ActorNetwork
    from crisisdesk.stories.records import EventRecord


class TimelineFormat(StrEnum):
    TABLE = "table"
    JSONL = "jsonl"


class NetworkFormat(StrEnum):
    TABLE = "table"
    JSON = "json"
    GRAPHML = "graphml"


class NetworkLevel(StrEnum):
    ACTOR = "actor"
    COUNTRY = "country"


def timeline(
    db: DbOption = Path("crisisdesk.duckdb"),
    story: Annotated[str | None, typer.Option(help="Only this story (its id).")] = None,
    actor: Annotated[
        str | None, typer.Option(help="Actor or recipient: name, id, QID, ISO3.")
    ] = None,
    country: Annotated[str | None, typer.Option(help="Where it happened, ISO alpha-3.")] = None,
    output: Annotated[
        TimelineFormat, typer.Option("--format", help="Output format.")
    ] = TimelineFormat.TABLE,
) -> None:
    """Events in date order, one record per real event with its sources; undated last.

    Background history sits at its own date. Without stories in the database, events of one
    type and country with overlapping dates are merged across articles.
    """
    from crisisdesk.stories.view import StoriesUnavailable, UnknownStory, timeline_view

    with open_read_only(db) as store:
        try:
            records = timeline_view(store, story=story, actor=actor, country=country)
        except (StoriesUnavailable, UnknownStory) as error:
            err_console.print(f"[red]error[/] {error}")
            raise typer.Exit(code=2) from error
    if output is TimelineFormat.JSONL:
        sys.stdout.write("".join(r.model_dump_json(exclude_none=True) + "\n" for r in records))
    else:
        console.print(timeline_table(records))


def timeline_table(records: list[EventRecord]) -> Table:
    """One row per record: when, what, who, where, sources and disagreements."""
    from crisisdesk.stories.timeline import timeline_row

    table = Table(title=f"{len(records)} events", show_lines=True, expand=True)
    table.add_column("when", style="cyan", no_wrap=True, min_width=10)
    table.add_column("event", ratio=3, overflow="fold")
    table.add_column("sources", ratio=2, overflow="fold")
    for record in records:
        row = timeline_row(record)
        when = str(row["date"] or "?") + (" (background)" if row["background"] else "")
        what = f"{row['type']}" + (f"/{row['mode']}" if row["mode"] else "")
        what += f" {row['status']}\n{row['actors'] or '?'}"
        what += f" → {row['recipients']}" if row["recipients"] else ""
        what += f"\n@ {row['place']}" if row["place"] else ""
        what += f"\n{row['dead']} dead" if row["dead"] != "" else ""
        sources = f"{row['sources']} source(s), {row['mentions']} mention(s)"
        sources += f"\n{row['outlets']}" if row["outlets"] else ""
        if record.disagreements:
            sources += "\n[yellow]disagree:[/] " + "; ".join(
                d.summary() for d in record.disagreements
            )
        table.add_row(when, what, sources)
    return table


def actors(
    db: DbOption = Path("crisisdesk.duckdb"),
    network: Annotated[
        bool, typer.Option("--network", help="Relations between actors (else: the actors).")
    ] = False,
    since: EventsSince = None,
    until: EventsUntil = None,
    by: Annotated[
        NetworkLevel, typer.Option("--by", help="One node per actor, or per country.")
    ] = NetworkLevel.ACTOR,
    output: Annotated[
        NetworkFormat, typer.Option("--format", help="Output format.")
    ] = NetworkFormat.TABLE,
    file: Annotated[
        Path | None, typer.Option("--output", help="Write to this file instead of stdout.")
    ] = None,
) -> None:
    """Actors and their relations, weighted by PLOVER cooperation (+) and conflict (-) scores."""
    from crisisdesk.stories.network import network_to_graphml, network_to_json
    from crisisdesk.stories.view import network_view

    with open_read_only(db) as store:
        graph = network_view(store, since=since, until=until, level=by.value)
    if output is NetworkFormat.TABLE:
        table = edges_table(graph) if network else nodes_table(graph)
        if file is None:
            console.print(table)
            return
        with file.open("w", encoding="utf-8") as handle:
            Console(file=handle, width=160).print(table)
        return
    text = network_to_json(graph) if output is NetworkFormat.JSON else network_to_graphml(graph)
    if file:
        file.write_text(text, encoding="utf-8")
        err_console.print(f"wrote {len(graph.nodes)} nodes and {len(graph.edges)} edges to {file}")
    else:
        sys.stdout.write(text)


def edges_table(graph: ActorNetwork) -> Table:
    """Relations, the strongest (by absolute score) first."""
    names = {node.id: node.name for node in graph.nodes}
    table = Table(title=f"{len(graph.edges)} relations between {len(graph.nodes)} actors")
    for column in ("from", "to", "events", "score", "mean", "types", "first", "last"):
        table.add_column(
            column, justify="right" if column in ("events", "score", "mean") else "left"
        )
    for edge in sorted(graph.edges, key=lambda e: (-abs(e.score_sum), e.source, e.target)):
        arrow_to = names.get(edge.target, edge.target) + ("" if edge.directed else " (joint)")
        style = "green" if edge.score_sum > 0 else "red" if edge.score_sum < 0 else ""
        table.add_row(
            names.get(edge.source, edge.source),
            arrow_to,
            str(edge.count),
            f"[{style}]{edge.score_sum:+.1f}[/]" if style else f"{edge.score_sum:+.1f}",
            f"{edge.mean_score:+.1f}",
            ", ".join(f"{name} {n}" for name, n in sorted(edge.types.items())),
            edge.first.isoformat() if edge.first else "",
            edge.last.isoformat() if edge.last else "",
        )
    return table


def nodes_table(graph: ActorNetwork) -> Table:
    """Actors with how many records relate them and their net score."""
    net: dict[str, float] = {}
    for edge in graph.edges:
        for end in (edge.source, edge.target):
            net[end] = net.get(end, 0.0) + edge.score_sum
    table = Table(title=f"{len(graph.nodes)} actors")
    for column in ("id", "name", "country", "sector", "records", "net score"):
        table.add_column(column, justify="right" if column in ("records", "net score") else "left")
    for node in sorted(graph.nodes, key=lambda n: (-n.records, n.id)):
        table.add_row(
            node.id,
            node.name,
            node.country or "",
            node.sector or "",
            str(node.records),
            f"{net.get(node.id, 0.0):+.1f}",
        )
    return table


def register(app: typer.Typer) -> None:
    """Add ``timeline`` and ``actors`` to the main ``crisisdesk`` app."""
    app.command("timeline")(timeline)
    app.command("actors")(actors)
