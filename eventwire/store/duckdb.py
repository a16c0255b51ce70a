"""The DuckDB backend: an embedded file, one writing process at a time (DuckDB's file lock).

DuckDB speaks the base class's dialect natively (``?`` placeholders), so this module only
connects, counts nested transactions (DuckDB has no savepoints) and checks ``duckdb_tables()``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

from eventwire.store.base import Cursor, Store, StoreError


class DuckDBStore(Store):
    """An eventwire store in a DuckDB file."""

    dialect = "duckdb"
    Error = duckdb.Error

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.path = self.name = str(path)
        self.read_only = read_only
        self._depth = 0
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(f"cannot open store {self.path}: no such file")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as e:
            raise StoreError(f"cannot open store {self.path}: {str(e).splitlines()[0]}") from e
        try:
            self._open_schema()
        except StoreError:
            self.con.close()
            raise

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> Cursor:
        # No parameters, no binding: DuckDB imports pandas (~0.4 s) the first time it binds.
        return self.con.execute(sql, list(params) if params else None)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> int:
        self.con.executemany(sql, [list(r) for r in rows])
        return -1

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A DuckDB cursor is a second connection to the same database instance."""
        return self.con.cursor()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.con.begin()
        self._depth = 1
        try:
            yield
        except BaseException:
            self._depth = 0
            self.con.rollback()
            raise
        self._depth = 0
        self.con.commit()

    def in_list(self, column: str) -> str:
        return f"{column} IN (SELECT unnest(?))"

    def has_table(self, table: str) -> bool:
        if not table.isidentifier():
            raise ValueError(table)
        row = self.fetchone(
            f"SELECT count(*) FROM duckdb_tables() WHERE table_name = '{table}'")
        return bool(row and row[0])

    def close(self) -> None:
        self.con.close()
