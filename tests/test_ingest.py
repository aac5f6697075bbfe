"""The ingest contract, on real example articles: idempotent, tolerant of bad files, atomic per
batch when interrupted, and one writer at a time.

Each test writes its own small corpus (copies of files in ``examples/``) into a temporary
folder and ingests it into a temporary store through :func:`crisisdesk.pipeline.ingest` or the
real command line.
"""

from __future__ import annotations

import json
import re
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from crisisdesk.cli import app
from crisisdesk.model import DocumentResult
from crisisdesk.pipeline import IngestSummary, Pipeline, ingest
from crisisdesk.store import EventFilter, Store, StoreError
from tests.conftest import ROOT

EXAMPLES = ROOT / "examples"
# The installed console script, or the module where the script is not on this interpreter.
_SCRIPT = Path(sys.executable).parent / "crisisdesk"
CLI = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "crisisdesk.cli"]
# Six short English example articles (sorted by name, as ingest reads a folder).
SIX_ARTICLES = (
    "boat-attack-niger-river.txt",
    "french-withdrawal-mali.txt",
    "kidal-capture-wire.txt",
    "mali-coup-2020.txt",
    "minusma-aguelhok-attack-2019.txt",
    "solhan-attack-first-report.txt",
)
# Rows of the child tables whose parent row is missing: must always be zero.
ORPHAN_QUERIES = {
    "events without article": "SELECT count(*) FROM events "
    "WHERE article_id NOT IN (SELECT id FROM articles)",
    "actors without event": "SELECT count(*) FROM event_actors "
    "WHERE event_id NOT IN (SELECT id FROM events)",
    "evidence without event": "SELECT count(*) FROM evidence "
    "WHERE event_id NOT IN (SELECT id FROM events)",
    "evidence of another article": "SELECT count(*) FROM evidence v JOIN events e "
    "ON v.event_id = e.id WHERE v.article_id <> e.article_id",
}


def copy_examples(folder: Path, names: tuple[str, ...] = SIX_ARTICLES) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(EXAMPLES / name, folder / name)
    return folder


def run_ingest(inputs: list[Path], db: Path, pipeline: Pipeline) -> IngestSummary:
    with Store(db) as store:
        return ingest([str(p) for p in inputs], store, pipeline)


def table_counts(db: Path) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as connection:
        return {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("articles", "events", "event_actors", "evidence")
        }


def assert_consistent(db: Path) -> None:
    """No orphan rows and no event stored twice."""
    with duckdb.connect(str(db), read_only=True) as connection:
        orphans = {
            name: connection.execute(sql).fetchone()[0] for name, sql in ORPHAN_QUERIES.items()
        }
        repeated = connection.execute(
            "SELECT count(*) - count(DISTINCT (article_id, position)) FROM events"
        ).fetchone()[0]
    assert orphans == dict.fromkeys(ORPHAN_QUERIES, 0)
    assert repeated == 0


# -- idempotence -------------------------------------------------------------------------------


def test_reingesting_a_folder_adds_nothing(pipeline, tmp_path: Path) -> None:
    folder = copy_examples(tmp_path / "news")
    db = tmp_path / "store.duckdb"
    first = run_ingest([folder], db, pipeline)
    assert (first.documents, first.stored, first.failed) == (6, 6, 0)
    assert first.events > 0
    before = table_counts(db)

    second = run_ingest([folder], db, pipeline)

    assert (second.stored, second.known, second.events) == (0, second.documents, 0)
    assert second.documents == first.documents
    assert table_counts(db) == before
    assert before["events"] == first.events


def respaced(text: str) -> str:
    """The same words with other white space: CRLF, doubled spaces, extra blank lines."""
    return "\r\n\r\n" + text.replace(" ", "  ").replace("\n", "  \r\n") + "\n\n\n"


def test_same_text_with_other_white_space_is_known(pipeline, tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    original = copy_examples(tmp_path / "news", ("mali-coup-2020.txt",)) / "mali-coup-2020.txt"
    copy = tmp_path / "mirror" / "mali-coup-2020-copy.txt"
    copy.parent.mkdir()
    copy.write_text(respaced(original.read_text(encoding="utf-8")), encoding="utf-8")
    run_ingest([original], db, pipeline)

    summary = run_ingest([copy], db, pipeline)

    assert (summary.documents, summary.stored, summary.known) == (1, 0, 1)
    assert table_counts(db)["articles"] == 1


def test_a_repeat_inside_one_run_is_stored_once(pipeline, tmp_path: Path) -> None:
    folder = copy_examples(tmp_path / "news", ("kidal-capture-wire.txt",))
    (folder / "z-repost.txt").write_bytes((folder / "kidal-capture-wire.txt").read_bytes())

    summary = run_ingest([folder], tmp_path / "store.duckdb", pipeline)

    assert (summary.documents, summary.stored, summary.known) == (2, 1, 1)


# -- bad files next to good ones ---------------------------------------------------------------

FRENCH = (
    "Le Mali, le Burkina Faso et le Niger ont annoncé dimanche leur retrait de la Communauté "
    "économique des États de l'Afrique de l'Ouest, à laquelle ils reprochent des sanctions "
    "qu'ils jugent illégales."
)


def example_page() -> str:
    return (EXAMPLES / "kidal-capture-sahel-tribune.html").read_text(encoding="utf-8")


def write_bad_batch(folder: Path) -> dict[str, str]:
    """Good and bad files side by side; returns each bad origin's expected cause (a substring)."""
    copy_examples(folder, ("mali-coup-2020.txt", "unsc-ends-minusma-mandate.html"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "photo.html").write_bytes(bytes(range(256)) * 16)
    with (folder / "dump.txt").open("wb") as sparse:
        sparse.truncate(50 * 1024 * 1024)  # 50 MB without using the disk
    (folder / "retrait.txt").write_bytes(FRENCH.encode("latin-1"))
    page = example_page()
    first_paragraph = page.index("</p>", page.index('<div class="article-body">'))
    (folder / "cut-mid-article.html").write_text(page[: first_paragraph + 2000])
    (folder / "cut-in-head.html").write_text(page[: page.index("<body")])
    good_record = {
        "title": "ECOWAS suspends Mali",
        "published": "2021-05-31",
        "text": "ECOWAS suspended Mali from its institutions on Sunday after the second coup in "
        "nine months, the regional bloc said after a summit in Accra.",
    }
    lines = [
        json.dumps(good_record),
        '{"title": "cut off", "text": "The convoy was',
        "[1, 2, 3]",
        json.dumps({"title": "no body"}),
        json.dumps({**good_record, "text": good_record["text"] + " Later.", "published": "soon"}),
    ]
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {
        "empty.txt": "empty",
        "photo.html": "binary",
        "dump.txt": "MB",
        "cut-in-head.html": "no article text",
        "feed.jsonl:2": "invalid JSON",
        "feed.jsonl:3": "JSON object",
        "feed.jsonl:4": "'text' or 'html'",
        "feed.jsonl:5": "'published' is not an ISO date",
    }


def test_bad_files_give_one_error_each_and_the_rest_is_stored(pipeline, tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    expected_causes = write_bad_batch(folder)
    db = tmp_path / "store.duckdb"

    summary = run_ingest([folder], db, pipeline)

    errors = {Path(e.origin).name: e.message for e in summary.errors}
    assert Counter(Path(e.origin).name for e in summary.errors).most_common(1)[0][1] == 1
    assert set(errors) == set(expected_causes)
    for name, cause in expected_causes.items():
        assert cause in errors[name], (name, errors[name])
    assert all(e.origin.startswith(str(folder)) for e in summary.errors)
    with Store(db, read_only=True) as store:
        stored = {Path(a.source_path).name: a for a in store.articles()}
        counts = store.counts()
    assert set(stored) == {
        "mali-coup-2020.txt",
        "unsc-ends-minusma-mandate.html",
        "retrait.txt",
        "cut-mid-article.html",
        "feed.jsonl:1",
    }
    assert summary.failed == len(expected_causes)
    assert summary.stored == counts["articles"] == 5
    assert summary.documents == 6  # the five stored and the page with no article in it
    assert summary.events == counts["events"] > 0


def test_latin1_and_truncated_html_are_warnings_and_stored(pipeline, tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    write_bad_batch(folder)
    db = tmp_path / "store.duckdb"

    summary = run_ingest([folder], db, pipeline)

    warnings = {Path(w.origin).name: w.message for w in summary.warnings}
    assert set(warnings) == {"retrait.txt", "cut-mid-article.html"}
    assert "UTF-8" in warnings["retrait.txt"]
    assert "truncated" in warnings["cut-mid-article.html"]
    with Store(db, read_only=True) as store:
        french = next(a for a in store.articles() if a.source_path.endswith("retrait.txt"))
    assert french.body == FRENCH  # decoded right: accents intact
    assert french.language == "fr"


def test_a_page_cut_before_its_text_is_an_error(pipeline, tmp_path: Path) -> None:
    page = example_page()
    cut = tmp_path / "cut-before-text.html"
    cut.write_text(page[: page.index("<p>", page.index('<div class="article-body">'))])

    summary = run_ingest([cut], tmp_path / "store.duckdb", pipeline)

    assert summary.stored == 0
    assert [e.origin for e in summary.errors] == [str(cut)]


# -- interruption ------------------------------------------------------------------------------


class Interrupt:
    """Raises KeyboardInterrupt on the n-th call of a wrapped function, like Ctrl-C would."""

    def __init__(self, function, on_call: int, when=lambda *args, **kwargs: True) -> None:
        self.function, self.on_call, self.when = function, on_call, when
        self.calls = 0

    def __call__(self, *args, **kwargs):
        if self.when(*args, **kwargs):
            self.calls += 1
            if self.calls == self.on_call:
                raise KeyboardInterrupt
        return self.function(*args, **kwargs)


def interrupt_analysis(pipeline: Pipeline, store: Store, monkeypatch) -> Interrupt:
    """Ctrl-C while spaCy parses the second batch (its first analysis; undated reports are
    coded again once their story is known)."""
    interrupt = Interrupt(
        pipeline.analyse, on_call=2, when=lambda *args, **kwargs: kwargs.get("undated_leads")
    )
    monkeypatch.setattr(pipeline, "analyse", interrupt)
    return interrupt


def interrupt_write(pipeline: Pipeline, store: Store, monkeypatch) -> Interrupt:
    """Ctrl-C inside the second batch's transaction, after its articles rows went in."""
    interrupt = Interrupt(
        store._insert_rows, on_call=2, when=lambda table, rows: table == "evidence"
    )
    monkeypatch.setattr(store, "_insert_rows", interrupt)
    return interrupt


@pytest.mark.parametrize("interrupt_at", [interrupt_analysis, interrupt_write])
def test_interrupted_ingest_keeps_exactly_the_first_batch(
    pipeline, tmp_path: Path, monkeypatch, interrupt_at
) -> None:
    folder = copy_examples(tmp_path / "news")
    db = tmp_path / "store.duckdb"
    monkeypatch.setattr(pipeline, "batch_size", 2)
    first_batch = [str(folder / name) for name in SIX_ARTICLES[:2]]
    analysed: list[list[DocumentResult]] = []
    store_batch = pipeline.store_batch

    def recording_store_batch(articles, stories, store):
        stored, written = store_batch(articles, stories, store)
        analysed.append(written)  # the results as they were stored
        return stored, written

    monkeypatch.setattr(pipeline, "store_batch", recording_store_batch)
    with Store(db) as store, pytest.raises(KeyboardInterrupt):
        interrupt_at(pipeline, store, monkeypatch)
        ingest([str(folder)], store, pipeline)

    assert_consistent(db)
    expected = analysed[0]
    with Store(db, read_only=True) as store:
        assert sorted(a.source_path for a in store.articles()) == first_batch
        assert {e.id for e in store.events()} == {e.id for r in expected for e in r.events}
    counts = table_counts(db)
    assert counts["events"] == sum(len(r.events) for r in expected) > 0
    assert counts["evidence"] == sum(len(e.evidence) for r in expected for e in r.events)
    assert counts["event_actors"] == sum(
        len(e.actors) + len(e.recipients) for r in expected for e in r.events
    )

    monkeypatch.undo()
    monkeypatch.setattr(pipeline, "batch_size", 2)
    rerun = run_ingest([folder], db, pipeline)

    assert (rerun.known, rerun.stored, rerun.failed) == (2, 4, 0)
    assert_consistent(db)
    assert table_counts(db)["articles"] == 6
    assert table_counts(db)["events"] == counts["events"] + rerun.events


def write_large_corpus(folder: Path, editions: int = 3) -> int:
    """Distinct copies of the English example files (an edition line makes each one new)."""
    folder.mkdir()
    count = 0
    sources = [p for p in sorted(EXAMPLES.iterdir()) if p.suffix in {".txt", ".html"}]
    for edition in range(editions):
        for source in sources:
            raw = source.read_text(encoding="utf-8")
            if source.suffix == ".html":
                raw = raw.replace("<p>", f"<p>Edition {edition}. ", 1)
            else:
                title, rest = raw.split("\n", 1)
                raw = f"{title}\n\nEdition {edition}.\n\n{rest}"
            (folder / f"e{edition}-{source.name}").write_text(raw, encoding="utf-8")
            count += 1
    return count


def wait_for_first_commit(process: subprocess.Popen, db: Path, limit_s: float = 20.0) -> None:
    """Until a batch has been committed (the write-ahead log grows past the bare schema), the
    process ends, or ``limit_s`` passes. The store itself cannot be read meanwhile: DuckDB
    locks it for the writing process."""
    wal = Path(f"{db}.wal")
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline and process.poll() is None:
        if wal.exists() and wal.stat().st_size > 20_000:
            return
        time.sleep(0.05)


def test_ctrl_c_on_the_real_cli_leaves_a_consistent_store(pipeline, tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    documents = write_large_corpus(folder)
    db = tmp_path / "store.duckdb"
    command = [*CLI, "ingest", "-q", "--batch-size", "2", "--db", str(db), str(folder)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_for_first_commit(process, db)
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    # 0: done before the signal; 130: stopped by it, wherever it landed (inside a DuckDB
    # statement it arrives as "Query interrupted", which the CLI treats as Ctrl-C too).
    assert process.returncode in (0, 130), stderr

    assert_consistent(db)
    with Store(db, read_only=True) as store:
        saved = store.articles()
        # Each stored article has all its events: the same ones as analysing it again.
        for article in saved[:4]:
            stored_ids = {e.id for e in store.events(EventFilter(article_id=article.id))}
            assert stored_ids == {e.id for r in pipeline.analyse([article]) for e in r.events}
    rerun = CliRunner().invoke(app, ["ingest", "-q", "--db", str(db), str(folder)])

    assert rerun.exit_code == 0, rerun.output
    assert summary_value(rerun.stdout, "already stored") == len(saved)
    assert summary_value(rerun.stdout, "new articles stored") == documents - len(saved)
    assert_consistent(db)
    assert table_counts(db)["articles"] == documents


def summary_value(output: str, label: str) -> int:
    """A number from the ingest summary table the CLI prints."""
    match = re.search(rf"{re.escape(label)}\D*?(\d+)", output)
    assert match, f"no {label!r} in:\n{output}"
    return int(match.group(1))


@pytest.mark.parametrize("statement", ["_insert_rows", "known_article_ids"])
def test_ctrl_c_inside_a_duckdb_query_exits_as_interrupted(
    pipeline, tmp_path: Path, monkeypatch, statement: str
) -> None:
    """Inside the write transaction or in a plain query, DuckDB's interrupt is Ctrl-C."""
    folder = copy_examples(tmp_path / "news")
    db = tmp_path / "store.duckdb"

    def interrupted_query(self, *args):
        # What DuckDB raises when SIGINT arrives while one of its statements runs.
        raise duckdb.InterruptException("INTERRUPT Error: Interrupted!")

    monkeypatch.setattr(Store, statement, interrupted_query)
    result = CliRunner().invoke(app, ["ingest", "-q", "--db", str(db), str(folder)])

    assert isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == 130
    assert "interrupted" in result.stderr
    assert_consistent(db)


# -- one writer at a time ----------------------------------------------------------------------

HOLD_STORE = (
    "import sys\n"
    "from crisisdesk.store import Store\n"
    "store = Store(sys.argv[1])\n"
    "print('ready', flush=True)\n"
    "sys.stdin.read()\n"
)


@pytest.fixture
def held_store(tmp_path: Path):
    """A store that another process has open for writing until the test ends."""
    db = tmp_path / "busy.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_STORE, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        yield db
    finally:
        holder.stdin.close()
        holder.wait(timeout=20)


def test_a_second_writer_gets_a_clear_error(held_store: Path) -> None:
    with pytest.raises(StoreError, match="in use by another process"):
        Store(held_store)


def test_a_second_cli_writer_gets_a_clear_error(pipeline, held_store: Path) -> None:
    result = CliRunner().invoke(
        app, ["ingest", "-q", "--db", str(held_store), str(EXAMPLES / "mali-coup-2020.txt")]
    )
    assert isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == 2
    # rich wraps long lines at spaces: compare without white space.
    assert "inusebyanotherprocess" in "".join(result.stderr.split())
