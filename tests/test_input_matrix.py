"""Messy inputs, as a batch sees them: every file comes out exactly once, as entities or a clear error.

Each case builds its files in a temporary folder, runs the batch over it and checks the output
file line by line: valid UTF-8, valid JSON, one line per document, offsets that hold.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import json
import os
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline import batch
from pipeline.cli import main
from pipeline.decode import decode
from pipeline.rulebook import Rulebook

from .test_contract import check_invariants

ARTICLE = "新华社北京3月5日电 国务院办公厅今年投入资金1.23亿元，覆盖甘肃省礼县。\n版权所有 未经授权禁止转载\n"
MONEY = 123000000


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\0" * 16)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("article.txt", ARTICLE * 20)
    return buffer.getvalue()


def _bad_utf8() -> bytes:
    data = (ARTICLE * 5).encode("utf-8")
    return data[:100] + b"\xff\xfe" + data[100:]


HTML = (
    "<!DOCTYPE html>\n<html><head><meta charset='utf-8'><title>资金到位</title>"
    "<style>p {{ color: red }}</style><script>var s = '<p>投入9亿元</p>';</script></head>\n"
    "<body><div class='nav'><a href='/'>首页</a></div>"
    "<p>国务院办公厅今年<b>投入</b>资金<span>1.23亿元</span>&nbsp;，覆盖甘肃省礼县。</p>"
    "<!-- 投入8亿元 --><p>{second}</p></body></html>"
)


# name -> bytes of one file, and what its line must say: an error code, or the encoding it was read in.
FILES: dict[str, tuple[Callable[[], bytes], str]] = {
    "empty": (lambda: b"", "error:empty"),
    "whitespace only": (lambda: " \n\t\u3000\r\n".encode(), "error:empty"),
    "png image": (_png, "error:binary"),
    "zip archive": (_zip, "error:binary"),
    "invalid utf-8 in the middle": (_bad_utf8, "error:invalid-utf8"),
    "gb18030": (lambda: ARTICLE.encode("gb18030"), "gb18030"),
    "big5": (lambda: "中央社記者台北12日電 行政院今年投入資金1.23億元。".encode("big5"), "big5"),
    "utf-16le with bom": (lambda: codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"), "utf-16"),
    "utf-16be with bom": (lambda: codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), "utf-16"),
    "utf-8 with bom": (lambda: codecs.BOM_UTF8 + ARTICLE.encode(), "utf-8-sig"),
    "crlf line ends": (lambda: ARTICLE.replace("\n", "\r\n").encode(), "utf-8"),
    "lone cr line ends": (lambda: ARTICLE.replace("\n", "\r").encode(), "utf-8"),
    "nul bytes": (lambda: ("\0" + ARTICLE + "\0").encode(), "utf-8"),
    "html saved as text": (lambda: HTML.format(second="第二段：再投入1.23亿元。").encode(), "utf-8"),
    "a 120,000-character line": (lambda: ("今年投入资金1.23亿元，" * 10_000).encode(), "utf-8"),
}


def run_batch(inputs: list[Path], out: Path, rulebook: Rulebook, **options) -> list[dict]:
    """Run the batch and read its output strictly: UTF-8, one JSON document per line."""
    batch.run([str(p) for p in inputs], out, rulebook, **options)
    data = out.read_bytes()
    assert data.endswith(b"\n")
    lines = data.decode("utf-8").split("\n")[:-1]
    records = [json.loads(line) for line in lines]
    assert len({r["doc_id"] for r in records}) == len(records), "a doc_id appears twice"
    return records


@pytest.mark.parametrize("name", FILES)
def test_each_kind_of_file(name: str, tmp_path: Path, rulebook: Rulebook) -> None:
    make, expected = FILES[name]
    data = make()
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "doc.txt").write_bytes(data)
    (record,) = run_batch([folder], tmp_path / "out.jsonl", rulebook)
    if expected.startswith("error:"):
        assert [e["code"] for e in record["errors"]] == [expected.removeprefix("error:")]
        assert record["errors"][0]["message"]
        assert record["entities"] == []
        return
    assert record["errors"] == []
    assert record["encoding"] == expected
    text = decode(data).text
    check_invariants(record, text)
    money = [e for e in record["entities"] if e["type"] == "money"]
    assert money and all(e["value"]["amount"] == MONEY for e in money)
    if name == "html saved as text":  # nothing from tags, scripts, styles or comments
        assert [e["text"] for e in money] == ["1.23亿元", "1.23亿元"]
        assert all("<" not in e["text"] and ">" not in e["text"] for e in record["entities"])
    if name == "a 120,000-character line":
        assert len(money) == 10_000, "a mention was cut where the long line was split"


def test_line_ends_do_not_change_what_is_found(tmp_path: Path, rulebook: Rulebook) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, ending in (("lf", "\n"), ("crlf", "\r\n"), ("cr", "\r")):
        (folder / f"{name}.txt").write_bytes(ARTICLE.replace("\n", ending).encode())
    records = run_batch([folder], tmp_path / "out.jsonl", rulebook)
    found = {r["doc_id"]: [(e["type"], e["text"], e["value"]) for e in r["entities"]] for r in records}
    assert found["crlf"] == found["cr"] == found["lf"]
    footers = {r["doc_id"]: [b["rule"] for b in r["boilerplate"]] for r in records}
    assert footers["crlf"] == footers["cr"] == footers["lf"] != []


def test_odd_entries_in_a_folder(tmp_path: Path, rulebook: Rulebook) -> None:
    folder = tmp_path / "in"
    (folder / "目录 一" / "folder.txt").mkdir(parents=True)
    (folder / "目录 一" / "folder.txt" / "inside.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "目录 一" / "北京 报道.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    (folder / "loop1.txt").symlink_to(folder / "loop2.txt")
    (folder / "loop2.txt").symlink_to(folder / "loop1.txt")
    (folder / "parent").symlink_to(folder, target_is_directory=True)  # a folder loop: not followed
    os.mkfifo(folder / "fifo.txt")  # reading it would block forever
    records = run_batch([folder], tmp_path / "out.jsonl", rulebook)
    codes = {r["doc_id"]: [e["code"] for e in r["errors"]] for r in records}
    assert codes == {
        "dangling": ["unreadable"],
        "fifo": ["not-a-file"],
        "loop1": ["unreadable"],
        "loop2": ["unreadable"],
        "目录 一/folder.txt/inside": [],
        "目录 一/北京 报道": [],
    }


def test_unreadable_file(tmp_path: Path, rulebook: Rulebook, monkeypatch: pytest.MonkeyPatch) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(ARTICLE, encoding="utf-8")
    secret.chmod(0)
    if os.access(secret, os.R_OK):  # root reads it anyway: make the read fail as it would for a user
        real = Path.read_bytes

        def refuse(path: Path) -> bytes:
            if path == secret:
                raise PermissionError(13, "Permission denied", str(path))
            return real(path)

        monkeypatch.setattr(Path, "read_bytes", refuse)
    (record,) = run_batch([secret], tmp_path / "out.jsonl", rulebook)
    assert record["errors"][0]["code"] == "unreadable"
    assert "Permission denied" in record["errors"][0]["message"]


def test_same_file_name_in_two_folders(tmp_path: Path, rulebook: Rulebook) -> None:
    for folder in ("a", "b"):
        (tmp_path / "in" / folder).mkdir(parents=True)
        (tmp_path / "in" / folder / "same.txt").write_text(ARTICLE + folder, encoding="utf-8")
    under_one_root = run_batch([tmp_path / "in"], tmp_path / "one.jsonl", rulebook)
    assert [r["doc_id"] for r in under_one_root] == ["a/same", "b/same"]
    as_two_inputs = run_batch([tmp_path / "in" / "a", tmp_path / "in" / "b"], tmp_path / "two.jsonl", rulebook)
    assert [r["doc_id"] for r in as_two_inputs] == ["same", "same~2"]


def test_ten_thousand_tiny_files(tmp_path: Path, rulebook: Rulebook) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(10_000):
        (folder / f"{i:05d}.txt").write_text(f"第{i}号：投入{i + 1}万元。", encoding="utf-8")
    records = run_batch([folder], tmp_path / "out.jsonl", rulebook, jobs=2)
    assert [r["doc_id"] for r in records] == [f"{i:05d}" for i in range(10_000)]
    amounts = [[e["value"].get("amount") for e in r["entities"] if e["type"] == "money"] for r in records]
    assert amounts == [[(i + 1) * 10_000] for i in range(10_000)]


def test_jsonl_text_that_could_break_lines(tmp_path: Path, rulebook: Rulebook) -> None:
    """Line and paragraph separators, NEL, NUL and a lone surrogate stay inside their one line."""
    odd = "投入1.23亿元\u2028第二段\u2029第三段\x85\0结束\ud800。"
    lines = [json.dumps({"id": "odd", "text": odd}), json.dumps({"id": "plain", "text": ARTICLE})]
    source = tmp_path / "input.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    records = run_batch([source], tmp_path / "out.jsonl", rulebook)
    assert [r["doc_id"] for r in records] == ["odd", "plain"]
    assert records[0]["errors"] == [] and records[0]["length"] == len(odd)
    check_invariants(records[0], odd)
    assert [e["value"]["amount"] for e in records[0]["entities"] if e["type"] == "money"] == [MONEY]
    assert len((tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()) == 2


def test_resume_replaces_a_changed_document(tmp_path: Path, rulebook: Rulebook) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a", "b", "c"):
        (folder / f"{name}.txt").write_text(ARTICLE + name, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run_batch([folder], out, rulebook)
    changed = ARTICLE.replace("1.23亿元", "2亿元")
    (folder / "b.txt").write_text(changed, encoding="utf-8")
    (folder / "bb.txt").write_text(ARTICLE + "bb", encoding="utf-8")  # new, and sorted between old ones
    records = run_batch([folder], out, rulebook, resume=True)
    assert [r["doc_id"] for r in records] == ["a", "b", "bb", "c"]
    assert records[1]["sha256"] == hashlib.sha256(changed.encode()).hexdigest()
    assert [e["value"]["amount"] for e in records[1]["entities"] if e["type"] == "money"] == [200000000]


def _cli(*args: str):
    return CliRunner().invoke(main, ["run", *args, "--jobs", "1"], catch_exceptions=False)


# case -> (arguments, output), run in a folder holding in/x.txt, in/sub/done.jsonl and link.txt -> in/x.txt
OUTPUT_IS_INPUT = {
    "the input file": (["in/x.txt"], "in/x.txt"),
    "a link to the input file": (["in/x.txt"], "link.txt"),
    "a new file in the input folder that matches --glob": (["in"], "in/out.txt"),
    "a file deep in the input folder, --glob '*'": (["in", "--glob", "*"], "in/sub/done.jsonl"),
}


@pytest.mark.parametrize("case", OUTPUT_IS_INPUT)
@pytest.mark.parametrize("mode", ["--force", "--resume"])
def test_output_that_is_an_input_is_refused(
    case: str, mode: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "x.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "in" / "sub" / "done.jsonl").write_text("", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "in" / "x.txt")
    monkeypatch.chdir(tmp_path)
    arguments, out = OUTPUT_IS_INPUT[case]
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    result = _cli(*arguments, "-o", out, mode)
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("Error: ")
    assert "write the output somewhere else" in result.stderr
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before, "a file was touched"


def test_output_beside_the_inputs_that_glob_skips_is_fine(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "x.txt").write_text(ARTICLE, encoding="utf-8")
    assert _cli(str(folder), "-o", str(folder / "out.jsonl")).exit_code == 0
    assert _cli(str(folder), "-o", str(folder / "out.jsonl"), "--resume").exit_code == 0
    assert [json.loads(line)["doc_id"] for line in (folder / "out.jsonl").read_text(encoding="utf-8").splitlines()] == [
        "x"
    ]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
def test_a_full_disk_is_one_clear_line(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text(ARTICLE, encoding="utf-8")
    result = _cli(str(tmp_path / "x.txt"), "-o", "/dev/full", "--force")
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("Error: ")
    assert "/dev/full" in result.stderr and "0 documents" in result.stderr and "--resume" in result.stderr
