"""Ingest throughput against bare spaCy on the same texts, with the same model.

Builds a corpus of N documents from examples/ (each copy made distinct, so the content-hash
dedup does not skip it), then in one run:

1. times ``crisisdesk`` ingest end to end: reading files, extraction, spaCy with our rulers,
   event coding, DuckDB writes;
2. times bare ``nlp.pipe`` of the pretrained model over the extracted bodies.

Prints documents/s, sentences/s and the ratio ingest ÷ bare spaCy (target ≥ 0.6).

    .venv/bin/python benchmarks/ingest_throughput.py --documents 400
"""

from __future__ import annotations

import argparse
import importlib
import shutil
import tempfile
import time
from pathlib import Path

from crisisdesk.nlp.pipeline import load_bare_model
from crisisdesk.pipeline import Pipeline, build_article, ingest, read_sources
from crisisdesk.store import Store

ROOT = Path(__file__).resolve().parent.parent


def build_corpus(folder: Path, documents: int) -> None:
    """Copies of the example files, each with a distinct first line."""
    sources = sorted(
        p for p in (ROOT / "examples").rglob("*") if p.suffix in {".txt", ".html", ".htm"}
    )
    if not sources:
        raise SystemExit("no examples found under examples/")
    for number in range(documents):
        source = sources[number % len(sources)]
        text = source.read_text(encoding="utf-8")
        marker = f"Dispatch {number}."
        if source.suffix == ".txt":
            text = f"{marker}\n\n{text}"
        else:
            text = text.replace("<p>", f"<p>{marker} ", 1)
        (folder / f"{number:06d}{source.suffix}").write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="crisisdesk-bench-"))
    try:
        corpus = work / "corpus"
        corpus.mkdir()
        build_corpus(corpus, args.documents)
        pipeline = Pipeline(batch_size=args.batch_size)
        bare = load_bare_model()
        bodies = [build_article(doc)[0].body for doc in read_sources([str(corpus)])]
        words = sum(len(body.split()) for body in bodies)

        # Warm both pipelines so neither pays first-call costs inside the timing: that includes
        # loading each language's model (French is loaded on the first French article).
        articles = [build_article(d)[0] for d in read_sources([str(corpus)])]
        first_of_language = {a.language: a for a in reversed(articles)}
        pipeline.analyse([*articles[:4], *first_of_language.values()])
        list(bare.pipe(bodies[:4]))
        # ingest imports the story assigner (datasketch, scipy) at its first call: a start-up
        # cost like loading a model, about 0.35 s here, paid before the timing too
        importlib.import_module("crisisdesk.stories")

        started = time.perf_counter()
        sentences = sum(
            len(list(doc.sents)) for doc in bare.pipe(bodies, batch_size=args.batch_size)
        )
        bare_seconds = time.perf_counter() - started

        with Store(work / "bench.duckdb") as store:
            started = time.perf_counter()
            summary = ingest([str(corpus)], store, pipeline)
            ingest_seconds = time.perf_counter() - started

        ratio = bare_seconds / ingest_seconds
        print(f"documents           {len(bodies)}  ({words} words, {sentences} sentences)")
        print(f"events coded        {summary.events}  (errors {summary.failed})")
        print(
            f"bare spaCy          {len(bodies) / bare_seconds:8.1f} docs/s "
            f"{sentences / bare_seconds:8.1f} sentences/s {words / bare_seconds:8.0f} words/s"
        )
        print(
            f"crisisdesk ingest   {len(bodies) / ingest_seconds:8.1f} docs/s "
            f"{sentences / ingest_seconds:8.1f} sentences/s {words / ingest_seconds:8.0f} words/s"
        )
        print(f"ratio ingest/bare   {ratio:.2f}  (target >= 0.6)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
