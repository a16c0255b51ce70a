"""The Spark engine: the whole job (ingest, extract, fuse) on a cluster, Parquet out.

    eventwire run CORPUS/ --engine spark --master spark://HOST:7077 --output out/

Stages, and why they give the local engine's result:
  ingest   the driver lists the files; executors read them (one task per file) with the local
           reader; duplicates are dropped by article id keeping the first in file order, as
           the store does.
  extract  articles are spread over ``partitions`` tasks; each Python worker loads the spaCy
           pipeline once (a module-level Extractor) and reuses it for every partition it runs.
  fuse     ``eventwire.fuse.cluster`` only ever puts mentions with the same key (event type,
           status group) together, and what it decides across keys (summary mentions) is
           decided per article among mentions of one event type. So mentions are shuffled by
           key, each key's group carrying its articles' other mentions of that event type as
           context, and the unchanged ``cluster`` and ``build_event`` run on each group; the
           clusters founded by the group's own mentions are exactly those of a single run.
  write    Parquet partitioned by month into a temporary sibling directory, renamed over
           ``output`` only when every table is complete: a run that dies leaves the previous
           output as it was, and a re-run starts over from it.

An existing output directory is a store: a re-run adds new articles, re-extracts only what
another extractor version produced (everything with ``force``) and re-fuses all mentions.
"""

from __future__ import annotations

import glob
import json
import os
import re
import shutil
import socket
import sys
import time
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventwire.store import ARTICLE_COLUMNS, EVENT_COLUMNS, SCHEMA_VERSION
from eventwire.store.parquet import FORMAT, MARKER, is_parquet_store, table_columns

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession
    from pyspark.sql.types import StructType

    from eventwire.extract import Extractor
    from eventwire.model import Article

MASTER = re.compile(r"^(local(\[(\d+|\*)\])?|spark://[^\s/]+(/)?)$")
INSTALL_HINT = "pip install 'eventwire[spark]'"
CONNECT_TIMEOUT = 5.0
ARTICLES_PER_TASK = 50


class SparkEngineError(Exception):
    """The Spark engine cannot run; the message is one line for the user."""


@dataclass
class SparkReport:
    files: int = 0
    articles: int = 0  # read from the inputs
    added: int = 0  # new to the output
    skipped: Counter[str] = field(default_factory=Counter)
    messages: list[str] = field(default_factory=list)  # one line per skipped input
    extracted: int = 0
    mentions: int = 0  # produced by this run's extraction
    events: int = 0
    total_articles: int = 0
    total_mentions: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        skipped = ", ".join(f"{n} {r}" for r, n in sorted(self.skipped.items()))
        return (f"{self.files} files, {self.articles} articles read, {self.added} added; "
                f"skipped: {skipped or 'none'}; {self.extracted} articles extracted, "
                f"{self.mentions} event mentions; {self.events} events after fusion "
                f"({self.total_articles} articles, {self.total_mentions} mentions in total)")


# -- availability and session ---------------------------------------------------------------
def java_available() -> bool:
    home = os.environ.get("JAVA_HOME")
    if home and (Path(home) / "bin" / "java").is_file():
        return True
    return shutil.which("java") is not None


def check_available() -> None:
    """Raise SparkEngineError when PySpark or Java is missing, saying what to install."""
    try:
        import pyspark  # noqa: F401
    except ImportError as e:
        raise SparkEngineError(f"the Spark engine needs PySpark: {INSTALL_HINT}") from e
    if not java_available():
        raise SparkEngineError("the Spark engine needs Java 17 or newer on PATH or in "
                               "JAVA_HOME (Debian: apt-get install openjdk-17-jre-headless)")


def check_master(master: str, timeout: float = CONNECT_TIMEOUT) -> None:
    """A master URL Spark accepts, and for spark:// one that answers: Spark itself would retry
    an absent master for minutes before giving up."""
    if not MASTER.match(master):
        raise SparkEngineError(f"--master {master!r}: expected local, local[N], local[*] or "
                               "spark://HOST:PORT")
    if not master.startswith("spark://"):
        return
    errors = []
    for hostport in master.removeprefix("spark://").rstrip("/").split(","):
        host, _, port = hostport.rpartition(":")
        if not host or not port.isdigit():
            raise SparkEngineError(f"--master {master!r}: expected spark://HOST:PORT")
        try:
            with socket.create_connection((host, int(port)), timeout=timeout):
                return
        except OSError as e:
            errors.append(f"{hostport}: {e.strerror or e}")
    raise SparkEngineError(f"Spark master {master} is not reachable ({'; '.join(errors)}); "
                           "is it running?")


def start_session(master: str | None = None, app_name: str = "eventwire",
                  conf: Mapping[str, str] | None = None,
                  executor_timeout: float = 60.0) -> SparkSession:
    """A SparkSession for the engine. Without ``master``, the one spark-submit configured, or
    local[*]. Waits (bounded) until a cluster gives the job an executor."""
    check_available()
    if master:
        check_master(master)
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark import SparkConf
    from pyspark.sql import SparkSession

    base = SparkConf()
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    elif not base.contains("spark.master"):
        builder = builder.master("local[*]")
    settings = {
        "spark.ui.showConsoleProgress": "false",
        "spark.sql.parquet.outputTimestampType": "TIMESTAMP_MICROS",
        "spark.python.worker.reuse": "true",  # keeps the loaded model between tasks
        **(conf or {}),
    }
    for k, v in settings.items():
        if not base.contains(k) or k in (conf or {}):
            builder = builder.config(k, v)
    try:
        spark = builder.getOrCreate()
    except Exception as e:  # the JVM's own errors: one line of them
        raise SparkEngineError(f"cannot start Spark: {str(e).strip().splitlines()[0]}") from e
    spark.sparkContext.setLogLevel("ERROR")
    actual = spark.sparkContext.master
    if not actual.startswith("local"):
        _wait_for_executors(spark, actual, executor_timeout)
    if not base.contains("spark.sql.shuffle.partitions") and \
            "spark.sql.shuffle.partitions" not in (conf or {}):
        # 200 by default: far too many tasks for the engine's few, small shuffles
        spark.conf.set("spark.sql.shuffle.partitions",
                       str(max(spark.sparkContext.defaultParallelism * 2, 2)))
    return spark


def _wait_for_executors(spark: SparkSession, master: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    jsc = spark.sparkContext._jsc.sc()  # type: ignore[attr-defined]
    while time.monotonic() < deadline:
        if jsc.getExecutorMemoryStatus().size() > 1:  # the driver counts as one
            return
        time.sleep(0.25)
    spark.stop()
    raise SparkEngineError(f"Spark master {master} gave the job no executor within "
                           f"{timeout:.0f}s: are its workers running, with free cores and memory?")


# -- executor-side functions (module level so they pickle by reference) ----------------------
_EXTRACTOR: Extractor | None = None


def _extractor() -> Extractor:
    """One Extractor per Python worker process, built on first use: spaCy loads once, not
    once per row or per partition."""
    global _EXTRACTOR
    if _EXTRACTOR is None:
        from eventwire.extract import Extractor

        _EXTRACTOR = Extractor()
    return _EXTRACTOR


def _read_file(item: tuple[int, str, str], fields: Mapping[str, str]
               ) -> Iterator[tuple[str, Any, Any]]:
    """("article", (file index, position), Article) or ("skip", reason, message) per item
    of one input file. Articles keep the path as the user gave it, as the local engine does."""
    from eventwire.ingest.readers import Skip, read_path

    index, path, shown = item
    for k, it in enumerate(read_path(path, fields)):
        if isinstance(it, Skip):
            yield ("skip", it.reason, str(it).replace(path, shown))
        else:
            if it.source_path == path:
                it = replace(it, source_path=shown)
            yield ("article", (index, k), it)


def _month(d: date | None) -> str:
    return d.strftime("%Y-%m") if d else "unknown"


def _article_tuple(a: Article, ingested_at: datetime) -> tuple[Any, ...]:
    d = a.to_dict()
    d["byline"] = json.dumps(a.byline, ensure_ascii=False)
    d["published"] = a.published
    d["ingested_at"] = ingested_at
    d["extracted_with"] = None
    d["month"] = _month(a.published)
    return tuple(d[c] for c in _ARTICLE_OUT)


def _row_article(row: Any) -> Article:
    from eventwire.model import Article

    d = {c: row[c] for c in ARTICLE_COLUMNS}
    d["byline"] = json.loads(d["byline"] or "[]")
    return Article(**d)


def _extract_partition(rows: Iterable[Any]) -> Iterator[tuple[Any, ...]]:
    """Mention rows (the store's mentions table, event_id unset) for a partition of articles."""
    from eventwire.api import mention_rows

    articles = (_row_article(r) for r in rows)
    for article, events in _extractor().extract_many(articles):
        for r in mention_rows(article, events):
            d = r.get("date")
            event_date = date.fromisoformat(d) if isinstance(d, str) else d
            yield (r["mention_id"], article.article_id, None, r["sentence_start"],
                   r["sentence_end"], r["sentence"], r.get("outlet"), r["event_type"],
                   event_date, json.dumps(r["record"], default=str))


def _record(mention_id: str, record: str) -> dict[str, Any]:
    """The mention as fusion sees it: what Store.mention_records yields."""
    rec = json.loads(record)
    rec["mention_id"] = mention_id
    return rec


def _fusion_key(m: dict[str, Any]) -> tuple[str, str]:
    """The key ``cluster`` indexes by: mentions of different keys never join one event."""
    from eventwire.fuse import _status_group

    return (m["event_type"], _status_group(m))


def _by_key(article: tuple[str, Iterable[dict[str, Any]]]
            ) -> Iterator[tuple[tuple[str, str], list[tuple[bool, dict[str, Any]]]]]:
    """Each of an article's keys gets the article's mentions of the same event type, its own
    marked: the per-article rule that looks across statuses (a summary's figures add up
    other incidents of the article) then sees what it sees in a single run."""
    mentions = list(article[1])
    keys = [_fusion_key(m) for m in mentions]
    for key in dict.fromkeys(keys):
        yield key, [(k == key, m) for k, m in zip(keys, mentions, strict=True)
                    if k[0] == key[0]]


def _fuse_group(group: tuple[tuple[str, str], Iterable[list[tuple[bool, dict[str, Any]]]]]
                ) -> Iterator[dict[str, Any]]:
    from eventwire.fuse import build_event, cluster, summarised

    key, chunks = group
    mentions: list[dict[str, Any]] = []
    own: set[str] = set()
    for chunk in chunks:
        for is_own, m in chunk:
            mentions.append(m)
            if is_own:
                own.add(m["mention_id"])
    clusters = cluster(mentions)
    sums = summarised(clusters)
    for i, members in enumerate(clusters):
        if members[0]["mention_id"] not in own:
            continue  # founded by context: that cluster belongs to another key's group
        if any(m["mention_id"] not in own for m in members):
            raise RuntimeError(f"fusion grouped mentions across keys ({key}): the Spark "
                               "engine's partition key no longer matches eventwire.fuse")
        yield build_event(members, sums.get(i))


def _event_tuple(e: dict[str, Any], updated_at: datetime) -> tuple[Any, ...]:
    from eventwire.store import _flat_event

    flat = _flat_event(e)
    d = flat.get("date")
    flat["date"] = date.fromisoformat(d) if isinstance(d, str) else d
    flat["updated_at"] = updated_at
    flat["month"] = _month(flat["date"])
    return tuple(flat[c] for c in _EVENT_OUT)


# -- schemas --------------------------------------------------------------------------------
_ARTICLE_OUT = [*ARTICLE_COLUMNS, "ingested_at", "extracted_with", "month"]
_EVENT_OUT = [*EVENT_COLUMNS, "updated_at", "month"]


def _spark_type(duck: str) -> Any:
    from pyspark.sql import types as T

    return {"VARCHAR": T.StringType(), "INTEGER": T.IntegerType(), "BIGINT": T.LongType(),
            "DOUBLE": T.DoubleType(), "DATE": T.DateType(),
            "TIMESTAMP": T.TimestampNTZType()}[duck]


def schemas() -> dict[str, StructType]:
    """Spark schemas of the output tables: the store's columns (from the migrations) plus the
    ``month`` partition column."""
    from pyspark.sql import types as T

    out = {}
    for table, cols in table_columns().items():
        fields = [T.StructField(c, _spark_type(t), True) for c, t in cols]
        out[table] = T.StructType([*fields, T.StructField("month", T.StringType(), False)])
    return out


# -- the job --------------------------------------------------------------------------------
def run_spark(paths: Sequence[str], output: str | Path, master: str | None = None,
              fields: Mapping[str, str] | None = None, force: bool = False,
              partitions: int | None = None, spark: SparkSession | None = None,
              conf: Mapping[str, str] | None = None) -> SparkReport:
    """Ingest, extract and fuse ``paths`` on Spark into the Parquet directory ``output``.
    Uses ``spark`` when given (and leaves it running); otherwise starts a session on
    ``master`` and stops it at the end."""
    from eventwire.ingest.readers import iter_paths

    started = time.perf_counter()
    if "-" in paths:
        raise SparkEngineError("the Spark engine cannot read standard input: pass files")
    out = Path(output)
    _recover(out)
    if out.exists() and not is_parquet_store(out) and (not out.is_dir() or any(out.iterdir())):
        raise SparkEngineError(f"--output {out}: exists and is not an eventwire Parquet "
                               "directory; refusing to replace it")
    files = [(i, str(Path(p).resolve()), str(p)) for i, p in enumerate(iter_paths(list(paths)))]
    own = spark is None
    session = spark or start_session(master, conf=conf)
    try:
        report = _job(session, files, out, dict(fields or {}), force, partitions)
    finally:
        if own:
            session.stop()
    report.seconds = time.perf_counter() - started
    return report


def _job(spark: SparkSession, files: list[tuple[int, str, str]], out: Path,
         fields: dict[str, str], force: bool, partitions: int | None) -> SparkReport:
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    from eventwire.extract import extractor_version

    sc = spark.sparkContext
    sch = schemas()
    report = SparkReport(files=len(files))
    now = datetime.now(UTC).replace(tzinfo=None)
    version = extractor_version()
    cores = max(sc.defaultParallelism, 1)
    parallel = partitions or cores * 4

    # ingest: one task per file, then the store's first-wins de-duplication by article id
    items = sc.parallelize(files, max(min(len(files), parallel), 1)) \
        .flatMap(lambda item: _read_file(item, fields)).persist(StorageLevel.MEMORY_AND_DISK)
    for _, reason, message in items.filter(lambda t: t[0] == "skip").collect():
        report.skipped[reason] += 1
        report.messages.append(message)
    read = items.filter(lambda t: t[0] == "article").map(lambda t: (t[2].article_id, t[1:]))
    report.articles = read.count()
    if not report.articles:
        raise SparkEngineError("nothing could be read")
    firsts = read.reduceByKey(lambda a, b: a if a[0] <= b[0] else b) \
        .map(lambda kv: _article_tuple(kv[1][1], now))
    new = spark.createDataFrame(firsts, sch["articles"])

    old_articles, old_mentions = _existing(spark, out, sch)
    if old_articles is None:
        articles = new
    elif force:  # the inputs replace what they re-read; everything is re-extracted
        articles = new.unionByName(old_articles.join(new.select("article_id"), "article_id",
                                                     "left_anti"))
    else:
        new = new.join(old_articles.select("article_id"), "article_id", "left_anti")
        articles = old_articles.unionByName(new.select(*old_articles.columns))
    articles = articles.persist(StorageLevel.MEMORY_AND_DISK)
    report.added = new.count() if old_articles is not None else articles.count()

    todo = articles if force or old_articles is None else articles.filter(
        F.col("extracted_with").isNull() | (F.col("extracted_with") != version))
    todo = todo.persist(StorageLevel.MEMORY_AND_DISK)
    report.extracted = todo.count()
    # a few tasks per core balance the load; for a small batch, one task per core (each
    # Python task costs a round trip, the model is loaded once per worker either way)
    n_parts = partitions or min(parallel, max(cores, -(-report.extracted // ARTICLES_PER_TASK)))
    n_parts = max(min(n_parts, report.extracted), 1)
    extracted = todo.repartition(n_parts, "article_id").rdd.mapPartitions(_extract_partition) \
        .map(lambda t: (*t, _month(t[8]))).persist(StorageLevel.MEMORY_AND_DISK)
    report.mentions = extracted.count()
    mentions = spark.createDataFrame(extracted, sch["mentions"])
    if old_mentions is not None:
        kept = old_mentions.join(todo.select("article_id"), "article_id", "left_anti") \
            .join(articles.select("article_id"), "article_id", "left_semi")
        mentions = mentions.unionByName(kept.select(*mentions.columns))
    mentions = mentions.persist(StorageLevel.MEMORY_AND_DISK)
    report.total_mentions = mentions.count()

    # fuse: shuffle by fusion key, cluster each key's group with its articles as context
    events = mentions.select("article_id", "mention_id", "record").rdd \
        .map(lambda r: (r[0], _record(r[1], r[2]))).groupByKey() \
        .flatMap(_by_key).groupByKey(cores * 2).flatMap(_fuse_group) \
        .persist(StorageLevel.MEMORY_AND_DISK)
    links = spark.createDataFrame(
        events.flatMap(lambda e: [(mid, e["event_id"]) for mid in e["mention_ids"]]),
        "mention_id string, linked string")
    events_df = spark.createDataFrame(events.map(lambda e: _event_tuple(e, now)),
                                      sch["events"])
    mentions_out = mentions.join(links, "mention_id", "left") \
        .withColumn("event_id", F.col("linked")).select(*sch["mentions"].fieldNames())
    articles_out = articles.withColumn("extracted_with", F.lit(version)) \
        .select(*sch["articles"].fieldNames())

    tmp = out.with_name(f".{out.name}.tmp-{uuid.uuid4().hex[:8]}")
    try:
        for name, df in (("articles", articles_out), ("mentions", mentions_out),
                         ("events", events_df.coalesce(cores))):
            df.write.mode("errorifexists").partitionBy("month").parquet(str(tmp / name))
        report.events = events.count()
        report.total_articles = articles.count()
        (tmp / MARKER).write_text(json.dumps({
            "format": FORMAT, "schema_version": SCHEMA_VERSION, "extractor_version": version,
            "written_at": now.isoformat(), "articles": report.total_articles,
            "mentions": report.total_mentions, "events": report.events}, indent=2) + "\n",
            encoding="utf-8")
        _swap(tmp, out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        for df in (items, articles, todo, extracted, mentions, events):
            df.unpersist()
    return report


def _existing(spark: SparkSession, out: Path, sch: dict[str, StructType]
              ) -> tuple[DataFrame | None, DataFrame | None]:
    """The articles and mentions of a previous run in ``out`` (None, None when there is
    none), read with the output schema."""
    if not is_parquet_store(out):
        return None, None
    frames = []
    for name in ("articles", "mentions"):
        if any((out / name).rglob("*.parquet")):
            path = re.sub(r"([\[\]{}*?\\])", r"\\\1", str((out / name).resolve()))
            frames.append(spark.read.schema(sch[name]).parquet(path))  # Hadoop glob-escaped
        else:
            frames.append(spark.createDataFrame([], sch[name]))
    return frames[0], frames[1]


def _swap(tmp: Path, out: Path) -> None:
    """Put the complete new output in place of the old one: two renames on one filesystem,
    so ``out`` is always either the old complete output or the new one (and _recover puts
    the old one back if a crash falls between the two)."""
    old = out.with_name(f".{out.name}.old-{uuid.uuid4().hex[:8]}")
    if out.exists():
        out.rename(old)
    tmp.rename(out)
    shutil.rmtree(old, ignore_errors=True)


def _recover(out: Path) -> None:
    """Before a run: restore an output a crash left renamed aside, drop leftover temporary
    directories of runs that died (one run per output directory at a time)."""
    parent = out.parent if str(out.parent) else Path(".")
    if not parent.is_dir():
        return
    name = glob.escape(out.name)
    olds = sorted(parent.glob(f".{name}.old-*"), key=lambda p: p.stat().st_mtime)
    if olds and not out.exists():
        olds[-1].rename(out)
        olds = olds[:-1]
    for stale in [*olds, *parent.glob(f".{name}.tmp-*")]:
        shutil.rmtree(stale, ignore_errors=True)



# -- spark-submit entry point -----------------------------------------------------------------
def main(argv: Sequence[str] | None = None) -> int:
    """``spark-submit eventwire/spark.py PATH... --output DIR``: the master, executors and
    their resources come from spark-submit."""
    import argparse

    p = argparse.ArgumentParser(prog="eventwire-spark", description=main.__doc__)
    p.add_argument("paths", nargs="+")
    p.add_argument("--output", required=True)
    p.add_argument("--field", action="append", default=[], metavar="KEY=COLUMN")
    p.add_argument("--force", action="store_true")
    p.add_argument("--partitions", type=int, default=None)
    args = p.parse_args(argv)
    fields = dict(f.split("=", 1) for f in args.field)
    try:
        report = run_spark(args.paths, args.output, fields=fields, force=args.force,
                           partitions=args.partitions)
    except SparkEngineError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    print(report.summary(), file=sys.stderr)
    return 0


if __name__ == "__main__":
    # run the package's module, not this script's copy of it: functions shipped to executors
    # then pickle by reference, and the cached Extractor is one per worker
    from eventwire import spark as _engine

    sys.exit(_engine.main())
