"""Every inline example and negative in rules/ is its own test case (`date.ymd::example-2`)."""

from __future__ import annotations

import pytest

from pipeline.rulebook import load_rulebook
from pipeline.rulecheck import Case, cases, run_case
from pipeline.segment import Segmenter

CASES = list(cases(load_rulebook()))


def test_every_rule_has_examples() -> None:
    rules = load_rulebook().rules
    assert rules
    assert all(rule.examples for rule in rules)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_rule_case(case: Case, segmenter: Segmenter) -> None:
    problem = run_case(case, segmenter)
    assert problem is None, f"{case.rule.origin}: {problem}"
