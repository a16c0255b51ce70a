"""Coding sheet for the ninth held-out gold set: compiled into events.jsonl by
benchmarks/heldout/build_gold.py --set benchmarks/heldout9.

Each row names its article (source file, index), a unique piece of the sentence, and the coded
fields; actor spans are given as the words in the sentence and turned into offsets by the builder.
Actors: key -> (name, country, sector, code). Locations: key -> (name, country, lat, lon, precision).
"""

ARTICLES = {
    "grc": ("athens_ledger_exarchia.txt", 0),
    "lad": ("ladakh_voice_leh.txt", 0),
    "mwi2": ("lakeshore_times_lilongwe.html", 0),
    "jor": ("southern_gazette_maan.html", 0),
    "gha2": ("upper_east_herald_bawku.txt", 0),
    "gha": ("wire_oct_dec2026.txt", 0),
    "kbr": ("wire_oct_dec2026.txt", 1),
    "mwi": ("wire_oct_dec2026.txt", 2),
    "mng": ("wire_oct_dec2026.txt", 3),
    "arg": ("wire_oct_dec2026.txt", 4),
}

A = {
    # Ghana (Bawku)
    "GHA_GUNMEN": ("gunmen in Bawku", "GHA", "OTHER", "GHA.OTHER"),
    "GHA_CIV": ("Bawku residents", "GHA", "CIVILIAN", "GHA.CIVILIAN"),
    "GHA_POL": ("Ghana Police Service", "GHA", "POLICE", "GHA.POLICE"),
    "GHA_MIL": ("Ghana Armed Forces", "GHA", "MIL", "GHA.MIL"),
    "GHA_GOV": ("Ghana government", "GHA", "GOV", "GHA.GOV"),
    "MUNTAKA": ("Muntaka Mubarak", "GHA", "GOV", "GHA.GOV"),
    "GHA_UE_MIN": ("Upper East regional minister", "GHA", "GOV", "GHA.GOV"),
    "GHA_YOUTHS": ("armed youths linked to a Bawku faction", "GHA", "OTHER", "GHA.OTHER"),
    "GHA_FACTION_LEADERS": ("leaders of the two Bawku chieftaincy factions", "GHA", "CIVILIAN", "GHA.CIVILIAN"),
    "GHA_DETAINEES": ("people detained in Bawku", "GHA", "CIVILIAN", "GHA.CIVILIAN"),
    "GHA_COURT": ("Bolgatanga court", "GHA", "JUDICIARY", "GHA.JUDICIARY"),
    "GHA_YOUTH_PROT": ("young people marching in Bolgatanga", "GHA", "PROTESTER", "GHA.PROTESTER"),
    "GHA_MCE": ("Bawku municipal chief executive", "GHA", "GOV", "GHA.GOV"),
    "GHA_YOUTH_ASSOC": ("Bawku faction youth association", "GHA", "CIVILIAN", "GHA.CIVILIAN"),
    "GHA_SEC": ("Ghana security forces", "GHA", "MIL", "GHA.MIL"),
    "GHA_RIVALS": ("rival Bawku faction", "GHA", "CIVILIAN", "GHA.CIVILIAN"),
    "GHA_TRAD_COUNCIL": ("rival Bawku traditional council", "GHA", "CIVILIAN", "GHA.CIVILIAN"),
    "GHA_NPC": ("National Peace Council", "GHA", "GOV", "GHA.GOV"),
    # Kabardino-Balkaria
    "RUS_GUNMEN": ("gunmen (Nalchik attack)", "RUS", "INSURGENT", "INSURGENT"),
    "ISIS": ("Islamic State", None, "INSURGENT", "ISIS"),
    "RUS_POL": ("Russia police (Kabardino-Balkaria)", "RUS", "POLICE", "RUS.POLICE"),
    "RUS_SEC": ("Russia security forces", "RUS", "POLICE", "RUS.POLICE"),
    "RUS_SUSPECT": ("fourth suspect detained in Nalchik", "RUS", "CIVILIAN", "RUS.CIVILIAN"),
    "RUS_INVESTIGATORS": ("Russia Investigative Committee", "RUS", "GOV", "RUS.GOV"),
    "KOKOV": ("Kazbek Kokov", "RUS", "GOV", "RUS.GOV"),
    "RUS_GOV": ("Russia government", "RUS", "GOV", "RUS.GOV"),
    "UKR_INTEL": ("Ukraine intelligence services", "UKR", "GOV", "UKR.GOV"),
    "UKR_GOV": ("Ukraine government", "UKR", "GOV", "UKR.GOV"),
    # Malawi
    "MWI_POL": ("Malawi Police Service", "MWI", "POLICE", "MWI.POLICE"),
    "MWI_PROT": ("Malawi fuel protesters", "MWI", "PROTESTER", "MWI.PROTESTER"),
    "UTM_LEADERS": ("Grace Mhango and Yusuf Nkhoma", "MWI", "PARTY", "MWI.PARTY"),
    "ZIKHALE": ("Ken Zikhale", "MWI", "GOV", "MWI.GOV"),
    "MWI_ORGANISERS": ("protest organisers", "MWI", "PROTESTER", "MWI.PROTESTER"),
    "MWI_OPP": ("Malawi opposition", "MWI", "PARTY", "MWI.PARTY"),
    "ECM": ("Episcopal Conference of Malawi", "MWI", "NGO", "MWI.NGO"),
    "MWI_GOV": ("Malawi government", "MWI", "GOV", "MWI.GOV"),
    "MWI_PROT_2011": ("anti-government protesters (2011)", "MWI", "PROTESTER", "MWI.PROTESTER"),
    "MWI_MAN": ("24-year-old man shot in Lilongwe", "MWI", "CIVILIAN", "MWI.CIVILIAN"),
    "MWI_FAMILY": ("family of the man shot in Lilongwe", "MWI", "CIVILIAN", "MWI.CIVILIAN"),
    "KALAYA": ("Peter Kalaya", "MWI", "POLICE", "MWI.POLICE"),
    "MWI_COURT": ("Lilongwe magistrate", "MWI", "JUDICIARY", "MWI.JUDICIARY"),
    "MWI_LAWYERS": ("lawyers of Mhango and Nkhoma", "MWI", "CIVILIAN", "MWI.CIVILIAN"),
    "MHRC": ("Malawi Human Rights Commission", "MWI", "GOV", "MWI.GOV"),
    "MUTHARIKA": ("Peter Mutharika", "MWI", "GOV", "MWI.GOV"),
    "MWI_IMPORTERS": ("fuel importers", "MWI", "OTHER", "MWI.OTHER"),
    "MWI_CIV": ("shop owners and minibus drivers", "MWI", "CIVILIAN", "MWI.CIVILIAN"),
    # Mongolia
    "MNG_PROT": ("Ulaanbaatar protesters", "MNG", "PROTESTER", "MNG.PROTESTER"),
    "MNG_POL": ("Ulaanbaatar police", "MNG", "POLICE", "MNG.POLICE"),
    "MNG_ORGANISERS": ("hunger-striking organisers", "MNG", "PROTESTER", "MNG.PROTESTER"),
    "MNG_PROT_LEADERS": ("protest leaders", "MNG", "PROTESTER", "MNG.PROTESTER"),
    "CHN_COMPANY": ("Chinese state mining company", "CHN", "OTHER", "CHN.OTHER"),
    "CHN_EMB": ("China embassy in Ulaanbaatar", "CHN", "GOV", "CHN.GOV"),
    "MNG_PM": ("Mongolia prime minister", "MNG", "GOV", "MNG.GOV"),
    "MNG_DP": ("Democratic Party (Mongolia)", "MNG", "PARTY", "MNG.PARTY"),
    "MNG_PARL": ("State Great Khural", "MNG", "GOV", "MNG.GOV"),
    "KHURELSUKH": ("Ukhnaagiin Khurelsukh", "MNG", "GOV", "MNG.GOV"),
    "MNG_GOV": ("Mongolia government", "MNG", "GOV", "MNG.GOV"),
    "MNG_PROT_2022": ("coal theft protesters (2022)", "MNG", "PROTESTER", "MNG.PROTESTER"),
    # Argentina
    "ARG_UNIONS": ("Argentina unions (CGT)", "ARG", "PROTESTER", "ARG.PROTESTER"),
    "ARG_POL": ("Argentina police", "ARG", "POLICE", "ARG.POLICE"),
    "ARG_PENSIONERS": ("pensioners protesting outside Congress", "ARG", "PROTESTER", "ARG.PROTESTER"),
    "BULLRICH": ("Patricia Bullrich", "ARG", "GOV", "ARG.GOV"),
    "ARG_VIOLENT": ("violent groups", "ARG", "OTHER", "ARG.OTHER"),
    "ARG_GOV": ("Argentina government", "ARG", "GOV", "ARG.GOV"),
    "ARG_EMPLOYEES": ("public employees", "ARG", "CIVILIAN", "ARG.CIVILIAN"),
    "IMF": ("International Monetary Fund", None, "IGO", "IGO.IMF"),
    # Jordan
    "JOR_PROT": ("Ma'an protesters", "JOR", "PROTESTER", "JOR.PROTESTER"),
    "JOR_POL": ("Jordan police", "JOR", "POLICE", "JOR.POLICE"),
    "JOR_OUTLAWS": ("outlaws (Ma'an gunmen)", "JOR", "OTHER", "JOR.OTHER"),
    "JOR_PSD": ("Public Security Directorate", "JOR", "POLICE", "JOR.POLICE"),
    "JOR_TRUCKERS": ("truck drivers", "JOR", "PROTESTER", "JOR.PROTESTER"),
    "JOR_MIL": ("Jordan Armed Forces", "JOR", "MIL", "JOR.MIL"),
    "JOR_GOVERNOR": ("Ma'an governor", "JOR", "GOV", "JOR.GOV"),
    "HASSAN": ("Jafar Hassan", "JOR", "GOV", "JOR.GOV"),
    "JOR_TRIBAL": ("Ma'an tribal leaders", "JOR", "CIVILIAN", "JOR.CIVILIAN"),
    "JOR_GOV": ("Jordan government", "JOR", "GOV", "JOR.GOV"),
    "IAF": ("Islamic Action Front", "JOR", "PARTY", "JOR.PARTY"),
    # Greece
    "GRC_YOUTHS": ("Exarchia rioters", "GRC", "PROTESTER", "GRC.PROTESTER"),
    "GRC_POL": ("Hellenic Police", "GRC", "POLICE", "GRC.POLICE"),
    "GRC_PROT": ("Thessaloniki marchers", "GRC", "PROTESTER", "GRC.PROTESTER"),
    "GRC_MIN": ("Citizens' Protection Minister", "GRC", "GOV", "GRC.GOV"),
    "GRC_OFFICER_2008": ("police officer who shot Grigoropoulos", "GRC", "POLICE", "GRC.POLICE"),
    "GRIGOROPOULOS": ("Alexandros Grigoropoulos", "GRC", "CIVILIAN", "GRC.CIVILIAN"),
    "GRC_STUDENT": ("detained student", "GRC", "CIVILIAN", "GRC.CIVILIAN"),
    "NEW_LEFT": ("New Left party", "GRC", "PARTY", "GRC.PARTY"),
    "RSD": ("Revolutionary Self-Defence", "GRC", "INSURGENT", "REVOLUTIONARY-SELF-DEFENCE"),
    # Ladakh
    "IND_POL": ("Ladakh police", "IND", "POLICE", "IND.POLICE"),
    "LAD_PROT": ("Leh protesters", "IND", "PROTESTER", "IND.PROTESTER"),
    "IND_GOV": ("India government", "IND", "GOV", "IND.GOV"),
    "KARGIL_TRADERS": ("Kargil shopkeepers", "IND", "PROTESTER", "IND.PROTESTER"),
    "LEH_DM": ("Leh district magistrate", "IND", "GOV", "IND.GOV"),
    "LAB_KDA": ("Leh Apex Body and Kargil Democratic Alliance", "IND", "PROTESTER", "IND.PROTESTER"),
    "LAB": ("Leh Apex Body", "IND", "PROTESTER", "IND.PROTESTER"),
    "WANGCHUK": ("Sonam Wangchuk", "IND", "CIVILIAN", "IND.CIVILIAN"),
    "IND_MHA": ("India Ministry of Home Affairs", "IND", "GOV", "IND.GOV"),
    "LAD_LEADERS": ("Ladakh leaders", "IND", "PROTESTER", "IND.PROTESTER"),
    "IND_VESTED": ("vested interests", "IND", "OTHER", "IND.OTHER"),
}

L = {
    # Ghana
    "bawku": ("Bawku", "GHA", 11.05926, -0.24249, "city"),
    "bawku_district": ("road to Pusiga, east of Bawku (Bawku municipality)", "GHA", 11.05926, -0.24249, "district"),
    "bolgatanga": ("Bolgatanga", "GHA", 10.78556, -0.85139, "city"),
    "upper_east": ("Upper East region", "GHA", 10.78556, -0.85139, "admin1"),
    "tamale": ("Tamale", "GHA", 9.40079, -0.8393, "city"),
    # Kabardino-Balkaria
    "nalchik": ("Nalchik", "RUS", 43.49806, 43.61889, "city"),
    "baksan": ("Baksan", "RUS", 43.68374, 43.53507, "city"),
    # Malawi
    "lilongwe": ("Lilongwe", "MWI", -13.96692, 33.78725, "city"),
    "blantyre": ("Blantyre", "MWI", -15.78499, 35.00854, "city"),
    "mzuzu": ("Mzuzu", "MWI", -11.46556, 34.02071, "city"),
    "malawi": ("Malawi", "MWI", -13.96692, 33.78725, "country"),
    # Mongolia
    "ulaanbaatar": ("Ulaanbaatar", "MNG", 47.90771, 106.88324, "city"),
    # Argentina
    "buenos_aires": ("Buenos Aires", "ARG", -34.61315, -58.37723, "city"),
    "argentina": ("Argentina", "ARG", -34.61315, -58.37723, "country"),
    # Jordan
    "maan": ("Ma'an", "JOR", 30.19624, 35.73405, "city"),
    "maan_district": ("Desert Highway near Ma'an", "JOR", 30.19624, 35.73405, "district"),
    "maan_gov": ("Ma'an governorate", "JOR", 30.19624, 35.73405, "admin1"),
    "jordan": ("southern Jordan", "JOR", 31.95522, 35.94503, "country"),
    "amman": ("Amman", "JOR", 31.95522, 35.94503, "city"),
    # Greece
    "athens": ("Athens", "GRC", 37.98376, 23.72784, "city"),
    "thessaloniki": ("Thessaloniki", "GRC", 40.64072, 22.93493, "city"),
    "greece": ("Greece", "GRC", 37.98376, 23.72784, "country"),
    # Ladakh
    "leh": ("Leh", "IND", 34.16504, 77.58402, "city"),
    "leh_district": ("Leh district", "IND", 34.16504, 77.58402, "district"),
    "kargil": ("Kargil", "IND", 34.55765, 76.12622, "city"),
    "ladakh": ("Ladakh", "IND", 34.16504, 77.58402, "admin1"),
    "new_delhi": ("New Delhi", "IND", 28.62137, 77.2148, "city"),
}

R = []


def r(art, sent, inc, typ, mode=None, status="reported", a1=None, a2=None, loc=None,
      date=None, dp=None, fat=None, inj=None, attr=None):
    if date is not None and dp is None:
        dp = "day"
    R.append(dict(art=art, sent=sent, inc=inc, typ=typ, mode=mode, status=status, a1=a1, a2=a2,
                  loc=loc, date=date, dp=dp, fat=fat, inj=inj, attr=attr))


BAWKU = "bawku-2026-11-08-market-shooting"
BAWKU_ARRESTS = "bawku-2026-11-09-house-to-house-arrests"
BAWKU_TROOPS = "upper-east-2026-11-extra-troops"
NALCHIK = "nalchik-2026-10-25-police-post-attack"
BAKSAN = "baksan-2026-10-27-shootout"
KBR_BEATING = "nalchik-2026-10-suspect-beaten-in-custody"
LLW_PROTEST = "lilongwe-2026-12-02-fuel-protest"
LLW_TEARGAS = "lilongwe-2026-12-02-police-tear-gas"
OPP_ARREST = "mwi-2026-12-03-opposition-leaders-arrested"
STAYAWAY = "malawi-2026-12-07-national-stay-away"
LLW_SHOOTING = "lilongwe-2026-12-02-man-shot"
EXARCHIA = "athens-2026-12-06-exarchia-riot"
STUDENT = "athens-2026-12-student-beaten-in-custody"
KYPSELI = "athens-2026-12-05-kypseli-bank-bomb"

# ---------------------------------------------------------------- wire #0 Ghana (pub 2026-11-10)
S = "Gunmen killed seven people and wounded at least 12"
r("gha", S, BAWKU, "ASSAULT", "firearms", a1=("GHA_GUNMEN", "Gunmen"), a2=("GHA_CIV", "seven people"), loc="bawku", date="2026-11-08", fat=7, inj=12, attr="police")
r("gha", S, "bawku-2026-03-curfew-imposed", "COERCE", "curfew", a1=("GHA_GOV", None), loc="bawku", date="2026-03-01", dp="month")
r("gha", "The attackers opened fire on traders packing up their stalls", BAWKU, "ASSAULT", "firearms", a1=("GHA_GUNMEN", "The attackers"), a2=("GHA_CIV", "traders packing up their stalls"), loc="bawku", date="2026-11-08", attr="regional police commander Assistant Commissioner Daniel Opoku")
r("gha", "Police blamed armed youths linked to one of the two factions", "bawku-2026-11-10-police-blame-faction-youths", "ACCUSE", a1=("GHA_POL", "Police"), a2=("GHA_YOUTHS", "armed youths linked to one of the two factions"), date="2026-11-10")
r("gha", "Leaders of both factions denied that their supporters had taken part", BAWKU, "ASSAULT", "firearms", status="denied", a1=("GHA_FACTION_LEADERS", "Leaders of both factions"), loc="bawku", date="2026-11-08", attr="Leaders of both factions")
r("gha", "Soldiers arrested 23 people in house-to-house searches on Monday", BAWKU_ARRESTS, "COERCE", "arrest", a1=("GHA_MIL", "Soldiers"), a2=("GHA_DETAINEES", "23 people"), loc="bawku", date="2026-11-09", attr="the army")
S = "Interior Minister Muntaka Mubarak extended the dusk-to-dawn curfew"
r("gha", S, "bawku-2026-11-10-curfew-extended", "COERCE", "curfew", a1=("MUNTAKA", "Interior Minister Muntaka Mubarak"), loc="bawku", date="2026-11-10")
r("gha", S, "bawku-2026-11-10-arms-ban", "COERCE", a1=("MUNTAKA", "Interior Minister Muntaka Mubarak"), loc="bawku", date="2026-11-10")
r("gha", "The government will send another 500 soldiers and police officers", BAWKU_TROOPS, "MOBILIZE", status="planned", a1=("GHA_GOV", "The government"), loc="upper_east", date="2026-11-10", dp="week")
r("gha", "In March 2025, at least 12 people were killed in clashes", "bawku-2025-03-clashes", "ASSAULT", loc="bawku", date="2025-03-01", dp="month", fat=12)
S = "The Upper East regional minister met chiefs of both factions in Bolgatanga on Monday"
r("gha", S, "bolgatanga-2026-11-09-minister-meets-chiefs", "CONSULT", "meeting", a1=("GHA_UE_MIN", "The Upper East regional minister"), a2=("GHA_FACTION_LEADERS", "chiefs of both factions"), loc="bolgatanga", date="2026-11-09")
r("gha", S, "bolgatanga-2026-11-09-minister-urges-restraint", "REQUEST", a1=("GHA_UE_MIN", "The Upper East regional minister"), a2=("GHA_FACTION_LEADERS", "them"), date="2026-11-09")

# ---------------------------------------------------------------- upper_east_herald (pub 2026-11-11)
r("gha2", "The death toll from Sunday night's shooting near Bawku's central market", BAWKU, "ASSAULT", "firearms", a1=("GHA_GUNMEN", None), a2=("GHA_CIV", None), loc="bawku", date="2026-11-08", fat=9, attr="hospital officials")
r("gha2", "Gunmen ambushed a military patrol on the road to Pusiga", "pusiga-road-2026-11-10-patrol-ambushed", "ASSAULT", "firearms", a1=("GHA_GUNMEN", "Gunmen"), a2=("GHA_MIL", "a military patrol"), loc="bawku_district", date="2026-11-10", inj=2, attr="the army")
r("gha2", "Troops returned fire and killed one of the attackers", "pusiga-road-2026-11-10-troops-kill-attacker", "ASSAULT", "firearms", status="claimed", a1=("GHA_MIL", "Troops"), a2=("GHA_GUNMEN", "one of the attackers"), loc="bawku_district", date="2026-11-10", fat=1, attr="it")
r("gha2", "Soldiers arrested 23 people in Bawku on Monday", BAWKU_ARRESTS, "COERCE", "arrest", a1=("GHA_MIL", "Soldiers"), a2=("GHA_DETAINEES", "23 people"), loc="bawku", date="2026-11-09")
S = "Twenty of them were released without charge on Wednesday"
r("gha2", S, "bawku-2026-11-11-twenty-detainees-released", "CONCEDE", a1=("GHA_POL", None), a2=("GHA_DETAINEES", "Twenty of them"), loc="bawku", date="2026-11-11", attr="police")
r("gha2", S, "bolgatanga-2026-11-11-three-remanded", "COERCE", a1=("GHA_COURT", "a court in Bolgatanga"), a2=("GHA_DETAINEES", "the other three"), loc="bolgatanga", date="2026-11-11")
r("gha2", "The first 200 of the 500 extra soldiers and police officers", BAWKU_TROOPS, "MOBILIZE", a1=("GHA_SEC", "The first 200 of the 500 extra soldiers and police officers"), loc="bawku", date="2026-11-11", attr="the regional police command")
S = "Several hundred young people marched through Bolgatanga on Wednesday"
r("gha2", S, "bolgatanga-2026-11-11-youth-march", "PROTEST", "demonstration", a1=("GHA_YOUTH_PROT", "Several hundred young people"), loc="bolgatanga", date="2026-11-11")
r("gha2", S, "bolgatanga-2026-11-11-youths-accuse-mce", "ACCUSE", a1=("GHA_YOUTH_PROT", "Several hundred young people"), a2=("GHA_MCE", "the Bawku municipal chief executive"), date="2026-11-11")
S = "A youth association linked to one of the factions accused the security forces"
r("gha2", S, "bawku-2026-11-11-youth-association-accuses-security-forces", "ACCUSE", a1=("GHA_YOUTH_ASSOC", "A youth association linked to one of the factions"), a2=("GHA_SEC", "the security forces"), date="2026-11-11")
r("gha2", S, "bawku-2026-11-11-youth-association-threatens-rivals", "THREATEN", a1=("GHA_YOUTH_ASSOC", "A youth association linked to one of the factions"), a2=("GHA_RIVALS", "the other side"), date="2026-11-11")
r("gha2", "The rival traditional council rejected the accusation", "bawku-2026-11-11-traditional-council-rejects-accusation", "ACCUSE", a1=("GHA_TRAD_COUNCIL", "The rival traditional council"), a2=("GHA_YOUTH_ASSOC", None), date="2026-11-11")
r("gha2", "The National Peace Council said it would bring the leaders of both factions together", "tamale-2026-11-18-peace-talks", "CONSULT", "talks", status="planned", a1=("GHA_NPC", "The National Peace Council"), a2=("GHA_FACTION_LEADERS", "the leaders of both factions"), loc="tamale", date="2026-11-18", dp="week")

# ---------------------------------------------------------------- wire #1 Kabardino-Balkaria (pub 2026-10-27)
r("kbr", "Gunmen attacked a traffic police post on the outskirts of Nalchik", NALCHIK, "ASSAULT", "firearms", a1=("RUS_GUNMEN", "Gunmen"), a2=("RUS_POL", "a traffic police post"), loc="nalchik", date="2026-10-25", fat=2, inj=3, attr="Russia's Investigative Committee")
r("kbr", "The Islamic State group claimed responsibility through its Amaq news agency", NALCHIK, "ASSAULT", "firearms", status="claimed", a1=("ISIS", "The Islamic State group"), a2=("RUS_POL", None), loc="nalchik", date="2026-10-25", attr="The Islamic State group")
r("kbr", "Security forces killed three suspected attackers in a shootout", BAKSAN, "ASSAULT", "firearms", status="claimed", a1=("RUS_SEC", "Security forces"), a2=("RUS_GUNMEN", "three suspected attackers"), loc="baksan", date="2026-10-27", fat=3, attr="the National Anti-Terrorism Committee")
r("kbr", "It said the men had opened fire when officers tried to detain them.", BAKSAN, "ASSAULT", "firearms", a1=("RUS_GUNMEN", "the men"), a2=("RUS_SEC", "officers"), loc="baksan", date="2026-10-27", attr="It")
r("kbr", "A fourth suspect was detained in Nalchik", "nalchik-2026-10-27-fourth-suspect-detained", "COERCE", "arrest", a1=("RUS_SEC", None), a2=("RUS_SUSPECT", "A fourth suspect"), loc="nalchik", date="2026-10-27", attr="the committee")
r("kbr", "His lawyer said he had been beaten in custody.", KBR_BEATING, "ASSAULT", "beating", a1=("RUS_SEC", None), a2=("RUS_SUSPECT", "he"), loc="nalchik", date="2026-10-27", attr="His lawyer")
r("kbr", "Investigators denied the claim.", KBR_BEATING, "ASSAULT", "beating", status="denied", a1=("RUS_INVESTIGATORS", "Investigators"), a2=("RUS_SUSPECT", None), loc="nalchik", date="2026-10-27", attr="Investigators")
S = "chaired an emergency meeting of the region's security council on Monday"
r("kbr", S, "kbr-2026-10-26-security-council-meeting", "CONSULT", "meeting", a1=("KOKOV", "Kazbek Kokov, the head of Kabardino-Balkaria"), date="2026-10-26")
r("kbr", S, "nalchik-2026-10-checkpoints-reinforced", "MOBILIZE", status="planned", a1=("KOKOV", "Kazbek Kokov, the head of Kabardino-Balkaria"), loc="nalchik")
r("kbr", "Those who raise a hand against our police will be found and destroyed", "kbr-2026-10-27-kokov-threatens-attackers", "THREATEN", a1=("KOKOV", "Kokov"), a2=("RUS_GUNMEN", "Those who raise a hand against our police"), date="2026-10-27")
r("kbr", "Kabardino-Balkaria was the scene of a large militant raid on Nalchik in October 2005", "nalchik-2005-10-militant-raid", "ASSAULT", loc="nalchik", date="2005-10-01", dp="month", fat=100)
S = "Russian officials have blamed Ukraine's intelligence services"
r("kbr", S, "rus-blames-ukraine-for-caucasus-attacks", "ACCUSE", a1=("RUS_GOV", "Russian officials"), a2=("UKR_INTEL", "Ukraine's intelligence services"))
r("kbr", S, "ukr-rejects-russian-charge", "ACCUSE", a1=("UKR_GOV", "Kyiv"), a2=("RUS_GOV", None))

# ---------------------------------------------------------------- wire #2 Malawi (pub 2026-12-03)
S = "Malawian police fired tear gas on Wednesday to disperse thousands of people"
r("mwi", S, LLW_TEARGAS, "COERCE", "tear-gas", a1=("MWI_POL", "Malawian police"), a2=("MWI_PROT", "thousands of people"), loc="lilongwe", date="2026-12-02")
r("mwi", S, LLW_PROTEST, "PROTEST", "demonstration", a1=("MWI_PROT", "thousands of people"), loc="lilongwe", date="2026-12-02")
r("mwi", S, OPP_ARREST, "COERCE", "arrest", a1=("MWI_POL", None), a2=("UTM_LEADERS", "two opposition leaders"), date="2026-12-03", attr="their party")
r("mwi", "Protesters burned tyres, blocked roads and looted shops", LLW_PROTEST, "PROTEST", "riot", a1=("MWI_PROT", "Protesters"), loc="lilongwe", date="2026-12-02", inj=14, attr="a police spokesman")
S = "Similar protests were held in Blantyre and Mzuzu on Wednesday"
r("mwi", S, "blantyre-2026-12-02-fuel-protest", "PROTEST", "demonstration", a1=("MWI_PROT", None), loc="blantyre", date="2026-12-02", attr="the Malawi Police Service")
r("mwi", S, "mzuzu-2026-12-02-fuel-protest", "PROTEST", "demonstration", a1=("MWI_PROT", None), loc="mzuzu", date="2026-12-02", attr="the Malawi Police Service")
r("mwi", S, "blantyre-2026-12-02-police-tear-gas", "COERCE", "tear-gas", a1=("MWI_POL", "police"), a2=("MWI_PROT", None), loc="blantyre", date="2026-12-02", attr="the Malawi Police Service")
S = "were taken from their homes by plain-clothes officers"
r("mwi", S, OPP_ARREST, "COERCE", "arrest", a1=("MWI_POL", "plain-clothes officers"), a2=("UTM_LEADERS", "Grace Mhango and Yusuf Nkhoma"), date="2026-12-03", attr="the party")
r("mwi", S, "mwi-2026-12-opposition-leaders-to-be-charged", "COERCE", status="planned", a1=("MWI_POL", None), a2=("UTM_LEADERS", "Grace Mhango and Yusuf Nkhoma"))
S = "Homeland Security Minister Ken Zikhale said the protests had been organised"
r("mwi", S, "mwi-2026-12-03-zikhale-blames-organisers", "ACCUSE", a1=("ZIKHALE", "Homeland Security Minister Ken Zikhale"), a2=("MWI_ORGANISERS", "people who want to make this country ungovernable"), date="2026-12-03")
r("mwi", S, "mwi-2026-12-03-zikhale-warns-protesters", "THREATEN", a1=("ZIKHALE", "Homeland Security Minister Ken Zikhale"), a2=("MWI_PROT", "anyone caught destroying property"), date="2026-12-03")
r("mwi", "The opposition called a national stay-away for Monday.", STAYAWAY, "PROTEST", "strike", status="planned", a1=("MWI_OPP", "The opposition"), loc="malawi", date="2026-12-07")
r("mwi", "urged the government and the opposition to hold talks", "mwi-2026-12-03-bishops-urge-talks", "REQUEST", a1=("ECM", "The Episcopal Conference of Malawi"), a2=("MWI_GOV", "the government"), date="2026-12-03")
r("mwi", "In July 2011, 20 people were killed when police opened fire", "malawi-2011-07-police-fire-on-protesters", "ASSAULT", "firearms", a1=("MWI_POL", "police"), a2=("MWI_PROT_2011", "anti-government protesters"), loc="malawi", date="2011-07-01", dp="month", fat=20)
r("mwi", "the government would cut fuel taxes from January", "malawi-2027-01-fuel-tax-cut", "CONCEDE", status="planned", a1=("MWI_GOV", "the government"), date="2027-01-01", dp="month")

# ---------------------------------------------------------------- lakeshore_times (pub 2026-12-04)
S = "A 24-year-old man who was shot during Wednesday's fuel protests"
r("mwi2", S, LLW_SHOOTING, "ASSAULT", "firearms", a1=("MWI_POL", "police"), a2=("MWI_MAN", "A 24-year-old man"), loc="lilongwe", date="2026-12-02", fat=1, attr="his family")
r("mwi2", S, "lilongwe-2026-12-04-family-blames-police", "ACCUSE", a1=("MWI_FAMILY", "his family"), a2=("MWI_POL", "police"), date="2026-12-04")
r("mwi2", "Police spokesman Peter Kalaya denied that officers had used live ammunition", LLW_SHOOTING, "ASSAULT", "firearms", status="denied", a1=("KALAYA", "Police spokesman Peter Kalaya"), loc="lilongwe", date="2026-12-02", attr="Police spokesman Peter Kalaya")
r("mwi2", "Wednesday's march in Lilongwe, which drew several thousand people", LLW_PROTEST, "PROTEST", "riot", a1=("MWI_PROT", "a group of protesters"), loc="lilongwe", date="2026-12-02", attr="witnesses")
r("mwi2", "Police fired tear gas at the crowd for more than two hours", LLW_TEARGAS, "COERCE", "tear-gas", a1=("MWI_POL", "Police"), a2=("MWI_PROT", "the crowd"), loc="lilongwe", date="2026-12-02")
S = "Grace Mhango and Yusuf Nkhoma, the two opposition leaders arrested early on Thursday"
r("mwi2", S, OPP_ARREST, "COERCE", "arrest", a1=("MWI_POL", None), a2=("UTM_LEADERS", "Grace Mhango and Yusuf Nkhoma"), date="2026-12-03")
r("mwi2", S, "lilongwe-2026-12-04-opposition-leaders-remanded", "COERCE", a1=("MWI_COURT", "a magistrate"), a2=("UTM_LEADERS", "them"), loc="lilongwe", date="2026-12-04")
r("mwi2", S, "lilongwe-2026-12-04-bail-refused", "REJECT", a1=("MWI_COURT", "a magistrate"), a2=("MWI_LAWYERS", "their lawyers"), loc="lilongwe", date="2026-12-04")
r("mwi2", "Police said 61 people had now been arrested", "malawi-2026-12-protest-arrests-total", "COERCE", "arrest", a1=("MWI_POL", None), a2=("MWI_PROT", "61 people"), loc="malawi", date="2026-12-04", dp="week", attr="Police")
S = "The Malawi Human Rights Commission accused the police of using excessive force"
r("mwi2", S, "mwi-2026-12-04-mhrc-accuses-police", "ACCUSE", a1=("MHRC", "The Malawi Human Rights Commission"), a2=("MWI_POL", "the police"), date="2026-12-04")
r("mwi2", S, "mwi-2026-12-04-mhrc-calls-for-inquiry", "REQUEST", a1=("MHRC", "The Malawi Human Rights Commission"), a2=("MWI_GOV", None), date="2026-12-04")
r("mwi2", "President Peter Mutharika met representatives of fuel importers", "lilongwe-2026-12-04-mutharika-meets-fuel-importers", "CONSULT", "meeting", a1=("MUTHARIKA", "President Peter Mutharika"), a2=("MWI_IMPORTERS", "representatives of fuel importers"), loc="lilongwe", date="2026-12-04")
S = "The opposition said Monday's stay-away would go ahead"
r("mwi2", S, STAYAWAY, "PROTEST", "strike", status="planned", a1=("MWI_OPP", "The opposition"), loc="malawi", date="2026-12-07")
r("mwi2", S, "mwi-2026-12-04-opposition-asks-shops-to-close", "REQUEST", a1=("MWI_OPP", "The opposition"), a2=("MWI_CIV", "shop owners and minibus drivers"), date="2026-12-04")

# ---------------------------------------------------------------- wire #3 Mongolia (pub 2026-11-19)
r("mng", "Thousands of people rallied on Sukhbaatar Square", "ulaanbaatar-2026-11-18-rally-against-mining-deal", "PROTEST", "demonstration", a1=("MNG_PROT", "Thousands of people"), loc="ulaanbaatar", date="2026-11-18")
r("mng", "Police detained 12 protesters who tried to force their way", "ulaanbaatar-2026-11-18-twelve-detained", "COERCE", "arrest", a1=("MNG_POL", "Police"), a2=("MNG_PROT", "12 protesters"), loc="ulaanbaatar", date="2026-11-18", attr="the capital's police department")
r("mng", "Five young organisers have been on hunger strike", "ulaanbaatar-2026-11-16-hunger-strike", "PROTEST", "hunger-strike", a1=("MNG_ORGANISERS", "Five young organisers"), loc="ulaanbaatar", date="2026-11-16")
r("mng", "Protest leaders accused the Chinese company of bribing officials", "mng-2026-11-19-protest-leaders-accuse-chinese-company", "ACCUSE", a1=("MNG_PROT_LEADERS", "Protest leaders"), a2=("CHN_COMPANY", "the Chinese company"), date="2026-11-19")
r("mng", "China's embassy in Ulaanbaatar called the accusations", "mng-2026-11-19-china-embassy-rejects-accusations", "ACCUSE", a1=("CHN_EMB", "China's embassy in Ulaanbaatar"), a2=("MNG_PROT_LEADERS", None), date="2026-11-19")
r("mng", "The prime minister rejected calls to resign on Thursday", "mng-2026-11-19-pm-rejects-calls-to-resign", "REJECT", a1=("MNG_PM", "The prime minister"), a2=("MNG_PROT", None), date="2026-11-19")
r("mng", "said its lawmakers would boycott sessions of parliament", "mng-2026-11-democratic-party-boycott", "SANCTION", status="planned", a1=("MNG_DP", "The opposition Democratic Party"), a2=("MNG_PARL", "parliament"))
S = "President Ukhnaagiin Khurelsukh called on both sides to settle the dispute"
r("mng", S, "mng-2026-11-19-president-urges-dialogue", "REQUEST", a1=("KHURELSUKH", "President Ukhnaagiin Khurelsukh"), a2=("MNG_GOV", "both sides"), date="2026-11-19")
r("mng", S, "mng-2026-11-20-president-to-meet-protest-leaders", "CONSULT", "meeting", status="planned", a1=("KHURELSUKH", "President Ukhnaagiin Khurelsukh"), a2=("MNG_PROT_LEADERS", "the protest leaders"), date="2026-11-20")
r("mng", "In December 2022, protesters angry over allegations", "ulaanbaatar-2022-12-state-palace-storming", "PROTEST", "riot", a1=("MNG_PROT_2022", "protesters angry over allegations that officials had stolen coal exports"), loc="ulaanbaatar", date="2022-12-01", dp="month")

# ---------------------------------------------------------------- wire #4 Argentina (pub 2025-04-10)
r("arg", "Argentina's main unions staged a 24-hour general strike on Thursday", "argentina-2025-04-10-general-strike", "PROTEST", "strike", a1=("ARG_UNIONS", "Argentina's main unions"), loc="argentina", date="2025-04-10")
S = "On Wednesday night, police fired tear gas and water cannon at pensioners"
r("arg", S, "buenos-aires-2025-04-09-police-tear-gas-pensioners", "COERCE", "tear-gas", a1=("ARG_POL", "police"), a2=("ARG_PENSIONERS", "pensioners and their supporters"), loc="buenos_aires", date="2025-04-09", inj=20, attr="rights groups")
r("arg", S, "buenos-aires-2025-04-09-pensioners-protest", "PROTEST", "demonstration", a1=("ARG_PENSIONERS", "pensioners and their supporters"), loc="buenos_aires", date="2025-04-09")
S = "Security Minister Patricia Bullrich said 15 people had been arrested"
r("arg", S, "buenos-aires-2025-04-09-fifteen-arrested", "COERCE", "arrest", a1=("ARG_POL", None), a2=("ARG_PENSIONERS", "15 people"), loc="buenos_aires", date="2025-04-09", attr="Security Minister Patricia Bullrich")
r("arg", S, "arg-2025-04-10-bullrich-blames-violent-groups", "ACCUSE", a1=("BULLRICH", "Security Minister Patricia Bullrich"), a2=("ARG_VIOLENT", "violent groups"), date="2025-04-10")
r("arg", "Pensioners have protested outside Congress every Wednesday", "buenos-aires-weekly-pensioners-protests", "PROTEST", "demonstration", a1=("ARG_PENSIONERS", "Pensioners"), loc="buenos_aires")
S = "The government called the strike \"political\""
r("arg", S, "arg-2025-04-10-government-criticises-strike", "ACCUSE", a1=("ARG_GOV", "The government"), a2=("ARG_UNIONS", None), date="2025-04-10")
r("arg", S, "arg-2025-04-10-government-warns-strikers-pay", "THREATEN", a1=("ARG_GOV", "The government"), a2=("ARG_EMPLOYEES", "public employees who stayed away"), date="2025-04-10")
r("arg", "Union leaders said they would call an indefinite strike", "arg-2025-unions-threaten-indefinite-strike", "PROTEST", "strike", status="threatened", a1=("ARG_UNIONS", "Union leaders"), loc="argentina")
r("arg", "Argentina reached an agreement with the International Monetary Fund last week", "arg-imf-2025-04-loan-agreement", "AGREE", a1=("ARG_GOV", "Argentina"), a2=("IMF", "the International Monetary Fund"), date="2025-04-03", dp="week")

# ---------------------------------------------------------------- southern_gazette (pub 2026-10-14)
S = "Young men angry over a rise in fuel prices clashed with police"
r("jor", S, "maan-2026-10-13-fuel-riot", "PROTEST", "riot", a1=("JOR_PROT", "Young men angry over a rise in fuel prices"), a2=("JOR_POL", "police"), loc="maan", date="2026-10-13", attr="residents")
r("jor", S, "maan-2026-10-13-police-tear-gas", "COERCE", "tear-gas", a1=("JOR_POL", "police"), a2=("JOR_PROT", None), loc="maan", date="2026-10-13", attr="residents")
S = "A police officer was shot dead during the unrest on Monday night"
r("jor", S, "maan-2026-10-12-police-officer-shot-dead", "ASSAULT", "firearms", a1=("JOR_OUTLAWS", "outlaws"), a2=("JOR_POL", "A police officer"), loc="maan", date="2026-10-12", fat=1, attr="the Public Security Directorate")
r("jor", S, "jor-2026-10-14-psd-blames-outlaws", "ACCUSE", a1=("JOR_PSD", "the Public Security Directorate"), a2=("JOR_OUTLAWS", "outlaws"), date="2026-10-14")
r("jor", "Security forces arrested 37 people in raids", "maan-2026-10-14-37-arrested", "COERCE", "arrest", a1=("JOR_POL", "Security forces"), a2=("JOR_PROT", "37 people"), loc="maan", date="2026-10-14", attr="a security source")
S = "Truck drivers have been on strike across the south since Sunday"
r("jor", S, "jordan-2026-10-11-truck-drivers-strike", "PROTEST", "strike", a1=("JOR_TRUCKERS", "Truck drivers"), loc="jordan", date="2026-10-11")
r("jor", S, "maan-2026-10-desert-highway-blocked", "PROTEST", a1=("JOR_TRUCKERS", None), loc="maan_district", date="2026-10-11")
r("jor", "The army deployed armoured vehicles at the entrances to the city", "maan-2026-10-14-army-deployed", "MOBILIZE", a1=("JOR_MIL", "The army"), loc="maan", date="2026-10-14")
r("jor", "The Ma'an governor banned all public gatherings", "maan-2026-10-14-gatherings-banned", "COERCE", a1=("JOR_GOVERNOR", "The Ma'an governor"), loc="maan_gov", date="2026-10-14")
r("jor", "Prime Minister Jafar Hassan met tribal leaders from Ma'an in Amman", "amman-2026-10-14-pm-meets-maan-tribal-leaders", "CONSULT", "meeting", a1=("HASSAN", "Prime Minister Jafar Hassan"), a2=("JOR_TRIBAL", "tribal leaders from Ma'an"), loc="amman", date="2026-10-14")
r("jor", "The elders asked for the release of the young men", "jor-2026-10-14-elders-ask-release", "REQUEST", a1=("JOR_TRIBAL", "The elders"), a2=("JOR_GOV", None), date="2026-10-14")
r("jor", "The Islamic Action Front, the largest opposition party", "jor-2026-10-14-iaf-accuses-government", "ACCUSE", a1=("IAF", "The Islamic Action Front"), a2=("JOR_GOV", "the government"), date="2026-10-14")
S = "In December 2022, a senior police officer was shot dead in the city"
r("jor", S, "maan-2022-12-police-officer-killed", "ASSAULT", "firearms", a2=("JOR_POL", "a senior police officer"), loc="maan", date="2022-12-01", dp="month", fat=1)
r("jor", S, "maan-2022-12-truck-drivers-protest", "PROTEST", "demonstration", a1=("JOR_TRUCKERS", "truck drivers"), loc="maan", date="2022-12-01", dp="month")
r("jor", "In June 2018, protests in Amman against a tax bill", "amman-2018-06-tax-bill-protests", "PROTEST", "demonstration", a1=("JOR_PROT", None), loc="amman", date="2018-06-01", dp="month")

# ---------------------------------------------------------------- athens_ledger (pub 2026-12-07)
S = "Hundreds of youths clashed with riot police in the Exarchia district"
r("grc", S, EXARCHIA, "PROTEST", "riot", a1=("GRC_YOUTHS", "Hundreds of youths"), a2=("GRC_POL", "riot police"), loc="athens", date="2026-12-06", attr="police")
r("grc", S, "athens-2026-12-06-anniversary-march", "PROTEST", "demonstration", a1=("GRC_YOUTHS", None), loc="athens", date="2026-12-06")
S = "Protesters threw petrol bombs and stones at police"
r("grc", S, EXARCHIA, "PROTEST", "riot", a1=("GRC_YOUTHS", "Protesters"), a2=("GRC_POL", "police"), loc="athens", date="2026-12-06")
r("grc", S, "athens-2026-12-06-police-tear-gas", "COERCE", "tear-gas", a1=("GRC_POL", "police"), a2=("GRC_YOUTHS", "Protesters"), loc="athens", date="2026-12-06")
S = "Four police officers were hurt and 27 people were detained"
r("grc", S, EXARCHIA, "PROTEST", "riot", a1=("GRC_YOUTHS", None), a2=("GRC_POL", "Four police officers"), loc="athens", date="2026-12-06", inj=4, attr="police")
r("grc", S, "athens-2026-12-06-27-detained", "COERCE", "arrest", a1=("GRC_POL", None), a2=("GRC_YOUTHS", "27 people"), loc="athens", date="2026-12-06", attr="police")
r("grc", "In Thessaloniki, about 2,000 people marched peacefully", "thessaloniki-2026-12-06-anniversary-march", "PROTEST", "demonstration", a1=("GRC_PROT", "about 2,000 people"), loc="thessaloniki", date="2026-12-06")
S = "The Citizens' Protection Minister condemned what he called"
r("grc", S, "grc-2026-12-07-minister-condemns-violence", "ACCUSE", a1=("GRC_MIN", "The Citizens' Protection Minister"), a2=("GRC_YOUTHS", None), date="2026-12-07")
r("grc", S, "exarchia-2026-12-more-police-patrols", "MOBILIZE", status="planned", a1=("GRC_POL", "police"), loc="athens", date="2026-12-07", dp="week")
S = "Grigoropoulos was shot dead by a police officer in Exarchia in December 2008"
r("grc", S, "athens-2008-12-grigoropoulos-killed", "ASSAULT", "firearms", a1=("GRC_OFFICER_2008", "a police officer"), a2=("GRIGOROPOULOS", "Grigoropoulos"), loc="athens", date="2008-12-01", dp="month", fat=1)
r("grc", S, "greece-2008-12-riots", "PROTEST", "riot", loc="greece", date="2008-12-01", dp="month")
S = "The left-wing New Left party accused police of beating a detained student"
r("grc", S, STUDENT, "ASSAULT", "beating", a1=("GRC_POL", "police"), a2=("GRC_STUDENT", "a detained student"), loc="athens", date="2026-12-07", attr="The left-wing New Left party")
r("grc", S, "grc-2026-12-07-new-left-accuses-police", "ACCUSE", a1=("NEW_LEFT", "The left-wing New Left party"), a2=("GRC_POL", "police"), date="2026-12-07")
r("grc", "Police denied that any detainee had been mistreated.", STUDENT, "ASSAULT", "beating", status="denied", a1=("GRC_POL", "Police"), a2=("GRC_STUDENT", None), loc="athens", date="2026-12-07", attr="Police")
r("grc", "a small bomb exploded outside a bank branch in the Kypseli district", KYPSELI, "ASSAULT", "explosion", loc="athens", date="2026-12-05", fat=0, inj=0)
r("grc", "A group calling itself Revolutionary Self-Defence claimed the bombing", KYPSELI, "ASSAULT", "explosion", status="claimed", a1=("RSD", "A group calling itself Revolutionary Self-Defence"), loc="athens", date="2026-12-05", attr="A group calling itself Revolutionary Self-Defence")
r("grc", "The same group said it had planted a bomb outside a police station", "athens-2024-police-station-bomb", "ASSAULT", "explosion", status="claimed", a1=("RSD", "The same group"), a2=("GRC_POL", "a police station"), loc="athens", date="2024-01-01", dp="year", attr="The same group")

# ---------------------------------------------------------------- ladakh_voice (pub 2026-10-29)
S = "Police fired tear gas and used batons on Wednesday"
r("lad", S, "leh-2026-10-28-police-tear-gas-batons", "COERCE", "tear-gas", a1=("IND_POL", "Police"), a2=("LAD_PROT", "hundreds of protesters"), loc="leh", date="2026-10-28", inj=15, attr="organisers")
r("lad", S, "leh-2026-10-28-statehood-march", "PROTEST", "demonstration", a1=("LAD_PROT", "hundreds of protesters"), loc="leh", date="2026-10-28")
r("lad", "The protesters, many of them students, were demanding statehood", "leh-2026-10-28-protesters-demand-statehood", "REQUEST", a1=("LAD_PROT", "The protesters, many of them students"), a2=("IND_GOV", None), date="2026-10-28")
r("lad", "Shops and markets in Kargil stayed shut on Wednesday", "kargil-2026-10-28-solidarity-shutdown", "PROTEST", "strike", a1=("KARGIL_TRADERS", None), loc="kargil", date="2026-10-28")
r("lad", "The district magistrate banned gatherings of more than four people", "leh-2026-10-28-gatherings-banned", "COERCE", a1=("LEH_DM", "The district magistrate"), loc="leh_district", date="2026-10-28")
r("lad", "called a complete shutdown across Ladakh on Friday", "ladakh-2026-10-30-shutdown", "PROTEST", "strike", status="planned", a1=("LAB_KDA", "The Leh Apex Body and the Kargil Democratic Alliance"), loc="ladakh", date="2026-10-30")
r("lad", "In September 2025, four people were killed when police opened fire", "leh-2025-09-police-fire-on-protesters", "ASSAULT", "firearms", a1=("IND_POL", "police"), a2=("LAD_PROT", "protesters"), loc="leh", date="2025-09-01", dp="month", fat=4)
r("lad", "Climate activist Sonam Wangchuk was detained two days later", "ladakh-2025-09-wangchuk-detained", "COERCE", "arrest", a1=("IND_POL", None), a2=("WANGCHUK", "Climate activist Sonam Wangchuk"), date="2025-09-01", dp="month")
S = "The Union Home Ministry said it was ready to resume talks"
r("lad", S, "new-delhi-2026-11-10-ladakh-talks", "CONSULT", "talks", status="planned", a1=("IND_MHA", "The Union Home Ministry"), a2=("LAD_LEADERS", "Ladakh's leaders"), loc="new_delhi", date="2026-11-10")
r("lad", S, "ind-2026-10-29-home-ministry-blames-vested-interests", "ACCUSE", a1=("IND_MHA", "The Union Home Ministry"), a2=("IND_VESTED", "vested interests"), date="2026-10-29")
r("lad", "The Apex Body said it would not attend the talks", "ladakh-apex-body-conditional-boycott-of-talks", "REJECT", status="threatened", a1=("LAB", "The Apex Body"), a2=("IND_MHA", None))
