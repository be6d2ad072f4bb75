from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pipeline.process import Pipeline
from pipeline.rulebook import Rulebook, RulebookError, load_rulebook
from pipeline.segment import Segmenter

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"
SCHEMA = SHARED / "schema" / "document.schema.json"

needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared is not beside this checkout")


def write_rules(tmp_path: Path, files: dict[str, str]) -> Path:
    """A user rule folder holding `files` (path relative to the folder -> text)."""
    folder = tmp_path / "user"
    for name, body in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(body, encoding="utf-8")
    return folder


def rule_errors(folder: Path) -> list[str]:
    """The errors loading `folder` over the built-in rules gives, with its path shown as USER."""
    with pytest.raises(RulebookError) as caught:
        load_rulebook([folder])
    return [str(e).replace(str(folder), "USER") for e in caught.value.errors]


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
