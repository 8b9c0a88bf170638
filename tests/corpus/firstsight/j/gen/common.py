"""Shared helpers for the set-j generators: dates, headers, email assembly, labels."""
import datetime as dt
import hashlib
import json
import os
import random
import re
from email import encoders
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, make_msgid

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
BANK_HOLIDAYS = {dt.date(2026, 12, 25), dt.date(2026, 12, 28), dt.date(2027, 1, 1)}

ALL_FLAGS = [
    "cancelled", "deadline_passed", "district_unknown", "encrypted_unreadable",
    "late_notice", "missing_conference_date", "missing_family_details", "missing_reason",
    "no_booking_form", "not_an_invitation", "possible_duplicate", "rescheduled",
    "tickbox_ambiguous", "tickbox_conflict", "unreadable_attachment", "unverified_sender",
]


def is_wd(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def back_wd(d, n):
    while n:
        d -= dt.timedelta(days=1)
        if is_wd(d):
            n -= 1
    return d


def wd_between(recv, conf):
    """working days after recv up to and including conf"""
    n, d = 0, recv
    while d < conf:
        d += dt.timedelta(days=1)
        if is_wd(d):
            n += 1
    return n


REPORT_N = {"wakefield": 3, "leeds": 1, "calderdale": 3, "kirklees": 3, "bradford": 3}


def min_notice(district, kind):
    if district == "wakefield":
        return None if kind == "review" else 5
    if district == "leeds":
        return 10 if kind == "review" else 5
    return None


def deadlines(district, kind, date, received):
    if not district or not date:
        return None, None, None
    conf = dt.date.fromisoformat(date)
    due = back_wd(conf, REPORT_N[district])
    nwd = wd_between(received, conf)
    m = min_notice(district, kind) if kind else None
    ok = None if m is None else nwd >= m
    return due.isoformat(), nwd, ok


# ---------------------------------------------------------------- headers
GATEWAY = "mx1.westyorkshire.police.uk"
RELAYS = {
    "wakefield.gov.uk": ("mail-out1.wakefield.gov.uk", "195.99.76.21"),
    "leeds.gov.uk": ("smtp-out2.leeds.gov.uk", "194.72.3.140"),
    "calderdale.gov.uk": ("mx-relay.calderdale.gov.uk", "81.144.207.66"),
    "kirklees.gov.uk": ("outbound.kirklees.gov.uk", "212.58.243.12"),
    "bradford.gov.uk": ("mailgw02.bradford.gov.uk", "194.60.199.31"),
}


def headers(sender_addr, sent, recv_offset_min=3, auth="pass", recv_tz=None, extra_hops=1,
            seed=0):
    """Return list of (name, value) trace headers, newest Received first.
    sent: aware datetime the client sent it. recv_tz: tzinfo for the gateway stamp."""
    rnd = random.Random(seed)
    dom = sender_addr.split("@", 1)[1]
    base = dom
    for k in RELAYS:
        if dom == k or dom.endswith("." + k) or dom.startswith(k + ".cjsm"):
            base = k
    relay, ip = RELAYS.get(base, ("mail." + dom, "203.0.113.%d" % rnd.randint(2, 250)))
    hops = []
    t_gate = sent + dt.timedelta(minutes=recv_offset_min, seconds=rnd.randint(3, 50))
    tg = t_gate.astimezone(recv_tz) if recv_tz else t_gate
    qid = "%X" % rnd.getrandbits(40)
    if dom.endswith("cjsm.net"):
        hops.append(("Received", "from relay1.cjsm.net (relay1.cjsm.net [195.59.102.7])\n by %s (Postfix) with ESMTPS id %s\n for <cppu.conferences@westyorkshire.police.uk>; %s"
                     % (GATEWAY, qid, format_datetime(tg))))
        t = t_gate - dt.timedelta(seconds=rnd.randint(20, 90))
        hops.append(("Received", "from %s (%s [%s]) by\n relay1.cjsm.net with ESMTPS; %s" % (relay, relay, ip, format_datetime(t))))
    else:
        hops.append(("Received", "from %s (%s [%s])\n by %s (Postfix) with ESMTPS id %s\n for <cppu.conferences@westyorkshire.police.uk>; %s"
                     % (relay, relay, ip, GATEWAY, qid, format_datetime(tg))))
    for i in range(extra_hops):
        t = sent + dt.timedelta(seconds=rnd.randint(5, 60))
        hops.append(("Received", "from EXCH%02d.ad.%s (10.%d.%d.%d) by %s\n (10.%d.1.%d) with Microsoft SMTP Server (version=TLS1_2); %s"
                     % (rnd.randint(1, 12), base, rnd.randint(1, 250), rnd.randint(1, 250), rnd.randint(1, 250),
                        relay, rnd.randint(1, 250), rnd.randint(1, 250), format_datetime(t))))
    if auth == "pass":
        ar = ("%s;\n dkim=pass (2048-bit key) header.d=%s header.s=selector1;\n spf=pass smtp.mailfrom=%s;\n dmarc=pass (p=QUARANTINE sp=QUARANTINE) header.from=%s" % (GATEWAY, dom, dom, dom))
    else:
        ar = ("%s;\n dkim=fail (body hash did not verify) header.d=%s header.s=selector1;\n spf=softfail smtp.mailfrom=%s;\n dmarc=fail (p=QUARANTINE) header.from=%s" % (GATEWAY, dom, dom, dom))
    return hops, [("Authentication-Results", ar), ("X-WYP-Gateway-Scan", "clean; av=Sophos; policy=CPPU-inbound")]


def msg_headers(msg, frm, to, subject, sent, trace=None, cc=None, extra=None):
    mime = [(k, v) for k, v in msg.items()]
    for k, _ in mime:
        del msg[k]
    if trace:
        for name, val in trace[0]:
            msg[name] = val
        for name, val in trace[1]:
            msg[name] = val
    h = hashlib.sha1((subject + str(sent) + frm).encode()).hexdigest()
    msg["Message-ID"] = "<%s.%s@%s>" % (h[:16].upper(), h[16:24], frm.split("@")[-1].rstrip(">"))
    msg["Date"] = format_datetime(sent)
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    for k, v in (extra or []):
        msg[k] = v
    msg["X-MS-Has-Attach"] = "yes" if msg.is_multipart() else ""
    for k, v in mime:
        msg[k] = v
    return msg


def text_part(body, subtype="plain"):
    try:
        body.encode("ascii")
        return MIMEText(body, subtype, "us-ascii")
    except UnicodeEncodeError:
        from email import charset as _cs
        cs = _cs.Charset("utf-8")
        cs.body_encoding = _cs.QP
        return MIMEText(body, subtype, cs)


def attach_bytes(msg, data, filename, maintype, subtype):
    p = MIMEBase(maintype, subtype, name=filename)
    p.set_payload(data)
    encoders.encode_base64(p)
    p.add_header("Content-Disposition", "attachment", filename=filename)
    msg.attach(p)
    return p


def attach_msg(msg, inner, filename):
    p = MIMEMessage(inner)
    p.add_header("Content-Disposition", "attachment", filename=filename)
    msg.attach(p)
    return p


def london(y, m, d, hh, mm):
    return dt.datetime(y, m, d, hh, mm, tzinfo=dt.timezone.utc)  # GMT in Dec/Jan


# ---------------------------------------------------------------- labels
def write_case(name, msg, label):
    eml = os.path.join(OUT, name + ".eml")
    with open(eml, "wb") as f:
        f.write(msg.as_bytes())
    # received day from newest Received header
    from email import message_from_bytes, policy
    from email.utils import parsedate_to_datetime
    m2 = message_from_bytes(open(eml, "rb").read(), policy=policy.compat32)
    rec = m2.get_all("Received") or []
    if rec:
        stamp = rec[0].rsplit(";", 1)[1].strip()
    else:
        stamp = m2["Date"]
    from zoneinfo import ZoneInfo
    rday = parsedate_to_datetime(stamp).astimezone(ZoneInfo("Europe/London")).date()
    lab = dict(label)
    unscored = set(lab.pop("unscored", []))
    if lab.get("report_due", "auto") == "auto":
        due, nwd, ok = deadlines(lab.get("district"), lab.get("kind"), lab.get("date"), rday)
        lab["report_due"], lab["notice_working_days"], lab["notice_ok"] = due, nwd, ok
    req = set(lab.get("flags_required", []))
    if lab["notice_ok"] is False and lab["decision"] != "manual_review":
        req.add("late_notice")
    if lab["report_due"] and dt.date.fromisoformat(lab["report_due"]) < rday and lab["decision"] != "manual_review":
        req.add("deadline_passed")
    if lab["decision"] == "attend" and lab["police_attendance_requested"] is False:
        req.add("tickbox_conflict")
    if lab["decision"] == "manual_review":
        # only a few flags are certain on a manual-review case
        forb = set(lab.get("flags_forbidden_extra", []))
    else:
        forb = set(ALL_FLAGS) - req - unscored
    lab.pop("flags_forbidden_extra", None)
    extra = []
    for part in msg.walk():
        if part.get("Subject"):
            extra.append(str(part["Subject"]))
        if part.get_filename():
            extra.append(part.get_filename())
    src = []
    for s in lab["source_texts"] + extra:
        s = s.strip("\n")
        if s and s not in src:
            src.append(s)
    out = {
        "district": lab["district"], "kind": lab["kind"], "pre_birth": lab.get("pre_birth", False),
        "date": lab["date"], "time": lab["time"],
        "police_attendance_requested": lab["police_attendance_requested"],
        "harm_categories": lab["harm_categories"], "children": lab["children"],
        "adults": lab["adults"], "criteria": lab["criteria"], "decision": lab["decision"],
        "report_due": lab["report_due"], "notice_working_days": lab["notice_working_days"],
        "notice_ok": lab["notice_ok"],
        "flags_required": sorted(req), "flags_forbidden": sorted(forb - req),
        "source_texts": src, "tags": lab["tags"], "notes": lab["notes"],
    }
    with open(os.path.join(OUT, name + ".json"), "w") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return out


def kids(*pairs):
    return [{"name": n, "date_of_birth": d} for n, d in pairs]


def lines_of(text):
    """every non-empty line and paragraph of a text, for source_texts"""
    out = [text]
    for para in re.split(r"\n\s*\n", text):
        if para.strip():
            out.append(para.strip())
    for ln in text.splitlines():
        if ln.strip():
            out.append(ln.strip())
    return out
