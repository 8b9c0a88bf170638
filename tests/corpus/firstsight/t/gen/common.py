"""Shared helpers for the set-t generators: MIME assembly, working days, labels.

Everything is deterministic: boundaries and Message-IDs are derived from the case id,
dates are fixed in the case definitions.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import quopri
import re
import textwrap

BANK_HOLIDAYS = {dt.date(2026, 12, 25), dt.date(2026, 12, 28), dt.date(2027, 1, 1)}

ALL_FLAGS = [
    "cancelled", "deadline_passed", "district_unknown", "encrypted_unreadable", "late_notice",
    "missing_conference_date", "missing_family_details", "missing_reason", "no_booking_form",
    "not_an_invitation", "possible_duplicate", "rescheduled", "tickbox_ambiguous", "tickbox_conflict",
    "unreadable_attachment", "unverified_sender",
]

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


# ---------------------------------------------------------------- working days

def is_working_day(d: dt.date) -> bool:
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def minus_working_days(d: dt.date, n: int) -> dt.date:
    while n:
        d -= dt.timedelta(days=1)
        if is_working_day(d):
            n -= 1
    return d


def working_days_between(received: dt.date, conf: dt.date) -> int:
    n, d = 0, received
    while d < conf:
        d += dt.timedelta(days=1)
        if is_working_day(d):
            n += 1
    return n


REPORT_N = {"wakefield": 3, "leeds": 1, "calderdale": 3, "kirklees": 3, "bradford": 3}


def min_notice(district: str, kind: str):
    initial = kind in ("initial", "transfer_in")
    if district == "wakefield":
        return 5 if initial else None
    if district == "leeds":
        return 5 if initial else 10
    return None


# ---------------------------------------------------------------- RFC 5322 helpers

def rfc_date(t: dt.datetime, tz: str = "+0000") -> str:
    return f"{DAYS[t.weekday()]}, {t.day:02d} {MONTHS[t.month - 1]} {t.year} {t:%H:%M:%S} {tz}"


def hexid(seed: str, n: int = 24) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def fold_header(name: str, value: str, width: int = 78) -> str:
    """Fold a header at spaces (RFC 5322 folding white space)."""
    words = value.split(" ")
    lines, cur = [], name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > width and cur.strip() != name + ":":
            lines.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    lines.append(cur)
    return "\n".join(lines)


def b64(data: bytes) -> str:
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text: str, charset: str = "utf-8") -> str:
    return quopri.encodestring(text.encode(charset)).decode("ascii").replace("\r\n", "\n")


def encoded_word(text: str, charset: str = "utf-8") -> str:
    """A single RFC 2047 Q encoded-word."""
    out = []
    for b in text.encode(charset):
        c = chr(b)
        if c == " ":
            out.append("_")
        elif (c.isascii() and c.isalnum()) or c in "!*+-/":
            out.append(c)
        else:
            out.append(f"={b:02X}")
    return f"=?{charset.upper()}?Q?{''.join(out)}?="


def rfc2231_filename(name: str, chunk: int = 40) -> str:
    """filename*0*=utf-8''...; filename*1*=... continuation parameters (RFC 2231)."""
    tokens = []
    for c in name:
        if c.isascii() and (c.isalnum() or c in "-._"):
            tokens.append(c)
        else:
            tokens.append("".join(f"%{b:02X}" for b in c.encode("utf-8")))
    parts, cur = [], ""
    for t in tokens:
        if len(cur) + len(t) > chunk and cur:
            parts.append(cur)
            cur = ""
        cur += t
    parts.append(cur)
    lines = []
    for n, p in enumerate(parts):
        prefix = "utf-8''" if n == 0 else ""
        lines.append(f" filename*{n}*={prefix}{p}")
    return ";\n".join(lines)


class Part:
    """A MIME part rendered as text (LF line endings)."""

    def __init__(self, headers: list[str], body: str):
        self.headers = headers
        self.body = body

    def render(self) -> str:
        return "\n".join(self.headers) + "\n\n" + self.body


def text_part(text: str, subtype: str = "plain", charset: str = "utf-8", cte: str = "quoted-printable",
              extra_ct: str = "") -> Part:
    ct = f'Content-Type: text/{subtype}; charset="{charset}"{extra_ct}'
    if cte == "quoted-printable":
        body = qp(text, charset)
    elif cte == "base64":
        body = b64(text.encode(charset) if isinstance(text, str) else text)
    elif cte in ("7bit", "8bit"):
        body = text
    else:
        raise ValueError(cte)
    return Part([ct, f"Content-Transfer-Encoding: {cte}"], body)


def raw_text_part(data: bytes, content_type: str, cte: str = "base64") -> Part:
    return Part([f"Content-Type: {content_type}", f"Content-Transfer-Encoding: {cte}"], b64(data))


def attachment_part(data: bytes, content_type: str, filename: str | None, disposition: str = "attachment",
                    name_param: bool = True, filename_header: str | None = None) -> Part:
    ct = f"Content-Type: {content_type}"
    if filename and name_param:
        ct += f';\n name="{filename}"'
    hdrs = [ct, "Content-Transfer-Encoding: base64"]
    if filename_header is not None:
        hdrs.append(f"Content-Disposition: {disposition};\n{filename_header}")
    elif filename:
        hdrs.append(f'Content-Disposition: {disposition};\n filename="{filename}"')
    else:
        hdrs.append(f"Content-Disposition: {disposition}")
    return Part(hdrs, b64(data))


def multipart(subtype: str, parts: list[Part], boundary: str) -> Part:
    body = ""
    for p in parts:
        body += f"--{boundary}\n" + p.render() + "\n"
    body += f"--{boundary}--\n"
    return Part([f'Content-Type: multipart/{subtype};\n boundary="{boundary}"'], body)


def message(case_id: str, *, sender: str, to: str, subject_header: str, date: str, received: list[str],
            auth: str, top: Part, cc: str | None = None, extra: list[str] | None = None,
            mailer: str = "Microsoft Outlook 16.0", host: str = "mail.example.gov.uk") -> bytes:
    hdrs = list(received)
    hdrs.append(auth)
    hdrs.append(f"Message-ID: <{hexid(case_id)}@{host}>")
    hdrs.append(f"Date: {date}")
    hdrs.append(fold_header("From", sender))
    hdrs.append(fold_header("To", to))
    if cc:
        hdrs.append(fold_header("Cc", cc))
    hdrs.append(subject_header)
    hdrs.append("MIME-Version: 1.0")
    if mailer:
        hdrs.append(f"X-Mailer: {mailer}")
    hdrs.extend(extra or [])
    text = "\n".join(hdrs) + "\n" + top.render()
    return text.encode("utf-8") if not isinstance(text, bytes) else text


def received_chain(case_id: str, domain: str, t: dt.datetime, hops: int = 2,
                   tz: str = "+0000", outer_host: str | None = None, ip: str | None = None) -> list[str]:
    """Newest first: police MX, then the council relay."""
    h = hexid(case_id + "rx", 10).upper()
    host = outer_host or f"mail{int(hexid(case_id, 2), 16) % 4 + 1}.{domain}"
    ip = ip or f"198.51.100.{int(hexid(case_id, 2), 16) % 200 + 20}"
    out = [f"Received: from {host} ({host} [{ip}])\n by mx1.westyorkshire.police.uk with ESMTPS id {h};\n {rfc_date(t, tz)}"]
    if hops > 1:
        t2 = t - dt.timedelta(minutes=1, seconds=37)
        out.append(f"Received: from EXCH0{int(hexid(case_id, 1), 16) % 8 + 1}.corp.local (10.{int(hexid(case_id,2),16)}.14.{int(hexid(case_id+'x',2),16)}) by {host}\n with Microsoft SMTP Server; {rfc_date(t2, tz)}")
    return out


def auth_pass(domain: str) -> str:
    return ("Authentication-Results: mx1.westyorkshire.police.uk; dkim=pass\n"
            f" header.d={domain}; spf=pass smtp.mailfrom={domain};\n"
            f" dmarc=pass (p=QUARANTINE) header.from={domain}")


def subject(text: str) -> str:
    if all(ord(c) < 128 for c in text):
        return fold_header("Subject", text)
    return "Subject: " + encoded_word(text)


# ---------------------------------------------------------------- labels

def label(*, district, kind, pre_birth, date, time, tick, harm, children, adults, criteria, decision,
          received: dt.date, flags_required=(), unscored=(), source_texts, tags, notes,
          deadlines: bool = True) -> dict:
    conf = dt.date.fromisoformat(date) if date else None
    report_due = notice = notice_ok = None
    flags_req = set(flags_required)
    if deadlines and conf and district:
        report_due = minus_working_days(conf, REPORT_N[district]).isoformat()
        notice = working_days_between(received, conf)
        m = min_notice(district, kind)
        notice_ok = None if m is None else notice >= m
        if notice_ok is False:
            flags_req.add("late_notice")
        if dt.date.fromisoformat(report_due) < received:
            flags_req.add("deadline_passed")
    if tick is False and decision == "attend":
        flags_req.add("tickbox_conflict")
    forbidden = [f for f in ALL_FLAGS if f not in flags_req and f not in set(unscored)]
    seen, texts = set(), []
    for s in source_texts:
        if s and s not in seen:
            seen.add(s)
            texts.append(s)
    return {
        "district": district,
        "kind": kind,
        "pre_birth": pre_birth,
        "date": date,
        "time": time,
        "police_attendance_requested": tick,
        "harm_categories": list(harm) if harm is not None else None,
        "children": [{"name": n, "date_of_birth": d} for n, d in children] if children is not None else None,
        "adults": list(adults) if adults is not None else None,
        "criteria": sorted(criteria) if criteria is not None else None,
        "decision": decision,
        "report_due": report_due,
        "notice_working_days": notice,
        "notice_ok": notice_ok,
        "flags_required": sorted(flags_req),
        "flags_forbidden": sorted(forbidden),
        "source_texts": texts,
        "tags": list(tags),
        "notes": notes,
    }


def lines_of(text: str) -> list[str]:
    """Source-text pieces of a block: the whole block and each non-empty line."""
    out = [text]
    out += [l.strip() for l in text.splitlines() if l.strip()]
    return out


def dedent(s: str) -> str:
    return textwrap.dedent(s).strip("\n") + "\n"
