"""Schema versions of the CrisisDesk store and the migrations between them.

The database records the versions applied to it in ``schema_version``. Opening a database
applies every migration above its current version, each in its own transaction; a database
written by a newer CrisisDesk (a version this code does not know) is refused rather than
misread. To change the schema, add a ``schema_vN.sql`` file (or a function) and append a
:class:`Migration` to :data:`MIGRATIONS`; never edit a migration that has been released.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources

import duckdb


class StoreError(RuntimeError):
    """The store cannot be opened or used as asked; the message says why and what to do."""


@dataclass(frozen=True)
class Migration:
    """One step from ``version - 1`` to ``version``."""

    version: int
    description: str
    apply: Callable[[duckdb.DuckDBPyConnection], None]


def _run_sql_file(name: str) -> Callable[[duckdb.DuckDBPyConnection], None]:
    """A migration step that runs the statements of a packaged ``.sql`` file."""

    def apply(connection: duckdb.DuckDBPyConnection) -> None:
        sql = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
        connection.execute(sql)

    return apply


MIGRATIONS: list[Migration] = [
    Migration(
        1,
        "articles, events, event_actors, evidence; stories and near-duplicates",
        _run_sql_file("schema_v1.sql"),
    ),
]

SCHEMA_VERSION = MIGRATIONS[-1].version

_VERSION_TABLE = """
CREATE TABLE IF NOT EXISTS schema_version (
    version     INTEGER PRIMARY KEY,
    description VARCHAR NOT NULL,
    applied_at  TIMESTAMP NOT NULL DEFAULT current_timestamp
)
"""


def _table_names(connection: duckdb.DuckDBPyConnection) -> set[str]:
    rows = connection.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
    ).fetchall()
    return {name for (name,) in rows}


def current_version(connection: duckdb.DuckDBPyConnection) -> int:
    """The schema version of an open database; 0 for an empty one.

    Raises :class:`StoreError` for a database that holds tables but no version record: it was
    not made by CrisisDesk, and migrating it could damage someone else's data.
    """
    tables = _table_names(connection)
    if "schema_version" not in tables:
        if tables:
            raise StoreError(
                "this DuckDB file holds tables but no schema_version table: "
                "it is not a CrisisDesk store"
            )
        return 0
    (version,) = connection.execute(
        "SELECT coalesce(max(version), 0) FROM schema_version"
    ).fetchone()
    return int(version)


def check_version(version: int, path: str) -> None:
    """Refuse a database written by a newer CrisisDesk."""
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path} has schema version {version}, but this CrisisDesk knows versions up to "
            f"{SCHEMA_VERSION}: upgrade CrisisDesk to read it"
        )


def migrate(connection: duckdb.DuckDBPyConnection, path: str) -> int:
    """Bring the database up to :data:`SCHEMA_VERSION`; returns the version it started at."""
    start = current_version(connection)
    check_version(start, path)
    connection.execute(_VERSION_TABLE)
    for migration in MIGRATIONS:
        if migration.version <= start:
            continue
        # One transaction per step: a failed step leaves the database at the previous version.
        connection.execute("BEGIN TRANSACTION")
        try:
            migration.apply(connection)
            connection.execute(
                "INSERT INTO schema_version (version, description) VALUES (?, ?)",
                [migration.version, migration.description],
            )
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    return start
