"""Source text -> normalized text, with one offset map back to the source.

Normalization removes the markup of an HTML page saved as text, pinyin glosses
(`監(jiān)` -> `監`) and the CR of each CRLF, converts Traditional to Simplified with
OpenCC, turns a lone CR into LF and folds full-width letters, digits, `．` and `％`
to ASCII. Every later stage works on the
normalized text and maps its spans back through `Normalized.source_span`, so
`source[start:end]` is always the original text.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache

import opencc
import regex

from pipeline.markup import LOOKS_LIKE_HTML, markup_gaps

# Tone-marked vowels live in two Unicode blocks: Latin-1 (à á è é ì í ò ó ù ú)
# and Latin Extended-A/B (ā ǎ ē ě ī ǐ ō ǒ ū ǔ ǖ ǘ ǚ ǜ).
_TONED = "àáèéìíòóùúāǎēěīǐōǒūǔǖǘǚǜńňǹḿ"
_PLAIN = "a-zü"
# One syllable with at least one tone mark, right after a Han character, in
# half- or full-width brackets. `(wto)`, `(AI)`, `(2021)` carry no tone mark.
GLOSS = regex.compile(rf"(?<=\p{{Han}})[(（](?=[{_PLAIN}]{{0,5}}[{_TONED}])[{_PLAIN}{_TONED}]{{1,7}}[)）]")
# What normalization removes from text: glosses, and the CR of a CRLF (so `$` and line rules
# see one kind of line end).
_REMOVED = regex.compile(rf"{GLOSS.pattern}|\r(?=\n)")

# Full-width letters and digits, and the two signs that belong to numbers (１２．５％).
_HAN = regex.compile(r"\p{Han}")
_SURROGATE = regex.compile(r"\p{Cs}")
_FULLWIDTH_ALNUM = {
    0xFF0E: ord("."),
    0xFF05: ord("%"),
    ord("\r"): ord("\n"),  # a lone CR (old Mac files) ends a line
    **{0xFF10 + i: ord("0") + i for i in range(10)},
    **{0xFF21 + i: ord("A") + i for i in range(26)},
    **{0xFF41 + i: ord("a") + i for i in range(26)},
}


@lru_cache(maxsize=2)
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def to_simplified(text: str) -> str:
    """Traditional -> Simplified, guaranteed to keep the length.

    OpenCC's phrase tables are length-preserving for t2s in practice; if a
    document ever comes back with another length, fall back to converting
    character by character so offsets stay exact.
    """
    converted = _converter("t2s").convert(text)
    if len(converted) == len(text):
        return converted
    return "".join(_convert_char(ch) for ch in text)


def _convert_char(ch: str) -> str:
    out = _converter("t2s").convert(ch)
    return out if len(out) == 1 else ch


@dataclass(frozen=True)
class Normalized:
    source: str
    text: str
    # Normalization removes stretches or replaces one by a single character, so the map
    # back is piecewise: from normalized position jumps[k] on, source positions run
    # shifts[k] ahead. `wide` holds the characters that cover more than one source
    # character: one followed by its gloss (禮(lǐ)), or a line end standing for markup.
    # A few tuples instead of one offset per character keep a 20 MB document small.
    jumps: tuple[int, ...] = ()
    shifts: tuple[int, ...] = ()
    wide: Mapping[int, int] = field(default_factory=dict)  # normalized position -> source width

    def source_position(self, position: int) -> int:
        """Where normalized character `position` starts in the source."""
        k = bisect_right(self.jumps, position)
        return position + (self.shifts[k - 1] if k else 0)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The source stretch that normalized text[start:end] stands for: its gloss kept, markup
        around it left out."""
        first = self.source_position(start)
        if end <= start:
            return first, first
        return first, self.source_position(end - 1) + self.wide.get(end - 1, 1)


Edit = tuple[int, int, str]  # source start, end, and the one character (or none) that replaces it


def _edits(source: str) -> list[Edit]:
    """What normalization removes or replaces, in order: markup of a whole HTML page (a line
    end where it breaks a line), pinyin glosses, and the CR of each CRLF."""
    gaps = markup_gaps(source) if LOOKS_LIKE_HTML.match(source) else []
    edits: list[Edit] = [(s, e, "\n" if breaks else "") for s, e, breaks in gaps]
    gap_ends = [e for _, e, _ in gaps]
    for m in _REMOVED.finditer(source):
        k = bisect_right(gap_ends, m.start())
        if k < len(gaps) and gaps[k][0] < m.end():
            continue  # inside markup, which goes anyway
        edits.append((m.start(), m.end(), ""))
    return sorted(edits)


def apply_edits(source: str) -> Normalized:
    """The source with its edits applied, and the map back (text not yet converted or folded)."""
    pieces: list[str] = []
    jumps: list[int] = []
    shifts: list[int] = []
    wide: dict[int, int] = {}
    position = length = 0  # in the source, and in the text built so far
    for start, end, replacement in _edits(source):
        pieces.append(source[position:start])
        length += start - position
        if replacement:  # it stands for the whole stretch
            pieces.append(replacement)
            wide[length] = end - start
            length += 1
        elif GLOSS.match(source, start, end) and length:  # a gloss goes with the character before it
            wide[length - 1] = wide.get(length - 1, 1) + end - start
        jumps.append(length)
        shifts.append(end - length)
        position = end
    pieces.append(source[position:])
    return Normalized(source, "".join(pieces), tuple(jumps), tuple(shifts), wide)


def fold_width(text: str) -> str:
    return text.translate(_FULLWIDTH_ALNUM)


def normalize(source: str) -> Normalized:
    edited = apply_edits(source)
    text = _SURROGATE.sub("\ufffd", edited.text)  # a lone surrogate (from JSON input) is no text OpenCC reads
    return replace(edited, text=fold_width(to_simplified(text)))


def detect_script(text: str) -> str:
    """traditional / simplified / mixed / none, from how OpenCC changes the Han characters."""
    joined = "".join(_HAN.findall(text))
    if not joined:
        return "none"
    as_simplified = to_simplified(joined)
    if as_simplified == joined:
        # No character only Traditional writes: the share below would be 0 whatever the
        # second conversion finds, so most documents skip it.
        return "simplified"
    as_traditional = _converter("s2hk").convert(joined)
    traditional_only = sum(a != b for a, b in zip(joined, as_simplified, strict=True))
    simplified_only = sum(a != b and a == s for a, b, s in zip(joined, as_traditional, as_simplified, strict=False))
    total = traditional_only + simplified_only
    if total == 0:
        return "simplified"
    share = traditional_only / total
    # A few characters that OpenCC would change either way (里, 面, 干) are
    # common in both scripts; only a real blend of the two is "mixed".
    if share >= 0.8:
        return "traditional"
    if share <= 0.2:
        return "simplified"
    return "mixed"
