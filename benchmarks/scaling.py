"""How cost grows: one document of growing size, and many tiny files.

Each run is a fresh `zh-extract run` process (bench.py's `run_cli`), so the figures include
everything a user waits for; start-up is measured on its own and reported beside. Peak
memory is the largest resident set of the process and its workers. Run it in the benchmark
environment (`pip install -e . -r benchmarks/requirements.txt`):

    python benchmarks/scaling.py                  # 1, 5 and 20 MB; 10,000 files
    python benchmarks/scaling.py --sizes 1 2 --files 1000
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

# The same articles and the same measured `zh-extract run` process as bench.py (psutil comes
# from benchmarks/requirements.txt).
from bench import articles, run_cli

MB = 1024 * 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 5, 20], help="document sizes in MB (UTF-8)")
    parser.add_argument("--files", type=int, default=10_000, help="how many tiny files")
    args = parser.parse_args()
    text = "\n".join(article.text for article in articles())
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)

        def folder(name: str) -> Path:
            path = root / name
            path.mkdir()
            return path

        (folder("tiny") / "tiny.txt").write_text("今年投入1.23亿元。", encoding="utf-8")
        startup = run_cli(root / "tiny", 1)
        print(f"start-up (one tiny document): {startup.wall:.1f} s, peak RSS {startup.peak_rss / MB:.0f} MB\n")

        print("| document | characters | seconds | minus start-up | characters/s | peak RSS |")
        print("|---|---|---|---|---|---|")
        for size in args.sizes:
            wanted = int(size * MB)
            body = (text * (wanted // len(text.encode("utf-8")) + 1)).encode("utf-8")[:wanted]
            document = body.decode("utf-8", "ignore")
            (folder(f"big_{size:g}mb") / "big.txt").write_text(document, encoding="utf-8")
            run = run_cli(root / f"big_{size:g}mb", 1)
            work = run.wall - startup.wall
            rate = len(document) / work
            print(
                f"| {size:g} MB | {len(document):,} | {run.wall:.1f} | {work:.1f} | {rate:,.0f} "
                f"| {run.peak_rss / MB:.0f} MB |"
            )

        many = folder("many")
        for i in range(args.files):
            (many / f"{i:06d}.txt").write_text(f"第{i}号通知：2024年3月5日投入{i + 1}万元。", encoding="utf-8")
        print(f"\n| {args.files:,} tiny files | seconds | files/s | peak RSS |")
        print("|---|---|---|---|")
        for jobs in (1, 2):
            run = run_cli(many, jobs)
            print(f"| --jobs {jobs} | {run.wall:.1f} | {args.files / run.wall:,.0f} | {run.peak_rss / MB:.0f} MB |")


if __name__ == "__main__":
    main()
