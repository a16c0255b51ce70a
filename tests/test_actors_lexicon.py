"""Breadth of the named-actor lexicons: armed groups, IGOs, NGOs and parties worldwide."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import pytest
import yaml

from eventwire.resolve.actors import _TOKEN_RE, DATA_DIR, SECTORS, ActorResolver, _fold

D2025 = date(2025, 3, 4)


@pytest.fixture(scope="module")
def res() -> ActorResolver:
    return ActorResolver.default()


def _entries(file: str) -> list[dict[str, object]]:
    return yaml.safe_load((DATA_DIR / file).read_text(encoding="utf-8"))["organisations"]


# (phrase) -> (code, sector, country)
NAMED = [
    # armed groups by region, with aliases and acronyms
    ("Ansarul Islam fighters", "ANSARUL_ISLAM", "INSURGENT", "BFA"),
    ("the Macina Liberation Front", "KATIBA_MACINA", "INSURGENT", "MLI"),
    ("3R rebels", "3R", "REBEL", "CAF"),
    ("Mayi-Mayi militiamen", "MAI_MAI", "REBEL", "COD"),
    ("the Ogaden National Liberation Front", "ONLF", "REBEL", "ETH"),
    ("Naxals", "CPI_MAOIST", "REBEL", "IND"),
    ("CPI (Maoist)", "CPI_MAOIST", "REBEL", "IND"),
    ("ULFA-I", "ULFA", "REBEL", "IND"),
    ("the Ta'ang National Liberation Army", "TNLA", "REBEL", "MMR"),
    ("Kachin Independence Organisation", "KIA", "REBEL", "MMR"),
    ("Lashkar-e-Jhangvi", "LEJ", "INSURGENT", "PAK"),
    ("Fitna al-Khawarij", "TTP", "INSURGENT", "PAK"),
    ("Sinjar Resistance Units", "YBS", "REBEL", "IRQ"),
    ("the Giants Brigades", "GIANTS_BRIGADES", "MIL", "YEM"),
    ("Los Chapitos", "SINALOA", "OTHER", "MEX"),
    ("the Gulf Clan", "CLAN_DEL_GOLFO", "OTHER", "COL"),
    ("Tren de Aragua gang members", "TREN_DE_ARAGUA", "OTHER", "VEN"),
    ("Viv Ansanm", "VIV_ANSANM", "OTHER", "HTI"),
    ("Mara Salvatrucha", "MS-13", "OTHER", "SLV"),
    ("the New IRA", "NEW_IRA", "INSURGENT", "GBR"),
    ("Russian Volunteer Corps", "RDK", "REBEL", "RUS"),
    # a unit inside a state's own forces is that state's military
    ("the 444th Brigade", "LBY.MIL", "MIL", "LBY"),
    ("Akhmat special forces", "RUS.MIL", "MIL", "RUS"),
    # IGOs by acronym and full name, UN missions
    ("Organization of American States", "IGO.OAS", "IGO", None),
    ("Economic Community of Central African States", "IGO.ECCAS", "IGO", None),
    ("MINUSCA", "IGO.MINUSCA", "IGO", None),
    ("the UN Mission in South Sudan", "IGO.UNMISS", "IGO", None),
    ("Multinational Joint Task Force", "IGO.MNJTF", "IGO", None),
    # NGOs
    ("Human Rights Commission of Pakistan", "NGO.HRCP", "NGO", "PAK"),
    ("Assistance Association for Political Prisoners", "NGO.AAPP", "NGO", "MMR"),
    # parties, ruling or not, are COUNTRY.PARTY
    ("Georgian Dream", "GEO.PARTY", "PARTY", "GEO"),
    ("the Pakistan Peoples Party", "PAK.PARTY", "PARTY", "PAK"),
    ("ZANU-PF", "ZWE.PARTY", "PARTY", "ZWE"),
    ("Chama Cha Mapinduzi", "TZA.PARTY", "PARTY", "TZA"),
    ("the Kuomintang", "TWN.PARTY", "PARTY", "TWN"),
    ("PSOE", "ESP.PARTY", "PARTY", "ESP"),
]


@pytest.mark.parametrize(("text", "code", "sector", "country"), NAMED)
def test_named_actors_worldwide(res: ActorResolver, text: str, code: str, sector: str,
                                country: str | None) -> None:
    a = res.resolve(text, D2025)
    assert (a.code, a.sector, a.country) == (code, sector, country)


def test_short_acronyms_match_only_in_capitals(res: ActorResolver) -> None:
    """Acronyms that are also words or other things stay exact-case."""
    assert res.resolve("PPP", context_country="PAK").code == "PAK.PARTY"
    assert res.resolve("ppp", context_country="PAK").code is None
    assert res.resolve("PACE").code == "IGO.COE"
    assert res.resolve("pace").code is None
    assert res.resolve("ETA").code == "ETA"
    assert res.resolve("eta").code is None
    assert res.resolve("MILF").code == "MILF"
    assert res.resolve("PDP", context_country="NGA").code == "NGA.PARTY"


def test_party_names_do_not_capture_state_bodies(res: ActorResolver) -> None:
    """'Law and Justice' is matched as a party only when named as one."""
    assert res.resolve("Ministry of Law and Justice").sector != "PARTY"
    assert res.resolve("the Law and Justice party").code == "POL.PARTY"
    assert res.resolve("PiS").code == "POL.PARTY"
    assert res.resolve("Peoples' Democratic Party").country == "TUR"  # HDP keeps its name
    assert res.resolve("Lebanese forces").code == "LBN.MIL"


def test_new_names_in_running_text(res: ActorResolver) -> None:
    text = ("Fighters of the Myanmar National Democratic Alliance Army seized a border town, "
            "while in Islamabad the Human Rights Commission of Pakistan criticised the "
            "government. In Tbilisi, Georgian Dream lawmakers met envoys of the "
            "Organization for Security and Co-operation in Europe.")
    by_text = {text[s:e]: a for s, e, a in res.mentions(text, D2025)}
    codes = {a.code for a in by_text.values()}
    assert {"MNDAA", "NGO.HRCP", "GEO.PARTY", "IGO.OSCE"} <= codes


def test_no_alias_is_shared_by_two_entries() -> None:
    """A later entry would silently take over an earlier one's alias."""
    owners: dict[str, set[str]] = defaultdict(set)
    for file in ("groups.yaml", "organisations.yaml"):
        for e in _entries(file):
            assert e["sector"] in SECTORS, e["name"]
            names = [e["name"], *(e.get("aliases") or [])]
            for alias in names:
                key = " ".join(_fold(m.group()) for m in _TOKEN_RE.finditer(str(alias)))
                owners[key].add(str(e["name"]))
            for alias in e.get("cased") or []:
                owners["cased:" + str(alias)].add(str(e["name"]))
    shared = {k: v for k, v in owners.items() if len(v) > 1}
    assert not shared


def test_lexicon_breadth() -> None:
    groups = _entries("groups.yaml")
    assert len(groups) >= 300
    assert len({g.get("country") for g in groups}) >= 55
    parties = [o for o in _entries("organisations.yaml") if o["sector"] == "PARTY"]
    assert len({p["country"] for p in parties}) >= 80


STATE_FORCES = [
    ("the Golani Brigade", "ISR.MIL"),  # not Syria's though it names the Golan
    ("Department of State Services", "NGA.POLICE"),  # not the U.S. State Department
    ("the State Department", "USA.GOV"),
    ("PLA", "CHN.MIL"),
    ("Sudan People's Liberation Army", "SSD.MIL"),
    ("Sudan People's Liberation Army-North", "SPLM-N"),
    ("the Frontier Corps", "PAK.MIL"),
    ("FARDC", "COD.MIL"),
    ("Haitian National Police", "HTI.POLICE"),
]


@pytest.mark.parametrize(("text", "code"), STATE_FORCES)
def test_named_state_forces_are_their_states(res: ActorResolver, text: str, code: str) -> None:
    assert res.resolve(text, D2025).code == code


def test_a_brigade_name_is_not_the_leader_who_took_it_as_a_name(res: ActorResolver) -> None:
    assert res.resolve("Abu Mohammed al-Golani", D2025).name == "Ahmed al-Sharaa"
