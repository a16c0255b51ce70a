"""Actor resolution: map a noun phrase ("Syrian government forces") to name, country, sector, code.

Everything the resolver knows lives in YAML under data/actors/ (countries, sector nouns, named
organisations, office holders); user YAML files of the same shape override and add entries.
A phrase is tokenised once and matched greedily (longest n-gram first) against one dictionary,
so the cost per call does not grow with the size of the lexicon.

Conventions (see ONTOLOGY.md):
- code is ``CTRY.SECTOR`` when a country is known, the organisation's own code for named groups
  (``ISIS``, ``IGO.UN``, ``NGO.MSF``, ``MEDIA.REUTERS``), else None (name is then None too).
- A person resolves to the office they held on the article date; outside every listed term they
  get their nationality and the sector in their ``outside`` field (OTHER unless stated, e.g.
  PARTY for a candidate or opposition leader). Without a date, their latest term is used.
- A country name or capital alone ("Russia", "Washington") stands for its government (GOV);
  a plural demonym ("Syrians") for its civilians; an adjective alone gives a country, no sector.
- Defence ministries and ministers are MIL (they speak for the armed forces), as is the Pentagon.
- Militias and other non-jihadist non-state armed groups are REBEL; jihadist or proscribed
  terrorist groups are INSURGENT.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import pycountry
import yaml

from eventwire.model import Actor

DATA_DIR = Path(__file__).parent / "data" / "actors"

SECTORS = frozenset({"GOV", "MIL", "POLICE", "REBEL", "INSURGENT", "PROTESTER", "CIVILIAN",
                     "REFUGEE", "IGO", "NGO", "MEDIA", "PARTY", "JUDICIARY", "OTHER"})

# Sectors whose generic nouns take the article's country when the phrase names none.
_NO_CONTEXT_SECTORS = frozenset({"IGO"})
_ARMED_SECTORS = frozenset({"MIL", "POLICE", "REBEL", "INSURGENT"})
# Words that name a cause in an armed group's name ("the Sinjar Resistance Units", "Kurdistan
# Liberation Forces"): state units are named for places, numbers and branches instead.
_REBEL_NAME_WORDS = frozenset({"resistance", "liberation", "movement", "revolutionary"})
# words that make an unknown name with a country in it a rights group ("Zimbabwe Lawyers for
# Human Rights", "Uganda Law Society"), not the state
_NGO_NAME_WORDS = frozenset({"rights", "lawyers", "watch", "society", "observatory", "monitor",
                             "foundation", "institute", "centre", "center", "network"})

_TOKEN_RE = re.compile(
    r"(?:[A-Za-z]\.){2,}|(?:[A-Za-z]\.)+[A-Za-z]\b|\w+(?:['\u2019`]\w+)*|[,&]", re.UNICODE)
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u02bc": "'", "\u0131": "i",
                       "\u00f8": "o", "\u00d8": "O", "\u0142": "l", "\u0141": "L", "\u0111": "d",
                       "\u00df": "ss", "\u00e6": "ae", "\u00c6": "AE", "\u0153": "oe"})
_GAP_OK = re.compile(r"[ \t\-\u2010-\u2014'\u2019]*")  # no line breaks inside a mention
_PARTICLES = frozenset({"al", "el", "bin", "ben", "ibn", "de", "da", "van", "von", "der", "ould",
                        "la", "le", "du", "abu", "ag"})
_HYPHEN_MARKS = frozenset({"backed", "held", "based"})
_CALENDAR = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday", "january", "february", "march", "april", "may", "june", "july",
                       "august", "september", "october", "november", "december"})


@lru_cache(maxsize=100_000)
def _fold(raw: str) -> str:
    """Lower-case, ASCII-folded form of one token; dotted initialisms keep their dots."""
    t = raw.translate(_FOLD)
    if not t.isascii():
        t = "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))
    t = t.lower()
    if "." in t and not t.endswith("."):
        t += "."
    return t


@dataclass(frozen=True)
class Period:
    """A span of dates (end exclusive) during which an entity has these attributes."""

    start: date | None
    end: date | None
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    role: str | None = None

    def covers(self, when: date) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when < self.end)


@dataclass(frozen=True)
class Org:
    """A named organisation or state institution (with optional date-dependent changes)."""

    name: str
    code: str
    country: str | None
    sector: str
    backer: str | None = None
    periods: tuple[Period, ...] = ()

    def at(self, when: date | None) -> tuple[str | None, str, str]:
        """(country, sector, code) valid on a date; the base entry describes the present."""
        if when is not None:
            for p in self.periods:
                if p.covers(when):
                    return (p.country or self.country, p.sector or self.sector,
                            p.code or self.code)
        return self.country, self.sector, self.code


@dataclass(frozen=True)
class Person:
    """An office holder; terms are checked in file order, so list the senior office first."""

    name: str
    country: str | None
    outside: str
    terms: tuple[Period, ...]

    def term_at(self, when: date | None) -> Period | None:
        if when is None:
            open_terms = [t for t in self.terms if t.end is None]
            if open_terms:
                return open_terms[0]
            return max(self.terms, key=lambda t: t.end or date.max, default=None)
        for t in self.terms:
            if t.covers(when):
                return t
        return None


@dataclass(frozen=True)
class Noun:
    """A sector noun or modifier. Weak heads take their sector from a preceding modifier."""

    sector: str | None
    weak: bool = False
    armed: bool = False
    armed_sector: str | None = None
    role: str | None = None
    region: bool = False
    mod_only: bool = False
    anaphor: bool = False


@dataclass
class _Lex:
    """Everything one normalised n-gram can mean."""

    country: tuple[str, str] | None = None  # (iso3, form: name|adj|capital|demonym)
    noun: Noun | None = None
    org: Org | None = None
    persons: tuple[Person, ...] = ()
    full_name: bool = False
    mark: str | None = None
    local: dict[str, Org] | None = None  # context country -> org (local aliases)


@dataclass(frozen=True)
class _Item:
    start: int  # token index
    end: int
    lex: _Lex | None
    cap: bool  # some token of the match starts with a capital letter


@dataclass(frozen=True)
class _Res:
    name: str | None
    country: str | None
    sector: str | None
    code: str | None
    backer: str | None = None
    person: bool = False
    anaphor: bool = False


def _to_date(v: Any, end: bool) -> date | None:
    """YAML dates: full ISO dates, or a bare year (start: 1 Jan; end: through 31 Dec)."""
    if v is None:
        return None
    if isinstance(v, date):
        return v
    if isinstance(v, int):
        return date(v + 1, 1, 1) if end else date(v, 1, 1)
    s = str(v)
    if re.fullmatch(r"\d{4}", s):
        return _to_date(int(s), end)
    if re.fullmatch(r"\d{4}-\d{2}", s):
        y, m = int(s[:4]), int(s[5:])
        if end:
            return date(y + 1, 1, 1) if m == 12 else date(y, m + 1, 1)
        return date(y, m, 1)
    return date.fromisoformat(s)


def _plural(word: str) -> str:
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


def _load_yaml_files(paths: Iterable[Path]) -> dict[str, Any]:
    """Merge data files: mappings merge by key, lists of entries replace by ``name``."""
    merged: dict[str, Any] = {"countries": {}, "nouns": {}, "modifiers": {}, "markers": {},
                              "roles": {}, "labels": {}, "location_words": [],
                              "organisations": {}, "people": {}}
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            doc = yaml.safe_load(fh) or {}
        if not isinstance(doc, dict):
            raise ValueError(f"{path}: top level must be a mapping")
        for key, val in doc.items():
            if key not in merged:
                raise ValueError(f"{path}: unknown section {key!r}")
            if key in ("organisations", "people"):
                for entry in val or []:
                    merged[key][entry["name"]] = entry
            elif key == "location_words":
                merged[key].extend(val or [])
            elif key == "countries":
                for iso, entry in (val or {}).items():
                    base = merged[key].setdefault(str(iso).upper(), {})
                    base.update(entry or {})
            else:
                merged[key].update(val or {})
    return merged


class ActorResolver:
    """Dictionary-driven actor resolver; build once (``default()``), call per event."""

    _defaults: dict[tuple[Path, ...], ActorResolver] = {}

    def __init__(self, files: Sequence[Path]) -> None:
        data = _load_yaml_files(files)
        self._lex: dict[str, _Lex] = {}
        self._first_max: dict[str, int] = {}
        self._cased: set[str] = set()
        self._labels: dict[str, str] = data["labels"]
        self._role_sector: dict[str, str] = {}
        self._roles: dict[tuple[str, str], list[tuple[Person, Period]]] = {}
        self._orgs_by_code: dict[str, Org] = {}
        self._branches: dict[tuple[str, str], Org] = {}
        self._homes: dict[str, Org] = {}  # regional groups acting outside their countries
        self.country_names: dict[str, str] = {}
        self.capitals: dict[str, list[str]] = {}  # ISO3 -> its capital's spellings
        self.person_names: set[str] = set()
        self._location_words = frozenset(_fold(w) for w in data["location_words"])
        self._load_countries(data["countries"])
        self._load_nouns(data["nouns"], data["modifiers"], data["roles"])
        for mark, words in data["markers"].items():
            for w in words:
                self._lex_entry(w).mark = mark
        for entry in data["organisations"].values():
            self._load_org(entry)
        for entry in data["people"].values():
            self._load_person(entry)
        self._cached = lru_cache(maxsize=50_000)(self._resolve_key)

    @classmethod
    def default(cls, user_files: Sequence[Path] = ()) -> ActorResolver:
        """The shared resolver over the packaged data plus ``user_files`` (loaded once per set)."""
        key = tuple(Path(p).resolve() for p in user_files)
        res = cls._defaults.get(key)
        if res is None:
            res = cls(sorted(DATA_DIR.glob("*.yaml")) + list(key))
            cls._defaults[key] = res
        return res

    # ---------------------------------------------------------------- loading
    def _key(self, text: str) -> list[str]:
        toks: list[str] = []
        for m in _TOKEN_RE.finditer(text):
            raw = m.group()
            toks.extend(self._norm(raw))
        return toks

    def _norm(self, raw: str) -> list[str]:
        if raw in self._cased:
            return [raw]
        t = _fold(raw)
        if len(t) > 2 and t.endswith("'s"):  # "APC's": a cased acronym keeps its case
            return [raw[:-2] if raw[:-2] in self._cased else t[:-2], "'s"]
        return [t]

    def _lex_entry(self, phrase: str, cased: bool = False) -> _Lex:
        if phrase == "'s":
            toks = ["'s"]
        elif cased:
            toks = [m.group() for m in _TOKEN_RE.finditer(phrase)]
            self._cased.update(toks)
        else:
            toks = self._key(phrase)
        if not toks:
            raise ValueError(f"empty lexicon phrase {phrase!r}")
        key = " ".join(toks)
        entry = self._lex.get(key)
        if entry is None:
            entry = self._lex[key] = _Lex()
            if self._first_max.get(toks[0], 0) < len(toks):
                self._first_max[toks[0]] = len(toks)
        return entry

    def _load_countries(self, extra: dict[str, dict[str, Any]]) -> None:
        for c in pycountry.countries:
            iso = c.alpha_3
            names = {c.name, getattr(c, "official_name", c.name), getattr(c, "common_name", c.name)}
            for n in names:
                if "," not in n and "(" not in n:
                    self._lex_entry(n).country = (iso, "name")
            self.country_names[iso] = getattr(c, "common_name", c.name)
        for iso, e in extra.items():
            if e.get("display"):
                self.country_names[iso] = e["display"]
            # later forms win on a shared spelling: "U.S." is listed as adjective and name
            if e.get("capital"):
                self.capitals[iso] = list(e["capital"])
            for form, field in (("adj", "adj"), ("demonym", "demonyms"), ("name", "names"),
                                ("capital", "capital")):
                for w in e.get(field, []) or []:
                    self._lex_entry(w).country = (iso, form)
            for w in e.get("adj", []) or []:
                if w[-1] in "ni" and " " not in w and "." not in w:
                    self._lex_entry(_plural(w)).country = (iso, "demonym")
            for w in e.get("cased", []) or []:
                self._lex_entry(w, cased=True).country = (iso, "name")

    def _load_nouns(self, nouns: dict[str, Any], mods: dict[str, Any],
                    roles: dict[str, str]) -> None:
        self._role_sector = {_fold(k): v for k, v in roles.items()}
        for table, mod_only in ((nouns, False), (mods, True)):
            for phrase, spec in table.items():
                spec = dict(spec or {})
                plural = spec.pop("plural", not mod_only)
                extra_forms = spec.pop("forms", [])
                sector = spec.get("sector")
                if sector is not None and sector not in SECTORS:
                    raise ValueError(f"noun {phrase!r}: unknown sector {sector!r}")
                noun = Noun(sector=sector, weak=spec.get("weak", False),
                            armed=spec.get("armed", False),
                            armed_sector=spec.get("armed_sector"), role=spec.get("role"),
                            region=spec.get("region", False), mod_only=mod_only,
                            anaphor=spec.get("anaphor", False))
                forms = [phrase, *extra_forms]
                if plural:
                    words = phrase.split(" ")
                    forms.append(" ".join([*words[:-1], _plural(words[-1])]))
                for f in forms:
                    entry = self._lex_entry(f)
                    if entry.noun is None or not mod_only:
                        entry.noun = noun

    def _period(self, spec: dict[str, Any], default_country: str | None) -> Period:
        start = _to_date(spec.get("from"), end=False)
        end = _to_date(spec.get("to"), end=True)
        role = spec.get("role")
        if "org" in spec:
            org = self._orgs_by_code.get(spec["org"])
            if org is None:
                raise ValueError(f"term refers to unknown organisation code {spec['org']!r}")
            return Period(start, end, org.country, org.sector, org.code, role)
        country = spec["country"] if "country" in spec else default_country
        sector = spec.get("sector") or self._role_sector.get(_fold(role or ""), "GOV")
        code = spec.get("code") or (f"{country}.{sector}" if country else None)
        return Period(start, end, country, sector, code, role)

    def _load_org(self, e: dict[str, Any]) -> None:
        country, sector = e.get("country"), e["sector"]
        if sector not in SECTORS:
            raise ValueError(f"organisation {e['name']!r}: unknown sector {sector!r}")
        code = e.get("code") or (f"{country}.{sector}" if country else None)
        if code is None:
            raise ValueError(f"organisation {e['name']!r} needs a code or a country")
        periods = tuple(Period(_to_date(p.get("from"), end=False), _to_date(p.get("to"), end=True),
                               p.get("country"), p.get("sector"), p.get("code"))
                        for p in e.get("periods") or [])
        org = Org(e["name"], code, country, sector, e.get("backer"), periods)
        self._orgs_by_code.setdefault(code, org)
        if e.get("branch_of") and country:
            self._branches[(e["branch_of"], country)] = org
        for where in e.get("operates_in") or []:  # a regional group is local where it acts
            self._branches.setdefault((code, where), replace(org, country=where))
        if e.get("operates_in"):  # and of its home country (the first listed) elsewhere
            self._homes.setdefault(code, replace(org, country=e["operates_in"][0]))
        for alias in [e["name"], *(e.get("aliases") or [])]:
            self._lex_entry(alias).org = org
        for alias in e.get("cased") or []:
            self._lex_entry(alias, cased=True).org = org
        for alias in e.get("local_aliases") or []:  # only in the entry's country; an
            if not country:  # acronym ("APC") in exact case, a name ("Labour Party") in any
                raise ValueError(f"organisation {e['name']!r}: local_aliases need a country")
            acronym = alias.isupper() and alias.isalpha()
            lex = self._lex_entry(alias, cased=acronym)
            lex.local = {**(lex.local or {}), country: org}

    def _load_person(self, e: dict[str, Any]) -> None:
        country = e.get("country")
        terms = tuple(self._period(t, country) for t in e.get("terms") or [])
        person = Person(e["name"], country, e.get("outside", "OTHER"), terms)
        self.person_names.add(person.name)
        for t in terms:
            if t.role and t.country:
                self._roles.setdefault((t.country, _fold(t.role)), []).append((person, t))
        full = {e["name"], *(e.get("aliases") or [])}
        short: set[str] = set(e.get("short_aliases") or [])
        if e.get("short", True):
            words = self._key(e["name"])
            short.add(words[-1])
            if len(words) > 2 and words[-2] in _PARTICLES:
                short.add(" ".join(words[-2:]))
        for alias, is_full in [(a, True) for a in full] + [(a, False) for a in short]:
            entry = self._lex_entry(alias)
            others = tuple(p for p in entry.persons if p.name != person.name)
            if is_full and not entry.full_name:
                others = ()  # a full name outranks surname-only matches
            if entry.full_name and not is_full:
                continue
            entry.persons = (*others, person)
            entry.full_name = entry.full_name or is_full

    # ---------------------------------------------------------------- matching
    def _tokens(self, text: str) -> list[tuple[str, int, int, bool]]:
        """(normalised token, char start, char end, capitalised) for each token of ``text``."""
        out: list[tuple[str, int, int, bool]] = []
        for m in _TOKEN_RE.finditer(text):
            raw = m.group()
            norm = self._norm(raw)
            cap = raw[:1].isupper()
            if len(norm) == 1:
                out.append((norm[0], m.start(), m.end(), cap))
            else:
                out.append((norm[0], m.start(), m.end() - 2, cap))
                out.append(("'s", m.end() - 2, m.end(), False))
        return out

    def _scan_text(self, text: str, strict: bool
                   ) -> tuple[list[tuple[str, int, int, bool]], list[_Item]]:
        """Tokens and lexicon matches of a text. A surname alone right before or after another
        capitalised name no lexicon knows is someone else's name ("Marcos Villalba", "Muntaka
        Mubarak"); a group's name hyphened to an unknown capitalised word is part of another
        name ("ACT-Wazalendo" is a Zanzibari party, not Congo's Wazalendo militias), and so is
        a group's several-word name after an unknown capitalised word."""
        toks = self._tokens(text)
        items = self._scan([t[0] for t in toks], [t[3] for t in toks], strict)
        for k, it in enumerate(items):
            lex = it.lex
            if lex is None:
                continue
            nxt = items[k + 1] if k + 1 < len(items) else None
            prev = items[k - 1] if k else None
            if nxt is not None and lex.persons and not lex.full_name and lex.org is None \
                    and lex.country is None and lex.noun is None and nxt.lex is None \
                    and nxt.cap and toks[nxt.start][0] not in _CALENDAR \
                    and text[toks[it.end - 1][2]:toks[nxt.start][1]] == " ":
                items[k] = _Item(it.start, it.end, None, it.cap)
            elif prev is not None and lex.persons and not lex.full_name and lex.org is None \
                    and lex.country is None and lex.noun is None and prev.lex is None \
                    and prev.cap and toks[prev.start][0] not in _CALENDAR \
                    and text[toks[prev.end - 1][2]:toks[it.start][1]] == " ":
                # "Muntaka Mubarak": a known surname after an unknown given name
                items[k] = _Item(it.start, it.end, None, it.cap)
            elif prev is not None and lex.org is not None and prev.lex is None and prev.cap \
                    and (text[toks[prev.end - 1][2]:toks[it.start][1]] == "-" or
                         self._inside_longer_name(text, toks, it, prev)):
                # ("the Kargil Democratic Alliance" is no South African party either)
                items[k] = _Item(it.start, it.end, None, it.cap)
        return toks, items

    def _scan(self, toks: Sequence[str], caps: Sequence[bool], strict: bool) -> list[_Item]:
        """Greedy longest match of lexicon n-grams; unmatched tokens become empty items."""
        items: list[_Item] = []
        lex, first_max = self._lex, self._first_max
        n, i = len(toks), 0
        while i < n:
            hit: _Lex | None = None
            k = min(first_max.get(toks[i], 0), n - i)
            while k > 0:
                hit = lex.get(toks[i] if k == 1 else " ".join(toks[i:i + k]))
                if hit is not None and self._usable(hit, caps[i:i + k], strict):
                    break
                hit = None
                k -= 1
            if hit is None:
                items.append(_Item(i, i + 1, None, caps[i]))
                i += 1
            else:
                items.append(_Item(i, i + k, hit, any(caps[i:i + k])))
                i += k
        return items

    def _localise(self, items: list[_Item], ctx: str | None,
                  toks: list[tuple[str, int, int, bool]]) -> list[_Item]:
        """A local alias ("APC", "NPP") names its entry only in the story's own country (one
        acronym, one party per country); elsewhere or without a country it names nothing but
        its last word ("the Democratic Party" in a Mongolian story is a party there)."""
        out: list[_Item] = []
        for it in items:
            lex = it.lex
            if lex is not None and lex.local:
                org = lex.local.get(ctx) if ctx else None
                if org is not None:
                    lex = replace(lex, org=org, local=None)
                elif not (lex.org or lex.persons or lex.country or lex.noun or lex.mark):
                    last = self._lex.get(toks[it.end - 1][0]) if it.end - it.start > 1 else None
                    if last is not None and last.noun is not None and not last.local:
                        out += [_Item(k, k + 1, None, toks[k][3])
                                for k in range(it.start, it.end - 1)]
                        out.append(_Item(it.end - 1, it.end, last, toks[it.end - 1][3]))
                        continue
                    lex = None
                it = _Item(it.start, it.end, lex, it.cap)
            out.append(it)
        return out

    @staticmethod
    def _usable(lex: _Lex, caps: Sequence[bool], strict: bool) -> bool:
        """Proper names need a capital in running text; surnames always do."""
        proper = lex.org is not None or lex.country is not None or bool(lex.persons) \
            or bool(lex.local)
        if not proper or lex.noun is not None or lex.mark is not None:
            return True
        if lex.persons and not lex.full_name and lex.org is None and lex.country is None:
            return caps[-1]
        return any(caps) if strict else True

    # ---------------------------------------------------------------- composition
    def _compose(self, items: list[_Item], when: date | None, ctx: str | None) -> _Res | None:
        known = [it for it in items if it.lex is not None]
        if not known:
            return None
        segs: list[list[_Item]] = [[]]
        for it in known:
            if it.lex is not None and it.lex.mark == "and" and segs[-1]:
                segs.append([])
            elif not (it.lex is not None and it.lex.mark == "and"):
                segs[-1].append(it)
        core = segs[0]
        if len(segs) > 1 and not any(self._is_head(it) for it in core):
            heads = [it for it in segs[-1] if self._is_head(it)]
            if heads:
                core = core + [heads[-1]]
        while core and core[0].lex is not None and core[0].lex.mark == "of":
            core = core[1:]  # "dozens of relatives of soldiers": the count's "of" splits nothing
        of_idx = next((i for i, it in enumerate(core)
                       if it.lex is not None and it.lex.mark == "of"), None)
        if of_idx is None:
            left, right = core, []
        else:
            left = core[:of_idx]
            right = [it for it in core[of_idx + 1:]
                     if not (it.lex is not None and it.lex.mark == "of")]
        if right and not any(self._is_strong(it) for it in left):
            if any(self._is_head(it) and not self._country(it) for it in right):
                return self._compose_seg(right, left, when, ctx)
        if any(it.lex is not None and it.lex.org is not None for it in right) and not any(
                it.lex is not None and (it.lex.org is not None or it.lex.persons)
                for it in left):
            return self._compose_seg(right, left, when, ctx)  # "rebels of the ADF": the ADF
        return self._compose_seg(left or right, right if left else [], when, ctx)

    @staticmethod
    def _country(it: _Item) -> bool:
        return it.lex is not None and it.lex.country is not None

    @staticmethod
    def _is_head(it: _Item) -> bool:
        lex = it.lex
        if lex is None:
            return False
        if lex.org is not None or lex.persons:
            return True
        if lex.noun is not None and not lex.noun.mod_only:
            return True
        return lex.country is not None and lex.country[1] in ("name", "capital", "demonym")

    @staticmethod
    def _is_strong(it: _Item) -> bool:
        lex = it.lex
        if lex is None:
            return False
        if lex.org is not None or lex.persons:
            return True
        return lex.noun is not None and not lex.noun.mod_only and not lex.noun.weak

    def _pick_person(self, persons: tuple[Person, ...], when: date | None,
                     hints: set[str]) -> tuple[Person, Period | None] | None:
        cands = [(p, p.term_at(when)) for p in persons]
        if len(cands) > 1:
            active = [c for c in cands if c[1] is not None] if when is not None else cands
            if hints:
                hinted = [c for c in active if (c[1] and c[1].country in hints)
                          or c[0].country in hints]
                active = hinted or active
            if len(active) != 1:
                return None
            return active[0]
        return cands[0]

    def _person_res(self, person: Person, term: Period | None,
                    when: date | None = None) -> _Res:
        if term is None:
            sector = person.outside
            code = f"{person.country}.{sector}" if person.country else None
            return _Res(person.name, person.country, sector, code, person=True)
        org = self._orgs_by_code.get(term.code or "")
        if org is not None and org.periods:  # "Taliban leader" follows the Taliban's status
            country, sector, code = org.at(when)
            return _Res(person.name, country, sector, code, person=True)
        return _Res(person.name, term.country, term.sector, term.code, person=True)

    def _org_res(self, org: Org, when: date | None, backer: str | None) -> _Res:
        country, sector, code = org.at(when)
        return _Res(org.name, country, sector, code, backer or org.backer)

    def _compose_seg(self, seg: list[_Item], extra: list[_Item], when: date | None,
                     ctx: str | None) -> _Res | None:
        backer: str | None = None
        countries: list[tuple[int, str, str]] = []
        owner: str | None = None  # "China's Taiwan Affairs Office", "Russia's Ukraine envoy"
        region = False
        skip_next = False
        pro = False
        person_at: tuple[int, Person, Period | None] | None = None
        org_at: tuple[int, Org] | None = None
        nouns: list[tuple[int, Noun]] = []
        hints = {lx.country[0] for it in seg + extra
                 if (lx := it.lex) is not None and lx.country is not None}
        for j, it in enumerate(seg):
            lex = it.lex
            assert lex is not None
            nxt = seg[j + 1].lex.mark if j + 1 < len(seg) and seg[j + 1].lex else None
            if lex.org is None and not lex.persons and lex.country is None and lex.noun is None:
                if lex.mark in ("anti", "pro") and j + 1 < len(seg) and \
                        seg[j + 1].start == it.end:
                    # what "pro-"/"anti-" governs is the next word only: in "pro-democracy
                    # protesters" that word is unknown and the protesters stay the head
                    skip_next = True
                    pro = lex.mark == "pro"
                continue
            if skip_next:
                skip_next = False
                if pro:
                    if lex.country is not None:
                        backer = lex.country[0]
                    elif lex.persons:
                        picked = self._pick_person(lex.persons, when, hints)
                        if picked is not None:
                            backer = self._person_res(*picked, when).country
                    elif lex.noun is not None and lex.noun.sector == "GOV":
                        # "pro-government militias" fight for the state: its armed side
                        nouns.append((j, replace(lex.noun, sector=None, armed_sector="MIL",
                                                 mod_only=True)))
                pro = False
                continue
            if nxt in ("held", "based"):
                continue
            if lex.org is not None:
                if nxt == "backed":  # "Al-Qaeda-linked fighters" are not al-Qaeda
                    backer = lex.org.country or backer
                else:
                    org_at = (j, lex.org)
            elif lex.persons and (lex.full_name or it.cap):
                picked = self._pick_person(lex.persons, when, hints)
                if picked is not None:
                    if nxt == "backed":
                        backer = self._person_res(*picked, when).country
                    else:
                        person_at = (j, picked[0], picked[1])
                elif lex.noun is not None:
                    nouns.append((j, lex.noun))
            elif lex.country is not None:
                if nxt == "backed":
                    backer = lex.country[0]
                else:
                    countries.append((j, lex.country[0], lex.country[1]))
                    if nxt == "poss":
                        owner = lex.country[0]
            elif lex.noun is not None:
                if lex.noun.region:
                    region = True
                nouns.append((j, lex.noun))
        heads = [(j, n) for j, n in nouns if not n.mod_only]
        head = heads[-1] if heads else None

        if person_at is not None and (head is None or head[0] < person_at[0]):
            return self._person_res(person_at[1], person_at[2], when)
        if org_at is not None and (person_at is None or org_at[0] > person_at[0]):
            return self._org_res(org_at[1], when, backer)

        mod_sector: str | None = None
        mod_armed: str | None = None
        country: str | None = None
        if person_at is not None:  # "Assad's forces", "Abadi's office"
            pres = self._person_res(person_at[1], person_at[2], when)
            org = self._orgs_by_code.get(pres.code or "")
            if org is not None and (org.country is None
                                    or org.code != f"{org.country}.{org.sector}"):
                return self._org_res(org, when, backer)
            country = pres.country
            mod_sector = pres.sector
            mod_armed = "MIL" if pres.sector == "GOV" else pres.sector
        assert head is not None or person_at is None
        if head is None:
            if not countries:
                return None
            _, iso, form = countries[-1]
            sector = {"name": "GOV", "capital": "GOV", "demonym": "CIVILIAN"}.get(form)
            return self._make(iso, sector, backer)
        hj, hn = head
        if mod_sector is None:
            for j, n in reversed(nouns):
                if j < hj and (n.sector or n.armed_sector):
                    mod_sector, mod_armed = n.sector, n.armed_sector
                    break
        if hn.weak and hn.armed:  # "government forces" -> MIL, but "local fighters" stay armed
            if mod_armed:
                sector = mod_armed
            elif mod_sector in _ARMED_SECTORS:
                sector = mod_sector
            else:
                sector = hn.sector
        elif hn.weak and mod_sector:
            sector = mod_sector
        else:
            sector = hn.sector
        if country is None:
            before = [c for c in countries if c[0] < hj]
            if owner is not None and any(c[1] == owner for c in before) and \
                    before[-1][2] == "name":
                # the state that owns it, not the one it deals with ("Turkey's Syrian allies"
                # are Syrians)
                country = owner
            elif before:
                country = before[-1][1]
            elif [c for c in countries if c[2] != "capital"]:
                # a capital after the head is a destination or part of a name ("Sergeant
                # Anderson Lima"), not whose the actor is
                country = next(c[1] for c in countries if c[2] != "capital")
            else:
                ext = [lx.country[0] for it in extra
                       if (lx := it.lex) is not None and lx.country is not None]
                if ext:
                    country = ext[-1]
                elif not region and sector is not None and sector not in _NO_CONTEXT_SECTORS:
                    country = ctx
        if hn.weak and hn.armed and backer is not None and backer == country:
            sector = "MIL"  # "pro-Assad militias": armed men backed by their own state
        name = None
        if hn.role and country and when is not None and person_at is None:
            holder = self._office_holder(country, hn.role, when)
            if holder is not None:
                return _Res(holder.name, country, sector,
                            f"{country}.{sector}" if sector else None, backer, person=True)
        res = self._make(country, sector, backer, name)
        if hn.anaphor and res.code is None:
            res = replace(res, anaphor=True)
        return res

    def _make(self, country: str | None, sector: str | None, backer: str | None,
              name: str | None = None) -> _Res:
        code = f"{country}.{sector}" if country and sector else None
        if name is None and code is not None and sector in self._labels:
            name = self._labels[sector].format(country=self.country_names.get(country, country))
        return _Res(name, country, sector, code, backer)

    def _office_holder(self, country: str, role: str, when: date) -> Person | None:
        holders = [(p, t) for p, t in self._roles.get((country, _fold(role)), [])
                   if t.covers(when)]
        if not holders:
            return None
        holders.sort(key=lambda pt: pt[1].start or date.min)
        return holders[-1][0]

    # ---------------------------------------------------------------- public API
    def _resolve_key(self, text: str, when: date | None, ctx: str | None) -> _Res | None:
        toks, items = self._scan_text(text, strict=False)
        items = self._localise(items, ctx, toks)
        raw = [text[t[1]:t[2]] for t in toks]
        if self._unknown_group_role(items, raw):
            return None
        res = self._compose(items, when, ctx)
        if res is not None and res.sector == "MIL" and not res.person and \
                res.code == f"{res.country}.MIL" and \
                res.name == self.label(res.country, "MIL") and \
                any(w[:1].isupper() and w.lower() in _REBEL_NAME_WORDS for w in raw):
            # a name no lexicon knows that calls its forces a resistance or a liberation
            # movement is a rebel group's, not the state's army
            res = self._make(res.country, "REBEL", res.backer)
        elif res is not None and res.sector == "GOV" and not res.person and \
                res.code == f"{res.country}.GOV" and \
                any(w[:1].isupper() and w.lower() in _NGO_NAME_WORDS for w in raw):
            res = self._make(res.country, "NGO", res.backer)
        return res

    @staticmethod
    def _unknown_group_role(items: list[_Item], raw: list[str]) -> bool:
        """"CAM leader X", "the BRN representatives", "Yambali and Aiyale leaders": a state
        role word (leader, spokesman, representative) right after a name no lexicon knows
        speaks for that unknown group, not for the government the role word defaults to."""
        heads = [k for k, it in enumerate(items) if it.lex is not None
                 and it.lex.noun is not None and not it.lex.noun.mod_only]
        if not heads:
            return False
        k = heads[-1]
        noun = items[k].lex.noun if items[k].lex is not None else None
        if noun is None or not noun.weak or noun.sector != "GOV" or noun.armed or k == 0:
            return False
        if any(it.lex is not None and (it.lex.org is not None or it.lex.persons
                                       or it.lex.country is not None
                                       or it.lex.noun is not None)
               for it in items[:k]):
            return False  # "Hamas leader", "Kenyan officials", "opposition leaders"
        prev = items[k - 1]
        word = raw[prev.start]
        if prev.lex is not None or not prev.cap:
            return False
        # an acronym, or a capitalised word that does not open the phrase ("the Aiyale
        # leaders", "Yambali and Aiyale leaders"; a phrase-opening "Western leaders" may be
        # a sentence's first word)
        return (word.isupper() and len(word) >= 2) or prev.start > 0 and (
            raw[0].lower() == "the" or any(it.lex is not None and it.lex.mark == "and"
                                           for it in items[:k]))

    def resolve(self, text: str, when: date | None = None,
                context_country: str | None = None) -> Actor:
        """Resolve a noun phrase as written; unknown parts leave name/code None."""
        res = self._cached(text, when, context_country)
        if res is None:
            return Actor(text=text)
        return Actor(text=text, name=res.name, country=res.country, sector=res.sector,
                     code=res.code, backer=res.backer)

    def is_actor_phrase(self, text: str) -> bool:
        """Does the phrase name an actor (or a group anaphor like "the group")? A local alias
        ("APC") names one in some country, whichever the story's is."""
        _, items = self._scan_text(text, strict=False)
        modified = False  # a modifier with a sector came before: "traditional chiefs"
        for it in items:
            lex = it.lex
            if lex is None:
                continue
            if lex.org is not None or lex.local or (lex.persons and (lex.full_name or it.cap)):
                return True
            if lex.country is not None and lex.country[1] != "adj":
                return True
            if lex.noun is not None and not lex.noun.mod_only and (
                    lex.noun.sector or lex.noun.anaphor or modified and lex.noun.weak):
                return True
            if lex.noun is not None and lex.noun.mod_only and lex.noun.sector:
                modified = True
        return False

    def branch(self, code: str | None, country: str | None) -> Org | None:
        """The local branch of a transnational group in a country ("Islamic State" fighting in
        Nigeria is its West Africa Province), if the data names one."""
        if not code or not country:
            return None
        return self._branches.get((code, country)) or self._homes.get(code)

    def is_group_anaphor(self, text: str) -> bool:
        """True for phrases like "the group" / "the militant group" that need an antecedent."""
        res = self._cached(text, None, None)
        return res is not None and res.anaphor

    def country_of(self, text: str) -> str | None:
        """The country a phrase names ("Syrian", "Syria", "Damascus", "the Kremlin" -> ISO3)."""
        _, items = self._scan_text(text, strict=False)
        fallback: str | None = None
        for it in items:
            lex = it.lex
            if lex is None:
                continue
            if lex.country is not None and lex.org is None:
                return lex.country[0]
            if fallback is None and lex.org is not None and lex.org.country:
                fallback = lex.org.country
        return fallback

    def label(self, country: str | None, sector: str | None) -> str | None:
        """Canonical name of a generic actor ("Military Forces of Russia"), if one is defined."""
        if not country or not sector or sector not in self._labels:
            return None
        return self._labels[sector].format(country=self.country_names.get(country, country))

    def country_form(self, text: str) -> str | None:
        """How a phrase names a state when that is all it names: "name" ("Russia"), "capital"
        ("Moscow"), "adj" ("Russian", "Russian missile strikes" with no sector noun) or
        "demonym" ("the Russians"); None when a sector noun, organisation or person is in it."""
        _, items = self._scan_text(text, strict=False)
        form: str | None = None
        for it in items:
            lex = it.lex
            if lex is None or lex.mark is not None:
                continue
            if lex.org is not None or (lex.persons and (lex.full_name or it.cap)) or (
                    lex.noun is not None and lex.noun.sector is not None):
                return None
            if lex.country is not None:
                form = lex.country[1]
        return form

    def mentions(self, text: str, when: date | None = None,
                 context_country: str | None = None) -> list[tuple[int, int, Actor]]:
        """Actor mentions in running text as (char start, char end, Actor), in order."""
        toks, items = self._scan_text(text, strict=True)
        items = self._localise(items, context_country, toks)
        out: list[tuple[int, int, Actor]] = []
        run: list[_Item] = []
        pending_glue: _Item | None = None

        def flush() -> None:
            if run:
                self._emit(run, items, toks, text, when, context_country, out)
            run.clear()

        for k, it in enumerate(items):
            lex = it.lex
            if lex is not None and lex.org is not None and self._inside_longer_name(
                    text, toks, it, items[k - 1] if k else None):
                flush()
                pending_glue = None
                continue
            gap = ""
            if run:
                prev_end = toks[(pending_glue or run[-1]).end - 1][2]
                gap = text[prev_end:toks[it.start][1]]
                if not _GAP_OK.fullmatch(gap):
                    flush()
                    pending_glue = None
            if lex is not None and lex.mark in _HYPHEN_MARKS and lex.noun is None:
                if "-" not in gap:  # "Turkish-backed", but not "forces backed by"
                    flush()
                    pending_glue = None
                    continue
            if lex is not None and lex.mark in ("pro", "anti") and lex.noun is None:
                nxt_start = toks[it.end][1] if it.end < len(toks) else len(text)
                if "-" not in text[toks[it.end - 1][2]:nxt_start]:  # "anti-Assad", not "against"
                    flush()
                    pending_glue = None
                    continue
            if lex is None or lex.mark in ("and", "of"):
                if (run and pending_glue is None and lex is None and self._glue_ok(run[-1])
                        and not it.cap and toks[it.start][0].isalpha()
                        and toks[it.start][0] not in self._location_words):
                    pending_glue = it  # "Iran's powerful Revolutionary Guards"
                    continue
                flush()
                pending_glue = None
                continue
            if pending_glue is not None:
                run.append(pending_glue)
                pending_glue = None
            run.append(it)
        flush()
        # "the People's Defence Forces (HPG)": the bracketed short name says which group
        # a name that several groups share stands for
        for k in range(len(out) - 1):
            (s1, e1, a1), (s2, e2, a2) = out[k], out[k + 1]
            if a1.code and a2.code and a1.code != a2.code and a1.sector == a2.sector and \
                    text[e1:s2].strip() == "(" and text[e2:e2 + 1] == ")":
                out[k] = (s1, e1, a2)
        return out

    @staticmethod
    def _inside_longer_name(text: str, toks: list[tuple[str, int, int, bool]], it: _Item,
                            prev: _Item | None) -> bool:
        """A group's several-word name right after an unknown capitalised word is the tail
        of another name: "the West Papua National Liberation Army" is not Colombia's ELN."""
        if it.end - it.start < 2 or prev is None or prev.lex is not None or it.start == 0:
            return False
        word, start, end, cap = toks[it.start - 1]
        if not cap or text[end:toks[it.start][1]] != " " or word in _CALENDAR:
            return False
        return not re.search(r"(?:^|[.!?\n\"“]\s*)$", text[max(0, start - 3):start])

    @staticmethod
    def _glue_ok(prev: _Item) -> bool:
        """An unknown word may sit between a modifier and its head, not after a head."""
        lex = prev.lex
        if lex is None:
            return False
        if lex.mark == "poss":
            return True
        if lex.org is not None or lex.persons:
            return False
        if lex.country is not None:
            return lex.country[1] == "adj"
        return lex.noun is not None and lex.noun.mod_only

    def _emit(self, run: list[_Item], items: list[_Item], toks: list[tuple[str, int, int, bool]],
              text: str, when: date | None, ctx: str | None,
              out: list[tuple[int, int, Actor]]) -> None:
        # drop trailing marks/glue ("'s", "backed") and place modifiers ("rebel-held")
        while run and (run[-1].lex is None or (run[-1].lex.mark is not None
                                                and run[-1].lex.noun is None)):
            if run[-1].lex is not None and run[-1].lex.mark in ("held", "based"):
                return
            run.pop()
        while run and (run[0].lex is None or run[0].lex.mark in ("poss", "and", "of")):
            run.pop(0)
        while len(run) > 1 and (lx := run[-1].lex) is not None and lx.country is not None \
                and lx.country[1] == "adj" and lx.noun is None and lx.org is None:
            run.pop()  # "al-Qaeda's Syrian [affiliate]": a dangling adjective
        if not run:
            return
        if not any(self._is_head(it) for it in run):
            return
        first = run[0]
        only_places = all(it.lex is not None and it.lex.country is not None
                          and it.lex.noun is None and it.lex.org is None for it in run)
        if only_places:
            span = text[toks[first.start][1]:toks[run[-1].end - 1][2]]
            if span.isupper() and len(span) > 3:  # datelines such as "BEIRUT (Reuters)"
                return
            if first.start > 0 and toks[first.start - 1][0] in self._location_words:
                return
        res = self._compose(run, when, ctx)
        if res is None or (res.sector is None and res.name is None and not res.anaphor):
            return
        s, e = toks[first.start][1], toks[run[-1].end - 1][2]
        out.append((s, e, Actor(text=text[s:e], name=res.name, country=res.country,
                                sector=res.sector, code=res.code, backer=res.backer,
                                start=s, end=e)))
