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


def parse_day(value: str | None, option: str) -> date | None:
    """An ISO date option, or a clean usage error naming the option."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise typer.BadParameter(
            f"{value!r} is not an ISO date (YYYY-MM-DD)", param_hint=option
        ) from error


def open_read_only(db: Path) -> Store:
    """The store at ``db`` for reading, or exit 2 with advice when there is none."""
    from crisisdesk.store import Store

    if not db.exists():
        err_console.print(f"[red]error[/] {db}: no such database; run `crisisdesk ingest` first")
        raise typer.Exit(code=2)
    return Store(db, read_only=True)
