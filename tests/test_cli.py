"""The `zh-extract` command, through its real entry point."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main

ARTICLE_A = "2024年03月18日\n国务院扶贫办2020年3月5日宣布，甘肃省礼县脱贫。\n版权所有 未经授权禁止转载"
ARTICLE_B = "（中央社記者王明台北12日電）行政院113年5月12日通過預算。（編輯：張三）1130512"


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (folder / "sub" / "b.txt").write_bytes(ARTICLE_B.encode("big5"))
    (folder / "c.txt").write_bytes(bytes([0x81, 0x30, 0xFF, 0xFF]))
    (folder / "d.txt").write_bytes(b"")
    (folder / "skip.md").write_text("不是文章", encoding="utf-8")
    return folder


def invoke(*args: str, input: bytes | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_run_folder_keeps_going_past_broken_files(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = invoke("run", str(inputs), "-o", str(out), "--jobs", "1")
    assert result.exit_code == 0, result.output
    records = read(out)
    assert [r["doc_id"] for r in records] == ["a", "c", "d", "sub/b"]
    by_id = {r["doc_id"]: r for r in records}
    assert by_id["sub/b"]["encoding"] == "big5" and by_id["sub/b"]["script"] == "traditional"
    assert by_id["c"]["errors"][0]["code"] == "undecodable"
    assert by_id["d"]["errors"][0]["code"] == "empty"
    assert by_id["a"]["meta"] == {"published": "2024-03-18"}
    assert "4 documents" in result.stderr and "2 with errors" in result.stderr


def test_default_output_and_no_silent_overwrite(inputs: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert invoke("run", str(inputs), "--jobs", "1").exit_code == 0
    out = tmp_path / "output" / "articles.jsonl"
    assert len(read(out)) == 4
    again = invoke("run", str(inputs), "--jobs", "1")
    assert again.exit_code == 1
    assert "exists: use --force" in again.stderr
    assert invoke("run", str(inputs), "--jobs", "1", "--force").exit_code == 0
    assert len(read(out)) == 4


def test_resume_skips_done_documents_and_drops_a_torn_line(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    invoke("run", str(inputs), "-o", str(out), "--jobs", "1")
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text(lines[0] + lines[1][:40], encoding="utf-8")  # interrupted mid-line
    result = invoke("run", str(inputs), "-o", str(out), "--resume", "--jobs", "1")
    assert result.exit_code == 0
    assert "1 already done" in result.stderr
    assert [r["doc_id"] for r in read(out)] == ["a", "c", "d", "sub/b"]


def test_jobs_do_not_change_the_output(inputs: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    invoke("run", str(inputs), "-o", str(one), "--jobs", "1")
    invoke("run", str(inputs), "-o", str(two), "--jobs", "2")
    assert one.read_bytes() == two.read_bytes()


def test_jsonl_and_stdin_inputs(tmp_path: Path) -> None:
    jsonl = tmp_path / "batch.jsonl"
    jsonl.write_text(
        json.dumps({"id": "x1", "text": "2018年至2020年"}, ensure_ascii=False) + "\nnot json\n", encoding="utf-8"
    )
    out = tmp_path / "out.jsonl"
    assert invoke("run", str(jsonl), "-o", str(out), "--jobs", "1").exit_code == 0
    first, broken = read(out)
    assert first["doc_id"] == "x1" and first["entities"][0]["value"] == {
        "kind": "range",
        "start": "2018",
        "end": "2020",
    }
    assert broken["errors"][0]["code"] == "bad-jsonl-line"

    out2 = tmp_path / "stdin.jsonl"
    result = invoke("run", "-", "-o", str(out2), input="2020年3月".encode())
    assert result.exit_code == 0
    (record,) = read(out2)
    assert record["doc_id"] == "stdin" and record["entities"][0]["text"] == "2020年3月"


def test_bad_rules_stop_the_run_before_it_starts(inputs: Path, tmp_path: Path) -> None:
    rules = tmp_path / "myrules"
    rules.mkdir()
    (rules / "date.yaml").write_text(
        "type: date\nrules:\n  - {id: date.x, patern: '1', value: point, examples: ['1']}\n"
        "  - {id: date.y, pattern: '(', value: point, examples: ['(']}\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    result = invoke("run", str(inputs), "-o", str(out), "--rules", str(rules))
    assert result.exit_code == 2
    assert "date.yaml:3: rule 'date.x': unknown key 'patern' (did you mean 'pattern'?)" in result.stderr
    assert "date.yaml:4: rule 'date.y': bad regex" in result.stderr
    assert not out.exists()


def test_ref_date_fills_missing_years(tmp_path: Path) -> None:
    text = tmp_path / "t.txt"
    text.write_text("2月25日召开会议", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    invoke("run", str(text), "-o", str(out), "--ref-date", "2024-06-01")
    (record,) = read(out)
    assert record["entities"][0]["value"] == {"kind": "date", "value": "2024-02-25", "inferred": True}


def test_eval_scores_an_output(tmp_path: Path) -> None:
    article = tmp_path / "g.txt"
    article.write_text("2018年至2020年，2021年3月", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    invoke("run", str(article), "-o", str(out))
    (record,) = read(out)
    gold = tmp_path / "gold.jsonl"
    gold_entities = [
        {
            "type": "date",
            "start": 0,
            "end": 11,
            "text": "2018年至2020年",
            "value": {"kind": "range", "start": "2018", "end": "2020"},
        },
        {"type": "date", "start": 12, "end": 17, "text": "2021年", "value": {"kind": "year", "value": "2021"}},
    ]
    gold.write_text(
        json.dumps(
            {"doc_id": "g", "sha256": record["sha256"], "body": record["body"], "entities": gold_entities},
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    result = invoke("eval", str(out), "--gold", str(gold), "--json")
    scores = json.loads(result.stdout)["types"]["date"]
    assert scores["strict"] == {"tp": 1, "fp": 1, "fn": 1, "precision": 0.5, "recall": 0.5, "f1": 0.5}
    assert scores["lenient"]["tp"] == 2 and scores["value_accuracy"] == 1.0
    assert "body end exact: 1/1" in invoke("eval", str(out), "--gold", str(gold)).stdout


def test_rules_check(tmp_path: Path) -> None:
    result = invoke("rules", "check")
    assert result.exit_code == 0 and " 0 failed" in result.stdout
    (tmp_path / "date.yaml").write_text(
        "type: date\nrules:\n  - id: date.wrong\n    pattern: '(?P<year>{year4})年'\n    value: point\n"
        "    examples: [{text: '2020年', value: {kind: year, value: '2021'}}]\n",
        encoding="utf-8",
    )
    result = invoke("rules", "check", str(tmp_path))
    assert result.exit_code == 1
    assert "date.wrong::example-1: '2020年': value" in result.stderr


def test_module_entry_point() -> None:
    result = subprocess.run([sys.executable, "-m", "pipeline", "--help"], capture_output=True, text=True, check=True)
    assert "run" in result.stdout and "eval" in result.stdout
