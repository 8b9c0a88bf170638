"""Shared helpers for the b- test set: e-mail building, deadline arithmetic, labels,
PDF (reportlab) and DOCX (python-docx + raw OOXML) rendering that records every text written."""
import datetime as dt
import email.utils
import hashlib
import json
import os
import re
import textwrap
from email.message import EmailMessage
from email import policy as email_policy

import holidays

OUT = os.path.dirname(os.path.abspath(__file__))
HOL = holidays.country_holidays('GB', subdiv='ENG', years=range(2025, 2029))

ALL_FLAGS = ["cancelled", "deadline_passed", "district_unknown", "encrypted_unreadable",
             "late_notice", "missing_conference_date", "missing_family_details", "missing_reason",
             "no_booking_form", "not_an_invitation", "possible_duplicate", "rescheduled",
             "tickbox_ambiguous", "tickbox_conflict", "unreadable_attachment", "unverified_sender",
             "ocr_used"]

DOMAIN = {"wakefield": "wakefield.gov.uk", "leeds": "leeds.gov.uk", "calderdale": "calderdale.gov.uk",
          "kirklees": "kirklees.gov.uk", "bradford": "bradford.gov.uk"}
IP = {"wakefield": "198.51.100.21", "leeds": "198.51.100.44", "calderdale": "198.51.100.156",
      "kirklees": "198.51.100.87", "bradford": "198.51.100.93"}


# ---------------------------------------------------------------- working days
def is_wd(d):
    return d.weekday() < 5 and d not in HOL


def back_wd(d, n):
    while n:
        d -= dt.timedelta(days=1)
        if is_wd(d):
            n -= 1
    return d


def wd_between(received, conf):
    """working days after `received` up to and including `conf`"""
    n, d = 0, received
    while d < conf:
        d += dt.timedelta(days=1)
        if is_wd(d):
            n += 1
    return n


def deadlines(district, kind, conf, received):
    n = 1 if district == "leeds" else 3
    due = back_wd(conf, n)
    nwd = wd_between(received, conf)
    minimum = None
    if district == "wakefield" and kind in ("initial", "transfer_in"):
        minimum = 5
    if district == "leeds":
        minimum = 5 if kind in ("initial", "transfer_in") else 10
    ok = None if minimum is None else nwd >= minimum
    return due, nwd, ok


# ---------------------------------------------------------------- policy (used to check my hand labels)
INIT_W = {"current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation",
          "police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement",
          "registered_sex_offender", "negotiated_attendance"}
INIT_C = {"current_investigation", "wilful_neglect_investigation", "previous_investigation_escalation",
          "prior_unit_involvement", "registered_sex_offender", "negotiated_attendance"}
REV_D = {"child_sexual_exploitation", "current_investigation", "registered_sex_offender",
         "police_protection", "domestic_abuse_current_involvement", "wilful_neglect_investigation"}


def policy_decision(district, kind, criteria, tick, both_marked=False):
    c = set(criteria)
    if kind in ("initial", "transfer_in"):
        if district == "leeds":
            if c & (INIT_W - {"child_sexual_exploitation"}):
                return "attend"
            if "child_sexual_exploitation" in c:
                return "discuss"
        elif district == "calderdale":
            if c & INIT_C:
                return "attend"
            if c & {"police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement"}:
                return "discuss"
        else:
            if c & INIT_W:
                return "attend"
        if tick is True or both_marked:
            return "discuss"
        return "report_only"
    if "core_group_member" in c:
        return "attend"
    if c & REV_D or tick is True:
        return "discuss"
    return "report_only"


# ---------------------------------------------------------------- e-mail
def rfc_date(t):
    return email.utils.format_datetime(t)


def build_email(case, district, sender_name, sender_local, subject, body, attachments, received,
                sent=None, to=None, html=None, extra_headers=None, domain=None):
    """received: aware/naive UTC datetime of the newest Received header (winter: UTC == Europe/London)."""
    domain = domain or DOMAIN[district]
    sent = sent or received - dt.timedelta(minutes=3, seconds=17)
    hop1 = received - dt.timedelta(seconds=55)
    tz = dt.timezone.utc
    received, sent, hop1 = [x.replace(tzinfo=tz) for x in (received, sent, hop1)]
    h = hashlib.sha1(case.encode()).hexdigest()
    msg = EmailMessage()
    msg["Received"] = (f"from mx-out.{domain} (mx-out.{domain} [{IP[district]}]) by "
                       f"mx1.westyorkshire.police.uk with ESMTPS id {h[:10].upper()}; {rfc_date(received)}")
    msg["Received"] = (f"from EXCH{int(h[10:12], 16) % 9 + 1:02d}.corp.local (10.{int(h[12:14], 16)}.4.17) by "
                       f"mx-out.{domain} with Microsoft SMTP Server; {rfc_date(hop1)}")
    msg["Authentication-Results"] = (f"mx1.westyorkshire.police.uk; dkim=pass header.d={domain}; "
                                     f"spf=pass smtp.mailfrom={domain}; dmarc=pass (p=QUARANTINE) "
                                     f"header.from={domain}")
    msg["Message-ID"] = f"<{h[14:38]}@mx-out.{domain}>"
    msg["Date"] = rfc_date(sent)
    msg["From"] = f"{sender_name} <{sender_local}@{domain}>"
    msg["To"] = to or "CPPU Conferences <cppu.conferences@westyorkshire.police.uk>"
    msg["Subject"] = subject
    for k, v in (extra_headers or {}).items():
        msg[k] = v
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype="html")
    for fname, data, ctype in attachments:
        maintype, subtype = ctype.split("/", 1)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    with open(os.path.join(OUT, case + ".eml"), "wb") as f:
        f.write(msg.as_bytes(policy=email_policy.default))
    return msg


# ---------------------------------------------------------------- labels
def write_label(case, *, district, kind, pre_birth, date, time, tick, harm, children, adults, criteria,
                decision, received, texts, tags, notes, flags_required=(), not_forbid=(),
                both_marked=False, non_invitation=False, dl_override=None, check_policy=True):
    conf = dt.date.fromisoformat(date) if date else None
    rdate = received.date()
    if conf and not non_invitation:
        due, nwd, ok = deadlines(district, kind, conf, rdate)
        due_s = due.isoformat()
    else:
        due, nwd, ok, due_s = None, None, None, None
    if dl_override is not None:
        due_s, nwd, ok = dl_override
    fr = list(flags_required)
    if ok is False and "late_notice" not in fr:
        fr.append("late_notice")
    if due and due < rdate and "deadline_passed" not in fr:
        fr.append("deadline_passed")
    if check_policy and not non_invitation and "cancelled" not in fr:
        pd = policy_decision(district, kind, criteria, tick, both_marked)
        assert pd == decision, (case, pd, decision)
        if tick is False and decision == "attend":
            assert "tickbox_conflict" in fr, case
    forb = [f for f in ALL_FLAGS if f not in fr and f not in not_forbid]
    seen, st = set(), []
    for t in texts:
        t = t if isinstance(t, str) else str(t)
        if t.strip() and t not in seen:
            seen.add(t)
            st.append(t)
    lab = {
        "district": district, "kind": kind, "pre_birth": pre_birth, "date": date, "time": time,
        "police_attendance_requested": tick, "harm_categories": harm, "children": children,
        "adults": adults, "criteria": None if criteria is None else sorted(criteria), "decision": decision, "report_due": due_s,
        "notice_working_days": nwd, "notice_ok": ok, "flags_required": sorted(fr),
        "flags_forbidden": sorted(forb), "source_texts": st, "tags": tags, "notes": notes,
    }
    with open(os.path.join(OUT, case + ".json"), "w") as f:
        json.dump(lab, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return lab


def kid(name, dob):
    if dob is None:
        return {"name": name, "date_of_birth": None}
    d, m, y = dob.split("/")
    return {"name": name, "date_of_birth": f"{y}-{m}-{d}"}


# ---------------------------------------------------------------- PDF with drawn tables
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.pdfbase.pdfmetrics import stringWidth


class Pdf:
    def __init__(self, title="Form", author="", margin=40):
        import io
        self.buf = io.BytesIO()
        self.c = rl_canvas.Canvas(self.buf, pagesize=A4)
        self.c.setTitle(title)
        self.c.setAuthor(author)
        self.W, self.H = A4
        self.m = margin
        self.y = self.H - margin
        self.texts = []
        self.font = "Helvetica"
        self.bfont = "Helvetica-Bold"

    def rec(self, t):
        self.texts.append(t)

    def need(self, h):
        if self.y - h < self.m:
            self.page()

    def page(self):
        self.c.showPage()
        self.y = self.H - self.m

    def text(self, t, size=10, bold=False, x=None, gap=4, record=True):
        f = self.bfont if bold else self.font
        self.need(size + gap)
        self.c.setFont(f, size)
        self.c.drawString(self.m if x is None else x, self.y - size, t)
        self.y -= size + gap
        if record:
            self.rec(t)

    def right(self, t, size=9, bold=False):
        f = self.bfont if bold else self.font
        self.c.setFont(f, size)
        self.c.drawRightString(self.W - self.m, self.y - size, t)
        self.y -= size + 3
        self.rec(t)

    def wrap(self, t, width, size, font=None):
        font = font or self.font
        out = []
        for para in t.split("\n"):
            words, line = para.split(" "), ""
            for w in words:
                cand = (line + " " + w).strip()
                if stringWidth(cand, font, size) <= width:
                    line = cand
                else:
                    if line:
                        out.append(line)
                    line = w
            out.append(line)
        return out

    def para(self, t, size=10, gap=6, bold=False, indent=0):
        f = self.bfont if bold else self.font
        lines = self.wrap(t, self.W - 2 * self.m - indent, size, f)
        self.rec(t)
        for ln in lines:
            self.need(size + 3)
            self.c.setFont(f, size)
            self.c.drawString(self.m + indent, self.y - size, ln)
            self.y -= size + 3
            if len(lines) > 1:
                self.rec(ln)
        self.y -= gap

    def box(self, x, y, checked, s=8):
        """drawn square; X drawn as two lines (no glyph)"""
        c = self.c
        c.setLineWidth(0.8)
        c.rect(x, y, s, s, stroke=1, fill=0)
        if checked:
            c.line(x + 1.3, y + 1.3, x + s - 1.3, y + s - 1.3)
            c.line(x + 1.3, y + s - 1.3, x + s - 1.3, y + 1.3)

    def cell_lines(self, content, width, size):
        if isinstance(content, dict):  # {'boxes': [(checked, label), ...], 'vertical': bool}
            return None
        return self.wrap(content, width - 8, size, self.bfont if content.startswith("**") else self.font)

    def table(self, rows, widths, size=9, header=False, shade_first_col=False):
        """rows: list of lists; a cell is a str ("**x" = bold) or {'boxes': [(checked,label),..], 'vertical': b}.
        A row with a single cell spans the table."""
        total = sum(widths)
        x0 = self.m
        lead = size + 2.5
        for ri, row in enumerate(rows):
            ws = widths if len(row) == len(widths) else [total]
            heights = []
            for ci, cell in enumerate(row):
                if isinstance(cell, dict):
                    if cell.get("vertical"):
                        n = sum(len(self.wrap(lbl, ws[ci] - 24, size)) for _, lbl in cell["boxes"])
                        heights.append(n * lead + 6 + 3 * len(cell["boxes"]))
                    else:
                        heights.append(lead + 6)
                else:
                    heights.append(len(self.wrap(cell.lstrip("*"), ws[ci] - 8, size,
                                                 self.bfont if cell.startswith("**") else self.font)) * lead + 6)
            h = max(heights)
            self.need(h)
            x = x0
            top = self.y
            for ci, cell in enumerate(row):
                w = ws[ci]
                c = self.c
                if (header and ri == 0) or (shade_first_col and ci == 0 and len(row) > 1) \
                        or (len(row) == 1 and isinstance(cell, str) and cell.startswith("**")):
                    c.setFillGray(0.88)
                    c.rect(x, top - h, w, h, stroke=0, fill=1)
                    c.setFillGray(0)
                c.setLineWidth(0.6)
                c.rect(x, top - h, w, h, stroke=1, fill=0)
                if isinstance(cell, dict):
                    yy = top - 4
                    xx = x + 4
                    for checked, lbl in cell["boxes"]:
                        if cell.get("vertical"):
                            lines = self.wrap(lbl, w - 24, size)
                            self.box(xx, yy - size + 0.5, checked)
                            for ln in lines:
                                c.setFont(self.font, size)
                                c.drawString(xx + 13, yy - size + 1, ln)
                                yy -= lead
                            yy -= 3
                        else:
                            self.box(xx, yy - size + 0.5, checked)
                            c.setFont(self.font, size)
                            c.drawString(xx + 13, yy - size + 1, lbl)
                            xx += 13 + stringWidth(lbl, self.font, size) + 16
                        self.rec(lbl)
                    if not cell.get("vertical"):
                        self.rec(" ".join(l for _, l in cell["boxes"]))
                else:
                    bold = cell.startswith("**")
                    t = cell.lstrip("*")
                    f = self.bfont if bold else self.font
                    lines = self.wrap(t, w - 8, size, f)
                    yy = top - 3
                    for ln in lines:
                        c.setFont(f, size)
                        c.drawString(x + 4, yy - size, ln)
                        yy -= lead
                        if len(lines) > 1:
                            self.rec(ln)
                    self.rec(t)
                x += w
            self.y = top - h
        self.y -= 8

    def bytes(self):
        self.c.save()
        return self.buf.getvalue()


def content_font(t):
    return "Helvetica-Bold" if t.startswith("**") else "Helvetica"


# ---------------------------------------------------------------- DOCX helpers
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"


def _w(tag):
    return "{%s}%s" % (W_NS, tag)


def _w14(tag):
    return "{%s}%s" % (W14_NS, tag)


_CC = [0]


def add_cc_checkbox(paragraph, checked):
    """Word 2010 content-control check box (w14:checkbox) showing U+2612 / U+2610."""
    from lxml import etree
    sdt = etree.SubElement(paragraph._p, _w("sdt"), nsmap={"w14": W14_NS})
    pr = etree.SubElement(sdt, _w("sdtPr"))
    idv = etree.SubElement(pr, _w("id"))
    _CC[0] += 1
    idv.set(_w("val"), str(100000 + _CC[0] * 7919))
    cb = etree.SubElement(pr, _w14("checkbox"))
    e = etree.SubElement(cb, _w14("checked"))
    e.set(_w14("val"), "1" if checked else "0")
    e = etree.SubElement(cb, _w14("checkedState"))
    e.set(_w14("val"), "2612")
    e.set(_w14("font"), "MS Gothic")
    e = etree.SubElement(cb, _w14("uncheckedState"))
    e.set(_w14("val"), "2610")
    e.set(_w14("font"), "MS Gothic")
    content = etree.SubElement(sdt, _w("sdtContent"))
    r = etree.SubElement(content, _w("r"))
    rpr = etree.SubElement(r, _w("rPr"))
    rf = etree.SubElement(rpr, _w("rFonts"))
    for a in ("ascii", "eastAsia", "hAnsi"):
        rf.set(_w(a), "MS Gothic")
    t = etree.SubElement(r, _w("t"))
    t.text = "\u2612" if checked else "\u2610"
    return sdt


def add_form_checkbox(paragraph, checked, name="Check1", use_default_only=False):
    """Legacy FORMCHECKBOX field (no glyph in the text); state in w:checked (or w:default)."""
    from lxml import etree
    p = paragraph._p
    r1 = etree.SubElement(p, _w("r"))
    fc = etree.SubElement(r1, _w("fldChar"))
    fc.set(_w("fldCharType"), "begin")
    ff = etree.SubElement(fc, _w("ffData"))
    n = etree.SubElement(ff, _w("name"))
    n.set(_w("val"), name)
    etree.SubElement(ff, _w("enabled"))
    cio = etree.SubElement(ff, _w("calcOnExit"))
    cio.set(_w("val"), "0")
    cb = etree.SubElement(ff, _w("checkBox"))
    sz = etree.SubElement(cb, _w("sizeAuto"))
    d = etree.SubElement(cb, _w("default"))
    if use_default_only:
        d.set(_w("val"), "1" if checked else "0")
    else:
        d.set(_w("val"), "0")
        ch = etree.SubElement(cb, _w("checked"))
        ch.set(_w("val"), "1" if checked else "0")
    r2 = etree.SubElement(p, _w("r"))
    it = etree.SubElement(r2, _w("instrText"))
    it.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    it.text = " FORMCHECKBOX "
    r3 = etree.SubElement(p, _w("r"))
    fc3 = etree.SubElement(r3, _w("fldChar"))
    fc3.set(_w("fldCharType"), "end")


def set_cell_borders(table):
    from docx.oxml.ns import qn
    from lxml import etree
    tblPr = table._tbl.tblPr
    b = etree.SubElement(tblPr, qn("w:tblBorders"))
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = etree.SubElement(b, qn("w:" + side))
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")


def docx_bytes(doc):
    import io
    b = io.BytesIO()
    doc.save(b)
    return b.getvalue()


PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
