"""Files in, JSONL out: finding inputs, running workers, writing and resuming output.

Inputs are read lazily and at most a few chunks of documents are in flight, so
memory stays bounded however many files there are. Output lines are written one
`os.write` each on an O_APPEND descriptor, so an interrupted run leaves only
whole lines (and `--resume` drops a torn last line if the system died mid-write).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import multiprocessing
import os
import signal
import stat
import sys
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tqdm import tqdm

from pipeline.process import Pipeline, Source
from pipeline.records import Document, Error, to_line
from pipeline.rulebook import Rulebook, load_rulebook

STDIN = "-"
CHUNK_DOCUMENTS = 8  # documents per task sent to a worker
CHUNK_BYTES = 1 << 20  # ... or fewer, once they hold this many bytes
IN_FLIGHT = 4  # chunks queued per worker


class OutputRefused(Exception):
    """The output cannot be used as asked; nothing was opened for writing."""


class OutputExists(OutputRefused):
    pass


class OutputIsInput(OutputRefused):
    pass


class OutputFailed(Exception):
    """Writing the output failed (a full disk, a quota, a file size limit); the lines before are whole."""

    def __init__(self, output: Path, written: int, error: OSError) -> None:
        super().__init__(
            f"cannot write {output} ({error.strerror or error}) after {written} documents; "
            "add --resume to continue once there is room"
        )


def default_output(inputs: Sequence[str], directory: Path = Path("output")) -> Path:
    first = inputs[0]
    name = "stdin" if first == STDIN else Path(first).resolve().stem or "output"
    return directory / f"{name}.jsonl"


def _refuse_output_among_inputs(inputs: Sequence[str], output: Path, glob: str) -> None:
    """An output that is an input, or lies in an input folder where `glob` picks it up, would be
    emptied before it is read, or read back as a document: refuse it before anything is written."""
    target = output.resolve()  # a link to an input is that input
    for given in inputs:
        if given == STDIN:
            continue
        path = Path(given).resolve()
        if target == path:
            raise OutputIsInput(f"{output} is an input: write the output somewhere else")
        # rglob(glob) takes a file at any depth whose path ends as `glob` says, as match() checks
        if path.is_dir() and target.is_relative_to(path) and target.relative_to(path).match(glob):
            raise OutputIsInput(
                f"{output} would be read as an input (it is in {given} and matches --glob {glob!r}): "
                "write the output somewhere else"
            )


def discover(inputs: Sequence[str], glob: str = "*.txt") -> Iterator[Source]:
    """Every input document, in a stable order: as given, directories sorted."""
    for given in inputs:
        if given == STDIN:
            yield Source("stdin", STDIN, sys.stdin.buffer.read())
            continue
        path = Path(given)
        if path.is_dir():
            # Folders are walked without following symlinked folders (no loops); any other
            # entry whose name matches is a document, so a broken link gets an error line.
            for file in sorted(p for p in path.rglob(glob) if not p.is_dir()):
                yield from _read_file(file, file.relative_to(path).with_suffix("").as_posix())
        elif path.exists() or path.is_symlink():
            yield from _read_file(path, path.stem)
        else:
            yield _broken(path.stem or given, given, "not-found", f"no such file or directory: {given}")


def _broken(doc_id: str, source: str, code: str, message: str) -> Source:
    return Source(doc_id, source, b"", error=Error(code, message))


def _read_file(path: Path, doc_id: str) -> Iterator[Source]:
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # a FIFO or device would block or never end
            yield _broken(doc_id, str(path), "not-a-file", f"{path}: not a regular file")
            return
        data = path.read_bytes()
    except OSError as exc:  # permissions, a dangling link, a symlink loop
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
        yield Source.of_text(doc_id, where, text)


def _unique_ids(sources: Iterable[Source]) -> Iterator[Source]:
    seen: Counter[str] = Counter()
    for source in sources:
        seen[source.doc_id] += 1
        if seen[source.doc_id] > 1:
            source = Source(
                f"{source.doc_id}~{seen[source.doc_id]}", source.source, source.data, source.encoding, source.error
            )
        yield source


def completed(output: Path) -> dict[str, str]:
    """doc_id -> sha256 of the whole lines already in `output` (a later line of the same doc_id
    wins, as `_rewrite_in_input_order` keeps it); cuts off a torn last line."""
    done: dict[str, str] = {}
    good_bytes = 0
    with output.open("rb") as handle:
        for line in handle:
            try:
                record = json.loads(line)
                done[record["doc_id"]] = record["sha256"]
            except (ValueError, KeyError, TypeError):
                break
            if not line.endswith(b"\n"):
                break
            good_bytes += len(line)
    if good_bytes != output.stat().st_size:
        os.truncate(output, good_bytes)
    return done


def _rewrite_in_input_order(output: Path, order: Sequence[str]) -> None:
    """After a resume: one line per document, its last (a changed document's new line, appended
    after the old one), in input order (a new document goes where it belongs, not at the end);
    lines of documents that are no longer inputs stay, after the rest. Rewritten only when the
    file is not already so, through a file beside it and a rename: a failure leaves it as it was."""
    spans: dict[str, tuple[int, int]] = {}
    in_file: list[str] = []
    offset = 0
    with output.open("rb") as handle:
        for line in handle:
            doc_id = json.loads(line)["doc_id"]
            in_file.append(doc_id)
            spans[doc_id] = (offset, len(line))
            offset += len(line)
    wanted = [doc_id for doc_id in order if doc_id in spans]
    listed = set(wanted)
    wanted += [doc_id for doc_id in dict.fromkeys(in_file) if doc_id not in listed]
    if wanted == in_file:
        return
    rewritten = output.with_name(f".{output.name}.resumed")
    try:
        with output.open("rb") as old, rewritten.open("wb") as new:
            for doc_id in wanted:
                start, length = spans[doc_id]
                old.seek(start)
                new.write(old.read(length))
        os.replace(rewritten, output)
    finally:
        rewritten.unlink(missing_ok=True)


@dataclass
class Summary:
    documents: int = 0
    skipped: int = 0
    errors: int = 0
    entities: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    def add(self, document: Document) -> None:
        self.documents += 1
        self.errors += bool(document.errors)
        self.entities.update(e.type for e in document.entities)

    def merge(self, other: Summary) -> None:
        self.documents += other.documents
        self.errors += other.errors
        self.entities.update(other.entities)

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
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    # SIGTERM ends a worker at once, as the pool's terminate() expects: the handler of a
    # parent that raises on it would come with fork and print a traceback here instead.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if _worker_pipeline is None:  # inherited through fork when the parent built it
        _worker_pipeline = Pipeline(load_rulebook(rule_dirs), ref_date)


def _process(chunk: list[Source]) -> list[tuple[bytes, Summary]]:
    """Each document's line, with its own summary (so the writer never parses JSON back)."""
    assert _worker_pipeline is not None
    results = []
    for source in chunk:
        document, summary = _worker_pipeline.process(source), Summary()
        summary.add(document)
        results.append((to_line(document.to_json()), summary))
    return results


def _chunks(sources: Iterable[Source], singles: int = 0) -> Iterator[list[Source]]:
    """Consecutive runs of sources, small enough to keep every worker busy and memory low. The
    first `singles` hold one document each, so that the first lines come out without waiting
    for a whole chunk."""
    chunk: list[Source] = []
    size = 0
    for number, source in enumerate(sources):
        chunk.append(source)
        size += len(source.data)
        if len(chunk) >= CHUNK_DOCUMENTS or size >= CHUNK_BYTES or number < singles:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


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
    """Process every input into `output`; the rulebook is already validated.

    On KeyboardInterrupt (or what a SIGTERM handler raises), or OutputFailed when a write
    fails, the workers stop, every line written so far is whole, and the exception goes on to
    the caller; `resume=True` then finishes the job.
    """
    global _worker_pipeline
    started = dt.datetime.now()
    summary = Summary()
    _refuse_output_among_inputs(inputs, output, glob)
    if output.exists() and not (force or resume):
        raise OutputExists(f"{output} exists: use --force to overwrite it or --resume to continue it")
    descriptor, done = _open_output(output, resume)
    order: list[str] = []  # on a resume, every input's doc_id, to put the lines back in input order

    def pending() -> Iterator[Source]:
        for source in _unique_ids(discover(inputs, glob)):
            if done:
                order.append(source.doc_id)
            if done.get(source.doc_id) == hashlib.sha256(source.data).hexdigest():
                summary.skipped += 1
            else:
                yield source

    _worker_pipeline = Pipeline(rulebook, ref_date)
    progress = tqdm(unit="doc", disable=not sys.stderr.isatty(), file=sys.stderr)
    try:
        if jobs > 1:
            context = multiprocessing.get_context(
                "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
            )
            with context.Pool(jobs, _init_worker, (tuple(rule_dirs), ref_date)) as pool:
                results = _in_order(pool, _chunks(pending(), jobs), IN_FLIGHT * jobs)
                _write_all(results, descriptor, output, summary, progress)
        else:
            # One document at a time: in one process a chunk would only hold its first lines back.
            _write_all(map(_process, ([source] for source in pending())), descriptor, output, summary, progress)
    finally:
        progress.close()
        os.close(descriptor)
    if done:
        try:
            _rewrite_in_input_order(output, order)
        except OSError as exc:
            raise OutputFailed(output, summary.documents, exc) from exc
    summary.seconds = (dt.datetime.now() - started).total_seconds()
    return summary


def _open_output(output: Path, resume: bool) -> tuple[int, dict[str, str]]:
    """An append-only descriptor on `output` (emptied unless resuming) and the documents it keeps."""
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        done = completed(output) if resume and output.exists() else {}
        if not resume:
            output.write_bytes(b"")
        return os.open(output, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644), done
    except OSError as exc:
        raise OutputFailed(output, 0, exc) from exc


def _in_order(pool: Any, chunks: Iterable[list[Source]], window: int) -> Iterator[list[tuple[bytes, Summary]]]:
    """The workers' results in input order, with at most `window` chunks queued at once."""
    queued: deque[Any] = deque()
    for chunk in chunks:
        queued.append(pool.apply_async(_process, (chunk,)))
        if len(queued) >= window:
            yield queued.popleft().get()
    while queued:
        yield queued.popleft().get()


def _write_all(
    results: Iterable[list[tuple[bytes, Summary]]], descriptor: int, output: Path, summary: Summary, progress: tqdm
) -> None:
    for lines in results:
        for line, counts in lines:
            view = memoryview(line)
            try:
                while view:  # one write per line; the loop only matters for lines of gigabytes
                    view = view[os.write(descriptor, view) :]
            except OSError as exc:  # a full disk: what is written stays, and --resume cuts a torn line
                raise OutputFailed(output, summary.documents, exc) from exc
            summary.merge(counts)
            progress.update()
