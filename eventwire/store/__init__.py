"""The event store: articles, mentions, events, actors and places.

DuckDB (an embedded file) is the default. SQL lives in migrations/*.sql, applied in order and
recorded in ``schema_version``; opening an older store upgrades it. Every write that must not be
half-done runs in one transaction, so killing a run leaves a consistent store and a re-run
resumes where it stopped.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import duckdb

from eventwire.model import Article

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


def _flat_event(e: dict[str, Any]) -> dict[str, Any]:
    """Nested event (actor1: {...}, location: {...}) to the flat columns of the table."""
    flat = dict(e)
    for k in ("actor1", "actor2"):
        a = e.get(k) or {}
        for f in ("text", "name", "country", "sector", "code"):
            flat[f"{k}_{f}"] = a.get(f)
    loc = e.get("location") or {}
    flat.update({"location_text": loc.get("text"), "location_name": loc.get("name"),
                 "geonames_id": loc.get("geonames_id"), "location_country": loc.get("country"),
                 "admin1": loc.get("admin1"), "lat": loc.get("lat"), "lon": loc.get("lon"),
                 "location_precision": loc.get("precision")})
    for k in ("context", "figures_disagreement", "summary_of"):
        flat[k] = json.dumps(e.get(k) or [])
    return flat


class StoreError(Exception):
    """A store that cannot be opened or written; the message is one line for the user."""


def migrations() -> list[tuple[int, str]]:
    """(version, sql) for every migration file, in order."""
    out = []
    for f in sorted(MIGRATIONS.glob("*.sql")):
        out.append((int(f.name.split("_", 1)[0]), f.read_text(encoding="utf-8")))
    return out


SCHEMA_VERSION = migrations()[-1][0]


class Store:
    """An eventwire store in a DuckDB file."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.path = str(path)
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as e:
            raise StoreError(f"cannot open store {self.path}: {str(e).splitlines()[0]}") from e
        try:
            if read_only:
                self._refuse_newer(self._stored_version())
            else:
                self.migrate()
        except StoreError:
            self.con.close()
            raise

    # -- schema -----------------------------------------------------------------------------
    def schema_version(self) -> int:
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS schema_version "
            "(version INTEGER PRIMARY KEY, applied_at TIMESTAMP NOT NULL)"
        )
        row = self.con.execute("SELECT max(version) FROM schema_version").fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    def _stored_version(self) -> int:
        """Schema version read without writing (read-only stores); 0 when there is none."""
        row = self.con.execute(
            "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'schema_version'"
        ).fetchone()
        if not row or not row[0]:
            return 0
        row = self.con.execute("SELECT max(version) FROM schema_version").fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    def _refuse_newer(self, current: int) -> None:
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"store {self.path} has schema {current}, newer than this eventwire "
                f"({SCHEMA_VERSION}); upgrade eventwire"
            )

    def migrate(self) -> list[int]:
        """Apply pending migrations, each in its own transaction. Returns versions applied."""
        current = self.schema_version()
        self._refuse_newer(current)
        applied = []
        for version, sql in migrations():
            if version <= current:
                continue
            with self.transaction():
                for statement in _statements(sql):
                    self.con.execute(statement)
                self.con.execute("INSERT INTO schema_version VALUES (?, ?)", [version, _now()])
            applied.append(version)
        return applied

    # -- transactions -----------------------------------------------------------------------
    def transaction(self) -> _Transaction:
        return _Transaction(self.con)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- articles ---------------------------------------------------------------------------
    def add_articles(self, articles: Sequence[Article], force: bool = False) -> int:
        """Insert articles not yet stored (all of them with force); returns how many were new
        or replaced. One transaction for the batch."""
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
            if rows:
                cols = ", ".join(ARTICLE_COLUMNS + ["ingested_at"])
                marks = ", ".join("?" * (len(ARTICLE_COLUMNS) + 1))
                self.con.executemany(f"INSERT INTO articles ({cols}) VALUES ({marks})", rows)
        return len(rows)

    def _existing_ids(self, ids: list[str]) -> set[str]:
        if not ids:
            return set()
        rows = self.con.execute(
            "SELECT article_id FROM articles WHERE article_id IN (SELECT unnest(?))", [ids]
        ).fetchall()
        return {r[0] for r in rows}

    def _delete_articles(self, ids: list[str]) -> None:
        self.con.execute("DELETE FROM mentions WHERE article_id IN (SELECT unnest(?))", [ids])
        self.con.execute("DELETE FROM articles WHERE article_id IN (SELECT unnest(?))", [ids])

    def count(self, table: str) -> int:
        if table not in {"articles", "mentions", "events", "actors", "places"}:
            raise ValueError(table)
        return int(self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # type: ignore[index]

    def articles(
        self, where: str = "", params: Iterable[Any] = (), limit: int | None = None
    ) -> Iterator[Article]:
        sql = (
            f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles {where} "
            "ORDER BY source_path, source_index, article_id"
        )
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        cur = self.con.execute(sql, list(params))
        while batch := cur.fetchmany(500):
            for row in batch:
                yield _row_article(row)

    def article(self, article_id: str) -> Article | None:
        return next(self.articles("WHERE article_id = ?", [article_id]), None)

    def articles_to_extract(self, version: str) -> Iterator[Article]:
        """Articles whose mentions were not produced by this extractor version."""
        return self.articles("WHERE extracted_with IS DISTINCT FROM ?", [version])

    # -- mentions ---------------------------------------------------------------------------
    def replace_mentions(
        self, article_id: str, rows: Sequence[dict[str, Any]], version: str
    ) -> None:
        """Swap an article's mentions for new ones and mark it extracted, atomically."""
        with self.transaction():
            self.con.execute("DELETE FROM mentions WHERE article_id = ?", [article_id])
            if rows:
                self.con.executemany(
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
            self.con.execute(
                "UPDATE articles SET extracted_with = ? WHERE article_id = ?", [version, article_id]
            )

    def mention_records(self) -> Iterator[dict[str, Any]]:
        cur = self.con.execute(
            "SELECT mention_id, record FROM mentions "
            "ORDER BY article_id, sentence_start, mention_id"
        )
        while batch := cur.fetchmany(1000):
            for mention_id, record in batch:
                rec = json.loads(record)
                rec["mention_id"] = mention_id
                yield rec


    # -- events -----------------------------------------------------------------------------
    def replace_events(self, events: Sequence[dict[str, Any]]) -> None:
        """Swap the fused events for a new set and point mentions at them, atomically."""
        now = _now()
        rows = [[*(_flat_event(e)[c] for c in EVENT_COLUMNS), now] for e in events]
        links = [(e["event_id"], mid) for e in events for mid in e["mention_ids"]]
        with self.transaction():
            self.con.execute("DELETE FROM events")
            if rows:
                cols = ", ".join([*EVENT_COLUMNS, "updated_at"])
                marks = ", ".join("?" * (len(EVENT_COLUMNS) + 1))
                self.con.executemany(f"INSERT INTO events ({cols}) VALUES ({marks})", rows)
            self.con.execute("UPDATE mentions SET event_id = NULL")
            if links:
                self.con.executemany("UPDATE mentions SET event_id = ? WHERE mention_id = ?",
                                     links)

    def event_rows(self, where: str = "", params: Iterable[Any] = (),
                   limit: int | None = None) -> list[dict[str, Any]]:
        sql = f"SELECT * FROM events {where} ORDER BY date, event_id"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        cur = self.con.execute(sql, list(params))
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


class _Transaction:
    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con

    def __enter__(self) -> None:
        self.con.begin()

    def __exit__(self, exc_type: object, *_: object) -> None:
        if exc_type is None:
            self.con.commit()
        else:
            self.con.rollback()


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
