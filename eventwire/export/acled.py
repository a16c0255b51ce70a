"""ACLED-style CSV: ACLED's export column layout, filled from what eventwire knows.

Column by column mapping (and the blanks) is in docs/exports.md; the code tables are in
data/acled.yml. Only events with an ACLED type are political violence, demonstrations or
strategic developments in ACLED's sense; the rest are written with a blank event_type so
the user decides (``--type`` narrows the export).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from eventwire.export import ExportStats, csv_chunks, outlets
from eventwire.export._codes import country_name, iso_numeric, table

NEEDS_MENTIONS = True


def columns() -> list[str]:
    return list(table("acled")["columns"])


def inter(actor: dict[str, Any] | None, event_country: str | None) -> str:
    if not actor or not actor.get("sector"):
        return ""
    t = table("acled")
    code = t["inter"].get(actor["sector"])
    if code is None:
        return ""
    if (actor["sector"] in t["state_sectors"] and actor.get("country") and event_country
            and actor["country"] != event_country):
        code = t["external_inter"]
    return str(code)


def interaction(i1: str, i2: str) -> str:
    if i1 and i2:
        return "".join(sorted((i1, i2)))
    return f"{i1 or i2}0" if (i1 or i2) else ""


def row(event: dict[str, Any]) -> dict[str, Any]:
    t = table("acled")
    loc = event.get("location") or {}
    a1, a2 = event.get("actor1") or {}, event.get("actor2") or {}
    country = loc.get("country")
    i1, i2 = inter(a1, country), inter(a2, country)
    acled_type = event.get("acled_event_type") or ""
    mentions = event.get("mentions") or []
    civ = (a2.get("sector") in ("CIVILIAN", "REFUGEE") and acled_type in t["violent_types"])
    updated = event.get("updated_at")
    stamp = ""
    if updated:
        stamp = str(int(datetime.fromisoformat(str(updated)).timestamp()))
    d = event.get("date") or ""
    return {
        "event_id_cnty": event["event_id"],
        "event_date": d,
        "year": d[:4],
        "time_precision": t["time_precision"].get(event.get("date_precision"), ""),
        "disorder_type": t["disorder_type"].get(acled_type, ""),
        "event_type": acled_type,
        "sub_event_type": event.get("acled_sub_event_type") or "",
        "actor1": a1.get("name") or a1.get("text") or "",
        "assoc_actor_1": "",
        "inter1": i1,
        "actor2": a2.get("name") or a2.get("text") or "",
        "assoc_actor_2": "",
        "inter2": i2,
        "interaction": interaction(i1, i2),
        "civilian_targeting": "Civilian targeting" if civ else "",
        "iso": iso_numeric(country),
        "region": "",
        "country": country_name(country),
        "admin1": loc.get("admin1") or "",
        "admin2": "",
        "admin3": "",
        "location": loc.get("name") or loc.get("text") or "",
        "latitude": "" if loc.get("lat") is None else f"{loc['lat']:.4f}",
        "longitude": "" if loc.get("lon") is None else f"{loc['lon']:.4f}",
        "geo_precision": t["geo_precision"].get(loc.get("precision"), ""),
        "source": "; ".join(outlets(event)),
        "source_scale": "",
        "notes": mentions[0]["sentence"] if mentions else "",
        "fatalities": event.get("fatalities") or 0,
        "tags": "",
        "timestamp": stamp,
    }


def chunks(events: Iterable[dict[str, Any]], stats: ExportStats) -> Iterator[str]:
    return csv_chunks((row(e) for e in events), columns(), stats)
