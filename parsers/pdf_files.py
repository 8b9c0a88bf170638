"""`open_pdf_files()`: the files a PDF carries → `Packed` entries for `parsers.unpack` to read.

Why: councils send the booking form *inside* a PDF. A PDF portfolio (`/Collection` in the
catalog) shows a cover page — "this PDF is a portfolio: open the paperclip" — and keeps the
form in its embedded files; a covering sheet carries the form as a paperclip on the page (a
`/FileAttachment` annotation); a PDF may also list attachments of the document, or PDF 2.0
associated files. Read as a page alone, such a PDF is its cover and the form is lost (issue 11,
set v layout 108). So every file a PDF carries is read as an attachment of the email, by the
path every container's files take (`parsers.unpack`): same caps, same worker, same readers.

Where a PDF carries files (ISO 32000-1 §7.11.4 and §12.5.6.15, ISO 32000-2 §14.13), read with
pypdf's own objects for them — `PdfReader.attachment_list` for the name tree and
`pypdf.generic.EmbeddedFile` for every file specification (its names, declared size, stream):

- the catalog's `/Names /EmbeddedFiles` name tree (a portfolio's files, document attachments);
- each page's `/FileAttachment` annotations, their `/FS` file specification;
- the `/AF` associated files of the catalog and of each page.

A file listed in more than one place (a portfolio's file also in `/AF`) is read once.
`carries_files()` asks the catalog and pages of pdfminer's objects, which `parsers.pdf` has
already parsed, and `parsers.pdf_annots` notes a page's paperclips where it reads the page's
other annotations, so that pypdf opens only a PDF that carries something (most carry nothing).

The file is hostile input, and the library's tolerance is answered here:

- more files than are left to read from this attachment (`unpack.Spend`, `MAX_FILES` in all):
  none is opened, and the PDF says so (its own pages are still read);
- a file whose `/Params /Size` declares more than the bytes left is refused without being
  decoded, and decoding is capped at the bytes left (pypdf's `Configuration`: its filters stop
  there), so a small stream that inflates past them is refused too (a bomb);
- pypdf recovers a damaged deflate stream byte by byte and hands back what it could, with only
  a warning: recovery is switched off here, so a damaged stream is an unreadable file with its
  reason, and a stream shorter than the size it declares is cut off, not a shorter form;
- a file specification with no embedded stream names a file outside the PDF: a link, not
  followed; file names are labels only, made safe (`unpack.safe_path`).

Only what is written here raises: `AttachmentError` with a sentence a person can act on.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from itertools import islice
from typing import Any

from parsers.errors import AttachmentError
from parsers.records import ErrorKind
from parsers.unpack import MAX_FILES, Opened, Packed, Spend, safe_path
from parsers.zip_limits import bomb_sentence

#: Pages whose annotations and `/AF` are looked at (`Limits.max_pages`' default: a PDF with
#: more is refused before its files are looked for).
_MAX_PAGES = 60
#: Annotations looked at on one page (`parsers.pdf_annots` reads as many).
_MAX_ANNOTS = 300
#: pypdf's caps on what one stream decodes to, each set to the bytes left to spend.
_OUTPUT_CAPS = (
    "zlib_maximum_output_length",
    "lzw_maximum_output_length",
    "run_length_maximum_output_length",
    "brotli_maximum_output_length",
    "jbig2_maximum_output_length",
    "array_based_stream_maximum_output_length",
)
_DAMAGED = "it is damaged inside the PDF"


def carries_files(catalog: Mapping[str, Any], pages: Iterable[Any]) -> bool:
    """True when pdfminer's catalog or pages (`PDFPage`s) list embedded or associated files;
    True too when they cannot be told (let pypdf look). A page's paperclips are noted where its
    annotations are read (`parsers.pdf_annots`: a form's widgets are not parsed twice)."""
    from pdfminer.pdftypes import resolve1

    try:
        names = resolve1(catalog.get("Names"))
        if (isinstance(names, dict) and "EmbeddedFiles" in names) or "AF" in catalog:
            return True
        return any("AF" in page.attrs for page in islice(pages, _MAX_PAGES))
    except MemoryError:
        raise
    except Exception:  # a damaged object (RecursionError too): pypdf is asked, and says
        return True


def open_pdf_files(data: bytes, *, spend: Spend, too_deep: str | None = None) -> Opened:
    """The PDF's carried files, taken out; `too_deep`: none is taken out, each is listed with
    this reason (the PDF is nested as deep as containers are opened: `parsers.unpack`)."""
    with _reader(data) as reader:
        specs = _specs(reader, most=spend.files)
        if len(specs) > spend.files:
            whole = "" if spend.files == MAX_FILES else f" (only {spend.files} more here)"
            raise AttachmentError(
                ErrorKind.TOO_LARGE,
                f"it carries more than {spend.files} embedded files, over the limit of "
                f"{MAX_FILES} read from one attachment{whole}: they were not opened",
            )
        left = spend.bytes
        files: list[Packed] = []
        for number, spec in enumerate(specs, 1):
            packed = _packed(spec, number=number, left=left, too_deep=too_deep)
            left -= len(packed.data or b"")
            files.append(packed)
    return Opened(tuple(files))


@contextmanager
def _reader(data: bytes) -> Iterator[Any]:
    """pypdf's reading of the PDF, closed after (its cache of objects refers back to it)."""
    import pypdf

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            reader.decrypt("")
    except MemoryError:
        raise
    except Exception as exc:  # pdfminer read it, pypdf cannot: its file list is lost
        raise _unlisted(exc) from exc
    try:
        yield reader
    finally:
        reader.close()


def _specs(reader: Any, *, most: int) -> list[Any]:
    """The file specifications the PDF carries (pypdf `EmbeddedFile`s), each once: no more
    than `most` + 1, so that a list of thousands is refused without walking it all."""
    try:
        return list(islice(_unique(_listed(reader)), most + 1))
    except MemoryError:
        raise
    except Exception as exc:  # a file list pypdf cannot follow (RecursionError too)
        raise _unlisted(exc) from exc


def _unlisted(exc: BaseException) -> AttachmentError:
    return AttachmentError(
        ErrorKind.PARSER_ERROR,
        f"the PDF lists embedded files that could not be read: it is damaged "
        f"({type(exc).__name__})",
    )


def _packed(spec: Any, *, number: int, left: int, too_deep: str | None) -> Packed:
    """One file as `unpack` reads it: its bytes, or why they were not taken out."""
    try:
        path = safe_path(_name(spec), fallback=f"embedded file {number}")
    except MemoryError:
        raise
    except Exception:  # a name pypdf cannot resolve: the file keeps its number
        path = f"embedded file {number}"
    if too_deep is not None:
        return Packed(path, None, (ErrorKind.BOMB, too_deep))
    try:
        return _take(spec, path, left)
    except MemoryError:
        raise
    except Exception as exc:  # its specification or stream cannot be resolved (RecursionError)
        sentence = f"{_DAMAGED}: it could not be taken out ({type(exc).__name__})"
        return Packed(path, None, (ErrorKind.PARSER_ERROR, sentence))


def _listed(reader: Any) -> Iterator[Any]:
    """The name tree's files, then each page's paperclips and `/AF`, then the catalog's."""
    from pypdf.generic import ArrayObject, DictionaryObject, EmbeddedFile

    yield from reader.attachment_list
    for page in islice(reader.pages, _MAX_PAGES):
        annots = _resolved(page.get("/Annots"))
        for ref in list(annots)[:_MAX_ANNOTS] if isinstance(annots, ArrayObject) else []:
            annot = ref.get_object()
            if isinstance(annot, DictionaryObject) and annot.get("/Subtype") == "/FileAttachment":
                yield EmbeddedFile("", _resolved(annot.get("/FS")))
        yield from _associated(page)
    yield from _associated(reader.root_object)


def _associated(holder: Any) -> Iterator[Any]:
    from pypdf.generic import ArrayObject, EmbeddedFile

    specs = _resolved(holder.get("/AF"))
    for spec in list(specs)[:_MAX_ANNOTS] if isinstance(specs, ArrayObject) else []:
        yield EmbeddedFile("", _resolved(spec))


def _resolved(obj: Any) -> Any:
    """The object an indirect reference points to (pypdf's `get` does not follow it)."""
    return obj.get_object() if obj is not None else None


def _unique(specs: Iterable[Any]) -> Iterator[Any]:
    """Each file once: keyed by its embedded stream's object (or the specification's)."""
    seen: set[object] = set()
    for spec in specs:
        key = _key(spec)
        if key not in seen:
            seen.add(key)
            yield spec


def _key(spec: Any) -> object:
    stream = _stream(spec)
    target = stream if stream is not None else spec.pdf_object
    ref = getattr(target, "indirect_reference", None)
    return (ref.idnum, ref.generation) if ref is not None else id(target)


def _stream(spec: Any) -> Any:
    """The embedded file stream (`/EF /UF`, else `/EF /F`), or None: a link to a file outside."""
    from pypdf.generic import DictionaryObject, StreamObject

    if not isinstance(spec.pdf_object, DictionaryObject):
        return None
    ef = _resolved(spec.pdf_object.get("/EF"))
    if not isinstance(ef, DictionaryObject):
        return None
    for key in ("/UF", "/F"):
        stream = _resolved(ef.get(key))
        if isinstance(stream, StreamObject):
            return stream
    return None


def _name(spec: Any) -> str:
    """Its file name (`/UF`, else `/F`), else its name in the name tree."""
    from pypdf.generic import DictionaryObject

    names = [spec.name]
    if isinstance(spec.pdf_object, DictionaryObject):
        names.insert(0, spec.alternative_name)
    return next((n for n in names if isinstance(n, str) and n.strip()), "")


def _take(spec: Any, path: str, left: int) -> Packed:
    """The file's bytes, decoded within `left` bytes, or the reason they are not taken out."""
    if _stream(spec) is None:
        sentence = "it is a link to a file outside the PDF, not a file embedded in it: not followed"
        return Packed(path, None, (ErrorKind.UNSUPPORTED, sentence))
    declared = _declared_size(spec)
    if left <= 0 or (declared is not None and declared > left):
        return Packed(path, None, (ErrorKind.BOMB, bomb_sentence()))
    try:
        data = _decoded(spec, cap=left)
    except MemoryError:
        raise
    except Exception as exc:  # pypdf's LimitReachedError, PdfReadError, an unknown filter …
        return Packed(path, None, _decode_failure(exc))
    if declared is not None and len(data) < declared:
        sentence = (
            "it is cut off or damaged inside the PDF: it is shorter than the size it declares"
        )
        return Packed(path, None, (ErrorKind.PARSER_ERROR, sentence))
    return Packed(path, data)


def _declared_size(spec: Any) -> int | None:
    try:
        size = spec.size
    except Exception:  # a /Params that is no dictionary: no size declared
        return None
    return size if isinstance(size, int) and size >= 0 else None


def _decoded(spec: Any, *, cap: int) -> bytes:
    """The stream decoded, no filter's output past `cap`, no damaged deflate data recovered."""
    import pypdf

    capped = pypdf.get_configuration().with_overwrites(
        zlib_maximum_recovery_input_length=0, **dict.fromkeys(_OUTPUT_CAPS, cap)
    )
    with pypdf.apply_configuration(capped):
        data = _stream(spec).get_data()
    if len(data) > cap:  # a filter without a cap of its own (ASCIIHex, ASCII85: they shrink)
        raise AttachmentError(ErrorKind.BOMB, bomb_sentence())
    return bytes(data)


def _decode_failure(exc: BaseException) -> tuple[ErrorKind, str]:
    """What a failed decoding means: pypdf refuses to recover a damaged deflate stream by
    raising `LimitReachedError` from the `zlib.error` (recovery is capped at 0 bytes)."""
    from pypdf.errors import LimitReachedError

    if isinstance(exc, zlib.error) or isinstance(exc.__cause__, zlib.error):
        return ErrorKind.PARSER_ERROR, f"{_DAMAGED}: its compressed data cannot be read"
    if isinstance(exc, AttachmentError):
        return exc.kind, exc.message
    if isinstance(exc, LimitReachedError):
        return ErrorKind.BOMB, bomb_sentence()
    if isinstance(exc, NotImplementedError):
        return ErrorKind.UNSUPPORTED, "it is stored in the PDF with a compression that is not read"
    return ErrorKind.PARSER_ERROR, f"{_DAMAGED}: it could not be taken out ({type(exc).__name__})"
