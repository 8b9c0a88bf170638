"""Shared helpers for the c- test set: working days, policy check, e-mail building, labels."""
import datetime as dt
import email.policy
import hashlib
import json
import os
import re
from email.message import EmailMessage
from email.utils import format_datetime

import holidays

OUT = os.path.dirname(os.path.abspath(__file__))
ENG = holidays.country_holidays("GB", subdiv="ENG", years=range(2025, 2029))

ALL_FLAGS = [
    "cancelled", "deadline_passed", "district_unknown", "encrypted_unreadable", "late_notice",
    "missing_conference_date", "missing_family_details", "missing_reason", "no_booking_form",
    "not_an_invitation", "possible_duplicate", "rescheduled", "tickbox_ambiguous",
    "tickbox_conflict", "unreadable_attachment", "unverified_sender",
]

DOMAIN = {"wakefield": "wakefield.gov.uk", "leeds": "leeds.gov.uk", "calderdale": "calderdale.gov.uk",
          "kirklees": "kirklees.gov.uk", "bradford": "bradford.gov.uk"}


def is_wd(d):
    return d.weekday() < 5 and d not in ENG


def sub_wd(d, n):
    while n:
        d -= dt.timedelta(days=1)
        if is_wd(d):
            n -= 1
    return d


def count_wd(after, upto):
    """working days after `after` up to and including `upto`"""
    n, d = 0, after
    while d < upto:
        d += dt.timedelta(days=1)
        if is_wd(d):
            n += 1
    return n


WAK = {"current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation",
       "police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement",
       "registered_sex_offender", "negotiated_attendance"}
CAL_ATTEND = {"current_investigation", "wilful_neglect_investigation", "previous_investigation_escalation",
              "prior_unit_involvement", "registered_sex_offender", "negotiated_attendance"}
CAL_DISCUSS = {"police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement"}
REVIEW_DISCUSS = {"child_sexual_exploitation", "current_investigation", "registered_sex_offender",
                  "police_protection", "domestic_abuse_current_involvement", "wilful_neglect_investigation"}


def policy_decision(district, kind, criteria, tick, both_marked=False):
    c = set(criteria)
    if kind in ("initial", "transfer_in"):
        if district in ("wakefield", "kirklees", "bradford"):
            if c & WAK:
                return "attend"
        elif district == "leeds":
            if c & (WAK - {"child_sexual_exploitation"}):
                return "attend"
            if "child_sexual_exploitation" in c:
                return "discuss"
        elif district == "calderdale":
            if c & CAL_ATTEND:
                return "attend"
            if c & CAL_DISCUSS:
                return "discuss"
        if tick is True or both_marked:
            return "discuss"
        return "report_only"
    if kind == "review":
        if "core_group_member" in c:
            return "attend"
        if c & REVIEW_DISCUSS or tick is True:
            return "discuss"
        return "report_only"
    raise ValueError(kind)


def deadlines(district, kind, conf_date, received_date):
    n = 1 if district == "leeds" else 3
    due = sub_wd(conf_date, n)
    notice = count_wd(received_date, conf_date)
    minimum = None
    if district == "wakefield" and kind in ("initial", "transfer_in"):
        minimum = 5
    if district == "leeds":
        minimum = 5 if kind in ("initial", "transfer_in") else 10
    ok = None if minimum is None else notice >= minimum
    return due, notice, ok


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


class Case:
    """One test case: builds the .eml and the .json label."""

    def __init__(self, name, **kw):
        self.name = name
        self.kw = kw
        self.texts = []

    def add(self, *texts):
        for t in texts:
            if t is None:
                continue
            t = t.strip("\n") if isinstance(t, str) else t
            if t and t not in self.texts:
                self.texts.append(t)


def received_headers(domain, received, sent):
    host = "mx-out." + domain
    rid = hashlib.md5((domain + str(received)).encode()).hexdigest()[:10].upper()
    return [
        f"from {host} ({host} [203.0.113.{int(rid[:2], 16) % 200 + 20}]) by mx2.westyorkshire.police.uk "
        f"with ESMTPS id {rid}; {format_datetime(received)}",
        f"from EXCH-{rid[2:5]}.{domain.split('.')[0]}.local (10.40.{int(rid[5:7], 16)}.7) by {host} "
        f"with Microsoft SMTP Server id 15.2.1544.4; {format_datetime(sent + dt.timedelta(seconds=40))}",
    ]


def build_message(district, sender_local, sender_name, to, subject, sent, received,
                  text=None, html=None, attachments=(), extra_headers=None, sender_domain=None):
    domain = sender_domain or DOMAIN[district]
    msg = EmailMessage()
    for r in received_headers(domain, received, sent):
        msg["Received"] = r
    msg["Authentication-Results"] = (f"mx2.westyorkshire.police.uk; dkim=pass header.d={domain}; "
                                     f"spf=pass smtp.mailfrom={domain}; dmarc=pass (p=QUARANTINE) header.from={domain}")
    mid = hashlib.sha1((subject + str(sent)).encode()).hexdigest()[:24]
    msg["Message-ID"] = f"<{mid}@{domain}>"
    msg["Date"] = format_datetime(sent)
    msg["From"] = f"{sender_name} <{sender_local}@{domain}>"
    msg["To"] = to
    msg["Subject"] = subject
    for k, v in (extra_headers or {}).items():
        msg[k] = v
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    if text is not None:
        msg.set_content(text, charset="utf-8", cte="quoted-printable")
        if html is not None:
            msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    elif html is not None:
        msg.set_content(html, subtype="html", charset="utf-8", cte="quoted-printable")
    for data, ctype, fname in attachments:
        maintype, subtype = ctype.split("/", 1)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    return msg.as_bytes(policy=email.policy.default.clone(linesep="\n"))


def write_case(case, eml_bytes, subject):
    k = case.kw
    received = k["received"]
    rdate = received.date()
    label = {
        "district": k["district"],
        "kind": k.get("kind"),
        "pre_birth": k.get("pre_birth", False),
        "date": k["date"].isoformat() if k.get("date") else None,
        "time": k.get("time"),
        "police_attendance_requested": k.get("tick"),
        "harm_categories": k.get("harm"),
        "children": [{"name": n, "date_of_birth": d} for n, d in k.get("children", [])] if k.get("children") is not None else None,
        "adults": k.get("adults"),
        "criteria": sorted(k["criteria"]) if k.get("criteria") is not None else None,
        "decision": k["decision"],
    }
    req = set(k.get("flags_required", []))
    forbid = set(ALL_FLAGS) - {"possible_duplicate"}
    forbid.add("possible_duplicate")
    if k.get("deadlines", True) and k.get("date"):
        due, notice, ok = deadlines(k["district"], k["kind"], k["date"], rdate)
        label.update(report_due=due.isoformat(), notice_working_days=notice, notice_ok=ok)
        if ok is False:
            req.add("late_notice")
        if due < rdate:
            req.add("deadline_passed")
        if k["decision"] != "manual_review":
            pd = policy_decision(k["district"], k["kind"], k["criteria"], k.get("tick"), k.get("both_marked", False))
            assert pd == k["decision"], (case.name, pd, k["decision"])
            if k.get("tick") is False and pd == "attend":
                req.add("tickbox_conflict")
    else:
        label.update(report_due=None, notice_working_days=None, notice_ok=None)
    if k.get("tick_ambiguous"):
        req.add("tickbox_ambiguous")
    if any(t in k.get("tags", []) for t in ("layout-11", "layout-12", "layout-13")):
        forbid.discard("no_booking_form")  # s47 records, plain bodies and letters: whether they count as a booking form is not scored
    forbid -= req
    forbid -= set(k.get("unscored_flags", []))
    label["flags_required"] = sorted(req)
    label["flags_forbidden"] = sorted(forbid)
    case.add(subject)
    label["source_texts"] = case.texts
    label["tags"] = k.get("tags", [])
    label["notes"] = k["notes"]
    with open(os.path.join(OUT, case.name + ".eml"), "wb") as f:
        f.write(eml_bytes)
    with open(os.path.join(OUT, case.name + ".json"), "w", encoding="utf-8") as f:
        json.dump(label, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return label


def london(y, m, d, hh, mm):
    """Europe/London wall time -> aware datetime (GMT in winter, BST otherwise)."""
    import zoneinfo
    return dt.datetime(y, m, d, hh, mm, tzinfo=zoneinfo.ZoneInfo("Europe/London"))


POLICE_TO = "CPPU Conference Invitations <cppu.conferences@westyorkshire.police.uk>"
