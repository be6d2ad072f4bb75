"""Numeral conversion: our parser (pipeline/extractors/numbers.py) beside cn2an.

usage: python benchmarks/numerals.py    (cn2an from benchmarks/requirements.txt, if installed)

Cases: every numeral span the peer suites expect with a value (Duckling's ZH numeral
corpus; Recognizers-Text NumberModel), converted on its own, after normalization
(Simplified, full-width digits folded), as the pipeline does. Out of scope: fractions
(分之), ordinals, negatives, spans with letters or operators, approximations with
多/余 (the pipeline reads those as hedges) and measure words (一双, 二份一); a value is
right when it equals the expected one exactly.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from pathlib import Path

from pipeline.extractors.numbers import parse_number
from pipeline.normalize import normalize

PEER = Path(__file__).resolve().parents[1].parent / "shared" / "peer"
OUT_OF_SCOPE = re.compile(r"分之|第|负|[A-Za-z]|[+\-*/^]|[个只斤对打半几双份多余又]")


def cases() -> list[tuple[str, str, Decimal]]:
    found = []
    for suite in ("duckling_zh_numeral", "rt_numbers"):
        with (PEER / f"{suite}.jsonl").open(encoding="utf-8") as handle:
            for row in map(json.loads, handle):
                if suite == "rt_numbers" and row.get("spec_kind") != "NumberModel":
                    continue
                for item in row["expected"]:
                    value = item.get("value")
                    value = value.get("value") if isinstance(value, dict) else value
                    text = normalize(item["text"]).text
                    if value is None or OUT_OF_SCOPE.search("".join(text.split())):
                        continue
                    try:
                        found.append((suite, text, Decimal(str(value))))
                    except InvalidOperation:
                        continue
    return found


def rate(convert: Callable[[str], Decimal | None], all_cases: list[tuple[str, str, Decimal]]) -> tuple[int, list]:
    wrong = []
    for _suite, text, expected in all_cases:
        try:
            got = convert(text)
        except Exception:  # a converter that raises on input it does not know
            got = None
        if got is None or Decimal(str(got)) != expected:
            wrong.append((text, expected, got))
    return len(all_cases) - len(wrong), wrong


def main() -> None:
    all_cases = cases()
    converters: dict[str, Callable[[str], Decimal | None]] = {"zh-extract": parse_number}
    try:
        import cn2an

        converters["cn2an (smart)"] = lambda text: cn2an.cn2an(text, "smart")
    except ImportError:
        print("cn2an is not installed here; install benchmarks/requirements.txt to compare.")
    print(f"{len(all_cases)} in-scope numerals")
    for name, convert in converters.items():
        passed, wrong = rate(convert, all_cases)
        print(f"{name:<16}{passed / len(all_cases):>8.1%}   wrong: {wrong[:6]}")


if __name__ == "__main__":
    main()
