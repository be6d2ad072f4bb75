"""Place values: the most specific place of a match, resolved to one reading when it can be.

Groups: `name` (the surface, e.g. 礼县 or 抚远) and `chain` (the surfaces written before it
in the same place name, e.g. 甘肃省, joined by |). A surface with several readings
(朝阳区 in Beijing and Changchun; 吉林 the province and the city) is resolved by, in turn:
the chain it is written in, the places the document mentions with one reading only
(`Context.place_hints`), and the highest level among the readings if just one reading
has it. Otherwise the value keeps the name and level and says nothing it cannot know:
no adcode, no path. A county's two-character short form outside a chain needs the document
to name its city or province elsewhere: alone, 惠民 and 长寿 are more often words than counties.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pipeline.extractors.context import Context, sure_enough
from pipeline.gazetteer import LEVEL_ORDER, Place


def _choose(readings: list[Place], hints: set[str]) -> Place | None:
    if len(readings) == 1:
        return readings[0]
    narrowed = [p for p in readings if hints & set(p.path[:-1])]
    if len(narrowed) == 1:
        return narrowed[0]
    top = min(LEVEL_ORDER[p.level] for p in readings)
    highest = [p for p in readings if LEVEL_ORDER[p.level] == top]
    return highest[0] if len(highest) == 1 else None


def place(groups: Mapping[str, str | None], context: Context) -> dict[str, Any] | None:
    surface = groups.get("name") or ""
    readings = context.places.entries.get(surface, [])
    if not readings:
        return None
    chain = {p.name for part in (groups.get("chain") or "").split("|") if part for p in context.places.entries[part]}
    if not chain:
        # 江南 is a region wherever the text does not make it 南宁's 江南区.
        readings = [p for p in readings if _trusted(surface, p, context)]
        if not readings:
            return None
    chosen = _choose(readings, chain) if chain else None
    chosen = chosen or _choose(readings, set(context.place_hints))
    if chosen is None:
        levels = {p.level for p in readings}
        level = levels.pop() if len(levels) == 1 else min(levels, key=LEVEL_ORDER.__getitem__)
        names = {p.name for p in readings}
        return {"name": names.pop() if len(names) == 1 else surface, "level": level, "adcode": None}
    return chosen.value()


def _trusted(surface: str, place: Place, context: Context) -> bool:
    """A county's two-character short form standing alone (惠民, 长寿, 双塔) is often an everyday
    word: it is a place only where the document also names its city or province (瑞安 beside
    温州). Longer ones (井冈山, 北戴河) are names."""
    if place.level != "county" or surface == place.name or len(surface) > 2:
        return True
    return any(context.place_hints.get(name, frozenset()) - {surface} for name in place.path[:-1])


def town(groups: Mapping[str, str | None], context: Context) -> dict[str, Any] | None:
    """A town (`town`) and its village (`village`), either or both, below the place in `name`
    when one is written before them; not a kind of place (贫困村: rules/settlement_generic.tsv)
    nor an everyday word's end (小村变城镇: rules/settlement_words.tsv). The gazetteer stops at
    counties: no adcode, and a path only when the place before gives one."""
    parts = [part for part in (groups.get("town"), groups.get("village")) if part]
    generic = context.tables.get("settlement_generic", {})
    everyday = context.tables.get("settlement_words", {})
    if not parts or any(part[:2] in generic or part[-2:] in everyday for part in parts):
        return None
    value: dict[str, Any] = {"name": parts[-1], "level": "village" if groups.get("village") else "town", "adcode": None}
    if groups.get("name"):
        above = place(groups, context)
        if above is None or above["level"] not in ("province", "city", "county"):
            return None
        if "path" in above:
            value["path"] = [*above["path"], *parts]
    return value


def abbreviation(groups: Mapping[str, str | None], context: Context) -> dict[str, Any] | None:
    """The place a one-character abbreviation stands for (美 of 中美关系, 华 of 访华, 湘 of 赣、湘):
    rules/place_abbreviations.tsv or province_abbreviations.tsv names it, and the gazetteer
    gives its value. A character that stands for several places (巴: 巴基斯坦|巴勒斯坦|巴西)
    stands for the one the document names in full; where it names none or several, the value
    keeps the character and the level."""
    surface = groups.get("abbr") or ""
    names = context.tables.get("place_abbreviations", {}).get(surface) or context.tables.get(
        "province_abbreviations", {}
    ).get(surface)
    readings = [value for name in (names or "").split("|") if name and (value := place({"name": name}, context))]
    named = [value for value in readings if value["name"] in context.place_hints]
    if len(readings) == 1 or len(named) == 1:
        return (named or readings)[0]
    if not readings:
        return None
    level = min((value["level"] for value in readings), key=LEVEL_ORDER.__getitem__)
    return {"name": surface, "level": level, "adcode": None}


def city_with_suffix(groups: Mapping[str, str | None], context: Context) -> dict[str, Any] | None:
    """A foreign city written with 市 (莫斯科市, 科纳克里市): the gazetteer lists such cities by
    their bare names, and Chinese ones with 市 already."""
    readings = context.places.entries.get(groups.get("name") or "", [])
    if not readings or any(p.level != "city" or p.adcode or p.name.endswith("市") for p in readings):
        return None
    return place(groups, context)


def recognized(groups: Mapping[str, str | None], context: Context) -> dict[str, Any] | None:
    """A place the trained recognizer found (pipeline/recognizer.py), resolved through the
    gazetteer where it is a place or a chain of places there (甘肃省礼县); another is a named
    feature or region by its ending (rules/place_levels.tsv: 嘉陵江 feature, 江汉平原 feature),
    else a region. One character (中 of 中美) is left to the abbreviation rules, a stop word
    (rules/places/stopwords.tsv) is no place, and neither is a span that scores below
    rules/model_min_scores.tsv."""
    name = groups.get("name") or ""
    if len(name) < 2 or name in context.places.stopwords or not sure_enough(groups, "place", context):
        return None
    whole = [chain for start, end, chain in context.places.scan(name) if (start, end) == (0, len(name))]
    if whole:
        return place({"name": whole[0][-1], "chain": "|".join(whole[0][:-1])}, context)
    levels = context.tables.get("place_levels", {})
    ending = next((name[i:] for i in range(1, len(name)) if name[i:] in levels), None)
    return {"name": name, "level": levels[ending] if ending else "region", "adcode": None}


BUILDERS = {
    "recognized": recognized,
    "place": place,
    "town": town,
    "abbreviation": abbreviation,
    "city_with_suffix": city_with_suffix,
}
