"""Coding sheet for the tenth held-out gold set: compiled into events.jsonl by
benchmarks/heldout/build_gold.py --set benchmarks/heldout10.

Each row names its article (source file, index), a unique piece of the sentence, and the coded
fields; actor spans are given as the words in the sentence and turned into offsets by the builder.
Actors: key -> (name, country, sector, code). Locations: key -> (name, country, lat, lon, precision).
"""

ARTICLES = {
    "idn": ("wire_oct_dec2026.txt", 0),
    "mrt": ("wire_oct_dec2026.txt", 1),
    "lso": ("wire_oct_dec2026.txt", 2),
    "bhr": ("wire_oct_dec2026.txt", 3),
    "bra": ("wire_oct_dec2026.txt", 4),
    "idn2": ("lhok_tribune_matangkuli.html", 0),
    "mrt2": ("sahel_dispatch_bassikounou.txt", 0),
    "lso2": ("maseru_times_strike.txt", 0),
    "dza": ("djurdjura_echo_tizi_ouzou.txt", 0),
    "mkd": ("vardar_herald_tetovo.html", 0),
    "tto": ("caribbean_ledger_laventille.txt", 0),
    "gab": ("estuaire_matin_libreville.txt", 0),
}

A = {
    # Aceh
    "ACEH_GUNMEN": ("unidentified gunmen (Matangkuli attack)", "IDN", "INSURGENT", "INSURGENT"),
    "ASF": ("Aceh Sovereignty Front", "IDN", "INSURGENT", "ASF"),
    "IDN_POL": ("Indonesian police (Aceh)", "IDN", "POLICE", "IDN.POLICE"),
    "IDN_SEC": ("Indonesian police and soldiers", "IDN", "POLICE", "IDN.POLICE"),
    "IDN_MIL": ("Indonesian army", "IDN", "MIL", "IDN.MIL"),
    "IDN_GOV": ("Indonesia government", "IDN", "GOV", "IDN.GOV"),
    "IDN_OFFICIALS": ("officials in Jakarta", "IDN", "GOV", "IDN.GOV"),
    "MUZAKIR": ("Muzakir Manaf", "IDN", "GOV", "IDN.GOV"),
    "LISTYO": ("Listyo Sigit Prabowo", "IDN", "POLICE", "IDN.POLICE"),
    "ACEH_PARTY": ("Aceh Party", "IDN", "PARTY", "IDN.PARTY"),
    "EX_GAM": ("former GAM fighters", "IDN", "REBEL", "IDN.REBEL"),
    "GAM": ("Free Aceh Movement (GAM)", "IDN", "REBEL", "GAM"),
    "ACEH_SUSPECTS": ("suspects in the Matangkuli attack", "IDN", "CIVILIAN", "IDN.CIVILIAN"),
    "ACEH_CIV": ("Aceh residents", "IDN", "CIVILIAN", "IDN.CIVILIAN"),
    "ACEH_STUDENTS": ("students in Banda Aceh", "IDN", "PROTESTER", "IDN.PROTESTER"),
    # Mauritania / Mali
    "MRT_GOV": ("Mauritania government", "MRT", "GOV", "MRT.GOV"),
    "MRT_MOFA": ("Mauritania foreign ministry", "MRT", "GOV", "MRT.GOV"),
    "MRT_MIL": ("Mauritania army", "MRT", "MIL", "MRT.MIL"),
    "MRT_DEFMIN": ("Hanena Ould Sidi", "MRT", "GOV", "MRT.GOV"),
    "GHAZOUANI": ("Mohamed Ould Ghazouani", "MRT", "GOV", "MRT.GOV"),
    "MRT_ASSEMBLY": ("Mauritania National Assembly", "MRT", "GOV", "MRT.GOV"),
    "MRT_HERDERS": ("Mauritanian herders", "MRT", "CIVILIAN", "MRT.CIVILIAN"),
    "MRT_CIV": ("Mauritanian civilians", "MRT", "CIVILIAN", "MRT.CIVILIAN"),
    "MRT_PROT": ("Bassikounou residents", "MRT", "PROTESTER", "MRT.PROTESTER"),
    "MLI_MIL": ("Malian soldiers and Russian fighters", "MLI", "MIL", "MLI.MIL"),
    "MLI_GOV": ("Mali government", "MLI", "GOV", "MLI.GOV"),
    # Lesotho
    "LSO_POL": ("Lesotho police", "LSO", "POLICE", "LSO.POLICE"),
    "LSO_MATSOSO": ("Borotho Matsoso", "LSO", "POLICE", "LSO.POLICE"),
    "LSO_STRIKERS": ("striking textile workers in Maseru", "LSO", "PROTESTER", "LSO.PROTESTER"),
    "LSO_WORKERS": ("Lesotho textile workers", "LSO", "PROTESTER", "LSO.PROTESTER"),
    "LSO_UNION": ("United Textile Employees union", "LSO", "OTHER", "LSO.OTHER"),
    "LSO_EMPLOYERS": ("Lesotho textile employers", "LSO", "OTHER", "LSO.OTHER"),
    "LSO_GOV": ("Lesotho government", "LSO", "GOV", "LSO.GOV"),
    "LSO_LABOUR": ("Lesotho labour ministry", "LSO", "GOV", "LSO.GOV"),
    "MATEKANE": ("Sam Matekane", "LSO", "GOV", "LSO.GOV"),
    "LCN": ("Lesotho Council of Non-Governmental Organisations", "LSO", "NGO", "LSO.NGO"),
    # Bahrain
    "BHR_SEC": ("Bahrain security forces", "BHR", "POLICE", "BHR.POLICE"),
    "BHR_POL": ("Bahrain police", "BHR", "POLICE", "BHR.POLICE"),
    "BHR_MOI": ("Bahrain interior ministry", "BHR", "GOV", "BHR.GOV"),
    "BHR_GOV": ("Bahrain government", "BHR", "GOV", "BHR.GOV"),
    "BHR_PROT": ("Sitra protesters", "BHR", "PROTESTER", "BHR.PROTESTER"),
    "BHR_PROT_2011": ("Bahrain protesters (2011)", "BHR", "PROTESTER", "BHR.PROTESTER"),
    "BHR_CIV": ("Bahrain public", "BHR", "CIVILIAN", "BHR.CIVILIAN"),
    "JAMRI": ("Hussain al-Jamri", "BHR", "CIVILIAN", "BHR.CIVILIAN"),
    "BIRD": ("Bahrain Institute for Rights and Democracy", "BHR", "NGO", "BHR.NGO"),
    "WEFAQ": ("Al-Wefaq", "BHR", "PARTY", "BHR.PARTY"),
    "SAU_MIL": ("Saudi troops", "SAU", "MIL", "SAU.MIL"),
    "GBR_FCDO": ("Britain's Foreign Office", "GBR", "GOV", "GBR.GOV"),
    # Brazil
    "BRA_GUNMEN": ("gunmen (Anapu killings)", "BRA", "OTHER", "BRA.OTHER"),
    "BRA_GUNMEN_2005": ("gunmen hired by ranchers (2005)", "BRA", "OTHER", "BRA.OTHER"),
    "MST": ("Landless Workers' Movement (MST)", "BRA", "NGO", "BRA.NGO"),
    "MST_ACT": ("MST activists killed near Anapu", "BRA", "CIVILIAN", "BRA.CIVILIAN"),
    "MST_FAMILIES": ("landless families near Pacaja", "BRA", "PROTESTER", "BRA.PROTESTER"),
    "LAND_GRABBERS": ("land grabbers", "BRA", "OTHER", "BRA.OTHER"),
    "RANCHER": ("rancher accused of ordering the Anapu killings", "BRA", "CIVILIAN", "BRA.CIVILIAN"),
    "LEWANDOWSKI": ("Ricardo Lewandowski", "BRA", "GOV", "BRA.GOV"),
    "STANG": ("Dorothy Stang", "USA", "CIVILIAN", "USA.CIVILIAN"),
    # Algeria
    "DZA_POL": ("Algeria police", "DZA", "POLICE", "DZA.POLICE"),
    "DZA_GOV": ("Algeria government", "DZA", "GOV", "DZA.GOV"),
    "DZA_PROSEC": ("Tizi Ouzou prosecutor's office", "DZA", "JUDICIARY", "DZA.JUDICIARY"),
    "KAB_PROT": ("Tizi Ouzou marchers", "DZA", "PROTESTER", "DZA.PROTESTER"),
    "KAB_SHOPKEEPERS": ("shopkeepers in Azazga and Tizi Rached", "DZA", "PROTESTER", "DZA.PROTESTER"),
    "KAB_STUDENTS": ("Tizi Ouzou students", "DZA", "PROTESTER", "DZA.PROTESTER"),
    "POET": ("Lounes Ait Ahmed", "DZA", "CIVILIAN", "DZA.CIVILIAN"),
    "MAK": ("Movement for the Self-Determination of Kabylie (MAK)", "DZA", "OTHER", "MAK"),
    "DZA_MOB": ("mob in Larbaa Nath Irathen", "DZA", "PROTESTER", "DZA.PROTESTER"),
    "BENSMAIL": ("Djamel Bensmail", "DZA", "CIVILIAN", "DZA.CIVILIAN"),
    "LADDH": ("Algerian League for the Defence of Human Rights", "DZA", "NGO", "DZA.NGO"),
    # North Macedonia
    "MKD_PROT": ("ethnic Albanian protesters in Tetovo", "MKD", "PROTESTER", "MKD.PROTESTER"),
    "MKD_POL": ("North Macedonia police", "MKD", "POLICE", "MKD.POLICE"),
    "MKD_SEC": ("North Macedonia security forces", "MKD", "MIL", "MKD.MIL"),
    "MKD_MOI": ("North Macedonia interior ministry", "MKD", "GOV", "MKD.GOV"),
    "MKD_GOV": ("North Macedonia government", "MKD", "GOV", "MKD.GOV"),
    "TOSHKOVSKI": ("Pance Toshkovski", "MKD", "GOV", "MKD.GOV"),
    "MICKOSKI": ("Hristijan Mickoski", "MKD", "GOV", "MKD.GOV"),
    "BOY": ("Arben Sulejmani", "MKD", "CIVILIAN", "MKD.CIVILIAN"),
    "BOY_FAMILY": ("family of Arben Sulejmani", "MKD", "CIVILIAN", "MKD.CIVILIAN"),
    "MKD_CIV": ("North Macedonia public", "MKD", "CIVILIAN", "MKD.CIVILIAN"),
    "MKD_ORGANISERS": ("funeral march organisers in Tetovo", "MKD", "PROTESTER", "MKD.PROTESTER"),
    "DUI": ("Democratic Union for Integration", "MKD", "PARTY", "MKD.PARTY"),
    "NLA": ("National Liberation Army (2001)", "MKD", "REBEL", "NLA"),
    "RAMA": ("Edi Rama", "ALB", "GOV", "ALB.GOV"),
    "EU_DELEG": ("EU delegation in Skopje", None, "IGO", "IGO.EU"),
    "MKD_ALL": ("all sides in Tetovo", "MKD", "CIVILIAN", "MKD.CIVILIAN"),
    # Trinidad and Tobago
    "TTO_POL": ("Trinidad and Tobago police", "TTO", "POLICE", "TTO.POLICE"),
    "TTO_MIL": ("Trinidad and Tobago soldiers", "TTO", "MIL", "TTO.MIL"),
    "TTO_RESIDENTS": ("Laventille residents", "TTO", "PROTESTER", "TTO.PROTESTER"),
    "TTO_MEN": ("three men killed in Beetham, Laventille", "TTO", "OTHER", "TTO.OTHER"),
    "TTO_GUNMEN": ("gunmen (Chaguanas bar attack)", "TTO", "OTHER", "TTO.OTHER"),
    "TTO_GANGS": ("Trinidad gangs", "TTO", "OTHER", "TTO.OTHER"),
    "TTO_CIV": ("bar patrons in Chaguanas", "TTO", "CIVILIAN", "TTO.CIVILIAN"),
    "TTO_RELATIVES": ("relatives of the men killed in Beetham", "TTO", "CIVILIAN", "TTO.CIVILIAN"),
    "PERSAD": ("Kamla Persad-Bissessar", "TTO", "GOV", "TTO.GOV"),
    "ALEXANDER": ("Roger Alexander", "TTO", "GOV", "TTO.GOV"),
    # Gabon
    "GAB_POL": ("Gabon police", "GAB", "POLICE", "GAB.POLICE"),
    "GAB_DGR": ("General Directorate of Research (Gabon)", "GAB", "POLICE", "GAB.POLICE"),
    "GAB_GOV": ("Gabon government", "GAB", "GOV", "GAB.GOV"),
    "NDONG": ("Laurence Ndong", "GAB", "GOV", "GAB.GOV"),
    "OLIGUI": ("Brice Clotaire Oligui Nguema", "GAB", "GOV", "GAB.GOV"),
    "SEEG": ("SEEG (Gabon state electricity company)", "GAB", "OTHER", "GAB.OTHER"),
    "GAB_PROT": ("Libreville power-cut protesters", "GAB", "PROTESTER", "GAB.PROTESTER"),
    "GAB_RESIDENTS": ("Nzeng-Ayong residents", "GAB", "PROTESTER", "GAB.PROTESTER"),
    "BILIE": ("Alain-Claude Bilie-By-Nze", "GAB", "PARTY", "GAB.PARTY"),
    "BILIE_PARTY": ("Alain-Claude Bilie-By-Nze's party", "GAB", "PARTY", "GAB.PARTY"),
    "UGR": ("Union for Gabon's Renewal", "GAB", "PARTY", "GAB.PARTY"),
}

L = {
    # Aceh
    "matangkuli": ("Matangkuli, North Aceh", "IDN", 5.03198, 97.28351, "city"),
    "lhokseumawe": ("Lhokseumawe", "IDN", 5.1801, 97.1507, "city"),
    "idi_rayeuk": ("Idi Rayeuk, East Aceh", "IDN", 4.94952, 97.77267, "city"),
    "banda_aceh": ("Banda Aceh", "IDN", 5.54167, 95.33333, "city"),
    "north_aceh": ("North Aceh regency", "IDN", 5.03198, 97.28351, "district"),
    "aceh": ("Aceh province", "IDN", 5.54167, 95.33333, "admin1"),
    "jakarta": ("Jakarta", "IDN", -6.21462, 106.84513, "city"),
    "helsinki": ("Helsinki", "FIN", 60.16952, 24.93545, "city"),
    # Mauritania / Mali
    "mali_border": ("Malian side of the border near Bassikounou", "MLI", 15.86652, -5.94604, "district"),
    "bassikounou": ("Bassikounou", "MRT", 15.86652, -5.94604, "city"),
    "nouakchott": ("Nouakchott", "MRT", 18.08581, -15.9785, "city"),
    "hodh": ("Mauritania's eastern border (Hodh Ech Chargui region)", "MRT", 16.61702, -7.25649, "admin1"),
    "bamako": ("Bamako", "MLI", 12.60915, -7.97522, "city"),
    "mali": ("Mali", "MLI", 12.60915, -7.97522, "country"),
    # Lesotho
    "maseru": ("Maseru", "LSO", -29.31667, 27.48333, "city"),
    "lesotho": ("Lesotho", "LSO", -29.31667, 27.48333, "country"),
    # Bahrain
    "sitra": ("Sitra", "BHR", 26.15472, 50.62056, "city"),
    "bahrain": ("Bahrain", "BHR", 26.22787, 50.58565, "country"),
    # Brazil
    "anapu": ("Anapu", "BRA", -3.47222, -51.19778, "city"),
    "anapu_region": ("Anapu region, Para", "BRA", -3.47222, -51.19778, "district"),
    "pacaja": ("Pacaja", "BRA", -3.83778, -50.6375, "city"),
    # Algeria
    "tizi_ouzou": ("Tizi Ouzou", "DZA", 36.71182, 4.04591, "city"),
    "azazga": ("Azazga", "DZA", 36.74472, 4.37222, "city"),
    "tizi_prov": ("Tizi Ouzou province", "DZA", 36.71182, 4.04591, "admin1"),
    "larbaa": ("Larbaa Nath Irathen (Tizi Ouzou province)", "DZA", 36.71182, 4.04591, "admin1"),
    # North Macedonia
    "tetovo": ("Tetovo", "MKD", 42.00989, 20.97138, "city"),
    "tearce": ("Tearce", "MKD", 42.07593, 21.05179, "city"),
    # Trinidad and Tobago
    "laventille": ("Laventille", "TTO", 10.64917, -61.49889, "city"),
    "chaguanas": ("Chaguanas", "TTO", 10.51667, -61.41667, "city"),
    "port_of_spain": ("Port of Spain", "TTO", 10.66668, -61.51889, "city"),
    # Gabon
    "libreville": ("Libreville", "GAB", 0.39241, 9.45356, "city"),
}

R = []


def r(art, sent, inc, typ, mode=None, status="reported", a1=None, a2=None, loc=None,
      date=None, dp=None, fat=None, inj=None, attr=None):
    if date is not None and dp is None:
        dp = "day"
    R.append(dict(art=art, sent=sent, inc=inc, typ=typ, mode=mode, status=status, a1=a1, a2=a2,
                  loc=loc, date=date, dp=dp, fat=fat, inj=inj, attr=attr))


MATANGKULI = "matangkuli-2026-11-15-gunmen-attack-police-post"
ACEH_ARRESTS = "lhokseumawe-2026-11-16-four-men-arrested"
ACEH_TROOPS = "north-aceh-2026-11-army-companies-deployed"
IDI_RAID = "idi-rayeuk-2026-11-18-suspect-killed-in-raid"
HERDERS = "mali-border-2026-10-27-mauritanian-herders-killed"
MASERU_GAS = "maseru-2026-11-09-police-tear-gas-on-strikers"
MASERU_STRIKE = "maseru-2026-11-04-textile-workers-strike"
MASERU_RIOT = "maseru-2026-11-09-strikers-block-road-stone-police"
MASERU_ARRESTS = "maseru-2026-11-09-22-strikers-arrested"
LSO_SPREAD = "lesotho-strike-to-spread-to-mafeteng-maputsoe"
LSO_TALKS = "lesotho-2026-11-11-wage-talks"
SITRA_ARRESTS = "sitra-2026-12-03-17-arrested"
SITRA_PROTEST = "sitra-2026-12-02-protest-over-death-in-custody"
JAMRI_BEATING = "bahrain-2026-11-al-jamri-beaten-in-custody"
ANAPU = "anapu-2026-11-21-mst-activists-shot-dead"
TIZI_MARCH = "tizi-ouzou-2026-11-30-march-for-poet"
TIZI_DISPERSAL = "tizi-ouzou-2026-11-30-police-break-up-march"
TIZI_ARRESTS = "tizi-ouzou-2026-11-30-marchers-detained"
POET_ARREST = "azazga-2026-11-26-poet-arrested"
TETOVO_RIOT = "tetovo-2026-11-25-clashes-with-police"
SULEJMANI = "tearce-2026-11-24-police-shoot-teenager"
BEETHAM = "laventille-2026-12-05-police-kill-three"

# ---------------------------------------------------------------- wire #0 Aceh (pub 2026-11-17, Tuesday)
r("idn", "Unidentified gunmen shot dead two police officers", MATANGKULI, "ASSAULT", "firearms", a1=("ACEH_GUNMEN", "Unidentified gunmen"), a2=("IDN_POL", "two police officers"), loc="matangkuli", date="2026-11-15", fat=2, inj=1, attr="the provincial police")
r("idn", "The attackers fired automatic weapons at the post", MATANGKULI, "ASSAULT", "firearms", a1=("ACEH_GUNMEN", "The attackers"), a2=("IDN_POL", "the post"), loc="matangkuli", date="2026-11-15", attr="Aceh police spokesman Joko Krisdiyanto")
S = "Police arrested four men in Lhokseumawe on Monday night"
r("idn", S, ACEH_ARRESTS, "COERCE", "arrest", a1=("IDN_POL", "Police"), a2=("ACEH_SUSPECTS", "four men"), loc="lhokseumawe", date="2026-11-16", attr="he")
r("idn", S, "lhokseumawe-2026-11-16-two-rifles-seized", "COERCE", "seize", a1=("IDN_POL", "Police"), loc="lhokseumawe", date="2026-11-16", attr="he")
S = "condemned the killings and urged residents to stay calm"
r("idn", S, "aceh-2026-11-17-governor-condemns-killings", "ACCUSE", a1=("MUZAKIR", "Muzakir Manaf"), a2=("ACEH_GUNMEN", None), date="2026-11-17")
r("idn", S, "aceh-2026-11-17-governor-urges-calm", "REQUEST", a1=("MUZAKIR", "Muzakir Manaf"), a2=("ACEH_CIV", "residents"), date="2026-11-17")
S = "Some officials in Jakarta have blamed former GAM fighters"
r("idn", S, "jakarta-2026-11-17-officials-blame-former-gam", "ACCUSE", a1=("IDN_OFFICIALS", "Some officials in Jakarta"), a2=("EX_GAM", "former GAM fighters"), date="2026-11-17")
r("idn", S, "aceh-2026-11-17-aceh-party-rejects-blame", "ACCUSE", a1=("ACEH_PARTY", "the Aceh Party"), a2=("IDN_OFFICIALS", None), date="2026-11-17")
S = "The separatist rebels fought Indonesian forces for nearly three decades"
r("idn", S, "aceh-gam-insurgency", "ASSAULT", a1=("GAM", "The separatist rebels"), a2=("IDN_MIL", "Indonesian forces"), loc="aceh")
r("idn", S, "helsinki-2005-aceh-peace-agreement", "AGREE", a1=("GAM", "The separatist rebels"), a2=("IDN_GOV", None), loc="helsinki", date="2005-01-01", dp="year")
r("idn", "The army said it would send two additional companies to North Aceh", ACEH_TROOPS, "MOBILIZE", status="planned", a1=("IDN_MIL", "The army"), loc="north_aceh", date="2026-11-17", dp="week")

# ---------------------------------------------------------------- lhok_tribune (pub 2026-11-18, Wednesday)
r("idn2", "A third police officer has died of wounds he suffered", MATANGKULI, "ASSAULT", "firearms", a1=("ASF", None), a2=("IDN_POL", "a guard post"), loc="matangkuli", date="2026-11-15", fat=3, attr="the North Aceh police chief")
r("idn2", "A previously unknown group calling itself the Aceh Sovereignty Front", MATANGKULI, "ASSAULT", "firearms", status="claimed", a1=("ASF", "A previously unknown group calling itself the Aceh Sovereignty Front"), a2=("IDN_POL", None), loc="matangkuli", date="2026-11-15", attr="the Aceh Sovereignty Front")
S = "The group said it would strike \"every occupying post\""
r("idn2", S, "aceh-2026-11-17-asf-threatens-police-posts", "THREATEN", a1=("ASF", "The group"), a2=("IDN_POL", None), date="2026-11-17")
r("idn2", S, "aceh-2026-11-17-asf-demands-police-withdrawal", "REQUEST", a1=("ASF", "The group"), a2=("IDN_GOV", None), date="2026-11-17")
r("idn2", "the four men arrested in Lhokseumawe on Monday night were still being questioned", ACEH_ARRESTS, "COERCE", "arrest", a1=("IDN_POL", None), a2=("ACEH_SUSPECTS", "the four men"), loc="lhokseumawe", date="2026-11-16", attr="Aceh police spokesman Joko Krisdiyanto")
r("idn2", "Early on Wednesday, police and soldiers raided a house", IDI_RAID, "ASSAULT", "firearms", a1=("IDN_SEC", "police and soldiers"), a2=("ACEH_SUSPECTS", "one suspect"), loc="idi_rayeuk", date="2026-11-18", fat=1, attr="he")
r("idn2", "Relatives of the dead man told reporters he was a fisherman", IDI_RAID, "ASSAULT", "firearms", a1=("IDN_SEC", None), a2=("ACEH_SUSPECTS", "he"), loc="idi_rayeuk", date="2026-11-18", fat=1, attr="Relatives of the dead man")
r("idn2", "The Aceh Party again rejected suggestions", "aceh-2026-11-18-aceh-party-rejects-blame-again", "ACCUSE", a1=("ACEH_PARTY", "The Aceh Party"), a2=("IDN_OFFICIALS", None), date="2026-11-18")
r("idn2", "Several hundred students rallied outside the provincial parliament", "banda-aceh-2026-11-18-students-rally", "PROTEST", "demonstration", a1=("ACEH_STUDENTS", "Several hundred students"), loc="banda_aceh", date="2026-11-18")
r("idn2", "Governor Muzakir Manaf is due to meet national police chief", "jakarta-2026-11-20-governor-meets-police-chief", "CONSULT", "meeting", status="planned", a1=("MUZAKIR", "Governor Muzakir Manaf"), a2=("LISTYO", "national police chief Listyo Sigit Prabowo"), loc="jakarta", date="2026-11-20")
r("idn2", "Two army companies arrived in Lhokseumawe on Tuesday", ACEH_TROOPS, "MOBILIZE", a1=("IDN_MIL", "Two army companies"), loc="lhokseumawe", date="2026-11-17", attr="a military spokesman")

# ---------------------------------------------------------------- wire #1 Mauritania (pub 2026-10-29, Thursday)
S = "Mauritania summoned Mali's ambassador on Thursday"
r("mrt", S, "nouakchott-2026-10-29-mali-ambassador-summoned", "ACCUSE", a1=("MRT_GOV", "Mauritania"), a2=("MLI_GOV", "Mali's ambassador"), loc="nouakchott", date="2026-10-29")
r("mrt", S, HERDERS, "ASSAULT", a1=("MLI_MIL", None), a2=("MRT_HERDERS", "at least six Mauritanian herders"), loc="mali_border", date="2026-10-27", fat=6, attr="the foreign ministry")
r("mrt", "The herders were seized by Malian soldiers and foreign fighters on Tuesday", HERDERS, "ASSAULT", a1=("MLI_MIL", "Malian soldiers and foreign fighters"), a2=("MRT_HERDERS", "The herders"), loc="mali_border", date="2026-10-27", attr="relatives")
r("mrt", "Mali's army denied that its troops had been in the area", HERDERS, "ASSAULT", status="denied", a1=("MLI_MIL", "Mali's army"), a2=("MRT_HERDERS", None), loc="mali_border", date="2026-10-27", attr="Mali's army")
S = "Dozens of residents protested in Bassikounou on Wednesday evening"
r("mrt", S, "bassikounou-2026-10-28-residents-protest", "PROTEST", "demonstration", a1=("MRT_PROT", "Dozens of residents"), loc="bassikounou", date="2026-10-28")
r("mrt", S, "bassikounou-2026-10-28-residents-demand-protection", "REQUEST", a1=("MRT_PROT", "Dozens of residents"), a2=("MRT_GOV", "the government"), date="2026-10-28")
S = "The foreign ministry said it had \"demanded a full investigation\""
r("mrt", S, "mrt-2026-10-29-demand-for-investigation", "REQUEST", a1=("MRT_MOFA", "The foreign ministry"), a2=("MLI_GOV", "the authorities in Bamako"), date="2026-10-29")
r("mrt", S, "mrt-2026-10-29-warning-to-mali", "THREATEN", a1=("MRT_MOFA", "The foreign ministry"), a2=("MLI_GOV", "the authorities in Bamako"), date="2026-10-29")
r("mrt", "Mauritania's army has sent reinforcements to its eastern border", "mrt-2026-10-reinforcements-to-eastern-border", "MOBILIZE", a1=("MRT_MIL", "Mauritania's army"), loc="hodh", date="2026-10-01", dp="month", attr="a military source")
S = "Similar killings in March 2022"
r("mrt", S, "mali-2022-03-mauritanians-killed", "ASSAULT", a2=("MRT_CIV", "about 30 Mauritanians"), loc="mali", date="2022-03-01", dp="month", fat=30)
r("mrt", S, "bamako-2022-03-mauritanian-delegation", "CONSULT", "visit", a1=("GHAZOUANI", "President Mohamed Ould Ghazouani"), a2=("MLI_GOV", None), loc="bamako", date="2022-03-01", dp="month")

# ---------------------------------------------------------------- sahel_dispatch (pub 2026-10-30, Friday)
r("mrt2", "Hundreds of mourners buried six herders in Bassikounou on Friday", HERDERS, "ASSAULT", a1=("MLI_MIL", "Malian troops and Russian fighters"), a2=("MRT_HERDERS", "six herders"), loc="mali_border", date="2026-10-27", fat=6, attr="relatives and a local official")
r("mrt2", "A survivor who escaped by hiding in a dry riverbed", HERDERS, "ASSAULT", "firearms", a1=("MLI_MIL", "about a dozen soldiers"), a2=("MRT_HERDERS", "the herders"), loc="mali_border", date="2026-10-27", attr="A survivor")
S = "Mali's transitional government said in a statement on Thursday night"
r("mrt2", S, "mli-2026-10-29-mali-calls-mauritanian-account-lies", "ACCUSE", a1=("MLI_GOV", "Mali's transitional government"), a2=("MRT_GOV", "Mauritanian officials"), date="2026-10-29")
r("mrt2", S, "mli-2026-10-29-mali-accuses-nouakchott-of-harbouring-jihadists", "ACCUSE", a1=("MLI_GOV", "Mali's transitional government"), a2=("MRT_GOV", "Nouakchott"), date="2026-10-29")
S = "Mauritanian Defence Minister Hanena Ould Sidi visited troops in Bassikounou on Friday"
r("mrt2", S, "bassikounou-2026-10-30-defence-minister-visit", "CONSULT", "visit", a1=("MRT_DEFMIN", "Mauritanian Defence Minister Hanena Ould Sidi"), a2=("MRT_MIL", "troops"), loc="bassikounou", date="2026-10-30")
r("mrt2", S, "mrt-2026-10-30-defence-minister-warns-mali", "THREATEN", a1=("MRT_DEFMIN", "Mauritanian Defence Minister Hanena Ould Sidi"), a2=("MLI_GOV", None), date="2026-10-30")
r("mrt2", "The National Assembly in Nouakchott called on the government", "nouakchott-2026-10-30-assembly-asks-trade-suspension", "REQUEST", a1=("MRT_ASSEMBLY", "The National Assembly in Nouakchott"), a2=("MRT_GOV", "the government"), date="2026-10-30")
r("mrt2", "Mali and Mauritania agreed in 2022", "mli-mrt-2022-joint-patrols-agreement", "AGREE", a1=("MLI_GOV", "Mali"), a2=("MRT_GOV", "Mauritania"), date="2022-01-01", dp="year")

# ---------------------------------------------------------------- wire #2 Lesotho (pub 2026-11-09, Monday)
r("lso", "Police in Lesotho fired tear gas and rubber bullets", MASERU_GAS, "COERCE", "tear-gas", a1=("LSO_POL", "Police in Lesotho"), a2=("LSO_STRIKERS", "thousands of striking textile workers"), loc="maseru", date="2026-11-09", inj=14, attr="a union official")
r("lso", "walked out of factories in Maseru's Thetsane industrial area last Wednesday", MASERU_STRIKE, "PROTEST", "strike", a1=("LSO_WORKERS", "The workers"), loc="maseru", date="2026-11-04")
r("lso", "Police said officers had acted after strikers blocked the main road", MASERU_RIOT, "PROTEST", "riot", a1=("LSO_STRIKERS", "strikers"), a2=("LSO_POL", "a police vehicle"), loc="maseru", date="2026-11-09", attr="Police")
S = "Police spokeswoman Lieutenant Mpiti Mopeli said nine officers were hurt"
r("lso", S, MASERU_RIOT, "PROTEST", "riot", a1=("LSO_STRIKERS", None), a2=("LSO_POL", "nine officers"), loc="maseru", date="2026-11-09", inj=9, attr="Police spokeswoman Lieutenant Mpiti Mopeli")
r("lso", S, MASERU_ARRESTS, "COERCE", "arrest", a1=("LSO_POL", None), a2=("LSO_STRIKERS", "22 people"), loc="maseru", date="2026-11-09", attr="Police spokeswoman Lieutenant Mpiti Mopeli")
S = "The United Textile Employees union accused the police"
r("lso", S, "lso-2026-11-09-union-accuses-police", "ACCUSE", a1=("LSO_UNION", "The United Textile Employees union"), a2=("LSO_POL", "the police"), date="2026-11-09")
r("lso", S, "lso-2026-11-09-union-asks-matekane-to-intervene", "REQUEST", a1=("LSO_UNION", "The United Textile Employees union"), a2=("MATEKANE", "Prime Minister Sam Matekane"), date="2026-11-09")
r("lso", "Union leader Solidarity Sechaba said workers in Mafeteng and Maputsoe", LSO_SPREAD, "PROTEST", "strike", status="threatened", a1=("LSO_WORKERS", "workers in Mafeteng and Maputsoe"), a2=("LSO_EMPLOYERS", "the employers"), loc="lesotho")
r("lso", "Factory owners, many of them Taiwanese and Chinese", "lesotho-employers-refuse-wage-rise", "REJECT", a1=("LSO_EMPLOYERS", "Factory owners"), a2=("LSO_WORKERS", None))
r("lso", "The labour ministry invited the union and the employers to talks on Wednesday.", LSO_TALKS, "CONSULT", "talks", status="planned", a1=("LSO_UNION", "the union"), a2=("LSO_EMPLOYERS", "the employers"), date="2026-11-11")

# ---------------------------------------------------------------- maseru_times (pub 2026-11-10, Tuesday)
S = "Thousands of garment workers stayed away from factories in Maseru"
r("lso2", S, MASERU_STRIKE, "PROTEST", "strike", a1=("LSO_WORKERS", "Thousands of garment workers"), loc="maseru", date="2026-11-10")
r("lso2", S, MASERU_GAS, "COERCE", "tear-gas", a1=("LSO_POL", "police"), a2=("LSO_STRIKERS", "strikers"), loc="maseru", date="2026-11-09")
r("lso2", "Queen Elizabeth II Hospital said it treated 19 people injured", MASERU_GAS, "COERCE", "tear-gas", a1=("LSO_POL", None), a2=("LSO_STRIKERS", "19 people"), loc="maseru", date="2026-11-09", inj=19, attr="Queen Elizabeth II Hospital")
S = "Police said 22 people arrested on Monday had been released on bail"
r("lso2", S, MASERU_ARRESTS, "COERCE", "arrest", a1=("LSO_POL", None), a2=("LSO_STRIKERS", "22 people"), loc="maseru", date="2026-11-09", attr="Police")
r("lso2", S, "maseru-2026-11-10-strikers-released-on-bail", "CONCEDE", a1=("LSO_POL", None), a2=("LSO_STRIKERS", "22 people"), loc="maseru", date="2026-11-10", attr="Police")
r("lso2", "Police commissioner Borotho Matsoso said his officers had been attacked with stones", MASERU_RIOT, "PROTEST", "riot", a1=("LSO_STRIKERS", None), a2=("LSO_POL", "his officers"), loc="maseru", date="2026-11-09", attr="Police commissioner Borotho Matsoso")
S = "The Lesotho Council of Non-Governmental Organisations condemned the police action"
r("lso2", S, "lso-2026-11-10-ngos-condemn-police", "ACCUSE", a1=("LCN", "The Lesotho Council of Non-Governmental Organisations"), a2=("LSO_POL", "the police"), date="2026-11-10")
r("lso2", S, "lso-2026-11-10-ngos-demand-suspensions", "REQUEST", a1=("LCN", "The Lesotho Council of Non-Governmental Organisations"), a2=("LSO_POL", None), date="2026-11-10")
S = "about 500 workers marched peacefully to the prime minister's office"
r("lso2", S, "maseru-2026-11-10-workers-march-to-pm-office", "PROTEST", "demonstration", a1=("LSO_WORKERS", "about 500 workers"), loc="maseru", date="2026-11-10")
r("lso2", S, "maseru-2026-11-10-wage-petition", "REQUEST", a1=("LSO_WORKERS", "about 500 workers"), a2=("LSO_GOV", "the prime minister's office"), date="2026-11-10")
S = "Solidarity Sechaba, the leader of the United Textile Employees union, said workers"
r("lso2", S, LSO_SPREAD, "PROTEST", "strike", status="threatened", a1=("LSO_WORKERS", "workers in Mafeteng and Maputsoe"), a2=("LSO_EMPLOYERS", "the employers"), loc="lesotho")
r("lso2", S, LSO_TALKS, "CONSULT", "talks", status="planned", a1=("LSO_UNION", "the United Textile Employees union"), a2=("LSO_EMPLOYERS", "the employers"), date="2026-11-11")
r("lso2", "The Lesotho Textile Exporters Association said its members had lost orders", "lesotho-2026-11-10-exporters-warn-of-closures", "THREATEN", a1=("LSO_EMPLOYERS", "The Lesotho Textile Exporters Association"), a2=("LSO_WORKERS", None), date="2026-11-10")
S = "In 2023, a strike in the same sector ended"
r("lso2", S, "lesotho-2023-textile-strike", "PROTEST", "strike", a1=("LSO_WORKERS", None), loc="lesotho", date="2023-01-01", dp="year")
r("lso2", S, "lesotho-2023-government-agrees-wage-rise", "CONCEDE", a1=("LSO_GOV", "the government"), a2=("LSO_WORKERS", None), date="2023-01-01", dp="year")

# ---------------------------------------------------------------- wire #3 Bahrain (AP, pub 2026-12-03, Thursday)
S = "Bahraini security forces arrested 17 people in the village of Sitra overnight"
r("bhr", S, SITRA_ARRESTS, "COERCE", "arrest", a1=("BHR_SEC", "Bahraini security forces"), a2=("BHR_PROT", "17 people"), loc="sitra", date="2026-12-03", attr="a rights group")
r("bhr", S, SITRA_PROTEST, "PROTEST", "demonstration", a1=("BHR_PROT", None), loc="sitra", date="2026-12-02", attr="a rights group")
S = "said riot police used tear gas to break up the protest on Wednesday night"
r("bhr", S, "sitra-2026-12-02-tear-gas-on-protest", "COERCE", "tear-gas", a1=("BHR_POL", "riot police"), a2=("BHR_PROT", None), loc="sitra", date="2026-12-02", attr="The Bahrain Institute for Rights and Democracy")
r("bhr", S, SITRA_PROTEST, "PROTEST", "demonstration", a1=("BHR_PROT", None), loc="sitra", date="2026-12-02", attr="The Bahrain Institute for Rights and Democracy")
r("bhr", S, "sitra-2026-12-02-home-raids", "COERCE", a1=("BHR_POL", "riot police"), a2=("BHR_CIV", None), loc="sitra", date="2026-12-02", attr="The Bahrain Institute for Rights and Democracy")
S = "The group said Hussain al-Jamri, 23, died on Sunday"
r("bhr", S, "bahrain-2026-11-25-al-jamri-detained", "COERCE", "arrest", a1=("BHR_POL", None), a2=("JAMRI", "he"), date="2026-11-25", attr="The group")
r("bhr", S, JAMRI_BEATING, "ASSAULT", "beating", a1=("BHR_POL", "officers"), a2=("JAMRI", "him"), date="2026-11-25", dp="week", attr="The group")
r("bhr", S, "bahrain-2026-12-03-rights-group-accuses-officers", "ACCUSE", a1=("BIRD", "The group"), a2=("BHR_POL", "officers"), date="2026-12-03")
r("bhr", "denied that he had been mistreated", JAMRI_BEATING, "ASSAULT", "beating", status="denied", a1=("BHR_MOI", "The Interior Ministry"), a2=("JAMRI", "al-Jamri"), date="2026-11-25", dp="week", attr="The Interior Ministry")
r("bhr", "It warned that anyone \"inciting chaos\" would be prosecuted.", "bahrain-2026-12-03-interior-ministry-warns", "THREATEN", a1=("BHR_MOI", "It"), a2=("BHR_CIV", "anyone"), date="2026-12-03")
S = "Bahrain crushed mass protests led by the Shiite majority in 2011"
r("bhr", S, "bahrain-2011-crackdown", "ASSAULT", a1=("BHR_GOV", "Bahrain"), a2=("BHR_PROT_2011", "mass protests"), loc="bahrain", date="2011-01-01", dp="year")
r("bhr", S, "bahrain-2011-mass-protests", "PROTEST", "demonstration", a1=("BHR_PROT_2011", "mass protests"), loc="bahrain", date="2011-01-01", dp="year")
r("bhr", S, "bahrain-2016-al-wefaq-dissolved", "COERCE", a1=("BHR_GOV", "Bahrain"), a2=("WEFAQ", "Al-Wefaq"), loc="bahrain", date="2016-01-01", dp="year")
r("bhr", "Britain's Foreign Office said it had asked the Bahraini authorities", "bahrain-2026-12-03-uk-asks-for-investigation", "REQUEST", a1=("GBR_FCDO", "Britain's Foreign Office"), a2=("BHR_GOV", "the Bahraini authorities"), date="2026-12-03")

# ---------------------------------------------------------------- wire #4 Brazil (pub 2026-11-24, Tuesday)
r("bra", "Gunmen on motorcycles shot dead two activists", ANAPU, "ASSAULT", "firearms", a1=("BRA_GUNMEN", "Gunmen on motorcycles"), a2=("MST_ACT", "two activists"), loc="anapu", date="2026-11-21", fat=2, attr="the group")
S = "The victims, a couple who had led an occupation of a cattle ranch"
r("bra", S, ANAPU, "ASSAULT", "firearms", a1=("BRA_GUNMEN", None), a2=("MST_ACT", "The victims"), loc="anapu", date="2026-11-21", fat=2, attr="MST")
r("bra", S, "anapu-2026-11-24-mst-blames-land-grabbers", "ACCUSE", a1=("MST", "MST"), a2=("LAND_GRABBERS", "land grabbers"), date="2026-11-24")
r("bra", "About 200 families occupied another ranch near Pacaja on Monday", "pacaja-2026-11-23-ranch-occupied-in-protest", "PROTEST", a1=("MST_FAMILIES", "About 200 families"), loc="pacaja", date="2026-11-23", attr="the movement")
r("bra", "Justice Minister Ricardo Lewandowski said he would send the Federal Police", "anapu-federal-police-sent", "MOBILIZE", status="planned", a1=("LEWANDOWSKI", "Justice Minister Ricardo Lewandowski"), loc="anapu_region")
r("bra", "Anapu became known worldwide after the American nun Dorothy Stang was shot dead", "anapu-2005-02-dorothy-stang-killed", "ASSAULT", "firearms", a1=("BRA_GUNMEN_2005", "gunmen hired by ranchers"), a2=("STANG", "the American nun Dorothy Stang"), loc="anapu", date="2005-02-01", dp="month", fat=1)
r("bra", "The rancher accused of ordering the killings denied any involvement", ANAPU, "ASSAULT", "firearms", status="denied", a1=("RANCHER", "The rancher accused of ordering the killings"), loc="anapu", date="2026-11-21", attr="his lawyer")

# ---------------------------------------------------------------- djurdjura_echo (pub 2026-12-01, Tuesday)
S = "Police broke up a march in the centre of Tizi Ouzou on Monday"
r("dza", S, TIZI_DISPERSAL, "COERCE", a1=("DZA_POL", "Police"), a2=("KAB_PROT", "a march"), loc="tizi_ouzou", date="2026-11-30", attr="witnesses and a lawyer")
r("dza", S, TIZI_ARRESTS, "COERCE", "arrest", a1=("DZA_POL", "Police"), a2=("KAB_PROT", "dozens of people"), loc="tizi_ouzou", date="2026-11-30", attr="witnesses and a lawyer")
r("dza", S, TIZI_MARCH, "PROTEST", "demonstration", a1=("KAB_PROT", "dozens of people"), loc="tizi_ouzou", date="2026-11-30", attr="witnesses and a lawyer")
r("dza", S, POET_ARREST, "COERCE", "arrest", a1=("DZA_POL", None), a2=("POET", "a Kabyle poet"), loc="azazga", date="2026-11-26")
r("dza", "Several hundred people, many of them students, had gathered", TIZI_MARCH, "PROTEST", "demonstration", a1=("KAB_PROT", "Several hundred people"), loc="tizi_ouzou", date="2026-11-30")
r("dza", "Riot police blocked the road and used batons to push them back", TIZI_DISPERSAL, "COERCE", a1=("DZA_POL", "Riot police"), a2=("KAB_PROT", "them"), loc="tizi_ouzou", date="2026-11-30", attr="the witnesses")
S = "Lawyer Said Zahi said at least 40 people were taken to police stations"
r("dza", S, TIZI_ARRESTS, "COERCE", "arrest", a1=("DZA_POL", None), a2=("KAB_PROT", "at least 40 people"), loc="tizi_ouzou", date="2026-11-30", attr="Lawyer Said Zahi")
r("dza", S, "tizi-ouzou-2026-11-30-most-detainees-released", "CONCEDE", a1=("DZA_POL", None), a2=("KAB_PROT", "most of them"), loc="tizi_ouzou", date="2026-11-30", attr="Lawyer Said Zahi")
r("dza", "The poet, Lounes Ait Ahmed, was arrested at his home in Azazga last Thursday", POET_ARREST, "COERCE", "arrest", a1=("DZA_POL", None), a2=("POET", "The poet, Lounes Ait Ahmed"), loc="azazga", date="2026-11-26")
r("dza", "He has denied the charges, his family said.", "dza-2026-12-01-poet-denies-charges", "ACCUSE", a1=("POET", "He"), a2=("DZA_PROSEC", None), date="2026-12-01", attr="his family")
S = "The prosecutor's office in Tizi Ouzou accused him of links"
r("dza", S, "tizi-ouzou-2026-12-01-prosecutor-accuses-poet", "ACCUSE", a1=("DZA_PROSEC", "The prosecutor's office in Tizi Ouzou"), a2=("POET", "him"), date="2026-12-01")
r("dza", S, "dza-2021-mak-designated-terrorist", "SANCTION", a1=("DZA_GOV", "the authorities"), a2=("MAK", "the Movement for the Self-Determination of Kabylie (MAK)"), date="2021-01-01", dp="year")
S = "Algeria blamed the MAK for the wildfires"
r("dza", S, "dza-2021-08-algeria-blames-mak", "ACCUSE", a1=("DZA_GOV", "Algeria"), a2=("MAK", "the MAK"), date="2021-08-01", dp="month")
r("dza", S, "larbaa-nath-irathen-2021-08-bensmail-lynching", "ASSAULT", "beating", a1=("DZA_MOB", None), a2=("BENSMAIL", "a young man, Djamel Bensmail"), loc="larbaa", date="2021-08-01", dp="month", fat=1)
r("dza", "The group denied any role.", "dza-2021-08-mak-denies-role", "ACCUSE", a1=("MAK", "The group"), a2=("DZA_GOV", None), date="2021-08-01", dp="month")
r("dza", "Shopkeepers in Azazga and Tizi Rached pulled down their shutters", "tizi-ouzou-2026-12-01-shopkeepers-strike", "PROTEST", "strike", a1=("KAB_SHOPKEEPERS", "Shopkeepers in Azazga and Tizi Rached"), loc="tizi_prov", date="2026-12-01")
r("dza", "The Algerian League for the Defence of Human Rights called on the authorities", "dza-2026-12-01-laddh-calls-for-release", "REQUEST", a1=("LADDH", "The Algerian League for the Defence of Human Rights"), a2=("DZA_GOV", "the authorities"), date="2026-12-01")
r("dza", "Students said they would march again on Thursday.", "tizi-ouzou-2026-12-03-students-march", "PROTEST", "demonstration", status="planned", a1=("KAB_STUDENTS", "Students"), loc="tizi_ouzou", date="2026-12-03")

# ---------------------------------------------------------------- vardar_herald (pub 2026-11-26, Thursday)
S = "Hundreds of ethnic Albanians clashed with police in Tetovo late on Wednesday"
r("mkd", S, TETOVO_RIOT, "PROTEST", "riot", a1=("MKD_PROT", "Hundreds of ethnic Albanians"), a2=("MKD_POL", "police"), loc="tetovo", date="2026-11-25", inj=17, attr="the interior ministry")
r("mkd", S, SULEJMANI, "ASSAULT", "firearms", a1=("MKD_POL", "an officer"), a2=("BOY", "a 17-year-old boy"), loc="tearce", date="2026-11-24", fat=1, attr="the interior ministry")
r("mkd", "Protesters threw stones and petrol bombs at the main police station", TETOVO_RIOT, "PROTEST", "riot", a1=("MKD_PROT", "Protesters"), a2=("MKD_POL", "the main police station"), loc="tetovo", date="2026-11-25")
S = "Police responded with tear gas and water cannon and arrested 14 people."
r("mkd", S, "tetovo-2026-11-25-tear-gas-and-water-cannon", "COERCE", "tear-gas", a1=("MKD_POL", "Police"), a2=("MKD_PROT", None), loc="tetovo", date="2026-11-25")
r("mkd", S, "tetovo-2026-11-25-14-arrested", "COERCE", "arrest", a1=("MKD_POL", "Police"), a2=("MKD_PROT", "14 people"), loc="tetovo", date="2026-11-25")
r("mkd", "The boy, Arben Sulejmani, was shot on Tuesday evening", SULEJMANI, "ASSAULT", "firearms", a1=("MKD_POL", None), a2=("BOY", "The boy, Arben Sulejmani"), loc="tearce", date="2026-11-24", fat=1, attr="the ministry")
S = "It said the officer had fired in self-defence"
r("mkd", S, SULEJMANI, "ASSAULT", "firearms", a1=("MKD_POL", "the officer"), a2=("BOY", "the driver"), loc="tearce", date="2026-11-24", attr="It")
r("mkd", S, "tetovo-2026-11-26-family-rejects-police-version", "ACCUSE", a1=("BOY_FAMILY", "his family"), a2=("MKD_MOI", None), date="2026-11-26")
r("mkd", "Interior Minister Pance Toshkovski said the officer had been suspended", "mkd-2026-11-26-toshkovski-urges-calm", "REQUEST", a1=("TOSHKOVSKI", "Interior Minister Pance Toshkovski"), a2=("MKD_CIV", "everyone"), date="2026-11-26")
S = "Prime Minister Hristijan Mickoski called the violence"
r("mkd", S, "mkd-2026-11-26-mickoski-condemns-violence", "ACCUSE", a1=("MICKOSKI", "Prime Minister Hristijan Mickoski"), a2=("MKD_PROT", None), date="2026-11-26")
r("mkd", S, "mkd-2026-11-26-mickoski-warns-attackers", "THREATEN", a1=("MICKOSKI", "Prime Minister Hristijan Mickoski"), a2=("MKD_PROT", None), date="2026-11-26")
S = "the Democratic Union for Integration, accused the government"
r("mkd", S, "mkd-2026-11-26-dui-accuses-government", "ACCUSE", a1=("DUI", "the Democratic Union for Integration"), a2=("MKD_GOV", "the government"), date="2026-11-26")
r("mkd", S, "mkd-2026-11-26-dui-demands-minister-resign", "REQUEST", a1=("DUI", "the Democratic Union for Integration"), a2=("TOSHKOVSKI", "the minister"), date="2026-11-26")
S = "In 2001, ethnic Albanian guerrillas of the National Liberation Army fought"
r("mkd", S, "tetovo-2001-nla-insurgency", "ASSAULT", a1=("NLA", "ethnic Albanian guerrillas of the National Liberation Army"), a2=("MKD_SEC", "security forces"), loc="tetovo", date="2001-01-01", dp="year")
r("mkd", S, "mkd-2001-ohrid-agreement", "AGREE", a1=("MKD_GOV", None), a2=("NLA", None), date="2001-01-01", dp="year")
r("mkd", "Albanian Prime Minister Edi Rama phoned Mickoski on Thursday", "mkd-2026-11-26-rama-mickoski-call", "CONSULT", "phone-call", a1=("RAMA", "Albanian Prime Minister Edi Rama"), a2=("MICKOSKI", "Mickoski"), date="2026-11-26")
r("mkd", "organisers have called for a march to the court in Tetovo", "tetovo-2026-11-27-funeral-march", "PROTEST", "demonstration", status="planned", a1=("MKD_ORGANISERS", "organisers"), loc="tetovo", date="2026-11-27")
r("mkd", "The European Union's delegation in Skopje called on all sides", "mkd-2026-11-26-eu-calls-for-restraint", "REQUEST", a1=("EU_DELEG", "The European Union's delegation in Skopje"), a2=("MKD_ALL", "all sides"), date="2026-11-26")

# ---------------------------------------------------------------- caribbean_ledger (pub 2026-12-05, Saturday)
S = "Residents of Laventille set tyres and debris on fire"
r("tto", S, "laventille-2026-12-05-road-blockades", "PROTEST", "demonstration", a1=("TTO_RESIDENTS", "Residents of Laventille"), loc="laventille", date="2026-12-05")
r("tto", S, "laventille-2026-12-05-residents-accuse-police", "ACCUSE", a1=("TTO_RESIDENTS", "Residents of Laventille"), a2=("TTO_POL", "police"), date="2026-12-05")
r("tto", S, BEETHAM, "ASSAULT", "firearms", a1=("TTO_POL", "police"), a2=("TTO_MEN", "three young men"), loc="laventille", date="2026-12-05", fat=3, attr="Residents of Laventille")
r("tto", "Police said officers of the Special Operations Response Team came under fire", BEETHAM, "ASSAULT", "firearms", a1=("TTO_POL", "officers of the Special Operations Response Team"), a2=("TTO_MEN", "three suspected members of a gang"), loc="laventille", date="2026-12-05", fat=3, attr="Police")
r("tto", "Relatives said the men were unarmed and asleep.", "laventille-2026-12-05-relatives-dispute-police-account", "ACCUSE", a1=("TTO_RELATIVES", "Relatives"), a2=("TTO_POL", None), date="2026-12-05")
r("tto", "Two pistols and a rifle were recovered, police said.", "laventille-2026-12-05-weapons-seized", "COERCE", "seize", a1=("TTO_POL", None), loc="laventille", date="2026-12-05", attr="police")
S = "Officers fired tear gas to clear the barricades"
r("tto", S, "laventille-2026-12-05-tear-gas-on-barricades", "COERCE", "tear-gas", a1=("TTO_POL", "Officers"), a2=("TTO_RESIDENTS", None), loc="laventille", date="2026-12-05", attr="witnesses")
r("tto", S, "laventille-2026-12-05-several-detained", "COERCE", "arrest", a1=("TTO_POL", None), a2=("TTO_RESIDENTS", "several people"), loc="laventille", date="2026-12-05", attr="witnesses")
r("tto", "gunmen killed four people, including a 12-year-old girl, at a bar in Chaguanas", "chaguanas-2026-12-01-bar-shooting", "ASSAULT", "firearms", a1=("TTO_GUNMEN", "gunmen"), a2=("TTO_CIV", "four people"), loc="chaguanas", date="2026-12-01", fat=4)
r("tto", "Police blamed a feud between rival gangs for that attack.", "tto-2026-12-05-police-blame-gang-feud", "ACCUSE", a1=("TTO_POL", "Police"), a2=("TTO_GANGS", "rival gangs"), date="2026-12-05")
S = "Prime Minister Kamla Persad-Bissessar defended the police"
r("tto", S, "tto-2026-12-05-pm-defends-police", "SUPPORT", a1=("PERSAD", "Prime Minister Kamla Persad-Bissessar"), a2=("TTO_POL", "the police"), date="2026-12-05")
r("tto", S, "tto-2026-12-05-pm-vows-to-hunt-gang-leaders", "THREATEN", a1=("PERSAD", "Prime Minister Kamla Persad-Bissessar"), a2=("TTO_GANGS", "gang leaders"), date="2026-12-05")
r("tto", "National Security Minister Roger Alexander said soldiers would join police patrols", "port-of-spain-2026-12-07-soldiers-join-patrols", "MOBILIZE", status="planned", a1=("TTO_MIL", "soldiers"), loc="port_of_spain", date="2026-12-07")

# ---------------------------------------------------------------- estuaire_matin (pub 2026-10-14, Wednesday)
LBV_PROTEST = "libreville-2026-10-13-power-cut-protests"
BILIE_DET = "libreville-2026-10-14-bilie-by-nze-detained"
S = "Police fired tear gas on Tuesday night to disperse hundreds of young people"
r("gab", S, "libreville-2026-10-13-tear-gas-on-protesters", "COERCE", "tear-gas", a1=("GAB_POL", "Police"), a2=("GAB_PROT", "hundreds of young people"), loc="libreville", date="2026-10-13")
r("gab", S, LBV_PROTEST, "PROTEST", "riot", a1=("GAB_PROT", "hundreds of young people"), loc="libreville", date="2026-10-13")
r("gab", "Protesters looted two shops and set fire to a vehicle", LBV_PROTEST, "PROTEST", "riot", a1=("GAB_PROT", "Protesters"), loc="libreville", date="2026-10-13", attr="a police officer at the scene")
r("gab", "Eleven people were arrested, according to the interior ministry.", "libreville-2026-10-13-eleven-arrested", "COERCE", "arrest", a1=("GAB_POL", None), a2=("GAB_PROT", "Eleven people"), loc="libreville", date="2026-10-13", attr="the interior ministry")
S = "Early on Wednesday, agents of the General Directorate of Research detained"
r("gab", S, BILIE_DET, "COERCE", "arrest", a1=("GAB_DGR", "agents of the General Directorate of Research"), a2=("BILIE", "opposition politician Alain-Claude Bilie-By-Nze"), loc="libreville", date="2026-10-14", attr="his party")
r("gab", S, "gab-2026-10-14-bilie-party-accuses-government", "ACCUSE", a1=("BILIE_PARTY", "his party"), a2=("GAB_GOV", "the government"), date="2026-10-14")
r("gab", "Government spokesman Laurence Ndong said Bilie-By-Nze had been", BILIE_DET, "COERCE", "arrest", status="denied", a1=("NDONG", "Government spokesman Laurence Ndong"), a2=("BILIE", "Bilie-By-Nze"), loc="libreville", date="2026-10-14", attr="Government spokesman Laurence Ndong")
r("gab", "President Brice Clotaire Oligui Nguema, who led the August 2023 coup", "libreville-2026-10-14-president-meets-seeg", "CONSULT", "meeting", a1=("OLIGUI", "President Brice Clotaire Oligui Nguema"), a2=("SEEG", "the heads of SEEG"), loc="libreville", date="2026-10-14")
r("gab", "He ordered that a Turkish power ship be brought into service", "gab-2026-10-14-president-warns-vandals", "THREATEN", a1=("OLIGUI", "He"), a2=("GAB_PROT", "vandals"), date="2026-10-14")
r("gab", "Residents of Nzeng-Ayong said another protest was planned for Saturday", "libreville-nzeng-ayong-conditional-protest", "PROTEST", "demonstration", status="threatened", a1=("GAB_RESIDENTS", "Residents of Nzeng-Ayong"), loc="libreville")
r("gab", "The opposition Union for Gabon's Renewal called on the government", "gab-2026-10-14-ugr-demands-release", "REQUEST", a1=("UGR", "The opposition Union for Gabon's Renewal"), a2=("GAB_GOV", "the government"), date="2026-10-14")
