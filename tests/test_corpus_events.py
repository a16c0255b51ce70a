"""The whole job on the real sample corpus: places land where the stories happened, states and
armed groups resolve, and the hand-coded gold set scores above a floor. Skips without
../shared/corpus."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from eventwire.api import run
from eventwire.cli import DEMO_CORPUS, DEMO_FIELDS
from eventwire.evaluate import evaluate, load_gold
from eventwire.store import Store

GOLD = Path(__file__).resolve().parents[1] / "benchmarks" / "gold" / "events.jsonl"


@pytest.fixture(scope="module")
def store(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Store:
    """The sample corpus and the demo corpus (the gold set covers both)."""
    db = tmp_path_factory.mktemp("corpus") / "corpus.duckdb"
    run([str(corpus_dir)], db=str(db))
    demo = sorted(p for p in DEMO_CORPUS.rglob("*") if p.is_file() and p.suffix != ".md")
    run([str(p) for p in demo if p.suffix != ".csv"], db=str(db))
    run([str(p) for p in demo if p.suffix == ".csv"], db=str(db), fields=DEMO_FIELDS["csv"])
    return Store(db, read_only=True)


def mentions(store: Store, title_prefix: str) -> list[dict[str, Any]]:
    rows = store.con.execute(
        "SELECT m.record FROM mentions m JOIN articles a USING (article_id) "
        "WHERE a.title LIKE ? ORDER BY m.sentence_start", [title_prefix + "%"]).fetchall()
    assert rows, f"no events for {title_prefix!r}"
    return [json.loads(r[0]) for r in rows]


def km(loc: dict[str, Any], lat: float, lon: float) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (loc["lat"], loc["lon"], lat, lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin(
        (lo2 - lo1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def test_baghdad_bombings_in_baghdad_and_its_districts(store: Store) -> None:
    bombings = [m for m in mentions(store, "Three bombings in Baghdad")
                if m["event_type"] == "ASSAULT" and m.get("fatalities")]
    assert len(bombings) >= 4
    for m in bombings:
        assert km(m["location"], 33.31, 44.37) < 25, m["location"]
    districts = {m["location"]["name"] for m in bombings
                 if m["location"]["precision"] == "district"}
    assert {"al-Shaab", "Sadr City"} <= districts


def test_idomeni_clash_at_idomeni(store: Store) -> None:
    first = next(m for m in mentions(store, "Macedonian Police Fire Tear Gas")
                 if m["event_type"] == "COERCE")
    assert first["mode"] == "tear-gas"
    assert km(first["location"], 41.12, 22.51) < 10
    assert first["actor1"]["code"] == "MKD.POLICE"


def test_albuquerque_rally_in_albuquerque(store: Store) -> None:
    evs = mentions(store, "Protesters throw rocks")
    assert {m["event_type"] for m in evs} >= {"PROTEST", "COERCE"}
    for m in evs[:4]:
        assert km(m["location"], 35.08, -106.65) < 25


def test_syria_states_and_armed_groups_resolve(store: Store) -> None:
    codes = {
        (m.get(k) or {}).get("code")
        for title in ("Air strikes hit eastern Aleppo", "Turkish army says Islamic State",
                      "Syrian government launches offensive", "U.S. Urges Russia")
        for m in mentions(store, title) for k in ("actor1", "actor2")
    }
    assert {"SYR.MIL", "ISIS"} <= codes
    assert any(c and c.startswith("RUS.") for c in codes)
    assert any(c and c.startswith("USA.") for c in codes)
    assert any(c and c.startswith("TUR.") for c in codes)


def test_gold_scores_above_floor(store: Store) -> None:
    """A floor well below the figures in benchmarks/README.md: it fails on regressions."""
    score = evaluate(load_gold(GOLD), store).as_dict()
    assert score["detection"]["f1"] >= 0.65
    assert score["accuracy"]["event_type"] >= 0.8
    assert score["accuracy"]["fatalities"] >= 0.9
