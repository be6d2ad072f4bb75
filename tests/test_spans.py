"""DisjointSpans answers overlap questions exactly as a scan over every span would."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pipeline.spans import DisjointSpans


def _leftmost_overlap(kept: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    return min((k for k in kept if k[0] < end and start < k[1]), default=None)


SPAN = st.tuples(st.integers(0, 60), st.integers(1, 8)).map(lambda p: (p[0], p[0] + p[1]))


@given(st.lists(SPAN, max_size=30), st.lists(SPAN, max_size=30))
def test_overlap_checks_match_a_full_scan(candidates: list[tuple[int, int]], probes: list[tuple[int, int]]) -> None:
    spans: DisjointSpans[tuple[int, int]] = DisjointSpans()
    kept: list[tuple[int, int]] = []
    for start, end in candidates:
        brute = _leftmost_overlap(kept, start, end)
        assert spans.overlapping(start, end) == brute
        if brute is None:
            spans.add(start, end, (start, end))
            kept.append((start, end))
    assert spans.items() == sorted(kept)
    for start, end in probes:
        assert spans.overlapping(start, end) == _leftmost_overlap(kept, start, end)
