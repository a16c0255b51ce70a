"""JSON Lines: one nested event per line, with its mentions (sentence, spans, outlet)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from eventwire.export import ExportStats

NEEDS_MENTIONS = True


def chunks(events: Iterable[dict[str, Any]], stats: ExportStats) -> Iterator[str]:
    for e in events:
        stats.rows += 1
        yield json.dumps(e, ensure_ascii=False, default=str) + "\n"
