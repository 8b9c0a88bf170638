"""Hostile and broken attachments end as a specific recorded error, and the pool carries on.

Every file is made here (RELIABILITY.md S1/S2): bombs, truncated and encrypted PDFs, macro
documents, zips, oversized files. After each one the same pool must still read a good file.
Running out of memory and a worker killed mid-job are in `test_sandbox.py`.
"""

from __future__ import annotations

import io
import os
import zipfile
import zlib
from collections.abc import Iterator

import docx
import pytest
from reportlab.pdfgen import canvas

from parsers.attachment import AttachmentContent, Limits
from parsers.records import ErrorKind
from parsers.sandbox import ParsePool

MB = 1024 * 1024


@pytest.fixture(scope="module")
def pool() -> Iterator[ParsePool]:
    with ParsePool(workers=2, limits=Limits(timeout_s=10)) as parse_pool:
        yield parse_pool


def read(pool: ParsePool, data: bytes, name: str | None = "file") -> AttachmentContent:
    return pool.submit(data, filename=name, declared_type="application/pdf").result(timeout=120)


def still_answers(pool: ParsePool) -> bool:
    content = read(pool, b"Conference at 10:00", "after.txt")
    return content.error is None and content.pages[0].lines == ("Conference at 10:00",)


def a_pdf(text: str = "Initial child protection conference", **options: object) -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, **options)
    page.drawString(72, 720, text)
    page.save()
    return buffer.getvalue()


def a_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("Initial child protection conference")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pdf_from_objects(objects: list[bytes]) -> bytes:
    """A PDF with a correct cross-reference table around `objects` (numbered from 1)."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def one_page_pdf(content: bytes, *, filters: bytes = b"") -> bytes:
    stream = b"<< /Length %d %s >>\nstream\n" % (len(content), filters) + content + b"\nendstream"
    return pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> >>",
            stream,
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


def deflated_zeros(size: int) -> bytes:
    compressor = zlib.compressobj(9)
    chunk = b"\x00" * MB
    parts = [compressor.compress(chunk) for _ in range(size // MB)]
    return b"".join(parts) + compressor.flush()


def test_a_nested_flate_bomb_pdf_is_refused_as_a_bomb_or_stopped_by_the_memory_limit(
    pool: ParsePool,
) -> None:
    once = deflated_zeros(1200 * MB)  # 1.2 GB of zeros: past both 100 MB and the 1 GB limit
    twice = zlib.compress(once, 9)
    data = one_page_pdf(twice, filters=b"/Filter [/FlateDecode /FlateDecode]")
    assert len(data) < 100_000
    content = read(pool, data, "bomb.pdf")
    assert content.error_kind in {ErrorKind.BOMB, ErrorKind.MEMORY}
    assert still_answers(pool)


def test_a_truncated_pdf_is_a_parser_error_or_what_could_be_recovered(pool: ParsePool) -> None:
    data = a_pdf()
    content = read(pool, data[: len(data) // 2], "cut.pdf")
    if content.error is None:
        assert content.pages
    else:
        assert content.error_kind in {ErrorKind.PARSER_ERROR, ErrorKind.EMPTY}
    assert still_answers(pool)


def test_a_pdf_that_needs_a_password_is_encrypted_unreadable(pool: ParsePool) -> None:
    content = read(pool, a_pdf(encrypt="secret"), "locked.pdf")
    assert content.error_kind is ErrorKind.ENCRYPTED
    assert content.encrypted
    assert still_answers(pool)


def test_an_empty_file_is_empty(pool: ParsePool) -> None:
    content = read(pool, b"", "empty.pdf")
    assert content.error_kind is ErrorKind.EMPTY
    assert content.media_type == "application/x-empty"
    assert still_answers(pool)


def test_a_zip_archive_is_opened_and_its_file_read_in_the_worker(pool: ParsePool) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("form.pdf", a_pdf())
    content = read(pool, buffer.getvalue(), "forms.zip")
    assert content.error is None
    [member] = content.members
    assert member.path == "forms.zip/form.pdf"
    assert "Initial child protection conference" in member.content.pages[0].text
    assert still_answers(pool)


def test_a_zip_whose_directory_declares_a_bomb_is_refused_before_anything_is_taken_out(
    pool: ParsePool,
) -> None:
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("notes.txt", "w", force_zip64=True) as member,
    ):
        for _ in range(120):
            member.write(b" " * MB)
    assert len(buffer.getvalue()) < 2 * MB
    content = read(pool, buffer.getvalue(), "papers.zip")
    assert content.error_kind is ErrorKind.BOMB
    assert content.members == ()
    assert still_answers(pool)


def test_a_macro_enabled_word_document_is_refused(pool: ParsePool) -> None:
    source = a_docx()
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(source)) as original,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive,
    ):
        for info in original.infolist():
            archive.writestr(info.filename, original.read(info))
        archive.writestr("word/vbaProject.bin", os.urandom(512))
    content = read(pool, buffer.getvalue(), "form.docx")
    assert content.error_kind is ErrorKind.MACRO
    assert content.media_type == "application/vnd.ms-word.document.macroEnabled.12"
    assert still_answers(pool)


def test_a_zip_bomb_word_document_is_refused_as_a_bomb(pool: ParsePool) -> None:
    source = a_docx()
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(source)) as original,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive,
    ):
        for info in original.infolist():
            if info.filename != "word/document.xml":
                archive.writestr(info.filename, original.read(info))
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            for _ in range(200):
                member.write(b" " * MB)
    assert len(buffer.getvalue()) < 2 * MB
    content = read(pool, buffer.getvalue(), "form.docx")
    assert content.error_kind is ErrorKind.BOMB
    assert still_answers(pool)


def test_a_word_document_pointing_an_entity_at_etc_passwd_leaks_nothing(
    pool: ParsePool,
) -> None:
    xxe = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"
    )
    source = a_docx()
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(source)) as original,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive,
    ):
        for info in original.infolist():
            data = xxe if info.filename == "word/document.xml" else original.read(info)
            archive.writestr(info.filename, data)
    content = read(pool, buffer.getvalue(), "form.docx")
    assert all("root:x:0:0" not in page.text for page in content.pages)
    assert content.error_kind is not None
    assert still_answers(pool)


def test_an_attachment_over_the_size_limit_is_too_large_without_being_parsed(
    pool: ParsePool,
) -> None:
    data = a_pdf() + b"%" + os.urandom(15 * MB)
    content = read(pool, data, "huge.pdf")
    assert content.error_kind is ErrorKind.TOO_LARGE
    assert content.media_type == "application/pdf"
    assert still_answers(pool)


def slow_pdf() -> bytes:
    """Sixty pages, each a Flate stream of 40,000 one-glyph text objects (pdfminer is slow)."""
    ops = b"".join(
        b"BT /F1 4 Tf %d %d Td (x) Tj ET\n" % (n % 600, (n // 600) % 790) for n in range(40_000)
    )
    content = zlib.compress(ops, 9)
    pages = 60
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>"
        % (b" ".join(b"%d 0 R" % (4 + n) for n in range(pages)), pages),
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content)
        + content
        + b"\nendstream",
    ]
    objects += [
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R"
        b" /Resources << /Font << /F1 %d 0 R >> >> >>" % (4 + pages)
        for _ in range(pages)
    ]
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    return pdf_from_objects(objects)


def test_a_pdf_that_takes_too_long_to_read_times_out_and_the_next_job_is_read() -> None:
    with ParsePool(workers=1, limits=Limits(timeout_s=2)) as short_pool:
        content = read(short_pool, slow_pdf(), "slow.pdf")
        assert content.error_kind is ErrorKind.TIMEOUT
        assert content.error == "gave up after 2 s"
        assert still_answers(short_pool)
