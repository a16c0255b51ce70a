"""Which clause of a sentence a date belongs to, for one trigger.

A sentence often carries several days: the act's, the report's, a plan's, a condition's, a
period a superlative is measured over. `event_dates` finds the dates; these rules read the
parse to tell whether the one nearest the trigger is its own ("the curfew imposed on Monday
was extended on Wednesday", "since 2019, when gunmen stormed ...", "a day before a protest").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

from spacy.tokens import Doc, Span, Token

from eventwire.extract.event_dates import (
    EventDate,
    count_of,
    resolve_event_date,
    shift_date,
)
from eventwire.extract.incidents import token_at

_SHIFT_LINKS = ("after", "before")


def _after_clause(tok: Token) -> bool:
    """Whether `tok` heads an "after"/"before" clause ("after a student was shot")."""
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _SHIFT_LINKS
                                       for c in tok.children)


def _blanked(text: str, lo: int, hi: int) -> str:
    """The sentence with one clause blanked out (offsets kept), to read the rest's dates."""
    return text[:lo] + " " * (hi - lo) + text[hi:]


# "days after": two days or more, under a week; read as three, at the precision of a week
VAGUE_DAYS = 3


def _relative_clause(trigger: Token) -> tuple[list[Token], Token, int, str, Span] | None:
    """The act of "a week after a bomb killed four", "two days after an attack on X": the
    clause's tokens, the clause it is told against, the signed count, the unit and the
    measure words ("a week after"). "Days after" counts VAGUE_DAYS (its act is dated to the
    week around that day); other vague spans ("weeks after") give None."""
    cur = trigger
    for _ in range(4):
        if cur.dep_ == "pobj" and cur.head.lower_ in _SHIFT_LINKS:
            link, root = cur.head, cur.head
        else:
            link = next((c for c in cur.children
                         if c.dep_ == "mark" and c.lower_ in _SHIFT_LINKS), None)
            root = cur
        if link is not None:
            break
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i:
            return None
        cur = cur.head
    else:
        return None
    governor = root.head
    measure = next((c for t in (root, link, governor) for c in t.children
                    if c.dep_ == "npadvmod" and 0 < link.i - c.i <= 2), None)
    if measure is None or governor.i == root.i:
        return None
    count_tok = next((c for c in measure.children if c.dep_ in ("nummod", "det")), None)
    count = count_of(count_tok.lower_) if count_tok is not None else None
    if count_tok is None and measure.lower_ == "days":
        # "days after a suicide attack": some days, read as the middle of the week before
        count, count_tok = VAGUE_DAYS, measure
    if count is None:
        return None
    doc = trigger.doc
    phrase = doc[min(count_tok.i, measure.i):link.i + 1]
    clause = list(root.subtree) + list(phrase)
    sign = -1 if link.lower_ == "after" else 1
    return clause, governor, sign * count, measure.lemma_.lower(), phrase


def _other_clause(tok: Token, trigger: Token, cues: dict[str, Any]) -> Token | None:
    """The clause around the date word `tok` that tells another act than the one at
    `trigger`: an "after"/"before" clause, what someone is asked to do, a relative or
    participle clause on another noun ("Abdullah, who is due in Delhi on Friday, condemned";
    "a video released on Tuesday"), what is said in a clause beside the trigger's ("said
    it would close the border from Friday, accusing Minsk"), or the act an accusation is
    about ("accused soldiers of burning houses on Tuesday"). None when the date's clause is
    the trigger's own or holds it."""
    for a in tok.ancestors:
        if a.i == trigger.i or a.is_ancestor(trigger):
            return None
        if _after_clause(a) or _condition_clause(a) or \
                a.dep_ == "xcomp" and a.head.lemma_.lower() in cues["request_verbs"] or \
                a.dep_ in ("relcl", "acl") and a.pos_ in ("VERB", "AUX") and \
                a.head.i != trigger.i and (a.head.dep_ in ("nsubj", "nsubjpass") or
                                           a.head.lemma_.lower() in cues["report_nouns"] or
                                           _aside_of(a, trigger)) or \
                a.dep_ == "ccomp" and a.head.is_ancestor(trigger) or \
                a.dep_ == "conj" and a.pos_ in ("VERB", "AUX") and \
                trigger.is_ancestor(a) and any(  # "..., and early on Monday a bomb hit"
                    c.dep_ in ("nsubj", "nsubjpass") and c.i > tok.i for c in a.children) or \
                a.dep_ in ("pcomp", "ccomp") and trigger.is_ancestor(a) and \
                trigger.lemma_.lower() in cues["allegation_heads"] or \
                _plan_beside(a, tok, trigger):
            return a
    return None


FUTURE_AUX = {"will", "would", "shall", "'ll", "wo"}  # "wo": "won't" as spaCy splits it
# The marks of a condition clause ("would veto it if the men were not freed by the end of the
# week"): its day is when the condition falls due, not the day of the act it conditions.
_CONDITION_MARKS = {"if", "unless"}


def _condition_clause(clause: Token) -> bool:
    """An "if"/"unless" clause, whose day dates the condition, not the act it governs."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS
                                          for c in clause.children)


def _aside_of(clause: Token, trigger: Token) -> bool:
    """An act named by a noun and described ("the rally was one of the largest in a movement
    that began in November"): a relative clause ("that", "which", "who") on a noun in a phrase
    on a word other than a verb, outside the act's own phrase, tells that noun's story, not
    the act's day. A phrase on a verb ("fired tear gas at protesters who gathered on
    Tuesday") or inside the act's phrase still dates the act, as does any clause when the
    act is told by a verb (a misparse may put the act itself in such a clause)."""
    noun, prep = clause.head, clause.head.head
    return trigger.pos_ == "NOUN" and clause.dep_ == "relcl" and noun.dep_ == "pobj" and \
        prep.dep_ == "prep" and \
        prep.head.pos_ not in ("VERB", "AUX") and not trigger.is_ancestor(noun) and any(
            c.lower_ in _RELATIVES and c.dep_ in ("nsubj", "nsubjpass", "dobj")
            for c in clause.children)


_RELATIVES = {"that", "which", "who", "whom"}


def _plan_beside(a: Token, tok: Token, trigger: Token) -> bool:
    """ "condemned the attack and said he would travel there on Saturday", "blamed the
    government and called a strike on Monday": a day in a later conjunct that announces a
    plan (a future told with "will"/"would", or a protest called) is the plan's, not the day
    of the act told first."""
    if a.dep_ != "conj" or a.pos_ not in ("VERB", "AUX") or a.head.i != trigger.i or \
            a.i < trigger.i:
        return False
    if a.lemma_.lower() == "call":
        return True
    path = [t for t in [tok, *tok.ancestors] if t.i == a.i or a.is_ancestor(t)]
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX
               for t in path if t.pos_ in ("VERB", "AUX") for c in t.children)


_PERIOD = re.compile(r"\b(?:this|since|so far)\b", re.I)
# the verbs that head a clause of their own (not "detained them for questioning since ...")
_CLAUSE_DEPS = {"ROOT", "ccomp", "relcl", "acl", "advcl", "xcomp", "csubj", "conj", "parataxis"}
# "Russia's second veto since November": a count measured over a period, like a superlative
_ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
             "ninth", "tenth", "latest"}


def _in_superlative(tok: Token) -> bool:
    """A date word that measures a superlative ("the deadliest attack this year", "the worst
    fighting since 2019"): the period compared over, not the day of the act."""
    for a in [tok, *tok.ancestors][:4]:
        if a.i != tok.i and a.tag_ == "JJS":
            return True  # "was the deadliest since October 2024", "one of the worst this year"
        if a.pos_ in ("NOUN", "PROPN") and a.i != tok.i and any(
                c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in _ORDINALS or any(
                    m.lower_ == "most" for m in c.children))
                for c in a.children):
            return True  # "the worst fighting since 2019", "its second veto since November"
        if a.pos_ in ("VERB", "AUX"):
            # "X was one of the deadliest against the army this year"
            return a.lemma_ == "be" and any(c.dep_ == "attr" and any(
                t.tag_ == "JJS" or t.lower_ in _ORDINALS for t in c.subtree)
                for c in a.children)
    return False


def date_in_own_clause(doc: Doc, trigger: Token, dated: EventDate, published: date | None
                        ) -> EventDate:
    """ "Hundreds protested on Thursday after a student was beaten on Wednesday": an act told
    in an "after"/"before" clause takes the day that clause gives, however near the main
    clause's day is to it."""
    clause = next((a for a in [trigger, *trigger.ancestors] if _after_clause(a)), None)
    if clause is None or dated.start is None:
        return dated
    lo, hi = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
    if lo <= dated.start < hi:
        return dated
    own = resolve_event_date(" " * lo + doc.text[lo:hi], published, anchor=trigger.idx)
    return own if own.text else dated


def _spans_from(since: Token, trigger: Token) -> bool:
    """Whether "since <date>" measures the act at `trigger` ("have detained dozens since June
    2024", "joint operations since 2021": dated from the span's start) or holds it ("since
    November 2021, when bombers struck Kampala")."""
    def clause(tok: Token) -> Token:
        return next((a for a in [tok, *tok.ancestors] if a.pos_ in ("VERB", "AUX") and
                     a.dep_ in _CLAUSE_DEPS), tok)

    own = clause(trigger)
    span = clause(since)
    # "had destroyed four camps and seized weapons since Thursday": one doer's acts in a row,
    # the later conjunct with no subject of its own, are told over the same span
    shared = span.dep_ == "conj" and span.head.i == own.i and span.i > own.i and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in span.children)
    # "have blocked the highway since Monday, demanding ...": a participle with no subject
    # of its own on the spanned verb tells what its doers do all the while
    along = own.dep_ == "advcl" and own.tag_ == "VBG" and own.head.i == span.i and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in own.children)
    return since.is_ancestor(trigger) or span.i in (trigger.i, own.i) or shared or along


def _clause_verb(tok: Token) -> Token:
    """The verb heading the clause `tok` is in (itself if it heads one)."""
    return next((a for a in [tok, *tok.ancestors] if a.pos_ in ("VERB", "AUX") and
                 a.dep_ in _CLAUSE_DEPS), tok)


def _has_subject(verb: Token) -> bool:
    """Whether a clause names its own doer ("and France backed ...", not "and seized ...")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def date_in_own_conjunct(doc: Doc, trigger: Token, dated: EventDate, published: date | None,
                          future: bool) -> EventDate:
    """ "The US recognised the claim in December 2020, and France backed the plan in July
    2024": of two clauses joined with "and", each with a doer of its own, each is dated by
    the day it gives itself, however near the other's day is to its verb (a clause that
    gives no day still takes the other's: "gunmen stormed the post on Monday and they
    killed four"); a later conjunct that gives its own day needs no doer of its own."""
    if not dated.text or dated.start is None or (tok := token_at(doc, dated.start)) is None:
        return dated
    own, other = _clause_verb(trigger), _clause_verb(tok)
    if own.i == other.i:
        return dated
    if other.dep_ == "conj" and other.head.i == own.i and _has_subject(other) and \
            not other.is_ancestor(trigger):
        # the day is in a later conjunct: read the sentence without it
        text = _blanked(doc.text, other.left_edge.idx,
                        other.right_edge.idx + len(other.right_edge))
        found = resolve_event_date(text, published, anchor=trigger.idx, future=future)
    elif own.dep_ == "conj" and own.head.i == other.i:
        # the trigger is in a later conjunct: read that conjunct alone ("seized Goma in
        # January and took Bukavu in February"); with no doer of its own, only a day told
        # for its verb counts ("asked for help under a treaty signed in 2017": not 2017)
        lo, hi = own.left_edge.idx, own.right_edge.idx + len(own.right_edge)
        found = resolve_event_date(" " * lo + doc.text[lo:hi], published, anchor=trigger.idx,
                                   future=future)
        if found.text and not _has_subject(own) and (
                found.start is None or (day := token_at(doc, found.start)) is None or
                _clause_verb(day).i != own.i):
            return dated
        if not found.text and _told_in_the_past(own) and _told_ahead_here(other):
            # "said they would strike on Friday and called on the government to ...": the
            # day is the plan's; the act done gives none of its own
            return EventDate(published, "day" if published else None, None, None, None, False)
    else:
        return dated
    return found if found.text else dated


def _told_ahead_here(verb: Token) -> bool:
    """A verb with "will"/"would" of its own ("would strike on Friday")."""
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children)


def since_of_other_act(doc: Doc, trigger: Token, dated: EventDate, published: date | None,
                        future: bool) -> EventDate:
    """ "blamed the rebels, whose fighters have encircled the city since April", "the worst
    fighting since May 2025": a span's start dates the state it measures or the yardstick
    of a comparison, not the act at hand (read before deciding the act is news at all)."""
    text = doc.text
    for _ in range(3):
        if not dated.text or dated.start is None or (tok := token_at(doc, dated.start)) is None \
                or tok.lower_ != "since":
            return dated
        if _spans_from(tok, trigger) and not (_in_superlative(tok) and
                                              not tok.is_ancestor(trigger)):
            return dated
        text = _blanked(text, tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge))
        dated = resolve_event_date(text, published, anchor=trigger.idx, future=future)
    return dated


def date_of_other_act(doc: Doc, trigger: Token, dated: EventDate, published: date | None,
                       future: bool, cues: dict[str, Any]) -> EventDate:
    """ "They marched on the ministry after a student was shot dead on Thursday": a day told
    inside a clause of another act (`_other_clause`) dates that act, not the one at
    `trigger`; the rest of the sentence is read for the trigger's own day."""
    text = doc.text
    for _ in range(3):  # the next day found may be another act's too
        if not dated.text or dated.start is None or (tok := token_at(doc, dated.start)) is None:
            return dated
        if _PERIOD.search(dated.text) and _in_superlative(tok) and not tok.is_ancestor(trigger):
            # ("the deadliest since 2019, when gunmen stormed ...": that day is the storming's)
            # "the largest arson attack this year", "the deadliest since 2019": a yardstick
            text = _blanked(text, dated.start, dated.start + len(dated.text))
            dated = resolve_event_date(text, published, anchor=trigger.idx, future=future)
            continue
        acl = _participle_of_subject(tok, trigger)
        if acl is not None:
            # "the curfew imposed on Monday was extended on Wednesday": the act told is the
            # main verb's, on its own day (the participle's day dates the act only alone)
            own = resolve_event_date(_blanked(text, acl.left_edge.idx, acl.right_edge.idx +
                                              len(acl.right_edge)),
                                     published, anchor=trigger.idx, future=future)
            return own if own.text else dated
        clause = _other_clause(tok, trigger, cues)
        if clause is None and tok.dep_ == "poss" and \
                trigger.i not in (tok.head.i, tok.head.head.i):
            clause = tok  # "to avoid a repeat of last year's fighting": that fighting's day
        if clause is None:
            return dated
        text = _blanked(text, clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge))
        dated = resolve_event_date(text, published, anchor=trigger.idx, future=future)
    return dated


_WEEKDAY_RE = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_PAST_AUX = {"had", "has", "have", "was", "were", "'d"}


def _told_in_the_past(verb: Token) -> bool:
    """Whether `verb` tells a past act ("travelled", "had arrested", "was seized"), not one
    ahead ("would travel", "is due to meet", "will be seized")."""
    if any(c.tag_ == "MD" for c in verb.children):
        return False
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in _PAST_AUX for c in verb.children)


def past_day_read_forwards(doc: Doc, trigger: Token, dated: EventDate,
                            published: date | None, future: bool) -> EventDate:
    """A plan reads its weekday forwards, but not a weekday told for a past act beside it
    ("travelled to the town on Monday and said the army would send a battalion", "the
    rancher, who was seized on Sunday night, would be freed only when ..."): that Monday is
    behind the report, and so is the day of a past-tense trigger wrongly taken for a plan."""
    if not future or not dated.text or dated.start is None or dated.date is None or \
            published is None or dated.date <= published or \
            not _WEEKDAY_RE.search(dated.text) or (tok := token_at(doc, dated.start)) is None:
        return dated
    verb = next((a for a in [tok, *tok.ancestors] if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or not _told_in_the_past(verb):
        return dated
    # the plan may be told in a later conjunct of the past verb ("... and said ...")
    beside = any(c.dep_ == "conj" and (c.i == trigger.i or c.is_ancestor(trigger))
                 for c in verb.children)
    if verb.i != trigger.i and verb.is_ancestor(trigger) and not beside:
        return dated
    back = resolve_event_date(doc.text, published, anchor=trigger.idx, future=False)
    return back if back.start == dated.start and back.date is not None else dated


def _participle_of_subject(tok: Token, trigger: Token) -> Token | None:
    """The participle clause on the trigger noun holding the date word `tok`, when that noun
    is the subject of a verb saying what became of it ("the curfew imposed on Monday was
    extended on Wednesday"); None otherwise."""
    if trigger.pos_ != "NOUN" or trigger.dep_ not in ("nsubj", "nsubjpass"):
        return None
    return next((a for a in tok.ancestors if a.dep_ == "acl" and a.head.i == trigger.i and
                 a.tag_ == "VBN"), None)


def relative_date(doc: Doc, trigger: Token, dated: EventDate, published: date | None
                   ) -> tuple[EventDate, tuple[int, str, bool] | None]:
    """An act told "a week after" another is dated from the other's day: the day the rest
    of the sentence gives ("Russia on Thursday vetoed ..., two days after a strike killed
    23"), else a shift that `inherit_dates` applies to the last day the story gave."""
    found = _relative_clause(trigger)
    if found is None:
        return _day_beside_measure(doc, trigger, dated, published), None
    clause, governor, count, unit, phrase = found
    lo = min(t.idx for t in clause)
    hi = max(t.idx + len(t) for t in clause)
    if dated.text and dated.start is not None and lo <= dated.start < hi and \
            not phrase.start_char <= dated.start < phrase.end_char:
        return dated, None  # the clause gives its own day
    base = resolve_event_date(_blanked(doc.text, lo, hi), published, anchor=governor.idx)
    here = EventDate(published, "day" if published else None, phrase.text,
                     phrase.start_char, phrase.end_char, False)
    vague = phrase[0].lower_ == "days"
    if base.text and base.date is not None:
        moved = shift_date(base.date, count, unit)
        if moved is None:
            return dated, None
        return replace(here, date=moved[0], precision="week" if vague else moved[1],
                       background=base.background), None
    if vague:
        return dated, None  # some days after an act the story has not dated: nothing to go by
    # "The attack came a week after ...": told against the story's own incident
    of_lead = any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and
                  any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
                  for c in governor.children)
    return here, (count, unit, of_lead)


_MEASURE_BEFORE_RE = re.compile(
    r",\s+(?P<n>an?|one|two|three|four|five|six|\d)\s+(?P<unit>day|week)s?\s+"
    r"(?P<link>before|after)\s+(?:the|a|an|their|its)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def _day_beside_measure(doc: Doc, trigger: Token, dated: EventDate, published: date | None
                        ) -> EventDate:
    """"detained 14 activists on Wednesday, a day before a protest they had called": a noun
    act measured against the day told just before the comma is that day shifted (Thursday),
    also where the parse does not hang the measure on it."""
    if trigger.pos_ != "NOUN":
        return dated
    m = _MEASURE_BEFORE_RE.search(doc.text, max(0, trigger.idx - 40), trigger.idx)
    if m is None:
        return dated
    base = resolve_event_date(doc.text[:m.start()], published, anchor=m.start())
    count = count_of(m.group("n"))
    if not base.text or base.date is None or base.precision != "day" or count is None or \
            base.end is None or m.start() - base.end > 2:
        return dated
    sign = -1 if m.group("link").lower() == "after" else 1
    moved = shift_date(base.date, sign * count, m.group("unit").lower())
    if moved is None:
        return dated
    return EventDate(moved[0], moved[1], doc.text[m.start("n"):m.end("link")], m.start("n"),
                     m.end("link"), base.background)
