from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.extract import Mention, Rejected, candidates, extract, resolve_overlaps
from pipeline.extractors import Context
from pipeline.rulebook import Rulebook, load_rulebook
from pipeline.segment import Segmenter


def _date_rules(rulebook: Rulebook):
    return rulebook.for_type("date")


def test_longer_match_wins_and_output_is_sorted(rulebook: Rulebook, segmenter: Segmenter) -> None:
    text = "2018年至2020年，以及2021年3月5日"
    mentions = extract(text, _date_rules(rulebook), segmenter.words(text).boundaries, Context())
    assert [(text[m.start : m.end], m.rule.id) for m in mentions] == [
        ("2018年至2020年", "date.year-range"),
        ("2021年3月5日", "date.ymd"),
    ]


def test_priority_breaks_ties_between_equal_lengths(rulebook: Rulebook) -> None:
    rules = {r.id: r for r in rulebook.rules}
    low = Mention("date", 0, 5, {}, rules["date.year"])
    high = Mention("date", 0, 5, {}, rules["date.ymd"])
    assert resolve_overlaps([low, high]) == [high]


def test_match_cutting_through_a_word_is_rejected(tmp_path: Path, segmenter: Segmenter) -> None:
    (tmp_path / "date.yaml").write_text(
        "type: date\nrules:\n"
        "  - {id: date.bare-month, pattern: '(?P<month>1[0-2])月', value: point, examples: ['12月']}\n",
        encoding="utf-8",
    )
    rule = next(r for r in load_rulebook([tmp_path]).rules if r.id == "date.bare-month")
    text = "吃了12月饼，12月，"  # 月饼 (mooncake) is one word: the first 12月 cuts through it
    rejected: list[Rejected] = []
    found = candidates(text, [rule], segmenter.words(text).boundaries, Context(), rejected)
    assert [(m.start, m.end) for m in found] == [(7, 10)]
    assert [(r.start, r.end, r.reason) for r in rejected] == [(2, 5, "cuts through a word")]


def test_year_is_filled_only_from_a_reference_date(rulebook: Rulebook, segmenter: Segmenter) -> None:
    text = "2月25日上午"
    rules = _date_rules(rulebook)
    (plain,) = extract(text, rules, segmenter.words(text).boundaries, Context())
    assert plain.value == {"kind": "date", "value": "XXXX-02-25"}
    (anchored,) = extract(text, rules, segmenter.words(text).boundaries, Context(ref_date=dt.date(2024, 6, 1)))
    assert anchored.value == {"kind": "date", "value": "2024-02-25", "inferred": True}


@pytest.mark.parametrize("text", ["2019年2月29日", "2018年13月1日", "0月5日"])
def test_impossible_dates_are_rejected(text: str, rulebook: Rulebook, segmenter: Segmenter) -> None:
    mentions = extract(text, _date_rules(rulebook), segmenter.words(text).boundaries, Context())
    assert all(m.value.get("kind") != "date" for m in mentions)
