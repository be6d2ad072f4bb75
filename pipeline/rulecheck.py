"""Run every rule's inline examples and negatives: `zh-extract rules check` and pytest share this."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace

from pipeline.boilerplate import first_match
from pipeline.extract import Rejected, candidates, extract, with_named
from pipeline.extractors import Context
from pipeline.recognizer import Lexicon, Recognizer
from pipeline.rulebook import MODEL, REPEATS, Rule, Rulebook
from pipeline.segment import Segmenter


@dataclass(frozen=True)
class Case:
    rule: Rule
    name: str  # "date.ymd::example-2"
    text: str
    expected_span: str | None  # None for a negative
    expected_value: dict | None
    context: Mapping[str, str] = field(default_factory=dict)


def cases(rulebook: Rulebook) -> Iterator[Case]:
    for rule in rulebook.rules:
        for i, example in enumerate(rule.examples, 1):
            value = dict(example.value) if example.value is not None else None
            yield Case(rule, f"{rule.id}::example-{i}", example.text, example.span, value, example.context)
        for i, negative in enumerate(rule.negatives, 1):
            yield Case(rule, f"{rule.id}::negative-{i}", negative, None, None)


def run_case(
    case: Case,
    segmenter: Segmenter,
    context: Context,
    rules: Sequence[Rule] = (),
    recognizer: Recognizer | None = None,
) -> str | None:
    """None if the case passes, else what went wrong. A rule that finds organizations named
    again (`gazetteer: repeats`) runs after the other entity `rules` on the case's text; one
    that takes the trained recognizer's spans (`gazetteer: model`) gets the `recognizer`'s."""
    rule, text = case.rule, case.text
    if rule.trigger is not None and case.expected_span is not None:
        span = case.expected_span
        starts = [i for i in range(len(text)) if text.startswith(span, i)]
        if not any(rule.trigger.covers(text, start, start + len(span)) for start in starts):
            needs = f", with a character of {rule.trigger.needs.pattern}" if rule.trigger.needs else ""
            return (
                f"the span {case.expected_span!r} holds no trigger word with at most "
                f"{rule.trigger.before} character(s) before it and {rule.trigger.after} after it{needs}"
            )
    if rule.type == "boilerplate":
        span = first_match(rule, text)
        found = [(text[span[0] : span[1]], None)] if span else []
        rejected: list[Rejected] = []
    else:
        rejected = []
        words = segmenter.words(text)
        context, boundaries = _with_overrides(context, case.context), words.boundaries
        # What a document's text gets: its words, and the places it names.
        context = replace(context, words=words, place_hints=context.places.unambiguous_names(text))
        if rule.gazetteer == MODEL and recognizer is not None:
            context = replace(context, recognized=tuple(recognizer.recognize(text, words.spans)))
        if rule.gazetteer == REPEATS:
            earlier = [r for r in rules if r.gazetteer != REPEATS]
            context = with_named(text, extract(text, earlier, boundaries, context), context)
        mentions = candidates(text, [rule], boundaries, context, rejected)
        found = [(text[m.start : m.end], m.value) for m in mentions]
    if case.expected_span is None:
        if found:
            return f"negative matched {found[0][0]!r} in {text!r}"
        return None
    for surface, value in found:
        if surface == case.expected_span:
            if case.expected_value is not None and value != case.expected_value:
                return f"{surface!r}: value {value} != expected {case.expected_value}"
            return None
    why = "; ".join(f"{text[r.start : r.end]!r} {r.reason}" for r in rejected)
    got = ", ".join(repr(s) for s, _ in found) or "nothing"
    return f"expected {case.expected_span!r} in {text!r}, got {got}" + (f" (rejected: {why})" if why else "")


def _with_overrides(context: Context, overrides: Mapping[str, str]) -> Context:
    if "ref_date" in overrides:
        context = replace(context, ref_date=dt.date.fromisoformat(overrides["ref_date"]))
    if "currency" in overrides:
        context = replace(context, currency=overrides["currency"])
    return context


def check(rulebook: Rulebook, segmenter: Segmenter) -> list[tuple[Case, str]]:
    context = Context(tables=rulebook.tables, places=rulebook.places, names=rulebook.names, tagger=segmenter.tagged)
    rules = rulebook.entity_rules
    recognizer = Recognizer(Lexicon.of(rulebook)) if rulebook.uses_model else None
    return [
        (case, problem)
        for case in cases(rulebook)
        if (problem := run_case(case, segmenter, context, rules, recognizer))
    ]
