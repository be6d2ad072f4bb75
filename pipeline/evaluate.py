"""Score output against gold, as CONTRACT.md defines it.

Per type: strict (same span) and lenient (overlapping, one-to-one) precision,
recall and F1; value accuracy over strict matches; and the share of documents
whose body end (and start) is exactly right. Gold marked `optional` is neither
rewarded nor penalized: a prediction that matches it is dropped from both sides.
A date whose year the text leaves out is right either as `XXXX-02-25` or, filled
in from a reference date, as `2024-02-25` with `inferred: true` (CONTRACT.md allows both).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from pipeline.rulebook import ENTITY_TYPES

Record = Mapping[str, Any]


def _number(x: Any) -> Decimal | None:
    return None if x is None else Decimal(str(x))


def _amounts(v: Record) -> tuple[Decimal | None, ...]:
    return (_number(v.get("amount")), _number(v.get("min")), _number(v.get("max")))


VALUE_KEYS: dict[str, Callable[[Record], Any]] = {
    "money": lambda v: (*_amounts(v), v.get("currency")),
    "quantity": lambda v: (*_amounts(v), v.get("unit")),
}
DATE_FIELDS = ("value", "start", "end")


def _same_date(gold: Record, predicted: Record) -> bool:
    if gold.get("kind") != predicted.get("kind"):
        return False
    for key in DATE_FIELDS:
        g, p = gold.get(key), predicted.get(key)
        if isinstance(g, str) and isinstance(p, str) and "X" in g and predicted.get("inferred") and len(g) == len(p):
            p = "".join("X" if gc == "X" else pc for gc, pc in zip(g, p, strict=True))
        if g != p:
            return False
    return True


def same_value(type_: str, gold: Record, predicted: Record) -> bool:
    if type_ == "place":
        key = "adcode" if gold.get("adcode") else "name"
        return gold.get(key) == predicted.get(key)
    if type_ == "date":
        return _same_date(gold, predicted)
    if type_ == "organization":
        key = "canonical" if gold.get("canonical") else "name"
        return gold.get(key) == predicted.get(key, predicted.get("name"))
    return VALUE_KEYS[type_](gold) == VALUE_KEYS[type_](predicted)


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class TypeScore:
    strict: Counts = field(default_factory=Counts)
    lenient: Counts = field(default_factory=Counts)
    values_right: int = 0
    values_compared: int = 0

    @property
    def value_accuracy(self) -> float:
        return self.values_right / self.values_compared if self.values_compared else 0.0


@dataclass
class Report:
    types: dict[str, TypeScore] = field(default_factory=lambda: {t: TypeScore() for t in ENTITY_TYPES})
    documents: int = 0
    missing: list[str] = field(default_factory=list)  # gold documents absent from the output
    body_end_right: int = 0
    body_start_right: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "missing_documents": self.missing,
            "body_end_accuracy": round(self.body_end_right / self.documents, 4) if self.documents else 0.0,
            "body_start_accuracy": round(self.body_start_right / self.documents, 4) if self.documents else 0.0,
            "types": {
                t: {
                    "strict": s.strict.as_dict(),
                    "lenient": s.lenient.as_dict(),
                    "value_accuracy": round(s.value_accuracy, 4),
                    "values_compared": s.values_compared,
                }
                for t, s in self.types.items()
            },
        }

    def table(self) -> str:
        header = f"{'type':<13}{'strict P':>9}{'R':>7}{'F1':>7}{'lenient P':>11}{'R':>7}{'F1':>7}"
        lines = [header + f"{'value acc':>11}{'gold':>6}{'pred':>6}"]
        for t, s in self.types.items():
            st, le = s.strict, s.lenient
            lines.append(
                f"{t:<13}{st.precision:>9.3f}{st.recall:>7.3f}{st.f1:>7.3f}{le.precision:>11.3f}{le.recall:>7.3f}"
                f"{le.f1:>7.3f}{s.value_accuracy:>11.3f}{st.tp + st.fn:>6}{st.tp + st.fp:>6}"
            )
        n = self.documents or 1
        lines.append(
            f"body end exact: {self.body_end_right}/{self.documents} ({self.body_end_right / n:.3f}); "
            f"body start exact: {self.body_start_right}/{self.documents} ({self.body_start_right / n:.3f})"
        )
        if self.missing:
            lines.append(f"gold documents missing from the output: {', '.join(self.missing)}")
        return "\n".join(lines)


def _overlaps(a: Record, b: Record) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def _score_type(type_: str, gold: Sequence[Record], predicted: Sequence[Record], score: TypeScore) -> None:
    required = [g for g in gold if not g.get("optional")]
    optional = [g for g in gold if g.get("optional")]

    # Strict: exact spans.
    by_span = {(g["start"], g["end"]): g for g in required}
    optional_spans = {(g["start"], g["end"]) for g in optional}
    matched: set[tuple[int, int]] = set()
    for p in predicted:
        span = (p["start"], p["end"])
        if span in by_span and span not in matched:
            matched.add(span)
            score.strict.tp += 1
            score.values_compared += 1
            score.values_right += same_value(type_, by_span[span]["value"], p["value"])
        elif span not in optional_spans:
            score.strict.fp += 1
    score.strict.fn += len(required) - len(matched)

    # Lenient: overlapping spans, one-to-one, greedily by overlap size.
    pairs = sorted(
        (
            (min(g["end"], p["end"]) - max(g["start"], p["start"]), gi, pi)
            for gi, g in enumerate(required)
            for pi, p in enumerate(predicted)
            if _overlaps(g, p)
        ),
        reverse=True,
    )
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    for _, gi, pi in pairs:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
    score.lenient.tp += len(used_gold)
    score.lenient.fn += len(required) - len(used_gold)
    score.lenient.fp += sum(
        1 for pi, p in enumerate(predicted) if pi not in used_pred and not any(_overlaps(p, g) for g in optional)
    )


def evaluate(gold_docs: Iterable[Record], predicted_docs: Iterable[Record]) -> Report:
    predicted = list(predicted_docs)
    by_sha = {d["sha256"]: d for d in predicted}
    by_id = {d["doc_id"]: d for d in predicted}
    report = Report()
    for gold in gold_docs:
        doc = by_sha.get(gold.get("sha256", "")) or by_id.get(gold["doc_id"])
        report.documents += 1
        if doc is None:
            report.missing.append(gold["doc_id"])
            doc = {"body": {"start": -1, "end": -1}, "entities": []}
        report.body_end_right += doc["body"]["end"] == gold["body"]["end"]
        report.body_start_right += doc["body"]["start"] == gold["body"]["start"]
        for type_, score in report.types.items():
            _score_type(
                type_,
                [e for e in gold["entities"] if e["type"] == type_],
                [e for e in doc["entities"] if e["type"] == type_],
                score,
            )
    return report


def read_jsonl(paths: Iterable[Path]) -> list[dict[str, Any]]:
    records = []
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            records.extend(json.loads(line) for line in handle if line.strip())
    return records
