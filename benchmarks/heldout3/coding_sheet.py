"""Coding sheet for the third held-out gold set: compiled into events.jsonl by
benchmarks/heldout/build_gold.py --set benchmarks/heldout3.

Each row names its article (source file, index), a unique piece of the sentence, and the coded
fields; actor spans are given as the words in the sentence and turned into offsets by the builder.
Actors: key -> (name, country, sector, code). Locations: key -> (name, country, lat, lon, precision).
"""

ARTICLES = {
    "jenin2": ("levant_ledger_jenin.html", 0),
    "lampedusa": ("mediterranean_watch_lampedusa.html", 0),
    "mindanao": ("mindanao_monitor_lanao.txt", 0),
    "culiacan": ("pacific_courier_culiacan.txt", 0),
    "mali2": ("sahel_dispatch_timbuktu.txt", 0),
    "kirkuk": ("wire_aug2026.txt", 0),
    "mali": ("wire_aug2026.txt", 1),
    "cameroon": ("wire_aug2026.txt", 2),
    "armenia": ("wire_aug2026.txt", 3),
    "bangladesh": ("wire_aug2026.txt", 4),
    "iaea": ("wire_aug2026.txt", 5),
    "jenin": ("wire_aug2026.txt", 6),
    "kirkuk2": ("zagros_daily_kirkuk.txt", 0),
}

A = {
    # Iraq
    "ISIS": ("Islamic State", None, "INSURGENT", "ISIS"),
    "IRQ_GUNMEN": ("Iraq gunmen", "IRQ", "OTHER", "IRQ.OTHER"),
    "IRQ_MIL": ("Iraq army", "IRQ", "MIL", "IRQ.MIL"),
    "IRQ_SEC": ("Iraq security forces", "IRQ", "POLICE", "IRQ.POLICE"),
    "IRQ_OFFICIALS": ("Iraq security officials", "IRQ", "GOV", "IRQ.GOV"),
    "IRQ_JOC": ("Iraq Joint Operations Command", "IRQ", "MIL", "IRQ.MIL"),
    "PMF": ("Popular Mobilisation Forces", "IRQ", "MIL", "PMF"),
    "IRQ_GOV": ("Iraq federal government", "IRQ", "GOV", "IRQ.GOV"),
    "SUDANI": ("Mohammed Shia al-Sudani", "IRQ", "GOV", "IRQ.GOV"),
    "KIRKUK_GOV": ("Rakan al-Jabouri", "IRQ", "GOV", "IRQ.GOV"),
    "KRG": ("Kurdistan Regional Government", "IRQ", "GOV", "IRQ.GOV"),
    "PESHMERGA": ("Peshmerga", "IRQ", "MIL", "PESHMERGA"),
    "KRD_PARTIES": ("Kurdish parties in Kirkuk", "IRQ", "PARTY", "IRQ.PARTY"),
    "TURKMEN_FRONT": ("Iraqi Turkmen Front", "IRQ", "PARTY", "IRQ.PARTY"),
    "IRQ_CIV": ("Iraq civilians", "IRQ", "CIVILIAN", "IRQ.CIVILIAN"),
    "COALITION": ("U.S.-led coalition", "USA", "MIL", "USA.MIL"),
    "USA_GOV": ("U.S. government", "USA", "GOV", "USA.GOV"),
    # Mali
    "JNIM": ("Jama'at Nusrat al-Islam wal-Muslimin", "MLI", "INSURGENT", "JNIM"),
    "ISSP": ("Islamic State Sahel Province", "MLI", "INSURGENT", "ISIS"),
    "JIHADISTS": ("jihadist groups", "MLI", "INSURGENT", "INSURGENT"),
    "TUAREG": ("Tuareg separatists", "MLI", "REBEL", "MLI.REBEL"),
    "MLI_MIL": ("Mali army", "MLI", "MIL", "MLI.MIL"),
    "MLI_SEC": ("Mali security forces", "MLI", "POLICE", "MLI.POLICE"),
    "MLI_POL": ("Mali police", "MLI", "POLICE", "MLI.POLICE"),
    "MLI_GOV": ("Mali junta", "MLI", "GOV", "MLI.GOV"),
    "GOITA": ("Assimi Goita", "MLI", "GOV", "MLI.GOV"),
    "MLI_CIV": ("Mali civilians", "MLI", "CIVILIAN", "MLI.CIVILIAN"),
    "MLI_PROT": ("Timbuktu protesters", "MLI", "PROTESTER", "MLI.PROTESTER"),
    "MLI_MEDIA": ("Timbuktu private radio station", "MLI", "MEDIA", "MLI.MEDIA"),
    "MLI_SUSPECT": ("suspected JNIM logistics officer", "MLI", "INSURGENT", "JNIM"),
    "RUS_MIL": ("Russia Africa Corps", "RUS", "MIL", "RUS.MIL"),
    "FRA_MIL": ("France military", "FRA", "MIL", "FRA.MIL"),
    "MINUSMA": ("MINUSMA", None, "IGO", "IGO.UN"),
    "BFA_GOV": ("Burkina Faso government", "BFA", "GOV", "BFA.GOV"),
    "AES": ("Alliance of Sahel States", None, "IGO", "IGO.AES"),
    "ECOWAS": ("ECOWAS", None, "IGO", "IGO.ECOWAS"),
    "WFP": ("WFP", None, "IGO", "IGO.UN"),
    # Cameroon
    "ADF": ("Ambazonia Defence Forces", "CMR", "REBEL", "ADF"),
    "AMBA": ("Anglophone separatists", "CMR", "REBEL", "CMR.REBEL"),
    "CMR_GEND": ("Cameroon gendarmerie", "CMR", "POLICE", "CMR.POLICE"),
    "CMR_SEC": ("Cameroon security forces", "CMR", "POLICE", "CMR.POLICE"),
    "CMR_MIL": ("Cameroon army", "CMR", "MIL", "CMR.MIL"),
    "CMR_GOV": ("Cameroon government", "CMR", "GOV", "CMR.GOV"),
    "LELE": ("Adolphe Lele L'Afrique", "CMR", "GOV", "CMR.GOV"),
    "ATANGA": ("Paul Atanga Nji", "CMR", "GOV", "CMR.GOV"),
    "CMR_PARTY": ("Cameroon opposition lawmakers", "CMR", "PARTY", "CMR.PARTY"),
    "CMR_CIV": ("Cameroon civilians", "CMR", "CIVILIAN", "CMR.CIVILIAN"),
    "CMR_PROT": ("Cameroon protesters", "CMR", "PROTESTER", "CMR.PROTESTER"),
    "CMR_BISHOPS": ("Catholic bishops of Bamenda", "CMR", "NGO", "CMR.NGO"),
    "USA_EMB": ("U.S. embassy in Yaounde", "USA", "GOV", "USA.GOV"),
    # Armenia / Azerbaijan
    "ARM_GOV": ("Armenia government", "ARM", "GOV", "ARM.GOV"),
    "ARM_MIL": ("Armenia armed forces", "ARM", "MIL", "ARM.MIL"),
    "ARM_MOD": ("Armenia defence ministry", "ARM", "GOV", "ARM.GOV"),
    "ARM_BORDER": ("Armenia border guards", "ARM", "POLICE", "ARM.POLICE"),
    "ARM_PROT": ("Armenia opposition supporters", "ARM", "PROTESTER", "ARM.PROTESTER"),
    "ARM_PARTY": ("Armenia opposition", "ARM", "PARTY", "ARM.PARTY"),
    "PASHINYAN": ("Nikol Pashinyan", "ARM", "GOV", "ARM.GOV"),
    "MIRZOYAN": ("Ararat Mirzoyan", "ARM", "GOV", "ARM.GOV"),
    "AZE_GOV": ("Azerbaijan government", "AZE", "GOV", "AZE.GOV"),
    "AZE_MIL": ("Azerbaijan armed forces", "AZE", "MIL", "AZE.MIL"),
    "AZE_MOD": ("Azerbaijan defence ministry", "AZE", "GOV", "AZE.GOV"),
    "AZE_CIV": ("Azerbaijani shepherds", "AZE", "CIVILIAN", "AZE.CIVILIAN"),
    "HAJIYEV": ("Hikmet Hajiyev", "AZE", "GOV", "AZE.GOV"),
    "ALIYEV": ("Ilham Aliyev", "AZE", "GOV", "AZE.GOV"),
    "BAYRAMOV": ("Jeyhun Bayramov", "AZE", "GOV", "AZE.GOV"),
    "EUMA": ("EU monitoring mission in Armenia", None, "IGO", "IGO.EU"),
    "RUS_GOV": ("Russia foreign ministry", "RUS", "GOV", "RUS.GOV"),
    "IRN_GOV": ("Iran government", "IRN", "GOV", "IRN.GOV"),
    "MACRON": ("Emmanuel Macron", "FRA", "GOV", "FRA.GOV"),
    # Bangladesh
    "BGD_POL": ("Bangladesh police", "BGD", "POLICE", "BGD.POLICE"),
    "BGD_PROT": ("Bangladesh student protesters", "BGD", "PROTESTER", "BGD.PROTESTER"),
    "BGD_STUDENTS": ("rival student groups in Chittagong", "BGD", "PROTESTER", "BGD.PROTESTER"),
    "BGD_GUNMEN": ("Bangladesh gunmen", "BGD", "OTHER", "BGD.OTHER"),
    "BGD_CIV": ("Bangladesh civilians", "BGD", "CIVILIAN", "BGD.CIVILIAN"),
    "HOSSAIN": ("Arif Hossain", "BGD", "CIVILIAN", "BGD.CIVILIAN"),
    "NCP": ("National Citizen Party", "BGD", "PARTY", "BGD.PARTY"),
    "BGD_GOV": ("Bangladesh government", "BGD", "GOV", "BGD.GOV"),
    "BGD_HOME": ("Salahuddin Ahmed", "BGD", "GOV", "BGD.GOV"),
    "BGD_COURT": ("Dhaka court", "BGD", "JUDICIARY", "BGD.JUDICIARY"),
    "HASINA": ("Sheikh Hasina", "BGD", "PARTY", "BGD.PARTY"),
    "OHCHR": ("U.N. human rights office", None, "IGO", "IGO.UN"),
    "UNKNOWN": ("unnamed 'vested quarter'", "BGD", "OTHER", "BGD.OTHER"),
    # Iran / IAEA
    "IAEA_BOARD": ("IAEA Board of Governors", None, "IGO", "IGO.IAEA"),
    "IAEA": ("IAEA", None, "IGO", "IGO.IAEA"),
    "GROSSI": ("Rafael Grossi", None, "IGO", "IGO.IAEA"),
    "NAJAFI": ("Reza Najafi", "IRN", "GOV", "IRN.GOV"),
    "ARAQCHI": ("Abbas Araqchi", "IRN", "GOV", "IRN.GOV"),
    "IRN_PARL": ("Iran parliament", "IRN", "GOV", "IRN.GOV"),
    "IRN_PROT": ("Iran students", "IRN", "PROTESTER", "IRN.PROTESTER"),
    "E3": ("Britain, France and Germany (E3)", None, "GOV", "GOV"),
    "GBR_GOV": ("Britain government", "GBR", "GOV", "GBR.GOV"),
    "CHN_GOV": ("China government", "CHN", "GOV", "CHN.GOV"),
    "BFA_GOV2": ("Burkina Faso government", "BFA", "GOV", "BFA.GOV"),
    "ALBUSAIDI": ("Badr Albusaidi", "OMN", "GOV", "OMN.GOV"),
    "NETANYAHU": ("Benjamin Netanyahu", "ISR", "GOV", "ISR.GOV"),
    # Israel / Palestine
    "ISR_MIL": ("Israel military", "ISR", "MIL", "ISR.MIL"),
    "ISR_GOV": ("Israel government", "ISR", "GOV", "ISR.GOV"),
    "ISR_SEC": ("Israel security authorities", "ISR", "POLICE", "ISR.POLICE"),
    "ISR_SETTLERS": ("Israeli settlers", "ISR", "OTHER", "ISR.OTHER"),
    "ISR_CIV": ("Israel hostages", "ISR", "CIVILIAN", "ISR.CIVILIAN"),
    "KATZ": ("Israel Katz", "ISR", "GOV", "ISR.GOV"),
    "HAMAS": ("Hamas", "PSE", "REBEL", "HAMAS"),
    "PSE_MILITANTS": ("Palestinian gunmen", "PSE", "REBEL", "PSE.REBEL"),
    "JENIN_BRIGADE": ("Jenin Brigade", "PSE", "REBEL", "PSE.REBEL"),
    "PSE_CIV": ("Palestinian civilians", "PSE", "CIVILIAN", "PSE.CIVILIAN"),
    "PSE_PRISONERS": ("Palestinian prisoners", "PSE", "CIVILIAN", "PSE.CIVILIAN"),
    "PSE_REF": ("Jenin camp displaced families", "PSE", "REFUGEE", "PSE.REFUGEE"),
    "PSE_PROT": ("Jenin mourners", "PSE", "PROTESTER", "PSE.PROTESTER"),
    "PA": ("Palestinian Authority presidency", "PSE", "GOV", "PSE.GOV"),
    "PA_SEC": ("Palestinian Authority security forces", "PSE", "POLICE", "PSE.POLICE"),
    "EGY_GOV": ("Egypt mediators", "EGY", "GOV", "EGY.GOV"),
    "JOR_GOV": ("Jordan foreign ministry", "JOR", "GOV", "JOR.GOV"),
    "GULF": ("Gulf states", None, "GOV", "GOV"),
    "EU": ("European Union", None, "IGO", "IGO.EU"),
    "UNRWA": ("UNRWA", None, "IGO", "IGO.UN"),
    # Philippines
    "DI": ("Dawlah Islamiyah", "PHL", "INSURGENT", "DAWLAH-ISLAMIYAH"),
    "PHL_MIL": ("Philippines army", "PHL", "MIL", "PHL.MIL"),
    "PHL_POL": ("Philippines police", "PHL", "POLICE", "PHL.POLICE"),
    "PHL_GOV": ("Philippines government", "PHL", "GOV", "PHL.GOV"),
    "PHL_LOCAL": ("Piagapo local officials", "PHL", "GOV", "PHL.GOV"),
    "LDS_GOV": ("Lanao del Sur provincial government", "PHL", "GOV", "PHL.GOV"),
    "BARROQUILLO": ("Yegor Rey Barroquillo", "PHL", "MIL", "PHL.MIL"),
    "MARCOS": ("Ferdinand Marcos Jr.", "PHL", "GOV", "PHL.GOV"),
    "EBRAHIM": ("Ahod Ebrahim", "PHL", "GOV", "PHL.GOV"),
    "MILF": ("Moro Islamic Liberation Front", "PHL", "REBEL", "MILF"),
    "PHL_CIV": ("Philippines civilians", "PHL", "CIVILIAN", "PHL.CIVILIAN"),
    "PHL_IDP": ("Piagapo displaced families", "PHL", "REFUGEE", "PHL.REFUGEE"),
    "DI_SUSPECT": ("suspected Dawlah Islamiyah supporter", "PHL", "INSURGENT", "DAWLAH-ISLAMIYAH"),
    # Mexico
    "MEX_GUNMEN": ("Sinaloa gunmen", "MEX", "OTHER", "MEX.OTHER"),
    "MEX_CARTEL": ("Sinaloa cartel gunmen", "MEX", "OTHER", "MEX.OTHER"),
    "CHAPITOS": ("Los Chapitos faction of the Sinaloa cartel", "MEX", "OTHER", "MEX.OTHER"),
    "MAYOS": ("Zambada faction of the Sinaloa cartel", "MEX", "OTHER", "MEX.OTHER"),
    "SINALOA_CARTEL": ("Sinaloa cartel", "MEX", "OTHER", "MEX.OTHER"),
    "ZAMBADA": ("Ismael Zambada", "MEX", "OTHER", "MEX.OTHER"),
    "GUZMAN_LOPEZ": ("Joaquin Guzman Lopez", "MEX", "OTHER", "MEX.OTHER"),
    "MEX_MIL": ("Mexico army", "MEX", "MIL", "MEX.MIL"),
    "MEX_POL": ("Sinaloa state police", "MEX", "POLICE", "MEX.POLICE"),
    "MEX_GOV": ("Mexico federal government", "MEX", "GOV", "MEX.GOV"),
    "SHEINBAUM": ("Claudia Sheinbaum", "MEX", "GOV", "MEX.GOV"),
    "MEX_CIV": ("Mexico civilians", "MEX", "CIVILIAN", "MEX.CIVILIAN"),
    "MEX_PROT": ("relatives of the missing", "MEX", "PROTESTER", "MEX.PROTESTER"),
    "MEX_BIZ": ("Culiacan business owners", "MEX", "PROTESTER", "MEX.PROTESTER"),
    "USA_POL": ("U.S. federal agents", "USA", "POLICE", "USA.POLICE"),
    "TRUMP": ("Donald Trump", "USA", "GOV", "USA.GOV"),
    # Central Mediterranean
    "LBY_CG": ("Libyan coast guard", "LBY", "MIL", "LBY.MIL"),
    "LBY_GOV": ("Libya government", "LBY", "GOV", "LBY.GOV"),
    "LBY_INT": ("Libya interior minister", "LBY", "GOV", "LBY.GOV"),
    "MIGRANTS": ("migrants", None, "REFUGEE", "REFUGEE"),
    "SOS": ("SOS Humanity", "DEU", "NGO", "DEU.NGO"),
    "ITA_CG": ("Italian coast guard", "ITA", "MIL", "ITA.MIL"),
    "ITA_GOV": ("Italy government", "ITA", "GOV", "ITA.GOV"),
    "PIANTEDOSI": ("Matteo Piantedosi", "ITA", "GOV", "ITA.GOV"),
    "UNHCR": ("UNHCR", None, "IGO", "IGO.UN"),
    "EUROPE": ("European states", None, "GOV", "GOV"),
}

L = {
    # Iraq
    "al_zab": ("al-Zab village, west of Hawija (Hawija district)", "IRQ", 35.3170, 43.7620, "district"),
    "hawija": ("Hawija", "IRQ", 35.3170, 43.7620, "city"),
    "hawija_district": ("village near Hawija (Hawija district)", "IRQ", 35.3170, 43.7620, "district"),
    "wadi_shay": ("Wadi al-Shay valley, south of Kirkuk (Kirkuk province)", "IRQ", 35.4681, 44.3922, "admin1"),
    "hamrin": ("Hamrin mountains (Kirkuk province)", "IRQ", 35.4681, 44.3922, "admin1"),
    "kirkuk_prov": ("Kirkuk province", "IRQ", 35.4681, 44.3922, "admin1"),
    "kirkuk": ("Kirkuk", "IRQ", 35.4681, 44.3922, "city"),
    "baghdad": ("Baghdad", "IRQ", 33.3152, 44.3661, "city"),
    "iraq": ("Iraq", "IRQ", 33.3152, 44.3661, "country"),
    # Mali
    "ambush": ("Goundam-Timbuktu road, about 40 km west of Timbuktu", "MLI", 16.7000, -3.4000, "district"),
    "timbuktu": ("Timbuktu", "MLI", 16.7735, -3.0074, "city"),
    "tin_telout": ("Tin Telout village north of the Goundam-Timbuktu road (Timbuktu region)", "MLI", 16.7735, -3.0074, "admin1"),
    "niono": ("Niono", "MLI", 14.2526, -5.9930, "city"),
    "inekar": ("Inekar village near Menaka (Menaka region)", "MLI", 15.9182, 2.4022, "admin1"),
    "bamako": ("Bamako", "MLI", 12.6392, -8.0029, "city"),
    "north_mali": ("northern Mali", "MLI", 12.6392, -8.0029, "country"),
    "mali": ("Mali", "MLI", 12.6392, -8.0029, "country"),
    # Cameroon
    "bali": ("Bali, Northwest region", "CMR", 5.8833, 10.0167, "city"),
    "kumbo": ("Kumbo", "CMR", 6.2000, 10.6667, "city"),
    "bamenda": ("Bamenda", "CMR", 5.9597, 10.1453, "city"),
    "northwest": ("Northwest and Southwest regions", "CMR", 5.9597, 10.1453, "admin1"),
    "anglophone": ("English-speaking regions (Northwest)", "CMR", 5.9597, 10.1453, "admin1"),
    "ngarbuh": ("Ngarbuh village (Northwest region)", "CMR", 5.9597, 10.1453, "admin1"),
    # Armenia / Azerbaijan
    "sotk": ("Sotk, Gegharkunik province", "ARM", 40.2100, 45.9300, "city"),
    "kalbajar": ("Kalbajar district", "AZE", 40.1067, 46.0383, "district"),
    "gegharkunik": ("near Kut village, Gegharkunik province", "ARM", 40.3589, 45.1267, "admin1"),
    "yerevan": ("Yerevan", "ARM", 40.1792, 44.4991, "city"),
    "abu_dhabi": ("Abu Dhabi", "ARE", 24.4539, 54.3773, "city"),
    "karabakh": ("Nagorno-Karabakh", "AZE", 39.8153, 46.7519, "admin1"),
    "washington": ("White House, Washington", "USA", 38.8977, -77.0365, "point"),
    "iran": ("Iran", "IRN", 35.6892, 51.3890, "country"),
    # Bangladesh
    "dhaka": ("Dhaka", "BGD", 23.8103, 90.4125, "city"),
    "shahbag": ("Shahbag intersection, Dhaka", "BGD", 23.7389, 90.3958, "point"),
    "secretariat": ("Bangladesh Secretariat, Dhaka", "BGD", 23.7290, 90.4080, "point"),
    "mohammadpur": ("Mohammadpur, Dhaka", "BGD", 23.7662, 90.3589, "district"),
    "chittagong": ("Chittagong", "BGD", 22.3569, 91.7832, "city"),
    "bangladesh": ("Bangladesh", "BGD", 23.8103, 90.4125, "country"),
    # Iran / IAEA
    "vienna": ("IAEA headquarters, Vienna", "AUT", 48.2082, 16.3738, "city"),
    "tehran": ("Tehran", "IRN", 35.6892, 51.3890, "city"),
    "tehran_embassy": ("British embassy, Tehran", "IRN", 35.6892, 51.3890, "city"),
    # Israel / Palestine
    "jenin": ("Jenin", "PSE", 32.4607, 35.2959, "city"),
    "jenin_camp": ("Jenin refugee camp", "PSE", 32.4620, 35.2900, "point"),
    "burqin": ("Burqin", "PSE", 32.4561, 35.2614, "city"),
    "turmus_ayya": ("Turmus Ayya", "PSE", 32.0333, 35.2833, "city"),
    "west_bank": ("West Bank", "PSE", 31.9038, 35.2034, "admin1"),
    "nablus": ("Nablus", "PSE", 32.2211, 35.2544, "city"),
    "cairo": ("Cairo", "EGY", 30.0444, 31.2357, "city"),
    "khan_younis": ("Khan Younis", "PSE", 31.3462, 34.3063, "city"),
    "gaza": ("Gaza Strip", "PSE", 31.5017, 34.4668, "admin1"),
    "south_israel": ("southern Israel", "ISR", 31.2518, 34.7913, "admin1"),
    # Philippines
    "piagapo": ("Piagapo, Lanao del Sur", "PHL", 8.0034, 124.2839, "admin1"),
    "lanao_sur": ("near the Lanao del Sur-Lanao del Norte boundary (Lanao del Sur)", "PHL", 8.0034, 124.2839, "admin1"),
    "marawi": ("Marawi", "PHL", 8.0034, 124.2839, "city"),
    # Mexico
    "culiacan": ("Culiacan", "MEX", 24.8091, -107.3940, "city"),
    "navolato": ("Navolato", "MEX", 24.7656, -107.7019, "city"),
    "elota": ("Elota", "MEX", 23.9232, -106.8923, "city"),
    "sinaloa": ("Sinaloa state", "MEX", 24.8091, -107.3940, "admin1"),
    "texas": ("Texas", "USA", 30.2672, -97.7431, "admin1"),
    # Central Mediterranean
    "tripoli": ("Tripoli", "LBY", 32.8872, 13.1913, "city"),
    "lampedusa": ("Lampedusa", "ITA", 35.5078, 12.6031, "city"),
    "crotone": ("Crotone", "ITA", 39.0808, 17.1270, "city"),
}

# Incident labels used in several rows / articles.
HAWIJA = "hawija-2026-08-18-checkpoint-attack"
WADI_SHAY = "wadi-al-shay-2026-08-18-roadside-bomb-on-pmf"
HAWIJA_2014 = "hawija-2014-islamic-state-takeover"
HAWIJA_2017 = "hawija-2017-10-recapture"
KIRKUK_2017 = "kirkuk-2017-10-federal-takeover"
AMBUSH = "timbuktu-2026-08-23-jnim-convoy-ambush"
MALI_DRONES = "timbuktu-2026-08-23-army-drone-strikes-on-assailants"
TIMBUKTU_PROTEST = "timbuktu-2026-08-25-protest"
BALI = "bali-2026-08-31-checkpoint-attack"
KUMBO = "kumbo-2026-08-31-educators-abduction"
SOTK = "sotk-2026-09-08-azerbaijani-fire"
KALBAJAR = "kalbajar-2026-09-07-armenian-fire"
ARM_AZE_DEAL = "armenia-azerbaijan-2025-08-peace-deal"
DHAKA_PROTEST = "dhaka-2026-08-29-student-protest"
DHAKA_KILLINGS = "dhaka-2026-08-29-police-fire-on-protesters"
HOSSAIN = "dhaka-2026-08-27-student-leader-killing"
IAEA_CENSURE = "vienna-2026-09-09-iaea-board-censures-iran"
E3_SNAPBACK = "e3-2025-08-snapback-of-un-sanctions"
JENIN_RAID = "jenin-2026-08-26-israeli-raid"
BURQIN = "burqin-2026-08-26-house-demolitions"
CAIRO_TALKS = "cairo-2026-08-27-gaza-ceasefire-talks"
ISR_DELEGATION = "cairo-2026-08-30-israeli-delegation"
HAMAS_REJECT = "cairo-2026-08-27-hamas-rejects-disarmament"
GAZA_TRUCE = "gaza-2025-10-ceasefire"
PIAGAPO = "piagapo-2024-03-10-ambush-on-army-patrol"
MSU = "marawi-2023-12-msu-mass-bombing"
MARAWI_2017 = "marawi-2017-siege"
CULIACAN = "culiacan-2026-09-13-repair-shop-shooting"
NAVOLATO = "navolato-2026-09-13-army-cartel-clash"
ZUWARA = "zuwara-2026-09-04-coast-guard-shots-at-rescue-ship"

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


# ---------------------------------------------------------------- wire_aug2026 #0 Kirkuk (pub 2026-08-19)
r("kirkuk", "Islamic State militants killed seven members of Iraq's security forces", "kirkuk-2026-08-18-islamic-state-attacks-total", "ASSAULT", a1=("ISIS", "Islamic State militants"), a2=("IRQ_SEC", "members of Iraq's security forces"), loc="kirkuk_prov", date="2026-08-18", fat=7, attr="security officials")
r("kirkuk", "In the first attack, gunmen armed with machine guns", HAWIJA, "ASSAULT", "firearms", a1=("IRQ_GUNMEN", "gunmen"), a2=("IRQ_MIL", "an army checkpoint"), loc="al_zab", date="2026-08-18", fat=5, inj=3, attr="an army officer in Kirkuk")
r("kirkuk", "About an hour later, a roadside bomb struck a vehicle", WADI_SHAY, "ASSAULT", "explosion", a2=("PMF", "Popular Mobilisation Forces"), loc="wadi_shay", date="2026-08-18", fat=2, attr="a PMF statement")
r("kirkuk", "security officials blamed the militants", "kirkuk-2026-08-19-officials-blame-islamic-state", "ACCUSE", a1=("IRQ_OFFICIALS", "security officials"), a2=("ISIS", "the militants"), date="2026-08-19")
r("kirkuk", "They came from the valleys under cover of darkness", HAWIJA, "ASSAULT", "firearms", a1=("IRQ_GUNMEN", "They"), a2=("IRQ_MIL", "the checkpoint"), loc="al_zab", date="2026-08-18", attr="a soldier who was at a nearby post")
r("kirkuk", "army aviation had struck militant hideouts in the Hamrin mountains", "hamrin-2026-08-19-iraqi-air-strikes", "ASSAULT", "aerial", status="claimed", a1=("IRQ_MIL", "army aviation"), a2=("ISIS", "six fighters"), loc="hamrin", date="2026-08-19", fat=6, attr="Iraq's Joint Operations Command")
r("kirkuk", "Security forces also arrested four suspects", "hawija-2026-08-19-four-suspects-arrested", "COERCE", "arrest", a1=("IRQ_SEC", "Security forces"), a2=("IRQ_CIV", "four suspects"), loc="hawija_district", date="2026-08-19", attr="the command")
S = "Kirkuk Governor Rakan al-Jabouri condemned what he called a cowardly crime"
r("kirkuk", S, "kirkuk-2026-08-19-governor-condemns-attacks", "ACCUSE", a1=("KIRKUK_GOV", "Kirkuk Governor Rakan al-Jabouri"), a2=("ISIS", None), date="2026-08-19")
r("kirkuk", S, "kirkuk-2026-08-19-governor-asks-for-troops", "REQUEST", a1=("KIRKUK_GOV", "Kirkuk Governor Rakan al-Jabouri"), a2=("IRQ_GOV", "the federal government"), date="2026-08-19")
r("kirkuk", "sent his national security adviser to Kirkuk to meet commanders", "kirkuk-2026-08-19-security-adviser-meets-commanders", "CONSULT", "meeting", a1=("SUDANI", "Prime Minister Mohammed Shia al-Sudani"), a2=("IRQ_MIL", "commanders"), loc="kirkuk", date="2026-08-19", attr="his office")
S = "The Kurdistan Regional Government's interior ministry blamed the attacks"
r("kirkuk", S, "kirkuk-2026-08-19-krg-blames-baghdad", "ACCUSE", a1=("KRG", "The Kurdistan Regional Government's interior ministry"), a2=("IRQ_GOV", "Baghdad"), date="2026-08-19")
r("kirkuk", S, KIRKUK_2017, "ASSAULT", a1=("IRQ_MIL", "Baghdad"), a2=("PESHMERGA", "Kurdish Peshmerga forces"), loc="kirkuk", date="2017-10-01", dp="month")
r("kirkuk", "Baghdad and Erbil agreed in 2023 to form joint brigades", "iraq-2023-baghdad-erbil-joint-brigades-deal", "AGREE", a1=("IRQ_GOV", "Baghdad"), a2=("KRG", "Erbil"), date="2023-01-01", dp="year")
r("kirkuk", "Islamic State overran Hawija in 2014", HAWIJA_2014, "ASSAULT", a1=("ISIS", "Islamic State"), loc="hawija", date="2014-01-01", dp="year")
r("kirkuk", "Iraqi forces recaptured the town in October 2017", HAWIJA_2017, "ASSAULT", a1=("IRQ_MIL", "Iraqi forces"), a2=("ISIS", None), loc="hawija", date="2017-10-01", dp="month")
S = "is winding down its mission in federal Iraq under an agreement reached in 2024"
r("kirkuk", S, "iraq-2024-coalition-withdrawal-agreement", "AGREE", a1=("COALITION", "The U.S.-led coalition"), a2=("IRQ_GOV", None), date="2024-01-01", dp="year")
r("kirkuk", S, "iraq-2026-09-coalition-withdrawal", "RETREAT", status="planned", a1=("COALITION", "The U.S.-led coalition"), loc="iraq", date="2026-09-01", dp="month")

# ---------------------------------------------------------------- zagros_daily_kirkuk (pub 2026-08-20)
r("kirkuk2", "The death toll from an Islamic State attack on an Iraqi army checkpoint", HAWIJA, "ASSAULT", "firearms", a1=("ISIS", "Islamic State"), a2=("IRQ_MIL", "an Iraqi army checkpoint"), loc="al_zab", date="2026-08-18", fat=7, attr="a medical source")
r("kirkuk2", "Islamic State claimed responsibility for the attack through its Amaq", HAWIJA, "ASSAULT", "firearms", status="claimed", a1=("ISIS", "Islamic State"), a2=("IRQ_MIL", "apostate soldiers"), loc="al_zab", date="2026-08-18", attr="Islamic State")
r("kirkuk2", "The group did not mention the roadside bomb", WADI_SHAY, "ASSAULT", "explosion", a2=("PMF", "two Popular Mobilisation Forces fighters"), loc="wadi_shay", date="2026-08-18", fat=2)
S = "the Kurdistan Region's Ministry of Peshmerga said it was ready to take part in joint operations"
r("kirkuk2", S, "kirkuk-2026-08-peshmerga-offer-of-joint-operations", "COOPERATE", status="hypothetical", a1=("PESHMERGA", "the Kurdistan Region's Ministry of Peshmerga"), a2=("IRQ_MIL", "the Iraqi army"), loc="kirkuk_prov")
r("kirkuk2", S, "baghdad-2026-08-23-peshmerga-delegation-visit", "CONSULT", "visit", status="planned", a1=("PESHMERGA", "a delegation"), a2=("IRQ_GOV", None), loc="baghdad", date="2026-08-23")
r("kirkuk2", "Federal officials welcomed the offer.", "iraq-2026-08-20-federal-officials-welcome-offer", "SUPPORT", a1=("IRQ_GOV", "Federal officials"), a2=("PESHMERGA", None), date="2026-08-20")
r("kirkuk2", "the two sides had agreed in principle to set up two joint coordination centres", "iraq-2026-08-20-joint-coordination-centres-agreed", "AGREE", a1=("IRQ_GOV", None), a2=("PESHMERGA", None), date="2026-08-20", attr="A spokesman for the Joint Operations Command")
r("kirkuk2", "Security forces detained three more suspects in Hawija on Wednesday", "hawija-2026-08-19-three-more-suspects-detained", "COERCE", "arrest", a1=("IRQ_SEC", "Security forces"), a2=("IRQ_CIV", "three more suspects"), loc="hawija", date="2026-08-19", attr="a police source")
r("kirkuk2", "Kurdish parties in Kirkuk called for a demonstration", "kirkuk-2026-08-22-kurdish-demonstration", "PROTEST", "demonstration", status="planned", a1=("KRD_PARTIES", "Kurdish parties in Kirkuk"), loc="kirkuk", date="2026-08-22")
S = "The Turkmen Front rejected the call"
r("kirkuk2", S, "kirkuk-2026-08-20-turkmen-front-rejects-demonstration", "REJECT", a1=("TURKMEN_FRONT", "The Turkmen Front"), a2=("KRD_PARTIES", None), date="2026-08-20")
r("kirkuk2", S, "kirkuk-2026-08-22-turkmen-counter-rally", "PROTEST", "demonstration", status="threatened", a1=("TURKMEN_FRONT", "its supporters"), loc="kirkuk", date="2026-08-22")
S = "Kurdish forces took control of the city in 2014"
r("kirkuk2", S, "kirkuk-2014-peshmerga-take-control", "MOBILIZE", a1=("PESHMERGA", "Kurdish forces"), loc="kirkuk", date="2014-01-01", dp="year")
r("kirkuk2", S, KIRKUK_2017, "ASSAULT", a1=("IRQ_MIL", "federal forces"), a2=("PESHMERGA", None), loc="kirkuk", date="2017-10-01", dp="month")
r("kirkuk2", "Iraqi forces and the PMF recaptured it in October 2017", HAWIJA_2017, "ASSAULT", a1=("IRQ_MIL", "Iraqi forces"), a2=("ISIS", None), loc="hawija", date="2017-10-01", dp="month")
r("kirkuk2", "Last month, gunmen believed to be Islamic State militants killed two shepherds", "al-zab-2026-07-shepherds-killed", "ASSAULT", a1=("ISIS", "gunmen"), a2=("IRQ_CIV", "two shepherds"), loc="al_zab", date="2026-07-01", dp="month", fat=2, attr="local officials")
r("kirkuk2", "The U.S.-led coalition carried out its last announced air strike", "kirkuk-2026-03-coalition-air-strike", "ASSAULT", "aerial", a1=("COALITION", "The U.S.-led coalition"), loc="kirkuk_prov", date="2026-03-01", dp="month", attr="coalition statements")

# ---------------------------------------------------------------- wire_aug2026 #1 Mali (pub 2026-08-24)
r("mali", "Al Qaeda-linked fighters ambushed an army convoy", AMBUSH, "ASSAULT", a1=("JNIM", "Al Qaeda-linked fighters"), a2=("MLI_MIL", "an army convoy"), loc="ambush", date="2026-08-23", fat=12, attr="two security sources and a local official")
r("mali", "The attack took place on the road between Goundam and Timbuktu", AMBUSH, "ASSAULT", a1=("JNIM", None), loc="ambush", date="2026-08-23", attr="the sources")
r("mali", "claimed the ambush in a statement on Monday", AMBUSH, "ASSAULT", status="claimed", a1=("JNIM", "Jama'at Nusrat al-Islam wal-Muslimin"), a2=("MLI_MIL", "20 soldiers"), loc="ambush", date="2026-08-23", fat=20, attr="JNIM")
r("mali", "Mali's army said in a statement that it had repelled the attack", MALI_DRONES, "ASSAULT", "aerial", status="claimed", a1=("MLI_MIL", "Mali's army"), a2=("JNIM", "the fleeing assailants"), date="2026-08-23", fat=24, attr="Mali's army")
r("mali", "It acknowledged eight dead among its own ranks.", AMBUSH, "ASSAULT", a1=("JNIM", None), a2=("MLI_MIL", "its own ranks"), loc="ambush", date="2026-08-23", fat=8, attr="Mali's army")
r("mali", "The group warned truck drivers last week", "mali-2026-08-jnim-warns-fuel-truck-drivers", "THREATEN", a1=("JNIM", "The group"), a2=("MLI_CIV", "truck drivers"), date="2026-08-17", dp="week")
S = "security forces arrested a suspected JNIM logistics officer"
r("mali", S, "niono-2026-08-jnim-logistics-officer-arrested", "COERCE", "arrest", a1=("MLI_SEC", "security forces"), a2=("MLI_SUSPECT", "a suspected JNIM logistics officer"), loc="niono", date="2026-08-01", dp="month", attr="the army")
r("mali", S, "mali-2026-08-army-accuses-logistics-officer", "ACCUSE", a1=("MLI_MIL", "the army"), a2=("MLI_SUSPECT", "him"), date="2026-08-01", dp="month")
r("mali", "Islamic State Sahel Province fighters killed nine civilians", "inekar-2026-08-21-islamic-state-attack", "ASSAULT", a1=("ISSP", "Islamic State Sahel Province fighters"), a2=("MLI_CIV", "nine civilians"), loc="inekar", date="2026-08-21", fat=9, attr="local officials")
S = "The junta expelled French troops in 2022"
r("mali", S, "mali-2022-expulsion-of-french-troops", "SANCTION", a1=("MLI_GOV", "The junta"), a2=("FRA_MIL", "French troops"), date="2022-01-01", dp="year")
r("mali", S, "mali-2022-junta-turns-to-russian-fighters", "COOPERATE", a1=("MLI_GOV", "The junta"), a2=("RUS_MIL", "Russian fighters"), date="2022-01-01", dp="year")
r("mali", "MINUSMA withdrew from Mali at the end of 2023", "mali-2023-12-minusma-withdrawal", "RETREAT", a1=("MINUSMA", "The U.N. peacekeeping mission MINUSMA"), loc="mali", date="2023-12-01", dp="month")
S = "Jihadist groups seized northern Mali in 2012"
r("mali", S, "north-mali-2012-jihadist-takeover", "ASSAULT", a1=("JIHADISTS", "Jihadist groups"), loc="north_mali", date="2012-01-01", dp="year")
r("mali", S, "mali-2012-tuareg-rebellion", "ASSAULT", a1=("TUAREG", "Tuareg separatists"), a2=("MLI_GOV", "the government"), loc="north_mali", date="2012-01-01", dp="year")
r("mali", S, "north-mali-2013-01-french-intervention", "ASSAULT", a1=("FRA_MIL", "a French-led military intervention"), a2=("JIHADISTS", "them"), loc="north_mali", date="2013-01-01", dp="month")

# ---------------------------------------------------------------- sahel_dispatch_timbuktu (pub 2026-08-25)
r("mali2", "At least 19 Malian soldiers were killed in Sunday's ambush", AMBUSH, "ASSAULT", a1=("JNIM", None), a2=("MLI_MIL", "At least 19 Malian soldiers"), loc="ambush", date="2026-08-23", fat=19, attr="military and local sources")
r("mali2", "Three Russian fighters of the Africa Corps were also killed", AMBUSH, "ASSAULT", a1=("JNIM", None), a2=("RUS_MIL", "Three Russian fighters of the Africa Corps"), loc="ambush", date="2026-08-23", fat=3, attr="one of the sources")
r("mali2", "was attacked by fighters of Jama'at Nusrat", AMBUSH, "ASSAULT", a1=("JNIM", "fighters of Jama'at Nusrat al-Islam wal-Muslimin"), a2=("MLI_MIL", "The convoy"), loc="ambush", date="2026-08-23")
r("mali2", "The militants set fire to most of the tankers and took at least five soldiers prisoner", AMBUSH, "ASSAULT", a1=("JNIM", "The militants"), a2=("MLI_MIL", "at least five soldiers"), loc="ambush", date="2026-08-23", attr="the sources")
r("mali2", "army drones struck a group of motorbikes near the village of Tin Telout", "tin-telout-2026-08-24-drone-strike", "ASSAULT", "aerial", a1=("MLI_MIL", "army drones"), a2=("MLI_CIV", "11 people"), loc="tin_telout", date="2026-08-24", fat=11, attr="residents")
r("mali2", "The army has said its drone strikes after the ambush killed", MALI_DRONES, "ASSAULT", "aerial", status="claimed", a1=("MLI_MIL", "The army"), a2=("JNIM", "dozens of terrorists"), date="2026-08-23", fat=24, attr="The army")
r("mali2", "Hundreds of residents of Timbuktu marched to the governor's office", TIMBUKTU_PROTEST, "PROTEST", "demonstration", a1=("MLI_PROT", "Hundreds of residents of Timbuktu"), loc="timbuktu", date="2026-08-25", attr="witnesses")
S = "Police fired tear gas to disperse them when some protesters threw stones"
r("mali2", S, "timbuktu-2026-08-25-police-tear-gas", "COERCE", "tear-gas", a1=("MLI_POL", "Police"), a2=("MLI_PROT", "them"), loc="timbuktu", date="2026-08-25")
r("mali2", S, TIMBUKTU_PROTEST, "PROTEST", "riot", a1=("MLI_PROT", "some protesters"), loc="timbuktu", date="2026-08-25")
S = "The transitional government on Monday suspended the broadcasts"
r("mali2", S, "timbuktu-2026-08-24-radio-suspended", "COERCE", "censor", a1=("MLI_GOV", "The transitional government"), a2=("MLI_MEDIA", "a private radio station in Timbuktu"), loc="timbuktu", date="2026-08-24")
r("mali2", S, "mali-2026-08-24-government-accuses-radio", "ACCUSE", a1=("MLI_GOV", "The transitional government"), a2=("MLI_MEDIA", "it"), date="2026-08-24")
S = "a JNIM commander threatened to attack any convoy"
r("mali2", S, "mali-2026-08-25-jnim-threatens-convoys", "THREATEN", a1=("JNIM", "a JNIM commander"), a2=("MLI_MIL", "any convoy"), date="2026-08-25")
r("mali2", S, "mali-2026-08-25-jnim-calls-on-residents", "REQUEST", a1=("JNIM", "a JNIM commander"), a2=("MLI_CIV", "residents"), date="2026-08-25")
r("mali2", "General Assimi Goita, chaired an emergency security meeting", "bamako-2026-08-24-emergency-security-meeting", "CONSULT", "meeting", a1=("GOITA", "General Assimi Goita"), loc="bamako", date="2026-08-24", attr="state television")
S = "formed the Alliance of Sahel States in 2023"
r("mali2", S, "sahel-2023-alliance-of-sahel-states-formed", "AGREE", a1=("MLI_GOV", "Mali"), a2=("BFA_GOV", "Burkina Faso"), date="2023-01-01", dp="year")
r("mali2", S, "sahel-2025-01-withdrawal-from-ecowas", "SANCTION", a1=("MLI_GOV", "Mali"), a2=("ECOWAS", "ECOWAS"), date="2025-01-01", dp="month")
r("mali2", "the alliance has promised to send a joint battalion", "mali-2026-aes-joint-battalion", "MOBILIZE", status="planned", a1=("AES", "the alliance"), loc="north_mali")
r("mali2", "In September 2024, its fighters attacked a gendarmerie school", "bamako-2024-09-jnim-attack", "ASSAULT", a1=("JNIM", "its fighters"), a2=("MLI_MIL", "a gendarmerie school and the military airport"), loc="bamako", date="2024-09-01", dp="month", fat=70)
r("mali2", "World Food Programme said it was preparing to airlift food", "timbuktu-2026-wfp-airlift", "AID", status="planned", a1=("WFP", "The United Nations World Food Programme"), a2=("MLI_CIV", None), loc="timbuktu")

# ---------------------------------------------------------------- wire_aug2026 #2 Cameroon (pub 2026-09-02)
r("cameroon", "Separatist fighters killed four gendarmes", BALI, "ASSAULT", a1=("ADF", "Separatist fighters"), a2=("CMR_GEND", "four gendarmes"), loc="bali", date="2026-08-31", fat=4, attr="the defence ministry")
r("cameroon", "The attackers, who arrived on motorbikes, also set fire", BALI, "ASSAULT", a1=("ADF", "The attackers"), a2=("CMR_GEND", None), loc="bali", date="2026-08-31", attr="a ministry statement")
r("cameroon", "suspected separatists abducted the principal", KUMBO, "ASSAULT", "abduction", a1=("AMBA", "suspected separatists"), a2=("CMR_CIV", "the principal of a government secondary school and two teachers"), loc="kumbo", date="2026-08-31", attr="a local education official")
S = "claimed the checkpoint attack on social media"
r("cameroon", S, BALI, "ASSAULT", status="claimed", a1=("ADF", "Ambazonia Defence Forces"), a2=("CMR_GEND", None), loc="bali", date="2026-08-31", attr="Ambazonia Defence Forces")
r("cameroon", S, "cameroon-2026-08-adf-commander-killed", "ASSAULT", a1=("CMR_MIL", "soldiers"), a2=("ADF", "one of its commanders"), date="2026-08-26", dp="week", fat=1, attr="Ambazonia Defence Forces")
r("cameroon", "troops had killed six separatist fighters in a raid on a camp near Bali", "bali-2026-09-army-raid-on-separatist-camp", "ASSAULT", status="claimed", a1=("CMR_MIL", "troops"), a2=("AMBA", "six separatist fighters"), loc="bali", date="2026-09-02", fat=6, attr="Cameroon's army")
r("cameroon", "about 200 parents and teachers staged a sit-in", "bamenda-2026-09-01-parents-sit-in", "PROTEST", "demonstration", a1=("CMR_PROT", "about 200 parents and teachers"), loc="bamenda", date="2026-09-01")
S = "The United States embassy in Yaounde condemned the abductions"
r("cameroon", S, "cameroon-2026-09-02-us-embassy-condemns-abductions", "ACCUSE", a1=("USA_EMB", "The United States embassy in Yaounde"), a2=("AMBA", None), date="2026-09-02")
r("cameroon", S, "cameroon-2026-09-02-us-embassy-urges-separatists", "REQUEST", a1=("USA_EMB", "The United States embassy in Yaounde"), a2=("AMBA", "the separatists"), date="2026-09-02")
r("cameroon", "The separatists have called a \"lockdown\"", "anglophone-2026-09-06-separatist-lockdown", "PROTEST", "strike", status="planned", a1=("AMBA", "The separatists"), loc="northwest", date="2026-09-06")
r("cameroon", "warned that shops that stayed shut would be sealed", "cameroon-2026-09-02-governor-warns-shops", "THREATEN", a1=("LELE", "Regional governor Adolphe Lele L'Afrique"), a2=("CMR_CIV", "shops"), date="2026-09-02")
r("cameroon", "The Catholic bishops of the Bamenda ecclesiastical province urged", "cameroon-2026-09-02-bishops-call-for-ceasefire", "REQUEST", a1=("CMR_BISHOPS", "The Catholic bishops of the Bamenda ecclesiastical province"), a2=("AMBA", None), date="2026-09-02")
r("cameroon", "Territorial Administration Minister Paul Atanga Nji rejected", "cameroon-2026-09-01-minister-rejects-dialogue", "REJECT", a1=("ATANGA", "Territorial Administration Minister Paul Atanga Nji"), a2=("CMR_PARTY", "opposition lawmakers"), date="2026-09-01")
r("cameroon", "The conflict began in 2016, when lawyers and teachers protested", "anglophone-2016-lawyers-teachers-protests", "PROTEST", "demonstration", a1=("CMR_PROT", "lawyers and teachers"), loc="anglophone", date="2016-01-01", dp="year")
r("cameroon", "Security forces cracked down on the protests", "anglophone-2016-crackdown-on-protests", "COERCE", a1=("CMR_SEC", "Security forces"), a2=("CMR_PROT", "the protests"), loc="anglophone", date="2016-01-01", dp="year")
r("cameroon", "In February 2020, soldiers and allied militiamen killed 21 civilians", "ngarbuh-2020-02-massacre", "ASSAULT", a1=("CMR_MIL", "soldiers"), a2=("CMR_CIV", "21 civilians"), loc="ngarbuh", date="2020-02-01", dp="month", fat=21, attr="a government inquiry")

# ---------------------------------------------------------------- wire_aug2026 #3 Armenia/Azerbaijan (pub 2026-09-08, inferred)
S = "Armenia said on Tuesday that Azerbaijani forces had opened fire"
r("armenia", S, SOTK, "ASSAULT", "firearms", a1=("AZE_MIL", "Azerbaijani forces"), a2=("ARM_MIL", "its positions"), loc="sotk", date="2026-09-08", inj=1, attr="Armenia")
r("armenia", S, ARM_AZE_DEAL, "AGREE", a1=("ARM_GOV", "the two countries"), a2=("AZE_GOV", None), date="2025-01-01", dp="year")
S = "Azerbaijan's defence ministry denied that its troops had fired"
r("armenia", S, SOTK, "ASSAULT", "firearms", status="denied", a1=("AZE_MOD", "Azerbaijan's defence ministry"), a2=("ARM_MIL", "Armenian positions"), loc="sotk", date="2026-09-08")
r("armenia", S, KALBAJAR, "ASSAULT", "firearms", a1=("ARM_MIL", "Armenian units"), a2=("AZE_MIL", "Azerbaijani posts"), loc="kalbajar", date="2026-09-07", attr="Azerbaijan's defence ministry")
r("armenia", "Armenia's defence ministry rejected that accusation.", KALBAJAR, "ASSAULT", "firearms", status="denied", a1=("ARM_MOD", "Armenia's defence ministry"), loc="kalbajar", date="2026-09-07")
r("armenia", "Armenian border guards detained two Azerbaijani shepherds", "kut-2026-09-01-shepherds-detained", "COERCE", "arrest", a1=("ARM_BORDER", "Armenian border guards"), a2=("AZE_CIV", "two Azerbaijani shepherds"), loc="gegharkunik", date="2026-09-01", dp="week")
r("armenia", "The two men were handed back to Azerbaijan on Friday.", "armenia-2026-09-04-shepherds-handed-back", "CONCEDE", a1=("ARM_BORDER", None), a2=("AZE_CIV", "The two men"), loc="gegharkunik", date="2026-09-04")
r("armenia", "but called on Baku to investigate the incident", "armenia-2026-09-08-pashinyan-asks-baku-to-investigate", "REQUEST", a1=("PASHINYAN", "Prime Minister Nikol Pashinyan"), a2=("AZE_GOV", "Baku"), date="2026-09-08")
S = "Azerbaijani presidential aide Hikmet Hajiyev accused the EU mission"
r("armenia", S, "azerbaijan-2026-09-08-hajiyev-accuses-eu-mission", "ACCUSE", a1=("HAJIYEV", "Azerbaijani presidential aide Hikmet Hajiyev"), a2=("EUMA", "the EU mission"), date="2026-09-08")
r("armenia", S, "azerbaijan-2026-request-to-end-eu-mission", "REQUEST", status="planned", a1=("AZE_GOV", "Baku"), a2=("EUMA", None))
r("armenia", "Russia's foreign ministry called on both sides to show restraint.", "russia-2026-09-08-calls-for-restraint", "REQUEST", a1=("RUS_GOV", "Russia's foreign ministry"), date="2026-09-08")
r("armenia", "Iran, which borders both countries, said it was ready to host talks", "iran-2026-09-offer-to-host-talks", "CONSULT", "talks", status="hypothetical", a1=("IRN_GOV", "Iran"), loc="iran")
r("armenia", "Pashinyan spoke by phone with French President Emmanuel Macron", "armenia-2026-09-08-pashinyan-macron-call", "CONSULT", "phone-call", a1=("PASHINYAN", "Pashinyan"), a2=("MACRON", "French President Emmanuel Macron"), date="2026-09-08", attr="the Armenian government")
S = "Hundreds of opposition supporters rallied in central Yerevan"
r("armenia", S, "yerevan-2026-09-07-opposition-rally", "PROTEST", "demonstration", a1=("ARM_PROT", "Hundreds of opposition supporters"), loc="yerevan", date="2026-09-07")
r("armenia", S, "yerevan-2026-09-07-protesters-accuse-government", "ACCUSE", a1=("ARM_PROT", "Hundreds of opposition supporters"), a2=("ARM_GOV", "the government"), date="2026-09-07")
r("armenia", S, "yerevan-2026-09-10-march-on-parliament", "PROTEST", "demonstration", status="planned", a1=("ARM_PARTY", "opposition leaders"), loc="yerevan", date="2026-09-10")
r("armenia", "Ararat Mirzoyan is due to meet his Azerbaijani counterpart", "abu-dhabi-2026-09-mirzoyan-bayramov-meeting", "CONSULT", "meeting", status="planned", a1=("MIRZOYAN", "Armenian Foreign Minister Ararat Mirzoyan"), a2=("BAYRAMOV", "Jeyhun Bayramov"), loc="abu_dhabi", date="2026-09-15", dp="week", attr="diplomats")
r("armenia", "Azerbaijan retook the region in a one-day offensive", "karabakh-2023-09-azerbaijani-offensive", "ASSAULT", a1=("AZE_MIL", "Azerbaijan"), loc="karabakh", date="2023-09-01", dp="month")
r("armenia", "initialled a peace deal at the White House in August 2025", ARM_AZE_DEAL, "AGREE", a1=("PASHINYAN", "Pashinyan"), a2=("ALIYEV", "Azerbaijani President Ilham Aliyev"), loc="washington", date="2025-08-01", dp="month")

# ---------------------------------------------------------------- wire_aug2026 #4 Bangladesh (pub 2026-08-30)
S = "Two students were killed and dozens injured in Dhaka on Saturday"
r("bangladesh", S, DHAKA_KILLINGS, "ASSAULT", "firearms", a1=("BGD_POL", "police"), a2=("BGD_PROT", "Two students"), loc="dhaka", date="2026-08-29", fat=2, inj=24, attr="hospital officials and witnesses")
r("bangladesh", S, "dhaka-2026-08-29-police-tear-gas", "COERCE", "tear-gas", a1=("BGD_POL", "police"), a2=("BGD_PROT", "thousands of protesters"), loc="dhaka", date="2026-08-29", attr="hospital officials and witnesses")
r("bangladesh", S, DHAKA_PROTEST, "PROTEST", "demonstration", a1=("BGD_PROT", "thousands of protesters"), loc="dhaka", date="2026-08-29", attr="hospital officials and witnesses")
S = "had marched towards the secretariat after a student leader was shot dead"
r("bangladesh", S, DHAKA_PROTEST, "PROTEST", "demonstration", a1=("BGD_PROT", "The protesters"), loc="dhaka", date="2026-08-29")
r("bangladesh", S, HOSSAIN, "ASSAULT", "firearms", a1=("BGD_GUNMEN", "unidentified gunmen"), a2=("HOSSAIN", "a student leader"), loc="mohammadpur", date="2026-08-27", fat=1)
r("bangladesh", "The student leader, 24-year-old Arif Hossain, was shot twice", HOSSAIN, "ASSAULT", "firearms", a1=("BGD_GUNMEN", "two men on a motorcycle"), a2=("HOSSAIN", "The student leader"), loc="mohammadpur", date="2026-08-27")
r("bangladesh", "Police said on Friday they had arrested one suspect.", "dhaka-2026-08-28-suspect-arrested-over-hossain-killing", "COERCE", "arrest", a1=("BGD_POL", "they"), a2=("BGD_CIV", "one suspect"), loc="dhaka", date="2026-08-28", attr="Police")
r("bangladesh", "Some protesters threw bricks at police", DHAKA_PROTEST, "PROTEST", "riot", a1=("BGD_PROT", "Some protesters"), a2=("BGD_POL", "police"), loc="shahbag", date="2026-08-29", attr="witnesses")
r("bangladesh", "Police said 31 officers were injured.", DHAKA_PROTEST, "PROTEST", "riot", a1=("BGD_PROT", None), a2=("BGD_POL", "31 officers"), loc="dhaka", date="2026-08-29", inj=31, attr="Police")
r("bangladesh", "Police detained more than 120 people overnight", "dhaka-2026-08-30-mass-detentions", "COERCE", "arrest", a1=("BGD_POL", "Police"), a2=("BGD_PROT", "more than 120 people"), loc="dhaka", date="2026-08-30", attr="a Dhaka Metropolitan Police spokesman")
r("bangladesh", "supporters of rival student groups clashed with sticks and machetes", "chittagong-2026-08-29-student-groups-clash", "PROTEST", "riot", a1=("BGD_STUDENTS", "supporters of rival student groups"), loc="chittagong", date="2026-08-29", inj=15, attr="local media")
S = "The National Citizen Party (NCP), formed by leaders of the 2024 uprising, condemned"
r("bangladesh", S, "bangladesh-2026-08-30-ncp-condemns-killings", "ACCUSE", a1=("NCP", "The National Citizen Party"), a2=("BGD_GOV", None), date="2026-08-30")
r("bangladesh", S, "bangladesh-2026-09-01-ncp-general-strike", "PROTEST", "strike", status="planned", a1=("NCP", "The National Citizen Party"), loc="bangladesh", date="2026-09-01")
r("bangladesh", "Home Minister Salahuddin Ahmed said police had acted in self-defence", "bangladesh-2026-08-30-minister-accuses-vested-quarter", "ACCUSE", a1=("BGD_HOME", "Home Minister Salahuddin Ahmed"), a2=("UNKNOWN", "a vested quarter"), date="2026-08-30")
r("bangladesh", "The government banned all rallies within one kilometre", "dhaka-2026-08-30-rally-ban-near-secretariat", "COERCE", a1=("BGD_GOV", "The government"), a2=("BGD_PROT", None), loc="secretariat", date="2026-08-30", attr="the home ministry")
r("bangladesh", "The U.N. human rights office urged the authorities", "un-2026-08-30-urges-restraint-in-bangladesh", "REQUEST", a1=("OHCHR", "The U.N. human rights office"), a2=("BGD_GOV", "the authorities"), date="2026-08-30")
r("bangladesh", "Student leaders vowed to keep up their protests", "dhaka-2026-08-31-march-on-pm-office", "PROTEST", "demonstration", status="threatened", a1=("BGD_PROT", "Student leaders"), loc="dhaka", date="2026-08-31")
r("bangladesh", "The United States and Britain urged all sides to remain calm", "us-2026-08-30-urges-calm-in-bangladesh", "REQUEST", a1=("USA_GOV", "The United States"), date="2026-08-30")
r("bangladesh", "a student-led uprising toppled Prime Minister Sheikh Hasina", "bangladesh-2024-08-student-uprising", "PROTEST", "demonstration", a1=("BGD_PROT", "a student-led uprising"), a2=("HASINA", "Prime Minister Sheikh Hasina"), loc="bangladesh", date="2024-08-01", dp="month")
r("bangladesh", "A U.N. report found that up to 1,400 people may have been killed", "bangladesh-2024-07-crackdown-on-protests", "ASSAULT", a1=("BGD_POL", "security forces"), a2=("BGD_PROT", None), loc="bangladesh", date="2024-07-01", dp="month", fat=1400, attr="A U.N. report")
r("bangladesh", "a Dhaka court sentenced her to death in absentia in 2025", "dhaka-2025-hasina-death-sentence", "COERCE", a1=("BGD_COURT", "a Dhaka court"), a2=("HASINA", "her"), loc="dhaka", date="2025-01-01", dp="year")

# ---------------------------------------------------------------- wire_aug2026 #5 IAEA / Iran (pub 2026-09-10)
r("iaea", "Board of Governors on Wednesday passed a resolution censuring Iran", IAEA_CENSURE, "ACCUSE", a1=("IAEA_BOARD", "The U.N. nuclear watchdog's Board of Governors"), a2=("IRN_GOV", "Iran"), loc="vienna", date="2026-09-09", attr="diplomats at the closed-door meeting")
r("iaea", "The text, drafted by Britain, France and Germany, was approved", IAEA_CENSURE, "ACCUSE", a1=("IAEA_BOARD", None), a2=("IRN_GOV", None), loc="vienna", date="2026-09-09", attr="the diplomats")
S = "Russia, China and Burkina Faso voted against."
r("iaea", S, "vienna-2026-09-09-russia-votes-against", "REJECT", a1=("RUS_GOV", "Russia"), a2=("IAEA_BOARD", None), loc="vienna", date="2026-09-09")
r("iaea", S, "vienna-2026-09-09-china-votes-against", "REJECT", a1=("CHN_GOV", "China"), a2=("IAEA_BOARD", None), loc="vienna", date="2026-09-09")
r("iaea", S, "vienna-2026-09-09-burkina-votes-against", "REJECT", a1=("BFA_GOV2", "Burkina Faso"), a2=("IAEA_BOARD", None), loc="vienna", date="2026-09-09")
S = "Reza Najafi, rejected the resolution"
r("iaea", S, "iran-2026-09-10-najafi-rejects-resolution", "REJECT", a1=("NAJAFI", "Reza Najafi"), a2=("IAEA_BOARD", None), date="2026-09-10")
r("iaea", S, "iran-2026-09-10-najafi-vows-response", "THREATEN", a1=("NAJAFI", "Reza Najafi"), a2=("IAEA_BOARD", None), date="2026-09-10")
r("iaea", "Abbas Araqchi warned on Thursday that Iran could limit cooperation", "iran-2026-09-10-threat-to-limit-iaea-cooperation", "SANCTION", status="threatened", a1=("ARAQCHI", "Iranian Foreign Minister Abbas Araqchi"), a2=("IAEA", "the agency"), date="2026-09-10")
r("iaea", "Britain, France and Germany said in a joint statement", "e3-2026-09-10-statement-on-iran-stockpile", "ACCUSE", a1=("E3", "Britain, France and Germany"), a2=("IRN_GOV", "Iran"), date="2026-09-10")
r("iaea", "The United States welcomed the resolution.", "us-2026-09-10-welcomes-iaea-resolution", "SUPPORT", a1=("USA_GOV", "The United States"), a2=("IAEA_BOARD", None), date="2026-09-10")
r("iaea", "he planned to travel to Tehran next week", "tehran-2026-09-grossi-visit", "CONSULT", "visit", status="planned", a1=("GROSSI", "IAEA Director General Rafael Grossi"), a2=("IRN_GOV", None), loc="tehran", date="2026-09-17", dp="week")
S = "Iran suspended cooperation with the IAEA in July 2025"
r("iaea", S, "iran-2025-07-suspends-iaea-cooperation", "SANCTION", a1=("IRN_GOV", "Iran"), a2=("IAEA", "the IAEA"), date="2025-07-01", dp="month")
r("iaea", S, "iran-2025-06-strikes-on-nuclear-sites", "ASSAULT", "aerial", a1=("ISR_MIL", "Israel"), a2=("IRN_GOV", "its nuclear facilities"), loc="iran", date="2025-06-01", dp="month")
S = "The three European powers triggered the return of U.N. sanctions"
r("iaea", S, E3_SNAPBACK, "SANCTION", a1=("E3", "The three European powers"), a2=("IRN_GOV", "Iran"), date="2025-08-01", dp="month")
r("iaea", S, "iran-2025-calls-snapback-illegal", "ACCUSE", a1=("IRN_GOV", "Tehran"), a2=("E3", None))
r("iaea", "China's foreign ministry criticised the resolution", "china-2026-09-10-criticises-iaea-resolution", "ACCUSE", a1=("CHN_GOV", "China's foreign ministry"), a2=("IAEA_BOARD", None), date="2026-09-10")
r("iaea", "dozens of students protested outside the British embassy", "tehran-2026-09-10-protest-at-british-embassy", "PROTEST", "demonstration", a1=("IRN_PROT", "dozens of students"), a2=("GBR_GOV", "the British embassy"), loc="tehran_embassy", date="2026-09-10", attr="the semi-official Tasnim news agency")
r("iaea", "parliament could vote to leave the Nuclear Non-Proliferation Treaty", "iran-2026-threat-to-leave-npt", "SANCTION", status="threatened", a1=("IRN_PARL", "Iranian lawmakers"))
r("iaea", "Araqchi also spoke by phone with Omani Foreign Minister", "iran-2026-09-10-araqchi-albusaidi-call", "CONSULT", "phone-call", a1=("ARAQCHI", "Araqchi"), a2=("ALBUSAIDI", "Omani Foreign Minister Badr Albusaidi"), date="2026-09-10", attr="Iran's foreign ministry")
r("iaea", "A previous round of indirect talks between Iran and the United States", "us-iran-talks-offer", "CONSULT", "talks", status="hypothetical", a1=("USA_GOV", "Washington"), a2=("IRN_GOV", "Tehran"))
r("iaea", "Iran has refused.", "iran-refuses-to-give-up-enrichment", "REJECT", a1=("IRN_GOV", "Iran"), a2=("USA_GOV", None))
r("iaea", "Netanyahu has said Israel would strike again", "israel-threat-to-strike-iran-again", "THREATEN", a1=("NETANYAHU", "Israeli Prime Minister Benjamin Netanyahu"), a2=("IRN_GOV", "Iran"))

# ---------------------------------------------------------------- wire_aug2026 #6 Jenin / Cairo (pub 2026-08-27)
S = "Israeli forces killed five Palestinians during a raid in the West Bank city of Jenin"
r("jenin", S, JENIN_RAID, "ASSAULT", a1=("ISR_MIL", "Israeli forces"), a2=("PSE_CIV", "five Palestinians"), loc="jenin", date="2026-08-26", fat=5, attr="the Palestinian health ministry")
r("jenin", S, CAIRO_TALKS, "CONSULT", "talks", a1=("EGY_GOV", "negotiators"), loc="cairo", date="2026-08-27")
S = "The Israeli military said troops had killed three gunmen"
r("jenin", S, JENIN_RAID, "ASSAULT", "firearms", status="claimed", a1=("ISR_MIL", "troops"), a2=("PSE_MILITANTS", "three gunmen"), loc="jenin", date="2026-08-26", fat=3, attr="The Israeli military")
r("jenin", S, "jenin-2026-08-26-drone-strike-on-vehicle", "ASSAULT", "aerial", status="claimed", a1=("ISR_MIL", "a drone"), a2=("PSE_MILITANTS", "armed men"), loc="jenin", date="2026-08-26", attr="The Israeli military")
r("jenin", "Residents said Israeli bulldozers had also torn up roads", BURQIN, "COERCE", a1=("ISR_MIL", "Israeli bulldozers"), a2=("PSE_CIV", None), loc="burqin", date="2026-08-26", attr="Residents")
S = "The Palestinian Authority's presidency condemned the raid"
r("jenin", S, "pa-2026-08-27-condemns-jenin-raid", "ACCUSE", a1=("PA", "The Palestinian Authority's presidency"), a2=("ISR_GOV", "Israel"), date="2026-08-27")
r("jenin", S, "pa-2026-08-27-appeals-to-us", "REQUEST", a1=("PA", "The Palestinian Authority's presidency"), a2=("USA_GOV", "the United States"), date="2026-08-27")
r("jenin", "Israeli troops detained 14 people in overnight raids", "west-bank-2026-08-27-overnight-detentions", "COERCE", "arrest", a1=("ISR_MIL", "Israeli troops"), a2=("PSE_CIV", "14 people"), loc="west_bank", date="2026-08-27", attr="the Palestinian Prisoners' Society")
r("jenin", "Israeli settlers set fire to three cars and a barn", "turmus-ayya-2026-08-27-settler-arson", "ASSAULT", a1=("ISR_SETTLERS", "Israeli settlers"), a2=("PSE_CIV", None), loc="turmus_ayya", date="2026-08-27", attr="the village council")
r("jenin", "In Cairo, Egyptian and Qatari mediators held talks with a Hamas delegation", CAIRO_TALKS, "CONSULT", "talks", a1=("EGY_GOV", "Egyptian"), a2=("HAMAS", "a Hamas delegation"), loc="cairo", date="2026-08-27", attr="two Egyptian security sources")
r("jenin", "An Israeli delegation is expected in Cairo on Sunday", ISR_DELEGATION, "CONSULT", "visit", status="planned", a1=("ISR_GOV", "An Israeli delegation"), a2=("EGY_GOV", None), loc="cairo", date="2026-08-30", attr="the sources")
r("jenin", "Hamas has said it will not hand over its weapons", HAMAS_REJECT, "REJECT", a1=("HAMAS", "Hamas"), date="2026-08-27")
S = "The ceasefire, brokered by the United States, Egypt and Qatar"
r("jenin", S, GAZA_TRUCE, "AGREE", a1=("ISR_GOV", None), a2=("HAMAS", None), loc="gaza", date="2025-10-01", dp="month")
r("jenin", S, "south-israel-2023-10-07-hamas-attack", "ASSAULT", a1=("HAMAS", "Hamas"), loc="south_israel", date="2023-10-07")
r("jenin", "the Gaza health ministry said on Thursday that an air strike in Khan Younis", "khan-younis-2026-08-27-israeli-air-strike", "ASSAULT", "aerial", a1=("ISR_MIL", None), a2=("PSE_CIV", "two people"), loc="khan_younis", date="2026-08-27", fat=2, attr="the Gaza health ministry")
r("jenin", "The Israeli military said it had targeted militants", "khan-younis-2026-08-27-israeli-air-strike", "ASSAULT", "aerial", status="claimed", a1=("ISR_MIL", "The Israeli military"), a2=("PSE_MILITANTS", "militants"), loc="khan_younis", date="2026-08-27", attr="The Israeli military")
r("jenin", "Israeli authorities said they had arrested members of a Hamas cell", "nablus-2026-08-hamas-cell-arrests", "COERCE", "arrest", a1=("ISR_SEC", "Israeli authorities"), a2=("HAMAS", "members of a Hamas cell"), loc="nablus", date="2026-08-20", dp="week", attr="Israeli authorities")
r("jenin", "Israel launched a major operation in Jenin's refugee camp", "jenin-camp-2025-01-israeli-operation", "ASSAULT", a1=("ISR_MIL", "Israel"), loc="jenin_camp", date="2025-01-01", dp="month")
r("jenin", "Gulf states have said they will not pay for rebuilding", "gulf-states-refuse-gaza-reconstruction-funds", "REJECT", a1=("GULF", "Gulf states"))

# ---------------------------------------------------------------- levant_ledger_jenin (pub 2026-08-28)
r("jenin2", "Two Palestinians wounded in Wednesday's Israeli raid", JENIN_RAID, "ASSAULT", a1=("ISR_MIL", "Israeli"), a2=("PSE_CIV", "Two Palestinians"), loc="jenin", date="2026-08-26", fat=7, attr="the Palestinian health ministry")
r("jenin2", "Israeli troops also wounded 18 people during the operation", JENIN_RAID, "ASSAULT", a1=("ISR_MIL", "Israeli troops"), a2=("PSE_CIV", "18 people"), loc="jenin", date="2026-08-26", inj=18, attr="The ministry")
S = "The Israeli military said its forces had killed"
r("jenin2", S, JENIN_RAID, "ASSAULT", status="claimed", a1=("ISR_MIL", "its forces"), a2=("PSE_MILITANTS", "five terrorists"), loc="jenin", date="2026-08-26", fat=5, attr="The Israeli military")
r("jenin2", S, "israel-2026-08-accuses-jenin-brigade-commander", "ACCUSE", a1=("ISR_MIL", "The Israeli military"), a2=("JENIN_BRIGADE", "a local commander of the Jenin Brigade"), date="2026-08-28")
r("jenin2", "Thousands of mourners marched through Jenin on Thursday", "jenin-2026-08-27-funeral-march", "PROTEST", "demonstration", a1=("PSE_PROT", "Thousands of mourners"), a2=("ISR_GOV", "Israel"), loc="jenin", date="2026-08-27")
r("jenin2", "Palestinian Authority security forces arrested two men", "jenin-2026-08-27-pa-arrests-at-funeral", "COERCE", "arrest", a1=("PA_SEC", "Palestinian Authority security forces"), a2=("PSE_CIV", "two men"), loc="jenin", date="2026-08-27", attr="a PA security spokesman")
r("jenin2", "Hamas told Egyptian and Qatari mediators on Thursday that it rejected", HAMAS_REJECT, "REJECT", a1=("HAMAS", "Hamas"), a2=("EGY_GOV", "Egyptian"), loc="cairo", date="2026-08-27", attr="a Hamas official familiar with the talks")
r("jenin2", "Israel Katz said on Friday that Israel would", "israel-2026-08-28-katz-threatens-hamas", "THREATEN", a1=("KATZ", "Israeli Defence Minister Israel Katz"), a2=("HAMAS", "Hamas"), date="2026-08-28")
r("jenin2", "An Israeli negotiating team will travel to Cairo on Sunday", ISR_DELEGATION, "CONSULT", "visit", status="planned", a1=("ISR_GOV", "An Israeli negotiating team"), a2=("EGY_GOV", None), loc="cairo", date="2026-08-30", attr="a spokesman for Prime Minister Benjamin Netanyahu")
S = "The European Union called on Israel to halt the expansion of settlements"
r("jenin2", S, "eu-2026-08-28-calls-on-israel", "REQUEST", a1=("EU", "The European Union"), a2=("ISR_GOV", "Israel"), date="2026-08-28")
r("jenin2", S, "eu-2026-08-28-urges-hamas-to-return-remains", "REQUEST", a1=("EU", "The European Union"), a2=("HAMAS", "Hamas"), date="2026-08-28")
r("jenin2", "Jordan's foreign ministry condemned the Jenin raid", "jordan-2026-08-28-condemns-jenin-raid", "ACCUSE", a1=("JOR_GOV", "Jordan's foreign ministry"), a2=("ISR_GOV", None), date="2026-08-28")
S = "Under the first phase of the ceasefire, which began in October 2025"
r("jenin2", S, GAZA_TRUCE, "AGREE", a1=("ISR_GOV", None), a2=("HAMAS", None), loc="gaza", date="2025-10-01", dp="month")
r("jenin2", S, "gaza-2025-10-hamas-releases-hostages", "CONCEDE", a1=("HAMAS", "Hamas"), a2=("ISR_CIV", "the last living Israeli hostages"), loc="gaza", date="2025-10-01", dp="month")
r("jenin2", S, "israel-2025-10-prisoner-release", "CONCEDE", a1=("ISR_GOV", "Israel"), a2=("PSE_PRISONERS", "nearly 2,000 Palestinian prisoners and detainees"), date="2025-10-01", dp="month")
r("jenin2", "Israeli forces pulled back to a line inside Gaza", "gaza-2025-10-israeli-pullback", "RETREAT", a1=("ISR_MIL", "Israeli forces"), loc="gaza", date="2025-10-01", dp="month")
r("jenin2", "The United Nations Relief and Works Agency said on Friday", "jenin-2026-08-28-unrwa-aid", "AID", a1=("UNRWA", "The United Nations Relief and Works Agency"), a2=("PSE_REF", "about 4,000 displaced families from the Jenin camp"), loc="jenin", date="2026-08-28")
r("jenin2", "They came with bulldozers and left us in the street", BURQIN, "COERCE", a1=("ISR_MIL", "They"), a2=("PSE_CIV", "us"), loc="burqin", date="2026-08-26", attr="Fatima")

# ---------------------------------------------------------------- mindanao_monitor_lanao (pub 2024-03-12)
r("mindanao", "Four soldiers were killed and six others wounded", PIAGAPO, "ASSAULT", "firearms", a1=("DI", "suspected members of the pro-Islamic State Dawlah Islamiyah group"), a2=("PHL_MIL", "an army patrol"), loc="piagapo", date="2024-03-10", fat=4, inj=6, attr="the military")
r("mindanao", "were fired upon from a ridge with rifles and a grenade launcher", PIAGAPO, "ASSAULT", "firearms", a2=("PHL_MIL", "The soldiers"), loc="piagapo", date="2024-03-10", attr="brigade spokesman Captain Jose Ramon Dalisay")
r("mindanao", "Troops backed by attack helicopters pursued the attackers", "lanao-del-sur-2024-03-11-army-pursuit-firefight", "ASSAULT", "firearms", status="claimed", a1=("PHL_MIL", "Troops"), a2=("DI", "the attackers"), loc="lanao_sur", date="2024-03-11", fat=3, attr="brigade spokesman Captain Jose Ramon Dalisay")
r("mindanao", "Two rifles and a bag of explosives were recovered.", "lanao-del-sur-2024-03-11-weapons-recovered", "COERCE", "seize", a1=("PHL_MIL", None), a2=("DI", None), loc="lanao_sur", date="2024-03-11", attr="brigade spokesman Captain Jose Ramon Dalisay")
r("mindanao", "We will not stop until every member of this group is neutralized", "philippines-2024-03-12-barroquillo-vows-pursuit", "THREATEN", a1=("BARROQUILLO", "Brigadier General Yegor Rey Barroquillo"), a2=("DI", "this group"), date="2024-03-12")
r("mindanao", "The military blamed the ambush on a faction of Dawlah Islamiyah", "philippines-2024-03-12-military-blames-dawlah-islamiyah", "ACCUSE", a1=("PHL_MIL", "The military"), a2=("DI", "a faction of Dawlah Islamiyah"), date="2024-03-12")
S = "President Ferdinand Marcos Jr. condemned the ambush"
r("mindanao", S, "philippines-2024-03-12-marcos-condemns-ambush", "ACCUSE", a1=("MARCOS", "President Ferdinand Marcos Jr."), a2=("DI", None), date="2024-03-12")
r("mindanao", S, "philippines-2024-03-12-marcos-orders-intensified-operations", "THREATEN", a1=("MARCOS", "President Ferdinand Marcos Jr."), a2=("DI", "the remnants of terrorist groups"), date="2024-03-12")
S = "Bangsamoro Chief Minister Ahod Ebrahim also condemned the attack"
r("mindanao", S, "bangsamoro-2024-03-12-ebrahim-condemns-ambush", "ACCUSE", a1=("EBRAHIM", "Bangsamoro Chief Minister Ahod Ebrahim"), a2=("DI", None), date="2024-03-12")
r("mindanao", S, "bangsamoro-2024-03-12-ebrahim-appeal-to-residents", "REQUEST", a1=("EBRAHIM", "Bangsamoro Chief Minister Ahod Ebrahim"), a2=("PHL_CIV", "residents"), date="2024-03-12")
r("mindanao", "The provincial government distributed rice and medicine", "piagapo-2024-03-12-aid-to-displaced", "AID", a1=("LDS_GOV", "The provincial government"), a2=("PHL_IDP", "the displaced families"), loc="piagapo", date="2024-03-12")
S = "Police arrested a suspected supporter of the group at a checkpoint in Marawi"
r("mindanao", S, "marawi-2024-03-11-suspect-arrested", "COERCE", "arrest", a1=("PHL_POL", "Police"), a2=("DI_SUSPECT", "a suspected supporter of the group"), loc="marawi", date="2024-03-11", attr="the regional police office")
r("mindanao", S, "marawi-2024-03-11-weapons-seized", "COERCE", "seize", a1=("PHL_POL", "Police"), a2=("DI_SUSPECT", "his"), loc="marawi", date="2024-03-11", attr="the regional police office")
r("mindanao", "He denied any links to the militants.", "marawi-2024-03-suspect-denies-links", "ACCUSE", a1=("DI_SUSPECT", "He"), a2=("PHL_POL", None), date="2024-03-12")
r("mindanao", "a bombing during a Catholic Mass at the Mindanao State University gymnasium", MSU, "ASSAULT", "explosion", a1=("ISIS", None), a2=("PHL_CIV", "four people"), loc="marawi", date="2023-12-01", dp="month", fat=4)
r("mindanao", "Islamic State claimed that attack.", MSU, "ASSAULT", "explosion", status="claimed", a1=("ISIS", "Islamic State"), loc="marawi", date="2023-12-01", dp="month", attr="Islamic State")
r("mindanao", "Dawlah Islamiyah fighters, allied with the Abu Sayyaf group, seized parts of Marawi", "marawi-2017-dawlah-islamiyah-seizure", "ASSAULT", a1=("DI", "Dawlah Islamiyah fighters"), loc="marawi", date="2017-01-01", dp="year")
r("mindanao", "The military retook the city after a five-month siege", MARAWI_2017, "ASSAULT", a1=("PHL_MIL", "The military"), a2=("DI", None), loc="marawi", date="2017-01-01", dp="year", fat=1000)
r("mindanao", "The government signed a peace agreement with the Moro Islamic Liberation Front", "philippines-2014-milf-peace-agreement", "AGREE", a1=("PHL_GOV", "The government"), a2=("MILF", "the Moro Islamic Liberation Front"), date="2014-01-01", dp="year")
r("mindanao", "Thousands of MILF fighters have since handed in their weapons", "bangsamoro-milf-decommissioning", "RETREAT", a1=("MILF", "Thousands of MILF fighters"))
r("mindanao", "Local officials in Piagapo said they would ask the army", "piagapo-2024-request-for-army-detachment", "REQUEST", status="planned", a1=("PHL_LOCAL", "Local officials in Piagapo"), a2=("PHL_MIL", "the army"))
r("mindanao", "The MILF said on Tuesday its forces would help the army hunt down the attackers", "bangsamoro-2024-03-milf-offer-to-help-army", "COOPERATE", status="hypothetical", a1=("MILF", "The MILF"), a2=("PHL_MIL", "the army"))

# ---------------------------------------------------------------- pacific_courier_culiacan (pub 2026-09-14)
r("culiacan", "Gunmen killed six people at a car repair shop", CULIACAN, "ASSAULT", "firearms", a1=("MEX_GUNMEN", "Gunmen"), a2=("MEX_CIV", "six people"), loc="culiacan", date="2026-09-13", fat=6, attr="the Sinaloa state prosecutor's office")
r("culiacan", "The attackers arrived in two pickup trucks and opened fire", CULIACAN, "ASSAULT", "firearms", a1=("MEX_GUNMEN", "The attackers"), a2=("MEX_CIV", "workers and customers"), loc="culiacan", date="2026-09-13", attr="the office")
r("culiacan", "A seventh man was wounded and taken to hospital.", CULIACAN, "ASSAULT", "firearms", a2=("MEX_CIV", "A seventh man"), loc="culiacan", date="2026-09-13", inj=1)
S = "Hours later, soldiers clashed with armed men in the town of Navolato"
r("culiacan", S, NAVOLATO, "ASSAULT", "firearms", status="claimed", a1=("MEX_MIL", "soldiers"), a2=("MEX_CARTEL", "armed men"), loc="navolato", date="2026-09-13", fat=4, attr="the Defence Ministry")
r("culiacan", S, "navolato-2026-09-13-two-arrested", "COERCE", "arrest", a1=("MEX_MIL", "soldiers"), a2=("MEX_CARTEL", None), loc="navolato", date="2026-09-13", attr="the Defence Ministry")
r("culiacan", "One soldier was wounded.", NAVOLATO, "ASSAULT", "firearms", status="claimed", a2=("MEX_MIL", "One soldier"), loc="navolato", date="2026-09-13", inj=1, attr="the Defence Ministry")
r("culiacan", "Troops seized eight rifles, a grenade launcher", "navolato-2026-09-13-weapons-seized", "COERCE", "seize", a1=("MEX_MIL", "Troops"), a2=("MEX_CARTEL", None), loc="navolato", date="2026-09-13", attr="the ministry")
r("culiacan", "The Chapitos have been at war with the faction loyal to", "sinaloa-2024-09-cartel-war", "ASSAULT", a1=("CHAPITOS", "The Chapitos"), a2=("MAYOS", "the faction loyal to Ismael \"El Mayo\" Zambada"), loc="sinaloa", date="2024-09-01", dp="month")
S = "In July 2024, U.S. agents arrested Zambada in Texas"
r("culiacan", S, "texas-2024-07-zambada-arrest", "COERCE", "arrest", a1=("USA_POL", "U.S. agents"), a2=("ZAMBADA", "Zambada"), loc="texas", date="2024-07-01", dp="month")
r("culiacan", S, "sinaloa-2024-07-zambada-abduction", "ASSAULT", "abduction", a1=("GUZMAN_LOPEZ", "Joaquin Guzman Lopez"), a2=("ZAMBADA", "he"), date="2024-07-01", dp="month", attr="Zambada")
r("culiacan", "the federal government would send another 600 soldiers", "sinaloa-2026-09-reinforcements", "MOBILIZE", status="planned", a1=("MEX_GOV", "the federal government"), loc="sinaloa", date="2026-09-14", dp="week", attr="Sinaloa Governor Ruben Rocha Moya")
r("culiacan", "Business owners in Culiacan plan to march through the city centre", "culiacan-2026-09-19-business-owners-march", "PROTEST", "demonstration", status="planned", a1=("MEX_BIZ", "Business owners in Culiacan"), loc="culiacan", date="2026-09-19", attr="the local chamber of commerce")
r("culiacan", "Dozens of relatives of the missing protested", "culiacan-2026-09-14-relatives-of-missing-protest", "PROTEST", "demonstration", a1=("MEX_PROT", "Dozens of relatives of the missing"), loc="culiacan", date="2026-09-14")
r("culiacan", "President Claudia Sheinbaum has sent more than 11,000 troops to Sinaloa", "sinaloa-2024-federal-troop-deployment", "MOBILIZE", a1=("SHEINBAUM", "President Claudia Sheinbaum"), loc="sinaloa")
S = "Her government has also extradited or transferred dozens of cartel figures"
r("culiacan", S, "mexico-2026-transfers-of-cartel-figures-to-us", "COOPERATE", a1=("MEX_GOV", "Her government"), a2=("USA_GOV", "the United States"), date="2026-01-01", dp="year")
r("culiacan", S, "us-sinaloa-cartel-terrorist-designation", "SANCTION", a1=("TRUMP", "U.S. President Donald Trump"), a2=("SINALOA_CARTEL", "the Sinaloa cartel"))
S = "Trump has said the United States could strike cartels on Mexican soil"
r("culiacan", S, "us-threat-to-strike-cartels-in-mexico", "THREATEN", a1=("TRUMP", "Trump"), a2=("SINALOA_CARTEL", "cartels"))
r("culiacan", S, "mexico-sheinbaum-rejects-us-strikes", "REJECT", a1=("SHEINBAUM", "Sheinbaum"), a2=("TRUMP", None))
r("culiacan", "gunmen set fire to a bus in the town of Elota", "elota-2026-09-12-bus-set-on-fire", "ASSAULT", a1=("MEX_GUNMEN", "gunmen"), a2=("MEX_CIV", "the passengers"), loc="elota", date="2026-09-12", attr="police")
r("culiacan", "Sinaloa's state police said they had arrested 23 people", "sinaloa-2026-09-week-arrests-total", "COERCE", "arrest", a1=("MEX_POL", "Sinaloa's state police"), a2=("MEX_CARTEL", "23 people"), loc="sinaloa", date="2026-09-07", dp="week", attr="Sinaloa's state police")

# ---------------------------------------------------------------- mediterranean_watch_lampedusa (pub 2026-09-05)
S = "A Libyan coast guard patrol boat fired shots near a charity rescue ship"
r("lampedusa", S, ZUWARA, "ASSAULT", "firearms", a1=("LBY_CG", "A Libyan coast guard patrol boat"), a2=("SOS", "a charity rescue ship"), date="2026-09-04", attr="the German charity SOS Humanity")
r("lampedusa", S, "zuwara-2026-09-04-migrant-boat-interception", "COERCE", "deport", a1=("LBY_CG", "A Libyan coast guard patrol boat"), a2=("MIGRANTS", "about 140 migrants"), date="2026-09-04", attr="the German charity SOS Humanity")
r("lampedusa", "the patrol boat's crew fired at least five shots", ZUWARA, "ASSAULT", "firearms", a1=("LBY_CG", "the patrol boat's crew"), a2=("SOS", "its ship"), date="2026-09-04", attr="The charity")
S = "The Libyan coast guard denied firing at the charity's ship"
r("lampedusa", S, ZUWARA, "ASSAULT", "firearms", status="denied", a1=("LBY_CG", "The Libyan coast guard"), a2=("SOS", "the charity's ship"), date="2026-09-04")
r("lampedusa", S, "libya-2026-09-05-coast-guard-accuses-charity", "ACCUSE", a1=("LBY_CG", "The Libyan coast guard"), a2=("SOS", "it"), date="2026-09-05")
r("lampedusa", "were taken to a detention centre in Tripoli", "tripoli-2026-09-04-intercepted-migrants-detained", "COERCE", "arrest", a1=("LBY_GOV", None), a2=("MIGRANTS", "The migrants"), loc="tripoli", date="2026-09-04", attr="the International Organization for Migration")
r("lampedusa", "the Italian coast guard and the financial police rescued more than 300 migrants", "lampedusa-2026-09-04-rescue-of-300-migrants", "AID", a1=("ITA_CG", "the Italian coast guard"), a2=("MIGRANTS", "more than 300 migrants"), loc="lampedusa", date="2026-09-04", attr="officials")
S = "Italian Interior Minister Matteo Piantedosi ordered the Humanity 1 to sail to the port of Ortona"
r("lampedusa", S, "italy-2026-09-05-humanity-1-sent-to-ortona", "COERCE", a1=("PIANTEDOSI", "Italian Interior Minister Matteo Piantedosi"), a2=("SOS", "the Humanity 1"), date="2026-09-05")
r("lampedusa", S, "central-med-2026-09-humanity-1-rescue-of-60", "AID", a1=("SOS", "it"), a2=("MIGRANTS", "the 60 people"), date="2026-09-05", dp="week")
S = "The charity refused to sail that far and asked for a closer port"
r("lampedusa", S, "italy-2026-09-05-charity-refuses-ortona", "REJECT", a1=("SOS", "The charity"), a2=("PIANTEDOSI", None), date="2026-09-05")
r("lampedusa", S, "italy-2026-09-05-charity-asks-closer-port", "REQUEST", a1=("SOS", "The charity"), a2=("ITA_GOV", None), date="2026-09-05")
r("lampedusa", "Italian authorities detained the charity's other ship", "crotone-2026-08-humanity-2-detained", "COERCE", "seize", a1=("ITA_GOV", "Italian authorities"), a2=("SOS", "the charity's other ship"), loc="crotone", date="2026-08-01", dp="month")
S = "UNHCR, the U.N. refugee agency, urged Libya to release"
r("lampedusa", S, "unhcr-2026-09-05-urges-libya-release-migrants", "REQUEST", a1=("UNHCR", "UNHCR"), a2=("LBY_GOV", "Libya"), date="2026-09-05")
r("lampedusa", S, "unhcr-2026-09-05-urges-europe-not-to-support-returns", "REQUEST", a1=("UNHCR", "UNHCR"), a2=("EUROPE", "European states"), date="2026-09-05")
r("lampedusa", "Italy signed an agreement with Libya in 2017", "italy-libya-2017-coast-guard-agreement", "AGREE", a1=("ITA_GOV", "Italy"), a2=("LBY_GOV", "Libya"), date="2017-01-01", dp="year")
r("lampedusa", "Rome renewed the deal for three years in 2023.", "italy-libya-2023-agreement-renewal", "AGREE", a1=("ITA_GOV", "Rome"), a2=("LBY_GOV", None), date="2023-01-01", dp="year")
r("lampedusa", "In July, Italy handed over four more patrol boats", "tripoli-2026-07-italy-hands-over-patrol-boats", "AID", a1=("ITA_GOV", "Italy"), a2=("LBY_CG", "the Libyan coast guard"), loc="tripoli", date="2026-07-01", dp="month")
r("lampedusa", "Piantedosi is due to travel to Tripoli next week", "tripoli-2026-09-piantedosi-visit", "CONSULT", "visit", status="planned", a1=("PIANTEDOSI", "Piantedosi"), a2=("LBY_INT", "Libya's interior minister"), loc="tripoli", date="2026-09-12", dp="week", attr="his ministry")
