"""Shared helpers for the m set generators: working days, policy, e-mail headers, label writing."""
import datetime as dt
import hashlib
import json
import os
import random
import re
from email.utils import format_datetime

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))

BANK_HOLIDAYS = {dt.date(2026, 12, 25), dt.date(2026, 12, 28), dt.date(2027, 1, 1),
                 dt.date(2027, 3, 26), dt.date(2027, 3, 29)}

ALL_FLAGS = ["late_notice", "deadline_passed", "missing_reason", "missing_family_details",
             "missing_conference_date", "unverified_sender", "unreadable_attachment",
             "encrypted_unreadable", "no_booking_form", "tickbox_conflict", "tickbox_ambiguous",
             "not_an_invitation", "rescheduled", "cancelled", "possible_duplicate", "ocr_used",
             "district_unknown"]

MAILBOX = {
    "wakefield": ("Wakefield CPPU", "wakefield.cppu@westyorkshire.police.uk"),
    "leeds": ("CPPU Weetwood - Conference Invites", "leeds.cppu.conferences@westyorkshire.police.uk"),
    "calderdale": ("CD Safeguarding Case Conference", "cd.safeguarding.caseconference@westyorkshire.police.uk"),
    "kirklees": ("Kirklees CPPU Conferences", "kirklees.cppu@westyorkshire.police.uk"),
    "bradford": ("Bradford CPPU - Case Conferences", "bradford.cppu.conferences@westyorkshire.police.uk"),
}
MTA = {
    "wakefield": "mail1.wakefield.gov.uk", "leeds": "smtp-out2.leeds.gov.uk",
    "calderdale": "mx-out.calderdale.gov.uk", "kirklees": "mailgw.kirklees.gov.uk",
    "bradford": "smtp.bradford.gov.uk",
}


def is_wd(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def back_wd(d, n):
    while n:
        d -= dt.timedelta(days=1)
        if is_wd(d):
            n -= 1
    return d


def count_wd(after, upto):
    n, d = 0, after
    while d < upto:
        d += dt.timedelta(days=1)
        if is_wd(d):
            n += 1
    return n


WAKEFIELD_LIST = ["current_investigation", "previous_investigation_escalation",
                  "wilful_neglect_investigation", "police_protection", "child_sexual_exploitation",
                  "domestic_abuse_current_involvement", "registered_sex_offender", "negotiated_attendance"]
CALDERDALE_ATTEND = ["current_investigation", "wilful_neglect_investigation",
                     "previous_investigation_escalation", "prior_unit_involvement",
                     "registered_sex_offender", "negotiated_attendance"]
REVIEW_DISCUSS = ["child_sexual_exploitation", "current_investigation", "registered_sex_offender",
                  "police_protection", "domestic_abuse_current_involvement", "wilful_neglect_investigation"]


def policy_decision(district, kind, criteria, tick, both_marked=False):
    c = set(criteria)
    if kind == "review":
        if "core_group_member" in c:
            return "attend"
        if c & set(REVIEW_DISCUSS) or tick is True:
            return "discuss"
        return "report_only"
    if district in ("wakefield", "kirklees", "bradford"):
        if c & set(WAKEFIELD_LIST):
            return "attend"
    elif district == "leeds":
        if c & (set(WAKEFIELD_LIST) - {"child_sexual_exploitation"}):
            return "attend"
        if "child_sexual_exploitation" in c:
            return "discuss"
    elif district == "calderdale":
        if c & set(CALDERDALE_ATTEND):
            return "attend"
        if c & {"police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement"}:
            return "discuss"
    if tick is True or both_marked:
        return "discuss"
    return "report_only"


def deadlines(district, kind, date, received):
    n = 1 if district == "leeds" else 3
    due = back_wd(date, n)
    notice = count_wd(received, date)
    if district == "wakefield":
        minimum = 5 if kind in ("initial", "transfer_in") else None
    elif district == "leeds":
        minimum = 5 if kind in ("initial", "transfer_in") else 10
    else:
        minimum = None
    ok = None if minimum is None else notice >= minimum
    return due, notice, ok


def rnd(seed):
    return random.Random(hashlib.sha256(seed.encode()).hexdigest())


def received_headers(district, received, sender_host=None, auth="pass", from_domain=None, cjsm=False,
                     seed="x"):
    """Two Received: headers (newest first) and an Authentication-Results header."""
    r = rnd(seed)
    host = sender_host or MTA[district]
    dom = from_domain or (district + ".gov.uk")
    ip = "198.51.100.%d" % r.randint(10, 250)
    t1 = received
    t0 = received - dt.timedelta(seconds=r.randint(40, 400))
    mid = "".join(r.choice("0123456789ABCDEF") for _ in range(10))
    h = []
    h.append(("Received", "from %s (%s [%s])\n by mx1.westyorkshire.police.uk with ESMTPS id %s;\n %s"
              % (host, host, ip, mid, format_datetime(t1))))
    if cjsm:
        h.append(("Received", "from relay2.cjsm.net (relay.cjsm.net [203.0.113.122]) by\n %s with ESMTPS; %s"
                  % (host, format_datetime(t0))))
    h.append(("Received", "from EXCH0%d.corp.local (10.%d.%d.%d) by %s with\n Microsoft SMTP Server; %s"
              % (r.randint(1, 8), r.randint(10, 90), r.randint(1, 250), r.randint(1, 250), host,
                 format_datetime(t0 - dt.timedelta(seconds=r.randint(20, 200))))))
    if auth == "pass":
        h.append(("Authentication-Results", "mx1.westyorkshire.police.uk; dkim=pass\n header.d=%s; spf=pass smtp.mailfrom=%s;\n dmarc=pass (p=QUARANTINE) header.from=%s" % (dom, dom, dom)))
    elif auth == "fail":
        h.append(("Authentication-Results", "mx1.westyorkshire.police.uk; dkim=none\n (message not signed) header.d=none; spf=fail (sender IP is %s)\n smtp.mailfrom=%s; dmarc=fail action=quarantine\n header.from=%s" % (ip, dom, dom)))
    return h


def msgid(seed, host):
    return "<%s@%s>" % (hashlib.sha1(seed.encode()).hexdigest()[:24], host)


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


def write_case(name, eml_bytes, label):
    """label: dict with the label keys; computes deadlines/flags unless manual."""
    c = dict(label)
    received = c.pop("_received")
    extra_required = c.pop("_flags", [])
    unscored = set(c.pop("_unscored", []))
    both = c.pop("_both_marked", False)
    booking_form = c.pop("_booking_form", True)
    rd = received.date()
    fl_req = set(extra_required)
    if c["decision"] != "manual_review":
        exp = policy_decision(c["district"], c["kind"], c["criteria"], c["police_attendance_requested"], both)
        assert exp == c["decision"], (name, exp, c["decision"])
        d = dt.date.fromisoformat(c["date"])
        due, notice, ok = deadlines(c["district"], c["kind"], d, rd)
        c["report_due"], c["notice_working_days"], c["notice_ok"] = due.isoformat(), notice, ok
        if ok is False:
            fl_req.add("late_notice")
        if due < rd:
            fl_req.add("deadline_passed")
        if c["police_attendance_requested"] is False and c["decision"] == "attend":
            fl_req.add("tickbox_conflict")
    else:
        if c.get("date") and c.get("district") and c.get("kind") and not c.pop("_no_deadlines", False):
            d = dt.date.fromisoformat(c["date"])
            due, notice, ok = deadlines(c["district"], c["kind"], d, rd)
            c["report_due"], c["notice_working_days"], c["notice_ok"] = due.isoformat(), notice, ok
        else:
            c.pop("_no_deadlines", None)
            c["report_due"] = c["notice_working_days"] = c["notice_ok"] = None
        unscored |= {"late_notice", "deadline_passed"}
    if not booking_form:
        unscored.add("no_booking_form")
    forbidden = [f for f in ALL_FLAGS if f not in fl_req and f not in unscored]
    order = ["district", "kind", "pre_birth", "date", "time", "police_attendance_requested",
             "harm_categories", "children", "adults", "criteria", "decision", "report_due",
             "notice_working_days", "notice_ok", "flags_required", "flags_forbidden",
             "source_texts", "tags", "notes"]
    c["flags_required"] = sorted(fl_req)
    c["flags_forbidden"] = sorted(forbidden)
    c["received"] = received.isoformat()
    # de-duplicate source_texts keeping order
    seen, st = set(), []
    for s in c["source_texts"]:
        if s and s not in seen:
            seen.add(s)
            st.append(s)
    c["source_texts"] = st
    out = {k: c[k] for k in order if k in c}
    for k in c:
        if k not in out:
            out[k] = c[k]
    with open(os.path.join(OUT, name + ".eml"), "wb") as f:
        f.write(eml_bytes)
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return out


def uk(d):
    """dd/mm/yyyy"""
    return d.strftime("%d/%m/%Y")


def long_date(d):
    day = d.day
    suf = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return "%s %d%s %s %d" % (d.strftime("%A"), day, suf, d.strftime("%B"), d.year)


def plain_long(d):
    return "%s %d %s %d" % (d.strftime("%A"), d.day, d.strftime("%B"), d.year)


def D(s):
    return dt.date.fromisoformat(s)


def T(s):
    """received datetime in UTC (GMT in winter)"""
    return dt.datetime.fromisoformat(s).replace(tzinfo=dt.timezone.utc)


def hdr_block(headers):
    """Render (name, value) headers as bytes with LF line ends; values may contain '\n ' folds."""
    out = []
    for k, v in headers:
        out.append("%s: %s" % (k, v))
    return ("\n".join(out) + "\n").encode("utf-8")


from email.message import EmailMessage, MIMEPart
from email import policy as _policy

POLICY = _policy.default.clone(linesep="\n", max_line_length=78)


def text_part(text, subtype="plain", cte="quoted-printable"):
    p = MIMEPart(policy=POLICY)
    p.set_content(text, subtype=subtype, charset="utf-8", cte=cte)
    return p


def attachment(data, maintype, subtype, filename):
    p = MIMEPart(policy=POLICY)
    p.set_content(data, maintype=maintype, subtype=subtype, filename=filename, cte="base64")
    return p


def multipart(subtype, parts, boundary_seed):
    m = MIMEPart(policy=POLICY)
    m.make_mixed() if subtype == "mixed" else None
    m.set_type("multipart/" + subtype)
    m.set_boundary("----=_NextPart_" + hashlib.md5(boundary_seed.encode()).hexdigest()[:16])
    for p in parts:
        m.attach(p)
    return m


def part_bytes(p):
    return p.as_bytes(policy=POLICY)


def assemble(district, received, sent, from_name, from_addr, subject, body, seed, auth="pass",
             cjsm=False, to=None, extra=(), from_domain=None, sender_host=None, mailer="Microsoft Outlook 16.0",
             crlf=False):
    """body: MIMEPart or raw bytes (already a MIME entity with its own Content-* headers)."""
    dom = from_domain or from_addr.split("@", 1)[1]
    host = sender_host or MTA.get(district, "mail." + dom)
    hs = received_headers(district, received, sender_host=host, auth=auth, from_domain=dom, cjsm=cjsm, seed=seed)
    tname, taddr = to or MAILBOX[district]
    from email.header import Header
    subj = subject
    try:
        subject.encode("ascii")
    except UnicodeEncodeError:
        subj = Header(subject, "utf-8").encode()
    hs += [("Message-ID", msgid(seed, host)), ("Date", format_datetime(sent)),
           ("From", "%s <%s>" % (from_name, from_addr)), ("To", "%s <%s>" % (tname, taddr)),
           ("Subject", subj), ("MIME-Version", "1.0")]
    if mailer:
        hs.append(("X-Mailer", mailer))
    hs += list(extra)
    top = hdr_block(hs)
    if crlf:
        top = top.replace(b"\n", b"\r\n")
    if isinstance(body, bytes):
        return top + body
    b = part_bytes(body)
    # drop any MIME-Version the part carries
    b = re.sub(rb"^MIME-Version: 1.0\n", b"", b)
    return top + b


from html import escape as hesc


def html_blocks(blocks, font="Calibri", size="11pt"):
    """blocks: list of (kind, payload). kinds: p (text, may contain \n), h (text), table (rows), raw (html, texts)
    Returns (html, texts)."""
    texts, out = [], []
    for kind, pl in blocks:
        if kind == "p":
            if pl == "":
                out.append('<p class=MsoNormal>&nbsp;</p>')
                continue
            for para in pl.split("\n\n"):
                texts.append(para)
                for line in para.split("\n"):
                    texts.append(line)
                out.append('<p class=MsoNormal>%s</p>' % "<br>".join(hesc(l, quote=False) for l in para.split("\n")))
        elif kind == "h":
            texts.append(pl)
            out.append('<p class=MsoNormal><b><span style="font-size:12.0pt">%s</span></b></p>' % hesc(pl, quote=False))
        elif kind == "table":
            rows = []
            for r in pl:
                cells = []
                for i, cell in enumerate(r):
                    texts.append(cell)
                    w = ' style="background:#D9E2F3;width:170pt"' if i == 0 and len(r) > 1 else ''
                    cells.append('<td valign=top%s><p class=MsoNormal>%s</p></td>' % (w, "<br>".join(hesc(x, quote=False) for x in cell.split("\n"))))
                rows.append('<tr>%s</tr>' % "".join(cells))
                if len(r) > 1:
                    texts.append(" ".join(r))
            out.append('<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=4 style="border-collapse:collapse">%s</table>' % "".join(rows))
        elif kind == "raw":
            html, t = pl
            out.append(html)
            texts.extend(t)
    html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!-- p.MsoNormal, li.MsoNormal, div.MsoNormal '
            '{margin:0cm; font-size:%s; font-family:"%s",sans-serif;} --></style></head>'
            '<body lang=EN-GB link="#0563C1" vlink="#954F72" style="word-wrap:break-word"><div class=WordSection1>%s</div></body></html>'
            % (size, font, "\n".join(out)))
    return html, texts


def html_to_text(html):
    """Outlook-like plain-text rendering of the HTML part: block elements on their own lines."""
    import lxml.html
    root = lxml.html.fromstring(html)
    for bad in root.xpath("//style|//script|//head"):
        bad.getparent().remove(bad)
    for br in root.xpath("//br"):
        br.tail = "\n" + (br.tail or "")
    for el in root.xpath("//p|//div|//tr|//h1|//h2|//h3|//li|//table"):
        el.tail = "\n" + (el.tail or "")
    for td in root.xpath("//td"):
        td.tail = "\t" + (td.tail or "")
    t = root.text_content().replace("\xa0", " ")
    lines = [re.sub(r"[ \t]+", lambda m: "\t" if "\t" in m.group(0) else " ", l).strip() for l in t.split("\n")]
    out, blank = [], 0
    for l in lines:
        if not l:
            blank += 1
            if blank == 1:
                out.append("")
            continue
        blank = 0
        out.append(l)
    return "\n".join(out).strip() + "\n"
