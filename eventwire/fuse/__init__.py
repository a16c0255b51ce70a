"""Fusion: one record per real-world event, built from every mention that reports it.

Rules (EVENT-SCHEMA.md "Fusion"): two mentions are one event when they share type and
status (a claim or a denial of an act counts as its report), modes (or means one attack
combines, or that reports name differently, as a rally and its riot; within one report also
talks and a meeting),
have compatible actors, places in the same locality and dates within a day (each read at its
precision), and share one specific (a named actor, a town, a day, a figure). Another report of
the same death toll in the same town may date itself up to a week apart (a follow-up filed
days later), as may a group's
claim of responsibility, dated by the day it was made, after the act it claims. Statements
between the same two parties are not kept apart by where a report placed them; meetings have
participants rather than sides. A doer that is also its act's target reads neither side;
gunmen a report only describes may be the armed group another names, and a group's parent
(Islamic State for its province) is the group. Inside one article, a dated act whose place
its sentence does not tell is not kept from a named site by place; different figures mean
different incidents (except a party's claimed figure against the reported one), and a
mention whose figures are the sum of other incidents' figures is a summary of them, not a
new event; one told only at
the city (or wider) over two distant sites of its article is kept with its like, not with
either site. Two acts whose sentences name no site in common (the parliament, the shrine:
sites.yml) are two incidents. Undated reports in undated articles merge only when they agree on
two specifics; an act in an undated article joins a dated report that shares its town and one
more specific (and the weekday it names), a link it needs with one of the event's reports, not
each. The result does not depend on the order of the input: mentions are processed in a
canonical order and an event's id comes from its founding mention (earliest published, then
smallest mention id).
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from eventwire.resolve.actors import DATA_DIR as ACTOR_DATA
from eventwire.store import Store

LOCALITY_KM = 12.0
# Sectors a report may use for the same unarmed victims.
VICTIMS = {"CIVILIAN", "PROTESTER", "REFUGEE", "OTHER"}
# Who marches: protesters, and the parties, unions and groups that call them out.
CROWDS = {"PROTESTER", "PARTY", "NGO", "CIVILIAN"}
PRECISE = {"point", "district"}
# Sectors of armed groups that are not a state's forces.
ARMED_GROUPS = {"REBEL", "INSURGENT"}
TOWN = {"point", "district", "city"}
# A follow-up report that gives the same death toll (at least this many) for an incident in the
# same town is the same incident even when it dates itself up to this many days apart.
MIN_SHARED_TOLL = 2
FOLLOWUP_DAYS = 7
_DATA = Path(__file__).parents[1] / "extract" / "data"


def _load(name: str) -> dict[str, Any]:
    return yaml.safe_load((_DATA / name).read_text(encoding="utf-8"))


# Meetings, agreements and cooperation have participants, not a doer and a target; one
# sentence names some of them, the next sentence others.
SYMMETRIC = set(_load("modality.yml")["symmetric_types"])
# A transnational group's local branch ("Islamic State Central Africa Province") and the
# parent whose name claims its attacks ("Islamic State claimed the attack through Amaq").
# A branch is known by its code and by the abbreviations among its aliases ("ISCAP" for the
# code ADF), which a report coded elsewhere may carry.
def _branches() -> dict[str, str]:
    """Each branch's code and abbreviated aliases -> its parent's code (groups.yaml)."""
    groups = yaml.safe_load((ACTOR_DATA / "groups.yaml").read_text(encoding="utf-8"))
    out: dict[str, str] = {}
    for e in groups["organisations"]:
        parent, code = e.get("branch_of"), e.get("code")
        if not parent or not code or code == parent:
            continue
        for c in (code, *(a for a in e.get("aliases") or () if a.isupper() and " " not in a)):
            if c != parent:
                out[c] = parent
    return out


BRANCH_OF = _branches()

# Statements (CAMEO quad classes 1 and 3: appeals, accusations, vetoes...) have no place of
# their own: a report locates them where it was filed or where the matter is.
VERBAL = {t for t, spec in _load("ontology.yml")["types"].items() if spec["quad_class"] in (1, 3)}
WEEKDAYS: dict[str, int] = _load("dates.yml")["weekdays"]
# Words for armed men a report describes but does not name ("the gunmen", "the attackers").
PERPETRATORS = set(_load("modality.yml")["perpetrator_nouns"])
# Sites inside a town an act is told at (the parliament, the shrine, the market): each word
# or two-word name -> the site it names.
_SITE_DATA = yaml.safe_load((Path(__file__).parent / "sites.yml").read_text(encoding="utf-8"))
SITE_WORDS: dict[str, str] = {w: site for site, words in _SITE_DATA["sites"].items()
                              for w in words}
TAKEN_TO = set(_SITE_DATA["taken_to"])
NOT_SITES = set(_SITE_DATA["not_sites"])
SPOKEN_AT: list[str] = _SITE_DATA["spoken_at"]


def _date(v: Any) -> date | None:
    return date.fromisoformat(v) if isinstance(v, str) else v


def _km(a: dict[str, Any], b: dict[str, Any]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (a["lat"], a["lon"], b["lat"], b["lon"]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin(
        (lo2 - lo1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def _curated_districts() -> set[tuple[str, str]]:
    """(country, name) of the city districts and regions places.tsv gives a point of their
    own: such a district has no GeoNames id, yet is placed where it lies."""
    out: set[tuple[str, str]] = set()
    path = Path(__file__).parents[1] / "resolve" / "data" / "places" / "places.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if line.startswith("#") or len(cells) < 8 or cells[0] == "name" or \
                cells[7] != "district":
            continue
        out.add((cells[5], cells[0].casefold()))
    return out


CURATED_DISTRICTS = _curated_districts()


def _unlisted(loc: dict[str, Any]) -> bool:
    """A district the gazetteer lacks, placed at its province's seat with no GeoNames id
    ("Tajoura district"): only known to be near that seat, so no second district of it. A
    curated district ("al-Shaab") has no GeoNames id either, but its own point: it is listed."""
    return "geonames_id" in loc and loc["geonames_id"] is None and \
        loc.get("precision") == "district" and \
        (loc.get("country"), str(loc.get("name") or "").casefold()) not in CURATED_DISTRICTS


def _same_place(a: dict[str, Any] | None, b: dict[str, Any] | None, same_article: bool) -> bool:
    if a is None or b is None:
        return True
    if a.get("geonames_id") and a.get("geonames_id") == b.get("geonames_id"):
        return True
    pa, pb = a.get("precision"), b.get("precision")
    if "country" in (pa, pb) or "admin1" in (pa, pb):
        return a.get("country") == b.get("country")
    if a.get("lat") is None or b.get("lat") is None:
        return a.get("name") == b.get("name")
    if pa in PRECISE and pb in PRECISE and a.get("name") != b.get("name") and \
            not (_unlisted(a) or _unlisted(b)):
        return False  # two districts of one city: two incidents
    if (_unlisted(a) or _unlisted(b)) and a.get("admin1") and a.get("admin1") == b.get("admin1") \
            and a.get("country") == b.get("country"):
        return True  # placed at its province's seat: only known to lie in that province
    return _km(a, b) <= LOCALITY_KM


def _code(m: dict[str, Any], key: str) -> str | None:
    return (m.get(key) or {}).get("code")


def _actors_fit(m: dict[str, Any], n: dict[str, Any]) -> bool:
    """Same doer (or one unnamed); in an act the target may be named by its sector in one
    report and another in the next ("civilians", "soldiers") but stays in one country (with
    the same doer, or one left unnamed in another report); a
    statement's addressee (the police, the government) is the party it names."""
    if m["event_type"] in SYMMETRIC:
        a = {c for c in (_code(m, "actor1"), _code(m, "actor2")) if c}
        b = {c for c in (_code(n, "actor1"), _code(n, "actor2")) if c}
        return len(a) < 2 or len(b) < 2 or bool(a & b)
    if m["event_type"] in VERBAL and not (_code(m, "actor1") or _code(m, "actor2")) and \
            not (_code(n, "actor1") or _code(n, "actor2")):
        return False  # two statements of no one known: nothing says they are one
    if m["event_type"] in VERBAL and m["article_id"] == n["article_id"] and (
            not (_code(m, "actor1") or _code(m, "actor2")) and _code(n, "actor1") or
            not (_code(n, "actor1") or _code(n, "actor2")) and _code(m, "actor1")):
        return False  # a statement of no one known is not the named speaker's
    if _one_fight(m, n):
        return True
    a1, b1 = _doer(m), _doer(n)
    if a1 and b1 and a1 != b1 and m["event_type"] not in VERBAL and \
            _borrowed(m["actor1"]) != _borrowed(n["actor1"]):
        a1, b1 = (None, b1) if _borrowed(m["actor1"]) else (a1, None)
    if a1 and b1 and a1 != b1 and BRANCH_OF.get(a1) != b1 and BRANCH_OF.get(b1) != a1 and not (
            "denied" in (m["status"], n["status"]) and
            _state_speaks_for_forces(m["actor1"], n["actor1"])) and not (
            m["event_type"] == "PROTEST" and _one_crowd(m["actor1"], n["actor1"])) and not (
            m["event_type"] not in VERBAL and (
                _unidentified_fits(m["actor1"], n["actor1"]) or
                _unidentified_fits(n["actor1"], m["actor1"]) or
                _generic_armed_fits(m["actor1"], n["actor1"]) or
                _generic_armed_fits(n["actor1"], m["actor1"]))):
        return False
    a2, b2 = _target(m), _target(n)
    if a2 is None or b2 is None or a2 == b2:
        return True
    if m["event_type"] not in VERBAL and a1 and a1 == b1 and \
            (_borrowed(m["actor2"]) or _borrowed(n["actor2"])):
        return True
    if m["event_type"] not in VERBAL and (
            (not a1 and _more_victims(m)) or (not b1 and _more_victims(n))):
        return True
    t, u = m["actor2"], n["actor2"]
    if m["event_type"] not in VERBAL and (_generic_armed_fits(t, u) or _generic_armed_fits(u, t)):
        return True
    if not t.get("country") or t.get("country") != u.get("country"):
        return False
    # The same doer's target, or people of one country told as civilians in one report and
    # protesters or displaced people in the next; police are not civilians. A statement names
    # whom it addresses: the party that accuses the police, then the government, or the
    # neighbour's army, then its government, has made two statements. A report in another
    # article that leaves unnamed the doer the first names may name the same victims by
    # another sector (the follow-up counting "people" where the lead said gendarmes), unless
    # its target is the other's doer (the attack on an army post, the army's riposte).
    victims = {t.get("sector"), u.get("sector")} <= VICTIMS
    unnamed = bool(a1) != bool(b1) and a2 != b1 and b2 != a1 and \
        m["article_id"] != n["article_id"] and "." in a2 and "." in b2
    return victims or (bool(a1 and a1 == b1 or unnamed) and m["event_type"] not in VERBAL)


FIGHT = re.compile(r"\b(?:clash(?:ed|es)?|gunfights?|gun battles?|shoot-?outs?|firefights?|"
                   r"exchanges? of fire|exchanged fire|encounters?)\b")


def _one_fight(m: dict[str, Any], n: dict[str, Any]) -> bool:
    """Within one story, a fight told with both its sides ("gendarmes shot dead the gang's
    leader in a gunfight") and a report naming one of those sides only ("two gendarmes were
    wounded", "the men opened fire when officers tried to detain them") are one fight: either
    side is doer and target in turn, and its own losses are the fight's."""
    if m["article_id"] != n["article_id"] or m["event_type"] in VERBAL or \
            m.get("date") != n.get("date") or \
            not m.get("date_precision") == n.get("date_precision") == "day":
        return False  # one fight is of one day
    a = {c for c in (_doer(m), _target(m)) if c}
    b = {c for c in (_doer(n), _target(n)) if c}
    if not a or not b or not (a <= b or b <= a):
        return False
    told = [x for x, sides in ((m, a), (n, b)) if len(sides) == max(len(a), len(b))]
    return any(FIGHT.search(_sentence(x)) for x in told)


def _fight_and_act_days_differ(m: dict[str, Any], n: dict[str, Any]) -> bool:
    """A fight (a gunfight, an encounter, an exchange of fire) and an act not told as one
    (an ambush, a raid), on different days: the troops' hunt the day after an ambush is
    another incident, though within the day of tolerance."""
    if m["event_type"] in VERBAL or not (_sentence(m) and _sentence(n)):
        return False
    if not all(x.get("date") and x.get("date_precision") == "day" for x in (m, n)) or \
            m["date"] == n["date"]:
        return False
    return bool(FIGHT.search(_sentence(m))) != bool(FIGHT.search(_sentence(n)))


def _borrowed(a: dict[str, Any] | None) -> bool:
    """An actor its sentence does not name, taken from the story around it (the spokesman of
    an earlier paragraph for "the strikes killed four people"): a guess, not a report."""
    return bool(a) and "start" in a and a["start"] is None


def _doer(m: dict[str, Any]) -> str | None:
    """The doer's code; in an act one that is also the target ("the army attacked the army")
    is no doer anyone can match. A statement keeps it: one ministry may blame another of its
    own state, and that is not another state's accusation."""
    a = _code(m, "actor1")
    return None if a and a == _code(m, "actor2") and m["event_type"] not in SYMMETRIC and \
        m["event_type"] not in VERBAL else a


def _unidentified_fits(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Gunmen or attackers a report only describes (sector OTHER, told by a word for armed men
    and nothing else: not "bandits" or "gangs", which are groups of their own) may be the
    rebels or insurgents another report names, of their country or of none ("the gunmen
    arrived on motorbikes" after "rebels of the X killed nine"); never a state's forces."""
    words = f"{a.get('text') or ''} {a.get('name') or ''}".lower().replace("(", " ").split()
    return a.get("sector") == "OTHER" and b.get("sector") in ARMED_GROUPS and \
        b.get("country") in (None, a.get("country")) and \
        any(w in PERPETRATORS or w.removesuffix("s") in PERPETRATORS for w in words)


def _generic_armed_fits(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """The rebels or insurgents of a country, told only as such ("separatist rebels shot
    dead five workers"), may be the named armed group of that country another report
    gives ("the West Papua National Liberation Army claimed responsibility")."""
    return a.get("code") == f"{a.get('country')}.{a.get('sector')}" and \
        a.get("sector") in ARMED_GROUPS and b.get("sector") in ARMED_GROUPS and \
        "." not in str(b.get("code") or ".") and b.get("country") == a.get("country")


def _target(m: dict[str, Any]) -> str | None:
    """The target's code; in an act (not a statement: one ministry may blame another of its
    own state) one that is also the doer ("police fired tear gas at the police") is a misread
    of one side or the other, so neither side can tell two reports apart."""
    a = _code(m, "actor2")
    return None if a and a == _code(m, "actor1") and m["event_type"] not in SYMMETRIC and \
        m["event_type"] not in VERBAL else a


def _one_crowd(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """The protesters of one report are the party, union or group that called the protest in
    the next ("opposition leaders called for protests", "protesters marched"), in one country."""
    return bool(a.get("country")) and a.get("country") == b.get("country") and \
        {a.get("sector"), b.get("sector")} <= CROWDS


def _state_speaks_for_forces(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """A government answers for its own army or police: the minister who denies the beating
    and the officers said to have done it are one side."""
    return bool(a.get("country")) and a.get("country") == b.get("country") and \
        {a.get("sector"), b.get("sector")} in ({"GOV", "MIL"}, {"GOV", "POLICE"})


def _same_parties(m: dict[str, Any], n: dict[str, Any]) -> bool:
    return all(_code(m, k) and _code(m, k) == _code(n, k) for k in ("actor1", "actor2"))


def _span(m: dict[str, Any]) -> tuple[date, date] | None:
    """The days a mention's date can stand for, at its precision."""
    d = _date(m.get("date"))
    if d is None:
        return None
    precision = m.get("date_precision")
    if precision == "year":
        return date(d.year, 1, 1), date(d.year, 12, 31)
    if precision == "month":
        nxt = date(d.year + d.month // 12, d.month % 12 + 1, 1)
        return date(d.year, d.month, 1), nxt - timedelta(days=1)
    if precision == "week":
        return d - timedelta(days=3), d + timedelta(days=3)
    return d, d


def _dates_fit(m: dict[str, Any], n: dict[str, Any]) -> bool:
    """Dates within a day of each other, each read at its own precision."""
    a, b = _span(m), _span(n)
    assert a is not None and b is not None
    return a[0] - timedelta(days=1) <= b[1] and b[0] - timedelta(days=1) <= a[1]


def _same_toll_followup(m: dict[str, Any], n: dict[str, Any]) -> bool:
    """Another report of the same incident with the same death toll, in a town: a follow-up
    dates itself by the day it is filed or the toll was confirmed ("on Thursday, officials
    said 23 had died"), so the dates may be up to FOLLOWUP_DAYS apart."""
    if m["article_id"] == n["article_id"] or not m.get("fatalities") or \
            m.get("fatalities") != n.get("fatalities") or m["fatalities"] < MIN_SHARED_TOLL:
        return False
    if any((x.get("location") or {}).get("precision") not in TOWN for x in (m, n)):
        return False
    return _days_apart_at_most(m, n, FOLLOWUP_DAYS)


def _names_day(m: dict[str, Any]) -> bool:
    """Does the mention's own sentence name its day ("on Sunday", "on Oct. 12")? Words like
    "overnight" or "late last night" tie it to the day only loosely."""
    text = str(m.get("date_text") or "")
    words = text.replace(",", " ").replace("'s", " ").replace("\u2019s", " ").split()
    return m.get("date_precision") == "day" and (
        any(w in WEEKDAYS for w in words) or any(c.isdigit() for c in text))


def _named_days_differ(m: dict[str, Any], n: dict[str, Any]) -> bool:
    """Within one report, two acts whose sentences name different days ("killed 16 on
    Sunday", "returned on Monday and burned houses") are two incidents: the day of tolerance
    is for two reports that date one act differently, not for one story telling its days."""
    return _names_day(m) and _names_day(n) and m.get("date") != n.get("date")


def _weekdays_differ(m: dict[str, Any], n: dict[str, Any]) -> bool:
    """Within one report, two acts whose sentences name different weekdays ("fired tear gas
    on Wednesday", "clashes on Sunday") are two incidents, even in a story with no date that
    would turn the weekdays into days."""
    a, b = _weekday_named(m), _weekday_named(n)
    return a is not None and b is not None and a != b


_TIME_DATA = yaml.safe_load((Path(__file__).parent / "times.yml").read_text(encoding="utf-8"))
NEAR_TIMES: list[str] = _TIME_DATA["near"]
FAR_TIMES: list[str] = _TIME_DATA["far"]
MONTHS: dict[str, int] = _load("dates.yml")["months"]


def _told_time(m: dict[str, Any]) -> str | None:
    """Where a mention's own words put it in time, for a story with no date: "near" for the
    story's own days ("on Wednesday", "last night"), "far" for weeks, months or years away
    ("a year ago", "last month", "in March", "in 2014"); None when the words say nothing of
    it (or name a day of a month, "on Oct. 19", which may be either)."""
    text = str(m.get("date_text") or "")
    low = text.casefold()
    words = text.replace(",", " ").replace(".", " ").replace("'s", " ").split()
    if any(w in WEEKDAYS for w in words) or any(t in low for t in NEAR_TIMES):
        return "near"
    if any(t in low for t in FAR_TIMES):
        return "far"
    months = any(w in MONTHS for w in words)
    day = any(w.isdigit() and len(w) <= 2 for w in words)
    year = any(w.isdigit() and len(w) == 4 for w in words)
    return "far" if (months and not day) or year else None


def _told_times_differ(m: dict[str, Any], n: dict[str, Any]) -> bool:
    """Within one story with no date, an act or statement told on the story's days ("the
    troops deployed on Wednesday") and one its words put weeks or years away ("the air force
    it sent a year ago") are two events: with no date to resolve the words, they are all that
    tells the story's news from its background. Two far times are left alone ("since a truce
    collapsed in September" may be the start of the campaign told "in October")."""
    if m.get("published") or n.get("published"):
        return False
    return {_told_time(m), _told_time(n)} == {"near", "far"}


def _statement_days_differ(m: dict[str, Any], n: dict[str, Any]) -> bool:
    """Two statements (an appeal, an accusation, a condemnation) each dated to a different
    day are two statements: a statement is dated by the day it was made, which its reports
    agree on; the day of tolerance is for acts whose hour reports blur ("overnight")."""
    return m["event_type"] in VERBAL and m.get("date_precision") == "day" and \
        n.get("date_precision") == "day" and m.get("date") != n.get("date")


def _claim_after(m: dict[str, Any], n: dict[str, Any]) -> bool:
    """A party's claim or denial of an act, dated by the day it was made (the video released
    on Tuesday claiming Sunday's attack): it names the act's doer and comes up to
    FOLLOWUP_DAYS after the act, never before. When one report leaves the doer unnamed, only
    a claim its sentence dates by no day of its own (so by the day it was made) may come
    later, after an act dated to the day: a named day would be the act's own."""
    if m["status"] not in ("claimed", "denied") or n["status"] != "reported":
        return False
    doer = _doer(m)
    a, b = _span(m), _span(n)
    if a is None or b is None:
        return False
    if not _code(m, "actor1") or not _code(n, "actor1"):
        # a side left unnamed: a claim or denial its sentence dates by no day of its own is
        # dated by the day it was made ("the clan denied carrying out the ambush"), after
        # an act told to the day
        if doer and "." in doer or m.get("date_text") or \
                "day" not in (m.get("date_precision"), n.get("date_precision")) or \
                m.get("date_precision") != n.get("date_precision"):
            return False
    elif not doer or doer != _doer(n) or (m["status"] == "claimed" and "." in doer):
        return False
    return b[0] <= a[1] and a[0] - b[1] <= timedelta(days=FOLLOWUP_DAYS)


def _said_later(m: dict[str, Any], n: dict[str, Any]) -> bool:
    """m, a claim or denial of n's act (``_claim_after``) whose sentence names one day only:
    the day it was made ("the army denied targeting civilians, saying in a statement on
    Tuesday"), not the act's. One that also names the act's day ("claimed on Tuesday the
    bomb of Sunday") may carry either."""
    words = re.findall(r"[a-z]+", _sentence(m))
    return _claim_after(m, n) and len({w for w in words if w.capitalize() in WEEKDAYS}) <= 1


def _background(m: dict[str, Any], n: dict[str, Any]) -> bool:
    """m, dated months or years before its story was filed (background: "in 2012"), and n,
    undated in that dated story: n is the story's news, not the background act."""
    span, pub = _span(m), _date(str(n.get("published") or "")[:10] or None)
    return span is not None and not n.get("date") and pub is not None and \
        (pub - span[1]).days > 31


def _status_group(m: dict[str, Any]) -> str:
    """A claimed attack, and a denial of it, are the attack that was reported (one strike, not
    two, in counts by type); a threat or a plan is not the act itself."""
    return "reported" if m["status"] in ("reported", "claimed", "denied") else m["status"]


# Means that one attack combines or that reports name differently: a bombing and the gunfire
# that followed (a complex attack), or a strike one report calls an explosion and the next a
# drone strike or shelling; a rally one outlet tells as a march and the next as a riot (the
# stones thrown at its end). An air strike and shelling stay two, as do beatings and arrests.
MODE_FAMILIES = ({"suicide", "explosion", "firearms"}, {"aerial", "explosion"},
                 {"shelling", "explosion"}, {"demonstration", "riot"})


# Within one report talks may be told as a meeting (and, as across reports, a rally and the
# riot it turned into as one protest); other means told apart in one story are separate acts
# (the tear gas and the arrests, the strike and the march, the shooting and the abduction).
REPORT_FAMILIES = (*MODE_FAMILIES, {"meeting", "talks"})


def _modes_fit(a: str, b: str, same_article: bool = False) -> bool:
    """Could two means be one act's? Across reports, those of a family (MODE_FAMILIES, a rally
    and its riot among them); within one report also talks and a meeting, which one story
    may tell either way."""
    families = REPORT_FAMILIES if same_article else MODE_FAMILIES
    return a == b or any(a in family and b in family for family in families)


def _means_and_days_differ(m: dict[str, Any], n: dict[str, Any]) -> bool:
    """Two acts told by different means (a riot, a march) on different days, each dated to
    the day by words of its own (not a day borrowed from the story), are two acts: the day
    of tolerance is for reports that date one act differently, the mode families for reports
    that name its means differently; not both at once (Monday's riot and Tuesday's march of
    the same strikers are two protests)."""
    return all(x.get("mode") and x.get("date") and x.get("date_text") and
               x.get("date_precision") == "day" for x in (m, n)) and \
        m["mode"] != n["mode"] and m["date"] != n["date"]


@lru_cache(maxsize=65536)
def _sites_in(text: str) -> frozenset[str]:
    """The sites (sites.yml) a stretch of a sentence names: "attacked the parliament and
    the mausoleum" names two. One where someone was taken ("rushed to hospital") or another
    thing of that name ("the state TV station") is no site of the act: "to" a few words
    before it ("taken to the police station"), "in" just before it ("died in hospital")."""
    words = re.findall(r"[a-zé]+", text.lower())
    out: set[str] = set()
    for i, w in enumerate(words):
        pair = " ".join(words[i:i + 2])
        site = SITE_WORDS.get(pair) or SITE_WORDS.get(w) or SITE_WORDS.get(w.removesuffix("s")) \
            or SITE_WORDS.get(w.removesuffix("es"))
        if site is None:
            continue
        before = words[max(0, i - 3):i]
        if before and (before[-1] in TAKEN_TO or before[-1] in NOT_SITES or "to" in before):
            continue
        out.add(site)
    return frozenset(out)


def _sites(m: dict[str, Any]) -> frozenset[str]:
    """The sites an act's sentence names from its trigger on: English tells the object and
    the place of an act after its verb ("soon after the assault on parliament, another bomber
    detonated a vest near the shrine" is the shrine's attack)."""
    told = (m.get("mentions") or [{}])[0]
    text = told.get("sentence")
    if not text:
        return frozenset()
    span = told.get("trigger_span")  # in the article's characters
    start = span[0] - int(told.get("sentence_start") or 0) if span else 0
    return _sites_in(text[max(start, 0):])


def _sentence(m: dict[str, Any]) -> str:
    """The lower-cased sentence of a mention's first report ("" when it carries none)."""
    return str((m.get("mentions") or [{}])[0].get("sentence") or "").lower()


def _surname(a: dict[str, Any] | None) -> str | None:
    """The last name of a speaker its sentence names as a person ("Prime Minister Jane Doe",
    "Doe"): a capitalised last word that is no word of the party it is coded as."""
    words = re.findall(r"[A-Za-zÀ-ɏ'-]+", str((a or {}).get("text") or ""))
    party = set(re.findall(r"[a-zÀ-ɏ'-]+", str((a or {}).get("name") or "").lower()))
    if not words or not words[-1][:1].isupper() or words[-1].lower() in party:
        return None
    return words[-1]


def _other_speakers(m: dict[str, Any], n: dict[str, Any]) -> bool:
    """Within one story, statements by two persons named apart ("Prime Minister Jane Doe
    condemned the attack", "Roe blamed the rebels") are two statements, though both speak for
    one government and are coded alike."""
    a, b = _surname(m.get("actor1")), _surname(n.get("actor1"))
    return bool(a and b) and a != b and \
        a not in str(n["actor1"].get("text")) and b not in str(m["actor1"].get("text"))


def _says_also(m: dict[str, Any]) -> bool:
    """Does the mention's sentence say "also"? Within one story, a statement told with
    "also" ("the chief minister also condemned the attack", "he also accused the army") is
    another statement than the one told before it, though its speaker be coded alike. Acts
    are left alone: "also" there more often adds to the act told than tells another."""
    return "also" in re.findall(r"[a-z]+", _sentence(m))


ALSO_HIT = re.compile(r"\b(?:were|was|had been|have been) also (?:killed|wounded|injured|hurt)\b"
                      r"|\balso (?:died|perished)\b|\bamong the (?:dead|killed|wounded)\b")


def _more_victims(m: dict[str, Any]) -> bool:
    """Does the sentence add victims to an act already told ("three foreign fighters were
    also killed")? Its victims, of another party than the act's first ones, do not make it
    another act."""
    return ALSO_HIT.search(_sentence(m)) is not None


def _another_claim(m: dict[str, Any], n: dict[str, Any]) -> bool:
    """Within one story, of two claims of acts (in two sentences), one told with "also"
    ("the group also said its fighters had shot down a drone") claims another act: a
    claimant's "also" adds an act to its account, as a speaker's adds a statement. Reported
    acts are left alone (there "also" more often adds to the act told)."""
    return m["event_type"] not in VERBAL and m["status"] == n["status"] == "claimed" and \
        m["sentence_start"] != n["sentence_start"] and (_says_also(m) or _says_also(n))


def _says_later(m: dict[str, Any]) -> bool:
    """Does the mention's sentence say "later"? Within one story, an act told as coming
    later ("hours later, two drivers were shot dead", "officers later seized the boats") is
    another act than the one told before it, though it falls on the same day in the same
    town. (A toll that "later rose" is kept apart already: one story's figures differ.)"""
    return "later" in re.findall(r"[a-z]+", _sentence(m))


_NUMBERS = _load("numbers.yml")
_COUNT = "|".join([r"\d+", *_NUMBERS["units"], *_NUMBERS["tens"]])
MORE = re.compile(rf"\b(?:{_COUNT}) more\b|\b(?:has|have|had) now (?:been )?"
                  r"(?:arrested|detained|held)\b")


def _counts_more(m: dict[str, Any]) -> bool:
    """Does the sentence count people held on top of those told ("police detained three more
    suspects", "51 held, eight more than on Sunday"), or the running total ("61 people have
    now been arrested")? Such arrests are further acts or their sum, not a report of the first
    ones; two reports that both count so may be one. (Deaths are left alone: "two more
    soldiers died of their wounds" is the toll of the attack told.)"""
    return MORE.search(_sentence(m)) is not None


_DAYS = "|".join(w.lower() for w in WEEKDAYS)
RECURRING = re.compile(rf"\b(?:every|each) (?:{_DAYS}|week|weekend|month)\b")


def _recurring(m: dict[str, Any]) -> bool:
    """Does the sentence tell a habit ("pensioners have protested outside parliament every
    Wednesday for a year")? The series is not one of its days' acts."""
    return RECURRING.search(_sentence(m)) is not None


def _sites_differ(m: dict[str, Any], n: dict[str, Any]) -> bool:
    """Two acts whose sentences name no site in common (the parliament; the shrine) are
    different incidents, though they fall on one day in one city: the twin attack is two
    attacks. A sentence that names no site, or both, may be either's report."""
    if m["event_type"] in VERBAL:
        return False
    a, b = _sites(m), _sites(n)
    return bool(a) and bool(b) and not a & b


def _consistent(m: dict[str, Any], n: dict[str, Any], follow_up: bool = False) -> bool:
    """Nothing makes them two events: type, status, mode across reports, dates, place, actors,
    or (within one report) figures. A ``follow_up`` (the same toll as a member of n's event,
    see ``_same_toll_followup``) is not held to the day of each of that event's reports."""
    same_article = m["article_id"] == n["article_id"]
    if same_article and m["sentence_start"] == n["sentence_start"] and \
            not _one_claim(m, n):
        return False  # one sentence that names two incidents keeps them apart
    if m["event_type"] != n["event_type"] or _status_group(m) != _status_group(n):
        return False
    if m.get("mode") and n.get("mode") and not _modes_fit(m["mode"], n["mode"], same_article):
        return False
    strike = _one_strike(m, n)
    if _means_and_days_differ(m, n) or _fight_and_act_days_differ(m, n):
        return False
    # a claim or denial told on the later day it was made ("the army denied it, in a statement
    # on Tuesday") names its own day, not the act's: it does not make Monday's act another
    said_later = _said_later(m, n) or _said_later(n, m)
    if same_article and not strike and not said_later and (
            _named_days_differ(m, n) or _weekdays_differ(m, n) or _told_times_differ(m, n)):
        return False
    if _statement_days_differ(m, n) or _sites_differ(m, n):
        return False
    if same_article and _another_claim(m, n):
        return False
    if same_article and m["event_type"] in VERBAL and (_says_also(m) or _says_also(n) or
                                                       _other_speakers(m, n)):
        return False
    if same_article and (_says_later(m) or _says_later(n)):
        return False
    if m["event_type"] == "COERCE" and _counts_more(m) != _counts_more(n):
        return False
    if _recurring(m) != _recurring(n):
        return False
    if m.get("date") and n.get("date"):
        if not follow_up and not strike and not _dates_fit(m, n) and \
                not _same_toll_followup(m, n) and \
                not _claim_after(m, n) and not _claim_after(n, m):
            return False
    elif not same_article and not _undated_compatible(m, n):
        return False
    elif same_article and (_background(m, n) or _background(n, m)):
        return False
    if not _places_fit(m, n):
        return False
    if not _actors_fit(m, n):
        return False
    # Within one report, different figures mean different incidents; but a party's claim
    # ("the group said it killed 100") does not contradict the reporter's count of the incident.
    if same_article and (m["status"] == "claimed") == (n["status"] == "claimed") and \
            not (_more_victims(m) or _more_victims(n)):
        for k in ("fatalities", "injured"):
            if m.get(k) is not None and n.get(k) is not None and m[k] != n[k]:
                return False
    return True


def _days_apart_at_most(m: dict[str, Any], n: dict[str, Any], days: int) -> bool:
    """Whether the two mentions' date spans come within `days` of each other."""
    a, b = _span(m), _span(n)
    if a is None or b is None:
        return False
    window = timedelta(days=days)
    return a[0] - window <= b[1] and b[0] - window <= a[1]


def _one_strike(m: dict[str, Any], n: dict[str, Any]) -> bool:
    """Within one story, a work stoppage told on two of its days by the same strikers ("they
    stopped work on Tuesday", "extended the strike into a fourth day on Friday") is one
    strike: it lasts, where a rally or a riot is over by nightfall."""
    if m["article_id"] != n["article_id"] or m.get("mode") != "strike" or \
            n.get("mode") != "strike" or not _code(m, "actor1") or \
            _code(m, "actor1") != _code(n, "actor1"):
        return False
    return _days_apart_at_most(m, n, FOLLOWUP_DAYS)


def _one_claim(m: dict[str, Any], n: dict[str, Any]) -> bool:
    """Two claims (or two denials) by one named party in one sentence are one claim of one
    act told in parts ("the faction claimed the attack in a video released on Tuesday, saying
    its fighters had killed 40 soldiers"): a sentence names two incidents when it tells two
    acts, not when a claimant's words give the act and its own count of it."""
    return m["status"] == n["status"] and m["status"] in ("claimed", "denied") and \
        bool(_code(m, "actor1")) and _code(m, "actor1") == _code(n, "actor1")


def _spoken_at(m: dict[str, Any]) -> bool:
    """Is the mention's place only where a speaker told of the act ("the attackers fled,
    the police spokesman told reporters in the provincial capital")? It is no place of the
    act, so it does not set the report apart from another's town."""
    loc, told = m.get("location") or {}, (m.get("mentions") or [{}])[0]
    text, start = told.get("sentence"), loc.get("start")
    if not text or start is None:
        return False
    before = " ".join(text[:max(start - int(told.get("sentence_start") or 0), 0)].lower()
                      .split())
    return any(before.endswith(w) or before.endswith(w + " the") for w in SPOKEN_AT)


def _places_fit(m: dict[str, Any], n: dict[str, Any]) -> bool:
    """The same locality; or statements between the same two parties, or a named group's of
    one day (``_one_groups_day``); or, within one report,
    a party's claim told where it speaks, or a dated act whose place its own sentence does
    not tell (``_place_untold``)."""
    same_article = m["article_id"] == n["article_id"]
    if m["event_type"] not in VERBAL and (_spoken_at(m) or _spoken_at(n)):
        return True
    return _same_place(m.get("location"), n.get("location"), same_article) or (
        m["event_type"] in VERBAL and (_same_parties(m, n) or _one_groups_day(m, n))) or (
        same_article and _claim_told_elsewhere(m, n)) or (
        same_article and m["event_type"] not in VERBAL and bool(m.get("date")) and
        bool(n.get("date")) and (_place_untold(m) or _place_untold(n)))


def _one_groups_day(m: dict[str, Any], n: dict[str, Any]) -> bool:
    """A named group's statement of one day, each sentence telling the day: where reports
    place it (the group's town, the talks' venue) does not make two statements."""
    a = _code(m, "actor1")
    return bool(a) and "." not in str(a) and a == _code(n, "actor1") and \
        m.get("date_precision") == "day" and n.get("date_precision") == "day" and \
        m.get("date") == n.get("date") and bool(m.get("date_text")) and bool(n.get("date_text"))


def _place_untold(m: dict[str, Any]) -> bool:
    """The mention's place was not told in its own sentence but taken from its story (the
    dateline, the story's main place: "Four gendarmes were lightly injured"); within that
    story it does not set the mention apart from the site another sentence names."""
    loc = m.get("location") or {}
    return "start" in loc and (loc["start"] is None or loc["start"] < m["sentence_start"])


def _claim_told_elsewhere(m: dict[str, Any], n: dict[str, Any]) -> bool:
    """Within one report, a party's claim or denial of the act it reports, by the same named
    doer on the same day: the claim is told where the party speaks (its capital, the dateline,
    the country), so its place does not set it apart from the act. Two named sites stay two."""
    if m["event_type"] in VERBAL or "reported" not in (m["status"], n["status"]) or \
            m["status"] == n["status"]:
        return False
    if all((x.get("location") or {}).get("precision") in PRECISE for x in (m, n)):
        return False
    a = _code(m, "actor1")
    return bool(a) and a == _code(n, "actor1") and m.get("date_precision") == "day" and \
        n.get("date_precision") == "day" and m.get("date") == n.get("date")


def _positive_evidence(m: dict[str, Any], n: dict[str, Any]) -> bool:
    """Compatibility is not enough: two mentions must also share something specific: a named
    actor, a town, a day or a figure; in one story with no dates, the country or province it
    names (nothing else ties one paragraph of an undated story to the next). A target that is
    only a country's sector ("soldiers", "civilians") ties two mentions of one day, not of two:
    a state's army is attacked on many days, and Tuesday's ambush and Wednesday's gunfight
    with soldiers among the dead are two incidents."""
    if _code(m, "actor1") and _code(m, "actor1") == _code(n, "actor1"):
        return True
    if _one_fight(m, n):
        return True  # one side named in both
    if (target := _code(m, "actor2")) and target == _code(n, "actor2") and (
            "." not in target or m.get("date") == n.get("date")):
        return True
    la, lb = m.get("location") or {}, n.get("location") or {}
    if la.get("name") and la.get("name") == lb.get("name") and (
            la.get("precision") not in (None, "country", "admin1") or
            (m["article_id"] == n["article_id"] and not m.get("date") and not n.get("date"))):
        return True
    if m.get("date_precision") == "day" and m.get("date_text") and n.get("date_text") and \
            m.get("date") == n.get("date"):
        return True
    if _toll_risen(m, n) or _toll_risen(n, m):
        return True
    return m.get("fatalities") is not None and m.get("fatalities") == n.get("fatalities")


def _toll_risen(m: dict[str, Any], n: dict[str, Any]) -> bool:
    """n, filed after m, gives a higher death toll for an act of m's day and place ("the toll
    from Sunday's ambush in the province has risen to 21"): the toll's update is a specific
    the two reports share, though neither figure is the other's."""
    la, lb = m.get("location") or {}, n.get("location") or {}
    return m["article_id"] != n["article_id"] and m.get("date_precision") == "day" and \
        n.get("date_precision") == "day" and m.get("date") == n.get("date") and \
        bool(m.get("fatalities")) and bool(n.get("fatalities")) and \
        n["fatalities"] > m["fatalities"] and \
        str(n.get("published") or "") > str(m.get("published") or "~") and \
        bool(la.get("name")) and la.get("name") == lb.get("name")


def _undated_twins(m: dict[str, Any], n: dict[str, Any]) -> bool:
    """Undated reports in two undated articles: nothing places them in time, so they are one
    event only when they agree on two specifics (a named actor on each side, a town, a
    death toll), the way an analyst would match them. An act (not a statement: those recur)
    told in an undated article is the dated act of another report when they agree on the town
    and one more specific, and a weekday it names is that act's."""
    if _undated_report_of(m, n) or _undated_report_of(n, m):
        return True
    if m.get("date") or n.get("date") or m.get("published") or n.get("published"):
        return False
    return len(_specifics(m) & _specifics(n)) >= 2


def _undated_compatible(m: dict[str, Any], n: dict[str, Any]) -> bool:
    """Nothing sets an undated report apart in time from another article's report: both come
    from undated articles, or an act (not a statement) told in an undated article meets a dated
    one on the weekday it names. What links them (``_undated_twins``) need only hold for one
    member of an event: the toll given in one undated sentence and the claim in the next are
    both the attack."""
    for x, y in ((m, n), (n, m)):
        if not x.get("date") and not x.get("published") and y.get("date"):
            if x["event_type"] in VERBAL:
                return False
            weekday = _weekday_named(x)
            return weekday is None or y.get("date_precision") != "day" or \
                _date(y["date"]).weekday() == weekday
    return _undated_twins(m, n)


def _weekday_named(m: dict[str, Any]) -> int | None:
    words = str(m.get("date_text") or "").replace(",", " ").split()
    return next((WEEKDAYS[w] for w in words if w in WEEKDAYS), None)


def _undated_report_of(m: dict[str, Any], n: dict[str, Any]) -> bool:
    """m, from an article with no date, reports the act that n, dated, reports."""
    if m.get("date") or m.get("published") or not n.get("date") or m["event_type"] in VERBAL:
        return False
    weekday = _weekday_named(m)
    if weekday is not None and n.get("date_precision") == "day" and \
            _date(n["date"]).weekday() != weekday:
        return False
    shared = _specifics(m) & _specifics(n)
    return len(shared) >= 2 and any(kind == "place" for kind, _ in shared)


def _specifics(m: dict[str, Any]) -> set[tuple[str, Any]]:
    """What ties an undated report to another: its actors, its town, its toll. A target
    told only as a country's sector (its civilians, its soldiers) ties two reports only with
    the doer that goes with it: a city's civilians are the victims of every attack told there,
    and with no day nothing else sets those attacks apart."""
    out: set[tuple[str, Any]] = set()
    if doer := _code(m, "actor1"):
        out.add(("actor1", doer))
    if target := _code(m, "actor2"):
        if "." not in target:
            out.add(("actor2", target))
        elif doer:
            out.add(("parties", (doer, target)))
    loc = m.get("location") or {}
    if loc.get("precision") not in (None, "country", "admin1") and loc.get("name"):
        out.add(("place", loc["name"]))
    if m.get("fatalities") is not None:
        out.add(("fatalities", m["fatalities"]))
    return out


def _order_key(m: dict[str, Any]) -> tuple[str, str, int, str]:
    """Earliest report first, and within a report its lead: the fullest account of an incident
    founds its event, not the paragraph of background that happens to hash first."""
    return (str(m.get("published") or "9999"), m["article_id"], m["sentence_start"],
            m["mention_id"])


def _summaries(mentions: list[dict[str, Any]]) -> dict[str, list[str]]:
    """Mentions whose deaths are the sum of two or more other incidents in the article, each
    with the mentions of the incidents it adds up. A party's claimed toll is its own count of
    one act ("killed 20", against the 12 reported and 8 of its own), never a sum."""
    by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in mentions:
        if m["event_type"] == "ASSAULT" and m.get("fatalities"):
            by_article[m["article_id"]].append(m)
    out: dict[str, list[str]] = {}
    for group in by_article.values():
        for m in group:
            if m["status"] == "claimed":
                continue
            keys = sorted({(o["sentence_start"], o["fatalities"]) for o in group
                           if o is not m and o["fatalities"] < m["fatalities"] and
                           _could_be_part(m, o)})
            chosen = _subset_summing_to([f for _, f in keys], m["fatalities"])
            if chosen:
                parts = {keys[i] for i in chosen}
                out[m["mention_id"]] = [o["mention_id"] for o in group if o is not m and
                                        (o["sentence_start"], o["fatalities"]) in parts]
    return out


def _could_be_part(total: dict[str, Any], part: dict[str, Any]) -> bool:
    """A total adds up incidents of its own time and area: the raid in another town the day
    before, told further down the story, is not one of its parts; nor, when both give the
    day, the gunfight of the next day (the day-within-one tolerance of two reports of one
    act does not stretch a day's toll over two days)."""
    if total.get("date") and part.get("date") and not _dates_fit(total, part):
        return False
    if total.get("date_precision") == "day" and part.get("date_precision") == "day" and \
            total["date"] != part["date"]:
        return False
    loc = part.get("location")
    return loc is None or _covers(total.get("location"), loc)


def _subset_summing_to(values: list[int], total: int) -> list[int] | None:
    """Indices of the largest set of two or more values that add up to total, if any."""
    best: dict[int, list[int]] = {0: []}
    for i, v in enumerate(values):
        for s, picked in list(best.items()):
            t = s + v
            if t <= total and (t not in best or len(best[t]) < len(picked) + 1):
                best[t] = [*picked, i]
    found = best.get(total, [])
    return found if len(found) >= 2 else None


def _covers(area: dict[str, Any] | None, site: dict[str, Any]) -> bool:
    """Could a coarse place (a city, a province, a country, or none) be where the site is?"""
    if area is None:
        return True
    if area.get("precision") in ("admin1", "country") or area.get("lat") is None or \
            site.get("lat") is None:
        return area.get("country") == site.get("country")
    return _km(area, site) <= 2 * LOCALITY_KM  # a city reaches further than one locality


def _spread(mentions: list[dict[str, Any]]) -> set[str]:
    """Mentions told at a coarse place (a city or wider) in an article that reports two or
    more incidents of their kind at sites of that place further apart than a locality ("the
    attacks in the capital", after the parliament and the shrine 20 km away): they cannot be
    told as one site's, so they are kept with each other, not with either site. One whose
    toll is one site's is that site's report."""
    by_article: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for m in mentions:
        by_article[(m["article_id"], m["event_type"], _status_group(m))].append(m)
    out: set[str] = set()
    for group in by_article.values():
        sites = [m for m in group if (m.get("location") or {}).get("precision") in PRECISE]
        if len(sites) < 2:
            continue
        for m in group:
            area = m.get("location")
            if (area or {}).get("precision") in PRECISE:
                continue
            under = [o for o in sites if o["sentence_start"] != m["sentence_start"] and
                     _actors_fit(m, o) and _could_be_part(m, o)]
            if m.get("fatalities") is not None and any(
                    o.get("fatalities") == m["fatalities"] for o in under):
                continue
            if any(not _same_place(x["location"], y["location"], True)
                   for i, x in enumerate(under) for y in under[i + 1:]):
                out.add(m["mention_id"])
    return out


def summarised(clusters: list[list[dict[str, Any]]]) -> dict[int, list[str]]:
    """For each cluster founded by a summary mention, the ids of the events it adds up."""
    parts = _summaries([m for c in clusters for m in c])
    event_of = {m["mention_id"]: event_id(c[0]) for c in clusters for m in c}
    return {i: sorted({event_of[p] for p in parts[c[0]["mention_id"]]})
            for i, c in enumerate(clusters) if c[0]["mention_id"] in parts}


def event_id(founder: dict[str, Any]) -> str:
    return hashlib.sha256(f"event:{founder['mention_id']}".encode()).hexdigest()[:16]


def _days(span: tuple[date, date]) -> list[date]:
    return [span[0] + timedelta(days=i) for i in range((span[1] - span[0]).days + 1)]


def _months(span: tuple[date, date]) -> set[tuple[int, int]]:
    return {(d.year, d.month) for d in (span[0], span[1])} | {
        (d.year, d.month) for d in _days(span)[::28]}


def cluster(mentions: Sequence[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Group mentions into events: no two members contradict each other, and each shares a
    specific (actor, town, day, figure) with another.

    A mention is only compared with clusters that could hold it: those with a member whose
    dates come within a day of its own, or from its own article (``compatible`` rejects every
    other pair), tried in the order they were founded, so the result is the same as comparing
    with all. Members dated to the day or week are indexed by day, coarser ones by month.
    """
    ordered = sorted(mentions, key=_order_key)
    summaries = _summaries(ordered)
    spread = _spread(ordered)
    clusters: list[list[dict[str, Any]]] = []
    by_day: dict[tuple[str, str, date], set[int]] = defaultdict(set)
    by_month: dict[tuple[str, str, tuple[int, int]], set[int]] = defaultdict(set)
    by_article: dict[tuple[str, str, str], set[int]] = defaultdict(set)
    by_specific: dict[tuple[str, str, tuple[str, Any]], set[int]] = defaultdict(set)
    by_toll: dict[tuple[str, str, int], set[int]] = defaultdict(set)
    by_doer: dict[tuple[str, str, str, date], set[int]] = defaultdict(set)

    def undated(m: dict[str, Any]) -> bool:
        return not m.get("date") and not m.get("published")

    def widened(m: dict[str, Any]) -> tuple[date, date] | None:
        if (span := _span(m)) is None:
            return None
        return span[0] - timedelta(days=1), span[1] + timedelta(days=1)

    def register(ci: int, m: dict[str, Any], key: tuple[str, str]) -> None:
        by_article[(*key, m["article_id"])].add(ci)
        if m.get("fatalities"):
            by_toll[(*key, m["fatalities"])].add(ci)
        for sp in _specifics(m):  # an undated report may join a dated event through them
            by_specific[(*key, sp)].add(ci)
        if (span := _span(m)) is None:
            return
        if (span[1] - span[0]).days <= 7:
            for d in _days(span):
                by_day[(*key, d)].add(ci)
                if doer := _doer(m):  # a claim made days later finds the act by its doer
                    by_doer[(*key, doer, d)].add(ci)
        else:
            for ym in _months(span):
                by_month[(*key, ym)].add(ci)

    def candidates(m: dict[str, Any], key: tuple[str, str]) -> set[int]:
        found = set(by_article[(*key, m["article_id"])])
        if m.get("fatalities"):
            found |= by_toll.get((*key, m["fatalities"]), set())
        if (doer := _doer(m)) and (span := _span(m)) is not None:
            days = timedelta(days=FOLLOWUP_DAYS)
            if m["status"] in ("claimed", "denied"):  # the act it claims, up to a week before
                span = (span[0] - days, span[1])
            else:  # a claim of it made up to a week later
                span = (span[0], span[1] + days)
            for d in _days(span):
                found |= by_doer.get((*key, doer, d), set())
        if undated(m):
            for sp in _specifics(m):
                found |= by_specific.get((*key, sp), set())
        if (span := widened(m)) is not None:
            for d in _days(span):
                found |= by_day.get((*key, d), set())
            for ym in _months(span):
                found |= by_month.get((*key, ym), set())
        return found

    for m in ordered:
        key = (m["event_type"], _status_group(m))
        placed = False
        if m["mention_id"] not in summaries:
            for ci in sorted(candidates(m, key)):
                c = clusters[ci]
                if c[0]["mention_id"] in summaries or \
                        (c[0]["mention_id"] in spread) != (m["mention_id"] in spread):
                    continue
                # no member contradicts it, and one shares a specific with it: what links
                # the report of a toll to the lead need not be in every other report
                follow_up = any(_same_toll_followup(m, o) or _claim_after(m, o) for o in c)
                others = [o for o in c if o["article_id"] != m["article_id"]]
                if all(_consistent(m, o, follow_up) for o in c) and \
                        any(_positive_evidence(m, o) for o in c) and \
                        (m.get("date") or not others or
                         any(_undated_twins(m, o) for o in others)):
                    c.append(m)
                    register(ci, m, key)
                    placed = True
                    break
        if not placed:
            clusters.append([m])
            register(len(clusters) - 1, m, key)
    return clusters


def _most_common(values: list[Any]) -> Any:
    values = [v for v in values if v is not None]
    if not values:
        return None
    counts = Counter(json.dumps(v, sort_keys=True, default=str) for v in values)
    best = max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]
    return json.loads(best)


def _best_actor(members: list[dict[str, Any]], key: str) -> dict[str, Any] | None:
    with_code = [m[key] for m in members if m.get(key) and m[key].get("code")]
    if with_code:
        return max(with_code, key=lambda a: (sum(1 for x in with_code if x["code"] == a["code"]),
                                             a["code"]))
    return next((m[key] for m in members if m.get(key)), None)


PRECISION_RANK = {"point": 5, "district": 4, "city": 3, "admin1": 2, "country": 1, None: 0}


def build_event(members: list[dict[str, Any]], summarises: list[str] | None = None
                ) -> dict[str, Any]:
    founder = members[0]
    # Figures, each on its own: from the mention that gives both over one that gives one, then
    # the most recent, then the attributed one; the other figures reported are kept.
    with_figs = [m for m in members if m.get("fatalities") is not None or
                 m.get("injured") is not None]

    def best(key: str) -> dict[str, Any] | None:
        return max((m for m in with_figs if m.get(key) is not None), default=None,
                   key=lambda m: (m.get("fatalities") is not None and m.get("injured") is not None,
                                  str(m.get("published") or ""), m.get("attribution") is not None,
                                  m["mention_id"]))

    killed, hurt = best("fatalities"), best("injured")
    fig = killed or hurt
    chosen = (killed.get("fatalities") if killed else None,
              hurt.get("injured") if hurt else None)
    disagreement = sorted({(m.get("fatalities"), m.get("injured")) for m in with_figs
                           if (m.get("fatalities") not in (None, chosen[0])
                               or m.get("injured") not in (None, chosen[1]))}, key=str)
    loc = max((m.get("location") for m in members if m.get("location")),
              key=lambda x: (PRECISION_RANK.get(x.get("precision"), 0), x.get("name") or ""),
              default=None)
    dates = [(m.get("date"), m.get("date_precision"), m.get("date_text")) for m in members
             if m.get("date")]
    date_v = _most_common([d for d in dates if d[1] == "day"] or dates)
    outlets = {m.get("outlet") for m in members if m.get("outlet")}
    articles = {m["article_id"] for m in members}
    per_source: dict[str, float] = {}
    for m in members:
        src = m.get("outlet") or m["article_id"]
        per_source[src] = max(per_source.get(src, 0.0), float(m.get("confidence") or 0.5))
    confidence = 1.0 - math.prod(1.0 - c for c in per_source.values())
    a1, a2 = _best_actor(members, "actor1"), _best_actor(members, "actor2")
    rep = founder
    return {
        "event_id": event_id(founder),
        "event_type": rep["event_type"],
        "mode": _most_common([m.get("mode") for m in members]),
        "context": sorted({c for m in members for c in (m.get("context") or [])}),
        "cameo_root": rep.get("cameo_root"),
        "acled_event_type": rep.get("acled_event_type"),
        "acled_sub_event_type": rep.get("acled_sub_event_type"),
        "quad_class": rep.get("quad_class"),
        "actor1": a1,
        "actor2": a2,
        "location": loc,
        "date": date_v[0] if date_v else None,
        "date_precision": date_v[1] if date_v else None,
        "date_text": date_v[2] if date_v else None,
        "fatalities": chosen[0],
        "injured": chosen[1],
        "casualties_text": "; ".join(dict.fromkeys(
            m["casualties_text"] for m in (killed, hurt) if m and m.get("casualties_text")))
        or None,
        "figures_disagreement": [{"fatalities": f, "injured": i} for f, i in disagreement],
        "status": "reported" if any(m["status"] == "reported" for m in members)
        else rep["status"],
        "attribution": fig.get("attribution") if fig and fig.get("attribution")
        else next((m.get("attribution") for m in members if m.get("attribution")), None),
        "confidence": round(min(confidence, 0.99), 3),
        "n_mentions": len(members),
        "n_articles": len(articles),
        "n_sources": max(len(outlets), 1),
        "summary_of": summarises or [],
        "mention_ids": [m["mention_id"] for m in members],
    }


def fuse(mentions: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    clusters = cluster(mentions)
    sums = summarised(clusters)
    events = [build_event(c, sums.get(i)) for i, c in enumerate(clusters)]
    return sorted(events, key=lambda e: (str(e["date"] or ""), e["event_id"]))


def fuse_store(store: Store) -> int:
    """Re-fuse every stored mention into events (deterministic; ids are stable). Runs under
    the store's fusion lock, so concurrent runs on a shared store fuse one at a time and the
    last one reads every mention stored before it."""
    with store.fusing():
        mentions = list(store.mention_records())
        events = fuse(mentions)
        store.replace_events(events)
    return len(events)
