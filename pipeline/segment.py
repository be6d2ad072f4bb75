"""Word segmentation: jieba's cut, computed by rjieba, with jieba's part-of-speech tags.

rjieba runs jieba-rs, jieba's algorithm and dictionary in Rust, twenty times faster than
jieba's Python: segmentation was half of the pipeline's time. jieba-rs keeps a run of Latin
letters, digits and dots whole (00845.HK, 2.7GW) where jieba splits it again;
`Segmenter.cut` splits it the way jieba does, so the words are jieba's. The segmenter is the
pipeline's own, so user dictionaries from `rules/dicts/` never reach (or get changed by) the
global `jieba` of other code in the same process.

Not through spaCy's Chinese tokenizer: only the words' offsets are needed, importing spaCy
took a second of each run's start-up, and building its Doc three times as long as the cut.

Part-of-speech tags come from jieba's dictionary; posseg, which costs as much again as
segmentation, only tags the rare words the dictionary lacks: names jieba's HMM put
together (中瓯, or 年国寿, which posseg splits again), Latin words and numbers. A Chinese
word the dictionary lacks that posseg keeps whole gets the tag `new` instead of posseg's
guess (明发 would be a verb): in news such words are nearly always names. posseg asks rjieba,
not jieba's tokenizer, for the dictionary's route through a word, so jieba's own copy of the
dictionary (0.3 s of start-up and 60 MB) never loads.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate, compress
from operator import not_
from pathlib import Path
from typing import Protocol

import jieba
import jieba.posseg
import rjieba

jieba.setLogLevel(logging.WARNING)

NEW_WORD = "new"  # the tag of a Chinese word of 2+ characters that jieba's dictionary lacks
_HAN = re.compile(r"[\u4e00-\u9fff]{2,}")
# jieba.finalseg's split of a run of characters that are not Chinese: 00845|.|HK, 2.7|GW.
_LATIN_WORD = re.compile(r"([a-zA-Z0-9]+(?:\.\d+)?%?)")
# What such a run holds besides letters and digits (jieba's re_han_default) for it to split.
_JOINER = re.compile(r"[+#&._%-]")


class Segmenter:
    def __init__(self, dictionaries: Sequence[Path] = ()) -> None:
        entries = [entry for path in dictionaries for entry in user_words(path)]
        # rjieba builds a default cutter when imported (0.12 s): a second one only when user
        # words must go into it, where they cannot reach other code's cuts.
        self._cutter: Cutter = rjieba
        if entries:
            cutter = rjieba.Jieba()
            for word, freq, tag in entries:
                cutter.add_word(word, freq, tag)
            self._cutter = cutter
        # The 350,000 tags jieba.posseg read when imported (half a second of start-up), with the
        # user words' tags in a copy of our own: the global table must not get them.
        self.tags = {**jieba.posseg.dt.word_tag_tab, **{word: tag for word, _, tag in entries if tag}}
        self.tagger = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
        self.tagger.tokenizer = _Routes(self._cutter)
        self.tagger.word_tag_tab = self.tags
        # posseg's HMM costs about 0.1 ms a word, and the same unknown words (names) come back.
        self._tag_unknown = lru_cache(maxsize=100_000)(self._posseg)

    def cut(self, text: str) -> list[str]:
        """jieba's words of a text, in order: every character of it, spaces included."""
        words = self._cutter.cut(text)
        if not _JOINER.search(text):  # nothing jieba would split further
            return words
        split: list[str] = []
        for word in words:
            if len(word) > 1 and word.isascii() and not word.isalnum() and word not in self.tags:
                split.extend(part for part in _LATIN_WORD.split(word) if part)
            else:
                split.append(word)
        return split

    def words(self, text: str) -> Words:
        """The text's words, cut once: where they start and end, tagged when asked. Spaces are
        no words: two words a space parts are not next to each other."""
        words = self.cut(text)
        ends = list(accumulate(map(len, words)))
        starts = [0, *ends[:-1]] if ends else []
        if any(map(str.isspace, words)):  # iterators, not a loop: a tenth of the cut's time
            keep = list(map(not_, map(str.isspace, words)))
            starts = list(compress(starts, keep))
            ends = list(compress(ends, keep))
        return Words(text, starts, ends, self)

    def tagged(self, text: str) -> tuple[tuple[int, int, str], ...]:
        """jieba's words with their part-of-speech tags: (start, end, tag)."""
        words, start = [], 0
        for word in self.cut(text):
            for length, tag in self.parts(word):
                words.append((start, start + length, tag))
                start += length
        return tuple(words)

    def parts(self, word: str) -> tuple[tuple[int, str], ...]:
        """A word's tag from jieba's dictionary; posseg's parts and tags for one it lacks."""
        tag = self.tags.get(word)
        return ((len(word), tag),) if tag else self._tag_unknown(word)

    def _posseg(self, word: str) -> tuple[tuple[int, str], ...]:
        tagged = tuple((len(pair.word), pair.flag) for pair in self.tagger.cut(word))
        if len(tagged) == 1 and _HAN.fullmatch(word):
            return ((len(word), NEW_WORD),)
        return tagged


def user_words(path: Path) -> list[tuple[str, int | None, str | None]]:
    """The words of a jieba user dictionary, with their frequencies and tags where given, read
    as jieba reads them."""
    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip().lstrip("\ufeff")
        if line:
            word, freq, tag = jieba.re_userdict.match(line).groups()
            found.append((word, int(freq) if freq else None, tag and tag.strip()))
    return found


class Cutter(Protocol):
    """rjieba's module, whose functions use its default cutter, or a cutter of its own."""

    def cut(self, text: str, hmm: bool = True) -> list[str]: ...

    def has_word(self, word: str) -> bool: ...


class _Routes:
    """What posseg's tagger asks of jieba's tokenizer, answered by rjieba: the dictionary's best
    route through a text (its cut without the HMM) and whether a string is a dictionary word.
    jieba's own tokenizer would first load its copy of the dictionary: 0.3 s of start-up."""

    user_word_tag_tab: dict[str, str] = {}  # noqa: RUF012 (posseg reads it; never written)

    def __init__(self, cutter: Cutter) -> None:
        self._cutter = cutter
        self.FREQ = _Words(cutter)

    def get_DAG(self, text: str) -> None:  # posseg calls it, then calc, which needs none
        return None

    def calc(self, text: str, _dag: None, route: dict[int, tuple[float, int]]) -> None:
        start = 0
        for word in self._cutter.cut(text, False):
            # jieba's route takes a character at a time except for dictionary words; rjieba
            # keeps a run of Latin letters and digits whole (0.0250).
            for length in [len(word)] if len(word) == 1 or self._cutter.has_word(word) else [1] * len(word):
                route[start] = (0.0, start + length - 1)
                start += length


class _Words:
    """jieba's FREQ as posseg reads it: `get(word)` is true for a dictionary word."""

    def __init__(self, cutter: Cutter) -> None:
        self._cutter = cutter

    def get(self, word: str) -> bool:
        return self._cutter.has_word(word)


class Words:
    """A text's jieba words, from one cut: the positions where they start or end, and the
    tagged words before a position, which only the rules that extend over words ask for."""

    def __init__(self, text: str, starts: list[int], ends: list[int], segmenter: Segmenter) -> None:
        self.text = text
        self.boundaries = frozenset({0, len(text), *starts, *ends})
        self._starts = starts
        self._ends = ends
        self._segmenter = segmenter

    @property
    def spans(self) -> list[tuple[int, int]]:
        """(start, end) of each word, in order (spaces are no words)."""
        return list(zip(self._starts, self._ends, strict=True))

    def head(self, position: int) -> str:
        """The part of the word a position falls inside before it (原|苏联 -> 原); empty at a boundary."""
        start, _ = self._around(position)
        return self.text[start:position]

    def rest(self, position: int) -> str:
        """The rest of the word a position falls inside (美国|市场 -> 市场); empty at a boundary."""
        _, end = self._around(position)
        return self.text[position:end]

    def _around(self, position: int) -> tuple[int, int]:
        """The start and end of the word a position falls inside; (position, position) at a boundary."""
        index = bisect.bisect_right(self._starts, position) - 1
        if index < 0 or not self._starts[index] < position < self._ends[index]:
            return position, position
        return self._starts[index], self._ends[index]

    def rest_tag(self, position: int) -> str | None:
        """The dictionary tag of the rest of the word a position falls inside, when that rest is
        a word of jieba's dictionary of two characters or more (美国|市场 -> n)."""
        rest = self.rest(position)
        return self._segmenter.tags.get(rest) if len(rest) >= 2 else None

    def before(self, position: int, count: int) -> list[tuple[int, str]]:
        """Up to `count` words that end one where the next starts, the last at `position`:
        (start, tag), right to left. A word posseg splits counts as its parts; the part of a
        word before a position inside it (南洋理工|大学) is cut again on its own."""
        found: list[tuple[int, str]] = []
        index = bisect.bisect_left(self._ends, position)  # the word that holds or ends at it
        while 0 <= index < len(self._ends) and len(found) < count:
            start, end = self._starts[index], self._ends[index]
            if end < position or start >= position:
                break  # a space between two words
            if end > position:
                parts = [(e - s, tag) for s, e, tag in self._segmenter.tagged(self.text[start:position])]
            else:
                parts = list(self._segmenter.parts(self.text[start:end]))
            for length, tag in reversed(parts):
                found.append((position - length, tag))
                position -= length
            index -= 1
        return found[:count]
