"""Organization values: name (the Simplified surface), kind, and the canonical name when known.

`known` reads rules/organizations.tsv and rules/companies.tsv (name -> canonical, kind); `named` takes a place and
an organization suffix (group `suffix`, whose kind rules/org_suffixes.tsv,
org_name_suffixes.tsv or org_teams.tsv gives): 抚远市政府 -> government, canonical 抚远市人民政府
(a bare 政府 after a place stands for its 人民政府). `company` builds a name from the jieba words
before a company or trade word; `repeat` gives an organization named again the value of its
first naming (pipeline/repeats.py).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import regex

from pipeline.extractors.context import Context, sure_enough

_HAN = regex.compile(r"\p{Han}")


def known(groups: Mapping[str, str | None], context: Context) -> dict[str, Any] | None:
    """A name from the typed table (rules/organizations.tsv), else from the listed companies."""
    name = groups.get("name") or ""
    row = context.tables.get("organizations", {}).get(name) or context.tables.get("companies", {}).get(name)
    if row is None:
        return None
    canonical, kind = row.split("\t")
    return {"name": name, "kind": kind, **({"canonical": canonical} if canonical else {})}


def named(groups: Mapping[str, str | None], context: Context) -> dict[str, Any] | None:
    place, unit, suffix = groups.get("place") or "", groups.get("unit") or "", groups.get("suffix") or ""
    kind = _suffix_kind(suffix, ("org_suffixes", "org_name_suffixes", "org_teams"), context)
    # The place must be one (城市中心 is not 城市 + 中心); a chain (杭州市西湖区) ends in one.
    if kind is None or (groups.get("name") or place) not in context.places.entries:
        return None
    if _everyday(place + unit, context) or _relates(unit, context) or _holds_known(unit[: -len(suffix)], context):
        return None
    readings = context.places.entries.get(groups.get("name") or place, [])
    return _body(place, unit, kind, people=any(_mainland(p.adcode) for p in readings))


def _suffix_kind(suffix: str, tables: tuple[str, ...], context: Context) -> str | None:
    """The kind the first of the suffix tables that lists an organization word gives it."""
    return next((kind for table in tables if (kind := context.tables.get(table, {}).get(suffix))), None)


# Administrative division codes (GB/T 2260) of Taiwan, Hong Kong and Macau: no 人民政府 there.
OUTSIDE_MAINLAND = ("71", "81", "82")


def _mainland(adcode: str | None) -> bool:
    return adcode is not None and not adcode.startswith(OUTSIDE_MAINLAND)


def _known_names(text: str, context: Context) -> Iterator[tuple[int, int]]:
    """Where text holds a known organization's name: (start, end) of each."""
    known = context.tables.get("organizations", {})
    return ((i, j) for i in range(len(text)) for j in range(i + 2, len(text) + 1) if text[i:j] in known)


def _holds_known(text: str, context: Context) -> bool:
    """Whether text holds a known organization's name (央行 of 韩国央行韩国银行): the words
    name two organizations, not one."""
    return any(_known_names(text, context))


def _holds_known_inside(text: str, context: Context) -> bool:
    """Whether text holds a known organization's name neither at its start nor at its end
    (南韩央行韩国 + 银行: 央行 is one organization and 韩国银行 another; 华为技术 and 中国国家电网
    are one name each)."""
    return any(start > 0 and end < len(text) for start, end in _known_names(text, context))


def _everyday(text: str, context: Context) -> bool:
    """Whether a body word ends an everyday word instead (深圳市签署, 西北部, 国务院决策部署,
    总局举办): rules/org_suffix_blockers.tsv."""
    return text[-2:] in context.tables.get("org_suffix_blockers", {})


def _ending(text: str, table: Mapping[str, str]) -> str | None:
    """The longest word of `table` that text ends with."""
    return next((text[i:] for i in range(len(text)) if text[i:] in table), None)


def _relates(unit: str, context: Context) -> bool:
    """Whether the words after a name hold one that relates it to another organization
    (中国人寿旗下资产公司 is two): role `relation` in rules/name_word_stops.tsv."""
    stops = context.tables.get("name_word_stops", {})
    return any(word in unit for word, role in stops.items() if role == "relation")


def town_body(groups: Mapping[str, str | None], context: Context) -> dict[str, Any] | None:
    """A town's body (常乐镇政府): the town is not in the gazetteer, which stops at counties."""
    town, suffix = groups.get("town") or "", groups.get("suffix") or ""
    kind = context.tables.get("org_suffixes", {}).get(suffix)
    if kind is None or town[:2] in context.tables.get("settlement_generic", {}):
        return None
    return _body(town, suffix, kind)


def local_body(groups: Mapping[str, str | None], context: Context) -> dict[str, Any] | None:
    """A body of the document's own province, city, county or district named by the level alone
    (市国土资源局, 县农业农村局), or of its party committee (省委宣传部, a party organ whatever its
    word): the level must be a word of its own (not 市场 of 市场监管局)."""
    level, unit, suffix = groups.get("level") or "", groups.get("unit") or "", groups.get("suffix") or ""
    kind = context.tables.get("org_suffixes", {}).get(suffix)
    words = context.tagger(level + unit) if context.tagger else ()
    if kind is None or not words or words[0][1] != len(level) or _relates(unit, context) or _everyday(unit, context):
        return None
    return {"name": level + unit, "kind": "party" if level.endswith("委") else kind}


def _body(place: str, unit: str, kind: str, people: bool = True) -> dict[str, Any]:
    """A place's or town's body; a bare 政府 after a mainland one (`people`) stands for its
    人民政府 (not 美国政府 nor 台北市政府)."""
    value: dict[str, Any] = {"name": place + unit, "kind": kind}
    if unit == "政府" and people:
        value["canonical"] = place + "人民政府"
    return value


def known_with_unit(groups: Mapping[str, str | None], context: Context) -> dict[str, Any] | None:
    """A known organization with a place before it (卡塔尔央行) or a unit after it (商务部对外贸易司):
    a new name of the same kind (西部证券研究所 is a company's unit), unless the unit is an
    association of its own (电盈职工总会; rules/org_name_suffixes.tsv); the canonical belongs to
    the known part alone."""
    return _with_unit(known(groups, context), groups, context)


def repeat_with_unit(groups: Mapping[str, str | None], context: Context) -> dict[str, Any] | None:
    """An organization the document named before, named again with a unit (总局扶贫办)."""
    return _with_unit(repeat(groups, context), groups, context)


def _with_unit(
    base: dict[str, Any] | None, groups: Mapping[str, str | None], context: Context
) -> dict[str, Any] | None:
    place, unit = groups.get("place") or "", groups.get("unit") or ""
    if base is None or (not place and not unit) or _relates(unit, context):
        return None
    if _everyday(unit, context):
        return None
    if len(_ending(unit, context.tables.get("organizations", {})) or "") >= 2:
        return None  # 北检昨天指挥调查局: the unit ends in an organization of its own
    if place and place not in context.places.entries:
        return None
    suffixes = context.tables.get("org_name_suffixes", {})
    own = suffixes.get(_ending(unit, suffixes) or "")
    value = {"name": place + base["name"] + unit, "kind": "association" if own == "association" else base["kind"]}
    if not place and "canonical" in base:
        if context.tables.get("org_short_forms", {}).get(unit) == "drop":  # IBM公司 is IBM
            if base["canonical"] != value["name"]:
                value["canonical"] = base["canonical"]
        # A body's unit shares its full name (商务部对外贸易司 -> 中华人民共和国商务部对外贸易司); a
        # company's subsidiary (国寿投资公司) is a company of its own, whose full name is not known.
        elif base["kind"] in ("government", "party"):
            value["canonical"] = base["canonical"] + unit
    return value


def party_body(groups: Mapping[str, str | None], context: Context) -> dict[str, Any] | None:
    """A party and one of its bodies written after it (中共河北省委, 致公党中央): a party
    organization whose full name the rules do not know, so no canonical."""
    base, unit = known(groups, context), groups.get("unit") or ""
    if base is None or base["kind"] != "party" or _relates(unit, context) or _everyday(unit, context):
        return None
    return {"name": base["name"] + unit, "kind": "party"}


def headed(groups: Mapping[str, str | None], context: Context) -> dict[str, Any] | None:
    """A national or international body named by a head word and what it does (国家测绘局,
    国际游泳联合会): the kind its organization word gives; a company word after a head word
    names a kind of company (国际金融投机集团), not one."""
    head, unit, suffix = groups.get("head") or "", groups.get("unit") or "", groups.get("suffix") or ""
    kind = _suffix_kind(suffix, ("org_suffixes", "org_name_suffixes"), context)
    if kind in (None, "company") or _everyday(unit + suffix, context) or _relates(unit, context):
        return None
    return {"name": head + unit + suffix, "kind": kind}


def company(groups: Mapping[str, str | None], context: Context) -> dict[str, Any] | None:
    """A name of jieba words before a company or institution word (中瓯地产集团) or a trade word
    (恒大地产). The words must hold a proper name (rules/name_word_tags.tsv); before a company
    or institution word a place will do (广州银行). A trade word is an everyday word too: it
    needs names alone before it (not 中国科技, 张掖玉米科技) and must be a word of its own (not
    the end of 房地产). Without a name it is a generic reference (全国性地产公司, 证券公司).
    What the group `between` holds stands between the words and the company word (博锐克
    （上海）汽车系统有限公司)."""
    core, suffix = groups.get("core") or "", groups.get("suffix") or ""
    if _holds_known_inside(core, context):
        return None
    roles = context.tables.get("name_word_tags", {})
    found = {roles.get(tag) for tag in (groups.get("core_tags") or "").split("|")}
    if kind := context.tables.get("org_name_suffixes", {}).get(suffix):
        named = bool(found & {"proper", "place"}) and not (groups.get("glued") and _common_word(core + suffix, context))
    else:
        kind = context.tables.get("org_trade_words", {}).get(suffix)
        # An organization before the trade word makes no company of it (中国农业大学|科技小院).
        whole = _ending(core, context.tables.get("org_name_suffixes", {})) is not None
        named = found == {"proper"} and not groups.get("glued") and not whole
    return {"name": core + (groups.get("between") or "") + suffix, "kind": kind} if kind and named else None


def factory(groups: Mapping[str, str | None], context: Context) -> dict[str, Any] | None:
    """A factory a Chinese division's name and a trade make (济南污水处理厂, 南昌胶鞋厂). After a
    country the words say what kind of factory is there (瑞士炼金厂), and 工厂 is any factory."""
    place, unit = groups.get("place") or "", groups.get("unit") or ""
    readings = context.places.entries.get(groups.get("name") or place, [])
    if not any(p.adcode for p in readings) or _everyday(place + unit, context) or _relates(unit, context):
        return None
    return {"name": place + unit, "kind": "company"}


def _common_word(text: str, context: Context) -> bool:
    """Whether text is one common noun of jieba's dictionary (养老保险): a kind of thing, not a
    name (安俊人力资源顾问公司 ends in one, after a name)."""
    words = context.tagger(text) if context.tagger else ()
    roles = context.tables.get("name_word_tags", {})
    return len(words) == 1 and roles.get(words[0][2]) == "common"


def latin_company(groups: Mapping[str, str | None], context: Context) -> dict[str, Any] | None:
    """A name in Latin letters ending in a word of rules/latin_company_words.tsv (Gold Royalty Corp)."""
    kind = context.tables.get("latin_company_words", {}).get(groups.get("suffix") or "")
    return {"name": groups["name"], "kind": kind} if kind and groups.get("name") else None


def latin_cue(groups: Mapping[str, str | None], context: Context) -> dict[str, Any] | None:
    """A name in Latin letters beside a word that shows its kind (稳定币公司Tether, Jefferies分析师)."""
    name, cue = groups.get("name") or "", groups.get("cue") or ""
    if name in context.tables.get("latin_non_names", {}):
        return None
    kind = context.tables.get("org_cues_before", {}).get(cue) or context.tables.get("org_cues_after", {}).get(cue)
    return {"name": name, "kind": kind} if kind else None


def repeat(groups: Mapping[str, str | None], context: Context) -> dict[str, Any] | None:
    """An organization the document named before, named again (pipeline/repeats.py)."""
    return context.repeats.value(groups.get("name") or "")


# Tables of words an organization's name ends with, each word with the kind it makes.
SUFFIX_TABLES = ("org_suffixes", "org_name_suffixes", "org_teams")


def recognized(groups: Mapping[str, str | None], context: Context) -> dict[str, Any] | None:
    """An organization the trained recognizer found (pipeline/recognizer.py): a name the tables
    know keeps their kind and canonical name; another takes the kind of the longest
    organization word it ends with (亚太清洁能源促进会 -> 促进会: association), else `other`
    where the model is sure of it (`organization_bare` in rules/model_min_scores.tsv).
    As for the rules, a name holds a name or a place among its jieba words
    (rules/name_word_tags.tsv): 证券公司, 考察队 and 基础设施部门 are kinds of organization,
    not names. It holds a Chinese character: the model learnt Chinese, and USDT or a
    person's Latin name is no organization. And it scores at least rules/model_min_scores.tsv."""
    name = groups.get("name") or ""
    if not sure_enough(groups, "organization", context):
        return None
    if value := known({"name": name}, context):
        return value
    roles = context.tables.get("name_word_tags", {})
    words = context.tagger(name) if context.tagger else ()
    if not _HAN.search(name) or not {roles.get(tag) for _, _, tag in words} & {"proper", "place"}:
        return None
    endings = [(word, table) for table in SUFFIX_TABLES if (word := _ending(name, context.tables.get(table, {})))]
    if not endings:
        return {"name": name, "kind": "other"} if sure_enough(groups, "organization_bare", context) else None
    word, table = max(endings, key=lambda ending: len(ending[0]))
    return {"name": name, "kind": context.tables[table][word]}


BUILDERS = {
    "recognized": recognized,
    "known": known,
    "named": named,
    "known_with_unit": known_with_unit,
    "company": company,
    "factory": factory,
    "party_body": party_body,
    "headed": headed,
    "latin_company": latin_company,
    "town_body": town_body,
    "local_body": local_body,
    "latin_cue": latin_cue,
    "repeat": repeat,
    "repeat_with_unit": repeat_with_unit,
}
