"""Toponym recognition in article text, and module-level shortcuts to the default gazetteer.

Recognition matches gazetteer names on capitalised token n-grams (longest first), merges spaCy
GPE/LOC/FAC spans when given, and applies context rules from ``data/places/lexicon.yaml``:
a cue before the name ("in", "near", "the town of") makes it a place; a title or first name
before it, a speech verb after it, a month/weekday or a common English word makes it not one.
Names whose only candidates are small places need a cue, since nearly every capitalised word
is the name of some village somewhere.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from eventwire.model import Location
from eventwire.resolve.gazetteer import DATA_DIR, normalise

if TYPE_CHECKING:
    from eventwire.resolve.gazetteer import Gazetteer

MAX_TOKENS = 6
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
NON_PLACE_LABELS = frozenset({"PERSON", "NORP"})
# Cues that keep a name followed by a speech verb a place ("the ministry in Sanaa said").
_SCENE_BEFORE_SPEECH = frozenset({"in", "at", "near", "outside", "inside", "around"})


@dataclass(frozen=True, slots=True)
class Toponym:
    """A place name found in text: character span, surface text and the evidence used.

    cue: the context that licensed it ("in", "town of", "ner", "dateline", "suffix",
    "qualified"), or None when the name is prominent enough to stand alone.
    """

    start: int
    end: int
    text: str
    cue: str | None = None


@dataclass(frozen=True)
class _Lexicon:
    strong_cues: frozenset[str]
    weak_cues: frozenset[str]
    admin_suffixes: frozenset[str]
    generic_suffixes: frozenset[str]
    titles: frozenset[str]
    speech_verbs: frozenset[str]
    first_names: frozenset[str]
    common_words: frozenset[str]
    calendar: frozenset[str]
    allcaps_names: frozenset[str]
    arabic_articles: frozenset[str]
    name_connectors: frozenset[str]
    max_cue_words: int
    suffix_words: frozenset[str]
    supranational: frozenset[str]
    anti_cues: frozenset[str]
    name_abbreviations: frozenset[str]
    facility_words: frozenset[str]


@lru_cache(maxsize=1)
def lexicon(path: Path = DATA_DIR / "lexicon.yaml") -> _Lexicon:
    with open(path, encoding="utf-8") as f:
        raw = yaml.safe_load(f)

    def words(name: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in raw.get(name) or ())

    cues = words("strong_cues") | words("weak_cues")
    return _Lexicon(
        strong_cues=words("strong_cues"), weak_cues=words("weak_cues"),
        admin_suffixes=words("admin_suffixes"), generic_suffixes=words("generic_suffixes"),
        titles=words("titles"), speech_verbs=words("speech_verbs"),
        first_names=words("first_names"), common_words=words("common_words"),
        calendar=words("calendar"),
        allcaps_names=frozenset(str(w) for w in raw.get("allcaps_names") or ()),
        arabic_articles=words("arabic_articles"), name_connectors=words("name_connectors"),
        max_cue_words=max(len(c.split()) for c in cues),
        suffix_words=frozenset(w for phrase in words("generic_suffixes") | words("admin_suffixes")
                               for w in phrase.split()),
        supranational=words("supranational"), anti_cues=words("anti_cues"),
        name_abbreviations=words("name_abbreviations"), facility_words=words("facility_words"))


# Words (with internal apostrophes/hyphens), dotted abbreviations (U.S.), possessive split off.
_TOKEN_RE = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_][\w]*(?:['\u2019\u2018\u02bc-][\w]+)*")
_POSSESSIVE_RE = re.compile(r"['\u2019]s$")
_GAP_OK = re.compile(r"^[ \t]*$|^[ \t]*-[ \t]*$")


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str
    low: str
    cap: bool  # may stand in a name (capitalised, article-hyphen form, dotted abbreviation)
    allcaps: bool


def _tokenise(text: str, lex: _Lexicon) -> list[_Tok]:
    toks: list[_Tok] = []
    for m in _TOKEN_RE.finditer(text):
        s, e = m.start(), m.end()
        word = m.group()
        pm = _POSSESSIVE_RE.search(word)
        if pm and len(word) > 3:
            e -= len(pm.group())
            word = word[: -len(pm.group())]
        low = word.lower()
        first = word[0]
        allcaps = len(word) > 1 and word.isupper() and "." not in word
        cap = first.isupper()
        if not cap and "-" in word:
            head, _, rest = word.partition("-")
            cap = head.lower() in lex.arabic_articles and rest[:1].isupper()
        toks.append(_Tok(s, e, word, low, cap, allcaps))
    return toks


def _line_start_run(text: str, toks: list[_Tok], i: int) -> bool:
    """Is token i part of an all-caps run that opens a line (a dateline: 'BAGHDAD (Reuters)')?"""
    j = i
    while j > 0 and toks[j - 1].allcaps and _GAP_OK.match(text[toks[j - 1].end:toks[j].start]
                                                          .replace(",", "")):
        j -= 1
    line_start = text.rfind("\n", 0, toks[j].start) + 1
    return not text[line_start:toks[j].start].strip()


def _words_before(text: str, toks: list[_Tok], i: int, n: int,
                  abbrevs: frozenset[str] = frozenset()) -> list[str]:
    """Up to n lower-cased words before token i in the same clause, skipping articles.

    A period after a title abbreviation ("Gen. Jordan") does not end the clause.
    """
    out: list[str] = []
    j = i - 1
    while j >= 0 and len(out) < n:
        gap = text[toks[j].end:toks[j + 1].start]
        if _CLAUSE_BREAK.search(gap) or ("." in gap and toks[j].low not in abbrevs):
            break
        if toks[j].low not in ("the", "a", "an"):
            out.append(toks[j].low)
        j -= 1
    return out[::-1]


_CLAUSE_BREAK = re.compile(r"[!?;:,\n()\"\u201c\u201d]")


class _Recogniser:
    def __init__(self, gaz: Gazetteer, text: str,
                 ner_spans: Sequence[tuple[int, int, str]]) -> None:
        self.gaz = gaz
        self.text = text
        self.lex = lexicon()
        self.toks = _tokenise(text, self.lex)
        self.place_spans = [(s, e) for s, e, lab in ner_spans if lab in PLACE_LABELS]
        self.other_spans = [(s, e) for s, e, lab in ner_spans if lab in NON_PLACE_LABELS]
        self.lower_words = {t.low for t in self.toks if t.text.islower()}
        # names the text has shown to be people's ("Irfan Ahmad Wani", "spokesman Ali
        # Wani"): alone later ("Wani's father") they are the person again, not a town
        self.surnames: set[str] = set()
        self.skip_to = 0  # a longer name the gazetteer lacks ends before this token

    # -- helpers ------------------------------------------------------------------------------

    def _in_spans(self, s: int, e: int, spans: list[tuple[int, int]]) -> bool:
        return any(a <= s and e <= b for a, b in spans)

    def _overlaps(self, s: int, e: int, spans: list[tuple[int, int]]) -> bool:
        return any(s < b and a < e for a, b in spans)

    def _startable(self, i: int) -> bool:
        t = self.toks[i]
        if t.low in ("the", "a", "an"):
            return False  # "The Hague" is indexed as "hague"; "The U.N." is not a place
        if t.allcaps:
            return (t.text in self.lex.allcaps_names or _line_start_run(self.text, self.toks, i)
                    or self._in_spans(t.start, t.end, self.place_spans))
        return t.cap

    def _joinable(self, i: int) -> bool:
        """May token i+1 continue a name that token i is in (same line, space or hyphen gap)?"""
        gap = self.text[self.toks[i].end:self.toks[i + 1].start]
        if gap == ". " and self.toks[i].low in self.lex.name_abbreviations:
            return True  # "St. Petersburg", "Mt. Sinjar"
        return bool(_GAP_OK.match(gap))

    def _longest_match(self, i: int) -> tuple[int, str] | None:
        toks = self.toks
        last = i
        suffixes = self.lex.suffix_words
        while (last + 1 < len(toks) and last + 1 - i < MAX_TOKENS and self._joinable(last)
               and (self._startable(last + 1) or toks[last + 1].low in self.lex.name_connectors
                    or toks[last + 1].low in suffixes)):
            last += 1
            if toks[last].low in suffixes and not toks[last].cap:
                break  # "the Nasib crossing", "Moria camp": a suffix ends the name
        for j in range(last, i - 1, -1):
            if not (self._startable(j) or (j > i and toks[j].low in suffixes)):
                continue
            key = normalise(self.text[toks[i].start:toks[j].end])
            if key and self.gaz.has_key(key):
                return j, key
        return None

    def _cue_before(self, i: int) -> tuple[str | None, bool]:
        """(cue phrase, is strong) from the words right before token i."""
        words = _words_before(self.text, self.toks, i, self.lex.max_cue_words + 2)
        for n in range(min(len(words), self.lex.max_cue_words), 0, -1):
            phrase = " ".join(words[-n:])
            if phrase in self.lex.anti_cues:
                return None, False  # "according to Tass", "due to Monday's storm"
            if phrase in self.lex.strong_cues:
                return phrase, True
            if phrase in self.lex.weak_cues:
                return phrase, False
        # "in the northern town of X": an adjective between cue and name
        for k in range(1, min(3, len(words))):
            for n in range(min(len(words) - k, self.lex.max_cue_words), 0, -1):
                phrase = " ".join(words[-n - k:-k])
                if phrase in self.lex.strong_cues:
                    return phrase, True
        return None, False

    def _suffix_after(self, j: int) -> tuple[str | None, int]:
        """('admin'|'generic', end offset including the suffix) for 'X province', 'X camp'."""
        toks = self.toks
        if j + 1 >= len(toks) or not self._joinable(j):
            return None, toks[j].end
        one = toks[j + 1].low
        two = f"{one} {toks[j + 2].low}" if j + 2 < len(toks) and self._joinable(j + 1) else ""
        after = j + 2 if not two else j + 3
        if after - 1 < len(toks) and after < len(toks) and toks[after].cap \
                and self._joinable(after - 1):
            two = ""  # "X District Attorney": the suffix starts another name
        if j + 2 < len(toks) and toks[j + 2].cap and self._joinable(j + 1):
            return None, toks[j].end  # "U.S. State Department", "Bronx District Attorney"
        if one in self.lex.admin_suffixes:
            return "admin", toks[j + 1].end
        if two in self.lex.generic_suffixes:
            return "generic", toks[j + 2].end
        if one in self.lex.generic_suffixes:
            return "generic", toks[j + 1].end
        return None, toks[j].end

    def _qualified(self, j: int) -> bool:
        """'X, Y' where Y is a country or admin1 name ("Paris, Texas")."""
        toks = self.toks
        if j + 1 >= len(toks) or self.text[toks[j].end:toks[j + 1].start].strip() != ",":
            return False
        if not toks[j + 1].cap:
            return False
        for k in range(min(len(toks) - 1, j + 4), j, -1):
            key = normalise(self.text[toks[j + 1].start:toks[k].end])
            if key and self.gaz.has_key(key) and self.gaz.key_profile(key)[1]:
                return True
        return False

    def _person_context(self, i: int, j: int, key: str) -> bool:
        toks, lex = self.toks, self.lex
        before = _words_before(self.text, toks, i, 2, lex.titles)
        if before and (before[-1].rstrip(".") in lex.titles
                       or " ".join(before[-2:]) in lex.titles):
            return True
        if len(before) == 2 and before[0].rstrip(".") in lex.titles and toks[i - 1].cap \
                and self._joinable(i - 1) \
                and not self.gaz.key_profile(normalise(toks[i - 1].text))[1]:
            return True  # "spokesman Abdi Farah": a title, a given name, then the surname
        if i > 0 and self._joinable(i - 1) and toks[i - 1].cap and \
                toks[i - 1].low in lex.first_names:
            return True
        if i == j and key in lex.first_names and j + 1 < len(toks) and self._joinable(j) \
                and toks[j + 1].cap:
            return True
        return False

    def _inside_other_name(self, i: int, j: int) -> bool:
        """A capitalised non-place word right before or after: 'Dan Norman', 'Carnegie
        Endowment', 'Thomson Reuters' (not at a sentence start, not a cue or suffix)."""
        toks, lex = self.toks, self.lex
        if j + 1 < len(toks) and self._joinable(j) and toks[j + 1].cap \
                and not toks[j + 1].allcaps and toks[j + 1].low not in lex.suffix_words \
                and not self.gaz.key_profile(normalise(toks[j + 1].text))[1] \
                and not self._facility_after(j):
            return True
        if i > 0 and self._joinable(i - 1) and toks[i - 1].cap and not toks[i - 1].allcaps \
                and not self.gaz.key_profile(normalise(toks[i - 1].text))[1]:
            prev = toks[i - 1]
            sentence_start = i - 1 == 0 or bool(re.search(
                r"[.!?\n\"\u201c]\s*$", self.text[max(0, prev.start - 3):prev.start]))
            if not sentence_start and prev.low not in lex.strong_cues \
                    and prev.low not in lex.weak_cues:
                return True
        return False

    def _longer_name_after(self, j: int) -> bool:
        """After a cue, a capitalised word that is no place, suffix, title or date continues
        the name: the text names a longer place ("the town of Adan Yabaal") the gazetteer
        lacks, not the shorter one it matched."""
        toks, lex = self.toks, self.lex
        if j + 1 >= len(toks) or not self._joinable(j):
            return False
        nxt = toks[j + 1]
        return (nxt.cap and not nxt.allcaps and nxt.low not in lex.suffix_words
                and nxt.low not in lex.titles and nxt.low not in lex.calendar
                and nxt.low not in lex.speech_verbs and "." not in nxt.text
                and not self.gaz.key_profile(normalise(nxt.text))[1])

    def _facility_after(self, j: int) -> bool:
        """A site named after its town ("the Quetta Press Club", "Kano Central Mosque"): the
        capitalised words after the town end in a kind of building, which is in that town."""
        toks = self.toks
        k = j
        while k + 1 < len(toks) and k - j < 3 and self._joinable(k) and toks[k + 1].cap:
            k += 1
            if toks[k].low in self.lex.facility_words:
                return True
        return False

    def _longer_name_before(self, i: int) -> bool:
        """A capitalised word that is no place, between a place cue and the match, starts a
        longer name the gazetteer lacks ("the village of Kouk Mon")."""
        toks, lex = self.toks, self.lex
        if i < 1 or not self._joinable(i - 1):
            return False
        prev = toks[i - 1]
        return (prev.cap and not prev.allcaps and prev.low not in lex.titles
                and prev.low not in lex.calendar
                and not self.gaz.key_profile(normalise(prev.text))[1]
                and self._cue_before(i - 1)[1])

    def _kind_after(self, j: int) -> bool:
        """The word after token j names a kind of place ("neighbourhood", "district")."""
        return j + 1 < len(self.toks) and self.toks[j + 1].low in self.lex.suffix_words

    def _speech_after(self, j: int) -> bool:
        toks = self.toks
        return (j + 1 < len(toks) and toks[j + 1].low in self.lex.speech_verbs
                and not self.text[toks[j].end:toks[j + 1].start].strip())

    # -- main ---------------------------------------------------------------------------------

    def run(self) -> list[Toponym]:
        out: list[Toponym] = []
        toks, lex = self.toks, self.lex
        i = 0
        while i < len(toks):
            if not self._startable(i):
                i += 1
                continue
            hit = self._longest_match(i)
            if hit is None:
                i += 1
                continue
            j, key = hit
            top = self._judge(i, j, key)
            if top is not None:
                out.append(top)
            i = max(j + 1, self.skip_to)
        taken = [(t.start, t.end) for t in out]
        for s, e in self.place_spans:
            if not self._overlaps(s, e, taken):
                surface = self.text[s:e]
                if normalise(surface) not in lex.calendar:
                    out.append(Toponym(s, e, surface, "ner"))
        out.sort(key=lambda t: t.start)
        return out

    def _judge(self, i: int, j: int, key: str) -> Toponym | None:
        toks, lex = self.toks, self.lex
        start, end = toks[i].start, toks[j].end
        if key in lex.calendar:
            return None
        if self._overlaps(start, end, self.other_spans) and not self._in_spans(
                start, end, self.place_spans):
            return None
        ner = self._overlaps(start, end, self.place_spans)
        prominent, admin, pop = self.gaz.key_profile(key)
        cue, strong = self._cue_before(i)
        suffix, suffix_end = self._suffix_after(j)
        qualified = self._qualified(j)
        dateline = toks[i].allcaps and _line_start_run(self.text, toks, i)
        if self._longer_name_before(i):
            return None  # "the village of Kouk Mon" is no Mon State
        if not ner and self._person_context(i, j, key):
            self.surnames.add(key)
            return None
        if key in self.surnames and not (strong or suffix or qualified or admin):
            return None
        if self._speech_after(j) and not (admin or strong or suffix or qualified
                                          or cue in _SCENE_BEFORE_SPEECH):
            return None  # "Kyiv said" is a speaker; "officials in Sanaa said" name a place
        if suffix == "admin":
            end = suffix_end
        evidence = ("ner" if ner else cue if cue else "dateline" if dateline else
                    "suffix" if suffix else "qualified" if qualified else None)
        surface = self.text[start:end]
        if surface.lower() in lex.supranational:
            return None
        common = (surface.lower() in lex.common_words and surface not in lex.allcaps_names)
        if i == j and not admin and toks[i].low in self.lower_words:
            common = True  # "Spring", "Mobile" when the text also uses "spring", "mobile"
        if common and not (ner or strong or qualified):
            return None
        if len(surface.replace(".", "")) <= 2 and not (prominent or ner):
            return None  # "U", "Le", "St": initials and particles
        if "." in surface and i == j and not (admin or ner):
            return None  # dotted initials name countries ("U.S.", "U.K."), not "U.N." towns
        if not (ner or strong or admin or qualified) and pop < 200_000 \
                and i == j and self._inside_other_name(i, j):
            self.surnames.add(key)
            return None
        if cue and self._longer_name_after(j) and not self._facility_after(j) and \
                (not (ner or admin) or self._kind_after(j + 1)):
            # "the town of Adan Yabaal" is not Aden; "hamlet of Campo Dos"; "the Rivera
            # Hernandez neighbourhood" is no Uruguayan province (nor its second word a place)
            self.skip_to = j + 2
            return None
        elif not prominent and evidence is None:
            return None
        return Toponym(start, end, self.text[start:end], evidence)


def recognise(gaz: Gazetteer, text: str,
              ner_spans: Sequence[tuple[int, int, str]] = ()) -> list[Toponym]:
    """Toponyms in `text` using `gaz`; see the module docstring for the rules."""
    return _Recogniser(gaz, text, ner_spans).run()


def find_toponyms(text: str, ner_spans: Sequence[tuple[int, int, str]] = ()) -> list[Toponym]:
    """Place names in `text`, with optional spaCy NER spans (start, end, label)."""
    from eventwire.resolve.gazetteer import Gazetteer

    return recognise(Gazetteer.default(), text, ner_spans)


def resolve(name: str, countries: Sequence[str] = (), dateline_country: str | None = None,
            near: tuple[float, float] | None = None) -> Location | None:
    """Resolve a place name with the default gazetteer (see Gazetteer.resolve)."""
    from eventwire.resolve.gazetteer import Gazetteer

    return Gazetteer.default().resolve(name, countries, dateline_country, near)
