"""The records of the data contract (../shared/docs/EVENT-SCHEMA.md) as dataclasses.

Every stage of the pipeline passes these; field names are the public interface.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import date


@dataclass
class Article:
    article_id: str
    text: str
    source_path: str = ""
    source_index: int = 0
    outlet: str | None = None
    title: str | None = None
    byline: list[str] = field(default_factory=list)
    dateline: str | None = None
    caption: str | None = None
    published: date | None = None
    published_basis: str = "unknown"  # given | caption | text | inferred | unknown
    url: str | None = None
    language: str | None = "en"

    def to_dict(self) -> dict:
        d = asdict(self)
        d["published"] = self.published.isoformat() if self.published else None
        return d


@dataclass
class Actor:
    text: str
    name: str | None = None
    country: str | None = None  # ISO 3166 alpha-3
    sector: str | None = None  # GOV, MIL, POLICE, REBEL, INSURGENT, PROTESTER, ...
    code: str | None = None  # e.g. SYR.MIL, IGO.UN, ISIS
    backer: str | None = None  # "Turkish-backed rebels" -> TUR
    start: int | None = None  # character span in the article text
    end: int | None = None


@dataclass
class Location:
    text: str
    name: str | None = None
    geonames_id: int | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str | None = None  # point | city | district | admin1 | country
    start: int | None = None
    end: int | None = None


@dataclass
class Mention:
    article_id: str
    sentence: str
    sentence_start: int
    sentence_end: int
    trigger_span: tuple[int, int] | None = None
    actor1_span: tuple[int, int] | None = None
    actor2_span: tuple[int, int] | None = None
    location_span: tuple[int, int] | None = None
    figure_spans: list[tuple[int, int]] = field(default_factory=list)
    outlet: str | None = None


@dataclass
class Event:
    event_type: str
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    actor1: Actor | None = None
    actor2: Actor | None = None
    location: Location | None = None
    date: date | None = None
    date_precision: str | None = None  # day | week | month | year
    date_text: str | None = None
    fatalities: int | None = None
    injured: int | None = None
    casualties_text: str | None = None
    status: str = "reported"
    attribution: str | None = None
    confidence: float = 0.5
    trigger: str | None = None
    rule: str | None = None
    cameo_root: str | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    quad_class: int | None = None
    mentions: list[Mention] = field(default_factory=list)
    event_id: str | None = None
    n_mentions: int = 1
    n_articles: int = 1
    n_sources: int = 1

    def to_dict(self) -> dict:
        d = asdict(self)
        d["date"] = self.date.isoformat() if self.date else None
        return d


def flatten_event(event: dict) -> dict:
    """A nested event (actor1: {...}, location: {...}) with the flat ``actor1_country`` style
    columns of the events table and of CSV exports added."""
    flat = dict(event)
    for k in ("actor1", "actor2"):
        a = event.get(k) or {}
        for f in ("text", "name", "country", "sector", "code"):
            flat[f"{k}_{f}"] = a.get(f)
    loc = event.get("location") or {}
    flat.update({"location_text": loc.get("text"), "location_name": loc.get("name"),
                 "geonames_id": loc.get("geonames_id"), "location_country": loc.get("country"),
                 "admin1": loc.get("admin1"), "lat": loc.get("lat"), "lon": loc.get("lon"),
                 "location_precision": loc.get("precision")})
    return flat


def normalise_text(text: str) -> str:
    """Canonical form used for hashing: NFKC, unified quotes/dashes, collapsed whitespace."""
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(_PUNCT)
    return re.sub(r"\s+", " ", text).strip().lower()


_PUNCT = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
    }
)


def article_id_for(text: str) -> str:
    """Stable id: same story text, same id, whatever file or format it came from."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:16]
