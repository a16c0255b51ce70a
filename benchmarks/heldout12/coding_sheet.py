"""Coding sheet for the twelfth held-out gold set: compiled into events.jsonl by
benchmarks/heldout/build_gold.py --set benchmarks/heldout12.

Each row names its article (source file, index), a unique piece of the sentence, and the coded
fields; actor spans are given as the words in the sentence and turned into offsets by the builder.
Actors: key -> (name, country, sector, code). Locations: key -> (name, country, lat, lon, precision).
"""

ARTICLES = {
    "mne2": ("adriatic_monitor_cetinje.html", 0),
    "gnb2": ("bissau_voz_bafata.txt", 0),
    "idn": ("maluku_pos_tual.html", 0),
    "zaf2": ("natal_mirror_inanda.txt", 0),
    "ind": ("punjab_courier_shambhu.txt", 0),
    "mys": ("wire_dec2026b.txt", 0),
    "mar": ("wire_dec2026b.txt", 1),
    "gnb": ("wire_oct_dec2026.txt", 0),
    "zaf": ("wire_oct_dec2026.txt", 1),
    "rus": ("wire_oct_dec2026.txt", 2),
    "fji": ("wire_oct_dec2026.txt", 3),
    "mne": ("wire_oct_dec2026.txt", 4),
}

A = {
    # Guinea-Bissau
    "GNB_SEC": ("Guinea-Bissau security forces", "GNB", "POLICE", "GNB.POLICE"),
    "GNB_MIL": ("Guinea-Bissau army", "GNB", "MIL", "GNB.MIL"),
    "GNB_POL": ("Guinea-Bissau police", "GNB", "POLICE", "GNB.POLICE"),
    "PEREIRA": ("Domingos Simoes Pereira", "GNB", "PARTY", "GNB.PARTY"),
    "GNB_PROT": ("Pereira supporters in Bissau", "GNB", "PROTESTER", "GNB.PROTESTER"),
    "PAIGC": ("PAIGC", "GNB", "PARTY", "GNB.PARTY"),
    "GNB_OPP": ("Guinea-Bissau opposition parties", "GNB", "PARTY", "GNB.PARTY"),
    "CANDE": ("Botche Cande", "GNB", "GOV", "GNB.GOV"),
    "GNB_GOV": ("Guinea-Bissau government", "GNB", "GOV", "GNB.GOV"),
    "EMBALO": ("Umaro Sissoco Embalo", "GNB", "GOV", "GNB.GOV"),
    "ECOWAS": ("ECOWAS", None, "IGO", "IGO.ECOWAS"),
    "ECOWAS_TEAM": ("ECOWAS mediation team", None, "IGO", "IGO.ECOWAS"),
    "GNB_GUNMEN_2022": ("gunmen (government palace attack, 2022)", "GNB", "OTHER", "GNB.OTHER"),
    "BAFATA_YOUTH": ("young people in Bafata", "GNB", "PROTESTER", "GNB.PROTESTER"),
    # South Africa
    "ZAF_GUNMEN": ("gunmen (Inanda taxi rank)", "ZAF", "OTHER", "ZAF.OTHER"),
    "ZAF_CIV": ("drivers and commuters at the Inanda taxi rank", "ZAF", "CIVILIAN", "ZAF.CIVILIAN"),
    "ZAF_POL": ("South African Police Service", "ZAF", "POLICE", "ZAF.POLICE"),
    "ZAF_SUSP": ("suspects in the Inanda shooting", "ZAF", "CIVILIAN", "ZAF.CIVILIAN"),
    "NTULI": ("Thami Ntuli", "ZAF", "GOV", "ZAF.GOV"),
    "CACHALIA": ("Firoz Cachalia", "ZAF", "GOV", "ZAF.GOV"),
    "TAXI_ASSOC": ("rival taxi associations (Inanda)", "ZAF", "OTHER", "ZAF.OTHER"),
    "TAXI_ASSOC1": ("Inanda-Durban taxi association", "ZAF", "OTHER", "ZAF.OTHER"),
    "TAXI_OPS": ("Inanda taxi operators", "ZAF", "PROTESTER", "ZAF.PROTESTER"),
    "ZAF_COMMUTERS": ("Inanda commuters", "ZAF", "CIVILIAN", "ZAF.CIVILIAN"),
    "ZAF_COURT": ("Verulam magistrate's court", "ZAF", "JUDICIARY", "ZAF.JUDICIARY"),
    "SANTACO": ("South African National Taxi Council (Santaco)", "ZAF", "OTHER", "ZAF.OTHER"),
    "ZAF_GUNMEN_2023": ("gunmen (Pietermaritzburg, 2023)", "ZAF", "OTHER", "ZAF.OTHER"),
    "ZAF_DRIVERS_2023": ("taxi drivers (Pietermaritzburg, 2023)", "ZAF", "CIVILIAN", "ZAF.CIVILIAN"),
    # Bashkortostan
    "RUS_POL": ("Bashkortostan police", "RUS", "POLICE", "RUS.POLICE"),
    "RUS_PROT": ("protesters in Baymak", "RUS", "PROTESTER", "RUS.PROTESTER"),
    "RUS_COURT": ("Bashkortostan court", "RUS", "JUDICIARY", "RUS.JUDICIARY"),
    "GALIEV": ("Rinat Galiev", "RUS", "CIVILIAN", "RUS.CIVILIAN"),
    "GALIEV_SUPP": ("supporters of Rinat Galiev", "RUS", "PROTESTER", "RUS.PROTESTER"),
    "RUS_GOV": ("Russian authorities", "RUS", "GOV", "RUS.GOV"),
    "KHABIROV": ("Radiy Khabirov", "RUS", "GOV", "RUS.GOV"),
    "RUS_EXILES": ("\"traitors abroad\"", "RUS", "OTHER", "RUS.OTHER"),
    "RUS_PROT_2024": ("protesters in Baymak (2024)", "RUS", "PROTESTER", "RUS.PROTESTER"),
    "ALSYNOV": ("Fail Alsynov", "RUS", "CIVILIAN", "RUS.CIVILIAN"),
    # Fiji
    "FJI_OPP": ("Fiji opposition lawmakers", "FJI", "PARTY", "FJI.PARTY"),
    "FJI_MARCHERS": ("marchers in Suva", "FJI", "PROTESTER", "FJI.PROTESTER"),
    "FJI_GOV": ("Fiji government", "FJI", "GOV", "FJI.GOV"),
    "SERUIRATU": ("Inia Seruiratu", "FJI", "PARTY", "FJI.PARTY"),
    "RABUKA": ("Sitiveni Rabuka", "FJI", "GOV", "FJI.GOV"),
    "PINA": ("Pacific Islands News Association", None, "MEDIA", "MEDIA"),
    "FJI_GOV_2018": ("Fiji government (2018)", "FJI", "GOV", "FJI.GOV"),
    "FJI_TIMES": ("Fiji Times journalists", "FJI", "MEDIA", "FJI.MEDIA"),
    "FJI_EDITORS": ("Fiji newspaper editors", "FJI", "MEDIA", "FJI.MEDIA"),
    # Montenegro
    "MNE_POL": ("Montenegro police", "MNE", "POLICE", "MNE.POLICE"),
    "MNE_PROT": ("protesters in Cetinje", "MNE", "PROTESTER", "MNE.PROTESTER"),
    "SPAJIC": ("Milojko Spajic", "MNE", "GOV", "MNE.GOV"),
    "MNE_GOV": ("Montenegro government", "MNE", "GOV", "MNE.GOV"),
    "MNE_OPP": ("Montenegro opposition parties", "MNE", "PARTY", "MNE.PARTY"),
    "DPS": ("Democratic Party of Socialists (DPS)", "MNE", "PARTY", "MNE.PARTY"),
    "DJURASOVIC": ("Nikola Djurasovic", "MNE", "GOV", "MNE.GOV"),
    "CETINJE_COUNCIL": ("Cetinje town council", "MNE", "GOV", "MNE.GOV"),
    "MNE_COURT": ("Cetinje court", "MNE", "JUDICIARY", "MNE.JUDICIARY"),
    "MNE_INTMIN": ("Montenegro interior minister", "MNE", "GOV", "MNE.GOV"),
    "SPC_MNE": ("Serbian Orthodox Metropolitanate of Montenegro", "MNE", "CIVILIAN", "MNE.CIVILIAN"),
    "MNE_PROT_2021": ("protesters in Cetinje (2021)", "MNE", "PROTESTER", "MNE.PROTESTER"),
    "EU_DEL": ("EU delegation to Montenegro", None, "IGO", "IGO.EU"),
    # Sabah
    "MYS_KIDNAPPERS": ("armed kidnappers (Mabul)", "MYS", "OTHER", "MYS.OTHER"),
    "IDN_FISHERMEN": ("Indonesian fishermen", "IDN", "CIVILIAN", "IDN.CIVILIAN"),
    "TRAWLER_CREW": ("trawler captain", "IDN", "CIVILIAN", "IDN.CIVILIAN"),
    "MYS_POL": ("Malaysia police", "MYS", "POLICE", "MYS.POLICE"),
    "ASG": ("Abu Sayyaf", None, "INSURGENT", "ASG"),
    "IDN_MOFA": ("Indonesia foreign ministry", "IDN", "GOV", "IDN.GOV"),
    "MYS_GOV": ("Malaysia government", "MYS", "GOV", "MYS.GOV"),
    "SAIFUDDIN": ("Saifuddin Nasution Ismail", "MYS", "GOV", "MYS.GOV"),
    "MYS_MIL": ("Malaysian navy", "MYS", "MIL", "MYS.MIL"),
    "PHL_GOV": ("Philippine officials", "PHL", "GOV", "PHL.GOV"),
    "SULU_2013": ("armed followers of the sultan of Sulu (2013)", "PHL", "REBEL", "PHL.REBEL"),
    "MYS_SEC": ("Malaysian security forces", "MYS", "MIL", "MYS.MIL"),
    "PHL_MIL": ("Philippine military", "PHL", "MIL", "PHL.MIL"),
    # Morocco
    "MAR_POL": ("Morocco police", "MAR", "POLICE", "MAR.POLICE"),
    "MAR_PROT": ("protesters in Imzouren", "MAR", "PROTESTER", "MAR.PROTESTER"),
    "AMDH": ("Moroccan Association for Human Rights (AMDH)", "MAR", "NGO", "MAR.NGO"),
    "MAR_GOV": ("Morocco government", "MAR", "GOV", "MAR.GOV"),
    "MAR_INTMIN": ("Morocco interior ministry", "MAR", "GOV", "MAR.GOV"),
    "RIF_PROT_2016": ("Hirak protesters (2016-2017)", "MAR", "PROTESTER", "MAR.PROTESTER"),
    "MAR_JUD": ("Moroccan court", "MAR", "JUDICIARY", "MAR.JUDICIARY"),
    "ZEFZAFI": ("Nasser Zefzafi", "MAR", "PROTESTER", "MAR.PROTESTER"),
    "RIF_ACTIVISTS": ("Rif activists", "MAR", "PROTESTER", "MAR.PROTESTER"),
    # Punjab
    "HRY_POL": ("Haryana police", "IND", "POLICE", "IND.POLICE"),
    "FARMERS": ("farmers marching to Delhi", "IND", "PROTESTER", "IND.PROTESTER"),
    "IND_GOV": ("India federal government", "IND", "GOV", "IND.GOV"),
    "PANDHER": ("Sarwan Singh Pandher", "IND", "PROTESTER", "IND.PROTESTER"),
    "MODI": ("Narendra Modi", "IND", "GOV", "IND.GOV"),
    "HRY_GOV": ("Haryana government", "IND", "GOV", "IND.GOV"),
    "MANN": ("Bhagwant Mann", "IND", "GOV", "IND.GOV"),
    "CHOUHAN": ("Shivraj Singh Chouhan", "IND", "GOV", "IND.GOV"),
    "FARMER_2024": ("young farmer killed at Khanauri (2024)", "IND", "PROTESTER", "IND.PROTESTER"),
    "FARMERS_2024": ("farmers at the Punjab-Haryana border (2024)", "IND", "PROTESTER", "IND.PROTESTER"),
    # Maluku
    "KEI_VILLAGERS": ("residents of two villages on Kei Kecil", "IDN", "CIVILIAN", "IDN.CIVILIAN"),
    "IDN_POL": ("Maluku police", "IDN", "POLICE", "IDN.POLICE"),
    "TUAL_GOV": ("Tual local government", "IDN", "GOV", "IDN.GOV"),
    "KEI_DISPLACED": ("residents who fled to Tual", "IDN", "REFUGEE", "IDN.REFUGEE"),
    "LEWERISSA": ("Hendrik Lewerissa", "IDN", "GOV", "IDN.GOV"),
    "KEI_ELDERS": ("elders of the two Kei Kecil villages", "IDN", "CIVILIAN", "IDN.CIVILIAN"),
    "KEI_CHURCH": ("church leaders (Kei islands)", "IDN", "CIVILIAN", "IDN.CIVILIAN"),
    "MALUKU_CHRISTIANS": ("Christians (Maluku, 1999-2002)", "IDN", "CIVILIAN", "IDN.CIVILIAN"),
    "MALUKU_MUSLIMS": ("Muslims (Maluku, 1999-2002)", "IDN", "CIVILIAN", "IDN.CIVILIAN"),
}

L = {
    # Guinea-Bissau
    "bissau": ("Bissau", "GNB", 11.86357, -15.59767, "city"),
    "gnb": ("Guinea-Bissau", "GNB", 11.86357, -15.59767, "country"),
    "bafata": ("Bafata", "GNB", 12.16583, -14.66167, "city"),
    # South Africa
    "inanda": ("Inanda", "ZAF", -29.61392, 30.92816, "city"),
    "durban": ("Durban", "ZAF", -29.8579, 31.0292, "city"),
    "verulam": ("near Verulam, eThekwini (Durban)", "ZAF", -29.8579, 31.0292, "district"),
    "phoenix": ("Phoenix, eThekwini (Durban)", "ZAF", -29.8579, 31.0292, "district"),
    "pmb": ("near Pietermaritzburg", "ZAF", -29.61679, 30.39278, "city"),
    # Bashkortostan
    "baymak": ("Baymak", "RUS", 52.59172, 58.31132, "city"),
    "ufa": ("Ufa", "RUS", 54.74306, 55.96779, "city"),
    # Fiji
    "suva": ("Suva", "FJI", -18.13683, 178.42531, "city"),
    "fiji": ("Fiji", "FJI", -18.13683, 178.42531, "country"),
    # Montenegro
    "cetinje": ("Cetinje", "MNE", 42.39063, 18.91417, "city"),
    "podgorica": ("Podgorica", "MNE", 42.44124, 19.26309, "city"),
    # Sabah
    "mabul": ("waters near Mabul island, off Semporna", "MYS", 4.48178, 118.61119, "district"),
    "sabah_east": ("waters off the east coast of Sabah", "MYS", 5.9749, 116.0724, "admin1"),
    "jakarta": ("Jakarta", "IDN", -6.21462, 106.84513, "city"),
    "tawau": ("Tawau", "MYS", 4.24482, 117.89115, "city"),
    "lahad_datu": ("Lahad Datu", "MYS", 5.02298, 118.32897, "city"),
    # Morocco
    "imzouren": ("Imzouren", "MAR", 35.14637, -3.85063, "city"),
    "al_hoceima": ("Al Hoceima", "MAR", 35.25165, -3.93723, "city"),
    "rif": ("the Rif (Al Hoceima province)", "MAR", 35.25165, -3.93723, "district"),
    # Punjab
    "shambhu": ("Shambhu border crossing, Patiala district", "IND", 30.33625, 76.3922, "district"),
    "ambala": ("Ambala district", "IND", 30.36099, 76.79782, "district"),
    "rajpura": ("Rajpura", "IND", 30.47856, 76.59284, "city"),
    "khanauri": ("Khanauri border crossing (Punjab)", "IND", 30.73629, 76.7884, "admin1"),
    # Maluku
    "kei": ("two villages on Kei Kecil island, near Tual", "IDN", -5.62878, 132.75229, "district"),
    "tual": ("Tual", "IDN", -5.62878, 132.75229, "city"),
    "maluku": ("Maluku", "IDN", -3.69583, 128.18333, "admin1"),
}

R = []


def r(art, sent, inc, typ, mode=None, status="reported", a1=None, a2=None, loc=None,
      date=None, dp=None, fat=None, inj=None, attr=None):
    if date is not None and dp is None:
        dp = "day"
    R.append(dict(art=art, sent=sent, inc=inc, typ=typ, mode=mode, status=status, a1=a1, a2=a2,
                  loc=loc, date=date, dp=dp, fat=fat, inj=inj, attr=attr))


# incident labels used in more than one sentence
GNB_ARREST = "bissau-2026-11-15-pereira-detained"
GNB_TG = "bissau-2026-11-16-soldiers-tear-gas"
GNB_BEAT = "bissau-2026-11-16-troops-beat-protesters"
GNB_ARRESTS22 = "bissau-2026-11-16-22-arrested"
GNB_MISSION = "bissau-2026-11-ecowas-mediation-mission"
GNB_STRIKE = "guinea-bissau-2026-11-19-general-strike"
GNB_LIVE = "bissau-2026-11-16-soldiers-fire-live-rounds"
BAFATA_TG = "bafata-2026-11-19-police-tear-gas"
INANDA = "inanda-2026-10-26-taxi-rank-shooting"
ZAF_ARREST2 = "verulam-2026-10-26-two-suspects-arrested"
ZAF_ARREST3 = "phoenix-2026-10-28-third-suspect-arrested"
ZAF_MEETING = "durban-2026-10-30-cachalia-meets-taxi-associations"
BAYMAK = "baymak-2026-11-09-protest-outside-court"
BAYMAK_BEAT = "baymak-2026-11-09-police-beat-protesters"
CETINJE = "cetinje-2026-11-23-protest-against-church"
CETINJE_ARRESTS = "cetinje-2026-11-23-18-detained"
COUNCIL_VOTE = "cetinje-2026-11-26-council-rejects-church"
SABAH = "mabul-2026-12-02-fishermen-abducted"
LAHAD_DATU = "lahad-datu-2013-sulu-incursion"
IMZOUREN = "imzouren-2025-06-15-unemployment-protest"
MAR_BEAT = "imzouren-2025-06-detainees-beaten"
SHAMBHU = "shambhu-2026-11-29-farmers-march"
SHAMBHU_TG = "shambhu-2026-11-29-police-tear-gas"
SHAMBHU_RUBBER = "shambhu-2026-11-29-rubber-bullets"
TUAL = "kei-kecil-2026-11-10-village-clash"

# ---------------------------------------------------------------- wire_oct_dec2026 #0 Guinea-Bissau (pub 2026-11-17)
S = "Security forces in Guinea-Bissau detained opposition leader Domingos Simoes Pereira"
r("gnb", S, GNB_ARREST, "COERCE", "arrest", a1=("GNB_SEC", "Security forces in Guinea-Bissau"), a2=("PEREIRA", "opposition leader Domingos Simoes Pereira"), loc="bissau", date="2026-11-15", attr="party officials and witnesses")
r("gnb", S, GNB_TG, "COERCE", "tear-gas", a1=("GNB_MIL", "soldiers"), a2=("GNB_PROT", "hundreds of his supporters"), loc="bissau", date="2026-11-16", attr="party officials and witnesses")
r("gnb", S, "bissau-2026-11-16-supporters-gather-outside-pereira-home", "PROTEST", "demonstration", a1=("GNB_PROT", "hundreds of his supporters"), loc="bissau", date="2026-11-16", attr="party officials and witnesses")
S = "At least seven people were injured when troops beat protesters"
r("gnb", S, GNB_BEAT, "ASSAULT", "beating", a1=("GNB_MIL", "troops"), a2=("GNB_PROT", "protesters"), loc="bissau", date="2026-11-16", inj=7, attr="PAIGC spokesman Muniro Conte")
r("gnb", S, GNB_ARRESTS22, "COERCE", "arrest", a1=("GNB_SEC", None), a2=("GNB_PROT", "22 people"), loc="bissau", date="2026-11-16", attr="PAIGC spokesman Muniro Conte")
r("gnb", "Interior Minister Botche Cande accused Pereira", "gnb-2026-11-17-cande-accuses-pereira", "ACCUSE", a1=("CANDE", "Interior Minister Botche Cande"), a2=("PEREIRA", "Pereira"), date="2026-11-17")
S = "The PAIGC denied the accusation and called on"
r("gnb", S, "gnb-2026-11-17-paigc-rejects-accusation", "ACCUSE", a1=("PAIGC", "The PAIGC"), a2=("GNB_GOV", None), date="2026-11-17")
r("gnb", S, "gnb-2026-11-17-paigc-calls-on-ecowas", "REQUEST", a1=("PAIGC", "The PAIGC"), a2=("ECOWAS", "the Economic Community of West African States"), date="2026-11-17")
r("gnb", "would send a mediation mission to Bissau in the coming days", GNB_MISSION, "CONSULT", "visit", status="planned", a1=("ECOWAS", "ECOWAS"), a2=("GNB_GOV", None), loc="bissau")
r("gnb", "Opposition parties said they would hold a general strike from Thursday", GNB_STRIKE, "PROTEST", "strike", status="threatened", a1=("GNB_OPP", "Opposition parties"), a2=("GNB_GOV", None), loc="gnb", date="2026-11-19")
r("gnb", "The government banned all demonstrations in the capital", "bissau-2026-11-17-demonstrations-banned", "COERCE", a1=("GNB_GOV", "The government"), loc="bissau", date="2026-11-17")
r("gnb", "In February 2022, gunmen attacked the government palace in Bissau", "bissau-2022-02-attack-on-government-palace", "ASSAULT", "firearms", a1=("GNB_GUNMEN_2022", "gunmen"), a2=("GNB_GOV", None), loc="bissau", date="2022-02-01", dp="month", fat=11)

# ---------------------------------------------------------------- bissau_voz_bafata (pub 2026-11-19)
S = "Shops, markets and most government offices in Bissau stayed closed on Thursday"
r("gnb2", S, GNB_STRIKE, "PROTEST", "strike", a1=("GNB_OPP", "opposition parties"), a2=("GNB_GOV", None), loc="bissau", date="2026-11-19")
r("gnb2", S, GNB_ARREST, "COERCE", "arrest", a1=("GNB_SEC", None), a2=("PEREIRA", "PAIGC leader Domingos Simoes Pereira"), loc="bissau", date="2026-11-15")
S = "An ECOWAS mediation team led by former Nigerian President Goodluck Jonathan arrived"
r("gnb2", S, GNB_MISSION, "CONSULT", "visit", a1=("ECOWAS_TEAM", "An ECOWAS mediation team"), a2=("GNB_GOV", None), loc="bissau", date="2026-11-18")
r("gnb2", S, "bissau-2026-11-19-ecowas-team-meets-embalo", "CONSULT", "meeting", a1=("ECOWAS_TEAM", "An ECOWAS mediation team"), a2=("EMBALO", "President Umaro Sissoco Embalo"), loc="bissau", date="2026-11-19")
r("gnb2", "The team is also expected to meet opposition leaders on Friday", "gnb-2026-11-20-ecowas-team-to-meet-opposition", "CONSULT", "meeting", status="planned", a1=("ECOWAS_TEAM", "The team"), a2=("GNB_OPP", "opposition leaders"), date="2026-11-20", attr="a member of the delegation")
S = "In Bafata, the country's second-largest town, police fired tear gas"
r("gnb2", S, BAFATA_TG, "COERCE", "tear-gas", a1=("GNB_POL", "police"), a2=("BAFATA_YOUTH", "a group of young people"), loc="bafata", date="2026-11-19", attr="residents")
r("gnb2", S, "bafata-2026-11-19-youths-burn-tyres", "PROTEST", "riot", a1=("BAFATA_YOUTH", "a group of young people"), loc="bafata", date="2026-11-19", attr="residents")
r("gnb2", "Two of them were taken to hospital.", BAFATA_TG, "COERCE", "tear-gas", a1=("GNB_POL", None), a2=("BAFATA_YOUTH", "Two of them"), loc="bafata", date="2026-11-19", inj=2)
r("gnb2", "the number of people injured in Monday's clashes outside Pereira's home had risen to 12", GNB_BEAT, "ASSAULT", "beating", a1=("GNB_MIL", None), a2=("GNB_PROT", None), loc="bissau", date="2026-11-16", inj=12, attr="The PAIGC")
r("gnb2", "It said soldiers had fired live rounds into the air.", GNB_LIVE, "COERCE", a1=("GNB_MIL", "soldiers"), a2=("GNB_PROT", None), loc="bissau", date="2026-11-16", attr="It")
r("gnb2", "The army denied that its soldiers had used live ammunition.", GNB_LIVE, "COERCE", status="denied", a1=("GNB_MIL", "The army"), loc="bissau", date="2026-11-16")
S = "Twenty of the 22 people arrested on Monday were released on Wednesday"
r("gnb2", S, GNB_ARRESTS22, "COERCE", "arrest", a1=("GNB_SEC", None), a2=("GNB_PROT", "the 22 people"), loc="bissau", date="2026-11-16", attr="their lawyer")
r("gnb2", S, "gnb-2026-11-18-twenty-detainees-released", "CONCEDE", a1=("GNB_SEC", None), a2=("GNB_PROT", "Twenty of the 22 people"), date="2026-11-18", attr="their lawyer")
r("gnb2", "The other two were charged with damaging public property.", "gnb-2026-11-two-detainees-charged", "COERCE", a2=("GNB_PROT", "The other two"), date="2026-11-19")
r("gnb2", "Interior Minister Botche Cande warned on state radio", "gnb-2026-11-19-cande-warns-road-blockers", "THREATEN", a1=("CANDE", "Interior Minister Botche Cande"), a2=("GNB_PROT", None), date="2026-11-19")

# ---------------------------------------------------------------- wire_oct_dec2026 #1 KwaZulu-Natal (pub 2026-10-27)
r("zaf", "Gunmen opened fire on a minibus taxi rank in Inanda", INANDA, "ASSAULT", "firearms", a1=("ZAF_GUNMEN", "Gunmen"), a2=("ZAF_CIV", None), loc="inanda", date="2026-10-26", fat=8, inj=6, attr="police")
r("zaf", "The attackers arrived in two cars and fired at drivers and commuters", INANDA, "ASSAULT", "firearms", a1=("ZAF_GUNMEN", "The attackers"), a2=("ZAF_CIV", "drivers and commuters"), loc="inanda", date="2026-10-26", attr="police spokesperson Robert Netshiunda")
S = "Police arrested two suspects at a roadblock near Verulam"
r("zaf", S, ZAF_ARREST2, "COERCE", "arrest", a1=("ZAF_POL", "Police"), a2=("ZAF_SUSP", "two suspects"), loc="verulam", date="2026-10-26", attr="he")
r("zaf", S, "verulam-2026-10-26-weapons-seized", "COERCE", "seize", a1=("ZAF_POL", "Police"), loc="verulam", date="2026-10-26", attr="he")
S = "KwaZulu-Natal Premier Thami Ntuli condemned the attack"
r("zaf", S, "zaf-2026-10-27-ntuli-condemns-attack", "ACCUSE", a1=("NTULI", "KwaZulu-Natal Premier Thami Ntuli"), a2=("ZAF_GUNMEN", None), date="2026-10-27")
r("zaf", S, "zaf-2026-10-27-ntuli-urges-taxi-associations", "REQUEST", a1=("NTULI", "KwaZulu-Natal Premier Thami Ntuli"), a2=("TAXI_ASSOC", "the taxi associations"), date="2026-10-27")
S = "Police Minister Firoz Cachalia ordered a specialised task team"
r("zaf", S, "inanda-2026-10-task-team-deployed", "MOBILIZE", status="planned", a1=("CACHALIA", "Police Minister Firoz Cachalia"), loc="inanda")
r("zaf", S, ZAF_MEETING, "CONSULT", "meeting", status="planned", a1=("CACHALIA", "he"), a2=("TAXI_ASSOC", "taxi bosses"), loc="durban", date="2026-10-30")
S = "One of the associations, which operates routes between Inanda and central Durban, denied"
r("zaf", S, INANDA, "ASSAULT", "firearms", status="denied", a1=("TAXI_ASSOC1", "One of the associations"), loc="inanda", date="2026-10-26")
r("zaf", S, "zaf-2026-10-27-taxi-association-accuses-police", "ACCUSE", a1=("TAXI_ASSOC1", "One of the associations"), a2=("ZAF_POL", "the police"), date="2026-10-27")
r("zaf", "In 2023, gunmen killed six drivers", "pietermaritzburg-2023-six-taxi-drivers-killed", "ASSAULT", "firearms", a1=("ZAF_GUNMEN_2023", "gunmen"), a2=("ZAF_DRIVERS_2023", "six drivers"), loc="pmb", date="2023-01-01", dp="year", fat=6)

# ---------------------------------------------------------------- natal_mirror_inanda (pub 2026-10-28)
S = "A ninth person has died in hospital after Monday's shooting"
r("zaf2", S, INANDA, "ASSAULT", "firearms", a1=("ZAF_GUNMEN", None), a2=("ZAF_CIV", None), loc="inanda", date="2026-10-26", fat=9, attr="police")
r("zaf2", S, ZAF_ARREST3, "COERCE", "arrest", a1=("ZAF_POL", "detectives"), a2=("ZAF_SUSP", "a third suspect"), loc="phoenix", date="2026-10-28", attr="police")
S = "The third suspect was arrested in a raid on a house in Phoenix"
r("zaf2", S, ZAF_ARREST3, "COERCE", "arrest", a1=("ZAF_POL", None), a2=("ZAF_SUSP", "The third suspect"), loc="phoenix", date="2026-10-28", attr="he")
r("zaf2", S, "phoenix-2026-10-28-car-recovered", "COERCE", "seize", a1=("ZAF_POL", "police"), loc="phoenix", date="2026-10-28", attr="he")
S = "The two men arrested on Monday appeared in the Verulam magistrate's court"
r("zaf2", S, ZAF_ARREST2, "COERCE", "arrest", a1=("ZAF_POL", None), a2=("ZAF_SUSP", "The two men"), loc="verulam", date="2026-10-26")
r("zaf2", S, "verulam-2026-10-28-two-suspects-remanded", "COERCE", a1=("ZAF_COURT", "the Verulam magistrate's court"), a2=("ZAF_SUSP", "The two men"), loc="verulam", date="2026-10-28")
r("zaf2", "Taxi operators in Inanda went on strike on Tuesday and Wednesday", "inanda-2026-10-27-taxi-strike", "PROTEST", "strike", a1=("TAXI_OPS", "Taxi operators in Inanda"), loc="inanda", date="2026-10-27")
r("zaf2", "Some commuters said drivers had threatened those who tried to go to work.", "inanda-2026-10-drivers-threaten-commuters", "THREATEN", a1=("TAXI_OPS", "drivers"), a2=("ZAF_COMMUTERS", "those who tried to go to work"), date="2026-10-28", attr="Some commuters")
r("zaf2", "Police Minister Firoz Cachalia visited the rank on Tuesday", "inanda-2026-10-27-cachalia-visits-rank", "CONSULT", "visit", a1=("CACHALIA", "Police Minister Firoz Cachalia"), loc="inanda", date="2026-10-27")
r("zaf2", "He said the meeting with the taxi associations would go ahead on Friday.", ZAF_MEETING, "CONSULT", "meeting", status="planned", a1=("CACHALIA", "He"), a2=("TAXI_ASSOC", "the taxi associations"), date="2026-10-30")
r("zaf2", "called on both associations to hand over any members", "zaf-2026-10-28-santaco-calls-on-associations", "REQUEST", a1=("SANTACO", "The South African National Taxi Council"), a2=("TAXI_ASSOC", "both associations"), date="2026-10-28")

# ---------------------------------------------------------------- wire_oct_dec2026 #2 Bashkortostan (pub 2026-11-10)
S = "Police in Russia's Bashkortostan region detained at least 40 people"
r("rus", S, "baymak-2026-11-09-40-detained", "COERCE", "arrest", a1=("RUS_POL", "Police in Russia's Bashkortostan region"), a2=("RUS_PROT", "at least 40 people"), loc="baymak", date="2026-11-09", attr="rights group OVD-Info")
r("rus", S, BAYMAK, "PROTEST", "demonstration", a1=("RUS_PROT", "several hundred protesters"), loc="baymak", date="2026-11-09", attr="rights group OVD-Info")
S = "Riot police used batons and tear gas to break up the crowd"
r("rus", S, "baymak-2026-11-09-police-tear-gas", "COERCE", "tear-gas", a1=("RUS_POL", "Riot police"), a2=("RUS_PROT", "the crowd"), loc="baymak", date="2026-11-09", attr="the group")
r("rus", S, BAYMAK_BEAT, "ASSAULT", "beating", a1=("RUS_POL", "Riot police"), a2=("RUS_PROT", "the crowd"), loc="baymak", date="2026-11-09", attr="the group")
r("rus", S, BAYMAK, "PROTEST", "riot", a1=("RUS_PROT", "some protesters"), a2=("RUS_POL", "officers"), loc="baymak", date="2026-11-09", attr="the group")
r("rus", "Local media reported that several people had been beaten.", BAYMAK_BEAT, "ASSAULT", "beating", a1=("RUS_POL", None), a2=("RUS_PROT", "several people"), loc="baymak", date="2026-11-09", attr="Local media")
r("rus", "was sentenced in October to three years in prison", "rus-2026-10-galiev-sentenced", "COERCE", a1=("RUS_COURT", None), a2=("GALIEV", "Rinat Galiev"), date="2026-10-01", dp="month")
r("rus", "He has denied the charge.", "rus-2026-11-10-galiev-denies-charge", "ACCUSE", a1=("GALIEV", "He"), a2=("RUS_GOV", None), date="2026-11-10")
r("rus", "three police officers had been injured", BAYMAK, "PROTEST", "riot", a1=("RUS_PROT", None), a2=("RUS_POL", "three police officers"), loc="baymak", date="2026-11-09", inj=3, attr="The regional interior ministry")
r("rus", "criminal cases had been opened against protesters", "rus-2026-11-criminal-cases-against-protesters", "COERCE", a2=("RUS_PROT", "protesters"), date="2026-11-10", attr="The regional interior ministry")
S = "The head of Bashkortostan, Radiy Khabirov, said the protest had been organised"
r("rus", S, "rus-2026-11-10-khabirov-blames-traitors-abroad", "ACCUSE", a1=("KHABIROV", "Radiy Khabirov"), a2=("RUS_EXILES", "traitors abroad"), date="2026-11-10")
r("rus", S, "rus-2026-11-10-khabirov-warns-protesters", "THREATEN", a1=("KHABIROV", "Radiy Khabirov"), a2=("RUS_PROT", "anyone taking part in unauthorised gatherings"), date="2026-11-10")
S = "In January 2024, thousands of people clashed with police in Baymak"
r("rus", S, "baymak-2024-01-clashes-over-alsynov", "PROTEST", "riot", a1=("RUS_PROT_2024", "thousands of people"), a2=("RUS_POL", "police"), loc="baymak", date="2024-01-01", dp="month")
r("rus", S, "baymak-2024-01-alsynov-jailed", "COERCE", a1=("RUS_COURT", "a court"), a2=("ALSYNOV", "Fail Alsynov"), loc="baymak", date="2024-01-01", dp="month")
r("rus", S, "rus-2024-baymak-protesters-prosecuted", "COERCE", a2=("RUS_PROT_2024", "dozens"))
r("rus", "Supporters of Galiev said they would gather again", "ufa-2026-11-14-planned-rally", "PROTEST", "demonstration", status="planned", a1=("GALIEV_SUPP", "Supporters of Galiev"), loc="ufa", date="2026-11-14")

# ---------------------------------------------------------------- wire_oct_dec2026 #3 Fiji (pub 2026-12-01)
S = "Fiji's opposition lawmakers walked out of parliament on Tuesday"
r("fji", S, "suva-2026-12-01-opposition-walkout", "PROTEST", "demonstration", a1=("FJI_OPP", "Fiji's opposition lawmakers"), a2=("FJI_GOV", None), loc="suva", date="2026-12-01")
r("fji", S, "suva-2026-12-01-march-against-media-law", "PROTEST", "demonstration", a1=("FJI_MARCHERS", "about 200 people"), a2=("FJI_GOV", None), loc="suva", date="2026-12-01")
r("fji", "Opposition leader Inia Seruiratu accused Prime Minister Sitiveni Rabuka", "fji-2026-12-01-seruiratu-accuses-rabuka", "ACCUSE", a1=("SERUIRATU", "Opposition leader Inia Seruiratu"), a2=("RABUKA", "Prime Minister Sitiveni Rabuka"), date="2026-12-01")
r("fji", "Rabuka rejected the criticism", "fji-2026-12-01-rabuka-dismisses-criticism", "ACCUSE", a1=("RABUKA", "Rabuka"), a2=("SERUIRATU", None), date="2026-12-01")
r("fji", "The Pacific Islands News Association urged the government to withdraw the bill", "fji-2026-12-01-pina-urges-withdrawal", "REQUEST", a1=("PINA", "The Pacific Islands News Association"), a2=("FJI_GOV", "the government"), date="2026-12-01")
r("fji", "In 2018, the military-backed government charged three journalists", "fiji-2018-fiji-times-journalists-charged", "COERCE", a1=("FJI_GOV_2018", "the military-backed government"), a2=("FJI_TIMES", "three journalists"), loc="fiji", date="2018-01-01", dp="year")
r("fji", "Rabuka is due to meet newspaper editors on Thursday", "fji-2026-12-03-rabuka-to-meet-editors", "CONSULT", "meeting", status="planned", a1=("RABUKA", "Rabuka"), a2=("FJI_EDITORS", "newspaper editors"), date="2026-12-03", attr="his office")

# ---------------------------------------------------------------- wire_oct_dec2026 #4 Montenegro (pub 2026-11-24)
S = "Montenegrin police fired tear gas and stun grenades on Monday"
r("mne", S, "cetinje-2026-11-23-police-tear-gas", "COERCE", "tear-gas", a1=("MNE_POL", "Montenegrin police"), a2=("MNE_PROT", "hundreds of protesters"), loc="cetinje", date="2026-11-23")
r("mne", S, CETINJE, "PROTEST", "demonstration", a1=("MNE_PROT", "hundreds of protesters"), loc="cetinje", date="2026-11-23")
r("mne", "Protesters threw rocks and bottles at police", CETINJE, "PROTEST", "riot", a1=("MNE_PROT", "Protesters"), a2=("MNE_POL", "police"), loc="cetinje", date="2026-11-23", inj=14, attr="the police directorate")
r("mne", "Police detained 18 people, including two local councillors", CETINJE_ARRESTS, "COERCE", "arrest", a1=("MNE_POL", "Police"), a2=("MNE_PROT", "18 people"), loc="cetinje", date="2026-11-23", attr="it")
r("mne", "Prime Minister Milojko Spajic condemned", "mne-2026-11-24-spajic-accuses-opposition", "ACCUSE", a1=("SPAJIC", "Prime Minister Milojko Spajic"), a2=("MNE_OPP", "opposition parties"), date="2026-11-24")
r("mne", "blamed the government for provoking it", "mne-2026-11-24-dps-blames-government", "ACCUSE", a1=("DPS", "The opposition Democratic Party of Socialists"), a2=("MNE_GOV", "the government"), date="2026-11-24")
S = "The mayor of Cetinje, Nikola Djurasovic, called on the government"
r("mne", S, "mne-2026-11-24-mayor-calls-for-halt", "REQUEST", a1=("DJURASOVIC", "Nikola Djurasovic"), a2=("MNE_GOV", "the government"), date="2026-11-24")
r("mne", S, COUNCIL_VOTE, "REJECT", status="planned", a1=("CETINJE_COUNCIL", "the town council"), a2=("MNE_GOV", None), loc="cetinje", date="2026-11-26")
r("mne", "In 2021, thousands of protesters clashed with police in Cetinje", "cetinje-2021-enthronement-clashes", "PROTEST", "riot", a1=("MNE_PROT_2021", "thousands of protesters"), a2=("MNE_POL", "police"), loc="cetinje", date="2021-01-01", dp="year")
r("mne", "The EU delegation in Podgorica urged both sides", "mne-2026-11-24-eu-urges-restraint", "REQUEST", a1=("EU_DEL", "The EU delegation in Podgorica"), date="2026-11-24")

# ---------------------------------------------------------------- adriatic_monitor_cetinje (pub 2026-11-26)
S = "The town council of Cetinje voted on Thursday"
r("mne2", S, COUNCIL_VOTE, "REJECT", a1=("CETINJE_COUNCIL", "The town council of Cetinje"), a2=("MNE_GOV", None), loc="cetinje", date="2026-11-26")
r("mne2", S, CETINJE, "PROTEST", "riot", a1=("MNE_PROT", None), a2=("MNE_POL", "police"), loc="cetinje", date="2026-11-23")
r("mne2", "Police said 21 officers had been hurt in Monday's clashes", CETINJE, "PROTEST", "riot", a1=("MNE_PROT", None), a2=("MNE_POL", "21 officers"), loc="cetinje", date="2026-11-23", inj=21, attr="Police")
S = "Of the 18 people detained on Monday"
r("mne2", S, CETINJE_ARRESTS, "COERCE", "arrest", a1=("MNE_POL", None), a2=("MNE_PROT", "the 18 people"), loc="cetinje", date="2026-11-23")
r("mne2", S, "cetinje-2026-11-24-15-detainees-released", "CONCEDE", a1=("MNE_POL", None), a2=("MNE_PROT", "15"), loc="cetinje", date="2026-11-24")
r("mne2", S, "cetinje-2026-11-three-protesters-remanded", "COERCE", a1=("MNE_COURT", "a court in Cetinje"), a2=("MNE_PROT", "three"), loc="cetinje", date="2026-11-26")
r("mne2", "Prime Minister Milojko Spajic said the church would be built", "mne-2026-11-26-spajic-rejects-protesters-demand", "REJECT", a1=("SPAJIC", "Prime Minister Milojko Spajic"), a2=("MNE_PROT", None), date="2026-11-26")
r("mne2", "The opposition DPS called a rally in Podgorica for Saturday", "podgorica-2026-11-28-dps-rally", "PROTEST", "demonstration", status="planned", a1=("DPS", "The opposition DPS"), a2=("MNE_INTMIN", "the interior minister"), loc="podgorica", date="2026-11-28")
S = "The Serbian Orthodox Metropolitanate of Montenegro accused the protesters"
r("mne2", S, "mne-2026-11-26-church-accuses-protesters", "ACCUSE", a1=("SPC_MNE", "The Serbian Orthodox Metropolitanate of Montenegro"), a2=("MNE_PROT", "the protesters"), date="2026-11-26")
r("mne2", S, "mne-2026-11-26-church-asks-state-for-protection", "REQUEST", a1=("SPC_MNE", "The Serbian Orthodox Metropolitanate of Montenegro"), a2=("MNE_GOV", "the state"), date="2026-11-26")

# ---------------------------------------------------------------- wire_dec2026b #0 Sabah (pub 2026-12-03)
r("mys", "Armed men in a speedboat abducted four Indonesian fishermen", SABAH, "ASSAULT", "abduction", a1=("MYS_KIDNAPPERS", "Armed men in a speedboat"), a2=("IDN_FISHERMEN", "four Indonesian fishermen"), loc="mabul", date="2026-12-02", attr="Malaysian police")
r("mys", "the captain was shot in the leg when he tried to resist", SABAH, "ASSAULT", "firearms", a1=("MYS_KIDNAPPERS", None), a2=("TRAWLER_CREW", "the captain"), loc="mabul", date="2026-12-02", inj=1, attr="Sabah police commissioner Jauteh Dikun")
r("mys", "Police suspect the kidnappers belong to a remnant faction", "mys-2026-12-03-police-blame-abu-sayyaf", "ACCUSE", a1=("MYS_POL", "Police"), a2=("ASG", "a remnant faction of the Abu Sayyaf group"), date="2026-12-03")
S = "Indonesia's foreign ministry summoned Malaysia's ambassador in Jakarta on Thursday"
r("mys", S, "jakarta-2026-12-03-malaysian-ambassador-summoned", "ACCUSE", a1=("IDN_MOFA", "Indonesia's foreign ministry"), a2=("MYS_GOV", "Malaysia's ambassador"), loc="jakarta", date="2026-12-03")
r("mys", S, "idn-2026-12-03-indonesia-urges-malaysia-to-protect-fishermen", "REQUEST", a1=("IDN_MOFA", "Indonesia's foreign ministry"), a2=("MYS_GOV", "Kuala Lumpur"), date="2026-12-03")
S = "a dusk-to-dawn curfew in waters off the east coast of Sabah would be extended"
r("mys", S, "sabah-2026-12-sea-curfew-extended", "COERCE", "curfew", status="planned", a1=("SAIFUDDIN", "Malaysian Home Minister Saifuddin Nasution Ismail"), loc="sabah_east")
r("mys", S, "sabah-2026-12-more-navy-ships", "MOBILIZE", status="planned", a1=("MYS_MIL", "more navy ships"), loc="sabah_east")
r("mys", "would hold talks with Philippine and Indonesian officials in Tawau next week", "tawau-2026-12-talks-on-joint-patrols", "CONSULT", "talks", status="planned", a1=("MYS_GOV", "Malaysia"), a2=("PHL_GOV", "Philippine and Indonesian officials"), loc="tawau", date="2026-12-07", dp="week")
r("mys", "In 2013, about 200 armed followers of a self-proclaimed sultan of Sulu", LAHAD_DATU, "ASSAULT", "firearms", a1=("SULU_2013", "about 200 armed followers of a self-proclaimed sultan of Sulu"), a2=("MYS_SEC", "Malaysian security forces"), loc="lahad_datu", date="2013-01-01", dp="year")
r("mys", "At least 60 people were killed.", LAHAD_DATU, "ASSAULT", "firearms", loc="lahad_datu", date="2013-01-01", dp="year", fat=60)
r("mys", "would help if asked", "phl-2026-12-military-offers-help", "COOPERATE", status="hypothetical", a1=("PHL_MIL", "The Philippine military"), a2=("MYS_GOV", None))

# ---------------------------------------------------------------- wire_dec2026b #1 Morocco (pub 2025-06-16)
S = "Moroccan police arrested 31 people after a protest over unemployment"
r("mar", S, "imzouren-2025-06-15-31-arrested", "COERCE", "arrest", a1=("MAR_POL", "Moroccan police"), a2=("MAR_PROT", "31 people"), loc="imzouren", date="2025-06-15", attr="the local authorities")
r("mar", S, IMZOUREN, "PROTEST", "riot", a1=("MAR_PROT", None), loc="imzouren", date="2025-06-15", attr="the local authorities")
r("mar", "Several hundred young men marched through the town", IMZOUREN, "PROTEST", "riot", a1=("MAR_PROT", "Several hundred young men"), a2=("MAR_POL", None), loc="imzouren", date="2025-06-15", attr="the authorities")
r("mar", "Eleven members of the security forces were injured.", IMZOUREN, "PROTEST", "riot", a1=("MAR_PROT", None), a2=("MAR_POL", "Eleven members of the security forces"), loc="imzouren", date="2025-06-15", inj=11)
r("mar", "Police fired water cannon to disperse the crowd", "imzouren-2025-06-15-water-cannon", "COERCE", a1=("MAR_POL", "Police"), a2=("MAR_PROT", "the crowd"), loc="imzouren", date="2025-06-15", attr="witnesses")
S = "The Moroccan Association for Human Rights (AMDH) accused the police"
r("mar", S, MAR_BEAT, "ASSAULT", "beating", a1=("MAR_POL", "the police"), a2=("MAR_PROT", "people who had been detained"), loc="imzouren", date="2025-06-16", attr="The Moroccan Association for Human Rights")
r("mar", S, "mar-2025-06-16-amdh-accuses-police", "ACCUSE", a1=("AMDH", "The Moroccan Association for Human Rights"), a2=("MAR_POL", "the police"), date="2025-06-16")
r("mar", S, "mar-2025-06-16-amdh-demands-release", "REQUEST", a1=("AMDH", "The Moroccan Association for Human Rights"), a2=("MAR_GOV", None), date="2025-06-16")
r("mar", "The interior ministry denied that anyone had been mistreated.", MAR_BEAT, "ASSAULT", "beating", status="denied", a1=("MAR_INTMIN", "The interior ministry"), loc="imzouren", date="2025-06-16")
r("mar", "The Rif was the scene of months of protests in 2016 and 2017", "rif-2016-hirak-protests", "PROTEST", "demonstration", a1=("RIF_PROT_2016", None), loc="rif", date="2016-01-01", dp="year")
r("mar", "Hirak leader Nasser Zefzafi was sentenced", "mar-2018-zefzafi-sentenced", "COERCE", a1=("MAR_JUD", None), a2=("ZEFZAFI", "Hirak leader Nasser Zefzafi"), date="2018-01-01", dp="year")
r("mar", "Local activists called for another march in Al Hoceima on Friday.", "al-hoceima-2025-06-20-planned-march", "PROTEST", "demonstration", status="planned", a1=("RIF_ACTIVISTS", "Local activists"), loc="al_hoceima", date="2025-06-20")

# ---------------------------------------------------------------- punjab_courier_shambhu (pub 2026-11-30)
S = "Haryana police fired tear gas and water cannon at thousands of farmers"
r("ind", S, SHAMBHU_TG, "COERCE", "tear-gas", a1=("HRY_POL", "Haryana police"), a2=("FARMERS", "thousands of farmers"), loc="shambhu", date="2026-11-29")
r("ind", S, SHAMBHU, "PROTEST", "demonstration", a1=("FARMERS", "thousands of farmers"), a2=("IND_GOV", None), loc="shambhu", date="2026-11-29")
S = "Farmer leaders said at least 25 farmers were injured"
r("ind", S, SHAMBHU_TG, "COERCE", "tear-gas", a1=("HRY_POL", None), a2=("FARMERS", "at least 25 farmers"), loc="shambhu", date="2026-11-29", inj=25, attr="Farmer leaders")
r("ind", S, SHAMBHU_RUBBER, "COERCE", a1=("HRY_POL", "police"), a2=("FARMERS", None), loc="shambhu", date="2026-11-29", attr="Farmer leaders")
S = "Haryana police denied using rubber bullets"
r("ind", S, SHAMBHU_RUBBER, "COERCE", status="denied", a1=("HRY_POL", "Haryana police"), loc="shambhu", date="2026-11-29")
r("ind", S, SHAMBHU, "PROTEST", "riot", a1=("FARMERS", "farmers"), a2=("HRY_POL", "six policemen"), loc="shambhu", date="2026-11-29", inj=6, attr="Haryana police")
r("ind", "The farmers, who had gathered on the highway since Friday", "shambhu-2026-11-27-farmers-camp-on-highway", "PROTEST", "demonstration", a1=("FARMERS", "The farmers"), loc="shambhu", date="2026-11-27")
r("ind", "They said they would try to cross again on Wednesday.", "shambhu-2026-12-02-planned-crossing", "PROTEST", "demonstration", status="planned", a1=("FARMERS", "They"), loc="shambhu", date="2026-12-02")
S = "Sarwan Singh Pandher, a leader of the Kisan Mazdoor Morcha, accused"
r("ind", S, "ind-2026-11-30-pandher-accuses-government", "ACCUSE", a1=("PANDHER", "Sarwan Singh Pandher"), a2=("IND_GOV", "the federal government"), date="2026-11-30")
r("ind", S, "ind-2026-11-30-pandher-calls-for-talks", "REQUEST", a1=("PANDHER", "Sarwan Singh Pandher"), a2=("MODI", "Prime Minister Narendra Modi"), date="2026-11-30")
S = "Haryana's government suspended mobile internet in Ambala district on Saturday"
r("ind", S, "ambala-2026-11-28-internet-suspended", "COERCE", "censor", a1=("HRY_GOV", "Haryana's government"), loc="ambala", date="2026-11-28")
r("ind", S, "shambhu-2026-11-28-highway-barricaded", "COERCE", a1=("HRY_GOV", "Haryana's government"), loc="shambhu", date="2026-11-28")
S = "Punjab Chief Minister Bhagwant Mann criticised the Haryana police"
r("ind", S, "ind-2026-11-30-mann-criticises-haryana-police", "ACCUSE", a1=("MANN", "Punjab Chief Minister Bhagwant Mann"), a2=("HRY_POL", "the Haryana police"), date="2026-11-30")
r("ind", S, "rajpura-2026-11-mann-speaks-to-injured-farmers", "CONSULT", "visit", a1=("MANN", "he"), a2=("FARMERS", "the injured farmers"), loc="rajpura", date="2026-11-30")
r("ind", "rejected the demand for a law on crop prices", "ind-federal-government-talks-offer", "CONSULT", "talks", status="hypothetical", a1=("IND_GOV", "the government"), a2=("FARMERS", None))
r("ind", "rejected the demand for a law on crop prices", "ind-2026-11-30-chouhan-rejects-msp-law", "REJECT", a1=("CHOUHAN", "Union Agriculture Minister Shivraj Singh Chouhan"), a2=("FARMERS", None), date="2026-11-30")
S = "In February 2024, a young farmer was killed in clashes at the Khanauri border crossing"
r("ind", S, "khanauri-2024-02-farmer-killed", "ASSAULT", a2=("FARMER_2024", "a young farmer"), loc="khanauri", date="2024-02-01", dp="month", fat=1)
r("ind", S, "punjab-2024-02-farmers-march", "PROTEST", "demonstration", a1=("FARMERS_2024", "farmers"), loc="khanauri", date="2024-02-01", dp="month")

# ---------------------------------------------------------------- maluku_pos_tual (pub 2026-11-12)
r("idn", "Two men were killed and at least 11 people were wounded", TUAL, "ASSAULT", a1=("KEI_VILLAGERS", "residents of two neighbouring villages"), a2=("KEI_VILLAGERS", None), loc="kei", date="2026-11-10", fat=2, inj=11, attr="police")
r("idn", "Dozens of houses were burned in the fighting", TUAL, "ASSAULT", "arson", a1=("KEI_VILLAGERS", None), loc="kei", date="2026-11-10", attr="Maluku police spokesman Areis Aminulla")
S = "About 150 police and soldiers were sent from Ambon to Tual on Wednesday"
r("idn", S, "tual-2026-11-11-police-and-soldiers-sent", "MOBILIZE", a1=("IDN_POL", "About 150 police and soldiers"), loc="tual", date="2026-11-11", attr="he")
r("idn", S, "kei-2026-11-11-seven-men-arrested", "COERCE", "arrest", a1=("IDN_POL", "police"), a2=("KEI_VILLAGERS", "seven men"), loc="kei", date="2026-11-11", attr="he")
r("idn", "The local government said it would provide food for them.", "tual-2026-11-food-for-displaced", "AID", status="planned", a1=("TUAL_GOV", "The local government"), a2=("KEI_DISPLACED", "them"))
S = "Maluku Governor Hendrik Lewerissa flew to Tual on Wednesday"
r("idn", S, "tual-2026-11-11-governor-meets-elders", "CONSULT", "meeting", a1=("LEWERISSA", "Maluku Governor Hendrik Lewerissa"), a2=("KEI_ELDERS", "elders from both villages"), loc="tual", date="2026-11-11")
r("idn", S, "tual-2026-11-11-elders-agree-to-stop-fighting", "AGREE", a1=("KEI_ELDERS", "elders from both villages"), loc="tual", date="2026-11-11")
r("idn", "Church leaders urged both sides to respect the agreement.", "idn-2026-11-12-church-leaders-urge-respect", "REQUEST", a1=("KEI_CHURCH", "Church leaders"), a2=("KEI_VILLAGERS", "both sides"), date="2026-11-12")
r("idn", "A clash between the same villages in 2023 killed one person.", "kei-2023-village-clash", "ASSAULT", a1=("KEI_VILLAGERS", None), loc="kei", date="2023-01-01", dp="year", fat=1)
r("idn", "Maluku was torn by sectarian fighting between Christians and Muslims", "maluku-1999-2002-sectarian-fighting", "ASSAULT", a1=("MALUKU_CHRISTIANS", "Christians"), a2=("MALUKU_MUSLIMS", "Muslims"), loc="maluku", date="1999-01-01", dp="year", fat=2000)
S = "Police said they would keep officers in the area until the end of the month"
r("idn", S, "kei-2026-11-police-to-stay", "MOBILIZE", status="planned", a1=("IDN_POL", "Police"), loc="kei")
r("idn", S, "kei-2026-11-12-police-warn-weapon-carriers", "THREATEN", a1=("IDN_POL", "Police"), a2=("KEI_VILLAGERS", "anyone caught carrying weapons"), date="2026-11-12")
