"""Every inline example and negative in rules/ is its own test case (`date.ymd::example-2`)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.extractors import Context
from pipeline.recognizer import Lexicon, Recognizer
from pipeline.rulebook import load_rulebook
from pipeline.rulecheck import Case, cases, run_case
from pipeline.segment import Segmenter

RULEBOOK = load_rulebook()
CASES = list(cases(RULEBOOK))
CONTEXT = Context(tables=RULEBOOK.tables, places=RULEBOOK.places, names=RULEBOOK.names)
RECOGNIZER = Recognizer(Lexicon.of(RULEBOOK))


def test_every_rule_has_examples() -> None:
    rules = RULEBOOK.rules
    assert rules
    assert all(rule.examples for rule in rules)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_rule_case(case: Case, segmenter: Segmenter) -> None:
    context = replace(CONTEXT, tagger=segmenter.tagged)
    problem = run_case(case, segmenter, context, RULEBOOK.entity_rules, RECOGNIZER)
    assert problem is None, f"{case.rule.origin}: {problem}"
