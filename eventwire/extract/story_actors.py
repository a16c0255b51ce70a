"""Story-level actor passes: what one sentence leaves open, the rest of the story settles.

Each pass takes an article's events in order and fills or corrects actors from the others: a
claim of responsibility names the doer of the attack it claims; an act told again ("the
attack") keeps the doer and target first told; a release with no releaser is by the last
arrester; a warning to "anyone who ..." in a protest story is aimed at the crowd; people in a
story about protests who are hurt or held are protesters.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import date

from spacy.tokens import Span, Token

from eventwire.extract.arguments import phrase
from eventwire.extract.ontology import apply_mappings
from eventwire.model import Actor, Event


def claimed_doers(events: list[Event]) -> None:
    """An attack a named group claims is that group's in every sentence about it, even where
    only its victims are named ("12 soldiers were killed in the attack"): attacks with no doer
    within a day of the claimed one take the group, unless they hit the group's own kind
    (no span: the sentence does not name it)."""
    found = _claiming_group(events)
    if found is None:
        return
    doer, days = found
    for ev in events:
        if ev.event_type != "ASSAULT" or ev.actor1 is not None or not _claimable(ev, doer):
            continue
        if ev.date is None or any(d is not None and abs((ev.date - d).days) <= 1 for d in days):
            ev.actor1 = replace(doer, start=None, end=None)


def _claiming_group(events: list[Event]) -> tuple[Actor, list[date | None]] | None:
    """The named group the story's claims of attacks name most, and the days of the claims."""
    claims = [ev for ev in events if ev.event_type == "ASSAULT" and ev.status == "claimed"
              and ev.actor1 is not None and ev.actor1.code and "." not in ev.actor1.code]
    if not claims:
        return None
    group = Counter(c.actor1.code for c in claims if c.actor1).most_common(1)[0][0]
    doer = next(c.actor1 for c in claims if c.actor1 and c.actor1.code == group)
    return doer, [c.date for c in claims]


def _claimable(ev: Event, doer: Actor) -> bool:
    """A reported or claimed attack the group could have made: not on itself or its kind
    ("two militants were killed in a gunfight": the group's own side)."""
    return ev.status in ("reported", "claimed") and not (
        ev.actor2 is not None and (ev.actor2.code == doer.code or
                                   ev.actor2.sector == doer.sector))


# Sectors of armed men a story describes without naming their group ("militants", "separatist
# rebels", "the attackers"): the group that claims the attack is who they are.


# Sectors of armed men a story describes without naming their group ("militants", "separatist
# rebels", "the attackers"): the group that claims the attack is who they are.
_UNNAMED_ARMED = {"REBEL", "INSURGENT", "OTHER"}


def claimed_described_doers(events: list[Event]) -> None:
    """An attack whose doer the story only describes as armed men of the claiming group's
    country, within a day of the claim ("Militants ambushed an army vehicle ... The Resistance
    Front claimed responsibility"), is the group's: the words stay, the identity is the
    group's. Run once groups have their local branch and country ("JNIM" in Benin is BEN)."""
    found = _claiming_group(events)
    if found is None:
        return
    doer, days = found
    for ev in events:
        a = ev.actor1
        if ev.event_type != "ASSAULT" or a is None or not a.code or "." not in a.code or \
                a.sector not in _UNNAMED_ARMED or not doer.country or \
                a.country != doer.country or not _claimable(ev, doer):
            continue
        if ev.date is None or any(d is not None and abs((ev.date - d).days) <= 1 for d in days):
            ev.actor1 = replace(a, name=doer.name, country=doer.country, sector=doer.sector,
                                code=doer.code)


def told_doers(events: list[Event], told: set[int]) -> None:
    """An attack named as one already told ("Sunday's ambush", "the barracks attack") is the
    last attack of its day the story gave a doer, unless that doer is its own target (no
    span: the words do not name the doer)."""
    for i, ev in enumerate(events):
        if id(ev) not in told or ev.actor1 is not None:
            continue
        before = next((e for e in reversed(events[:i]) if e.event_type == "ASSAULT"
                       and e.date == ev.date and e.status in ("reported", "claimed")), None)
        doer = before.actor1 if before is not None else None
        if doer is not None and doer.sector and not (
                ev.actor2 is not None and (ev.actor2.country, ev.actor2.sector) == (
                    doer.country, doer.sector)):
            ev.actor1 = replace(doer, start=None, end=None)
            apply_mappings(ev)


def continued_doers(events: list[Event]) -> None:
    """A sentence that goes on about the attack just told, with no day and no doer of its own
    ("Two of the dead were children, and five others were wounded"), is that attack's: it
    takes its doer (no span: the words do not name it)."""
    for before, ev in zip(events, events[1:], strict=False):
        doer = before.actor1
        if ev.event_type != "ASSAULT" or ev.actor1 is not None or ev.date_text or \
                ev.status != "reported" or before.event_type != "ASSAULT" or \
                doer is None or not doer.sector or before.date != ev.date or (
                    ev.actor2 is not None and (ev.actor2.country, ev.actor2.sector) == (
                        doer.country, doer.sector)):
            continue
        ev.actor1 = replace(doer, start=None, end=None)
        apply_mappings(ev)


def told_targets(events: list[Event], told: set[int]) -> None:
    """An attack named as one already told ("JNIM claimed the attack", "the toll from
    Sunday's attack rose to 14") hit whom the last attack of its day the story told hit,
    unless that is the claimant itself (no span: the words do not name the target)."""
    for i, ev in enumerate(events):
        if id(ev) not in told or ev.actor2 is not None:
            continue
        before = next((e for e in reversed(events[:i]) if e.event_type == "ASSAULT"
                       and e.actor2 is not None and e.actor2.sector and e.date == ev.date
                       and e.status in ("reported", "claimed")), None)
        target = before.actor2 if before is not None else None
        if target is not None and not (ev.actor1 is not None and (
                ev.actor1.country, ev.actor1.sector) == (target.country, target.sector)):
            ev.actor2 = replace(target, start=None, end=None)
            apply_mappings(ev)


# Who a warning is to, told by what they may do: "warned that anyone who loots will be punished"
ANYONE_WORDS = frozenset({"anyone", "anybody", "whoever", "those"})


def anyone_warned(verb: Token) -> Span | None:
    """"warned that anyone caught looting would be prosecuted": the warning's clause names
    whom it threatens by a deed, not by a name (who they are is for the story to tell)."""
    for clause in verb.children:
        if clause.dep_ not in ("ccomp", "xcomp"):
            continue
        for tok in clause.subtree:
            if tok.lower_ in ANYONE_WORDS and tok.dep_ in ("nsubj", "nsubjpass", "dobj",
                                                           "pobj") and (
                    tok.lower_ != "those" or any(c.dep_ in ("relcl", "acl", "prep")
                                                 for c in tok.children)):
                return phrase(tok, with_conj=False)
    return None


def warned_crowds(events: list[Event]) -> None:
    """Whom a warning names only by a deed ("anyone who joins the march") is, in a story of
    protests, the crowd that protests; in another story the words name no one."""
    crowds = [ev.actor1 for ev in events if ev.event_type == "PROTEST"
              and ev.actor1 is not None and ev.actor1.sector == "PROTESTER"]
    for ev in events:
        a = ev.actor2
        if ev.event_type != "THREATEN" or a is None or a.code is not None or not a.text or \
                a.text.split()[0].lower() not in ANYONE_WORDS:
            continue
        crowd = crowds[-1] if crowds else None
        ev.actor2 = None if crowd is None else replace(
            a, name=crowd.name, country=crowd.country, sector=crowd.sector, code=crowd.code)


# Words of a release: "nine were released", "the two men were handed back"


# Words of a release: "nine were released", "the two men were handed back"
RELEASE_WORDS = re.compile(r"\b(?:releas|freed|free\b|frees\b|hand(?:ed|ing|s)? back)", re.I)


def releasers(events: list[Event]) -> None:
    """"Nine were released on Friday": a release that names no one who frees the people is
    done by whoever the story said held them, the doer of the last arrest told before it."""
    for i, ev in enumerate(events):
        if ev.event_type != "CONCEDE" or ev.actor1 is not None or \
                not RELEASE_WORDS.search(ev.trigger or ""):
            continue
        holder = next((e.actor1 for e in reversed(events[:i]) if e.event_type == "COERCE"
                       and e.mode == "arrest" and e.actor1 is not None and e.actor1.code), None)
        if holder is not None:
            ev.actor1 = replace(holder, start=None, end=None)


def protesters_throughout(events: list[Event]) -> None:
    """The crowd that rallies is protesters in every act the same words do ("supporters
    rallied, accusing the government"), not only in the protest itself."""
    crowds = {(ev.actor1.start, ev.actor1.end): ev.actor1 for ev in events
              if ev.event_type == "PROTEST" and ev.actor1 is not None
              and ev.actor1.start is not None and ev.actor1.sector == "PROTESTER"}
    for ev in events:
        for k in ("actor1", "actor2"):
            a = getattr(ev, k)
            crowd = crowds.get((a.start, a.end)) if a is not None else None
            if crowd is not None and a.sector != "PROTESTER":
                setattr(ev, k, replace(a, name=crowd.name, country=crowd.country,
                                       sector=crowd.sector, code=crowd.code))


# A force's post or column told again by its bare noun ("the post", "the convoy").
_THE_POST = re.compile(r"\bthe (?:\w+ )?(?:post|outpost|checkpoint|base|camp|station|barracks|"
                       r"convoy|patrol|vehicle)s?\b", re.I)
_FORCES = ("MIL", "POLICE")


def struck_posts_again(events: list[Event]) -> None:
    """"Gunmen attacked a police post in X ... The attackers fired at the post from a car":
    an attack with no target, told again of "the post" (or "the convoy"), hits the force the
    story's attack on a force hit (no span: the words name the post, not the force)."""
    hit = [ev.actor2 for ev in events if ev.event_type == "ASSAULT" and ev.actor2 is not None
           and ev.actor2.sector in _FORCES and not (ev.actor1 is not None and
                                                     ev.actor1.sector in _FORCES)]
    if not hit or len({a.code for a in hit}) != 1:
        return  # no force attacked, or several: which one the post is, is unsaid
    for ev in events:
        if ev.event_type != "ASSAULT" or ev.actor2 is not None or not ev.mentions or \
                (ev.actor1 is not None and ev.actor1.sector in _FORCES):
            continue
        if _THE_POST.search(ev.mentions[0].sentence):
            ev.actor2 = replace(hit[0], start=None, end=None)


# A claim named by its noun: "rejected the claim", "a claim the army rejected", "denied the
# accusation", "called the accusations groundless".
_CLAIM_NOUN = r"(?:claim|accusation|allegation|suggestion|charge|version)s?"
_CLAIM_AFTER = re.compile(r"\W*(?:the|this|that|these|those|such|their|its|his|her)\s+"
                          r"(?:[\w-]+\s+)?" + _CLAIM_NOUN + r"\b", re.I)
_CLAIM_BEFORE = re.compile(r"\b(?:a|an|the)\s+" + _CLAIM_NOUN + r",?\s+(?:that\s+|which\s+)?"
                           r"(?:[\w'\u2019-]+\s+){1,5}$", re.I)
_CLAIM_TRIGGER = re.compile(r"^" + _CLAIM_NOUN + r"$", re.I)
_DENIALS = ("REJECT", "ACCUSE")
_STATE = ("GOV", "MIL", "POLICE", "JUDICIARY")


def denies_claim(ev: Event) -> bool:
    """The act is a denial of a claim told by its noun, not of the claimant by name: "the
    ministry rejected the claim", "a claim the army denied", "said the accusation was absurd"."""
    m = ev.mentions[0] if ev.mentions else None
    if ev.event_type not in _DENIALS or m is None or m.trigger_span is None:
        return False
    start, end = (i - m.sentence_start for i in m.trigger_span)
    trig = m.sentence[start:end]
    if _CLAIM_TRIGGER.match(trig):
        return m.sentence[:start].rstrip().lower().endswith("the")
    return bool(_CLAIM_AFTER.match(m.sentence[end:]) or _CLAIM_BEFORE.search(m.sentence[:start]))


def _same_side(a: Actor | None, b: Actor) -> bool:
    """One actor, or one state's organs: a government does not deny its own forces' claim."""
    return a is not None and a.country == b.country and (
        a.sector == b.sector or (a.sector in _STATE and b.sector in _STATE))


def denied_claimants(events: list[Event]) -> None:
    """A claim denied by its noun ("Belarus denied the accusation", "rebels said they had
    killed five soldiers, a claim the army rejected") is aimed at whoever made it: the last
    accuser the story told, or the doer of an attack told in the same or the sentence before
    (no span: the words name the claim, not the claimant)."""
    starts = sorted({ev.mentions[0].sentence_start for ev in events if ev.mentions})
    for i, ev in enumerate(events):
        if ev.actor2 is not None or not denies_claim(ev):
            continue
        at = starts.index(ev.mentions[0].sentence_start)
        near = set(starts[max(at - 1, 0):at + 1])
        before = [e for e in events[:i] if e.mentions] + [
            e for e in events[i + 1:] if e.mentions and
            e.mentions[0].sentence_start == ev.mentions[0].sentence_start]
        before.sort(key=lambda e: e.mentions[0].sentence_start)
        claimant = next((e.actor1 for e in reversed(before) if e is not ev and
                         e.actor1 is not None and e.actor1.code and
                         not _same_side(ev.actor1, e.actor1) and (
                             e.event_type == "ACCUSE" or e.event_type == "ASSAULT" and
                             e.mentions[0].sentence_start in near)), None)
        if claimant is not None:
            ev.actor2 = replace(claimant, start=None, end=None)
            apply_mappings(ev)


# Who a vow of pursuit names by their deed: "those responsible", "the perpetrators".
_PERPETRATORS = re.compile(r"\b(?:those|anyone|whoever)\s+(?:responsible|behind|who\s+(?:carried"
                           r"\s+out|sent|planned|ordered|committed))\b|\bthe\s+(?:perpetrators|"
                           r"attackers|killers|assailants|culprits)\b", re.I)


def pursued_doers(events: list[Event]) -> None:
    """A vow to hunt down "those responsible" (or "the perpetrators") threatens whoever the
    story says did the attack: the doer of the last attack told before, not the vower's own
    side (no span: the words name the deed, not the doer)."""
    doers: list[Actor] = []
    for ev in events:
        if ev.event_type == "ASSAULT" and ev.actor1 is not None and ev.actor1.code:
            doers.append(ev.actor1)
        if ev.event_type != "THREATEN" or ev.actor2 is not None or not ev.mentions or \
                not _PERPETRATORS.search(ev.mentions[0].sentence):
            continue
        doer = next((d for d in reversed(doers) if not _same_side(ev.actor1, d)), None)
        if doer is not None:
            ev.actor2 = replace(doer, start=None, end=None)
            apply_mappings(ev)
