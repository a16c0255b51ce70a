"""Rules that tell the report of a new act from what is not one: negated acts, back-references
to an event already told, descriptions and habits, and riots told as violence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.extract.arguments import STATEMENT_NOUNS
from eventwire.extract.event_dates import tells_a_date
from eventwire.extract.ontology import apply_mappings
from eventwire.extract.triggers import TriggerMatch
from eventwire.model import Actor, Event

DEFINITE = {"the", "this", "these", "those", "that", "its", "their"}
_INDEFINITE = {"anyone", "anybody", "anything", "whoever", "whatever"}
_ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
             "ninth", "tenth", "umpteenth", "nth"}
# Words whose "to" infinitive names an act that may or should happen, none that did
_FRAMES = {"time", "room", "chance", "opportunity", "need", "right", "way", "pledge",
           "promise", "request", "proposal", "possible", "impossible"}


def is_backreference(group: list[TriggerMatch], cues: dict[str, set[str]]) -> bool:
    """Words that point back at an event already told, or at violence in general, are not a
    new mention: "suspects linked to the attacks", "Attacks are rare in Tehran", "rebels
    fighting Assad". A nominal keeps its event when it has its own doer or date."""
    for m in group:
        head = m.head
        if head.pos_ in ("VERB", "AUX"):
            if not (head.dep_ == "acl" and head.tag_ == "VBG"):
                return False
            continue
        if any(c.dep_ == "nummod" for c in head.children):
            return False  # "three bombings"
        if head.dep_ == "nsubj" and head.head.lemma_.lower() in cues["onset_verbs"]:
            return False  # "fighting erupted", "clashes broke out": happening now
        dets = {c.lower_ for c in head.children if c.dep_ in ("det", "poss")}
        if not (dets & DEFINITE or (not dets and head.tag_ in ("NNS", "NN"))):
            return False
    return True


def told_as_no_act(m: TriggerMatch, kept: list[TriggerMatch]) -> bool:
    """Trigger words the sentence itself shows are no act of their own, before any event is
    built: a rebuke's purpose, a campaign rally, an act only possible or ruled out, a count of
    repeats, an act of whoever may do it, a protest named to say who organised it, a count of
    record."""
    return in_rebuke_purpose(m, kept) or is_campaign_rally(m) or only_possible(m) or \
        counts_a_repeat(m) or indefinite_doer(m) or names_organiser(m) or is_statistic(m)


def is_statistic(m: TriggerMatch) -> bool:
    """"Jamaica recorded more than 1,000 murders in 2024": acts counted as a figure of record
    are a statistic, not a report of any of them."""
    head = m.head
    verb = head.head
    return head.pos_ == "NOUN" and head.tag_ == "NNS" and head.dep_ in ("dobj", "obj") and \
        verb.lemma_.lower() in ("record", "register", "log", "tally") and \
        any(c.dep_ == "nummod" or c.like_num for c in head.subtree if c.i < head.i) and \
        any(re.fullmatch(r"(?:19|20)\d\d", t.text) or t.lemma_.lower() == "year"
            for t in verb.subtree)  # over a year, not on a day


def names_organiser(m: TriggerMatch) -> bool:
    """"The CCAT, which organised Tuesday's rally, denied ...": a protest already told, named
    in a relative clause to say who someone is, is no new report of it."""
    head = m.head
    return m.entry.event_type == "PROTEST" and head.pos_ == "NOUN" and \
        head.dep_ in ("dobj", "obj") and head.head.dep_ == "relcl" and \
        any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in head.children)


def in_rebuke_purpose(m: TriggerMatch, kept: list[TriggerMatch]) -> bool:
    """"summoned the ambassador to protest what it called provocative comments about the
    deployment": the purpose of a diplomatic rebuke is that rebuke, one act; the protest, the
    adjectives and the nouns it objects to are no acts of their own."""
    rebukes = {k.head.i for k in kept if k is not m and k.entry.event_type == "ACCUSE"
               and k.head.pos_ == "VERB" and "diplomatic" in k.entry.context}
    if not rebukes or m.head.pos_ == "VERB" and m.entry.event_type not in ("ACCUSE", "PROTEST"):
        return False
    for tok in (m.head, *m.head.ancestors):
        if tok.dep_ in ("advcl", "xcomp") and tok.head.i in rebukes and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return True
    return False


def is_campaign_rally(m: TriggerMatch) -> bool:
    """"his rally on Tuesday", "a rally for presidential candidate X": a politician's own
    rally is campaigning, not a protest (those protesting outside it are)."""
    head = m.head
    if m.entry.event_type != "PROTEST" or head.lemma_.lower() != "rally" or head.pos_ != "NOUN":
        return False
    return any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in head.children) or any(
        c.dep_ == "prep" and c.lower_ == "for" and any(
            g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.lemma_.lower() == "candidate")
            for g in c.children) for c in head.children)


def only_possible(m: TriggerMatch) -> bool:
    """"it is time to deliver", "not possible for them to surrender", "a pledge to ease the
    isolation": an act that may or should happen, told as the "to" infinitive of such a word,
    is none that did; nor is one ruled out ("has no plan to storm the city")."""
    head = m.head
    if head.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to"
                                      for c in head.children):
        return False
    if head.dep_ == "acl" and any(c.dep_ == "det" and c.lower_ == "no"
                                  for c in head.head.children):
        return True  # "has no plan to storm the city": ruled out
    frame = {head.head.lemma_.lower()} if head.dep_ in ("acl", "relcl", "xcomp") else set()
    if head.dep_ == "advcl" and head.head.lemma_ == "be":  # "it is not possible for X to"
        frame = {c.lemma_.lower() for c in head.head.children if c.dep_ in ("acomp", "attr")}
    return bool(frame & _FRAMES)


def counts_a_repeat(m: TriggerMatch) -> bool:
    """"It was the fifth time Russia has used its veto": a count of acts (told where they
    happened), not a new one."""
    verb = m.head if m.head.pos_ == "VERB" else m.head.head
    time = verb.head
    return verb.dep_ == "relcl" and time.lemma_.lower() == "time" and time.dep_ == "attr" and \
        any(c.dep_ in ("amod", "nummod") and (c.like_num or c.lower_ in _ORDINALS)
            for c in time.children)


def indefinite_doer(m: TriggerMatch) -> bool:
    """"anyone who attacks us will be destroyed", "anything that tries to threaten our
    aircraft": an act of whoever may do it is a condition, not an act."""
    verb = m.head if m.head.pos_ == "VERB" else None
    while verb is not None and verb.dep_ == "xcomp":
        verb = verb.head  # "tries to threaten": the subject of "tries"
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb else None
    if subject is not None and subject.lower_ in ("that", "who", "which") and \
            verb.dep_ == "relcl":
        subject = verb.head
    return subject is not None and subject.lower_ in _INDEFINITE


def is_generic(group: list[TriggerMatch], material: bool) -> bool:
    """Descriptions, not reports: "rebels fighting Assad", "a wounded soldier" (participles
    describing someone), "Militant attacks are rare" (a trigger as the subject of a
    judgement), and for acts (not statements, which the present simple performs: "France
    condemns") the habitual present: "U.S.-led forces carry out air strikes"."""
    for m in group:
        head = m.head
        if head.pos_ in ("VERB", "AUX") and head.dep_ == "acl" and head.tag_ == "VBG":
            if head.head.lemma_.lower() in STATEMENT_NOUNS:
                return False  # "issued a statement urging restraint": what it says
            continue
        if head.dep_ == "amod" and head.tag_ == "VBN" and \
                not any(c.dep_ == "nummod" for c in head.head.children):
            continue  # "a wounded soldier told", "the release of detained activists"
        if head.dep_ == "amod" and head.head.pos_ == "PRON":
            continue  # "called for those responsible to be punished": no one is accused
        acts = head if head.pos_ == "NOUN" else next(
            (c for c in head.children if c.dep_ in ("dobj", "obj")), None)
        if acts is not None and acts.tag_ == "NNS" and acts.dep_ in ("dobj", "obj") and \
                not any(c.dep_ == "det" and c.lower_ not in ("some", "several", "many")
                        for c in acts.children) and _record(acts.head):
            continue  # "jihadists who have carried out attacks around the globe"
        if head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("every", "each", "any")
                                       for c in head.children):
            continue  # "every attack is followed by a crackdown": any such act, none told
        if (
            head.pos_ in ("NOUN", "PROPN")
            and head.dep_ == "nsubj"
            and head.head.lemma_ == "be"
            and any(c.dep_ == "acomp" for c in head.head.children)
        ):
            continue
        verb = (
            head
            if head.pos_ in ("VERB", "AUX")
            else (head.head if head.dep_ in ("dobj", "obj") else None)
        )
        if verb is not None and verb.dep_ == "advcl" and verb.tag_ == "VBG":
            verb = verb.head  # "carry out air strikes, targeting ...": the tense of the clause
        if (
            material
            and verb is not None
            and verb.tag_ in ("VBZ", "VBP")
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        ):
            continue
        return False
    return True


def _record(verb: Token) -> bool:
    """A relative clause in the present perfect with no day or figure ("militants who have
    carried out attacks") tells what a group is known for, not a new act."""
    return verb.dep_ == "relcl" and verb.tag_ == "VBN" and \
        any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) and \
        not any(t.like_num for t in verb.subtree) and not tells_a_date(
            verb.doc.text[verb.left_edge.idx:verb.right_edge.idx + len(verb.right_edge)])


def is_requested(group: list[TriggerMatch], cues: dict[str, set[str]]) -> bool:
    """ "urged the government to deploy more troops", "called on both sides to agree a truce":
    what someone is asked to do has not happened; the request is the event. Protests called
    for (`called_acts`) are planned events of their own."""
    def asked(tok: Token) -> bool:
        verb = tok.head if tok.dep_ in ("dobj", "obj") else tok  # "to agree a ceasefire"
        lemma = verb.head.lemma_.lower()
        return verb.dep_ == "xcomp" and lemma in cues["request_verbs"] or \
            verb.dep_ == "ccomp" and lemma in cues["demand_verbs"]  # "demanded that X go"

    return all(m.entry.event_type not in cues["called_acts"] and m.entry.event_type != "REQUEST"
               and asked(m.head) for m in group)


def is_topic(group: list[TriggerMatch], cues: dict[str, set[str]], has_figures: bool) -> bool:
    """Events talked about rather than reported: the content of an allegation ("accused
    Russia of torturing prisoners"), a part of victims already counted ("two of the wounded
    died"), or, unless the sentence gives figures of its own, the object of concern, response
    or investigation ("concerned about the fighting"). Every trigger of the group must be; a
    verb that only completes a topic noun ("expectations of an offensive to retake the city")
    goes with it."""
    topics = {m.head.i for m in group if _is_topic(m.head, cues, has_figures)}
    return all(m.head.i in topics or m.head.dep_ in ("acl", "relcl") and m.head.head.i in topics
               for m in group)


def _is_topic(tok: Token, cues: dict[str, set[str]], has_figures: bool) -> bool:
    if tok.dep_ == "pcomp" and tok.head.lower_ == "by" and tok.head.head.dep_ == "pcomp":
        # "accuse the US of supporting terrorists by backing rebels": the means of an act
        # alleged is alleged too
        return _is_topic(tok.head.head, cues, has_figures)
    if tok.dep_ == "pobj" and _passing_reference(tok, cues):
        return True
    if tok.dep_ in ("dobj", "obj") and tok.pos_ == "NOUN" and \
            tok.head.lemma_.lower() in cues["echo_verbs"] | cues["avoid_verbs"]:
        return True  # "echoing warnings from Washington", "to avoid air strikes"
    if tok.dep_ in ("dobj", "obj") and tok.pos_ == "NOUN" and definite(tok) and \
            not has_figures and tok.head.lemma_.lower() in cues["reaction_verbs"]:
        return True  # "condemned the killing of the workers", "will investigate the killings"
    if tok.dep_ in ("dobj", "obj") and tok.pos_ == "NOUN" and not definite(tok) and \
            not any(c.dep_ == "nummod" for c in tok.children) and \
            tok.head.lemma_.lower() in cues["permission_verbs"]:
        return True  # "urged Tashkent to allow peaceful protest": the right, not a protest
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" and \
            tok.head.head.lemma_.lower() in cues["right_nouns"]:
        return True  # "to respect the right to peaceful protest"
    if tok.dep_ in ("dobj", "obj") and tok.head.dep_ == "pcomp":
        tok = tok.head  # "accused the gang of ordering Quispe's killing": what is alleged
    if tok.dep_ in ("pobj", "pcomp") and tok.head.pos_ == "ADP":
        gov = tok.head.head
        lemma = gov.lemma_.lower()
        if lemma == "be":  # "is concerned about the fighting", "about" parsed on the copula
            lemma = next((c.lemma_.lower() for c in gov.children if c.dep_ == "acomp" and
                          c.lemma_.lower() in cues["topic_heads"]), lemma)
        accused = gov.head.lemma_.lower() if gov.dep_ in ("dobj", "obj") else ""
        if lemma in cues["allegation_heads"] or accused in cues["allegation_heads"]:
            return True  # "accused X of torturing", parsed with "of" on X or on the verb
        if tok.head.lower_ == "of" and (gov.pos_ == "NUM" or lemma in cues["partitive_heads"]):
            return True
        return lemma in cues["topic_heads"] and not has_figures
    if tok.dep_ == "acl" and tok.pos_ == "VERB":
        return tok.head.lemma_.lower() in cues["topic_heads"] and not has_figures
    if tok.pos_ == "VERB":  # "two of the wounded died": victims already counted
        return any(c.dep_ == "nsubj" and _partitive(c, cues) for c in tok.children)
    return False


def _passing_reference(tok: Token, cues: dict[str, set[str]]) -> bool:
    """ "drone strikes after the ambush", "suspects held in connection with the attack": the
    incident is the time or cause of another act, not reported anew. A date or a number of
    its own ("after the attack on Wednesday", "since the two bombings") keeps it."""
    prep = tok.head
    if prep.lower_ not in cues["reference_preps"] or tok.pos_ != "NOUN":
        return False
    if prep.lower_ == "with" and prep.head.lemma_.lower() not in cues["reference_heads"]:
        return False
    if not definite(tok):
        return False
    span = tok.doc[tok.left_edge.i:tok.right_edge.i + 1]
    return not (tells_a_date(span.text) or any(
        t.like_num or t.pos_ == "PROPN" and t.dep_ == "pobj" for t in tok.subtree))


def definite(tok: Token) -> bool:
    """ "the attack", "these killings", "Tuesday's bombing", "Quispe's killing"."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE or c.dep_ == "poss"
               for c in tok.children)


def _partitive(subject: Token, cues: dict[str, set[str]]) -> bool:
    return (subject.pos_ == "NUM" or subject.lemma_.lower() in cues["partitive_heads"]) and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(
            o.lower_ in cues["victim_nouns"] or o.lemma_.lower() in cues["victim_nouns"]
            for o in p.children)
        for p in subject.children)


def is_accident(group: list[TriggerMatch], cues: dict[str, set[str]]) -> bool:
    """Deaths with no one to blame: "the collapse of a canopy killed 16", "a helicopter
    crashed, killing two pilots". Only bare casualty words: a bombing stays an attack."""
    for m in group:
        head = m.head
        if head.lemma_.lower() not in cues["casualty_verbs"]:
            return False
        causes = [c for c in head.children if c.dep_ == "nsubj"]
        if not causes and head.dep_ in ("advcl", "conj", "xcomp"):
            causes.append(head.head)  # "crashed, killing two pilots"
            if head.tag_ == "VBD":  # a parse that lost the subject: the nouns before
                causes += [t for t in head.doc[:head.i] if t.pos_ == "NOUN"]
        if not any(c.lemma_.lower() in cues["accident_words"] for c in causes):
            return False
    return True


def has_no(tok: Token) -> bool:
    """ "no bombings", "no claims of responsibility for the bombings"."""
    cur = tok
    for _ in range(4):
        if any(c.dep_ == "det" and c.lower_ == "no" for c in cur.children):
            return True
        if cur.dep_ not in ("pobj", "prep", "compound"):
            return False
        cur = cur.head
    return False


def governed(tok: Token, lemmas: frozenset[str]) -> bool:
    """ "reached a deal", "the deal signed on Monday", "the agreement brokered by Russia"."""
    near = [tok.head, *(c for c in tok.children if c.dep_ in ("acl", "relcl"))]
    if tok.head.dep_ in ("xcomp", "conj") and tok.dep_ in ("dobj", "obj"):
        near.append(tok.head.head)
    return any(t.lemma_.lower() in lemmas for t in near)


def _crowd(a: Actor) -> bool:
    """Protesters, or a party's supporters in the street ("supporters of the APC threw stones")."""
    return a.sector == "PROTESTER" or a.sector == "PARTY" and \
        re.search(r"\bsupporters?\b", (a.text or "").lower()) is not None


def riot_rule(ev: Event) -> None:
    """Violence by protesters, or a clash between protesters and police, is a riot:
    PROTEST mode riot with the protesters as actor1 (ONTOLOGY.md, ACLED "Riots")."""
    # stones, sticks and petrol bombs ("explosion" by its words) are a crowd's weapons
    if ev.event_type != "ASSAULT" or ev.mode not in (None, "beating", "explosion"):
        return
    clash = (ev.trigger or "").lower().startswith(("clash", "scuffle", "skirmish"))
    if ev.actor2 is not None and _crowd(ev.actor2) and clash:
        ev.actor1, ev.actor2 = ev.actor2, ev.actor1
    if ev.actor1 is None or not _crowd(ev.actor1):
        return  # protesters as victims: violence against them stays an ASSAULT
    _to_riot(ev)


def _to_riot(ev: Event) -> None:
    ev.event_type, ev.mode = "PROTEST", "riot"
    ev.context = [c for c in ev.context if c != "military"] + ["political"]


def protest_tolls(events: list[Event]) -> None:
    """"Police said 19 officers were injured": officers hurt by no one named, on the day of
    a protest the story told, are that protest's toll: the riot, by its protesters (no span:
    the words do not name them)."""
    protests: list[Event] = []
    for ev in events:
        if ev.event_type == "PROTEST" and ev.status == "reported":
            protests.append(ev)
            continue
        if ev.event_type != "ASSAULT" or ev.actor1 is not None or ev.status != "reported" or \
                ev.actor2 is None or ev.actor2.sector != "POLICE" or ev.mode is not None:
            continue
        protest = next((p for p in reversed(protests) if p.date == ev.date), None)
        if protest is not None and protest.actor1 is not None:
            _to_riot(ev)
            ev.actor1 = replace(protest.actor1, start=None, end=None)
            apply_mappings(ev)


_CLAUSE_DEPS = {"ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "pcomp", "parataxis"}


def _clause(tok: Token) -> Token:
    """The head of the clause a token belongs to (a participle or verb heads its own)."""
    cur = tok
    while cur.dep_ not in _CLAUSE_DEPS and cur.head.i != cur.i and \
            not (cur.dep_ == "conj" and cur.pos_ in ("VERB", "AUX")):
        cur = cur.head
    return cur


def _dates(trigger: Token, when: Token) -> bool:
    """Whether a date word dates the trigger: it lies in the trigger's phrase ("the curfew
    imposed on Monday"), names the time the trigger's clause describes ("October 2017, when
    forces retook it"), or sits on a clause the trigger's own clause leads up to without
    passing a description of a noun (a participle, or a relative clause in the present):
    "police fired on Monday to disperse Serbs protesting", but not "the US, which backs
    rebels fighting Assad, on Monday said". A definite subject ("The attack came despite
    ...") is the incident told, dated or not."""
    if trigger.is_ancestor(when) or when.is_ancestor(trigger):
        return True
    if trigger.dep_ in ("nsubj", "nsubjpass") and definite(trigger):
        return True  # "The attack came despite ...": the incident told, as before
    noun = trigger.head if trigger.dep_ == "compound" else trigger
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "of":
        noun = trigger.head.head  # "after a rash of attacks"
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return True  # "hit by a tear gas canister": something new is told
    clause = _clause(when)
    if clause.dep_ == "advcl" and any(c.lower_ in ("when", "as", "while") and c.dep_ in (
            "advmod", "mark") for c in clause.children):
        clause = _clause(clause.head)  # "When IS swept into Sinjar in 2014, women took ..."
    cur = trigger
    while cur.i != clause.i:
        if cur.head.i == cur.i or cur.i != trigger.i and (
                cur.dep_ == "acl" or cur.dep_ == "relcl" and not _past(cur)):
            return False
        cur = cur.head
    return True


def _past(verb: Token) -> bool:
    """ "a woman who was hit by a canister", "stations that reported": an act told in the
    past, not a standing description ("which backs rebels")."""
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD"
                                     for c in verb.children)


def date_elsewhere(group: list[TriggerMatch], doc: Doc, start: int | None, end: int | None
                   ) -> bool:
    """Whether the date told in the sentence (chars `start`..`end`) dates another clause
    than every trigger: "the US, which backs rebels fighting Assad, on Monday said ...",
    "rulers who seized power in 2022 ..., but attacks have continued": the day dates the
    saying or the seizure, not the description or the violence in general."""
    if start is None or end is None:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    return not any(_dates(m.head, span.root) for m in group)
