"""Shared helpers for the g-31..g-35 first-sight cases (run with /work/main/.venv/bin/python).

All people, addresses, phone numbers and references are invented.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import html as htmlmod
import json
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import holidays

OUT = Path(__file__).resolve().parent
EW = holidays.country_holidays("GB", subdiv="ENG", years=range(2025, 2029))

ALL_FLAGS = [
    "late_notice", "deadline_passed", "missing_reason", "missing_family_details",
    "missing_conference_date", "unverified_sender", "unreadable_attachment",
    "encrypted_unreadable", "no_booking_form", "tickbox_conflict", "tickbox_ambiguous",
    "not_an_invitation", "rescheduled", "cancelled", "possible_duplicate", "ocr_used",
    "district_unknown",
]

POLICE = {
    "wakefield": "Wakefield CPPU <wakefield.cppu@westyorkshire.police.uk>",
    "leeds": "Leeds CPPU Weetwood (Conference SPOC) <leeds.cppu.spoc@westyorkshire.police.uk>",
    "calderdale": "CD Safeguarding Case Conference <cd.safeguarding.caseconference@westyorkshire.police.uk>",
    "kirklees": "Kirklees Safeguarding Unit <kirklees.safeguarding@westyorkshire.police.uk>",
    "bradford": "Bradford District Safeguarding Unit <bradford.safeguarding@westyorkshire.police.uk>",
}


# ------------------------------------------------------------------ working days
def is_wd(d: dt.date) -> bool:
    return d.weekday() < 5 and d not in EW


def back_wd(d: dt.date, n: int) -> dt.date:
    while n:
        d -= dt.timedelta(days=1)
        if is_wd(d):
            n -= 1
    return d


def notice_wd(received: dt.date, conf: dt.date) -> int:
    n, d = 0, received
    while d < conf:
        d += dt.timedelta(days=1)
        if is_wd(d):
            n += 1
    return n


def report_n(district):
    return {"wakefield": 3, "leeds": 1}.get(district, 3)


def min_notice(district, kind):
    initialish = kind in ("initial", "transfer_in")
    if district == "wakefield":
        return 5 if initialish else None
    if district == "leeds":
        return 5 if initialish else 10
    return None


# ------------------------------------------------------------------ policy (my reading of POLICY.md)
ATTEND_W = {"current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation",
            "police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement",
            "registered_sex_offender", "negotiated_attendance"}
ATTEND_C = {"current_investigation", "wilful_neglect_investigation", "previous_investigation_escalation",
            "prior_unit_involvement", "registered_sex_offender", "negotiated_attendance"}
DISCUSS_C = {"police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement"}
REVIEW_DISCUSS = {"child_sexual_exploitation", "current_investigation", "registered_sex_offender",
                  "police_protection", "domestic_abuse_current_involvement", "wilful_neglect_investigation"}


def decide(district, kind, criteria, tick):
    c = set(criteria)
    asks = tick in ("required", "both")
    if kind == "review":
        if "core_group_member" in c:
            return "attend"
        if c & REVIEW_DISCUSS or tick == "required":
            return "discuss"
        return "report_only"
    if district == "leeds":
        if c & (ATTEND_W - {"child_sexual_exploitation"}):
            return "attend"
        if "child_sexual_exploitation" in c:
            return "discuss"
    elif district == "calderdale":
        if c & ATTEND_C:
            return "attend"
        if c & DISCUSS_C:
            return "discuss"
    else:
        if c & ATTEND_W:
            return "attend"
    return "discuss" if asks else "report_only"


def dedup(xs):
    seen, out = set(), []
    for x in xs:
        if x is None:
            continue
        x = str(x)
        if x.strip() and x not in seen:
            seen.add(x)
            out.append(x)
    return out


def kid(name, dob):
    return {"name": name, "date_of_birth": dob}


def label(*, district, kind, pre_birth, date, time, tick, harm, children, adults, criteria, decision,
          received: dt.date, texts, tags, notes, manual=False, has_tickbox=True, flags_required=(),
          unscored=(), deadlines=True, ocr=False):
    """tick: required | report | both | neither | absent."""
    par = {"required": True, "report": False}.get(tick)
    if not manual:
        want = decide(district, kind, criteria, tick)
        assert want == decision, (want, decision, notes)
    req = set(flags_required)
    rd = nwd = nok = None
    if deadlines and district and date and kind:
        cd = dt.date.fromisoformat(date)
        rdd = back_wd(cd, report_n(district))
        rd = rdd.isoformat()
        nwd = notice_wd(received, cd)
        mn = min_notice(district, kind)
        nok = None if mn is None else nwd >= mn
        if nok is False:
            req.add("late_notice")
        if rdd < received:
            req.add("deadline_passed")
    un = set(unscored)
    if not deadlines:
        un |= {"late_notice", "deadline_passed"}
    if ocr:
        req.add("ocr_used")
    if not manual:
        if tick == "report" and decision == "attend":
            req.add("tickbox_conflict")
        if has_tickbox and tick in ("both", "neither"):
            req.add("tickbox_ambiguous")
        if tick == "both" and decision == "attend":
            un.add("tickbox_conflict")
    forb = sorted(set(ALL_FLAGS) - req - un)
    return {
        "district": district, "kind": kind, "pre_birth": pre_birth, "date": date, "time": time,
        "police_attendance_requested": par,
        "harm_categories": harm, "children": children, "adults": adults,
        "criteria": sorted(criteria) if criteria is not None else None,
        "decision": decision, "report_due": rd, "notice_working_days": nwd, "notice_ok": nok,
        "flags_required": sorted(req), "flags_forbidden": forb,
        "source_texts": dedup(texts), "tags": tags, "notes": notes,
    }


# ------------------------------------------------------------------ email
def gmt(d: dt.date, hh: int, mm: int, ss: int = 0) -> dt.datetime:
    # every date in this set is between November and February: Europe/London is UTC
    return dt.datetime(d.year, d.month, d.day, hh, mm, ss, tzinfo=dt.timezone.utc)


def mid(seed, host):
    return "<" + hashlib.sha1(seed.encode()).hexdigest()[:20].upper() + "@" + host + ">"


def build_email(*, case, from_name, from_addr, to, subject, sent, received, text=None, html=None,
                attachments=(), cc=None, auth="pass", in_reply_to=None, extra=(),
                x_mailer="Microsoft Outlook 16.0", thread_topic=None):
    dom = from_addr.split("@", 1)[1].lower()
    base = dom.replace(".cjsm.net", "")
    relay = f"mail-gw1.{base}"
    m = EmailMessage()
    h = hashlib.sha1(case.encode()).hexdigest()
    m["Received"] = (f"from {relay} ({relay} [192.0.2.{int(h[:2], 16) % 200 + 20}]) by "
                     f"mx2.westyorkshire.police.uk (Postfix) with ESMTPS id {h[2:12].upper()} for "
                     f"<{to.split('<')[-1].rstrip('>')}>; {format_datetime(received)}")
    m["Received"] = (f"from EXHYB01.{base} (10.14.{int(h[12:14], 16)}.{int(h[14:16], 16)}) by {relay} "
                     f"(10.14.2.9) with Microsoft SMTP Server (version=TLS1_2); "
                     f"{format_datetime(sent + dt.timedelta(seconds=23))}")
    m["Authentication-Results"] = (f"mx2.westyorkshire.police.uk; dkim={auth} header.d={base}; "
                                   f"spf={auth} smtp.mailfrom={dom}; dmarc={auth} header.from={base}")
    m["Message-ID"] = mid(case, "EXHYB01." + base)
    m["Date"] = format_datetime(sent)
    m["From"] = f"{from_name} <{from_addr}>"
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    if thread_topic:
        m["Thread-Topic"] = thread_topic
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    for k, v in extra:
        m[k] = v
    m["X-Mailer"] = x_mailer
    m["Content-Language"] = "en-GB"
    if text is not None:
        m.set_content(text)
        if html is not None:
            m.add_alternative(html, subtype="html")
    elif html is not None:
        m.set_content(html, subtype="html")
    for fn, ctype, data in attachments:
        mt, st = ctype.split("/")
        m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    return m.as_bytes()


def write_case(name, eml_bytes, lab):
    (OUT / f"{name}.eml").write_bytes(eml_bytes)
    (OUT / f"{name}.json").write_text(json.dumps(lab, indent=2, ensure_ascii=False) + "\n")
    print("wrote", name, lab["decision"], lab["flags_required"])


def esc(s):
    return htmlmod.escape(s).replace("\n", "<br>\n")


SIG_DISCLAIMER = {
    "wakefield": "This email and any attachments are confidential and may be legally privileged. If you are not the "
                 "intended recipient please notify the sender and delete it. Wakefield Council may monitor email traffic.",
    "leeds": "Leeds City Council: The information in this email is confidential and may be legally privileged. It is "
             "intended solely for the addressee. Access to this email by anyone else is unauthorised.",
    "calderdale": "Calderdale Metropolitan Borough Council. This message is intended for the named recipient only. "
                  "Any views expressed are those of the author and not necessarily of the Council.",
    "kirklees": "Kirklees Council email disclaimer: this email and any files transmitted with it are confidential. "
                "If you have received it in error please notify the sender immediately.",
    "bradford": "City of Bradford Metropolitan District Council. This email is confidential and intended only for the "
                "addressee. If you receive it in error please delete it and tell the sender.",
}
