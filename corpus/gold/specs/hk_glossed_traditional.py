# hk_glossed_traditional — original composition (zh-extract own corpus): Hong Kong news item (Traditional, UTF-8)
# on a mainland–Hong Kong food-safety regulation memorandum, with the pinyin-gloss artifact of converting sites
# (監(jiān)管總(zǒng)局, 政（zhèng）策(cè)), full-width digits (２０２４年, １２３萬元, ６．５萬個, ０．２％) and real
# parentheticals that must stay: (對口支援), (WTO), (2021).
# Publication date: the dateline-only line "２０２４年６月２１日　星期五" → 2024-06-21 (not an entity).
# Currency: Hong Kong article, bare 元 = HKD (１２３萬元, １０萬元, ５萬元); 港元 = HKD.
#
# Body/boilerplate:
# - Body = from the headline "內地與香港簽署食品安全監管合作備忘錄" (part of the text) to "…加強溝通。".
# - Inline: the date line "２０２４年６月２１日　星期五" and the source tag "【本網訊】" before the lead.
# - Footer: the site promotion "香江資訊網提供…服務…最新動態。" and the disclaimer "免責聲明：…請與本網聯絡。"
#   (兩岸四地 there not annotated).
#
# Judgement calls:
# - Spans keep the glosses (offsets into the source): "國家市場監(jiān)管總(zǒng)局", "市場監(jiān)管總局",
#   "深(shēn)圳市"; values use the de-glossed Simplified name. 國家市場監管總局 / 市場監管總局 → canonical
#   国家市场监督管理总局 (the second is a standard short name, not a bare back-reference → required).
# - "香港特區政府食物環境衞生署" = government + department → one organization (香港 inside it not separate).
#   食環署 = standard short form → required, canonical 食物环境卫生署. 環境及生態局 → required.
#   特區政府 (alone) and 海關 (bare; here the HK Customs) → optional organizations (short/back-reference reading
#   vs. generic). 世界貿易組織 and the parenthetical (WTO) → two organizations (kind other, as 世贸组织 in a019).
# - 昨日（６月２０日）: ６月２０日 → date XXXX-06-20 (year not attached, not guessed); 昨日 → optional, resolved to
#   2024-06-20 against the dateline (inferred). 去年全年 → optional 2023 inferred. 近日 / 近年 → optional.
#   "(2021)" after the ordinance title (a version/year label) → optional year 2021 (span without brackets);
#   "２０２１年修訂" → required year. 監禁１年 (a prison term) → optional duration P1Y.
# - "每年至少舉行兩次": 至少 separated by 舉行 → span 兩次, qualifier over. "９成以上" → 9 成, over.
#   "約１２噸" → 12 吨 approx. 兩名 → required. 一宗 / 一家 ("a/one") → optional. 每年 not annotated.
# - "最高可被判罰款１０萬元" / "最高罰款由５萬元提高至２０萬港元": 最高 (statutory maximum) is not a hedge word of
#   the contract → no qualifier.
# - Places: 香港 → 810000 (5 mentions); 本港 (×2) and 港 in "輸港" → optional 香港. 內地 (×4) → optional region.
#   深圳灣口岸, 文錦渡口岸 (ports of entry) and 葵涌貨櫃碼頭 (container terminal) → optional places, level feature.
#   前海 / 河套 (cooperation zones, not administrative divisions; 河套 here = the Shenzhen–HK Loop) → optional
#   region. 粵 / 港 inside the mechanism name 粵港合作聯席會議 → optional. 廣東省 440000, 澳門 820000, 深圳市 440300.
#   兩地 / 省市 / 合作區 generic.
# - (對口支援), 「結對幫扶」 and 《食物安全條例》 are not entities.

BODY = ("內地與香港簽署食品安全監管合作備忘錄", "加強溝通。")
BOILERPLATE = [
    ("２０２４年６月２１日　星期五", "【本網訊】", "inline"),
    ("香江資訊網提供", "請與本網聯絡。", "footer"),
]

HK = {"name": "香港特别行政区", "level": "province", "adcode": "810000", "path": ["香港特别行政区"]}
MO = {"name": "澳门特别行政区", "level": "province", "adcode": "820000", "path": ["澳门特别行政区"]}
GD = {"name": "广东省", "level": "province", "adcode": "440000", "path": ["广东省"]}
SZ = {"name": "深圳市", "level": "city", "adcode": "440300", "path": ["广东省", "深圳市"]}
ML = {"name": "内地", "level": "region", "adcode": None}
SAMR = "国家市场监督管理总局"
WTO = "世界贸易组织"


def hkd(n, q=None):
    v = {"amount": n, "currency": "HKD"}
    if q:
        v["qualifier"] = q
    return v


def qty(n, unit, q=None):
    v = {"amount": n, "unit": unit}
    if q:
        v["qualifier"] = q
    return v


def feature(n):
    return {"name": n, "level": "feature", "adcode": None}


ITEMS = [
    # 內地與香港簽署食品安全監管合作備忘錄
    ("內地", "|與香港簽署", "place", ML, True),
    ("香港", "內地與|簽署", "place", HK),
    # 國家市場監(jiān)管總(zǒng)局與香港特區政府食物環境衞生署昨日（６月２０日）在深(shēn)圳市簽署合作備忘錄，
    ("國家市場監(jiān)管總(zǒng)局", 1, "organization",
     {"name": "国家市场监管总局", "kind": "government", "canonical": SAMR}),
    ("香港特區政府食物環境衞生署", 1, "organization", {"name": "香港特区政府食物环境卫生署", "kind": "government"}),
    ("昨日", 1, "date", {"kind": "date", "value": "2024-06-20", "inferred": True}, True),
    ("６月２０日", 1, "date", {"kind": "date", "value": "XXXX-06-20"}),
    ("深(shēn)圳市", 1, "place", SZ),
    # 雙方將建立跨境食品安全資訊通報機制，每年至少舉行兩次聯席會議，…
    ("兩次", 1, "quantity", qty(2, "次", "over")),
    # 據介紹，２０２３年經深圳灣口岸及文錦渡口岸輸港的鮮活及冷藏食品貨值約３８０億港元，佔香港同類食品供應的９成以上。
    ("２０２３年", 1, "date", {"kind": "year", "value": "2023"}),
    ("深圳灣口岸", 1, "place", feature("深圳湾口岸"), True),
    ("文錦渡口岸", 1, "place", feature("文锦渡口岸"), True),
    ("港", "口岸輸|的鮮活", "place", HK, True),
    ("約３８０億港元", 1, "money", hkd(38000000000, "approx")),
    ("香港", "佔|同類食品", "place", HK),
    ("９成以上", 1, "quantity", qty(9, "成", "over")),
    # 食環署表示，去年全年共抽驗跨境食品樣本６．５萬個，整體不合格率為０．２％。
    ("食環署", 1, "organization", {"name": "食环署", "kind": "government", "canonical": "食物环境卫生署"}),
    ("去年全年", 1, "date", {"kind": "year", "value": "2023", "inferred": True}, True),
    ("６．５萬個", 1, "quantity", qty(65000, "个")),
    ("０．２％", 1, "quantity", qty(0.2, "%")),
    # 一宗涉及１２３萬元的個案近日引起關注。一家在香港註冊的貿易公司被指將約１２噸未經檢疫的凍肉經水路運抵本港，
    ("一宗", 1, "quantity", qty(1, "宗"), True),
    ("１２３萬元", 1, "money", hkd(1230000)),
    ("近日", 1, "date", {"kind": "relative", "value": "PAST_REF"}, True),
    ("一家", 1, "quantity", qty(1, "家"), True),
    ("香港", "一家在|註冊", "place", HK),
    ("約１２噸", 1, "quantity", qty(12, "吨", "approx")),
    ("本港", "水路運抵|，海關", "place", HK, True),
    # 海關其後在葵涌貨櫃碼頭截獲該批貨物，兩名負責人已被檢(jiǎn)控，最高可被判罰款１０萬元及監禁１年。
    ("海關", 1, "organization", {"name": "海关", "kind": "government", "canonical": "香港海关"}, True),
    ("葵涌貨櫃碼頭", 1, "place", feature("葵涌货柜码头"), True),
    ("兩名", 1, "quantity", qty(2, "名")),
    ("１０萬元", 1, "money", hkd(100000)),
    ("１年", "監禁|。", "date", {"kind": "duration", "value": "P1Y"}, True),
    # 市場監(jiān)管總局表示，內地近年參照世界貿易組織(WTO)的相關規則，完善進出口食品監(jiān)管政（zhèng）策(cè)體系；
    ("市場監(jiān)管總局", 1, "organization", {"name": "市场监管总局", "kind": "government", "canonical": SAMR}),
    ("內地", "總局表示，|近年", "place", ML, True),
    ("近年", "表示，內地|參照", "date", {"kind": "duration", "value": "PXY"}, True),
    ("世界貿易組織", 1, "organization", {"name": WTO, "kind": "other"}),
    ("WTO", 1, "organization", {"name": "WTO", "kind": "other", "canonical": WTO}),
    # 廣東省亦透過粵港合作聯席會議機制，與香港共享執法資訊。
    ("廣東省", 1, "place", GD),
    ("粵", "亦透過|港合作", "place", GD, True),
    ("港", "亦透過粵|合作聯席", "place", HK, True),
    ("香港", "機制，與|共享", "place", HK),
    # 業界人士指出，前海、河套等合作區與香港的制度銜接，很大程度上借鑒了過往內地省市之間「結對幫扶」(對口支援)的協作模式。
    ("前海", 1, "place", {"name": "前海", "level": "region", "adcode": None}, True),
    ("河套", 1, "place", {"name": "河套", "level": "region", "adcode": None}, True),
    ("香港", "合作區與|的制度", "place", HK),
    ("內地", "過往|省市", "place", ML, True),
    # 特區政府於２０２１年修訂的《食物安全條例》(2021)附屬法例，將於２０２５年１月１日起全面實施，
    ("特區政府", "協作模式。\n\n|於", "organization",
     {"name": "特区政府", "kind": "government", "canonical": "香港特别行政区政府"}, True),
    ("２０２１年", 1, "date", {"kind": "year", "value": "2021"}),
    ("2021", "《食物安全條例》(|)", "date", {"kind": "year", "value": "2021"}, True),
    ("２０２５年１月１日", 1, "date", {"kind": "date", "value": "2025-01-01"}),
    # 違例者最高罰款由５萬元提高至２０萬港元。
    ("５萬元", 1, "money", hkd(50000)),
    ("２０萬港元", 1, "money", hkd(200000)),
    # 環境及生態局局長表示，新機制有助提升兩地市民對跨境食品的信心，本港將繼續與內地及澳門加強溝通。
    ("環境及生態局", 1, "organization", {"name": "环境及生态局", "kind": "government"}),
    ("本港", "信心，|將繼續", "place", HK, True),
    ("內地", "將繼續與|及澳門", "place", ML, True),
    ("澳門", "內地及|加強", "place", MO),
]
