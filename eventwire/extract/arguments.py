"""Who did what to whom, read off the dependency parse (not word distance).

For a trigger word this finds the doer (actor1) and the target (actor2) through active and
passive voice, prepositional objects, relative clauses, participles and control verbs, and
the prepositional phrases that may carry the event's place.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

SUBJ = {"nsubj", "csubj"}
OBJ = {"dobj", "obj"}
TARGET_PREPS = {"on", "against", "at", "with", "upon", "into", "toward", "towards"}
PLACE_PREPS = {"in", "near", "outside", "at", "around", "across", "inside", "into", "on",
               "throughout", "from", "of", "to", "toward", "towards", "south", "north", "east",
               "west", "southeast", "southwest", "northeast", "northwest", "within", "along",
               "over"}
OBJECT_TARGET_PREPS = {"with", "against", "on", "upon"}
# Taking ground "from" someone: the one it is taken from is the target.
CAPTURE_VERBS = {"capture", "recapture", "seize", "take", "retake", "wrest", "win", "grab"}
TERRITORY_NOUNS = {"territory", "ground", "control", "area", "land", "town", "city", "village",
                   "district", "position", "base", "hill", "hilltop", "neighbourhood",
                   "neighborhood", "stronghold", "swathe", "swath", "part", "most", "much"}
REL_PRONOUNS = {"who", "which", "that", "whom"}
# Days and times that take a possessive before an event noun ("Sunday's attack").
TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
              "today", "yesterday", "tonight", "week", "month", "year", "weekend", "night"}
# Verbs that report what someone said, and the speech acts a speaker goes on to make in the
# same sentence ("said ... and warned that"): the speaker, not the reported clause, acts.
REPORT_VERBS = {"say", "tell", "announce", "state", "add", "write"}
SPEAKER_ACTS = {"warn", "urge", "call", "appeal", "vow", "demand", "ask", "pledge", "promise",
                "insist", "accuse", "condemn", "criticise", "criticize", "denounce"}
# "issued a statement urging restraint": the participle tells what the statement says, and
# whoever issued it is the doer.
STATEMENT_NOUNS = {"statement", "letter", "resolution", "communique", "message", "speech",
                   "post", "video", "declaration", "appeal", "address", "note"}
# Verbs whose object is an event someone carries out: "launched an offensive".
LIGHT_VERBS = {"launch", "carry", "conduct", "stage", "hold", "mount", "order", "step", "make",
               "wage", "begin", "start", "continue", "resume", "intensify", "fire", "impose",
               "declare", "lead", "unleash", "claim", "announce", "use", "deploy", "join",
               "pursue", "press", "throw", "hurl", "lob", "drop"}
def _forms(lemmas: set[str]) -> frozenset[str]:
    from eventwire.extract.triggers import inflections

    return frozenset(f for lemma in lemmas for f in inflections(lemma)) | {
        "held", "began", "begun", "led", "made", "took", "fired"}


# Verbs of being in a state: "X remains under house arrest"
HELD_STATES = {"remain", "be", "stay", "live"}
# Verbs whose object is an attack suffered, not made: "repelled an attack on its post".
REPEL_VERBS = {"repel", "repulse", "withstand"}
LIGHT_FORMS = _forms(LIGHT_VERBS)  # by surface form too: the lemmatiser reads "waging" as "wag"
# Phrase-internal objects: "fired tear gas ON migrants" keeps the target in the preposition.
NOUN_DOER_DEPS = {"poss", "amod", "compound", "nmod"}


@dataclass
class Arguments:
    actor1: Span | None = None
    actor2: Span | None = None
    dobj: Token | None = None
    passive: bool = False
    places: list[Token] = field(default_factory=list)  # heads of locative phrases
    anchor_verb: Token | None = None
    fallback_actor1: Span | None = None  # subject of the clause around a nominal trigger
    alternates: list[Span] = field(default_factory=list)  # other targets, in preference order
    # targets inside the object phrase: "suspended talks WITH Russia", "sanctions AGAINST X"
    object_targets: list[Span] = field(default_factory=list)
    # tried after all the others: the light verb's other targets, victims of a casualty verb
    late_targets: list[Span] = field(default_factory=list)
    # for verbal acts only: whom the clause above acts on ("summoned X to complain", "imposed
    # sanctions on X, accusing them of"); whom an appeal is addressed to ("appealed to X",
    # "called for X to resign")
    host_targets: list[Span] = field(default_factory=list)


def phrase(tok: Token, with_conj: bool = True) -> Span:
    """The noun phrase headed by tok: its modifiers and 'of' complements, without relative
    clauses, appositions, or long prepositional tails; coordinated nouns unless told not."""
    doc = tok.doc
    keep = [tok]
    for child in tok.lefts:
        if child.dep_ in ("det", "predet", "amod", "compound", "poss", "nmod", "nummod",
                          "quantmod", "npadvmod", "case", "punct") or child.dep_ == "advmod":
            keep.extend(child.subtree)
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ == "of" and any(
                g.dep_ == "pcomp" for g in child.children):
            continue  # "accused the staff [of spying]": the charge, not part of the name
        if child.dep_ == "prep" and child.lower_ == "of":
            # "hundreds of students [protesting outside parliament]": the complement's own
            # phrase, without its clauses (whose nouns would pass for the actor's sector)
            keep.append(child)
            for g in child.children:
                keep.extend(phrase(g, with_conj) if g.dep_ == "pobj" else g.subtree)
        elif child.dep_ in ("compound", "case"):
            keep.extend(child.subtree)
        elif with_conj and child.dep_ in ("conj", "cc"):
            keep.extend(_conj_subtree(child))
    lo = min(t.i for t in keep)
    hi = max(t.i for t in keep)
    # Never span a clause boundary.
    while lo < tok.i and doc[lo].is_punct:
        lo += 1
    while hi > tok.i and doc[hi].is_punct:
        hi -= 1
    return doc[lo : hi + 1]


def _conj_subtree(tok: Token) -> list[Token]:
    out = [tok]
    for child in tok.children:
        if child.dep_ not in ("relcl", "acl", "appos", "prep", "punct"):
            out.extend(child.subtree)
    return out


def _subject(verb: Token, depth: int = 0) -> tuple[Token | None, bool]:
    """(subject token, is passive subject) of a verb, inherited through control and
    coordination when the verb has none of its own."""
    for child in verb.children:
        if child.dep_ in SUBJ:
            if child.lower_ in REL_PRONOUNS and verb.dep_ == "relcl":
                return verb.head, False
            if child.lower_ in PERSON_PRONOUNS and not any(
                    c.dep_ == "conj" for c in child.children):  # "he and X" stays
                return _named_person_above(verb) or child, False
            return child, False
        if child.dep_ in ("nsubjpass", "csubjpass"):
            if child.lower_ in REL_PRONOUNS and verb.dep_ == "relcl":
                return verb.head, True
            if child.lower_ == "they" and (host := _host_subject(verb)) is not None:
                return host, True
            return child, True
    if depth > 3:
        return None, False
    if verb.dep_ == "relcl":
        return verb.head, False
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in \
            STATEMENT_NOUNS and verb.head.dep_ in ("dobj", "obj"):
        return _subject(verb.head.head, depth + 1)  # "X issued a statement urging ..."
    if verb.dep_ == "acl":  # "fighters killed by ..." (passive) / "forces attacking ..." (active)
        return verb.head, verb.tag_ == "VBN" and verb.lemma_.lower() not in INTRANSITIVE_VERBS
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ in (
            "by", "after", "before", "while", "in") and verb.head.head.pos_ in ("VERB", "AUX"):
        # "X responded by condemning ...", "X left after signing ...": the same doer
        subj, was_passive = _subject(verb.head.head, depth + 1)
        return (None, False) if was_passive else (subj, False)
    if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.dep_ == "acomp":
        return _subject(verb.head.head, depth + 1)  # "X is due to visit", "X is ready to talk"
    if _speaker_act(verb):
        return _subject(verb.head.head, depth + 1)  # "X said the strike was illegal and urged"
    if verb.dep_ in ("xcomp", "advcl", "conj") and verb.head.pos_ in ("VERB", "AUX"):
        if _misread_participle(verb.head):
            # "ambushed a convoy escorting tankers, killing 12": the ambush kills
            return _subject(verb.head.head, depth + 1)
        subj, was_passive = _subject(verb.head, depth + 1)
        if verb.dep_ == "advcl" and was_passive and _infinitive(verb):
            # "troops were sent to retake it": whoever is sent is who retakes
            return subj, False
        if verb.dep_ == "advcl" and was_passive:
            # "were killed ..., sparking" - the doer of the participle is not the victims
            return _agent(verb.head), False
        return subj, was_passive if verb.dep_ == "conj" else False
    return None, False


def _host_subject(verb: Token) -> Token | None:
    """The noun subject of the clause a "when"/"as" clause hangs on: "the villagers were
    returning home when they were attacked": "they" are the villagers."""
    if verb.dep_ != "advcl" or verb.head.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "as", "while")
            for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")
                 and c.pos_ in ("NOUN", "PROPN")), None)


def _speaker_act(verb: Token) -> bool:
    """A speech act coordinated with the clause a speaker reports: "X said the strike was
    illegal and urged workers to return". The parser hangs "urged" on the reported clause,
    but the one who urges is the speaker; the same tense as the reporting verb marks it."""
    report = verb.head.head
    return verb.dep_ == "conj" and verb.lemma_.lower() in SPEAKER_ACTS and \
        verb.head.dep_ == "ccomp" and report.pos_ == "VERB" and \
        report.lemma_.lower() in REPORT_VERBS and verb.tag_ == report.tag_


def _infinitive(verb: Token) -> bool:
    """A "to" purpose clause ("sent to retake"), not a participle ("killed, sparking")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def clause_subject(verb: Token) -> tuple[Token | None, bool]:
    """(subject, is passive) of a verb, inherited through control and coordination."""
    return _subject(verb)


def agent_of(verb: Token) -> Token | None:
    """The "by" agent of a passive verb or participle ("a plan drawn up by X")."""
    return _agent(verb)


def _agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            for g in child.children:
                if g.dep_ == "pobj":
                    return g
    return None


def _objects(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in OBJ:
            return child
    for child in verb.children:
        if _misread_participle(child):
            return next(c for c in child.children if c.dep_ == "nsubj")
    return _after_result_word(verb)


# Result words put between a verb and its object: "shot dead a shopkeeper".
RESULT_WORDS = {"dead"}


def _after_result_word(verb: Token) -> Token | None:
    """The object behind a result word the parser read as a preposition: "gunmen shot dead a
    shopkeeper" parsed as "dead [a shopkeeper]" (the one shot is the object)."""
    for child in verb.children:
        if child.lower_ in RESULT_WORDS and child.dep_ in ("prep", "advmod", "acomp", "oprd"):
            found = next((g for g in child.children if g.dep_ in ("pobj", "dobj")), None)
            if found is not None:
                return found
    return None


def _misread_participle(verb: Token) -> bool:
    """A participle the parser read as a clause of its own: "ambushed [an army convoy]
    escorting tankers" parsed with "convoy" as the subject of "escorting". The noun is the
    object of the verb above, and what hangs on the participle belongs to that verb."""
    return verb.dep_ == "ccomp" and verb.tag_ == "VBG" and verb.head.pos_ == "VERB" and \
        not any(c.dep_ in ("aux", "auxpass") for c in verb.children) and \
        not any(c.dep_ in OBJ for c in verb.head.children) and any(
            c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in verb.children)


def _prep_objects(tok: Token, preps: set[str]) -> list[tuple[str, Token]]:
    out = []
    for child in tok.children:
        # ("called on/prt Christians/pobj": a particle the parser gave an object is a preposition)
        if child.dep_ in ("prep", "prt") and child.lower_ in preps:
            for g in child.children:
                if g.dep_ == "pobj":
                    out.append((child.lower_, g))
                elif g.dep_ == "prep":  # "south of Aleppo"
                    out.extend((child.lower_, gg) for gg in g.children if gg.dep_ == "pobj")
        elif child.dep_ in ("advmod", "npadvmod") and child.lower_ in preps:
            for g in child.children:  # "south of the capital"
                if g.dep_ == "prep":
                    out.extend((child.lower_, gg) for gg in g.children if gg.dep_ == "pobj")
    return out


def verb_arguments(verb: Token) -> Arguments:
    subj, passive_subj = _subject(verb)
    is_passive = passive_subj or any(c.dep_ == "auxpass" for c in verb.children)
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() not in INTRANSITIVE_VERBS \
            and not any(c.dep_ in ("nsubj", "expl") for c in verb.children):
        # (a participle with a subject of its own is a clause the parser hung on a noun: "a
        # statement that its fighters had attacked a patrol")
        is_passive = True
    args = Arguments(passive=is_passive, anchor_verb=verb)
    obj = _objects(verb)
    if verb.dep_ == "relcl" and not is_passive and (
            obj is not None and obj.lower_ in REL_PRONOUNS or obj is None and _gapped(verb)):
        obj = verb.head  # "the dissidents, whom it accused", "two commanders it accused of"
    args.dobj = obj
    if is_passive:
        agent = _agent(verb)
        args.actor1 = phrase(agent) if agent is not None else None
        args.actor2 = phrase(subj) if subj is not None else None
    elif verb.lemma_.lower() in DEATH_VERBS:
        args.actor2 = phrase(subj) if subj is not None else None  # "a man ... died": a victim
    else:
        args.actor1 = phrase(subj) if subj is not None else None
        args.actor2 = phrase(obj) if obj is not None else None
    targets = _prep_objects(verb, TARGET_PREPS)
    # "clashed in the south of Aleppo with rebels": "with" hung on the place
    targets += [t for _, p in _prep_objects(verb, PLACE_PREPS)
                for t in _prep_objects(p, {"with", "against"})]
    losers = _prep_objects(verb, {"from"}) if verb.lemma_.lower() in CAPTURE_VERBS else []
    if obj is not None and verb.lemma_.lower() in CAPTURE_VERBS:
        losers += _prep_objects(obj, {"from"})  # "captured [the dam from X]"
    if losers and (obj is None or obj.lemma_.lower() in TERRITORY_NOUNS):
        targets = losers  # "recaptured territory from insurgents": who lost it
        args.actor2 = None
    elif losers:
        targets = losers + targets  # "captured the dam from X (with air support)": X
    if targets and (args.actor2 is None or _is_instrument(obj)):
        args.actor2 = phrase(targets[0][1])
    args.alternates = [phrase(t) for _, t in targets]
    if obj is not None:
        args.object_targets = [phrase(t) for _, t in _prep_objects(obj, OBJECT_TARGET_PREPS)]
    args.places = [t for _, t in _prep_objects(verb, PLACE_PREPS)]
    args.late_targets = [phrase(v) for v in _victims(verb)]
    args.host_targets = _host_targets(verb, obj) + _addressees(verb)
    return args


PERSON_PRONOUNS = {"he", "she"}
# Verbs whose subject is who died: never the doer.
DEATH_VERBS = {"die", "perish"}
# Verbs no one can undergo: "hundreds of residents protested in the square", misread as a
# participle ("residents [who were] protested"), still has the residents as the doers.
INTRANSITIVE_VERBS = {"protest", "demonstrate", "march", "rally", "riot", "gather", "clash",
                      "flee", "walk"}


def _named_person_above(verb: Token) -> Token | None:
    """The named person whose clause holds this one: "Japarov said he would raise it",
    "Governor X told the marchers he would ask ...", "X is expected in Y, where he will
    visit ...": "he" is X (a name: "he" after "the ministry said" is no one we know)."""
    cur = verb
    for _ in range(4):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ not in ("VERB", "AUX"):
            continue
        for c in cur.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                return c if c.pos_ == "PROPN" else None
    return None


CASUALTY_VERBS = {"kill", "wound", "injure", "behead", "abduct", "kidnap", "massacre"}
PRONOUNS = {"them", "it", "him", "her"}


def _gapped(verb: Token) -> bool:
    """A reduced relative clause with its own subject and no object of its own ("the
    commanders it accused of ..."): the noun it modifies is the missing object."""
    subj = next((c for c in verb.children if c.dep_ in SUBJ), None)
    return subj is not None and subj.lower_ not in REL_PRONOUNS and not any(
        c.lower_ in REL_PRONOUNS | {"where", "when", "why", "how"} for c in verb.children)


def _casualty_objects(verb: Token) -> list[Token]:
    """Who a casualty verb hits: its object, or its subject when passive."""
    if verb.lemma_.lower() not in CASUALTY_VERBS:
        return []
    if any(c.dep_ == "auxpass" for c in verb.children):
        return [c for c in verb.children if c.dep_ == "nsubjpass"]
    return [c for c in verb.children if c.dep_ in OBJ]


def _victims(tok: Token) -> list[Token]:
    """The people an attack killed or wounded, named in a clause around it: "attacked the
    town, killing six civilians", "an attack that killed 17 people", "the strike killed 21
    people", "four people were killed when a missile struck"."""
    out: list[Token] = []
    for child in tok.children:
        if child.dep_ in ("advcl", "relcl", "conj", "acl") and child.pos_ == "VERB":
            out += _casualty_objects(child)
    if tok.dep_ in ("nsubj", "advcl") and tok.head.pos_ == "VERB":
        out += _casualty_objects(tok.head)
    return [t for t in out if t.lower_ not in REL_PRONOUNS]


def _host_targets(verb: Token, obj: Token | None) -> list[Span]:
    """Whom the clause this verb hangs on acts on, when its own object is missing or a
    pronoun: "summoned the ambassador to complain", "imposed sanctions on three commanders,
    accusing them of ...". Only the caller knows whether the act is verbal."""
    if verb.dep_ != "advcl" or verb.head.pos_ != "VERB" or (
            obj is not None and obj.lower_ not in PRONOUNS):
        return []
    if obj is None and not _infinitive(verb):
        return []
    host = verb.head
    host_obj = _objects(host)
    out: list[Span] = []
    if host_obj is not None:
        out += [phrase(t) for _, t in _prep_objects(host_obj, OBJECT_TARGET_PREPS)]
        out.append(phrase(host_obj))
    out += [phrase(t) for _, t in _prep_objects(host, TARGET_PREPS)]
    return out


def _addressees(verb: Token) -> list[Span]:
    """Whom a verbal act is addressed to or asks to act: "appealed to the RSF", "called for
    Turkey to pull out", "called for the minister to resign"."""
    out = [phrase(t) for _, t in _prep_objects(verb, {"to", "for"})]
    for child in verb.children:
        if child.dep_ in ("advcl", "ccomp") and any(
                c.dep_ == "mark" and c.lower_ == "for" for c in child.children):
            out += [phrase(c) for c in child.children if c.dep_ in SUBJ]
    return out


def first_conjunct(span: Span) -> tuple[Span, Span] | None:
    """"The United States and Russia" -> (United States, Russia), for symmetric events."""
    conj = next((c for c in span.root.children if c.dep_ == "conj"), None)
    if conj is None:
        return None
    return phrase(span.root, with_conj=False), phrase(conj, with_conj=False)


INSTRUMENTS = {"gas", "spray", "bullet", "rock", "stone", "bottle", "rocket", "missile", "shell",
               "cannon", "bomb", "grenade", "fire", "round", "shot", "mortar", "strike", "drone",
               "projectile", "munition"}


def _is_instrument(obj: Token | None) -> bool:
    """What is fired, not whom: "launched dozens of drones at Kyiv" hits Kyiv."""
    if obj is None:
        return False
    counted = [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"]
    return any(t.lemma_.lower() in INSTRUMENTS for t in (obj, *counted))


def noun_arguments(noun: Token) -> Arguments:
    """Arguments of a nominal trigger ("Russian air strikes on rebels in Aleppo")."""
    args = Arguments()
    day = None
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ == "PRON":
            continue  # "their offensive": the doer is whom "their" stands for, the clause subject
        if child.dep_ == "poss" and child.lower_ in TIME_WORDS:
            day = child  # "Monday's Houthi attack": the name after the day is the doer
            continue
        if child.dep_ == "poss" or (child.dep_ in ("amod", "compound", "nmod")
                                    and (child.pos_ == "PROPN" or child.ent_type_
                                         or child.lemma_[:1].isupper()
                                         or child.text[:1].isupper())):
            args.actor1 = phrase(child)
            break
    if args.actor1 is None and day is not None:
        # "Sunday's attack" names no doer; the day stands in the slot (and is dropped as no
        # actor later) so that the clause's subject is not taken for the attacker
        args.actor1 = phrase(day)
    by = [t for p, t in _prep_objects(noun, {"by", "from"})]
    if by:
        args.actor1 = phrase(by[0])
    targets = _prep_objects(noun, {"on", "against", "with", "between", "of"})
    for prep, tok in targets:
        if prep == "between":
            args.actor1 = phrase(tok, with_conj=False)
            conj = next((c for c in tok.children if c.dep_ == "conj"), None)
            args.actor2 = phrase(conj) if conj is not None else args.actor2
            break
        if prep != "of":
            args.actor2 = phrase(tok)
            break
    args.places = [t for _, t in _prep_objects(noun, PLACE_PREPS)]
    for child in noun.children:  # "attacks claimed by IS", "strikes carried out by jets"
        if args.actor1 is None and child.dep_ == "acl":
            agent = _agent(child)
            if agent is not None:
                args.actor1 = phrase(agent)
    outer = _object_head(noun)
    head = outer.head
    if outer.dep_ in ("dobj", "obj") and head.lemma_.lower() in REPEL_VERBS and not any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children):
        # "the army repelled an attack on its post": the army was attacked, by someone else
        # ("repelled the attack and killed 20": the attack was told; the news is the reply)
        if args.actor1 is not None and not by:
            args.actor1 = None
        subj, _ = _subject(head)
        if args.actor2 is None and subj is not None:
            args.actor2 = phrase(subj)
        args.anchor_verb = head
        return args
    if outer.dep_ in ("dobj", "obj") and (head.lemma_.lower() in LIGHT_VERBS
                                          or head.lower_ in LIGHT_FORMS):
        verb_args = verb_arguments(head)
        args.actor1 = args.actor1 or verb_args.actor1
        target = verb_args.actor2
        if target is not None and target.start <= noun.i < target.end:
            # the event noun is the verb's own object: "waged an offensive against X"
            target = next((a for a in verb_args.alternates
                           if not a.start <= noun.i < a.end), None)
        if args.actor2 is None and target is not None:
            args.actor2 = target  # "fired tear gas on migrants"
        args.late_targets += [a for a in verb_args.alternates if not a.start <= noun.i < a.end]
        args.places += verb_args.places
        args.anchor_verb = head
    elif noun.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        obj = _objects(head)
        if obj is not None and args.actor2 is None:
            args.actor2 = phrase(obj)
        elif obj is not None:
            args.late_targets.append(phrase(obj))  # "an air strike on a village killed 21"
        args.places += [t for _, t in _prep_objects(head, PLACE_PREPS)]
        args.anchor_verb = head
    elif noun.dep_ == "pobj" and head.dep_ in ("agent", "prep") and head.head.pos_ == "VERB":
        args.anchor_verb = head.head
    args.late_targets += [phrase(v) for v in _victims(noun) if v.head.i != noun.head.i]
    held = _held_under(noun)
    if held is not None and args.actor2 is None:
        args.actor2 = phrase(held)
    if args.actor1 is None:
        args.fallback_actor1 = _clause_subject(noun)
    return args


def _held_under(noun: Token) -> Token | None:
    """Who is under the measure: "X was placed under house arrest", "X, who was put under
    arrest", "kept X under house arrest", "X remains under arrest"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "under" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = prep.head
    subj, passive = _subject(verb)
    if passive or subj is not None and verb.lemma_.lower() in HELD_STATES:
        return subj
    return _objects(verb)


def _object_head(noun: Token) -> Token:
    """The head of the object phrase a trigger noun sits in: "fired tear gas and stun
    grenades at ..." parses "gas" as a modifier of "grenades", the verb's object."""
    cur = noun
    for _ in range(3):
        if cur.dep_ in ("nmod", "compound", "conj") and cur.head.pos_ in ("NOUN", "PROPN"):
            cur = cur.head
        else:
            break
    return cur


def _clause_subject(tok: Token) -> Span | None:
    """Subject of the nearest verb above a noun ("X joined the talks", "X, speaking after a
    meeting with Y, said"); the caller keeps it only if it names an actor."""
    cur = tok
    for _ in range(4):
        if cur.dep_ in ("nsubj", "nsubjpass") or cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            subj, passive = _subject(cur)
            if subj is not None and not passive and subj.i != tok.i:
                return phrase(subj)
            return None
    return None


def adjective_arguments(adj: Token) -> Arguments:
    """A judgement ("the idea was provocative", "This is unacceptable"): the thing judged is
    the target; the judge is whoever says it, found by the caller."""
    args = Arguments()
    head = adj.head if adj.dep_ in ("acomp", "attr", "oprd") else adj
    subj, _ = _subject(head) if head.pos_ in ("VERB", "AUX") else (None, False)
    if head.pos_ == "VERB" and head.lemma_ != "be" and adj.dep_ in ("oprd", "ccomp", "xcomp"):
        # "a move Tehran called illegal": who calls it judges; what is called is judged
        args.actor1 = phrase(subj) if subj is not None and subj.dep_ != "relcl" else None
        obj = next((c for c in head.children if c.dep_ in ("dobj", "obj")), None)
        args.actor2 = phrase(obj) if obj is not None else None
    elif subj is not None and subj.lower_ not in ("this", "that", "it"):
        args.actor2 = phrase(subj)
    args.places = [t for _, t in _prep_objects(head, PLACE_PREPS)]
    return args
