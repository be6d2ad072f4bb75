"""Where an article is about, as far as a bare 元 and a bare year are concerned.

Markers come from `rules/locale_markers.tsv` (a word and the currency it points
to: 香港 -> HKD, 新台币 -> TWD, 人民币 -> CNY, ...). Each marker's occurrences in
the body are counted per currency; the most-voted currency wins if it has at least
MIN_VOTES, mainland China (CNY) on ties and otherwise. An article from a Macau outlet
about Guangzhou is thus CNY, one about a Macau charity MOP, and a mainland report that
names Hong Kong once stays CNY.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

DEFAULT = "CNY"
MIN_VOTES = 2


def local_currency(text: str, markers: Mapping[str, str]) -> str:
    votes: Counter[str] = Counter()
    for word, currency in markers.items():
        if (hits := text.count(word)) > 0:
            votes[currency] += hits
    if not votes:
        return DEFAULT
    best = max(votes.values())
    winners = sorted(c for c, n in votes.items() if n == best)
    if DEFAULT in winners or len(winners) > 1 or best < MIN_VOTES:
        return DEFAULT
    return winners[0]
