# mixed_bom — original composition (zh-extract own corpus): short local item (Hangzhou 西湖区 "digital village"
# pilot list) that mixes Simplified and Traditional sentences, as copy-pasted sources do. UTF-8 WITH BOM; offsets
# are into the decoded text with the BOM stripped. No publication date stated. Bare 元 = CNY.
#
# Body/boilerplate:
# - Header: the column label "【城事速递】".
# - Body = from the headline "杭州西湖區首批“數字鄉村”示範村名單出爐" (part of the text) to "…共享数字红利。".
# - Inline: the photo marker "(图)" glued to the end of the headline.
# - Footer: the reporter credit "（记者 王晓雯 李嘉豪）".
#
# Judgement calls:
# - Names are given in Simplified whatever the surface script (西湖區 → 西湖区, 雙浦鎮 → 双浦镇, 轉塘街道 → 转塘街道).
# - "杭州西湖區" (headline) and "杭州市余杭区" are chains → one place each (西湖区 330106, 余杭区 330110).
#   转塘街道 (a subdistrict) and 双浦镇 → level town, adcode null, path down from 浙江省. 全區 / 当地 / 农村地区 /
#   城郊 generic.
# - "杭州市西湖区农业农村局" → one organization (places inside not separate). "區農業農村局" (the same bureau,
#   named with its own type, like 县农业农村局 in gov_release_simplified) → required, canonical the full name.
#   浙江大学 → institution; 浙江省农业农村厅 → government.
# - "最高50萬元" (a cap, 最高 is not a hedge word of the contract) → span 50萬元, no qualifier.
#   "1800元左右" → approx, 左右 in the span. 近120个 → approx. 约3200亩 → approx. 3000餘名 → over.
#   2.5趟 → quantity, unit 趟. "5G" (a technology name) is not a quantity. 首批 (ordinal) not annotated.
# - "2023年以來" → year 2023 (以來 outside). "2024年1至10月" → range 2024-01..2024-10. "2025年底" → year 2025.
#   近日 / 目前 → optional relative.

BODY = ("杭州西湖區首批", "共享数字红利。")
BOILERPLATE = [
    ("【城事速递】", "【城事速递】", "header"),
    ("(图)", "(图)", "inline"),
    ("（记者 王晓雯 李嘉豪）", "（记者 王晓雯 李嘉豪）", "footer"),
]

XH = {"name": "西湖区", "level": "county", "adcode": "330106", "path": ["浙江省", "杭州市", "西湖区"]}
SP = {"name": "双浦镇", "level": "town", "adcode": None, "path": ["浙江省", "杭州市", "西湖区", "双浦镇"]}
BUREAU = "杭州市西湖区农业农村局"


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


ITEMS = [
    # 杭州西湖區首批“數字鄉村”示範村名單出爐
    ("杭州西湖區", 1, "place", XH),
    # 记者从杭州市西湖区农业农村局获悉，西湖區近日公布首批“數字鄉村”示範村名單，轉塘街道、雙浦鎮共6個行政村入選。
    ("杭州市西湖区农业农村局", 1, "organization", {"name": BUREAU, "kind": "government"}),
    ("西湖區", "获悉，|近日", "place", XH),
    ("近日", 1, "date", {"kind": "relative", "value": "PAST_REF"}, True),
    ("轉塘街道", 1, "place",
     {"name": "转塘街道", "level": "town", "adcode": None, "path": ["浙江省", "杭州市", "西湖区", "转塘街道"]}),
    ("雙浦鎮", 1, "place", SP),
    ("6個", 1, "quantity", qty(6, "个")),
    # 入選村將各獲得最高50萬元的專項補助，…
    ("50萬元", 1, "money", cny(500000)),
    # 據介紹，2023年以來，西湖区累计投入数字乡村建设资金2100万元，建成5G基站近120个，农村地区宽带入户率达到98.6%。
    ("2023年", 1, "date", {"kind": "year", "value": "2023"}),
    ("西湖区", "以來，|累计", "place", XH),
    ("2100万元", 1, "money", cny(21000000)),
    ("近120个", 1, "quantity", qty(120, "个", "approx")),
    ("98.6%", 1, "quantity", qty(98.6, "%")),
    # 在双浦镇，当地与浙江大学合作开发的“茶园管家”系统已覆盖茶园约3200亩，帮助茶农亩均增收1800元左右。
    ("双浦镇", 1, "place", SP),
    ("浙江大学", 1, "organization", {"name": "浙江大学", "kind": "institution"}),
    ("约3200亩", 1, "quantity", qty(3200, "亩", "approx")),
    ("1800元左右", 1, "money", cny(1800, "approx")),
    # 截至目前，全區已有11個村實現村務、財務信息“掌上查”，村民辦事平均少跑2.5趟。
    ("目前", "截至|，全區", "date", {"kind": "relative", "value": "PRESENT_REF"}, True),
    ("11個", 1, "quantity", qty(11, "个")),
    ("2.5趟", 1, "quantity", qty(2.5, "趟")),
    # 2024年1至10月，全區農村電商銷售額達到3.2億元，同比增長21%，帶動3000餘名村民在家門口就業。
    ("2024年1至10月", 1, "date", {"kind": "range", "start": "2024-01", "end": "2024-10"}),
    ("3.2億元", 1, "money", cny(320000000)),
    ("21%", 1, "quantity", qty(21, "%")),
    ("3000餘名", 1, "quantity", qty(3000, "名", "over")),
    # 區農業農村局相關負責人表示，到2025年底，西湖区计划将示范村扩大至20个，
    ("區農業農村局", 1, "organization", {"name": "区农业农村局", "kind": "government", "canonical": BUREAU}),
    ("2025年底", 1, "date", {"kind": "year", "value": "2025"}),
    ("西湖区", "2025年底，|计划", "place", XH),
    ("20个", "扩大至|，", "quantity", qty(20, "个")),
    # 并与杭州市余杭区、浙江省农业农村厅共同探索城郊数字乡村建设标准，让更多村民共享数字红利。
    ("杭州市余杭区", 1, "place",
     {"name": "余杭区", "level": "county", "adcode": "330110", "path": ["浙江省", "杭州市", "余杭区"]}),
    ("浙江省农业农村厅", 1, "organization", {"name": "浙江省农业农村厅", "kind": "government"}),
]
