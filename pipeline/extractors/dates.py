"""Date values in the contract's TIMEX3 style, built from a rule's named groups.

Groups: `year` (Arabic or Chinese digits), `month`, `day`; ranges use
`year2`/`month2`/`day2` for the second end. A missing year is `XXXX` unless a
reference date is known, in which case it is filled in and marked `inferred`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from pipeline.extractors.context import Context

_CN_DIGITS = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0", "o": "0", "O": "0"}
_CN_SMALL = {c: i for i, c in enumerate("零一二三四五六七八九", start=0)} | {"两": 2, "〇": 0}


def _year(text: str | None) -> str | None:
    if text is None:
        return None
    digits = "".join(_CN_DIGITS.get(c, c) for c in text)
    if not (digits.isdigit() and len(digits) == 4):
        return None
    return digits


def _small_number(text: str | None) -> int | None:
    """1-31 written with Arabic digits or Chinese numerals (十二, 二十一, 三十)."""
    if text is None:
        return None
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        value = (_CN_SMALL.get(tens, -100) if tens else 1) * 10 + (_CN_SMALL.get(ones, -100) if ones else 0)
    else:
        value = _CN_SMALL.get(text, -1) if len(text) == 1 else -1
    return value if value >= 0 else None


def _valid(year: str | None, month: int | None, day: int | None) -> bool:
    if month is not None and not 1 <= month <= 12:
        return False
    if day is None:
        return True
    if month is None:
        return False
    try:
        dt.date(int(year) if year else 2000, month, day)  # 2000 is a leap year: 02-29 stays possible
    except ValueError:
        return False
    return True


def _format(year: str | None, month: int | None = None, day: int | None = None) -> str:
    parts = [year or "XXXX"]
    if month is not None:
        parts.append(f"{month:02d}")
    if day is not None:
        parts.append(f"{day:02d}")
    return "-".join(parts)


def _with_year(value: dict[str, Any], has_year: bool, context: Context) -> dict[str, Any]:
    """Fill a missing year from the reference date, and say so."""
    if has_year or context.ref_date is None:
        return value
    year = str(context.ref_date.year)
    filled = {k: v.replace("XXXX", year) if isinstance(v, str) and k != "kind" else v for k, v in value.items()}
    return {**filled, "inferred": True}


def point(groups: Mapping[str, str | None], context: Context) -> dict[str, Any] | None:
    """A single date, month or year, whichever parts the match has."""
    year = _year(groups.get("year"))
    if groups.get("year") is not None and year is None:
        return None
    month, day = _small_number(groups.get("month")), _small_number(groups.get("day"))
    if not _valid(year, month, day) or (year is None and month is None):
        return None
    kind = "date" if day is not None else "month" if month is not None else "year"
    return _with_year({"kind": kind, "value": _format(year, month, day)}, year is not None, context)


def span(groups: Mapping[str, str | None], context: Context) -> dict[str, Any] | None:
    """A range whose second end may leave out what it shares with the first (1-9月, 11月14日至17日)."""
    year = _year(groups.get("year"))
    year2 = _year(groups.get("year2")) or year
    month = _small_number(groups.get("month"))
    month2 = _small_number(groups.get("month2"))
    day, day2 = _small_number(groups.get("day")), _small_number(groups.get("day2"))
    if day is not None and month2 is None:
        month2 = month
    if not (_valid(year, month, day) and _valid(year2, month2, day2)):
        return None
    start, end = _format(year, month, day), _format(year2, month2, day2)
    if start >= end:
        return None
    return _with_year({"kind": "range", "start": start, "end": end}, year is not None, context)


BUILDERS = {"point": point, "span": span}
