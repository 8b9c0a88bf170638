"""The `Source` port: where messages come from (STYLE.md habit 4).

Adapters are named for their technology: `intake.dropfolder.DropFolder` (the embedded
default); the IMAP and Graph mailboxes (`intake.imap`, `intake.graph`) fit the same shape.

The contract that keeps "nothing lost, nothing filed twice" (DESIGN.md):
- `fetch_next()` hands over one message and keeps it at the source until `mark_done()`;
  after a crash the same message is offered again (at-least-once).
- `mark_done()` is called only after the raw bytes, the ledger row and the task are
  committed, and is idempotent: a message already done is a no-op.
- `mark_failed()` is the last resort when not even a `manual_review` task could be filed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from intake.errors import IntakeError
from intake.rawmessage import RawMessage


class SourceUnavailable(IntakeError):
    """The source cannot be read now (network, permissions, disk): try again later."""


@dataclass(frozen=True, slots=True)
class SourceRef:
    """A message's identity at its source: `source` names the mailbox, `source_id` the
    message there (a file name, UIDVALIDITY:UID, a Graph immutable id)."""

    source: str
    source_id: str


@dataclass(frozen=True, slots=True)
class Fetched:
    """One message handed over: as bytes (mailboxes) or as the file holding them (`path`, the
    drop folder), so a large message is never read whole just to be handed on (issue 15)."""

    ref: SourceRef
    raw: bytes = b""
    #: Offered although the pipeline asked to defer it (`defer`): nothing else is waiting.
    retry: bool = False
    #: The file holding the message, unchanged until `mark_done`/`mark_failed`; `raw` is unused.
    path: Path | None = None

    @property
    def message(self) -> RawMessage:
        if self.path is not None:
            return RawMessage(path=self.path)
        return RawMessage(data=self.raw)


class Source(Protocol):
    @property
    def name(self) -> str:
        """The mailbox's identity, stable across restarts (the ledger's `source`)."""
        ...

    def fetch_next(self) -> Fetched | None:
        """The next message waiting, or None when there is none."""
        ...

    def mark_done(self, ref: SourceRef) -> None:
        """The message is safely filed: take it out of the queue (idempotent)."""
        ...

    def mark_failed(self, ref: SourceRef) -> None:
        """Park the message for a person: it could not be filed at all."""
        ...
