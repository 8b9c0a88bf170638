"""What an attachment really is, from its bytes: never from the header or the file name.

A MIME `Content-Type` is whatever the sender's client guessed (Outlook sends Word files as
`application/octet-stream`; a hostile sender can call a macro document `invoice.pdf`), so the
reader is chosen from the bytes alone (OWASP ASVS 5.2.2: check the content, not the extension).
The checks are the file formats' own signatures:

- PDF: `%PDF-` within the first 1024 bytes (ISO 32000-1 §7.5.2; readers allow leading junk);
- ZIP (PKWARE APPNOTE §4.3.7) and, inside it, the Office Open XML main part's content type in
  `[Content_Types].xml` (ECMA-376 Part 2 §10.1.2); a `word/vbaProject.bin` makes any Word
  package macro-enabled whatever its content types claim;
- OLE compound files (MS-CFB §2.2) for legacy Office, for password-protected OOXML, which
  is an OLE file with `EncryptionInfo` and `EncryptedPackage` streams (MS-OFFCRYPTO §2.3.4.1),
  and for Outlook items (.msg, MS-OXMSG §2.1: MAPI property streams at the root);
- Outlook's TNEF (`winmail.dat`, MS-OXTNEF §2.1.3.1: the signature 0x223E9F78);
- RTF, PNG, JPEG, GIF, TIFF by magic number; HTML by its leading tags; plain text when the
  bytes decode as UTF-8 or cp1252 with few control characters.

Pure and fast: it reads at most the zip's directory and `[Content_Types].xml`, a compound
file's directory, and a prefix.
"""

from __future__ import annotations

import codecs
import io
import re
import zipfile

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
DOTX = "application/vnd.openxmlformats-officedocument.wordprocessingml.template"
DOCM = "application/vnd.ms-word.document.macroEnabled.12"
DOTM = "application/vnd.ms-word.template.macroEnabled.12"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
XLSM = "application/vnd.ms-excel.sheet.macroEnabled.12"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
PPTM = "application/vnd.ms-powerpoint.presentation.macroEnabled.12"
ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
ZIP = "application/zip"
TNEF = "application/vnd.ms-tnef"
MSG = "application/vnd.ms-outlook"
OLE = "application/x-ole-storage"
DOC = "application/msword"
RTF = "application/rtf"
PNG = "image/png"
JPEG = "image/jpeg"
GIF = "image/gif"
TIFF = "image/tiff"
HTML = "text/html"
TEXT = "text/plain"
EMPTY = "application/x-empty"
UNKNOWN = "application/octet-stream"
#: A Microsoft Purview (OME / IRM) rights-protected message: its content is encrypted to the
#: recipient's Microsoft account, which a mail reader outside Outlook cannot open.
RPMSG = "application/x-microsoft-rpmsg-message"

MACRO_TYPES = frozenset({DOCM, DOTM, XLSM, PPTM})
#: Everything `sniff_media_type` can answer.
ALL_TYPES = frozenset(
    {PDF, DOCX, DOTX, DOCM, DOTM, XLSX, XLSM, PPTX, PPTM, ODT, ODS, ZIP, TNEF, MSG, OLE, DOC, RTF}
    | {PNG, JPEG, GIF, TIFF, HTML, TEXT, EMPTY, UNKNOWN, RPMSG}
)
IMAGE_TYPES = frozenset({PNG, JPEG, GIF, TIFF})
#: Files that hold other files, each read as an attachment of its own (`parsers.unpack`).
CONTAINERS = frozenset({ZIP, TNEF, MSG})

#: Main-part content types (ECMA-376 Part 1 §11.3.10, MS-OFFMACRO2 §2.2) → package type.
_MAIN_PARTS = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml": DOCX,
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml": DOTX,
    "application/vnd.ms-word.document.macroenabled.main+xml": DOCM,
    "application/vnd.ms-word.template.macroenabledtemplate.main+xml": DOTM,
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": XLSX,
    "application/vnd.ms-excel.sheet.macroenabled.main+xml": XLSM,
    "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml": PPTX,
    "application/vnd.ms-powerpoint.presentation.macroenabled.main+xml": PPTM,
}
_CONTENT_TYPE = re.compile(rb'ContentType\s*=\s*"([^"]{1,200})"', re.IGNORECASE)
_MAX_CONTENT_TYPES_BYTES = 1024 * 1024
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_TNEF_MAGIC = b"\x78\x9f\x3e\x22"
_HTML_STARTS = (
    b"<!doctype html",
    b"<html",
    b"<head",
    b"<body",
    b"<meta",
    b"<title",
    b"<div",
    b"<table",
    b"<p>",
    b"<p ",
    b"<br",
    b"<span",
    b"<font",
    b"<style",
)
_TEXT_SAMPLE = 64 * 1024
#: "Few control characters": more than this share of C0 controls (other than tab, CR, LF,
#: form feed, escape) in the sample means binary.
_MAX_CONTROL_SHARE = 0.02


def sniff_media_type(data: bytes, *, filename: str | None = None) -> str:
    """The media type of `data`; `filename` only tells text apart from HTML when bytes can't."""
    if not data:
        return EMPTY
    head = data[:1024]
    # Signatures at offset 0 first: a zip that stores a PDF uncompressed has `%PDF-` in its
    # first kilobyte too, and must still be refused as a zip.
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")):
        return _zip_type(data)
    if data.startswith(_OLE_MAGIC):
        return _ole_type(data)
    if data.startswith(_TNEF_MAGIC):
        return TNEF
    magic = _magic_type(head)
    if magic is not None:
        return magic
    if b"%PDF-" in head:
        return PDF
    text = _as_text(data[:_TEXT_SAMPLE])
    if text is None:
        return UNKNOWN
    if _looks_like_html(text) or (
        filename is not None and filename.lower().endswith((".htm", ".html"))
    ):
        return HTML
    return TEXT


def _magic_type(head: bytes) -> str | None:
    if head.startswith(b"{\\rtf"):
        return RTF
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith((b"GIF87a", b"GIF89a")):
        return GIF
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return TIFF
    if head.startswith(b"\x76\xe8\x04\x60\xc4\x11\xe3\x86"):  # the .rpmsg container's
        return RPMSG
    return None


def _zip_type(data: bytes) -> str:
    """Tell the Office Open XML packages apart by their main part, else a plain zip."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = {info.filename: info for info in archive.infolist()}
            if "word/vbaProject.bin" in infos:
                return DOCM
            mimetype = infos.get("mimetype")  # OpenDocument's first, stored entry
            if mimetype is not None and mimetype.file_size < 100:
                found = _opendocument_type(archive, mimetype)
                if found is not None:
                    return found
            types = infos.get("[Content_Types].xml")
            if types is not None and types.file_size <= _MAX_CONTENT_TYPES_BYTES:
                found = _main_part_type(archive.read(types))
                if found is not None:
                    return found
            if "word/document.xml" in infos:
                return DOCX
    except Exception:  # any damage: BadZipFile, zlib.error, EOFError, RuntimeError…
        # A damaged package whose local headers still name Word parts is still a Word file
        # that its reader must refuse with a reason; anything else is a plain zip.
        if b"word/vbaProject.bin" in data:
            return DOCM
        if b"word/document.xml" in data:
            return DOCX
    return ZIP


def _opendocument_type(archive: zipfile.ZipFile, mimetype: zipfile.ZipInfo) -> str | None:
    """ODT or ODS by the package's `mimetype` entry (ODF 1.3 Part 2 §3.3), else None."""
    declared = archive.read(mimetype).strip()
    return next((kind for kind in (ODT, ODS) if declared == kind.encode()), None)


def _main_part_type(content_types: bytes) -> str | None:
    for match in _CONTENT_TYPE.finditer(content_types):
        found = _MAIN_PARTS.get(match.group(1).decode("ascii", "replace").lower())
        if found is not None:
            return found
    return None


def _ole_type(data: bytes) -> str:
    """An Outlook item when the root holds MAPI message properties; else legacy Word when the
    directory names a `WordDocument` stream; else a generic OLE file.

    The Outlook item is told by its root directory (`parsers.msg.is_outlook_item`): a .msg
    that carries a Word file or an encrypted package holds those names too, further down. Other
    directory entry names are UTF-16LE (MS-CFB §2.6.1); a byte search finds them wherever the
    directory sectors lie without walking the FAT. `parsers.attachment` looks for
    `EncryptionInfo` the same way to recognise password-protected OOXML. A compound file whose
    directory cannot be read but names MAPI streams is taken as an Outlook item, for its
    reader to refuse with the damage named.
    """
    from parsers.msg import is_outlook_item

    if is_outlook_item(data):
        return MSG
    if "EncryptionInfo".encode("utf-16-le") in data:
        return OLE
    if "WordDocument".encode("utf-16-le") in data:
        return DOC
    return OLE


def is_encrypted_ooxml(data: bytes) -> bool:
    """True for an OLE file carrying MS-OFFCRYPTO's `EncryptionInfo` stream."""
    return data.startswith(_OLE_MAGIC) and "EncryptionInfo".encode("utf-16-le") in data


def _as_text(sample: bytes) -> str | None:
    """The sample decoded as text, or None when it looks binary."""
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = sample.decode("utf-16", errors="replace")
    elif b"\x00" in sample:
        return None
    else:
        decoder = codecs.getincrementaldecoder("utf-8-sig")()
        try:
            text = decoder.decode(sample, final=False)  # a cut multibyte character is fine
        except UnicodeDecodeError:
            text = sample.decode("cp1252", errors="replace")
    if not text:
        return None
    controls = sum(1 for c in text if _is_control(c))
    return text if controls <= _MAX_CONTROL_SHARE * len(text) else None


def _is_control(char: str) -> bool:
    code = ord(char)
    return (code < 0x20 and char not in "\t\n\r\f\x1b") or code == 0x7F or char == "\ufffd"


def _looks_like_html(text: str) -> bool:
    head = text[:1024].lstrip("\ufeff \t\r\n").lower()
    for opener, closer in (("<?xml", "?>"), ("<!--", "-->")):
        if head.startswith(opener) and closer in head:
            head = head[head.index(closer) + len(closer) :].lstrip()
    encoded = head.encode("utf-8", "replace")
    return encoded.startswith(_HTML_STARTS) or b"<html" in encoded
