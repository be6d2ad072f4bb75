"""Money values: an amount (or range) and an ISO 4217 currency.

Currency words come from rules/currencies.tsv; `*` there means the article's
local currency (`Context.currency`). A match may name the currency before the
number (`cur_pre`: 人民币, US$), after it (`cur`: 亿元, 美元) or both
(`cur_post`: 3.5亿元人民币); the most specific word wins.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pipeline.extractors.amounts import amount
from pipeline.extractors.context import Context

LOCAL = "*"


def currency(groups: Mapping[str, str | None], context: Context) -> str | None:
    table = context.tables.get("currencies", {})
    codes = [table.get(w.strip()) for key in ("cur_pre", "cur_post", "cur") if (w := groups.get(key))]
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


BUILDERS = {"money": money}
