"""Shared helpers for set o: calendar arithmetic, MIME assembly, label writing."""
import datetime as dt
import json
import os
import email.utils
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.application import MIMEApplication
from email.policy import SMTP

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

BANK_HOLIDAYS = {dt.date(2026, 12, 25), dt.date(2026, 12, 28), dt.date(2027, 1, 1),
                 dt.date(2027, 3, 26), dt.date(2027, 3, 29)}

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


def wd_between(rcv, conf):
    n, d = 0, rcv
    while d < conf:
        d += dt.timedelta(days=1)
        if is_wd(d):
            n += 1
    return n


def deadlines(district, kind, conf, rcv):
    """(report_due, notice_working_days, notice_ok) per POLICY.md."""
    if conf is None or district is None:
        return None, None, None
    n_rep = 1 if district == "leeds" else 3
    initial = kind in ("initial", "transfer_in")
    if district == "wakefield":
        minimum = 5 if initial else None
    elif district == "leeds":
        minimum = 5 if initial else 10
    else:
        minimum = None
    due = back_wd(conf, n_rep)
    notice = wd_between(rcv, conf)
    ok = None if minimum is None else notice >= minimum
    return due, notice, ok


def fmt_rfc(t):
    return email.utils.format_datetime(t)


def build_message(c, body_parts, attachments, texts):
    """body_parts: list of (subtype, text); attachments: list of (maintype, subtype, filename, bytes).
    The newest Received header carries c['received']."""
    rcv = c["rcv_dt"]
    sent = rcv - dt.timedelta(minutes=3, seconds=17)
    if len(body_parts) == 1 and not attachments:
        st, tx = body_parts[0]
        msg = MIMEText(tx, st, "utf-8")
    else:
        msg = MIMEMultipart("mixed")
        if len(body_parts) == 1:
            st, tx = body_parts[0]
            msg.attach(MIMEText(tx, st, "utf-8"))
        elif len(body_parts) > 1:
            alt = MIMEMultipart("alternative")
            for st, tx in body_parts:
                alt.attach(MIMEText(tx, st, "utf-8"))
            msg.attach(alt)
        for maint, sub, fn, data in attachments:
            part = MIMEApplication(data, sub)
            if maint != "application":
                part.replace_header("Content-Type", f"{maint}/{sub}")
            part.add_header("Content-Disposition", "attachment", filename=fn)
            part.set_param("name", fn)
            msg.attach(part)
    k = 0
    for part in msg.walk():
        if part.is_multipart():
            k += 1
            part.set_boundary(f"----=_NextPart_o{c['id'].replace('-', '')}_{k:03d}")
    dom = c["domain"]
    relay = "mx-out." + dom.replace(".cjsm.net", "") if not dom.endswith("cjsm.net") else "relay.cjsm.net"
    hdrs = [
        ("Received", f"from {relay} ({relay} [192.0.2.{40 + c['n']}]) by mx2.westyorkshire.police.uk "
                     f"with ESMTPS id {c['id'].replace('-', '')}A{c['n']:03d}; {fmt_rfc(rcv)}"),
        ("Received", f"from EXMBX0{c['n'] % 7 + 1}.ad.local (10.20.{c['n']}.9) by {relay} with "
                     f"Microsoft SMTP Server id 15.2.1544.4; {fmt_rfc(rcv - dt.timedelta(minutes=2))}"),
        ("Authentication-Results", f"mx2.westyorkshire.police.uk; dkim=pass header.d={dom}; "
                                   f"spf=pass smtp.mailfrom={dom}; dmarc=pass header.from={dom}"),
        ("Message-ID", f"<o{c['id'].replace('-', '')}.{int(rcv.timestamp())}@{dom}>"),
        ("Date", fmt_rfc(sent)),
        ("From", f"{c['sender_name']} <{c['sender_local']}@{dom}>"),
        ("To", c.get("to", "CPPU Conferences <cppu.conferences@westyorkshire.police.uk>")),
        ("Subject", c["subject"]),
    ]
    for k, v in c.get("extra_headers", []):
        hdrs.append((k, v))
    for k, v in reversed(hdrs):
        msg._headers.insert(0, (k, v))
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    texts.insert(0, c["subject"])
    return msg.as_bytes(policy=SMTP.clone(max_line_length=998)), texts


def write_case(c, eml_bytes, texts):
    base = f"o-{c['id']}-{c['slug']}"
    with open(os.path.join(OUT, base + ".eml"), "wb") as f:
        f.write(eml_bytes)
    rcv_day = c["rcv_dt"].date()
    conf = dt.date.fromisoformat(c["date"]) if c.get("date") else None
    district = c["district"]
    if c.get("no_deadlines"):
        due, notice, ok = None, None, None
    else:
        due, notice, ok = deadlines(district, c["kind"], conf, rcv_day)
    tick = c.get("tick", "absent")
    par = {"attend": True, "report": False}.get(tick)
    req = list(c.get("flags_required", []))
    if tick in ("both", "neither") and "tickbox_ambiguous" not in req:
        req.append("tickbox_ambiguous")
    if tick == "report" and c["decision"] == "attend" and "tickbox_conflict" not in req:
        req.append("tickbox_conflict")
    if ok is False and c["decision"] != "manual_review":
        req.append("late_notice")
    if due is not None and due < rcv_day and c["decision"] != "manual_review":
        req.append("deadline_passed")
    unscored = set(c.get("flags_unscored", []))
    forbidden = [f for f in ALL_FLAGS if f not in req and f not in unscored]
    seen, st = set(), []
    for t in texts:
        if t and t.strip() and t not in seen:
            seen.add(t)
            st.append(t)
    label = {
        "district": district,
        "kind": c["kind"],
        "pre_birth": c.get("pre_birth", False),
        "date": c.get("date"),
        "time": c.get("time"),
        "police_attendance_requested": par,
        "harm_categories": c.get("harm", []),
        "children": None if c.get("children_unknown") else
            [{"name": ch[0], "date_of_birth": ch[1]} for ch in c["children"]],
        "adults": None if c.get("adults_unknown") else [a[0] for a in c["adults"]],
        "criteria": c["criteria"],
        "decision": c["decision"],
        "report_due": due.isoformat() if due else None,
        "notice_working_days": notice,
        "notice_ok": ok,
        "flags_required": sorted(req),
        "flags_forbidden": forbidden,
        "source_texts": st,
        "tags": c.get("tags", []),
        "notes": c["notes"],
        "received": c["rcv_dt"].isoformat(),
    }
    with open(os.path.join(OUT, base + ".json"), "w", encoding="utf-8") as f:
        json.dump(label, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return label


def ddmmyyyy(iso):
    d = dt.date.fromisoformat(iso)
    return d.strftime("%d/%m/%Y")


def long_date(iso):
    d = dt.date.fromisoformat(iso)
    return f"{d.strftime('%A')} {d.day} {d.strftime('%B %Y')}"
