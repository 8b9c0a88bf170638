"""The two halves of reading one email, with no process boundary: open it, then assemble it.

`open_message` reads the MIME structure and applies the message limits; `assemble` turns the
attachments' contents into `Attachment`s and reads the booking-form fields from all the text
together. Between the two, each attachment is read — in a worker of the pool
(`parsers.parse`, the daemon's way), or in the worker that reads a whole email
(`parsers.sandbox_worker`, the batch's way). Both ways run exactly this code, so they give
the same `Invitation`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from parsers.attachment import AttachmentContent
from parsers.bounds import check_structure
from parsers.checklists import mark_checklists
from parsers.classify import attachment_role
from parsers.fields import read_fields
from parsers.guidance import mark_guidance, said_page
from parsers.mime import MimeMessage, RawPart, headers_only, read_message, unreadable
from parsers.records import (
    Attachment,
    AttachmentRole,
    BookingFields,
    ErrorKind,
    Invitation,
    Page,
)
from parsers.sniff import CONTAINERS
from parsers.textcap import TextBudget

#: A message with more attachments than this is filed for a person without reading the rest
#: (issue 5: "over the configured size or attachment count … manual_review").
MAX_ATTACHMENTS = 20
MAX_MESSAGE_BYTES = 40 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class MessageLimits:
    max_attachments: int = MAX_ATTACHMENTS
    max_message_bytes: int = MAX_MESSAGE_BYTES


@dataclass(slots=True)
class OpenedMessage:
    """The MIME read; `refused` holds the attachments' contents when none may be read (the
    message is over its size or attachment-count limit)."""

    mime: MimeMessage
    parts: list[RawPart]
    problems: list[str]
    refused: list[AttachmentContent] | None = field(default=None)


def open_message(
    raw: bytes, *, message_limits: MessageLimits, size: int | None = None
) -> OpenedMessage:
    """Read the MIME structure and apply the size and attachment-count limits. Never raises.

    The raw bytes are checked first (`parsers.bounds`), and a message over the size limit is
    not parsed past its headers: the `email` package has no limits of its own (issue 15).
    `size` is the message's real size when `raw` is only its first bytes (the daemon hands no
    more of a message over the limit: its structure was checked on the whole file).
    """
    size = len(raw) if size is None else size
    refusal = check_structure(raw)
    if refusal is not None:
        mime = unreadable(f"the message could not be processed: {refusal.words}")
        return OpenedMessage(mime, [], list(mime.problems), [])
    if size > message_limits.max_message_bytes:
        mime = headers_only(raw)
        problem = (
            f"the message is {size / 2**20:.1f} MB, over the "
            f"{message_limits.max_message_bytes / 2**20:.1f} MB limit: attachments not read"
        )
        return OpenedMessage(mime, [], [*mime.problems, problem], [])
    try:
        mime = read_message(raw)
    except Exception as exc:  # read_message promises not to raise; this is the last guard
        mime = unreadable(f"the message could not be read as MIME ({type(exc).__name__})")
    parts = list(mime.parts)
    problems = list(mime.problems)
    if len(parts) > message_limits.max_attachments:
        problems.append(
            f"the message has {len(parts)} attachments, over the limit of "
            f"{message_limits.max_attachments}: attachments not read"
        )
        return OpenedMessage(mime, parts, problems, [_refused() for _ in parts])
    return OpenedMessage(mime, parts, problems)


def assemble(
    opened: OpenedMessage, contents: Sequence[AttachmentContent], *, domains: Mapping[str, str]
) -> Invitation:
    """The Invitation from the MIME read and each attachment's content, in order.

    A container's files (`parsers.unpack`) follow the container as attachments of their own;
    the message text of a winmail.dat attached to the email joins the body (`_unwrapped`).
    """
    text = TextBudget()  # what fields and triage may read (parsers.textcap): cut before both
    found = [_unwrapped(p, content) for p, content in zip(opened.parts, contents, strict=True)]
    bodies = (opened.mime.body, *(pages for f in found for pages in f.bodies))
    body = tuple(_form_read(p) for pages in bodies for p in text.take(pages))
    attachments = tuple(
        _attachment(record, replace(content, pages=text.take(content.pages), members=()))
        for f in found
        for record, content in f.files
    )
    pages = body + tuple(p for a in attachments for p in a.pages)
    problems = list(opened.problems)
    try:
        # guidance is kept for a person and for the criteria's context, never read for a field
        said = tuple(said_page(p) for p in pages)
        fields = read_fields(info=opened.mime.info, pages=said, domains=domains)
    except Exception as exc:  # read_fields promises not to raise; this is the last guard
        fields = BookingFields()
        problems.append(f"the booking-form fields could not be read ({type(exc).__name__})")
    return Invitation(
        message=opened.mime.info,
        body=body,
        attachments=attachments,
        fields=fields,
        problems=tuple(problems),
        encrypted=opened.mime.encrypted,
        over_limits=opened.refused is not None,
        text_cut=text.cut,
    )


@dataclass(frozen=True, slots=True)
class _File:
    """What the Attachment record says of a file: its name and bytes' size and hash."""

    filename: str | None
    declared_type: str | None
    size: int
    sha256: str


@dataclass(frozen=True, slots=True)
class _Unwrapped:
    files: list[tuple[_File, AttachmentContent]]
    bodies: list[tuple[Page, ...]]


def _unwrapped(part: RawPart, content: AttachmentContent) -> _Unwrapped:
    """One MIME attachment as the files it is: itself, then any files read out of it.

    A winmail.dat's message text (`Member.body`) is the email's body, so its pages join the
    body, named for the body they belong to ("body (winmail.dat)", or the forwarded message's
    name), and are read as body text is (`classify`, `fields` tell body pages by that name).
    An Outlook item's text (`Member.forwarded`) is a forwarded message's body: its pages join
    the body named for the item ("Fwd.msg"), as `parsers.mime` names a message/rfc822 part's.
    A blank message text is no loss; one that could not be read is listed like any file.
    """
    sha256 = hashlib.sha256(part.data).hexdigest()
    files = [(_File(part.filename, part.declared_type, len(part.data), sha256), content)]
    bodies: list[tuple[Page, ...]] = []
    base = "body" if part.origin == "message" else part.origin
    container = part.filename or "winmail.dat"
    for member in content.members:
        if member.body and member.content.error_kind is ErrorKind.EMPTY:
            continue
        if member.body and member.content.error is None:
            where = f"{base} ({container})"
            if member.forwarded:  # "Fwd.msg/message text.html": the page is "Fwd.msg"'s
                where = member.path.rsplit("/", 1)[0]
            bodies.append(tuple(replace(p, location=where) for p in member.content.pages))
            continue
        files.append((_File(member.path, None, member.size, member.sha256), member.content))
    return _Unwrapped(files, bodies)


def _form_read(page: Page) -> Page:
    """A page with its check lists' marks as boxes and its guidance marked (`parsers.guidance`)."""
    return mark_guidance(mark_checklists(page))


def _attachment(file: _File, content: AttachmentContent) -> Attachment:
    pages = tuple(_form_read(p) for p in content.pages)
    if content.error is not None:
        role = AttachmentRole.UNREADABLE
    elif content.media_type in CONTAINERS:  # its files are attachments of their own
        role = AttachmentRole.OTHER
    else:
        role = attachment_role(tuple(said_page(p) for p in pages), filename=file.filename)
    return Attachment(
        filename=file.filename,
        declared_type=file.declared_type,
        media_type=content.media_type,
        size=file.size,
        sha256=file.sha256,
        role=role,
        pages=pages,
        error=content.error,
        error_kind=content.error_kind,
        ocr_used=content.ocr_used,
        encrypted=content.encrypted,
    )


def _refused() -> AttachmentContent:
    return AttachmentContent(
        media_type="application/octet-stream",
        pages=(),
        error="not read: the message is over the configured size or attachment count",
        error_kind=ErrorKind.NOT_READ,
        ocr_used=False,
        encrypted=False,
    )
