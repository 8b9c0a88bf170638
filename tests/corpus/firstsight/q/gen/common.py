"""Shared helpers for set q: working days, e-mail assembly, labels."""
import datetime as dt
import json
import os
import hashlib
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email import encoders
from email.utils import format_datetime

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

BANK_HOLIDAYS = {dt.date(*d) for d in [
    (2026, 1, 1), (2026, 4, 3), (2026, 4, 6), (2026, 5, 4), (2026, 5, 25), (2026, 8, 31),
    (2026, 12, 25), (2026, 12, 28),
    (2027, 1, 1), (2027, 3, 26), (2027, 3, 29), (2027, 5, 3), (2027, 5, 31), (2027, 8, 30),
    (2027, 12, 27), (2027, 12, 28)]}

ALL_FLAGS = ["late_notice", "deadline_passed", "missing_reason", "missing_family_details",
             "missing_conference_date", "unverified_sender", "unreadable_attachment",
             "encrypted_unreadable", "no_booking_form", "tickbox_conflict", "tickbox_ambiguous",
             "not_an_invitation", "rescheduled", "cancelled", "possible_duplicate", "ocr_used",
             "district_unknown"]


def is_wd(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def back_wd(d, n):
    while n:
        d -= dt.timedelta(days=1)
        if is_wd(d):
            n -= 1
    return d


def wd_between(recv, conf):
    n, d = 0, recv
    while d < conf:
        d += dt.timedelta(days=1)
        if is_wd(d):
            n += 1
    return n


REPORT_N = {"wakefield": 3, "leeds": 1, "calderdale": 3, "kirklees": 3, "bradford": 3}


def min_notice(district, kind):
    if district == "wakefield":
        return 5 if kind in ("initial", "transfer_in") else None
    if district == "leeds":
        return 5 if kind in ("initial", "transfer_in") else 10
    return None


class Texts(list):
    """Collects every readable string put in an email."""
    def add(self, *ss):
        for s in ss:
            if s is None:
                continue
            s = str(s)
            if s.strip() and s not in self:
                self.append(s)
        return ss[0] if len(ss) == 1 else ss


def d(s):
    return dt.date.fromisoformat(s)


def msgid(seed, host):
    return "<%s@%s>" % (hashlib.sha1(seed.encode()).hexdigest()[:24], host)


def headers(msg, *, case, sender, to, subject, received, sent_minutes_before=7, host=None,
            relay=None, extra=None):
    """received: datetime (UTC, = Europe/London in winter)."""
    dom = sender.split("@")[1].rstrip(">")
    host = host or ("mail." + dom)
    r1 = received
    r0 = received - dt.timedelta(minutes=1, seconds=13)
    sent = received - dt.timedelta(minutes=sent_minutes_before, seconds=31)
    tz = dt.timezone.utc
    msg["Received"] = ("from %s (%s [192.0.2.%d]) by mx1.westyorkshire.police.uk with ESMTPS id %s; %s"
                       % (relay or host, relay or host, 10 + (len(case) * 7) % 200,
                          hashlib.md5(case.encode()).hexdigest()[:10].upper(),
                          format_datetime(r1.replace(tzinfo=tz))))
    msg["Received"] = ("from EXCH%02d.ad.local (10.20.%d.%d) by %s with Microsoft SMTP Server; %s"
                       % (len(case) % 9, len(subject) % 250, len(sender) % 250, relay or host,
                          format_datetime(r0.replace(tzinfo=tz))))
    msg["Authentication-Results"] = ("mx1.westyorkshire.police.uk; dkim=pass header.d=%s; spf=pass "
                                     "smtp.mailfrom=%s; dmarc=pass header.from=%s" % (dom, dom, dom))
    msg["Message-ID"] = msgid(case, host)
    msg["Date"] = format_datetime(sent.replace(tzinfo=tz))
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["MIME-Version"] = "1.0"
    for k, v in (extra or {}).items():
        msg[k] = v


MAILBOX = {
    "wakefield": "Wakefield CPPU Conferences <wakefield.cppu.conferences@westyorkshire.police.uk>",
    "leeds": "Leeds CPPU SPOC <leeds.cppu.spoc@westyorkshire.police.uk>",
    "calderdale": "CD Safeguarding Case Conference <cd.safeguarding.caseconference@westyorkshire.police.uk>",
    "kirklees": "Kirklees CPPU <kirklees.cppu@westyorkshire.police.uk>",
    "bradford": "Bradford CPPU Conferences <bradford.cppu.conf@westyorkshire.police.uk>",
}


def text_part(s, subtype="plain", charset="utf-8"):
    p = MIMEText(s, subtype, charset)
    return p


def attach_bytes(data, mime, filename):
    main, sub = mime.split("/")
    p = MIMEBase(main, sub, name=filename)
    p.set_payload(data)
    encoders.encode_base64(p)
    p.add_header("Content-Disposition", "attachment", filename=filename)
    return p


def mixed(*parts):
    m = MIMEMultipart("mixed")
    for p in parts:
        m.attach(p)
    return m


def alternative(plain, html):
    m = MIMEMultipart("alternative")
    m.attach(MIMEText(plain, "plain", "utf-8"))
    m.attach(MIMEText(html, "html", "utf-8"))
    return m


def rfc822(inner):
    return MIMEMessage(inner)


def finish(case, msg, label):
    """Write NAME.eml and NAME.json."""
    base = os.path.join(OUT, case)
    for i, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary("----=_Part_%s_%d" % (hashlib.md5(case.encode()).hexdigest()[:12], i))
    with open(base + ".eml", "wb") as f:
        f.write(msg.as_bytes())
    with open(base + ".json", "w") as f:
        json.dump(label, f, indent=2, ensure_ascii=False)
        f.write("\n")


def label(*, district, kind, pre_birth=False, date, time, tick, harm, children, adults, criteria,
          decision, received, flags_required=(), unscored=(), texts, tags, notes, deadlines=True):
    """tick: 'attend','report','both','neither','absent'."""
    par = {"attend": True, "report": False}.get(tick)
    rd = nwd = nok = None
    if deadlines and date and district:
        cd = d(date)
        rd = back_wd(cd, REPORT_N[district]).isoformat()
        nwd = wd_between(received.date(), cd)
        mn = min_notice(district, kind)
        nok = None if mn is None else nwd >= mn
    req = list(flags_required)
    if deadlines and nok is False and "late_notice" not in req:
        req.append("late_notice")
    if deadlines and rd and rd < received.date().isoformat() and "deadline_passed" not in req:
        req.append("deadline_passed")
    if tick in ("both", "neither") and "tickbox_ambiguous" not in req:
        req.append("tickbox_ambiguous")
    if decision == "attend" and par is False and "tickbox_conflict" not in req:
        req.append("tickbox_conflict")
    forb = [f for f in ALL_FLAGS if f not in req and f not in unscored]
    return {
        "district": district, "kind": kind, "pre_birth": pre_birth, "date": date, "time": time,
        "police_attendance_requested": par, "harm_categories": None if harm is None else list(harm),
        "children": None if children is None else [{"name": n, "date_of_birth": b} for n, b in children],
        "adults": None if adults is None else list(adults), "criteria": list(criteria), "decision": decision,
        "report_due": rd, "notice_working_days": nwd, "notice_ok": nok,
        "flags_required": sorted(req), "flags_forbidden": sorted(forb),
        "received": received.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
        "source_texts": list(texts), "tags": list(tags) + ["tick-" + tick], "notes": notes,
    }
