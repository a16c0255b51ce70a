"""Exports: one module per format, all fed the nested events of ``eventwire.query``.

Text formats expose ``chunks(events, stats, **options)`` yielding text, so the CLI can write
a file and the REST API can stream a response from the same code. Parquet is binary and
writes to a path (optionally a directory partitioned by month).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import IO, Any

from eventwire.model import flatten_event
from eventwire.store import EVENT_COLUMNS

FLAT_COLUMNS = list(EVENT_COLUMNS)


@dataclass
class ExportStats:
    """What an export wrote, and what it had to leave out (e.g. events with no point)."""

    rows: int = 0
    skipped: int = 0


def flatten(event: dict[str, Any]) -> dict[str, Any]:
    """A nested event to the flat ``actor1_country`` style columns, lists kept as lists."""
    flat = flatten_event(event)
    return {c: flat.get(c) for c in FLAT_COLUMNS}


def flat_text(event: dict[str, Any]) -> dict[str, Any]:
    """Flat columns as CSV cells: lists of words joined by ';', structured values as JSON."""
    flat = flatten(event)
    flat["context"] = ";".join(flat.get("context") or [])
    flat["summary_of"] = ";".join(str(x) for x in flat.get("summary_of") or [])
    fd = flat.get("figures_disagreement")
    flat["figures_disagreement"] = json.dumps(fd) if fd else ""
    return flat


def csv_chunks(rows: Iterable[dict[str, Any]], fieldnames: list[str], stats: ExportStats
               ) -> Iterator[str]:
    """CSV text in pieces of about 64 kB, for streaming a large export."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=fieldnames, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow(r)
        stats.rows += 1
        if buf.tell() > 65536:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


def outlets(event: dict[str, Any]) -> list[str]:
    """Distinct outlets of an event's mentions, in mention order."""
    return list(dict.fromkeys(m["outlet"] for m in event.get("mentions") or [] if m.get("outlet")))


def _modules() -> dict[str, ModuleType]:
    from eventwire.export import acled, flat_csv, gdelt, geojson, jsonl

    return {"csv": flat_csv, "jsonl": jsonl, "geojson": geojson, "acled-csv": acled,
            "gdelt-csv": gdelt}


TEXT_FORMATS = ("csv", "jsonl", "geojson", "acled-csv", "gdelt-csv")
FORMATS = (*TEXT_FORMATS, "parquet")


def text_module(fmt: str) -> ModuleType:
    try:
        return _modules()[fmt]
    except KeyError:
        raise ValueError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}") from None


def needs_mentions(fmt: str) -> bool:
    return fmt != "parquet" and bool(getattr(text_module(fmt), "NEEDS_MENTIONS", False))


def chunks(fmt: str, events: Iterable[dict[str, Any]], stats: ExportStats | None = None,
           **options: Any) -> Iterator[str]:
    chunker: Callable[..., Iterator[str]] = text_module(fmt).chunks
    return chunker(events, stats if stats is not None else ExportStats(), **options)


def write_text(fmt: str, events: Iterable[dict[str, Any]], fp: IO[str],
               **options: Any) -> ExportStats:
    stats = ExportStats()
    for chunk in chunks(fmt, events, stats, **options):
        fp.write(chunk)
    return stats
