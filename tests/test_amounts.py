from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extractors import Context
from pipeline.extractors.locale import local_currency
from pipeline.extractors.money import money
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
    ],
)
def test_parse_number(text: str, value: str) -> None:
    assert parse_number(text) == Decimal(value)


@pytest.mark.parametrize("text", ["", "3 4", "abc", "一二三四五六七八九十百千万亿x"])
def test_not_a_number(text: str) -> None:
    assert parse_number(text) is None


def test_json_numbers_are_exact() -> None:
    assert to_json_number(parse_number("1.23亿")) == 123000000
    assert isinstance(to_json_number(parse_number("1.23亿")), int)
    assert to_json_number(Decimal("4.52")) == 4.52


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("金管局公布，香港外汇基金总资产增加295亿元，港元资产增加。", "HKD"),
        ("行政院今天通过预算，台北市将获得新台币120亿元。台湾各县市", "TWD"),
        ("澳门同善堂今年捐出100万元，澳门市民踊跃参与。", "MOP"),
        ("国务院常务会议决定，北京、上海各投入200亿元。", "CNY"),
        ("公司去年营收增长。", "CNY"),
        ("广州南沙已进驻180家企业，广州市给予近200万元补贴，香港科技大学（广州）基地揭牌。", "CNY"),
    ],
)
def test_local_currency(text: str, currency: str, rulebook: Rulebook) -> None:
    assert local_currency(text, rulebook.tables["locale_markers"]) == currency


def test_bare_yuan_takes_the_local_currency(rulebook: Rulebook) -> None:
    groups = {"num": "208亿", "cur": "元"}
    assert money(groups, Context(currency="HKD", tables=rulebook.tables)) == {"amount": 20800000000, "currency": "HKD"}
    explicit = {"num": "208亿", "cur": "美元"}
    assert money(explicit, Context(currency="HKD", tables=rulebook.tables))["currency"] == "USD"
