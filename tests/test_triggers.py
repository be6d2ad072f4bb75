"""Trigger words: windowed matching finds exactly what a whole-text scan finds, and a bad
trigger is refused with its file, rule and problem."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.decode import decode
from pipeline.extractors import Context
from pipeline.matching import finditer, rule_matches
from pipeline.normalize import normalize
from pipeline.rulebook import Rule, RulebookError, load_rulebook
from pipeline.rulecheck import Case, run_case
from pipeline.segment import Segmenter
from pipeline.triggers import Trigger, literal_words
from tests.conftest import CORPUS, needs_shared, rule_errors, shared_articles, write_rules

RULEBOOK = load_rulebook()
TRIGGERED = [rule for rule in RULEBOOK.rules if rule.trigger is not None]


def _matches(rule: Rule, text: str, *, windowed: bool) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    found = rule_matches(rule, text) if windowed else finditer(rule, text, overlapped=True)
    return [(m.span(), m.groupdict()) for m in found]


def _assert_same(text: str) -> None:
    for rule in TRIGGERED:
        assert _matches(rule, text, windowed=True) == _matches(rule, text, windowed=False), rule.id


def test_the_costly_rules_have_triggers() -> None:
    assert {r.id for r in TRIGGERED} >= {
        "money.number-currency",
        "quantity.unit",
        "quantity.measure-word",
        "date.quarter",
        "date.season",
        "date.duration",
        "place.settlement",
        "organization.town-body",
    }


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.stem)
def test_windows_find_what_a_full_scan_finds_in_our_corpus(path: Path) -> None:
    _assert_same(normalize(decode(path.read_bytes()).text).text)


@needs_shared
@pytest.mark.parametrize("path", shared_articles(), ids=lambda p: p.stem)
def test_windows_find_what_a_full_scan_finds_in_shared_articles(path: Path) -> None:
    _assert_same(normalize(decode(path.read_bytes()).text).text)


# Numbers, hedges, currency words, units, measure words, years and quarters, durations, towns
# and villages, glued in any order.
PIECES = [
    *"0123456789一二三四两十百千万亿.,，-至到~第约近超多余 \n年月季度QqH春夏秋冬天整镇乡村",
    "1.23亿", "3,500", "不超过", "左右", "以上", "人民币", "元", "美元", "港元", "块钱", "US$",
    "%", "个百分点", "平方米", "吨", "亩", "家", "个", "名", "次", "人次", "2024年", "去年",
    "民国108年", "第三季度", "一季度末", "Q3", "秋季", "李四", "赔偿", "个月", "小时", "个小时",
    "常乐", "上游", "瓯北", "政府", "人民政府", "党委",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_windows_find_what_a_full_scan_finds_in_generated_text(text: str) -> None:
    _assert_same(text)


def test_literal_words_expand_groups_and_escapes() -> None:
    assert literal_words(r"(?:春|夏)(?:季|天)|US\$") == {"春季", "春天", "夏季", "夏天", "US$"}


@pytest.mark.parametrize(
    ("pattern", "problem"),
    [
        ("[0-9]元", "not a regex: found '['"),
        ("元|", "an empty trigger word would match everywhere"),
        ("(?:元", "missing ')'"),
        ("元)", "unbalanced ')' at position 1"),
        (r"\d元", "not a regex: found '\\\\'"),
    ],
)
def test_literal_words_refuse_regex(pattern: str, problem: str) -> None:
    with pytest.raises(ValueError) as caught:
        literal_words(pattern)
    assert problem in str(caught.value)


@pytest.mark.parametrize(
    ("trigger", "message"),
    [
        ("'元'", "'trigger' must be a mapping with 'words' (a string), got '元'"),
        (
            "{words: '{number}元'}",
            "trigger: a trigger is literal words separated by | (word-list fragments such as {currencies} "
            "included), not a regex: found '('",
        ),
        ("{words: '{currencie}'}", "trigger: unknown fragment '{currencie}' (did you mean '{currencies}'?)"),
        ("{words: 元, before: -1}", "trigger: 'before' must be a whole number of characters, got -1"),
        ("{words: 元, befor: 3}", "trigger: unknown key 'befor' (did you mean 'before'?)"),
        ("{words: 元, needs: '[0-9'}", "trigger: 'needs' is no regex: unterminated character set at position 4"),
        ("{words: 元, needs: '(a+)+'}", "trigger: 'needs' must be one character class such as '[0-9]', got '(a+)+'"),
    ],
)
def test_bad_trigger_names_file_rule_and_problem(tmp_path: Path, trigger: str, message: str) -> None:
    rule = f"  - {{id: money.trig, pattern: '[0-9]+元', trigger: {trigger}, value: money, examples: ['5元']}}"
    folder = write_rules(tmp_path, {"money.yaml": f"type: money\nrules:\n{rule}\n"})
    assert rule_errors(folder) == [f"USER/money.yaml:3: rule 'money.trig': {message}"]


def test_needs_skips_words_without_such_a_character_near_them() -> None:
    trigger = Trigger.build(frozenset({"个"}), before=4, after=0, needs=regex.compile("[0-9]"))
    text = "这个问题。有3个人。"
    assert trigger.windows(text) == [(3, 8)]  # 这个 opens none


def test_a_gazetteer_rule_takes_no_trigger(tmp_path: Path) -> None:
    rule = "  - {id: place.trig, gazetteer: places, trigger: {words: 省}, value: place, examples: [广东省]}"
    folder = write_rules(tmp_path, {"place.yaml": f"type: place\nrules:\n{rule}\n"})
    with pytest.raises(RulebookError, match="only entity rules matched by their pattern alone take a 'trigger'"):
        load_rulebook([folder])


def _money_rule(tmp_path: Path, rule: str) -> tuple[Rule, Context]:
    """The rule `money.trig`, from a user folder holding it alone, and a context to check it in."""
    rulebook = load_rulebook([write_rules(tmp_path, {"money.yaml": f"type: money\nrules:\n{rule}\n"})])
    trig = next(r for r in rulebook.rules if r.id == "money.trig")
    return trig, Context(tables=rulebook.tables, places=rulebook.places)


def test_rules_check_wants_a_trigger_word_in_each_example(tmp_path: Path, segmenter: Segmenter) -> None:
    rule = (
        "  - {id: money.trig, pattern: '(?P<num>[0-9]+)(?P<cur>元)', trigger: {words: 元, before: 2}, value: money,"
        " examples: ['123元']}"
    )
    trig, context = _money_rule(tmp_path, rule)
    assert run_case(Case(trig, "x", "付12元", "12元", None), segmenter, context) is None
    problem = run_case(Case(trig, "x", "123元", "123元", None), segmenter, context)
    assert problem == "the span '123元' holds no trigger word with at most 2 character(s) before it and 0 after it"


def test_rules_check_wants_the_needed_character_in_each_example(tmp_path: Path, segmenter: Segmenter) -> None:
    rule = (
        "  - {id: money.trig, pattern: '(?P<num>[0-9一二三]+)(?P<cur>元)',"
        " trigger: {words: 元, before: 4, needs: '[0-9]'}, value: money, examples: ['12元']}"
    )
    trig, context = _money_rule(tmp_path, rule)
    assert run_case(Case(trig, "x", "付12元", "12元", None), segmenter, context) is None
    problem = run_case(Case(trig, "x", "付三元", "三元", None), segmenter, context)
    assert problem == (
        "the span '三元' holds no trigger word with at most 4 character(s) before it and 0 after it,"
        " with a character of [0-9]"
    )
