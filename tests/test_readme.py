"""The README is the front door: its rule example must work and every command must be in it."""

from __future__ import annotations

import shlex
from pathlib import Path

from click.testing import CliRunner

from pipeline.cli import main

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_rule_example_passes_rules_check(tmp_path: Path) -> None:
    block = README.split("# myrules/date.yaml\n", 1)[1].split("```", 1)[0]
    (tmp_path / "date.yaml").write_text(block, encoding="utf-8")
    result = CliRunner().invoke(main, ["rules", "check", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert " 0 failed" in result.stdout


def test_every_command_is_documented() -> None:
    commands = [name for name in main.commands if name != "rules"] + ["rules check"]
    for command in commands:
        assert f"zh-extract {command}" in README, command


def test_quickstart_commands_exist() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "make run" in README and "make test" in README
    assert "\nrun:" in makefile and "\ntest:" in makefile


def test_worked_example_rules_pass_rules_check(tmp_path: Path) -> None:
    block = README.split("cat > myrules/boilerplate.yaml <<'YAML'\n", 1)[1].split("\nYAML", 1)[0]
    (tmp_path / "boilerplate.yaml").write_text(block + "\n", encoding="utf-8")
    (tmp_path / "currencies.tsv").write_text("word\tcode\n迪拉姆\tAED\n", encoding="utf-8")
    (tmp_path / "organizations.tsv").write_text(
        "name\tcanonical\tkind\n深投控\t深圳市投资控股有限公司\tcompany\n", encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["rules", "check", str(tmp_path)])
    assert result.exit_code == 0, result.output
    explained = CliRunner().invoke(main, ["explain", "以3.5亿迪拉姆收购，深投控参与", "--rules", str(tmp_path)])
    assert '"currency": "AED"' in explained.stdout
    assert '"canonical": "深圳市投资控股有限公司"' in explained.stdout


def test_spark_submit_example_parses() -> None:
    from pipeline import spark

    line = next(line for line in README.splitlines() if line.startswith("$ ") and "spark-submit" in line)
    words = shlex.split(line[2:])
    args = spark.parser().parse_args(words[words.index("pipeline/spark.py") + 1 :])
    assert (args.input, args.output, args.rules) == ("corpus", "output/spark", ["myrules"])
    api = README.split("```python\n", 1)[1].split("```", 1)[0]
    assert all(hasattr(spark, name) for name in ("extract_files", "extract_texts")) and "import extract_files" in api
