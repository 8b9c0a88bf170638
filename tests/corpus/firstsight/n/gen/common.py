"""Shared helpers for the first-sight set 'n' (layouts 66-70).

Builds RFC 5322 messages, computes the POLICY.md deadlines and decision, and writes
NAME.eml + NAME.json into the set folder. Every generator registers each piece of text
it puts into an email with a Texts object so that source_texts is complete.
"""
import datetime as dt
import hashlib
import json
import os
import re
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

SET = "n"
OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))

# England and Wales bank holidays in range (Europe/London)
HOLIDAYS = {
    dt.date(2026, 12, 25), dt.date(2026, 12, 28), dt.date(2027, 1, 1),
    dt.date(2027, 3, 26), dt.date(2027, 3, 29), dt.date(2027, 5, 3),
}

ALL_FLAGS = [
    "cancelled", "deadline_passed", "district_unknown", "encrypted_unreadable",
    "late_notice", "missing_conference_date", "missing_family_details", "missing_reason",
    "no_booking_form", "not_an_invitation", "possible_duplicate", "rescheduled",
    "tickbox_ambiguous", "tickbox_conflict", "unreadable_attachment", "unverified_sender",
]

TO = {
    "wakefield": "Wakefield CPPU <wakefield.cppu@westyorkshire.police.uk>",
    "leeds": "CPPU Weetwood - Conference Invites <leeds.cppu.conferences@westyorkshire.police.uk>",
    "calderdale": "CD Safeguarding Case Conference <cd.safeguarding.caseconference@westyorkshire.police.uk>",
    "kirklees": "Kirklees Safeguarding Unit - Conferences <kirklees.cppu.conferences@westyorkshire.police.uk>",
    "bradford": "Bradford District Safeguarding Unit <bradford.cppu.conferences@westyorkshire.police.uk>",
}
DOMAIN = {d: d + ".gov.uk" for d in TO}

WAKEFIELD_ATTEND = {"current_investigation", "previous_investigation_escalation",
                    "wilful_neglect_investigation", "police_protection",
                    "child_sexual_exploitation", "domestic_abuse_current_involvement",
                    "registered_sex_offender", "negotiated_attendance"}
CALDERDALE_ATTEND = {"current_investigation", "wilful_neglect_investigation",
                     "previous_investigation_escalation", "prior_unit_involvement",
                     "registered_sex_offender", "negotiated_attendance"}
REVIEW_DISCUSS = {"child_sexual_exploitation", "current_investigation", "registered_sex_offender",
                  "police_protection", "domestic_abuse_current_involvement",
                  "wilful_neglect_investigation"}


def is_wd(d):
    return d.weekday() < 5 and d not in HOLIDAYS


def wd_back(d, n):
    while n:
        d -= dt.timedelta(days=1)
        if is_wd(d):
            n -= 1
    return d


def wd_between(received, conf):
    n, d = 0, received
    while d < conf:
        d += dt.timedelta(days=1)
        if is_wd(d):
            n += 1
    return n


def deadlines(district, kind, conf, received):
    if conf is None:
        return None, None, None
    n = 1 if district == "leeds" else 3
    due = wd_back(conf, n)
    notice = wd_between(received, conf)
    initialish = kind in ("initial", "transfer_in")
    minimum = None
    if district == "wakefield" and initialish:
        minimum = 5
    elif district == "leeds":
        minimum = 5 if initialish else 10
    ok = None if minimum is None else notice >= minimum
    return due, notice, ok


def decide(district, kind, criteria, tick, both_marked=False):
    c = set(criteria)
    rule = district if district in ("wakefield", "leeds", "calderdale") else "wakefield"
    if kind in ("initial", "transfer_in"):
        if rule == "calderdale":
            if c & CALDERDALE_ATTEND:
                return "attend"
            if c & {"police_protection", "child_sexual_exploitation",
                    "domestic_abuse_current_involvement"}:
                return "discuss"
        elif rule == "leeds":
            if c & (WAKEFIELD_ATTEND - {"child_sexual_exploitation"}):
                return "attend"
            if "child_sexual_exploitation" in c:
                return "discuss"
        else:
            if c & WAKEFIELD_ATTEND:
                return "attend"
        if tick is True or both_marked:
            return "discuss"
        return "report_only"
    if "core_group_member" in c:
        return "attend"
    if c & REVIEW_DISCUSS or tick is True or both_marked:
        return "discuss"
    return "report_only"


class Texts:
    """Ordered, de-duplicated list of every readable string put into an email."""

    def __init__(self):
        self.items = []
        self._seen = set()

    def add(self, *ss):
        for s in ss:
            if s is None:
                continue
            s = s.replace("\r\n", "\n")
            if s.strip() and s not in self._seen:
                self._seen.add(s)
                self.items.append(s)
        return ss[0] if len(ss) == 1 else ss


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


def build_eml(c, subject, plain, html=None, attachments=(), extra_headers=None):
    """c: case dict. attachments: list of (filename, maintype, subtype, bytes)."""
    district = c["district"]
    sender_name, sender_local = c["sender"]
    domain = c.get("sender_domain") or DOMAIN[district]
    recv = c["received"]
    sent = recv - dt.timedelta(minutes=3, seconds=17)
    h = hashlib.sha1(c["slug"].encode()).hexdigest()
    relay = "smtp-out1." + (domain.split(".cjsm.net")[0] if "cjsm" in domain else domain)
    msg = EmailMessage(policy=SMTP)
    msg["Received"] = (f"from {relay} ({relay} [198.51.100.{int(h[:2], 16) % 200 + 20}]) by "
                       f"mx2.westyorkshire.police.uk with ESMTPS id {h[:10].upper()}; "
                       f"{format_datetime(recv)}")
    msg["Received"] = (f"from EXHUB0{int(h[2], 16) % 4 + 1}.corp.local (10.{int(h[3:5], 16)}.4.17) by "
                       f"{relay} with Microsoft SMTP Server; {format_datetime(recv - dt.timedelta(seconds=40))}")
    auth = c.get("auth", "pass")
    msg["Authentication-Results"] = (f"mx2.westyorkshire.police.uk; dkim={auth} header.d={domain}; "
                                     f"spf={auth} smtp.mailfrom={domain}; dmarc={auth} header.from={domain}")
    msg["Message-ID"] = f"<{h[:24]}@{relay}>"
    msg["Date"] = format_datetime(sent)
    msg["From"] = f"{sender_name} <{sender_local}@{domain}>"
    msg["To"] = TO[district]
    msg["Subject"] = subject
    for k, v in (extra_headers or {}).items():
        msg[k] = v
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    msg.set_content(plain, subtype="plain", charset="utf-8", cte="quoted-printable")
    if html:
        msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    for fn, maint, subt, data in attachments:
        msg.add_attachment(data, maintype=maint, subtype=subt, filename=fn)
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary(f"----=_NextPart_{h[:8]}_{i:03d}")
            i += 1
    return msg.as_bytes()


def make_label(c, texts):
    recv = c["received"]
    conf = dt.date.fromisoformat(c["date"]) if c.get("date") else None
    due, notice, ok = deadlines(c["district"], c["kind"], conf, recv.date())
    manual = c.get("manual")  # a flag forcing manual_review
    both = c.get("both_marked", False)
    if manual:
        decision = "manual_review"
    else:
        decision = decide(c["district"], c["kind"], c["criteria"], c["tick"], both)
    assert c.get("expect") in (None, decision), (c["slug"], decision, c.get("expect"))
    req = set(c.get("flags", []))
    if manual:
        req.add(manual)
    if c.get("deadlines_unscored"):
        due = notice = ok = None
    if ok is False:
        req.add("late_notice")
    if due is not None and due < recv.date():
        req.add("deadline_passed")
    if c["tick"] is False and decision == "attend":
        req.add("tickbox_conflict")
    if c.get("tick_ambiguous"):
        req.add("tickbox_ambiguous")
    unscored = set(c.get("unscored", []))
    forb = [f for f in ALL_FLAGS if f not in req and f not in unscored]
    if conf is not None and not c.get("deadlines_unscored"):
        # computed anyway for consistency, keep
        pass
    return {
        "district": c["district"],
        "kind": c["kind"],
        "pre_birth": c.get("pre_birth", False),
        "date": c.get("date"),
        "time": c.get("time"),
        "police_attendance_requested": c["tick"],
        "harm_categories": c.get("harm", []),
        "children": [{"name": n, "date_of_birth": d} for n, d in c["children"]],
        "adults": c["adults"],
        "criteria": sorted(c["criteria"]),
        "decision": decision,
        "report_due": due.isoformat() if due else None,
        "notice_working_days": notice,
        "notice_ok": ok,
        "flags_required": sorted(req),
        "flags_forbidden": forb,
        "source_texts": texts.items,
        "tags": c.get("tags", []),
        "notes": c["notes"],
    }


def write_case(c, eml_bytes, texts):
    lab = make_label(c, texts)
    base = os.path.join(OUT, c["slug"])
    with open(base + ".eml", "wb") as f:
        f.write(eml_bytes)
    with open(base + ".json", "w", encoding="utf-8") as f:
        json.dump(lab, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return lab


def d(s):
    """'2026-12-07 09:14' -> aware UTC datetime (GMT = Europe/London in Dec/Jan)."""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=dt.timezone.utc)


def uk(iso, style="slash"):
    x = dt.date.fromisoformat(iso)
    if style == "slash":
        return x.strftime("%d/%m/%Y")
    if style == "long":
        day = x.day
        suf = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return f"{x.strftime('%A')} {day}{suf} {x.strftime('%B %Y')}"
    if style == "plain":
        return f"{x.strftime('%A')} {x.day} {x.strftime('%B %Y')}"
    if style == "dots":
        return x.strftime("%d.%m.%y")
    if style == "short":
        return f"{x.day} {x.strftime('%b %Y')}"
    raise ValueError(style)


DISCLAIMER = ("This email and any attachments are confidential and intended solely for the addressee. "
              "If you have received it in error please notify the sender and delete it. "
              "The council may monitor emails to ensure compliance with its policies.")
