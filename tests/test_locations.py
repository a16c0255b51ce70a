"""Event locations: which place an event gets and at what precision (sentences written for
these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.extract import Extractor
from eventwire.model import Article, Event, article_id_for
from eventwire.resolve.gazetteer import Gazetteer

PUB = date(2025, 3, 5)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def run(extractor: Extractor, text: str, dateline: str | None = None) -> list[Event]:
    art = Article(article_id=article_id_for(text), text=text, published=PUB,
                  dateline=dateline, outlet="Test Wire")
    return extractor.extract(art)


def _texts(gaz: Gazetteer, text: str) -> list[str]:
    return [t.text for t in gaz.find_toponyms(text)]


# -- gazetteer -------------------------------------------------------------------------------

def test_region_named_after_its_capital_is_admin1(gaz: Gazetteer) -> None:
    loc = gaz.resolve("Samara region")
    assert loc is not None and loc.precision == "admin1" and loc.country == "RUS"
    assert abs(loc.lat - 53.2) < 0.3 and abs(loc.lon - 50.1) < 0.3  # at the capital
    assert loc.text == "Samara region"
    # "X district" is smaller than a region: the city stands in at city precision
    sub = gaz.resolve("Samara district")
    assert sub is not None and sub.precision == "city"


def test_province_spellings_reach_the_governorate(gaz: Gazetteer) -> None:
    loc = gaz.resolve("Deir el-Zor province")
    assert loc is not None and loc.precision == "admin1" and loc.country == "SYR"


def test_curated_places_resolve(gaz: Gazetteer) -> None:
    for name, country, precision in [("Tishreen Dam", "SYR", "point"),
                                     ("Evros region", "GRC", "admin1"),
                                     ("Kurile Islands", "RUS", "admin1"),
                                     ("Hmeymim air base", "SYR", "point"),
                                     ("UN headquarters", "USA", "point")]:
        loc = gaz.resolve(name)
        assert loc is not None, name
        assert (loc.country, loc.precision) == (country, precision), name


# -- recognition -----------------------------------------------------------------------------

def test_seas_are_not_event_places(gaz: Gazetteer) -> None:
    assert _texts(gaz, "Tankers crossed the Red Sea and the Black Sea to reach Odesa.") == [
        "Odesa"]
    assert _texts(gaz, "Jets patrolled over the Baltic states and the Mediterranean.") == []


def test_names_after_kinship_words_and_title_plus_given_name(gaz: Gazetteer) -> None:
    assert "Farah" not in _texts(gaz, "She fled with her husband Farah and two children.")
    assert "Farah" not in _texts(gaz, "The army spokesman Ali Farah told journalists so.")
    assert _texts(gaz, "The army spokesman in Farah told journalists so.") == ["Farah"]


# -- event locations -------------------------------------------------------------------------

def test_each_clause_of_a_list_keeps_its_place(extractor: Extractor) -> None:
    evs = run(extractor, "In Odesa, three people were killed when a missile struck a "
                         "warehouse; in Dnipro, a drone hit an apartment block, wounding five.")
    got = sorted((e.injured or 0, e.location.name if e.location else None) for e in evs
                 if e.event_type == "ASSAULT")
    assert got == [(0, "Odesa"), (5, "Dnipro")]


def test_demonym_that_is_also_a_town_alias_is_no_place(extractor: Extractor) -> None:
    evs = run(extractor, "Rival delegations held talks in the Kazakh capital, Astana, on "
                         "Tuesday.")
    ev = next(e for e in evs if e.event_type == "CONSULT")
    assert ev.location is not None and ev.location.name == "Astana"


def test_compass_part_of_a_city_or_country(extractor: Extractor) -> None:
    ev = next(e for e in run(extractor, "Warplanes bombed eastern Aleppo on Tuesday, killing "
                                        "nine people.") if e.event_type == "ASSAULT")
    assert ev.location is not None and ev.location.precision == "district"
    assert ev.location.text == "eastern Aleppo"
    ev = next(e for e in run(extractor, "Rebels attacked an army post in northern Syria on "
                                        "Tuesday.") if e.event_type == "ASSAULT")
    assert ev.location is not None and ev.location.precision == "admin1"
    assert ev.location.country == "SYR"


def test_province_cue_gives_region_precision(extractor: Extractor) -> None:
    evs = run(extractor, "Gunmen killed four farmers in the northern province of Idlib on "
                         "Monday.")
    ev = next(e for e in evs if e.event_type == "ASSAULT")
    assert ev.location is not None and ev.location.precision == "admin1"


def test_security_council_business_is_at_un_headquarters(extractor: Extractor) -> None:
    evs = run(extractor, "China vetoed a Security Council resolution that would have "
                         "demanded a truce in the city of Idlib.")
    ev = next(e for e in evs if e.event_type == "REJECT")
    assert ev.location is not None and ev.location.country == "USA"
    assert ev.location.precision == "point"


def test_united_nations_dateline_is_headquarters(extractor: Extractor) -> None:
    text = ("Diplomats said on Tuesday that the envoy urged both sides to respect the truce "
            "and to release prisoners.")
    evs = run(extractor, text, dateline="UNITED NATIONS")
    ev = next(e for e in evs if e.event_type == "REQUEST")
    assert ev.location is not None and ev.location.country == "USA"


def test_state_named_as_actor_is_no_place(extractor: Extractor) -> None:
    text = ("Militants attacked a checkpoint in the town of Tal Afar on Monday.\n\n"
            "Iraqi troops backed by U.S. advisers killed six militants on Tuesday, Washington "
            "said.")
    ev = next(e for e in run(extractor, text) if e.fatalities == 6)
    assert ev.location is not None and ev.location.country == "IRQ"


def test_sentence_without_place_continues_the_incident_site(extractor: Extractor) -> None:
    text = ("A car bomb exploded in the Karrada district of Baghdad on Monday, killing six "
            "people.\n\nPolice later arrested two suspects, officials said.")
    ev = next(e for e in run(extractor, text) if e.event_type == "COERCE")
    assert ev.location is not None and ev.location.precision == "district"
    assert ev.location.name == "Karrada"


def test_country_attached_to_the_event_wins(extractor: Extractor) -> None:
    text = ("Rebels shelled the town of Tal Afar on Monday, killing two people, officials "
            "said.\n\nTurkey deployed more troops to Syria on Tuesday.")
    ev = next(e for e in run(extractor, text) if e.event_type == "MOBILIZE")
    assert ev.location is not None and ev.location.country == "SYR"
    assert ev.location.precision == "country"


def test_sentences_naming_no_place_take_the_town_of_the_lead(extractor: Extractor) -> None:
    text = ("Gunmen stormed a police post in the northern town of Djibo on Sunday, killing six "
            "officers, residents said.\n\n"
            "The attackers also abducted two traders from the market, one resident said.")
    events = run(extractor, text, dateline="Ouagadougou, Burkina Faso")
    later = [e for e in events if e.mentions[0].sentence_start > 0]
    assert later and all(e.location is not None and e.location.name == "Djibo" for e in later)


def test_the_leads_town_beats_a_capital_named_more_often(extractor: Extractor) -> None:
    # officials speak in the capital; the story happens where the lead puts it
    text = ("Police and opposition supporters clashed in the northern city of Kenema on "
            "Saturday, leaving two people dead, police said in Freetown.\n\n"
            "Officers fired tear gas to disperse the crowd.\n\n"
            "Party leaders were taken to Freetown for questioning, and the information "
            "minister told reporters in Freetown on Monday that calm had returned.")
    events = run(extractor, text, dateline="FREETOWN")
    gas = next(e for e in events if e.mode == "tear-gas")
    assert gas.location is not None and gas.location.name == "Kenema"


def test_name_continued_by_another_word_is_a_longer_place(gaz: Gazetteer) -> None:
    text = "Troops retook the village of Aden Qoorey in Somalia on Friday, in Kharkiv Oblast."
    assert "Aden" not in _texts(gaz, text)
    assert "Somalia" in _texts(gaz, text)
    assert "Kharkiv Oblast" in _texts(gaz, text)
    assert "Aleppo" in _texts(gaz, "Fighting resumed in Aleppo Tuesday.")


def test_name_begun_by_another_word_is_a_longer_place(gaz: Gazetteer) -> None:
    # "Mon" alone is Myanmar's Mon State; "Mosul" after a cue stays Mosul
    text = "Shells landed in the village of Srey Mon near the border on Monday."
    assert "Mon" not in _texts(gaz, text)
    assert "Mosul" in _texts(gaz, "Fighting resumed in the city of Mosul on Monday.")


def test_a_national_security_council_sits_at_home(extractor: Extractor) -> None:
    evs = run(extractor, "Ghana's National Security Council will meet in Tamale on Thursday "
                         "to discuss the situation in the north.", dateline="ACCRA")
    talks = [e for e in evs if e.event_type == "CONSULT"]
    assert talks and all(e.location is not None and e.location.country == "GHA" for e in talks)


def test_nationwide_event_is_placed_at_the_country(extractor: Extractor) -> None:
    text = ("Police fired tear gas at students in the town of Nakuru on Monday.\n\n"
            "Teachers' unions called for nationwide strikes on Friday.")
    ev = next(e for e in run(extractor, text) if e.mentions[0].sentence_start > 0)
    assert ev.location is not None and ev.location.precision == "country"
    assert ev.location.country == "KEN"


def test_a_national_stay_away_is_placed_at_the_country(extractor: Extractor) -> None:
    text = ("Police fired tear gas at protesters in Blantyre, Malawi, on Monday.\n\n"
            "The opposition called a national stay-away for Friday.")
    ev = next(e for e in run(extractor, text) if e.event_type == "PROTEST")
    assert ev.location is not None and ev.location.precision == "country"


def test_there_refers_to_the_place_just_named(extractor: Extractor) -> None:
    text = ("Envoys from both countries held a first round of talks in Geneva on Monday.\n\n"
            "The two delegations agreed there to release all detained journalists.")
    ev = next(e for e in run(extractor, text) if e.event_type == "AGREE")
    assert ev.location is not None and ev.location.name == "Geneva"


def test_council_business_without_naming_the_council_is_at_its_seat(
        extractor: Extractor) -> None:
    text = ("The U.N. Security Council failed on Monday to adopt a draft on aid to Haiti.\n\n"
            "China vetoed the text, citing sovereignty concerns in Port-au-Prince.")
    ev = next(e for e in run(extractor, text) if e.mentions[0].sentence_start > 0)
    assert ev.location is not None and ev.location.country == "USA"


def test_where_a_party_is_based_and_a_named_part_of_town_are_not_the_scene(
        extractor: Extractor) -> None:
    text = ("A drone struck the market in the town of Kadugli on Monday, killing four people.\n\n"
            "Another drone hit the Souq Kosti area of the city an hour later, a monitor based "
            "in France said.")
    ev = next(e for e in run(extractor, text) if e.mentions[0].sentence_start > 0)
    assert ev.location is not None and ev.location.name == "Kadugli"


def test_place_inside_an_actors_words_with_a_locative_cue(extractor: Extractor) -> None:
    text = ("Fighting continued near the town of Sake on Monday.\n\n"
            "In May, Qatar brokered a framework accord in Doha under which both sides "
            "committed to a ceasefire.")
    ev = next(e for e in run(extractor, text) if e.mentions[0].sentence_start > 0)
    assert ev.location is not None and ev.location.name == "Doha"


def test_a_sentence_naming_only_a_country_is_placed_at_the_country(extractor: Extractor) -> None:
    text = ("Gunmen attacked a checkpoint in Zinder on Monday, killing four soldiers. "
            "Police arrested 30 opposition activists in Niger on Tuesday.")
    evs = run(extractor, text)
    arrest = next(e for e in evs if e.event_type == "COERCE")
    assert arrest.location is not None and arrest.location.precision == "country"
    attack = next(e for e in evs if e.event_type == "ASSAULT")
    assert attack.location is not None and attack.location.precision == "city"


def test_a_town_named_with_district_is_the_district(extractor: Extractor) -> None:
    text = "Security forces killed five militants in an operation in Bannu district on Monday."
    ev = next(e for e in run(extractor, text) if e.fatalities == 5)
    assert ev.location is not None and ev.location.country == "PAK"
    assert ev.location.precision == "district"


def test_a_far_same_named_neighbourhood_is_part_of_the_storys_town(
        extractor: Extractor) -> None:
    text = ("Gunmen killed three people in the city of Tijuana on Sunday, police said.\n\n"
            "Two days later, gunmen shot dead a taxi driver in the Morelos neighbourhood, "
            "police said.")
    ev = next(e for e in run(extractor, text) if e.mentions[0].sentence_start > 0)
    assert ev.location is not None and ev.location.name == "Tijuana"


def test_a_state_named_like_a_country_is_the_state(extractor: Extractor) -> None:
    text = ("Gunmen abducted 20 students from a school in neighbouring Niger state on Friday, "
            "police said.")
    ev = next(e for e in run(extractor, text) if e.event_type == "ASSAULT")
    assert ev.location is not None and ev.location.country == "NGA"
    assert ev.location.precision == "admin1"


def test_a_state_name_outranks_a_hamlet_the_context_favours(gaz: Gazetteer) -> None:
    loc = gaz.resolve("Texas", countries=["MEX"])
    assert loc is not None and loc.country == "USA" and loc.precision == "admin1"
    for name, country in [("Lanao del Sur province", "PHL"), ("Tillaberi region", "NER"),
                          ("Gegharkunik province", "ARM"), ("North-West Region", "CMR")]:
        reg = gaz.resolve(name)
        assert reg is not None and reg.country == country and reg.precision == "admin1", name


def test_a_foreign_party_acts_at_the_storys_place(extractor: Extractor) -> None:
    text = ("Gunmen attacked a hotel in the Somali town of Beledweyne on Monday, killing six "
            "people, officials in Beledweyne said. It was the third attack on Beledweyne in "
            "Somalia this year.\n\n"
            "Ethiopian troops killed three of the attackers, a local elder said.")
    ev = next(e for e in run(extractor, text) if e.actor1 and e.actor1.country == "ETH")
    assert ev.location is not None and ev.location.name == "Beledweyne"


def test_a_place_after_in_stays_a_place_before_a_speech_verb(gaz: Gazetteer) -> None:
    assert "Sanaa" in _texts(gaz, "The ministry in Sanaa said six people were killed.")


def test_foreign_forces_hurt_in_a_story_set_in_the_dateline_country(extractor: Extractor) -> None:
    text = ("Turkish jets struck militant positions in northern Iraq overnight, the ministry "
            "said.\n\nThree Turkish soldiers were slightly wounded.")
    ev = [e for e in run(extractor, text, dateline="Erbil") if e.mentions[0].sentence_start > 0]
    assert ev and ev[0].location is not None and ev[0].location.country == "IRQ"
    # A dateline abroad that the story never puts events in is only where it was filed.
    text = ("Gunmen attacked a police station in Tehran on Monday.\n\n"
            "Three Iranian policemen were wounded.")
    ev = [e for e in run(extractor, text, dateline="Ankara") if e.mentions[0].sentence_start > 0]
    assert ev and ev[0].location is not None and ev[0].location.country == "IRN"


def test_a_vote_is_at_the_seat_of_the_body_named_last(extractor: Extractor) -> None:
    text = ("The U.N. Security Council has discussed Iran's programme before.\n\n"
            "The IAEA Board of Governors on Wednesday passed a resolution censuring Iran.\n\n"
            "Russia and China voted against.")
    ev = [e for e in run(extractor, text, dateline="Tehran") if "voted" in e.mentions[0].sentence]
    assert ev and ev[0].location is not None and ev[0].location.name == "Vienna"


# -- settlements the gazetteer lacks ---------------------------------------------------------

def test_unlisted_village_is_placed_at_its_province(extractor: Extractor) -> None:
    """A village no gazetteer lists is placed at the province that holds it, at the
    province's precision (as coders do), and so are the sentences that go on about it."""
    text = ("Gunmen killed seven farmers in the village of Wakorondi on Monday, police said. "
            "The attackers also burned about 20 houses.")
    evs = run(extractor, text, dateline="MAIDUGURI, Nigeria")
    kill = next(e for e in evs if e.fatalities == 7)
    assert kill.location is not None and kill.location.precision == "admin1"
    assert kill.location.name is not None and "Borno" in kill.location.name
    burn = next(e for e in evs if e.mentions[0].sentence.startswith("The attackers"))
    assert burn.location is not None and burn.location.name == kill.location.name


def test_province_named_in_the_story_holds_its_village(extractor: Extractor) -> None:
    text = ("Fighting spread across Nigeria's Borno state over the weekend. Gunmen killed "
            "seven farmers in the village of Wakorondi on Monday, police said.")
    evs = run(extractor, text, dateline="ABUJA, Nigeria")
    kill = next(e for e in evs if e.fatalities == 7)
    assert kill.location is not None and kill.location.precision == "admin1"
    assert kill.location.name is not None and "Borno" in kill.location.name


def test_story_back_in_its_town_leaves_the_village(extractor: Extractor) -> None:
    """Once the story names its own town again, a sentence naming no place is there, not at
    the village told before."""
    text = ("Gunmen killed seven farmers in the village of Wakorondi on Monday, police said. "
            "On Tuesday, hundreds of residents of Maiduguri marched to the governor's office. "
            "Police fired tear gas at the marchers.")
    evs = run(extractor, text, dateline="MAIDUGURI, Nigeria")
    gas = next(e for e in evs if e.mentions[0].sentence.startswith("Police fired"))
    assert gas.location is not None and gas.location.precision == "city"


def test_a_village_people_fled_to_is_no_scene(extractor: Extractor) -> None:
    text = ("Soldiers detained 15 men in house-to-house searches on Sunday, and hundreds of "
            "residents fled to the village of Wakorondi.")
    evs = run(extractor, text, dateline="MAIDUGURI, Nigeria")
    arrest = next(e for e in evs if e.event_type == "COERCE")
    assert arrest.location is not None and arrest.location.precision == "city"


def test_site_names_are_no_common_words() -> None:
    from eventwire.extract.locations import _site_name

    assert _site_name("Wakorondi")
    assert _site_name("Tin Kessou")
    assert not _site_name("The")
    assert not _site_name("Sunday")


def test_town_named_with_its_territory_or_commune_is_a_district(extractor: Extractor) -> None:
    """"X territory", "X commune", "X regency" name the district around town X."""
    evs = run(extractor, "Militiamen killed six villagers in Djugu territory on Friday, "
                         "officials said.", dateline="BUNIA, Congo")
    ev = next(e for e in evs if e.fatalities == 6)
    assert ev.location is not None and ev.location.precision == "district"


def test_a_spot_some_distance_off_a_town_is_a_district(extractor: Extractor) -> None:
    """"about 30 km (19 miles) west of X", "in the north of X": the area around X (district),
    for that sentence only; a distance in apposition describes the town just named."""
    text = ("Gunmen ambushed a fuel convoy about 30 km (19 miles) west of Gao on Tuesday, "
            "killing seven drivers, officials said.\n\n"
            "Later, the army said it had arrested three suspects in Gao.\n\n"
            "Shelling killed four civilians in the north of Kharkiv on Friday.")
    evs = run(extractor, text, dateline="BAMAKO, Mali")
    ambush = next(e for e in evs if e.fatalities == 7)
    assert ambush.location is not None and ambush.location.name == "Gao"
    assert ambush.location.precision == "district"
    arrest = next(e for e in evs if e.event_type == "COERCE")
    assert arrest.location is not None and arrest.location.precision == "city"
    shelling = next(e for e in evs if e.fatalities == 4)
    assert shelling.location is not None and shelling.location.precision == "district"


def test_offset_phrases() -> None:
    from eventwire.extract.locations import _offset_spot

    def spot(s: str) -> bool:
        return _offset_spot(s, len(s))

    assert spot("an ambush some 12 kilometres north-east of the town of ")
    assert spot("fighting around 5 miles from ")
    assert not spot("the village of Koro, about 15 km south of ")  # describes Koro
    assert not spot("rebels massed north of ")  # bare compass: coders keep the town
    assert not spot("clashes near ")


def test_a_far_district_in_the_story_towns_province_is_that_district(
        extractor: Extractor) -> None:
    """A town named with "district" far from the story's own town but in its province is no
    same-named part of that town: it is the district itself."""
    text = ("QUETTA, Pakistan (Test Wire) - Gunmen killed four policemen at a checkpoint in "
            "Zhob district on Sunday night, officials in Quetta said.")
    ev = next(e for e in run(extractor, text, dateline="QUETTA, Pakistan")
              if e.fatalities == 4)
    assert ev.location is not None and ev.location.name == "Zhob"
    assert ev.location.precision == "district"


def test_a_named_part_of_a_town_is_a_district_for_its_sentence(extractor: Extractor) -> None:
    """"Bogota's Ciudad Bolivar district": the town at precision district; the next sentence
    naming no place goes back to the town itself."""
    text = ("Gunmen shot dead three bus drivers in Bogota's Ciudad Bolivar district on Monday, "
            "police said.\n\n"
            "Police later arrested two suspects, the mayor said.")
    evs = run(extractor, text, dateline="BOGOTA, Colombia")
    shooting = next(e for e in evs if e.fatalities == 3)
    assert shooting.location is not None and shooting.location.name == "Bogotá"
    assert shooting.location.precision == "district"
    arrest = next(e for e in evs if e.event_type == "COERCE")
    assert arrest.location is not None and arrest.location.precision == "city"


def test_a_region_naming_the_kind_of_town_is_no_place(extractor: Extractor) -> None:
    """"the West Bank town of Tubas": the town is the place, the region only its modifier."""
    evs = run(extractor, "Israeli troops shot dead two Palestinians in the West Bank town of "
                         "Tubas on Monday, the health ministry said.")
    ev = next(e for e in evs if e.fatalities == 2)
    assert ev.location is not None and ev.location.text == "Tubas"
    assert ev.location.precision == "city"


def test_a_village_known_only_abroad_is_an_unlisted_site(extractor: Extractor) -> None:
    """"the village of Hartsville" in a Nigerian story is no US town: a village the gazetteer
    lacks, placed at the state the story names, also for the sentences that follow."""
    text = ("Gunmen killed nine people in an attack on the village of Hartsville in Zamfara "
            "state on Sunday, police said.\n\n"
            "Bandits later claimed the attack on Hartsville, residents said.")
    evs = run(extractor, text, dateline="GUSAU, Nigeria")
    later = [e for e in evs if e.mentions[0].sentence_start > 0]
    assert later and all(e.location is not None and e.location.country == "NGA"
                         and e.location.precision == "admin1" for e in later)


def test_where_the_wounded_died_is_not_the_place_of_the_attack(extractor: Extractor) -> None:
    text = ("The death toll from Sunday's attack on the police post in Tougbo has risen to five "
            "after a wounded officer died in hospital in Bouna on Tuesday night.")
    ev = next(e for e in run(extractor, text, dateline="BOUNA") if e.event_type == "ASSAULT")
    assert ev.location is not None and ev.location.name == "Tougbo"


def test_a_building_named_after_its_town_is_in_that_town(gaz: Gazetteer) -> None:
    assert "Quetta" in _texts(gaz, "The sit-in outside the Quetta Press Club went ahead.")
    assert "Kano" in _texts(gaz, "Worshippers gathered at Kano Central Mosque on Friday.")
    assert "Aden" not in _texts(gaz, "Troops retook the village of Aden Qoorey on Friday.")


def test_a_district_named_after_a_far_town_is_that_district(extractor: Extractor) -> None:
    text = ("Gunmen killed four villagers in the city of Guwahati on Monday, police said.\n\n"
            "Police arrested three men in Jiribam district on Tuesday.")
    ev = next(e for e in run(extractor, text) if e.event_type == "COERCE")
    assert ev.location is not None and ev.location.name == "Jiribam"
    assert ev.location.precision == "district"


def test_where_people_come_from_is_not_the_scene(extractor: Extractor) -> None:
    ev = next(e for e in run(extractor, "Gunmen stopped a bus on the highway near Kalat and shot "
                                        "dead nine passengers from Punjab on Sunday night.")
              if e.event_type == "ASSAULT")
    assert ev.location is not None and ev.location.name == "Kalat"


def test_where_attackers_fled_to_is_not_the_scene(extractor: Extractor) -> None:
    text = ("Rebels killed 11 villagers in a raid on Sunday night before crossing back into the "
            "Democratic Republic of the Congo, police in Kasese said.")
    ev = next(e for e in run(extractor, text, dateline="KAMPALA") if e.event_type == "ASSAULT")
    assert ev.location is not None and ev.location.country == "UGA"


def test_dateline_namesake_in_the_leads_country(extractor: Extractor) -> None:
    # "Concepcion" is a bigger city in Chile, but a story filed from Concepcion about a
    # Paraguayan guerrilla (named right after the headline's last word) is in Paraguay.
    text = ("The Paraguayan People's Army said on Monday it had burned two tractors on a "
            "ranch near Horqueta.\n\nAbout 200 farmers marched through Concepcion on Tuesday "
            "to demand land titles.")
    art = Article(article_id=article_id_for(text), text=text, published=PUB,
                  dateline="CONCEPCION", outlet="Test Wire",
                  title="Guerrillas burn tractors near Yby Yau")
    events = extractor.extract(art)
    protest = [e for e in events if e.event_type == "PROTEST"]
    assert protest and protest[0].location is not None
    assert protest[0].location.country == "PRY"
    assert all(e.location is None or e.location.country == "PRY" for e in events)


def test_a_region_owning_the_next_place_is_not_the_place(extractor: Extractor) -> None:
    events = run(extractor, "Rebels ambushed a police convoy in Chhattisgarh's Sukma district on "
                            "Monday, killing four officers.")
    loc = events[0].location
    assert loc is not None and loc.name == "Sukma" and loc.precision != "admin1"


def test_a_border_is_a_line_seen_from_the_storys_side(extractor: Extractor) -> None:
    text = ("Security forces killed two rebels in a gunfight near the Telangana border on "
            "Monday, police in Sukma said.")
    events = run(extractor, text, dateline="SUKMA")
    loc = events[0].location
    assert loc is not None and loc.name == "Sukma"


def test_where_the_wounded_died_is_not_the_storys_place(extractor: Extractor) -> None:
    text = ("The toll from Sunday's bombing of a police truck near the village rose to five "
            "after an officer died in a hospital in Raipur.\n\nPolice detained three men on "
            "Tuesday for questioning about the blast.")
    events = run(extractor, text, dateline="SUKMA")
    detained = [e for e in events if e.event_type == "COERCE"]
    assert detained and detained[0].location is not None
    assert detained[0].location.name == "Sukma"


def test_a_village_is_no_foreign_city_of_its_name(extractor: Extractor) -> None:
    # "Kut" is also the alternate name of a large Iraqi city
    text = ("Armenian border guards detained two Azerbaijani herders near the village of Kut "
            "on Monday, the Armenian interior ministry said.")
    events = run(extractor, text, dateline="YEREVAN")
    loc = events[0].location
    assert loc is not None and loc.country == "ARM"


def test_a_town_spelled_otherwise_is_found(extractor: Extractor) -> None:
    text = ("Gunmen attacked a police post on the edge of the town of Sheikh Zuweid in Egypt's "
            "North Sinai on Monday, killing two policemen, security sources said.\n\n"
            "The attackers fled in two pickup trucks.")
    events = run(extractor, text, dateline="CAIRO")
    assert events and all(e.location is not None and e.location.name == "Ash Shaykh Zuwayd"
                          for e in events if e.event_type == "ASSAULT")


def test_a_capital_spelled_like_a_foreign_citys_alias(extractor: Extractor) -> None:
    # "Dili" is also an alternate spelling of Delhi; in a Timor-Leste story it is Dili
    text = ("Police in Timor-Leste fired tear gas at students marching on parliament in the "
            "capital Dili on Monday.\n\nThe students threw stones at officers, police said.")
    events = run(extractor, text, dateline="SYDNEY")
    assert events and all(e.location is not None and e.location.name == "Dili" for e in events)


def test_a_capital_the_gazetteer_spells_otherwise_is_the_storys_country(
        extractor: Extractor) -> None:
    # GeoNames spells Mongolia's capital "Ulan Bator"; the story's country is Mongolia though a
    # Chinese company is named more often than Mongolia itself, and "Sukhbaatar Square" is no
    # town of that name 300 km to the north
    text = ("Thousands rallied on Sukhbaatar Square in Mongolia's capital Ulaanbaatar on "
            "Wednesday against a mining deal with a Chinese state company.\n\nProtest "
            "leaders accused the Chinese company of bribing officials. China's embassy in "
            "Ulaanbaatar rejected the charge.")
    art = Article(article_id=article_id_for(text), text=text, published=PUB,
                  dateline="ULAANBAATAR", outlet="Test Wire")
    ctx = extractor._context(art)
    assert ctx.main_country == "MNG"
    assert ctx.main_place is None or ctx.main_place.name == "Ulan Bator"


def test_the_leads_town_filed_from_beats_a_town_named_more_often(
        extractor: Extractor) -> None:
    text = ("Police fired tear gas on Monday to disperse hundreds of traders protesting in "
            "Kisumu against new market fees.\n\nSmaller protests were held in Nakuru, and "
            "police also used tear gas in Nakuru, a police spokesman said.\n\n"
            "Protesters burned tyres near the main bus park, witnesses said.")
    art = Article(article_id=article_id_for(text), text=text, published=PUB,
                  dateline="KISUMU", outlet="Test Wire")
    assert extractor._context(art).main_place.name == "Kisumu"


def test_a_countrys_capital_unnamed_is_the_capital_city(extractor: Extractor) -> None:
    for text in ("Thousands rallied in Kenya's capital on Wednesday against new taxes.",
                 "Police fired tear gas at students in the capital of Kenya on Wednesday."):
        loc = run(extractor, text)[0].location
        assert loc is not None and loc.name == "Nairobi" and loc.precision == "city", text


def test_in_the_governorate_is_the_storys_province(extractor: Extractor) -> None:
    text = ("Youths clashed with police in the Jordanian city of Karak on Monday.\n\n"
            "The governor banned all public gatherings in the governorate on Tuesday.")
    ban = next(e for e in run(extractor, text) if e.event_type == "COERCE" and
               e.mentions[0].sentence_start > 0)
    assert ban.location is not None and ban.location.precision == "admin1"


def test_where_people_come_from_is_no_scene(extractor: Extractor) -> None:
    text = ("The government said on Monday it would hold talks with elders from Garissa and "
            "Wajir in Nairobi next week.")
    ev = next(e for e in run(extractor, text) if e.event_type == "CONSULT")
    assert ev.location is not None and ev.location.name == "Nairobi"


def test_a_town_in_apposition_is_the_storys_place(extractor: Extractor) -> None:
    text = ("Police in Eswatini fired rubber bullets at marchers in the commercial hub Manzini "
            "on Monday.\n\nPolice arrested 12 people, a union said.")
    events = run(extractor, text, dateline="JOHANNESBURG")
    arrests = [e for e in events if e.event_type == "COERCE" and e.trigger == "arrested"]
    assert arrests and arrests[0].location is not None
    assert arrests[0].location.name == "Manzini"


def test_a_place_word_inside_a_groups_name_is_no_scene(extractor: Extractor) -> None:
    events = run(extractor, "Police arrested nine suspected members of a gang known as Los "
                            "Halcones del Cono Norte in raids on Monday, the interior minister "
                            "said.", dateline="LIMA")
    assert events and events[0].location is not None and events[0].location.name == "Lima"


def test_an_unlisted_district_is_coded_at_district_precision(extractor: Extractor) -> None:
    """"Ngoloba district of Kano state": a second-level unit the gazetteer lacks is coded at
    precision district (at its province's point), not at the province it lies in, also in
    the sentences that follow; several units at once ("Ngoloba and Bakuri districts") are
    not one district."""
    text = ("Gunmen killed six farmers in Ngoloba district of Kano state on Monday, police "
            "said.\n\nPolice arrested two suspects on Tuesday.")
    evs = run(extractor, text)
    assert evs and all(e.location is not None and e.location.precision == "district"
                       and e.location.name == "Ngoloba" and e.location.country == "NGA"
                       for e in evs)
    ev = next(e for e in run(extractor, "Rebels attacked an army post in the Balomba "
                                        "prefecture of the Kara region on Saturday, killing "
                                        "four soldiers.") if e.event_type == "ASSAULT")
    assert ev.location is not None and ev.location.precision == "district"
    ev = next(e for e in run(extractor, "Police imposed a curfew in Kano state's Ngoloba and "
                                        "Bakuri districts on Monday after clashes."))
    assert ev.location is not None and ev.location.precision == "admin1"


def test_a_story_set_off_its_town_keeps_the_spot_for_sentences_naming_no_place(
        extractor: Extractor) -> None:
    """"an ambush about 40 km west of Djibo": the incident lies off the story's town, so the
    sentences that name no place are at the town with precision district, until the story
    names the town itself ("residents of Djibo marched")."""
    text = ("Militants ambushed a fuel convoy about 40 km west of Djibo on Sunday, killing 12 "
            "soldiers, sources said.\n\n"
            "The militants set fire to most of the trucks.\n\n"
            "Hundreds of residents of Djibo marched to the governor's office on Tuesday to "
            "protest against fuel shortages.\n\n"
            "Police fired tear gas to disperse them.")
    evs = run(extractor, text)
    burn = next(e for e in evs if e.mentions[0].sentence_start == 106)
    assert burn.location is not None and burn.location.name == "Djibo"
    assert burn.location.precision == "district"
    gas = next(e for e in evs if e.event_type == "COERCE")
    assert gas.location is not None and gas.location.precision == "city"
    # a story in the town itself stays at the town
    text = ("Rebels killed nine villagers in the northern town of Djibo on Sunday, officials "
            "said.\n\nThe attackers also burned houses, residents said.")
    later = [e for e in run(extractor, text) if e.mentions[0].sentence_start > 0]
    assert later and all(e.location is not None and e.location.precision == "city"
                         for e in later)


def test_open_country_off_a_town_is_a_spot(extractor: Extractor) -> None:
    """"in the hills east of X", "15 km upstream from X": a spot off the town."""
    from eventwire.extract.locations import _offset_spot
    for before in ("a gunfight in the hills east of ", "a patrol about 15 km upstream from ",
                   "a camp 30 km outside "):
        assert _offset_spot(before + "Betroka", len(before))
    assert not _offset_spot("fighting east of Betroka", len("fighting east of "))


def test_a_distance_off_the_town_unnamed_is_a_spot_off_the_storys_town(
        extractor: Extractor) -> None:
    """"about 12 km north of the town" names no place but puts the act off the story's town:
    the town at precision district; "outside the town" stays at the town."""
    text = ("Rebels attacked the market in Djibo on Monday, killing four traders, officials "
            "said.\n\n"
            "On Wednesday, gunmen ambushed a supply convoy about 12 km north of the town, "
            "wounding three drivers.\n\n"
            "Police fired tear gas at protesters outside the town on Thursday.")
    evs = run(extractor, text)
    ambush = next(e for e in evs if e.injured == 3)
    assert ambush.location is not None and ambush.location.name == "Djibo"
    assert ambush.location.precision == "district"
    gas = next(e for e in evs if e.event_type == "COERCE")
    assert gas.location is not None and gas.location.precision == "city"


def test_a_distance_after_a_border_places_the_border_spot() -> None:
    """"near the border with X, about 30 km west of Y": the distance places the spot on the
    border off Y (district), unlike one in apposition to a town just named."""
    from eventwire.extract.locations import _offset_spot
    before = "a camp near the border with Niger, about 30 km west of the town of "
    assert _offset_spot(before + "Djibo", len(before))
    before = "the town of Koro, about 30 km west of the town of "
    assert not _offset_spot(before + "Djibo", len(before))


def test_the_city_after_one_of_its_districts_is_the_city(extractor: Extractor) -> None:
    """A sentence naming no place that speaks of "the city" after a district of the story's
    town ("Karrada") is about the town as a whole (precision city); one that does not stays
    in the district."""
    text = ("A car bomb killed nine people at a bus station in Baghdad's Karrada district on "
            "Monday, police said.\n\n"
            "The attackers also shot dead two guards.\n\n"
            "Gunmen killed dozens of people across the city in 2016.")
    evs = run(extractor, text, dateline="BAGHDAD")
    guards = next(e for e in evs if e.fatalities == 2)
    assert guards.location is not None and guards.location.precision == "district"
    past = next(e for e in evs if e.mentions[0].sentence_start > guards.mentions[0].sentence_start)
    assert past.location is not None and past.location.name == "Baghdad"
    assert past.location.precision == "city"


def test_a_district_site_abroad_is_placed_in_the_region_its_sentence_names(
        extractor: Extractor) -> None:
    """"In neighbouring Togo, ... the Tone prefecture of the Savanes region" in a story from
    Benin: the prefecture lies in the Togolese region its sentence names, not in the
    province of the story's own town."""
    text = ("Gunmen killed four soldiers at an army post near Kandi in northern Benin on "
            "Friday, the army said.\n\n"
            "In neighbouring Togo, gunmen attacked a police station in the Tone prefecture "
            "of the Savanes region on Saturday, killing two officers.")
    evs = run(extractor, text, dateline="KANDI, Benin")
    togo = next(e for e in evs if e.fatalities == 2)
    assert togo.location is not None and togo.location.country == "TGO"
    assert togo.location.precision == "district"


def test_a_region_spanning_provinces_owns_the_district_after_it(extractor: Extractor) -> None:
    """"northern Syria's Afrin district": the region only frames the district named as its
    own; the event is in the district."""
    evs = run(extractor, "A drone struck a pickup truck in northern Syria's Afrin district on "
                         "Monday, killing three fighters, a monitor said.")
    ev = next(e for e in evs if e.fatalities == 3)
    assert ev.location is not None and ev.location.text == "Afrin district"
    assert ev.location.precision == "district"


def test_rallies_across_a_country_are_at_the_country(extractor: Extractor) -> None:
    """"rallies in towns across Ghana": "across" scopes the act to the whole country, as
    "protests in Iran" does, not the story's town."""
    text = ("Police fired tear gas at opposition supporters in Kumasi on Monday, witnesses "
            "said.\n\n"
            "The party's leader called on supporters to rally in towns across Ghana on "
            "Saturday to demand a recount.")
    evs = run(extractor, text)
    rally = next(e for e in evs if e.mentions[0].sentence_start > 0 and
                 e.event_type in ("PROTEST", "MOBILIZE"))
    assert rally.location is not None and rally.location.precision == "country"


def test_a_lead_near_an_unlisted_place_sets_the_story_off_its_town(
        extractor: Extractor) -> None:
    """"a blast near Gorokpa" (a place the gazetteer lacks) in the lead: the incident lies
    off the story's town, so the dateline town is given at precision district; a border is
    a line, not such a place."""
    text = ("The death toll from Sunday's bomb blast on a police vehicle near Gorokpa rose to "
            "seven after an officer died in hospital in Raipur, police said.\n\n"
            "Police detained six people for questioning.")
    evs = run(extractor, text, dateline="SUKMA, India")
    assert evs and all(e.location is not None and e.location.name == "Sukma"
                       and e.location.precision == "district" for e in evs)
    text = "Gunmen killed five people near the Malian border on Sunday.\n\nPolice arrested two."
    evs = run(extractor, text, dateline="DJIBO, Burkina Faso")
    assert evs and all(e.location is not None and e.location.precision == "city" for e in evs)


def test_the_town_itself_ends_the_off_town_spot(extractor: Extractor) -> None:
    """In a story set off its town, a sentence naming "the town" or "the district
    headquarters" is in the town itself (precision city)."""
    text = ("The death toll from Sunday's bomb blast on a police vehicle near Gorokpa rose to "
            "seven, police said.\n\n"
            "About 300 villagers marched to the district headquarters on Wednesday to "
            "demand an inquiry.")
    evs = run(extractor, text, dateline="SUKMA, India")
    march = next(e for e in evs if e.event_type == "PROTEST")
    assert march.location is not None and march.location.precision == "city"


# -- territories with a country code of their own ----------------------------------------------

def test_territory_has_a_country_place_and_a_sovereign(gaz: Gazetteer) -> None:
    from eventwire.resolve.gazetteer import sovereign_of
    assert sovereign_of("NCL") == "FRA" and sovereign_of("PRI") == "USA"
    assert sovereign_of("FRA") is None and sovereign_of(None) is None
    # the capital list spells "Noumea", the city list "Nouméa": matched accent-blind
    loc = gaz.country_location("NCL")
    assert abs(loc.lat + 22.27) < 0.3 and abs(loc.lon - 166.45) < 0.3
    assert gaz.country_location("ISL").country == "ISL"  # Reykjavík


def test_story_from_a_territory_is_placed_there_not_at_the_sovereigns_capital(
        extractor: Extractor) -> None:
    text = ("PAPEETE \u2014 French authorities banned all rallies in Papeete on Monday after "
            "protesters burned cars in the port overnight, the High Commission said.\n\n"
            "Paris is sending a company of riot police, who will arrive on Thursday.\n\n"
            "Protesters plan another march in Papeete on Friday.")
    events = run(extractor, text, dateline="PAPEETE")
    mobilise = [e for e in events if e.event_type == "MOBILIZE"]
    assert mobilise and all(e.location is not None and e.location.country == "PYF"
                            for e in mobilise)


def test_a_far_small_towns_district_in_a_big_city_story_is_the_citys(
        extractor: Extractor) -> None:
    text = ("SAO PAULO \u2014 Police raided a drug den in Sao Paulo on Tuesday, killing three "
            "suspects, officials said.\n\n"
            "On Wednesday gunmen attacked a police post in the neighbouring Penha district.")
    events = run(extractor, text, dateline="SAO PAULO")
    burned = [e for e in events if e.location is not None and e.location.precision == "district"]
    assert burned and all(e.location.name == "São Paulo" for e in burned)


def test_the_commonwealth_is_no_town(gaz: Gazetteer) -> None:
    text = "The leaders will meet at a summit of the Commonwealth of Independent States in Minsk."
    assert _texts(gaz, text) == ["Minsk"]


def test_a_bare_direction_off_a_provinces_namesake_seat_is_the_province(
        extractor: Extractor) -> None:
    bare = run(extractor, "Government forces started a major offensive south of Aleppo on "
                          "Friday, rebels said.")
    assert bare and bare[0].location is not None and bare[0].location.precision == "admin1"
    spot = run(extractor, "Militants attacked a checkpoint 20 km south of Aleppo on Friday.")
    assert spot and spot[0].location is not None and spot[0].location.precision == "district"


def test_town_an_assault_verb_takes_is_the_scene(extractor: Extractor) -> None:
    # a capital right after "attacked" is where it happened, not a state standing for itself,
    # and beats a place named in a relative clause; the story's later sentences stay there
    evs = run(extractor, "Officials said the militants who attacked Nairobi had trained at "
                         "camps in Somalia.\n\nThe gunmen killed 12 people in the assault on "
                         "a hotel on Monday. Police arrested three suspects.", dateline="LONDON")
    got = [(e.event_type, e.location.name if e.location else None) for e in evs]
    assert ("ASSAULT", "Nairobi") in got and all(n == "Nairobi" for _, n in got), got


def test_act_at_a_states_parliament_is_in_its_capital(extractor: Extractor) -> None:
    # a parliament named with no town puts the act in the capital of the state it belongs to
    evs = run(extractor, "Riot police fired tear gas at students who threw stones outside "
                         "the Kenyan parliament on Tuesday.", dateline="JOHANNESBURG")
    ev = next(e for e in evs if e.event_type == "COERCE")
    assert ev.location is not None and ev.location.name == "Nairobi", ev.location


def test_off_the_coast_of_a_country_is_a_place(extractor: Extractor) -> None:
    # the country off whose coast the act happened, not the dateline of the rescuers' state
    evs = run(extractor, "Italian coast guards rescued 300 migrants off the coast of Tunisia on "
                         "Sunday.", dateline="ROME")
    ev = next(e for e in evs if e.location is not None)
    assert ev.location.country == "TUN", ev.location


def test_a_parliament_speaks_from_its_capital(extractor: Extractor) -> None:
    # a legislature's demand is made where it sits, not where the troops it names are
    evs = run(extractor, "Kenya's parliament on Monday demanded that Somalia withdraw its "
                         "troops from areas of northern Kenya.", dateline="MOGADISHU")
    ev = next(e for e in evs if e.event_type in ("REQUEST", "ACCUSE", "DEMAND"))
    assert ev.location is not None and ev.location.name == "Nairobi", ev.location
