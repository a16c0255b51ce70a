"""The Spark engine against the local one, end to end, in one run of this script.

    .venv/bin/python benchmarks/spark.py --sizes 20,100,200,400

Writes benchmarks/synthetic.py's ~600-word articles as JSONL files (one corpus per size), then
times `eventwire run` on each, every run a fresh process as a user would start it (JVM, Python
workers and spaCy load included):
  local engine   --db store.duckdb, 1 process and --workers 2
  Spark          --engine spark --master local[1] and local[2], Parquet --output
The local engine (1 process) and Spark local[2] run at every size, the others at the smallest
and largest. Each configuration's times are fitted (least squares) as fixed start-up +
articles / rate, which gives the per-core rate and the local[2]/local[1] speed-up; the
break-even corpus size is given both as measured (the first size where Spark local[2] is
faster) and as modelled (where the fitted lines cross). Every output is checked against the
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

# (label, `eventwire run` options, measured at every size or only the smallest and largest)
CONFIGS = [
    ("local engine, 1 process", ["--workers", "1"], True),
    ("local engine, --workers 2", ["--workers", "2"], False),
    ("Spark local[1]", ["--engine", "spark", "--master", "local[1]"], False),
    ("Spark local[2]", ["--engine", "spark", "--master", "local[2]"], True),
]
LOCAL, SPARK1, SPARK2 = CONFIGS[0][0], CONFIGS[2][0], CONFIGS[3][0]


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
    p.add_argument("--sizes", default="20,100,200,400",
                   help="corpus sizes, comma-separated (default 20,100,200,400)")
    p.add_argument("--files", type=int, default=8, help="JSONL files per corpus")
    args = p.parse_args()
    sizes = sorted({int(x) for x in args.sizes.split(",")})
    with tempfile.TemporaryDirectory(prefix="ew-spark-bench-") as tmp:
        root = Path(tmp)
        inputs = {n: write_corpus(root / f"in-{n}", n, min(args.files, n)) for n in sizes}
        times: dict[str, dict[int, float]] = {}
        ids: dict[str, dict[int, set[str]]] = {}
        for label, extra, every in CONFIGS:
            times[label], ids[label] = {}, {}
            for n in sizes if every else [sizes[0], sizes[-1]]:
                target = root / f"{label.replace(' ', '_')}-{n}"
                if "spark" not in extra:
                    target = target.with_suffix(".duckdb")
                times[label][n] = timed_run(inputs[n], extra, target)
                ids[label][n] = event_ids(target)
                print(f"{label:28} {n:6} articles {times[label][n]:8.1f} s", file=sys.stderr)
                assert ids[label][n] == ids[LOCAL][n], f"{label} {n}: other events"
        fusion = fusion_seconds(root / f"{LOCAL.replace(' ', '_')}-{sizes[-1]}.duckdb")
    print(report(times, sizes, len(ids[LOCAL][sizes[-1]]), fusion))


def model(t: dict[int, float]) -> tuple[float, float]:
    """Least squares through the measured sizes: (fixed seconds, articles per second)."""
    xs, ys = list(t), list(t.values())
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / \
        sum((x - mx) ** 2 for x in xs)
    return my - slope * mx, (1 / slope if slope > 0 else float("inf"))


def report(times: dict[str, dict[int, float]], sizes: list[int], events: int,
           fusion: tuple[int, float]) -> str:
    big = sizes[-1]
    load = os.getloadavg()[0]
    lines = [f"Date {date.today()}, {os.cpu_count()} cores, Python {platform.python_version()},"
             f" load average {load:.1f} at the end; {big:,} articles gave {fusion[0]:,} "
             f"mentions and {events:,} events; fusing them alone takes {fusion[1]:.1f} s "
             "(one process).", "",
             "| engine | " + " | ".join(f"{n:,} articles s" for n in sizes) +
             f" | articles/s at {big:,} | fitted start-up s | fitted articles/s |",
             "|---|" + "---|" * (len(sizes) + 3)]
    fitted = {}
    for label, t in times.items():
        fixed, rate = fitted[label] = model(t)
        cells = " | ".join(f"{t[n]:.1f}" if n in t else "" for n in sizes)
        lines.append(f"| {label} | {cells} | {big / t[big]:.1f} | {fixed:.1f} | {rate:.1f} |")
    lines += ["", f"Spark local[2] / local[1] speed-up at {big:,} articles: "
                  f"{times[SPARK1][big] / times[SPARK2][big]:.2f}x end to end, "
                  f"{fitted[SPARK2][1] / fitted[SPARK1][1]:.2f}x in fitted rate."]
    faster = [n for n in sizes if times[SPARK2][n] < times[LOCAL][n]]
    lines.append("Measured: Spark local[2] is faster than the local engine (1 process) from "
                 f"{faster[0]:,} articles on." if faster else
                 "Measured: Spark local[2] is slower than the local engine at every size.")
    (fs, rs), (fl, rl) = fitted[SPARK2], fitted[LOCAL]
    lines.append(f"Modelled break-even (fitted lines cross): {(fs - fl) / (1 / rl - 1 / rs):,.0f}"
                 " articles." if rs > rl else "Modelled: the fitted lines do not cross.")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
