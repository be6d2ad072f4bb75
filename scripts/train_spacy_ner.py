"""Train spaCy's NER on the CRF's training parts and score it on the same held-back parts (issue 16).

usage: python scripts/train_spacy_ner.py [--config scripts/train_ner.yaml] [--spacy-config scripts/spacy_ner.cfg]
           [--data ../shared/ner] [--work /tmp/spacy_ner] [--out /tmp/spacy_ner/results.json]
           [--set components.ner.model.tok2vec.width=96 ...] [--skip-training]

The side of the comparison with `scripts/train_ner.py`'s CRF that spaCy takes: the sets are
split by `pipeline.ner_corpus.splits` with the CRF's configuration, so both train on exactly
the same sentences and report on exactly the same held-back ones. Training sentences become
Docs of character tokens with their organizations, places and persons; a seeded 5% of them is
spaCy's own dev set for `spacy train` (model selection only). The best model is then scored
alone, exact match per type, on every held-back part, and timed on one core over the MSRA and
People's Daily held-back texts. It writes the scores, the speed, the training time and the
model's size on disk as JSON to --out; the model stays in --work/model (it is not shipped).
Run it with OMP_NUM_THREADS=1 to time one core, as the CRF is timed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import spacy
import yaml
from spacy.cli.train import train as spacy_train
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span

from pipeline.ner_corpus import NER_DIR, TRAIN_CONFIG, Sentence, Split, data_hashes, exact_scores, splits
from pipeline.recognizer import OUTPUT_TYPES
from pipeline.rulebook import load_rulebook

SPACY_CONFIG = Path(__file__).resolve().parent / "spacy_ner.cfg"
WORK = Path("/tmp/spacy_ner")
DEV_SHARE = 0.05
SPEED_SETS = ("msra", "peopledaily")
SPEED_RUNS = 3  # the best of three: others share this machine


def to_doc(nlp: Language, sentence: Sentence) -> Doc:
    """A Doc of one token per character, as spaCy's char segmenter makes, with the gold spans."""
    doc = Doc(nlp.vocab, words=list(sentence.text), spaces=[False] * len(sentence.text))
    doc.ents = [Span(doc, start, end, label=kind) for kind, start, end in sentence.spans]
    return doc


def write_corpora(parts: Mapping[str, Split], seed: int, work: Path) -> dict[str, int]:
    """train.spacy and dev.spacy from the training parts: a seeded share for spaCy's dev set."""
    nlp = spacy.blank("zh")
    docs = [to_doc(nlp, s) for part in parts.values() for s in part.train]
    random.Random(seed).shuffle(docs)
    cut = round(len(docs) * DEV_SHARE)
    work.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs[cut:]).to_disk(work / "train.spacy")
    DocBin(docs=docs[:cut]).to_disk(work / "dev.spacy")
    return {"train": len(docs) - cut, "dev": cut}


def parse_override(text: str) -> tuple[str, Any]:
    """`section.key=value`, the value as JSON where it parses (96, true, "x"), else a string."""
    key, _, value = text.partition("=")
    try:
        return key, json.loads(value)
    except json.JSONDecodeError:
        return key, value


def run_training(spacy_config: Path, work: Path, overrides: Mapping[str, Any]) -> int:
    """`spacy train` into work/model; the seconds it took."""
    paths = {"paths.train": str(work / "train.spacy"), "paths.dev": str(work / "dev.spacy")}
    began = time.perf_counter()
    spacy_train(spacy_config, work / "model", use_gpu=-1, overrides={**paths, **overrides})
    return round(time.perf_counter() - began)


def score(nlp: Language, sentences: tuple[Sentence, ...]) -> dict[str, dict]:
    """Exact-match precision, recall and F1 per output type, as scripts/train_ner.py's `score`."""
    found = ({(e.label_, e.start_char, e.end_char) for e in doc.ents} for doc in nlp.pipe(s.text for s in sentences))
    return exact_scores(sentences, found, OUTPUT_TYPES)


def speed(nlp: Language, texts: list[str]) -> dict[str, float]:
    """Characters per second of nlp.pipe over `texts`, pinned to one core, best of SPEED_RUNS."""
    affinity = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {min(affinity)})
    try:
        list(nlp.pipe(texts[:200]))  # warm up
        best = float("inf")
        for _ in range(SPEED_RUNS):
            began = time.perf_counter()
            for _doc in nlp.pipe(texts):
                pass
            best = min(best, time.perf_counter() - began)
    finally:
        os.sched_setaffinity(0, affinity)
    chars = sum(map(len, texts))
    return {"characters": chars, "seconds": round(best, 3), "chars_per_second": round(chars / best)}


def size_on_disk(folder: Path) -> dict[str, int]:
    files = [f for f in folder.rglob("*") if f.is_file()]
    return {"bytes": sum(f.stat().st_size for f in files), "ner_model_bytes": (folder / "ner" / "model").stat().st_size}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def evaluate(model: Path, parts: Mapping[str, Split]) -> dict[str, Any]:
    nlp = spacy.load(model)
    texts = [s.text for name in SPEED_SETS for s in parts[name].held_back]
    return {
        "held_back_exact": {name: score(nlp, part.held_back) for name, part in parts.items() if part.held_back},
        "speed": speed(nlp, texts),
        "size_on_disk": size_on_disk(model),
        "spacy_dev": json.loads((model / "meta.json").read_text(encoding="utf-8")).get("performance", {}),
    }


def main(argv: Iterable[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--config", type=Path, default=TRAIN_CONFIG, help="the CRF's: seed, labels, splits")
    parser.add_argument("--spacy-config", type=Path, default=SPACY_CONFIG)
    parser.add_argument("--data", type=Path, default=NER_DIR)
    parser.add_argument("--work", type=Path, default=WORK, help="corpora and the trained model (work/model)")
    parser.add_argument("--out", type=Path, default=WORK / "results.json")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="a spaCy config override")
    parser.add_argument("--skip-training", action="store_true", help="score the model already in work/model")
    args = parser.parse_args(argv)
    config = yaml.safe_load(args.config.read_text(encoding="utf-8"))
    parts = dict(splits(config, load_rulebook().places, args.data))
    overrides = dict(map(parse_override, args.set))
    results: dict[str, Any] = {
        "spacy": spacy.__version__,
        "config_sha256": sha256(args.config),
        "spacy_config_sha256": sha256(args.spacy_config),
        "overrides": overrides,
        "data_sha256": data_hashes(config, args.data),
        "sentences": {name: {"train": len(p.train), "held_back": len(p.held_back)} for name, p in parts.items()},
        "docs": write_corpora(parts, config["seed"], args.work),
    }
    if not args.skip_training:
        results["training_seconds"] = run_training(args.spacy_config, args.work, overrides)
    results.update(evaluate(args.work / "model" / "model-best", parts))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: results[k] for k in ("held_back_exact", "speed", "size_on_disk")}, indent=1))


if __name__ == "__main__":
    main()
