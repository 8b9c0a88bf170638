"""Property tests on untrusted input (RELIABILITY.md S3, CI form): nothing escapes the boundary.

`read_attachment` is called inline (in this process) on small random and mutated PDFs and
Word files; `sniff_media_type` on any bytes at all. The long atheris runs are `fuzz_*.py`.
"""

from __future__ import annotations

import functools
import io
import zipfile

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.pdfgen import canvas

from parsers import sniff
from parsers.attachment import AttachmentContent, Limits, read_attachment
from parsers.sniff import sniff_media_type

LIMITS = Limits(timeout_s=5, ocr=False, max_pages=5)
SIGNATURES = [
    b"%PDF-1.7\n",
    b"PK\x03\x04",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
    b"{\\rtf1",
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",
    b"GIF89a",
    b"II*\x00",
    b"<html>",
    b"\xff\xfe",
]
KNOWN_TYPES = sniff.ALL_TYPES
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@functools.cache
def a_pdf() -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pageCompression=0)
    page.drawString(72, 720, "Initial child protection conference")
    page.acroForm.checkbox(name="police", x=72, y=680, checked=True)
    page.save()
    return buffer.getvalue()


@functools.cache
def a_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("Review child protection conference")
    document.add_table(rows=1, cols=2).cell(0, 1).text = "\u2612 Police"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def is_consistent(content: AttachmentContent) -> bool:
    """An error and its kind come together; a success has no error."""
    return (content.error is None) == (content.error_kind is None) and bool(content.media_type)


@st.composite
def mutated(draw: st.DrawFn, original: bytes) -> bytes:
    """The original with a few byte ranges overwritten, deleted or duplicated, maybe cut."""
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, max(0, len(data) - 1)))
        action = draw(st.sampled_from(["overwrite", "delete", "duplicate"]))
        size = draw(st.integers(1, 64))
        if action == "overwrite":
            data[at : at + size] = draw(st.binary(min_size=size, max_size=size))
        elif action == "delete":
            del data[at : at + size]
        else:
            data[at:at] = data[at : at + size]
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    return bytes(data)


@given(st.binary(max_size=4096))
@FAST
def test_sniffing_any_bytes_gives_one_of_the_known_media_types(data: bytes) -> None:
    assert sniff_media_type(data) in KNOWN_TYPES


@given(st.sampled_from(SIGNATURES), st.binary(max_size=2048), st.none() | st.text(max_size=20))
@FAST
def test_sniffing_junk_behind_a_real_signature_never_raises(
    signature: bytes, rest: bytes, filename: str | None
) -> None:
    assert sniff_media_type(signature + rest, filename=filename) in KNOWN_TYPES


@given(st.binary(max_size=4096), st.none() | st.text(max_size=30))
@FAST
def test_reading_random_bytes_never_raises(data: bytes, filename: str | None) -> None:
    content = read_attachment(data, filename=filename, declared_type=None, limits=LIMITS)
    assert is_consistent(content)


@given(mutated(a_pdf()))
@FAST
def test_reading_a_mutated_pdf_never_raises(data: bytes) -> None:
    content = read_attachment(data, filename="form.pdf", declared_type=None, limits=LIMITS)
    assert is_consistent(content)


@given(mutated(a_docx()))
@FAST
def test_reading_a_mutated_word_file_never_raises(data: bytes) -> None:
    content = read_attachment(data, filename="form.docx", declared_type=None, limits=LIMITS)
    assert is_consistent(content)


@st.composite
def docx_with_mutated_xml(draw: st.DrawFn) -> bytes:
    """A well-formed zip whose document.xml is mutated: the XML reader, not the unzip, is hit."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(a_docx())) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                data = draw(mutated(data))
            target.writestr(info.filename, data)
    return out.getvalue()


@given(docx_with_mutated_xml())
@FAST
def test_reading_a_word_file_with_damaged_xml_never_raises(data: bytes) -> None:
    content = read_attachment(data, filename="form.docx", declared_type=None, limits=LIMITS)
    assert is_consistent(content)
    assert content.media_type == sniff.DOCX
