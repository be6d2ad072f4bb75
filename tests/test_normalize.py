from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.normalize import apply_edits, detect_script, fold_width, normalize, to_simplified

from .conftest import needs_shared, shared_articles


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("監(jiān)管", "监管"),
        ("監（jiān）管", "监管"),
        ("總(zǒng)局(jú)", "总局"),
        ("綠(lǜ)色", "绿色"),  # ǜ: Latin Extended-B
        ("歷(lì)史", "历史"),  # ì: Latin-1
        ("發(fā)展(zhǎn)", "发展"),
        ("禮(lǐ)縣(xiàn)", "礼县"),
    ],
)
def test_gloss_removed(source: str, expected: str) -> None:
    assert normalize(source).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "實施(對口支援)",
        "加入(wto)",
        "使用(AI)",
        "在(2021)",
        "由(总局扶贫办)",
        "無聲調(jian)",
        "abc(jiān)",
        "監(jiānguǎnzǒngjú)",
    ],
)
def test_real_parenthetical_kept(text: str) -> None:
    assert normalize(text).text == to_simplified(text)


def test_parenthetical_after_han_is_kept() -> None:
    text = "實施(對口支援)加入(wto)使用(AI)在(2021)由(总局扶贫办)"
    assert normalize(text).text == "实施(对口支援)加入(wto)使用(AI)在(2021)由(总局扶贫办)"


def test_width_folding_touches_letters_digits_and_number_signs() -> None:
    assert fold_width("２０２４年ＡＢｃ，（１）１２．５％") == "2024年ABc，（1）12.5%"


def test_offsets_keep_gloss_with_its_character() -> None:
    norm = normalize("甘肅省禮(lǐ)縣(xiàn)的蘋果")
    assert norm.text == "甘肃省礼县的苹果"
    start, end = norm.source_span(3, 5)
    assert norm.source[start:end] == "禮(lǐ)縣(xiàn)"


def test_html_page_keeps_text_and_maps_around_markup() -> None:
    page = "<html><body><p>國務院<b>投入</b>資金</p><script>x='<p>'</script><p>第二段&nbsp;</p></body></html>"
    norm = normalize(page)
    assert norm.text == "\n国务院投入资金\n第二段&nbsp;\n"
    start, end = norm.source_span(1, 6)
    assert page[start:end] == "國務院<b>投入"
    start, end = norm.source_span(9, 12)
    assert page[start:end] == "第二段"


def test_markup_in_a_plain_article_is_left_alone() -> None:
    assert normalize("正文<p>不是网页</p>").text == "正文<p>不是网页</p>"


@pytest.mark.parametrize("source", ["第一行\r\n第二行\r\n", "第一行\r第二行\r", "第一行\n第二行\n"])
def test_every_line_end_becomes_lf(source: str) -> None:
    norm = normalize(source)
    assert norm.text == "第一行\n第二行\n"
    start, end = norm.source_span(4, 7)
    assert source[start:end] == "第二行"


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("甘肅省禮縣的蘋果", "traditional"),
        ("甘肃省礼县的苹果", "simplified"),
        ("甘肃省禮縣的蘋果很好吃说", "mixed"),
        ("IBM 2024", "none"),
        ("台北市中正區", "traditional"),
    ],
)
def test_script(text: str, script: str) -> None:
    assert detect_script(text) == script


# Characters whose Traditional -> Simplified conversion does not depend on context,
# so a substring normalizes the same way on its own as inside the text.
TRADITIONAL = "監管總局禮縣黑龍江省撫遠市國務院扶貧辦會議華為億萬元"
PIECES = st.one_of(
    st.sampled_from(list(TRADITIONAL)),
    st.sampled_from(["(jiān)", "（guǎn）", "(lǐ)", "(xiàn)", "(zǒng)"]),
    st.sampled_from(list("０１２３４５６７８９ＡＢｘ")),
    st.sampled_from(list("0123456789，。、年月日 \n\r")),
    st.sampled_from(["(AI)", "(2021)", "(對口支援)"]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=40), st.data())
def test_every_normalized_span_maps_back(pieces: list[str], data: st.DataObject) -> None:
    source = "".join(pieces)
    norm = normalize(source)
    positions = [norm.source_position(i) for i in range(len(norm.text) + 1)]
    assert positions == sorted(positions)
    assert positions[-1] == len(source)
    if not norm.text:
        return
    a = data.draw(st.integers(0, len(norm.text) - 1))
    b = data.draw(st.integers(a + 1, len(norm.text)))
    start, end = norm.source_span(a, b)
    assert normalize(source[start:end]).text == norm.text[a:b]


def _glossed_traditional(text: str, rng: random.Random) -> tuple[str, str]:
    """A Simplified article converted to Traditional, with glosses after some Han characters."""
    import opencc
    from pypinyin import Style, pinyin

    traditional = opencc.OpenCC("s2t").convert(text)
    out = []
    for ch in traditional:
        out.append(ch)
        if "\u4e00" <= ch <= "\u9fff" and rng.random() < 0.15:
            syllable = pinyin(ch, style=Style.TONE)[0][0]
            if any(c in syllable for c in "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"):
                open_, close = ("(", ")") if rng.random() < 0.7 else ("（", "）")
                out.append(f"{open_}{syllable}{close}")
    return traditional, "".join(out)


@needs_shared
@pytest.mark.parametrize("path", shared_articles()[:12], ids=lambda p: p.stem)
def test_glossed_variants_of_real_articles(path) -> None:
    pytest.importorskip("pypinyin")
    traditional, glossed = _glossed_traditional(path.read_text(encoding="utf-8"), random.Random(path.stem))
    assert glossed != traditional
    stripped = apply_edits(glossed).text
    assert stripped == traditional
    norm = normalize(glossed)
    assert norm.text == normalize(traditional).text
    for a in range(0, len(norm.text), 97):
        start, end = norm.source_span(a, min(a + 7, len(norm.text)))
        assert apply_edits(glossed[start:end]).text == traditional[a : min(a + 7, len(norm.text))]
