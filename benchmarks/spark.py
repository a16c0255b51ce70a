"""The Spark engine against the local one, end to end, in one run of this script.

    .venv/bin/python benchmarks/spark.py --articles 400 --small 40

Writes benchmarks/synthetic.py's ~600-word articles as JSONL files (a small corpus and a large
one), then times `eventwire run` on each, every run a fresh process as a user would start it
(JVM, Python workers and spaCy load included):
  local engine   --db store.duckdb, 1 process and --workers 2
  Spark          --engine spark --master local[1] and local[2], Parquet --output
Each configuration's time is modelled as fixed start-up + articles / rate from its two sizes,
which gives the per-core rate, the local[2]/local[1] speed-up and the corpus size at which
Spark local[2] catches up with the local engine. Every Spark output is checked against the
local engine's (same event ids), so the timings are of the same work.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import corpus  # noqa: E402

CONFIGS = [
    ("local engine, 1 process", ["--workers", "1"]),
    ("local engine, --workers 2", ["--workers", "2"]),
    ("Spark local[1]", ["--engine", "spark", "--master", "local[1]"]),
    ("Spark local[2]", ["--engine", "spark", "--master", "local[2]"]),
]


def write_corpus(directory: Path, n: int, files: int) -> list[str]:
    """n articles as JSONL in ``files`` files (the reader's default field names)."""
    directory.mkdir(parents=True)
    arts = corpus(n)
    paths = []
    for k in range(files):
        path = directory / f"feed-{k:02d}.jsonl"
        with path.open("w", encoding="utf-8") as fp:
            for a in arts[k::files]:
                fp.write(json.dumps({"text": a.text, "title": a.title, "outlet": a.outlet,
                                     "published": a.published.isoformat(),
                                     "url": f"https://wire.example/{a.source_index}"}) + "\n")
        paths.append(str(path))
    return paths


def timed_run(paths: list[str], args: list[str], target: Path) -> float:
    spark = "spark" in args
    where = ["--output", str(target)] if spark else ["--db", str(target)]
    cmd = [sys.executable, "-m", "eventwire.cli", "run", *paths, *args, *where]
    env = {**os.environ, "PYSPARK_PYTHON": sys.executable}
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    secs = time.perf_counter() - start
    if done.returncode:
        sys.exit(f"{' '.join(cmd)} failed:\n{done.stderr.decode()[-2000:]}")
    return secs


def fusion_seconds(target: Path) -> tuple[int, float]:
    """(mentions, seconds) of fusing the store's mentions once, in this process: the share
    of the job that is one single-threaded step per fusion key."""
    from eventwire.fuse import fuse
    from eventwire.store import open_store

    with open_store(str(target), read_only=True) as store:
        mentions = list(store.mention_records())
    start = time.perf_counter()
    fuse(mentions)
    return len(mentions), time.perf_counter() - start


def event_ids(target: Path) -> set[str]:
    from eventwire.store import open_store

    with open_store(str(target), read_only=True) as store:
        return {r[0] for r in store.fetchall("SELECT event_id FROM events")}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--articles", type=int, default=400, help="large corpus size")
    p.add_argument("--small", type=int, default=40, help="small corpus size")
    p.add_argument("--files", type=int, default=8, help="JSONL files per corpus")
    args = p.parse_args()
    sizes = (args.small, args.articles)
    with tempfile.TemporaryDirectory(prefix="ew-spark-bench-") as tmp:
        root = Path(tmp)
        inputs = {n: write_corpus(root / f"in-{n}", n, min(args.files, n)) for n in sizes}
        times: dict[str, dict[int, float]] = {}
        ids: dict[str, dict[int, set[str]]] = {}
        for label, extra in CONFIGS:
            times[label], ids[label] = {}, {}
            for n in sizes:
                target = root / f"{label.replace(' ', '_')}-{n}"
                if "spark" not in extra:
                    target = target.with_suffix(".duckdb")
                times[label][n] = timed_run(inputs[n], extra, target)
                ids[label][n] = event_ids(target)
                print(f"{label:28} {n:6} articles {times[label][n]:8.1f} s", file=sys.stderr)
        for label in times:
            for n in sizes:
                assert ids[label][n] == ids[CONFIGS[0][0]][n], f"{label} {n}: other events"
        first = root / f"{CONFIGS[0][0].replace(' ', '_')}-{sizes[1]}.duckdb"
        fusion = fusion_seconds(first)
    print(report(times, sizes, len(ids[CONFIGS[0][0]][sizes[1]]), fusion))


def model(t: dict[int, float], sizes: tuple[int, int]) -> tuple[float, float]:
    """(fixed seconds, articles per second at the margin) through the two points."""
    (n0, n1) = sizes
    per_article = (t[n1] - t[n0]) / (n1 - n0)
    return t[n0] - per_article * n0, 1 / per_article


def report(times: dict[str, dict[int, float]], sizes: tuple[int, int], events: int,
           fusion: tuple[int, float]) -> str:
    n0, n1 = sizes
    load = os.getloadavg()[0]
    lines = [f"Date {date.today()}, {os.cpu_count()} cores, Python {platform.python_version()},"
             f" load average {load:.1f} at the end; {n1:,} articles gave {fusion[0]:,} "
             f"mentions and {events:,} events; fusing them alone takes {fusion[1]:.1f} s "
             "(one process).",
             "", f"| engine | {n0} articles s | {n1:,} articles s | articles/s at {n1:,} "
             "| fixed start-up s | marginal articles/s |", "|---|---|---|---|---|---|"]
    fitted = {}
    for label, t in times.items():
        fixed, rate = fitted[label] = model(t, sizes)
        lines.append(f"| {label} | {t[n0]:.1f} | {t[n1]:.1f} | {n1 / t[n1]:.1f} | {fixed:.1f} "
                     f"| {rate:.1f} |")
    l1, l2 = times["Spark local[1]"], times["Spark local[2]"]
    r1, r2 = fitted["Spark local[1]"][1], fitted["Spark local[2]"][1]
    lines += ["", f"Spark local[2] / local[1] speed-up at {n1:,} articles: "
                  f"{l1[n1] / l2[n1]:.2f}x end to end, {r2 / r1:.2f}x in marginal rate."]
    fs, rs = fitted["Spark local[2]"]
    for label in ("local engine, 1 process", "local engine, --workers 2"):
        fl, rl = fitted[label]
        if rs > rl:
            lines.append(f"Break-even with the {label} (modelled): "
                         f"{(fs - fl) / (1 / rl - 1 / rs):,.0f} articles.")
        else:
            lines.append(f"Spark local[2] does not catch up with the {label} on this machine "
                         f"(marginal {rs:.1f} vs {rl:.1f} articles/s).")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
