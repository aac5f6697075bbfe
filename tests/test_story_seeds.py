"""Issue 4's 'done when' on the shared seeds: one story, the end-date disagreement shown."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from crisisdesk.cli import app

from .conftest import SEEDS, need_seeds


@need_seeds
def test_seeds_form_one_story_with_the_end_date_disagreement(tmp_path: Path) -> None:
    db = str(tmp_path / "seeds.duckdb")
    runner = CliRunner()
    seed0, seed1 = SEEDS / "000_1a44d2c3f9f13b6f.txt", SEEDS / "001_97e84640ad5a61dd.txt"
    # As an analyst would: the dated report first, then the undated one, in separate runs.
    first = runner.invoke(
        app, ["ingest", "-q", "--db", db, "--published", "2023-12-30", str(seed0)]
    )
    second = runner.invoke(app, ["ingest", "-q", "--db", db, str(seed1)])
    assert first.exit_code == 0 and second.exit_code == 0, (first.output, second.output)

    listed = runner.invoke(app, ["stories", "--db", db, "--format", "jsonl"])
    stories = [json.loads(line) for line in listed.stdout.splitlines() if line.strip()]
    assert len(stories) == 1, stories
    assert stories[0]["articles"] == 2 and stories[0]["sources"] == 2

    shown = runner.invoke(app, ["story", stories[0]["id"], "--db", db, "--format", "jsonl"])
    lines = [json.loads(line) for line in shown.stdout.splitlines() if line.strip()]
    disagreements = [line["disagreement"] for line in lines if "disagreement" in line]
    dates = [d for d in disagreements if d["field"] == "date"]
    assert dates, disagreements
    labels = {value["label"] for value in dates[0]["values"]}
    assert {"2023-12-31", "2023-11"} <= labels
    records = [line["record"] for line in lines if "record" in line]
    withdrawal = next(r for r in records if r["type"] == "RETREAT" and r["status"] == "planned")
    assert withdrawal["sources"] == 2
