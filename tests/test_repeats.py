"""Organizations named again: whole, by a short form after the full name, or by a head."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.process import PIECE, Pipeline
from pipeline.repeats import ANYWHERE, Form, Repeats

from .conftest import rule_errors, write_rules

# (text, [(surface, value)] of the repeats found, in order)
CASES = [
    # A whole name comes back anywhere, before its first finding too.
    ("Tether持有黄金。稳定币公司Tether表示，Tether还将买入", [("Tether", {"name": "Tether", "kind": "company"})] * 2),
    # Dropping the company word: only after the full name.
    ("明发表示。与明发集团合作。明发表示", [("明发", {"name": "明发", "kind": "company", "canonical": "明发集团"})]),
    # A trade word may go too (禹洲地产 -> 禹洲); only the longest company word goes.
    (
        "禹洲地产成立于1994年。现时，禹洲已将开发领域拓展",
        [("禹洲", {"name": "禹洲", "kind": "company", "canonical": "禹洲地产"})],
    ),
    # Where a rule finds the name itself, that rule's mention stands.
    ("央行行长表示，央行将", []),
    (
        "国家市场监督管理总局发布通知，总局要求",
        [("总局", {"name": "总局", "kind": "government", "canonical": "国家市场监督管理总局"})],
    ),
    # What is left must be a name: not a place (广州 of 广州银行 is no drop), not an everyday word.
    ("上市公司表示，上市是大事", []),
    ("中卫市政府表示，中卫市将", []),
    # A head alone, with no name ending in it before, is nobody.
    ("总局要求国家市场监督管理总局", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_repeats(pipeline: Pipeline, text: str, expected: list[tuple[str, dict[str, str]]]) -> None:
    found = [(e.text, e.value) for e in pipeline.extract_text(text) if e.rule == "organization.repeat"]
    assert found == expected


def test_a_later_piece_names_an_earlier_pieces_organization(pipeline: Pipeline) -> None:
    filler = "这是一句没有名字的话。" * (PIECE // 10)
    text = "与明发集团合作。" + filler + "明发表示"
    found = [(e.text, e.start) for e in pipeline.extract_text(text) if e.type == "organization"]
    assert found == [("明发集团", 1), ("明发", len(text) - 4)]


def test_shifted_moves_where_a_short_form_may_stand() -> None:
    repeats = Repeats({"明发": Form({"name": "明发", "kind": "company"}, since=10, found_at=frozenset({3}))})
    assert repeats.scan("明发" * 8) == [(10, 12, ["明发"]), (12, 14, ["明发"]), (14, 16, ["明发"])]
    assert repeats.shifted(10).scan("明发明发") == [(0, 2, ["明发"]), (2, 4, ["明发"])]
    assert Repeats({"IBM": Form({}, ANYWHERE, frozenset({0}))}).scan("IBM和IBM") == [(4, 7, ["IBM"])]


def test_only_organization_rules_find_repeats(tmp_path: Path) -> None:
    rule = "  - {id: date.again, gazetteer: repeats, value: point, examples: ['2020年']}"
    errors = rule_errors(write_rules(tmp_path, {"date.yaml": "type: date\nrules:\n" + rule + "\n"}))
    assert errors == ["USER/date.yaml:3: rule 'date.again': only organization rules take 'gazetteer: repeats'"]
