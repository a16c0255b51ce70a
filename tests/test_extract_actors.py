"""Actor slots of extracted events, on sentences written for these tests (issue 4: actor
accuracy). Each test pins one general rule, not a sentence."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.extract import Extractor
from eventwire.model import Article, Event, article_id_for
from eventwire.resolve.actors import ActorResolver

PUB = date(2024, 6, 12)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def run(extractor: Extractor, text: str) -> list[Event]:
    art = Article(article_id=article_id_for(text), text=text, published=PUB, outlet="Test Wire")
    return extractor.extract(art)


def of_type(events: list[Event], event_type: str) -> Event:
    found = [e for e in events if e.event_type == event_type]
    assert found, [(e.event_type, e.trigger) for e in events]
    return found[0]


def code(actor: object) -> str | None:
    return getattr(actor, "code", None)


def test_target_of_light_verb_is_not_the_event_noun(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Kenya's army is waging a fresh offensive against al Shabaab "
                                "near the border."), "ASSAULT")
    assert code(ev.actor1) == "KEN.MIL"
    assert code(ev.actor2) == "SHABAAB"


def test_target_inside_the_object_phrase(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Canada on Friday suspended negotiations with Venezuela over "
                                "the disputed vote."), "SANCTION")
    assert code(ev.actor1) == "CAN.GOV"
    assert code(ev.actor2) == "VEN.GOV"


def test_doer_of_by_gerund_is_the_main_subject(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Chile's senate replied on Monday by condemning the decree."),
                 "ACCUSE")
    assert code(ev.actor1) == "CHL.GOV"


@pytest.mark.parametrize("phrase, expected", [
    ("Peruvian officers", "PER.POLICE"),
    ("Polish border guards", "POL.POLICE"),
    ("the army officers", None),  # sector from the modifier, country unknown
    ("Nigerian correction officers", "NGA.POLICE"),
    ("the Thai junta chief", "THA.GOV"),
    ("the Bolivian ombudsman", "BOL.GOV"),
    ("the Malian military governor", "MLI.GOV"),
    ("Two Chinese missile ships", "CHN.MIL"),
])
def test_sector_nouns(phrase: str, expected: str | None) -> None:
    actor = ActorResolver.default().resolve(phrase)
    assert actor.code == expected
    if expected is None:
        assert actor.sector == "MIL"
