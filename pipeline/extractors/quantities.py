"""Quantity values: an amount (or range) with the unit or measure word (group `unit`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pipeline.extractors.amounts import amount
from pipeline.extractors.context import Context


def quantity(groups: Mapping[str, str | None], context: Context) -> dict[str, Any] | None:
    unit = groups.get("unit")
    value = amount(groups, context)
    if not unit or value is None:
        return None
    return {**value, "unit": context.tables.get("quantity_units", {}).get(unit, unit)}


def percent(groups: Mapping[str, str | None], context: Context) -> dict[str, Any] | None:
    """百分之三十: the unit is written before the number."""
    value = amount(groups, context)
    return None if value is None else {**value, "unit": "%"}


BUILDERS = {"quantity": quantity, "percent": percent}
