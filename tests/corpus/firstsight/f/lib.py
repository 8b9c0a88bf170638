"""Shared helpers for the f-26..f-30 first-sight cases.

Run every generator with /work/main/.venv/bin/python (reportlab, python-docx, pdfplumber, holidays).
Everything here is invented: names, addresses, references, phone numbers.
"""
from __future__ import annotations

import datetime as dt
import email.policy
import hashlib
import io
import json
import re
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

import holidays

OUT = Path(__file__).resolve().parent
EW = holidays.country_holidays("GB", subdiv="ENG", years=range(2025, 2029))

ALL_FLAGS = [
    "late_notice", "deadline_passed", "missing_reason", "missing_family_details",
    "missing_conference_date", "unverified_sender", "unreadable_attachment",
    "encrypted_unreadable", "no_booking_form", "tickbox_conflict", "tickbox_ambiguous",
    "not_an_invitation", "rescheduled", "cancelled", "possible_duplicate", "ocr_used",
    "district_unknown",
]

POLICE_TO = "CPPU Conference Invites <cppu.conferences@westyorkshire.police.uk>"
POLICE_TO_BY_DISTRICT = {
    "wakefield": "Wakefield CPPU Normanton - Conferences <wakefield.cppu.conferences@westyorkshire.police.uk>",
    "leeds": "CPPU Weetwood - Conference Invites <leeds.cppu.conferences@westyorkshire.police.uk>",
    "calderdale": "CD Safeguarding Case Conference <cd.safeguarding.conferences@westyorkshire.police.uk>",
    "kirklees": "Kirklees Safeguarding Unit - Conferences <kirklees.sgu.conferences@westyorkshire.police.uk>",
    "bradford": "Bradford Safeguarding Unit - CPC <bradford.sgu.cpc@westyorkshire.police.uk>",
}


# ----------------------------------------------------------------------------- dates
def is_wd(d: dt.date) -> bool:
    return d.weekday() < 5 and d not in EW


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


def report_n(district: str) -> int:
    return {"wakefield": 3, "leeds": 1}.get(district, 3)


def min_notice(district: str, kind: str):
    initialish = kind in ("initial", "transfer_in")
    if district == "wakefield":
        return 5 if initialish else None
    if district == "leeds":
        return 5 if initialish else 10
    return None


# ----------------------------------------------------------------------------- policy
ATTEND_W = {"current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation",
            "police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement",
            "registered_sex_offender", "negotiated_attendance"}
ATTEND_C = {"current_investigation", "wilful_neglect_investigation", "previous_investigation_escalation",
            "prior_unit_involvement", "registered_sex_offender", "negotiated_attendance"}
REVIEW_DISCUSS = {"child_sexual_exploitation", "current_investigation", "registered_sex_offender",
                  "police_protection", "domestic_abuse_current_involvement", "wilful_neglect_investigation"}


def decide(district, kind, criteria, tick):
    """My own reading of POLICY.md 'Decision' rules 2-4 (rule 1 is applied by hand)."""
    c = set(criteria)
    asks = tick in ("required", "both")
    if kind == "review":
        if "core_group_member" in c:
            return "attend"
        if c & REVIEW_DISCUSS or tick == "required":
            return "discuss"
        return "report_only"
    if district == "leeds":
        if c & (ATTEND_W - {"child_sexual_exploitation"}):
            return "attend"
        if "child_sexual_exploitation" in c:
            return "discuss"
    elif district == "calderdale":
        if c & ATTEND_C:
            return "attend"
        if c & {"police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement"}:
            return "discuss"
    else:  # wakefield, kirklees, bradford, unknown
        if c & ATTEND_W:
            return "attend"
    return "discuss" if asks else "report_only"


# ----------------------------------------------------------------------------- label
def label(*, district, kind, pre_birth, date, time, tick, harm, children, adults, criteria, decision,
          received: dt.date, texts, tags, notes, manual=False, has_tickbox=True,
          flags_required=(), unscored=(), deadlines=True):
    """Build the NAME.json dict. tick: required|report|both|neither|absent."""
    par = {"required": True, "report": False}.get(tick)
    if not manual:
        want = decide(district, kind, criteria, tick)
        assert want == decision, (want, decision, notes)
    req = set(flags_required)
    rd = nwd = nok = None
    if deadlines and district and date and kind:
        cd = dt.date.fromisoformat(date)
        rd_d = back_wd(cd, report_n(district))
        rd = rd_d.isoformat()
        nwd = notice_wd(received, cd)
        mn = min_notice(district, "initial" if kind == "transfer_in" else kind)
        nok = None if mn is None else nwd >= mn
        if nok is False:
            req.add("late_notice")
        if rd_d < received:
            req.add("deadline_passed")
    un = set(unscored)
    if not deadlines:
        un |= {"late_notice", "deadline_passed"}
    if not manual:
        if tick == "report" and decision == "attend":
            req.add("tickbox_conflict")
        if has_tickbox and tick in ("both", "neither"):
            req.add("tickbox_ambiguous")
    forb = sorted(set(ALL_FLAGS) - req - un)
    return {
        "district": district, "kind": kind, "pre_birth": pre_birth, "date": date, "time": time,
        "police_attendance_requested": par if tick not in ("both", "neither") else None,
        "harm_categories": harm, "children": children, "adults": adults, "criteria": sorted(criteria),
        "decision": decision, "report_due": rd, "notice_working_days": nwd, "notice_ok": nok,
        "flags_required": sorted(req), "flags_forbidden": forb,
        "source_texts": dedup(texts), "tags": tags, "notes": notes,
    }


def dedup(xs):
    seen, out = set(), []
    for x in xs:
        x = x if isinstance(x, str) else str(x)
        if x.strip() and x not in seen:
            seen.add(x)
            out.append(x)
    return out


def kid(name, dob):
    return {"name": name, "date_of_birth": dob}


# ----------------------------------------------------------------------------- email
def _mid(seed: str, host: str) -> str:
    return "<" + hashlib.sha1(seed.encode()).hexdigest()[:24] + "@" + host + ">"


def london(d: dt.date, hh: int, mm: int, ss: int = 0) -> dt.datetime:
    # All dates in this set fall in GMT (Nov-Jan): Europe/London == UTC.
    return dt.datetime(d.year, d.month, d.day, hh, mm, ss, tzinfo=dt.timezone.utc)


def build_email(*, case: str, from_name: str, from_addr: str, to: str, subject: str,
                sent: dt.datetime, received: dt.datetime, text: str | None = None, html: str | None = None,
                attachments=(), cc: str | None = None, relay_host: str | None = None,
                auth: str = "pass", extra_headers=(), x_mailer="Microsoft Outlook 16.0",
                via_cjsm=False) -> bytes:
    dom = from_addr.split("@", 1)[1]
    base = dom.replace(".cjsm.net", "")
    relay = relay_host or f"smtp-out1.{base}"
    m = EmailMessage()
    rid = hashlib.sha1((case + "r").encode()).hexdigest()[:10].upper()
    m["Received"] = (f"from {relay} ({relay} [198.51.100.{len(case) % 200 + 20}]) by mx1.westyorkshire.police.uk "
                     f"with ESMTPS id {rid}; {format_datetime(received)}")
    if via_cjsm:
        m["Received"] = (f"from relay1.cjsm.net (relay1.cjsm.net [203.0.113.41]) by {relay} with ESMTPS; "
                         f"{format_datetime(received - dt.timedelta(seconds=37))}")
    m["Received"] = (f"from EXCH02.corp.local (10.20.{len(case)}.14) by {relay} with Microsoft SMTP Server; "
                     f"{format_datetime(sent + dt.timedelta(seconds=41))}")
    m["Authentication-Results"] = (f"mx1.westyorkshire.police.uk; dkim={auth} header.d={dom}; spf={auth} "
                                   f"smtp.mailfrom={dom}; dmarc={auth} header.from={dom}")
    m["Message-ID"] = _mid(case, relay)
    m["Date"] = format_datetime(sent)
    m["From"] = f"{from_name} <{from_addr}>"
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    for k, v in extra_headers:
        m[k] = v
    if x_mailer:
        m["X-Mailer"] = x_mailer
    if text is not None:
        m.set_content(text)
        if html is not None:
            m.add_alternative(html, subtype="html")
    elif html is not None:
        m.set_content(html, subtype="html")
    for fname, mime, data in attachments:
        maj, sub = mime.split("/")
        if maj == "text":
            m.add_attachment(data.decode("utf-8"), subtype=sub, filename=fname)
        else:
            m.add_attachment(data, maintype=maj, subtype=sub, filename=fname)
    return m.as_bytes(policy=email.policy.default.clone(linesep="\n"))


def html_paras(paras, extra_style="") -> str:
    body = "".join(f"<p class=MsoNormal>{escape(p).replace(chr(10), '<br>')}</p>\n" for p in paras)
    return ("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">"
            "<style>p.MsoNormal{margin:0cm;font-size:11pt;font-family:Calibri,sans-serif}"
            f"{extra_style}</style></head><body lang=EN-GB>\n{body}</body></html>")


def write_case(name: str, eml: bytes, lab: dict) -> None:
    (OUT / f"{name}.eml").write_bytes(eml)
    (OUT / f"{name}.json").write_text(json.dumps(lab, indent=2, ensure_ascii=False) + "\n")


# ----------------------------------------------------------------------------- PDF helpers
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer,  # noqa: E402,F401
                                Table, TableStyle)

from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402

_DJ = "/usr/share/fonts/truetype/dejavu/"
try:
    pdfmetrics.registerFont(TTFont("DejaVu", _DJ + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", _DJ + "DejaVuSans-Bold.ttf"))
    F, FB = "DejaVu", "DejaVu-Bold"
except Exception:  # pragma: no cover - fall back to the base-14 fonts
    F, FB = "Helvetica", "Helvetica-Bold"

SS = getSampleStyleSheet()
ST = {
    "body": ParagraphStyle("b", parent=SS["Normal"], fontName=F, fontSize=9.5, leading=12.5,
                           spaceAfter=5),
    "small": ParagraphStyle("s", parent=SS["Normal"], fontName=F, fontSize=8, leading=10),
    "cell": ParagraphStyle("c", parent=SS["Normal"], fontName=F, fontSize=8.5, leading=10.5),
    "cellb": ParagraphStyle("cb", parent=SS["Normal"], fontName=FB, fontSize=8.5, leading=10.5),
    "h1": ParagraphStyle("h1", parent=SS["Normal"], fontName=FB, fontSize=14, leading=18,
                         spaceAfter=8),
    "h2": ParagraphStyle("h2", parent=SS["Normal"], fontName=FB, fontSize=11, leading=14,
                         spaceBefore=6, spaceAfter=4),
    "h3": ParagraphStyle("h3", parent=SS["Normal"], fontName=FB, fontSize=9.5, leading=12,
                         spaceBefore=4, spaceAfter=2),
}


class Doc:
    """Collects flowables and the readable texts put into them."""

    def __init__(self, texts: list):
        self.f = []
        self.t = texts

    def p(self, text, style="body"):
        self.t.append(text)
        self.f.append(Paragraph(escape(text).replace("\n", "<br/>"), ST[style]))

    def sp(self, h=4):
        self.f.append(Spacer(1, h * mm))

    def br(self):
        self.f.append(PageBreak())

    def table(self, rows, widths, header=True, style_extra=(), bold_first_col=False):
        data = []
        for ri, row in enumerate(rows):
            cells = []
            for ci, c in enumerate(row):
                c = "" if c is None else c
                if c:
                    self.t.append(c)
                bold = (header and ri == 0) or (bold_first_col and ci == 0)
                cells.append(Paragraph(escape(c).replace("\n", "<br/>"), ST["cellb" if bold else "cell"]))
            joined = " ".join(x for x in row if x)
            if joined:
                self.t.append(joined)
            data.append(cells)
        t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1 if header else 0)
        st = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        if header:
            st.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")))
        t.setStyle(TableStyle(st + list(style_extra)))
        self.f.append(t)
        self.f.append(Spacer(1, 3 * mm))

    def build(self, title="", header=None, footer=None, margins=18) -> bytes:
        """header/footer: callables (page_no, total) -> list of (x_mm, y_mm, text, size, align)."""
        buf = io.BytesIO()
        pages = {"n": 0}

        def make(total):
            def on_page(canvas, doc):
                canvas.saveState()
                pn = canvas.getPageNumber()
                for fn in (header, footer):
                    if fn:
                        for x, y, txt, size, align in fn(pn, total):
                            canvas.setFont(F, size)
                            if align == "r":
                                canvas.drawRightString(x * mm, y * mm, txt)
                            elif align == "c":
                                canvas.drawCentredString(x * mm, y * mm, txt)
                            else:
                                canvas.drawString(x * mm, y * mm, txt)
                pages["n"] = max(pages["n"], pn)
                canvas.restoreState()
            return on_page

        import copy
        flow = copy.deepcopy(self.f)
        SimpleDocTemplate(io.BytesIO(), pagesize=A4, leftMargin=margins * mm, rightMargin=margins * mm,
                          topMargin=24 * mm, bottomMargin=22 * mm, title=title).build(
            flow, onFirstPage=make(0), onLaterPages=make(0))
        total = pages["n"]
        doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=margins * mm, rightMargin=margins * mm,
                                topMargin=24 * mm, bottomMargin=22 * mm, title=title, author="")
        doc.build(self.f, onFirstPage=make(total), onLaterPages=make(total))
        for fn in (header, footer):
            if fn:
                for pn in range(1, total + 1):
                    for *_, txt, _s, _a in fn(pn, total):
                        self.t.append(txt)
        self.pages = total
        return buf.getvalue()


# ----------------------------------------------------------------------------- checks
def fold(s: str) -> str:
    return re.sub(r"\s+", " ", s or "").strip().casefold()


def pdf_text(data: bytes) -> str:
    import pdfplumber
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join((p.extract_text() or "") for p in pdf.pages)


def docx_text(data: bytes) -> str:
    import docx
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]

    def walk(tables):
        for t in tables:
            for row in t.rows:
                for c in row.cells:
                    parts.extend(p.text for p in c.paragraphs)
                    walk(c.tables)
    walk(d.tables)
    return "\n".join(parts)
