"""The evaluation figures may rise but not silently fall.

Each floor sits a little under the figure measured when it was set (see the issue notes and
tests/gold/README.md); raise it when the coder improves. The runs go through the real pipeline
and a temporary database, exactly as `crisisdesk eval` does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crisisdesk.evaluation.gold import load_gold
from crisisdesk.evaluation.runner import run_gold
from crisisdesk.evaluation.score import report_json

from .conftest import GOLD_DIR, ROOT

PLOVER_GSR = ROOT.parent / "shared" / "gold" / "plover-gsr" / "plover-gsr.gold.jsonl"

# key path in `crisisdesk eval --json` -> lowest accepted value
FLOORS: dict[str, dict[str, float]] = {
    "examples": {
        "events.precision": 0.94,
        "events.recall": 0.81,
        "events.f1": 0.87,
        "events.untyped.f1": 0.88,
        "attributes.actor": 0.85,
        "attributes.recipient": 0.87,
        "attributes.country": 0.98,
        "attributes.admin1": 0.98,
        "attributes.date": 0.94,
        "attributes.status": 0.95,
        "attributes.dead": 1.00,
        "body.contains": 1.00,
        "body.excludes": 1.00,
        "stories.f1": 1.00,
    },
    # dev grew from 48 to 80 reports, then to 104, 127, 143, 151 and 167 (2026-11-24, third
    # to eighth sessions) and to 215 (2026-11-25, four batches of twelve): the new reports, in
    # styles the older ones lacked, were annotated before any rule was tuned on them, so the
    # floors were reset to the figures on the larger file each time (precision 0.90 -> 0.88 at
    # the fifth; recipient 0.81 -> 0.80 at the sixth; at 215 reports recall 0.83 -> 0.81, F1
    # 0.87 -> 0.86, stories 0.94 -> 0.92: the clusterer joins some of the new reports to other
    # stories of the same country and period, such as Gamboru to Baga and Monguno). At 227
    # reports (a blind batch of twelve long reports on duplicates and recipients, 2026-11-25)
    # actor 0.90 -> 0.89, admin1 0.89 -> 0.88, dead 0.95 -> 0.92: figures with the batch added.
    # With all three of that day's second-round batches (places in local press, dates and
    # tolls, long reports; 251 reports) stories 0.92 -> 0.91: 0.913, the clusterer joining some
    # of the new Sudan and Sahel reports to stories of the same place and period.
    "dev": {
        "events.precision": 0.90,
        "events.recall": 0.81,
        "events.f1": 0.86,
        "attributes.actor": 0.89,
        "attributes.recipient": 0.82,
        "attributes.country": 0.96,
        "attributes.admin1": 0.88,
        "attributes.date": 0.91,
        "attributes.status": 0.97,
        "attributes.dead": 0.92,
        "body.contains": 1.00,
        "body.excludes": 0.96,
        "stories.f1": 0.91,
    },
    # dev-fr grew from 14 to 18 reports in the fifth session; admin1 reset from 0.87 to 0.79 on
    # the larger file (new Burkina Faso and Niger attacks the places rules do not yet place),
    # raised to 0.83 in the sixth when a region named beside a town came to place it. It grew
    # again to 26 reports in the seventh with eight written blind (first contact F1 0.59), and
    # its floors were reset to that file: P 0.93 -> 0.90, R 0.85 -> 0.73, F1 0.89 -> 0.81,
    # country 0.97 -> 0.95, admin1 0.83 -> 0.79; dead (0.82) gained a floor.
    "dev-fr": {
        "attributes.recipient": 0.81,
        "events.precision": 0.92,
        "events.recall": 0.76,
        "events.f1": 0.83,
        "attributes.actor": 0.85,
        "attributes.country": 0.95,
        "attributes.date": 0.86,
        "attributes.status": 0.95,
        "attributes.admin1": 0.79,
        "attributes.dead": 0.89,
    },
    "seeds": {
        "events.f1": 0.90,
        "attributes.actor": 1.00,
        "attributes.country": 1.00,
        "attributes.date": 0.89,
        "attributes.status": 0.86,
        "attributes.dead": 1.00,
        "body.contains": 1.00,
        "body.excludes": 1.00,
        "stories.f1": 1.00,
    },
    # The held-out test set (tests/gold/README.md): measured only, never tuned on. Its dead
    # floor was lowered from 0.88 to 0.79 on 2026-11-24: the count rules of that session raised
    # dev dead from 0.84 to 0.98 and lowered test from 0.91 to 0.81 (see the issue note).
    # The annotation audit of 2026-11-24 (tests/gold/test-audit.md) folded both sides of two
    # fights into one toll each and the parts of three coups into one event: with the same coder,
    # dead went from 0.897 to 0.846 and duplicates from 0.085 to 0.099, so the dead floor moved
    # (the duplicate ceiling went back to 0.09 once that session's merging rules had landed).
    "test": {
        "events.precision": 0.82,
        "events.recall": 0.76,
        "events.f1": 0.79,
        "attributes.actor": 0.85,
        "attributes.recipient": 0.81,
        "attributes.country": 0.88,
        "attributes.admin1": 0.83,
        "attributes.date": 0.80,
        "attributes.status": 0.96,
        "attributes.dead": 0.84,
        "stories.f1": 0.96,
    },
    "plover-gsr": {
        "events.precision": 0.80,
        "events.recall": 0.79,
        "events.f1": 0.80,
        "attributes.actor": 0.79,
        "attributes.recipient": 0.57,
        "attributes.dead": 1.00,
    },
}
# Duplicates per matched event (the same real event coded twice): may fall, not silently rise.
DUPLICATE_CEILINGS = {"examples": 0.04, "dev": 0.05, "dev-fr": 0.07, "test": 0.09}

GOLD_FILES = {
    "examples": GOLD_DIR / "examples.gold.jsonl",
    "dev": GOLD_DIR / "dev.gold.jsonl",
    "dev-fr": GOLD_DIR / "dev-fr.gold.jsonl",
    "seeds": GOLD_DIR / "seeds.gold.jsonl",
    "test": GOLD_DIR / "test.gold.jsonl",
    "plover-gsr": PLOVER_GSR,
}
NEEDS_SHARED = {"seeds", "plover-gsr"}


def lookup(report: dict, key: str) -> float:
    value: object = report
    for part in key.split("."):
        value = value[part]  # type: ignore[index]
    assert isinstance(value, int | float), f"{key} is {value!r}"
    return float(value)


@pytest.mark.parametrize("name", list(FLOORS))
def test_eval_figures_stay_above_their_floors(name: str, pipeline, tmp_path: Path) -> None:
    gold = GOLD_FILES[name]
    if name in NEEDS_SHARED and not gold.is_file():
        pytest.skip(f"{gold} is not here (the shared folder is outside CI's checkout)")
    report, problems = run_gold(
        load_gold(gold), gold.parent, tmp_path / "e.duckdb", pipeline=pipeline
    )
    assert not [p for p in problems if not p.warning], problems
    figures = report_json(report)
    below = {
        key: round(lookup(figures, key), 3)
        for key, floor in FLOORS[name].items()
        if lookup(figures, key) < floor
    }
    assert not below, f"{name}: below the floor: {below} (floors {FLOORS[name]})"
    events = figures["events"]
    duplicates = events["duplicates"] / max(events["tp"], 1)
    assert duplicates <= DUPLICATE_CEILINGS.get(name, 1.0), f"{name}: {duplicates:.3f} duplicates"
