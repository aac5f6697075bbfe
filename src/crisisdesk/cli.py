"""The ``crisisdesk`` command line: a thin layer over the pipeline, the store and the scorer."""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn
from rich.table import Table
from rich.text import Text

from crisisdesk.cli_common import (
    DbOption,
    EventsSince,
    EventsUntil,
    PublishedOption,
    StoriesSince,
    StoriesUntil,
    console,
    err_console,
    open_read_only,
)
from crisisdesk.cli_stories import register as register_story_commands
from crisisdesk.exports import actor_names, events_to_csv, events_to_jsonl
from crisisdesk.model import Event, IngestError

app = typer.Typer(
    help="CrisisDesk: news reports in, sourced and geolocated PLOVER events out.",
    no_args_is_help=True,
    add_completion=False,
)


class OutputFormat(StrEnum):
    TABLE = "table"
    JSONL = "jsonl"
    CSV = "csv"


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (recursive) or globs.")],
    db: DbOption = Path("crisisdesk.duckdb"),
    published: PublishedOption = None,
    outlet: Annotated[str | None, typer.Option(help="Outlet name for files that lack one.")] = None,
    language: Annotated[
        str | None, typer.Option(help="Language (en, fr) for files that do not declare one.")
    ] = None,
    model: Annotated[str | None, typer.Option(help="spaCy model package to load.")] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Documents per spaCy batch.")] = 32,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Read documents, code their events and store both. Exit code 1 if any document failed."""
    from crisisdesk.pipeline import Pipeline
    from crisisdesk.pipeline import ingest as run_ingest
    from crisisdesk.store import Store, StoreError, is_interrupt

    defaults: dict[str, object] = {"outlet": outlet, "language": language}
    defaults["published"] = published
    try:
        store = Store(db)  # before loading spaCy: a held database fails fast
    except StoreError as error:
        err_console.print(f"[red]error[/] {db}: {error}", highlight=False)
        raise typer.Exit(code=2) from error
    pipeline = Pipeline(model=model, batch_size=batch_size)
    progress = Progress(
        SpinnerColumn(),
        TextColumn("[bold]ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[origin]}", style="dim"),
        console=err_console,
        disable=quiet,
        transient=True,
    )
    try:
        with store, progress:
            task = progress.add_task("ingest", total=None, origin="")
            summary = run_ingest(
                paths,
                store,
                pipeline,
                defaults,
                on_document=lambda origin: progress.update(
                    task, advance=1, origin=Path(origin).name
                ),
            )
    except Exception as error:
        # Ctrl-C inside any DuckDB statement arrives as DuckDB's own error, not as
        # KeyboardInterrupt; it means the same.
        if not is_interrupt(error):
            raise
        _report_interrupted()
        raise typer.Exit(code=130) from None
    except KeyboardInterrupt:
        _report_interrupted()
        raise typer.Exit(code=130) from None
    for problem in [*summary.warnings, *summary.errors]:
        _print_problem(problem)
    table = Table(title="Ingest summary", show_header=False)
    for label, value in (
        ("documents read", summary.documents),
        ("new articles stored", summary.stored),
        ("already stored (same content)", summary.known),
        ("events coded", summary.events),
        ("errors", summary.failed),
        ("warnings", len(summary.warnings)),
        ("seconds", f"{summary.seconds:.1f}"),
        ("database", str(db)),
    ):
        table.add_row(label, str(value))
    console.print(table)
    if summary.failed:
        raise typer.Exit(code=1)


def _report_interrupted() -> None:
    err_console.print(
        "[yellow]interrupted[/]: the batch in progress was rolled back; what was stored is "
        "complete. Run the same command again to finish."
    )


def _print_problem(problem: IngestError) -> None:
    style = "yellow" if problem.warning else "red"
    kind = "warning" if problem.warning else "error"
    err_console.print(f"[{style}]{kind}[/] {problem.origin}: {problem.message}", highlight=False)


@app.command()
def events(
    db: DbOption = Path("crisisdesk.duckdb"),
    type_: Annotated[str | None, typer.Option("--type", help="PLOVER type, e.g. ASSAULT.")] = None,
    actor: Annotated[
        str | None, typer.Option(help="Actor or recipient: name, id, QID, ISO3.")
    ] = None,
    country: Annotated[
        str | None, typer.Option(help="Where it happened, ISO 3166 alpha-3.")
    ] = None,
    since: EventsSince = None,
    until: EventsUntil = None,
    status: Annotated[str | None, typer.Option(help="occurred, planned, ongoing, ...")] = None,
    output: Annotated[
        OutputFormat, typer.Option("--format", help="Output format.")
    ] = OutputFormat.TABLE,
    limit: Annotated[int | None, typer.Option(min=1, help="At most this many events.")] = None,
) -> None:
    """List stored events, each with its evidence sentence."""
    from crisisdesk.store import EventFilter

    flt = EventFilter(
        type=type_.upper() if type_ else None,
        actor=actor,
        country=country.upper() if country else None,
        since=since,
        until=until,
        status=status.lower() if status else None,
        limit=limit,
    )
    with open_read_only(db) as store:
        found = store.events(flt)
    if output is OutputFormat.JSONL:
        sys.stdout.write(events_to_jsonl(found))
    elif output is OutputFormat.CSV:
        sys.stdout.write(events_to_csv(found))
    else:
        console.print(events_table(found))


def events_table(found: list[Event]) -> Table:
    """One row per event: when, what (type, status, who → whom, where, dead), and evidence.

    The coded fields are stacked in one column so the evidence sentence keeps most of the
    width and stays readable in an 80-column terminal.
    """
    table = Table(title=f"{len(found)} events", show_lines=True, expand=True)
    table.add_column("when", style="cyan", no_wrap=True, min_width=10)
    table.add_column("event", ratio=2, overflow="fold")
    table.add_column("evidence", ratio=3, style="dim", overflow="fold")
    for event in found:
        table.add_row(event.date_label or "?", event_summary(event), _evidence(event))
    return table


def event_summary(event: Event) -> Text:
    kind = event.type + (f"/{event.mode}" if event.mode else "")
    text = Text(kind, style="bold")
    text.append(f" {event.status.value}", style="magenta")
    who = actor_names(event.actors) or "?"
    if event.recipients:
        who += f" → {actor_names(event.recipients)}"
    text.append(f"\n{who}")
    place = event.place
    if place:
        where = ", ".join(x for x in (place.name, place.admin1, place.country) if x)
        text.append(f"\n@ {where}", style="green")
    if event.dead is not None:
        text.append(f"\n{event.dead} dead", style="red")
    return text


def _evidence(event: Event) -> str:
    if not event.evidence:
        return ""
    more = len(event.evidence) - 1
    sentence = event.evidence[0].sentence.strip()
    return sentence + (f"  (+{more} more)" if more else "")


class StoryFormat(StrEnum):
    TABLE = "table"
    JSONL = "jsonl"


@app.command()
def stories(
    db: DbOption = Path("crisisdesk.duckdb"),
    country: Annotated[
        str | None, typer.Option(help="Stories with events in this country (ISO alpha-3).")
    ] = None,
    since: StoriesSince = None,
    until: StoriesUntil = None,
    output: Annotated[
        StoryFormat, typer.Option("--format", help="Output format.")
    ] = StoryFormat.TABLE,
    limit: Annotated[int | None, typer.Option(min=1, help="At most this many stories.")] = None,
) -> None:
    """List stories: the articles that report one real-world story, latest first."""
    from crisisdesk.store import StoryFilter

    flt = StoryFilter(
        country=country.upper() if country else None,
        since=since,
        until=until,
        limit=limit,
    )
    with open_read_only(db) as store:
        found = store.stories(flt)
    if output is StoryFormat.JSONL:
        for story in found:
            sys.stdout.write(story.model_dump_json() + "\n")
        return
    table = Table(title=f"{len(found)} stories")
    table.add_column("story", style="cyan", no_wrap=True)
    table.add_column("dates", no_wrap=True)
    table.add_column("title", overflow="fold", min_width=24)
    table.add_column("art.", justify="right")
    table.add_column("src.", justify="right")
    table.add_column("countries", overflow="fold")
    for story in found:
        table.add_row(
            story.id,
            _date_range(story.first_date, story.last_date),
            story.title or "",
            str(story.articles),
            str(story.sources),
            " ".join(story.countries),
        )
    console.print(table)


def _date_range(first: date | None, last: date | None) -> str:
    if first is None:
        return "?"
    return first.isoformat() if last in (None, first) else f"{first}\n{last}"


@app.command()
def story(
    story_id: Annotated[str, typer.Argument(help="Story id, as `crisisdesk stories` lists it.")],
    db: DbOption = Path("crisisdesk.duckdb"),
    output: Annotated[
        StoryFormat, typer.Option("--format", help="Output format.")
    ] = StoryFormat.TABLE,
) -> None:
    """One story: its articles side by side (outlet, date, title, duplicate of) and the
    events each one reports."""
    from crisisdesk.store import EventFilter
    from crisisdesk.stories.view import story_view

    with open_read_only(db) as store:
        summary = store.story(story_id)
        if summary is None:
            err_console.print(f"[red]error[/] no story {story_id!r} in {db}")
            raise typer.Exit(code=1)
        members = store.story_articles(story_id)
        events = {m.article_id: store.events(EventFilter(article_id=m.article_id)) for m in members}
        view = story_view(store, story_id)  # one record per real event, and disagreements
    if output is StoryFormat.JSONL:
        sys.stdout.write(json.dumps({"story": summary.model_dump(mode="json")}) + "\n")
        for record in view.records:
            sys.stdout.write(json.dumps({"record": record.model_dump(mode="json")}) + "\n")
        for disagreement in view.disagreements:
            sys.stdout.write(
                json.dumps({"disagreement": disagreement.model_dump(mode="json")}) + "\n"
            )
        for member in members:
            record = member.model_dump(mode="json")
            record["events"] = [
                json.loads(line) for line in events_to_jsonl(events[member.article_id]).splitlines()
            ]
            sys.stdout.write(json.dumps(record) + "\n")
        return
    console.print(story_articles_table(summary, members))
    console.print(disagreements_table(view))
    console.print(records_table(view))
    for member in members:
        label = f"{member.outlet or 'unknown outlet'} · {member.published or '?'}"
        if member.duplicate_of:
            console.print(f"[dim]{label}: copy of {member.duplicate_of}, events as there[/]")
            continue
        table = events_table(events[member.article_id])
        table.title = f"{label} · {len(events[member.article_id])} events"
        console.print(table)


def disagreements_table(view) -> Table:
    """Where the sources disagree: each value with the sources that give it."""
    table = Table(title=f"{len(view.disagreements)} disagreements between sources", expand=True)
    table.add_column("about", overflow="fold", ratio=1)
    table.add_column("field", style="bold", no_wrap=True)
    table.add_column("values and their sources", overflow="fold", ratio=3)
    for disagreement in view.disagreements:
        values = "\n".join(
            f"{value.label}: " + "; ".join(source.label() for source in value.sources)
            for value in disagreement.values
        )
        table.add_row(disagreement.subject or "", disagreement.field, values)
    return table


def records_table(view) -> Table:
    """One row per real event of the story, with how many independent sources report it."""
    table = Table(
        title=f"{len(view.records)} events across the story ({view.sources} independent sources)",
        show_lines=True,
        expand=True,
    )
    table.add_column("when", style="cyan", no_wrap=True, min_width=10)
    table.add_column("event", ratio=2, overflow="fold")
    table.add_column("sources", justify="right", no_wrap=True)
    table.add_column("disagree on", overflow="fold", ratio=1, style="yellow")
    for record in view.records:
        table.add_row(
            record.date_label or "?",
            event_summary(record),
            str(record.sources),
            ", ".join(sorted({d.field for d in record.disagreements})),
        )
    return table


def story_articles_table(summary, members) -> Table:
    """The story's articles side by side: one column per article."""
    title = f"{summary.id} · {summary.title or ''}"
    caption = f"{summary.articles} articles, {summary.sources} independent sources"
    table = Table(title=title, caption=caption, show_lines=True, expand=True)
    table.add_column("", style="bold", no_wrap=True)
    for member in members:
        table.add_column(member.article_id, overflow="fold", ratio=1)
    rows = {
        "outlet": [m.outlet or "?" for m in members],
        "date": [m.published.isoformat() if m.published else "?" for m in members],
        "title": [m.title or "" for m in members],
        "duplicate of": [
            f"{m.duplicate_of} ({m.similarity:.2f})" if m.duplicate_of else "–" for m in members
        ],
        "joined with": [f"{m.score:.2f}" for m in members],
    }
    for label, values in rows.items():
        table.add_row(label, *values)
    return table


@app.command("eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold file (JSON Lines), see docs/evaluation.md.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    model: Annotated[str | None, typer.Option(help="spaCy model package to load.")] = None,
) -> None:
    """Run the pipeline on a gold file's documents (temporary database) and score the result."""
    from crisisdesk.evaluation.gold import GoldFormatError, load_gold
    from crisisdesk.evaluation.runner import run_gold
    from crisisdesk.evaluation.score import render_table, report_json

    try:
        documents = load_gold(gold)
    except (GoldFormatError, OSError) as error:
        err_console.print(f"[red]error[/] {error}")
        raise typer.Exit(code=2) from error
    with tempfile.TemporaryDirectory(prefix="crisisdesk-eval-") as folder:
        report, problems = run_gold(documents, gold.parent, Path(folder) / "eval.duckdb", model)
    for problem in problems:
        _print_problem(problem)
    if as_json:
        sys.stdout.write(json.dumps(report_json(report), indent=2, sort_keys=True) + "\n")
    else:
        render_table(report, console)


register_story_commands(app)

if __name__ == "__main__":  # pragma: no cover
    app()
