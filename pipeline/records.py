"""The records a run produces: one `Document` line per input, as fixed by CONTRACT.md."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, fields
from typing import Any

# Characters that JSON allows raw but that would break the one-line-per-document promise
# (U+2028, U+2029 and NEL end lines for many readers) or valid UTF-8 (lone surrogates).
_ESCAPE_IN_LINE = re.compile("[\u0085\u2028\u2029\ud800-\udfff]")


@dataclass(frozen=True)
class Entity:
    type: str
    start: int
    end: int
    text: str
    norm: str
    value: dict[str, Any]
    rule: str


@dataclass(frozen=True)
class Region:
    """A stretch of boilerplate outside (or inside) the article body."""

    start: int
    end: int
    kind: str  # header | footer | inline
    rule: str


@dataclass(frozen=True)
class Error:
    code: str
    message: str


@dataclass
class Document:
    doc_id: str
    source: str
    sha256: str
    encoding: str | None
    script: str
    length: int
    body: tuple[int, int]
    boilerplate: list[Region] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    entities: list[Entity] = field(default_factory=list)
    errors: list[Error] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "source": self.source,
            "sha256": self.sha256,
            "encoding": self.encoding,
            "script": self.script,
            "length": self.length,
            "body": {"start": self.body[0], "end": self.body[1]},
            "boilerplate": [_fields(r) for r in self.boilerplate],
            "meta": dict(self.meta),
            "entities": [_fields(e) for e in self.entities],
            "errors": [_fields(e) for e in self.errors],
        }


def _fields(record: Entity | Region | Error) -> dict[str, Any]:
    """A record's fields by name. Not `dataclasses.asdict`, which deep-copies every value: it
    took a fifth of a run's time, for values that are written out at once."""
    return {f.name: getattr(record, f.name) for f in fields(record)}


def to_line(record: dict[str, Any]) -> bytes:
    """One JSONL line: readable UTF-8, with every character that could split or spoil it escaped."""
    text = json.dumps(record, ensure_ascii=False)
    return (_ESCAPE_IN_LINE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n").encode("utf-8")
