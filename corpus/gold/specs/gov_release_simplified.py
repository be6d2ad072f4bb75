# gov_release_simplified — original composition (zh-extract own corpus): county-government press release,
# 平远县 (广东省梅州市) rural-revitalization work conference. Simplified, UTF-8 (no BOM). Bare 元 = CNY.
# Publication date: header line "发布时间：2024-03-18 09:30 来源：平远县人民政府办公室" → 2024-03-18
# (not an entity; source_name 平远县人民政府办公室).
#
# Body/boilerplate:
# - Header: breadcrumb "首页 > 政务公开 > 工作动态" and the 发布时间/来源 line.
# - Body = from the headline "平远县2023年乡村振兴工作取得新成效" (the headline is part of the text, as in the
#   shared gold a001/a008) to the last sentence "…等十项民生实事。".
# - Inline: the page-tool line "【字体：大 中 小】【打印本页】" between the headline and the first paragraph.
# - Footer: "责任编辑：李晓梅", "【打印本页】【关闭窗口】", the copyright/主办/ICP line, "分享到：微信 微博".
#   平远县人民政府 / 平远县人民政府办公室 appear only in header and footer → not annotated.
#
# Judgement calls:
# - "广东省梅州市平远县" is one chain → one place 平远县 (441426). "广州市天河区" chain → 天河区 (440106).
#   "在平远投资兴业": 平远 (short form of 平远县) → place 平远县, required. 仁居镇 → town, adcode null.
#   全县 / 全省 / 两地 / 各镇 are generic (not places).
# - 县委、县政府 (bare "the county party committee / government", back-references to the county's organs) →
#   optional organizations (canonicals given). 县农业农村局 names a specific bureau → required, canonical
#   平远县农业农村局 (as 市国土资源局 in a001). 该公司 (back-reference) → optional.
# - 国务院扶贫办 → canonical 国务院扶贫开发领导小组办公室.
# - Dates: 2024年3月15日 → date; 2023年 (3×) and 2024年 → years; 2021年至2023年 → range 2021..2023;
#   "今年上半年" → period XXXX-H1 required (span includes 今年, like a012's 今年下半年; year not guessed);
#   1-9月 (no year attached) → range XXXX-01..XXXX-09; 今年 (alone), 上年同期, 上年, 以来 → optional relative
#   (以来 itself not annotated); 脱贫攻坚期间 is an event period, not annotated.
# - Quantities: 近400家 (approx), 5.6万亩左右 (左右 attached → in the span, approx), 180多户 / 15万多名 (over),
#   1.6万人次 (unit 人次), 2.3万人, 0.8个百分点 (unit 个百分点), 十项 (Chinese numeral, unit 项), 12个, 18个, 87个.
#   "两地企业" (两地 = "both places") → optional quantity, unit 地.
# - Money: 1.2亿元, 3500万元, 21630元, 约1.2万元 / 约80万元 (approx), 6.8亿元 — all CNY.
#   "不低于上年水平" has no number → nothing.

BODY = ("平远县2023年乡村振兴工作取得新成效", "十项民生实事。")
BOILERPLATE = [
    ("首页 > 政务公开", "来源：平远县人民政府办公室\n", "header"),
    ("【字体：大 中 小】", "【打印本页】", "inline"),
    ("责任编辑：李晓梅", "分享到：微信 微博", "footer"),
]

PY = {"name": "平远县", "level": "county", "adcode": "441426", "path": ["广东省", "梅州市", "平远县"]}
RJ = {"name": "仁居镇", "level": "town", "adcode": None, "path": ["广东省", "梅州市", "平远县", "仁居镇"]}
TH = {"name": "天河区", "level": "county", "adcode": "440106", "path": ["广东省", "广州市", "天河区"]}
PAST = {"kind": "relative", "value": "PAST_REF"}
PRES = {"kind": "relative", "value": "PRESENT_REF"}


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


def year(y):
    return {"kind": "year", "value": y}


ITEMS = [
    # 平远县2023年乡村振兴工作取得新成效 (headline)
    ("平远县", "|2023年乡村振兴工作取得", "place", PY),
    ("2023年", "平远县|乡村振兴工作取得", "date", year("2023")),
    # 2024年3月15日，广东省梅州市平远县召开全县乡村振兴工作会议，总结2023年工作成效，部署今年重点任务。
    ("2024年3月15日", 1, "date", {"kind": "date", "value": "2024-03-15"}),
    ("广东省梅州市平远县", 1, "place", PY),
    ("2023年", "总结|工作成效", "date", year("2023")),
    ("今年", "部署|重点任务", "date", PRES, True),
    # 县委、县政府主要负责同志出席会议并讲话。
    ("县委", "重点任务。|、县政府", "organization",
     {"name": "县委", "kind": "party", "canonical": "中国共产党平远县委员会"}, True),
    ("县政府", "县委、|主要负责", "organization",
     {"name": "县政府", "kind": "government", "canonical": "平远县人民政府"}, True),
    # 会议指出，2023年，平远县统筹各级财政衔接推进乡村振兴资金1.2亿元，其中县级财政安排3500万元，…项目87个。
    ("2023年", "会议指出，|，平远县", "date", year("2023")),
    ("平远县", "会议指出，2023年，|统筹", "place", PY),
    ("1.2亿元", 1, "money", cny(120000000)),
    ("3500万元", 1, "money", cny(35000000)),
    ("87个", 1, "quantity", qty(87, "个")),
    # 全县农村居民人均可支配收入达到21630元，同比增长7.2%，增速高于全省平均水平0.8个百分点。
    ("21630元", 1, "money", cny(21630)),
    ("7.2%", 1, "quantity", qty(7.2, "%")),
    ("0.8个百分点", 1, "quantity", qty(0.8, "个百分点")),
    # 产业发展方面，县农业农村局引导近400家新型农业经营主体参与…，全县脐橙种植面积稳定在5.6万亩左右。
    ("县农业农村局", 1, "organization",
     {"name": "县农业农村局", "kind": "government", "canonical": "平远县农业农村局"}),
    ("近400家", 1, "quantity", qty(400, "家", "approx")),
    ("5.6万亩左右", 1, "quantity", qty(56000, "亩", "approx")),
    # 在仁居镇，平远县金橙源农业发展有限公司流转土地236亩，…带动周边农户180多户，户均年增收约1.2万元。
    ("仁居镇", 1, "place", RJ),
    ("平远县金橙源农业发展有限公司", 1, "organization",
     {"name": "平远县金橙源农业发展有限公司", "kind": "company"}),
    ("236亩", 1, "quantity", qty(236, "亩")),
    ("180多户", 1, "quantity", qty(180, "户", "over")),
    ("约1.2万元", 1, "money", cny(12000, "approx")),
    # 该公司负责人介绍，今年上半年基地将完成冷库改造，计划新增约80万元的冷链设备投入。
    ("该公司", 1, "organization", {"name": "该公司", "kind": "company"}, True),
    ("今年上半年", 1, "date", {"kind": "period", "value": "XXXX-H1"}),
    ("约80万元", 1, "money", cny(800000, "approx")),
    # 就业帮扶方面，2021年至2023年，全县累计组织农村劳动力转移就业15万多名，开展职业技能培训1.6万人次。
    ("2021年至2023年", 1, "date", {"kind": "range", "start": "2021", "end": "2023"}),
    ("15万多名", 1, "quantity", qty(150000, "名", "over")),
    ("1.6万人次", 1, "quantity", qty(16000, "人次")),
    # 1-9月，全县脱贫人口务工规模达到2.3万人，比上年同期增长3.5%。
    ("1-9月", 1, "date", {"kind": "range", "start": "XXXX-01", "end": "XXXX-09"}),
    ("2.3万人", 1, "quantity", qty(23000, "人")),
    ("上年同期", 1, "date", PAST, True),
    ("3.5%", 1, "quantity", qty(3.5, "%")),
    # 广州市天河区与平远县开展对口协作以来，累计引导两地企业在平远投资兴业12个项目，协议投资额达6.8亿元。
    ("广州市天河区", 1, "place", TH),
    ("平远县", "天河区与|开展对口", "place", PY),
    ("两地", "引导|企业", "quantity", qty(2, "地"), True),
    ("平远", "企业在|投资兴业", "place", PY),
    ("12个", 1, "quantity", qty(12, "个")),
    ("6.8亿元", 1, "money", cny(680000000)),
    # 会议回顾，脱贫攻坚期间，平远县先后获得国务院扶贫办、广东省农业农村厅的通报表扬，全县18个相对贫困村全部出列。
    ("平远县", "攻坚期间，|先后获得", "place", PY),
    ("国务院扶贫办", 1, "organization",
     {"name": "国务院扶贫办", "kind": "government", "canonical": "国务院扶贫开发领导小组办公室"}),
    ("广东省农业农村厅", 1, "organization", {"name": "广东省农业农村厅", "kind": "government"}),
    ("18个", 1, "quantity", qty(18, "个")),
    # 会议要求，…确保2024年衔接资金投入不低于上年水平，继续办好…等十项民生实事。
    ("2024年", "确保|衔接资金", "date", year("2024")),
    ("上年", "不低于|水平", "date", PAST, True),
    ("十项", 1, "quantity", qty(10, "项")),
]
