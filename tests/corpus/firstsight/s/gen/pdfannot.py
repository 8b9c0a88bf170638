"""Printed (non-AcroForm) forms answered with PDF annotations or misaligned overlay text."""
from __future__ import annotations

import io
import textwrap

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (ArrayObject, DecodedStreamObject, DictionaryObject, FloatObject, NameObject,
                           NumberObject, TextStringObject)
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

W, H = A4


def _esc(s: str) -> str:
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _wrap(text: str, width=92):
    out = []
    for para in text.split("\n"):
        out += textwrap.wrap(para, width, break_on_hyphens=False) or [""]
    return out


class Form:
    def __init__(self, spec):
        self.spec = spec
        self.texts: list[str] = []          # printed strings
        self.answers: list[tuple] = []      # (page, x, y, lines, kind)
        self.marks: list[tuple] = []        # (page, box_x, box_y, style)
        self.boxes: list[tuple] = []

    def render(self) -> tuple[bytes, list[str]]:
        sp = self.spec
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=A4, invariant=1)
        c.setTitle(sp.get("doc_title", "Form"))
        c.setAuthor(sp.get("doc_author", "Business Support"))
        page = 0
        y = H - 50
        lab_w = sp.get("label_width", 170)

        def say(x, yy, s, font="Helvetica", size=9):
            c.setFont(font, size)
            c.drawString(x, yy, s)
            self.texts.append(s)

        for i, line in enumerate(sp["title"]):
            say(50, y, line, "Helvetica-Bold" if i == 0 else "Helvetica", 13 if i == 0 else 9)
            y -= 18 if i == 0 else 13
        y -= 8
        for sec in sp["sections"]:
            need = 40 if sec[0] != "para" else 30 + 11 * sec[2]
            if y - need < 60:
                c.showPage()
                page += 1
                y = H - 50
            kind = sec[0]
            if kind == "heading":
                c.setFillGray(0.85)
                c.rect(45, y - 4, W - 90, 15, stroke=0, fill=1)
                c.setFillGray(0)
                say(50, y, sec[1], "Helvetica-Bold", 10)
                y -= 22
            elif kind == "printed":
                for ln in _wrap(sec[1], 100):
                    say(50, y, ln, "Helvetica", 8.5)
                    y -= 11
                y -= 6
            elif kind == "field":
                _, label, answer = sec[:3]
                say(50, y, label, "Helvetica", 9)
                c.setLineWidth(0.4)
                c.line(50 + lab_w, y - 3, W - 50, y - 3)
                if answer:
                    self.answers.append((page, 52 + lab_w, y, [answer]))
                y -= 20
            elif kind == "para":
                _, label, nlines, answer = sec
                say(50, y, label, "Helvetica-Bold", 9)
                y -= 6
                c.setLineWidth(0.6)
                c.rect(50, y - 11 * nlines - 6, W - 100, 11 * nlines + 4)
                if answer:
                    self.answers.append((page, 55, y - 12, _wrap(answer)))
                y -= 11 * nlines + 20
            elif kind == "ticks":
                _, prompt, options, style = sec
                say(50, y, prompt, "Helvetica-Bold", 9)
                y -= 16
                x = 60
                for label, marked in options:
                    c.setLineWidth(0.8)
                    c.rect(x, y - 2, 10, 10)
                    self.boxes.append((page, x, y - 2, label))
                    say(x + 16, y, label, "Helvetica", 9)
                    if marked:
                        self.marks.append((page, x, y - 2, style))
                    if sp.get("ticks_vertical"):
                        y -= 16
                    else:
                        x += 60 + c.stringWidth(label, "Helvetica", 9)
                y -= 22 if not sp.get("ticks_vertical") else 6
        c.showPage()
        c.save()
        base = buf.getvalue()
        return self._annotate(base), self.texts

    # -- answers ---------------------------------------------------------------
    def _annotate(self, base: bytes) -> bytes:
        sp = self.spec
        mode = sp.get("answer_mode", "freetext")
        dx, dy = sp.get("offset", (0, 0))
        reader = PdfReader(io.BytesIO(base))
        writer = PdfWriter(clone_from=reader)
        writer._ID = None
        overlays = {}
        if mode == "overlay" or any(m[3] == "overlay_x" for m in self.marks):
            obuf = io.BytesIO()
            oc = canvas.Canvas(obuf, pagesize=A4, invariant=1)
            npages = len(reader.pages)
            for p in range(npages):
                if mode == "overlay":
                    for (pg, x, y, lines) in self.answers:
                        if pg != p:
                            continue
                        oc.setFont("Courier", 9)
                        for k, ln in enumerate(lines):
                            oc.drawString(x + dx, y + dy - 11 * k, ln)
                for (pg, bx, by, style) in self.marks:
                    if pg == p and style == "overlay_x":
                        oc.setFont("Helvetica-Bold", 14)
                        oc.drawString(bx + 1 + dx / 3, by - 1 + dy / 3, "X")
                oc.showPage()
            oc.save()
            ov = PdfReader(io.BytesIO(obuf.getvalue()))
            for p in range(npages):
                writer.pages[p].merge_page(ov.pages[p])
        font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                                 NameObject("/BaseFont"): NameObject("/Helvetica"),
                                 NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})
        font_ref = writer._add_object(font)
        author = sp.get("annot_author", "Social Worker")
        stamp_time = sp.get("annot_date", "D:20261201093000Z")
        if mode == "freetext":
            for (pg, x, y, lines) in self.answers:
                w = max(len(l) for l in lines) * 4.9 + 8
                h = 11 * len(lines) + 4
                rx, ry = x + dx, y + dy - 11 * (len(lines) - 1) - 3
                content = "\n".join(lines)
                ops = "/Tx BMC BT /Helv 9 Tf 0 0 0.6 rg 2 " + str(h - 10) + " Td 11 TL " + \
                      " ".join(f"({_esc(l)}) Tj T*" for l in lines) + " ET EMC"
                self._add_annot(writer, pg, "/FreeText", [rx, ry, rx + w, ry + h], ops, font_ref,
                                content=content, author=author, date=stamp_time,
                                extra={"/DA": TextStringObject("/Helv 9 Tf 0 0 0.6 rg")})
        for (pg, bx, by, style) in self.marks:
            cx, cy = bx + 1 + dx / 3, by + 1 + dy / 3
            if style == "ink":
                pts = [cx - 1, cy + 5, cx + 3, cy, cx + 13, cy + 13]
                ops = "0 0 0.8 RG 1.6 w 1 J 1 j {} {} m {} {} l {} {} l S".format(
                    *[round(v - (cx - 3) if i % 2 == 0 else v - (cy - 3), 2) for i, v in enumerate(pts)])
                self._add_annot(writer, pg, "/Ink", [cx - 3, cy - 3, cx + 15, cy + 15], ops, font_ref,
                                author=author, date=stamp_time,
                                extra={"/InkList": ArrayObject([ArrayObject([FloatObject(v) for v in pts])])})
            elif style == "stamp":
                ops = "0 0.45 0 RG 2.2 w 1 J 1 j 2 8 m 6 3 l 14 15 l S"
                self._add_annot(writer, pg, "/Stamp", [cx - 2, cy - 2, cx + 14, cy + 16], ops, font_ref,
                                author=author, date=stamp_time, content="Checkmark",
                                extra={"/Name": NameObject("/Checkmark")})
            elif style == "ft_x":
                ops = "/Tx BMC BT /Helv 12 Tf 0 0 0 rg 1 2 Td (X) Tj ET EMC"
                self._add_annot(writer, pg, "/FreeText", [cx - 1, cy - 2, cx + 10, cy + 12], ops, font_ref,
                                content="X", author=author, date=stamp_time,
                                extra={"/DA": TextStringObject("/Helv 12 Tf 0 g")})
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()

    @staticmethod
    def _add_annot(writer, pg, subtype, rect, ops, font_ref, content=None, author="", date="", extra=None):
        w, h = rect[2] - rect[0], rect[3] - rect[1]
        ap = DecodedStreamObject()
        ap.set_data(ops.encode("latin-1"))
        ap.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
                   NameObject("/BBox"): ArrayObject([FloatObject(0), FloatObject(0), FloatObject(w), FloatObject(h)]),
                   NameObject("/Resources"): DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/Helv"): font_ref})})})
        ap_ref = writer._add_object(ap)
        d = DictionaryObject({
            NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject(subtype),
            NameObject("/Rect"): ArrayObject([FloatObject(round(v, 2)) for v in rect]),
            NameObject("/F"): NumberObject(4),
            NameObject("/T"): TextStringObject(author), NameObject("/M"): TextStringObject(date),
            NameObject("/CreationDate"): TextStringObject(date),
            NameObject("/AP"): DictionaryObject({NameObject("/N"): ap_ref}),
        })
        if content is not None:
            d[NameObject("/Contents")] = TextStringObject(content)
        for k, v in (extra or {}).items():
            d[NameObject(k)] = v
        page = writer.pages[pg]
        ref = writer._add_object(d)
        if "/Annots" not in page:
            page[NameObject("/Annots")] = ArrayObject()
        page["/Annots"].append(ref)


def render(spec):
    f = Form(spec)
    pdf, texts = f.render()
    answers = []
    for (_, _, _, lines) in f.answers:
        answers += lines
        if len(lines) > 1:
            answers.append(" ".join(lines))
    return pdf, texts + answers
