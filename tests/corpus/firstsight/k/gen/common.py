"""Shared helpers for set k: working days, mail headers, label assembly, writing."""
import datetime as dt
import email.charset
import hashlib
import json
import os
import random
from email import encoders
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, make_msgid

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BANK = {dt.date(2026, 12, 25), dt.date(2026, 12, 28), dt.date(2027, 1, 1)}
ALL_FLAGS = ["late_notice", "deadline_passed", "missing_reason", "missing_family_details",
             "missing_conference_date", "unverified_sender", "unreadable_attachment",
             "encrypted_unreadable", "no_booking_form", "tickbox_conflict", "tickbox_ambiguous",
             "not_an_invitation", "rescheduled", "cancelled", "possible_duplicate", "ocr_used",
             "district_unknown"]
GATEWAY = "mx1.westyorkshire.police.uk"

email.charset.add_charset("windows-1252", email.charset.QP, email.charset.QP, "windows-1252")


def wd(d):
    return d.weekday() < 5 and d not in BANK


def back(d, n):
    while n:
        d -= dt.timedelta(days=1)
        if wd(d):
            n -= 1
    return d


def notice_days(recv, conf):
    n, d = 0, recv
    while d < conf:
        d += dt.timedelta(days=1)
        if wd(d):
            n += 1
    return n


def D(s):
    return dt.date.fromisoformat(s)


WY = {"wakefield", "leeds", "calderdale", "kirklees", "bradford"}
INITIAL_ATTEND = ["current_investigation", "previous_investigation_escalation",
                  "wilful_neglect_investigation", "police_protection", "child_sexual_exploitation",
                  "domestic_abuse_current_involvement", "registered_sex_offender",
                  "negotiated_attendance"]
CALD_ATTEND = ["current_investigation", "wilful_neglect_investigation",
               "previous_investigation_escalation", "prior_unit_involvement",
               "registered_sex_offender", "negotiated_attendance"]
REVIEW_DISCUSS = ["child_sexual_exploitation", "current_investigation", "registered_sex_offender",
                  "police_protection", "domestic_abuse_current_involvement",
                  "wilful_neglect_investigation"]
MANUAL_FLAGS = {"cancelled", "not_an_invitation", "unverified_sender", "encrypted_unreadable",
                "missing_conference_date"}


def decide(c):
    fl = set(c["flags_required"])
    if fl & MANUAL_FLAGS or ("unreadable_attachment" in fl and "no_booking_form" in fl) \
            or c["date"] is None or c["kind"] is None:
        return "manual_review"
    cr, tick, dist = set(c["criteria"]), c["police_attendance_requested"], c["district"]
    if c["kind"] in ("initial", "transfer_in"):
        if dist == "leeds":
            if cr & (set(INITIAL_ATTEND) - {"child_sexual_exploitation"}):
                return "attend"
            if "child_sexual_exploitation" in cr:
                return "discuss"
        elif dist == "calderdale":
            if cr & set(CALD_ATTEND):
                return "attend"
            if cr:
                return "discuss"
        else:
            if cr & set(INITIAL_ATTEND):
                return "attend"
        if tick is True or c.get("both_ticked"):
            return "discuss"
        return "report_only"
    if "core_group_member" in cr:
        return "attend"
    if cr & set(REVIEW_DISCUSS) or tick is True:
        return "discuss"
    return "report_only"


def deadlines(c, recv):
    if c["district"] is None or c["date"] is None or c["kind"] is None:
        return None, None, None
    conf = D(c["date"])
    n = 1 if c["district"] == "leeds" else 3
    due = back(conf, n)
    nwd = notice_days(recv, conf)
    init = c["kind"] in ("initial", "transfer_in")
    mins = {"wakefield": 5 if init else None, "leeds": 5 if init else 10}
    m = mins.get(c["district"])
    return due.isoformat(), nwd, (None if m is None else nwd >= m)


def received_local(dtm):
    # Dec/Jan: Europe/London is GMT, so the UTC date is the local date
    return dtm.astimezone(dt.timezone.utc).date()


def trace(host, ip, recv, sent, from_dom, auth="pass", cjsm=False, extra_hop=None):
    """Return the trace/auth header block (newest first)."""
    rid = hashlib.md5((host + str(recv)).encode()).hexdigest()[:10].upper()
    h = []
    h.append(f"Received: from {host} ({host} [{ip}])\n by {GATEWAY} (Postfix) with ESMTPS id {rid};\n {format_datetime(recv)}")
    t2 = recv - dt.timedelta(seconds=97)
    if cjsm:
        h.append(f"Received: from relay3.cjsm.net (relay3.cjsm.net [203.0.113.41]) by\n {host} with ESMTPS; {format_datetime(t2)}")
        t2 -= dt.timedelta(seconds=40)
    if extra_hop:
        h.append(f"Received: from {extra_hop} by {host} with SMTP;\n {format_datetime(t2)}")
        t2 -= dt.timedelta(seconds=31)
    h.append(f"Received: from EXMBX{random.randint(1, 9):02d}.ad.local (10.{random.randint(10, 99)}.{random.randint(1, 250)}.{random.randint(2, 250)}) by {host}\n (10.20.1.5) with Microsoft SMTP Server id 15.2.1544.4; {format_datetime(t2)}")
    h.append(f"Authentication-Results: {GATEWAY};\n dkim={auth} header.d={from_dom};\n spf={auth} smtp.mailfrom={from_dom};\n dmarc={auth} (p=QUARANTINE) header.from={from_dom}")
    return "\n".join(h) + "\n"


def attach(data, maintype, subtype, filename):
    p = MIMEBase(maintype, subtype, name=filename)
    p.set_payload(data)
    encoders.encode_base64(p)
    p.add_header("Content-Disposition", "attachment", filename=filename)
    return p


def build(msg, hdr):
    """msg: MIME object with From/To/Subject/Date set; hdr: trace block."""
    seed = hashlib.md5(str(msg["Subject"]).encode("utf-8")).hexdigest().upper()
    for i, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(f"_{i:03d}_LO2P265MB{seed[:12]}{seed[i:i + 4]}_")
    raw = msg.as_bytes()
    return hdr.encode("ascii") + raw


def set_headers(msg, frm, to, subject, sent, domain, extra=None):
    msg["Message-ID"] = make_msgid(domain=domain.split("@")[-1])
    msg["Date"] = format_datetime(sent)
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    for k, v in (extra or {}).items():
        msg[k] = v


def write_case(name, eml_bytes, label, recv):
    """label: dict with the case fields; completes deadlines, decision, flags."""
    c = dict(label)
    c.setdefault("pre_birth", False)
    due, nwd, ok = deadlines(c, received_local(recv))
    c["report_due"], c["notice_working_days"], c["notice_ok"] = due, nwd, ok
    req = set(c["flags_required"])
    unscored = set(c.pop("unscored", []))
    if ok is False:
        req.add("late_notice")
    if due and D(due) < received_local(recv):
        req.add("deadline_passed")
    elif due is None:
        unscored.add("deadline_passed")
    c["flags_required"] = sorted(req)
    d = decide(c)
    if c.get("decision") and c["decision"] != d:
        raise SystemExit(f"{name}: decision {c['decision']} != policy {d}")
    c["decision"] = d
    if d == "attend" and c["police_attendance_requested"] is False:
        req.add("tickbox_conflict")
        c["flags_required"] = sorted(req)
    c.pop("both_ticked", None)
    c["flags_forbidden"] = sorted(set(ALL_FLAGS) - req - unscored)
    order = ["district", "kind", "pre_birth", "date", "time", "police_attendance_requested",
             "harm_categories", "children", "adults", "criteria", "decision", "report_due",
             "notice_working_days", "notice_ok", "flags_required", "flags_forbidden",
             "source_texts", "tags", "notes"]
    out = {k: c[k] for k in order}
    with open(os.path.join(OUT, name + ".eml"), "wb") as f:
        f.write(eml_bytes)
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
        f.write("\n")
