"""The local currency of a bare 元 (issue 17): invented articles, each with the currency its
bare amounts must take. Mainland articles that mention Hong Kong, Taiwan or Macau stay CNY;
Hong Kong, Taiwan and Macau articles without a currency word take HKD, TWD or MOP."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pipeline.explain import explain
from pipeline.process import Pipeline, Source
from pipeline.rulebook import Rulebook

from .conftest import rule_errors, write_rules

DATA = Path(__file__).parent / "data" / "locale_documents.jsonl"


def _cases() -> list[dict[str, Any]]:
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_set_has_twenty_of_each_kind() -> None:
    kinds = [case["kind"] for case in _cases()]
    assert sum(k.startswith("mainland-") for k in kinds) >= 20
    assert sum(not k.startswith("mainland-") for k in kinds) >= 20
    assert {"mainland-hk", "mainland-tw", "mainland-mo", "hongkong", "taiwan", "macau"} <= set(kinds)


@pytest.mark.parametrize("case", _cases(), ids=lambda case: case["id"])
def test_bare_amounts_take_the_local_currency(case: dict[str, Any], pipeline: Pipeline, rulebook: Rulebook) -> None:
    explicit = [word for word, code in rulebook.tables["currencies"].items() if code != "*"]
    document = pipeline.process(Source.of_text(case["id"], case["id"], case["text"]))
    bare = [e for e in document.entities if e.type == "money" and not any(w in e.norm for w in explicit)]
    assert bare, "the article has no bare amount"
    assert {e.text: e.value["currency"] for e in bare} == {e.text: case["currency"] for e in bare}


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("金管局公布，香港外汇基金总资产增加295亿元，港元资产增加。", "HKD"),
        ("行政院今天通过预算，台北市将获得新台币120亿元。台湾各县市", "TWD"),
        ("澳门同善堂今年捐出100万元，澳门市民踊跃参与。", "MOP"),
        ("国务院常务会议决定，北京、上海各投入200亿元。", "CNY"),
        ("公司去年营收增长。", "CNY"),
        ("公司去年營收增長。", "CNY"),  # Traditional alone is no locale
        ("中国股票今年上涨，高盛在香港的活动上表示看好。", "CNY"),
        ("广州南沙已进驻180家企业，广州市给予近200万元补贴，香港科技大学（广州）基地揭牌。", "CNY"),
        ("(澳門電台消息) 廣州南沙慶盛樞紐區塊已進駐逾180家企業，廣州市給予近200萬元補貼。", "CNY"),
        ("(澳門電台消息) 同善堂下週五起沿門勸捐，今年捐出100萬元，深受澳門市民信賴。", "MOP"),
    ],
)
def test_decide_locale(text: str, currency: str, pipeline: Pipeline) -> None:
    assert pipeline.explain_locale(text).currency == currency


def test_the_decision_comes_with_its_evidence(pipeline: Pipeline) -> None:
    locale = pipeline.explain_locale("香港屯門一個屋苑的單位以520萬元易手，港鐵通車後樓價回升，買家以人民幣付訂。")
    assert locale.currency == "HKD"
    assert (
        str(locale)
        == "HKD (香港 +1, 香港 in the lead +3, 屯门 +2, 屯门 in the lead +3, 屋苑 +2, 港铁 +2; CNY 2: 人民币 +2)"
    )
    assert locale.score("HKD") == 13


def test_a_place_named_often_counts_three_times(pipeline: Pipeline) -> None:
    locale = pipeline.explain_locale("香港，香港，香港，香港，香港。")
    assert [str(c) for c in locale.clues] == ["simplified script +4", "香港 ×3 +3", "香港 in the lead +3"]


def test_roc_years_follow_the_taiwan_decision(pipeline: Pipeline) -> None:
    taiwan = pipeline.extract_text("衛福部於113年5月27日公布，健保總額約8900億元。")
    mainland = pipeline.extract_text("卫生部于113年5月27日公布，总额约8900亿元。")
    assert [e.value["value"] for e in taiwan if e.type == "date"] == ["2024-05-27"]
    assert [e.value["currency"] for e in taiwan if e.type == "money"] == ["TWD"]
    assert [e.value["currency"] for e in mainland if e.type == "money"] == ["CNY"]
    assert [e.value.get("value") for e in mainland if e.type == "date"] != ["2024-05-27"]


def test_explain_shows_the_decision(pipeline: Pipeline) -> None:
    lines = explain(pipeline, "九巴及城巴宣布，來往沙田至中環的巴士車費由15.8元增至16.8元。").splitlines()
    assert any('{"amount": 15.8, "currency": "HKD"}' in line for line in lines)
    assert lines[-1] == (
        "locale: HKD (九巴 +2, 城巴 +2, 沙田 +1, 沙田 in the lead +3, 中环 +1, 中环 in the lead +3, 巴士 +1)"
    )


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("捷运\tTWN\t2\t0\tany", "'捷运': unknown locale 'TWN' (one of CNY, HKD, TWD, MOP)"),
        ("捷运\tTWD\ttwo\t0\tany", "'捷运': weight and lead must be whole numbers, got 'two' and '0'"),
        ("捷运\tTWD\t2\t0\tsimplified", "'捷运': script must be one of any, traditional, got 'simplified'"),
        ("place:99\tTWD\t1\t3\tany", "'place:99': a place marker is place: and one of 71, 81, 82, cn"),
    ],
)
def test_a_bad_evidence_row_is_a_rule_error(row: str, message: str, tmp_path: Path) -> None:
    folder = write_rules(tmp_path, {"locale_evidence.tsv": f"marker\tlocale\tweight\tlead\tscript\n{row}\n"})
    assert rule_errors(folder) == [f"USER/locale_evidence.tsv: {message}"]
