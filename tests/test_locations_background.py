"""Event locations: the story's province named back ("in the province") and a town named
inside a province the clause names first (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.extract import Extractor
from eventwire.model import Article, Event, article_id_for

PUB = date(2025, 3, 5)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def run(extractor: Extractor, text: str, dateline: str | None = None) -> list[Event]:
    art = Article(article_id=article_id_for(text), text=text, published=PUB,
                  dateline=dateline, outlet="Test Wire")
    return extractor.extract(art)


def test_the_province_named_back_is_the_storys_unit(extractor: Extractor) -> None:
    text = ("Police fired tear gas at hundreds of protesters in the city of Van on Monday, "
            "witnesses said.\n\nShops stayed shut in Van on Tuesday.\n\n"
            "The governor banned all rallies in the province for ten days.")
    events = run(extractor, text)
    ban = [e for e in events if e.mentions[0].sentence_start > 100]
    assert ban, events
    assert all(e.location is not None and e.location.precision == "admin1" for e in ban)


def test_a_town_inside_the_province_named_first_is_the_place(extractor: Extractor) -> None:
    text = ("In Nigeria's Plateau state, gunmen abducted 12 farmers near their fields in "
            "Bokkos on Sunday, police said.")
    ev = next(e for e in run(extractor, text) if e.event_type == "ASSAULT")
    assert ev.location is not None and ev.location.name == "Bokkos"
    assert ev.location.precision == "city"
