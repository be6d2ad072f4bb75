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
    "〇": 0, "两": 2, "俩": 2, "壹": 1, "贰": 2, "叁": 3, "参": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
}  # fmt: skip
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS = {"万": 10**4, "亿": 10**8, "兆": 10**12}  # 兆 as a numeral is 10^12 (Taiwan, Japan)
TENS = {"廿": 20, "卅": 30, "卌": 40}  # written tens: 卅三 = 33
TENS_VALUES = set(TENS.values())
_ZEROS = "零〇"
_INNER_SPACE = regex.compile(r"(?<![0-9])\s+|\s+(?![0-9])")

_TOKEN = regex.compile(
    r"[0-9]+(?:[,，][0-9]{3})*(?:\.[0-9]+)?|[零〇一二三四五六七八九两俩壹贰叁参肆伍陆柒捌玖]+|点[零〇一二三四五六七八九]+|."
)


def parse_number(text: str) -> Decimal | None:
    """The value of a numeral, or None if it is not one."""
    text = _INNER_SPACE.sub("", text)  # 一百 五 十 二, 177.1 亿; but 3 4 stays two numbers
    if not text:
        return None
    if set(text) <= set(_ZEROS):
        return Decimal(0)
    total = Decimal(0)  # finished sections (above 万 or 亿)
    section = Decimal(0)  # the part below the next big unit
    current: Decimal | None = None  # a number waiting for its unit
    fraction = Decimal(0)  # 两千三点一: decimals written after a unit
    last_unit = 0
    elidable = False  # 一万五 = 15000: a lone digit right after a unit is that unit's tenth
    tokens = _TOKEN.findall(text)
    for i, token in enumerate(tokens):
        if (
            token[0] in DIGITS
            and len(token.lstrip(_ZEROS)) > 1
            and i + 1 < len(tokens)
            and (tokens[i + 1] in SMALL_UNITS or tokens[i + 1] in BIG_UNITS)
        ):
            return None  # 六七十: two numbers side by side before a unit are a range, not 67
        if token[0].isdigit() or token[0] in DIGITS:
            if set(token) <= set(_ZEROS):
                continue  # 一千零五: a zero only marks a skipped place
            if current is not None and current in TENS_VALUES and len(token) == 1:
                current += DIGITS[token]  # 卅三
                continue
            if current is not None:
                return None  # two numbers in a row: 3 4
            current = _digits(token.lstrip(_ZEROS))
            if current is None:
                return None
            elidable = last_unit >= 100 and len(token) == 1 and token in DIGITS
        elif token in TENS:
            if current is not None:
                return None
            current, elidable = Decimal(TENS[token]), False
        elif token.startswith("点") and len(token) > 1:
            digits = "".join(str(DIGITS[c]) for c in token[1:])
            if current is not None and elidable:
                current *= Decimal(last_unit) / 10  # 两千三点一 = 2300.1
                section, current = section + current, None
            if current is None:
                fraction = Decimal(f"0.{digits}")
            elif "." in str(current):
                return None
            else:
                current = Decimal(f"{current}.{digits}")
            elidable = False
        elif token in SMALL_UNITS:
            unit = SMALL_UNITS[token]
            section += (current if current is not None else 1) * unit
            current, last_unit, elidable = None, unit, False
        elif token in BIG_UNITS:
            unit = BIG_UNITS[token]
            if current is not None and elidable and last_unit < BIG_UNITS["万"]:
                current *= Decimal(last_unit) / 10  # 百二万 = 120万
            value = section + (current or 0)
            if value == 0:
                # 四万万: a big unit right after another multiplies it; a bare 万 (近万) counts one.
                total = total * unit if total else Decimal(unit)
            else:
                total = (total + value) * unit if 0 < total < unit else total + value * unit
            section, current, last_unit, elidable = Decimal(0), None, unit, False
        else:
            return None
    if current is not None and elidable:
        current *= Decimal(last_unit) / 10
    return total + section + (current or 0) + fraction


def _digits(token: str) -> Decimal | None:
    if token[0].isdigit():
        try:
            return Decimal(token.replace(",", "").replace("，", ""))
        except InvalidOperation:
            return None
    return Decimal("".join(str(DIGITS[c]) for c in token) or "0")


def to_json_number(value: Decimal) -> int | float:
    """An exact JSON number: integers stay integers; others go through their shortest repr."""
    normalized = value.normalize()
    if normalized == normalized.to_integral_value():
        return int(normalized)
    return float(normalized)
