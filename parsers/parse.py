"""`parse_email()`: raw bytes of one email → `Invitation`. Never raises.

The line (DESIGN.md step 2): the MIME structure is read in this process (cheap, the standard
library's `email` package); every attachment is read in a worker process under time and memory
limits (`parsers.sandbox`), because attachments are hostile until proved otherwise; then the
booking-form fields are read from all the text together (`parsers.message` holds both halves).

`parse_emails()` is the batch form: each whole email is read in a worker
(`ParsePool.submit_email`, `parsers.sandbox_email`), several at a time, so that this process
is free for what comes next (the triage) and both cores work; the Invitations are yielded in
the order given, and are the ones `parse_email()` gives.
"""

from __future__ import annotations

import collections
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future
from dataclasses import dataclass, replace
from typing import TypeVar

from intake.rawmessage import RawMessage
from parsers.attachment import AttachmentContent, Limits, read_attachment
from parsers.bounds import MAX_HEADER_BYTES
from parsers.district import DEFAULT_DOMAINS
from parsers.errors import PoolUnavailable
from parsers.message import (
    MAX_ATTACHMENTS,
    MAX_MESSAGE_BYTES,
    MessageLimits,
    OpenedMessage,
    assemble,
    open_message,
)
from parsers.records import ErrorKind, Invitation
from parsers.sandbox import ParsePool
from parsers.sandbox_email import EmailOutcome, Unread

_T = TypeVar("_T")

__all__ = [
    "MAX_ATTACHMENTS",
    "MAX_MESSAGE_BYTES",
    "MessageLimits",
    "parse_email",
    "parse_emails",
    "with_problem",
]

#: Emails in flight per worker in `parse_emails`: enough that a slow one (a long form, a scanned
#: one read by OCR) does not leave the other workers idle while this process waits for it
#: (8 left a fifth of the two cores idle in the benchmark's batch; 32 is about 3 MB).
_IN_FLIGHT_PER_WORKER = 32
_WAIT_SLICE_S = 0.25


def parse_email(
    raw: bytes | RawMessage,
    *,
    limits: Limits | None = None,
    pool: ParsePool | None = None,
    domains: Mapping[str, str] = DEFAULT_DOMAINS,
    message_limits: MessageLimits | None = None,
) -> Invitation:
    """Read one email. Without a pool, attachments are read in this process (tests, tools).

    A message in a file (`RawMessage` with a path: the daemon's drop folder) is read whole by
    a parse worker, which is given the path: its MIME, its attachments and its fields are read
    there and only the capped text comes back, so the caller's process never holds it whole
    (issue 15 item 4). Only when the worker cannot finish (`Unread`) is it read here, the
    daemon's way. A message over `max_message_bytes` is read no further than its headers.
    """
    limits = limits or Limits()
    message_limits = message_limits or MessageLimits()
    known: Unread | None = None
    if isinstance(raw, RawMessage):
        size = raw.size
        if size > message_limits.max_message_bytes:  # its headers are all that is read
            head = raw.head(MAX_HEADER_BYTES + 4)
            flight = _start(
                head, limits=limits, pool=pool, message_limits=message_limits, size=size
            )
            return _finish(flight, domains=domains)
        if raw.path is not None and pool is not None:
            future = pool.submit_email(
                b"", domains=domains, message_limits=message_limits, path=raw.path
            )
            outcome = _wait(future)
            if isinstance(outcome, Invitation):
                return outcome
            known = outcome
        raw = raw.read()
    flight = _start(raw, limits=limits, pool=pool, message_limits=message_limits, known=known)
    return _finish(flight, domains=domains)


def parse_emails(
    raws: Iterable[bytes],
    *,
    limits: Limits | None = None,
    pool: ParsePool | None = None,
    domains: Mapping[str, str] = DEFAULT_DOMAINS,
    message_limits: MessageLimits | None = None,
    window: int | None = None,
) -> Iterator[Invitation]:
    """Read many emails in order, each whole in a worker, up to `window` in flight.

    With a pool, the first `window` emails are sent to the workers before this returns, so they
    start reading while the caller gets ready (the batch loads spaCy meanwhile).
    """
    limits = limits or Limits()
    message_limits = message_limits or MessageLimits()
    if pool is None:
        return (
            parse_email(raw, limits=limits, domains=domains, message_limits=message_limits)
            for raw in raws
        )
    size = max(1, window if window is not None else _IN_FLIGHT_PER_WORKER * pool.size)
    return _WholeEmails(raws, pool, size, limits, domains, message_limits)


class _WholeEmails(Iterator[Invitation]):
    """`parse_emails` with a pool: a window of emails in the workers, answers in order."""

    def __init__(
        self,
        raws: Iterable[bytes],
        pool: ParsePool,
        window: int,
        limits: Limits,
        domains: Mapping[str, str],
        message_limits: MessageLimits,
    ) -> None:
        self._raws = iter(raws)
        self._pool = pool
        self._limits = limits
        self._domains = domains
        self._message_limits = message_limits
        self._pending: collections.deque[tuple[bytes, Future[EmailOutcome]]] = collections.deque()
        for _ in range(window):
            if not self._send_next():
                break

    def __next__(self) -> Invitation:
        if not self._pending:
            raise StopIteration
        raw, future = self._pending.popleft()
        self._send_next()
        return self._collect(raw, future)

    def _send_next(self) -> bool:
        raw = next(self._raws, None)
        if raw is None:
            return False
        future = self._pool.submit_email(
            raw, domains=self._domains, message_limits=self._message_limits
        )
        self._pending.append((raw, future))
        return True

    def _collect(self, raw: bytes, future: Future[EmailOutcome]) -> Invitation:
        """The worker's Invitation, or — when it could not finish — the email read the daemon's
        way (`parsers.sandbox_email`)."""
        try:
            outcome = future.result()
        except Exception:  # the pool completes every future; this is the last guard
            outcome = Unread()
        if isinstance(outcome, Invitation):
            return outcome
        flight = _start(
            raw,
            limits=self._limits,
            pool=self._pool,
            message_limits=self._message_limits,
            known=outcome,
        )
        return _finish(flight, domains=self._domains)


@dataclass(slots=True)
class _InFlight:
    opened: OpenedMessage
    results: list[Future[AttachmentContent] | AttachmentContent]


def _start(
    raw: bytes,
    *,
    limits: Limits,
    pool: ParsePool | None,
    message_limits: MessageLimits,
    known: Unread | None = None,
    size: int | None = None,
) -> _InFlight:
    opened = open_message(raw, message_limits=message_limits, size=size)
    if opened.refused is not None:
        return _InFlight(opened, list(opened.refused))
    results: list[Future[AttachmentContent] | AttachmentContent] = []
    for index, part in enumerate(opened.parts, start=1):
        if pool is None:
            results.append(
                read_attachment(
                    part.data,
                    filename=part.filename,
                    declared_type=part.declared_type,
                    limits=limits,
                    index=index,
                )
            )
        elif known is not None and known.at == index and known.kind and known.error is not None:
            results.append(
                pool.failed_content(
                    part.data, filename=part.filename, kind=known.kind, sentence=known.error
                )
            )
        else:
            results.append(
                pool.submit(
                    part.data, filename=part.filename, declared_type=part.declared_type, index=index
                )
            )
    return _InFlight(opened, results)


def _finish(flight: _InFlight, *, domains: Mapping[str, str]) -> Invitation:
    contents = [_result(outcome) for outcome in flight.results]
    return assemble(flight.opened, contents, domains=domains)


def _result(outcome: Future[AttachmentContent] | AttachmentContent) -> AttachmentContent:
    if isinstance(outcome, AttachmentContent):
        return outcome
    try:
        return _wait(outcome)
    except PoolUnavailable:  # the workers, not the attachment: the caller tries again later
        raise
    except Exception as exc:  # the pool completes every future; this is the last guard
        return AttachmentContent(
            media_type="application/octet-stream",
            pages=(),
            error=f"the attachment could not be read ({type(exc).__name__})",
            error_kind=ErrorKind.PARSER_ERROR,
            ocr_used=False,
            encrypted=False,
        )


def _wait(future: Future[_T]) -> _T:
    """The future's result, waited for in short slices: a caller's time budget
    (`cpc_triage.budget`) can stop this thread between two slices, never inside a long wait."""
    while True:
        try:
            return future.result(timeout=_WAIT_SLICE_S)
        except TimeoutError:
            continue


def with_problem(invitation: Invitation, problem: str) -> Invitation:
    """The same Invitation with one more message-level problem recorded."""
    return replace(invitation, problems=(*invitation.problems, problem))
