"""Coding sheet for the eighth held-out gold set: compiled into events.jsonl by
benchmarks/heldout/build_gold.py --set benchmarks/heldout8.

Each row names its article (source file, index), a unique piece of the sentence, and the coded
fields; actor spans are given as the words in the sentence and turned into offsets by the builder.
Actors: key -> (name, country, sector, code). Locations: key -> (name, country, lat, lon, precision).
"""

ARTICLES = {
    "ind": ("wire_oct_nov2026.txt", 0),
    "dag": ("wire_oct_nov2026.txt", 1),
    "ago": ("wire_oct_nov2026.txt", 2),
    "bdi": ("wire_oct_nov2026.txt", 3),
    "pry": ("wire_oct_nov2026.txt", 4),
    "swz": ("wire_oct_nov2026.txt", 5),
    "egy": ("wire_oct_dec2026d.txt", 0),
    "uzb": ("wire_oct_dec2026d.txt", 1),
    "tls": ("wire_oct_dec2026d.txt", 2),
    "tza": ("wire_oct_dec2026d.txt", 3),
    "ind2": ("bastar_herald_sukma.txt", 0),
    "dag2": ("caucasus_dispatch_derbent.txt", 0),
    "tur": ("yuksekova_postasi_hakkari.txt", 0),
    "lbr": ("monrovia_observer_protest.txt", 0),
    "pry2": ("norte_diario_horqueta.html", 0),
    "pan": ("darien_al_dia_yaviza.html", 0),
}

A = {
    # India (Chhattisgarh)
    "IND_MAOISTS": ("suspected Maoist rebels (Sukma)", "IND", "REBEL", "IND.REBEL"),
    "CPI_MAOIST": ("Communist Party of India (Maoist)", "IND", "REBEL", "CPI-MAOIST"),
    "CRPF": ("Central Reserve Police Force (CoBRA)", "IND", "POLICE", "IND.POLICE"),
    "IND_SECFOR": ("Indian security forces in Sukma", "IND", "POLICE", "IND.POLICE"),
    "IND_POL": ("Chhattisgarh police", "IND", "POLICE", "IND.POLICE"),
    "CHAVAN": ("Kiran Chavan", "IND", "POLICE", "IND.POLICE"),
    "SHAH": ("Amit Shah", "IND", "GOV", "IND.GOV"),
    "SAI": ("Vishnu Deo Sai", "IND", "GOV", "IND.GOV"),
    "IND_GOV": ("India government", "IND", "GOV", "IND.GOV"),
    "CG_GOV": ("Chhattisgarh state government", "IND", "GOV", "IND.GOV"),
    "SUKMA_COLLECTOR": ("Sukma district collector", "IND", "GOV", "IND.GOV"),
    "INC": ("Indian National Congress", "IND", "PARTY", "IND.PARTY"),
    "IND_POLICE_2010": ("policemen killed in Dantewada (2010)", "IND", "POLICE", "IND.POLICE"),
    "GOMPAD_VILLAGERS": ("villagers of Gompad", "IND", "CIVILIAN", "IND.CIVILIAN"),
    "IND_FARMERS": ("farmers killed near Gompad (per villagers)", "IND", "CIVILIAN", "IND.CIVILIAN"),
    "SUKMA_PROT": ("villagers marching to Sukma", "IND", "PROTESTER", "IND.PROTESTER"),
    "KISTARAM_DET": ("six people detained in Kistaram", "IND", "CIVILIAN", "IND.CIVILIAN"),
    "BAF": ("Bastar Adivasi Forum", "IND", "NGO", "IND.NGO"),
    "CRPF_FAMILIES": ("families of the dead commandos", "IND", "CIVILIAN", "IND.CIVILIAN"),
    # Dagestan
    "ISIS": ("Islamic State", None, "INSURGENT", "ISIS"),
    "DAG_ATTACKERS": ("Derbent attackers", "RUS", "INSURGENT", "INSURGENT"),
    "RUS_POL_DAG": ("Dagestan police", "RUS", "POLICE", "RUS.POLICE"),
    "RUS_SECFOR": ("Russian security forces", "RUS", "POLICE", "RUS.POLICE"),
    "RUS_NAC": ("National Anti-Terrorism Committee", "RUS", "GOV", "RUS.GOV"),
    "FSB": ("Federal Security Service (FSB)", "RUS", "POLICE", "RUS.POLICE"),
    "MELIKOV": ("Sergei Melikov", "RUS", "GOV", "RUS.GOV"),
    "FOREIGN_HANDLERS": ("handlers abroad", None, "OTHER", "OTHER"),
    "DAG_SUSPECTS": ("suspected accomplices detained in Makhachkala", "RUS", "CIVILIAN", "RUS.CIVILIAN"),
    "DAG_GUNMEN_2024": ("gunmen (Dagestan attacks, 2024)", "RUS", "INSURGENT", "INSURGENT"),
    "RUS_CIV": ("Dagestan churches and synagogues", "RUS", "CIVILIAN", "RUS.CIVILIAN"),
    "DAG_RELATIVES": ("relatives of detained men in Makhachkala", "RUS", "PROTESTER", "RUS.PROTESTER"),
    "DAG_WOMEN": ("three women detained in Makhachkala", "RUS", "PROTESTER", "RUS.PROTESTER"),
    "DERBENT_IMAM": ("imam of Derbent", "RUS", "CIVILIAN", "RUS.CIVILIAN"),
    "DAG_GOV": ("Dagestan government", "RUS", "GOV", "RUS.GOV"),
    # Angola (Cabinda)
    "FLEC": ("Front for the Liberation of the Enclave of Cabinda (FLEC-FAC)", "AGO", "REBEL", "FLEC"),
    "AGO_MIL": ("Angola armed forces", "AGO", "MIL", "AGO.MIL"),
    "CASSULE": ("Paulo Cassule", "AGO", "MIL", "AGO.MIL"),
    "OIL_COS": ("foreign oil companies in Cabinda", None, "OTHER", "OTHER"),
    "AGO_POL": ("Angola police", "AGO", "POLICE", "AGO.POLICE"),
    "CAB_ACTIVISTS": ("Cabinda independence activists", "AGO", "PROTESTER", "AGO.PROTESTER"),
    "MAOS_LIVRES": ("Maos Livres", "AGO", "NGO", "AGO.NGO"),
    "AGO_GOV": ("Angola government", "AGO", "GOV", "AGO.GOV"),
    "HOMEM": ("Manuel Homem", "AGO", "GOV", "AGO.GOV"),
    "TOGO_TEAM": ("Togo national football team", "TGO", "CIVILIAN", "TGO.CIVILIAN"),
    # Burundi
    "BDI_POL": ("Burundi police", "BDI", "POLICE", "BDI.POLICE"),
    "RWASA": ("Agathon Rwasa", "BDI", "PARTY", "BDI.PARTY"),
    "CNL": ("National Congress for Freedom (CNL)", "BDI", "PARTY", "BDI.PARTY"),
    "CNL_MEMBERS": ("CNL members in Cibitoke", "BDI", "PARTY", "BDI.PARTY"),
    "IMBONERAKURE": ("Imbonerakure", "BDI", "MIL", "BDI.MIL"),
    "CNDD_FDD": ("CNDD-FDD", "BDI", "PARTY", "BDI.PARTY"),
    "BDI_COURT": ("Burundi judge", "BDI", "JUDICIARY", "BDI.JUDICIARY"),
    "BDI_STUDENTS": ("students in Bujumbura", "BDI", "PROTESTER", "BDI.PROTESTER"),
    "BDI_GOV": ("Burundi government", "BDI", "GOV", "BDI.GOV"),
    "BIZIMANA": ("Edouard Bizimana", "BDI", "GOV", "BDI.GOV"),
    "EU": ("European Union", None, "IGO", "IGO.EU"),
    # Paraguay
    "EPP": ("Paraguayan People's Army (EPP)", "PRY", "REBEL", "EPP"),
    "VILLALBA": ("Ruben Villalba", "PRY", "CIVILIAN", "PRY.CIVILIAN"),
    "VILLALBA_FAMILY": ("Villalba family", "PRY", "CIVILIAN", "PRY.CIVILIAN"),
    "MARCOS_V": ("Marcos Villalba", "PRY", "CIVILIAN", "PRY.CIVILIAN"),
    "PENA": ("Santiago Pena", "PRY", "GOV", "PRY.GOV"),
    "PRY_GOV": ("Paraguay government", "PRY", "GOV", "PRY.GOV"),
    "PRY_FTC": ("Joint Task Force (FTC)", "PRY", "MIL", "PRY.MIL"),
    "PRY_POL": ("Paraguay police", "PRY", "POLICE", "PRY.POLICE"),
    "PRY_FARMHANDS": ("two farmhands detained near Horqueta", "PRY", "CIVILIAN", "PRY.CIVILIAN"),
    "DENIS": ("Oscar Denis", "PRY", "CIVILIAN", "PRY.CIVILIAN"),
    "MORINIGO": ("Edelio Morinigo", "PRY", "POLICE", "PRY.POLICE"),
    "ARP": ("Rural Association of Paraguay (ARP)", "PRY", "OTHER", "PRY.OTHER"),
    "FNC": ("National Federation of Peasants", "PRY", "PROTESTER", "PRY.PROTESTER"),
    "RIERA": ("Enrique Riera", "PRY", "GOV", "PRY.GOV"),
    "CONC_GOVERNOR": ("governor of Concepcion department", "PRY", "GOV", "PRY.GOV"),
    # Eswatini
    "SWZ_POL": ("Eswatini police", "SWZ", "POLICE", "SWZ.POLICE"),
    "SWZ_PROT": ("pro-democracy marchers in Manzini", "SWZ", "PROTESTER", "SWZ.PROTESTER"),
    "SWZ_UNIONS": ("Eswatini public sector unions", "SWZ", "PROTESTER", "SWZ.PROTESTER"),
    "SWZ_NURSES": ("nurses in Mbabane", "SWZ", "PROTESTER", "SWZ.PROTESTER"),
    "SWZ_GOV": ("Eswatini government", "SWZ", "GOV", "SWZ.GOV"),
    "NXUMALO": ("Alpheous Nxumalo", "SWZ", "GOV", "SWZ.GOV"),
    "SWZ_SECFOR": ("Eswatini security forces", "SWZ", "POLICE", "SWZ.POLICE"),
    "SWZ_PROT_2021": ("Eswatini protesters (2021)", "SWZ", "PROTESTER", "SWZ.PROTESTER"),
    "SADC": ("Southern African Development Community", None, "IGO", "IGO.SADC"),
    "MSWATI": ("King Mswati III", "SWZ", "GOV", "SWZ.GOV"),
    # Egypt
    "EGY_MILITANTS": ("militants (North Sinai)", "EGY", "INSURGENT", "INSURGENT"),
    "EGY_MIL": ("Egypt armed forces", "EGY", "MIL", "EGY.MIL"),
    "UST": ("Union of Sinai Tribes", "EGY", "MIL", "EGY.MIL"),
    "EGY_GOV": ("Egypt authorities", "EGY", "GOV", "EGY.GOV"),
    "EGY_MILITANTS_2017": ("militants (al-Rawda attack, 2017)", "EGY", "INSURGENT", "INSURGENT"),
    "EGY_CIV": ("worshippers at al-Rawda mosque", "EGY", "CIVILIAN", "EGY.CIVILIAN"),
    "EGY_MOFA": ("Egypt foreign ministry", "EGY", "GOV", "EGY.GOV"),
    "ISR_GOV": ("Israel government", "ISR", "GOV", "ISR.GOV"),
    # Uzbekistan (Karakalpakstan)
    "UZB_POL": ("Karakalpakstan police", "UZB", "POLICE", "UZB.POLICE"),
    "KK_ACTIVISTS": ("Karakalpak activists in Nukus", "UZB", "PROTESTER", "UZB.PROTESTER"),
    "KK_FARMERS": ("farmers near Kungrad", "UZB", "PROTESTER", "UZB.PROTESTER"),
    "KK_OFFICIALS": ("Kungrad local officials", "UZB", "GOV", "UZB.GOV"),
    "KK_PROSECUTOR": ("Karakalpakstan prosecutor's office", "UZB", "JUDICIARY", "UZB.JUDICIARY"),
    "KK_PROT_2022": ("Karakalpakstan protesters (2022)", "UZB", "PROTESTER", "UZB.PROTESTER"),
    "UZB_SECFOR": ("Uzbekistan security forces", "UZB", "POLICE", "UZB.POLICE"),
    "MIRZIYOYEV": ("Shavkat Mirziyoyev", "UZB", "GOV", "UZB.GOV"),
    "UZB_GOV": ("Uzbekistan government", "UZB", "GOV", "UZB.GOV"),
    "UZB_SPOX": ("Uzbekistan government spokeswoman", "UZB", "GOV", "UZB.GOV"),
    "KK_DIASPORA": ("Karakalpak activists in Kazakhstan", "UZB", "PROTESTER", "UZB.PROTESTER"),
    "HRW": ("Human Rights Watch", None, "NGO", "NGO.HRW"),
    # Timor-Leste
    "TLS_POL": ("Timor-Leste police", "TLS", "POLICE", "TLS.POLICE"),
    "DA_COSTA": ("Henrique da Costa", "TLS", "POLICE", "TLS.POLICE"),
    "TLS_STUDENTS": ("students in Dili", "TLS", "PROTESTER", "TLS.PROTESTER"),
    "GUSMAO": ("Xanana Gusmao", "TLS", "GOV", "TLS.GOV"),
    "TLS_GOV": ("Timor-Leste government", "TLS", "GOV", "TLS.GOV"),
    "TLS_CHURCH": ("Catholic Church in Timor-Leste", "TLS", "OTHER", "TLS.OTHER"),
    "FRETILIN": ("Fretilin", "TLS", "PARTY", "TLS.PARTY"),
    # Zanzibar
    "TZA_POL": ("Tanzania police (Zanzibar)", "TZA", "POLICE", "TZA.POLICE"),
    "HAMDANI": ("Juma Hamdani", "TZA", "POLICE", "TZA.POLICE"),
    "ACT_SUPPORTERS": ("ACT-Wazalendo supporters", "TZA", "PROTESTER", "TZA.PROTESTER"),
    "ACT": ("ACT-Wazalendo", "TZA", "PARTY", "TZA.PARTY"),
    "OTHMAN": ("Othman Masoud Othman", "TZA", "PARTY", "TZA.PARTY"),
    "MWINYI": ("Hussein Mwinyi", "TZA", "GOV", "TZA.GOV"),
    "ZNZ_GOV": ("Zanzibar government", "TZA", "GOV", "TZA.GOV"),
    "TZA_GOV": ("Tanzania authorities", "TZA", "GOV", "TZA.GOV"),
    "USA_EMB": ("U.S. embassy in Dar es Salaam", "USA", "GOV", "USA.GOV"),
    "ZNZ_PROT_2001": ("opposition protesters in Zanzibar (2001)", "TZA", "PROTESTER", "TZA.PROTESTER"),
    # Turkey (Hakkari)
    "TUR_POL": ("Turkey police", "TUR", "POLICE", "TUR.POLICE"),
    "YUK_PROT": ("protesters in Yuksekova", "TUR", "PROTESTER", "TUR.PROTESTER"),
    "HAKKARI_COURT": ("Hakkari court", "TUR", "JUDICIARY", "TUR.JUDICIARY"),
    "KAYA": ("Dilan Kaya", "TUR", "GOV", "TUR.GOV"),
    "TUR_INTERIOR": ("Turkey interior ministry", "TUR", "GOV", "TUR.GOV"),
    "YUK_MUNI": ("Yuksekova municipality", "TUR", "GOV", "TUR.GOV"),
    "HAKKARI_GOV": ("Hakkari governor's office", "TUR", "GOV", "TUR.GOV"),
    "BAKIRHAN": ("Tuncer Bakirhan", "TUR", "PARTY", "TUR.PARTY"),
    "DEM": ("DEM Party", "TUR", "PARTY", "TUR.PARTY"),
    "TUR_GOV": ("Turkey government", "TUR", "GOV", "TUR.GOV"),
    "TUNC": ("Yilmaz Tunc", "TUR", "GOV", "TUR.GOV"),
    "PKK": ("Kurdistan Workers' Party (PKK)", "TUR", "REBEL", "PKK"),
    "SEM_PROT": ("protesters in Semdinli", "TUR", "PROTESTER", "TUR.PROTESTER"),
    "AKIS": ("Mehmet Siddik Akis", "TUR", "GOV", "TUR.GOV"),
    # Liberia
    "LBR_POL": ("Liberia National Police", "LBR", "POLICE", "LBR.POLICE"),
    "LBR_PROT": ("anti-corruption protesters in Monrovia", "LBR", "PROTESTER", "LBR.PROTESTER"),
    "LBR_ORGANISERS": ("coalition of youth and student groups", "LBR", "PROTESTER", "LBR.PROTESTER"),
    "LBR_STUDENT": ("student shot in Monrovia", "LBR", "PROTESTER", "LBR.PROTESTER"),
    "COLEMAN": ("Gregory Coleman", "LBR", "POLICE", "LBR.POLICE"),
    "BOAKAI": ("Joseph Boakai", "LBR", "GOV", "LBR.GOV"),
    "CDC": ("Congress for Democratic Change (CDC)", "LBR", "PARTY", "LBR.PARTY"),
    # Panama (Darien)
    "PAN_GUNMEN": ("armed men (Chucunaque river)", "PAN", "OTHER", "PAN.OTHER"),
    "PAN_NETWORK": ("drug trafficking network linked to the Clan del Golfo", "COL", "OTHER", "COL.OTHER"),
    "SENAFRONT": ("National Border Service (Senafront)", "PAN", "POLICE", "PAN.POLICE"),
    "GOBEA": ("Jorge Gobea", "PAN", "POLICE", "PAN.POLICE"),
    "COL_MOD": ("Colombia defence ministry", "COL", "GOV", "COL.GOV"),
    "COL_GOV": ("Colombia government", "COL", "GOV", "COL.GOV"),
    "PAN_GOV": ("Panama government", "PAN", "GOV", "PAN.GOV"),
    "PAN_POL": ("Panama National Police", "PAN", "POLICE", "PAN.POLICE"),
    "EMBERA_PROT": ("Embera and Wounaan communities at Meteti", "PAN", "PROTESTER", "PAN.PROTESTER"),
    "EMBERA_LEADERS": ("Embera and Wounaan community leaders", "PAN", "PROTESTER", "PAN.PROTESTER"),
    "EMBERA_CONGRESS": ("indigenous congress (Darien)", "PAN", "PROTESTER", "PAN.PROTESTER"),
    "MONTALVO": ("Dinoska Montalvo", "PAN", "GOV", "PAN.GOV"),
    "MULINO": ("Jose Raul Mulino", "PAN", "GOV", "PAN.GOV"),
    "PAN_MINERS": ("illegal gold miners (Tuira river)", "PAN", "OTHER", "PAN.OTHER"),
}

L = {
    # India
    "kistaram": ("near Kistaram village (Sukma district)", "IND", 18.32741, 81.62621, "district"),
    "gompad": ("forest near Gompad, Telangana border (Sukma district)", "IND", 18.32741, 81.62621, "district"),
    "sukma": ("Sukma", "IND", 18.32741, 81.62621, "city"),
    "jagdalpur": ("Jagdalpur", "IND", 19.08136, 82.02131, "city"),
    "bastar": ("Bastar region (Jagdalpur)", "IND", 19.08136, 82.02131, "district"),
    "dantewada": ("Dantewada district", "IND", 18.9000, 81.3500, "district"),
    # Dagestan
    "derbent": ("Derbent", "RUS", 42.06622, 48.28759, "city"),
    "khasavyurt": ("Khasavyurt", "RUS", 43.24872, 46.58571, "city"),
    "makhachkala": ("Makhachkala", "RUS", 42.97782, 47.50027, "city"),
    "dagestan": ("Derbent and Makhachkala (Dagestan)", "RUS", 42.97782, 47.50027, "admin1"),
    # Angola
    "buco_zau": ("near Buco Zau", "AGO", -4.76667, 12.55, "city"),
    "cabinda": ("Cabinda", "AGO", -5.56198, 12.19476, "city"),
    "cabinda_prov": ("Cabinda enclave", "AGO", -5.56198, 12.19476, "admin1"),
    # Burundi
    "gitega": ("Gitega", "BDI", -3.42708, 29.92463, "city"),
    "cibitoke_prov": ("Cibitoke province", "BDI", -2.8869, 29.1248, "admin1"),
    "bujumbura": ("Bujumbura", "BDI", -3.38193, 29.36142, "city"),
    "burundi": ("Burundi", "BDI", -3.42708, 29.92463, "country"),
    # Paraguay
    "horqueta": ("near Horqueta", "PRY", -23.34323, -57.05212, "city"),
    "concepcion": ("Concepcion", "PRY", -23.39985, -57.43236, "city"),
    "concepcion_dep": ("Concepcion department", "PRY", -23.39985, -57.43236, "admin1"),
    "yby_yau": ("near Yby Yau", "PRY", -22.96611, -56.54066, "city"),
    # Eswatini
    "manzini": ("Manzini", "SWZ", -26.49884, 31.38004, "city"),
    "mbabane": ("Mbabane", "SWZ", -26.31667, 31.13333, "city"),
    "eswatini": ("Eswatini", "SWZ", -26.31667, 31.13333, "country"),
    # Egypt
    "sheikh_zuweid": ("south of Sheikh Zuweid", "EGY", 31.2163, 34.11074, "city"),
    "north_sinai": ("El Arish-Rafah coastal road (North Sinai)", "EGY", 31.13159, 33.79844, "admin1"),
    "bir_al_abd": ("near Bir al-Abd (North Sinai)", "EGY", 31.13159, 33.79844, "admin1"),
    "rawda": ("al-Rawda village (North Sinai)", "EGY", 31.13159, 33.79844, "admin1"),
    "sinai_area": ("North Sinai", "EGY", 31.13159, 33.79844, "admin1"),
    # Uzbekistan
    "nukus": ("Nukus", "UZB", 42.45861, 59.60576, "city"),
    "kungrad": ("near Kungrad", "UZB", 43.04333, 58.83944, "city"),
    "almaty": ("Almaty", "KAZ", 43.25249, 76.9115, "city"),
    # Timor-Leste
    "dili": ("Dili", "TLS", -8.55861, 125.57361, "city"),
    # Zanzibar
    "stone_town": ("Stone Town, Zanzibar", "TZA", -6.16394, 39.19793, "city"),
    "zanzibar": ("Zanzibar islands", "TZA", -6.16394, 39.19793, "admin1"),
    # Turkey
    "yuksekova": ("Yuksekova", "TUR", 37.57362, 44.28716, "city"),
    "hakkari": ("Hakkari", "TUR", 37.57444, 43.74083, "city"),
    "hakkari_prov": ("Hakkari province", "TUR", 37.57444, 43.74083, "admin1"),
    "semdinli": ("Semdinli", "TUR", 37.30514, 44.5742, "city"),
    "southeast_tur": ("southeastern Turkey", "TUR", 39.91987, 32.85427, "country"),
    # Liberia
    "monrovia": ("Monrovia", "LBR", 6.30054, -10.7969, "city"),
    # Panama
    "chucunaque": ("Chucunaque river upstream from Yaviza (Darien)", "PAN", 8.15835, -77.69276, "district"),
    "meteti": ("Meteti", "PAN", 8.49909, -77.97897, "city"),
    "tuira": ("Tuira river (Darien province)", "PAN", 8.40498, -78.14041, "admin1"),
}

R = []


def r(art, sent, inc, typ, mode=None, status="reported", a1=None, a2=None, loc=None,
      date=None, dp=None, fat=None, inj=None, attr=None):
    if date is not None and dp is None:
        dp = "day"
    R.append(dict(art=art, sent=sent, inc=inc, typ=typ, mode=mode, status=status, a1=a1, a2=a2,
                  loc=loc, date=date, dp=dp, fat=fat, inj=inj, attr=attr))


SUKMA = "kistaram-2026-11-15-maoist-ied-on-cobra-vehicle"
GUNFIGHT = "gompad-2026-11-16-security-forces-kill-three"
DERBENT = "derbent-2026-11-08-gunmen-attack-traffic-police-post"
KHAS = "khasavyurt-2026-11-09-attackers-killed"
FSB_DET = "makhachkala-2026-11-09-fsb-detains-four"
BUCO = "buco-zau-2026-10-26-flec-ambush-on-army-patrol"
KIDNAP = "horqueta-2026-10-11-epp-kidnaps-rancher"

# ---------------------------------------------------------------- wire #0 India (pub 2026-11-17, Tue)
r("ind", "Six paramilitary commandos were killed and four wounded", SUKMA, "ASSAULT", "explosion", a1=("IND_MAOISTS", "suspected Maoist rebels"), a2=("CRPF", "Six paramilitary commandos"), loc="kistaram", date="2026-11-15", fat=6, inj=4, attr="police")
r("ind", "The vehicle was carrying members of the Central Reserve Police Force", SUKMA, "ASSAULT", "explosion", a1=("IND_MAOISTS", None), a2=("CRPF", "members of the Central Reserve Police Force's CoBRA jungle warfare unit"), loc="kistaram", date="2026-11-15", attr="Inspector General of Police Sundarraj P.")
r("ind", "Security forces then surrounded a group of rebels", GUNFIGHT, "ASSAULT", "firearms", status="claimed", a1=("IND_SECFOR", "Security forces"), a2=("IND_MAOISTS", "a group of rebels"), loc="gompad", date="2026-11-16", fat=3, attr="the police officer")
r("ind", "Two rifles and a radio set were recovered.", "gompad-2026-11-16-weapons-recovered", "COERCE", "seize", a1=("IND_SECFOR", None), a2=("IND_MAOISTS", None), loc="gompad", date="2026-11-16")
S = "Federal Home Minister Amit Shah called the attack"
r("ind", S, "ind-2026-11-17-shah-condemns-attack", "ACCUSE", a1=("SHAH", "Federal Home Minister Amit Shah"), a2=("IND_MAOISTS", None), date="2026-11-17")
r("ind", S, "ind-2026-11-17-shah-vows-to-wipe-out-insurgency", "THREATEN", a1=("SHAH", "Federal Home Minister Amit Shah"), a2=("IND_MAOISTS", "the insurgency"), date="2026-11-17")
r("ind", "He spoke to Chhattisgarh Chief Minister Vishnu Deo Sai by phone", "ind-2026-11-16-shah-sai-phone-call", "CONSULT", "phone-call", a1=("SHAH", "He"), a2=("SAI", "Chhattisgarh Chief Minister Vishnu Deo Sai"), date="2026-11-16")
S = "Sai travelled to Jagdalpur on Tuesday"
r("ind", S, "jagdalpur-2026-11-17-sai-visit", "CONSULT", "visit", a1=("SAI", "Sai"), loc="jagdalpur", date="2026-11-17")
r("ind", S, "bastar-2026-11-four-more-crpf-battalions", "MOBILIZE", status="planned", a1=("CRPF", "four more CRPF battalions"), loc="bastar")
r("ind", "The opposition Congress party blamed the state government", "ind-2026-11-17-congress-blames-state-government", "ACCUSE", a1=("INC", "The opposition Congress party"), a2=("CG_GOV", "the state government"), date="2026-11-17")
r("ind", "In April 2010, its fighters killed 76 policemen", "dantewada-2010-04-maoist-ambush", "ASSAULT", a1=("CPI_MAOIST", "its fighters"), a2=("IND_POLICE_2010", "76 policemen"), loc="dantewada", date="2010-04-01", dp="month", fat=76)
r("ind", "since the government launched a major offensive in 2024", "ind-2024-offensive-against-maoists", "ASSAULT", a1=("IND_GOV", "the government"), a2=("CPI_MAOIST", None), date="2024-01-01", dp="year")

# ---------------------------------------------------------------- bastar_herald (pub 2026-11-18, Wed)
r("ind2", "The death toll from Sunday night's IED blast", SUKMA, "ASSAULT", "explosion", a1=("CPI_MAOIST", None), a2=("CRPF", "a CoBRA vehicle"), loc="kistaram", date="2026-11-15", fat=7, attr="police")
r("ind2", "The banned CPI (Maoist) claimed the attack", SUKMA, "ASSAULT", "explosion", status="claimed", a1=("CPI_MAOIST", "The banned CPI (Maoist)"), a2=("CRPF", None), loc="kistaram", date="2026-11-15", attr="CPI (Maoist)")
r("ind2", "would continue to strike at security camps", "bastar-2026-11-18-maoists-threaten-security-camps", "THREATEN", a1=("CPI_MAOIST", "people's army"), a2=("IND_SECFOR", "security camps"), date="2026-11-18")
S = "Villagers from Gompad, a hamlet near the Telangana border"
r("ind2", S, GUNFIGHT, "ASSAULT", "firearms", a1=("IND_SECFOR", "security forces"), a2=("IND_FARMERS", "the three people"), loc="gompad", date="2026-11-16", fat=3, attr="Villagers from Gompad")
r("ind2", S, "gompad-2026-11-18-villagers-accuse-security-forces", "ACCUSE", a1=("GOMPAD_VILLAGERS", "Villagers from Gompad"), a2=("IND_SECFOR", "security forces"), date="2026-11-18")
r("ind2", "Superintendent of Police Kiran Chavan rejected the allegation", "sukma-2026-11-18-police-reject-villagers-allegation", "ACCUSE", a1=("CHAVAN", "Superintendent of Police Kiran Chavan"), a2=("GOMPAD_VILLAGERS", None), date="2026-11-18")
r("ind2", "About 400 villagers walked to the district headquarters", "sukma-2026-11-18-villagers-march", "PROTEST", "demonstration", a1=("SUKMA_PROT", "About 400 villagers"), loc="sukma", date="2026-11-18")
S = "The march was stopped by police outside the town"
r("ind2", S, "sukma-2026-11-18-police-stop-march", "COERCE", a1=("IND_POL", "police"), a2=("SUKMA_PROT", "The march"), loc="sukma", date="2026-11-18")
r("ind2", S, "sukma-2026-11-18-delegation-meets-collector", "CONSULT", "meeting", a1=("SUKMA_PROT", "a delegation of ten people"), a2=("SUKMA_COLLECTOR", "the district collector"), loc="sukma", date="2026-11-18")
r("ind2", "Police said they had detained six people in Kistaram", "kistaram-2026-11-17-six-detained", "COERCE", "arrest", a1=("IND_POL", "Police"), a2=("KISTARAM_DET", "six people"), loc="kistaram", date="2026-11-17", attr="Police")
r("ind2", "A tribal rights group, the Bastar Adivasi Forum", "sukma-2026-11-18-forum-demands-release", "REQUEST", a1=("BAF", "A tribal rights group"), a2=("IND_POL", None), date="2026-11-18")
r("ind2", "About 1,000 CRPF and District Reserve Guard personnel", "kistaram-2026-11-18-search-deployment", "MOBILIZE", a1=("CRPF", "About 1,000 CRPF and District Reserve Guard personnel"), loc="kistaram", date="2026-11-18", attr="a senior CRPF officer")
r("ind2", "The state government announced compensation", "chhattisgarh-2026-11-18-compensation-for-families", "AID", a1=("CG_GOV", "The state government"), a2=("CRPF_FAMILIES", "the families of each of the dead commandos"), date="2026-11-18")

# ---------------------------------------------------------------- wire #1 Dagestan (pub 2026-11-09, Mon)
r("dag", "Gunmen opened fire on a traffic police post on the outskirts of Derbent", DERBENT, "ASSAULT", "firearms", a1=("ISIS", "Gunmen"), a2=("RUS_POL_DAG", "a traffic police post"), loc="derbent", date="2026-11-09", fat=2, inj=1, attr="the regional interior ministry")
r("dag", "Islamic State claimed responsibility for the attack", DERBENT, "ASSAULT", "firearms", status="claimed", a1=("ISIS", "Islamic State"), a2=("RUS_POL_DAG", None), loc="derbent", date="2026-11-09", attr="Islamic State")
r("dag", "tracked the attackers to a house in the town of Khasavyurt", KHAS, "ASSAULT", "firearms", status="claimed", a1=("RUS_SECFOR", "security forces"), a2=("ISIS", "the attackers"), loc="khasavyurt", date="2026-11-09", fat=3, attr="Russia's National Anti-Terrorism Committee")
r("dag", "A fourth man was detained.", "khasavyurt-2026-11-09-fourth-man-detained", "COERCE", "arrest", a1=("RUS_SECFOR", None), a2=("ISIS", "A fourth man"), loc="khasavyurt", date="2026-11-09")
S = "A counter-terrorism regime was declared in Derbent and Khasavyurt"
r("dag", S, "derbent-2026-11-09-counter-terrorism-regime", "COERCE", "curfew", a1=("RUS_NAC", None), loc="derbent", date="2026-11-09")
r("dag", S, "khasavyurt-2026-11-09-counter-terrorism-regime", "COERCE", "curfew", a1=("RUS_NAC", None), loc="khasavyurt", date="2026-11-09")
S = "Dagestan's head Sergei Melikov said the attackers had been"
r("dag", S, "dag-2026-11-09-melikov-blames-handlers-abroad", "ACCUSE", a1=("MELIKOV", "Dagestan's head Sergei Melikov"), a2=("FOREIGN_HANDLERS", "handlers abroad"), date="2026-11-09")
r("dag", S, "dag-2026-11-09-melikov-vows-to-punish-helpers", "THREATEN", a1=("MELIKOV", "Dagestan's head Sergei Melikov"), a2=("DAG_SUSPECTS", "anyone who helped them"), date="2026-11-09")
r("dag", "The Federal Security Service (FSB) said it had detained four suspected accomplices", FSB_DET, "COERCE", "arrest", a1=("FSB", "The Federal Security Service (FSB)"), a2=("DAG_SUSPECTS", "four suspected accomplices"), loc="makhachkala", date="2026-11-09", attr="The Federal Security Service (FSB)")
r("dag", "In June 2024, gunmen attacked two Orthodox churches", "dagestan-2024-06-church-and-synagogue-attacks", "ASSAULT", "firearms", a1=("DAG_GUNMEN_2024", "gunmen"), a2=("RUS_CIV", "two Orthodox churches and two synagogues"), loc="dagestan", date="2024-06-01", dp="month", fat=20)

# ---------------------------------------------------------------- caucasus_dispatch (pub 2026-11-10, Tue)
r("dag2", "A third police officer has died after Sunday night's shooting", DERBENT, "ASSAULT", "firearms", a2=("RUS_POL_DAG", "A third police officer"), loc="derbent", date="2026-11-08", fat=3, attr="the Dagestan interior ministry")
S = "the three gunmen killed in Khasavyurt on Monday"
r("dag2", S, KHAS, "ASSAULT", "firearms", status="claimed", a1=("RUS_SECFOR", None), a2=("ISIS", "the three gunmen"), loc="khasavyurt", date="2026-11-09", fat=3, attr="The National Anti-Terrorism Committee")
r("dag2", S, "dag-2026-11-10-nac-links-cell-to-islamic-state", "ACCUSE", a1=("RUS_NAC", "The National Anti-Terrorism Committee"), a2=("ISIS", "Islamic State"), date="2026-11-10")
S = "Relatives of the four men detained by the FSB in Makhachkala gathered"
r("dag2", S, "makhachkala-2026-11-10-relatives-protest", "PROTEST", "demonstration", a1=("DAG_RELATIVES", "Relatives of the four men detained by the FSB in Makhachkala"), a2=("DAG_GOV", None), loc="makhachkala", date="2026-11-10")
r("dag2", S, FSB_DET, "COERCE", "arrest", a1=("FSB", "the FSB"), a2=("DAG_SUSPECTS", "the four men"), loc="makhachkala")
S = "Police dispersed the crowd of about 50 people"
r("dag2", S, "makhachkala-2026-11-10-police-disperse-relatives", "COERCE", a1=("RUS_POL_DAG", "Police"), a2=("DAG_RELATIVES", "the crowd of about 50 people"), loc="makhachkala", date="2026-11-10")
r("dag2", S, "makhachkala-2026-11-10-three-women-detained", "COERCE", "arrest", a1=("RUS_POL_DAG", "Police"), a2=("DAG_WOMEN", "three women"), loc="makhachkala", date="2026-11-10")
r("dag2", "two of the detainees had been beaten during interrogation", "makhachkala-2026-11-detainees-beaten", "ASSAULT", "beating", a1=("FSB", None), a2=("DAG_SUSPECTS", "two of the detainees"), loc="makhachkala", attr="Rights group Memorial's successor organisation")
r("dag2", "Hundreds of people attended the sergeant's funeral", "derbent-2026-11-10-imam-condemns-attackers", "ACCUSE", a1=("DERBENT_IMAM", "the city's imam"), a2=("DAG_ATTACKERS", "the attackers"), loc="derbent", date="2026-11-10")
r("dag2", "The counter-terrorism regime in Derbent was lifted", "derbent-2026-11-10-counter-terrorism-regime-lifted", "CONCEDE", a1=("RUS_NAC", None), loc="derbent", date="2026-11-10")

# ---------------------------------------------------------------- wire #2 Cabinda (pub 2026-10-28, Wed)
S = "Separatist rebels in Angola's oil-rich Cabinda enclave said Tuesday"
r("ago", S, BUCO, "ASSAULT", status="claimed", a1=("FLEC", "Separatist rebels"), a2=("AGO_MIL", "five soldiers"), loc="buco_zau", date="2026-10-26", fat=5, attr="Separatist rebels")
r("ago", S, "ago-2026-10-28-army-rejects-flec-claim", "ACCUSE", a1=("AGO_MIL", "the army"), a2=("FLEC", None), date="2026-10-28")
r("ago", "said in a statement sent to journalists that its fighters had attacked an army patrol", BUCO, "ASSAULT", status="claimed", a1=("FLEC", "The Front for the Liberation of the Enclave of Cabinda (FLEC-FAC)"), a2=("AGO_MIL", "an army patrol"), loc="buco_zau", date="2026-10-26", attr="The Front for the Liberation of the Enclave of Cabinda (FLEC-FAC)")
S = "Army spokesman Colonel Paulo Cassule said no soldiers had been killed"
r("ago", S, "ago-2026-10-28-army-rejects-flec-claim", "ACCUSE", a1=("CASSULE", "Army spokesman Colonel Paulo Cassule"), a2=("FLEC", None), date="2026-10-28")
r("ago", S, BUCO, "ASSAULT", a1=("FLEC", "a small group of bandits"), a2=("AGO_MIL", "troops"), loc="buco_zau", date="2026-10-26", fat=0, attr="Army spokesman Colonel Paulo Cassule")
r("ago", "The group warned foreign oil companies", "cabinda-2026-10-28-flec-threatens-oil-companies", "THREATEN", a1=("FLEC", "The group"), a2=("OIL_COS", "foreign oil companies"), date="2026-10-28")
S = "In Cabinda city, police detained nine activists on Tuesday"
r("ago", S, "cabinda-2026-10-27-nine-activists-detained", "COERCE", "arrest", a1=("AGO_POL", "police"), a2=("CAB_ACTIVISTS", "nine activists"), loc="cabinda", date="2026-10-27", attr="a local rights group")
r("ago", S, "cabinda-2026-10-27-independence-march", "PROTEST", "demonstration", a1=("CAB_ACTIVISTS", "they"), loc="cabinda", date="2026-10-27", attr="a local rights group")
r("ago", "They were released in the evening.", "cabinda-2026-10-27-activists-released", "CONCEDE", a1=("AGO_POL", None), a2=("CAB_ACTIVISTS", "They"), loc="cabinda", date="2026-10-27")
r("ago", "The rights group Mãos Livres called on the authorities", "ago-2026-10-28-maos-livres-appeal", "REQUEST", a1=("MAOS_LIVRES", "The rights group Mãos Livres"), a2=("AGO_GOV", "the authorities"), date="2026-10-28")
r("ago", "Interior Minister Manuel Homem ruled out negotiations", "ago-2026-10-28-homem-rules-out-talks", "REJECT", a1=("HOMEM", "Interior Minister Manuel Homem"), a2=("FLEC", "the rebels"), date="2026-10-28")
r("ago", "In 2010 FLEC gunmen attacked a bus", "cabinda-2010-attack-on-togo-team-bus", "ASSAULT", "firearms", a1=("FLEC", "FLEC gunmen"), a2=("TOGO_TEAM", "a bus carrying Togo's national football team"), loc="cabinda_prov", date="2010-01-01", dp="year", fat=2)

# ---------------------------------------------------------------- wire #3 Burundi (pub 2026-12-01, Tue)
S = "Burundian police arrested the leader of the main opposition party"
RWASA_ARREST = "gitega-2026-11-28-rwasa-and-aides-arrested"
r("bdi", S, RWASA_ARREST, "COERCE", "arrest", a1=("BDI_POL", "Burundian police"), a2=("RWASA", "the leader of the main opposition party"), loc="gitega", date="2026-11-28", attr="the party")
r("bdi", S, "bdi-2026-11-cnl-boycott-of-by-elections", "SANCTION", a1=("CNL", "it"))
BEATING = "cibitoke-2026-11-29-imbonerakure-beat-cnl-members"
r("bdi", "said its members had also been beaten by members of the Imbonerakure", BEATING, "ASSAULT", "beating", a1=("IMBONERAKURE", "members of the Imbonerakure"), a2=("CNL_MEMBERS", "its members"), loc="cibitoke_prov", date="2026-11-29", inj=7, attr="Agathon Rwasa's National Congress for Freedom (CNL)")
S = "The ruling CNDD-FDD party denied that its youth members had attacked anyone"
r("bdi", S, BEATING, "ASSAULT", "beating", status="denied", a1=("CNDD_FDD", "The ruling CNDD-FDD party"), a2=("CNL_MEMBERS", None), loc="cibitoke_prov", date="2026-11-29")
r("bdi", S, "bdi-2026-12-01-cnddfdd-accuses-cnl", "ACCUSE", a1=("CNDD_FDD", "The ruling CNDD-FDD party"), a2=("CNL", "the CNL"), date="2026-12-01")
S = "Police spokesman Pierre Nkurikiye said Rwasa had been detained"
r("bdi", S, RWASA_ARREST, "COERCE", "arrest", a1=("BDI_POL", None), a2=("RWASA", "Rwasa"), loc="gitega", date="2026-11-28", attr="Police spokesman Pierre Nkurikiye")
r("bdi", S, "gitega-2026-12-02-rwasa-before-judge", "COERCE", status="planned", a1=("BDI_COURT", "a judge"), a2=("RWASA", "Rwasa"), loc="gitega", date="2026-12-02")
r("bdi", "In the commercial capital Bujumbura, students marched on Monday", "bujumbura-2026-11-30-students-march", "PROTEST", "demonstration", a1=("BDI_STUDENTS", "students"), loc="bujumbura", date="2026-11-30")
r("bdi", "Police fired tear gas to break up the march near the university.", "bujumbura-2026-11-30-tear-gas-on-students", "COERCE", "tear-gas", a1=("BDI_POL", "Police"), a2=("BDI_STUDENTS", "the march"), loc="bujumbura", date="2026-11-30")
r("bdi", "The European Union and the United States urged the government", "bdi-2026-12-01-eu-us-urge-release", "REQUEST", a1=("EU", "The European Union"), a2=("BDI_GOV", "the government"), date="2026-12-01")
S = "Foreign Minister Edouard Bizimana rejected the call"
r("bdi", S, "bdi-2026-12-01-bizimana-rejects-call", "REJECT", a1=("BIZIMANA", "Foreign Minister Edouard Bizimana"), a2=("EU", None), date="2026-12-01")
r("bdi", S, "bdi-2026-12-01-bizimana-accuses-west-of-arming-rebels", "ACCUSE", a1=("BIZIMANA", "Foreign Minister Edouard Bizimana"), a2=("EU", "those who armed rebels against us"), date="2026-12-01")
r("bdi", "At least 1,200 people were killed in the violence that followed", "burundi-2015-crisis-killings", "ASSAULT", loc="burundi", date="2015-01-01", dp="year", fat=1200, attr="the International Criminal Court")

# ---------------------------------------------------------------- wire #4 Paraguay (pub 2026-10-13, Tue)
S = "Suspected members of a small leftist guerrilla group kidnapped a cattle rancher"
r("pry", S, KIDNAP, "ASSAULT", "abduction", a1=("EPP", "Suspected members of a small leftist guerrilla group"), a2=("VILLALBA", "a cattle rancher"), loc="horqueta", date="2026-10-11", attr="police")
r("pry", S, "horqueta-2026-10-11-tractors-burned", "ASSAULT", a1=("EPP", None), loc="horqueta", date="2026-10-11", attr="police")
S = "was taken by about eight armed men who left leaflets"
r("pry", S, KIDNAP, "ASSAULT", "abduction", a1=("EPP", "about eight armed men"), a2=("VILLALBA", "Rubén Villalba"), loc="horqueta", date="2026-10-11")
r("pry", S, "horqueta-2026-10-11-epp-demands-food-handout", "REQUEST", a1=("EPP", "the Paraguayan People's Army (EPP)"), a2=("VILLALBA_FAMILY", "his family"), date="2026-10-11")
r("pry", "President Santiago Pena ordered the Joint Task Force", "concepcion-2026-10-200-more-troops", "MOBILIZE", status="planned", a1=("PENA", "President Santiago Pena"), loc="concepcion_dep")
r("pry", "Those who think they can hold this country hostage", "pry-2026-10-13-pena-vows-to-hunt-kidnappers", "THREATEN", a1=("PENA", "he"), a2=("EPP", "Those who think they can hold this country hostage"), date="2026-10-13")
S = "Villalba's family appealed to the kidnappers"
r("pry", S, "pry-2026-10-13-family-appeals-to-kidnappers", "REQUEST", a1=("VILLALBA_FAMILY", "Villalba's family"), a2=("EPP", "the kidnappers"), date="2026-10-13")
r("pry", S, "pry-2026-10-13-family-asks-no-rescue-attempt", "REQUEST", a1=("VILLALBA_FAMILY", "Villalba's family"), a2=("PRY_GOV", "the authorities"), date="2026-10-13")
r("pry", "Police detained two farmhands from a neighbouring ranch", "horqueta-2026-10-12-farmhands-detained", "COERCE", "arrest", a1=("PRY_POL", "Police"), a2=("PRY_FARMHANDS", "two farmhands"), loc="horqueta", date="2026-10-12", attr="a police spokesman")
r("pry", "In September 2020 it abducted former Vice President Oscar Denis", "pry-2020-09-denis-abduction", "ASSAULT", "abduction", a1=("EPP", "it"), a2=("DENIS", "former Vice President Oscar Denis"), date="2020-09-01", dp="month")
r("pry", "Ranchers' association ARP criticised the government", "pry-2026-10-13-arp-criticises-government", "ACCUSE", a1=("ARP", "Ranchers' association ARP"), a2=("PRY_GOV", "the government"), date="2026-10-13")

# ---------------------------------------------------------------- norte_diario (pub 2026-10-15, Thu)
S = "The Paraguayan People's Army (EPP) said on Wednesday that it was holding rancher"
r("pry2", S, KIDNAP, "ASSAULT", "abduction", status="claimed", a1=("EPP", "The Paraguayan People's Army (EPP)"), a2=("VILLALBA", "Ruben Villalba"), loc="horqueta", date="2026-10-11", attr="The Paraguayan People's Army (EPP)")
r("pry2", S, "pry-2026-10-14-epp-restates-food-demand", "REQUEST", a1=("EPP", "The Paraguayan People's Army (EPP)"), a2=("VILLALBA_FAMILY", "his family"), date="2026-10-14")
r("pry2", "warned that any attempt to rescue him by force would cost him his life", "pry-2026-10-14-epp-warns-against-rescue", "THREATEN", a1=("EPP", "the group"), a2=("PRY_FTC", None), date="2026-10-14")
YBY = "yby-yau-2026-10-14-ftc-clash-with-epp"
r("pry2", "Soldiers of the Joint Task Force (FTC) clashed with a group of armed men", YBY, "ASSAULT", "firearms", status="claimed", a1=("PRY_FTC", "Soldiers of the Joint Task Force (FTC)"), a2=("EPP", "a group of armed men"), loc="yby_yau", date="2026-10-14", fat=1, attr="the task force")
r("pry2", "It said the group was the one that carried out the kidnapping", YBY, "ASSAULT", "firearms", status="claimed", a1=("PRY_FTC", "It"), a2=("EPP", "the group"), loc="yby_yau", date="2026-10-14", inj=1, attr="the task force")
r("pry2", "criticised the operation, saying the military had", "pry-2026-10-15-son-criticises-operation", "ACCUSE", a1=("MARCOS_V", "Marcos Villalba"), a2=("PRY_FTC", "the military"), date="2026-10-15")
r("pry2", "He said the family had started handing out food parcels", "horqueta-2026-10-15-family-hands-out-food", "CONCEDE", a1=("VILLALBA_FAMILY", "the family"), a2=("EPP", None), loc="horqueta", date="2026-10-15")
S = "About 300 members of the National Federation of Peasants marched"
r("pry2", S, "concepcion-2026-10-15-peasants-march", "PROTEST", "demonstration", a1=("FNC", "About 300 members of the National Federation of Peasants"), a2=("PRY_GOV", "the government"), loc="concepcion", date="2026-10-15")
r("pry2", S, "pry-2026-10-15-peasants-accuse-soldiers", "ACCUSE", a1=("FNC", "About 300 members of the National Federation of Peasants"), a2=("PRY_FTC", "soldiers"), date="2026-10-15")
S = "Interior Minister Enrique Riera met the governor of Concepcion department"
r("pry2", S, "concepcion-2026-10-15-riera-meets-governor", "CONSULT", "meeting", a1=("RIERA", "Interior Minister Enrique Riera"), a2=("CONC_GOVERNOR", "the governor of Concepcion department"), loc="concepcion", date="2026-10-15")
r("pry2", S, "concepcion-2026-10-more-police-checkpoints", "MOBILIZE", status="planned", a1=("RIERA", "Interior Minister Enrique Riera"), loc="concepcion_dep")
r("pry2", "Police officer Edelio Morinigo, seized in 2014", "pry-2014-morinigo-abduction", "ASSAULT", "abduction", a1=("EPP", None), a2=("MORINIGO", "Police officer Edelio Morinigo"), date="2014-01-01", dp="year")

# ---------------------------------------------------------------- wire #5 Eswatini (pub 2025-07-01, Tue)
r("swz", "Police in Eswatini fired tear gas and rubber bullets", "manzini-2025-07-01-tear-gas-on-marchers", "COERCE", "tear-gas", a1=("SWZ_POL", "Police in Eswatini"), a2=("SWZ_PROT", "hundreds of pro-democracy demonstrators"), loc="manzini", date="2025-07-01", inj=5, attr="a union leader")
MARCH_SWZ = "manzini-2025-07-01-pro-democracy-march"
r("swz", "The marchers, led by public sector unions", MARCH_SWZ, "PROTEST", "demonstration", a1=("SWZ_PROT", "The marchers"), loc="manzini", date="2025-07-01")
r("swz", "Police arrested 17 people, among them a union secretary-general", "manzini-2025-07-01-17-arrested", "COERCE", "arrest", a1=("SWZ_POL", "Police"), a2=("SWZ_PROT", "17 people"), loc="manzini", date="2025-07-01", attr="the unions")
r("swz", "about 200 nurses staged a sit-in outside the health ministry", "mbabane-2025-07-01-nurses-sit-in", "PROTEST", "demonstration", a1=("SWZ_NURSES", "about 200 nurses"), loc="mbabane", date="2025-07-01")
r("swz", "The government had banned the march on Monday", "manzini-2025-06-30-march-banned", "COERCE", a1=("SWZ_GOV", "The government"), a2=("SWZ_PROT", "the march"), loc="manzini", date="2025-06-30")
r("swz", "Government spokesman Alpheous Nxumalo accused", "swz-2025-07-01-nxumalo-accuses-agitators", "ACCUSE", a1=("NXUMALO", "Government spokesman Alpheous Nxumalo"), a2=("SWZ_PROT", "foreign-funded agitators"), date="2025-07-01")
r("swz", "when security forces killed dozens of protesters", "eswatini-2021-protesters-killed", "ASSAULT", a1=("SWZ_SECFOR", "security forces"), a2=("SWZ_PROT_2021", "dozens of protesters"), loc="eswatini", date="2021-01-01", dp="year", fat=24)
r("swz", "The unions said they would hold a two-day national strike", "eswatini-2025-07-threatened-national-strike", "PROTEST", "strike", status="threatened", a1=("SWZ_UNIONS", "The unions"), loc="eswatini")
r("swz", "The Southern African Development Community said it would send an envoy", "mbabane-2025-07-sadc-envoy-to-meet-king", "CONSULT", "visit", status="planned", a1=("SADC", "The Southern African Development Community"), a2=("MSWATI", "King Mswati III"), loc="mbabane")

# ---------------------------------------------------------------- wire_d #0 Egypt (pub 2026-12-03, Thu)
ZUWEID = "sheikh-zuweid-2026-12-01-checkpoint-attack"
r("egy", "Militants attacked an army checkpoint south of the town of Sheikh Zuweid", ZUWEID, "ASSAULT", a1=("EGY_MILITANTS", "Militants"), a2=("EGY_MIL", "an army checkpoint"), loc="sheikh_zuweid", date="2026-12-01", fat=3, inj=5, attr="two security sources")
r("egy", "The attackers fired rocket-propelled grenades at the checkpoint", ZUWEID, "ASSAULT", a1=("EGY_MILITANTS", "The attackers"), a2=("EGY_MIL", "the checkpoint"), loc="sheikh_zuweid", date="2026-12-01", attr="the sources")
r("egy", "troops had pursued them and killed eight", "north-sinai-2026-12-02-army-kills-eight-militants", "ASSAULT", status="claimed", a1=("EGY_MIL", "troops"), a2=("EGY_MILITANTS", "takfiri elements"), date="2026-12-02", fat=8, attr="An army spokesman")
r("egy", "Members of the Union of Sinai Tribes", "north-sinai-2026-12-02-tribal-militia-joins-search", "MOBILIZE", a1=("UST", "Members of the Union of Sinai Tribes"), date="2026-12-02", attr="a tribal leader")
r("egy", "Authorities closed the coastal road between El Arish and Rafah", "north-sinai-2026-12-03-coastal-road-closed", "COERCE", "curfew", a1=("EGY_GOV", "Authorities"), loc="north_sinai", date="2026-12-03")
r("egy", "its aircraft had destroyed two vehicles", "bir-al-abd-2026-12-03-air-strike-on-vehicles", "ASSAULT", "aerial", status="claimed", a1=("EGY_MIL", "its aircraft"), a2=("EGY_MILITANTS", None), loc="bir_al_abd", date="2026-12-03", attr="The army")
r("egy", "In November 2017, militants killed more than 300 worshippers", "al-rawda-2017-11-mosque-attack", "ASSAULT", a1=("EGY_MILITANTS_2017", "militants"), a2=("EGY_CIV", "more than 300 worshippers"), loc="rawda", date="2017-11-01", dp="month", fat=300)
S = "Egypt's foreign ministry said it had informed Israel"
r("egy", S, "egy-isr-2026-12-03-egypt-informs-israel", "CONSULT", a1=("EGY_MOFA", "Egypt's foreign ministry"), a2=("ISR_GOV", "Israel"), date="2026-12-03")
r("egy", S, "north-sinai-2026-12-extra-troops-deployed", "MOBILIZE", a1=("EGY_MIL", None), loc="sinai_area", date="2026-12-03")

# ---------------------------------------------------------------- wire_d #1 Karakalpakstan (pub 2026-11-26, Thu)
NUKUS_DET = "nukus-2026-11-25-activists-detained"
NUKUS_PROT = "nukus-2026-11-26-planned-water-protest"
S = "Police in Uzbekistan's autonomous Karakalpakstan region detained"
r("uzb", S, NUKUS_DET, "COERCE", "arrest", a1=("UZB_POL", "Police"), a2=("KK_ACTIVISTS", "at least 14 activists"), loc="nukus", date="2026-11-25", attr="relatives and rights activists")
r("uzb", S, NUKUS_PROT, "PROTEST", "demonstration", status="planned", a1=("KK_ACTIVISTS", "they"), loc="nukus", date="2026-11-26")
r("uzb", "The activists had urged residents to gather outside the regional parliament", NUKUS_PROT, "PROTEST", "demonstration", status="planned", a1=("KK_ACTIVISTS", "The activists"), loc="nukus", date="2026-11-26")
S = "About 200 farmers blocked a road outside the town of Kungrad"
r("uzb", S, "kungrad-2026-11-23-farmers-block-road", "PROTEST", "demonstration", a1=("KK_FARMERS", "About 200 farmers"), loc="kungrad", date="2026-11-23", attr="a local journalist")
r("uzb", S, "kungrad-2026-11-water-tankers-promised", "CONCEDE", status="planned", a1=("KK_OFFICIALS", "local officials"), a2=("KK_FARMERS", None), loc="kungrad")
S = "The regional prosecutor's office said the detained activists were suspected"
r("uzb", S, "nukus-2026-11-26-prosecutor-accuses-activists", "ACCUSE", a1=("KK_PROSECUTOR", "The regional prosecutor's office"), a2=("KK_ACTIVISTS", "the detained activists"), date="2026-11-26")
r("uzb", S, "nukus-2026-11-26-prosecutor-warns-protesters", "THREATEN", a1=("KK_PROSECUTOR", "The regional prosecutor's office"), a2=("KK_ACTIVISTS", "anyone taking part in an unauthorised gathering"), date="2026-11-26")
S = "In July 2022, protests in Nukus against a plan"
r("uzb", S, "nukus-2022-07-protests", "PROTEST", "demonstration", a1=("KK_PROT_2022", None), loc="nukus", date="2022-07-01", dp="month")
r("uzb", S, "nukus-2022-07-protests-crushed", "ASSAULT", a1=("UZB_SECFOR", "security forces"), a2=("KK_PROT_2022", None), loc="nukus", date="2022-07-01", dp="month", fat=21)
r("uzb", "President Shavkat Mirziyoyev later dropped the plan.", "uzb-2022-mirziyoyev-drops-plan", "CONCEDE", a1=("MIRZIYOYEV", "President Shavkat Mirziyoyev"), a2=("KK_PROT_2022", None))
r("uzb", "Human Rights Watch called on Tashkent", "uzb-2026-11-26-hrw-urges-release", "REQUEST", a1=("HRW", "Human Rights Watch"), a2=("UZB_GOV", "Tashkent"), date="2026-11-26")
r("uzb", "would hold a rally outside the Uzbek consulate in Almaty", "almaty-2026-11-28-karakalpak-rally", "PROTEST", "demonstration", status="planned", a1=("KK_DIASPORA", "Karakalpak activists living in Kazakhstan"), a2=("UZB_GOV", None), loc="almaty", date="2026-11-28")
r("uzb", "A government spokeswoman said the authorities were", NUKUS_DET, "COERCE", "arrest", status="denied", a1=("UZB_SPOX", "A government spokeswoman"), loc="nukus", date="2026-11-25")

# ---------------------------------------------------------------- wire_d #2 Timor-Leste (pub 2026-10-22, Thu)
DILI_PROT = "dili-2026-10-21-students-protest-at-parliament"
S = "Police in Timor-Leste fired tear gas and water cannon"
r("tls", S, "dili-2026-10-21-tear-gas-on-students", "COERCE", "tear-gas", a1=("TLS_POL", "Police in Timor-Leste"), a2=("TLS_STUDENTS", "hundreds of students"), loc="dili", date="2026-10-21", attr="witnesses")
r("tls", S, DILI_PROT, "PROTEST", "demonstration", a1=("TLS_STUDENTS", "hundreds of students"), loc="dili", date="2026-10-21", attr="witnesses")
S = "Some protesters threw stones and set fire to a government vehicle"
r("tls", S, DILI_PROT, "PROTEST", "riot", a1=("TLS_STUDENTS", "Some protesters"), loc="dili", date="2026-10-21", attr="police commander Henrique da Costa")
r("tls", S, "dili-2026-10-21-23-students-arrested", "COERCE", "arrest", a1=("TLS_POL", "police"), a2=("TLS_STUDENTS", "23 of them"), loc="dili", date="2026-10-21", attr="police commander Henrique da Costa")
r("tls", "He said four officers had been injured.", DILI_PROT, "PROTEST", "riot", a1=("TLS_STUDENTS", None), a2=("TLS_POL", "four officers"), loc="dili", date="2026-10-21", inj=4, attr="police commander Henrique da Costa")
r("tls", "On Tuesday, students marched peacefully", "dili-2026-10-20-students-march", "PROTEST", "demonstration", a1=("TLS_STUDENTS", "students"), loc="dili", date="2026-10-20")
S = "Prime Minister Xanana Gusmao met student representatives"
r("tls", S, "dili-2026-10-21-gusmao-meets-students", "CONSULT", "meeting", a1=("GUSMAO", "Prime Minister Xanana Gusmao"), a2=("TLS_STUDENTS", "student representatives"), loc="dili", date="2026-10-21", attr="a government statement")
r("tls", S, "dili-2026-10-21-car-purchase-scrapped", "CONCEDE", a1=("GUSMAO", "Prime Minister Xanana Gusmao"), a2=("TLS_STUDENTS", "student representatives"), date="2026-10-21", attr="a government statement")
r("tls", "The students said they would continue to protest until", "dili-2026-10-students-threaten-more-protests", "PROTEST", "demonstration", status="threatened", a1=("TLS_STUDENTS", "The students"), loc="dili")
r("tls", "urged the students and the police to avoid violence", "tls-2026-10-22-church-urges-calm", "REQUEST", a1=("TLS_CHURCH", "The church"), a2=("TLS_STUDENTS", "the students"), date="2026-10-22")
S = "Fretilin, the main opposition party, accused the government"
r("tls", S, "tls-2026-10-22-fretilin-accuses-government", "ACCUSE", a1=("FRETILIN", "Fretilin"), a2=("TLS_GOV", "the government"), date="2026-10-22")
r("tls", S, "tls-2026-10-22-fretilin-calls-for-commander-to-resign", "REQUEST", a1=("FRETILIN", "Fretilin"), a2=("DA_COSTA", "the police commander"), date="2026-10-22")
r("tls", "The national police said it would bring in officers", "dili-2026-10-22-police-reinforcements", "MOBILIZE", status="planned", a1=("TLS_POL", "The national police"), loc="dili", date="2026-10-22")

# ---------------------------------------------------------------- wire_d #3 Zanzibar (pub 2026-11-04, Wed)
SHOOTING = "stone-town-2026-11-03-police-shoot-opposition-supporters"
ZNZ_PROT = "stone-town-2026-11-03-opposition-protest"
S = "Two people were killed and several others wounded when police fired live bullets"
r("tza", S, SHOOTING, "ASSAULT", "firearms", a1=("TZA_POL", "police"), a2=("ACT_SUPPORTERS", "opposition supporters"), loc="stone_town", date="2026-11-03", fat=2, inj=3, attr="the opposition ACT-Wazalendo party")
r("tza", S, "stone-town-2026-11-03-tear-gas", "COERCE", "tear-gas", a1=("TZA_POL", "police"), a2=("ACT_SUPPORTERS", "opposition supporters"), loc="stone_town", date="2026-11-03", attr="the opposition ACT-Wazalendo party")
r("tza", "The supporters had gathered outside the electoral commission's offices", ZNZ_PROT, "PROTEST", "demonstration", a1=("ACT_SUPPORTERS", "The supporters"), loc="stone_town", date="2026-11-03")
S = "Police spokesman Juma Hamdani said officers had been attacked with stones"
r("tza", S, ZNZ_PROT, "PROTEST", "riot", a1=("ACT_SUPPORTERS", None), a2=("TZA_POL", "officers"), loc="stone_town", date="2026-11-03", attr="Police spokesman Juma Hamdani")
r("tza", S, SHOOTING, "ASSAULT", "firearms", status="denied", a1=("HAMDANI", "Police spokesman Juma Hamdani"), loc="stone_town", date="2026-11-03")
r("tza", "He said 31 people had been arrested.", "zanzibar-2026-11-04-31-arrested", "COERCE", "arrest", a1=("TZA_POL", None), a2=("ACT_SUPPORTERS", "31 people"), loc="stone_town", date="2026-11-04", attr="He")
r("tza", "Mobile internet on the islands was cut on Tuesday evening", "zanzibar-2026-11-03-internet-cut", "COERCE", "censor", a1=("TZA_GOV", None), loc="zanzibar", date="2026-11-03", attr="the monitoring group NetBlocks")
r("tza", "ACT-Wazalendo rejected the results", "zanzibar-2026-11-04-act-rejects-results", "REJECT", a1=("ACT", "ACT-Wazalendo"), a2=("ZNZ_GOV", "Mwinyi's government"), date="2026-11-04")
r("tza", "called for a general strike on the islands from Thursday", "zanzibar-2026-11-05-general-strike", "PROTEST", "strike", status="planned", a1=("OTHMAN", "The party's leader Othman Masoud Othman"), loc="zanzibar", date="2026-11-05")
S = "Mwinyi called on the opposition to accept the results"
r("tza", S, "zanzibar-2026-11-04-mwinyi-urges-opposition", "REQUEST", a1=("MWINYI", "Mwinyi"), a2=("ACT", "the opposition"), date="2026-11-04")
r("tza", S, "zanzibar-2026-11-04-mwinyi-warns", "THREATEN", a1=("MWINYI", "Mwinyi"), a2=("ACT", None), date="2026-11-04")
r("tza", "The U.S. embassy in Dar es Salaam urged restraint", "tza-2026-11-04-us-embassy-urges-restraint", "REQUEST", a1=("USA_EMB", "The U.S. embassy in Dar es Salaam"), a2=("TZA_GOV", None), date="2026-11-04")
r("tza", "In January 2001, police killed at least 35 opposition protesters", "zanzibar-2001-01-protesters-killed", "ASSAULT", "firearms", a1=("TZA_POL", "police"), a2=("ZNZ_PROT_2001", "at least 35 opposition protesters"), loc="zanzibar", date="2001-01-01", dp="month", fat=35)

# ---------------------------------------------------------------- yuksekova_postasi (pub 2026-12-04, Fri)
YUK_PROT = "yuksekova-2026-12-03-protest-against-mayor-jailing"
S = "Police fired tear gas and water cannon on Thursday at hundreds of people"
r("tur", S, "yuksekova-2026-12-03-tear-gas", "COERCE", "tear-gas", a1=("TUR_POL", "Police"), a2=("YUK_PROT", "hundreds of people"), loc="yuksekova", date="2026-12-03", attr="witnesses and the pro-Kurdish DEM Party")
r("tur", S, YUK_PROT, "PROTEST", "demonstration", a1=("YUK_PROT", "hundreds of people"), loc="yuksekova", date="2026-12-03", attr="witnesses and the pro-Kurdish DEM Party")
r("tur", S, "yuksekova-2026-12-03-26-detained", "COERCE", "arrest", a1=("TUR_POL", "Police"), a2=("YUK_PROT", "26 people"), loc="yuksekova", date="2026-12-03", attr="witnesses and the pro-Kurdish DEM Party")
S = "A court in Hakkari ordered mayor Dilan Kaya held"
r("tur", S, "hakkari-2026-12-02-court-orders-kaya-held", "COERCE", "arrest", a1=("HAKKARI_COURT", "A court in Hakkari"), a2=("KAYA", "mayor Dilan Kaya"), loc="hakkari", date="2026-12-02")
r("tur", S, "yuksekova-2026-12-01-kaya-detained-in-raid", "COERCE", "arrest", a1=("TUR_POL", None), a2=("KAYA", "she"), loc="yuksekova", date="2026-12-01")
r("tur", "The interior ministry then appointed the district governor", "yuksekova-2026-12-02-trustee-appointed", "COERCE", a1=("TUR_INTERIOR", "The interior ministry"), a2=("YUK_MUNI", "the municipality"), loc="yuksekova", date="2026-12-02")
r("tur", "Protesters threw stones and fireworks at police vehicles", YUK_PROT, "PROTEST", "riot", a1=("YUK_PROT", "Protesters"), a2=("TUR_POL", "police vehicles"), loc="yuksekova", date="2026-12-03", attr="the Hakkari governor's office")
r("tur", "It said nine officers were hurt.", YUK_PROT, "PROTEST", "riot", a1=("YUK_PROT", None), a2=("TUR_POL", "nine officers"), loc="yuksekova", date="2026-12-03", inj=9, attr="the Hakkari governor's office")
r("tur", "The governor's office banned all demonstrations", "hakkari-2026-12-04-ten-day-protest-ban", "COERCE", a1=("HAKKARI_GOV", "The governor's office"), loc="hakkari_prov", date="2026-12-04")
S = "DEM Party co-chair Tuncer Bakirhan accused the government"
r("tur", S, "tur-2026-12-04-bakirhan-accuses-government", "ACCUSE", a1=("BAKIRHAN", "DEM Party co-chair Tuncer Bakirhan"), a2=("TUR_GOV", "the government"), date="2026-12-04")
r("tur", S, "southeast-2026-12-06-dem-rallies", "PROTEST", "demonstration", status="planned", a1=("DEM", "the party"), loc="southeast_tur", date="2026-12-06")
r("tur", "Justice Minister Yilmaz Tunc said the courts were independent", "tur-2026-12-04-tunc-rejects-dem-charge", "ACCUSE", a1=("TUNC", "Justice Minister Yilmaz Tunc"), a2=("DEM", None), date="2026-12-04")
r("tur", "which announced in May 2025 that it would disband", "pkk-2025-05-announces-disbanding", "RETREAT", status="planned", a1=("PKK", "the Kurdistan Workers' Party (PKK)"))
r("tur", "In Semdinli, about 60 km to the south, several hundred people held a sit-in", "semdinli-2026-12-03-sit-in", "PROTEST", "demonstration", a1=("SEM_PROT", "several hundred people"), loc="semdinli", date="2026-12-03")
r("tur", "Hakkari's previous mayor, Mehmet Siddik Akis, was removed", "hakkari-2024-06-akis-removed", "COERCE", a1=("TUR_INTERIOR", None), a2=("AKIS", "Hakkari's previous mayor, Mehmet Siddik Akis"), loc="hakkari", date="2024-06-01", dp="month")

# ---------------------------------------------------------------- monrovia_observer (pub 2026-10-30, Fri)
MON_PROT = "monrovia-2026-10-29-anti-corruption-march"
SHOT = "monrovia-2026-10-29-student-shot"
S = "Police fired tear gas at thousands of protesters in central Monrovia"
r("lbr", S, "monrovia-2026-10-29-tear-gas", "COERCE", "tear-gas", a1=("LBR_POL", "Police"), a2=("LBR_PROT", "thousands of protesters"), loc="monrovia", date="2026-10-29", attr="the Liberia National Police")
r("lbr", S, MON_PROT, "PROTEST", "riot", a1=("LBR_PROT", "some of them"), a2=("LBR_POL", None), loc="monrovia", date="2026-10-29", inj=12, attr="the Liberia National Police")
r("lbr", "The protesters, organised by a coalition of youth and student groups", MON_PROT, "PROTEST", "demonstration", a1=("LBR_PROT", "The protesters"), loc="monrovia", date="2026-10-29")
r("lbr", "Some demonstrators threw stones and bottles at officers", MON_PROT, "PROTEST", "riot", a1=("LBR_PROT", "Some demonstrators"), a2=("LBR_POL", "officers"), loc="monrovia", date="2026-10-29", attr="witnesses")
r("lbr", "Police said 41 people had been arrested.", "monrovia-2026-10-30-41-arrested", "COERCE", "arrest", a1=("LBR_POL", "Police"), a2=("LBR_PROT", "41 people"), loc="monrovia", date="2026-10-30", attr="Police")
r("lbr", "Police Inspector General Gregory Coleman said the organisers had broken", "lbr-2026-10-30-coleman-blames-organisers", "ACCUSE", a1=("COLEMAN", "Police Inspector General Gregory Coleman"), a2=("LBR_ORGANISERS", "the organisers"), date="2026-10-30")
r("lbr", "He warned that anyone found looting would be prosecuted.", "lbr-2026-10-30-coleman-warns-looters", "THREATEN", a1=("COLEMAN", "He"), a2=("LBR_PROT", None), date="2026-10-30")
S = "Organisers accused the police of using excessive force"
r("lbr", S, "lbr-2026-10-30-organisers-accuse-police", "ACCUSE", a1=("LBR_ORGANISERS", "Organisers"), a2=("LBR_POL", "the police"), date="2026-10-30")
r("lbr", S, SHOT, "ASSAULT", "firearms", a1=("LBR_POL", "the police"), a2=("LBR_STUDENT", "a student"), loc="monrovia", date="2026-10-29", inj=1, attr="Organisers")
r("lbr", "The police denied that live ammunition was used.", SHOT, "ASSAULT", "firearms", status="denied", a1=("LBR_POL", "The police"), loc="monrovia", date="2026-10-29")
S = "President Joseph Boakai met leaders of the coalition at the Executive Mansion"
r("lbr", S, "monrovia-2026-10-28-boakai-meets-coalition", "CONSULT", "meeting", a1=("BOAKAI", "President Joseph Boakai"), a2=("LBR_ORGANISERS", "leaders of the coalition"), loc="monrovia", date="2026-10-28")
r("lbr", S, "lbr-2026-10-audit-findings-to-justice-ministry", "CONCEDE", status="planned", a1=("BOAKAI", "President Joseph Boakai"), a2=("LBR_ORGANISERS", "leaders of the coalition"))
r("lbr", "The opposition Congress for Democratic Change (CDC) said it supported", "lbr-2026-10-30-cdc-backs-demands", "SUPPORT", a1=("CDC", "The opposition Congress for Democratic Change (CDC)"), a2=("LBR_PROT", None), date="2026-10-30")
r("lbr", "The coalition said it would return to the streets on Monday unless", "monrovia-2026-11-threatened-new-march", "PROTEST", "demonstration", status="threatened", a1=("LBR_ORGANISERS", "The coalition"), loc="monrovia")

# ---------------------------------------------------------------- darien_al_dia (pub 2026-12-02, Wed)
CHUCU = "chucunaque-2026-11-30-senafront-patrol-ambushed"
METETI_TG = "meteti-2026-11-30-tear-gas-on-blockade"
r("pan", "Two officers of Panama's National Border Service (Senafront) were wounded", CHUCU, "ASSAULT", "firearms", a1=("PAN_GUNMEN", "armed men"), a2=("SENAFRONT", "Two officers of Panama's National Border Service (Senafront)"), loc="chucunaque", date="2026-11-30", inj=2, attr="the service")
S = "Senafront director Jorge Gobea said the attackers belonged"
r("pan", S, CHUCU, "ASSAULT", "firearms", a1=("PAN_GUNMEN", "the attackers"), a2=("SENAFRONT", None), loc="chucunaque", date="2026-11-30", attr="Senafront director Jorge Gobea")
r("pan", S, "pan-2026-12-01-gobea-blames-clan-del-golfo-network", "ACCUSE", a1=("GOBEA", "Senafront director Jorge Gobea"), a2=("PAN_NETWORK", "a drug trafficking network"), date="2026-12-01")
r("pan", "Officers later seized two boats, 340 kilograms of cocaine", "chucunaque-2026-12-cocaine-and-rifles-seized", "COERCE", "seize", a1=("SENAFRONT", "Officers"), a2=("PAN_GUNMEN", None), loc="chucunaque", date="2026-12-02")
r("pan", "Colombia's defence ministry said on Tuesday it would share intelligence", "col-pan-2026-12-intelligence-sharing", "COOPERATE", status="planned", a1=("COL_MOD", "Colombia's defence ministry"), a2=("PAN_GOV", "Panama"))
r("pan", "have blocked the Pan-American Highway at Meteti since Monday morning", "meteti-2026-11-30-highway-blockade", "PROTEST", "demonstration", a1=("EMBERA_PROT", "hundreds of members of Embera and Wounaan indigenous communities"), a2=("PAN_GOV", "the government"), loc="meteti", date="2026-11-30")
S = "Community leaders accused police of firing tear gas"
r("pan", S, "pan-2026-12-02-leaders-accuse-police", "ACCUSE", a1=("EMBERA_LEADERS", "Community leaders"), a2=("PAN_POL", "police"), date="2026-12-02")
r("pan", S, METETI_TG, "COERCE", "tear-gas", a1=("PAN_POL", "police"), a2=("EMBERA_PROT", "families sleeping on the road"), loc="meteti", date="2026-11-30", attr="Community leaders")
r("pan", "The National Police denied using tear gas", METETI_TG, "COERCE", "tear-gas", status="denied", a1=("PAN_POL", "The National Police"), loc="meteti", date="2026-11-30")
r("pan", "The indigenous congress said the blockade would continue until", "meteti-2026-12-blockade-to-continue", "PROTEST", "demonstration", status="threatened", a1=("EMBERA_CONGRESS", "The indigenous congress"), loc="meteti")
r("pan", "said she would travel to Meteti on Thursday for talks", "meteti-2026-12-03-montalvo-talks", "CONSULT", "talks", status="planned", a1=("MONTALVO", "Dinoska Montalvo"), a2=("EMBERA_PROT", None), loc="meteti", date="2026-12-03")
r("pan", "President Jose Raul Mulino warned that the highway", "meteti-2026-12-mulino-threatens-to-clear-highway", "COERCE", status="threatened", a1=("MULINO", "President Jose Raul Mulino"), a2=("EMBERA_PROT", None), loc="meteti")
r("pan", "when Panama and Colombia agreed to tighten controls", "pan-col-2025-border-controls-agreement", "AGREE", a1=("PAN_GOV", "Panama"), a2=("COL_GOV", "Colombia"), date="2025-01-01", dp="year")
r("pan", "In February, Senafront said it had dismantled 11 illegal mining camps", "tuira-2026-02-mining-camps-dismantled", "COERCE", a1=("SENAFRONT", "Senafront"), a2=("PAN_MINERS", None), loc="tuira", date="2026-02-01", dp="month")
