"""Two costs a parse worker pays for nothing, taken away once it is ready (issue 11).

`benchmarks/bench_triage` keeps both cores busy, so a worker's processor time per email is
what its throughput is; these two were found by profiling a worker's job over the benchmark's
mail. Each is set in the worker's own process only, after its readers are imported
(`parsers.sandbox_worker.worker_main`), and changes nothing that is read.
"""

from __future__ import annotations

import gc
import logging

#: A worker's youngest generation: a collection when this many more container objects are
#: alive than at the last one (Python's default: 700).
YOUNG_OBJECTS = 10_000


def debug_unasked() -> None:
    """pdfminer's loggers' `debug` does nothing, at once: a worker has disabled every level
    (`sandbox_worker._silence`), so nothing they log is written anyway.

    Why: pdfminer's parser logs each token and object it reads at debug level, about 2,800
    calls an email over the benchmark's mail, and each call asked `logging` whether debug is
    enabled (two Python calls). Only the loggers that exist once the readers are imported are
    touched."""
    for name in list(logging.root.manager.loggerDict):
        if name == "pdfminer" or name.startswith("pdfminer."):
            logging.getLogger(name).debug = _nothing  # type: ignore[method-assign]


def fewer_young_collections() -> None:
    """The youngest generation `YOUNG_OBJECTS` large.

    Why: a PDF page's layout is thousands of objects that all live until the page is read,
    so at 700 each was walked by a young collection and again by the next generation's,
    never to be collected: 0.8 ms an email over the benchmark's mail, 0.1 ms at this size.
    Garbage cycles still count towards it, so what waits to be collected stays a few
    megabytes, far under the worker's memory cap (`Limits.memory_mb`)."""
    gc.set_threshold(YOUNG_OBJECTS, *gc.get_threshold()[1:])


def _nothing(*_args: object, **_kwargs: object) -> None:
    return None
