"""Find the article body and list the boilerplate around and inside it.

Rules come from `rules/boilerplate.yaml`, each with a `kind`:
- `header` rules are tried at the start of what is left of the text, one peel at
  a time (edition dates, photo captions, datelines, HTML debris);
- `footer` rules must match up to the end of what is left, peeling backwards
  (credits, copyright lines, related links, promos);
- `inline` rules are searched inside the body (photo markers, bylines, tags).
Named groups in a rule fill `meta`: year/month/day (or roc_year) -> published,
and source_name, author, title as they are.
Works on normalized text; the caller maps spans back to the source.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from pipeline.matching import finditer, search
from pipeline.rulebook import Rule
from pipeline.spans import DisjointSpans

# Footers sit at the end: only this many trailing characters are searched, which
# keeps a footer rule from ever reaching back into the middle of a long article.
FOOTER_WINDOW = 2000
_SPACE = regex.compile(r"\s*")
_ROC_OFFSET = 1911


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    rule: Rule


@dataclass
class Layout:
    body: tuple[int, int]
    regions: list[Found] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)


@lru_cache(maxsize=512)
def _anchored_at_end(pattern: str) -> regex.Pattern[str]:
    return regex.compile(rf"(?:{pattern})\s*\Z")


def match_header(rule: Rule, text: str, pos: int = 0) -> tuple[int, int] | None:
    m = search(rule, text, pos, anchored=True)
    return (m.start(), m.end()) if m and m.end() > m.start() else None


def match_footer(rule: Rule, text: str, end: int | None = None, floor: int = 0) -> tuple[int, int] | None:
    end = len(text) if end is None else end
    m = search(rule, text, max(floor, end - FOOTER_WINDOW), end, pattern=_anchored_at_end(rule.pattern))
    if not m or m.start() == end:
        return None
    stop = m.start() + len(m.group(0).rstrip())
    return (m.start(), stop) if stop > m.start() else None


def match_inline(rule: Rule, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    return [m.span() for m in finditer(rule, text, start, end)]


def first_match(rule: Rule, text: str) -> tuple[int, int] | None:
    """Where a rule of its kind matches a standalone text (for examples and negatives)."""
    if rule.kind == "header":
        return match_header(rule, text, _SPACE.match(text).end())
    if rule.kind == "footer":
        return match_footer(rule, text)
    spans = match_inline(rule, text)
    return spans[0] if spans else None


def _lstrip(text: str, start: int, end: int) -> int:
    return min(_SPACE.match(text, start, end).end(), end)


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _meta_from(groups: Mapping[str, str | None]) -> dict[str, str]:
    meta = {k: v.strip() for k in ("source_name", "author", "title") if (v := groups.get(k)) and v.strip()}
    year = groups.get("year") or (str(int(groups["roc_year"]) + _ROC_OFFSET) if groups.get("roc_year") else None)
    month, day = groups.get("month"), groups.get("day")
    if year and month and day:
        with contextlib.suppress(ValueError):  # a date that does not exist is no date
            meta["published"] = dt.date(int(year), int(month), int(day)).isoformat()
    return meta


def _add_meta(layout: Layout, rule: Rule, text: str, start: int) -> None:
    m = search(rule, text, start, anchored=True)
    if m:
        for key, value in _meta_from(m.groupdict()).items():
            layout.meta.setdefault(key, value)


def find_layout(text: str, rules: Iterable[Rule]) -> Layout:
    by_kind: dict[str, list[Rule]] = {"header": [], "footer": [], "inline": []}
    for rule in sorted(rules, key=lambda r: (-r.priority, r.id)):
        by_kind[rule.kind or ""].append(rule)
    layout = Layout(body=(0, 0))

    start = _lstrip(text, 0, len(text))
    peeled = True
    while peeled:
        peeled = False
        for rule in by_kind["header"]:
            span = match_header(rule, text, start)
            if span:
                _add_meta(layout, rule, text, span[0])
                layout.regions.append(Found(span[0], _rstrip(text, *span), rule))
                start, peeled = _lstrip(text, span[1], len(text)), True
                break

    end = _rstrip(text, start, len(text))
    peeled = True
    while peeled and end > start:
        peeled = False
        for rule in by_kind["footer"]:
            span = match_footer(rule, text, end, start)
            if span:
                _add_meta(layout, rule, text, span[0])
                layout.regions.append(Found(*span, rule))
                end, peeled = _rstrip(text, start, span[0]), True
                break

    if end <= start:  # everything looked like boilerplate: trust the text instead
        return Layout(body=(_lstrip(text, 0, len(text)), _rstrip(text, 0, len(text))))
    layout.body = (start, end)

    taken: DisjointSpans[Found] = DisjointSpans()
    for region in layout.regions:
        taken.add(region.start, region.end, region)
    inline = [Found(s, e, rule) for rule in by_kind["inline"] for s, e in match_inline(rule, text, start, end)]
    for found in sorted(inline, key=lambda f: (-(f.end - f.start), f.start)):
        if taken.overlapping(found.start, found.end) is None:
            taken.add(found.start, found.end, found)
    layout.regions = taken.items()
    return layout
