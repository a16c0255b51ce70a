"""Coding sheet for the second held-out gold set: compiled into events.jsonl by
benchmarks/heldout/build_gold.py --set benchmarks/heldout2.

Each row names its article (source file, index), a unique piece of the sentence, and the coded
fields; actor spans are given as the words in the sentence and turned into offsets by the builder.
Actors: key -> (name, country, sector, code). Locations: key -> (name, country, lat, lon, precision).
"""

ARTICLES = {
    "lebanon": ("cedar_wire_south_lebanon.txt", 0),
    "yemen2": ("gulf_maritime_aegean_star.txt", 0),
    "khost": ("hindukush_herald_khost.txt", 0),
    "macomia": ("indian_ocean_courier_macomia.html", 0),
    "nigeria2": ("lakeside_post_nigeria.txt", 0),
    "tripoli2": ("maghreb_monitor_tripoli_truce.html", 0),
    "niger": ("savanna_times_tillaberi.txt", 0),
    "yemen": ("wire_mar2026.txt", 0),
    "nigeria": ("wire_mar2026.txt", 1),
    "bannu": ("wire_mar2026.txt", 2),
    "tripoli": ("wire_mar2026.txt", 3),
    "amhara": ("wire_mar2026.txt", 4),
    "serbia": ("wire_mar2026.txt", 5),
    "syria": ("wire_mar2026.txt", 6),
}

A = {
    # Yemen / Red Sea
    "HOUTHI": ("Houthis", "YEM", "REBEL", "HOUTHI"),
    "ABDULMALIK": ("Abdul Malik al-Houthi", "YEM", "REBEL", "HOUTHI"),
    "ABDULSALAM": ("Mohammed Abdulsalam", "YEM", "REBEL", "HOUTHI"),
    "SEAFARERS": ("merchant ship crew", None, "CIVILIAN", "CIVILIAN"),
    "YEM_CIV": ("Yemen civilians", "YEM", "CIVILIAN", "YEM.CIVILIAN"),
    "YEM_GOV": ("Yemen government", "YEM", "GOV", "YEM.GOV"),
    "USA_MIL": ("U.S. military", "USA", "MIL", "USA.MIL"),
    "CENTCOM": ("U.S. Central Command", "USA", "MIL", "USA.MIL"),
    "USA_GOV": ("U.S. government", "USA", "GOV", "USA.GOV"),
    "USA_TREAS": ("U.S. Treasury Department", "USA", "GOV", "USA.GOV"),
    "HOUTHI_SUPPLIERS": ("Houthi procurement network", None, "OTHER", "OTHER"),
    "IND_NAVY": ("India navy", "IND", "MIL", "IND.MIL"),
    "GRC_GOV": ("Greece foreign ministry", "GRC", "GOV", "GRC.GOV"),
    "SAU_GOV": ("Saudi Arabia government", "SAU", "GOV", "SAU.GOV"),
    "SAU_MIL": ("Saudi-led coalition", "SAU", "MIL", "SAU.MIL"),
    "ASPIDES": ("EU naval mission Aspides", None, "IGO", "IGO.EU"),
    "OMN_GOV": ("Oman government", "OMN", "GOV", "OMN.GOV"),
    "CHN_GOV": ("China foreign ministry", "CHN", "GOV", "CHN.GOV"),
    "IRN_GOV": ("Iran government", "IRN", "GOV", "IRN.GOV"),
    "INTL": ("international community", None, "GOV", "GOV"),
    # Nigeria
    "ISWAP": ("Islamic State West Africa Province", "NGA", "INSURGENT", "ISWAP"),
    "BOKO": ("Boko Haram", "NGA", "INSURGENT", "BOKO-HARAM"),
    "NGA_MIL": ("Nigeria military", "NGA", "MIL", "NGA.MIL"),
    "NGA_POL": ("Kaduna state police", "NGA", "POLICE", "NGA.POLICE"),
    "NGA_GOV": ("Nigeria federal government", "NGA", "GOV", "NGA.GOV"),
    "NGA_CIV": ("Nigeria civilians", "NGA", "CIVILIAN", "NGA.CIVILIAN"),
    "BANDITS": ("Nigeria bandits", "NGA", "OTHER", "NGA.OTHER"),
    "ZULUM": ("Babagana Zulum", "NGA", "GOV", "NGA.GOV"),
    "TINUBU": ("Bola Tinubu", "NGA", "GOV", "NGA.GOV"),
    "CAN": ("Christian Association of Nigeria", "NGA", "NGO", "NGA.NGO"),
    "CMR_MIL": ("Cameroon military", "CMR", "MIL", "CMR.MIL"),
    "NER_MIL": ("Niger military", "NER", "MIL", "NER.MIL"),
    "MNJTF": ("Multinational Joint Task Force", None, "IGO", "IGO.MNJTF"),
    # Pakistan / Afghanistan
    "TTP": ("Tehreek-e-Taliban Pakistan", "PAK", "INSURGENT", "TTP"),
    "PAK_MILITANTS": ("Pakistan militants", "PAK", "INSURGENT", "PAK.INSURGENT"),
    "PAK_POL": ("Pakistan police", "PAK", "POLICE", "PAK.POLICE"),
    "PAK_MIL": ("Pakistan military", "PAK", "MIL", "PAK.MIL"),
    "PAK_GOV": ("Pakistan government", "PAK", "GOV", "PAK.GOV"),
    "PAK_CIV": ("Pakistan civilians", "PAK", "CIVILIAN", "PAK.CIVILIAN"),
    "SHARIF": ("Shehbaz Sharif", "PAK", "GOV", "PAK.GOV"),
    "AFG_GOV": ("Afghanistan Taliban government", "AFG", "GOV", "AFG.GOV"),
    "MUJAHID": ("Zabihullah Mujahid", "AFG", "GOV", "AFG.GOV"),
    "AFG_MIL": ("Afghanistan border forces", "AFG", "MIL", "AFG.MIL"),
    "AFG_CIV": ("Afghanistan civilians", "AFG", "CIVILIAN", "AFG.CIVILIAN"),
    "AFG_PROT": ("Afghanistan protesters", "AFG", "PROTESTER", "AFG.PROTESTER"),
    "AFG_REF": ("Afghan migrants in Pakistan", "AFG", "REFUGEE", "AFG.REFUGEE"),
    "QAT_GOV": ("Qatar foreign ministry", "QAT", "GOV", "QAT.GOV"),
    "UNAMA": ("UNAMA", None, "IGO", "IGO.UN"),
    # Libya
    "RADAA": ("Radaa Deterrence Force", "LBY", "MIL", "RADAA"),
    "LBY_444": ("444 Brigade", "LBY", "MIL", "LBY.MIL"),
    "LBY_ARMED": ("Tripoli armed groups", "LBY", "MIL", "LBY.MIL"),
    "LBY_GNA": ("Government of National Accord forces", "LBY", "MIL", "LBY.MIL"),
    "KIKLI": ("Abdulghani al-Kikli", "LBY", "MIL", "LBY.MIL"),
    "LNA": ("Libyan National Army", "LBY", "REBEL", "LNA"),
    "DBEIBAH": ("Abdulhamid Dbeibah", "LBY", "GOV", "LBY.GOV"),
    "LBY_GOV": ("Libya government", "LBY", "GOV", "LBY.GOV"),
    "LBY_HOR": ("House of Representatives", "LBY", "GOV", "LBY.GOV"),
    "LBY_CIV": ("Libya civilians", "LBY", "CIVILIAN", "LBY.CIVILIAN"),
    "LBY_PROT": ("Libya protesters", "LBY", "PROTESTER", "LBY.PROTESTER"),
    "UNSMIL": ("UNSMIL", None, "IGO", "IGO.UN"),
    "TETTEH": ("Hanna Tetteh", None, "IGO", "IGO.UN"),
    "WESTERN": ("United States, Britain, France, Germany and Italy", None, "GOV", "GOV"),
    # Ethiopia
    "ETH_MIL": ("Ethiopia military", "ETH", "MIL", "ETH.MIL"),
    "ETH_GOV": ("Ethiopia government", "ETH", "GOV", "ETH.GOV"),
    "ETH_CIV": ("Ethiopia civilians", "ETH", "CIVILIAN", "ETH.CIVILIAN"),
    "FANO": ("Fano", "ETH", "REBEL", "FANO"),
    "ABIY": ("Abiy Ahmed", "ETH", "GOV", "ETH.GOV"),
    "EHRC": ("Ethiopian Human Rights Commission", "ETH", "NGO", "ETH.NGO"),
    "AMNESTY": ("Amnesty International", None, "NGO", "NGO.AMNESTY"),
    "USA_EMB": ("U.S. embassy in Addis Ababa", "USA", "GOV", "USA.GOV"),
    # Serbia
    "SRB_POL": ("Serbia police", "SRB", "POLICE", "SRB.POLICE"),
    "SRB_PROT": ("Serbia protesters", "SRB", "PROTESTER", "SRB.PROTESTER"),
    "SNS_SUPP": ("Serbian Progressive Party supporters", "SRB", "PROTESTER", "SRB.PROTESTER"),
    "SRB_PARTY": ("Serbia opposition", "SRB", "PARTY", "SRB.PARTY"),
    "SRB_GOV": ("Serbia government", "SRB", "GOV", "SRB.GOV"),
    "VUCIC": ("Aleksandar Vucic", "SRB", "GOV", "SRB.GOV"),
    "DACIC": ("Ivica Dacic", "SRB", "GOV", "SRB.GOV"),
    "EC": ("European Commission", None, "IGO", "IGO.EU"),
    "EU": ("European Union", None, "IGO", "IGO.EU"),
    # Syria
    "ISIS": ("Islamic State", None, "INSURGENT", "ISIS"),
    "SDF": ("Syrian Democratic Forces", "SYR", "REBEL", "SDF"),
    "ABDI": ("Mazloum Abdi", "SYR", "REBEL", "SDF"),
    "SYR_POL": ("Syria interior ministry forces", "SYR", "POLICE", "SYR.POLICE"),
    "SYR_GOV": ("Syria government", "SYR", "GOV", "SYR.GOV"),
    "SHAIBANI": ("Asaad al-Shaibani", "SYR", "GOV", "SYR.GOV"),
    "SHARAA": ("Ahmed al-Sharaa", "SYR", "GOV", "SYR.GOV"),
    "SYR_COUNCIL": ("Deir ez-Zor local civil council", "SYR", "GOV", "SYR.GOV"),
    "SYR_GUNMEN": ("Syria gunmen", "SYR", "OTHER", "SYR.OTHER"),
    "SYR_CIV": ("Syria civilians", "SYR", "CIVILIAN", "SYR.CIVILIAN"),
    "TUR_GOV": ("Turkey government", "TUR", "GOV", "TUR.GOV"),
    # Niger
    "JIHADISTS": ("jihadists", None, "INSURGENT", "INSURGENT"),
    "NER_GOV": ("Niger government", "NER", "GOV", "NER.GOV"),
    "TIANI": ("Abdourahamane Tiani", "NER", "GOV", "NER.GOV"),
    "NER_CIV": ("Niger civilians", "NER", "CIVILIAN", "NER.CIVILIAN"),
    "HRW": ("Human Rights Watch", None, "NGO", "NGO.HRW"),
    "FRA_MIL": ("France military", "FRA", "MIL", "FRA.MIL"),
    "RUS_MIL": ("Russia military", "RUS", "MIL", "RUS.MIL"),
    "ECOWAS": ("ECOWAS", None, "IGO", "IGO.ECOWAS"),
    # Lebanon / Israel
    "ISR_MIL": ("Israel military", "ISR", "MIL", "ISR.MIL"),
    "ISR_GOV": ("Israel government", "ISR", "GOV", "ISR.GOV"),
    "KATZ": ("Israel Katz", "ISR", "GOV", "ISR.GOV"),
    "HEZBOLLAH": ("Hezbollah", "LBN", "MIL", "HEZBOLLAH"),
    "QASSEM": ("Naim Qassem", "LBN", "MIL", "HEZBOLLAH"),
    "NASRALLAH": ("Hassan Nasrallah", "LBN", "MIL", "HEZBOLLAH"),
    "LBN_GOV": ("Lebanon government", "LBN", "GOV", "LBN.GOV"),
    "AOUN": ("Joseph Aoun", "LBN", "GOV", "LBN.GOV"),
    "LBN_MIL": ("Lebanon army", "LBN", "MIL", "LBN.MIL"),
    "LBN_CIV": ("Lebanon civilians", "LBN", "CIVILIAN", "LBN.CIVILIAN"),
    "UNIFIL": ("UNIFIL", None, "IGO", "IGO.UN"),
    "ORTAGUS": ("Morgan Ortagus", "USA", "GOV", "USA.GOV"),
    # Mozambique
    "ISM": ("Islamic State Mozambique Province", "MOZ", "INSURGENT", "ISIS"),
    "MOZ_CIV": ("Mozambique civilians", "MOZ", "CIVILIAN", "MOZ.CIVILIAN"),
    "MOZ_IDP": ("Mozambique displaced people", "MOZ", "REFUGEE", "MOZ.REFUGEE"),
    "MOZ_POL": ("Mozambique police", "MOZ", "POLICE", "MOZ.POLICE"),
    "MOZ_GOV": ("Mozambique government", "MOZ", "GOV", "MOZ.GOV"),
    "CHAPO": ("Daniel Chapo", "MOZ", "GOV", "MOZ.GOV"),
    "MONDLANE": ("Venancio Mondlane", "MOZ", "PARTY", "MOZ.PARTY"),
    "RWA_MIL": ("Rwanda Defence Force", "RWA", "MIL", "RWA.MIL"),
    "WFP": ("WFP", None, "IGO", "IGO.UN"),
}

L = {
    # Yemen
    "hodeidah": ("Hodeidah", "YEM", 14.7978, 42.9545, "city"),
    "ras_isa": ("Ras Isa fuel terminal", "YEM", 15.2167, 42.6500, "point"),
    "marib": ("Marib province", "YEM", 15.4621, 45.3225, "admin1"),
    "sanaa": ("Sanaa", "YEM", 15.3694, 44.1910, "city"),
    "yemen": ("Yemen", "YEM", 15.3694, 44.1910, "country"),
    "muscat": ("Muscat", "OMN", 23.5880, 58.3829, "city"),
    # Nigeria
    "damboa": ("Damboa", "NGA", 11.1553, 12.7564, "city"),
    "konduga": ("Konduga", "NGA", 11.6500, 13.4167, "city"),
    "chibok": ("Chibok", "NGA", 10.8667, 12.8500, "city"),
    "kajuru": ("Kajuru, Kaduna state", "NGA", 10.3236, 7.6819, "city"),
    "niger_state": ("Niger state", "NGA", 9.6139, 6.5569, "admin1"),
    "abuja": ("Abuja", "NGA", 9.0765, 7.3986, "city"),
    # Pakistan / Afghanistan
    "bannu": ("Bannu", "PAK", 32.9889, 70.6056, "city"),
    "lakki_marwat": ("Lakki Marwat district", "PAK", 32.6078, 70.9114, "district"),
    "north_waziristan": ("North Waziristan district", "PAK", 33.0000, 70.0700, "district"),
    "peshawar": ("Peshawar", "PAK", 34.0151, 71.5249, "city"),
    "islamabad": ("Islamabad", "PAK", 33.6844, 73.0479, "city"),
    "pakistan": ("Pakistan", "PAK", 33.6844, 73.0479, "country"),
    "khost": ("Khost province", "AFG", 33.3395, 69.9204, "admin1"),
    "khost_city": ("Khost", "AFG", 33.3395, 69.9204, "city"),
    "paktika": ("Paktika province (Barmal district)", "AFG", 33.1757, 68.7304, "admin1"),
    "afghanistan": ("Afghanistan", "AFG", 34.5553, 69.2075, "country"),
    "torkham": ("Torkham crossing", "AFG", 34.1000, 71.0900, "point"),
    "doha": ("Doha", "QAT", 25.2854, 51.5310, "city"),
    # Libya
    "tripoli": ("Tripoli", "LBY", 32.8872, 13.1913, "city"),
    "tajoura": ("Tajoura, Tripoli", "LBY", 32.8817, 13.3511, "district"),
    "mitiga": ("Mitiga airport, Tripoli", "LBY", 32.8941, 13.2760, "point"),
    "martyrs_square": ("Martyrs' Square, Tripoli", "LBY", 32.8956, 13.1806, "point"),
    "sirte": ("Sirte", "LBY", 31.2089, 16.5887, "city"),
    # Ethiopia
    "dembecha": ("Dembecha", "ETH", 10.5500, 37.4833, "city"),
    "debre_markos": ("Debre Markos", "ETH", 10.3500, 37.7333, "city"),
    "bahir_dar": ("Bahir Dar", "ETH", 11.5936, 37.3908, "city"),
    "lalibela": ("Lalibela", "ETH", 12.0317, 39.0476, "city"),
    "amhara": ("Amhara region", "ETH", 11.5936, 37.3908, "admin1"),
    # Serbia
    "novi_sad": ("Novi Sad", "SRB", 45.2671, 19.8335, "city"),
    "belgrade": ("Belgrade", "SRB", 44.7866, 20.4489, "city"),
    "nis": ("Nis", "SRB", 43.3209, 21.8958, "city"),
    "kragujevac": ("Kragujevac", "SRB", 44.0128, 20.9114, "city"),
    "serbia": ("Serbia", "SRB", 44.7866, 20.4489, "country"),
    # Syria
    "busayrah": ("al-Busayrah, Deir ez-Zor", "SYR", 35.1556, 40.4289, "city"),
    "hajin": ("Hajin", "SYR", 34.6950, 40.8300, "city"),
    "albu_kamal": ("Albu Kamal", "SYR", 34.4500, 40.9186, "city"),
    "damascus": ("Damascus", "SYR", 33.5138, 36.2765, "city"),
    "idlib": ("Idlib province", "SYR", 35.9306, 36.6339, "admin1"),
    "syria": ("Syria", "SYR", 33.5138, 36.2765, "country"),
    "baghuz": ("Baghuz", "SYR", 34.4600, 40.9500, "city"),
    # Niger
    "tera": ("Tera", "NER", 14.0078, 0.7531, "city"),
    "tera_village": ("village near Tera, Tillaberi region", "NER", 14.2118, 1.4531, "admin1"),
    "tillaberi": ("Tillaberi region", "NER", 14.2118, 1.4531, "admin1"),
    "niamey": ("Niamey", "NER", 13.5116, 2.1254, "city"),
    "niger": ("Niger", "NER", 13.5116, 2.1254, "country"),
    # Lebanon
    "south_lebanon": ("southern Lebanon (Nabatieh governorate)", "LBN", 33.3772, 35.4836, "admin1"),
    "south_litani": ("south of the Litani river (South governorate)", "LBN", 33.5606, 35.3758, "admin1"),
    "nabatieh": ("Nabatieh", "LBN", 33.3772, 35.4836, "city"),
    "bint_jbeil": ("Bint Jbeil", "LBN", 33.1200, 35.4333, "city"),
    "aita": ("Aita al-Shaab", "LBN", 33.0950, 35.3330, "city"),
    "kfar_kila": ("Kfar Kila", "LBN", 33.2833, 35.5600, "city"),
    "khiam": ("Khiam", "LBN", 33.3283, 35.6106, "city"),
    "beirut": ("Beirut", "LBN", 33.8938, 35.5018, "city"),
    "dahiyeh": ("Beirut southern suburbs", "LBN", 33.8500, 35.5000, "district"),
    # Mozambique
    "macomia": ("Macomia", "MOZ", -12.2500, 40.1200, "city"),
    "macomia_district": ("Macomia district", "MOZ", -12.2500, 40.1200, "district"),
    "pemba": ("Pemba", "MOZ", -12.9740, 40.5178, "city"),
    "palma": ("Palma", "MOZ", -10.7700, 40.4700, "city"),
    "mocimboa": ("Mocimboa da Praia", "MOZ", -11.3500, 40.3500, "city"),
    "cabo_delgado": ("Cabo Delgado province", "MOZ", -12.9740, 40.5178, "admin1"),
}

# Incident labels used in several rows / articles.
AEGEAN = "red-sea-2026-03-09-aegean-star-missile-attack"
HODEIDAH = "hodeidah-2026-03-10-us-air-strikes"
US_YEMEN_2025 = "yemen-2025-03-us-air-campaign"
DAMBOA = "damboa-2026-03-07-iswap-base-attack"
KAJURU = "kajuru-2026-03-08-church-abduction"
CHIBOK = "chibok-2014-04-schoolgirls-abduction"
BANNU = "bannu-2026-03-11-police-station-suicide-attack"
KHOST = "khost-2026-03-14-pakistani-air-strikes"
PAKTIKA = "paktika-2026-03-14-pakistani-air-strikes"
AFPAK_2025 = "afghanistan-pakistan-2025-10-border-clashes"
TRIPOLI = "tripoli-2026-03-12-radaa-444-clashes"
KIKLI = "tripoli-2025-05-kikli-killing"
TRIPOLI_2025 = "tripoli-2025-05-clashes"
DEMBECHA = "dembecha-2026-03-09-market-drone-strike"
NOVI_SAD = "novi-sad-2026-03-14-protest"
BEATINGS = "novi-sad-2026-03-14-detainee-beatings"
BUSAYRAH = "busayrah-2026-03-12-ied-on-sdf-patrol"
TERA = "tera-2024-12-10-market-attack"
TERA_EXEC = "tera-2024-10-army-executions"
NABATIEH = "nabatieh-2026-03-15-israeli-drone-strike"
MACOMIA = "macomia-2025-10-19-insurgent-attack"

# (article, sentence piece, incident, type, mode, status, actor1, actor2, location, date,
#  date_precision, fatalities, injured, attribution)
# actor = (key, span words or None); None = no actor.
R = []


def r(art, sent, inc, typ, mode=None, status="reported", a1=None, a2=None, loc=None,
      date=None, dp=None, fat=None, inj=None, attr=None):
    if date is not None and dp is None:
        dp = "day"
    R.append(dict(art=art, sent=sent, inc=inc, typ=typ, mode=mode, status=status, a1=a1, a2=a2,
                  loc=loc, date=date, dp=dp, fat=fat, inj=inj, attr=attr))


# ---------------------------------------------------------------- cedar_wire_south_lebanon (pub 2026-03-16)
r("lebanon", "Israeli strikes killed four people in southern Lebanon", "south-lebanon-2026-03-15-israeli-strikes-total", "ASSAULT", "aerial", a1=("ISR_MIL", "Israeli"), a2=None, loc="south_lebanon", date="2026-03-15", fat=4, attr="Lebanon's health ministry")
r("lebanon", "A drone strike on a car near the town of Nabatieh", NABATIEH, "ASSAULT", "aerial", a1=("ISR_MIL", None), loc="nabatieh", date="2026-03-15", fat=2, attr="the ministry")
r("lebanon", "The Israeli military said it had killed a Hezbollah commander", NABATIEH, "ASSAULT", "aerial", status="claimed", a1=("ISR_MIL", "The Israeli military"), a2=("HEZBOLLAH", "a Hezbollah commander"), loc="nabatieh", date="2026-03-15", fat=1, attr="The Israeli military")
S = "Separately, Israeli warplanes struck two buildings"
r("lebanon", S, "bint-jbeil-2026-03-15-israeli-air-strike", "ASSAULT", "aerial", a1=("ISR_MIL", "Israeli warplanes"), loc="bint_jbeil", date="2026-03-15", inj=7, attr="the ministry")
r("lebanon", S, "aita-al-shaab-2026-03-15-israeli-strike-on-house", "ASSAULT", "aerial", a1=("ISR_MIL", None), a2=("LBN_CIV", "a man and his son"), loc="aita", date="2026-03-15", fat=2, attr="the ministry")
S = "Lebanese President Joseph Aoun condemned the strikes"
r("lebanon", S, "lebanon-2026-03-16-aoun-condemns-israeli-strikes", "ACCUSE", a1=("AOUN", "Lebanese President Joseph Aoun"), a2=("ISR_GOV", None), date="2026-03-16")
r("lebanon", S, "lebanon-2026-03-16-aoun-appeals-to-truce-sponsors", "REQUEST", a1=("AOUN", "Lebanese President Joseph Aoun"), a2=("USA_GOV", "the United States"), date="2026-03-16")
r("lebanon", "Israel and Lebanon agreed to the ceasefire", "israel-lebanon-2024-11-ceasefire", "AGREE", a1=("ISR_GOV", "Israel"), a2=("LBN_GOV", "Lebanon"), date="2024-11-01", dp="month")
r("lebanon", "UNIFIL said Israeli troops had fired near its peacekeepers", "kfar-kila-2026-03-14-israeli-fire-near-unifil", "ASSAULT", "firearms", a1=("ISR_MIL", "Israeli troops"), a2=("UNIFIL", "its peacekeepers"), loc="kfar_kila", date="2026-03-14", attr="UNIFIL")
S = "The Lebanese army said it had deployed additional troops"
r("lebanon", S, "south-lebanon-2026-03-15-army-deployment", "MOBILIZE", a1=("LBN_MIL", "The Lebanese army"), loc="south_litani", date="2026-03-15", attr="The Lebanese army")
r("lebanon", S, "khiam-2026-03-15-army-takes-hezbollah-position", "COERCE", "seize", a1=("LBN_MIL", "The Lebanese army"), a2=("HEZBOLLAH", "Hezbollah"), loc="khiam", date="2026-03-15", attr="The Lebanese army")
S = "Hezbollah leader Naim Qassem warned"
r("lebanon", S, "lebanon-2026-03-13-qassem-warns-israel", "THREATEN", a1=("QASSEM", "Hezbollah leader Naim Qassem"), a2=("ISR_GOV", "Israel"), date="2026-03-13")
r("lebanon", S, "lebanon-2026-03-13-hezbollah-refuses-to-disarm", "REJECT", a1=("QASSEM", "Hezbollah leader Naim Qassem"), date="2026-03-13")
r("lebanon", "Israeli Defence Minister Israel Katz threatened", "israel-2026-03-16-katz-threatens-beirut-suburbs", "THREATEN", a1=("KATZ", "Israeli Defence Minister Israel Katz"), a2=("HEZBOLLAH", "Hezbollah"), date="2026-03-16")
r("lebanon", "U.S. envoy Morgan Ortagus is due in Beirut next week", "beirut-2026-03-ortagus-visit", "CONSULT", "visit", status="planned", a1=("ORTAGUS", "U.S. envoy Morgan Ortagus"), a2=("AOUN", "Aoun"), loc="beirut", date="2026-03-23", dp="week", attr="a Lebanese official")
r("lebanon", "In September 2024, Israel killed the group's longtime leader", "beirut-2024-09-nasrallah-killing", "ASSAULT", "aerial", a1=("ISR_MIL", "Israel"), a2=("NASRALLAH", "Hassan Nasrallah"), loc="dahiyeh", date="2024-09-01", dp="month", fat=1)

# ---------------------------------------------------------------- gulf_maritime_aegean_star (pub 2026-03-11)
r("yemen2", "A second crew member of the bulk carrier Aegean Star died", AEGEAN, "ASSAULT", "shelling", a1=("HOUTHI", "Houthi"), a2=("SEAFARERS", "A second crew member"), date="2026-03-09", fat=2, attr="the vessel's Athens-based manager")
S = "The U.S. Treasury Department on Tuesday imposed sanctions"
r("yemen2", S, "us-2026-03-10-sanctions-on-houthi-suppliers", "SANCTION", a1=("USA_TREAS", "The U.S. Treasury Department"), a2=("HOUTHI_SUPPLIERS", "six companies and two individuals"), date="2026-03-10")
r("yemen2", S, "us-2026-03-10-accuses-houthi-suppliers", "ACCUSE", a1=("USA_TREAS", "The U.S. Treasury Department"), a2=("HOUTHI_SUPPLIERS", "six companies and two individuals"), date="2026-03-10")
r("yemen2", "The Houthi-run health ministry in Sanaa said", HODEIDAH, "ASSAULT", "aerial", a1=("USA_MIL", "U.S."), a2=("YEM_CIV", "six people"), loc="hodeidah", date="2026-03-10", fat=6, inj=14, attr="The Houthi-run health ministry in Sanaa")
S = "Houthi negotiator Mohammed Abdulsalam warned"
r("yemen2", S, "houthi-2026-03-11-threat-to-shipping", "THREATEN", a1=("ABDULSALAM", "Houthi negotiator Mohammed Abdulsalam"), a2=("SEAFARERS", "any vessel"), date="2026-03-11")
r("yemen2", S, "houthi-2026-03-11-threat-to-retaliate-against-us", "THREATEN", a1=("ABDULSALAM", "Houthi negotiator Mohammed Abdulsalam"), a2=("USA_MIL", None), date="2026-03-11")
r("yemen2", "Omani mediators met Abdulsalam in Muscat", "muscat-2026-03-10-oman-houthi-meeting", "CONSULT", "meeting", a1=("OMN_GOV", "Omani mediators"), a2=("ABDULSALAM", "Abdulsalam"), loc="muscat", date="2026-03-10", attr="two diplomatic sources")
r("yemen2", "China's foreign ministry called on all sides", "china-2026-03-11-calls-for-restraint-red-sea", "REQUEST", a1=("CHN_GOV", "China's foreign ministry"), date="2026-03-11")
r("yemen2", "U.S. officials are weighing whether to resume", "us-possible-renewed-yemen-campaign-2026-03", "ASSAULT", "aerial", status="hypothetical", a1=("USA_GOV", "U.S. officials"), a2=("HOUTHI", "the Houthis"), attr="two people familiar with the discussions")
r("yemen2", "The United States launched an intensive air campaign", US_YEMEN_2025, "ASSAULT", "aerial", a1=("USA_MIL", "The United States"), a2=("HOUTHI", "the group"), loc="yemen", date="2025-03-01", dp="month", fat=200, attr="the Houthis")
r("yemen2", "after driving the internationally recognised government out in 2014", "yemen-2014-houthi-takeover-of-sanaa", "ASSAULT", a1=("HOUTHI", "The Houthis"), a2=("YEM_GOV", "the internationally recognised government"), loc="sanaa", date="2014-01-01", dp="year")
r("yemen2", "A Saudi-led coalition intervened in March 2015", "yemen-2015-03-saudi-led-intervention", "ASSAULT", a1=("SAU_MIL", "A Saudi-led coalition"), a2=("HOUTHI", None), loc="yemen", date="2015-03-01", dp="month")
r("yemen2", "accused Iran on Wednesday of smuggling the missiles", "yemen-2026-03-11-accuses-iran", "ACCUSE", a1=("YEM_GOV", "Yemen's government"), a2=("IRN_GOV", "Iran"), date="2026-03-11")

# ---------------------------------------------------------------- hindukush_herald_khost (pub 2026-03-14)
S = "Pakistani warplanes struck what Islamabad said were hideouts"
r("khost", S, KHOST, "ASSAULT", "aerial", a1=("PAK_MIL", "Pakistani warplanes"), a2=("TTP", "the Pakistani Taliban"), loc="khost", date="2026-03-14")
r("khost", S, PAKTIKA, "ASSAULT", "aerial", a1=("PAK_MIL", "Pakistani warplanes"), a2=("TTP", "the Pakistani Taliban"), loc="paktika", date="2026-03-14")
r("khost", S, BANNU, "ASSAULT", "suicide", a1=("TTP", None), a2=("PAK_POL", None), loc="bannu", date="2026-03-11", fat=14)
r("khost", "Taliban spokesman Zabihullah Mujahid said the strikes killed nine civilians", KHOST, "ASSAULT", "aerial", a1=("PAK_MIL", None), a2=("AFG_CIV", "nine civilians"), loc="khost", date="2026-03-14", fat=9, attr="Taliban spokesman Zabihullah Mujahid")
S = "Pakistan has once again violated Afghanistan's sovereignty"
r("khost", S, "afghanistan-2026-03-14-mujahid-accuses-pakistan", "ACCUSE", a1=("MUJAHID", "Mujahid"), a2=("PAK_GOV", "Pakistan"), date="2026-03-14")
r("khost", S, "afghanistan-2026-03-14-vows-retaliation", "THREATEN", a1=("MUJAHID", "Mujahid"), a2=("PAK_GOV", "Pakistan"), date="2026-03-14")
r("khost", "Pakistan's military said in a statement that the strikes had killed", "afghanistan-2026-03-14-pakistani-air-strikes-total", "ASSAULT", "aerial", status="claimed", a1=("PAK_MIL", "Pakistan's military"), a2=("TTP", "khawarij"), loc="afghanistan", date="2026-03-14", fat=24, attr="Pakistan's military")
r("khost", "A resident of Barmal said two compounds were destroyed", PAKTIKA, "ASSAULT", "aerial", a1=("PAK_MIL", None), loc="paktika", date="2026-03-14", attr="A resident of Barmal")
r("khost", "Afghan and Pakistani border forces exchanged heavy fire", "torkham-2026-03-14-border-clash", "ASSAULT", "firearms", a1=("AFG_MIL", "Afghan"), a2=("PAK_MIL", "Pakistani border forces"), loc="torkham", date="2026-03-14", attr="traders stranded at the border")
r("khost", "Hundreds of people protested in Khost city", "khost-2026-03-14-anti-pakistan-protest", "PROTEST", "demonstration", a1=("AFG_PROT", "Hundreds of people"), loc="khost_city", date="2026-03-14")
r("khost", "The strikes followed the attack on Wednesday in Bannu", BANNU, "ASSAULT", "suicide", a1=("TTP", "a suicide bomber"), a2=("PAK_POL", None), loc="bannu", date="2026-03-11")
r("khost", "The Pakistani Taliban, known as the TTP, claimed that attack", BANNU, "ASSAULT", "suicide", status="claimed", a1=("TTP", "The Pakistani Taliban"), a2=("PAK_POL", None), loc="bannu", date="2026-03-11", attr="The Pakistani Taliban")
r("khost", "the toll from the Bannu attack had risen to 14", BANNU, "ASSAULT", "suicide", a1=("TTP", None), a2=("PAK_POL", "a wounded police officer"), loc="bannu", date="2026-03-11", fat=14, attr="The health department of Khyber Pakhtunkhwa province")
S = "Qatar's foreign ministry urged both sides to show restraint"
r("khost", S, "qatar-2026-03-14-urges-restraint", "REQUEST", a1=("QAT_GOV", "Qatar's foreign ministry"), date="2026-03-14")
r("khost", S, "qatar-2026-03-offer-to-host-afpak-talks", "CONSULT", "talks", status="hypothetical", a1=("QAT_GOV", "Qatar's foreign ministry"), loc="doha")
r("khost", "The U.N. Assistance Mission in Afghanistan called for an investigation", "unama-2026-03-14-calls-for-investigation", "REQUEST", a1=("UNAMA", "The U.N. Assistance Mission in Afghanistan"), date="2026-03-14")
S = "The neighbours fought their worst border clashes in years"
r("khost", S, AFPAK_2025, "ASSAULT", a1=("PAK_MIL", "The neighbours"), a2=("AFG_MIL", None), date="2025-10-01", dp="month")
r("khost", S, "afghanistan-pakistan-2025-10-doha-ceasefire", "AGREE", a1=("PAK_GOV", None), a2=("AFG_GOV", None), loc="doha", date="2025-10-01", dp="month")
r("khost", "Islamabad has also expelled hundreds of thousands", "pakistan-2023-expulsions-of-afghans", "COERCE", "deport", a1=("PAK_GOV", "Islamabad"), a2=("AFG_REF", "hundreds of thousands of undocumented Afghans"), loc="pakistan", date="2023-01-01", dp="year")
r("khost", "On Thursday, Pakistani police detained about 200 Afghan nationals", "peshawar-2026-03-12-afghans-detained", "COERCE", "arrest", a1=("PAK_POL", "Pakistani police"), a2=("AFG_REF", "about 200 Afghan nationals"), loc="peshawar", date="2026-03-12", attr="the Afghan embassy in Islamabad")
r("khost", "The Taliban returned to power in August 2021 as U.S.-led forces withdrew", "afghanistan-2021-08-us-withdrawal", "RETREAT", a1=("USA_MIL", "U.S.-led forces"), loc="afghanistan", date="2021-08-01", dp="month")

# ---------------------------------------------------------------- indian_ocean_courier_macomia (pub 2025-10-21)
r("macomia", "Islamic State-linked insurgents attacked the town of Macomia", MACOMIA, "ASSAULT", a1=("ISM", "Islamic State-linked insurgents"), a2=("MOZ_CIV", "civilians"), loc="macomia", date="2025-10-19", fat=6, attr="local officials and residents")
r("macomia", "The fighters entered the town from the south at dawn", MACOMIA, "ASSAULT", a1=("ISM", "The fighters"), a2=("MOZ_CIV", "Christians"), loc="macomia", date="2025-10-19", attr="a resident")
r("macomia", "Islamic State claimed the attack through its Amaq agency", MACOMIA, "ASSAULT", status="claimed", a1=("ISM", "Islamic State"), a2=("MOZ_CIV", "Christians"), loc="macomia", date="2025-10-19", fat=11, attr="Islamic State")
r("macomia", "Rwandan and Mozambican troops pushed the insurgents out", "macomia-2025-10-20-troops-retake-town", "ASSAULT", "firearms", status="claimed", a1=("RWA_MIL", "Rwandan"), a2=("ISM", "the insurgents"), loc="macomia", date="2025-10-20", attr="the Rwanda Defence Force")
r("macomia", "The World Food Programme said on Tuesday", "macomia-2025-10-21-wfp-food-aid", "AID", a1=("WFP", "The World Food Programme"), a2=("MOZ_IDP", "displaced people"), loc="macomia_district", date="2025-10-21")
S = "President Daniel Chapo, who took office in January"
r("macomia", S, "mozambique-2025-10-20-chapo-appeal-to-residents", "REQUEST", a1=("CHAPO", "President Daniel Chapo"), a2=("MOZ_CIV", "residents"), loc="pemba", date="2025-10-20")
r("macomia", S, "mozambique-2025-10-20-chapo-vows-defeat-of-insurgents", "THREATEN", a1=("CHAPO", "President Daniel Chapo"), a2=("ISM", "the terrorists"), loc="pemba", date="2025-10-20")
r("macomia", "Opposition leader Venancio Mondlane accused", "mozambique-2025-10-21-mondlane-accuses-government", "ACCUSE", a1=("MONDLANE", "Opposition leader Venancio Mondlane"), a2=("MOZ_GOV", "the government"), date="2025-10-21")
S = "Last week, the European Union approved 20 million euros"
r("macomia", S, "eu-2025-10-funding-for-rwandan-deployment", "AID", a1=("EU", "the European Union"), a2=("RWA_MIL", "the Rwandan deployment"), date="2025-10-14", dp="week")
r("macomia", S, "cabo-delgado-2021-07-rwandan-deployment", "MOBILIZE", a1=("RWA_MIL", "the Rwandan deployment"), loc="cabo_delgado", date="2021-07-01", dp="month")
r("macomia", "suspended after an insurgent raid on the town in March 2021", "palma-2021-03-insurgent-raid", "ASSAULT", a1=("ISM", "insurgent"), loc="palma", date="2021-03-01", dp="month", fat=24)
r("macomia", "The insurgency began in October 2017", "mocimboa-2017-10-attack-on-police-stations", "ASSAULT", a1=("ISM", None), a2=("MOZ_POL", "police stations"), loc="mocimboa", date="2017-10-01", dp="month")

# ---------------------------------------------------------------- lakeside_post_nigeria (pub 2026-03-10)
S = "The death toll from an Islamic State attack on a military base"
r("nigeria2", S, DAMBOA, "ASSAULT", "firearms", a1=("ISWAP", "Islamic State"), a2=("NGA_MIL", "soldiers"), loc="damboa", date="2026-03-07", fat=23, attr="two military officials")
r("nigeria2", S, KAJURU, "ASSAULT", "abduction", a1=("BANDITS", "gunmen"), a2=("NGA_CIV", "worshippers"), loc="kajuru", date="2026-03-08")
r("nigeria2", "said six more bodies were recovered on Monday", DAMBOA, "ASSAULT", "firearms", a1=("ISWAP", "Islamic State West Africa Province"), a2=("NGA_MIL", None), loc="damboa", date="2026-03-07", attr="The officials")
r("nigeria2", "its air component had killed 56 ISWAP fighters", "damboa-2026-03-08-air-strikes-on-iswap-convoy", "ASSAULT", "aerial", status="claimed", a1=("NGA_MIL", "The Nigerian army"), a2=("ISWAP", "ISWAP fighters"), loc="damboa", date="2026-03-08", fat=56, attr="The Nigerian army")
r("nigeria2", "In Kaduna state, gunmen stormed a Baptist church", KAJURU, "ASSAULT", "abduction", a1=("BANDITS", "gunmen"), a2=("NGA_CIV", "worshippers"), loc="kajuru", date="2026-03-08", attr="police")
r("nigeria2", "The kidnappers have demanded a ransom", "kajuru-2026-03-kidnappers-ransom-threat", "THREATEN", a1=("BANDITS", "The kidnappers"), a2=("NGA_CIV", "the hostages"), loc="kajuru", date="2026-03-10", attr="the official")
r("nigeria2", "tactical teams had been deployed to the area", "kajuru-2026-03-09-police-deployment", "MOBILIZE", a1=("NGA_POL", "tactical teams"), loc="kajuru", date="2026-03-09", attr="Kaduna state police spokesman Mansir Hassan")
S = "The Christian Association of Nigeria condemned the abduction"
r("nigeria2", S, "can-2026-03-10-condemns-kajuru-abduction", "ACCUSE", a1=("CAN", "The Christian Association of Nigeria"), a2=("BANDITS", None), date="2026-03-10")
r("nigeria2", S, "can-2026-03-10-accuses-federal-government", "ACCUSE", a1=("CAN", "The Christian Association of Nigeria"), a2=("NGA_GOV", "the federal government"), date="2026-03-10")
S = "In a separate incident last week, gunmen killed a Catholic priest"
r("nigeria2", S, "niger-state-2026-03-priest-killed", "ASSAULT", a1=("BANDITS", "gunmen"), a2=("NGA_CIV", "a Catholic priest"), loc="niger_state", date="2026-03-03", dp="week", fat=1, attr="the diocese")
r("nigeria2", S, "niger-state-2026-03-seminarians-abducted", "ASSAULT", "abduction", a1=("BANDITS", "gunmen"), a2=("NGA_CIV", "two seminarians"), loc="niger_state", date="2026-03-03", dp="week", attr="the diocese")
r("nigeria2", "since the 2014 abduction of 276 schoolgirls from Chibok", CHIBOK, "ASSAULT", "abduction", a1=("BOKO", "Boko Haram"), a2=("NGA_CIV", "276 schoolgirls"), loc="chibok", date="2014-01-01", dp="year")
r("nigeria2", "President Bola Tinubu met service chiefs in Abuja", "abuja-2026-03-09-tinubu-meets-service-chiefs", "CONSULT", "meeting", a1=("TINUBU", "President Bola Tinubu"), a2=("NGA_MIL", "service chiefs"), loc="abuja", date="2026-03-09", attr="his spokesman")

# ---------------------------------------------------------------- maghreb_monitor_tripoli_truce (pub 2026-03-16)
r("tripoli2", "The Radaa Deterrence Force and the 444 Brigade agreed on Sunday", "tripoli-2026-03-15-ceasefire-agreement", "AGREE", a1=("RADAA", "The Radaa Deterrence Force"), a2=("LBY_444", "the 444 Brigade"), date="2026-03-15")
r("tripoli2", "14 people had been killed and 52 wounded", TRIPOLI, "ASSAULT", "firearms", a1=("RADAA", None), a2=("LBY_444", None), loc="tripoli", date="2026-03-12", fat=14, inj=52, attr="The health ministry")
r("tripoli2", "Under the deal, the 444 Brigade will withdraw", "mitiga-2026-03-444-brigade-withdrawal", "RETREAT", status="planned", a1=("LBY_444", "the 444 Brigade"), loc="mitiga")
r("tripoli2", "Radaa released 12 captured fighters", "tripoli-2026-03-15-radaa-releases-prisoners", "CONCEDE", a1=("RADAA", "Radaa"), a2=("LBY_444", "12 captured fighters of the 444 Brigade"), date="2026-03-15", attr="a spokesman for the brigade")
S = "Hanna Tetteh, welcomed the agreement"
r("tripoli2", S, "unsmil-2026-03-16-welcomes-tripoli-truce", "SUPPORT", a1=("TETTEH", "Hanna Tetteh"), a2=("RADAA", None), date="2026-03-16")
r("tripoli2", S, "unsmil-2026-03-16-urges-respect-for-truce", "REQUEST", a1=("TETTEH", "Hanna Tetteh"), a2=("RADAA", None), date="2026-03-16")
r("tripoli2", "Hundreds of residents protested in Martyrs' Square", "tripoli-2026-03-14-anti-militia-protest", "PROTEST", "demonstration", a1=("LBY_PROT", "Hundreds of residents"), a2=("LBY_ARMED", "armed groups"), loc="martyrs_square", date="2026-03-14")
r("tripoli2", "The eastern-based House of Representatives accused Dbeibah", "libya-2026-03-16-hor-accuses-dbeibah", "ACCUSE", a1=("LBY_HOR", "The eastern-based House of Representatives"), a2=("DBEIBAH", "Dbeibah"), date="2026-03-16")
r("tripoli2", "denied that it had moved troops towards Sirte", "sirte-2026-03-lna-troop-movement", "MOBILIZE", status="denied", a1=("LNA", "Libyan National Army"), loc="sirte", date="2026-03-16")
S = "came ten months after clashes in May 2025"
r("tripoli2", S, TRIPOLI_2025, "ASSAULT", loc="tripoli", date="2025-05-01", dp="month")
r("tripoli2", S, KIKLI, "ASSAULT", a2=("KIKLI", "Abdulghani al-Kikli"), loc="tripoli", date="2025-05-01", dp="month", fat=1)

# ---------------------------------------------------------------- savanna_times_tillaberi (pub 2024-12-12)
r("niger", "Suspected jihadists killed at least 21 civilians", TERA, "ASSAULT", "firearms", a1=("JIHADISTS", "Suspected jihadists"), a2=("NER_CIV", "civilians"), loc="tera", date="2024-12-10", fat=21, attr="local officials and residents")
r("niger", "The assailants, who arrived on dozens of motorcycles", TERA, "ASSAULT", "firearms", a1=("JIHADISTS", "The assailants"), a2=("NER_CIV", "traders and buyers"), loc="tera", date="2024-12-10", attr="a local official")
r("niger", "it had \"neutralised\" 39 terrorists", "tillaberi-2024-12-army-operations", "ASSAULT", status="claimed", a1=("NER_MIL", "The army"), a2=("JIHADISTS", "terrorists"), loc="tillaberi", date="2024-12-11", dp="week", fat=39, attr="The army")
S = "The same day, Human Rights Watch said soldiers had summarily executed"
r("niger", S, TERA_EXEC, "ASSAULT", "firearms", a1=("NER_MIL", "soldiers"), a2=("NER_CIV", "at least 12 men"), loc="tera_village", date="2024-10-01", dp="month", fat=12, attr="Human Rights Watch")
r("niger", S, "hrw-2024-12-11-accuses-niger-army", "ACCUSE", a1=("HRW", "Human Rights Watch"), a2=("NER_MIL", "the army"), date="2024-12-11")
r("niger", "The government rejected the report as", TERA_EXEC, "ASSAULT", "firearms", status="denied", a1=("NER_GOV", "The government"), a2=("NER_CIV", "the men"), loc="tera_village", date="2024-10-01", dp="month")
S = "General Abdourahamane Tiani, vowed in a televised address"
r("niger", S, "niger-2024-12-11-tiani-vows-to-wipe-out-jihadists", "THREATEN", a1=("TIANI", "General Abdourahamane Tiani"), a2=("JIHADISTS", "the jihadists"), date="2024-12-11")
r("niger", S, "niger-2024-12-11-tiani-calls-for-volunteers", "REQUEST", a1=("TIANI", "General Abdourahamane Tiani"), a2=("NER_CIV", "young people"), date="2024-12-11")
S = "French troops completed their withdrawal from Niger"
r("niger", S, "niger-2023-12-french-withdrawal", "RETREAT", a1=("FRA_MIL", "French troops"), loc="niger", date="2023-12-01", dp="month")
r("niger", S, "niger-2023-junta-demands-french-exit", "REQUEST", a1=("NER_GOV", "the junta"), a2=("FRA_MIL", "they"))
r("niger", "Russian military instructors arrived in Niamey", "niamey-2024-04-russian-instructors", "COOPERATE", a1=("RUS_MIL", "Russian military instructors"), a2=("NER_MIL", "the army"), loc="niamey", date="2024-04-01", dp="month", attr="state television")
S = "announced in January 2024 that they were leaving the Economic Community"
r("niger", S, "sahel-states-2024-01-leave-ecowas", "SANCTION", a1=("NER_GOV", "Niger"), a2=("ECOWAS", "Economic Community of West African States"), date="2024-01-01", dp="month")
r("niger", S, "sahel-states-2024-01-accuse-ecowas", "ACCUSE", a1=("NER_GOV", "Niger"), a2=("ECOWAS", "the regional bloc"), date="2024-01-01", dp="month")

# ---------------------------------------------------------------- wire_mar2026 #0 Yemen (pub 2026-03-10)
r("yemen", "Yemen's Houthis fired two anti-ship missiles", AEGEAN, "ASSAULT", "shelling", a1=("HOUTHI", "Yemen's Houthis"), a2=("SEAFARERS", "one crew member"), date="2026-03-09", fat=1, inj=3, attr="the ship's manager and British maritime authorities")
r("yemen", "The Liberian-flagged Aegean Star", AEGEAN, "ASSAULT", "shelling", a1=("HOUTHI", None), a2=("SEAFARERS", "The Liberian-flagged Aegean Star"), date="2026-03-09", attr="the United Kingdom Maritime Trade Operations (UKMTO) agency")
r("yemen", "An Indian navy destroyer rescued the 21 remaining crew", "red-sea-2026-03-aegean-star-crew-rescue", "AID", a1=("IND_NAVY", "An Indian navy destroyer"), a2=("SEAFARERS", "the 21 remaining crew members"), date="2026-03-10", attr="India's navy")
r("yemen", "Houthi military spokesman Yahya Saree claimed responsibility", AEGEAN, "ASSAULT", "shelling", status="claimed", a1=("HOUTHI", "Houthi military spokesman Yahya Saree"), a2=("SEAFARERS", "the ship"), date="2026-03-09", attr="Houthi military spokesman Yahya Saree")
S = "Hours later, U.S. warplanes struck Houthi targets in Hodeidah"
r("yemen", S, HODEIDAH, "ASSAULT", "aerial", status="claimed", a1=("USA_MIL", "U.S. warplanes"), a2=("HOUTHI", "Houthi targets"), loc="hodeidah", date="2026-03-10", attr="U.S. Central Command")
r("yemen", S, "ras-isa-2026-03-10-us-air-strike", "ASSAULT", "aerial", status="claimed", a1=("USA_MIL", "U.S. warplanes"), a2=("HOUTHI", None), loc="ras_isa", date="2026-03-10", attr="U.S. Central Command")
r("yemen", "The Houthi-run Al Masirah television said the strikes on Hodeidah", HODEIDAH, "ASSAULT", "aerial", a1=("USA_MIL", None), a2=("YEM_CIV", "four people"), loc="hodeidah", date="2026-03-10", fat=4, attr="The Houthi-run Al Masirah television")
r("yemen", "The group's leader, Abdul Malik al-Houthi, vowed", "houthi-2026-03-10-leader-vows-escalation", "THREATEN", a1=("ABDULMALIK", "Abdul Malik al-Houthi"), a2=("USA_GOV", None), date="2026-03-10")
S = "Greece's foreign ministry condemned the attack on the Aegean Star"
r("yemen", S, "greece-2026-03-10-condemns-aegean-star-attack", "ACCUSE", a1=("GRC_GOV", "Greece's foreign ministry"), a2=("HOUTHI", None), date="2026-03-10")
r("yemen", S, "greece-2026-03-10-calls-for-protection-of-shipping", "REQUEST", a1=("GRC_GOV", "Greece's foreign ministry"), a2=("INTL", "the international community"), date="2026-03-10")
r("yemen", "Saudi Arabia, which has largely observed a truce", "saudi-2026-03-10-calls-for-calm", "REQUEST", a1=("SAU_GOV", "Saudi Arabia"), date="2026-03-10")
r("yemen", "Aspides, said on Tuesday it had sent a second frigate", "red-sea-2026-03-10-aspides-frigate", "MOBILIZE", a1=("ASPIDES", "The European Union's naval mission"), date="2026-03-10", attr="Aspides")
r("yemen", "Last week, the Houthis said they had shot down", "marib-2026-03-houthis-down-us-drone", "ASSAULT", "aerial", status="claimed", a1=("HOUTHI", "the Houthis"), a2=("USA_MIL", None), loc="marib", date="2026-03-03", dp="week", attr="the Houthis")
r("yemen", "The Iran-aligned group began attacking ships", "red-sea-2023-11-houthi-attacks-on-shipping", "ASSAULT", a1=("HOUTHI", "The Iran-aligned group"), a2=("SEAFARERS", "ships"), date="2023-11-01", dp="month")
S = "In July 2025, it sank two Greek-operated bulk carriers"
r("yemen", S, "red-sea-2025-07-magic-seas-sinking", "ASSAULT", a1=("HOUTHI", "it"), a2=("SEAFARERS", "the Magic Seas"), date="2025-07-01", dp="month")
r("yemen", S, "red-sea-2025-07-eternity-c-sinking", "ASSAULT", a1=("HOUTHI", "it"), a2=("SEAFARERS", "the Eternity C"), date="2025-07-01", dp="month")
r("yemen", S, "red-sea-2025-07-two-ships-sunk-total", "ASSAULT", a1=("HOUTHI", "it"), a2=("SEAFARERS", "two Greek-operated bulk carriers"), date="2025-07-01", dp="month", fat=4)
S = "The United States and the Houthis agreed to a ceasefire brokered by Oman"
r("yemen", S, "us-houthi-2025-05-oman-ceasefire", "AGREE", a1=("USA_GOV", "The United States"), a2=("HOUTHI", "the Houthis"), date="2025-05-01", dp="month")
r("yemen", S, US_YEMEN_2025, "ASSAULT", "aerial", a1=("USA_MIL", "U.S."), loc="yemen", date="2025-05-01", dp="month")

# ---------------------------------------------------------------- wire_mar2026 #1 Nigeria (pub 2026-03-09)
r("nigeria", "fighters overran a military base in the northeastern Nigerian town of Damboa", DAMBOA, "ASSAULT", "firearms", a1=("ISWAP", "Islamic State West Africa Province"), a2=("NGA_MIL", "soldiers"), loc="damboa", date="2026-03-07", fat=17, attr="two security sources")
r("nigeria", "The attackers, who arrived in about a dozen pickup trucks", DAMBOA, "ASSAULT", "firearms", a1=("ISWAP", "The attackers"), loc="damboa", date="2026-03-07", attr="a resident")
r("nigeria", "ISWAP claimed the attack in a statement", DAMBOA, "ASSAULT", "firearms", status="claimed", a1=("ISWAP", "ISWAP"), a2=("NGA_MIL", "soldiers"), loc="damboa", date="2026-03-07", fat=30, attr="ISWAP")
r("nigeria", "had repelled the attack and killed", "damboa-2026-03-07-army-repels-iswap", "ASSAULT", status="claimed", a1=("NGA_MIL", "troops"), a2=("ISWAP", "terrorists"), loc="damboa", date="2026-03-07", fat=40, attr="The army")
S = "Separately, suspected Boko Haram fighters killed nine farmers"
r("nigeria", S, "konduga-2026-03-06-farmers-killed", "ASSAULT", a1=("BOKO", "suspected Boko Haram fighters"), a2=("NGA_CIV", "nine farmers"), loc="konduga", date="2026-03-06", fat=9, attr="the local government chairman")
r("nigeria", S, "konduga-2026-03-06-women-abducted", "ASSAULT", "abduction", a1=("BOKO", "suspected Boko Haram fighters"), a2=("NGA_CIV", "four women"), loc="konduga", date="2026-03-06", attr="the local government chairman")
r("nigeria", "Borno state governor Babagana Zulum, who visited Damboa", "borno-2026-03-08-zulum-asks-for-troops", "REQUEST", a1=("ZULUM", "Borno state governor Babagana Zulum"), a2=("NGA_GOV", "the federal government"), date="2026-03-08")
S = "President Bola Tinubu condemned the attack"
r("nigeria", S, "nigeria-2026-03-09-tinubu-condemns-damboa-attack", "ACCUSE", a1=("TINUBU", "President Bola Tinubu"), a2=("ISWAP", None), date="2026-03-09")
r("nigeria", S, "nigeria-2026-03-09-tinubu-orders-hunt", "THREATEN", a1=("TINUBU", "President Bola Tinubu"), a2=("ISWAP", "those responsible"), date="2026-03-09")
r("nigeria", "In April 2014, its fighters abducted 276 schoolgirls", CHIBOK, "ASSAULT", "abduction", a1=("BOKO", "its fighters"), a2=("NGA_CIV", "276 schoolgirls"), loc="chibok", date="2014-04-01", dp="month")
r("nigeria", "Neighbouring Cameroon's army said it had reinforced", "cameroon-2026-03-border-reinforcement", "MOBILIZE", a1=("CMR_MIL", "Neighbouring Cameroon's army"), date="2026-03-09", attr="Neighbouring Cameroon's army")
r("nigeria", "since Niger pulled its soldiers out of the force in March 2025", "niger-2025-03-leaves-mnjtf", "RETREAT", a1=("NER_MIL", "Niger"), a2=("MNJTF", "the force"), date="2025-03-01", dp="month")

# ---------------------------------------------------------------- wire_mar2026 #2 Bannu (pub 2026-03-12)
r("bannu", "A suicide bomber rammed an explosives-laden car", BANNU, "ASSAULT", "suicide", a1=("TTP", "A suicide bomber"), a2=("PAK_POL", "police officers"), loc="bannu", date="2026-03-11", fat=13, attr="officials")
r("bannu", "Hospital officials in Bannu said 22 people", BANNU, "ASSAULT", "suicide", a1=("TTP", None), loc="bannu", date="2026-03-11", inj=22, attr="Hospital officials in Bannu")
r("bannu", "Residents said the blast shattered windows", BANNU, "ASSAULT", "suicide", a1=("TTP", None), loc="bannu", date="2026-03-11", attr="Residents")
r("bannu", "Security forces killed all five attackers", "bannu-2026-03-11-attackers-killed", "ASSAULT", "firearms", a1=("PAK_POL", "Security forces"), a2=("TTP", "all five attackers"), loc="bannu", date="2026-03-11", fat=5, attr="Zulfiqar Hameed")
r("bannu", "claimed responsibility in a message to journalists", BANNU, "ASSAULT", "suicide", status="claimed", a1=("TTP", "The Pakistani Taliban"), loc="bannu", date="2026-03-11", attr="The Pakistani Taliban")
S = "Police imposed a curfew in Bannu"
r("bannu", S, "bannu-2026-03-11-curfew", "COERCE", "curfew", a1=("PAK_POL", "Police"), loc="bannu", date="2026-03-11", attr="officials")
r("bannu", S, "bannu-2026-03-11-house-searches", "COERCE", a1=("PAK_POL", "Police"), loc="bannu", date="2026-03-11", attr="officials")
S = "Prime Minister Shehbaz Sharif condemned the attack"
r("bannu", S, "pakistan-2026-03-12-sharif-condemns-bannu-attack", "ACCUSE", a1=("SHARIF", "Prime Minister Shehbaz Sharif"), a2=("TTP", None), date="2026-03-12")
r("bannu", S, "pakistan-2026-03-12-sharif-accuses-afghan-taliban", "ACCUSE", a1=("SHARIF", "Prime Minister Shehbaz Sharif"), a2=("AFG_GOV", "Afghanistan's Taliban government"), date="2026-03-12")
r("bannu", "summoned the Afghan charge d'affaires", "islamabad-2026-03-12-afghan-envoy-summoned", "ACCUSE", a1=("PAK_GOV", "Pakistan's foreign office"), a2=("AFG_GOV", "the Afghan charge d'affaires"), loc="islamabad", date="2026-03-12")
r("bannu", "rejected the accusation on Thursday", "afghanistan-2026-03-12-rejects-pakistani-accusation", "ACCUSE", a1=("MUJAHID", "Zabihullah Mujahid"), a2=("PAK_GOV", "Pakistan"), date="2026-03-12")
r("bannu", "The army's media wing said the attackers and their facilitators", "pakistan-2026-03-12-army-vows-pursuit", "THREATEN", a1=("PAK_MIL", "The army's media wing"), a2=("TTP", "the attackers and their facilitators"), date="2026-03-12")
r("bannu", "it had killed eight militants", "lakki-marwat-2026-03-10-army-operation", "ASSAULT", status="claimed", a1=("PAK_MIL", "Pakistan's military"), a2=("PAK_MILITANTS", "eight militants"), loc="lakki_marwat", date="2026-03-10", fat=8, attr="Pakistan's military")
r("bannu", "a roadside bomb killed four soldiers", "north-waziristan-2026-03-roadside-bomb", "ASSAULT", "explosion", a2=("PAK_MIL", "four soldiers"), loc="north_waziristan", date="2026-03-04", dp="week", fat=4)
r("bannu", "In December 2014, TTP gunmen killed more than 140 people", "peshawar-2014-12-army-public-school-attack", "ASSAULT", "firearms", a1=("TTP", "TTP gunmen"), a2=("PAK_CIV", "more than 140 people"), loc="peshawar", date="2014-12-01", dp="month", fat=140)
r("bannu", "worst border fighting in decades last October", AFPAK_2025, "ASSAULT", a1=("PAK_MIL", None), a2=("AFG_MIL", None), date="2025-10-01", dp="month")

# ---------------------------------------------------------------- wire_mar2026 #3 Tripoli (pub 2026-03-13)
r("tripoli", "Heavy clashes erupted late on Thursday", TRIPOLI, "ASSAULT", "firearms", a1=("RADAA", "two of Tripoli's most powerful armed groups"), a2=("LBY_444", None), loc="tripoli", date="2026-03-12", fat=8, attr="Libya's health ministry")
r("tripoli", "Fighters from the Radaa Deterrence Force and the 444 Brigade", TRIPOLI, "ASSAULT", "firearms", a1=("RADAA", "Radaa Deterrence Force"), a2=("LBY_444", "444 Brigade"), loc="tripoli", date="2026-03-12", attr="residents")
r("tripoli", "A shell hit a house in the Tajoura district", "tajoura-2026-03-shell-kills-family", "ASSAULT", "shelling", a2=("LBY_CIV", "a woman and her two children"), loc="tajoura", date="2026-03-13", fat=3, attr="a relative")
r("tripoli", "Dbeibah ordered an immediate ceasefire", "tripoli-2026-03-13-dbeibah-orders-ceasefire", "CONCEDE", a1=("DBEIBAH", "Dbeibah"), date="2026-03-13", attr="his office")
r("tripoli", "The Radaa force accused the 444 Brigade", "tripoli-2026-03-13-radaa-accuses-444", "ACCUSE", a1=("RADAA", "The Radaa force"), a2=("LBY_444", "the 444 Brigade"), date="2026-03-13")
r("tripoli", "(UNSMIL) called on all parties to stop fighting", "unsmil-2026-03-13-calls-for-end-to-fighting", "REQUEST", a1=("UNSMIL", "The U.N. Support Mission in Libya"), a2=("LBY_ARMED", "all parties"), date="2026-03-13")
r("tripoli", "appealed for a humanitarian corridor", "libya-2026-03-13-health-ministry-corridor-appeal", "REQUEST", a1=("LBY_GOV", "The health ministry"), loc="tripoli", date="2026-03-13")
r("tripoli", "The Presidential Council, Libya's nominal head of state", "tripoli-2026-03-14-presidential-council-meeting", "CONSULT", "meeting", status="planned", a1=("LBY_GOV", "The Presidential Council"), a2=("LBY_ARMED", "armed-group commanders"), date="2026-03-14")
r("tripoli", "issued a joint statement urging restraint", "western-states-2026-03-13-urge-restraint-libya", "REQUEST", a1=("WESTERN", "The United States, Britain, France, Germany and Italy"), date="2026-03-13")
S = "It was the worst fighting in Tripoli since May 2025"
r("tripoli", S, KIKLI, "ASSAULT", a2=("KIKLI", "Abdulghani al-Kikli"), loc="tripoli", date="2025-05-01", dp="month", fat=1)
r("tripoli", S, TRIPOLI_2025, "ASSAULT", loc="tripoli", date="2025-05-01", dp="month")
S = "Libyan National Army launched an offensive on Tripoli in April 2019"
r("tripoli", S, "tripoli-2019-04-lna-offensive", "ASSAULT", a1=("LNA", "Libyan National Army"), loc="tripoli", date="2019-04-01", dp="month")
r("tripoli", S, "tripoli-2020-lna-pushed-back", "ASSAULT", a1=("LBY_GNA", "Turkish-backed forces"), a2=("LNA", "it"), loc="tripoli")
r("tripoli", "Haftar could move forces towards the city of Sirte", "sirte-2026-03-possible-lna-move", "MOBILIZE", status="hypothetical", a1=("LNA", "Haftar"), loc="sirte")

# ---------------------------------------------------------------- wire_mar2026 #4 Amhara (pub 2026-03-11)
S = "A drone strike on a market in Ethiopia's Amhara region killed"
r("amhara", S, DEMBECHA, "ASSAULT", "aerial", a1=("ETH_MIL", "the federal military"), a2=("ETH_CIV", "people"), loc="dembecha", date="2026-03-09", fat=26, attr="three residents and a health worker")
r("amhara", S, "dembecha-2026-03-residents-blame-military", "ACCUSE", a1=("ETH_CIV", "three residents"), a2=("ETH_MIL", "the federal military"), date="2026-03-11")
r("amhara", "The strike hit the weekly market in Dembecha", DEMBECHA, "ASSAULT", "aerial", a2=("ETH_CIV", "farmers"), loc="dembecha", date="2026-03-09", attr="Getachew")
r("amhara", "A health worker at Dembecha hospital said 43 wounded", DEMBECHA, "ASSAULT", "aerial", loc="dembecha", date="2026-03-09", inj=43, attr="A health worker at Dembecha hospital")
S = "The military denied targeting civilians"
r("amhara", S, DEMBECHA, "ASSAULT", "aerial", status="denied", a1=("ETH_MIL", "The military"), a2=("ETH_CIV", "civilians"), loc="dembecha", date="2026-03-09")
r("amhara", S, "dembecha-2026-03-09-strike-military-account", "ASSAULT", "aerial", status="claimed", a1=("ETH_MIL", "The military"), a2=("FANO", "extremist forces"), loc="dembecha", date="2026-03-09", attr="The military")
r("amhara", "Fano fighters ambushed a military convoy", "debre-markos-2026-03-08-fano-ambush", "ASSAULT", status="claimed", a1=("FANO", "Fano fighters"), a2=("ETH_MIL", "a military convoy"), loc="debre_markos", date="2026-03-08", fat=12, attr="a Fano spokesman")
r("amhara", "imposed a curfew on motorcycles", "bahir-dar-2026-03-10-curfew", "COERCE", "curfew", a1=("ETH_GOV", "Authorities"), loc="bahir_dar", date="2026-03-10")
r("amhara", "The Ethiopian Human Rights Commission", "ehrc-2026-03-11-calls-for-investigation", "REQUEST", a1=("EHRC", "The Ethiopian Human Rights Commission"), date="2026-03-11")
r("amhara", "The U.S. embassy in Addis Ababa urged", "us-embassy-2026-03-11-urges-protection-of-civilians", "REQUEST", a1=("USA_EMB", "The U.S. embassy in Addis Ababa"), date="2026-03-11")
r("amhara", "Fano fighters briefly seized the town of Lalibela", "lalibela-2023-08-fano-seizure", "ASSAULT", a1=("FANO", "Fano fighters"), a2=("ETH_MIL", None), loc="lalibela", date="2023-08-01", dp="month")
r("amhara", "Authorities cut mobile internet across much of Amhara", "amhara-2023-internet-shutdown", "COERCE", "censor", a1=("ETH_GOV", "Authorities"), loc="amhara", date="2023-01-01", dp="year")
S = "Last month, Amnesty International accused the government"
r("amhara", S, "amnesty-2026-02-accuses-ethiopia", "ACCUSE", a1=("AMNESTY", "Amnesty International"), a2=("ETH_GOV", "the government"), date="2026-02-01", dp="month")
r("amhara", S, "amhara-2023-2026-drone-strikes-on-civilians", "ASSAULT", "aerial", status="denied", a1=("ETH_GOV", "the government"), a2=("ETH_CIV", "hundreds of civilians"), loc="amhara", date="2023-01-01", dp="year")
r("amhara", "The main Fano faction rejected an offer of talks", "fano-2026-01-rejects-talks-offer", "REJECT", a1=("FANO", "The main Fano faction"), a2=("ABIY", "Prime Minister Abiy Ahmed"), date="2026-01-01", dp="month")

# ---------------------------------------------------------------- wire_mar2026 #5 Serbia (pub 2026-03-15, inferred)
S = "Serbian police fired tear gas and stun grenades"
r("serbia", S, "novi-sad-2026-03-14-tear-gas", "COERCE", "tear-gas", a1=("SRB_POL", "Serbian police"), a2=("SRB_PROT", "tens of thousands of protesters"), loc="novi_sad", date="2026-03-14")
r("serbia", S, NOVI_SAD, "PROTEST", "riot", a1=("SRB_PROT", "some demonstrators"), a2=("SRB_POL", "officers"), loc="novi_sad", date="2026-03-14")
S = "Police said 19 officers were injured"
r("serbia", S, NOVI_SAD, "PROTEST", "riot", a1=("SRB_PROT", None), a2=("SRB_POL", "19 officers"), loc="novi_sad", date="2026-03-14", inj=19, attr="Police")
r("serbia", S, "novi-sad-2026-03-14-arrests", "COERCE", "arrest", a1=("SRB_POL", "Police"), a2=("SRB_PROT", "31 people"), loc="novi_sad", date="2026-03-14", attr="Police")
r("serbia", "The protest was organised by university students", NOVI_SAD, "PROTEST", "riot", a1=("SRB_PROT", "university students"), loc="novi_sad", date="2026-03-14")
r("serbia", "President Aleksandar Vucic called the protesters", "serbia-2026-03-15-vucic-accuses-protesters", "ACCUSE", a1=("VUCIC", "President Aleksandar Vucic"), a2=("SRB_PROT", "the protesters"), date="2026-03-15")
r("serbia", "Student groups called for a general strike", "serbia-2026-03-18-general-strike", "PROTEST", "strike", status="planned", a1=("SRB_PROT", "Student groups"), loc="serbia", date="2026-03-18")
S = "Thousands of people also rallied in Belgrade, Nis and Kragujevac"
r("serbia", S, "belgrade-2026-03-14-solidarity-rally", "PROTEST", "demonstration", a1=("SRB_PROT", "Thousands of people"), loc="belgrade", date="2026-03-14", attr="local media")
r("serbia", S, "nis-2026-03-14-solidarity-rally", "PROTEST", "demonstration", a1=("SRB_PROT", "Thousands of people"), loc="nis", date="2026-03-14", attr="local media")
r("serbia", S, "kragujevac-2026-03-14-solidarity-rally", "PROTEST", "demonstration", a1=("SRB_PROT", "Thousands of people"), loc="kragujevac", date="2026-03-14", attr="local media")
r("serbia", "held a counter-rally outside the presidency in Belgrade", "belgrade-2026-03-15-pro-government-rally", "PROTEST", "demonstration", a1=("SNS_SUPP", "supporters"), loc="belgrade", date="2026-03-15")
r("serbia", "Opposition parties said they would boycott sessions", "serbia-2026-03-opposition-parliament-boycott", "SANCTION", status="planned", a1=("SRB_PARTY", "Opposition parties"), a2=("SRB_GOV", "parliament"), date="2026-03-15")
r("serbia", "Interior Minister Ivica Dacic said police had acted", BEATINGS, "ASSAULT", "beating", status="denied", a1=("DACIC", "Interior Minister Ivica Dacic"), a2=("SRB_PROT", "detained protesters"), loc="novi_sad", date="2026-03-14")
r("serbia", "The Belgrade Centre for Human Rights said it had documented", BEATINGS, "ASSAULT", "beating", a1=("SRB_POL", None), a2=("SRB_PROT", "detainees"), loc="novi_sad", date="2026-03-14", attr="The Belgrade Centre for Human Rights")
r("serbia", "They kicked me while I was on the ground", BEATINGS, "ASSAULT", "beating", a1=("SRB_POL", "They"), a2=("SRB_PROT", "one 22-year-old student"), loc="novi_sad", date="2026-03-14", attr="one 22-year-old student")
r("serbia", "The European Commission urged the Serbian authorities", "eu-2026-03-15-urges-serbia-respect-assembly", "REQUEST", a1=("EC", "The European Commission"), a2=("SRB_GOV", "the Serbian authorities"), date="2026-03-15")
r("serbia", "In March 2025, an estimated 300,000 people rallied in Belgrade", "belgrade-2025-03-mass-protest", "PROTEST", "demonstration", a1=("SRB_PROT", "an estimated 300,000 people"), loc="belgrade", date="2025-03-01", dp="month")

# ---------------------------------------------------------------- wire_mar2026 #6 Syria (pub 2026-03-13)
r("syria", "A roadside bomb killed five fighters", BUSAYRAH, "ASSAULT", "explosion", a1=("ISIS", None), a2=("SDF", "Syrian Democratic Forces"), loc="busayrah", date="2026-03-12", fat=5, attr="the Kurdish-led group")
r("syria", "Islamic State claimed the attack on Friday", BUSAYRAH, "ASSAULT", "explosion", status="claimed", a1=("ISIS", "Islamic State"), a2=("SDF", "SDF"), loc="busayrah", date="2026-03-12", attr="Islamic State")
r("syria", "The SDF said its fighters had been clearing mines", BUSAYRAH, "ASSAULT", "explosion", a1=("ISIS", None), a2=("SDF", "its fighters"), loc="busayrah", date="2026-03-12", attr="The SDF")
r("syria", "Hours after the blast, SDF and U.S.-led coalition forces raided", "busayrah-2026-03-12-sdf-raid-arrests", "COERCE", "arrest", a1=("SDF", "SDF"), a2=("ISIS", "three suspected Islamic State members"), loc="busayrah", date="2026-03-12", attr="the SDF")
S = "On Wednesday, gunmen on a motorcycle shot dead"
r("syria", S, "hajin-2026-03-11-council-member-shot", "ASSAULT", "firearms", a1=("SYR_GUNMEN", "gunmen"), a2=("SYR_COUNCIL", "a member of the local civil council"), loc="hajin", date="2026-03-11", fat=1, attr="residents")
r("syria", S, "albu-kamal-2026-03-11-car-bomb", "ASSAULT", "explosion", a2=("SYR_CIV", "four civilians"), loc="albu_kamal", date="2026-03-11", inj=4, attr="residents")
r("syria", "Syria's interior ministry said its forces had arrested four members", "damascus-2026-03-11-is-cell-arrests", "COERCE", "arrest", a1=("SYR_POL", "its forces"), a2=("ISIS", "four members of an Islamic State cell"), loc="damascus", date="2026-03-11", attr="Syria's interior ministry")
r("syria", "SDF commander Mazloum Abdi met Syrian Foreign Minister", "damascus-2026-03-10-abdi-shaibani-meeting", "CONSULT", "meeting", a1=("ABDI", "SDF commander Mazloum Abdi"), a2=("SHAIBANI", "Syrian Foreign Minister Asaad al-Shaibani"), loc="damascus", date="2026-03-10", attr="state news agency SANA")
r("syria", "The SDF agreed in March 2025 to merge", "sdf-damascus-2025-03-integration-deal", "AGREE", a1=("SDF", "The SDF"), a2=("SHARAA", "President Ahmed al-Sharaa"), date="2025-03-01", dp="month")
r("syria", "Turkey, which regards the SDF's main component", "turkey-2026-03-13-rejects-armed-sdf", "REJECT", a1=("TUR_GOV", "Turkey"), a2=("SDF", "the Kurdish fighters"), date="2026-03-13")
r("syria", "Last week, U.S. Central Command said it had killed a senior", "idlib-2026-03-us-drone-strike-on-is-leader", "ASSAULT", "aerial", status="claimed", a1=("CENTCOM", "U.S. Central Command"), a2=("ISIS", "a senior Islamic State leader"), loc="idlib", date="2026-03-06", dp="week", fat=1, attr="U.S. Central Command")
r("syria", "The Pentagon said in January it had begun reducing", "syria-2026-01-us-troop-drawdown", "RETREAT", a1=("USA_MIL", "The Pentagon"), loc="syria", date="2026-01-01", dp="month")
r("syria", "captured its last enclave at Baghuz in March 2019", "baghuz-2019-03-sdf-capture", "ASSAULT", a1=("SDF", "The SDF"), a2=("ISIS", None), loc="baghuz", date="2019-03-01", dp="month")
