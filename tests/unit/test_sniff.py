"""`sniff_media_type` tells formats apart from their bytes, whatever they are called."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from PIL import Image
from reportlab.pdfgen import canvas

from parsers import sniff
from parsers.sniff import sniff_media_type

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def a_pdf() -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, "Initial child protection conference")
    page.save()
    return buffer.getvalue()


def a_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("Initial child protection conference")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def repackaged(package: bytes, *, rename_main: str | None = None, add: dict[str, bytes]) -> bytes:
    """The same zip with files added and, optionally, the main part's content type replaced."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(package)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            data = source.read(info)
            if rename_main and info.filename == "[Content_Types].xml":
                data = data.replace(
                    b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                    rename_main.encode(),
                )
            target.writestr(info.filename, data)
        for name, data in add.items():
            target.writestr(name, data)
    return out.getvalue()


def a_package(main_content_type: str, main_part: str) -> bytes:
    types = (
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        f'content-types"><Override PartName="/{main_part}" ContentType="{main_content_type}"/>'
        "</Types>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", types)
        archive.writestr(main_part, "<x/>")
    return out.getvalue()


def an_image(image_format: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "white").save(buffer, format=image_format)
    return buffer.getvalue()


def test_a_pdf_is_a_pdf_even_when_named_and_declared_as_something_else() -> None:
    assert sniff_media_type(a_pdf(), filename="invitation.docx") == sniff.PDF


def test_a_pdf_with_junk_before_its_header_is_still_a_pdf() -> None:
    assert sniff_media_type(b"\r\n" * 100 + a_pdf()) == sniff.PDF


def test_a_word_document_is_docx() -> None:
    assert sniff_media_type(a_docx(), filename="form.pdf") == sniff.DOCX


def test_a_word_package_carrying_a_vba_project_is_macro_enabled_whatever_it_claims() -> None:
    data = repackaged(a_docx(), add={"word/vbaProject.bin": b"\x00" * 64})
    assert sniff_media_type(data) == sniff.DOCM


def test_a_word_package_declaring_a_macro_enabled_main_part_is_docm() -> None:
    data = repackaged(
        a_docx(), rename_main="application/vnd.ms-word.document.macroEnabled.main+xml", add={}
    )
    assert sniff_media_type(data) == sniff.DOCM


@pytest.mark.parametrize(
    ("content_type", "part", "expected"),
    [
        (
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            "xl/workbook.xml",
            sniff.XLSX,
        ),
        (
            "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
            "ppt/presentation.xml",
            sniff.PPTX,
        ),
        ("application/vnd.ms-excel.sheet.macroEnabled.main+xml", "xl/workbook.xml", sniff.XLSM),
    ],
)
def test_other_office_packages_are_told_apart_by_their_main_part(
    content_type: str, part: str, expected: str
) -> None:
    assert sniff_media_type(a_package(content_type, part)) == expected


def test_a_zip_of_ordinary_files_is_a_plain_zip() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("notes.txt", "hello")
    assert sniff_media_type(out.getvalue(), filename="form.docx") == sniff.ZIP


def test_a_truncated_word_package_is_still_recognised_as_word() -> None:
    data = a_docx()
    assert sniff_media_type(data[: len(data) // 2]) == sniff.DOCX


def test_an_ole_file_with_a_word_stream_is_legacy_word() -> None:
    # A compound-file header followed by a directory entry name (MS-CFB §2.6.1: UTF-16LE).
    data = OLE_MAGIC + b"\x00" * 504 + "WordDocument".encode("utf-16-le") + b"\x00" * 100
    assert sniff_media_type(data) == sniff.DOC


def test_an_ole_file_with_encryption_info_is_encrypted_office_not_legacy_word() -> None:
    data = (
        OLE_MAGIC
        + b"\x00" * 504
        + "EncryptionInfo".encode("utf-16-le")
        + b"\x00" * 50
        + "EncryptedPackage".encode("utf-16-le")
    )
    assert sniff_media_type(data) == sniff.OLE
    assert sniff.is_encrypted_ooxml(data)


@pytest.mark.parametrize(
    ("image_format", "expected"),
    [("PNG", sniff.PNG), ("JPEG", sniff.JPEG), ("GIF", sniff.GIF), ("TIFF", sniff.TIFF)],
)
def test_images_are_recognised_by_their_magic_numbers(image_format: str, expected: str) -> None:
    assert sniff_media_type(an_image(image_format), filename="scan.pdf") == expected


def test_rtf_is_rtf() -> None:
    assert sniff_media_type(rb"{\rtf1\ansi Conference}") == sniff.RTF


def test_html_is_recognised_after_a_doctype_comment_or_xml_declaration() -> None:
    assert sniff_media_type(b"<!DOCTYPE html><html><body>x</body></html>") == sniff.HTML
    assert sniff_media_type(b"  <!-- saved by Outlook --><html><p>x</p></html>") == sniff.HTML
    assert sniff_media_type(b'<?xml version="1.0"?><html><p>x</p></html>') == sniff.HTML


def test_utf8_and_cp1252_text_are_plain_text() -> None:
    assert sniff_media_type("Conference on 3 March – Leeds".encode()) == sniff.TEXT
    assert sniff_media_type("Conference – Leeds £".encode("cp1252")) == sniff.TEXT
    assert sniff_media_type("Conference".encode("utf-16")) == sniff.TEXT


def test_text_is_only_html_by_name_when_the_bytes_cannot_tell() -> None:
    assert sniff_media_type(b"Conference at 10:00", filename="body.htm") == sniff.HTML
    assert sniff_media_type(b"Conference at 10:00", filename="body.txt") == sniff.TEXT


def test_bytes_full_of_control_characters_are_octet_stream() -> None:
    assert sniff_media_type(bytes(range(1, 32)) * 50) == sniff.UNKNOWN
    assert sniff_media_type(b"text\x00with a nul") == sniff.UNKNOWN


def test_no_bytes_is_empty() -> None:
    assert sniff_media_type(b"") == sniff.EMPTY


def test_a_zip_holding_an_uncompressed_pdf_is_a_zip_not_a_pdf() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("form.pdf", a_pdf())
    assert b"%PDF-" in out.getvalue()[:1024]
    assert sniff_media_type(out.getvalue()) == sniff.ZIP


def test_a_rights_protected_microsoft_message_is_told_by_its_signature() -> None:
    """Set p: Microsoft Purview Message Encryption's `message.rpmsg`, whatever its name."""
    data = b"\x76\xe8\x04\x60\xc4\x11\xe3\x86" + bytes(range(256)) * 4
    assert sniff_media_type(data, filename="attachment.bin") == sniff.RPMSG


def test_a_rights_protected_message_is_refused_as_encrypted_not_unsupported() -> None:
    from parsers.attachment import Limits, read_attachment
    from parsers.records import ErrorKind

    data = b"\x76\xe8\x04\x60\xc4\x11\xe3\x86" + bytes(range(256)) * 4
    content = read_attachment(
        data, filename="message.rpmsg", declared_type=None, limits=Limits(ocr=False)
    )
    assert content.error_kind is ErrorKind.ENCRYPTED
    assert "rights-protected" in (content.error or "")
