"""zh-extract as a spaCy component: `nlp.add_pipe("zh_extract")`.

The component runs the whole pipeline (normalization, boilerplate, rules and the trained
recognizer) on a Doc's text and puts what it finds where spaCy users look for it:
`doc.ents` and `doc.spans["zh_extract"]` hold the entities, labelled with the contract's
types (money, quantity, date, place, organization), `span._.zh_extract` the contract's
entity (type, text, norm, value, rule) and `doc._.zh_extract` the document's record
(body, boilerplate, meta, errors). `displacy.render(doc, style="ent")` shows them.

spaCy finds the factory through the package's `spacy_factories` entry point, so no import
is needed. Offsets are characters, as in the contract: with spaCy's Chinese character
tokens (`spacy.blank("zh")`) every entity is a span exactly; with word tokens a span is
widened to the tokens it touches. Config: `rules` (folders layered over the built-in rules),
`model` (false: rules only), `ref_date` (YYYY-MM-DD for dates without a year),
`overwrite_ents` (false: keep the Doc's own entities where ours leave room).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.process import Pipeline, Source
from pipeline.rulebook import NO_MODEL_RULES, load_rulebook

EXTENSION = "zh_extract"


class ZhExtract:
    def __init__(self, rules: list[str], model: bool, ref_date: str | None, overwrite_ents: bool) -> None:
        folders = [*map(Path, rules), *([] if model else [NO_MODEL_RULES])]
        self.pipeline = Pipeline(load_rulebook(folders), dt.date.fromisoformat(ref_date) if ref_date else None)
        self.overwrite_ents = overwrite_ents
        for cls in (Doc, Span):
            if not cls.has_extension(EXTENSION):
                cls.set_extension(EXTENSION, default=None)

    def __call__(self, doc: Doc) -> Doc:
        record = self.pipeline.process(Source.of_text(EXTENSION, EXTENSION, doc.text))
        spans = []
        for entity in record.entities:
            span = doc.char_span(entity.start, entity.end, label=entity.type, alignment_mode="expand")
            if span is not None and not any(span.start < s.end and s.start < span.end for s in spans):
                span._.set(EXTENSION, asdict(entity))
                spans.append(span)
        doc.spans[EXTENSION] = spans
        kept = [] if self.overwrite_ents else [e for e in doc.ents if not any(_overlap(e, s) for s in spans)]
        doc.ents = sorted([*spans, *kept], key=lambda s: s.start)
        doc._.set(EXTENSION, record.to_json())
        return doc


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


@Language.factory(
    EXTENSION,
    default_config={"rules": [], "model": True, "ref_date": None, "overwrite_ents": True},
)
def make_component(
    nlp: Language, name: str, rules: list[str], model: bool, ref_date: str | None, overwrite_ents: bool
) -> ZhExtract:
    return ZhExtract(rules, model, ref_date, overwrite_ents)
