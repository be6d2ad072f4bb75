# taiwan_news_big5 — original composition (zh-extract own corpus): CNA-style (中央社) Taiwan news on green-energy
# investment statistics. Traditional Chinese (Taiwan usage), saved as Big5. Annotated on the decoded text.
# Publication date: the time line "2024/05/12 16:45", the dateline "（中央社記者林家瑜台北12日電）" and the footer
# code "1130512" give 2024-05-12 (not an entity). Currency: Taiwan article, bare 元 = TWD.
#
# Body/boilerplate:
# - Body = from the headline "經濟部：前4月綠能投資年增近2成　離岸風電帶動" (part of the text, as in the shared gold
#   a001/a057) to "…強化電網韌性。".
# - Inline: the time line "2024/05/12 16:45（5/12 17:20 更新）", the font-size tool "字級：小 中 大" and the reporter
#   dateline "（中央社記者林家瑜台北12日電）" between the headline and the lead (台北 there not annotated).
#   A system that puts the headline into the header instead only loses the three headline mentions.
# - Footer: "（編輯：張雅婷）1130512" (glued to the last sentence).
#
# Judgement calls:
# - Money spans include the currency word written before the number (新台幣1285億元, 新台幣48億元), as a046/a050.
#   Bare 億元 amounts (412億元, 約350億元, 96.5億元, 5645億元) → TWD. "突破百億元": 百億元 = 10^10 TWD, qualifier
#   over, the verb 突破 outside the span.
# - "前4月" (headline, = January–April, year not attached) → range XXXX-01..XXXX-04 (as a019's 前11个月).
#   "113年1至4月" → range 2024-01..2024-04. "民國112年" (span with 民國, without 全年) → year 2023.
#   113年5月9日 / 113年5月12日 → dates (上午 outside). "115年第1季" → period 2026-Q1.
#   "4月" (其中4月單月) and "4月底" → month XXXX-04. 今天 (×2) → optional, resolved 2024-05-12 (inferred);
#   今年 (×2) → optional 2024 inferred; 去年 → optional 2023 inferred; 日前 / 目前 optional relative;
#   未來4年 / 未來10年 / 近年 → optional durations. 歷年同月 not annotated.
# - Quantities: 近2成 (unit 成, approx), 約2.7GW / 約0.9GW (approx, unit GW), "突破12GW" (12GW, over; 突破 outside),
#   3GW, 7座, 超過300部 (over, 超過 attached), 逾600個 (over), 18.6%, 32%. 多家 (vague) not annotated.
# - Organizations: 經濟部 (Taiwan ministry; full name, no canonical), 經濟部能源署 (one org), 行政院 (×2),
#   國家發展委員會, 晟陽能源股份有限公司 and its short form 晟陽能源 (×2, canonical), 高雄市政府經濟發展局 (one org;
#   the place inside not separate), 台灣電力公司 (canonical 台湾电力股份有限公司). 公司 (= 晟陽能源) and 市府
#   (= 高雄市政府) are bare back-references → optional. 院會 (the Executive Yuan meeting) is an event, not annotated.
#   中央社 occurs only in the dateline (boilerplate).
# - Places: Taiwan below province level → adcode null, path from 台湾省. 台灣 (讓台灣成為…) → 台湾省 710000,
#   required; 台灣 inside 台灣電力公司 is part of the organization. "高雄市路竹區" = one chain → 路竹区 (county level,
#   adcode null). 亞太 → region, required. 台中港 (a port) → optional place, level feature.
#   國內 / 在地 generic.
# - The 「綠能產業升級行動方案」 plan name is not annotated.

BODY = ("經濟部：前4月綠能投資", "強化電網韌性。")
BOILERPLATE = [
    ("2024/05/12 16:45", "台北12日電）", "inline"),
    ("（編輯：張雅婷）", "1130512", "footer"),
]

MOEA = {"name": "经济部", "kind": "government"}
EY = {"name": "行政院", "kind": "government"}
SY = {"name": "晟阳能源", "kind": "company", "canonical": "晟阳能源股份有限公司"}
TW = {"name": "台湾省", "level": "province", "adcode": "710000", "path": ["台湾省"]}
TODAY = {"kind": "date", "value": "2024-05-12", "inferred": True}
THIS_YEAR = {"kind": "year", "value": "2024", "inferred": True}


def twd(n, q=None):
    v = {"amount": n, "currency": "TWD"}
    if q:
        v["qualifier"] = q
    return v


def qty(n, unit, q=None):
    v = {"amount": n, "unit": unit}
    if q:
        v["qualifier"] = q
    return v


def tw_city(n):
    return {"name": n, "level": "city", "adcode": None, "path": ["台湾省", n]}


ITEMS = [
    # 經濟部：前4月綠能投資年增近2成　離岸風電帶動
    ("經濟部", "|：前4月", "organization", MOEA),
    ("前4月", 1, "date", {"kind": "range", "start": "XXXX-01", "end": "XXXX-04"}),
    ("近2成", 1, "quantity", qty(2, "成", "approx")),
    # 經濟部今天公布最新統計，113年1至4月國內綠能相關投資金額達新台幣1285億元，年增18.6%，
    ("經濟部", "12日電）|今天公布", "organization", MOEA),
    ("今天", "經濟部|公布", "date", TODAY, True),
    ("113年1至4月", 1, "date", {"kind": "range", "start": "2024-01", "end": "2024-04"}),
    ("新台幣1285億元", 1, "money", twd(128500000000)),
    ("18.6%", 1, "quantity", qty(18.6, "%")),
    # 其中4月單月投資額為412億元，創歷年同月新高。經濟部官員表示，…
    ("4月", "其中|單月", "date", {"kind": "month", "value": "XXXX-04"}),
    ("412億元", 1, "money", twd(41200000000)),
    ("經濟部", "同月新高。|官員", "organization", MOEA),
    # 經濟部能源署指出，民國112年全年太陽光電新增裝置容量約2.7GW，累計裝置容量突破12GW；
    ("經濟部能源署", 1, "organization", {"name": "经济部能源署", "kind": "government"}),
    ("民國112年", 1, "date", {"kind": "year", "value": "2023"}),
    ("約2.7GW", 1, "quantity", qty(2.7, "GW", "approx")),
    ("12GW", "突破|；", "quantity", qty(12, "GW", "over")),
    # 今年目標再新增3GW，截至4月底已完成約0.9GW。離岸風電方面，目前已有7座風場、超過300部風機併網運轉。
    ("今年", "12GW；|目標", "date", THIS_YEAR, True),
    ("3GW", "再新增|，", "quantity", qty(3, "GW")),
    ("4月底", 1, "date", {"kind": "month", "value": "XXXX-04"}),
    ("約0.9GW", 1, "quantity", qty(0.9, "GW", "approx")),
    ("目前", "離岸風電方面，|已有", "date", {"kind": "relative", "value": "PRESENT_REF"}, True),
    ("7座", 1, "quantity", qty(7, "座")),
    ("超過300部", 1, "quantity", qty(300, "部", "over")),
    # 行政院日前核定「綠能產業升級行動方案」，預計未來4年投入約350億元，協助業者建置在地供應鏈。
    ("行政院", "|日前核定", "organization", EY),
    ("日前", "行政院|核定", "date", {"kind": "relative", "value": "PAST_REF"}, True),
    ("未來4年", 1, "date", {"kind": "duration", "value": "P4Y"}, True),
    ("約350億元", 1, "money", twd(35000000000, "approx")),
    # 行政院發言人表示，方案已於113年5月9日院會通過，將由經濟部會同國家發展委員會推動，目標是讓台灣成為亞太綠能供應鏈重鎮。
    ("行政院", "供應鏈。|發言人", "organization", EY),
    ("113年5月9日", 1, "date", {"kind": "date", "value": "2024-05-09"}),
    ("經濟部", "將由|會同", "organization", MOEA),
    ("國家發展委員會", 1, "organization", {"name": "国家发展委员会", "kind": "government"}),
    ("台灣", "讓|成為", "place", TW),
    ("亞太", 1, "place", {"name": "亚太", "level": "region", "adcode": None}),
    # 民間業者也積極布局。總部位於台北市的晟陽能源股份有限公司今天宣布，將斥資新台幣48億元在高雄市路竹區興建儲能系統廠，
    ("台北市", "總部位於|的", "place", tw_city("台北市")),
    ("晟陽能源股份有限公司", 1, "organization", {"name": "晟阳能源股份有限公司", "kind": "company"}),
    ("今天", "股份有限公司|宣布", "date", TODAY, True),
    ("新台幣48億元", 1, "money", twd(4800000000)),
    ("高雄市路竹區", 1, "place",
     {"name": "路竹区", "level": "county", "adcode": None, "path": ["台湾省", "高雄市", "路竹区"]}),
    # 預計115年第1季量產，可創造逾600個就業機會。
    ("115年第1季", 1, "date", {"kind": "period", "value": "2026-Q1"}),
    ("逾600個", 1, "quantity", qty(600, "个", "over")),
    # 晟陽能源董事長在記者會上表示，公司去年營收96.5億元，年增32%，今年營收可望突破百億元。
    ("晟陽能源", "就業機會。|董事長", "organization", SY),
    ("公司", "記者會上表示，|去年", "organization", {"name": "公司", "kind": "company"}, True),
    ("去年", "表示，公司|營收", "date", {"kind": "year", "value": "2023", "inferred": True}, True),
    ("96.5億元", 1, "money", twd(9650000000)),
    ("32%", 1, "quantity", qty(32, "%")),
    ("今年", "32%，|營收", "date", THIS_YEAR, True),
    ("百億元", "突破|。", "money", twd(10000000000, "over")),
    # 高雄市政府經濟發展局表示，已於113年5月12日上午與晟陽能源簽署投資合作備忘錄，市府將協助業者…
    ("高雄市政府經濟發展局", 1, "organization", {"name": "高雄市政府经济发展局", "kind": "government"}),
    ("113年5月12日", 1, "date", {"kind": "date", "value": "2024-05-12"}),
    ("晟陽能源", "上午與|簽署", "organization", SY),
    ("市府", "備忘錄，|將協助", "organization",
     {"name": "市府", "kind": "government", "canonical": "高雄市政府"}, True),
    # 另外，台中市近年也吸引多家風電零組件廠進駐，台中港周邊已形成離岸風電產業聚落。
    ("台中市", 1, "place", tw_city("台中市")),
    ("近年", "台中市|也吸引", "date", {"kind": "duration", "value": "PXY"}, True),
    ("台中港", 1, "place", {"name": "台中港", "level": "feature", "adcode": None}, True),
    # 經濟部強調，…台灣電力公司已規劃在未來10年投入5645億元強化電網韌性。
    ("經濟部", "|強調，綠能", "organization", MOEA),
    ("台灣電力公司", 1, "organization",
     {"name": "台湾电力公司", "kind": "company", "canonical": "台湾电力股份有限公司"}),
    ("未來10年", 1, "date", {"kind": "duration", "value": "P10Y"}, True),
    ("5645億元", 1, "money", twd(564500000000)),
]
