"""Words from one jieba cut: boundaries, and the tagged words before a position."""

from __future__ import annotations

from pathlib import Path

import jieba
import jieba.posseg
import pytest

from pipeline.segment import NEW_WORD, Segmenter
from tests.conftest import needs_shared, shared_articles

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
    assert segmenter.cut(text) == ["甘肃省", "礼县", "的", "苹果", " ", "2025", "年"]
    assert segmenter.words(text).boundaries == {0, 3, 5, 6, 8, 9, 13, 14}


# Runs of Latin letters, digits and dots, which jieba-rs keeps whole and jieba splits again.
CUT_CASES = [
    "恒大地产(00845.HK)与IBM.US同日公告，装机2.7GW，网址www.example.com.cn",
    "1997-2026年版权所有，A-level考试，涨幅30-40%，比分4-2",
    "中瓯地产集团董事长表示，2025年营收增长36.7%",
]


@pytest.mark.parametrize("text", CUT_CASES)
def test_the_cut_is_jiebas(segmenter: Segmenter, text: str) -> None:
    assert segmenter.cut(text) == jieba.lcut(text)


@needs_shared
def test_the_cut_is_jiebas_on_the_shared_articles(segmenter: Segmenter) -> None:
    for path in shared_articles():
        text = path.read_text(encoding="utf-8", errors="replace")
        assert segmenter.cut(text) == jieba.lcut(text), path.name


def test_user_words_reach_the_cut_and_the_tags(tmp_path: Path) -> None:
    dictionary = tmp_path / "names.txt"
    dictionary.write_text("\ufeff中瓯地产 5 nt\n年国寿\n\n", encoding="utf-8")
    reference = jieba.Tokenizer()
    reference.load_userdict(str(dictionary))
    segmenter = Segmenter([dictionary])
    for text in ("最终不敌中瓯地产集团", "去年国寿投资公司"):
        assert segmenter.cut(text) == reference.lcut(text)
        assert Segmenter().cut(text) == jieba.lcut(text)  # the words stay this segmenter's
    assert segmenter.parts("中瓯地产") == ((4, "nt"),)


@pytest.fixture(scope="module")
def posseg() -> jieba.posseg.POSTokenizer:
    """posseg over jieba's own tokenizer: the reference for the tags of unknown words."""
    return jieba.posseg.POSTokenizer(jieba.Tokenizer())


def _posseg_parts(posseg: jieba.posseg.POSTokenizer, word: str) -> tuple[tuple[int, str], ...]:
    tagged = tuple((len(pair.word), pair.flag) for pair in posseg.cut(word))
    whole_chinese = len(tagged) == 1 and len(word) > 1 and all("\u4e00" <= c <= "\u9fff" for c in word)
    return ((len(word), NEW_WORD),) if whole_chinese else tagged


# Words jieba's dictionary lacks: numbers, Latin runs, names jieba's HMM glued together.
UNKNOWN = ["0.0250", "73%", "36.7%", "IBM.US", "2.7GW", "年国寿", "中瓯", "局等", "已远超", "这一", "或港", "8"]


@pytest.mark.parametrize("word", UNKNOWN)
def test_unknown_words_get_possegs_parts(segmenter: Segmenter, posseg: jieba.posseg.POSTokenizer, word: str) -> None:
    assert segmenter.parts(word) == _posseg_parts(posseg, word)


@needs_shared
def test_unknown_words_of_the_shared_articles_get_possegs_parts(
    segmenter: Segmenter, posseg: jieba.posseg.POSTokenizer
) -> None:
    unknown = {w for p in shared_articles() for w in segmenter.cut(p.read_text(encoding="utf-8", errors="replace"))}
    unknown -= segmenter.tags.keys()
    assert [w for w in sorted(unknown) if segmenter.parts(w) != _posseg_parts(posseg, w)] == []
