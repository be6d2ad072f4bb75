"""Raw bytes -> text, naming the encoding; never guesses silently wrong.

Byte-order marks decide first; then strict UTF-8; then the two legacy Chinese
encodings. GB18030 accepts almost any byte pair, so when both GB18030 and Big5
decode cleanly, charset-normalizer's coherence check picks between them.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from charset_normalizer import from_bytes

from pipeline.records import Error

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
LEGACY = ("gb18030", "big5")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str | None
    error: Error | None = None


def decode(data: bytes) -> Decoded:
    if not data:
        return Decoded("", None, Error("empty", "the file is empty"))
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError as exc:
                return Decoded("", None, Error("undecodable", f"{encoding} with BOM: {exc}"))
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    candidates = {}
    for encoding in LEGACY:
        try:
            candidates[encoding] = data.decode(encoding)
        except UnicodeDecodeError:
            continue
    if len(candidates) == 2:
        best = from_bytes(data, cp_isolation=list(LEGACY)).best()
        chosen = best.encoding if best is not None and best.encoding in candidates else "gb18030"
        return Decoded(candidates[chosen], chosen)
    if candidates:
        ((encoding, text),) = candidates.items()
        return Decoded(text, encoding)
    return Decoded(
        "",
        None,
        Error("undecodable", "not valid UTF-8, UTF-16 (with BOM), GB18030 or Big5"),
    )
