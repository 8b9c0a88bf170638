"""A PDF's text is read as a person sees the rendered page (`parsers.pdf_hidden`,
`parsers.page_text`): text covered by a fill or an image painted after it, text in an
invisible rendering mode or in the colour under it, and text outside the crop box are not
read; ligatures and soft hyphens do not break words (issue 12, set t layout 100).
Forms drawn here with reportlab; every wording is invented."""

from __future__ import annotations

import io
import random
from collections.abc import Callable
from datetime import date
from functools import cache
from pathlib import Path

import pypdf
import pytest
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from parsers import ocr, parse_email
from parsers.fields_tick import police_tick
from parsers.pdf import read_pdf
from parsers.records import MARKED, UNMARKED, PoliceTick
from tests.builders import mail_builder as mail
from tests.builders.pdf_builder import DEJAVU, REPORT, REQUIRED, unicode_font
from triage import triage
from triage.config import TriageConfig, load_config
from triage.nlp import Nlp, build_nlp
from triage.records import Flag, Suggestion

ROOT = Path(__file__).resolve().parents[2]
ATTEND = REQUIRED
Draw = Callable[[Canvas], None]


def pdf(draw: Draw, *, crop: tuple[float, float, float, float] | None = None) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=0)
    if crop is not None:
        canvas.setCropBox(crop)
    canvas.setFont("Helvetica", 10)
    draw(canvas)
    canvas.save()
    return buffer.getvalue()


def lines_of(data: bytes) -> list[str]:
    return [line for page in read_pdf(data, name="form.pdf").pages for line in page.lines]


def header(canvas: Canvas) -> None:
    canvas.setFillColorRGB(0, 0, 0)
    for y, line in ((780, "Meeting kind: Initial child protection conference"),
                    (764, "Meeting date: Tuesday 9 March 2027"), (748, "Start: 2.15pm"),
                    (732, "Young person: Tilly Marsden 04/04/2019")):  # fmt: skip
        canvas.drawString(50, y, line)


def police_boxes(canvas: Canvas, *, old: str, new: str) -> None:
    """Two drawn boxes: an "X" typed in `old`'s, then a white box painted over it and its
    square drawn again, and a pen's tick drawn as a stroked path in `new`'s."""
    canvas.drawString(50, 700, "Police (choose one)")
    spots = {ATTEND: 680.0, REPORT: 662.0}
    for label, y in spots.items():
        canvas.rect(50, y - 1, 10, 10, stroke=1, fill=0)
        canvas.drawString(66, y, label)
    canvas.setFont("Helvetica-Bold", 10)
    canvas.drawString(52, spots[old] + 0.5, "X")
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(49.5, spots[old] - 1.5, 11, 11, stroke=0, fill=1)
    canvas.rect(50, spots[old] - 1, 10, 10, stroke=1, fill=0)
    y = spots[new]
    path = canvas.beginPath()
    path.moveTo(51.2, y + 4)
    path.lineTo(54, y + 0.5)
    path.lineTo(60.5, y + 10)
    canvas.setLineWidth(1.4)
    canvas.drawPath(path, stroke=1, fill=0)


def test_an_answer_painted_over_in_white_is_not_read_and_a_drawn_tick_is() -> None:
    def draw(canvas: Canvas) -> None:
        header(canvas)
        police_boxes(canvas, old=REPORT, new=ATTEND)

    data = pdf(draw)
    lines = lines_of(data)
    assert f"{MARKED} {ATTEND}" in lines
    assert f"{UNMARKED} {REPORT}" in lines
    assert police_tick(read_pdf(data, name="form.pdf").pages) is PoliceTick.REQUIRED


def test_invisible_and_white_on_white_text_is_not_read() -> None:
    def draw(canvas: Canvas) -> None:
        canvas.saveState()  # the rendering mode is the text state's: it outlasts its BT/ET
        text = canvas.beginText(50, 810)
        text.setTextRenderMode(3)
        text.textLine("Hidden note: a registered sex offender lives at the address")
        canvas.drawText(text)
        canvas.restoreState()
        header(canvas)
        canvas.setFillColorRGB(1, 1, 1)
        canvas.drawString(50, 640, "Sample answer: the child was placed in police protection")
        canvas.setFillColorRGB(0.1, 0.2, 0.5)
        canvas.rect(45, 616, 400, 16, stroke=0, fill=1)
        canvas.setFillColorRGB(1, 1, 1)
        canvas.drawString(50, 620, "Reason for the meeting")  # white on a dark bar: seen

    lines = lines_of(pdf(draw))
    text = "\n".join(lines)
    assert "sex offender" not in text
    assert "police protection" not in text
    assert "Reason for the meeting" in lines
    assert "Start: 2.15pm" in lines


def test_text_outside_the_crop_box_is_not_read() -> None:
    def draw(canvas: Canvas) -> None:
        canvas.drawString(50, 830, "Earlier draft: meeting date 01/02/2027")
        header(canvas)

    lines = lines_of(pdf(draw, crop=(0, 0, A4[0], 800)))
    assert not any("Earlier draft" in line for line in lines)
    assert "Meeting date: Tuesday 9 March 2027" in lines


def test_the_crop_box_is_read_on_a_page_turned_by_its_rotate() -> None:
    """`/Rotate 90` turns the page the viewer shows: the crop box turns with it."""

    def draw(canvas: Canvas) -> None:
        canvas.drawString(50, 830, "Earlier draft: meeting date 01/02/2027")
        header(canvas)

    reader = pypdf.PdfReader(io.BytesIO(pdf(draw, crop=(0, 0, A4[0], 800))))
    writer = pypdf.PdfWriter()
    writer.add_page(reader.pages[0]).rotate(90)
    out = io.BytesIO()
    writer.write(out)
    text = "\n".join(lines_of(out.getvalue()))
    assert "Earlier draft" not in text
    assert "Tilly Marsden" in text


def test_a_black_box_over_the_date_leaves_the_meeting_undated() -> None:
    def draw(canvas: Canvas) -> None:
        header(canvas)
        canvas.drawString(50, 700, "Reason: Tilly's father assaulted her mother, who has")
        canvas.drawString(50, 686, "a non-molestation order; the case went to MARAC.")
        canvas.setFillColorRGB(0, 0, 0)
        canvas.rect(120, 758, 200, 16, stroke=0, fill=1)  # over the date

    data = pdf(draw)
    assert not any("9 March" in line for line in lines_of(data))
    result = _triage(data)
    assert Flag.MISSING_CONFERENCE_DATE in result.flags
    assert result.decision.suggested is Suggestion.MANUAL_REVIEW


def test_a_translucent_highlight_over_text_hides_nothing_and_an_opaque_fill_does() -> None:
    def draw(canvas: Canvas) -> None:
        header(canvas)
        canvas.drawString(50, 700, "The mother's partner was arrested yesterday.")
        canvas.drawString(50, 680, "Old note: no concerns about the household.")
        canvas.saveState()
        canvas.setFillColorRGB(1, 1, 0)
        canvas.setFillAlpha(0.4)
        canvas.rect(48, 697, 260, 13, stroke=0, fill=1)
        canvas.restoreState()
        canvas.setFillColorRGB(1, 1, 1)
        canvas.rect(48, 677, 260, 13, stroke=0, fill=1)

    lines = lines_of(pdf(draw))
    assert "The mother's partner was arrested yesterday." in lines
    assert not any("Old note" in line for line in lines)


def _page_image(lines: list[str]) -> bytes:
    dpi = 150
    image = Image.new("L", (int(A4[0] / 72 * dpi), int(A4[1] / 72 * dpi)), 255)
    font = ImageFont.truetype(str(DEJAVU / "DejaVuSans.ttf"), 28)
    for n, line in enumerate(lines):
        ImageDraw.Draw(image).text((150, 150 + 60 * n), line, fill=0, font=font)
    png = io.BytesIO()
    image.save(png, format="PNG")
    return png.getvalue()


@pytest.mark.skipif(
    not ocr.tesseract_available(ocr.TESSERACT) or not (DEJAVU / "DejaVuSans.ttf").exists(),
    reason="needs Tesseract and DejaVu",
)
def test_a_text_layer_under_a_page_image_is_not_read_the_image_is() -> None:
    picture = ImageReader(io.BytesIO(_page_image(["Review meeting on 3 May 2027"])))

    def under(canvas: Canvas) -> None:
        canvas.drawString(50, 780, "Initial meeting on 2 February 2027")
        canvas.drawImage(picture, 0, 0, A4[0], A4[1])

    def over(canvas: Canvas) -> None:  # a scanner's searchable PDF: the layer is its OCR
        canvas.drawImage(picture, 0, 0, A4[0], A4[1])
        text = canvas.beginText(72, 760)
        text.setTextRenderMode(3)
        text.textLine("Review meeting on 3 May 2027")
        canvas.drawText(text)

    read = read_pdf(pdf(under), name="form.pdf")
    text = "\n".join(line for page in read.pages for line in page.lines)
    assert "February" not in text
    assert "3 May 2027" in text
    assert read.ocr_used
    assert "Review meeting on 3 May 2027" in lines_of(pdf(over))


@pytest.mark.skipif(not (DEJAVU / "DejaVuSans.ttf").exists(), reason="needs DejaVu")
def test_ligatures_soft_hyphens_and_glyphs_drawn_out_of_order_still_make_the_words() -> None:
    font = unicode_font()
    sentence = "The oﬃcer said the Unit are inves\u00ad"
    glyphs = list(enumerate(sentence))
    random.Random(7).shuffle(glyphs)

    def draw(canvas: Canvas) -> None:
        header(canvas)
        canvas.setFont(font, 10)
        for i, ch in glyphs:  # each glyph placed on its own, in no reading order
            x = 50 + canvas.stringWidth(sentence[:i], font, 10)
            canvas.drawString(x, 700, ch)
        canvas.drawString(50, 686, "tigating a signiﬁcant injury.")

    lines = lines_of(pdf(draw))
    assert "The officer said the Unit are investigating" in lines
    assert "a significant injury." in lines


@cache
def _config() -> tuple[TriageConfig, Nlp]:
    config = load_config(ROOT / "config")
    return config, build_nlp(config)


def _triage(data: bytes):  # type: ignore[no-untyped-def]
    raw = mail.plain(
        "Please find the booking form attached.",
        attachments=[("booking form.pdf", data, "application/pdf")],
        sender="Conference Team <conferences@wakefield.gov.uk>",
        subject="Initial child protection conference - Marsden",
    )
    config, nlp = _config()
    return triage(parse_email(raw), config=config, nlp=nlp, received=date(2027, 2, 15))
