"""Run the real pipeline on a gold file's documents and score what it stored.

The documents go through exactly the ingest path (extraction, analysis, coding, story
assignment, the store), in a temporary database, so ``crisisdesk eval`` measures what a user
gets. Story scores compare the stored story of each document with the gold story keys.
"""

from __future__ import annotations

from pathlib import Path

from crisisdesk.evaluation.gold import GoldDocument, gold_source_document
from crisisdesk.evaluation.score import EvalReport, score, with_confidence_bands
from crisisdesk.model import DocumentResult, IngestError
from crisisdesk.pipeline import ExtractionError, Pipeline, build_article
from crisisdesk.store import EventFilter, Store
from crisisdesk.stories import StoryAssigner


def run_gold(
    documents: list[GoldDocument],
    gold_dir: Path,
    db_path: Path,
    model: str | None = None,
    pipeline: Pipeline | None = None,
) -> tuple[EvalReport, list[IngestError]]:
    """Ingest the gold documents into ``db_path`` and score the stored events."""
    pipeline = pipeline or Pipeline(model=model)
    problems: list[IngestError] = []
    article_of: dict[str, str] = {}
    articles = {}
    for document in documents:
        try:
            source = gold_source_document(document, gold_dir)
            article, warnings = build_article(source)
        except (ExtractionError, OSError, ValueError) as error:
            problems.append(IngestError(origin=document.id, message=str(error)))
            continue
        problems.extend(warnings)
        article_of[document.id] = article.id
        articles.setdefault(article.id, article)
    with Store(db_path) as store:
        batch = list(articles.values())
        assigner = StoryAssigner(store)
        for start in range(0, len(batch), pipeline.batch_size):
            pipeline.store_batch(batch[start : start + pipeline.batch_size], assigner, store)
        stored = {
            article_id: DocumentResult(
                article=store.article(article_id),
                events=store.events(EventFilter(article_id=article_id)),
            )
            for article_id in articles
        }
        story_of = store.stories_of(articles)
    results = {doc_id: stored[article_id] for doc_id, article_id in article_of.items()}
    stories = {
        doc_id: story_of[article_id]
        for doc_id, article_id in article_of.items()
        if article_id in story_of
    }
    report = score(documents, results, stories=stories)
    return with_confidence_bands(report, documents, results), problems
