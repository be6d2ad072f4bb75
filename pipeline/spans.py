"""A set of non-overlapping spans with logarithmic overlap checks, so that resolving
thousands of mentions in a huge document stays linear-logarithmic, not quadratic."""

from __future__ import annotations

from bisect import bisect_left
from typing import Generic, TypeVar

T = TypeVar("T")


class DisjointSpans(Generic[T]):
    def __init__(self) -> None:
        # Never overlapping, so sorted by start they are sorted by end too.
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._items: list[T] = []

    def overlapping(self, start: int, end: int) -> T | None:
        """The item of the leftmost span that overlaps [start, end), if any."""
        at = bisect_left(self._ends, start + 1)  # the first span that ends after `start`
        if at < len(self._starts) and self._starts[at] < end:
            return self._items[at]
        return None

    def add(self, start: int, end: int, item: T) -> None:
        """Add a span that overlaps none already here."""
        at = bisect_left(self._starts, start)
        self._starts.insert(at, start)
        self._ends.insert(at, end)
        self._items.insert(at, item)

    def items(self) -> list[T]:
        return list(self._items)
