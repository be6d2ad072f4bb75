"""Files in, JSONL out: finding inputs, running workers, writing and resuming output.

Output lines are written one `os.write` each on an O_APPEND descriptor, so an
interrupted run leaves only whole lines (and `--resume` drops a torn last line
if the system died mid-write).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import multiprocessing
import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tqdm import tqdm

from pipeline.process import Pipeline, Source
from pipeline.records import Error
from pipeline.rulebook import Rulebook, load_rulebook

STDIN = "-"


class OutputExists(Exception):
    pass


def default_output(inputs: Sequence[str], directory: Path = Path("output")) -> Path:
    first = inputs[0]
    name = "stdin" if first == STDIN else Path(first).resolve().stem or "output"
    return directory / f"{name}.jsonl"


def discover(inputs: Sequence[str], glob: str = "*.txt") -> Iterator[Source]:
    """Every input document, in a stable order: as given, directories sorted."""
    for given in inputs:
        if given == STDIN:
            yield Source("stdin", STDIN, sys.stdin.buffer.read())
            continue
        path = Path(given)
        if path.is_dir():
            for file in sorted(p for p in path.rglob(glob) if p.is_file()):
                yield from _read_file(file, file.relative_to(path).with_suffix("").as_posix())
        elif path.is_file():
            yield from _read_file(path, path.stem)
        else:
            yield _broken(path.stem or given, given, "not-found", f"no such file or directory: {given}")


def _broken(doc_id: str, source: str, code: str, message: str) -> Source:
    return Source(doc_id, source, b"", error=Error(code, message))


def _read_file(path: Path, doc_id: str) -> Iterator[Source]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield _broken(doc_id, str(path), "unreadable", str(exc))
        return
    if path.suffix == ".jsonl":
        yield from _read_jsonl(data, path)
    else:
        yield Source(doc_id, str(path), data)


def _read_jsonl(data: bytes, path: Path) -> Iterator[Source]:
    """Lines of {"id": ..., "text": ...}; a bad line becomes a document with an error."""
    for number, raw in enumerate(data.splitlines(), 1):
        if not raw.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(raw)
            doc_id, text = str(record["id"]), record["text"]
            if not isinstance(text, str):
                raise TypeError("'text' is not a string")
        except (ValueError, KeyError, TypeError) as exc:
            yield _broken(f"{path.stem}:{number}", where, "bad-jsonl-line", f"{where}: {exc!r}")
            continue
        yield Source(doc_id, where, text.encode("utf-8"), encoding="utf-8")


def _unique_ids(sources: Iterable[Source]) -> Iterator[Source]:
    seen: Counter[str] = Counter()
    for source in sources:
        seen[source.doc_id] += 1
        if seen[source.doc_id] > 1:
            source = Source(
                f"{source.doc_id}~{seen[source.doc_id]}", source.source, source.data, source.encoding, source.error
            )
        yield source


def completed(output: Path) -> set[tuple[str, str]]:
    """(doc_id, sha256) of the whole lines already in `output`; cuts off a torn last line."""
    done: set[tuple[str, str]] = set()
    good_bytes = 0
    with output.open("rb") as handle:
        for line in handle:
            try:
                record = json.loads(line)
                done.add((record["doc_id"], record["sha256"]))
            except (ValueError, KeyError, TypeError):
                break
            if not line.endswith(b"\n"):
                break
            good_bytes += len(line)
    if good_bytes != output.stat().st_size:
        os.truncate(output, good_bytes)
    return done


@dataclass
class Summary:
    documents: int = 0
    skipped: int = 0
    errors: int = 0
    entities: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    def add(self, record: dict[str, Any]) -> None:
        self.documents += 1
        self.errors += bool(record["errors"])
        self.entities.update(e["type"] for e in record["entities"])

    def __str__(self) -> str:
        per_type = ", ".join(f"{t} {n}" for t, n in sorted(self.entities.items())) or "none"
        skipped = f", {self.skipped} already done" if self.skipped else ""
        return (
            f"{self.documents} documents{skipped}, {sum(self.entities.values())} entities ({per_type}), "
            f"{self.errors} with errors, {self.seconds:.1f} s"
        )


_worker_pipeline: Pipeline | None = None


def _init_worker(rule_dirs: tuple[Path, ...], ref_date: dt.date | None) -> None:
    global _worker_pipeline
    if _worker_pipeline is None:  # inherited through fork when the parent built it
        _worker_pipeline = Pipeline(load_rulebook(rule_dirs), ref_date)


def _process(source: Source) -> str:
    assert _worker_pipeline is not None
    return record_line(_worker_pipeline, source)


def record_line(pipeline: Pipeline, source: Source) -> str:
    """One document's output line, without its newline: `run` and the Spark jobs write exactly this."""
    return json.dumps(pipeline.process(source).to_json(), ensure_ascii=False)


def run(
    inputs: Sequence[str],
    output: Path,
    rulebook: Rulebook,
    rule_dirs: Sequence[Path] = (),
    *,
    glob: str = "*.txt",
    jobs: int = 1,
    force: bool = False,
    resume: bool = False,
    ref_date: dt.date | None = None,
) -> Summary:
    """Process every input into `output`; the rulebook is already validated."""
    global _worker_pipeline
    started = dt.datetime.now()
    summary = Summary()
    if output.exists() and not (force or resume):
        raise OutputExists(f"{output} exists: use --force to overwrite it or --resume to continue it")
    output.parent.mkdir(parents=True, exist_ok=True)
    done = completed(output) if resume and output.exists() else set()
    if not resume:
        output.write_bytes(b"")

    sources = []
    for source in _unique_ids(discover(inputs, glob)):
        if (source.doc_id, hashlib.sha256(source.data).hexdigest()) in done:
            summary.skipped += 1
        else:
            sources.append(source)

    _worker_pipeline = Pipeline(rulebook, ref_date)
    descriptor = os.open(output, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    progress = tqdm(total=len(sources), unit="doc", disable=not sys.stderr.isatty(), file=sys.stderr)
    try:
        if jobs > 1 and len(sources) > 1:
            context = multiprocessing.get_context(
                "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
            )
            with context.Pool(jobs, _init_worker, (tuple(rule_dirs), ref_date)) as pool:
                lines: Iterable[str] = pool.imap(_process, sources, chunksize=2)
                _write_all(lines, descriptor, summary, progress)
        else:
            _write_all(map(_process, sources), descriptor, summary, progress)
    finally:
        progress.close()
        os.close(descriptor)
    summary.seconds = (dt.datetime.now() - started).total_seconds()
    return summary


def _write_all(lines: Iterable[str], descriptor: int, summary: Summary, progress: tqdm) -> None:
    for line in lines:
        os.write(descriptor, (line + "\n").encode("utf-8"))
        summary.add(json.loads(line))
        progress.update()
