"""Start-up builds objects that live as long as the process: collect none while building them,
and never look at them again.

Why (issue 11, `benchmarks/bench_triage`): CPython's cyclic garbage collector walks every
tracked object it holds on each full (oldest-generation) collection. Importing the CLI, the
settings, spaCy and building the NLP pipeline create a few hundred thousand such objects, and
the allocations that build them set off full collections again and again: in a profile of
`cpc-triage triage` over 200 generated emails the command spent about 1.2 s of its start-up
collecting (load average 10; roughly a third of that on a quiet machine) and found almost
nothing to free, and every later full collection walked the same objects again. At exit the
interpreter's last collections walked them once more (0.7-0.9 s at that load, 0.05-0.08 s once
frozen).

`long_lived()` pauses the collector while its body runs, then freezes (`gc.freeze`) everything
alive into the permanent generation, which no collection walks. Nothing changes but when the
collector runs: reference counting frees what is not in a cycle as before, and objects made
after the body are collected as before.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def long_lived() -> Iterator[None]:
    """Run the body with the cyclic collector paused, then freeze what is alive; the
    collector's state (on or off) is put back. Nested, only the outermost re-enables it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()
