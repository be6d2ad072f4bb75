"""`explain` and `diff`: the tools for checking what the rules do."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from pipeline.cli import main

from .conftest import CORPUS


def invoke(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_explain_prints_span_value_norm_and_rule() -> None:
    result = invoke("explain", "總投資1.23億元，2018年至2020年")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == [
        "money", "3-9", "1.23億元", "norm=1.23亿元", '{"amount":', "123000000,", '"currency":', '"CNY"}',
        "rule=money.number-currency",
    ]  # fmt: skip
    assert "rule=date.year-range" in lines[1] and "2018年至2020年" in lines[1]
    assert lines[2:] == ["locale: CNY (no evidence)"]  # Traditional alone names no place


def test_explain_trace_shows_what_lost_and_why() -> None:
    result = invoke("explain", "赔偿李四人民币50元，2018年至2020年", "--trace")
    trace = result.stdout.split("did not become entities\n", 1)[1]
    assert "四人民币  rule=money.number-currency: cuts through a word" in trace
    assert "2018年  rule=date.year: lost an overlap to date.year-range (longer)" in trace


def test_diff_of_a_disabled_rule_reports_exactly_its_entities(tmp_path: Path) -> None:
    old, new, same = tmp_path / "old.jsonl", tmp_path / "new.jsonl", tmp_path / "same.jsonl"
    layer = tmp_path / "rules"
    layer.mkdir()
    (layer / "quantity.yaml").write_text("type: quantity\ndisable: [quantity.measure-word]\n", encoding="utf-8")
    invoke("run", str(CORPUS), "-o", str(old), "--jobs", "1")
    invoke("run", str(CORPUS), "-o", str(same), "--jobs", "1")
    invoke("run", str(CORPUS), "-o", str(new), "--jobs", "1", "--rules", str(layer))
    expected = sum(
        e["rule"] == "quantity.measure-word"
        for line in old.read_text(encoding="utf-8").splitlines()
        for e in json.loads(line)["entities"]
    )
    assert expected > 0
    result = invoke("diff", str(old), str(new))
    assert result.exit_code == 1
    assert result.stdout.splitlines()[:4] == [
        f"{expected} entity change(s), 0 document note(s)",
        f"by change: removed {expected}",
        f"by type: quantity {expected}",
        f"by rule: quantity.measure-word {expected}",
    ]
    unchanged = invoke("diff", str(old), str(same))
    assert (unchanged.exit_code, unchanged.stdout.strip()) == (0, "no changes")
