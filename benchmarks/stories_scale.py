"""Near-duplicates and stories at scale: 10,000 and 100,000 articles, without spaCy.

Builds synthetic corpora from the example articles: each synthetic *story* takes one example
as its base and gets its own day (2012-2024), town (from the gazetteer), named actors (from
the knowledge base) and event types; the base's town names are swapped for the story's town,
and seven in ten of its words for other words of the examples, so stories of one base share
some words but not sentences. Each story has one to four reports by different outlets (another
word in ten swapped, sentences shuffled within paragraphs, about a fifth dropped: a cheap
paraphrase) and now and then a reprint (a near copy with one paragraph dropped and a credit
line). The articles' features are made directly (pre-coded), so the run
times deduplication and clustering only: signatures, blocking queries, scoring, DuckDB writes.

Each size runs in a fresh process and store, in batches of 500, in publication order apart
from a few days' jitter; articles are generated as they are consumed, and the generation time
is not counted. It prints seconds, articles/s, peak resident memory (the whole process: Python and
DuckDB), the time to rebuild the in-memory state from the store (what a new ingest process
pays at start), and the B-cubed F1 of the stories and of the planted duplicates against the
synthetic truth (indicative: the stories of one base example share most of their words).

    .venv/bin/python benchmarks/stories_scale.py                  # 10k and 100k
    .venv/bin/python benchmarks/stories_scale.py --sizes 2000
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import yaml

from crisisdesk.evaluation.gold import gold_source_document, load_gold
from crisisdesk.evaluation.score import bcubed
from crisisdesk.pipeline import build_article
from crisisdesk.store import Store
from crisisdesk.stories import dedup
from crisisdesk.stories.cluster import TERMS_KEPT, ArticleFeatures, StoryAssigner, content_terms

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "crisisdesk" / "data"
OUTLETS = [f"Outlet {n}" for n in range(30)]
TYPES = ["ASSAULT", "COERCE", "SANCTION", "RETREAT", "MOBILIZE", "ACCUSE", "REQUEST", "AGREE"]
START, DAYS = date(2012, 1, 1), 13 * 365
STORY_SWAP = 0.7  # share of a base example's words each story swaps for others
BATCH = 500
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_WORD = re.compile(r"[^\W\d_]{4,}")


@dataclass
class Base:
    body: str
    title: str
    towns: list[str]  # gazetteer town names the body mentions


def load_bases() -> list[Base]:
    """The dev examples' bodies (extraction only, no spaCy)."""
    towns = [t["name"] for t in load_towns()]
    bases = []
    for document in load_gold(ROOT / "tests" / "gold" / "examples.gold.jsonl"):
        article, _ = build_article(gold_source_document(document, ROOT / "tests" / "gold"))
        mentioned = [town for town in towns if re.search(rf"\b{re.escape(town)}\b", article.body)]
        bases.append(Base(article.body, article.title or "", mentioned))
    return bases


def load_towns() -> list[dict]:
    return yaml.safe_load((DATA / "gazetteer" / "places.yaml").read_text())["towns"]


def load_named_actors() -> list[str]:
    ids = []
    for name in ("armed_groups", "organisations", "people"):
        document = yaml.safe_load((DATA / "actors" / f"{name}.yaml").read_text())
        for entries in document.values():
            if isinstance(entries, list):
                ids.extend(e["id"] for e in entries if isinstance(e, dict) and "id" in e)
    return ids


def swap_words(text: str, share: float, vocabulary: list[str], rng: random.Random) -> str:
    """``share`` of the text's distinct words replaced, each always by the same other word."""
    words = sorted(set(_WORD.findall(text)))
    mapping = {word: rng.choice(vocabulary) for word in words if rng.random() < share}
    return _WORD.sub(lambda match: mapping.get(match.group(0), match.group(0)), text)


def paraphrase(text: str, vocabulary: list[str], rng: random.Random) -> str:
    """A word in ten swapped; sentences shuffled within paragraphs, about a fifth dropped."""
    paragraphs = []
    for paragraph in swap_words(text, 0.1, vocabulary, rng).split("\n\n"):
        sentences = _SENTENCE.split(paragraph)
        kept = [s for s in sentences if rng.random() > 0.2]
        rng.shuffle(kept)
        if kept:
            paragraphs.append(" ".join(kept))
    return "\n\n".join(paragraphs) or text


def reprint(text: str, rng: random.Random) -> str:
    """A near copy: one paragraph dropped, a credit line added."""
    paragraphs = text.split("\n\n")
    if len(paragraphs) > 3:
        paragraphs.pop(rng.randrange(1, len(paragraphs)))
    return "\n\n".join(paragraphs) + f"\n\nThis article first appeared in {rng.choice(OUTLETS)}."


@dataclass
class Synthetic:
    features: ArticleFeatures
    body: str
    story: str  # the true story
    planted: str | None  # the original it copies, for a planted reprint


REPORTS_PER_STORY = (1, 1, 2, 2, 3, 4)


def corpus(size: int, seed: int = 7) -> Iterator[Synthetic]:
    """``size`` synthetic articles, generated as they are consumed (the corpus itself is not
    held in memory), in publication order apart from a few days' jitter between stories."""
    rng = random.Random(seed)
    bases, towns, actors = load_bases(), load_towns(), load_named_actors()
    vocabulary = sorted({word for base in bases for word in _WORD.findall(base.body)})
    expected_stories = size / (sum(REPORTS_PER_STORY) / len(REPORTS_PER_STORY))
    made = story = 0
    while made < size:
        base = rng.choice(bases)
        town = rng.choice(towns)
        day = START + timedelta(int(story * DAYS / expected_stories) + rng.randrange(3))
        named = frozenset(rng.sample(actors, 2))
        types = frozenset(rng.sample(TYPES, rng.randint(1, 4)))
        text = base.body
        for old in base.towns:
            text = re.sub(rf"\b{re.escape(old)}\b", town["name"], text)
        text = swap_words(text, STORY_SWAP, vocabulary, rng)
        reports: list[tuple[str, str, date]] = []  # the story's originals
        for _ in range(min(rng.choice(REPORTS_PER_STORY), size - made)):
            published = day + timedelta(rng.randrange(4))
            if reports and rng.random() < 0.25:
                original_id, original_text, original_day = rng.choice(reports)
                body, planted = reprint(original_text, rng), original_id
                published = original_day + timedelta(1)  # a reprint follows its original
            else:
                body, planted = paraphrase(text, vocabulary, rng), None
            article_id = f"{made:016x}"
            dated = rng.random() > 0.01
            features = ArticleFeatures(
                article_id=article_id,
                day=published if dated else date(2026, 1, 1),
                dated=dated,
                ingested_at=datetime(2026, 1, 1, tzinfo=UTC) + timedelta(seconds=made),
                outlet=rng.choice(OUTLETS),
                title=f"{base.title} ({town['name']})",
                terms=dict(content_terms(body).most_common(TERMS_KEPT)),
                actors=named | {town["country"], f"{town['country']}-MIL"},
                places=frozenset({f"town:{town['name'].casefold()}", f"admin1:{town['admin1']}"}),
                countries=frozenset({town["country"]}),
                types=types,
            )
            yield Synthetic(features, body, f"story-{story}", planted)
            if planted is None and dated:
                reports.append((article_id, body, published))
            made += 1
        story += 1


def run_size(size: int) -> dict:
    """One size, in this process: generate, assign in batches, measure."""
    truth: dict[str, str] = {}
    planted: dict[str, str] = {}
    generating = 0.0
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "stories.duckdb"
        started = time.perf_counter()
        with Store(db) as store:
            assigner = StoryAssigner(store)
            articles = corpus(size)
            while True:
                clock = time.perf_counter()
                chunk = list(itertools.islice(articles, BATCH))
                generating += time.perf_counter() - clock
                if not chunk:
                    break
                for article in chunk:
                    truth[article.features.article_id] = article.story
                    if article.planted:
                        planted[article.features.article_id] = article.planted
                entries = [(a.features, dedup.signature(a.body)) for a in chunk]
                store.assign(assigner.assign_features(entries))
        seconds = time.perf_counter() - started - generating
        with Store(db) as store:
            rebuild = time.perf_counter()
            fresh = StoryAssigner(store)
            lsh_seconds = fresh.index.load_seconds
            _ = fresh.weights
            rebuild = time.perf_counter() - rebuild
            system = store.stories_of(truth)
            copies = {row[0]: row[1] for row in store.duplicates_of(truth)}
            stories = len(store.stories())
        db_mb = db.stat().st_size / 1e6
    found_right = sum(copies.get(copy) == original for copy, original in planted.items())
    return {
        "articles": size,
        "seconds": round(seconds, 1),
        "articles_per_s": round(size / seconds),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "generate_s": round(generating, 1),
        "rebuild_s": round(rebuild, 2),
        "lsh_rebuild_s": round(lsh_seconds, 2),
        "db_mb": round(db_mb),
        "stories": stories,
        "true_stories": len(set(truth.values())),
        "story_bcubed_f1": round(bcubed(truth, system).f1, 3),
        "duplicates_planted": len(planted),
        "duplicates_found_right": found_right,
        "duplicates_false": sum(1 for copy in copies if copy not in planted),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child process
    arguments = parser.parse_args()
    if arguments.one:
        print(json.dumps(run_size(arguments.one)))
        return
    for size in arguments.sizes:
        # A fresh process per size, so the peak memory is that size's own.
        child = subprocess.run(
            [sys.executable, __file__, "--one", str(size)],
            capture_output=True,
            text=True,
            check=False,
        )
        if child.returncode != 0:
            print(f"{size}: failed\n{child.stderr[-2000:]}")
            continue
        figures = json.loads(child.stdout.strip().splitlines()[-1])
        print("  ".join(f"{key}={value}" for key, value in figures.items()), flush=True)


if __name__ == "__main__":
    main()
