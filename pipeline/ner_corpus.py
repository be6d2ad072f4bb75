"""The public NER sets of ../shared/ner as training and measuring data for the recognizer.

Each set is split once, by the configuration's seed, into a part to train on and a part held
back to report on (`scripts/train_ner.yaml`): the same split for training, for
`benchmarks/ner_public.py` and for the tests, so nothing is ever reported on what it trained
on. Labels map to our types through the sets' own `label_map.json` and the configuration's
`labels` (persons are learnt so that they are not taken for organizations, and never output).
Weibo's labels carry `.NAM` (a name) or `.NOM` (a nominal such as 女人): only names count.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.evaluate import Counts
from pipeline.gazetteer import Gazetteer
from pipeline.normalize import fold_width, to_simplified

NER_DIR = Path(__file__).resolve().parents[2] / "shared" / "ner"
TRAIN_CONFIG = Path(__file__).resolve().parents[1] / "scripts" / "train_ner.yaml"


@dataclass(frozen=True)
class Sentence:
    id: str
    text: str  # Simplified and width-folded, as the pipeline's normalized text is
    spans: tuple[tuple[str, int, int], ...]  # (type, start, end), end exclusive


@dataclass(frozen=True)
class Split:
    train: tuple[Sentence, ...]
    held_back: tuple[Sentence, ...]


def label_of(label: str, labels: Mapping[str, str]) -> str | None:
    """Our type for a data set's label, or None for one we do not learn."""
    name, _, mention = label.partition(".")
    if mention == "NOM":
        return None
    return labels.get(name)


def read_set(
    path: Path, labels: Mapping[str, str], leave_out: Iterable[str] = (), places: Gazetteer | None = None
) -> list[Sentence]:
    """The sentences of one set, but those holding a label of `leave_out` and, where `places`
    is given, those where it finds a place outside every labelled span: a set that leaves
    some places unlabelled (CLUENER labels addresses, not every 美国) must not teach that
    they are none."""
    sentences = []
    leave_out = set(leave_out)
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if leave_out & {e["label"] for e in row["entities"]}:
                continue
            text = fold_width(to_simplified(row["text"]))
            spans = tuple(
                (kind, e["start"], e["end"]) for e in row["entities"] if (kind := label_of(e["label"], labels))
            )
            if places is not None and _unlabelled_place(text, row["entities"], places):
                continue
            sentences.append(Sentence(row["id"], text, spans))
    return sentences


def _unlabelled_place(text: str, entities: Iterable[Mapping[str, Any]], places: Gazetteer) -> bool:
    labelled = [(e["start"], e["end"]) for e in entities]
    return any(not any(low <= start and end <= high for low, high in labelled) for start, end, _ in places.scan(text))


def split(sentences: list[Sentence], held_back: float, seed: int) -> Split:
    """A fixed share of the sentences, drawn by the seed, held back; the rest to train on."""
    order = list(range(len(sentences)))
    random.Random(seed).shuffle(order)
    cut = round(len(sentences) * held_back)
    back = set(order[:cut])
    return Split(
        train=tuple(s for i, s in enumerate(sentences) if i not in back),
        held_back=tuple(s for i, s in enumerate(sentences) if i in back),
    )


def labels_of(config: Mapping[str, Any], directory: Path = NER_DIR) -> dict[str, str]:
    """Each data set label's type: the sets' label_map.json, then the configuration's own."""
    shared = json.loads((directory / "label_map.json").read_text(encoding="utf-8"))["map"]
    return {**shared, **config["labels"]}


def splits(config: Mapping[str, Any], places: Gazetteer, directory: Path = NER_DIR) -> Iterator[tuple[str, Split]]:
    """(name, split) of each set the configuration names, in its order; `places` finds the
    places of a set whose configuration says it leaves some unlabelled."""
    labels = labels_of(config, directory)
    for name, spec in config["sets"].items():
        unlabelled = places if spec.get("unlabelled_places") else None
        sentences = read_set(directory / spec["file"], labels, spec.get("leave_out", ()), unlabelled)
        yield name, split(sentences, spec["held_back"], config["seed"])


def data_hashes(config: Mapping[str, Any], directory: Path = NER_DIR) -> dict[str, str]:
    """sha256 of every file the training reads, by file name."""
    names = sorted({"label_map.json", *(spec["file"] for spec in config["sets"].values())})
    return {name: hashlib.sha256((directory / name).read_bytes()).hexdigest() for name in names}


def exact_scores(
    sentences: Iterable[Sentence], found: Iterable[set[tuple[str, int, int]]], types: Iterable[str]
) -> dict[str, dict[str, float]]:
    """Exact-match precision, recall and F1 per type of the spans a system found in each sentence."""
    counts = {t: Counts() for t in types}
    for sentence, spans in zip(sentences, found, strict=True):
        for t, c in counts.items():
            gold, predicted = {x for x in sentence.spans if x[0] == t}, {x for x in spans if x[0] == t}
            c.tp += len(gold & predicted)
            c.fp += len(predicted - gold)
            c.fn += len(gold - predicted)
    return {
        t: {"precision": round(c.precision, 4), "recall": round(c.recall, 4), "f1": round(c.f1, 4), "gold": c.tp + c.fn}
        for t, c in counts.items()
    }
