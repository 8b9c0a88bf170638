"""PDF booking forms: AcroForm (text fields, check boxes with custom on-states, radio groups) or flattened (layout 32)."""
from __future__ import annotations

import io
import textwrap

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject
from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))

W, H = A4
LM = 40
LW = 175  # label column width


class Form:
    """items: ('title', text) ('section', text) ('field', label, name, value, lines)
    ('check', label, name, checked, on_state) ('radio', label, group, [(option_label, export)], selected_export)
    ('para', text)"""

    def __init__(self, items, flattened=False, header=None, footer=None):
        self.items, self.flat, self.header, self.footer = items, flattened, header, footer
        self.onmap = {}

    def build(self):
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=A4)
        c.setTitle("Child Protection Conference Booking Form")
        y = H - 40
        page = 1

        def newpage():
            nonlocal y, page
            self._foot(c, page)
            c.showPage()
            page += 1
            y = H - 40

        if self.header:
            c.setFont("DejaVu", 8)
            c.drawRightString(W - LM, H - 25, self.header)
        for it in self.items:
            kind = it[0]
            need = 22
            if kind == "field":
                need = 14 * max(1, it[4]) + 10
            if kind == "para":
                need = 12 * len(textwrap.wrap(it[1], 100, break_on_hyphens=False)) + 8
            if y - need < 60:
                newpage()
            if kind == "title":
                c.setFont("DejaVu-Bold", 13)
                c.drawString(LM, y, it[1])
                y -= 22
            elif kind == "section":
                c.setFillColor(HexColor("#2F5496"))
                c.rect(LM, y - 5, W - 2 * LM, 16, fill=1, stroke=0)
                c.setFillColor(white)
                c.setFont("DejaVu-Bold", 9.5)
                c.drawString(LM + 4, y, it[1])
                c.setFillColor(black)
                y -= 22
            elif kind == "para":
                c.setFont("DejaVu", 8.5)
                for ln in textwrap.wrap(it[1], 100, break_on_hyphens=False):
                    c.drawString(LM, y, ln)
                    y -= 12
                y -= 6
            elif kind == "field":
                _, lab, fname, value, lines = it
                h = 14 * max(1, lines)
                c.setFont("DejaVu", 8.5)
                c.drawString(LM, y, lab)
                fx, fw = LM + LW, W - 2 * LM - LW
                if self.flat:
                    c.setStrokeColor(HexColor("#999999"))
                    c.rect(fx, y - h + 10, fw, h, stroke=1, fill=0)
                    c.setFont("DejaVu", 8.5)
                    yy = y
                    for ln in (textwrap.wrap(value, 78, break_on_hyphens=False) if value else []):
                        c.drawString(fx + 3, yy, ln)
                        yy -= 12
                else:
                    c.acroForm.textfield(name=fname, value=value, x=fx, y=y - h + 10, width=fw, height=h,
                                         fontName="Helvetica", fontSize=8 if lines > 1 else 9, borderWidth=0.5,
                                         borderColor=HexColor("#999999"), fillColor=HexColor("#F2F6FC"),
                                         fieldFlags="multiline" if lines > 1 else "", tooltip=lab)
                y -= h + 8
            elif kind == "check":
                _, lab, fname, checked, on = it
                c.setFont("DejaVu", 9)
                if self.flat:
                    c.rect(LM, y - 2, 10, 10, stroke=1, fill=0)
                    if checked:
                        c.setFont("DejaVu-Bold", 9)
                        c.drawString(LM + 1.5, y - 0.5, "X")
                        c.setFont("DejaVu", 9)
                else:
                    c.acroForm.checkbox(name=fname, x=LM, y=y - 3, size=11, checked=checked, buttonStyle="cross",
                                        borderWidth=0.8, tooltip=lab)
                    self.onmap[fname] = on
                c.drawString(LM + 18, y, lab)
                y -= 18
            elif kind == "radio":
                _, lab, group, options, sel = it
                c.setFont("DejaVu", 9)
                c.drawString(LM, y, lab)
                x = LM + LW
                for olab, exp in options:
                    if self.flat:
                        c.circle(x + 5, y + 3, 5, stroke=1, fill=0)
                        if exp == sel:
                            c.circle(x + 5, y + 3, 2.5, stroke=0, fill=1)
                    else:
                        c.acroForm.radio(name=group, value=exp, selected=(exp == sel), x=x, y=y - 2, size=10,
                                         buttonStyle="circle", borderWidth=0.8, tooltip=olab)
                    c.drawString(x + 14, y, olab)
                    x += 18 + pdfmetrics.stringWidth(olab, "DejaVu", 9) + 14
                y -= 18
        self._foot(c, page)
        c.save()
        data = buf.getvalue()
        if not self.flat and self.onmap:
            data = rename_on_states(data, self.onmap)
        return data

    def _foot(self, c, page):
        c.setFont("DejaVu", 7)
        if self.footer:
            c.drawString(LM, 30, self.footer)
        c.drawRightString(W - LM, 30, f"Page {page}")


def rename_on_states(data, onmap):
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    for page in w.pages:
        for a in page.get("/Annots", []) or []:
            a = a.get_object()
            nm = a.get("/T")
            if nm not in onmap:
                continue
            new = NameObject("/" + onmap[nm])
            ap = a["/AP"]
            for key in ("/N", "/D"):
                if key in ap:
                    d = ap[key].get_object()
                    for k in list(d.keys()):
                        if k != "/Off":
                            d[new] = d[k]
                            del d[k]
            if a.get("/AS") not in (None, "/Off"):
                a[NameObject("/AS")] = new
            if a.get("/V") not in (None, "/Off"):
                a[NameObject("/V")] = new
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def form_texts(items):
    xs = []
    for it in items:
        k = it[0]
        if k in ("title", "section", "para"):
            xs.append(it[1])
        elif k == "field":
            xs += [it[1], it[3]]
        elif k == "check":
            xs.append(it[1])
        elif k == "radio":
            xs.append(it[1])
            xs += [o for o, _ in it[3]]
    return xs
