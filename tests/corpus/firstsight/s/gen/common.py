"""Shared helpers for set s: working days, e-mail assembly, labels. Deterministic."""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
from email import encoders
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import SMTP
from pathlib import Path
from zoneinfo import ZoneInfo

OUT = Path(__file__).resolve().parent.parent
LONDON = ZoneInfo("Europe/London")

# England & Wales bank holidays around the set's dates
BANK_HOLIDAYS = {
    dt.date(2026, 8, 31), dt.date(2026, 12, 25), dt.date(2026, 12, 28),
    dt.date(2027, 1, 1), dt.date(2027, 3, 26), dt.date(2027, 3, 29), dt.date(2027, 5, 3),
}

ALL_FLAGS = [
    "late_notice", "deadline_passed", "missing_reason", "missing_family_details",
    "missing_conference_date", "unverified_sender", "unreadable_attachment",
    "encrypted_unreadable", "no_booking_form", "tickbox_conflict", "tickbox_ambiguous",
    "not_an_invitation", "rescheduled", "cancelled", "possible_duplicate", "ocr_used",
    "district_unknown",
]

DOMAINS = {"wakefield": "wakefield.gov.uk", "leeds": "leeds.gov.uk", "calderdale": "calderdale.gov.uk",
           "kirklees": "kirklees.gov.uk", "bradford": "bradford.gov.uk"}
RELAYS = {"wakefield": "mail1.wakefield.gov.uk", "leeds": "smtp-out2.leeds.gov.uk",
          "calderdale": "mx-out.calderdale.gov.uk", "kirklees": "mailgw.kirklees.gov.uk",
          "bradford": "relay.bradford.gov.uk"}


def is_wd(d: dt.date) -> bool:
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def minus_wd(d: dt.date, n: int) -> dt.date:
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


def policy_numbers(district: str, kind: str):
    """(report N working days, minimum notice or None)"""
    initialish = kind in ("initial", "transfer_in")
    if district == "leeds":
        return 1, (5 if initialish else 10)
    if district == "wakefield":
        return 3, (5 if initialish else None)
    return 3, None


def _qp():
    from email.charset import QP, Charset
    cs = Charset("utf-8")
    cs.body_encoding = QP
    return cs


def det_hex(seed: str, n: int = 16) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def rfc_date(d: dt.datetime) -> str:
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + d.strftime("%z")


def make_message(case_id: str, district: str | None, sender_name: str, sender_addr: str, subject: str,
                 received: dt.datetime, body_parts: list, attachments: list, *, to=None,
                 auth="pass", extra_headers=None, relay=None) -> bytes:
    """body_parts: list of (subtype, text) for the alternative body; attachments: list of MIME parts."""
    seed = case_id
    if len(body_parts) == 1:
        sub, text = body_parts[0]
        body = MIMEText(text, sub, _qp())
    else:
        body = MIMEMultipart("alternative", boundary=f"----=_Alt_{det_hex(seed + 'alt', 20)}")
        for sub, text in body_parts:
            body.attach(MIMEText(text, sub, _qp()))
    if attachments:
        msg = MIMEMultipart("mixed", boundary=f"----=_NextPart_{det_hex(seed + 'mix', 20)}")
        msg.attach(body)
        for a in attachments:
            msg.attach(a)
    else:
        msg = body
    sent = received - dt.timedelta(minutes=3, seconds=17)
    relay = relay or RELAYS.get(district or "", "mail.example.gov.uk")
    dom = sender_addr.split("@", 1)[1]
    hdr = [
        ("Received", f"from {relay} ({relay} [198.51.100.{int(det_hex(seed, 2), 16) % 200 + 10}])\n"
                     f" by mx1.westyorkshire.police.uk with ESMTPS id {det_hex(seed + 'id', 10).upper()};\n"
                     f" {rfc_date(received)}"),
        ("Received", f"from EXCH0{int(det_hex(seed, 1), 16) % 9 + 1}.corp.local (10.{int(det_hex(seed+'a',2),16)}.{int(det_hex(seed+'b',2),16)}.{int(det_hex(seed+'c',2),16)}) by {relay}\n"
                     f" with Microsoft SMTP Server; {rfc_date(received - dt.timedelta(seconds=41))}"),
    ]
    if auth == "pass":
        hdr.append(("Authentication-Results", f"mx1.westyorkshire.police.uk; dkim=pass\n header.d={dom}; spf=pass smtp.mailfrom={dom};\n dmarc=pass (p=QUARANTINE) header.from={dom}"))
    elif auth == "fail":
        hdr.append(("Authentication-Results", f"mx1.westyorkshire.police.uk; dkim=fail\n (signature did not verify) header.d={dom}; spf=softfail smtp.mailfrom={dom};\n dmarc=fail (p=QUARANTINE) header.from={dom}"))
    hdr += [
        ("Message-ID", f"<{det_hex(seed + 'mid', 24)}@{relay}>"),
        ("Date", rfc_date(sent)),
        ("From", f"{sender_name} <{sender_addr}>"),
        ("To", to or "CPPU Conferences <cppu.conferences@westyorkshire.police.uk>"),
        ("Subject", subject),
        ("MIME-Version", "1.0"),
    ]
    for k, v in (extra_headers or []):
        hdr.append((k, v))
    head = "".join(f"{k}: {v}\n" for k, v in hdr)
    for k in ("MIME-Version",):
        del msg[k]
    raw = msg.as_bytes(policy=SMTP.clone(linesep="\n"))
    return head.encode("utf-8") + raw


def attach_bytes(data: bytes, filename: str, maintype="application", subtype="octet-stream") -> MIMEBase:
    part = MIMEBase(maintype, subtype, name=filename)
    part.set_payload(data)
    encoders.encode_base64(part)
    part.add_header("Content-Disposition", "attachment", filename=filename)
    return part


def attach_text(text: str, filename: str, subtype="plain", charset="utf-8") -> MIMEBase:
    part = MIMEText(text, subtype, _qp() if charset == "utf-8" else charset)
    part.replace_header("Content-Type", f'text/{subtype}; charset="{charset}"; name="{filename}"')
    part.add_header("Content-Disposition", "attachment", filename=filename)
    return part


def html_text(html: str) -> str:
    import lxml.html
    doc = lxml.html.fromstring(html)
    for br in doc.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for el in doc.iter("p", "div", "tr", "li", "h1", "h2", "h3", "blockquote"):
        el.tail = "\n" + (el.tail or "")
    return re.sub(r"[ \t]+", " ", doc.text_content()).strip()


def build_label(*, district, kind, pre_birth, date, time, tick, harm, children, adults, criteria,
                decision, received: dt.datetime, flags_required=(), unscored=(), deadlines=True,
                source_texts=(), tags=(), notes="", booking_form=True):
    rd = received.astimezone(LONDON).date()
    report_due = notice = notice_ok = None
    flags_required = list(flags_required)
    if deadlines and district and date and kind:
        conf = dt.date.fromisoformat(date)
        n, minimum = policy_numbers(district, kind)
        report_due_d = minus_wd(conf, n)
        report_due = report_due_d.isoformat()
        notice = wd_between(rd, conf)
        notice_ok = None if minimum is None else notice >= minimum
        if notice_ok is False and "late_notice" not in flags_required:
            flags_required.append("late_notice")
        if report_due_d < rd and "deadline_passed" not in flags_required:
            flags_required.append("deadline_passed")
    unscored = set(unscored)
    if not booking_form:
        unscored.add("no_booking_form")
    forbidden = [f for f in ALL_FLAGS if f not in flags_required and f not in unscored]
    if not deadlines:
        forbidden = [f for f in forbidden if f not in ("late_notice", "deadline_passed")]
    return {
        "district": district, "kind": kind, "pre_birth": pre_birth, "date": date, "time": time,
        "police_attendance_requested": tick, "harm_categories": harm,
        "children": None if children is None else [{"name": n, "date_of_birth": d} for n, d in children],
        "adults": adults, "criteria": criteria, "decision": decision,
        "report_due": report_due, "notice_working_days": notice, "notice_ok": notice_ok,
        "flags_required": sorted(flags_required), "flags_forbidden": sorted(forbidden),
        "source_texts": [s for s in source_texts if s], "tags": list(tags), "notes": notes,
    }


def write_case(stem: str, eml: bytes, label: dict):
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"{stem}.eml").write_bytes(eml)
    (OUT / f"{stem}.json").write_text(json.dumps(label, indent=2, ensure_ascii=False) + "\n")


def recv(s: str) -> dt.datetime:
    """'2026-12-08 09:41' in Europe/London -> aware datetime"""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=LONDON)


def pdf_strings_split(text: str) -> list[str]:
    return [t for t in (x.strip() for x in text.split("\n")) if t]
