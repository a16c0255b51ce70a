"""Where an event happened: the place attached to it in the parse, else the place of its
clause or sentence, else the incident's site named just before, else the story's own town, its
dateline or its country, each with the precision of the place found (docs/gazetteer.md).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from spacy.tokens import Doc, Span

from eventwire.extract.arguments import Arguments, phrase
from eventwire.extract.ontology import ontology
from eventwire.model import Actor, Location
from eventwire.resolve.actors import ActorResolver
from eventwire.resolve.gazetteer import Gazetteer, normalise, sovereign_of
from eventwire.resolve.places import Toponym, lexicon

if TYPE_CHECKING:
    from eventwire.extract.pipeline import ArticleContext

# Statements (CAMEO quad classes 1 and 3) happen where the body that makes them sits.
_VERBAL = {t for t, spec in ontology()["types"].items() if spec["quad_class"] in (1, 3)}


class EventPlacer:
    """Places events; shares the extractor's gazetteer and actor lexicon."""

    def __init__(self, gazetteer: Gazetteer, actors: ActorResolver) -> None:
        self.gazetteer = gazetteer
        self.actors = actors

    def locate(self, ctx: ArticleContext, doc: Doc, offset: int, args: list[Arguments],
               actor_spans: list[Span | None], actors: list[Actor | None],
               anchor: int = 0, event_type: str | None = None) -> Location | None:
        """The place attached to the event in the parse, else of the sentence, else the
        dateline, else the article's main country. anchor: the trigger's offset in the
        sentence, so that a sentence listing several places gives each event its own."""
        end = offset + len(doc.text)
        toponyms = [replace(t, start=t.start - offset, end=t.end - offset)
                    for t in ctx.toponyms if offset <= t.start and t.end <= end]
        taken = [(s.start_char, s.end_char) for s in actor_spans if s is not None]

        def in_actor(t: Any) -> bool:
            return any(a <= t.start and t.end <= b for a, b in taken)

        def resolve(t: Any) -> Location | None:
            return self.resolve_toponym(ctx, doc.text, t, offset)

        def listed(t: Any) -> bool:  # "in X and Y districts" is no frame for a town after it
            return _in_unit_list(doc.text, t.start) is not None

        if event_type in _VERBAL and actor_spans and actors and actor_spans[0] is not None \
                and actors[0] is not None and actors[0].country and _house_named(
                actor_spans[0].text) and (seat := self._capital(actors[0].country)) is not None:
            return seat  # a parliament speaks where it sits ("Iraq's parliament condemned")
        named_country: Location | None = None
        trigger = doc.char_span(anchor, anchor + 1, alignment_mode="expand")
        for mod in (trigger.root.children if trigger is not None else ()):
            if mod.dep_ != "compound" or mod.pos_ != "PROPN":
                continue
            for t in toponyms:  # "the toll from the Bannu attack": the attack's own place
                if mod.idx <= t.start < mod.idx + len(mod) and (loc := resolve(t)) is not None \
                        and loc.precision != "country":
                    return loc
        lo, hi = _clause_bounds(doc.text, anchor)
        for a in args:
            for head in a.places:
                span = phrase(head)
                for t in toponyms:
                    if span.start_char <= t.start and t.end <= span.end_char and \
                            not _names_the_kind_of(doc.text, t, toponyms) and \
                            not _owner_of_next(doc.text, t, toponyms, resolve) and \
                            not _not_the_scene(doc.text, t):
                        if (loc := resolve(t)) is not None:
                            if loc.precision == "admin1" and not listed(t) and (
                                    finer := _town_inside(
                                    loc, [o for o in toponyms if o.start >= t.end and
                                          lo <= o.start < hi and not in_actor(o) and
                                          o.cue is not None and not _not_the_scene(doc.text, o)],
                                    resolve)) is not None:
                                return finer  # "In Kaduna state, ... a church in Kajuru"
                            if loc.precision == "admin1" and (unit := self._district_site(
                                    ctx, offset, lo, hi, loc, in_actor)) is not None:
                                return unit  # "in Cachar district of Assam"
                            if loc.precision != "country":
                                return loc
                            named_country = named_country or loc  # a town may follow
        attached_country = named_country
        if event_type in _VERBAL:
            if named_country is None and (seat := self._seat(doc.text)) is not None:
                return seat  # Security Council business happens where the council sits
            if (seat := self._council_business(ctx, doc.text)) is not None:
                return seat  # "Russia vetoed the draft on Sudan" in a council story
        # A place inside an actor's words counts when a locative cue puts something there
        # ("the junta chief in Naypyitaw", "a declaration signed in Washington"), or when an
        # assault verb takes it ("the gunmen who attacked Kabul"), after others.
        candidates = [t for t in toponyms if not self._state_metonym(doc, t)
                      and not _not_the_scene(doc.text, t)
                      and not (event_type not in _VERBAL and _speaker_place(doc.text, t))
                      and not _names_the_kind_of(doc.text, t, toponyms)
                      and not _owner_of_next(doc.text, t, toponyms, resolve)
                      and (not in_actor(t) or t.cue in _SCENE_CUES or t.cue == ASSAULT_CUE)]
        # where people or things come "from" is no scene when the clause names another place
        candidates.sort(key=lambda t: (in_actor(t), not (lo <= t.start < hi),
                                       t.cue in (None, "from"), t.start))
        scoped: Location | None = None  # "protests in Iran": the country is all it says
        for i, t in enumerate(candidates):
            if (loc := resolve(t)) is not None:
                if loc.precision == "admin1" and not listed(t) and (finer := _town_inside(
                        loc, [c for c in candidates[i + 1:] if lo <= c.start < hi
                              and not in_actor(c)], resolve)) is not None:
                    return finer  # "in Kaduna state, gunmen stormed a church in Kajuru"
                if loc.precision == "admin1" and (unit := self._district_site(
                        ctx, offset, lo, hi, loc, in_actor)) is not None:
                    return unit  # "the Kpendjal prefecture of the Savanes region"
                if loc.precision != "country":
                    return loc
                named_country = named_country or loc
                if scoped is None and t.cue in _SCENE_CUES and _on_the_act(doc, t, trigger):
                    scoped = loc
        if (site := self._site_in(ctx, doc.text, offset, anchor, in_actor)) is not None:
            return site  # "in the fishing village of X": the unit that holds it
        if (house := self._state_house(doc.text[lo:hi], named_country, actors)) is not None:
            return house  # "protesters clashed with police outside parliament"
        # No town named: the story's own place when the countries agree. A dateline is a
        # reporting hub as often as a scene ("LONDON" for a Tehran attack).
        actor_countries = [a.country for a in actors if a is not None and a.country]
        in_play = ([named_country.country] if named_country else actor_countries) or [
            c for c in [ctx.main_country] if c]
        # a state's parties act in its territories too ("Paris is sending gendarmes" in a
        # story from Noumea)
        in_play = in_play + [c for c in ctx.countries
                             if c not in in_play and sovereign_of(c) in in_play]
        if (country_wide := self._country_wide(doc.text[lo:hi], named_country, in_play,
                                               bool(toponyms))) is not None:
            return country_wide
        # A country the parse attaches to the event is its place ("deployed to Syria"); one
        # named elsewhere in the sentence keeps the story's finer place inside it
        # ("migrants stranded in Greece" in a story from Idomeni).
        if attached_country is not None:
            return attached_country
        if scoped is not None:
            return scoped
        if (unit := self._unit_named_back(ctx, doc.text[lo:hi], in_play)) is not None:
            return unit  # "a ban on protests in the province"
        if (recent := self._recent_place(ctx, offset, end, in_play)) is not None:
            if (town := self._town_of_part(ctx, recent, doc.text)) is not None:
                return town  # "attacks in and around the city" after its Bab al-Toub market
            return recent
        if (there := self._there(ctx, doc, offset)) is not None:
            return there  # "deploy troops there": the place the story just named
        names_place = any(_IN_BEFORE.search(doc.text, max(0, t.start - 24), t.start) or (
            (loc := resolve(t)) is not None and loc.precision != "country") for t in toponyms)
        if event_type not in _VERBAL and not names_place and \
                (past := self._background_country(ctx, doc.text, in_play)) is not None:
            return past  # "security forces killed dozens of protesters in 2021"
        if ctx.main_place is not None and ctx.main_place.country in in_play:
            return self._main_town(ctx, end, doc.text)
        if ctx.dateline is not None and (not in_play or ctx.dateline.country in in_play):
            if ctx.dateline.precision == "district" and _THE_TOWN.search(doc.text):
                return replace(ctx.dateline, precision="city")  # "outside the town"
            return ctx.dateline
        if named_country is not None:
            return named_country
        if ctx.main_place is not None:
            # Foreign parties act at the story's place ("Russian jets struck", "Saudi Arabia
            # denied the attacks"): a party's country is no scene.
            return self._main_town(ctx, end, doc.text)
        if ctx.dateline is not None and event_type not in _VERBAL and \
                self._scene_country(ctx, ctx.dateline.country):
            return ctx.dateline  # "three Turkish soldiers were wounded" in a story from Duhok
        country = actor_countries[0] if actor_countries else ctx.main_country
        if country:
            return self.gazetteer.country_location(country)
        return ctx.dateline

    def _background_country(self, ctx: ArticleContext, sentence: str, in_play: list[str]
                            ) -> Location | None:
        """The story's country for an act in a sentence naming no town that recalls an
        earlier year ("unrest in 2021", "last year's crackdown"): such background is coded at
        the country, not at the town of today's news, unless the sentence points back at
        that town or region ("the city was retaken in 2017", "took the region in 2023")."""
        home = ctx.main_place or ctx.dateline
        if home is None or home.country is None or home.country not in in_play:
            return None
        published = ctx.article.published
        years = [int(m.group("y")) for m in _PAST_YEAR.finditer(sentence)]
        past = any(published is not None and y < published.year for y in years) or \
            _LAST_YEAR.search(sentence) is not None
        if not past or _POINTS_BACK.search(sentence):
            return None
        words = f" {normalise(sentence)} "
        if any(f" {normalise(n)} " in words for loc in (ctx.main_place, ctx.dateline)
               if loc is not None for n in (loc.name, loc.text) if n):
            return None  # "overran Sinjar in 2014": the town, even when read as no place
        return self.gazetteer.country_location(home.country)

    def _main_town(self, ctx: ArticleContext, end: int, sentence: str) -> Location:
        """The story's own town for a sentence naming no place: at precision `district`
        when the story's incident lies off the town (story_off_town), until the story names
        the town itself again ("residents of X marched", "stopped outside the town")."""
        main = ctx.main_place
        assert main is not None
        if _offset_off_the_town(sentence):
            # "about 10 km east of the town": a spot off the story's town, as coders code it
            return replace(main, start=None, end=None, precision="district")
        if main.precision == "district" and _THE_TOWN.search(sentence):
            return replace(main, start=None, end=None, precision="city")
        if main.precision == "district":
            text = ctx.article.text
            for t in reversed([t for t in ctx.toponyms if t.end <= end]):
                if not_the_storys_place(text, t):
                    continue  # "died at the hospital in X"
                loc = self.resolve_toponym(ctx, text, t, 0)
                if loc is None or loc.name != main.name or loc.country != main.country:
                    continue
                if not _offset_spot(text, t.start) and not _AROUND_CUE.match(t.cue or ""):
                    return replace(main, start=None, end=None, precision="city")
                break
        return replace(main, start=None, end=None)

    def story_off_town(self, ctx: ArticleContext) -> bool:
        """Does the story put its incident at a spot off its own town ("an attack on a
        village about 25 km north of X", "fighting in the hills east of X")? Its first
        mention of the town as a spot or as the scene ("in X", "the town of X") decides;
        "near X" and bare mentions say neither. Coders then code the sentences that name no
        place at the town with precision `district`, as the spot itself."""
        if self._near_unlisted_in_lead(ctx):
            return True
        main = ctx.main_place
        if main is None:
            return False
        text = ctx.article.text
        for t in ctx.toponyms:
            if t.cue in NON_LOCATIVE_CUES and not _offset_spot(text, t.start) or \
                    not_the_storys_place(text, t):
                continue
            loc = self.resolve_toponym(ctx, text, t, 0)
            if loc is None or loc.name != main.name or loc.country != main.country:
                continue
            if _offset_spot(text, t.start):
                return True
            if t.cue in _SCENE_CUES or (t.cue or "").endswith(("town of", "city of", "capital of")):
                return False
        return False

    def _near_unlisted_in_lead(self, ctx: ArticleContext) -> bool:
        """Does the lead sentence put the act near a place the gazetteer lacks ("a blast on
        a vehicle near X", "an ambush near the village of X")? Then it lies off the story's
        town, in the country around it."""
        text = ctx.article.text
        lo, hi = _sentence_bounds(text, 0, 1)
        for m in _NEAR_NAME.finditer(text, lo, hi):
            name, at = m.group("n"), m.start("n")
            if any(t.start < at + len(name) and at < t.end for t in ctx.toponyms) or \
                    not _site_name(name) or self.actors.country_of(name) is not None or \
                    _LINE_AFTER.match(text[m.end():m.end() + 40]) or \
                    self._known_here(ctx, name):
                continue
            return True
        return False

    def _unit_named_back(self, ctx: ArticleContext, clause: str, in_play: list[str]
                         ) -> Location | None:
        """"on the islands", "in the province", "across the same region" in a clause naming
        no place: the first-level unit holding the story's own town (or dateline), which
        coders code rather than its capital."""
        words = "|".join(re.escape(w) for w in place_lexicon_lists()["unit_anaphora"])
        if not re.search(rf"\b(?:in|on|across|throughout|over)\s+the\s+(?:same\s+|whole\s+|"
                         rf"entire\s+)?(?:{words})\b(?!\s+of\b)(?!['\u2019]s)", clause, re.I):
            return None
        unit = self._home_unit(ctx)
        if unit is None or (in_play and unit.country not in in_play):
            return None
        return unit

    def _country_wide(self, clause: str, named_country: Location | None, in_play: list[str],
                      names_place: bool) -> Location | None:
        """The country for an event over all of it: "nationwide protests", "across the
        country"; or shot down by national air defences when the sentence names no place and
        no city ("74 were shot down")."""
        low = clause.lower()
        lists = place_lexicon_lists()
        wide = any(re.search(rf"\b{re.escape(w)}\b", low) for w in lists["country_wide"])
        if not wide and not names_place and not re.search(r"\b(?:city|town|village)\b", low):
            wide = any(re.search(rf"\b{re.escape(w)}\b", low) for w in lists["air_defence"])
        country = named_country.country if named_country else (in_play or [None])[0]
        return self.gazetteer.country_location(country) if wide and country else None

    def _there(self, ctx: ArticleContext, doc: Doc, offset: int) -> Location | None:
        """A sentence naming no place but saying "there" ("agreed there", "a base there")
        refers to the last place named before it as a place (with a locative cue, or a town
        that is no capital standing for its state)."""
        if not any(t.lower_ == "there" and t.dep_ != "expl" for t in doc):
            return None
        for t, loc in self._earlier_places(ctx, offset):
            if t.cue not in NON_LOCATIVE_CUES or (
                    loc.precision != "country" and self.actors.country_of(t.text) is None):
                return loc
        return None

    def _scene_country(self, ctx: ArticleContext, country: str | None) -> bool:
        """Whether the story puts events in `country` ("strikes in Iraq", "in northern Iraq"):
        then a dateline there is the scene, not a hub the story was filed from."""
        for t in ctx.toponyms:
            if t.cue in _SCENE_CUES or t.cue and _COMPASS_BEFORE.match(t.cue + " "):
                loc = self.resolve_toponym(ctx, ctx.article.text, t, 0)
                if loc is not None and loc.country == country:
                    return True
        return False

    def _state_metonym(self, doc: Doc, t: Any) -> bool:
        """"Iran denied", "Moscow feared", "comments from Ankara", "U.S.-backed": a country
        or capital named with no locative cue stands for its state, not for a place (but
        "in the Kazakh capital, Astana" names the place in apposition)."""
        if t.cue not in NON_LOCATIVE_CUES or self.actors.country_of(t.text) is None:
            return False
        if ADMIN_UNIT_AFTER.search(t.text) and (loc := self.gazetteer.resolve(t.text)) \
                is not None and loc.precision == "admin1":
            return False  # "Niger state" is a place, not the state of Niger
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        return span is None or span.root.dep_ != "appos"

    def _recent_place(self, ctx: ArticleContext, offset: int, end: int, in_play: list[str]
                      ) -> Location | None:
        """The last district, site or settlement the gazetteer lacks named before this
        sentence in the story's countries: a sentence naming no place continues the incident
        just reported."""
        text = ctx.article.text
        # a town the sentence itself names, even as the home of a party ("residents of X
        # marched"), says the story is back in a town it knows
        sites_ok = not any(self._town_named(ctx, t) for t in ctx.toponyms
                           if offset <= t.start < end)
        for t, loc in self._earlier_places(ctx, offset):
            if loc.country not in in_play:
                continue
            if t.cue == SITE_CUE:
                if sites_ok and not _not_the_scene(text, t) and \
                        not self._town_beside(ctx, t):
                    return self._district_before(ctx, t.start, in_play) or loc
            elif loc.precision in ("district", "point") and not _town_spot(text, t):
                return loc
            elif self._town_named(ctx, t):
                sites_ok = False
        return None

    def _town_of_part(self, ctx: ArticleContext, part: Location, sentence: str
                      ) -> Location | None:
        """The story's own town when a sentence naming no place speaks of "the city" or
        "the town" after a district or spot of that town ("retook the city in 2017" after
        the Bab al-Toub market of Mosul): the town as a whole, precision city."""
        home = ctx.main_place or ctx.dateline
        if home is None or home.lat is None or part.lat is None or \
                home.country != part.country or not _THE_CITY.search(sentence) or \
                _km((home.lat, home.lon), (part.lat, part.lon)) > _OWN_PART_KM:
            return None
        return replace(home, start=None, end=None, precision="city")

    def _town_named(self, ctx: ArticleContext, t: Any) -> bool:
        """Is the toponym a town named as a place (not a capital standing for its state,
        not where the wounded were taken)?"""
        if _not_the_scene(ctx.article.text, t) or (
                t.cue in NON_LOCATIVE_CUES and self.actors.country_of(t.text) is not None):
            return False
        loc = self.resolve_toponym(ctx, ctx.article.text, t, 0)
        return loc is not None and (loc.precision == "city" or
                                    _town_spot(ctx.article.text, t))

    def _district_before(self, ctx: ArticleContext, at: int, in_play: list[str]
                         ) -> Location | None:
        """A district or site named just before an unlisted settlement holds it ("the
        Catatumbo region ... the hamlet of X"): the finer place known."""
        for t, loc in self._earlier_places(ctx, at):
            if (t.cue != SITE_CUE or loc.precision == "district") and \
                    loc.precision in ("district", "point") and \
                    not _town_spot(ctx.article.text, t) and \
                    loc.country in in_play:
                return loc
        return None

    def _town_beside(self, ctx: ArticleContext, site: Any) -> bool:
        """Does the sentence of an unlisted site also name a known town or finer place as a
        scene ("Redwani village in Kulgam")? Then that place speaks for the site."""
        text = ctx.article.text
        lo, hi = _sentence_bounds(text, site.start, site.end)
        for t in ctx.toponyms:
            if lo <= t.start and t.end <= hi and not _not_the_scene(text, t):
                loc = self.resolve_toponym(ctx, text, t, 0)
                if loc is not None and loc.precision in ("city", "district", "point"):
                    return True
        return False

    def _earlier_places(self, ctx: ArticleContext, offset: int) -> Iterator[tuple[Any, Location]]:
        """The places named in the story before `offset` (toponyms and unlisted sites),
        nearest first, within reach."""
        site_of = {id(t): loc for t, loc in self._sites(ctx)}
        named = sorted([*ctx.toponyms, *(t for t, _ in self._sites(ctx))],
                       key=lambda t: t.end)
        for t in reversed(named):
            if t.end > offset:
                continue
            if offset - t.end > _RECENT_CHARS:
                break
            loc = site_of.get(id(t)) or self.resolve_toponym(ctx, ctx.article.text, t, 0)
            if loc is not None:
                yield t, replace(loc, start=None, end=None)

    def _site_in(self, ctx: ArticleContext, sentence: str, offset: int, anchor: int,
                 in_actor: Any) -> Location | None:
        """An unlisted settlement named in the sentence, nearest the trigger, placed at
        the unit that holds it (as coders place villages they cannot find)."""
        end = offset + len(sentence)
        found = [(abs(t.start - offset - anchor), t, loc) for t, loc in self._sites(ctx)
                 if offset <= t.start and t.end <= end]
        for _, t, loc in sorted(found, key=lambda f: f[0]):
            local = replace(t, start=t.start - offset, end=t.end - offset)
            if _not_the_scene(sentence, local) or in_actor(local):
                continue
            if (district := self._district_before(ctx, offset, [loc.country or ""])) \
                    is not None:
                return district
            return replace(loc, start=t.start, end=t.end, text=t.text)
        return None

    def _district_site(self, ctx: ArticleContext, offset: int, lo: int, hi: int,
                       unit: Location, in_actor: Any) -> Location | None:
        """A second-level unit the gazetteer lacks, named in the clause [lo, hi) and lying in
        the first-level `unit` the clause also names ("a checkpoint in Cachar district of
        Assam"): coders code the district, at precision `district`."""
        for t, loc in self._sites(ctx):
            local = replace(t, start=t.start - offset, end=t.end - offset)
            if lo <= local.start < hi and loc.precision == "district" and \
                    loc.admin1 == unit.admin1 and loc.country == unit.country and \
                    not in_actor(local):
                return replace(loc, start=t.start, end=t.end, text=t.text)
        return None

    def _sites(self, ctx: ArticleContext) -> list[tuple[Any, Location]]:
        """Settlements the gazetteer lacks, named with their kind ("the fishing village of
        X", "the island of X", "X village") and their other mentions in the story, each with
        the first-level unit that holds it: the province the story names nearest to it in its
        main country, else the province of the story's own town. Coders place a village they
        cannot find at the enclosing unit, with that unit's precision."""
        if ctx.sites is not None:
            return ctx.sites
        ctx.sites = []
        text = ctx.article.text
        # names the story's places resolve (a namesake abroad is not: see _known_here)
        known = [(t.start, t.end) for t in ctx.toponyms
                 if self.resolve_toponym(ctx, text, t, 0) is not None]
        names: set[str] = set()
        districts: set[str] = set()  # "Kpendjal prefecture": a second-level unit
        for pattern, kind in ((_SITE_NAMED, names), (_DISTRICT_NAMED, districts)):
            for m in pattern.finditer(text):
                group = "a" if m.groupdict().get("a") else "b"
                name, s = m.group(group).strip(), m.start(group)
                while kind is districts and " " in name and not _site_name(name):
                    head, name = name.split(" ", 1)  # "In Wapenamanda district"
                    s += len(head) + 1
                if any(a < s + len(name) and s < b for a, b in known) or \
                        not _site_name(name) or self._known_here(ctx, name):
                    continue
                kind.add(name)
        names |= districts
        if not names:
            return ctx.sites
        units = self._named_units(ctx)
        # the unit its own sentence names may lie abroad ("in neighbouring Togo, ... the
        # Kpendjal prefecture of the Savanes region" in a story from Benin)
        all_units = self._named_units(ctx, abroad=True)
        home = self._home_unit(ctx)
        for name in sorted(names):
            for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
                # the province its sentence names, else the one named last before it, else
                # the story town's, else the next one named
                lo, hi = _sentence_bounds(text, m.start(), m.end())
                beside = [u for at, u in all_units if lo <= at < hi]
                before = [u for at, u in units if at < m.start()]
                after = [u for at, u in units if at > m.start()]
                unit = beside[0] if beside else before[-1] if before else home or (
                    after[0] if after else None)
                if unit is not None:
                    if name in districts:  # coders code the district, at its precision
                        unit = replace(unit, precision="district", name=name, text=name,
                                       geonames_id=None)
                    ctx.sites.append((Toponym(m.start(), m.end(), name, SITE_CUE), unit))
        ctx.sites.sort(key=lambda tl: tl[0].start)
        return ctx.sites

    def respelled(self, ctx: ArticleContext) -> list[Toponym]:
        """Settlements named with their kind ("the town of Sheikh Zuweid") that the gazetteer
        knows in the story's country under another spelling ("Ash Shaykh Zuwayd"), with
        their later mentions: toponyms like any other."""
        text = ctx.article.text
        countries = [c for c in (ctx.main_country, ctx.dateline and ctx.dateline.country) if c]
        taken = [(t.start, t.end) for t in ctx.toponyms]
        out: list[Toponym] = []
        for m in _SITE_NAMED.finditer(text) if countries else ():
            group = "a" if m.group("a") else "b"
            name = m.group(group).strip()
            if any(a < m.end(group) and m.start(group) < b for a, b in taken) or \
                    not _site_name(name, titles_ok=True) or \
                    self.gazetteer.has_key(normalise(name)) or \
                    self.gazetteer.resolve(name, countries=countries) is None:
                continue
            for n in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
                if not any(a < n.end() and n.start() < b for a, b in taken):
                    out.append(Toponym(n.start(), n.end(), name, "town of"))
                    taken.append((n.start(), n.end()))
        return out

    def _known_here(self, ctx: ArticleContext, name: str) -> bool:
        """Does the gazetteer know `name` as a place the story can mean? A village known only
        abroad ("the village of Monsey" in a Benin story is no New York village) is a
        settlement the gazetteer lacks."""
        if not self.gazetteer.has_key(normalise(name)):
            return False
        dl = ctx.dateline.country if ctx.dateline else None
        return self.gazetteer.resolve(name, countries=ctx.countries, dateline_country=dl) \
            is not None

    def _named_units(self, ctx: ArticleContext, abroad: bool = False
                     ) -> list[tuple[int, Location]]:
        """First-level units (provinces, states, regions) the story names in its main
        country (abroad: in any country), with their offsets."""
        out = []
        for t in ctx.toponyms:
            loc = self.resolve_toponym(ctx, ctx.article.text, t, 0)
            if loc is not None and loc.precision == "admin1" and \
                    (abroad or loc.country == ctx.main_country):
                out.append((t.start, replace(loc, start=None, end=None)))
        return out

    def _home_unit(self, ctx: ArticleContext) -> Location | None:
        """The first-level unit of the story's own town (or dateline) in its main country."""
        home = ctx.main_place or ctx.dateline
        if home is None or home.country != ctx.main_country:
            return None
        return self._unit_of(home)

    def _unit_of(self, place: Location) -> Location | None:
        """The first-level unit (province, state, region) that holds a town."""
        if not place.admin1 or not place.country:
            return None
        name = place.admin1 if ADMIN_UNIT_AFTER.search(" " + place.admin1) else \
            f"{place.admin1} province"
        loc = self.gazetteer.resolve(name, countries=[place.country])
        if loc is None or loc.precision != "admin1" or loc.country != place.country:
            return None
        return replace(loc, start=None, end=None)

    def resolve_toponym(self, ctx: ArticleContext, text: str, t: Any, offset: int
                        ) -> Location | None:
        """Resolve a toponym of a sentence with the article's context: "the province of X"
        asks for the region; "eastern X" is the curated part of X when the gazetteer has it
        ("Eastern Ghouta", "Northern Syria"); ties go to places near the story's own place."""
        gaz = self.gazetteer
        near_loc = ctx.main_place or ctx.dateline
        near = (near_loc.lat, near_loc.lon) if near_loc is not None and \
            near_loc.lat is not None else None
        dl = ctx.dateline.country if ctx.dateline else None
        start = t.start
        name = t.text
        if t.cue in _REGION_CUES:
            name = f"{t.text} province"
        m = _COMPASS_BEFORE.search(text, max(0, t.start - 16), t.start)
        loc = None
        if m is not None:
            part = f"{m.group(1).capitalize()} {t.text}"
            if gaz.has_key(normalise(part)):
                loc = gaz.resolve(part, countries=ctx.countries, dateline_country=dl, near=near)
                if loc is not None:
                    start = m.start(1)
        if loc is None:
            loc = gaz.resolve(name, countries=ctx.countries, dateline_country=dl, near=near)
        if loc is None and t.cue == "town of" and ctx.main_country:  # see respelled()
            loc = gaz.resolve(name, countries=[ctx.main_country], dateline_country=dl)
        if loc is not None and t.cue in _VILLAGE_CUES and ctx.main_country and \
                loc.country not in (ctx.main_country, dl):
            return None  # "the village of Kut" in an Armenian story is no Iraqi city
        end = t.end
        after = _TOWN_PART.match(text, t.end)
        if loc is not None and loc.precision in ("city", "point") and (
                after is not None or _TOWN_PART.search(t.text)):
            # "the Badush area", "Macomia district": a part of a town, or the district named
            # after it. Far from the story's own town in its country, the name is likely a
            # same-named part of that town: a neighbourhood is placed in the town, another
            # name keeps the town it resolved to. A town in the story town's own province is
            # no namesake: "Kalat district" in a story from Quetta is that district.
            if after is not None:
                end = after.end()
            far = near_loc is not None and near is not None and \
                near_loc.country == loc.country and _km(near, (loc.lat, loc.lon)) > _PART_KM \
                and not (loc.admin1 and loc.admin1 == near_loc.admin1)
            part = after.group() if after is not None else t.text
            if far and near_loc.precision in ("city", "district") and \
                    _NEIGHBOURHOOD.search(part):
                loc = replace(near_loc)  # "the Tierra Blanca neighbourhood" of Culiacan
            elif far and near_loc.precision in ("city", "district") and \
                    _CITY_DISTRICT.search(part) and _NEIGHBOURING.search(
                        text, max(0, t.start - 16), t.start) and \
                    self._big_city(near_loc) and self._population(loc) < _PART_TOWN:
                # "the neighbouring X district" in a story from a city of millions is a
                # district of that city, not a far small town of that name (a bare "X
                # district" in a story from a capital is as often a rural district)
                loc = replace(near_loc, precision="district")
            elif not far or not (_NEIGHBOURHOOD.search(part) or re.search(
                    r"['\u2019]s\s+$", text[max(0, t.start - 4):t.start])):
                # "Jiribam district" far from the story's town is still the district named
                # after Jiribam, not a same-named part of that town ("Bogota's Ciudad Bolivar
                # district" is a part of Bogota, not the far town of that name)
                loc = replace(loc, precision="district")
        area = _AREA_AFTER.match(text, t.end)
        if loc is not None and loc.precision in ("city", "point") and area is not None and \
                near_loc is not None and near is not None and \
                near_loc.precision in ("city", "district") and near_loc.country == loc.country \
                and _km(near, (loc.lat, loc.lon)) > _PART_KM and \
                not (loc.admin1 and loc.admin1 == near_loc.admin1) and \
                self._big_city(near_loc):
            # "the Rampura area" in a Dhaka story: a part of the story's city, not the far
            # town of that name (as for a neighbourhood above)
            loc, end = replace(near_loc), area.end()
        if loc is not None and loc.precision == "city" and _own_part_after().match(text, t.end):
            # "Lima's San Juan de Lurigancho district": a part of the town, at the town
            loc = replace(loc, precision="district")
        if loc is not None and loc.precision == "city" and _offset_spot(text, t.start):
            # "20 km south of Djibo", "west of Hawija": a spot in the area around the town
            loc = replace(loc, precision="district")
        elif loc is not None and loc.precision == "city" and _BARE_DIRECTION.search(
                text, max(0, t.start - 24), t.start) and \
                (province := self._namesake_province(loc)) is not None:
            # "south of Aleppo", "the southern Aleppo area": the countryside around a
            # province's seat of its own name is coded at that province
            loc = replace(province, text=loc.text, start=loc.start, end=loc.end)
        if loc is not None and loc.precision == "country" and loc.country and (
                _CAPITAL_AFTER.match(text, t.end) or
                _CAPITAL_OF_BEFORE.search(text, max(0, t.start - 20), t.start)):
            # "in Mongolia's capital", "the capital of Malawi": the capital city itself
            loc = self._capital(loc.country) or loc
        if loc is not None and loc.precision in ("city", "district", "point") and (
                span := _in_unit_list(text, t.start)) is not None and \
                (unit := self._unit_of(loc)) is not None and unit.lat is not None and \
                loc.lat is not None and \
                _km((unit.lat, unit.lon), (loc.lat, loc.lon)) <= _UNIT_SEAT_KM:
            # "in Kangpokpi and Churachandpur districts", "the villages of X and Y": an act
            # over several towns or districts is coded at the province that holds them (when
            # the gazetteer's seat of that province is within reach of the town)
            loc, (start, end) = unit, span
        if loc is not None:
            loc.start, loc.end = offset + start, offset + end
            loc.text = text[start:end]
        return loc

    def _namesake_province(self, loc: Location) -> Location | None:
        """The first-level unit of the town's own name that the town seats (Aleppo: Aleppo
        governorate), or None."""
        if not loc.name or not loc.country or loc.lat is None:
            return None
        unit = self.gazetteer.resolve(f"{loc.name} province", countries=[loc.country])
        if unit is None or unit.precision != "admin1" or unit.country != loc.country or \
                unit.lat is None or normalise(unit.name or "") != normalise(loc.name) or \
                _km((unit.lat, unit.lon), (loc.lat, loc.lon)) > _LOCAL_SEAT_KM:
            return None
        return unit

    def _population(self, loc: Location) -> int:
        """The GeoNames population of a resolved town (0 when unknown)."""
        return max((p.population for p in self.gazetteer.candidates(loc.name or "")
                    if loc.geonames_id is not None and p.geonameid == loc.geonames_id),
                   default=0)

    def _big_city(self, loc: Location) -> bool:
        """Whether a town is a city of a million people or more (one with named areas)."""
        return loc.geonames_id is not None and any(
            p.geonameid == loc.geonames_id and p.population >= _BIG_CITY
            for p in self.gazetteer.candidates(loc.name))

    def _state_house(self, clause: str, named_country: Location | None,
                     actors: list[Actor | None]) -> Location | None:
        """The capital of the state whose parliament or palace the clause puts the act at
        ("outside parliament", "inside the Kenyan parliament", "at Chad's presidential
        palace"): its owner named before it, else the country named or the actors' own."""
        m = re.search(rf"\b(?:{_HOUSE_CUES})\s+(?:the\s+)?(?:(?P<owner>[A-Z][\w-]+)"
                      rf"(?:['\u2019]s)?\s+)?(?i:{_houses()})\b", clause)
        if m is None:
            return None
        country = self.actors.country_of(m.group("owner")) if m.group("owner") else None
        country = country or (named_country.country if named_country else None) or next(
            (a.country for a in actors if a is not None and a.country), None)
        return self._capital(country) if country else None

    def _capital(self, country: str) -> Location | None:
        for name in self.actors.capitals.get(country, []):
            loc = self.gazetteer.resolve(name, countries=[country])
            if loc is not None and loc.country == country and loc.precision == "city":
                return replace(loc)
        return None

    def _seat(self, sentence: str) -> Location | None:
        """Where a body named in the sentence sits ("Security Council": UN headquarters)."""
        low = sentence.lower()
        for body, place in place_lexicon_extra()["seats"].items():
            # "Ivory Coast's National Security Council" is a state's own body
            if re.search(rf"(?<!national ){re.escape(body)}", low):
                return self.gazetteer.resolve(place)
        return None

    def _council_business(self, ctx: ArticleContext, sentence: str) -> Location | None:
        """The seat of a body the story names ("Security Council") when the sentence speaks
        of that body's business without naming it ("vetoed", "told the council", "Sudan's
        U.N. envoy")."""
        low = sentence.lower().replace("\u2019", "'")
        if not any(re.search(rf"(?<![\w.]){re.escape(w)}(?![\w])", low)
                   for w in place_lexicon_lists()["council_business"]):
            return None
        # the body named last before the sentence (a story may name several)
        text = ctx.article.text.lower()
        end = max(text.find(sentence.lower()), 0) + len(sentence)
        named = [(text.rfind(body, 0, end), place)
                 for body, place in place_lexicon_extra()["seats"].items()]
        at, place = max(named)
        return self.gazetteer.resolve(place) if at >= 0 else None


# "Mongolia's capital", "the capital of Malawi" (not "the capital of Malawi's north").
_CAPITAL_AFTER = re.compile(r"['\u2019]s\s+capital\b")
_CAPITAL_OF_BEFORE = re.compile(r"\bcapital\s+of\s+(?:the\s+)?$", re.I)
# Cues that do not say an event happened at the place ("opposition from Iran").
NON_LOCATIVE_CUES = frozenset({None, "from", "between"})
# "in 2018", "in March 2022", "of 2014": a year told as the time of an act (not "since 2019":
# a state lasting until today); "last year's crackdown", "two years ago"
_PAST_YEAR = re.compile(r"\b(?i:in|of|during)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:January|"
                        r"February|March|April|May|June|July|August|September|October|"
                        r"November|December)\s+)?(?P<y>(?:19|20)\d\d)\b(?!\s*[-\u2013])")
_LAST_YEAR = re.compile(r"\blast\s+year(?:['\u2019]s)?\b|\byears?\s+ago\b", re.I)
# "in X", "in mainland X": a place the sentence puts something in
_IN_BEFORE = re.compile(r"\b(?:in|at|inside)\s+(?:[a-z]+\s+)?$")
# a background sentence still at the story's place: "the (same) city", "the region", "there",
# "retook it", "along the border" (of the story's area); or at a court's seat ("the state
# court sentenced him in 2025")
_POINTS_BACK = re.compile(r"\b(?:the|this)\s+(?:same\s+)?(?:town|city|region|province|island|"
                          r"islands|area|district|enclave|territory|valley|village|camp|capital)\b"
                          r"|\bthere\b|\b(?:captured|recaptured|retook|seized|took|overran|"
                          r"attacked|stormed|held|controlled)\s+it\b|\bcourts?\b|\bborder\b", re.I)
# "the town", "the city", "the district headquarters": the story's town itself
_THE_TOWN = re.compile(r"\b(?:the|this)\s+(?:town|city|(?:district|provincial|regional)\s+"
                       r"(?:headquarters|capital))\b(?!\s+of\b)", re.I)
# "the city", "this town" as a whole (not "the old city", "the city of X")
_THE_CITY = re.compile(r"\b(?:the|this)\s+(?:town|city)\b(?!\s+(?:of|centre|center)\b)", re.I)
# a district or spot this close to the story's town is a part of it (see _town_of_part)
_OWN_PART_KM = 30
# "near X", "near the village of X": a spot by a place, see _near_unlisted_in_lead
_NEAR_NAME = re.compile(r"\bnear\s+(?:the\s+(?:village|hamlet|settlement|town)\s+of\s+)?"
                        r"(?P<n>[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,2})")
# Cues that put a thing around a town rather than in it ("near X", "south-west of X").
_AROUND_CUE = re.compile(r"^(?:near|around|outside|outskirts of|(?:north|south|east|west)"
                         r"(?:-?(?:east|west))?\s+of)$")
# Cues that put a thing at a place even inside an actor's words ("the chief in Naypyitaw");
# with a country they scope the act to it ("rallies across Venezuela", "protests in Iran").
_SCENE_CUES = frozenset({"in", "at", "inside", "across"})
# How far back (characters) a sentence naming no place looks for the incident's place.
_RECENT_CHARS = 1500
# The cue of a settlement the gazetteer lacks ("the village of X"), see EventPlacer._sites.
SITE_CUE = "site"
# Words putting an act at a state's house ("outside parliament", "stormed the palace").
_HOUSE_CUES = r"outside|inside|at|near|into|in\s+front\s+of|stormed|attacked|raided|besieged"
# The cue given to a town an assault verb takes ("gunmen who attacked Kabul"), see
# assaulted_place.
ASSAULT_CUE = "assault"
# "the fishing village of X", "the island of X", "X village": a settlement named with its kind.
_SITE_NAMED = re.compile(
    r"\b(?:villages?|hamlets?|towns?|island|settlements?|locality)\s+of\s+"
    r"(?P<a>[A-Z][\w'\u2019-]+(?:[ -][A-Z][\w'\u2019-]+){0,3})"
    r"|(?P<b>[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,2}) (?:village|hamlet)\b")
# "Wapenamanda district", "the Kpendjal prefecture of ...", "Karimama commune": a
# second-level unit the gazetteer lacks (not "departments", "counties" or "territories",
# first-level in some countries, nor several units at once: "Laiagam and Kompiam districts").
_DISTRICT_NAMED = re.compile(
    r"(?<![\w'\u2019-])(?P<b>[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,2}) "
    r"(?:district|regency|prefecture|commune|sub-prefecture)\b(?!s)(?![\w-])")
# "the province of X" asks for the region X, not its capital.
_REGION_CUES = frozenset({"province of", "governorate of", "region of", "state of"})
# "Niger state", "Khost province": a name with its administrative unit.
ADMIN_UNIT_AFTER = re.compile(r"\s(?:province|state|region|governorate|oblast)s?$", re.I)
# "X district", "the X area", "X neighbourhood": a part of a town or the district around it.
_TOWN_PART = re.compile(r"\s+(?:district|neighbou?rhood|suburb|quarter|regency|territory|"
                        r"commune|sub-prefecture|county)\b(?!\s+of\b)", re.I)


@cache
def _own_part_after() -> re.Pattern[str]:
    """"'s San Juan de Lurigancho district", "'s Rueso district": after town X, a named part
    of X (capitalised words, with the lexicon's name connectors, then a part word)."""
    links = "|".join(re.escape(w) for w in sorted(lexicon().name_connectors) if w != "of")
    return re.compile(rf"['\u2019]s\s+[A-Z][\w'\u2019-]*\s+(?:(?:[A-Z][\w'\u2019-]*|{links})"
                      rf"\s+){{0,4}}?(?i:" + _TOWN_PART.pattern[len(r"\s+"):] + ")")
# "the X area": a part of a town, or the country around a town
_AREA_AFTER = re.compile(r"\s+area\b(?!\s+of\b)", re.I)
_NEIGHBOURHOOD = re.compile(r"neighbou?rhood|suburb|quarter", re.I)
# "X district" far from the story's big city (a million or more) names a district of that
# city when X is only a small town elsewhere (under this many people)
_CITY_DISTRICT = re.compile(r"district", re.I)
_PART_TOWN = 50_000
# a bare direction off a town ("south of X", "southern X"), no distance given
_BARE_DIRECTION = re.compile(r"(?<![\d)]\s)(?<!km\s)\b(?:(?:north|south|east|west)(?:east|west)?"
                             r"\s+of|(?:north|south|east|west)(?:east|west)?ern)\s+(?:the\s+)?$",
                             re.I)
# a province seated within this many km of a town of its name is seated in that town
_LOCAL_SEAT_KM = 30.0
_NEIGHBOURING = re.compile(r"\b(?:neighbou?ring|adjacent|nearby|adjoining)\s+$", re.I)
# A town part farther than this (km) from the story's town is a same-named part of that town.
_PART_KM = 100.0
# A province's seat further than this from a town of it is a misplaced seat (see _unit_lists).
_UNIT_SEAT_KM = 250.0
# A city this large has areas named like far towns ("the Rampura area" of Dhaka).
_BIG_CITY = 1_000_000
# "eastern Aleppo", "north-eastern Syria": a compass word right before a name.
_COMPASS_BEFORE = re.compile(
    r"\b((?:north|south)(?:-?(?:east|west))?|east|west|central)(?:ern)?\s+$", re.IGNORECASE)


# "a war monitor based in Britain": where a party is based, not where the event is.
# Where people come from ("passengers from Punjab", "protesters from Malaita"), not the scene.
_ORIGIN_BEFORE = re.compile(
    r"\b(?:people|passengers|travell?ers|workers|labou?rers|migrants|men|women|pilgrims|"
    r"protesters|demonstrators|residents|villagers|fighters|militants|youths|students|tourists|"
    r"families|refugees|settlers|traders|herders|rioters|gunmen|attackers)\s+"
    r"(?:originally\s+)?from\s+(?:the\s+)?$", re.I)
_BASED_BEFORE = re.compile(r"\b(?:based|headquartered)\s+(?:in|at)\s+(?:the\s+)?$", re.I)
# Where the wounded are treated or people went after the act: "taken to a military hospital in
# Srinagar", "fled to the town of Kaya", "evacuated to the capital" (not where it happened).
_AWAY_BEFORE = re.compile(
    r"(?:\b(?:hospital|clinic|morgue)s?\s+in\s+|\b(?:fled|flee|fleeing|evacuated|airlifted|"
    r"rushed|transferred|taken)\s+(?:back\s+)?to\s+|\b(?:fled|fleeing|escaped|escaping|"
    r"crossing|crossed)\s+(?:back\s+)?(?:into|across)\s+)(?:the\s+(?:[a-z-]+\s+)?"
    r"(?:city|town|village|capital)\s+of\s+|the\s+)?$", re.I)
_CARE_AFTER = re.compile(r"^(?:'s)?\s+(?:\w+\s+)?(?:hospital|clinic|morgue)s?\b", re.I)
# "a gang known as Los Injertos del Cono Norte": a place word inside a name
_IN_A_NAME_BEFORE = re.compile(
    r"\b(?:known|calling\s+itself|calls\s+itself)\s+as\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w'\u2019-]*|de|del|de la|of|al|el)\s+)+$")
_VILLAGE_CUES = frozenset({"village of", "villages of", "hamlet of"})
# "near the Telangana border", "the border with Chad": a line the scene lies along, seen from
# the story's own side (a border crossing, post or town is a place of its own).
_LINE_AFTER = re.compile(r"^\s+(?:border|frontier)s?\b(?!\s+(?:crossing|post|point|town|city|"
                         r"village|gate|checkpoint|terminal)s?\b)", re.I)
_BORDER_WITH_BEFORE = re.compile(r"\b(?:border|frontier)s?\s+with\s+(?:the\s+)?$", re.I)
# "the Souq Omdurman area of the city": the name of a part of the story's town, not the town
# it is named after.
_PART_OF_TOWN_AFTER = re.compile(
    r"^\s+(?:area|district|neighbou?rhood|quarter|suburb|section|part)s?\s+of\s+(?:the|this)"
    r"\s+(?:city|town|capital)\b", re.I)


@cache
def _unit_lists() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """'X, Y and Z districts' and 'the villages of X and Y': several towns or second-level
    units named together with their plural kind (not provinces or states: several of those
    are coded at the country or each at its own; not neighbourhoods, which are of one town)."""
    name = r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}"
    names = rf"{name}(?:,\s+{name})*,?\s+and\s+{name}"
    kinds = (r"(?:districts|villages|towns|communes|municipalities|counties|townships|"
             r"sub-prefectures|hamlets)")
    return (re.compile(rf"(?P<list>{names})\s+{kinds}\b"),
            re.compile(rf"\b{kinds}\s+of\s+(?P<list>{names})"))


def _in_unit_list(text: str, start: int) -> tuple[int, int] | None:
    """The span of a list of towns or districts named with their plural kind that holds the
    name at start, see _unit_lists."""
    lo, hi = _sentence_bounds(text, start, start)
    for pattern in _unit_lists():
        for m in pattern.finditer(text, lo, hi):
            if m.start("list") <= start < m.end("list"):
                return m.start(), m.end()
    return None


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) of the sentence around text[start:end], roughly (full stops, lines)."""
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    his = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return lo, min(his) if his else len(text)


def _town_spot(text: str, t: Any) -> bool:
    """Is the toponym a town standing for a spot off it or a part of it ("20 km south of X",
    "X's Y district"), placed at precision `district` for its own sentence only? Later
    sentences that name no place go back to the town, not to that spot."""
    return _offset_spot(text, t.start) or _own_part_after().match(text, t.end) is not None


@cache
def _offset_re() -> re.Pattern[str]:
    """"about 20 km (12 miles) south of ", "40 km from ", "the hills east of ", "in the south
    of " right before a name, from the lexicon's offset words."""
    lists = place_lexicon_lists()

    def alt(words: tuple[str, ...]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    return re.compile(
        rf"(?:(?P<num>\d[\d.,]*)\s*"
        rf"(?:{alt(lists['offset_units'])})\b(?:\s*\([^)]*\))?\s+"
        rf"(?:{alt(lists['offset_directions'])})"
        rf"|\b(?:{alt(lists['offset_landforms'])})\s+(?:{alt(lists['part_directions'])})\s+of"
        rf"|\bin\s+the\s+"
        rf"(?:{alt(lists['part_directions'])})\s+of)\s+"
        rf"(?:the\s+(?:[a-z-]+\s+)?(?:town|city|village)\s+of\s+)?(?:the\s+)?$", re.IGNORECASE)


def _offset_spot(text: str, start: int) -> bool:
    """Does the name at `start` locate a spot some distance off the town ("20 km south of
    X", "40 km from X") or a part of it ("in the south of X")? Coders code such a spot at
    precision `district`; a distance in apposition to a town just named ("the town of B,
    about 60 km north of X") describes B and does not count."""
    m = _offset_re().search(text, max(0, start - 60), start)
    if m is None:
        return False
    if m.group("num") is None:
        return True
    comma = _APPOSITION_BEFORE.search(text, max(0, m.start() - 20), m.start())
    # "near the border with X, about 40 km east of Y": the distance places the border spot
    return comma is None or _BORDER_BEFORE.search(text, max(0, comma.start() - 50),
                                                  comma.start()) is not None


def _offset_off_the_town(sentence: str) -> bool:
    """Does the sentence put a spot some distance off the story's town without naming it
    ("about 10 km east of the town", "30 km from the city")?"""
    lists = place_lexicon_lists()
    units = "|".join(re.escape(w) for w in sorted(lists["offset_units"], key=len, reverse=True))
    dirs = "|".join(re.escape(w) for w in sorted(lists["offset_directions"], key=len,
                                                 reverse=True))
    return re.search(rf"\d[\d.,]*\s*(?:{units})\b(?:\s*\([^)]*\))?\s+(?:{dirs})\s+the\s+"
                     r"(?:town|city)\b(?!\s+of\b)", sentence, re.IGNORECASE) is not None


# "the border with X", "the X border" right before a comma: a spot on a border, no town
_BORDER_BEFORE = re.compile(r"\bborder(?:\s+with\s+(?:the\s+)?[A-Z][\w'\u2019-]*"
                            r"(?:\s+[A-Z][\w'\u2019-]*){0,2})?\s*$")
# ", about " right before a distance: the distance describes the place just named
_APPOSITION_BEFORE = re.compile(r",\s*(?:(?:about|some|around|roughly|nearly|almost)\s+)?$",
                                re.IGNORECASE)


def _site_name(name: str, titles_ok: bool = False) -> bool:
    """Could `name` be a settlement's name: not a sentence's first word, a title, a month
    or a common word ("The village", "Sunday village")? A title may open a name the
    gazetteer confirms ("Sheikh Zuweid")."""
    lex = lexicon()
    words = [w.lower() for w in re.split(r"[ -]", name)]
    return not any(w in _NOT_SITE_WORDS or (w in lex.titles and not titles_ok)
                   or w in lex.calendar or w in lex.common_words for w in words)


_NOT_SITE_WORDS = frozenset({"the", "a", "an", "this", "that", "one", "each", "every", "his",
                             "her", "their", "its", "our", "another"})


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km."""
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin(
        (lo2 - lo1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def _town_inside(unit: Location, others: list[Any],
                 resolve: Callable[[Any], Location | None]) -> Location | None:
    """The first town, district or spot of the clause that lies in the first-level unit named
    before it ("In Kaduna state, gunmen stormed a church in Kajuru", "the regional capital
    Nukus"): the unit frames the scene, coders code the finer place."""
    for o in others:
        loc = resolve(o)
        if loc is None or loc.precision not in ("city", "district", "point") or \
                loc.country != unit.country:
            continue
        names = {normalise(n) for n in (unit.admin1, unit.name) if n}
        if loc.admin1 and normalise(loc.admin1) in names:
            return loc
        if (not loc.admin1 or not names) and None not in (unit.lat, loc.lat) and \
                _km((unit.lat, unit.lon), (loc.lat, loc.lon)) <= _UNIT_KM:
            return loc
    return None


# How far (km) from a unit's point a town with no unit on file may lie and count as in it.
_UNIT_KM = 250.0


def _on_the_act(doc: Doc, t: Any, trigger: Span | None) -> bool:
    """The place phrase hangs on the event's own verb ("arrested activists in Niger",
    "called for protests in Iran"), not on a noun's clause ("migrants stranded in Greece")."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or trigger is None:
        return False
    verb = next((a for a in span.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    act = trigger.root if trigger.root.pos_ in ("VERB", "AUX") else next(
        (a for a in trigger.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and act is not None and verb.i == act.i


def _not_the_scene(sentence: str, t: Any) -> bool:
    """Is the toponym named for another reason than being the event's place: where a party
    is based, the name of a part of the town the story is about, or where the wounded were
    treated and the witnesses fled ("taken to a hospital in X", "fled to the town of Y")?"""
    return bool(_BASED_BEFORE.search(sentence, max(0, t.start - 24), t.start)
                or _ORIGIN_BEFORE.search(sentence, max(0, t.start - 40), t.start)
                or _PART_OF_TOWN_AFTER.match(sentence[t.end:t.end + 40])
                or _taken_there(sentence, t)
                or _LINE_AFTER.match(sentence[t.end:t.end + 40])
                or _IN_A_NAME_BEFORE.search(sentence, max(0, t.start - 60), t.start)
                or _BORDER_WITH_BEFORE.search(sentence, max(0, t.start - 30), t.start))


def _taken_there(text: str, t: Any) -> bool:
    """Where the wounded were treated or people went after the act ("a hospital in Raipur",
    "fled to Kaya")."""
    return bool(_AWAY_BEFORE.search(text, max(0, t.start - 60), t.start)
                or _CARE_AFTER.match(text[t.end:t.end + 30]))


def assaulted_place(text: str, start: int) -> bool:
    """Is the name at `start` the object of an assault verb ("gunmen who attacked Kabul")?
    Such a town or capital is the scene even with no locative cue before it."""
    return _assault_before().search(text[max(0, start - 24):start]) is not None


@cache
def _assault_before() -> re.Pattern[str]:
    verbs = "|".join(re.escape(v) for v in place_lexicon_lists()["assault_verbs"])
    return re.compile(rf"\b(?:{verbs})\s+$", re.I)


@cache
def _houses() -> str:
    """The state houses of the place lexicon as one regex alternation."""
    return "|".join(re.escape(h).replace(r"\ ", r"\s+")
                    for h in place_lexicon_lists()["state_houses"])


def _house_named(text: str) -> bool:
    """Does the phrase name a state's parliament or palace ("Iraq's parliament")?"""
    return re.search(rf"(?i)\b(?:{_houses()})\b", text) is not None


def not_the_storys_place(text: str, t: Any) -> bool:
    """Where people were taken after the act, or where speakers are ("the ministry in Sanaa
    said"): named in a story, still not the story's place."""
    return _taken_there(text, t) or _speaker_place(text, t)


def _names_the_kind_of(sentence: str, t: Any, toponyms: list[Any]) -> bool:
    """"the West Bank city of Jenin", "the Pakistani city of Bannu": a region named as a
    modifier of the kind of the town that follows, which is the place."""
    m = _KIND_OF_AFTER.match(sentence, t.end)
    return m is not None and any(o.start == m.end() for o in toponyms)


def _owner_of_next(sentence: str, t: Any, toponyms: list[Any],
                   resolve: Callable[[Any], Location | None]) -> bool:
    """"Chhattisgarh's Sukma district", "northern Iraq's Sinjar district": a region owning
    the place that follows, when that place lies in it; "Bogota's Ciudad Bolivar district"
    with no such district on file stays Bogota, not a namesake town elsewhere."""
    m = _OWNS_AFTER.match(sentence, t.end)
    if m is None:
        return False
    nxt = next((o for o in toponyms if o.start == m.end()), None)
    if nxt is None or _NAME_GOES_ON.match(sentence, nxt.end):
        return False
    owner, place = resolve(t), resolve(nxt)
    if owner is None or place is None or owner.country != place.country:
        return False
    if owner.precision == "country":
        return True
    if owner.precision == "admin1":
        # a region spanning provinces ("northern Iraq's Sinjar district") holds any place
        # of its country named as its own; a province holds its own places
        return not owner.admin1 or owner.admin1 == place.admin1
    return False  # a town owning a district: the district is the town's, at its precision


# "San Juan| de Lurigancho": a known name that is only the start of a longer unknown one
_NAME_GOES_ON = re.compile(r"\s+(?:(?:de|del|de la|des|du|el|al|ul|bin)\s+)?[A-Z]")
# "X city of", "X town of": words naming the kind of place the next name is
_KIND_OF_AFTER = re.compile(r"\s+(?:port\s+|border\s+)?(?:city|town|village)\s+of\s+", re.I)
_OWNS_AFTER = re.compile(r"['\u2019]s\s+")


def _speaker_place(sentence: str, t: Any) -> bool:
    """"Officials in Cairo said": where the speakers are, the place of their statement but
    not of the act they report."""
    m = re.match(r"\s+(\w+)", sentence[t.end:t.end + 20])
    return m is not None and m.group(1).lower() in lexicon().speech_verbs


def _clause_bounds(sentence: str, anchor: int) -> tuple[int, int]:
    """[start, end) of the semicolon-delimited clause holding the trigger: "In X, four were
    killed; in Y, a drone hit a block" gives each clause's event its own place."""
    lo = sentence.rfind(";", 0, anchor) + 1
    hi = sentence.find(";", anchor)
    return lo, len(sentence) if hi < 0 else hi


@cache
def place_lexicon_lists() -> dict[str, tuple[str, ...]]:
    """Phrase lists of the place lexicon used by event location (lower-cased)."""
    raw = yaml.safe_load((Path(__file__).parent.parent / "resolve" / "data" / "places" /
                          "lexicon.yaml").read_text(encoding="utf-8"))
    return {k: tuple(str(w).lower() for w in raw.get(k) or ())
            for k in ("country_wide", "air_defence", "council_business", "offset_units",
                      "assault_verbs", "state_houses",
                      "offset_directions", "offset_landforms", "part_directions",
                      "unit_anaphora")}


@cache
def place_lexicon_extra() -> dict[str, dict[str, str]]:
    """Seats of bodies and dateline aliases from the place lexicon (lower-cased keys)."""
    raw = yaml.safe_load((Path(__file__).parent.parent / "resolve" / "data" / "places" /
                          "lexicon.yaml").read_text(encoding="utf-8"))
    return {k: {str(a).lower(): str(b) for a, b in (raw.get(k) or {}).items()}
            for k in ("seats", "dateline_aliases")}
