"""Readers: every supported format goes into a real DuckDB store; every kind of bad input
becomes one Skip naming the file, the place in it and the reason, and the rest still loads."""

from __future__ import annotations

import gzip
import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from eventwire.ingest import IngestReport, ingest
from eventwire.ingest.readers import Skip, iter_paths, read_path
from eventwire.model import Article
from eventwire.store import Store

CSV_FIELDS = {"text": "body", "title": "headline", "published": "date", "outlet": "source"}


@pytest.fixture(scope="module")
def inputs(fixtures_dir: Path) -> Path:
    return fixtures_dir / "ingest"


def load(
    db: Path, paths: list[Path | str], fields: dict[str, str] | None = None
) -> tuple[IngestReport, list[Article]]:
    """Ingest into the store at db and read back what it holds."""
    with Store(db) as store:
        report = ingest([str(p) for p in paths], store, fields)
        return report, list(store.articles())


def skips(path: Path | str, fields: dict[str, str] | None = None) -> list[str]:
    return [str(i) for i in read_path(path, fields) if isinstance(i, Skip)]


def articles(path: Path | str, fields: dict[str, str] | None = None) -> list[Article]:
    return [i for i in read_path(path, fields) if isinstance(i, Article)]


# -- formats --------------------------------------------------------------------------------


def test_txt_single_article(tmp_db: Path, inputs: Path) -> None:
    report, (art,) = load(tmp_db, [inputs / "single.txt"])
    assert (report.files, report.articles, report.added) == (1, 1, 1)
    assert art.title == "Harbour workers strike over unpaid wages in Port Celso"
    assert art.byline == ["Marta Ilves"]
    assert art.dateline == "Port Celso, Veloria"
    assert art.outlet == "Reuters"
    assert art.caption and art.caption.endswith("REUTERS/Ana Quill")
    assert (art.published, art.published_basis) == (date(2021, 3, 3), "caption")
    assert art.source_path == str(inputs / "single.txt") and art.source_index == 0
    assert art.text.startswith("Several hundred dock workers")
    assert art.text.endswith("no clashes were reported.")
    assert art.text.count("\n\n") == 3


def test_txt_dump_of_several_stories(tmp_db: Path, inputs: Path) -> None:
    report, arts = load(tmp_db, [inputs / "dump.txt"])
    assert report.added == 3
    assert [a.source_index for a in arts] == [0, 1, 2]
    assert [a.outlet for a in arts] == ["Reuters", "AFP", "Reuters"]
    assert [a.dateline for a in arts] == ["Darvo", "Loma/Kestral", None]
    assert arts[0].byline == ["Oskar Lind", "Priya Venn"]
    assert all("Editing by" not in a.text for a in arts)


def test_jsonl(tmp_db: Path, inputs: Path) -> None:
    report, arts = load(tmp_db, [inputs / "records.jsonl"])
    assert (report.articles, report.added, sum(report.skipped.values())) == (3, 3, 0)
    by_title = {a.title: a for a in arts}
    harbour = by_title["Harbour workers strike over unpaid wages in Port Celso"]
    # The dateline inside the text is still recognised; the given date wins.
    assert (harbour.dateline, harbour.outlet) == ("Port Celso, Veloria", "Reuters")
    assert (harbour.published, harbour.published_basis) == (date(2021, 3, 3), "given")
    assert harbour.url == "https://example.org/news/harbour-strike"
    assert "Editing by" not in harbour.text
    flood = by_title["Flooding forces evacuation of river villages"]
    assert flood.outlet == "Amsel Courier"
    assert flood.text.count("\n\n") == 1


def test_json_array(tmp_db: Path, inputs: Path) -> None:
    _, arts = load(tmp_db, [inputs / "records.json"])
    assert [a.title for a in arts] == [
        "Border guards detain smugglers near mountain pass",
        "Students march against tuition increase",
    ]
    assert [a.source_index for a in arts] == [0, 1]
    assert arts[0].outlet == "Tavri Herald" and arts[1].outlet is None
    assert arts[1].published == date(2020, 10, 14)


def test_json_file_holding_one_pretty_printed_object(tmp_db: Path, tmp_path: Path) -> None:
    rec = {
        "title": "Dam talks stall",
        "text": "Engineers from both sides left the dam talks on "
        "Friday without agreeing on a schedule for water releases, officials said.",
    }
    path = tmp_path / "one.json"
    path.write_text(json.dumps(rec, indent=2), encoding="utf-8")
    assert skips(path) == []
    report, (art,) = load(tmp_db, [path])
    assert art.title == "Dam talks stall"


def test_csv_with_field_mapping(tmp_db: Path, inputs: Path) -> None:
    _, arts = load(tmp_db, [inputs / "articles.csv"], CSV_FIELDS)
    assert [a.title for a in arts] == [
        "Council votes to close coal plant by 2030",
        "Ministers agree on shared water plan",
    ]
    assert [a.outlet for a in arts] == ["Bremla Daily", "Regional Wire"]
    assert [a.published for a in arts] == [date(2019, 4, 9), date(2018, 7, 20)]
    # A quoted field keeps its paragraphs and its doubled quotes come back single.
    assert arts[0].text.count("\n\n") == 1 and '"This is a long-awaited step,"' in arts[0].text


def test_csv_without_mapping_names_the_missing_column(inputs: Path) -> None:
    path = inputs / "articles.csv"
    (line,) = skips(path)
    assert line.startswith(f"{path}:line 1: skipped: no column 'text' (columns: ")
    assert "headline" in line


def test_tsv(tmp_db: Path, inputs: Path) -> None:
    report, arts = load(tmp_db, [inputs / "articles.tsv"])
    assert report.added == 2
    assert arts[1].title == "Police disperse sit-in outside ministry"
    assert arts[1].text.endswith("At least four people were detained.")


def test_html_with_boilerplate(tmp_db: Path, inputs: Path) -> None:
    _, (art,) = load(tmp_db, [inputs / "page.html"])
    assert art.title == "Fishermen protest new harbour fees"
    assert art.byline == ["Ines Marlow"]
    assert art.outlet == "The Coastal Ledger"
    assert (art.published, art.published_basis) == (date(2022, 5, 11), "given")
    assert art.url == "https://coastal-ledger.example/news/fishermen-protest-harbour-fees"
    paras = art.text.split("\n\n")
    assert len(paras) == 5
    assert paras[0].startswith("About two hundred fishermen")
    assert paras[-1].startswith("The protest ended peacefully")
    for furniture in (
        "cookies",
        "Advertisement",
        "Share",
        "Related",
        "Subscribe",
        "©",
        "Skip to",
        "Weather",
        "Storm damages breakwater",
    ):
        assert furniture not in art.text


def test_gzipped_dump_reads_like_the_plain_one(tmp_db: Path, tmp_path: Path, inputs: Path) -> None:
    gz = tmp_path / "dump.txt.gz"
    gz.write_bytes(gzip.compress((inputs / "dump.txt").read_bytes()))
    _, arts = load(tmp_db, [gz])
    plain = articles(inputs / "dump.txt")
    assert [a.article_id for a in arts] == [a.article_id for a in plain]
    assert [a.title for a in arts] == [a.title for a in plain]
    assert arts[0].source_path == str(gz)


def test_directory_is_read_recursively_skipping_hidden(
    tmp_db: Path, tmp_path: Path, inputs: Path
) -> None:
    root = tmp_path / "inbox"
    (root / "2021" / "march").mkdir(parents=True)
    (root / ".cache").mkdir()
    shutil.copy(inputs / "single.txt", root / "2021" / "march" / "single.txt")
    shutil.copy(inputs / "dump.txt", root / "2021" / "dump.txt")
    shutil.copy(inputs / "records.json", root / "records.json")
    shutil.copy(inputs / "dump.txt", root / ".cache" / "copy.txt")
    (root / ".hidden.txt").write_text("not to be read", encoding="utf-8")

    assert [Path(p).relative_to(root).as_posix() for p in iter_paths([str(root)])] == [
        "2021/dump.txt",
        "2021/march/single.txt",
        "records.json",
    ]
    report, arts = load(tmp_db, [root])
    assert (report.files, report.files_read, report.added) == (3, 3, 6)
    assert not report.skipped


def test_same_story_has_same_id_in_every_format(tmp_path: Path, inputs: Path) -> None:
    (txt,) = articles(inputs / "single.txt")
    from_jsonl = articles(inputs / "records.jsonl")[0]
    # The same story hard-wrapped with Windows line ends, and gzipped.
    wrapped = tmp_path / "wrapped.txt.gz"
    raw = (inputs / "single.txt").read_text(encoding="utf-8")
    wrapped.write_bytes(gzip.compress(raw.replace(", ", ",\n").replace("\n", "\r\n").encode()))
    (from_gz,) = articles(wrapped)
    assert txt.article_id == from_jsonl.article_id == from_gz.article_id
    # A different story gets a different id.
    assert len({a.article_id for a in articles(inputs / "dump.txt")} | {txt.article_id}) == 4


# -- bad input ------------------------------------------------------------------------------

GOOD_RECORD = {
    "title": "Ferry service resumes",
    "text": "Ferry service between the two "
    "islands resumed on Monday after a week of storms, the operator said.",
}
GOOD_LINE = json.dumps(GOOD_RECORD)


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        (
            "photo.txt",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
            "{path}: skipped: binary data",
        ),
        ("empty.txt", b"", "{path}: skipped: empty"),
        ("blank.jsonl", b"  \n\n \n", "{path}: skipped: empty"),
        (
            "latin1.txt",
            "Title\n\nFirst line.\nCafé owners said.\n".encode("latin-1"),
            "{path}:line 4: skipped: invalid UTF-8 (byte 0xe9)",
        ),
        ("notes.docx", b"PK\x03\x04", "{path}: skipped: unsupported file type (.docx)"),
        ("README", b"plain words", "{path}: skipped: unsupported file type (no extension)"),
        ("feed.jsonl", b'"a string"\n', "{path}:line 1: skipped: not a JSON object"),
        ("empty_array.json", b"[]", "{path}: skipped: no articles found"),
        ("header_only.csv", b"title,text\n", "{path}: skipped: no articles found"),
        (
            "links.txt",
            b"Share\n\nAdvertisement\n\nSubscribe now\n",
            "{path}: skipped: no articles found",
        ),
        (
            "broken.json",
            b'[{"text": "a"},\n {"text": ',
            "{path}:line 2: skipped: invalid JSON (Expecting value)",
        ),
    ],
)
def test_bad_file_gives_one_line(tmp_path: Path, name: str, content: bytes, expected: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert skips(path) == [expected.format(path=path)]
    assert articles(path) == []


def test_missing_path(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "story.txt"
    assert skips(path) == [f"{path}: skipped: not found"]


def test_truncated_gzip(tmp_path: Path, inputs: Path) -> None:
    data = gzip.compress((inputs / "dump.txt").read_bytes())
    path = tmp_path / "dump.txt.gz"
    path.write_bytes(data[: len(data) // 2])
    (line,) = skips(path)
    assert line.startswith(f"{path}: skipped: truncated or corrupt gzip (")
    path.write_bytes(b"not gzip at all")
    (line,) = skips(path)
    assert line.startswith(f"{path}: skipped: truncated or corrupt gzip (")


def test_malformed_json_line_among_good_ones(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    other = {**GOOD_RECORD, "text": GOOD_RECORD["text"].replace("Monday", "Tuesday")}
    path.write_text(
        f'{GOOD_LINE}\n{{"title": "cut off", "text": "Half a\n{json.dumps(other)}\n',
        encoding="utf-8",
    )
    (line,) = skips(path)
    assert line.startswith(f"{path}:line 2: skipped: invalid JSON (")
    assert len(articles(path)) == 2
    assert [a.source_index for a in articles(path)] == [0, 1]


def test_records_without_text(tmp_path: Path) -> None:
    jsonl = tmp_path / "feed.jsonl"
    jsonl.write_text(
        "\n".join(
            [
                GOOD_LINE,
                '{"title": "No body", "text": ""}',
                '{"title": "Wrong type", "text": 42}',
                '{"title": "None"}',
            ]
        ),
        encoding="utf-8",
    )
    assert skips(jsonl) == [
        f"{jsonl}:line {n}: skipped: no text in field 'text'" for n in (2, 3, 4)
    ]
    assert len(articles(jsonl)) == 1

    array = tmp_path / "records.json"
    array.write_text(json.dumps([GOOD_RECORD, {"title": "x"}, "a string"]), encoding="utf-8")
    assert skips(array) == [
        f"{array}:record 2: skipped: no text in field 'text'",
        f"{array}:record 3: skipped: not a JSON object",
    ]
    assert len(articles(array)) == 1


def test_csv_rows_with_wrong_number_of_fields(tmp_path: Path) -> None:
    path = tmp_path / "table.csv"
    path.write_text(
        "title,text\n"
        '"Ferry service resumes","Ferry service resumed on Monday, the operator said."\n'
        '"Extra","Too many fields here.","surplus"\n'
        '"Too few"\n'
        '"Bridge reopens","The bridge reopened to traffic on Friday after repairs."\n',
        encoding="utf-8",
    )
    assert skips(path) == [f"{path}:line {n}: skipped: wrong number of fields" for n in (3, 4)]
    assert [a.title for a in articles(path)] == ["Ferry service resumes", "Bridge reopens"]


def test_unreadable_date_names_the_field(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({**GOOD_RECORD, "published": "the day after"}), encoding="utf-8")
    assert skips(path) == [f"{path}:record 1: skipped: unreadable date (published='the day after')"]


def test_bad_files_do_not_stop_the_batch(tmp_db: Path, tmp_path: Path, inputs: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "notes.docx").write_bytes(b"PK")
    paths = [
        tmp_path / "empty.txt",
        inputs / "single.txt",
        tmp_path / "bin.txt",
        tmp_path / "missing.txt",
        tmp_path / "notes.docx",
        inputs / "dump.txt",
    ]
    seen: list[Skip] = []
    with Store(tmp_db) as store:
        report = ingest([str(p) for p in paths], store, on_skip=seen.append)
        assert store.count("articles") == 4
    assert (report.files, report.files_read, report.articles, report.added) == (6, 2, 4, 4)
    assert dict(report.skipped) == {
        "empty": 1,
        "binary data": 1,
        "not found": 1,
        "unsupported file type": 1,
    }
    assert report.messages == [str(s) for s in seen]
    assert report.summary() == (
        "6 files, 4 articles read, 4 added, 0 already stored; skipped: 1 binary data, "
        "1 empty, 1 not found, 1 unsupported file type"
    )
