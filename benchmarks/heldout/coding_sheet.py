"""Coding sheet for the held-out gold: compiled into events.jsonl by build_gold.py.

Each row names its article (source file, index), a unique piece of the sentence, and the coded
fields; actor spans are given as the words in the sentence and turned into offsets by the builder.
Actors: key -> (name, country, sector, code). Locations: key -> (name, country, lat, lon, precision).
"""

ARTICLES = {
    "tbilisi": ("civic_wire_tbilisi.txt", 0),
    "mogadishu": ("horn_observer_mogadishu.txt", 0),
    "drc": ("meridian_drc_m23.html", 0),
    "elobeid2": ("meridian_el_obeid_followup.txt", 0),
    "nairobi2": ("northernledger_nairobi_protests.html", 0),
    "sahel": ("sahel_dispatch_arbinda.txt", 0),
    "elobeid": ("wire_may2025.txt", 0),
    "arbinda": ("wire_may2025.txt", 1),
    "dnipro": ("wire_may2025.txt", 2),
    "haiti": ("wire_may2025.txt", 3),
    "nairobi": ("wire_may2025.txt", 4),
    "unsc": ("wire_may2025.txt", 5),
    "colombia": ("wire_may2025.txt", 6),
    "myanmar": ("wire_may2025.txt", 7),
}

A = {
    # Georgia
    "GEO_PROT": ("Georgia protesters", "GEO", "PROTESTER", "GEO.PROTESTER"),
    "GEO_POL": ("Georgia police", "GEO", "POLICE", "GEO.POLICE"),
    "GEO_GOV": ("Georgia government", "GEO", "GOV", "GEO.GOV"),
    "GEO_MININT": ("Georgia interior ministry", "GEO", "GOV", "GEO.GOV"),
    "GEO_PARTY": ("Georgia opposition", "GEO", "PARTY", "GEO.PARTY"),
    "GEO_MIL": ("Georgia military", "GEO", "MIL", "GEO.MIL"),
    "EU": ("European Union", None, "IGO", "IGO.EU"),
    "EU_HR": ("EU foreign policy chief", None, "IGO", "IGO.EU"),
    # Russia / Ukraine
    "RUS_MIL": ("Russia military", "RUS", "MIL", "RUS.MIL"),
    "RUS_MOD": ("Russia defence ministry", "RUS", "MIL", "RUS.MIL"),
    "RUS_GOV": ("Russia government", "RUS", "GOV", "RUS.GOV"),
    "KREMLIN": ("Kremlin", "RUS", "GOV", "RUS.GOV"),
    "RUS_UN": ("Russia deputy UN ambassador", "RUS", "GOV", "RUS.GOV"),
    "UKR_GOV": ("Ukraine government", "UKR", "GOV", "UKR.GOV"),
    "UKR_MIL": ("Ukraine military", "UKR", "MIL", "UKR.MIL"),
    "UKR_AF": ("Ukraine air force", "UKR", "MIL", "UKR.MIL"),
    "UKR_CIV": ("Ukraine civilians", "UKR", "CIVILIAN", "UKR.CIVILIAN"),
    "ZELENSKIY": ("Volodymyr Zelenskiy", "UKR", "GOV", "UKR.GOV"),
    "ALLIES": ("allies of Ukraine", None, "GOV", "GOV"),
    # Somalia
    "SHABAAB": ("al-Shabaab", "SOM", "INSURGENT", "SHABAAB"),
    "SOM_MIL": ("Somalia military", "SOM", "MIL", "SOM.MIL"),
    "SOM_PRES": ("Hassan Sheikh Mohamud", "SOM", "GOV", "SOM.GOV"),
    "SOM_GOV": ("Somalia government", "SOM", "GOV", "SOM.GOV"),
    "SOM_PARTY": ("Somalia opposition", "SOM", "PARTY", "SOM.PARTY"),
    "SOM_CIV": ("Somalia civilians", "SOM", "CIVILIAN", "SOM.CIVILIAN"),
    "USA_MIL": ("U.S. Africa Command", "USA", "MIL", "USA.MIL"),
    "AU": ("AUSSOM", None, "IGO", "IGO.AU"),
    # Congo
    "M23": ("M23", "COD", "REBEL", "M23"),
    "COD_MIL": ("Congo military", "COD", "MIL", "COD.MIL"),
    "COD_GOV": ("Congo government", "COD", "GOV", "COD.GOV"),
    "COD_CIV": ("Congo civilians", "COD", "CIVILIAN", "COD.CIVILIAN"),
    "WAZALENDO": ("Wazalendo", "COD", "MIL", "WAZALENDO"),
    "RWA_GOV": ("Rwanda government", "RWA", "GOV", "RWA.GOV"),
    "MONUSCO": ("MONUSCO", None, "IGO", "IGO.UN"),
    "UN_ENVOY_COD": ("UN envoy for Congo", None, "IGO", "IGO.UN"),
    # Sudan
    "RSF": ("Rapid Support Forces", "SDN", "REBEL", "RSF"),
    "SDN_MIL": ("Sudan military", "SDN", "MIL", "SDN.MIL"),
    "SDN_GOV": ("Sudan government", "SDN", "GOV", "SDN.GOV"),
    "SDN_CIV": ("Sudan civilians", "SDN", "CIVILIAN", "SDN.CIVILIAN"),
    "NKORD_GOV": ("North Kordofan governor", "SDN", "GOV", "SDN.GOV"),
    "SDN_UN": ("Sudan UN envoy", "SDN", "GOV", "SDN.GOV"),
    "BURHAN": ("Abdel Fattah al-Burhan", "SDN", "MIL", "SDN.MIL"),
    "WFP": ("WFP", None, "IGO", "IGO.UN"),
    "UN_SG": ("Antonio Guterres", None, "IGO", "IGO.UN"),
    "UN_HC_SDN": ("UN humanitarian coordinator for Sudan", None, "IGO", "IGO.UN"),
    "UN_OCHA": ("UN humanitarian chief", None, "IGO", "IGO.UN"),
    "UNSC": ("UN Security Council", None, "IGO", "IGO.UN"),
    "UNSC_MEMBERS": ("Security Council members", None, "GOV", "GOV"),
    "INTL": ("international community", None, "GOV", "GOV"),
    "SAU_GOV": ("Saudi Arabia foreign minister", "SAU", "GOV", "SAU.GOV"),
    "GBR_GOV": ("United Kingdom government", "GBR", "GOV", "GBR.GOV"),
    # Burkina Faso
    "JNIM": ("JNIM", "BFA", "INSURGENT", "JNIM"),
    "JIHADISTS": ("jihadists", None, "INSURGENT", "INSURGENT"),
    "ISIS": ("Islamic State", None, "INSURGENT", "ISIS"),
    "BFA_MIL": ("Burkina Faso military", "BFA", "MIL", "BFA.MIL"),
    "BFA_AF": ("Burkina Faso air force", "BFA", "MIL", "BFA.MIL"),
    "VDP": ("Volunteers for the Defence of the Homeland", "BFA", "MIL", "BFA.MIL"),
    "BFA_GOV": ("Burkina Faso government", "BFA", "GOV", "BFA.GOV"),
    "BFA_MEDIA": ("Burkina Faso media", "BFA", "MEDIA", "BFA.MEDIA"),
    "BFA_CIV": ("Burkina Faso civilians", "BFA", "CIVILIAN", "BFA.CIVILIAN"),
    "HRW": ("Human Rights Watch", None, "NGO", "NGO.HRW"),
    "OHCHR": ("UN human rights office", None, "IGO", "IGO.UN"),
    # Haiti
    "VIV": ("Viv Ansanm", "HTI", "OTHER", "VIV-ANSANM"),
    "CHERIZIER": ("Jimmy Cherizier", "HTI", "OTHER", "VIV-ANSANM"),
    "HTI_GANGS": ("Haiti gangs", "HTI", "OTHER", "HTI.OTHER"),
    "HTI_POL": ("Haiti police", "HTI", "POLICE", "HTI.POLICE"),
    "HTI_GOV": ("Transitional Presidential Council", "HTI", "GOV", "HTI.GOV"),
    "HTI_CIV": ("Haiti civilians", "HTI", "CIVILIAN", "HTI.CIVILIAN"),
    "UN": ("United Nations", None, "IGO", "IGO.UN"),
    "USA_GOV": ("U.S. State Department", "USA", "GOV", "USA.GOV"),
    # Kenya
    "KEN_POL": ("Kenya police", "KEN", "POLICE", "KEN.POLICE"),
    "KEN_PROT": ("Kenya protesters", "KEN", "PROTESTER", "KEN.PROTESTER"),
    "KEN_CIV": ("Kenya civilians", "KEN", "CIVILIAN", "KEN.CIVILIAN"),
    "KEN_GOV": ("Kenya government", "KEN", "GOV", "KEN.GOV"),
    "KEN_MININT": ("Kenya interior minister", "KEN", "GOV", "KEN.GOV"),
    "RUTO": ("William Ruto", "KEN", "GOV", "KEN.GOV"),
    "KEN_PARTY": ("Kenya opposition", "KEN", "PARTY", "KEN.PARTY"),
    "LSK": ("Law Society of Kenya", "KEN", "NGO", "KEN.NGO"),
    # Colombia
    "ELN": ("ELN", "COL", "REBEL", "ELN"),
    "COL_MIL": ("Colombia military", "COL", "MIL", "COL.MIL"),
    "COL_POL": ("Colombia police", "COL", "POLICE", "COL.POLICE"),
    "PETRO": ("Gustavo Petro", "COL", "GOV", "COL.GOV"),
    # Myanmar
    "MMR_MIL": ("Myanmar military", "MMR", "MIL", "MMR.MIL"),
    "MMR_IDP": ("Myanmar displaced villagers", "MMR", "REFUGEE", "MMR.REFUGEE"),
    "AA": ("Arakan Army", "MMR", "REBEL", "ARAKAN-ARMY"),
    "UN_SR_MMR": ("UN special rapporteur on Myanmar", None, "IGO", "IGO.UN"),
    "MEMBER_STATES": ("UN member states", None, "GOV", "GOV"),
}

L = {
    "tbilisi": ("Tbilisi", "GEO", 41.7151, 44.8271, "city"),
    "south_ossetia": ("South Ossetia", "GEO", 42.2257, 43.9675, "admin1"),
    "mogadishu": ("Mogadishu", "SOM", 2.0469, 45.3182, "city"),
    "jilib": ("Jilib", "SOM", 0.4883, 42.7854, "city"),
    "adan_yabaal": ("Adan Yabaal, Middle Shabelle", "SOM", 2.7809, 45.5005, "admin1"),
    "somalia": ("Somalia", "SOM", 2.0469, 45.3182, "country"),
    "nyangezi": ("Nyangezi, South Kivu", "COD", -2.5083, 28.8608, "admin1"),
    "doha": ("Doha", "QAT", 25.2854, 51.5310, "city"),
    "washington": ("Washington", "USA", 38.9072, -77.0369, "city"),
    "goma": ("Goma", "COD", -1.6792, 29.2228, "city"),
    "bukavu": ("Bukavu", "COD", -2.5083, 28.8608, "city"),
    "elobeid": ("El Obeid", "SDN", 13.1833, 30.2167, "city"),
    "khartoum": ("Khartoum", "SDN", 15.5007, 32.5599, "city"),
    "kordofan": ("Kordofan (North Kordofan)", "SDN", 13.1833, 30.2167, "admin1"),
    "bara": ("Bara", "SDN", 13.7000, 30.3667, "city"),
    "unhq": ("United Nations headquarters, New York", "USA", 40.7489, -73.9680, "point"),
    "arbinda": ("Arbinda", "BFA", 14.2306, -0.8686, "city"),
    "gorgadji": ("Gorgadji, Sahel region", "BFA", 14.0354, -0.0345, "admin1"),
    "ouagadougou": ("Ouagadougou", "BFA", 12.3714, -1.5197, "city"),
    "dnipro": ("Dnipro", "UKR", 48.4647, 35.0462, "city"),
    "ukraine": ("Ukraine", "UKR", 50.4501, 30.5234, "country"),
    "sumy": ("Sumy", "UKR", 50.9077, 34.7981, "city"),
    "odesa": ("Odesa", "UKR", 46.4825, 30.7233, "city"),
    "istanbul": ("Istanbul", "TUR", 41.0082, 28.9784, "city"),
    "mirebalais": ("Mirebalais", "HTI", 18.8333, -72.1050, "city"),
    "portauprince": ("Port-au-Prince", "HTI", 18.5944, -72.3074, "city"),
    "nairobi": ("Nairobi", "KEN", -1.2864, 36.8172, "city"),
    "kibera": ("Kibera, Nairobi", "KEN", -1.3133, 36.7892, "district"),
    "nakuru": ("Nakuru", "KEN", -0.3031, 36.0800, "city"),
    "kenya": ("Kenya", "KEN", -1.2864, 36.8172, "country"),
    "tibu": ("Tibu", "COL", 8.6394, -72.7336, "city"),
    "eltarra": ("El Tarra", "COL", 8.5756, -73.0950, "city"),
    "teorama": ("Teorama", "COL", 8.4378, -73.2867, "city"),
    "catatumbo": ("Catatumbo, Norte de Santander", "COL", 7.8939, -72.5078, "admin1"),
    "cucuta": ("Cucuta", "COL", 7.8939, -72.5078, "city"),
    "shwebo": ("Shwebo, Sagaing", "MMR", 22.5667, 95.7000, "city"),
    "gwa": ("Gwa, Rakhine", "MMR", 17.5950, 94.5790, "city"),
}

# Incident labels used in several rows / articles.
ELOBEID = "el-obeid-2025-05-13-market-drone-strike"
ARBINDA = "arbinda-2025-05-11-jnim-attack"
ARBINDA_AIR = "arbinda-2025-05-12-air-strikes"
ARBINDA_2019 = "arbinda-2019-12-attack-on-civilians"
NBO_PROTEST = "nairobi-2025-05-13-protest"
NBO_TEARGAS = "nairobi-2025-05-13-tear-gas"
NBO_ARRESTS = "nairobi-2025-05-13-arrests"
KIBERA = "kibera-2025-05-13-police-shooting"
TEACHER_ARREST = "kenya-2025-05-06-teacher-arrest"
TEACHER_BEATING = "kenya-2025-05-teacher-custody-beating"
KEN_PLANNED = "kenya-2025-05-15-nationwide-protests"
KEN_2024 = "kenya-2024-06-protest-killings"
TBILISI = "tbilisi-2025-05-11-rally"

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


# ---------------------------------------------------------------- civic_wire_tbilisi (pub 2025-05-12)
S = "Georgian riot police used"
r("tbilisi", S, TBILISI, "PROTEST", "riot", a1=("GEO_PROT", "thousands of protesters"), a2=("GEO_POL", "Georgian riot police"), loc="tbilisi", date="2025-05-11", attr="the interior ministry")
r("tbilisi", S, "tbilisi-2025-05-11-dispersal", "COERCE", "tear-gas", a1=("GEO_POL", "Georgian riot police"), a2=("GEO_PROT", "thousands of protesters"), loc="tbilisi", date="2025-05-11", attr="the interior ministry")
r("tbilisi", S, "tbilisi-2025-05-11-arrests", "COERCE", "arrest", a1=("GEO_POL", "Georgian riot police"), a2=("GEO_PROT", "at least 35 people"), loc="tbilisi", date="2025-05-11", attr="the interior ministry")
S = "The rally was one of the largest in weeks"
r("tbilisi", S, TBILISI, "PROTEST", "riot", a1=("GEO_PROT", None), loc="tbilisi", date="2025-05-11")
r("tbilisi", S, "georgia-2024-11-eu-accession-talks-suspended", "SANCTION", a1=("GEO_GOV", "the prime minister"), a2=("EU", "the European Union"), date="2024-11-01", dp="month")
r("tbilisi", "Some protesters threw fireworks", TBILISI, "PROTEST", "riot", a1=("GEO_PROT", "Some protesters"), a2=("GEO_POL", "police lines"), loc="tbilisi", date="2025-05-11", inj=12, attr="the ministry")
r("tbilisi", "Among those detained was the leader", "tbilisi-2025-05-11-opposition-leader-beaten", "ASSAULT", "beating", a1=("GEO_POL", "officers"), a2=("GEO_PARTY", "the leader of an opposition party"), loc="tbilisi", date="2025-05-11", attr="his party")
r("tbilisi", "The interior ministry denied the allegation", "tbilisi-2025-05-11-opposition-leader-beaten", "ASSAULT", "beating", status="denied", a1=("GEO_MININT", "The interior ministry"), a2=("GEO_PARTY", "he"), loc="tbilisi", date="2025-05-11")
S = "The European Union's foreign policy chief condemned"
r("tbilisi", S, "eu-condemns-georgia-crackdown-2025-05-12", "ACCUSE", a1=("EU_HR", "The European Union's foreign policy chief"), a2=("GEO_GOV", None), date="2025-05-12")
r("tbilisi", S, "eu-georgia-sanctions-planned-2025-05", "SANCTION", status="planned", a1=("EU", "the bloc"), a2=("GEO_GOV", "the Georgian officials responsible"), date="2025-05-12")
S = "The prime minister accused the EU"
r("tbilisi", S, "georgia-pm-accuses-eu-2025-05-12", "ACCUSE", a1=("GEO_GOV", "The prime minister"), a2=("EU", "the EU"), date="2025-05-12")
r("tbilisi", S, "georgia-rejects-eu-pressure-2025-05-12", "REJECT", a1=("GEO_GOV", "The prime minister"), a2=("EU", None), date="2025-05-12")
r("tbilisi", "Protest organisers said they would march again", "tbilisi-2025-05-13-planned-march", "PROTEST", "demonstration", status="planned", a1=("GEO_PROT", "Protest organisers"), loc="tbilisi", date="2025-05-13")
r("tbilisi", "In 2008, Russia fought a brief war", "russia-georgia-war-2008", "ASSAULT", a1=("RUS_MIL", "Russia"), a2=("GEO_MIL", "Georgia"), loc="south_ossetia", date="2008-01-01", dp="year")

# ---------------------------------------------------------------- horn_observer_mogadishu (pub 2025-05-16)
MOG = "mogadishu-2025-05-15-recruitment-centre-suicide-bombing"
r("mogadishu", "A suicide bomber killed at least 14", MOG, "ASSAULT", "suicide", a1=("SHABAAB", "A suicide bomber"), a2=("SOM_MIL", "army recruits"), loc="mogadishu", date="2025-05-15", fat=14, inj=22, attr="officials and witnesses")
r("mogadishu", "The bomber, wearing a vest", MOG, "ASSAULT", "suicide", a1=("SHABAAB", "The bomber"), a2=("SOM_MIL", "young men"), loc="mogadishu", date="2025-05-15", attr="police spokesman Abdifatah Hassan")
r("mogadishu", "Al-Shabaab claimed responsibility", MOG, "ASSAULT", "suicide", status="claimed", a1=("SHABAAB", "Al-Shabaab"), a2=("SOM_MIL", "apostate soldiers"), loc="mogadishu", date="2025-05-15", fat=40, attr="Al-Shabaab")
S = "President Hassan Sheikh Mohamud condemned"
r("mogadishu", S, "somalia-president-condemns-bombing-2025-05", "ACCUSE", a1=("SOM_PRES", "President Hassan Sheikh Mohamud"), a2=("SHABAAB", None), date="2025-05-16")
r("mogadishu", S, "somalia-vows-offensive-2025-05", "THREATEN", a1=("SOM_PRES", "President Hassan Sheikh Mohamud"), a2=("SHABAAB", "the group"), date="2025-05-16")
r("mogadishu", "Hours later, U.S. Africa Command", "jilib-2025-05-15-us-air-strike", "ASSAULT", "aerial", status="claimed", a1=("USA_MIL", "U.S. Africa Command"), a2=("SHABAAB", "al-Shabaab fighters"), loc="jilib", date="2025-05-15", fat=3, attr="U.S. Africa Command")
S = "Somali troops and clan militias"
r("mogadishu", S, "adan-yabaal-2025-05-13-recaptured", "ASSAULT", status="claimed", a1=("SOM_MIL", "Somali troops"), a2=("SHABAAB", None), loc="adan_yabaal", date="2025-05-13", attr="the defence ministry")
r("mogadishu", S, "adan-yabaal-2025-04-shabaab-capture", "ASSAULT", a1=("SHABAAB", "al-Shabaab"), a2=("SOM_MIL", None), loc="adan_yabaal", date="2025-04-01", dp="month")
r("mogadishu", "The African Union mission in Somalia, AUSSOM", "aussom-possible-withdrawal-2025-05", "RETREAT", status="hypothetical", a1=("AU", "The African Union mission in Somalia"), loc="somalia")
S = "On Wednesday, opposition leaders accused"
r("mogadishu", S, "somalia-opposition-accuses-president-2025-05-14", "ACCUSE", a1=("SOM_PARTY", "opposition leaders"), a2=("SOM_GOV", "the president"), date="2025-05-14")
r("mogadishu", S, "somalia-opposition-calls-for-talks-2025-05-14", "REQUEST", a1=("SOM_PARTY", "opposition leaders"), a2=("SOM_GOV", None), date="2025-05-14")
r("mogadishu", "In October 2017, a truck bomb", "mogadishu-2017-10-zoobe-truck-bomb", "ASSAULT", "explosion", a2=("SOM_CIV", "people"), loc="mogadishu", date="2017-10-01", dp="month", fat=500)

# ---------------------------------------------------------------- meridian_drc_m23 (pub 2025-05-16)
NYA = "nyangezi-2025-05-15-m23-shelling"
r("drc", "M23 rebels shelled", NYA, "ASSAULT", "shelling", a1=("M23", "M23 rebels"), a2=("COD_MIL", "army"), loc="nyangezi", date="2025-05-15", fat=9, inj=17, attr="local officials and a hospital source")
r("drc", "Several shells landed on a primary school", NYA, "ASSAULT", "shelling", a1=("M23", None), loc="nyangezi", date="2025-05-15", attr="the head of a local civil society group")
r("drc", "Wazalendo militia fighters allied", "nyangezi-2025-05-15-wazalendo-m23-clash", "ASSAULT", a1=("WAZALENDO", "Wazalendo militia fighters"), a2=("M23", "the rebels"), loc="nyangezi", date="2025-05-15")
r("drc", "accused Rwanda of deploying", "congo-army-accuses-rwanda-2025-05-16", "ACCUSE", a1=("COD_MIL", "Congo’s army"), a2=("RWA_GOV", "Rwanda"), date="2025-05-16")
r("drc", "Rwanda’s government denied providing", "rwanda-support-to-m23-denied-2025-05", "AID", status="denied", a1=("RWA_GOV", "Rwanda’s government"), a2=("M23", "the M23"), date="2025-05-16")
r("drc", "The fighting came as delegations", "doha-2025-05-14-congo-m23-talks", "CONSULT", "talks", a1=("COD_GOV", "delegations from the Congolese government"), a2=("M23", "the M23"), loc="doha", date="2025-05-14")
r("drc", "At the talks, the two sides agreed", "doha-2025-05-14-prisoner-exchange-agreement", "AGREE", a1=("COD_GOV", "the two sides"), a2=("M23", None), loc="doha", date="2025-05-14", attr="a Qatari official")
r("drc", "In April, the United States brokered", "washington-2025-04-congo-rwanda-declaration", "AGREE", a1=("COD_GOV", "Congo"), a2=("RWA_GOV", "Rwanda"), loc="washington", date="2025-04-01", dp="month")
r("drc", "U.N. peacekeepers evacuated 23", "nyangezi-2025-05-16-monusco-evacuation", "AID", a1=("MONUSCO", "U.N. peacekeepers"), a2=("COD_CIV", "wounded civilians"), loc="nyangezi", date="2025-05-16", attr="the MONUSCO mission")
S = "The U.N. envoy for Congo called on Rwanda"
r("drc", S, "un-envoy-asks-rwanda-withdraw-2025-05-16", "REQUEST", a1=("UN_ENVOY_COD", "The U.N. envoy for Congo"), a2=("RWA_GOV", "Rwanda"), date="2025-05-16")
r("drc", S, "un-envoy-asks-m23-halt-2025-05-16", "REQUEST", a1=("UN_ENVOY_COD", "The U.N. envoy for Congo"), a2=("M23", "the M23"), date="2025-05-16")
S = "The M23 seized Goma"
r("drc", S, "goma-2025-01-m23-capture", "ASSAULT", a1=("M23", "The M23"), a2=("COD_MIL", None), loc="goma", date="2025-01-01", dp="month")
r("drc", S, "bukavu-2025-02-m23-capture", "ASSAULT", a1=("M23", "The M23"), a2=("COD_MIL", None), loc="bukavu", date="2025-02-01", dp="month")
r("drc", "The European Union imposed sanctions", "eu-sanctions-m23-2025-03", "SANCTION", a1=("EU", "The European Union"), a2=("M23", "three M23 commanders"), date="2025-03-01", dp="month")

# ---------------------------------------------------------------- meridian_el_obeid_followup (pub 2025-05-14)
r("elobeid2", "The death toll from a drone strike", ELOBEID, "ASSAULT", "aerial", loc="elobeid", date="2025-05-13", fat=31, attr="the North Kordofan health ministry")
r("elobeid2", "Tuesday's strike, the deadliest", ELOBEID, "ASSAULT", "aerial", a2=("SDN_CIV", "hundreds of people"), loc="elobeid", date="2025-05-13")
r("elobeid2", "The army-aligned government blamed", "sudan-government-blames-rsf-el-obeid-2025-05", "ACCUSE", a1=("SDN_GOV", "The army-aligned government"), a2=("RSF", "the Rapid Support Forces"), date="2025-05-14")
r("elobeid2", "The RSF denied responsibility", ELOBEID, "ASSAULT", "aerial", status="denied", a1=("RSF", "The RSF"), loc="elobeid", date="2025-05-13")
WAREHOUSE = "el-obeid-2025-05-13-wfp-warehouse-strike"
r("elobeid2", "A second drone hit a World Food Programme", WAREHOUSE, "ASSAULT", "aerial", a2=("WFP", "World Food Programme"), loc="elobeid", date="2025-05-13", attr="the agency")
r("elobeid2", "No one was hurt.", WAREHOUSE, "ASSAULT", "aerial", loc="elobeid", date="2025-05-13", fat=0, inj=0)
r("elobeid2", "The WFP said on Wednesday it had suspended", "wfp-suspends-el-obeid-deliveries-2025-05-14", "SANCTION", a1=("WFP", "The WFP"), loc="elobeid", date="2025-05-14")
S = "U.N. Secretary-General Antonio Guterres condemned"
r("elobeid2", S, "un-sg-condemns-el-obeid-2025-05-14", "ACCUSE", a1=("UN_SG", "U.N. Secretary-General Antonio Guterres"), date="2025-05-14")
r("elobeid2", S, "un-sg-urges-kordofan-truce-2025-05-14", "REQUEST", a1=("UN_SG", "U.N. Secretary-General Antonio Guterres"), a2=("RSF", "the RSF"), date="2025-05-14")
r("elobeid2", "Saudi Arabia's foreign minister spoke by phone", "saudi-burhan-call-2025-05-14", "CONSULT", "phone-call", a1=("SAU_GOV", "Saudi Arabia's foreign minister"), a2=("BURHAN", "General Abdel Fattah al-Burhan"), date="2025-05-14", attr="the Saudi foreign ministry")
r("elobeid2", "Britain has circulated a draft", "uk-draft-sudan-ceasefire-2025-05", "REQUEST", a1=("GBR_GOV", "Britain"), date="2025-05-14", attr="diplomats")

# ---------------------------------------------------------------- northernledger_nairobi_protests (pub 2025-05-14)
S = "A young man was shot dead and dozens"
r("nairobi2", S, KIBERA, "ASSAULT", "firearms", a1=("KEN_POL", "Kenyan police"), a2=("KEN_CIV", "A young man"), loc="kibera", date="2025-05-13", fat=1)
r("nairobi2", S, NBO_TEARGAS, "COERCE", "tear-gas", a1=("KEN_POL", "Kenyan police"), loc="nairobi", date="2025-05-13", inj=24)
r("nairobi2", S, NBO_PROTEST, "PROTEST", "riot", a1=("KEN_PROT", None), a2=("KEN_POL", "Kenyan police"), loc="nairobi", date="2025-05-13")
S = "Officers fired tear gas at crowds"
r("nairobi2", S, NBO_TEARGAS, "COERCE", "tear-gas", a1=("KEN_POL", "Officers"), a2=("KEN_PROT", "crowds"), loc="nairobi", date="2025-05-13")
r("nairobi2", S, NBO_PROTEST, "PROTEST", "riot", a1=("KEN_PROT", "protesters"), a2=("KEN_POL", "Officers"), loc="nairobi", date="2025-05-13")
r("nairobi2", "In Kibera, police opened fire", KIBERA, "ASSAULT", "firearms", a1=("KEN_POL", "police"), a2=("KEN_PROT", "a group of demonstrators"), loc="kibera", date="2025-05-13", fat=1, attr="Amnesty International Kenya and the victim’s family")
S = "The National Police Service said 51 people"
r("nairobi2", S, NBO_ARRESTS, "COERCE", "arrest", a1=("KEN_POL", "The National Police Service"), a2=("KEN_PROT", "51 people"), loc="nairobi", date="2025-05-13", attr="The National Police Service")
r("nairobi2", S, NBO_PROTEST, "PROTEST", "riot", a1=("KEN_PROT", None), a2=("KEN_POL", "14 officers"), loc="nairobi", date="2025-05-13", inj=14, attr="The National Police Service")
r("nairobi2", "The teacher had been detained on May 6", TEACHER_ARREST, "COERCE", "arrest", a1=("KEN_POL", None), a2=("KEN_CIV", "The teacher"), date="2025-05-06")
r("nairobi2", "His family says he was tortured.", TEACHER_BEATING, "ASSAULT", "beating", a1=("KEN_POL", None), a2=("KEN_CIV", "he"), attr="His family")
S = "On Wednesday, the Law Society of Kenya accused"
r("nairobi2", S, "lsk-accuses-police-2025-05-14", "ACCUSE", a1=("LSK", "the Law Society of Kenya"), a2=("KEN_POL", "the police"), date="2025-05-14")
r("nairobi2", S, "lsk-calls-for-murder-charges-2025-05-14", "REQUEST", a1=("LSK", "the Law Society of Kenya"), date="2025-05-14")
S = "The United Nations human rights office urged Kenyan"
r("nairobi2", S, "ohchr-urges-kenya-2025-05-14", "REQUEST", a1=("OHCHR", "The United Nations human rights office"), a2=("KEN_GOV", "Kenyan authorities"), date="2025-05-14")
r("nairobi2", S, KEN_PLANNED, "PROTEST", "demonstration", status="planned", a1=("KEN_PARTY", None), loc="kenya", date="2025-05-15")
r("nairobi2", "President William Ruto, speaking at a church", "ruto-warns-protesters-2025-05-14", "THREATEN", a1=("RUTO", "President William Ruto"), a2=("KEN_PROT", "protesters"), loc="nakuru", date="2025-05-14")
r("nairobi2", "Opposition leaders have called for nationwide", KEN_PLANNED, "PROTEST", "demonstration", status="planned", a1=("KEN_PARTY", "Opposition leaders"), loc="kenya", date="2025-05-15")
S = "Many young Kenyans remain angry"
r("nairobi2", S, KEN_2024, "ASSAULT", "firearms", a1=("KEN_POL", "security agents"), a2=("KEN_PROT", "dozens of protesters"), loc="kenya", date="2024-01-01", dp="year", fat=24, attr="rights groups")
r("nairobi2", S, "kenya-2024-protester-abductions", "ASSAULT", "abduction", a1=("KEN_POL", "security agents"), a2=("KEN_PROT", "hundreds more"), loc="kenya", date="2024-01-01", dp="year", attr="rights groups")

# ---------------------------------------------------------------- sahel_dispatch_arbinda (pub 2025-05-13, from the "13/05/2025 - 11:42" date line)
# Recoded after ingest learnt numeric date lines and mixed-case datelines: the headline is now the
# title (not text, so not coded) and relative dates resolve; nothing else changed.
r("sahel", "At least 50 soldiers and a dozen civilians", ARBINDA, "ASSAULT", a1=("JNIM", "jihadists"), a2=("BFA_MIL", "soldiers"), loc="arbinda", date="2025-05-11", fat=62, attr="security sources")
r("sahel", "The attack, claimed by the Al-Qaeda-linked", ARBINDA, "ASSAULT", status="claimed", a1=("JNIM", "Group for the Support of Islam and Muslims"), loc="arbinda", date="2025-05-11")
r("sahel", "On the same day, assailants also attacked", "gorgadji-2025-05-11-vdp-camp-attack", "ASSAULT", a1=("JNIM", "assailants"), a2=("VDP", "Volunteers for the Defence of the Homeland"), loc="gorgadji", date="2025-05-11", fat=7, attr="a VDP member")
r("sahel", "On Monday, the air force struck", ARBINDA_AIR, "ASSAULT", "aerial", status="claimed", a1=("BFA_AF", "the air force"), a2=("JNIM", "columns of fighters"), loc="arbinda", date="2025-05-12", fat=24, attr="state broadcaster RTB")
S = "Authorities on Monday suspended two Ouagadougou"
r("sahel", S, "burkina-radio-stations-suspended-2025-05-12", "COERCE", "censor", a1=("BFA_GOV", "Authorities"), a2=("BFA_MEDIA", "two Ouagadougou radio stations"), loc="ouagadougou", date="2025-05-12")
r("sahel", S, "burkina-accuses-radio-stations-2025-05-12", "ACCUSE", a1=("BFA_GOV", "Authorities"), a2=("BFA_MEDIA", "two Ouagadougou radio stations"), date="2025-05-12")
r("sahel", "The UN human rights office called for an independent", "ohchr-arbinda-investigation-request", "REQUEST", a1=("OHCHR", "The UN human rights office"), date="2025-05-13")
r("sahel", "In December 2019, 35 civilians", ARBINDA_2019, "ASSAULT", status="claimed", a1=("ISIS", "the Islamic State group"), a2=("BFA_CIV", "civilians"), loc="arbinda", date="2019-12-01", dp="month", fat=35)

# ---------------------------------------------------------------- wire_may2025 #0 El Obeid (pub 2025-05-13)
S = "A drone strike on a crowded market in the Sudanese city"
r("elobeid", S, ELOBEID, "ASSAULT", "aerial", a1=("RSF", "the paramilitary Rapid Support Forces"), a2=("SDN_CIV", "people"), loc="elobeid", date="2025-05-13", fat=23, inj=41, attr="the army and medical sources")
r("elobeid", S, "sudan-army-blames-rsf-el-obeid-2025-05-13", "ACCUSE", a1=("SDN_MIL", "the army"), a2=("RSF", "the paramilitary Rapid Support Forces"), date="2025-05-13")
r("elobeid", "The drone hit the Souq Omdurman area", ELOBEID, "ASSAULT", "aerial", a2=("SDN_CIV", "traders and shoppers"), loc="elobeid", date="2025-05-13", attr="a doctor at El Obeid Teaching Hospital")
r("elobeid", "The Sudanese army said its air defences", "el-obeid-2025-05-13-drones-shot-down", "ASSAULT", "aerial", status="claimed", a1=("SDN_MIL", "The Sudanese army"), loc="elobeid", date="2025-05-13", attr="The Sudanese army")
S = "The army drove the paramilitaries out of Khartoum"
r("elobeid", S, "khartoum-2025-03-army-retakes-city", "ASSAULT", a1=("SDN_MIL", "The army"), a2=("RSF", "the paramilitaries"), loc="khartoum", date="2025-03-01", dp="month")
r("elobeid", S, "sudan-army-reinforces-kordofan-2025", "MOBILIZE", a1=("SDN_MIL", "The army"), loc="kordofan")
r("elobeid", "Army troops and RSF fighters clashed", "bara-2025-05-11-army-rsf-clash", "ASSAULT", a1=("SDN_MIL", "Army troops"), a2=("RSF", "RSF fighters"), loc="bara", date="2025-05-11", attr="residents")
S = "The governor accused the RSF"
r("elobeid", S, "north-kordofan-governor-accuses-rsf-2025-05-13", "ACCUSE", a1=("NKORD_GOV", "The governor"), a2=("RSF", "the RSF"), date="2025-05-13")
r("elobeid", S, "north-kordofan-governor-terror-designation-appeal", "REQUEST", a1=("NKORD_GOV", "The governor"), a2=("INTL", "the international community"), date="2025-05-13")
r("elobeid", "Sudan's foreign ministry urged", "sudan-asks-unsc-condemn-el-obeid-2025-05-13", "REQUEST", a1=("SDN_GOV", "Sudan's foreign ministry"), a2=("UNSC", "the U.N. Security Council"), date="2025-05-13")
r("elobeid", "The United Nations humanitarian coordinator for Sudan condemned", "un-hc-condemns-el-obeid-2025-05-13", "ACCUSE", a1=("UN_HC_SDN", "The United Nations humanitarian coordinator for Sudan"), date="2025-05-13")

# ---------------------------------------------------------------- wire_may2025 #1 Arbinda (pub 2025-05-12)
r("arbinda", "Jihadist fighters stormed an army base", ARBINDA, "ASSAULT", a1=("JNIM", "Jihadist fighters"), a2=("BFA_MIL", "soldiers"), loc="arbinda", date="2025-05-11", fat=52, attr="residents and a security official")
r("arbinda", "Hundreds of fighters on motorcycles", ARBINDA, "ASSAULT", a1=("JNIM", "Hundreds of fighters"), a2=("BFA_MIL", None), loc="arbinda", date="2025-05-11", attr="a resident")
r("arbinda", "They also abducted at least 15", "arbinda-2025-05-11-abductions", "ASSAULT", "abduction", a1=("JNIM", "They"), a2=("BFA_CIV", "young men"), loc="arbinda", date="2025-05-11", attr="a resident")
r("arbinda", "claimed responsibility in a statement on Monday", ARBINDA, "ASSAULT", status="claimed", a1=("JNIM", "Jama'at Nusrat al-Islam wal-Muslimin"), a2=("BFA_MIL", "soldiers"), loc="arbinda", date="2025-05-11", fat=100, attr="JNIM")
r("arbinda", "The army said air strikes on Monday", ARBINDA_AIR, "ASSAULT", "aerial", status="claimed", a1=("BFA_MIL", "The army"), a2=("JNIM", "terrorists"), loc="arbinda", date="2025-05-12", fat=24, attr="The army")
r("arbinda", "The terrorists will be hunted down", "burkina-army-threatens-jnim-2025-05-12", "THREATEN", a1=("BFA_MIL", "the army"), a2=("JNIM", "The terrorists"), date="2025-05-12")
r("arbinda", "In 2019, jihadists killed 35 civilians", ARBINDA_2019, "ASSAULT", a1=("JIHADISTS", "jihadists"), a2=("BFA_CIV", "civilians"), loc="arbinda", date="2019-01-01", dp="year", fat=35)
r("arbinda", "Human Rights Watch last month accused", "hrw-accuses-burkina-army-2025-04", "ACCUSE", a1=("HRW", "Human Rights Watch"), a2=("BFA_MIL", "the army"), date="2025-04-01", dp="month")

# ---------------------------------------------------------------- wire_may2025 #2 Dnipro (pub 2025-05-14)
DNIPRO = "dnipro-2025-05-14-bus-station-missile-strike"
r("dnipro", "A Russian ballistic missile hit a bus station", DNIPRO, "ASSAULT", "shelling", a1=("RUS_MIL", "Russian"), a2=("UKR_CIV", "people"), loc="dnipro", date="2025-05-14", fat=9, inj=37, attr="the regional governor")
r("dnipro", "Overnight, Russia also launched 112 drones", "ukraine-2025-05-14-overnight-drone-attack", "ASSAULT", "aerial", a1=("RUS_MIL", "Russia"), loc="ukraine", date="2025-05-14")
r("dnipro", "The air force said 74 were shot down", "ukraine-2025-05-14-drones-shot-down", "ASSAULT", "aerial", status="claimed", a1=("UKR_AF", "The air force"), a2=("RUS_MIL", None), loc="ukraine", date="2025-05-14", attr="The air force")
S = "In the northeastern city of Sumy"
r("dnipro", S, "sumy-2025-05-14-drone-strike", "ASSAULT", "aerial", a1=("RUS_MIL", None), a2=("UKR_CIV", "people"), loc="sumy", date="2025-05-14", fat=2, attr="officials")
r("dnipro", S, "odesa-2025-05-14-port-drone-strike", "ASSAULT", "aerial", a1=("RUS_MIL", None), a2=("UKR_CIV", "workers"), loc="odesa", date="2025-05-14", inj=3, attr="officials")
r("dnipro", "Russia's defence ministry said it had struck", DNIPRO, "ASSAULT", "shelling", status="claimed", a1=("RUS_MOD", "Russia's defence ministry"), a2=("UKR_MIL", "Ukrainian military personnel"), loc="dnipro", date="2025-05-14", attr="Russia's defence ministry")
S = "President Volodymyr Zelenskiy accused Moscow"
r("dnipro", S, "zelenskiy-accuses-moscow-2025-05-14", "ACCUSE", a1=("ZELENSKIY", "President Volodymyr Zelenskiy"), a2=("RUS_GOV", "Moscow"), date="2025-05-14")
r("dnipro", S, "zelenskiy-urges-oil-sanctions-2025-05-14", "REQUEST", a1=("ZELENSKIY", "President Volodymyr Zelenskiy"), a2=("ALLIES", "allies"), date="2025-05-14")
r("dnipro", "The strike came a day after Russian and Ukrainian", "istanbul-2025-05-13-russia-ukraine-talks", "CONSULT", "talks", a1=("RUS_GOV", "Russian"), a2=("UKR_GOV", "Ukrainian delegations"), loc="istanbul", date="2025-05-13")
r("dnipro", "The two sides agreed there to exchange", "istanbul-2025-05-13-prisoner-exchange-agreement", "AGREE", a1=("RUS_GOV", "The two sides"), a2=("UKR_GOV", None), loc="istanbul", date="2025-05-13")
r("dnipro", "The Kremlin said on Wednesday it would not accept", "kremlin-rejects-truce-2025-05-14", "REJECT", a1=("KREMLIN", "The Kremlin"), date="2025-05-14")
r("dnipro", "Germany's chancellor, speaking in Berlin", "eu-russia-sanctions-package-2025-05", "SANCTION", status="planned", a1=("EU", "the European Union"), a2=("RUS_GOV", "Russia"), date="2025-05-21", dp="week", attr="Germany's chancellor")
r("dnipro", "Dnipro has been hit repeatedly", "dnipro-2023-01-apartment-block-strike", "ASSAULT", "shelling", a1=("RUS_MIL", None), a2=("UKR_CIV", "people"), loc="dnipro", date="2023-01-01", dp="month", fat=46)

# ---------------------------------------------------------------- wire_may2025 #3 Haiti (pub 2025-05-10)
MIRE = "mirebalais-2025-05-09-gang-attack"
r("haiti", "Gang members attacked the central Haitian town", MIRE, "ASSAULT", a1=("VIV", "Gang members"), a2=("HTI_CIV", "people"), loc="mirebalais", date="2025-05-09", fat=10, attr="authorities")
r("haiti", "Gunmen set homes ablaze", MIRE, "ASSAULT", a1=("VIV", "Gunmen"), a2=("HTI_CIV", "residents"), loc="mirebalais", date="2025-05-09", attr="witnesses")
r("haiti", "Police and soldiers backed by the Kenya-led", "mirebalais-2025-05-10-police-deployment", "MOBILIZE", a1=("HTI_POL", "Police"), a2=("VIV", None), loc="mirebalais", date="2025-05-10", attr="the national police")
S = "The Viv Ansanm gang coalition claimed the attack"
r("haiti", S, MIRE, "ASSAULT", status="claimed", a1=("VIV", "The Viv Ansanm gang coalition"), loc="mirebalais", date="2025-05-09")
r("haiti", S, "viv-ansanm-threat-2025-05", "THREATEN", a1=("CHERIZIER", "Jimmy “Barbecue” Cherizier"), date="2025-05-10")
S = "Haiti's Transitional Presidential Council condemned"
r("haiti", S, "haiti-council-condemns-mirebalais-2025-05-10", "ACCUSE", a1=("HTI_GOV", "Haiti's Transitional Presidential Council"), a2=("VIV", None), date="2025-05-10")
r("haiti", S, "haiti-asks-un-force-2025-05-10", "REQUEST", a1=("HTI_GOV", "Haiti's Transitional Presidential Council"), a2=("UN", "the United Nations"), date="2025-05-10")
r("haiti", "The U.S. State Department designated", "us-designates-viv-ansanm-2025-05", "SANCTION", a1=("USA_GOV", "The U.S. State Department"), a2=("VIV", "Viv Ansanm"), date="2025-05-01", dp="month")
r("haiti", "In March 2024, gangs launched coordinated", "port-au-prince-2024-03-gang-attacks", "ASSAULT", a1=("HTI_GANGS", "gangs"), a2=("HTI_POL", "police stations"), loc="portauprince", date="2024-03-01", dp="month")

# ---------------------------------------------------------------- wire_may2025 #4 Nairobi (pub 2025-05-13)
S = "Kenyan police fired tear gas and water cannon"
r("nairobi", S, NBO_TEARGAS, "COERCE", "tear-gas", a1=("KEN_POL", "Kenyan police"), a2=("KEN_PROT", "hundreds of protesters"), loc="nairobi", date="2025-05-13")
r("nairobi", S, NBO_PROTEST, "PROTEST", "riot", a1=("KEN_PROT", "hundreds of protesters"), a2=("KEN_POL", "Kenyan police"), loc="nairobi", date="2025-05-13")
r("nairobi", "Protesters blocked Moi Avenue", NBO_PROTEST, "PROTEST", "riot", a1=("KEN_PROT", "Protesters"), a2=("KEN_POL", "officers"), loc="nairobi", date="2025-05-13", attr="a Reuters witness")
r("nairobi", "Police also fired live rounds in the Kibera", KIBERA, "ASSAULT", "firearms", a1=("KEN_POL", "Police"), a2=("KEN_CIV", "a 19-year-old man"), loc="kibera", date="2025-05-13", fat=1, attr="Amnesty International Kenya")
r("nairobi", "Police arrested 43 people", NBO_ARRESTS, "COERCE", "arrest", a1=("KEN_POL", "Police"), a2=("KEN_PROT", "43 people"), loc="nairobi", date="2025-05-13", attr="the office of the Inspector General")
r("nairobi", "The teacher, 31, was arrested on May 6", TEACHER_ARREST, "COERCE", "arrest", a1=("KEN_POL", None), a2=("KEN_CIV", "The teacher"), loc="nairobi", date="2025-05-06")
r("nairobi", "Police denied beating him", TEACHER_BEATING, "ASSAULT", "beating", status="denied", a1=("KEN_POL", "Police"), a2=("KEN_CIV", "him"), loc="nairobi")
S = "Kenya's interior minister said three officers"
r("nairobi", S, "kenya-officers-detained-2025-05-13", "COERCE", "arrest", a2=("KEN_POL", "three officers"), date="2025-05-13", attr="Kenya's interior minister")
r("nairobi", S, "kenya-minister-urges-calm-2025-05-13", "REQUEST", a1=("KEN_MININT", "Kenya's interior minister"), a2=("KEN_PROT", "protesters"), date="2025-05-13")
r("nairobi", "Opposition leaders called for nationwide protests", KEN_PLANNED, "PROTEST", "demonstration", status="planned", a1=("KEN_PARTY", "Opposition leaders"), loc="kenya", date="2025-05-15")
r("nairobi", "In June 2024, protesters stormed parliament", "nairobi-2024-06-parliament-stormed", "PROTEST", "riot", a1=("KEN_PROT", "protesters"), a2=("KEN_GOV", "parliament"), loc="nairobi", date="2024-06-01", dp="month")
r("nairobi", "At least 60 people were killed when police", KEN_2024, "ASSAULT", "firearms", a1=("KEN_POL", "police"), a2=("KEN_PROT", "crowds"), loc="kenya", date="2024-06-01", dp="month", fat=60, attr="rights groups")

# ---------------------------------------------------------------- wire_may2025 #5 UN Security Council (pub 2025-05-15, from the dateline "May 15" and the dump's year)
# Recoded after ingest learnt datelines with a date: the dateline left the text, dates resolve.
VETO = "unsc-sudan-veto-2025-05-15"
S = "Russia on Thursday vetoed a U.N. Security Council draft"
r("unsc", S, VETO, "REJECT", "veto", a1=("RUS_GOV", "Russia"), loc="unhq", date="2025-05-15")
r("unsc", S, ELOBEID, "ASSAULT", "aerial", loc="elobeid", date="2025-05-13", fat=23)
r("unsc", "Thirteen council members voted in favour", "unsc-sudan-draft-votes-in-favour", "SUPPORT", a1=("UNSC_MEMBERS", "Thirteen council members"), loc="unhq", date="2025-05-15")
r("unsc", "Russia's deputy U.N. ambassador said", "russia-accuses-britain-sudan-draft", "ACCUSE", a1=("RUS_UN", "Russia's deputy U.N. ambassador"), a2=("GBR_GOV", "Britain"), loc="unhq", date="2025-05-15")
r("unsc", "Britain's foreign secretary called the veto", "britain-condemns-russian-veto", "ACCUSE", a1=("GBR_GOV", "Britain's foreign secretary"), a2=("RUS_GOV", None), date="2025-05-15")
r("unsc", "Sudan's U.N. envoy welcomed the veto", "sudan-welcomes-russian-veto", "SUPPORT", a1=("SDN_UN", "Sudan's U.N. envoy"), a2=("RUS_GOV", None), loc="unhq", date="2025-05-15")
r("unsc", "The U.N. humanitarian chief told the council", "un-aid-chief-asks-rsf-lift-kadugli-siege", "REQUEST", a1=("UN_OCHA", "The U.N. humanitarian chief"), a2=("RSF", "the RSF"), loc="unhq", date="2025-05-15")
S = "The vote was Russia's second veto on Sudan"
r("unsc", S, VETO, "REJECT", "veto", a1=("RUS_GOV", "Russia"), loc="unhq", date="2025-05-15")
r("unsc", S, "unsc-sudan-veto-2024-11", "REJECT", "veto", a1=("RUS_GOV", "Russia"), loc="unhq", date="2024-11-01", dp="month")
S = "The RSF on Thursday denied carrying out the El Obeid strike"
r("unsc", S, ELOBEID, "ASSAULT", "aerial", status="denied", a1=("RSF", "The RSF"), loc="elobeid", date="2025-05-13")
r("unsc", S, "rsf-accuses-army-el-obeid", "ACCUSE", a1=("RSF", "The RSF"), a2=("SDN_MIL", "the army"), date="2025-05-15")

# ---------------------------------------------------------------- wire_may2025 #6 Colombia (pub 2025-05-09)
r("colombia", "Fighters from the National Liberation Army (ELN) attacked", "tibu-2025-05-08-eln-drone-attack", "ASSAULT", "aerial", a1=("ELN", "Fighters from the National Liberation Army (ELN)"), a2=("COL_MIL", "soldiers"), loc="tibu", date="2025-05-08", fat=4, inj=9, attr="the army")
S = "Separately, two police officers were shot dead"
r("colombia", S, "el-tarra-2025-05-07-police-killed", "ASSAULT", "firearms", a2=("COL_POL", "police officers"), loc="eltarra", date="2025-05-07", fat=2, attr="the defence ministry")
r("colombia", S, "teorama-2025-05-08-landmine", "ASSAULT", "explosion", a2=("COL_MIL", "soldier"), loc="teorama", date="2025-05-08", fat=1, attr="the defence ministry")
S = "President Gustavo Petro suspended peace talks"
r("colombia", S, "colombia-2025-01-eln-talks-suspended", "SANCTION", a1=("PETRO", "President Gustavo Petro"), a2=("ELN", "the ELN"), date="2025-01-01", dp="month")
r("colombia", S, "catatumbo-2025-01-eln-offensive", "ASSAULT", a1=("ELN", "the group"), loc="catatumbo", date="2025-01-01", dp="month", fat=80)
S = "Petro on Friday ordered 5,000 more troops"
r("colombia", S, "catatumbo-2025-05-09-troop-surge", "MOBILIZE", a1=("PETRO", "Petro"), loc="catatumbo", date="2025-05-09")
r("colombia", S, "eln-arrest-warrants-reactivated", "COERCE", "arrest", status="planned", a1=("PETRO", "Petro"), a2=("ELN", "ELN commanders"))
r("colombia", "The ELN, in a statement, accused the army", "eln-accuses-army-2025-05-09", "ACCUSE", a1=("ELN", "The ELN"), a2=("COL_MIL", "the army"), date="2025-05-09")
r("colombia", "The group also rejected Petro's demand", "eln-rejects-hostage-demand-2025-05-09", "REJECT", a1=("ELN", "The group"), a2=("PETRO", "Petro"), date="2025-05-09")
r("colombia", "Police in Cucuta arrested two suspected", "cucuta-2025-05-09-eln-arrests", "COERCE", "arrest", a1=("COL_POL", "Police"), a2=("ELN", "suspected ELN members"), loc="cucuta", date="2025-05-09", attr="the national police director")

# ---------------------------------------------------------------- wire_may2025 #7 Myanmar (pub 2025-05-12)
SHWEBO = "shwebo-2025-05-11-monastery-air-strike"
r("myanmar", "A Myanmar military jet bombed", SHWEBO, "ASSAULT", "aerial", a1=("MMR_MIL", "Myanmar military"), a2=("MMR_IDP", "displaced villagers"), loc="shwebo", date="2025-05-11", fat=18, attr="residents and a local resistance group")
r("myanmar", "The jet dropped two bombs", SHWEBO, "ASSAULT", "aerial", a1=("MMR_MIL", None), loc="shwebo", date="2025-05-11", attr="a member of the local People's Defence Force")
r("myanmar", "Another 30 people were wounded.", SHWEBO, "ASSAULT", "aerial", a1=("MMR_MIL", None), a2=("MMR_IDP", "people"), loc="shwebo", date="2025-05-11", inj=30)
S = "The attack came despite a ceasefire"
r("myanmar", S, "myanmar-2025-03-earthquake-ceasefire-declared", "CONCEDE", a1=("MMR_MIL", "the military"))
r("myanmar", S, "myanmar-ceasefire-extended-2025-05", "CONCEDE", a1=("MMR_MIL", "the military"), date="2025-05-05", dp="week")
r("myanmar", "A military spokesperson denied", SHWEBO, "ASSAULT", "aerial", status="denied", a1=("MMR_MIL", "A military spokesperson"), loc="shwebo", date="2025-05-11")
S = "The U.N. special rapporteur on Myanmar condemned"
r("myanmar", S, "un-rapporteur-condemns-shwebo-2025-05-12", "ACCUSE", a1=("UN_SR_MMR", "The U.N. special rapporteur on Myanmar"), a2=("MMR_MIL", None), date="2025-05-12")
r("myanmar", S, "un-rapporteur-fuel-cutoff-appeal-2025-05-12", "REQUEST", a1=("UN_SR_MMR", "The U.N. special rapporteur on Myanmar"), a2=("MEMBER_STATES", "member states"), date="2025-05-12")
r("myanmar", "Separately, the Arakan Army said on Saturday", "gwa-2025-05-10-arakan-army-base-capture", "ASSAULT", status="claimed", a1=("AA", "the Arakan Army"), a2=("MMR_MIL", None), loc="gwa", date="2025-05-10", attr="the Arakan Army")
