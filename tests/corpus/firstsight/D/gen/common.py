"""Shared helpers for set D: working days, form renderers (plain, HTML, .docx, PDF), e-mail assembly.

Every renderer takes the same list of *blocks* and returns (bytes_or_text, source_texts):
  ("title", text) ("sub", text) ("h", text) ("p", text) ("kv", [(k, v), ...])
  ("table", [header, ...] or None, [[cell, ...], ...]) ("ticks", label, [(option, state), ...])
  ("bullets", [text, ...])
A tick state is True (marked), False (empty).  Glyphs: ☒ marked, ☐ empty.
"""
from __future__ import annotations

import base64
import datetime as dt
import html
import io
import re
import zipfile
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")
BANK_HOLIDAYS = {dt.date(2026, 12, 25), dt.date(2026, 12, 28), dt.date(2027, 1, 1),
                 dt.date(2026, 8, 31), dt.date(2027, 3, 26), dt.date(2027, 3, 29)}
MARK, EMPTY = "\u2612", "\u2610"


# ---------------------------------------------------------------- working days
def is_wd(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in BANK_HOLIDAYS


def back_wd(day: dt.date, n: int) -> dt.date:
    while n:
        day -= dt.timedelta(days=1)
        if is_wd(day):
            n -= 1
    return day


def wd_between(received: dt.date, conf: dt.date) -> int:
    n, day = 0, received
    while day < conf:
        day += dt.timedelta(days=1)
        if is_wd(day):
            n += 1
    return n


# ---------------------------------------------------------------- plain text
def to_plain(blocks) -> tuple[str, list[str]]:
    out, src = [], []
    for b in blocks:
        k = b[0]
        if k == "title":
            out += [b[1].upper(), "=" * len(b[1]), ""]
            src.append(b[1].upper())
        elif k == "sub":
            out += [b[1], ""]
            src.append(b[1])
        elif k == "h":
            out += ["", b[1], "-" * len(b[1])]
            src.append(b[1])
        elif k == "p":
            out += [b[1], ""]
            src.append(b[1])
        elif k == "kv":
            width = max(len(x) for x, _ in b[1]) + 2
            for key, val in b[1]:
                line = f"{key + ':':<{width}}{val}"
                out.append(line)
                src.append(line)
            out.append("")
        elif k == "table":
            head, rows = b[1], b[2]
            if head:
                line = " | ".join(head)
                out += [line, "-" * len(line)]
                src.append(line)
            for r in rows:
                line = " | ".join(r)
                out.append(line)
                src.append(line)
            out.append("")
        elif k == "ticks":
            line = b[1] + ": " + "   ".join(("[X] " if s else "[ ] ") + o for o, s in b[2])
            out += [line, ""]
            src.append(line)
        elif k == "bullets":
            for t in b[1]:
                out.append("- " + t)
                src.append(t)
            out.append("")
    return "\n".join(out).rstrip() + "\n", src


# ---------------------------------------------------------------- HTML
def to_html(blocks, style="case") -> tuple[str, list[str]]:
    e = html.escape
    parts, src = [], []
    font = "font-family:Calibri,Arial,sans-serif;font-size:11pt"
    for b in blocks:
        k = b[0]
        if k == "title":
            parts.append(f'<h2 style="color:#1f3864;margin:6px 0">{e(b[1])}</h2>')
            src.append(b[1])
        elif k == "sub":
            parts.append(f'<p style="color:#555"><i>{e(b[1])}</i></p>')
            src.append(b[1])
        elif k == "h":
            parts.append(f'<h3 style="background:#dde6f0;padding:3px">{e(b[1])}</h3>')
            src.append(b[1])
        elif k == "p":
            parts.append(f"<p>{e(b[1])}</p>")
            src.append(b[1])
        elif k == "kv":
            rows = "".join(f'<tr><td style="background:#f2f2f2;width:35%"><b>{e(x)}</b></td><td>{e(y)}</td></tr>'
                           for x, y in b[1])
            parts.append(f'<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">{rows}</table>')
            for x, y in b[1]:
                src += [x, y]
        elif k == "table":
            head, rows = b[1], b[2]
            h = "".join(f"<th>{e(c)}</th>" for c in head) if head else ""
            body = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows)
            parts.append(f'<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">'
                         f'{"<tr>" + h + "</tr>" if h else ""}{body}</table>')
            src += list(head or [])
            for r in rows:
                src += list(r)
        elif k == "ticks":
            opts = " &nbsp; ".join(f'{MARK if s else EMPTY} {e(o)}' for o, s in b[2])
            parts.append(f"<p><b>{e(b[1])}:</b> {opts}</p>")
            src.append(b[1])
            src += [o for o, _ in b[2]]
        elif k == "bullets":
            parts.append("<ul>" + "".join(f"<li>{e(t)}</li>" for t in b[1]) + "</ul>")
            src += list(b[1])
    doc = (f'<html><head><meta charset="utf-8"></head><body style="{font}">' + "\n".join(parts) + "</body></html>")
    return doc, src


# ---------------------------------------------------------------- .docx
FIXED_ZIP_TIME = (2026, 11, 2, 9, 0, 0)


def _fix_zip(raw: bytes) -> bytes:
    zin = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"<dcterms:(created|modified)([^>]*)>[^<]*<",
                              rb"<dcterms:\1\2>2026-11-02T09:00:00Z<", data)
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    return out.getvalue()


def to_docx(blocks, author="Children's Services", shade="D9E2F3") -> tuple[bytes, list[str]]:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = docx.Document()
    doc.core_properties.author = author
    doc.core_properties.title = ""
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    src = []

    def shade_cell(cell):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), shade)
        tcPr.append(shd)

    for b in blocks:
        k = b[0]
        if k == "title":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(14)
            src.append(b[1])
        elif k == "sub":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.italic = True
            src.append(b[1])
        elif k == "h":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(11)
            src.append(b[1])
        elif k == "p":
            doc.add_paragraph(b[1])
            src.append(b[1])
        elif k == "kv":
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for x, y in b[1]:
                cells = t.add_row().cells
                cells[0].text = x
                cells[1].text = y
                shade_cell(cells[0])
                src += [x, y]
            doc.add_paragraph("")
        elif k == "table":
            head, rows = b[1], b[2]
            ncol = len(head) if head else len(rows[0])
            t = doc.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            if head:
                cells = t.add_row().cells
                for c, v in zip(cells, head):
                    c.text = v
                    shade_cell(c)
                src += list(head)
            for r in rows:
                cells = t.add_row().cells
                for c, v in zip(cells, r):
                    c.text = v
                src += list(r)
            doc.add_paragraph("")
        elif k == "ticks":
            p = doc.add_paragraph()
            p.add_run(b[1] + ": ").bold = True
            for o, s in b[2]:
                p.add_run((MARK if s else EMPTY) + " ").font.name = "MS Gothic"
                p.add_run(o + "    ")
            src.append(b[1])
            src += [o for o, _ in b[2]]
        elif k == "bullets":
            for t_ in b[1]:
                doc.add_paragraph(t_, style="List Bullet")
                src.append(t_)
    buf = io.BytesIO()
    doc.save(buf)
    return _fix_zip(buf.getvalue()), src


# ---------------------------------------------------------------- PDF
_FONTS_DONE = False


def _fonts():
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    _FONTS_DONE = True


def _wrap(text, font, size, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        cand = (cur + " " + w).strip()
        if stringWidth(cand, font, size) <= width or not cur:
            cur = cand
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def to_pdf(blocks, header="", footer="", title="Form") -> tuple[bytes, list[str]]:
    """A4 form: boxed key/value rows, ruled tables with single-line cells, wrapped paragraphs."""
    _fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("Children's Services")
    W, H = A4
    L, R = 50, W - 50
    src = []
    state = {"y": H - 60, "page": 1}

    def chrome():
        c.setFont("DV", 7.5)
        if header:
            c.drawString(L, H - 30, header)
        c.drawRightString(R, 25, f"{footer}   Page {state['page']}")

    def need(h):
        if state["y"] - h < 50:
            chrome()
            c.showPage()
            state["page"] += 1
            state["y"] = H - 60

    for b in blocks:
        k = b[0]
        if k == "title":
            need(30)
            c.setFont("DVB", 14)
            c.drawString(L, state["y"], b[1])
            state["y"] -= 22
            src.append(b[1])
        elif k == "sub":
            need(16)
            c.setFont("DV", 9)
            c.drawString(L, state["y"], b[1])
            state["y"] -= 16
            src.append(b[1])
        elif k == "h":
            need(26)
            state["y"] -= 6
            c.setFillGray(0.85)
            c.rect(L, state["y"] - 4, R - L, 15, fill=1, stroke=0)
            c.setFillGray(0)
            c.setFont("DVB", 10)
            c.drawString(L + 3, state["y"], b[1])
            state["y"] -= 20
            src.append(b[1])
        elif k == "p":
            lines = _wrap(b[1], "DV", 9.5, R - L)
            for ln in lines:
                need(13)
                c.setFont("DV", 9.5)
                c.drawString(L, state["y"], ln)
                state["y"] -= 13
            state["y"] -= 5
            src.append(b[1])
        elif k == "kv":
            for x, y in b[1]:
                vlines = _wrap(y, "DV", 9.5, (R - L) * 0.62 - 8) or [""]
                h = 14 * len(vlines) + 4
                need(h)
                top = state["y"] + 11
                c.rect(L, top - h, R - L, h)
                c.line(L + (R - L) * 0.38, top, L + (R - L) * 0.38, top - h)
                c.setFont("DVB", 9)
                c.drawString(L + 4, state["y"], x)
                c.setFont("DV", 9.5)
                for i, ln in enumerate(vlines):
                    c.drawString(L + (R - L) * 0.38 + 4, state["y"] - 14 * i, ln)
                state["y"] -= h
                src += [x, y]
            state["y"] -= 8
        elif k == "table":
            from reportlab.pdfbase.pdfmetrics import stringWidth
            head, rows = b[1], b[2]
            allrows = ([head] if head else []) + rows
            ncol = len(allrows[0])
            nat = [max(stringWidth(r[i], "DVB", 8.5) for r in allrows) + 8 for i in range(ncol)]
            avail = R - L
            if sum(nat) <= avail:
                widths = [w * avail / sum(nat) for w in nat]
            else:
                widths = list(nat)
                while sum(widths) > avail:
                    j = widths.index(max(widths))
                    widths[j] -= 2
            for ri, r in enumerate(allrows):
                bold = head is not None and ri == 0
                font = "DVB" if bold else "DV"
                cells = [_wrap(cell, font, 8.5, wcol - 6) or [""] for wcol, cell in zip(widths, r)]
                h = 11 * max(len(x) for x in cells) + 5
                need(h)
                top = state["y"] + 11
                x = L
                for wcol, lines in zip(widths, cells):
                    c.rect(x, top - h, wcol, h)
                    c.setFont(font, 8.5)
                    for i, ln in enumerate(lines):
                        c.drawString(x + 3, state["y"] - 1 - 11 * i, ln)
                    x += wcol
                state["y"] -= h
                src += list(r)
            state["y"] -= 10
        elif k == "ticks":
            need(18)
            c.setFont("DVB", 9.5)
            c.drawString(L, state["y"], b[1] + ":")
            from reportlab.pdfbase.pdfmetrics import stringWidth
            x = L + stringWidth(b[1] + ":", "DVB", 9.5) + 10
            for o, s in b[2]:
                c.setFont("DV", 11)
                c.drawString(x, state["y"], MARK if s else EMPTY)
                c.setFont("DV", 9.5)
                c.drawString(x + 14, state["y"], o)
                x += 14 + stringWidth(o, "DV", 9.5) + 18
            state["y"] -= 20
            src.append(b[1])
            src += [o for o, _ in b[2]]
        elif k == "bullets":
            for t in b[1]:
                lines = _wrap(t, "DV", 9.5, R - L - 14)
                for i, ln in enumerate(lines):
                    need(13)
                    c.setFont("DV", 9.5)
                    if i == 0:
                        c.drawString(L + 2, state["y"], "\u2022")
                    c.drawString(L + 14, state["y"], ln)
                    state["y"] -= 13
                src.append(t)
            state["y"] -= 5
    chrome()
    c.showPage()
    c.save()
    return buf.getvalue(), src


def html_to_text(doc: str) -> str:
    doc = re.sub(r"(?is)<(script|style).*?</\1>", " ", doc)
    doc = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</h\d>|</li>", "\n", doc)
    doc = re.sub(r"(?i)</td>|</th>", " ", doc)
    doc = re.sub(r"<[^>]+>", "", doc)
    return html.unescape(doc)
