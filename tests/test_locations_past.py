"""Event locations: background sentences recalling an act of an earlier year are coded at the
story's country, not at the town of today's news; several towns or districts named with their
plural kind are coded at the province that holds them (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.extract import Extractor
from eventwire.model import Article, Event, article_id_for

PUB = date(2025, 3, 5)
LEAD = ("Police fired tear gas at hundreds of teachers marching in the city of Kenema on "
        "Monday to demand unpaid wages, witnesses said.\n\n")


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def run(extractor: Extractor, text: str) -> list[Event]:
    art = Article(article_id=article_id_for(text), text=text, published=PUB,
                  outlet="Test Wire")
    return extractor.extract(art)


def _later(extractor: Extractor, text: str) -> list[Event]:
    events = [e for e in run(extractor, text) if e.mentions[0].sentence_start > len(LEAD) - 5
              and e.event_type in ("ASSAULT", "PROTEST", "COERCE")]
    assert events, text
    return events


def test_an_act_of_an_earlier_year_is_at_the_country(extractor: Extractor) -> None:
    text = LEAD + ("In 2019, security forces shot dead eleven demonstrators during protests "
                   "over fuel prices.")
    for ev in _later(extractor, text):
        assert ev.location is not None and ev.location.precision == "country", ev.location
        assert ev.location.country == "SLE"


def test_last_years_crackdown_is_at_the_country(extractor: Extractor) -> None:
    text = LEAD + ("Many nurses are still angry over last year's crackdown, in which police "
                   "arrested dozens of strikers.")
    for ev in _later(extractor, text):
        assert ev.location is not None and ev.location.precision == "country", ev.location


def test_a_past_act_pointing_back_at_the_town_stays_there(extractor: Extractor) -> None:
    for tail in ("Soldiers shot dead four protesters in the city in 2019.",
                 "In 2019, soldiers shot dead four protesters in Kenema."):
        for ev in _later(extractor, LEAD + tail):
            assert ev.location is not None and ev.location.name == "Kenema", (tail, ev.location)


def test_this_years_acts_stay_at_the_storys_town(extractor: Extractor) -> None:
    text = LEAD + "Police arrested 14 teachers in February 2025, the union said."
    for ev in _later(extractor, text):
        assert ev.location is not None and ev.location.name == "Kenema", ev.location


def test_several_districts_named_together_are_at_their_province(extractor: Extractor) -> None:
    text = ("Police detained 40 protesters in Sehore and Vidisha districts on Monday after "
            "clashes over a land dispute, officials said.")
    ev = next(e for e in run(extractor, text) if e.event_type == "COERCE")
    assert ev.location is not None and ev.location.precision == "admin1", ev.location
    assert ev.location.name == "Madhya Pradesh"


def test_towns_named_with_their_plural_kind_are_at_their_province(
        extractor: Extractor) -> None:
    text = ("Soldiers arrested 17 men in the towns of Kenema and Kailahun on Tuesday, "
            "residents said.")
    ev = next(e for e in run(extractor, text) if e.event_type == "COERCE")
    assert ev.location is not None and ev.location.precision == "admin1", ev.location
    assert ev.location.country == "SLE"


def test_towns_named_together_without_their_kind_stay_towns(extractor: Extractor) -> None:
    text = "Soldiers arrested 17 men in Kenema and Kailahun on Tuesday, residents said."
    ev = next(e for e in run(extractor, text) if e.event_type == "COERCE")
    assert ev.location is not None and ev.location.precision == "city", ev.location


def test_an_area_named_after_a_far_town_is_a_part_of_the_storys_town(
        extractor: Extractor) -> None:
    text = ("Police fired tear gas at thousands of students marching in Dhaka on Sunday, "
            "witnesses said.\n\nProtests also spread across Dhaka on Monday.\n\n"
            "A student was shot dead by gunmen as he left a mosque in the Rampura area.")
    ev = next(e for e in run(extractor, text) if e.mentions[0].sentence_start > 100
              and e.event_type == "ASSAULT")
    assert ev.location is not None and ev.location.name == "Dhaka", ev.location
