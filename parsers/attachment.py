"""One attachment's bytes → its text as `Page`s, or a recorded reason it could not be read.

`read_attachment()` never raises (DESIGN.md "a parser never raises past its boundary"; STYLE.md
habit 5: bad input is data). It chooses the reader from the sniffed bytes (`parsers.sniff`),
never from the declared type or the name, refuses what must not be opened (macro documents,
anything over the size limit, zip bombs), and turns every failure into an `ErrorKind` with a
sentence a person can act on (RELIABILITY.md S1's reasons). A container — a zip archive, an
Outlook winmail.dat — is opened by `parsers.unpack`, which reads each file in it with this
function, in the same process under the same limits.

It runs in whatever process calls it: `parsers.sandbox` calls it inside a worker process under
memory, CPU and wall-clock limits, which is where hostile input must be read. Exception
messages are never copied into the sentence, because a parser's message can quote the
document (a field value, a line of text); only the exception's class name is kept.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from parsers import sniff
from parsers.doc_pictures import pictures_to_read
from parsers.errors import AttachmentError
from parsers.records import ErrorKind, Page
from parsers.text_containers import csv_lines, mhtml_html
from parsers.zip_limits import bomb_sentence, declares_a_bomb

if TYPE_CHECKING:  # parsers.unpack reads each file of a container with read_attachment
    from parsers.unpack import Unpacking

MB = 1024 * 1024
#: pypdf raises this when a stream decompresses past its configured ceiling (pypdf #3429).
_BOMB_EXCEPTIONS = frozenset({"LimitReachedError", "DecompressionBombError"})


@dataclass(frozen=True, slots=True)
class Limits:
    """Per-attachment limits (RELIABILITY.md S1: 1 GiB address space, 30 s CPU at most)."""

    timeout_s: float = 20.0
    memory_mb: int = 1024
    max_bytes: int = 15 * MB
    max_pages: int = 60
    ocr: bool = True


@dataclass(frozen=True, slots=True)
class AttachmentContent:
    """What reading one attachment gave: pages, or an error sentence and its kind; for a
    container (a zip archive, a winmail.dat: `parsers.unpack`), the files read out of it."""

    media_type: str
    pages: tuple[Page, ...]
    error: str | None
    error_kind: ErrorKind | None
    ocr_used: bool
    encrypted: bool
    members: tuple[Member, ...] = ()


@dataclass(frozen=True, slots=True)
class Member:
    """One file read out of a container, at any depth (the list is flat: a zip inside a zip
    is one member, and its files follow it, their paths saying where they are)."""

    path: str  # "papers.zip/Forms/booking form.docx": the container's name, then the entry's
    size: int
    sha256: str
    content: AttachmentContent  # its own `members` are empty: they follow it in the list
    body: bool = False  # the message text of a winmail.dat or .msg attached to the email itself
    forwarded: bool = False  # that text is a forwarded Outlook item's (.msg), not the email's


def failed(media_type: str, kind: ErrorKind, sentence: str) -> AttachmentContent:
    """An unreadable attachment's content; also used by the sandbox for dead workers."""
    return AttachmentContent(
        media_type=media_type,
        pages=(),
        error=sentence,
        error_kind=kind,
        ocr_used=False,
        encrypted=kind is ErrorKind.ENCRYPTED,
    )


def read_attachment(
    data: bytes,
    *,
    filename: str | None,
    declared_type: str | None,
    limits: Limits,
    index: int = 1,
    unpacking: Unpacking | None = None,
) -> AttachmentContent:
    """Read one attachment. Never raises.

    `declared_type` is accepted for the record only: the MIME header is never trusted
    (`parsers.sniff`). `index` (1-based) names the pages of an attachment without a filename.
    `unpacking` is where a file taken out of a container is read (`parsers.unpack`): its depth
    and what its containers may still spend; None for an attachment of the email itself.
    """
    del declared_type  # deliberately unused: see the docstring
    media_type = sniff.UNKNOWN
    try:
        media_type = sniff.sniff_media_type(data, filename=filename)
        if len(data) > limits.max_bytes:
            return failed(
                media_type,
                ErrorKind.TOO_LARGE,
                f"the attachment is {_megabytes(len(data))} MB, over the "
                f"{_megabytes(limits.max_bytes)} MB limit: it was not opened",
            )
        name = filename or f"attachment {index}"
        if media_type in sniff.CONTAINERS:
            from parsers.unpack import read_container

            return read_container(
                data, media_type=media_type, name=name, limits=limits, unpacking=unpacking
            )
        return _dispatch(data, media_type=media_type, name=name, limits=limits, unpacking=unpacking)
    except AttachmentError as exc:
        return _limit_hit(exc, media_type=media_type, limits=limits) or failed(
            media_type, exc.kind, exc.message
        )
    except RecursionError:
        return failed(media_type, ErrorKind.PARSER_ERROR, "it is nested too deeply to read")
    except Exception as exc:  # the boundary: any other failure is recorded, never raised
        return _limit_hit(exc, media_type=media_type, limits=limits) or failed(
            media_type, ErrorKind.PARSER_ERROR, f"the reader failed ({type(exc).__name__})"
        )


def _limit_hit(exc: BaseException, *, media_type: str, limits: Limits) -> AttachmentContent | None:
    """MEMORY or BOMB when the failure was the memory limit or a decompression ceiling.

    Readers wrap what they catch (pdfplumber's `PdfminerException(MemoryError)`, a reader's
    `AttachmentError(PARSER_ERROR) from exc`), so the whole cause chain is searched.
    """
    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo:
        current = todo.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, MemoryError):
            sentence = f"reading it exceeded the {limits.memory_mb} MB memory limit"
            return failed(media_type, ErrorKind.MEMORY, sentence)
        if type(current).__name__ in _BOMB_EXCEPTIONS:
            return failed(media_type, ErrorKind.BOMB, bomb_sentence())
        todo += [e for e in (current.__cause__, current.__context__) if e is not None]
        todo += [a for a in current.args if isinstance(a, BaseException)]
    return None


def _megabytes(size: int) -> str:
    return f"{size / MB:.0f}" if size >= 10 * MB else f"{size / MB:.1f}"


_Reader = Callable[[bytes, str, Limits], AttachmentContent]


def _dispatch(
    data: bytes,
    *,
    media_type: str,
    name: str,
    limits: Limits,
    unpacking: Unpacking | None = None,
) -> AttachmentContent:
    refusal = _refusal(data, media_type=media_type)
    if refusal is not None:
        return failed(media_type, *refusal)
    if media_type == sniff.PDF:  # a document that may carry files: they are read too
        return _read_pdf(data, name, limits, unpacking)
    reader = _READERS.get(media_type)
    if reader is None:
        return failed(
            media_type,
            ErrorKind.UNSUPPORTED,
            f"files of type {media_type} are not read",
        )
    return reader(data, name, limits)


def _refusal(data: bytes, *, media_type: str) -> tuple[ErrorKind, str] | None:
    """Why this attachment must not be opened at all, if it must not."""
    if media_type == sniff.EMPTY:
        return ErrorKind.EMPTY, "the attachment is empty (0 bytes)"
    if media_type in sniff.MACRO_TYPES:
        return ErrorKind.MACRO, "it is a macro-enabled Office document: it was not opened"
    if media_type == sniff.RPMSG:
        return ErrorKind.ENCRYPTED, (
            "it is a rights-protected Microsoft message (message.rpmsg): only the recipient's "
            "Microsoft 365 account can open it"
        )
    if media_type in (sniff.OLE, sniff.DOC):
        if sniff.is_encrypted_ooxml(data):
            return ErrorKind.ENCRYPTED, "it is a password-protected Office document"
        return ErrorKind.UNSUPPORTED, "it is a legacy Office file (.doc/.xls): not read"
    if media_type in (sniff.PPTX, sniff.DOTX):
        return ErrorKind.UNSUPPORTED, f"files of type {media_type} are not read"
    if media_type in (sniff.DOCX, sniff.ODT, sniff.ODS, sniff.XLSX) and _is_zip_bomb(data):
        return ErrorKind.BOMB, bomb_sentence()
    return None


def _is_zip_bomb(data: bytes) -> bool:
    """True when the package's own directory declares more than S2 allows (`parsers.zip_limits`)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except Exception:  # a damaged zip is for the reader to refuse, with its reason
        return False
    return declares_a_bomb(infos)


def _read_pdf(
    data: bytes, name: str, limits: Limits, unpacking: Unpacking | None
) -> AttachmentContent:
    """The PDF's pages, and the files it carries (a portfolio's, a paperclip's on a page:
    `parsers.pdf_files`) read as a container's files are (`parsers.unpack.read_carried`)."""
    from parsers.pdf import read_pdf

    result = read_pdf(data, name=name, ocr=limits.ocr, max_pages=limits.max_pages)
    content = _content(
        sniff.PDF, result.pages, ocr_used=result.ocr_used, encrypted=result.encrypted
    )
    if not result.carries_files:
        return content
    from parsers.unpack import read_carried

    return read_carried(data, content, name=name, limits=limits, unpacking=unpacking)


def _read_docx(data: bytes, name: str, limits: Limits) -> AttachmentContent:
    from parsers.docx import read_docx

    return _with_pictures(sniff.DOCX, data, read_docx(data, name=name), name, limits)


def _read_odt(data: bytes, name: str, limits: Limits) -> AttachmentContent:
    from parsers.odt import read_odt

    return _with_pictures(sniff.ODT, data, read_odt(data, name=name), name, limits)


def _with_pictures(
    media_type: str, data: bytes, pages: tuple[Page, ...], name: str, limits: Limits
) -> AttachmentContent:
    """A document's text, and the OCR of its pictures when its text says next to nothing (a
    form pasted in as a screenshot: `parsers.doc_pictures`)."""
    pictures = pictures_to_read(data, pages) if limits.ocr else []
    read = [
        Page(location=f"{name} picture {n}", lines=lines, number=n, ocr=True)
        for n, picture in enumerate(pictures, start=1)
        if (lines := _ocr_lines(picture, timeout_s=limits.timeout_s))
    ]
    return _content(media_type, (*pages, *read), ocr_used=bool(read))


def _read_xlsx(data: bytes, name: str, limits: Limits) -> AttachmentContent:
    from parsers.xlsx import read_xlsx

    del limits
    return _content(sniff.XLSX, read_xlsx(data, name=name))


def _read_ods(data: bytes, name: str, limits: Limits) -> AttachmentContent:
    from parsers.ods import read_ods

    del limits
    return _content(sniff.ODS, read_ods(data, name=name))


def _read_rtf(data: bytes, name: str, limits: Limits) -> AttachmentContent:
    from parsers.rtf import read_rtf

    del limits
    return _content(sniff.RTF, read_rtf(data, name=name))


def _read_html(data: bytes, name: str, limits: Limits) -> AttachmentContent:
    from parsers.html_text import html_to_lines

    del limits
    archived = mhtml_html(data)  # a web archive: its HTML part (`parsers.text_containers`)
    lines = html_to_lines(decode_text(data) if archived is None else archived)
    return _content(sniff.HTML, (Page(location=name, lines=lines),) if lines else ())


def _read_text(data: bytes, name: str, limits: Limits) -> AttachmentContent:
    if mhtml_html(data) is not None:
        return _read_html(data, name, limits)
    text = decode_text(data)
    lines = csv_lines(text, name=name)  # a CSV export: its rows as cells
    if lines is None:
        lines = tuple(line.strip() for line in text.splitlines() if line.strip())
    return _content(sniff.TEXT, (Page(location=name, lines=lines),) if lines else ())


def _read_image(media_type: str) -> _Reader:
    def read(data: bytes, name: str, limits: Limits) -> AttachmentContent:
        if not limits.ocr:
            raise AttachmentError(
                ErrorKind.OCR_UNAVAILABLE, "it is an image and OCR is switched off"
            )
        lines = _ocr_lines(data, timeout_s=limits.timeout_s)
        pages = (Page(location=name, lines=lines, number=1, ocr=True),) if lines else ()
        return _content(media_type, pages, ocr_used=True)

    return read


def _ocr_lines(data: bytes, *, timeout_s: float) -> tuple[str, ...]:
    try:
        from parsers.ocr import ocr_image
    except ImportError:
        return _tesseract_lines(data, timeout_s=timeout_s)
    return tuple(ocr_image(data, timeout_s=timeout_s))


def _tesseract_lines(data: bytes, *, timeout_s: float) -> tuple[str, ...]:
    """Fallback OCR with pytesseract directly, used only while `parsers.ocr` is missing."""
    import pytesseract
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            text = pytesseract.image_to_string(image, lang="eng", timeout=timeout_s)
    except pytesseract.TesseractNotFoundError as exc:
        raise AttachmentError(
            ErrorKind.OCR_UNAVAILABLE, "it is an image and tesseract is not installed"
        ) from exc
    return tuple(line.strip() for line in str(text).splitlines() if line.strip())


def _content(
    media_type: str, pages: tuple[Page, ...], *, ocr_used: bool = False, encrypted: bool = False
) -> AttachmentContent:
    if not any(page.lines for page in pages):
        return AttachmentContent(
            media_type=media_type,
            pages=pages,
            error="it contains no readable text",
            error_kind=ErrorKind.EMPTY,
            ocr_used=ocr_used,
            encrypted=encrypted,
        )
    return AttachmentContent(
        media_type=media_type,
        pages=pages,
        error=None,
        error_kind=None,
        ocr_used=ocr_used,
        encrypted=encrypted,
    )


def decode_text(data: bytes) -> str:
    """Text from bytes: a BOM's encoding, else UTF-8, else cp1252 (what Outlook writes)."""
    for bom, codec in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


_READERS: dict[str, _Reader] = {
    sniff.DOCX: _read_docx,
    sniff.ODT: _read_odt,
    sniff.XLSX: _read_xlsx,
    sniff.ODS: _read_ods,
    sniff.RTF: _read_rtf,
    sniff.HTML: _read_html,
    sniff.TEXT: _read_text,
    **{media_type: _read_image(media_type) for media_type in sniff.IMAGE_TYPES},
}
