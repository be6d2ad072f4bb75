"""Money in every everyday form (issue 17): an invented set of sentences, written before the
rules, each with every money entity it holds (span text and value); negatives hold none
(分 as minutes or points, 毛 as fur, 块 as a piece, 角 as an angle or corner).

The set passes when at least 98% of its sentences come out exactly right."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pipeline.process import Pipeline

DATA = Path(__file__).parent / "data" / "money_everyday.jsonl"
PASS_RATE = 0.98


def _cases() -> list[dict[str, Any]]:
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


def _money(pipeline: Pipeline, text: str) -> list[dict[str, Any]]:
    return [{"text": e.text, "value": e.value} for e in pipeline.extract_text(text) if e.type == "money"]


def test_the_set_is_large_and_has_negatives() -> None:
    cases = _cases()
    assert len(cases) >= 150
    assert sum(1 for case in cases if not case["money"]) >= 30


def test_everyday_money_forms(pipeline: Pipeline) -> None:
    cases = _cases()
    failures = [
        f"{case['text']}: expected {case['money']}, got {got}"
        for case in cases
        if (got := _money(pipeline, case["text"])) != case["money"]
    ]
    passed = 1 - len(failures) / len(cases)
    assert passed >= PASS_RATE, f"{passed:.1%} of {len(cases)} right; failures:\n" + "\n".join(failures)


@pytest.mark.parametrize("case", [c for c in _cases() if not c["money"]], ids=lambda c: c["text"])
def test_negatives_hold_no_money(case: dict[str, Any], pipeline: Pipeline) -> None:
    assert _money(pipeline, case["text"]) == []
