"""The store on both backends (a DuckDB file and a PostgreSQL database): migrations are
recorded and applied once, older stores are upgraded, newer ones refused, and a batch that
fails part-way leaves nothing behind."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.model import Article, article_id_for
from eventwire.store import (
    EVENT_COLUMNS,
    SCHEMA_VERSION,
    Store,
    StoreError,
    migrations,
    open_store,
)
from eventwire.store import base as store_base
from eventwire.store.postgres import safe_url, translate


def make_article(text: str, **kw: object) -> Article:
    return Article(article_id=article_id_for(text), text=text, **kw)  # type: ignore[arg-type]


A = make_article(
    "Workers at the Bremla textile mill walked out on Monday over unpaid overtime.",
    source_path="a.txt",
    title="Mill workers walk out",
    byline=["Oskar Lind", "Ines Marlow"],
    dateline="Bremla",
    outlet="Reuters",
    caption="Workers stand outside the mill gates",
    published=date(2021, 6, 7),
    published_basis="caption",
)
B = make_article(
    "The mill owners said they would pay the overtime by the end of the month.",
    source_path="a.txt",
    source_index=1,
)


def versions(db: str) -> list[tuple[int, object]]:
    with Store(db, read_only=True) as store:
        return store.fetchall("SELECT version, applied_at FROM schema_version ORDER BY 1")


def test_store_picks_the_backend_by_name(store_db: str) -> None:
    with Store(store_db) as store:
        assert store.dialect == ("postgres" if store_db.startswith("postgresql:") else "duckdb")
        assert isinstance(store, Store)
    with open_store(store_db, read_only=True) as store:
        assert store.read_only and store.count("articles") == 0


def test_migrations_are_recorded_in_schema_version(store_db: str) -> None:
    with Store(store_db) as store:
        assert store.schema_version() == SCHEMA_VERSION
        for table in ("articles", "mentions", "events", "actors", "places", "schema_version"):
            assert store.has_table(table), table
        assert not store.has_table("nonesuch")
    assert [v for v, _ in versions(store_db)] == [v for v, _ in migrations()]


def test_reopening_does_not_reapply(store_db: str) -> None:
    with Store(store_db) as store:
        store.add_articles([A])
    first = versions(store_db)
    with Store(store_db) as store:
        assert store.migrate() == []
        assert store.count("articles") == 1
    assert versions(store_db) == first


def test_migration_versions_are_unique_and_ordered() -> None:
    numbers = [v for v, _ in migrations()]
    assert numbers == sorted(set(numbers)) and numbers[0] == 1


def test_older_store_is_upgraded_on_open_and_read_only_opening_says_how(
    store_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store(store_db) as store:
        store.add_articles([A, B])
    # This eventwire gains a migration the store has not seen.
    newer = tmp_path / "migrations"
    newer.mkdir()
    for f in store_base.MIGRATIONS.glob("*.sql"):
        (newer / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    nxt = SCHEMA_VERSION + 1
    (newer / f"{nxt:04d}_notes.sql").write_text(
        "-- a later schema change\nALTER TABLE articles ADD COLUMN note TEXT;\n"
        "CREATE TABLE notes (note_id TEXT PRIMARY KEY, body TEXT);\n", encoding="utf-8")
    monkeypatch.setattr(Store, "migrations_dir", newer)
    monkeypatch.setattr(store_base, "SCHEMA_VERSION", nxt)

    with pytest.raises(StoreError) as err:
        Store(store_db, read_only=True)
    assert "older than this eventwire" in str(err.value)
    assert "eventwire migrate --db" in str(err.value) and "\n" not in str(err.value)

    # The command it names upgrades, keeping what is stored; then reading works.
    r = CliRunner().invoke(main, ["migrate", "--db", store_db])
    assert r.exit_code == 0 and f"schema version {nxt}" in r.stdout, r.output
    with Store(store_db, read_only=True) as store:
        assert store.schema_version() == nxt
        assert store.has_table("notes")
        assert store.count("articles") == 2
        assert store.fetchone("SELECT count(*) FROM articles WHERE note IS NULL")[0] == 2
    assert [v for v, _ in versions(store_db)] == [*(v for v, _ in migrations()), nxt]


def test_store_with_newer_schema_is_refused(store_db: str) -> None:
    with Store(store_db) as store:
        store.execute("INSERT INTO schema_version VALUES (?, now())", [SCHEMA_VERSION + 1])
    with pytest.raises(StoreError) as err:
        Store(store_db)
    message = str(err.value)
    assert "\n" not in message
    assert store_db in message and f"schema {SCHEMA_VERSION + 1}" in message
    assert "upgrade eventwire" in message
    # Reading it is refused too: its tables may no longer mean what this version expects.
    with pytest.raises(StoreError, match="newer than this eventwire"):
        Store(store_db, read_only=True)


def test_unopenable_store_gives_store_error(tmp_path: Path) -> None:
    not_a_db = tmp_path / "notes.duckdb"
    not_a_db.write_text("this is not a database\n" * 100, encoding="utf-8")
    with pytest.raises(StoreError, match="cannot open store"):
        Store(not_a_db)
    with pytest.raises(StoreError, match="no such file"):
        Store(tmp_path / "absent.duckdb", read_only=True)


def test_unreachable_or_wrong_postgres_url_gives_one_line(pg_url: str) -> None:
    server = pg_url.rsplit("/", 1)[0]
    dead_port = "postgresql://someone:hunter2@127.0.0.1:9/eventwire"
    for url in (dead_port, f"{server}/no_such_database", "postgresql://bad host/x"):
        with pytest.raises(StoreError) as err:
            Store(url)
        message = str(err.value)
        assert message.startswith("cannot open store ") and "\n" not in message
        assert "hunter2" not in message
    assert safe_url(dead_port) == "postgresql://someone:***@127.0.0.1:9/eventwire"


def test_an_empty_postgres_database_cannot_be_read_before_it_is_written(pg_url: str) -> None:
    with pytest.raises(StoreError, match="no eventwire schema"):
        Store(pg_url, read_only=True)


def test_placeholders_are_translated_outside_quotes_only() -> None:
    sql = "SELECT '?', \"a?\" FROM t WHERE x = ? AND y LIKE ? ESCAPE '\\' AND z = '50%'"
    assert translate(sql) == ("SELECT '?', \"a?\" FROM t WHERE x = %s AND y LIKE %s "
                              "ESCAPE '\\' AND z = '50%%'")


def test_articles_round_trip(store_db: str) -> None:
    with Store(store_db) as store:
        assert store.add_articles([A, B]) == 2
    with Store(store_db, read_only=True) as store:
        assert list(store.articles()) == [A, B]
        assert store.article(B.article_id) == B
        assert store.article("0" * 16) is None
        assert list(store.articles(limit=1)) == [A]


def test_adding_again_adds_nothing_and_duplicates_in_a_batch_count_once(store_db: str) -> None:
    with Store(store_db) as store:
        assert store.add_articles([A, A, B]) == 2
        assert store.add_articles([A, B]) == 0
        assert store.add_articles([]) == 0
        assert store.count("articles") == 2


def test_force_replaces_articles_and_drops_their_mentions(store_db: str) -> None:
    with Store(store_db) as store:
        store.add_articles([A, B])
        row = {
            "mention_id": "m1",
            "sentence_start": 0,
            "sentence_end": 10,
            "sentence": A.text,
            "event_type": "PROTEST",
            "record": {"event_type": "PROTEST"},
        }
        store.replace_mentions(A.article_id, [row], version="x1")
        assert [a.article_id for a in store.articles_to_extract("x1")] == [B.article_id]
        assert store.count("mentions") == 1
        assert [m["mention_id"] for m in store.mention_records()] == ["m1"]

        changed = make_article(A.text, title="Mill workers strike", source_path="b.txt")
        assert store.add_articles([changed], force=True) == 1
        assert store.article(A.article_id).title == "Mill workers strike"  # type: ignore[union-attr]
        assert store.count("mentions") == 0
        assert {a.article_id for a in store.articles_to_extract("x1")} == {
            A.article_id,
            B.article_id,
        }


def test_events_are_replaced_and_mentions_pointed_at_them(store_db: str) -> None:
    event = {**dict.fromkeys(EVENT_COLUMNS),
             "event_id": "ev1", "event_type": "PROTEST", "status": "reported",
             "context": ["labour"], "actor1": {"text": "workers", "code": "VEL.LAB"},
             "location": {"name": "Bremla", "lat": 1.5, "lon": 2.5}, "date": date(2021, 6, 7),
             "n_mentions": 1, "n_articles": 1, "n_sources": 1, "mention_ids": ["m1"]}
    row = {"mention_id": "m1", "sentence_start": 0, "sentence_end": 10, "sentence": A.text,
           "event_type": "PROTEST", "record": {"event_type": "PROTEST"}}
    with Store(store_db) as store:
        store.add_articles([A])
        store.replace_mentions(A.article_id, [row], version="x1")
        store.replace_events([event])
        store.replace_events([event])  # again: still one
        (got,) = store.event_rows()
        assert got["event_id"] == "ev1" and got["actor1_code"] == "VEL.LAB"
        assert got["lat"] == 1.5 and got["date"] == date(2021, 6, 7)
        assert got["context"] == '["labour"]'
        assert store.fetchall("SELECT event_id FROM mentions") == [("ev1",)]
        store.replace_events([])
        assert store.count("events") == 0
        assert store.fetchall("SELECT event_id FROM mentions") == [(None,)]


def test_exception_inside_transaction_leaves_nothing(store_db: str) -> None:
    with Store(store_db) as store:
        store.add_articles([A])
        with pytest.raises(RuntimeError), store.transaction():
            store.execute("DELETE FROM articles")
            store.execute(
                "INSERT INTO actors VALUES ('VEL.GOV', 'Veloria government', 'VEL', 'GOV')"
            )
            raise RuntimeError("killed mid-batch")
        assert store.count("articles") == 1
        assert store.count("actors") == 0
    with Store(store_db) as store:  # and after reopening
        assert [a.article_id for a in store.articles()] == [A.article_id]


def test_failing_insert_rolls_back_the_whole_batch(store_db: str) -> None:
    broken = Article(article_id="f" * 16, text=None)  # type: ignore[arg-type]  # NOT NULL
    with Store(store_db) as store:
        with pytest.raises(store.Error):
            store.add_articles([A, B, broken])
        assert store.count("articles") == 0
        # The connection is usable afterwards and the batch can be retried.
        assert store.add_articles([A, B]) == 2


def test_read_only_store_cannot_be_written(store_db: str) -> None:
    Store(store_db).close()
    with Store(store_db, read_only=True) as store, pytest.raises(store.Error):
        store.add_articles([A])


def test_count_rejects_unknown_tables(store_db: str) -> None:
    with Store(store_db) as store, pytest.raises(ValueError):
        store.count("schema_version; DROP TABLE articles")


def test_server_cursors_are_independent_and_see_committed_writes(store_db: str) -> None:
    with Store(store_db) as store:
        store.add_articles([A, B])
        first, second = store.cursor(), store.cursor()
        try:
            big = first.execute("SELECT article_id FROM articles ORDER BY article_id")
            assert second.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
            assert len(big.fetchall()) == 2
        finally:
            first.close()
            second.close()
        # A big read left half-done (a client hanging up) does not spoil the next user.
        reader = store.cursor()
        half = getattr(reader, "stream", reader.execute)("SELECT article_id FROM articles")
        assert len(half.fetchmany(1)) == 1
        reader.close()
        again = store.cursor()
        try:
            assert again.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
            if store.dialect == "postgres":  # the pool hands back the same connection
                assert again.execute("SELECT count(*) FROM pg_cursors").fetchone()[0] == 0
        finally:
            again.close()


def test_a_directory_is_opened_as_a_parquet_store(tmp_path: Path) -> None:
    """open_store hands directories to the Parquet backend (the Spark engine's output)."""
    (tmp_path / "events").mkdir()
    with pytest.raises(StoreError, match="Parquet"):
        open_store(tmp_path, read_only=True)
