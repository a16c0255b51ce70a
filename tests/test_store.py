"""The DuckDB store: migrations are recorded and applied once, newer stores are refused, and
a batch that fails part-way leaves nothing behind."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import pytest

from eventwire.model import Article, article_id_for
from eventwire.store import SCHEMA_VERSION, Store, StoreError, migrations


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


def versions(db: Path) -> list[tuple[int, object]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT version, applied_at FROM schema_version ORDER BY 1").fetchall()
    finally:
        con.close()


def test_migrations_are_recorded_in_schema_version(tmp_db: Path) -> None:
    with Store(tmp_db) as store:
        assert store.schema_version() == SCHEMA_VERSION
        tables = {
            r[0] for r in store.con.execute("SELECT table_name FROM duckdb_tables()").fetchall()
        }
    assert {"articles", "mentions", "events", "actors", "places", "schema_version"} <= tables
    assert [v for v, _ in versions(tmp_db)] == [v for v, _ in migrations()]


def test_reopening_does_not_reapply(tmp_db: Path) -> None:
    with Store(tmp_db) as store:
        store.add_articles([A])
    first = versions(tmp_db)
    with Store(tmp_db) as store:
        assert store.migrate() == []
        assert store.count("articles") == 1
    assert versions(tmp_db) == first


def test_migration_versions_are_unique_and_ordered() -> None:
    numbers = [v for v, _ in migrations()]
    assert numbers == sorted(set(numbers)) and numbers[0] == 1


def test_store_with_newer_schema_is_refused(tmp_db: Path) -> None:
    with Store(tmp_db) as store:
        store.con.execute("INSERT INTO schema_version VALUES (?, now())", [SCHEMA_VERSION + 1])
    with pytest.raises(StoreError) as err:
        Store(tmp_db)
    message = str(err.value)
    assert "\n" not in message
    assert str(tmp_db) in message and f"schema {SCHEMA_VERSION + 1}" in message
    assert "upgrade eventwire" in message
    # Reading it is refused too: its tables may no longer mean what this version expects.
    with pytest.raises(StoreError, match="newer than this eventwire"):
        Store(tmp_db, read_only=True)


def test_unopenable_store_gives_store_error(tmp_path: Path) -> None:
    not_a_db = tmp_path / "notes.duckdb"
    not_a_db.write_text("this is not a database\n" * 100, encoding="utf-8")
    with pytest.raises(StoreError, match="cannot open store"):
        Store(not_a_db)


def test_articles_round_trip(tmp_db: Path) -> None:
    with Store(tmp_db) as store:
        assert store.add_articles([A, B]) == 2
    with Store(tmp_db, read_only=True) as store:
        assert list(store.articles()) == [A, B]
        assert store.article(B.article_id) == B
        assert store.article("0" * 16) is None
        assert list(store.articles(limit=1)) == [A]


def test_adding_again_adds_nothing_and_duplicates_in_a_batch_count_once(tmp_db: Path) -> None:
    with Store(tmp_db) as store:
        assert store.add_articles([A, A, B]) == 2
        assert store.add_articles([A, B]) == 0
        assert store.add_articles([]) == 0
        assert store.count("articles") == 2


def test_force_replaces_articles_and_drops_their_mentions(tmp_db: Path) -> None:
    with Store(tmp_db) as store:
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

        changed = make_article(A.text, title="Mill workers strike", source_path="b.txt")
        assert store.add_articles([changed], force=True) == 1
        assert store.article(A.article_id).title == "Mill workers strike"  # type: ignore[union-attr]
        assert store.count("mentions") == 0
        assert {a.article_id for a in store.articles_to_extract("x1")} == {
            A.article_id,
            B.article_id,
        }


def test_exception_inside_transaction_leaves_nothing(tmp_db: Path) -> None:
    with Store(tmp_db) as store:
        store.add_articles([A])
        with pytest.raises(RuntimeError), store.transaction():
            store.con.execute("DELETE FROM articles")
            store.con.execute(
                "INSERT INTO actors VALUES ('VEL.GOV', 'Veloria government', 'VEL', 'GOV')"
            )
            raise RuntimeError("killed mid-batch")
        assert store.count("articles") == 1
        assert store.count("actors") == 0
    with Store(tmp_db) as store:  # and after reopening
        assert [a.article_id for a in store.articles()] == [A.article_id]


def test_failing_insert_rolls_back_the_whole_batch(tmp_db: Path) -> None:
    broken = Article(article_id="f" * 16, text=None)  # type: ignore[arg-type]  # NOT NULL
    with Store(tmp_db) as store:
        with pytest.raises(duckdb.Error):
            store.add_articles([A, B, broken])
        assert store.count("articles") == 0
        # The connection is usable afterwards and the batch can be retried.
        assert store.add_articles([A, B]) == 2


def test_read_only_store_cannot_be_written(tmp_db: Path) -> None:
    Store(tmp_db).close()
    with Store(tmp_db, read_only=True) as store, pytest.raises(duckdb.Error):
        store.add_articles([A])


def test_count_rejects_unknown_tables(tmp_db: Path) -> None:
    with Store(tmp_db) as store, pytest.raises(ValueError):
        store.count("schema_version; DROP TABLE articles")
