"""How cost grows: one document of growing size, and many tiny files.

Each run is a fresh `zh-extract run` process, so the figures include everything a user
waits for; start-up is measured on its own and reported beside. Peak memory is the
process's maximum resident set (its own, or the largest worker's with --jobs).

    python benchmarks/scaling.py                  # 1, 5 and 20 MB; 10,000 files
    python benchmarks/scaling.py --sizes 1 2 --files 1000
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.decode import decode  # noqa: E402


def _articles() -> str:
    """Our own sample articles and the shared ones when present, as one text."""
    paths = sorted((ROOT / "corpus").glob("*.txt")) + sorted((ROOT.parent / "shared" / "corpus").glob("a*.txt"))
    return "\n".join(decode(p.read_bytes()).text for p in paths)


def _run(inputs: list[Path], out: Path, jobs: int) -> tuple[float, float]:
    """Seconds and peak RSS (MB) of one run. wait4 reports the largest of the process and
    the workers it reaped, which is the per-process peak we want."""
    command = [sys.executable, "-m", "pipeline", "run", *map(str, inputs), "-o", str(out), "--force"]
    started = time.perf_counter()
    process = subprocess.Popen([*command, "--jobs", str(jobs)], cwd=ROOT, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(process.stderr.read().decode() if process.stderr else "run failed")
    return seconds, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 5, 20], help="document sizes in MB (UTF-8)")
    parser.add_argument("--files", type=int, default=10_000, help="how many tiny files")
    args = parser.parse_args()
    text = _articles()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        tiny = folder / "tiny.txt"
        tiny.write_text("今年投入1.23亿元。", encoding="utf-8")
        startup, base_rss = _run([tiny], folder / "out.jsonl", 1)
        print(f"start-up (one tiny document): {startup:.1f} s, peak RSS {base_rss:.0f} MB\n")

        print("| document | characters | seconds | minus start-up | characters/s | peak RSS |")
        print("|---|---|---|---|---|---|")
        for size in args.sizes:
            wanted = int(size * 1024 * 1024)
            body = (text * (wanted // len(text.encode("utf-8")) + 1)).encode("utf-8")[:wanted]
            document = folder / f"big_{size:g}mb.txt"
            document.write_bytes(body.decode("utf-8", "ignore").encode("utf-8"))
            characters = len(document.read_text(encoding="utf-8"))
            seconds, rss = _run([document], folder / "out.jsonl", 1)
            work = seconds - startup
            rate = characters / work
            print(f"| {size:g} MB | {characters:,} | {seconds:.1f} | {work:.1f} | {rate:,.0f} | {rss:.0f} MB |")
            document.unlink()

        many = folder / "many"
        many.mkdir()
        for i in range(args.files):
            (many / f"{i:06d}.txt").write_text(f"第{i}号通知：2024年3月5日投入{i + 1}万元。", encoding="utf-8")
        print(f"\n| {args.files:,} tiny files | seconds | files/s | peak RSS |")
        print("|---|---|---|---|")
        for jobs in (1, 2):
            seconds, rss = _run([many], folder / "out.jsonl", jobs)
            print(f"| --jobs {jobs} | {seconds:.1f} | {args.files / seconds:,.0f} | {rss:.0f} MB |")


if __name__ == "__main__":
    main()
