"""The `zh-extract` command: argument handling only; the work lives in the modules."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import sys
from pathlib import Path

import click

from pipeline import batch
from pipeline.evaluate import evaluate, read_jsonl
from pipeline.rulebook import NO_MODEL_RULES, Rulebook, RulebookError, load_rulebook

RULES_OPTION = click.option(
    "--rules",
    "rule_dirs",
    multiple=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="A rule folder layered over the built-in rules (repeatable): adds rules, "
    "overrides a rule by id, disables ids listed under `disable:`.",
)


NO_MODEL_OPTION = click.option(
    "--no-model",
    is_flag=True,
    help="Rules only: switch the trained recognizer off (the same as --rules rules/no-model).",
)


def _rule_dirs(rule_dirs: tuple[Path, ...], no_model: bool) -> tuple[Path, ...]:
    return (*rule_dirs, NO_MODEL_RULES) if no_model else rule_dirs


def _load_rules(rule_dirs: tuple[Path, ...]) -> Rulebook:
    """Load the rules or stop with status 2, listing every problem."""
    try:
        return load_rulebook(rule_dirs)
    except RulebookError as exc:
        for error in exc.errors:
            click.echo(str(error), err=True)
        click.echo(f"Error: {len(exc.errors)} problem(s) in the rules; nothing was processed.", err=True)
        sys.exit(2)


class Terminated(BaseException):
    """SIGTERM (from `timeout`, `docker stop`, a service manager), raised where the run is, so
    that it stops as Ctrl-C's KeyboardInterrupt does; a BaseException, as that is, so that the
    per-document `except Exception` never takes it for a bug."""


def _raise_terminated(_signum: int, _frame: object) -> None:
    raise Terminated


def _parse_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a YYYY-MM-DD date") from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="zh-extract")
def main() -> None:
    """Extract money, quantities, dates, places and organizations from Chinese articles."""


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Output JSONL file [default: output/<first input's name>.jsonl].",
)
@click.option("--glob", "pattern", default="*.txt", show_default=True, help="Files to take from input folders.")
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=os.cpu_count() or 1,
    show_default="all cores",
    help="Worker processes.",
)
@click.option("--force", is_flag=True, help="Overwrite an existing output file.")
@click.option("--resume", is_flag=True, help="Keep the documents already in the output file and add the rest.")
@click.option(
    "--ref-date",
    callback=_parse_date,
    help="YYYY-MM-DD that anchors dates without a year [default: each document's published date, if stated].",
)
@RULES_OPTION
@NO_MODEL_OPTION
def run(
    inputs: tuple[str, ...],
    output: Path | None,
    pattern: str,
    jobs: int,
    force: bool,
    resume: bool,
    ref_date: dt.date | None,
    rule_dirs: tuple[Path, ...],
    no_model: bool,
) -> None:
    """Process article files, folders, JSONL files of {"id", "text"} lines, or - (stdin)."""
    if force and resume:
        raise click.UsageError("--force and --resume exclude each other")
    rule_dirs = _rule_dirs(rule_dirs, no_model)
    rulebook = _load_rules(rule_dirs)
    target = output or batch.default_output(inputs)
    previous = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        summary = batch.run(
            inputs, target, rulebook, rule_dirs, glob=pattern, jobs=jobs, force=force, resume=resume, ref_date=ref_date
        )
    except (batch.OutputRefused, batch.OutputFailed) as exc:
        raise click.ClickException(str(exc)) from None
    except (KeyboardInterrupt, Terminated) as exc:
        click.echo(f"\nInterrupted: {target} holds only whole lines; add --resume to finish the run.", err=True)
        sys.exit(143 if isinstance(exc, Terminated) else 130)  # 128 + the signal, as a shell reports it
    finally:
        signal.signal(signal.SIGTERM, previous)  # a caller's own handler (tests run this in-process)
    click.echo(f"{target}: {summary}", err=True)


@main.command("eval")
@click.argument("output", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--gold",
    "gold_paths",
    multiple=True,
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Gold JSONL (repeatable).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def eval_command(output: Path, gold_paths: tuple[Path, ...], as_json: bool) -> None:
    """Score an output file against gold annotations."""
    report = evaluate(read_jsonl(gold_paths), read_jsonl([output]))
    click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2) if as_json else report.table())


@main.command("explain")
@click.argument("text")
@click.option("--trace", is_flag=True, help="Also show the matches that lost, and why.")
@click.option("--ref-date", callback=_parse_date, help="YYYY-MM-DD that anchors dates without a year.")
@RULES_OPTION
@NO_MODEL_OPTION
def explain_command(
    text: str, trace: bool, ref_date: dt.date | None, rule_dirs: tuple[Path, ...], no_model: bool
) -> None:
    """Extract from one snippet and print each entity with its span, value, normalized text and rule."""
    from pipeline.explain import explain
    from pipeline.process import Pipeline

    click.echo(explain(Pipeline(_load_rules(_rule_dirs(rule_dirs, no_model))), text, ref_date, trace))


@main.command("diff")
@click.argument("old", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("new", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--examples", default=20, show_default=True, help="How many changes to show with context.")
def diff_command(old: Path, new: Path, examples: int) -> None:
    """Entities added, removed and changed between two runs; exits 1 if anything changed."""
    from pipeline.diff import diff_runs, report

    new_docs = read_jsonl([new])
    changes, notes = diff_runs(read_jsonl([old]), new_docs)
    click.echo(report(changes, notes, {d["doc_id"]: d["source"] for d in new_docs}, examples))
    sys.exit(1 if changes or notes else 0)


@main.command("review")
@click.argument("output", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "-o",
    "--out",
    "target",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("output/review.html"),
    show_default=True,
    help="The index page; one page per document goes in a folder of the same name.",
)
def review_command(output: Path, target: Path) -> None:
    """Write a static HTML report of a run: entities highlighted, with filters, search and values."""
    from pipeline.review import write_review

    written = write_review(read_jsonl([output]), target)
    click.echo(f"{target}: index and {len(written) - 1} document page(s) in {target.with_suffix('')}/", err=True)


@main.group()
def rules() -> None:
    """Work with rule files."""


@rules.command("check")
@click.argument("directory", required=False, type=click.Path(exists=True, file_okay=False, path_type=Path))
def rules_check(directory: Path | None) -> None:
    """Validate the rules (built-in, plus DIRECTORY layered over them) and run every inline example."""
    from pipeline.rulecheck import cases, check
    from pipeline.segment import Segmenter

    rulebook = _load_rules((directory,) if directory else ())
    failures = check(rulebook, Segmenter(rulebook.dictionaries))
    for case, problem in failures:
        click.echo(f"{case.rule.origin}: {case.name}: {problem}", err=True)
    total = sum(1 for _ in cases(rulebook))
    click.echo(
        f"{len(rulebook.rules)} rules, {total} examples and negatives: {total - len(failures)} passed, "
        f"{len(failures)} failed"
    )
    if failures:
        sys.exit(1)
