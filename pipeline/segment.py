"""Word segmentation: spaCy's Chinese language with the pipeline's own jieba tokenizer.

spaCy's jieba path calls the global `jieba` module; we give it a private
`jieba.Tokenizer()` so user dictionaries from `rules/dicts/` never leak into
(or get changed by) other code in the same process.

Part-of-speech tags come from jieba's dictionary; posseg, which costs as much again as
segmentation, only tags the rare words the dictionary lacks: names jieba's HMM put
together (中瓯, or 年国寿, which posseg splits again), Latin words and numbers. A Chinese
word the dictionary lacks that posseg keeps whole gets the tag `new` instead of posseg's
guess (明发 would be a verb): in news such words are nearly always names.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import jieba
import jieba.posseg
from spacy.attrs import IDX, LENGTH
from spacy.lang.zh import Chinese
from spacy.tokens import Doc

jieba.setLogLevel(logging.WARNING)

NEW_WORD = "new"  # the tag of a Chinese word of 2+ characters that jieba's dictionary lacks
_HAN = re.compile(r"[\u4e00-\u9fff]{2,}")


class Segmenter:
    def __init__(self, dictionaries: Iterable[Path] = ()) -> None:
        self.tokenizer = jieba.Tokenizer()
        # The dictionary loads now, not on the first text: workers forked after this share it
        # instead of each loading its own (a second or more apiece).
        self.tokenizer.initialize()
        for path in dictionaries:
            self.tokenizer.load_userdict(str(path))
        # Built for characters, then switched to our jieba: built for jieba, spaCy would first
        # load the global jieba's dictionary (a second, unused copy: a second of start-up).
        self.nlp = Chinese()
        self.nlp.tokenizer.segmenter = "jieba"
        self.nlp.tokenizer.jieba_seg = self.tokenizer
        # POSTokenizer(tokenizer) would read the dictionary's tags again (half a second of
        # start-up): jieba.posseg read them when imported, from the same default dictionary.
        # One copy of the 350,000 tags, ours and the tagger's: posseg adds the user words' tags
        # to its table on first use, which must not reach the global one.
        self.tags = {**jieba.posseg.dt.word_tag_tab, **self.tokenizer.user_word_tag_tab}
        self.tagger = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
        self.tagger.tokenizer = self.tokenizer
        self.tagger.word_tag_tab = self.tags
        # posseg's HMM costs about 0.1 ms a word, and the same unknown words (names) come back.
        self._tag_unknown = lru_cache(maxsize=100_000)(self._posseg)

    def __call__(self, text: str) -> Doc:
        return self.nlp(text)

    def boundaries(self, text: str) -> frozenset[int]:
        """Character positions where a word starts or ends."""
        # One array from the Doc, not a Python object per token: four times faster.
        columns = self(text).to_array([IDX, LENGTH])
        starts = columns[:, 0]
        return frozenset({0, len(text), *starts.tolist(), *(starts + columns[:, 1]).tolist()})

    def tagged(self, text: str) -> tuple[tuple[int, int, str], ...]:
        """jieba's words with their part-of-speech tags: (start, end, tag)."""
        words, start = [], 0
        for word in self.tokenizer.cut(text):
            if tag := self.tags.get(word):
                words.append((start, start + len(word), tag))
                start += len(word)
                continue
            for length, tag in self._tag_unknown(word):
                words.append((start, start + length, tag))
                start += length
        return tuple(words)

    def _posseg(self, word: str) -> tuple[tuple[int, str], ...]:
        tagged = tuple((len(pair.word), pair.flag) for pair in self.tagger.cut(word))
        if len(tagged) == 1 and _HAN.fullmatch(word):
            return ((len(word), NEW_WORD),)
        return tagged
