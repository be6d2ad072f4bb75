"""Rule patterns run under a time limit, so a pattern that backtracks catastrophically
stops with its rule named instead of hanging the run.

`regex` applies a timeout to one call, so iteration is a loop of searches: the limit
holds per match found, whatever the number of matches in a document.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from pipeline.rulebook import Rule

MATCH_SECONDS = 1.0  # what one search may take on a short text
SECONDS_PER_CHAR = 10e-6  # plus this per character searched: a plain pattern needs under 5 µs


class RuleTimeout(Exception):
    def __init__(self, rule: Rule, seconds: float) -> None:
        self.rule = rule
        super().__init__(
            f"rule '{rule.id}' ({rule.origin}) took more than {seconds:.1f} s to find one match; "
            "its pattern probably backtracks catastrophically (nested repeats such as (a+)+)"
        )


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
    seconds = MATCH_SECONDS + SECONDS_PER_CHAR * (endpos - pos)
    try:
        return (compiled.match if anchored else compiled.search)(text, pos, endpos, timeout=seconds)
    except TimeoutError:
        raise RuleTimeout(rule, seconds) from None


def finditer(
    rule: Rule, text: str, pos: int = 0, endpos: int | None = None, *, overlapped: bool = False
) -> Iterator[regex.Match[str]]:
    """Every non-empty match in text[pos:endpos]; `overlapped` also tries inside earlier matches."""
    endpos = len(text) if endpos is None else endpos
    while pos < endpos and (m := search(rule, text, pos, endpos)):
        if m.end() > m.start():
            yield m
        pos = m.start() + 1 if overlapped or m.end() == m.start() else m.end()
