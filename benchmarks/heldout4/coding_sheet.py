"""Coding sheet for the fourth held-out gold set: compiled into events.jsonl by
benchmarks/heldout/build_gold.py --set benchmarks/heldout4.

Each row names its article (source file, index), a unique piece of the sentence, and the coded
fields; actor spans are given as the words in the sentence and turned into offsets by the builder.
Actors: key -> (name, country, sector, code). Locations: key -> (name, country, lat, lon, precision).
"""

ARTICLES = {
    "lima": ("andean_review_lima.txt", 0),
    "ecuador": ("andes_post_guayaquil.txt", 0),
    "chad2": ("chad_tribune_lac.txt", 0),
    "thailand": ("deep_south_times_narathiwat.txt", 0),
    "duhok": ("mesopotamia_monitor_duhok.txt", 0),
    "papua2": ("tanah_papua_today_intan_jaya.html", 0),
    "kashmir2": ("valley_chronicle_kulgam.html", 0),
    "chad": ("wire_oct2026.txt", 0),
    "kashmir": ("wire_oct2026.txt", 1),
    "kosovo": ("wire_oct2026.txt", 2),
    "ssudan": ("wire_oct2026.txt", 3),
    "poland": ("wire_oct2026.txt", 4),
    "papua": ("wire_oct2026.txt", 5),
    "tunisia": ("wire_oct2026.txt", 6),
}

A = {
    # Chad / Lake Chad
    "BOKO": ("Boko Haram", "NGA", "INSURGENT", "BOKO-HARAM"),
    "BAKURA": ("Boko Haram (Bakura Doro faction)", "NGA", "INSURGENT", "BOKO-HARAM"),
    "TCD_JIHADISTS": ("suspected jihadists (Lake Chad)", "TCD", "INSURGENT", "INSURGENT"),
    "TCD_MIL": ("Chad army", "TCD", "MIL", "TCD.MIL"),
    "TCD_GOV": ("Chad government", "TCD", "GOV", "TCD.GOV"),
    "DEBY": ("Mahamat Idriss Deby", "TCD", "GOV", "TCD.GOV"),
    "SEBEY": ("Ali Mahamat Sebey", "TCD", "GOV", "TCD.GOV"),
    "TCD_CIV": ("Chad civilians", "TCD", "CIVILIAN", "TCD.CIVILIAN"),
    "TCD_FISH": ("fishermen's association of Bol", "TCD", "NGO", "TCD.NGO"),
    "TCD_PROT": ("relatives of dead soldiers in Bol", "TCD", "PROTESTER", "TCD.PROTESTER"),
    "TCD_NEIGHBOURS": ("Chad's neighbours in the joint force", None, "GOV", "GOV"),
    "MNJTF": ("Multinational Joint Task Force", None, "IGO", "IGO.MNJTF"),
    "LCBC": ("Lake Chad Basin Commission", None, "IGO", "IGO.LCBC"),
    "NGA_MIL": ("Nigeria army", "NGA", "MIL", "NGA.MIL"),
    "FRA_MIL": ("France military", "FRA", "MIL", "FRA.MIL"),
    "FRA_GOV": ("France government", "FRA", "GOV", "FRA.GOV"),
    "OCHA": ("OCHA", None, "IGO", "IGO.UN"),
    # Kashmir
    "TRF": ("The Resistance Front", "IND", "INSURGENT", "TRF"),
    "KASH_MILITANTS": ("Kashmir militants", "IND", "INSURGENT", "INSURGENT"),
    "IND_MIL": ("India army", "IND", "MIL", "IND.MIL"),
    "IND_SEC": ("India security forces", "IND", "POLICE", "IND.POLICE"),
    "IND_POL": ("Jammu and Kashmir police", "IND", "POLICE", "IND.POLICE"),
    "IND_GOV": ("India government", "IND", "GOV", "IND.GOV"),
    "SHAH": ("Amit Shah", "IND", "GOV", "IND.GOV"),
    "BIRDI": ("V.K. Birdi", "IND", "POLICE", "IND.POLICE"),
    "ABDULLAH": ("Omar Abdullah", "IND", "GOV", "IND.GOV"),
    "MODI": ("Narendra Modi", "IND", "GOV", "IND.GOV"),
    "MUFTI": ("Mehbooba Mufti", "IND", "PARTY", "IND.PARTY"),
    "IND_CIV": ("India civilians", "IND", "CIVILIAN", "IND.CIVILIAN"),
    "WANI": ("Irfan Ahmad Wani", "IND", "CIVILIAN", "IND.CIVILIAN"),
    "IND_PROT": ("Kulgam protesters", "IND", "PROTESTER", "IND.PROTESTER"),
    "KTMF": ("Kashmir Traders and Manufacturers Federation", "IND", "PROTESTER", "IND.PROTESTER"),
    "PAK_GOV": ("Pakistan government", "PAK", "GOV", "PAK.GOV"),
    "PAK_MOFA": ("Pakistan foreign ministry", "PAK", "GOV", "PAK.GOV"),
    "PAK_MIL": ("Pakistan army", "PAK", "MIL", "PAK.MIL"),
    "PAK_CIV": ("Pakistan civilians", "PAK", "CIVILIAN", "PAK.CIVILIAN"),
    "INDPAK": ("India and Pakistan", None, "GOV", "GOV"),
    # Kosovo
    "KOS_POL": ("Kosovo police", "XKX", "POLICE", "XKX.POLICE"),
    "KOS_GOV": ("Kosovo government", "XKX", "GOV", "XKX.GOV"),
    "KURTI": ("Albin Kurti", "XKX", "GOV", "XKX.GOV"),
    "KOS_SERB_PROT": ("Kosovo Serb protesters", "XKX", "PROTESTER", "XKX.PROTESTER"),
    "KOS_SERB_REPS": ("Serb representatives of northern Kosovo municipalities", "XKX", "PARTY", "XKX.PARTY"),
    "JOVANOVIC": ("Dragan Jovanovic", "XKX", "GOV", "XKX.GOV"),
    "SERB_GUNMEN": ("Serb gunmen (Banjska)", "XKX", "OTHER", "XKX.OTHER"),
    "SRB_GOV": ("Serbia government", "SRB", "GOV", "SRB.GOV"),
    "SRB_MIL": ("Serbia army", "SRB", "MIL", "SRB.MIL"),
    "VUCIC": ("Aleksandar Vucic", "SRB", "GOV", "SRB.GOV"),
    "KFOR": ("KFOR", None, "IGO", "IGO.NATO"),
    "KALLAS": ("Kaja Kallas", None, "IGO", "IGO.EU"),
    "EU": ("European Union", None, "IGO", "IGO.EU"),
    # South Sudan
    "WHITE_ARMY": ("White Army", "SSD", "REBEL", "WHITE-ARMY"),
    "SPLMIO": ("SPLM-IO", "SSD", "REBEL", "SPLM-IO"),
    "SSD_MIL": ("South Sudan army (SSPDF)", "SSD", "MIL", "SSD.MIL"),
    "SSD_GOV": ("South Sudan government", "SSD", "GOV", "SSD.GOV"),
    "KIIR": ("Salva Kiir", "SSD", "GOV", "SSD.GOV"),
    "KIIR_SPOX": ("Salva Kiir's spokesman", "SSD", "GOV", "SSD.GOV"),
    "MACHAR": ("Riek Machar", "SSD", "GOV", "SSD.GOV"),
    "SSD_CIV": ("South Sudan civilians", "SSD", "CIVILIAN", "SSD.CIVILIAN"),
    "UNMISS": ("UNMISS", None, "IGO", "IGO.UN"),
    "AU": ("African Union", None, "IGO", "IGO.AU"),
    "UGA_MIL": ("Uganda army", "UGA", "MIL", "UGA.MIL"),
    "TROIKA": ("Troika (United States, Britain and Norway)", None, "GOV", "GOV"),
    # Poland / Belarus
    "POL_MIL": ("Poland army", "POL", "MIL", "POL.MIL"),
    "POL_BG": ("Polish Border Guard", "POL", "POLICE", "POL.POLICE"),
    "POL_GOV": ("Poland government", "POL", "GOV", "POL.GOV"),
    "KIERWINSKI": ("Marcin Kierwinski", "POL", "GOV", "POL.GOV"),
    "TUSK": ("Donald Tusk", "POL", "GOV", "POL.GOV"),
    "POL_ACTIVISTS": ("activists in Hajnowka", "POL", "PROTESTER", "POL.PROTESTER"),
    "MIGRANTS": ("migrants", None, "REFUGEE", "REFUGEE"),
    "BLR_GOV": ("Belarus government", "BLR", "GOV", "BLR.GOV"),
    "BLR_BORDER": ("Belarus State Border Committee", "BLR", "GOV", "BLR.GOV"),
    "LUKASHENKO": ("Alexander Lukashenko", "BLR", "GOV", "BLR.GOV"),
    "LTU_GOV": ("Lithuania government", "LTU", "GOV", "LTU.GOV"),
    "EC": ("European Commission", None, "IGO", "IGO.EU"),
    # Papua
    "TPNPB": ("West Papua National Liberation Army (TPNPB)", "IDN", "REBEL", "TPNPB"),
    "SAMBOM": ("Sebby Sambom", "IDN", "REBEL", "TPNPB"),
    "IDN_REBELS": ("Papuan separatist rebels", "IDN", "REBEL", "IDN.REBEL"),
    "IDN_MIL": ("Indonesia military", "IDN", "MIL", "IDN.MIL"),
    "IDN_SEC": ("Indonesia security forces", "IDN", "POLICE", "IDN.POLICE"),
    "IDN_POL": ("Indonesia police", "IDN", "POLICE", "IDN.POLICE"),
    "IDN_GOV": ("Indonesia government", "IDN", "GOV", "IDN.GOV"),
    "AGUS": ("Agus Subiyanto", "IDN", "MIL", "IDN.MIL"),
    "NAWIPA": ("Meki Nawipa", "IDN", "GOV", "IDN.GOV"),
    "IDN_CIV": ("Indonesia civilians", "IDN", "CIVILIAN", "IDN.CIVILIAN"),
    "IDN_PROT": ("Nabire marchers", "IDN", "PROTESTER", "IDN.PROTESTER"),
    "MEHRTENS": ("Phillip Mehrtens", "NZL", "CIVILIAN", "NZL.CIVILIAN"),
    "NZL_GOV": ("New Zealand foreign ministry", "NZL", "GOV", "NZL.GOV"),
    "AMNESTY": ("Amnesty International", None, "NGO", "NGO.AMNESTY"),
    # Ecuador
    "LOBOS": ("Los Lobos", "ECU", "OTHER", "ECU.OTHER"),
    "CHONEROS": ("Los Choneros", "ECU", "OTHER", "ECU.OTHER"),
    "ECU_GANGS": ("Ecuador gangs", "ECU", "OTHER", "ECU.OTHER"),
    "ECU_GUNMEN": ("Guayaquil gunmen", "ECU", "OTHER", "ECU.OTHER"),
    "ECU_INMATES": ("Ecuador inmates", "ECU", "CIVILIAN", "ECU.CIVILIAN"),
    "ECU_MIL": ("Ecuador armed forces", "ECU", "MIL", "ECU.MIL"),
    "ECU_POL": ("Ecuador police", "ECU", "POLICE", "ECU.POLICE"),
    "ECU_SEC": ("Ecuador security forces", "ECU", "POLICE", "ECU.POLICE"),
    "ECU_GOV": ("Ecuador government", "ECU", "GOV", "ECU.GOV"),
    "NOBOA": ("Daniel Noboa", "ECU", "GOV", "ECU.GOV"),
    "REIMBERG": ("John Reimberg", "ECU", "GOV", "ECU.GOV"),
    "ECU_RELATIVES": ("relatives of Litoral inmates", "ECU", "PROTESTER", "ECU.PROTESTER"),
    "ECU_PROT": ("Ecuador protesters", "ECU", "PROTESTER", "ECU.PROTESTER"),
    "CONAIE": ("CONAIE", "ECU", "PROTESTER", "ECU.PROTESTER"),
    "VARGAS": ("Marlon Vargas", "ECU", "PROTESTER", "ECU.PROTESTER"),
    "ECU_MEDIA": ("TC Television station", "ECU", "MEDIA", "ECU.MEDIA"),
    "USA_GOV": ("U.S. government", "USA", "GOV", "USA.GOV"),
    # Thailand
    "BRN": ("Barisan Revolusi Nasional", "THA", "REBEL", "BRN"),
    "THA_GUNMEN": ("gunmen in southern Thailand", "THA", "OTHER", "THA.OTHER"),
    "THA_RANGERS": ("Thailand paramilitary rangers", "THA", "MIL", "THA.MIL"),
    "THA_MIL": ("Thailand army", "THA", "MIL", "THA.MIL"),
    "THA_4ARMY": ("Fourth Army Region commander", "THA", "MIL", "THA.MIL"),
    "THA_SEC": ("Thailand security forces", "THA", "POLICE", "THA.POLICE"),
    "THA_OFFICIALS": ("Thailand security officials", "THA", "GOV", "THA.GOV"),
    "THA_GOV": ("Thailand government", "THA", "GOV", "THA.GOV"),
    "PAETONGTARN": ("Paetongtarn Shinawatra", "THA", "GOV", "THA.GOV"),
    "THA_CIV": ("Thailand civilians", "THA", "CIVILIAN", "THA.CIVILIAN"),
    "THA_STUDENTS": ("Prince of Songkla University students", "THA", "PROTESTER", "THA.PROTESTER"),
    "THA_DETAINED": ("detained students", "THA", "CIVILIAN", "THA.CIVILIAN"),
    "THA_TEACHERS": ("teachers' groups in Pattani", "THA", "NGO", "THA.NGO"),
    "CCF": ("Cross Cultural Foundation", "THA", "NGO", "THA.NGO"),
    "MYS_FAC": ("Malaysia's peace facilitator", "MYS", "GOV", "MYS.GOV"),
    # Turkey / PKK / northern Iraq
    "PKK": ("Kurdistan Workers' Party (PKK)", "TUR", "REBEL", "PKK"),
    "HPG": ("People's Defence Forces (HPG)", "TUR", "REBEL", "PKK"),
    "TUR_MIL": ("Turkey armed forces", "TUR", "MIL", "TUR.MIL"),
    "TUR_GOV": ("Turkey government", "TUR", "GOV", "TUR.GOV"),
    "ERDOGAN": ("Recep Tayyip Erdogan", "TUR", "GOV", "TUR.GOV"),
    "FIDAN": ("Hakan Fidan", "TUR", "GOV", "TUR.GOV"),
    "IRQ_GOV": ("Iraq government", "IRQ", "GOV", "IRQ.GOV"),
    "IRQ_MOFA": ("Iraq foreign ministry", "IRQ", "GOV", "IRQ.GOV"),
    "IRQ_NSC": ("Iraq National Security Council", "IRQ", "GOV", "IRQ.GOV"),
    "KRG": ("Kurdistan Regional Government", "IRQ", "GOV", "IRQ.GOV"),
    "IRQ_CIV": ("Iraq civilians", "IRQ", "CIVILIAN", "IRQ.CIVILIAN"),
    # Peru
    "PER_GUNMEN": ("Lima gunmen", "PER", "OTHER", "PER.OTHER"),
    "INJERTOS": ("Los Injertos del Cono Norte", "PER", "OTHER", "PER.OTHER"),
    "PER_CIV": ("Peru civilians", "PER", "CIVILIAN", "PER.CIVILIAN"),
    "PER_UNIONS": ("Lima transport unions", "PER", "PROTESTER", "PER.PROTESTER"),
    "PER_DRIVERS": ("Lima transport workers marching", "PER", "PROTESTER", "PER.PROTESTER"),
    "PER_PROT": ("Peru protesters", "PER", "PROTESTER", "PER.PROTESTER"),
    "PER_POL": ("Peru police", "PER", "POLICE", "PER.POLICE"),
    "PER_MIL": ("Peru armed forces", "PER", "MIL", "PER.MIL"),
    "PER_GOV": ("Peru government", "PER", "GOV", "PER.GOV"),
    "MALAVER": ("Carlos Malaver", "PER", "GOV", "PER.GOV"),
    "LIMA_CHAMBER": ("Lima Chamber of Commerce", "PER", "OTHER", "PER.OTHER"),
    # Tunisia
    "UGTT": ("UGTT", "TUN", "PROTESTER", "TUN.PROTESTER"),
    "UGTT_SG": ("UGTT secretary-general", "TUN", "PROTESTER", "TUN.PROTESTER"),
    "TUN_PROT": ("Tunis protesters", "TUN", "PROTESTER", "TUN.PROTESTER"),
    "TUN_POL": ("Tunisia police", "TUN", "POLICE", "TUN.POLICE"),
    "TUN_GOV": ("Tunisia government", "TUN", "GOV", "TUN.GOV"),
    "SAIED": ("Kais Saied", "TUN", "GOV", "TUN.GOV"),
    "TUN_PROSECUTOR": ("Tunisia public prosecutor", "TUN", "JUDICIARY", "TUN.JUDICIARY"),
    "TUN_COURT": ("Tunisia court", "TUN", "JUDICIARY", "TUN.JUDICIARY"),
    "BEN_AMMAR": ("Sami Ben Ammar", "TUN", "PARTY", "TUN.PARTY"),
    "TUN_OPP": ("Tunisian opposition figures", "TUN", "PARTY", "TUN.PARTY"),
    "TUN_RIGHTS": ("rights groups", None, "NGO", "NGO"),
    "MELONI": ("Giorgia Meloni", "ITA", "GOV", "ITA.GOV"),
}

L = {
    # Chad
    "kaiga": ("Kaiga-Kindjiria island (Lac province)", "TCD", 13.4673, 14.7135, "admin1"),
    "lac": ("Lake Chad islands (Lac province)", "TCD", 13.4673, 14.7135, "admin1"),
    "ngouboua": ("near Ngouboua (Lac province)", "TCD", 13.4673, 14.7135, "admin1"),
    "kinasserom": ("Kinasserom fishing village (Lac province)", "TCD", 13.4673, 14.7135, "admin1"),
    "barkaram": ("Barkaram (Lac province)", "TCD", 13.4673, 14.7135, "admin1"),
    "bol": ("Bol", "TCD", 13.4673, 14.7135, "city"),
    "ndjamena": ("N'Djamena", "TCD", 12.1067, 15.0444, "city"),
    "chad": ("Chad", "TCD", 12.1067, 15.0444, "country"),
    "borno": ("Lake Chad shore, Borno state", "NGA", 11.8469, 13.1571, "admin1"),
    # Kashmir
    "chimmer": ("near Chimmer, Devsar area (Kulgam district)", "IND", 33.6446, 75.0192, "district"),
    "kulgam_district": ("Kulgam district forests", "IND", 33.6446, 75.0192, "district"),
    "redwani": ("Redwani village (Kulgam district)", "IND", 33.6446, 75.0192, "district"),
    "kulgam": ("Kulgam", "IND", 33.6446, 75.0192, "city"),
    "south_kashmir": ("south Kashmir (Jammu and Kashmir)", "IND", 34.0857, 74.8056, "admin1"),
    "srinagar": ("Srinagar", "IND", 34.0857, 74.8056, "city"),
    "sopore": ("Sopore", "IND", 34.2867, 74.4723, "city"),
    "pahalgam": ("meadow near Pahalgam", "IND", 34.0159, 75.3190, "city"),
    "new_delhi": ("New Delhi", "IND", 28.6214, 77.2148, "city"),
    "islamabad": ("Islamabad", "PAK", 33.7215, 73.0433, "city"),
    "neelum": ("Neelum valley (Athmuqam)", "PAK", 34.5717, 73.8972, "district"),
    # Kosovo
    "zvecan": ("Zvecan", "XKX", 42.9075, 20.8403, "city"),
    "mitrovica": ("Mitrovica", "XKX", 42.8833, 20.8667, "city"),
    "banjska": ("Banjska village (Zvecan municipality)", "XKX", 42.9075, 20.8403, "district"),
    "serbia": ("Serbia", "SRB", 44.8040, 20.4651, "country"),
    # South Sudan
    "upper_nile": ("Upper Nile state", "SSD", 9.5334, 31.6605, "admin1"),
    "ulang": ("near Ulang (Upper Nile state)", "SSD", 9.5334, 31.6605, "admin1"),
    "sobat": ("villages along the Sobat river (Upper Nile state)", "SSD", 9.5334, 31.6605, "admin1"),
    "nasir": ("Nasir", "SSD", 8.6000, 33.0667, "city"),
    "malakal": ("Malakal", "SSD", 9.5334, 31.6605, "city"),
    "juba": ("Juba", "SSD", 4.8517, 31.5825, "city"),
    # Poland / Belarus
    "dubicze": ("near Dubicze Cerkiewne, Poland-Belarus border (Podlaskie)", "POL", 53.1333, 23.1643, "admin1"),
    "pl_border": ("Poland-Belarus border (Podlaskie)", "POL", 53.1333, 23.1643, "admin1"),
    "hajnowka": ("Hajnowka", "POL", 52.7433, 23.5812, "city"),
    "poland": ("Poland", "POL", 52.2298, 21.0118, "country"),
    # Papua
    "hitadipa": ("near Hitadipa village, Intan Jaya regency", "IDN", -3.7431, 137.0500, "district"),
    "intan_jaya": ("Intan Jaya regency", "IDN", -3.7431, 137.0500, "district"),
    "sugapa": ("Sugapa", "IDN", -3.7431, 137.0500, "city"),
    "puncak": ("Puncak regency (Ilaga)", "IDN", -3.9500, 137.4000, "district"),
    "nduga": ("Nduga regency (Highland Papua)", "IDN", -4.0958, 138.9481, "admin1"),
    "yahukimo": ("Yahukimo regency (Highland Papua)", "IDN", -4.0958, 138.9481, "admin1"),
    "papua": ("Papua region", "IDN", -2.5337, 140.7181, "admin1"),
    "nabire": ("Nabire", "IDN", -3.3599, 135.5007, "city"),
    # Ecuador
    "litoral": ("Litoral Penitentiary, Guayaquil", "ECU", -2.1962, -79.8862, "city"),
    "guayaquil": ("Guayaquil", "ECU", -2.1962, -79.8862, "city"),
    "santa_elena": ("Santa Elena province", "ECU", -2.2262, -80.8590, "admin1"),
    "imbabura": ("Imbabura province", "ECU", 0.3488, -78.1246, "admin1"),
    "ecuador": ("Ecuador", "ECU", -0.2299, -78.5250, "country"),
    # Thailand
    "rueso": ("Rueso district, Narathiwat", "THA", 6.3936, 101.5185, "district"),
    "nong_chik": ("Nong Chik district (Pattani province)", "THA", 6.8681, 101.2501, "admin1"),
    "bannang_sata": ("Bannang Sata district (Yala province)", "THA", 6.5411, 101.2804, "admin1"),
    "su_ngai_padi": ("temple in Su-ngai Padi district (Narathiwat province)", "THA", 6.4264, 101.8231, "admin1"),
    "ingkayuth": ("Ingkayuthaborihan army camp (Pattani province)", "THA", 6.8681, 101.2501, "admin1"),
    "pattani_prov": ("Pattani province", "THA", 6.8681, 101.2501, "admin1"),
    "pattani": ("Pattani", "THA", 6.8681, 101.2501, "city"),
    "deep_south": ("Narathiwat, Pattani and Yala provinces", "THA", 13.7563, 100.5018, "country"),
    "kuala_lumpur": ("Kuala Lumpur", "MYS", 3.1412, 101.6865, "city"),
    # Turkey / PKK
    "duhok": ("Duhok province", "IRQ", 36.8661, 42.9879, "admin1"),
    "amadiya": ("Turkish base near Amadiya (Amadiya district)", "IRQ", 37.0925, 43.4878, "district"),
    "barwari": ("Barwari Bala area (Amadiya district)", "IRQ", 37.0925, 43.4878, "district"),
    "baghdad": ("Baghdad", "IRQ", 33.3406, 44.4009, "city"),
    "ankara": ("Ankara", "TUR", 39.9199, 32.8543, "city"),
    # Peru
    "sjl": ("San Juan de Lurigancho district, Lima", "PER", -11.9800, -77.0000, "district"),
    "congress": ("Congress building, Lima", "PER", -12.0453, -77.0303, "point"),
    "lima": ("Lima", "PER", -12.0432, -77.0282, "city"),
    # Tunisia
    "tunis": ("Tunis", "TUN", 36.8190, 10.1658, "city"),
    "sousse": ("Sousse", "TUN", 35.8254, 10.6370, "city"),
    "tunisia": ("Tunisia", "TUN", 36.8190, 10.1658, "country"),
}

# Incident labels used in several rows / articles.
KAIGA = "kaiga-kindjiria-2026-10-11-boko-haram-attack-on-army-base"
COUNTER = "lac-2026-10-12-chad-army-counter-offensive"
LCBC_MEETING = "ndjamena-2026-10-20-lcbc-defence-ministers-meeting"
CHIMMER = "chimmer-2026-10-13-trf-ambush-on-army-vehicle"
DEVSAR = "devsar-2026-10-14-gunfight-with-militants"
ABDULLAH_MODI = "new-delhi-2026-10-16-abdullah-modi-meeting"
WANI_BEATING = "redwani-2026-10-14-soldiers-beat-student"
KULGAM_PROTEST = "kulgam-2026-10-15-protest"
ZVECAN_PROTEST = "zvecan-2026-10-19-serb-protest"
ULANG = "ulang-2026-10-31-white-army-attack-on-barracks"
SOBAT = "sobat-2026-11-01-army-gunship-strikes-on-villages"
HITADIPA = "hitadipa-2026-11-15-tpnpb-killing-of-road-workers"
SUGAPA = "sugapa-2026-11-16-gunfight"
SUGAPA_ARSON = "sugapa-2026-11-17-house-burning"
MEHRTENS = "nduga-2023-tpnpb-abduction-of-mehrtens"
LITORAL = "guayaquil-2026-11-08-litoral-prison-clashes"
RUESO = "rueso-2025-05-13-roadside-bomb-on-rangers"
PSU_ARREST = "pattani-2025-05-students-arrested"
AMADIYA = "amadiya-2024-07-08-pkk-rocket-attack-on-turkish-base"
TORTURE = "ingkayuthaborihan-torture-of-detainees"

R = []


def r(art, sent, inc, typ, mode=None, status="reported", a1=None, a2=None, loc=None,
      date=None, dp=None, fat=None, inj=None, attr=None):
    if date is not None and dp is None:
        dp = "day"
    R.append(dict(art=art, sent=sent, inc=inc, typ=typ, mode=mode, status=status, a1=a1, a2=a2,
                  loc=loc, date=date, dp=dp, fat=fat, inj=inj, attr=attr))


# ---------------------------------------------------------------- wire_oct2026 #0 Chad (pub 2026-10-13)
r("chad", "Boko Haram fighters attacked an army base on the island of Kaiga-Kindjiria", KAIGA, "ASSAULT", a1=("BOKO", "Boko Haram fighters"), a2=("TCD_MIL", "an army base"), loc="kaiga", date="2026-10-11", fat=14, inj=21, attr="the army")
r("chad", "The assailants, who arrived in dozens of motorised canoes", KAIGA, "ASSAULT", a1=("BOKO", "The assailants"), a2=("TCD_MIL", "the base"), loc="kaiga", date="2026-10-11", attr="army spokesman General Issakha Acheikh")
r("chad", "Troops killed 37 of the attackers in a counter-offensive on Monday", COUNTER, "ASSAULT", status="claimed", a1=("TCD_MIL", "Troops"), a2=("BOKO", "37 of the attackers"), loc="lac", date="2026-10-12", fat=37, attr="the army statement")
S = "President Mahamat Idriss Deby travelled to Bol, the provincial capital"
r("chad", S, "bol-2026-10-12-deby-visits-wounded-soldiers", "CONSULT", "visit", a1=("DEBY", "President Mahamat Idriss Deby"), a2=("TCD_MIL", "wounded soldiers"), loc="bol", date="2026-10-12")
r("chad", S, "chad-2026-10-12-deby-vows-to-hunt-attackers", "THREATEN", a1=("DEBY", "President Mahamat Idriss Deby"), a2=("BOKO", "the attackers"), date="2026-10-12")
S = "Deby threatened last year to pull Chad out of the Multinational Joint Task Force"
r("chad", S, "chad-2025-deby-threatens-to-quit-mnjtf", "SANCTION", status="threatened", a1=("DEBY", "Deby"), a2=("MNJTF", "the Multinational Joint Task Force"), date="2025-01-01", dp="year")
r("chad", S, "chad-2025-deby-criticises-neighbours", "ACCUSE", a1=("DEBY", "Deby"), a2=("TCD_NEIGHBOURS", "Chad's neighbours"), date="2025-01-01", dp="year")
r("chad", "suspected jihadists abducted six fishermen near the town of Ngouboua", "ngouboua-2026-10-10-fishermen-abducted", "ASSAULT", "abduction", a1=("TCD_JIHADISTS", "suspected jihadists"), a2=("TCD_CIV", "six fishermen"), loc="ngouboua", date="2026-10-10", attr="a local official")
r("chad", "the kidnappers had demanded a ransom of 10 million CFA francs", "ngouboua-2026-10-kidnappers-threaten-fishermen", "THREATEN", a1=("TCD_JIHADISTS", "the kidnappers"), a2=("TCD_CIV", "them"), date="2026-10-13", attr="The official")
r("chad", "In 2015, Boko Haram suicide bombers struck the capital N'Djamena twice", "ndjamena-2015-boko-haram-suicide-bombings", "ASSAULT", "suicide", a1=("BOKO", "Boko Haram suicide bombers"), loc="ndjamena", date="2015-01-01", dp="year", fat=50)
r("chad", "Chad is due to host a meeting of Lake Chad Basin Commission defence ministers", LCBC_MEETING, "CONSULT", "meeting", status="planned", a1=("TCD_GOV", "Chad"), a2=("LCBC", "Lake Chad Basin Commission defence ministers"), loc="ndjamena", date="2026-10-20", dp="week")
S = "France, which withdrew its last troops from Chad in January 2025"
r("chad", S, "chad-2025-01-french-withdrawal", "RETREAT", a1=("FRA_MIL", "France"), loc="chad", date="2025-01-01", dp="month")
r("chad", S, "chad-ends-defence-agreement-with-france", "SANCTION", a1=("TCD_GOV", "N'Djamena"), a2=("FRA_GOV", "France"))
r("chad", S, "chad-2026-10-13-france-condemns-attack", "ACCUSE", a1=("FRA_GOV", "France"), a2=("BOKO", None), date="2026-10-13")

# ---------------------------------------------------------------- chad_tribune_lac (pub 2026-10-14)
r("chad2", "The death toll from Sunday's Boko Haram attack on an army base", KAIGA, "ASSAULT", a1=("BOKO", "Boko Haram"), a2=("TCD_MIL", "19 soldiers"), loc="kaiga", date="2026-10-11", fat=19, attr="military sources")
r("chad2", "The Boko Haram faction led by Bakura Doro claimed the attack", KAIGA, "ASSAULT", status="claimed", a1=("BAKURA", "The Boko Haram faction led by Bakura Doro"), a2=("TCD_MIL", "more than 40 soldiers"), loc="kaiga", date="2026-10-11", fat=40, attr="the Bakura Doro faction")
r("chad2", "a fighter threatens further attacks on", "chad-2026-10-13-bakura-faction-threatens-attacks", "THREATEN", a1=("BAKURA", "a fighter"), a2=("TCD_MIL", "the soldiers of the tyrant"), date="2026-10-13")
r("chad2", "its counter-offensive, backed by helicopter gunships", COUNTER, "ASSAULT", status="claimed", a1=("TCD_MIL", "The army"), a2=("BOKO", "more than 60 terrorists"), loc="lac", date="2026-10-12", fat=60, attr="The army")
r("chad2", "Soldiers arrested 11 men in the fishing village of Kinasserom", "kinasserom-2026-10-13-arrests", "COERCE", "arrest", a1=("TCD_MIL", "Soldiers"), a2=("TCD_CIV", "11 men"), loc="kinasserom", date="2026-10-13", attr="the village chief")
r("chad2", "banned all boat traffic on the lake", "lac-2026-10-13-night-boat-ban", "COERCE", "curfew", a1=("SEBEY", "Lac Governor Ali Mahamat Sebey"), a2=("TCD_CIV", "fishermen"), loc="lac", date="2026-10-13")
r("chad2", "The fishermen's association of Bol said the ban would ruin", "bol-2026-10-14-fishermen-ask-to-lift-ban", "REQUEST", a1=("TCD_FISH", "The fishermen's association of Bol"), a2=("SEBEY", "the governor"), date="2026-10-14")
r("chad2", "Dozens of relatives of the dead soldiers staged a sit-in", "bol-2026-10-14-relatives-sit-in", "PROTEST", "demonstration", a1=("TCD_PROT", "Dozens of relatives of the dead soldiers"), loc="bol", date="2026-10-14")
r("chad2", "Nigeria's army said it had sent additional troops", "borno-2026-10-13-nigerian-reinforcements", "MOBILIZE", a1=("NGA_MIL", "Nigeria's army"), loc="borno", date="2026-10-13", attr="Nigeria's army")
r("chad2", "the meeting of Lake Chad Basin Commission defence ministers would go ahead", LCBC_MEETING, "CONSULT", "meeting", status="planned", a1=("TCD_GOV", None), a2=("LCBC", "Lake Chad Basin Commission defence ministers"), loc="ndjamena", date="2026-10-20", attr="Chad's defence ministry")
r("chad2", "when Boko Haram fighters killed around 40 soldiers at a base in Barkaram", "barkaram-2024-10-boko-haram-attack", "ASSAULT", a1=("BOKO", "Boko Haram fighters"), a2=("TCD_MIL", "around 40 soldiers"), loc="barkaram", date="2024-10-01", dp="month", fat=40)
r("chad2", "launched a months-long offensive against the group after that attack", "lac-2024-10-chad-offensive-against-boko-haram", "ASSAULT", a1=("DEBY", "President Mahamat Idriss Deby"), a2=("BOKO", "the group"), loc="lac", date="2024-10-01", dp="month")
r("chad2", "They came at night, from all sides, in many boats.", KAIGA, "ASSAULT", a1=("BOKO", "They"), loc="kaiga", date="2026-10-11", attr="a wounded soldier")
r("chad2", "The U.N. humanitarian office OCHA called on all parties", "lac-2026-10-14-ocha-calls-for-access", "REQUEST", a1=("OCHA", "The U.N. humanitarian office OCHA"), date="2026-10-14")

# ---------------------------------------------------------------- wire_oct2026 #1 Kashmir (pub 2026-10-14)
r("kashmir", "Militants ambushed an army vehicle in Indian-controlled Kashmir", CHIMMER, "ASSAULT", "firearms", a1=("TRF", "Militants"), a2=("IND_MIL", "an army vehicle"), loc="chimmer", date="2026-10-13", fat=4, attr="police")
r("kashmir", "The attackers opened fire with automatic rifles and threw grenades", CHIMMER, "ASSAULT", "firearms", a1=("TRF", "The attackers"), a2=("IND_MIL", "the vehicle"), loc="chimmer", date="2026-10-13", attr="a police officer")
r("kashmir", "Two soldiers were wounded and taken to a military hospital", CHIMMER, "ASSAULT", "firearms", a1=("TRF", None), a2=("IND_MIL", "Two soldiers"), loc="chimmer", date="2026-10-13", inj=2)
r("kashmir", "claimed responsibility for the attack in a message on social media", CHIMMER, "ASSAULT", "firearms", status="claimed", a1=("TRF", "The Resistance Front"), a2=("IND_MIL", None), loc="chimmer", date="2026-10-13", attr="The Resistance Front")
S = "Troops and police launched a search operation in the forests of Kulgam"
r("kashmir", S, "kulgam-2026-10-14-search-operation", "COERCE", a1=("IND_MIL", "Troops"), loc="kulgam_district", date="2026-10-14")
r("kashmir", S, DEVSAR, "ASSAULT", "firearms", status="claimed", a1=("IND_MIL", "Troops"), a2=("KASH_MILITANTS", "two militants"), loc="kulgam_district", date="2026-10-14", fat=2, attr="the army's Chinar Corps")
S = "India's Home Minister Amit Shah said late on Tuesday"
r("kashmir", S, "india-2026-10-13-shah-vows-to-hunt-attackers", "THREATEN", a1=("SHAH", "India's Home Minister Amit Shah"), a2=("TRF", "the attackers"), date="2026-10-13")
r("kashmir", S, "india-2026-10-13-shah-accuses-pakistan", "ACCUSE", a1=("SHAH", "India's Home Minister Amit Shah"), a2=("PAK_GOV", "Pakistan"), date="2026-10-13")
r("kashmir", "Pakistan's foreign ministry rejected the accusation as", "pakistan-2026-10-14-rejects-indian-accusation", "ACCUSE", a1=("PAK_MOFA", "Pakistan's foreign ministry"), a2=("IND_GOV", None), date="2026-10-14")
S = "Militants killed 26 people, most of them tourists, at a meadow near Pahalgam"
r("kashmir", S, "pahalgam-2025-04-attack-on-tourists", "ASSAULT", a1=("KASH_MILITANTS", "Militants"), a2=("IND_CIV", "26 people"), loc="pahalgam", date="2025-04-01", dp="month", fat=26)
r("kashmir", S, "india-2025-04-blames-pakistan-for-pahalgam", "ACCUSE", a1=("IND_GOV", "India"), a2=("PAK_GOV", "Pakistan"), date="2025-04-01", dp="month")
r("kashmir", "It led to four days of missile strikes and artillery duels", "india-pakistan-2025-05-fighting", "ASSAULT", "shelling", a1=("IND_MIL", "India"), a2=("PAK_MIL", "Pakistan"), date="2025-05-01", dp="month")
S = "The two sides agreed on May 10, 2025 to stop firing"
r("kashmir", S, "india-pakistan-2025-05-10-ceasefire", "AGREE", a1=("IND_MIL", "The two sides"), a2=("PAK_MIL", None), date="2025-05-10")
r("kashmir", S, "india-pakistan-2025-05-10-dgmo-call", "CONSULT", "phone-call", a1=("IND_MIL", "their military operations chiefs"), a2=("PAK_MIL", None), date="2025-05-10")
r("kashmir", "police said they had arrested four people in Sopore on Monday", "sopore-2026-10-12-arrests", "COERCE", "arrest", a1=("IND_POL", "police"), a2=("IND_CIV", "four people"), loc="sopore", date="2026-10-12", attr="police")
S = "Mehbooba Mufti, a former chief minister and leader of the Peoples Democratic Party"
r("kashmir", S, "kashmir-2026-10-14-mufti-condemns-killings", "ACCUSE", a1=("MUFTI", "Mehbooba Mufti"), a2=("TRF", None), date="2026-10-14")
r("kashmir", S, "kashmir-2026-10-14-mufti-urges-security-forces", "REQUEST", a1=("MUFTI", "Mehbooba Mufti"), a2=("IND_SEC", "security forces"), date="2026-10-14")
r("kashmir", "Chief Minister Omar Abdullah is due to meet Prime Minister Narendra Modi", ABDULLAH_MODI, "CONSULT", "meeting", status="planned", a1=("ABDULLAH", "Chief Minister Omar Abdullah"), a2=("MODI", "Prime Minister Narendra Modi"), loc="new_delhi", date="2026-10-16")

# ---------------------------------------------------------------- valley_chronicle_kulgam (pub 2026-10-15)
r("kashmir2", "A gunfight between militants and security forces in the Devsar forests", DEVSAR, "ASSAULT", "firearms", status="claimed", a1=("IND_SEC", "security forces"), a2=("KASH_MILITANTS", "three militants"), loc="kulgam_district", date="2026-10-14", fat=3, attr="police")
r("kashmir2", "A soldier of the army's Rashtriya Rifles was killed", DEVSAR, "ASSAULT", "firearms", a1=("KASH_MILITANTS", None), a2=("IND_MIL", "A soldier of the army's Rashtriya Rifles"), loc="kulgam_district", date="2026-10-14", fat=1, inj=2)
S = "Birdi told reporters in Srinagar that two of the dead militants"
r("kashmir2", S, "srinagar-2026-10-15-police-link-dead-militants-to-ambush", "ACCUSE", a1=("BIRDI", "Birdi"), a2=("KASH_MILITANTS", "two of the dead militants"), loc="srinagar", date="2026-10-15")
r("kashmir2", S, CHIMMER, "ASSAULT", "firearms", a1=("TRF", None), a2=("IND_MIL", "an army vehicle"), loc="chimmer", date="2026-10-13", fat=4, attr="Inspector General of Police V.K. Birdi")
S = "Hundreds of people protested in Kulgam town on Thursday"
r("kashmir2", S, KULGAM_PROTEST, "PROTEST", "demonstration", a1=("IND_PROT", "Hundreds of people"), loc="kulgam", date="2026-10-15")
r("kashmir2", S, WANI_BEATING, "ASSAULT", "beating", a1=("IND_MIL", "soldiers"), a2=("WANI", "a 19-year-old student, Irfan Ahmad Wani"), loc="redwani", date="2026-10-14")
S = "Police fired tear gas to disperse the protesters after some of them threw stones"
r("kashmir2", S, "kulgam-2026-10-15-police-tear-gas", "COERCE", "tear-gas", a1=("IND_POL", "Police"), a2=("IND_PROT", "the protesters"), loc="kulgam", date="2026-10-15")
r("kashmir2", S, KULGAM_PROTEST, "PROTEST", "riot", a1=("IND_PROT", "some of them"), a2=("IND_POL", "a police vehicle"), loc="kulgam", date="2026-10-15")
r("kashmir2", "The army denied that its troops had beaten anyone", WANI_BEATING, "ASSAULT", "beating", status="denied", a1=("IND_MIL", "The army"), a2=("WANI", "the student"), loc="redwani", date="2026-10-14")
r("kashmir2", "said his son was dragged from the house and beaten with rifle butts", WANI_BEATING, "ASSAULT", "beating", a1=("IND_MIL", None), a2=("WANI", "his son"), loc="redwani", date="2026-10-14", attr="Wani's father")
r("kashmir2", "The Kashmir Traders and Manufacturers Federation called a shutdown", "south-kashmir-2026-10-17-traders-shutdown", "PROTEST", "strike", status="planned", a1=("KTMF", "The Kashmir Traders and Manufacturers Federation"), loc="south_kashmir", date="2026-10-17")
S = "Pakistan's army said Indian troops had fired mortar shells at villages in the Neelum valley"
r("kashmir2", S, "neelum-2026-10-14-indian-shelling", "ASSAULT", "shelling", a1=("IND_MIL", "Indian troops"), a2=("PAK_CIV", "two civilians"), loc="neelum", date="2026-10-14", inj=2, attr="Pakistan's army")
r("kashmir2", S, "neelum-2026-10-14-pakistani-response-fire", "ASSAULT", status="claimed", a1=("PAK_MIL", "its forces"), a2=("IND_MIL", None), loc="neelum", date="2026-10-14", attr="Pakistan's army")
r("kashmir2", "Pakistan's foreign ministry summoned India's charge d'affaires", "islamabad-2026-10-15-indian-envoy-summoned", "ACCUSE", a1=("PAK_MOFA", "Pakistan's foreign ministry"), a2=("IND_GOV", "India's charge d'affaires"), loc="islamabad", date="2026-10-15")
S = "Chief Minister Omar Abdullah, who is due to meet Prime Minister Narendra Modi"
r("kashmir2", S, ABDULLAH_MODI, "CONSULT", "meeting", status="planned", a1=("ABDULLAH", "Chief Minister Omar Abdullah"), a2=("MODI", "Prime Minister Narendra Modi"), loc="new_delhi", date="2026-10-16")
r("kashmir2", S, "kashmir-2026-10-15-abdullah-condemns-ambush", "ACCUSE", a1=("ABDULLAH", "Chief Minister Omar Abdullah"), a2=("TRF", None), date="2026-10-15")
r("kashmir2", S, "kashmir-2026-10-15-abdullah-appeals-for-restraint", "REQUEST", a1=("ABDULLAH", "Chief Minister Omar Abdullah"), a2=("INDPAK", "both countries"), date="2026-10-15")
S = "The Resistance Front, which claimed Tuesday's ambush"
r("kashmir2", S, "kashmir-2026-10-15-trf-threatens-more-attacks", "THREATEN", a1=("TRF", "The Resistance Front"), a2=("IND_MIL", "occupation forces"), date="2026-10-15")
r("kashmir2", S, CHIMMER, "ASSAULT", "firearms", status="claimed", a1=("TRF", "The Resistance Front"), a2=("IND_MIL", None), loc="chimmer", date="2026-10-13", attr="The Resistance Front")
r("kashmir2", "Police said they had detained 23 people for questioning", "kulgam-shopian-2026-10-13-detentions-since-tuesday", "COERCE", "arrest", a1=("IND_POL", "Police"), a2=("IND_CIV", "23 people"), loc="kulgam_district", date="2026-10-13", attr="Police")

# ---------------------------------------------------------------- wire_oct2026 #2 Kosovo (pub 2026-10-20)
S = "Kosovo police fired tear gas and stun grenades on Monday"
r("kosovo", S, "zvecan-2026-10-19-police-tear-gas", "COERCE", "tear-gas", a1=("KOS_POL", "Kosovo police"), a2=("KOS_SERB_PROT", "hundreds of ethnic Serbs"), loc="zvecan", date="2026-10-19", attr="police")
r("kosovo", S, ZVECAN_PROTEST, "PROTEST", "demonstration", a1=("KOS_SERB_PROT", "hundreds of ethnic Serbs"), loc="zvecan", date="2026-10-19")
r("kosovo", "Protesters threw stones and firecrackers at officers", ZVECAN_PROTEST, "PROTEST", "riot", a1=("KOS_SERB_PROT", "Protesters"), a2=("KOS_POL", "officers"), loc="zvecan", date="2026-10-19", inj=9, attr="a police spokesman")
r("kosovo", "Police arrested 14 people.", "zvecan-2026-10-19-protest-arrests", "COERCE", "arrest", a1=("KOS_POL", "Police"), a2=("KOS_SERB_PROT", "14 people"), loc="zvecan", date="2026-10-19")
r("kosovo", "Dragan Jovanovic, the deputy mayor of Zvecan, was detained on Saturday", "zvecan-2026-10-17-deputy-mayor-detained", "COERCE", "arrest", a1=("KOS_POL", None), a2=("JOVANOVIC", "Dragan Jovanovic"), loc="zvecan", date="2026-10-17", attr="prosecutors")
S = "Serbian President Aleksandar Vucic accused Pristina on Monday"
r("kosovo", S, "serbia-2026-10-19-vucic-accuses-pristina", "ACCUSE", a1=("VUCIC", "Serbian President Aleksandar Vucic"), a2=("KOS_GOV", "Pristina"), date="2026-10-19")
r("kosovo", S, "serbia-2026-10-19-army-combat-readiness", "MOBILIZE", a1=("SRB_MIL", "the army"), loc="serbia", date="2026-10-19", attr="Aleksandar Vucic")
r("kosovo", "Kosovo Prime Minister Albin Kurti rejected the accusation on Tuesday", "kosovo-2026-10-20-kurti-rejects-accusation", "ACCUSE", a1=("KURTI", "Kosovo Prime Minister Albin Kurti"), a2=("VUCIC", None), date="2026-10-20")
r("kosovo", "said it had increased patrols in the north and sent additional troops", "mitrovica-2026-10-20-kfor-reinforcement", "MOBILIZE", a1=("KFOR", "NATO's peacekeeping force in Kosovo"), loc="mitrovica", date="2026-10-20", attr="KFOR")
r("kosovo", "Kaja Kallas, urged Pristina and Belgrade to show restraint", "kosovo-2026-10-20-kallas-urges-restraint", "REQUEST", a1=("KALLAS", "The European Union's foreign policy chief, Kaja Kallas"), a2=("KOS_GOV", "Pristina"), date="2026-10-20")
S = "Serb representatives in the four northern municipalities called for a boycott"
r("kosovo", S, "north-kosovo-2026-10-serb-boycott-of-institutions", "SANCTION", status="planned", a1=("KOS_SERB_REPS", "Serb representatives in the four northern municipalities"), a2=("KOS_GOV", "Kosovo institutions"))
r("kosovo", S, "mitrovica-2026-10-24-planned-serb-protest", "PROTEST", "demonstration", status="planned", a1=("KOS_SERB_REPS", "Serb representatives in the four northern municipalities"), loc="mitrovica", date="2026-10-24")
r("kosovo", "Belgrade refuses to recognise it", "serbia-refuses-to-recognise-kosovo", "REJECT", a1=("SRB_GOV", "Belgrade"), a2=("KOS_GOV", "it"))
r("kosovo", "about 30 Serb gunmen attacked Kosovo police in the village of Banjska", "banjska-2023-09-serb-gunmen-attack-police", "ASSAULT", a1=("SERB_GUNMEN", "about 30 Serb gunmen"), a2=("KOS_POL", "Kosovo police"), loc="banjska", date="2023-09-01", dp="month", fat=1)
r("kosovo", "Police killed three of the attackers in the gunfight that followed.", "banjska-2023-09-police-kill-attackers", "ASSAULT", a1=("KOS_POL", "Police"), a2=("SERB_GUNMEN", "three of the attackers"), loc="banjska", date="2023-09-01", dp="month", fat=3)
S = "The EU imposed punitive measures on Kosovo in June 2023"
r("kosovo", S, "eu-2023-06-measures-on-kosovo", "SANCTION", a1=("EU", "The EU"), a2=("KOS_GOV", "Kosovo"), date="2023-06-01", dp="month")
r("kosovo", S, "eu-2025-lifts-measures-on-kosovo", "CONCEDE", a1=("EU", "The EU"), a2=("KOS_GOV", "Kosovo"), date="2025-01-01", dp="year")

# ---------------------------------------------------------------- wire_oct2026 #3 South Sudan (pub 2026-11-03)
r("ssudan", "Fighting between South Sudan's army and the White Army militia killed at least 27", "upper-nile-2026-10-31-weekend-fighting-total", "ASSAULT", a1=("SSD_MIL", "South Sudan's army"), a2=("WHITE_ARMY", "the White Army militia"), loc="upper_nile", date="2026-10-31", dp="week", fat=27, attr="local officials")
r("ssudan", "The clashes began on Saturday when White Army fighters", ULANG, "ASSAULT", "firearms", a1=("WHITE_ARMY", "White Army fighters"), a2=("SSD_MIL", "an army barracks"), loc="ulang", date="2026-10-31", attr="Ulang County Commissioner James Gatluak")
r("ssudan", "The army said 16 of its soldiers were killed in the barracks attack", ULANG, "ASSAULT", "firearms", a1=("WHITE_ARMY", "the attackers"), a2=("SSD_MIL", "16 of its soldiers"), loc="ulang", date="2026-10-31", fat=16, attr="The army")
r("ssudan", "army helicopter gunships bombed villages along the Sobat river", SOBAT, "ASSAULT", "aerial", a1=("SSD_MIL", "army helicopter gunships"), a2=("SSD_CIV", "at least 11 civilians"), loc="sobat", date="2026-11-01", fat=11, attr="a local aid worker")
r("ssudan", "Army spokesman Lul Ruai Koang denied that civilians had been targeted", SOBAT, "ASSAULT", "aerial", status="denied", a1=("SSD_MIL", "Army spokesman Lul Ruai Koang"), a2=("SSD_CIV", "civilians"), loc="sobat", date="2026-11-01")
S = "who was placed under house arrest in Juba in March 2025"
r("ssudan", S, "juba-2025-03-machar-house-arrest", "COERCE", "arrest", a1=("SSD_GOV", None), a2=("MACHAR", "First Vice President Riek Machar"), loc="juba", date="2025-03-01", dp="month")
r("ssudan", S, "juba-machar-trial", "COERCE", a1=("SSD_GOV", None), a2=("MACHAR", "First Vice President Riek Machar"))
S = "The SPLM-IO accused President Salva Kiir's government"
r("ssudan", S, "ssudan-2026-11-03-splm-io-accuses-government", "ACCUSE", a1=("SPLMIO", "The SPLM-IO"), a2=("SSD_GOV", "President Salva Kiir's government"), date="2026-11-03")
r("ssudan", S, "ssudan-2026-11-03-splm-io-calls-for-intervention", "REQUEST", a1=("SPLMIO", "The SPLM-IO"), a2=("AU", "the African Union"), date="2026-11-03")
r("ssudan", "The U.N. Mission in South Sudan said it had sent peacekeepers to Ulang", "ulang-2026-11-unmiss-deploys-peacekeepers", "MOBILIZE", a1=("UNMISS", "The U.N. Mission in South Sudan"), loc="ulang", date="2026-11-03", attr="The U.N. Mission in South Sudan")
S = "In March 2025, the White Army overran a military garrison in Nasir"
r("ssudan", S, "nasir-2025-03-white-army-overruns-garrison", "ASSAULT", a1=("WHITE_ARMY", "the White Army"), a2=("SSD_MIL", "a military garrison"), loc="nasir", date="2025-03-01", dp="month")
r("ssudan", S, "nasir-2025-03-un-helicopter-attacked", "ASSAULT", a2=("UNMISS", "a U.N. helicopter"), loc="nasir", date="2025-03-01", dp="month", fat=1)
r("ssudan", "Uganda deployed troops to Juba days later", "juba-2025-03-ugandan-deployment", "MOBILIZE", a1=("UGA_MIL", "Uganda"), loc="juba", date="2025-03-01", dp="month")
r("ssudan", "it would hold talks with community leaders from Nasir and Ulang in Malakal", "malakal-2026-11-10-talks-with-community-leaders", "CONSULT", "talks", status="planned", a1=("SSD_GOV", "The government"), a2=("SSD_CIV", "community leaders from Nasir and Ulang"), loc="malakal", date="2026-11-10", dp="week")
r("ssudan", "The United States, Britain and Norway urged Kiir to release Machar", "ssudan-2026-11-03-troika-urges-release-of-machar", "REQUEST", a1=("TROIKA", "The United States, Britain and Norway"), a2=("KIIR", "Kiir"), date="2026-11-03")
r("ssudan", "Kiir's spokesman rejected the call", "ssudan-2026-11-03-kiir-rejects-troika-call", "REJECT", a1=("KIIR_SPOX", "Kiir's spokesman"), a2=("TROIKA", None), date="2026-11-03")

# ---------------------------------------------------------------- wire_oct2026 #4 Poland/Belarus (pub 2026-11-05, inferred)
r("poland", "Polish soldiers and border guards pushed back a group of about 70 migrants", "dubicze-2026-11-05-pushback", "COERCE", "deport", a1=("POL_MIL", "Polish soldiers"), a2=("MIGRANTS", "about 70 migrants"), loc="dubicze", date="2026-11-05", attr="the Border Guard")
r("poland", "Some of the migrants threw stones and branches at the soldiers", "dubicze-2026-11-05-migrants-stone-soldiers", "ASSAULT", a1=("MIGRANTS", "Some of the migrants"), a2=("POL_MIL", "the soldiers"), loc="dubicze", date="2026-11-05", inj=2, attr="a Border Guard spokeswoman")
r("poland", "Polish Interior Minister Marcin Kierwinski accused Belarus and Russia", "poland-2026-11-05-kierwinski-accuses-belarus", "ACCUSE", a1=("KIERWINSKI", "Polish Interior Minister Marcin Kierwinski"), a2=("BLR_GOV", "Belarus"), date="2026-11-05")
r("poland", "Belarus' State Border Committee denied the accusation.", "belarus-2026-11-05-border-committee-rejects-accusation", "ACCUSE", a1=("BLR_BORDER", "Belarus' State Border Committee"), a2=("POL_GOV", None), date="2026-11-05")
r("poland", "It said Polish guards had beaten migrants", "pl-border-2026-11-polish-guards-beat-migrants", "ASSAULT", "beating", a1=("POL_BG", "Polish guards"), a2=("MIGRANTS", "migrants"), loc="pl_border", date="2026-11-05", attr="Belarus' State Border Committee")
r("poland", "In June 2024, it reintroduced a no-go buffer zone", "pl-border-2024-06-buffer-zone", "COERCE", "curfew", a1=("POL_GOV", "it"), loc="pl_border", date="2024-06-01", dp="month")
r("poland", "a Polish soldier died after being stabbed through the fence", "pl-border-2024-05-soldier-stabbed", "ASSAULT", a1=("MIGRANTS", "a migrant"), a2=("POL_MIL", "a Polish soldier"), loc="pl_border", date="2024-05-01", dp="month", fat=1)
S = "Lithuania said Wednesday it would close its two remaining border crossings"
r("poland", S, "lithuania-2026-11-06-border-crossings-closed", "SANCTION", status="planned", a1=("LTU_GOV", "Lithuania"), a2=("BLR_GOV", "Belarus"), date="2026-11-06")
r("poland", S, "lithuania-2026-11-04-accuses-minsk-of-hybrid-attack", "ACCUSE", a1=("LTU_GOV", "Lithuania"), a2=("BLR_GOV", "Minsk"), date="2026-11-04")
r("poland", "Belarusian President Alexander Lukashenko said Tuesday that Minsk was ready", "belarus-2026-11-lukashenko-offers-border-talks", "CONSULT", "talks", status="hypothetical", a1=("LUKASHENKO", "Belarusian President Alexander Lukashenko"), a2=("POL_GOV", "Warsaw"))
r("poland", "Polish Prime Minister Donald Tusk ruled out reopening the crossings", "poland-2026-11-04-tusk-rules-out-reopening", "REJECT", a1=("TUSK", "Polish Prime Minister Donald Tusk"), a2=("LUKASHENKO", None), date="2026-11-04")
r("poland", "The European Commission said it would send 50 more Frontex border officers", "poland-2026-11-12-frontex-officers", "COOPERATE", status="planned", a1=("EC", "The European Commission"), a2=("POL_GOV", "Poland"), loc="poland", date="2026-11-12", dp="week")
r("poland", "Activists plan a vigil in Hajnowka on Sunday", "hajnowka-2026-11-08-vigil", "PROTEST", "demonstration", status="planned", a1=("POL_ACTIVISTS", "Activists"), loc="hajnowka", date="2026-11-08")

# ---------------------------------------------------------------- wire_oct2026 #5 Papua (pub 2026-11-17)
r("papua", "Separatist rebels shot dead five construction workers", HITADIPA, "ASSAULT", "firearms", a1=("TPNPB", "Separatist rebels"), a2=("IDN_CIV", "five construction workers"), loc="hitadipa", date="2026-11-15", fat=5, attr="police")
r("papua", "The workers were attacked by gunmen as they were clearing land", HITADIPA, "ASSAULT", "firearms", a1=("TPNPB", "gunmen"), a2=("IDN_CIV", "The workers"), loc="hitadipa", date="2026-11-15", attr="police spokesman Ignatius Benny")
r("papua", "the armed wing of the Free Papua Movement, claimed responsibility", HITADIPA, "ASSAULT", "firearms", status="claimed", a1=("TPNPB", "The West Papua National Liberation Army"), a2=("IDN_CIV", "the victims"), loc="hitadipa", date="2026-11-15", attr="TPNPB")
r("papua", "Police and military spokespeople rejected the claim", "papua-2026-11-17-police-reject-tpnpb-claim", "ACCUSE", a1=("IDN_POL", "Police"), a2=("TPNPB", None), date="2026-11-17")
r("papua", "Security forces hunted the attackers and killed two rebels in a gunfight in Sugapa", SUGAPA, "ASSAULT", "firearms", status="claimed", a1=("IDN_SEC", "Security forces"), a2=("TPNPB", "two rebels"), loc="sugapa", date="2026-11-16", fat=2, attr="the military")
S = "TPNPB spokesman Sebby Sambom warned that the group would keep attacking"
r("papua", S, "papua-2026-11-17-tpnpb-threatens-state-workers", "THREATEN", a1=("SAMBOM", "TPNPB spokesman Sebby Sambom"), a2=("IDN_CIV", "anyone working for the colonial Indonesian state"), date="2026-11-17")
r("papua", S, "papua-2026-11-17-tpnpb-tells-migrants-to-leave", "REQUEST", a1=("SAMBOM", "TPNPB spokesman Sebby Sambom"), a2=("IDN_CIV", "migrants from other islands"), date="2026-11-17")
r("papua", "rebels set fire to a school and a health clinic in Puncak regency", "puncak-2026-11-14-school-and-clinic-burned", "ASSAULT", a1=("IDN_REBELS", "rebels"), a2=("IDN_CIV", "teachers and nurses"), loc="puncak", date="2026-11-14")
S = "Indonesia has deployed thousands of additional troops to Papua since 2023"
r("papua", S, "papua-2023-indonesian-troop-build-up", "MOBILIZE", a1=("IDN_MIL", "Indonesia"), loc="papua", date="2023-01-01", dp="year")
r("papua", S, MEHRTENS, "ASSAULT", "abduction", a1=("TPNPB", "the TPNPB"), a2=("MEHRTENS", "New Zealand pilot Phillip Mehrtens"), loc="nduga", date="2023-01-01", dp="year")
r("papua", "The group released him in September 2024.", "nduga-2024-09-mehrtens-released", "CONCEDE", a1=("TPNPB", "The group"), a2=("MEHRTENS", "him"), date="2024-09-01", dp="month")
r("papua", "Amnesty International urged President Prabowo Subianto's government", "papua-2026-11-17-amnesty-urges-investigation", "REQUEST", a1=("AMNESTY", "Amnesty International"), a2=("IDN_GOV", "President Prabowo Subianto's government"), date="2026-11-17")

# ---------------------------------------------------------------- tanah_papua_today_intan_jaya (pub 2026-11-18)
r("papua2", "The number of road workers killed by separatist rebels in Intan Jaya", HITADIPA, "ASSAULT", "firearms", a1=("TPNPB", "separatist rebels"), a2=("IDN_CIV", "road workers"), loc="hitadipa", date="2026-11-15", fat=6, attr="a police spokesman")
r("papua2", "Hundreds of migrant workers and residents marched to the regional parliament", "nabire-2026-11-18-march", "PROTEST", "demonstration", a1=("IDN_PROT", "Hundreds of migrant workers and residents"), loc="nabire", date="2026-11-18")
r("papua2", "Central Papua Governor Meki Nawipa told the marchers", "papua-2026-11-governor-to-ask-jakarta", "REQUEST", status="planned", a1=("NAWIPA", "Central Papua Governor Meki Nawipa"), a2=("IDN_GOV", "the central government"))
S = "an extra battalion would be deployed to Intan Jaya"
r("papua2", S, "intan-jaya-2026-11-extra-battalion", "MOBILIZE", status="planned", a1=("AGUS", "Indonesian military chief General Agus Subiyanto"), loc="intan_jaya")
r("papua2", S, "papua-2026-11-17-military-chief-vows-to-crush-rebels", "THREATEN", a1=("AGUS", "Indonesian military chief General Agus Subiyanto"), a2=("TPNPB", "the rebels"), date="2026-11-17")
r("papua2", "Monday's gunfight in Sugapa had killed one of its fighters and a farmer", SUGAPA, "ASSAULT", "firearms", a1=("IDN_MIL", None), a2=("TPNPB", "one of its fighters"), loc="sugapa", date="2026-11-16", fat=2, attr="The West Papua National Liberation Army (TPNPB)")
S = "The group also accused soldiers of burning about a dozen houses in Sugapa"
r("papua2", S, SUGAPA_ARSON, "ASSAULT", a1=("IDN_MIL", "soldiers"), loc="sugapa", date="2026-11-17", attr="TPNPB")
r("papua2", S, "papua-2026-11-18-tpnpb-accuses-soldiers", "ACCUSE", a1=("TPNPB", "The group"), a2=("IDN_MIL", "soldiers"), date="2026-11-18")
r("papua2", "The military denied burning any houses.", SUGAPA_ARSON, "ASSAULT", status="denied", a1=("IDN_MIL", "The military"), loc="sugapa", date="2026-11-17")
r("papua2", "Last month, rebels attacked a police post in Yahukimo regency", "yahukimo-2026-10-attack-on-police-post", "ASSAULT", a1=("IDN_REBELS", "rebels"), a2=("IDN_POL", "a police post"), loc="yahukimo", date="2026-10-01", dp="month", fat=1)
r("papua2", "New Zealand's foreign ministry condemned the killing of the workers", "papua-2026-11-17-new-zealand-condemns-killings", "ACCUSE", a1=("NZL_GOV", "New Zealand's foreign ministry"), a2=("TPNPB", None), date="2026-11-17")
r("papua2", "said the group was ready to hold talks with Jakarta", "papua-2026-11-tpnpb-offers-talks", "CONSULT", "talks", status="hypothetical", a1=("SAMBOM", "TPNPB spokesman Sebby Sambom"), a2=("IDN_GOV", "Jakarta"))
r("papua2", "The government has repeatedly rejected foreign mediation", "indonesia-rejects-foreign-mediation", "REJECT", a1=("IDN_GOV", "The government"))

# ---------------------------------------------------------------- andes_post_guayaquil (pub 2026-11-10)
r("ecuador", "At least 17 inmates were killed in clashes between members of the Los Lobos", LITORAL, "ASSAULT", a1=("LOBOS", "Los Lobos"), a2=("CHONEROS", "Los Choneros gangs"), loc="litoral", date="2026-11-08", fat=17, attr="Ecuador's prison agency SNAI")
r("ecuador", "Some of the victims were hanged and others were killed with guns and knives", LITORAL, "ASSAULT", a1=("LOBOS", None), a2=("ECU_INMATES", "the victims"), loc="litoral", date="2026-11-08", inj=12, attr="the agency")
S = "Soldiers and police retook control of the prison's Pavilion 5"
r("ecuador", S, "guayaquil-2026-11-09-prison-retaken", "COERCE", a1=("ECU_MIL", "Soldiers"), a2=("ECU_INMATES", None), loc="litoral", date="2026-11-09", attr="the armed forces")
r("ecuador", S, "guayaquil-2026-11-09-weapons-seized-in-prison", "COERCE", "seize", a1=("ECU_MIL", "Soldiers"), a2=("ECU_INMATES", None), loc="litoral", date="2026-11-09", attr="the armed forces")
r("ecuador", "Dozens of relatives of inmates gathered outside the prison on Monday", "guayaquil-2026-11-09-relatives-protest", "PROTEST", "demonstration", a1=("ECU_RELATIVES", "Dozens of relatives of inmates"), loc="litoral", date="2026-11-09")
r("ecuador", "Police used pepper spray to push them back from the main gate.", "guayaquil-2026-11-09-police-pepper-spray", "COERCE", "tear-gas", a1=("ECU_POL", "Police"), a2=("ECU_RELATIVES", "them"), loc="litoral", date="2026-11-09")
r("ecuador", "President Daniel Noboa on Monday extended a state of emergency", "guayaquil-2026-11-09-curfew", "COERCE", "curfew", a1=("NOBOA", "President Daniel Noboa"), loc="guayaquil", date="2026-11-09")
S = "Noboa, who declared an \"internal armed conflict\" against 22 gangs"
r("ecuador", S, "ecuador-2024-01-gangs-designated-terrorist", "SANCTION", a1=("NOBOA", "Noboa"), a2=("ECU_GANGS", "22 gangs"), date="2024-01-01", dp="month")
r("ecuador", S, "ecuador-2026-11-09-noboa-rules-out-negotiation", "REJECT", a1=("NOBOA", "Noboa"), a2=("ECU_GANGS", "terrorists"), date="2026-11-09")
r("ecuador", "hooded gunmen stormed a television station in Guayaquil", "guayaquil-2024-01-tv-station-storming", "ASSAULT", a1=("ECU_GUNMEN", "hooded gunmen"), a2=("ECU_MEDIA", "a television station"), loc="guayaquil", date="2024-01-01", dp="month")
r("ecuador", "In September 2021, 119 inmates were killed at the Litoral penitentiary", "guayaquil-2021-09-litoral-massacre", "ASSAULT", a2=("ECU_INMATES", "119 inmates"), loc="litoral", date="2021-09-01", dp="month", fat=119)
S = "Interior Minister John Reimberg said authorities had identified the gang leaders"
r("ecuador", S, "ecuador-2026-11-10-reimberg-blames-gang-leaders", "ACCUSE", a1=("REIMBERG", "Interior Minister John Reimberg"), a2=("ECU_GANGS", "the gang leaders"), date="2026-11-10")
r("ecuador", S, "ecuador-2026-11-gang-leaders-transfer", "COERCE", status="planned", a1=("REIMBERG", "Interior Minister John Reimberg"), a2=("ECU_GANGS", "them"), loc="santa_elena")
r("ecuador", "CONAIE, and the United Workers' Front called a national strike for Thursday", "ecuador-2026-11-12-national-strike", "PROTEST", "strike", status="planned", a1=("CONAIE", "CONAIE"), loc="ecuador", date="2026-11-12")
r("ecuador", "CONAIE president Marlon Vargas said roads would be blocked", "ecuador-2026-11-conaie-threatens-indefinite-blockades", "PROTEST", status="threatened", a1=("VARGAS", "CONAIE president Marlon Vargas"), loc="ecuador")
r("ecuador", "Reimberg warned that security forces would clear any road blockades", "ecuador-2026-11-10-reimberg-warns-strikers", "THREATEN", a1=("REIMBERG", "Reimberg"), a2=("CONAIE", None), date="2026-11-10")
S = "During a month-long CONAIE strike over diesel prices in September 2025"
r("ecuador", S, "ecuador-2025-09-conaie-strike", "PROTEST", "strike", a1=("CONAIE", "CONAIE"), loc="ecuador", date="2025-09-01", dp="month")
r("ecuador", S, "imbabura-2025-09-protester-shot-dead", "ASSAULT", "firearms", a2=("ECU_PROT", "one protester"), loc="imbabura", date="2025-09-01", dp="month", fat=1)
r("ecuador", S, "ecuador-2025-09-strike-arrests", "COERCE", "arrest", a1=("ECU_SEC", None), a2=("ECU_PROT", "more than 100 people"), loc="ecuador", date="2025-09-01", dp="month")
r("ecuador", "said it was ready to send forensic experts", "ecuador-2026-11-us-offers-forensic-experts", "COOPERATE", status="hypothetical", a1=("USA_GOV", "The United States"), a2=("ECU_GOV", "Quito"))

# ---------------------------------------------------------------- deep_south_times_narathiwat (pub 2025-05-14)
r("thailand", "Two paramilitary rangers were killed and three wounded when a roadside bomb", RUESO, "ASSAULT", "explosion", a2=("THA_RANGERS", "Two paramilitary rangers"), loc="rueso", date="2025-05-13", fat=2, inj=3, attr="police")
r("thailand", "The bomb, hidden in a drain beside the road", RUESO, "ASSAULT", "explosion", a2=("THA_RANGERS", "the rangers' pickup truck"), loc="rueso", date="2025-05-13", attr="a bomb disposal officer")
S = "In all, five people were killed in three attacks in Narathiwat, Pattani and Yala"
r("thailand", S, "deep-south-2025-05-12-three-attacks-total", "ASSAULT", loc="deep_south", date="2025-05-12", dp="week", fat=5, attr="police")
r("thailand", S, "nong-chik-2025-05-12-teacher-shot-dead", "ASSAULT", "firearms", a1=("THA_GUNMEN", "two gunmen"), a2=("THA_CIV", "a Buddhist schoolteacher"), loc="nong_chik", date="2025-05-12", fat=1, attr="police")
r("thailand", S, "bannang-sata-2025-05-12-headman-and-son-killed", "ASSAULT", "firearms", a2=("THA_CIV", "a village headman and his son"), loc="bannang_sata", date="2025-05-12", fat=2, attr="police")
r("thailand", "security officials blamed the Barisan Revolusi Nasional", "deep-south-2025-05-14-officials-blame-brn", "ACCUSE", a1=("THA_OFFICIALS", "security officials"), a2=("BRN", "the Barisan Revolusi Nasional"), date="2025-05-14")
S = "The commander of the Fourth Army Region ordered extra checkpoints"
r("thailand", S, "deep-south-2025-05-extra-checkpoints", "MOBILIZE", a1=("THA_4ARMY", "The commander of the Fourth Army Region"), loc="deep_south", date="2025-05-14")
r("thailand", S, "deep-south-2025-05-14-army-vows-pursuit", "THREATEN", a1=("THA_4ARMY", "The commander of the Fourth Army Region"), a2=("THA_GUNMEN", "the perpetrators"), date="2025-05-14")
r("thailand", "Teachers' groups in Pattani called on the authorities", "pattani-2025-05-14-teachers-ask-for-escorts", "REQUEST", a1=("THA_TEACHERS", "Teachers' groups in Pattani"), a2=("THA_GOV", "the authorities"), date="2025-05-14")
r("thailand", "Last month, gunmen killed a Buddhist monk and two novices", "su-ngai-padi-2025-04-temple-attack", "ASSAULT", a1=("THA_GUNMEN", "gunmen"), a2=("THA_CIV", "a Buddhist monk and two novices"), loc="su_ngai_padi", date="2025-04-01", dp="month", fat=3)
r("thailand", "Malaysia's facilitator said he would meet BRN representatives", "kuala-lumpur-2025-05-21-facilitator-meets-brn", "CONSULT", "meeting", status="planned", a1=("MYS_FAC", "Malaysia's facilitator"), a2=("BRN", "BRN representatives"), loc="kuala_lumpur", date="2025-05-21", dp="week")
r("thailand", "her government was ready to return to the negotiating table", "thailand-2025-05-paetongtarn-offers-talks", "CONSULT", "talks", status="hypothetical", a1=("PAETONGTARN", "Prime Minister Paetongtarn Shinawatra"), a2=("BRN", None))
S = "more than 100 students staged a rally at the Pattani campus"
r("thailand", S, "pattani-2025-05-09-student-rally", "PROTEST", "demonstration", a1=("THA_STUDENTS", "more than 100 students"), loc="pattani", date="2025-05-09")
r("thailand", S, PSU_ARREST, "COERCE", "arrest", a1=("THA_SEC", None), a2=("THA_DETAINED", "three students"), loc="pattani_prov", date="2025-05-07", dp="week")
S = "The army said the students had been detained for questioning"
r("thailand", S, PSU_ARREST, "COERCE", "arrest", a1=("THA_MIL", "The army"), a2=("THA_DETAINED", "the students"), loc="pattani_prov", date="2025-05-07", dp="week")
r("thailand", S, "pattani-2025-05-two-students-released", "CONCEDE", a1=("THA_MIL", "The army"), a2=("THA_DETAINED", "two of them"), date="2025-05-14", dp="week")
S = "The Cross Cultural Foundation, a human rights group, accused soldiers of torturing"
r("thailand", S, "thailand-2025-05-14-ccf-accuses-soldiers-of-torture", "ACCUSE", a1=("CCF", "The Cross Cultural Foundation"), a2=("THA_MIL", "soldiers"), date="2025-05-14")
r("thailand", S, TORTURE, "ASSAULT", status="denied", a1=("THA_MIL", "the army"), a2=("THA_DETAINED", "detainees"), loc="ingkayuth")

# ---------------------------------------------------------------- mesopotamia_monitor_duhok (pub 2024-07-09)
S = "Turkish warplanes struck positions of the Kurdistan Workers' Party"
r("duhok", S, "duhok-2024-07-09-turkish-air-strikes", "ASSAULT", "aerial", status="claimed", a1=("TUR_MIL", "Turkish warplanes"), a2=("PKK", "the Kurdistan Workers' Party"), loc="duhok", date="2024-07-09", fat=4, attr="Turkey's defence ministry")
r("duhok", S, AMADIYA, "ASSAULT", "shelling", a1=("PKK", "PKK"), a2=("TUR_MIL", "two Turkish soldiers"), loc="amadiya", date="2024-07-08", fat=2, attr="Turkey's defence ministry")
r("duhok", "PKK fighters fired rockets at a Turkish base near the town of Amadiya", AMADIYA, "ASSAULT", "shelling", a1=("PKK", "PKK fighters"), a2=("TUR_MIL", "a Turkish base"), loc="amadiya", date="2024-07-08", fat=2, attr="the ministry")
r("duhok", "Three other soldiers were slightly wounded.", AMADIYA, "ASSAULT", "shelling", a1=("PKK", None), a2=("TUR_MIL", "Three other soldiers"), loc="amadiya", date="2024-07-08", inj=3)
r("duhok", "had \"neutralised\" 13 PKK militants", "iraq-syria-2024-07-week-turkish-operations-total", "ASSAULT", status="claimed", a1=("TUR_MIL", "Turkish forces"), a2=("PKK", "13 PKK militants"), date="2024-07-02", dp="week", fat=13, attr="The ministry")
r("duhok", "its fighters had targeted the base in retaliation", AMADIYA, "ASSAULT", "shelling", status="claimed", a1=("HPG", "the People's Defence Forces"), a2=("TUR_MIL", "the base"), loc="amadiya", date="2024-07-08", fat=5, attr="the People's Defence Forces (HPG)")
r("duhok", "President Tayyip Erdogan said on Monday evening", "turkey-2024-07-08-erdogan-vows-to-pursue-pkk", "THREATEN", a1=("ERDOGAN", "President Tayyip Erdogan"), a2=("PKK", "the militants"), date="2024-07-08")
r("duhok", "Turkish shelling had set fire to orchards", "barwari-bala-2024-07-turkish-shelling", "ASSAULT", "shelling", a1=("TUR_MIL", "Turkish"), a2=("IRQ_CIV", "families from three villages"), loc="barwari", date="2024-07-09", attr="Villagers in the Barwari Bala area")
r("duhok", "Iraq's foreign ministry summoned the Turkish ambassador", "baghdad-2024-07-09-turkish-ambassador-summoned", "ACCUSE", a1=("IRQ_MOFA", "Iraq's foreign ministry"), a2=("TUR_GOV", "the Turkish ambassador"), loc="baghdad", date="2024-07-09")
S = "The Kurdistan Regional Government called on both the PKK and Turkey"
r("duhok", S, "krg-2024-07-09-calls-on-pkk-and-turkey", "REQUEST", a1=("KRG", "The Kurdistan Regional Government"), a2=("PKK", "the PKK"), date="2024-07-09")
r("duhok", S, "krg-2024-07-09-criticises-pkk-presence", "ACCUSE", a1=("KRG", "The Kurdistan Regional Government"), a2=("PKK", "the PKK"), date="2024-07-09")
S = "Iraq's National Security Council declared the PKK a banned organisation"
r("duhok", S, "iraq-2024-03-pkk-banned", "SANCTION", a1=("IRQ_NSC", "Iraq's National Security Council"), a2=("PKK", "the PKK"), date="2024-03-01", dp="month")
r("duhok", S, "baghdad-2024-03-fidan-visit", "CONSULT", "visit", a1=("FIDAN", "Turkish Foreign Minister Hakan Fidan"), a2=("IRQ_GOV", "Baghdad"), loc="baghdad", date="2024-03-01", dp="month")
S = "Turkey launched its latest cross-border offensive, Operation Claw-Lock"
r("duhok", S, "duhok-2022-04-operation-claw-lock", "ASSAULT", a1=("TUR_MIL", "Turkey"), a2=("PKK", None), loc="duhok", date="2022-04-01", dp="month")
r("duhok", S, "duhok-turkish-military-posts", "MOBILIZE", a1=("TUR_MIL", "Turkey"), loc="duhok", attr="local officials")
r("duhok", "Turkey and Iraq would hold a new round of security talks in Ankara", "ankara-2024-08-turkey-iraq-security-talks", "CONSULT", "talks", status="planned", a1=("TUR_GOV", "Turkey"), a2=("IRQ_GOV", "Iraq"), loc="ankara", date="2024-08-01", dp="month", attr="Iraqi officials")

# ---------------------------------------------------------------- wire_oct2026 #6 Tunisia (pub 2026-11-23)
r("tunisia", "Tunisia's powerful UGTT labour union held a general strike on Monday", "tunisia-2026-11-23-ugtt-general-strike", "PROTEST", "strike", a1=("UGTT", "Tunisia's powerful UGTT labour union"), loc="tunisia", date="2026-11-23")
r("tunisia", "Thousands of union members marched through central Tunis", "tunis-2026-11-23-union-march", "PROTEST", "demonstration", a1=("UGTT", "Thousands of union members"), loc="tunis", date="2026-11-23")
S = "Police used batons and tear gas in the evening to disperse a group of young protesters"
r("tunisia", S, "tunis-2026-11-23-police-tear-gas", "COERCE", "tear-gas", a1=("TUN_POL", "Police"), a2=("TUN_PROT", "a group of young protesters"), loc="tunis", date="2026-11-23", attr="witnesses and rights groups")
r("tunisia", S, "tunis-2026-11-23-young-protesters-block-avenue", "PROTEST", "demonstration", a1=("TUN_PROT", "a group of young protesters"), loc="tunis", date="2026-11-23")
r("tunisia", S, "tunis-2026-11-23-protesters-detained", "COERCE", "arrest", a1=("TUN_POL", "Police"), a2=("TUN_PROT", "at least 20 people"), loc="tunis", date="2026-11-23", attr="witnesses and rights groups")
r("tunisia", "Earlier on Monday, police arrested Sami Ben Ammar", "sousse-2026-11-23-ben-ammar-arrested", "COERCE", "arrest", a1=("TUN_POL", "police"), a2=("BEN_AMMAR", "Sami Ben Ammar"), loc="sousse", date="2026-11-23", attr="his lawyer")
r("tunisia", "The public prosecutor's office said Ben Ammar was being investigated", "tunisia-2026-11-23-ben-ammar-prosecution", "COERCE", a1=("TUN_PROSECUTOR", "The public prosecutor's office"), a2=("BEN_AMMAR", "Ben Ammar"), date="2026-11-23")
S = "Saied said in a video released by his office late on Monday"
r("tunisia", S, "tunisia-2026-11-23-saied-accuses-strikers", "ACCUSE", a1=("SAIED", "Saied"), a2=("UGTT", None), date="2026-11-23")
r("tunisia", S, "tunisia-2026-11-23-saied-vows-no-impunity", "THREATEN", a1=("SAIED", "Saied"), a2=("UGTT", None), date="2026-11-23")
S = "The government offered on Sunday to resume talks on public sector pay"
r("tunisia", S, "tunisia-2026-11-government-offers-pay-talks", "CONSULT", "talks", status="hypothetical", a1=("TUN_GOV", "The government"), a2=("UGTT", "the union"))
r("tunisia", S, "tunisia-2026-11-22-ugtt-rejects-offer", "REJECT", a1=("UGTT", "the UGTT"), a2=("TUN_GOV", None), date="2026-11-22")
r("tunisia", "The union's secretary-general said it would hold another general strike in December", "tunisia-2026-12-threatened-general-strike", "PROTEST", "strike", status="threatened", a1=("UGTT_SG", "The union's secretary-general"), loc="tunisia", date="2026-12-01", dp="month")
r("tunisia", "The European Union urged the Tunisian authorities to respect", "tunisia-2026-11-23-eu-urges-respect-for-strike", "REQUEST", a1=("EU", "The European Union"), a2=("TUN_GOV", "the Tunisian authorities"), date="2026-11-23")
S = "The EU signed a migration agreement with Tunisia in July 2023"
r("tunisia", S, "eu-tunisia-2023-07-migration-agreement", "AGREE", a1=("EU", "The EU"), a2=("TUN_GOV", "Tunisia"), date="2023-07-01", dp="month")
r("tunisia", S, "eu-tunisia-2023-07-aid-pledge", "AID", a1=("EU", "The EU"), a2=("TUN_GOV", "Tunisia"), date="2023-07-01", dp="month")
r("tunisia", S, "tunis-2026-11-30-meloni-visit", "CONSULT", "visit", status="planned", a1=("MELONI", "Italian Prime Minister Giorgia Meloni"), a2=("TUN_GOV", None), loc="tunis", date="2026-11-30", dp="week")
r("tunisia", "In 2023, Tunisian authorities rounded up more than 20 opposition politicians", "tunisia-2023-opposition-round-up", "COERCE", "arrest", a1=("TUN_GOV", "Tunisian authorities"), a2=("TUN_OPP", "more than 20 opposition politicians, businessmen and journalists"), loc="tunisia", date="2023-01-01", dp="year")
S = "A court sentenced many of them to long prison terms in April 2025"
r("tunisia", S, "tunisia-2025-04-mass-trial", "COERCE", a1=("TUN_COURT", "A court"), a2=("TUN_OPP", "many of them"), date="2025-04-01", dp="month")
r("tunisia", S, "tunisia-rights-groups-call-trial-a-sham", "ACCUSE", a1=("TUN_RIGHTS", "rights groups"), a2=("TUN_COURT", None))

# ---------------------------------------------------------------- andean_review_lima (pub 2026-11-26)
SJL = "san-juan-de-lurigancho-2026-11-24-bus-driver-killed"
CONGRESS_MARCH = "lima-2026-11-25-drivers-march-to-congress"
r("lima", "Gunmen on a motorcycle shot dead a bus driver", SJL, "ASSAULT", "firearms", a1=("PER_GUNMEN", "Gunmen on a motorcycle"), a2=("PER_CIV", "a bus driver"), loc="sjl", date="2026-11-24", fat=1, attr="police")
r("lima", "The driver, 34-year-old Luis Quispe, was hit by five bullets", SJL, "ASSAULT", "firearms", a1=("PER_GUNMEN", None), a2=("PER_CIV", "The driver"), loc="sjl", date="2026-11-24", inj=1, attr="police")
r("lima", "bus and taxi drivers' unions staged a 24-hour strike on Wednesday", "lima-2026-11-25-transport-strike", "PROTEST", "strike", a1=("PER_UNIONS", "bus and taxi drivers' unions"), loc="lima", date="2026-11-25")
r("lima", "Thousands of drivers marched to Congress on Wednesday afternoon", CONGRESS_MARCH, "PROTEST", "demonstration", a1=("PER_DRIVERS", "Thousands of drivers"), loc="congress", date="2026-11-25")
S = "Police fired tear gas when some marchers tried to break through metal barriers"
r("lima", S, "lima-2026-11-25-police-tear-gas-at-congress", "COERCE", "tear-gas", a1=("PER_POL", "Police"), a2=("PER_DRIVERS", "some marchers"), loc="congress", date="2026-11-25")
r("lima", S, CONGRESS_MARCH, "PROTEST", "riot", a1=("PER_DRIVERS", "some marchers"), a2=("PER_POL", "Police"), loc="congress", date="2026-11-25", inj=11, attr="the health ministry")
r("lima", "allowing soldiers to patrol the streets alongside police", "lima-2026-11-soldiers-patrol-under-emergency", "MOBILIZE", a1=("PER_MIL", "soldiers"), loc="lima", date="2026-11-26")
S = "Interior Minister Carlos Malaver said on Thursday that police had arrested 14"
r("lima", S, "lima-2026-11-injertos-arrests", "COERCE", "arrest", a1=("PER_POL", "police"), a2=("INJERTOS", "14 suspected members of a gang known as Los Injertos del Cono Norte"), loc="lima", date="2026-11-26", dp="week", attr="Interior Minister Carlos Malaver")
r("lima", S, "lima-2026-11-26-malaver-accuses-injertos", "ACCUSE", a1=("MALAVER", "Interior Minister Carlos Malaver"), a2=("INJERTOS", "the gang"), date="2026-11-26")
r("lima", "The transport unions said they would begin an indefinite strike on December 3", "lima-2026-12-03-threatened-indefinite-strike", "PROTEST", "strike", status="threatened", a1=("PER_UNIONS", "The transport unions"), loc="lima", date="2026-12-03")
r("lima", "The government said it would pay compensation of 50,000 soles", "peru-2026-11-compensation-for-families", "AID", status="planned", a1=("PER_GOV", "The government"), a2=("PER_CIV", "the families of transport workers killed by gangs"))
r("lima", "The Lima Chamber of Commerce called on the government", "lima-2026-11-26-chamber-of-commerce-request", "REQUEST", a1=("LIMA_CHAMBER", "The Lima Chamber of Commerce"), a2=("PER_GOV", "the government"), date="2026-11-26")
S = "In October 2025, a protester was shot dead and more than 100 people were injured"
r("lima", S, "lima-2025-10-protester-shot-dead", "ASSAULT", "firearms", a2=("PER_PROT", "a protester"), loc="lima", date="2025-10-01", dp="month", fat=1)
r("lima", S, "lima-2025-10-youth-protest-clashes", "PROTEST", "riot", a1=("PER_PROT", "youth-led protests"), a2=("PER_POL", "police"), loc="lima", date="2025-10-01", dp="month", inj=100)
