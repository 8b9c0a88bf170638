#!/usr/bin/env python3
"""Generate the hand-written booking-form corpus (NAME.eml + NAME.json) in this folder.

Written independently of the project's code: the forms are drawn here with reportlab
(PDF: AcroForm check boxes, radio buttons and text fields; printed glyphs; circled or struck
Yes/No answers; two-column tables) and python-docx (label/value tables; ☒/☐ glyphs; an "X" in
a separate cell; "delete as appropriate"; Wingdings check boxes via w:sym).

The labels (criteria, tick box, decision) are hand-written per case from shared/POLICY.md and
shared/DOMAIN.md; the deadlines are computed here from POLICY.md's rules with the `holidays`
package (England), counted from the day received (newest Received: header, Europe/London).
A small re-statement of POLICY.md's decision table checks that each hand-written decision is
consistent with the hand-written criteria, kind, district and tick box.

Run with the project venv:  .venv/bin/python tests/corpus/handwritten/forms/make_forms.py
"""

from __future__ import annotations

import datetime as dt
import email.policy
import email.utils
import hashlib
import io
import json
import sys
import zipfile
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

import holidays
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

OUT = Path(__file__).resolve().parent
LONDON = ZoneInfo("Europe/London")
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
pdfmetrics.registerFont(TTFont("DejaVu", DEJAVU))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", DEJAVU_B))

ALL_FLAGS = [
    "cancelled",
    "deadline_passed",
    "district_unknown",
    "encrypted_unreadable",
    "late_notice",
    "missing_conference_date",
    "missing_family_details",
    "missing_reason",
    "no_booking_form",
    "not_an_invitation",
    "possible_duplicate",
    "rescheduled",
    "tickbox_ambiguous",
    "tickbox_conflict",
    "unreadable_attachment",
    "unverified_sender",
]

# --------------------------------------------------------------------------------------------
# Working days and POLICY.md deadlines
# --------------------------------------------------------------------------------------------
ENG = holidays.country_holidays("GB", subdiv="ENG", years=[2026, 2027])


def is_wd(d: dt.date) -> bool:
    return d.weekday() < 5 and d not in ENG


def back_wd(d: dt.date, n: int) -> dt.date:
    while n:
        d -= dt.timedelta(days=1)
        if is_wd(d):
            n -= 1
    return d


def notice_wd(received: dt.date, conf: dt.date) -> int:
    n, d = 0, received
    while d < conf:
        d += dt.timedelta(days=1)
        if is_wd(d):
            n += 1
    return n


REPORT_N = {"wakefield": 3, "leeds": 1, "calderdale": 3, "kirklees": 3, "bradford": 3}


def min_notice(district: str, kind: str):
    initial = kind in ("initial", "transfer_in")
    if district == "wakefield":
        return 5 if initial else None
    if district == "leeds":
        return 5 if initial else 10
    return None


WAKEFIELD_LIST = {
    "current_investigation",
    "previous_investigation_escalation",
    "wilful_neglect_investigation",
    "police_protection",
    "child_sexual_exploitation",
    "domestic_abuse_current_involvement",
    "registered_sex_offender",
    "negotiated_attendance",
}
CALDERDALE_ATTEND = {
    "current_investigation",
    "wilful_neglect_investigation",
    "previous_investigation_escalation",
    "prior_unit_involvement",
    "registered_sex_offender",
    "negotiated_attendance",
}
REVIEW_DISCUSS = {
    "child_sexual_exploitation",
    "current_investigation",
    "registered_sex_offender",
    "police_protection",
    "domestic_abuse_current_involvement",
    "wilful_neglect_investigation",
}


def policy_decision(district, kind, criteria, tick, tick_state):
    """POLICY.md 'Decision' rules 2-4, restated by hand (used only as a consistency check)."""
    crit = set(criteria)
    if kind in ("initial", "transfer_in"):
        if district in ("wakefield", "kirklees", "bradford"):
            if crit & WAKEFIELD_LIST:
                return "attend"
        elif district == "leeds":
            if crit & (WAKEFIELD_LIST - {"child_sexual_exploitation"}):
                return "attend"
            if "child_sexual_exploitation" in crit:
                return "discuss"
        elif district == "calderdale":
            if crit & CALDERDALE_ATTEND:
                return "attend"
            if crit & {
                "police_protection",
                "child_sexual_exploitation",
                "domestic_abuse_current_involvement",
            }:
                return "discuss"
        if tick is True or tick_state == "both":
            return "discuss"
        return "report_only"
    if "core_group_member" in crit:
        return "attend"
    if crit & REVIEW_DISCUSS or tick is True:
        return "discuss"
    return "report_only"


# --------------------------------------------------------------------------------------------
# PDF drawing
# --------------------------------------------------------------------------------------------
class Pdf:
    """A tiny top-down layout on a reportlab canvas that remembers every string it draws."""

    def __init__(self, font="Helvetica", bold="Helvetica-Bold", size=9.5, margin=48):
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=A4, invariant=1)
        self.c.setTitle("Booking form")
        self.c.setAuthor("Children's Services")
        self.font, self.bold, self.size = font, bold, size
        self.m = margin
        self.w = A4[0] - 2 * margin
        self.y = A4[1] - margin
        self.texts: list[str] = []
        self.fields: list[str] = []

    def t(self, *texts):
        self.texts.extend(x for x in texts if x)

    def ensure(self, h):
        if self.y - h < 60:
            self.c.showPage()
            self.y = A4[1] - self.m

    def sw(self, s, font=None, size=None):
        return pdfmetrics.stringWidth(s, font or self.font, size or self.size)

    def text(self, x, y, s, font=None, size=None):
        self.c.setFont(font or self.font, size or self.size)
        self.c.drawString(x, y, s)

    def gap(self, h=6):
        self.y -= h

    def title(self, s, size=13):
        self.ensure(24)
        self.c.setFont(self.bold, size)
        self.c.drawCentredString(A4[0] / 2, self.y - size, s)
        self.y -= size + 10
        self.t(s)

    def line_text(self, s, bold=False, align="left", size=None):
        size = size or self.size
        self.ensure(size + 6)
        f = self.bold if bold else self.font
        self.c.setFont(f, size)
        if align == "center":
            self.c.drawCentredString(A4[0] / 2, self.y - size, s)
        elif align == "right":
            self.c.drawRightString(A4[0] - self.m, self.y - size, s)
        else:
            self.c.drawString(self.m, self.y - size, s)
        self.y -= size + 5
        self.t(s)

    def heading(self, s, bar=False):
        self.ensure(40)
        self.y -= 6
        if bar:
            self.c.setFillColor(colors.HexColor("#1f3864"))
            self.c.rect(self.m, self.y - 15, self.w, 16, stroke=0, fill=1)
            self.c.setFillColor(colors.white)
            self.text(self.m + 4, self.y - 11, s, self.bold, 10)
            self.c.setFillColor(colors.black)
            self.y -= 22
        else:
            self.text(self.m, self.y - 11, s, self.bold, 10.5)
            self.c.setLineWidth(0.6)
            self.c.line(self.m, self.y - 14, self.m + self.w, self.y - 14)
            self.y -= 22
        self.t(s)

    def para(self, s, indent=0, size=None, box=False):
        size = size or self.size
        lines = simpleSplit(s, self.font, size, self.w - indent - (8 if box else 0))
        lead = size + 3
        top = self.y
        self.ensure(lead * min(len(lines), 3) + 4)
        top = self.y
        x = self.m + indent + (4 if box else 0)
        for ln in lines:
            self.ensure(lead)
            self.text(x, self.y - size, ln, self.font, size)
            self.y -= lead
        if box and self.y < top:
            self.c.setLineWidth(0.5)
            self.c.rect(self.m + indent, self.y - 2, self.w - indent, top - self.y + 2)
        self.y -= 5
        self.t(s)

    def table(self, rows, widths, header=True, grid=True, size=None, bold_first_col=False):
        """rows: list of lists of strings. Cells wrap. Records cells and whole rows."""
        size = size or self.size
        lead = size + 2.5
        for ri, row in enumerate(rows):
            wrapped = [
                simpleSplit(cell, self.font, size, w - 6) or [""] for cell, w in zip(row, widths)
            ]
            h = max(len(wl) for wl in wrapped) * lead + 5
            self.ensure(h)
            x = self.m
            for ci, (wl, w) in enumerate(zip(wrapped, widths)):
                if grid:
                    self.c.setLineWidth(0.5)
                    if header and ri == 0:
                        self.c.setFillColor(colors.HexColor("#e7e6e6"))
                        self.c.rect(x, self.y - h, w, h, stroke=1, fill=1)
                        self.c.setFillColor(colors.black)
                    else:
                        self.c.rect(x, self.y - h, w, h, stroke=1, fill=0)
                f = self.bold if (header and ri == 0) or (bold_first_col and ci == 0) else self.font
                yy = self.y - size - 2
                for ln in wl:
                    self.text(x + 3, yy, ln, f, size)
                    yy -= lead
                x += w
            self.y -= h
            self.t(*row)
            self.t(" ".join(c for c in row if c))
        self.y -= 6

    def kv(self, pairs, lw=165, grid=True):
        self.table(
            [[k, v] for k, v in pairs],
            [lw, self.w - lw],
            header=False,
            grid=grid,
            bold_first_col=True,
        )

    # ---- tick renderings ----------------------------------------------------------------
    def segments(self, segs, size=None, x=None, bold_idx=()):
        """Draw strings left to right on one line; returns their (x, width) positions."""
        size = size or self.size
        self.ensure(size + 10)
        x = self.m if x is None else x
        pos = []
        base = self.y - size - 2
        for i, s in enumerate(segs):
            f = self.bold if i in bold_idx else self.font
            self.text(x, base, s, f, size)
            w = self.sw(s, f, size)
            pos.append((x, w, base))
            x += w
        self.y -= size + 10
        self.t(*[s.strip() for s in segs if s.strip()])
        self.t("".join(segs).strip())
        return pos

    def circle(self, pos, size=None):
        size = size or self.size
        x, w, base = pos
        self.c.setLineWidth(1.1)
        self.c.ellipse(x - 5, base - 4, x + w + 5, base + size + 2, stroke=1, fill=0)

    def strike(self, pos, size=None):
        size = size or self.size
        x, w, base = pos
        self.c.setLineWidth(1.2)
        self.c.line(x - 2, base + size * 0.33, x + w + 2, base + size * 0.33)

    def acro_checks(self, options, name_prefix, style="check", x0=None, gapx=200):
        """options: [(label, checked)] on one line, box then label."""
        self.ensure(22)
        x = self.m + 4 if x0 is None else x0
        for i, (label, checked) in enumerate(options):
            self.c.acroForm.checkbox(
                name=f"{name_prefix}_{i}",
                tooltip=label,
                checked=checked,
                buttonStyle=style,
                x=x,
                y=self.y - 14,
                size=12,
                borderWidth=1,
                forceBorder=True,
                fillColor=colors.white,
                borderColor=colors.black,
                textColor=colors.black,
            )
            self.text(x + 17, self.y - 11, label)
            self.t(label)
            x += gapx
        self.y -= 22

    def acro_radio(self, options, name, selected):
        self.ensure(22)
        x = self.m + 4
        for label, value in options:
            self.c.acroForm.radio(
                name=name,
                value=value,
                selected=(value == selected),
                x=x,
                y=self.y - 14,
                size=12,
                buttonStyle="circle",
                borderWidth=1,
                forceBorder=True,
                fillColor=colors.white,
                borderColor=colors.black,
                textColor=colors.black,
            )
            self.text(x + 17, self.y - 11, label)
            self.t(label)
            x += 90
        self.y -= 22

    def acro_fields(self, pairs, lw=150, fw=230, prefix="f"):
        """label drawn as text, value in an AcroForm text field."""
        for i, (label, value) in enumerate(pairs):
            self.ensure(22)
            self.text(self.m, self.y - 12, label, self.bold)
            self.c.acroForm.textfield(
                name=f"{prefix}{i}",
                value=value,
                x=self.m + lw,
                y=self.y - 17,
                width=fw,
                height=16,
                fontName="Helvetica",
                fontSize=9.5,
                borderWidth=0.8,
                borderColor=colors.grey,
                fillColor=colors.white,
                textColor=colors.black,
            )
            self.y -= 21
            self.t(label)
            self.fields.append(value)

    def finish(self) -> bytes:
        self.c.save()
        return self.buf.getvalue()


def pdf_extracted_lines(data: bytes) -> list[str]:
    import pdfplumber

    lines = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            lines.extend(ln for ln in (page.extract_text() or "").splitlines() if ln.strip())
    return lines


# --------------------------------------------------------------------------------------------
# DOCX drawing
# --------------------------------------------------------------------------------------------
class Docx:
    def __init__(self, author):
        self.d = Document()
        st = self.d.styles["Normal"]
        st.font.name = "Arial"
        st.font.size = Pt(10)
        cp = self.d.core_properties
        cp.author = author
        cp.last_modified_by = author
        cp.title = "Booking form"
        cp.created = dt.datetime(2026, 11, 20, 9, 0, 0)
        cp.modified = dt.datetime(2026, 11, 20, 9, 0, 0)
        cp.revision = 3
        self.texts: list[str] = []

    def t(self, *texts):
        self.texts.extend(x for x in texts if x)

    def title(self, s, size=14):
        p = self.d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(s)
        r.bold = True
        r.font.size = Pt(size)
        self.t(s)

    def line(self, s, bold=False, align=None, size=None, color=None):
        p = self.d.add_paragraph()
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = p.add_run(s)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        self.t(s)

    def heading(self, s):
        p = self.d.add_paragraph()
        r = p.add_run(s)
        r.bold = True
        r.font.size = Pt(11.5)
        r.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
        self.t(s)

    def para(self, s):
        self.d.add_paragraph(s)
        self.t(s)

    def table(self, rows, header=True, bold_first_col=False, widths=None):
        """rows: list of lists; a cell may be a str or a callable(cell) that fills it and
        returns the list of texts it wrote."""
        ncol = max(len(r) for r in rows)
        tb = self.d.add_table(rows=0, cols=ncol)
        tb.style = "Table Grid"
        for ri, row in enumerate(rows):
            cells = tb.add_row().cells
            row_texts = []
            for ci, val in enumerate(row):
                cell = cells[ci]
                if callable(val):
                    written = val(cell)
                    self.t(*written)
                    row_texts.append(" ".join(written))
                    continue
                cell.text = ""
                run = cell.paragraphs[0].add_run(val)
                if (header and ri == 0) or (bold_first_col and ci == 0):
                    run.bold = True
                self.t(val)
                row_texts.append(val)
            self.t(" ".join(x for x in row_texts if x))
        self.d.add_paragraph()
        return tb

    def kv(self, pairs):
        return self.table([[k, v] for k, v in pairs], header=False, bold_first_col=True)

    def finish(self) -> bytes:
        buf = io.BytesIO()
        self.d.save(buf)
        # rewrite the zip with fixed timestamps so the bytes are reproducible
        src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            for info in src.infolist():
                zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 20, 9, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, src.read(info.filename))
        return out.getvalue()


def add_sym(paragraph, char_hex, font="Wingdings"):
    r = paragraph.add_run()
    sym = OxmlElement("w:sym")
    sym.set(qn("w:font"), font)
    sym.set(qn("w:char"), char_hex)
    r._r.append(sym)
    return r


def cell_runs(parts):
    """parts: [(text, {strike/bold})] -> a cell filler."""

    def fill(cell):
        cell.text = ""
        p = cell.paragraphs[0]
        for text, fmt in parts:
            r = p.add_run(text)
            if fmt.get("strike"):
                r.font.strike = True
            if fmt.get("bold"):
                r.bold = True
        return ["".join(t for t, _ in parts)]

    return fill


def cell_wingdings(options):
    """options: [(label, checked)] -> Wingdings box symbols then the label."""

    def fill(cell):
        cell.text = ""
        p = cell.paragraphs[0]
        for i, (label, checked, on, off) in enumerate(options):
            add_sym(p, on if checked else off)
            p.add_run(" " + label + ("    " if i < len(options) - 1 else ""))
        return [label for label, *_ in options]

    return fill


# --------------------------------------------------------------------------------------------
# Email
# --------------------------------------------------------------------------------------------
DISTRICTS = {
    "wakefield": (
        "mail1.wakefield.gov.uk",
        "198.51.100.59",
        "Wakefield CPPU <wakefield.cppu@westyorkshire.police.uk>",
    ),
    "leeds": (
        "smtp-out2.leeds.gov.uk",
        "198.51.100.15",
        "CPPU Weetwood - Conference Invites <leeds.cpc@westyorkshire.police.uk>",
    ),
    "calderdale": (
        "mx-out.calderdale.gov.uk",
        "198.51.100.88",
        "CD Safeguarding Case Conference <calderdale.sgu@westyorkshire.police.uk>",
    ),
    "kirklees": (
        "relay.kirklees.gov.uk",
        "198.51.100.120",
        "Kirklees Safeguarding Unit <kirklees.sgu@westyorkshire.police.uk>",
    ),
    "bradford": (
        "outbound.bradford.gov.uk",
        "198.51.100.140",
        "Bradford CSU Conferences <bradford.csu@westyorkshire.police.uk>",
    ),
}


def build_eml(case: dict, attachment: bytes) -> bytes:
    district = case["district"]
    host, ip, to = DISTRICTS[district]
    sender_addr = case["from_addr"]
    sender_domain = sender_addr.split("@", 1)[1]
    seed = hashlib.sha256(case["name"].encode()).hexdigest()
    msg = EmailMessage(policy=email.policy.default)
    newest = case["received"]  # the police MX stamp (newest Received:)
    older = case.get("relay_received") or case["date_hdr"]
    if sender_domain.endswith(".cjsm.net"):
        msg["Received"] = (
            f"from {host} ({host} [{ip}]) by mx1.westyorkshire.police.uk "
            f"with ESMTPS id {seed[:10].upper()}; {newest}"
        )
        msg["Received"] = (
            f"from relay2.cjsm.net (relay.cjsm.net [203.0.113.122]) by {host} "
            f"with ESMTPS id {seed[10:20].upper()}; {older}"
        )
    else:
        msg["Received"] = (
            f"from {host} ({host} [{ip}]) by mx1.westyorkshire.police.uk "
            f"with ESMTPS id {seed[:10].upper()}; {newest}"
        )
        msg["Received"] = (
            f"from EXCH0{int(seed[20], 16) % 9 + 1}.corp.local (10.{int(seed[21:23], 16)}.{int(seed[23:25], 16)}.{int(seed[25:27], 16)}) "
            f"by {host} with Microsoft SMTP Server; {older}"
        )
    auth_dom = sender_domain
    msg["Authentication-Results"] = (
        f"mx1.westyorkshire.police.uk; dkim=pass header.d={auth_dom}; "
        f"spf=pass smtp.mailfrom={auth_dom}; dmarc=pass (p=QUARANTINE) "
        f"header.from={auth_dom}"
    )
    msg["Message-ID"] = f"<{seed[:24]}@{host}>"
    msg["Date"] = case["date_hdr"]
    msg["From"] = email.utils.formataddr((case["from_name"], sender_addr))
    msg["To"] = to
    msg["Subject"] = case["subject"]
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    msg.set_content(case["body"], charset="utf-8", cte="quoted-printable")
    if case.get("html"):
        msg.add_alternative(case["html"], subtype="html", charset="utf-8", cte="quoted-printable")
    if case["att_type"] == "pdf":
        maintype, subtype = "application", "pdf"
    else:
        maintype, subtype = (
            "application",
            "vnd.openxmlformats-officedocument.wordprocessingml.document",
        )
    msg.add_attachment(attachment, maintype=maintype, subtype=subtype, filename=case["filename"])
    msg.set_boundary(f"----=_NextPart_{seed[30:46]}")
    for i, part in enumerate(msg.walk()):
        if part is not msg and part.is_multipart():
            part.set_boundary(f"----=_NextPart_{i:03d}_{seed[46:58]}")
    return msg.as_bytes(policy=email.policy.default.clone(linesep="\n"))


def day_received(case) -> dt.date:
    return email.utils.parsedate_to_datetime(case["received"]).astimezone(LONDON).date()


def signature(name, *lines):
    return "\n".join([name, *lines])


def html_from_text(body: str) -> str:
    from html import escape

    paras = [p for p in body.split("\n\n")]
    inner = "".join("<p>" + escape(p).replace("\n", "<br>\n") + "</p>\n" for p in paras)
    return (
        '<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial">\n'
        + inner
        + "</body></html>"
    )


# --------------------------------------------------------------------------------------------
# The cases
# --------------------------------------------------------------------------------------------
CASES = []


def case(fn):
    CASES.append(fn)
    return fn


WAKEFIELD_SIG = [
    "Safeguarding and Review Unit",
    "Children and Young People's Service",
    "Wakefield Council",
]
LEEDS_SIG = ["Integrated Safeguarding Unit | Children and Families | Leeds City Council"]
CALDERDALE_SIG = ["Safeguarding and Quality Assurance Service", "Calderdale Council"]
KIRKLEES_SIG = ["Child Protection Conference Team", "Children's Services | Kirklees Council"]
BRADFORD_SIG = [
    "Child Protection Conference Service",
    "Bradford Children and Families Trust | City of Bradford MDC",
]


@case
def h01():
    p = Pdf()
    p.line_text("OFFICIAL-SENSITIVE", bold=True, align="right", size=8)
    p.title("REQUEST FOR INITIAL CHILD PROTECTION CONFERENCE")
    p.line_text("Wakefield Council | Safeguarding and Review Unit", align="center", size=9)
    p.heading("1. Reason for the conference")
    reason = (
        "On 24 November 2026 Ellis told his class teacher that his uncle, Darren Pickersgill, who has "
        "lodged with the family since the summer, had touched him inappropriately at bedtime on "
        "several occasions. Mr Pickersgill was arrested that evening and has been released on "
        "pre-charge bail with a condition that he does not live at the family address or contact "
        "either child. Ellis is due to give a video-recorded (ABE) interview at the Child Advocacy "
        "Centre later this week. DC Sunita Varley of the Wakefield Child Safeguarding Unit is the "
        "officer in the case and the police investigation is continuing."
    )
    p.para(reason, box=True)
    p.kv([("Category of registration", "Sexual abuse")])
    p.heading("2. Child/ren's details")
    p.table(
        [
            ["Full name", "Date of birth", "Gender", "School"],
            ["Ellis Brackenbury", "14/06/2016", "Male", "Horbury Bridge Primary"],
            ["Maisie Brackenbury", "02/02/2019", "Female", "Horbury Bridge Primary"],
        ],
        [150, 90, 70, p.w - 310],
    )
    p.heading("3. Parents/carers and household")
    p.table(
        [
            ["Name", "Relationship to children", "Date of birth", "Lives in household?"],
            ["Joanne Brackenbury", "Mother", "19/07/1988", "Yes"],
            [
                "Darren Pickersgill",
                "Maternal uncle (lodger)",
                "03/11/1979",
                "No - moved out under bail conditions",
            ],
        ],
        [140, 140, 80, p.w - 360],
    )
    p.heading("4. Conference arrangements")
    p.acro_fields(
        [
            ("Conference type", "Initial"),
            ("Date", "08/12/2026"),
            ("Start time", "10.30am"),
            ("Venue", "Castleford Civic Centre, Room 2"),
            ("Chair", "Pauline Scargill"),
            ("Social worker", "Owen Lightowler"),
        ],
        prefix="conf_",
    )
    p.heading("5. West Yorkshire Police")
    p.line_text("Please mark one box:")
    p.acro_checks([("Police attendance required", True), ("Written report only", False)], "police")
    p.kv([("Form completed by", "Owen Lightowler, Social Worker, 27/11/2026")])
    data = p.finish()
    body = (
        "Good afternoon,\n\nPlease find attached a request for an Initial Child Protection Conference for "
        "Ellis and Maisie Brackenbury on Tuesday 8 December 2026 at 10.30am at Castleford Civic Centre.\n\n"
        "A police report is needed three working days before the conference.\n\nRegards\n\n"
        + signature("Lorna Haigh", *WAKEFIELD_SIG, "Tel: 01924 302281")
    )
    return dict(
        name="h01-wakefield-icpc-pdf-acroform-fields-bail-abe",
        district="wakefield",
        from_name="Lorna Haigh",
        from_addr="lorna.haigh@wakefield.gov.uk",
        date_hdr="Mon, 30 Nov 2026 14:08:51 +0000",
        received="Mon, 30 Nov 2026 14:12:30 +0000",
        subject="OFFICIAL-SENSITIVE: ICPC request - BRACKENBURY - 08/12/2026",
        body=body,
        att_type="pdf",
        filename="ICPC request Brackenbury.pdf",
        data=data,
        pdf=p,
        kind="initial",
        pre_birth=False,
        date="2026-12-08",
        time="10:30",
        tick=True,
        tick_state="clear",
        harm=["sexual"],
        children=[("Ellis Brackenbury", "2016-06-14"), ("Maisie Brackenbury", "2019-02-02")],
        adults=["Joanne Brackenbury", "Darren Pickersgill"],
        criteria=["current_investigation"],
        decision="attend",
        tags=["pdf-acroform", "acroform-textfields", "initial", "tick-attend"],
        notes="uncle (household lodger) on pre-charge bail, ABE pending, OIC named: current investigation of sexual abuse in the family (Wakefield item 1)",
    )


@case
def h02():
    d = Docx("Leeds City Council")
    d.line("OFFICIAL-SENSITIVE", bold=True, align="center", color="C00000")
    d.title("Child Protection Conference - Booking Request")
    d.line("Leeds Children and Families | Integrated Safeguarding Unit", align="center")
    d.heading("Section A - Child/ren's details")
    d.table(
        [
            ["Name", "D.O.B.", "Gender", "Education setting"],
            ["Kian Ackroyd-Bell", "30/09/2017", "Male", "Beeston Hill St Luke's"],
        ]
    )
    d.heading("Section B - Parents/carers")
    d.table(
        [
            ["Name", "Relationship", "D.O.B.", "Address"],
            ["Stacey Ackroyd", "Mother", "12/01/1991", "14 Tempest Road, Leeds LS11"],
            ["Lewis Bell", "Father", "08/05/1989", "14 Tempest Road, Leeds LS11"],
        ]
    )
    d.heading("Significant others")
    d.table(
        [
            ["Name", "Relationship", "Role"],
            ["Brenda Bell", "Paternal grandmother", "Provides care at weekends"],
        ]
    )
    d.heading("Section C - Reason for the conference")
    reason = (
        "In February 2025 West Yorkshire Police investigated Mr Bell after Kian arrived at school with a "
        "bruised eye; Mr Bell was interviewed but the investigation was closed with no further action. "
        "Since Mr Bell moved back into the family home in October 2026 the school has logged four further "
        "injuries, each more serious than the last, the most recent being a burn to Kian's forearm on "
        "26/11/2026. Kian has told his teacher he is scared when his dad gets cross. The risk to Kian is "
        "escalating and the safety plan agreed in 2025 has broken down. A strategy discussion was held on "
        "27/11/2026 and a paediatric assessment of the burn has been requested."
    )
    d.para(reason)
    d.kv([("Category of concern", "Physical abuse")])
    d.heading("Section D - Conference")
    d.kv(
        [
            ("Type of conference", "Initial Child Protection Conference"),
            ("Date", "Wednesday 16th December 2026"),
            ("Time", "9.30am"),
            ("Venue", "Merrion House, 110 Merrion Centre, Leeds"),
            (
                "Is Police attendance requested?",
                cell_runs(
                    [
                        ("Yes", {}),
                        (" / ", {}),
                        ("No", {"strike": True}),
                        (" (delete as appropriate)", {}),
                    ]
                ),
            ),
            ("Booking completed by", "Ayesha Thornber (Social Worker), 30/11/2026"),
        ]
    )
    data = d.finish()
    body = (
        "Hello,\n\nPlease see the attached conference booking request for Kian Ackroyd-Bell. The Initial Child "
        "Protection Conference will take place on 16/12/2026 at 9.30am at Merrion House.\n\n"
        "Police reports to the ISU no later than 24 hours before the conference please.\n\nThanks\n\n"
        + signature("Gareth Spencer", *LEEDS_SIG, "Tel: 0113 3781402")
    )
    return dict(
        name="h02-leeds-icpc-docx-delete-strike-escalation",
        district="leeds",
        from_name="Gareth Spencer",
        from_addr="gareth.spencer@leeds.gov.uk",
        date_hdr="Tue, 01 Dec 2026 11:20:05 +0000",
        received="Tue, 01 Dec 2026 11:21:40 +0000",
        subject="[SECURE] Booking request - ICPC - ACKROYD-BELL",
        body=body,
        html=html_from_text(body),
        att_type="docx",
        filename="ICPC booking - Ackroyd-Bell.docx",
        data=data,
        docx=d,
        kind="initial",
        pre_birth=False,
        date="2026-12-16",
        time="09:30",
        tick=True,
        tick_state="clear",
        harm=["physical"],
        children=[("Kian Ackroyd-Bell", "2017-09-30")],
        adults=["Stacey Ackroyd", "Lewis Bell", "Brenda Bell"],
        criteria=["previous_investigation_escalation", "prior_unit_involvement"],
        decision="attend",
        tags=[
            "docx-delete-strike",
            "html-cover-note",
            "initial",
            "tick-attend",
            "strategy-discussion-trap",
        ],
        notes="2025 police investigation (NFA) plus clearly escalating injuries since father returned: Leeds item 2; the closed investigation is also prior unit involvement; strategy discussion is not an investigation",
    )


@case
def h03():
    p = Pdf(font="DejaVu", bold="DejaVu-Bold")
    p.line_text("OFFICIAL - SENSITIVE", align="center", bold=True, size=8)
    p.title("Kirklees Council - Child Protection Conference Booking Request")
    p.heading("Conference", bar=True)
    p.kv(
        [
            ("Conference", "Initial Child Protection Conference"),
            ("Date of conference", "Thursday 10th December 2026"),
            ("Time", "1pm"),
            ("Venue", "Civic Centre 1, Huddersfield"),
            ("Chair", "Ranjit Sahota"),
        ]
    )
    p.heading("Reason for the conference", bar=True)
    reason = (
        "Corey has type 1 diabetes. Between August and November 2026 he was admitted to Huddersfield Royal "
        "Infirmary three times in diabetic ketoacidosis after his parents stopped collecting his insulin "
        "and cancelled his diabetes clinic appointments. On a home visit the diabetes nurse found the house "
        "without heating and with no food in the cupboards. Kirklees Child Safeguarding Unit have opened a "
        "criminal investigation into child cruelty by wilful neglect under section 1 of the Children and "
        "Young Persons Act 1933, and both parents are to be interviewed under caution on 04/12/2026. The "
        "police investigation is ongoing."
    )
    p.para(reason)
    p.kv([("Category", "Neglect")])
    p.heading("Children", bar=True)
    p.table(
        [["Name", "DOB", "School"], ["Corey Sugden", "07/03/2014", "Almondbury Community School"]],
        [170, 90, p.w - 260],
    )
    p.heading("Parents/carers", bar=True)
    p.table(
        [
            ["Name", "Relationship", "DOB"],
            ["Lisa Sugden", "Mother", "21/10/1984"],
            ["Martin Sugden", "Father", "02/06/1982"],
        ],
        [170, 140, p.w - 310],
    )
    p.heading("Significant others", bar=True)
    p.para("None known.")
    p.heading("Police", bar=True)
    pos = p.segments(
        ["Is Police attendance requested?   ", "Yes", "     /     ", "No", "   (please circle)"],
        bold_idx=(0,),
    )
    p.circle(pos[3])
    p.kv([("Completed by", "Hannah Crossley, Social Worker"), ("Date", "24/11/2026")])
    data = p.finish()
    body = (
        "Dear colleague,\n\nAn Initial Child Protection Conference has been booked for Corey Sugden (DOB "
        "07/03/2014). Details are on the attached booking request.\n\nPlease send your agency report to the "
        "conference team by secure email.\n\nBest wishes\n\n"
        + signature("Fiona Brook", *KIRKLEES_SIG, "Tel: 01484 221000")
    )
    return dict(
        name="h03-kirklees-icpc-pdf-circled-no-wilful-neglect",
        district="kirklees",
        from_name="Fiona Brook",
        from_addr="fiona.brook@kirklees.gov.uk",
        date_hdr="Wed, 25 Nov 2026 10:02:17 +0000",
        received="Wed, 25 Nov 2026 10:04:02 +0000",
        subject="Initial CP Conference - SUGDEN - 10 December 2026",
        body=body,
        att_type="pdf",
        filename="Booking request - Sugden.pdf",
        data=data,
        pdf=p,
        kind="initial",
        pre_birth=False,
        date="2026-12-10",
        time="13:00",
        tick=False,
        tick_state="clear",
        harm=["neglect"],
        children=[("Corey Sugden", "2014-03-07")],
        adults=["Lisa Sugden", "Martin Sugden"],
        criteria=["wilful_neglect_investigation"],
        decision="attend",
        tags=[
            "pdf-circled-answer",
            "district-kirklees",
            "initial",
            "tick-report",
            "tickbox-conflict",
        ],
        notes="police actively investigating s1 CYPA 1933 cruelty by neglect: Kirklees decided by Wakefield rules (item 3) = attend; 'No' is circled so tickbox_conflict",
    )


@case
def h04():
    p = Pdf(font="DejaVu", bold="DejaVu-Bold", size=9)
    p.line_text("OFFICIAL-SENSITIVE", bold=True, size=8)
    p.title("Leeds City Council - Conference Booking Form", size=12)
    rows = [
        ("Type of conference", "ICPC"),
        ("Conference date", "Fri 11 December 2026"),
        ("Time", "14:00"),
        ("Location", "Microsoft Teams (virtual)"),
        ("Mosaic number", "MOS318804"),
        (
            "Child/ren's details",
            "Nevaeh Oduya, DOB 21/04/2021, female; Tobias Oduya, DOB 10/12/2023, male",
        ),
        ("Parents/carers", "Precious Oduya (mother), DOB 17/02/2000"),
        (
            "Significant others",
            "Gloria Oduya (maternal grandmother, current carer), DOB 05/06/1969",
        ),
        ("Category", "Neglect"),
        (
            "Reason for the conference",
            "In the early hours of 29/11/2026 officers responded to a call from a member of the public who had "
            "found Nevaeh, aged five, walking alone along Roundhay Road in her pyjamas. When officers took her home "
            "they found Tobias alone in the flat and Ms Oduya absent; she returned at 4.15am intoxicated. Both "
            "children were removed under section 46 of the Children Act 1989 and taken to their maternal "
            "grandmother's home, where they remain under a safety plan. This conference is requested as a result "
            "of that police protection.",
        ),
        ("Is Police attendance requested?", "[X] Yes     [ ] No"),
        ("Social worker", "Rhiannon Dalby, Chapeltown Social Work Team"),
    ]
    p.kv(rows, lw=150)
    data = p.finish()
    body = (
        "Hi,\n\nPlease find attached a booking form for an ICPC for the Oduya children on 11/12/2026 at 2pm "
        "(Teams).\n\nReports to the ISU by 24 hours prior please.\n\nKind regards,\n\n"
        + signature("Joel Akinwale", *LEEDS_SIG)
    )
    return dict(
        name="h04-leeds-icpc-pdf-twocol-s46-police-protection",
        district="leeds",
        from_name="Joel Akinwale",
        from_addr="joel.akinwale@leeds.gov.uk",
        date_hdr="Thu, 03 Dec 2026 10:01:44 +0000",
        received="Thu, 03 Dec 2026 10:05:12 +0000",
        subject="ICPC - ODUYA - 11/12/2026",
        body=body,
        att_type="pdf",
        filename="Oduya booking form.pdf",
        data=data,
        pdf=p,
        kind="initial",
        pre_birth=False,
        date="2026-12-11",
        time="14:00",
        tick=True,
        tick_state="clear",
        harm=["neglect"],
        children=[("Nevaeh Oduya", "2021-04-21"), ("Tobias Oduya", "2023-12-10")],
        adults=["Precious Oduya", "Gloria Oduya"],
        criteria=["police_protection"],
        decision="attend",
        tags=["pdf-two-column", "pdf-glyph-brackets", "initial", "tick-attend"],
        notes="conference arises from removal under s46 Children Act 1989 (Leeds item 4): attend",
    )


@case
def h05():
    d = Docx("Wakefield Council")
    d.line("OFFICIAL-SENSITIVE", bold=True, align="right")
    d.title("Wakefield Safeguarding and Review Unit")
    d.line("Booking form: Child Protection Conference", align="center", bold=True)
    d.heading("Part 1 - Reason for the conference")
    reason = (
        "Summer, who is fifteen, has gone missing from home eleven times since September and on three "
        "occasions has been found in a flat in Ossett belonging to a 34-year-old man. She has been given a "
        "mobile phone, cannabis and money by men she met online, and explicit images of her have been shared "
        "on social media. The exploitation screening completed on 30/11/2026 assessed her as at high risk "
        "of being sexually exploited, and she will be discussed at the next Child Exploitation Panel. Ms "
        "Lockwood and Mr Wray are struggling to keep her safe and Summer will not engage with her social worker."
    )
    d.para(reason)
    d.kv([("Category of registration", "Sexual abuse")])
    d.heading("Part 2 - Child")
    d.kv(
        [
            ("Name", "Summer Lockwood"),
            ("Date of birth", "15/08/2011"),
            ("School", "Outwood Academy City Fields"),
        ]
    )
    d.heading("Part 3 - Parents/carers")
    d.table(
        [
            ["Name", "Relationship", "Date of birth"],
            ["Dawn Lockwood", "Mother", "28/02/1986"],
            ["Gary Wray", "Stepfather", "14/09/1980"],
        ]
    )
    d.heading("Part 4 - Conference")
    d.kv(
        [
            ("Conference type", "ICPC"),
            ("Date", "14/12/2026"),
            ("Time", "11:00"),
            ("Venue", "County Hall, Wakefield - Room 104"),
            ("Chair", "Bernard Sykes"),
        ]
    )
    d.heading("Part 5 - West Yorkshire Police (mark with an X)")
    d.table([["Police attendance required", "X"], ["Written report sufficient", ""]], header=False)
    d.kv([("Completed by", "Tamsin Royle, Social Worker"), ("Date", "03/12/2026")])
    data = d.finish()
    body = (
        "Morning,\n\nBooking form attached for an initial conference for Summer Lockwood, Monday 14th December "
        "at 11am, County Hall.\n\nThanks,\n\n" + signature("Carl Beaumont", *WAKEFIELD_SIG)
    )
    return dict(
        name="h05-wakefield-icpc-docx-xcell-sexual-exploitation",
        district="wakefield",
        from_name="Carl Beaumont",
        from_addr="carl.beaumont@wakefield.gov.uk",
        date_hdr="Fri, 04 Dec 2026 08:47:29 +0000",
        received="Fri, 04 Dec 2026 08:48:03 +0000",
        subject="Booking form - Initial CP Conference - LOCKWOOD",
        body=body,
        att_type="docx",
        filename="Booking form Lockwood.docx",
        data=data,
        docx=d,
        kind="initial",
        pre_birth=False,
        date="2026-12-14",
        time="11:00",
        tick=True,
        tick_state="clear",
        harm=["sexual"],
        children=[("Summer Lockwood", "2011-08-15")],
        adults=["Dawn Lockwood", "Gary Wray"],
        criteria=["child_sexual_exploitation"],
        decision="attend",
        tags=["docx-x-in-cell", "initial", "tick-attend"],
        notes="current high risk of being sexually exploited (no 'CSE' abbreviation used): Wakefield item 5, attend",
    )


@case
def h06():
    d = Docx("Leeds City Council")
    d.line("OFFICIAL-SENSITIVE", bold=True)
    d.title("Request for a Child Protection Conference")
    d.kv(
        [
            ("Conference requested", "Initial Child Protection Conference"),
            ("Date and time", "Tues 5th Jan 2027, 10:00"),
            ("Location", "Microsoft Teams"),
            ("Category of concern", "Emotional harm"),
        ]
    )
    d.heading("Reason for the conference")
    reason = (
        "Ms Dunderdale has been subjected to escalating violence and coercive control by her partner, Jason "
        "Crowther, including an attempt to strangle her on 21/11/2026 in front of both children. The case "
        "was heard at the Leeds MARAC on 10/12/2026 as high risk (DASH score 19). A Domestic Violence "
        "Protection Order was made at Leeds Magistrates' Court on 23/11/2026 and remains in force, and the "
        "Leeds Domestic Violence Co-ordinator and a police domestic abuse officer are working directly with "
        "Ms Dunderdale on her safety plan. Harvey has begun to act out the violence at nursery."
    )
    d.para(reason)
    d.heading("Child/ren's details")
    d.table(
        [
            ["Child", "Date of birth", "Setting"],
            ["Harvey Dunderdale", "03/03/2020", "Little Owls Nursery"],
            ["Isla Dunderdale", "27/07/2022", "At home"],
        ]
    )
    d.heading("Parents/carers and significant others")
    d.table(
        [
            ["Name", "Relationship to the children", "Date of birth"],
            ["Kerry Dunderdale", "Mother", "09/09/1995"],
            ["Jason Crowther", "Mother's partner (excluded from the home by DVPO)", "30/01/1990"],
        ]
    )
    d.kv([("Requested by", "Shona McBride, Social Worker, 11/12/2026")])
    data = d.finish()
    body = (
        "Good afternoon,\n\nAttached is the conference request for Harvey and Isla Dunderdale. The ICPC is on "
        "Tuesday 5 January 2027 at 10am on Teams.\n\nCould the police please provide a report for the chair "
        "by 24 hours before.\n\nRegards\n\n" + signature("Nia Harrop", *LEEDS_SIG)
    )
    return dict(
        name="h06-leeds-icpc-docx-no-tickbox-marac-dvpo",
        district="leeds",
        from_name="Nia Harrop",
        from_addr="nia.harrop@leeds.gov.uk",
        date_hdr="Mon, 14 Dec 2026 13:55:10 +0000",
        received="Mon, 14 Dec 2026 13:56:48 +0000",
        subject="Conference request - DUNDERDALE - ICPC 05/01/2027",
        body=body,
        att_type="docx",
        filename="CP conference request Dunderdale.docx",
        data=data,
        docx=d,
        kind="initial",
        pre_birth=False,
        date="2027-01-05",
        time="10:00",
        tick=None,
        tick_state="absent",
        harm=["emotional"],
        children=[("Harvey Dunderdale", "2020-03-03"), ("Isla Dunderdale", "2022-07-27")],
        adults=["Kerry Dunderdale", "Jason Crowther"],
        criteria=["domestic_abuse_current_involvement"],
        decision="attend",
        tags=["docx-table", "no-tickbox", "initial", "christmas-holidays", "notice-ok"],
        notes="serious DA with MARAC, DVPO in force, DV co-ordinator and police DA officer involved: Leeds item 5; deadlines cross Christmas/New Year bank holidays",
    )


@case
def h07():
    p = Pdf(font="DejaVu", bold="DejaVu-Bold")
    p.line_text("OFFICIAL-SENSITIVE", bold=True, align="center", size=8)
    p.title("Calderdale Council - Child Protection Conference Booking")
    p.heading("Children")
    p.table(
        [
            ["Name", "Date of birth", "Gender"],
            ["Poppy Greenwood", "09/09/2018", "F"],
            ["Lily-Mae Greenwood", "26/01/2021", "F"],
        ],
        [200, 120, p.w - 320],
    )
    p.heading("Parents/carers")
    p.table(
        [["Name", "Relationship", "Date of birth"], ["Natalie Greenwood", "Mother", "13/03/1993"]],
        [200, 120, p.w - 320],
    )
    p.heading("Significant others")
    p.table(
        [
            ["Name", "Relationship", "Date of birth"],
            ["Barry Holdsworth", "Mother's boyfriend (stays weekends)", "22/12/1975"],
        ],
        [200, 170, p.w - 370],
    )
    p.heading("Reason for the conference")
    reason = (
        "Ms Greenwood has been in a relationship since the summer with Barry Holdsworth, who stays at the "
        "family home most weekends. Mr Holdsworth is managed by the police as a MAPPA Category 1 offender "
        "and remains subject to notification requirements until 2029. Ms Greenwood did not tell the social "
        "worker about the relationship and has allowed him to collect Poppy from school on at least two "
        "occasions."
    )
    p.para(reason)
    p.kv(
        [
            ("Category", "Sexual"),
            ("Conference", "Initial"),
            ("Date", "Wed 9 Dec 2026"),
            ("Time", "10:00 hrs"),
            ("Venue", "Halifax Town Hall, Committee Room B"),
        ],
        lw=120,
    )
    p.heading("Police")
    p.table(
        [["Police attendance required", ""], ["Written report sufficient", "✔"]],
        [250, 40],
        header=False,
    )
    p.kv([("Social worker", "Imogen Priestley"), ("Date of request", "27/11/2026")], lw=120)
    data = p.finish()
    body = (
        "Dear Safeguarding Unit,\n\nPlease see the attached booking for an Initial Child Protection "
        "Conference for Poppy and Lily-Mae Greenwood.\n\nMany thanks\n\n"
        + signature("Wendy Ainley", *CALDERDALE_SIG, "Tel: 01422 393000")
    )
    return dict(
        name="h07-calderdale-icpc-pdf-tickmark-mappa1-visitor",
        district="calderdale",
        from_name="Wendy Ainley",
        from_addr="wendy.ainley@calderdale.gov.uk",
        date_hdr="Mon, 30 Nov 2026 16:30:02 +0000",
        received="Mon, 30 Nov 2026 16:31:19 +0000",
        subject="CP Conference booking - GREENWOOD",
        body=body,
        att_type="pdf",
        filename="Greenwood - conference booking.pdf",
        data=data,
        pdf=p,
        kind="initial",
        pre_birth=False,
        date="2026-12-09",
        time="10:00",
        tick=False,
        tick_state="clear",
        harm=["sexual"],
        children=[("Poppy Greenwood", "2018-09-09"), ("Lily-Mae Greenwood", "2021-01-26")],
        adults=["Natalie Greenwood", "Barry Holdsworth"],
        criteria=["registered_sex_offender"],
        decision="attend",
        tags=[
            "pdf-glyph-heavy-check",
            "district-calderdale",
            "initial",
            "tick-report",
            "tickbox-conflict",
        ],
        notes="mother's partner who stays weekends is MAPPA Category 1 and subject to notification (RSO): Calderdale attends; the form ticks written report, so tickbox_conflict",
    )


@case
def h08():
    p = Pdf()
    p.title("Child Protection Conference Booking Form", size=13)
    p.line_text(
        "Wakefield Council - Safeguarding and Review Unit - OFFICIAL-SENSITIVE",
        align="center",
        size=8.5,
    )
    p.heading("Conference")
    p.kv(
        [
            ("Conference type", "Initial Child Protection Conference"),
            ("Date", "17 Dec 2026"),
            ("Time", "2.30pm"),
            ("Venue", "Wakefield One, Meeting Room 3.14"),
            ("Conference Chair", "Helen Wadsworth"),
        ]
    )
    p.heading("Family details (please complete)")
    p.acro_fields(
        [
            ("Child's name", "Freya Sutcliffe"),
            ("Child's date of birth", "18/02/2013"),
            ("Mother", "Amanda Sutcliffe"),
            ("Mother's date of birth", "05/04/1981"),
            ("Father", "Neil Sutcliffe"),
            ("Father's date of birth", "27/10/1979"),
        ],
        prefix="fam_",
    )
    p.kv([("Category", "Physical")])
    p.heading("Reason for the conference")
    reason = (
        "Freya has had more than forty hospital attendances in two years for symptoms that have not been "
        "explained by investigations, and she has missed most of Year 8. Paediatricians are concerned that "
        "her illness may be fabricated or induced, and test results suggest that she may have been given "
        "laxatives without medical reason. The Conference Chair has discussed the case with Detective "
        "Inspector Martin Kaye of the Wakefield Child Safeguarding Unit and it has been agreed that an "
        "officer from the unit will attend this conference."
    )
    p.para(reason)
    p.heading("West Yorkshire Police")
    p.acro_checks(
        [("Attendance required", False), ("Written report sufficient", False)], "wyp", style="cross"
    )
    data = p.finish()
    body = (
        "Good morning,\n\nPlease find attached the booking form for an initial conference regarding Freya "
        "Sutcliffe.\n\nKind regards\n\n" + signature("Priya Dhesi", *WAKEFIELD_SIG)
    )
    return dict(
        name="h08-wakefield-icpc-pdf-acroform-neither-negotiated",
        district="wakefield",
        from_name="Priya Dhesi",
        from_addr="priya.dhesi@wakefield.gov.uk",
        date_hdr="Tue, 08 Dec 2026 09:12:40 +0000",
        received="Tue, 08 Dec 2026 09:13:27 +0000",
        subject="ICPC booking form - SUTCLIFFE - 17.12.26",
        body=body,
        att_type="pdf",
        filename="SUTCLIFFE booking form.pdf",
        data=data,
        pdf=p,
        kind="initial",
        pre_birth=False,
        date="2026-12-17",
        time="14:30",
        tick=None,
        tick_state="neither",
        harm=["physical"],
        children=[("Freya Sutcliffe", "2013-02-18")],
        adults=["Amanda Sutcliffe", "Neil Sutcliffe"],
        criteria=["negotiated_attendance"],
        decision="attend",
        tags=[
            "pdf-acroform",
            "acroform-textfields",
            "initial",
            "tick-neither",
            "tickbox-ambiguous",
        ],
        notes="chair and DI agreed police attend (Wakefield item 8): attend; FII concern alone is no criterion; neither AcroForm box is checked so the tick box is ambiguous",
    )


@case
def h09():
    d = Docx("Calderdale Council")
    d.title("CHILD PROTECTION CONFERENCE NOTIFICATION", size=13)
    d.line(
        "Calderdale Council | Safeguarding and Quality Assurance | OFFICIAL-SENSITIVE",
        align="center",
    )
    d.kv(
        [
            ("Type", "Initial child protection conference"),
            ("Date / time", "12/01/2027 at 9.30am"),
            ("Venue", "Northgate House, Halifax - Room 6 (hybrid)"),
            ("Chair", "Yasmin Haworth"),
            ("Category of registration", "Neglect and emotional abuse"),
        ]
    )
    d.heading("Reason for the conference")
    reason = (
        "The children were previously subject to child protection plans. In April 2024 they were placed in "
        "police protection after officers found them alone in the house late at night with no food; the "
        "plans ended in March 2025. Over the last three months school attendance has fallen below 60%, the "
        "children are arriving hungry and unkempt, and Ellie has told staff that her parents shout all the "
        "time. Mr Bairstow's drinking has increased and Ms Bairstow has stopped engaging with the family "
        "support worker. There is no current police involvement."
    )
    d.para(reason)
    d.heading("Child/ren's details")
    d.table(
        [
            ["Forename", "Surname", "DOB"],
            ["Tyler", "Bairstow", "05/05/2015"],
            ["Ellie", "Bairstow", "20/10/2017"],
        ]
    )
    d.heading("Parents/carers")
    d.table(
        [
            ["Forename", "Surname", "Relationship", "DOB"],
            ["Claire", "Bairstow", "Mother", "11/11/1987"],
            ["Shaun", "Bairstow", "Father", "19/03/1985"],
        ]
    )
    d.kv([("Social worker", "Adam Lister"), ("Date of referral for conference", "16/12/2026")])
    data = d.finish()
    body = (
        "Dear colleague\n\nRE: TYLER BAIRSTOW AND ELLIE BAIRSTOW\n\nAn initial child protection conference has "
        "been arranged for 12 January 2027 at 9.30am. Please see the attached notification and send your "
        "report by secure email.\n\nRegards\n\n" + signature("Martin Cawthorne", *CALDERDALE_SIG)
    )
    return dict(
        name="h09-calderdale-icpc-docx-no-tickbox-historic-police-protection",
        district="calderdale",
        from_name="Martin Cawthorne",
        from_addr="martin.cawthorne@calderdale.gov.uk",
        date_hdr="Thu, 17 Dec 2026 15:40:00 +0000",
        received="Thu, 17 Dec 2026 15:41:12 +0000",
        subject="ICPC 12/01/2027 9.30am - BAIRSTOW",
        body=body,
        att_type="docx",
        filename="Notification - Bairstow.docx",
        data=data,
        docx=d,
        kind="initial",
        pre_birth=False,
        date="2027-01-12",
        time="09:30",
        tick=None,
        tick_state="absent",
        harm=["neglect", "emotional"],
        children=[("Tyler Bairstow", "2015-05-05"), ("Ellie Bairstow", "2017-10-20")],
        adults=["Claire Bairstow", "Shaun Bairstow"],
        criteria=["prior_unit_involvement"],
        decision="attend",
        tags=[
            "docx-table",
            "district-calderdale",
            "initial",
            "no-tickbox",
            "historical-police-protection",
        ],
        notes="police protection in April 2024 is historical (not W4) but is earlier unit involvement, which Calderdale attends",
    )


@case
def h10():
    d = Docx("Leeds City Council")
    d.line("OFFICIAL-SENSITIVE", bold=True, align="center")
    d.title("Review Child Protection Conference - Booking")
    d.kv(
        [
            ("Conference", "Review Child Protection Conference (first review)"),
            ("Date", "20 January 2027"),
            ("Time", "1.00pm"),
            ("Venue", "Microsoft Teams"),
            ("Chair", "Olwen Carruthers"),
            ("Category of registration", "Physical abuse"),
        ]
    )
    d.heading("Child")
    d.table([["Name", "DOB", "School"], ["Reece Fairburn", "12/12/2012", "Cockburn School"]])
    d.heading("Parents/carers")
    d.table(
        [
            ["Name", "Relationship", "DOB", "Address"],
            ["Sonia Fairburn", "Mother", "01/08/1984", "Family home"],
            ["Craig Fairburn", "Father", "17/02/1982", "Lives separately, supervised contact"],
        ]
    )
    d.heading("Reason for the conference")
    reason = (
        "This is the first review of the child protection plan made on 22/09/2026 under the category of "
        "physical abuse, after Reece was hit with a belt by his father. Mr Fairburn left the home in "
        "September and contact is supervised by the paternal aunt. DC Aaron Hirst of the Leeds Safeguarding "
        "Unit is named in the plan as a core group member; he attends the monthly core groups and carries "
        "out joint home visits with the social worker. Reece's attendance and mood have improved."
    )
    d.para(reason)
    d.kv(
        [
            (
                "Police attendance",
                cell_wingdings(
                    [
                        ("Required", False, "F0FE", "F06F"),
                        ("Not required - written report", True, "F0FE", "F06F"),
                    ]
                ),
            )
        ]
    )
    d.kv([("Social worker", "Bethany Oxley"), ("Date", "17/12/2026")])
    data = d.finish()
    body = (
        "Hello,\n\nPlease find attached the booking for Reece Fairburn's review conference on 20/01/2027 at "
        "1pm (Teams).\n\nReports to the ISU 24 hours before please.\n\nThank you\n\n"
        + signature("Gareth Spencer", *LEEDS_SIG)
    )
    return dict(
        name="h10-leeds-rcpc-docx-wingdings-core-group",
        district="leeds",
        from_name="Gareth Spencer",
        from_addr="gareth.spencer@leeds.gov.uk",
        date_hdr="Fri, 18 Dec 2026 10:30:21 +0000",
        received="Fri, 18 Dec 2026 10:31:02 +0000",
        subject="[SECURE] RCPC - FAIRBURN - 20/01/2027",
        body=body,
        att_type="docx",
        filename="RCPC booking Fairburn.docx",
        data=data,
        docx=d,
        kind="review",
        pre_birth=False,
        date="2027-01-20",
        time="13:00",
        tick=False,
        tick_state="clear",
        harm=["physical"],
        children=[("Reece Fairburn", "2012-12-12")],
        adults=["Sonia Fairburn", "Craig Fairburn"],
        criteria=["core_group_member"],
        decision="attend",
        tags=["docx-wingdings-sym", "review", "tick-report", "tickbox-conflict", "notice-ok"],
        notes="review with a named police officer active in the core group (Leeds §4.8): attend; Wingdings box marks 'written report', so tickbox_conflict; Leeds review notice 10 WD met",
    )


@case
def h11():
    p = Pdf(font="DejaVu", bold="DejaVu-Bold", size=9)
    p.line_text("OFFICIAL-SENSITIVE", bold=True, size=8)
    p.title("CHILD PROTECTION CONFERENCE - BOOKING", size=12)
    p.line_text("Wakefield Council, Safeguarding and Review Unit", align="center", size=8.5)
    p.heading("Children")
    p.para("Kayden Ibbotson - born 11/07/2015 - Lupset Park Primary")
    p.heading("Parents/carers")
    p.para("Leanne Ibbotson, mother, born 04/12/1986")
    p.para("Paul Ibbotson, father, born 25/05/1984")
    p.heading("Significant others")
    p.para("Mark Stead, family friend who sometimes babysits, born 15/08/1979")
    p.heading("Category of registration requested")
    p.segments(["☐ Physical    ", "☐ Sexual    ", "☑ Emotional    ", "☐ Neglect"])
    p.heading("Issues identified (tick all that apply)")
    p.segments(
        [
            "☐ CSE    ",
            "☐ Domestic abuse    ",
            "☐ Registered sex offender    ",
            "☐ Police protection    ",
            "☑ Parental mental health",
        ]
    )
    p.heading("Reason for the conference")
    reason = (
        "Kayden's mother has bipolar disorder and stopped taking her medication in October. During two recent "
        "episodes she kept Kayden off school for a week at a time and told him that people were trying to "
        "poison the family. Mr Ibbotson works away and has not been able to provide consistent care. Checks "
        "confirm that Mr Stead, who sometimes babysits, is not a registered sex offender and is not known to "
        "police. There are no concerns about sexual exploitation and there has been no police involvement "
        "with the family."
    )
    p.para(reason)
    p.heading("Conference details")
    p.kv(
        [
            ("Conference", "Initial Child Protection Conference"),
            ("Date", "Monday 7 December 2026"),
            ("Time", "10.00"),
            ("Venue", "Wakefield One, Room 2.20"),
        ],
        lw=120,
    )
    p.heading("West Yorkshire Police - please tick")
    p.segments(["☐ Police attendance required"])
    p.segments(["☑ Written report sufficient"])
    data = p.finish()
    body = (
        "Hi,\n\nPlease see attached the ICPC booking for Kayden Ibbotson (Monday 7th December 2026, 10am).\n\n"
        "Apologies for the short notice - the booking was delayed.\n\nThanks\n\n"
        + signature("Dominic Firth", *WAKEFIELD_SIG)
    )
    return dict(
        name="h11-wakefield-icpc-pdf-ballot-check-negated-late-midnight",
        district="wakefield",
        from_name="Dominic Firth",
        from_addr="dominic.firth@wakefield.gov.uk",
        date_hdr="Mon, 30 Nov 2026 23:58:41 +0000",
        relay_received="Mon, 30 Nov 2026 23:59:50 +0000",
        received="Tue, 01 Dec 2026 00:03:12 +0000",
        subject="ICPC booking - IBBOTSON - Mon 07/12/2026",
        body=body,
        att_type="pdf",
        filename="ICPC booking Ibbotson.pdf",
        data=data,
        pdf=p,
        kind="initial",
        pre_birth=False,
        date="2026-12-07",
        time="10:00",
        tick=False,
        tick_state="clear",
        harm=["emotional"],
        children=[("Kayden Ibbotson", "2015-07-11")],
        adults=["Leanne Ibbotson", "Paul Ibbotson", "Mark Stead"],
        criteria=[],
        decision="report_only",
        tags=[
            "pdf-glyph-ballot-check",
            "initial",
            "tick-report",
            "negated",
            "template-checklist",
            "late-notice",
            "received-after-midnight",
        ],
        notes="RSO, CSE and police involvement all negated; unticked checklist labels are not evidence; sent 23:58 Mon but received Tue 00:03, so 4 WD < 5: late notice",
    )


@case
def h12():
    d = Docx("Wakefield Council")
    d.line("OFFICIAL-SENSITIVE", bold=True)
    d.title("Pre-birth Child Protection Conference - Booking Form")
    d.kv(
        [
            ("Conference type", "Pre-birth initial child protection conference"),
            ("Date", "Wednesday 13 January 2027"),
            ("Time", "11am"),
            ("Venue", "Pontefract Health Centre, Meeting Room 1"),
            ("Chair", "Gordon Raistrick"),
        ]
    )
    d.heading("Unborn baby")
    d.kv([("Name", "Unborn baby Hepworth"), ("Unborn baby EDD", "19/02/2027")])
    d.heading("Parents/carers")
    d.table(
        [
            ["Name", "Relationship", "DOB"],
            ["Chantelle Hepworth", "Mother", "30/06/2007"],
            ["Ryan Gledhill", "Father of the unborn baby", "12/04/2004"],
        ]
    )
    d.heading("Reason for the conference")
    reason = (
        "Ms Hepworth's two older children were removed from her care through care proceedings in 2023 "
        "because of neglect and her drug use, and they now live with their paternal grandparents under "
        "special guardianship orders. Ms Hepworth says she has been abstinent since the summer but has missed "
        "four of her last six antenatal appointments. Mr Gledhill has a history of cannabis use and the couple "
        "have no stable accommodation. A birth plan will be agreed at the conference: if the parents attempt "
        "to leave hospital with the baby before the plan is in place, police protection may be considered. "
        "Should concerns arise about Mr Gledhill's associates, a referral to the police would be made."
    )
    d.para(reason)
    d.kv(
        [
            ("Category", "Neglect"),
            ("Is Police attendance requested? (Yes/No - delete as appropriate)", "No"),
            ("Completed by", "Jasmine Oldroyd, Social Worker (Pre-birth Team), 21/12/2026"),
        ]
    )
    data = d.finish()
    body = (
        "Good morning,\n\nPlease find attached the booking form for a pre-birth conference for Unborn Baby "
        "Hepworth on 13/01/2027 at 11am.\n\nKind regards\n\n"
        + signature("Lorna Haigh", *WAKEFIELD_SIG)
    )
    return dict(
        name="h12-wakefield-prebirth-docx-delete-literal-hypothetical",
        district="wakefield",
        from_name="Lorna Haigh",
        from_addr="lorna.haigh@wakefield.gov.uk",
        date_hdr="Tue, 22 Dec 2026 09:05:33 +0000",
        received="Tue, 22 Dec 2026 09:06:10 +0000",
        subject="Pre-birth CPC - HEPWORTH - 13/01/2027",
        body=body,
        att_type="docx",
        filename="Pre-birth booking Hepworth.docx",
        data=data,
        docx=d,
        kind="initial",
        pre_birth=True,
        date="2027-01-13",
        time="11:00",
        tick=False,
        tick_state="clear",
        harm=["neglect"],
        children=None,
        adults=["Chantelle Hepworth", "Ryan Gledhill"],
        criteria=[],
        decision="report_only",
        tags=[
            "docx-delete-literal",
            "pre-birth",
            "initial",
            "tick-report",
            "hypothetical",
            "christmas-holidays",
        ],
        notes="pre-birth initial: police protection and a police referral are only hypothetical; care proceedings are not police; form says No: report only (children not scored: unborn baby has no DOB)",
    )


@case
def h13():
    p = Pdf(font="DejaVu", bold="DejaVu-Bold")
    p.title("Kirklees Safeguarding Children Partnership")
    p.line_text("Child Protection Conference - Booking Information", align="center", bold=True)
    p.line_text("OFFICIAL-SENSITIVE", align="center", size=8)
    p.heading("Child/ren's details")
    p.table(
        [
            ["Name", "DOB", "School"],
            ["Scarlett Lumb", "04/04/2016", "Newsome Junior School"],
            ["Oscar Lumb", "29/01/2019", "Newsome Infant School"],
        ],
        [170, 90, p.w - 260],
    )
    p.heading("Parents/carers")
    p.table(
        [
            ["Name", "Relationship", "DOB", "Address"],
            ["Gemma Lumb", "Mother", "17/05/1988", "Newsome, Huddersfield"],
            ["Daniel Lumb", "Father", "06/01/1986", "Lindley, Huddersfield"],
        ],
        [130, 90, 80, p.w - 300],
    )
    p.heading("Reason for the conference")
    reason = (
        "Mr and Ms Lumb separated acrimoniously in the summer and the children have witnessed repeated "
        "arguments at handovers. Scarlett has begun to self-harm and told the school nurse that she wishes "
        "she was not alive. Ms Lumb's brother, Wayne Kitson, is a registered sex offender; he lives in "
        "Plymouth, has had no contact with Ms Lumb or the children for more than ten years and is not "
        "associated with the household. There is no current police investigation."
    )
    p.para(reason)
    p.heading("Conference")
    p.kv(
        [
            ("Type", "Initial"),
            ("Category", "Emotional"),
            ("Date", "07.12.26"),
            ("Time", "1.30pm"),
            ("Venue", "Dewsbury Town Hall"),
        ],
        lw=100,
    )
    data = p.finish()
    body = (
        "Dear colleague,\n\nPlease find the booking information for an Initial Child Protection Conference "
        "for Scarlett and Oscar Lumb on Monday 7 December 2026 at 1.30pm, Dewsbury Town Hall.\n\n"
        "Best wishes\n\n" + signature("Fiona Brook", *KIRKLEES_SIG)
    )
    return dict(
        name="h13-kirklees-icpc-pdf-no-tickbox-rso-not-associated",
        district="kirklees",
        from_name="Fiona Brook",
        from_addr="fiona.brook@kirklees.gov.uk",
        date_hdr="Wed, 25 Nov 2026 15:10:45 +0000",
        received="Wed, 25 Nov 2026 15:11:30 +0000",
        subject="ICPC - LUMB - 07.12.26 1.30pm",
        body=body,
        att_type="pdf",
        filename="LUMB booking.pdf",
        data=data,
        pdf=p,
        kind="initial",
        pre_birth=False,
        date="2026-12-07",
        time="13:30",
        tick=None,
        tick_state="absent",
        harm=["emotional"],
        children=[("Scarlett Lumb", "2016-04-04"), ("Oscar Lumb", "2019-01-29")],
        adults=["Gemma Lumb", "Daniel Lumb"],
        criteria=[],
        decision="report_only",
        tags=["pdf-table", "district-kirklees", "initial", "no-tickbox", "outside-household"],
        notes="the only RSO is an uncle in Plymouth with no contact or association; no tick box: report only (Kirklees uses Wakefield rules)",
    )


@case
def h14():
    p = Pdf(font="DejaVu", bold="DejaVu-Bold")
    p.line_text("OFFICIAL - SENSITIVE", align="right", size=8, bold=True)
    p.title("Bradford Children and Families Trust")
    p.line_text("Request for Initial Child Protection Conference", align="center", bold=True)
    p.kv(
        [
            ("Conference date", "Tuesday 15 December 2026"),
            ("Time", "10:00"),
            ("Venue", "Margaret McMillan Tower, Bradford"),
            ("Category", "Neglect"),
        ],
        lw=130,
    )
    p.heading("Reason for the conference")
    reason = (
        "Tyrese has been reported missing nine times since August and was most recently located in "
        "Scarborough. Information from the Bradford exploitation hub indicates that he is being used by an "
        "organised group to carry and sell Class A drugs on a county line, and that the family home may have "
        "been cuckooed by older associates. A National Referral Mechanism referral has been made for criminal "
        "exploitation. There is no information to suggest that Tyrese is at risk of sexual exploitation. Ms "
        "Holmes says she cannot keep Tyrese safe and has asked for him to be accommodated."
    )
    p.para(reason)
    p.heading("Child")
    p.table(
        [["Name", "Date of birth", "Education"], ["Tyrese Holmes", "17/06/2010", "Hanson Academy"]],
        [160, 100, p.w - 260],
    )
    p.heading("Parents/carers")
    p.table(
        [["Name", "Relationship", "Date of birth"], ["Marcia Holmes", "Mother", "23/10/1978"]],
        [160, 100, p.w - 260],
    )
    p.heading("Police (tick one)")
    p.segments(["☒ Police attendance required      ", "☒ Written report sufficient"])
    data = p.finish()
    body = (
        "Good afternoon,\n\nPlease find attached a request for an Initial Child Protection Conference for "
        "Tyrese Holmes on 15/12/2026 at 10am.\n\nRegards\n\n"
        + signature("Sadia Iqbal", *BRADFORD_SIG)
    )
    return dict(
        name="h14-bradford-icpc-pdf-both-ticked-county-lines",
        district="bradford",
        from_name="Sadia Iqbal",
        from_addr="sadia.iqbal@bradford.gov.uk",
        date_hdr="Mon, 30 Nov 2026 12:15:06 +0000",
        received="Mon, 30 Nov 2026 12:16:44 +0000",
        subject="Request for ICPC - HOLMES",
        body=body,
        att_type="pdf",
        filename="ICPC request HOLMES.pdf",
        data=data,
        pdf=p,
        kind="initial",
        pre_birth=False,
        date="2026-12-15",
        time="10:00",
        tick=None,
        tick_state="both",
        harm=["neglect"],
        children=[("Tyrese Holmes", "2010-06-17")],
        adults=["Marcia Holmes"],
        criteria=[],
        decision="discuss",
        tags=[
            "pdf-glyph",
            "district-bradford",
            "initial",
            "tick-both",
            "tickbox-ambiguous",
            "cce-not-cse",
        ],
        notes="county lines / cuckooing / criminal NRM is CCE, not CSE (sexual exploitation expressly not indicated); both boxes ticked: discuss (Bradford uses Wakefield rules)",
    )


@case
def h15():
    d = Docx("Leeds City Council")
    d.line("OFFICIAL-SENSITIVE", bold=True)
    d.title("Child Protection Conference Request")
    d.heading("1. Child/ren's details")
    d.table(
        [
            ["Name", "Date of birth", "Setting"],
            ["Bobby Rhodes", "08/08/2019", "Armley Primary"],
            ["Daisy Rhodes", "14/11/2021", "Armley Primary Nursery"],
            ["Frankie Rhodes", "30/03/2024", "At home"],
        ]
    )
    d.heading("2. Parents/carers")
    d.table(
        [
            ["Name", "Relationship", "Date of birth"],
            ["Samantha Rhodes", "Mother", "02/02/1994"],
            ["Lee Rhodes", "Father", "19/09/1992"],
        ]
    )
    d.heading("3. Conference")
    d.kv(
        [
            ("Type", "ICPC"),
            ("Date", "11/01/2027"),
            ("Time", "10am"),
            ("Venue", "Merrion House, Leeds"),
            ("Category of registration", "Neglect"),
        ]
    )
    d.heading("4. Reason for the conference")
    reason = (
        "The family have been supported under a child in need plan since 2023. Despite intensive support, home "
        "conditions have deteriorated: on the last three visits there was dog excrement on the floors, no "
        "working cooker and the three children were sharing one mattress. Daisy needed eight teeth removed "
        "under general anaesthetic because of decay and Frankie has missed his immunisations. Police have not "
        "been asked to investigate and no criminal offence is suspected."
    )
    d.para(reason)
    d.heading("5. Police")
    d.kv(
        [
            (
                "Is Police attendance requested?",
                cell_wingdings([("Yes", False, "F0FD", "F0A8"), ("No", True, "F0FD", "F0A8")]),
            )
        ]
    )
    data = d.finish()
    body = (
        "Hello\n\nAttached is an ICPC request for the Rhodes children, Monday 11 January 2027 at 10am.\n\n"
        "Thank you\n\n" + signature("Nia Harrop", *LEEDS_SIG)
    )
    return dict(
        name="h15-leeds-icpc-docx-wingdings-neglect-no-police",
        district="leeds",
        from_name="Nia Harrop",
        from_addr="nia.harrop@leeds.gov.uk",
        date_hdr="Wed, 16 Dec 2026 14:44:12 +0000",
        received="Wed, 16 Dec 2026 14:45:01 +0000",
        subject="ICPC request - RHODES - 11/01/2027",
        body=body,
        html=html_from_text(body),
        att_type="docx",
        filename="ICPC request Rhodes.docx",
        data=data,
        docx=d,
        kind="initial",
        pre_birth=False,
        date="2027-01-11",
        time="10:00",
        tick=False,
        tick_state="clear",
        harm=["neglect"],
        children=[
            ("Bobby Rhodes", "2019-08-08"),
            ("Daisy Rhodes", "2021-11-14"),
            ("Frankie Rhodes", "2024-03-30"),
        ],
        adults=["Samantha Rhodes", "Lee Rhodes"],
        criteria=[],
        decision="report_only",
        tags=[
            "docx-wingdings-sym",
            "html-cover-note",
            "initial",
            "tick-report",
            "neglect-no-police",
            "notice-ok",
        ],
        notes="neglect category with no police investigation; Wingdings box marks No: report only",
    )


@case
def h16():
    p = Pdf()
    p.line_text("OFFICIAL-SENSITIVE", align="center", bold=True, size=8)
    p.title("WAKEFIELD COUNCIL - CONFERENCE BOOKING FORM")
    p.heading("Reason for the conference")
    reason = (
        "Amira told her teacher that her father often shouts at her mother, takes her phone and bank card, "
        "and once pushed her mother against the kitchen door. Ms Shah confirms that Mr Shah controls the "
        "family's money and who she can see, but she has never reported any incident to the police and there "
        "have been no police call-outs to the address. A DASH risk assessment completed by the social worker "
        "scored standard risk and the case did not meet the threshold for MARAC. Ms Shah has agreed to work "
        "with a domestic abuse support worker from a local charity. Amira is anxious, has stopped eating "
        "lunch at school and is wetting the bed."
    )
    p.para(reason)
    p.heading("Children")
    p.table(
        [["Name", "Date of birth"], ["Amira Shah", "02/06/2017"], ["Zayn Shah", "25/12/2019"]],
        [200, p.w - 200],
    )
    p.heading("Parents/carers")
    p.table(
        [
            ["Name", "Relationship", "Date of birth"],
            ["Nadia Shah", "Mother", "14/02/1990"],
            ["Imran Shah", "Father", "03/07/1987"],
        ],
        [200, 120, p.w - 320],
    )
    p.heading("Conference")
    p.kv(
        [
            ("Type of conference", "Initial"),
            ("Category", "Emotional"),
            ("Date", "27/01/2027"),
            ("Time", "10:00"),
            ("Venue", "Microsoft Teams"),
        ]
    )
    p.heading("Police")
    pos = p.segments(
        ["Is Police attendance requested?   ", "Yes", "     /     ", "No"], bold_idx=(0,)
    )
    p.circle(pos[1])
    data = p.finish()
    body = (
        "Good afternoon,\n\nPlease see attached booking form for an ICPC for Amira and Zayn Shah on "
        "Wednesday 27th January 2027 at 10am via Teams.\n\nKind regards\n\n"
        + signature("Carl Beaumont", *WAKEFIELD_SIG)
    )
    return dict(
        name="h16-wakefield-icpc-pdf-circled-yes-da-no-police",
        district="wakefield",
        from_name="Carl Beaumont",
        from_addr="carl.beaumont@wakefield.gov.uk",
        date_hdr="Wed, 30 Dec 2026 13:21:09 +0000",
        received="Wed, 30 Dec 2026 13:22:40 +0000",
        subject="OFFICIAL-SENSITIVE - ICPC - SHAH - 27/01/2027",
        body=body,
        att_type="pdf",
        filename="ICPC booking - SHAH.pdf",
        data=data,
        pdf=p,
        kind="initial",
        pre_birth=False,
        date="2027-01-27",
        time="10:00",
        tick=True,
        tick_state="clear",
        harm=["emotional"],
        children=[("Amira Shah", "2017-06-02"), ("Zayn Shah", "2019-12-25")],
        adults=["Nadia Shah", "Imran Shah"],
        criteria=[],
        decision="discuss",
        tags=["pdf-circled-answer", "initial", "tick-attend", "da-no-police", "notice-ok"],
        notes="domestic abuse but never reported, no call-outs, standard DASH, below MARAC: no W6; 'Yes' circled: discuss (Wakefield §4.6)",
    )


@case
def h17():
    d = Docx("Wakefield Council")
    d.line("OFFICIAL-SENSITIVE", bold=True, align="center")
    d.title("Child Protection Conference Booking")
    d.kv(
        [
            ("Type of conference", "Initial CPC"),
            ("Date", "14.12.2026"),
            ("Time", "1.30pm"),
            ("Venue", "Wakefield One - Room 1.08"),
            ("Chair", "Pauline Scargill"),
        ]
    )
    d.heading("Child/ren's details")
    d.kv(
        [
            ("Child", "Lacey Walsh"),
            ("Date of birth", "16/10/2020"),
            ("Nursery", "Little Acorns, Kettlethorpe"),
        ]
    )
    d.heading("Parents/carers")
    d.table(
        [
            ["Name", "Relationship", "Date of birth"],
            ["Jade Walsh", "Mother", "21/01/1999"],
            ["Connor Marsden", "Mother's partner", "08/08/1996"],
        ]
    )
    d.heading("Reason for the conference")
    reason = (
        "On 02/09/2026 Lacey was taken to Pinderfields Hospital with a fractured wrist. Mr Marsden was "
        "arrested on suspicion of causing the injury and interviewed, but on 30/10/2026 the police "
        "investigation was concluded with no further action because the medical evidence could not exclude "
        "an accidental fall. Since then Lacey has been seen regularly by the health visitor and nursery and "
        "no further injuries or concerns have been noted. The conference has been requested because of the "
        "unexplained injury and Ms Walsh's continuing relationship with Mr Marsden, who has not engaged with "
        "the assessment."
    )
    d.para(reason)
    d.kv(
        [
            ("Category", "Physical"),
            (
                "West Yorkshire Police",
                cell_runs([("☐ Police to attend      ☒ Police report only", {})]),
            ),
        ]
    )
    data = d.finish()
    body = (
        "Hi all,\n\nAttached is the booking for Lacey Walsh's initial conference on 14/12/2026.\n\n"
        "Have a good weekend\n\n" + signature("Priya Dhesi", *WAKEFIELD_SIG)
    )
    return dict(
        name="h17-wakefield-icpc-docx-glyph-nfa-delayed-delivery",
        district="wakefield",
        from_name="Priya Dhesi",
        from_addr="priya.dhesi@wakefield.gov.uk",
        date_hdr="Fri, 04 Dec 2026 17:45:18 +0000",
        relay_received="Fri, 04 Dec 2026 17:45:59 +0000",
        received="Mon, 07 Dec 2026 08:02:33 +0000",
        subject="Booking - ICPC - WALSH - 14.12.2026",
        body=body,
        att_type="docx",
        filename="WALSH ICPC booking.docx",
        data=data,
        docx=d,
        kind="initial",
        pre_birth=False,
        date="2026-12-14",
        time="13:30",
        tick=False,
        tick_state="clear",
        harm=["physical"],
        children=[("Lacey Walsh", "2020-10-16")],
        adults=["Jade Walsh", "Connor Marsden"],
        criteria=["prior_unit_involvement"],
        decision="report_only",
        tags=["docx-glyph", "initial", "tick-report", "nfa", "delayed-delivery"],
        notes="arrest closed NFA with no escalation: only prior unit involvement, not a Wakefield criterion; report only; day received is Monday (newest Received), not Friday's Date: header",
    )


@case
def h18():
    p = Pdf(font="DejaVu", bold="DejaVu-Bold", size=9)
    p.title("Kirklees Council - Review Child Protection Conference", size=12)
    p.line_text("OFFICIAL-SENSITIVE", align="center", size=8)
    p.kv(
        [
            (
                "Reason for the conference",
                "Second review of the child protection plans made in June 2026 under the category of neglect. Mr Senior "
                "is a PPO nominal managed under the Integrated Offender Management scheme for acquisitive crime; he "
                "returned to the family home after release from prison in September. School attendance has improved to "
                "91% and home conditions are now good enough. The core group is the social worker, the school, the "
                "health visitor and both parents; police are not members of the core group.",
            ),
            ("Category of registration", "Neglect"),
            ("Child/ren's details", "Evie Senior (07/07/2014); Harrison Senior (01/03/2017)"),
            (
                "Parents/carers",
                "Rebecca Senior, mother (12/12/1985); Liam Senior, father (30/04/1983)",
            ),
            ("Significant others", "None"),
            ("Conference", "Review - 2nd"),
            ("Date and time", "02/02/2027, 10.00am"),
            ("Venue", "Civic Centre 3, Huddersfield"),
        ],
        lw=140,
    )
    data = p.finish()
    body = (
        "Dear all,\n\nThe second review conference for Evie and Harrison Senior is booked for Tuesday 2 February "
        "2027 at 10am. Details attached.\n\nMany thanks\n\n"
        + signature("Joanne Wood", *KIRKLEES_SIG)
    )
    return dict(
        name="h18-kirklees-rcpc-pdf-twocol-ppo-nominal-subdomain",
        district="kirklees",
        from_name="Joanne Wood",
        from_addr="joanne.wood@childrens.kirklees.gov.uk",
        date_hdr="Tue, 22 Dec 2026 11:11:11 +0000",
        received="Tue, 22 Dec 2026 11:12:20 +0000",
        subject="RCPC - SENIOR - 02/02/2027",
        body=body,
        att_type="pdf",
        filename="RCPC SENIOR.pdf",
        data=data,
        pdf=p,
        kind="review",
        pre_birth=False,
        date="2027-02-02",
        time="10:00",
        tick=None,
        tick_state="absent",
        harm=["neglect"],
        children=[("Evie Senior", "2014-07-07"), ("Harrison Senior", "2017-03-01")],
        adults=["Rebecca Senior", "Liam Senior"],
        criteria=[],
        decision="report_only",
        tags=[
            "pdf-two-column",
            "district-kirklees",
            "review",
            "no-tickbox",
            "ppo-prolific-offender",
            "subdomain-sender",
        ],
        notes="'PPO nominal' is a prolific offender, not police protection; police not in the core group; review with nothing else: report only",
    )


@case
def h19():
    p = Pdf()
    p.line_text("OFFICIAL-SENSITIVE", bold=True, size=8)
    p.title("Leeds Integrated Safeguarding Unit - Conference Request")
    p.heading("About the conference")
    p.kv(
        [
            ("Conference", "Initial Child Protection Conference"),
            ("Date", "17/12/2026"),
            ("Time", "10am"),
            ("Where", "Microsoft Teams"),
        ]
    )
    p.heading("Child/ren's details")
    p.kv([("Name", "Aaliyah Booth"), ("DOB", "09/01/2012")])
    p.heading("Parents/carers")
    p.kv([("Mother", "Tanya Booth (DOB 26/06/1993)")])
    p.heading("Reason for the conference")
    reason = (
        "Aaliyah, 14, has been meeting adult men she contacts through Snapchat and was found at a hotel in "
        "Leeds city centre with two men in their thirties. She has disclosed being given alcohol and cannabis "
        "and being asked to do favours for their friends. The Leeds Child Exploitation Hub considers her at "
        "significant risk of child sexual exploitation and a CSE risk assessment on 09/12/2026 rated the risk "
        "as high. Ms Booth works nights and Aaliyah is often unsupervised."
    )
    p.para(reason)
    p.kv([("Category", "Sexual")])
    p.heading("Police")
    p.line_text("Is Police attendance requested?", bold=True)
    p.acro_radio([("Yes", "Yes"), ("No", "No")], "police_attendance", selected="No")
    data = p.finish()
    body = (
        "Hi,\n\nConference request attached for Aaliyah Booth - ICPC Thursday 17/12/2026 10am on Teams. "
        "Sorry for the short notice.\n\nReports 24 hours before please.\n\nThanks\n\n"
        + signature("Joel Akinwale", *LEEDS_SIG)
    )
    return dict(
        name="h19-leeds-icpc-pdf-radio-cse-late-notice-tz",
        district="leeds",
        from_name="Joel Akinwale",
        from_addr="joel.akinwale@leeds.gov.uk",
        date_hdr="Mon, 14 Dec 2026 23:17:02 +0100",
        relay_received="Mon, 14 Dec 2026 22:18:40 +0000",
        received="Tue, 15 Dec 2026 00:20:00 +0100",
        subject="[SECURE] ICPC request - BOOTH - 17/12/2026",
        body=body,
        att_type="pdf",
        filename="Conference request - Booth.pdf",
        data=data,
        pdf=p,
        kind="initial",
        pre_birth=False,
        date="2026-12-17",
        time="10:00",
        tick=False,
        tick_state="clear",
        harm=["sexual"],
        children=[("Aaliyah Booth", "2012-01-09")],
        adults=["Tanya Booth"],
        criteria=["child_sexual_exploitation"],
        decision="discuss",
        tags=["pdf-acroform-radio", "initial", "tick-report", "late-notice", "timezone-offset"],
        notes="Leeds, CSE alone: discuss (POLICY choice); received 00:20 +0100 = 23:20 Mon London, so 3 WD < 5: late notice",
    )


@case
def h20():
    d = Docx("Bradford Children and Families Trust")
    d.line("OFFICIAL-SENSITIVE", bold=True, align="right")
    d.title("Child Protection Conference - Booking Form")
    d.line("Bradford Children and Families Trust", align="center")
    d.kv(
        [
            (
                "Type of conference",
                cell_runs([("☐ Initial   ☐ Review   ☒ Transfer-in   ☐ Pre-birth", {})]),
            ),
            ("Originating authority", "Blackburn with Darwen"),
            ("Date", "8 January 2027"),
            ("Time", "10.00am"),
            ("Venue", "Britannia House, Bradford"),
            ("Category", "Sexual abuse"),
        ]
    )
    d.heading("Child")
    d.table(
        [["Name", "DOB", "School"], ["Jasmine Wilkinson", "23/05/2016", "Wibsey Primary School"]]
    )
    d.heading("Parents/carers")
    d.table(
        [
            ["Name", "Relationship", "DOB"],
            ["Kelly Wilkinson", "Mother", "15/03/1990"],
            ["Anthony Pearce", "Stepfather (not currently living at the address)", "27/11/1984"],
        ]
    )
    d.heading("Reason for the conference")
    reason = (
        "Jasmine has been subject to a child protection plan in Blackburn with Darwen since 14/10/2026 under "
        "the category of sexual abuse. The family moved to Bradford on 20/11/2026 and this conference is to "
        "transfer the plan. In September Jasmine disclosed that her stepfather had sexually abused her; "
        "Lancashire Constabulary arrested Mr Pearce, who has been released under investigation while "
        "enquiries continue. Jasmine gave a video-recorded interview in September. Mr Pearce is not living "
        "with the family but Ms Wilkinson continues the relationship and says she does not believe Jasmine."
    )
    d.para(reason)
    d.kv([("Social worker", "Mohammed Rafiq"), ("Date", "16/12/2026")])
    data = d.finish()
    body = (
        "Dear colleague,\n\nPlease find attached the booking form for a Transfer In Child Protection "
        "Conference for Jasmine Wilkinson on Friday 8 January 2027 at 10am at Britannia House.\n\n"
        "Kind regards\n\n" + signature("Sadia Iqbal", *BRADFORD_SIG)
    )
    return dict(
        name="h20-bradford-transfer-in-docx-type-glyph-rui",
        district="bradford",
        from_name="Sadia Iqbal",
        from_addr="sadia.iqbal@bradford.gov.uk",
        date_hdr="Thu, 17 Dec 2026 09:30:00 +0000",
        received="Thu, 17 Dec 2026 09:31:45 +0000",
        subject="Transfer in CPC - WILKINSON - 08/01/2027",
        body=body,
        att_type="docx",
        filename="Transfer in booking - Wilkinson.docx",
        data=data,
        docx=d,
        kind="transfer_in",
        pre_birth=False,
        date="2027-01-08",
        time="10:00",
        tick=None,
        tick_state="absent",
        harm=["sexual"],
        children=[("Jasmine Wilkinson", "2016-05-23")],
        adults=["Kelly Wilkinson", "Anthony Pearce"],
        criteria=["current_investigation"],
        decision="attend",
        tags=["docx-glyph-type", "district-bradford", "transfer-in", "no-tickbox", "rui"],
        notes="transfer-in counts as initial; stepfather released under investigation by Lancashire Police (still open): current investigation, attend by Wakefield rules",
    )


@case
def h21():
    p = Pdf(font="DejaVu", bold="DejaVu-Bold", size=9)
    p.line_text("OFFICIAL-SENSITIVE", size=8, bold=True, align="center")
    p.title("Calderdale - Review Child Protection Conference", size=12)
    p.kv(
        [
            ("Conference", "RCPC (first review)"),
            ("Date", "03/02/2027"),
            ("Time", "2pm"),
            ("Venue", "Northgate House, Halifax"),
        ],
        lw=150,
    )
    p.kv(
        [
            ("Child", "Chloe Midgley, DOB 28/02/2011"),
            (
                "Parents/carers",
                "Julie Midgley (mother, DOB 07/10/1979); Stephen Midgley (father, DOB 19/01/1977)",
            ),
            ("Category of registration", "Sexual abuse"),
        ],
        lw=150,
    )
    p.kv(
        [
            (
                "Reason for the conference",
                "First review of the plan made on 16/10/2026. Chloe is linked to an ongoing police operation into the "
                "sexual exploitation of girls in Halifax by a group of adult men, and she remains at high risk of CSE: "
                "since the last conference she has been missing overnight twice and was found in a car with an adult "
                "male. The exploitation team continues to work with her. Police are not members of the core group.",
            )
        ],
        lw=150,
    )
    p.table(
        [["Is Police attendance requested?", "Yes", "", "No", "✓"]],
        [200, 40, 30, 40, 30],
        header=False,
    )
    data = p.finish()
    body = (
        "Dear colleague\n\nPlease find attached the notification for Chloe Midgley's review conference on "
        "03/02/2027 at 2pm.\n\nRegards\n\n" + signature("Wendy Ainley", *CALDERDALE_SIG)
    )
    return dict(
        name="h21-calderdale-rcpc-pdf-tick-cse-link-cjsm",
        district="calderdale",
        from_name="Wendy Ainley",
        from_addr="wendy.ainley@calderdale.gov.uk.cjsm.net",
        date_hdr="Mon, 21 Dec 2026 10:00:03 +0000",
        relay_received="Mon, 21 Dec 2026 10:00:41 +0000",
        received="Mon, 21 Dec 2026 10:01:15 +0000",
        subject="RCPC 03/02/2027 - MIDGLEY",
        body=body,
        att_type="pdf",
        filename="RCPC notification Midgley.pdf",
        data=data,
        pdf=p,
        kind="review",
        pre_birth=False,
        date="2027-02-03",
        time="14:00",
        tick=False,
        tick_state="clear",
        harm=["sexual"],
        children=[("Chloe Midgley", "2011-02-28")],
        adults=["Julie Midgley", "Stephen Midgley"],
        criteria=["child_sexual_exploitation"],
        decision="discuss",
        tags=[
            "pdf-two-column",
            "pdf-glyph-check",
            "district-calderdale",
            "review",
            "tick-report",
            "cjsm",
        ],
        notes="review with a current CSE link (Calderdale 'compelling reason'): discuss even though the form ticks No; the police operation is into abuse outside the family, so not current_investigation",
    )


@case
def h22():
    d = Docx("Wakefield Council")
    d.line("OFFICIAL-SENSITIVE", bold=True)
    d.title("Review Child Protection Conference")
    d.line("Booking form - Safeguarding and Review Unit, Wakefield", align="center")
    d.kv(
        [
            ("Date of conference", "Monday 14th December 2026"),
            ("Time", "10am"),
            ("Venue", "Wakefield One - Room 3.02"),
            ("Chair", "Gordon Raistrick"),
            ("Category of registration", "Physical"),
        ]
    )
    d.heading("Child/ren's details")
    d.table([["Name", "Date of birth"], ["Riley Thornton", "13/04/2018"]])
    d.heading("Parents/carers")
    d.table(
        [
            ["Name", "Relationship", "Date of birth"],
            ["Holly Thornton", "Mother", "01/05/1992"],
            ["Scott Thornton", "Father", "10/10/1990"],
        ]
    )
    d.heading("Reason for the conference")
    reason = (
        "Review of the child protection plan made in September 2026 under the category of physical abuse. On "
        "27/11/2026 Riley arrived at school with a black eye and a cut lip and said his dad had hit him. Mr "
        "Thornton was arrested the same day and is on police bail until 24/02/2027 with conditions not to "
        "contact Riley; the investigation is ongoing. Riley is staying with his mother at the maternal "
        "grandmother's address. Police are not members of the core group."
    )
    d.para(reason)
    d.table(
        [["West Yorkshire Police", "☐ Attendance required", "☒ Written report sufficient"]],
        header=False,
    )
    data = d.finish()
    body = (
        "Hi,\n\nPlease find attached the booking for Riley Thornton's review conference on Monday 14 December "
        "at 10am.\n\nThanks\n\n" + signature("Dominic Firth", *WAKEFIELD_SIG)
    )
    return dict(
        name="h22-wakefield-rcpc-docx-glyph-new-arrest-deadline-passed",
        district="wakefield",
        from_name="Dominic Firth",
        from_addr="dominic.firth@wakefield.gov.uk",
        date_hdr="Thu, 10 Dec 2026 11:58:20 +0000",
        received="Thu, 10 Dec 2026 11:59:02 +0000",
        subject="RCPC - THORNTON - 14/12/2026",
        body=body,
        att_type="docx",
        filename="RCPC booking Thornton.docx",
        data=data,
        docx=d,
        kind="review",
        pre_birth=False,
        date="2026-12-14",
        time="10:00",
        tick=False,
        tick_state="clear",
        harm=["physical"],
        children=[("Riley Thornton", "2018-04-13")],
        adults=["Holly Thornton", "Scott Thornton"],
        criteria=["current_investigation"],
        decision="discuss",
        tags=["docx-glyph", "review", "tick-report", "deadline-passed", "no-review-notice-minimum"],
        notes="review: new arrest and bail = current police matter (discuss, POLICY choice), police not in core group; report due 09/12 before receipt 10/12: deadline passed; Wakefield reviews have no notice minimum",
    )


@case
def h23():
    p = Pdf(font="DejaVu", bold="DejaVu-Bold", size=9)
    p.line_text("OFFICIAL-SENSITIVE", size=8, bold=True)
    p.title("Calderdale Council - Request for Child Protection Conference", size=12)
    p.kv(
        [
            ("Conference type", "Initial"),
            ("Conference date", "Fri 22/01/2027"),
            ("Time", "10.00 am"),
            ("Venue", "Halifax Town Hall"),
            ("Child/ren's details", "Leo Rushworth - DOB 06/11/2019 - Holy Trinity Infants"),
            (
                "Parents/carers",
                "Sophie Rushworth (mother) DOB 24/08/1994; Ashley Rushworth (father) DOB 13/02/1991",
            ),
            ("Category", "Emotional"),
            (
                "Reason for the conference",
                "On 12/12/2026 Mr Rushworth assaulted Ms Rushworth in front of Leo, breaking her nose. Ms Rushworth did "
                "not want to support a prosecution. Police issued a Domestic Violence Protection Notice and a Domestic "
                "Violence Protection Order was made on 15/12/2026 for 28 days. An IDVA has been allocated, the case will "
                "be heard at MARAC on 07/01/2027 as high risk, and the police domestic abuse safeguarding officer is in "
                "regular contact with Ms Rushworth. Leo is distressed and has started hitting other children at school.",
            ),
            ("Is Police attendance requested?", "[X] Yes   [ ] No"),
        ],
        lw=150,
    )
    data = p.finish()
    body = (
        "Dear Safeguarding Unit\n\nAttached is a request for an Initial Child Protection Conference for Leo "
        "Rushworth on Friday 22 January 2027 at 10am.\n\nRegards\n\n"
        + signature("Martin Cawthorne", *CALDERDALE_SIG)
    )
    return dict(
        name="h23-calderdale-icpc-pdf-twocol-da-dvpo-marac",
        district="calderdale",
        from_name="Martin Cawthorne",
        from_addr="martin.cawthorne@calderdale.gov.uk",
        date_hdr="Tue, 29 Dec 2026 10:45:55 +0000",
        received="Tue, 29 Dec 2026 10:46:31 +0000",
        subject="Request for ICPC - RUSHWORTH",
        body=body,
        att_type="pdf",
        filename="ICPC request Rushworth.pdf",
        data=data,
        pdf=p,
        kind="initial",
        pre_birth=False,
        date="2027-01-22",
        time="10:00",
        tick=True,
        tick_state="clear",
        harm=["emotional"],
        children=[("Leo Rushworth", "2019-11-06")],
        adults=["Sophie Rushworth", "Ashley Rushworth"],
        criteria=["domestic_abuse_current_involvement"],
        decision="discuss",
        tags=[
            "pdf-two-column",
            "pdf-glyph-brackets",
            "district-calderdale",
            "initial",
            "tick-attend",
        ],
        notes="serious DA with DVPO, IDVA, MARAC and police DA officer: a DA criterion, which Calderdale sends to discuss (POLICY choice)",
    )


@case
def h24():
    p = Pdf()
    p.line_text("OFFICIAL-SENSITIVE", bold=True, size=8, align="right")
    p.title("Kirklees - Pre-Birth Child Protection Conference Booking")
    p.heading("Unborn baby")
    p.kv([("Name", "Unborn baby of Shannon Dyer"), ("Unborn baby EDD", "02/03/2027")])
    p.heading("Parents/carers")
    p.table(
        [
            ["Name", "Relationship", "DOB"],
            ["Shannon Dyer", "Mother", "18/08/1998"],
            ["Craig Nuttall", "Father of the unborn baby", "09/01/1983"],
        ],
        [160, 170, p.w - 330],
    )
    p.heading("Significant others")
    p.table(
        [["Name", "Relationship", "DOB"], ["Lorraine Dyer", "Maternal grandmother", "30/04/1972"]],
        [160, 170, p.w - 330],
    )
    p.heading("Reason for the conference")
    reason = (
        "Ms Dyer is 22 weeks pregnant. The baby's father, Craig Nuttall, who lives with her, is on the sex "
        "offenders register for an indefinite period and is managed by a police offender manager. Ms Dyer "
        "minimises his history and says Mr Nuttall will look after the baby while she works. The pre-birth "
        "assessment has identified a risk of sexual harm to the baby."
    )
    p.para(reason)
    p.heading("Conference")
    p.kv(
        [
            ("Conference type", "Pre-birth (initial)"),
            ("Category", "Sexual"),
            ("Date", "21/01/2027"),
            ("Time", "11:00"),
            ("Venue", "Dewsbury Health Centre"),
        ]
    )
    p.heading("West Yorkshire Police")
    p.acro_checks(
        [("Police attendance required", True), ("Written report sufficient", False)],
        "pol",
        style="cross",
        gapx=220,
    )
    data = p.finish()
    body = (
        "Dear colleague,\n\nPlease find attached the booking for a pre-birth child protection conference "
        "(Unborn baby of Shannon Dyer, EDD 02/03/2027) on 21 January 2027 at 11am.\n\nBest wishes\n\n"
        + signature("Joanne Wood", *KIRKLEES_SIG)
    )
    return dict(
        name="h24-kirklees-prebirth-pdf-acroform-rso-father",
        district="kirklees",
        from_name="Joanne Wood",
        from_addr="joanne.wood@kirklees.gov.uk",
        date_hdr="Wed, 09 Dec 2026 14:02:02 +0000",
        received="Wed, 09 Dec 2026 14:03:00 +0000",
        subject="Pre-birth CPC - DYER - 21/01/2027",
        body=body,
        att_type="pdf",
        filename="Pre-birth booking DYER.pdf",
        data=data,
        pdf=p,
        kind="initial",
        pre_birth=True,
        date="2027-01-21",
        time="11:00",
        tick=True,
        tick_state="clear",
        harm=["sexual"],
        children=None,
        adults=["Shannon Dyer", "Craig Nuttall", "Lorraine Dyer"],
        criteria=["registered_sex_offender"],
        decision="attend",
        tags=["pdf-acroform", "district-kirklees", "pre-birth", "initial", "tick-attend"],
        notes="pre-birth initial; the baby's father, living with the mother, is on the sex offenders register: attend (Wakefield rules for Kirklees)",
    )


@case
def h25():
    p = Pdf(font="DejaVu", bold="DejaVu-Bold")
    p.line_text("OFFICIAL-SENSITIVE", bold=True, size=8)
    p.title("Leeds - Pre-birth Review Child Protection Conference")
    p.heading("Conference")
    p.kv(
        [
            ("Type", "Pre-birth review conference"),
            ("Date", "Friday 8 January 2027"),
            ("Time", "10am"),
            ("Venue", "Microsoft Teams"),
            ("Category", "Neglect"),
        ],
        lw=120,
    )
    p.heading("Unborn baby EDD")
    p.para("Unborn Baby Whitaker - EDD 28/01/2027")
    p.heading("Parents/carers")
    p.para("Georgia Whitaker (mother) - DOB 03/03/2001")
    p.para("Kieran Fox (father of the unborn baby) - DOB 16/07/1999")
    p.heading("Reason for the conference")
    reason = (
        "Review of the pre-birth child protection plan made on 13/10/2026. Ms Whitaker has continued to use "
        "cocaine and has attended only two antenatal appointments since the last conference. Mr Fox has "
        "refused to take part in the parenting assessment and the couple's tenancy is at risk because of rent "
        "arrears. The chair has asked whether police could attend to share any information held about "
        "visitors to the address, as neighbours report frequent callers late at night."
    )
    p.para(reason)
    p.heading("Police")
    pos = p.segments(
        [
            "Is Police attendance requested?   ",
            "Yes",
            "     /     ",
            "No",
            "   (delete as appropriate)",
        ],
        bold_idx=(0,),
    )
    p.strike(pos[3])
    data = p.finish()
    body = (
        "Hi,\n\nPlease find attached the booking for the pre-birth review conference for Unborn Baby Whitaker "
        "on Friday 8th January 2027 at 10am (Teams).\n\nMerry Christmas\n\n"
        + signature("Gareth Spencer", *LEEDS_SIG)
    )
    return dict(
        name="h25-leeds-prebirth-review-pdf-struck-no-late-notice",
        district="leeds",
        from_name="Gareth Spencer",
        from_addr="gareth.spencer@leeds.gov.uk",
        date_hdr="Wed, 23 Dec 2026 15:37:44 +0000",
        received="Wed, 23 Dec 2026 15:38:21 +0000",
        subject="Pre-birth RCPC - WHITAKER - 08/01/2027",
        body=body,
        att_type="pdf",
        filename="Pre-birth review booking Whitaker.pdf",
        data=data,
        pdf=p,
        kind="review",
        pre_birth=True,
        date="2027-01-08",
        time="10:00",
        tick=True,
        tick_state="clear",
        harm=["neglect"],
        children=None,
        adults=["Georgia Whitaker", "Kieran Fox"],
        criteria=[],
        decision="discuss",
        tags=[
            "pdf-struck-answer",
            "pre-birth",
            "review",
            "tick-attend",
            "late-notice",
            "christmas-holidays",
        ],
        notes="pre-birth review, no criterion (the chair's question is a request, not an agreement); 'No' struck through = police asked for: discuss; Leeds review needs 10 WD, only 9 over Christmas: late notice",
    )


# --------------------------------------------------------------------------------------------
def build_label(c: dict) -> dict:
    recv = day_received(c)
    conf = dt.date.fromisoformat(c["date"])
    due = back_wd(conf, REPORT_N[c["district"]])
    nwd = notice_wd(recv, conf)
    mn = min_notice(c["district"], c["kind"])
    ok = None if mn is None else nwd >= mn
    expected = policy_decision(c["district"], c["kind"], c["criteria"], c["tick"], c["tick_state"])
    if expected != c["decision"]:
        raise SystemExit(f"{c['name']}: hand decision {c['decision']} != POLICY table {expected}")
    required = set()
    if ok is False:
        required.add("late_notice")
    if due < recv:
        required.add("deadline_passed")
    if c["tick"] is False and c["decision"] == "attend":
        required.add("tickbox_conflict")
    if c["tick_state"] in ("both", "neither"):
        required.add("tickbox_ambiguous")
    forbidden = [f for f in ALL_FLAGS if f not in required]
    sources = [c["subject"], c["body"]]
    doc = c.get("pdf") or c.get("docx")
    sources += doc.texts
    if c.get("pdf"):
        sources += c["pdf"].fields
        sources += pdf_extracted_lines(c["data"])
    sources.append(c["filename"])
    tags = list(c["tags"])
    tags.insert(0, f"district-{c['district']}")
    if ok is True:
        tags.append("notice-ok")
    label = {
        "district": c["district"],
        "kind": c["kind"],
        "pre_birth": c["pre_birth"],
        "date": c["date"],
        "time": c["time"],
        "police_attendance_requested": c["tick"],
        "harm_categories": c["harm"],
        "children": None
        if c["children"] is None
        else [{"name": n, "date_of_birth": d} for n, d in c["children"]],
        "adults": c["adults"],
        "criteria": c["criteria"],
        "decision": c["decision"],
        "report_due": due.isoformat(),
        "notice_working_days": nwd,
        "notice_ok": ok,
        "flags_required": sorted(required),
        "flags_forbidden": forbidden,
        "source_texts": list(dict.fromkeys(s for s in sources if s and s.strip())),
        "tags": list(dict.fromkeys(tags)),
        "notes": c["notes"] + f" [received {recv.isoformat()}]",
    }
    return label


def main() -> int:
    names = set()
    for fn in CASES:
        c = fn()
        assert c["name"] not in names, c["name"]
        names.add(c["name"])
        eml = build_eml(c, c["data"])
        label = build_label(c)
        (OUT / f"{c['name']}.eml").write_bytes(eml)
        (OUT / f"{c['name']}.json").write_text(
            json.dumps(label, indent=2, ensure_ascii=False) + "\n"
        )
        print(
            f"{c['name']:62s} {label['decision']:12s} due {label['report_due']} "
            f"notice {label['notice_working_days']} ok {label['notice_ok']} req {label['flags_required']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
