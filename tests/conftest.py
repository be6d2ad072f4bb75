from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pipeline.process import Pipeline
from pipeline.rulebook import Rulebook, load_rulebook
from pipeline.segment import Segmenter

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"
SCHEMA = SHARED / "schema" / "document.schema.json"

needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared is not beside this checkout")


def shared_articles() -> list[Path]:
    return sorted((SHARED / "corpus").glob("a[0-9][0-9][0-9].txt")) if SHARED.is_dir() else []


@pytest.fixture(scope="session")
def rulebook() -> Rulebook:
    return load_rulebook()


@pytest.fixture(scope="session")
def pipeline(rulebook: Rulebook) -> Pipeline:
    return Pipeline(rulebook)


@pytest.fixture(scope="session")
def segmenter(pipeline: Pipeline) -> Segmenter:
    return pipeline.segmenter


@pytest.fixture(scope="session")
def validator() -> Any:
    """The contract's JSON schema, from ../shared."""
    jsonschema = pytest.importorskip("jsonschema")
    if not SCHEMA.exists():
        pytest.skip("../shared/schema is not beside this checkout")
    return jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))
