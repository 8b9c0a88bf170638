"""Shared helpers for set p: working days, email assembly, docx/pdf/html builders that
record every readable string they emit (so labels carry exact source_texts)."""
import datetime as dt
import hashlib
import html as _html
import io
import json
import os
import zipfile
from email import charset as _charset
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email import encoders

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

BANK_HOLIDAYS = {dt.date(2026, 12, 25), dt.date(2026, 12, 28), dt.date(2027, 1, 1),
                 dt.date(2027, 3, 26), dt.date(2027, 3, 29), dt.date(2027, 5, 3)}

ALL_FLAGS = ["cancelled", "deadline_passed", "district_unknown", "encrypted_unreadable",
             "late_notice", "missing_conference_date", "missing_family_details",
             "missing_reason", "no_booking_form", "not_an_invitation", "possible_duplicate",
             "rescheduled", "tickbox_ambiguous", "tickbox_conflict", "unreadable_attachment",
             "unverified_sender"]


def d(s):
    return dt.date.fromisoformat(s)


def is_wd(x):
    return x.weekday() < 5 and x not in BANK_HOLIDAYS


def back_wd(x, n):
    while n:
        x -= dt.timedelta(days=1)
        if is_wd(x):
            n -= 1
    return x


def count_wd(after, upto):
    n, x = 0, after
    while x < upto:
        x += dt.timedelta(days=1)
        if is_wd(x):
            n += 1
    return n


def report_days(district):
    return 1 if district == "leeds" else 3


def min_notice(district, kind):
    if kind in ("initial", "transfer_in"):
        return 5 if district in ("wakefield", "leeds") else None
    if kind == "review":
        return 10 if district == "leeds" else None
    return None


# ---------------------------------------------------------------- recorder
class Rec:
    """Collects every readable string a case puts into its email."""

    def __init__(self):
        self.texts = []

    def t(self, s):
        s = str(s)
        if s.strip() and s not in self.texts:
            self.texts.append(s)
        return s

    def h(self, s):
        """record and HTML-escape"""
        return _html.escape(self.t(s), quote=False)


# ---------------------------------------------------------------- docx
def docx_bytes(document):
    document.core_properties.created = dt.datetime(2026, 11, 30, 9, 0, 0)
    document.core_properties.modified = dt.datetime(2026, 11, 30, 9, 0, 0)
    document.core_properties.last_modified_by = "CSC Template"
    document.core_properties.author = "CSC Template"
    buf = io.BytesIO()
    document.save(buf)
    return fix_zip(buf.getvalue())


def fix_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 30, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------- pdf
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
_fonts_done = False


def pdf_fonts():
    global _fonts_done
    if _fonts_done:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DVB", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont("DVI", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf")))
    _fonts_done = True


def wrap(text, font, size, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    lines, cur = [], ""
    for word in text.split():
        trial = (cur + " " + word).strip()
        if stringWidth(trial, font, size) <= width:
            cur = trial
        else:
            if cur:
                lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines


class Pdf:
    """Very small flowing PDF writer on a reportlab canvas; records strings drawn."""

    def __init__(self, rec, title=None, landscape=False, encrypt=None):
        from reportlab.lib.pagesizes import A4, landscape as ls
        from reportlab.pdfgen import canvas
        pdf_fonts()
        self.rec = rec
        self.buf = io.BytesIO()
        self.size = ls(A4) if landscape else A4
        kw = {"invariant": 1, "pagesize": self.size}
        if encrypt:
            from reportlab.lib.pdfencrypt import StandardEncryption
            kw["encrypt"] = StandardEncryption(encrypt, canPrint=1)
        self.c = canvas.Canvas(self.buf, **kw)
        if title:
            self.c.setTitle(title)
        self.c.setAuthor("CSC")
        self.left = 50
        self.width = self.size[0] - 100
        self.y = self.size[1] - 55

    def need(self, h):
        if self.y - h < 50:
            self.c.showPage()
            self.y = self.size[1] - 55

    def text(self, x, y, s, font="DV", size=9, colour=None):
        self.c.setFont(font, size)
        if colour:
            self.c.setFillColorRGB(*colour)
        self.c.drawString(x, y, self.rec.t(s))
        if colour:
            self.c.setFillColorRGB(0, 0, 0)

    def line(self, s, font="DV", size=9, indent=0, gap=4, colour=None):
        self.need(size + gap)
        self.y -= size + gap
        self.text(self.left + indent, self.y, s, font, size, colour)

    def para(self, s, font="DV", size=9, indent=0, colour=None, width=None):
        for ln in wrap(s, font, size, (width or self.width) - indent):
            self.line(ln, font, size, indent, 3, colour)

    def space(self, h=6):
        self.y -= h

    def rule(self):
        self.space(4)
        self.c.line(self.left, self.y, self.left + self.width, self.y)
        self.space(2)

    def box_text(self, lines, font="DV", size=8, pad=5, fill=(0.93, 0.93, 0.93)):
        """shaded box with wrapped lines (guidance panels)."""
        wrapped = []
        for s, f in lines:
            wrapped += [(w, f) for w in wrap(s, f, size, self.width - 2 * pad)] or [("", f)]
        h = len(wrapped) * (size + 3) + 2 * pad
        self.need(h + 4)
        top = self.y - 4
        self.c.setFillColorRGB(*fill)
        self.c.rect(self.left, top - h, self.width, h, fill=1, stroke=1)
        self.c.setFillColorRGB(0, 0, 0)
        yy = top - pad
        for s, f in wrapped:
            yy -= size + 3
            if s:
                self.text(self.left + pad, yy + 2, s, f, size)
        self.y = top - h - 2

    def table(self, widths, rows, size=8, header=True, pad=3):
        """rows: list of lists of str; cell text wrapped inside its column."""
        from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa
        for ri, row in enumerate(rows):
            font = "DVB" if (header and ri == 0) else "DV"
            cells = [wrap(str(c), font, size, w - 2 * pad) if str(c).strip() else [] for c, w in zip(row, widths)]
            nl = max([len(c) for c in cells] + [1])
            h = nl * (size + 3) + 2 * pad
            self.need(h)
            x = self.left
            for c, w in zip(cells, widths):
                self.c.rect(x, self.y - h, w, h)
                yy = self.y - pad
                for ln in c:
                    yy -= size + 3
                    self.text(x + pad, yy + 2, ln, font, size)
                x += w
            self.y -= h

    def bytes(self):
        self.c.save()
        return self.buf.getvalue()


# ---------------------------------------------------------------- email
QP = _charset.Charset("utf-8")
QP.body_encoding = _charset.QP
QP.header_encoding = _charset.QP


def text_part(s, subtype="plain", qp=True):
    if qp:
        return MIMEText(s, subtype, QP)
    return MIMEText(s, subtype, "utf-8")


def attach(data, maintype, subtype, filename, inline=False, cid=None):
    p = MIMEBase(maintype, subtype, name=filename)
    p.set_payload(data)
    encoders.encode_base64(p)
    p.add_header("Content-Disposition", "inline" if inline else "attachment", filename=filename)
    if cid:
        p.add_header("Content-ID", "<%s>" % cid)
    return p


def multipart(kind, parts, case_id):
    m = MIMEMultipart(kind)
    for p in parts:
        m.attach(p)
    return m


def fix_boundaries(msg, case_id):
    n = [0]

    def walk(m):
        if m.is_multipart():
            n[0] += 1
            h = hashlib.sha1(("%s-%d" % (case_id, n[0])).encode()).hexdigest()[:24]
            m.set_boundary("----=_Part_%d_%s" % (n[0], h))
            for sub in m.get_payload():
                walk(sub)
    walk(msg)


def rfc_date(x):
    from email.utils import format_datetime
    return format_datetime(x)


def build_eml(case_id, msg, *, from_, to, subject, sent, received, relay, sender_domain,
              extra=(), cc=None, mailer="Microsoft Outlook 16.0"):
    """sent/received: aware datetimes (UTC, winter = Europe/London)."""
    fix_boundaries(msg, case_id)
    mid = hashlib.sha1(case_id.encode()).hexdigest()[:24]
    hop2 = received - dt.timedelta(seconds=71)
    head = [
        ("Received", "from %s (%s [198.51.100.%d])\n by mx1.westyorkshire.police.uk with ESMTPS id %s;\n %s"
         % (relay, relay, 10 + int(mid[:2], 16) % 200, mid[:10].upper(), rfc_date(received))),
        ("Received", "from EXCH%02d.corp.local (10.%d.%d.%d) by %s\n with Microsoft SMTP Server; %s"
         % (int(mid[2:4], 16) % 20, int(mid[4:6], 16) % 250, int(mid[6:8], 16) % 250,
            int(mid[8:10], 16) % 250, relay, rfc_date(hop2))),
        ("Authentication-Results", "mx1.westyorkshire.police.uk; dkim=pass\n header.d=%s; spf=pass smtp.mailfrom=%s;\n dmarc=pass (p=QUARANTINE) header.from=%s"
         % (sender_domain, sender_domain, sender_domain)),
        ("Message-ID", "<%s@%s>" % (mid, relay)),
        ("Date", rfc_date(sent)),
        ("From", from_),
        ("To", to),
    ]
    if cc:
        head.append(("Cc", cc))
    head.append(("Subject", subject))
    if mailer:
        head.append(("X-Mailer", mailer))
    head += list(extra)
    body = msg.as_bytes()
    # msg.as_bytes starts with its own headers (Content-Type, MIME-Version, ...)
    lines = []
    for k, v in head:
        lines.append("%s: %s" % (k, v))
    return ("\n".join(lines) + "\n").encode("utf-8") + body


# ---------------------------------------------------------------- label
def label(case_id, slug, *, rec, district, kind, pre_birth, date, time, tick, harm,
          children, adults, criteria, decision, received, required=(), forbidden=None,
          tags=(), notes="", deadlines=True):
    """tick: True/False/None. date/time strings or None. received: aware datetime."""
    rday = received.date()
    report_due = notice = notice_ok = None
    if deadlines and date and kind and district:
        cd = d(date)
        report_due = back_wd(cd, report_days(district)).isoformat()
        notice = count_wd(rday, cd)
        mn = min_notice(district, kind)
        notice_ok = None if mn is None else notice >= mn
    req = set(required)
    if notice_ok is False:
        req.add("late_notice")
    if report_due and d(report_due) < rday:
        req.add("deadline_passed")
    if forbidden is None:
        forbidden = [f for f in ALL_FLAGS if f not in req]
    lab = {
        "district": district,
        "kind": kind,
        "pre_birth": pre_birth,
        "date": date,
        "time": time,
        "police_attendance_requested": tick,
        "harm_categories": list(harm),
        "children": [{"name": n, "date_of_birth": b} for n, b in children],
        "adults": list(adults),
        "criteria": sorted(criteria),
        "decision": decision,
        "report_due": report_due,
        "notice_working_days": notice,
        "notice_ok": notice_ok,
        "flags_required": sorted(req),
        "flags_forbidden": sorted(set(forbidden) - req),
        "source_texts": rec.texts,
        "tags": list(tags),
        "notes": notes,
        "received": received.isoformat(),
    }
    return lab


def write_case(case_id, slug, eml_bytes, lab):
    base = os.path.join(OUT, "%s-%s" % (case_id, slug))
    with open(base + ".eml", "wb") as f:
        f.write(eml_bytes)
    with open(base + ".json", "w", encoding="utf-8") as f:
        json.dump(lab, f, indent=2, ensure_ascii=False)
        f.write("\n")


def utc(s):
    """'2026-12-07 09:12' -> aware datetime in UTC (= Europe/London in winter)."""
    return dt.datetime.fromisoformat(s).replace(tzinfo=dt.timezone.utc)


POLICE_TO = {
    "wakefield": "Wakefield CPPU <wakefield.cppu@westyorkshire.police.uk>",
    "leeds": "Leeds CPPU Conferences SPOC <leeds.cppu.conferences@westyorkshire.police.uk>",
    "calderdale": "CD Safeguarding Case Conference <cd.safeguarding.caseconference@westyorkshire.police.uk>",
    "kirklees": "Kirklees Safeguarding Unit <kirklees.sgu@westyorkshire.police.uk>",
    "bradford": "Bradford Safeguarding Unit <bradford.sgu@westyorkshire.police.uk>",
}


def send(cid, rec, msg, *, name, addr, district, subject, sent, recv, extra=(),
         mailer="Microsoft Outlook 16.0", to=None, cc=None, marking=True, relay=None):
    dom = addr.split("@", 1)[1]
    if relay:
        pass
    elif dom.endswith(".cjsm.net"):
        relay = "relay3.cjsm.net"
    else:
        base = dom.split(".")
        relay = "mx-out." + ".".join(base[-3:])
    rec.texts.insert(0, subject) if subject not in rec.texts else None
    ex = list(extra)
    if marking:
        ex.append(("X-Protective-Marking", "VER=2012, NS=gov.uk, SEC=OFFICIAL-SENSITIVE"))
    return build_eml(cid, msg, from_="%s <%s>" % (name, addr), to=to or POLICE_TO[district],
                     subject=subject, sent=utc(sent), received=utc(recv), relay=relay,
                     sender_domain=dom, extra=ex, mailer=mailer, cc=cc)
