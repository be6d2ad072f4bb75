"""Which local currency a bare 元 means in an article (and so whether 114年 is an ROC year).

The decision weighs the document's evidence, listed with its weights in
`rules/locale_evidence.tsv`: who published it (a source line or dateline: 新华社, 香港电台,
中央社, 澳门日报), what it is about (its places, from the gazetteer by adcode: 71 Taiwan,
81 Hong Kong, 82 Macau, any other a mainland division), currency words (港元, 人民币), local
vocabulary (港铁, 屋苑, 捷运, 立委, 本澳) and the script. A marker counts for each
occurrence up to CAP, plus its `lead` weight once where it occurs in the lead (the header and
the body's first sentence). A local currency wins only with at least THRESHOLD points and
more than the mainland has: a mainland article that mentions Hong Kong stays CNY, and so
does one with no evidence at all.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache

import regex

from pipeline.gazetteer import Gazetteer, Place

DEFAULT = "CNY"
CURRENCIES = ("CNY", "HKD", "TWD", "MOP")
THRESHOLD = 4
CAP = 3  # a name repeated through a long article is one clue, not twenty
LEAD_CHARS = 150  # the body's first sentence, at most this long (a headline may have no 。)
SCOPE = 50_000  # body characters weighed: a huge document's start says where it is from, at bounded cost
SCRIPTS = ("any", "traditional")  # traditional: counts only where the document is not Simplified
SCRIPT_MARKER = "script:"  # script:simplified, the document's script as evidence
PLACE_MARKER = "place:"  # place:81, a gazetteer place under that adcode prefix; place:cn any other division
MAINLAND = "cn"
PLAIN_LEVELS = ("province", "city")
REGIONS = ("71", "81", "82")  # the adcode prefixes of Taiwan, Hong Kong, Macau; any other is MAINLAND
DOCUMENT_SCRIPTS = ("simplified", "traditional", "mixed", "none")  # what detect_script says

_SENTENCE_END = regex.compile(r"[。！？!?]")


@dataclass(frozen=True)
class Marker:
    word: str
    currency: str
    weight: int  # per occurrence, up to CAP
    lead: int  # once, where it occurs in the lead
    script: str  # one of SCRIPTS


@dataclass(frozen=True)
class Clue:
    """One piece of evidence as it counted: `word` (or a place, or the script) and its points."""

    word: str
    currency: str
    points: int
    in_lead: bool = False

    def __str__(self) -> str:
        where = " in the lead" if self.in_lead else ""
        return f"{self.word}{where} +{self.points}"


@dataclass(frozen=True)
class Locale:
    currency: str
    clues: tuple[Clue, ...] = ()

    def score(self, currency: str) -> int:
        return sum(c.points for c in self.clues if c.currency == currency)

    def __str__(self) -> str:
        """`HKD (港铁 +2, 香港 in the lead +3; CNY 2: 人民币 +2)`: the decision's evidence, then the rest."""
        parts = [self._evidence(self.currency)]
        others = sorted({c.currency for c in self.clues} - {self.currency}, key=lambda c: (-self.score(c), c))
        parts.extend(f"{c} {self.score(c)}: {self._evidence(c)}" for c in others)
        return f"{self.currency} ({'; '.join(p for p in parts if p) or 'no evidence'})"

    def _evidence(self, currency: str) -> str:
        return ", ".join(str(c) for c in self.clues if c.currency == currency)


def read_markers(table: Mapping[str, str]) -> tuple[dict[str, Marker], list[str]]:
    """The table's rows (word -> `currency<TAB>weight<TAB>lead<TAB>script`) and what is wrong with them."""
    markers: dict[str, Marker] = {}
    problems: list[str] = []
    for word, row in table.items():
        cells = row.split("\t")
        if len(cells) != 4:
            problems.append(f"'{word}': expected marker, locale, weight, lead, script")
            continue
        currency, weight, lead, script = cells
        if currency not in CURRENCIES:
            problems.append(f"'{word}': unknown locale '{currency}' (one of {', '.join(CURRENCIES)})")
        elif not (weight.isdigit() and lead.isdigit()):
            problems.append(f"'{word}': weight and lead must be whole numbers, got '{weight}' and '{lead}'")
        elif script not in SCRIPTS:
            problems.append(f"'{word}': script must be one of {', '.join(SCRIPTS)}, got '{script}'")
        elif word.startswith(PLACE_MARKER) and word.removeprefix(PLACE_MARKER) not in (*REGIONS, MAINLAND):
            problems.append(f"'{word}': a place marker is place: and one of {', '.join((*REGIONS, MAINLAND))}")
        elif word.startswith(SCRIPT_MARKER) and word.removeprefix(SCRIPT_MARKER) not in DOCUMENT_SCRIPTS:
            problems.append(f"'{word}': a script marker is script: and one of {', '.join(DOCUMENT_SCRIPTS)}")
        else:
            markers[word] = Marker(word, currency, int(weight), int(lead), script)
    return markers, problems


@dataclass(frozen=True)
class Hit:
    marker: str  # the table's key: the word, or a place marker such as place:81
    shown: str  # the text that matched
    start: int
    leads: bool = True  # whether it earns the lead weight in the lead


def decide_locale(
    text: str, start: int, end: int, script: str, markers: Mapping[str, Marker], places: Gazetteer
) -> Locale:
    """The local currency of normalized `text` whose body is text[start:end] (before it: the
    header), written in `script` (detect_script of the source), with the evidence for it."""
    lead_end = _lead_end(text, start, end)
    scope = text[: min(end, start + SCOPE)]
    words = list(_words(scope, _word_markers(markers, script)))
    hits = [Hit(m.group(), m.group(), m.start()) for m in words]
    hits.extend(_places(scope, places, [(m.start(), m.end()) for m in words]))
    hits.sort(key=lambda h: h.start)
    clues = [*_script_clues(script, markers), *_clues(hits, lead_end, markers)]
    return Locale(_winner(clues), tuple(clues))


def _lead_end(text: str, start: int, end: int) -> int:
    stop = min(end, start + LEAD_CHARS)
    sentence = _SENTENCE_END.search(text, start, stop)
    return sentence.end() if sentence else stop


def _script_clues(script: str, markers: Mapping[str, Marker]) -> Iterator[Clue]:
    marker = markers.get(SCRIPT_MARKER + script)
    if marker and marker.weight:
        yield Clue(f"{script} script", marker.currency, marker.weight)


def _word_markers(markers: Mapping[str, Marker], script: str) -> tuple[str, ...]:
    return tuple(
        sorted(
            w
            for w, m in markers.items()
            if not w.startswith((SCRIPT_MARKER, PLACE_MARKER)) and (m.script == "any" or script != "simplified")
        )
    )


@cache
def _alternation(words: tuple[str, ...]) -> regex.Pattern[str]:
    # Longest first, so 澳门日报 is the publisher and not the place 澳门 inside it.
    return regex.compile("|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)))


def _words(text: str, words: tuple[str, ...]) -> Iterator[regex.Match[str]]:
    return _alternation(words).finditer(text) if words else iter(())


def _places(text: str, places: Gazetteer, taken: list[tuple[int, int]]) -> Iterator[Hit]:
    """The gazetteer places outside the markers found, longest at each start, each as the
    place marker of its region (place:81, place:cn). Only names that are plainly places
    earn the lead weight: a province or city, or a smaller division written in full; short
    forms of counties are often parts of words or people's names (林长顺, 深圳市中心)."""
    reach = 0
    starts = [low for low, _ in taken]
    for low, high, chain in places.scan(text):
        before = bisect_left(starts, high) - 1  # the one marker that may overlap: taken never overlap
        if high <= reach or (before >= 0 and taken[before][1] > low):
            continue
        reach = high
        readings = places.entries[chain[0]]
        regions = {_region(places, p) for p in readings}
        plain = all(p.level in PLAIN_LEVELS or (p.name == chain[0] and len(p.name) > 2) for p in readings)
        if len(regions) == 1 and (region := regions.pop()) is not None:
            yield Hit(PLACE_MARKER + region, text[low:high], low, leads=plain)


def _region(places: Gazetteer, place: Place) -> str | None:
    """71, 81, 82, or MAINLAND: from the adcode, else from the province on the place's path."""
    code = place.adcode
    if code is None and place.path:
        code = next((p.adcode for p in places.entries.get(place.path[0], ()) if p.adcode), None)
    if code is None:
        return None
    return code[:2] if code[:2] in REGIONS else MAINLAND


def _clues(hits: list[Hit], lead_end: int, markers: Mapping[str, Marker]) -> Iterator[Clue]:
    """One clue per word or place for its occurrences, and one more where it is in the lead."""
    counts = Counter((h.marker, h.shown) for h in hits)
    leading = {(h.marker, h.shown) for h in hits if h.start < lead_end and h.leads}
    for key, count in counts.items():  # in order of first occurrence
        marker, shown = markers.get(key[0]), key[1]
        if marker is None:  # a place marker the table leaves out
            continue
        if marker.weight:
            times = min(count, CAP)
            yield Clue(shown if times == 1 else f"{shown} ×{times}", marker.currency, marker.weight * times)
        if marker.lead and key in leading:
            yield Clue(shown, marker.currency, marker.lead, in_lead=True)


def _winner(clues: list[Clue]) -> str:
    scores: Counter[str] = Counter()
    for clue in clues:
        scores[clue.currency] += clue.points
    local = sorted((c for c in CURRENCIES if c != DEFAULT), key=lambda c: -scores[c])
    best, runner_up = local[0], local[1]
    if scores[best] >= THRESHOLD and scores[best] > scores[DEFAULT] and scores[best] > scores[runner_up]:
        return best
    return DEFAULT
