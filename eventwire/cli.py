"""The eventwire command line: one command, a subcommand per job."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from eventwire import __version__
from eventwire.ingest import IngestReport, ingest
from eventwire.ingest.readers import iter_paths
from eventwire.store import ARTICLE_COLUMNS, Store, StoreError
from eventwire.store import open_store as _open_store

if TYPE_CHECKING:  # the extraction stack loads spaCy: only commands that extract import it
    from eventwire.api import ExtractReport

DEFAULT_DB = "eventwire.duckdb"
DEMO_CORPUS = Path(__file__).parent / "demo" / "corpus"
DEMO_FIELDS = {
    "csv": {"text": "body", "title": "headline", "published": "date", "outlet": "source"}
}

err = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False, width=None if sys.stdout.isatty() else 160)

DB_HELP = ("Store: a DuckDB file, or a postgresql://user@host/dbname URL for a store shared "
           "by several processes.")
db_option = click.option("--db", default=DEFAULT_DB, show_default=True, metavar="PATH|URL",
                         help=DB_HELP)


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
        return _open_store(db, read_only=read_only)
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
        cols = [c for c in ARTICLE_COLUMNS if c not in ("caption", "text")]
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
@click.option("--engine", type=click.Choice(["local", "spark"]), default="local",
              show_default=True,
              help="local: this machine, into --db. spark: PySpark (eventwire[spark]), into "
                   "Parquet at --output; see docs/scaling.md.")
@click.option("--master", default=None, metavar="URL",
              help="Spark master: local[N] or spark://HOST:PORT (default local[*]).")
@click.option("--output", default=None, metavar="DIR",
              help="Spark engine: the Parquet directory (articles, mentions, events by month); "
                   "query it with --db DIR.")
def run_cmd(paths: tuple[str, ...], db: str, fields: tuple[str, ...], force: bool,
            strict: bool, workers: int, engine: str, master: str | None,
            output: str | None) -> None:
    """Ingest PATHS, extract events and fuse them into the store: the whole job."""
    if engine == "spark":
        _run_spark(list(paths), output, master, parse_fields(fields), force, strict)
        return
    if master or output:
        raise click.UsageError("--master and --output apply to --engine spark")
    with open_store(db) as store:
        report = _ingest(list(paths), store, parse_fields(fields), force)
        _finish_ingest(report, strict)
        _extract(store, force=force, workers=workers)


def _run_spark(paths: list[str], output: str | None, master: str | None,
               fields: dict[str, str], force: bool, strict: bool) -> None:
    from eventwire.spark import SparkEngineError, run_spark

    if not output:
        raise click.UsageError("--engine spark needs --output DIR")
    try:
        report = run_spark(paths, output, master=master, fields=fields, force=force)
    except SparkEngineError as e:
        raise click.ClickException(str(e)) from e
    for message in report.messages:
        err.print(f"[yellow]{_escape(message)}[/]")
    err.print(f"{report.summary()}; written to {output} in {report.seconds:.0f}s")
    if strict and report.skipped:
        raise click.ClickException(f"{sum(report.skipped.values())} inputs skipped (--strict)")


def filter_options(f: Any) -> Any:
    """The event filters shared by `events` and `stats` (eventwire.query.Filters)."""
    options = [
        click.option("--type", "types", multiple=True, metavar="TYPE",
                     help="PLOVER type, e.g. ASSAULT (repeatable, or comma-separated)."),
        click.option("--mode", "modes", multiple=True, help="Mode, e.g. aerial, riot, arrest."),
        click.option("--country", "countries", multiple=True, metavar="CODE",
                     help="ISO 3166 code or name: either actor's country or the location's."),
        click.option("--actor", default=None,
                     help="Actor code (SYR.MIL; SYR matches all its sectors) or name substring."),
        click.option("--since", default=None, metavar="DATE",
                     help="Events on or after DATE (YYYY-MM-DD, YYYY-MM or YYYY)."),
        click.option("--until", default=None, metavar="DATE", help="Events on or before DATE."),
        click.option("--bbox", default=None, metavar="MINLON,MINLAT,MAXLON,MAXLAT",
                     help="Events located inside the box."),
        click.option("--min-fatalities", type=click.IntRange(min=0), default=None),
        click.option("--status", "statuses", multiple=True,
                     help="reported, denied, claimed, threatened, planned, hypothetical."),
        click.option("--text", default=None,
                     help='Words that must all occur in the evidence sentences ("a phrase").'),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def make_filters(types: tuple[str, ...], modes: tuple[str, ...], countries: tuple[str, ...],
                 actor: str | None, since: str | None, until: str | None, bbox: str | None,
                 min_fatalities: int | None, statuses: tuple[str, ...],
                 text: str | None) -> Any:
    from eventwire import query

    try:
        return query.Filters(
            event_types=list(types), modes=list(modes), countries=list(countries), actor=actor,
            since=query.parse_date(since) if since else None,
            until=query.parse_date(until, end=True) if until else None,
            bbox=query.parse_bbox(bbox) if bbox else None, min_fatalities=min_fatalities,
            statuses=list(statuses), text=text)
    except query.QueryError as e:
        raise click.UsageError(str(e)) from e


EVENT_FORMATS = ["table", "csv", "jsonl", "parquet", "geojson", "acled-csv", "gdelt-csv"]
TABLE_LIMIT = 100


@main.command("events")
@db_option
@click.option("--format", "fmt", type=click.Choice(EVENT_FORMATS), default="table",
              show_default=True)
@click.option("--output", "-o", default=None, metavar="PATH",
              help="Write to PATH instead of standard output (required for parquet).")
@click.option("--partition-by-month", is_flag=True,
              help="parquet: write a directory partitioned by month (month=YYYY-MM/).")
@click.option("--header", is_flag=True, help="gdelt-csv: add a header row (GDELT has none).")
@filter_options
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help=f"At most this many events (table: {TABLE_LIMIT} unless given).")
def events_cmd(db: str, fmt: str, output: str | None, partition_by_month: bool, header: bool,
               limit: int | None, **filter_args: Any) -> None:
    """List or export fused events, filtered; formats are described in docs/exports.md."""
    from eventwire import export, query

    filters = make_filters(**filter_args)
    if fmt == "parquet" and not output:
        raise click.UsageError("--format parquet needs --output PATH")
    if output and fmt == "table":
        raise click.UsageError("--output needs a file format, e.g. --format csv")
    if partition_by_month and fmt != "parquet":
        raise click.UsageError("--partition-by-month applies to --format parquet")
    with open_store(db, read_only=True) as store:
        if fmt == "table":
            n = limit or TABLE_LIMIT
            events, more = query.page(store, filters, n)
            _print_event_table(events)
            if more and not limit:
                err.print(f"showing the first {n}; use --limit or --format csv for more")
            return
        events_iter = query.iter_events(store, filters, limit,
                                        with_mentions=export.needs_mentions(fmt))
        if fmt == "parquet":
            from eventwire.export import parquet

            try:
                stats = parquet.write(events_iter, str(output), partition_by_month)
            except (OSError, ValueError) as e:
                raise click.ClickException(f"{output}: {e}") from e
        else:
            options = {"header": header} if fmt == "gdelt-csv" else {}
            if output:
                try:
                    with open(output, "w", encoding="utf-8", newline="") as fp:
                        stats = export.write_text(fmt, events_iter, fp, **options)
                except OSError as e:
                    raise click.ClickException(f"{output}: {e}") from e
            else:
                stats = export.write_text(fmt, events_iter, sys.stdout, **options)
    if output:
        err.print(f"{stats.rows} events written to {output}")
    if stats.skipped:
        err.print(f"{stats.skipped} events without coordinates left out")


def _print_event_table(events: list[dict[str, Any]]) -> None:
    table = Table()
    table.add_column("id", no_wrap=True, min_width=10)
    table.add_column("date", no_wrap=True, min_width=10)
    table.add_column("type", no_wrap=True)
    for name in ("mode", "actor1", "actor2", "place", "killed", "injured", "status", "src"):
        table.add_column(name)
    def actor(a: dict[str, Any] | None) -> str:
        a = a or {}
        return str(a.get("code") or a.get("name") or a.get("text") or "")

    for e in events:
        loc = e.get("location") or {}
        table.add_row(e["event_id"][:10], e.get("date") or "", e["event_type"],
                      e.get("mode") or "",
                      actor(e.get("actor1")), actor(e.get("actor2")),
                      loc.get("name") or loc.get("text") or "",
                      _n(e.get("fatalities")), _n(e.get("injured")), e.get("status") or "",
                      str(e.get("n_sources") or ""))
    out.print(table)
    out.print(f"{len(events)} events")


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
@click.option("--fusion", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Fusion gold: an event label for each GOLD record (one line each, in order).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
def evaluate_cmd(gold: Path, db: str, run_paths: tuple[str, ...], fields: tuple[str, ...],
                 fusion: Path | None, fmt: str) -> None:
    """Score the store's events against a hand-coded GOLD.jsonl: detection P/R/F1, type,
    actors, date, figures, status, location accuracy, fusion, and a confusion table."""
    from eventwire.evaluate import GoldError, evaluate, format_report, load_gold

    try:
        records = load_gold(gold, fusion)
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


@main.command("migrate")
@db_option
def migrate_cmd(db: str) -> None:
    """Upgrade the store's schema to this eventwire's (any writing command does it too)."""
    with open_store(db) as store:
        out.print(f"store {store.name}: schema version {store.schema_version()}")


@main.command("demo")
@click.option("--db", default="demo.duckdb", show_default=True, metavar="PATH|URL",
              help=DB_HELP)
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
        # The best-attested events first: most reports, then most deaths.
        _print_events(store.event_rows(
            limit=25, order="n_mentions DESC, coalesce(fatalities, 0) DESC, date DESC, event_id"))
        out.print(f"store {store.name}: {store.count('articles')} articles, "
                  f"{store.count('events')} events. Try: eventwire events --db {store.name}")


SPAN_STYLES = {
    "trigger_span": "bold red",
    "actor1_span": "bold cyan",
    "actor2_span": "bold magenta",
    "location_span": "bold green",
    "figure_spans": "bold yellow underline",
}


def marked_sentence(mention: dict[str, Any]) -> Text:
    """The evidence sentence with trigger, actors, place and figures styled (spans are
    article offsets, so they are shifted by the sentence's start)."""
    text = Text(mention["sentence"])
    start = mention.get("sentence_start") or 0
    for key, style in SPAN_STYLES.items():
        spans = mention.get(key)
        if not spans:
            continue
        for s, e in spans if key == "figure_spans" else [spans]:
            a, b = s - start, e - start
            if 0 <= a < b <= len(text):
                text.stylize(style, a, b)
    return text


@main.command("show")
@click.argument("event_id")
@db_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
def show_cmd(event_id: str, db: str, fmt: str) -> None:
    """Show one event, its mentions and evidence sentences with the trigger, actors, place
    and figures marked. EVENT_ID may be abbreviated to a unique prefix."""
    from eventwire import query

    with open_store(db, read_only=True) as store:
        event = query.get_event(store, event_id)
        if event is None:
            ids = query.find_event_id(store, event_id) if len(event_id) >= 4 else []
            if len(ids) != 1:
                hint = f" (matches: {', '.join(ids)})" if ids else ""
                raise click.ClickException(f"no event {event_id}{hint}")
            event = query.get_event(store, ids[0])
    assert event is not None
    if fmt == "json":
        out.file.write(json.dumps(event, ensure_ascii=False, indent=2, default=str) + "\n")
        return
    out.print(f"[bold]{event['event_id']}[/]  {event['event_type']}"
              f"{' / ' + event['mode'] if event.get('mode') else ''}  [dim]{event['status']}[/]")
    rows = [("date", f"{event.get('date') or '?'} ({event.get('date_precision') or '-'}"
                     f"{': ' + event['date_text'] if event.get('date_text') else ''})")]
    for k in ("actor1", "actor2"):
        a = event.get(k)
        if a:
            rows.append((k, " ".join(x for x in (a.get("name") or a.get("text"),
                                                 f"[{a['code']}]" if a.get("code") else "")
                                     if x)))
    loc = event.get("location")
    if loc:
        where = ", ".join(x for x in (loc.get("name") or loc.get("text"), loc.get("admin1"),
                                      loc.get("country")) if x)
        if loc.get("lat") is not None:
            where += f"  ({loc['lat']:.4f}, {loc['lon']:.4f}, {loc.get('precision')})"
        rows.append(("place", where))
    figures = f"killed {_n(event.get('fatalities')) or '-'}, injured " \
              f"{_n(event.get('injured')) or '-'}"
    if event.get("figures_disagreement"):
        figures += f"  (also reported: {json.dumps(event['figures_disagreement'])})"
    rows.append(("figures", figures))
    if event.get("summary_of"):
        rows.append(("summary of", ", ".join(event["summary_of"])))
    if event.get("attribution"):
        rows.append(("according to", event["attribution"]))
    rows.append(("codes", f"CAMEO {event.get('cameo_root') or '-'}, quad "
                          f"{event.get('quad_class') or '-'}, ACLED "
                          f"{event.get('acled_event_type') or '-'} / "
                          f"{event.get('acled_sub_event_type') or '-'}"))
    rows.append(("sources", f"{event['n_mentions']} mentions, {event['n_articles']} articles, "
                            f"{event['n_sources']} outlets; confidence {event['confidence']}"))
    for label, value in rows:
        out.print(f"  [bold]{label:>12}[/] ", Text(value))
    legend = Text("  ")
    for key, style in SPAN_STYLES.items():
        legend.append(key.removesuffix("_span").removesuffix("_spans"), style=style)
        legend.append("  ")
    out.print(legend)
    for i, m in enumerate(event["mentions"], 1):
        head = " | ".join(x for x in (m.get("outlet"), m.get("published"), m.get("title"))
                          if x)
        out.print(f"[bold]{i}.[/] [dim]{_escape(head)}  article {m['article_id']}"
                  f"{'  rule ' + _escape(m['rule']) if m.get('rule') else ''}[/]")
        out.print(Text("   ") + marked_sentence(m))


@main.command("stats")
@db_option
@click.option("--by", "by", multiple=True, type=click.Choice(["type", "country", "month"]),
              help="Group by (repeatable); default type. Country is the event's location.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True)
@filter_options
def stats_cmd(db: str, by: tuple[str, ...], fmt: str, **filter_args: Any) -> None:
    """Counts, fatalities and injured by type, country and/or month. Summary events (that
    add up other incidents) are counted apart and add nothing to the figures."""
    from eventwire import query

    filters = make_filters(**filter_args)
    dims = list(dict.fromkeys(by)) or ["type"]
    with open_store(db, read_only=True) as store:
        rows = query.stats(store, dims, filters)
    cols = [*dims, "events", "summaries", "fatalities", "injured"]
    if fmt == "json":
        out.file.write(json.dumps(rows, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        w = csv.DictWriter(sys.stdout, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    else:
        table = Table(*cols)
        for r in rows:
            table.add_row(*(_n(r[c]) for c in cols))
        table.add_section()
        table.add_row("total", *([""] * (len(dims) - 1)),
                      *(_n(sum(r[c] or 0 for r in rows)) for c in cols[len(dims):]))
        out.print(table)


@main.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
def serve_cmd(db: str, host: str, port: int) -> None:
    """Serve the store over HTTP: the JSON API under /api, OpenAPI docs at /docs."""
    import uvicorn

    from eventwire.serve import create_app

    try:
        app = create_app(db)
    except StoreError as e:
        raise click.ClickException(str(e)) from e
    err.print(f"serving {app.state.eventwire.store.name} on http://{host}:{port}  "
              f"(API docs: http://{host}:{port}/docs)")
    uvicorn.run(app, host=host, port=port, log_level="info")


if __name__ == "__main__":
    main()
