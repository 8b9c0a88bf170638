"""`parse_email()`: raw bytes of one email → `Invitation`. Never raises.

The line (DESIGN.md step 2): the MIME structure is read in this process (cheap, the standard
library's `email` package); every attachment is read in a worker process under time and memory
limits (`parsers.sandbox`), because attachments are hostile until proved otherwise; then the
booking-form fields are read from all the text together.

`parse_emails()` is the batch form: it reads the MIME of the next few messages while the workers
are busy with the attachments of earlier ones, so both cores work, and yields the Invitations in
the order given.
"""

from __future__ import annotations

import collections
import hashlib
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future
from dataclasses import dataclass, replace

from parsers.attachment import AttachmentContent, Limits, read_attachment
from parsers.classify import attachment_role
from parsers.district import DEFAULT_DOMAINS
from parsers.fields import read_fields
from parsers.mime import MimeMessage, RawPart, read_message
from parsers.records import (
    Attachment,
    AttachmentRole,
    BookingFields,
    ErrorKind,
    Invitation,
    Mailbox,
    MessageInfo,
)
from parsers.sandbox import ParsePool

#: A message with more attachments than this is filed for a person without reading the rest
#: (issue 5: "over the configured size or attachment count … manual_review").
MAX_ATTACHMENTS = 20
MAX_MESSAGE_BYTES = 40 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class MessageLimits:
    max_attachments: int = MAX_ATTACHMENTS
    max_message_bytes: int = MAX_MESSAGE_BYTES


def parse_email(
    raw: bytes,
    *,
    limits: Limits | None = None,
    pool: ParsePool | None = None,
    domains: Mapping[str, str] = DEFAULT_DOMAINS,
    message_limits: MessageLimits | None = None,
) -> Invitation:
    """Read one email. Without a pool, attachments are read in this process (tests, tools)."""
    return next(
        parse_emails(
            [raw], limits=limits, pool=pool, domains=domains, message_limits=message_limits
        )
    )


def parse_emails(
    raws: Iterable[bytes],
    *,
    limits: Limits | None = None,
    pool: ParsePool | None = None,
    domains: Mapping[str, str] = DEFAULT_DOMAINS,
    message_limits: MessageLimits | None = None,
    window: int = 6,
) -> Iterator[Invitation]:
    """Read many emails in order, keeping up to `window` in flight in the worker pool."""
    limits = limits or Limits()
    message_limits = message_limits or MessageLimits()
    pending: collections.deque[_InFlight] = collections.deque()
    for raw in raws:
        pending.append(_start(raw, limits=limits, pool=pool, message_limits=message_limits))
        if len(pending) >= max(1, window):
            yield _finish(pending.popleft(), domains=domains)
    while pending:
        yield _finish(pending.popleft(), domains=domains)


@dataclass(slots=True)
class _InFlight:
    mime: MimeMessage
    parts: list[RawPart]
    results: list[Future[AttachmentContent] | AttachmentContent]
    problems: list[str]
    over_limits: bool = False  # over the message size or attachment count: nothing else read


def _start(
    raw: bytes, *, limits: Limits, pool: ParsePool | None, message_limits: MessageLimits
) -> _InFlight:
    try:
        mime = read_message(raw)
    except Exception as exc:  # read_message promises not to raise; this is the last guard
        mime = _empty_mime(f"the message could not be read as MIME ({type(exc).__name__})")
    parts = list(mime.parts)
    problems = list(mime.problems)
    if len(raw) > message_limits.max_message_bytes:
        problems.append(
            f"the message is {len(raw) / 2**20:.1f} MB, over the "
            f"{message_limits.max_message_bytes / 2**20:.1f} MB limit: attachments not read"
        )
        return _over_limits(mime, parts, problems)
    if len(parts) > message_limits.max_attachments:
        problems.append(
            f"the message has {len(parts)} attachments, over the limit of "
            f"{message_limits.max_attachments}: attachments not read"
        )
        return _over_limits(mime, parts, problems)
    results: list[Future[AttachmentContent] | AttachmentContent] = []
    for index, part in enumerate(parts, start=1):
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
        else:
            results.append(
                pool.submit(
                    part.data, filename=part.filename, declared_type=part.declared_type, index=index
                )
            )
    return _InFlight(mime, parts, results, problems)


def _finish(flight: _InFlight, *, domains: Mapping[str, str]) -> Invitation:
    attachments = tuple(
        _attachment(part, _result(outcome))
        for part, outcome in zip(flight.parts, flight.results, strict=True)
    )
    body = flight.mime.body
    pages = body + tuple(p for a in attachments for p in a.pages)
    try:
        fields = read_fields(info=flight.mime.info, pages=pages, domains=domains)
    except Exception as exc:  # read_fields promises not to raise; this is the last guard
        fields = BookingFields()
        flight.problems.append(f"the booking-form fields could not be read ({type(exc).__name__})")
    return Invitation(
        message=flight.mime.info,
        body=body,
        attachments=attachments,
        fields=fields,
        problems=tuple(flight.problems),
        encrypted=flight.mime.encrypted,
        over_limits=flight.over_limits,
    )


def _over_limits(mime: MimeMessage, parts: list[RawPart], problems: list[str]) -> _InFlight:
    refused: list[Future[AttachmentContent] | AttachmentContent] = [
        _refused(p, ErrorKind.NOT_READ) for p in parts
    ]
    return _InFlight(mime, parts, refused, problems, over_limits=True)


def _result(outcome: Future[AttachmentContent] | AttachmentContent) -> AttachmentContent:
    if isinstance(outcome, AttachmentContent):
        return outcome
    try:
        return outcome.result()
    except Exception as exc:  # the pool completes every future; this is the last guard
        return AttachmentContent(
            media_type="application/octet-stream",
            pages=(),
            error=f"the attachment could not be read ({type(exc).__name__})",
            error_kind=ErrorKind.PARSER_ERROR,
            ocr_used=False,
            encrypted=False,
        )


def _attachment(part: RawPart, content: AttachmentContent) -> Attachment:
    role = (
        AttachmentRole.UNREADABLE
        if content.error is not None
        else attachment_role(content.pages, filename=part.filename)
    )
    return Attachment(
        filename=part.filename,
        declared_type=part.declared_type,
        media_type=content.media_type,
        size=len(part.data),
        sha256=hashlib.sha256(part.data).hexdigest(),
        role=role,
        pages=content.pages,
        error=content.error,
        error_kind=content.error_kind,
        ocr_used=content.ocr_used,
        encrypted=content.encrypted,
    )


def _refused(part: RawPart, kind: ErrorKind) -> AttachmentContent:
    return AttachmentContent(
        media_type="application/octet-stream",
        pages=(),
        error="not read: the message is over the configured size or attachment count",
        error_kind=kind,
        ocr_used=False,
        encrypted=False,
    )


def _empty_mime(problem: str) -> MimeMessage:
    info = MessageInfo(
        message_id=None,
        sender=Mailbox(address=None, display_name=None),
        to=(),
        subject=None,
        date_header=None,
        received_at=None,
        authentication_results=(),
    )
    return MimeMessage(info=info, body=(), parts=(), problems=(problem,), encrypted=False)


def with_problem(invitation: Invitation, problem: str) -> Invitation:
    """The same Invitation with one more message-level problem recorded."""
    return replace(invitation, problems=(*invitation.problems, problem))
