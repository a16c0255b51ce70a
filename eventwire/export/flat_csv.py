"""CSV: one row per event, the flat columns of the events table (``actor1_country`` style)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from eventwire.export import FLAT_COLUMNS, ExportStats, csv_chunks, flat_text

NEEDS_MENTIONS = False


def chunks(events: Iterable[dict[str, Any]], stats: ExportStats) -> Iterator[str]:
    return csv_chunks((flat_text(e) for e in events), FLAT_COLUMNS, stats)
