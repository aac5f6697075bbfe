"""The ``crisisdesk`` command line, driven as a user drives it, on the bundled examples.

``examples/`` is ingested once per module (in-process, through Typer's runner, reusing the
loaded spaCy pipeline); the ``events`` tests query that store in every output format and with
every filter. One test runs the installed console script in a subprocess.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from crisisdesk.cli import app
from crisisdesk.exports import CSV_COLUMNS
from crisisdesk.model import DatePrecision, Event, Status
from crisisdesk.store import Store
from tests.conftest import GOLD_DIR, ROOT, SEEDS, need_seeds

EXAMPLES = ROOT / "examples"
# The installed console script, or the module where the script is not on this interpreter.
_SCRIPT = Path(sys.executable).parent / "crisisdesk"
CLI = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "crisisdesk.cli"]
runner = CliRunner()


def invoke(*args: str) -> Result:
    return runner.invoke(app, [str(arg) for arg in args])


def says(output: str, needle: str) -> bool:
    """Whether console output holds ``needle``, however rich wrapped the lines (it breaks at
    spaces and inside long paths), so white space is ignored on both sides."""
    return "".join(needle.split()) in "".join(output.split())


def summary_value(output: str, label: str) -> int:
    """A number from the ingest summary table."""
    match = re.search(rf"{re.escape(label)}\D*?(\d+)", output)
    assert match, f"no {label!r} in:\n{output}"
    return int(match.group(1))


@dataclass
class IngestedExamples:
    db: Path
    result: Result
    events: list[Event]


@pytest.fixture(scope="module")
def examples(pipeline, tmp_path_factory) -> IngestedExamples:
    """``crisisdesk ingest examples/`` into a fresh store, once for the module."""
    db = tmp_path_factory.mktemp("cli") / "examples.duckdb"
    result = invoke("ingest", "--quiet", "--db", db, EXAMPLES)
    with Store(db, read_only=True) as store:
        events = store.events()
    return IngestedExamples(db, result, events)


def events_jsonl(db: Path, *filters: str) -> list[Event]:
    result = invoke("events", "--db", db, "--format", "jsonl", *filters)
    assert result.exit_code == 0, result.output
    return [Event.model_validate_json(line) for line in result.stdout.splitlines()]


# -- ingest ------------------------------------------------------------------------------------


def test_ingest_examples_succeeds_and_prints_a_summary(examples: IngestedExamples) -> None:
    # examples/README.md lists no intentionally bad file: every document must go through.
    result = examples.result
    assert result.exit_code == 0, result.output
    assert "Ingest summary" in result.stdout
    assert summary_value(result.stdout, "errors") == 0
    assert summary_value(result.stdout, "events coded") == len(examples.events) > 0
    stored = summary_value(result.stdout, "new articles stored")
    with Store(examples.db, read_only=True) as store:
        assert store.counts()["articles"] == stored


def test_ingest_examples_stores_only_the_articles(examples: IngestedExamples) -> None:
    with Store(examples.db, read_only=True) as store:
        sources = [Path(a.source_path).name for a in store.articles()]
    assert "README.md" not in sources
    assert summary_value(examples.result.stdout, "documents read") == 29


def test_ingest_exits_1_and_names_the_file_when_a_document_fails(pipeline, tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "mali-coup-2020.txt").write_bytes((EXAMPLES / "mali-coup-2020.txt").read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    db = tmp_path / "store.duckdb"

    result = invoke("ingest", "-q", "--db", db, folder)

    assert result.exit_code == 1
    assert says(result.stderr, f"{folder / 'empty.txt'}: empty file")
    assert summary_value(result.stdout, "new articles stored") == 1
    assert summary_value(result.stdout, "errors") == 1


def test_ingest_rejects_a_bad_published_date(tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    result = invoke("ingest", "--published", "30/12/2023", "--db", db, EXAMPLES)
    assert result.exit_code == 2
    assert says(result.output, "--published") and says(result.output, "not an ISO date")
    assert not db.exists()


# -- events: formats ---------------------------------------------------------------------------


def test_events_jsonl_are_events_with_evidence(examples: IngestedExamples) -> None:
    found = events_jsonl(examples.db)
    assert [e.id for e in found] == [e.id for e in examples.events]
    for event in found:
        assert event.evidence, event.id
        assert all(evidence.sentence.strip() for evidence in event.evidence)


def test_events_csv_has_the_export_columns_and_one_row_per_event(
    examples: IngestedExamples,
) -> None:
    result = invoke("events", "--db", examples.db, "--format", "csv")
    assert result.exit_code == 0, result.output
    reader = csv.DictReader(io.StringIO(result.stdout))
    rows = list(reader)
    assert reader.fieldnames == CSV_COLUMNS
    assert [row["event_id"] for row in rows] == [e.id for e in examples.events]
    by_id = {e.id: e for e in examples.events}
    for row in rows:
        event = by_id[row["event_id"]]
        assert row["type"] == event.type
        assert row["evidence"] == event.evidence[0].sentence


def test_events_table_shows_the_evidence(examples: IngestedExamples) -> None:
    """The real console script, wide enough that rich does not wrap the evidence sentences."""
    result = subprocess.run(
        [*CLI, "events", "--db", str(examples.db), "--type", "SANCTION"],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "4000"},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    sanctions = [e for e in examples.events if e.type == "SANCTION"]
    assert f"{len(sanctions)} events" in result.stdout
    shown = " ".join(result.stdout.split())
    for event in sanctions:
        assert " ".join(event.evidence[0].sentence.split()) in shown


# -- events: filters ---------------------------------------------------------------------------


def names_actor(event: Event, query: str) -> bool:
    """What ``--actor`` promises: an actor or recipient by name, alias, id, QID or ISO3, or a
    part of its name."""
    folded = query.casefold()
    return any(
        actor.matches(query) or folded in actor.name.casefold()
        for actor in [*event.actors, *event.recipients]
    )


def last_day(event: Event) -> date:
    """The last day an event may fall on, given its start and precision."""
    start = event.date_start
    if event.date_end:
        return event.date_end
    if event.date_precision == DatePrecision.YEAR:
        return date(start.year, 12, 31)
    if event.date_precision == DatePrecision.MONTH:
        following = date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return following - timedelta(days=1)
    if event.date_precision == DatePrecision.WEEK:
        return start + timedelta(days=6)
    return start


def in_2023_h1(event: Event) -> bool:
    return event.date_start is not None and (
        event.date_start <= date(2023, 6, 30) and last_day(event) >= date(2023, 1, 1)
    )


FILTERS = {
    "type": (["--type", "ASSAULT"], lambda e: e.type == "ASSAULT"),
    "type-lower-case": (["--type", "sanction"], lambda e: e.type == "SANCTION"),
    "country": (["--country", "MLI"], lambda e: e.place is not None and e.place.country == "MLI"),
    "actor-name": (["--actor", "MINUSMA"], lambda e: names_actor(e, "MINUSMA")),
    "actor-alias": (["--actor", "UN mission in Mali"], lambda e: names_actor(e, "minusma")),
    "actor-id": (["--actor", "ecowas"], lambda e: names_actor(e, "ECOWAS")),
    "actor-iso3": (["--actor", "FRA"], lambda e: names_actor(e, "FRA")),
    "since-until": (["--since", "2023-01-01", "--until", "2023-06-30"], in_2023_h1),
    "status": (["--status", "planned"], lambda e: e.status == Status.PLANNED),
}


@pytest.mark.parametrize(("args", "wanted"), FILTERS.values(), ids=FILTERS.keys())
def test_events_filter_returns_exactly_the_matching_events(
    examples: IngestedExamples, args: list[str], wanted
) -> None:
    found = events_jsonl(examples.db, *args)
    expected = [e.id for e in examples.events if wanted(e)]
    assert found, f"{args} found nothing"
    assert len(found) <= 0.8 * len(examples.events), f"{args} hardly filters"
    assert [e.id for e in found] == expected


def test_events_filters_combine(examples: IngestedExamples) -> None:
    found = events_jsonl(examples.db, "--type", "ASSAULT", "--country", "BFA")
    assert found
    assert all(e.type == "ASSAULT" and e.place.country == "BFA" for e in found)
    assert len(found) < len(events_jsonl(examples.db, "--type", "ASSAULT"))


@pytest.mark.parametrize(
    "args",
    [["--since", "2023-13-01"], ["--until", "yesterday"]],
    ids=["impossible-month", "not-a-date"],
)
def test_events_bad_date_is_a_clean_usage_error(examples: IngestedExamples, args) -> None:
    result = invoke("events", "--db", examples.db, *args)
    assert result.exit_code == 2
    assert isinstance(result.exception, SystemExit)
    assert says(result.output, args[0]) and says(result.output, "not an ISO date")


def test_events_on_a_missing_database_is_a_clean_error(tmp_path: Path) -> None:
    db = tmp_path / "nowhere.duckdb"
    result = invoke("events", "--db", db)
    assert result.exit_code == 2
    assert isinstance(result.exception, SystemExit)
    assert says(result.stderr, f"{db}: no such database")
    assert not db.exists(), "querying must not create a database"


# -- the seed: the headline fact -------------------------------------------------------


@need_seeds
def test_seed0_ingest_shows_the_planned_minusma_withdrawal(pipeline, tmp_path: Path) -> None:
    seed = next(iter(sorted(SEEDS.glob("000_*.txt"))), None)
    if seed is None:
        pytest.skip(f"no seed 000_*.txt in {SEEDS}")
    db = tmp_path / "seed.duckdb"
    ingested = invoke("ingest", "-q", "--published", "2023-12-30", "--db", db, seed)
    assert ingested.exit_code == 0, ingested.output

    planned = events_jsonl(db, "--status", "planned", "--actor", "MINUSMA")

    withdrawals = [e for e in planned if e.type == "RETREAT" and e.date_label == "2023-12-31"]
    assert withdrawals, [(e.type, e.date_label) for e in planned]
    assert withdrawals[0].date_precision == DatePrecision.DAY
    table = invoke("events", "--db", db, "--status", "planned", "--type", "RETREAT")
    assert "2023-12-31" in table.stdout and "planned" in table.stdout


# -- eval --------------------------------------------------------------------------------------

REPORT_KEYS = (
    "events.precision",
    "events.recall",
    "events.f1",
    "attributes.date",
    "stories.f1",
    "body.contains",
    "body.excludes",
)


def small_examples_gold(folder: Path) -> Path:
    """The first three documents of the examples gold file: an HTML page, a text file and a
    feed record, all of one story (so stories.f1 is scored)."""
    lines = (GOLD_DIR / "examples.gold.jsonl").read_text(encoding="utf-8").splitlines()
    chosen = [json.loads(line) for line in lines if line.strip()][:3]
    for document in chosen:
        if document.get("path"):
            document["path"] = str((GOLD_DIR / document["path"]).resolve())
    gold = folder / "small.gold.jsonl"
    gold.write_text("".join(json.dumps(d) + "\n" for d in chosen), encoding="utf-8")
    return gold


def gold_file(which: str, folder: Path) -> Path:
    if which == "seeds":
        if not SEEDS.is_dir():
            pytest.skip(f"the shared seed documents are not at {SEEDS}")
        return GOLD_DIR / "seeds.gold.jsonl"
    return small_examples_gold(folder)


def dig(report: dict, dotted: str):
    value = report
    for key in dotted.split("."):
        assert isinstance(value, dict) and key in value, f"no {dotted!r} in the report"
        value = value[key]
    return value


@pytest.mark.parametrize("which", ["seeds", "examples-subset"])
def test_eval_json_has_the_stable_keys(pipeline, tmp_path: Path, which: str) -> None:
    result = invoke("eval", gold_file(which, tmp_path), "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    for key in REPORT_KEYS:
        value = dig(report, key)
        assert isinstance(value, float | int) and 0.0 <= value <= 1.0, (key, value)
    by_type = dig(report, "events.by_type")
    assert by_type
    for event_type, figures in by_type.items():
        for name in ("precision", "recall", "f1"):
            assert 0.0 <= figures[name] <= 1.0, (event_type, name, figures[name])


UNKNOWN_TYPE = {"id": "typo", "text": "Mali.", "events": [{"type": "ATACK", "evidence": "M"}]}
MALFORMED_GOLD_LINES = {
    "bad-json": ('{"id": "broken", "text": "no closing', "not valid JSON"),
    "unknown-type": (json.dumps(UNKNOWN_TYPE), "ATACK"),
}


@pytest.mark.parametrize(
    ("second_line", "problem"), MALFORMED_GOLD_LINES.values(), ids=MALFORMED_GOLD_LINES.keys()
)
def test_eval_malformed_gold_names_file_and_line(
    tmp_path: Path, second_line: str, problem: str
) -> None:
    gold = tmp_path / "bad.gold.jsonl"
    first = {"id": "fine", "text": "Mali left ECOWAS.", "events": []}
    gold.write_text(json.dumps(first) + "\n" + second_line + "\n", encoding="utf-8")

    result = invoke("eval", gold, "--json")

    assert result.exit_code == 2
    assert says(result.stderr, f"{gold}:2:")
    assert says(result.stderr, problem)
    assert result.stdout == ""
