"""The PostgreSQL backend: a shared store for several writers and readers at once.

The dialect differences from the base class's SQL all live here: ``?`` becomes ``%s`` (and a
literal ``%`` becomes ``%%``), a list parameter is ``= ANY(?)``, big results are read through
server-side cursors, "read-only" is a session setting, and the cross-process lock of
``exclusive`` is ``pg_advisory_xact_lock`` taken inside the transaction, so it is released
however the transaction ends. The main connection runs in autocommit mode (no transaction
left idle between statements); ``cursor()`` hands out connections from a small pool, one per
server request.
"""

from __future__ import annotations

import itertools
import re
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

import psycopg
from psycopg import pq

from eventwire.store.base import Cursor, Store, StoreError

POOL_IDLE = 8  # connections kept open for reuse by cursor()
CONNECT_TIMEOUT = 10  # seconds, unless the URL says connect_timeout=
LOCK_NAMESPACE = "eventwire:"
_names = itertools.count()


@lru_cache(maxsize=512)
def translate(sql: str) -> str:
    """``?`` placeholders to psycopg's ``%s`` outside quoted text, and every ``%`` doubled."""
    out = []
    quote: str | None = None
    for ch in sql:
        if quote:
            if ch == quote:
                quote = None
        elif ch in ("'", '"'):
            quote = ch
        elif ch == "?":
            out.append("%s")
            continue
        out.append("%%" if ch == "%" else ch)
    return "".join(out)


def safe_url(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"^(\w+://[^:/@]*):[^@/]*@", r"\1:***@", url)


def _first_line(e: BaseException) -> str:
    lines = [ln.strip() for ln in str(e).splitlines() if ln.strip()]
    return lines[0] if lines else type(e).__name__


def _connect(url: str, read_only: bool) -> psycopg.Connection[Any]:
    kwargs: dict[str, Any] = {"autocommit": True}
    if "connect_timeout" not in url:
        kwargs["connect_timeout"] = CONNECT_TIMEOUT
    con = psycopg.connect(url, **kwargs)
    if read_only:
        con.execute("SET default_transaction_read_only = on")
    return con


class _Streamed:
    """A server-side cursor read in batches; closed when the last batch has been read."""

    def __init__(self, cur: psycopg.ServerCursor[Any]) -> None:
        self._cur = cur
        self.description = cur.description

    def fetchmany(self, size: int = 1000) -> list[Any]:
        if self._cur.closed:
            return []
        rows = self._cur.fetchmany(size)
        if not rows:
            self._cur.close()
        return rows

    def fetchall(self) -> list[Any]:
        rows = self._cur.fetchall()
        self._cur.close()
        return rows

    def fetchone(self) -> Any:
        return self._cur.fetchone()


class Session:
    """One pooled connection, shaped like a DB-API connection that takes ``?`` SQL
    (what ``eventwire.query`` and the server's routes are given)."""

    def __init__(self, store: PostgresStore, con: psycopg.Connection[Any]) -> None:
        self._store = store
        self.con = con
        self._streamed = False

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> Cursor:
        return self.con.execute(translate(sql), list(params or ()))

    def stream(self, sql: str, params: Sequence[Any] | None = None) -> Cursor:
        self._streamed = True
        return _stream(self.con, sql, params)

    def cursor(self) -> Session:
        return self._store.cursor()

    def close(self) -> None:
        """Give the connection back to the pool, without the server-side cursors of a read
        left unfinished (a client that hung up during an export)."""
        if self.con is None:
            return
        if self._streamed and not self.con.closed:
            try:
                self.con.execute("CLOSE ALL")
            except psycopg.Error:
                self.con.close()
        self._store._release(self.con)
        self.con = None  # type: ignore[assignment]


def _stream(con: psycopg.Connection[Any], sql: str, params: Sequence[Any] | None) -> Cursor:
    # Outside a transaction the cursor must be WITH HOLD to outlive the implicit one.
    idle = con.info.transaction_status == pq.TransactionStatus.IDLE
    cur = con.cursor(name=f"ew_stream_{next(_names)}", withhold=idle)
    cur.execute(translate(sql), list(params or ()))
    return _Streamed(cur)


class PostgresStore(Store):
    """An eventwire store in a PostgreSQL database, named by a ``postgresql://`` URL."""

    dialect = "postgres"
    Error = psycopg.Error

    def __init__(self, url: str, read_only: bool = False) -> None:
        self.url = str(url)
        self.name = safe_url(self.url)
        self.read_only = read_only
        self._idle: list[psycopg.Connection[Any]] = []
        self._pool_lock = threading.Lock()
        try:
            self.con = _connect(self.url, read_only)
        except (psycopg.Error, ValueError) as e:  # ValueError: a malformed URL
            raise StoreError(f"cannot open store {self.name}: {_first_line(e)}") from None
        try:
            self._open_schema()
        except psycopg.Error as e:
            self.con.close()
            raise StoreError(f"cannot open store {self.name}: {_first_line(e)}") from None
        except StoreError:
            self.con.close()
            raise

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> Cursor:
        return self.con.execute(translate(sql), list(params or ()))

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> int:
        with self.con.cursor() as cur:
            cur.executemany(translate(sql), rows)
            return cur.rowcount

    def stream(self, sql: str, params: Sequence[Any] | None = None) -> Cursor:
        return _stream(self.con, sql, params)

    # -- pool for cursor() ------------------------------------------------------------------
    def cursor(self) -> Session:
        with self._pool_lock:
            con = self._idle.pop() if self._idle else None
        if con is None or con.closed:
            try:
                con = _connect(self.url, self.read_only)
            except psycopg.Error as e:
                raise StoreError(f"cannot connect to {self.name}: {_first_line(e)}") from None
        return Session(self, con)

    def _release(self, con: psycopg.Connection[Any]) -> None:
        if not con.closed and con.info.transaction_status != pq.TransactionStatus.IDLE:
            try:
                con.rollback()
            except psycopg.Error:
                con.close()
        with self._pool_lock:
            if not con.closed and len(self._idle) < POOL_IDLE:
                self._idle.append(con)
                return
        con.close()

    # -- transactions and locks -------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """A transaction (a savepoint when nested), rolled back on any exception."""
        with self.con.transaction():
            yield

    @contextmanager
    def exclusive(self, name: str) -> Iterator[None]:
        with self.con.transaction():
            self.execute("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))",
                         [LOCK_NAMESPACE + name])
            yield

    def in_list(self, column: str) -> str:
        return f"{column} = ANY(?)"

    def has_table(self, table: str) -> bool:
        row = self.fetchone("SELECT to_regclass(?) IS NOT NULL", [table])
        return bool(row and row[0])

    def close(self) -> None:
        with self._pool_lock:
            idle, self._idle = self._idle, []
        for con in idle:
            con.close()
        self.con.close()
