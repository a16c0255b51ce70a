"""CSV: one row per event, the flat columns of the events table (``actor1_country`` style)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import Any

from eventwire.export import FLAT_COLUMNS, ExportStats, flat_text

NEEDS_MENTIONS = False


def chunks(events: Iterable[dict[str, Any]], stats: ExportStats) -> Iterator[str]:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=FLAT_COLUMNS, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for e in events:
        w.writerow(flat_text(e))
        stats.rows += 1
        if buf.tell() > 65536:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()
