"""PDF forms drawn with reportlab from a small block model, in three 'producers':

* ``council``  - an ordinary council form (whole lines, DejaVu Sans, boxes with ☒/☐ glyphs);
* ``skia``     - Google Docs "Download as PDF": every word a separate positioned run, tick glyphs
                 from a symbol font, Producer "Skia/PDF m1xx Google Docs Renderer";
* ``quartz``   - Apple Pages via Quartz PDFContext: words split into small kerned chunks, each
                 positioned on its own, ticks from a second (symbol) font.

Blocks: ("h1", text) ("h2", text) ("kv", label, value) ("p", text) ("tick", label, checked)
("grid", header, rows) ("gap", points).
Returns (pdf bytes, source texts = the lines as drawn, in drawing order, plus each whole paragraph).
"""
from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab import rl_config

rl_config.invariant = 1

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
_registered = False


def _fonts() -> None:
    global _registered
    if _registered:
        return
    pdfmetrics.registerFont(TTFont("DejaVuSans", FONT_DIR + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", FONT_DIR + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuSerif", FONT_DIR + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", FONT_DIR + "DejaVuSerif-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuSansMono", FONT_DIR + "DejaVuSansMono.ttf"))
    _registered = True


def _wrap(text: str, font: str, size: float, maxw: float) -> list[str]:
    out = []
    for para in text.split("\n"):
        cur = ""
        for w in para.split(" "):
            trial = (cur + " " + w) if cur else w
            if pdfmetrics.stringWidth(trial, font, size) > maxw and cur:
                out.append(cur)
                cur = w
            else:
                cur = trial
        out.append(cur)
    return out


class _Writer:
    def __init__(self, style: str, info: dict):
        _fonts()
        self.style = style
        self.buf = io.BytesIO()
        self.c = rl_canvas.Canvas(self.buf, pagesize=A4, invariant=1, pageCompression=1)
        self.c.setProducer(info.get("producer", "ReportLab PDF Library"))
        self.c.setCreator(info.get("creator", ""))
        self.c.setTitle(info.get("title", ""))
        self.c.setAuthor(info.get("author", ""))
        self.W, self.H = A4
        self.left = 56 if style != "council" else 50
        self.right = self.W - self.left
        self.y = self.H - 60
        self.texts: list[str] = []
        if style == "skia":
            self.font, self.bold, self.sym = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans"
        elif style == "quartz":
            self.font, self.bold, self.sym = "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSans"
        else:
            self.font, self.bold, self.sym = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans"

    def need(self, h: float) -> None:
        if self.y - h < 50:
            self.c.showPage()
            self.y = self.H - 60

    # --- drawing a line of text according to the producer style
    def draw(self, x: float, y: float, text: str, font: str, size: float) -> None:
        c = self.c
        if not text:
            return
        if self.style == "council":
            c.setFont(font, size)
            c.drawString(x, y, text)
            return
        words = text.split(" ")
        space = max(pdfmetrics.stringWidth(" ", font, size), 3.4)
        cx = x
        for w in words:
            if not w:
                cx += space
                continue
            if self.style == "skia":
                t = c.beginText(cx, y)
                t.setFont(font, size)
                t.textOut(w)
                c.drawText(t)
                cx += pdfmetrics.stringWidth(w, font, size) + space
            else:  # quartz: chunks of 3 characters, each positioned, slight kerning adjustments
                i = 0
                while i < len(w):
                    chunk = w[i:i + 3]
                    t = c.beginText(cx, y)
                    t.setFont(font, size)
                    t.setCharSpace(0.08)
                    t.textOut(chunk)
                    c.drawText(t)
                    cx += pdfmetrics.stringWidth(chunk, font, size) + 0.08 * len(chunk)
                    i += 3
                cx += space

    def line(self, text: str, font: str | None = None, size: float = 10, indent: float = 0,
             lead: float | None = None) -> None:
        font = font or self.font
        lead = lead or size * 1.35
        self.need(lead)
        self.draw(self.left + indent, self.y, text, font, size)
        self.texts.append(text)
        self.y -= lead

    def para(self, text: str, font: str | None = None, size: float = 10, indent: float = 0) -> None:
        font = font or self.font
        lines = _wrap(text, font, size, self.right - self.left - indent)
        for l in lines:
            self.line(l, font, size, indent)
        if len(lines) > 1:
            self.texts.append(text)

    def kv(self, label: str, value: str, size: float = 10) -> None:
        lw = 170
        vlines = _wrap(value, self.font, size, self.right - self.left - lw) if value else [""]
        self.need(size * 1.4 * len(vlines))
        self.draw(self.left, self.y, label, self.bold, size)
        self.texts.append(label)
        if self.style == "council":
            self.c.setLineWidth(0.4)
            self.c.setStrokeGray(0.6)
            self.c.rect(self.left + lw - 6, self.y - 4 - size * 1.4 * (len(vlines) - 1), self.right - self.left - lw + 6,
                        size * 1.4 * len(vlines), stroke=1, fill=0)
        for l in vlines:
            self.draw(self.left + lw, self.y, l, self.font, size)
            if l:
                self.texts.append(l)
            self.y -= size * 1.4
        if len(vlines) > 1:
            self.texts.append(value)
        if value:
            self.texts.append(f"{label} {value}")
        self.y -= 2

    def tick(self, label: str, checked: bool, size: float = 10) -> None:
        self.need(size * 1.6)
        glyph = "☒" if checked else "☐"
        if self.style == "skia":
            glyph = "☑" if checked else "☐"
        if self.style == "quartz":
            glyph = "✓" if checked else " "
            # Pages: a drawn square with a tick glyph inside
            self.c.setLineWidth(0.7)
            self.c.setStrokeGray(0)
            self.c.rect(self.left + 10, self.y - 2, size + 1, size + 1, stroke=1, fill=0)
            if checked:
                t = self.c.beginText(self.left + 11, self.y)
                t.setFont(self.sym, size)
                t.textOut(glyph)
                self.c.drawText(t)
            self.draw(self.left + 30, self.y, label, self.font, size)
            self.texts.append(label)
            if checked:
                self.texts.append(f"✓ {label}")
            self.y -= size * 1.6
            return
        t = self.c.beginText(self.left + 10, self.y)
        t.setFont(self.sym, size + 2)
        t.textOut(glyph)
        self.c.drawText(t)
        self.draw(self.left + 30, self.y, label, self.font, size)
        self.texts.append(label)
        self.texts.append(f"{glyph} {label}")
        self.y -= size * 1.6

    def grid(self, header: list[str], rows: list[list[str]], widths: list[float] | None = None,
             size: float = 9) -> None:
        total = self.right - self.left
        widths = widths or [total / len(header)] * len(header)
        xs = [self.left]
        for w in widths[:-1]:
            xs.append(xs[-1] + w)
        for r_i, row in enumerate([header] + rows):
            cells = [_wrap(v, self.bold if r_i == 0 else self.font, size, widths[i] - 6) for i, v in enumerate(row)]
            h = max(len(c) for c in cells) * size * 1.3 + 4
            self.need(h)
            if self.style == "council":
                self.c.setLineWidth(0.5)
                self.c.setStrokeGray(0.3)
                for i, x in enumerate(xs):
                    self.c.rect(x, self.y - h + size + 1, widths[i], h, stroke=1, fill=0)
            for i, lines in enumerate(cells):
                yy = self.y
                for l in lines:
                    self.draw(xs[i] + 3, yy, l, self.bold if r_i == 0 else self.font, size)
                    if l:
                        self.texts.append(l)
                    yy -= size * 1.3
                if len(lines) > 1:
                    self.texts.append(row[i])
            if all(len(c) == 1 for c in cells):
                self.texts.append(" ".join(v for v in row if v))
            self.y -= h

    def render(self, blocks: list[tuple]) -> tuple[bytes, list[str]]:
        for b in blocks:
            kind = b[0]
            if kind == "h1":
                self.line(b[1], self.bold, 14, lead=22)
            elif kind == "h2":
                self.y -= 4
                self.line(b[1], self.bold, 11, lead=16)
            elif kind == "kv":
                self.kv(b[1], b[2])
            elif kind == "p":
                self.para(b[1])
            elif kind == "small":
                self.para(b[1], size=8)
            elif kind == "tick":
                self.tick(b[1], b[2])
            elif kind == "grid":
                self.grid(b[1], b[2], b[3] if len(b) > 3 else None)
            elif kind == "gap":
                self.y -= b[1]
            else:
                raise ValueError(kind)
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue(), self.texts


PRODUCERS = {
    "council": {"producer": "Microsoft® Word for Microsoft 365", "creator": "Microsoft® Word for Microsoft 365"},
    "skia": {"producer": "Skia/PDF m131 Google Docs Renderer", "creator": ""},
    "quartz": {"producer": "macOS Version 15.1 (Build 24B83) Quartz PDFContext", "creator": "Pages"},
}


def render(blocks: list[tuple], style: str = "council", title: str = "", author: str = "",
           created: str = "20261203101500") -> tuple[bytes, list[str]]:
    info = dict(PRODUCERS[style])
    info["title"] = title
    info["author"] = author
    data, texts = _Writer(style, info).render(blocks)
    # reportlab's invariant mode stamps 2000-01-01; put a plausible fixed date instead (same length,
    # so the cross-reference offsets stay valid)
    old = b"D:20000101000000+00'00'"
    new = f"D:{created}+00'00'".encode()
    assert len(old) == len(new)
    return data.replace(old, new), texts
