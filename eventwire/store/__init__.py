"""The event store: articles, mentions, events, actors and places.

Backends: a DuckDB file (the default; ``duckdb.py``), a PostgreSQL database named by a
``postgresql://`` URL for a store shared by concurrent writers and readers (``postgres.py``),
and a read-only directory of Parquet files written by the Spark engine (``parquet.py``).
The schema lives once, in migrations/*.sql (portable SQL), applied in order and recorded in
``schema_version``; opening an older store upgrades it. Every write that must not be
half-done runs in one transaction, so killing a run leaves a consistent store and a re-run
resumes where it stopped. ``open_store(db)`` picks the backend; ``Store(db)`` does the same
for the two SQL backends, so ``Store`` serves as both the type and the constructor.
"""

from __future__ import annotations

from pathlib import Path

from eventwire.store.base import (
    ARTICLE_COLUMNS,
    EVENT_COLUMNS,
    MIGRATIONS,
    SCHEMA_VERSION,
    Store,
    StoreError,
    _article_row,
    _flat_event,
    _row_article,
    backend_for,
    is_postgres_url,
    migrations,
)

__all__ = [
    "ARTICLE_COLUMNS", "EVENT_COLUMNS", "MIGRATIONS", "SCHEMA_VERSION", "Store", "StoreError",
    "_article_row", "_flat_event", "_row_article", "backend_for", "is_parquet_dir",
    "is_postgres_url", "migrations", "open_store",
]


def is_parquet_dir(db: str | Path) -> bool:
    """A directory, which a DuckDB store (a file) never is: the Spark engine's Parquet output."""
    return not is_postgres_url(db) and Path(db).is_dir()


def open_store(db: str | Path, read_only: bool = False) -> Store:
    """Open the store ``db`` names: a ``postgresql://`` URL, a directory of events Parquet
    (always read-only: its writes raise StoreError), or a DuckDB file path. Raises
    StoreError with a one-line message."""
    if is_parquet_dir(db):
        from eventwire.store.parquet import open_parquet_store  # imports the DuckDB backend

        store: Store = open_parquet_store(str(db))
        return store
    return Store(db, read_only=read_only)
