"""OCR of scanned pages and images with the real Tesseract (Debian's `tesseract-ocr`), and the
sentence a person gets when Tesseract is missing or switched off."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from parsers.errors import AttachmentError
from parsers.ocr import ocr_image, ocr_lines, tesseract_available
from parsers.pdf import read_pdf
from parsers.records import ErrorKind
from tests.builders import pdf_builder as build

MISSING = "/nonexistent/bin/tesseract"
needs_tesseract = pytest.mark.skipif(not tesseract_available(), reason="Tesseract not installed")


def phrase_png(text: str) -> bytes:
    image = Image.new("L", (1200, 120), 255)
    path = build.DEJAVU / "DejaVuSans.ttf"
    font = ImageFont.truetype(str(path), 40) if path.exists() else ImageFont.load_default(40)
    ImageDraw.Draw(image).text((30, 30), text, fill=0, font=font)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


@needs_tesseract
def test_a_scanned_page_is_read_by_ocr_and_says_so() -> None:
    data = build.scanned_pdf(["Child Protection Conference", "Police attendance required"])
    result = read_pdf(data, name="scan.pdf")
    assert result.ocr_used
    assert result.pages[0].location == "scan.pdf p1"
    assert "Police attendance required" in result.pages[0].lines


def test_a_scanned_page_without_tesseract_is_ocr_unavailable() -> None:
    with pytest.raises(AttachmentError) as caught:
        read_pdf(build.scanned_pdf(["Police attendance required"]), name="s.pdf", tesseract=MISSING)
    assert caught.value.kind is ErrorKind.OCR_UNAVAILABLE
    assert caught.value.message == "the PDF has no text layer and Tesseract OCR is not installed"


def test_a_scanned_page_with_ocr_switched_off_is_ocr_unavailable() -> None:
    with pytest.raises(AttachmentError) as caught:
        read_pdf(build.scanned_pdf(["Police attendance required"]), name="s.pdf", ocr=False)
    assert caught.value.kind is ErrorKind.OCR_UNAVAILABLE


def test_a_page_with_text_needs_no_tesseract() -> None:
    result = read_pdf(build.text_pdf([["typed text"]]), name="t.pdf", tesseract=MISSING)
    assert not result.ocr_used


@needs_tesseract
def test_an_image_file_is_read_line_by_line() -> None:
    assert ocr_image(phrase_png("Written report sufficient"), timeout_s=30) == (
        "Written report sufficient",
    )


def test_an_image_without_tesseract_is_ocr_unavailable() -> None:
    with pytest.raises(AttachmentError) as caught:
        ocr_image(phrase_png("anything"), timeout_s=30, tesseract=MISSING)
    assert caught.value.kind is ErrorKind.OCR_UNAVAILABLE


def test_bytes_that_are_not_an_image_are_a_parser_error() -> None:
    with pytest.raises(AttachmentError) as caught:
        ocr_image(b"not an image at all", timeout_s=30)
    assert caught.value.kind is ErrorKind.PARSER_ERROR


@needs_tesseract
def test_ocr_slower_than_its_timeout_is_a_timeout() -> None:
    with pytest.raises(AttachmentError) as caught:
        ocr_image(phrase_png("Written report sufficient"), timeout_s=0.001)
    assert caught.value.kind is ErrorKind.TIMEOUT


@needs_tesseract
@pytest.mark.parametrize("quote", ["'", "\u2019"])
def test_ocr_text_carries_plain_quotes_whatever_the_image_had(quote: str) -> None:
    [line] = ocr_image(phrase_png(f"on the sex offenders{quote} register"), timeout_s=30)
    assert "\u2019" not in line and "\u2018" not in line
    assert "offenders' register" in line


def test_an_image_over_the_ocr_pixel_limit_is_a_bomb_before_it_is_decoded() -> None:
    """Issue 15 item 1: OCR bounded in pixels (8,000 × 6,000 is 48 million, under PIL's own
    bomb limit, so only this check stops it reaching Tesseract)."""
    buffer = io.BytesIO()
    Image.new("1", (8_000, 6_000), 1).save(buffer, format="PNG")
    with pytest.raises(AttachmentError) as raised:
        ocr_image(buffer.getvalue(), timeout_s=30)
    assert raised.value.kind is ErrorKind.BOMB
    assert "8000 × 6000 pixels" in str(raised.value)


def ruled_table_png(rows: list[tuple[str, str]]) -> bytes:
    """A scanned form's table at 300 dpi: label and value cells with drawn borders."""
    image = Image.new("L", (2400, 140 + 110 * len(rows)), 255)
    draw = ImageDraw.Draw(image)
    path = build.DEJAVU / "DejaVuSans.ttf"
    font = ImageFont.truetype(str(path), 42) if path.exists() else ImageFont.load_default(42)
    top = 60
    for label, value in rows:
        draw.rectangle((100, top, 900, top + 110), outline=0, width=4)
        draw.rectangle((900, top, 2300, top + 110), outline=0, width=4)
        draw.text((125, top + 30), label, fill=0, font=font)
        draw.text((925, top + 30), value, fill=0, font=font)
        top += 110
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


@needs_tesseract
def test_a_scanned_table_is_read_as_cells_without_its_rules() -> None:
    """Issue 11 (set e): the borders of a scanned form's table ran into its text ("Pec ee" for
    "Date of conference"); rules are whitened first and a cell break is a TAB, as in a typed
    form, so the label and its value stay a pair."""
    rows = [("Date of conference", "Friday 18/12/2026"), ("Conference Chair", "Rizwana Akhtar"),
            ("Social worker", "Liam Gaskell")]  # fmt: skip
    lines = ocr_image(ruled_table_png(rows), timeout_s=60)
    assert [line.split("\t") for line in lines] == [list(row) for row in rows]


def test_tesseract_is_handed_the_page_as_a_compressed_lossless_png(tmp_path: Path) -> None:
    """Tesseract reads stdin a byte at a time: 8.7 MB of raw pixels an A4 page cost it a fifth
    of its time. The page goes as a PNG — the same pixels, no resolution claimed."""
    received = tmp_path / "received"
    fake = tmp_path / "tesseract"
    fake.write_text(f"#!/bin/sh\ncat > {received}\nprintf 'level\\ttext\\n'\n")
    fake.chmod(0o755)
    page = Image.new("L", (2481, 3508), 255)  # A4 at 300 dpi
    ImageDraw.Draw(page).text((200, 200), "Conference booking form", fill=0)

    assert ocr_lines(page, timeout_s=30, tesseract=str(fake)) == ()

    sent = received.read_bytes()
    assert sent.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(sent) < page.width * page.height // 10
    with Image.open(io.BytesIO(sent)) as decoded:
        assert "dpi" not in decoded.info
        assert decoded.mode == "L"
        assert decoded.tobytes() == page.tobytes()
