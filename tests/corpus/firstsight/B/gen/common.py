"""Shared helpers for set B: dates, .eml writing, .docx and .pdf builders (deterministic)."""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html as htmlmod
import io
import quopri
import re
import zipfile
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")
BANK_HOLIDAYS = {dt.date(2026, 12, 25), dt.date(2026, 12, 28), dt.date(2027, 1, 1),
                 dt.date(2026, 8, 31), dt.date(2027, 3, 26), dt.date(2027, 3, 29)}
FIXED = dt.datetime(2026, 11, 1, 9, 0, 0)


def is_wd(d: dt.date) -> bool:
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def wd_before(d: dt.date, n: int) -> dt.date:
    while n:
        d -= dt.timedelta(days=1)
        if is_wd(d):
            n -= 1
    return d


def notice_days(received: dt.date, conf: dt.date) -> int:
    n, d = 0, received
    while d < conf:
        d += dt.timedelta(days=1)
        if is_wd(d):
            n += 1
    return n


def rfc2822(t: dt.datetime) -> str:
    return t.strftime("%a, %d %b %Y %H:%M:%S +0000")


def h(s: str) -> str:
    return hashlib.sha1(s.encode()).hexdigest()


def qp(text: str) -> str:
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data: bytes) -> str:
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def html_to_text(src: str) -> str:
    s = re.sub(r"(?is)<(script|style).*?</\1>", " ", src)
    s = re.sub(r"(?i)<br\s*/?>", "\n", s)
    s = re.sub(r"(?i)</(p|div|li|tr|h\d|table|ul|ol|dd|dt)>", "\n", s)
    s = re.sub(r"(?i)</t[dh]>", " ", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = htmlmod.unescape(s)
    s = re.sub(r"[ \t\u00a0]+", " ", s)
    return re.sub(r"\n\s*\n+", "\n", s).strip()


# ---------------------------------------------------------------- eml
def text_part(body: str, subtype: str = "plain") -> str:
    return (f'Content-Type: text/{subtype}; charset="utf-8"\n'
            "Content-Transfer-Encoding: quoted-printable\n\n" + qp(body) + "\n")


def attach_part(filename: str, mime: str, data: bytes) -> str:
    return (f'Content-Type: {mime}; name="{filename}"\n'
            "Content-Transfer-Encoding: base64\n"
            f'Content-Disposition: attachment; filename="{filename}"\n\n' + b64(data) + "\n")


def multipart(subtype: str, parts: list[str], boundary: str) -> str:
    out = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'
    for p in parts:
        out += f"--{boundary}\n{p}\n"
    return out + f"--{boundary}--\n"


def enc_header(s: str) -> str:
    if s.isascii():
        return s
    from email.header import Header
    return Header(s, "utf-8").encode()


def build_eml(c: dict, attachments: list[tuple[str, str, bytes]]) -> bytes:
    cid = c["id"]
    dom = c["sender_domain"]
    rx: dt.datetime = c["received"]
    sent = rx - dt.timedelta(minutes=c.get("delay_min", 3), seconds=17)
    relay = rx - dt.timedelta(minutes=1, seconds=5)
    ip = 100 + int(h(cid)[:2], 16) % 150
    heads = [
        f"Received: from mail1.{dom} (mail1.{dom} [198.51.100.{ip}])\n by mx1.westyorkshire.police.uk"
        f" with ESMTPS id {h(cid)[:10].upper()};\n {rfc2822(rx)}",
        f"Received: from EXCH0{ip % 7 + 1}.corp.local (10.{ip % 90}.{ip % 200}.{ip % 30 + 2}) by mail1.{dom}\n"
        f" with Microsoft SMTP Server; {rfc2822(relay)}",
        f"Authentication-Results: mx1.westyorkshire.police.uk; dkim=pass\n header.d={dom};"
        f" spf=pass smtp.mailfrom={dom};\n dmarc=pass (p=QUARANTINE) header.from={dom}",
        f"Message-ID: <{h(cid + 'mid')[:24]}@{dom}>",
        f"Date: {rfc2822(sent)}",
        f"From: {c['sender_name']} <{c['sender_addr']}>",
        f"To: {c['to']}",
        f"Subject: {enc_header(c['subject'])}",
        "MIME-Version: 1.0",
        "X-Mailer: Microsoft Outlook 16.0",
    ]
    if c.get("marking"):
        heads.append(f"X-Protective-Marking: VER=2012, NS=gov.uk, SEC={c['marking']}")
    bnd = "----=_B_" + h(cid + "b")[:20]
    alt = "----=_B_alt_" + h(cid + "a")[:16]
    if c.get("body_html"):
        body = multipart("alternative", [text_part(c["body_plain"]), text_part(c["body_html"], "html")], alt)
    else:
        body = text_part(c["body_plain"])
    if attachments:
        parts = [body] + [attach_part(fn, mt, data) for fn, mt, data in attachments]
        body = multipart("mixed", parts, bnd)
    return ("\n".join(heads) + "\n" + body).encode("utf-8")


# ---------------------------------------------------------------- docx
def fix_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps and order so two builds are byte-identical."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in src.namelist():
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(name))
    return out.getvalue()


def build_docx(blocks: list, author: str = "Business Support") -> tuple[bytes, list[str]]:
    """blocks: ('h', text) | ('p', text) | ('runs', [(text, style dict)]) | ('table', [[cell]]),
    a cell is a str or a list of (text, style). Returns (bytes, texts)."""
    from docx import Document
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_COLOR_INDEX

    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    texts: list[str] = []

    def add_runs(par, runs):
        for text, st in runs:
            r = par.add_run(text)
            if st.get("bold"):
                r.bold = True
            if st.get("italic"):
                r.italic = True
            if st.get("strike"):
                r.font.strike = True
            if st.get("font"):
                r.font.name = st["font"]
            if st.get("size"):
                r.font.size = Pt(st["size"])
            if st.get("color"):
                r.font.color.rgb = RGBColor.from_string(st["color"])
            if st.get("underline"):
                r.underline = True

    for b in blocks:
        kind = b[0]
        if kind == "h":
            doc.add_heading(b[1], level=b[2] if len(b) > 2 else 1)
            texts.append(b[1])
        elif kind == "p":
            doc.add_paragraph(b[1])
            texts.append(b[1])
        elif kind == "runs":
            par = doc.add_paragraph()
            add_runs(par, b[1])
            texts.append("".join(t for t, _ in b[1]))
        elif kind == "table":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                rowtexts = []
                for j, cell in enumerate(row):
                    par = t.cell(i, j).paragraphs[0]
                    if isinstance(cell, str):
                        par.add_run(cell)
                        txt = cell
                    else:
                        add_runs(par, cell)
                        txt = "".join(x for x, _ in cell)
                    if txt:
                        texts.append(txt)
                        rowtexts.append(txt)
                if rowtexts:
                    texts.append(" ".join(rowtexts))
    buf = io.BytesIO()
    doc.save(buf)
    return fix_zip(buf.getvalue()), texts


# ---------------------------------------------------------------- pdf
def build_pdf(blocks: list, title: str = "form") -> tuple[bytes, list[str]]:
    """blocks: ('title', t) | ('h', t) | ('p', t) | ('kv', label, value) |
    ('opt', text, mark) mark in None/'circle'/'box'/'boxX' plus optional hand note |
    ('hand', text) | ('box', title, [lines]) | ('gap', pts) | ('page',)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import simpleSplit

    base = "/usr/share/fonts/truetype/dejavu/"
    for name, f in [("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"),
                    ("HAND", "DejaVuSerif-Italic.ttf")]:
        try:
            pdfmetrics.getFont(name)
        except KeyError:
            pdfmetrics.registerFont(TTFont(name, base + f))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("Business Support")
    W, H = A4
    x0, y = 50, H - 55
    texts: list[str] = []

    def need(hgt):
        nonlocal y
        if y - hgt < 50:
            c.showPage()
            y = H - 55

    def hand(text, x, yy, angle=-3, size=12):
        c.saveState()
        c.setFillColorRGB(0.1, 0.2, 0.65)
        c.translate(x, yy)
        c.rotate(angle)
        c.setFont("HAND", size)
        c.drawString(0, 0, text)
        c.restoreState()

    for b in blocks:
        k = b[0]
        if k == "title":
            need(30)
            c.setFont("DVB", 14)
            c.drawString(x0, y, b[1])
            texts.append(b[1])
            y -= 24
        elif k == "h":
            need(26)
            y -= 4
            c.setFillColorRGB(0.88, 0.88, 0.88)
            c.rect(x0 - 3, y - 5, W - 2 * x0 + 6, 17, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            c.setFont("DVB", 10.5)
            c.drawString(x0, y, b[1])
            texts.append(b[1])
            y -= 20
        elif k == "p":
            lines = simpleSplit(b[1], "DV", 9.5, W - 2 * x0)
            need(12 * len(lines))
            c.setFont("DV", 9.5)
            for ln in lines:
                c.drawString(x0, y, ln)
                y -= 12
            texts.append(b[1])
            y -= 4
        elif k == "kv":
            lab, val = b[1], b[2]
            lines = simpleSplit(val, "DV", 9.5, W - 2 * x0 - 170)
            need(12 * max(1, len(lines)) + 4)
            c.setFont("DVB", 9.5)
            c.drawString(x0, y, lab)
            c.setFont("DV", 9.5)
            yy = y
            for ln in lines or [""]:
                c.drawString(x0 + 170, yy, ln)
                yy -= 12
            c.setStrokeColorRGB(0.7, 0.7, 0.7)
            c.line(x0, yy + 8, W - x0, yy + 8)
            c.setStrokeColorRGB(0, 0, 0)
            texts += [lab, val, f"{lab} {val}"]
            y = yy - 4
        elif k == "opt":
            text, mark = b[1], b[2]
            note = b[3] if len(b) > 3 else None
            need(22)
            c.setFont("DV", 10)
            c.rect(x0 + 10, y - 2, 10, 10)
            c.drawString(x0 + 28, y, text)
            tw = pdfmetrics.stringWidth(text, "DV", 10)
            if mark == "circle":
                c.setStrokeColorRGB(0.1, 0.2, 0.65)
                c.setLineWidth(1.4)
                c.ellipse(x0 + 22, y - 7, x0 + 34 + tw, y + 13)
                c.setLineWidth(1)
                c.setStrokeColorRGB(0, 0, 0)
            elif mark == "boxX":
                c.setStrokeColorRGB(0.1, 0.2, 0.65)
                c.setLineWidth(1.5)
                c.line(x0 + 9, y - 4, x0 + 22, y + 10)
                c.line(x0 + 9, y + 10, x0 + 22, y - 4)
                c.setLineWidth(1)
                c.setStrokeColorRGB(0, 0, 0)
            if note:
                hand(note, x0 + 48 + tw, y - 1, angle=-2)
                texts.append(note)
            texts.append(text)
            y -= 22
        elif k == "hand":
            lines = simpleSplit(b[1], "HAND", 12, W - 2 * x0 - 30)
            need(16 * len(lines) + 6)
            for i, ln in enumerate(lines):
                hand(ln, x0 + 14, y, angle=0, size=12)
                y -= 16
            texts.append(b[1])
            y -= 6
        elif k == "gap":
            y -= b[1]
        elif k == "page":
            c.showPage()
            y = H - 55
    c.showPage()
    c.save()
    return buf.getvalue(), texts
