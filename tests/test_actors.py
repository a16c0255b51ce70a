"""Actor resolution: composition, named groups, dated office holders, mentions, coreference."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from eventwire.model import Actor
from eventwire.resolve.actors import DATA_DIR, ActorResolver

D2016 = date(2016, 5, 17)
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


@pytest.fixture(scope="module")
def res() -> ActorResolver:
    return ActorResolver.default()


# (phrase, article date, context country) -> (code, sector, backer)
COMPOSED = [
    ("Macedonian police", D2016, None, "MKD.POLICE", "POLICE", None),
    ("Syrian government forces", D2016, None, "SYR.MIL", "MIL", None),
    ("the Syrian army", D2016, None, "SYR.MIL", "MIL", None),
    ("Iraq's military", D2016, None, "IRQ.MIL", "MIL", None),
    ("Russian warplanes", D2016, None, "RUS.MIL", "MIL", None),
    ("government troops", D2016, "YEM", "YEM.MIL", "MIL", None),
    ("police", D2016, "FRA", "FRA.POLICE", "POLICE", None),
    ("police", D2016, None, None, "POLICE", None),
    ("Turkish-backed rebels", D2016, None, None, "REBEL", "TUR"),
    ("Turkish-backed rebels", D2016, "SYR", "SYR.REBEL", "REBEL", "TUR"),
    ("Iranian-backed militias", D2016, "IRQ", "IRQ.REBEL", "REBEL", "IRN"),
    ("pro-Iranian militias", D2016, None, None, "REBEL", "IRN"),
    ("Russian-backed Syrian government forces", D2016, None, "SYR.MIL", "MIL", "RUS"),
    ("the ultra-hardline Sunni militants", D2016, "IRQ", "IRQ.INSURGENT", "INSURGENT", None),
    ("Western states", D2016, "SYR", None, "GOV", None),
    ("police and medical sources", D2016, "IRQ", "IRQ.POLICE", "POLICE", None),
    # kin are civilians whoever they are kin of, after a count's "of" too
    ("dozens of relatives of the dead soldiers", D2016, "TCD", "TCD.CIVILIAN", "CIVILIAN", None),
    ("families of police officers", D2016, "KEN", "KEN.CIVILIAN", "CIVILIAN", None),
    ("hundreds of members of the army", D2016, "MLI", "MLI.MIL", "MIL", None),
    ("a 17-year-old boy", D2016, "GIN", "GIN.CIVILIAN", "CIVILIAN", None),
    ("Bishop Rolando Alvarez of Matagalpa", D2016, "NIC", "NIC.CIVILIAN", "CIVILIAN", None),
    ("a security guard", D2016, "CHL", "CHL.CIVILIAN", "CIVILIAN", None),
    ("Kyrgyz border guards", D2016, None, "KGZ.POLICE", "POLICE", None),
    ("a village chief and his two sons", D2016, "BEN", "BEN.CIVILIAN", "CIVILIAN", None),
    ("Syrian and Russian warplanes", D2016, None, "SYR.MIL", "MIL", None),
    ("members of the Syrian army", D2016, None, "SYR.MIL", "MIL", None),
    ("a spokesman for the Turkish military", D2016, None, "TUR.MIL", "MIL", None),
    ("Iraqi security forces", D2016, None, "IRQ.POLICE", "POLICE", None),
    ("riot police", D2016, "TUR", "TUR.POLICE", "POLICE", None),
    ("anti-government protesters", D2016, "VEN", "VEN.PROTESTER", "PROTESTER", None),
    ("displaced people", D2016, "SDN", "SDN.REFUGEE", "REFUGEE", None),
    ("Kurdish forces", D2016, "SYR", "SYR.REBEL", "REBEL", None),
    ("opposition fighters", D2016, "SYR", "SYR.REBEL", "REBEL", None),
    ("Iranian state media", D2016, None, "IRN.MEDIA", "MEDIA", None),
    ("Egyptian prosecutors", D2016, None, "EGY.JUDICIARY", "JUDICIARY", None),
    ("the Interior Ministry", D2016, "IRQ", "IRQ.GOV", "GOV", None),
    ("Turkey's defence ministry", D2016, None, "TUR.GOV", "GOV", None),
    # officials speak for the government; one student is a person, students a crowd; settlers
    # are armed civilians, not an army; peacekeepers serve a mission
    ("Georgian security officials", D2016, None, "GEO.GOV", "GOV", None),
    ("a student", D2016, "PER", "PER.CIVILIAN", "CIVILIAN", None),
    ("the student leader", D2016, "PER", "PER.CIVILIAN", "CIVILIAN", None),
    ("hundreds of students", D2016, "PER", "PER.PROTESTER", "PROTESTER", None),
    ("student groups", D2016, "PER", "PER.PROTESTER", "PROTESTER", None),
    ("Moldovan settlers", D2016, None, "MDA.OTHER", "OTHER", None),
    # Northern Ireland is British; lowercase republicans are no American party; a party's
    # secretary-general holds no military rank; cattle rustlers are criminals
    ("Northern Ireland's police chief", D2016, None, "GBR.POLICE", "POLICE", None),
    ("the Police Service of Northern Ireland", D2016, None, "GBR.POLICE", "POLICE", None),
    ("dissident republicans", D2016, "GBR", "GBR.REBEL", "REBEL", None),
    ("Republicans", D2016, None, "USA.PARTY", "PARTY", None),
    ("the party secretary-general", D2016, None, None, "PARTY", None),
    ("cattle rustlers", D2016, None, None, "OTHER", None),
    # a leader's supporters are no office of state; a bureau is one; veterans are no army
    ("supporters of former President Kabila", D2016, "COD", "COD.PARTY", "PARTY", None),
    ("the Bureau for Reintegration Policies", D2016, "MDA", "MDA.GOV", "GOV", None),
    ("war veterans", D2016, "ZWE", "ZWE.CIVILIAN", "CIVILIAN", None),
    ("social media", D2016, "CMR", None, None, None),  # a channel, not the press
    ("two Ouagadougou radio stations", D2016, None, "BFA.MEDIA", "MEDIA", None),
    ("eleven Christians", D2016, "MOZ", "MOZ.CIVILIAN", "CIVILIAN", None),
    ("the victims", D2016, "UGA", "UGA.CIVILIAN", "CIVILIAN", None),
    ("peacekeepers", D2016, None, None, "IGO", None),
    ("Washington", D2016, None, "USA.GOV", "GOV", None),
    ("the U.S.", D2016, None, "USA.GOV", "GOV", None),
    ("Moscow", D2016, None, "RUS.GOV", "GOV", None),
    ("the Kremlin", D2016, None, "RUS.GOV", "GOV", None),
    ("the White House", D2016, None, "USA.GOV", "GOV", None),
    ("the Pentagon", D2016, None, "USA.MIL", "MIL", None),
    ("the State Department", D2016, None, "USA.GOV", "GOV", None),
    ("Syrians", D2016, None, "SYR.CIVILIAN", "CIVILIAN", None),
    ("Assad's forces", D2016, None, "SYR.MIL", "MIL", None),
    ("Abadi's office", D2016, None, "IRQ.GOV", "GOV", None),
    ("Burkinabe soldiers", D2016, None, "BFA.MIL", "MIL", None),
    ("Colombian villagers", D2016, None, "COL.CIVILIAN", "CIVILIAN", None),
    # unknown gunmen are OTHER (bandits, cartels), not rebels
    ("unidentified gunmen", D2016, "MEX", "MEX.OTHER", "OTHER", None),
    ("armed men", D2016, "NGA", "NGA.OTHER", "OTHER", None),
    # a military government acts as the government
    ("the ruling junta", D2016, "NER", "NER.GOV", "GOV", None),
    ("local officials", D2016, "PHL", "PHL.GOV", "GOV", None),
    ("two suspects", D2016, "IRQ", "IRQ.CIVILIAN", "CIVILIAN", None),
    ("truck drivers", D2016, "NER", "NER.CIVILIAN", "CIVILIAN", None),
    ("shop owners", D2016, "IRQ", "IRQ.CIVILIAN", "CIVILIAN", None),
    ("federal agents", D2016, "USA", "USA.POLICE", "POLICE", None),
    ("the Turkmen Front", D2016, None, "IRQ.PARTY", "PARTY", None),
    # "pro-"/"anti-" govern the next word only: an unknown cause leaves the head noun
    ("pro-democracy protesters", D2016, "HKG", "HKG.PROTESTER", "PROTESTER", None),
    ("anti-mining protesters", D2016, "PER", "PER.PROTESTER", "PROTESTER", None),
    ("pro-government militias", D2016, "SYR", "SYR.MIL", "MIL", None),
    # firms are neither the state nor its people; elders and seminarians are civilians
    ("the employers", D2016, "LSO", "LSO.OTHER", "OTHER", None),
    ("foreign oil companies", D2016, "NGA", None, "OTHER", None),
    ("two army companies", D2016, "MLI", "MLI.MIL", "MIL", None),
    ("village elders", D2016, "AFG", "AFG.CIVILIAN", "CIVILIAN", None),
    ("two seminarians", D2016, "NGA", "NGA.CIVILIAN", "CIVILIAN", None),
    ("takfiri elements", D2016, "EGY", "EGY.INSURGENT", "INSURGENT", None),
    # a district's administrator is the state's; park rangers police the reserve for it
    ("the district commissioner", D2016, "MWI", "MWI.GOV", "GOV", None),
    ("a county commissioner", D2016, "SSD", "SSD.GOV", "GOV", None),
    ("three park rangers", D2016, "KEN", "KEN.POLICE", "POLICE", None),
    ("paramilitary rangers", D2016, "PAK", "PAK.MIL", "MIL", None),
    # an elected chamber and a region's own police are the state's, "regional" or not
    ("the National Assembly", D2016, "TGO", "TGO.GOV", "GOV", None),
    ("the rival traditional council", D2016, "GHA", "GHA.CIVILIAN", "CIVILIAN", None),
    ("the regional police commander", D2016, "KEN", "KEN.POLICE", "POLICE", None),
    ("the regional government", D2016, "ETH", "ETH.GOV", "GOV", None),
]


@pytest.mark.parametrize(("text", "when", "ctx", "code", "sector", "backer"), COMPOSED)
def test_composition(res: ActorResolver, text: str, when: date, ctx: str | None,
                     code: str | None, sector: str, backer: str | None) -> None:
    a = res.resolve(text, when, ctx)
    assert (a.code, a.sector, a.backer) == (code, sector, backer)
    assert a.text == text
    if code is not None:
        assert a.country == code.split(".")[0]
        assert a.name  # generic actors with a country get a canonical name


# (phrase, date) -> (name, code, sector)
NAMED = [
    ("Islamic State", D2016, "Islamic State", "ISIS", "INSURGENT"),
    ("IS", D2016, "Islamic State", "ISIS", "INSURGENT"),
    ("ISIL", D2016, "Islamic State", "ISIS", "INSURGENT"),
    ("Daesh fighters", D2016, "Islamic State", "ISIS", "INSURGENT"),
    ("members of the Islamic State", D2016, "Islamic State", "ISIS", "INSURGENT"),
    ("al-Nusra", D2016, "Nusra Front", "NUSRA", "INSURGENT"),
    ("Nursa Front", D2016, "Nusra Front", "NUSRA", "INSURGENT"),
    ("Kurdish YPG", D2016, "People's Protection Units", "YPG", "REBEL"),
    ("Hezbollah fighters", D2016, "Hezbollah", "HEZBOLLAH", "MIL"),
    ("Hashd al-Shaabi", D2016, "Popular Mobilization Forces", "PMF", "MIL"),
    ("Army of Islam", D2016, "Jaish al-Islam", "JAISH_ISLAM", "REBEL"),
    ("al Shabaab militants", D2016, "al-Shabaab", "SHABAAB", "INSURGENT"),
    ("the Houthis", D2016, "Houthis", "HOUTHIS", "REBEL"),
    ("Iran's powerful Revolutionary Guards Corps", D2016,
     "Islamic Revolutionary Guard Corps", "IRN.MIL", "MIL"),
    ("the U.S.-led coalition", D2016, "U.S.-led coalition", "USA.MIL", "MIL"),  # lead state
    ("the U.N. Security Council", D2016, "UN Security Council", "IGO.UNSC", "IGO"),
    ("the UN refugee agency", D2016, "UNHCR", "IGO.UNHCR", "IGO"),
    ("EU foreign ministers", D2016, "European Union", "IGO.EU", "IGO"),
    ("NATO troops", D2016, "NATO", "IGO.NATO", "IGO"),
    ("the Britain-based Syrian Observatory for Human Rights", D2016,
     "Syrian Observatory for Human Rights", "NGO.SOHR", "NGO"),
    ("Doctors Without Borders", D2016, "Medecins Sans Frontieres", "NGO.MSF", "NGO"),
    ("the Red Cross", D2016, "International Committee of the Red Cross", "NGO.ICRC", "NGO"),
    ("a Reuters witness", D2016, "Reuters", "MEDIA.REUTERS", "MEDIA"),
    ("Syrian state television", D2016, "SANA", "SYR.MEDIA", "MEDIA"),
    ("the Taliban", date(2015, 1, 1), "Taliban", "TALIBAN", "INSURGENT"),
    ("the Taliban", date(2023, 1, 1), "Taliban", "TALIBAN", "GOV"),
    ("the RSF", date(2020, 1, 1), "Rapid Support Forces", "RSF", "MIL"),
    ("RSF paramilitaries", date(2024, 1, 1), "Rapid Support Forces", "RSF", "REBEL"),
]


@pytest.mark.parametrize(("text", "when", "name", "code", "sector"), NAMED)
def test_named_groups(res: ActorResolver, text: str, when: date, name: str, code: str,
                      sector: str) -> None:
    a = res.resolve(text, when)
    assert (a.name, a.code, a.sector) == (name, code, sector)


def test_case_sensitive_acronyms(res: ActorResolver) -> None:
    assert res.resolve("is").code is None
    assert res.resolve("us").code is None
    assert res.resolve("US troops").code == "USA.MIL"
    assert res.resolve("WHO").code == "IGO.WHO"


def test_backer_from_named_group_phrase(res: ActorResolver) -> None:
    a = res.resolve("U.S.-backed SDF", D2016)
    assert (a.code, a.backer) == ("SDF", "USA")


# (phrase, date) -> (name, code, sector)
OFFICE = [
    ("Prime Minister Haider al-Abadi", D2016, "Haider al-Abadi", "IRQ.GOV", "GOV"),
    ("Bashar al-Assad", D2016, "Bashar al-Assad", "SYR.GOV", "GOV"),
    ("Bashar al-Assad", date(2025, 3, 1), "Bashar al-Assad", "SYR.OTHER", "OTHER"),
    ("Syria's Assad", D2016, "Bashar al-Assad", "SYR.GOV", "GOV"),
    ("Sergei Lavrov", date(2022, 3, 1), "Sergei Lavrov", "RUS.GOV", "GOV"),
    ("John Kerry", D2016, "John Kerry", "USA.GOV", "GOV"),
    ("John Kerry", date(2019, 1, 1), "John Kerry", "USA.OTHER", "OTHER"),
    ("Donald Trump", D2016, "Donald Trump", "USA.PARTY", "PARTY"),
    ("Donald Trump", date(2018, 1, 1), "Donald Trump", "USA.GOV", "GOV"),
    ("Donald Trump", date(2023, 1, 1), "Donald Trump", "USA.PARTY", "PARTY"),
    ("President Donald Trump", date(2025, 6, 1), "Donald Trump", "USA.GOV", "GOV"),
    ("Hassan Rouhani", D2016, "Hassan Rouhani", "IRN.GOV", "GOV"),
    ("Hassan Rouhani", date(2022, 1, 1), "Hassan Rouhani", "IRN.OTHER", "OTHER"),
    ("U.N. envoy Staffan de Mistura", D2016, "Staffan de Mistura", "IGO.UN", "IGO"),
    ("Jean-Marc Ayrault", D2016, "Jean-Marc Ayrault", "FRA.GOV", "GOV"),
    ("Defence Minister Sergei Shoigu", D2016, "Sergei Shoigu", "RUS.GOV", "GOV"),
    ("Abu Bakr al-Baghdadi", D2016, "Abu Bakr al-Baghdadi", "ISIS", "INSURGENT"),
    ("Ahmed al-Sharaa", date(2025, 2, 1), "Ahmed al-Sharaa", "SYR.GOV", "GOV"),
    ("Julani's fighters", date(2019, 1, 1), "Hayat Tahrir al-Sham", "HTS", "INSURGENT"),
    ("Erdogan", date(2010, 1, 1), "Recep Tayyip Erdogan", "TUR.GOV", "GOV"),
    ("Jordan's King Abdullah", D2016, "King Abdullah II", "JOR.GOV", "GOV"),
    ("Supreme Leader Ayatollah Ali Khamenei", D2016, "Ali Khamenei", "IRN.GOV", "GOV"),
]


@pytest.mark.parametrize(("text", "when", "name", "code", "sector"), OFFICE)
def test_office_holders_by_date(res: ActorResolver, text: str, when: date, name: str,
                                code: str, sector: str) -> None:
    a = res.resolve(text, when)
    assert (a.name, a.code, a.sector) == (name, code, sector)


def test_title_names_office_holder_on_date(res: ActorResolver) -> None:
    assert res.resolve("the Syrian president", D2016).name == "Bashar al-Assad"
    assert res.resolve("the Turkish foreign minister", D2016).name == "Mevlut Cavusoglu"
    assert res.resolve("the Turkish foreign minister", date(2024, 1, 1)).name == "Hakan Fidan"
    assert res.resolve("the U.S. secretary of state", date(2014, 1, 1)).name == "John Kerry"
    undated = res.resolve("the Syrian president")
    assert (undated.name, undated.code) == ("Government of Syria", "SYR.GOV")


def test_shared_surname_needs_date(res: ActorResolver) -> None:
    assert res.resolve("Sharif", date(2023, 1, 1)).name == "Shehbaz Sharif"
    assert res.resolve("Sharif", date(2015, 1, 1)).name is None  # Nawaz and Raheel both in office


def test_unknown_phrase(res: ActorResolver) -> None:
    a = res.resolve("a car bomb", D2016, "IRQ")
    assert a == Actor(text="a car bomb")
    assert res.resolve("rebel-held Aleppo").code is None


def test_country_of(res: ActorResolver) -> None:
    assert res.country_of("Syrian") == "SYR"
    assert res.country_of("Syria") == "SYR"
    assert res.country_of("Damascus") == "SYR"
    assert res.country_of("Tehran") == "IRN"
    assert res.country_of("the Kremlin") == "RUS"
    assert res.country_of("Macedonian") == "MKD"
    assert res.country_of("Britain") == "GBR"
    assert res.country_of("Russian Federation") == "RUS"
    assert res.country_of("the Pentagon") == "USA"
    assert res.country_of("a large crowd") is None


def test_every_listed_adjective_maps_back(res: ActorResolver) -> None:
    data = yaml.safe_load((DATA_DIR / "countries.yaml").read_text(encoding="utf-8"))["countries"]
    with_adj = {iso: e["adj"] for iso, e in data.items() if e.get("adj")}
    assert len(with_adj) >= 190
    wrong = {adj: (iso, res.country_of(adj)) for iso, adjs in with_adj.items() for adj in adjs
             if res.country_of(adj) != iso}
    assert not wrong


def test_is_actor_phrase(res: ActorResolver) -> None:
    assert res.is_actor_phrase("Iraqi troops")
    assert res.is_actor_phrase("Hezbollah")
    assert res.is_actor_phrase("the group")
    assert not res.is_actor_phrase("a car bomb")
    assert not res.is_actor_phrase("Syrian")


def test_mentions_in_running_text(res: ActorResolver) -> None:
    text = ("Syrian government forces backed by Russian warplanes advanced on Tuesday, the "
            "Britain-based Syrian Observatory for Human Rights said. Prime Minister Haider "
            "al-Abadi spoke in Baghdad while Iraqi troops and Iran-backed militias shelled a "
            "rebel-held village. Washington urged Turkish-backed rebels to pull back.")
    found = res.mentions(text, D2016)
    by_text = {text[s:e]: a for s, e, a in found}
    assert all(a.start == s and a.end == e and a.text == text[s:e] for s, e, a in found)
    assert by_text["Syrian government forces"].code == "SYR.MIL"
    assert by_text["Russian warplanes"].code == "RUS.MIL"
    assert by_text["Prime Minister Haider al-Abadi"].name == "Haider al-Abadi"
    assert by_text["Iraqi troops"].code == "IRQ.MIL"
    assert by_text["Iran-backed militias"].backer == "IRN"
    assert by_text["Washington"].code == "USA.GOV"
    assert by_text["Turkish-backed rebels"].backer == "TUR"
    assert any(a.code == "NGO.SOHR" for a in by_text.values())
    assert "Baghdad" not in by_text  # a place after "in", not an actor
    assert not any("rebel" == t.lower() for t in by_text)  # "rebel-held" names a place


def test_user_file_overrides_and_adds(tmp_path: Path) -> None:
    user = tmp_path / "mine.yaml"
    user.write_text(
        "organisations:\n"
        "  - {name: Hezbollah, code: HEZBOLLAH, sector: PARTY, country: LBN}\n"
        "  - {name: Northern Brigade, code: NB, sector: REBEL, country: SYR, aliases: [NB]}\n"
        "nouns:\n"
        "  vigilante: {sector: REBEL}\n"
        "countries:\n"
        "  SYR: {capital: [Sham]}\n"
        "people:\n"
        "  - {name: Jane Example, country: NOR, terms: [{role: foreign minister, from: 2020}]}\n",
        encoding="utf-8")
    custom = ActorResolver.default([user])
    assert custom is ActorResolver.default([user])  # cached per file set
    assert custom is not ActorResolver.default()
    assert custom.resolve("Hezbollah").sector == "PARTY"
    assert custom.resolve("NB fighters").code == "NB"
    assert custom.resolve("vigilantes", context_country="NGA").code == "NGA.REBEL"
    assert custom.country_of("Sham") == "SYR"
    assert custom.resolve("Jane Example", date(2021, 1, 1)).code == "NOR.GOV"
    assert custom.resolve("the Norwegian foreign minister", date(2021, 1, 1)).name == \
        "Jane Example"
    assert ActorResolver.default().resolve("Hezbollah").sector == "MIL"


def test_people_data_breadth() -> None:
    people = yaml.safe_load((DATA_DIR / "people.yaml").read_text(encoding="utf-8"))["people"]
    with_terms = [p for p in people if p.get("terms")]
    assert len(with_terms) >= 150
    assert len({p["country"] for p in with_terms}) >= 50



def test_a_shared_group_name_inside_a_longer_name_or_before_a_short_name() -> None:
    r = ActorResolver.default()
    when = date(2026, 11, 1)
    # "National Liberation Army" is Colombia's ELN, but not at the tail of another name.
    text = "The Karen National Liberation Army said its fighters had taken a post."
    assert all(a.country != "COL" for _, _, a in r.mentions(text, when=when))
    # A bracketed short name says which group a shared long name stands for.
    text = "The People's Defence Forces (HPG) said they had struck the base."
    assert [a.code for _, _, a in r.mentions(text, when=when)][:2] == ["PKK", "PKK"]


def test_service_chiefs_are_the_military() -> None:
    r = ActorResolver.default()
    a = r.resolve("Nigeria's service chiefs", when=date(2026, 3, 1))
    assert a is not None and (a.country, a.sector) == ("NGA", "MIL")


def test_a_states_own_office_for_another_country_is_its_own() -> None:
    from eventwire.resolve.actors import ActorResolver
    r = ActorResolver.default(())
    assert r.resolve("China's Taiwan Affairs Office").code == "CHN.GOV"
    assert r.resolve("Russia's Ukraine envoy").code == "RUS.GOV"
    # an adjective of nationality names who the people are
    assert r.resolve("Turkey's Syrian allies").country == "SYR"


def test_ranks_are_soldiers_and_a_capital_in_a_name_is_no_country() -> None:
    from eventwire.resolve.actors import ActorResolver
    r = ActorResolver.default(())
    a = r.resolve("Sergeant Anderson Lima", context_country="BRA")
    assert (a.country, a.sector) == ("BRA", "MIL")
    assert r.resolve("a police sergeant", context_country="BRA").sector == "POLICE"


def test_fighters_of_a_named_group_are_that_group() -> None:
    from eventwire.resolve.actors import ActorResolver
    r = ActorResolver.default(())
    assert r.resolve("Rebels of the Allied Democratic Forces").code == \
        r.resolve("Allied Democratic Forces").code
    assert r.resolve("the government of Iraq").code == "IRQ.GOV"


@pytest.mark.parametrize("text", ["KDF leader Amos Bele", "the WNLA representatives",
                                  "Tarbo and Meluka leaders", "the Tarbo spokesman"])
def test_a_role_word_after_an_unknown_name_is_not_the_government(res: ActorResolver,
                                                                 text: str) -> None:
    assert res.resolve(text, date(2025, 3, 3), "KEN").sector != "GOV"


@pytest.mark.parametrize("text,code", [("Kenyan officials", "KEN.GOV"),
                                       ("opposition leaders", "KEN.PARTY"),
                                       ("the government spokesman", "KEN.GOV")])
def test_a_role_word_after_a_known_word_keeps_its_sector(res: ActorResolver, text: str,
                                                         code: str) -> None:
    assert res.resolve(text, date(2025, 3, 3), "KEN").code == code


@pytest.mark.parametrize("text,code", [("the Tarbo Resistance Units", "KEN.REBEL"),
                                       ("fighters of the Meluka Liberation Forces", "KEN.REBEL"),
                                       ("the 12th Brigade", "KEN.MIL"),
                                       ("Kenyan Special Forces", "KEN.MIL")])
def test_unknown_armed_names_of_a_cause_are_rebels(res: ActorResolver, text: str,
                                                   code: str) -> None:
    assert res.resolve(text, date(2025, 3, 3), "KEN").code == code


def test_surname_before_another_name_is_someone_else(res: ActorResolver) -> None:
    # a head of state's surname is also a given name: "Marcos Villalba" is a rancher's son
    when = date(2026, 11, 1)
    assert res.resolve("Marcos Villalba", when=when).country is None
    assert res.resolve("Marcos", when=when).code == "PHL.GOV"
    found = [a.code for _, _, a in res.mentions(
        "His son, Marcos Villalba, said the army had gambled with his life. Marcos said on "
        "Monday that Manila would act.", when=when)]
    assert found.count("PHL.GOV") == 2  # "Marcos said" and "Manila"; not the son


def test_surname_after_another_given_name_is_someone_else(res: ActorResolver) -> None:
    # Egypt's late president shares a surname with many: "Kwesi Mubarak" is someone else
    when = date(2026, 11, 1)
    assert res.resolve("Interior Minister Kwesi Mubarak", when=when).country != "EGY"
    assert res.resolve("Hosni Mubarak", when=when).country == "EGY"


def test_a_governor_or_regional_minister_governs_the_storys_country(
        res: ActorResolver) -> None:
    # an unknown capitalised word before "governor" is a place, not an unknown group; and
    # "regional" before one region's office is not several countries
    when = date(2026, 11, 1)
    assert res.resolve("The Tamale governor", when, "GHA").code == "GHA.GOV"
    assert res.resolve("the Upper East regional minister", when, "GHA").code == "GHA.GOV"
    assert res.resolve("regional leaders", when, "GHA").country is None


def test_an_unknown_rights_group_named_after_its_country(res: ActorResolver) -> None:
    # a country's name in an unknown organisation's name does not make it the state
    assert res.resolve("Zambia Lawyers for Human Rights").code == "ZMB.NGO"
    assert res.resolve("the Malawi Law Society").code == "MWI.NGO"
    assert res.resolve("the Zambian government").code == "ZMB.GOV"


def test_tribal_religious_and_traditional_leaders_are_no_officials(res: ActorResolver) -> None:
    for text in ("a tribal leader", "traditional leaders", "religious leaders", "the clergy"):
        assert res.resolve(text).sector == "CIVILIAN", text
    assert res.resolve("tribal fighters").sector == "REBEL"


def test_organisers_are_protesters(res: ActorResolver) -> None:
    assert res.resolve("Organisers").sector == "PROTESTER"
    assert res.resolve("the march organizers").sector == "PROTESTER"


def test_a_weak_head_after_a_sector_modifier_names_an_actor(res: ActorResolver) -> None:
    # "chiefs" alone names no one; "traditional chiefs" are civilians
    assert res.is_actor_phrase("the traditional chiefs")
    assert not res.is_actor_phrase("the chiefs")
