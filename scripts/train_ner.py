"""Train the recognizer (pipeline/recognizer.py) from ../shared/ner and write it into the package.

usage: python scripts/train_ner.py [--config scripts/train_ner.yaml] [--data ../shared/ner] [--out pipeline/models]

Reads the configuration (seed, label map, sets and their held-back shares, the CRF's
parameters), trains on the training part of every set and scores the model alone, exact
match, on every held-back part. It writes `ner.crfsuite` and `ner.json`: the feature
version, the configuration's and the data's sha256, the sizes and the scores, which the
README's model card quotes. The same configuration and data give the same model.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from pathlib import Path

import pycrfsuite
import yaml

from pipeline.ner_corpus import NER_DIR, TRAIN_CONFIG, Sentence, data_hashes, exact_scores, splits
from pipeline.recognizer import FEATURES, METADATA, MODEL, OUTPUT_TYPES, Lexicon, Recognizer, features, labels
from pipeline.rulebook import load_rulebook
from pipeline.segment import Segmenter


def sequence(sentence: Sentence, segmenter: Segmenter, lexicon: Lexicon) -> list[list[str]]:
    return features(sentence.text, segmenter.words(sentence.text).spans, lexicon.marks(sentence.text))


def score(recognizer: Recognizer, sentences: tuple[Sentence, ...], segmenter: Segmenter) -> dict[str, dict]:
    """Exact-match precision, recall and F1 per output type of the model alone."""
    found = (
        {(r.type, r.start, r.end) for r in recognizer.recognize(s.text, segmenter.words(s.text).spans)}
        for s in sentences
    )
    return exact_scores(sentences, found, OUTPUT_TYPES)


def train(config_path: Path, data: Path, model: Path, metadata: Path) -> dict:
    config = yaml.safe_load(config_path.read_text(encoding="utf-8"))
    segmenter = Segmenter()
    rulebook = load_rulebook()  # the built-in rules only
    lexicon = Lexicon.of(rulebook)
    parts = dict(splits(config, rulebook.places, data))
    trainer = pycrfsuite.Trainer(config["crf"]["algorithm"], verbose=False)
    trainer.set_params(config["crf"]["params"])
    sizes = {}
    for name, part in parts.items():
        sizes[name] = {"train": len(part.train), "held_back": len(part.held_back)}
        for s in part.train:
            trainer.append(sequence(s, segmenter, lexicon), labels(len(s.text), s.spans))
    began = time.perf_counter()
    model.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(model))
    seconds = round(time.perf_counter() - began)
    meta = {
        "features": FEATURES,
        "config_sha256": hashlib.sha256(config_path.read_bytes()).hexdigest(),
        "data_sha256": data_hashes(config, data),
        "sentences": sizes,
        "training_seconds": seconds,
        "model_bytes": model.stat().st_size,
    }
    metadata.write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    recognizer = Recognizer(lexicon, model, metadata)
    meta["held_back_exact"] = {
        name: score(recognizer, part.held_back, segmenter) for name, part in parts.items() if part.held_back
    }
    metadata.write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return meta


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--config", type=Path, default=TRAIN_CONFIG)
    parser.add_argument("--data", type=Path, default=NER_DIR)
    parser.add_argument("--out", type=Path, help="a folder for ner.crfsuite and ner.json (default: the package's)")
    args = parser.parse_args()
    model, metadata = (args.out / MODEL.name, args.out / METADATA.name) if args.out else (MODEL, METADATA)
    meta = train(args.config, args.data, model, metadata)
    print(json.dumps({k: meta[k] for k in ("training_seconds", "model_bytes", "held_back_exact")}, indent=1))


if __name__ == "__main__":
    main()
