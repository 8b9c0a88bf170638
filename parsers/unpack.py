"""Attachments inside attachments: a zip archive's files, an Outlook winmail.dat's or Outlook
item's (.msg) files and text.

Why: councils zip a conference's papers together (the booking form beside the chronology and
the last minutes, one form per child, sub-folders), and Outlook sends rich-text mail outside
the organisation as TNEF, so the booking form is *inside* `winmail.dat`. Either way the form is
never read unless the container is opened (issue: first-sight set o, layouts 71 and 72). An
invitation forwarded as an Outlook item (.msg) holds its text and its form the same way.

One path for every container and every depth: `read_container` asks the container's reader
(`parsers.archive` for zip, `parsers.tnef` for TNEF, `parsers.msg` for .msg) for its files as
`Packed` entries, and reads each one with `parsers.attachment.read_attachment` — sniffed by
content and read by the existing readers, in the same parse worker under the same
per-attachment limits as any attachment (`Unpacking.on_member` restarts the worker's clock and
CPU budget for each file, `parsers.sandbox_worker`). A file that is itself a container (a zip
inside a winmail.dat, a zip inside a zip) is opened the same way, one level deeper, and its
files are listed after it. The members come back flattened, each named by its path
("papers.zip/Forms/booking form.docx") so that the desk shows where it came from, and
`parsers.message` makes each an `Attachment` of its own: the booking-form choice
(`parsers.classify.attachment_role`, the field reader's preference for booking-form pages) is
the one every attachment gets.

Caps — hostile input, RELIABILITY.md S1/S2 — shared by every level below one MIME attachment
(`Spend`): at most `MAX_FILES` files read, at most `zip_limits.MAX_UNZIPPED_BYTES` taken out,
containers nested at most `MAX_NESTING` deep; the zip directory's bomb rule is
`parsers.zip_limits`'s, the one Word and OpenDocument packages answer to. A container over a
cap is not opened and is itself unreadable, with the reason; nothing is lost (DESIGN.md): every
file inside is either read or listed with the reason it was not (password, damaged, too large,
unsupported). Entry names are only labels — nothing is written to disk — and are made safe for
display (`safe_path`: no `..`, no leading `/`, no control characters).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from parsers import sniff
from parsers.attachment import AttachmentContent, Limits, Member, failed, read_attachment
from parsers.errors import AttachmentError
from parsers.records import ErrorKind
from parsers.zip_limits import MAX_UNZIPPED_BYTES, bomb_sentence

#: Files read out of one MIME attachment, at every level together: a conference's papers are
#: a handful (form, chronology, minutes, one form per child); a message may carry 20
#: attachments (`parsers.message.MAX_ATTACHMENTS`), and so may one archive.
MAX_FILES = 20
#: Containers inside containers below the MIME attachment: a zip in a winmail.dat is 1, a zip in
#: a zip in a winmail.dat 2; deeper is refused (real mail nests one level, 42.zip nests five).
MAX_NESTING = 2


def _nothing() -> None:
    return None


@dataclass(slots=True)
class Spend:
    """What reading one MIME attachment's containers may still spend, at every level."""

    files: int = MAX_FILES
    bytes: int = MAX_UNZIPPED_BYTES
    #: called before each file is read: the parse worker restarts the file's time limit
    on_member: Callable[[], None] = field(default=_nothing)


@dataclass(frozen=True, slots=True)
class Unpacking:
    """Where a read happens: `depth` containers down from the MIME attachment (0: it is one)."""

    depth: int = 0
    spend: Spend = field(default_factory=Spend)

    def deeper(self) -> Unpacking:
        return replace(self, depth=self.depth + 1)


@dataclass(frozen=True, slots=True)
class Packed:
    """One file taken out of a container, or the reason it could not be."""

    path: str  # inside the container, made safe (`safe_path`)
    data: bytes | None  # None: not taken out, `refused` says why
    refused: tuple[ErrorKind, str] | None = None
    #: the container's own message text (a winmail.dat's RTF body): `parsers.message` reads it
    #: as body text when the container is a direct attachment of the email
    body: bool = False
    #: the text of an Outlook item (.msg) forwarded as an attachment (`parsers.msg`): its pages
    #: join the body named for the item, as a message/rfc822 part's do (`parsers.mime`)
    forwarded: bool = False


@dataclass(frozen=True, slots=True)
class Opened:
    """A container's files, and what was wrong with the container itself (cut off, damaged)."""

    files: tuple[Packed, ...]
    problem: tuple[ErrorKind, str] | None = None


def read_container(
    data: bytes, *, media_type: str, name: str, limits: Limits, unpacking: Unpacking | None
) -> AttachmentContent:
    """Open one container and read every file in it (module docstring). Raises
    `AttachmentError` when the container itself cannot be opened (`read_attachment` records it).
    `unpacking` None: the container is an attachment of the email itself."""
    unpacking = unpacking or Unpacking()
    if unpacking.depth > MAX_NESTING:
        raise AttachmentError(
            ErrorKind.BOMB,
            f"it is a container inside {unpacking.depth} others: deeper than "
            f"{MAX_NESTING + 1} levels is not opened",
        )
    opened = _open(data, media_type=media_type, unpacking=unpacking)
    members = _read_files(opened, container=name, limits=limits, unpacking=unpacking)
    problem = opened.problem
    if problem is None and not opened.files:
        problem = (ErrorKind.EMPTY, "it holds no files and no text")
    return AttachmentContent(
        media_type=media_type,
        pages=(),
        error=None if problem is None else problem[1],
        error_kind=None if problem is None else problem[0],
        ocr_used=False,
        encrypted=False,
        members=members,
    )


def read_carried(
    data: bytes,
    content: AttachmentContent,
    *,
    name: str,
    limits: Limits,
    unpacking: Unpacking | None,
) -> AttachmentContent:
    """A document's own reading (`content`: its pages) with the files it carries — a PDF's
    embedded files (`parsers.pdf_files`) — each read as a container's file is, one level
    deeper, under the same caps. Never raises past `AttachmentError`'s reasons: what went wrong
    with its files is the document's error, its pages kept. A document whose pages say nothing
    is no empty attachment when it carries files: they are what it holds (a portfolio's cover).
    """
    from parsers.pdf_files import open_pdf_files

    unpacking = unpacking or Unpacking()
    too_deep = None
    if unpacking.depth > MAX_NESTING:
        too_deep = (
            f"it is in a PDF inside {unpacking.depth} other files: files nested deeper than "
            f"{MAX_NESTING + 1} levels are not opened"
        )
    try:
        opened = open_pdf_files(data, spend=unpacking.spend, too_deep=too_deep)
        members = _read_files(opened, container=name, limits=limits, unpacking=unpacking)
    except AttachmentError as exc:
        return replace(content, error=exc.message, error_kind=exc.kind)
    if not members:
        return content
    if content.error_kind is ErrorKind.EMPTY:
        return replace(content, members=members, error=None, error_kind=None)
    return replace(content, members=members)


def _read_files(
    opened: Opened, *, container: str, limits: Limits, unpacking: Unpacking
) -> tuple[Member, ...]:
    """Every file taken out of a container, read (a container among them opened in turn),
    once the files and bytes are counted against what is left to spend."""
    size = sum(len(p.data) for p in opened.files if p.data is not None)
    refuse_over(len(opened.files), size, unpacking.spend)
    unpacking.spend.files -= len(opened.files)
    unpacking.spend.bytes -= size
    members: list[Member] = []
    for packed in opened.files:
        members.extend(
            _read_member(packed, container=container, limits=limits, unpacking=unpacking)
        )
    return tuple(members)


def _open(data: bytes, *, media_type: str, unpacking: Unpacking) -> Opened:
    if media_type == sniff.ZIP:
        from parsers.archive import open_zip

        return open_zip(data, spend=unpacking.spend)
    if media_type == sniff.MSG:
        from parsers.msg import open_msg

        return open_msg(data, spend=unpacking.spend, message_text=unpacking.depth == 0)
    from parsers.tnef import open_tnef

    return open_tnef(data, message_text=unpacking.depth == 0)


def refuse_over(count: int, size: int, spend: Spend) -> None:
    """Refuse a container whose `count` files or `size` bytes are more than is left to spend.

    The zip reader asks it of the directory's declared sizes before taking anything out."""
    if count > spend.files:
        whole = "" if spend.files == MAX_FILES else f" (only {spend.files} more here)"
        raise AttachmentError(
            ErrorKind.TOO_LARGE,
            f"it holds {count} files, over the limit of {MAX_FILES} read from one "
            f"attachment{whole}: it was not opened",
        )
    if size > spend.bytes:
        raise AttachmentError(ErrorKind.BOMB, bomb_sentence())


def _read_member(
    packed: Packed, *, container: str, limits: Limits, unpacking: Unpacking
) -> list[Member]:
    """The file as a `Member`, then — when it is a container itself — the files inside it."""
    path = f"{container}/{packed.path}"
    if packed.data is None:
        kind, sentence = packed.refused or (ErrorKind.PARSER_ERROR, "it could not be taken out")
        content = failed(sniff.UNKNOWN, kind, sentence)
        return [
            Member(
                path=path,
                size=0,
                sha256=_sha256(b""),
                content=content,
                body=packed.body,
                forwarded=packed.forwarded,
            )
        ]
    unpacking.spend.on_member()
    content = read_attachment(
        packed.data,
        filename=path,
        declared_type=None,
        limits=limits,
        unpacking=unpacking.deeper(),
    )
    inside = list(content.members)
    this = Member(
        path=path,
        size=len(packed.data),
        sha256=_sha256(packed.data),
        content=replace(content, members=()),
        body=packed.body,
        forwarded=packed.forwarded,
    )
    return [this, *inside]


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def safe_path(name: str, *, fallback: str) -> str:
    """An entry's name as a label a person can read and no path can escape.

    Backslashes are separators (Windows zips), empty, `.` and `..` steps are dropped, characters
    that do not print (controls, bidirectional overrides) become spaces; what is left is joined
    with `/` (its last 8 steps), or is `fallback` when nothing is.
    """
    steps = []
    for step in name.replace("\\", "/").split("/"):
        step = "".join(c if c.isprintable() else " " for c in step).strip()
        if step and step not in (".", ".."):
            steps.append(step[:200])
    return "/".join(steps[-8:]) or fallback
