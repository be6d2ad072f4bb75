"""Places and organizations on public NER data (../shared/ner), exact and overlap P/R/F1.

usage: python benchmarks/ner_public.py [--limit N] [FILE ...]   (default: msra_val, peopledaily_dev)

Each sentence goes through the extractors as one snippet (no boilerplate stripping).
Labels map to our types with ../shared/ner/label_map.json. Conventions differ from
CONTRACT.md, and the scores follow the datasets': MSRA and People's Daily split a chain
(江苏 / 如皋市) where we write one place, and mark 中国 inside longer terms; exact match
therefore undercounts chains, which the overlap score (one-to-one) still credits.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from pipeline.evaluate import Counts
from pipeline.process import Pipeline
from pipeline.rulebook import load_rulebook

NER = Path(__file__).resolve().parents[1].parent / "shared" / "ner"
TYPES = ("place", "organization")


def spans(items, label_map, key) -> set[tuple[str, int, int]]:
    return {
        (label_map.get(i[key], i[key]), i["start"], i["end"]) for i in items if label_map.get(i[key], i[key]) in TYPES
    }


def overlap_matches(gold: set, predicted: set) -> int:
    used: set = set()
    hits = 0
    for g_type, g_start, g_end in sorted(gold):
        for p in sorted(predicted - used):
            if p[0] == g_type and p[1] < g_end and g_start < p[2]:
                used.add(p)
                hits += 1
                break
    return hits


def score(path: Path, pipeline: Pipeline, label_map: dict[str, str], limit: int | None) -> dict[str, dict]:
    exact = {t: Counts() for t in TYPES}
    loose = {t: Counts() for t in TYPES}
    with path.open(encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            if limit is not None and n >= limit:
                break
            row = json.loads(line)
            gold = spans(row["entities"], label_map, "label")
            predicted = {(e.type, e.start, e.end) for e in pipeline.extract_text(row["text"]) if e.type in TYPES}
            for t in TYPES:
                g = {s for s in gold if s[0] == t}
                p = {s for s in predicted if s[0] == t}
                hit = len(g & p)
                exact[t].tp += hit
                exact[t].fp += len(p) - hit
                exact[t].fn += len(g) - hit
                o = overlap_matches(g, p)
                loose[t].tp += o
                loose[t].fp += len(p) - o
                loose[t].fn += len(g) - o
    return {t: {"exact": exact[t], "overlap": loose[t]} for t in TYPES}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", default=["msra_val.jsonl", "peopledaily_dev.jsonl"])
    parser.add_argument("--limit", type=int, help="only the first N sentences of each file")
    args = parser.parse_args()
    label_map = json.loads((NER / "label_map.json").read_text(encoding="utf-8"))["map"]
    pipeline = Pipeline(load_rulebook())
    print(f"{'file':<24}{'type':<14}{'exact P':>9}{'R':>7}{'F1':>7}{'overlap P':>11}{'R':>7}{'F1':>7}{'gold':>7}")
    for name in args.files:
        result = score(NER / name, pipeline, label_map, args.limit)
        for t, by in result.items():
            e, o = by["exact"], by["overlap"]
            print(
                f"{name:<24}{t:<14}{e.precision:>9.3f}{e.recall:>7.3f}{e.f1:>7.3f}"
                f"{o.precision:>11.3f}{o.recall:>7.3f}{o.f1:>7.3f}{e.tp + e.fn:>7}"
            )


if __name__ == "__main__":
    main()
