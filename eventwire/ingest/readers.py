"""Read the files analysts have into articles, reporting bad input without stopping.

Every reader yields either an ``Article`` or a ``Skip`` naming the file, the place in it
and the reason, so one broken record never costs the rest of the batch.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import sys
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from eventwire.ingest.layout import ParsedArticle, parse_record_text, split_dump
from eventwire.model import Article, article_id_for

TEXT_SUFFIXES = {".txt", ".text"}
JSON_SUFFIXES = {".jsonl", ".ndjson", ".json"}
CSV_SUFFIXES = {".csv", ".tsv"}
HTML_SUFFIXES = {".html", ".htm"}
SUPPORTED = TEXT_SUFFIXES | JSON_SUFFIXES | CSV_SUFFIXES | HTML_SUFFIXES

# Record fields -> column names in the input; override with --field text=body etc.
DEFAULT_FIELDS = {
    "text": "text",
    "title": "title",
    "published": "published",
    "url": "url",
    "outlet": "outlet",
}


@dataclass
class Skip:
    """An input that could not be read: printed as one line, counted by reason."""

    source: str
    where: str | None
    reason: str
    detail: str = ""

    def __str__(self) -> str:
        place = f"{self.source}:{self.where}" if self.where else self.source
        return f"{place}: skipped: {self.reason}" + (f" ({self.detail})" if self.detail else "")


Item = Article | Skip


def iter_paths(paths: list[str]) -> Iterator[str | Path]:
    """Expand directories recursively (sorted, hidden files ignored); '-' is stdin."""
    for p in paths:
        if p == "-":
            yield "-"
            continue
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                if f.is_file() and not any(
                    part.startswith(".") for part in f.relative_to(path).parts
                ):
                    yield f
        else:
            yield path


def read_path(path: str | Path, fields: Mapping[str, str] | None = None) -> Iterator[Item]:
    """Articles from one file (any supported format, optionally gzipped) or stdin."""
    fields = {**DEFAULT_FIELDS, **(fields or {})}
    if path == "-":
        data = sys.stdin.buffer.read()
        yield from _reported_if_empty(_read_bytes(data, "<stdin>", _sniff(data), fields), "<stdin>")
        return
    path = Path(path)
    name = str(path)
    if not path.exists():
        yield Skip(name, None, "not found")
        return
    suffixes = [s.lower() for s in path.suffixes]
    gz = bool(suffixes) and suffixes[-1] == ".gz"
    kind = suffixes[-2] if gz and len(suffixes) > 1 else suffixes[-1] if suffixes else ""
    if kind not in SUPPORTED:
        yield Skip(name, None, "unsupported file type", kind or "no extension")
        return
    try:
        data = path.read_bytes()
        if gz:
            data = _gunzip(data)
    except (OSError, EOFError, zlib.error) as e:
        yield Skip(name, None, "truncated or corrupt gzip" if gz else "unreadable", str(e))
        return
    yield from _reported_if_empty(_read_bytes(data, name, kind, fields), name)


def _reported_if_empty(items: Iterator[Item], name: str) -> Iterator[Item]:
    """A file that yields neither an article nor a skip (an empty JSON array, a CSV with only
    a header, a page of links) must still be reported, or it vanishes from the batch."""
    found = False
    for item in items:
        found = True
        yield item
    if not found:
        yield Skip(name, None, "no articles found")


def _gunzip(data: bytes) -> bytes:
    with gzip.GzipFile(fileobj=io.BytesIO(data)) as f:
        return f.read()


def _sniff(data: bytes) -> str:
    head = data.lstrip()[:200].lower()
    if head.startswith((b"{", b"[")):
        return ".jsonl"
    if head.startswith((b"<!doctype", b"<html", b"<")):
        return ".html"
    return ".txt"


def _read_bytes(data: bytes, name: str, kind: str, fields: Mapping[str, str]) -> Iterator[Item]:
    if not data.strip():
        yield Skip(name, None, "empty")
        return
    if _looks_binary(data):
        yield Skip(name, None, "binary data")
        return
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        yield Skip(name, f"line {line}", "invalid UTF-8", f"byte 0x{data[e.start]:02x}")
        return
    if kind in TEXT_SUFFIXES:
        for parsed in split_dump(text):
            yield _article(parsed, name)
    elif kind in HTML_SUFFIXES:
        yield from _read_html(text, name)
    elif kind in JSON_SUFFIXES:
        yield from _read_json(text, name, fields)
    else:
        yield from _read_csv(text, name, fields, delimiter="\t" if kind == ".tsv" else ",")


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return control > len(sample) * 0.05


def _article(parsed: ParsedArticle, source: str, index: int | None = None) -> Article:
    return Article(
        article_id=article_id_for(parsed.text),
        text=parsed.text,
        source_path=source,
        source_index=parsed.source_index if index is None else index,
        outlet=parsed.outlet,
        title=parsed.title,
        byline=parsed.byline,
        dateline=parsed.dateline,
        caption=parsed.caption,
        published=parsed.published,
        published_basis=parsed.published_basis,
        url=parsed.url,
    )


def _read_html(html: str, name: str) -> Iterator[Item]:
    import trafilatura  # slow to import; only needed for HTML

    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False
    )
    if doc is None or not (doc.text or "").strip():
        yield Skip(name, None, "no article text found in HTML")
        return
    meta = doc.as_dict()
    text = meta.get("text") or ""
    title = meta.get("title")
    lines = text.split("\n")
    if title and lines and lines[0].strip() == title.strip():
        text = "\n".join(lines[1:])
    parsed = parse_record_text(text)
    parsed.title = title or parsed.title
    if meta.get("author") and not parsed.byline:
        parsed.byline = [a.strip() for a in meta["author"].split(";") if a.strip()]
    parsed.outlet = parsed.outlet or meta.get("sitename")
    parsed.url = meta.get("url")
    if (d := _parse_date(meta.get("date"))) and meta.get("date") != meta.get("filedate"):
        parsed.published, parsed.published_basis = d, "given"
    if not parsed.text:
        yield Skip(name, None, "no article text found in HTML")
        return
    yield _article(parsed, name, 0)


def _record(
    rec: Mapping[str, object], fields: Mapping[str, str], name: str, where: str, index: int
) -> Item:
    raw = rec.get(fields["text"])
    if not isinstance(raw, str) or not raw.strip():
        return Skip(name, where, f"no text in field '{fields['text']}'")
    parsed = parse_record_text(raw)
    if not parsed.text:
        return Skip(name, where, "nothing left after removing boilerplate")

    def get(key: str) -> str | None:
        v = rec.get(fields[key])
        return str(v).strip() if v not in (None, "") else None

    parsed.title = get("title") or parsed.title
    parsed.outlet = get("outlet") or parsed.outlet
    parsed.url = get("url")
    published = get("published")
    if published:
        d = _parse_date(published)
        if d is None:
            return Skip(name, where, "unreadable date", f"{fields['published']}={published!r}")
        parsed.published, parsed.published_basis = d, "given"
    return _article(parsed, name, index)


def _read_json(text: str, name: str, fields: Mapping[str, str]) -> Iterator[Item]:
    stripped = text.lstrip()
    if stripped.startswith("{"):  # one (possibly pretty-printed) record, else JSON lines
        try:
            whole = json.loads(text)
        except json.JSONDecodeError:
            whole = None
        if isinstance(whole, dict):
            yield _record(whole, fields, name, "record 1", 0)
            return
    if stripped.startswith("["):  # a JSON array of records
        try:
            records = json.loads(text)
        except json.JSONDecodeError as e:
            yield Skip(name, f"line {e.lineno}", "invalid JSON", e.msg)
            return
        for i, rec in enumerate(records):
            if isinstance(rec, dict):
                yield _record(rec, fields, name, f"record {i + 1}", i)
            else:
                yield Skip(name, f"record {i + 1}", "not a JSON object")
        return
    index = 0
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            yield Skip(name, f"line {lineno}", "invalid JSON", e.msg)
            continue
        if not isinstance(rec, dict):
            yield Skip(name, f"line {lineno}", "not a JSON object")
            continue
        yield _record(rec, fields, name, f"line {lineno}", index)
        index += 1


def _read_csv(text: str, name: str, fields: Mapping[str, str], delimiter: str) -> Iterator[Item]:
    csv.field_size_limit(50_000_000)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    index = 0
    try:
        header = reader.fieldnames or []
        if fields["text"] not in header:
            yield Skip(name, "line 1", f"no column '{fields['text']}'", f"columns: {header}")
            return
        for rec in reader:
            where = f"line {reader.line_num}"
            if None in rec or any(v is None for v in rec.values()):
                yield Skip(name, where, "wrong number of fields")
                continue
            yield _record(rec, fields, name, where, index)
            index += 1
    except csv.Error as e:
        yield Skip(name, f"line {reader.line_num}", "malformed CSV", str(e))


def _parse_date(value: object) -> date | None:
    if value is None:
        return None
    s = str(value).strip()
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    import dateparser  # slower; only for non-ISO dates

    d = dateparser.parse(s, settings={"PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": False})
    return d.date() if d else None
