"""A pure reading of a short text, kept by the text: forms repeat their labels.

Why (issue 11, `benchmarks/bench_triage`): the field, people, tick-box and message-kind
readers fold the same labels and read the same header cells over and over — `labels.fold` ran
467 times an email over the benchmark's mail for 21 distinct texts, a tenth of the fields'
time. A reading that depends only on its text (no state, an immutable answer: a string, a
tuple, None) is kept for the last texts seen.

Only short texts are kept (labels and header cells are a few words): a long one is read
afresh, so hostile mail cannot fill a worker's memory with kept text.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from typing import TypeVar

T = TypeVar("T")

#: Longer texts are read every time (99 % of the labels folded in the benchmark are shorter).
MAX_CHARS = 200
#: About 4,000 kept: a few hundred kilobytes at most.
KEPT = 4096


def kept_by_text(read: Callable[[str], T]) -> Callable[[str], T]:
    """`read`, with its answers for short texts kept (the module docstring says when)."""
    kept = lru_cache(maxsize=KEPT)(read)

    @wraps(read)
    def reading(text: str) -> T:
        return kept(text) if len(text) <= MAX_CHARS else read(text)

    return reading
