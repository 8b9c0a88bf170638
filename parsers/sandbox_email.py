"""A whole email read in one parse worker: the batch's way of balancing the two cores.

The daemon reads an email's MIME in its own process and sends each attachment to the pool
(`parsers.parse.parse_email`). A batch (`cpc-triage triage` over many files) would then leave
the main process reading MIME and booking-form fields and running the triage while the workers
wait, so `parsers.parse.parse_emails` sends each whole email to a worker instead
(`ParsePool.submit_email`): MIME, attachments and fields are read there, and the main process
only triages.

Nothing is given up for it:

- every attachment is still read under its own limits: the worker announces each step
  (`parsers.sandbox_worker.STEP`) and the supervisor gives each step the wall-clock limit,
  the worker each step the CPU budget, that a single attachment gets;
- the answer is JSON checked field by field (`parsers.records_codec`), never a pickle;
- when anything goes wrong — a step over its time, a dead worker, an attachment out of memory,
  an answer that cannot be read — the outcome is `Unread`, and the caller reads that email the
  daemon's way, one attachment per job, so its result is the one that way gives. Only an
  attachment that ran out of time is not read twice: `Unread.at` names it and its error.
"""

from __future__ import annotations

from dataclasses import dataclass

from parsers.records import ErrorKind, Invitation
from parsers.records_codec import decode_invitation
from parsers.sandbox_worker import FIELDS_STEP, INVITATION, MIME_STEP, REDO, STEP


@dataclass(frozen=True, slots=True)
class Unread:
    """Read this email the daemon's way; attachment `at` (1-based), if set, gave `error`."""

    at: int | None = None
    kind: ErrorKind | None = None
    error: str | None = None


EmailOutcome = Invitation | Unread


@dataclass(frozen=True, slots=True)
class Step:
    """A worker started a step: `attachment` is its 1-based index, None for MIME or fields."""

    attachment: int | None


def read_frame(frame: bytes) -> Step | EmailOutcome:
    """One frame from a worker reading an email; `ValueError` when it is not well formed."""
    tag, body = frame[:1], frame[1:]
    if tag == STEP:
        if body == FIELDS_STEP:
            return Step(None)
        if not body.isdigit() or len(body) > 6:
            raise ValueError("a malformed step")
        index = int(body)
        return Step(None if index == MIME_STEP else index)
    if tag == INVITATION:
        return decode_invitation(body)
    if tag == REDO and not body:
        return Unread()
    raise ValueError("an unknown frame")
