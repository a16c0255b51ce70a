"""Which triggers of a sentence report one incident, and which figures belong to it.

"A car bomb in Sadr City killed 28, and another car blew up in al-Rasheed, killing six" holds
two incidents: triggers close in the dependency parse (clause links cost more) form one, bare
casualty verbs join the nearest incident of violence, and each figure goes to the incident
nearest its anchor word. Once built, two events of one doer in one clause are merged into one
act, and an attack that is only threatened becomes a threat of force.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.extract.arguments import INSTRUMENTS, Arguments
from eventwire.extract.casualties import Figure
from eventwire.extract.triggers import TriggerMatch
from eventwire.model import Event

# Verbs that only report harm: they join the incident they belong to instead of being one.
CASUALTY_ONLY = {"kill", "wound", "injure", "die", "killing"}
ABDUCTIONS = {"abduct", "kidnap"}
HEAVY_EDGES = {"conj", "parataxis", "ccomp", "advcl"}
SHARED_SUBJECT = {"conj", "xcomp", "advcl"}  # a verb hanging on another by these shares its doer


def primary_trigger(group: list[TriggerMatch]) -> TriggerMatch:
    """The trigger that names the incident best: not a bare casualty verb, specific mode,
    phrase over word."""
    return max(
        group,
        key=lambda m: (
            m.entry.lemmas[0] not in CASUALTY_ONLY,
            m.entry.mode is not None,
            m.entry.priority,
            -m.head.i,
        ),
    )


def tree_distance(a: Token, b: Token, limit: int = 8) -> int:
    """Weighted path length between two tokens; clause links (conj, ccomp) cost more."""

    def ancestors(t: Token) -> dict[int, int]:
        out, cost, cur = {t.i: 0}, 0, t
        while cur.head.i != cur.i and cost <= limit:
            cost += 3 if cur.dep_ in HEAVY_EDGES else 1
            cur = cur.head
            out[cur.i] = cost
        return out

    da, db = ancestors(a), ancestors(b)
    common = [da[i] + db[i] for i in da.keys() & db.keys()]
    return min(common) if common else 99


def _clause_no(tok: Token) -> int:
    """Which semicolon clause of its sentence a word is in ("four were killed ...; in Y, a
    drone hit ...": the four are not Y's)."""
    return tok.doc.text.count(";", 0, tok.idx)


def group_triggers(matches: list[TriggerMatch]) -> list[list[TriggerMatch]]:
    """Triggers that report one incident: same type and close in the parse; bare casualty
    verbs join the nearest incident of violence, one of their own semicolon clause first."""
    main = [
        m
        for m in matches
        if not (m.entry.lemmas[0] in CASUALTY_ONLY and m.entry.event_type == "ASSAULT")
    ]
    casualty = [m for m in matches if m not in main]
    groups: list[list[TriggerMatch]] = []

    for m in sorted(main, key=lambda m: m.head.i):
        for g in groups:
            if g[0].entry.event_type == m.entry.event_type and any(
                tree_distance(m.head, o.head) <= 2 or _when_clause(m.head, o.head) for o in g
            ):
                g.append(m)
                break
        else:
            groups.append([m])
    for m in casualty:
        best = min(
            (
                (_clause_no(m.head) != _clause_no(o.head), tree_distance(m.head, o.head), gi)
                for gi, g in enumerate(groups)
                for o in g
                if o.entry.event_type == "ASSAULT" and not _other_victims(m.head, o.head)
            ),
            default=None,
        )
        if best is not None and best[1] <= 8:
            groups[best[2]].append(m)
        else:
            joined = next(
                (
                    g
                    for g in groups
                    if g[0].entry.lemmas[0] in CASUALTY_ONLY
                    and tree_distance(m.head, g[0].head) <= 4
                ),
                None,
            )
            if joined is not None:
                joined.append(m)
            else:
                groups.append([m])
    return groups


def _when_clause(inner: Token, outer: Token) -> bool:
    """The later act is told in a "when" clause whose subject is a weapon: "an air strike
    killed 21 people when a bomb hit a school" is one strike, told twice (the parser may hang
    the clause anywhere). A clause with a doer of its own ("when gunmen stormed ...") is not."""
    verb = _clause_verb(inner)
    if outer.i > inner.i or verb.dep_ not in ("advcl", "relcl") or not any(
            c.lower_ == "when" and c.dep_ in ("advmod", "mark") for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is None or subj.lemma_.lower() in INSTRUMENTS


def _other_victims(killing: Token, act: Token) -> bool:
    """"killed nine farmers and abducted four women": a killing and an abduction told of
    different people, in coordinated verbs, are two acts (an abduction of the same people,
    "abducted and killed six women", stays one)."""
    if act.lemma_.lower() not in ABDUCTIONS or killing.lemma_.lower() not in CASUALTY_ONLY or \
            killing.pos_ != "VERB" or act.pos_ != "VERB" or \
            not (killing.dep_ == "conj" and killing.head.i == act.i or
                 act.dep_ == "conj" and act.head.i == killing.i):
        return False
    objects = [next((c for c in v.children if c.dep_ in ("dobj", "obj")), None)
               for v in (killing, act)]
    return all(o is not None for o in objects) and objects[0].i != objects[1].i


def merge_bare(
    groups: list[list[TriggerMatch]], argmap: dict[int, Arguments]
) -> list[list[TriggerMatch]]:
    """A trigger with no actors of its own repeats another incident of the same type in the
    sentence ("three bombings ... extending a spate of attacks"): fold it in."""

    def bare(g: list[TriggerMatch]) -> bool:
        return all(argmap[m.head.i].actor1 is None and argmap[m.head.i].actor2 is None for m in g)

    def recap(g: list[TriggerMatch]) -> bool:
        """ "in the deadliest attack on the city": a superlative sums up, it adds nothing."""
        return any(
            m.head.pos_ == "NOUN"
            and any(
                c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in ("latest", "recent"))
                for c in m.head.children
            )
            for m in g
        )

    out: list[list[TriggerMatch]] = []
    for g in groups:
        same = [
            o
            for o in groups
            if o is not g and o[0].entry.event_type == g[0].entry.event_type and not recap(o)
        ]
        if (
            same
            and (bare(g) or recap(g))
            and not all(m.entry.lemmas[0] in CASUALTY_ONLY for m in g)
        ):
            target = min(same, key=lambda o: abs(o[0].head.i - g[0].head.i))
            if not bare(target) or target in out:
                target.extend(g)
                continue
        out.append(g)
    return [g for g in out if g]


def assign_figures(
    doc: Doc, groups: list[list[TriggerMatch]], figures: list[Figure]
) -> dict[int, list[Figure]]:
    """Each figure goes to the incident nearest its anchor word in the parse, one of its own
    semicolon clause first ("In X, four were killed when a missile struck; in Y, a drone hit
    a block": the four are X's)."""
    out: dict[int, list[Figure]] = {}
    if not groups:
        return out
    for f in figures:
        tok = token_at(doc, f.anchor)
        if tok is None:
            continue
        costs = [
            (min((_clause_no(m.head) != _clause_no(tok), tree_distance(tok, m.head))
                 for m in g), gi)
            for gi, g in enumerate(groups)
            if any(m.entry.event_type == "ASSAULT" for m in g)
        ]
        if not costs:
            continue
        (_, cost), gi = min(costs)
        if cost < 99:
            bucket = out.setdefault(gi, [])
            if not any(b.kind == f.kind for b in bucket):
                bucket.append(f)
    return out


def merge_repeats(built: list[tuple[Event, Token]]) -> list[Event]:
    """Two triggers of one type and status in a clause, or in verbs sharing one subject, report
    one act ("condemned the violence and accused extremists of ...", "stormed the camp and set
    fire to shelters"), and so does a claim with what it says the fighters did ("IS claimed
    the attack, saying its fighters had targeted ..."): the first keeps what it lacks from the
    second. Acts with their own subjects, figures, places or dates stay apart ("one was shot
    dead and another detonated his vest"; "a car bomb in Sadr City killed 28, and another ...
    six")."""
    out: list[tuple[Event, Token]] = []
    for ev, head in built:
        twin = next((o for o, h in out if (_one_clause(h, head) or o.status == ev.status ==
                                           "claimed") and _repeats(o, ev) and not
                     _other_victims(h, head) and not _other_victims(head, h)), None)
        if twin is None:
            out.append((ev, head))
            continue
        for name in ("actor1", "actor2", "location", "fatalities", "injured", "casualties_text"):
            if getattr(twin, name) is None:
                setattr(twin, name, getattr(ev, name))
        mine, theirs = twin.mentions[0], ev.mentions[0]
        for name in ("actor1_span", "actor2_span", "location_span"):
            if getattr(mine, name) is None:
                setattr(mine, name, getattr(theirs, name))
        mine.figure_spans += theirs.figure_spans
        twin.rule = " + ".join(dict.fromkeys(f"{twin.rule} + {ev.rule}".split(" + ")))
    return [ev for ev, _ in out]


def threats_of_force(events: list[Event]) -> list[Event]:
    """An attack someone threatens or vows ("threatened to strike Beirut", "vowed to wipe out
    the jihadists") is a threat of force, THREATEN (ONTOLOGY.md), not an attack: it becomes
    one, or folds into the THREATEN the sentence already reports by the same side."""
    out: list[Event] = []
    for ev in events:
        if ev.event_type != "ASSAULT" or ev.status != "threatened":
            out.append(ev)
            continue
        threat = next((o for o in events if o.event_type == "THREATEN" and _same_doer(o, ev)),
                      None)
        if threat is not None:
            if threat.actor2 is None:
                threat.actor2 = ev.actor2
                threat.mentions[0].actor2_span = ev.mentions[0].actor2_span
            continue
        ev.event_type, ev.status, ev.mode = "THREATEN", "reported", None
        ev.fatalities = ev.injured = None
        out.append(ev)
    return out


def _clause_verb(tok: Token) -> Token:
    while tok.pos_ not in ("VERB", "AUX") and tok.dep_ != "ROOT":
        tok = tok.head
    return tok


def _one_clause(a: Token, b: Token) -> bool:
    """The same verb, or the later verb hangs on the first with no subject or conjunction of
    its own: coordinated ("condemned ... and accused"), purpose ("intervened to break up") or
    participle ("built up its forces, sending in troops")."""
    va, vb = _clause_verb(a), _clause_verb(b)
    first, up = sorted((va, vb), key=lambda t: t.i)
    while up.i != first.i:
        if up.dep_ not in SHARED_SUBJECT or up.head.i == up.i or any(
                c.dep_ in ("nsubj", "nsubjpass", "mark") for c in up.children):
            return False
        up = up.head
    return True


def _repeats(a: Event, b: Event) -> bool:
    if a.event_type != b.event_type or a.status != b.status or (a.date, a.date_precision) != (
            b.date, b.date_precision):
        return False
    if (a.fatalities is not None or a.injured is not None) and (
            b.fatalities is not None or b.injured is not None):
        return False
    if a.location and b.location and a.location.name != b.location.name:
        return False
    return _same_doer(a, b)


def _same_doer(a: Event, b: Event) -> bool:
    x, y = a.actor1, b.actor1
    if x is None or y is None or x.code is None or y.code is None or x.code == y.code:
        return True
    return x.country is not None and (x.country, x.sector) == (y.country, y.sector)


def token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def rehome_figures(figures: list[Figure], events: list[Event], offset: int) -> None:
    """Figures whose incident turned out to be no event ("the deadliest attack on the city")
    go to the sentence's violent event that lacks them."""
    for f in figures:
        field_name = "fatalities" if f.kind == "killed" else "injured"
        ev = next(
            (e for e in events if e.event_type == "ASSAULT" and getattr(e, field_name) is None),
            None,
        )
        if ev is None:
            continue
        setattr(ev, field_name, f.count)
        ev.casualties_text = "; ".join(filter(None, [ev.casualties_text, f.text]))
        ev.mentions[0].figure_spans.append((offset + f.start, offset + f.end))
