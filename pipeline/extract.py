"""Run entity rules over normalized text and keep the mentions that win.

Pure over (text, rules, word boundaries): no I/O, no document state beyond the
`Context` handed to value builders. Offsets here are into the normalized text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any

import regex

from pipeline.extractors import BUILDERS, Context
from pipeline.matching import rule_matches, search
from pipeline.rulebook import MODEL, PLACES, REPEATS, Rule
from pipeline.spans import DisjointSpans


@dataclass(frozen=True)
class Mention:
    type: str
    start: int
    end: int
    value: dict[str, Any]
    rule: Rule

    def shifted(self, offset: int) -> Mention:
        # Not dataclasses.replace, which costs ten times as much, once per mention.
        return Mention(self.type, self.start + offset, self.end + offset, self.value, self.rule)


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
    boundaries: frozenset[int],
    context: Context,
    rejected: list[Rejected] | None = None,
) -> list[Mention]:
    """Every match of every rule that passes its edge check and value builder."""
    found = []
    for rule in rules:
        builder = BUILDERS[rule.type][rule.value or ""]
        for start, end, groups, start_edges, word_end in _hits(rule, text, context, boundaries):
            if (
                rule.edges in ("both", "start", "compound")
                and boundaries.isdisjoint(start_edges)
                and not _joins(rule, start, context)
            ) or (
                rule.edges in ("both", "end", "compound")
                and word_end not in boundaries
                and not _splits(rule, word_end, context)
            ):
                if rejected is not None:
                    rejected.append(Rejected(rule, start, end, "cuts through a word"))
                continue
            value = builder(groups, context)
            if value is None:
                if rejected is not None:
                    rejected.append(Rejected(rule, start, end, "no valid value"))
                continue
            found.append(Mention(rule.type, start, end, value, rule))
    return found


def _joins(rule: Rule, position: int, context: Context) -> bool:
    """Whether a `compound` rule's match may start inside a jieba word: after a part of
    rules/compound_parts.tsv that comes before (原苏联)."""
    if rule.edges != "compound" or context.words is None:
        return False
    return context.tables.get("compound_parts", {}).get(context.words.head(position)) == "before"


def _splits(rule: Rule, position: int, context: Context) -> bool:
    """Whether a `compound` rule's match may end inside a jieba word: where the rest of the
    word is a common noun of two characters or more (美国市场, 香港媒体, 巴尔干地区) or a
    part of rules/compound_parts.tsv that comes after (德国人, 江西籍)."""
    if rule.edges != "compound" or context.words is None:
        return False
    if context.tables.get("compound_parts", {}).get(context.words.rest(position)) == "after":
        return True
    tag = context.words.rest_tag(position)
    return tag is not None and context.tables.get("name_word_tags", {}).get(tag) == "common"


# start, end, groups, where a word may start, where a word must end
Hit = tuple[int, int, dict[str, str | None], set[int], int]


def _hits(rule: Rule, text: str, context: Context, boundaries: frozenset[int]) -> Iterator[Hit]:
    if rule.gazetteer == MODEL:
        for span in context.recognized:
            if span.type == rule.type:
                groups = {"name": text[span.start : span.end], "score": f"{span.score:.3f}"}
                yield span.start, span.end, groups, {span.start}, span.end
        return
    if rule.gazetteer is not None:
        # A chain (甘肃省礼县) is one hit: `name` is its most specific part, `chain` the rest; a
        # word list's names come alone. A pattern on a gazetteer rule must match right after
        # the name (抚远市 + 政府), and a place before it is the group `place`.
        scanners = {PLACES: context.places, REPEATS: context.repeats}
        scanner = scanners.get(rule.gazetteer) or context.names[rule.gazetteer]
        for start, end, chain in scanner.scan(text):
            groups: dict[str, str | None] = {"name": chain[-1], "chain": "|".join(chain[:-1])}
            if rule.compiled is None:
                yield start, end, groups, {start}, end
            elif tail := search(rule, text, end, anchored=True):
                if rule.gazetteer == PLACES:
                    groups["place"] = text[start:end]
                yield start, tail.end(), {**groups, **tail.groupdict()}, {start}, tail.end()
        return
    assert rule.compiled is not None
    # Overlapping matches: when the leftmost match is rejected (李四人民币 -> 四人民币), one that
    # starts inside it (人民币50元) must still get its chance.
    for match in rule_matches(rule, text):
        if rule.extend == "words":
            start, tags = _words_before(text, match.start(), context)
            if start < match.start():
                # `glued`: jieba reads the match as the end of a longer word (理工大学, 房地产).
                glued = "" if match.start() in boundaries else "yes"
                groups = {
                    **match.groupdict(),
                    "core": text[start : match.start()],
                    "core_tags": "|".join(tags),
                    "glued": glued,
                }
                yield start, match.end(), groups, {start}, match.end()
        else:
            yield match.start(), match.end(), match.groupdict(), _start_edges(match), _word_end(match)


MAX_EXTENSION_WORDS = 4


def _words_before(text: str, position: int, context: Context) -> tuple[int, list[str]]:
    """Extend left from `position` over the jieba words whose tags name things
    (rules/name_word_tags.tsv): 最终/d 不敌/v [中瓯/new 地产/n] 集团 -> 中瓯地产. A name starts
    with a name, not a common word: 开发商/n [卓越/new] 地产. Words of rules/name_word_stops.tsv
    end it whatever their tag: 中国人寿旗下/n [国寿/j 投资/vn] 公司."""
    if context.words is None:
        return position, []
    name_tags = context.tables.get("name_word_tags", {})
    stops = context.tables.get("name_word_stops", {})
    start = position
    words: list[tuple[int, str]] = []  # (start, tag), right to left
    for word_start, tag in context.words.before(position, MAX_EXTENSION_WORDS):
        if tag not in name_tags or text[word_start:start] in stops:
            break
        start = word_start
        words.append((start, tag))
    while words and name_tags[words[-1][1]] == "common":
        words.pop()
    return (words[-1][0] if words else position), [tag for _, tag in reversed(words)]


def _start_edges(match: regex.Match[str]) -> set[int]:
    """Where a word may start for the match to be whole: its start, or, after a leading hedge
    (`pre`) that jieba glued to the word before it (其约|140吨, 比超|70%), the number's start.
    A group `before` (in a lookbehind) lets the word start earlier, anywhere from the group's
    start on: 美 of 中美关系 is whole where jieba reads 中美 as one word."""
    if "before" in match.re.groupindex and match.start("before") >= 0:
        return set(range(match.start("before"), match.start() + 1))
    edges = {match.start()}
    if "pre" in match.re.groupindex and match.start("pre") == match.start() and match.end("pre") > match.start():
        position = match.end("pre")
        while position < match.end() and match.string[position].isspace():
            position += 1
        edges.add(position)
    return edges


def _word_end(match: regex.Match[str]) -> int:
    """Where a word must end for the match to be whole: its end, or the end of a group `after`
    (in a lookahead) that the words checked take in (俄 before 总理 in 俄|总理 and 美 in 美军
    are whole; 美 of 美|军事 is not)."""
    if "after" in match.re.groupindex and match.end("after") >= 0:
        return match.end("after")
    return match.end()


def resolve_overlaps(mentions: Iterable[Mention], rejected: list[Rejected] | None = None) -> list[Mention]:
    """Longer wins, then higher priority, then earlier; the result is sorted by start."""
    ranked = sorted(mentions, key=lambda m: (-(m.end - m.start), -m.rule.priority, m.start, m.rule.id))
    taken: DisjointSpans[Mention] = DisjointSpans()
    for mention in ranked:
        winner = taken.overlapping(mention.start, mention.end)
        if winner is None:
            taken.add(mention.start, mention.end, mention)
        elif rejected is not None:
            why = "longer" if winner.end - winner.start > mention.end - mention.start else "higher priority or earlier"
            reason = f"lost an overlap to {winner.rule.id} ({why})"
            rejected.append(Rejected(mention.rule, mention.start, mention.end, reason))
    return taken.items()


def extract(
    text: str,
    rules: Iterable[Rule],
    boundaries: frozenset[int],
    context: Context,
    rejected: list[Rejected] | None = None,
) -> list[Mention]:
    """The winning mentions. The trained recognizer's spans (`gazetteer: model`) fill what the
    other rules left: one that overlaps a rule's winning mention is dropped, whatever its
    length (letting an organization of the model's take a place a rule found, 杭州 of
    杭州亚组委, cost more precision than it gained). Rules that find organizations named again
    (`gazetteer: repeats`) run last, over the organizations found so far and those in `context`."""
    rules = list(rules)
    again = [r for r in rules if r.gazetteer == REPEATS]
    learnt = [r for r in rules if r.gazetteer == MODEL]
    first = [r for r in rules if r.gazetteer not in (REPEATS, MODEL)]
    found = candidates(text, first, boundaries, context, rejected)
    if learnt:
        won: DisjointSpans[Mention] = DisjointSpans()
        for mention in resolve_overlaps(found):
            won.add(mention.start, mention.end, mention)
        for mention in candidates(text, learnt, boundaries, context, rejected):
            rule_first = won.overlapping(mention.start, mention.end)
            if rule_first is None:
                found.append(mention)
            elif rejected is not None:
                reason = f"a rule found {rule_first.rule.id} there (rules win)"
                rejected.append(Rejected(mention.rule, mention.start, mention.end, reason))
    if again:
        named = with_named(text, resolve_overlaps(found), context)
        found += candidates(text, again, boundaries, named, rejected)
    return resolve_overlaps(found, rejected)


def with_named(text: str, mentions: Iterable[Mention], context: Context) -> Context:
    """The context, its `repeats` grown by the organizations among the mentions in text."""
    found = [(m.start, m.end, m.value) for m in mentions if m.type == "organization"]
    short_forms = context.tables.get("org_short_forms", {})
    return replace(
        context, repeats=context.repeats.including(text, found, short_forms, lambda s: _may_name(s, context))
    )


def _may_name(surface: str, context: Context) -> bool:
    """Whether a surface left after dropping a company word can be a name: not a place
    (广州 of 广州公司), nor one everyday word of jieba's dictionary (上市 of 上市公司)."""
    if surface in context.places.entries:
        return False
    words = context.tagger(surface) if context.tagger else ()
    roles = context.tables.get("name_word_tags", {})
    return len(words) != 1 or roles.get(words[0][2]) == "proper"
