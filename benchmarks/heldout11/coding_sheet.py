"""Coding sheet for the eleventh held-out gold set: compiled into events.jsonl by
benchmarks/heldout/build_gold.py --set benchmarks/heldout11.

Each row names its article (source file, index), a unique piece of the sentence, and the coded
fields; actor spans are given as the words in the sentence and turned into offsets by the builder.
Actors: key -> (name, country, sector, code). Locations: key -> (name, country, lat, lon, precision).
"""

ARTICLES = {
    "tza": ("arusha_daily_loliondo.txt", 0),
    "asm2": ("brahmaputra_herald_tinsukia.html", 0),
    "zmb2": ("copperbelt_times_chingola.txt", 0),
    "jam2": ("island_tribune_spanish_town.txt", 0),
    "bra": ("pantanal_post_caarapo.html", 0),
    "svk": ("wire_dec2026b.txt", 0),
    "com": ("wire_dec2026b.txt", 1),
    "zmb": ("wire_oct_dec2026.txt", 0),
    "asm": ("wire_oct_dec2026.txt", 1),
    "alb": ("wire_oct_dec2026.txt", 2),
    "jam": ("wire_oct_dec2026.txt", 3),
    "ing": ("wire_oct_dec2026.txt", 4),
}

A = {
    # Zambia
    "ZMB_POL": ("Zambia police", "ZMB", "POLICE", "ZMB.POLICE"),
    "HAMOONGA": ("Rae Hamoonga", "ZMB", "POLICE", "ZMB.POLICE"),
    "ZMB_MINERS": ("Chingola copper miners", "ZMB", "PROTESTER", "ZMB.PROTESTER"),
    "ZMB_COURT": ("Chingola court", "ZMB", "JUDICIARY", "ZMB.JUDICIARY"),
    "MUZ": ("Mineworkers Union of Zambia", "ZMB", "PROTESTER", "ZMB.PROTESTER"),
    "KABUSWE": ("Paul Kabuswe", "ZMB", "GOV", "ZMB.GOV"),
    "ZMB_GOV": ("Zambia government", "ZMB", "GOV", "ZMB.GOV"),
    "ZMB_COMPANY": ("Nchanga mine operator", "ZMB", "OTHER", "ZMB.OTHER"),
    "ZMB_CIV": ("Zambia civilians", "ZMB", "CIVILIAN", "ZMB.CIVILIAN"),
    "ZMB_PROT_2021": ("rally in Lusaka (2021)", "ZMB", "PROTESTER", "ZMB.PROTESTER"),
    "ZMB_ROADBLOCKERS": ("people blocking roads on Friday", "ZMB", "PROTESTER", "ZMB.PROTESTER"),
    "ZMB_FAMILIES": ("families of the dead miners", "ZMB", "CIVILIAN", "ZMB.CIVILIAN"),
    "MUNDUBILE": ("Brian Mundubile", "ZMB", "PARTY", "ZMB.PARTY"),
    # Assam
    "IND_REBELS": ("suspected separatist rebels (Tinsukia)", "IND", "REBEL", "IND.REBEL"),
    "ULFA_I": ("United Liberation Front of Asom-Independent (ULFA-I)", "IND", "REBEL", "ULFA-I"),
    "ULFA_FACTION": ("ULFA pro-talks faction", "IND", "REBEL", "ULFA"),
    "IND_MIL": ("Indian army", "IND", "MIL", "IND.MIL"),
    "IND_ARMY_SPOX": ("Indian army spokesman", "IND", "MIL", "IND.MIL"),
    "IND_SEC": ("Indian security forces (Tinsukia)", "IND", "POLICE", "IND.POLICE"),
    "IND_POL": ("Assam police", "IND", "POLICE", "IND.POLICE"),
    "SARMA": ("Himanta Biswa Sarma", "IND", "GOV", "IND.GOV"),
    "ASSAM_GOV": ("Assam state government", "IND", "GOV", "IND.GOV"),
    "IND_GOV": ("India federal government", "IND", "GOV", "IND.GOV"),
    "SHAH": ("Amit Shah", "IND", "GOV", "IND.GOV"),
    "IND_YOUTH": ("young people in Tinsukia district", "IND", "CIVILIAN", "IND.CIVILIAN"),
    "IND_DETAINEES": ("young men detained in Tinsukia district", "IND", "CIVILIAN", "IND.CIVILIAN"),
    "IND_CIV": ("Assam civilians", "IND", "CIVILIAN", "IND.CIVILIAN"),
    "IND_COMPANIES": ("oil and tea companies in Tinsukia district", "IND", "OTHER", "IND.OTHER"),
    "AASU": ("All Assam Students' Union (AASU)", "IND", "PROTESTER", "IND.PROTESTER"),
    # Albania
    "ALB_PROT": ("opposition supporters in Tirana", "ALB", "PROTESTER", "ALB.PROTESTER"),
    "ALB_POL": ("Albania police", "ALB", "POLICE", "ALB.POLICE"),
    "ALB_DP": ("Democratic Party of Albania", "ALB", "PARTY", "ALB.PARTY"),
    "BERISHA": ("Sali Berisha", "ALB", "PARTY", "ALB.PARTY"),
    "RAMA": ("Edi Rama", "ALB", "GOV", "ALB.GOV"),
    "ALB_GOV": ("Albania government", "ALB", "GOV", "ALB.GOV"),
    "EU_DEL": ("EU delegation to Albania", None, "IGO", "IGO.EU"),
    "ALB_PROT_2024": ("opposition protesters (2024)", "ALB", "PROTESTER", "ALB.PROTESTER"),
    "ALB_MPS_2024": ("Albanian opposition lawmakers (2024)", "ALB", "PARTY", "ALB.PARTY"),
    # Jamaica
    "JAM_GUNMEN": ("gunmen (Spanish Town street dance)", "JAM", "OTHER", "JAM.OTHER"),
    "KLANSMAN": ("Klansman gang", "JAM", "OTHER", "JAM.OTHER"),
    "JAM_CIV": ("Spanish Town street dance victims", "JAM", "CIVILIAN", "JAM.CIVILIAN"),
    "JAM_POL": ("Jamaica Constabulary Force", "JAM", "POLICE", "JAM.POLICE"),
    "JAM_MIL": ("Jamaica Defence Force", "JAM", "MIL", "JAM.MIL"),
    "JAM_SUSP": ("men arrested in Spanish Town", "JAM", "CIVILIAN", "JAM.CIVILIAN"),
    "HOLNESS": ("Andrew Holness", "JAM", "GOV", "JAM.GOV"),
    "JAM_PARL": ("Jamaica parliament", "JAM", "GOV", "JAM.GOV"),
    "JAM_GOV": ("Jamaica government", "JAM", "GOV", "JAM.GOV"),
    "JAM_CRIMINALS": ("criminal gangs in Jamaica", "JAM", "OTHER", "JAM.OTHER"),
    "GOLDING": ("Mark Golding", "JAM", "PARTY", "JAM.PARTY"),
    "JAM_RES": ("Spanish Town residents", "JAM", "PROTESTER", "JAM.PROTESTER"),
    "JAM_OPP_MPS": ("Jamaica opposition lawmakers", "JAM", "PARTY", "JAM.PARTY"),
    "JAM_CHURCH": ("St. Catherine church leaders", "JAM", "CIVILIAN", "JAM.CIVILIAN"),
    # Ingushetia
    "ISIS": ("Islamic State", None, "INSURGENT", "ISIS"),
    "RUS_POL": ("Ingushetia police", "RUS", "POLICE", "RUS.POLICE"),
    "RUS_INVCOM": ("Russia Investigative Committee", "RUS", "JUDICIARY", "RUS.JUDICIARY"),
    "NAK": ("Russia National Anti-Terrorism Committee", "RUS", "POLICE", "RUS.POLICE"),
    "RUS_SUSP": ("suspected accomplices detained in Karabulak", "RUS", "CIVILIAN", "RUS.CIVILIAN"),
    "KALIMATOV": ("Mahmud-Ali Kalimatov", "RUS", "GOV", "RUS.GOV"),
    "RUS_RELATIVES": ("relatives of the killed officers", "RUS", "CIVILIAN", "RUS.CIVILIAN"),
    "RUS_ATT_FAMILIES": ("families of the Nazran attackers", "RUS", "CIVILIAN", "RUS.CIVILIAN"),
    "KREMLIN": ("Kremlin", "RUS", "GOV", "RUS.GOV"),
    "ISIS_DAG": ("Islamic State-loyal militants (Dagestan)", "RUS", "INSURGENT", "ISIS"),
    "RUS_CIV": ("Dagestan civilians", "RUS", "CIVILIAN", "RUS.CIVILIAN"),
    # Brazil
    "BRA_GUNMEN": ("armed men (Caarapo attack)", "BRA", "OTHER", "BRA.OTHER"),
    "GK": ("Guarani-Kaiowa families (Caarapo camp)", "BRA", "CIVILIAN", "BRA.CIVILIAN"),
    "GK_PROT": ("Guarani-Kaiowa protesters", "BRA", "PROTESTER", "BRA.PROTESTER"),
    "ATY_GUASU": ("Aty Guasu (Guarani-Kaiowa assembly)", "BRA", "NGO", "BRA.NGO"),
    "BRA_FARMERS": ("farmers near Caarapo", "BRA", "CIVILIAN", "BRA.CIVILIAN"),
    "BRA_GOV": ("Brazil federal government", "BRA", "GOV", "BRA.GOV"),
    "FARM_OWNER": ("owner of the occupied farm", "BRA", "CIVILIAN", "BRA.CIVILIAN"),
    "BRA_FEDPOL": ("Brazil federal police", "BRA", "POLICE", "BRA.POLICE"),
    "BRA_SUSP": ("men detained over the Caarapo attack", "BRA", "CIVILIAN", "BRA.CIVILIAN"),
    "LEWANDOWSKI": ("Ricardo Lewandowski", "BRA", "GOV", "BRA.GOV"),
    "BRA_PROSEC": ("Brazil federal prosecutors", "BRA", "JUDICIARY", "BRA.JUDICIARY"),
    "GUAJAJARA": ("Sonia Guajajara", "BRA", "GOV", "BRA.GOV"),
    "FAMASUL": ("Famasul (rural producers' association)", "BRA", "OTHER", "BRA.OTHER"),
    "GK_2016": ("Guarani-Kaiowa health worker (2016)", "BRA", "CIVILIAN", "BRA.CIVILIAN"),
    # Tanzania
    "TZA_RANGERS": ("Tanzania wildlife rangers", "TZA", "POLICE", "TZA.POLICE"),
    "MAASAI": ("Maasai herders (Loliondo)", "TZA", "CIVILIAN", "TZA.CIVILIAN"),
    "TZA_POL": ("Tanzania police", "TZA", "POLICE", "TZA.POLICE"),
    "MASEJO": ("Justine Masejo", "TZA", "POLICE", "TZA.POLICE"),
    "MAASAI_LEADERS": ("Maasai leaders", "TZA", "CIVILIAN", "TZA.CIVILIAN"),
    "MAASAI_WOMEN": ("Maasai women marching in Wasso", "TZA", "PROTESTER", "TZA.PROTESTER"),
    "SAKULO": ("Kanali Wilson Sakulo", "TZA", "GOV", "TZA.GOV"),
    "CHADEMA": ("Chadema", "TZA", "PARTY", "TZA.PARTY"),
    "TZA_GOV": ("Tanzania government", "TZA", "GOV", "TZA.GOV"),
    "MAASAI_PROT_2022": ("Maasai protesters (2022)", "TZA", "PROTESTER", "TZA.PROTESTER"),
    "OHCHR": ("UN human rights office", None, "IGO", "IGO.UN"),
    # Slovakia
    "SVK_PROT": ("anti-government protesters in Slovakia", "SVK", "PROTESTER", "SVK.PROTESTER"),
    "PFU": ("Peace for Ukraine (organisers)", "SVK", "NGO", "SVK.NGO"),
    "SVK_POL": ("Slovakia police", "SVK", "POLICE", "SVK.POLICE"),
    "FICO": ("Robert Fico", "SVK", "GOV", "SVK.GOV"),
    "SVK_GOV": ("Slovakia government", "SVK", "GOV", "SVK.GOV"),
    "EC": ("European Commission", None, "IGO", "IGO.EU"),
    "SVK_PROT_2018": ("Slovak protesters (2018)", "SVK", "PROTESTER", "SVK.PROTESTER"),
    "KUCIAK": ("Jan Kuciak", "SVK", "MEDIA", "SVK.MEDIA"),
    # Comoros
    "COM_POL": ("Comoros police", "COM", "POLICE", "COM.POLICE"),
    "COM_PROT": ("Mutsamudu protesters", "COM", "PROTESTER", "COM.PROTESTER"),
    "COM_GOV": ("Comoros government", "COM", "GOV", "COM.GOV"),
    "COM_OPP": ("Comoros opposition politicians", "COM", "PARTY", "COM.PARTY"),
    "DAOUDOU": ("Mohamed Daoudou", "COM", "PARTY", "COM.PARTY"),
    "AZALI": ("Azali Assoumani", "COM", "GOV", "COM.GOV"),
    "MAHAMOUD": ("Fakridine Mahamoud", "COM", "GOV", "COM.GOV"),
    "ANJ_MILITIA": ("Anjouan separatist militias (1997)", "COM", "REBEL", "COM.REBEL"),
    "COM_MIL": ("Comoros federal troops", "COM", "MIL", "COM.MIL"),
}

L = {
    # Zambia
    "chingola": ("Chingola", "ZMB", -12.52897, 27.88382, "city"),
    "copperbelt": ("Kitwe and Chililabombwe (Copperbelt province)", "ZMB", -12.95867, 28.63659, "admin1"),
    "lusaka": ("Lusaka", "ZMB", -15.40669, 28.28713, "city"),
    # Assam
    "tinsukia_district": ("near the Arunachal Pradesh border, Tinsukia district", "IND", 27.48905, 95.35992, "district"),
    "kakopathar": ("forest near Kakopathar (Tinsukia district)", "IND", 27.48905, 95.35992, "district"),
    "tinsukia": ("Tinsukia", "IND", 27.48905, 95.35992, "city"),
    "assam": ("Assam", "IND", 26.13564, 91.80069, "admin1"),
    # Albania
    "tirana": ("Tirana", "ALB", 41.32744, 19.81866, "city"),
    "albania": ("Albania", "ALB", 41.32744, 19.81866, "country"),
    # Jamaica
    "spanish_town": ("Spanish Town", "JAM", 17.99107, -76.95742, "city"),
    "portmore": ("Portmore", "JAM", 17.97102, -76.88691, "city"),
    "st_catherine": ("St. Catherine parish", "JAM", 17.99107, -76.95742, "admin1"),
    # Ingushetia
    "nazran": ("Nazran", "RUS", 43.22597, 44.77323, "city"),
    "karabulak": ("Karabulak", "RUS", 43.30513, 44.89949, "city"),
    "dagestan": ("Dagestan", "RUS", 42.97782, 47.50027, "admin1"),
    # Brazil
    "caarapo": ("camp on a farm near Caarapo", "BRA", -22.63417, -54.82222, "city"),
    "dourados": ("highway BR-163 near Dourados", "BRA", -22.22111, -54.80556, "city"),
    # Tanzania
    "loliondo": ("Loliondo division, Ngorongoro district", "TZA", -2.05, 35.62, "district"),
    "wasso": ("Wasso, Ngorongoro district", "TZA", -2.05, 35.62, "district"),
    # Slovakia
    "bratislava": ("Bratislava", "SVK", 48.14816, 17.10674, "city"),
    "slovakia": ("Slovakia", "SVK", 48.14816, 17.10674, "country"),
    # Comoros
    "mutsamudu": ("Mutsamudu", "COM", -12.16672, 44.39944, "city"),
    "anjouan": ("Anjouan", "COM", -12.16672, 44.39944, "admin1"),
}

R = []


def r(art, sent, inc, typ, mode=None, status="reported", a1=None, a2=None, loc=None,
      date=None, dp=None, fat=None, inj=None, attr=None):
    if date is not None and dp is None:
        dp = "day"
    R.append(dict(art=art, sent=sent, inc=inc, typ=typ, mode=mode, status=status, a1=a1, a2=a2,
                  loc=loc, date=date, dp=dp, fat=fat, inj=inj, attr=attr))


CHG_PROTEST = "chingola-2026-11-16-miners-protest"
CHG_TEARGAS = "chingola-2026-11-16-police-tear-gas"
CHG_SHOOTING = "chingola-2026-11-16-police-shoot-protesters"
CHG_ARRESTS = "chingola-2026-11-16-43-arrested"
ZMB_STRIKE = "copperbelt-2026-11-20-miners-strike"
ZMB_TALKS = "chingola-2026-11-18-kabuswe-meets-union-and-company"
AMBUSH = "tinsukia-2026-11-22-ulfa-i-ambush-on-army-convoy"
ASM_DET = "tinsukia-2026-11-23-army-detains-young-men"
ASM_BEAT = "tinsukia-2026-11-detainees-beaten-in-custody"
ASM_2018 = "tinsukia-2018-11-five-men-shot-dead"
TIRANA = "tirana-2026-12-02-opposition-protest"
TIRANA_TG = "tirana-2026-12-02-police-tear-gas-water-cannon"
ST_SHOOT = "spanish-town-2026-10-24-street-dance-shooting"
JAM_DEPLOY = "spanish-town-2026-10-soldiers-deployed"
NAZRAN = "nazran-2026-10-12-is-attack-on-police-checkpoint"
CAARAPO = "caarapo-2026-11-28-attack-on-guarani-kaiowa-camp"
LOLIONDO = "loliondo-2026-11-08-rangers-herders-clash"
BRATISLAVA = "bratislava-2026-12-05-rally-against-fico"
MUTSAMUDU = "mutsamudu-2025-03-03-water-protest"

# ---------------------------------------------------------------- wire #0 Zambia (pub 2026-11-17)
S = "Zambian police fired tear gas and live rounds at hundreds of copper miners"
r("zmb", S, CHG_TEARGAS, "COERCE", "tear-gas", a1=("ZMB_POL", "Zambian police"), a2=("ZMB_MINERS", "hundreds of copper miners"), loc="chingola", date="2026-11-16", attr="a union official")
r("zmb", S, CHG_SHOOTING, "ASSAULT", "firearms", a1=("ZMB_POL", "Zambian police"), a2=("ZMB_MINERS", "hundreds of copper miners"), loc="chingola", date="2026-11-16", fat=1, inj=4, attr="a union official")
r("zmb", S, CHG_PROTEST, "PROTEST", "demonstration", a1=("ZMB_MINERS", "hundreds of copper miners"), loc="chingola", date="2026-11-16", attr="a union official")
r("zmb", "burned tyres and threw stones at a police station", CHG_PROTEST, "PROTEST", "riot", a1=("ZMB_MINERS", "The miners"), a2=("ZMB_POL", "a police station"), loc="chingola", date="2026-11-16")
S = "officers had fired warning shots only after protesters tried to set fire"
r("zmb", S, CHG_SHOOTING, "ASSAULT", "firearms", status="denied", a1=("HAMOONGA", "Police spokesperson Rae Hamoonga"), a2=("ZMB_MINERS", None), loc="chingola", date="2026-11-16", attr="Police spokesperson Rae Hamoonga")
r("zmb", S, CHG_PROTEST, "PROTEST", "riot", a1=("ZMB_MINERS", "protesters"), a2=("ZMB_POL", "the station"), loc="chingola", date="2026-11-16", attr="Police spokesperson Rae Hamoonga")
r("zmb", "Nobody was shot by the police", CHG_SHOOTING, "ASSAULT", "firearms", status="denied", a1=("HAMOONGA", "she"), a2=("ZMB_MINERS", None), loc="chingola", date="2026-11-16", attr="Rae Hamoonga")
S = "Forty-three people were arrested on Monday"
r("zmb", S, CHG_ARRESTS, "COERCE", "arrest", a1=("ZMB_POL", None), a2=("ZMB_MINERS", "Forty-three people"), loc="chingola", date="2026-11-16", attr="she")
r("zmb", S, "chingola-2026-11-19-court-appearance", "COERCE", status="planned", a1=("ZMB_COURT", None), a2=("ZMB_MINERS", "Forty-three people"), loc="chingola", date="2026-11-19", attr="she")
S = "The Mineworkers Union of Zambia accused the police of using excessive force"
r("zmb", S, "zmb-2026-11-17-union-accuses-police", "ACCUSE", a1=("MUZ", "The Mineworkers Union of Zambia"), a2=("ZMB_POL", "the police"), date="2026-11-17")
r("zmb", S, ZMB_STRIKE, "PROTEST", "strike", status="threatened", a1=("MUZ", "The Mineworkers Union of Zambia"), a2=("ZMB_COMPANY", None), loc="copperbelt", date="2026-11-20")
S = "Mines Minister Paul Kabuswe called for calm"
r("zmb", S, "zmb-2026-11-17-kabuswe-calls-for-calm", "REQUEST", a1=("KABUSWE", "Mines Minister Paul Kabuswe"), date="2026-11-17")
r("zmb", S, ZMB_TALKS, "CONSULT", "meeting", status="planned", a1=("KABUSWE", "Mines Minister Paul Kabuswe"), a2=("MUZ", "union leaders"), loc="chingola", date="2026-11-18")
S = "In 2021, two people were shot dead when police broke up a rally in Lusaka"
r("zmb", S, "lusaka-2021-police-shoot-two-at-rally", "ASSAULT", "firearms", a1=("ZMB_POL", "police"), a2=("ZMB_CIV", "two people"), loc="lusaka", date="2021-01-01", dp="year", fat=2)
r("zmb", S, "lusaka-2021-police-break-up-rally", "COERCE", a1=("ZMB_POL", "police"), a2=("ZMB_PROT_2021", "a rally"), loc="lusaka", date="2021-01-01", dp="year")

# ---------------------------------------------------------------- copperbelt_times (pub 2026-11-18)
r("zmb2", "A second miner has died from gunshot wounds", CHG_SHOOTING, "ASSAULT", "firearms", a1=("ZMB_POL", None), a2=("ZMB_MINERS", "A second miner"), loc="chingola", date="2026-11-16", fat=2, attr="his family and a doctor at Nchanga North Hospital")
r("zmb2", "said both men had bullet wounds, contradicting the police account", CHG_SHOOTING, "ASSAULT", "firearms", a1=("ZMB_POL", None), a2=("ZMB_MINERS", "both men"), loc="chingola", date="2026-11-16", fat=2, attr="The doctor")
S = "The Mineworkers Union of Zambia confirmed that its members"
r("zmb2", S, ZMB_STRIKE, "PROTEST", "strike", status="planned", a1=("MUZ", "The Mineworkers Union of Zambia"), a2=("ZMB_COMPANY", None), loc="copperbelt", date="2026-11-20")
r("zmb2", S, "zmb-2026-11-18-union-calls-for-inquiry", "REQUEST", a1=("MUZ", "The Mineworkers Union of Zambia"), a2=("ZMB_GOV", "the government"), date="2026-11-18")
r("zmb2", "Mines Minister Paul Kabuswe arrived in Chingola on Wednesday morning", ZMB_TALKS, "CONSULT", "meeting", a1=("KABUSWE", "Mines Minister Paul Kabuswe"), a2=("MUZ", "union leaders"), loc="chingola", date="2026-11-18")
r("zmb2", "the company had agreed to suspend the layoffs for 30 days", "chingola-2026-11-18-company-suspends-layoffs", "CONCEDE", a1=("ZMB_COMPANY", "the company"), a2=("MUZ", None), date="2026-11-18", attr="Paul Kabuswe")
S = "The union said the suspension was not enough"
r("zmb2", S, "chingola-2026-11-18-union-rejects-suspension", "REJECT", a1=("MUZ", "The union"), a2=("ZMB_COMPANY", None), date="2026-11-18")
r("zmb2", S, ZMB_STRIKE, "PROTEST", "strike", status="planned", a1=("MUZ", "The union"), a2=("ZMB_COMPANY", None), loc="copperbelt", date="2026-11-20")
r("zmb2", "officers had been attacked with stones and that six of them were treated", CHG_PROTEST, "PROTEST", "riot", a1=("ZMB_MINERS", None), a2=("ZMB_POL", "officers"), loc="chingola", date="2026-11-16", inj=6, attr="Police spokesperson Rae Hamoonga")
r("zmb2", "would not tolerate \"lawlessness\"", "zmb-2026-11-17-police-warn-road-blockers", "THREATEN", a1=("HAMOONGA", "She"), a2=("ZMB_ROADBLOCKERS", "anyone who blocked roads"), date="2026-11-17")
r("zmb2", "were released on police bond on Tuesday evening", "chingola-2026-11-17-detainees-released-on-bond", "CONCEDE", a1=("ZMB_POL", None), a2=("ZMB_MINERS", "The 43 people arrested on Monday"), loc="chingola", date="2026-11-17", attr="their lawyer")
S = "Opposition leader Brian Mundubile visited the families"
r("zmb2", S, "chingola-2026-11-18-mundubile-visits-families", "CONSULT", "visit", a1=("MUNDUBILE", "Opposition leader Brian Mundubile"), a2=("ZMB_FAMILIES", "the families of the dead men"), loc="chingola", date="2026-11-18")
r("zmb2", S, "zmb-2026-11-18-mundubile-accuses-government", "ACCUSE", a1=("MUNDUBILE", "Opposition leader Brian Mundubile"), a2=("ZMB_GOV", "the government"), date="2026-11-18")

# ---------------------------------------------------------------- wire #1 Assam (pub 2026-11-24)
r("asm", "Suspected separatist rebels ambushed an army convoy", AMBUSH, "ASSAULT", "firearms", a1=("IND_REBELS", "Suspected separatist rebels"), a2=("IND_MIL", "an army convoy"), loc="tinsukia_district", date="2026-11-22", fat=3, inj=5, attr="the army")
r("asm", "The attack took place near the border with Arunachal Pradesh", AMBUSH, "ASSAULT", "firearms", a1=("IND_REBELS", None), a2=("IND_MIL", "the convoy"), loc="tinsukia_district", date="2026-11-22", attr="an army spokesman")
r("asm", "Soldiers returned fire and the attackers escaped", AMBUSH, "ASSAULT", "firearms", a1=("IND_MIL", "Soldiers"), a2=("IND_REBELS", "the attackers"), loc="tinsukia_district", date="2026-11-22", attr="he")
r("asm", "A search operation was launched overnight", "tinsukia-2026-11-23-search-operation", "MOBILIZE", a1=("IND_MIL", None), loc="tinsukia_district", date="2026-11-23")
r("asm", "No group claimed the ambush, but police blamed", "tinsukia-2026-11-24-police-blame-ulfa-i", "ACCUSE", a1=("IND_POL", "police"), a2=("ULFA_I", "United Liberation Front of Asom-Independent (ULFA-I)"), date="2026-11-24")
r("asm", "Last year the ULFA-I claimed a series of small bomb blasts", "assam-2025-08-15-ulfa-i-independence-day-blasts", "ASSAULT", "explosion", status="claimed", a1=("ULFA_I", "the ULFA-I"), loc="assam", date="2025-08-15", attr="the ULFA-I")
S = "Chief Minister Himanta Biswa Sarma condemned the ambush"
r("asm", S, "assam-2026-11-24-sarma-condemns-ambush", "ACCUSE", a1=("SARMA", "Chief Minister Himanta Biswa Sarma"), a2=("IND_REBELS", "the attackers"), date="2026-11-24")
r("asm", S, "assam-2026-11-24-sarma-vows-to-hunt-attackers", "THREATEN", a1=("SARMA", "Chief Minister Himanta Biswa Sarma"), a2=("IND_REBELS", "the attackers"), date="2026-11-24")
r("asm", "He urged young people in the district", "tinsukia-2026-11-24-sarma-urges-youth", "REQUEST", a1=("SARMA", "He"), a2=("IND_YOUTH", "young people in the district"), date="2026-11-24")
r("asm", "The state government ordered a night curfew", "tinsukia-2026-11-23-night-curfew", "COERCE", "curfew", a1=("ASSAM_GOV", "The state government"), loc="tinsukia_district", date="2026-11-23")
S = "A faction of the ULFA signed a peace agreement"
r("asm", S, "ind-2023-12-ulfa-faction-peace-agreement", "AGREE", a1=("ULFA_FACTION", "A faction of the ULFA"), a2=("IND_GOV", "the federal government"), date="2023-12-01", dp="month")
r("asm", S, "ind-ulfa-i-rejects-peace-deal", "REJECT", a1=("ULFA_I", "the ULFA-I"), a2=("IND_GOV", None))
r("asm", "Residents said soldiers had detained at least a dozen young men", ASM_DET, "COERCE", "arrest", a1=("IND_MIL", "soldiers"), a2=("IND_DETAINEES", "at least a dozen young men"), loc="tinsukia_district", date="2026-11-23", attr="Residents")

# ---------------------------------------------------------------- brahmaputra_herald (pub 2026-11-25)
r("asm2", "on Tuesday claimed responsibility for Sunday night's ambush", AMBUSH, "ASSAULT", "firearms", status="claimed", a1=("ULFA_I", "United Liberation Front of Asom-Independent (ULFA-I)"), a2=("IND_MIL", "an army convoy"), loc="tinsukia_district", date="2026-11-22", fat=7, attr="the ULFA-I")
S = "The army put the toll at three soldiers killed"
r("asm2", S, AMBUSH, "ASSAULT", "firearms", a1=("ULFA_I", None), a2=("IND_MIL", "three soldiers"), loc="tinsukia_district", date="2026-11-22", fat=3, inj=5, attr="The army")
r("asm2", S, "tinsukia-2026-11-25-army-dismisses-ulfa-i-figure", "ACCUSE", a1=("IND_MIL", "The army"), a2=("ULFA_I", "the group"), date="2026-11-25")
r("asm2", "Two suspected ULFA-I cadres were killed in an encounter", "kakopathar-2026-11-25-two-ulfa-i-cadres-killed", "ASSAULT", "firearms", status="claimed", a1=("IND_SEC", "security forces"), a2=("ULFA_I", "Two suspected ULFA-I cadres"), loc="kakopathar", date="2026-11-25", fat=2, attr="a police officer in Tinsukia")
r("asm2", "An AK-56 rifle and grenades were recovered", "kakopathar-2026-11-25-weapons-recovered", "COERCE", "seize", a1=("IND_SEC", None), loc="kakopathar", date="2026-11-25", attr="he")
r("asm2", "oil and tea companies operating in the district", "tinsukia-2026-11-24-ulfa-i-threatens-companies", "THREATEN", a1=("ULFA_I", "The group"), a2=("IND_COMPANIES", "oil and tea companies operating in the district"), date="2026-11-24")
S = "staged a sit-in outside the deputy commissioner's office in Tinsukia"
r("asm2", S, "tinsukia-2026-11-25-aasu-sit-in", "PROTEST", "demonstration", a1=("AASU", "Hundreds of members of the All Assam Students' Union (AASU)"), loc="tinsukia", date="2026-11-25")
r("asm2", S, ASM_DET, "COERCE", "arrest", a1=("IND_MIL", "the army"), a2=("IND_DETAINEES", "the young men"), loc="tinsukia_district", date="2026-11-23")
S = "They said at least 14 men had been picked up"
r("asm2", S, ASM_DET, "COERCE", "arrest", a1=("IND_MIL", None), a2=("IND_DETAINEES", "at least 14 men"), loc="tinsukia_district", date="2026-11-23", attr="They")
r("asm2", S, ASM_BEAT, "ASSAULT", "beating", a1=("IND_MIL", None), a2=("IND_DETAINEES", "two of them"), loc="tinsukia_district", date="2026-11-23", dp="week", attr="They")
S = "An army spokesman denied that anyone had been mistreated"
r("asm2", S, ASM_BEAT, "ASSAULT", "beating", status="denied", a1=("IND_ARMY_SPOX", "An army spokesman"), a2=("IND_DETAINEES", None), loc="tinsukia_district", date="2026-11-23", dp="week", attr="An army spokesman")
r("asm2", S, "tinsukia-2026-11-25-nine-detainees-released", "CONCEDE", a1=("IND_MIL", None), a2=("IND_DETAINEES", "nine of the men"), loc="tinsukia_district", date="2026-11-25", attr="An army spokesman")
S = "the government was ready to hold talks with the ULFA-I"
r("asm2", S, "assam-ulfa-i-talks-offer", "CONSULT", "talks", status="hypothetical", a1=("ASSAM_GOV", "the government"), a2=("ULFA_I", "the ULFA-I"))
r("asm2", S, "assam-2026-11-25-sarma-rules-out-sovereignty-talks", "REJECT", a1=("SARMA", "Chief Minister Himanta Biswa Sarma"), a2=("ULFA_I", None), date="2026-11-25")
S = "Union Home Minister Amit Shah spoke to Sarma by phone on Monday"
r("asm2", S, "ind-2026-11-23-shah-sarma-phone-call", "CONSULT", "phone-call", a1=("SHAH", "Union Home Minister Amit Shah"), a2=("SARMA", "Sarma"), date="2026-11-23")
r("asm2", S, "tinsukia-2026-11-central-paramilitary-reinforcements", "MOBILIZE", status="planned", a1=("SHAH", "Union Home Minister Amit Shah"), loc="tinsukia_district")
S = "In November 2018, five men were shot dead in Tinsukia district"
r("asm2", S, ASM_2018, "ASSAULT", "firearms", a2=("IND_CIV", "five men"), loc="tinsukia_district", date="2018-11-01", dp="month", fat=5)
r("asm2", S, "tinsukia-2018-11-police-blame-ulfa-i", "ACCUSE", a1=("IND_POL", "police"), a2=("ULFA_I", "the ULFA-I"), date="2018-11-01", dp="month")
r("asm2", "The group denied any role in the killings.", ASM_2018, "ASSAULT", "firearms", status="denied", a1=("ULFA_I", "The group"), a2=("IND_CIV", None), loc="tinsukia_district", date="2018-11-01", dp="month", attr="The group")

# ---------------------------------------------------------------- wire #2 Albania (pub 2026-12-03)
r("alb", "Thousands of opposition supporters rallied outside", TIRANA, "PROTEST", "riot", a1=("ALB_PROT", "Thousands of opposition supporters"), a2=("ALB_GOV", None), loc="tirana", date="2026-12-02")
r("alb", "Police used water cannon and tear gas to disperse the crowd", TIRANA_TG, "COERCE", "tear-gas", a1=("ALB_POL", "Police"), a2=("ALB_PROT", "the crowd"), loc="tirana", date="2026-12-02")
S = "Eleven police officers and three protesters were injured"
r("alb", S, TIRANA, "PROTEST", "riot", a1=("ALB_PROT", None), a2=("ALB_POL", "Eleven police officers"), loc="tirana", date="2026-12-02", inj=11, attr="police")
r("alb", S, TIRANA_TG, "COERCE", "tear-gas", a1=("ALB_POL", None), a2=("ALB_PROT", "three protesters"), loc="tirana", date="2026-12-02", inj=3, attr="police")
r("alb", S, "tirana-2026-12-02-27-detained", "COERCE", "arrest", a1=("ALB_POL", "police"), a2=("ALB_PROT", "27 people"), loc="tirana", date="2026-12-02", attr="police")
S = "whose leader Sali Berisha accused Prime Minister Edi Rama"
r("alb", S, "alb-2026-12-03-berisha-accuses-rama", "ACCUSE", a1=("BERISHA", "Sali Berisha"), a2=("RAMA", "Prime Minister Edi Rama"), date="2026-12-03")
r("alb", S, "alb-dp-vows-continued-protests", "PROTEST", "demonstration", status="planned", a1=("BERISHA", "Sali Berisha"), a2=("RAMA", "he"))
r("alb", "Rama dismissed the accusations", "alb-2026-12-03-rama-dismisses-accusations", "ACCUSE", a1=("RAMA", "Rama"), a2=("ALB_DP", None), date="2026-12-03")
r("alb", "Those who throw Molotov cocktails will face the law", "alb-2026-12-03-rama-warns-protesters", "THREATEN", a1=("RAMA", "he"), a2=("ALB_PROT", "Those who throw Molotov cocktails"), date="2026-12-03")
r("alb", "The Democratic Party said it would hold another rally next week.", "tirana-2026-12-10-dp-planned-rally", "PROTEST", "demonstration", status="planned", a1=("ALB_DP", "The Democratic Party"), loc="tirana", date="2026-12-10", dp="week")
S = "The European Union's delegation in Tirana condemned the violence"
r("alb", S, "alb-2026-12-03-eu-condemns-violence", "ACCUSE", a1=("EU_DEL", "The European Union's delegation in Tirana"), a2=("ALB_PROT", None), date="2026-12-03")
r("alb", S, "alb-2026-12-03-eu-urges-dialogue", "REQUEST", a1=("EU_DEL", "The European Union's delegation in Tirana"), a2=("ALB_GOV", "all sides"), date="2026-12-03")
S = "Similar protests turned violent several times in 2024"
r("alb", S, "albania-2024-violent-opposition-protests", "PROTEST", "riot", a1=("ALB_PROT_2024", None), loc="albania", date="2024-01-01", dp="year")
r("alb", S, "tirana-2024-smoke-bombs-in-parliament", "PROTEST", a1=("ALB_MPS_2024", "opposition lawmakers"), loc="tirana", date="2024-01-01", dp="year")

# ---------------------------------------------------------------- wire #3 Jamaica (pub 2026-10-27)
r("jam", "Gunmen opened fire on a street dance in Spanish Town", ST_SHOOT, "ASSAULT", "firearms", a1=("JAM_GUNMEN", "Gunmen"), a2=("JAM_CIV", "five people"), loc="spanish_town", date="2026-10-24", fat=5, inj=7, attr="police")
S = "are believed to be members of the Klansman gang"
r("jam", S, ST_SHOOT, "ASSAULT", "firearms", a1=("JAM_GUNMEN", "The attackers"), a2=("JAM_CIV", "the crowd"), loc="spanish_town", date="2026-10-24", attr="police")
r("jam", S, "spanish-town-2026-10-27-police-blame-klansman", "ACCUSE", a1=("JAM_POL", "police"), a2=("KLANSMAN", "the Klansman gang"), date="2026-10-27")
r("jam", S, "jam-2026-10-gang-member-killed-last-week", "ASSAULT", a2=("KLANSMAN", "a gang member"), date="2026-10-20", dp="week", fat=1)
r("jam", "Police and soldiers raided several houses", "spanish-town-2026-10-25-raids-four-arrested", "COERCE", "arrest", a1=("JAM_POL", "Police and soldiers"), a2=("JAM_SUSP", "four men"), loc="spanish_town", date="2026-10-25")
r("jam", "Two rifles were seized.", "spanish-town-2026-10-25-rifles-seized", "COERCE", "seize", a1=("JAM_POL", None), loc="spanish_town", date="2026-10-25")
S = "about 300 soldiers would be sent to Spanish Town"
r("jam", S, JAM_DEPLOY, "MOBILIZE", status="planned", a1=("JAM_MIL", "about 300 soldiers"), loc="spanish_town")
r("jam", S, "jam-2026-10-26-holness-asks-parliament-for-state-of-emergency", "REQUEST", a1=("HOLNESS", "Prime Minister Andrew Holness"), a2=("JAM_PARL", "parliament"), date="2026-10-26")
r("jam", "We will not allow criminals to hold this country to ransom", "jam-2026-10-26-holness-warns-criminals", "THREATEN", a1=("HOLNESS", "he"), a2=("JAM_CRIMINALS", "criminals"), date="2026-10-26")
r("jam", "Opposition leader Mark Golding criticised the government", "jam-2026-10-27-golding-criticises-government", "ACCUSE", a1=("GOLDING", "Opposition leader Mark Golding"), a2=("JAM_GOV", "the government"), date="2026-10-27")
r("jam", "Residents of the community blocked roads with debris on Monday", "spanish-town-2026-10-26-residents-block-roads", "PROTEST", "demonstration", a1=("JAM_RES", "Residents of the community"), loc="spanish_town", date="2026-10-26")

# ---------------------------------------------------------------- island_tribune (pub 2026-10-28)
S = "A sixth victim of Saturday night's shooting"
r("jam2", S, ST_SHOOT, "ASSAULT", "firearms", a1=("JAM_GUNMEN", None), a2=("JAM_CIV", "A sixth victim"), loc="spanish_town", date="2026-10-24", fat=6, attr="police")
r("jam2", S, JAM_DEPLOY, "MOBILIZE", a1=("JAM_MIL", "the first soldiers of a 300-strong deployment"), loc="spanish_town", date="2026-10-28")
r("jam2", "they had arrested a man they described as a senior figure", "portmore-2026-10-28-klansman-figure-arrested", "COERCE", "arrest", a1=("JAM_POL", "Police"), a2=("KLANSMAN", "a man they described as a senior figure in the Klansman gang"), loc="portmore", date="2026-10-28")
r("jam2", "Opposition lawmakers voted against it.", "jam-2026-10-27-opposition-votes-against-state-of-emergency", "REJECT", a1=("JAM_OPP_MPS", "Opposition lawmakers"), a2=("JAM_GOV", None), date="2026-10-27")
r("jam2", "the soldiers had begun searching houses", "spanish-town-2026-10-28-soldiers-search-houses", "COERCE", a1=("JAM_MIL", "the soldiers"), loc="spanish_town", date="2026-10-28", attr="Residents")
S = "Church leaders in the parish called on gang members"
r("jam2", S, "st-catherine-2026-10-28-church-leaders-appeal-to-gangs", "REQUEST", a1=("JAM_CHURCH", "Church leaders in the parish"), a2=("JAM_CRIMINALS", "gang members"), date="2026-10-28")
r("jam2", S, "st-catherine-2026-10-31-prayer-march", "PROTEST", "demonstration", status="planned", a1=("JAM_CHURCH", "they"), loc="st_catherine", date="2026-10-31")

# ---------------------------------------------------------------- wire #4 Ingushetia (pub 2026-10-13)
r("ing", "Two police officers were shot dead at a traffic checkpoint in Nazran", NAZRAN, "ASSAULT", "firearms", a1=("ISIS", None), a2=("RUS_POL", "Two police officers"), loc="nazran", date="2026-10-12", fat=2, attr="Russia's Investigative Committee")
r("ing", "Two attackers armed with pistols and a knife were killed", "nazran-2026-10-12-attackers-shot-dead", "ASSAULT", "firearms", a1=("RUS_POL", "other officers"), a2=("ISIS", "Two attackers"), loc="nazran", date="2026-10-12", fat=2, attr="it")
r("ing", "The Islamic State group claimed responsibility", NAZRAN, "ASSAULT", "firearms", status="claimed", a1=("ISIS", "The Islamic State group"), a2=("RUS_POL", None), loc="nazran", date="2026-10-12", attr="Islamic State")
S = "it had detained three suspected accomplices in the town of Karabulak"
r("ing", S, "karabulak-2026-10-13-three-accomplices-detained", "COERCE", "arrest", a1=("NAK", "Russia's National Anti-Terrorism Committee"), a2=("RUS_SUSP", "three suspected accomplices"), loc="karabulak", date="2026-10-13")
r("ing", S, "karabulak-2026-10-13-explosives-found", "COERCE", "seize", a1=("NAK", "Russia's National Anti-Terrorism Committee"), loc="karabulak", date="2026-10-13")
S = "Ingushetia's head Mahmud-Ali Kalimatov met relatives of the officers"
r("ing", S, "ingushetia-2026-10-13-kalimatov-meets-relatives", "CONSULT", "meeting", a1=("KALIMATOV", "Ingushetia's head Mahmud-Ali Kalimatov"), a2=("RUS_RELATIVES", "relatives of the officers"), date="2026-10-13")
r("ing", S, "ingushetia-2026-10-13-kalimatov-threatens-attackers-families", "THREATEN", a1=("KALIMATOV", "Ingushetia's head Mahmud-Ali Kalimatov"), a2=("RUS_ATT_FAMILIES", "the attackers' families"), date="2026-10-13")
r("ing", "The Kremlin said there would be no let-up", "rus-2026-10-13-kremlin-vows-no-let-up", "THREATEN", a1=("KREMLIN", "The Kremlin"), date="2026-10-13")
r("ing", "Militants loyal to Islamic State attacked a church and a synagogue", "dagestan-2024-06-church-synagogue-attacks", "ASSAULT", "firearms", a1=("ISIS_DAG", "Militants loyal to Islamic State"), a2=("RUS_CIV", "a church and a synagogue"), loc="dagestan", date="2024-06-01", dp="month", fat=22)

# ---------------------------------------------------------------- pantanal_post (pub 2026-12-01)
r("bra", "A Guarani-Kaiowá man was shot dead and three other indigenous people", CAARAPO, "ASSAULT", "firearms", a1=("BRA_GUNMEN", "armed men"), a2=("GK", "A Guarani-Kaiowá man"), loc="caarapo", date="2026-11-28", fat=1, inj=3, attr="indigenous leaders and the federal police")
r("bra", "About 60 families had occupied part of the farm a week earlier", "caarapo-2026-11-21-land-occupation", "PROTEST", "demonstration", a1=("GK", "About 60 families"), loc="caarapo", date="2026-11-21", dp="week")
r("bra", "Witnesses said the gunmen arrived in pickup trucks", CAARAPO, "ASSAULT", "firearms", a1=("BRA_GUNMEN", "the gunmen"), a2=("GK", "the families"), loc="caarapo", date="2026-11-28", attr="Witnesses")
S = "The Aty Guasu, the Guarani-Kaiowá assembly, accused local farmers"
r("bra", S, "caarapo-2026-12-01-aty-guasu-accuses-farmers", "ACCUSE", a1=("ATY_GUASU", "The Aty Guasu"), a2=("BRA_FARMERS", "local farmers"), date="2026-12-01")
r("bra", S, "caarapo-2026-12-01-aty-guasu-demands-protection", "REQUEST", a1=("ATY_GUASU", "The Aty Guasu"), a2=("BRA_GOV", "the federal government"), date="2026-12-01")
S = "neither he nor his employees had been involved in the attack"
r("bra", S, CAARAPO, "ASSAULT", "firearms", status="denied", a1=("FARM_OWNER", "The farm's owner"), a2=("GK", None), loc="caarapo", date="2026-11-28", attr="The farm's owner")
r("bra", S, "caarapo-2026-12-01-owner-accuses-families-of-invasion", "ACCUSE", a1=("FARM_OWNER", "The farm's owner"), a2=("GK", "the indigenous families"), date="2026-12-01")
r("bra", "Federal police opened an investigation and detained two men on Sunday", "caarapo-2026-11-29-two-men-detained", "COERCE", "arrest", a1=("BRA_FEDPOL", "Federal police"), a2=("BRA_SUSP", "two men"), date="2026-11-29", attr="a police source")
r("bra", "ordered the National Force to send 80 officers", "caarapo-2026-12-01-national-force-deployed", "MOBILIZE", a1=("LEWANDOWSKI", "Justice Minister Ricardo Lewandowski"), loc="caarapo", date="2026-12-01")
r("bra", "blocked highway BR-163 near Dourados", "dourados-2026-11-30-br-163-blockade", "PROTEST", "demonstration", a1=("GK_PROT", "several hundred indigenous people"), loc="dourados", date="2026-11-30")
r("bra", "The blockade was lifted after talks with federal prosecutors.", "dourados-2026-11-30-talks-with-prosecutors", "CONSULT", "talks", a1=("GK_PROT", None), a2=("BRA_PROSEC", "federal prosecutors"), loc="dourados", date="2026-11-30")
r("bra", "Sonia Guajajara is due to visit the camp on Thursday", "caarapo-2026-12-03-guajajara-visit", "CONSULT", "visit", status="planned", a1=("GUAJAJARA", "Indigenous Peoples Minister Sonia Guajajara"), a2=("GK", None), loc="caarapo", date="2026-12-03")
r("bra", "The rural producers' association Famasul warned", "caarapo-2026-12-01-famasul-warns-of-eviction", "THREATEN", a1=("FAMASUL", "The rural producers' association Famasul"), a2=("GK", "the families"), date="2026-12-01")
r("bra", "In June 2016, an indigenous health worker was killed", "caarapo-2016-06-attack-on-occupation", "ASSAULT", a2=("GK_2016", "an indigenous health worker"), loc="caarapo", date="2016-06-01", dp="month", fat=1, inj=6)

# ---------------------------------------------------------------- arusha_daily (pub 2026-11-10)
S = "At least nine Maasai herders and two wildlife rangers were injured"
r("tza", S, LOLIONDO, "ASSAULT", a1=("TZA_RANGERS", "rangers"), a2=("MAASAI", "At least nine Maasai herders"), loc="loliondo", date="2026-11-08", inj=11, attr="residents and officials")
r("tza", S, "loliondo-2026-11-08-rangers-seize-cattle", "COERCE", "seize", a1=("TZA_RANGERS", "rangers"), a2=("MAASAI", None), loc="loliondo", date="2026-11-08", attr="residents and officials")
S = "Residents said rangers fired live bullets and tear gas"
r("tza", S, LOLIONDO, "ASSAULT", "firearms", a1=("TZA_RANGERS", "rangers"), a2=("MAASAI", "herders"), loc="loliondo", date="2026-11-08", attr="Residents")
r("tza", S, "loliondo-2026-11-08-rangers-tear-gas", "COERCE", "tear-gas", a1=("TZA_RANGERS", "rangers"), a2=("MAASAI", "herders"), loc="loliondo", date="2026-11-08", attr="Residents")
r("tza", "The herders then attacked the rangers with sticks and spears", LOLIONDO, "ASSAULT", a1=("MAASAI", "The herders"), a2=("TZA_RANGERS", "the rangers"), loc="loliondo", date="2026-11-08", attr="they")
S = "said officers had been sent to restore order"
r("tza", S, "loliondo-2026-11-police-sent", "MOBILIZE", a1=("TZA_POL", "officers"), loc="loliondo", date="2026-11-10")
r("tza", S, "loliondo-2026-11-10-eleven-arrested-for-assaulting-rangers", "COERCE", "arrest", a1=("TZA_POL", None), a2=("MAASAI", "11 people"), loc="loliondo", date="2026-11-10", attr="The Arusha regional police commander, Justine Masejo")
r("tza", "He denied that the rangers had used live ammunition.", LOLIONDO, "ASSAULT", "firearms", status="denied", a1=("MASEJO", "He"), a2=("MAASAI", None), loc="loliondo", date="2026-11-08", attr="Justine Masejo")
r("tza", "Maasai leaders say the land is theirs", "loliondo-maasai-leaders-say-never-consulted", "ACCUSE", a1=("MAASAI_LEADERS", "Maasai leaders"), a2=("TZA_GOV", None))
r("tza", "several hundred Maasai women marched to the district offices in Wasso", "wasso-2026-11-09-maasai-women-march", "PROTEST", "demonstration", a1=("MAASAI_WOMEN", "several hundred Maasai women"), loc="wasso", date="2026-11-09")
r("tza", "District commissioner Kanali Wilson Sakulo met a delegation", "wasso-2026-11-09-district-commissioner-meets-delegation", "CONSULT", "meeting", a1=("SAKULO", "District commissioner Kanali Wilson Sakulo"), a2=("MAASAI_WOMEN", "a delegation"), loc="wasso", date="2026-11-09")
r("tza", "Opposition party Chadema condemned", "tza-2026-11-10-chadema-condemns-treatment", "ACCUSE", a1=("CHADEMA", "Opposition party Chadema"), a2=("TZA_GOV", None), date="2026-11-10")
r("tza", "The government has denied forcing anyone to leave", "ngorongoro-forced-relocation", "COERCE", status="denied", a1=("TZA_GOV", "The government"), a2=("MAASAI", "anyone"), loc="loliondo")
S = "In June 2022, police and rangers used tear gas and live rounds"
r("tza", S, "loliondo-2022-06-tear-gas", "COERCE", "tear-gas", a1=("TZA_POL", "police and rangers"), a2=("MAASAI_PROT_2022", "Maasai"), loc="loliondo", date="2022-06-01", dp="month")
r("tza", S, "loliondo-2022-06-live-rounds", "ASSAULT", "firearms", a1=("TZA_POL", "police and rangers"), a2=("MAASAI_PROT_2022", "Maasai"), loc="loliondo", date="2022-06-01", dp="month")
r("tza", S, "loliondo-2022-06-demarcation-protest", "PROTEST", "demonstration", a1=("MAASAI_PROT_2022", "Maasai"), loc="loliondo", date="2022-06-01", dp="month")
r("tza", S, "loliondo-2022-06-officer-killed-with-arrow", "ASSAULT", a1=("MAASAI_PROT_2022", None), a2=("TZA_POL", "one police officer"), loc="loliondo", date="2022-06-01", dp="month", fat=1)
r("tza", "The United Nations human rights office has urged Tanzania", "tza-2026-11-10-un-urges-halt-to-relocations", "REQUEST", a1=("OHCHR", "The United Nations human rights office"), a2=("TZA_GOV", "Tanzania"), date="2026-11-10")

# ---------------------------------------------------------------- wire_dec2026b #0 Slovakia (pub 2026-12-05)
S = "Tens of thousands of people rallied in Bratislava"
r("svk", S, BRATISLAVA, "PROTEST", "demonstration", a1=("SVK_PROT", "Tens of thousands of people"), a2=("FICO", None), loc="bratislava", date="2026-12-05")
r("svk", S, "slovakia-2026-12-05-rallies-in-other-towns", "PROTEST", "demonstration", a1=("SVK_PROT", "Tens of thousands of people"), a2=("FICO", None), loc="slovakia", date="2026-12-05")
r("svk", "about 50,000 people gathered in the capital's Freedom Square", BRATISLAVA, "PROTEST", "demonstration", a1=("SVK_PROT", "about 50,000 people"), loc="bratislava", date="2026-12-05", attr="Organisers from the civic group Peace for Ukraine")
r("svk", "police detained two men who threw eggs", "bratislava-2026-12-05-two-egg-throwers-detained", "COERCE", "arrest", a1=("SVK_POL", "police"), a2=("SVK_PROT", "two men"), loc="bratislava", date="2026-12-05", attr="a police spokesman")
r("svk", "Fico accused the organisers of being paid from abroad", "svk-2026-12-05-fico-accuses-organisers", "ACCUSE", a1=("FICO", "Fico"), a2=("PFU", "the organisers"), date="2026-12-05")
r("svk", "The European Commission has asked Bratislava to explain", "svk-2026-12-ec-asks-bratislava-to-explain-ngo-bill", "REQUEST", a1=("EC", "The European Commission"), a2=("SVK_GOV", "Bratislava"), date="2026-12-05")
S = "In 2018, mass protests forced Fico to resign"
r("svk", S, "slovakia-2018-mass-protests", "PROTEST", "demonstration", a1=("SVK_PROT_2018", None), a2=("FICO", "Fico"), loc="slovakia", date="2018-01-01", dp="year")
r("svk", S, "slovakia-2018-kuciak-murder", "ASSAULT", a2=("KUCIAK", "investigative journalist Jan Kuciak"), date="2018-01-01", dp="year", fat=2)

# ---------------------------------------------------------------- wire_dec2026b #1 Comoros (pub 2025-03-04)
S = "Police in the Comoros fired tear gas at hundreds of people protesting"
r("com", S, "mutsamudu-2025-03-03-police-tear-gas", "COERCE", "tear-gas", a1=("COM_POL", "Police in the Comoros"), a2=("COM_PROT", "hundreds of people"), loc="mutsamudu", date="2025-03-03", attr="witnesses")
r("com", S, MUTSAMUDU, "PROTEST", "riot", a1=("COM_PROT", "hundreds of people"), loc="mutsamudu", date="2025-03-03", attr="witnesses")
r("com", "blocked the port road with burning tyres and stoned a police vehicle", MUTSAMUDU, "PROTEST", "riot", a1=("COM_PROT", "The protesters"), a2=("COM_POL", "a police vehicle"), loc="mutsamudu", date="2025-03-03", attr="they")
r("com", "At least eight people were hurt", MUTSAMUDU, "PROTEST", "riot", a1=("COM_PROT", None), loc="mutsamudu", date="2025-03-03", inj=8)
S = "The government said 15 people were arrested"
r("com", S, "mutsamudu-2025-03-04-fifteen-arrested", "COERCE", "arrest", a1=("COM_POL", None), a2=("COM_PROT", "15 people"), loc="mutsamudu", date="2025-03-04", attr="The government")
r("com", S, "com-2025-03-04-government-accuses-opposition", "ACCUSE", a1=("COM_GOV", "The government"), a2=("COM_OPP", "opposition politicians"), date="2025-03-04")
S = "Opposition leader Mohamed Daoudou denied the accusation"
r("com", S, "com-2025-03-04-daoudou-rejects-accusation", "ACCUSE", a1=("DAOUDOU", "Opposition leader Mohamed Daoudou"), a2=("COM_GOV", None), date="2025-03-04")
r("com", S, "com-2025-03-04-daoudou-calls-on-azali", "REQUEST", a1=("DAOUDOU", "Opposition leader Mohamed Daoudou"), a2=("AZALI", "President Azali Assoumani"), date="2025-03-04")
r("com", "banned all public gatherings on Anjouan for two weeks", "anjouan-2025-03-04-gatherings-banned", "COERCE", a1=("MAHAMOUD", "Interior Minister Fakridine Mahamoud"), loc="anjouan", date="2025-03-04")
r("com", "federal troops sent to retake the island were driven back by local militias", "anjouan-1997-federal-troops-driven-back", "ASSAULT", a1=("ANJ_MILITIA", "local militias"), a2=("COM_MIL", "federal troops"), loc="anjouan", date="1997-01-01", dp="year")
