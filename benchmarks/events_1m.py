"""Events queries at scale: a store of 1,000,000 synthetic events, then timings of

1. ``eventwire.query.stats(by=country, month)`` (the query function),
2. ``eventwire stats --by country --by month`` end to end (a new process: Python start-up,
   imports, opening the store, the query, printing),
3. a filtered page ``GET /api/events?type=ASSAULT&country=SYR&since=..&until=..&limit=100``
   against a running ``eventwire serve`` (and the next page via its cursor).

The events are generated inside DuckDB with SQL over ``range()``: one INSERT, no Python rows.
With ``--db postgresql://...`` the same DuckDB store (``--duckdb``, generated if absent) is
bulk-loaded into that PostgreSQL database with COPY (CSV), and the same timings run there.

    .venv/bin/python benchmarks/events_1m.py [--events 1000000] [--db /tmp/events_1m.duckdb]
    .venv/bin/python benchmarks/events_1m.py --db postgresql://postgres@127.0.0.1:5432/bench
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import duckdb
import httpx

from eventwire import query
from eventwire.store import EVENT_COLUMNS, Store, is_postgres_url, open_store

TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
         "ASSAULT"]
COUNTRIES = ["SYR", "IRQ", "AFG", "YEM", "UKR", "RUS", "USA", "FRA", "GBR", "DEU", "TUR", "IRN",
             "ISR", "PSE", "LBN", "EGY", "LBY", "SDN", "SSD", "ETH", "SOM", "KEN", "NGA", "MLI",
             "BFA", "NER", "COD", "CAF", "MOZ", "PAK", "IND", "MMR", "PHL", "COL", "VEN", "MEX",
             "BRA", "SRB", "GEO", "ARM"]
SECTORS = ["GOV", "MIL", "POLICE", "REBEL", "INSURGENT", "PROTESTER", "CIVILIAN", "IGO"]


def _sql_list(values: list[str]) -> str:
    return "[" + ", ".join(f"'{v}'" for v in values) + "]"


def generate(db: Path, n: int) -> float:
    """Create a fresh store at ``db`` holding ``n`` synthetic events; returns seconds."""
    for p in (db, Path(str(db) + ".wal")):
        if p.exists():
            p.unlink()
    t0 = time.perf_counter()
    Store(db).close()  # schema through the migrations
    con = duckdb.connect(str(db))
    types, countries, sectors = _sql_list(TYPES), _sql_list(COUNTRIES), _sql_list(SECTORS)
    con.execute(f"""
        INSERT INTO events
        SELECT
            substr(md5(CAST(i AS VARCHAR)), 1, 16) AS event_id,
            t AS event_type,
            CASE WHEN t = 'ASSAULT' THEN list_element(['aerial', 'shelling', 'firearms',
                 'explosion'], CAST(h3 % 4 AS INTEGER) + 1) END AS mode,
            '["military"]' AS context,
            '19' AS cameo_root, NULL, NULL, 4 AS quad_class,
            'forces' AS actor1_text, c1 || ' forces' AS actor1_name, c1 AS actor1_country,
            s1 AS actor1_sector, c1 || '.' || s1 AS actor1_code,
            'people' AS actor2_text, NULL, c2 AS actor2_country, 'CIVILIAN',
            c2 || '.CIVILIAN',
            'somewhere' AS location_text, 'Somewhere' AS location_name, NULL, c1 AS
            location_country, NULL,
            -40 + (h2 % 8000) / 100.0 AS lat, -100 + (h3 % 20000) / 100.0 AS lon, 'city',
            DATE '2015-01-01' + CAST(h1 % 3650 AS INTEGER) AS date, 'day', 'on Monday',
            CASE WHEN t = 'ASSAULT' THEN CAST(h2 % 25 AS INTEGER) END AS fatalities,
            CASE WHEN t = 'ASSAULT' THEN CAST(h3 % 40 AS INTEGER) END AS injured,
            NULL, '[]',
            CASE WHEN h1 % 100 = 0 AND t = 'ASSAULT' THEN '["a", "b"]' ELSE '[]' END
                AS summary_of,
            'reported', NULL, 0.7, 1 + CAST(h2 % 3 AS INTEGER), 1, 1,
            TIMESTAMP '2025-01-01 00:00:00' AS updated_at
        FROM (
            SELECT i, hash(i) AS h1, hash(i + 7919) AS h2, hash(i + 104729) AS h3,
                   list_element({types}, CAST(hash(i + 1) % 16 AS INTEGER) + 1) AS t,
                   list_element({countries}, CAST(hash(i + 2) % 40 AS INTEGER) + 1) AS c1,
                   list_element({countries}, CAST(hash(i + 3) % 40 AS INTEGER) + 1) AS c2,
                   list_element({sectors}, CAST(hash(i + 4) % 8 AS INTEGER) + 1) AS s1
            FROM range({n}) r(i)
        )
    """)
    con.execute("CHECKPOINT")
    con.close()
    return time.perf_counter() - t0


def load_postgres(url: str, source: Path) -> float:
    """Replace the events of the PostgreSQL store at ``url`` with those of the DuckDB store
    ``source``: DuckDB writes CSV, psycopg streams it into ``COPY ... FROM STDIN``, then
    VACUUM ANALYZE (planner statistics, visibility map). Returns seconds."""
    import psycopg

    cols = ", ".join([*EVENT_COLUMNS, "updated_at"])
    t0 = time.perf_counter()
    Store(url).close()  # schema through the migrations
    with tempfile.TemporaryDirectory() as tmp:
        csv_path = Path(tmp) / "events.csv"
        con = duckdb.connect(str(source), read_only=True)
        con.execute(f"COPY (SELECT {cols} FROM events) TO '{csv_path}' (FORMAT csv, HEADER)")
        con.close()
        with psycopg.connect(url) as pg:
            with pg.cursor() as cur, csv_path.open("rb") as fp:
                cur.execute("TRUNCATE events")
                with cur.copy(f"COPY events ({cols}) FROM STDIN (FORMAT csv, HEADER)") as cp:
                    while chunk := fp.read(1 << 20):
                        cp.write(chunk)
        with psycopg.connect(url, autocommit=True) as pg:
            pg.execute("VACUUM ANALYZE events")
    return time.perf_counter() - t0


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    fn()  # warm-up (page cache, plan)
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def fmt(ms: list[float]) -> str:
    return f"median {statistics.median(ms):.1f} ms (min {min(ms):.1f}, max {max(ms):.1f})"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--db", default="/tmp/events_1m.duckdb",
                    help="DuckDB file, or a postgresql:// URL to load and measure")
    ap.add_argument("--duckdb", type=Path, default=Path("/tmp/events_1m.duckdb"),
                    help="with a postgresql:// --db: the DuckDB store to load from")
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--reuse", action="store_true", help="keep an existing --db")
    args = ap.parse_args()
    source = args.duckdb if is_postgres_url(args.db) else Path(args.db)
    if not (source.exists() and (args.reuse or is_postgres_url(args.db))):
        secs = generate(source, args.events)
        print(f"generated {args.events:,} events in {secs:.1f} s "
              f"({source.stat().st_size / 1e6:.0f} MB)")
    if is_postgres_url(args.db):
        with Store(args.db) as store:
            loaded = store.count("events")
        if not (args.reuse and loaded == args.events):
            secs = load_postgres(args.db, source)
            print(f"loaded into PostgreSQL with COPY in {secs:.1f} s")

    con = open_store(args.db, read_only=True)
    n = con.count("events")
    rows = query.stats(con, ["country", "month"])
    print(f"store: {n:,} events; stats --by country --by month: {len(rows):,} rows")
    r_stats = timed(lambda: query.stats(con, ["country", "month"]), args.runs)
    print(f"query.stats(country, month):            {fmt(r_stats)}")
    f = query.Filters(event_types=["ASSAULT"], countries=["SYR"],
                      since=query.parse_date("2020-01-01"), until=query.parse_date("2020-06-30"))
    r_page = timed(lambda: query.page(con, f, 100), args.runs)
    print(f"query.page(type+country+dates, 100):    {fmt(r_page)}")
    con.close()

    exe = shutil.which("eventwire", path=str(Path(sys.executable).parent)) or "eventwire"
    cmd = [exe, "stats", "--db", str(args.db), "--by", "country", "--by", "month",
           "--format", "csv"]
    r_cli = timed(lambda: subprocess.run(cmd, check=True, capture_output=True), 5)
    print(f"CLI `eventwire stats --by country --by month`: {fmt(r_cli)}")
    imp = [sys.executable, "-c", "import eventwire.cli"]
    r_imp = timed(lambda: subprocess.run(imp, check=True, capture_output=True), 5)
    print(f"  of which `import eventwire.cli`:      {fmt(r_imp)}")

    port = free_port()
    server = subprocess.Popen([exe, "serve", "--db", str(args.db), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              env={**os.environ, "NO_COLOR": "1"})
    try:
        base = f"http://127.0.0.1:{port}"
        with httpx.Client(base_url=base, timeout=30) as client:
            deadline = time.monotonic() + 60
            while True:
                try:
                    client.get("/openapi.json")
                    break
                except httpx.TransportError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.1)
            params = {"type": "ASSAULT", "country": "SYR", "since": "2020-01-01",
                      "until": "2020-06-30", "limit": 100}
            first = client.get("/api/events", params=params).json()
            print(f"GET /api/events page: {first['count']} events, next_cursor "
                  f"{'set' if first['next_cursor'] else 'null'}")
            r_api = timed(lambda: client.get("/api/events", params=params).raise_for_status(),
                          args.runs)
            print(f"GET /api/events (type+country+dates, 100): {fmt(r_api)}")
            nxt = {**params, "cursor": first["next_cursor"]}
            r_next = timed(lambda: client.get("/api/events", params=nxt).raise_for_status(),
                           args.runs)
            print(f"GET /api/events next page (cursor):        {fmt(r_next)}")
            r_sapi = timed(lambda: client.get("/api/stats", params=[
                ("by", "country"), ("by", "month")]).raise_for_status(), args.runs)
            print(f"GET /api/stats?by=country&by=month:        {fmt(r_sapi)}")
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
