# 000_49d28f2aed46edbb — the project's own sample (../shared/sample/): a 2021 report of the State Administration
# for Market Regulation (市场监管总局) on its designated poverty-alleviation work (礼县, 抚远市, 同江市), as a
# converting site serves it: Traditional characters, pinyin glosses after characters (監(jiān)管, 業(yè) — some
# with Latin-1 tone vowels), ASCII punctuation, and a site footer. UTF-8, no BOM, 3952 characters.
# Publication date: not stated (no dateline); the first date "2月25日" has no year → XXXX-02-25, not guessed.
# Currency: mainland article, bare 元 = CNY.
#
# Judgement calls: see 000_49d28f2aed46edbb.md beside this file (every call listed there); the main ones are
# repeated on the items below.

BODY = ("2月25日,在全國脫貧攻堅總結表彰大會上", "作出新的貢獻。")
BOILERPLATE = [
    # site footer: promo blurb (中企檢測認證網, phone 13550333441), "本文內容整合網站:" list of site names, disclaimer
    ("中企檢測認證網提供", "請跟我們聯系刪除并致歉!", "footer"),
]

SAMR = "国家市场监督管理总局"
CPC_CC = "中国共产党中央委员会"
HUAWEI = "华为技术有限公司"
CN = {"name": "中国", "level": "country", "adcode": None}
LX = {"name": "礼县", "level": "county", "adcode": "621226", "path": ["甘肃省", "陇南市", "礼县"]}
FY = {"name": "抚远市", "level": "county", "adcode": "230883", "path": ["黑龙江省", "佳木斯市", "抚远市"]}
TJ = {"name": "同江市", "level": "county", "adcode": "230881", "path": ["黑龙江省", "佳木斯市", "同江市"]}
P3Y = {"kind": "duration", "value": "P3Y"}

DZY = {"name": "党中央", "kind": "party", "canonical": CPC_CC}
GWY = {"name": "国务院", "kind": "government", "canonical": "中华人民共和国国务院"}
SCJG = {"name": "市场监管总局", "kind": "government", "canonical": SAMR}
GWYFPB = {"name": "国务院扶贫办", "kind": "government", "canonical": "国务院扶贫开发领导小组办公室"}
GWI = {"name": "中央和国家机关工委", "kind": "party", "canonical": "中央和国家机关工作委员会"}
ZJ = {"name": "总局", "kind": "government", "canonical": SAMR}
ZJDZ = {"name": "总局党组", "kind": "party", "canonical": "国家市场监督管理总局党组"}
ZJFPB = {"name": "总局扶贫办", "kind": "government"}
ZY = {"name": "中央", "kind": "party", "canonical": CPC_CC}


def cny(n, q=None):
    v = {"amount": n, "currency": "CNY"}
    if q:
        v["qualifier"] = q
    return v


def qty(n, unit, q=None):
    v = {"amount": n, "unit": unit}
    if q:
        v["qualifier"] = q
    return v


def month(v):
    return {"kind": "month", "value": v}


def year(v):
    return {"kind": "year", "value": v}


def zj(left, right):
    """A bare 總局 (back-reference to 市场监管总局) → optional."""
    return ("總局", f"{left}|{right}", "organization", ZJ, True)


ITEMS = [
    # 2月25日,在全國脫貧攻堅總結表彰大會上,市場監(jiān)管總局定點扶貧(對口支援)工作領導小組辦公室被黨中央、國務院授予…
    ("2月25日", 1, "date", {"kind": "date", "value": "XXXX-02-25"}),
    ("市場監(jiān)管總局定點扶貧(對口支援)工作領導小組辦公室", 1, "organization",
     {"name": "市场监管总局定点扶贫(对口支援)工作领导小组办公室", "kind": "government"}),
    ("黨中央", "辦公室被|、國務院授予", "organization", DZY),
    ("國務院", "被黨中央、|授予", "organization", GWY),
    # 2018年3月市場監(jiān)管總局組建以來,堅持以習近平新時代中國特色社會主義思想為指導,…
    ("2018年3月", 1, "date", month("2018-03")),
    ("市場監(jiān)管總局", "2018年3月|組建以來", "organization", SCJG),
    ("中國", "新時代|特色社會主義", "place", CN, True),
    # 堅決貫徹落實黨中央、國務院脫貧攻堅決策部署,緊緊圍繞國務院扶貧辦、中央和國家機關工委工作要求,…
    ("黨中央", "堅決貫徹落實|、國務院", "organization", DZY),
    ("國務院", "堅決貫徹落實黨中央、|脫貧", "organization", GWY),
    ("國務院扶貧辦", "緊緊圍繞|、中央", "organization", GWYFPB),
    ("中央和國家機關工委", "緊緊圍繞國務院扶貧辦、|工作要求", "organization", GWI),
    # …舉全局之力傾情幫助甘肅省禮縣和黑龍江省撫遠市、同江市如期脫貧摘帽,…
    ("甘肅省禮縣", 1, "place", LX),
    ("黑龍江省撫遠市", 1, "place", FY),
    ("同江市", "撫遠市、|如期", "place", TJ),
    # 黨的十八大以來,以習近平同志為核心的黨中央…明確了到2020年我國現行標準下農村貧困人口實現脫貧…
    ("黨中央", "為核心的|堅持", "organization", DZY),
    ("2020年", "明確了到|我國", "date", year("2020")),
    ("我國", "到2020年|現行標準", "place", CN, True),
    # 總局黨組提高政治站位,堅持把學習貫徹…和黨中央、國務院脫貧攻堅決策部署作為一項重要政治任務…
    ("總局黨組", "前進方向。\n|提高政治", "organization", ZJDZ, True),
    ("黨中央", "重要論述和|、國務院脫貧攻堅決策部署作為", "organization", DZY),
    ("國務院", "重要論述和黨中央、|脫貧攻堅決策部署作為", "organization", GWY),
    ("一項", "作為|重要政治任務", "quantity", qty(1, "项"), True),
    # 3年來,總局通過黨組會議等多種形式組織學習…和黨中央、國務院脫貧攻堅決策部署26次。
    ("3年來", "抓緊抓實抓好。|,總局通過", "date", P3Y, True),
    zj("3年來,", "通過黨組會議"),
    ("黨中央", "重要論述和|、國務院脫貧攻堅決策部署26次", "organization", DZY),
    ("國務院", "重要論述和黨中央、|脫貧攻堅決策部署26次", "organization", GWY),
    ("26次", 1, "quantity", qty(26, "次")),
    # 在定點扶貧實際工作中,總局領導高度重視、帶頭推進,2018年11月、2019年6月、2020年10月,總局主要負責同志3次深入禮縣一線…
    zj("實際工作中,", "領導高度重視"),
    ("2018年11月", 1, "date", month("2018-11")),
    ("2019年6月", 1, "date", month("2019-06")),
    ("2020年10月", 1, "date", month("2020-10")),
    zj("2020年10月,", "主要負責同志"),
    ("3次", "主要負責同志|深入禮縣", "quantity", qty(3, "次")),
    ("禮縣", "3次深入|一線", "place", LX),
    # 分管負責同志先后8次赴定點縣市指導幫扶工作,有力推動了總局定點扶貧和當地脫貧攻堅工作。
    ("8次", 1, "quantity", qty(8, "次")),
    zj("有力推動了", "定點扶貧和當地"),
    # 總局專門成立定點扶貧工作領導小組,…領導小組辦公室(總局扶貧辦)日常工作設在辦公廳。
    zj("定點扶貧工作,", "專門成立"),
    ("定點扶貧工作領導小組", "專門成立|,由主要", "organization",
     {"name": "定点扶贫工作领导小组", "kind": "government"}, True),
    ("領導小組辦公室", "為成員,|(總局扶貧辦)", "organization", {"name": "领导小组办公室", "kind": "government"}, True),
    ("總局扶貧辦", "辦公室(|)日常", "organization", ZJFPB),
    ("辦公廳", "日常工作設在|。", "organization", {"name": "办公厅", "kind": "government"}, True),
    # 3年來,總局累計召開定點扶貧專題會議21次,…
    ("3年來", "設在辦公廳。|,總局累計", "date", P3Y, True),
    zj("辦公廳。3年來,", "累計召開"),
    ("21次", 1, "quantity", qty(21, "次")),
    # 在總局黨組領導下,總局扶貧辦主動加強與國務院扶貧辦、中央和國家機關工委工作溝通,…
    ("總局黨組", "有力推進\n在|領導下", "organization", ZJDZ, True),
    ("總局扶貧辦", "黨組領導下,|主動加強", "organization", ZJFPB),
    ("國務院扶貧辦", "主動加強與|、中央", "organization", GWYFPB),
    ("中央和國家機關工委", "主動加強與國務院扶貧辦、|工作溝通", "organization", GWI),
    # …認真研究制定總局年度定點扶貧工作計劃和任務分工方案。
    zj("認真研究制定", "年度定點扶貧"),
    # 3年來,為確保總局各年度任務指標不折不扣完成,總局扶貧辦努力克服…構筑起…的總局定點扶貧雄厚合力。
    ("3年來", "任務分工方案。\n|,為確保", "date", P3Y, True),
    zj("為確保", "各年度任務"),
    ("總局扶貧辦", "不折不扣完成,|努力克服", "organization", ZJFPB),
    zj("資源豐富的", "定點扶貧雄厚"),
    # 自2019年起,按照總局黨組部署,在總局扶貧辦的推動下,總局機關全面開展“黨建+扶貧”行動——總局68個司局、直屬單位黨組織…
    ("2019年", "合力。\n自|起", "date", year("2019")),
    ("總局黨組", "起,按照|部署", "organization", ZJDZ, True),
    ("總局扶貧辦", "部署,在|的推動下", "organization", ZJFPB),
    ("總局機關", "的推動下,|全面開展", "organization", {"name": "总局机关", "kind": "government", "canonical": SAMR},
     True),
    zj("行動——", "68個司局"),
    ("68個", 1, "quantity", qty(68, "个")),
    # …與3個定點縣市的49個鄉(xiāng)鎮(zhèn)實現結對幫扶全覆蓋,…
    ("3個", "方式,與|定點縣市的49個", "quantity", qty(3, "个")),
    ("49個", 1, "quantity", qty(49, "个")),
    # 開展結對幫扶活動以來,總局各司局、直屬單位累計深入3個定點縣市開展結對幫扶活動114次。
    zj("幫扶活動以來,", "各司局"),
    ("3個", "累計深入|定點縣市開展", "quantity", qty(3, "个")),
    ("114次", 1, "quantity", qty(114, "次")),
    # 總局扶貧辦還充分發(fā)揮總局廣泛聯系企業(yè)的優(yōu)勢,…
    ("總局扶貧辦", "114次。\n|還充分", "organization", ZJFPB),
    zj("發(fā)揮", "廣泛聯系企業"),
    # 3年來,累計有近400家企業(yè)和社會機構向總局定點縣市無償捐贈款物達1.23億元,…
    ("3年來", "積極參與扶貧工作。|,累計有", "date", P3Y, True),
    ("近400家", 1, "quantity", qty(400, "家", "approx")),
    zj("社會機構向", "定點縣市無償"),
    ("1.23億元", 1, "money", cny(123000000)),
    # 2020年4月,總局扶貧辦向各省級市場監(jiān)管部門下發(fā)《…》,號召全系統(tǒng)積極參與總局定點扶貧工作。
    ("2020年4月", 1, "date", month("2020-04")),
    ("總局扶貧辦", "2020年4月,|向各省級", "organization", ZJFPB),
    zj("號召全系統(tǒng)積極參與", "定點扶貧工作。各地"),
    # 各地市場監(jiān)管部門積極響應總局號召,…進一步積極參與總局定點扶貧工作。
    zj("積極響應", "號召"),
    zj("進一步積極參與", "定點扶貧工作。\n多措"),
    # 2018年至2020年,總局積極採取…
    ("2018年至2020年", 1, "date", {"kind": "range", "start": "2018", "end": "2020"}),
    zj("2018年至2020年,", "積極采取"),
    # 按照中央“定點扶貧工作既需要真情實意,也要有真金白銀”的要求,總局通過…
    ("中央", "實際情況,按照|“定點扶貧", "organization", ZY, True),
    zj("真金白銀”的要求,", "通過統(tǒng)籌"),
    # 3年間,扶貧辦精心組織,…累計向3個定點縣市直接投入幫扶資金4459萬元,引進社會幫扶資金26807萬元。
    ("3年間", 1, "date", P3Y, True),
    ("扶貧辦", "3年間,|精心組織", "organization", {"name": "扶贫办", "kind": "government"}, True),
    ("3個", "累計向|定點縣市直接", "quantity", qty(3, "个")),
    ("4459萬元", 1, "money", cny(44590000)),
    ("26807萬元", 1, "money", cny(268070000)),
    # 為切實加強定點縣“造血”功能,總局在幫扶工作中…
    zj("“造血”功能,", "在幫扶工作中"),
    # 2019年,在總局領導親自協調下,總局扶貧辦…引進中藥控股公司投資建設的禮縣中藥材產業(yè)園項目,占地面積236畝、總投資3億元,…
    ("2019年", "防止返貧。|,在總局", "date", year("2019")),
    zj("2019年,在", "領導親自協調"),
    ("總局扶貧辦", "親自協調下,|加大落實", "organization", ZJFPB),
    ("中藥控股公司", 1, "organization", {"name": "中药控股公司", "kind": "company"}),
    ("禮縣", "投資建設的|中藥材", "place", LX, True),
    ("236畝", 1, "quantity", qty(236, "亩")),
    ("3億元", "總投資|,涵蓋", "money", cny(300000000)),
    # …直接帶動全縣中藥材種植合作社120個,輻射主產區(qū)11個鄉(xiāng)鎮(zhèn)150多個村15萬多名群眾。
    ("120個", 1, "quantity", qty(120, "个")),
    ("11個", 1, "quantity", qty(11, "个")),
    ("150多個", 1, "quantity", qty(150, "个", "over")),
    ("15萬多名", 1, "quantity", qty(150000, "名", "over")),
    # 2020年,…華為技術有限公司與撫遠市政府簽訂戰(zhàn)略合作協議,由華為公司投資4億元、撫遠出資2億元共同建設撫遠市華為云計算大數據中心,…
    ("2020年", "群眾。|,在多方", "date", year("2020")),
    ("華為技術有限公司", 1, "organization", {"name": HUAWEI, "kind": "company"}),
    ("撫遠市政府", 1, "organization", {"name": "抚远市政府", "kind": "government", "canonical": "抚远市人民政府"}),
    ("華為公司", 1, "organization", {"name": "华为公司", "kind": "company", "canonical": HUAWEI}),
    ("4億元", 1, "money", cny(400000000)),
    ("撫遠", "4億元、|出資", "place", FY),
    ("2億元", 1, "money", cny(200000000)),
    ("撫遠市", "共同建設|華為云", "place", FY, True),
    ("華為", "建設撫遠市|云計算", "organization", {"name": "华为", "kind": "company", "canonical": HUAWEI}, True),
    # 此外,總局扶貧辦還統(tǒng)籌促進多項小微產業(yè)項目實施,…
    ("總局扶貧辦", "此外,|還統", "organization", ZJFPB),
    # 總局定點扶貧始終堅持“線上線下”并重,…3年來,累計幫助定點縣市銷售農產品10356萬元。
    zj("“造血”功能。\n", "定點扶貧始終"),
    ("3年來", "“線下”銷售農產品。|,累計幫助", "date", P3Y, True),
    ("10356萬元", 1, "money", cny(103560000)),
    # 此外,充分發(fā)揮總局在品牌質量、…例如,組織專家赴同江市開展水稻標準化種植技術指導…
    zj("發(fā)揮", "在品牌質量"),
    ("同江市", "組織專家赴|開展水稻", "place", TJ),
    # 加大對禮縣蘋果、禮縣大黃等優(yōu)勢特色產業(yè)發(fā)展支持力度,指導和幫助禮縣成功注冊“禮縣蘋果”“禮縣大黃”地理標志證明商標等。
    ("禮縣", "加大對|蘋果、", "place", LX, True),
    ("禮縣", "蘋果、|大黃等", "place", LX, True),
    ("禮縣", "指導和幫助|成功注冊", "place", LX),
    ("禮縣", "成功注冊“|蘋果”", "place", LX, True),
    ("禮縣", "蘋果”“|大黃”", "place", LX, True),
    # 日前,中共中央、國務院發(fā)布《關于實現鞏固拓展脫貧攻堅成果同鄉(xiāng)村振興有效銜接的意見》,…
    ("日前", 1, "date", {"kind": "relative", "value": "PAST_REF"}, True),
    ("中共中央", 1, "organization", {"name": "中共中央", "kind": "party", "canonical": CPC_CC}),
    ("國務院", "中共中央、|發(fā)布", "organization", GWY),
    # 站在新的起點,總局將深入學習領會…堅決落實中央“摘帽不摘責任、…”的要求,…
    zj("站在新的起點,", "將深入學習"),
    ("中央", "堅決落實|“摘帽", "organization", ZY, True),
    # …持續(xù)為總局定點縣市鄉(xiāng)村地區(qū)全面振興作出新的貢獻。
    zj("續(xù)為", "定點縣市鄉"),
]
