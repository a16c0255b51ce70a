"""Ingest throughput: synthetic wire dumps and a JSON-lines feed into a fresh DuckDB store.

Generates N wire-style articles (~600 words each, random sentences from news-like templates)
as several dump files plus one .jsonl, then times ``eventwire.ingest.ingest`` in a fresh
interpreter so that its peak memory (ru_maxrss) is the ingest's own. Prints a markdown row
for benchmarks/README.md.

    .venv/bin/python benchmarks/ingest.py                 # 10,000 articles
    .venv/bin/python benchmarks/ingest.py --articles 2000 --keep
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

# Template vocabulary for the generator (benchmark input, not a lexicon of the package).
ACTORS = [
    "Government troops", "Rebel fighters", "Police", "Protesters", "Local officials",
    "Aid workers", "Residents", "The army", "Militia members", "Border guards",
    "Opposition supporters", "Union members", "Security forces", "Tribal elders",
]  # fmt: skip
VERBS = [
    "clashed with", "met", "accused", "attacked", "negotiated with", "detained",
    "called on", "marched against", "shelled positions held by", "criticised",
    "signed an agreement with", "evacuated", "blocked a road used by", "warned",
]  # fmt: skip
OBJECTS = [
    "demonstrators", "the regional council", "insurgents", "government envoys",
    "opposition leaders", "farmers", "the ruling party", "foreign diplomats",
    "an armed group", "striking workers", "village leaders", "the election commission",
]  # fmt: skip
PLACES = [
    "Darvo", "Port Celso", "Kestral", "Loma", "Santo Vell", "Tavri", "Bremla", "Menna",
    "Val Doren", "Nova Lir", "Ash-Kareb", "Orsk", "Ulmar", "Sedra", "Ravna", "Corvel",
]  # fmt: skip
COUNTRIES = ["Veloria", "North Amsel", "Karsk", "Moravel", "Istria Nova"]
SOURCES = [
    "officials said", "witnesses said", "a spokesman said", "local media reported",
    "the interior ministry said", "a monitoring group said", "according to residents",
    "two security sources said", "organisers said", "the United Nations said",
]  # fmt: skip
WHEN = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday",
        "on Sunday", "overnight", "late on Tuesday", "earlier this week"]  # fmt: skip
TEMPLATES = [
    "{actor} {verb} {obj} in {place} {when}, {source}.",
    "At least {n} people were killed and {m} wounded when {actor_l} {verb} {obj} near "
    "{place}, {source}.",
    "{actor} said {when} they would not accept any deal that left {obj} in control of {place}.",
    "The violence in {place} is the worst since {actor_l} {verb} {obj} last year, {source}.",
    "\u201cWe will continue until our demands are met,\u201d one of the {obj} told reporters "
    "in {place}.",
    "Talks between {actor_l} and {obj} are due to resume in {place} next week, {source}.",
    "{actor} have {verb} {obj} in the {place} district several times since the start of "
    "the year.",
    "There was no immediate comment from {obj}, who have denied similar accusations in the "
    "past.",
    "Hundreds of families have fled {place} for camps near the border, {source}, adding that "
    "food and water were running short.",
    "{actor} {verb} {obj} in {place} after a dispute over {issue}, {source}.",
]  # fmt: skip
ISSUES = ["land rights", "fuel prices", "unpaid wages", "a disputed election", "water access",
          "a new tax", "the release of prisoners", "grazing routes"]  # fmt: skip
FIRST = ["Marta", "Oskar", "Priya", "Jon", "Sara", "Lev", "Dana", "Ines", "Tomas", "Helen"]
LAST = ["Ilves", "Lind", "Venn", "Aberle", "Quint", "Orlov", "Kiro", "Marlow", "Sandor", "Okafor"]
OUTLETS = ["Reuters", "Reuters", "Reuters", "AFP", "AP", "Thomson Reuters Foundation"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip


def _sentence(rng: random.Random) -> str:
    actor = rng.choice(ACTORS)
    verb = rng.choice(VERBS)
    return rng.choice(TEMPLATES).format(
        actor=actor,
        actor_l=actor[0].lower() + actor[1:],
        verb=verb,
        obj=rng.choice(OBJECTS),
        place=rng.choice(PLACES),
        when=rng.choice(WHEN),
        source=rng.choice(SOURCES),
        issue=rng.choice(ISSUES),
        n=rng.randint(2, 60),
        m=rng.randint(2, 200),
    )


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def article(rng: random.Random, words: int) -> dict[str, str]:
    """One wire story: title, caption, byline, dateline lead, body and credits."""
    place = rng.choice(PLACES)
    day = date(2015, 1, 1) + timedelta(days=rng.randrange(3650))
    title = f"{rng.choice(ACTORS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} in {place}"
    caption = (
        f"{rng.choice(ACTORS)} gather in {place}, {rng.choice(COUNTRIES)}, "
        f"{MONTHS[day.month - 1]} {day.day}, {day.year}. REUTERS/{_name(rng)}"
    )
    byline = " and ".join(_name(rng) for _ in range(rng.randint(1, 2)))
    paras: list[str] = []
    n = 0
    while n < words:
        p = " ".join(_sentence(rng) for _ in range(rng.randint(1, 3)))
        paras.append(p)
        n += len(p.split())
    outlet = rng.choice(OUTLETS)
    lead = f"{place.upper()}, {rng.choice(COUNTRIES)} ({outlet}) \u2013 {paras[0]}"
    credits = f"(Reporting by {_name(rng)}; Editing by {_name(rng)})"
    return {
        "title": title,
        "caption": caption if rng.random() < 0.8 else "",
        "byline": f"By {byline}" if rng.random() < 0.7 else "",
        "body": "\n\n".join([lead, *paras[1:]]),
        "credits": credits,
        "published": day.isoformat(),
    }


def wire_text(a: dict[str, str]) -> str:
    parts = [a["title"], a["caption"], a["byline"], a["body"], a["credits"]]
    return "\n\n".join(p for p in parts if p)


def generate(out: Path, n: int, words: int, dumps: int, jsonl_share: float, seed: int) -> None:
    """Write the corpus: `dumps` .txt files and one .jsonl, streaming (nothing held in memory)."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    n_jsonl = round(n * jsonl_share)
    n_dump = n - n_jsonl
    per = -(-n_dump // dumps)
    written = 0
    for k in range(dumps):
        with open(out / f"wire_{k:02d}.txt", "w", encoding="utf-8") as f:
            for _ in range(min(per, n_dump - written)):
                f.write(wire_text(article(rng, words)) + "\n\n\n")
                written += 1
    with open(out / "feed.jsonl", "w", encoding="utf-8") as f:
        for _ in range(n_jsonl):
            a = article(rng, words)
            rec = {"title": a["title"], "text": a["body"], "published": a["published"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def run_ingest(corpus: Path, db: Path) -> dict[str, float | int]:
    """The measured part: runs in a fresh interpreter (see main)."""
    from eventwire.ingest import ingest
    from eventwire.store import Store

    paths = [str(p) for p in sorted(corpus.iterdir())]
    t0 = time.perf_counter()
    with Store(db) as store:
        report = ingest(paths, store)
        stored = store.count("articles")
    seconds = time.perf_counter() - t0
    return {
        "seconds": seconds,
        "files": report.files,
        "articles": report.articles,
        "added": report.added,
        "stored": stored,
        "skipped": sum(report.skipped.values()),
        "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--words", type=int, default=600, help="approximate words per article")
    ap.add_argument("--dumps", type=int, default=8, help="number of .txt dump files")
    ap.add_argument("--jsonl-share", type=float, default=0.2, help="share of articles in .jsonl")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", action="store_true", help="keep corpus and store (benchmarks/out)")
    ap.add_argument("--ingest-only", nargs=2, metavar=("CORPUS", "DB"), help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.ingest_only:
        print(json.dumps(run_ingest(Path(args.ingest_only[0]), Path(args.ingest_only[1]))))
        return

    work = Path(__file__).parent / "out" if args.keep else Path(tempfile.mkdtemp())
    corpus, db = work / "ingest_corpus", work / "ingest.duckdb"
    shutil.rmtree(corpus, ignore_errors=True)
    db.unlink(missing_ok=True)
    try:
        t0 = time.perf_counter()
        generate(corpus, args.articles, args.words, args.dumps, args.jsonl_share, args.seed)
        gen_s = time.perf_counter() - t0
        size_mb = sum(p.stat().st_size for p in corpus.iterdir()) / 1e6
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in corpus.iterdir())
        print(f"generated {args.articles} articles, {size_mb:.1f} MB, {words} words "
              f"in {gen_s:.1f} s -> {corpus}", file=sys.stderr)  # fmt: skip
        child = subprocess.run(
            [sys.executable, __file__, "--ingest-only", str(corpus), str(db)],
            check=True,
            capture_output=True,
            text=True,
        )
        r = json.loads(child.stdout.strip().splitlines()[-1])
        if r["added"] != args.articles or r["skipped"]:
            sys.exit(f"unexpected result: {r}")
        db_mb = db.stat().st_size / 1e6
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    import duckdb

    print(
        "| date | articles | words/article | files | input MB | ingest s | articles/s | MB/s "
        "| peak RSS MB | store MB | machine |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    machine = (
        f"{os.cpu_count()} cores, Python {platform.python_version()}, duckdb {duckdb.__version__}"
    )
    print(
        f"| {date.today().isoformat()} | {r['added']:,} | {words / args.articles:.0f} "
        f"| {r['files']} | {size_mb:.1f} | {r['seconds']:.1f} | {r['added'] / r['seconds']:,.0f} "
        f"| {size_mb / r['seconds']:.2f} | {r['maxrss_mb']:.0f} | {db_mb:.1f} | {machine} |"
    )


if __name__ == "__main__":
    main()
