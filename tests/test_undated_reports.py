"""Undated reports: found a story by their lead, then coded in full against its date."""

from __future__ import annotations

import json
from pathlib import Path

from crisisdesk.events.coder import lead_of
from crisisdesk.pipeline import build_article, ingest, read_sources
from crisisdesk.store import EventFilter, Store

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _article(name: str):
    (source,) = list(read_sources([str(EXAMPLES / name)]))
    return build_article(source)[0]


def test_the_lead_pass_codes_only_the_first_sentences(pipeline) -> None:
    article = _article("mali-coup-2020.txt")
    doc = pipeline.nlp(article.body)
    full = pipeline.coder.code(doc, article)
    lead_doc = lead_of(doc, article, 3)
    lead = pipeline.coder.code(lead_doc, article)
    headings = [(h.start, h.end) for h in article.headings]
    told = [s for s in lead_doc.sents if not any(a <= s.start_char < b for a, b in headings)]
    assert len(told) == 3
    assert 0 < len(lead) < len(full)
    assert all(ev.sentence_end <= len(lead_doc.text) for e in lead for ev in e.evidence)
    # the lead's events are the full report's, with the same evidence offsets
    assert {e.evidence[0].sentence_start for e in lead} <= {
        e.evidence[0].sentence_start for e in full
    }


def test_an_undated_report_with_no_dated_story_is_stored_with_all_its_events(
    pipeline, tmp_path: Path
) -> None:
    article = _article("mali-coup-2020.txt")
    assert article.published is None
    with Store(tmp_path / "store.duckdb") as store:
        ingest([str(EXAMPLES / "mali-coup-2020.txt")], store, pipeline)
        stored = store.events(EventFilter(article_id=article.id))
    full = pipeline.analyse([article])[0].events
    assert len(full) > 3
    assert {e.id for e in stored} == {e.id for e in full}


def test_an_undated_report_is_dated_by_its_story(pipeline, tmp_path: Path) -> None:
    """The first Solhan report gives "June 5" and "Friday" but no year: once it joins the
    story of a dated report of the same massacre, its attack is dated in June 2021."""
    dated = _article("solhan-toll-rises.txt")
    record = {"text": dated.body, "title": dated.title, "published": "2021-06-07"}
    record.update(outlet="Dune Times", language="en")
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps(record) + "\n", encoding="utf-8")
    undated = _article("solhan-attack-first-report.txt")
    assert undated.published is None
    with Store(tmp_path / "store.duckdb") as store:
        ingest([str(feed), str(EXAMPLES / "solhan-attack-first-report.txt")], store, pipeline)
        attacks = [
            e for e in store.events(EventFilter(article_id=undated.id)) if e.type == "ASSAULT"
        ]
        stories = store.stories_of([undated.id])
    assert stories, "the undated report joined a story"
    assert attacks
    assert any(
        e.date_start is not None and (e.date_start.year, e.date_start.month) == (2021, 6)
        for e in attacks
    )
