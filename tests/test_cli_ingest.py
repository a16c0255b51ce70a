"""`eventwire ingest` and `eventwire articles` end to end: real files, a real DuckDB store.

Bad input must give one line per problem plus a summary, and must not stop the batch; the
exit code is non-zero only when nothing could be read, or with --strict."""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
import shutil
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from eventwire.cli import main
from eventwire.store import SCHEMA_VERSION, Store

CSV_FIELDS = ["--field", "text=body", "--field", "title=headline", "--field",
              "published=date", "--field", "outlet=source"]  # fmt: skip
SUMMARY_RE = re.compile(
    r"^(?P<files>\d+) files, (?P<read>\d+) articles read, (?P<added>\d+) added, "
    r"(?P<stored>\d+) already stored; skipped: (?P<skipped>.+)$",
    re.MULTILINE,
)


def run(*args: str, input: str | bytes | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=input)


def summary(result: Result) -> dict[str, object]:
    (m,) = list(SUMMARY_RE.finditer(result.stderr))
    counts: dict[str, object] = {k: int(v) for k, v in m.groupdict().items() if k != "skipped"}
    skipped = m["skipped"]
    counts["skipped"] = (
        {}
        if skipped == "none"
        else {reason: int(n) for n, reason in (s.split(" ", 1) for s in skipped.split(", "))}
    )
    return counts


def stored(db: Path) -> list[dict[str, object]]:
    result = run("articles", "--db", str(db), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.fixture(scope="module")
def inputs(fixtures_dir: Path) -> Path:
    return fixtures_dir / "ingest"


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run from tmp_path with relative paths, as an analyst would."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


# -- formats --------------------------------------------------------------------------------


def test_every_format_in_one_directory(workdir: Path, inputs: Path) -> None:
    inbox = workdir / "inbox"
    (inbox / "wire").mkdir(parents=True)
    for name in ("single.txt", "records.jsonl", "records.json", "articles.tsv", "page.html"):
        shutil.copy(inputs / name, inbox / name)
    (inbox / "wire" / "dump.txt.gz").write_bytes(gzip.compress((inputs / "dump.txt").read_bytes()))

    result = run("ingest", "inbox", "--db", "store.duckdb")
    assert result.exit_code == 0, result.output
    # The harbour story is in single.txt and in records.jsonl: stored once.
    assert summary(result) == {"files": 6, "read": 12, "added": 11, "stored": 1, "skipped": {}}

    result = run("ingest", str(inputs / "articles.csv"), "--db", "store.duckdb", *CSV_FIELDS)
    assert result.exit_code == 0, result.output
    assert summary(result)["added"] == 2

    rows = stored(workdir / "store.duckdb")
    assert len(rows) == 13
    by_file = Counter(Path(str(r["source_path"])).name for r in rows)
    # Files are read in sorted order: records.jsonl comes before single.txt.
    assert by_file == {
        "dump.txt.gz": 3,
        "records.jsonl": 3,
        "records.json": 2,
        "articles.tsv": 2,
        "page.html": 1,
        "articles.csv": 2,
    }
    titles = {r["title"] for r in rows}
    assert {
        "Council votes to close coal plant by 2030",
        "Fishermen protest new harbour fees",
        "Mediators meet rival militia leaders in Kestral",
    } <= titles
    assert all(r["text"] and r["title"] for r in rows)


@pytest.mark.parametrize(
    ("fixture", "n", "title"),
    [
        ("dump.txt", 3, "Farmers block highway to protest grain import quotas"),
        ("records.jsonl", 3, "Teachers end week-long strike after pay deal"),
        ("records.json", 2, "Students march against tuition increase"),
        ("page.html", 1, "Fishermen protest new harbour fees"),
    ],
)
def test_stdin(workdir: Path, inputs: Path, fixture: str, n: int, title: str) -> None:
    result = run("ingest", "-", "--db", "store.duckdb", input=(inputs / fixture).read_bytes())
    assert result.exit_code == 0, result.output
    assert summary(result)["added"] == n
    rows = stored(workdir / "store.duckdb")
    assert {r["source_path"] for r in rows} == {"<stdin>"}
    assert title in {r["title"] for r in rows}


def test_csv_field_mapping_is_validated(workdir: Path, inputs: Path) -> None:
    result = run("ingest", str(inputs / "articles.csv"), "--db", "s.duckdb", "--field", "body")
    assert result.exit_code == 2
    assert "--field" in result.stderr and "KEY=COLUMN" in result.stderr


# -- bad input ------------------------------------------------------------------------------


def write_bad_inputs(root: Path, inputs: Path) -> dict[str, str]:
    """Every kind of bad input next to good ones; returns file -> the line expected for it."""
    root.mkdir()
    good = json.dumps(
        {
            "title": "Ferry service resumes",
            "text": "Ferry service between the "
            "islands resumed on Monday after a week of storms, the operator said.",
        }
    )
    (root / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(256))
    (root / "empty.txt").write_bytes(b"")
    (root / "latin1.txt").write_bytes("Title\n\nCafé owners protested.\n".encode("latin-1"))
    data = gzip.compress((inputs / "dump.txt").read_bytes())
    (root / "cut.txt.gz").write_bytes(data[: len(data) // 2])
    (root / "feed.jsonl").write_text(
        f'{good}\n{{"text": "unterminated\n{{"title": "no text"}}\n', encoding="utf-8"
    )
    (root / "table.csv").write_text(
        'title,text\n"Bridge reopens","The bridge reopened on Friday."\n"a","b","c"\n',
        encoding="utf-8",
    )
    (root / "notes.docx").write_bytes(b"PK\x03\x04")
    shutil.copy(inputs / "single.txt", root / "single.txt")
    return {
        "photo.txt": "in/photo.txt: skipped: binary data",
        "empty.txt": "in/empty.txt: skipped: empty",
        "latin1.txt": "in/latin1.txt:line 3: skipped: invalid UTF-8 (byte 0xe9)",
        "cut.txt.gz": "in/cut.txt.gz: skipped: truncated or corrupt gzip (",
        "feed.jsonl#2": "in/feed.jsonl:line 2: skipped: invalid JSON (",
        "feed.jsonl#3": "in/feed.jsonl:line 3: skipped: no text in field 'text'",
        "table.csv": "in/table.csv:line 3: skipped: wrong number of fields",
        "notes.docx": "in/notes.docx: skipped: unsupported file type (.docx)",
        "missing": "missing.txt: skipped: not found",
    }


def test_bad_inputs_one_line_each_and_the_batch_goes_through(workdir: Path, inputs: Path) -> None:
    expected = write_bad_inputs(workdir / "in", inputs)
    result = run("ingest", "in", "missing.txt", "--db", "store.duckdb")
    assert result.exit_code == 0, result.output

    lines = result.stderr.splitlines()
    for want in expected.values():
        matching = [ln for ln in lines if ln.startswith(want)]
        assert len(matching) == 1, (want, lines)
    # Nothing else besides the skip lines and the summary.
    assert len(lines) == len(expected) + 1
    assert summary(result) == {
        "files": 9,
        "read": 3,  # one each from feed.jsonl, table.csv and single.txt
        "added": 3,
        "stored": 0,
        "skipped": {
            "binary data": 1,
            "empty": 1,
            "invalid UTF-8": 1,
            "invalid JSON": 1,
            "no text in field 'text'": 1,
            "not found": 1,
            "truncated or corrupt gzip": 1,
            "unsupported file type": 1,
            "wrong number of fields": 1,
        },
    }
    assert {r["title"] for r in stored(workdir / "store.duckdb")} == {
        "Ferry service resumes",
        "Bridge reopens",
        "Harbour workers strike over unpaid wages in Port Celso",
    }


def test_strict_fails_on_any_skip_but_keeps_what_was_read(workdir: Path, inputs: Path) -> None:
    write_bad_inputs(workdir / "in", inputs)
    result = run("ingest", "in", "--db", "store.duckdb", "--strict")
    assert result.exit_code == 1
    assert "Error: 8 inputs skipped (--strict)" in result.stderr
    assert len(stored(workdir / "store.duckdb")) == 3
    # --strict with clean input succeeds.
    result = run("ingest", str(inputs / "dump.txt"), "--db", "store.duckdb", "--strict")
    assert result.exit_code == 0, result.output


def test_nothing_readable_exits_non_zero(workdir: Path) -> None:
    (workdir / "empty.txt").write_bytes(b"")
    result = run("ingest", "empty.txt", "missing.json", "--db", "store.duckdb")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "empty.txt: skipped: empty",
        "missing.json: skipped: not found",
        "2 files, 0 articles read, 0 added, 0 already stored; skipped: 1 empty, 1 not found",
        "Error: nothing could be read",
    ]


def test_skip_line_for_a_long_path_stays_one_line(workdir: Path) -> None:
    deep = workdir / ("archive_of_regional_wire_services_" * 3) / "2016" / "may"
    deep.mkdir(parents=True)
    (deep / "empty_story_file.txt").write_bytes(b"")
    result = run("ingest", str(deep), str(workdir / "missing.txt"), "--db", "store.duckdb")
    lines = result.stderr.splitlines()
    assert f"{deep / 'empty_story_file.txt'}: skipped: empty" in lines


# -- idempotence ----------------------------------------------------------------------------


def test_ingesting_twice_adds_nothing_and_force_reprocesses(workdir: Path, inputs: Path) -> None:
    paths = [str(inputs / "dump.txt"), str(inputs / "records.json")]
    first = run("ingest", *paths, "--db", "store.duckdb")
    assert summary(first)["added"] == 5
    before = stored(workdir / "store.duckdb")

    again = run("ingest", *paths, "--db", "store.duckdb")
    assert again.exit_code == 0, again.output
    assert summary(again) == {"files": 2, "read": 5, "added": 0, "stored": 5, "skipped": {}}
    assert stored(workdir / "store.duckdb") == before

    forced = run("ingest", *paths, "--db", "store.duckdb", "--force")
    assert forced.exit_code == 0, forced.output
    assert summary(forced)["added"] == 5
    assert stored(workdir / "store.duckdb") == before  # same content, one row each


def test_article_id_is_stable_across_formats(workdir: Path, inputs: Path) -> None:
    run("ingest", str(inputs / "single.txt"), "--db", "store.duckdb")
    result = run("ingest", str(inputs / "records.jsonl"), "--db", "store.duckdb")
    assert summary(result) == {"files": 1, "read": 3, "added": 2, "stored": 1, "skipped": {}}
    # The same story piped in, hard-wrapped, is still the same article.
    text = (inputs / "single.txt").read_text(encoding="utf-8").replace(", ", ",\n")
    result = run("ingest", "-", "--db", "store.duckdb", input=text)
    assert summary(result)["added"] == 0
    rows = stored(workdir / "store.duckdb")
    harbour = [
        r for r in rows if r["title"] == "Harbour workers strike over unpaid wages in Port Celso"
    ]
    assert len(harbour) == 1 and harbour[0]["source_path"].endswith("single.txt")


# -- articles command and store errors ------------------------------------------------------


def test_articles_command_formats(workdir: Path, inputs: Path) -> None:
    run("ingest", str(inputs / "dump.txt"), "--db", "store.duckdb")
    table = run("articles", "--db", "store.duckdb")
    assert table.exit_code == 0 and "3 articles" in table.stdout
    assert "Loma/Kestral" in table.stdout

    as_csv = run("articles", "--db", "store.duckdb", "--format", "csv", "--limit", "2")
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert len(rows) == 2
    assert rows[0]["byline"] == "Oskar Lind; Priya Venn" and rows[0]["outlet"] == "Reuters"

    (first, *_) = stored(workdir / "store.duckdb")
    assert first["byline"] == ["Oskar Lind", "Priya Venn"]
    assert first["published"] is None and first["published_basis"] == "unknown"


def test_newer_store_is_refused_with_a_clear_error(workdir: Path, inputs: Path) -> None:
    with Store(workdir / "store.duckdb") as store:
        store.con.execute("INSERT INTO schema_version VALUES (?, now())", [SCHEMA_VERSION + 1])
    for args in (["ingest", str(inputs / "dump.txt")], ["articles"]):
        result = run(*args, "--db", "store.duckdb")
        assert result.exit_code == 1
        assert result.stderr.splitlines() == [
            f"Error: store store.duckdb has schema {SCHEMA_VERSION + 1}, newer than this "
            f"eventwire ({SCHEMA_VERSION}); upgrade eventwire"
        ]


def test_articles_on_missing_store_is_an_error(workdir: Path) -> None:
    result = run("articles", "--db", "nowhere.duckdb")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: cannot open store nowhere.duckdb")


# -- the shared sample corpus ---------------------------------------------------------------
# Facts below were checked by reading the corpus files; no article text is copied here.


@pytest.fixture(scope="module")
def corpus_run(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Result, Path]:
    db = tmp_path_factory.mktemp("corpus") / "corpus.duckdb"
    return run("ingest", str(corpus_dir), "--db", str(db)), db


@pytest.fixture(scope="module")
def corpus_articles(corpus_run: tuple[Result, Path]) -> list[dict[str, object]]:
    return stored(corpus_run[1])


def by_title(arts: list[dict[str, object]], title: str) -> dict[str, object]:
    (art,) = [a for a in arts if a["title"] == title]
    return art


@pytest.mark.corpus
def test_corpus_reads_32_articles(
    corpus_run: tuple[Result, Path], corpus_articles: list[dict[str, object]]
) -> None:
    result, _ = corpus_run
    assert result.exit_code == 0, result.output
    assert summary(result) == {"files": 5, "read": 32, "added": 32, "stored": 0, "skipped": {}}
    per_file = Counter(Path(str(a["source_path"])).name[:3] for a in corpus_articles)
    assert per_file == {"000": 10, "001": 10, "002": 10, "003": 1, "004": 1}
    for prefix in ("000", "001", "002"):
        indices = [
            a["source_index"]
            for a in corpus_articles
            if Path(str(a["source_path"])).name.startswith(prefix)
        ]
        assert indices == list(range(10))


@pytest.mark.corpus
def test_corpus_layout_general_properties(corpus_articles: list[dict[str, object]]) -> None:
    credit = re.compile(r"^\((additional )?(reporting|writing|editing)\b", re.I)
    for a in corpus_articles:
        title, text = str(a["title"] or ""), str(a["text"])
        assert 3 <= len(title.split()) <= 22 and not title.endswith("."), title
        paras = text.split("\n\n")
        assert len(text.split()) > 150, title
        assert not any(credit.match(p) for p in paras), title
        assert not any(p.startswith("By ") and len(p.split()) < 12 for p in paras), title
        assert "(Reuters)" not in paras[0] and "•" not in text, title
        assert not set(paras) & {"Share", "Advertisement"}, title
        assert a["caption"] is None or str(a["caption"]) not in text
        assert title not in paras[0]
        if a["dateline"]:
            place = str(a["dateline"])
            assert not place.isupper() and all(p[:1].isupper() for p in place.split("/"))
        for name in a["byline"]:  # type: ignore[attr-defined]
            assert 2 <= len(name.split()) <= 4 and name[0].isupper(), name
        caption = str(a["caption"] or "")
        if a["published_basis"] == "caption":
            assert str(date.fromisoformat(str(a["published"])).year) in caption
            assert not caption.startswith("FILE PHOTO")
        elif a["published_basis"] == "unknown":
            assert a["published"] is None
    wire = [a for a in corpus_articles if Path(str(a["source_path"])).name[:3] <= "002"]
    assert {a["outlet"] for a in wire} == {"Reuters", "Thomson Reuters Foundation"}
    assert sum(1 for a in wire if a["caption"]) >= 28
    assert sum(1 for a in wire if a["byline"]) >= 22


@pytest.mark.corpus
def test_corpus_specific_stories(corpus_articles: list[dict[str, object]]) -> None:
    idomeni = [a for a in corpus_articles if str(a["dateline"]).startswith("Idomeni")]
    assert len(idomeni) == 1
    assert idomeni[0]["dateline"] == "Idomeni, Greece"
    assert idomeni[0]["byline"] == [] and idomeni[0]["outlet"] == "Reuters"

    baghdad = by_title(
        corpus_articles, "Three bombings in Baghdad kill over 70 in worst violence so far"
    )
    assert baghdad["byline"] == ["Kareem Raheem"]
    assert baghdad["dateline"] == "Baghdad" and baghdad["outlet"] == "Reuters"
    assert (baghdad["published"], baghdad["published_basis"]) == ("2016-05-17", "caption")

    three_cities = by_title(corpus_articles, "Iran, France concerned with Syria violence")
    assert three_cities["dateline"] == "Beirut/Paris/Dubai"
    assert three_cities["byline"] == ["Tom Perry", "John Irish", "Bozorgmehr Sharafedin"]

    no_place = by_title(
        corpus_articles, "Protesters throw rocks, bottles at police outside Trump rally"
    )
    assert no_place["dateline"] is None and no_place["outlet"] == "Reuters"
    assert no_place["byline"] == ["Brendan O’Brien"]

    foundation = {
        a["dateline"] for a in corpus_articles if a["outlet"] == "Thomson Reuters Foundation"
    }
    assert foundation == {"London", "Barcelona", "New Delhi"}

    amman = by_title(
        corpus_articles, "U.S., Russia discuss de-escalation zone for southwest Syria: diplomats"
    )
    assert str(amman["caption"]).endswith("REUTERS/Alaa Al-Faqir")
    assert (amman["published"], amman["published_basis"]) == ("2017-06-08", "caption")

    bloomberg = by_title(
        corpus_articles, "U.S. Urges Russia to Halt Assad Aleppo Attack as Truce Frays"
    )
    assert bloomberg["outlet"] == "Bloomberg" and bloomberg["byline"] == []
    assert "Terminal" not in str(bloomberg["text"])
    assert "Major Offensive" not in str(bloomberg["text"]).split("\n\n")  # sub-heading

    scraped = by_title(corpus_articles, "Syrian government launches offensive south of Aleppo")
    assert scraped["outlet"] is None and scraped["dateline"] is None
    # The trailing link to another story is not part of the article.
    assert "Islamic State group retakes Syrian town" not in str(scraped["text"])


@pytest.mark.corpus
def test_corpus_second_run_adds_nothing(
    corpus_dir: Path, corpus_run: tuple[Result, Path], corpus_articles: list[dict[str, object]]
) -> None:
    _, db = corpus_run
    result = run("ingest", str(corpus_dir), "--db", str(db))
    assert result.exit_code == 0, result.output
    assert summary(result) == {"files": 5, "read": 32, "added": 0, "stored": 32, "skipped": {}}
    assert stored(db) == corpus_articles
