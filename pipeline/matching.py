"""Rule patterns from user folders run under a time limit, so a pattern that backtracks
catastrophically stops with its rule named instead of hanging the run.

The limit holds for one search, or for one pass over a text (at most one 50,000-character
piece of a document): 1 s plus 10 µs per character, where a plain pattern needs under 6 µs.
Built-in rules run without it: they are tested (fuzzed included), and the `regex` module's
clock checks would make every search about 30% slower.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import regex

from pipeline.rulebook import Rule

MATCH_SECONDS = 1.0
SECONDS_PER_CHAR = 10e-6


class RuleTimeout(Exception):
    def __init__(self, rule: Rule, seconds: float) -> None:
        self.rule = rule
        super().__init__(
            f"rule '{rule.id}' ({rule.origin}) took more than {seconds:.1f} s on one text; "
            "its pattern probably backtracks catastrophically (nested repeats such as (a+)+)"
        )


def _limit(rule: Rule, characters: int) -> float | None:
    return None if rule.builtin else MATCH_SECONDS + SECONDS_PER_CHAR * characters


def search(
    rule: Rule,
    text: str,
    pos: int = 0,
    endpos: int | None = None,
    *,
    pattern: regex.Pattern[str] | None = None,
    anchored: bool = False,
) -> regex.Match[str] | None:
    """The first match of the rule (or of `pattern`, built from it) in text[pos:endpos];
    with `anchored`, only a match starting at `pos`."""
    compiled = pattern or rule.compiled
    assert compiled is not None
    endpos = len(text) if endpos is None else endpos
    seconds = _limit(rule, endpos - pos)
    try:
        return (compiled.match if anchored else compiled.search)(text, pos, endpos, timeout=seconds)
    except TimeoutError:
        raise RuleTimeout(rule, seconds or 0) from None


def finditer(
    rule: Rule, text: str, pos: int = 0, endpos: int | None = None, *, overlapped: bool = False
) -> Iterator[regex.Match[str]]:
    """Every non-empty match in text[pos:endpos]; `overlapped` also tries inside earlier matches."""
    endpos = len(text) if endpos is None else endpos
    seconds = _limit(rule, endpos - pos)
    yield from _finditer(rule, text, pos, endpos, overlapped, seconds, seconds)


def rule_matches(rule: Rule, text: str) -> Iterator[regex.Match[str]]:
    """finditer(rule, text, overlapped=True), searching only around the rule's trigger words
    where it declares them: the same matches, found faster. The time limit is for all of it."""
    if rule.trigger is None:
        yield from finditer(rule, text, overlapped=True)
        return
    limit = _limit(rule, len(text))
    deadline = None if limit is None else time.monotonic() + limit
    for low, high in rule.trigger.windows(text):
        seconds = None if deadline is None else max(deadline - time.monotonic(), 1e-3)
        yield from _finditer(rule, text, low, high, True, seconds, limit)


def _finditer(
    rule: Rule, text: str, pos: int, endpos: int, overlapped: bool, seconds: float | None, limit: float | None
) -> Iterator[regex.Match[str]]:
    assert rule.compiled is not None
    try:
        for m in rule.compiled.finditer(text, pos, endpos, overlapped=overlapped, timeout=seconds):
            if m.end() > m.start():
                yield m
    except TimeoutError:
        raise RuleTimeout(rule, limit or 0) from None
