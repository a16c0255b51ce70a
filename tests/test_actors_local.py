"""Local aliases: party acronyms and generic party names several countries share stand for
one party only in a story set in that party's country."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.resolve.actors import ActorResolver

D2026 = date(2026, 5, 12)


@pytest.fixture(scope="module")
def res() -> ActorResolver:
    return ActorResolver.default()


def _name(res: ActorResolver, text: str, ctx: str | None) -> str | None:
    return res.resolve(text, D2026, context_country=ctx).name


# (phrase, context country, expected party name or None)
LOCAL = [
    ("APC officials", "NGA", "All Progressives Congress"),
    ("APC officials", "SLE", "All People's Congress"),
    ("APC officials", None, None),
    ("APC officials", "KEN", None),
    ("the NPP's flagbearer", "GHA", "New Patriotic Party"),
    ("the NPP's flagbearer", "LKA", "National People's Power"),
    ("the NPP's flagbearer", "GMB", "National People's Party of the Gambia"),
    ("NPP", None, None),
    ("a PPP senator", "PAK", "Pakistan Peoples Party"),
    ("a PPP senator", "GUY", "People's Progressive Party of Guyana"),
    ("DPP legislators", "TWN", "Democratic Progressive Party"),
    ("DPP legislators", "MWI", "Democratic Progressive Party of Malawi"),
    ("PAN deputies", "MEX", "National Action Party"),
    ("PAN deputies", "IDN", "National Mandate Party"),
    ("PAN deputies", "ARG", None),
]


@pytest.mark.parametrize(("text", "ctx", "name"), LOCAL)
def test_local_acronym_names_the_party_of_the_story_country(
        res: ActorResolver, text: str, ctx: str | None, name: str | None) -> None:
    assert _name(res, text, ctx) == name


def test_local_party_is_of_its_country(res: ActorResolver) -> None:
    a = res.resolve("APC chairman", D2026, context_country="SLE")
    assert (a.country, a.sector, a.code) == ("SLE", "PARTY", "SLE.PARTY")


def test_generic_name_is_a_party_of_the_storys_country(res: ActorResolver) -> None:
    """"Labour Party" is Britain's in a British story, Nigeria's in a Nigerian one, and a
    party of the story's own country elsewhere ("the Democratic Party" in Mongolia)."""
    assert _name(res, "the Labour Party", "GBR") == "Labour Party (United Kingdom)"
    assert _name(res, "the Labour Party", "NGA") == "Labour Party of Nigeria"
    a = res.resolve("the opposition Democratic Party", D2026, context_country="MNG")
    assert (a.country, a.sector) == ("MNG", "PARTY")
    assert res.resolve("the Democratic Party", D2026, context_country="USA").country == "USA"
    assert _name(res, "the Colorado Party", "PRY") == "Colorado Party of Paraguay"
    assert _name(res, "the Colorado Party", "URY") == "Colorado Party of Uruguay"
    assert _name(res, "the Colorado Party", None) is None


def test_local_acronym_is_exact_case(res: ActorResolver) -> None:
    assert _name(res, "ABC officials", "LSO") == "All Basotho Convention"
    assert res.resolve("win", D2026, context_country="GUY").code is None


def test_local_alias_in_running_text(res: ActorResolver) -> None:
    text = "Police fired tear gas at APC supporters and PDP members in Kano."
    named = {a.name for _, _, a in res.mentions(text, D2026, context_country="NGA")}
    assert {"All Progressives Congress", "Peoples Democratic Party of Nigeria"} <= named
    named = {a.name for _, _, a in res.mentions(text, D2026)}
    assert not {"All Progressives Congress", "Peoples Democratic Party of Nigeria"} & named


def test_local_alias_is_an_actor_phrase(res: ActorResolver) -> None:
    assert res.is_actor_phrase("the APC")
    assert not res.is_actor_phrase("the apc")


def test_shared_acronym_moved_to_local(res: ActorResolver) -> None:
    assert _name(res, "NDP MPs", "CAN") == "New Democratic Party"
    assert _name(res, "NDP MPs", "SUR") == "National Democratic Party of Suriname"
    assert _name(res, "NDP", "VCT") == "New Democratic Party of Saint Vincent"


def test_cased_acronym_keeps_its_case_before_a_possessive(res: ActorResolver) -> None:
    assert res.resolve("the FLN's leaders", D2026).code == "DZA.PARTY"


NEW_PARTIES = [
    ("Sierra Leone People's Party", "SLE"),
    ("the Malawi Congress Party", "MWI"),
    ("ACT-Wazalendo", "TZA"),
    ("the Union of Democratic Forces of Guinea", "GIN"),
    ("Telugu Desam Party", "IND"),
    ("the Maldivian Democratic Party", "MDV"),
    ("Amanat party", "KAZ"),
    ("the Serb Democratic Party", "BIH"),
    ("Nationalist Republican Alliance", "SLV"),
    ("Jamaica Labour Party", "JAM"),
    ("People's National Movement", "TTO"),
    ("Movement for Rights and Freedoms", "BGR"),
]


@pytest.mark.parametrize(("text", "country"), NEW_PARTIES)
def test_new_parties(res: ActorResolver, text: str, country: str) -> None:
    a = res.resolve(text, D2026)
    assert (a.country, a.sector) == (country, "PARTY")


def test_party_names_are_not_places(res: ActorResolver) -> None:
    assert res.resolve("Colorado", D2026).sector is None
    assert res.resolve("forces in Georgia", D2026, context_country="GEO").code == "GEO.MIL"
