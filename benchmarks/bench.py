"""End-to-end throughput of `zh-extract run`, beside bare jieba and JioNLP on the same text.

usage: python benchmarks/bench.py [--mb 20] [--repeats 3] [--jionlp-mb 0.5]

The corpus is the articles of corpus/ and ../shared/corpus/ (where present), repeated in order
until their UTF-8 text reaches --mb megabytes (10^6 bytes), written as files in their original
encodings. Rows, each the median of --repeats runs:
- `zh-extract run --jobs 1`, `--jobs 2` and `--jobs 1 --no-model` (the rules alone, whose
  difference to `--jobs 1` is the recognizer's share), as a subprocess of the CLI (the code path users run):
  wall time from process start to exit; start-up from process start to the first document
  written; peak RSS (VmHWM) of the busiest process, and of the parent where it forks workers.
- bare `jieba.lcut` over the same decoded texts, in this process, dictionary loaded first.
- JioNLP's `ner.extract_money` + `ner.extract_time` + `recognize_location` on each text (installed
  from benchmarks/requirements.txt; skipped if missing). It is slow, so it runs on the first
  --jionlp-mb of the corpus, after one untimed call that loads its data, and its time is
  scaled to the whole corpus per character.
Ratios compare processing time: our wall time less start-up against jieba's and JioNLP's.
The runs go in rounds (one of each row per round); the ratios with jieba and between worker
counts are the medians of each round's own ratio, so that the machine's drift cancels out.
This is a benchmark, not a test: numbers depend on the machine and on what else runs there.
"""

from __future__ import annotations

import argparse
import logging
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import psutil

from pipeline.decode import decode

ROOT = Path(__file__).resolve().parents[1]
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"


@dataclass(frozen=True)
class Article:
    name: str
    data: bytes  # as written on disk, in its own encoding
    text: str  # decoded, as the pipeline sees it


@dataclass(frozen=True)
class Run:
    wall: float
    startup: float
    peak_rss: int  # bytes, the busiest process
    parent_rss: int  # bytes, the CLI process itself


def articles() -> list[Article]:
    paths = sorted((ROOT / "corpus").glob("*.txt"))
    if SHARED_CORPUS.is_dir():
        paths += sorted(SHARED_CORPUS.glob("a[0-9][0-9][0-9].txt"))
    found = [Article(p.stem, data, decode(data).text) for p in paths for data in [p.read_bytes()]]
    return [a for a in found if a.text.strip()]


def build_corpus(folder: Path, sources: list[Article], megabytes: float) -> list[Article]:
    """Write the articles over and over into `folder` until their UTF-8 text reaches the size."""
    corpus: list[Article] = []
    size = 0
    while size < megabytes * 1_000_000:
        article = sources[len(corpus) % len(sources)]
        (folder / f"{len(corpus):06d}_{article.name}.txt").write_bytes(article.data)
        corpus.append(article)
        size += len(article.text.encode("utf-8"))
    return corpus


def peak_rss(pid: int) -> int:
    """The process's high-water resident set (VmHWM), in bytes; 0 once it is gone."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


ONE, TWO, RULES_ONLY = "--jobs 1", "--jobs 2", "--jobs 1 --no-model"


def run_cli(folder: Path, options: str) -> Run:
    """`zh-extract run FOLDER OPTIONS` in a fresh process, watching its output and its memory."""
    output = folder.parent / f"out{options.replace(' ', '')}.jsonl"
    output.unlink(missing_ok=True)
    command = [sys.executable, "-m", "pipeline", "run", str(folder), "-o", str(output), *options.split()]
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    watched = psutil.Process(process.pid)
    startup = 0.0
    peaks: dict[int, int] = {}
    while process.poll() is None:
        if not startup and output.exists() and output.stat().st_size:
            startup = time.perf_counter() - started
        try:
            for member in [watched, *watched.children(recursive=True)]:
                peaks[member.pid] = max(peaks.get(member.pid, 0), peak_rss(member.pid))
        except psutil.NoSuchProcess:
            pass
        time.sleep(0.05)  # finer polling takes CPU from the run it measures
    wall = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{process.stderr.read().decode() if process.stderr else ''}")
    return Run(wall, startup or wall, max(peaks.values()), peaks.get(process.pid, 0))


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def jieba_seconds(texts: list[str]) -> float:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()  # the dictionary loads once; the row times segmentation alone
    return timed(lambda: [jieba.lcut(t) for t in texts])


def jionlp_trio() -> Callable[[str], object] | None:
    try:
        import jionlp
    except ImportError:
        return None

    def trio(text: str) -> object:
        return (jionlp.ner.extract_money(text), jionlp.ner.extract_time(text), jionlp.recognize_location(text))

    return trio


def sample(corpus: list[Article], megabytes: float) -> list[str]:
    texts: list[str] = []
    size = 0
    for article in corpus:
        if size >= megabytes * 1_000_000:
            break
        texts.append(article.text)
        size += len(article.text.encode("utf-8"))
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=20.0, help="corpus size in MB of UTF-8 text [default: 20]")
    parser.add_argument("--repeats", type=int, default=3, help="runs per row; the median counts [default: 3]")
    parser.add_argument("--jionlp-mb", type=float, default=0.5, help="JioNLP's sample in MB [default: 0.5]")
    args = parser.parse_args()

    sources = articles()
    with tempfile.TemporaryDirectory(prefix="zh-bench-") as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        corpus = build_corpus(folder, sources, args.mb)
        texts = [a.text for a in corpus]
        chars, docs = sum(map(len, texts)), len(texts)
        megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
        print(
            f"corpus: {len(sources)} articles repeated to {docs} documents, {chars:,} characters, "
            f"{megabytes:.1f} MB UTF-8; median of {args.repeats} run(s) per row"
        )
        # Rounds, not a row at a time: this machine's speed drifts over minutes, and a ratio
        # holds only between runs made close together.
        ours: dict[str, list[Run]] = {ONE: [], TWO: [], RULES_ONLY: []}
        jieba_runs: list[float] = []
        for _ in range(args.repeats):
            for options, runs in ours.items():
                runs.append(run_cli(folder, options))
            jieba_runs.append(jieba_seconds(texts))
    jieba_time = statistics.median(jieba_runs)
    trio = jionlp_trio()
    jio_time = None
    if trio is None:
        print("JioNLP is not installed here (pip install -r benchmarks/requirements.txt): its row is skipped.")
    else:
        jio_texts = sample(corpus, args.jionlp_mb)
        jio_chars = sum(map(len, jio_texts))
        trio(jio_texts[0])  # loads its dictionaries and gazetteer: not timed
        logging.disable(logging.ERROR)  # JioNLP logs a traceback for every time string it cannot parse
        jio_sample = statistics.median(timed(lambda: [trio(t) for t in jio_texts]) for _ in range(args.repeats))
        jio_time = jio_sample * chars / jio_chars
        print(f"JioNLP: timed on the first {len(jio_texts)} documents ({jio_chars:,} characters), scaled per character")

    print(f"\n{'row':<26}{'wall s':>9}{'start-up s':>12}{'work s':>9}{'k chars/s':>11}{'docs/s':>9}{'peak RSS MB':>22}")
    work, wall = {}, {}
    for options, runs in ours.items():
        wall[options] = statistics.median(r.wall for r in runs)
        startup = statistics.median(r.startup for r in runs)
        work[options] = wall[options] - startup
        rss = f"{max(r.peak_rss for r in runs) / 2**20:.0f}"
        if options == TWO:
            rss += f" ({max(r.parent_rss for r in runs) / 2**20:.0f} parent)"
        line = f"{wall[options]:>9.2f}{startup:>12.2f}{work[options]:>9.2f}{chars / wall[options] / 1000:>11.1f}"
        print(f"{f'run {options}':<26}{line}{docs / wall[options]:>9.1f}{rss:>22}")
    others = {"jieba.lcut": jieba_time, "JioNLP trio (scaled)": jio_time}
    for name, seconds in others.items():
        if seconds is not None:
            print(f"{name:<26}{'':>21}{seconds:>9.2f}{chars / seconds / 1000:>11.1f}{docs / seconds:>9.1f}")

    # The ratios with jieba and between worker counts are medians of each round's own ratio.
    to_jieba = statistics.median((r.wall - r.startup) / j for r, j in zip(ours[ONE], jieba_runs, strict=True))
    scaling = statistics.median(one.wall / two.wall for one, two in zip(ours[ONE], ours[TWO], strict=True))
    share = statistics.median(
        1 - (rules.wall - rules.startup) / (one.wall - one.startup)
        for one, rules in zip(ours[ONE], ours[RULES_ONLY], strict=True)
    )
    print("\nratios (work s: wall less start-up for ours; chars/s on wall time; target in brackets)")
    print(f"  ours --jobs 1 / jieba.lcut time    {to_jieba:6.2f}")
    if jio_time is not None:
        print(f"  JioNLP trio / ours --jobs 1 time   {jio_time / work[ONE]:6.2f}   [>= 3]")
    print(f"  --jobs 2 / --jobs 1 chars/s        {scaling:6.2f}   [>= 1.7]")
    print(f"  --jobs 1 k chars/s                 {chars / work[ONE] / 1000:6.1f}   [>= 60]")
    print(f"  the recognizer's share of the work {share:6.0%}   (--jobs 1 against --no-model)")


if __name__ == "__main__":
    main()
