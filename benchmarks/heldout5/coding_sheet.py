"""Coding sheet for the fifth held-out gold set: compiled into events.jsonl by
benchmarks/heldout/build_gold.py --set benchmarks/heldout5.

Each row names its article (source file, index), a unique piece of the sentence, and the coded
fields; actor spans are given as the words in the sentence and turned into offsets by the builder.
Actors: key -> (name, country, sector, code). Locations: key -> (name, country, lat, lon, precision).
"""

ARTICLES = {
    "rio": ("guanabara_post_mare.txt", 0),
    "benin2": ("gulf_guinea_observer_alibori.txt", 0),
    "manipur2": ("imphal_ledger_jiribam.html", 0),
    "car": ("oubangui_daily_bocaranga.txt", 0),
    "caledonia": ("pacific_islands_wire_noumea.txt", 0),
    "baloch2": ("quetta_standard_kalat.html", 0),
    "chile": ("sur_austral_ercilla.txt", 0),
    "benin": ("wire_sep_nov2026.txt", 0),
    "manipur": ("wire_sep_nov2026.txt", 1),
    "uganda": ("wire_sep_nov2026.txt", 2),
    "venezuela": ("wire_sep_nov2026.txt", 3),
    "iran": ("wire_sep_nov2026.txt", 4),
    "taiwan": ("wire_sep_nov2026.txt", 5),
    "baloch": ("wire_sep_nov2026.txt", 6),
}

A = {
    # Benin / Togo
    "JNIM": ("JNIM", "BFA", "INSURGENT", "JNIM"),
    "BEN_MILITANTS": ("Islamist militants (northern Benin)", "BEN", "INSURGENT", "INSURGENT"),
    "BEN_JIHADISTS": ("suspected jihadists (Segbana)", "BEN", "INSURGENT", "INSURGENT"),
    "BEN_MIL": ("Benin army", "BEN", "MIL", "BEN.MIL"),
    "BEN_GOV": ("Benin government", "BEN", "GOV", "BEN.GOV"),
    "BEN_SPOX": ("Benin government spokesman", "BEN", "GOV", "BEN.GOV"),
    "BEN_MOFA": ("Benin foreign ministry", "BEN", "GOV", "BEN.GOV"),
    "YACOUBOU": ("Issifou Yacoubou", "BEN", "GOV", "BEN.GOV"),
    "BEN_CIV": ("Benin civilians", "BEN", "CIVILIAN", "BEN.CIVILIAN"),
    "NER_GOV": ("Niger government", "NER", "GOV", "NER.GOV"),
    "TGO_MIL": ("Togo army", "TGO", "MIL", "TGO.MIL"),
    "TGO_GOV": ("Togo government", "TGO", "GOV", "TGO.GOV"),
    "TGO_ASSAILANTS": ("assailants in Kpendjal", "TGO", "INSURGENT", "INSURGENT"),
    "TGO_NGO": ("Togolese civil society groups", "TGO", "NGO", "TGO.NGO"),
    "TGO_MEDIA": ("journalists in northern Togo", "TGO", "MEDIA", "TGO.MEDIA"),
    "EU": ("European Union", None, "IGO", "IGO.EU"),
    # Manipur
    "MNP_MILITANTS": ("Manipur militants", "IND", "REBEL", "IND.REBEL"),
    "KNA": ("Kuki National Army (KNA)", "IND", "REBEL", "KNA"),
    "MEITEI_VOL": ("armed Meitei volunteers", "IND", "OTHER", "IND.OTHER"),
    "IND_CIV": ("India civilians", "IND", "CIVILIAN", "IND.CIVILIAN"),
    "KUKI_CIV": ("Kuki villagers", "IND", "CIVILIAN", "IND.CIVILIAN"),
    "IND_POL": ("Manipur police", "IND", "POLICE", "IND.POLICE"),
    "IND_AUTH": ("Manipur authorities", "IND", "GOV", "IND.GOV"),
    "JIRIBAM_ADMIN": ("Jiribam district administration", "IND", "GOV", "IND.GOV"),
    "IND_PROT": ("Manipur protesters", "IND", "PROTESTER", "IND.PROTESTER"),
    "KUKI_GROUPS": ("Kuki-Zo groups", "IND", "PROTESTER", "IND.PROTESTER"),
    "COCOMI": ("Coordinating Committee on Manipur Integrity (COCOMI)", "IND", "PROTESTER", "IND.PROTESTER"),
    "SHAH": ("Amit Shah", "IND", "GOV", "IND.GOV"),
    "IND_CAPF": ("India federal paramilitary forces", "IND", "POLICE", "IND.POLICE"),
    "ASSAM_RIFLES": ("Assam Rifles", "IND", "MIL", "IND.MIL"),
    "RAHUL": ("Rahul Gandhi", "IND", "PARTY", "IND.PARTY"),
    "MODI": ("Narendra Modi", "IND", "GOV", "IND.GOV"),
    "IND_GOV": ("India government", "IND", "GOV", "IND.GOV"),
    # Uganda / ADF
    "ADF": ("Allied Democratic Forces (ADF)", "UGA", "INSURGENT", "ISCAP"),
    "ISIS": ("Islamic State", None, "INSURGENT", "ISIS"),
    "UGA_BOMBERS": ("suicide bombers (Kampala 2021)", "UGA", "INSURGENT", "INSURGENT"),
    "UGA_MIL": ("Uganda army (UPDF)", "UGA", "MIL", "UGA.MIL"),
    "UGA_GOV": ("Uganda government", "UGA", "GOV", "UGA.GOV"),
    "UGA_LOCAL": ("local leaders in Bundibugyo", "UGA", "GOV", "UGA.GOV"),
    "MUSEVENI": ("Yoweri Museveni", "UGA", "GOV", "UGA.GOV"),
    "UGA_CIV": ("Uganda civilians", "UGA", "CIVILIAN", "UGA.CIVILIAN"),
    "COD_MIL": ("DR Congo army (FARDC)", "COD", "MIL", "COD.MIL"),
    "REGION_PRES": ("presidents of Congo, Rwanda and Burundi", None, "GOV", "GOV"),
    # Venezuela
    "VEN_SEBIN": ("SEBIN intelligence service", "VEN", "POLICE", "VEN.POLICE"),
    "VEN_SEC": ("Venezuela security forces", "VEN", "POLICE", "VEN.POLICE"),
    "VEN_GOV": ("Venezuela government", "VEN", "GOV", "VEN.GOV"),
    "VEN_PROT": ("Venezuela protesters", "VEN", "PROTESTER", "VEN.PROTESTER"),
    "CAMACARO": ("Luis Alberto Camacaro", "VEN", "PARTY", "VEN.PARTY"),
    "MACHADO": ("Maria Corina Machado", "VEN", "PARTY", "VEN.PARTY"),
    "SAAB": ("Tarek William Saab", "VEN", "JUDICIARY", "VEN.JUDICIARY"),
    "MADURO": ("Nicolas Maduro", "VEN", "GOV", "VEN.GOV"),
    "USA_GOV": ("U.S. government", "USA", "GOV", "USA.GOV"),
    "BRA_GOV": ("Brazil government", "BRA", "GOV", "BRA.GOV"),
    "LATAM7": ("seven Latin American countries", None, "GOV", "GOV"),
    "HRW": ("Human Rights Watch", None, "NGO", "NGO.HRW"),
    # Iran
    "IRN_SEC": ("Iran security forces", "IRN", "POLICE", "IRN.POLICE"),
    "IRN_POL": ("Sistan-Baluchestan police", "IRN", "POLICE", "IRN.POLICE"),
    "IRN_GOV": ("Iran government", "IRN", "GOV", "IRN.GOV"),
    "IRN_MIL": ("Iran armed forces", "IRN", "MIL", "IRN.MIL"),
    "IRN_COURT": ("Zahedan revolutionary court", "IRN", "JUDICIARY", "IRN.JUDICIARY"),
    "IRN_JUDICIARY": ("Iran judiciary", "IRN", "JUDICIARY", "IRN.JUDICIARY"),
    "IRN_PROT": ("Zahedan protesters", "IRN", "PROTESTER", "IRN.PROTESTER"),
    "NAROUIE": ("Ebrahim Narouie", "IRN", "CIVILIAN", "IRN.CIVILIAN"),
    "ABDOLHAMID": ("Molavi Abdolhamid", "IRN", "OTHER", "IRN.OTHER"),
    "IRN_ELDERS": ("Baluch community elders", "IRN", "PROTESTER", "IRN.PROTESTER"),
    "RIGHTS_GROUPS": ("rights groups", None, "NGO", "NGO"),
    "IRGC": ("Islamic Revolutionary Guard Corps", "IRN", "MIL", "IRN.MIL"),
    "JAISH": ("Jaish al-Adl", "IRN", "INSURGENT", "JAISH-AL-ADL"),
    "PAK_GOV": ("Pakistan government", "PAK", "GOV", "PAK.GOV"),
    "PAK_MIL": ("Pakistan army", "PAK", "MIL", "PAK.MIL"),
    "OHCHR": ("U.N. human rights office (OHCHR)", None, "IGO", "IGO.UN"),
    # Taiwan
    "CHN_MIL": ("China military (PLA)", "CHN", "MIL", "CHN.MIL"),
    "CHN_ETC": ("PLA Eastern Theater Command", "CHN", "MIL", "CHN.MIL"),
    "CHN_CG": ("China coast guard", "CHN", "MIL", "CHN.MIL"),
    "CHN_GOV": ("China government", "CHN", "GOV", "CHN.GOV"),
    "CHN_TAO": ("China Taiwan Affairs Office", "CHN", "GOV", "CHN.GOV"),
    "TWN_GOV": ("Taiwan government", "TWN", "GOV", "TWN.GOV"),
    "TWN_MIL": ("Taiwan armed forces", "TWN", "MIL", "TWN.MIL"),
    "LAI": ("Lai Ching-te", "TWN", "GOV", "TWN.GOV"),
    "LAI_OFFICE": ("Taiwan presidential office", "TWN", "GOV", "TWN.GOV"),
    "KMT": ("Kuomintang", "TWN", "PARTY", "TWN.PARTY"),
    "PRY_GOV": ("Paraguay government", "PRY", "GOV", "PRY.GOV"),
    "GTM_GOV": ("Guatemala government", "GTM", "GOV", "GTM.GOV"),
    "JPN_GOV": ("Japan government", "JPN", "GOV", "JPN.GOV"),
    "USA_FIRMS": ("seven U.S. defense companies", "USA", "OTHER", "USA.OTHER"),
    # Balochistan
    "BLA": ("Baloch Liberation Army (BLA)", "PAK", "REBEL", "BLA"),
    "JEEYAND": ("Jeeyand Baloch", "PAK", "REBEL", "BLA"),
    "PAK_MILITANTS": ("Baloch militants (Musakhel)", "PAK", "REBEL", "PAK.REBEL"),
    "PAK_CIV": ("Pakistan civilians", "PAK", "CIVILIAN", "PAK.CIVILIAN"),
    "PAK_OUTSIDERS": ("non-Baloch residents ('outsiders')", "PAK", "CIVILIAN", "PAK.CIVILIAN"),
    "PAK_LEVIES": ("Balochistan Levies", "PAK", "POLICE", "PAK.POLICE"),
    "PAK_FC": ("Frontier Corps", "PAK", "MIL", "PAK.MIL"),
    "PAK_POL": ("Quetta police", "PAK", "POLICE", "PAK.POLICE"),
    "PAK_CTD": ("Counter Terrorism Department police", "PAK", "POLICE", "PAK.POLICE"),
    "SHARIF": ("Shehbaz Sharif", "PAK", "GOV", "PAK.GOV"),
    "NAQVI": ("Mohsin Naqvi", "PAK", "GOV", "PAK.GOV"),
    "BLN_GOV": ("Balochistan provincial government", "PAK", "GOV", "PAK.GOV"),
    "BHC": ("Balochistan High Court", "PAK", "JUDICIARY", "PAK.JUDICIARY"),
    "BYC": ("Baloch Yakjehti Committee (BYC)", "PAK", "PROTESTER", "PAK.PROTESTER"),
    "MAHRANG": ("Mahrang Baloch", "PAK", "PROTESTER", "PAK.PROTESTER"),
    "PAK_RELATIVES": ("relatives of the Kalat victims", "PAK", "PROTESTER", "PAK.PROTESTER"),
    "IND_MEA": ("India foreign ministry", "IND", "GOV", "IND.GOV"),
    "AMNESTY": ("Amnesty International", None, "NGO", "NGO.AMNESTY"),
    "CHN_EMB": ("China embassy in Islamabad", "CHN", "GOV", "CHN.GOV"),
    # Rio de Janeiro
    "RJ_POL": ("Rio de Janeiro military police", "BRA", "POLICE", "BRA.POLICE"),
    "CV": ("Comando Vermelho", "BRA", "OTHER", "BRA.OTHER"),
    "BRA_GUNMEN": ("gunmen in Penha", "BRA", "OTHER", "BRA.OTHER"),
    "BRA_CIV": ("Maré residents", "BRA", "CIVILIAN", "BRA.CIVILIAN"),
    "BRA_PROT": ("Maré residents blocking Avenida Brasil", "BRA", "PROTESTER", "BRA.PROTESTER"),
    "RJ_SEC": ("Rio de Janeiro state security secretary", "BRA", "GOV", "BRA.GOV"),
    "BRA_HRM": ("Brazil human rights ministry", "BRA", "GOV", "BRA.GOV"),
    "BRA_PROSECUTORS": ("Brazil federal prosecutors", "BRA", "JUDICIARY", "BRA.JUDICIARY"),
    "RJ_DEFENDER": ("Rio de Janeiro public defender's office", "BRA", "JUDICIARY", "BRA.JUDICIARY"),
    "BRA_STF": ("Brazil Supreme Court", "BRA", "JUDICIARY", "BRA.JUDICIARY"),
    # Chile
    "RMM": ("Resistencia Mapuche Malleco (RMM)", "CHL", "REBEL", "RMM"),
    "CHL_FIRM": ("forestry contractor near Ercilla", "CHL", "OTHER", "CHL.OTHER"),
    "CHL_CIV": ("Chile civilians", "CHL", "CIVILIAN", "CHL.CIVILIAN"),
    "CHL_SUSPECTS": ("men detained near Collipulli", "CHL", "CIVILIAN", "CHL.CIVILIAN"),
    "CHL_POL": ("Carabineros", "CHL", "POLICE", "CHL.POLICE"),
    "CHL_MIL": ("Chile army", "CHL", "MIL", "CHL.MIL"),
    "CHL_GOV": ("Chile government", "CHL", "GOV", "CHL.GOV"),
    "CHL_COURT": ("Chile court", "CHL", "JUDICIARY", "CHL.JUDICIARY"),
    "MAPUCHE_PROT": ("members of Mapuche communities", "CHL", "PROTESTER", "CHL.PROTESTER"),
    "CORMA": ("CORMA forestry association", "CHL", "OTHER", "CHL.OTHER"),
    "LLAITUL": ("Héctor Llaitul", "CHL", "REBEL", "CAM"),
    # New Caledonia
    "FRA_GOV": ("France government (High Commission)", "FRA", "GOV", "FRA.GOV"),
    "FRA_GEND": ("French gendarmerie", "FRA", "POLICE", "FRA.POLICE"),
    "FRA_JUDGE": ("French judge", "FRA", "JUDICIARY", "FRA.JUDICIARY"),
    "NCL_YOUTHS": ("youths in Saint-Louis", "NCL", "PROTESTER", "NCL.PROTESTER"),
    "NCL_PROIND": ("pro-independence supporters", "NCL", "PROTESTER", "NCL.PROTESTER"),
    "NCL_RIOTERS": ("New Caledonia rioters", "NCL", "PROTESTER", "NCL.PROTESTER"),
    "CCAT": ("Field Action Coordination Cell (CCAT)", "NCL", "PROTESTER", "NCL.PROTESTER"),
    "TEIN": ("Christian Tein", "NCL", "PROTESTER", "NCL.PROTESTER"),
    "FLNKS": ("FLNKS", "NCL", "PARTY", "NCL.PARTY"),
    "NCL_LOYALISTS": ("Loyalist leaders", "NCL", "PARTY", "NCL.PARTY"),
    "NCL_LEADERS": ("New Caledonian leaders", "NCL", "PARTY", "NCL.PARTY"),
    # Central African Republic
    "R3": ("3R (Return, Reclamation, Rehabilitation)", "CAF", "REBEL", "3R"),
    "CPC": ("Coalition of Patriots for Change (CPC)", "CAF", "REBEL", "CPC"),
    "CAF_ARMED": ("armed groups in the Central African Republic", "CAF", "REBEL", "CAF.REBEL"),
    "CAF_CIV": ("Central African Republic civilians", "CAF", "CIVILIAN", "CAF.CIVILIAN"),
    "CAF_MIL": ("Central African armed forces (FACA)", "CAF", "MIL", "CAF.MIL"),
    "CAF_GOV": ("Central African Republic government", "CAF", "GOV", "CAF.GOV"),
    "TOUADERA": ("Faustin-Archange Touadéra", "CAF", "GOV", "CAF.GOV"),
    "WAGNER": ("Wagner Group", "RUS", "MIL", "WAGNER"),
    "MINUSCA": ("MINUSCA", None, "IGO", "IGO.UN"),
    "RUGWABIZA": ("Valentine Rugwabiza", None, "IGO", "IGO.UN"),
}

L = {
    # Benin / Togo / Niger
    "monsey": ("army post near Monsey (Karimama commune)", "BEN", 12.0667, 3.1833, "district"),
    "banikoara_road": ("Banikoara-Kerou road (Banikoara commune)", "BEN", 11.2985, 2.4386, "district"),
    "alibori": ("Alibori department", "BEN", 11.1342, 2.9386, "admin1"),
    "point_triple": ("near the Point Triple, Park W (Alibori department)", "BEN", 11.1342, 2.9386, "admin1"),
    "segbana": ("near Segbana", "BEN", 10.9280, 3.6940, "district"),
    "north_benin": ("northern Benin", "BEN", 6.4965, 2.6036, "country"),
    "niamey": ("Niamey", "NER", 13.5137, 2.1098, "city"),
    "kpendjal": ("military post in Kpendjal prefecture (Savanes)", "TGO", 10.8500, 0.8167, "district"),
    "savanes": ("Savanes region (northern Togo)", "TGO", 10.8623, 0.2076, "admin1"),
    # Manipur
    "jakuradhor": ("Jakuradhor Karong village (Jiribam district)", "IND", 24.8043, 93.1215, "district"),
    "jiribam_district": ("Jiribam district", "IND", 24.8043, 93.1215, "district"),
    "jiribam_hills": ("hills near Jiribam (Jiribam district)", "IND", 24.8043, 93.1215, "district"),
    "jiribam": ("Jiribam", "IND", 24.8043, 93.1215, "city"),
    "imphal": ("Imphal", "IND", 24.8081, 93.9442, "city"),
    "manipur": ("Manipur", "IND", 24.8081, 93.9442, "admin1"),
    "kuki_districts": ("Kangpokpi and Churachandpur districts (Manipur)", "IND", 24.8081, 93.9442, "admin1"),
    "kangpokpi": ("National Highway 2 in Kangpokpi district", "IND", 25.1500, 93.9700, "district"),
    "cachar": ("checkpoint in Cachar district, Assam", "IND", 24.8273, 92.7979, "district"),
    "new_delhi": ("New Delhi", "IND", 28.6214, 77.2148, "city"),
    # Uganda / Congo
    "ntandi": ("Ntandi (Bundibugyo district)", "UGA", 0.7112, 30.0647, "district"),
    "bundibugyo_border": ("near the Congo border (Bundibugyo district)", "UGA", 0.7112, 30.0647, "district"),
    "beni": ("Beni territory", "COD", 0.4911, 29.4731, "district"),
    "east_congo": ("eastern Congo", "COD", -4.3276, 15.3136, "country"),
    "kampala": ("Kampala", "UGA", 0.3163, 32.5822, "city"),
    "mpondwe": ("secondary school in Mpondwe (Kasese district)", "UGA", 0.0401, 29.7248, "city"),
    # Venezuela
    "barquisimeto": ("Barquisimeto", "VEN", 10.0647, -69.3570, "city"),
    "caracas": ("Caracas", "VEN", 10.4880, -66.8792, "city"),
    "venezuela": ("Venezuela", "VEN", 10.4880, -66.8792, "country"),
    # Iran
    "zahedan": ("Zahedan", "IRN", 29.4963, 60.8629, "city"),
    "sistan_baluchestan": ("Sistan-Baluchestan province", "IRN", 29.4963, 60.8629, "admin1"),
    "saravan": ("near Saravan", "IRN", 27.3709, 62.3341, "city"),
    # Taiwan
    "taiwan": ("around Taiwan", "TWN", 25.0531, 121.5264, "country"),
    "kinmen": ("waters near Kinmen (Jincheng)", "TWN", 24.4326, 118.3171, "district"),
    "paraguay": ("Paraguay", "PRY", -25.2865, -57.6470, "country"),
    "guatemala": ("Guatemala", "GTM", 14.6407, -90.5133, "country"),
    # Balochistan
    "balochistan": ("Balochistan province", "PAK", 30.1841, 67.0014, "admin1"),
    "mangochar": ("N-25 highway near Mangochar (Kalat district)", "PAK", 29.0266, 66.5936, "district"),
    "kalat_district": ("Kalat district", "PAK", 29.0266, 66.5936, "district"),
    "kech": ("Kech district", "PAK", 26.0012, 63.0485, "district"),
    "bolan": ("Bolan Pass (Kachhi district)", "PAK", 29.8637, 67.3302, "district"),
    "musakhel": ("Musakhel district", "PAK", 30.8594, 69.8221, "district"),
    "quetta": ("Quetta", "PAK", 30.1841, 67.0014, "city"),
    # Rio de Janeiro
    "mare": ("Maré favela complex, Rio de Janeiro", "BRA", -22.8590, -43.2430, "district"),
    "avenida_brasil": ("Avenida Brasil by the Maré, Rio de Janeiro", "BRA", -22.8590, -43.2430, "district"),
    "penha": ("Penha district, Rio de Janeiro", "BRA", -22.8400, -43.2770, "district"),
    "rio": ("Rio de Janeiro", "BRA", -22.9064, -43.1822, "city"),
    # Chile
    "ercilla": ("forestry yard near Ercilla", "CHL", -38.0632, -72.3743, "city"),
    "collipulli": ("checkpoint near Collipulli", "CHL", -37.9545, -72.4344, "city"),
    "angol": ("Angol", "CHL", -37.7952, -72.7164, "city"),
    "araucania": ("Araucanía and Biobío regions", "CHL", -38.7363, -72.5974, "admin1"),
    "canete": ("Cañete", "CHL", -37.8013, -73.3962, "city"),
    # New Caledonia
    "noumea": ("Nouméa", "NCL", -22.2741, 166.4488, "city"),
    "greater_noumea": ("greater Nouméa (Saint-Louis, Mont-Dore, Dumbéa)", "NCL", -22.2741, 166.4488, "city"),
    "saint_louis": ("Saint-Louis (Mont-Dore)", "NCL", -22.2300, 166.5000, "district"),
    "new_caledonia": ("New Caledonia", "NCL", -22.2741, 166.4488, "country"),
    "bougival": ("Bougival", "FRA", 48.8622, 2.1415, "city"),
    "paris": ("Paris", "FRA", 48.8534, 2.3488, "city"),
    # Central African Republic
    "bocaranga_village": ("village 25 km north of Bocaranga (Bocaranga sub-prefecture)", "CAF", 6.9853, 15.6406, "district"),
    "bocaranga_area": ("area north of Bocaranga (Bocaranga sub-prefecture)", "CAF", 6.9853, 15.6406, "district"),
    "bocaranga": ("Bocaranga", "CAF", 6.9853, 15.6406, "city"),
    "ndjamena": ("N'Djamena", "TCD", 12.1067, 15.0444, "city"),
    "khartoum": ("Khartoum", "SDN", 15.5518, 32.5324, "city"),
    "bangui": ("Bangui", "CAF", 4.3612, 18.5550, "city"),
    "paoua": ("Koundjili and Lemouna villages near Paoua", "CAF", 7.2427, 16.4406, "district"),
    "car": ("Central African Republic", "CAF", 4.3612, 18.5550, "country"),
}

# Incident labels used in several rows / articles.
BENIN_TOTAL = "alibori-2026-09-12-weekend-attacks-on-army-total"
MONSEY = "monsey-2026-09-12-jnim-attack-on-army-post"
BANIKOARA_IED = "banikoara-2026-09-13-roadside-bomb-on-army-vehicle"
NIAMEY_MEETING = "niamey-2026-09-18-benin-niger-foreign-ministers-meeting"
TOGO_KILLS = "kpendjal-2026-09-12-togo-army-kills-assailants"
BEN_ARRESTS = "monsey-2026-09-13-soldiers-detain-men"
JIRIBAM = "jakuradhor-karong-2026-09-20-attack-on-meitei-villagers"
KUKI_SHUTDOWN_PLANNED = "manipur-2026-09-23-kuki-zo-shutdown-planned"
AR_KILLING = "jiribam-hills-2026-09-22-assam-rifles-kill-two"
NTANDI = "ntandi-2026-10-04-adf-raid"
CAMACARO_ARREST = "barquisimeto-2024-08-12-camacaro-detained"
ZAHEDAN_SHOOTING = "zahedan-2026-10-16-security-forces-fire-on-protesters"
ZAHEDAN_PROTEST = "zahedan-2026-10-16-protest"
NAROUIE_SENTENCE = "zahedan-2026-10-13-narouie-death-sentence"
SARAVAN = "saravan-2026-10-14-attack-on-irgc-patrol"
DRILLS = "taiwan-2026-10-27-strait-thunder-drills"
KINMEN = "kinmen-2026-10-27-china-coast-guard-patrols"
BALOCH_TOTAL = "balochistan-2026-11-08-bla-attacks-total"
MANGOCHAR = "mangochar-2026-11-08-bla-killing-of-bus-passengers"
BYC_SITIN = "quetta-2026-11-11-byc-sit-in-planned"
MARE = "mare-2026-11-18-police-raid"
ERCILLA = "ercilla-2026-09-28-rmm-arson-attack"
SAINT_LOUIS = "saint-louis-2026-10-21-riot"
NOUMEA_CURFEW = "noumea-2026-10-21-curfew"
BOCARANGA = "bocaranga-2025-03-09-3r-attack-on-village"

R = []


def r(art, sent, inc, typ, mode=None, status="reported", a1=None, a2=None, loc=None,
      date=None, dp=None, fat=None, inj=None, attr=None):
    if date is not None and dp is None:
        dp = "day"
    R.append(dict(art=art, sent=sent, inc=inc, typ=typ, mode=mode, status=status, a1=a1, a2=a2,
                  loc=loc, date=date, dp=dp, fat=fat, inj=inj, attr=attr))


# ---------------------------------------------------------------- wire_sep_nov2026 #0 Benin (pub 2026-09-15)
r("benin", "Islamist militants killed 11 soldiers in two attacks", BENIN_TOTAL, "ASSAULT", a1=("BEN_MILITANTS", "Islamist militants"), a2=("BEN_MIL", "11 soldiers"), loc="alibori", date="2026-09-12", dp="week", fat=11, attr="the army")
S = "Eight soldiers were killed when dozens of fighters on motorbikes stormed an army post"
r("benin", S, MONSEY, "ASSAULT", a1=("JNIM", "dozens of fighters on motorbikes"), a2=("BEN_MIL", "an army post"), loc="monsey", date="2026-09-12", fat=8, attr="the army chief of staff")
r("benin", S, BANIKOARA_IED, "ASSAULT", "explosion", a2=("BEN_MIL", "their vehicle"), loc="banikoara_road", date="2026-09-13", fat=3, attr="the army chief of staff")
r("benin", "claimed the attack on the Monsey post in a statement on Sunday", MONSEY, "ASSAULT", status="claimed", a1=("JNIM", "Al Qaeda-linked Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"), a2=("BEN_MIL", "the Monsey post"), loc="monsey", date="2026-09-12", attr="JNIM")
r("benin", "Soldiers killed about 20 of the assailants as they withdrew", "monsey-2026-09-12-army-kills-withdrawing-assailants", "ASSAULT", status="claimed", a1=("BEN_MIL", "Soldiers"), a2=("JNIM", "about 20 of the assailants"), loc="monsey", date="2026-09-12", fat=20, attr="the army statement")
S = "A government spokesman condemned what he called a \"cowardly and barbaric attack\""
r("benin", S, "benin-2026-09-15-government-condemns-attack", "ACCUSE", a1=("BEN_SPOX", "A government spokesman"), a2=("JNIM", None), date="2026-09-15")
r("benin", S, "north-benin-2026-09-reinforcements", "MOBILIZE", a1=("BEN_MIL", "reinforcements"), loc="north_benin", date="2026-09-15", attr="A government spokesman")
r("benin", S, "north-benin-2022-operation-mirador", "MOBILIZE", a1=("BEN_MIL", "Benin"), loc="north_benin", date="2022-01-01", dp="year")
r("benin", "In April 2025, JNIM fighters killed 54 soldiers", "point-triple-2025-04-jnim-attacks-on-army", "ASSAULT", a1=("JNIM", "JNIM fighters"), a2=("BEN_MIL", "54 soldiers"), loc="point_triple", date="2025-04-01", dp="month", fat=54)
r("benin", "Niger's military government has repeatedly accused Cotonou", "niger-accuses-benin-over-french-troops", "ACCUSE", a1=("NER_GOV", "Niger's military government"), a2=("BEN_GOV", "Cotonou"))
S = "Benin's and Niger's foreign ministers are due to meet in Niamey on Friday"
r("benin", S, NIAMEY_MEETING, "CONSULT", "meeting", status="planned", a1=("BEN_GOV", "Benin's"), a2=("NER_GOV", "Niger's foreign ministers"), loc="niamey", date="2026-09-18", attr="an official in Benin's foreign ministry")
r("benin", S, "niger-2023-border-with-benin-closed", "SANCTION", a1=("NER_GOV", "Niger"), a2=("BEN_GOV", None), date="2023-01-01", dp="year")
r("benin", "the army said on Sunday it had repelled an attack on a military post in the Kpendjal", "kpendjal-2026-09-12-attack-on-togo-army-post", "ASSAULT", a2=("TGO_MIL", "a military post"), loc="kpendjal", date="2026-09-12", attr="the Togolese army")
r("benin", "Its troops killed several of the assailants", TOGO_KILLS, "ASSAULT", status="claimed", a1=("TGO_MIL", "Its troops"), a2=("TGO_ASSAILANTS", "several of the assailants"), loc="kpendjal", date="2026-09-12", fat=3, attr="the Togolese army")

# ---------------------------------------------------------------- gulf_guinea_observer_alibori (pub 2026-09-16)
S = "Two more Beninese soldiers have died of their wounds, bringing the number killed"
r("benin2", S, MONSEY, "ASSAULT", a1=("JNIM", None), a2=("BEN_MIL", "an army post"), loc="monsey", date="2026-09-12", fat=10, attr="a military source")
r("benin2", S, BENIN_TOTAL, "ASSAULT", a1=("JNIM", None), a2=("BEN_MIL", None), loc="alibori", date="2026-09-12", dp="week", fat=13, attr="a military source")
r("benin2", "JNIM also claimed responsibility on Tuesday for the roadside bomb", BANIKOARA_IED, "ASSAULT", "explosion", status="claimed", a1=("JNIM", "JNIM"), a2=("BEN_MIL", "three soldiers"), loc="banikoara_road", date="2026-09-13", fat=3, attr="JNIM (al-Zallaqa)")
r("benin2", "soldiers detained at least 15 men in house-to-house searches", BEN_ARRESTS, "COERCE", "arrest", a1=("BEN_MIL", "soldiers"), a2=("BEN_CIV", "at least 15 men"), loc="monsey", date="2026-09-13", attr="local councillor Issifou Yacoubou")
r("benin2", "called on the army to release them or bring them before a judge", "karimama-2026-09-16-councillor-asks-army-to-free-detainees", "REQUEST", a1=("YACOUBOU", "He"), a2=("BEN_MIL", "the army"), date="2026-09-16")
r("benin2", "The army said the men were being questioned on suspicion of acting as informants", "benin-2026-09-16-army-accuses-detainees-of-informing", "ACCUSE", a1=("BEN_MIL", "The army"), a2=("BEN_CIV", "the men"), date="2026-09-16")
r("benin2", "would be freed if nothing was found against them", "benin-2026-09-army-offers-to-free-detainees", "CONCEDE", status="hypothetical", a1=("BEN_MIL", "The army"), a2=("BEN_CIV", "the men"))
r("benin2", "suspected jihadists kidnapped a village chief and his two sons near Segbana", "segbana-2026-09-14-village-chief-abducted", "ASSAULT", "abduction", a1=("BEN_JIHADISTS", "suspected jihadists"), a2=("BEN_CIV", "a village chief and his two sons"), loc="segbana", date="2026-09-14", attr="a relative")
S = "The kidnappers released one of the sons on Tuesday"
r("benin2", S, "segbana-2026-09-15-son-released", "CONCEDE", a1=("BEN_JIHADISTS", "The kidnappers"), a2=("BEN_CIV", "one of the sons"), date="2026-09-15", attr="the relative")
r("benin2", S, "segbana-2026-09-15-kidnappers-order-residents", "REQUEST", a1=("BEN_JIHADISTS", "The kidnappers"), a2=("BEN_CIV", "residents"), date="2026-09-15", attr="the relative")
r("benin2", "Togo's government said on Tuesday that its soldiers had killed 14", TOGO_KILLS, "ASSAULT", status="claimed", a1=("TGO_MIL", "its soldiers"), a2=("TGO_ASSAILANTS", "14 \"terrorists\""), loc="kpendjal", date="2026-09-12", fat=14, attr="Togo's government")
S = "Togolese civil society groups accused the government of hiding"
r("benin2", S, "togo-2026-09-16-civil-society-accuses-government", "ACCUSE", a1=("TGO_NGO", "Togolese civil society groups"), a2=("TGO_GOV", "the government"), date="2026-09-16")
r("benin2", S, "savanes-2023-journalists-barred", "COERCE", "censor", a1=("TGO_GOV", None), a2=("TGO_MEDIA", "journalists"), loc="savanes", date="2023-01-01", dp="year")
r("benin2", "Benin's foreign ministry confirmed that Friday's meeting with Nigerien officials", NIAMEY_MEETING, "CONSULT", "meeting", status="planned", a1=("BEN_MOFA", "Benin's foreign ministry"), a2=("NER_GOV", "Nigerien officials"), loc="niamey", date="2026-09-18")
r("benin2", "The European Union announced on Tuesday 30 million euros", "benin-2026-09-15-eu-security-aid", "AID", a1=("EU", "The European Union"), a2=("BEN_MIL", "Benin's armed forces"), date="2026-09-15")

# ---------------------------------------------------------------- wire_sep_nov2026 #1 Manipur (pub 2026-09-22)
r("manipur", "Suspected militants shot dead four people, including a woman", JIRIBAM, "ASSAULT", "firearms", a1=("MNP_MILITANTS", "Suspected militants"), a2=("IND_CIV", "four people"), loc="jakuradhor", date="2026-09-20", fat=4, attr="police")
r("manipur", "The victims, all from the Meitei community, were killed", JIRIBAM, "ASSAULT", "firearms", a1=("MNP_MILITANTS", None), a2=("IND_CIV", "The victims"), loc="jakuradhor", date="2026-09-20", attr="a police officer in Jiribam")
r("manipur", "Police blamed militants of the Kuki National Army (KNA) for the attack.", "manipur-2026-09-22-police-blame-kna", "ACCUSE", a1=("IND_POL", "Police"), a2=("KNA", "militants of the Kuki National Army (KNA)"), date="2026-09-22")
S = "The group denied any involvement and accused armed Meitei volunteers"
r("manipur", S, JIRIBAM, "ASSAULT", "firearms", status="denied", a1=("KNA", "The group"), a2=("IND_CIV", None), loc="jakuradhor", date="2026-09-20")
r("manipur", S, "manipur-2026-09-22-kna-accuses-meitei-volunteers", "ACCUSE", a1=("KNA", "The group"), a2=("MEITEI_VOL", "armed Meitei volunteers"), date="2026-09-22")
r("manipur", S, "jiribam-hills-2026-09-20-meitei-volunteers-fire-on-kuki-villagers", "ASSAULT", "firearms", a1=("MEITEI_VOL", "armed Meitei volunteers"), a2=("KUKI_CIV", "Kuki villagers"), loc="jiribam_hills", date="2026-09-20", attr="the Kuki National Army")
S = "Authorities imposed an indefinite curfew in Jiribam district on Monday"
r("manipur", S, "jiribam-2026-09-21-curfew", "COERCE", "curfew", a1=("IND_AUTH", "Authorities"), loc="jiribam_district", date="2026-09-21")
r("manipur", S, "manipur-2026-09-21-mobile-internet-suspended", "COERCE", "censor", a1=("IND_AUTH", "Authorities"), loc="manipur", date="2026-09-21")
r("manipur", "Thousands of people, most of them women, marched in the state capital Imphal", "imphal-2026-09-21-march", "PROTEST", "demonstration", a1=("IND_PROT", "Thousands of people"), loc="imphal", date="2026-09-21")
S = "In Jiribam, a crowd tried to storm a police station on Monday evening"
r("manipur", S, "jiribam-2026-09-21-crowd-attacks-police-station", "PROTEST", "riot", a1=("IND_PROT", "a crowd"), a2=("IND_POL", "a police station"), loc="jiribam", date="2026-09-21", inj=12, attr="a doctor at the district hospital")
r("manipur", S, "jiribam-2026-09-21-police-tear-gas", "COERCE", "tear-gas", a1=("IND_POL", "officers"), a2=("IND_PROT", "a crowd"), loc="jiribam", date="2026-09-21")
r("manipur", "Police said they had arrested six men in the hills near Jiribam", "jiribam-2026-09-21-six-arrested", "COERCE", "arrest", a1=("IND_POL", "Police"), a2=("IND_CIV", "six men"), loc="jiribam_hills", date="2026-09-21", attr="Police")
r("manipur", "Kuki-Zo groups called a 48-hour shutdown in Kangpokpi and Churachandpur", KUKI_SHUTDOWN_PLANNED, "PROTEST", "strike", status="planned", a1=("KUKI_GROUPS", "Kuki-Zo groups"), loc="kuki_districts", date="2026-09-23")
S = "Federal Home Minister Amit Shah chaired a security review meeting"
r("manipur", S, "new-delhi-2026-09-21-shah-security-review", "CONSULT", "meeting", a1=("SHAH", "Federal Home Minister Amit Shah"), loc="new_delhi", date="2026-09-21")
r("manipur", S, "manipur-2026-09-21-paramilitary-reinforcements", "MOBILIZE", a1=("IND_CAPF", "20 more companies of federal paramilitary forces"), loc="manipur", date="2026-09-21", attr="officials")
S = "In November 2024, militants abducted and killed six Meitei women and children"
r("manipur", S, "jiribam-2024-11-abduction-and-killing-of-six", "ASSAULT", "abduction", a1=("MNP_MILITANTS", "militants"), a2=("IND_CIV", "six Meitei women and children"), loc="jiribam_district", date="2024-11-01", dp="month", fat=6)
r("manipur", S, "imphal-2024-11-riots", "PROTEST", "riot", a1=("IND_PROT", None), loc="imphal", date="2024-11-01", dp="month")

# ---------------------------------------------------------------- imphal_ledger_jiribam (pub 2026-09-23)
r("manipur2", "The body of a man who went missing during Sunday's attack", JIRIBAM, "ASSAULT", "firearms", a1=("MNP_MILITANTS", None), a2=("IND_CIV", None), loc="jakuradhor", date="2026-09-20", fat=5, attr="police in Jiribam")
S = "A 48-hour shutdown called by Kuki-Zo groups closed shops"
r("manipur2", S, "manipur-2026-09-23-kuki-zo-shutdown", "PROTEST", "strike", a1=("KUKI_GROUPS", "Kuki-Zo groups"), loc="kuki_districts", date="2026-09-23")
r("manipur2", S, "kangpokpi-2026-09-23-nh2-blockade", "PROTEST", "demonstration", a1=("IND_PROT", "protesters"), loc="kangpokpi", date="2026-09-23")
S = "Troops of the Assam Rifles killed two suspected militants"
r("manipur2", S, AR_KILLING, "ASSAULT", "firearms", status="claimed", a1=("ASSAM_RIFLES", "Troops of the Assam Rifles"), a2=("MNP_MILITANTS", "two suspected militants"), loc="jiribam_hills", date="2026-09-22", fat=2, attr="the Assam Rifles")
r("manipur2", S, "jiribam-hills-2026-09-22-weapons-recovered", "COERCE", "seize", a1=("ASSAM_RIFLES", "Troops of the Assam Rifles"), a2=("MNP_MILITANTS", None), loc="jiribam_hills", date="2026-09-22", attr="the Assam Rifles")
S = "The Kuki National Army said the two men were village volunteers"
r("manipur2", S, AR_KILLING, "ASSAULT", "firearms", a1=("ASSAM_RIFLES", "the Assam Rifles"), a2=("MNP_MILITANTS", "the two men"), loc="jiribam_hills", date="2026-09-22", attr="the Kuki National Army")
r("manipur2", S, "manipur-2026-09-23-kna-accuses-assam-rifles", "ACCUSE", a1=("KNA", "The Kuki National Army"), a2=("ASSAM_RIFLES", "the Assam Rifles"), date="2026-09-23")
r("manipur2", "they had arrested a seventh suspect in the Jakuradhor Karong killings", "cachar-2026-09-23-seventh-suspect-arrested", "COERCE", "arrest", a1=("IND_POL", "Police"), a2=("IND_CIV", "a seventh suspect"), loc="cachar", date="2026-09-23", attr="Police")
S = "The Coordinating Committee on Manipur Integrity (COCOMI), the main Meitei civil society body"
r("manipur2", S, "manipur-2026-09-23-cocomi-demands-disarmament", "REQUEST", a1=("COCOMI", "The Coordinating Committee on Manipur Integrity (COCOMI)"), a2=("IND_GOV", "the federal government"), date="2026-09-23")
r("manipur2", S, "manipur-2026-cocomi-threatens-agitation", "PROTEST", status="threatened", a1=("COCOMI", "The Coordinating Committee on Manipur Integrity (COCOMI)"), loc="manipur")
S = "Rahul Gandhi, the leader of the opposition in parliament, accused the Modi government"
r("manipur2", S, "india-2026-09-23-rahul-gandhi-accuses-government", "ACCUSE", a1=("RAHUL", "Rahul Gandhi"), a2=("IND_GOV", "the Modi government"), date="2026-09-23")
r("manipur2", S, "india-2026-09-23-rahul-gandhi-urges-modi-visit", "REQUEST", a1=("RAHUL", "Rahul Gandhi"), a2=("MODI", "Prime Minister Narendra Modi"), date="2026-09-23")
r("manipur2", "Modi visited Manipur in September 2025", "manipur-2025-09-modi-visit", "CONSULT", "visit", a1=("MODI", "Modi"), loc="manipur", date="2025-09-01", dp="month")
r("manipur2", "The curfew in Jiribam was relaxed for four hours on Wednesday", "jiribam-2026-09-23-curfew-relaxed", "CONCEDE", a1=("JIRIBAM_ADMIN", None), loc="jiribam_district", date="2026-09-23", attr="the district administration")

# ---------------------------------------------------------------- wire_sep_nov2026 #2 Uganda (pub 2026-10-06)
r("uganda", "Rebels of the Allied Democratic Forces (ADF), a group linked to Islamic State, killed 11", NTANDI, "ASSAULT", a1=("ADF", "Rebels of the Allied Democratic Forces (ADF)"), a2=("UGA_CIV", "11 people"), loc="ntandi", date="2026-10-04", fat=11, attr="the army")
r("uganda", "The attackers, armed with guns and machetes, hacked villagers to death", NTANDI, "ASSAULT", a1=("ADF", "The attackers"), a2=("UGA_CIV", "villagers"), loc="ntandi", date="2026-10-04", attr="army spokesman Lieutenant Colonel Henry Obbo")
r("uganda", "Islamic State claimed the attack through its Amaq news agency", NTANDI, "ASSAULT", status="claimed", a1=("ISIS", "Islamic State"), a2=("UGA_CIV", "15 \"Christians\""), loc="ntandi", date="2026-10-04", fat=15, attr="Islamic State (Amaq)")
r("uganda", "Troops pursued the attackers and killed four of them in a gunfight overnight", "bundibugyo-2026-10-06-army-kills-four-adf", "ASSAULT", "firearms", status="claimed", a1=("UGA_MIL", "Troops"), a2=("ADF", "four of them"), loc="bundibugyo_border", date="2026-10-06", fat=4, attr="Henry Obbo")
S = "President Yoweri Museveni condemned the killings and vowed"
r("uganda", S, "uganda-2026-10-06-museveni-condemns-killings", "ACCUSE", a1=("MUSEVENI", "President Yoweri Museveni"), a2=("ADF", None), date="2026-10-06")
r("uganda", S, "uganda-2026-10-06-museveni-vows-pursuit", "THREATEN", a1=("MUSEVENI", "President Yoweri Museveni"), a2=("ADF", "the rebels"), date="2026-10-06")
r("uganda", "Congo's army said it had deployed additional troops to Beni territory", "beni-2026-10-06-congo-reinforcements", "MOBILIZE", a1=("COD_MIL", "Congo's army"), loc="beni", date="2026-10-06", attr="Congo's army")
r("uganda", "Local leaders in Bundibugyo called on the government to station soldiers", "bundibugyo-2026-10-06-leaders-ask-for-troops", "REQUEST", a1=("UGA_LOCAL", "Local leaders in Bundibugyo"), a2=("UGA_GOV", "the government"), date="2026-10-06")
S = "Uganda and Congo have conducted joint operations against the ADF"
r("uganda", S, "east-congo-2021-11-joint-operations-against-adf", "COOPERATE", a1=("UGA_MIL", "Uganda"), a2=("COD_MIL", "Congo"), loc="east_congo", date="2021-11-01", dp="month")
r("uganda", S, "kampala-2021-11-suicide-bombings", "ASSAULT", "suicide", a1=("UGA_BOMBERS", "suicide bombers"), a2=("UGA_CIV", "four civilians"), loc="kampala", date="2021-11-01", dp="month", fat=4)
r("uganda", "In June 2023, ADF fighters killed 42 people", "mpondwe-2023-06-adf-school-attack", "ASSAULT", a1=("ADF", "ADF fighters"), a2=("UGA_CIV", "42 people"), loc="mpondwe", date="2023-06-01", dp="month", fat=42)
r("uganda", "Uganda is due to host a regional summit on the ADF in Kampala on October 20", "kampala-2026-10-20-regional-summit-on-adf", "CONSULT", "meeting", status="planned", a1=("UGA_GOV", "Uganda"), a2=("REGION_PRES", "the presidents of Congo, Rwanda and Burundi"), loc="kampala", date="2026-10-20")

# ---------------------------------------------------------------- wire_sep_nov2026 #3 Venezuela (pub 2024-08-13)
r("venezuela", "Venezuelan intelligence agents detained a regional coordinator", CAMACARO_ARREST, "COERCE", "arrest", a1=("VEN_SEBIN", "Venezuelan intelligence agents"), a2=("CAMACARO", "a regional coordinator of opposition leader Maria Corina Machado's campaign"), loc="barquisimeto", date="2024-08-12", attr="his party")
r("venezuela", "agents of the SEBIN intelligence service took Luis Alberto Camacaro", CAMACARO_ARREST, "COERCE", "arrest", a1=("VEN_SEBIN", "agents of the SEBIN intelligence service"), a2=("CAMACARO", "Luis Alberto Camacaro"), loc="barquisimeto", date="2024-08-12", attr="Vente Venezuela")
r("venezuela", "more than 2,200 people had been arrested", "venezuela-2024-07-29-post-election-arrests-total", "COERCE", "arrest", a1=("VEN_SEC", None), a2=("VEN_PROT", "more than 2,200 people"), loc="venezuela", date="2024-07-29", dp="week", attr="Attorney General Tarek William Saab")
S = "Saab on Sunday also accused Machado and opposition candidate Edmundo Gonzalez"
r("venezuela", S, "venezuela-2024-08-11-saab-accuses-machado", "ACCUSE", a1=("SAAB", "Saab"), a2=("MACHADO", "Machado"), date="2024-08-11")
r("venezuela", S, "venezuela-2024-08-investigation-of-machado-and-gonzalez", "COERCE", status="planned", a1=("SAAB", "Saab"), a2=("MACHADO", "they"))
r("venezuela", "called on supporters to rally in cities across Venezuela and abroad on Saturday", "venezuela-2024-08-17-opposition-rallies", "PROTEST", "demonstration", status="planned", a1=("MACHADO", "Machado"), loc="venezuela", date="2024-08-17")
S = "Maduro accused the United States on Monday of financing"
r("venezuela", S, "venezuela-2024-08-12-maduro-accuses-us", "ACCUSE", a1=("MADURO", "Maduro"), a2=("USA_GOV", "the United States"), date="2024-08-12")
r("venezuela", S, "venezuela-2024-08-12-maduro-rejects-repeat-election", "REJECT", a1=("MADURO", "Maduro"), a2=("BRA_GOV", "Brazil"), date="2024-08-12")
r("venezuela", "Venezuela expelled diplomats from seven Latin American countries", "venezuela-2024-07-diplomats-expelled", "SANCTION", a1=("VEN_GOV", "Venezuela"), a2=("LATAM7", "seven Latin American countries"), date="2024-07-01", dp="month")
S = "Human Rights Watch said security forces and armed pro-government groups"
r("venezuela", S, "caracas-2024-07-29-security-forces-shoot-at-protesters", "ASSAULT", "firearms", a1=("VEN_SEC", "security forces"), a2=("VEN_PROT", "protesters"), loc="caracas", date="2024-07-29", attr="Human Rights Watch")
r("venezuela", S, "venezuela-2024-08-13-hrw-accuses-security-forces", "ACCUSE", a1=("HRW", "Human Rights Watch"), a2=("VEN_SEC", "security forces"), date="2024-08-13")
r("venezuela", "The government has denied that security forces used live ammunition.", "caracas-2024-07-29-security-forces-shoot-at-protesters", "ASSAULT", "firearms", status="denied", a1=("VEN_GOV", "The government"), a2=("VEN_PROT", None), loc="caracas", date="2024-07-29")
r("venezuela", "The U.S. State Department urged Maduro's government to release", "venezuela-2024-08-13-us-urges-release-of-detainees", "REQUEST", a1=("USA_GOV", "The U.S. State Department"), a2=("VEN_GOV", "Maduro's government"), date="2024-08-13")

# ---------------------------------------------------------------- wire_sep_nov2026 #4 Iran (pub 2026-10-16)
S = "Iranian security forces opened fire on protesters in the southeastern city of Zahedan"
r("iran", S, ZAHEDAN_SHOOTING, "ASSAULT", "firearms", a1=("IRN_SEC", "Iranian security forces"), a2=("IRN_PROT", "protesters"), loc="zahedan", date="2026-10-16", fat=3, inj=24, attr="two rights groups")
r("iran", S, NAROUIE_SENTENCE, "COERCE", a1=("IRN_COURT", None), a2=("NAROUIE", "a young Baluch man"), loc="zahedan", date="2026-10-13")
r("iran", "Hundreds of worshippers marched from the Makki mosque", ZAHEDAN_PROTEST, "PROTEST", "demonstration", a1=("IRN_PROT", "Hundreds of worshippers"), loc="zahedan", date="2026-10-16", attr="videos posted by Haalvsh")
S = "Haalvsh and the Norway-based Iran Human Rights said security forces fired live ammunition"
r("iran", S, ZAHEDAN_SHOOTING, "ASSAULT", "firearms", a1=("IRN_SEC", "security forces"), a2=("IRN_PROT", None), loc="zahedan", date="2026-10-16", attr="Haalvsh and Iran Human Rights")
r("iran", S, "zahedan-2026-10-16-tear-gas", "COERCE", "tear-gas", a1=("IRN_SEC", "security forces"), a2=("IRN_PROT", None), loc="zahedan", date="2026-10-16", attr="Haalvsh and Iran Human Rights")
r("iran", "had attacked a police station with stones and petrol bombs", ZAHEDAN_PROTEST, "PROTEST", "riot", a1=("IRN_PROT", "rioters"), a2=("IRN_POL", "a police station"), loc="zahedan", date="2026-10-16", inj=2, attr="the Tasnim news agency")
S = "The provincial police chief said 27 rioters had been arrested"
r("iran", S, "zahedan-2026-10-16-arrests", "COERCE", "arrest", a1=("IRN_POL", None), a2=("IRN_PROT", "27 rioters"), loc="zahedan", date="2026-10-16", attr="the provincial police chief")
r("iran", S, "zahedan-2026-10-16-mobile-internet-cut", "COERCE", "censor", a1=("IRN_GOV", "authorities"), loc="zahedan", date="2026-10-16", attr="NetBlocks")
r("iran", "A revolutionary court in Zahedan sentenced Ebrahim Narouie", NAROUIE_SENTENCE, "COERCE", a1=("IRN_COURT", "A revolutionary court in Zahedan"), a2=("NAROUIE", "Ebrahim Narouie"), loc="zahedan", date="2026-10-13")
S = "Rights groups said his confession had been extracted under torture."
r("iran", S, "iran-2026-10-16-rights-groups-allege-torture", "ACCUSE", a1=("RIGHTS_GROUPS", "Rights groups"), a2=("IRN_SEC", None), date="2026-10-16")
r("iran", S, "iran-torture-of-narouie", "ASSAULT", a1=("IRN_SEC", None), a2=("NAROUIE", "his"), attr="rights groups")
S = "Molavi Abdolhamid, Zahedan's Sunni Friday prayer leader, condemned the sentence"
r("iran", S, "zahedan-2026-10-16-abdolhamid-condemns-sentence", "ACCUSE", a1=("ABDOLHAMID", "Molavi Abdolhamid"), a2=("IRN_COURT", None), loc="zahedan", date="2026-10-16")
r("iran", S, "zahedan-2026-10-16-abdolhamid-asks-for-retrial", "REQUEST", a1=("ABDOLHAMID", "Molavi Abdolhamid"), a2=("IRN_JUDICIARY", "the judiciary"), loc="zahedan", date="2026-10-16")
r("iran", "Baluch community elders threatened to call a general strike", "sistan-baluchestan-2026-10-elders-threaten-general-strike", "PROTEST", "strike", status="threatened", a1=("IRN_ELDERS", "Baluch community elders"), loc="sistan_baluchestan")
r("iran", "On September 30, 2022, security forces killed at least 90 people in Zahedan", "zahedan-2022-09-30-bloody-friday", "ASSAULT", "firearms", a1=("IRN_SEC", "security forces"), a2=("IRN_PROT", "at least 90 people"), loc="zahedan", date="2022-09-30", fat=90, attr="Amnesty International")
r("iran", "the Revolutionary Guards said two of their members were killed on Wednesday", SARAVAN, "ASSAULT", a1=("JAISH", "gunmen"), a2=("IRGC", "their patrol"), loc="saravan", date="2026-10-14", fat=2, attr="the Revolutionary Guards")
r("iran", "Jaish al-Adl, a Sunni militant group, claimed that attack.", SARAVAN, "ASSAULT", status="claimed", a1=("JAISH", "Jaish al-Adl"), a2=("IRGC", None), loc="saravan", date="2026-10-14", attr="Jaish al-Adl")
S = "Iran has accused Pakistan of failing to stop the group"
r("iran", S, "iran-accuses-pakistan-over-jaish-al-adl", "ACCUSE", a1=("IRN_GOV", "Iran"), a2=("PAK_GOV", "Pakistan"))
r("iran", S, "iran-pakistan-2024-01-missile-strikes", "ASSAULT", "shelling", a1=("IRN_MIL", "the two countries"), a2=("PAK_MIL", None), date="2024-01-01", dp="month")
r("iran", "The U.N. human rights office urged Iran to halt the execution", "iran-2026-10-16-un-urges-halt-to-execution", "REQUEST", a1=("OHCHR", "The U.N. human rights office"), a2=("IRN_GOV", "Iran"), date="2026-10-16")

# ---------------------------------------------------------------- wire_sep_nov2026 #5 Taiwan (pub 2026-10-27, inferred)
S = "China's military launched large-scale drills around Taiwan on Tuesday"
r("taiwan", S, DRILLS, "MOBILIZE", a1=("CHN_MIL", "China's military"), a2=("TWN_GOV", "Taiwan"), loc="taiwan", date="2026-10-27")
r("taiwan", S, "taiwan-2026-10-27-china-stern-warning", "THREATEN", a1=("CHN_MIL", "China's military"), a2=("TWN_GOV", "separatist forces"), date="2026-10-27")
S = "Lai visited Paraguay and Guatemala last week"
r("taiwan", S, "paraguay-2026-10-lai-visit", "CONSULT", "visit", a1=("LAI", "Lai"), a2=("PRY_GOV", "Paraguay"), loc="paraguay", date="2026-10-20", dp="week")
r("taiwan", S, "guatemala-2026-10-lai-visit", "CONSULT", "visit", a1=("LAI", "Lai"), a2=("GTM_GOV", "Guatemala"), loc="guatemala", date="2026-10-20", dp="week")
r("taiwan", "China's Eastern Theater Command said the exercises, codenamed", DRILLS, "MOBILIZE", a1=("CHN_ETC", "China's Eastern Theater Command"), a2=("TWN_GOV", None), loc="taiwan", date="2026-10-27", attr="China's Eastern Theater Command")
r("taiwan", "it had detected 62 Chinese military aircraft and 24 warships", DRILLS, "MOBILIZE", a1=("CHN_MIL", "62 Chinese military aircraft"), a2=("TWN_GOV", None), loc="taiwan", date="2026-10-27", attr="Taiwan's Defense Ministry")
r("taiwan", "The ministry said it had put its forces on alert and deployed missile systems", "taiwan-2026-10-27-taiwan-forces-on-alert", "MOBILIZE", a1=("TWN_MIL", "its forces"), loc="taiwan", date="2026-10-27", attr="Taiwan's Defense Ministry")
S = "Lai's office condemned the drills as an \"irresponsible provocation\""
r("taiwan", S, "taiwan-2026-10-27-lai-office-condemns-drills", "ACCUSE", a1=("LAI_OFFICE", "Lai's office"), a2=("CHN_GOV", "Beijing"), date="2026-10-27")
r("taiwan", S, "taiwan-2026-10-27-lai-office-calls-on-beijing", "REQUEST", a1=("LAI_OFFICE", "Lai's office"), a2=("CHN_GOV", "Beijing"), date="2026-10-27")
r("taiwan", "Lai said Taipei remained willing to talk to Beijing", "taiwan-2026-10-lai-offers-talks-with-beijing", "CONSULT", "talks", status="hypothetical", a1=("LAI", "Lai"), a2=("CHN_GOV", "Beijing"))
S = "China's Taiwan Affairs Office accused Lai of \"selling out\""
r("taiwan", S, "china-2026-10-27-tao-accuses-lai", "ACCUSE", a1=("CHN_TAO", "China's Taiwan Affairs Office"), a2=("LAI", "Lai"), date="2026-10-27")
r("taiwan", S, "china-2026-10-27-tao-warns-of-resolute-measures", "THREATEN", a1=("CHN_TAO", "China's Taiwan Affairs Office"), a2=("TWN_GOV", None), date="2026-10-27")
r("taiwan", "China's coast guard said its ships had carried out \"law enforcement patrols\"", KINMEN, "MOBILIZE", a1=("CHN_CG", "China's coast guard"), a2=("TWN_GOV", None), loc="kinmen", date="2026-10-27", attr="China's coast guard")
r("taiwan", "Taiwan's coast guard said four Chinese vessels had entered Kinmen's restricted waters", KINMEN, "MOBILIZE", a1=("CHN_CG", "four Chinese vessels"), a2=("TWN_GOV", None), loc="kinmen", date="2026-10-27", attr="Taiwan's coast guard")
S = "The U.S. State Department urged Beijing to exercise restraint"
r("taiwan", S, "usa-2026-10-27-urges-beijing-restraint", "REQUEST", a1=("USA_GOV", "The U.S. State Department"), a2=("CHN_GOV", "Beijing"), date="2026-10-27")
r("taiwan", S, "usa-2026-10-27-support-for-taiwan", "SUPPORT", a1=("USA_GOV", "The U.S. State Department"), a2=("TWN_GOV", "Taiwan's"), date="2026-10-27")
r("taiwan", "Japan's chief Cabinet secretary said Tokyo had conveyed its concerns to Beijing", "japan-2026-10-27-concerns-conveyed-to-beijing", "ACCUSE", a1=("JPN_GOV", "Japan's chief Cabinet secretary"), a2=("CHN_GOV", "Beijing"), date="2026-10-27")
r("taiwan", "China has held several rounds of large-scale drills around Taiwan since Lai took office", "taiwan-2026-04-chinese-drills", "MOBILIZE", a1=("CHN_MIL", "China"), a2=("TWN_GOV", None), loc="taiwan", date="2026-04-01", dp="month")
S = "Beijing last month imposed sanctions on seven U.S. defense companies"
r("taiwan", S, "china-2026-09-sanctions-on-us-defense-firms", "SANCTION", a1=("CHN_GOV", "Beijing"), a2=("USA_FIRMS", "seven U.S. defense companies"), date="2026-09-01", dp="month")
r("taiwan", S, "usa-taiwan-2026-08-arms-sale", "AID", a1=("USA_GOV", "Washington"), a2=("TWN_GOV", "Taiwan"), date="2026-08-01", dp="month")
r("taiwan", "a special defense budget that the opposition Kuomintang has blocked twice", "taiwan-kmt-blocks-defense-budget", "REJECT", a1=("KMT", "the opposition Kuomintang"), a2=("TWN_GOV", None))

# ---------------------------------------------------------------- wire_sep_nov2026 #6 Balochistan (pub 2026-11-09)
r("baloch", "Separatist militants killed at least 17 people in three attacks", BALOCH_TOTAL, "ASSAULT", a1=("BLA", "Separatist militants"), loc="balochistan", date="2026-11-08", dp="week", fat=17, attr="officials")
r("baloch", "Gunmen stopped two buses on the N-25 highway near Mangochar", MANGOCHAR, "ASSAULT", "firearms", a1=("BLA", "Gunmen"), a2=("PAK_CIV", "nine men from Punjab province"), loc="mangochar", date="2026-11-08", fat=9, attr="the district's deputy commissioner")
S = "About an hour later, militants stormed a Levies post in the same district"
r("baloch", S, "kalat-2026-11-08-bla-attack-on-levies-post", "ASSAULT", a1=("BLA", "militants"), a2=("PAK_LEVIES", "a Levies post"), loc="kalat_district", date="2026-11-08", fat=5)
r("baloch", S, "kech-2026-11-09-roadside-bomb-on-fc-convoy", "ASSAULT", "explosion", a1=("BLA", None), a2=("PAK_FC", "a Frontier Corps convoy"), loc="kech", date="2026-11-09", fat=3, inj=4)
r("baloch", "The Baloch Liberation Army (BLA) claimed responsibility for the three attacks.", BALOCH_TOTAL, "ASSAULT", status="claimed", a1=("BLA", "The Baloch Liberation Army (BLA)"), loc="balochistan", date="2026-11-08", dp="week", attr="the BLA")
S = "The military's media wing said security forces killed 12 militants"
r("baloch", S, "balochistan-2026-11-09-army-kills-12-militants", "ASSAULT", status="claimed", a1=("PAK_MIL", "security forces"), a2=("BLA", "12 militants"), loc="balochistan", date="2026-11-09", fat=12, attr="the military's media wing")
r("baloch", S, "pakistan-2026-11-09-military-accuses-india", "ACCUSE", a1=("PAK_MIL", "The military's media wing"), a2=("IND_GOV", None), date="2026-11-09")
S = "Prime Minister Shehbaz Sharif condemned the \"cowardly\" killing"
r("baloch", S, "pakistan-2026-11-09-sharif-condemns-killings", "ACCUSE", a1=("SHARIF", "Prime Minister Shehbaz Sharif"), a2=("BLA", None), date="2026-11-09")
r("baloch", S, "pakistan-2026-11-09-sharif-vows-justice", "THREATEN", a1=("SHARIF", "Prime Minister Shehbaz Sharif"), a2=("BLA", "those responsible"), date="2026-11-09")
r("baloch", "The provincial government banned night-time travel on highways", "balochistan-2026-11-09-night-travel-ban", "COERCE", "curfew", a1=("BLN_GOV", "The provincial government"), loc="balochistan", date="2026-11-09")
r("baloch", "India's foreign ministry rejected Pakistan's accusations", "india-2026-11-09-rejects-pakistani-accusations", "ACCUSE", a1=("IND_MEA", "India's foreign ministry"), a2=("PAK_GOV", "Islamabad"), date="2026-11-09")
S = "In March 2025, BLA fighters hijacked the Jaffar Express passenger train"
r("baloch", S, "bolan-2025-03-jaffar-express-hijacking", "ASSAULT", "abduction", a1=("BLA", "BLA fighters"), a2=("PAK_CIV", "the Jaffar Express passenger train"), loc="bolan", date="2025-03-01", dp="month", fat=26, attr="the military")
r("baloch", S, "bolan-2025-03-troops-end-train-siege", "ASSAULT", a1=("PAK_MIL", "troops"), a2=("BLA", None), loc="bolan", date="2025-03-01", dp="month")
r("baloch", "In August 2024, militants killed 23 people in a similar highway attack", "musakhel-2024-08-highway-attack", "ASSAULT", a1=("PAK_MILITANTS", "militants"), a2=("PAK_CIV", "23 people"), loc="musakhel", date="2024-08-01", dp="month", fat=23)
S = "said it would hold a sit-in in Quetta on Wednesday"
r("baloch", S, BYC_SITIN, "PROTEST", "demonstration", status="planned", a1=("BYC", "The Baloch Yakjehti Committee (BYC)"), loc="quetta", date="2026-11-11")
r("baloch", S, "balochistan-2026-11-02-ban-on-gatherings", "COERCE", a1=("BLN_GOV", "authorities"), loc="balochistan", date="2026-11-02", dp="week")
r("baloch", "The group's leader, Mahrang Baloch, has been in jail since March 2025.", "quetta-2025-03-mahrang-baloch-jailed", "COERCE", "arrest", a1=("PAK_GOV", None), a2=("MAHRANG", "Mahrang Baloch"), date="2025-03-01", dp="month")

# ---------------------------------------------------------------- quetta_standard_kalat (pub 2026-11-10)
r("baloch2", "Two more bodies were found near the site of Sunday night's attack on two buses", MANGOCHAR, "ASSAULT", "firearms", a1=("BLA", None), a2=("PAK_CIV", None), loc="mangochar", date="2026-11-08", fat=11, attr="the deputy commissioner of Kalat")
r("baloch2", "Relatives of the victims, most of them labourers from southern Punjab, blocked the N-25", "mangochar-2026-11-10-relatives-block-highway", "PROTEST", "demonstration", a1=("PAK_RELATIVES", "Relatives of the victims"), loc="mangochar", date="2026-11-10")
r("baloch2", "The provincial government announced compensation of 1.5 million rupees", "balochistan-2026-11-10-compensation-for-victims", "AID", a1=("BLN_GOV", "The provincial government"), a2=("PAK_CIV", "the family of each victim"), date="2026-11-10")
r("baloch2", "Counter-terrorism police said they had arrested five suspected facilitators", "kalat-mastung-2026-11-09-facilitators-arrested", "COERCE", "arrest", a1=("PAK_CTD", "Counter-terrorism police"), a2=("BLA", "five suspected facilitators of the attack"), loc="kalat_district", date="2026-11-09", attr="Counter-terrorism police")
S = "In a statement, BLA spokesman Jeeyand Baloch said the men its fighters had killed"
r("baloch2", S, MANGOCHAR, "ASSAULT", "firearms", status="claimed", a1=("JEEYAND", "BLA spokesman Jeeyand Baloch"), a2=("PAK_CIV", "the men"), loc="mangochar", date="2026-11-08", attr="BLA spokesman Jeeyand Baloch")
r("baloch2", S, "balochistan-2026-11-10-bla-warns-outsiders", "THREATEN", a1=("JEEYAND", "BLA spokesman Jeeyand Baloch"), a2=("PAK_OUTSIDERS", "outsiders"), date="2026-11-10")
r("baloch2", "The Frontier Corps said its troops had killed four more militants", "mangochar-2026-11-10-fc-kills-four-militants", "ASSAULT", "firearms", status="claimed", a1=("PAK_FC", "its troops"), a2=("BLA", "four more militants"), loc="kalat_district", date="2026-11-10", fat=4, attr="The Frontier Corps")
r("baloch2", "Police detained 16 BYC activists in night raids in Quetta", "quetta-2026-11-10-byc-activists-detained", "COERCE", "arrest", a1=("PAK_POL", "Police"), a2=("BYC", "16 BYC activists"), loc="quetta", date="2026-11-10", attr="the BYC")
r("baloch2", "The group said the sit-in outside the Quetta Press Club would go ahead", BYC_SITIN, "PROTEST", "demonstration", status="planned", a1=("BYC", "The group"), loc="quetta", date="2026-11-11")
r("baloch2", "Amnesty International urged Pakistan to release the activists", "pakistan-2026-11-10-amnesty-urges-release-of-byc-activists", "REQUEST", a1=("AMNESTY", "Amnesty International"), a2=("PAK_GOV", "Pakistan"), date="2026-11-10")
S = "Interior Minister Mohsin Naqvi chaired a security meeting in Quetta on Tuesday"
r("baloch2", S, "quetta-2026-11-10-naqvi-security-meeting", "CONSULT", "meeting", a1=("NAQVI", "Interior Minister Mohsin Naqvi"), loc="quetta", date="2026-11-10")
r("baloch2", S, "balochistan-2026-11-army-to-secure-highways", "MOBILIZE", status="planned", a1=("PAK_MIL", "the army"), loc="balochistan")
S = "China's embassy in Islamabad condemned the attacks"
r("baloch2", S, "pakistan-2026-11-10-china-condemns-attacks", "ACCUSE", a1=("CHN_EMB", "China's embassy in Islamabad"), a2=("BLA", None), date="2026-11-10")
r("baloch2", S, "pakistan-2026-11-10-china-urges-protection", "REQUEST", a1=("CHN_EMB", "China's embassy in Islamabad"), a2=("PAK_GOV", "Pakistan"), date="2026-11-10")
r("baloch2", "The Balochistan High Court asked the provincial government to submit a report", "quetta-2026-11-10-high-court-asks-for-report", "REQUEST", a1=("BHC", "The Balochistan High Court"), a2=("BLN_GOV", "the provincial government"), date="2026-11-10")

# ---------------------------------------------------------------- guanabara_post_mare (pub 2026-11-19)
r("rio", "At least 14 people, including a police officer, were killed when hundreds of police stormed", MARE, "ASSAULT", "firearms", a1=("RJ_POL", "hundreds of police"), a2=("CV", "the Comando Vermelho drug gang"), loc="mare", date="2026-11-18", fat=14, attr="state authorities")
S = "The state's military police said 13 suspects were \"neutralised\""
r("rio", S, MARE, "ASSAULT", "firearms", status="claimed", a1=("RJ_POL", "The state's military police"), a2=("CV", "13 suspects"), loc="mare", date="2026-11-18", fat=13, attr="the state's military police")
r("rio", S, "mare-2026-11-18-weapons-and-drugs-seized", "COERCE", "seize", a1=("RJ_POL", "The state's military police"), a2=("CV", None), loc="mare", date="2026-11-18", attr="the state's military police")
r("rio", "Sergeant Anderson Lima, 38, was shot in the head", MARE, "ASSAULT", "firearms", a1=("CV", None), a2=("RJ_POL", "Sergeant Anderson Lima"), loc="mare", date="2026-11-18", fat=1, attr="the force")
r("rio", "Residents accused police of firing indiscriminately", "mare-2026-11-19-residents-accuse-police", "ACCUSE", a1=("BRA_CIV", "Residents"), a2=("RJ_POL", "police"), date="2026-11-19")
S = "Hundreds of residents blocked Avenida Brasil"
r("rio", S, "avenida-brasil-2026-11-18-blockade", "PROTEST", "demonstration", a1=("BRA_PROT", "Hundreds of residents"), loc="avenida_brasil", date="2026-11-18")
r("rio", S, "avenida-brasil-2026-11-18-police-tear-gas", "COERCE", "tear-gas", a1=("RJ_POL", "police"), a2=("BRA_PROT", None), loc="avenida_brasil", date="2026-11-18")
S = "Later on Wednesday, gunmen set fire to three buses in the neighbouring Penha district"
r("rio", S, "penha-2026-11-18-buses-set-on-fire", "ASSAULT", a1=("BRA_GUNMEN", "gunmen"), loc="penha", date="2026-11-18")
r("rio", S, "rio-2026-11-18-police-blame-gang-for-bus-arson", "ACCUSE", a1=("RJ_POL", "police"), a2=("CV", "the gang"), date="2026-11-18")
r("rio", "were killed in October 2025 when police raided the Alemão and Penha complexes", "rio-2025-10-alemao-penha-raid", "ASSAULT", "firearms", a1=("RJ_POL", "police"), loc="rio", date="2025-10-01", dp="month", fat=120)
r("rio", "The state security secretary defended Wednesday's operation", "rio-2026-11-19-security-secretary-vows-more-raids", "THREATEN", a1=("RJ_SEC", "The state security secretary"), a2=("CV", None), date="2026-11-19")
S = "Brazil's human rights ministry called the death toll \"unacceptable\""
r("rio", S, "brazil-2026-11-19-human-rights-ministry-criticises-raid", "ACCUSE", a1=("BRA_HRM", "Brazil's human rights ministry"), a2=("RJ_POL", None), date="2026-11-19")
r("rio", S, "brazil-2026-11-19-human-rights-ministry-asks-for-investigation", "REQUEST", a1=("BRA_HRM", "Brazil's human rights ministry"), a2=("BRA_PROSECUTORS", "federal prosecutors"), date="2026-11-19")
r("rio", "The Rio de Janeiro public defender's office said it would ask the Supreme Court", "brazil-2026-11-23-defender-to-ask-supreme-court", "REQUEST", status="planned", a1=("RJ_DEFENDER", "The Rio de Janeiro public defender's office"), a2=("BRA_STF", "the Supreme Court"), date="2026-11-23")
r("rio", "The federal government offered to send National Force agents to Rio", "rio-2026-11-national-force-offer", "MOBILIZE", status="hypothetical", a1=("BRA_GOV", "The federal government"), loc="rio")

# ---------------------------------------------------------------- sur_austral_ercilla (pub 2026-09-29)
r("chile", "Hooded men set fire to 14 logging trucks and two machinery sheds", ERCILLA, "ASSAULT", a1=("RMM", "Hooded men"), a2=("CHL_FIRM", "a forestry contractor's yard"), loc="ercilla", date="2026-09-28", attr="police")
S = "The attackers fired shots at a security guard, who was wounded in the leg"
r("chile", S, ERCILLA, "ASSAULT", "firearms", a1=("RMM", "The attackers"), a2=("CHL_CIV", "a security guard"), loc="ercilla", date="2026-09-28", inj=1, attr="Carabineros police")
r("chile", S, "ercilla-2026-09-28-banner-demands", "REQUEST", a1=("RMM", "The attackers"), a2=("CHL_GOV", None), loc="ercilla", date="2026-09-28")
r("chile", "claimed the attack in a statement posted on social media on Monday night", ERCILLA, "ASSAULT", status="claimed", a1=("RMM", "The Resistencia Mapuche Malleco (RMM)"), a2=("CHL_FIRM", None), loc="ercilla", date="2026-09-28", attr="the RMM")
r("chile", "It warned that it would carry out more attacks unless forestry companies left", "araucania-2026-09-28-rmm-threatens-more-attacks", "THREATEN", a1=("RMM", "It"), a2=("CHL_FIRM", "forestry companies"), date="2026-09-28")
r("chile", "Police detained three men at a checkpoint near Collipulli", "collipulli-2026-09-28-three-detained", "COERCE", "arrest", a1=("CHL_POL", "Police"), a2=("CHL_SUSPECTS", "three men"), loc="collipulli", date="2026-09-28")
r("chile", "A court in Angol on Tuesday ordered two of them held in pre-trial detention", "angol-2026-09-29-pre-trial-detention", "COERCE", a1=("CHL_COURT", "A court in Angol"), a2=("CHL_SUSPECTS", "two of them"), loc="angol", date="2026-09-29")
r("chile", "About 200 members of Mapuche communities protested outside the Angol courthouse", "angol-2026-09-29-mapuche-protest", "PROTEST", "demonstration", a1=("MAPUCHE_PROT", "About 200 members of Mapuche communities"), loc="angol", date="2026-09-29")
S = "The government said it would extend the state of emergency in the Araucanía and Biobío regions"
r("chile", S, "araucania-2026-09-soldiers-patrol-roads", "MOBILIZE", status="planned", a1=("CHL_MIL", "soldiers"), loc="araucania")
r("chile", S, "chile-2026-09-criminal-complaint-against-attackers", "COERCE", status="planned", a1=("CHL_GOV", "The government"), a2=("RMM", "the attackers"))
r("chile", "The forestry industry association CORMA called on the government to deploy more troops", "chile-2026-09-29-corma-asks-for-troops", "REQUEST", a1=("CORMA", "The forestry industry association CORMA"), a2=("CHL_GOV", "the government"), date="2026-09-29")
r("chile", "In April 2024, three Carabineros officers were shot dead", "canete-2024-04-carabineros-killed", "ASSAULT", "firearms", a2=("CHL_POL", "three Carabineros officers"), loc="canete", date="2024-04-01", dp="month", fat=3)
r("chile", "CAM leader Héctor Llaitul was sentenced in 2024 to 23 years in prison", "chile-2024-llaitul-sentenced", "COERCE", a1=("CHL_COURT", None), a2=("LLAITUL", "CAM leader Héctor Llaitul"), date="2024-01-01", dp="year")

# ---------------------------------------------------------------- pacific_islands_wire_noumea (pub 2026-10-21)
S = "French authorities imposed a night-time curfew on parts of greater Nouméa on Wednesday"
r("caledonia", S, NOUMEA_CURFEW, "COERCE", "curfew", a1=("FRA_GOV", "French authorities"), loc="greater_noumea", date="2026-10-21")
r("caledonia", S, SAINT_LOUIS, "PROTEST", "riot", a1=("NCL_YOUTHS", "youths"), a2=("FRA_GEND", "gendarmes"), loc="saint_louis", date="2026-10-21", attr="the High Commission")
S = "Four gendarmes were lightly injured, and 11 people were arrested."
r("caledonia", S, SAINT_LOUIS, "PROTEST", "riot", a1=("NCL_YOUTHS", None), a2=("FRA_GEND", "Four gendarmes"), loc="saint_louis", date="2026-10-21", inj=4)
r("caledonia", S, "saint-louis-2026-10-21-arrests", "COERCE", "arrest", a1=("FRA_GEND", None), a2=("NCL_YOUTHS", "11 people"), loc="saint_louis", date="2026-10-21")
r("caledonia", "The violence followed a rally by several thousand pro-independence supporters", "noumea-2026-10-20-pro-independence-rally", "PROTEST", "demonstration", a1=("NCL_PROIND", "several thousand pro-independence supporters"), loc="noumea", date="2026-10-20")
S = "The Field Action Coordination Cell (CCAT), which organised Tuesday's rally, denied"
r("caledonia", S, SAINT_LOUIS, "PROTEST", "riot", status="denied", a1=("CCAT", "The Field Action Coordination Cell (CCAT)"), loc="saint_louis", date="2026-10-21")
r("caledonia", S, "new-caledonia-2026-10-21-ccat-calls-for-calm", "REQUEST", a1=("CCAT", "The Field Action Coordination Cell (CCAT)"), date="2026-10-21")
r("caledonia", "Paris is sending two more squadrons of mobile gendarmes", "new-caledonia-2026-10-23-gendarme-reinforcements", "MOBILIZE", status="planned", a1=("FRA_GEND", "Paris"), loc="new_caledonia", date="2026-10-23", attr="the High Commission")
r("caledonia", "The pro-independence FLNKS movement rejected the electoral plan on Wednesday", "new-caledonia-2026-10-21-flnks-rejects-electoral-plan", "REJECT", a1=("FLNKS", "The pro-independence FLNKS movement"), a2=("FRA_GOV", None), date="2026-10-21")
S = "said it would boycott next month's talks in Paris"
r("caledonia", S, "paris-2026-11-flnks-threatens-talks-boycott", "SANCTION", status="threatened", a1=("FLNKS", "The pro-independence FLNKS movement"), a2=("FRA_GOV", None), date="2026-11-01", dp="month")
r("caledonia", S, "paris-2026-11-talks-on-new-caledonia", "CONSULT", "talks", status="planned", a1=("FRA_GOV", None), a2=("FLNKS", "The pro-independence FLNKS movement"), loc="paris", date="2026-11-01", dp="month")
r("caledonia", "Loyalist leaders urged the state to restore order", "new-caledonia-2026-10-21-loyalists-urge-crackdown", "REQUEST", a1=("NCL_LOYALISTS", "Loyalist leaders"), a2=("FRA_GOV", "the state"), date="2026-10-21")
r("caledonia", "The curfew, from 8 p.m. to 5 a.m., covers Saint-Louis", NOUMEA_CURFEW, "COERCE", "curfew", a1=("FRA_GOV", None), loc="greater_noumea", date="2026-10-21")
r("caledonia", "In May 2024, riots over a similar reform left 14 people dead", "new-caledonia-2024-05-riots", "PROTEST", "riot", a1=("NCL_RIOTERS", None), loc="new_caledonia", date="2024-05-01", dp="month", fat=14)
r("caledonia", "France declared a state of emergency at the time and sent more than 3,000 police", "new-caledonia-2024-05-french-reinforcements", "MOBILIZE", a1=("FRA_GEND", "France"), loc="new_caledonia", date="2024-05-01", dp="month")
r("caledonia", "CCAT leader Christian Tein was arrested in June 2024", "noumea-2024-06-tein-arrested", "COERCE", "arrest", a1=("FRA_GEND", None), a2=("TEIN", "CCAT leader Christian Tein"), loc="noumea", date="2024-06-01", dp="month")
r("caledonia", "A judge released him under judicial supervision last year.", "france-2025-tein-released", "CONCEDE", a1=("FRA_JUDGE", "A judge"), a2=("TEIN", "him"), date="2025-01-01", dp="year")
S = "Paris and New Caledonian leaders signed an agreement at Bougival"
r("caledonia", S, "bougival-2025-07-agreement", "AGREE", a1=("FRA_GOV", "Paris"), a2=("NCL_LEADERS", "New Caledonian leaders"), loc="bougival", date="2025-07-01", dp="month")
r("caledonia", S, "new-caledonia-2025-08-flnks-rejects-bougival", "REJECT", a1=("FLNKS", "the FLNKS"), a2=("FRA_GOV", None), date="2025-08-01", dp="month")

# ---------------------------------------------------------------- oubangui_daily_bocaranga (pub 2025-03-12)
r("car", "Fighters of the 3R rebel group killed nine civilians", BOCARANGA, "ASSAULT", a1=("R3", "Fighters of the 3R rebel group"), a2=("CAF_CIV", "nine civilians"), loc="bocaranga_village", date="2025-03-09", fat=9, attr="MINUSCA")
r("car", "The gunmen arrived on motorbikes at dawn, looted cattle and shops", BOCARANGA, "ASSAULT", a1=("R3", "The gunmen"), loc="bocaranga_village", date="2025-03-09", attr="MINUSCA")
S = "The 3R denied attacking civilians and said its fighters had clashed"
r("car", S, BOCARANGA, "ASSAULT", status="denied", a1=("R3", "The 3R"), a2=("CAF_CIV", "civilians"), loc="bocaranga_village", date="2025-03-09")
r("car", S, "bocaranga-2025-03-09-3r-clash-with-wagner", "ASSAULT", status="claimed", a1=("R3", "its fighters"), a2=("WAGNER", "\"Wagner mercenaries\""), loc="bocaranga_area", date="2025-03-09", attr="the 3R")
r("car", "A 3R spokesman said the group was ready to pull its fighters out", "bocaranga-2025-03-3r-offers-withdrawal", "RETREAT", status="hypothetical", a1=("R3", "A 3R spokesman"), loc="bocaranga_area")
r("car", "Central African troops and Russian instructors retook control of the area", "bocaranga-2025-03-10-army-retakes-area", "ASSAULT", status="claimed", a1=("CAF_MIL", "Central African troops"), a2=("R3", None), loc="bocaranga_area", date="2025-03-10", attr="the army")
r("car", "MINUSCA said it had deployed a quick reaction force to Bocaranga", "bocaranga-2025-03-minusca-quick-reaction-force", "MOBILIZE", a1=("MINUSCA", "MINUSCA"), loc="bocaranga", date="2025-03-12", attr="MINUSCA")
r("car", "President Faustin-Archange Touadéra condemned the attack", "car-2025-03-12-touadera-condemns-3r", "ACCUSE", a1=("TOUADERA", "President Faustin-Archange Touadéra"), a2=("R3", "the 3R"), date="2025-03-12")
r("car", "are due to meet in N'Djamena next month under Chadian mediation", "ndjamena-2025-04-car-armed-groups-talks", "CONSULT", "meeting", status="planned", a1=("CAF_GOV", "The government"), a2=("R3", "the leaders of the 3R"), loc="ndjamena", date="2025-04-01", dp="month")
S = "The 3R, a group that says it protects Fulani herders, signed a peace agreement"
r("car", S, "khartoum-2019-peace-agreement", "AGREE", a1=("R3", "The 3R"), a2=("CAF_GOV", "the government"), loc="khartoum", date="2019-01-01", dp="year")
r("car", S, "bangui-2020-cpc-offensive", "ASSAULT", a1=("CPC", "the rebel Coalition of Patriots for Change (CPC)"), a2=("CAF_GOV", None), loc="bangui", date="2020-01-01", dp="year")
r("car", "In May 2019, 3R fighters killed 46 civilians", "paoua-2019-05-koundjili-lemouna-massacre", "ASSAULT", a1=("R3", "3R fighters"), a2=("CAF_CIV", "46 civilians"), loc="paoua", date="2019-05-01", dp="month", fat=46)
r("car", "Russian paramilitaries were first deployed to the Central African Republic in 2018", "car-2018-russian-paramilitaries-deployed", "MOBILIZE", a1=("WAGNER", "Russian paramilitaries"), loc="car", date="2018-01-01", dp="year")
r("car", "MINUSCA's head, Valentine Rugwabiza, called on all armed groups", "car-2025-03-12-minusca-calls-on-armed-groups", "REQUEST", a1=("RUGWABIZA", "MINUSCA's head, Valentine Rugwabiza"), a2=("CAF_ARMED", "all armed groups"), date="2025-03-12")
