"""PDF booking forms built for tests with reportlab, one per tick-box encoding (DOMAIN.md §2.2).

- `acroform_pdf`: labels printed, values only in text fields, the police boxes as check-box
  widgets (their "on" state renamed with pypdf when `on_state` is not reportlab's `Yes`);
- `glyph_pdf`: a flattened table with printed ☒/☐ (DejaVuSans when installed);
- `dingbat_pdf`: the boxes as ZapfDingbats letters;
- `drawn_pdf`: squares drawn as paths (a rectangle or four lines), crossed, ticked or empty;
- `yes_no_pdf`: "Police attendance required: Yes / No" with the answer circled, the other
  struck through, or the answer in bold;
- `scanned_pdf`: text rendered to a Pillow image and embedded, no text layer (for OCR);
- `text_pdf`: plain lines on one or more pages; `encrypted_pdf` with a user password.

Every builder returns the PDF's bytes. `ticked` is "required", "report", "both" or "none".
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

Ticked = Literal["required", "report", "both", "none"]

REQUIRED = "Police attendance required"
REPORT = "Written report sufficient"
QUESTION = "West Yorkshire Police (please tick one):"
DEFAULT_ROWS: tuple[tuple[str, str], ...] = (
    ("Type of conference", "Initial CPC"),
    ("Date of conference", "08/12/2026"),
    ("Time", "13:30"),
    ("Conference Chair", "Karen Pollard"),
)
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
LEFT, LABEL_WIDTH, TOP = 50.0, 170.0, A4[1] - 60


def marks(ticked: Ticked) -> tuple[bool, bool]:
    """(required box marked, report box marked)."""
    return ticked in ("required", "both"), ticked in ("report", "both")


def unicode_font() -> str:
    """DejaVuSans (has ☒/☐) when installed, else Helvetica (then glyph tests must skip)."""
    path = DEJAVU / "DejaVuSans.ttf"
    if not path.exists():
        return "Helvetica"
    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(path)))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(DEJAVU / "DejaVuSans-Bold.ttf")))
    return "DejaVuSans"


def _canvas(buffer: io.BytesIO, **kwargs: object) -> Canvas:
    return Canvas(buffer, pagesize=A4, pageCompression=0, **kwargs)


def _rows(canvas: Canvas, rows: Sequence[tuple[str, str]], *, font: str = "Helvetica") -> float:
    """Label/value rows as a ruled two-column table; returns the y below it."""
    y = TOP
    for label, value in rows:
        canvas.rect(LEFT, y - 18, LABEL_WIDTH, 18)
        canvas.rect(LEFT + LABEL_WIDTH, y - 18, 320, 18)
        canvas.setFont(font, 10)
        canvas.drawString(LEFT + 3, y - 13, label)
        canvas.drawString(LEFT + LABEL_WIDTH + 3, y - 13, value)
        y -= 18
    return float(y - 20)


def acroform_pdf(
    *,
    rows: Sequence[tuple[str, str]] = DEFAULT_ROWS,
    ticked: Ticked = "required",
    on_state: str = "Yes",
    notes: str | None = None,
) -> bytes:
    """Printed labels with text-field values; check boxes named `police_attend`/`police_report`."""
    buffer = io.BytesIO()
    canvas = _canvas(buffer)
    y = TOP
    for n, (label, value) in enumerate(rows):
        canvas.setFont("Helvetica", 10)
        canvas.drawString(LEFT, y - 12, label)
        canvas.acroForm.textfield(
            name=f"field_{n}", value=value, x=LEFT + LABEL_WIDTH, y=y - 16, width=320,
            height=16, fontSize=9, borderWidth=0.5,
        )  # fmt: skip
        y -= 22
    canvas.drawString(LEFT, y - 12, QUESTION)
    y -= 20
    for name, label, checked in zip(("police_attend", "police_report"), (REQUIRED, REPORT),
                                    marks(ticked), strict=True):  # fmt: skip
        canvas.acroForm.checkbox(name=name, x=LEFT, y=y - 14, size=12, checked=checked,
                                 buttonStyle="cross", borderWidth=0.5)  # fmt: skip
        canvas.setFont("Helvetica", 10)
        canvas.drawString(LEFT + 20, y - 11, label)
        y -= 20
    if notes is not None:
        canvas.drawString(LEFT, y - 12, "Notes")
        lines = notes.count("\n") + 1
        canvas.acroForm.textfield(
            name="notes", value=notes, x=LEFT, y=y - 20 - 14 * lines, width=480,
            height=14 * lines + 4, fontSize=9, fieldFlags="multiline", borderWidth=0.5,
        )  # fmt: skip
    canvas.save()
    data = buffer.getvalue()
    return data if on_state == "Yes" else _renamed_on_state(data, on_state)


def _renamed_on_state(data: bytes, on_state: str) -> bytes:
    """The same form with every check box's "on" appearance state renamed (e.g. `/On`, `/1`)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DictionaryObject, NameObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    new = NameObject(f"/{on_state}")
    for page in writer.pages:
        for ref in page.get("/Annots", []):
            annot = ref.get_object()
            for key in ("/N", "/D"):
                states = annot.get("/AP", DictionaryObject()).get(key)
                if states is not None and "/Yes" in states.get_object():
                    states = states.get_object()
                    states[new] = states.pop("/Yes")
            for key in ("/AS", "/V"):
                if annot.get(key) == "/Yes":
                    annot[NameObject(key)] = new
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def glyph_pdf(
    *, rows: Sequence[tuple[str, str]] = DEFAULT_ROWS, ticked: Ticked = "report"
) -> bytes:
    """A flattened form: a ruled label/value table, then printed ☒/☐ boxes on one line."""
    font = unicode_font()
    buffer = io.BytesIO()
    canvas = _canvas(buffer)
    y = _rows(canvas, rows, font=font)
    canvas.setFont(font, 10)
    canvas.drawString(LEFT, y, QUESTION)
    required, report = ("☒" if m else "☐" for m in marks(ticked))
    canvas.drawString(LEFT, y - 18, f"{required} {REQUIRED}")
    canvas.drawString(LEFT + 220, y - 18, f"{report} {REPORT}")
    canvas.save()
    return buffer.getvalue()


def dingbat_pdf(*, ticked: Ticked = "required", on: str = "✔", off: str = "❏") -> bytes:
    """Boxes in ZapfDingbats, one per line.

    reportlab takes the Unicode dingbat and writes its ZapfDingbats code (✔ → `4`, ❏ → `o`);
    an ASCII "4" is not in that encoding and comes out as `n` (■, reportlab's stand-in).
    """
    buffer = io.BytesIO()
    canvas = _canvas(buffer)
    y = TOP
    canvas.setFont("Helvetica", 10)
    canvas.drawString(LEFT, y, QUESTION)
    for label, checked in zip((REQUIRED, REPORT), marks(ticked), strict=True):
        y -= 18
        canvas.setFont("ZapfDingbats", 10)
        canvas.drawString(LEFT, y, on if checked else off)
        canvas.setFont("Helvetica", 10)
        canvas.drawString(LEFT + 16, y, label)
    canvas.save()
    return buffer.getvalue()


def drawn_pdf(
    *,
    ticked: Ticked = "required",
    mark: Literal["cross", "tick", "zapf"] = "cross",
    box: Literal["rect", "lines"] = "rect",
    side: float = 11.0,
) -> bytes:
    """Squares drawn as paths before each label; a marked one is crossed, ticked or holds ✔."""
    buffer = io.BytesIO()
    canvas = _canvas(buffer)
    y = TOP
    canvas.setFont("Helvetica-Bold", 10)
    canvas.drawString(LEFT, y, "Police (tick as appropriate)")
    for label, checked in zip((REQUIRED, REPORT), marks(ticked), strict=True):
        y -= 20
        _square(canvas, LEFT, y - 2, side, lines=box == "lines")
        if checked:
            _mark(canvas, LEFT, y - 2, side, mark)
        canvas.setFont("Helvetica", 10)
        canvas.drawString(LEFT + side + 7, y, label)
    canvas.save()
    return buffer.getvalue()


def radio_pdf(*, ticked: Ticked = "report", bullets: bool = False) -> bytes:
    """A flattened radio group: a ring before each option, a painted dot in the chosen one.
    With `bullets`, a list of concerns with round filled bullets above it (they are no rings)."""
    buffer = io.BytesIO()
    canvas = _canvas(buffer)
    y = TOP
    canvas.setFont("Helvetica", 10)
    if bullets:
        for concern in ("Neglect of the home", "Missed health appointments"):
            canvas.circle(LEFT + 3, y + 3, 2.5, stroke=0, fill=1)
            canvas.drawString(LEFT + 10, y, concern)
            y -= 16
    canvas.drawString(LEFT, y, "Police attendance")
    for label, checked in zip((REQUIRED, REPORT), marks(ticked), strict=True):
        y -= 18
        canvas.circle(LEFT + 5, y + 3.5, 5, stroke=1, fill=0)
        if checked:
            canvas.circle(LEFT + 5, y + 3.5, 2.5, stroke=0, fill=1)
        canvas.drawString(LEFT + 16, y, label)
    canvas.save()
    return buffer.getvalue()


def _square(canvas: Canvas, x: float, y: float, side: float, *, lines: bool) -> None:
    if not lines:
        canvas.rect(x, y, side, side)
        return
    for x0, y0, x1, y1 in ((0, 0, side, 0), (side, 0, side, side), (side, side, 0, side),
                           (0, side, 0, 0)):  # fmt: skip
        canvas.line(x + x0, y + y0, x + x1, y + y1)


def _mark(canvas: Canvas, x: float, y: float, side: float, mark: str) -> None:
    if mark == "zapf":
        canvas.setFont("ZapfDingbats", side - 1)
        canvas.drawString(x + 1.5, y + 2, "✔")  # written as ZapfDingbats code "4"
    elif mark == "tick":
        path = canvas.beginPath()
        path.moveTo(x + 2, y + side / 2)
        path.lineTo(x + side / 2.5, y + 2)
        path.lineTo(x + side - 1.5, y + side - 1.5)
        canvas.drawPath(path, stroke=1, fill=0)
    else:
        canvas.line(x + 1, y + 1, x + side - 1, y + side - 1)
        canvas.line(x + 1, y + side - 1, x + side - 1, y + 1)


def yes_no_pdf(
    *,
    answer: Literal["yes", "no"] | None = "yes",
    style: Literal["circle", "strike", "bold", "rect"] = "circle",
    question: str = "Police attendance required:",
) -> bytes:
    """A "Yes / No" answer: circled (or boxed by a `rect`), the other struck, or in bold."""
    buffer = io.BytesIO()
    canvas = _canvas(buffer)
    base = TOP
    canvas.setFont("Helvetica-Bold", 10)
    canvas.drawString(LEFT, base, question)
    x_yes = LEFT + canvas.stringWidth(question, "Helvetica-Bold", 10) + 20
    words = ((x_yes, "Yes", answer == "yes"), (x_yes + 45, "No", answer == "no"))
    for x, word, chosen in words:
        bold = style == "bold" and chosen
        canvas.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
        canvas.drawString(x, base, word)
        if style == "circle" and chosen:
            canvas.ellipse(x - 5, base - 5, x + 22, base + 12)
        elif style == "rect" and chosen:
            canvas.rect(x - 3, base - 4, 26, 15)
        elif style == "strike" and answer is not None and not chosen:
            canvas.line(x - 2, base + 3.5, x + 18, base + 3.5)
    canvas.setFont("Helvetica", 10)
    canvas.drawString(x_yes + 30, base, "/")
    canvas.save()
    return buffer.getvalue()


def text_pdf(pages: Sequence[Sequence[str]], *, font: str = "Helvetica") -> bytes:
    """Plain lines of text, one list of lines per page."""
    buffer = io.BytesIO()
    canvas = _canvas(buffer)
    for lines in pages:
        canvas.setFont(font, 11)
        for n, line in enumerate(lines):
            canvas.drawString(LEFT, TOP - 16 * n, line)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def encrypted_pdf(lines: Sequence[str], *, user_password: str, owner_password: str = "o") -> bytes:
    """A PDF encrypted with reportlab's standard security (RC4; user password to open)."""
    from reportlab.lib.pdfencrypt import StandardEncryption

    buffer = io.BytesIO()
    security = StandardEncryption(user_password, ownerPassword=owner_password)
    canvas = _canvas(buffer, encrypt=security)
    canvas.setFont("Helvetica", 11)
    for n, line in enumerate(lines):
        canvas.drawString(LEFT, TOP - 16 * n, line)
    canvas.save()
    return buffer.getvalue()


def scanned_pdf(lines: Sequence[str], *, dpi: int = 200) -> bytes:
    """A page with no text layer: the lines drawn into a Pillow image, embedded at `dpi`."""
    width, height = int(A4[0] / 72 * dpi), int(A4[1] / 72 * dpi)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    size = dpi // 6
    path = DEJAVU / "DejaVuSans.ttf"
    font = ImageFont.truetype(str(path), size) if path.exists() else ImageFont.load_default(size)
    for n, line in enumerate(lines):
        draw.text((dpi, dpi + n * size * 2), line, fill=0, font=font)
    png = io.BytesIO()
    image.save(png, format="PNG")
    buffer = io.BytesIO()
    canvas = _canvas(buffer)
    canvas.drawImage(ImageReader(io.BytesIO(png.getvalue())), 0, 0, A4[0], A4[1])
    canvas.save()
    return buffer.getvalue()
