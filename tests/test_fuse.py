"""Fusion rules on hand-made mentions: what merges, what stays apart, and that the result does
not depend on input order."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.fuse import _told_time, _told_times_differ, cluster, fuse

BAGHDAD = {"name": "Baghdad", "country": "IRQ", "lat": 33.34, "lon": 44.40, "precision": "city"}
SADR = {"name": "Sadr City", "country": "IRQ", "lat": 33.39, "lon": 44.46,
        "precision": "district"}
KADHIMIYA = {"name": "Kadhimiya", "country": "IRQ", "lat": 33.38, "lon": 44.34,
             "precision": "district"}
GENEVA = {"name": "Geneva", "country": "CHE", "lat": 46.20, "lon": 6.14, "precision": "city"}


def actor(code: str) -> dict[str, Any]:
    country, _, sector = code.partition(".")
    return {"code": code, "country": country if sector else None, "sector": sector or None}


def mention(mid: str, article: str = "a1", start: int = 0, **kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "mention_id": mid, "article_id": article, "sentence_start": start,
        "event_type": "ASSAULT", "mode": None, "status": "reported", "date": "2024-05-14",
        "date_precision": "day", "date_text": "on Tuesday", "published": "2024-05-15",
        "location": BAGHDAD, "actor1": None, "actor2": None, "fatalities": None,
        "injured": None,
    }
    base.update(kw)
    return base


def groups(mentions: list[dict[str, Any]]) -> set[frozenset[str]]:
    return {frozenset(m["mention_id"] for m in c) for c in cluster(mentions)}


def test_same_bombing_in_two_outlets_is_one_event() -> None:
    a = mention("m1", "a1", fatalities=12, actor1=actor("ISIS"))
    b = mention("m2", "a2", fatalities=12, date="2024-05-14", published="2024-05-14",
                date_text="on Tuesday")
    assert groups([a, b]) == {frozenset({"m1", "m2"})}


def test_three_districts_on_one_day_stay_three_events_and_the_total_is_a_summary() -> None:
    ms = [mention("s", start=0, fatalities=30),
          mention("d1", start=100, location=SADR, fatalities=10),
          mention("d2", start=200, location=KADHIMIYA, fatalities=20)]
    events = fuse(ms)
    assert len(events) == 3
    summary = next(e for e in events if e["mention_ids"] == ["s"])
    assert summary["fatalities"] == 30
    parts = {e["event_id"] for e in events if e["mention_ids"] != ["s"]}
    assert set(summary["summary_of"]) == parts
    assert {frozenset(e["mention_ids"]) for e in events} == {
        frozenset({"s"}), frozenset({"d1"}), frozenset({"d2"})}


def test_a_district_the_gazetteer_lacks_is_no_second_district() -> None:
    # "clashes spread to the Zaafaraniya district": unlisted, placed at Baghdad's seat
    unlisted = {**BAGHDAD, "name": "Zaafaraniya", "precision": "district", "geonames_id": None}
    listed = {**SADR, "geonames_id": 98182}
    a = mention("m1", start=0, location={**listed}, actor1=actor("IRQ.MIL"))
    b = mention("m2", start=100, location=unlisted, actor1=actor("IRQ.MIL"))
    assert groups([a, b]) == {frozenset({"m1", "m2"})}
    c = mention("m3", start=100, location={**KADHIMIYA, "geonames_id": 98183},
                actor1=actor("IRQ.MIL"))
    assert len(groups([a, c])) == 2  # two listed districts: two incidents


def test_a_district_the_gazetteer_lacks_fits_any_town_of_its_province() -> None:
    # "fighting in Lowland district" (unlisted: placed at its province's seat) and the
    # government's figure for "Saturday's fighting" placed at a town 80 km from that seat
    seat = {"name": "Lowland", "country": "BEN", "admin1": "Plains", "lat": 11.0,
            "lon": 2.0, "precision": "district", "geonames_id": None}
    town = {"name": "Far Town", "country": "BEN", "admin1": "Plains", "lat": 11.7,
            "lon": 2.3, "precision": "city", "geonames_id": 12345}
    other = {**town, "admin1": "Hills"}
    a = mention("m1", start=0, location=seat, actor1=actor("BEN.MIL"))
    b = mention("m2", "a2", location=town, actor1=actor("BEN.MIL"))
    assert groups([a, b]) == {frozenset({"m1", "m2"})}
    c = mention("m3", "a2", location=other, actor1=actor("BEN.MIL"))
    assert len(groups([a, c])) == 2


def test_a_curated_district_with_no_geonames_id_is_a_district_of_its_own() -> None:
    # "a bomb in Zayouna" and "a car bomb in Karrada": both curated districts (places.tsv),
    # each with its own point though neither has a GeoNames id: two incidents
    zayouna = {"name": "Zayouna", "country": "IRQ", "lat": 33.325, "lon": 44.465,
               "precision": "district", "geonames_id": None}
    karrada = {"name": "Karrada", "country": "IRQ", "lat": 33.30, "lon": 44.425,
               "precision": "district", "geonames_id": None}
    a = mention("m1", start=0, location=zayouna, actor1=actor("IRQ.MIL"))
    b = mention("m2", start=100, location=karrada, actor1=actor("IRQ.MIL"))
    assert len(groups([a, b])) == 2


def test_a_toll_is_not_a_summary_of_incidents_from_other_days_or_towns() -> None:
    far = {"name": "Basra", "country": "IRQ", "lat": 30.51, "lon": 47.78, "precision": "city"}
    ms = [mention("lead", start=0, fatalities=13, location=SADR),
          mention("guards", start=100, fatalities=5, location=SADR),
          mention("raid", start=200, fatalities=8, location=far, date="2024-05-13",
                  date_text="on Monday")]
    events = fuse(ms)
    assert all(not e["summary_of"] for e in events)
    assert {frozenset(e["mention_ids"]) for e in events} == {
        frozenset({"lead"}), frozenset({"guards"}), frozenset({"raid"})}


def test_a_claimed_toll_is_the_claimants_count_not_a_sum_of_reported_incidents() -> None:
    lead = mention("lead", start=0, actor1=actor("JNIM"), fatalities=12)
    claim = mention("claim", start=100, status="claimed", actor1=actor("JNIM"), fatalities=20)
    own = mention("own", start=200, actor1=actor("JNIM"), fatalities=8)  # "eight of its own"
    events = fuse([lead, claim, own])
    assert all(not e["summary_of"] for e in events)
    assert frozenset({"lead", "claim"}) in {frozenset(e["mention_ids"]) for e in events}


def test_a_toll_of_one_day_does_not_add_up_incidents_of_the_next_day() -> None:
    ambush = mention("ambush", start=0, actor1=actor("TRF"), actor2=actor("IND.MIL"),
                     fatalities=4, location=SADR)  # Tuesday
    wednesday = {"date": "2024-05-15", "date_text": "on Wednesday", "location": SADR}
    raid = mention("raid", start=100, actor1=actor("IND.POLICE"), fatalities=3, **wednesday)
    soldier = mention("soldier", start=200, actor2=actor("IND.MIL"), fatalities=1, **wednesday)
    assert all(not e["summary_of"] for e in fuse([ambush, raid, soldier]))


def test_a_claim_told_from_the_capital_is_the_act_it_claims_in_one_report() -> None:
    capital = {"name": "Capital", "country": "IRQ", "lat": 30.5, "lon": 47.8, "precision": "city"}
    act = mention("act", start=0, actor1=actor("ISIS"), actor2=actor("IRQ.MIL"), fatalities=5)
    claim = mention("claim", start=100, status="claimed", actor1=actor("ISIS"), location=capital)
    assert groups([act, claim]) == {frozenset({"act", "claim"})}
    other_day = mention("other", start=100, status="claimed", actor1=actor("ISIS"),
                        location=capital, date="2024-05-12", date_text="on Sunday")
    assert len(groups([act, other_day])) == 2
    elsewhere = mention("raid", "a2", status="claimed", actor1=actor("ISIS"), location=capital)
    assert len(groups([act, elsewhere])) == 2  # another report: the place still counts
    site = {**SADR, "name": "Sadr market"}
    at_site = mention("site", start=200, status="claimed", actor1=actor("ISIS"),
                      location=KADHIMIYA)
    assert len(groups([{**act, "location": site}, at_site])) == 2  # two named sites


def test_a_doer_that_is_also_the_target_is_no_doer_to_match() -> None:
    garbled = mention("m1", "a1", actor1=actor("MLI.MIL"), actor2=actor("MLI.MIL"),
                      fatalities=12)
    claim = mention("m2", "a1", start=100, status="claimed", actor1=actor("JNIM"),
                    actor2=actor("MLI.MIL"))
    assert groups([garbled, claim]) == {frozenset({"m1", "m2"})}
    by_army = mention("m3", "a2", actor1=actor("MLI.MIL"), actor2=actor("JNIM"))
    assert len(groups([claim, by_army])) == 2


def test_a_groups_claim_made_days_after_the_act_is_that_act() -> None:
    act = mention("act", "a1", actor1=actor("BOKO_HARAM"), actor2=actor("TCD.MIL"),
                  fatalities=14)  # Tuesday
    video = {"status": "claimed", "actor1": actor("BOKO_HARAM"), "date_text": None}
    claim = mention("claim", "a2", date="2024-05-17", published="2024-05-17", **video)
    assert groups([act, claim]) == {frozenset({"act", "claim"})}
    assert groups([claim, {**act, "published": "2024-05-18"}]) == {
        frozenset({"act", "claim"})}  # whichever report comes first
    too_late = mention("late", "a3", date="2024-05-24", published="2024-05-24", **video)
    before = mention("before", "a4", date="2024-05-11", published="2024-05-11", **video)
    assert len(groups([act, too_late])) == 2
    assert len(groups([act, before])) == 2
    army = {"status": "claimed", "actor1": actor("TCD.MIL"), "date_text": None}
    raid = mention("raid", "a5", actor1=actor("TCD.MIL"), actor2=actor("BOKO_HARAM"))
    kills = mention("kills", "a6", date="2024-05-17", published="2024-05-17", **army)
    assert len(groups([raid, kills])) == 2  # forces telling their own kills: that day's


def test_an_undated_act_in_a_dated_story_is_not_its_background_act_of_years_before() -> None:
    guards = {"actor1": actor("USA.POLICE"), "actor2": actor("USA.CIVILIAN"), "location": SADR}
    background = mention("old", start=0, date="2012-01-01", date_precision="year",
                         date_text="in 2012", **guards)
    news = mention("new", start=300, date=None, date_precision=None, date_text=None,
                   fatalities=1, **guards)
    assert len(groups([background, news])) == 2
    recent = mention("recent", start=0, date="2024-05-01", date_precision="month",
                     date_text="this month", **guards)
    assert len(groups([recent, news])) == 1


def test_a_beating_and_a_shooting_told_in_one_report_are_two_acts() -> None:
    police = {"actor1": actor("IRQ.POLICE"), "actor2": actor("IRQ.CIVILIAN")}
    shot = mention("shot", start=0, mode="firearms", fatalities=1, **police)
    beaten = mention("beaten", start=100, mode="beating", status="denied", **police)
    assert len(groups([shot, beaten])) == 2
    blast = mention("blast", start=200, mode="explosion", actor1=actor("ISIS"))
    suicide = mention("suicide", start=300, mode="suicide", actor1=actor("ISIS"))
    assert len(groups([blast, suicide])) == 1


def test_other_means_told_in_one_report_are_other_acts() -> None:
    police = {"event_type": "COERCE", "actor1": actor("IRQ.POLICE"),
              "actor2": actor("IRQ.PROTESTER")}
    gas = mention("gas", start=0, mode="tear-gas", **police)
    arrests = mention("arrests", start=100, mode="arrest", date_text=None, **police)
    assert len(groups([gas, arrests])) == 2
    crowd = {"event_type": "PROTEST", "actor1": actor("IRQ.PROTESTER")}
    strike = mention("strike", start=0, mode="strike", **crowd)
    march = mention("march", start=100, mode="demonstration", date_text=None, **crowd)
    riot = mention("riot", start=200, mode="riot", date_text=None, **crowd)
    assert groups([strike, march]) == {frozenset({"strike"}), frozenset({"march"})}
    assert groups([march, riot]) == {frozenset({"march", "riot"})}  # the rally turned violent
    envoys = {"event_type": "CONSULT", "actor1": actor("IRQ.GOV"), "actor2": actor("IRN.GOV")}
    talks = mention("talks", start=0, mode="talks", **envoys)
    meeting = mention("meeting", start=100, mode="meeting", date_text=None, **envoys)
    assert len(groups([talks, meeting])) == 1
    # across reports too, a march one outlet tells and the riot the next makes of it (the
    # stones thrown at its end) are one protest; a strike and a march stay two
    other = mention("other", "a2", start=0, mode="riot", **crowd)
    assert len(groups([march, other])) == 1
    walkout = mention("walkout", "a2", start=0, mode="strike", **crowd)
    assert len(groups([march, walkout])) == 2


def test_a_riot_and_a_march_each_dated_to_another_day_are_two_protests() -> None:
    # "dockers threw stones at police on Monday" and "on Tuesday the dockers marched to the
    # ministry": other means and another day, each told by its own words: two protests, in
    # one story or in two; a day borrowed from the story (no words of its own) stays loose
    crowd = {"event_type": "PROTEST", "actor1": actor("IRQ.PROTESTER")}
    riot = mention("riot", start=0, mode="riot", date="2024-05-13", date_text="on Monday",
                   **crowd)
    march = mention("march", start=100, mode="demonstration", date="2024-05-14",
                    date_text="on Tuesday", **crowd)
    assert len(groups([riot, march])) == 2
    later = mention("later", "a2", start=0, mode="demonstration", date="2024-05-14",
                    date_text="on Tuesday", **crowd)
    assert len(groups([riot, later])) == 2
    same_day = mention("same", "a2", start=0, mode="demonstration", date="2024-05-13",
                       date_text="on Monday", **crowd)
    assert len(groups([riot, same_day])) == 1
    borrowed = mention("borrowed", start=100, mode="demonstration", date="2024-05-14",
                       date_text=None, **crowd)
    assert len(groups([riot, borrowed])) == 1


def test_a_gunfight_the_day_after_an_ambush_is_another_incident() -> None:
    # "rebels ambushed a patrol on Monday, killing four soldiers" and, in the next day's
    # paper, "a soldier was killed in an encounter that began early on Tuesday": the hunt
    # after the ambush is another incident, though within the day of tolerance; the same
    # fight told a day apart by two outlets stays one
    army = actor("IRQ.MIL")
    ambush = mention("ambush", "a1", date="2024-05-13", actor1=actor("ISIS"), actor2=army,
                     mentions=[{"sentence": "Militants ambushed an army patrol on Monday."}])
    fight = mention("fight", "a2", date="2024-05-14", actor2=army, published="2024-05-15",
                    mentions=[{"sentence": "A soldier was killed in an encounter that "
                               "began early on Tuesday."}])
    assert len(groups([ambush, fight])) == 2
    again = mention("again", "a3", date="2024-05-13", actor2=army, published="2024-05-14",
                    mentions=[{"sentence": "Troops and militants exchanged fire overnight."}])
    assert len(groups([fight, again])) == 1
    raid = mention("raid", "a3", date="2024-05-14", actor2=army, published="2024-05-15",
                   mentions=[{"sentence": "Gunmen raided an army post on Tuesday."}])
    assert len(groups([ambush, raid])) == 1  # neither told as a fight: the day is loose


def test_a_government_denying_what_its_police_did_is_the_same_act() -> None:
    beating = mention("m1", "a1", event_type="COERCE", actor1=actor("IRQ.POLICE"),
                      actor2=actor("IRQ.PROTESTER"))
    denial = mention("m2", "a1", start=100, event_type="COERCE", status="denied",
                     actor1=actor("IRQ.GOV"), actor2=actor("IRQ.PROTESTER"), date_text=None)
    by_ministry = mention("m3", "a1", start=200, event_type="COERCE", actor1=actor("IRQ.GOV"),
                          actor2=actor("IRQ.PROTESTER"), date_text=None)
    assert groups([beating, denial]) == {frozenset({"m1", "m2"})}
    assert groups([beating, by_ministry]) == {frozenset({"m1"}), frozenset({"m3"})}


def test_a_denial_joins_the_act_but_a_threat_does_not() -> None:
    act = mention("m1", "a1", actor1=actor("ISIS"), fatalities=5)
    denial = mention("m2", "a2", status="denied", actor1=actor("ISIS"))
    threat = mention("m3", "a2", start=90, status="threatened", actor1=actor("ISIS"))
    assert groups([act, denial, threat]) == {frozenset({"m1", "m2"}), frozenset({"m3"})}
    assert next(e for e in fuse([act, denial]) if e["n_mentions"] == 2)["status"] == "reported"


def test_month_precision_date_fits_a_day_in_that_month_but_not_the_next() -> None:
    day = mention("m1", "a1", actor1=actor("ISIS"), date="2024-05-14")
    month = mention("m2", "a2", actor1=actor("ISIS"), date="2024-05-01",
                    date_precision="month", date_text="in May")
    june = mention("m3", "a3", actor1=actor("ISIS"), date="2024-06-01",
                   date_precision="month", date_text="in June")
    assert groups([day, month, june]) == {frozenset({"m1", "m2"}), frozenset({"m3"})}


def test_dates_two_days_apart_are_two_events() -> None:
    a = mention("m1", "a1", actor1=actor("ISIS"))
    b = mention("m2", "a2", actor1=actor("ISIS"), date="2024-05-16")
    assert len(groups([a, b])) == 2


def test_different_named_doers_are_different_events() -> None:
    a = mention("m1", "a1", actor1=actor("ISIS"), fatalities=3)
    b = mention("m2", "a2", actor1=actor("IRQ.MIL"), fatalities=3)
    assert len(groups([a, b])) == 2


def test_target_named_by_another_sector_of_the_same_country_still_fits() -> None:
    a = mention("m1", "a1", actor1=actor("ISIS"), actor2=actor("IRQ.CIVILIAN"))
    b = mention("m2", "a2", actor1=actor("ISIS"), actor2=actor("IRQ.MIL"))
    c = mention("m3", "a3", actor1=actor("ISIS"), actor2=actor("SYR.MIL"))
    assert groups([a, b, c]) == {frozenset({"m1", "m2"}), frozenset({"m3"})}
    unnamed = mention("m4", "a4", actor2=actor("IRQ.PROTESTER"))
    assert groups([a, unnamed]) == {frozenset({"m1", "m4"})}
    police = mention("m5", "a5", actor2=actor("IRQ.POLICE"))
    assert len(groups([unnamed, police])) == 2  # victims are not the police


def test_meeting_participants_named_piecemeal_are_one_meeting() -> None:
    talks = {"event_type": "CONSULT", "mode": "talks", "location": GENEVA}
    a = mention("m1", start=0, actor1=actor("IGO.UN"), **talks)
    b = mention("m2", start=100, actor1=actor("SYR.GOV"), actor2=actor("IGO.UN"), **talks)
    c = mention("m3", start=200, actor1=actor("SYR.GOV"), **talks)
    other = mention("m4", start=300, actor1=actor("USA.GOV"), actor2=actor("RUS.GOV"),
                    **talks)
    assert groups([a, b, c, other]) == {frozenset({"m1", "m2", "m3"}), frozenset({"m4"})}


def test_undated_reports_in_undated_articles_need_two_shared_specifics() -> None:
    undated = {"date": None, "date_precision": None, "date_text": None, "published": None,
               "location": None}
    a = mention("m1", "a1", actor1=actor("SYR.MIL"), actor2=actor("SYR.REBEL"), **undated)
    b = mention("m2", "a2", actor1=actor("SYR.MIL"), actor2=actor("SYR.REBEL"), **undated)
    c = mention("m3", "a3", actor1=actor("SYR.MIL"), **undated)
    dated = mention("m4", "a4", actor1=actor("SYR.MIL"), actor2=actor("SYR.REBEL"))
    assert groups([a, b, c, dated]) == {
        frozenset({"m1", "m2"}), frozenset({"m3"}), frozenset({"m4"})}


def test_ids_are_stable_when_a_later_article_joins() -> None:
    first = fuse([mention("m1", "a1", fatalities=12, actor1=actor("ISIS"))])
    later = fuse([mention("m1", "a1", fatalities=12, actor1=actor("ISIS")),
                  mention("m2", "a2", fatalities=12, published="2024-05-16")])
    assert [e["event_id"] for e in first] == [e["event_id"] for e in later]
    assert later[0]["n_articles"] == 2


POOL = [
    mention("p1", "a1", 0, actor1=actor("ISIS"), fatalities=12),
    mention("p2", "a2", 0, actor1=actor("ISIS"), fatalities=12, published="2024-05-14"),
    mention("p3", "a1", 90, location=SADR, fatalities=4),
    mention("p4", "a3", 0, location=SADR, fatalities=4, date="2024-05-13"),
    mention("p5", "a3", 80, event_type="PROTEST", actor1=actor("IRQ.PROTESTER")),
    mention("p6", "a2", 70, event_type="PROTEST", actor1=actor("IRQ.PROTESTER")),
    mention("p7", "a4", 0, date="2024-05-01", date_precision="month", date_text="in May",
            actor1=actor("ISIS")),
    mention("p8", "a4", 60, location=KADHIMIYA, fatalities=7),
]


@settings(max_examples=40, deadline=None)
@given(st.permutations(POOL))
def test_result_does_not_depend_on_input_order(shuffled: list[dict[str, Any]]) -> None:
    expected = {(e["event_id"], tuple(sorted(e["mention_ids"]))) for e in fuse(POOL)}
    got = {(e["event_id"], tuple(sorted(e["mention_ids"]))) for e in fuse(shuffled)}
    assert got == expected


def test_a_statement_filed_from_two_cities_is_one_statement() -> None:
    veto = {"event_type": "REJECT", "mode": "veto", "actor1": actor("RUS.GOV"),
            "actor2": actor("IGO.UNSC")}
    a = mention("m1", "a1", location=BAGHDAD, **veto)
    b = mention("m2", "a2", location=GENEVA, **veto)
    c = mention("m3", "a3", location=GENEVA, **{**veto, "actor2": actor("FRA.GOV")})
    assert groups([a, b, c]) == {frozenset({"m1", "m2"}), frozenset({"m3"})}


def test_a_named_groups_statement_of_a_told_day_is_one_wherever_placed() -> None:
    # "The movement repeated on Tuesday that it would not disarm" (placed at the story's
    # city) and "at the talks in Geneva on Tuesday the movement rejected disarmament".
    refusal = {"event_type": "REJECT", "actor1": actor("HAMAS")}
    a = mention("m1", "a1", location=BAGHDAD, **refusal)
    b = mention("m2", "a2", location=GENEVA, **refusal)
    assert groups([a, b]) == {frozenset({"m1", "m2"})}
    # a day its sentence does not tell, or a state's speaker (its ministries and governors
    # speak apart), keeps the place
    c = mention("m3", "a2", location=GENEVA, **{**refusal, "date_text": None})
    assert groups([a, c]) == {frozenset({"m1"}), frozenset({"m3"})}
    gov = {"event_type": "REJECT", "actor1": actor("IRQ.GOV")}
    d = mention("m4", "a1", location=BAGHDAD, **gov)
    e = mention("m5", "a2", location=GENEVA, **gov)
    assert groups([d, e]) == {frozenset({"m4"}), frozenset({"m5"})}


def test_a_strike_told_on_two_of_its_days_in_one_story_is_one_strike() -> None:
    # "Dockers extended their strike into a third day on Thursday" and "the dockers stopped
    # work on Tuesday": one stoppage that lasts. A rally on each day stays two, and so do
    # strikes a week and more apart or by other strikers.
    strike = {"event_type": "PROTEST", "mode": "strike", "actor1": actor("IRQ.LABOR")}
    a = mention("m1", start=0, date="2024-05-16", date_text="on Thursday", **strike)
    b = mention("m2", start=200, date="2024-05-14", date_text="on Tuesday", **strike)
    assert groups([a, b]) == {frozenset({"m1", "m2"})}
    rally = {**strike, "mode": "demonstration"}
    c = mention("m3", start=0, date="2024-05-16", date_text="on Thursday", **rally)
    d = mention("m4", start=200, date="2024-05-14", date_text="on Tuesday", **rally)
    assert groups([c, d]) == {frozenset({"m3"}), frozenset({"m4"})}
    e = mention("m5", start=200, date="2024-05-02", date_text="on May 2", **strike)
    assert groups([a, e]) == {frozenset({"m1"}), frozenset({"m5"})}
    f = mention("m6", start=200, date="2024-05-14", date_text="on Tuesday",
                **{**strike, "actor1": actor("IRQ.PROTESTER")})
    assert groups([a, f]) == {frozenset({"m1"}), frozenset({"m6"})}


def test_a_report_joins_an_event_through_any_member_it_shares_a_specific_with() -> None:
    lead = mention("m1", "a1", actor1=actor("ISIS"), location=SADR, fatalities=12)
    detail = mention("m2", "a1", start=100, location=SADR)  # same district, nothing else
    toll = mention("m3", "a2", fatalities=12, location=None, date_text=None)  # only the toll
    assert groups([lead, detail, toll]) == {frozenset({"m1", "m2", "m3"})}


def test_a_claims_figure_does_not_split_the_reported_incident_in_one_article() -> None:
    report = mention("m1", start=0, actor1=actor("ISIS"), fatalities=14)
    claim = mention("m2", start=100, status="claimed", actor1=actor("ISIS"), fatalities=40)
    other = mention("m3", start=200, actor1=actor("ISIS"), fatalities=3)  # another incident
    assert groups([report, claim, other]) == {frozenset({"m1", "m2"}), frozenset({"m3"})}
    second_claim = mention("m4", start=300, status="claimed", actor1=actor("ISIS"),
                           fatalities=7)
    assert len(groups([claim, second_claim])) == 2  # one party's two tallies: two incidents


def test_a_follow_up_with_the_same_toll_in_the_same_town_joins_despite_its_own_date() -> None:
    lead = mention("m1", "a1", date="2024-05-14", fatalities=23)
    detail = mention("m2", "a1", start=100, date="2024-05-14", actor1=actor("ISIS"))
    later = mention("m3", "a2", date="2024-05-17", published="2024-05-17", fatalities=23,
                    date_text="on Friday")
    other_toll = mention("m4", "a3", date="2024-05-17", published="2024-05-17", fatalities=5,
                         date_text="on Friday")
    weeks_later = mention("m5", "a4", date="2024-05-30", published="2024-05-30",
                          fatalities=23, date_text="on Thursday")
    country = {"name": "Iraq", "country": "IRQ", "lat": 33.0, "lon": 44.0,
               "precision": "country"}
    vague = mention("m6", "a5", date="2024-05-17", published="2024-05-17", fatalities=23,
                    location=country, date_text=None)
    assert groups([lead, detail, later, other_toll, weeks_later, vague]) == {
        frozenset({"m1", "m2", "m3"}), frozenset({"m4"}), frozenset({"m5"}), frozenset({"m6"})}


def test_an_act_in_an_undated_article_joins_the_dated_act_on_its_town_and_one_more_specific(
        ) -> None:
    dated = mention("m1", "a1", actor1=actor("ISIS"), actor2=actor("IRQ.MIL"))  # a Tuesday
    undated = {"date": None, "date_precision": None, "published": None}
    same = mention("m2", "a2", actor1=actor("ISIS"), date_text="on Tuesday", **undated)
    other_day = mention("m3", "a3", actor1=actor("ISIS"), date_text="on Friday", **undated)
    town_only = mention("m4", "a4", date_text=None, **undated)
    statement = {"event_type": "ACCUSE", "actor1": actor("IRQ.GOV"),
                 "actor2": actor("ISIS")}
    said = mention("m5", "a5", **statement)
    said_undated = mention("m6", "a6", date_text=None, **statement, **undated)
    assert groups([dated, same, other_day, town_only, said, said_undated]) == {
        frozenset({"m1", "m2"}), frozenset({"m3"}), frozenset({"m4"}), frozenset({"m5"}),
        frozenset({"m6"})}


def test_an_undated_act_needs_its_link_to_one_member_of_the_dated_event_not_to_each() -> None:
    # the dated event holds a bare toll sentence that shares only the town with the claim
    lead = mention("m1", "a1", actor1=actor("ISIS"), actor2=actor("IRQ.CIVILIAN"),
                   fatalities=9)
    toll = mention("m2", "a1", start=100, date_text=None, fatalities=9, injured=30)
    undated = {"date": None, "date_precision": None, "published": None, "date_text": None}
    claim = mention("m3", "a2", actor1=actor("ISIS"), status="claimed", **undated)
    elsewhere = mention("m4", "a3", actor1=actor("ISIS"), location=GENEVA, **undated)
    assert groups([lead, toll, claim, elsewhere]) == {
        frozenset({"m1", "m2", "m3"}), frozenset({"m4"})}


def test_in_an_undated_story_the_country_it_names_links_its_undated_mentions() -> None:
    country = {"name": "Syria", "country": "SYR", "lat": 33.51, "lon": 36.29,
               "precision": "country"}
    undated = {"date": None, "date_precision": None, "published": None, "date_text": None,
               "event_type": "MOBILIZE", "location": country}
    lead = mention("m1", "a1", actor1=actor("RUS.MIL"), **undated)
    more = mention("m2", "a1", start=200, **undated)
    elsewhere = mention("m3", "a2", **undated)
    assert groups([lead, more, elsewhere]) == {frozenset({"m1", "m2"}), frozenset({"m3"})}


def test_a_city_level_mention_over_two_distant_sites_of_that_city_is_kept_with_its_like() -> None:
    north = {"name": "North Gate", "country": "IRQ", "lat": 33.42, "lon": 44.40,
             "precision": "point"}
    south = {"name": "South Shrine", "country": "IRQ", "lat": 33.26, "lon": 44.40,
             "precision": "point"}  # each 9 km from the centre, 18 km apart
    both = mention("m1", "a1", start=0, actor1=actor("ISIS"), fatalities=12)  # in Baghdad
    at_north = mention("m2", "a1", start=100, actor1=actor("ISIS"), location=north)
    at_south = mention("m3", "a1", start=200, actor1=actor("ISIS"), location=south)
    again = mention("m4", "a1", start=300, actor1=actor("ISIS"))  # "the attacks in Baghdad"
    north_toll = mention("m5", "a1", start=400, actor1=actor("ISIS"), fatalities=5)
    at_north_toll = mention("m6", "a1", start=500, actor1=actor("ISIS"), location=north,
                            fatalities=5)
    assert groups([both, at_north, at_south, again, north_toll, at_north_toll]) == {
        frozenset({"m1", "m4"}), frozenset({"m2", "m5", "m6"}), frozenset({"m3"})}
    # with one site only, the city-level report is that site's
    assert groups([both, at_north, again]) == {frozenset({"m1", "m2", "m4"})}


def test_sites_of_other_days_do_not_make_a_province_level_report_a_spread_one() -> None:
    # "Rebels killed five workers in the province on Sunday" ... the attack near one town on
    # Sunday ... a gunfight in another district on Monday: only one site is Sunday's.
    province = {"name": "Highlands", "country": "PNG", "lat": -6.0, "lon": 144.0,
                "precision": "admin1"}
    east = {"name": "East Valley", "country": "PNG", "lat": -6.0, "lon": 144.5,
            "precision": "district"}
    west = {"name": "West Valley", "country": "PNG", "lat": -6.0, "lon": 143.5,
            "precision": "district"}
    lead = mention("m1", start=0, location=province, actor1=actor("PNG.REBEL"))
    site = mention("m2", start=100, location=east, actor1=actor("PNG.REBEL"))
    later = mention("m3", start=300, location=west, actor1=actor("PNG.REBEL"),
                    date="2024-05-15", date_text="on Wednesday")
    assert groups([lead, site, later]) == {frozenset({"m1", "m2"}), frozenset({"m3"})}
    same_day = mention("m4", start=300, location=west, actor1=actor("PNG.REBEL"))
    assert groups([lead, site, same_day]) == {
        frozenset({"m1"}), frozenset({"m2"}), frozenset({"m4"})}


def test_modes_one_attack_combines_or_reports_name_differently_fit_across_reports() -> None:
    bombing = mention("m1", "a1", mode="suicide", actor1=actor("ISIS"))
    gunfire = mention("m2", "a2", mode="firearms", actor1=actor("ISIS"))
    assert len(groups([bombing, gunfire])) == 1  # a complex attack
    blast = mention("m3", "a3", mode="explosion", actor2=actor("IRQ.CIVILIAN"))
    drone = mention("m4", "a4", mode="aerial", actor2=actor("IRQ.CIVILIAN"))
    assert len(groups([blast, drone])) == 1
    shelled = mention("m5", "a5", mode="shelling", actor2=actor("IRQ.CIVILIAN"))
    assert len(groups([drone, shelled])) == 2
    beaten = mention("m6", "a6", mode="beating", actor1=actor("ISIS"))
    assert len(groups([gunfire, beaten])) == 2


def test_an_act_whose_doer_is_also_its_target_does_not_set_its_report_apart() -> None:
    # "Police fired tear gas at the police" is a misread of one side: the report that names
    # the crowd as the target is the same dispersal.
    a = mention("m1", "a1", event_type="COERCE", actor1=actor("KEN.POLICE"),
                actor2=actor("KEN.POLICE"))
    b = mention("m2", "a2", event_type="COERCE", actor1=actor("KEN.POLICE"),
                actor2=actor("KEN.PROTESTER"))
    assert groups([a, b]) == {frozenset({"m1", "m2"})}


def test_one_ministry_blaming_another_of_its_state_stays_a_statement_of_its_own() -> None:
    # In a statement a state's office may well accuse another of the same state.
    a = mention("m1", start=0, event_type="ACCUSE", actor1=actor("IRQ.GOV"),
                actor2=actor("ISIS"))
    b = mention("m2", start=100, event_type="ACCUSE", actor1=actor("IRQ.GOV"),
                actor2=actor("IRQ.GOV"))
    assert groups([a, b]) == {frozenset({"m1"}), frozenset({"m2"})}


def _described(text: str, country: str = "CAF") -> dict[str, Any]:
    return {"code": f"{country}.OTHER", "country": country, "sector": "OTHER", "text": text,
            "name": f"Other ({country})"}


def test_gunmen_a_story_only_describes_are_the_rebels_its_lead_names() -> None:
    lead = mention("m1", start=0, actor1=actor("CAF.REBEL"), actor2=actor("CAF.CIVILIAN"),
                   fatalities=9)
    detail = mention("m2", start=200, actor1=_described("The gunmen"))
    assert groups([lead, detail]) == {frozenset({"m1", "m2"})}


def test_described_gunmen_are_not_the_army_nor_a_named_gang_of_their_own() -> None:
    army = mention("m1", start=0, actor1=actor("CAF.MIL"), fatalities=9)
    gunmen = mention("m2", start=200, actor1=_described("The attackers"))
    assert groups([army, gunmen]) == {frozenset({"m1"}), frozenset({"m2"})}
    rebels = mention("m3", start=0, actor1=actor("NGA.REBEL"), fatalities=4)
    bandits = mention("m4", start=200, actor1=_described("bandits", "NGA"))
    assert groups([rebels, bandits]) == {frozenset({"m3"}), frozenset({"m4"})}


def _group(code: str, country: str, sector: str = "REBEL") -> dict[str, Any]:
    return {"code": code, "country": country, "sector": sector, "name": code}


def test_a_countrys_rebels_are_the_named_armed_group_of_that_country() -> None:
    # "Separatist rebels killed four loggers" and, in another report, "the Northern Hills
    # Liberation Front killed the loggers": one doer, told generically and by name.
    lead = mention("m1", "a1", actor1=actor("PHL.REBEL"), actor2=actor("PHL.CIVILIAN"),
                   fatalities=4)
    named = mention("m2", "a2", actor1=_group("NHLF", "PHL"), actor2=actor("PHL.CIVILIAN"),
                    fatalities=4)
    assert groups([lead, named]) == {frozenset({"m1", "m2"})}
    # the army's targets too: "insurgents" and the named group they belong to
    hit = mention("m3", "a3", actor1=actor("PHL.MIL"), actor2=actor("PHL.INSURGENT"),
                  date="2024-05-20", date_text="on Monday", fatalities=3)
    hit2 = mention("m4", "a4", actor1=actor("PHL.MIL"),
                   actor2=_group("NHLF", "PHL", "INSURGENT"), date="2024-05-20",
                   date_text="on Monday", fatalities=3)
    assert groups([hit, hit2]) == {frozenset({"m3", "m4"})}


def test_a_countrys_rebels_are_not_a_group_of_another_country_nor_its_army() -> None:
    lead = mention("m1", "a1", actor1=actor("PHL.REBEL"), fatalities=4)
    foreign = mention("m2", "a2", actor1=_group("NHLF", "IDN"), fatalities=4)
    assert groups([lead, foreign]) == {frozenset({"m1"}), frozenset({"m2"})}
    army = mention("m3", "a3", actor1=actor("PHL.MIL"), fatalities=4)
    assert groups([lead, army]) == {frozenset({"m1"}), frozenset({"m3"})}
    # a statement's party is the one it names
    a = mention("m4", "a4", event_type="REQUEST", actor1=actor("PHL.REBEL"))
    b = mention("m5", "a5", event_type="REQUEST", actor1=_group("NHLF", "PHL"))
    assert groups([a, b]) == {frozenset({"m4"}), frozenset({"m5"})}


def test_described_doers_of_statements_stay_apart() -> None:
    a = mention("m1", start=0, event_type="REQUEST", actor1=actor("CHL.REBEL"))
    b = mention("m2", start=200, event_type="REQUEST", actor1=_described("gunmen", "CHL"))
    assert groups([a, b]) == {frozenset({"m1"}), frozenset({"m2"})}


def test_a_parent_group_claiming_its_branchs_raid_is_the_raid() -> None:
    # "Islamic State claimed the attack" after "ADF rebels killed 11": the branch's parent
    # claims through its own news agency.
    raid = mention("m1", start=0, actor1=actor("ADF"), actor2=actor("UGA.CIVILIAN"),
                   fatalities=11)
    claim = mention("m2", start=300, status="claimed", actor1=actor("ISIS"), fatalities=15)
    assert groups([raid, claim]) == {frozenset({"m1", "m2"})}
    other = mention("m3", start=300, status="claimed", actor1=actor("JNIM"), fatalities=15)
    assert groups([raid, other]) == {frozenset({"m1"}), frozenset({"m3"})}



def test_al_qaedas_sahel_affiliate_and_al_qaeda_are_one_doer() -> None:
    # "Militants linked to al Qaeda ambushed a convoy" (read as JNIM) and "fighters of al
    # Qaeda attacked the trucks" (read as AQ): the affiliate's act is the network's.
    lead = mention("m1", start=0, actor1=actor("JNIM"), actor2=actor("BFA.MIL"), fatalities=27)
    detail = mention("m2", start=250, actor1=actor("AQ"), mode="explosion")
    assert groups([lead, detail]) == {frozenset({"m1", "m2"})}
    rival = mention("m3", start=250, actor1=actor("ISSP"), mode="explosion")
    assert groups([lead, rival]) == {frozenset({"m1"}), frozenset({"m3"})}


def test_a_branch_coded_by_its_abbreviation_is_still_the_parents_branch() -> None:
    # A report coded with the branch's abbreviation (an alias such as "ISWAP" or "ISCAP"),
    # not the code the resolver gives it, is claimed by the parent just the same.
    raid = mention("m1", start=0, actor1=actor("ISCAP"), actor2=actor("UGA.CIVILIAN"),
                   fatalities=7)
    claim = mention("m2", start=300, status="claimed", actor1=actor("ISIS"), fatalities=9)
    assert groups([raid, claim]) == {frozenset({"m1", "m2"})}

ERCILLA = {"name": "Ercilla", "country": "CHL", "lat": -38.06, "lon": -72.38, "precision": "city",
           "start": 102, "end": 109}
ANGOL_UNTOLD = {"name": "Angol", "country": "CHL", "lat": -37.80, "lon": -72.71,
                "precision": "city", "start": None, "end": None}


def test_a_detail_placed_by_its_story_not_its_sentence_joins_the_site_told_earlier() -> None:
    # "Hooded men set fire to 14 trucks near Ercilla" then "The attackers wounded a guard",
    # placed at the story's town because its own sentence names none.
    lead = mention("m1", start=0, location=ERCILLA, actor1=actor("RMM"))
    detail = mention("m2", start=224, location=ANGOL_UNTOLD, actor1=actor("RMM"))
    assert groups([lead, detail]) == {frozenset({"m1", "m2"})}


def test_an_untold_place_does_not_join_statements_nor_undated_acts_or_other_stories() -> None:
    lead = mention("m1", start=0, location=ERCILLA, actor1=actor("RMM"))
    other_story = mention("m2", "a2", start=224, location=ANGOL_UNTOLD, actor1=actor("RMM"))
    assert groups([lead, other_story]) == {frozenset({"m1"}), frozenset({"m2"})}
    undated = [mention("m3", start=0, location=ERCILLA, actor1=actor("RMM"), date=None,
                       date_text=None, published=None),
               mention("m4", start=224, location=ANGOL_UNTOLD, actor1=actor("RMM"), date=None,
                       date_text=None, published=None)]
    assert groups(undated) == {frozenset({"m3"}), frozenset({"m4"})}
    said = [mention("m5", start=0, event_type="ACCUSE", location=ERCILLA,
                    actor1=actor("CHL.GOV")),
            mention("m6", start=224, event_type="ACCUSE", location=ANGOL_UNTOLD,
                    actor1=actor("CHL.GOV"))]
    assert groups(said) == {frozenset({"m5"}), frozenset({"m6"})}


def test_one_story_naming_two_days_tells_two_incidents() -> None:
    # "Raiders killed 9 near the river late on Sunday" ... "they came back on Monday and
    # burned the market": within one report, days the sentences name set the acts apart.
    sunday = mention("m1", start=0, date="2024-05-12", date_text="late on Sunday",
                     actor1=actor("NGA.OTHER"), fatalities=9)
    monday = mention("m2", start=300, date="2024-05-13", date_text="on Monday",
                     actor1=actor("NGA.OTHER"))
    assert groups([sunday, monday]) == {frozenset({"m1"}), frozenset({"m2"})}
    possessive = mention("m3", start=500, date="2024-05-13", date_text="in Monday's",
                         actor1=actor("NGA.OTHER"))
    assert groups([sunday, possessive]) == {frozenset({"m1"}), frozenset({"m3"})}


def test_a_loosely_dated_detail_or_another_report_keeps_the_days_tolerance() -> None:
    sunday = mention("m1", start=0, date="2024-05-12", date_text="late on Sunday",
                     actor1=actor("NGA.OTHER"), fatalities=9)
    overnight = mention("m2", start=300, date="2024-05-13", date_text="overnight",
                        actor1=actor("NGA.OTHER"))
    assert groups([sunday, overnight]) == {frozenset({"m1", "m2"})}
    other_report = mention("m3", "a2", start=0, date="2024-05-13", date_text="on Monday",
                           actor1=actor("NGA.OTHER"), fatalities=9)
    assert groups([sunday, other_report]) == {frozenset({"m1", "m3"})}


def test_a_denial_by_an_unnamed_party_made_days_later_is_the_act() -> None:
    # A follow-up: "Gunmen killed 7 in Kadhimiya on Sunday" ... "a tribal spokesman denied
    # that its men carried out the killings": dated by the day it was made, no day named.
    act = mention("m1", start=0, date="2024-05-12", date_text="on Sunday", location=KADHIMIYA,
                  actor2=actor("IRQ.CIVILIAN"), fatalities=7)
    denial = mention("m2", start=400, status="denied", date="2024-05-14", date_text="",
                     published="2024-05-14", location=KADHIMIYA, actor2=actor("IRQ.CIVILIAN"))
    assert groups([act, denial]) == {frozenset({"m1", "m2"})}


def test_an_unnamed_claim_stays_apart_from_a_week_it_names_or_an_act_after_it() -> None:
    act = mention("m1", start=0, date="2024-05-12", date_text="on Sunday", location=KADHIMIYA,
                  actor2=actor("IRQ.CIVILIAN"))
    named_day = mention("m2", "a2", start=400, status="denied", date="2024-05-14",
                        date_text="on Tuesday", published="2024-05-14", location=KADHIMIYA,
                        actor2=actor("IRQ.CIVILIAN"))
    assert groups([act, named_day]) == {frozenset({"m1"}), frozenset({"m2"})}
    week = mention("m3", start=0, date="2024-05-06", date_precision="week",
                   date_text="last week", location=KADHIMIYA, actor2=actor("IRQ.CIVILIAN"))
    claim = mention("m4", start=400, status="claimed", date="2024-05-14", date_text="",
                    published="2024-05-14", location=KADHIMIYA, actor1=actor("ISIS"),
                    actor2=actor("IRQ.CIVILIAN"))
    assert groups([week, claim]) == {frozenset({"m3"}), frozenset({"m4"})}


def test_the_party_that_called_a_protest_and_the_protesters_are_one_side() -> None:
    a = mention("m1", "a1", event_type="PROTEST", actor1=actor("KEN.PARTY"))
    b = mention("m2", "a2", event_type="PROTEST", actor1=actor("KEN.PROTESTER"))
    c = mention("m3", "a3", event_type="PROTEST", actor1=actor("KEN.MIL"))
    assert groups([a, b, c]) == {frozenset({"m1", "m2"}), frozenset({"m3"})}


def test_two_statements_by_no_one_known_stay_apart() -> None:
    a = mention("m1", "a1", event_type="REQUEST")
    b = mention("m2", "a2", event_type="REQUEST")
    c = mention("m3", "a3", event_type="REQUEST", actor1=actor("IGO.UN"))
    assert frozenset({"m1", "m2"}) not in groups([a, b, c])


def test_a_ministry_blaming_its_own_government_is_not_another_states_accusation() -> None:
    # "The interior ministry accused the finance ministry of hiding the report" (both coded
    # XYZ.GOV) and "Ruritania accused the Xyz government of hiding the report" are two
    # statements: the doer of a statement keeps its code even when it is also the target.
    own = mention("own", start=0, event_type="ACCUSE", location=None,
                  actor1=actor("XYZ.GOV"), actor2=actor("XYZ.GOV"))
    foreign = mention("foreign", start=300, event_type="ACCUSE", location=None,
                      actor1=actor("RUR.GOV"), actor2=actor("XYZ.GOV"))
    assert groups([own, foreign]) == {frozenset({"own"}), frozenset({"foreign"})}
    # an act whose doer is also its target is still a misreading: either side may be it
    hit = mention("hit", start=0, actor1=actor("XYZ.MIL"), actor2=actor("XYZ.MIL"),
                  fatalities=4)
    other = mention("other", "a2", actor1=actor("REBELS"), actor2=actor("XYZ.MIL"),
                    fatalities=4)
    assert groups([hit, other]) == {frozenset({"hit", "other"})}


def test_one_partys_accusations_of_the_police_and_of_the_government_are_two_statements() -> None:
    # "The opposition accused the police of shooting a rider" and, further down, "the
    # opposition accused the government of silencing it": one doer, two addressees.
    police = mention("police", start=0, event_type="ACCUSE", location=None,
                     actor1=actor("XYZ.PARTY"), actor2=actor("XYZ.POLICE"))
    gov = mention("gov", start=400, event_type="ACCUSE", location=None,
                  actor1=actor("XYZ.PARTY"), actor2=actor("XYZ.GOV"))
    assert groups([police, gov]) == {frozenset({"police"}), frozenset({"gov"})}
    # in an act the same doer's target may be told by another sector of its country
    soldiers = mention("soldiers", start=0, actor1=actor("REBELS"), actor2=actor("XYZ.MIL"),
                       fatalities=6)
    villagers = mention("villagers", "a2", actor1=actor("REBELS"),
                        actor2=actor("XYZ.CIVILIAN"), fatalities=6)
    assert groups([soldiers, villagers]) == {frozenset({"soldiers", "villagers"})}


def test_soldiers_among_the_dead_on_two_days_are_not_a_shared_specific() -> None:
    # "Militants ambushed an army patrol on Tuesday, killing three soldiers" and, in another
    # report, "a soldier was killed in a gunfight that began on Wednesday": both target the
    # army, a day apart, and nothing else ties them.
    ambush = mention("ambush", "a1", actor1=actor("FRONT"), actor2=actor("XYZ.MIL"),
                     fatalities=3, date="2024-05-14", location=SADR)
    gunfight = mention("gunfight", "a2", actor2=actor("XYZ.MIL"), date="2024-05-15",
                       published="2024-05-16", date_text="on Wednesday", location=None,
                       injured=2)
    assert groups([ambush, gunfight]) == {frozenset({"ambush"}), frozenset({"gunfight"})}
    # on the same day the army as target still ties the two reports
    same_day = {**gunfight, "mention_id": "same", "date": "2024-05-14",
                "date_text": "on Tuesday"}
    assert groups([ambush, same_day]) == {frozenset({"ambush", "same"})}
    # and a named target ties them across the day of tolerance
    named = mention("named", "a1", actor2=actor("FRONT"), actor1=actor("XYZ.MIL"),
                    date="2024-05-14", location=SADR)
    named2 = mention("named2", "a2", actor2=actor("FRONT"), date="2024-05-15",
                     published="2024-05-16", date_text="on Wednesday", location=None)
    assert groups([named, named2]) == {frozenset({"named", "named2"})}


def test_an_undated_memory_of_civilians_killed_in_a_city_is_not_a_dated_bombing_there() -> None:
    # "They were killing the children," a witness said of the town's fall years ago (undated
    # story), and a dated car bombing in the same city that killed civilians: the city and
    # "civilians" are all they share, and a country's civilians are no specific of their own.
    memory = mention("memory", "old", date=None, date_precision=None, date_text=None,
                     published=None, actor2=actor("XYZ.CIVILIAN"))
    bombing = mention("bombing", "new", actor2=actor("XYZ.CIVILIAN"), fatalities=14,
                      mode="explosion")
    assert groups([memory, bombing]) == {frozenset({"memory"}), frozenset({"bombing"})}
    # a named doer and the town still tie an undated report to the dated act
    claim = {**memory, "mention_id": "claim", "actor1": actor("FRONT")}
    act = {**bombing, "mention_id": "act", "actor1": actor("FRONT")}
    assert groups([claim, act]) == {frozenset({"claim", "act"})}


def test_one_partys_condemnations_on_two_days_are_two_statements() -> None:
    # "The U.N. condemned the strike on Tuesday" and, in Wednesday's story, "the U.N.
    # condemned the attacks on Wednesday": one speaker, one addressee, two statements.
    tuesday = mention("tue", "a1", event_type="ACCUSE", location=None, date="2024-05-14",
                      actor1=actor("IGO.UN"), actor2=actor("XYZ.GOV"))
    wednesday = mention("wed", "a2", event_type="ACCUSE", location=None, date="2024-05-15",
                        published="2024-05-15", date_text="on Wednesday",
                        actor1=actor("IGO.UN"), actor2=actor("XYZ.GOV"))
    assert groups([tuesday, wednesday]) == {frozenset({"tue"}), frozenset({"wed"})}
    # the same statement told the next day with its own day is one
    retold = {**wednesday, "mention_id": "retold", "date": "2024-05-14",
              "date_text": "on Tuesday"}
    assert groups([tuesday, retold]) == {frozenset({"tue", "retold"})}
    # acts keep the day of tolerance
    strike = mention("strike", "a1", actor1=actor("FRONT"), fatalities=5)
    later = mention("later", "a2", actor1=actor("FRONT"), fatalities=5, date="2024-05-15",
                    published="2024-05-16", date_text="overnight")
    assert groups([strike, later]) == {frozenset({"strike", "later"})}


def test_an_undated_story_telling_two_weekdays_tells_two_incidents() -> None:
    # "Police fired tear gas on Wednesday" ... "migrants were hurt on Sunday in clashes":
    # no publication date turns the weekdays into days, but they are still two days.
    a = mention("m1", start=0, event_type="COERCE", date=None, date_precision=None,
                published=None, date_text="on Wednesday", actor1=actor("MKD.POLICE"))
    b = mention("m2", start=300, event_type="COERCE", date=None, date_precision=None,
                published=None, date_text="on Sunday", actor1=actor("MKD.POLICE"))
    assert groups([a, b]) == {frozenset({"m1"}), frozenset({"m2"})}
    c = mention("m3", start=500, event_type="COERCE", date=None, date_precision=None,
                published=None, date_text="late on Wednesday", actor1=actor("MKD.POLICE"))
    assert groups([a, c]) == {frozenset({"m1", "m3"})}


def test_a_follow_up_with_no_doer_may_name_the_victims_by_another_sector() -> None:
    # The lead: "rebels killed four policemen"; the next day's report: "the toll from
    # Sunday's attack rose to five", its victims read as civilians and its doer unnamed.
    lead = mention("m1", "a1", actor1=actor("CIV.REBEL"), actor2=actor("CIV.POLICE"),
                   fatalities=4)
    update = mention("m2", "a2", actor2=actor("CIV.CIVILIAN"), fatalities=5,
                     published="2024-05-16")
    assert groups([lead, update]) == {frozenset({"m1", "m2"})}


def test_within_one_story_unnamed_attackers_of_soldiers_are_not_the_gunmen_of_civilians() -> None:
    shop = mention("m1", start=0, actor1=actor("MEX.OTHER"), actor2=actor("MEX.CIVILIAN"),
                   fatalities=6)
    soldier = mention("m2", start=600, actor2=actor("MEX.MIL"), date_text="")
    assert groups([shop, soldier]) == {frozenset({"m1"}), frozenset({"m2"})}


def test_the_armys_riposte_is_not_the_attack_on_its_post() -> None:
    # "gunmen attacked an army post" (no doer, the army its target) and, in another report,
    # "the army killed three assailants" (the army the doer): two events.
    attack = mention("m1", "a1", actor2=actor("TGO.MIL"))
    riposte = mention("m2", "a2", actor1=actor("TGO.MIL"), actor2=actor("TGO.INSURGENT"),
                      fatalities=3)
    assert groups([attack, riposte]) == {frozenset({"m1"}), frozenset({"m2"})}


ENGA = {"name": "Enga", "country": "PNG", "lat": -5.5, "lon": 143.6, "precision": "admin1"}


def test_a_later_report_of_a_risen_toll_shares_the_update_with_the_lead() -> None:
    # "Gunmen killed 16 in Enga province on Sunday"; two days later, in another outlet, "the
    # toll from Sunday's ambush has risen to 21": nothing else names the same thing.
    lead = mention("m1", "a1", location=ENGA, actor1=actor("PNG.OTHER"),
                   actor2=actor("PNG.CIVILIAN"), fatalities=16, published="2024-05-15")
    update = mention("m2", "a2", location=ENGA, date_text="", fatalities=21,
                     published="2024-05-17")
    assert groups([lead, update]) == {frozenset({"m1", "m2"})}
    # a smaller toll filed later is no update, nor one of another day
    fewer = mention("m3", "a3", location=ENGA, date_text="", fatalities=3,
                    published="2024-05-17")
    other_day = mention("m4", "a4", location=ENGA, date_text="", fatalities=30,
                        date="2024-05-15", published="2024-05-17")
    assert groups([lead, fewer, other_day]) == {
        frozenset({"m1"}), frozenset({"m3"}), frozenset({"m4"})}


def said(sentence: str, trigger: str) -> list[dict[str, Any]]:
    """The stored sentence of a mention, its trigger found in it."""
    i = sentence.index(trigger)
    return [{"sentence": sentence, "sentence_start": 0, "trigger_span": [i, i + len(trigger)]}]


def test_two_sites_attacked_on_one_day_in_one_city_are_two_incidents() -> None:
    isis = actor("ISIS")
    lead = mention("lead", "a1", 0, actor1=isis, mentions=said(
        "Gunmen stormed the national assembly building and a shrine in the capital on Tuesday.",
        "stormed"))
    hall = mention("hall", "a2", 0, actor1=isis, mentions=said(
        "Two gunmen opened fire inside the parliament on Tuesday, police said.", "opened fire"))
    tomb = mention("tomb", "a2", 90, actor1=isis, mentions=said(
        "After the raid on parliament, a bomber blew himself up at the mausoleum.", "blew"))
    toll = mention("toll", "a3", 0, actor1=isis, mentions=said(
        "Gunmen killed a guard on Tuesday and the wounded were rushed to hospital.", "killed"))
    # the lead names both sites, so it may be the parliament's report; the shrine's is apart
    assert groups([lead, hall, tomb, toll]) == {
        frozenset({"lead", "hall", "toll"}), frozenset({"tomb"})}


def test_a_site_named_by_another_word_is_the_same_site() -> None:
    a = mention("a", "a1", 0, fatalities=7, mentions=said(
        "A car bomb exploded at a crowded market on Tuesday, killing seven.", "exploded"))
    b = mention("b", "a2", 0, fatalities=7, mentions=said(
        "Seven people died when a bomb went off in the bazaar, the state TV station said.",
        "died"))
    assert groups([a, b]) == {frozenset({"a", "b"})}


def test_sites_where_someone_was_taken_or_another_thing_of_the_name_are_no_sites() -> None:
    from eventwire.fuse import _sites_in

    assert _sites_in("gunmen attacked a mosque and a police station") == {"mosque", "station"}
    assert _sites_in("the wounded were taken to the police station, state TV station said") \
        == frozenset()
    assert _sites_in("a bomb exploded near the shrine of the founder") == {"shrine"}


def test_a_statement_told_with_also_is_another_statement_of_its_story() -> None:
    gov, rebels = actor("PHL.GOV"), actor("NPA")
    first = mention("first", "a1", 0, event_type="ACCUSE", actor1=gov, actor2=rebels,
                    mentions=said("The president condemned the ambush on Monday.", "condemned"))
    again = mention("again", "a1", 80, event_type="ACCUSE", actor1=gov, actor2=rebels,
                    mentions=said("The regional governor also condemned the attack.",
                                  "condemned"))
    echo = mention("echo", "a1", 160, event_type="ACCUSE", actor1=gov, actor2=rebels,
                   mentions=said("The president blamed the rebels for the ambush.", "blamed"))
    assert groups([first, again, echo]) == {frozenset({"first", "echo"}), frozenset({"again"})}


def test_an_act_told_later_in_its_story_is_another_act() -> None:
    lead = mention("lead", "a1", 0, actor2=actor("PAN.POLICE"), mentions=said(
        "Two officers were wounded on Tuesday when a patrol came under fire.", "wounded"))
    then = mention("then", "a1", 90, actor1=actor("PAN.POLICE"), mentions=said(
        "Officers later raided a camp on the riverbank.", "raided"))
    more = mention("more", "a1", 150, actor2=actor("PAN.POLICE"), mentions=said(
        "The patrol was fired on from the riverbank, the service said.", "fired"))
    assert groups([lead, then, more]) == {frozenset({"lead", "more"}), frozenset({"then"})}


def test_a_claim_told_in_parts_in_one_sentence_is_one_claim_of_the_act() -> None:
    # "The Front claimed the raid in a video released on Thursday, saying its fighters had
    # killed 30 soldiers": the claim of the raid and the claimed toll are one act
    lead = mention("lead", "a1", 0, actor1=actor("FRONT"), actor2=actor("IRQ.MIL"),
                   fatalities=9)
    raid = mention("raid", "a1", 300, status="claimed", actor1=actor("FRONT"),
                   date_text=None)
    toll = mention("toll", "a1", 300, status="claimed", actor1=actor("FRONT"),
                   actor2=actor("IRQ.MIL"), date="2024-05-16", date_text=None,
                   fatalities=30)
    assert groups([lead, raid, toll]) == {frozenset({"lead", "raid", "toll"})}
    # two reported acts of one sentence stay two, and so do two parties' claims
    shot = mention("shot", "a2", 0, actor1=actor("FRONT"), fatalities=2)
    burned = mention("burned", "a2", 0, actor1=actor("FRONT"))
    other = mention("other", "a3", 0, status="claimed", actor1=actor("FRONT"))
    rival = mention("rival", "a3", 0, status="claimed", actor1=actor("LEAGUE"))
    assert groups([shot, burned]) == {frozenset({"shot"}), frozenset({"burned"})}
    assert groups([other, rival]) == {frozenset({"other"}), frozenset({"rival"})}


def test_a_claim_told_with_also_in_its_story_is_another_act() -> None:
    # "The front said its fighters had ambushed a patrol on Friday." ... "The front also
    # said its fighters had burned a fuel depot on Friday."
    ambush = mention("ambush", "a1", 0, status="claimed", actor1=actor("FRONT"),
                     mentions=said("The front said its fighters had ambushed a patrol on "
                                   "Friday.", "ambushed"))
    depot = mention("depot", "a1", 120, status="claimed", actor1=actor("FRONT"),
                    mentions=said("The front also said its fighters had burned a fuel "
                                  "depot on Friday.", "burned"))
    assert groups([ambush, depot]) == {frozenset({"ambush"}), frozenset({"depot"})}
    # a reported act told with "also" is left alone
    lead = mention("lead", "a2", 0, actor1=actor("FRONT"), mentions=said(
        "The front ambushed a patrol on Friday.", "ambushed"))
    more = mention("more", "a2", 90, actor1=actor("FRONT"), mentions=said(
        "The fighters also fired on the patrol on Friday.", "fired"))
    assert groups([lead, more]) == {frozenset({"lead", "more"})}


def test_an_undated_story_keeps_its_news_apart_from_what_it_tells_as_long_past() -> None:
    # "Two warships were sent to the gulf on Friday" ... "the navy sent its first frigates
    # there two years ago": no date resolves either, but the words tell two times.
    undated = {"date": None, "date_precision": None, "published": None,
               "event_type": "MOBILIZE", "actor1": actor("FRA.MIL")}
    news = mention("m1", start=0, date_text="on Friday", **undated)
    past = mention("m2", start=400, date_text="two years ago", **undated)
    assert len(groups([news, past])) == 2
    month = mention("m3", start=600, date_text="in April", **undated)
    assert len(groups([news, month])) == 2
    tonight = mention("m4", start=800, date_text="overnight", **undated)
    assert groups([news, tonight]) == {frozenset({"m1", "m4"})}
    # two far times may be one campaign's start and course: left alone
    year = mention("m5", start=900, date_text="in 2019", **undated)
    assert groups([past, year]) == {frozenset({"m2", "m5"})}


def test_told_times_are_read_only_in_stories_with_no_date() -> None:
    a = mention("m1", start=0, date_text="on Friday")
    b = mention("m2", start=400, date_text="a year ago")
    assert _told_time(a) == "near" and _told_time(b) == "far"
    assert not _told_times_differ(a, b)  # a dated story resolves its words to days
    assert _told_time(mention("m3", date_text="on Oct. 19")) is None


def test_victims_a_story_adds_with_also_are_the_act_told_before() -> None:
    # "Rebels ambushed a patrol on Friday, killing nine soldiers" ... "Two foreign
    # instructors were also killed": other victims, another count, one ambush.
    lead = mention("m1", start=0, actor1=actor("CMR.REBEL"), actor2=actor("CMR.MIL"),
                   fatalities=9, mentions=[{"sentence": "Rebels ambushed a patrol on Friday."}])
    more = mention("m2", start=200, actor2=actor("FRA.MIL"), fatalities=2,
                   mentions=[{"sentence": "Two foreign instructors were also killed."}])
    assert groups([lead, more]) == {frozenset({"m1", "m2"})}
    other = mention("m3", start=200, actor2=actor("FRA.MIL"), fatalities=2,
                    mentions=[{"sentence": "Two foreign instructors were killed."}])
    assert len(groups([lead, other])) == 2


def test_a_fight_told_with_both_sides_takes_one_sides_losses_and_deeds() -> None:
    # "Police shot dead two bandits in a gunfight near the mine on Tuesday" ... "Three
    # officers were wounded" ... "The bandits had opened fire when officers arrived."
    fight = mention("m1", start=0, actor1=actor("ZAF.POLICE"), actor2=actor("ZAF.OTHER"),
                    fatalities=2, mentions=[{"sentence": "Police shot dead two bandits in a "
                                                         "gunfight near the mine on Tuesday."}])
    losses = mention("m2", start=100, actor2=actor("ZAF.POLICE"), injured=3,
                     mentions=[{"sentence": "Three officers were wounded."}])
    fired = mention("m3", start=200, actor1=actor("ZAF.OTHER"),
                    mentions=[{"sentence": "The bandits had opened fire when officers came."}])
    assert groups([fight, losses, fired]) == {frozenset({"m1", "m2", "m3"})}
    # a raid told without a fight: the police's losses may be another attack on them
    raid = {**fight, "mentions": [{"sentence": "Police shot dead two bandits in a raid."}]}
    assert len(groups([raid, losses])) == 2
    # nor is a fight of one day the losses told for another
    other_day = {**losses, "date": "2024-05-13", "date_text": "on Monday"}
    assert len(groups([fight, other_day])) == 2


def test_a_doer_its_sentence_does_not_name_gives_way_to_one_told() -> None:
    # "Rebels shelled the market on Tuesday" ... "The strikes killed four people", its doer
    # taken from the spokesman of an earlier paragraph (no span in its own sentence)
    told = mention("m1", start=0, actor1={**actor("SDN.MIL"), "start": 0, "end": 6},
                   fatalities=4)
    guessed = mention("m2", "a2", actor1={**actor("RSF"), "start": None, "end": None},
                      fatalities=4)
    assert groups([told, guessed]) == {frozenset({"m1", "m2"})}
    named = mention("m3", "a2", actor1={**actor("RSF"), "start": 40, "end": 43}, fatalities=4)
    assert len(groups([told, named])) == 2


def test_a_target_its_sentence_does_not_name_does_not_set_one_doers_act_apart() -> None:
    # "JNIM fighters attacked the army post" ... "JNIM said it killed 20", its victims taken
    # from the story (civilians of an earlier paragraph) where the lead told soldiers
    lead = mention("m1", start=0, actor1=actor("JNIM"), actor2=actor("BFA.MIL"))
    claim = mention("m2", start=300, status="claimed", actor1=actor("JNIM"),
                    actor2={**actor("MLI.CIVILIAN"), "start": None, "end": None})
    assert groups([lead, claim]) == {frozenset({"m1", "m2"})}
    other = mention("m3", start=300, status="claimed", actor1=actor("JNIM"),
                    actor2={**actor("MLI.CIVILIAN"), "start": 320, "end": 330})
    assert len(groups([lead, other])) == 2


def test_within_one_story_a_statement_of_no_one_known_is_not_a_named_speakers() -> None:
    # "Norway's foreign ministry called for restraint" ... "Others called for calm", its
    # speaker unread: a second appeal, not the ministry's again
    named = mention("m1", start=0, event_type="REQUEST", actor1=actor("NOR.GOV"))
    nobody = mention("m2", start=300, event_type="REQUEST")
    assert len(groups([named, nobody])) == 2
    # in another article, the unread speaker may still be the named one's report
    elsewhere = mention("m3", "a2", event_type="REQUEST")
    assert groups([named, elsewhere]) == {frozenset({"m1", "m3"})}


def test_a_denial_told_on_the_later_day_it_was_made_is_the_act_it_denies() -> None:
    act = mention("act", start=0, date="2024-05-13", date_text="on Monday", fatalities=9,
                  actor1=actor("IRQ.MIL"), actor2=actor("IRQ.CIVILIAN"),
                  mentions=[{"sentence": "Shelling by the army hit a bus depot on Monday, "
                                         "killing nine passengers, a nurse said."}])
    denial = mention("den", start=300, status="denied", date="2024-05-14",
                     date_text="on Tuesday", actor1=actor("IRQ.MIL"),
                     actor2=actor("IRQ.CIVILIAN"),
                     mentions=[{"sentence": "The army denied shelling the depot, saying in a "
                                            "briefing on Tuesday that it had hit a mortar team."}])
    assert groups([act, denial]) == {frozenset({"act", "den"})}
    # a claim that names the act's day as well may carry the act's day: two days told apart
    other = {**act, "mention_id": "other", "date": "2024-05-12", "date_text": "on Sunday"}
    claim = {**denial, "mention_id": "cl", "status": "claimed", "date": "2024-05-13",
             "date_text": "on Monday", "actor1": actor("REBELS"), "actor2": actor("IRQ.MIL"),
             "mentions": [{"sentence": "The rebels claimed on Tuesday the blast that killed "
                                       "soldiers on Monday."}]}
    first = {**other, "actor1": actor("REBELS"), "actor2": actor("IRQ.MIL")}
    assert groups([first, claim]) == {frozenset({"other"}), frozenset({"cl"})}


def test_a_town_where_a_speaker_told_of_the_act_is_no_place_of_it() -> None:
    kirkuk = {"name": "Kirkuk", "country": "IRQ", "lat": 35.47, "lon": 44.39,
              "precision": "city"}
    lead = mention("lead", "a1", start=0, location=kirkuk, actor1=actor("ISIS"),
                   mentions=[{"sentence": "Gunmen shot dead a guard at a checkpoint outside "
                                          "Kirkuk on Tuesday.", "sentence_start": 0}])
    text = "The gunmen fled in a pickup truck, a police spokesman told reporters in Baghdad."
    told = mention("told", "a2", start=500, date_text=None, actor1=actor("ISIS"),
                   location={**BAGHDAD, "start": 500 + text.index("Baghdad")},
                   mentions=[{"sentence": text, "sentence_start": 500}])
    assert groups([lead, told]) == {frozenset({"lead", "told"})}
    # a town the act's own words give stays its place
    text2 = "The gunmen fled in a pickup truck towards Baghdad, a police spokesman said."
    fled = {**told, "location": {**BAGHDAD, "start": 500 + text2.index("Baghdad")},
            "mentions": [{"sentence": text2, "sentence_start": 500}]}
    assert groups([lead, fled]) == {frozenset({"lead"}), frozenset({"told"})}


def test_statements_by_two_persons_named_apart_in_one_story_are_two() -> None:
    def gov(text: str) -> dict[str, Any]:
        return {**actor("MEX.GOV"), "text": text, "name": "Government of Mexico"}

    def said(mid: str, start: int, speaker: str) -> dict[str, Any]:
        return mention(mid, start=start, event_type="ACCUSE", actor1=gov(speaker),
                       actor2=actor("CARTEL"), location=None)

    first = said("a", 0, "Interior Minister Carla Mendes")
    other = said("b", 200, "Ruiz")
    again = said("c", 400, "Mendes")
    assert groups([first, other]) == {frozenset({"a"}), frozenset({"b"})}
    # the same person named again, and the government itself, may be one statement
    assert groups([first, again]) == {frozenset({"a", "c"})}
    assert groups([first, said("d", 600, "the government")]) == {frozenset({"a", "d"})}


def test_arrests_counted_on_top_of_those_told_are_further_arrests() -> None:
    def held(mid: str, article: str, text: str) -> dict[str, Any]:
        return mention(mid, article, start=0, event_type="COERCE", mode="arrest",
                       actor1=actor("IRQ.POLICE"), actor2=actor("IRQ.CIVILIAN"),
                       mentions=[{"sentence": text}])

    first = held("a", "a1", "Police arrested five men at a roadblock on Tuesday.")
    more = held("b", "a2", "Police detained two more men in the town on Tuesday.")
    assert groups([first, more]) == {frozenset({"a"}), frozenset({"b"})}
    again = held("c", "a2", "Police said five men were arrested at a roadblock on Tuesday.")
    assert groups([first, again]) == {frozenset({"a", "c"})}


def test_a_running_total_of_arrests_is_not_the_first_arrests() -> None:
    def held(mid: str, article: str, text: str) -> dict[str, Any]:
        return mention(mid, article, start=0, event_type="COERCE", mode="arrest",
                       actor1=actor("IRQ.POLICE"), actor2=actor("IRQ.CIVILIAN"),
                       mentions=[{"sentence": text}])

    first = held("a", "a1", "Police arrested five men at a roadblock on Tuesday.")
    total = held("b", "a2", "Police said 40 people have now been arrested over the riots.")
    assert groups([first, total]) == {frozenset({"a"}), frozenset({"b"})}
    # two reports that both count on top of the first arrests may be one
    more = held("c", "a3", "Police detained two more men in the town on Tuesday.")
    more2 = held("d", "a4", "Two more men were detained by police in the town on Tuesday.")
    assert groups([more, more2]) == {frozenset({"c", "d"})}


def test_a_habit_told_every_week_is_not_one_of_its_days() -> None:
    rally = mention("a", start=0, event_type="PROTEST", mode="demonstration",
                    actor1=actor("FRA.PROTESTER"), location=GENEVA,
                    mentions=[{"sentence": "Nurses rallied outside the clinic on Tuesday."}])
    habit = mention("b", start=300, event_type="PROTEST", mode="demonstration",
                    actor1=actor("FRA.PROTESTER"), location=GENEVA, date_text=None,
                    mentions=[{"sentence": "The nurses have rallied there every Tuesday "
                                           "since the spring."}])
    assert groups([rally, habit]) == {frozenset({"a"}), frozenset({"b"})}
    # a crowd that has gathered every day since a strike began is that strike's
    daily = {**habit, "mentions": [{"sentence": "The nurses have gathered there every day "
                                                 "since Tuesday."}]}
    assert groups([rally, daily]) == {frozenset({"a", "b"})}
