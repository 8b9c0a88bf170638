"""The batch's pool threads are answered promptly (issue 11: `cpc_triage.batch`'s docstring).

When a parse worker ends an email, its supervising thread in the command's process must take
the interpreter lock to read the answer and hand over the next email; with the command's own
thread triaging, CPython lets a waiting thread in only every 5 ms, and the worker waited.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import cast

from cpc_triage.batch import triage_batch
from cpc_triage.reader import MessageReader
from cpc_triage.setaside import could_not_be_processed
from parsers import parse_email
from parsers.records import Invitation
from tests.builders import mail_builder
from triage.records import TriageResult


class _Recording:
    """A reader that notes the switch interval whenever the batch asks it for something."""

    def __init__(self, invitations: list[Invitation]) -> None:
        self._invitations = invitations
        self.intervals: list[float] = []

    def read_many(
        self, raws: Iterable[bytes], *, source: str | None = None
    ) -> Iterator[Invitation]:
        self.intervals.append(sys.getswitchinterval())
        return iter(self._invitations)

    def load_nlp(self) -> None:
        self.intervals.append(sys.getswitchinterval())

    def triage(self, invitation: Invitation, day: date | None) -> TriageResult:
        self.intervals.append(sys.getswitchinterval())
        return could_not_be_processed(invitation, words="read for the test", day=day)


def test_the_pool_threads_wait_at_most_half_a_millisecond_while_the_batch_runs() -> None:
    raws = [mail_builder.plain(f"Core group meeting number {n} is moved.") for n in range(3)]
    reader = _Recording([parse_email(raw) for raw in raws])
    before = sys.getswitchinterval()
    paths = [Path(f"{n}.eml") for n in range(3)]
    items = list(triage_batch(paths, raws, reader=cast(MessageReader, reader), received=None))
    assert [item.path for item in items] == paths
    assert len(reader.intervals) == 5
    assert all(interval <= 0.001 for interval in reader.intervals), reader.intervals
    assert sys.getswitchinterval() == before  # as it was once the batch is over
