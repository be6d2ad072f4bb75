"""The Spark jobs (pipeline/spark.py) in PySpark local mode give exactly the records of `zh-extract run`.

Skipped where PySpark or Java is missing, unless ZX_REQUIRE_SPARK=1 (CI sets it), in which case
their absence is a failure. One SparkSession serves the whole module.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main as cli
from pipeline.decode import decode
from pipeline.rulebook import RulebookError

from .conftest import CORPUS, shared_articles

REQUIRED = os.environ.get("ZX_REQUIRE_SPARK") == "1"


@pytest.fixture(scope="module")
def spark() -> Iterator:
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        if REQUIRED:
            raise
        pytest.skip("pyspark is not installed (pip install -e '.[spark]')")
    if shutil.which("java") is None and "JAVA_HOME" not in os.environ:
        if REQUIRED:
            pytest.fail("ZX_REQUIRE_SPARK=1 but no java on PATH")
        pytest.skip("java is not installed")
    # Python workers must run this interpreter (PySpark reads only the environment for it).
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PYSPARK_PYTHON", sys.executable)
        session = (
            SparkSession.builder.master("local[2]")
            .appName("zh-extract-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate()
        )
        session.sparkContext.setLogLevel("ERROR")
        yield session
        session.stop()


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> Path:
    """The project's articles and the shared ones (where ../shared is present), in two sub-folders."""
    root = tmp_path_factory.mktemp("articles")
    for folder, paths in (("own", sorted(CORPUS.glob("*.txt"))), ("shared", shared_articles())):
        (root / folder).mkdir()
        for path in paths:
            shutil.copy(path, root / folder / path.name)
    return root


def run_lines(*args: str) -> list[str]:
    """The lines `zh-extract run` writes for these arguments."""
    output = Path(args[0]).parent / "run.jsonl"
    result = CliRunner().invoke(cli, ["run", *args, "-o", str(output), "--force", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    return output.read_text(encoding="utf-8").splitlines()


def test_files_job_writes_what_run_writes(spark, articles: Path, tmp_path: Path) -> None:
    from pipeline.spark import main

    out = tmp_path / "spark-out"
    main([str(articles), str(out)], spark=spark)  # what `spark-submit pipeline/spark.py` runs
    spark_lines = [line for part in sorted(out.glob("part-*")) for line in part.read_text("utf-8").splitlines()]
    expected = run_lines(str(articles))
    assert len(expected) == len(list(articles.rglob("*.txt")))
    assert sorted(spark_lines) == sorted(expected)
    assert {json.loads(line)["doc_id"] for line in expected} >= {"own/business_gb18030", "own/taiwan_news_big5"}


def test_texts_give_what_run_gives_for_jsonl(spark, tmp_path: Path) -> None:
    from pipeline.spark import extract_texts

    jsonl = tmp_path / "docs.jsonl"
    texts = [(p.stem, decode(p.read_bytes()).text) for p in sorted(CORPUS.glob("*.txt"))]
    jsonl.write_text("".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in texts), "utf-8")
    rows = [(i, t, f"{jsonl}:{n}") for n, (i, t) in enumerate(texts, 1)]
    df = spark.createDataFrame([*rows, ("none", None, "x")], "id string, text string, where string")
    got = {r.doc_id: r.record for r in extract_texts(df, source_col="where").collect()}
    assert sorted(v for k, v in got.items() if k != "none") == sorted(run_lines(str(jsonl)))
    assert json.loads(got["none"])["errors"][0]["code"] == "empty"


def test_user_rules_travel_with_the_job(spark, tmp_path: Path) -> None:
    from pipeline.spark import extract_texts

    rules = tmp_path / "myrules"
    rules.mkdir()
    (rules / "currencies.tsv").write_text("word\tcode\n迪拉姆\tAED\n", encoding="utf-8")
    records = extract_texts(spark.createDataFrame([("a", "以3.5亿迪拉姆收购")], "id string, text string"), [rules])
    shutil.rmtree(rules)  # the job runs after this: it carries the rules, it does not read the folder
    (record,) = [json.loads(r.record) for r in records.collect()]
    assert [e["value"] for e in record["entities"]] == [{"amount": 350000000, "currency": "AED"}]


def test_broken_rules_stop_on_the_driver(spark, tmp_path: Path) -> None:
    from pipeline.spark import extract_texts

    (tmp_path / "date.yaml").write_text("rules:\n  - id: date.x\n    patern: '2024'\n", encoding="utf-8")
    with pytest.raises(RulebookError, match="did you mean 'pattern'"):
        extract_texts(spark.createDataFrame([("a", "x")], "id string, text string"), [tmp_path])
