"""The trained recognizer: its features and decoding, the shipped model's provenance, training
that repeats itself, and how its spans meet the rules'."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.extract import extract
from pipeline.extractors import Context
from pipeline.ner_corpus import TRAIN_CONFIG, data_hashes, label_of
from pipeline.process import Pipeline
from pipeline.recognizer import FEATURES, METADATA, MODEL, Lexicon, Recognized, Recognizer, decode, labels, sentences
from pipeline.rulebook import NO_MODEL_RULES, Rulebook, load_rulebook
from tests.conftest import ROOT, SHARED, needs_shared

METADATA_JSON = json.loads(METADATA.read_text(encoding="utf-8"))


def _train_module():
    spec = importlib.util.spec_from_file_location("train_ner", ROOT / "scripts" / "train_ner.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_ner"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("tags", "spans"),
    [
        (["O", "B-place", "I-place", "O"], [("place", 1, 3)]),
        (["B-organization", "I-organization", "B-place"], [("organization", 0, 2), ("place", 2, 3)]),
        (["I-place", "I-place", "O", "I-organization"], [("place", 0, 2), ("organization", 3, 4)]),
        (["B-place", "I-organization"], [("place", 0, 1), ("organization", 1, 2)]),
        (["O", "O"], []),
    ],
)
def test_decode_reads_spans_from_labels(tags: list[str], spans: list[tuple[str, int, int]]) -> None:
    assert list(decode(tags)) == spans


@given(st.lists(st.tuples(st.sampled_from(["place", "organization"]), st.integers(1, 4), st.integers(0, 3))))
def test_labels_and_decode_round_trip(pieces: list[tuple[str, int, int]]) -> None:
    spans, position = [], 0
    for kind, length, gap in pieces:
        position += gap
        spans.append((kind, position, position + length))
        position += length
    assert list(decode(labels(position, spans))) == spans


@given(st.text(alphabet="天地。！\n?人abc ", max_size=900))
def test_sentences_cover_the_text_in_order(text: str) -> None:
    pieces = list(sentences(text))
    assert [text[s:e] for s, e in pieces] == [text[s:e] for s, e in pieces if e > s]
    assert "".join(text[s:e] for s, e in pieces) == text
    assert all(e - s <= 400 for s, e in pieces)


@pytest.mark.parametrize(
    ("label", "expected"),
    [("ORG", "organization"), ("GPE.NAM", "place"), ("LOC.NOM", None), ("PER", "person"), ("game", None)],
)
def test_labels_map_to_our_types(label: str, expected: str | None) -> None:
    assert label_of(label, {"ORG": "organization", "GPE": "place", "LOC": "place", "PER": "person"}) == expected


def test_the_shipped_model_was_trained_from_the_committed_config() -> None:
    assert MODEL.stat().st_size == METADATA_JSON["model_bytes"]
    assert METADATA_JSON["features"] == FEATURES
    assert METADATA_JSON["config_sha256"] == hashlib.sha256(TRAIN_CONFIG.read_bytes()).hexdigest(), (
        "scripts/train_ner.yaml changed since the model was trained: run scripts/train_ner.py"
    )


@needs_shared
def test_the_shipped_model_was_trained_on_the_shared_data() -> None:
    import yaml

    config = yaml.safe_load(TRAIN_CONFIG.read_text(encoding="utf-8"))
    assert METADATA_JSON["data_sha256"] == data_hashes(config, SHARED / "ner")


def test_a_model_of_other_features_is_refused(tmp_path: Path, rulebook: Rulebook) -> None:
    metadata = tmp_path / "ner.json"
    metadata.write_text(json.dumps({**METADATA_JSON, "features": FEATURES + 1}), encoding="utf-8")
    with pytest.raises(ValueError, match=r"retrain it with scripts/train_ner\.py"):
        Recognizer(Lexicon.of(rulebook), MODEL, metadata)


def test_training_is_reproducible(tmp_path: Path) -> None:
    """The same configuration and data give the same model, byte for byte (invented data)."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "label_map.json").write_text(json.dumps({"map": {"LOC": "place", "ORG": "organization"}}), "utf-8")
    rows = []
    for i, (org, place) in enumerate([("星河科技公司", "青州"), ("蓝海协会", "临川"), ("远山集团", "松江")] * 4):
        text = f"{org}在{place}开会"
        entities = [
            {"start": 0, "end": len(org), "label": "ORG"},
            {"start": len(org) + 1, "end": len(org) + 1 + len(place), "label": "LOC"},
        ]
        rows.append(json.dumps({"id": f"s{i}", "text": text, "entities": entities}, ensure_ascii=False))
    (data / "tiny.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    config = tmp_path / "config.yaml"
    config.write_text(
        "seed: 1\nlabels: {}\nsets:\n  tiny: {file: tiny.jsonl, held_back: 0.25}\n"
        "crf:\n  algorithm: lbfgs\n  params: {c1: 0.1, c2: 0.01, max_iterations: 20}\n",
        encoding="utf-8",
    )
    train = _train_module().train
    digests = []
    for run in ("a", "b"):
        out = tmp_path / run
        meta = train(config, data, out / "ner.crfsuite", out / "ner.json")
        assert meta["sentences"] == {"tiny": {"train": 9, "held_back": 3}}
        assert set(meta["held_back_exact"]["tiny"]) == {"organization", "place"}
        digests.append(hashlib.sha256((out / "ner.crfsuite").read_bytes()).hexdigest())
    assert digests[0] == digests[1]


def test_recognized_spans_lie_in_the_text(pipeline: Pipeline) -> None:
    text = "蓝天救援队赶到现场。村民们来到莫尔道嘎林场，见到了星河湾控股的员工。"
    assert pipeline.recognizer is not None
    found = pipeline.recognizer.recognize(text, pipeline.segmenter.words(text).spans)
    assert found
    assert all(0 <= r.start < r.end <= len(text) and 0 < r.score <= 1 for r in found)
    assert {r.type for r in found} <= {"organization", "place"}


# Where the recognizer's spans meet the rules': invented spans, so no test depends on what
# the model happens to learn.
def _with_spans(rulebook: Rulebook, pipeline: Pipeline, text: str, spans: list[Recognized]):
    words = pipeline.segmenter.words(text)
    context = Context(
        tables=rulebook.tables,
        places=rulebook.places,
        names=rulebook.names,
        tagger=pipeline.segmenter.tagged,
        words=words,
        recognized=tuple(spans),
    )
    return [
        (text[m.start : m.end], m.rule.id, m.value)
        for m in extract(text, rulebook.entity_rules, words.boundaries, context)
    ]


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # No rule finds the name: the recognizer's span is the entity, its kind from its ending.
        (
            "蓝天救援队赶到现场",
            (0, 5, 0.8),
            ("蓝天救援队", "organization.model", {"name": "蓝天救援队", "kind": "other"}),
        ),
        (
            "昨天蓝天环保局发布报告",
            (2, 7, 0.8),
            ("蓝天环保局", "organization.model", {"name": "蓝天环保局", "kind": "government"}),
        ),
        # A rule's mention wins, shorter or not, a place inside an organization too.
        ("国务院发布通知", (0, 5, 0.99), ("国务院", "organization.known", None)),
        ("记者从杭州亚组委获悉", (3, 8, 0.99), ("杭州", "place.gazetteer", None)),
        # No organization word ends it: only where the model is sure.
        ("据国联民生透露", (1, 5, 0.95), ("国联民生", "organization.model", {"name": "国联民生", "kind": "other"})),
    ],
)
def test_rules_win_and_the_model_fills_the_rest(
    rulebook: Rulebook, pipeline: Pipeline, text: str, span: tuple[int, int, float], expected: tuple
) -> None:
    found = _with_spans(rulebook, pipeline, text, [Recognized("organization", *span)])
    surface, rule, value = expected
    match = [f for f in found if f[0] == surface]
    assert match and match[0][1] == rule, found
    if value is not None:
        assert match[0][2] == value


@pytest.mark.parametrize("text", ["多家证券公司普遍看好后市", "基础设施部门表示", "USDT价格下跌"])
def test_kinds_of_organization_are_no_names(rulebook: Rulebook, pipeline: Pipeline, text: str) -> None:
    end = text.index("价") if "USDT" in text else text.index("公司") + 2 if "公司" in text else 6
    start = 2 if "多家" in text else 0
    assert _with_spans(rulebook, pipeline, text, [Recognized("organization", start, end, 0.99)]) == []


def test_a_found_name_is_found_again(rulebook: Rulebook, pipeline: Pipeline) -> None:
    text = "蓝天救援队赶到现场。随后蓝天救援队撤离"
    found = _with_spans(rulebook, pipeline, text, [Recognized("organization", 0, 5, 0.9)])
    assert [(s, r) for s, r, _ in found] == [
        ("蓝天救援队", "organization.model"),
        ("蓝天救援队", "organization.repeat"),
    ]


def test_places_resolve_through_the_gazetteer(rulebook: Rulebook, pipeline: Pipeline) -> None:
    # 礼县 after 甘肃省 is one chain the rules find; alone, a span of the recognizer's that the
    # gazetteer knows gets its adcode, and one it lacks a level by its ending.
    spans = [Recognized("place", 0, 6, 0.9), Recognized("place", 7, 13, 0.9)]
    found = _with_spans(rulebook, pipeline, "莫尔道嘎林场和阿穆达里亚河附近", spans)
    assert ("莫尔道嘎林场", "place.model", {"name": "莫尔道嘎林场", "level": "region", "adcode": None}) in found
    assert ("阿穆达里亚河", "place.model", {"name": "阿穆达里亚河", "level": "feature", "adcode": None}) in found


def test_no_model_is_the_rules_alone(tmp_path: Path) -> None:
    rulebook = load_rulebook([NO_MODEL_RULES])
    pipeline = Pipeline(rulebook)
    assert pipeline.recognizer is None
    assert not [r for r in rulebook.rules if r.id.endswith(".model")]
    assert all(not e.rule.endswith(".model") for e in pipeline.extract_text("蓝天救援队赶到现场"))


@pytest.mark.parametrize(
    ("text", "end", "kind"), [("蓝天救援队赶到现场", 5, "organization"), ("国联民生表示", 4, "organization_bare")]
)
def test_a_span_the_model_is_unsure_of_is_dropped(
    rulebook: Rulebook, pipeline: Pipeline, text: str, end: int, kind: str
) -> None:
    minimum = float(rulebook.tables["model_min_scores"][kind])
    unsure = _with_spans(rulebook, pipeline, text, [Recognized("organization", 0, end, minimum - 0.01)])
    sure = _with_spans(rulebook, pipeline, text, [Recognized("organization", 0, end, minimum)])
    assert unsure == [] and [s for s, _, _ in sure] == [text[:end]]


def test_explain_traces_the_recognizers_spans_with_their_scores() -> None:
    from click.testing import CliRunner

    from pipeline.cli import main

    shown = CliRunner().invoke(main, ["explain", "蓝天救援队赶到现场", "--trace"]).stdout
    assert "rule=organization.model" in shown.splitlines()[0]
    kept = shown.split("span(s) of the trained recognizer's that became entities\n", 1)[1]
    assert kept.startswith("   0-5    蓝天救援队  rule=organization.model: the recognizer's organization, score ")
    rules_only = CliRunner().invoke(main, ["explain", "蓝天救援队赶到现场", "--trace", "--no-model"]).stdout
    assert "model" not in rules_only
