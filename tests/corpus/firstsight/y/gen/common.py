"""Shared helpers for the 'y' first-sight set: MIME assembly, deadlines, labels.

Everything is deterministic: boundaries, Message-IDs and document ids derive from the case id.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html as htmlmod
import io
import json
import quopri
import re
import unicodedata
import zipfile
from email.header import Header
from email.utils import format_datetime
from html.parser import HTMLParser
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent

HOLIDAYS = {dt.date(2026, 8, 31), dt.date(2026, 12, 25), dt.date(2026, 12, 28),
            dt.date(2027, 1, 1), dt.date(2027, 3, 26), dt.date(2027, 3, 29)}

ALL_FLAGS = ["cancelled", "deadline_passed", "district_unknown", "encrypted_unreadable", "late_notice",
             "missing_conference_date", "missing_family_details", "missing_reason", "no_booking_form",
             "not_an_invitation", "possible_duplicate", "rescheduled", "tickbox_ambiguous",
             "tickbox_conflict", "unreadable_attachment", "unverified_sender"]

POLICE_BOX = {
    "wakefield": "Wakefield CPPU <wakefield.cppu@westyorkshire.police.uk>",
    "leeds": "CPPU Weetwood - Conference Invites <leeds.cppu.conferences@westyorkshire.police.uk>",
    "calderdale": "CD Safeguarding Case Conference <cd.safeguarding.caseconference@westyorkshire.police.uk>",
    "kirklees": "Kirklees CPPU Conferences <kirklees.cppu.conferences@westyorkshire.police.uk>",
    "bradford": "Bradford CPPU Case Conferences <bradford.cppu.conferences@westyorkshire.police.uk>",
}


def is_wd(d: dt.date) -> bool:
    return d.weekday() < 5 and d not in HOLIDAYS


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


def deadlines(district: str, kind: str, conf: dt.date, received: dt.date):
    n_due = 1 if district == "leeds" else 3
    initial = kind in ("initial", "transfer_in")
    minimum = None
    if district == "wakefield" and initial:
        minimum = 5
    elif district == "leeds":
        minimum = 5 if initial else 10
    due = back_wd(conf, n_due)
    notice = wd_between(received, conf)
    ok = None if minimum is None else notice >= minimum
    return due, notice, ok


# ---------------------------------------------------------------- text helpers

ZW = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"), None)
HOMO = str.maketrans({"\u0430": "a", "\u0435": "e", "\u043e": "o", "\u0440": "p", "\u0441": "c", "\u0445": "x",
                      "\u0456": "i", "\u0410": "A", "\u0412": "B", "\u0415": "E", "\u041a": "K", "\u041c": "M",
                      "\u041d": "H", "\u041e": "O", "\u0420": "P", "\u0421": "C", "\u0422": "T", "\u0425": "X",
                      "\u0405": "S", "\u0406": "I", "\u0391": "A", "\u0392": "B", "\u0395": "E", "\u039f": "O",
                      "\u03bf": "o", "\u0399": "I", "\u039d": "N", "\u03a1": "P", "\u03a4": "T",
                      "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
                      "\u2010": "-", "\u2011": "-", "\u00a0": " ", "\u202f": " ", "\u2009": " "})


def norm(s: str) -> str:
    return unicodedata.normalize("NFKC", s.translate(ZW)).translate(HOMO)


class _HT(HTMLParser):
    BLOCK = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "table", "hr", "blockquote"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "head", "script"):
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")
        if tag in ("td", "th"):
            self.out.append(" \t ")

    def handle_endtag(self, tag):
        if tag in ("style", "head", "script"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(h: str) -> str:
    p = _HT()
    p.feed(h)
    t = "".join(p.out)
    lines = [re.sub(r"[ \t\r\f\v]+", " ", ln).strip() for ln in t.split("\n")]
    return "\n".join(ln for ln in lines if ln)


def pieces(text: str) -> list[str]:
    """The text itself, its lines, and normalised variants (zero-width removed, NFKC, look-alikes)."""
    out = [text]
    out += [ln.strip() for ln in text.splitlines() if ln.strip()]
    for s in list(out):
        n = norm(s)
        if n != s:
            out.append(n)
    seen, res = set(), []
    for s in out:
        if s not in seen:
            seen.add(s)
            res.append(s)
    return res


# ---------------------------------------------------------------- MIME

def rfc_date(d: dt.datetime) -> str:
    return format_datetime(d)


def enc_header(s: str) -> str:
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, "utf-8").encode()


def addr(name: str, email: str) -> str:
    if all(ord(c) < 128 for c in name):
        if re.search(r"[,.()]", name):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    return f"{Header(name, 'utf-8').encode()} <{email}>"


def qp(text: str) -> str:
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data: bytes) -> str:
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def hid(case_id: str, salt: str, n: int = 24) -> str:
    return hashlib.sha256(f"{case_id}|{salt}".encode()).hexdigest()[:n]


def text_part(body: str, subtype: str = "plain", cte: str = "quoted-printable", charset: str = "utf-8") -> str:
    if cte == "quoted-printable":
        payload = qp(body)
    elif cte == "base64":
        payload = b64(body.encode(charset))
    else:
        payload = body
    return (f'Content-Type: text/{subtype}; charset="{charset}"\n'
            f"Content-Transfer-Encoding: {cte}\n\n{payload}\n")


def attachment_part(filename: str, ctype: str, data: bytes) -> str:
    return (f'Content-Type: {ctype}; name="{filename}"\n'
            f'Content-Description: {filename}\n'
            f'Content-Disposition: attachment; filename="{filename}"; size={len(data)}\n'
            f"Content-Transfer-Encoding: base64\n\n{b64(data)}\n")


def multipart(kind: str, boundary: str, parts: list[str]) -> str:
    s = f'Content-Type: multipart/{kind};\n boundary="{boundary}"\n\n'
    if kind == "mixed":
        s += "This is a multi-part message in MIME format.\n\n"
    for p in parts:
        s += f"--{boundary}\n{p}\n"
    s += f"--{boundary}--\n"
    return s


def build_eml(c: dict) -> bytes:
    cid = c["id"]
    hops = c["received"]  # list of (from, by, datetime) newest first
    hdr = []
    for frm, by, when in hops:
        hdr.append(f"Received: from {frm}\n by {by};\n {rfc_date(when)}")
    if c.get("auth") is not None:
        hdr.append("Authentication-Results: " + c["auth"])
    dom = c["from_addr"].split("@", 1)[1]
    hdr.append(f"Message-ID: <{hid(cid, 'msgid')}@{c.get('msgid_host', dom)}>")
    hdr.append(f"Date: {rfc_date(c['date_hdr'])}")
    hdr.append(f"From: {addr(c['from_name'], c['from_addr'])}")
    hdr.append(f"To: {c.get('to') or POLICE_BOX[c['to_district']]}")
    if c.get("cc"):
        hdr.append(f"Cc: {c['cc']}")
    hdr.append(f"Subject: {enc_header(c['subject'])}")
    if c.get("thread_topic"):
        hdr.append(f"Thread-Topic: {enc_header(c['thread_topic'])}")
    hdr.append("MIME-Version: 1.0")
    for k, v in c.get("extra_headers", []):
        hdr.append(f"{k}: {v}")
    b_alt = f"----=_NextPart_{hid(cid, 'alt', 12)}"
    b_mix = f"----=_NextPart_{hid(cid, 'mix', 12)}"
    text, html = c.get("text"), c.get("html")
    cte = c.get("cte", "quoted-printable")
    if text is not None and html is not None:
        body = multipart("alternative", b_alt, [text_part(text, "plain", cte), text_part(html, "html", cte)])
    elif html is not None:
        body = text_part(html, "html", cte)
    else:
        body = text_part(text, "plain", cte)
    atts = c.get("attachments") or []
    if atts:
        body = multipart("mixed", b_mix, [body] + [attachment_part(*a) for a in atts])
    return ("\n".join(hdr) + "\n" + body).encode("ascii")


# ---------------------------------------------------------------- documents

def fix_docx(data: bytes) -> bytes:
    """Rewrite a python-docx zip with fixed timestamps so the bytes are reproducible."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def docx_core(doc, author: str, when: dt.datetime, title: str = "") -> None:
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = when.replace(tzinfo=None)
    cp.modified = when.replace(tzinfo=None)
    cp.revision = 3
    cp.title = title
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""


def docx_texts(doc) -> list[str]:
    out = []
    for p in doc.paragraphs:
        if p.text.strip():
            out.append(p.text)
    for t in doc.tables:
        for row in t.rows:
            cells = []
            for cell in row.cells:
                if cell.text.strip() and (not cells or cells[-1] != cell.text):
                    cells.append(cell.text)
                    out.append(cell.text)
            if cells:
                out.append(" ".join(cells))
    for s in doc.sections:
        for p in s.header.paragraphs + s.footer.paragraphs:
            if p.text.strip():
                out.append(p.text)
    return out


# ---------------------------------------------------------------- labels

def write_case(c: dict) -> None:
    eml = build_eml(c)
    name = c["id"]
    (OUT / f"{name}.eml").write_bytes(eml)
    lab = c["label"]
    received = c["received"][0][2]
    rday = received.date()  # all hops are stamped in GMT (= Europe/London in winter)
    decision = lab["decision"]
    conf = dt.date.fromisoformat(lab["date"]) if lab.get("date") else None
    if decision == "manual_review" or conf is None or lab.get("district") is None:
        due = notice = ok = None
    else:
        due, notice, ok = deadlines(lab["district"], lab["kind"], conf, rday)
    req = list(lab.get("flags_required", []))
    if decision != "manual_review":
        if ok is False and "late_notice" not in req:
            req.append("late_notice")
        if due is not None and due < rday and "deadline_passed" not in req:
            req.append("deadline_passed")
    unscored = set(lab.get("unscored_flags", []))
    if decision == "manual_review":
        forbidden = [f for f in ["cancelled", "not_an_invitation", "possible_duplicate", "rescheduled",
                                 "encrypted_unreadable"] if f not in req and f not in unscored]
    else:
        forbidden = [f for f in ALL_FLAGS if f not in req and f not in unscored]
    texts: list[str] = []
    for t in c["source_texts"]:
        for p in pieces(t):
            if p not in texts:
                texts.append(p)
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
        "criteria": lab.get("criteria"),
        "decision": decision,
        "report_due": due.isoformat() if due else None,
        "notice_working_days": notice,
        "notice_ok": ok,
        "flags_required": sorted(req),
        "flags_forbidden": sorted(forbidden),
        "source_texts": texts,
        "tags": lab.get("tags", []),
        "notes": lab["notes"],
    }
    (OUT / f"{name}.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def gmt(y, m, d, hh, mm, ss=0):
    return dt.datetime(y, m, d, hh, mm, ss, tzinfo=dt.timezone.utc)


def hops(district: str, when: dt.datetime, case_id: str, style: str = "exchange", delay_s: int = 70):
    """A plausible Received chain, newest first; all GMT."""
    h = int(hid(case_id, "ip", 4), 16)
    ip = f"198.51.100.{h % 200 + 20}"
    inner = f"10.{h % 40 + 10}.{(h >> 4) % 200 + 10}.{(h >> 8) % 200 + 10}"
    gw = {"wakefield": "mail1.wakefield.gov.uk", "leeds": "smtp-out2.leeds.gov.uk",
          "calderdale": "mx-out.calderdale.gov.uk", "kirklees": "mailgate2.kirklees.gov.uk",
          "bradford": "smtp01.bradford.gov.uk"}.get(district, "mail.example.net")
    mx = "mx1.westyorkshire.police.uk"
    t0 = when
    chain = []
    if style == "mimecast":
        mc = f"eu-smtp-delivery-{100 + h % 90}.mimecast.com"
        chain.append((f"{mc} ({mc} [185.58.{h % 250}.{(h >> 3) % 250}])", f"{mx} with ESMTPS id {hid(case_id, 'q', 10).upper()}", t0))
        chain.append((f"{gw} ({gw} [{ip}])", f"{mc} with ESMTP id mimecast-{hid(case_id, 'mc', 16)}", t0 - dt.timedelta(seconds=delay_s // 2)))
    elif style == "cjsm":
        chain.append((f"{gw} ({gw} [{ip}])", f"{mx} with ESMTPS id {hid(case_id, 'q', 10).upper()}", t0))
        chain.append((f"relay2.cjsm.net (relay.cjsm.net [203.0.113.122])", f"{gw} with ESMTPS", t0 - dt.timedelta(seconds=delay_s // 2)))
    else:
        chain.append((f"{gw} ({gw} [{ip}])", f"{mx} with ESMTPS id {hid(case_id, 'q', 10).upper()}", t0))
    chain.append((f"EXCH{h % 9 + 1:02d}.corp.local ({inner})", f"{gw} with Microsoft SMTP Server", t0 - dt.timedelta(seconds=delay_s)))
    return chain


def auth_pass(dom: str) -> str:
    return (f"mx1.westyorkshire.police.uk; dkim=pass\n header.d={dom}; spf=pass smtp.mailfrom={dom};\n"
            f" dmarc=pass (p=QUARANTINE) header.from={dom}")


def outlook_html(inner: str) -> str:
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            '/* Font Definitions */\n@font-face {font-family:Aptos;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}\n'
            'span.EmailStyle17 {mso-style-type:personal-compose;}\n--></style>\n</head>\n'
            '<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + inner + '\n</div>\n</body>\n</html>\n')


def base(case_id: str, district: str, from_name: str, from_addr: str, subject: str, when: dt.datetime,
         sent_offset_s: int = 95, style: str = "exchange", mailer: str = "Microsoft Outlook 16.0") -> dict:
    dom = from_addr.split("@", 1)[1]
    c = {
        "id": case_id, "to_district": district, "from_name": from_name, "from_addr": from_addr,
        "subject": subject, "received": hops(district, when, case_id, style),
        "date_hdr": when - dt.timedelta(seconds=sent_offset_s), "auth": auth_pass(dom),
        "extra_headers": [("X-Mailer", mailer)] if mailer else [],
    }
    return c


def finish(c: dict, extra_texts: list[str] | None = None) -> dict:
    st = [c["subject"]]
    if c.get("html") is not None:
        st.append(html_text(c["html"]))
    if c.get("text") is not None:
        st.append(c["text"])
    for a in c.get("attachments") or []:
        st.append(a[0])
    st += extra_texts or []
    c["source_texts"] = st
    return c
