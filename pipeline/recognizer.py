"""The trained recognizer: a CRF over characters that marks organizations and places.

Rules list what can be listed; a news article names companies, bureaus, committees and teams
no table holds. The recognizer is a linear-chain CRF (python-crfsuite) trained on the public
NER sets of ../shared/ner by `scripts/train_ner.py` (configuration `scripts/train_ner.yaml`,
model card in the README). Each character is seen through the characters around it and the
jieba word it falls in (the same cut the rules check their edges against), labelled B-/I- of
a type or O. A span's score is the lowest marginal probability of its labels, so a span the
model is unsure of anywhere scores low. The rules `organization.model` and `place.model`
turn its spans into entities where no rule found anything (`gazetteer: model`).
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

import regex

from pipeline.gazetteer import Gazetteer, Names

if TYPE_CHECKING:  # the rulebook imports this module for OUTPUT_TYPES
    from pipeline.rulebook import Rulebook

MODEL_DIR = Path(__file__).resolve().parent / "models"
MODEL = MODEL_DIR / "ner.crfsuite"
METADATA = MODEL_DIR / "ner.json"
# The version of `features` below: a model trained on other features is refused when it loads.
FEATURES = 3
OUTPUT_TYPES = ("organization", "place")  # persons are learnt, never output

# The recognizer reads a sentence at a time, as it was trained; a very long one is cut at a clause.
_SENTENCE_END = regex.compile(r"[。！？!?；;\n]+")
MAX_SENTENCE = 400
_LETTER = regex.compile(r"\p{Han}|[A-Za-z]")  # a sentence without one names nothing


@dataclass(frozen=True)
class Recognized:
    type: str
    start: int
    end: int
    score: float


def _kind(ch: str) -> str:
    if "\u4e00" <= ch <= "\u9fff":
        return "H"
    if ch.isdigit():
        return "D"
    if ch.isascii() and ch.isalpha():
        return "L"
    if ch.isspace():
        return "S"
    return "P" if unicodedata.category(ch).startswith("P") else "O"


def _shape(ch: str) -> str:
    """Digits and Latin letters by their class: the model learns numbers, not each number."""
    kind = _kind(ch)
    return "0" if kind == "D" else "a" if kind == "L" else ch


class Lexicon:
    """What the rules know, as features: where the text holds a place of the gazetteer, a
    known organization's name (rules/organizations.tsv, companies.tsv) and a word that ends
    organizations' names (rules/org_suffixes.tsv and the other suffix tables)."""

    def __init__(self, places: Gazetteer, organizations: Iterable[str], endings: Iterable[str]) -> None:
        self._places = places
        self._organizations = Names(organizations)
        self._endings = Names(endings)

    @classmethod
    def of(cls, rulebook: Rulebook) -> Lexicon:
        tables = rulebook.tables
        known = [name for table in KNOWN_TABLES for name in tables.get(table, {})]
        endings = [word for table in ENDING_TABLES for word in tables.get(table, {})]
        return cls(rulebook.places, known, endings)

    def marks(self, text: str) -> list[str]:
        """Each character's marks: P (a place), K (a known organization), S (an organization
        word), each with B, I or E, its place in the longest such name over it."""
        marks = [""] * len(text)
        for letter, found in (
            ("P", ((s, e) for s, e, _ in self._places.scan(text))),
            ("K", ((s, e) for s, e, _ in self._organizations.scan(text))),
            ("S", ((s, e) for s, e, _ in self._endings.scan(text))),
        ):
            taken = -1
            for start, end in sorted(found, key=lambda span: (span[0], -span[1])):
                if start < taken:
                    continue
                taken = end
                for i in range(start, end):
                    where = "B" if i == start else "E" if i == end - 1 else "I"
                    marks[i] += letter + where
        return marks


KNOWN_TABLES = ("organizations", "companies")
ENDING_TABLES = ("org_suffixes", "org_name_suffixes", "org_teams")


def features(text: str, words: Sequence[tuple[int, int]], marks: Sequence[str]) -> list[list[str]]:
    """Each character's features: the characters within two of it, their pairs, their kinds,
    the jieba word it falls in (its place in the word, the word's length, the word itself
    when it has two to four characters) and the lexicon's marks on it and its neighbours.
    `words` are (start, end) spans; a character in none (a space) is outside any word."""
    n = len(text)
    around = ["", *marks, ""]
    chars = ["<s>", "<s>", *map(_shape, text), "</s>", "</s>"]
    kinds = ["B", "B", *map(_kind, text), "E", "E"]
    place = ["O"] * n
    length = ["0"] * n
    word = [""] * n
    before = [""] * n  # at a word's first character, the word before it; at its last, the word after
    after = [""] * n
    for (start, end), (next_start, next_end) in pairwise(words):
        before[next_start] = text[start:end]
        after[end - 1] = text[next_start:next_end]
    for start, end in words:
        size = end - start
        if size == 1:
            place[start] = "S"
        else:
            place[start:end] = ["B", *["M"] * (size - 2), "E"]
        length[start:end] = [str(min(size, 4))] * size
        if 2 <= size <= 4:
            word[start:end] = [text[start:end]] * size
    rows = []
    for i in range(n):
        c = i + 2
        row = [
            "c0=" + chars[c],
            "c-1=" + chars[c - 1],
            "c+1=" + chars[c + 1],
            "c-2=" + chars[c - 2],
            "c+2=" + chars[c + 2],
            "c-1c0=" + chars[c - 1] + chars[c],
            "c0c+1=" + chars[c] + chars[c + 1],
            "c-2c-1=" + chars[c - 2] + chars[c - 1],
            "c+1c+2=" + chars[c + 1] + chars[c + 2],
            "c-1c0c+1=" + chars[c - 1] + chars[c] + chars[c + 1],
            "k=" + kinds[c - 1] + kinds[c] + kinds[c + 1],
            "wp=" + place[i] + length[i],
            "wpc=" + place[i] + chars[c],
        ]
        if word[i]:
            row.append("w=" + word[i])
        if before[i]:
            row.append("w-1=" + before[i])
        if after[i]:
            row.append("w+1=" + after[i])
        if marks[i]:
            row.append("m=" + marks[i])
        row.append("m-1m+1=" + around[i] + "|" + around[i + 2])
        rows.append(row)
    return rows


def labels(n: int, spans: Sequence[tuple[str, int, int]]) -> list[str]:
    """B-/I-/O labels of n characters with these (type, start, end) spans."""
    tags = ["O"] * n
    for kind, start, end in spans:
        tags[start:end] = ["B-" + kind, *["I-" + kind] * (end - start - 1)]
    return tags


def decode(tags: Sequence[str]) -> Iterator[tuple[str, int, int]]:
    """The (type, start, end) spans of a label sequence; an I- without its B- starts a span."""
    start, kind = 0, None
    for i, tag in enumerate([*tags, "O"]):
        if kind is not None and tag != "I-" + kind:
            yield kind, start, i
            kind = None
        if kind is None and tag != "O":
            start, kind = i, tag[2:]


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence, its end mark included; a long one in clause-sized pieces."""
    start = 0
    for mark in _SENTENCE_END.finditer(text):
        yield from _pieces(start, mark.end())
        start = mark.end()
    if start < len(text):
        yield from _pieces(start, len(text))


def _pieces(start: int, end: int) -> Iterator[tuple[int, int]]:
    while end - start > MAX_SENTENCE:
        yield start, start + MAX_SENTENCE
        start += MAX_SENTENCE
    yield start, end


class Recognizer:
    """The model, loaded once per worker; `recognize` is then a function of its inputs."""

    def __init__(self, lexicon: Lexicon, model: Path = MODEL, metadata: Path = METADATA) -> None:
        self.lexicon = lexicon
        self.metadata: dict[str, Any] = json.loads(metadata.read_text(encoding="utf-8"))
        if self.metadata.get("features") != FEATURES:
            raise ValueError(
                f"{model}: trained on features version {self.metadata.get('features')}, this code computes "
                f"version {FEATURES}; retrain it with scripts/train_ner.py"
            )
        self._path = model

    @cached_property
    def _tagger(self) -> Any:
        import pycrfsuite  # only where a document is recognized: start-up stays light

        tagger = pycrfsuite.Tagger()
        tagger.open(str(self._path))
        return tagger

    def recognize(self, text: str, words: Sequence[tuple[int, int]]) -> list[Recognized]:
        """The organizations and places in text, whose jieba words are `words` (start, end)."""
        found: list[Recognized] = []
        tagger = self._tagger
        marks = self.lexicon.marks(text)
        index = 0
        for start, end in sentences(text):
            inside = []
            while index < len(words) and words[index][0] < end:
                w_start, w_end = words[index]
                inside.append((w_start - start, min(w_end, end) - start))
                index += 1
            if not _LETTER.search(text, start, end):
                continue
            tags = tagger.tag(features(text[start:end], inside, marks[start:end]))
            for kind, low, high in decode(tags):
                if kind in OUTPUT_TYPES:
                    score = min(tagger.marginal(tags[i], i) for i in range(low, high))
                    found.append(Recognized(kind, start + low, start + high, score))
        return found
