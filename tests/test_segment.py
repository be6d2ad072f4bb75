"""Words from one jieba cut: boundaries, and the tagged words before a position."""

from __future__ import annotations

from pathlib import Path

import jieba
import pytest

from pipeline.segment import Segmenter, load_dictionary

# (text, position, [(word, tag)] before it, right to left, at most four)
CASES = [
    ("最终不敌中瓯地产集团", 8, [("地产", "n"), ("中瓯", "new"), ("不敌", "v"), ("最终", "d")]),
    # A position inside a word (南洋理工大学): the part before it is cut again on its own.
    ("新加坡国立大学与南洋理工大学合作", 12, [("理工", "n"), ("南洋", "ns"), ("与", "p"), ("新加坡国立大学", "nt")]),
    # A space ends the words that run up to a position.
    ("中国 人寿集团", 5, [("人寿", "n")]),
    ("集团", 0, []),
]


@pytest.mark.parametrize(("text", "position", "expected"), CASES)
def test_words_before(segmenter: Segmenter, text: str, position: int, expected: list[tuple[str, str]]) -> None:
    found, end = [], position
    for start, tag in segmenter.words(text).before(position, 4):
        found.append((text[start:end], tag))
        end = start
    assert found == expected


def test_boundaries_are_the_starts_and_ends_of_the_words(segmenter: Segmenter) -> None:
    text = "甘肃省礼县的苹果 2025年"
    tokens = segmenter(text)
    expected = {0, len(text)} | {t.idx for t in tokens} | {t.idx + len(t.text) for t in tokens}
    assert segmenter.words(text).boundaries == expected


def test_the_dictionary_is_jiebas_own_whether_cached_or_built(tmp_path: Path) -> None:
    reference = jieba.Tokenizer()
    reference.initialize()
    for folder in (None, tmp_path):  # jieba's cache as it stands; an empty folder: built, then cached
        tokenizer = jieba.Tokenizer()
        tokenizer.tmp_dir = folder
        load_dictionary(tokenizer)
        assert tokenizer.initialized and tokenizer.total == reference.total and tokenizer.FREQ == reference.FREQ
    assert (tmp_path / "jieba.cache").is_file()
