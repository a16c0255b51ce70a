"""What every store backend shares: the schema, the migrations and the portable SQL.

The SQL here is written once, with ``?`` placeholders; a backend that speaks another dialect
translates it in ``execute``. What cannot be written portably is a small set of hooks each
backend fills in: connecting, transactions, a cross-process lock, list parameters, streaming
reads and whether a table exists. Everything else (articles, mentions, events) is here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, ClassVar, Protocol

from eventwire.model import Article, flatten_event

MIGRATIONS = Path(__file__).parent / "migrations"

ARTICLE_COLUMNS = [
    "article_id",
    "source_path",
    "source_index",
    "outlet",
    "title",
    "byline",
    "dateline",
    "caption",
    "published",
    "published_basis",
    "url",
    "language",
    "text",
]

EVENT_COLUMNS = [
    "event_id", "event_type", "mode", "context", "cameo_root", "acled_event_type",
    "acled_sub_event_type", "quad_class",
    "actor1_text", "actor1_name", "actor1_country", "actor1_sector", "actor1_code",
    "actor2_text", "actor2_name", "actor2_country", "actor2_sector", "actor2_code",
    "location_text", "location_name", "geonames_id", "location_country", "admin1", "lat", "lon",
    "location_precision", "date", "date_precision", "date_text", "fatalities", "injured",
    "casualties_text", "figures_disagreement", "summary_of", "status", "attribution",
    "confidence", "n_mentions", "n_articles", "n_sources",
]
TABLES = frozenset({"articles", "mentions", "events", "actors", "places"})


class StoreError(Exception):
    """A store that cannot be opened or written; the message is one line for the user."""


class Cursor(Protocol):
    """A DB-API style result: what ``Store.execute`` and ``Store.stream`` return."""

    description: Any

    def fetchone(self) -> Any: ...
    def fetchmany(self, size: int = ...) -> list[Any]: ...
    def fetchall(self) -> list[Any]: ...


def migrations(directory: Path | None = None) -> list[tuple[int, str]]:
    """(version, sql) for every migration file, in order. One set for every backend."""
    out = []
    for f in sorted((directory or MIGRATIONS).glob("*.sql")):
        out.append((int(f.name.split("_", 1)[0]), f.read_text(encoding="utf-8")))
    return out


SCHEMA_VERSION = migrations()[-1][0]


def is_postgres_url(db: str | Path) -> bool:
    return str(db).startswith(("postgresql://", "postgres://"))


class Store:
    """An eventwire store. ``Store(db)`` opens the backend ``db`` names (a DuckDB file path
    or a ``postgresql://`` URL), so existing callers need not know which one they get."""

    dialect: ClassVar[str] = ""
    Error: ClassVar[type[Exception]] = Exception  # the driver's error class
    migrations_dir: ClassVar[Path | None] = None  # tests point this at extra migrations
    name: str
    read_only: bool

    def __new__(cls, db: str | Path = "", read_only: bool = False) -> Store:
        if cls is Store:
            cls = backend_for(db)
        return super().__new__(cls)

    def _open_schema(self) -> None:
        """Upgrade (writable) or check (read-only) the schema after connecting."""
        if self.read_only:
            current = self._stored_version()
            self._refuse_newer(current)
            if current == 0:
                raise StoreError(f"store {self.name} holds no eventwire schema yet; "
                                 "ingest into it first (eventwire ingest --db ...)")
            if current < SCHEMA_VERSION:
                raise StoreError(
                    f"store {self.name} has schema {current}, older than this eventwire "
                    f"({SCHEMA_VERSION}); upgrade it with: eventwire migrate --db {self.name}")
        else:
            self.migrate()

    # -- backend hooks ----------------------------------------------------------------------
    def execute(self, sql: str, params: Sequence[Any] | None = None) -> Cursor:
        """Run one statement written with ``?`` placeholders; returns its cursor."""
        raise NotImplementedError

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> int:
        """Run a statement once per row; returns rows affected where the driver knows
        (PostgreSQL), else -1."""
        raise NotImplementedError

    def stream(self, sql: str, params: Sequence[Any] | None = None) -> Cursor:
        """Like execute, for results too big to hold at once (read with fetchmany)."""
        return self.execute(sql, params)

    def cursor(self) -> Any:
        """An independent connection-like object (``execute``, ``cursor``, ``close``) for
        another thread or a second result read at the same time. Close it after use."""
        raise NotImplementedError

    def transaction(self) -> AbstractContextManager[None]:
        """All-or-nothing block; a nested block joins the outer one (PostgreSQL: as a
        savepoint)."""
        raise NotImplementedError

    def exclusive(self, name: str) -> AbstractContextManager[None]:
        """A transaction that also holds lock ``name`` against other processes sharing the
        store until it ends (a no-op lock where the backend admits one writer anyway)."""
        return self.transaction()

    def in_list(self, column: str) -> str:
        """SQL testing ``column`` against one list-valued parameter."""
        raise NotImplementedError

    def has_table(self, table: str) -> bool:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    # -- plumbing ---------------------------------------------------------------------------
    def fetchall(self, sql: str, params: Sequence[Any] | None = None) -> list[Any]:
        return list(self.execute(sql, params).fetchall())

    def fetchone(self, sql: str, params: Sequence[Any] | None = None) -> Any:
        return self.execute(sql, params).fetchone()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name}{' read-only' if self.read_only else ''}>"

    # -- schema -----------------------------------------------------------------------------
    def _create_version_table(self) -> None:
        self.execute("CREATE TABLE IF NOT EXISTS schema_version "
                     "(version INTEGER PRIMARY KEY, applied_at TIMESTAMP NOT NULL)")

    def _read_version(self) -> int:
        row = self.fetchone("SELECT max(version) FROM schema_version")
        return int(row[0]) if row and row[0] is not None else 0

    def schema_version(self) -> int:
        if self.read_only:
            return self._stored_version()
        with self.exclusive("schema"):
            self._create_version_table()
            return self._read_version()

    def _stored_version(self) -> int:
        """Schema version read without writing (read-only stores); 0 when there is none."""
        return self._read_version() if self.has_table("schema_version") else 0

    def _refuse_newer(self, current: int) -> None:
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"store {self.name} has schema {current}, newer than this eventwire "
                f"({SCHEMA_VERSION}); upgrade eventwire"
            )

    def migrate(self) -> list[int]:
        """Apply pending migrations, each in its own transaction under the schema lock (two
        processes opening a new shared store at once apply each migration once).
        Returns the versions applied."""
        with self.exclusive("schema"):
            self._create_version_table()
            self._refuse_newer(self._read_version())
        applied = []
        for version, sql in migrations(self.migrations_dir):
            with self.exclusive("schema"):
                if version <= self._read_version():
                    continue
                for statement in _statements(sql):
                    self.execute(statement)
                self.execute("INSERT INTO schema_version VALUES (?, ?)", [version, _now()])
            applied.append(version)
        return applied

    # -- articles ---------------------------------------------------------------------------
    def add_articles(self, articles: Sequence[Article], force: bool = False) -> int:
        """Insert articles not yet stored (all of them with force); returns how many were new
        or replaced. One transaction for the batch; an article another process stores at the
        same moment is skipped (ON CONFLICT DO NOTHING), never duplicated."""
        if not articles:
            return 0
        ids = list(dict.fromkeys(a.article_id for a in articles))
        with self.transaction():
            existing = self._existing_ids(ids)
            if force and existing:
                self._delete_articles(list(existing))
                existing = set()
            seen: set[str] = set()
            rows = []
            for a in articles:
                if a.article_id in existing or a.article_id in seen:
                    continue
                seen.add(a.article_id)
                rows.append(_article_row(a))
            if not rows:
                return 0
            cols = ", ".join(ARTICLE_COLUMNS + ["ingested_at"])
            marks = ", ".join("?" * (len(ARTICLE_COLUMNS) + 1))
            n = self.executemany(f"INSERT INTO articles ({cols}) VALUES ({marks}) "
                                 "ON CONFLICT (article_id) DO NOTHING", rows)
        return n if n >= 0 else len(rows)

    def _existing_ids(self, ids: list[str]) -> set[str]:
        if not ids:
            return set()
        rows = self.fetchall(f"SELECT article_id FROM articles WHERE {self.in_list('article_id')}",
                             [ids])
        return {r[0] for r in rows}

    def _delete_articles(self, ids: list[str]) -> None:
        self.execute(f"DELETE FROM mentions WHERE {self.in_list('article_id')}", [ids])
        self.execute(f"DELETE FROM articles WHERE {self.in_list('article_id')}", [ids])

    def count(self, table: str) -> int:
        if table not in TABLES:
            raise ValueError(table)
        return int(self.fetchone(f"SELECT count(*) FROM {table}")[0])

    def articles(
        self, where: str = "", params: Iterable[Any] = (), limit: int | None = None
    ) -> Iterator[Article]:
        sql = (
            f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles {where} "
            "ORDER BY source_path, source_index, article_id"
        )
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        cur = self.stream(sql, list(params))
        while batch := cur.fetchmany(500):
            for row in batch:
                yield _row_article(row)

    def article(self, article_id: str) -> Article | None:
        row = self.fetchone(
            f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles WHERE article_id = ?",
            [article_id])
        return None if row is None else _row_article(row)

    def articles_to_extract(self, version: str) -> Iterator[Article]:
        """Articles whose mentions were not produced by this extractor version."""
        return self.articles("WHERE extracted_with IS DISTINCT FROM ?", [version])

    # -- mentions ---------------------------------------------------------------------------
    def replace_mentions(
        self, article_id: str, rows: Sequence[dict[str, Any]], version: str
    ) -> None:
        """Swap an article's mentions for new ones and mark it extracted, atomically; two
        processes extracting the same article take turns."""
        with self.exclusive(f"article:{article_id}"):
            self.execute("DELETE FROM mentions WHERE article_id = ?", [article_id])
            if rows:
                self.executemany(
                    "INSERT INTO mentions (mention_id, article_id, event_id, sentence_start, "
                    "sentence_end, sentence, outlet, event_type, event_date, record) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        [
                            r["mention_id"],
                            article_id,
                            r.get("event_id"),
                            r["sentence_start"],
                            r["sentence_end"],
                            r["sentence"],
                            r.get("outlet"),
                            r["event_type"],
                            r.get("date"),
                            json.dumps(r["record"], default=str),
                        ]
                        for r in rows
                    ],
                )
            self.execute(
                "UPDATE articles SET extracted_with = ? WHERE article_id = ?", [version, article_id]
            )

    def mention_records(self) -> Iterator[dict[str, Any]]:
        cur = self.stream(
            "SELECT mention_id, record FROM mentions "
            "ORDER BY article_id, sentence_start, mention_id"
        )
        while batch := cur.fetchmany(1000):
            for mention_id, record in batch:
                rec = json.loads(record)
                rec["mention_id"] = mention_id
                yield rec

    # -- events -----------------------------------------------------------------------------
    def fusing(self) -> AbstractContextManager[None]:
        """Hold while reading mentions and writing the events fused from them, so that
        concurrent runs fuse one after another and the last one sees every mention."""
        return self.exclusive("events")

    def replace_events(self, events: Sequence[dict[str, Any]]) -> None:
        """Swap the fused events for a new set and point mentions at them, atomically."""
        now = _now()
        rows = [[*(_flat_event(e)[c] for c in EVENT_COLUMNS), now] for e in events]
        links = [(e["event_id"], mid) for e in events for mid in e["mention_ids"]]
        with self.fusing():
            self.execute("DELETE FROM events")
            if rows:
                cols = ", ".join([*EVENT_COLUMNS, "updated_at"])
                marks = ", ".join("?" * (len(EVENT_COLUMNS) + 1))
                self.executemany(f"INSERT INTO events ({cols}) VALUES ({marks})", rows)
            self.execute("UPDATE mentions SET event_id = NULL")
            if links:
                # One joined UPDATE instead of one per mention (7x faster on 12k mentions).
                self.execute("CREATE TEMPORARY TABLE fused_links "
                             "(event_id TEXT, mention_id TEXT PRIMARY KEY)")
                self.executemany("INSERT INTO fused_links VALUES (?, ?)", links)
                self.execute("UPDATE mentions SET event_id = fused_links.event_id "
                             "FROM fused_links WHERE mentions.mention_id = fused_links.mention_id")
                self.execute("DROP TABLE fused_links")

    def event_rows(self, where: str = "", params: Iterable[Any] = (),
                   limit: int | None = None, order: str = "date, event_id"
                   ) -> list[dict[str, Any]]:
        sql = f"SELECT * FROM events {where} ORDER BY {order}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        cur = self.execute(sql, list(params))
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def backend_for(db: str | Path) -> type[Store]:
    """The Store subclass for ``db``: PostgreSQL for a postgresql:// URL, else DuckDB."""
    if is_postgres_url(db):
        try:
            from eventwire.store.postgres import PostgresStore
        except ImportError as e:
            raise StoreError(f"a postgresql:// store needs the psycopg package ({e.name} is "
                             "missing): pip install 'psycopg[binary]'") from None
        return PostgresStore
    from eventwire.store.duckdb import DuckDBStore

    return DuckDBStore


def _flat_event(e: dict[str, Any]) -> dict[str, Any]:
    """Nested event to the flat columns of the table, lists as JSON text."""
    flat = flatten_event(e)
    for k in ("context", "figures_disagreement", "summary_of"):
        flat[k] = json.dumps(e.get(k) or [])
    return flat


def _statements(sql: str) -> list[str]:
    lines = [ln for ln in sql.splitlines() if not ln.strip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _article_row(a: Article) -> list[Any]:
    d = a.to_dict()
    d["byline"] = json.dumps(a.byline, ensure_ascii=False)
    d["published"] = a.published
    return [d[c] for c in ARTICLE_COLUMNS] + [_now()]


def _row_article(row: Sequence[Any]) -> Article:
    d = dict(zip(ARTICLE_COLUMNS, row, strict=True))
    d["byline"] = json.loads(d["byline"] or "[]")
    if isinstance(d["published"], datetime):
        d["published"] = d["published"].date()
    elif d["published"] is not None and not isinstance(d["published"], date):
        d["published"] = date.fromisoformat(str(d["published"]))
    return Article(**d)
