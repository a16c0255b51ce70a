"""Web page load at scale: a store of 100,000 synthetic events (the generator of
events_1m.py), served by ``eventwire serve`` in its own process, and the time from navigation
until the map has drawn every event, in headless Debian Chromium driven by Playwright.

Also timed: ``GET /api/events/points`` alone (server query + JSON + transfer, with and without
gzip), the compact endpoint the page uses for the map and timeline.

    .venv/bin/python benchmarks/ui_load.py [--events 100000] [--runs 5]

Prints a markdown table; exits non-zero if the map did not show every event or the median
load is over the 2 s target.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).parent))
from events_1m import generate  # noqa: E402  (same synthetic events as the query benchmark)

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
TARGET_S = 2.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve(db: Path, port: int) -> subprocess.Popen[bytes]:
    exe = Path(sys.executable).with_name("eventwire")
    proc = subprocess.Popen(
        [str(exe), "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit(
        "server did not start: "
        + (proc.stderr.read() if proc.stderr else b"").decode(errors="replace")[-2000:]
    )


def time_points(url: str, gzip: bool, runs: int) -> tuple[float, int]:
    headers = {"Accept-Encoding": "gzip" if gzip else "identity"}
    times, size = [], 0
    with httpx.Client(timeout=60) as client:
        for _ in range(runs):
            t0 = time.perf_counter()
            r = client.get(url + "/api/events/points", headers=headers)
            r.raise_for_status()
            _ = r.content
            times.append(time.perf_counter() - t0)
            size = int(r.headers.get("content-length") or len(r.content))
    return statistics.median(times), size


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--db", type=Path, default=None)
    args = ap.parse_args()
    if not os.path.exists(CHROMIUM):
        raise SystemExit(f"{CHROMIUM} is missing: bash scripts/setup_system.sh")
    with tempfile.TemporaryDirectory(prefix="ui_load-") as tmp:
        db = args.db or Path(tmp) / "ui_load.duckdb"
        gen_s = generate(db, args.events)
        port = free_port()
        proc = serve(db, port)
        url = f"http://127.0.0.1:{port}"
        try:
            pts_plain, size_plain = time_points(url, False, args.runs)
            pts_gzip, size_gzip = time_points(url, True, args.runs)
            walls, in_page, fetches = [], [], []
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                for _ in range(args.runs):
                    ctx = browser.new_context(viewport={"width": 1400, "height": 850})
                    page = ctx.new_page()
                    t0 = time.perf_counter()
                    page.goto(url + "/")
                    page.wait_for_selector("body[data-ready]", state="attached", timeout=60000)
                    walls.append(time.perf_counter() - t0)
                    ready = page.evaluate("() => window.__ewReady")
                    if ready["points"] != args.events or ready["shown"] != args.events:
                        raise SystemExit(f"map shows {ready['shown']} of {args.events} events")
                    in_page.append(ready["at"] / 1000)
                    fetches.append(ready["ms"] / 1000)
                    ctx.close()
                browser.close()
        finally:
            proc.terminate()
            proc.wait(10)
    med = statistics.median(walls)
    print(f"store: {args.events:,} events generated in {gen_s:.1f} s; {args.runs} runs, median")
    print()
    print("| measure | seconds |")
    print("|---|---|")
    print(f"| GET /api/events/points, identity ({size_plain / 1e6:.1f} MB) | {pts_plain:.3f} |")
    print(f"| GET /api/events/points, gzip ({size_gzip / 1e6:.1f} MB) | {pts_gzip:.3f} |")
    print(f"| page: points fetch + decode + cluster + draw | {statistics.median(fetches):.3f} |")
    print(
        f"| page: navigation start to all points drawn (in page) | "
        f"{statistics.median(in_page):.3f} |"
    )
    print(f"| page: goto() to all points drawn (wall clock) | {med:.3f} |")
    print(f"| all runs, wall clock | {', '.join(f'{w:.2f}' for w in walls)} |")
    return 0 if med < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
