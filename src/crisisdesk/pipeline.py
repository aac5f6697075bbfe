"""The ingest pipeline: sources → extraction → language analysis → event coding → store.

Each stage is a plain function or object with one contract; this module only wires them:

* :func:`build_article` turns a :class:`SourceDocument` into an :class:`Article` (body,
  headings, metadata, content-hash id);
* :class:`Pipeline` runs spaCy in batches (``nlp.pipe``) and the coder over the parsed docs;
* :func:`ingest` streams documents from paths into a :class:`Store`, skipping content already
  stored, writing batch by batch so an interrupted run loses at most the batch in flight; each
  batch is assigned to stories and checked for near-duplicates (``crisisdesk.stories``) and
  stored with those links in the same transaction.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from crisisdesk.extraction import HtmlExtractionError, extract_html, extract_text
from crisisdesk.model import Article, DocumentResult, IngestError, SourceDocument, article_id
from crisisdesk.nlp.language import detect_language
from crisisdesk.sources import expand_inputs, read_path

DEFAULT_BATCH_SIZE = 32
# A full stop, question or exclamation mark ending a word: with enough words, a sentence.
_SENTENCE_END = re.compile(r"\w[)\]'’\"”]*[.!?…]['’\"”)]*(?:\s|$)")
MIN_SENTENCE_WORDS = 5
# Below this many characters of body there is no article to read (a stub page, a paywall).
MIN_BODY_CHARS = 40
# The sentences of an undated report coded before its story is known (news leads tell the
# who, what and where): enough to find the story; the report is coded in full once dated.
LEAD = 3
# Languages the coder has a lexicon and a spaCy pipeline for (data/plover/triggers.{lang}.yaml).
CODED_LANGUAGES = ("en", "fr")


class ExtractionError(ValueError):
    """A document with no article in it."""


def build_article(source: SourceDocument) -> tuple[Article, list[IngestError]]:
    """The clean article of a source document, and warnings about it (e.g. truncated HTML)."""
    warnings: list[IngestError] = []
    language_hint = source.language or "en"
    if source.format == "html":
        try:
            page = extract_html(source.raw, language_hint)
        except HtmlExtractionError as error:
            raise ExtractionError(str(error)) from error
        clean, title = page.clean, source.title or page.title
        published = source.published or page.published
        outlet, url = source.outlet or page.outlet, source.url or page.url
        language = source.language or page.language
        if page.truncated:
            warnings.append(
                IngestError(
                    origin=source.origin,
                    message="HTML looks truncated (no closing </html>); kept the text found",
                    warning=True,
                )
            )
    else:
        clean = extract_text(source.raw, language_hint)
        title, published = source.title or clean.title, source.published
        outlet, url, language = source.outlet, source.url, source.language
    text_chars = len(clean.body) - sum(h.end - h.start for h in clean.headings)
    if text_chars < MIN_BODY_CHARS:
        raise ExtractionError(
            f"no article text (only {max(text_chars, 0)} characters besides headings)"
        )
    if not has_sentence(clean.body):
        # A page cut before its first paragraph leaves a headline, byline and share buttons.
        raise ExtractionError("no article text (not one complete sentence)")
    article = Article(
        id=article_id(clean.body),
        url=url,
        outlet=outlet,
        title=title,
        published=published,
        language=(language or detect_language(clean.body))[:2].lower(),
        body=clean.body,
        headings=clean.headings,
        source_path=source.origin,
        ingested_at=datetime.now(UTC).replace(tzinfo=None),
    )
    return article, warnings


def story_references(results, links, store) -> dict[str, date]:
    """For each undated article of the batch, the latest publication date of its story."""
    story_of = {article_id: story_id for article_id, story_id, *_ in links.memberships}
    dates: dict[str, list[date]] = {}
    for result in results:
        story = story_of.get(result.article.id)
        if story and result.article.published:
            dates.setdefault(story, []).append(result.article.published)
    references: dict[str, date] = {}
    for result in results:
        story = story_of.get(result.article.id)
        if result.article.published is not None or story is None:
            continue
        known = dates.get(story, [])
        stored = store.story(story)
        if stored is not None and stored.last_date is not None:
            known = [*known, stored.last_date]
        if known:
            references[result.article.id] = max(known)
    return references


def has_sentence(body: str) -> bool:
    """True when some paragraph has a few words and a sentence-ending mark: any article does."""
    return any(
        len(paragraph.split()) >= MIN_SENTENCE_WORDS and _SENTENCE_END.search(paragraph)
        for paragraph in body.split("\n\n")
    )


class Pipeline:
    """Language analysis and event coding over batches of articles."""

    def __init__(self, model: str | None = None, batch_size: int = DEFAULT_BATCH_SIZE) -> None:
        from crisisdesk.events.coder import EventCoder
        from crisisdesk.nlp.pipeline import load_pipeline

        self.nlp = load_pipeline("en", model)
        self.coder = EventCoder.default()
        self.batch_size = batch_size
        self._undated_docs: dict[str, object] = {}
        # Other languages' pipelines and coders, loaded at their first article.
        self._language_tools: dict[str, tuple[object, object]] = {"en": (self.nlp, self.coder)}

    def tools(self, language: str):
        """The spaCy pipeline and the coder for ``language``, or None where it is not coded."""
        if language not in CODED_LANGUAGES:
            return None
        if language not in self._language_tools:
            from crisisdesk.events.coder import EventCoder
            from crisisdesk.nlp.pipeline import ModelNotInstalledError, load_pipeline

            try:
                nlp = load_pipeline(language)
            except ModelNotInstalledError:
                return None  # no model installed: the articles are stored, not coded
            self._language_tools[language] = (nlp, EventCoder.default(language))
        return self._language_tools[language]

    def analyse(
        self,
        articles: Sequence[Article],
        references: dict[str, date] | None = None,
        undated_leads: bool = False,
    ) -> list[DocumentResult]:
        """Parse and code a batch of articles, each language with its own spaCy pipeline and
        coder, in one batched pass per language (English and French; other languages get no
        events).

        ``references`` gives estimated reference dates for undated articles (see
        :meth:`anchor_undated`); their own ``published`` stays empty. With
        ``undated_leads``, undated articles get only the events of their lead: what their
        story is found by, before :meth:`anchor_undated` codes them in full.
        """
        from crisisdesk.events.coder import lead_of

        references = references or {}
        results = {a.id: DocumentResult(article=a) for a in articles}
        by_language: dict[str, list[Article]] = {}
        for article in articles:
            by_language.setdefault(article.language, []).append(article)
        # Parses of undated articles are kept for the batch: re-dating them against their
        # story (anchor_undated) needs the coder again, not spaCy.
        kept = self._undated_docs
        undated: dict[str, object] = {}
        for language, group in by_language.items():
            tools = self.tools(language)
            if tools is None:
                continue
            nlp, coder = tools
            to_parse = [a for a in group if a.id not in kept]
            parsed = dict(
                zip(
                    (a.id for a in to_parse),
                    nlp.pipe((a.body for a in to_parse), batch_size=self.batch_size),
                    strict=True,
                )
            )
            undated.update({a.id: parsed[a.id] for a in to_parse if a.published is None})
            for article in group:
                doc = parsed[article.id] if article.id in parsed else kept[article.id]
                reference = references.get(article.id)
                if reference is None and undated_leads and article.published is None:
                    results[article.id].events = coder.code(lead_of(doc, article, LEAD), article)
                elif reference is None:
                    results[article.id].events = coder.code(doc, article)
                else:
                    anchored = article.model_copy(update={"published": reference})
                    results[article.id].events = coder.code(doc, anchored, estimated=True)
        self._undated_docs = undated
        return [results[a.id] for a in articles]

    def anchor_undated(self, store):
        """A hook for the story assigner: code undated reports in full against their story.

        An article without a publication date cannot resolve "last December" or "mid-November".
        Once it has joined a story (by the events of its lead, see ``undated_leads``), the
        latest publication date of the story's dated reports is a fair reference; the coder
        then resolves relative dates to their nearest occurrence, since the reference itself
        is an estimate. A report whose story has no dated report is coded without one.
        """

        def revise(results, links):
            undated = [r.article for r in results if r.article.published is None]
            if not undated:
                return results
            references = story_references(results, links, store)
            redone = {r.article.id: r for r in self.analyse(undated, references)}
            return [redone.get(r.article.id, r) for r in results]

        return revise

    def store_batch(
        self, articles: Sequence[Article], stories, store
    ) -> tuple[int, list[DocumentResult]]:
        """Code a batch, assign it to stories and store it in one transaction: dated reports
        coded in full, undated ones by their lead until their story dates them. Returns how
        many articles were new and the results as stored."""
        results = self.analyse(articles, undated_leads=True)
        anchor = self.anchor_undated(store)
        written: list[DocumentResult] = []

        def before_store(batch, links):
            written[:] = anchor(batch, links)
            return written

        stored = stories.write(results, before_store)
        return stored, written


@dataclass
class IngestSummary:
    documents: int = 0  # documents read
    stored: int = 0  # new articles written
    known: int = 0  # already in the store (same content)
    events: int = 0
    errors: list[IngestError] = field(default_factory=list)
    warnings: list[IngestError] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed(self) -> int:
        return len(self.errors)


def read_sources(
    inputs: Iterable[str], defaults: dict[str, object] | None = None
) -> Iterator[SourceDocument | IngestError]:
    """Every document under ``inputs``, or the error that stopped it."""
    for item in expand_inputs(inputs):
        if isinstance(item, IngestError):
            yield item
        else:
            yield from read_path(item, defaults)


def ingest(
    inputs: Iterable[str],
    store,
    pipeline: Pipeline,
    defaults: dict[str, object] | None = None,
    on_document: Callable[[str], None] | None = None,
) -> IngestSummary:
    """Read, analyse and store everything under ``inputs``; errors are collected, not raised.

    Articles already stored (same content hash) are skipped before the costly analysis, so
    re-running an interrupted ingest completes it without duplicates.
    """
    from crisisdesk.stories import StoryAssigner

    summary = IngestSummary()
    started = time.perf_counter()
    pending: list[Article] = []
    seen: set[str] = set()
    # Loads the duplicate index and term statistics from the store at the first batch.
    stories = StoryAssigner(store)

    def flush() -> None:
        known = store.known_article_ids([a.id for a in pending])
        fresh = [a for a in pending if a.id not in known]
        summary.known += len(pending) - len(fresh)
        if fresh:
            stored, written = pipeline.store_batch(fresh, stories, store)
            summary.stored += stored
            summary.events += sum(len(r.events) for r in written)
        pending.clear()

    for item in read_sources(inputs, defaults):
        if on_document:
            on_document(item.origin)
        if isinstance(item, IngestError):
            (summary.warnings if item.warning else summary.errors).append(item)
            continue
        summary.documents += 1
        try:
            article, warnings = build_article(item)
        except ExtractionError as error:
            summary.errors.append(IngestError(origin=item.origin, message=str(error)))
            continue
        summary.warnings.extend(warnings)
        if article.id in seen:
            summary.known += 1
            continue
        seen.add(article.id)
        pending.append(article)
        if len(pending) >= pipeline.batch_size:
            flush()
    if pending:
        flush()
    summary.seconds = time.perf_counter() - started
    return summary
