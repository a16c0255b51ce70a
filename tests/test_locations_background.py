"""Event locations of sentences naming no place: the story's province named back ("in the
province") and background acts of an earlier year (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.extract import Extractor
from eventwire.extract.locations import _past_year
from eventwire.model import Article, Event, article_id_for

PUB = date(2025, 3, 5)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def run(extractor: Extractor, text: str, dateline: str | None = None) -> list[Event]:
    art = Article(article_id=article_id_for(text), text=text, published=PUB,
                  dateline=dateline, outlet="Test Wire")
    return extractor.extract(art)


def test_year_before_the_article_is_background() -> None:
    assert _past_year("Police killed nine marchers in March 2019, a rights group said.", PUB)
    assert _past_year("On June 3, 2021, soldiers fired on a crowd.", PUB)
    assert not _past_year("Police arrested two men in 2025.", PUB)
    assert not _past_year("The army enforced the 2020 agreement on Monday.", PUB)
    assert not _past_year("Troops arrived under a deal signed in 2019 ruling out strikes.", None)


def test_the_province_named_back_is_the_storys_unit(extractor: Extractor) -> None:
    text = ("Police fired tear gas at hundreds of protesters in the city of Van on Monday, "
            "witnesses said.\n\nShops stayed shut in Van on Tuesday.\n\n"
            "The governor banned all rallies in the province for ten days.")
    events = run(extractor, text)
    ban = [e for e in events if e.mentions[0].sentence_start > 100]
    assert ban, events
    assert all(e.location is not None and e.location.precision == "admin1" for e in ban)


def test_an_earlier_years_act_naming_no_place_is_at_the_country(extractor: Extractor) -> None:
    text = ("Police fired tear gas at opposition supporters in the city of Kenema on "
            "Saturday, residents said.\n\n"
            "Security forces killed at least 20 protesters during riots in 2019, a rights "
            "group said.")
    events = run(extractor, text)
    old = [e for e in events if e.mentions[0].sentence_start > 50]
    assert old, events
    assert all(e.location is not None and e.location.precision == "country" and
               e.location.country == "SLE" for e in old)
