"""The spaCy component: `nlp.add_pipe("zh_extract")` gives spaCy users the contract's entities."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")
displacy = pytest.importorskip("spacy.displacy")

TEXT = "甘肅省禮(lǐ)縣2020年3月5日宣布，總投資1.23億元。蓝天救援队赶到现场。"


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("zh")  # character tokens: every entity is a span exactly
    nlp.add_pipe("zh_extract")  # found through the package's entry point, with no import
    return nlp


def test_entities_reach_doc_ents_with_the_contracts_values(nlp) -> None:
    doc = nlp(TEXT)
    found = [(e.text, e.label_, e._.zh_extract["value"]) for e in doc.ents]
    assert (
        "甘肅省禮(lǐ)縣",
        "place",
        {"name": "礼县", "level": "county", "adcode": "621226", "path": ["甘肃省", "陇南市", "礼县"]},
    ) in found
    assert ("2020年3月5日", "date", {"kind": "date", "value": "2020-03-05"}) in found
    assert ("1.23億元", "money", {"amount": 123000000, "currency": "CNY"}) in found
    for span in doc.spans["zh_extract"]:
        entity = span._.zh_extract
        assert TEXT[entity["start"] : entity["end"]] == span.text == entity["text"]
        assert span.start_char == entity["start"] and span.end_char == entity["end"]
    assert doc._.zh_extract["errors"] == []


def test_the_model_can_be_switched_off(nlp) -> None:
    rules_only = spacy.blank("zh")
    rules_only.add_pipe("zh_extract", config={"model": False})
    with_model = {e._.zh_extract["rule"] for e in nlp(TEXT).ents}
    without = {e._.zh_extract["rule"] for e in rules_only(TEXT).ents}
    assert not any(rule.endswith(".model") for rule in without)
    assert without <= with_model


def test_word_tokens_widen_a_span_to_its_tokens() -> None:
    nlp = spacy.blank("en")  # whitespace-ish tokens: 禮縣2020年3月5日宣布 is one token
    nlp.add_pipe("zh_extract")
    doc = nlp("消息 2020年3月5日宣布 完")
    assert [(e.text, e.label_) for e in doc.ents] == [("2020年3月5日宣布", "date")]
    assert doc.ents[0]._.zh_extract["text"] == "2020年3月5日"


def test_existing_entities_stay_where_ours_leave_room() -> None:
    nlp = spacy.blank("zh")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PERSON", "pattern": [{"TEXT": "张"}, {"TEXT": "三"}]}])
    nlp.add_pipe("zh_extract", config={"overwrite_ents": False})
    doc = nlp("张三说2020年3月5日")
    assert [(e.text, e.label_) for e in doc.ents] == [("张三", "PERSON"), ("2020年3月5日", "date")]


def test_displacy_renders_the_entities(nlp) -> None:
    html = displacy.render(nlp(TEXT), style="ent")
    assert "1.23億元" in html and "money" in html
