"""The calendar date of an event from the words of its sentence and the publication date.

News gives dates relative to the day of the report ("on Tuesday", "last week", "in March"),
so most expressions resolve against `published`. One compiled regex finds every date
expression; the one nearest the event trigger wins. Hand-written rules over data/dates.yml
(month and weekday names, relative phrases, conventions) are much faster than dateparser
and never guess from words that are not dates.

Conventions: month precision dates are the 1st of the month, year precision dates are
1 January; week precision keeps the computed day ("last week" = publication - 7).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml

__all__ = ["EventDate", "count_of", "inherit_dates", "resolve_event_date", "shift_date"]

_DATA_DIR = Path(__file__).resolve().parent / "data"


@dataclass
class EventDate:
    """A resolved event date; start/end are character offsets of `text` in the sentence."""

    date: date | None
    precision: str | None  # "day" | "week" | "month" | "year"
    text: str | None
    start: int | None
    end: int | None
    background: bool  # history, not the news of the day
    reporting: bool = False  # the day of a report ("police said on Tuesday"), the only one


def _load(name: str) -> dict[str, Any]:
    with open(_DATA_DIR / name, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


_D = _load("dates.yml")
_N = _load("numbers.yml")

_MONTHS: dict[str, int] = _D["months"]
_WEEKDAYS: dict[str, int] = _D["weekdays"]
_FUTURE_DAYS = timedelta(days=_D["future_tolerance_days"])
_DURATION = set(_D["duration_prepositions"])
_DAY_START = set(_D["day_start_prepositions"])
_BG_YEARS: int = _D["background_years"]
_BG_MONTHS: int = _D["background_months"]
_BG_DAYS: int = _D["background_days"]
_REL_DAYS: dict[str, int] = {k.lower(): v for k, v in _D["relative_days"].items()}
_REL_PERIODS: dict[str, list[Any]] = {k.lower(): v for k, v in _D["relative_periods"].items()}
_AGO_UNITS: dict[str, list[Any]] = _D["ago_units"]
_AGO_VAGUE: dict[str, int] = _D["ago_vague"]
_AGO_DEFAULT: int = _D["ago_default"]
_NUMBER_WORDS: dict[str, int] = {**_N["units"], **_N["tens"]}
_REPORT_DAY_TYPES = set(_D["report_day_types"])
_RANK = {"day": 3, "week": 2, "month": 1, "year": 0}


def _alt(words: Any, *, flexible_space: bool = True) -> str:
    """Regex alternation, longest first, with any run of spaces allowed between words."""
    parts = sorted({str(w) for w in words}, key=len, reverse=True)
    out = (re.escape(p) for p in parts)
    if flexible_space:
        out = (p.replace(r"\ ", r"\s+") for p in out)
    return "|".join(out)


_MON = _alt(_MONTHS)
_FORWARD_RE = re.compile(rf"\b(?:{_alt(_D['forward_prepositions'])})\s+$", re.IGNORECASE)
_COUNT = (rf"\d+|(?:{_alt(_N['tens'])})-(?:{_alt(_N['units'])})"
          rf"|{_alt(list(_NUMBER_WORDS) + list(_AGO_VAGUE))}")
_WD = _alt(_WEEKDAYS)
_ORD = r"(?:st|nd|rd|th)?"

_DATE_RE = re.compile(
    r"\b(?P<iso_y>\d{4})-(?P<iso_m>\d{2})-(?P<iso_d>\d{2})\b"
    rf"|\b(?P<mdy_m>{_MON})\.?\s+(?P<mdy_d>\d{{1,2}}){_ORD}\b(?!,\d{{3}})"
    r"(?:,?\s+(?P<mdy_y>(?:1[89]|20)\d{2})\b)?"
    rf"|\b(?P<dmy_d>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<dmy_m>{_MON})\b\.?"
    r"(?:,?\s+(?P<dmy_y>(?:1[89]|20)\d{2})\b)?"
    rf"|\b(?P<my_m>{_MON})\b\.?,?\s+(?P<my_y>(?:1[89]|20)\d{{2}})\b"
    rf"|(?i:\b(?P<edge>{_alt(_D['year_parts'])})\s+of\s+)(?P<edge_y>(?:1[89]|20)\d{{2}})\b"
    r"|\b(?P<dec>(?:1[89]|20)\d0)['’]?s\b"
    rf"|(?i:\b(?:(?P<ago_n>{_COUNT})\s+)?"
    r"(?P<ago_u>day|week|month|year|decade)s?\s+ago\b)"
    rf"|(?i:\b(?P<per>{_alt(_REL_PERIODS)})\b)"
    rf"|(?i:\b(?P<rel>{_alt(_REL_DAYS)})\b)"
    r"|(?:\b(?P<wd_mod>(?i:last|next|this\s+past|this\s+coming|this))\s+)?"
    rf"\b(?P<wd>{_WD})\b(?:\s+(?P<wd_part>(?i:{_alt(_D['parts_of_day'])}))\b)?(?:['’]s\b)?"
    rf"|\b(?P<mo>{_MON})\b(?!\.?\s*\d)"
    r"|(?<![\d,.$£€-])\b(?P<yr>(?:1[89]|20)\d{2})\b(?![\d%]|[.,]\d)"
)

# Words just before a date expression that belong to it: "late on Friday", "in late September".
# "the deadliest this year", "the worst in years": the date scopes a comparison, not the act.
_SUPERLATIVE_RE = re.compile(rf"\b(?:{_alt(_D['superlatives'])})\s+(?:\w+\s+)?$", re.IGNORECASE)
_LEAD_RE = re.compile(
    r"(?i:(?:\b(?P<pre>early|late|mid|earlier|later)[\s-]+(?:on\s+|in\s+)?)?"
    rf"(?:\b(?P<prep>{_alt(_D['lead_prepositions'])})\s+)?"
    rf"(?:\b(?P<mod>{_alt(_D['lead_modifiers'])})(?:\s+|-))?)$"
)
_SPAN_TO_RE = re.compile(r"\s*(?:to|until|till|through|and|-|–)\s*", re.IGNORECASE)
_AND_DAY_RE = re.compile(rf"\s+and\s+(?:on\s+)?(?:{_WD})\b")
_WHEN_RE = re.compile(r",?\s+when\b", re.IGNORECASE)
_REPORTING_RE = re.compile(
    rf"(?i:\b(?:{_alt(_D['reporting_verbs'])})(?:\s+[A-Za-z]+)?\s*,?\s*)$"
)


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    date: date | None
    precision: str
    background: bool
    reporting: bool
    possessive: bool  # "last year's strikes", "Thursday's march": names another act
    yardstick: bool = False  # "the deadliest since 2019, when ...": dates the "when" clause only


def _add_months(d: date, months: int) -> date:
    """First day of the month `months` away from d's month."""
    idx = d.year * 12 + d.month - 1 + months
    return date(idx // 12, idx % 12 + 1, 1)


def _infer_year(pub: date, month: int, day: int) -> date | None:
    """A date without a year: the publication year, unless that is well after publication."""
    try:
        d = date(pub.year, month, day)
    except ValueError:  # 29 February
        try:
            d = date(pub.year - 1, month, day)
        except ValueError:
            return None
        return d
    if d > pub + _FUTURE_DAYS:
        try:
            return date(pub.year - 1, month, day)
        except ValueError:
            return None
    return d


def _is_background(d: date | None, precision: str, pub: date | None) -> bool:
    """More than a year before publication, compared at the expression's precision."""
    if d is None or pub is None:
        return False
    if precision == "year":
        return pub.year - d.year > _BG_YEARS
    if precision == "month":
        return (pub.year * 12 + pub.month) - (d.year * 12 + d.month) > _BG_MONTHS
    return (pub - d).days > _BG_DAYS


def count_of(text: str | None) -> int | None:
    """A count in words or digits ("two", "a", "12"); None if it is not one."""
    if text is None:
        return None
    t = re.sub(r"\s+", " ", text.lower())
    if t.isdigit():
        return int(t)
    if t in _AGO_VAGUE:
        return _AGO_VAGUE[t]
    if t in _NUMBER_WORDS:
        return _NUMBER_WORDS[t]
    if "-" in t:
        a, _, b = t.partition("-")
        if a in _N["tens"] and b in _N["units"]:
            return _N["tens"][a] + _N["units"][b]
    return None


def shift_date(base: date, count: int, unit: str) -> tuple[date, str] | None:
    """The day `count` units (day, week, month, year) after `base`, before it when negative,
    with the unit's precision: "a week after" the bombing, "two days before" the vote."""
    if unit not in _AGO_UNITS:
        return None
    how, per, precision = _AGO_UNITS[unit]
    if how == "days":
        return base + timedelta(days=count * per), precision
    d = _add_months(base, count * per)
    return (date(d.year, 1, 1) if precision == "year" else d), precision


_WEEK_AFTER_RE = re.compile(r"(?i),?\s+(?:of\s+)?(last|next)\s+week\b")


def _weekday_date(pub: date, wd: int, mod: str | None, future: bool = False) -> date:
    mod = re.sub(r"\s+", " ", mod.lower()) if mod else None
    if future and mod is None:  # "will march on Tuesday": the coming Tuesday
        return pub + timedelta(days=(wd - pub.weekday()) % 7)
    if mod in ("next", "this coming"):
        ahead = (wd - pub.weekday()) % 7 or 7
        return pub + timedelta(days=ahead)
    back = (pub.weekday() - wd) % 7
    if back == 0 and mod in ("last", "this past"):
        back = 7
    return pub - timedelta(days=back)


def _period_date(pub: date, how: str, amount: int) -> date:
    if how == "days":
        return pub + timedelta(days=amount)
    if how == "weekend":
        return pub - timedelta(days=(pub.weekday() - 5) % 7)
    if how == "months":
        return _add_months(pub, amount)
    return date(pub.year + amount, 1, 1)


def _resolve(m: re.Match[str], pub: date | None, future: bool = False
             ) -> tuple[date | None, str, bool | None] | None:
    """(date, precision, forced background or None) for one match; None if not a date."""
    g = m.group
    try:
        if g("iso_y"):
            return date(int(g("iso_y")), int(g("iso_m")), int(g("iso_d"))), "day", None
        for p in ("mdy", "dmy"):
            if g(p + "_m"):
                month, day = _MONTHS[g(p + "_m")], int(g(p + "_d"))
                if g(p + "_y"):
                    return date(int(g(p + "_y")), month, day), "day", None
                if not 1 <= day <= 31:
                    return None
                return (_infer_year(pub, month, day) if pub else None), "day", None
        if g("my_m"):
            return date(int(g("my_y")), _MONTHS[g("my_m")], 1), "month", None
    except ValueError:
        return None
    if g("edge"):  # "at the end of 2023": December 2023
        month = _D["year_parts"][re.sub(r"\s+", " ", g("edge").lower())]
        return date(int(g("edge_y")), month, 1), "month", None
    if g("dec"):
        return date(int(g("dec")), 1, 1), "year", None
    if g("yr"):
        return date(int(g("yr")), 1, 1), "year", None
    if g("ago_u"):
        how, per, precision = _AGO_UNITS[g("ago_u").lower()]
        amount = (count_of(g("ago_n")) or _AGO_DEFAULT) * per
        # several years back is history even when the publication date is unknown
        forced = True if how == "months" and amount > _BG_MONTHS else None
        if pub is None:
            return None, precision, forced
        if how == "days":
            return pub - timedelta(days=amount), precision, forced
        d = _add_months(pub, -amount)
        return (date(d.year, 1, 1) if precision == "year" else d), precision, forced
    if g("per"):
        how, amount, precision = _REL_PERIODS[re.sub(r"\s+", " ", g("per").lower())]
        return (_period_date(pub, how, amount) if pub else None), precision, None
    if g("rel"):
        offset = _REL_DAYS[re.sub(r"\s+", " ", g("rel").lower())]
        return (pub + timedelta(days=offset) if pub else None), "day", None
    if g("wd"):
        week = _WEEK_AFTER_RE.match(m.string, m.end())
        if week and pub:  # "on Tuesday last week": that weekday of the week before
            monday = pub - timedelta(days=pub.weekday())
            shift = -7 if week.group(1).lower() == "last" else 7
            return monday + timedelta(days=shift + _WEEKDAYS[g("wd")]), "day", None
        return (_weekday_date(pub, _WEEKDAYS[g("wd")], g("wd_mod"), future) if pub else None), \
            "day", None
    if g("mo"):
        return (_infer_year(pub, _MONTHS[g("mo")], 1) if pub else None), "month", None
    return None


def _candidates(sentence: str, pub: date | None, future: bool = False) -> list[_Cand]:
    out: list[_Cand] = []
    span_from: int | None = None  # where a "from <date>" just read ends
    for m in _DATE_RE.finditer(sentence):
        lead = _LEAD_RE.search(sentence, max(0, m.start() - 30), m.start())
        has_lead = lead is not None and lead.start() < m.start()
        prep = (lead.group("prep") or "").lower() if has_lead and lead is not None else ""
        if prep in _DURATION and prep not in _DAY_START:
            continue  # "extended until 2028": the end of a span, no act
        if span_from is not None and _SPAN_TO_RE.fullmatch(
                sentence, span_from, lead.start() if has_lead and lead is not None else m.start()):
            continue  # "a lockdown from Sunday to next Wednesday": dated by its start
        # "from Sunday to Wednesday" and "on Sunday and Monday": both dated by the first day
        span_from = m.end() if prep == "from" or prep == "on" and m.group("wd") and \
            _AND_DAY_RE.match(sentence, m.end()) else None
        start0 = lead.start() if has_lead and lead is not None else m.start()
        yardstick = not m.group("wd") and prep not in ("on", "at") and \
            _SUPERLATIVE_RE.search(sentence[max(0, start0 - 40):start0]) is not None
        if yardstick and not _WHEN_RE.match(sentence, m.end()):
            continue  # a period after a superlative, never a day
        if (m.group("mo") or m.group("yr")) and not has_lead:
            continue  # a bare month or year needs a cue word ("in March", "since 2011")
        if (m.group("mo") or m.group("yr")) and lead is not None and \
                lead.group(0).strip().lower() == "the":
            continue  # "the May Day march", "the 2024 uprising": a name, not a date
        # "a strike for Tuesday": a day set ahead
        set_ahead = bool(m.group("wd")) and _FORWARD_RE.search(
            sentence, max(0, start0 - 12), start0) is not None
        if set_ahead and not future:
            continue  # the day of a planned act, not of the one at hand
        start = lead.start() if has_lead and lead is not None else m.start()
        reporting = _REPORTING_RE.search(sentence, max(0, start - 40), start) is not None
        # "said on Tuesday it would ...": the day of the saying is past even for a plan
        ahead = future and not reporting or set_ahead
        try:
            resolved = _resolve(m, pub, ahead)
        except (ValueError, OverflowError):
            continue  # "20140 months ago": no calendar day
        if resolved is None:
            continue
        d, precision, forced = resolved
        background = forced if forced is not None else _is_background(d, precision, pub)
        possessive = re.match(r"['’]s\b", sentence[m.end():m.end() + 2]) is not None or \
            m.group(0)[-2:] in ("'s", "’s")
        out.append(_Cand(start, m.end(), d, precision, background, reporting, possessive,
                         yardstick))
    return out


def tells_a_date(text: str) -> bool:
    """Whether `text` has date words of its own ("last October", "on Tuesday", "in 2014")."""
    return any(not c.yardstick for c in _candidates(text, None))


def resolve_event_date(sentence: str, published: date | None,
                       anchor: int | None = None, future: bool = False) -> EventDate:
    """The event date the sentence gives, nearest to `anchor` (the trigger's char offset).

    Dates right after a reporting verb ("police said on Tuesday") are used only when nothing
    else is available. With no date words the publication date is returned (precision "day",
    text None) so the caller can decide; with no publication date relative words give None.
    ``future`` (a planned or conditional act) reads a bare weekday forwards; a day "for"
    which something is set ("called a strike for Tuesday") dates only such acts. A dated
    possessive ("sites damaged in last year's strikes") dates the act it names: it dates
    the trigger at `anchor` only when nothing else does.
    """
    cands = [c for c in _candidates(sentence, published, future)
             if not c.yardstick or anchor is not None and anchor >= c.end]
    # "overnight on Saturday", "tonight, Friday": the day named after the relative word
    cands = [c for c in cands if not (
        sentence[c.start:c.end].lower() in _REL_DAYS and
        any(d is not c and 0 <= d.start - c.end <= 4 for d in cands))]
    if not cands:
        return EventDate(published, "day" if published else None, None, None, None, False)
    # "after Friday prayers" names a service: a day only when the sentence gives no other
    named = [c for c in cands if not sentence[c.end:c.end + 9].lstrip().lower().startswith(
        "prayer")]
    cands = named or cands
    if anchor is None:
        best = min(cands, key=lambda c: (c.reporting, c.background, c.start))
    else:
        def key(c: _Cand) -> tuple[bool, bool, int, int, int]:
            dist = 0 if c.start <= anchor < c.end else min(abs(anchor - c.start),
                                                            abs(anchor - c.end))
            elsewhere = c.possessive and dist > 25
            return (c.reporting, elsewhere, dist, -_RANK[c.precision], c.start)
        best = min(cands, key=key)
    text = sentence[best.start:best.end]
    if best.date is None:
        return EventDate(None, None, text, best.start, best.end, best.background)
    return EventDate(best.date, best.precision, text, best.start, best.end, best.background,
                     best.reporting)


_ANAPHORIC_RE = re.compile(rf"(?i)\b(?P<a>{_alt(_D['anaphoric_days'])})\b")
_THAT_YEAR_RE = re.compile(rf"(?i)\b(?:{_alt(_D['anaphoric_years'])})\b")
_YEAR_RE = re.compile(r"\b(?:1[89]|20)\d\d\b")
_ANAPHORIC = {k.lower(): v for k, v in _D["anaphoric_days"].items()}


def _in_year(d: date, year: int) -> date:
    try:
        return d.replace(year=year)
    except ValueError:  # 29 February
        return d.replace(year=year, day=28)


_AT_THE_TIME_RE = re.compile(rf"(?i)\b(?:{_alt(_D['past_anaphora'])})\b")
_CASUALTY_WORDS = set(_D["casualty_words"])
_NEXT_SENTENCE = 3  # at most this many characters (spaces, a paragraph break) between sentences


def _entries(ev: Any) -> list[str]:
    """The lexicon entries that found an act ("ASSAULT:beat/VERB"), from its `rule`, but
    the casualty words any attack is told with ("killed", "wounded")."""
    out = []
    for r in (getattr(ev, "rule", None) or "").split(" + "):
        word = r.strip().partition(":")[2].partition("/")[0]
        if word and word not in _CASUALTY_WORDS:
            out.append(r.strip())
    return out


def _long_before(ev: Any, published: date | None) -> bool:
    """An act dated by its own words to a month or year before the month of publication
    ("in 2017", "in September 2023"; not "last week" or "earlier this month")."""
    if ev.date is None or ev.date_precision not in ("month", "year") or \
            ev.status not in ("reported", "claimed", "denied"):
        return False
    if published is None:
        return bool(_YEAR_RE.search(ev.date_text or ""))
    if ev.date_precision == "year":
        return ev.date.year < published.year
    return (ev.date.year, ev.date.month) < (published.year, published.month)


_STATEMENT_RE = re.compile(rf"(?i)\b(?:{_alt(_D['statement_words'])})\b")
_STATEMENT_WINDOW: int = _D["statement_day_window"]
_FOLLOWER_RE = re.compile("(?:" + "|".join(_D["statement_followers"]) + ")")
_LAST_SENTENCE_RE = re.compile(r"(?<=[.!?])[\"\u201d\u2019]?\s+(?=[\"\u201cA-Z])")


def statement_day(text: str, sentence_start: int, sentence: str,
                  published: date | None) -> date | None:
    """The day of a statement told in the sentence before `sentence_start` ("claimed the
    attack in a statement posted on Monday night"), when `sentence` goes on with that
    speaker by reference only ("It warned ...", "In the video, a fighter threatens ..."):
    what the speaker says next was said that day, not on the day of the report."""
    if published is None or not _FOLLOWER_RE.match(sentence.lstrip()):
        return None
    before = text[max(0, sentence_start - 600):sentence_start].rstrip()
    prev = _LAST_SENTENCE_RE.split(before)[-1] if before else ""
    for c in _candidates(prev, published):
        if c.date is not None and c.precision == "day" and not c.background and \
                not c.yardstick and c.date <= published and \
                _STATEMENT_RE.search(prev, max(0, c.start - _STATEMENT_WINDOW), c.start):
            return c.date
    return None


def inherit_dates(events: list[Any], material_types: set[str],
                  shifts: dict[int, tuple[int, str, bool]] | None = None,
                  claims: dict[int, tuple[bool, date | None]] | None = None,
                  published: date | None = None, text: str | None = None) -> None:
    """News tells an incident's day once, in the lead: a later sentence that adds detail to an
    act ("the bomber blew himself up at the gate") without date words of its own happened on
    the day last given for an act in the article, not on the day of the report; troops sent
    and people rescued (`report_day_types`) answer the incident and are the report's news. "The same
    day", "the next day" count from the last day the story gave, whatever the act, and so
    does "a week after" when its sentence gives no day (`shifts`: id(event) -> count, unit,
    and whether it is told against "the attack" of the story, its first act of a given day).
    A claim of responsibility with no day of its own (`claims`: id(event) -> whether it claims
    "that attack", and the day the claim was made if told) is dated by the attack it claims:
    the story's first attack told with a day or a toll, or the last one for "that attack";
    never after the day of the claim. An act with no date words told right after an act
    dated to a past month or year (before the month of `published`) belongs to that history
    and takes its date. A speech act with no date words that goes on with the speaker of a
    statement dated in the sentence before ("... in a statement posted on Monday night. It
    warned ...") was made that day (`statement_day`; needs the article's `text`). A denied
    act with no date words is the act told before by the same lexicon entry, else the
    story's first act of its kind, on that day ("his family says he was beaten ... the
    ministry denied that he had been mistreated"), unless that act is later than the last
    day the story gave."""
    day: tuple[date, str] | None = None
    first: date | None = None  # the day of the story's first act
    told: date | None = None  # the last day given for anything
    year: int | None = None  # the last year the story named in words
    attacks: list[Any] = []  # the attacks told so far (dated by the time a claim reads them)
    # the month or year of the history being told, and where its last sentence ends
    past: tuple[date, str, int] | None = None
    day_at: int | None = None  # where the sentence that gave `day` starts
    by_word: dict[str, date] = {}  # the day last told for an act by each lexicon entry
    for i, ev in enumerate(events):
        claim = (claims or {}).get(id(ev))
        if claim is not None and not ev.date_text and attacks:
            that, said_on = claim
            claimed = attacks[-1] if that else attacks[0]
            if claimed.date is not None and (said_on is None or claimed.date <= said_on):
                ev.date, ev.date_precision = claimed.date, claimed.date_precision
            elif said_on is not None:
                ev.date, ev.date_precision = said_on, "day"
            continue
        if ev.event_type == "ASSAULT" and ev.status in ("reported", "claimed") and \
                claim is None and (ev.date_text or ev.fatalities is not None):
            attacks.append(ev)
        if ev.date_text and ev.date is not None:
            if _YEAR_RE.search(ev.date_text):
                year = ev.date.year
            elif year is not None and _THAT_YEAR_RE.search(ev.mentions[0].sentence):
                ev.date = _in_year(ev.date, year)  # "in May of that year"
        shift = (shifts or {}).get(id(ev))
        if shift is not None:
            count, unit, of_lead = shift
            base = (first if of_lead else None) or (day[0] if day is not None else None) \
                or told or ev.date
            moved = shift_date(base, count, unit) if base is not None else None
            if moved is not None:
                ev.date, ev.date_precision = moved
            continue
        m = _ANAPHORIC_RE.search(ev.mentions[0].sentence) if not ev.date_text else None
        if m is not None and told is not None:
            shift = _ANAPHORIC[re.sub(r"\s+", " ", m.group("a").lower())]
            ev.date, ev.date_precision = told + timedelta(days=shift), "day"
            ev.date_text = m.group("a")
        elif ev.date_text and ev.date is not None and ev.date_precision == "day" and \
                ev.status not in ("planned", "threatened", "hypothetical"):
            told = ev.date
        where = ev.mentions[0] if ev.mentions else None
        if ev.date_text:
            past = (ev.date, ev.date_precision, where.sentence_end) \
                if _long_before(ev, published) and where is not None else None
        if ev.event_type in material_types and ev.event_type not in _REPORT_DAY_TYPES and \
                ev.status == "denied" and not ev.date_text:
            # "The ministry denied that he had been mistreated": the act denied is the one
            # the story told by that word, else the first of that kind, on its day; not the
            # latest scene's nor the denial's
            same = [by_word[e] for e in _entries(ev) if e in by_word]
            told_of = same[-1] if same else next(
                (e.date for e in events[:i] if e.event_type == ev.event_type and
                 e.status in ("reported", "claimed") and e.date is not None and
                 e.date_precision == "day" and (published is None or e.date <= published)),
                None)
            if told_of is not None and (same or day is None or told_of <= day[0]):
                # (not a later one than the story's last day: that one is no earlier act)
                ev.date, ev.date_precision = told_of, "day"
                continue
        if ev.event_type not in material_types:
            if text is not None and where is not None and not ev.date_text and \
                    ev.status == "reported" and ev.date == published:
                said = statement_day(text, where.sentence_start, where.sentence, published)
                if said is not None:
                    ev.date, ev.date_precision = said, "day"
            continue
        if ev.date_text:
            if ev.date is not None and ev.date_precision == "day" and ev.status != "planned" \
                    and not (where is not None and where.sentence_start == day_at and
                             day is not None and ev.date < day[0]):
                # of two days in one sentence the story goes on from the later ("protested
                # on Thursday after a student was beaten on Wednesday. Police fired tear gas")
                day = (ev.date, ev.date_text)
                day_at = where.sentence_start if where is not None else None
                first = first or ev.date
            if ev.date is not None and ev.date_precision == "day" and ev.status != "planned":
                for entry in _entries(ev):
                    by_word[entry] = ev.date
            continue
        if ev.status in ("planned", "hypothetical", "threatened"):
            continue  # force vowed with no date words is dated by its saying, not the last scene
        if past is not None and where is not None and ev.status == "reported" and \
                -1 <= where.sentence_start - past[2] <= _NEXT_SENTENCE and \
                ev.date == published and not re.search(r"(?i)\bsince\b", where.sentence) and \
                (ev.event_type not in _REPORT_DAY_TYPES or _AT_THE_TIME_RE.search(where.sentence)):
            # "In 2017, militants seized parts of the city. The army retook it after a
            # five-month siege": the sentence right after a dated history goes on with it
            # (not what has gone on "since": that reaches the present)
            ev.date, ev.date_precision = past[0], past[1]
            continue
        if ev.event_type in _REPORT_DAY_TYPES:
            continue  # "the army has flown reinforcements into the city": news of the report
        if day is not None and ev.date is not None and day[0] <= ev.date:
            # the latest day told, if a later scene was dated since the last act ("relatives
            # gathered outside the prison on Monday ... Police used pepper spray")
            last = told if told is not None and day[0] < told <= ev.date else day[0]
            # ... but an act told by the same word as one dated before is that act: "the
            # student was beaten on Wednesday" ... "his son was beaten with rifle butts"
            same = [by_word[e] for e in _entries(ev) if e in by_word and by_word[e] <= ev.date]
            ev.date, ev.date_precision = (same[-1] if same else last), "day"
