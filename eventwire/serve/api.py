"""The JSON API, every path under /api (docs/api.md). Errors are JSON ``{"error": ...}``."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from eventwire import export, query
from eventwire.query import Filters, QueryError

router = APIRouter(prefix="/api")
_extract_lock = threading.Lock()
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
BBOX_PATTERN = r"^[^,]+,[^,]+,[^,]+,[^,]+$"


def get_cursor(request: Request) -> Iterator[query.Connection]:
    yield from request.app.state.eventwire.cursor()


Cursor = Annotated[query.Connection, Depends(get_cursor)]


def get_filters(
    type: Annotated[list[str] | None, Query(description="PLOVER type; repeat or comma-separate "
                                            "for several.", max_length=50)] = None,
    mode: Annotated[list[str] | None, Query(description="Mode, e.g. aerial, riot, arrest.",
                                            max_length=50)] = None,
    country: Annotated[list[str] | None, Query(
        description="ISO 3166 code or name; matches either actor's country or the "
        "location's.", max_length=50)] = None,
    actor: Annotated[str | None, Query(description="Actor code (SYR.MIL; a bare country "
                                       "code matches its sectors) or name substring.",
                                       max_length=200)] = None,
    since: Annotated[str | None, Query(description="Earliest event date, YYYY-MM-DD "
                                       "(or YYYY-MM, YYYY).", pattern=DATE_PATTERN)] = None,
    until: Annotated[str | None, Query(description="Latest event date, inclusive.",
                                       pattern=DATE_PATTERN)] = None,
    bbox: Annotated[str | None, Query(description="minlon,minlat,maxlon,maxlat",
                                      pattern=BBOX_PATTERN, max_length=200)] = None,
    min_fatalities: Annotated[int | None, Query(ge=0, le=10_000_000)] = None,
    status: Annotated[list[str] | None, Query(description="reported, denied, claimed, "
                                              "threatened, planned, hypothetical",
                                              max_length=50)] = None,
    text: Annotated[str | None, Query(description="Words that must all occur in the "
                                      "event's evidence sentences; \"quote\" phrases.",
                                      max_length=500)] = None,
) -> Filters:
    return Filters(
        event_types=type or [],
        modes=mode or [],
        countries=country or [],
        actor=actor,
        since=query.parse_date(since) if since else None,
        until=query.parse_date(until, end=True) if until else None,
        bbox=query.parse_bbox(bbox) if bbox else None,
        min_fatalities=min_fatalities,
        statuses=status or [],
        text=text,
    )


FiltersDep = Annotated[Filters, Depends(get_filters)]


class EventsPage(BaseModel):
    events: list[dict[str, Any]] = Field(description="Nested events, (date, event_id) order.")
    next_cursor: str | None = Field(description="Pass as ?cursor= for the next page; null at "
                                    "the end.")
    count: int = Field(description="Events in this page.")


class StatsResult(BaseModel):
    by: list[str]
    rows: list[dict[str, Any]]


class ExtractRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, max_length=200_000, description="Article body.")
    published: date | None = Field(None, description="Publication date, anchors relative "
                                   "dates such as 'on Tuesday'.")
    title: str | None = Field(None, max_length=2000)


class ExtractResult(BaseModel):
    article_id: str
    events: list[dict[str, Any]]


class Error(BaseModel):
    error: str


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": Error, "description": "A filter value that cannot be used."},
    422: {"model": Error, "description": "A parameter of the wrong form."},
}


@router.get("/events", response_model=EventsPage, responses=ERRORS)
def list_events(
    cur: Cursor,
    filters: FiltersDep,
    limit: Annotated[int, Query(ge=1, le=query.MAX_PAGE)] = 100,
    cursor: Annotated[str | None, Query(description="next_cursor of the previous page.",
                                        max_length=500)] = None,
    mentions: Annotated[bool, Query(description="Include each event's mentions.")] = False,
) -> dict[str, Any]:
    """Events matching the filters, a page at a time, in (date, event_id) order."""
    if cursor:
        filters.after = query.decode_cursor(cursor)
    events, next_cursor = query.page(cur, filters, limit, with_mentions=mentions)
    return {"events": events, "next_cursor": next_cursor, "count": len(events)}


@router.get("/events/{event_id}", responses={404: {"model": Error}})
def get_event(event_id: str, cur: Cursor) -> dict[str, Any]:
    """One event with its mentions: evidence sentences, spans (article character offsets),
    outlet and article title."""
    event = query.get_event(cur, event_id)
    if event is None:
        raise HTTPException(404, f"no event {event_id}")
    return event


@router.get("/articles/{article_id}", responses={404: {"model": Error}})
def get_article(article_id: str, cur: Cursor) -> dict[str, Any]:
    """One stored article with its text (mention spans index into it)."""
    from eventwire.store import ARTICLE_COLUMNS, _row_article

    if "\x00" in article_id:  # no id holds one, and PostgreSQL text cannot
        raise HTTPException(404, f"no article {article_id!r}")
    row = cur.execute(f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles WHERE article_id = ?",
                      [article_id]).fetchone()
    if row is None:
        raise HTTPException(404, f"no article {article_id}")
    return _row_article(row).to_dict()


@router.get("/stats", response_model=StatsResult, responses=ERRORS)
def get_stats(
    cur: Cursor,
    filters: FiltersDep,
    by: Annotated[list[Literal["type", "country", "month"]] | None,
                  Query(description="Group by; repeat for several.", max_length=3)] = None,
) -> dict[str, Any]:
    """Event counts, fatalities and injured grouped by type, country (of the location)
    and/or month. Summary events are counted apart and add no figures."""
    dims = list(dict.fromkeys(by or ["type"]))
    return {"by": dims, "rows": query.stats(cur, dims, filters)}


@router.post("/extract", response_model=ExtractResult,
             responses={413: {"model": Error, "description": "Body over 200 kB."}, **ERRORS})
def extract(body: ExtractRequest, request: Request) -> dict[str, Any]:
    """Events in a text you post, without storing anything."""
    from eventwire.model import Article, article_id_for

    article = Article(article_id=article_id_for(body.text), text=body.text, title=body.title,
                      published=body.published,
                      published_basis="given" if body.published else "unknown")
    extractor = request.app.state.eventwire.extractor()
    with _extract_lock:
        events = extractor.extract(article)
    return {"article_id": article.article_id, "events": [e.to_dict() for e in events]}


def _export(request: Request, filters: Filters, fmt: str, limit: int | None,
            media_type: str, filename: str) -> StreamingResponse:
    state = request.app.state.eventwire
    # Fail before streaming starts, so a bad filter is a 400, not a broken download.
    sql, params = query.select_sql(filters, limit=0)
    cur = state.store.cursor()
    try:
        cur.execute(sql, params)
    except state.store.Error as e:
        cur.close()
        raise QueryError(str(e).splitlines()[0]) from e

    def body() -> Iterator[str]:
        try:
            events = query.iter_events(cur, filters, limit,
                                       with_mentions=export.needs_mentions(fmt))
            yield from export.chunks(fmt, events)
        finally:
            cur.close()

    return StreamingResponse(body(), media_type=media_type,
                             headers={"Content-Disposition": f'attachment; filename="{filename}"'})


ExportLimit = Annotated[int | None, Query(ge=1, le=10_000_000)]


@router.get("/export.csv", responses={200: {"content": {"text/csv": {}}}, **ERRORS})
def export_csv(request: Request, filters: FiltersDep, limit: ExportLimit = None
               ) -> StreamingResponse:
    """All matching events as CSV (the flat columns of docs/exports.md)."""
    return _export(request, filters, "csv", limit, "text/csv; charset=utf-8", "events.csv")


@router.get("/export.geojson",
            responses={200: {"content": {"application/geo+json": {}}}, **ERRORS})
def export_geojson(request: Request, filters: FiltersDep, limit: ExportLimit = None
                   ) -> StreamingResponse:
    """All matching events that have coordinates, as a GeoJSON FeatureCollection."""
    return _export(request, filters, "geojson", limit, "application/geo+json",
                   "events.geojson")
