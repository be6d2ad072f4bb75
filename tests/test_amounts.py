from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extractors import Context
from pipeline.extractors.amounts import amount
from pipeline.extractors.money import money, money_parts
from pipeline.extractors.numbers import parse_number, to_json_number
from pipeline.rulebook import Rulebook


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,100万", "11000000"),
        ("82,225.00", "82225"),
        ("82，225.00", "82225"),
        ("1.23亿", "123000000"),
        ("3万4000", "34000"),
        ("25万6千", "256000"),
        ("21.6万亿", "21600000000000"),
        ("1亿2000万", "120000000"),
        ("一千二百万", "12000000"),
        ("两百万", "2000000"),
        ("十二", "12"),
        ("二〇二五", "2025"),
        ("壹佰贰拾万", "1200000"),
        ("零点七", "0.7"),
        ("一百三十三", "133"),
        ("两万五", "25000"),
        ("一千零五", "1005"),
        ("万", "10000"),
        ("卅三", "33"),
        ("参拾参", "33"),
        ("四万万", "400000000"),
        ("百二万", "1200000"),
        ("两千三点一", "2300.1"),
        ("五兆六十二亿四万五千二", "5006200045200"),
        ("一百 五 十 二", "152"),
    ],
)
def test_parse_number(text: str, value: str) -> None:
    assert parse_number(text) == Decimal(value)


@pytest.mark.parametrize("text", ["", "3 4", "abc", "一二三四五六七八九十百千万亿x", "零点77"])
def test_not_a_number(text: str) -> None:
    assert parse_number(text) is None


def test_json_numbers_are_exact() -> None:
    assert to_json_number(parse_number("1.23亿")) == 123000000
    assert isinstance(to_json_number(parse_number("1.23亿")), int)
    assert to_json_number(Decimal("4.52")) == 4.52


def test_bare_yuan_takes_the_local_currency(rulebook: Rulebook) -> None:
    groups = {"num": "208亿", "cur": "元"}
    assert money(groups, Context(currency="HKD", tables=rulebook.tables)) == {"amount": 20800000000, "currency": "HKD"}
    explicit = {"num": "208亿", "cur": "美元"}
    assert money(explicit, Context(currency="HKD", tables=rulebook.tables))["currency"] == "USD"


@pytest.mark.parametrize(
    ("num", "num2", "expected"),
    [
        ("3", "5万", {"min": 30000, "max": 50000}),
        ("一千", "两千万", {"min": 10000000, "max": 20000000}),
        ("8500", "3万", {"min": 8500, "max": 30000}),
        ("两", "3百", {"min": 200, "max": 300}),
        ("1亿", "2亿", {"min": 100000000, "max": 200000000}),
        ("3万", "5", None),  # the first end above the second: no range
    ],
)
def test_range_ends_share_a_scale(num: str, num2: str, expected, rulebook: Rulebook) -> None:
    assert amount({"num": num, "num2": num2}, Context(tables=rulebook.tables)) == expected


@pytest.mark.parametrize(
    ("num", "expected"),
    [
        ("四五百", {"min": 400, "max": 500}),
        ("两三百万", {"min": 2000000, "max": 3000000}),
        ("一两千", {"min": 1000, "max": 2000}),
        ("四五", {"min": 4, "max": 5}),
        ("二十几万", {"min": 200000, "max": 300000, "qualifier": "approx"}),
        ("十几", {"min": 10, "max": 20, "qualifier": "approx"}),
        ("三十几亿", {"min": 3000000000, "max": 4000000000, "qualifier": "approx"}),
        ("几百万", {"min": 1000000, "max": 10000000, "qualifier": "approx"}),
        ("千多万", {"amount": 10000000, "qualifier": "over"}),
        ("十来万", {"amount": 100000, "qualifier": "approx"}),
    ],
)
def test_spoken_and_vague_amounts(num: str, expected, rulebook: Rulebook) -> None:
    assert amount({"num": num}, Context(tables=rulebook.tables)) == expected


@pytest.mark.parametrize(
    ("groups", "expected"),
    [
        ({"num": "4", "cur": "元", "jiao": "3", "jiao_unit": "角", "fen": "5", "fen_unit": "分"}, {"amount": 4.35}),
        ({"jiao": "三", "jiao_unit": "毛", "tail": "六"}, {"amount": 0.36}),
        ({"num": "一", "cur": "块", "tail": "八"}, {"amount": 1.8}),
        ({"num": "两", "cur": "块", "half": "半"}, {"amount": 2.5}),
        ({"num": "三", "cur": "美元", "fen": "五", "fen_unit": "美分"}, {"amount": 3.05, "currency": "USD"}),
        ({"jiao": "两三", "jiao_unit": "毛"}, None),  # a bare 两三毛 shows no money without a price word
        ({"jiao": "两三", "jiao_unit": "毛", "cue": "跌"}, {"min": 0.2, "max": 0.3}),
        ({"num": "3", "cur": "美元", "fen": "5", "fen_unit": "欧分"}, None),  # two currencies
    ],
)
def test_sub_units_add_up_exactly(groups, expected, rulebook: Rulebook) -> None:
    value = money_parts(groups, Context(tables=rulebook.tables))
    assert value == (None if expected is None else {"currency": "CNY", **expected})
