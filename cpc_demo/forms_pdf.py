"""PDF booking forms with reportlab, in the layouts councils use (DOMAIN.md §2.2):

1. `acroform` — text fields and check-box widgets; the values live only in the fields.
2. `glyph` — a flattened table with printed ☒/☐ (DejaVuSans, when installed).
3. `drawn` — empty squares drawn as paths, the chosen one crossed with two lines or ticked
   with a ZapfDingbats glyph.
4. `circled` — "Police attendance required: Yes / No" with the answer circled or the other
   struck through.
5. `scanned` — the form rendered to an image with Pillow: no text layer at all (needs OCR).
"""

from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from cpc_demo.content import Form
from cpc_demo.forms_acro import render_acroform
from cpc_demo.pdf_sheet import DEJAVU, HEIGHT, LEFT, RIGHT, WIDTH, Sheet, glyph_font
from cpc_demo.phrasing import UNTICKED_LIST


def _head(sheet: Sheet) -> None:
    form = sheet.form
    if form.marking:
        sheet.text(form.marking, size=9, bold=True)
    sheet.text(form.title, size=14, bold=True)
    sheet.text(form.org, size=9)
    sheet.y -= 6


def _tables(sheet: Sheet) -> None:
    form = sheet.form
    sheet.text("Conference details", bold=True)
    for label, value in form.details:
        sheet.row([label, value], [170, RIGHT - LEFT - 170])
    sheet.y -= 8
    sheet.text("Child(ren) subject of the conference", bold=True)
    sheet.row(list(form.children_head), [150, 90, 70, RIGHT - LEFT - 310], bold=True)
    for child in form.children:
        sheet.row(list(child), [150, 90, 70, RIGHT - LEFT - 310])
    sheet.y -= 8
    sheet.text("Parents, carers and significant adults", bold=True)
    sheet.row(list(form.adults_head), [170, 150, RIGHT - LEFT - 320], bold=True)
    for adult in form.adults:
        sheet.row(list(adult), [170, 150, RIGHT - LEFT - 320])
    sheet.y -= 8


def _sections(sheet: Sheet) -> None:
    for heading, paragraphs in sheet.form.sections:
        sheet.y -= 4
        sheet.text(heading, bold=True)
        for paragraph in paragraphs:
            sheet.text(paragraph)
            sheet.y -= 3
    for label, value in sheet.form.completed:
        sheet.text(f"{label}: {value}")


def _marks(form: Form) -> tuple[bool, bool]:
    return form.tick in ("required", "both"), form.tick in ("report", "both")


def _glyph_ticks(sheet: Sheet, rng: random.Random) -> None:
    form, font = sheet.form, glyph_font()
    question, required, report = form.tick_words
    on, off = ("☒", "☐") if font == "DejaVuSans" else ("[X]", "[ ]")
    sheet.text(question, bold=True)
    for checked, label in zip(_marks(form), (required, report), strict=True):
        sheet.need(16)
        sheet.canvas.setFont(font, 11)
        sheet.canvas.drawString(LEFT, sheet.y - 11, f"{on if checked else off}  {label}")
        sheet.y -= 16
    if form.risk_list:
        sheet.text("Known risk factors (tick all that apply)", bold=True)
        sheet.need(16)
        sheet.canvas.setFont(font, 10)
        sheet.canvas.drawString(LEFT, sheet.y - 10, "   ".join(f"{off} {r}" for r in UNTICKED_LIST))
        sheet.y -= 16


def _drawn_ticks(sheet: Sheet, rng: random.Random) -> None:
    question, required, report = sheet.form.tick_words
    dingbat = rng.random() < 0.5
    sheet.text(question, bold=True)
    for checked, label in zip(_marks(sheet.form), (required, report), strict=True):
        sheet.need(18)
        c, top = sheet.canvas, sheet.y - 13
        c.rect(LEFT, top, 11, 11)
        if checked and dingbat:
            c.setFont("ZapfDingbats", 10)
            c.drawString(LEFT + 1.5, top + 2, "4")  # ✔ in ZapfDingbats
        elif checked:
            c.line(LEFT + 1, top + 1, LEFT + 10, top + 10)
            c.line(LEFT + 1, top + 10, LEFT + 10, top + 1)
        c.setFont("Helvetica", 10)
        c.drawString(LEFT + 18, top + 2, label)
        sheet.y -= 18


def _circled_ticks(sheet: Sheet, rng: random.Random) -> None:
    """ "Police attendance required: Yes / No" — circled answer, or the other struck out."""
    required = sheet.form.tick_words[1]
    yes, no = _marks(sheet.form)
    if sheet.form.tick == "report":
        yes, no = False, True
    strike = rng.random() < 0.4 and sheet.form.tick in ("required", "report")
    sheet.need(22)
    c, base = sheet.canvas, sheet.y - 14
    c.setFont("Helvetica-Bold", 10)
    c.drawString(LEFT, base, f"{required}:")
    x_yes = LEFT + c.stringWidth(f"{required}:", "Helvetica-Bold", 10) + 20
    c.setFont("Helvetica", 10)
    c.drawString(x_yes, base, "Yes")
    c.drawString(x_yes + 30, base, "/")
    c.drawString(x_yes + 45, base, "No")
    for chosen, x in ((yes, x_yes), (no, x_yes + 45)):
        if strike and not chosen:
            c.line(x - 2, base + 3.5, x + 18, base + 3.5)
        elif not strike and chosen:
            c.ellipse(x - 5, base - 5, x + 22, base + 12)
    sheet.y -= 22


def render(form: Form, layout: str, rng: random.Random) -> tuple[bytes, list[str]]:
    """(PDF bytes, the fixed strings the layout adds to the form's words)."""
    if layout == "acroform":
        return render_acroform(form, rng)
    if layout == "scanned":
        return render_scanned(form), _scan_lines(form)
    sheet = Sheet(form)
    _head(sheet)
    _tables(sheet)
    if form.tick != "absent":
        {"glyph": _glyph_ticks, "drawn": _drawn_ticks, "circled": _circled_ticks}[layout](
            sheet, rng
        )
    _sections(sheet)
    extra = [f"Page {n}" for n in range(1, sheet.page + 1)] + ["Conference details",
             "Child(ren) subject of the conference", "Parents, carers and significant adults",
             "Yes", "No", "/"]  # fmt: skip
    return sheet.finish(), extra


def _scan_lines(form: Form) -> list[str]:
    lines = [form.title, ""]
    lines += [f"{label}: {value}" for label, value in form.details]
    lines.append("")
    lines += [f"Child: {' '.join(row)}" for row in form.children]
    lines += [f"Adult: {' '.join(row)}" for row in form.adults]
    if form.tick != "absent":
        lines += ["", f"{form.tick_words[1]}: {'Yes' if form.tick == 'required' else 'No'}"]
    for heading, paragraphs in form.sections:
        lines += ["", heading]
        lines += paragraphs
    return lines


def render_scanned(form: Form) -> bytes:
    """A form printed and scanned: one image per page, no text layer."""
    font = ImageFont.truetype(str(DEJAVU), 30) if DEJAVU.exists() else ImageFont.load_default()
    pages: list[Image.Image] = []
    image = Image.new("L", (1654, 2339), 255)
    draw, y = ImageDraw.Draw(image), 120
    for raw in _scan_lines(form):
        for line in _wrap(raw, draw, font, 1400) or [""]:
            if y > 2200:
                pages.append(image)
                image = Image.new("L", (1654, 2339), 255)
                draw, y = ImageDraw.Draw(image), 120
            draw.text((120, y), line, fill=0, font=font)
            y += 44
    pages.append(image)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True)
    for page in pages:
        png = io.BytesIO()
        page.save(png, format="PNG", optimize=False)
        png.seek(0)
        canvas.drawImage(ImageReader(png), 0, 0, WIDTH, HEIGHT)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _wrap(text: str, draw: ImageDraw.ImageDraw, font: ImageFont.ImageFont | ImageFont.FreeTypeFont,
          width: int) -> list[str]:  # fmt: skip
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if draw.textlength(trial, font=font) <= width:
            current = trial
        else:
            lines.append(current)
            current = word
    return [*lines, current] if current else lines
