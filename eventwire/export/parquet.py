"""Parquet: the flat columns with real types (lists stay lists), written with pyarrow.

With ``partition_by_month`` the output is a directory in Hive layout (``month=2024-03/``),
which pandas, pyarrow, DuckDB and Spark read as one table with a ``month`` column.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from eventwire.export import ExportStats, flatten

BATCH = 10_000
INT = ("quad_class", "fatalities", "injured", "n_mentions", "n_articles", "n_sources")
FLOAT = ("lat", "lon", "confidence")
LISTS = ("context", "summary_of")


def schema(partitioned: bool = False) -> pa.Schema:
    from eventwire.export import FLAT_COLUMNS

    fields = []
    for c in FLAT_COLUMNS:
        if c in INT:
            t = pa.int32()
        elif c == "geonames_id":
            t = pa.int64()
        elif c in FLOAT:
            t = pa.float64()
        elif c == "date":
            t = pa.date32()
        elif c in LISTS:
            t = pa.list_(pa.string())
        else:
            t = pa.string()
        fields.append(pa.field(c, t))
    if partitioned:
        fields.append(pa.field("month", pa.string()))
    return pa.schema(fields)


def _row(event: dict[str, Any], partitioned: bool) -> dict[str, Any]:
    flat = flatten(event)
    fd = flat.get("figures_disagreement")
    flat["figures_disagreement"] = json.dumps(fd) if fd else None
    flat["summary_of"] = [str(x) for x in flat.get("summary_of") or []]
    if isinstance(flat.get("date"), str):
        from datetime import date

        flat["date"] = date.fromisoformat(flat["date"])
    if partitioned:
        flat["month"] = flat["date"].strftime("%Y-%m") if flat.get("date") else "unknown"
    return flat


def _batches(events: Iterable[dict[str, Any]], sch: pa.Schema, stats: ExportStats,
             partitioned: bool) -> Iterator[pa.RecordBatch]:
    rows: list[dict[str, Any]] = []
    for e in events:
        rows.append(_row(e, partitioned))
        stats.rows += 1
        if len(rows) >= BATCH:
            yield pa.RecordBatch.from_pylist(rows, schema=sch)
            rows = []
    if rows:
        yield pa.RecordBatch.from_pylist(rows, schema=sch)


def write(events: Iterable[dict[str, Any]], path: str | Path,
          partition_by_month: bool = False) -> ExportStats:
    """Write events to ``path`` (a file, or with partition_by_month a directory, replaced)."""
    stats = ExportStats()
    path = Path(path)
    sch = schema(partition_by_month)
    if not partition_by_month:
        with pq.ParquetWriter(path, sch) as w:
            for b in _batches(events, sch, stats, False):
                w.write_batch(b)
        return stats
    if path.exists():
        if not path.is_dir():
            raise ValueError(f"{path} exists and is not a directory")
        shutil.rmtree(path)
    reader = pa.RecordBatchReader.from_batches(sch, _batches(events, sch, stats, True))
    ds.write_dataset(reader, path, format="parquet",
                     partitioning=ds.partitioning(pa.schema([pa.field("month", pa.string())]),
                                                  flavor="hive"),
                     basename_template="events-{i}.parquet",
                     existing_data_behavior="overwrite_or_ignore")
    return stats
