"""Render a booking form described as blocks into Word, PDF or HTML, and list its texts.

Blocks: ("title", t) ("sub", t) ("h", t) ("kv", [(label, value), ...]) ("table", head, rows)
        ("p", t) ("tick", question, answer_text)
"""
from __future__ import annotations

from html import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from common import PdfWriter, docx_bytes


def texts(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k in ("title", "sub", "h", "p"):
            out.append(b[1])
        elif k == "kv":
            for l, v in b[1]:
                out += [l, v]
        elif k == "table":
            out += list(b[1])
            for r in b[2]:
                out += list(r)
                out.append(" ".join(r))
        elif k == "tick":
            out += [b[1], b[2]]
    return [t for t in out if t]


def _shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def to_docx(blocks, style="grid", font="Arial", shade="D9E2F3", author="Children's Services"):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(10)
    for b in blocks:
        k = b[0]
        if k == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(14)
        elif k == "sub":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b[1]); r.italic = True; r.font.size = Pt(9)
        elif k == "h":
            p = doc.add_paragraph()
            r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(11)
            r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        elif k == "p":
            doc.add_paragraph(b[1])
        elif k == "kv":
            if style == "grid":
                t = doc.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for l, v in b[1]:
                    cells = t.add_row().cells
                    cells[0].text = l
                    cells[0].paragraphs[0].runs[0].bold = True
                    _shade(cells[0], shade)
                    cells[1].text = v
            else:  # stacked: label line, value line
                for l, v in b[1]:
                    p = doc.add_paragraph()
                    r = p.add_run(l); r.bold = True
                    doc.add_paragraph(v)
            doc.add_paragraph("")
        elif k == "table":
            head, rows = b[1], b[2]
            t = doc.add_table(rows=1, cols=len(head))
            t.style = "Table Grid"
            for i, h in enumerate(head):
                t.rows[0].cells[i].text = h
                t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
                _shade(t.rows[0].cells[i], shade)
            for r in rows:
                cells = t.add_row().cells
                for i, v in enumerate(r):
                    cells[i].text = v
            doc.add_paragraph("")
        elif k == "tick":
            t = doc.add_table(rows=1, cols=2)
            t.style = "Table Grid"
            t.rows[0].cells[0].text = b[1]
            t.rows[0].cells[0].paragraphs[0].runs[0].bold = True
            _shade(t.rows[0].cells[0], shade)
            t.rows[0].cells[1].text = b[2]
            doc.add_paragraph("")
    return docx_bytes(doc, author)


def to_pdf(blocks, title, footer, lw=170):
    w = PdfWriter(title, footer)
    for b in blocks:
        k = b[0]
        if k == "title":
            w.title(b[1])
        elif k == "sub":
            w.lines(b[1], size=8.5)
            w.gap(6)
        elif k == "h":
            w.gap(6)
            w.band(b[1])
        elif k == "p":
            w.lines(b[1])
            w.gap(6)
        elif k == "kv":
            for l, v in b[1]:
                w.kv(l, v, lw)
        elif k == "table":
            n = len(b[1])
            total = w.x1 - w.x0
            widths = b[3] if len(b) > 3 else [total / n] * n
            w.grid(b[1], b[2], widths)
        elif k == "tick":
            w.kv(b[1], b[2], lw)
    return w.bytes()


def to_html(blocks, label_bg="#E7E6E6"):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append(f"<p style=\"font-size:14pt;font-weight:bold\">{escape(b[1])}</p>")
        elif k == "sub":
            out.append(f"<p style=\"font-size:9pt;color:#595959\"><i>{escape(b[1])}</i></p>")
        elif k == "h":
            out.append(f"<p style=\"font-weight:bold;color:#1F3864;margin-top:10pt\">{escape(b[1])}</p>")
        elif k == "p":
            out.append("<p class=\"MsoNormal\">" + "<br>".join(escape(x) for x in b[1].split("\n")) + "</p>")
        elif k == "kv":
            rows = "".join(f"<tr><td style=\"background:{label_bg};padding:3px 6px;border:1px solid #999\"><b>{escape(l)}</b></td>"
                           f"<td style=\"padding:3px 6px;border:1px solid #999\">{escape(v)}</td></tr>" for l, v in b[1])
            out.append(f"<table style=\"border-collapse:collapse\" cellspacing=\"0\">{rows}</table><p class=\"MsoNormal\">&nbsp;</p>")
        elif k == "table":
            hr = "".join(f"<th style=\"background:{label_bg};border:1px solid #999;padding:3px 6px\">{escape(h)}</th>" for h in b[1])
            rr = "".join("<tr>" + "".join(f"<td style=\"border:1px solid #999;padding:3px 6px\">{escape(v)}</td>" for v in r) + "</tr>" for r in b[2])
            out.append(f"<table style=\"border-collapse:collapse\" cellspacing=\"0\"><tr>{hr}</tr>{rr}</table><p class=\"MsoNormal\">&nbsp;</p>")
        elif k == "tick":
            out.append(f"<table style=\"border-collapse:collapse\"><tr><td style=\"background:{label_bg};border:1px solid #999;padding:3px 6px\"><b>{escape(b[1])}</b></td>"
                       f"<td style=\"border:1px solid #999;padding:3px 6px\">{escape(b[2])}</td></tr></table>")
    return "".join(out)


def to_text(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k in ("title", "sub"):
            out.append(b[1])
        elif k == "h":
            out.append("")
            out.append(b[1].upper())
        elif k == "p":
            out.append(b[1])
        elif k == "kv":
            wl = max(len(l) for l, _ in b[1]) + 2
            for l, v in b[1]:
                out.append(f"{(l + ':').ljust(wl)} {v}")
        elif k == "table":
            out.append(" | ".join(b[1]))
            for r in b[2]:
                out.append(" | ".join(r))
        elif k == "tick":
            out.append(f"{b[1]} {b[2]}")
    return "\n".join(out)
