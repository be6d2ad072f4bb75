"""Throughput of the whole pipeline: documents and characters per second.

usage: python benchmarks/throughput.py [--repeat N] [--jobs N] [PATH ...]

Defaults to the project's corpus/ plus ../shared/corpus/ articles when present.
Start-up (loading spaCy, jieba and the rules) is timed separately from processing.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from pipeline import batch
from pipeline.process import Pipeline
from pipeline.rulebook import load_rulebook

ROOT = Path(__file__).resolve().parents[1]


def default_inputs() -> list[str]:
    paths = sorted(str(p) for p in (ROOT / "corpus").glob("*.txt"))
    shared = ROOT.parent / "shared" / "corpus"
    if shared.is_dir():
        paths += sorted(str(p) for p in shared.glob("a[0-9][0-9][0-9].txt"))
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    inputs = args.paths or default_inputs()

    started = time.perf_counter()
    rulebook = load_rulebook()
    pipeline = Pipeline(rulebook)
    pipeline.segmenter("预热")  # jieba builds its prefix dictionary on first use
    print(f"start-up: {time.perf_counter() - started:.2f} s")

    sources = list(batch.discover(inputs))
    chars = sum(len(s.data.decode("utf-8", "replace")) for s in sources)
    if args.jobs == 1:
        best = min(_time(lambda: [pipeline.process(s) for s in sources]) for _ in range(args.repeat))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "out.jsonl"
            best = min(
                _time(lambda: batch.run(inputs, out, rulebook, jobs=args.jobs, force=True)) for _ in range(args.repeat)
            )
    print(f"{len(sources)} documents, {chars} characters, jobs={args.jobs}, best of {args.repeat}: {best:.2f} s")
    print(f"{len(sources) / best:.1f} documents/s, {chars / best / 1000:.1f} k characters/s")


def _time(work) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
