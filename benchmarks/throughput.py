"""Extraction throughput: eventwire against the naive full spaCy pass it replaces.

    .venv/bin/python benchmarks/throughput.py --articles 400

Measured in one run on the same generated corpus (~600-word articles):
  naive      every sentence through the full English pipeline (tagger, parser, NER, ...)
  eventwire  cheap candidate filter, parse of candidates only, then all of extraction,
             with and without actor/place resolution (to measure what resolution adds)
each with 1 and 2 processes (eventwire settings run --repeat times, interleaved, median kept).
Prints a markdown table; peak memory is the largest resident set of this process and of its
worker processes.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import spacy  # noqa: E402
from synthetic import corpus  # noqa: E402

from eventwire.extract import Extractor  # noqa: E402
from eventwire.extract.pipeline import MODEL  # noqa: E402
from eventwire.extract.sentences import split_sentences  # noqa: E402


def peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def timed(label: str, n_articles: int, words: int, fn) -> dict[str, object]:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    out = fn()
    secs = time.perf_counter() - start
    return {"run": label, "seconds": round(secs, 2), "articles_s": round(n_articles / secs, 1),
            "words_s": round(words / secs), "events": out, "peak_mb": round(peak_mb())}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--repeat", type=int, default=3,
                    help="runs of each eventwire setting, interleaved; the median is kept")
    args = ap.parse_args()
    arts = corpus(args.articles)
    words = sum(len(a.text.split()) for a in arts)
    sentences = [a.text[s:e] for a in arts for s, e in split_sentences(a.text)]
    rows = []

    full = spacy.load(MODEL)
    list(full.pipe(sentences[:50]))
    for procs in (1, 2):
        rows.append(timed(f"naive spaCy, every sentence, {procs} proc", len(arts), words,
                          lambda p=procs: sum(1 for _ in full.pipe(sentences, batch_size=256,
                                                                   n_process=p))))
    # Interleave the settings and keep each one's median: on a shared machine a burst of
    # load then hits every setting alike.
    settings = [(resolve, workers) for resolve in (False, True) for workers in (1, 2)]
    runs: dict[tuple[bool, int], list[dict[str, object]]] = {k: [] for k in settings}
    list(Extractor(resolve=True).extract_many(arts[:10]))  # warm caches and the gazetteer
    for _ in range(args.repeat):
        for resolve, workers in settings:
            ex = Extractor(workers=workers, resolve=resolve)
            label = f"eventwire {'with' if resolve else 'without'} resolution, {workers} proc"
            runs[(resolve, workers)].append(timed(
                label, len(arts), words,
                lambda ex=ex: sum(len(e) for _, e in ex.extract_many(arts))))
    for k in settings:
        rows.append(sorted(runs[k], key=lambda r: r["seconds"])[len(runs[k]) // 2])

    print(f"corpus: {len(arts)} articles, {words} words, {len(sentences)} sentences, "
          f"{words / len(arts):.0f} words/article\n")
    print("| run | seconds | articles/s | words/s | events or docs | peak RSS MB |")
    print("|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['run']} | {r['seconds']} | {r['articles_s']} | {r['words_s']} | "
              f"{r['events']} | {r['peak_mb']} |")
    by = {r["run"]: r["seconds"] for r in rows}
    for procs in (1, 2):
        with_r = by[f"eventwire with resolution, {procs} proc"]
        without = by[f"eventwire without resolution, {procs} proc"]
        print(f"\nresolution adds {100 * (with_r - without) / without:.0f}% to extraction time "
              f"({procs} proc)")


if __name__ == "__main__":
    main()
