"""GeoJSON (RFC 7946): a FeatureCollection of points, one per event that has coordinates.

Properties are the flat CSV columns minus lat/lon (which are the geometry), so GIS tools
see scalar attributes. Events without coordinates are counted in ``stats.skipped``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from eventwire.export import ExportStats, flat_text

NEEDS_MENTIONS = False


def feature(event: dict[str, Any]) -> dict[str, Any] | None:
    loc = event.get("location") or {}
    if loc.get("lat") is None or loc.get("lon") is None:
        return None
    props = {k: v for k, v in flat_text(event).items() if k not in ("lat", "lon")}
    return {
        "type": "Feature",
        "id": event["event_id"],
        "geometry": {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]},
        "properties": props,
    }


def chunks(events: Iterable[dict[str, Any]], stats: ExportStats) -> Iterator[str]:
    yield '{"type": "FeatureCollection", "features": [\n'
    first = True
    for e in events:
        f = feature(e)
        if f is None:
            stats.skipped += 1
            continue
        stats.rows += 1
        yield ("" if first else ",\n") + json.dumps(f, ensure_ascii=False, default=str)
        first = False
    yield "\n]}\n"
