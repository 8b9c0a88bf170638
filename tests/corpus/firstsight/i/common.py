"""Shared helpers for set i: working days, .eml building, label building."""
import datetime as dt
import json
import os
import hashlib
from email.message import EmailMessage
from email.utils import format_datetime

import holidays

OUT = os.path.dirname(os.path.abspath(__file__))
HOL = holidays.country_holidays("GB", subdiv="ENG", years=[2026, 2027])
UTC = dt.timezone.utc

ALL_FLAGS = ["late_notice", "deadline_passed", "missing_reason", "missing_family_details",
             "missing_conference_date", "unverified_sender", "unreadable_attachment",
             "encrypted_unreadable", "no_booking_form", "tickbox_conflict", "tickbox_ambiguous",
             "not_an_invitation", "rescheduled", "cancelled", "possible_duplicate", "ocr_used",
             "district_unknown"]
CRITERIA = ["current_investigation", "previous_investigation_escalation",
            "wilful_neglect_investigation", "police_protection", "child_sexual_exploitation",
            "domestic_abuse_current_involvement", "registered_sex_offender",
            "negotiated_attendance", "prior_unit_involvement", "core_group_member"]
REPORT_N = {"wakefield": 3, "leeds": 1, "calderdale": 3, "kirklees": 3, "bradford": 3}


def is_wd(d):
    return d.weekday() < 5 and d not in HOL


def back_wd(d, n):
    while n:
        d -= dt.timedelta(days=1)
        if is_wd(d):
            n -= 1
    return d


def notice_days(recv, conf):
    n, d = 0, recv
    while d < conf:
        d += dt.timedelta(days=1)
        if is_wd(d):
            n += 1
    return n


def min_notice(district, kind):
    initial = kind in ("initial", "transfer_in")
    if district == "wakefield":
        return 5 if initial else None
    if district == "leeds":
        return 5 if initial else 10
    return None


def D(s):
    return dt.date.fromisoformat(s)


def T(s):
    """'2026-12-07 10:12' (UK time == UTC in Dec/Jan) -> aware datetime"""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=UTC)


def msgid(seed, host):
    return "<%s@%s>" % (hashlib.sha1(seed.encode()).hexdigest()[:24], host)


def build_eml(*, seed, sender_name, sender, to, subject, received, body_text=None,
              body_html=None, attachments=(), auth="pass", relay=None, extra_headers=(),
              sent_delta_min=4, mailer="Microsoft Outlook 16.0"):
    """received: aware datetime of the newest Received header (the police MX)."""
    domain = sender.split("@", 1)[1]
    relay = relay or ("mail1." + domain.replace(".cjsm.net", ""))
    m = EmailMessage()
    r1 = received
    r2 = received - dt.timedelta(seconds=83)
    m["Received"] = ("from %s (%s [198.51.100.%d]) by mx1.westyorkshire.police.uk with ESMTPS id %s; %s"
                     % (relay, relay, 20 + len(seed) % 200,
                        hashlib.md5(seed.encode()).hexdigest()[:10].upper(), format_datetime(r1)))
    m["Received"] = ("from EXCH0%d.corp.local (10.%d.4.%d) by %s with Microsoft SMTP Server; %s"
                     % (1 + len(seed) % 8, len(seed) % 250, 10 + len(subject) % 200, relay,
                        format_datetime(r2)))
    if auth == "pass":
        m["Authentication-Results"] = ("mx1.westyorkshire.police.uk; dkim=pass header.d=%s; spf=pass smtp.mailfrom=%s;"
                                       " dmarc=pass (p=QUARANTINE) header.from=%s" % (domain, domain, domain))
    elif auth == "fail":
        m["Authentication-Results"] = ("mx1.westyorkshire.police.uk; dkim=fail (signature did not verify) header.d=%s;"
                                       " spf=softfail smtp.mailfrom=%s; dmarc=fail (p=QUARANTINE) header.from=%s"
                                       % (domain, domain, domain))
    m["Message-ID"] = msgid(seed, relay)
    for k, v in extra_headers:
        m[k] = v
    m["Date"] = format_datetime(received - dt.timedelta(minutes=sent_delta_min))
    m["From"] = "%s <%s>" % (sender_name, sender)
    m["To"] = to
    m["Subject"] = subject
    m["X-Mailer"] = mailer
    if body_text is not None and body_html is not None:
        m.set_content(body_text)
        m.add_alternative(body_html, subtype="html")
    elif body_html is not None:
        m.set_content(body_html, subtype="html")
    else:
        m.set_content(body_text or "")
    for fn, data, mt, st in attachments:
        m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    return m.as_bytes()


def make_label(c):
    """c: case dict. Returns the label dict (see shared/samples/README.md)."""
    recv = c["received"].astimezone(UTC).date()  # Europe/London == UTC in Dec/Jan
    district, kind = c.get("district"), c.get("kind")
    date = c.get("date")
    req = list(c.get("flags_required", []))
    report_due = notice = notice_ok = None
    if c.get("deadlines", True) and district and date and kind:
        cd = D(date)
        report_due = back_wd(cd, REPORT_N[district]).isoformat()
        if c.get("notice", True):
            notice = notice_days(recv, cd)
            mn = min_notice(district, kind)
            notice_ok = None if mn is None else notice >= mn
            if notice_ok is False and "late_notice" not in req:
                req.append("late_notice")
        if D(report_due) < recv and c.get("deadline_flag", True) and "deadline_passed" not in req:
            req.append("deadline_passed")
    if c.get("deadlines_report_only"):
        notice = notice_ok = None
    if c["decision"] == "attend" and c.get("tick") is False and "tickbox_conflict" not in req:
        req.append("tickbox_conflict")
    unsure = set(c.get("flags_unsure", [])) | {"ocr_used"}
    if c.get("minimal_forbidden"):
        forb = [f for f in c["minimal_forbidden"] if f not in req]
    else:
        forb = [f for f in ALL_FLAGS if f not in req and f not in unsure]
    lab = {
        "district": district,
        "kind": kind,
        "pre_birth": c.get("pre_birth", False),
        "date": date,
        "time": c.get("time"),
        "police_attendance_requested": c.get("tick"),
        "harm_categories": c.get("harm", []),
        "children": [{"name": n, "date_of_birth": b} for n, b in c["children"]],
        "adults": c["adults"],
        "criteria": c["criteria"],
        "decision": c["decision"],
        "report_due": report_due,
        "notice_working_days": notice,
        "notice_ok": notice_ok,
        "flags_required": sorted(req),
        "flags_forbidden": sorted(forb),
        "source_texts": c["source_texts"],
        "tags": c.get("tags", []),
        "notes": c["notes"],
    }
    return lab


def write_case(c, eml_bytes):
    stem = os.path.join(OUT, c["name"])
    with open(stem + ".eml", "wb") as f:
        f.write(eml_bytes)
    with open(stem + ".json", "w", encoding="utf-8") as f:
        json.dump(make_label(c), f, indent=2, ensure_ascii=False)
        f.write("\n")


POLICE = {
    "wakefield": "Wakefield CPPU <wakefield.cppu@westyorkshire.police.uk>",
    "leeds": "CPPU Weetwood - Conference Invites <leeds.cppu.conferences@westyorkshire.police.uk>",
    "calderdale": "CD Safeguarding Case Conference <cd.safeguarding.conferences@westyorkshire.police.uk>",
    "kirklees": "Kirklees CPPU <kirklees.cppu@westyorkshire.police.uk>",
    "bradford": "Bradford CPPU <bradford.cppu@westyorkshire.police.uk>",
}


def dlong(s):
    d = D(s)
    return d.strftime("%A ") + str(d.day) + d.strftime(" %B %Y")


def dslash(s):
    return D(s).strftime("%d/%m/%Y")
