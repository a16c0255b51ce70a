"""Coding sheet for the seventh held-out gold set: compiled into events.jsonl by
benchmarks/heldout/build_gold.py --set benchmarks/heldout7.

Each row names its article (source file, index), a unique piece of the sentence, and the coded
fields; actor spans are given as the words in the sentence and turned into offsets by the builder.
Actors: key -> (name, country, sector, code). Locations: key -> (name, country, lat, lon, precision).
"""

ARTICLES = {
    "civ2": ("bounkani_observer_tougbo.txt", 0),
    "corsica": ("island_post_porto_vecchio.txt", 0),
    "mdg2": ("midi_express_betroka.html", 0),
    "gtm": ("prensa_altos_nahuala.html", 0),
    "kaz": ("steppe_courier_zhanaozen.txt", 0),
    "civ": ("wire_oct_dec2026.txt", 0),
    "mdg": ("wire_oct_dec2026.txt", 1),
    "nir": ("wire_oct_dec2026.txt", 2),
    "zwe": ("wire_oct_dec2026.txt", 3),
    "mda": ("wire_oct_dec2026.txt", 4),
    "slb": ("wire_oct_dec2026.txt", 5),
    "slv": ("wire_oct_dec2026.txt", 6),
}

A = {
    # Ivory Coast
    "JNIM": ("Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", "MLI", "INSURGENT", "JNIM"),
    "CIV_JIHADISTS": ("suspected jihadists (northern Ivory Coast)", "CIV", "INSURGENT", "INSURGENT"),
    "CIV_MIL": ("Ivory Coast army", "CIV", "MIL", "CIV.MIL"),
    "CIV_GEND": ("Ivory Coast gendarmerie", "CIV", "POLICE", "CIV.POLICE"),
    "CIV_GOV": ("Ivory Coast government", "CIV", "GOV", "CIV.GOV"),
    "CIV_NSC": ("Ivory Coast National Security Council", "CIV", "GOV", "CIV.GOV"),
    "CIV_GOVERNOR": ("governor of the Zanzan district", "CIV", "GOV", "CIV.GOV"),
    "TENE": ("Tene Birahima Ouattara", "CIV", "GOV", "CIV.GOV"),
    "CIV_CIV": ("Ivory Coast civilians", "CIV", "CIVILIAN", "CIV.CIVILIAN"),
    "CIV_HERDERS": ("Burkinabe herders detained in Bounkani", "BFA", "CIVILIAN", "BFA.CIVILIAN"),
    "CIV_PROT": ("Bouna residents marching", "CIV", "PROTESTER", "CIV.PROTESTER"),
    "BFA_GOV": ("Burkina Faso government", "BFA", "GOV", "BFA.GOV"),
    # Madagascar
    "DAHALO": ("dahalo cattle raiders", "MDG", "OTHER", "MDG.OTHER"),
    "MDG_GEND": ("Madagascar gendarmerie", "MDG", "POLICE", "MDG.POLICE"),
    "RAKOTONIRINA": ("Jean Rakotonirina", "MDG", "POLICE", "MDG.POLICE"),
    "MDG_MIL": ("Madagascar armed forces", "MDG", "MIL", "MDG.MIL"),
    "MDG_SEC": ("Madagascar security forces", "MDG", "POLICE", "MDG.POLICE"),
    "MDG_GOV": ("Madagascar government", "MDG", "GOV", "MDG.GOV"),
    "MDG_CIV": ("Madagascar villagers", "MDG", "CIVILIAN", "MDG.CIVILIAN"),
    "MDG_PROT": ("Betroka residents", "MDG", "PROTESTER", "MDG.PROTESTER"),
    "MDG_TRADER": ("Betroka cattle trader", "MDG", "CIVILIAN", "MDG.CIVILIAN"),
    "MDG_MOB": ("villagers in Ihosy district (mob)", "MDG", "PROTESTER", "MDG.PROTESTER"),
    "MDG_NGO": ("Observatoire de la Jeunesse", "MDG", "NGO", "MDG.NGO"),
    "MDG_MPS": ("Anosy lawmakers", "MDG", "GOV", "MDG.GOV"),
    "MDG_PARL": ("Madagascar parliament", "MDG", "GOV", "MDG.GOV"),
    # Northern Ireland
    "NEW_IRA": ("New IRA", "GBR", "INSURGENT", "NEW-IRA"),
    "GBR_DISSIDENTS": ("dissident republicans", "GBR", "INSURGENT", "INSURGENT"),
    "PSNI": ("Police Service of Northern Ireland", "GBR", "POLICE", "GBR.POLICE"),
    "SINGLETON": ("Bobby Singleton", "GBR", "POLICE", "GBR.POLICE"),
    "CALDWELL": ("John Caldwell", "GBR", "POLICE", "GBR.POLICE"),
    "NI_EXEC": ("Michelle O'Neill and Emma Little-Pengelly", "GBR", "GOV", "GBR.GOV"),
    "GBR_CIV_PUBLIC": ("Northern Ireland public", "GBR", "CIVILIAN", "GBR.CIVILIAN"),
    "NI_SUSPECTS": ("suspects arrested in Strabane and Derry", "GBR", "CIVILIAN", "GBR.CIVILIAN"),
    # Zimbabwe
    "ZWE_POL": ("Zimbabwe police", "ZWE", "POLICE", "ZWE.POLICE"),
    "NYATHI": ("Paul Nyathi", "ZWE", "POLICE", "ZWE.POLICE"),
    "ZWE_MIL": ("Zimbabwe army", "ZWE", "MIL", "ZWE.MIL"),
    "ZWE_GOV": ("Zimbabwe government", "ZWE", "GOV", "ZWE.GOV"),
    "MNANGAGWA": ("Emmerson Mnangagwa", "ZWE", "GOV", "ZWE.GOV"),
    "ZWE_COURT": ("Zimbabwe court", "ZWE", "JUDICIARY", "ZWE.JUDICIARY"),
    "ZWE_ACTIVISTS": ("opposition activists in Budiriro", "ZWE", "PARTY", "ZWE.PARTY"),
    "ZWE_CROWD": ("crowd in Chitungwiza", "ZWE", "PROTESTER", "ZWE.PROTESTER"),
    "ZWE_VETS": ("war veterans led by Blessed Geza", "ZWE", "PROTESTER", "ZWE.PROTESTER"),
    "ZLHR": ("Zimbabwe Lawyers for Human Rights", "ZWE", "NGO", "ZWE.NGO"),
    "USA_EU": ("United States and European Union", None, "GOV", "GOV"),
    # Moldova / Transnistria
    "TRANS_AUTH": ("Transnistria authorities", "MDA", "GOV", "MDA.GOV"),
    "TRANS_SEC": ("Transnistria security ministry", "MDA", "GOV", "MDA.GOV"),
    "KRASNOSELSKY": ("Vadim Krasnoselsky", "MDA", "GOV", "MDA.GOV"),
    "CEBOTARI": ("Ion Cebotari", "MDA", "GOV", "MDA.GOV"),
    "MDA_GOV": ("Moldova government", "MDA", "GOV", "MDA.GOV"),
    "MDA_BUREAU": ("Bureau for Reintegration Policies", "MDA", "GOV", "MDA.GOV"),
    "MUNTEANU": ("Alexandru Munteanu", "MDA", "GOV", "MDA.GOV"),
    "OSCE": ("OSCE", None, "IGO", "IGO.OSCE"),
    "RUS_MOFA": ("Russia foreign ministry", "RUS", "GOV", "RUS.GOV"),
    "RUS_MIL": ("Russian troops in Transnistria", "RUS", "MIL", "RUS.MIL"),
    "TRANS_1992": ("Transnistrian separatist forces (1992)", "MDA", "REBEL", "MDA.REBEL"),
    "MDA_MIL": ("Moldova armed forces", "MDA", "MIL", "MDA.MIL"),
    # Solomon Islands
    "SLB_RIOTERS": ("Honiara rioters", "SLB", "PROTESTER", "SLB.PROTESTER"),
    "SLB_POL": ("Solomon Islands police", "SLB", "POLICE", "SLB.POLICE"),
    "SLB_GOV": ("Solomon Islands government", "SLB", "GOV", "SLB.GOV"),
    "MANELE": ("Jeremiah Manele", "SLB", "GOV", "SLB.GOV"),
    "WALE": ("Matthew Wale", "SLB", "PARTY", "SLB.PARTY"),
    "SLB_CIV": ("Honiara residents", "SLB", "CIVILIAN", "SLB.CIVILIAN"),
    "SLB_PROT_2021": ("Malaita protesters (2021)", "SLB", "PROTESTER", "SLB.PROTESTER"),
    "MALAITA_LEADERS": ("Malaita provincial leaders", "SLB", "GOV", "SLB.GOV"),
    "AUS_GOV": ("Australia government", "AUS", "GOV", "AUS.GOV"),
    "AUS_POL": ("Australian Federal Police", "AUS", "POLICE", "AUS.POLICE"),
    "CHN_GOV": ("China government", "CHN", "GOV", "CHN.GOV"),
    # El Salvador
    "SLV_SEC": ("El Salvador soldiers and police", "SLV", "MIL", "SLV.MIL"),
    "SLV_GOV": ("El Salvador government", "SLV", "GOV", "SLV.GOV"),
    "BUKELE": ("Nayib Bukele", "SLV", "GOV", "SLV.GOV"),
    "SLV_GANGS": ("El Salvador gangs", "SLV", "OTHER", "SLV.OTHER"),
    "SLV_SUSPECTS": ("suspected gang members in Soyapango", "SLV", "CIVILIAN", "SLV.CIVILIAN"),
    "SLV_CIV": ("El Salvador civilians", "SLV", "CIVILIAN", "SLV.CIVILIAN"),
    "SLV_RELATIVES": ("relatives of detainees in Soyapango", "SLV", "PROTESTER", "SLV.PROTESTER"),
    "CRISTOSAL": ("Cristosal", "SLV", "NGO", "SLV.NGO"),
    # Kazakhstan
    "KAZ_WORKERS": ("Zhanaozen oil workers", "KAZ", "PROTESTER", "KAZ.PROTESTER"),
    "KAZ_KULSARY": ("Kulsary oilfield workers", "KAZ", "PROTESTER", "KAZ.PROTESTER"),
    "KAZ_LEADERS": ("Zhanaozen strike leaders", "KAZ", "PROTESTER", "KAZ.PROTESTER"),
    "BAIMUKHANOV": ("Yerlan Baimukhanov", "KAZ", "PROTESTER", "KAZ.PROTESTER"),
    "KAZ_POL": ("Kazakhstan police", "KAZ", "POLICE", "KAZ.POLICE"),
    "KAZ_COURT": ("Zhanaozen court", "KAZ", "JUDICIARY", "KAZ.JUDICIARY"),
    "KAZ_REGION": ("Mangystau regional administration", "KAZ", "GOV", "KAZ.GOV"),
    "KILYBAY": ("Nurdaulet Kilybay", "KAZ", "GOV", "KAZ.GOV"),
    "KAZ_COMPANIES": ("KazMunayGas oilfield contractors", "KAZ", "OTHER", "KAZ.OTHER"),
    "KAZ_INTERIOR": ("Kazakhstan interior ministry", "KAZ", "GOV", "KAZ.GOV"),
    "TOKAYEV_SPOX": ("Kassym-Jomart Tokayev's spokesman", "KAZ", "GOV", "KAZ.GOV"),
    "KAZ_PROT": ("Kazakhstan protesters", "KAZ", "PROTESTER", "KAZ.PROTESTER"),
    "HRW": ("Human Rights Watch", None, "NGO", "NGO.HRW"),
    # Corsica
    "FLNC": ("Corsican National Liberation Front (FLNC)", "FRA", "INSURGENT", "FLNC"),
    "FRA_PNAT": ("France anti-terrorism prosecutor's office", "FRA", "JUDICIARY", "FRA.JUDICIARY"),
    "FRA_POL": ("France police", "FRA", "POLICE", "FRA.POLICE"),
    "FRA_GOV": ("France government", "FRA", "GOV", "FRA.GOV"),
    "NUNEZ": ("Laurent Nunez", "FRA", "GOV", "FRA.GOV"),
    "FRA_GEND": ("France gendarmerie", "FRA", "POLICE", "FRA.POLICE"),
    "SIMEONI": ("Gilles Simeoni", "FRA", "GOV", "FRA.GOV"),
    "FRA_PROT_2022": ("Corsican rioters (2022)", "FRA", "PROTESTER", "FRA.PROTESTER"),
    "GHJUVENTU": ("Ghjuventu Indipendentista", "FRA", "PROTESTER", "FRA.PROTESTER"),
    "FRA_RIGHT_MPS": ("right-wing French lawmakers", "FRA", "PARTY", "FRA.PARTY"),
    "COR_SUSPECTS": ("two men arrested in Porto-Vecchio", "FRA", "CIVILIAN", "FRA.CIVILIAN"),
    "FRA_CIV": ("holiday home owners in Corsica", "FRA", "CIVILIAN", "FRA.CIVILIAN"),
    "COLONNA": ("Yvan Colonna", "FRA", "CIVILIAN", "FRA.CIVILIAN"),
    "COR_OFFICIALS": ("Corsican elected officials", "FRA", "GOV", "FRA.GOV"),
    # Guatemala
    "GTM_GUNMEN": ("gunmen (Nahuala-Ixtahuacan dispute)", "GTM", "OTHER", "GTM.OTHER"),
    "GTM_FARMERS": ("Santa Catarina Ixtahuacan farmers", "GTM", "CIVILIAN", "GTM.CIVILIAN"),
    "IXTA_LEADERS": ("Santa Catarina Ixtahuacan community leaders", "GTM", "CIVILIAN", "GTM.CIVILIAN"),
    "IXTA_PROT": ("Santa Catarina Ixtahuacan residents", "GTM", "PROTESTER", "GTM.PROTESTER"),
    "NAHUALA_ARMED": ("armed men from Nahuala", "GTM", "OTHER", "GTM.OTHER"),
    "TAMBRIZ": ("Manuel Tambriz", "GTM", "GOV", "GTM.GOV"),
    "GTM_POL": ("Guatemala National Civil Police", "GTM", "POLICE", "GTM.POLICE"),
    "GTM_GOV": ("Guatemala government", "GTM", "GOV", "GTM.GOV"),
    "GIAMMATTEI": ("Alejandro Giammattei", "GTM", "GOV", "GTM.GOV"),
    "VILLEDA": ("Marco Antonio Villeda", "GTM", "GOV", "GTM.GOV"),
    "GTM_CIV_2020": ("villagers killed in 2020", "GTM", "CIVILIAN", "GTM.CIVILIAN"),
    "GTM_COMMUNITIES": ("Nahuala and Santa Catarina Ixtahuacan communities", "GTM", "CIVILIAN", "GTM.CIVILIAN"),
    "GTM_COURT": ("Guatemala Constitutional Court", "GTM", "JUDICIARY", "GTM.JUDICIARY"),
    "GTM_MUNIS": ("Nahuala and Santa Catarina Ixtahuacan municipalities", "GTM", "GOV", "GTM.GOV"),
    "OHCHR": ("UN human rights office in Guatemala", None, "IGO", "IGO.UN"),
}

L = {
    # Ivory Coast
    "tougbo": ("Tougbo", "CIV", 9.76377, -4.14091, "city"),
    "comoe": ("near the Comoe National Park (Bounkani region)", "CIV", 9.26927, -2.9951, "admin1"),
    "kalamon": ("Kalamon and Saye villages (Bounkani region)", "CIV", 9.26927, -2.9951, "admin1"),
    "bounkani": ("Bounkani region", "CIV", 9.26927, -2.9951, "admin1"),
    "border_civ": ("Ivory Coast-Burkina Faso border (Bounkani region)", "CIV", 9.26927, -2.9951, "admin1"),
    "bouna": ("Bouna", "CIV", 9.26927, -2.9951, "city"),
    "kafolo": ("Kafolo", "CIV", 9.58333, -4.3000, "city"),
    "abidjan": ("Abidjan", "CIV", 5.35444, -4.00167, "city"),
    "north_civ": ("northern Ivory Coast", "CIV", 6.82055, -5.27674, "country"),
    # Madagascar
    "ambatomainty": ("Ambatomainty village (Betroka district)", "MDG", -23.26667, 46.08333, "district"),
    "betroka_hills": ("hills east of Betroka (Betroka district)", "MDG", -23.26667, 46.08333, "district"),
    "betroka": ("Betroka", "MDG", -23.26667, 46.08333, "city"),
    "ivohibe": ("near Ivohibe", "MDG", -22.4833, 46.8833, "city"),
    "ihosy_district": ("Ihosy district", "MDG", -22.40293, 46.12576, "district"),
    "anosy": ("Anosy region", "MDG", -25.03249, 46.98329, "admin1"),
    # Northern Ireland
    "strabane": ("Strabane", "GBR", 54.82373, -7.46916, "city"),
    "derry": ("Derry", "GBR", 54.9981, -7.30934, "city"),
    "omagh": ("Omagh", "GBR", 54.6000, -7.3000, "city"),
    # Zimbabwe
    "budiriro": ("Budiriro, Harare", "ZWE", -17.82772, 31.05337, "city"),
    "chitungwiza": ("Chitungwiza", "ZWE", -18.01274, 31.07555, "city"),
    "harare": ("Harare", "ZWE", -17.82772, 31.05337, "city"),
    "zimbabwe": ("Zimbabwe", "ZWE", -17.82772, 31.05337, "country"),
    # Moldova
    "varnita": ("checkpoint near Varnita", "MDA", 46.86606, 29.46636, "city"),
    "chisinau": ("Chisinau", "MDA", 47.00902, 28.85938, "city"),
    "transnistria": ("Transnistria", "MDA", 46.84275, 29.6284, "admin1"),
    # Solomon Islands
    "honiara": ("Honiara", "SLB", -9.4333, 159.9500, "city"),
    # El Salvador
    "soyapango": ("Soyapango", "SLV", 13.71024, -89.13989, "city"),
    "el_salvador": ("El Salvador", "SLV", 13.68935, -89.18718, "country"),
    # Kazakhstan
    "zhanaozen": ("Zhanaozen", "KAZ", 43.34116, 52.86192, "city"),
    "kulsary": ("Kulsary", "KAZ", 46.95307, 54.01978, "city"),
    "kazakhstan": ("Kazakhstan", "KAZ", 51.1801, 71.4460, "country"),
    # Corsica
    "porto_vecchio_area": ("Porto-Vecchio, Lecci and Bonifacio (southern Corsica)", "FRA", 41.59101, 9.27947, "district"),
    "porto_vecchio": ("Porto-Vecchio", "FRA", 41.59101, 9.27947, "city"),
    "ajaccio": ("Ajaccio", "FRA", 41.91886, 8.73812, "city"),
    "corsica": ("Corsica", "FRA", 41.91886, 8.73812, "admin1"),
    # Guatemala
    "chiquix": ("Chiquix area, Nahuala-Santa Catarina Ixtahuacan border", "GTM", 14.8429, -91.31799, "district"),
    "km148": ("Inter-American Highway at kilometre 148 (Nahuala-Santa Catarina Ixtahuacan area)", "GTM", 14.8429, -91.31799, "district"),
    "nahuala_area": ("Nahuala-Santa Catarina Ixtahuacan area", "GTM", 14.8429, -91.31799, "district"),
    "solola": ("Solola", "GTM", 14.7707, -91.18344, "city"),
}

R = []


def r(art, sent, inc, typ, mode=None, status="reported", a1=None, a2=None, loc=None,
      date=None, dp=None, fat=None, inj=None, attr=None):
    if date is not None and dp is None:
        dp = "day"
    R.append(dict(art=art, sent=sent, inc=inc, typ=typ, mode=mode, status=status, a1=a1, a2=a2,
                  loc=loc, date=date, dp=dp, fat=fat, inj=inj, attr=attr))


TOUGBO = "tougbo-2026-11-01-jihadist-attack-on-gendarmerie-post"
COMOE = "comoe-2026-11-02-army-pursuit-of-attackers"
BATTALION = "bounkani-2026-11-extra-battalion"
AMBATO = "ambatomainty-2026-10-17-dahalo-raid"
PURSUIT = "betroka-2026-10-18-gendarmes-recover-cattle-gunfight"
TROOPS_MDG = "betroka-2026-10-21-soldiers-deployed"
STRABANE = "strabane-2026-11-15-pipe-bomb-at-police-station"
BUDIRIRO = "budiriro-2026-11-21-activists-arrested"
HARARE_PROTEST = "harare-2026-11-25-war-veterans-protest"
CEBOTARI_DET = "varnita-2026-11-30-cebotari-detained"
RIOT = "honiara-2026-10-26-riot"
SOYAPANGO = "soyapango-2024-06-11-mass-arrests"
STRIKE = "zhanaozen-2026-12-01-oil-workers-strike"
FLNC_BOMBS = "porto-vecchio-2026-11-07-flnc-bombings"
CHIQUIX = "chiquix-2026-11-29-farmers-shot"

# ---------------------------------------------------------------- wire #0 Ivory Coast (pub 2026-11-03)
r("civ", "Suspected jihadists attacked a gendarmerie post in the village of Tougbo", TOUGBO, "ASSAULT", a1=("CIV_JIHADISTS", "Suspected jihadists"), a2=("CIV_GEND", "a gendarmerie post"), loc="tougbo", date="2026-11-01", fat=4, inj=3, attr="the army")
r("civ", "The attackers, who came on about 20 motorbikes", TOUGBO, "ASSAULT", a1=("CIV_JIHADISTS", "The attackers"), loc="tougbo", date="2026-11-01", attr="army chief of staff General Lassina Doumbia")
r("civ", "Soldiers backed by a helicopter pursued the assailants on Monday", COMOE, "ASSAULT", status="claimed", a1=("CIV_MIL", "Soldiers backed by a helicopter"), a2=("CIV_JIHADISTS", "the assailants"), loc="comoe", date="2026-11-02", fat=3, attr="the statement")
r("civ", "No group has claimed the attack, but security sources said", "tougbo-2026-11-03-security-sources-blame-jnim", "ACCUSE", a1=("CIV_GOV", "security sources"), a2=("JNIM", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"), date="2026-11-03")
S = "Ivory Coast was hit by a wave of attacks in the north in 2020 and 2021"
r("civ", S, "kafolo-2020-army-post-raid", "ASSAULT", a2=("CIV_MIL", "an army post"), loc="kafolo", date="2020-01-01", dp="year", fat=14)
r("civ", S, "bounkani-2021-army-deployment", "MOBILIZE", a1=("CIV_MIL", "the army"), loc="north_civ", date="2021-01-01", dp="year")
S = "Defence Minister Tene Birahima Ouattara travelled to Bouna on Monday"
r("civ", S, "bouna-2026-11-02-defence-minister-visit", "CONSULT", "visit", a1=("TENE", "Defence Minister Tene Birahima Ouattara"), loc="bouna", date="2026-11-02")
r("civ", S, BATTALION, "MOBILIZE", status="planned", a1=("CIV_GOV", "the government"), loc="bounkani", date="2026-11-02", dp="week")
r("civ", "We will not let the north become a rear base", "civ-2026-11-02-ouattara-vows-against-terrorists", "THREATEN", a1=("TENE", None), a2=("CIV_JIHADISTS", "terrorists"), date="2026-11-02")
S = "Relations between Abidjan and the military government in Ouagadougou have been tense"
r("civ", S, "bfa-civ-2024-burkina-accuses-ivory-coast", "ACCUSE", a1=("BFA_GOV", "Burkina Faso"), a2=("CIV_GOV", "Ivory Coast"), date="2024-01-01", dp="year")
r("civ", S, "bfa-civ-2024-abidjan-denies-charge", "ACCUSE", a1=("CIV_GOV", "Abidjan"), a2=("BFA_GOV", None), date="2024-01-01", dp="year")

# ---------------------------------------------------------------- bounkani_observer (pub 2026-11-04)
r("civ2", "The death toll from Sunday's attack on the gendarmerie post in Tougbo", TOUGBO, "ASSAULT", a1=("JNIM", None), a2=("CIV_GEND", "the gendarmerie post"), loc="tougbo", date="2026-11-01", fat=5, attr="a security source")
r("civ2", "claimed the attack in a statement on its Az-Zallaqa media channel", TOUGBO, "ASSAULT", status="claimed", a1=("JNIM", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"), a2=("CIV_GEND", "gendarmes"), loc="tougbo", date="2026-11-01", fat=10, attr="JNIM")
S = "The group warned that Ivory Coast would \"pay the price\""
r("civ2", S, "civ-2026-11-03-jnim-threatens-ivory-coast", "THREATEN", a1=("JNIM", "The group"), a2=("CIV_GOV", "Ivory Coast"), date="2026-11-03")
r("civ2", "The army said on Wednesday that its operation near the Comoe park", COMOE, "ASSAULT", status="claimed", a1=("CIV_MIL", "The army"), a2=("JNIM", "11 militants"), loc="comoe", date="2026-11-02", fat=11, inj=2, attr="The army")
r("civ2", "Soldiers detained 17 men, most of them Burkinabe herders", "kalamon-2026-11-03-herders-detained", "COERCE", "arrest", a1=("CIV_MIL", "Soldiers"), a2=("CIV_HERDERS", "17 men"), loc="kalamon", date="2026-11-03", attr="local residents")
r("civ2", "Hundreds of residents marched through Bouna on Wednesday morning", "bouna-2026-11-04-residents-march", "PROTEST", "demonstration", a1=("CIV_PROT", "Hundreds of residents"), loc="bouna", date="2026-11-04")
S = "The governor of the Zanzan district, in a meeting with traditional chiefs"
r("civ2", S, "bouna-2026-11-04-governor-meets-chiefs", "CONSULT", "meeting", a1=("CIV_GOVERNOR", "The governor of the Zanzan district"), a2=("CIV_CIV", "traditional chiefs"), date="2026-11-04")
r("civ2", S, "bounkani-2026-11-04-governor-asks-villagers", "REQUEST", a1=("CIV_GOVERNOR", "The governor of the Zanzan district"), a2=("CIV_CIV", "villagers"), date="2026-11-04")
r("civ2", S, "bounkani-2026-11-06-motorbike-night-ban", "COERCE", "curfew", status="planned", a1=("CIV_GOVERNOR", "The governor of the Zanzan district"), loc="border_civ", date="2026-11-06")
S = "Burkina Faso's government, in a statement read on state television, denied"
r("civ2", S, "bfa-2026-11-04-burkina-rejects-claim-attackers-came-from-its-territory", "ACCUSE", a1=("BFA_GOV", "Burkina Faso's government"), a2=("CIV_GOV", "Ivorian officials"), date="2026-11-04")
r("civ2", "Ivory Coast's National Security Council will meet in Abidjan on Thursday", "abidjan-2026-11-05-national-security-council", "CONSULT", "meeting", status="planned", a1=("CIV_NSC", "Ivory Coast's National Security Council"), loc="abidjan", date="2026-11-05")

# ---------------------------------------------------------------- wire #1 Madagascar (pub 2026-10-20)
r("mdg", "Armed cattle rustlers known as dahalo killed seven villagers", AMBATO, "ASSAULT", "firearms", a1=("DAHALO", "Armed cattle rustlers known as dahalo"), a2=("MDG_CIV", "seven villagers"), loc="ambatomainty", date="2026-10-17", fat=7, attr="a gendarmerie commander")
r("mdg", "The raiders, armed with hunting rifles and at least one Kalashnikov", AMBATO, "ASSAULT", "firearms", a1=("DAHALO", "The raiders"), a2=("MDG_CIV", "the village of Ambatomainty"), loc="ambatomainty", date="2026-10-17", attr="Colonel Jean Rakotonirina")
r("mdg", "Two of the dead were children, and five other people were wounded", AMBATO, "ASSAULT", "firearms", a1=("DAHALO", None), a2=("MDG_CIV", "five other people"), loc="ambatomainty", date="2026-10-17", inj=5, attr="he")
r("mdg", "Gendarmes and villagers tracked the herd through the hills", PURSUIT, "ASSAULT", "firearms", status="claimed", a1=("MDG_GEND", "Gendarmes and villagers"), a2=("DAHALO", "three dahalo"), loc="betroka_hills", date="2026-10-18", dp="week", fat=3, attr="Rakotonirina")
r("mdg", "In 2012, security forces were accused of burning villages", "anosy-2012-security-forces-burn-villages", "ASSAULT", "arson", a1=("MDG_SEC", "security forces"), a2=("MDG_CIV", "dozens of people"), loc="anosy", date="2012-01-01", dp="year", fat=24, attr="rights groups")
r("mdg", "Residents of Betroka marched to the district office on Monday", "betroka-2026-10-19-residents-march", "PROTEST", "demonstration", a1=("MDG_PROT", "Residents of Betroka"), loc="betroka", date="2026-10-19")
r("mdg", "The armed forces ministry said it would send a company of soldiers", TROOPS_MDG, "MOBILIZE", status="planned", a1=("MDG_MIL", "The armed forces ministry"), loc="betroka", date="2026-10-20", dp="week")

# ---------------------------------------------------------------- midi_express (pub 2026-10-21)
r("mdg2", "The number of people killed in Saturday night's dahalo raid", AMBATO, "ASSAULT", "firearms", a1=("DAHALO", "dahalo"), a2=("MDG_CIV", None), loc="ambatomainty", date="2026-10-17", fat=9, attr="a local official")
r("mdg2", "Gendarmes shot dead the suspected leader of the gang", "betroka-2026-10-20-gendarmes-kill-gang-leader", "ASSAULT", "firearms", status="claimed", a1=("MDG_GEND", "Gendarmes"), a2=("DAHALO", "the suspected leader of the gang"), loc="betroka_hills", date="2026-10-20", fat=1, attr="the gendarmerie")
r("mdg2", "Two gendarmes were wounded.", "betroka-2026-10-20-gendarmes-kill-gang-leader", "ASSAULT", "firearms", a1=("DAHALO", None), a2=("MDG_GEND", "Two gendarmes"), loc="betroka_hills", date="2026-10-20", inj=2, attr="the gendarmerie")
r("mdg2", "including an attack in March in which four herders were killed near Ivohibe", "ivohibe-2026-03-dahalo-attack", "ASSAULT", a1=("DAHALO", "The gang"), a2=("MDG_CIV", "four herders"), loc="ivohibe", date="2026-03-01", dp="month", fat=4)
r("mdg2", "A company of about 100 soldiers arrived in Betroka on Wednesday morning", TROOPS_MDG, "MOBILIZE", a1=("MDG_MIL", "A company of about 100 soldiers"), loc="betroka", date="2026-10-21")
r("mdg2", "Villagers in Ambatomainty said they had warned the gendarmerie", "ambatomainty-2026-10-21-villagers-blame-gendarmerie", "ACCUSE", a1=("MDG_CIV", "Villagers in Ambatomainty"), a2=("MDG_GEND", "the gendarmerie"), date="2026-10-21")
r("mdg2", "Colonel Jean Rakotonirina denied that the gendarmerie had received any warning", "betroka-2026-10-21-rakotonirina-rejects-villagers-claim", "ACCUSE", a1=("RAKOTONIRINA", "Colonel Jean Rakotonirina"), a2=("MDG_CIV", None), date="2026-10-21")
r("mdg2", "Residents also accused a local cattle trader", "betroka-2026-10-21-residents-accuse-trader", "ACCUSE", a1=("MDG_CIV", "Residents"), a2=("MDG_TRADER", "a local cattle trader"), date="2026-10-21")
r("mdg2", "Gendarmes arrested the trader and two of his employees", "betroka-2026-10-21-trader-arrested", "COERCE", "arrest", a1=("MDG_GEND", "Gendarmes"), a2=("MDG_TRADER", "the trader and two of his employees"), loc="betroka", date="2026-10-21", attr="a judicial source")
r("mdg2", "In September, villagers in the Ihosy district beat to death two men", "ihosy-2026-09-mob-killing", "ASSAULT", "beating", a1=("MDG_MOB", "villagers in the Ihosy district"), a2=("MDG_CIV", "two men"), loc="ihosy_district", date="2026-09-01", dp="month", fat=2)
r("mdg2", "The Malagasy rights group Observatoire de la Jeunesse called on the government", "madagascar-2026-10-21-rights-group-calls-for-investigation", "REQUEST", a1=("MDG_NGO", "The Malagasy rights group Observatoire de la Jeunesse"), a2=("MDG_GOV", "the government"), date="2026-10-21")
r("mdg2", "Lawmakers from the Anosy region said they would ask parliament on Friday", "madagascar-2026-10-23-lawmakers-request-gendarmerie-posts", "REQUEST", status="planned", a1=("MDG_MPS", "Lawmakers from the Anosy region"), a2=("MDG_PARL", "parliament"), date="2026-10-23")

# ---------------------------------------------------------------- wire #2 Northern Ireland (pub 2026-11-17)
r("nir", "A pipe bomb was left outside a police station in Strabane", STRABANE, "ASSAULT", "explosion", a1=("NEW_IRA", None), a2=("PSNI", "a police station"), loc="strabane", date="2026-11-15", attr="police")
r("nir", "A pipe bomb was left outside a police station in Strabane", "strabane-2026-11-16-police-blame-dissidents", "ACCUSE", a1=("PSNI", "police"), a2=("GBR_DISSIDENTS", "dissident republicans"), date="2026-11-16")
r("nir", "Assistant Chief Constable Bobby Singleton said the device", "strabane-2026-11-16-singleton-blames-new-ira", "ACCUSE", a1=("SINGLETON", "Assistant Chief Constable Bobby Singleton"), a2=("NEW_IRA", "the New IRA"), date="2026-11-17")
S = "Detectives arrested two men, aged 31 and 45, in Strabane on Monday"
r("nir", S, "strabane-2026-11-16-two-men-arrested", "COERCE", "arrest", a1=("PSNI", "Detectives"), a2=("NI_SUSPECTS", "two men, aged 31 and 45"), loc="strabane", date="2026-11-16", attr="the Police Service of Northern Ireland")
r("nir", S, "derry-2026-11-17-man-detained", "COERCE", "arrest", a1=("PSNI", None), a2=("NI_SUSPECTS", "a third man"), loc="derry", date="2026-11-17", attr="the Police Service of Northern Ireland")
S = "A caller using a recognised code word told a Belfast newspaper"
r("nir", S, STRABANE, "ASSAULT", "explosion", status="claimed", a1=("NEW_IRA", "the New IRA"), a2=("PSNI", None), loc="strabane", date="2026-11-15", attr="the New IRA")
r("nir", S, "ni-2026-11-17-new-ira-threatens-police", "THREATEN", a1=("NEW_IRA", "the New IRA"), a2=("PSNI", "police officers"), date="2026-11-17")
r("nir", "The group shot and seriously wounded Detective Chief Inspector John Caldwell", "omagh-2023-02-caldwell-shooting", "ASSAULT", "firearms", a1=("NEW_IRA", "The group"), a2=("CALDWELL", "Detective Chief Inspector John Caldwell"), loc="omagh", date="2023-02-01", dp="month", inj=1)
r("nir", "condemned the attack in a joint statement", "ni-2026-11-17-first-ministers-condemn-attack", "ACCUSE", a1=("NI_EXEC", "Northern Ireland's First Minister Michelle O'Neill and deputy First Minister Emma Little-Pengelly"), a2=("GBR_DISSIDENTS", None), date="2026-11-17")
r("nir", "condemned the attack in a joint statement", "ni-2026-11-17-first-ministers-appeal-for-information", "REQUEST", a1=("NI_EXEC", "Northern Ireland's First Minister Michelle O'Neill and deputy First Minister Emma Little-Pengelly"), a2=("GBR_CIV_PUBLIC", "anyone with information"), date="2026-11-17")

# ---------------------------------------------------------------- wire #3 Zimbabwe (pub 2026-11-24)
S = "Zimbabwean police arrested 38 opposition activists at a meeting"
r("zwe", S, BUDIRIRO, "COERCE", "arrest", a1=("ZWE_POL", "Zimbabwean police"), a2=("ZWE_ACTIVISTS", "38 opposition activists"), loc="budiriro", date="2026-11-21", attr="lawyers")
r("zwe", S, "chitungwiza-2026-11-22-police-tear-gas", "COERCE", "tear-gas", a1=("ZWE_POL", "Zimbabwean police"), a2=("ZWE_CROWD", "a crowd"), loc="chitungwiza", date="2026-11-22", attr="lawyers")
r("zwe", S, HARARE_PROTEST, "PROTEST", "demonstration", status="planned", a1=("ZWE_VETS", None), loc="harare", date="2026-11-25")
S = "Zimbabwe Lawyers for Human Rights said 12 of those arrested"
r("zwe", S, "budiriro-2026-11-detainees-beaten-in-custody", "ASSAULT", "beating", a1=("ZWE_POL", "police"), a2=("ZWE_ACTIVISTS", "12 of those arrested in Budiriro"), loc="harare", date="2026-11-21", dp="week", attr="Zimbabwe Lawyers for Human Rights")
r("zwe", S, "zwe-2026-11-24-zlhr-accuses-police", "ACCUSE", a1=("ZLHR", "Zimbabwe Lawyers for Human Rights"), a2=("ZWE_POL", "police"), date="2026-11-24")
r("zwe", "Police spokesman Paul Nyathi denied that anyone had been assaulted", "budiriro-2026-11-detainees-beaten-in-custody", "ASSAULT", "beating", status="denied", a1=("NYATHI", "Police spokesman Paul Nyathi"), a2=("ZWE_ACTIVISTS", None), loc="harare", date="2026-11-21", dp="week", attr="Police spokesman Paul Nyathi")
r("zwe", "The activists were charged on Monday", "harare-2026-11-23-activists-charged-and-remanded", "COERCE", a1=("ZWE_COURT", None), a2=("ZWE_ACTIVISTS", "The activists"), loc="harare", date="2026-11-23")
r("zwe", "Nyathi said the protest called by a group of independence war veterans was illegal", "zwe-2026-11-nyathi-warns-protesters", "THREATEN", a1=("NYATHI", "Nyathi"), a2=("ZWE_VETS", "a group of independence war veterans"), date="2026-11-24")
r("zwe", "The war veterans, led by Blessed Geza, have accused Mnangagwa", "zwe-war-veterans-accuse-mnangagwa", "ACCUSE", a1=("ZWE_VETS", "The war veterans, led by Blessed Geza"), a2=("MNANGAGWA", "Mnangagwa"))
r("zwe", "The war veterans, led by Blessed Geza, have accused Mnangagwa", "zwe-war-veterans-demand-mnangagwa-step-down", "REQUEST", a1=("ZWE_VETS", "The war veterans, led by Blessed Geza"), a2=("MNANGAGWA", "him"))
r("zwe", "The United States and the European Union urged the government on Monday", "zwe-2026-11-23-us-eu-urge-right-to-assembly", "REQUEST", a1=("USA_EU", "The United States and the European Union"), a2=("ZWE_GOV", "the government"), date="2026-11-23")
r("zwe", "Soldiers were deployed at key intersections in central Harare on Tuesday", "harare-2026-11-24-soldiers-deployed", "MOBILIZE", a1=("ZWE_MIL", "Soldiers"), loc="harare", date="2026-11-24", attr="witnesses")

# ---------------------------------------------------------------- wire #4 Moldova / Transnistria (pub 2026-12-02)
r("mda", "Authorities in Moldova's breakaway region of Transnistria detained a Moldovan customs official", CEBOTARI_DET, "COERCE", "arrest", a1=("TRANS_AUTH", "Authorities in Moldova's breakaway region of Transnistria"), a2=("CEBOTARI", "a Moldovan customs official"), loc="varnita", date="2026-11-30", attr="Moldova's government")
r("mda", "Authorities in Moldova's breakaway region of Transnistria detained a Moldovan customs official", "transnistria-2026-11-30-accuses-cebotari-of-spying", "ACCUSE", a1=("TRANS_AUTH", "Authorities in Moldova's breakaway region of Transnistria"), a2=("CEBOTARI", "him"), date="2026-11-30")
S = "The Bureau for Reintegration Policies in Chisinau demanded the immediate release"
r("mda", S, "mda-2026-12-02-bureau-demands-release", "REQUEST", a1=("MDA_BUREAU", "The Bureau for Reintegration Policies"), a2=("TRANS_AUTH", None), date="2026-12-02")
r("mda", S, "mda-2026-12-02-bureau-rejects-spying-accusation", "ACCUSE", a1=("MDA_BUREAU", "The Bureau for Reintegration Policies"), a2=("TRANS_AUTH", None), date="2026-12-02")
r("mda", "would be tried under the region's laws", "transnistria-cebotari-to-be-tried", "COERCE", status="planned", a1=("TRANS_SEC", "Transnistria's self-styled security ministry"), a2=("CEBOTARI", "Cebotari"), loc="transnistria")
r("mda", "would be tried under the region's laws", "transnistria-2026-11-30-accuses-cebotari-of-spying", "ACCUSE", a1=("TRANS_SEC", "Transnistria's self-styled security ministry"), a2=("CEBOTARI", "Cebotari"), date="2026-11-30")
S = "broke away from Moldova in a short war in 1992"
r("mda", S, "transnistria-1992-war", "ASSAULT", a1=("TRANS_1992", "Transnistria"), a2=("MDA_MIL", "Moldova"), loc="transnistria", date="1992-01-01", dp="year")
r("mda", S, "transnistria-russian-troops-stationed", "MOBILIZE", a1=("RUS_MIL", "about 1,500 Russian troops"), loc="transnistria")
S = "Moldova's Prime Minister Alexandru Munteanu said the government had asked"
r("mda", S, "mda-2026-12-osce-asked-to-intervene", "REQUEST", a1=("MDA_GOV", "the government"), a2=("OSCE", "the Organization for Security and Co-operation in Europe"), date="2026-12-02")
r("mda", S, "mda-2026-12-15-talks-with-tiraspol", "CONSULT", "talks", status="planned", a1=("MDA_GOV", "the government"), a2=("TRANS_AUTH", "Tiraspol"), date="2026-12-15")
r("mda", "Transnistrian leader Vadim Krasnoselsky said on Tuesday", "transnistria-checkpoints-closure-threat", "SANCTION", status="threatened", a1=("KRASNOSELSKY", "Transnistrian leader Vadim Krasnoselsky"), a2=("MDA_GOV", "Moldovan officials"), loc="transnistria")
r("mda", "Russia's Foreign Ministry accused Moldova on Wednesday", "rus-2026-12-02-accuses-moldova", "ACCUSE", a1=("RUS_MOFA", "Russia's Foreign Ministry"), a2=("MDA_GOV", "Moldova"), date="2026-12-02")

# ---------------------------------------------------------------- wire #5 Solomon Islands (pub 2026-10-27)
r("slb", "Rioters set fire to at least 15 shops and a police post", RIOT, "PROTEST", "riot", a1=("SLB_RIOTERS", "Rioters"), loc="honiara", date="2026-10-26", attr="police")
r("slb", "Police fired tear gas at crowds of several hundred young men", "honiara-2026-10-26-police-tear-gas", "COERCE", "tear-gas", a1=("SLB_POL", "Police"), a2=("SLB_RIOTERS", "crowds of several hundred young men"), loc="honiara", date="2026-10-26", attr="Police Commissioner Mostyn Mangau")
S = "Officers arrested 27 people overnight, and two police officers were injured by stones"
r("slb", S, "honiara-2026-10-27-rioters-arrested", "COERCE", "arrest", a1=("SLB_POL", "Officers"), a2=("SLB_RIOTERS", "27 people"), loc="honiara", date="2026-10-27", attr="he")
r("slb", S, RIOT, "PROTEST", "riot", a1=("SLB_RIOTERS", None), a2=("SLB_POL", "two police officers"), loc="honiara", date="2026-10-26", inj=2, attr="he")
S = "Prime Minister Jeremiah Manele imposed a 36-hour curfew on Honiara"
r("slb", S, "honiara-2026-10-26-curfew", "COERCE", "curfew", a1=("MANELE", "Prime Minister Jeremiah Manele"), a2=("SLB_CIV", None), loc="honiara", date="2026-10-26")
r("slb", S, "slb-2026-10-26-manele-asks-australia-for-help", "REQUEST", a1=("MANELE", "Prime Minister Jeremiah Manele"), a2=("AUS_GOV", "Australia"), date="2026-10-26")
r("slb", S, "aus-slb-2017-security-treaty", "AGREE", a1=("SLB_GOV", None), a2=("AUS_GOV", "Australia"), date="2017-01-01", dp="year")
r("slb", "Australia said on Tuesday it would send 60 federal police officers", "honiara-2026-10-australian-police-deployment", "COOPERATE", status="planned", a1=("AUS_GOV", "Australia"), a2=("SLB_GOV", None), loc="honiara", date="2026-10-29")
r("slb", "In November 2021, protesters from Malaita burned large parts of Chinatown", "honiara-2021-11-riots", "PROTEST", "riot", a1=("SLB_PROT_2021", "protesters from Malaita"), loc="honiara", date="2021-11-01", dp="month", fat=3)
r("slb", "In November 2021, protesters from Malaita burned large parts of Chinatown", "honiara-2021-11-regional-peacekeepers", "COOPERATE", a1=("AUS_GOV", "Australia"), a2=("SLB_GOV", None), loc="honiara", date="2021-11-01", dp="month")
r("slb", "whose leaders have long complained that the central government neglects", "malaita-leaders-accuse-central-government", "ACCUSE", a1=("MALAITA_LEADERS", "whose leaders"), a2=("SLB_GOV", "the central government"))
r("slb", "Opposition leader Matthew Wale blamed the government", "slb-2026-10-wale-blames-government", "ACCUSE", a1=("WALE", "Opposition leader Matthew Wale"), a2=("SLB_GOV", "the government"), date="2026-10-27")
r("slb", "Opposition leader Matthew Wale blamed the government", "slb-2026-10-wale-calls-on-manele-to-resign", "REQUEST", a1=("WALE", "Opposition leader Matthew Wale"), a2=("MANELE", "Manele"), date="2026-10-27")
r("slb", "urged the government to protect Chinese citizens and businesses", "slb-2026-10-china-urges-protection", "REQUEST", a1=("CHN_GOV", "China"), a2=("SLB_GOV", "the government"), date="2026-10-27")

# ---------------------------------------------------------------- wire #6 El Salvador (pub 2024-06-12)
r("slv", "Thousands of soldiers and police surrounded Soyapango", SOYAPANGO, "COERCE", "arrest", a1=("SLV_SEC", "Thousands of soldiers and police"), a2=("SLV_SUSPECTS", "more than 400 suspected gang members"), loc="soyapango", date="2024-06-11", attr="Defence Minister Rene Merino")
S = "The operation was the largest in months under the state of emergency"
r("slv", S, "slv-2022-03-gang-killings", "ASSAULT", "firearms", a1=("SLV_GANGS", "gangs"), a2=("SLV_CIV", "62 people"), loc="el_salvador", date="2022-03-01", dp="month", fat=62)
r("slv", "Relatives of detainees gathered outside the police station in Soyapango", "soyapango-2024-06-12-relatives-gather", "PROTEST", "demonstration", a1=("SLV_RELATIVES", "Relatives of detainees"), loc="soyapango", date="2024-06-12")
r("slv", "The rights group Cristosal accused the government", "slv-2024-06-cristosal-accuses-government", "ACCUSE", a1=("CRISTOSAL", "The rights group Cristosal"), a2=("SLV_GOV", "the government"), date="2024-06-12")
r("slv", "Bukele dismissed the criticism on social media", "slv-2024-06-bukele-rejects-criticism", "ACCUSE", a1=("BUKELE", "Bukele"), a2=("CRISTOSAL", None), date="2024-06-12")
r("slv", "Bukele dismissed the criticism on social media", "slv-2024-06-operation-to-continue", "COERCE", "arrest", status="planned", a1=("SLV_GOV", None), a2=("SLV_GANGS", "the last gang member"), loc="soyapango")

# ---------------------------------------------------------------- steppe_courier (pub 2026-12-04)
r("kaz", "Hundreds of oil workers in the western Kazakh town of Zhanaozen extended a strike", STRIKE, "PROTEST", "strike", a1=("KAZ_WORKERS", "Hundreds of oil workers"), loc="zhanaozen", date="2026-12-04")
r("kaz", "Hundreds of oil workers in the western Kazakh town of Zhanaozen extended a strike", "zhanaozen-2026-12-03-organisers-detained", "COERCE", "arrest", a1=("KAZ_POL", "police"), a2=("KAZ_LEADERS", "three of its organisers"), loc="zhanaozen", date="2026-12-03")
r("kaz", "The workers, employed by oilfield service contractors", STRIKE, "PROTEST", "strike", a1=("KAZ_WORKERS", "The workers"), loc="zhanaozen", date="2026-12-01")
r("kaz", "They are demanding a 50 percent pay rise", "zhanaozen-2026-12-workers-demand-pay-rise", "REQUEST", a1=("KAZ_WORKERS", "They"), a2=("KAZ_COMPANIES", None), date="2026-12-04")
r("kaz", "Police detained the strike leaders, including union activist Yerlan Baimukhanov", "zhanaozen-2026-12-03-organisers-detained", "COERCE", "arrest", a1=("KAZ_POL", "Police"), a2=("KAZ_LEADERS", "the strike leaders"), loc="zhanaozen", date="2026-12-03", attr="their relatives")
r("kaz", "A court in Zhanaozen sentenced Baimukhanov to 15 days in jail", "zhanaozen-2026-12-04-baimukhanov-jailed", "COERCE", a1=("KAZ_COURT", "A court in Zhanaozen"), a2=("BAIMUKHANOV", "Baimukhanov"), loc="zhanaozen", date="2026-12-04")
r("kaz", "The regional administration said the strike was illegal", "mangystau-2026-12-administration-urges-return-to-work", "REQUEST", a1=("KAZ_REGION", "The regional administration"), a2=("KAZ_WORKERS", "the workers"), date="2026-12-04")
r("kaz", "Mangystau region governor Nurdaulet Kilybay met representatives", "zhanaozen-2026-12-02-governor-meets-workers", "CONSULT", "meeting", a1=("KILYBAY", "Mangystau region governor Nurdaulet Kilybay"), a2=("KAZ_WORKERS", "representatives of the workers"), date="2026-12-02")
S = "Kilybay said the companies were prepared to raise wages by 20 percent"
r("kaz", S, "zhanaozen-2026-12-conditional-pay-offer", "CONCEDE", status="hypothetical", a1=("KAZ_COMPANIES", "the companies"), a2=("KAZ_WORKERS", "the workers"))
r("kaz", S, "zhanaozen-2026-12-04-strikers-reject-offer", "REJECT", a1=("KAZ_WORKERS", "the strikers"), a2=("KAZ_COMPANIES", None), date="2026-12-04")
r("kaz", "Workers at two oilfields in the neighbouring town of Kulsary", "kulsary-2026-12-05-solidarity-strike", "PROTEST", "strike", status="planned", a1=("KAZ_KULSARY", "Workers at two oilfields"), loc="kulsary", date="2026-12-05")
S = "In December 2011, police opened fire on striking oil workers in Zhanaozen"
r("kaz", S, "zhanaozen-2011-12-police-shooting", "ASSAULT", "firearms", a1=("KAZ_POL", "police"), a2=("KAZ_WORKERS", "striking oil workers"), loc="zhanaozen", date="2011-12-01", dp="month", fat=14)
r("kaz", S, "zhanaozen-2011-oil-workers-strike", "PROTEST", "strike", a1=("KAZ_WORKERS", "striking oil workers"), loc="zhanaozen", date="2011-12-01", dp="month")
r("kaz", "In January 2022, protests over fuel prices that began in the town", "kazakhstan-2022-01-fuel-protests", "PROTEST", a1=("KAZ_PROT", None), loc="kazakhstan", date="2022-01-01", dp="month", fat=200)
r("kaz", "Human Rights Watch called on the authorities on Thursday", "kazakhstan-2026-12-03-hrw-calls-for-release", "REQUEST", a1=("HRW", "Human Rights Watch"), a2=("KAZ_REGION", "the authorities"), date="2026-12-03")
r("kaz", "spokesman said the government was following the situation closely", "kazakhstan-2026-12-tokayev-spokesman-warns", "THREATEN", a1=("TOKAYEV_SPOX", "President Kassym-Jomart Tokayev's spokesman"), date="2026-12-04")
r("kaz", "The interior ministry said it had sent additional police units to Zhanaozen", "zhanaozen-2026-12-police-reinforcements", "MOBILIZE", a1=("KAZ_INTERIOR", "The interior ministry"), loc="zhanaozen", date="2026-12-04", attr="witnesses")

# ---------------------------------------------------------------- island_post (pub 2026-11-10)
r("corsica", "The clandestine Corsican National Liberation Front (FLNC) has claimed a series", FLNC_BOMBS, "ASSAULT", "explosion", status="claimed", a1=("FLNC", "The clandestine Corsican National Liberation Front (FLNC)"), a2=("FRA_CIV", "eleven holiday homes"), loc="porto_vecchio_area", date="2026-11-07", attr="the FLNC")
r("corsica", "Nobody was hurt in the explosions", FLNC_BOMBS, "ASSAULT", "explosion", a2=("FRA_CIV", "empty villas owned by non-residents"), loc="porto_vecchio_area", date="2026-11-07", fat=0, inj=0, attr="the Ajaccio prosecutor's office")
r("corsica", "threatened to step up its campaign if Paris did not grant", "corsica-2026-11-flnc-threatens-escalation", "THREATEN", a1=("FLNC", "the group"), a2=("FRA_GOV", "Paris"), date="2026-11-09")
r("corsica", "Two men were arrested in Porto-Vecchio on Monday afternoon", "porto-vecchio-2026-11-09-two-arrested", "COERCE", "arrest", a1=("FRA_POL", None), a2=("COR_SUSPECTS", "Two men"), loc="porto_vecchio", date="2026-11-09", attr="a police source")
r("corsica", "condemned the attacks but said the", "corsica-2026-11-simeoni-condemns-attacks", "ACCUSE", a1=("SIMEONI", "Gilles Simeoni"), a2=("FLNC", None), date="2026-11-10")
r("corsica", "About 200 people rallied in front of the prefecture in Ajaccio on Sunday", "ajaccio-2026-11-08-rally-for-prisoners", "PROTEST", "demonstration", a1=("GHJUVENTU", "About 200 people"), loc="ajaccio", date="2026-11-08")
S = "The FLNC laid down its arms in 2014 but resumed attacks in 2022"
r("corsica", S, "corsica-2014-flnc-lays-down-arms", "RETREAT", a1=("FLNC", "The FLNC"), loc="corsica", date="2014-01-01", dp="year")
r("corsica", S, "corsica-2022-flnc-resumes-attacks", "ASSAULT", a1=("FLNC", "The FLNC"), loc="corsica", date="2022-01-01", dp="year")
r("corsica", S, "france-2022-colonna-killed-in-prison", "ASSAULT", a2=("COLONNA", "nationalist leader Yvan Colonna"), date="2022-01-01", dp="year", fat=1)
r("corsica", S, "corsica-2022-colonna-riots", "PROTEST", "riot", a1=("FRA_PROT_2022", None), loc="corsica", date="2022-01-01", dp="year")
S = "Interior Minister Laurent Nu"
r("corsica", S, "corsica-2026-11-09-nunez-vows-justice", "THREATEN", a1=("NUNEZ", "Interior Minister Laurent Nuñez"), a2=("FLNC", "the perpetrators"), date="2026-11-09")
r("corsica", S, "corsica-2026-11-extra-gendarmes", "MOBILIZE", status="planned", a1=("NUNEZ", "he"), loc="corsica")
r("corsica", "Right-wing lawmakers said on Monday they would vote against the bill", "france-2026-11-09-right-wing-conditional-rejection", "REJECT", status="threatened", a1=("FRA_RIGHT_MPS", "Right-wing lawmakers"), a2=("FRA_GOV", None))
r("corsica", "agreed between Paris and Corsican elected officials in 2024", "corsica-2024-autonomy-agreement", "AGREE", a1=("FRA_GOV", "Paris"), a2=("COR_OFFICIALS", "Corsican elected officials"), date="2024-01-01", dp="year")

# ---------------------------------------------------------------- prensa_altos (pub 2026-12-01)
r("gtm", "Gunmen opened fire on a group of farmers harvesting maize", CHIQUIX, "ASSAULT", "firearms", a1=("GTM_GUNMEN", "Gunmen"), a2=("GTM_FARMERS", "a group of farmers"), loc="chiquix", date="2026-11-29", fat=3, inj=2, attr="the National Civil Police")
r("gtm", "Community leaders in Santa Catarina Ixtahuacan blamed armed men from Nahuala", "ixtahuacan-2026-11-leaders-blame-nahuala", "ACCUSE", a1=("IXTA_LEADERS", "Community leaders in Santa Catarina Ixtahuacan"), a2=("NAHUALA_ARMED", "armed men from Nahuala"), date="2026-12-01")
r("gtm", "mayor, Manuel Tambriz, denied that anyone from his municipality was involved", CHIQUIX, "ASSAULT", "firearms", status="denied", a1=("TAMBRIZ", "Manuel Tambriz"), a2=("GTM_FARMERS", None), loc="chiquix", date="2026-11-29", attr="Manuel Tambriz")
r("gtm", "On Monday, hundreds of residents of Santa Catarina Ixtahuacan blocked", "km148-2026-11-30-highway-blockade", "PROTEST", "demonstration", a1=("IXTA_PROT", "hundreds of residents of Santa Catarina Ixtahuacan"), loc="km148", date="2026-11-30")
r("gtm", "Police removed the blockade late on Monday", "km148-2026-11-30-police-remove-blockade", "COERCE", a1=("GTM_POL", "Police"), a2=("IXTA_PROT", None), loc="km148", date="2026-11-30", attr="a police spokesman")
r("gtm", "Police removed the blockade late on Monday", "km148-2026-11-30-police-talks-with-leaders", "CONSULT", "talks", a1=("GTM_POL", "Police"), a2=("IXTA_LEADERS", "community leaders"), loc="km148", date="2026-11-30", attr="a police spokesman")
S = "Dozens of people have been killed since 2017"
r("gtm", S, "nahuala-2020-attack-13-killed", "ASSAULT", "firearms", a2=("GTM_CIV_2020", "13 people, including children"), loc="nahuala_area", date="2020-01-01", dp="year", fat=13)
r("gtm", "government said on Monday it would send 300 soldiers and police to the area", "nahuala-2026-11-troop-deployment", "MOBILIZE", status="planned", a1=("GTM_GOV", "President Bernardo Arevalo's government"), loc="nahuala_area")
r("gtm", "The government invited leaders of both communities to talks in Solola on Thursday", "solola-2026-12-03-mediated-talks", "CONSULT", "talks", status="planned", a1=("GTM_GOV", "The government"), a2=("GTM_COMMUNITIES", "leaders of both communities"), loc="solola", date="2026-12-03")
r("gtm", "Leaders from Ixtahuacan said they would only attend if the suspects were arrested first", "ixtahuacan-2026-12-conditional-attendance", "CONSULT", "talks", status="hypothetical", a1=("IXTA_LEADERS", "Leaders from Ixtahuacan"), a2=("GTM_GOV", None))
r("gtm", "ordered the two municipalities in 2019 to agree on a border", "gtm-2019-court-orders-border-agreement", "REQUEST", a1=("GTM_COURT", "Guatemala's Constitutional Court"), a2=("GTM_MUNIS", "the two municipalities"), date="2019-01-01", dp="year")
S = "The United Nations human rights office in Guatemala condemned the killings on Monday"
r("gtm", S, "gtm-2026-11-30-un-condemns-killings", "ACCUSE", a1=("OHCHR", "The United Nations human rights office in Guatemala"), a2=("GTM_GUNMEN", None), date="2026-11-30")
r("gtm", S, "gtm-2026-11-30-un-calls-for-disarmament", "REQUEST", a1=("OHCHR", "The United Nations human rights office in Guatemala"), a2=("GTM_GOV", "the authorities"), date="2026-11-30")
