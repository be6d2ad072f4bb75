"""What money and quantities share: a number or a range, and a hedge.

Rule groups: `num` (the number, with its scale and any 多/余), `num2` (the upper
end of a range), `pre` and `post` (hedge words before the number and after the
unit, looked up in rules/hedges_before.tsv and rules/hedges_after.tsv).
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from pipeline.extractors.context import Context
from pipeline.extractors.numbers import BIG_UNITS, SMALL_UNITS, parse_number, to_json_number

_MORE = "多余"  # 150多个, 十余万: more than the number


def _parse(text: str) -> tuple[Decimal | None, bool]:
    """The number without its 多/余, and whether one was there."""
    stripped = text.translate({ord(c): None for c in _MORE})
    return parse_number(stripped), stripped != text


def _trailing_scale(text: str) -> Decimal:
    """The multiplier of the scale words a number ends with (5万 -> 10000, 2亿 -> 1e8)."""
    scale = Decimal(1)
    for ch in reversed(text.rstrip(_MORE)):
        unit = BIG_UNITS.get(ch) or SMALL_UNITS.get(ch)
        if unit is None:
            break
        scale *= unit
    return scale


def amount(groups: Mapping[str, str | None], context: Context) -> dict[str, Any] | None:
    """{"amount": ...} or {"min": ..., "max": ...}, plus "qualifier" when the text hedges."""
    first, more = _parse(groups.get("num") or "")
    if first is None:
        return None
    qualifiers = []
    if pre := groups.get("pre"):
        qualifiers.append(context.tables.get("hedges_before", {}).get(pre.strip()))
    if more:
        qualifiers.append("over")
    if post := groups.get("post"):
        qualifiers.append(context.tables.get("hedges_after", {}).get(post))
    value: dict[str, Any]
    if second_text := groups.get("num2"):
        second, _ = _parse(second_text)
        if second is None:
            return None
        if _trailing_scale(groups["num"] or "") == 1:  # 3至5万元: the 万 belongs to both ends
            first *= _trailing_scale(second_text)
        if first >= second:
            return None
        value = {"min": to_json_number(first), "max": to_json_number(second)}
    else:
        if first == 0:
            return None
        value = {"amount": to_json_number(first)}
    qualifier = next((q for q in qualifiers if q), None)
    if qualifier:
        value["qualifier"] = qualifier
    return value
