"""A shared PostgreSQL store: concurrent writers end with no duplicates and the same events a
single run would have made, re-runs add nothing, and bad URLs are one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.fuse import fuse_store
from eventwire.model import Article, article_id_for
from eventwire.store import Store

EVENTWIRE = [sys.executable, "-m", "eventwire.cli"]

# Sentences of our own writing, each reporting an event; some stories are told twice by
# different outlets so that fusion has something to merge.
STORIES = [
    ("Wire One", "2024-05-06", "Police detain protesters in Lagos",
     "Police arrested 40 protesters in Lagos on Monday after a march against fuel prices, "
     "witnesses said."),
    ("Wire Two", "2024-05-07", "Dozens held after Lagos fuel protest",
     "Nigerian police arrested 40 protesters in Lagos on Monday during a demonstration over "
     "fuel prices."),
    ("Wire One", "2024-05-09", "Gunmen attack village",
     "Gunmen killed six villagers in an attack on a village in Zamfara state on Wednesday, "
     "police said."),
    ("Daily Ledger", "2024-05-10", "Zamfara village attack",
     "Armed men killed six people in a raid on a village in Zamfara state on Wednesday, "
     "according to local officials."),
    ("Wire Two", "2024-05-12", "Ministers meet in Nairobi",
     "The foreign ministers of Kenya and Ethiopia met in Nairobi on Saturday to discuss "
     "border security."),
    ("Daily Ledger", "2024-05-14", "Students march in Accra",
     "Thousands of students marched through Accra on Monday to protest against tuition "
     "increases."),
]


def write_corpus(path: Path, indices: list[int]) -> Path:
    with path.open("w", encoding="utf-8") as fp:
        for i in indices:
            outlet, published, title, text = STORIES[i]
            fp.write(json.dumps({"text": text, "title": title, "published": published,
                                 "outlet": outlet}) + "\n")
    return path


def run_cli(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([*EVENTWIRE, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "NO_COLOR": "1"})


def snapshot(db: str) -> dict[str, Any]:
    with Store(db, read_only=True) as store:
        return {
            "articles": sorted(r[0] for r in store.fetchall("SELECT article_id FROM articles")),
            "mentions": sorted(store.fetchall("SELECT mention_id, article_id, event_id "
                                              "FROM mentions")),
            "events": sorted(store.fetchall("SELECT event_id, event_type, n_mentions, "
                                            "n_articles FROM events")),
        }


def test_two_concurrent_runs_on_overlapping_corpora(pg_url: str, tmp_path: Path) -> None:
    first = write_corpus(tmp_path / "first.jsonl", [0, 1, 2, 3, 4])
    second = write_corpus(tmp_path / "second.jsonl", [1, 2, 3, 4, 5])
    procs = [run_cli("run", str(first), "--db", pg_url),
             run_cli("run", str(second), "--db", pg_url)]
    results = [p.communicate(timeout=300) for p in procs]
    for p, (_, err) in zip(procs, results, strict=True):
        assert p.returncode == 0, err
    shared = snapshot(pg_url)

    # The same corpus run once, alone, into a DuckDB file: the reference result.
    both = write_corpus(tmp_path / "both.jsonl", list(range(len(STORIES))))
    alone = str(tmp_path / "alone.duckdb")
    ref = run_cli("run", str(both), "--db", alone)
    _, err = ref.communicate(timeout=300)
    assert ref.returncode == 0, err
    reference = snapshot(alone)

    assert len(shared["articles"]) == len(set(shared["articles"])) == len(STORIES)
    assert shared["events"], "the stories report events"
    assert len({e[0] for e in shared["events"]}) == len(shared["events"])
    assert all(m[2] is not None for m in shared["mentions"])  # every mention fused
    assert shared == reference

    # Running again adds nothing and changes nothing.
    again = run_cli("run", str(second), "--db", pg_url)
    _, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    assert snapshot(pg_url) == shared


def test_bad_urls_are_one_line_errors_without_traceback(pg_url: str) -> None:
    server = pg_url.rsplit("/", 1)[0]
    for url in ("postgresql://eventwire:s3cret@127.0.0.1:9/events",
                f"{server}/no_such_database"):
        for args in (["articles", "--db", url], ["stats", "--db", url],
                     ["events", "--db", url], ["ingest", "-", "--db", url]):
            p = subprocess.run([*EVENTWIRE, *args], input="Some text.", capture_output=True,
                               text=True, timeout=120)
            assert p.returncode == 1, p.stderr
            lines = p.stderr.strip().splitlines()
            assert len(lines) == 1 and lines[0].startswith("Error: cannot open store"), lines
            assert "s3cret" not in p.stderr and "Traceback" not in p.stderr


def test_concurrent_writers_in_one_process(pg_url: str) -> None:
    """Threads with their own connections add overlapping batches, write mentions for the
    same articles and fuse at once: each article and mention is stored once."""
    Store(pg_url).close()
    arts = [Article(article_id=article_id_for(f"Article number {i} about a strike."),
                    text=f"Article number {i} about a strike.", published=date(2024, 1, 1 + i),
                    published_basis="given") for i in range(12)]
    errors: list[BaseException] = []
    added: list[int] = []

    def worker(k: int) -> None:
        try:
            with Store(pg_url) as store:
                mine = arts[k * 3: k * 3 + 6]  # overlaps its neighbours
                added.append(store.add_articles(mine))
                for a in mine:
                    rec = {"event_type": "PROTEST", "status": "reported", "actor1": None,
                           "actor2": None, "location": None, "date": None,
                           "published": a.published.isoformat(), "article_id": a.article_id,
                           "outlet": None, "sentence_start": 0, "mentions": []}
                    store.replace_mentions(a.article_id, [{
                        "mention_id": a.article_id[:8] + "m", "sentence_start": 0,
                        "sentence_end": len(a.text), "sentence": a.text,
                        "event_type": "PROTEST", "record": rec}], "v1")
                fuse_store(store)
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors
    assert sum(added) == 12  # every article counted as new exactly once
    with Store(pg_url, read_only=True) as store:
        assert store.count("articles") == 12 and store.count("mentions") == 12
        linked = store.fetchone("SELECT count(*) FROM mentions WHERE event_id IS NOT NULL")[0]
        assert linked == 12 and store.count("events") >= 1
