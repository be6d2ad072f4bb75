"""Trigger words: a cheap first pass that tells the regex engine where a rule can match.

A rule may declare `trigger: {words: '{currencies}', before: 40, after: 8}`: every match
holds one of the words, starts at most `before` characters before it and ends at most
`after` characters after it; with `needs: '[0-9]'`, every match also holds a character of
that class, so a word without one near it opens no window (个 far from any digit). One
Aho-Corasick pass finds the words and the full pattern runs only in the windows around them.
A pattern that starts with optional parts (a year, a hedge) is tried at every position of a
whole-text scan, which made a few rules cost as much as segmentation; in windows they cost a
fraction of that, with the same matches (lookbehinds still see the text before a window).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from pipeline.gazetteer import WordIndex

MAX_WORDS = 10_000  # a trigger is a word list, not a way to spell out every number
_SPECIAL = set(".^$*+?{}[]()|\\")


@dataclass(frozen=True)
class Trigger:
    words: frozenset[str]
    before: int  # characters a match may start before a trigger word
    after: int  # characters a match may end after it
    index: WordIndex = field(compare=False, repr=False)
    needs: regex.Pattern[str] | None = field(default=None, compare=False)  # a character every match holds

    @classmethod
    def build(cls, words: frozenset[str], before: int, after: int, needs: regex.Pattern[str] | None = None) -> Trigger:
        return cls(words, before, after, WordIndex(words), needs)

    def occurrences(self, text: str) -> list[tuple[int, int]]:
        """Every (start, end) of a trigger word in text, overlapping ones included."""
        return self.index.spans(text)

    def windows(self, text: str) -> list[tuple[int, int]]:
        """Disjoint spans, in order, that hold every match the rule can have in text."""
        merged: list[tuple[int, int]] = []
        for start, end in sorted(self.occurrences(text)):
            low, high = max(0, start - self.before), min(len(text), end + self.after)
            if self.needs is not None and not self.needs.search(text, low, high):
                continue
            if merged and low <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], high))
            else:
                merged.append((low, high))
        return merged

    def covers(self, text: str, start: int, end: int) -> bool:
        """Whether text[start:end] holds a trigger word within `before` and `after` of its edges,
        and the character `needs` asks for: what `windows` looks for."""
        if self.needs is not None and not self.needs.search(text, start, end):
            return False
        return any(
            start <= low and high <= end and low - start <= self.before and end - high <= self.after
            for low, high in self.occurrences(text)
        )


def literal_words(pattern: str) -> frozenset[str]:
    """The words a trigger (fragments expanded) stands for: literal characters, `|` and
    `(?:...)` groups only, so that the words can go into an automaton; else ValueError."""
    words, position = _alternatives(pattern, 0)
    if position < len(pattern):
        raise ValueError(f"unbalanced ')' at position {position}")
    if "" in words:
        raise ValueError("an empty trigger word would match everywhere")
    return words


def _alternatives(pattern: str, position: int) -> tuple[frozenset[str], int]:
    words, position = _sequence(pattern, position)
    while position < len(pattern) and pattern[position] == "|":
        more, position = _sequence(pattern, position + 1)
        words |= more
    return words, position


def _sequence(pattern: str, position: int) -> tuple[frozenset[str], int]:
    words = frozenset({""})
    while position < len(pattern) and pattern[position] not in "|)":
        if pattern.startswith("(?:", position):
            part, position = _alternatives(pattern, position + 3)
            if position >= len(pattern):
                raise ValueError("missing ')'")
            position += 1
        elif pattern[position] == "\\" and position + 1 < len(pattern) and not pattern[position + 1].isalnum():
            part, position = frozenset({pattern[position + 1]}), position + 2
        elif pattern[position] in _SPECIAL:
            raise ValueError(
                "a trigger is literal words separated by | (word-list fragments such as {currencies} "
                f"included), not a regex: found {pattern[position]!r}"
            )
        else:
            part, position = frozenset({pattern[position]}), position + 1
        words = frozenset(a + b for a in words for b in part)
        if len(words) > MAX_WORDS:
            raise ValueError(f"the trigger stands for over {MAX_WORDS:,} words")
    return words, position
