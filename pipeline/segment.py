"""Word segmentation: spaCy's Chinese language with the pipeline's own jieba tokenizer.

spaCy's jieba path calls the global `jieba` module; we give it a private
`jieba.Tokenizer()` so user dictionaries from `rules/dicts/` never leak into
(or get changed by) other code in the same process.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

import jieba
import jieba.posseg
from spacy.lang.zh import Chinese
from spacy.tokens import Doc

jieba.setLogLevel(logging.WARNING)


class Segmenter:
    def __init__(self, dictionaries: Iterable[Path] = ()) -> None:
        self.tokenizer = jieba.Tokenizer()
        for path in dictionaries:
            self.tokenizer.load_userdict(str(path))
        self.nlp = Chinese.from_config({"nlp": {"tokenizer": {"segmenter": "jieba"}}})
        self.nlp.tokenizer.jieba_seg = self.tokenizer
        self.tagger = jieba.posseg.POSTokenizer(self.tokenizer)

    def __call__(self, text: str) -> Doc:
        return self.nlp(text)

    def boundaries(self, text: str) -> frozenset[int]:
        """Character positions where a word starts or ends."""
        doc = self(text)
        edges = {0, len(text)}
        for token in doc:
            edges.add(token.idx)
            edges.add(token.idx + len(token.text))
        return frozenset(edges)

    def tagged(self, text: str) -> tuple[tuple[int, int, str], ...]:
        """jieba's words with their part-of-speech tags: (start, end, tag)."""
        words, position = [], 0
        for pair in self.tagger.cut(text):
            start = text.find(pair.word, position)
            if start < 0:
                continue
            position = start + len(pair.word)
            words.append((start, position, pair.flag))
        return tuple(words)
