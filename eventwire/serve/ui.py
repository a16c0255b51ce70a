"""The analysts' web page: static files at /static, the page at /, and one lean endpoint.

The page (static/index.html + static/js/) is plain ES modules over the JSON API; its map
assets (Leaflet, topojson-client, Natural Earth borders) are vendored from npm into
static/vendor/ by scripts/vendor_assets.py and committed, so nothing is fetched at run time.

GET /api/events/points exists because the map wants every matching event at once: the nested
events of /api/events cost ~1 kB each, a map point needs six values. It answers columns, not
rows (``{"count", "types", "id", "lat", "lon", "type", "fatalities", "day"}``, ``type`` an
index into ``types``, ``day`` days since 1970-01-01, header X-Truncated: 1 when ``limit``
cut it), about a tenth of the bytes of nested events, and quick to parse in the browser.
"""

from __future__ import annotations

import json
import zlib
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.responses import FileResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from eventwire import query
from eventwire.serve.api import Cursor, FiltersDep

STATIC = Path(__file__).parent / "static"
MAX_POINTS = 5_000_000
# Gzip only what is worth it: a points answer for 100k events is ~5 MB of JSON, ~1.3 MB gzipped.
GZIP_OVER = 64_000

# Article and mention text reaches the page only through textContent; the policy is a second
# line: no inline or foreign script even if a bug ever put markup into the DOM.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)
PAGE_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
}

DAY = "(date - DATE '1970-01-01')"  # days since the epoch: a small integer per event
ORDER = "ORDER BY date ASC NULLS LAST, event_id ASC"
_FILTERED = ("WITH f AS (SELECT event_id, lat, lon, event_type, fatalities, date FROM events "
             "{where} {order} LIMIT {limit}), ")


def _duckdb_column(expr: str) -> str:
    return f"coalesce(list({expr} {{order}}), [])"


def _postgres_column(expr: str) -> str:
    return f"coalesce(json_agg({expr} {{order}}), '[]'::json)"


# The same JSON document in each dialect: DuckDB lists, PostgreSQL json_agg (and GROUP BY
# instead of any_value, which PostgreSQL 15 lacks).
DUCKDB_POINTS = (
    _FILTERED + "t AS (SELECT coalesce(list(DISTINCT event_type ORDER BY event_type), []) "
    "AS types FROM f) "
    "SELECT json_object('count', count(*), 'types', any_value(t.types), "
    f"'id', {_duckdb_column('event_id')}, 'lat', {_duckdb_column('lat')}, "
    f"'lon', {_duckdb_column('lon')}, "
    f"'type', {_duckdb_column('list_position(t.types, event_type) - 1')}, "
    f"'fatalities', {_duckdb_column('fatalities')}, "
    f"'day', {_duckdb_column(DAY)})::VARCHAR, count(*) FROM f, t"
)
POSTGRES_POINTS = (
    _FILTERED + "t AS (SELECT coalesce(array_agg(DISTINCT event_type ORDER BY event_type), "
    "ARRAY[]::text[]) AS types FROM f) "
    "SELECT json_build_object('count', count(*), 'types', to_json(t.types), "
    f"'id', {_postgres_column('event_id')}, 'lat', {_postgres_column('lat')}, "
    f"'lon', {_postgres_column('lon')}, "
    f"'type', {_postgres_column('array_position(t.types, event_type) - 1')}, "
    f"'fatalities', {_postgres_column('fatalities')}, "
    f"'day', {_postgres_column(DAY)})::text, count(*) FROM f, t GROUP BY t.types"
)

router = APIRouter()


@router.get("/api/events/points", tags=["web page"])
def event_points(
    request: Request,
    cur: Cursor,
    filters: FiltersDep,
    limit: Annotated[int, Query(ge=1, le=MAX_POINTS)] = MAX_POINTS,
) -> Response:
    """Every matching event as map columns: id, lat, lon, type, fatalities, day.

    The database builds the JSON itself (one list per column, all in the same order), which
    is ~2.5x faster than Python rows for 100k events and leaves the GIL to other requests.
    """
    where, params = query.where_clause(filters)
    build = POSTGRES_POINTS if request.app.state.eventwire.store.dialect == "postgres" \
        else DUCKDB_POINTS
    row = cur.execute(build.format(where=where, order=ORDER, limit=int(limit)),
                      params).fetchone()
    text, count = row if row is not None else (None, 0)
    if not count:  # the cross join with an empty f yields no types row
        text = json.dumps({"count": 0, "types": [], "id": [], "lat": [], "lon": [], "type": [],
                           "fatalities": [], "day": []})
    data = text.encode()
    headers = {
        "Cache-Control": "no-cache",
        "Vary": "Accept-Encoding",
        "X-Truncated": "1" if count >= limit else "0",
    }
    if len(data) > GZIP_OVER and "gzip" in request.headers.get("accept-encoding", ""):
        packer = zlib.compressobj(1, zlib.DEFLATED, 31)  # gzip framing, 2x gzip.compress
        data = packer.compress(data) + packer.flush()
        headers["Content-Encoding"] = "gzip"
    return Response(data, media_type="application/json", headers=headers)


@router.get("/", include_in_schema=False)
def index() -> FileResponse:
    return FileResponse(STATIC / "index.html", media_type="text/html", headers=PAGE_HEADERS)


@router.get("/article/{article_id}", include_in_schema=False)
def article_page(article_id: str) -> RedirectResponse:
    """A readable address for an article: the page shows it at /#article=ID."""
    from urllib.parse import quote

    return RedirectResponse(f"/#article={quote(article_id, safe='')}", status_code=307)


def mount_ui(app: FastAPI) -> None:
    """Serve the page at / and its assets at /static on an app built by create_app.

    The points route goes first in the routing table: the API's /api/events/{event_id} would
    otherwise take "points" for an event id.
    """
    before = len(app.router.routes)
    app.include_router(router)
    added = app.router.routes[before:]
    del app.router.routes[before:]
    app.router.routes[0:0] = added
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
