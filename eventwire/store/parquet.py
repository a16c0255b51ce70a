"""A read-only store over a Parquet directory written by the Spark engine.

Layout (``eventwire run --engine spark --output DIR``)::

    DIR/_eventwire.json              marker: format, schema version, extractor version, counts
    DIR/articles/month=YYYY-MM/*.parquet
    DIR/mentions/month=YYYY-MM/*.parquet
    DIR/events/month=YYYY-MM/*.parquet      (month=unknown when there is no date)

Every table has exactly the columns of the store table of the same name (migrations/*.sql), so
an in-memory DuckDB database whose ``articles``, ``mentions`` and ``events`` are views over
``read_parquet(...)`` answers the same SQL as a DuckDB store: the query, export and serve
commands work on it unchanged. Tables the engine does not write (actors, places) are the empty
tables of the schema.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb

from eventwire.store.base import StoreError, migrations
from eventwire.store.duckdb import DuckDBStore

MARKER = "_eventwire.json"
FORMAT = "eventwire-parquet"
TABLES = ("articles", "mentions", "events")


def table_columns() -> dict[str, list[tuple[str, str]]]:
    """(column, DuckDB type) per store table, in table order, read from the migrations by
    applying them to an empty in-memory database: the Parquet tables follow the schema as it
    evolves without a second copy of it."""
    con = duckdb.connect(":memory:")
    try:
        for _, sql in migrations():
            con.execute(sql)
        out: dict[str, list[tuple[str, str]]] = {}
        for table in TABLES:
            rows = con.execute(f"DESCRIBE {table}").fetchall()
            out[table] = [(r[0], r[1]) for r in rows]
        return out
    finally:
        con.close()


def is_parquet_store(path: str | Path) -> bool:
    """True when ``path`` is a directory written by the Spark engine (it has the marker)."""
    return (Path(path) / MARKER).is_file()


def read_marker(path: str | Path) -> dict[str, Any]:
    try:
        return json.loads((Path(path) / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise StoreError(f"cannot open store {path}: not an eventwire Parquet directory "
                         f"({e.__class__.__name__})") from e


def _quote(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def _glob_escape(path: str) -> str:
    """A literal path inside a DuckDB glob: its own glob characters become one-character
    classes (``local[2]`` in a directory name must not be read as a pattern)."""
    return "".join(f"[{ch}]" if ch in "[*?" else ch for ch in path)


class ParquetStore(DuckDBStore):
    """The Store interface over Parquet files: the DuckDB backend's hooks on an in-memory
    database whose tables are views, so every read method works unchanged; every write
    raises StoreError, because the files belong to the engine that wrote them (re-run it)."""

    def __init__(self, path: str | Path, read_only: bool = True) -> None:
        self.path = self.name = str(path)
        self.read_only = True
        self._depth = 0
        root = Path(path)
        if not root.is_dir():
            raise StoreError(f"cannot open store {self.path}: no such directory")
        marker = read_marker(root)
        if marker.get("format") != FORMAT:
            raise StoreError(f"cannot open store {self.path}: not an eventwire Parquet directory")
        self.marker = marker
        self._refuse_newer(int(marker.get("schema_version") or 0))
        self.con = duckdb.connect(":memory:")
        try:
            for _, sql in migrations():
                self.con.execute(sql)
            for table, cols in table_columns().items():
                if not any((root / table).rglob("*.parquet")):
                    continue  # nothing written (an empty table): keep the schema's empty table
                glob = _quote(_glob_escape(str((root / table).resolve())) + "/**/*.parquet")
                select = ", ".join(f'CAST("{c}" AS {t}) AS "{c}"' for c, t in cols)
                self.con.execute(f"DROP TABLE {table}")
                self.con.execute(f"CREATE VIEW {table} AS SELECT {select} FROM "
                                 f"read_parquet({glob}, hive_partitioning = false)")
        except duckdb.Error as e:
            self.con.close()
            raise StoreError(f"cannot open store {self.path}: {str(e).splitlines()[0]}") from e

    def _read_only(self, *_: Any, **__: Any) -> Any:
        raise StoreError(f"store {self.path} is a read-only Parquet directory; re-run "
                         "`eventwire run --engine spark --output` to change it")

    migrate = _read_only  # type: ignore[assignment]
    add_articles = _read_only  # type: ignore[assignment]
    replace_mentions = _read_only  # type: ignore[assignment]
    replace_events = _read_only  # type: ignore[assignment]
    executemany = _read_only  # type: ignore[assignment]

    def schema_version(self) -> int:
        return int(self.marker.get("schema_version") or 0)


def open_parquet_store(path: str | Path) -> ParquetStore:
    """A read-only store over the Parquet directory ``path`` (see the module docstring)."""
    return ParquetStore(path)
