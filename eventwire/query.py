"""Event queries: filters to SQL, pages, nested events with their mentions, and stats.

The SQL is kept portable (DuckDB and PostgreSQL read it the same way): ILIKE with an explicit
ESCAPE, CASE instead of FILTER, date_part for months, IN lists instead of arrays. It is written
with ``?`` placeholders; the functions take a store (``eventwire.store.Store``), one of its
``cursor()`` objects, or a raw DuckDB connection, and a PostgreSQL store translates ``?``
itself (``where_clause(ph="%s")`` serves callers that talk to psycopg directly). Every query
reads the ``events`` table unaliased, because the text filter correlates on ``events.event_id``.
"""

from __future__ import annotations

import base64
import binascii
import calendar
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any, Protocol

import yaml

from eventwire.store import EVENT_COLUMNS

ONTOLOGY = Path(__file__).parent / "extract" / "data" / "ontology.yml"
ORDER_BY = "ORDER BY date ASC NULLS LAST, event_id ASC"
MAX_PAGE = 1000
BATCH = 1000
STAT_DIMENSIONS = {
    "type": "event_type",
    "country": "location_country",
    # date_part, not EXTRACT: both backends have it, and PostgreSQL's EXTRACT returns numeric,
    # which makes its 1M-row stats twice as slow as date_part's double precision.
    "month": "CAST(date_part('year', date) * 100 + date_part('month', date) AS INTEGER)",
}
# An event whose summary_of lists other incidents adds them up: its figures are not new.
IS_SUMMARY = "(summary_of IS NOT NULL AND summary_of NOT IN ('', '[]'))"
_LIKE_ESCAPE = str.maketrans({"\\": "\\\\", "%": "\\%", "_": "\\_"})


class Connection(Protocol):
    """What the query layer needs: ``execute(sql, params)`` returning a DB-API cursor, and
    ``cursor()`` for a second, independent one. A store, a store's ``cursor()`` and a DuckDB
    connection all qualify; those with ``stream(sql, params)`` read big results in batches
    through it."""

    def execute(self, sql: str, params: Any = ...) -> Any: ...


def _stream(con: Connection, sql: str, params: list[Any]) -> Any:
    stream = getattr(con, "stream", None)
    return stream(sql, params) if stream is not None else con.execute(sql, params)


class QueryError(ValueError):
    """A filter value that cannot be used; the message names the parameter."""


@cache
def plover_types() -> frozenset[str]:
    """The PLOVER types, read from the ontology table so there is one list."""
    data = yaml.safe_load(ONTOLOGY.read_text(encoding="utf-8"))
    return frozenset(data["types"])


@dataclass
class Filters:
    """What a user can ask for; every field narrows the result (AND), list values widen (OR)."""

    event_types: list[str] = field(default_factory=list)
    modes: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    actor: str | None = None
    since: date | None = None
    until: date | None = None
    bbox: tuple[float, float, float, float] | None = None
    min_fatalities: int | None = None
    statuses: list[str] = field(default_factory=list)
    text: str | None = None
    after: tuple[date | None, str] | None = None  # cursor: (date, event_id) of the last row seen

    def __post_init__(self) -> None:
        for field_name, param in (("event_types", "type"), ("modes", "mode"),
                                  ("countries", "country"), ("statuses", "status"),
                                  ("actor", "actor"), ("text", "text")):
            if any("\x00" in v for v in _split(getattr(self, field_name))):
                raise QueryError(f"{param}: contains a NUL character")
        self.event_types = [normalise_type(t) for t in _split(self.event_types)]
        self.modes = [m.lower() for m in _split(self.modes)]
        self.statuses = [s.lower() for s in _split(self.statuses)]
        self.countries = [normalise_country(c) for c in _split(self.countries)]
        self.actor = (self.actor or "").strip() or None
        self.text = (self.text or "").strip() or None
        if self.bbox is not None:
            self.bbox = check_bbox(self.bbox)
        if self.min_fatalities is not None and self.min_fatalities < 0:
            raise QueryError("min_fatalities: must be 0 or more")


def _split(values: Sequence[str] | str | None) -> list[str]:
    """Repeated and comma-separated values alike: ["ASSAULT,PROTEST", "COERCE"]."""
    if values is None:
        return []
    if isinstance(values, str):
        values = [values]
    return [p.strip() for v in values for p in v.split(",") if p.strip()]


def normalise_type(value: str) -> str:
    t = value.strip().upper()
    if t not in plover_types():
        known = ", ".join(sorted(plover_types()))
        raise QueryError(f"type: {value!r} is not a PLOVER type ({known})")
    return t


def normalise_country(value: str) -> str:
    """ISO alpha-3 from alpha-3, alpha-2 or an English name; unknown 3-letter codes pass as is
    (actor codes such as XKX are not all in ISO 3166)."""
    import pycountry

    v = value.strip()
    try:
        return str(pycountry.countries.lookup(v).alpha_3)
    except LookupError:
        if re.fullmatch(r"[A-Za-z]{3}", v):
            return v.upper()
        raise QueryError(f"country: {value!r} is not an ISO 3166 code or country name") from None


def check_bbox(bbox: Sequence[float]) -> tuple[float, float, float, float]:
    if len(bbox) != 4:
        raise QueryError("bbox: expected minlon,minlat,maxlon,maxlat")
    minlon, minlat, maxlon, maxlat = (float(x) for x in bbox)
    if not all(-180 <= x <= 180 for x in (minlon, maxlon)) or not all(
        -90 <= y <= 90 for y in (minlat, maxlat)
    ):
        raise QueryError("bbox: longitudes must lie in [-180, 180], latitudes in [-90, 90]")
    if minlat > maxlat:
        raise QueryError("bbox: minlat is greater than maxlat")
    return (minlon, minlat, maxlon, maxlat)


def parse_bbox(text: str) -> tuple[float, float, float, float]:
    try:
        parts = [float(p) for p in text.split(",")]
    except ValueError:
        raise QueryError("bbox: expected four numbers minlon,minlat,maxlon,maxlat") from None
    if any(p != p for p in parts):  # NaN
        raise QueryError("bbox: NaN is not a coordinate")
    return check_bbox(parts)


def parse_date(value: str, end: bool = False) -> date:
    """YYYY-MM-DD, or YYYY-MM / YYYY meaning the first (or with end, the last) day of it."""
    v = value.strip()
    try:
        if re.fullmatch(r"\d{4}", v):
            return date(int(v), 12, 31) if end else date(int(v), 1, 1)
        if m := re.fullmatch(r"(\d{4})-(\d{2})", v):
            y, mo = int(m[1]), int(m[2])
            return date(y, mo, calendar.monthrange(y, mo)[1] if end else 1)
        return date.fromisoformat(v)
    except ValueError:
        raise QueryError(f"{value!r} is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)") from None


def like_pattern(text: str) -> str:
    """A substring pattern for ILIKE ... ESCAPE '\\' that takes the text literally."""
    return "%" + text.translate(_LIKE_ESCAPE) + "%"


def text_terms(text: str) -> list[str]:
    """Words of a --text query; "double quotes" keep a phrase together."""
    return [a or b for a, b in re.findall(r'"([^"]+)"|(\S+)', text) if (a or b).strip()]


def where_clause(f: Filters, ph: str = "?") -> tuple[str, list[Any]]:
    """``WHERE ...`` (or "") and its parameters, for a query ``FROM events``."""
    conds: list[str] = []
    params: list[Any] = []

    def in_list(column: str, values: list[Any]) -> None:
        conds.append(f"{column} IN ({', '.join([ph] * len(values))})")
        params.extend(values)

    if f.event_types:
        in_list("event_type", f.event_types)
    if f.modes:
        in_list("mode", f.modes)
    if f.statuses:
        in_list("status", f.statuses)
    if f.countries:
        marks = ", ".join([ph] * len(f.countries))
        conds.append(
            f"(actor1_country IN ({marks}) OR actor2_country IN ({marks}) "
            f"OR location_country IN ({marks}))"
        )
        params.extend(f.countries * 3)
    if f.actor:
        code = f.actor.upper()
        pat = like_pattern(f.actor)
        parts = []
        for a in ("actor1", "actor2"):
            parts.append(
                f"{a}_code = {ph} OR {a}_code LIKE {ph} ESCAPE '\\' "
                f"OR {a}_name ILIKE {ph} ESCAPE '\\' OR {a}_text ILIKE {ph} ESCAPE '\\'"
            )
            params.extend([code, code.translate(_LIKE_ESCAPE) + ".%", pat, pat])
        conds.append("(" + " OR ".join(parts) + ")")
    if f.since:
        conds.append(f"date >= {ph}")
        params.append(f.since)
    if f.until:
        conds.append(f"date <= {ph}")
        params.append(f.until)
    if f.bbox:
        minlon, minlat, maxlon, maxlat = f.bbox
        conds.append(f"lat BETWEEN {ph} AND {ph}")
        params.extend([minlat, maxlat])
        if minlon <= maxlon:
            conds.append(f"lon BETWEEN {ph} AND {ph}")
        else:  # the box crosses the antimeridian
            conds.append(f"(lon >= {ph} OR lon <= {ph})")
        params.extend([minlon, maxlon])
    if f.min_fatalities is not None:
        conds.append(f"fatalities >= {ph}")
        params.append(f.min_fatalities)
    if f.text:
        for term in text_terms(f.text):
            conds.append(
                "EXISTS (SELECT 1 FROM mentions mt WHERE mt.event_id = events.event_id "
                f"AND mt.sentence ILIKE {ph} ESCAPE '\\')"
            )
            params.append(like_pattern(term))
    if f.after is not None:
        last_date, last_id = f.after
        if last_date is None:
            conds.append(f"(date IS NULL AND event_id > {ph})")
            params.append(last_id)
        else:
            conds.append(
                f"(date > {ph} OR (date = {ph} AND event_id > {ph}) OR date IS NULL)"
            )
            params.extend([last_date, last_date, last_id])
    return ("WHERE " + " AND ".join(conds) if conds else ""), params


# -- cursors --------------------------------------------------------------------------------
def encode_cursor(row: dict[str, Any]) -> str:
    d = row["date"]
    raw = json.dumps([d.isoformat() if d else None, row["event_id"]], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[date | None, str]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        d, event_id = json.loads(raw)
        if not isinstance(event_id, str) or not (d is None or isinstance(d, str)):
            raise ValueError
        return (date.fromisoformat(d) if d else None), event_id
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
        raise QueryError("cursor: not a cursor returned by this API") from None


# -- reading events -------------------------------------------------------------------------
def select_sql(f: Filters, ph: str = "?", limit: int | None = None) -> tuple[str, list[Any]]:
    where, params = where_clause(f, ph)
    sql = f"SELECT {', '.join([*EVENT_COLUMNS, 'updated_at'])} FROM events {where} {ORDER_BY}"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return sql, params


def iter_rows(con: Connection, f: Filters, limit: int | None = None,
              stream: bool = True) -> Iterator[dict[str, Any]]:
    """Flat event rows (the table's columns), in (date, event_id) order, streamed (or, for a
    small known limit, read in one go)."""
    sql, params = select_sql(f, limit=limit)
    cur = _stream(con, sql, params) if stream else con.execute(sql, params)
    cols = [d[0] for d in cur.description]
    while batch := cur.fetchmany(BATCH):
        for r in batch:
            yield dict(zip(cols, r, strict=True))


def iter_events(con: Connection, f: Filters, limit: int | None = None,
                with_mentions: bool = False) -> Iterator[dict[str, Any]]:
    """Nested events (the data contract's shape), optionally with their mentions, streamed.

    Mentions are read per batch through a second cursor: a new query on the cursor that
    streams the events would discard the rows not yet read.
    """
    rows = iter_rows(con, f, limit)
    side = con.cursor() if with_mentions else None  # type: ignore[attr-defined]
    try:
        while batch := [r for _, r in zip(range(BATCH), rows, strict=False)]:
            events = [nest(r) for r in batch]
            if side is not None:
                mentions = mentions_for(side, [e["event_id"] for e in events])
                for e in events:
                    e["mentions"] = mentions.get(e["event_id"], [])
            yield from events
    finally:
        if side is not None:
            side.close()


def page(con: Connection, f: Filters, limit: int, with_mentions: bool = False
         ) -> tuple[list[dict[str, Any]], str | None]:
    """One page of nested events and the cursor for the next page (None at the end)."""
    rows = list(iter_rows(con, f, limit + 1, stream=False))
    more = len(rows) > limit
    rows = rows[:limit]
    events = [nest(r) for r in rows]
    if with_mentions and events:
        mentions = mentions_for(con, [e["event_id"] for e in events])
        for e in events:
            e["mentions"] = mentions.get(e["event_id"], [])
    return events, (encode_cursor(rows[-1]) if more and rows else None)


def get_event(con: Connection, event_id: str) -> dict[str, Any] | None:
    if "\x00" in event_id:  # no id holds one, and PostgreSQL text cannot
        return None
    cur = con.execute(
        f"SELECT {', '.join([*EVENT_COLUMNS, 'updated_at'])} FROM events WHERE event_id = ?",
        [event_id],
    )
    cols = [d[0] for d in cur.description]
    row = cur.fetchone()
    if row is None:
        return None
    event = nest(dict(zip(cols, row, strict=True)))
    event["mentions"] = mentions_for(con, [event_id]).get(event_id, [])
    return event


def find_event_id(con: Connection, prefix: str) -> list[str]:
    """Event ids starting with prefix (for a CLI user typing the first characters)."""
    if "\x00" in prefix:
        return []
    rows = con.execute(
        "SELECT event_id FROM events WHERE event_id LIKE ? ESCAPE '\\' ORDER BY event_id "
        "LIMIT 5",
        [prefix.translate(_LIKE_ESCAPE) + "%"],
    ).fetchall()
    return [r[0] for r in rows]


def mentions_for(con: Connection, event_ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
    """Each event's mentions with sentence, spans (article character offsets) and article."""
    out: dict[str, list[dict[str, Any]]] = {}
    for i in range(0, len(event_ids), BATCH):
        ids = list(event_ids[i : i + BATCH])
        cur = con.execute(
            "SELECT m.event_id, m.mention_id, m.article_id, m.outlet, m.sentence, "
            "m.sentence_start, m.sentence_end, m.record, a.title, a.url, a.published "
            "FROM mentions m LEFT JOIN articles a ON a.article_id = m.article_id "
            f"WHERE m.event_id IN ({', '.join(['?'] * len(ids))}) "
            "ORDER BY m.event_id, a.published ASC NULLS LAST, m.article_id, m.sentence_start, "
            "m.mention_id",
            ids,
        )
        for row in cur.fetchall():
            event_id = row[0]
            out.setdefault(event_id, []).append(_mention(row))
    return out


def _mention(row: Sequence[Any]) -> dict[str, Any]:
    (_, mention_id, article_id, outlet, sentence, s_start, s_end, record, title, url,
     published) = row
    rec = json.loads(record) if record else {}
    m = (rec.get("mentions") or [{}])[0]

    def span(v: Any) -> list[int] | None:
        return [int(v[0]), int(v[1])] if v else None

    return {
        "mention_id": mention_id,
        "article_id": article_id,
        "outlet": outlet,
        "title": title,
        "url": url,
        "published": _iso(published),
        "sentence": sentence,
        "sentence_start": s_start,
        "sentence_end": s_end,
        "trigger": rec.get("trigger"),
        "trigger_span": span(m.get("trigger_span")),
        "actor1_span": span(m.get("actor1_span")),
        "actor2_span": span(m.get("actor2_span")),
        "location_span": span(m.get("location_span")),
        "figure_spans": [span(s) for s in m.get("figure_spans") or [] if s],
        "rule": rec.get("rule"),
    }


def _iso(v: Any) -> str | None:
    if v is None:
        return None
    return v.isoformat() if isinstance(v, (date, datetime)) else str(v)


def _json_list(v: Any) -> list[Any]:
    if v is None or v == "":
        return []
    if isinstance(v, list):
        return v
    try:
        parsed = json.loads(v)
    except ValueError:
        return [v]
    return parsed if isinstance(parsed, list) else [parsed]


def nest(row: dict[str, Any]) -> dict[str, Any]:
    """A flat events-table row to the nested event of the data contract."""

    def actor(k: str) -> dict[str, Any] | None:
        a = {f: row.get(f"{k}_{f}") for f in ("text", "name", "country", "sector", "code")}
        return a if any(v is not None for v in a.values()) else None

    loc = {
        "text": row.get("location_text"), "name": row.get("location_name"),
        "geonames_id": row.get("geonames_id"), "country": row.get("location_country"),
        "admin1": row.get("admin1"), "lat": row.get("lat"), "lon": row.get("lon"),
        "precision": row.get("location_precision"),
    }
    return {
        "event_id": row["event_id"],
        "event_type": row["event_type"],
        "mode": row.get("mode"),
        "context": _json_list(row.get("context")),
        "cameo_root": row.get("cameo_root"),
        "acled_event_type": row.get("acled_event_type"),
        "acled_sub_event_type": row.get("acled_sub_event_type"),
        "quad_class": row.get("quad_class"),
        "actor1": actor("actor1"),
        "actor2": actor("actor2"),
        "location": loc if any(v is not None for v in loc.values()) else None,
        "date": _iso(row.get("date")),
        "date_precision": row.get("date_precision"),
        "date_text": row.get("date_text"),
        "fatalities": row.get("fatalities"),
        "injured": row.get("injured"),
        "casualties_text": row.get("casualties_text"),
        "figures_disagreement": _json_list(row.get("figures_disagreement")),
        "summary_of": _json_list(row.get("summary_of")),
        "status": row.get("status"),
        "attribution": row.get("attribution"),
        "confidence": row.get("confidence"),
        "n_mentions": row.get("n_mentions"),
        "n_articles": row.get("n_articles"),
        "n_sources": row.get("n_sources"),
        "updated_at": _iso(row.get("updated_at")),
    }


# -- stats ----------------------------------------------------------------------------------
def stats(con: Connection, by: Sequence[str], f: Filters | None = None,
          ph: str = "?") -> list[dict[str, Any]]:
    """Events, summaries, fatalities and injured grouped by type, country and/or month.

    A summary event (summary_of non-empty) adds up incidents that are events of their own,
    so it is counted apart and its figures are left out of the sums.
    """
    dims = list(dict.fromkeys(by)) or ["type"]
    unknown = [d for d in dims if d not in STAT_DIMENSIONS]
    if unknown:
        raise QueryError(f"by: {unknown[0]!r} is not one of {', '.join(STAT_DIMENSIONS)}")
    where, params = where_clause(f or Filters(), ph)
    select = [f"{STAT_DIMENSIONS[d]} AS {d}" for d in dims]
    group = ", ".join(str(i + 1) for i in range(len(dims)))
    sql = (
        f"SELECT {', '.join(select)}, "
        f"SUM(CASE WHEN {IS_SUMMARY} THEN 0 ELSE 1 END) AS events, "
        f"SUM(CASE WHEN {IS_SUMMARY} THEN 1 ELSE 0 END) AS summaries, "
        f"SUM(CASE WHEN {IS_SUMMARY} THEN NULL ELSE fatalities END) AS fatalities, "
        f"SUM(CASE WHEN {IS_SUMMARY} THEN NULL ELSE injured END) AS injured "
        f"FROM events {where} GROUP BY {group} "
        f"ORDER BY {', '.join(f'{i + 1} ASC NULLS LAST' for i in range(len(dims)))}"
    )
    cur = con.execute(sql, params)
    cols = [d[0] for d in cur.description]
    out = []
    for r in cur.fetchall():
        row = dict(zip(cols, r, strict=True))
        if "month" in row and row["month"] is not None:
            m = int(row["month"])
            row["month"] = f"{m // 100:04d}-{m % 100:02d}"
        for k in ("events", "summaries", "fatalities", "injured"):
            row[k] = int(row[k]) if row[k] is not None else (None if k in
                                                             ("fatalities", "injured") else 0)
        out.append(row)
    return out
