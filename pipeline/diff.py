"""`zh-extract diff OLD NEW`: what a rule change did to the entities of a run.

Documents pair by doc_id. Entities pair first by (type, start, end): a pair whose
value or rule differs is `changed`; then leftovers of one type that overlap pair as
`span` changes; the rest are `added` or `removed`. Counts come first (per change
kind, per type, per rule), then examples with context from the source file when it
can still be read.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.decode import decode

Record = Mapping[str, Any]


@dataclass(frozen=True)
class Change:
    kind: str  # added | removed | changed | span
    doc_id: str
    old: Record | None
    new: Record | None

    @property
    def rule(self) -> str:
        return (self.new or self.old or {}).get("rule", "?")

    @property
    def type(self) -> str:
        return (self.new or self.old or {}).get("type", "?")


def _key(entity: Record) -> tuple[str, int, int]:
    return entity["type"], entity["start"], entity["end"]


def document_changes(doc_id: str, old: Iterable[Record], new: Iterable[Record]) -> list[Change]:
    old_by_key = {_key(e): e for e in old}
    new_by_key = {_key(e): e for e in new}
    changes = [
        Change("changed", doc_id, old_by_key[k], new_by_key[k])
        for k in sorted(old_by_key.keys() & new_by_key.keys())
        if (old_by_key[k]["value"], old_by_key[k]["rule"]) != (new_by_key[k]["value"], new_by_key[k]["rule"])
    ]
    removed = [old_by_key[k] for k in sorted(old_by_key.keys() - new_by_key.keys())]
    added = [new_by_key[k] for k in sorted(new_by_key.keys() - old_by_key.keys())]
    for o in list(removed):
        partner = next(
            (n for n in added if n["type"] == o["type"] and n["start"] < o["end"] and o["start"] < n["end"]), None
        )
        if partner is not None:
            changes.append(Change("span", doc_id, o, partner))
            removed.remove(o)
            added.remove(partner)
    changes += [Change("removed", doc_id, o, None) for o in removed]
    changes += [Change("added", doc_id, None, n) for n in added]
    return sorted(changes, key=lambda c: ((c.old or c.new or {}).get("start", 0), c.kind))


def diff_runs(old_docs: Iterable[Record], new_docs: Iterable[Record]) -> tuple[list[Change], list[str]]:
    """All entity changes, and notes on documents present in only one run or whose body moved."""
    old = {d["doc_id"]: d for d in old_docs}
    new = {d["doc_id"]: d for d in new_docs}
    notes = [f"only in the old run: {doc_id}" for doc_id in sorted(old.keys() - new.keys())]
    notes += [f"only in the new run: {doc_id}" for doc_id in sorted(new.keys() - old.keys())]
    changes = []
    for doc_id in [d for d in new if d in old]:
        changes += document_changes(doc_id, old[doc_id]["entities"], new[doc_id]["entities"])
        before, after = old[doc_id]["body"], new[doc_id]["body"]
        if before != after:  # a boilerplate rule moved the body's edges
            notes.append(f"body of {doc_id}: {before['start']}-{before['end']} -> {after['start']}-{after['end']}")
    return changes, notes


def _context(source: str | None, entity: Record, width: int = 12) -> str:
    try:
        text = decode(Path(source).read_bytes()).text if source else None
    except OSError:
        text = None
    if text is None or text[entity["start"] : entity["end"]] != entity["text"]:
        return entity["text"]
    left = text[max(0, entity["start"] - width) : entity["start"]].replace("\n", " ")
    right = text[entity["end"] : entity["end"] + width].replace("\n", " ")
    return f"…{left}[{entity['text']}]{right}…"


def _describe(entity: Record | None) -> str:
    if entity is None:
        return "-"
    value = json.dumps(entity["value"], ensure_ascii=False)
    return f"{entity['start']}-{entity['end']} {entity['text']} {value} ({entity['rule']})"


def report(changes: list[Change], notes: list[str], sources: Mapping[str, str], examples: int = 20) -> str:
    if not changes and not notes:
        return "no changes"
    lines = [f"{len(changes)} entity change(s), {len(notes)} document note(s)"]
    for label, counter in (
        ("by change", Counter(c.kind for c in changes)),
        ("by type", Counter(c.type for c in changes)),
        ("by rule", Counter(c.rule for c in changes)),
        ("by document", Counter(c.doc_id for c in changes)),
    ):
        lines.append(f"{label}: " + ", ".join(f"{k} {n}" for k, n in counter.most_common()))
    lines.extend(notes)
    if changes:
        lines.append(f"examples (first {min(examples, len(changes))}):")
    for change in changes[:examples]:
        entity = change.new or change.old or {}
        context = _context(sources.get(change.doc_id), entity)
        lines.append(f"  {change.kind:<8}{change.doc_id}: {context}")
        if change.kind in ("changed", "span"):
            lines.append(f"          old {_describe(change.old)}")
            lines.append(f"          new {_describe(change.new)}")
        else:
            lines.append(f"          {_describe(entity)}")
    return "\n".join(lines)
