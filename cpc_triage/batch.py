"""The `cpc-triage triage` batch: many emails, one process, the pipeline loaded once.

Parse and triage exactly as the daemon does (DESIGN.md steps 2 and 3), through the same reader
(`cpc_triage.reader`, built from the settings), filing nothing. Each
whole email is read in a worker of the parse pool (`parsers.parse_emails`) while this process
triages the ones before it, so both cores work. The pool starts, and the first emails are sent
to it, before this process loads spaCy and builds the NLP pipeline (the `triage` package loads
spaCy only when asked), so the workers are reading while it does. The files are read one at a
time as the workers need them, not all at once.

While the batch runs, a thread that waits for the interpreter lock gets it after 0.5 ms, not
CPython's 5 ms (`sys.setswitchinterval`). The pool's threads live in this process, one for
each worker: when a worker ends an email, its thread must take the lock to read the answer
and hand the worker its next email, and with this process triaging (holding the lock) each of
those steps waited up to the interval while the worker sat idle. Measured over 300 emails of
the benchmark's mix, alternated on the shared machine (load 7-9): medians 23.1 s at 5 ms,
19.2 s at 0.5 ms (issue 11).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cpc_triage.budget import BudgetExceeded, MessageBudget
from cpc_triage.reader import MessageReader, day_received
from cpc_triage.setaside import could_not_be_processed, strike_words
from triage.records import TriageResult

#: One email's triage in the command (the text it reads is capped: `parsers.textcap`, ~6 s).
TRIAGE_SECONDS = 60.0
#: How long a thread waiting for the interpreter lock waits at most (the module docstring).
SWITCH_SECONDS = 0.0005


@dataclass(frozen=True, slots=True)
class BatchItem:
    path: Path
    result: TriageResult


class Inputs(Sequence[bytes]):
    """The emails' bytes, each read from its file when it is wanted (`read_inputs`)."""

    def __init__(self, paths: Sequence[Path]) -> None:
        self._paths = list(paths)

    def __len__(self) -> int:
        return len(self._paths)

    def __getitem__(self, index: int) -> bytes:  # type: ignore[override]
        return self._paths[index].read_bytes()

    def __iter__(self) -> Iterator[bytes]:
        return (path.read_bytes() for path in self._paths)


def read_inputs(paths: Sequence[Path]) -> Inputs:
    """Every PATH's bytes, or `OSError` naming the first that cannot be read as a file.

    Each file is opened now, so that a missing or unreadable one is reported before any
    output; its bytes are read when the batch reaches it (1,000 emails are 40 MB or more).
    """
    for path in paths:
        with path.open("rb"):
            pass
    return Inputs(paths)


def triage_batch(
    paths: Sequence[Path],
    raws: Sequence[bytes],
    *,
    reader: MessageReader,
    received: date | None,
    source: str | None = None,
) -> Iterator[BatchItem]:
    """Triage each email in order, read by `reader` as if it reached the mailbox `source`;
    `received` overrides the day received for all of them."""
    with _pool_answered_promptly():
        invitations = reader.read_many(raws, source=source)  # the first go to the workers now
        reader.load_nlp()  # loads spaCy while the workers read
        budget = MessageBudget(seconds=TRIAGE_SECONDS)
        for path, invitation in zip(paths, invitations, strict=True):
            day = received or day_received(invitation)
            try:  # the triage under a time and memory limit, as the parse is (issue 15)
                with budget.guard(on_stuck=_no_restart):
                    result = reader.triage(invitation, day)
            except BudgetExceeded as exc:
                words = strike_words(exc.kind, 1)
                result = could_not_be_processed(invitation, words=words, day=day)
            yield BatchItem(path, result)


@contextmanager
def _pool_answered_promptly() -> Iterator[None]:
    """The pool's threads get the interpreter lock within `SWITCH_SECONDS` (module docstring);
    the interval as it was afterwards."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(SWITCH_SECONDS)
    try:
        yield
    finally:
        sys.setswitchinterval(before)


def _no_restart(kind: str) -> None:
    """A command is not restarted in place: the limit lands when the C call returns."""
