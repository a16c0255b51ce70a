"""Ingest: files in, cleaned articles into the store. See layout.py and readers.py."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.ingest.readers import Skip, iter_paths, read_path
from eventwire.model import Article
from eventwire.store import Store


@dataclass
class IngestReport:
    files: int = 0
    files_read: int = 0
    articles: int = 0
    added: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    messages: list[str] = field(default_factory=list)

    @property
    def already_stored(self) -> int:
        return self.articles - self.added

    def summary(self) -> str:
        skipped = ", ".join(f"{n} {reason}" for reason, n in sorted(self.skipped.items()))
        return (
            f"{self.files} files, {self.articles} articles read, {self.added} added, "
            f"{self.already_stored} already stored; skipped: {skipped or 'none'}"
        )


def read_articles(
    paths: Iterable[str],
    fields: Mapping[str, str] | None = None,
    report: IngestReport | None = None,
    on_skip: Callable[[Skip], None] | None = None,
) -> Iterable[tuple[str | Path, list[Article]]]:
    """Per input file: the articles it holds. Skips are counted in ``report``."""
    report = report if report is not None else IngestReport()
    for path in iter_paths(list(paths)):
        report.files += 1
        arts: list[Article] = []
        for item in read_path(path, fields):
            if isinstance(item, Skip):
                report.skipped[item.reason] += 1
                report.messages.append(str(item))
                if on_skip:
                    on_skip(item)
            else:
                arts.append(item)
        if arts:
            report.files_read += 1
            report.articles += len(arts)
        yield path, arts


def ingest(
    paths: Iterable[str],
    store: Store,
    fields: Mapping[str, str] | None = None,
    force: bool = False,
    on_skip: Callable[[Skip], None] | None = None,
    on_file: Callable[[str | Path, int], None] | None = None,
) -> IngestReport:
    """Read every path and store its articles, one transaction per file."""
    report = IngestReport()
    for path, arts in read_articles(paths, fields, report, on_skip):
        report.added += store.add_articles(arts, force=force)
        if on_file:
            on_file(path, len(arts))
    return report
