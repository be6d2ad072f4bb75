"""The records a run produces: one `Document` line per input, as fixed by CONTRACT.md."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


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
            "boilerplate": [asdict(r) for r in self.boilerplate],
            "meta": dict(self.meta),
            "entities": [asdict(e) for e in self.entities],
            "errors": [asdict(e) for e in self.errors],
        }
