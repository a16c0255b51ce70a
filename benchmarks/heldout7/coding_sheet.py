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

# ================================================================ second pass: 5 new articles
ARTICLES.update({
    "sle": ("wire_nov_dec2026b.txt", 0),
    "tjk": ("wire_nov_dec2026b.txt", 1),
    "khm": ("wire_nov_dec2026b.txt", 2),
    "sle2": ("northern_star_makeni.txt", 0),
    "bih": ("drina_monitor_bijeljina.html", 0),
})

A.update({
    # Sierra Leone
    "APC_SUPP": ("All People's Congress supporters", "SLE", "PROTESTER", "SLE.PROTESTER"),
    "APC": ("All People's Congress (APC)", "SLE", "PARTY", "SLE.PARTY"),
    "APC_MPS": ("APC lawmakers", "SLE", "PARTY", "SLE.PARTY"),
    "DUMBUYA": ("Lansana Dumbuya", "SLE", "PARTY", "SLE.PARTY"),
    "KAMARA_S": ("Samura Kamara", "SLE", "PARTY", "SLE.PARTY"),
    "SLE_POL": ("Sierra Leone Police", "SLE", "POLICE", "SLE.POLICE"),
    "CONTEH": ("Ibrahim Conteh", "SLE", "POLICE", "SLE.POLICE"),
    "SELLU": ("William Fayia Sellu", "SLE", "POLICE", "SLE.POLICE"),
    "SLE_MIL": ("Sierra Leone army", "SLE", "MIL", "SLE.MIL"),
    "SLE_GOV": ("Sierra Leone government", "SLE", "GOV", "SLE.GOV"),
    "BAH": ("Chernor Bah", "SLE", "GOV", "SLE.GOV"),
    "SLE_COURT": ("Makeni magistrate's court", "SLE", "JUDICIARY", "SLE.JUDICIARY"),
    "SLE_CIV": ("Makeni civilians", "SLE", "CIVILIAN", "SLE.CIVILIAN"),
    "SLE_DETAINED": ("people detained over the Makeni clashes", "SLE", "PROTESTER", "SLE.PROTESTER"),
    "SLE_YOUTHS": ("youths blocking the Makeni-Magburaka highway", "SLE", "PROTESTER", "SLE.PROTESTER"),
    "SLE_MASKED": ("masked men (Mabanta)", "SLE", "OTHER", "SLE.OTHER"),
    "SLPP_COUNCILLOR": ("SLPP councillor in Mabanta", "SLE", "GOV", "SLE.GOV"),
    "SLE_PROT_2022": ("Sierra Leone protesters (2022)", "SLE", "PROTESTER", "SLE.PROTESTER"),
    "IRC_SLE": ("Inter-Religious Council of Sierra Leone", "SLE", "NGO", "SLE.NGO"),
    "MAKENI_MAYOR": ("Sunkari Kamara", "SLE", "GOV", "SLE.GOV"),
    "ECOWAS": ("Economic Community of West African States", None, "IGO", "IGO.ECOWAS"),
    # Tajikistan
    "TJK_SEC": ("Tajikistan security forces", "TJK", "POLICE", "TJK.POLICE"),
    "TJK_POL": ("Tajikistan police", "TJK", "POLICE", "TJK.POLICE"),
    "TJK_MIL": ("Tajikistan army", "TJK", "MIL", "TJK.MIL"),
    "TJK_BORDER": ("Tajikistan border guards", "TJK", "MIL", "TJK.MIL"),
    "TJK_GOV": ("Tajikistan government", "TJK", "GOV", "TJK.GOV"),
    "TJK_INTERIOR": ("Tajikistan interior ministry", "TJK", "GOV", "TJK.GOV"),
    "GKNB": ("State Committee for National Security", "TJK", "GOV", "TJK.GOV"),
    "DAVLATSHOEV": ("Alisher Davlatshoev", "TJK", "GOV", "TJK.GOV"),
    "TJK_COURT": ("Tajikistan courts", "TJK", "JUDICIARY", "TJK.JUDICIARY"),
    "TJK_PROT": ("Khorog residents protesting", "TJK", "PROTESTER", "TJK.PROTESTER"),
    "TJK_DETAINED": ("people detained in Khorog", "TJK", "PROTESTER", "TJK.PROTESTER"),
    "DAVLATOV": ("Khurshed Davlatov", "TJK", "CIVILIAN", "TJK.CIVILIAN"),
    "TJK_GUNMEN": ("gunmen (Bartang valley)", "TJK", "OTHER", "TJK.OTHER"),
    "TJK_CRIMINALS": ("criminal groups linked to informal leaders", "TJK", "OTHER", "TJK.OTHER"),
    "TJK_PROT_2022": ("Gorno-Badakhshan protesters (2022)", "TJK", "PROTESTER", "TJK.PROTESTER"),
    "PAMIRI_LEADERS": ("Pamiri informal leaders", "TJK", "CIVILIAN", "TJK.CIVILIAN"),
    "EU_DELEG": ("EU delegation in Dushanbe", None, "IGO", "IGO.EU"),
    "AMNESTY": ("Amnesty International", None, "NGO", "NGO.AMNESTY"),
    # Cambodia / Thailand
    "KHM_MIL": ("Cambodia armed forces", "KHM", "MIL", "KHM.MIL"),
    "KHM_MOD": ("Cambodia defence ministry", "KHM", "GOV", "KHM.GOV"),
    "KHM_MOFA": ("Cambodia foreign ministry", "KHM", "GOV", "KHM.GOV"),
    "KHM_GOV": ("Cambodia government", "KHM", "GOV", "KHM.GOV"),
    "HUN_MANET": ("Hun Manet", "KHM", "GOV", "KHM.GOV"),
    "THA_MIL": ("Royal Thai Army", "THA", "MIL", "THA.MIL"),
    "THANAWAT": ("Thanawat Srisuk", "THA", "MIL", "THA.MIL"),
    "THA_GOV": ("Thailand government", "THA", "GOV", "THA.GOV"),
    "THA_MOFA": ("Thailand foreign ministry", "THA", "GOV", "THA.GOV"),
    "ICJ": ("International Court of Justice", None, "IGO", "IGO.UN"),
    "MYS_FM": ("Malaysia foreign minister", "MYS", "GOV", "MYS.GOV"),
    # Bosnia
    "SIPA": ("State Investigation and Protection Agency (SIPA)", "BIH", "POLICE", "BIH.POLICE"),
    "TESANOVIC": ("Milan Tesanovic", "BIH", "CIVILIAN", "BIH.CIVILIAN"),
    "RS_POL": ("Republika Srpska police", "BIH", "POLICE", "BIH.POLICE"),
    "RS_INTERIOR": ("Republika Srpska interior ministry", "BIH", "GOV", "BIH.GOV"),
    "RS_GOV": ("Republika Srpska government", "BIH", "GOV", "BIH.GOV"),
    "RS_PARL": ("Republika Srpska parliament", "BIH", "GOV", "BIH.GOV"),
    "BIH_STATE": ("Bosnia and Herzegovina state institutions", "BIH", "GOV", "BIH.GOV"),
    "BIH_COURT": ("Court of Bosnia and Herzegovina", "BIH", "JUDICIARY", "BIH.JUDICIARY"),
    "BIH_PROT": ("Banja Luka protesters", "BIH", "PROTESTER", "BIH.PROTESTER"),
    "DODIK": ("Milorad Dodik", "BIH", "PARTY", "BIH.PARTY"),
    "TESANOVIC_LAWYERS": ("Tesanovic's lawyers", "BIH", "CIVILIAN", "BIH.CIVILIAN"),
    "OHR": ("Office of the High Representative", None, "IGO", "IGO.OHR"),
    "USA_EMB": ("U.S. embassy in Bosnia", "USA", "GOV", "USA.GOV"),
    "RUS_EMB": ("Russia embassy in Sarajevo", "RUS", "GOV", "RUS.GOV"),
    "WEST_DIPLOMATS": ("Western diplomats", None, "GOV", "GOV"),
    "EUFOR": ("EUFOR", None, "IGO", "IGO.EU"),
    "VUCIC": ("Aleksandar Vucic", "SRB", "GOV", "SRB.GOV"),
})

L.update({
    # Sierra Leone
    "makeni": ("Makeni", "SLE", 8.88605, -12.04417, "city"),
    "mabanta": ("Mabanta village (Bombali district)", "SLE", 8.88605, -12.04417, "district"),
    "makeni_highway": ("Makeni-Magburaka highway near Makeni (Bombali district)", "SLE", 8.88605, -12.04417, "district"),
    "freetown": ("Freetown", "SLE", 8.48714, -13.2356, "city"),
    "sierra_leone": ("Sierra Leone", "SLE", 8.48714, -13.2356, "country"),
    "sle_2022": ("Freetown and northern towns", "SLE", 8.48714, -13.2356, "country"),
    # Tajikistan
    "khorog": ("Khorog", "TJK", 37.49039, 71.55337, "city"),
    "gbao": ("Gorno-Badakhshan region", "TJK", 37.49039, 71.55337, "admin1"),
    "rushan": ("Rushan district", "TJK", 37.94487, 71.55745, "district"),
    "savnob": ("checkpoint near Savnob, Bartang valley (Rushan district)", "TJK", 37.94487, 71.55745, "district"),
    "dushanbe": ("Dushanbe", "TJK", 38.53575, 68.77905, "city"),
    # Cambodia / Thailand
    "ou_smach": ("near the O'Smach border crossing", "KHM", 14.42479, 103.69571, "city"),
    "kouk_mon": ("Kouk Mon village (Banteay Ampil district)", "KHM", 14.23663, 103.12949, "district"),
    "chong_chom": ("Chong Chom checkpoint (Kap Choeng district, Surin)", "THA", 14.47486, 103.59439, "district"),
    "surin_border": ("Thai-Cambodian border (Surin province)", "THA", 14.88181, 103.49364, "admin1"),
    "phnom_penh": ("Phnom Penh", "KHM", 11.56245, 104.91601, "city"),
    "siem_reap": ("Siem Reap", "KHM", 13.36179, 103.86056, "city"),
    # Bosnia
    "bijeljina": ("Bijeljina", "BIH", 44.75874, 19.21437, "city"),
    "bijeljina_roadblock": ("roadblock outside Bijeljina", "BIH", 44.75874, 19.21437, "city"),
    "banja_luka": ("Banja Luka", "BIH", 44.77879, 17.20629, "city"),
    "republika_srpska": ("Republika Srpska", "BIH", 44.77879, 17.20629, "admin1"),
    "sarajevo": ("Sarajevo", "BIH", 43.84864, 18.35644, "city"),
    "bosnia_ne": ("northern and eastern Bosnia", "BIH", 43.84864, 18.35644, "country"),
    "belgrade": ("Belgrade", "SRB", 44.80401, 20.46513, "city"),
})

MAKENI = "makeni-2026-11-07-apc-supporters-clash-with-police"
MAKENI_GAS = "makeni-2026-11-07-police-tear-gas"
OKADA = "makeni-2026-11-07-police-shooting-of-okada-rider"
STAYHOME = "sierra-leone-2026-11-12-apc-stay-at-home-protest"
MABANTA = "mabanta-2026-11-09-councillor-house-burned"
KHOROG_RALLY = "khorog-2026-11-21-rally-over-death-in-custody"
DAVLATOV_BEATING = "gbao-2026-11-davlatov-beaten-in-custody"
OSMACH = "o-smach-2026-12-07-border-clash"
KOUKMON = "kouk-mon-2026-12-shelling"
RS_HOLD = "bijeljina-2026-12-02-rs-police-hold-sipa-officers"

# ---------------------------------------------------------------- wire b #0 Sierra Leone (pub 2026-11-10)
r("sle", "Police and supporters of Sierra Leone's main opposition party clashed", MAKENI, "PROTEST", "riot", a1=("APC_SUPP", "supporters of Sierra Leone's main opposition party"), a2=("SLE_POL", "Police"), loc="makeni", date="2026-11-07", fat=2, inj=15, attr="police")
r("sle", "threw stones at officers and set fire to a police post", MAKENI, "PROTEST", "riot", a1=("APC_SUPP", "Supporters of the All People's Congress (APC)"), a2=("SLE_POL", "officers"), loc="makeni", date="2026-11-07", attr="police spokesman Superintendent Ibrahim Conteh")
r("sle", "Officers fired tear gas to disperse the crowd.", MAKENI_GAS, "COERCE", "tear-gas", a1=("SLE_POL", "Officers"), a2=("APC_SUPP", "the crowd"), loc="makeni", date="2026-11-07", attr="police spokesman Superintendent Ibrahim Conteh")
S = "The APC said the man who died, a 24-year-old okada rider, had been shot by police."
r("sle", S, OKADA, "ASSAULT", "firearms", a1=("SLE_POL", "police"), a2=("SLE_CIV", "a 24-year-old okada rider"), loc="makeni", date="2026-11-07", fat=1, attr="The APC")
r("sle", S, "makeni-2026-11-apc-accuses-police-of-shooting", "ACCUSE", a1=("APC", "The APC"), a2=("SLE_POL", "police"), date="2026-11-10")
r("sle", "Conteh denied that officers had fired live ammunition", OKADA, "ASSAULT", "firearms", status="denied", a1=("CONTEH", "Conteh"), a2=("SLE_CIV", "the man"), loc="makeni", date="2026-11-07", attr="Conteh")
r("sle", "Police arrested 43 people in Makeni on Sunday", "makeni-2026-11-08-arrests", "COERCE", "arrest", a1=("SLE_POL", "Police"), a2=("SLE_DETAINED", "43 people"), loc="makeni", date="2026-11-08")
r("sle", "The government imposed a dusk-to-dawn curfew on Makeni from Sunday evening", "makeni-2026-11-08-curfew", "COERCE", "curfew", a1=("SLE_GOV", "The government"), a2=("SLE_CIV", None), loc="makeni", date="2026-11-08", attr="Information Minister Chernor Bah")
r("sle", "We will not allow anybody to turn the north into a battlefield", "sle-2026-11-09-bah-warning", "THREATEN", a1=("BAH", "he"), loc="freetown", date="2026-11-09")
S = "APC secretary-general Lansana Dumbuya accused the government"
r("sle", S, "sle-2026-11-dumbuya-accuses-government", "ACCUSE", a1=("DUMBUYA", "APC secretary-general Lansana Dumbuya"), a2=("SLE_GOV", "the government"), date="2026-11-10")
r("sle", S, "sle-2026-11-apc-demands-release", "REQUEST", a1=("DUMBUYA", "APC secretary-general Lansana Dumbuya"), a2=("SLE_GOV", "the government"), date="2026-11-10")
S = "The party said it would hold a nationwide stay-at-home protest on Thursday"
r("sle", S, STAYHOME, "PROTEST", "strike", status="planned", a1=("APC", "The party"), loc="sierra_leone", date="2026-11-12")
r("sle", S, "sierra-leone-2026-11-apc-threatens-indefinite-protest", "PROTEST", "strike", status="threatened", a1=("APC", "The party"), loc="sierra_leone")
S = "Opposition lawmakers walked out of parliament in Freetown on Monday"
r("sle", S, "freetown-2026-11-09-apc-walkout", "PROTEST", "demonstration", a1=("APC_MPS", "Opposition lawmakers"), loc="freetown", date="2026-11-09")
r("sle", S, "sle-2026-11-kamara-rules-out-talks", "REJECT", a1=("KAMARA_S", "Samura Kamara"), a2=("SLE_GOV", "the government"), date="2026-11-10")
S = "The Economic Community of West African States urged both sides to show restraint"
r("sle", S, "sle-2026-11-ecowas-urges-restraint", "REQUEST", a1=("ECOWAS", "The Economic Community of West African States"), a2=("SLE_GOV", "both sides"), date="2026-11-10")
r("sle", S, "freetown-2026-11-ecowas-mediation-team", "CONSULT", "talks", status="planned", a1=("ECOWAS", "The Economic Community of West African States"), a2=("SLE_GOV", None), loc="freetown")
r("sle", "The party still says the 2023 election", "sle-apc-says-2023-election-rigged", "ACCUSE", a1=("APC", "The party"), a2=("SLE_GOV", None))
r("sle", "In August 2022, protests over the rising cost of living", "sierra-leone-2022-08-cost-of-living-riots", "PROTEST", "riot", a1=("SLE_PROT_2022", "protests"), loc="sle_2022", date="2022-08-01", dp="month", fat=33)

# ---------------------------------------------------------------- northern_star (pub 2026-11-11)
S = "The death toll from Saturday night's clashes between police and opposition supporters"
r("sle2", S, MAKENI, "PROTEST", "riot", a1=("APC_SUPP", "opposition supporters"), a2=("SLE_POL", "police"), loc="makeni", date="2026-11-07", fat=3, attr="her family")
r("sle2", S, MAKENI_GAS, "COERCE", "tear-gas", a1=("SLE_POL", None), a2=("SLE_CIV", "a woman"), loc="makeni", date="2026-11-07", fat=1, attr="her family")
r("sle2", "Police have now detained 51 people over the violence", "makeni-2026-11-arrests-total", "COERCE", "arrest", a1=("SLE_POL", "Police"), a2=("SLE_DETAINED", "51 people"), loc="makeni", date="2026-11-08", dp="week", attr="a police source")
r("sle2", "Twenty of them were released on bail on Tuesday.", "makeni-2026-11-10-twenty-released-on-bail", "CONCEDE", a1=("SLE_POL", None), a2=("SLE_DETAINED", "Twenty of them"), loc="makeni", date="2026-11-10", attr="a police source")
r("sle2", "A magistrate's court in Makeni charged 31 others on Tuesday", "makeni-2026-11-10-31-charged", "COERCE", a1=("SLE_COURT", "A magistrate's court in Makeni"), a2=("SLE_DETAINED", "31 others"), loc="makeni", date="2026-11-10")
r("sle2", "said several of them had been beaten at the Makeni central police station", "makeni-2026-11-detainees-beaten", "ASSAULT", "beating", a1=("SLE_POL", None), a2=("SLE_DETAINED", "several of them"), loc="makeni", date="2026-11-08", dp="week", inj=3, attr="Their lawyer, Abu Bakarr Turay")
r("sle2", "masked men set fire to the house of a ruling Sierra Leone People's Party councillor", MABANTA, "ASSAULT", "arson", a1=("SLE_MASKED", "masked men"), a2=("SLPP_COUNCILLOR", "a ruling Sierra Leone People's Party councillor"), loc="mabanta", date="2026-11-09")
S = "Police blamed APC \"thugs\" for the arson"
r("sle2", S, "mabanta-2026-11-police-blame-apc", "ACCUSE", a1=("SLE_POL", "Police"), a2=("APC", "APC"), date="2026-11-11")
r("sle2", S, MABANTA, "ASSAULT", "arson", status="denied", a1=("APC", "the party"), a2=("SLPP_COUNCILLOR", None), loc="mabanta", date="2026-11-09", attr="the party")
S = "Youths blocked the Makeni"
r("sle2", S, "makeni-highway-2026-11-10-youths-blockade", "PROTEST", "demonstration", a1=("SLE_YOUTHS", "Youths"), loc="makeni_highway", date="2026-11-10", attr="witnesses")
r("sle2", S, "makeni-highway-2026-11-10-soldiers-clear-blockade", "COERCE", a1=("SLE_MIL", "soldiers"), a2=("SLE_YOUTHS", "Youths"), loc="makeni_highway", date="2026-11-10", attr="witnesses")
r("sle2", "The government shortened the curfew on Tuesday", "makeni-2026-11-10-curfew-shortened", "CONCEDE", a1=("SLE_GOV", "The government"), a2=("SLE_CIV", None), loc="makeni", date="2026-11-10", attr="the resident minister for the north")
S = "APC leaders met the Inspector-General of Police, William Fayia Sellu"
r("sle2", S, "freetown-2026-11-10-apc-meets-police-chief", "CONSULT", "meeting", a1=("APC", "APC leaders"), a2=("SELLU", "William Fayia Sellu"), loc="freetown", date="2026-11-10")
r("sle2", S, STAYHOME, "PROTEST", "strike", status="planned", a1=("APC", "the party"), loc="sierra_leone", date="2026-11-12")
r("sle2", "The Inter-Religious Council called on Christians and Muslims", "sle-2026-11-inter-religious-council-appeal", "REQUEST", a1=("IRC_SLE", "The Inter-Religious Council"), a2=("SLE_CIV", "Christians and Muslims"), date="2026-11-11")
r("sle2", "Makeni's mayor, Sunkari Kamara, called on the police", "makeni-2026-11-mayor-asks-police-to-return-bodies", "REQUEST", a1=("MAKENI_MAYOR", "Sunkari Kamara"), a2=("SLE_POL", "the police"), date="2026-11-11")

# ---------------------------------------------------------------- wire b #1 Gorno-Badakhshan (pub 2026-11-24)
S = "Tajik security forces detained 11 people in Khorog"
r("tjk", S, "khorog-2026-11-22-eleven-detained", "COERCE", "arrest", a1=("TJK_SEC", "Tajik security forces"), a2=("TJK_DETAINED", "11 people"), loc="khorog", date="2026-11-22", attr="relatives and activists")
r("tjk", S, KHOROG_RALLY, "PROTEST", "demonstration", a1=("TJK_PROT", "hundreds of residents"), loc="khorog", date="2026-11-21", attr="relatives and activists")
r("tjk", "Mobile internet in the region was cut on Sunday morning", "gbao-2026-11-22-internet-cut", "COERCE", "censor", a1=("TJK_GOV", None), loc="gbao", date="2026-11-22", attr="residents")
r("tjk", "was detained in the Rushan district on Tuesday last week", "rushan-2026-11-17-davlatov-detained", "COERCE", "arrest", a1=("TJK_POL", None), a2=("DAVLATOV", "29-year-old Khurshed Davlatov"), loc="rushan", date="2026-11-17")
r("tjk", "His family says he was beaten.", DAVLATOV_BEATING, "ASSAULT", "beating", a1=("TJK_POL", None), a2=("DAVLATOV", "he"), loc="gbao", date="2026-11-17", dp="week", attr="His family")
r("tjk", "dozens of troops and several armoured vehicles arrived in Khorog", "khorog-2026-11-23-troops-arrive", "MOBILIZE", a1=("TJK_MIL", "dozens of troops"), loc="khorog", date="2026-11-23", attr="Residents")
S = "The interior ministry denied that he had been mistreated"
r("tjk", S, DAVLATOV_BEATING, "ASSAULT", "beating", status="denied", a1=("TJK_INTERIOR", "The interior ministry"), a2=("DAVLATOV", "he"), loc="gbao", date="2026-11-17", dp="week", attr="The interior ministry")
r("tjk", S, "gbao-2026-11-interior-ministry-warns-organisers", "THREATEN", a1=("TJK_INTERIOR", "The interior ministry"), a2=("TJK_PROT", "the organisers"), date="2026-11-24")
r("tjk", "About 300 people gathered outside the regional administration building on Saturday.", KHOROG_RALLY, "PROTEST", "demonstration", a1=("TJK_PROT", "About 300 people"), loc="khorog", date="2026-11-21")
r("tjk", "The protest ended peacefully after the regional governor", "khorog-2026-11-21-governor-addresses-protesters", "CONSULT", "meeting", a1=("DAVLATSHOEV", "Alisher Davlatshoev"), a2=("TJK_PROT", "the crowd"), loc="khorog", date="2026-11-21")
r("tjk", "gunmen fired on a checkpoint near the village of Savnob", "savnob-2026-11-23-checkpoint-attack", "ASSAULT", "firearms", a1=("TJK_GUNMEN", "gunmen"), a2=("TJK_BORDER", "two border guards"), loc="savnob", date="2026-11-23", inj=2, attr="the State Committee for National Security")
r("tjk", "It blamed \"criminal groups\" linked to local informal leaders.", "gbao-2026-11-gknb-blames-criminal-groups", "ACCUSE", a1=("GKNB", "It"), a2=("TJK_CRIMINALS", "criminal groups"), date="2026-11-24")
S = "In May 2022, security forces crushed protests in Khorog and Rushan"
r("tjk", S, "gbao-2022-05-crackdown", "ASSAULT", a1=("TJK_SEC", "security forces"), a2=("TJK_PROT_2022", "protests"), loc="gbao", date="2022-05-01", dp="month", fat=40, attr="rights groups")
r("tjk", S, "gbao-2022-05-protests", "PROTEST", "demonstration", a1=("TJK_PROT_2022", "protests"), loc="gbao", date="2022-05-01", dp="month")
r("tjk", S, "tjk-pamiri-leaders-sentenced", "COERCE", a1=("TJK_COURT", None), a2=("PAMIRI_LEADERS", "several informal leaders of the Pamiri minority"))
r("tjk", "The European Union's delegation in Dushanbe called on the authorities", "tjk-2026-11-eu-calls-for-investigation", "REQUEST", a1=("EU_DELEG", "The European Union's delegation in Dushanbe"), a2=("TJK_GOV", "the authorities"), date="2026-11-24")
r("tjk", "Amnesty International said at least three of those detained on Sunday", "dushanbe-2026-11-detainees-transferred", "COERCE", a1=("TJK_SEC", None), a2=("TJK_DETAINED", "at least three of those detained on Sunday"), loc="dushanbe", attr="Amnesty International")

# ---------------------------------------------------------------- wire b #2 Cambodia-Thailand (pub 2026-12-08)
r("khm", "Cambodian and Thai troops exchanged fire near the O'Smach border crossing", OSMACH, "ASSAULT", "firearms", a1=("KHM_MIL", "Cambodian and Thai troops"), a2=("THA_MIL", None), loc="ou_smach", date="2026-12-07", fat=1, inj=2, attr="officials from both countries")
S = "Each side accused the other of firing first."
r("khm", S, "khm-2026-12-cambodia-blames-thailand-for-clash", "ACCUSE", a1=("KHM_MOD", "Each side"), a2=("THA_MIL", "the other"), date="2026-12-08")
r("khm", S, "tha-2026-12-thailand-blames-cambodia-for-clash", "ACCUSE", a1=("THA_MIL", None), a2=("KHM_MIL", None), date="2026-12-08")
S = "Cambodia's defence ministry said Thai soldiers had opened fire on a Cambodian patrol"
r("khm", S, OSMACH, "ASSAULT", "firearms", a1=("THA_MIL", "Thai soldiers"), a2=("KHM_MIL", "a Cambodian patrol"), loc="ou_smach", date="2026-12-07", attr="Cambodia's defence ministry")
r("khm", S, "khm-2026-12-cambodia-blames-thailand-for-clash", "ACCUSE", a1=("KHM_MOD", "Cambodia's defence ministry"), a2=("THA_MIL", "Thai soldiers"), date="2026-12-08")
r("khm", S, "tha-2026-12-thailand-blames-cambodia-for-clash", "ACCUSE", a1=("THA_MIL", "the Royal Thai Army"), a2=("KHM_MIL", None), date="2026-12-08")
r("khm", "two Thai artillery shells had landed near a primary school", KOUKMON, "ASSAULT", "shelling", a1=("THA_MIL", None), loc="kouk_mon", date="2026-12-08", fat=0, inj=0, attr="The Cambodian ministry")
r("khm", "denied that Thai forces had fired any artillery", KOUKMON, "ASSAULT", "shelling", status="denied", a1=("THANAWAT", "Thai army spokesman Colonel Thanawat Srisuk"), loc="kouk_mon", date="2026-12-08", attr="Thai army spokesman Colonel Thanawat Srisuk")
r("khm", "Thailand closed its Chong Chom checkpoint", "chong-chom-2026-12-07-checkpoint-closed", "SANCTION", a1=("THA_GOV", "Thailand"), a2=("KHM_GOV", None), loc="chong_chom", date="2026-12-07")
r("khm", "Hun Manet said Phnom Penh would ask the International Court of Justice", "khm-2026-12-cambodia-to-ask-icj", "REQUEST", status="planned", a1=("HUN_MANET", "Cambodia's Prime Minister Hun Manet"), a2=("ICJ", "the International Court of Justice"))
r("khm", "Cambodia's foreign ministry summoned Thailand's ambassador", "phnom-penh-2026-12-07-thai-ambassador-summoned", "ACCUSE", a1=("KHM_MOFA", "Cambodia's foreign ministry"), a2=("THA_GOV", "Thailand's ambassador"), loc="phnom_penh", date="2026-12-07")
r("khm", "Second Army Region said it had sent additional tanks and troops to the border", "thai-border-2026-12-07-tanks-sent", "MOBILIZE", a1=("THA_MIL", "The Thai army's Second Army Region"), loc="surin_border", date="2026-12-07")
S = "Thailand's foreign ministry accused Cambodian troops on Tuesday of laying new landmines"
r("khm", S, "tha-2026-12-08-accuses-cambodia-of-landmines", "ACCUSE", a1=("THA_MOFA", "Thailand's foreign ministry"), a2=("KHM_MIL", "Cambodian troops"), date="2026-12-08")
r("khm", S, "khm-2026-12-08-rejects-landmine-accusation", "ACCUSE", a1=("KHM_MOD", "Cambodia's defence ministry"), a2=("THA_MOFA", None), date="2026-12-08")
S = "In July 2025, five days of fighting along the border killed more than 40 people"
r("khm", S, "khm-tha-2025-07-border-war", "ASSAULT", a1=("KHM_MIL", None), a2=("THA_MIL", None), date="2025-07-01", dp="month", fat=40)
r("khm", S, "khm-tha-2025-07-ceasefire", "AGREE", a1=("KHM_GOV", "the two countries"), a2=("THA_GOV", None), date="2025-07-01", dp="month")
r("khm", "Malaysia's foreign minister urged both governments", "mys-2026-12-urges-respect-for-ceasefire", "REQUEST", a1=("MYS_FM", "Malaysia's foreign minister"), a2=("KHM_GOV", "both governments"), date="2026-12-08")
r("khm", "Military commanders from both sides will meet in Siem Reap next week", "siem-reap-2026-12-15-border-commanders-meeting", "CONSULT", "meeting", status="planned", a1=("KHM_MIL", "Military commanders from both sides"), a2=("THA_MIL", None), loc="siem_reap", date="2026-12-15", dp="week")

# ---------------------------------------------------------------- drina_monitor (pub 2026-12-03)
r("bih", "arrested Milan Tesanovic, a former police director", "bijeljina-2026-12-02-tesanovic-arrested", "COERCE", "arrest", a1=("SIPA", "Officers of Bosnia's State Investigation and Protection Agency (SIPA)"), a2=("TESANOVIC", "Milan Tesanovic"), loc="bijeljina", date="2026-12-02", attr="the state prosecutor's office")
r("bih", "Republika Srpska police then held two of the SIPA officers", RS_HOLD, "COERCE", "arrest", a1=("RS_POL", "Republika Srpska police"), a2=("SIPA", "two of the SIPA officers"), loc="bijeljina_roadblock", date="2026-12-02", attr="SIPA")
r("bih", "The entity's interior ministry denied that anyone had been detained", RS_HOLD, "COERCE", "arrest", status="denied", a1=("RS_INTERIOR", "The entity's interior ministry"), a2=("SIPA", "the officers"), loc="bijeljina_roadblock", date="2026-12-02", attr="The entity's interior ministry")
r("bih", "several thousand people had gathered in the centre of Banja Luka", "banja-luka-2026-12-02-rally-against-arrest", "PROTEST", "demonstration", a1=("BIH_PROT", "several thousand people"), loc="banja_luka", date="2026-12-02")
r("bih", "SNSD leader Milorad Dodik told the crowd that Republika Srpska would stop cooperating", "rs-2026-12-dodik-threatens-to-halt-cooperation", "SANCTION", status="threatened", a1=("DODIK", "SNSD leader Milorad Dodik"), a2=("BIH_STATE", "state institutions"), loc="republika_srpska")
r("bih", "He called the arrest \"a political kidnapping ordered from Sarajevo\".", "rs-2026-12-02-dodik-accuses-sarajevo", "ACCUSE", a1=("DODIK", "He"), a2=("BIH_STATE", "Sarajevo"), loc="banja_luka", date="2026-12-02")
S = "On Thursday, the state court in Sarajevo ordered Tesanovic held in custody"
r("bih", S, "sarajevo-2026-12-03-tesanovic-remanded", "COERCE", a1=("BIH_COURT", "the state court in Sarajevo"), a2=("TESANOVIC", "Tesanovic"), loc="sarajevo", date="2026-12-03")
r("bih", S, "sarajevo-2026-12-03-court-rejects-house-arrest", "REJECT", a1=("BIH_COURT", "the state court in Sarajevo"), a2=("TESANOVIC_LAWYERS", "his lawyers"), loc="sarajevo", date="2026-12-03")
r("bih", "The Office of the High Representative, which oversees", "bih-2026-12-ohr-urges-rs-leaders", "REQUEST", a1=("OHR", "The Office of the High Representative"), a2=("RS_GOV", "Republika Srpska's leaders"), date="2026-12-03")
r("bih", "The U.S. embassy condemned what it called the obstruction of SIPA officers.", "bih-2026-12-us-embassy-condemns-obstruction", "ACCUSE", a1=("USA_EMB", "The U.S. embassy"), a2=("RS_POL", None), date="2026-12-03")
r("bih", "EUFOR said it would increase patrols in northern and eastern Bosnia", "bih-2026-12-eufor-more-patrols", "MOBILIZE", status="planned", a1=("EUFOR", "The European Union's peacekeeping force EUFOR"), loc="bosnia_ne", date="2026-12-03", dp="week")
r("bih", "Russia's embassy in Sarajevo accused Western diplomats", "bih-2026-12-russia-accuses-western-diplomats", "ACCUSE", a1=("RUS_EMB", "Russia's embassy in Sarajevo"), a2=("WEST_DIPLOMATS", "Western diplomats"), date="2026-12-03")
r("bih", "Republika Srpska's government said it would send a delegation to Belgrade on Friday", "belgrade-2026-12-04-rs-delegation-talks-with-vucic", "CONSULT", "talks", status="planned", a1=("RS_GOV", "Republika Srpska's government"), a2=("VUCIC", "Serbian President Aleksandar Vucic"), loc="belgrade", date="2026-12-04")
r("bih", "In 2025, the state court sentenced Dodik", "bih-2025-dodik-sentenced", "COERCE", a1=("BIH_COURT", "the state court"), a2=("DODIK", "Dodik"), loc="sarajevo", date="2025-01-01", dp="year")
r("bih", "Republika Srpska's parliament then passed laws banning SIPA and the state court", "rs-2025-laws-banning-state-institutions", "SANCTION", a1=("RS_PARL", "Republika Srpska's parliament"), a2=("BIH_STATE", "SIPA"), loc="republika_srpska", date="2025-01-01", dp="year")
