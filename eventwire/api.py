"""The Python API: the same jobs as the CLI, for notebooks and scripts.

    from eventwire.api import run
    report = run(["corpus/"], db="events.duckdb")
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from eventwire.extract import Extractor, extractor_version
from eventwire.fuse import fuse_store
from eventwire.ingest import IngestReport, ingest
from eventwire.model import Article, Event
from eventwire.store import Store


@dataclass
class ExtractReport:
    articles: int = 0
    mentions: int = 0
    events: int = 0


def mention_rows(article: Article, events: Iterable[Event]) -> list[dict[str, Any]]:
    """Store rows for an article's sentence-level events."""
    rows = []
    seen: set[str] = set()
    for ev in events:
        m = ev.mentions[0]
        rec = ev.to_dict()
        key = f"{article.article_id}:{m.trigger_span}:{ev.event_type}"
        if key in seen:  # one trigger, several parties or places ("rallied in X, Y and Z")
            key += f":{m.actor1_span}:{m.location_span}"
        seen.add(key)
        mention_id = hashlib.sha256(key.encode()).hexdigest()[:16]
        rows.append({"mention_id": mention_id, "sentence_start": m.sentence_start,
                     "sentence_end": m.sentence_end, "sentence": m.sentence,
                     "outlet": article.outlet, "event_type": ev.event_type, "date": ev.date,
                     "record": {**rec, "published": article.published,
                                "article_id": article.article_id, "outlet": article.outlet,
                                "sentence_start": m.sentence_start}})
    return rows


def extract_store(store: Store, extractor: Extractor | None = None, force: bool = False,
                  on_article: Callable[[Article, int], None] | None = None,
                  workers: int = 1) -> ExtractReport:
    """Extract events from stored articles that this extractor version has not seen, one
    transaction per article (a killed run resumes), then fuse mentions into events."""
    extractor = extractor or Extractor(workers=workers)
    version = extractor_version()
    report = ExtractReport()
    todo = store.articles() if force else store.articles_to_extract(version)
    for article, events in extractor.extract_many(list(todo)):
        rows = mention_rows(article, events)
        store.replace_mentions(article.article_id, rows, version)
        report.articles += 1
        report.mentions += len(rows)
        if on_article:
            on_article(article, len(rows))
    report.events = fuse_store(store)
    return report


def run(paths: Iterable[str], db: str = "eventwire.duckdb",
        fields: Mapping[str, str] | None = None, force: bool = False, workers: int = 1
        ) -> tuple[IngestReport, ExtractReport]:
    """Ingest, extract and fuse: the whole job."""
    with Store(db) as store:
        ingested = ingest(paths, store, fields, force=force)
        extracted = extract_store(store, force=force, workers=workers)
    return ingested, extracted
