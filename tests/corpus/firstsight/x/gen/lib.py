"""Shared helpers for the x-set generators: documents (PDF/DOCX/HTML/text), MIME, labels.

Everything is deterministic: fixed dates, boundaries and Message-IDs derived from the case id,
reportlab invariant mode, and DOCX zips rewritten with a fixed timestamp.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html
import io
import json
import quopri
import re
import zipfile
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

OUT = Path(__file__).resolve().parent.parent
LONDON = ZoneInfo("Europe/London")
UTC = dt.timezone.utc

BANK_HOLIDAYS = {dt.date(*d) for d in [
    (2026, 1, 1), (2026, 4, 3), (2026, 4, 6), (2026, 5, 4), (2026, 5, 25), (2026, 8, 31),
    (2026, 12, 25), (2026, 12, 28), (2027, 1, 1), (2027, 3, 26), (2027, 3, 29), (2027, 5, 3),
    (2027, 5, 31), (2027, 8, 30), (2027, 12, 27), (2027, 12, 28)]}

ALL_FLAGS = ["cancelled", "deadline_passed", "district_unknown", "encrypted_unreadable", "late_notice",
             "missing_conference_date", "missing_family_details", "missing_reason", "no_booking_form",
             "not_an_invitation", "possible_duplicate", "rescheduled", "tickbox_ambiguous",
             "tickbox_conflict", "unreadable_attachment", "unverified_sender"]

MAILBOX = {
    "wakefield": ("Wakefield CPPU", "wakefield.cppu@westyorkshire.police.uk"),
    "leeds": ("CPPU Weetwood - Conference Invites", "leeds.cppu.conferences@westyorkshire.police.uk"),
    "calderdale": ("CD Safeguarding Case Conference", "cd.safeguarding.caseconference@westyorkshire.police.uk"),
    "kirklees": ("Kirklees Safeguarding Unit - Conferences", "kirklees.sgu.conferences@westyorkshire.police.uk"),
    "bradford": ("Bradford District Safeguarding Unit - CPC", "bradford.sgu.cpc@westyorkshire.police.uk"),
}


# --------------------------------------------------------------------------- dates
def working_day(d: dt.date) -> bool:
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def back_working_days(d: dt.date, n: int) -> dt.date:
    while n:
        d -= dt.timedelta(days=1)
        if working_day(d):
            n -= 1
    return d


def wd_between(received: dt.date, conf: dt.date) -> int:
    n, d = 0, received
    while d < conf:
        d += dt.timedelta(days=1)
        if working_day(d):
            n += 1
    return n


def deadlines(district, kind, conf_date, received_day):
    if not district or not kind or not conf_date:
        return None, None, None
    conf = dt.date.fromisoformat(conf_date)
    initial = kind in ("initial", "transfer_in")
    if district == "leeds":
        due = back_working_days(conf, 1)
        minimum = 5 if initial else 10
    elif district == "wakefield":
        due = back_working_days(conf, 3)
        minimum = 5 if initial else None
    else:
        due = back_working_days(conf, 3)
        minimum = None
    notice = wd_between(received_day, conf)
    ok = None if minimum is None else notice >= minimum
    return due.isoformat(), notice, ok


# --------------------------------------------------------------------------- documents
# block kinds: ("title", t) ("h", t) ("p", t) ("small", t) ("kv", [(label, value)]) ("table", header, rows)
# ("ticks", label, [(bool, text)]) ("pagebreak",) ("bullets", [t]) ("hr",)

def block_texts(blocks, colon: bool = True) -> list[str]:
    out: list[str] = []
    for b in blocks:
        k = b[0]
        if k in ("title", "h", "p", "small"):
            out.append(b[1])
        elif k == "bullets":
            out.extend(b[1])
        elif k == "kv":
            for label, value in b[1]:
                out += [label, value, f"{label} {value}"] + ([f"{label}: {value}"] if colon else [])
        elif k == "table":
            header, rows = b[1], b[2]
            if header:
                out += list(header) + [" ".join(header)]
            for r in rows:
                out += [c for c in r if c] + [" ".join(c for c in r if c)]
        elif k == "ticks":
            out.append(b[1])
            for on, t in b[2]:
                out += [t, f"{'☒' if on else '☐'} {t}"]
    return [t for t in out if t and t.strip()]


def _esc(t: str) -> str:
    return html.escape(t, quote=False)


RAG = {"red": "#e06666", "amber": "#f6b26b", "green": "#93c47d"}


def rag_colour(cell: str):
    w = cell.strip().split(" ")[0].strip("–-:").lower() if cell.strip() else ""
    return RAG.get(w) or ({"r": RAG["red"], "a": RAG["amber"], "g": RAG["green"]}.get(w) if len(cell.strip()) == 1 else None)


def render_pdf(blocks, *, landscape_page=False, header="", footer="", title="", author="", font="DejaVuSans") -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)

    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVuSerif", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"))
    bold = font + "-Bold"
    size = landscape(A4) if landscape_page else A4
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=size, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=20 * mm,
                            bottomMargin=18 * mm, invariant=1, title=title, author=author, creator="Microsoft Word",
                            producer="Microsoft: Print To PDF" if False else "Microsoft Word for Microsoft 365")
    st = {
        "title": ParagraphStyle("t", fontName=bold, fontSize=14, leading=18, spaceAfter=8),
        "h": ParagraphStyle("h", fontName=bold, fontSize=11, leading=14, spaceBefore=8, spaceAfter=4),
        "p": ParagraphStyle("p", fontName=font, fontSize=9.5, leading=12.5, spaceAfter=5),
        "small": ParagraphStyle("s", fontName=font, fontSize=8, leading=10, spaceAfter=4),
        "cell": ParagraphStyle("c", fontName=font, fontSize=8.5, leading=10.5),
        "cellb": ParagraphStyle("cb", fontName=bold, fontSize=8.5, leading=10.5),
    }
    width = size[0] - 36 * mm
    story = []
    for b in blocks:
        k = b[0]
        if k in ("title", "h", "p", "small"):
            story.append(Paragraph(_esc(b[1]), st[k]))
        elif k == "bullets":
            for t in b[1]:
                story.append(Paragraph("• " + _esc(t), st["p"]))
        elif k == "pagebreak":
            story.append(PageBreak())
        elif k == "hr":
            story.append(Spacer(1, 6))
        elif k == "kv":
            data = [[Paragraph(_esc(a), st["cellb"]), Paragraph(_esc(v), st["cell"])] for a, v in b[1]]
            t = Table(data, colWidths=[width * 0.32, width * 0.68])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee"))]))
            story += [t, Spacer(1, 6)]
        elif k == "table":
            hdr, rows = b[1], b[2]
            ncol = len(hdr) if hdr else len(rows[0])
            widths = b[3] if len(b) > 3 and b[3] else [width / ncol] * ncol
            if sum(widths) <= 1.01:
                widths = [w * width for w in widths]
            data = []
            styles = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if hdr:
                data.append([Paragraph(_esc(h), st["cellb"]) for h in hdr])
                styles.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2f3")))
            for r in rows:
                ri = len(data)
                data.append([Paragraph(_esc(c), st["cell"]) for c in r])
                for ci, c in enumerate(r):
                    col = rag_colour(c)
                    if col:
                        styles.append(("BACKGROUND", (ci, ri), (ci, ri), colors.HexColor(col)))
            t = Table(data, colWidths=widths, repeatRows=1 if hdr else 0)
            t.setStyle(TableStyle(styles))
            story += [t, Spacer(1, 6)]
        elif k == "ticks":
            story.append(Paragraph(_esc(b[1]), st["cellb"]))
            for on, t in b[2]:
                story.append(Paragraph(("☒ " if on else "☐ ") + _esc(t), st["p"]))

    def deco(canvas, d):
        canvas.saveState()
        canvas.setFont(font, 7.5)
        if header:
            canvas.drawString(18 * mm, size[1] - 12 * mm, header)
        canvas.drawRightString(size[0] - 18 * mm, 10 * mm, f"Page {d.page}")
        if footer:
            canvas.drawString(18 * mm, 10 * mm, footer)
        canvas.restoreState()

    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    return buf.getvalue()


def _shade(cell, hexcol):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol.lstrip("#").upper())
    tcPr.append(shd)


def fixed_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def render_docx(blocks, *, landscape_page=False, header="", footer="", author="", font="Arial") -> bytes:
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Pt, Mm

    d = docx.Document()
    cp = d.core_properties
    cp.author = author or "Business Support"
    cp.last_modified_by = author or "Business Support"
    cp.created = dt.datetime(2026, 11, 2, 9, 0, 0)
    cp.modified = dt.datetime(2026, 11, 20, 9, 0, 0)
    cp.last_printed = dt.datetime(2026, 11, 20, 9, 0, 0)
    cp.revision = 3
    cp.title = ""
    normal = d.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(10)
    sec = d.sections[0]
    if landscape_page:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    else:
        sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(18)
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for b in blocks:
        k = b[0]
        if k == "title":
            p = d.add_paragraph()
            r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(14)
        elif k == "h":
            p = d.add_paragraph()
            r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(11)
        elif k in ("p", "small"):
            p = d.add_paragraph(b[1])
            if k == "small":
                for r in p.runs:
                    r.font.size = Pt(8)
        elif k == "bullets":
            for t in b[1]:
                d.add_paragraph(t, style="List Bullet")
        elif k == "pagebreak":
            d.add_page_break()
        elif k == "hr":
            d.add_paragraph("")
        elif k == "kv":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for a, v in b[1]:
                row = t.add_row().cells
                row[0].text = ""
                rr = row[0].paragraphs[0].add_run(a); rr.bold = True
                _shade(row[0], "#EEEEEE")
                row[1].text = v
            d.add_paragraph("")
        elif k == "table":
            hdr, rows = b[1], b[2]
            ncol = len(hdr) if hdr else len(rows[0])
            t = d.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            if hdr:
                cells = t.add_row().cells
                for i, h in enumerate(hdr):
                    cells[i].text = ""
                    rr = cells[i].paragraphs[0].add_run(h); rr.bold = True
                    _shade(cells[i], "#D9E2F3")
            for r in rows:
                cells = t.add_row().cells
                for i, c in enumerate(r):
                    cells[i].text = c
                    col = rag_colour(c)
                    if col:
                        _shade(cells[i], col)
            d.add_paragraph("")
        elif k == "ticks":
            p = d.add_paragraph()
            rr = p.add_run(b[1]); rr.bold = True
            for on, t in b[2]:
                d.add_paragraph(("☒ " if on else "☐ ") + t)
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue())


def render_html_blocks(blocks) -> str:
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append(f'<p class=MsoNormal><b><span style="font-size:14.0pt">{_esc(b[1])}</span></b></p>')
        elif k == "h":
            out.append(f'<p class=MsoNormal><b><span style="font-size:11.0pt;color:#1F3864">{_esc(b[1])}</span></b></p>')
        elif k in ("p", "small"):
            out.append(f"<p class=MsoNormal>{_esc(b[1])}</p>")
        elif k == "bullets":
            out.append("<ul>" + "".join(f"<li>{_esc(t)}</li>" for t in b[1]) + "</ul>")
        elif k == "hr":
            out.append("<p class=MsoNormal>&nbsp;</p>")
        elif k == "kv":
            rows = "".join(
                f'<tr><td style="border:solid #A6A6A6 1.0pt;background:#F2F2F2;padding:2pt 5pt"><b>{_esc(a)}</b></td>'
                f'<td style="border:solid #A6A6A6 1.0pt;padding:2pt 5pt">{_esc(v)}</td></tr>' for a, v in b[1])
            out.append(f'<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse">{rows}</table><p class=MsoNormal>&nbsp;</p>')
        elif k == "table":
            header, rows = b[1], b[2]
            h = ""
            if header:
                h = "<tr>" + "".join(f'<td style="border:solid #A6A6A6 1.0pt;background:#D9E2F3;padding:2pt 5pt"><b>{_esc(c)}</b></td>' for c in header) + "</tr>"
            body = ""
            for r in rows:
                tds = []
                for c in r:
                    col = rag_colour(c)
                    bg = f"background:{col};" if col else ""
                    tds.append(f'<td valign=top style="border:solid #A6A6A6 1.0pt;{bg}padding:2pt 5pt">{_esc(c)}</td>')
                body += "<tr>" + "".join(tds) + "</tr>"
            out.append(f'<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse">{h}{body}</table><p class=MsoNormal>&nbsp;</p>')
        elif k == "ticks":
            out.append(f"<p class=MsoNormal><b>{_esc(b[1])}</b></p>")
            for on, t in b[2]:
                out.append(f"<p class=MsoNormal>{'☒' if on else '☐'} {_esc(t)}</p>")
    return "\n".join(out)


def outlook_html(inner: str) -> str:
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!-- p.MsoNormal{margin:0cm;'
            'font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head><body lang=EN-GB link="#0563C1" '
            'vlink="#954F72" style="word-wrap:break-word"><div class=WordSection1>\n' + inner + "\n</div></body></html>")


def paras_html(text: str) -> str:
    out = []
    for para in text.split("\n\n"):
        lines = [_esc(x) for x in para.split("\n")]
        out.append("<p class=MsoNormal>" + "<br>".join(lines) + "</p><p class=MsoNormal>&nbsp;</p>")
    return "\n".join(out)


def render_text_blocks(blocks) -> str:
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append(b[1].upper() if len(b) < 3 else b[1])
        elif k in ("h", "p", "small"):
            out.append(b[1])
        elif k == "bullets":
            out.append("\n".join("- " + t for t in b[1]))
        elif k == "kv":
            out.append("\n".join(f"{a}: {v}" for a, v in b[1]))
        elif k == "table":
            header, rows = b[1], b[2]
            lines = []
            if header:
                lines.append(" | ".join(header))
            lines += [" | ".join(r) for r in rows]
            out.append("\n".join(lines))
        elif k == "ticks":
            out.append(b[1] + "\n" + "\n".join(f"[{'X' if on else ' '}] {t}" for on, t in b[2]))
    return "\n\n".join(out)


# --------------------------------------------------------------------------- MIME
def _h(case_id: str, salt: str, n: int = 24) -> str:
    return hashlib.sha256(f"x|{case_id}|{salt}".encode()).hexdigest()[:n]


def qp(text: str) -> str:
    enc = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return enc


def b64(data: bytes) -> str:
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


class Mime:
    """Tiny deterministic MIME writer. Nodes:
    ("text", str[, cte]) ("html", str[, cte]) ("alt", [nodes]) ("mixed", [nodes]) ("related", [nodes])
    ("att", bytes, ctype, filename[, disposition]) ("rfc822", bytes, filename)"""

    def __init__(self, case_id: str, style: str = "outlook"):
        self.case_id, self.style, self.n = case_id, style, 0

    def boundary(self):
        self.n += 1
        tag = _h(self.case_id, f"b{self.n}", 16)
        if self.style == "gmail":
            return f"0000000000{tag}"
        if self.style == "apple":
            return f"Apple-Mail={tag.upper()[:8]}-{tag.upper()[8:12]}-{tag.upper()[12:16]}"
        if self.style == "nhs":
            return f"_00{self.n}_{tag.upper()}LONP123MB"
        return f"----=_NextPart_{tag}"

    def render(self, node) -> str:
        k = node[0]
        if k in ("text", "html"):
            cte = node[2] if len(node) > 2 else "quoted-printable"
            sub = "plain" if k == "text" else "html"
            body = node[1]
            if cte == "quoted-printable":
                payload = qp(body)
            elif cte == "base64":
                payload = b64(body.encode("utf-8"))
            else:
                payload = body
            return (f'Content-Type: text/{sub}; charset="utf-8"\nContent-Transfer-Encoding: {cte}\n\n{payload}\n')
        if k in ("alt", "mixed", "related"):
            b = self.boundary()
            sub = {"alt": "alternative", "mixed": "mixed", "related": "related"}[k]
            parts = "".join(f"--{b}\n{self.render(p)}\n" for p in node[1])
            return f'Content-Type: multipart/{sub};\n boundary="{b}"\n\n{parts}--{b}--\n'
        if k == "att":
            data, ctype, fn = node[1], node[2], node[3]
            return (f'Content-Type: {ctype}; name="{fn}"\nContent-Description: {fn}\n'
                    f'Content-Disposition: attachment; filename="{fn}"; size={len(data)}\n'
                    f'Content-Transfer-Encoding: base64\n\n{b64(data)}\n')
        if k == "rfc822":
            return (f'Content-Type: message/rfc822\nContent-Disposition: attachment; filename="{node[2]}"\n\n'
                    + node[1].decode("utf-8") + "\n")
        raise ValueError(k)


def fmt_date(d: dt.datetime) -> str:
    return format_datetime(d)


def write_case(case: dict, layout: str) -> None:
    cid = f"x-{layout}-{case['n']}"
    name = f"{cid}-{case['district_slug']}-{case['kind_slug']}-{case['desc']}"
    m = Mime(cid, case.get("style", "outlook"))
    body = m.render(case["mime"])
    headers = case["headers"](cid) if callable(case["headers"]) else case["headers"]
    raw = "".join(f"{k}: {v}\n" for k, v in headers) + "MIME-Version: 1.0\n" + body
    (OUT / f"{name}.eml").write_bytes(raw.encode("utf-8"))
    lab = case["label"]
    due, notice, ok = lab.pop("_deadlines", (None, None, None)) if "_deadlines" in lab else deadlines(
        lab["district"] if lab.get("district") else None, lab.get("kind") if lab.get("date") else None,
        lab.get("date"), case["received"].astimezone(LONDON).date())
    if lab.get("no_deadlines"):
        due = notice = ok = None
    lab.pop("no_deadlines", None)
    flags_req = sorted(set(lab.get("flags_required", [])))
    if ok is False and "late_notice" not in flags_req:
        flags_req.append("late_notice")
    if due and due < case["received"].astimezone(LONDON).date().isoformat() and "deadline_passed" not in flags_req:
        flags_req.append("deadline_passed")
    flags_req = sorted(flags_req)
    unscored = set(lab.get("flags_unscored", []))
    forbidden = [f for f in ALL_FLAGS if f not in flags_req and f not in unscored]
    texts = []
    for t in case["texts"]:
        if t and t.strip() and t not in texts:
            texts.append(t)
    out = {
        "district": lab.get("district"),
        "kind": lab.get("kind"),
        "pre_birth": lab.get("pre_birth", False),
        "date": lab.get("date"),
        "time": lab.get("time"),
        "police_attendance_requested": lab.get("tick"),
        "harm_categories": lab.get("harm"),
        "children": [{"name": n, "date_of_birth": d} for n, d in lab["children"]] if lab.get("children") is not None else None,
        "adults": lab.get("adults"),
        "criteria": lab.get("criteria", []),
        "decision": lab["decision"],
        "report_due": due,
        "notice_working_days": notice,
        "notice_ok": ok,
        "flags_required": flags_req,
        "flags_forbidden": forbidden,
        "source_texts": texts,
        "tags": lab.get("tags", []),
        "notes": lab.get("notes", ""),
    }
    (OUT / f"{name}.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n")


# --------------------------------------------------------------------------- headers
def council_headers(cid, *, from_name, from_addr, to, subject, sent, received, relay_host=None, extra=(),
                    mailer="Microsoft Outlook 16.0", dmarc="pass", marking=None, cjsm=False, received_tz=None,
                    internal="EXCH05.corp.local", auth=True):
    dom = from_addr.split("@", 1)[1]
    host = relay_host or f"mail-out.{dom.split('.cjsm.net')[0]}"
    rtz = received_tz or UTC
    r = received.astimezone(rtz)
    hops = [("Received", f"from {host} ({host} [198.51.100.{int(_h(cid, 'ip', 2), 16) % 200 + 20}])\n by mx1.westyorkshire.police.uk with ESMTPS id {_h(cid, 'id', 10).upper()};\n {fmt_date(r)}")]
    if cjsm:
        hops.append(("Received", f"from relay2.cjsm.net (relay.cjsm.net [203.0.113.122]) by\n {host} with ESMTPS; {fmt_date((received - dt.timedelta(seconds=41)).astimezone(UTC))}"))
    hops.append(("Received", f"from {internal} (10.{int(_h(cid, 'a', 2), 16) % 250}.{int(_h(cid, 'b', 2), 16) % 250}.{int(_h(cid, 'c', 2), 16) % 250}) by {host}\n with Microsoft SMTP Server; {fmt_date((received - dt.timedelta(seconds=95)).astimezone(UTC))}"))
    hs = list(hops)
    if auth:
        hs.append(("Authentication-Results", f"mx1.westyorkshire.police.uk; dkim={'pass' if dmarc == 'pass' else 'fail'}\n header.d={dom}; spf={'pass' if dmarc == 'pass' else 'softfail'} smtp.mailfrom={dom};\n dmarc={dmarc} (p=QUARANTINE) header.from={dom}"))
    hs += [("Message-ID", f"<{_h(cid, 'mid')}@{host}>"), ("Date", fmt_date(sent)),
           ("From", (f'"{from_name}"' if any(ch in from_name for ch in ',()"') else from_name) + f" <{from_addr}>"), ("To", to), ("Subject", subject)]
    hs += list(extra)
    if mailer:
        hs.append(("X-Mailer", mailer))
    if marking:
        hs.append(("X-Protective-Marking", f"VER=2012, NS=gov.uk, SEC={marking}"))
    return hs


def to_box(district):
    n, a = MAILBOX[district]
    return f"{n} <{a}>"


def D(y, mo, d, h=9, mi=0, s=0, tz=UTC):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


# --------------------------------------------------------------------------- assembly helpers
DOCX_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF_CT = "application/pdf"


def cover(text: str, html_too: bool = True, cte: str = "quoted-printable"):
    if not html_too:
        return ("text", text, cte)
    return ("alt", [("text", text, cte), ("html", outlook_html(paras_html(text)), cte)])


def blocks_body(intro: str, blocks, outro: str = ""):
    """Outlook body: intro paragraphs + a form as HTML tables; plain alternative as text."""
    plain = intro + "\n\n" + render_text_blocks(blocks) + ("\n\n" + outro if outro else "")
    inner = paras_html(intro) + "\n" + render_html_blocks(blocks) + ("\n" + paras_html(outro) if outro else "")
    node = ("alt", [("text", plain), ("html", outlook_html(inner))])
    texts = [intro, outro, plain] + block_texts(blocks)
    return node, texts


def docx_att(blocks, fn, **kw):
    return ("att", render_docx(blocks, **kw), DOCX_CT, fn), block_texts(blocks, colon=False) + [fn]


def pdf_att(blocks, fn, **kw):
    return ("att", render_pdf(blocks, **kw), PDF_CT, fn), block_texts(blocks, colon=False) + [fn]


def case(n, district_slug, kind_slug, desc, *, headers, mime, texts, received, label, style="outlook"):
    return dict(n=n, district_slug=district_slug, kind_slug=kind_slug, desc=desc, headers=headers, mime=mime,
                texts=texts, received=received, label=label, style=style)


def run(cases, layout):
    for c in cases:
        write_case(c, layout)
