"""Shared test fixtures: where the shared seed documents live, and the loaded pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
GOLD_DIR = ROOT / "tests" / "gold"

need_seeds = pytest.mark.skipif(
    not SEEDS.is_dir(), reason=f"the shared seed documents are not at {SEEDS} (outside CI)"
)


@pytest.fixture(scope="session")
def pipeline():
    """The real pipeline (spaCy model, rulers, coder), loaded once for the whole run."""
    from crisisdesk.pipeline import Pipeline

    return Pipeline()
