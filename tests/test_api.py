"""The REST API, served by uvicorn on a free loopback port and called with httpx."""

from __future__ import annotations

import csv
import io
import json
import socket
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
import uvicorn
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from test_query import EVENTS, build_store

from eventwire.serve import create_app

EXTRA = 120


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def base_url(module_store_db: str) -> Iterator[str]:
    """The API over the hand-made store, once per backend (DuckDB file, PostgreSQL)."""
    build_store(module_store_db, extra=EXTRA)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(module_store_db), host="127.0.0.1",
                                           port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def client(base_url: str) -> Iterator[httpx.Client]:
    # POST /api/extract loads the NLP model on first use: slow on a busy 2-core machine
    with httpx.Client(base_url=base_url, timeout=180) as c:
        yield c


def test_events_filters_and_shape(client: httpx.Client) -> None:
    r = client.get("/api/events", params={"type": "ASSAULT", "country": "SYR",
                                          "since": "2024-03-01", "min_fatalities": 1})
    assert r.status_code == 200
    body = r.json()
    assert body["count"] == 2 and body["next_cursor"] is None
    assert [e["event_id"] for e in body["events"]] == ["e1aleppo00000001", "e3summary0000003"]
    e = body["events"][0]
    assert e["actor1"]["code"] == "SYR.MIL" and e["location"]["country"] == "SYR"
    assert "mentions" not in e
    r = client.get("/api/events", params=[("type", "PROTEST"), ("type", "COERCE"),
                                          ("since", "2024"), ("mentions", "true")])
    got = {e["event_id"]: e for e in r.json()["events"]}
    assert set(got) == {"e4belgrade000004", "e5basra000000005"}
    assert got["e5basra000000005"]["mentions"][0]["outlet"] == "Wire Two"
    r = client.get("/api/events", params={"bbox": "170,-30,-170,0", "text": "retaliate"})
    assert [e["event_id"] for e in r.json()["events"]] == ["e7threat00000007"]
    r = client.get("/api/events", params={"actor": "islamic", "status": "claimed"})
    assert [e["event_id"] for e in r.json()["events"]] == ["e2baghdad0000002"]


def test_cursor_pagination_is_stable(client: httpx.Client) -> None:
    total = len(EVENTS) + EXTRA
    full = client.get("/api/events", params={"limit": 1000}).json()
    assert full["count"] == total and full["next_cursor"] is None
    seen: list[str] = []
    params: dict[str, Any] = {"limit": 23}
    while True:
        page = client.get("/api/events", params=params).json()
        assert page["count"] == len(page["events"]) <= 23
        seen += [e["event_id"] for e in page["events"]]
        if page["next_cursor"] is None:
            break
        params["cursor"] = page["next_cursor"]
    assert seen == [e["event_id"] for e in full["events"]]


@pytest.mark.parametrize("params,status,word", [
    ({"limit": 0}, 422, "limit"),
    ({"limit": 1001}, 422, "limit"),
    ({"min_fatalities": -1}, 422, "min_fatalities"),
    ({"since": "yesterday"}, 422, "since"),
    ({"bbox": "1,2,3"}, 422, "bbox"),
    ({"type": "BOMBING"}, 400, "PLOVER"),
    ({"country": "Atlantis"}, 400, "country"),
    ({"bbox": "a,b,c,d"}, 400, "bbox"),
    ({"since": "2024-13-01"}, 400, "2024-13-01"),
    ({"cursor": "not-a-cursor"}, 400, "cursor"),
])
def test_bad_parameters_are_clear_4xx(client: httpx.Client, params: dict[str, Any],
                                      status: int, word: str) -> None:
    r = client.get("/api/events", params=params)
    assert r.status_code == status
    assert r.headers["content-type"].startswith("application/json")
    assert word in r.json()["error"]


def test_event_detail_and_404(client: httpx.Client) -> None:
    e = client.get("/api/events/e1aleppo00000001").json()
    assert e["fatalities"] == 12 and len(e["mentions"]) == 2
    m = e["mentions"][0]
    assert set(m) >= {"article_id", "outlet", "sentence", "sentence_start", "trigger_span",
                      "actor1_span", "actor2_span", "location_span", "figure_spans", "rule",
                      "title"}
    article = client.get(f"/api/articles/{m['article_id']}").json()
    s, t = m["trigger_span"]
    assert article["text"][s:t] == "struck" and article["title"] == m["title"]
    for path in ("/api/events/nope", "/api/articles/nope"):
        r = client.get(path)
        assert r.status_code == 404 and "nope" in r.json()["error"]
    assert client.get("/api/nothing-here").status_code == 404


def test_stats(client: httpx.Client) -> None:
    r = client.get("/api/stats", params=[("by", "type"), ("by", "month"), ("country", "SYR")])
    body = r.json()
    assert body["by"] == ["type", "month"]
    march = next(x for x in body["rows"] if x["type"] == "ASSAULT" and x["month"] == "2024-03")
    assert march["fatalities"] == 12 and march["summaries"] == 1 and march["events"] == 2
    assert client.get("/api/stats", params={"by": "outlet"}).status_code == 422
    default = client.get("/api/stats").json()
    assert default["by"] == ["type"]


def test_exports(client: httpx.Client) -> None:
    r = client.get("/api/export.csv", params={"type": "ASSAULT", "since": "2024"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert {x["event_id"] for x in rows} == {"e1aleppo00000001", "e2baghdad0000002",
                                             "e3summary0000003", "e8stalls00000008"}
    g = client.get("/api/export.geojson", params={"country": "IRQ"})
    fc = json.loads(g.text)
    assert g.headers["content-type"].startswith("application/geo+json")
    assert {f["id"] for f in fc["features"]} == {"e2baghdad0000002", "e5basra000000005"}
    assert client.get("/api/export.csv", params={"type": "NOPE"}).status_code == 400


def test_concurrent_requests(client: httpx.Client, base_url: str) -> None:
    def get(i: int) -> int:
        with httpx.Client(base_url=base_url, timeout=60) as c:
            path = ("/api/events", "/api/stats", "/api/export.csv")[i % 3]
            return c.get(path, params={"since": "2023-01-0" + str(1 + i % 9)}).status_code

    with ThreadPoolExecutor(8) as pool:
        assert set(pool.map(get, range(24))) == {200}


def test_extract(client: httpx.Client) -> None:
    text = ("Gunmen killed five villagers in an attack on a village in Zamfara state on "
            "Monday, police said.")
    r = client.post("/api/extract", json={"text": text, "published": "2024-05-08",
                                          "title": "Village attack"})
    assert r.status_code == 200, r.text
    body = r.json()
    assault = [e for e in body["events"] if e["event_type"] == "ASSAULT"]
    assert assault and assault[0]["mentions"][0]["sentence"].startswith("Gunmen killed")
    assert assault[0]["fatalities"] == 5
    assert client.post("/api/extract", json={"published": "2024-05-08"}).status_code == 422
    assert client.post("/api/extract", json={"text": "x", "extra": 1}).status_code == 422
    bad_date = client.post("/api/extract", json={"text": "x", "published": "May 8"})
    assert bad_date.status_code == 422 and "published" in bad_date.json()["error"]
    assert client.post("/api/extract", content=b"{not json",
                       headers={"content-type": "application/json"}).status_code == 422
    big = client.post("/api/extract", json={"text": "a" * 250_000})
    assert big.status_code == 413 and "larger" in big.json()["error"]

    def chunked() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
        yield b'{"text": "'
        for _ in range(30):
            yield b"b" * 10_000
        yield b'"}'

    assert client.post("/api/extract", content=chunked(),
                       headers={"content-type": "application/json"}).status_code == 413


def test_map_points_match_the_events(client: httpx.Client) -> None:
    """The map's column endpoint (JSON built by DuckDB or by PostgreSQL) lists the same
    events, in the same order, as the paged API."""
    params = {"since": "2023-01-01", "until": "2024-12-31"}
    events = client.get("/api/events", params={**params, "limit": 1000}).json()["events"]
    r = client.get("/api/events/points", params=params)
    assert r.status_code == 200 and r.headers["x-truncated"] == "0"
    pts = r.json()
    assert pts["id"] == [e["event_id"] for e in events] and pts["count"] == len(events)
    assert pts["types"] == sorted({e["event_type"] for e in events})
    assert [pts["types"][t] for t in pts["type"]] == [e["event_type"] for e in events]
    aleppo = pts["id"].index("e1aleppo00000001")
    assert pts["lat"][aleppo] == pytest.approx(36.2021) and pts["fatalities"][aleppo] == 12
    assert pts["day"][aleppo] == (date(2024, 3, 5) - date(1970, 1, 1)).days
    cut = client.get("/api/events/points", params={**params, "limit": 3})
    assert cut.json()["id"] == pts["id"][:3] and cut.headers["x-truncated"] == "1"
    none = client.get("/api/events/points", params={"type": "AGREE"}).json()
    assert none["count"] == 0 and none["id"] == [] and none["types"] == []


def test_nul_characters_are_a_4xx_not_a_crash(client: httpx.Client) -> None:
    """PostgreSQL text cannot hold NUL: such values are refused or found absent up front."""
    assert client.get("/api/events", params={"text": "a\x00b"}).status_code == 400
    assert client.get("/api/events", params={"mode": "riot\x00"}).status_code == 400
    assert client.get("/api/events/e1%00").status_code == 404
    assert client.get("/api/articles/a%00").status_code == 404


def test_openapi_and_docs(client: httpx.Client) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/articles/{article_id}",
            "/api/stats", "/api/extract", "/api/export.csv",
            "/api/export.geojson"} <= set(spec["paths"])
    assert "swagger" in client.get("/docs").text.lower()


# -- schemathesis: generated requests against the running server find no 5xx ---------------
# (schemathesis.pytest.from_fixture does not run under pytest 9, so the operations' Hypothesis
# strategies are driven here directly.)
OPERATIONS = [("GET", "/api/events"), ("GET", "/api/events/{event_id}"),
              ("GET", "/api/articles/{article_id}"), ("GET", "/api/stats"),
              ("POST", "/api/extract"), ("GET", "/api/export.csv"),
              ("GET", "/api/export.geojson")]


@pytest.fixture(scope="module")
def api_schema(base_url: str) -> Any:
    return schemathesis.openapi.from_url(f"{base_url}/openapi.json")


# Negative cases (values the schema forbids) for the operations that have constraints: a
# bare string path parameter has no invalid value to generate.
CASES = [(m, p, GenerationMode.POSITIVE, 30) for m, p in OPERATIONS] + [
    (m, p, GenerationMode.NEGATIVE, 15) for m, p in OPERATIONS if "{" not in p]


@pytest.mark.parametrize("method,path,mode,examples", CASES)
def test_no_server_errors(api_schema: Any, method: str, path: str, mode: GenerationMode,
                          examples: int) -> None:
    operation = api_schema[path][method]

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    def check(case: Any) -> None:
        case.call_and_validate(checks=[not_a_server_error])

    check()


def test_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    from eventwire.store import StoreError

    with pytest.raises(StoreError, match="no such file"):
        create_app(str(tmp_path / "absent.duckdb"))
