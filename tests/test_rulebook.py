"""The loader is strict, reports every problem at once, and layers user folders."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from pipeline.process import Pipeline
from pipeline.rulebook import load_rulebook

from .conftest import rule_errors, write_rules

GOOD_RULE = """
  - id: date.test-good
    pattern: '{year4}年'
    value: point
    examples:
      - text: 2020年
        value: {kind: year, value: '2020'}
"""


def test_builtin_rules_load(rulebook) -> None:
    ids = [r.id for r in rulebook.rules]
    assert len(ids) == len(set(ids))
    assert rulebook.for_type("boilerplate") and rulebook.for_type("date")


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        (
            "  - {id: date.typo, patern: '2020', value: point, examples: ['2020']}",
            "rule 'date.typo': unknown key 'patern' (did you mean 'pattern'?)",
        ),
        (
            "  - {id: date.bad-regex, pattern: '(2020', value: point, examples: ['2020']}",
            "rule 'date.bad-regex': bad regex: missing ) at position 5",
        ),
        (
            "  - {id: date.empty, pattern: '[0-9]*', value: point, examples: ['2020']}",
            "rule 'date.empty': the pattern matches the empty string",
        ),
        (
            "  - {id: date.frag, pattern: '{yaer4}年', value: point, examples: ['2020年']}",
            "rule 'date.frag': unknown fragment '{yaer4}' (did you mean '{year4}'?)",
        ),
        (
            "  - {id: date.no-examples, pattern: '{year4}年', value: point}",
            "rule 'date.no-examples': a rule needs at least one example",
        ),
        (
            "  - {id: date.builder, pattern: '{year4}年', value: pont, examples: ['2020年']}",
            "rule 'date.builder': unknown value builder 'pont' for type 'date' (did you mean 'point'?)",
        ),
        (
            "  - {id: date.span, pattern: '{year4}年', value: point, examples: [{text: '2020年', span: '2021年'}]}",
            "rule 'date.span': example '2020年': span '2021年' is not in the text",
        ),
        (
            "  - {pattern: '{year4}年', value: point, examples: ['2020年']}",
            "a rule needs an 'id'",
        ),
    ],
)
def test_broken_rule_is_reported_with_file_line_and_id(tmp_path: Path, rule: str, message: str) -> None:
    folder = write_rules(tmp_path, {"date.yaml": "type: date\nrules:\n" + rule + "\n"})
    errors = rule_errors(folder)
    assert f"USER/date.yaml:3: {message}" in errors
    assert all(e.startswith("USER/date.yaml:3: ") for e in errors)


def test_an_unknown_gazetteer_lists_the_known_ones(tmp_path: Path) -> None:
    rule = "  - {id: date.gaz, gazetteer: compnies, value: point, examples: ['2020年']}"
    (error,) = rule_errors(write_rules(tmp_path, {"date.yaml": "type: date\nrules:\n" + rule + "\n"}))
    prefix = (
        "USER/date.yaml:3: rule 'date.gaz': unknown gazetteer 'compnies' "
        "(known: places, repeats, model, or a word list: "
    )
    assert error.startswith(prefix)
    assert "companies" in error[len(prefix) :].split(", ")


@pytest.mark.parametrize(
    ("file", "rule"),
    [
        ("date.yaml", "  - {id: date.m, gazetteer: model, value: point, examples: ['2020年']}"),
        ("place.yaml", "  - {id: place.m, gazetteer: model, pattern: 'x', value: recognized, examples: ['x']}"),
    ],
)
def test_a_model_rule_is_an_organization_or_place_rule_without_pattern(tmp_path: Path, file: str, rule: str) -> None:
    kind = file.removesuffix(".yaml")
    errors = rule_errors(write_rules(tmp_path, {file: f"type: {kind}\nrules:\n{rule}\n"}))
    assert any("'gazetteer: model' takes no pattern, on a rule of type organization or place" in e for e in errors)


def test_all_errors_at_once(tmp_path: Path) -> None:
    folder = write_rules(
        tmp_path,
        {
            "date.yaml": textwrap.dedent(
                """\
            type: date
            rules:
              - {id: date.one, patern: x, value: point, examples: [x]}
              - {id: date.two, pattern: '(', value: point, examples: ['(']}
            """
            )
            + GOOD_RULE
            + GOOD_RULE
        },
    )
    errors = rule_errors(folder)
    assert [e.split(": ", 1)[0] for e in errors] == [
        "USER/date.yaml:3",
        "USER/date.yaml:3",
        "USER/date.yaml:4",
        "USER/date.yaml:13",
    ]
    assert "duplicate id (first at USER/date.yaml:6)" in errors[-1]


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    folder = write_rules(tmp_path, {"date.yaml": "type: date\nrules:\n  - id: [unclosed\n"})
    (error,) = rule_errors(folder)
    assert error.startswith("USER/date.yaml:4: invalid YAML")


def test_unknown_top_level_key_and_type(tmp_path: Path) -> None:
    folder = write_rules(tmp_path, {"extra.yaml": "type: money\nrulez: []\n"})
    assert rule_errors(folder) == ["USER/extra.yaml:1: unknown key 'rulez' (did you mean 'rules'?)"]
    folder = write_rules(tmp_path, {"extra.yaml": "type: weather\n"})
    assert rule_errors(folder) == ["USER/extra.yaml:1: unknown type 'weather'"]


def test_yaml_is_loaded_safely(tmp_path: Path) -> None:
    folder = write_rules(tmp_path, {"date.yaml": "type: !!python/object/apply:os.system ['true']\n"})
    (error,) = rule_errors(folder)
    assert "invalid YAML" in error


def test_dates_in_examples_stay_text(tmp_path: Path) -> None:
    folder = write_rules(
        tmp_path,
        {
            "date.yaml": textwrap.dedent(
                """\
            type: date
            rules:
              - id: date.iso-test
                pattern: '(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)'
                value: point
                examples:
                  - {text: 2018-03-05, span: 2018-03-05}
            """
            )
        },
    )
    rule = next(r for r in load_rulebook([folder]).rules if r.id == "date.iso-test")
    assert rule.examples[0].span == "2018-03-05"


def test_user_layer_adds_overrides_and_disables(tmp_path: Path) -> None:
    folder = write_rules(
        tmp_path,
        {
            "date.yaml": textwrap.dedent(
                """\
            type: date
            disable: [date.md]
            rules:
              - id: date.year
                pattern: '{year4}年度'
                value: point
                examples: [2020年度]
            """
            )
            + GOOD_RULE
        },
    )
    rules = {r.id: r for r in load_rulebook([folder]).rules}
    assert "date.md" not in rules
    assert "date.test-good" in rules
    assert rules["date.year"].pattern.endswith("年度")
    assert rules["date.year"].origin.endswith("date.yaml:4")


def test_disabling_an_unknown_rule_is_an_error(tmp_path: Path) -> None:
    folder = write_rules(tmp_path, {"date.yaml": "type: date\ndisable: [date.nope]\n"})
    assert rule_errors(folder) == ["USER/date.yaml:1: rule 'date.nope': cannot disable an unknown rule"]


def test_a_word_list_is_a_gazetteer(tmp_path: Path) -> None:
    """A user's own list of names, matched without a regex alternation; the builtin value
    builder reads the row from the table of the same format."""
    folder = write_rules(tmp_path, {"companies.tsv": "name\tcanonical\tkind\n青梧资本\t\tcompany\n"})
    rulebook = load_rulebook([folder])
    found = Pipeline(rulebook).extract_text("青梧资本宣布完成新一轮募资")
    assert [(e.text, e.value, e.rule) for e in found if e.type == "organization"] == [
        ("青梧资本", {"name": "青梧资本", "kind": "company"}, "organization.listed")
    ]
