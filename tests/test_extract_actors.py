"""Actor slots of extracted events, on sentences written for these tests (issue 4: actor
accuracy). Each test pins one general rule, not a sentence."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.extract import Extractor
from eventwire.extract.story_actors import (
    denied_claimants,
    denies_claim,
    pursued_doers,
    struck_posts_again,
)
from eventwire.model import Actor, Article, Event, Mention, article_id_for
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
    ("masked Chilean youths", "CHL.PROTESTER"),
    ("the Peruvian crew members", "PER.CIVILIAN"),
    ("the Uganda Law Society", "UGA.NGO"),
    ("Colombian dissidents", "COL.REBEL"),
    ("a Malian army base", "MLI.MIL"),
    ("the Nigerien air base", "NER.MIL"),
    ("Mali's military leader", "MLI.GOV"),
    ("the Saudi-led coalition", "SAU.MIL"),
])
def test_sector_nouns(phrase: str, expected: str | None) -> None:
    actor = ActorResolver.default().resolve(phrase)
    assert actor.code == expected
    if expected is None:
        assert actor.sector == "MIL"


def test_merchant_ships_are_civilians_of_no_one_country() -> None:
    actor = ActorResolver.default().resolve("a Danish-owned bulk carrier", context_country="YEM")
    assert actor.sector == "CIVILIAN" and actor.country is None


def test_un_missions_belong_to_no_country() -> None:
    for name in ("MONUSCO", "UNIFIL", "UNSMIL"):
        actor = ActorResolver.default().resolve(name)
        assert actor.sector == "IGO" and actor.country is None


def test_partners_of_no_one_country_are_governments() -> None:
    actor = ActorResolver.default().resolve("Western partners")
    assert actor.sector == "GOV" and actor.country is None


def test_offence_noun_makes_its_doer_the_accused(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Canada said on Monday that the shelling amounted to war crimes "
                                "by Venezuelan troops."), "ACCUSE")
    assert code(ev.actor2) == "VEN.MIL"
    assert code(ev.actor1) != "VEN.MIL"


def test_object_pronoun_of_reported_speech_is_the_speaker(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Kurdish fighters said on Friday that Turkish jets bombed them "
                                "overnight."), "ASSAULT")
    assert code(ev.actor1) == "TUR.MIL"
    assert ev.actor2 is not None and ev.actor2.sector == "REBEL"


def test_its_forces_belong_to_the_speaker(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Chile's defence ministry said its forces had shelled positions "
                                "in Peru on Sunday."), "ASSAULT")
    assert code(ev.actor1) == "CHL.MIL"


@pytest.mark.parametrize("text, expected", [
    ("Turkey deployed more troops to the border on Monday.", "TUR.MIL"),
    ("Turkish shelling killed two farmers near the border on Monday.", "TUR.MIL"),
    ("Ankara deployed more troops to the border on Monday.", "TUR.GOV"),
    ("The Turkish government deployed more troops to the border on Monday.", "TUR.GOV"),
])
def test_state_acting_by_force_is_military_unless_capital_or_government(
        extractor: Extractor, text: str, expected: str) -> None:
    evs = [e for e in run(extractor, text) if e.event_type in ("MOBILIZE", "ASSAULT")]
    assert evs and code(evs[0].actor1) == expected


def test_people_in_diplomacy_are_their_government(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "The Chinese are holding talks with the Indians in Delhi this "
                                "week."), "CONSULT")
    assert code(ev.actor1) == "CHN.GOV"


def test_people_who_attack_are_not_civilians(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Masked men beat two farmers near Kabul on Sunday."), "ASSAULT")
    assert ev.actor1 is not None and ev.actor1.sector == "OTHER"


def test_bare_attacker_noun_links_to_the_claiming_group(extractor: Extractor) -> None:
    text = ("Al Shabaab claimed an attack on a hotel in Mogadishu on Sunday. "
            "Fighters stormed the hotel and shot guests, police said. "
            "Al Shabaab said it would carry out more attacks.")
    evs = run(extractor, text)
    stormed = [e for e in evs if e.trigger in ("stormed", "shot")]
    assert stormed and all(code(e.actor1) == "SHABAAB" for e in stormed)


def test_civilian_buildings_stand_for_civilians() -> None:
    res = ActorResolver.default()
    assert res.resolve("a school building").sector == "CIVILIAN"
    assert res.resolve("the police station", context_country="COL").code == "COL.POLICE"


def test_he_stands_for_the_official_named_before(extractor: Extractor) -> None:
    evs = run(extractor, "Bolivia's ambassador Juan Perez condemned the vote on Monday. "
                         "He rejected what he called foreign attempts to impose solutions.")
    ev = of_type(evs, "REJECT")
    assert ev.actor1 is not None and ev.actor1.text == "He"
    assert code(ev.actor1) == "BOL.GOV"


def test_he_without_antecedent_stays_uncoded(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "He rejected what he called foreign attempts to impose "
                                "solutions."), "REJECT")
    assert code(ev.actor1) is None


def test_a_long_name_resolves_by_the_short_name_in_brackets(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "The bombing, claimed by the Iran-backed Movement for the "
                                "Defence of the Valley (JNIM), wounded six people."), "ASSAULT")
    assert code(ev.actor1) == "JNIM"


def test_a_group_linked_to_another_is_not_that_group() -> None:
    resolved = ActorResolver.default().resolve("Al-Qaeda-linked militants")
    assert resolved.code != "AQ"


def test_their_offensive_is_the_clause_subjects(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Shelling hit Taiz on Monday as the Yemeni army and its allies "
                                "pressed their offensive to capture the hills."), "ASSAULT")
    assert code(ev.actor1) == "YEM.MIL"


def test_their_attack_is_the_speakers(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "The Houthis said their attack on the port killed three "
                                "sailors."), "ASSAULT")
    assert code(ev.actor1) == "HOUTHIS"


def test_those_sent_to_retake_a_town_retake_it(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Colombian troops were flown to the village of La Esperanza "
                                "on Monday to retake it."), "ASSAULT")
    assert code(ev.actor1) == "COL.MIL"


def test_present_tense_accusation_is_an_event(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Peru accuses Chile of spying on its navy."), "ACCUSE")
    assert code(ev.actor1) == "PER.GOV" and code(ev.actor2) == "CHL.GOV"


def test_the_bloc_stands_for_the_body_named_before(extractor: Extractor) -> None:
    evs = run(extractor, "The European Union criticised the arrests in Minsk on Monday. "
                         "The bloc said it would impose sanctions on the officials involved.")
    ev = of_type(evs, "SANCTION")
    assert code(ev.actor1) == "IGO.EU"


def test_a_states_envoy_to_a_body_is_the_state(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Brazil's U.N. ambassador accused Venezuela of blocking aid "
                                "convoys."), "ACCUSE")
    assert code(ev.actor1) == "BRA.GOV"
    assert code(run(extractor, "The U.N. envoy for Yemen urged the Houthis to release the "
                               "crew.")[0].actor1) == "IGO.UN"


def test_crowds_arrested_in_a_protest_story_are_protesters(extractor: Extractor) -> None:
    evs = run(extractor, "Thousands of students protested in Dhaka on Monday against the new "
                         "quota law. Police arrested 60 people, a spokesman said.")
    ev = of_type(evs, "COERCE")
    assert ev.actor2 is not None and ev.actor2.sector == "PROTESTER"


@pytest.mark.parametrize(("phrase", "expected"), [
    ("Shi'ite militiamen", "IRQ.MIL"),
    ("pro-government militias", "IRQ.MIL"),
    ("Kurdish militias", "IRQ.REBEL"),
    ("a local militia", "IRQ.REBEL"),
])
def test_pro_government_militias_are_military(phrase: str, expected: str) -> None:
    assert ActorResolver.default().resolve(phrase, context_country="IRQ").code == expected


def test_a_place_is_no_actor(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Rebels shelled Colombia's third-largest city on Monday, "
                                "killing four people."), "ASSAULT")
    assert ev.actor2 is not None and ev.actor2.sector == "CIVILIAN"


def test_people_sheltering_in_a_place_struck_are_the_victims(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Sudanese army jets bombed a school in Darfur where displaced "
                                "families were staying."), "ASSAULT")
    assert ev.actor2 is not None and ev.actor2.sector == "REFUGEE"
    assert ev.actor2.country == "SDN"


def test_saying_it_killed_is_the_claimants_act(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "The Houthis claimed the strike in a statement, saying they "
                                "had killed 12 soldiers."), "ASSAULT")
    assert code(ev.actor1) == "HOUTHIS"


def test_a_state_denying_an_attack_speaks_as_its_government(extractor: Extractor) -> None:
    evs = run(extractor, "Qatar denied any involvement in the bombing of the embassy.")
    ev = next(e for e in evs if e.event_type == "ASSAULT")
    assert ev.status == "denied" and ev.actor1 is not None and ev.actor1.code == "QAT.GOV"


def test_a_claimed_attack_is_the_claimants_throughout(extractor: Extractor) -> None:
    text = ("Twelve soldiers were killed in an attack on an army post near Menaka on Sunday. "
            "JNIM claimed responsibility for the attack on Monday.")
    evs = [e for e in run(extractor, text) if e.event_type == "ASSAULT"]
    assert evs and all(e.actor1 is not None and e.actor1.code == "JNIM" for e in evs)


def test_weapons_are_no_target_and_camp_victims_are_displaced(extractor: Extractor) -> None:
    ev = next(e for e in run(extractor, "Russia launched dozens of drones at Odesa overnight.")
              if e.event_type == "ASSAULT")
    assert ev.actor2 is None or "drones" not in ev.actor2.text  # the town is the place
    assert ev.location is not None and ev.location.text == "Odesa"
    ev = next(e for e in run(extractor, "Gunmen killed nine people at a camp for displaced "
                                        "families near Bunia on Sunday.")
              if e.event_type == "ASSAULT")
    assert ev.actor2 is not None and ev.actor2.sector == "REFUGEE"


def test_target_of_a_fired_weapon_pair(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Chilean police fired tear gas and stun grenades on Friday at "
                                "hundreds of protesters in Valparaiso."), "COERCE")
    assert code(ev.actor2) == "CHL.PROTESTER"


def test_relative_clause_object_is_the_noun_it_modifies(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Peru imposed sanctions on two Bolivian ministers it accused of "
                                "smuggling."), "ACCUSE")
    assert code(ev.actor2) == "BOL.GOV"
    ev = of_type(run(extractor, "The army blamed the Ecuadorian rebels, whom Peru accused of "
                                "smuggling."), "ACCUSE")
    assert code(ev.actor2) == "ECU.REBEL"


def test_verbal_purpose_clause_acts_on_the_object_above(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Chile was summoning Peru's ambassador to complain about the "
                                "remarks."), "ACCUSE")
    assert code(ev.actor2) == "PER.GOV"
    ev = of_type(run(extractor, "Canada imposed sanctions on three Bolivian ministers, accusing "
                                "them of fraud."), "ACCUSE")
    assert code(ev.actor2) == "BOL.GOV"


def test_victims_of_a_casualty_clause_are_the_target(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Rebels attacked the town of Beni in Congo on Sunday, killing at "
                                "least nine civilians."), "ASSAULT")
    assert ev.actor2 is not None and ev.actor2.sector == "CIVILIAN"
    ev = of_type(run(extractor, "A Sudanese army air strike on a village in Darfur killed at "
                                "least 14 people on Monday."), "ASSAULT")
    assert ev.actor2 is not None and ev.actor2.sector == "CIVILIAN"


def test_whoever_loses_a_captured_place_is_the_target(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Syrian rebels captured the dam from Islamic State on "
                                "Sunday."), "ASSAULT")
    assert code(ev.actor2) == "ISIS"


def test_two_sides_of_a_clash_are_doer_and_target(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Sudanese troops and RSF fighters exchanged fire on Sunday near "
                                "Bara."), "ASSAULT")
    assert code(ev.actor1) == "SDN.MIL"
    assert code(ev.actor2) == "RSF"


def test_a_transnational_group_acting_in_a_branch_country_is_the_branch(
        extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Islamic State fighters attacked an army base near Maiduguri in "
                                "Nigeria on Sunday."), "ASSAULT")
    assert code(ev.actor1) == "ISWAP"
    ev = of_type(run(extractor, "Islamic State fighters attacked a checkpoint near Deir ez-Zor in "
                                "Syria on Sunday."), "ASSAULT")
    assert code(ev.actor1) == "ISIS" and ev.actor1.country is None
    # A regional group with no home country takes the country where it acts.
    ev = of_type(run(extractor, "JNIM fighters ambushed a convoy near Djibo in Burkina Faso on "
                                "Sunday."), "ASSAULT")
    assert (ev.actor1.code, ev.actor1.country) == ("JNIM", "BFA")
    # Outside the countries it acts in, it is of its home country (the first listed).
    ev = of_type(run(extractor, "JNIM fighters attacked a gendarmerie post near Kong in Ivory "
                                "Coast on Sunday."), "ASSAULT")
    assert (ev.actor1.code, ev.actor1.country) == ("JNIM", "MLI")


def test_whom_an_appeal_is_addressed_to_is_the_target(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "The Chilean senate called for the Peruvian foreign minister to "
                                "resign."), "REQUEST")
    assert code(ev.actor2) == "PER.GOV"
    ev = of_type(run(extractor, "Kenya appealed to the RSF to lift its siege of El Fasher."),
                 "REQUEST")
    assert code(ev.actor2) == "RSF"


def test_a_veto_is_aimed_at_whoever_drafted_the_text(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "China vetoed a Mexican-drafted U.N. Security Council "
                                "resolution on Friday."), "REJECT")
    assert code(ev.actor2) == "MEX.GOV"
    ev = of_type(run(extractor, "China vetoed a U.N. Security Council resolution drafted by "
                                "Brazil on Friday."), "REJECT")
    assert code(ev.actor2) == "BRA.GOV"


def test_condemning_a_states_strike_accuses_the_state(extractor: Extractor) -> None:
    text = ("Turkish warplanes struck a village near Qandil on Sunday, killing four people. "
            "Iraq's foreign ministry condemned the strike.")
    ev = of_type(run(extractor, text), "ACCUSE")
    assert code(ev.actor2) == "TUR.GOV"


def test_two_state_adjectives_on_one_head_are_two_parties(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Peruvian and Chilean delegations met in Lima on Friday."),
                 "CONSULT")
    assert code(ev.actor1) == "PER.GOV"
    assert code(ev.actor2) == "CHL.GOV"


def test_a_reaction_to_a_named_act_targets_its_doer(extractor: Extractor) -> None:
    text = ("China vetoed a resolution on Myanmar on Thursday. "
            "Myanmar's U.N. envoy welcomed the veto on Friday.")
    ev = of_type(run(extractor, text), "SUPPORT")
    assert code(ev.actor2) == "CHN.GOV"


def test_the_charge_is_not_part_of_the_accused(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Chile's president accused the group's leadership of ordering "
                                "the killings."), "ACCUSE")
    assert ev.actor2 is not None and "ordering" not in ev.actor2.text
    text = ("Mali left the African Union on Monday, accusing the regional bloc of being under "
            "foreign influence.")
    ev = of_type(run(extractor, text), "ACCUSE")
    assert code(ev.actor2) == "IGO.AU"


def test_security_forces_reporting_an_act_with_no_doer_did_it(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Chilean police said 40 people were arrested in Santiago on "
                                "Sunday."), "COERCE")
    assert code(ev.actor1) == "CHL.POLICE"
    evs = [e for e in run(extractor, "Chilean police said 12 officers were injured in Santiago "
                                     "on Sunday.") if e.actor2 is not None]
    assert all(e.actor1 is None or e.actor1.sector != "POLICE" for e in evs)


def test_the_paramilitaries_refer_back_to_the_named_force(extractor: Extractor) -> None:
    text = ("The paramilitary Rapid Support Forces shelled El Fasher on Monday. "
            "The army drove the paramilitaries out of Omdurman in March.")
    evs = [e for e in run(extractor, text) if e.event_type == "ASSAULT"
           and e.actor2 is not None and "paramilitaries" in e.actor2.text]
    assert evs and code(evs[0].actor2) == "RSF"


def test_the_groups_leader_belongs_to_the_group(extractor: Extractor) -> None:
    text = ("The Houthis fired missiles at a ship on Monday. "
            "The group's leader vowed on Tuesday to widen the attacks.")
    ev = of_type(run(extractor, text), "THREATEN")
    assert code(ev.actor1) == "HOUTHIS"


def test_party_supporters_who_rally_are_protesters(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Thousands of opposition supporters rallied in central Lusaka "
                                "on Saturday."), "PROTEST")
    assert ev.actor1 is not None and ev.actor1.sector == "PROTESTER"


def test_mourners_who_march_are_protesters(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Hundreds of mourners marched through Hebron on Friday, "
                                "chanting slogans against the governor."),
                 "PROTEST")
    assert ev.actor1 is not None and ev.actor1.sector == "PROTESTER"


def test_rallying_crowd_is_protesters_in_its_other_acts(extractor: Extractor) -> None:
    events = run(extractor, "Thousands of opposition supporters rallied in central Lusaka on "
                            "Saturday, accusing the government of rigging the vote.")
    ev = of_type(events, "ACCUSE")
    assert ev.actor1 is not None and ev.actor1.sector == "PROTESTER"


def test_suspects_held_in_a_protest_story_stay_civilians(extractor: Extractor) -> None:
    events = run(extractor, "Hundreds of people protested in Basra on Monday against power "
                            "cuts. Police arrested three suspects in a raid on a farm near "
                            "the city on Tuesday.")
    ev = of_type(events, "COERCE")
    assert ev.actor2 is not None and ev.actor2.sector == "CIVILIAN"


def test_a_surname_alone_is_the_person_named_in_full_before(extractor: Extractor) -> None:
    text = ("MANAGUA, Nicaragua - Interior Minister Ramon Ortiz Mairena said police had detained "
            "nine opposition activists in Managua.\n\nMairena warned that anyone who blocked the "
            "roads would be arrested.")
    ev = next(e for e in run(extractor, text) if e.event_type == "THREATEN")
    assert ev.actor1 is not None and (ev.actor1.country, ev.actor1.sector) == ("NIC", "GOV")


def test_a_count_taken_from_people_names_them(extractor: Extractor) -> None:
    # "two of the raiders": the count names no one, the people it is taken from do; unknown
    # attackers no group is linked to are OTHER, like gunmen.
    ev = of_type(run(extractor, "Gendarmes shot dead two of the attackers near Dosso on "
                                "Monday."), "ASSAULT")
    assert ev.actor2 is not None and ev.actor2.sector == "OTHER"


def test_tear_gas_with_no_target_is_used_on_the_crowd(extractor: Extractor) -> None:
    # the crowd in the same sentence, else the last one an earlier act named
    ev = of_type(run(extractor, "Police fired tear gas in Quito on Monday when some "
                                "demonstrators tried to climb the fence."), "COERCE")
    assert ev.actor2 is not None and (ev.actor2.country, ev.actor2.sector) == \
        ("ECU", "PROTESTER")
    events = run(extractor, "Thousands of farmers marched on the ministry in Quito on Monday. "
                            "Riot police used water cannon to drive them back.")
    ev = of_type(events, "COERCE")
    assert ev.actor2 is not None and ev.actor2.sector == "PROTESTER"


def test_people_held_for_questioning_in_a_protest_story_stay_civilians(
        extractor: Extractor) -> None:
    # an arrest for an inquiry is not the policing of the protest
    events = run(extractor, "Hundreds of people protested in Basra on Monday against power "
                            "cuts. Police detained 14 people for questioning on Tuesday.")
    ev = of_type(events, "COERCE")
    assert ev.actor2 is not None and ev.actor2.sector == "CIVILIAN"


def test_the_two_sides_are_the_last_two_parties(extractor: Extractor) -> None:
    text = ("Armenian and Azerbaijani delegations met in Vienna on Friday for talks on the "
            "border.\n\nThe two sides agreed to exchange prisoners of war.")
    ev = of_type(run(extractor, text), "AGREE")
    assert {code(ev.actor1), code(ev.actor2)} == {"ARM.GOV", "AZE.GOV"}


def test_an_attack_named_as_told_hit_whom_the_told_attack_hit(extractor: Extractor) -> None:
    text = ("Gunmen ambushed a police patrol near Kalat on Sunday, killing four officers. "
            "The Baloch Liberation Army claimed responsibility for Sunday's attack.")
    claim = [e for e in run(extractor, text) if e.event_type == "ASSAULT"][-1]
    assert claim.status == "claimed" and code(claim.actor2) == "PAK.POLICE"


def test_he_in_a_named_persons_clause_is_that_person(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Governor Amina Diallo told the crowd she would ask the "
                                "central government for more troops."), "REQUEST")
    assert ev.actor1 is not None and "Diallo" in ev.actor1.text
    # "he and X" keeps both: the pronoun is not replaced
    ev = of_type(run(extractor, "Ruto said he and Museveni had agreed to reopen the border."),
                 "AGREE")
    assert ev.actor1 is not None and ev.actor1.text.startswith("he")


def test_the_subject_of_is_due_to_is_the_doer(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "U.N. envoy Hans Grundberg is due to visit Aden next week, "
                                "his office said."), "CONSULT")
    assert ev.actor1 is not None and ev.actor1.sector == "IGO"


def test_an_unknown_name_with_an_armed_word_is_what_its_apposition_says(
        extractor: Extractor) -> None:
    ev = of_type(run(extractor, "The Forces Nouvelles du Changement, an alliance of opposition "
                                "parties, called for a march in Bamako on Friday."), "PROTEST")
    assert ev.actor1 is not None and ev.actor1.sector == "PARTY"


def test_arson_hits_the_owners_of_what_burned(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Gunmen set fire to a bus near Culiacan on Saturday."), "ASSAULT")
    assert code(ev.actor2) == "MEX.CIVILIAN"
    ev = of_type(run(extractor, "Militants set fire to a police vehicle in Bamenda on Monday."),
                 "ASSAULT")
    assert code(ev.actor2) == "CMR.POLICE"


def test_who_died_is_a_victim_never_the_doer(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "A 19-year-old student who was shot in the chest died in "
                                "hospital in Conakry on Friday."), "ASSAULT")
    assert ev.actor1 is None and ev.actor2 is not None and ev.actor2.sector == "CIVILIAN"


def test_men_armed_with_rifles_are_gunmen(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Three men armed with rifles opened fire on shoppers in "
                                "Tegucigalpa on Sunday."), "ASSAULT")
    assert ev.actor1 is not None and ev.actor1.sector == "OTHER"


def test_a_sentence_with_no_doer_is_a_courts(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "The activist was sentenced in Harare on Monday to five years "
                                "in prison."), "COERCE")
    assert code(ev.actor1) == "ZWE.JUDICIARY"


def test_some_of_them_are_the_people_named_before(extractor: Extractor) -> None:
    evs = run(extractor, "Soldiers chased the militants and killed six of them near Mopti "
                         "on Monday.")
    ev = next(e for e in evs if e.actor2 is not None)
    assert ev.actor2.sector == "INSURGENT" and "militants" in ev.actor2.text


def test_an_abbreviated_month_is_no_party(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Ruto and Museveni are due to meet again on Dec. 14 in "
                                "Kampala."), "CONSULT")
    assert ev.actor2 is None or "Dec" not in ev.actor2.text


def test_a_government_condemns_others_not_its_own_forces(extractor: Extractor) -> None:
    text = ("Rebels of the 3R group attacked the village of Koui on Sunday, killing 12 people. "
            "Central African troops retook the village on Monday. "
            "The Central African government condemned the attack.")
    ev = of_type(run(extractor, text), "ACCUSE")
    assert ev.actor2 is not None and ev.actor2.sector == "REBEL"


def test_a_crowd_that_protested_is_the_doer_even_when_misparsed(extractor: Extractor) -> None:
    # the parser reads "protested" as a participle ("residents [who were] protested")
    ev = of_type(run(extractor, "Hundreds of residents protested in the main square of Tripoli "
                                "on Saturday, demanding that armed groups leave the capital."),
                 "PROTEST")
    assert code(ev.actor1) == "LBY.PROTESTER"
    # the protest is aimed at whom its demand is of, never at the crowd itself
    assert ev.actor2 is not None and ev.actor2.sector == "REBEL"


def test_a_protest_no_one_is_named_for_is_by_protesters_of_the_place(
        extractor: Extractor) -> None:
    ev = of_type(run(extractor, "The protests began in Kragujevac in November after a bridge "
                                "collapsed."), "PROTEST")
    assert code(ev.actor1) == "SRB.PROTESTER"


def test_an_attack_on_a_village_strikes_its_people(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Armed raiders attacked the village of Ambohimanga in southern "
                                "Madagascar late on Saturday."), "ASSAULT")
    assert code(ev.actor2) == "MDG.CIVILIAN"
    assert ev.actor1 is not None and ev.actor1.sector == "OTHER"
    ev = of_type(run(extractor, "Rebels attacked an army base near Goma on Sunday."), "ASSAULT")
    assert ev.actor2 is None or ev.actor2.sector != "CIVILIAN"


def test_a_partys_supporters_throwing_stones_riot(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Supporters of the ruling party threw stones at police officers "
                                "in Bo on Saturday."), "PROTEST")
    assert ev.mode == "riot" and ev.actor1 is not None and ev.actor1.sector == "PROTESTER"


def test_a_sentence_going_on_about_the_attack_takes_its_doer(extractor: Extractor) -> None:
    text = ("Bandits killed eight villagers in a raid on Gidan Kare in Zamfara state on Monday, "
            "police said. Three other people were wounded, a resident said.")
    evs = [e for e in run(extractor, text) if e.event_type == "ASSAULT"]
    assert len(evs) == 2 and all(e.actor1 is not None and e.actor1.sector == "OTHER"
                                 for e in evs)


def test_a_passive_toll_is_done_by_the_forces_of_its_when_clause(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Three teachers were killed in Lusaka on Friday when Zambian "
                                "police fired live rounds at a march."), "ASSAULT")
    assert code(ev.actor1) == "ZMB.POLICE"
    ev = of_type(run(extractor, "Two farmers were killed in Mali on Friday when their truck "
                                "hit a landmine."), "ASSAULT")
    assert ev.actor1 is None or ev.actor1.sector not in ("MIL", "POLICE")


def test_a_bare_name_arrested_is_one_of_the_countrys_people(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Police in Ghana arrested Kwame Asante Boateng on Monday in "
                                "Accra."), "COERCE")
    assert code(ev.actor2) == "GHA.CIVILIAN"
    ev = of_type(run(extractor, "Police in Ghana arrested Kwame Asante Boateng, the leader of "
                                "the New Patriotic Party, on Monday in Accra."), "COERCE")
    assert code(ev.actor2) == "GHA.PARTY"


def test_a_name_modifying_a_kind_of_group_names_it_later(extractor: Extractor) -> None:
    evs = run(extractor, "Zambia's powerful ZCTU labour union held a strike on Monday. The "
                         "government offered talks, an offer the ZCTU rejected. ZCTU leaders "
                         "accused the government of lying.")
    assert code(of_type(evs, "REJECT").actor1) == "ZMB.PROTESTER"
    assert code(of_type(evs, "ACCUSE").actor1) == "ZMB.PROTESTER"
    evs = run(extractor, "Supporters of the opposition PXF party threw stones at police in "
                         "Lusaka on Monday. PXF secretary-general Jon Mirel accused the "
                         "government of repression.")
    assert code(of_type(evs, "ACCUSE").actor1) == "ZMB.PARTY"


def test_whoever_is_placed_under_arrest_is_its_target(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Zambian opposition leader Hakainde Hichilema, who was placed "
                                "under house arrest in Lusaka in March, appeared in court on "
                                "Monday."), "COERCE")
    assert code(ev.actor2) == "ZMB.PARTY"
    ev = of_type(run(extractor, "The government of Zambia has kept opposition leader "
                                "Hichilema under house arrest since Monday."), "COERCE")
    assert code(ev.actor1) == "ZMB.GOV" and code(ev.actor2) == "ZMB.PARTY"


def test_a_few_men_held_in_a_protest_story_are_not_the_crowd(extractor: Extractor) -> None:
    text = ("Hundreds of farmers protested in Lusaka on Monday against fuel prices. Police "
            "arrested 40 people in Lusaka on Monday. Police arrested two men at a checkpoint "
            "near Kafue on Tuesday.")
    held = [e for e in run(extractor, text) if e.event_type == "COERCE"]
    assert [code(e.actor2) for e in held] == ["ZMB.PROTESTER", "ZMB.CIVILIAN"]


def test_an_attack_on_a_states_positions_hits_its_forces(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Armenian troops shelled Azerbaijani positions near the "
                                "border on Monday."), "ASSAULT")
    assert code(ev.actor2) == "AZE.MIL"


def test_he_after_a_named_person_no_lexicon_knows(extractor: Extractor) -> None:
    evs = run(extractor, "Police in Ghana arrested Kwame Boateng on Monday in Accra. He was "
                         "released on Wednesday.")
    assert code(of_type(evs, "CONCEDE").actor2) == "GHA.CIVILIAN"


def test_a_hyphened_longer_name_is_not_the_group_inside_it(extractor: Extractor) -> None:
    # Congo's Wazalendo militias are in the lexicon; "ACT-Wazalendo" is a Tanzanian party
    res = ActorResolver.default()
    assert res.resolve("ACT-Wazalendo").code != "WAZALENDO"
    assert res.resolve("Wazalendo fighters").code == "WAZALENDO"


def test_a_name_after_an_unknown_capitalised_word_is_another_group() -> None:
    # South Africa's Democratic Alliance is in the lexicon; a local alliance named for its
    # town is another body, while the party itself still resolves
    res = ActorResolver.default()
    assert res.resolve("the Kargil Democratic Alliance").country != "ZAF"
    assert res.resolve("the Democratic Alliance").code is not None


def test_people_protesting_are_protesters_whatever_their_clause_names(
        extractor: Extractor) -> None:
    # the clause after "students" names parliament and lawmakers: no government actor
    ev = of_type(run(extractor, "Police in Ghana fired tear gas at hundreds of students "
                                "protesting outside parliament against new perks for lawmakers "
                                "on Monday."), "COERCE")
    assert code(ev.actor2) == "GHA.PROTESTER"


def test_ethnic_kin_of_a_neighbour_are_people_of_the_scene(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Kosovo police detained four ethnic Serbs in the northern town "
                                "of Zvecan on Monday."), "COERCE")
    assert code(ev.actor2) == "XKX.CIVILIAN"


def test_a_clause_hung_on_a_statement_keeps_its_own_subject(extractor: Extractor) -> None:
    # the parser hangs "had ambushed" on "statement" as a participle; its subject is its own
    ev = of_type(run(extractor, "The Oromo Liberation Army said in a statement sent to "
                                "reporters that its fighters had ambushed an army convoy near "
                                "Nekemte."), "ASSAULT")
    assert ev.actor1 is not None and ev.actor1.sector == "REBEL"
    assert ev.actor2 is not None and ev.actor2.sector == "MIL"


def test_who_denies_an_act_with_no_doer_answers_for_it(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "The interior ministry denied that any of the protesters had been "
                                "beaten in custody."), "ASSAULT")
    assert ev.status == "denied" and ev.actor1 is not None and ev.actor1.sector == "GOV"
    ev = of_type(run(extractor, "A police spokesman denied that any of the marchers had been "
                                "shot."), "ASSAULT")
    assert ev.actor1 is not None and ev.actor1.sector == "POLICE"


def test_a_demand_in_the_same_breath_as_an_accusation_has_its_addressee(
        extractor: Extractor) -> None:
    events = run(extractor, "Opposition leaders on Monday accused the Kenyan president of "
                            "using the floods to delay the vote and called for talks on a new "
                            "date.")
    assert code(of_type(events, "REQUEST").actor2) == "KEN.GOV"
    # a condemnation takes no addressee from the appeal after it
    events = run(extractor, "The governor condemned the ambush and urged residents to stay "
                            "calm.")
    accuse = of_type(events, "ACCUSE")
    assert accuse.actor2 is None or accuse.actor2.sector != "CIVILIAN"


def test_a_release_is_asked_of_whoever_holds_them(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Britain called for the release of all detained journalists in "
                                "Belarus."), "REQUEST")
    assert code(ev.actor2) == "BLR.GOV"
    ev = of_type(run(extractor, "The Red Cross demanded the release of aid workers held by the "
                                "Houthis."), "REQUEST")
    assert ev.actor2 is not None and ev.actor2.sector == "REBEL"


def test_internet_cut_or_protests_banned_with_no_doer_are_the_states(
        extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Mobile internet in Gulu was cut on Sunday morning, residents "
                                "said."), "COERCE")
    assert code(ev.actor1) == "UGA.GOV"


def test_a_former_office_holder_is_a_civilian(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Gunmen abducted former Vice President Adan Roble in Mombasa on "
                                "Sunday."), "ASSAULT")
    assert code(ev.actor2) == "KEN.CIVILIAN"


def test_a_speech_act_after_a_reported_clause_is_the_speakers(extractor: Extractor) -> None:
    # "said [the strike was illegal] and urged": the parser hangs "urged" on the reported
    # clause, but the speaker urges
    ev = of_type(run(extractor, "Bolivia's labour ministry said the stoppage was unlawful and "
                                "urged miners to go back to work."), "REQUEST")
    assert code(ev.actor1) == "BOL.GOV"
    ev = of_type(run(extractor, "Peru's interior minister said the roadblock would hurt farmers "
                                "and warned that police would clear it."), "THREATEN")
    assert code(ev.actor1) == "PER.GOV"
    # a deed coordinated in the reported clause keeps its own doer
    ev = of_type(run(extractor, "Police said the rebels attacked the village and killed five "
                                "people."), "ASSAULT")
    assert ev.actor1 is not None and ev.actor1.sector == "REBEL"


def test_he_after_a_titled_office_holder(extractor: Extractor) -> None:
    # the office holder is no event's actor, only the source of the first sentence
    events = run(extractor, "Looters ransacked shops in Monrovia on Monday, police spokesman "
                            "Tamba Kollie said. He warned that anyone caught looting would be "
                            "prosecuted.")
    assert code(of_type(events, "THREATEN").actor1) == "LBR.POLICE"
    # a title alone ("a police spokesman said") names no one for "he"
    events = run(extractor, "Looters ransacked shops in Monrovia on Monday, a police spokesman "
                            "said. He warned that anyone caught looting would be prosecuted.")
    assert code(of_type(events, "THREATEN").actor1) is None


def test_whom_a_warning_clause_threatens(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "The rebel movement warned that Ghana would pay the price for "
                                "hosting foreign troops."), "THREATEN")
    assert code(ev.actor2) == "GHA.GOV"
    ev = of_type(run(extractor, "The Houthi spokesman warned that British warships would be "
                                "targeted."), "THREATEN")
    assert code(ev.actor2) == "GBR.MIL"
    # the doer of the clause is not whom the warning threatens
    ev = of_type(run(extractor, "The rebel movement warned that Ghana would keep its troops "
                                "on the border."), "THREATEN")
    assert code(ev.actor2) != "GHA.GOV"


def test_a_day_before_an_attack_noun_is_no_doer(extractor: Extractor) -> None:
    # "Sunday's Boko Haram attack": the name after the day is the doer
    ev = of_type(run(extractor, "The death toll from Sunday's Boko Haram attack on an army base "
                                "in Borno has risen to 19."), "ASSAULT")
    assert code(ev.actor1) == "BOKO_HARAM"
    # a day alone names no doer, and the clause's subject is not taken for one either
    ev = of_type(run(extractor, "Two more soldiers died of their wounds, bringing the toll from "
                                "Saturday's attack on an army post in Borno to 10."), "ASSAULT")
    assert ev.actor1 is None or ev.actor1.sector != "MIL"


def test_people_the_police_shoot_in_a_protest_story_are_protesters(
        extractor: Extractor) -> None:
    text = "Police shot dead 14 people near a rally in Nairobi, witnesses said."
    assert code(of_type(run(extractor, text), "ASSAULT").actor2) == "KEN.CIVILIAN"
    story = "Thousands of people protested in Nairobi on Tuesday against a new finance bill. "
    assert code(of_type(run(extractor, story + text), "ASSAULT").actor2) == "KEN.PROTESTER"
    # the sentence itself must tell of the crowd
    text = "Police shot dead 14 people near parliament in Nairobi, witnesses said."
    assert code(of_type(run(extractor, story + text), "ASSAULT").actor2) == "KEN.CIVILIAN"


def test_whom_a_rejection_answers_is_who_made_the_offer(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "The opposition rejected a plan drawn up by the Kenyan "
                                "government."), "REJECT")
    assert code(ev.actor2) == "KEN.GOV"
    ev = of_type(run(extractor, "The rebels rejected an offer of talks made by the Malian "
                                "government in May."), "REJECT")
    assert code(ev.actor2) == "MLI.GOV"
    ev = of_type(run(extractor, "Caracas rejected a proposal by Brazil for a new vote."),
                 "REJECT")
    assert code(ev.actor2) == "BRA.GOV"


def test_an_unnamed_he_who_is_beaten_is_a_civilian(extractor: Extractor) -> None:
    events = run(extractor, "A 24-year-old teacher died in police custody in Nairobi on Sunday. "
                            "His family says he was tortured.")
    assert code(of_type(events, "ASSAULT").actor2) == "KEN.CIVILIAN"


def test_a_condemnation_accuses_the_doer_named_on_the_act(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Chile's government condemned what it called Argentine "
                                "violations of its airspace."), "ACCUSE")
    assert code(ev.actor2) == "ARG.GOV"
    ev = of_type(run(extractor, "Ghana's foreign ministry condemned the remarks by Togolese "
                                "officials."), "ACCUSE")
    assert code(ev.actor2) == "TGO.GOV"


@pytest.mark.parametrize("text, expected", [
    ("Militants planted a bomb outside a police station in Kano on Sunday.", "NGA.POLICE"),
    ("A grenade exploded at the gate of an army camp in Gao on Friday.", "MLI.MIL"),
    ("Gunmen opened fire at a military base in Kidal on Monday.", "MLI.MIL"),
    ("Gunmen opened fire near a market in Kidal on Monday.", None),
])
def test_an_attack_at_a_forces_post_hits_that_force(extractor: Extractor, text: str,
                                                     expected: str | None) -> None:
    assert code(of_type(run(extractor, text), "ASSAULT").actor2) == expected


def test_counted_people_an_arrest_takes_are_civilians(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Police detained three dockhands for questioning in Mombasa on "
                                "Monday."), "COERCE")
    assert code(ev.actor2) == "KEN.CIVILIAN"
    ev = of_type(run(extractor, "Police in Kenya seized 40 rifles on Monday."), "ASSAULT")
    assert ev.actor2 is None


def test_an_unnamed_group_accused_is_some_group_of_the_country(extractor: Extractor) -> None:
    ev = of_type(run(extractor, 'Kenya\'s interior ministry accused "hired goons" of stoking '
                                "the riots in Nairobi."), "ACCUSE")
    assert code(ev.actor2) == "KEN.OTHER"
    ev = of_type(run(extractor, "Kenya's interior ministry blamed the riots on al Shabaab."),
                 "ACCUSE")
    assert ev.actor2 is not None and ev.actor2.sector == "INSURGENT"


def test_anyone_a_warning_names_by_a_deed_is_the_protesting_crowd(extractor: Extractor) -> None:
    story = "Hundreds of teachers marched through Lusaka on Monday. "
    ev = of_type(run(extractor, story + "The minister warned that anyone who blocked the roads "
                                        "would be arrested."), "THREATEN")
    assert code(ev.actor2) == "ZMB.PROTESTER"
    ev = of_type(run(extractor, "Gunmen attacked a village in Zambia on Monday. The minister "
                                "warned that anyone who sheltered the gunmen would be "
                                "arrested."), "THREATEN")
    assert ev.actor2 is None


def test_who_releases_unnamed_is_who_made_the_arrest(extractor: Extractor) -> None:
    events = run(extractor, "Police in Zambia arrested 30 traders in Ndola on Monday. Twelve "
                            "of them were released on Wednesday.")
    assert code(of_type(events, "CONCEDE").actor1) == "ZMB.POLICE"


def test_whom_a_result_word_precedes_is_the_object(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Gunmen on motorbikes shot dead a shopkeeper in the Nigerian "
                                "town of Jos on Monday, police said."), "ASSAULT")
    assert code(ev.actor2) == "NGA.CIVILIAN"


def test_a_speaker_saying_they_were_attacked_is_the_target(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "The soldiers said they were attacked by militants on the road "
                                "to Gao in Mali."), "ASSAULT")
    assert code(ev.actor2) == "MLI.MIL"
    ev = of_type(run(extractor, "Police in Kenya said they arrested 12 people on Monday."),
                 "COERCE")
    assert code(ev.actor1) == "KEN.POLICE"


def test_both_sides_asked_are_the_last_two_parties(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Soldiers clashed with Fano militiamen in the Ethiopian town of "
                                "Gondar on Monday, killing six. The African Union urged both "
                                "sides to show restraint."), "REQUEST")
    assert code(ev.actor2) == "ETH.MIL"
    ev = of_type(run(extractor, "Police fired tear gas at protesters in Nairobi on Monday. The "
                                "bishops called on the warring factions to hold talks."),
                 "REQUEST")
    assert code(ev.actor2) == "KEN.POLICE"


def test_a_cleared_road_targets_the_crowd_that_blocked_it(extractor: Extractor) -> None:
    events = run(extractor, "Hundreds of residents blocked the main highway in Lima with "
                            "burning tyres on Monday, and police used tear gas to clear the "
                            "road.")
    assert code(of_type(events, "COERCE").actor2) == "PER.PROTESTER"
    events = run(extractor, "Hundreds of farmers protested in Nairobi on Monday. Police "
                            "removed the blockade late on Monday.")
    assert code(of_type(events, "COERCE").actor2) == "KEN.PROTESTER"


def test_a_protest_on_summoning_an_envoy_is_aimed_at_the_envoys_state(
        extractor: Extractor) -> None:
    ev = of_type(run(extractor, "On Thursday, Kenya's foreign ministry summoned the Ugandan "
                                "ambassador in Nairobi to lodge a strong protest."), "ACCUSE")
    assert code(ev.actor2) == "UGA.GOV"
    ev = of_type(run(extractor, "Chile's foreign ministry summoned the Bolivian ambassador on "
                                "Tuesday and condemned what it called a violation of Chilean "
                                "sovereignty."), "ACCUSE")
    assert code(ev.actor2) == "BOL.GOV"


def test_condemning_what_one_calls_an_attack_accuses_its_doer(extractor: Extractor) -> None:
    events = run(extractor, "Gunmen from Boko Haram attacked a village in Nigeria's Borno state "
                            "on Monday, killing 12 people. A government spokesman condemned "
                            "what he called a \"cowardly and barbaric attack\".")
    assert code(of_type(events, "ACCUSE").actor2) == "BOKO_HARAM"


def test_each_side_accusing_the_other_is_the_last_two_parties(extractor: Extractor) -> None:
    events = run(extractor, "Armenian and Azerbaijani troops exchanged fire on the border on "
                            "Monday, killing two soldiers. Each side accused the other of firing "
                            "first.")
    ev = of_type(events, "ACCUSE")
    assert {code(ev.actor1), code(ev.actor2)} == {"ARM.MIL", "AZE.MIL"}


def test_kin_are_civilians(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Among the dead were a teacher and his wife, who were shot by "
                                "gunmen at their home in the Peruvian town of Puno on Tuesday."),
                 "ASSAULT")
    assert code(ev.actor2) == "PER.CIVILIAN"


def test_him_beaten_is_the_person_told_before(extractor: Extractor) -> None:
    events = run(extractor, "A student in Nairobi died in police custody on Monday, his family "
                            "said. Police denied beating him.")
    assert code(of_type(events, "ASSAULT").actor2) == "KEN.CIVILIAN"


def test_they_attacked_in_a_when_clause_are_the_main_subject(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "The soldiers were patrolling near Gao in Mali when they were "
                                "ambushed by militants."), "ASSAULT")
    assert code(ev.actor2) == "MLI.MIL"


def test_force_on_armed_men_a_force_reports_is_its_own(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "The army said on Monday that air strikes near the Malian town "
                                "of Gao had killed dozens of militants."), "ASSAULT")
    assert code(ev.actor1) == "MLI.MIL"
    ev = of_type(run(extractor, "The army said on Monday that air strikes near the Malian town "
                                "of Gao had killed dozens of civilians."), "ASSAULT")
    assert ev.actor1 is None


def test_attack_is_by_whom_the_teller_blames(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "A 30-year-old man who was shot during Friday's protests in "
                                "Nairobi died in hospital on Sunday, his family said, blaming "
                                "police for his death."), "ASSAULT")
    assert code(ev.actor1) == "KEN.POLICE"
    ev = of_type(run(extractor, "Three soldiers were killed on Monday when a bomb exploded near "
                                "a checkpoint in northern Mali, the army said, blaming jihadist "
                                "militants."), "ASSAULT")
    assert code(ev.actor1) == "MLI.INSURGENT"


def test_a_charge_of_neglect_names_no_doer(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "A man was shot dead in Lagos on Friday, his relatives said, "
                                "accusing police of failing to protect him."), "ASSAULT")
    assert ev.actor1 is None


def test_rebels_who_seize_a_town_take_it_from_the_army(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "M23 rebels seized the town of Uvira in eastern Congo on "
                                "Tuesday, residents said."), "ASSAULT")
    assert code(ev.actor2) == "COD.MIL"


def test_troops_who_retake_a_town_take_it_from_the_story_group(extractor: Extractor) -> None:
    events = run(extractor, "Al-Shabaab fighters attacked a base in Somalia on Monday. Somali "
                            "troops recaptured the town of Jowhar on Tuesday, the defence "
                            "ministry said.")
    ev = next(e for e in events if e.trigger == "recaptured")
    assert code(ev.actor1) == "SOM.MIL"
    assert code(ev.actor2) == "SHABAAB"


def test_the_post_told_again_is_the_force_attacked(extractor: Extractor) -> None:
    events = run(extractor, "Gunmen attacked a police post in the Nigerian town of Gusau on "
                            "Sunday night, killing two officers. The attackers fired at the "
                            "post from a passing car, police said.")
    ev = next(e for e in events if e.trigger == "fired at")
    assert code(ev.actor2) == "NGA.POLICE"


def test_struck_post_told_again_takes_the_one_force_hit() -> None:
    pol = Actor(text="police", country="NGA", sector="POLICE", code="NGA.POLICE")
    first = Event("ASSAULT", actor1=Actor(text="gunmen", sector="OTHER"), actor2=pol)
    again = Event("ASSAULT", mentions=[Mention("a", "They fired at the post.", 0, 23)])
    struck_posts_again([first, again])
    assert code(again.actor2) == "NGA.POLICE"
    army = Actor(text="army", country="NGA", sector="MIL", code="NGA.MIL")
    other = Event("ASSAULT", actor1=Actor(text="gunmen", sector="OTHER"), actor2=army)
    again = Event("ASSAULT", mentions=[Mention("a", "They fired at the post.", 0, 23)])
    struck_posts_again([first, other, again])
    assert again.actor2 is None  # two forces were hit: which one held the post is unsaid


def test_harm_in_police_custody_is_by_the_police(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Lawyers in Harare said five of the detainees had been beaten "
                                "in police custody."), "ASSAULT")
    assert code(ev.actor1) == "ZWE.POLICE"
    ev = of_type(run(extractor, "Their lawyer said several of them had been beaten at the "
                                "central police station in Accra."), "ASSAULT")
    assert code(ev.actor1) == "GHA.POLICE"
    assert code(ev.actor2) != "GHA.POLICE"


def test_a_territorys_police_and_officials_are_its_sovereigns(extractor: Extractor) -> None:
    text = ("Police arrested 14 people in Noumea on Sunday after gendarmes clashed with "
            "protesters. Two activists were detained on Monday.")
    evs = run(extractor, text)
    arrest = next(e for e in evs if e.trigger == "arrested")
    assert arrest.actor1 is not None and arrest.actor1.country == "FRA"
    detained = next(e for e in evs if e.trigger == "detained")
    assert detained.actor1 is not None and detained.actor1.country == "FRA"
    # the people of the territory stay its own
    assert detained.actor2 is not None and detained.actor2.country == "NCL"


def _said(text: str, trigger: str, start: int = 0) -> Mention:
    """A mention of one sentence at ``start`` whose trigger is the first ``trigger``."""
    at = start + text.index(trigger)
    return Mention("a", text, start, start + len(text), trigger_span=(at, at + len(trigger)))


def test_a_claim_denied_by_its_noun_is_aimed_at_the_claimant() -> None:
    kor = Actor(text="Seoul", country="KOR", sector="GOV", code="KOR.GOV")
    prk = Actor(text="Pyongyang", country="PRK", sector="GOV", code="PRK.GOV")
    s1 = "Seoul accused Pyongyang of jamming GPS signals near the border."
    accuse = Event("ACCUSE", actor1=kor, actor2=prk, mentions=[_said(s1, "accused")])
    s2 = "Pyongyang dismissed the accusation on Friday."
    deny = Event("REJECT", actor1=prk, mentions=[_said(s2, "dismissed", 70)])
    denied_claimants([accuse, deny])
    assert code(deny.actor2) == "KOR.GOV"
    # the claim told before the denying clause
    rebels = Actor(text="the rebels", country="MOZ", sector="REBEL", code="MOZ.REBEL")
    army = Actor(text="the army", country="MOZ", sector="MIL", code="MOZ.MIL")
    s3 = "The rebels said they had killed ten soldiers, a claim the army denied."
    attack = Event("ASSAULT", actor1=rebels, mentions=[_said(s3, "killed")])
    denial = Event("REJECT", actor1=army, mentions=[_said(s3, "denied")])
    denied_claimants([denial, attack])
    assert code(denial.actor2) == "MOZ.REBEL"
    # a state does not deny its own forces' claim; a denial of a named person is no claim
    police = Actor(text="police", country="MOZ", sector="POLICE", code="MOZ.POLICE")
    s4 = "Police said they had shot two robbers. The ministry denied the claim."
    shot = Event("ASSAULT", actor1=police, mentions=[_said(s4, "shot")])
    gov = Actor(text="The ministry", country="MOZ", sector="GOV", code="MOZ.GOV")
    other = Event("REJECT", actor1=gov, mentions=[_said(s4, "denied")])
    denied_claimants([shot, other])
    assert other.actor2 is None
    assert not denies_claim(Event("REJECT", actor1=gov, mentions=[
        _said("The ministry rejected the plan on Monday.", "rejected")]))


def test_a_vow_to_pursue_those_responsible_threatens_the_attacks_doer() -> None:
    gunmen = Actor(text="bandits", country="NER", sector="OTHER", code="NER.OTHER")
    army = Actor(text="the army", country="NER", sector="MIL", code="NER.MIL")
    gov = Actor(text="The president", country="NER", sector="GOV", code="NER.GOV")
    s1 = "Bandits raided a market; the army shot two of them. The president said those "
    s1 += "responsible would be tracked down."
    raid = Event("ASSAULT", actor1=gunmen, mentions=[_said(s1, "raided")])
    reply = Event("ASSAULT", actor1=army, actor2=gunmen, mentions=[_said(s1, "shot")])
    vow = Event("THREATEN", actor1=gov, mentions=[_said(s1, "said")])
    pursued_doers([raid, reply, vow])
    assert code(vow.actor2) == "NER.OTHER"  # not the army, the president's own side
    plain = Event("THREATEN", actor1=gov, mentions=[_said("He warned of more raids.", "warned")])
    pursued_doers([raid, plain])
    assert plain.actor2 is None


def test_the_attackers_are_the_kind_of_fighters_named_before(extractor: Extractor) -> None:
    text = ("Separatist fighters raided a village in the hills of Oku on Monday, officials "
            "said.\n\nThe attackers burned a clinic and shot dead two farmers before fleeing "
            "into the forest, a local chief said.")
    ev = [e for e in run(extractor, text) if e.event_type == "ASSAULT" and
          e.actor1 is not None and e.actor1.text.lower() == "the attackers"]
    assert ev and ev[0].actor1.sector == "REBEL"


def test_a_ship_calling_at_a_port_is_no_phone_call(extractor: Extractor) -> None:
    events = run(extractor, "The rebels said the tanker belonged to a company whose vessels "
                            "had called at Israeli ports.")
    assert not [e for e in events if e.event_type == "CONSULT"]


def test_what_is_thrown_at_someone_targets_them(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Protesters in Lima threw petrol bombs and stones at police "
                                "outside the congress building on Tuesday."), "PROTEST")
    assert ev.actor2 is not None and ev.actor2.sector == "POLICE"


def test_a_spokesman_speaks_for_whom_he_is_spokesman(extractor: Extractor) -> None:
    # the militia's spokesman telling of an army strike is no claim by the army
    ev = of_type(run(extractor, "Army jets bombed a market in the town of Kalay on Monday, said "
                                "a spokesman for the local People's Defence Force."),
                 "ASSAULT")
    assert ev.status == "reported"


def test_a_weapon_in_a_when_clause_is_the_same_strike(extractor: Extractor) -> None:
    events = run(extractor, "A Sudanese army air strike on the town of Mellit killed 14 people "
                            "when a bomb hit a crowded market on Sunday, medics said.")
    assert len([e for e in events if e.event_type == "ASSAULT"]) == 1
    two = run(extractor, "Police in Kano shot dead two men when gunmen stormed a checkpoint on "
                         "Sunday.")
    assert len([e for e in two if e.event_type == "ASSAULT"]) == 2


def test_whoever_will_face_the_law_is_threatened(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "The interior minister of Chad said looters would face the full "
                                "force of the law."), "THREATEN")
    assert code(ev.actor1) == "TCD.GOV"
    assert ev.actor2 is not None and ev.actor2.text == "looters"


def test_whom_a_verb_brings_to_talks_is_the_other_party(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Peru's labour minister invited the dockworkers' union to talks "
                                "on Friday."), "CONSULT")
    assert code(ev.actor1) == "PER.GOV"
    assert code(ev.actor2) == "PER.PROTESTER"


def test_a_warning_that_someone_remains_a_target_threatens_them(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "An IRA spokesman in Belfast warned that police officers "
                                "remained legitimate targets."), "THREATEN")
    assert code(ev.actor2) == "GBR.POLICE"


def test_a_warning_that_someone_will_lose_threatens_them(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Argentina's government warned that public employees who stayed "
                                "away would lose a day's pay."), "THREATEN")
    assert code(ev.actor2) == "ARG.CIVILIAN"
    ev = of_type(run(extractor, "Gabon's president warned that vandals would face the full force "
                                "of the law."), "THREATEN")
    assert code(ev.actor2) == "GAB.PROTESTER"


def test_a_rejection_told_to_someone_answers_them(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "In Lima, the rebels told Brazilian mediators that they rejected "
                                "any ceasefire."), "REJECT")
    assert code(ev.actor2) == "BRA.GOV"
    ev = of_type(run(extractor, "Peru's president told reporters that he rejected the plan."),
                 "REJECT")
    assert ev.actor2 is None


def test_a_particle_with_an_object_is_a_preposition(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Ghana's peace council called on Christians and Muslims to pray "
                                "for peace on Friday."), "REQUEST")
    assert code(ev.actor2) == "GHA.CIVILIAN"


def test_a_threat_to_act_on_someone_threatens_them(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Chile's interior minister threatened to evict the Mapuche "
                                "families."), "THREATEN")
    assert code(ev.actor2) == "CHL.CIVILIAN"


def test_a_meeting_with_traditional_chiefs_has_them_as_the_other_party(
        extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Malawi's home affairs minister held a meeting with traditional "
                                "chiefs in Zomba on Thursday."), "CONSULT")
    assert code(ev.actor2) == "MWI.CIVILIAN"


def test_a_regions_head_is_the_states_official(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Chechnya's head Ivan Sidorov met relatives of the hostages in "
                                "Grozny on Friday."), "CONSULT")
    assert code(ev.actor1) == "RUS.GOV"



def test_a_republics_head_is_the_states_official(extractor: Extractor) -> None:
    ev = of_type(run(extractor, "Ingushetia's head Boris Kuznetsov met relatives of the "
                                "hostages in Magas on Friday."), "CONSULT")
    assert code(ev.actor1) == "RUS.GOV"
