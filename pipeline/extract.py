"""Run entity rules over normalized text and keep the mentions that win.

Pure over (text, rules, word boundaries): no I/O, no document state beyond the
`Context` handed to value builders. Offsets here are into the normalized text.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any

from pipeline.extractors import BUILDERS, Context
from pipeline.rulebook import Rule


@dataclass(frozen=True)
class Mention:
    type: str
    start: int
    end: int
    value: dict[str, Any]
    rule: Rule


@dataclass(frozen=True)
class Rejected:
    """A match that did not become a mention, and why (for tests and tracing)."""

    rule: Rule
    start: int
    end: int
    reason: str


def candidates(
    text: str,
    rules: Iterable[Rule],
    boundaries: Collection[int],
    context: Context,
    rejected: list[Rejected] | None = None,
) -> list[Mention]:
    """Every match of every rule that passes its edge check and value builder."""
    found = []
    for rule in rules:
        builder = BUILDERS[rule.type][rule.value or ""]
        for match in rule.compiled.finditer(text):
            start, end = match.span()
            if start == end:
                continue
            if (rule.edges in ("both", "start") and start not in boundaries) or (
                rule.edges in ("both", "end") and end not in boundaries
            ):
                if rejected is not None:
                    rejected.append(Rejected(rule, start, end, "cuts through a word"))
                continue
            value = builder(match.groupdict(), context)
            if value is None:
                if rejected is not None:
                    rejected.append(Rejected(rule, start, end, "no valid value"))
                continue
            found.append(Mention(rule.type, start, end, value, rule))
    return found


def resolve_overlaps(mentions: Iterable[Mention]) -> list[Mention]:
    """Longer wins, then higher priority, then earlier; the result is sorted by start."""
    ranked = sorted(mentions, key=lambda m: (-(m.end - m.start), -m.rule.priority, m.start, m.rule.id))
    taken: list[Mention] = []
    for mention in ranked:
        if all(mention.end <= t.start or mention.start >= t.end for t in taken):
            taken.append(mention)
    return sorted(taken, key=lambda m: m.start)


def extract(text: str, rules: Iterable[Rule], boundaries: Collection[int], context: Context) -> list[Mention]:
    return resolve_overlaps(candidates(text, rules, boundaries, context))
