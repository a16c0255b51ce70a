"""Query layer: every filter, cursor pages, stats without double counting, nested events.

``build_store`` writes a small store of hand-made events (with articles and mentions) through
the real Store API; test_exports.py and test_api.py reuse it.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import duckdb
import pytest
from click.testing import CliRunner

from eventwire import query
from eventwire.cli import main
from eventwire.model import Article, article_id_for
from eventwire.query import Filters, QueryError
from eventwire.store import Store, open_store

# (outlet, published, title, text) of hand-written articles.
ARTICLES = [
    ("Wire One", date(2024, 3, 6), "Air strikes hit Aleppo market",
     "Government aircraft struck a market in Aleppo on Tuesday, killing 12 people and "
     "wounding 30, a monitoring group said. Rescue teams searched the rubble overnight."),
    ("Wire Two", date(2024, 3, 7), "Aleppo market strike toll",
     "Syrian army jets bombed a crowded market in Aleppo on Tuesday, killing 12 civilians. "
     "Residents said the 100% destroyed stalls_area burned for hours."),
    ("Wire One", date(2024, 3, 21), "Baghdad blast",
     "A car bomb claimed by Islamic State killed seven people in Baghdad on Wednesday. "
     "Across the month, attacks in Syria and Iraq killed 19 people in total."),
    ("Daily Ledger", date(2024, 4, 3), "Belgrade rally",
     "Thousands of students marched through Belgrade on Tuesday to protest against the "
     "government."),
    ("Wire Two", date(2024, 4, 11), "Basra arrests",
     "Iraqi police arrested 14 oil workers in Basra on Wednesday after a strike at a refinery."),
    ("Daily Ledger", None, "Talks",
     "Envoys of the United States and Russia held talks on a prisoner exchange."),
    ("Pacific Post", date(2024, 2, 2), "Fiji warning",
     "Turkey threatened to retaliate against Syrian forces near Suva, officials said."),
]


def _span(text: str, phrase: str | None, start: int = 0) -> list[int] | None:
    if not phrase:
        return None
    i = text.index(phrase, start)
    return [i, i + len(phrase)]


def _actor(text: str, name: str | None, country: str | None, sector: str | None,
           code: str | None) -> dict[str, Any]:
    return {"text": text, "name": name, "country": country, "sector": sector, "code": code}


def _loc(text: str, name: str, country: str, lat: float | None, lon: float | None,
         precision: str = "city", admin1: str | None = None) -> dict[str, Any]:
    return {"text": text, "name": name, "geonames_id": None, "country": country,
            "admin1": admin1, "lat": lat, "lon": lon, "precision": precision}


def _event(event_id: str, event_type: str, **kw: Any) -> dict[str, Any]:
    e: dict[str, Any] = {
        "event_id": event_id, "event_type": event_type, "mode": None, "context": [],
        "cameo_root": None, "acled_event_type": None, "acled_sub_event_type": None,
        "quad_class": None, "actor1": None, "actor2": None, "location": None, "date": None,
        "date_precision": None, "date_text": None, "fatalities": None, "injured": None,
        "casualties_text": None, "figures_disagreement": [], "summary_of": [],
        "status": "reported", "attribution": None, "confidence": 0.8, "n_mentions": 1,
        "n_articles": 1, "n_sources": 1, "mention_ids": [],
    }
    e.update(kw)
    return e


# Mentions: (article index, event id, sentence first words, trigger, actor1, actor2, place,
# figures).
MENTIONS = [
    (0, "e1aleppo00000001", "Government aircraft", "struck", "Government aircraft", "a market",
     "Aleppo", ["12 people", "30"]),
    (1, "e1aleppo00000001", "Syrian army jets", "bombed", "Syrian army jets",
     "a crowded market", "Aleppo", ["12 civilians"]),
    (1, "e8stalls00000008", "Residents said", "burned", None, None, None, []),
    (2, "e2baghdad0000002", "A car bomb", "car bomb", "Islamic State", None, "Baghdad",
     ["seven people"]),
    (2, "e3summary0000003", "Across the month", "attacks", None, None, "Syria", ["19 people"]),
    (3, "e4belgrade000004", "Thousands of students", "marched", "Thousands of students", None,
     "Belgrade", []),
    (4, "e5basra000000005", "Iraqi police", "arrested", "Iraqi police", "14 oil workers",
     "Basra", []),
    (5, "e6talks000000006", "Envoys", "held talks", "Envoys of the United States", "Russia",
     None, []),
    (6, "e7threat00000007", "Turkey", "threatened", "Turkey", "Syrian forces", "Suva", []),
]

SYR_MIL = _actor("Syrian army jets", "Syrian Armed Forces", "SYR", "MIL", "SYR.MIL")
EVENTS = [
    _event("e1aleppo00000001", "ASSAULT", mode="aerial", context=["military"], cameo_root="19",
           acled_event_type="Explosions/Remote violence", acled_sub_event_type="Air/drone strike",
           quad_class=4, actor1=SYR_MIL,
           actor2=_actor("civilians", "civilians", "SYR", "CIVILIAN", "SYR.CIVILIAN"),
           location=_loc("Aleppo", "Aleppo", "SYR", 36.2021, 37.1343, admin1="Aleppo"),
           date=date(2024, 3, 5), date_precision="day", date_text="on Tuesday",
           fatalities=12, injured=30, casualties_text="killing 12 people",
           figures_disagreement=[{"fatalities": 12, "injured": None}],
           attribution="a monitoring group", n_mentions=2, n_articles=2, n_sources=2),
    _event("e2baghdad0000002", "ASSAULT", mode="explosion", cameo_root="18",
           acled_event_type="Explosions/Remote violence",
           acled_sub_event_type="Remote explosive/landmine/IED", quad_class=4,
           actor1=_actor("Islamic State", "Islamic State", None, "INSURGENT", "ISIS"),
           location=_loc("Baghdad", "Baghdad", "IRQ", 33.3406, 44.4009),
           date=date(2024, 3, 20), date_precision="day", date_text="on Wednesday",
           fatalities=7, status="claimed"),
    _event("e3summary0000003", "ASSAULT", cameo_root="19", quad_class=4,
           location=_loc("Syria", "Syria", "SYR", 35.0, 38.0, precision="country"),
           date=date(2024, 3, 20), date_precision="month", fatalities=19,
           summary_of=["e1aleppo00000001", "e2baghdad0000002"]),
    _event("e4belgrade000004", "PROTEST", mode="demonstration", cameo_root="14", quad_class=4,
           acled_event_type="Protests", acled_sub_event_type="Peaceful protest",
           actor1=_actor("Thousands of students", "students", "SRB", "PROTESTER", "SRB.PROTESTER"),
           location=_loc("Belgrade", "Belgrade", "SRB", 44.804, 20.4651),
           date=date(2024, 4, 2), date_precision="day"),
    _event("e5basra000000005", "COERCE", mode="arrest", cameo_root="17", quad_class=4,
           acled_event_type="Strategic developments", acled_sub_event_type="Arrests",
           actor1=_actor("Iraqi police", "Iraqi Police", "IRQ", "POLICE", "IRQ.POLICE"),
           actor2=_actor("14 oil workers", "workers", "IRQ", "CIVILIAN", "IRQ.CIVILIAN"),
           location=_loc("Basra", "Basra", "IRQ", 30.5085, 47.7804),
           date=date(2024, 4, 10), date_precision="day"),
    _event("e6talks000000006", "CONSULT", mode="talks", cameo_root="04", quad_class=1,
           actor1=_actor("Envoys of the United States", "United States", "USA", "GOV",
                         "USA.GOV"),
           actor2=_actor("Russia", "Russia", "RUS", "GOV", "RUS.GOV")),
    _event("e7threat00000007", "THREATEN", cameo_root="13", quad_class=3, status="threatened",
           actor1=_actor("Turkey", "Turkey", "TUR", "GOV", "TUR.GOV"),
           actor2=_actor("Syrian forces", "Syrian Armed Forces", "SYR", "MIL", "SYR.MIL"),
           location=_loc("Suva", "Suva", "FJI", -18.1416, 178.4415),
           date=date(2024, 2, 1), date_precision="day"),
    _event("e8stalls00000008", "ASSAULT", cameo_root="18", quad_class=4,
           date=date(2024, 3, 5), date_precision="day",
           location=_loc("Aleppo", "Aleppo", "SYR", None, None)),
]


def build_store(path: str | Path, extra: int = 0) -> dict[str, Any]:
    """A store (DuckDB path or PostgreSQL URL) with the hand-made events, plus ``extra``
    generated ones for paging."""
    arts = []
    for i, (outlet, published, title, text) in enumerate(ARTICLES):
        arts.append(Article(article_id=article_id_for(text), text=text, source_path="t.txt",
                            source_index=i, outlet=outlet, title=title, published=published,
                            published_basis="given" if published else "unknown",
                            url=f"https://news.example/{i}"))
    events = {e["event_id"]: {**e, "mention_ids": []} for e in EVENTS}
    with Store(path) as store:
        store.add_articles(arts)
        rows: dict[str, list[dict[str, Any]]] = {a.article_id: [] for a in arts}
        for n, (ai, event_id, first, trig, a1, a2, place, figs) in enumerate(MENTIONS):
            art = arts[ai]
            s0 = art.text.index(first)
            end = art.text.find(". ", s0)
            s1 = len(art.text) if end < 0 else end + 1
            sentence = art.text[s0:s1]
            mid = hashlib.sha256(f"m{n}".encode()).hexdigest()[:16]
            rec = {"event_type": events[event_id]["event_type"], "trigger": trig,
                   "rule": f"{events[event_id]['event_type']}:{trig}",
                   "mentions": [{"trigger_span": _span(art.text, trig, s0),
                                 "actor1_span": _span(art.text, a1, s0),
                                 "actor2_span": _span(art.text, a2, s0),
                                 "location_span": _span(art.text, place, s0),
                                 "figure_spans": [_span(art.text, f, s0) for f in figs]}]}
            rows[art.article_id].append({"mention_id": mid, "sentence_start": s0,
                                         "sentence_end": s1, "sentence": sentence,
                                         "outlet": art.outlet,
                                         "event_type": rec["event_type"], "record": rec})
            events[event_id]["mention_ids"].append(mid)
        for aid, r in rows.items():
            store.replace_mentions(aid, r, "test")
        all_events = list(events.values())
        for k in range(extra):
            d = None if k % 17 == 0 else date(2023, 1, 1) + timedelta(days=k % 40)
            all_events.append(_event(f"x{k:015d}", ("ASSAULT", "PROTEST", "CONSULT")[k % 3],
                                     date=d, fatalities=k % 5 or None,
                                     location=_loc("Kabul", "Kabul", "AFG", 34.5, 69.2)))
        store.replace_events(all_events)
    return {"articles": arts, "events": events}


@pytest.fixture(scope="module")
def store_path(module_store_db: str) -> str:
    """The hand-made store, once on each backend."""
    build_store(module_store_db)
    return module_store_db


@pytest.fixture(scope="module")
def con(store_path: str) -> Any:
    with open_store(store_path, read_only=True) as store:
        yield store


def ids(con: Any, **kw: Any) -> set[str]:
    return {e["event_id"] for e in query.iter_events(con, Filters(**kw))}


def test_no_filter_returns_all_in_date_order(con: Any) -> None:
    events = list(query.iter_events(con, Filters()))
    assert len(events) == len(EVENTS)
    keys = [(e["date"] or "9999", e["event_id"]) for e in events]
    assert keys == sorted(keys)
    assert events[-1]["date"] is None  # undated events last


def test_type_mode_status(con: Any) -> None:
    assert ids(con, event_types=["protest"]) == {"e4belgrade000004"}
    assert ids(con, event_types=["PROTEST,COERCE"]) == {"e4belgrade000004", "e5basra000000005"}
    assert ids(con, modes=["aerial"]) == {"e1aleppo00000001"}
    assert ids(con, statuses=["claimed"]) == {"e2baghdad0000002"}
    with pytest.raises(QueryError, match="PLOVER"):
        Filters(event_types=["BOMBING"])


def test_country_matches_either_actor_or_location(con: Any) -> None:
    # Turkey threatening Syrian forces near Suva: found by TUR, SYR (actor2) and FJI (place).
    for c in ("TUR", "SY", "Fiji"):
        assert "e7threat00000007" in ids(con, countries=[c])
    assert ids(con, countries=["RUS"]) == {"e6talks000000006"}
    assert ids(con, countries=["IQ"]) == {"e2baghdad0000002", "e5basra000000005"}
    with pytest.raises(QueryError, match="country"):
        Filters(countries=["Atlantis"])


def test_actor_code_prefix_and_name(con: Any) -> None:
    assert ids(con, actor="SYR.MIL") == {"e1aleppo00000001", "e7threat00000007"}
    assert ids(con, actor="irq") == {"e5basra000000005"}  # IRQ.POLICE via the country prefix
    assert ids(con, actor="islamic") == {"e2baghdad0000002"}
    assert ids(con, actor="oil work") == {"e5basra000000005"}  # actor text
    assert ids(con, actor="%") == set()  # wildcards are literal


def test_dates(con: Any) -> None:
    assert ids(con, since=date(2024, 4, 1)) == {"e4belgrade000004", "e5basra000000005"}
    assert ids(con, until=query.parse_date("2024-02", end=True)) == {"e7threat00000007"}
    march = ids(con, since=query.parse_date("2024-03"), until=query.parse_date("2024-03", True))
    assert march == {"e1aleppo00000001", "e2baghdad0000002", "e3summary0000003",
                     "e8stalls00000008"}
    with pytest.raises(QueryError):
        query.parse_date("2024-13-01")
    with pytest.raises(QueryError):
        query.parse_date("last week")


def test_bbox(con: Any) -> None:
    levant = query.parse_bbox("35,30,50,40")  # Syria and Iraq
    assert ids(con, bbox=levant) == {"e1aleppo00000001", "e2baghdad0000002", "e3summary0000003",
                                     "e5basra000000005"}
    # A box across the antimeridian (170E to 170W) holds Suva at 178.4E.
    assert ids(con, bbox=query.parse_bbox("170,-30,-170,0")) == {"e7threat00000007"}
    for bad in ("1,2,3", "a,b,c,d", "0,50,10,40", "0,0,200,10", "nan,0,1,1"):
        with pytest.raises(QueryError):
            query.parse_bbox(bad)


def test_min_fatalities(con: Any) -> None:
    assert ids(con, min_fatalities=10) == {"e1aleppo00000001", "e3summary0000003"}
    assert ids(con, min_fatalities=0) == {"e1aleppo00000001", "e2baghdad0000002",
                                          "e3summary0000003"}


def test_text_searches_evidence_sentences(con: Any) -> None:
    assert ids(con, text="crowded market") == {"e1aleppo00000001"}
    assert ids(con, text="MARKET") == {"e1aleppo00000001"}
    # Words may come from different sentences of one event; all must occur.
    assert ids(con, text="aircraft jets") == {"e1aleppo00000001"}
    assert ids(con, text='"jets aircraft"') == set()
    # LIKE wildcards in the query are literal characters.
    assert ids(con, text="100%") == {"e8stalls00000008"}
    assert ids(con, text="stalls_area") == {"e8stalls00000008"}
    assert ids(con, text="stalls_are_") == set()


def test_combined_filters(con: Any) -> None:
    got = ids(con, event_types=["ASSAULT"], countries=["SYR"], since=date(2024, 3, 1),
              min_fatalities=1)
    assert got == {"e1aleppo00000001", "e3summary0000003"}


def test_where_clause_is_placeholder_neutral() -> None:
    f = Filters(event_types=["ASSAULT"], countries=["SYR"], actor="army", text="a b",
                bbox=(1, 2, 3, 4), since=date(2024, 1, 1), after=(date(2024, 1, 2), "x"))
    sql_q, params_q = query.where_clause(f)
    sql_pg, params_pg = query.where_clause(f, ph="%s")
    assert sql_q.count("?") == len(params_q) == sql_pg.count("%s")
    assert params_q == params_pg
    assert "?" not in sql_pg


def test_nested_event_and_mentions(con: Any, store_path: str) -> None:
    e = query.get_event(con, "e1aleppo00000001")
    assert e is not None
    assert e["actor1"]["code"] == "SYR.MIL" and e["location"]["lat"] == pytest.approx(36.2021)
    assert e["context"] == ["military"]
    assert [m["outlet"] for m in e["mentions"]] == ["Wire One", "Wire Two"]
    for m in e["mentions"]:
        s, t = m["trigger_span"]
        article_text = next(a[3] for a in ARTICLES if a[0] == m["outlet"] and a[2] == m["title"])
        assert article_text[s:t] in ("struck", "bombed")
        assert m["sentence"] == article_text[m["sentence_start"]:m["sentence_end"]]
        assert m["figure_spans"] and m["rule"].startswith("ASSAULT")
    assert query.get_event(con, "nope") is None
    assert query.find_event_id(con, "e1al") == ["e1aleppo00000001"]


def test_cursor_pages_cover_everything_once(store_db: str) -> None:
    build_store(store_db, extra=230)
    c = open_store(store_db, read_only=True)
    expected = [e["event_id"] for e in query.iter_events(c, Filters())]
    seen: list[str] = []
    f = Filters()
    while True:
        page, cursor = query.page(c, f, 37)
        seen += [e["event_id"] for e in page]
        if cursor is None:
            break
        f = Filters(after=query.decode_cursor(cursor))
    assert seen == expected and len(seen) == 230 + len(EVENTS)
    # Filtered pages too.
    f = Filters(event_types=["ASSAULT"])
    want = [e["event_id"] for e in query.iter_events(c, f)]
    got: list[str] = []
    while True:
        page, cursor = query.page(c, f, 10)
        got += [e["event_id"] for e in page]
        if cursor is None:
            break
        f = Filters(event_types=["ASSAULT"], after=query.decode_cursor(cursor))
    assert got == want
    c.close()
    for bad in ("garbage!", "W10", "WyIyMDI0LTAxLTAxIiwgMV0"):
        with pytest.raises(QueryError, match="cursor"):
            query.decode_cursor(bad)


def test_stats_do_not_double_count_summaries(con: Any) -> None:
    rows = query.stats(con, ["type"])
    assault = next(r for r in rows if r["type"] == "ASSAULT")
    # 12 (Aleppo) + 7 (Baghdad); the 19-death summary adds nothing and counts apart.
    assert assault["fatalities"] == 19
    assert assault["events"] == 3 and assault["summaries"] == 1
    assert sum(r["events"] + r["summaries"] for r in rows) == len(EVENTS)
    by_cm = query.stats(con, ["country", "month"])
    syr_march = next(r for r in by_cm if r["country"] == "SYR" and r["month"] == "2024-03")
    assert syr_march["fatalities"] == 12 and syr_march["events"] == 2
    assert any(r["country"] is None and r["month"] is None for r in by_cm)  # the talks
    filtered = query.stats(con, ["month"], Filters(countries=["IRQ"]))
    assert [(r["month"], r["events"]) for r in filtered] == [("2024-03", 1), ("2024-04", 1)]
    with pytest.raises(QueryError):
        query.stats(con, ["outlet"])


# -- CLI ------------------------------------------------------------------------------------
def test_cli_events_filters_and_table(store_path: str) -> None:
    r = CliRunner().invoke(main, ["events", "--db", str(store_path), "--format", "jsonl",
                                  "--type", "ASSAULT", "--country", "SYR", "--since",
                                  "2024-03", "--min-fatalities", "1"])
    assert r.exit_code == 0, r.output
    got = {json.loads(line)["event_id"] for line in r.stdout.splitlines()}
    assert got == {"e1aleppo00000001", "e3summary0000003"}
    r = CliRunner().invoke(main, ["events", "--db", str(store_path), "--bbox", "1,2,3"])
    assert r.exit_code == 2 and "bbox" in r.output
    r = CliRunner().invoke(main, ["events", "--db", str(store_path), "--type", "COERCE"])
    assert r.exit_code == 0 and "e5basra000" in r.stdout and "1 events" in r.stdout


def test_cli_show_marks_spans(store_path: str) -> None:
    r = CliRunner().invoke(main, ["show", "e1aleppo", "--db", str(store_path)],
                           color=True)
    assert r.exit_code == 0, r.output
    plain = re.sub(r"\x1b\[[0-9;]*m", "", r.stdout)
    assert "Syrian Armed Forces [SYR.MIL]" in plain
    assert "Syrian army jets bombed a crowded market" in plain
    assert "Wire Two" in plain and "killed 12" in plain
    r = CliRunner().invoke(main, ["show", "zzzzzz", "--db", str(store_path)])
    assert r.exit_code == 1 and "no event" in r.output
    r = CliRunner().invoke(main, ["show", "e", "--db", str(store_path), "--format", "json"])
    assert r.exit_code == 1


def test_marked_sentence_styles_each_span(con: Any) -> None:
    from eventwire.cli import SPAN_STYLES, marked_sentence

    e = query.get_event(con, "e1aleppo00000001")
    assert e is not None
    m = e["mentions"][1]
    text = marked_sentence(m)
    styled = {str(span.style): text.plain[span.start:span.end] for span in text.spans}
    assert styled[SPAN_STYLES["trigger_span"]] == "bombed"
    assert styled[SPAN_STYLES["actor1_span"]] == "Syrian army jets"
    assert styled[SPAN_STYLES["actor2_span"]] == "a crowded market"
    assert styled[SPAN_STYLES["location_span"]] == "Aleppo"
    assert styled[SPAN_STYLES["figure_spans"]] == "12 civilians"
    # A span outside the sentence (bad data) is ignored, not drawn at the wrong place.
    assert not marked_sentence({**m, "trigger_span": [500, 510], "actor1_span": None,
                                "actor2_span": None, "location_span": None,
                                "figure_spans": []}).spans


def test_cli_stats(store_path: str) -> None:
    r = CliRunner().invoke(main, ["stats", "--db", str(store_path), "--by", "type", "--by",
                                  "month", "--format", "json"])
    assert r.exit_code == 0, r.output
    rows = json.loads(r.stdout)
    march = next(x for x in rows if x["type"] == "ASSAULT" and x["month"] == "2024-03")
    assert march["fatalities"] == 19 and march["summaries"] == 1
    r = CliRunner().invoke(main, ["stats", "--db", str(store_path), "--by", "country"])
    assert r.exit_code == 0 and "total" in r.stdout and "SRB" in r.stdout


def test_a_raw_duckdb_connection_still_serves_the_query_layer(tmp_path: Path) -> None:
    path = tmp_path / "raw.duckdb"
    build_store(path)
    c = duckdb.connect(str(path), read_only=True)
    try:
        assert ids(c, event_types=["PROTEST"]) == {"e4belgrade000004"}
        assert query.get_event(c, "e1aleppo00000001") is not None
    finally:
        c.close()


def test_events_stream_in_batches_with_their_mentions(store_db: str) -> None:
    """More events than one batch: the streamed read and the mentions' side cursor
    interleave on both backends."""
    build_store(store_db, extra=2 * query.BATCH + 5)
    with open_store(store_db, read_only=True) as store:
        events = list(query.iter_events(store, Filters(), with_mentions=True))
        assert len(events) == 2 * query.BATCH + 5 + len(EVENTS)
        keys = [(e["date"] or "9999", e["event_id"]) for e in events]
        assert keys == sorted(keys)
        aleppo = next(e for e in events if e["event_id"] == "e1aleppo00000001")
        assert [m["outlet"] for m in aleppo["mentions"]] == ["Wire One", "Wire Two"]
        assert store.count("events") == len(events)  # the store is usable afterwards
