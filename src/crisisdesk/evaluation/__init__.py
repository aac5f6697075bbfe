"""Scoring the pipeline against gold-standard files (the format: docs/evaluation.md).

The scoring function is ``crisisdesk.evaluation.score.score``; it is not re-exported here,
where its name would hide the ``score`` module.
"""

from crisisdesk.evaluation.gold import (
    GoldDocument,
    GoldEvent,
    GoldFormatError,
    gold_source_document,
    load_gold,
)
from crisisdesk.evaluation.report import render_table, report_json
from crisisdesk.evaluation.score import EvalReport

__all__ = [
    "EvalReport",
    "GoldDocument",
    "GoldEvent",
    "GoldFormatError",
    "gold_source_document",
    "load_gold",
    "render_table",
    "report_json",
]
