"""Fatality and injury figures in one sentence.

This runs on every sentence of every article, so it works on the raw string: one tokenizer
regex, dictionary look-ups and short token scans, no parser. The words live in
data/numbers.yml (number words, vague-quantity conventions) and data/casualties.yml (which
words carry a figure, and how).

A figure is a count tied to a casualty word (its *anchor*), found by four kinds of pattern:
  zero      "no one was hurt", "suffered no losses"              -> 0
  toll      "the death toll rose to 17"                          -> count after the toll phrase
  forward   "killing six", "wounded over 70", "the deaths of 3"  -> count after an active verb
  backward  "72 people were killed", "17 dead", "30 casualties"  -> count before a passive/noun
Each count is used once; the anchor lets the caller attach the figure to its event trigger.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

__all__ = ["Figure", "find_figures", "group_by_incident"]

_DATA_DIR = Path(__file__).resolve().parent / "data"


@dataclass
class Figure:
    """One casualty count; start/end/anchor are character offsets in the sentence."""

    kind: str  # "killed" | "injured"
    count: int
    lower_bound: bool
    text: str
    start: int
    end: int
    anchor: int


# ---------------------------------------------------------------------------------------------
# Lexicon (loaded once at import)

_Phrases = dict[str, list[tuple[tuple[str, ...], Any]]]


def _load(name: str) -> dict[str, Any]:
    with open(_DATA_DIR / name, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _phrase_index(entries: dict[str, Any] | list[str], *, by_last: bool = False) -> _Phrases:
    """Index multi-word phrases by first (or last) token, longest first."""
    items = entries.items() if isinstance(entries, dict) else ((e, True) for e in entries)
    index: _Phrases = {}
    for phrase, value in items:
        toks = tuple(_TOKEN_RE.findall(str(phrase).lower()))
        key = toks[-1] if by_last else toks[0]
        index.setdefault(key, []).append((toks, value))
    for lst in index.values():
        lst.sort(key=lambda pv: -len(pv[0]))
    return index


def _match_at(index: _Phrases, low: list[str], i: int) -> tuple[int, Any] | None:
    """Longest phrase starting at token i: (length, value)."""
    for toks, value in index.get(low[i], ()):
        k = len(toks)
        if tuple(low[i : i + k]) == toks:
            return k, value
    return None


def _match_ending_at(index: _Phrases, low: list[str], j: int) -> tuple[int, Any] | None:
    """Longest phrase ending at token j (inclusive): (length, value)."""
    if j < 0:
        return None
    for toks, value in index.get(low[j], ()):
        k = len(toks)
        if j - k + 1 >= 0 and tuple(low[j - k + 1 : j + 1]) == toks:
            return k, value
    return None


# Numbers with thousands separators, plain numbers, words (keeping inner apostrophes:
# "Syria's"), and single punctuation marks. Quote marks are dropped so that
# 'had been "neutralized"' reads as plain words.
_TOKEN_RE = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[^\W\d_]+(?:['’][^\W\d_]+)*|[^\w\s\"“”‘’'`]"
)

_NUM = _load("numbers.yml")
_CAS = _load("casualties.yml")
_DATES = _load("dates.yml")

_UNITS: dict[str, int] = _NUM["units"]
_TENS: dict[str, int] = _NUM["tens"]
_SCALES: dict[str, int] = _NUM["scales"]
_SCALE_ABBR: dict[str, int] = _NUM["scale_abbreviations"]
_PLURAL_SCALES: dict[str, int] = _NUM["plural_scales"]
_EXACT = _phrase_index(_NUM["exact_phrases"])
_VAGUE = _phrase_index(_NUM["vague"])
_ARTICLE_BLOCKERS = frozenset(_NUM["article_blockers"])
_MODIFIERS = _phrase_index(
    {p: kind for kind, phrases in _NUM["modifiers"].items() for p in phrases}, by_last=True
)

_BACKWARD = _phrase_index(
    {p: (k, kind == "participle") for kind, d in _CAS["backward"].items() for p, k in d.items()}
)
_FORWARD = _phrase_index(_CAS["forward"]["verbs"])
_FORWARD_OF = _phrase_index(_CAS["forward"]["of_nouns"])
_TOLL = _phrase_index(_CAS["toll"]["phrases"])
_TOLL_LINKS = frozenset(_CAS["toll"]["links"])
_TOLL_OF = frozenset(_CAS["toll"]["incident_preps"])
_TOLL_VERBS = frozenset(_CAS["toll"]["verbs"])
_ZERO = [(re.compile(z["pattern"], re.IGNORECASE), tuple(z["kinds"])) for z in _CAS["zero"]]
_PREFILTER = re.compile("|".join(map(re.escape, _CAS["prefilter"])), re.IGNORECASE)
_AUX_CHAIN = frozenset(_CAS["aux_chain"])
_BE = frozenset(_CAS["be_forms"])
_PASSIVE_MARKERS = frozenset(_CAS["passive_markers"])
_ACTIVE_AUX = frozenset(_CAS["active_aux"])
_ADVERBS = _AUX_CHAIN - _BE - _ACTIVE_AUX - {"who", "that", "which", "to"}
_PASSIVE_CONT = frozenset(_CAS["passive_continuations"])
_GAP_STOP = frozenset(_CAS["gap_stop"])
_ED_ADJ = frozenset(_CAS["ed_adjectives"])
_PERSON_NOUNS = frozenset(_CAS["person_nouns"])
_UNIT_WORDS = frozenset(_CAS["units"])
_CURRENCY = tuple(_CAS["currency_prefixes"])
_JOINERS = frozenset(_CAS["same_clause_joiners"])
_BREAKS = re.compile(
    r"[;:]|\b(?:" + "|".join(map(re.escape, _CAS["incident_breaks"])) + r")\b", re.IGNORECASE
)
_MONTHS = frozenset(m.lower() for m in _DATES["months"])
_ANCHOR_WORDS = frozenset(
    toks[0] for idx in (_BACKWARD, _FORWARD) for lst in idx.values() for toks, _ in lst
)
_PLURAL_HEADS = _PERSON_NOUNS | {"people", "police", "children", "men", "women"}


# ---------------------------------------------------------------------------------------------
# Tokens and numbers


class _Tokens:
    """Lower-cased tokens with character offsets."""

    __slots__ = ("low", "starts", "ends", "n")

    def __init__(self, sentence: str) -> None:
        ms = list(_TOKEN_RE.finditer(sentence))
        self.low = [m.group().lower().replace("’", "'") for m in ms]
        self.starts = [m.start() for m in ms]
        self.ends = [m.end() for m in ms]
        self.n = len(ms)


@dataclass(slots=True)
class _Num:
    i: int  # first token of the number itself
    j: int  # one past its last token
    mod_start: int  # first token including modifiers ("at least")
    value: int
    lower_bound: bool
    article: bool  # "a"/"an" read as one


def _parse_words(tk: _Tokens, i: int) -> tuple[int, int] | None:
    """Spelled-out number at token i: (value, end). "three hundred and forty-seven"."""
    low, n = tk.low, tk.n
    total = cur = 0
    j = i
    last = ""  # kind of the previous number word
    while j < n:
        t = low[j]
        if t in _UNITS and last in ("", "tens", "scale"):
            if last == "tens" and _UNITS[t] >= 10:
                break
            cur += _UNITS[t]
            last = "unit"
        elif t in _TENS and last in ("", "scale"):
            cur += _TENS[t]
            last = "tens"
        elif t == "-" and last == "tens" and j + 1 < n and _UNITS.get(low[j + 1], 10) < 10:
            j += 1
            continue
        elif t in _SCALES and last in ("unit", "tens", "scale") and (cur or total):
            if _SCALES[t] < 1000:
                cur = (cur or 1) * _SCALES[t]
            else:
                total += (cur or 1) * _SCALES[t]
                cur = 0
            last = "scale"
        elif (t == "and" and last == "scale" and j + 1 < n
              and (low[j + 1] in _UNITS or low[j + 1] in _TENS)):
            j += 1
            continue
        else:
            break
        j += 1
    if j == i:
        return None
    return total + cur, j


def _scale_after(tk: _Tokens, value: float, j: int) -> tuple[float, int]:
    """Apply "hundred/thousand/million" words following a number."""
    while j < tk.n and tk.low[j] in _SCALES:
        value *= _SCALES[tk.low[j]]
        j += 1
    return value, j


def _parse_number(tk: _Tokens, i: int) -> tuple[int, int, bool, bool] | None:
    """Number starting at token i: (value, end, vague, article)."""
    low, n = tk.low, tk.n
    t = low[i]
    m = _match_at(_EXACT, low, i)
    if m:
        return m[1], i + m[0], False, False
    m = _match_at(_VAGUE, low, i)
    if m:
        value, j = float(m[1]), i + m[0]
        if j < n and low[j] in _SCALES:  # "several thousand", "a few hundred"
            value, j = _scale_after(tk, value, j)
        elif j + 1 < n and low[j] == "of" and low[j + 1] in _PLURAL_SCALES:  # hundreds of thousands
            value *= _PLURAL_SCALES[low[j + 1]]
            j += 2
        return int(value), j, True, False
    if t[0].isdigit():
        value = float(t.replace(",", ""))
        j = i + 1
        if (j + 1 < n and low[j] in ("-", "–") and low[j + 1][0].isdigit()
                and tk.starts[j] == tk.ends[i] and tk.starts[j + 1] == tk.ends[j]):
            return int(value), j + 2, True, False  # a range "10-15": its lower end
        if j < n and low[j] in _SCALE_ABBR and tk.starts[j] == tk.ends[i]:  # "2.5m"
            value *= _SCALE_ABBR[low[j]]
            j += 1
        else:
            value, j = _scale_after(tk, value, j)
        if value != int(value):
            return None
        return int(value), j, False, False
    if t in ("a", "an"):
        if i + 1 < n and low[i + 1] in _SCALES:  # "a hundred"
            value, j = _scale_after(tk, 1.0, i + 1)
            return int(value), j, False, False
        if i + 1 < n and low[i + 1] not in _ARTICLE_BLOCKERS and low[i + 1].isalpha():
            return 1, i + 1, False, True
        return None
    if t == "half" and i + 2 < n and low[i + 1] == "a" and low[i + 2] in _SCALES:
        return _SCALES[low[i + 2]] // 2, i + 3, False, False
    if t in _UNITS or t in _TENS:
        parsed = _parse_words(tk, i)
        if parsed:
            return parsed[0], parsed[1], False, False
    return None


def _not_a_count(tk: _Tokens, sentence: str, i: int, j: int) -> bool:
    """Numbers that measure something else: years, dates, units, money, adjectives ("5-year")."""
    low, n = tk.low, tk.n
    t = low[i]
    if j < n:
        nxt = low[j]
        if nxt in ("-", "/", "%", ":") and tk.starts[j] == tk.ends[j - 1]:
            return True  # "five-year", "5/2", "5%", "10:30"
        if nxt in _UNIT_WORDS:
            return True
    if i > 0:
        prev = low[i - 1]
        if prev in ("-", "/") and tk.ends[i - 1] == tk.starts[i]:
            return True
        if prev in _MONTHS:  # "May 17"
            return True
        if prev == "no" and not t[0].isdigit():  # "no one"
            return True
    if t[0].isdigit():
        if tk.starts[i] > 0 and sentence[tk.starts[i] - 1] in _CURRENCY:
            return True
        if (len(t) == 4 and t.isdigit() and 1800 <= int(t) <= 2100
                and not (j < n and low[j] in _PERSON_NOUNS)):
            return True  # a year
    return False


def _numbers(tk: _Tokens, sentence: str, blocked: list[tuple[int, int]]) -> list[_Num]:
    nums: list[_Num] = []
    i = 0
    while i < tk.n:
        parsed = _parse_number(tk, i)
        if parsed is None:
            i += 1
            continue
        value, j, vague, article = parsed
        if _not_a_count(tk, sentence, i, j) or any(
            s <= tk.starts[i] < e for s, e in blocked
        ):
            i = j
            continue
        mod_start, lower = i, vague
        for _ in range(3):
            m = _match_ending_at(_MODIFIERS, tk.low, mod_start - 1)
            if not m:
                break
            mod_start -= m[0]
            lower = lower or m[1] == "lower_bound"
        nums.append(_Num(i, j, mod_start, value, lower, article))
        i = j
    return nums


def _gap_word(tk: _Tokens, p: int) -> bool:
    """A token that may sit inside the noun phrase of the victims ("police officers")."""
    t = tk.low[p]
    if t in ("-", "'s"):
        return True
    if not t[0].isalpha() or t in _GAP_STOP or t in _ANCHOR_WORDS:
        return False
    if t.endswith("ed") and t not in _ED_ADJ:
        return p > 0 and tk.low[p - 1] == "-"  # "Turkish-backed"
    return True


# ---------------------------------------------------------------------------------------------
# Patterns


def _anchors(tk: _Tokens, index: _Phrases) -> list[tuple[int, int, Any]]:
    """Non-overlapping phrase matches: (start token, end token, value)."""
    out = []
    i = 0
    while i < tk.n:
        m = _match_at(index, tk.low, i)
        if m:
            out.append((i, i + m[0], m[1]))
            i += m[0]
        else:
            i += 1
    return out


class _Finder:
    """State of one sentence: tokens, numbers, which numbers are used."""

    def __init__(self, sentence: str) -> None:
        self.s = sentence
        self.tk = _Tokens(sentence)
        self.figs: list[Figure] = []
        zero_spans = self._zeros()
        self.nums = _numbers(self.tk, sentence, zero_spans)
        self.by_end = {nm.j - 1: nm for nm in self.nums}
        self.by_start = {nm.mod_start: nm for nm in self.nums}
        self.used: set[int] = set()

    def _add(self, kind: str, nm: _Num, a_start: int, a_end: int, anchor_tok: int,
             extra: _Num | None = None) -> None:
        tk = self.tk
        start = min(tk.starts[a_start], tk.starts[nm.mod_start])
        end = max(tk.ends[a_end - 1], tk.ends[nm.j - 1])
        count, lower = nm.value, nm.lower_bound
        self.used.add(nm.i)
        if extra is not None:
            self.used.add(extra.i)
            count += extra.value
            lower = lower or extra.lower_bound
            start = min(start, tk.starts[extra.mod_start])
            end = max(end, tk.ends[extra.j - 1])
        self.figs.append(Figure(kind, count, lower, self.s[start:end], start, end,
                                tk.starts[anchor_tok]))

    def _zeros(self) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        for pattern, kinds in _ZERO:
            for m in pattern.finditer(self.s):
                start, end = m.start(), m.end()
                while start < end and not self.s[start].isalnum():
                    start += 1
                if any(s < end and start < e for s, e in spans):
                    continue
                spans.append((start, end))
                for kind in kinds:
                    self.figs.append(Figure(kind, 0, False, self.s[start:end], start, end,
                                            m.start("anchor")))
        return spans

    def _free(self, nm: _Num | None) -> _Num | None:
        """The number if it is not yet part of a figure."""
        return nm if nm is not None and nm.i not in self.used else None

    def _np_end(self, q: int, limit: int = 4) -> int:
        """End of the victims' noun phrase after a count ("38 people", "two IS fighters").

        It ends at the first plural head noun, so a following verb ("people shows") stays out.
        """
        low = self.tk.low
        k = 0
        while q < self.tk.n and k < limit and _gap_word(self.tk, q):
            t = low[q]
            q += 1
            k += 1
            if t in _PLURAL_HEADS or (t.endswith("s") and len(t) > 3 and t != "of"):
                break
        return q

    def tolls(self) -> None:
        low, n = self.tk.low, self.tk.n
        for a, b, kind in _anchors(self.tk, _TOLL):
            p, steps = b, 0
            while p < n and steps <= 6:
                nm = self._free(self.by_start.get(p))
                if nm is not None and not nm.article:
                    self._add(kind, nm, a, b, a)
                    break
                if low[p] in _TOLL_OF and steps == 0:
                    # "the toll from the Bannu attack had risen to 14": over the incident
                    nxt = next((q for q in range(p + 1, min(n, p + 20))
                                if low[q] in _TOLL_VERBS or low[q] in (",", ";", ".")), None)
                    if nxt is not None and low[nxt] in _TOLL_VERBS:
                        p = nxt
                        continue
                if low[p] not in _TOLL_LINKS:
                    break
                p += 1
                steps += 1

    def forward(self) -> None:
        low, n = self.tk.low, self.tk.n
        found = [(a, b, (k, False)) for a, b, k in _anchors(self.tk, _FORWARD)]
        found += [(a, b, (k, True)) for a, b, k in _anchors(self.tk, _FORWARD_OF)]
        for a, b, (kind, needs_of) in sorted(found):
            if needs_of:
                if b >= n or low[b] != "of":
                    continue
                p = b + 1
            else:
                q = a - 1
                while q >= 0 and low[q] in _ADVERBS and a - q <= 3:
                    q -= 1
                if q >= 0 and low[q] in _BE:  # "were killed": passive, the count is before
                    continue
                p = b
            nm = self._free(self.by_start.get(p))
            if nm is None:
                continue
            if nm.article and not (nm.j < n and _gap_word(self.tk, nm.j)):
                continue
            q = self._np_end(nm.j)
            extra = None
            # "killing 5 soldiers and 3 civilians": one figure, summed
            if q + 1 < n and low[q] == "and":
                nm2 = self._free(self.by_start.get(q + 1))
                if nm2 is not None and not nm2.article:
                    q2 = self._np_end(nm2.j)
                    if q2 >= n or (low[q2] not in _AUX_CHAIN and low[q2] not in _ANCHOR_WORDS):
                        extra = nm2
                        q = q2
            self._add(kind, nm, a, max(b, q), a, extra)

    def backward(self) -> None:
        tk = self.tk
        low = tk.low
        for a, b, (kind, participle) in _anchors(tk, _BACKWARD):
            p, gap = a - 1, 0
            chain: list[str] = []
            nm = None
            while p >= 0:
                if p in self.by_end:
                    nm = self.by_end[p]
                    break
                if gap == 0 and low[p] in _AUX_CHAIN and len(chain) < 6:
                    chain.append(low[p])
                elif gap < 7 and _gap_word(tk, p):
                    gap += 1
                else:
                    break
                p -= 1
            nm = self._free(nm)
            if nm is None:
                continue
            passive = any(c in _BE or c in _PASSIVE_MARKERS for c in chain)
            if participle and not passive:
                if any(c in _ACTIVE_AUX for c in chain):
                    continue  # "three bombs have killed ..."
                if nm.article or not self._reduced_passive(b):
                    continue
            if nm.article and not (1 <= gap <= 3):
                continue
            extra = self._coordinated_before(nm)
            self._add(kind, nm, nm.mod_start, b, a, extra)

    def _reduced_passive(self, b: int) -> bool:
        """Is a participle without "were" passive ("12 killed in X"), not active ("killed 12")?"""
        tk = self.tk
        if b >= tk.n or b in self.by_start:
            return b >= tk.n
        t = tk.low[b]
        return not t[0].isalpha() or t in _PASSIVE_CONT or t in _MONTHS

    def _coordinated_before(self, nm: _Num) -> _Num | None:
        """"five soldiers and two civilians were killed": the first count joins the figure."""
        tk = self.tk
        p = nm.mod_start - 1
        if p < 1 or tk.low[p] != "and":
            return None
        p -= 1
        k = 0
        while p >= 0 and k <= 4:
            if p in self.by_end:
                other = self._free(self.by_end[p])
                return other if other is not None and not other.article else None
            if not _gap_word(tk, p):
                return None
            p -= 1
            k += 1
        return None


def find_figures(sentence: str) -> list[Figure]:
    """Killed and injured figures in one sentence, in text order."""
    if not _PREFILTER.search(sentence):
        return []
    f = _Finder(sentence)
    f.tolls()
    f.forward()
    f.backward()
    return sorted(f.figs, key=lambda x: (x.start, x.kind != "killed"))


def _same_clause(between: str) -> bool:
    """No clause or incident break in the words between two figures."""
    if _BREAKS.search(between):
        return False
    if "," in between:
        tail = between.rsplit(",", 1)[1].strip().lower()
        return tail == "" or tail in _JOINERS
    return True


def group_by_incident(figs: list[Figure], sentence: str) -> list[list[Figure]]:
    """Pair each killed figure with the injured figure next to it in the same clause.

    Figures are taken in text order; a group holds at most one figure of each kind and closes
    at a clause break (";", a comma that starts a new clause) or words like "another".
    """
    groups: list[list[Figure]] = []
    cur: list[Figure] = []
    for fig in sorted(figs, key=lambda x: (x.start, x.kind != "killed")):
        if cur and fig.kind not in {g.kind for g in cur}:
            prev_end = max(g.end for g in cur)
            between = sentence[prev_end:fig.start] if fig.start > prev_end else ""
            if _same_clause(between):
                cur.append(fig)
                continue
        if cur:
            groups.append(cur)
        cur = [fig]
    if cur:
        groups.append(cur)
    return groups
