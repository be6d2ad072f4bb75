"""The pipeline on PySpark: DataFrames of documents in, DataFrames of contract records out.

Each output row is `(doc_id, record)`, where `record` is the JSON line `zh-extract run`
writes for that document, byte for byte; `df.select("record").write.text(path)` is then
contract JSONL. The rules are loaded and validated on the driver and their files travel in
the task closure, so executors need the installed package but no checkout. Each Python
worker builds one Pipeline per rule set on its first batch and keeps it for later tasks.

As a job: `spark-submit pipeline/spark.py INPUT OUTPUT [--rules DIR]...` (see README).
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import hashlib
import os
import posixpath
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlparse

from pipeline.process import Pipeline, Source
from pipeline.records import to_line
from pipeline.rulebook import BUILTIN_RULES, load_rulebook

if TYPE_CHECKING:
    import pandas as pd
    from pyspark.sql import DataFrame, SparkSession

OUTPUT_SCHEMA = "doc_id string, record string"


def _line(pipeline: Pipeline, source: Source) -> str:
    """The document's line exactly as `zh-extract run` writes it, without the newline."""
    return to_line(pipeline.process(source).to_json())[:-1].decode("utf-8")


@dataclass(frozen=True)
class RuleFiles:
    """The files of each rule layer (built-in first), as read on the driver."""

    layers: tuple[tuple[tuple[str, bytes], ...], ...]  # per layer: (relative POSIX path, content)

    @classmethod
    def read(cls, rule_dirs: Sequence[Path | str] = ()) -> RuleFiles:
        """Validate the rules (raises RulebookError, as `run` would) and take every file of each folder."""
        load_rulebook([Path(d) for d in rule_dirs])
        return cls(tuple(_files(Path(d)) for d in (BUILTIN_RULES, *rule_dirs)))

    @functools.cached_property
    def digest(self) -> str:
        sha = hashlib.sha256()
        for number, layer in enumerate(self.layers):
            for name, content in layer:
                sha.update(f"{number}\0{name}\0{len(content)}\0".encode())
                sha.update(content)
        return sha.hexdigest()

    def pipeline(self, ref_date: dt.date | None) -> Pipeline:
        """This worker's Pipeline for these rules, built from the shipped files on first use."""
        key = (self.digest, ref_date)
        if key not in _pipelines:
            # Everything is read while loading (tables, gazetteer, jieba user dictionaries), so
            # the unpacked files can go once the Pipeline exists.
            with tempfile.TemporaryDirectory(prefix="zh-extract-rules-") as tmp:
                folders = [Path(tmp) / str(number) for number in range(len(self.layers))]
                for folder, layer in zip(folders, self.layers, strict=True):
                    for name, content in layer:
                        path = folder / name
                        path.parent.mkdir(parents=True, exist_ok=True)
                        path.write_bytes(content)
                    folder.mkdir(exist_ok=True)
                _pipelines[key] = Pipeline(load_rulebook(folders[1:], folders[0]), ref_date)
        return _pipelines[key]


_pipelines: dict[tuple[str, dt.date | None], Pipeline] = {}


def _files(folder: Path) -> tuple[tuple[str, bytes], ...]:
    """Every file under `folder` except hidden ones (.git and the like)."""
    found = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if path.is_file() and not any(part.startswith(".") for part in relative.parts):
            found.append((relative.as_posix(), path.read_bytes()))
    return tuple(found)


def extract_texts(
    df: DataFrame,
    rule_dirs: Sequence[Path | str] = (),
    *,
    ref_date: dt.date | None = None,
    id_col: str = "id",
    text_col: str = "text",
    source_col: str | None = None,
) -> DataFrame:
    """Records for a DataFrame of `(id, text)`, as `run` gives for JSONL lines `{"id", "text"}`.

    `source` is the id unless `source_col` names a column that holds it. A null text is an
    empty document (its record has the error `empty`, as for any input with no text); a null
    id is the empty string.
    """
    columns = [df[id_col].cast("string").alias("id"), df[text_col].alias("text")]
    if source_col is not None:
        columns.append(df[source_col].cast("string").alias("source"))
    process = functools.partial(_texts, rules=RuleFiles.read(rule_dirs), ref_date=ref_date)
    return df.select(*columns).mapInPandas(process, OUTPUT_SCHEMA)


def extract_files(
    df: DataFrame,
    rule_dirs: Sequence[Path | str] = (),
    *,
    root: str | None = None,
    ref_date: dt.date | None = None,
) -> DataFrame:
    """Records for a `spark.read.format("binaryFile")` DataFrame: one document per file, as `run` reads files.

    `doc_id` is the path relative to `root` without its extension (the file name without it
    when the file is not under `root`), as `run` names the files of a folder; `source` is the
    path, without `file:` for local files. Encodings are detected as in `run`.
    """
    process = functools.partial(
        _files_batches, rules=RuleFiles.read(rule_dirs), ref_date=ref_date, root=_uri_path(root) if root else None
    )
    return df.select("path", "content").mapInPandas(process, OUTPUT_SCHEMA)


def _texts(batches: Iterator[pd.DataFrame], rules: RuleFiles, ref_date: dt.date | None) -> Iterator[pd.DataFrame]:
    import pandas as pd

    pipeline = rules.pipeline(ref_date)
    for batch in batches:
        ids, texts = _strings(batch["id"]), _strings(batch["text"])
        sources = _strings(batch["source"]) if "source" in batch else ids
        lines = [
            _line(pipeline, Source.of_text(doc_id, source, text))
            for doc_id, text, source in zip(ids, texts, sources, strict=True)
        ]
        yield pd.DataFrame({"doc_id": ids, "record": lines})


def _strings(column: pd.Series) -> list[str]:
    """A column's values, with Spark's nulls (None or NaN, by pandas version) as empty strings."""
    return [value if isinstance(value, str) else "" for value in column]


def _files_batches(
    batches: Iterator[pd.DataFrame], rules: RuleFiles, ref_date: dt.date | None, root: str | None
) -> Iterator[pd.DataFrame]:
    import pandas as pd

    pipeline = rules.pipeline(ref_date)
    for batch in batches:
        ids, lines = [], []
        for uri, content in zip(batch["path"], batch["content"], strict=True):
            doc_id = _doc_id(_uri_path(uri), root)
            source = uri.removeprefix("file:") if uri.startswith("file:/") else uri
            ids.append(doc_id)
            lines.append(_line(pipeline, Source(doc_id, source, bytes(content))))
        yield pd.DataFrame({"doc_id": ids, "record": lines})


def _uri_path(location: str) -> str:
    """The path part of a URI or local path, absolute: `file:/a/b.txt` and `b.txt` (in /a) alike."""
    parsed = urlparse(location)
    path = unquote(parsed.path) if parsed.scheme else os.path.abspath(location)
    return path.rstrip("/") or "/"


def _doc_id(path: str, root: str | None) -> str:
    """`run`'s doc_id: the path relative to the folder given, else the file name; no extension."""
    if root is not None and path.startswith(root + "/"):
        return posixpath.splitext(path[len(root) + 1 :])[0]
    return posixpath.splitext(posixpath.basename(path))[0]


def parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="spark-submit pipeline/spark.py",
        description="The files of INPUT to contract JSONL, as part files in the folder OUTPUT.",
    )
    parser.add_argument("input", help="a folder (searched recursively for --glob) or a file; any path Spark reads")
    parser.add_argument("output", help="a folder for the JSONL part files; must not exist")
    parser.add_argument("--glob", default="*.txt", help="files to take from INPUT [default: *.txt]")
    parser.add_argument("--rules", action="append", default=[], help="a rule folder layered over the built-in rules")
    parser.add_argument("--ref-date", type=dt.date.fromisoformat, help="YYYY-MM-DD that anchors dates without a year")
    return parser


def main(argv: Sequence[str] | None = None, spark: SparkSession | None = None) -> None:
    """`spark-submit pipeline/spark.py INPUT OUTPUT [--glob G] [--rules DIR]... [--ref-date D]`."""
    args = parser().parse_args(argv)

    from pyspark.sql import SparkSession

    spark = spark or SparkSession.builder.appName("zh-extract").getOrCreate()
    files = (
        spark.read.format("binaryFile")
        .option("pathGlobFilter", args.glob)
        .option("recursiveFileLookup", "true")
        .load(args.input)
    )
    records = extract_files(files, args.rules, root=args.input, ref_date=args.ref_date)
    records.select("record").write.text(args.output)


if __name__ == "__main__":
    # Run as a file by spark-submit: use the installed module, whose functions executors import by name.
    from pipeline.spark import main as installed_main

    installed_main()
