"""Shared helpers for the 'w' first-sight set (layouts 111-115).

Deterministic: no clocks, no randomness; boundaries, Message-IDs and PDF IDs derive from the case id.
"""
from __future__ import annotations

import base64
import hashlib
import io
import json
import quopri
import zipfile
from datetime import date, timedelta
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent

BANK_HOLIDAYS = {date(2026, 12, 25), date(2026, 12, 28), date(2027, 1, 1),
                 date(2027, 3, 26), date(2027, 3, 29), date(2027, 5, 3)}

ALL_FLAGS = ["cancelled", "deadline_passed", "district_unknown", "encrypted_unreadable", "late_notice",
             "missing_conference_date", "missing_family_details", "missing_reason", "no_booking_form",
             "not_an_invitation", "ocr_used", "possible_duplicate", "rescheduled", "tickbox_ambiguous",
             "tickbox_conflict", "unreadable_attachment", "unverified_sender"]

W_LIST = ["current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation",
          "police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement",
          "registered_sex_offender", "negotiated_attendance"]


def h(*parts: str, n: int = 24) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:n]


def is_wd(d: date) -> bool:
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def back_wd(d: date, n: int) -> date:
    while n:
        d -= timedelta(days=1)
        if is_wd(d):
            n -= 1
    return d


def notice_wd(received: date, conf: date) -> int:
    n, d = 0, received
    while d < conf:
        d += timedelta(days=1)
        n += is_wd(d)
    return n


def minimum_notice(district: str, kind: str):
    if district == "wakefield":
        return None if kind == "review" else 5
    if district == "leeds":
        return 10 if kind == "review" else 5
    return None


def decide(district: str, kind: str, criteria: list[str], tick, tick_both: bool = False) -> str:
    c = set(criteria)
    if kind == "review":
        if "core_group_member" in c:
            return "attend"
        if c & {"child_sexual_exploitation", "current_investigation", "registered_sex_offender",
                "police_protection", "domestic_abuse_current_involvement",
                "wilful_neglect_investigation"} or tick is True:
            return "discuss"
        return "report_only"
    if district == "leeds":
        if c & (set(W_LIST) - {"child_sexual_exploitation"}):
            return "attend"
        if "child_sexual_exploitation" in c:
            return "discuss"
    elif district == "calderdale":
        if c & {"current_investigation", "wilful_neglect_investigation", "previous_investigation_escalation",
                "prior_unit_involvement", "registered_sex_offender", "negotiated_attendance"}:
            return "attend"
        if c & {"police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement"}:
            return "discuss"
    else:  # wakefield, kirklees, bradford
        if c & set(W_LIST):
            return "attend"
    if tick is True or tick_both:
        return "discuss"
    return "report_only"


# ---------------------------------------------------------------- MIME building

def qp(text: str) -> str:
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data: bytes) -> str:
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def text_part(text: str, charset: str = "utf-8") -> str:
    return (f'Content-Type: text/plain; charset="{charset}"\nContent-Transfer-Encoding: quoted-printable\n\n'
            + qp(text))


def html_part(html: str) -> str:
    return 'Content-Type: text/html; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n' + qp(html)


def attach_part(data: bytes, ctype: str, filename: str) -> str:
    return (f'Content-Type: {ctype}; name="{filename}"\nContent-Description: {filename}\n'
            f'Content-Disposition: attachment; filename="{filename}"; size={len(data)}\n'
            f'Content-Transfer-Encoding: base64\n\n' + b64(data))


def multipart(subtype: str, parts: list[str], boundary: str) -> str:
    out = [f'Content-Type: multipart/{subtype};\n\tboundary="{boundary}"\n\n']
    for p in parts:
        out.append(f"--{boundary}\n{p}\n")
    out.append(f"--{boundary}--\n")
    return "".join(out)


RELAYS = {
    "wakefield.gov.uk": ("mail1.wakefield.gov.uk", "198.51.100.59"),
    "leeds.gov.uk": ("smtp-out2.leeds.gov.uk", "198.51.100.15"),
    "calderdale.gov.uk": ("mx-out.calderdale.gov.uk", "198.51.100.156"),
    "kirklees.gov.uk": ("mailgate1.kirklees.gov.uk", "198.51.100.201"),
    "bradford.gov.uk": ("mx02.bradford.gov.uk", "198.51.100.88"),
}


def build_eml(case_id: str, *, from_name: str, from_addr: str, to: str, subject: str, date_hdr: str,
              received: str, body: str, mailer: str | None = "Microsoft Outlook 16.0",
              cc: str | None = None, auth: str = "pass", relay_domain: str | None = None,
              extra_headers: list[str] | None = None, cjsm: bool = False, internal_received: str | None = None,
              sensitivity: str | None = None) -> bytes:
    """body = already-built MIME entity (headers + content) for the top level."""
    dom = relay_domain or from_addr.split("@")[1].replace(".cjsm.net", "")
    base = next((k for k in RELAYS if dom == k or dom.endswith("." + k)), None)
    relay, ip = RELAYS.get(base, (f"mail.{dom}", "203.0.113.45"))
    rid = h(case_id, "rid", n=10).upper()
    hdrs = []
    if cjsm:
        hdrs.append(f"Received: from relay2.cjsm.net (relay2.cjsm.net [203.0.113.122]) by\n"
                    f" mx1.westyorkshire.police.uk with ESMTPS id {rid}; {received}")
        hdrs.append(f"Received: from {relay} ({relay} [{ip}]) by relay2.cjsm.net\n"
                    f" with ESMTPS; {internal_received or date_hdr}")
    else:
        hdrs.append(f"Received: from {relay} ({relay} [{ip}])\n by mx1.westyorkshire.police.uk with ESMTPS id {rid};\n {received}")
    exch = int(h(case_id, "ex", n=2), 16) % 9 + 1
    hdrs.append(f"Received: from EXCH0{exch}.corp.local (10.{int(h(case_id,'a',n=2),16)}.{int(h(case_id,'b',n=2),16)}.{int(h(case_id,'c',n=2),16)}) by {relay}\n"
                f" with Microsoft SMTP Server; {internal_received or date_hdr}")
    adom = from_addr.split("@")[1]
    if auth == "pass":
        hdrs.append(f"Authentication-Results: mx1.westyorkshire.police.uk; dkim=pass\n header.d={adom}; spf=pass smtp.mailfrom={adom};\n dmarc=pass (p=QUARANTINE) header.from={adom}")
    elif auth == "fail":
        hdrs.append(f"Authentication-Results: mx1.westyorkshire.police.uk; dkim=none\n (message not signed) header.d=none; spf=fail smtp.mailfrom={adom};\n dmarc=fail (p=QUARANTINE) header.from={adom}")
    hdrs.append(f"Message-ID: <{h(case_id, 'mid')}@{relay}>")
    hdrs.append(f"Date: {date_hdr}")
    hdrs.append(f"From: {from_name} <{from_addr}>")
    hdrs.append(f"To: {to}")
    if cc:
        hdrs.append(f"Cc: {cc}")
    hdrs.append(f"Subject: {subject}")
    if sensitivity:
        hdrs.append(f"Sensitivity: {sensitivity}")
    hdrs.extend(extra_headers or [])
    hdrs.append("MIME-Version: 1.0")
    if mailer:
        hdrs.append(f"X-Mailer: {mailer}")
    return ("\n".join(hdrs) + "\n" + body).encode("utf-8")


def alt(case_id: str, text: str, html: str) -> str:
    return multipart("alternative", [text_part(text), html_part(html)], "----=_NextPart_alt_" + h(case_id, "alt", n=16))


def mixed(case_id: str, first: str, attachments: list[str]) -> str:
    return multipart("mixed", [first] + attachments, "----=_NextPart_mix_" + h(case_id, "mix", n=16))


def outlook_html(paras: list[str]) -> str:
    """A minimal Outlook-like HTML body; paras are already HTML-escaped fragments."""
    body = "\n".join(f'<p class=3DMsoNormal>{p}<o:p></o:p></p>'.replace("=3D", "=") for p in paras)
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}--></style>\n'
            '</head><body lang="EN-GB" link="#0563C1"><div class="WordSection1">\n' + body + '\n</div></body></html>\n')


# ---------------------------------------------------------------- documents

def fix_zip(data: bytes) -> bytes:
    """Rewrite a zip (docx) with fixed timestamps and order, for byte-identical output."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def docx_bytes(doc, title: str, author: str) -> bytes:
    from datetime import datetime
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = datetime(2026, 11, 1, 9, 0, 0)
    cp.modified = datetime(2026, 11, 1, 9, 0, 0)
    cp.revision = 3
    buf = io.BytesIO()
    doc.save(buf)
    return fix_zip(buf.getvalue())


_FONTS = False


def fonts():
    global _FONTS
    if not _FONTS:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
        _FONTS = True


class PdfWriter:
    """Simple flowing PDF writer on a reportlab canvas that records every string drawn."""

    def __init__(self, title: str, author: str, creator: str = "Microsoft® Word for Microsoft 365",
                 header=None, footer=None, left=56, size=10):
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas
        fonts()
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=A4, invariant=1, pageCompression=0)
        self.c.setTitle(title)
        self.c.setAuthor(author)
        self.c.setCreator(creator)
        self.c.setProducer(creator)
        self.W, self.H = A4
        self.left = left
        self.size = size
        self.y = self.H - 60
        self.texts: list[str] = []
        self.header = header
        self.footer = footer
        self.page = 1
        self._decor()

    def _decor(self):
        if self.header:
            self.c.setFont("DejaVu", 8)
            self.c.drawString(self.left, self.H - 30, self.header)
            self.texts.append(self.header)
        self.y = self.H - 60

    def newpage(self):
        if self.footer:
            self.c.setFont("DejaVu", 8)
            f = self.footer.format(page=self.page)
            self.c.drawString(self.left, 30, f)
            self.texts.append(f)
        self.c.showPage()
        self.page += 1
        self._decor()

    def need(self, dy):
        if self.y - dy < 60:
            self.newpage()

    def line(self, text: str, bold=False, size=None, indent=0, gap=None, record=True):
        size = size or self.size
        self.need(size + 4)
        self.c.setFont("DejaVu-Bold" if bold else "DejaVu", size)
        self.c.drawString(self.left + indent, self.y, text)
        if record and text.strip():
            self.texts.append(text)
        self.y -= gap if gap is not None else size + 4

    def para(self, text: str, bold=False, size=None, indent=0, width=None):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        size = size or self.size
        width = width or (self.W - self.left * 2 - indent)
        font = "DejaVu-Bold" if bold else "DejaVu"
        words, cur, lines = text.split(" "), "", []
        for w in words:
            t = (cur + " " + w).strip()
            if stringWidth(t, font, size) > width and cur:
                lines.append(cur)
                cur = w
            else:
                cur = t
        if cur:
            lines.append(cur)
        for ln in lines:
            self.line(ln, bold=bold, size=size, indent=indent, record=len(lines) > 1)
        if text.strip():
            self.texts.append(text)
        self.y -= 3

    def rule(self):
        self.need(8)
        self.c.setLineWidth(0.5)
        self.c.line(self.left, self.y + 6, self.W - self.left, self.y + 6)
        self.y -= 6

    def field(self, label: str, value: str, lw=170):
        """label left, value right (wrapped); records label, value and 'label value'."""
        from reportlab.pdfbase.pdfmetrics import stringWidth
        size = self.size
        self.need(size + 4)
        self.c.setFont("DejaVu-Bold", size)
        self.c.drawString(self.left, self.y, label)
        self.texts.append(label)
        width = self.W - self.left * 2 - lw
        words, cur, lines = value.split(" "), "", []
        for w in words:
            t = (cur + " " + w).strip()
            if stringWidth(t, "DejaVu", size) > width and cur:
                lines.append(cur)
                cur = w
            else:
                cur = t
        lines.append(cur)
        self.c.setFont("DejaVu", size)
        for ln in lines:
            self.need(size + 4)
            self.c.drawString(self.left + lw, self.y, ln)
            self.y -= size + 4
        self.texts.append(value)
        if len(lines) > 1:
            self.texts.extend(lines)
        self.texts.append(f"{label} {value}")
        self.y -= 2

    def box(self, label: str, checked: bool, indent=0):
        size = self.size
        self.need(size + 6)
        x = self.left + indent
        self.c.setLineWidth(0.8)
        self.c.rect(x, self.y - 1, size, size)
        if checked:
            self.c.setFont("DejaVu-Bold", size)
            self.c.drawString(x + 1.5, self.y + 0.5, "X")
        self.c.setFont("DejaVu", size)
        self.c.drawString(x + size + 6, self.y, label)
        self.texts.append(label)
        if checked:
            self.texts += ["X", f"X {label}"]
        self.y -= size + 6

    def bytes(self) -> bytes:
        if self.footer:
            self.c.setFont("DejaVu", 8)
            f = self.footer.format(page=self.page)
            self.c.drawString(self.left, 30, f)
            self.texts.append(f)
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


# ---------------------------------------------------------------- labels

def write_case(case: dict, eml: bytes, source_texts: list[str]):
    lid = case["id"]
    conf = date.fromisoformat(case["date"]) if case.get("date") else None
    rec = date.fromisoformat(case["received_day"])
    district = case.get("district")
    kind = case.get("kind")
    manual = case.get("manual", False)
    tick = case.get("tick")
    if manual:
        decision = "manual_review"
    else:
        decision = decide(district, kind, case["criteria"], tick, case.get("tick_both", False))
    if case.get("expect") and case["expect"] != decision:
        raise SystemExit(f"{lid}: expected {case['expect']} but rules give {decision}")
    rdue = nwd = nok = None
    if conf and district and not case.get("no_deadlines"):
        rdue = back_wd(conf, 1 if district == "leeds" else 3)
        nwd = notice_wd(rec, conf)
        m = minimum_notice(district, kind)
        nok = None if m is None else nwd >= m
    req = list(case.get("flags_required", []))
    if nok is False and "late_notice" not in req:
        req.append("late_notice")
    if rdue and rdue < rec and "deadline_passed" not in req:
        req.append("deadline_passed")
    if tick is False and decision == "attend" and "tickbox_conflict" not in req:
        req.append("tickbox_conflict")
    unscored = set(case.get("unscored_flags", []))
    if manual:
        forb = [f for f in case.get("flags_forbidden", ["cancelled", "not_an_invitation", "possible_duplicate", "rescheduled"]) if f not in req]
    else:
        forb = [f for f in ALL_FLAGS if f not in req and f not in unscored]
    seen, st = set(), []
    for s in source_texts:
        if s and s.strip() and s not in seen:
            seen.add(s)
            st.append(s)
    label = {
        "district": district,
        "kind": kind,
        "pre_birth": case.get("pre_birth", False),
        "date": case.get("date"),
        "time": case.get("time"),
        "police_attendance_requested": tick,
        "harm_categories": case.get("harm"),
        "children": None if case.get("children") is None else [{"name": n, "date_of_birth": d} for n, d in case["children"]],
        "adults": case.get("adults"),
        "criteria": case.get("criteria"),
        "decision": decision,
        "report_due": rdue.isoformat() if rdue else None,
        "notice_working_days": nwd,
        "notice_ok": nok,
        "flags_required": sorted(req),
        "flags_forbidden": sorted(forb),
        "source_texts": st,
        "evidence": case.get("evidence", {}),
        "received_day": case["received_day"],
        "tags": case.get("tags", []),
        "notes": case.get("notes", ""),
    }
    name = f"w-{lid}-{district or 'unknown'}-{case['kind_tag']}-{case['short']}"
    (OUT / f"{name}.eml").write_bytes(eml)
    (OUT / f"{name}.json").write_text(json.dumps(label, indent=2, ensure_ascii=False) + "\n")
    return name


TO = {
    "wakefield": "Wakefield CPPU <wakefield.cppu@westyorkshire.police.uk>",
    "leeds": "Leeds CPPU Case Conferences <leeds.cppu.conferences@westyorkshire.police.uk>",
    "calderdale": "CD Safeguarding Case Conference <cd.safeguarding.caseconference@westyorkshire.police.uk>",
    "kirklees": "Kirklees Safeguarding Unit <kirklees.sgu@westyorkshire.police.uk>",
    "bradford": "Bradford CPPU <bradford.cppu@westyorkshire.police.uk>",
}
