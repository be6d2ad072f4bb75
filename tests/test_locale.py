"""The local currency of a bare 元 (issue 17): invented articles, each with the currency its
bare amounts must take. Mainland articles that mention Hong Kong, Taiwan or Macau stay CNY;
Hong Kong, Taiwan and Macau articles without a currency word take HKD, TWD or MOP."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pipeline.process import Pipeline, Source
from pipeline.rulebook import Rulebook

DATA = Path(__file__).parent / "data" / "locale_documents.jsonl"


def _cases() -> list[dict[str, Any]]:
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_set_has_twenty_of_each_kind() -> None:
    kinds = [case["kind"] for case in _cases()]
    assert sum(k.startswith("mainland-") for k in kinds) >= 20
    assert sum(not k.startswith("mainland-") for k in kinds) >= 20
    assert {"mainland-hk", "mainland-tw", "mainland-mo", "hongkong", "taiwan", "macau"} <= set(kinds)


@pytest.mark.parametrize("case", _cases(), ids=lambda case: case["id"])
def test_bare_amounts_take_the_local_currency(case: dict[str, Any], pipeline: Pipeline, rulebook: Rulebook) -> None:
    explicit = [word for word, code in rulebook.tables["currencies"].items() if code != "*"]
    document = pipeline.process(Source.of_text(case["id"], case["id"], case["text"]))
    bare = [e for e in document.entities if e.type == "money" and not any(w in e.norm for w in explicit)]
    assert bare, "the article has no bare amount"
    assert {e.text: e.value["currency"] for e in bare} == {e.text: case["currency"] for e in bare}
