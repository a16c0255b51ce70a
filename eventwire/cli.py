"""The eventwire command line: one command, a subcommand per job."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from eventwire import __version__
from eventwire.api import ExtractReport
from eventwire.ingest import IngestReport, ingest
from eventwire.ingest.readers import iter_paths
from eventwire.store import Store, StoreError

DEFAULT_DB = "eventwire.duckdb"
DEMO_CORPUS = Path(__file__).parent / "demo" / "corpus"
DEMO_FIELDS = {
    "csv": {"text": "body", "title": "headline", "published": "date", "outlet": "source"}
}

err = Console(stderr=True, highlight=False)
out = Console(highlight=False)

db_option = click.option(
    "--db", default=DEFAULT_DB, show_default=True, metavar="PATH", help="Store: a DuckDB file."
)


workers_option = click.option("--workers", type=click.IntRange(1, 64), default=1,
                              show_default=True, help="Extraction processes (one per core).")


def progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )


def open_store(db: str, read_only: bool = False) -> Store:
    try:
        return Store(db, read_only=read_only)
    except StoreError as e:
        raise click.ClickException(str(e)) from e


def parse_fields(values: Iterable[str]) -> dict[str, str]:
    fields = {}
    for v in values:
        key, sep, column = v.partition("=")
        if not sep or key not in {"text", "title", "published", "url", "outlet"}:
            raise click.BadParameter(
                f"{v!r}: expected KEY=COLUMN with KEY one of text, title, published, url, outlet",
                param_hint="--field",
            )
        fields[key] = column
    return fields


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="eventwire")
def main() -> None:
    """eventwire: news articles in, a geocoded, deduplicated event dataset out.

    Typical use: `eventwire run CORPUS/` then `eventwire events --format csv`.
    """


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option(
    "--field",
    "fields",
    multiple=True,
    metavar="KEY=COLUMN",
    help="Column of JSON/CSV records holding KEY (text, title, published, url, "
    "outlet). Repeatable, e.g. --field text=body.",
)
@click.option("--force", is_flag=True, help="Re-process articles already stored.")
@click.option("--strict", is_flag=True, help="Exit non-zero if any input was skipped.")
def ingest_cmd(
    paths: tuple[str, ...], db: str, fields: tuple[str, ...], force: bool, strict: bool
) -> None:
    """Read PATHS (.txt dumps, .jsonl/.json, .csv, .html, .gz of these, directories, '-' for
    stdin) and store their articles. Re-ingesting the same text adds nothing."""
    with open_store(db) as store:
        report = _ingest(list(paths), store, parse_fields(fields), force)
    _finish_ingest(report, strict)


def _ingest(paths: list[str], store: Store, fields: dict[str, str], force: bool) -> IngestReport:
    files = list(iter_paths(paths))
    with progress() as bar:
        task = bar.add_task("ingesting", total=len(files))
        report = ingest(
            [str(f) for f in files],
            store,
            fields,
            force,
            on_skip=lambda s: err.print(f"[yellow]{_escape(str(s))}[/]"),
            on_file=lambda path, n: bar.advance(task),
        )
    err.print(report.summary())
    return report


def _finish_ingest(report: IngestReport, strict: bool) -> None:
    if report.articles == 0:
        raise click.ClickException("nothing could be read")
    if strict and report.skipped:
        raise click.ClickException(f"{sum(report.skipped.values())} inputs skipped (--strict)")


def _escape(s: str) -> str:
    return s.replace("[", "\\[")


@main.command("articles")
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "jsonl"]),
    default="table",
    show_default=True,
)
@click.option("--limit", type=int, default=None, help="At most this many articles.")
def articles_cmd(db: str, fmt: str, limit: int | None) -> None:
    """List stored articles."""
    with open_store(db, read_only=True) as store:
        rows = [a.to_dict() for a in store.articles(limit=limit)]
    if fmt == "jsonl":
        for r in rows:
            out.file.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        cols = [
            "article_id",
            "source_path",
            "source_index",
            "outlet",
            "title",
            "byline",
            "dateline",
            "published",
            "published_basis",
            "url",
            "language",
        ]
        w = csv.DictWriter(sys.stdout, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({**r, "byline": "; ".join(r["byline"])})
    else:
        table = Table("id", "source", "outlet", "published", "dateline", "title")
        for r in rows:
            table.add_row(
                r["article_id"][:10],
                f"{Path(r['source_path']).name}#{r['source_index']}",
                r["outlet"] or "",
                _pub(r),
                r["dateline"] or "",
                r["title"] or "",
            )
        out.print(table)
        out.print(f"{len(rows)} articles")


def _pub(r: dict[str, Any]) -> str:
    return f"{r['published']} ({r['published_basis']})" if r["published"] else "unknown"


def _extract(store: Store, force: bool = False, workers: int = 1) -> ExtractReport:
    from eventwire.api import extract_store

    with progress() as bar:
        task = bar.add_task("extracting", total=store.count("articles"))
        report = extract_store(store, force=force, workers=workers,
                               on_article=lambda a, n: bar.advance(task))
    err.print(f"{report.articles} articles extracted, {report.mentions} event mentions, "
              f"{report.events} events after fusion")
    return report


@main.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--field", "fields", multiple=True, metavar="KEY=COLUMN",
              help="Column mapping for JSON/CSV records, as for ingest.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl",
              show_default=True)
def extract_cmd(paths: tuple[str, ...], fields: tuple[str, ...], fmt: str) -> None:
    """Print the events found in PATHS without storing anything."""
    from eventwire.extract import Extractor
    from eventwire.ingest import read_articles

    extractor = Extractor()
    report = IngestReport()
    rows = []
    for _, arts in read_articles(list(paths), parse_fields(fields), report,
                                 on_skip=lambda s: err.print(_escape(str(s)))):
        for article, events in extractor.extract_many(arts):
            for ev in events:
                rec = ev.to_dict()
                rec["article_id"] = article.article_id
                if fmt == "jsonl":
                    out.file.write(json.dumps(rec, ensure_ascii=False, default=str) + "\n")
                else:
                    rows.append(rec)
    if fmt == "table":
        _print_events(rows)
    if report.articles == 0:
        raise click.ClickException("nothing could be read")


@main.command("run")
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--field", "fields", multiple=True, metavar="KEY=COLUMN",
              help="Column mapping for JSON/CSV records, as for ingest.")
@click.option("--force", is_flag=True, help="Re-ingest and re-extract everything.")
@click.option("--strict", is_flag=True, help="Exit non-zero if any input was skipped.")
@workers_option
def run_cmd(paths: tuple[str, ...], db: str, fields: tuple[str, ...], force: bool,
            strict: bool, workers: int) -> None:
    """Ingest PATHS, extract events and fuse them into the store: the whole job."""
    with open_store(db) as store:
        report = _ingest(list(paths), store, parse_fields(fields), force)
        _finish_ingest(report, strict)
        _extract(store, force=force, workers=workers)


@main.command("events")
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table",
              show_default=True)
@click.option("--type", "event_type", default=None, help="PLOVER type, e.g. ASSAULT.")
@click.option("--limit", type=int, default=None)
def events_cmd(db: str, fmt: str, event_type: str | None, limit: int | None) -> None:
    """List fused events."""
    with open_store(db, read_only=True) as store:
        where, params = ("WHERE event_type = ?", [event_type.upper()]) if event_type else ("", [])
        rows = store.event_rows(where, params, limit)
    if fmt == "jsonl":
        for r in rows:
            out.file.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
    else:
        _print_events(rows)


def _print_events(rows: list[dict[str, Any]]) -> None:
    table = Table("date", "type", "mode", "actor1", "actor2", "place", "killed", "injured",
                  "status")
    for r in rows:
        a1 = _actor_label(r, "actor1")
        a2 = _actor_label(r, "actor2")
        loc = r.get("location_name") or ((r.get("location") or {}).get("name") or "")
        table.add_row(str(r.get("date") or ""), r["event_type"], r.get("mode") or "", a1, a2,
                      loc, _n(r.get("fatalities")), _n(r.get("injured")), r.get("status") or "")
    out.print(table)
    out.print(f"{len(rows)} events")


def _actor_label(r: dict[str, Any], k: str) -> str:
    """Code or text of an actor, from a flat row (actor1_code) or a nested one (actor1)."""
    nested = r.get(k) if isinstance(r.get(k), dict) else {}
    return r.get(f"{k}_code") or r.get(f"{k}_text") or nested.get("code") or \
        nested.get("text") or ""


def _n(v: object) -> str:
    return "" if v is None else str(v)


@main.command("evaluate")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@db_option
@click.option("--run", "run_paths", multiple=True, metavar="PATH",
              help="Ingest and extract PATH into --db first (repeatable).")
@click.option("--field", "fields", multiple=True, metavar="KEY=COLUMN")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
def evaluate_cmd(gold: Path, db: str, run_paths: tuple[str, ...], fields: tuple[str, ...],
                 fmt: str) -> None:
    """Score the store's events against a hand-coded GOLD.jsonl: detection P/R/F1, type,
    actors, date, figures, status, location accuracy, fusion, and a confusion table."""
    from eventwire.evaluate import GoldError, evaluate, format_report, load_gold

    try:
        records = load_gold(gold)
    except GoldError as e:
        raise click.ClickException(str(e)) from e
    with open_store(db) as store:
        if run_paths:
            _ingest(list(run_paths), store, parse_fields(fields), force=False)
            _extract(store)
        score = evaluate(records, store)
    if fmt == "json":
        out.file.write(json.dumps(score.as_dict(), indent=2) + "\n")
    else:
        out.file.write(format_report(score) + "\n")


@main.group("gazetteer")
def gazetteer_group() -> None:
    """Manage the offline gazetteer."""


@gazetteer_group.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def gazetteer_import(file: Path) -> None:
    """Load a GeoNames dump (allCountries.txt, a country file such as SY.txt, or .zip)."""
    from eventwire.resolve.gazetteer import import_geonames

    try:
        n = import_geonames(file)
    except (OSError, ValueError) as e:
        raise click.ClickException(f"{file}: {e}") from e
    out.print(f"imported {n} places from {file}")


@main.command("demo")
@click.option("--db", default="demo.duckdb", show_default=True, metavar="PATH")
def demo_cmd(db: str) -> None:
    """Run every stage on the bundled demo corpus and print a summary."""
    with open_store(db) as store:
        report = IngestReport()
        for path in sorted(DEMO_CORPUS.rglob("*")):
            if not path.is_file() or path.name.startswith(".") or path.suffix == ".md":
                continue
            fields = DEMO_FIELDS.get(path.suffix.lstrip("."), {})
            r = _ingest([str(path)], store, fields, force=False)
            report.files += r.files
            report.articles += r.articles
            report.added += r.added
            report.skipped.update(r.skipped)
        out.print(f"[bold]ingest[/]: {report.summary()}")
        ex = _extract(store)
        out.print(f"[bold]extract[/]: {ex.mentions} event mentions in {ex.articles} articles")
        out.print(f"[bold]fuse[/]: {store.count('events')} events")
        _print_events(store.event_rows(limit=25))
        out.print(f"store {db}: {store.count('articles')} articles, "
                  f"{store.count('events')} events. Try: eventwire events --db {db}")


if __name__ == "__main__":
    main()
