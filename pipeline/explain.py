"""`zh-extract explain`: one snippet's entities, one line each, and with --trace what lost."""

from __future__ import annotations

import datetime as dt
import json

from pipeline.process import Pipeline, Traced


def explain(pipeline: Pipeline, text: str, ref_date: dt.date | None = None, trace: bool = False) -> str:
    entities, traced = pipeline.explain_text(text, ref_date)
    lines = []
    for e in entities:
        value = json.dumps(e.value, ensure_ascii=False, separators=(", ", ": "))
        lines.append(f"{e.type:<13}{e.start:>4}-{e.end:<4} {e.text}  norm={e.norm}  {value}  rule={e.rule}")
    if not entities:
        lines.append("no entities")
    lines.append(f"locale: {pipeline.explain_locale(text)}")
    if trace:
        lost = [t for t in traced if t.lost]
        lines.append(f"-- {len(lost)} match(es) that did not become entities")
        lines.extend(_traced(t) for t in lost)
        if kept := [t for t in traced if not t.lost]:
            lines.append(f"-- {len(kept)} span(s) of the trained recognizer's that became entities")
            lines.extend(_traced(t) for t in kept)
    return "\n".join(lines)


def _traced(t: Traced) -> str:
    return f"{t.start:>4}-{t.end:<4} {t.norm}  rule={t.rule}: {t.reason}"
