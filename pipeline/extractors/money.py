"""Money values: an amount (or range) and an ISO 4217 currency.

Currency words come from rules/currencies.tsv; `*` there means the article's
local currency (`Context.currency`). A match may name the currency before the
number (`cur_pre`: 人民币, US$), after it (`cur`: 亿元, 美元) or both
(`cur_post`: 3.5亿元人民币); the most specific word wins. The spoken units 块 and 蚊
(rules/colloquial_currencies.tsv) are currency words too, in the rules that check
that the context is money.

Sub-units (rules/subunits.tsv: 角, 毛, 分, 仙, 美分, ... with their currency and their
fraction of the main unit) add up with the main amount: groups `jiao`/`jiao_unit` (角,
毛, 毫), `fen`/`fen_unit` (分, 仙, 美分), `tail` for a last digit whose unit is left out
(一块八, 三毛六: the next place down) and `half` (一块半).
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from pipeline.extractors.amounts import amount, spoken_range, with_qualifier
from pipeline.extractors.context import Context
from pipeline.extractors.numbers import parse_number, to_json_number

LOCAL = "*"
_CURRENCY_TABLES = ("currencies", "colloquial_currencies")
_SCALES = frozenset("百千万亿")  # 三千块: pieces counted in the hundreds would be named (三千块砖)
_ZERO = (Decimal(0), Decimal(0))
_EVIDENCE = ("cue", "per", "pre", "post", "verb")  # groups that show a bare 块 or 毛 is money


def _code(word: str, context: Context) -> str | None:
    return next((t[word] for name in _CURRENCY_TABLES if word in (t := context.tables.get(name, {}))), None)


def _sub_unit(unit: str, context: Context) -> tuple[str, Decimal] | None:
    """A sub-unit's currency word and its fraction of the main unit (角: *, 0.1)."""
    row = context.tables.get("subunits", {}).get(unit)
    if row is None:
        return None
    code, fraction = row.split("\t")
    return code, Decimal(fraction)


def currency(groups: Mapping[str, str | None], context: Context) -> str | None:
    codes = [_code(w.strip(), context) for key in ("cur_pre", "cur_post", "cur") if (w := groups.get(key))]
    for key in ("jiao_unit", "fen_unit"):
        if unit := groups.get(key):
            codes.append(sub[0] if (sub := _sub_unit(unit, context)) else None)
    if not codes or None in codes:
        return None
    specific = {c for c in codes if c != LOCAL}
    if len(specific) > 1:
        return None  # 4人民币5美元: the word before the number belongs to another amount
    return specific.pop() if specific else context.currency


def money(groups: Mapping[str, str | None], context: Context) -> dict[str, Any] | None:
    code = currency(groups, context)
    value = amount(groups, context)
    if code is None or value is None:
        return None
    return {**value, "currency": code}


def colloquial(groups: Mapping[str, str | None], context: Context) -> dict[str, Any] | None:
    """80块, 三千块: 块 is a piece as often as a yuan, so the match must show it is money: a price
    word earlier in the clause (`cue`), a hedge, a price after it (`per`: 五块一斤, 一百块小费) or
    a number too big to count pieces by."""
    if not any(groups.get(k) for k in _EVIDENCE) and not _SCALES & set(groups.get("num") or ""):
        return None
    return money(groups, context)


def _part(digits: str | None, fraction: Decimal, low: str | None = None) -> tuple[Decimal, Decimal] | None:
    """A written sub-unit's share (low, high): 五毛 0.5, 两三毛 0.2-0.3 (a spoken range), 3到4毛
    0.3-0.4 (`low`, the lower end written before a separator)."""
    if not digits:
        return _ZERO
    ends = spoken_range(digits) or (parse_number(low or digits), parse_number(digits))
    if ends[0] is None or ends[1] is None or ends[0] > ends[1]:
        return None
    return ends[0] * fraction, ends[1] * fraction


def _parts(groups: Mapping[str, str | None], context: Context) -> list[tuple[Decimal, Decimal] | None]:
    jiao = _sub_unit(groups.get("jiao_unit") or "", context)
    fen = _sub_unit(groups.get("fen_unit") or "", context)
    tail_step = jiao[1] / 10 if jiao else Decimal("0.1")  # 三毛六: 6分; 一块八: 8角
    return [
        _part(groups.get("jiao"), jiao[1], groups.get("jiao_low")) if jiao else _ZERO,
        _part(groups.get("fen"), fen[1]) if fen else _ZERO,
        _part(groups.get("tail"), tail_step),
        (Decimal("0.5"),) * 2 if groups.get("half") else _ZERO,
    ]


def money_parts(groups: Mapping[str, str | None], context: Context) -> dict[str, Any] | None:
    """七元二角 7.2, 4元3角5分 4.35, 三美元又五美分 3.05, 一块八 1.8, 6角 0.6, 八分钱 0.08. A
    sub-unit alone in Chinese numerals (三毛, 一角) must show it is money: 钱, a second digit or
    unit, or the evidence of a bare 块."""
    code = currency(groups, context)
    whole = parse_number(groups["num"]) if groups.get("num") else Decimal(0)
    parts = _parts(groups, context)
    if code is None or whole is None or None in parts:
        return None
    if not groups.get("num") and not _sub_unit_is_money(groups):
        return None
    low = whole + sum(p[0] for p in parts if p)
    high = whole + sum(p[1] for p in parts if p)
    if low == 0:
        return None
    value = (
        {"amount": to_json_number(low)} if low == high else {"min": to_json_number(low), "max": to_json_number(high)}
    )
    return {**with_qualifier(value, groups, context), "currency": code}


def _sub_unit_is_money(groups: Mapping[str, str | None]) -> bool:
    evidence = (*_EVIDENCE, "money_word", "fen", "tail")
    return any(groups.get(k) for k in evidence) or (groups.get("jiao") or "").isdigit()


BUILDERS = {"money": money, "colloquial": colloquial, "money_parts": money_parts}
