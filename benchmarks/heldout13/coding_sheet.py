"""Coding sheet for the thirteenth held-out gold set: compiled into events.jsonl by
benchmarks/heldout/build_gold.py --set benchmarks/heldout13.

Each row names its article (source file, index), a unique piece of the sentence, and the coded
fields; actor spans are given as the words in the sentence and turned into offsets by the builder.
Actors: key -> (name, country, sector, code). Locations: key -> (name, country, lat, lon, precision).
"""

ARTICLES = {
    "guy": ("wire_oct_dec2026.txt", 0),
    "ind": ("wire_oct_dec2026.txt", 1),
    "kor": ("wire_oct_dec2026.txt", 2),
    "dji": ("wire_oct_dec2026.txt", 3),
    "gmb": ("wire_oct_dec2026.txt", 4),
    "guy2": ("demerara_observer_cuyuni.html", 0),
    "ind2": ("bengal_courier_dhulian.txt", 0),
    "kor2": ("ulsan_daily_shipyard.txt", 0),
    "gmb2": ("kombo_standard_brikama.txt", 0),
    "mdv": ("atoll_herald_male.txt", 0),
    "stp": ("gulf_maritime_sao_tome.txt", 0),
    "bgr": ("balkan_ledger_sofia.html", 0),
}

A = {
    # Guyana / Venezuela
    "VEN_GANG": ("Venezuelan gang (Cuyuni ambush)", "VEN", "OTHER", "VEN.OTHER"),
    "EL_CALLAO": ("armed group from El Callao", "VEN", "OTHER", "VEN.OTHER"),
    "GUY_MIL": ("Guyana Defence Force", "GUY", "MIL", "GUY.MIL"),
    "GUY_GOV": ("Guyana government", "GUY", "GOV", "GUY.GOV"),
    "GUY_MOFA": ("Guyana foreign ministry", "GUY", "GOV", "GUY.GOV"),
    "ALI": ("Irfaan Ali", "GUY", "GOV", "GUY.GOV"),
    "KHAN": ("Omar Khan", "GUY", "MIL", "GUY.MIL"),
    "GUY_OPP": ("Guyana opposition", "GUY", "PARTY", "GUY.PARTY"),
    "RUBIO": ("Marco Rubio", "USA", "GOV", "USA.GOV"),
    "VEN_MIL": ("Venezuela armed forces", "VEN", "MIL", "VEN.MIL"),
    "VEN_DEFMIN": ("Venezuela defence ministry", "VEN", "GOV", "VEN.GOV"),
    "VEN_GOV": ("Venezuela government", "VEN", "GOV", "VEN.GOV"),
    "GIL": ("Yvan Gil", "VEN", "GOV", "VEN.GOV"),
    "CARICOM": ("Caribbean Community (CARICOM)", None, "IGO", "IGO.CARICOM"),
    # West Bengal
    "WB_CROWDS": ("Hindu and Muslim crowds in Dhulian", "IND", "PROTESTER", "IND.PROTESTER"),
    "WB_RIOTERS_2025": ("rioters in Murshidabad (2025)", "IND", "PROTESTER", "IND.PROTESTER"),
    "WB_POL": ("West Bengal police", "IND", "POLICE", "IND.POLICE"),
    "WB_GOV": ("West Bengal government", "IND", "GOV", "IND.GOV"),
    "WB_AUTH": ("authorities in Murshidabad district", "IND", "GOV", "IND.GOV"),
    "BANERJEE": ("Mamata Banerjee", "IND", "GOV", "IND.GOV"),
    "BOSE": ("CV Ananda Bose", "IND", "GOV", "IND.GOV"),
    "BJP": ("Bharatiya Janata Party (BJP)", "IND", "PARTY", "IND.PARTY"),
    "ADHIKARI": ("Suvendu Adhikari", "IND", "PARTY", "IND.PARTY"),
    "IND_MHA": ("India home ministry", "IND", "GOV", "IND.GOV"),
    "BSF": ("Border Security Force", "IND", "MIL", "IND.MIL"),
    "WB_SUSPECTS": ("people arrested over the Dhulian clashes", "IND", "CIVILIAN", "IND.CIVILIAN"),
    "WB_CIV": ("Dhulian residents", "IND", "CIVILIAN", "IND.CIVILIAN"),
    "WB_FAMILIES": ("families of the dead in Dhulian", "IND", "CIVILIAN", "IND.CIVILIAN"),
    "WB_RELIGIOUS": ("Muslim clerics and Hindu temple committees", "IND", "CIVILIAN", "IND.CIVILIAN"),
    # South Korea
    "KOR_STRIKERS": ("striking subcontracted workers at HD Hyundai Heavy Industries", "KOR", "PROTESTER", "KOR.PROTESTER"),
    "KOR_GEOJE": ("subcontracted workers at Hanwha Ocean's Geoje yard", "KOR", "PROTESTER", "KOR.PROTESTER"),
    "KOR_WELDERS_2022": ("subcontracted welders at the Geoje yard (2022)", "KOR", "PROTESTER", "KOR.PROTESTER"),
    "KMWU": ("Korean Metal Workers' Union", "KOR", "OTHER", "KOR.OTHER"),
    "KOR_POL": ("South Korea police", "KOR", "POLICE", "KOR.POLICE"),
    "KOR_SUBCON": ("subcontractors at HD Hyundai Heavy Industries", "KOR", "OTHER", "KOR.OTHER"),
    "HHI": ("HD Hyundai Heavy Industries", "KOR", "OTHER", "KOR.OTHER"),
    "KIM": ("Kim Young-hoon", "KOR", "GOV", "KOR.GOV"),
    "KOR_SIDES": ("union and employers in the Ulsan strike", "KOR", "OTHER", "KOR.OTHER"),
    "KANG": ("Kang Tae-sik", "KOR", "OTHER", "KOR.OTHER"),
    "KOR_PRES": ("South Korea presidential office", "KOR", "GOV", "KOR.GOV"),
    "KOR_DP": ("Democratic Party (South Korea)", "KOR", "PARTY", "KOR.PARTY"),
    # Djibouti
    "FRUD": ("Front for the Restoration of Unity and Democracy (FRUD)", "DJI", "REBEL", "FRUD"),
    "DJI_MIL": ("Djibouti army", "DJI", "MIL", "DJI.MIL"),
    "DJI_SEC": ("Djibouti security forces", "DJI", "POLICE", "DJI.POLICE"),
    "DJI_GOV": ("Djibouti government", "DJI", "GOV", "DJI.GOV"),
    "GUELLEH": ("Ismail Omar Guelleh", "DJI", "GOV", "DJI.GOV"),
    "DJI_SUSPECTS": ("Obock residents suspected of helping rebels", "DJI", "CIVILIAN", "DJI.CIVILIAN"),
    "ARD": ("Republican Alliance for Development", "DJI", "PARTY", "DJI.PARTY"),
    # Gambia
    "GMB_POL": ("Gambia police", "GMB", "POLICE", "GMB.POLICE"),
    "GMB_SEC": ("Gambia security forces", "GMB", "POLICE", "GMB.POLICE"),
    "GMB_PROT": ("Brikama fuel price protesters", "GMB", "PROTESTER", "GMB.PROTESTER"),
    "GMB_STUDENTS_2000": ("student protesters (2000)", "GMB", "PROTESTER", "GMB.PROTESTER"),
    "JATTA": ("Lamin Jatta", "GMB", "MEDIA", "GMB.MEDIA"),
    "GPU": ("Gambia Press Union", "GMB", "MEDIA", "GMB.MEDIA"),
    "GMB_GOV": ("Gambia government", "GMB", "GOV", "GMB.GOV"),
    "CEESAY": ("Ismaila Ceesay", "GMB", "GOV", "GMB.GOV"),
    "GMB_ORGANISERS": ("organisers of the Brikama protest", "GMB", "PROTESTER", "GMB.PROTESTER"),
    "UDP": ("United Democratic Party (UDP)", "GMB", "PARTY", "GMB.PARTY"),
    "GALA": ("GALA youth movement", "GMB", "PROTESTER", "GMB.PROTESTER"),
    "GMB_COURT": ("Brikama magistrates' court", "GMB", "JUDICIARY", "GMB.JUDICIARY"),
    "BARROW": ("Adama Barrow", "GMB", "GOV", "GMB.GOV"),
    "GMB_LEADERS": ("religious leaders and youth representatives", "GMB", "CIVILIAN", "GMB.CIVILIAN"),
    # Maldives
    "MDV_POL": ("Maldives Police Service", "MDV", "POLICE", "MDV.POLICE"),
    "MDV_PROT": ("MDP marchers in Male", "MDV", "PROTESTER", "MDV.PROTESTER"),
    "MDP": ("Maldivian Democratic Party (MDP)", "MDV", "PARTY", "MDV.PARTY"),
    "MDV_JOURN": ("journalists covering the Male march", "MDV", "MEDIA", "MDV.MEDIA"),
    "IHUSAAN": ("Ali Ihusaan", "MDV", "GOV", "MDV.GOV"),
    "AMNESTY": ("Amnesty International", None, "NGO", "NGO.AMNESTY"),
    "MDV_GOV": ("Maldives government", "MDV", "GOV", "MDV.GOV"),
    "NASHEED_SUP": ("supporters of Mohamed Nasheed (2012)", "MDV", "PROTESTER", "MDV.PROTESTER"),
    # Sao Tome
    "PIRATES": ("pirates (Aegean Star kidnapping)", None, "OTHER", "OTHER"),
    "PIRATES_2021": ("pirates (Mozart attack, 2021)", None, "OTHER", "OTHER"),
    "CREW": ("crew of the tanker Aegean Star", None, "CIVILIAN", "CIVILIAN"),
    "CREW_2021": ("crew of the container ship Mozart", "TUR", "CIVILIAN", "TUR.CIVILIAN"),
    "OCEANIC": ("Oceanic Lines", "GRC", "OTHER", "GRC.OTHER"),
    "POR_NAVY": ("Portuguese navy", "PRT", "MIL", "PRT.MIL"),
    "VILA_NOVA": ("Carlos Vila Nova", "STP", "GOV", "STP.GOV"),
    "GOG_STATES": ("Gulf of Guinea states", None, "GOV", "GOV"),
    # Bulgaria
    "BGR_PROT": ("anti-corruption protesters in Sofia", "BGR", "PROTESTER", "BGR.PROTESTER"),
    "BGR_ORGANISERS": ("organisers of the Sofia protest", "BGR", "PROTESTER", "BGR.PROTESTER"),
    "BGR_PROSEC": ("Bulgaria prosecutor general", "BGR", "JUDICIARY", "BGR.JUDICIARY"),
    "BGR_HOOLIGANS": ("masked men (Sofia rally attack)", "BGR", "OTHER", "BGR.OTHER"),
    "BGR_POL": ("Bulgaria police", "BGR", "POLICE", "BGR.POLICE"),
    "GERB": ("GERB", "BGR", "PARTY", "BGR.PARTY"),
    "IOTOVA": ("Iliana Iotova", "BGR", "GOV", "BGR.GOV"),
    "BGR_GOV": ("Bulgaria government", "BGR", "GOV", "BGR.GOV"),
    "BGR_PROT_2020": ("Bulgarian protesters (2020)", "BGR", "PROTESTER", "BGR.PROTESTER"),
    "BORISOV": ("Boyko Borisov", "BGR", "GOV", "BGR.GOV"),
}

L = {
    # Guyana
    "cuyuni": ("Cuyuni River near Eteringbang (Cuyuni-Mazaruni region)", "GUY", 6.40539, -58.62334, "admin1"),
    "bartica": ("Bartica", "GUY", 6.40539, -58.62334, "city"),
    "georgetown": ("Georgetown", "GUY", 6.80448, -58.15527, "city"),
    "argyle": ("Argyle, St Vincent", "VCT", 13.15527, -61.22742, "district"),
    # West Bengal
    "dhulian": ("Dhulian", "IND", 24.68127, 87.9535, "city"),
    "murshidabad": ("Murshidabad district", "IND", 24.10473, 88.25155, "district"),
    "farakka": ("Farakka", "IND", 24.81667, 87.9, "city"),
    "jangipur": ("Jangipur", "IND", 24.47001, 88.07659, "city"),
    # South Korea
    "ulsan": ("Ulsan", "KOR", 35.53722, 129.31667, "city"),
    "geoje": ("Geoje", "KOR", 34.81379, 128.70556, "city"),
    "seoul": ("Seoul", "KOR", 37.566, 126.9784, "city"),
    # Djibouti
    "obock": ("Obock", "DJI", 11.96693, 43.28835, "city"),
    "dji_north": ("northern Djibouti", "DJI", 11.96693, 43.28835, "admin1"),
    # Gambia
    "brikama": ("Brikama", "GMB", 13.27136, -16.64944, "city"),
    "serekunda": ("Serekunda", "GMB", 13.43833, -16.67806, "city"),
    "banjul": ("Banjul", "GMB", 13.45274, -16.57803, "city"),
    "greater_banjul": ("Greater Banjul area", "GMB", 13.45274, -16.57803, "district"),
    # Maldives
    "male": ("Male", "MDV", 4.17521, 73.50916, "city"),
    "maldives": ("Maldives", "MDV", 4.17521, 73.50916, "country"),
    # Sao Tome
    "stp_sea": ("waters off Sao Tome", "STP", 0.33756, 6.7299, "country"),
    "sao_tome": ("Sao Tome", "STP", 0.33756, 6.7299, "city"),
    # Bulgaria
    "sofia": ("Sofia", "BGR", 42.69751, 23.32415, "city"),
    "bulgaria": ("Bulgaria", "BGR", 42.69751, 23.32415, "country"),
}

R = []


def r(art, sent, inc, typ, mode=None, status="reported", a1=None, a2=None, loc=None,
      date=None, dp=None, fat=None, inj=None, attr=None):
    if date is not None and dp is None:
        dp = "day"
    R.append(dict(art=art, sent=sent, inc=inc, typ=typ, mode=mode, status=status, a1=a1, a2=a2,
                  loc=loc, date=date, dp=dp, fat=fat, inj=inj, attr=attr))


CUYUNI = "cuyuni-2026-11-17-soldiers-ambushed-on-river"
GUY_TROOPS = "cuyuni-2026-11-troops-and-boats-sent-to-border"
DREDGES = "eteringbang-2026-11-dredges-seized"
DHULIAN = "dhulian-2026-11-18-hindu-muslim-clashes"
DHULIAN_ARRESTS = "dhulian-2026-11-20-64-arrested"
BSF = "murshidabad-2026-11-bsf-companies-sent"
ULSAN_STRIKE = "ulsan-2026-11-26-subcontracted-workers-strike"
ULSAN_RIOT = "ulsan-2026-12-02-strikers-clash-with-police"
ULSAN_SPRAY = "ulsan-2026-12-02-police-pepper-spray"
ULSAN_ARRESTS = "ulsan-2026-12-02-31-detained"
KANG_ARREST = "ulsan-2026-12-03-union-leader-arrested"
OBOCK = "obock-2026-10-19-frud-attack-army-post"
BRIKAMA = "brikama-2026-11-02-fuel-price-protest"
BRIKAMA_GAS = "brikama-2026-11-02-police-tear-gas"
BRIKAMA_ARRESTS = "brikama-2026-11-02-40-arrested"
JATTA_ARREST = "gambia-2026-11-03-journalist-lamin-jatta-arrested"
GALA_MARCH = "gambia-gala-march-again"
MALE_MARCH = "male-2026-11-27-mdp-march"
MALE_SPRAY = "male-2026-11-27-police-pepper-spray"
MALE_ARRESTS = "male-2026-11-27-23-arrested"
KIDNAP = "sao-tome-2026-10-14-aegean-star-crew-kidnapped"
SOFIA_RALLY = "sofia-2026-12-03-rally-against-prosecutor-general"
SOFIA_ATTACK = "sofia-2026-12-03-masked-men-attack-rally"

# ---------------------------------------------------------------- wire #0 Guyana (pub 2026-11-19, Thursday)
r("guy", "Armed men firing from the Venezuelan bank of the Cuyuni River", CUYUNI, "ASSAULT", "firearms", a1=("VEN_GANG", "Armed men"), a2=("GUY_MIL", "a Guyanese soldier"), loc="cuyuni", date="2026-11-17", fat=1, inj=2, attr="the Guyana Defence Force (GDF)")
r("guy", "The soldiers were taking supplies to a forward base", CUYUNI, "ASSAULT", "firearms", a1=("VEN_GANG", None), a2=("GUY_MIL", "The soldiers"), loc="cuyuni", date="2026-11-17", attr="the GDF")
r("guy", "The GDF blamed a Venezuelan gang", "guy-2026-11-19-gdf-blames-venezuelan-gang", "ACCUSE", a1=("GUY_MIL", "The GDF"), a2=("VEN_GANG", "a Venezuelan gang"), date="2026-11-19")
S = "Venezuela's defence ministry said none of its troops had been involved"
r("guy", S, CUYUNI, "ASSAULT", "firearms", status="denied", a1=("VEN_MIL", "its troops"), a2=("GUY_MIL", None), loc="cuyuni", date="2026-11-17", attr="Venezuela's defence ministry")
r("guy", S, "ven-2026-11-19-venezuela-accuses-guyana-of-provocations", "ACCUSE", a1=("VEN_DEFMIN", "Venezuela's defence ministry"), a2=("GUY_GOV", "Guyana"), date="2026-11-19")
S = "President Irfaan Ali condemned the attack"
r("guy", S, "guy-2026-11-19-ali-condemns-attack", "ACCUSE", a1=("ALI", "President Irfaan Ali"), a2=("VEN_GANG", None), date="2026-11-19")
r("guy", S, "guy-2026-11-19-ali-vows-to-defend-territory", "THREATEN", a1=("ALI", "President Irfaan Ali"), a2=("VEN_GOV", None), date="2026-11-19")
r("guy", "He spoke by phone with U.S. Secretary of State Marco Rubio", "guy-2026-11-18-ali-rubio-call", "CONSULT", "phone-call", a1=("ALI", "He"), a2=("RUBIO", "U.S. Secretary of State Marco Rubio"), date="2026-11-18", attr="his office")
r("guy", "Guyana's foreign ministry summoned Venezuela's charge d'affaires", "georgetown-2026-11-19-venezuelan-envoy-summoned", "ACCUSE", a1=("GUY_MOFA", "Guyana's foreign ministry"), a2=("VEN_GOV", "Venezuela's charge d'affaires"), loc="georgetown", date="2026-11-19")
S = "At a meeting in Argyle, St Vincent, in December 2023"
r("guy", S, "argyle-2023-12-ali-maduro-meeting", "CONSULT", "meeting", a1=("GUY_GOV", "the two countries' leaders"), a2=("VEN_GOV", None), loc="argyle", date="2023-12-01", dp="month")
r("guy", S, "argyle-2023-12-no-force-agreement", "AGREE", a1=("GUY_GOV", "the two countries' leaders"), a2=("VEN_GOV", None), loc="argyle", date="2023-12-01", dp="month")
r("guy", "The army said it would send more troops and two patrol boats", GUY_TROOPS, "MOBILIZE", status="planned", a1=("GUY_MIL", "The army"), loc="cuyuni", date="2026-11-19", dp="week")
r("guy", "These criminals will be hunted down", "guy-2026-11-19-army-chief-vows-to-hunt-attackers", "THREATEN", a1=("KHAN", "army chief Brigadier Omar Khan"), a2=("VEN_GANG", "These criminals"), date="2026-11-19")

# ---------------------------------------------------------------- demerara_observer (pub 2026-11-20, Friday)
r("guy2", "A second soldier wounded in Tuesday night's attack", CUYUNI, "ASSAULT", "firearms", a1=("VEN_GANG", None), a2=("GUY_MIL", "an army boat"), loc="cuyuni", date="2026-11-17", fat=2, attr="the Guyana Defence Force")
S = "An armed group from the Venezuelan mining town of El Callao said"
r("guy2", S, CUYUNI, "ASSAULT", "firearms", status="claimed", a1=("EL_CALLAO", "An armed group from the Venezuelan mining town of El Callao"), a2=("GUY_MIL", "the boat"), loc="cuyuni", date="2026-11-17", attr="An armed group from the Venezuelan mining town of El Callao")
r("guy2", S, DREDGES, "COERCE", "seize", a1=("GUY_MIL", "soldiers"), a2=("EL_CALLAO", None), loc="cuyuni", date="2026-11-12", dp="week", attr="An armed group from the Venezuelan mining town of El Callao")
r("guy2", "Soldiers seized three mining dredges", DREDGES, "COERCE", "seize", a1=("GUY_MIL", "Soldiers"), loc="cuyuni", date="2026-11-12", dp="week", attr="the army")
r("guy2", "Two companies of troops and two patrol boats left Bartica", GUY_TROOPS, "MOBILIZE", a1=("GUY_MIL", "Two companies of troops"), loc="bartica", date="2026-11-20", attr="an army spokesman")
r("guy2", "Venezuelan Foreign Minister Yvan Gil rejected the protest note", "ven-2026-11-20-gil-rejects-protest-note", "ACCUSE", a1=("GIL", "Venezuelan Foreign Minister Yvan Gil"), a2=("GUY_GOV", "Georgetown"), date="2026-11-20")
r("guy2", "The Caribbean Community's secretary-general expressed", "caricom-2026-11-20-solidarity-with-guyana", "SUPPORT", a1=("CARICOM", "The Caribbean Community's secretary-general"), a2=("GUY_GOV", "Guyana"), date="2026-11-20")
r("guy2", "The opposition called on the government to brief parliament", "guy-2026-11-20-opposition-demands-briefing", "REQUEST", a1=("GUY_OPP", "The opposition"), a2=("GUY_GOV", "the government"), date="2026-11-20")
r("guy2", "Its leader said the army had been", "guy-2026-11-20-opposition-criticises-neglect-of-army", "ACCUSE", a1=("GUY_OPP", "Its leader"), a2=("GUY_GOV", None), date="2026-11-20")

# ---------------------------------------------------------------- wire #1 West Bengal (pub 2026-11-20, Friday)
S = "Authorities imposed a curfew in the town of Dhulian"
r("ind", S, "dhulian-2026-11-20-curfew-imposed", "COERCE", "curfew", a1=("WB_AUTH", "Authorities"), a2=("WB_CIV", None), loc="dhulian", date="2026-11-20", attr="police")
r("ind", S, DHULIAN, "PROTEST", "riot", a1=("WB_CROWDS", "Hindus and Muslims"), loc="dhulian", date="2026-11-18", fat=2, inj=25, attr="police")
r("ind", "The violence broke out when a Hindu religious procession passed a mosque", DHULIAN, "PROTEST", "riot", a1=("WB_CROWDS", "rival crowds"), loc="dhulian", date="2026-11-18", attr="a senior police officer in Murshidabad district")
r("ind", "One man was hacked to death and another died of burns", DHULIAN, "PROTEST", "riot", a1=("WB_CROWDS", None), loc="dhulian", date="2026-11-18", fat=2, attr="he")
S = "Police arrested 64 people overnight"
r("ind", S, DHULIAN_ARRESTS, "COERCE", "arrest", a1=("WB_POL", "Police"), a2=("WB_SUSPECTS", "64 people"), loc="dhulian", date="2026-11-20")
r("ind", S, "murshidabad-2026-11-20-mobile-internet-suspended", "COERCE", "censor", a1=("WB_GOV", "the state government"), a2=("WB_CIV", None), loc="murshidabad", date="2026-11-20")
S = "Chief Minister Mamata Banerjee appealed for calm"
r("ind", S, "wb-2026-11-20-banerjee-appeals-for-calm", "REQUEST", a1=("BANERJEE", "Chief Minister Mamata Banerjee"), a2=("WB_CIV", None), date="2026-11-20")
r("ind", S, "wb-2026-11-20-banerjee-accuses-bjp", "ACCUSE", a1=("BANERJEE", "Chief Minister Mamata Banerjee"), a2=("BJP", "the opposition Bharatiya Janata Party (BJP)"), date="2026-11-20")
S = "The BJP rejected the accusation and demanded"
r("ind", S, "wb-2026-11-20-bjp-rejects-accusation", "ACCUSE", a1=("BJP", "The BJP"), a2=("BANERJEE", None), date="2026-11-20")
r("ind", S, "wb-2026-11-20-bjp-demands-paramilitary-forces", "REQUEST", a1=("BJP", "The BJP"), a2=("IND_MHA", None), date="2026-11-20")
r("ind", "The federal home ministry said it would send five companies", BSF, "MOBILIZE", status="planned", a1=("IND_MHA", "The federal home ministry"), loc="murshidabad")
r("ind", "In April 2025, three people were killed in riots", "murshidabad-2025-04-riots-over-endowments-law", "PROTEST", "riot", a1=("WB_RIOTERS_2025", None), loc="murshidabad", date="2025-04-01", dp="month", fat=3)

# ---------------------------------------------------------------- bengal_courier (pub 2026-11-21, Saturday)
S = "The curfew in Dhulian was eased for four hours"
r("ind2", S, "dhulian-2026-11-21-curfew-eased", "CONCEDE", a1=("WB_AUTH", None), a2=("WB_CIV", "residents"), loc="dhulian", date="2026-11-21", attr="police")
r("ind2", S, DHULIAN, "PROTEST", "riot", a1=("WB_CROWDS", None), loc="dhulian", date="2026-11-18", fat=3, attr="police")
r("ind2", "A 19-year-old student who suffered head injuries during the clashes", DHULIAN, "PROTEST", "riot", a1=("WB_CROWDS", None), loc="dhulian", date="2026-11-18", fat=1, attr="his family")
r("ind2", "Police arrested 17 more people on Saturday", "dhulian-2026-11-21-17-more-arrested", "COERCE", "arrest", a1=("WB_POL", "Police"), a2=("WB_SUSPECTS", "17 more people"), loc="dhulian", date="2026-11-21", attr="a senior officer")
r("ind2", "Five companies of the Border Security Force reached Dhulian", BSF, "MOBILIZE", a1=("BSF", "Five companies of the Border Security Force"), loc="dhulian", date="2026-11-20")
r("ind2", "Governor CV Ananda Bose visited Dhulian on Saturday", "dhulian-2026-11-21-governor-visits", "CONSULT", "visit", a1=("BOSE", "Governor CV Ananda Bose"), a2=("WB_FAMILIES", "the families of the dead"), loc="dhulian", date="2026-11-21")
r("ind2", "Police stopped a BJP delegation led by Suvendu Adhikari", "farakka-2026-11-21-bjp-delegation-stopped", "COERCE", a1=("WB_POL", "Police"), a2=("BJP", "a BJP delegation led by Suvendu Adhikari"), loc="farakka", date="2026-11-21")
r("ind2", "Adhikari accused the state government of hiding the truth", "wb-2026-11-21-adhikari-accuses-government", "ACCUSE", a1=("ADHIKARI", "Adhikari"), a2=("WB_GOV", "the state government"), date="2026-11-21")
r("ind2", "Muslim clerics and members of Hindu temple committees held a peace meeting", "jangipur-2026-11-21-peace-meeting", "CONSULT", "meeting", a1=("WB_RELIGIOUS", "Muslim clerics and members of Hindu temple committees"), loc="jangipur", date="2026-11-21")

# ---------------------------------------------------------------- wire #2 South Korea (pub 2026-12-02, Wednesday)
S = "Hundreds of striking shipyard workers clashed with police"
r("kor", S, ULSAN_RIOT, "PROTEST", "riot", a1=("KOR_STRIKERS", "Hundreds of striking shipyard workers"), a2=("KOR_POL", "police"), loc="ulsan", date="2026-12-02", attr="police")
r("kor", S, ULSAN_ARRESTS, "COERCE", "arrest", a1=("KOR_POL", None), a2=("KOR_STRIKERS", "31 people"), loc="ulsan", date="2026-12-02", attr="police")
S = "The subcontracted workers, who walked out last Thursday"
r("kor", S, ULSAN_STRIKE, "PROTEST", "strike", a1=("KOR_STRIKERS", "The subcontracted workers"), loc="ulsan", date="2026-11-26")
r("kor", S, ULSAN_RIOT, "PROTEST", "riot", a1=("KOR_STRIKERS", "The subcontracted workers"), a2=("KOR_POL", "a police line"), loc="ulsan", date="2026-12-02")
r("kor", "Police used pepper spray to push them back.", ULSAN_SPRAY, "COERCE", "tear-gas", a1=("KOR_POL", "Police"), a2=("KOR_STRIKERS", "them"), loc="ulsan", date="2026-12-02")
S = "The Korean Metal Workers' Union said 12 of its members were hurt"
r("kor", S, ULSAN_SPRAY, "COERCE", "tear-gas", a1=("KOR_POL", None), a2=("KOR_STRIKERS", "12 of its members"), loc="ulsan", date="2026-12-02", inj=12, attr="The Korean Metal Workers' Union")
r("kor", S, ULSAN_RIOT, "PROTEST", "riot", a1=("KOR_STRIKERS", None), a2=("KOR_POL", "eight officers"), loc="ulsan", date="2026-12-02", inj=8, attr="police")
r("kor", "The union is demanding that subcontractors pay the same wages", "ulsan-2026-12-02-union-demands-equal-pay", "REQUEST", a1=("KMWU", "The union"), a2=("KOR_SUBCON", "subcontractors"), date="2026-12-02")
S = "Labour Minister Kim Young-hoon called on both sides"
r("kor", S, "kor-2026-12-02-minister-urges-talks", "REQUEST", a1=("KIM", "Labour Minister Kim Young-hoon"), a2=("KOR_SIDES", "both sides"), date="2026-12-02")
r("kor", S, "kor-2026-12-02-minister-warns-strikers", "THREATEN", a1=("KIM", "Labour Minister Kim Young-hoon"), a2=("KOR_STRIKERS", None), date="2026-12-02")
r("kor", "The company said the strike was illegal.", "ulsan-2026-12-02-company-calls-strike-illegal", "ACCUSE", a1=("HHI", "The company"), a2=("KMWU", None), date="2026-12-02")
r("kor", "would stage a sympathy strike on Friday if police arrested its leaders", "geoje-conditional-sympathy-strike", "PROTEST", "strike", status="threatened", a1=("KOR_GEOJE", "subcontracted workers at Hanwha Ocean's yard on Geoje island"), loc="geoje", attr="The union")
r("kor", "In 2022, subcontracted welders occupied a dock", "geoje-2022-welders-occupy-dock", "PROTEST", a1=("KOR_WELDERS_2022", "subcontracted welders"), loc="geoje", date="2022-01-01", dp="year")

# ---------------------------------------------------------------- ulsan_daily (pub 2026-12-03, Thursday)
S = "Police arrested the leader of the subcontracted workers' union"
r("kor2", S, KANG_ARREST, "COERCE", "arrest", a1=("KOR_POL", "Police"), a2=("KANG", "the leader of the subcontracted workers' union at HD Hyundai Heavy Industries"), loc="ulsan", date="2026-12-03")
r("kor2", S, ULSAN_RIOT, "PROTEST", "riot", a1=("KOR_STRIKERS", "hundreds of strikers"), a2=("KOR_POL", "officers"), loc="ulsan", date="2026-12-02")
r("kor2", "Officers detained Kang Tae-sik, 52", KANG_ARREST, "COERCE", "arrest", a1=("KOR_POL", "Officers"), a2=("KANG", "Kang Tae-sik"), loc="ulsan", date="2026-12-03", attr="police")
S = "Of the 31 people detained on Wednesday, 27 were released overnight"
r("kor2", S, ULSAN_ARRESTS, "COERCE", "arrest", a1=("KOR_POL", None), a2=("KOR_STRIKERS", "the 31 people"), loc="ulsan", date="2026-12-02", attr="police")
r("kor2", S, "ulsan-2026-12-03-27-released", "CONCEDE", a1=("KOR_POL", None), a2=("KOR_STRIKERS", "27"), loc="ulsan", date="2026-12-03", attr="police")
r("kor2", "The walkout in Ulsan continued for an eighth day", ULSAN_STRIKE, "PROTEST", "strike", a1=("KOR_STRIKERS", None), loc="ulsan", date="2026-12-03")
r("kor2", "About 2,000 subcontracted workers at Hanwha Ocean's yard", "geoje-2026-12-03-sympathy-strike", "PROTEST", "strike", a1=("KOR_GEOJE", "About 2,000 subcontracted workers at Hanwha Ocean's yard on Geoje island"), loc="geoje", date="2026-12-03", attr="the Korean Metal Workers' Union")
r("kor2", "President Lee Jae-myung's chief of staff met union leaders", "seoul-2026-12-03-chief-of-staff-meets-union", "CONSULT", "meeting", a1=("KOR_PRES", "President Lee Jae-myung's chief of staff"), a2=("KMWU", "union leaders"), loc="seoul", date="2026-12-03")
S = "The ruling Democratic Party criticised the arrest"
r("kor2", S, "kor-2026-12-03-dp-criticises-arrest", "ACCUSE", a1=("KOR_DP", "The ruling Democratic Party"), a2=("KOR_POL", "police"), date="2026-12-03")
r("kor2", S, "kor-2026-12-03-dp-urges-release", "REQUEST", a1=("KOR_DP", "The ruling Democratic Party"), a2=("KOR_POL", "police"), date="2026-12-03")

# ---------------------------------------------------------------- wire #3 Djibouti (pub 2026-10-21, Wednesday)
r("dji", "Rebels of the Front for the Restoration of Unity and Democracy (FRUD) attacked", OBOCK, "ASSAULT", a1=("FRUD", "Rebels of the Front for the Restoration of Unity and Democracy (FRUD)"), a2=("DJI_MIL", "an army post"), loc="obock", date="2026-10-19", fat=4, attr="Djibouti's defence ministry")
r("dji", "Three attackers were killed when troops returned fire", OBOCK, "ASSAULT", "firearms", a1=("FRUD", "Three attackers"), a2=("DJI_MIL", "troops"), loc="obock", date="2026-10-19", fat=3, attr="the ministry")
r("dji", "The armed wing of the FRUD said in a statement on Tuesday", OBOCK, "ASSAULT", status="claimed", a1=("FRUD", "The armed wing of the FRUD"), a2=("DJI_MIL", "at least 10 soldiers"), loc="obock", date="2026-10-19", fat=10, attr="The armed wing of the FRUD")
r("dji", "The government said the rebels were being armed", "dji-2026-10-21-government-accuses-neighbour", "ACCUSE", a1=("DJI_GOV", "The government"), date="2026-10-21")
r("dji", "Security forces detained about 20 people in Obock", "obock-2026-10-20-about-20-detained", "COERCE", "arrest", a1=("DJI_SEC", "Security forces"), a2=("DJI_SUSPECTS", "about 20 people"), loc="obock", date="2026-10-20", attr="residents")
r("dji", "Some were released later that day.", "obock-2026-10-20-some-detainees-released", "CONCEDE", a1=("DJI_SEC", None), a2=("DJI_SUSPECTS", "Some"), loc="obock", date="2026-10-20")
S = "The FRUD signed a peace agreement with the government in 1994"
r("dji", S, "dji-1994-frud-peace-agreement", "AGREE", a1=("FRUD", "The FRUD"), a2=("DJI_GOV", "the government"), date="1994-01-01", dp="year")
r("dji", S, "dji-frud-faction-rejects-agreement", "REJECT", a1=("FRUD", "a faction"), a2=("DJI_GOV", None))
r("dji", S, "dji-north-frud-insurgency", "ASSAULT", a1=("FRUD", "a faction"), a2=("DJI_MIL", None), loc="dji_north")
r("dji", "President Ismail Omar Guelleh said on Tuesday", "dji-2026-10-20-guelleh-vows-to-pursue-rebels", "THREATEN", a1=("GUELLEH", "President Ismail Omar Guelleh"), a2=("FRUD", "the terrorists"), date="2026-10-20")
r("dji", "The opposition Republican Alliance for Development called for talks", "dji-2026-10-21-ard-calls-for-talks", "REQUEST", a1=("ARD", "The opposition Republican Alliance for Development"), a2=("DJI_GOV", "the government"), date="2026-10-21")

# ---------------------------------------------------------------- wire #4 Gambia (pub 2026-11-03, Tuesday)
S = "Police in Gambia fired tear gas at hundreds of young people"
r("gmb", S, BRIKAMA_GAS, "COERCE", "tear-gas", a1=("GMB_POL", "Police in Gambia"), a2=("GMB_PROT", "hundreds of young people"), loc="brikama", date="2026-11-02", attr="police")
r("gmb", S, BRIKAMA, "PROTEST", "riot", a1=("GMB_PROT", "hundreds of young people"), loc="brikama", date="2026-11-02", attr="police")
r("gmb", S, BRIKAMA_ARRESTS, "COERCE", "arrest", a1=("GMB_POL", None), a2=("GMB_PROT", "at least 40"), loc="brikama", date="2026-11-02", attr="police")
r("gmb", "Protesters burned tyres and threw stones at the police station", BRIKAMA, "PROTEST", "riot", a1=("GMB_PROT", "Protesters"), a2=("GMB_POL", "the police station"), loc="brikama", date="2026-11-02", inj=3, attr="police spokesman Modou Musa Sisawo")
r("gmb", "A reporter for the private station Radio Kombo, Lamin Jatta, was arrested", JATTA_ARREST, "COERCE", "arrest", a1=("GMB_POL", None), a2=("JATTA", "A reporter for the private station Radio Kombo, Lamin Jatta"), date="2026-11-03", attr="his employer")
S = "The Gambia Press Union condemned the arrest and demanded his release."
r("gmb", S, "gambia-2026-11-03-gpu-condemns-arrest", "ACCUSE", a1=("GPU", "The Gambia Press Union"), a2=("GMB_POL", None), date="2026-11-03")
r("gmb", S, "gambia-2026-11-03-gpu-demands-release", "REQUEST", a1=("GPU", "The Gambia Press Union"), a2=("GMB_GOV", None), date="2026-11-03")
r("gmb", "Information Minister Ismaila Ceesay said the protest had been organised", "gambia-2026-11-03-minister-blames-destabilisers", "ACCUSE", a1=("CEESAY", "Information Minister Ismaila Ceesay"), a2=("GMB_ORGANISERS", "people who want to destabilise this country"), date="2026-11-03")
r("gmb", "The opposition United Democratic Party (UDP) denied organising the protest.", BRIKAMA, "PROTEST", "riot", status="denied", a1=("UDP", "The opposition United Democratic Party (UDP)"), loc="brikama", date="2026-11-02", attr="The opposition United Democratic Party (UDP)")
r("gmb", "It said it would hold a rally in Serekunda on Saturday.", "serekunda-2026-11-07-udp-rally", "PROTEST", "demonstration", status="planned", a1=("UDP", "It"), loc="serekunda", date="2026-11-07")
r("gmb", "In April 2000, security forces shot dead 14 students", "banjul-2000-04-students-shot-dead", "ASSAULT", "firearms", a1=("GMB_SEC", "security forces"), a2=("GMB_STUDENTS_2000", "14 students"), loc="greater_banjul", date="2000-04-01", dp="month", fat=14)
r("gmb", "The youth movement GALA said it would march again on Thursday unless", GALA_MARCH, "PROTEST", "demonstration", status="threatened", a1=("GALA", "The youth movement GALA"), loc="brikama")

# ---------------------------------------------------------------- kombo_standard (pub 2026-11-04, Wednesday)
S = "A magistrates' court in Brikama on Wednesday granted bail to 36"
r("gmb2", S, "brikama-2026-11-04-36-protesters-bailed", "CONCEDE", a1=("GMB_COURT", "A magistrates' court in Brikama"), a2=("GMB_PROT", "36 of the people"), loc="brikama", date="2026-11-04", attr="their lawyers")
r("gmb2", S, BRIKAMA_ARRESTS, "COERCE", "arrest", a1=("GMB_POL", None), a2=("GMB_PROT", "the people"), loc="brikama", date="2026-11-02")
r("gmb2", S, BRIKAMA, "PROTEST", "riot", a1=("GMB_PROT", None), loc="brikama", date="2026-11-02")
r("gmb2", "Police said the Radio Kombo reporter Lamin Jatta would be charged", "gambia-lamin-jatta-to-be-charged", "COERCE", status="planned", a1=("GMB_POL", "Police"), a2=("JATTA", "the Radio Kombo reporter Lamin Jatta"))
S = "President Adama Barrow met religious leaders and youth representatives"
r("gmb2", S, "banjul-2026-11-04-barrow-meets-youth-leaders", "CONSULT", "meeting", a1=("BARROW", "President Adama Barrow"), a2=("GMB_LEADERS", "religious leaders and youth representatives"), loc="banjul", date="2026-11-04", attr="his office")
r("gmb2", S, "gambia-2026-11-04-rice-price-cut", "CONCEDE", a1=("BARROW", "President Adama Barrow"), a2=("GMB_LEADERS", None), date="2026-11-04", attr="his office")
r("gmb2", "Police refused to give the UDP a permit", "gambia-2026-11-04-police-refuse-udp-permit", "REJECT", a1=("GMB_POL", "Police"), a2=("UDP", "the UDP"), date="2026-11-04", attr="the party")
r("gmb2", "The GALA movement said its march would go ahead.", GALA_MARCH, "PROTEST", "demonstration", status="planned", a1=("GALA", "The GALA movement"), loc="brikama", date="2026-11-05")

# ---------------------------------------------------------------- atoll_herald (pub 2026-11-28, Saturday)
S = "Police used pepper spray to break up a march by several hundred opposition supporters"
r("mdv", S, MALE_SPRAY, "COERCE", "tear-gas", a1=("MDV_POL", "Police"), a2=("MDV_PROT", "a march"), loc="male", date="2026-11-27", attr="the Maldives Police Service")
r("mdv", S, MALE_MARCH, "PROTEST", "demonstration", a1=("MDV_PROT", "several hundred opposition supporters"), loc="male", date="2026-11-27", attr="the Maldives Police Service")
r("mdv", S, MALE_ARRESTS, "COERCE", "arrest", a1=("MDV_POL", "Police"), a2=("MDV_PROT", "23 people"), loc="male", date="2026-11-27", attr="the Maldives Police Service")
r("mdv", "The Maldivian Democratic Party (MDP) had called the march", MALE_MARCH, "PROTEST", "demonstration", a1=("MDP", "The Maldivian Democratic Party (MDP)"), loc="male", date="2026-11-27")
S = "The marchers walked from the party's office towards the Majlis building"
r("mdv", S, MALE_MARCH, "PROTEST", "demonstration", a1=("MDV_PROT", "The marchers"), loc="male", date="2026-11-27")
r("mdv", S, "male-2026-11-27-police-block-march", "COERCE", a1=("MDV_POL", "officers"), a2=("MDV_PROT", "them"), loc="male", date="2026-11-27")
r("mdv", "Police said the arrested people had ignored repeated orders", MALE_ARRESTS, "COERCE", "arrest", a1=("MDV_POL", None), a2=("MDV_PROT", "the arrested people"), loc="male", date="2026-11-27", attr="Police")
r("mdv", "Officers also seized the cameras of two journalists", "male-2026-11-27-journalists-cameras-seized", "COERCE", "seize", a1=("MDV_POL", "Officers"), a2=("MDV_JOURN", "two journalists"), loc="male", date="2026-11-27", attr="the Maldives Journalists Association")
S = "The MDP accused the police of brutality"
r("mdv", S, "mdv-2026-11-28-mdp-accuses-police", "ACCUSE", a1=("MDP", "The MDP"), a2=("MDV_POL", "the police"), date="2026-11-28")
r("mdv", S, MALE_SPRAY, "COERCE", "tear-gas", a1=("MDV_POL", "the police"), a2=("MDV_PROT", "at least six of its members"), loc="male", date="2026-11-27", inj=6, attr="The MDP")
r("mdv", "Homeland Security Minister Ali Ihusaan said officers had acted lawfully.", "mdv-2026-11-28-minister-defends-police", "SUPPORT", a1=("IHUSAAN", "Homeland Security Minister Ali Ihusaan"), a2=("MDV_POL", "officers"), date="2026-11-28")
r("mdv", "Amnesty International called on the authorities to release", "mdv-2026-11-28-amnesty-calls-for-release", "REQUEST", a1=("AMNESTY", "Amnesty International"), a2=("MDV_GOV", "the authorities"), date="2026-11-28")
S = "In February 2012, police violently broke up protests"
r("mdv", S, "mdv-2012-02-police-break-up-nasheed-protests", "COERCE", a1=("MDV_POL", "police"), a2=("NASHEED_SUP", "supporters of former president Mohamed Nasheed"), loc="maldives", date="2012-02-01", dp="month")
r("mdv", S, "mdv-2012-02-nasheed-supporters-protest", "PROTEST", "demonstration", a1=("NASHEED_SUP", "supporters of former president Mohamed Nasheed"), loc="maldives", date="2012-02-01", dp="month")
r("mdv", "The MDP said it would march again next Friday.", "male-2026-12-04-mdp-march", "PROTEST", "demonstration", status="planned", a1=("MDP", "The MDP"), loc="male", date="2026-12-04")

# ---------------------------------------------------------------- gulf_maritime (pub 2026-10-16, Friday)
r("stp", "Pirates kidnapped six crew members from a Greek-managed tanker", KIDNAP, "ASSAULT", "abduction", a1=("PIRATES", "Pirates"), a2=("CREW", "six crew members"), loc="stp_sea", date="2026-10-14", attr="the ship's manager and the country's maritime authority")
r("stp", "The attackers, armed with assault rifles, boarded the Aegean Star", KIDNAP, "ASSAULT", "abduction", a1=("PIRATES", "The attackers"), a2=("CREW", "the captain"), loc="stp_sea", date="2026-10-14")
r("stp", "the kidnappers had made contact and asked for a ransom", "stp-2026-10-15-kidnappers-demand-ransom", "REQUEST", a1=("PIRATES", "the kidnappers"), a2=("OCEANIC", "The manager"), date="2026-10-15", attr="The manager, Piraeus-based Oceanic Lines")
r("stp", "Portugal's navy said it had sent the patrol vessel Zaire", "sao-tome-2026-10-portuguese-patrol-vessel-sent", "MOBILIZE", a1=("POR_NAVY", "Portugal's navy"), loc="sao_tome", date="2026-10-16", dp="week", attr="Portugal's navy")
S = "President Carlos Vila Nova condemned the attack"
r("stp", S, "stp-2026-10-16-president-condemns-attack", "ACCUSE", a1=("VILA_NOVA", "President Carlos Vila Nova"), a2=("PIRATES", None), date="2026-10-16")
r("stp", S, "stp-2026-10-16-president-calls-for-intelligence-sharing", "REQUEST", a1=("VILA_NOVA", "President Carlos Vila Nova"), a2=("GOG_STATES", "Gulf of Guinea states"), date="2026-10-16")
r("stp", "In January 2021, pirates killed one crew member and kidnapped 15", "sao-tome-2021-01-mozart-attack", "ASSAULT", "abduction", a1=("PIRATES_2021", "pirates"), a2=("CREW_2021", "one crew member"), loc="stp_sea", date="2021-01-01", dp="month", fat=1)

# ---------------------------------------------------------------- balkan_ledger (pub 2026-12-04, Friday)
S = "Thousands of people rallied outside parliament in Sofia"
r("bgr", S, SOFIA_RALLY, "PROTEST", "demonstration", a1=("BGR_PROT", "Thousands of people"), loc="sofia", date="2026-12-03")
r("bgr", S, "sofia-2026-12-03-protesters-demand-prosecutor-resign", "REQUEST", a1=("BGR_PROT", "Thousands of people"), a2=("BGR_PROSEC", "the prosecutor general"), date="2026-12-03")
r("bgr", S, "sofia-2026-12-03-protesters-accuse-prosecutor", "ACCUSE", a1=("BGR_PROT", "they"), a2=("BGR_PROSEC", "the prosecutor general"), date="2026-12-03")
r("bgr", "A group of about 30 masked men", SOFIA_ATTACK, "ASSAULT", "beating", a1=("BGR_HOOLIGANS", "A group of about 30 masked men"), a2=("BGR_PROT", "protesters"), loc="sofia", date="2026-12-03", inj=5, attr="police")
r("bgr", "Police detained nine of the attackers", "sofia-2026-12-03-nine-attackers-detained", "COERCE", "arrest", a1=("BGR_POL", "Police"), a2=("BGR_HOOLIGANS", "nine of the attackers"), loc="sofia", date="2026-12-03", attr="the interior ministry")
S = "Protest organisers accused the police of letting the attackers through"
r("bgr", S, "bgr-2026-12-04-organisers-accuse-police", "ACCUSE", a1=("BGR_ORGANISERS", "Protest organisers"), a2=("BGR_POL", "the police"), date="2026-12-04")
r("bgr", S, "bgr-2026-12-04-organisers-blame-ruling-party", "ACCUSE", a1=("BGR_ORGANISERS", "Protest organisers"), a2=("GERB", "the ruling party"), date="2026-12-04")
r("bgr", "GERB denied any link with the attackers.", SOFIA_ATTACK, "ASSAULT", "beating", status="denied", a1=("GERB", "GERB"), a2=("BGR_PROT", None), loc="sofia", date="2026-12-03", attr="GERB")
S = "President Iliana Iotova condemned the violence"
r("bgr", S, "bgr-2026-12-04-iotova-condemns-violence", "ACCUSE", a1=("IOTOVA", "President Iliana Iotova"), a2=("BGR_HOOLIGANS", None), date="2026-12-04")
r("bgr", S, "bgr-2026-12-04-iotova-urges-government", "REQUEST", a1=("IOTOVA", "President Iliana Iotova"), a2=("BGR_GOV", "the government"), date="2026-12-04")
r("bgr", "Interior Minister Daniel Mitov said on Friday that police would deploy", "sofia-2026-12-05-extra-police-at-match", "MOBILIZE", status="planned", a1=("BGR_POL", "police"), loc="sofia", date="2026-12-05", attr="Interior Minister Daniel Mitov")
r("bgr", "Organisers said they would block the main roads into the capital", "sofia-conditional-road-blockade", "PROTEST", "demonstration", status="threatened", a1=("BGR_ORGANISERS", "Organisers"), loc="sofia")
r("bgr", "In July 2020, tens of thousands of Bulgarians protested", "bgr-2020-07-protests-against-borisov", "PROTEST", "demonstration", a1=("BGR_PROT_2020", "tens of thousands of Bulgarians"), a2=("BORISOV", "then prime minister Boyko Borisov"), loc="bulgaria", date="2020-07-01", dp="month")
