"""Shared helpers for the d- test set: deadlines, decisions, e-mail building, labels."""
import datetime as dt
import json
import os
import random
import hashlib
from email.message import EmailMessage
from email.utils import format_datetime
import holidays

OUT = os.path.dirname(os.path.abspath(__file__))
HOL = holidays.country_holidays('GB', subdiv='ENG', years=range(2025, 2029))

ALL_FLAGS = ["cancelled", "deadline_passed", "district_unknown", "encrypted_unreadable",
             "late_notice", "missing_conference_date", "missing_family_details",
             "missing_reason", "no_booking_form", "not_an_invitation", "possible_duplicate",
             "rescheduled", "tickbox_ambiguous", "tickbox_conflict", "unreadable_attachment",
             "unverified_sender"]

DOMAIN = {"wakefield": "wakefield.gov.uk", "leeds": "leeds.gov.uk", "calderdale": "calderdale.gov.uk",
          "kirklees": "kirklees.gov.uk", "bradford": "bradford.gov.uk"}
POLICE_TO = {"wakefield": "Wakefield CPPU <wakefield.cppu@westyorkshire.police.uk>",
             "leeds": "Leeds CPPU Weetwood SPOC <leeds.cppu.conferences@westyorkshire.police.uk>",
             "calderdale": "CD Safeguarding Case Conference <cd.safeguarding.caseconference@westyorkshire.police.uk>",
             "kirklees": "Kirklees Safeguarding Unit <kirklees.sgu@westyorkshire.police.uk>",
             "bradford": "Bradford CPPU <bradford.cppu@westyorkshire.police.uk>"}


def is_wd(d):
    return d.weekday() < 5 and d not in HOL


def wd_back(d, n):
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


def deadlines(district, kind, conf, recv):
    initial_like = kind in ("initial", "transfer_in")
    n = 1 if district == "leeds" else 3
    due = wd_back(conf, n)
    nwd = notice_days(recv, conf)
    if district == "wakefield":
        minimum = 5 if initial_like else None
    elif district == "leeds":
        minimum = 5 if initial_like else 10
    else:
        minimum = None
    ok = None if minimum is None else nwd >= minimum
    return due, nwd, ok


W_ATTEND = {"current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation",
            "police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement",
            "registered_sex_offender", "negotiated_attendance"}
C_ATTEND = {"current_investigation", "wilful_neglect_investigation", "previous_investigation_escalation",
            "prior_unit_involvement", "registered_sex_offender", "negotiated_attendance"}
C_DISCUSS = {"police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement"}
R_DISCUSS = {"child_sexual_exploitation", "current_investigation", "registered_sex_offender", "police_protection",
             "domestic_abuse_current_involvement", "wilful_neglect_investigation"}


def decide(district, kind, criteria, tick):
    c = set(criteria)
    if kind == "review":
        if "core_group_member" in c:
            return "attend"
        if c & R_DISCUSS or tick is True:
            return "discuss"
        return "report_only"
    if district == "leeds":
        if c & (W_ATTEND - {"child_sexual_exploitation"}):
            return "attend"
        if "child_sexual_exploitation" in c:
            return "discuss"
    elif district == "calderdale":
        if c & C_ATTEND:
            return "attend"
        if c & C_DISCUSS:
            return "discuss"
    else:
        if c & W_ATTEND:
            return "attend"
    if tick is True:
        return "discuss"
    return "report_only"


class Texts(list):
    """Collects every readable string placed in an email (source_texts)."""
    def add(self, *ss):
        for s in ss:
            if s is None:
                continue
            s = str(s)
            if s.strip() and s not in self:
                self.append(s)
        return ss[0] if len(ss) == 1 else ss


def msgid(name, domain):
    h = hashlib.sha1(name.encode()).hexdigest()[:20]
    return f"<{h}@mail.{domain}>"


def build_message(name, district, sender_name, sender_local, subject, recv, body_text=None,
                  body_html=None, attachments=(), forwarded=None, sent_delta_min=4,
                  domain=None, extra_headers=()):
    """recv: aware-naive datetime in UTC (December → UK time is GMT)."""
    domain = domain or DOMAIN[district]
    m = EmailMessage()
    sent = recv - dt.timedelta(minutes=sent_delta_min)
    relay = recv - dt.timedelta(minutes=1)
    rnd = random.Random(name)
    ip = f"198.51.100.{rnd.randint(10, 250)}"
    m["Received"] = (f"from mx-out.{domain} (mx-out.{domain} [{ip}]) by mx1.westyorkshire.police.uk "
                     f"with ESMTPS id {hashlib.md5(name.encode()).hexdigest()[:10].upper()}; "
                     f"{format_datetime(recv.replace(tzinfo=dt.timezone.utc))}")
    m["Received"] = (f"from EXCH0{rnd.randint(1,6)}.corp.local (10.{rnd.randint(1,99)}.{rnd.randint(1,250)}.{rnd.randint(1,250)}) "
                     f"by mx-out.{domain} with Microsoft SMTP Server; {format_datetime(relay.replace(tzinfo=dt.timezone.utc))}")
    m["Authentication-Results"] = (f"mx1.westyorkshire.police.uk; dkim=pass header.d={domain}; "
                                   f"spf=pass smtp.mailfrom={domain}; dmarc=pass (p=QUARANTINE) header.from={domain}")
    m["Message-ID"] = msgid(name, domain)
    m["Date"] = format_datetime(sent.replace(tzinfo=dt.timezone.utc))
    m["From"] = f"{sender_name} <{sender_local}@{domain}>"
    m["To"] = POLICE_TO[district]
    m["Subject"] = subject
    for k, v in extra_headers:
        m[k] = v
    if body_html is not None:
        m.set_content(body_text or "This message is best viewed in HTML.")
        m.add_alternative(body_html, subtype="html")
    else:
        m.set_content(body_text)
    for fname, data, mtype in attachments:
        maintype, subtype = mtype.split("/", 1)
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    if forwarded is not None:
        m.add_attachment(forwarded)  # message/rfc822
    return m


def label(name, *, district, kind, pre_birth, date, time, tick, harm, children, adults, criteria,
          recv, texts, tags, notes, decision=None, flags_req=(), not_forbid=(), non_invitation=False,
          deadlines_on=True, expect=None, extra_forbid_ok=True):
    c = sorted(set(criteria))
    if decision is None:
        decision = decide(district, kind, c, tick)
    if expect is not None:
        assert decision == expect, (name, decision, expect)
    due = nwd = ok = None
    flags = set(flags_req)
    if deadlines_on and date is not None:
        conf = dt.date.fromisoformat(date)
        rd = recv.date()
        due, nwd, ok = deadlines(district, kind, conf, rd)
        if ok is False:
            flags.add("late_notice")
        if due < rd:
            flags.add("deadline_passed")
        due = due.isoformat()
    if decision == "attend" and tick is False:
        flags.add("tickbox_conflict")
    forbid = [f for f in ALL_FLAGS if f not in flags and f not in set(not_forbid)]
    data = {
        "district": district, "kind": kind, "pre_birth": pre_birth, "date": date, "time": time,
        "police_attendance_requested": tick, "harm_categories": harm,
        "children": [{"name": n, "date_of_birth": d} for n, d in children] if children is not None else None,
        "adults": adults, "criteria": c, "decision": decision,
        "report_due": due, "notice_working_days": nwd, "notice_ok": ok,
        "flags_required": sorted(flags), "flags_forbidden": sorted(forbid),
        "source_texts": list(texts), "tags": tags, "notes": notes,
    }
    with open(os.path.join(OUT, name + ".json"), "w") as f:
        json.dump(data, f, indent=2, ensure_ascii=False)
    return data


def write_eml(name, msg):
    with open(os.path.join(OUT, name + ".eml"), "wb") as f:
        f.write(bytes(msg))
