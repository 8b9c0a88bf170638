"""Small canvas layout engine for layout 52: multi-page forms, tables that continue across
pages with the header row repeated and rows split at the page break, rotated pages."""
import io

from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))


def wrap(s, font, size, width):
    out, cur = [], ""
    for w in s.split(" "):
        t = (cur + " " + w).strip()
        if pdfmetrics.stringWidth(t, font, size) <= width or not cur:
            cur = t
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out


class Doc:
    """Pages are drawn on landscape A4. rotated=True pages are stored portrait with the
    content turned, and get /Rotate 90 so that a viewer shows them upright."""

    def __init__(self, header, footer, marking="OFFICIAL-SENSITIVE"):
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=landscape(A4))
        self.header, self.footer, self.marking = header, footer, marking
        self.src = []
        self.rot = []
        self.pageno = 0
        self.W, self.H = landscape(A4)
        self.started = False

    def new_page(self, rotated=False):
        if self.started:
            self.c.showPage()
        self.started = True
        self.pageno += 1
        self.rot.append(rotated)
        if rotated:
            self.c.setPageSize(A4)
            self.c.translate(A4[0], 0)
            self.c.rotate(90)
        self.y = self.H - 40
        self.text(40, self.H - 28, self.header, "DVB", 9)
        self.text(self.W - 40 - pdfmetrics.stringWidth(self.marking, "DVB", 9), self.H - 28, self.marking, "DVB", 9)
        self.c.line(40, self.H - 33, self.W - 40, self.H - 33)
        self.y = self.H - 52
        self.text(40, 24, f"{self.footer}   Page {self.pageno}", "DV", 7)

    def text(self, x, y, s, font="DV", size=9, record=True):
        self.c.setFont(font, size)
        self.c.drawString(x, y, s)
        if record and s.strip():
            self.src.append(s)

    def heading(self, s):
        self.need(30)
        self.c.setFillGray(0.85)
        self.c.rect(40, self.y - 4, self.W - 80, 15, fill=1, stroke=0)
        self.c.setFillGray(0)
        self.text(44, self.y, s, "DVB", 10)
        self.y -= 22

    def need(self, h):
        if self.y - h < 50:
            self.new_page()

    def fields(self, pairs, cols=2):
        colw = (self.W - 80) / cols
        for i in range(0, len(pairs), cols):
            self.need(16)
            for j, (lab, val) in enumerate(pairs[i:i + cols]):
                x = 40 + j * colw
                self.text(x, self.y, lab, "DVB", 8.5)
                self.text(x + 130, self.y, val, "DV", 9)
                self.c.setDash(1, 2)
                self.c.line(x + 128, self.y - 3, x + colw - 10, self.y - 3)
                self.c.setDash()
            self.y -= 17
        self.y -= 4

    def para(self, s, size=9, font="DV"):
        for line in s.split("\n"):
            for ln in wrap(line, font, size, self.W - 90):
                self.need(13)
                self.text(44, self.y, ln, font, size)
                self.y -= 12.5
            self.y -= 3

    def table(self, head, widths, rows, cont_title):
        lh = 11.5
        tot = sum(widths)
        widths = [w * (self.W - 80) / tot for w in widths]

        def draw_head():
            x = 40
            self.c.setFillGray(0.92)
            self.c.rect(40, self.y - 4, self.W - 80, 14, fill=1, stroke=1)
            self.c.setFillGray(0)
            for h, w in zip(head, widths):
                self.text(x + 3, self.y, h, "DVB", 8)
                x += w
            self.y -= 16

        draw_head()
        for row in rows:
            cells = [wrap(v, "DV", 8.5, w - 8) for v, w in zip(row, widths)]
            n = max(len(c) for c in cells)
            i = 0
            top = self.y + 11
            while i < n:
                if self.y < 80:  # page break inside the row: close box, repeat header
                    self.c.rect(40, self.y + 8, self.W - 80, top - self.y - 8, stroke=1, fill=0)
                    self.text(40, 38, "continued overleaf \u2026", "DV", 7)
                    self.new_page()
                    self.text(40, self.y, cont_title, "DVB", 9)
                    self.y -= 16
                    draw_head()
                    top = self.y + 11
                x = 40
                for c, w in zip(cells, widths):
                    if i < len(c):
                        self.text(x + 3, self.y, c[i], "DV", 8.5)
                    x += w
                self.y -= lh
                i += 1
            self.c.rect(40, self.y + 8, self.W - 80, top - self.y - 8, stroke=1, fill=0)
            self.y -= 3
        self.y -= 8

    def tick(self, items):
        self.need(18)
        x = 44
        for on, lab in items:
            self.text(x, self.y, ("\u2612 " if on else "\u2610 ") + lab, "DV", 10)
            x += pdfmetrics.stringWidth(lab, "DV", 10) + 40
        self.y -= 20

    def finish(self):
        self.c.showPage()
        self.c.save()
        r = PdfReader(io.BytesIO(self.buf.getvalue()))
        w = PdfWriter()
        total = len(r.pages)
        for i, pg in enumerate(r.pages):
            if self.rot[i]:
                pg.rotate(90)
            w.add_page(pg)
        out = io.BytesIO()
        w.write(out)
        return out.getvalue()
