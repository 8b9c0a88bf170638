"""Helpers for set h: working days, e-mail assembly, PDF / DOCX / ICS builders, label assembly.

Every builder records each piece of text it writes in Case.texts, which becomes the label's
source_texts (so that any evidence quote can be checked verbatim)."""
import datetime as dt
import hashlib
import io
import json
import os
import random
import re
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

import holidays

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
BH = holidays.country_holidays("GB", subdiv="ENG", years=[2026, 2027])

ALL_FLAGS = ["late_notice", "deadline_passed", "missing_reason", "missing_family_details",
             "missing_conference_date", "unverified_sender", "unreadable_attachment",
             "encrypted_unreadable", "no_booking_form", "tickbox_conflict", "tickbox_ambiguous",
             "not_an_invitation", "rescheduled", "cancelled", "possible_duplicate", "ocr_used",
             "district_unknown"]

REPORT_N = {"wakefield": 3, "leeds": 1, "calderdale": 3, "kirklees": 3, "bradford": 3}
DOMAINS = {"wakefield": "wakefield.gov.uk", "leeds": "leeds.gov.uk", "calderdale": "calderdale.gov.uk",
           "kirklees": "kirklees.gov.uk", "bradford": "bradford.gov.uk"}
MAILBOX = {"wakefield": "Wakefield CPPU <wakefield.cppu@westyorkshire.police.uk>",
           "leeds": "CPPU Weetwood - Conference Invites <leeds.cppu.conferences@westyorkshire.police.uk>",
           "calderdale": "CD Safeguarding Case Conference <cd.safeguarding.caseconference@westyorkshire.police.uk>",
           "kirklees": "Kirklees CPPU Conferences <kirklees.cppu@westyorkshire.police.uk>",
           "bradford": "Bradford CPPU Conferences <bradford.cppu.conferences@westyorkshire.police.uk>"}


def min_notice(district, kind):
    init = kind in ("initial", "transfer_in")
    if district == "wakefield":
        return 5 if init else None
    if district == "leeds":
        return 5 if init else 10
    return None


def is_wd(d):
    return d.weekday() < 5 and d not in BH


def back_wd(d, n):
    while n:
        d -= dt.timedelta(days=1)
        if is_wd(d):
            n -= 1
    return d


def wd_between(recv, conf):
    n, d = 0, recv
    while d < conf:
        d += dt.timedelta(days=1)
        if is_wd(d):
            n += 1
    return n


def D(s):
    return dt.date.fromisoformat(s)


def long_date(d, ordinal=False):
    day = d.day
    if ordinal:
        suf = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return f"{d:%A} {day}{suf} {d:%B %Y}"
    return f"{d:%A} {day} {d:%B %Y}"


def uk(d):
    return d.strftime("%d/%m/%Y")


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


class Case:
    def __init__(self, cid, slug):
        self.cid, self.slug = cid, slug
        self.texts = []
        self.tags = []
        self.rng = random.Random(cid)

    def t(self, s):
        """record a piece of text that is put in the email and return it"""
        if s is not None and str(s).strip() and s not in self.texts:
            self.texts.append(s)
        return s

    def ts(self, items):
        for s in items:
            self.t(s)
        return items

    def hexid(self, n=24):
        return hashlib.sha1(f"{self.cid}{n}{len(self.texts)}".encode()).hexdigest()[:n]


# ---------------------------------------------------------------- e-mail

def build_email(case, *, from_, to, subject, date, received=None, relay_host=None, body=None,
                html=None, attachments=(), auth="pass", extra_headers=(), alt_calendar=None,
                sender_domain=None, cc=None):
    """date / received: aware-naive datetimes taken as UTC (Dec/Jan: London == UTC)."""
    received = received or (date + dt.timedelta(minutes=3))
    m = EmailMessage(policy=SMTP)
    dom = sender_domain or from_.split("@")[1].rstrip(">")
    relay_host = relay_host or f"mail-out.{dom}"
    m["Received"] = (f"from {relay_host} ({relay_host} [198.51.100.{case.rng.randint(10, 250)}]) by "
                     f"mx1.westyorkshire.police.uk with ESMTPS id {case.hexid(10).upper()}; "
                     f"{format_datetime(received.replace(tzinfo=dt.timezone.utc))}")
    m["Received"] = (f"from EXCH0{case.rng.randint(1, 9)}.corp.local (10.{case.rng.randint(1, 250)}."
                     f"{case.rng.randint(1, 250)}.{case.rng.randint(1, 250)}) by {relay_host} with Microsoft SMTP "
                     f"Server; {format_datetime((date + dt.timedelta(seconds=40)).replace(tzinfo=dt.timezone.utc))}")
    if auth:
        if auth == "pass":
            m["Authentication-Results"] = (f"mx1.westyorkshire.police.uk; dkim=pass header.d={dom}; "
                                           f"spf=pass smtp.mailfrom={dom}; dmarc=pass (p=QUARANTINE) header.from={dom}")
        else:
            m["Authentication-Results"] = auth
    m["Message-ID"] = f"<{case.hexid()}@{relay_host}>"
    m["Date"] = format_datetime(date.replace(tzinfo=dt.timezone.utc))
    m["From"] = from_
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = case.t(subject)
    m["MIME-Version"] = "1.0"
    for k, v in extra_headers:
        m[k] = v
    if body is not None:
        case.t(body)
        m.set_content(body, cte="quoted-printable")
    if html is not None:
        if body is None:
            m.set_content(html, subtype="html", cte="quoted-printable")
        else:
            m.add_alternative(html, subtype="html", cte="quoted-printable")
    if alt_calendar is not None:
        ics, method = alt_calendar
        m.add_alternative(ics.encode("utf-8"), maintype="text", subtype="calendar",
                          params={"method": method, "charset": "utf-8"}, cte="base64")
    for att in attachments:
        name, data, ctype = att[:3]
        maintype, subtype = ctype.split("/")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=case.t(name))
    return m


def sender(name, district=None, dom=None):
    dom = dom or DOMAINS[district]
    return f"{name} <{name.lower().replace(' ', '.').replace(chr(39), '')}@{dom}>"


# ---------------------------------------------------------------- PDF (system printout)

def system_pdf(case, *, header_lines, footer_left, printed_on, blocks, landscape=False):
    """A case-management system printout: every page repeats header_lines, footer_left,
    'Page n of N' and the printed-on stamp. blocks: list of ("h", text) | ("kv", key, value) |
    ("p", text) | ("row", [cells], [widths]) | ("break",) | ("tick", label, checked) drawn as a
    vector box with a drawn cross (no glyph in the text layer)."""
    from reportlab.lib.pagesizes import A4, landscape as ls
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import simpleSplit
    size = ls(A4) if landscape else A4
    W, H = size
    top, bottom, left, right = H - 95, 70, 50, W - 50
    # lay out into pages first (so we know N)
    pages, cur, y = [], [], top

    def need(h):
        nonlocal cur, y
        if y - h < bottom:
            pages.append(cur)
            cur, y = [], top

    for b in blocks:
        if b[0] == "break":
            pages.append(cur)
            cur, y = [], top
            continue
        if b[0] == "h":
            need(26)
            y -= 8
            cur.append(("h", y, b[1]))
            case.t(b[1])
            y -= 18
        elif b[0] == "kv":
            lines = simpleSplit(b[2], "Helvetica", 9.5, right - left - 170) or [""]
            need(13 * len(lines) + 2)
            cur.append(("kv", y, b[1], lines))
            case.t(b[1]); case.t(b[2]); case.t(f"{b[1]} {b[2]}")
            y -= 13 * len(lines) + 2
        elif b[0] == "p":
            lines = simpleSplit(b[1], "Helvetica", 9.5, right - left)
            case.t(b[1])
            for ln in lines:
                need(13)
                cur.append(("p", y, ln))
                case.t(ln)
                y -= 13
            y -= 5
        elif b[0] == "row":
            cells, widths = b[1], b[2]
            wrapped = [simpleSplit(c, "Helvetica-Bold" if b[3:] and b[3] else "Helvetica", 8.5, w - 4) or [""]
                       for c, w in zip(cells, widths)]
            h = 11 * max(len(w) for w in wrapped) + 5
            need(h)
            cur.append(("row", y, wrapped, widths, bool(b[3:] and b[3]), h))
            for c, w in zip(cells, wrapped):
                if len(w) == 1:
                    case.t(c)
            if all(len(w) == 1 for w in wrapped):
                case.t(" ".join(c for c in cells if c))
            y -= h
        elif b[0] == "tick":
            need(16)
            cur.append(("tick", y, b[1], b[2]))
            case.t(b[1])
            y -= 16
    pages.append(cur)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size)
    c.setTitle(header_lines[0])
    c.setAuthor("system")
    N = len(pages)
    for pi, items in enumerate(pages, 1):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(left, H - 40, header_lines[0])
        c.setFont("Helvetica", 8.5)
        for i, hl in enumerate(header_lines[1:]):
            c.drawString(left, H - 54 - 11 * i, hl)
        c.line(left, H - 80, right, H - 80)
        c.line(left, 55, right, 55)
        c.setFont("Helvetica", 7.5)
        c.drawString(left, 44, footer_left)
        c.drawRightString(right, 44, f"Page {pi} of {N}")
        c.drawString(left, 34, printed_on)
        for it in items:
            if it[0] == "h":
                c.setFont("Helvetica-Bold", 10.5)
                c.drawString(left, it[1], it[2])
            elif it[0] == "kv":
                c.setFont("Helvetica-Bold", 9.5)
                c.drawString(left, it[1], it[2])
                c.setFont("Helvetica", 9.5)
                for k, ln in enumerate(it[3]):
                    c.drawString(left + 170, it[1] - 13 * k, ln)
            elif it[0] == "p":
                c.setFont("Helvetica", 9.5)
                c.drawString(left, it[1], it[2])
            elif it[0] == "row":
                _, y0, wrapped, widths, bold, h = it
                x = left
                c.setFont("Helvetica-Bold" if bold else "Helvetica", 8.5)
                for lines, w in zip(wrapped, widths):
                    for k, ln in enumerate(lines):
                        c.drawString(x + 2, y0 - 11 * k, ln)
                    x += w
                c.setLineWidth(0.3)
                c.line(left, y0 - h + 9, left + sum(widths), y0 - h + 9)
            elif it[0] == "tick":
                _, y0, label, checked = it
                c.rect(left, y0 - 2, 9, 9)
                if checked:
                    c.line(left + 1.5, y0 - 0.5, left + 7.5, y0 + 5.5)
                    c.line(left + 1.5, y0 + 5.5, left + 7.5, y0 - 0.5)
                c.setFont("Helvetica", 9.5)
                c.drawString(left + 16, y0, label)
        c.showPage()
    for hl in header_lines:
        case.t(hl)
    case.t(footer_left)
    case.t(printed_on)
    c.save()
    return buf.getvalue()


def simple_pdf(case, title, paras):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import simpleSplit
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    W, H = A4
    y = H - 60
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, case.t(title))
    y -= 26
    for p in paras:
        case.t(p)
        bold = p.isupper() and len(p) < 60
        for ln in simpleSplit(p, "Helvetica", 10, W - 100):
            if y < 60:
                c.showPage(); y = H - 60
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
            c.drawString(50, y, ln)
            case.t(ln)
            y -= 14
        y -= 6
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- DOCX

def docx_new():
    from docx import Document
    from docx.shared import Pt
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    return d


def _fld_runs(p, kind, *, checked=None, default=None, text=None, name=None):
    """Append a legacy form field (FORMCHECKBOX or FORMTEXT) to paragraph p."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    W = nsdecls("w")
    nm = f'<w:name w:val="{name}"/>' if name else ""
    if kind == "check":
        st = ""
        if default is not None:
            st += f'<w:default w:val="{1 if default else 0}"/>'
        if checked is not None:
            st += f'<w:checked w:val="{1 if checked else 0}"/>' if checked is not True else "<w:checked/>"
        ff = (f'<w:ffData {W}>{nm}<w:enabled/><w:calcOnExit w:val="0"/>'
              f'<w:checkBox><w:sizeAuto/>{st}</w:checkBox></w:ffData>')
        instr = " FORMCHECKBOX "
    else:
        ff = (f'<w:ffData {W}>{nm}<w:enabled/><w:calcOnExit w:val="0"/>'
              f'<w:textInput><w:maxLength w:val="255"/></w:textInput></w:ffData>')
        instr = " FORMTEXT "
    r = parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="begin">{ff}</w:fldChar></w:r>')
    p._p.append(r)
    p._p.append(parse_xml(f'<w:r {W}><w:instrText xml:space="preserve">{instr}</w:instrText></w:r>'))
    p._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>'))
    if kind == "check":
        pass
    else:
        from xml.sax.saxutils import escape
        p._p.append(parse_xml(f'<w:r {W}><w:rPr><w:noProof/></w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'))
    p._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'))


def ff_check(case, p, label, checked, *, default=False, store="checked", name=None):
    """legacy check box followed by its label. store='checked' writes w:checked,
    'default' writes only w:default (Word then shows the default state)."""
    if store == "default":
        _fld_runs(p, "check", default=checked, name=name)
    else:
        _fld_runs(p, "check", default=default, checked=checked, name=name)
    p.add_run(" " + label + "   ")
    case.t(label)


def ff_text(case, p, text, name=None):
    _fld_runs(p, "text", text=text, name=name)
    case.t(text)


def ff_label_value(case, doc_or_cell, label, value, name=None):
    p = doc_or_cell.add_paragraph()
    r = p.add_run(label + ": ")
    r.bold = True
    ff_text(case, p, value, name=name)
    case.t(label)
    case.t(f"{label}: {value}")
    return p


def dpara(case, doc, text, bold=False, style=None, size=None):
    from docx.shared import Pt
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    case.t(text)
    return p


def dtable(case, doc, rows, widths=None, header=True, style="Table Grid"):
    from docx.shared import Cm
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = val
            if header and i == 0:
                for r in cell.paragraphs[0].runs:
                    r.bold = True
            case.t(val)
            if widths:
                cell.width = Cm(widths[j])
        case.t(" ".join(v for v in row if v))
    return t


def landscape_section(doc):
    from docx.enum.section import WD_SECTION, WD_ORIENT
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    w, h = s.page_width, s.page_height
    if h > w:
        s.page_width, s.page_height = h, w
    return s


def portrait_section(doc):
    from docx.enum.section import WD_SECTION, WD_ORIENT
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.PORTRAIT
    w, h = s.page_width, s.page_height
    if w > h:
        s.page_width, s.page_height = h, w
    return s


def header_footer(case, doc, header, footer):
    for s in doc.sections:
        s.header.is_linked_to_previous = False if s is doc.sections[0] else True
    doc.sections[0].header.paragraphs[0].text = header
    doc.sections[0].footer.paragraphs[0].text = footer
    case.t(header)
    case.t(footer)


def docx_bytes(doc, protect=False):
    if protect:
        from docx.oxml import parse_xml
        from docx.oxml.ns import nsdecls
        doc.settings.element.append(parse_xml(f'<w:documentProtection {nsdecls("w")} w:edit="forms" w:enforcement="1"/>'))
    b = io.BytesIO()
    doc.save(b)
    return b.getvalue()


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"


# ---------------------------------------------------------------- ICS

def ics(case, *, method, uid, seq, start, end, summary, location, description, organizer, attendees,
        tzid="Europe/London", status=None, stamp=None):
    def fold_line(line):
        out, b = [], line.encode("utf-8")
        while len(b) > 73:
            cut = 73
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(b[:cut].decode())
            b = b[cut:]
        out.append(b.decode())
        return "\r\n ".join(out)

    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    case.t(summary); case.t(location); case.t(description)
    vtz = []
    if tzid == "Europe/London":
        vtz = ["BEGIN:VTIMEZONE", "TZID:Europe/London", "BEGIN:STANDARD", "DTSTART:19701025T020000",
               "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
               "TZNAME:GMT", "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:19700329T010000",
               "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
               "TZNAME:BST", "END:DAYLIGHT", "END:VTIMEZONE"]
    elif tzid == "GMT Standard Time":
        vtz = ["BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000",
               "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
               "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000",
               "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
               "END:VTIMEZONE"]
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    lines += vtz
    lines += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for cn, addr in attendees:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cn}:mailto:{addr}")
    lines += [f"DESCRIPTION;LANGUAGE=en-GB:{esc(description)}", f"UID:{uid}",
              f"SUMMARY;LANGUAGE=en-GB:{esc(summary)}",
              f"DTSTART;TZID={tzid}:{start:%Y%m%dT%H%M%S}", f"DTEND;TZID={tzid}:{end:%Y%m%dT%H%M%S}",
              "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{(stamp or start):%Y%m%dT%H%M%SZ}", "TRANSP:OPAQUE",
              f"STATUS:{status or ('CANCELLED' if method == 'CANCEL' else 'CONFIRMED')}", f"SEQUENCE:{seq}",
              f"LOCATION;LANGUAGE=en-GB:{esc(location)}",
              "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1",
              "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
              + case.hexid(32) + "%40thread.v2/0",
              "X-MICROSOFT-ONLINEMEETINGINFORMATION:{\"OnlineMeetingChannelId\":null,\"OnlineMeetingProvider\":3}",
              "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
              "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold_line(l) for l in lines) + "\r\n"


# ---------------------------------------------------------------- label

def label(case, *, district, kind, pre_birth=False, date, time, tick, harm, children, adults, criteria,
          decision, received, flags_required=(), unscored=(), deadlines=True, notes="", tags=()):
    """received: date the newest Received header falls on (London)."""
    req = set(flags_required)
    rd = nwd = nok = None
    if deadlines and district and date:
        conf = D(date)
        rd_d = back_wd(conf, REPORT_N[district])
        rd = rd_d.isoformat()
        nwd = wd_between(received, conf)
        mn = min_notice(district, "initial" if kind == "transfer_in" else kind)
        nok = None if mn is None else nwd >= mn
        if nok is False:
            req.add("late_notice")
        if rd_d < received:
            req.add("deadline_passed")
    unsc = set(unscored)
    if not deadlines:
        unsc |= {"late_notice", "deadline_passed"}
    forb = sorted(f for f in ALL_FLAGS if f not in req and f not in unsc)
    return {
        "district": district, "kind": kind, "pre_birth": pre_birth, "date": date, "time": time,
        "police_attendance_requested": tick, "harm_categories": sorted(harm),
        "children": [{"name": n, "date_of_birth": b} for n, b in children],
        "adults": adults, "criteria": sorted(criteria), "decision": decision,
        "report_due": rd, "notice_working_days": nwd, "notice_ok": nok,
        "flags_required": sorted(req), "flags_forbidden": forb,
        "source_texts": case.texts, "tags": list(tags) + case.tags, "notes": notes,
    }


def write_case(case, msg, lab):
    base = os.path.join(OUT, f"h-{case.cid}-{case.slug}")
    with open(base + ".eml", "wb") as f:
        f.write(msg.as_bytes(policy=SMTP))
    with open(base + ".json", "w") as f:
        json.dump(lab, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return base
