"""Numbers as written in Chinese text -> exact Decimals.

Arabic with separators and decimals (1,100 / 82,225.00), Chinese numerals
(一千二百万, 两百万, 十二, 二〇二五, 零点七), financial numerals (壹佰贰拾万), and
mixes (1.23亿, 3万4000, 25万6千, 21.6万亿, 1亿2000万). Works on normalized
(Simplified) text, so 萬/億 arrive as 万/亿.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

import regex

DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {
    "〇": 0, "两": 2, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
}  # fmt: skip
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS = {"万": 10**4, "亿": 10**8}

_TOKEN = regex.compile(
    r"[0-9]+(?:[,，][0-9]{3})*(?:\.[0-9]+)?|[零〇一二三四五六七八九两壹贰叁肆伍陆柒捌玖]+|点[零〇一二三四五六七八九]+|."
)


def parse_number(text: str) -> Decimal | None:
    """The value of a numeral, or None if it is not one."""
    if not text:
        return None
    total = Decimal(0)  # finished sections (above 万 or 亿)
    section = Decimal(0)  # the part below the next big unit
    current: Decimal | None = None  # a number waiting for its unit
    last_unit = 0
    elidable = False  # 一万五 = 15000: a lone digit right after a unit is that unit's tenth
    for token in _TOKEN.findall(text):
        if token[0].isdigit() or token[0] in DIGITS:
            if current is not None:
                return None  # two numbers in a row: 3 4
            current = _digits(token)
            if current is None:
                return None
            elidable = last_unit >= 100 and len(token) == 1 and token in DIGITS and token not in "零〇"
        elif token.startswith("点"):
            if current is None or "." in str(current):
                return None
            current = Decimal(f"{current}.{''.join(str(DIGITS[c]) for c in token[1:])}")
            elidable = False
        elif token in SMALL_UNITS:
            unit = SMALL_UNITS[token]
            section += (current if current is not None else 1) * unit
            current, last_unit, elidable = None, unit, False
        elif token in BIG_UNITS:
            unit = BIG_UNITS[token]
            value = section + (current or 0)
            if value == 0 and total == 0:
                value = Decimal(1)  # 万 in 近万棵, 上百万: a bare scale counts one of it
            total = (total + value) * unit if 0 < total < unit else total + value * unit
            section, current, last_unit, elidable = Decimal(0), None, unit, False
        elif token in "零〇":
            continue
        else:
            return None
    if current is not None and elidable:
        current *= Decimal(last_unit) / 10
    return total + section + (current or 0)


def _digits(token: str) -> Decimal | None:
    if token[0].isdigit():
        try:
            return Decimal(token.replace(",", "").replace("，", ""))
        except InvalidOperation:
            return None
    return Decimal("".join(str(DIGITS[c]) for c in token))


def to_json_number(value: Decimal) -> int | float:
    """An exact JSON number: integers stay integers; others go through their shortest repr."""
    normalized = value.normalize()
    if normalized == normalized.to_integral_value():
        return int(normalized)
    return float(normalized)
