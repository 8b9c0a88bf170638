"""Very small reportlab form writer: label/value rows and wrapped paragraphs; records the text drawn."""
import io
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.lib.utils import simpleSplit


class SimplePdf:
    def __init__(self, title, author="", font="Helvetica"):
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=A4, invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor(author)
        self.c.setCreator("Microsoft® Word for Microsoft 365")
        self.font = font
        self.y = A4[1] - 50
        self.texts = []

    def _need(self, h):
        if self.y - h < 50:
            self.c.showPage()
            self.y = A4[1] - 50

    def line(self, text, size=10, bold=False, x=50):
        self._need(size + 4)
        self.c.setFont(self.font + ("-Bold" if bold else ""), size)
        self.c.drawString(x, self.y, text)
        self.texts.append(text)
        self.y -= size + 5

    def para(self, text, size=10, width=495, x=50):
        lines = simpleSplit(text, self.font, size, width)
        self.texts.append(text)
        if len(lines) > 1:
            self.texts.append("\n".join(lines))
        for l in lines:
            self._need(size + 4)
            self.c.setFont(self.font, size)
            self.c.drawString(x, self.y, l)
            self.y -= size + 3
        self.y -= 4

    def row(self, label, value, size=10):
        self._need(size + 8)
        self.c.setFont(self.font + "-Bold", size)
        self.c.drawString(50, self.y, label)
        self.c.setFont(self.font, size)
        self.c.drawString(210, self.y, value)
        self.c.setLineWidth(0.4)
        self.c.rect(45, self.y - 4, 505, size + 8)
        self.texts += [label, value, label + " " + value]
        self.y -= size + 8

    def box(self, label, checked, size=10):
        self._need(size + 8)
        self.c.rect(52, self.y - 1, 10, 10)
        if checked:
            self.c.setFont("Helvetica-Bold", 10)
            self.c.drawString(54, self.y + 1, "X")
        self.c.setFont(self.font, size)
        self.c.drawString(70, self.y, label)
        self.texts.append(label)
        if checked:
            self.texts.append("X " + label)
        self.y -= size + 10

    def gap(self, h=8):
        self.y -= h

    def bytes(self):
        self.c.save()
        return self.buf.getvalue()
