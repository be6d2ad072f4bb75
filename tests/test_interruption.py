"""Runs stopped halfway, by Ctrl-C (SIGINT), SIGTERM, SIGKILL or a write that fails, then resumed:
every document exactly once.

Real subprocesses of the real command, so signals reach it as they would from a shell.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

# Enough that the run is still busy when the first lines (a chunk of 8 documents) appear,
# however fast the machine: the signal goes out as soon as one line is written.
DOCUMENTS = 160
ARTICLE = "国务院办公厅今年投入资金1.23亿元，覆盖甘肃省礼县等地区的2000多户农户。\n" * 30


def _whole_lines(out: Path) -> int:
    return out.read_bytes().count(b"\n") if out.exists() else 0


def _articles(folder: Path) -> Path:
    folder.mkdir()
    for i in range(DOCUMENTS):
        (folder / f"{i:03d}.txt").write_text(f"第{i}篇。" + ARTICLE, encoding="utf-8")
    return folder


def _start(
    folder: Path, out: Path, jobs: int, *extra: str, max_file_size: int | None = None
) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "pipeline", "run", str(folder), "-o", str(out), "--jobs", str(jobs), *extra]

    def prepare() -> None:
        # As from a terminal: a shell starts a background job (pytest ... &) with SIGINT ignored,
        # and children inherit that, so Ctrl-C would never reach the run.
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        if max_file_size is not None:  # a write past it fails with EFBIG, as one fails on a full disk
            resource.setrlimit(resource.RLIMIT_FSIZE, (max_file_size, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))

    # A session of its own, so that a signal can go to the run's whole process group.
    return subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=prepare, start_new_session=True
    )


def _resume_finishes(folder: Path, out: Path, jobs: int, already_done: int) -> None:
    resumed = _start(folder, out, jobs, "--resume")
    _, stderr = resumed.communicate(timeout=120)
    assert resumed.returncode == 0, stderr.decode()
    assert f"{already_done} already done".encode() in stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["doc_id"] for r in records] == [f"{i:03d}" for i in range(DOCUMENTS)]
    assert all(r["errors"] == [] and r["entities"] for r in records)


@pytest.mark.parametrize(
    ("sig", "jobs", "to_group"),
    [
        (signal.SIGINT, 1, False),
        (signal.SIGKILL, 1, False),
        (signal.SIGINT, 2, False),
        (signal.SIGTERM, 1, False),
        (signal.SIGTERM, 2, False),  # as `docker stop` sends it: to the main process only
        (signal.SIGTERM, 2, True),  # as `timeout` and service managers send it: to every process
    ],
    ids=["sigint", "sigkill", "sigint-2-jobs", "sigterm", "sigterm-2-jobs", "sigterm-2-jobs-to-group"],
)
def test_interrupted_run_resumes_without_loss_or_duplicates(
    tmp_path: Path, sig: signal.Signals, jobs: int, to_group: bool
) -> None:
    folder = _articles(tmp_path / "in")
    out = tmp_path / "out.jsonl"

    process = _start(folder, out, jobs)
    deadline = time.monotonic() + 120
    while _whole_lines(out) < 1 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert process.poll() is None, "the run finished before it could be interrupted"
    if to_group:
        os.killpg(process.pid, sig)
    else:
        process.send_signal(sig)
    _, stderr = process.communicate(timeout=60)
    interrupted_at = _whole_lines(out)
    assert 0 < interrupted_at < DOCUMENTS
    if sig == signal.SIGKILL:
        assert process.returncode == -signal.SIGKILL
    else:
        assert process.returncode == 128 + sig
        assert b"--resume" in stderr and b"Traceback" not in stderr, stderr.decode()
    _resume_finishes(folder, out, jobs, interrupted_at)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_failing_write_stops_the_run_with_one_line_and_resumes(tmp_path: Path, jobs: int) -> None:
    """A file size limit stands in for a full disk: the write that crosses it fails, part written."""
    folder = _articles(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    limit = 150_000  # four lines of about 31,000 bytes, and part of the fifth
    process = _start(folder, out, jobs, max_file_size=limit)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 1
    written = _whole_lines(out)
    assert 0 < written < DOCUMENTS and out.stat().st_size <= limit
    assert stderr.count(b"\n") == 1 and stderr.startswith(b"Error: "), stderr.decode()
    assert str(out).encode() in stderr and f"{written} documents".encode() in stderr and b"--resume" in stderr
    _resume_finishes(folder, out, jobs, written)
