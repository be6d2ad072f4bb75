# business_gb18030 — original composition (zh-extract own corpus): Simplified business news on the Q3 2024 results of
# an (invented) German auto-parts group 博锐克集团 (Brauck AG). Saved as GB18030; annotated on the decoded text.
# No publication date stated (11月6日 is the results date, no year attached). Bare 元 = CNY (mainland site).
#
# Body/boilerplate:
# - Header: the photo credit line "图片来源：视觉中国".
# - Body = from the headline "欧洲汽车零部件巨头博锐克三季度营收下滑 中国市场逆势增长" (part of the text) to
#   "…表现好于集团整体水平。".
# - Inline: the photo caption line "图为博锐克集团位于上海市嘉定区的研发中心。（视觉中国/图）" between two paragraphs
#   (上海市嘉定区 / 博锐克集团 there are not annotated).
# - Footer: "相关阅读：" with three related headlines (大众汽车, 中国, 欧洲 there not annotated) and the disclaimer
#   "本文不构成投资建议，市场有风险，投资需谨慎。".
#
# Judgement calls:
# - 博锐克集团 and its English name in brackets (Brauck AG) → two company mentions (Brauck AG canonical 博锐克集团).
#   博锐克 alone (short form of the group's name, not a back-reference) → required, canonical 博锐克集团.
#   Bare 集团 (×3) and 公司 (×2) → optional. 德意志银行 → company; 法兰克福证券交易所 → institution (法兰克福 inside
#   it, no separate place). 博锐克（上海）汽车系统有限公司 → one company (上海 inside the name).
# - Dates: "三季度" (headline, no year) → period XXXX-Q3; 2024年第三季度 → 2024-Q3; 11月6日 → XXXX-11-06;
#   2022年至2024年, 2025年至2027年 (期间 outside) → ranges; 2026年 / 2024年 → years.
#   "前三季度" (×2, no year; = January–September) → range XXXX-01..XXXX-09, required (as a019's 前11个月; the
#   contract has no quarter-range form, so the value is debatable while the span is not).
#   上年同期, 此前, 年内 → optional relative; 全年 (下调全年业绩指引) → optional, 2024 inferred.
# - Money: 约112亿元人民币 → span includes the trailing currency word 人民币 (as a012), CNY, approx.
#   "395亿至405亿欧元" → EUR range. 4.6亿元 (the Chinese JV's profit) → CNY. Others EUR / USD as written.
# - Quantities: 4.3%, 1.8个百分点, "至3.1%" (3.1%, not the 3.1亿欧元 above), 7.5%, 6.2%, 800多名 (over),
#   1500名左右 (approx, 左右 attached), 超过三成 (3 成, over, 超过 attached), 60万套, 约12% (approx), 23%, 15.4%.
#   一座 ("a") → optional; 一期 (phase one) not annotated; "基本持平" has no number.
# - Places: 德国, 美国, 墨西哥 → country; 欧洲 (×2), 北美 → region; 中国 (headline, 中国市场, 中国已成为, 在中国的,
#   投向中国) → country, required; 华 in "在华" → optional 中国. "江苏省太仓市" chain → 太仓市 (320585).
#   "博锐克墨西哥工厂": 墨西哥 is a real place qualifying the plant → required.

BODY = ("欧洲汽车零部件巨头博锐克", "表现好于集团整体水平。")
BOILERPLATE = [
    ("图片来源：视觉中国", "图片来源：视觉中国\n", "header"),
    ("图为博锐克集团位于", "（视觉中国/图）\n", "inline"),
    ("相关阅读：", "投资需谨慎。", "footer"),
]

BRK = {"name": "博锐克", "kind": "company", "canonical": "博锐克集团"}
BRKG = {"name": "博锐克集团", "kind": "company"}
GRP = {"name": "集团", "kind": "company"}
CO = {"name": "公司", "kind": "company"}
CN = {"name": "中国", "level": "country", "adcode": None}
EU = {"name": "欧洲", "level": "region", "adcode": None}
PAST = {"kind": "relative", "value": "PAST_REF"}
PRES = {"kind": "relative", "value": "PRESENT_REF"}
Q1_3 = {"kind": "range", "start": "XXXX-01", "end": "XXXX-09"}


def money(n, cur, q=None):
    v = {"amount": n, "currency": cur}
    if q:
        v["qualifier"] = q
    return v


def qty(n, unit, q=None):
    v = {"amount": n, "unit": unit}
    if q:
        v["qualifier"] = q
    return v


def country(n):
    return {"name": n, "level": "country", "adcode": None}


ITEMS = [
    # 欧洲汽车零部件巨头博锐克三季度营收下滑 中国市场逆势增长
    ("欧洲", "|汽车零部件巨头", "place", EU),
    ("博锐克", "巨头|三季度", "organization", BRK),
    ("三季度", "巨头博锐克|营收下滑", "date", {"kind": "period", "value": "XXXX-Q3"}),
    ("中国", "营收下滑 |市场逆势", "place", CN),
    # 德国汽车零部件供应商博锐克集团（Brauck AG）11月6日发布的财报显示，2024年第三季度，集团实现营业收入98.6亿欧元，
    ("德国", 1, "place", country("德国")),
    ("博锐克集团", "供应商|（Brauck", "organization", BRKG),
    ("Brauck AG", 1, "organization", {"name": "Brauck AG", "kind": "company", "canonical": "博锐克集团"}),
    ("11月6日", 1, "date", {"kind": "date", "value": "XXXX-11-06"}),
    ("2024年第三季度", 1, "date", {"kind": "period", "value": "2024-Q3"}),
    ("集团", "第三季度，|实现", "organization", GRP, True),
    ("98.6亿欧元", 1, "money", money(9860000000, "EUR")),
    # 同比下降4.3%；净利润为3.1亿欧元，同比减少1.9亿欧元，净利润率较上年同期下滑1.8个百分点至3.1%。
    ("4.3%", 1, "quantity", qty(4.3, "%")),
    ("3.1亿欧元", 1, "money", money(310000000, "EUR")),
    ("1.9亿欧元", 1, "money", money(190000000, "EUR")),
    ("上年同期", 1, "date", PAST, True),
    ("1.8个百分点", 1, "quantity", qty(1.8, "个百分点")),
    ("3.1%", "个百分点至|。", "quantity", qty(3.1, "%")),
    # 分地区看，欧洲市场营收同比下降7.5%，北美市场基本持平，中国市场则逆势增长6.2%，营收达到约112亿元人民币。
    ("欧洲", "分地区看，|市场", "place", EU),
    ("7.5%", 1, "quantity", qty(7.5, "%")),
    ("北美", 1, "place", {"name": "北美", "level": "region", "adcode": None}),
    ("中国", "基本持平，|市场则", "place", CN),
    ("6.2%", 1, "quantity", qty(6.2, "%")),
    ("约112亿元人民币", 1, "money", money(11200000000, "CNY", "approx")),
    # 博锐克集团首席执行官在电话会议上表示，中国已成为集团增长最快的区域，
    ("博锐克集团", "人民币。|首席执行官", "organization", BRKG),
    ("中国", "会议上表示，|已成为", "place", CN),
    ("集团", "已成为|增长最快", "organization", GRP, True),
    # “2022年至2024年，我们在中国的研发人员从800多名增加到1500名左右”。
    ("2022年至2024年", 1, "date", {"kind": "range", "start": "2022", "end": "2024"}),
    ("中国", "我们在|的研发", "place", CN),
    ("800多名", 1, "quantity", qty(800, "名", "over")),
    ("1500名左右", 1, "quantity", qty(1500, "名", "approx")),
    # 为应对电动化转型，博锐克宣布将在2025年至2027年期间投资约50亿欧元，其中超过三成将投向中国。
    ("博锐克", "电动化转型，|宣布", "organization", BRK),
    ("2025年至2027年", 1, "date", {"kind": "range", "start": "2025", "end": "2027"}),
    ("约50亿欧元", 1, "money", money(5000000000, "EUR", "approx")),
    ("超过三成", 1, "quantity", qty(3, "成", "over")),
    ("中国", "将投向|。", "place", CN),
    # 公司计划在江苏省太仓市新建一座电驱动系统工厂，一期投资额为2.8亿美元，预计2026年投产，达产后年产能可达60万套。
    ("公司", "投向中国。|计划", "organization", CO, True),
    ("江苏省太仓市", 1, "place",
     {"name": "太仓市", "level": "county", "adcode": "320585", "path": ["江苏省", "苏州市", "太仓市"]}),
    ("一座", 1, "quantity", qty(1, "座"), True),
    ("2.8亿美元", 1, "money", money(280000000, "USD")),
    ("2026年", 1, "date", {"kind": "year", "value": "2026"}),
    ("60万套", 1, "quantity", qty(600000, "套")),
    # 值得注意的是，受美国关税政策不确定性影响，博锐克墨西哥工厂前三季度的订单减少约12%。
    ("美国", 1, "place", country("美国")),
    ("博锐克", "不确定性影响，|墨西哥", "organization", BRK),
    ("墨西哥", 1, "place", country("墨西哥")),
    ("前三季度", "墨西哥工厂|的订单", "date", Q1_3),
    ("约12%", 1, "quantity", qty(12, "%", "approx")),
    # 公司同时下调全年业绩指引，预计2024年营收将在395亿至405亿欧元之间，此前预期为410亿欧元。
    ("公司", "约12%。|同时", "organization", CO, True),
    ("全年", "下调|业绩", "date", {"kind": "year", "value": "2024", "inferred": True}, True),
    ("2024年", "预计|营收将在", "date", {"kind": "year", "value": "2024"}),
    ("395亿至405亿欧元", 1, "money", {"min": 39500000000, "max": 40500000000, "currency": "EUR"}),
    ("此前", 1, "date", PAST, True),
    ("410亿欧元", 1, "money", money(41000000000, "EUR")),
    # 德意志银行分析师指出，博锐克在法兰克福证券交易所的股价年内累计下跌23%，市值蒸发约60亿欧元。
    ("德意志银行", 1, "organization", {"name": "德意志银行", "kind": "company"}),
    ("博锐克", "分析师指出，|在法兰克福", "organization", BRK),
    ("法兰克福证券交易所", 1, "organization", {"name": "法兰克福证券交易所", "kind": "institution"}),
    ("年内", 1, "date", PRES, True),
    ("23%", 1, "quantity", qty(23, "%")),
    ("约60亿欧元", 1, "money", money(6000000000, "EUR", "approx")),
    # 不过，其在华合资企业博锐克（上海）汽车系统有限公司前三季度净利润达到4.6亿元，同比增长15.4%，表现好于集团整体水平。
    ("华", "其在|合资", "place", CN, True),
    ("博锐克（上海）汽车系统有限公司", 1, "organization",
     {"name": "博锐克（上海）汽车系统有限公司", "kind": "company"}),
    ("前三季度", "有限公司|净利润", "date", Q1_3),
    ("4.6亿元", 1, "money", money(460000000, "CNY")),
    ("15.4%", 1, "quantity", qty(15.4, "%")),
    ("集团", "表现好于|整体", "organization", GRP, True),
]
