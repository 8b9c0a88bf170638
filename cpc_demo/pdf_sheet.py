"""The page every PDF booking form is drawn on: A4, Helvetica, a footer with the marking and the
page number, turning pages when full.

Why a module of its own: the plain layouts (`forms_pdf`) and the AcroForm layout (`forms_acro`)
both draw on it, and `forms_pdf.render` dispatches to `forms_acro`; with the sheet inside
`forms_pdf` the two modules imported each other.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from cpc_demo.content import Form

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
WIDTH, HEIGHT = A4
LEFT, RIGHT, BOTTOM = 50.0, WIDTH - 50.0, 60.0


def glyph_font() -> str:
    """DejaVuSans carries ☒/☐; without it the glyph layout falls back to [X]/[ ]."""
    if "DejaVuSans" in pdfmetrics.getRegisteredFontNames():
        return "DejaVuSans"
    if DEJAVU.exists():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(DEJAVU)))
        return "DejaVuSans"
    return "Helvetica"


class Sheet:
    """A top-down writer over a reportlab canvas that turns pages when full."""

    def __init__(self, form: Form) -> None:
        self.buffer = io.BytesIO()
        self.canvas = Canvas(self.buffer, pagesize=A4, invariant=True)
        self.form = form
        self.page = 1
        self.y = HEIGHT - 50

    def need(self, height: float) -> None:
        if self.y - height < BOTTOM:
            self._footer()
            self.canvas.showPage()
            self.page += 1
            self.y = HEIGHT - 50

    def _footer(self) -> None:
        self.canvas.setFont("Helvetica", 8)
        if self.form.marking:
            self.canvas.drawString(LEFT, 30, self.form.marking)
        self.canvas.drawRightString(RIGHT, 30, f"Page {self.page}")

    def text(self, value: str, *, size: float = 10, bold: bool = False, x: float = LEFT) -> None:
        font = "Helvetica-Bold" if bold else "Helvetica"
        for line in simpleSplit(value, font, size, RIGHT - x) or [""]:
            self.need(size + 4)
            self.canvas.setFont(font, size)
            self.canvas.drawString(x, self.y - size, line)
            self.y -= size + 4

    def row(self, cells: list[str], widths: list[float], *, bold: bool = False) -> None:
        """One table row with grid lines; cells wrap inside their column."""
        font = "Helvetica-Bold" if bold else "Helvetica"
        wrapped = [
            simpleSplit(c, font, 9, w - 6) or [""] for c, w in zip(cells, widths, strict=True)
        ]
        height = max(len(w) for w in wrapped) * 11 + 6
        self.need(height)
        x = LEFT
        for lines, w in zip(wrapped, widths, strict=True):
            self.canvas.rect(x, self.y - height, w, height)
            self.canvas.setFont(font, 9)
            for n, line in enumerate(lines):
                self.canvas.drawString(x + 3, self.y - 12 - n * 11, line)
            x += w
        self.y -= height

    def finish(self) -> bytes:
        self._footer()
        self.canvas.save()
        return self.buffer.getvalue()
