"""Event dates from sentence words and the publication date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.extract.event_dates import EventDate, resolve_event_date

DATA = Path(__file__).resolve().parents[1] / "eventwire" / "extract" / "data"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

PUB = date(2016, 6, 9)  # a Thursday

CASES = [
    # (sentence, expected date, precision, text, background)
    ("Militias shelled the airport on Tuesday.", date(2016, 6, 7), "day", "on Tuesday", False),
    ("Tuesday brought more shelling of the airport.", date(2016, 6, 7), "day", "Tuesday", False),
    ("Gunmen raided the ministry on Wednesday morning.", date(2016, 6, 8), "day",
     "on Wednesday morning", False),
    ("Protesters gathered late on Friday.", date(2016, 6, 3), "day", "late on Friday", False),
    ("Troops entered the town today.", PUB, "day", "today", False),
    ("The convoy was attacked on Sunday night.", date(2016, 6, 5), "day", "on Sunday night",
     False),
    ("Rebels seized the bridge yesterday.", date(2016, 6, 8), "day", "yesterday", False),
    ("The envoy visited Cairo last week.", date(2016, 6, 2), "week", "last week", False),
    ("Strikes spread earlier this week.", date(2016, 6, 9), "week", "earlier this week", False),
    ("Prices of bread doubled this month.", date(2016, 6, 1), "month", "this month", False),
    ("The ministers met last month in Oslo.", date(2016, 5, 1), "month", "last month", False),
    ("The vote was held on May 17.", date(2016, 5, 17), "day", "on May 17", False),
    ("Voting began May 17 in the north.", date(2016, 5, 17), "day", "May 17", False),
    ("The summit is set for June 20.", date(2016, 6, 20), "day", "June 20", False),
    ("The ceasefire collapsed on July 1.", date(2015, 7, 1), "day", "on July 1", False),
    ("The town fell in March.", date(2016, 3, 1), "month", "in March", False),
    ("The dam was seized in September.", date(2015, 9, 1), "month", "in September", False),
    ("The port was captured in March 2014.", date(2014, 3, 1), "month", "in March 2014", True),
    ("The group was founded in 2014.", date(2014, 1, 1), "year", "in 2014", True),
    ("The accord was signed in 2015.", date(2015, 1, 1), "year", "in 2015", False),
    ("Fighting flared again in late September.", date(2015, 9, 1), "month",
     "in late September", False),
    ("Rebels took the valley in September 2015.", date(2015, 9, 1), "month",
     "in September 2015", False),
    ("The violence recalls the massacres of a decade ago.", date(2006, 1, 1), "year",
     "a decade ago", True),
    ("Air raids over the past 24 hours hit six villages.", PUB, "day",
     "over the past 24 hours", False),
    ("Shelling continued overnight in the east.", PUB, "day", "overnight", False),
    ("Two weeks ago a truce ended.", date(2016, 5, 26), "week", "Two weeks ago", False),
    ("The militia was formed two years ago.", date(2014, 1, 1), "year", "two years ago", True),
    ("Turnout fell last year.", date(2015, 1, 1), "year", "last year", False),
    ("Talks resumed at the weekend.", date(2016, 6, 4), "week", "at the weekend", False),
    ("The bombing on May 17, 2016 killed nine.", date(2016, 5, 17), "day", "on May 17, 2016",
     False),
    ("The strike of 17 May 2014 is still disputed.", date(2014, 5, 17), "day", "17 May 2014",
     True),
    ("The report dated 2016-05-30 lists the names.", date(2016, 5, 30), "day", "2016-05-30",
     False),
    ("The riots of the 1990s left deep scars.", date(1990, 1, 1), "year", "the 1990s", True),
    ("Elections are due next Monday.", date(2016, 6, 13), "day", "next Monday", False),
    ("The ceasefire ended three months ago.", date(2016, 3, 1), "month", "three months ago",
     False),
]


@pytest.mark.parametrize(("sentence", "expected", "precision", "text", "background"), CASES,
                         ids=[c[0][:40] for c in CASES])
def test_resolve(sentence: str, expected: date, precision: str, text: str,
                 background: bool) -> None:
    ed = resolve_event_date(sentence, PUB)
    assert (ed.date, ed.precision, ed.text, ed.background) == (expected, precision, text,
                                                               background)
    assert sentence[ed.start:ed.end] == ed.text


def test_weekday_on_publication_day_is_that_day() -> None:
    tuesday = date(2016, 6, 7)
    assert resolve_event_date("Bombs went off on Tuesday.", tuesday).date == tuesday
    assert resolve_event_date("Bombs went off last Tuesday.", tuesday).date == date(2016, 5, 31)


def test_no_date_words_gives_publication_date() -> None:
    ed = resolve_event_date("Police fired tear gas at the crowd.", PUB)
    assert ed == EventDate(PUB, "day", None, None, None, False)


def test_no_publication_date() -> None:
    assert resolve_event_date("Police fired tear gas.", None) == EventDate(
        None, None, None, None, None, False)
    ed = resolve_event_date("Police fired tear gas on Tuesday.", None)
    assert ed.date is None and ed.precision is None and ed.text == "on Tuesday"
    ed = resolve_event_date("The port was captured in March 2014.", None)
    assert (ed.date, ed.precision) == (date(2014, 3, 1), "month")
    assert resolve_event_date("The group formed a decade ago.", None).background is True


def test_nearest_to_anchor_wins() -> None:
    s = "The war began in 2011 and on Monday rebels shelled the city."
    assert resolve_event_date(s, PUB, s.index("began")).text == "in 2011"
    ed = resolve_event_date(s, PUB, s.index("shelled"))
    assert (ed.date, ed.text) == (date(2016, 6, 6), "on Monday")


def test_without_anchor_prefers_current_news() -> None:
    s = "The war began in 2011 and on Monday rebels shelled the city."
    assert resolve_event_date(s, PUB).text == "on Monday"


def test_reporting_date_is_a_last_resort() -> None:
    s = "Police said on Wednesday that the riots began last month."
    ed = resolve_event_date(s, PUB, s.index("Police"))
    assert (ed.date, ed.precision) == (date(2016, 5, 1), "month")
    s = "A bomb killed five people, police said on Wednesday."
    assert resolve_event_date(s, PUB, s.index("killed")).date == date(2016, 6, 8)


@pytest.mark.parametrize("sentence", [
    "They may return to the talks.",
    "May God protect them, the imam said.",
    "The May Day rally drew thousands.",
    "The quake killed 2000 people in the valley.",
    "March on, the commander told his men.",
    "The budget is 1,900 million.",
])
def test_not_dates(sentence: str) -> None:
    assert resolve_event_date(sentence, PUB).text is None


def test_leap_day_without_year() -> None:
    ed = resolve_event_date("The raid took place on Feb. 29.", date(2017, 3, 1))
    assert ed.date == date(2016, 2, 29)


def test_data_file_holds_no_yaml_booleans() -> None:
    with open(DATA / "dates.yml", encoding="utf-8") as fh:
        d = yaml.safe_load(fh)
    flat = [v for val in d.values() if isinstance(val, list) for v in val]
    flat += [k for val in d.values() if isinstance(val, dict) for k in val]
    assert all(isinstance(v, str) for v in flat)


PIECES = list("abcMy 17,.-'") + [
    " on Tuesday ", " May ", " in ", " 2014 ", " last week ", " ago ", " two ", " years ",
    " yesterday ", " said ", " late ", " September ", " 30 ", " the ", " decade "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=25).map("".join),
       st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2030, 12, 31))),
       st.one_of(st.none(), st.integers(0, 200)))
def test_random_text_never_breaks(s: str, pub: date | None, anchor: int | None) -> None:
    ed = resolve_event_date(s, pub, anchor)
    if ed.text is not None:
        assert s[ed.start:ed.end] == ed.text
    assert (ed.date is None) == (ed.precision is None)
    assert ed.precision in (None, "day", "week", "month", "year")



def test_planned_acts_read_a_bare_weekday_forwards() -> None:
    pub = date(2025, 5, 12)  # a Monday
    s = "Organisers said they would march again on Tuesday evening."
    assert resolve_event_date(s, pub, future=True).date == date(2025, 5, 13)
    assert resolve_event_date(s, pub).date == date(2025, 5, 6)
    assert resolve_event_date("They will rally on Monday.", pub, future=True).date == pub


def test_a_span_is_dated_by_its_start_not_its_end() -> None:
    pub = date(2025, 5, 14)
    got = resolve_event_date("The militia has detained dozens of aid workers since June 2024.",
                             pub)
    assert (got.date, got.precision, got.text) == (date(2024, 6, 1), "month", "since June 2024")
    s = "The truce was extended last week until the end of May."
    assert resolve_event_date(s, pub).text == "last week"
    s = "The strike ran until Friday."
    assert resolve_event_date(s, pub).text is None


def test_a_period_after_a_superlative_dates_only_its_when_clause() -> None:
    pub = date(2025, 5, 14)
    s = "It was the deadliest raid since 2019, when gunmen stormed a prison in the town."
    assert resolve_event_date(s, pub, anchor=s.index("raid")).text is None
    got = resolve_event_date(s, pub, anchor=s.index("stormed"))
    assert (got.date, got.text) == (date(2019, 1, 1), "since 2019")


def test_next_week_and_years_naming_an_event() -> None:
    pub = date(2026, 9, 5)
    d = resolve_event_date("The minister is due in Tripoli next week for talks.", pub)
    assert (d.date, d.precision, d.text) == (date(2026, 9, 12), "week", "next week")
    d = resolve_event_date("Leaders of the 2024 uprising condemned the killings.", pub)
    assert (d.date, d.text) == (pub, None)  # "the 2024 uprising" names an event


def test_a_day_set_ahead_dates_only_the_planned_act() -> None:
    pub = date(2026, 8, 30)  # a Sunday
    s = "The party condemned the killings and called a general strike for Tuesday."
    strike = resolve_event_date(s, pub, anchor=s.index("strike"), future=True)
    assert (strike.date, strike.text) == (date(2026, 9, 1), "Tuesday")
    condemned = resolve_event_date(s, pub, anchor=s.index("condemned"))
    assert (condemned.date, condemned.text) == (pub, None)


def test_a_dated_possessive_names_another_act() -> None:
    pub = date(2026, 9, 10)  # a Thursday
    s = ("The board on Wednesday passed a resolution censuring the government for barring "
         "inspectors from sites damaged in last year's strikes.")
    got = resolve_event_date(s, pub, anchor=s.index("censuring"))
    assert (got.date, got.text) == (date(2026, 9, 9), "on Wednesday")
    # ... but it dates what it is attached to ("wounded in Wednesday's raid").
    s = "Two men wounded in Wednesday's raid died overnight, the ministry said on Friday."
    assert resolve_event_date(s, pub, anchor=s.index("wounded")).date == date(2026, 9, 9)


def test_friday_prayers_name_a_service_when_the_sentence_gives_a_date() -> None:
    pub = date(2026, 10, 16)
    s = "On September 30, 2022, troops opened fire on worshippers after Friday prayers."
    assert resolve_event_date(s, pub, anchor=s.index("opened")).date == date(2022, 9, 30)
    s = "Troops opened fire on worshippers after Friday prayers."
    assert resolve_event_date(s, pub, anchor=s.index("opened")).date == date(2026, 10, 16)


def test_a_part_of_a_year_dates_its_month() -> None:
    pub = date(2026, 8, 24)
    s = "The mission withdrew from the country at the end of 2023 at the government's request."
    got = resolve_event_date(s, pub)
    assert (got.date, got.precision, got.text) == (date(2023, 12, 1), "month", "the end of 2023")
    got = resolve_event_date("Talks resumed at the start of 2025.", pub)
    assert (got.date, got.precision) == (date(2025, 1, 1), "month")
    # the end of a span is still no date
    assert resolve_event_date("The truce was extended until the end of 2028.", pub).text is None


def test_a_span_from_one_day_to_another_is_dated_by_its_start() -> None:
    pub = date(2026, 9, 2)  # a Wednesday
    s = "The rebels called a lockdown in the two regions from Sunday to next Wednesday."
    got = resolve_event_date(s, pub, anchor=s.index("lockdown"), future=True)
    assert (got.date, got.text) == (date(2026, 9, 6), "from Sunday")
    got = resolve_event_date("The fair ran from May 3 to May 9.", pub)
    assert got.date == date(2026, 5, 3)


def test_a_weekday_after_overnight_names_the_night() -> None:
    # PUB is Thursday 9 June 2016
    d = resolve_event_date("Raiders killed seven herders overnight on Monday, police said.",
                           PUB, anchor=8)
    assert (d.date, d.text) == (date(2016, 6, 6), "on Monday")
    assert resolve_event_date("Gunmen attacked the post overnight.", PUB, anchor=8).date == PUB


def test_a_weekday_of_last_week_is_in_the_week_before() -> None:
    d = resolve_event_date("He was detained on Thursday last week.", PUB, anchor=8)
    assert d.date == date(2016, 6, 2)
    d = resolve_event_date("He was detained on Tuesday of last week.", PUB, anchor=8)
    assert d.date == date(2016, 5, 31)


def test_a_span_of_two_named_days_is_dated_by_the_first() -> None:
    # "on Sunday and Monday" is one span, like "from Sunday to Monday": its start.
    s = "Villagers searched the hills on Sunday and Monday and found the missing cattle."
    ed = resolve_event_date(s, PUB, s.index("found"))
    assert ed.text == "on Sunday"
    # A day before the span is another act's.
    s = "The strike began on Sunday, and the unions marched on Monday and Tuesday."
    assert resolve_event_date(s, PUB, s.index("marched")).text == "on Monday"


def test_a_plan_in_the_coming_days_is_dated_the_day_it_is_announced() -> None:
    """"Police would step up patrols in the coming days": a plan due soon is dated the day it
    is announced, at the precision of a week."""
    d = resolve_event_date("The governor said police would step up patrols in the coming days.",
                           date(2026, 5, 14), future=True)
    assert (d.date, d.precision) == (date(2026, 5, 14), "week")
