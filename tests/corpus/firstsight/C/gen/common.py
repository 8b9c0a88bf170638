"""Shared helpers for set C: working days, policy, and writers for e-mail, HTML, DOCX and PDF.
Everything is deterministic: fixed dates, boundaries, zip timestamps and PDF ids."""
from __future__ import annotations

import datetime as dt
import hashlib
import html as htmlmod
import io
import zipfile
from email import policy as emailpolicy
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")
BANK_HOLIDAYS = {dt.date(2026, 8, 31), dt.date(2026, 12, 25), dt.date(2026, 12, 28),
                 dt.date(2027, 1, 1), dt.date(2027, 3, 26), dt.date(2027, 3, 29), dt.date(2027, 5, 3)}


def is_wd(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def back_wd(d, n):
    while n:
        d -= dt.timedelta(days=1)
        if is_wd(d):
            n -= 1
    return d


def notice_wd(received, conf):
    n, d = 0, received
    while d < conf:
        d += dt.timedelta(days=1)
        if is_wd(d):
            n += 1
    return n


# ------------------------------------------------------------------ policy
W_ATTEND = {"current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation",
            "police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement",
            "registered_sex_offender", "negotiated_attendance"}
C_ATTEND = {"current_investigation", "wilful_neglect_investigation", "previous_investigation_escalation",
            "prior_unit_involvement", "registered_sex_offender", "negotiated_attendance"}
REVIEW_DISCUSS = {"child_sexual_exploitation", "current_investigation", "registered_sex_offender",
                  "police_protection", "domestic_abuse_current_involvement", "wilful_neglect_investigation"}


def decide(district, kind, criteria, tick_state, manual=False):
    """tick_state: 'required', 'report', 'both', 'neither', 'absent'."""
    if manual:
        return "manual_review"
    c = set(criteria)
    if kind in ("initial", "transfer_in"):
        rules = "wakefield" if district in ("wakefield", "kirklees", "bradford") else district
        if rules == "wakefield" and c & W_ATTEND:
            return "attend"
        if rules == "leeds":
            if c & (W_ATTEND - {"child_sexual_exploitation"}):
                return "attend"
            if "child_sexual_exploitation" in c:
                return "discuss"
        if rules == "calderdale":
            if c & C_ATTEND:
                return "attend"
            if c & {"police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement"}:
                return "discuss"
        if tick_state in ("required", "both"):
            return "discuss"
        return "report_only"
    if kind == "review":
        if "core_group_member" in c:
            return "attend"
        if c & REVIEW_DISCUSS or tick_state == "required":
            return "discuss"
        return "report_only"
    raise ValueError(kind)


REPORT_N = {"wakefield": 3, "leeds": 1, "calderdale": 3, "kirklees": 3, "bradford": 3}


def min_notice(district, kind):
    if district == "wakefield":
        return 5 if kind in ("initial", "transfer_in") else None
    if district == "leeds":
        return 5 if kind in ("initial", "transfer_in") else 10
    return None


ALL_FLAGS = ["cancelled", "deadline_passed", "district_unknown", "encrypted_unreadable", "late_notice",
             "missing_conference_date", "missing_family_details", "missing_reason", "no_booking_form",
             "not_an_invitation", "possible_duplicate", "rescheduled", "tickbox_ambiguous", "tickbox_conflict",
             "unreadable_attachment", "unverified_sender"]


# ------------------------------------------------------------------ e-mail
def seed(case_id, what):
    return hashlib.sha256(f"{case_id}:{what}".encode()).hexdigest()


def build_email(case, plain=None, html=None, attachments=()):
    """attachments: list of (filename, maintype, subtype, bytes)."""
    cid = case["id"]
    recv = case["received"]  # aware datetime, Europe/London
    host = case["relay"]
    msg = EmailMessage(policy=emailpolicy.default)
    r_utc = recv.astimezone(dt.timezone.utc)
    msg["Received"] = (f"from {host} ({host} [198.51.100.{int(seed(cid, 'ip')[:2], 16) % 250 + 2}]) "
                       f"by mx1.westyorkshire.police.uk with ESMTPS id {seed(cid, 'id')[:10].upper()}; "
                       f"{format_datetime(r_utc)}")
    msg["Received"] = (f"from EXCH0{int(seed(cid, 'ex')[:1], 16) % 5 + 1}.corp.local (10.20.{int(seed(cid, 'a')[:2], 16)}.9) "
                       f"by {host} with Microsoft SMTP Server; {format_datetime(r_utc - dt.timedelta(seconds=71))}")
    dom = case["from_addr"].split("@")[1]
    auth = case.get("auth", "pass")
    msg["Authentication-Results"] = (f"mx1.westyorkshire.police.uk; dkim={auth} header.d={dom}; "
                                     f"spf={auth} smtp.mailfrom={dom}; dmarc={auth} (p=QUARANTINE) header.from={dom}")
    msg["Message-ID"] = f"<{seed(cid, 'mid')[:24]}@{host}>"
    msg["Date"] = format_datetime(r_utc - dt.timedelta(seconds=233))
    msg["From"] = f"{case['from_name']} <{case['from_addr']}>"
    msg["To"] = case.get("to", "Safeguarding Case Conferences <cpc.mailbox@westyorkshire.police.uk>")
    msg["Subject"] = case["subject"]
    msg["MIME-Version"] = "1.0"
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    if plain is not None and html is not None:
        msg.set_content(plain, charset="utf-8", cte="quoted-printable")
        msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    elif html is not None:
        msg.set_content(html, subtype="html", charset="utf-8", cte="quoted-printable")
    else:
        msg.set_content(plain or "", charset="utf-8", cte="quoted-printable")
    for fname, maintype, subtype, data in attachments:
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    for i, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"----=_NextPart_{seed(cid, 'b' + str(i))[:20]}")
    return msg.as_bytes(policy=emailpolicy.default.clone(linesep="\n"))


# ------------------------------------------------------------------ blocks -> text / html
# blocks: ("h", text) ("p", text) ("table", [row, row...]) first row is the header
#         ("list", [items]) ("pre", [lines]) ("genogram", data) ("circles", data)

def blocks_sources(blocks):
    out = []
    for b in blocks:
        kind = b[0]
        if kind in ("h", "p"):
            out.append(b[1])
        elif kind == "table":
            for row in b[1]:
                out.extend(c for c in row if c)
                out.append(" ".join(c for c in row if c))
        elif kind in ("list", "pre"):
            out.extend(b[1])
        elif kind == "genogram":
            out.extend(e["short"] for e in b[1]["people"])
            out.extend(b[1].get("legend", []))
        elif kind == "circles":
            out.append(b[1]["centre"])
            for ring in ("inner", "middle", "outer"):
                out.append(b[1]["titles"][ring])
                out.extend(b[1][ring])
    return out


def blocks_plain(blocks):
    lines = []
    for b in blocks:
        kind = b[0]
        if kind == "h":
            lines += [b[1].upper(), ""]
        elif kind == "p":
            lines += [b[1], ""]
        elif kind == "table":
            for row in b[1]:
                lines.append(" | ".join(row))
            lines.append("")
        elif kind == "list":
            lines += [f"- {i}" for i in b[1]] + [""]
        elif kind == "pre":
            lines += list(b[1]) + [""]
        elif kind == "circles":
            d = b[1]
            lines.append(d["centre"])
            for ring in ("inner", "middle", "outer"):
                lines.append(d["titles"][ring])
                lines += [f"    o {n}" for n in d[ring]]
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def esc(t):
    return htmlmod.escape(t, quote=False)


def blocks_html(blocks, title=""):
    h = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
         '<style>body{font-family:Calibri,Arial,sans-serif;font-size:11pt} td,th{border:1px solid #999;padding:3px 6px}'
         ' table{border-collapse:collapse}</style></head><body>']
    for b in blocks:
        kind = b[0]
        if kind == "h":
            h.append(f"<p><b><span style=\"color:#1F3864\">{esc(b[1])}</span></b></p>")
        elif kind == "p":
            h.append(f"<p>{esc(b[1])}</p>")
        elif kind == "table":
            h.append("<table>")
            for i, row in enumerate(b[1]):
                tag = "th" if i == 0 else "td"
                h.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in row) + "</tr>")
            h.append("</table>")
        elif kind == "list":
            h.append("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + "</ul>")
        elif kind == "pre":
            h.append("<pre>" + esc("\n".join(b[1])) + "</pre>")
        elif kind == "circles":
            d = b[1]
            h.append(f"<p><b>{esc(d['centre'])}</b></p><table><tr>" +
                     "".join(f"<th>{esc(d['titles'][r])}</th>" for r in ("inner", "middle", "outer")) + "</tr><tr>" +
                     "".join("<td>" + "<br>".join(esc(n) for n in d[r]) + "</td>" for r in ("inner", "middle", "outer"))
                     + "</tr></table>")
    h.append("</body></html>")
    return "\n".join(h) + "\n"


# ------------------------------------------------------------------ docx
FIXED_ZIP_TIME = (2026, 11, 2, 9, 0, 0)


def normalise_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def blocks_docx(blocks, title, author):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    cp = d.core_properties
    fixed = dt.datetime(2026, 11, 2, 9, 0, 0)
    cp.author = author
    cp.last_modified_by = author
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 1
    cp.title = title
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    for b in blocks:
        kind = b[0]
        if kind == "h":
            d.add_heading(b[1], level=2)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph("")
        elif kind == "list":
            for item in b[1]:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "pre":
            for line in b[1]:
                d.add_paragraph(line)
        elif kind == "circles":
            dd = b[1]
            d.add_paragraph(dd["centre"]).runs[0].bold = True
            for ring in ("inner", "middle", "outer"):
                d.add_heading(dd["titles"][ring], level=3)
                for n in dd[ring]:
                    d.add_paragraph(n, style="List Bullet")
    bio = io.BytesIO()
    d.save(bio)
    return normalise_zip(bio.getvalue())


# ------------------------------------------------------------------ pdf
_FONTS = False


def _fonts():
    global _FONTS
    if _FONTS:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    _FONTS = True


def _genogram_flowable(data):
    from reportlab.platypus import Flowable

    class Geno(Flowable):
        def __init__(self):
            super().__init__()
            self.width, self.height = 480, 250

        def draw(self):
            c = self.canv
            gens = sorted({p["gen"] for p in data["people"]})
            ys = {g: self.height - 40 - i * 85 for i, g in enumerate(gens)}
            pos = {}
            for g in gens:
                row = [p for p in data["people"] if p["gen"] == g]
                step = self.width / (len(row) + 1)
                for i, p in enumerate(row):
                    pos[p["ref"]] = (step * (i + 1), ys[g])
            c.setLineWidth(1)
            for a, b_, style in data.get("links", []):
                (x1, y1), (x2, y2) = pos[a], pos[b_]
                if style == "sep":
                    c.setDash(4, 3)
                if y1 == y2:
                    c.line(x1, y1 + 12, x1, y1 + 22); c.line(x2, y2 + 12, x2, y2 + 22); c.line(x1, y1 + 22, x2, y2 + 22)
                else:
                    c.line(x1, y1 - 14, x1, (y1 + y2) / 2); c.line(x1, (y1 + y2) / 2, x2, (y1 + y2) / 2)
                    c.line(x2, (y1 + y2) / 2, x2, y2 + 12)
                c.setDash()
            for p in data["people"]:
                x, y = pos[p["ref"]]
                if p.get("home"):
                    c.setFillGray(0.85)
                else:
                    c.setFillGray(1)
                if p["sex"] == "M":
                    c.rect(x - 10, y - 10, 20, 20, fill=1)
                elif p["sex"] == "F":
                    c.circle(x, y, 10, fill=1)
                else:
                    path = c.beginPath(); path.moveTo(x, y + 10); path.lineTo(x - 10, y - 8); path.lineTo(x + 10, y - 8); path.close()
                    c.drawPath(path, fill=1)
                if p.get("dead"):
                    c.line(x - 12, y - 12, x + 12, y + 12); c.line(x - 12, y + 12, x + 12, y - 12)
                c.setFillGray(0)
                c.setFont("DejaVu", 7)
                c.drawCentredString(x, y - 22, p["short"])
                c.setFont("DejaVu", 6)
                c.drawCentredString(x, y - 2, p["ref"])
    return Geno()


def _circles_flowable(data):
    import math
    from reportlab.platypus import Flowable

    class Circles(Flowable):
        def __init__(self):
            super().__init__()
            self.width, self.height = 480, 400

        def draw(self):
            c = self.canv
            cx, cy = self.width / 2, self.height / 2
            radii = {"inner": 75, "middle": 135, "outer": 195}
            c.setLineWidth(0.8)
            for r in (195, 135, 75):
                c.setStrokeGray(0.4)
                c.circle(cx, cy, r)
            c.setFillGray(0)
            c.setFont("DejaVu-Bold", 8)
            c.drawCentredString(cx, cy - 3, data["centre"])
            c.setFont("DejaVu", 7)
            for ring, (a0, rr) in {"inner": (60, 48), "middle": (35, 108), "outer": (15, 168)}.items():
                names = data[ring]
                for i, n in enumerate(names):
                    ang = math.radians(a0 + i * (360 / max(len(names), 1)))
                    c.drawCentredString(cx + rr * math.cos(ang), cy + rr * math.sin(ang), n)
            c.setFont("DejaVu", 6)
            for ring, y in (("inner", cy + 62), ("middle", cy + 122), ("outer", cy + 182)):
                c.drawCentredString(cx, y, data["titles"][ring])
    return Circles()


def blocks_pdf(blocks, title, author, header=None):
    _fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    body = ParagraphStyle("b", fontName="DejaVu", fontSize=9, leading=12, spaceAfter=5)
    head = ParagraphStyle("h", fontName="DejaVu-Bold", fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=4)
    cell = ParagraphStyle("c", fontName="DejaVu", fontSize=8, leading=10)
    story = []
    for b in blocks:
        kind = b[0]
        if kind == "h":
            story.append(Paragraph(esc(b[1]), head))
        elif kind == "p":
            story.append(Paragraph(esc(b[1]), body))
        elif kind == "table":
            rows = [[Paragraph(esc(c), cell) for c in row] for row in b[1]]
            t = Table(rows, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE4EE")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 6)]
        elif kind in ("list", "pre"):
            for item in b[1]:
                story.append(Paragraph(esc(item), body))
        elif kind == "genogram":
            story += [_genogram_flowable(b[1]), Spacer(1, 4)]
            for line in b[1].get("legend", []):
                story.append(Paragraph(esc(line), cell))
        elif kind == "circles":
            story += [_circles_flowable(b[1]), Spacer(1, 6)]
    bio = io.BytesIO()

    def deco(canvas, doc):
        if header:
            canvas.setFont("DejaVu", 7)
            canvas.drawString(40, A4[1] - 28, header)
            canvas.drawRightString(A4[0] - 40, 22, f"Page {doc.page}")

    doc = SimpleDocTemplate(bio, pagesize=A4, title=title, author=author, invariant=1,
                            leftMargin=45, rightMargin=45, topMargin=45, bottomMargin=40,
                            creator="Microsoft Word", producer="Microsoft: Print To PDF")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    return bio.getvalue()
