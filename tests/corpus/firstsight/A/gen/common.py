"""Shared helpers for set A: dates, working days, MIME, Word and PDF writers (deterministic)."""
from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from email import encoders
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime
from html import escape

BANK_HOLIDAYS = {dt.date(2026, 12, 25), dt.date(2026, 12, 28), dt.date(2027, 1, 1),
                 dt.date(2026, 8, 31), dt.date(2027, 3, 26), dt.date(2027, 3, 29)}


def is_wd(d: dt.date) -> bool:
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def back_wd(d: dt.date, n: int) -> dt.date:
    while n:
        d -= dt.timedelta(days=1)
        if is_wd(d):
            n -= 1
    return d


def wd_between(received: dt.date, conf: dt.date) -> int:
    n, d = 0, received
    while d < conf:
        d += dt.timedelta(days=1)
        if is_wd(d):
            n += 1
    return n


ORD = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def D(s: str, style: str) -> str:
    """Format an ISO date in one of the house styles."""
    d = dt.date.fromisoformat(s)
    day = d.day
    o = ORD.get(day, "th")
    styles = {
        "long": f"{d:%A} {day} {d:%B %Y}",            # Tuesday 8 December 2026
        "longo": f"{d:%A} {day}{o} {d:%B %Y}",        # Tuesday 8th December 2026
        "noyear": f"{d:%A} {day}{o} {d:%B}",          # Tuesday 8th December
        "casual": f"{d:%a} {day}{o} {d:%b}",          # Tue 8th Dec
        "slash": f"{d:%d/%m/%Y}",                     # 08/12/2026
        "slash2": f"{d:%d/%m/%y}",                    # 08/12/26
        "dot": f"{day}.{d.month}.{d:%y}",             # 8.12.26
        "dotl": f"{d:%d.%m.%Y}",                      # 08.12.2026
        "dmy": f"{day} {d:%B %Y}",                    # 8 December 2026
        "dmon": f"{day} {d:%b %Y}",                   # 8 Dec 2026
        "dayslash": f"{d:%a} {d:%d/%m/%y}",           # Tue 08/12/26
    }
    return styles[style]


# ---------------------------------------------------------------- MIME

FORCE = "westyorkshire.police.uk"
MAILBOX = {
    "wakefield": ("Wakefield CPPU", f"wakefield.cppu@{FORCE}"),
    "leeds": ("Leeds CPPU SPOC", f"leeds.cppu.spoc@{FORCE}"),
    "calderdale": ("CD Safeguarding Case Conference", f"cd.safeguarding.caseconference@{FORCE}"),
    "kirklees": ("Kirklees CPPU", f"kirklees.cppu@{FORCE}"),
    "bradford": ("Bradford CPPU", f"bradford.cppu@{FORCE}"),
}


def headers(msg, c):
    """Add transport and message headers (case dict c) in a fixed order."""
    recv = dt.datetime.fromisoformat(c["received"]).replace(tzinfo=dt.timezone.utc)  # GMT season
    dom = c["from_addr"].split("@", 1)[1]
    mx = f"mail-out.{dom}"
    sent = recv - dt.timedelta(minutes=4, seconds=17)
    inner = recv - dt.timedelta(minutes=2, seconds=3)
    msg["Received"] = (f"from {mx} ({mx} [203.0.113.{40 + c['n']}]) by mx2.{FORCE} with ESMTPS id "
                       f"A{c['n']:02d}{c['layout']}F3C; {format_datetime(recv)}")
    msg["Received"] = f"from SRV-EX{c['n'] % 7 + 1:02d}.ad.local (10.14.2.{c['n']}) by {mx} with Microsoft SMTP Server; {format_datetime(inner)}"
    verified = c.get("verified", True)
    if verified:
        msg["Authentication-Results"] = (f"mx2.{FORCE}; dkim=pass header.d={dom}; spf=pass smtp.mailfrom={dom}; "
                                         f"dmarc=pass header.from={dom}")
    else:
        msg["Authentication-Results"] = f"mx2.{FORCE}; dkim=none; spf=softfail smtp.mailfrom={dom}; dmarc=none header.from={dom}"
    msg["Message-ID"] = f"<A{c['layout']}{c['n']:02d}.{recv:%Y%m%d%H%M}@{mx}>"
    msg["Date"] = format_datetime(sent)
    msg["From"] = f"{c['from_name']} <{c['from_addr']}>"
    to_name, to_addr = c["to"]
    msg["To"] = f"{to_name} <{to_addr}>"
    msg["Subject"] = c["subject"]
    if c.get("marking_header"):
        msg["X-Protective-Marking"] = f"VER=2012, NS=gov.uk, SEC={c['marking_header']}"
    msg["X-Mailer"] = c.get("mailer", "Microsoft Outlook 16.0")


def _cs():
    from email.charset import QP, Charset
    cs = Charset("utf-8")
    cs.body_encoding = QP
    return cs


def text_part(s: str):
    return MIMEText(s, "plain", _cs())


def html_part(s: str):
    return MIMEText(s, "html", _cs())


def attach(data: bytes, filename: str, mime: str):
    maintype, subtype = mime.split("/", 1)
    p = MIMEBase(maintype, subtype, name=filename)
    p.set_payload(data)
    encoders.encode_base64(p)
    p.add_header("Content-Disposition", "attachment", filename=filename)
    return p


DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def build_eml(c, plain=None, html=None, attachments=()):
    """plain/html: body strings; attachments: [(bytes, filename, mime)]."""
    if plain is not None and html is not None:
        body = MIMEMultipart("alternative", boundary=f"----=_alt_A{c['layout']}_{c['n']:02d}")
        body.attach(text_part(plain))
        body.attach(html_part(html))
    elif html is not None:
        body = html_part(html)
    else:
        body = text_part(plain)
    if attachments:
        msg = MIMEMultipart("mixed", boundary=f"----=_mix_A{c['layout']}_{c['n']:02d}")
        headers(msg, c)
        msg.attach(body)
        for data, fn, mime in attachments:
            msg.attach(attach(data, fn, mime))
    else:
        msg = body
        # move headers in front: build a fresh container by copying
        headers(msg, c)
        # MIMEText already carries Content-Type etc.; reorder so transport headers come first
        items = msg._headers
        ct = [h for h in items if h[0].lower() in ("content-type", "mime-version", "content-transfer-encoding")]
        rest = [h for h in items if h not in ct]
        msg._headers = rest + ct
    if attachments:
        items = msg._headers
        ct = [h for h in items if h[0].lower() in ("content-type", "mime-version")]
        rest = [h for h in items if h not in ct]
        msg._headers = rest + ct
    return msg.as_bytes()


# ---------------------------------------------------------------- HTML

def html_doc(inner: str, font="Calibri") -> str:
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<style>p.MsoNormal{margin:0;font-family:" + font + ",sans-serif;font-size:11pt}</style></head>"
            "<body lang=\"EN-GB\"><div class=\"WordSection1\">" + inner + "</div></body></html>")


def hp(text: str) -> str:
    """Paragraph(s) of Outlook-ish HTML from plain text (blank line = new paragraph)."""
    out = []
    for para in text.split("\n\n"):
        out.append("<p class=\"MsoNormal\">" + "<br>".join(escape(l) for l in para.split("\n")) + "</p><p class=\"MsoNormal\">&nbsp;</p>")
    return "".join(out)


def html_to_text(h: str) -> str:
    h = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>", "\n", h)
    h = re.sub(r"(?i)</(p|div|tr|li|h\d|table)>", "\n", h)
    h = re.sub(r"(?i)</t[dh]>", " \t ", h)
    h = re.sub(r"<[^>]+>", "", h)
    import html as _h
    return _h.unescape(h).replace("\xa0", " ")


# ---------------------------------------------------------------- DOCX

FIXED_ZIP_TIME = (2026, 11, 2, 9, 0, 0)


def normalise_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def docx_bytes(doc, author="Children's Services") -> bytes:
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = dt.datetime(2026, 11, 2, 9, 0, 0)
    cp.modified = dt.datetime(2026, 11, 2, 9, 0, 0)
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    return normalise_zip(buf.getvalue())


# ---------------------------------------------------------------- PDF

_FONTS_DONE = False


def pdf_fonts():
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    _FONTS_DONE = True


class PdfWriter:
    """A tiny flowing writer on a reportlab canvas (invariant output)."""

    def __init__(self, title: str, footer: str):
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas
        pdf_fonts()
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=A4, invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor("Children's Services")
        self.c.setCreator("Microsoft Word")
        self.W, self.H = A4
        self.x0, self.x1 = 50, self.W - 50
        self.y = self.H - 60
        self.footer = footer
        self.page = 1

    def _newpage(self):
        self._foot()
        self.c.showPage()
        self.page += 1
        self.y = self.H - 60

    def _foot(self):
        self.c.setFont("DV", 7.5)
        self.c.drawString(self.x0, 30, self.footer)
        self.c.drawRightString(self.x1, 30, f"Page {self.page}")

    def need(self, h):
        if self.y - h < 55:
            self._newpage()

    def lines(self, text, font="DV", size=9.5, indent=0, lead=12.5, width=None):
        from reportlab.lib.utils import simpleSplit
        width = width or (self.x1 - self.x0 - indent)
        for para in text.split("\n"):
            parts = simpleSplit(para, font, size, width) or [""]
            for ln in parts:
                self.need(lead)
                self.c.setFont(font, size)
                self.c.drawString(self.x0 + indent, self.y, ln)
                self.y -= lead

    def title(self, text, size=14):
        self.need(24)
        self.c.setFont("DVB", size)
        self.c.drawString(self.x0, self.y, text)
        self.y -= size + 8

    def band(self, text, shade=0.85):
        self.need(22)
        self.c.setFillGray(shade)
        self.c.rect(self.x0, self.y - 5, self.x1 - self.x0, 16, stroke=0, fill=1)
        self.c.setFillGray(0)
        self.c.setFont("DVB", 10)
        self.c.drawString(self.x0 + 4, self.y, text)
        self.y -= 22

    def kv(self, label, value, lw=170):
        from reportlab.lib.utils import simpleSplit
        vlines = simpleSplit(value, "DV", 9.5, self.x1 - self.x0 - lw - 8) or [""]
        llines = simpleSplit(label, "DVB", 9, lw - 6) or [""]
        h = 12.5 * max(len(vlines), len(llines)) + 4
        self.need(h)
        top = self.y + 10
        self.c.setLineWidth(0.5)
        self.c.rect(self.x0, top - h, lw, h)
        self.c.rect(self.x0 + lw, top - h, self.x1 - self.x0 - lw, h)
        yy = self.y
        for ln in llines:
            self.c.setFont("DVB", 9)
            self.c.drawString(self.x0 + 3, yy, ln)
            yy -= 12.5
        yy = self.y
        for ln in vlines:
            self.c.setFont("DV", 9.5)
            self.c.drawString(self.x0 + lw + 4, yy, ln)
            yy -= 12.5
        self.y = top - h - 10

    def grid(self, head, rows, widths):
        rowsall = [head] + rows
        for i, r in enumerate(rowsall):
            self.need(18)
            x = self.x0
            top = self.y + 10
            for cell, w in zip(r, widths):
                self.c.setLineWidth(0.5)
                self.c.rect(x, top - 16, w, 16)
                self.c.setFont("DVB" if i == 0 else "DV", 9)
                self.c.drawString(x + 3, self.y - 1, cell)
                x += w
            self.y -= 16
        self.y -= 10

    def gap(self, h=8):
        self.y -= h

    def bytes(self):
        self._foot()
        self.c.save()
        return self.buf.getvalue()
