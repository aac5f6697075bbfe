"""What every ``crisisdesk`` command shares: consoles, the --db option, dates, opening a store."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

if TYPE_CHECKING:  # imported lazily at run time: `crisisdesk --help` stays fast
    from crisisdesk.store import Store

console = Console()
err_console = Console(stderr=True)

DbOption = Annotated[
    Path, typer.Option("--db", help="DuckDB database file.", envvar="CRISISDESK_DB")
]


def iso_day(value: str | date | None) -> date | None:
    """Typer parser for a YYYY-MM-DD option; a bad value is a usage error naming the option."""
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise typer.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)") from error


def _day_option(help_text: str) -> typer.models.OptionInfo:
    return typer.Option(parser=iso_day, metavar="YYYY-MM-DD", help=help_text)


# Events are filtered by overlap with their date range; stories by their articles' dates.
EventsSince = Annotated[date | None, _day_option("Events ending on or after this day.")]
EventsUntil = Annotated[date | None, _day_option("Events starting on or before this day.")]
StoriesSince = Annotated[date | None, _day_option("Stories with an article on or after this day.")]
PublishedOption = Annotated[date | None, _day_option("Publication date for files that lack one.")]
StoriesUntil = Annotated[date | None, _day_option("Stories with an article on or before this day.")]


def open_read_only(db: Path) -> Store:
    """The store at ``db`` for reading, or exit 2 with advice when there is none."""
    from crisisdesk.store import Store

    if not db.exists():
        err_console.print(f"[red]error[/] {db}: no such database; run `crisisdesk ingest` first")
        raise typer.Exit(code=2)
    return Store(db, read_only=True)
