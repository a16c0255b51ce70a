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
from eventwire.ingest import IngestReport, ingest
from eventwire.ingest.readers import Skip, iter_paths
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


@main.command("demo")
@click.option("--db", default="demo.duckdb", show_default=True, metavar="PATH")
def demo_cmd(db: str) -> None:
    """Run every stage on the bundled demo corpus and print a summary."""
    with open_store(db) as store:
        report = IngestReport()
        for path in sorted(DEMO_CORPUS.rglob("*")):
            if not path.is_file() or path.name.startswith("."):
                continue
            fields = DEMO_FIELDS.get(path.suffix.lstrip("."), {})
            r = _ingest([str(path)], store, fields, force=False)
            report.files += r.files
            report.articles += r.articles
            report.added += r.added
            report.skipped.update(r.skipped)
        out.print(f"[bold]ingest[/]: {report.summary()}")
        out.print(f"store {db}: {store.count('articles')} articles")


def _skip_line(s: Skip) -> None:
    err.print(str(s))


if __name__ == "__main__":
    main()
