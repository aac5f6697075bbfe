"""Stories and near-duplicates, on the examples' real reports through the real coder.

The dev gold file's documents are analysed once (module fixture); each test writes some of
them to a fresh store, in the order it needs, through the same story assignment the ingest
uses, and asks the store what an analyst would ask: which story, which original, how many
independent sources.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import textwrap
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crisisdesk.cli import app
from crisisdesk.evaluation.gold import gold_source_document, load_gold
from crisisdesk.evaluation.score import bcubed
from crisisdesk.model import DocumentResult
from crisisdesk.pipeline import build_article, ingest
from crisisdesk.store import Store
from crisisdesk.stories import StoryAssigner, dedup
from tests.conftest import GOLD_DIR, ROOT, SEEDS, need_seeds

EXAMPLES_GOLD = GOLD_DIR / "examples.gold.jsonl"


@pytest.fixture(scope="module")
def analysed(pipeline) -> dict[str, DocumentResult]:
    """Every dev gold document, extracted and coded once: gold id -> result."""
    documents = load_gold(EXAMPLES_GOLD)
    articles = {}
    for document in documents:
        article, _ = build_article(gold_source_document(document, GOLD_DIR))
        articles[document.id] = article
    results = pipeline.analyse(list(articles.values()))
    return dict(zip(articles, results, strict=True))


@pytest.fixture(scope="module")
def gold_stories() -> dict[str, str]:
    return {document.id: document.story for document in load_gold(EXAMPLES_GOLD)}


def write(store: Store, results: Sequence[DocumentResult], batch_size: int = 32) -> None:
    assigner = StoryAssigner(store)
    for start in range(0, len(results), batch_size):
        assigner.write(results[start : start + batch_size])


def story_map(store: Store, analysed: dict[str, DocumentResult]) -> dict[str, str]:
    found = store.stories_of(r.article.id for r in analysed.values())
    return {doc_id: found[result.article.id] for doc_id, result in analysed.items()}


# -- near-duplicates -----------------------------------------------------------------------


def test_the_reprint_is_a_near_copy_of_the_wire_and_no_other_report_is(analysed) -> None:
    wire = dedup.signature(analysed["kidal-capture-wire"].article.body)
    reprint = dedup.signature(analysed["kidal-capture-reprint"].article.body)
    other_report = dedup.signature(analysed["kidal-capture-sahel-tribune"].article.body)

    assert dedup.containment(reprint, wire) >= dedup.DUPLICATE_THRESHOLD
    assert dedup.containment(other_report, wire) < 0.3
    index = dedup.DuplicateIndex.from_signatures([("wire", wire[0], dedup.to_blob(wire[1]))])
    assert index.candidates(reprint[1]) == ["wire"]


def test_the_duplicate_index_finds_signatures_added_before_and_after_a_merge() -> None:
    index = dedup.DuplicateIndex()
    index.MERGE_EVERY = 3  # merge the recent additions into the sorted arrays early
    bodies = [f"Report number {n} about a different town and a different attack." for n in range(5)]
    signatures = [dedup.signature(body)[1] for body in bodies]
    for number, values in enumerate(signatures):
        index.add([f"a{number}"], values[None, :])

    assert all(f"a{n}" in index.candidates(values) for n, values in enumerate(signatures))


def test_a_reprint_is_linked_to_its_original_and_adds_no_independent_source(
    analysed, tmp_path: Path
) -> None:
    tribune, wire, reprint = (
        analysed[key]
        for key in ("kidal-capture-sahel-tribune", "kidal-capture-wire", "kidal-capture-reprint")
    )
    with Store(tmp_path / "s.duckdb") as store:
        write(store, [tribune, wire])
        story_id = store.story_of(wire.article.id)
        before = store.story(story_id)
        write(store, [reprint])
        after = store.story(story_id)
        members = {m.article_id: m for m in store.story_articles(story_id)}

    assert store.story_of is not None and story_id is not None
    assert (before.articles, before.sources, before.duplicates) == (2, 2, 0)
    assert (after.articles, after.sources, after.duplicates) == (3, 2, 1)
    assert members[reprint.article.id].duplicate_of == wire.article.id
    assert members[reprint.article.id].similarity >= dedup.DUPLICATE_THRESHOLD
    assert members[wire.article.id].duplicate_of is None


def test_an_original_that_arrives_after_its_reprint_becomes_the_original(
    analysed, tmp_path: Path
) -> None:
    wire, reprint = analysed["kidal-capture-wire"], analysed["kidal-capture-reprint"]
    with Store(tmp_path / "s.duckdb") as store:
        write(store, [reprint])
        assert store.duplicate_of(reprint.article.id) is None
        write(store, [wire])

        assert store.duplicate_of(reprint.article.id) == wire.article.id
        assert store.duplicate_of(wire.article.id) is None
        assert store.story_of(wire.article.id) == store.story_of(reprint.article.id)
        assert store.story(store.story_of(wire.article.id)).sources == 1


def test_a_second_process_finds_copies_of_articles_stored_by_the_first(
    analysed, tmp_path: Path
) -> None:
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        write(store, [analysed["kidal-capture-wire"]])
    # A fresh interpreter: nothing in memory, the LSH index comes from the stored signatures.
    script = textwrap.dedent(
        f"""
        from pathlib import Path
        from crisisdesk.evaluation.gold import gold_source_document, load_gold
        from crisisdesk.model import DocumentResult
        from crisisdesk.pipeline import build_article
        from crisisdesk.store import Store
        from crisisdesk.stories import StoryAssigner

        gold = Path({str(GOLD_DIR)!r})
        document = next(d for d in load_gold(gold / "examples.gold.jsonl")
                        if d.id == "kidal-capture-reprint")
        article, _ = build_article(gold_source_document(document, gold))
        with Store({str(db)!r}) as store:
            StoryAssigner(store).write([DocumentResult(article=article)])
            print(store.duplicate_of(article.id))
        """
    )
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=False
    )

    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == analysed["kidal-capture-wire"].article.id


# -- stories -------------------------------------------------------------------------------


def test_the_examples_form_the_gold_stories(analysed, gold_stories, tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        write(store, list(analysed.values()))
        system = story_map(store, analysed)

    assert bcubed(gold_stories, system).f1 >= 0.9
    assert len({system[key] for key in gold_stories if key.startswith("kidal")}) == 1
    assert system["solhan-attack-first-report"] == system["solhan-toll-rises"]
    assert system["aes-charter-continental-monitor"] == system["aes-founding-dune-times"]


def test_an_attack_in_gao_region_and_a_summit_the_same_week_stay_apart(
    analysed, tmp_path: Path
) -> None:
    # The Bourem attacks (Gao region, 7 September 2023) and the Liptako-Gourma charter
    # (16 September 2023): same country, nine days apart, and the summit report even
    # mentions an attack in Bourem.
    keys = ("boat-attack-niger-river", "aes-charter-continental-monitor", "aes-founding-dune-times")
    with Store(tmp_path / "s.duckdb") as store:
        write(store, [analysed[key] for key in keys])
        attack, summit, summit_again = (store.story_of(analysed[k].article.id) for k in keys)

    assert summit == summit_again
    assert attack != summit


def test_stories_hardly_depend_on_the_order_articles_arrive_in(analysed, tmp_path: Path) -> None:
    results = list(analysed.values())
    shuffled = results[:]
    random.Random(11).shuffle(shuffled)
    runs = []
    for name, ordered, batch_size in (
        ("forward", results, 32),
        ("reversed-one-by-one", results[::-1], 1),
        ("shuffled-in-threes", shuffled, 3),
    ):
        with Store(tmp_path / f"{name}.duckdb") as store:
            write(store, ordered, batch_size)
            runs.append(story_map(store, analysed))

    assert bcubed(runs[0], runs[1]).f1 >= 0.95
    assert bcubed(runs[0], runs[2]).f1 >= 0.95


@need_seeds
def test_the_two_seed_reports_form_one_story(pipeline, tmp_path: Path) -> None:
    paths = sorted(str(path) for path in SEEDS.glob("*.txt"))
    if len(paths) < 2:
        pytest.skip(f"fewer than two seed documents in {SEEDS}")
    with Store(tmp_path / "seeds.duckdb") as store:
        ingest(paths[:2], store, pipeline, {"published": date(2023, 12, 30)})
        articles = store.articles()
        stories = {store.story_of(article.id) for article in articles}
        story = store.story(stories.pop())

    assert len(articles) == 2
    assert not stories  # both in the one popped story
    assert story.articles == 2
    assert story.countries == ["MLI"]


# -- the CLI -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def kidal_db(analysed, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("cli") / "stories.duckdb"
    keys = (
        "kidal-capture-sahel-tribune",
        "kidal-capture-wire",
        "kidal-capture-reprint",
        "solhan-attack-first-report",
        "solhan-toll-rises",
        "barsalogho-attack-harmattan",
    )
    with Store(db) as store:
        write(store, [analysed[key] for key in keys])
    return db


def test_cli_stories_lists_each_story_with_its_sources(kidal_db: Path) -> None:
    result = CliRunner().invoke(app, ["stories", "--db", str(kidal_db), "--format", "jsonl"])

    assert result.exit_code == 0, result.output
    stories = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(stories) == 3
    kidal = next(s for s in stories if "Kidal" in s["title"])
    assert (kidal["articles"], kidal["sources"], kidal["duplicates"]) == (3, 2, 1)
    assert kidal["first_date"] == "2023-11-14" and kidal["last_date"] == "2023-11-16"
    assert kidal["countries"] == ["MLI"]

    burkina = CliRunner().invoke(
        app, ["stories", "--db", str(kidal_db), "--country", "BFA", "--since", "2024-01-01"]
    )
    assert burkina.exit_code == 0, burkina.output
    assert "1 stories" in burkina.stdout and "trenches" in burkina.stdout


def test_cli_story_shows_the_articles_side_by_side_and_their_events(kidal_db: Path) -> None:
    with Store(kidal_db, read_only=True) as store:
        story_id = next(s.id for s in store.stories() if s.articles == 3)
    runner = CliRunner()
    table = runner.invoke(app, ["story", story_id, "--db", str(kidal_db)], env={"COLUMNS": "200"})
    lines = runner.invoke(app, ["story", story_id, "--db", str(kidal_db), "--format", "jsonl"])

    assert table.exit_code == 0, table.output
    for outlet in ("Sahel Tribune Daily", "West Africa Wire", "Niger Bend Herald"):
        assert outlet in table.stdout
    assert "duplicate of" in table.stdout and "ASSAULT" in table.stdout
    records = [json.loads(line) for line in lines.stdout.splitlines()]
    assert records[0]["story"]["id"] == story_id
    articles = [r for r in records[1:] if "article_id" in r]  # then records, disagreements
    assert any("record" in r for r in records)
    assert [a["published"] for a in articles] == ["2023-11-14", "2023-11-15", "2023-11-16"]
    assert articles[2]["duplicate_of"] == articles[1]["article_id"]
    assert any(e["type"] == "ASSAULT" for e in articles[0]["events"])

    missing = runner.invoke(app, ["story", "s-nothing", "--db", str(kidal_db)])
    assert missing.exit_code == 1
