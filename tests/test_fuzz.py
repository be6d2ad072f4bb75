"""Arbitrary Unicode through the whole pipeline: never an exception, offsets that hold,
and a line that is one valid UTF-8 JSON document that the schema accepts."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.process import Pipeline, Source
from pipeline.records import to_line

# Pieces the rules react to, so that odd characters land inside and around real mentions.
MEANINGFUL = st.sampled_from(
    [
        "投入1.23亿元",
        "２０２４年３月５日",
        "監(jiān)管總(zǒng)局",
        "(lǐ)",
        "甘肅省禮縣",
        "国务院扶贫办",
        "近400家",
        "\r\n",
        "\n",
        "。",
        "版权所有 未经授权禁止转载",
        "\u0301",  # a combining accent, alone
        "\U0001f600",
        "\ue000",  # private use
        "\u200b",  # zero-width space
        "\u2028",
        "<p>",
        "</b>",
        "<script>x='<p>1亿元'</script>",
        "<!-- 注释 -->",
        "&nbsp;",
    ]
)
ANY_TEXT = st.lists(st.one_of(MEANINGFUL, st.text(max_size=6)), max_size=25).map("".join)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
# Errors an arbitrary text may rightly get; anything else (internal-error above all) is a bug.
EXPECTED_ERRORS = {"empty", "binary"}


@pytest.fixture(scope="module")
def schema_errors(validator: Any) -> Callable[[dict[str, Any]], list[str]]:
    # A plain function, so that hypothesis reports a failing case without printing the whole schema.
    return lambda record: [e.message for e in validator.iter_errors(record)]


def _check(pipeline: Pipeline, source: Source, text: str, schema_errors: Callable[..., list[str]]) -> None:
    record = pipeline.process(source).to_json()
    assert {e["code"] for e in record["errors"]} <= EXPECTED_ERRORS, record["errors"]
    assert record["errors"] or record["length"] == len(text)
    line = to_line(record)
    assert line.count(b"\n") == 1 and line.endswith(b"\n")
    decoded = line.decode("utf-8")
    assert len(decoded.splitlines()) == 1  # no U+2028, NEL or other line break survives raw
    assert json.loads(decoded) == record
    assert not schema_errors(record)
    end = 0
    for entity in record["entities"]:
        assert text[entity["start"] : entity["end"]] == entity["text"]
        assert entity["start"] >= end
        assert record["body"]["start"] <= entity["start"] < entity["end"] <= record["body"]["end"]
        end = entity["end"]


@SETTINGS
@given(ANY_TEXT)
def test_any_text_file(pipeline: Pipeline, schema_errors: Callable[..., list[str]], text: str) -> None:
    _check(pipeline, Source("fuzz", "fuzz.txt", text.encode("utf-8")), text, schema_errors)


@SETTINGS
@given(ANY_TEXT)
def test_any_html_page(pipeline: Pipeline, schema_errors: Callable[..., list[str]], body: str) -> None:
    text = f"<!DOCTYPE html><html><body>{body}</body></html>"
    _check(pipeline, Source("fuzz", "fuzz.html", text.encode("utf-8")), text, schema_errors)


@SETTINGS
@given(st.lists(st.one_of(MEANINGFUL, st.characters(categories=["Cs"])), min_size=1, max_size=20).map("".join))
def test_jsonl_text_with_lone_surrogates(
    pipeline: Pipeline, schema_errors: Callable[..., list[str]], text: str
) -> None:
    data = text.encode("utf-8", "surrogatepass")
    _check(pipeline, Source("fuzz", "fuzz.jsonl:1", data, encoding="utf-8"), text, schema_errors)


@SETTINGS
@given(st.binary(max_size=200))
def test_any_bytes(pipeline: Pipeline, schema_errors: Callable[..., list[str]], data: bytes) -> None:
    """Bytes that may be no text at all: a line with an error, never an exception."""
    record = pipeline.process(Source("fuzz", "fuzz.bin", data)).to_json()
    assert {e["code"] for e in record["errors"]} <= {"empty", "binary", "undecodable", "invalid-utf8"}
    assert not schema_errors(record)
