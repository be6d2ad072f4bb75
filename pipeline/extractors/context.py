"""What a value builder may know about the document beyond the match itself."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pipeline.gazetteer import Gazetteer, Names
from pipeline.repeats import Repeats

if TYPE_CHECKING:  # jieba loads only where text is segmented
    from pipeline.recognizer import Recognized
    from pipeline.segment import Words


@dataclass(frozen=True)
class Context:
    # Anchors year-less dates; from --ref-date, else the document's meta.published.
    # Never the clock: the same input must give the same output on any day.
    ref_date: dt.date | None = None
    # What a bare 元 means here (ISO 4217), decided per document by `locale.decide_locale`.
    currency: str = "CNY"
    # The rulebook's word lists (rules/*.tsv), e.g. tables["currencies"]["美元"] == "USD".
    tables: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    # Place names (rules/places/) and, from the document, the names on the paths of places it
    # mentions with only one reading, each with the surfaces that name it: they decide between
    # same-name divisions (which 朝阳区) and whether a county's short form is a place (瑞安).
    places: Gazetteer = field(default_factory=Gazetteer)
    place_hints: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # Word lists that rules match as gazetteers (`gazetteer: companies`), by table name.
    names: Mapping[str, Names] = field(default_factory=dict)
    # The jieba words of the text the rules run over, for rules that extend over the words
    # before a match; and a tagger for a snippet on its own, (start, end, tag) per word.
    words: Words | None = None
    tagger: Callable[[str], tuple[tuple[int, int, str], ...]] | None = None
    # The organizations the document has named so far, by the surfaces that may name them again.
    repeats: Repeats = field(default_factory=Repeats)
    # The trained recognizer's spans in the text the rules run over (rules with `gazetteer: model`).
    recognized: tuple[Recognized, ...] = ()

    @property
    def taiwan(self) -> bool:
        """Bare years like 114年 are ROC years in a Taiwan article."""
        return self.currency == "TWD"


def sure_enough(groups: Mapping[str, str | None], type_: str, context: Context) -> bool:
    """Whether the trained recognizer's span (its score in the group `score`) scores at least
    rules/model_min_scores.tsv's minimum for its type."""
    return float(groups.get("score") or 0) >= float(context.tables.get("model_min_scores", {}).get(type_, 0))
