"""Shared helpers for set r: deterministic .eml, .docx and .pdf builders, deadlines, labels.

Everything here is invented test material. Nothing imports the product.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import json
import re
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent

BANK_HOLIDAYS = {
    dt.date(2026, 12, 25), dt.date(2026, 12, 28), dt.date(2027, 1, 1),
    dt.date(2027, 3, 26), dt.date(2027, 3, 29), dt.date(2027, 5, 3),
}
ALL_FLAGS = ["late_notice", "deadline_passed", "missing_reason", "missing_family_details",
             "missing_conference_date", "unverified_sender", "unreadable_attachment",
             "encrypted_unreadable", "no_booking_form", "tickbox_conflict", "tickbox_ambiguous",
             "not_an_invitation", "rescheduled", "cancelled", "possible_duplicate", "ocr_used",
             "district_unknown"]
REPORT_N = {"wakefield": 3, "leeds": 1, "calderdale": 3, "kirklees": 3, "bradford": 3}
NOTICE_MIN = {"wakefield": {"initial": 5, "transfer_in": 5, "review": None},
              "leeds": {"initial": 5, "transfer_in": 5, "review": 10}}


def working(d: dt.date) -> bool:
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def report_due(conf: dt.date, n: int) -> dt.date:
    d = conf
    while n:
        d -= dt.timedelta(days=1)
        if working(d):
            n -= 1
    return d


def notice_days(received: dt.date, conf: dt.date) -> int:
    n, d = 0, received
    while d < conf:
        d += dt.timedelta(days=1)
        if working(d):
            n += 1
    return n


def deadlines(district, kind, received: dt.date, conf: dt.date):
    due = report_due(conf, REPORT_N[district])
    nwd = notice_days(received, conf)
    mins = NOTICE_MIN.get(district, {}).get(kind)
    ok = None if mins is None else nwd >= mins
    return due, nwd, ok


WAKEFIELD_INITIAL = {"current_investigation", "previous_investigation_escalation",
                     "wilful_neglect_investigation", "police_protection", "child_sexual_exploitation",
                     "domestic_abuse_current_involvement", "registered_sex_offender",
                     "negotiated_attendance"}
CALDERDALE_ATTEND = {"current_investigation", "wilful_neglect_investigation",
                     "previous_investigation_escalation", "prior_unit_involvement",
                     "registered_sex_offender", "negotiated_attendance"}
REVIEW_DISCUSS = {"child_sexual_exploitation", "current_investigation", "registered_sex_offender",
                  "police_protection", "domestic_abuse_current_involvement",
                  "wilful_neglect_investigation"}
MANUAL_FLAGS = {"unverified_sender", "encrypted_unreadable", "cancelled", "not_an_invitation",
                "missing_conference_date"}


def decide(district, kind, criteria, tick, flags) -> str:
    """POLICY.md 'Decision', written again from the text (not from the product)."""
    flags = set(flags)
    if flags & MANUAL_FLAGS or {"unreadable_attachment", "no_booking_form"} <= flags:
        return "manual_review"
    c = set(criteria)
    if kind in ("initial", "transfer_in"):
        if district == "leeds":
            if c & (WAKEFIELD_INITIAL - {"child_sexual_exploitation"}):
                return "attend"
            if "child_sexual_exploitation" in c:
                return "discuss"
        elif district == "calderdale":
            if c & CALDERDALE_ATTEND:
                return "attend"
            if c:
                return "discuss"
        else:  # wakefield, kirklees, bradford
            if c & WAKEFIELD_INITIAL:
                return "attend"
        return "discuss" if tick is True or flags & {"tickbox_ambiguous_both"} else "report_only"
    if "core_group_member" in c:
        return "attend"
    if c & REVIEW_DISCUSS or tick is True:
        return "discuss"
    return "report_only"


# ---------------------------------------------------------------- documents

FIXED_ZIP_TIME = (2026, 12, 1, 9, 0, 0)


def _fix_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = re.sub(rb"<dcterms:(created|modified)([^>]*)>[^<]*<",
                              rb"<dcterms:\1\2>2026-12-01T09:00:00Z<", blob)
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, blob)
    return out.getvalue()


class Docx:
    """Small builder over python-docx that records every string it writes."""

    def __init__(self, author="CSC"):
        import docx
        from docx.shared import Pt
        self.doc = docx.Document()
        self.doc.core_properties.author = author
        self.doc.core_properties.title = ""
        st = self.doc.styles["Normal"]
        st.font.name = "Arial"
        st.font.size = Pt(10)
        self.texts: list[str] = []

    def heading(self, text, level=1):
        self.doc.add_heading(text, level=level)
        self.texts.append(text)

    def para(self, text, bold=False):
        p = self.doc.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        self.texts.append(text)

    def table(self, rows, widths=None, header=False):
        ncols = max(len(r) for r in rows)
        t = self.doc.add_table(rows=0, cols=ncols)
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            cells = t.add_row().cells
            for j in range(ncols):
                val = row[j] if j < len(row) else ""
                cells[j].text = val
                if header and i == 0:
                    for r in cells[j].paragraphs[0].runs:
                        r.bold = True
            self.texts.extend(v for v in row if v)
            self.texts.append(" ".join(v for v in row if v))
        self.doc.add_paragraph()

    def header_footer(self, header=None, footer=None):
        sec = self.doc.sections[0]
        if header:
            sec.header.paragraphs[0].text = header
            self.texts.append(header)
        if footer:
            sec.footer.paragraphs[0].text = footer
            self.texts.append(footer)

    def bytes(self) -> bytes:
        buf = io.BytesIO()
        self.doc.save(buf)
        return _fix_zip(buf.getvalue())


class Pdf:
    """reportlab platypus builder, invariant output, records every string it writes."""

    def __init__(self, header=None, footer=None, title=""):
        from reportlab import rl_config
        rl_config.invariant = 1
        self.story = []
        self.texts: list[str] = []
        self.header, self.footer, self.title = header, footer, title
        if header:
            self.texts.append(header)
        if footer:
            self.texts.append(footer)
        from reportlab.lib.styles import getSampleStyleSheet
        ss = getSampleStyleSheet()
        self.st = {"n": ss["Normal"], "h1": ss["Heading1"], "h2": ss["Heading2"],
                   "h3": ss["Heading3"], "small": ss["Normal"].clone("small", fontSize=8, leading=10)}

    @staticmethod
    def _esc(t):
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    def p(self, text, style="n"):
        from reportlab.platypus import Paragraph
        self.story.append(Paragraph(self._esc(text).replace("\n", "<br/>"), self.st[style]))
        self.texts.append(text)

    def space(self, h=6):
        from reportlab.platypus import Spacer
        self.story.append(Spacer(1, h))

    def table(self, rows, widths=None):
        from reportlab.platypus import Paragraph, Table, TableStyle
        from reportlab.lib import colors
        data = [[Paragraph(self._esc(c).replace("\n", "<br/>"), self.st["n"]) for c in r] for r in rows]
        t = Table(data, colWidths=widths)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        self.story.append(t)
        self.story.append(self._spacer())
        for r in rows:
            self.texts.extend(c for c in r if c)
            self.texts.append(" ".join(c for c in r if c))

    def _spacer(self):
        from reportlab.platypus import Spacer
        return Spacer(1, 8)

    def page_break(self):
        from reportlab.platypus import PageBreak
        self.story.append(PageBreak())

    def bytes(self) -> bytes:
        from reportlab.lib.pagesizes import A4
        from reportlab.platypus import SimpleDocTemplate
        buf = io.BytesIO()
        header, footer = self.header, self.footer

        def deco(canvas, doc):
            canvas.saveState()
            canvas.setFont("Helvetica", 8)
            if header:
                canvas.drawString(40, A4[1] - 30, header)
            if footer:
                canvas.drawString(40, 25, f"{footer}  Page {doc.page}")
            canvas.restoreState()

        doc = SimpleDocTemplate(buf, pagesize=A4, title=self.title, author="", creator="",
                                producer="", leftMargin=40, rightMargin=40, topMargin=50, bottomMargin=45)
        doc.build(self.story, onFirstPage=deco, onLaterPages=deco)
        return buf.getvalue()


# ---------------------------------------------------------------- email

def _b64(data: bytes) -> str:
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def _qp(text: str) -> str:
    import quopri
    return quopri.encodestring(text.replace("\n", "\r\n").encode("utf-8")).decode().replace("\r\n", "\n")


def _rfc2822(t: dt.datetime) -> str:
    return t.strftime("%a, %d %b %Y %H:%M:%S +0000")


def build_eml(stem, *, received: dt.datetime, sender: str, sender_name: str, subject: str,
              body: str, html: str | None = None, attachments=(), auth="pass",
              to="CPPU Conferences <cppu.conferences@westyorkshire.police.uk>", cc=None,
              relay_host=None, marking=None) -> str:
    seed = hashlib.sha1(stem.encode()).hexdigest()
    domain = sender.split("@")[1]
    relay = relay_host or f"mail{int(seed[0], 16) % 4 + 1}.{domain}"
    sent = received - dt.timedelta(minutes=2, seconds=int(seed[1:3], 16) % 50)
    hops = [
        f"Received: from {relay} ({relay} [192.0.2.{int(seed[3:5], 16) % 200 + 10}])\n"
        f" by mx2.westyorkshire.police.uk with ESMTPS id {seed[5:15].upper()};\n"
        f" {_rfc2822(received)}",
        f"Received: from EXMBX{int(seed[15], 16):02d}.ad.{domain} (10.20.{int(seed[16:18], 16)}.{int(seed[18:20], 16)})\n"
        f" by {relay} with Microsoft SMTP Server; {_rfc2822(received - dt.timedelta(seconds=40))}",
    ]
    if auth == "pass":
        ar = (f"Authentication-Results: mx2.westyorkshire.police.uk; dkim=pass header.d={domain};\n"
              f" spf=pass smtp.mailfrom={domain}; dmarc=pass header.from={domain}")
    else:
        ar = (f"Authentication-Results: mx2.westyorkshire.police.uk; dkim=fail (signature did not verify)\n"
              f" header.d={domain}; spf=softfail smtp.mailfrom={domain};\n"
              f" dmarc=fail (p=QUARANTINE) header.from={domain}")
    head = hops + [ar,
                   f"Message-ID: <{seed[:24]}@{relay}>",
                   f"Date: {_rfc2822(sent)}",
                   f"From: {chr(34) + sender_name + chr(34) if ',' in sender_name else sender_name} <{sender}>",
                   f"To: {to}"]
    if cc:
        head.append(f"Cc: {cc}")
    head += [f"Subject: {subject}", "MIME-Version: 1.0", "X-Mailer: Microsoft Outlook 16.0"]
    if marking:
        head.append(f"X-Protective-Marking: VER=2012, NS=gov.uk, SEC={marking}")
    b_mixed = f"----=_Part_{seed[20:32]}"
    b_alt = f"----=_Alt_{seed[32:40]}"
    parts = []
    text_part = ("Content-Type: text/plain; charset=\"utf-8\"\n"
                 "Content-Transfer-Encoding: quoted-printable\n\n" + _qp(body))
    if html:
        html_part = ("Content-Type: text/html; charset=\"utf-8\"\n"
                     "Content-Transfer-Encoding: quoted-printable\n\n" + _qp(html))
        body_part = (f"Content-Type: multipart/alternative;\n boundary=\"{b_alt}\"\n\n"
                     f"--{b_alt}\n{text_part}\n--{b_alt}\n{html_part}\n--{b_alt}--\n")
    else:
        body_part = text_part
    if not attachments:
        return "\n".join(head) + "\n" + body_part
    parts.append(body_part)
    for name, data, ctype in attachments:
        parts.append(f"Content-Type: {ctype}; name=\"{name}\"\n"
                     f"Content-Disposition: attachment; filename=\"{name}\"\n"
                     f"Content-Transfer-Encoding: base64\n\n{_b64(data)}\n")
    out = "\n".join(head) + f"\nContent-Type: multipart/mixed;\n boundary=\"{b_mixed}\"\n\n"
    out += "This is a multi-part message in MIME format.\n\n"
    for p in parts:
        out += f"--{b_mixed}\n{p}\n"
    out += f"--{b_mixed}--\n"
    return out


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"

STD_FORBIDDEN = {"possible_duplicate", "ocr_used", "encrypted_unreadable", "rescheduled",
                 "district_unknown"}


def write_case(c: dict) -> dict:
    """c: one case specification (see the layout modules). Writes .eml and .json, returns the label."""
    stem = c["stem"]
    rec: dt.datetime = c["received"]
    atts = []
    source_texts = [c["subject"], c["body"]]
    if c.get("html_texts"):
        source_texts += c["html_texts"]
    for a in c.get("attachments", []):
        atts.append((a["name"], a["data"], a["ctype"]))
        source_texts += a.get("texts", [])
        source_texts.append(a["name"])
    eml = build_eml(stem, received=rec, sender=c["sender"], sender_name=c["sender_name"],
                    subject=c["subject"], body=c["body"], html=c.get("html"), attachments=atts,
                    auth=c.get("auth", "pass"), cc=c.get("cc"), marking=c.get("marking"))
    (OUT / f"{stem}.eml").write_text(eml)

    district, kind = c["district"], c["kind"]
    conf = c.get("date")
    flags_req = set(c.get("flags_required", []))
    flags_unscored = set(c.get("flags_unscored", []))
    due = nwd = ok = None
    if conf and not c.get("no_deadlines"):
        d = dt.date.fromisoformat(conf)
        due, nwd, ok = deadlines(district, kind, rec.date(), d)
        if ok is False:
            flags_req.add("late_notice")
        if due < rec.date():
            flags_req.add("deadline_passed")
    tick = c.get("tick")
    dflags = set(flags_req)
    if c.get("tick_both"):
        dflags.add("tickbox_ambiguous_both")
    decision = decide(district, kind, c["criteria"], tick, dflags)
    assert decision == c["decision"], (stem, decision, c["decision"])
    if decision == "attend" and c.get("tick") is False:
        flags_req.add("tickbox_conflict")
    forbidden = (set(ALL_FLAGS) - flags_req - flags_unscored) if c.get("forbid_all", True) else set(c.get("flags_forbidden", []))
    forbidden |= STD_FORBIDDEN - flags_req - flags_unscored
    label = {
        "district": district,
        "kind": kind,
        "pre_birth": c.get("pre_birth", False),
        "date": conf,
        "time": c.get("time"),
        "police_attendance_requested": tick,
        "harm_categories": c.get("harm"),
        "children": c.get("children"),
        "adults": c.get("adults"),
        "criteria": sorted(c["criteria"]),
        "decision": decision,
        "report_due": None if c.get("no_deadlines") or due is None else due.isoformat(),
        "notice_working_days": None if c.get("no_deadlines") else nwd,
        "notice_ok": None if c.get("no_deadlines") else ok,
        "flags_required": sorted(flags_req),
        "flags_forbidden": sorted(forbidden),
        "evidence": c.get("evidence", {}),
        "source_texts": source_texts,
        "tags": c.get("tags", []),
        "notes": c["notes"],
    }
    (OUT / f"{stem}.json").write_text(json.dumps(label, indent=2, ensure_ascii=False) + "\n")
    return label


def D(y, m, d, hh, mm):
    return dt.datetime(y, m, d, hh, mm, 0)
