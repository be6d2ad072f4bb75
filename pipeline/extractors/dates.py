"""Date values in the contract's TIMEX3 style, built from a rule's named groups.

The year comes from `year` (2025, 二〇二五, 789, 两千零四), `year2d` (08, 九七),
`roc_year` (a Taiwan ROC year: +1911; bare ones only in a Taiwan article or after
`roc`=民国) or `rel_year` (今年, 去年: only with a reference date, then `inferred`).
Then `month`, `day`; ranges use `year2`/`month2`/`day2`, or `year_end2d` for a
two-digit end year (1985到89年); periods `quarter`, `half`, `season`. A year the text
does not give comes from the reference date (--ref-date, else the document's published
date) and is marked `inferred`; without one it is `XXXX`. Never from the clock.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Mapping
from typing import Any

from pipeline.extractors.context import Context
from pipeline.extractors.numbers import parse_number

ROC_OFFSET = 1911
UNKNOWN_YEAR = "XXXX"
_YEAR_DIGITS = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0", "○": "0", "O": "0", "o": "0"}
_QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_HALVES = {"上": "H1", "下": "H2"}
_SEASONS = {"春": "SP", "夏": "SU", "秋": "FA", "冬": "WI"}
Groups = Mapping[str, str | None]


def _small(text: str | None) -> int | None:
    value = parse_number(text) if text else None
    return int(value) if value is not None and value == int(value) else None


def _year(groups: Groups, context: Context, suffix: str = "") -> tuple[str | None, bool] | None:
    """(year or None, inferred), or None when the groups name an impossible year."""
    if text := groups.get("year" + suffix):
        digits = "".join(_YEAR_DIGITS.get(c, c) for c in text)
        if not digits.isdigit():  # 两千零四: a year written as a number, not digit by digit
            number = _small(text)
            digits = str(number) if number is not None else ""
        return (digits.zfill(4), False) if digits.isdigit() and len(digits) in (3, 4) else None
    if text := groups.get("year2d" + suffix):  # 08年, 九七年: the closest century, 1950-2049
        digits = "".join(_YEAR_DIGITS.get(c, c) for c in text)
        return (("19" if int(digits) >= 50 else "20") + digits, False) if digits.isdigit() else None
    if text := groups.get("roc_year" + suffix):
        if not (groups.get("roc") or context.taiwan):
            return None
        roc_year = parse_number(text)
        return (str(int(roc_year) + ROC_OFFSET), False) if roc_year else None
    if text := groups.get("rel_year" + suffix):
        offset = context.tables.get("relative_years", {}).get(text)
        if offset is None or context.ref_date is None:
            return None, False
        return str(context.ref_date.year + int(offset)), True
    return None, False


def _year_or_reference(groups: Groups, context: Context, month: int | None) -> tuple[str | None, bool] | None:
    """The stated year, else the reference date's, or the year before when that puts the month
    nearer the reference (a January article's 12月 is last December; a June one's 10月 is this year's)."""
    found = _year(groups, context)
    if found is None or found[0] is not None or context.ref_date is None or groups.get("rel_year"):
        return found
    ref = context.ref_date
    behind = month is not None and month - ref.month > 12 - (month - ref.month)
    return str(ref.year - 1 if behind else ref.year), True


def _valid(year: str | None, month: int | None, day: int | None) -> bool:
    if month is not None and not 1 <= month <= 12:
        return False
    if day is None:
        return True
    if not 1 <= day <= 31:
        return False
    if month is None:
        return True
    try:
        dt.date(int(year) if year else 2000, month, day)  # 2000 is a leap year: 02-29 stays possible
    except ValueError:
        return False
    return True


def _format(year: str | None, month: int | None = None, day: int | None = None) -> str:
    parts = [year or UNKNOWN_YEAR]
    if month is not None or day is not None:
        parts.append(f"{month:02d}" if month is not None else "XX")
    if day is not None:
        parts.append(f"{day:02d}")
    return "-".join(parts)


def _marked(value: dict[str, Any], inferred: bool) -> dict[str, Any]:
    return {**value, "inferred": True} if inferred else value


def point(groups: Groups, context: Context) -> dict[str, Any] | None:
    """A single date, month or year, whichever parts the match has."""
    month, day = _small(groups.get("month")), _small(groups.get("day"))
    if month is None and day is not None:
        return _day_alone(day, context)
    found = _year_or_reference(groups, context, month)
    if found is None:
        return None
    year, inferred = found
    if not _valid(year, month, day) or (year is None and month is None):
        return None
    kind = "date" if day is not None else "month" if month is not None else "year"
    return _marked({"kind": kind, "value": _format(year, month, day)}, inferred)


def _day_alone(day: int, context: Context) -> dict[str, Any] | None:
    """28日: that day in the reference date's month or the month before, whichever is nearer."""
    if not 1 <= day <= 31:
        return None
    ref = context.ref_date
    if ref is None:
        return {"kind": "date", "value": _format(None, None, day)}
    this_month = ref.replace(day=1)
    last_month = (this_month - dt.timedelta(days=1)).replace(day=1)
    candidates = []
    for month_start in (this_month, last_month):
        with contextlib.suppress(ValueError):  # 31日 in a 30-day month
            candidates.append(month_start.replace(day=day))
    if not candidates:
        return None
    nearest = min(candidates, key=lambda d: abs((d - ref).days))
    return {"kind": "date", "value": nearest.isoformat(), "inferred": True}


def span(groups: Groups, context: Context) -> dict[str, Any] | None:
    """A range whose second end may leave out what it shares with the first (1-9月, 11月14日至17日)."""
    month, month2 = _small(groups.get("month")), _small(groups.get("month2"))
    first, second = _year_or_reference(groups, context, month), _year(groups, context, "2")
    if first is None or second is None:
        return None
    year, inferred = first
    year2 = second[0] or year
    if (short := groups.get("year_end2d")) and year:
        year2 = _following(year, "".join(_YEAR_DIGITS.get(c, c) for c in short))
    day, day2 = _small(groups.get("day")), _small(groups.get("day2"))
    if day is not None and month2 is None:
        month2 = month
    if not (_valid(year, month, day) and _valid(year2, month2, day2)):
        return None
    start, end = _format(year, month, day), _format(year2, month2, day2)
    if start >= end or (groups.get("pair") and month2 != (month or 0) + 1):
        return None  # 8月、9月 is a span of two months; 一月、四月 two separate months
    return _marked({"kind": "range", "start": start, "end": end}, inferred)


def _following(year: str, short: str) -> str:
    """The two-digit end of a range from `year`: 89 after 1985 is 1989, 02 after 1998 is 2002."""
    end = int(year) // 100 * 100 + int(short)
    return str(end if end >= int(year) else end + 100)


def period(groups: Groups, context: Context) -> dict[str, Any] | None:
    """A quarter (Q1-Q4), half (H1, H2) or season (SP, SU, FA, WI) of a year."""
    if groups.get("quarter_last") is not None:
        part, last_month = "Q4", 12
    elif quarter := groups.get("quarter") or groups.get("quarter_q"):
        part = f"Q{_QUARTERS[quarter]}" if quarter in _QUARTERS else None
        last_month = 3 * _QUARTERS.get(quarter or "", 0)
    elif half := groups.get("half"):
        part, last_month = _HALVES.get(half), 6 if half == "上" else 12
    else:
        part, last_month = _SEASONS.get(groups.get("season") or ""), 0
    found = _year_or_reference(groups, context, last_month or None)
    if part is None or found is None:
        return None
    year, inferred = found
    return _marked({"kind": "period", "value": f"{year or UNKNOWN_YEAR}-{part}"}, inferred)


def first_months(groups: Groups, context: Context) -> dict[str, Any] | None:
    """前10个月, 前三季度: from January to the end of the n-th month or quarter."""
    months = _small(groups.get("months"))
    if months is None and (quarters := groups.get("quarters")):
        months = 3 * _QUARTERS[quarters] if quarters in _QUARTERS else None
    found = _year_or_reference(groups, context, months)
    if months is None or not 2 <= months <= 12 or found is None:
        return None
    year, inferred = found
    return _marked({"kind": "range", "start": _format(year, 1), "end": _format(year, months)}, inferred)


def decade(groups: Groups, context: Context) -> dict[str, Any] | None:
    """上世纪70年代: the ten years of a decade of the 1900s (or 2000s with 本世纪)."""
    digit = _small(groups.get("decade"))
    century = 2000 if groups.get("century") in ("本世纪", "21世纪", "二十一世纪") else 1900
    if digit is None or digit % 10 or not 0 <= digit <= 90:
        return None
    return {"kind": "range", "start": str(century + digit), "end": str(century + digit + 9)}


def duration(groups: Groups, context: Context) -> dict[str, Any] | None:
    """3年来, 三年间, 8个月, 240小时 -> P3Y, P8M, PT240H; 近年来, 多年来 -> PXY."""
    unit = context.tables.get("duration_units", {}).get(groups.get("unit") or "")
    if unit is None:
        return None
    amount = _small(groups.get("num")) if groups.get("num") else None
    count = str(amount) if amount else "X"
    return {"kind": "duration", "value": f"PT{count}{unit[1:]}" if unit.startswith("T") else f"P{count}{unit}"}


def relative(groups: Groups, context: Context) -> dict[str, Any] | None:
    """日前, 目前, 去年: PAST_REF / PRESENT_REF / FUTURE_REF, or the year when a reference date resolves it."""
    word = groups.get("word") or ""
    if (offset := context.tables.get("relative_years", {}).get(word)) is not None and context.ref_date:
        return {"kind": "year", "value": str(context.ref_date.year + int(offset)), "inferred": True}
    value = context.tables.get("relative_dates", {}).get(word)
    return {"kind": "relative", "value": value} if value else None


BUILDERS = {
    "point": point,
    "span": span,
    "period": period,
    "first_months": first_months,
    "decade": decade,
    "duration": duration,
    "relative": relative,
}
