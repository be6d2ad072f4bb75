"""Value builders: the Python side of the rules.

A rule's regex finds a mention; its `value` names a builder here that turns the
named groups into the contract's value (or None to reject the match). Each
entity type has one module; adding a type means adding a module and a line below.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from pipeline.extractors import dates, money, organizations, places, quantities
from pipeline.extractors.context import Context

Builder = Callable[[Mapping[str, str | None], Context], dict[str, Any] | None]

BUILDERS: dict[str, dict[str, Builder]] = {
    "date": dates.BUILDERS,
    "money": money.BUILDERS,
    "quantity": quantities.BUILDERS,
    "place": places.BUILDERS,
    "organization": organizations.BUILDERS,
}

__all__ = ["BUILDERS", "Builder", "Context"]
