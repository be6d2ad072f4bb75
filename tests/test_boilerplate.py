from __future__ import annotations

import json

import pytest

from pipeline.boilerplate import find_layout
from pipeline.normalize import normalize
from pipeline.process import Source
from pipeline.rulebook import Rulebook

from .conftest import CORPUS, SHARED, needs_shared

ARTICLE = (
    "2024年03月18日 星期一\n"
    "图片来源：新华社\n"
    "（本报记者张三北京18日电）今年以来，全县投入资金1.2亿元(图)用于道路建设。\n"
    "县长表示，明年将继续加大投入。\n"
    "（责任编辑：李四）\n"
    "版权所有：某某县人民政府 未经授权禁止转载\n"
)


def _layout(rulebook: Rulebook, text: str):
    return find_layout(normalize(text).text, rulebook.for_type("boilerplate"))


def test_header_footer_and_inline_are_separated(rulebook: Rulebook) -> None:
    layout = _layout(rulebook, ARTICLE)
    start, end = layout.body
    assert ARTICLE[start:end] == "今年以来，全县投入资金1.2亿元(图)用于道路建设。\n县长表示，明年将继续加大投入。"
    kinds = [(r.rule.kind, ARTICLE[r.start : r.end]) for r in layout.regions]
    assert kinds == [
        ("header", "2024年03月18日 星期一"),
        ("header", "图片来源：新华社"),
        ("header", "（本报记者张三北京18日电）"),
        ("inline", "(图)"),
        ("footer", "（责任编辑：李四）"),
        ("footer", "版权所有：某某县人民政府 未经授权禁止转载"),
    ]
    assert layout.meta == {"published": "2024-03-18"}


def test_published_line_fills_meta(rulebook: Rulebook) -> None:
    text = "发布时间：2023-11-02 08:00 来源：国家统计局\n统计局今天发布数据。"
    layout = _layout(rulebook, text)
    assert layout.meta == {"published": "2023-11-02", "source_name": "国家统计局"}
    assert text[layout.body[0] : layout.body[1]] == "统计局今天发布数据。"


def test_plain_text_is_all_body(rulebook: Rulebook) -> None:
    text = "  国务院常务会议今天召开。会议指出，要稳就业。\n"
    layout = _layout(rulebook, text)
    assert text[layout.body[0] : layout.body[1]] == "国务院常务会议今天召开。会议指出，要稳就业。"
    assert layout.regions == []


def test_text_that_is_only_boilerplate_keeps_a_body(rulebook: Rulebook) -> None:
    text = "版权所有 未经授权禁止转载"
    layout = _layout(rulebook, text)
    assert layout.body == (0, len(text))


def _body_end_hits(gold_path, articles_dir, pipeline) -> tuple[int, int]:
    hits = total = 0
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        path = next(articles_dir.glob(gold["doc_id"] + ".*"))
        document = pipeline.process(Source(gold["doc_id"], str(path), path.read_bytes()))
        total += 1
        hits += document.body[1] == gold["body"]["end"]
    return hits, total


@needs_shared
def test_body_end_on_shared_gold(pipeline) -> None:
    hits, total = _body_end_hits(SHARED / "corpus" / "gold.jsonl", SHARED / "corpus", pipeline)
    assert total == 15
    assert hits / total >= 0.9, f"body end exact on {hits}/{total}"


def test_body_end_on_own_gold(pipeline) -> None:
    gold = CORPUS / "gold" / "own.jsonl"
    if not gold.exists():
        pytest.skip("no gold for the project's own articles yet")
    hits, total = _body_end_hits(gold, CORPUS, pipeline)
    assert hits == total, f"body end exact on {hits}/{total}"
