"""Event triggers: the words that report an event, from the lexicon in data/triggers.yml.

Two passes keep parsing cheap: ``is_candidate`` looks for any inflected trigger word in the raw
sentence (a set lookup), and only those sentences are parsed; ``match`` then finds triggers
by lemma and part of speech on the parsed sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml
from spacy.tokens import Doc, Token

DATA = Path(__file__).parent / "data"
_WORD = re.compile(r"[a-z][a-z\-]*")
GERUND_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj"}
_TIME_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december", "monday", "tuesday",
               "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "evening",
               "night", "afternoon", "week", "month", "year", "spring", "summer", "autumn",
               "winter"}


@dataclass(frozen=True)
class TriggerEntry:
    """One lexicon entry; ``rule`` names it in the output so analysts see what fired."""

    event_type: str
    lemmas: tuple[str, ...]
    pos: frozenset[str]
    mode: str | None
    context: tuple[str, ...]
    needs: frozenset[str] = frozenset()
    preps: frozenset[str] = frozenset()
    objects: frozenset[str] = frozenset()
    not_objects: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()
    not_words: frozenset[str] = frozenset()
    governed_by: frozenset[str] = frozenset()
    priority: int = 1

    @property
    def rule(self) -> str:
        return f"{self.event_type}:{' '.join(self.lemmas)}/{'|'.join(sorted(self.pos))}"


@dataclass
class TriggerMatch:
    entry: TriggerEntry
    head: Token
    tokens: list[Token] = field(default_factory=list)

    @property
    def start_char(self) -> int:
        return min(t.idx for t in self.tokens)

    @property
    def end_char(self) -> int:
        return max(t.idx + len(t) for t in self.tokens)


def inflections(lemma: str) -> set[str]:
    """Plausible surface forms of an English verb or noun lemma, for the cheap filter."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms |= {lemma[:-1] + "ing"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", lemma):
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    if lemma.endswith("ise"):
        forms |= inflections(lemma[:-3] + "ize")
    return forms


class TriggerLexicon:
    def __init__(self, entries: Sequence[TriggerEntry], forms: set[str],
                 irregular: dict[str, str] | None = None) -> None:
        self.entries = list(entries)
        # "retook" -> "retake": verb forms the lemmatiser leaves as they are
        self.irregular = irregular or {}
        self.single: dict[str, list[TriggerEntry]] = {}
        self.phrases: dict[str, list[TriggerEntry]] = {}
        for e in self.entries:
            index = self.single if len(e.lemmas) == 1 else self.phrases
            index.setdefault(e.lemmas[0], []).append(e)
        self.forms = frozenset(forms)

    @classmethod
    def load(cls, paths: Sequence[Path] = ()) -> TriggerLexicon:
        """The bundled lexicon plus user files; a user entry replaces one with the same
        lemmas, type and pos."""
        return _load(tuple([DATA / "triggers.yml", *map(Path, paths)]))

    def is_candidate(self, sentence: str) -> bool:
        return not self.forms.isdisjoint(_WORD.findall(sentence.lower()))

    def match(self, doc: Doc) -> list[TriggerMatch]:
        """Triggers in a parsed sentence; phrases win over the single words they contain."""
        found: list[TriggerMatch] = []
        covered: set[int] = set()
        spans: set[tuple[int, ...]] = set()  # two entries for one phrase both match it
        lemmas = [self.irregular.get(t.lower_, t.lower_) if t.lemma_.lower() == t.lower_
                  and t.tag_.startswith("VB") else t.lemma_.lower() for t in doc]
        for i, lemma in enumerate(lemmas):
            for e in self.phrases.get(lemma, ()):
                toks = _match_phrase(doc, lemmas, i, e.lemmas)
                ids = tuple(t.i for t in toks or ())
                if toks and (ids in spans or not covered.intersection(ids)):
                    head = _span_head(toks)
                    if e.pos and head.pos_ not in e.pos and not _phrase_pos_ok(head, e.pos):
                        continue
                    found.append(TriggerMatch(e, head, toks))
                    covered.update(ids)
                    spans.add(ids)
        for tok, lemma in zip(doc, lemmas, strict=True):
            if tok.i in covered:
                continue
            pos = "VERB" if tok.pos_ in ("VERB", "AUX") and tok.tag_ != "MD" else tok.pos_
            if tok.tag_ in ("VBN", "VBG") and tok.pos_ == "ADJ":
                pos = "VERB"  # "wounded", "injured" tagged as adjectives
            if tok.tag_ == "VBG" and tok.dep_ in GERUND_DEPS:
                # A gerund used as a noun ("fighting between X and Y killed ..."): noun entries
                # of its own form first.
                found.extend(TriggerMatch(e, tok, [tok]) for e in self.single.get(tok.lower_, ())
                             if "NOUN" in e.pos)
            # Every entry that fits: the parse constraints later choose between them
            # ("march" of protesters vs "march" of militias).
            found.extend(TriggerMatch(e, tok, [tok]) for e in self.single.get(lemma, ())
                         if pos in e.pos)
        return found


def _phrase_pos_ok(head: Token, pos: frozenset[str]) -> bool:
    return head.pos_ in ("PROPN", "ADJ") and "NOUN" in pos


def _match_phrase(doc: Doc, lemmas: list[str], i: int, phrase: tuple[str, ...]
                  ) -> list[Token] | None:
    """Phrase words in order, allowing up to two words between ("held its first talks")."""
    toks = [doc[i]]
    j = i
    for word in phrase[1:]:
        nxt = next((k for k in range(j + 1, min(j + 4, len(doc))) if lemmas[k] == word), None)
        if nxt is None:
            return None
        if nxt > j + 1 and any(doc[k].is_punct and not doc[k].is_quote or doc[k].pos_ == "VERB"
                               for k in range(j + 1, nxt)):
            return None
        if nxt > j + 1 and doc[j].pos_ == "VERB" and any(
                c.dep_ == "pobj" and (c.ent_type_ in ("DATE", "TIME") or
                                      c.lower_ in _TIME_WORDS) for c in doc[nxt].children):
            return None  # "took Bukavu in February" is no "take in"
        toks.append(doc[nxt])
        j = nxt
    return toks


def _span_head(toks: list[Token]) -> Token:
    ids = {t.i for t in toks}
    for t in toks:
        if t.head.i not in ids or t.head.i == t.i:
            return t
    return toks[-1]


@cache
def _load(paths: tuple[Path, ...]) -> TriggerLexicon:
    # a later file's entry replaces the earlier files' entries with the same lemmas, type and
    # pos; within one file, several entries for one word are alternatives ("took the bank
    # from IS", "took Bukavu")
    by_key: dict[tuple, list[TriggerEntry]] = {}
    forms: set[str] = set()
    irregular: dict[str, str] = {}
    for path in paths:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        mine: dict[tuple, list[TriggerEntry]] = {}
        for event_type, spec in data.items():
            for raw in spec.get("entries", []):
                entry = _entry(event_type, spec, raw)
                mine.setdefault((entry.lemmas, entry.event_type, entry.pos), []).append(entry)
                for lemma in entry.lemmas:
                    if len(lemma) > 2:
                        forms |= inflections(lemma)
                forms |= {f.lower() for f in raw.get("forms", [])}
                irregular.update({f.lower(): entry.lemmas[0] for f in raw.get("forms", [])
                                  if f.lower() not in inflections(entry.lemmas[0])})
        by_key.update(mine)
    return TriggerLexicon([e for entries in by_key.values() for e in entries], forms, irregular)


def _entry(event_type: str, spec: dict, raw: dict) -> TriggerEntry:
    if "phrase" in raw:
        lemmas = tuple(raw["phrase"].lower().split())
    else:
        lemmas = (str(raw["lemma"]).lower(),)
    pos = raw.get("pos", ["VERB", "NOUN"])
    pos = [pos] if isinstance(pos, str) else pos
    return TriggerEntry(
        event_type=event_type,
        lemmas=lemmas,
        pos=frozenset(pos),
        mode=raw.get("mode", spec.get("mode")),
        context=tuple(raw.get("context", spec.get("context", []))),
        needs=frozenset(raw.get("needs", [])),
        preps=frozenset(raw.get("preps", [])),
        objects=frozenset(raw.get("objects", [])),
        not_objects=frozenset(raw.get("not_objects", [])),
        words=frozenset(raw.get("words", [])),
        not_words=frozenset(raw.get("not_words", [])),
        governed_by=frozenset(raw.get("governed_by", [])),
        priority=int(raw.get("priority", 2 if len(lemmas) > 1 else 1)),
    )
