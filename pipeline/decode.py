"""Raw bytes -> text, naming the encoding; never guesses silently wrong.

Byte-order marks decide first; then strict UTF-8; then the two legacy Chinese
encodings. GB18030 accepts almost any byte pair, so when both GB18030 and Big5
decode cleanly, charset-normalizer's coherence check picks between them.

Two kinds of bytes are refused rather than decoded into nonsense: binary data
(control bytes, which no text encoding here uses inside a character, make up
more than 5% of the start), and UTF-8 with a few invalid bytes, which GB18030
would otherwise "decode" into plausible-looking garbage.
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

_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\v\f\r")
BINARY_SHARE = 0.05  # control bytes in the first BINARY_PROBE bytes that make a file binary (random bytes: 10%)
BINARY_PROBE = 65536
UTF8_SHARE = 20  # at least this many good non-ASCII characters per bad byte sequence: damaged UTF-8


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
    probe = data[:BINARY_PROBE]
    controls = len(probe) - len(probe.translate(None, _CONTROL_BYTES))
    if controls > BINARY_SHARE * len(probe):
        message = f"binary data, not text ({controls} control bytes in the first {len(probe)})"
        return Decoded("", None, Error("binary", message))
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if damage := _utf8_damage(data):
        return Decoded("", None, Error("invalid-utf8", damage))
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


def _utf8_damage(data: bytes) -> str | None:
    """A message if `data` is UTF-8 with a few invalid byte sequences, else None."""
    bad: list[int] = []
    good_non_ascii = position = 0
    while position < len(data):
        try:
            chunk = data[position:].decode("utf-8")
            position = len(data)
        except UnicodeDecodeError as exc:
            chunk = data[position : position + exc.start].decode("utf-8")
            bad.append(position + exc.start)
            position += exc.end
        good_non_ascii += len(chunk) - len(chunk.encode("ascii", "ignore"))
        if len(bad) * UTF8_SHARE > max(good_non_ascii, UTF8_SHARE * 64):
            return None  # too many to be damage: some other encoding
    if not bad or good_non_ascii < UTF8_SHARE * len(bad):
        return None
    shown = ", ".join(map(str, bad[:5])) + (", ..." if len(bad) > 5 else "")
    return f"{len(bad)} invalid UTF-8 byte sequence(s) in a UTF-8 file, at byte {shown}; fix or re-encode the file"
