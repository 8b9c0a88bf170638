"""A form pasted into a Word document as a picture is read by OCR (issue 11, set v layout 108)."""

from __future__ import annotations

import io

from docx import Document
from PIL import Image, ImageDraw

from parsers.attachment import Limits, read_attachment
from tests.builders.scan_form import font, png

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _picture(lines: list[str]) -> bytes:
    image = Image.new("RGB", (1400, 120 + 70 * len(lines)), "white")
    draw = ImageDraw.Draw(image)
    for n, line in enumerate(lines):
        draw.text((60, 60 + 70 * n), line, fill="black", font=font(40))
    return png(image)


def _docx(picture: bytes, *, typed: str) -> bytes:
    document = Document()
    document.add_paragraph(typed)
    document.add_picture(io.BytesIO(picture))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


FORM = ["Initial Child Protection Conference", "Child: Mia Hartley DOB 03/05/2019",
        "Reason: Mr Hartley was arrested on 01/12/2026"]  # fmt: skip


def test_a_document_that_is_one_picture_of_a_form_is_read_by_ocr() -> None:
    data = _docx(_picture(FORM), typed="Booking form attached below.")
    content = read_attachment(data, filename="form.docx", declared_type=DOCX_TYPE, limits=Limits())
    text = "\n".join(page.text for page in content.pages)
    assert content.ocr_used
    assert "Mia Hartley" in text
    assert "arrested" in text


def test_a_document_with_text_of_its_own_is_not_read_for_its_pictures() -> None:
    typed = " ".join(["The conference is about the family's circumstances."] * 12)
    data = _docx(_picture(FORM), typed=typed)
    content = read_attachment(data, filename="form.docx", declared_type=DOCX_TYPE, limits=Limits())
    assert not content.ocr_used
    assert "Mia Hartley" not in "\n".join(page.text for page in content.pages)
