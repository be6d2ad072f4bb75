"""Conformance on the peer tools' test suites (../shared/peer), ours beside JioNLP's.

usage: python benchmarks/peer_suites.py [--failures N] [--suite NAME ...]

JioNLP runs only where it is installed (`pip install -r benchmarks/requirements.txt`
in a benchmark environment; it is not a dependency of zh-extract). Both systems are
judged on the same in-scope cases with the same pass rule.

Scope: what CONTRACT.md asks the pipeline to extract.
- money (rt_currency, jio_money, duckling_zh_money): amounts with a currency word or
  sign that maps to an ISO 4217 code. Out of scope: subunits alone (5分, 2角: no ISO
  amount), amounts with no currency word (小于40万), Latin shorthand (15k, 30w).
- dates (rt_dates, jio_time, duckling_zh_time): calendar dates, months, years,
  quarters, halves, and ranges of these: an input must name one with a number (2018年,
  三月, 一季度, 2018-03-05). Out of scope: times of day, weekdays, holidays and lunar
  dates, seasons, weeks, durations, decades, and expressions relative to the reference
  day (明天, 下周, 去年, 上月, 三天后): the contract keeps those relative.
  From Recognizers-Text only the Date*/DatePeriod* extractor and parser specs count.
A case passes when the system's entities of that type on the input have exactly the
expected spans and, where the suite gives a value, the same value: money amount and
currency; dates as the interval of days they cover, resolved against the case's
reference date (JioNLP and Duckling resolve every year; Recognizers-Text leaves
years open, so its cases compare spans and Timex strings where they are plain
dates, months or years). Where the input states no year (10月8号) or no month either
(30日), those parts are not compared, for either system: CONTRACT.md makes such a
date `XXXX-10-08`, and a year filled in from the reference date is a guess marked
`inferred` whose convention differs between tools (the nearest such date, this
year's, the next one).
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from pipeline.normalize import normalize
from pipeline.process import Pipeline
from pipeline.rulebook import load_rulebook

PEER = Path(__file__).resolve().parents[1].parent / "shared" / "peer"

MONEY_SUITES = ("rt_currency", "jio_money", "duckling_zh_money")
DATE_SUITES = ("rt_dates", "jio_time", "duckling_zh_time")

OUT_OF_SCOPE_MONEY = re.compile(r"[0-9][kKwW]|^[^元币圆金镑郎卢比铢盾$¥￥€£]*$")
# Matched against the normalized (Simplified) input, so 週, 後, 節 are caught too.
OUT_OF_SCOPE_DATE = re.compile(
    r"[点时分秒:：]|上午|下午|晚上|早上|中午|凌晨|傍晚|夜|星期|周|礼拜|节|元旦|除夕|农历|正月|腊月|冬月|初[一二三四五六七八九十]"
    r"|大年|廿|闰|天|今|明|昨|前|后|去年|上个|下个|这|本|最近|过去|未来|以来|之内|世纪|年代|半个|个月|小时|刚|现在|此|当|整"
    r"|^\d{1,2}/\d{1,2}|上年|下年|圣诞|权益日|三一五|灰日|复活|瞻礼|首日|寻日|听日"
    r"|斋|新年|上月|下月|阴历|寒|暑|芒种|立|清明|谷雨|惊蛰|霜|露|国庆|端午|中秋|春|夏|秋|冬|首月"
    r"|近[0-9一二三四五六七八九十 ]|下[0-9一二三四五六七八九十]|康熙|雍正|乾隆|嘉庆|道光|咸丰|同治|光绪|宣统"
)
# A calendar expression names a year, month, day, quarter or half with a number; holiday
# names (圣灰礼仪日, 斋月) name none and are out of scope however they are written.
CALENDAR = re.compile(r"[0-9〇零○一二三四五六七八九十两]\s*(?:年|月|日|号|季度|季)|半年|[0-9]{4}[-./ ][0-9]")
# CONTRACT.md: a date's span leaves out the preposition (`2020年` in `到2020年`).
PREPOSITION = re.compile(r"^(?:从|自|在|到|于)")
# Whether an input writes a year or a month (2018年, 2018-03, 三月) or leaves it to the reference date.
STATES_YEAR = re.compile(r"年|[0-9]{4}")
STATES_MONTH = re.compile(r"月|[0-9]{4}[-./][0-9]")
RT_DATE_SPECS = {"DateExtractor", "DateParser", "DatePeriodExtractor", "DatePeriodParser"}
# Duckling's currencies; its "Dollar" is a bare 元/块/蚊 with no country, and "Cent" a subunit.
DUCKLING_ISO = {"CNY": "CNY", "HKD": "HKD", "USD": "USD", "EUR": "EUR", "GBP": "GBP", "JPY": "JPY"}
JIO_CASES = {"元": "CNY", "美元": "USD", "港元": "HKD", "港币": "HKD", "新台币": "TWD", "欧元": "EUR", "日元": "JPY",
             "英镑": "GBP", "人民币": "CNY", "澳门元": "MOP", "韩元": "KRW"}  # fmt: skip

Interval = tuple[dt.date, dt.date]


@dataclass
class Expected:
    start: int
    end: int
    value: Any = None  # (amount, currency) for money; an Interval or a Timex string for dates


@dataclass
class Case:
    suite: str
    id: str
    text: str
    ref: dt.date | None
    expected: list[Expected] = field(default_factory=list)
    # A parser case: the whole input is one expression, so the system must find exactly
    # one entity with the expected value; where it puts the edges is not compared.
    whole: bool = False
    base: Any = None  # the reference time as the peer suite gives it (JioNLP's time_base)


# ---------------------------------------------------------------- loading


def _rows(suite: str) -> Iterator[dict[str, Any]]:
    with (PEER / f"{suite}.jsonl").open(encoding="utf-8") as handle:
        yield from map(json.loads, handle)


def money_cases() -> Iterator[Case]:
    for row in _rows("rt_currency"):
        items = row["expected"]
        codes = [i.get("iso_currency") for i in items]
        if not items or None in codes or any(OUT_OF_SCOPE_MONEY.search(i["text"]) for i in items):
            continue
        if any(i.get("value") is None or re.search("[角分毛]", i["text"]) for i in items):
            continue  # a currency word with no amount, or subunits
        yield Case(
            "rt_currency",
            row["id"],
            row["input"],
            None,
            [Expected(i["start"], i["end"], (Decimal(i["value"]), c)) for i, c in zip(items, codes, strict=True)],
        )
    for row in _rows("jio_money"):
        text = row["input"]
        if row["task"] == "parse":
            code = JIO_CASES.get(row["expected"]["case"])
            if code is None or OUT_OF_SCOPE_MONEY.search(text) or re.search("[角分毛]", text):
                continue
            num = row["expected"]["num"]
            if isinstance(num, list):
                if re.search("[多几数]", text):
                    continue  # vague amounts: JioNLP makes them ranges, the contract a hedged amount
                amount: Any = (Decimal(num[0]), Decimal(num[1]))
            else:
                amount = Decimal(num)
            yield Case("jio_money", row["id"], text, None, [Expected(0, len(text), (amount, code))], whole=True)
        else:
            items = row["expected"]
            if any(OUT_OF_SCOPE_MONEY.search(i["text"]) or re.search("[角分毛]", i["text"]) for i in items):
                continue
            yield Case("jio_money", row["id"], text, None, [Expected(i["start"], i["end"]) for i in items])
    for row in _rows("duckling_zh_money"):
        items = row["expected"]
        codes = [DUCKLING_ISO.get(i["value"].get("currency")) for i in items]
        if None in codes or any(OUT_OF_SCOPE_MONEY.search(i["text"]) for i in items):
            continue
        if any(i["value"].get("kind") != "simple" for i in items):
            continue
        yield Case(
            "duckling_zh_money",
            row["id"],
            row["input"],
            None,
            [
                Expected(i["start"], i["end"], (Decimal(str(i["value"]["value"])), c))
                for i, c in zip(items, codes, strict=True)
            ],
        )


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text[:10])


def date_cases() -> Iterator[Case]:
    for row in _rows("rt_dates"):
        items = row["expected"]
        if row["spec_kind"] not in RT_DATE_SPECS or not row.get("python_supported", True):
            continue
        if _out_of_scope(row["input"]) or not all(i["span_matches_input"] for i in items):
            continue
        yield Case(
            "rt_dates",
            row["id"],
            row["input"],
            None,
            [Expected(i["start"] + _preposition(i["text"]), i["end"], i.get("timex")) for i in items],
        )
    for row in _rows("jio_time"):
        if _out_of_scope(row["input"]):
            continue
        ref, base = _jio_reference(row.get("time_base"))
        if row["task"] == "parse":
            exp = row["expected"]
            if exp.get("definition") != "accurate" or exp.get("type") not in ("time_point", "time_span"):
                continue
            first, last = exp["time"]
            if not (first.endswith("00:00:00") and last.endswith("23:59:59")):
                continue
            text = row["input"]
            yield Case(
                "jio_time",
                row["id"],
                text,
                ref,
                [Expected(0, len(text), (_day(first), _day(last)))],
                whole=True,
                base=base,
            )
        else:
            yield Case(
                "jio_time",
                row["id"],
                row["input"],
                ref,
                [Expected(i["start"], i["end"]) for i in row["expected"]],
                base=base,
            )
    for row in _rows("duckling_zh_time"):
        if _out_of_scope(row["input"]):
            continue
        ref = _day(row["reference_time"])
        expected = []
        for item in row["expected"]:
            interval = _duckling_interval(item["value"])
            if interval is None:
                break
            expected.append(Expected(item["start"], item["end"], interval))
        else:
            yield Case("duckling_zh_time", row["id"], row["input"], ref, expected)


def _out_of_scope(text: str) -> bool:
    normalized = normalize(text).text
    return bool(OUT_OF_SCOPE_DATE.search(normalized)) or not CALENDAR.search(normalized)


def _preposition(text: str) -> int:
    m = PREPOSITION.match(text)
    return m.end() if m else 0


def _jio_reference(time_base: dict[str, Any] | None) -> tuple[dt.date | None, Any]:
    """JioNLP's time_base: a Unix time (Asia/Shanghai), or the parts it fixes as a dict or list."""
    raw = (time_base or {}).get("raw")
    if raw is None:
        return None, None
    if not isinstance(raw, dict | list):
        return _day(time_base["iso_utc8"]), raw
    # A base that fixes only a year (or a month) stands for its last day: "as of 2021".
    parts = [raw[k] for k in ("year", "month", "day") if k in raw] if isinstance(raw, dict) else list(raw)[:3]
    year = parts[0]
    month = parts[1] if len(parts) > 1 else 12
    day = parts[2] if len(parts) > 2 else calendar.monthrange(year, month)[1]
    return dt.date(year, month, day), raw


def _duckling_interval(value: dict[str, Any]) -> Interval | None:
    if value.get("type") == "interval":
        if "from" not in value or "to" not in value or value.get("grain") not in ("day", "Day", "Month", "Year"):
            return None
        last = dt.datetime.fromisoformat(value["to"]) - dt.timedelta(seconds=1)
        return _day(value["from"]), last.date()
    grain = value.get("grain")
    day = _day(value["value"])
    if grain == "Day":
        return day, day
    if grain == "Month":
        return day, day.replace(day=calendar.monthrange(day.year, day.month)[1])
    if grain == "Quarter":
        end_month = day.month + 2
        return day, dt.date(day.year, end_month, calendar.monthrange(day.year, end_month)[1])
    if grain == "Year":
        return day, dt.date(day.year, 12, 31)
    return None


# ---------------------------------------------------------------- our values as intervals


def _point(text: str) -> Interval | None:
    parts = text.split("-")
    if not parts[0].isdigit() or "XX" in parts:
        return None
    year = int(parts[0])
    if len(parts) == 1:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if parts[1].startswith(("Q", "H")):
        size = 3 if parts[1][0] == "Q" else 6
        first_month = (int(parts[1][1]) - 1) * size + 1
        last_month = first_month + size - 1
        return dt.date(year, first_month, 1), dt.date(year, last_month, calendar.monthrange(year, last_month)[1])
    if not parts[1].isdigit():
        return None
    month = int(parts[1])
    if len(parts) == 2:
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    day = dt.date(year, month, int(parts[2]))
    return day, day


def our_interval(value: dict[str, Any]) -> Interval | None:
    if value.get("kind") == "range":
        first, last = _point(value["start"]), _point(value["end"])
        return (first[0], last[1]) if first and last else None
    return _point(value["value"]) if "value" in value else None


# ---------------------------------------------------------------- systems

Found = list[tuple[int, int, Any]]  # (start, end, value as in Expected)


class Ours:
    name = "zh-extract"

    def __init__(self) -> None:
        self.pipeline = Pipeline(load_rulebook())

    def money(self, case: Case) -> Found:
        found = []
        for e in self.pipeline.extract_text(case.text):
            if e.type == "money":
                v = e.value
                amount = (
                    Decimal(str(v["amount"])) if "amount" in v else (Decimal(str(v["min"])), Decimal(str(v["max"])))
                )
                found.append((e.start, e.end, (amount, v["currency"])))
        return found

    def dates(self, case: Case) -> Found:
        found = []
        for e in self.pipeline.extract_text(case.text, case.ref):
            if e.type == "date":
                found.append((e.start, e.end, our_interval(e.value) if case.ref else e.value))
        return found


class Jio:
    name = "JioNLP"

    def __init__(self) -> None:
        import jionlp

        self.jio = jionlp

    @staticmethod
    def _timestamp(day: dt.date | None) -> float:
        return dt.datetime.combine(day or dt.date(2024, 1, 1), dt.time(12)).timestamp()

    @staticmethod
    def _money(detail: dict[str, Any]) -> tuple[Any, str | None]:
        num = detail.get("num", "0")
        amount = (Decimal(num[0]), Decimal(num[1])) if isinstance(num, list) else Decimal(num)
        return amount, JIO_CASES.get(detail.get("case", ""), detail.get("case"))

    @staticmethod
    def _interval(detail: dict[str, Any]) -> Interval | None:
        times = detail.get("time")
        if not (isinstance(times, list) and len(times) == 2 and all(isinstance(t, str) for t in times)):
            return None
        try:
            return _day(times[0]), _day(times[1])
        except ValueError:  # JioNLP writes years before 1000 unpadded
            return None

    def money(self, case: Case) -> Found:
        return [
            (*item["offset"], self._money(item.get("detail") or {}))
            for item in self.jio.ner.extract_money(case.text, with_parsing=True)
        ]

    def parse_money(self, case: Case) -> Found:
        try:
            return [(0, len(case.text), self._money(self.jio.parse_money(case.text)))]
        except Exception:  # JioNLP raises on text it cannot parse
            return []

    def parse_dates(self, case: Case) -> Found:
        base = case.base if case.base is not None else self._timestamp(case.ref)
        try:
            return [(0, len(case.text), self._interval(self.jio.parse_time(case.text, time_base=base)))]
        except Exception:  # JioNLP raises on text it cannot parse
            return []

    def dates(self, case: Case) -> Found:
        base = case.base if case.base is not None else self._timestamp(case.ref)
        items = self.jio.ner.extract_time(case.text, time_base=base, with_parsing=True)
        return [(*item["offset"], self._interval(item.get("detail") or {})) for item in items]


def _same(expected: Any, got: Any) -> bool:
    """Equal values; money amounts within a relative 1e-12 (Recognizers-Text rounds huge ones)."""
    if isinstance(expected, tuple) and isinstance(got, tuple) and isinstance(expected[0], Decimal):
        amount, currency = expected
        other, other_currency = got
        if not isinstance(other, Decimal) or currency != other_currency:
            return False
        return abs(amount - other) <= abs(amount) * Decimal("1e-12")
    return expected == got


def _as_stated(value: Any, text: str) -> Any:
    """An interval of days with the parts the input leaves unstated (year, month) dropped."""
    if not (isinstance(value, tuple) and all(isinstance(d, dt.date) for d in value)):
        return value
    normalized = normalize(text).text
    year = bool(STATES_YEAR.search(normalized))
    month = year or bool(STATES_MONTH.search(normalized))
    return tuple((d.year if year else None, d.month if month else None, d.day) for d in value)


def passes(case: Case, found: Found, timex: bool) -> bool:
    def same(expected: Any, got: Any) -> bool:
        return _same(_as_stated(expected, case.text), _as_stated(got, case.text))

    if case.whole:
        return len(found) == 1 and same(case.expected[0].value, found[0][2])
    if sorted((s, e) for s, e, _ in found) != sorted((x.start, x.end) for x in case.expected):
        return False
    by_span = {(s, e): v for s, e, v in found}
    for expected in case.expected:
        if expected.value is None:
            continue
        got = by_span[(expected.start, expected.end)]
        if timex:  # Recognizers-Text: compare plain Timex strings only
            plain = re.fullmatch(r"(\d{4}|XXXX)(-(\d\d|XX))?(-\d\d)?", str(expected.value))
            if plain and (not isinstance(got, dict) or got.get("value") != expected.value):
                return False
        elif not same(expected.value, got):
            return False
    return True


def run(system: Any, cases: list[Case], dimension: str, failures: int) -> dict[str, tuple[int, int]]:
    rates: dict[str, tuple[int, int]] = {}
    shown = 0
    for case in cases:
        # Each system answers a parser case with its own parser where it has one.
        name = f"parse_{dimension}" if case.whole and hasattr(system, f"parse_{dimension}") else dimension
        extract: Callable[[Case], Found] = getattr(system, name)
        found = extract(case)
        if case.suite == "rt_dates" and system.name != "zh-extract":
            # JioNLP resolves every year, so only spans are comparable on Recognizers-Text.
            ok = sorted((s, e) for s, e, _ in found) == sorted((x.start, x.end) for x in case.expected)
        else:
            ok = passes(case, found, timex=case.suite == "rt_dates")
        passed, total = rates.get(case.suite, (0, 0))
        rates[case.suite] = (passed + ok, total + 1)
        if not ok and shown < failures and system.name == "zh-extract":
            shown += 1
            print(
                f"  FAIL {case.id}: {case.text!r} expected {[(x.start, x.end, x.value) for x in case.expected]}"
                f" got {found}"
            )
    return rates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--failures", type=int, default=0, help="show this many of our failing cases per dimension")
    parser.add_argument("--suite", action="append", help="only these suites (repeatable)")
    args = parser.parse_args()
    if not PEER.is_dir():
        raise SystemExit(f"{PEER} not found: the peer suites live in ../shared/peer")
    systems: list[Any] = [Ours()]
    try:
        systems.append(Jio())
    except ImportError:
        print("JioNLP is not installed here; install benchmarks/requirements.txt to compare.")
    for dimension, all_cases in (("money", list(money_cases())), ("dates", list(date_cases()))):
        cases = [c for c in all_cases if not args.suite or c.suite in args.suite]
        if not cases:
            continue
        results = {s.name: run(s, cases, dimension, args.failures) for s in systems}
        print(f"\n{dimension}: in-scope cases and pass rates")
        print(f"{'suite':<20}{'cases':>6}" + "".join(f"{s.name:>14}" for s in systems))
        suites = sorted({c.suite for c in cases})
        for suite in [*suites, "all"]:
            cells = []
            total = 0
            for system in systems:
                rates = results[system.name]
                passed, total = rates[suite] if suite != "all" else tuple(map(sum, zip(*rates.values(), strict=True)))
                cells.append(f"{passed / total:>14.1%}" if total else f"{'-':>14}")
            print(f"{suite:<20}{total:>6}" + "".join(cells))


if __name__ == "__main__":
    main()
