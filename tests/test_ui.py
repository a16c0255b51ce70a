"""The analysts' web page, end to end: the real app (create_app) on a loopback port over a store
built from the bundled demo corpus, driven by Playwright in headless Debian Chromium.

Each step leaves a screenshot in tests/ui_artifacts/ (ignored by git) to look at when a step
fails. Skips only when /usr/bin/chromium is missing (scripts/setup_system.sh installs it).
"""

from __future__ import annotations

import csv
import io
import json
import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode

import httpx
import pytest

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(
        "web page tests need Debian's chromium at /usr/bin/chromium "
        "(apt-get install chromium, or bash scripts/setup_system.sh)",
        allow_module_level=True,
    )

import uvicorn  # noqa: E402
from click.testing import CliRunner  # noqa: E402
from playwright.sync_api import Browser, Page, expect, sync_playwright  # noqa: E402

from eventwire.api import run  # noqa: E402
from eventwire.cli import main as cli_main  # noqa: E402
from eventwire.serve import create_app  # noqa: E402

ARTIFACTS = Path(__file__).parent / "ui_artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCRIPT = "<script>window.__pwned=1</script>"
IMG = '<img src=x onerror="window.__pwned=1">'
# An article of our own whose text and title carry markup that must stay text.
HOSTILE = {
    "text": (
        "BELGRADE (Test Wire) - Police in Belgrade arrested 40 students on Monday who "
        f"carried banners reading {SCRIPT} and {IMG}, the interior ministry said.\n\n"
        "The students had marched to parliament earlier in the day."
    ),
    "title": f"Police detain <b>students</b> {IMG}",
    "published": "2025-03-04",
    "outlet": "Test Wire",
}


def shot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    ignore = ARTIFACTS / ".gitignore"
    if not ignore.exists():
        ignore.write_text("*\n", encoding="utf-8")
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    tmp = tmp_path_factory.mktemp("ui")
    db = str(tmp / "ui.duckdb")
    result = CliRunner().invoke(cli_main, ["demo", "--db", db])
    assert result.exit_code == 0, result.output
    hostile = tmp / "hostile.jsonl"
    hostile.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    run([str(hostile)], db=db)
    return db


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def base_url(store: str) -> Iterator[str]:
    app = create_app(store)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def api(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=30) as client:
        yield client


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1400, "height": 850}, accept_downloads=True)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    yield pg
    context.close()
    assert not errors, f"uncaught errors in the page: {errors}"


# A lone event drawn on the map, clear of buttons and popups: [x, y, event id] or null.
FIND_SINGLE_EVENT = """() => {
    const m = window.eventwire.map;
    const size = m.map.getSize();
    const r = document.getElementById("map").getBoundingClientRect();
    const c = m.clusters.find((c) => c.count === 1 && c.px > 10 && c.py > 10
        && c.px < size.x - 10 && c.py < size.y - 40 && m._hit({x: c.px, y: c.py}) === c
        && document.elementFromPoint(r.left + c.px, r.top + c.py)?.tagName === "CANVAS");
    return c ? [c.px, c.py, m.points.ids[c.first]] : null;
}"""
# Resolves after the browser has drawn two more frames (the map redraws on the next one).
NEXT_FRAMES = """() => new Promise((done) =>
    requestAnimationFrame(() => requestAnimationFrame(() => done(true))))"""


def settle(page: Page) -> None:
    """Wait until the page has drawn everything for the URL it is at."""
    current = page.evaluate("() => location.hash || '#'")
    page.wait_for_selector(f'body[data-rendered="{current}"]', state="attached", timeout=20000)


def open_page(page: Page, url: str) -> None:
    page.goto(url)
    settle(page)


def hash_params(page: Page) -> dict[str, str]:
    frag = page.url.split("#", 1)[1] if "#" in page.url else ""
    return {k: v[0] for k, v in parse_qs(frag).items()}


def all_events(api: httpx.Client, **filters: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    params: dict[str, Any] = {**filters, "limit": 1000}
    while True:
        r = api.get("/api/events", params=params)
        assert r.status_code == 200, r.text
        body = r.json()
        out += body["events"]
        if not body["next_cursor"]:
            return out
        params["cursor"] = body["next_cursor"]


def test_points_endpoint_matches_events(api: httpx.Client) -> None:
    pts = api.get("/api/events/points", params={"type": "ASSAULT"}).json()
    events = all_events(api, type="ASSAULT")
    assert pts["count"] == len(events) > 0
    assert set(pts["id"]) == {e["event_id"] for e in events}
    assert pts["types"] == ["ASSAULT"] and set(pts["type"]) == {0}
    by_id = {e["event_id"]: e for e in events}
    for i, eid in enumerate(pts["id"]):
        e = by_id[eid]
        loc = e["location"] or {}
        assert (pts["lat"][i], pts["lon"][i]) == (loc.get("lat"), loc.get("lon"))
        assert pts["fatalities"][i] == e["fatalities"]
    empty = api.get("/api/events/points", params={"since": "2100-01-01"}).json()
    assert empty == {
        "count": 0,
        "types": [],
        "id": [],
        "lat": [],
        "lon": [],
        "type": [],
        "fatalities": [],
        "day": [],
    }
    texts = api.get("/api/events/points", params={"text": "banners"}).json()
    assert texts["id"] == [e["event_id"] for e in all_events(api, text="banners")]
    assert api.get("/api/events/points", params={"country": "ZZZZ"}).status_code == 400


def test_page_loads_map_timeline_and_list(page: Page, base_url: str, api: httpx.Client) -> None:
    open_page(page, base_url + "/")
    total = api.get("/api/events/points").json()
    located = sum(1 for lat in total["lat"] if lat is not None)
    ready = page.evaluate("() => window.__ewReady")
    assert ready["points"] == total["count"]
    assert page.evaluate("() => window.eventwire.map.shown") == located
    expect(page.locator("#status")).to_contain_text(f"{total['count']} events match")
    assert page.locator("#timeline .tl-bars rect").count() > 0
    assert page.locator("#event-list li.event-item").count() == min(100, total["count"])
    assert page.locator(".leaflet-overlay-pane canvas, .leaflet-overlay-pane path").count() > 0
    shot(page, "01-loaded")


def test_filter_by_type_and_date_then_evidence(
    page: Page, base_url: str, api: httpx.Client
) -> None:
    open_page(page, base_url + "/")
    page.select_option("#f-type", "ASSAULT")
    expect(page).to_have_url(re.compile(r"type=ASSAULT"))
    settle(page)
    page.fill("#f-since", "2022-01-01")
    page.fill("#f-until", "2025-12-31")
    expect(page).to_have_url(re.compile(r"until=2025-12-31"))
    settle(page)
    shot(page, "02-filtered")
    params = hash_params(page)
    assert params["type"] == "ASSAULT" and params["since"] == "2022-01-01"
    expected = all_events(api, type="ASSAULT", since="2022-01-01", until="2025-12-31")
    assert expected
    items = page.locator("#event-list li.event-item")
    expect(items).to_have_count(min(100, len(expected)))
    for t in items.locator(".ev-type").all_inner_texts():
        assert t.startswith("ASSAULT")
    for d in items.locator(".ev-date").all_inner_texts():
        assert "2022-01-01" <= d <= "2025-12-31"
    on_map = sum(1 for e in expected if (e["location"] or {}).get("lat") is not None)
    assert page.evaluate("() => window.eventwire.map.shown") == on_map

    # The state is in the URL: a reload shows the same filters.
    page.reload()
    settle(page)
    assert page.input_value("#f-type") == "ASSAULT"
    assert page.input_value("#f-since") == "2022-01-01"

    # Open the event with evidence that has a trigger span; its words are marked.
    target = next(
        e
        for e in expected
        if any(
            m.get("trigger_span")
            for m in api.get(f"/api/events/{e['event_id']}").json()["mentions"]
        )
    )
    page.click(f'#event-list li[data-id="{target["event_id"]}"] button')
    expect(page.locator("#evidence-view")).to_be_visible()
    settle(page)
    assert hash_params(page)["event"] == target["event_id"]
    full = api.get(f"/api/events/{target['event_id']}").json()
    first = next(m for m in full["mentions"] if m.get("trigger_span"))
    s, e = (x - first["sentence_start"] for x in first["trigger_span"])
    triggers = page.locator("#evidence mark.hl-trigger").all_inner_texts()
    assert first["sentence"][s:e] in triggers
    assert page.locator("#evidence .m-outlet").count() == len(full["mentions"])
    if first.get("rule"):
        expect(page.locator("#evidence .m-rule").first).to_contain_text(first["rule"])
    shot(page, "03-evidence")

    # The article link shows the article with the mention marked in place.
    page.locator("#evidence a.m-title").first.click()
    settle(page)
    expect(page.locator("#article-view")).to_be_visible()
    assert page.locator("#article .art-text mark").count() > 0
    shot(page, "04-article")


def test_map_click_opens_evidence(page: Page, base_url: str) -> None:
    page.set_viewport_size({"width": 1400, "height": 850})  # before layout: no stale pixels
    open_page(page, base_url + "/#type=ASSAULT")
    hit = None
    for _ in range(13):  # every event may sit in a cluster at this zoom: zoom until one splits
        page.evaluate(NEXT_FRAMES)
        hit = page.evaluate(FIND_SINGLE_EVENT)
        if hit:
            break
        page.evaluate("() => window.eventwire.map.map.zoomIn(2, {animate: false})")
    assert hit, "no single event drawn on the map"
    settle(page)
    page.evaluate(NEXT_FRAMES)
    hit = page.evaluate(FIND_SINGLE_EVENT) or hit  # where it is drawn now
    box = page.locator("#map").bounding_box()
    assert box
    page.mouse.click(box["x"] + hit[0], box["y"] + hit[1])
    expect(page).to_have_url(re.compile("event=" + hit[2]))
    settle(page)
    expect(page.locator("#evidence-view")).to_be_visible()
    expect(page.locator("#evidence .ev-title")).to_contain_text("ASSAULT")
    shot(page, "05-map-click")


def test_timeline_brush_filters_map(page: Page, base_url: str, api: httpx.Client) -> None:
    open_page(page, base_url + "/#g=month")
    total = page.evaluate("() => window.eventwire.map.shown")
    box = page.locator("#timeline").bounding_box()
    assert box
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.55, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.75, y, steps=5)
    page.mouse.move(box["x"] + box["width"] * 0.98, y, steps=5)
    page.mouse.up()
    expect(page).to_have_url(re.compile(r"since=\d{4}-\d{2}-01.*until=\d{4}-\d{2}-\d{2}"))
    settle(page)
    shot(page, "06-brushed")
    params = hash_params(page)
    pts = api.get(
        "/api/events/points", params={"since": params["since"], "until": params["until"]}
    ).json()
    located = sum(1 for lat in pts["lat"] if lat is not None)
    shown = page.evaluate("() => window.eventwire.map.shown")
    assert shown == located < total
    assert page.input_value("#f-since") == params["since"]
    everything = api.get("/api/events/points").json()["count"]
    expect(page.locator("#status")).to_contain_text(f"{pts['count']} of {everything} events match")
    # A click without a drag clears the range.
    page.mouse.click(box["x"] + box["width"] * 0.3, y)
    expect(page).not_to_have_url(re.compile("since="))
    settle(page)
    assert page.evaluate("() => window.eventwire.map.shown") == total


def test_export_csv_of_current_filter(page: Page, base_url: str, api: httpx.Client) -> None:
    open_page(page, base_url + "/#" + urlencode({"type": "ASSAULT", "since": "2022-01-01"}))
    expected = all_events(api, type="ASSAULT", since="2022-01-01")
    with page.expect_download() as info:
        page.click("#export-csv")
    download = info.value
    content = Path(download.path()).read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(content)))
    assert len(rows) == len(expected) > 0
    assert {r["event_type"] for r in rows} == {"ASSAULT"}
    assert {r["event_id"] for r in rows} == {e["event_id"] for e in expected}
    assert all(r["date"] >= "2022-01-01" for r in rows)
    href = page.get_attribute("#export-geojson", "href") or ""
    geo = api.get(href).json()
    assert geo["type"] == "FeatureCollection"
    assert all(f["properties"]["event_type"] == "ASSAULT" for f in geo["features"])
    shot(page, "07-export")


def test_bad_filter_is_reported(page: Page, base_url: str) -> None:
    open_page(page, base_url + "/#country=ZZZZ")
    expect(page.locator("#status")).to_have_class(re.compile("error"))
    expect(page.locator("#status")).to_contain_text("country")


def test_hostile_article_text_is_shown_not_run(
    page: Page, base_url: str, api: httpx.Client
) -> None:
    events = all_events(api, text="banners")
    assert events, "the hostile test article produced no event"
    event = api.get(f"/api/events/{events[0]['event_id']}").json()
    article_id = event["mentions"][0]["article_id"]

    open_page(page, f"{base_url}/#event={event['event_id']}")
    evidence = page.locator("#evidence")
    expect(evidence.locator(".m-sentence").first).to_contain_text(SCRIPT)
    expect(evidence.locator(".m-sentence").first).to_contain_text(IMG)
    expect(evidence.locator("a.m-title").first).to_have_text(HOSTILE["title"])
    assert evidence.locator("mark.hl-trigger").count() > 0
    assert page.locator("#side img, #side script, #side b").count() == 0
    shot(page, "08-hostile-evidence")

    open_page(page, f"{base_url}/#article={article_id}")
    text = page.locator("#article .art-text")
    expect(text).to_contain_text(SCRIPT)
    expect(text).to_contain_text(IMG)
    expect(page.locator("#article .art-title")).to_have_text(HOSTILE["title"])
    assert page.locator("#article img, #article script, #article b").count() == 0
    assert "null" not in page.locator("#article").inner_text()
    time.sleep(0.2)  # an onerror handler would have fired by now
    assert page.evaluate("() => window.__pwned") is None
    shot(page, "09-hostile-article")

    # /article/ID is a readable address for the same view.
    page.goto(f"{base_url}/article/{article_id}")
    settle(page)
    expect(page.locator("#article .art-text")).to_contain_text(SCRIPT)
