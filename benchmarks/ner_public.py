"""Places and organizations on the held-back parts of the public NER sets (../shared/ner).

usage: python benchmarks/ner_public.py [--limit N] [--sets msra,peopledaily]

Each held-back sentence (the split of scripts/train_ner.yaml, which the recognizer never
trained on) goes through three systems: the rules alone (rules/no-model/), the recognizer
alone, and the two combined as `zh-extract run` combines them; exact and overlap P/R/F1.
Labels map to our types with ../shared/ner/label_map.json. Conventions differ from
CONTRACT.md, and the scores follow the datasets': MSRA and People's Daily split a chain
(江苏 / 如皋市) where we write one place, and mark 中国 inside longer terms; exact match
therefore undercounts chains, which the overlap score (one-to-one) still credits.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable

import yaml

from pipeline.evaluate import Counts
from pipeline.ner_corpus import TRAIN_CONFIG, Sentence, splits
from pipeline.process import Pipeline
from pipeline.recognizer import Lexicon, Recognizer
from pipeline.rulebook import NO_MODEL_RULES, load_rulebook
from pipeline.segment import Segmenter

TYPES = ("place", "organization")
Spans = set[tuple[str, int, int]]


def overlap_matches(gold: Spans, predicted: Spans) -> int:
    used: set = set()
    hits = 0
    for g_type, g_start, g_end in sorted(gold):
        for p in sorted(predicted - used):
            if p[0] == g_type and p[1] < g_end and g_start < p[2]:
                used.add(p)
                hits += 1
                break
    return hits


def score(sentences: Iterable[Sentence], system: Callable[[str], Spans]) -> dict[str, dict[str, Counts]]:
    exact = {t: Counts() for t in TYPES}
    loose = {t: Counts() for t in TYPES}
    for sentence in sentences:
        gold = {s for s in sentence.spans if s[0] in TYPES}
        predicted = system(sentence.text)
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


def systems() -> dict[str, Callable[[str], Spans]]:
    rules, combined = Pipeline(load_rulebook([NO_MODEL_RULES])), Pipeline(load_rulebook())
    recognizer, segmenter = Recognizer(Lexicon.of(combined.rulebook)), Segmenter()

    def entities(pipeline: Pipeline) -> Callable[[str], Spans]:
        return lambda text: {(e.type, e.start, e.end) for e in pipeline.extract_text(text) if e.type in TYPES}

    def model(text: str) -> Spans:
        return {(r.type, r.start, r.end) for r in recognizer.recognize(text, segmenter.words(text).spans)}

    return {"rules": entities(rules), "model": model, "combined": entities(combined)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", default="msra,peopledaily", help="comma-separated set names of the config")
    parser.add_argument("--limit", type=int, help="only the first N held-back sentences of each set")
    args = parser.parse_args()
    config = yaml.safe_load(TRAIN_CONFIG.read_text(encoding="utf-8"))
    wanted = args.sets.split(",")
    places = load_rulebook().places
    held_back = {name: part.held_back[: args.limit] for name, part in splits(config, places) if name in wanted}
    header = f"{'set':<13}{'system':<10}{'type':<14}{'exact P':>9}{'R':>7}{'F1':>7}{'overlap P':>11}{'R':>7}{'F1':>7}"
    print(f"{header}{'gold':>7}")
    for system_name, system in systems().items():
        for name, sentences in held_back.items():
            for t, by in score(sentences, system).items():
                e, o = by["exact"], by["overlap"]
                print(
                    f"{name:<13}{system_name:<10}{t:<14}{e.precision:>9.3f}{e.recall:>7.3f}{e.f1:>7.3f}"
                    f"{o.precision:>11.3f}{o.recall:>7.3f}{o.f1:>7.3f}{e.tp + e.fn:>7}"
                )


if __name__ == "__main__":
    main()
