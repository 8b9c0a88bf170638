"""Hostile attachments, built by hand: PDF, Word and image bombs and oddities (issue 15).

Each builder takes `scale` (1.0: the size the issue names; the CI test uses less) and returns
`(filename, bytes)`. Nothing is read from outside the repository. The bytes are written by hand
(the libraries refuse to write most of these); each docstring says what the file claims.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Callable

Built = tuple[str, bytes]
MB = 1024 * 1024

_DOCX_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    b'relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    b'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_DOCX_RELS = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
_W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _pdf(objects: list[bytes], *, root: int = 1, prev_self: bool = False) -> bytes:
    """A PDF of numbered objects with a correct xref table (or one whose /Prev is itself)."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    prev = b" /Prev %d" % xref if prev_self else b""
    out.write(b"trailer\n<< /Size %d /Root %d 0 R%s >>\n" % (len(objects) + 1, root, prev))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def _page_objects(content: bytes, *, resources: bytes = b"<< >>") -> list[bytes]:
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources "
        + resources
        + b" >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
    ]


_TEXT = b"BT /F1 12 Tf 72 720 Td (Initial child protection conference) Tj ET"
_FONT = b"<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>"


def deflated_zeros(size: int) -> bytes:
    """`size` zero bytes, deflated, built in 1 MB steps (never `size` bytes in memory)."""
    packer = zlib.compressobj(9)
    chunk = bytes(MB)
    parts = [packer.compress(chunk) for _ in range(max(1, size // MB))]
    return b"".join(parts) + packer.flush()


def pdf_xref_loop(scale: float) -> Built:
    return "xref-loop.pdf", _pdf(_page_objects(_TEXT, resources=_FONT), prev_self=True)


def pdf_many_pages(scale: float) -> Built:
    """100,000 pages, all the same page object."""
    count = max(10, int(100_000 * scale))
    kids = b" ".join(b"3 0 R" for _ in range(count))
    objects = _page_objects(_TEXT, resources=_FONT)
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count)
    return "many-pages.pdf", _pdf(objects)


def pdf_jbig2_jpx(scale: float) -> Built:
    junk = bytes(range(256)) * 64
    image = b"<< /Type /XObject /Subtype /Image /Width 5000 /Height 5000 /BitsPerComponent 1 "
    objects = _page_objects(
        b"q 612 0 0 792 0 0 cm /Im1 Do /Im2 Do Q",
        resources=b"<< /XObject << /Im1 5 0 R /Im2 6 0 R >> >>",
    )
    objects.append(
        image + b"/Filter /JBIG2Decode /Length %d >>\nstream\n%s\nendstream" % (len(junk), junk)
    )
    objects.append(
        image + b"/Filter /JPXDecode /Length %d >>\nstream\n%s\nendstream" % (len(junk), junk)
    )
    return "jbig2-jpx.pdf", _pdf(objects)


def pdf_declared_huge_stream(scale: float) -> Built:
    """A content stream that declares 6 GB and holds 50 bytes."""
    objects = _page_objects(_TEXT, resources=_FONT)
    objects[3] = b"<< /Length 6000000000 >>\nstream\n%s\nendstream" % _TEXT
    return "huge-stream.pdf", _pdf(objects)


def pdf_flate_bomb(scale: float) -> Built:
    """A content stream that inflates to 1 GB of zeros."""
    bomb = deflated_zeros(int(1024 * MB * scale))
    objects = _page_objects(b"", resources=_FONT)
    objects[3] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (
        len(bomb),
        bomb,
    )
    return "flate-bomb.pdf", _pdf(objects)


def pdf_type3_recursive(scale: float) -> Built:
    """A Type 3 font whose glyph draws itself with the same font."""
    glyph = b"1000 0 0 0 750 750 d1 BT /F1 12 Tf (a) Tj ET"
    font = (
        b"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 750 750] /FontMatrix [0.001 0 0 0.001 0 0]"
        b" /CharProcs << /a 6 0 R >> /Encoding << /Differences [97 /a] >> /FirstChar 97"
        b" /LastChar 97 /Widths [1000] /Resources << /Font << /F1 5 0 R >> >> >>"
    )
    objects = _page_objects(
        b"BT /F1 12 Tf 72 720 Td (aaaa) Tj ET", resources=b"<< /Font << /F1 5 0 R >> >>"
    )
    objects.append(font)
    objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(glyph), glyph))
    return "type3-recursive.pdf", _pdf(objects)


def _docx(
    document: bytes, *, extra: dict[str, bytes] | None = None, types: bytes = _DOCX_TYPES
) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", types)
        archive.writestr("_rels/.rels", _DOCX_RELS)
        archive.writestr("word/document.xml", document)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return out.getvalue()


def _body(inner: bytes) -> bytes:
    return (
        b'<?xml version="1.0"?><w:document ' + _W + b"><w:body>" + inner + b"</w:body></w:document>"
    )


_PARA = b"<w:p><w:r><w:t>Initial child protection conference</w:t></w:r></w:p>"


def docx_zip_bomb_honest(scale: float) -> Built:
    """document.xml of 400 MB (honestly declared), mostly one long run of spaces."""
    size = int(400 * MB * scale)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _DOCX_TYPES)
        archive.writestr("_rels/.rels", _DOCX_RELS)
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            member.write(_body(b"")[: -len(b"</w:body></w:document>")])
            chunk = b" " * MB
            for _ in range(max(1, size // MB)):
                member.write(chunk)
            member.write(b"</w:body></w:document>")
    return "bomb-honest.docx", out.getvalue()


def docx_zip_bomb_lying(scale: float) -> Built:
    """The same bomb, its sizes in the zip headers patched down to 1 KB."""
    _, data = docx_zip_bomb_honest(scale / 4)
    patched = bytearray(data)
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (at := patched.find(signature, start)) >= 0:
            if patched[at + offset : at + offset + 4] not in (b"\xff\xff\xff\xff",):
                patched[at + offset : at + offset + 4] = struct.pack("<I", 1024)
            start = at + 4
    return "bomb-lying.docx", bytes(patched)


def docx_billion_laughs(scale: float) -> Built:
    entities = b'<!ENTITY l0 "lol">' + b"".join(
        b'<!ENTITY l%d "%s">' % (n, b"&l%d;" % (n - 1) * 10) for n in range(1, 10)
    )
    xml = (
        b'<?xml version="1.0"?><!DOCTYPE w:document ['
        + entities
        + b"]><w:document "
        + _W
        + b"><w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>"
    )
    return "billion-laughs.docx", _docx(xml)


def docx_xxe(scale: float) -> Built:
    xml = (
        b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b"<w:document "
        + _W
        + b"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"
    )
    return "xxe.docx", _docx(xml)


def docx_nested_tables(scale: float) -> Built:
    depth = max(5, int(80 * scale))
    inner = _PARA
    for _ in range(depth):
        inner = b"<w:tbl><w:tr><w:tc>" + inner + b"</w:tc></w:tr></w:tbl><w:p/>"
    return "nested-tables.docx", _docx(_body(inner))


def docx_many_members(scale: float) -> Built:
    count = max(50, int(12_000 * scale))
    extra = {f"word/media/m{n}.xml": b"<x/>" for n in range(count)}
    return "many-members.docx", _docx(_body(_PARA), extra=extra)


def docm_macro(scale: float) -> Built:
    types = _DOCX_TYPES.replace(
        b"wordprocessingml.document.main+xml", b"ms-word.document.macroEnabled.main+xml"
    )
    extra = {"word/vbaProject.bin": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)}
    return "macro.docm", _docx(_body(_PARA), extra=extra, types=types)


def ole_encrypted(scale: float) -> Built:
    """An OLE compound file named .docx: what a password-protected Word file looks like."""
    return "password.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512 * 8) + b"EncryptionInfo"


def legacy_doc(scale: float) -> Built:
    return "legacy.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 32


def rtf_nested(scale: float) -> Built:
    depth = max(10, int(50_000 * scale))
    return "nested.rtf", b"{\\rtf1 " + b"{" * depth + b"conference" + b"}" * depth + b"}"


def rtf_bin_blob(scale: float) -> Built:
    """A `\\bin` blob of 14 MB full of braces and backslashes, then a line of text."""
    blob = b"{\\}" * (max(10, int(14 * MB * scale)) // 3)
    body = b"{\\pict\\bin" + str(len(blob)).encode() + b" " + blob + b"}conference\\par}"
    return "bin-blob.rtf", b"{\\rtf1\\ansi " + body


def odt_zip_bomb(scale: float) -> Built:
    """An OpenDocument text whose content.xml inflates to 400 MB of spaces."""
    size = int(400 * MB * scale)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"),
            b"application/vnd.oasis.opendocument.text",
            compress_type=zipfile.ZIP_STORED,
        )
        with archive.open("content.xml", "w", force_zip64=True) as member:
            member.write(b'<office:document-content xmlns:office="urn:oasis:names:tc:'
                         b'opendocument:xmlns:office:1.0">')  # fmt: skip
            chunk = b" " * MB
            for _ in range(max(1, size // MB)):
                member.write(chunk)
            member.write(b"</office:document-content>")
    return "bomb.odt", out.getvalue()


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bomb(scale: float) -> Built:
    """A 30,000 × 30,000 greyscale PNG whose pixels are deflated zeros."""
    side = max(100, int(30_000 * scale))
    rows = zlib.compressobj(9)
    row = bytes(side + 1)
    idat = b"".join(rows.compress(row) for _ in range(side)) + rows.flush()
    ihdr = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    data = b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", idat)
    return "bomb.png", data + _png_chunk(b"IEND", b"")


def _tiff(width: int, height: int, *, loop: bool) -> bytes:
    entries = [(256, 4, 1, width), (257, 4, 1, height), (258, 3, 1, 8), (259, 3, 1, 1),
               (262, 3, 1, 1), (273, 4, 1, 8), (277, 3, 1, 1), (279, 4, 1, 16)]  # fmt: skip
    ifd_at = 8 + 16
    ifd = struct.pack("<H", len(entries))
    for tag, kind, count, value in entries:
        ifd += struct.pack("<HHII", tag, kind, count, value)
    ifd += struct.pack("<I", ifd_at if loop else 0)
    return b"II*\x00" + struct.pack("<I", ifd_at) + bytes(16) + ifd


def tiff_huge(scale: float) -> Built:
    return "huge.tiff", _tiff(30_000, 30_000, loop=False)


def tiff_ifd_loop(scale: float) -> Built:
    return "ifd-loop.tiff", _tiff(100, 100, loop=True)


def _small_image(kind: str) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (200, 100), "white").save(out, kind)
    return out.getvalue()


def jpeg_truncated(scale: float) -> Built:
    data = _small_image("JPEG")
    return "truncated.jpg", data[: len(data) // 2]


def png_truncated(scale: float) -> Built:
    data = _small_image("PNG")
    return "truncated.png", data[: len(data) // 2]


def gif_frames(scale: float) -> Built:
    from PIL import Image

    count = max(10, int(3_000 * scale))
    frames = [Image.new("P", (64, 64), n % 256) for n in range(count)]
    out = io.BytesIO()
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:], duration=10)
    return "frames.gif", out.getvalue()


def text_huge(scale: float) -> Built:
    """A plain-text attachment of criterion words (the 14 MB one of the issue)."""
    line = b"Mr Cole is a registered sex offender and police are investigating a section 47.\n"
    return "notes.txt", line * max(10, int(14 * MB * scale) // len(line))


FILES: dict[str, Callable[[float], Built]] = {
    f.__name__: f
    for f in (
        pdf_xref_loop, pdf_many_pages, pdf_jbig2_jpx, pdf_declared_huge_stream, pdf_flate_bomb,
        pdf_type3_recursive, docx_zip_bomb_honest, docx_zip_bomb_lying, docx_billion_laughs,
        docx_xxe, docx_nested_tables, docx_many_members, docm_macro, ole_encrypted, legacy_doc,
        rtf_nested, rtf_bin_blob, odt_zip_bomb, png_bomb, tiff_huge, tiff_ifd_loop,
        jpeg_truncated, png_truncated, gif_frames, text_huge,
    )
}  # fmt: skip
