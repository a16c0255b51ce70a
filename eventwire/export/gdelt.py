"""GDELT-style TSV: the 61 columns of a GDELT 2.0 event table row, tab-separated, no header
(as GDELT ships its *.export.CSV files; ``header=True`` adds one).

Mapping and blanks are in docs/exports.md; code tables in data/gdelt.yml.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import Any

from eventwire.export import ExportStats
from eventwire.export._codes import country_name, fips, table

NEEDS_MENTIONS = True


def columns() -> list[str]:
    return list(table("gdelt")["columns"])


def global_event_id(event_id: str) -> int:
    """A stable integer for our hex id: its first 15 hex digits (fits a signed 64-bit int)."""
    try:
        return int(event_id[:15], 16)
    except ValueError:
        return abs(hash(event_id)) % (1 << 60)


def event_codes(cameo_root: str | None) -> tuple[str, str, str]:
    """(EventCode, EventBaseCode, EventRootCode) from a root ("19") or a finer code ("057")."""
    if not cameo_root:
        return "", "", ""
    code = cameo_root if len(cameo_root) > 2 else cameo_root + "0"
    return code, code[:3], code[:2]


def goldstein(base: str) -> str:
    g = table("gdelt")["goldstein"]
    value = g.get(base, g.get(base[:2] + "0")) if base else None
    return "" if value is None else f"{value:.1f}"


def actor_columns(actor: dict[str, Any] | None) -> list[Any]:
    if not actor:
        return [""] * 10
    type1 = table("gdelt")["cameo_type"].get(actor.get("sector") or "", "")
    country = actor.get("country") or ""
    code = country + type1
    name = (actor.get("name") or actor.get("text") or "").upper()
    return [code, name, country, "", "", "", "", type1, "", ""]


def action_geo(loc: dict[str, Any] | None) -> list[Any]:
    if not loc:
        return [""] * 8
    t = table("gdelt")
    types = t["geo_type_us"] if loc.get("country") == "USA" else t["geo_type"]
    full = ", ".join(dict.fromkeys(
        x for x in (loc.get("name"), loc.get("admin1"), country_name(loc.get("country"))) if x))
    return [
        types.get(loc.get("precision"), ""),
        full,
        fips(loc.get("country")),
        "",
        "",
        "" if loc.get("lat") is None else f"{loc['lat']:.4f}",
        "" if loc.get("lon") is None else f"{loc['lon']:.4f}",
        loc.get("geonames_id") or "",
    ]


def row(event: dict[str, Any]) -> list[Any]:
    d = date.fromisoformat(event["date"]) if event.get("date") else None
    code, base, root = event_codes(event.get("cameo_root"))
    mentions = event.get("mentions") or []
    lead = table("gdelt")["lead_chars"]
    is_root = int(any((m.get("sentence_start") or 0) < lead for m in mentions))
    updated = event.get("updated_at")
    added = datetime.fromisoformat(str(updated)).strftime("%Y%m%d%H%M%S") if updated else ""
    url = next((m["url"] for m in mentions if m.get("url")), "")
    if d:
        day = d.timetuple().tm_yday
        frac = f"{d.year + day / 365:.4f}"
        head = [d.strftime("%Y%m%d"), d.strftime("%Y%m"), d.year, frac]
    else:
        head = ["", "", "", ""]
    return [
        global_event_id(event["event_id"]), *head,
        *actor_columns(event.get("actor1")),
        *actor_columns(event.get("actor2")),
        is_root, code, base, root, event.get("quad_class") or "", goldstein(base),
        event.get("n_mentions") or 0, event.get("n_sources") or 0,
        event.get("n_articles") or 0, "",
        *([""] * 8), *([""] * 8),
        *action_geo(event.get("location")),
        added, url,
    ]


def _cell(v: Any) -> str:
    """GDELT files are not quoted: tabs and line breaks inside a value become spaces."""
    return "" if v is None else _CONTROL.sub(" ", str(v))


_CONTROL = re.compile(r"[\t\r\n]+")


def chunks(events: Iterable[dict[str, Any]], stats: ExportStats,
           header: bool = False) -> Iterator[str]:
    lines: list[str] = []
    if header:
        lines.append("\t".join(columns()) + "\n")
    for e in events:
        lines.append("\t".join(_cell(v) for v in row(e)) + "\n")
        stats.rows += 1
        if len(lines) >= 500:
            yield "".join(lines)
            lines = []
    yield "".join(lines)
