"""What money and quantities share: a number or a range, and a hedge.

Rule groups: `num` (the number, with its scale and any 多/余/来, or a 几 for a vague digit), `num2` (the upper
end of a range), `pre` and `post` (hedge words before the number and after the
unit, looked up in rules/hedges_before.tsv and rules/hedges_after.tsv), and `verb`
(a hedging verb outside the span, from rules/hedges_outside.tsv: 突破, 约为).
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import regex

from pipeline.extractors.context import Context
from pipeline.extractors.numbers import BIG_UNITS, DIGITS, SMALL_UNITS, parse_number, to_json_number

_MORE = "多余"  # 150多个, 十余万: more than the number
_ABOUT = "来"  # 十来万, 一百来块: about the number
_SPOKEN = "个"  # 两个亿: a spoken measure word between a numeral and its scale
_SOME = "几"  # 二十几万, 几百万: some digit from one to nine


def _parse(text: str) -> tuple[Decimal | None, str | None]:
    """The number without its 多/余/来, and the qualifier that one of them gives."""
    text = "".join(text.split()).replace(_SPOKEN, "")  # 177.1 亿
    stripped = text.translate({ord(c): None for c in _MORE + _ABOUT})
    if len(stripped) == len(text):
        return parse_number(stripped), None
    return parse_number(stripped), "approx" if _ABOUT in text else "over"


def _shared_scale(first: str, second: str) -> Decimal:
    """The scale a range's second end lends the first (3至5万 -> 万, 两~3百 -> 百, 十八至三十万 -> 万):
    the scale words the second ends with, only the big ones (万, 亿) if the first has a scale of its own."""
    scale = Decimal(1)
    if any(ch in BIG_UNITS for ch in first):
        return scale  # 1亿至2亿: the first end has its own
    units = BIG_UNITS if any(ch in SMALL_UNITS for ch in first) else BIG_UNITS | SMALL_UNITS
    for ch in reversed(second.rstrip(_MORE)):
        if ch not in units:
            break
        scale *= units[ch]
    return scale


_SPOKEN_RANGE = regex.compile(r"([一二两三四五六七八九])([二两三四五六七八九])((?:[十百千万亿].*)?)")


def spoken_range(text: str) -> tuple[Decimal, Decimal] | None:
    """六七十亿, 四五千, 两三毛: two neighbouring digits (before a unit) are a range (60-70亿, 4000-5000)."""
    m = _SPOKEN_RANGE.fullmatch(text)
    if not m or DIGITS[m.group(2)] != DIGITS[m.group(1)] + 1:
        return None
    low, high = parse_number(m.group(1) + m.group(3)), parse_number(m.group(2) + m.group(3))
    return (low, high) if low is not None and high is not None else None


def _some_range(text: str) -> tuple[Decimal, Decimal] | None:
    """二十几万 (20万-30万), 十几 (10-20), 几百万 (100万-1000万): 几 ranges over its place, from
    zero (one where it leads, as 几百 is not 零百) up to the next number of that place."""
    if text.count(_SOME) != 1:
        return None
    one, two, nine = (parse_number(text.replace(_SOME, d)) for d in "一二九")
    if one is None or two is None or nine is None:
        return None
    place = two - one
    return (one if text.startswith(_SOME) else one - place), nine + place


def amount(groups: Mapping[str, str | None], context: Context) -> dict[str, Any] | None:
    """{"amount": ...} or {"min": ..., "max": ...}, plus "qualifier" when the text hedges."""
    num = groups.get("num") or ""
    if not groups.get("num2") and (spoken := spoken_range(num)):
        return {"min": to_json_number(spoken[0]), "max": to_json_number(spoken[1])}
    if not groups.get("num2") and (some := _some_range(num)):
        return with_qualifier(
            {"min": to_json_number(some[0]), "max": to_json_number(some[1])}, groups, context, "approx"
        )
    first, implied = _parse(num)
    if first is None:
        return None
    value: dict[str, Any]
    if second_text := groups.get("num2"):
        second, _ = _parse(second_text)
        if second is None:
            return None
        # 3至5万元, 一千到两千万元: the second end's 万 belongs to the first too, unless the first
        # is already the bigger number without it (从8500到3万).
        scale = _shared_scale(groups["num"] or "", second_text)
        if first < second / scale:
            first *= scale
        if first >= second:
            return None
        value = {"min": to_json_number(first), "max": to_json_number(second)}
    else:
        if first == 0:
            return None
        value = {"amount": to_json_number(first)}
    return with_qualifier(value, groups, context, implied)


def with_qualifier(
    value: dict[str, Any], groups: Mapping[str, str | None], context: Context, implied: str | None = None
) -> dict[str, Any]:
    """`value` with the qualifier of the first hedge: the verb before, the word before, what the
    number itself implies (多, 来, 几), the word after."""
    tables = context.tables
    qualifiers = [
        tables.get("hedges_outside", {}).get(verb) if (verb := groups.get("verb")) else None,
        tables.get("hedges_before", {}).get(pre.strip()) if (pre := groups.get("pre")) else None,
        implied,
        tables.get("hedges_after", {}).get(post) if (post := groups.get("post")) else None,
    ]
    if qualifier := next((q for q in qualifiers if q), None):
        return {**value, "qualifier": qualifier}
    return value
