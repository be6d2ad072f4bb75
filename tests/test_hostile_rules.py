"""User rules that are slow, huge or malicious: refused at load, or stopped with their id named."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from pipeline import batch
from pipeline.gazetteer import MAX_ROWS
from pipeline.rulebook import MAX_PATTERN, load_rulebook

from .conftest import rule_errors, write_rules

# Nested alternatives that can each take one or two characters: exponential on a long run of `a`
# that fails at the end. The examples are short enough to pass the load check.
SLOW_RULE = """type: quantity
rules:
  - id: user.backtracks
    pattern: '(?:a|aa)+!X'
    value: quantity
    examples: [aa!X]
"""


def test_catastrophic_pattern_costs_one_document_and_names_the_rule(tmp_path: Path) -> None:
    rules = load_rulebook([write_rules(tmp_path, {"slow.yaml": SLOW_RULE})])
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "1-trap.txt").write_text("今年投入资金1.23亿元。" + "a" * 60 + "!", encoding="utf-8")
    (folder / "2-fine.txt").write_text("今年投入资金1.23亿元。", encoding="utf-8")
    started = time.monotonic()
    batch.run([str(folder)], tmp_path / "out.jsonl", rules)
    assert time.monotonic() - started < 30
    trap, fine = map(json.loads, (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines())
    assert [e["code"] for e in trap["errors"]] == ["rule-timeout"]
    assert "rule 'user.backtracks'" in trap["errors"][0]["message"]
    assert "slow.yaml:3" in trap["errors"][0]["message"]
    assert fine["errors"] == [] and fine["entities"]


def test_pattern_too_slow_on_its_own_examples_is_refused(tmp_path: Path) -> None:
    folder = write_rules(tmp_path, {"slow.yaml": SLOW_RULE.replace("[aa!X]", "[" + "a" * 60 + "!]")})
    (error,) = rule_errors(folder)
    assert error.startswith("USER/slow.yaml:3: rule 'user.backtracks': the pattern takes over 1 s")


@pytest.mark.parametrize(
    "tagged",
    [
        "!!python/object/apply:os.system ['touch HACKED']",
        "!!python/object/new:subprocess.Popen [['touch', 'HACKED']]",
        "!!python/name:os.system",
        "!!python/module:os",
    ],
)
def test_yaml_tags_that_build_objects_are_refused(tmp_path: Path, monkeypatch, tagged: str) -> None:
    monkeypatch.chdir(tmp_path)
    folder = write_rules(tmp_path, {"date.yaml": f"type: date\nrules:\n  - id: {tagged}\n"})
    errors = rule_errors(folder)
    assert not (tmp_path / "HACKED").exists()
    assert errors and all("date.yaml:3: invalid YAML" in e for e in errors)


def test_yaml_aliases_are_refused(tmp_path: Path) -> None:
    bomb = "a: &a ['x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x']\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(9)
    )
    (error,) = rule_errors(write_rules(tmp_path, {"date.yaml": bomb}))
    assert error.startswith("USER/date.yaml:2: invalid YAML: aliases (*name) are not allowed")


def test_a_megabyte_pattern_is_refused_before_it_is_compiled(tmp_path: Path) -> None:
    words = "|".join(f"词{i:06d}" for i in range(120_000))
    rule = f"type: organization\nrules:\n  - id: user.huge\n    pattern: '(?:{words})公司'\n"
    rule += "    value: company\n    examples: [词000001公司]\n"
    started = time.monotonic()
    (error,) = rule_errors(write_rules(tmp_path, {"organization.yaml": rule}))
    assert time.monotonic() - started < 20
    assert f"the limit is {MAX_PATTERN:,}" in error and "rule 'user.huge'" in error


def test_a_large_gazetteer_loads_and_a_larger_one_is_refused(tmp_path: Path) -> None:
    header = "surface\tname\tlevel\tparent\n"
    rows = "".join(f"测试区{i:05d}\t测试区{i:05d}\tregion\t\n" for i in range(20_000))
    rulebook = load_rulebook([write_rules(tmp_path, {"places/names.tsv": header + rows})])
    assert rulebook.places.entries["测试区01234"][0].level == "region"

    too_many = "".join(f"测试区{i:07d}\t测试区{i:07d}\tregion\t\n" for i in range(MAX_ROWS))
    (tmp_path / "user" / "places" / "names.tsv").write_text(header + too_many, encoding="utf-8")
    started = time.monotonic()
    (error,) = rule_errors(tmp_path / "user")
    assert time.monotonic() - started < 20
    assert error.startswith("USER/places/names.tsv:1:") and f"over {MAX_ROWS:,} rows" in error


def test_bad_gazetteer_rows_are_named_by_line(tmp_path: Path) -> None:
    body = "surface\tname\tlevel\tparent\n# a comment\n好地方\t好地方\tplanet\t\n只有两列\t只有两列\n"
    errors = rule_errors(write_rules(tmp_path, {"places/names.tsv": body}))
    assert errors == [
        "USER/places/names.tsv:3: unknown level 'planet' (known: country, province, city, county, town, "
        "village, region, feature)",
        "USER/places/names.tsv:4: expected 4 tab-separated cells, got '只有两列\\t只有两列'",
    ]
