"""What a value builder may know about the document beyond the match itself."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Context:
    # Anchors year-less dates; from --ref-date, else the document's meta.published.
    # Never the clock: the same input must give the same output on any day.
    ref_date: dt.date | None = None
