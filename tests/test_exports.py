"""Exports read back with the tools analysts use: pandas, pyarrow, json, the csv module."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from click.testing import CliRunner
from test_query import EVENTS, build_store

from eventwire.cli import main
from eventwire.export import FLAT_COLUMNS
from eventwire.export._codes import table

N = len(EVENTS)
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


@pytest.fixture(scope="module")
def db(module_store_db: str) -> str:
    """The hand-made store, once per backend: exports read the same from either."""
    build_store(module_store_db)
    return module_store_db


def run(db: str, *args: str) -> Any:
    r = CliRunner().invoke(main, ["events", "--db", db, *args])
    assert r.exit_code == 0, r.output
    return r


def test_csv_reads_into_pandas(db: str) -> None:
    df = pd.read_csv(io.StringIO(run(db, "--format", "csv").stdout),
                     dtype={"event_id": str})
    assert list(df.columns) == FLAT_COLUMNS and len(df) == N
    row = df.set_index("event_id").loc["e1aleppo00000001"]
    assert row["actor1_country"] == "SYR" and row["actor1_code"] == "SYR.MIL"
    assert row["fatalities"] == 12 and row["lat"] == pytest.approx(36.2021)
    assert row["context"] == "military"
    assert json.loads(row["figures_disagreement"]) == [{"fatalities": 12, "injured": None}]
    summary = df.set_index("event_id").loc["e3summary0000003"]
    assert summary["summary_of"] == "e1aleppo00000001;e2baghdad0000002"


def test_csv_to_file_with_filters(db: str, tmp_path: Path) -> None:
    out = tmp_path / "assault.csv"
    r = run(db, "--format", "csv", "--type", "ASSAULT", "--output", str(out))
    df = pd.read_csv(out)
    assert set(df["event_type"]) == {"ASSAULT"} and len(df) == 4
    assert "4 events written" in r.stderr


def test_jsonl_nested_with_mentions(db: str) -> None:
    df = pd.read_json(io.StringIO(run(db, "--format", "jsonl").stdout), lines=True)
    assert len(df) == N
    e = df.set_index("event_id").loc["e1aleppo00000001"]
    assert e["actor1"]["code"] == "SYR.MIL" and e["location"]["name"] == "Aleppo"
    mentions = e["mentions"]
    assert len(mentions) == 2
    for m in mentions:
        assert {"article_id", "sentence", "sentence_start", "trigger_span", "actor1_span",
                "location_span", "figure_spans", "outlet", "title"} <= set(m)
        assert m["sentence"] and m["outlet"] in ("Wire One", "Wire Two")


def test_parquet_types_and_month_partitions(db: str, tmp_path: Path) -> None:
    r = CliRunner().invoke(main, ["events", "--db", db, "--format", "parquet"])
    assert r.exit_code == 2 and "--output" in r.output
    single = tmp_path / "events.parquet"
    run(db, "--format", "parquet", "--output", str(single))
    df = pd.read_parquet(single)
    assert len(df) == N and list(df.columns) == FLAT_COLUMNS
    row = df.set_index("event_id").loc["e1aleppo00000001"]
    assert list(row["context"]) == ["military"] and row["fatalities"] == 12
    assert str(row["date"]) == "2024-03-05"
    parts = tmp_path / "by_month"
    run(db, "--format", "parquet", "--output", str(parts), "--partition-by-month")
    assert {p.name for p in parts.iterdir()} == {"month=2024-02", "month=2024-03",
                                                  "month=2024-04", "month=unknown"}
    whole = pd.read_parquet(parts)
    assert len(whole) == N
    march = pd.read_parquet(parts, filters=[("month", "=", "2024-03")])
    assert set(march["event_id"]) == {"e1aleppo00000001", "e2baghdad0000002",
                                      "e3summary0000003", "e8stalls00000008"}


def test_geojson_points(db: str) -> None:
    r = run(db, "--format", "geojson")
    fc = json.loads(r.stdout)
    assert fc["type"] == "FeatureCollection"
    # The undated talks have no place, the market fire has a place without coordinates.
    assert len(fc["features"]) == N - 2
    assert "2 events without coordinates left out" in r.stderr
    for f in fc["features"]:
        assert f["type"] == "Feature" and f["geometry"]["type"] == "Point"
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert "lat" not in f["properties"] and f["properties"]["event_id"] == f["id"]
    suva = next(f for f in fc["features"] if f["id"] == "e7threat00000007")
    assert suva["geometry"]["coordinates"] == [178.4415, -18.1416]  # lon, lat order
    assert suva["properties"]["actor1_code"] == "TUR.GOV"


def test_acled_layout(db: str) -> None:
    rows = list(csv.DictReader(io.StringIO(run(db, "--format", "acled-csv").stdout)))
    assert len(rows) == N
    assert list(rows[0]) == table("acled")["columns"]
    by_id = {r["event_id_cnty"]: r for r in rows}
    aleppo = by_id["e1aleppo00000001"]
    assert aleppo["event_date"] == "2024-03-05" and aleppo["year"] == "2024"
    assert aleppo["disorder_type"] == "Political violence"
    assert aleppo["event_type"] == "Explosions/Remote violence"
    assert aleppo["inter1"] == "1" and aleppo["inter2"] == "7" and aleppo["interaction"] == "17"
    assert aleppo["civilian_targeting"] == "Civilian targeting"
    assert aleppo["country"] == "Syria" and aleppo["iso"] == "760"
    assert aleppo["source"] == "Wire One; Wire Two" and aleppo["fatalities"] == "12"
    assert aleppo["notes"].startswith("Government aircraft struck a market")
    assert aleppo["time_precision"] == "1" and aleppo["geo_precision"] == "1"
    # Turkish state forces acting in Fiji are external forces (8); no figures is 0.
    threat = by_id["e7threat00000007"]
    assert threat["inter1"] == "8" and threat["fatalities"] == "0"
    assert by_id["e4belgrade000004"]["disorder_type"] == "Demonstrations"
    assert by_id["e4belgrade000004"]["interaction"] == "60"


def test_gdelt_layout(db: str) -> None:
    text = run(db, "--format", "gdelt-csv").stdout
    rows = list(csv.reader(io.StringIO(text), delimiter="\t"))
    cols = table("gdelt")["columns"]
    assert len(rows) == N and all(len(r) == 61 == len(cols) for r in rows)
    recs = [dict(zip(cols, r, strict=True)) for r in rows]
    aleppo = next(r for r in recs if r["Actor1Code"] == "SYRMIL" and r["SQLDATE"])
    assert aleppo["SQLDATE"] == "20240305" and aleppo["MonthYear"] == "202403"
    assert aleppo["FractionDate"] == f"{2024 + 65 / 365:.4f}"
    assert aleppo["Actor1Name"] == "SYRIAN ARMED FORCES" and aleppo["Actor1Type1Code"] == "MIL"
    assert (aleppo["EventCode"], aleppo["EventBaseCode"], aleppo["EventRootCode"]) == (
        "190", "190", "19")
    assert aleppo["QuadClass"] == "4" and float(aleppo["GoldsteinScale"]) == -10.0
    assert aleppo["NumMentions"] == "2" and aleppo["NumSources"] == "2"
    assert aleppo["ActionGeo_FullName"] == "Aleppo, Syria"
    assert aleppo["SOURCEURL"].startswith("https://news.example/")
    assert int(aleppo["GLOBALEVENTID"]) > 0
    basra = next(r for r in recs if r["Actor1Code"] == "IRQCOP")
    assert basra["ActionGeo_CountryCode"] == "IZ"  # GDELT geography uses FIPS, not ISO
    assert basra["ActionGeo_Type"] == "4"
    # pandas reads it as GDELT users do: no header, names supplied.
    df = pd.read_csv(io.StringIO(text), sep="\t", header=None, names=cols,
                     dtype={"EventCode": str, "EventRootCode": str})
    assert len(df) == N and set(df["EventRootCode"].dropna()) >= {"19", "14", "17"}
    with_header = run(db, "--format", "gdelt-csv", "--header").stdout
    assert with_header.splitlines()[0].split("\t") == cols


@pytest.mark.corpus
def test_corpus_round_trip(tmp_path: Path) -> None:
    """The real pipeline's events survive every format."""
    if not CORPUS.is_dir():
        pytest.skip(f"sample corpus not available at {CORPUS}")
    db = str(tmp_path / "corpus.duckdb")
    r = CliRunner().invoke(main, ["run", str(CORPUS), "--db", db])
    assert r.exit_code == 0, r.output
    n = len(pd.read_csv(io.StringIO(run(db, "--format", "csv").stdout)))
    assert n > 0
    assert len(pd.read_json(io.StringIO(run(db, "--format", "jsonl").stdout), lines=True)) == n
    run(db, "--format", "parquet", "--output", str(tmp_path / "p"), "--partition-by-month")
    assert len(pd.read_parquet(tmp_path / "p")) == n
    g = run(db, "--format", "geojson")
    features = json.loads(g.stdout)["features"]
    skipped = int(g.stderr.split()[0]) if g.stderr.strip() else 0
    assert len(features) + skipped == n
    assert len(list(csv.DictReader(io.StringIO(run(db, "--format", "acled-csv").stdout)))) == n
    gd = list(csv.reader(io.StringIO(run(db, "--format", "gdelt-csv").stdout), delimiter="\t"))
    assert len(gd) == n and {len(r) for r in gd} == {61}
