"""Stories: every report of one real-world story, grouped incrementally as articles arrive.

Each new article is compared only with stored articles found by *blocking*: they share a
named actor (knowledge-base id), a town, first-level division or country, or one of the
article's rarest content words, on a day inside the article's time window (:data:`WINDOW_DAYS`
either side of its publication date; an undated article is dated by its ingest time). Articles
of one batch are compared with each other too, where an undated one has no window. The
candidates sharing most keys with each article are picked in the database, so a batch costs a
few set-based queries, whatever the store's size.

The score of a pair mixes text similarity (TF-IDF cosine over content words, document
frequencies from the store), the Jaccard of their named actors, place overlap (same town >
same division > same country), event-type overlap (the types of one act's family count as
shared: a deployment one report codes AID and another MOBILIZE) and date proximity
(:data:`WEIGHTS`). An
article joins the story of its best-scoring candidate above :data:`STORY_THRESHOLD`, else it
founds a new story. A near-duplicate (see :mod:`crisisdesk.stories.dedup`) joins its
original's story. Articles of a batch are taken in publication order, so a batch gives the
same stories whatever order its files were read in.
"""

from __future__ import annotations

import importlib.util
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from crisisdesk.events.merging import family_types
from crisisdesk.model import DocumentResult, Event, is_unresolved_id
from crisisdesk.store.stories import StoryLinks, week_of
from crisisdesk.stories import dedup

WINDOW_DAYS = 21
# How far back an undated article looks for its story among stored ones (undated reports are
# rare, so the wider search costs little).
UNDATED_LOOKBACK_DAYS = 5 * 365
# An event dated this far from its article's day is background ("since 2014"), not the story.
BACKGROUND_DAYS = 60
TERMS_KEPT = 150  # content words stored per article, most frequent first
KEY_TERMS = 12  # rarest content words used as blocking keys
MAX_CANDIDATES = 40  # stored articles scored per new article, those sharing most keys
WEIGHTS = {"text": 0.55, "actors": 0.1, "places": 0.15, "types": 0.05, "date": 0.15}
# Tuned on examples/ (dev): reports of one story score 0.37 to 0.54 (the two seeds, one of
# them undated, 0.32), and every pair of different stories scores 0 (text below MIN_TEXT).
STORY_THRESHOLD = 0.28
# A pair with an undated article has no window and no date evidence: reports of different
# years about one place (Solhan 2021 and Barsalogho 2024) then score up to 0.31 on examples/,
# while the two seeds (one undated) score 0.32. Give publication dates where known.
UNDATED_THRESHOLD = 0.31
# Without this much shared vocabulary, actors, places and dates alone do not make one story
# (an attack in Gao and a summit in Bamako the same week, both in Mali). On examples/ the
# reports of one story have a cosine of 0.20 or more, those of different stories 0.11 or less.
MIN_TEXT = 0.15
PRIOR_DOCUMENTS = 20
PLACE_SCORES = {"town": 1.0, "admin1": 0.6, "country": 0.3}
_WORD = re.compile(r"[^\W\d_]{3,}")
# Generic actors (a country, or a country's sector: 'MLI', 'MLI-MIL', 'INS') say little about
# which story an article reports; named ones ('minusma', 'jnim', 'assimi-goita') do.
_GENERIC_ACTOR = re.compile(r"^[A-Z]{3}(-[A-Z]{3})?$")


@cache
def stop_words() -> frozenset[str]:
    """English and French stop words, from spaCy's language data."""
    return _spacy_stop_words("en") | _spacy_stop_words("fr")


def _spacy_stop_words(language: str) -> frozenset[str]:
    """The stop-word list of a spaCy language, read from its own small module.

    Importing ``spacy.lang.fr.stop_words`` the usual way first runs ``spacy.lang.fr``, which
    loads the whole French language data (1.7 s here); the list itself needs none of it.
    """
    spacy_dir = Path(importlib.util.find_spec("spacy").origin).parent
    path = spacy_dir / "lang" / language / "stop_words.py"
    spec = importlib.util.spec_from_file_location(f"_crisisdesk_stop_words_{language}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(module.STOP_WORDS)


def content_terms(text: str) -> Counter[str]:
    """Counts of the content words of ``text`` (case-folded, three letters or more)."""
    stops = stop_words()
    return Counter(w for w in _WORD.findall(text.casefold()) if w not in stops)


def is_named_actor(actor_id: str) -> bool:
    """A knowledge-base actor with a name of its own, not a country or sector code."""
    return not is_unresolved_id(actor_id) and not _GENERIC_ACTOR.match(actor_id)


@dataclass(frozen=True)
class ArticleFeatures:
    """What story assignment compares; one ``article_features`` row."""

    article_id: str
    day: date
    dated: bool
    ingested_at: datetime | None
    outlet: str | None
    title: str | None
    terms: dict[str, int]
    actors: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()
    types: frozenset[str] = frozenset()

    @property
    def order(self) -> tuple[Any, ...]:
        """Earliest first: dated before undated, then publication day, ingest time, id."""
        ingested = self.ingested_at or datetime.max
        return (not self.dated, self.day, ingested.replace(tzinfo=None), self.article_id)

    def row(self) -> tuple[Any, ...]:
        """The ``article_features`` row (column order of schema_v1.sql)."""
        return (
            self.article_id,
            self.day,
            self.dated,
            _naive_utc(self.ingested_at),
            self.outlet,
            self.title,
            list(self.terms),
            list(self.terms.values()),
            sorted(self.actors),
            sorted(self.places),
            sorted(self.countries),
            sorted(self.types),
        )

    @classmethod
    def from_row(cls, row: Sequence[Any]) -> ArticleFeatures:
        (article_id, day, dated, ingested, outlet, title, terms, counts, actors, places,
         countries, types) = row[:12]  # fmt: skip
        return cls(
            article_id=article_id,
            day=day,
            dated=dated,
            ingested_at=ingested,
            outlet=outlet,
            title=title,
            terms=dict(zip(terms or [], counts or [], strict=True)),
            actors=frozenset(actors or []),
            places=frozenset(places or []),
            countries=frozenset(countries or []),
            types=frozenset(types or []),
        )


def features_of(result: DocumentResult, today: date | None = None) -> ArticleFeatures:
    """The features of a coded article. Actors, places and types come from its current
    events, not from background history; in an undated article all events count, since
    nothing tells which are history."""
    article = result.article
    dated = article.published is not None
    ingested = article.ingested_at
    day = article.published or (ingested.date() if ingested else today or date.today())
    events = [event for event in result.events if not dated or _current(event, day)]
    terms = content_terms(article.body) + content_terms(article.title or "")
    actors = {a.id for e in events for a in (*e.actors, *e.recipients)}
    return ArticleFeatures(
        article_id=article.id,
        day=day,
        dated=dated,
        ingested_at=ingested,
        outlet=article.outlet,
        title=article.title or _first_line(article.body),
        terms=dict(terms.most_common(TERMS_KEPT)),
        actors=frozenset(a for a in actors if not is_unresolved_id(a)),
        places=frozenset(key for event in events for key in _place_keys(event)),
        countries=frozenset(e.place.country for e in events if e.place and e.place.country),
        # one act may be coded as another type of its family in another report
        types=frozenset(t for event in events for t in family_types(event.type, event.mode)),
    )


def _first_line(body: str, limit: int = 120) -> str:
    """A title for an article that has none: its first line, shortened at a word."""
    line = body.strip().split("\n", 1)[0].strip()
    if len(line) <= limit:
        return line
    return line[:limit].rsplit(" ", 1)[0] + "…"


def _current(event: Event, day: date) -> bool:
    if event.date_start is None:
        return True
    end = event.date_end or event.date_start
    return event.date_start - timedelta(BACKGROUND_DAYS) <= day <= end + timedelta(BACKGROUND_DAYS)


def _place_keys(event: Event) -> list[str]:
    place = event.place
    if place is None:
        return []
    keys = []
    if place.precision.value in ("town", "admin2"):
        keys.append(f"town:{place.name.casefold()}")
    if place.admin1:
        keys.append(f"admin1:{place.admin1}")
    return keys


class TermWeights:
    """Document frequencies of content words over the stored articles, for TF-IDF."""

    def __init__(self, frequencies: dict[str, int] | None = None, documents: int = 0) -> None:
        self.frequencies: Counter[str] = Counter(frequencies or {})
        self.documents = documents

    def add(self, terms: Iterable[str]) -> None:
        self.frequencies.update(terms)
        self.documents += 1

    def idf(self, term: str) -> float:
        """Smoothed as if :data:`PRIOR_DOCUMENTS` more articles lacked the term, so a store of
        two articles (the seeds alone) does not make the words they share worthless."""
        documents = self.documents + PRIOR_DOCUMENTS
        return math.log((1 + documents) / (1 + self.frequencies[term])) + 1.0

    def vector(self, terms: dict[str, int]) -> dict[str, float]:
        """Sublinear TF-IDF weights, scaled to unit length."""
        weights = {t: (1.0 + math.log(n)) * self.idf(t) for t, n in terms.items() if n > 0}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {t: w / norm for t, w in weights.items()}

    def rarest(self, terms: dict[str, int], count: int) -> list[str]:
        """The ``count`` terms of highest TF-IDF weight (ties by the word)."""
        vector = self.vector(terms)
        return sorted(vector, key=lambda t: (-vector[t], t))[:count]


@dataclass
class _Item:
    """One article being assigned, with what the batch works out for it."""

    features: ArticleFeatures
    shingles: int
    signature: np.ndarray
    vector: dict[str, float] = field(default_factory=dict)
    keys: set[str] = field(default_factory=set)
    original: str | None = None
    similarity: float = 0.0
    story: str | None = None
    score: float = 1.0


@dataclass
class _Known:
    """A stored article, as far as deciding whether a new one copies it needs it."""

    order: tuple[Any, ...]
    shingles: int
    signature: np.ndarray | None
    original: str | None
    story: str | None


def cosine(first: dict[str, float], second: dict[str, float]) -> float:
    if len(first) > len(second):
        first, second = second, first
    return sum(weight * second.get(term, 0.0) for term, weight in first.items())


def jaccard(first: frozenset[str], second: frozenset[str]) -> float:
    union = first | second
    return len(first & second) / len(union) if union else 0.0


def place_overlap(first: ArticleFeatures, second: ArticleFeatures) -> float:
    shared = first.places & second.places
    if any(key.startswith("town:") for key in shared):
        return PLACE_SCORES["town"]
    if shared:
        return PLACE_SCORES["admin1"]
    return PLACE_SCORES["country"] if first.countries & second.countries else 0.0


def date_proximity(first: ArticleFeatures, second: ArticleFeatures) -> float:
    """1 on the same day, 0 at the window's edge; 0.5 when either date is unknown."""
    if not (first.dated and second.dated):
        return 0.5
    return max(0.0, 1.0 - abs((first.day - second.day).days) / WINDOW_DAYS)


def pair_score(
    first: ArticleFeatures,
    second: ArticleFeatures,
    first_vector: dict[str, float],
    second_vector: dict[str, float],
) -> float:
    """How likely two articles report one story, in [0, 1]; 0 below :data:`MIN_TEXT`."""
    text = cosine(first_vector, second_vector)
    if text < MIN_TEXT:
        return 0.0
    named_first = frozenset(filter(is_named_actor, first.actors))
    named_second = frozenset(filter(is_named_actor, second.actors))
    parts = {
        "text": text,
        "actors": jaccard(named_first, named_second),
        "places": place_overlap(first, second),
        "types": jaccard(first.types, second.types),
        "date": date_proximity(first, second),
    }
    return sum(WEIGHTS[name] * value for name, value in parts.items())


def threshold(first: ArticleFeatures, second: ArticleFeatures) -> float:
    """The score two articles need to be one story."""
    return STORY_THRESHOLD if first.dated and second.dated else UNDATED_THRESHOLD


def in_window(first: ArticleFeatures, second: ArticleFeatures) -> bool:
    if not (first.dated and second.dated):
        return True
    return abs((first.day - second.day).days) <= WINDOW_DAYS


def story_id_for(article_id: str) -> str:
    """A new story's id: from the article that founds it, so it is stable and readable."""
    return f"s-{article_id}"


class StoryAssigner:
    """Assigns batches of new articles to stories and finds their near-duplicates.

    What it keeps in memory (the LSH index of signatures, term document frequencies) is
    rebuilt from the store on first use; after a failed write call :meth:`forget`, since the
    batch it counted in was rolled back.
    """

    def __init__(self, store) -> None:
        self.store = store
        self._index: dedup.DuplicateIndex | None = None
        self._weights: TermWeights | None = None

    @property
    def index(self) -> dedup.DuplicateIndex:
        if self._index is None:
            self._index = dedup.DuplicateIndex.from_signatures(self.store.minhash_signatures())
        return self._index

    @property
    def weights(self) -> TermWeights:
        if self._weights is None:
            self._weights = TermWeights(*self.store.term_document_frequencies())
        return self._weights

    def forget(self) -> None:
        """Drop the in-memory state; the next batch reloads it from the store."""
        self._index = None
        self._weights = None

    def write(
        self,
        results: Sequence[DocumentResult],
        before_store: Callable[[Sequence[DocumentResult], StoryLinks], Sequence[DocumentResult]]
        | None = None,
    ) -> int:
        """Assign ``results`` and store them with their links in one transaction.

        ``before_store`` may revise the results once their stories are known (the pipeline
        re-dates undated reports against their story) before anything is written.
        """
        try:
            links = self.assign(results)
            if before_store is not None:
                results = before_store(results, links)
            return self.store.write(results, links)
        except BaseException:
            # The batch was counted in memory but not stored: reload from the store.
            self.forget()
            raise

    def assign(self, results: Sequence[DocumentResult]) -> StoryLinks:
        """Story and duplicate links for a batch of new coded articles."""
        items = [(features_of(result), dedup.signature(result.article.body)) for result in results]
        return self.assign_features(items)

    def assign_features(
        self, entries: Sequence[tuple[ArticleFeatures, tuple[int, np.ndarray]]]
    ) -> StoryLinks:
        """Story and duplicate links for articles given by their features and signatures."""
        unique = {features.article_id: (features, sig) for features, sig in entries}
        items = sorted(
            (_Item(features, shingles, values) for features, (shingles, values) in unique.values()),
            key=lambda item: item.features.order,
        )
        if not items:
            return StoryLinks()
        links = StoryLinks()
        index, weights = self.index, self.weights
        for item in items:
            weights.add(item.features.terms)
        self._find_duplicates(items, index, links)
        self._cluster(items, weights)
        index.add(
            [item.features.article_id for item in items],
            np.stack([item.signature for item in items]),
        )
        for item in items:
            article_id = item.features.article_id
            links.minhashes.append((article_id, item.shingles, dedup.to_blob(item.signature)))
            links.features.append(item.features.row())
            day = item.features.day
            links.keys.extend((key, week_of(day), day, article_id) for key in sorted(item.keys))
            links.memberships.append((article_id, item.story, item.score))
            if item.original:
                links.duplicates.append((article_id, item.original, item.similarity))
        return links

    # -- near-duplicates -------------------------------------------------------------------

    def _find_duplicates(
        self, items: list[_Item], index: dedup.DuplicateIndex, links: StoryLinks
    ) -> None:
        """Decide each item's original (earliest published, then ingested, of its copies)."""
        stored_candidates = [index.candidates(item.signature) for item in items]
        known = self._known({c for found in stored_candidates for c in found})
        # The originals of stored copies, to compare with and to date.
        roots = {k.original for k in known.values() if k.original} - set(known)
        known.update(self._known(roots))
        decided: dict[str, _Item] = {}
        for position, item in enumerate(items):
            matches = self._matches(item, stored_candidates[position], known, items[:position])
            root_ids = {self._root(match, known, decided) for match in matches}
            roots_order = {r: self._order_of(r, known, decided) for r in root_ids}
            if roots_order and min(roots_order.values()) < item.features.order:
                original = min(roots_order, key=roots_order.__getitem__)
                item.original = original
                item.similarity = self._containment(item, original, known, decided)
                item.score = item.similarity
                if original in known:  # an original in this batch gets its story later
                    item.story = known[original].story or story_id_for(original)
            elif root_ids:
                # It is the earliest of its copies: the stored originals become its copies.
                self._adopt(item, sorted(root_ids), known, links)
            decided[item.features.article_id] = item

    def _known(self, ids: Iterable[str]) -> dict[str, _Known]:
        return {
            article_id: _Known(
                order=(not dated, day, ingested or datetime.max, article_id),
                shingles=shingles,
                signature=dedup.from_blob(blob),
                original=original,
                story=story,
            )
            for (
                article_id,
                shingles,
                blob,
                day,
                dated,
                ingested,
                original,
                story,
            ) in self.store.duplicate_candidates(ids)
        }

    def _matches(
        self, item: _Item, stored: list[str], known: dict[str, _Known], earlier: list[_Item]
    ) -> list[str]:
        """Stored candidates and earlier articles of the batch that ``item`` copies."""
        others = [(k, known[k].shingles, known[k].signature) for k in stored if k in known]
        others += [(o.features.article_id, o.shingles, o.signature) for o in earlier]
        if not others:
            return []
        scores = dedup.containments(
            np.array([size for _, size, _ in others]),
            np.stack([values for _, _, values in others]),
            item.shingles,
            item.signature,
        )
        return [
            article_id
            for (article_id, _, _), score in zip(others, scores, strict=True)
            if score >= dedup.DUPLICATE_THRESHOLD
        ]

    @staticmethod
    def _root(article_id: str, known: dict[str, _Known], decided: dict[str, _Item]) -> str:
        if article_id in decided:
            return decided[article_id].original or article_id
        return known[article_id].original or article_id

    @staticmethod
    def _order_of(
        article_id: str, known: dict[str, _Known], decided: dict[str, _Item]
    ) -> tuple[Any, ...]:
        if article_id in decided:
            return decided[article_id].features.order
        if article_id in known:
            return known[article_id].order
        return (True, date.max, datetime.max, article_id)

    @staticmethod
    def _containment(
        item: _Item, other_id: str, known: dict[str, _Known], decided: dict[str, _Item]
    ) -> float:
        other = decided.get(other_id)
        if other is not None:
            pair = (other.shingles, other.signature)
        elif other_id in known and known[other_id].signature is not None:
            pair = (known[other_id].shingles, known[other_id].signature)
        else:
            return 0.0
        return round(dedup.containment((item.shingles, item.signature), pair), 4)

    def _adopt(
        self, item: _Item, roots: list[str], known: dict[str, _Known], links: StoryLinks
    ) -> None:
        """``item`` predates the stored originals it copies (the batch is in publication
        order, so they are all stored): re-point them and their copies to it."""
        new_original = item.features.article_id
        item.story = known[roots[0]].story or story_id_for(roots[0])
        item.score = 1.0
        copies = [copy for copy, _, _ in self.store.copies_of(roots)]
        known.update(self._known(set(copies) - set(known)))
        for copy in [*roots, *copies]:
            links.duplicates.append((copy, new_original, self._containment(item, copy, known, {})))
            known[copy].original = new_original

    # -- stories ---------------------------------------------------------------------------

    def _cluster(self, items: list[_Item], weights: TermWeights) -> None:
        """Give every item without a story (not a copy) the best story, or a new one."""
        for item in items:
            features = item.features
            item.vector = weights.vector(features.terms)
            item.keys = _blocking_keys(features, weights)
        stored = self._stored_candidates([item for item in items if item.original is None])
        vectors: dict[str, dict[str, float]] = {}
        by_key: dict[str, list[_Item]] = defaultdict(list)
        by_id = {item.features.article_id: item for item in items}
        for item in items:
            if item.story is None and item.original in by_id:
                # A copy of an earlier article of this batch, whose story is decided by now.
                item.story = by_id[item.original].story
            elif item.story is None:
                item.story, item.score = self._best_story(item, stored, by_key, weights, vectors)
            for key in item.keys:
                by_key[key].append(item)

    def _stored_candidates(
        self, items: list[_Item]
    ) -> dict[str, list[tuple[ArticleFeatures, str]]]:
        """Per item, the stored articles sharing most blocking keys in its window, with their
        story ids: one query for the keys, one for the features."""
        keys, lows, highs, owners = [], [], [], []
        for position, item in enumerate(items):
            features = item.features
            # An undated article's day is its ingest date, which says little about when it
            # was written: stored articles are searched over the years before it (the batch's
            # own articles are compared whatever their dates).
            back = WINDOW_DAYS if features.dated else UNDATED_LOOKBACK_DAYS
            low = features.day - timedelta(back)
            high = features.day + timedelta(WINDOW_DAYS)
            for key in sorted(item.keys):
                keys.append(key)
                lows.append(low)
                highs.append(high)
                owners.append(position)
        pairs = self.store.best_keyed_articles(owners, keys, lows, highs, MAX_CANDIDATES)
        rows = self.store.article_features({article_id for _, article_id in pairs})
        found = {row[0]: (ArticleFeatures.from_row(row), row[12]) for row in rows}
        candidates: dict[str, list[tuple[ArticleFeatures, str]]] = defaultdict(list)
        for position, article_id in pairs:
            if article_id in found:
                candidates[items[position].features.article_id].append(found[article_id])
        return candidates

    @staticmethod
    def _best_story(
        item: _Item,
        stored: dict[str, list[tuple[ArticleFeatures, str]]],
        by_key: dict[str, list[_Item]],
        weights: TermWeights,
        vectors: dict[str, dict[str, float]],
    ) -> tuple[str, float]:
        best: dict[str, float] = {}
        features = item.features

        def consider(other: ArticleFeatures, vector: dict[str, float], story: str) -> None:
            score = pair_score(features, other, item.vector, vector)
            if score >= threshold(features, other):
                best[story] = max(best.get(story, 0.0), score)

        for other, story in stored.get(features.article_id, []):
            if other.article_id not in vectors:
                vectors[other.article_id] = weights.vector(other.terms)
            consider(other, vectors[other.article_id], story)
        # Earlier articles of the batch, the MAX_CANDIDATES sharing most keys, as the store's.
        shared: Counter[str] = Counter()
        mates: dict[str, _Item] = {}
        for key in item.keys:
            for other in by_key.get(key, []):
                if in_window(features, other.features):
                    shared[other.features.article_id] += 1
                    mates[other.features.article_id] = other
        ranked = sorted(shared, key=lambda a: (-shared[a], mates[a].features.order))
        for article_id in ranked[:MAX_CANDIDATES]:
            other = mates[article_id]
            if other.story:
                consider(other.features, other.vector, other.story)
        if best:
            story = min(best, key=lambda s: (-best[s], s))
            return story, round(best[story], 4)
        return story_id_for(features.article_id), 1.0


def _blocking_keys(features: ArticleFeatures, weights: TermWeights) -> set[str]:
    keys = {f"actor:{actor}" for actor in features.actors if is_named_actor(actor)}
    keys.update(features.places)
    # Broad, but the candidates sharing most keys are kept, so it only rescues reports that
    # name nothing else in common.
    keys.update(f"country:{country}" for country in features.countries)
    keys.update(f"term:{term}" for term in weights.rarest(features.terms, KEY_TERMS))
    return keys


def _naive_utc(moment: datetime | None) -> datetime | None:
    if moment is None or moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)
