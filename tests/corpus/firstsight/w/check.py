#!/usr/bin/env python3
"""Independent check of the 'w' set: re-reads every .eml (not the generators) and checks its label
against POLICY.md. Run with /work/main/.venv/bin/python check.py ; prints 'N failing'."""
from __future__ import annotations

import html
import io
import json
import re
import sys
import zipfile
from datetime import date, timedelta
from email import policy
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
LONDON = ZoneInfo("Europe/London")
# England and Wales bank holidays in range (2026-12-26 is a Saturday: substitute day Monday 28th)
BH = {date(2026, 8, 31), date(2026, 12, 25), date(2026, 12, 28), date(2027, 1, 1), date(2027, 3, 26), date(2027, 3, 29)}
ALLOW = {"wakefield.gov.uk": "wakefield", "leeds.gov.uk": "leeds", "calderdale.gov.uk": "calderdale",
         "kirklees.gov.uk": "kirklees", "bradford.gov.uk": "bradford"}
CRITERIA = {"current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation",
            "police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement",
            "registered_sex_offender", "negotiated_attendance", "prior_unit_involvement", "core_group_member"}
MANUAL_FLAGS = {"unverified_sender", "encrypted_unreadable", "missing_conference_date", "not_an_invitation",
                "cancelled", "no_booking_form"}
KEYS = ["district", "kind", "pre_birth", "date", "time", "police_attendance_requested", "harm_categories", "children",
        "adults", "criteria", "decision", "report_due", "notice_working_days", "notice_ok", "flags_required",
        "flags_forbidden", "source_texts", "tags", "notes"]


def fold(s: str) -> str:
    return re.sub(r"\s+", " ", s or "").strip().casefold()


def working(d: date) -> bool:
    return d.weekday() < 5 and d not in BH


def minus_wd(d: date, n: int) -> date:
    while n > 0:
        d -= timedelta(days=1)
        if working(d):
            n -= 1
    return d


def count_wd(after: date, upto: date) -> int:
    return sum(1 for i in range(1, (upto - after).days + 1) if working(after + timedelta(days=i)))


def policy_decision(district, kind, crit, tick, both):
    c = set(crit)
    if kind == "review":
        if "core_group_member" in c:
            return "attend"
        if c & {"child_sexual_exploitation", "current_investigation", "registered_sex_offender", "police_protection",
                "domestic_abuse_current_involvement", "wilful_neglect_investigation"} or tick is True:
            return "discuss"
        return "report_only"
    wlist = {"current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation",
             "police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement",
             "registered_sex_offender", "negotiated_attendance"}
    if district == "leeds":
        if c & (wlist - {"child_sexual_exploitation"}):
            return "attend"
        if "child_sexual_exploitation" in c:
            return "discuss"
    elif district == "calderdale":
        if c & {"current_investigation", "wilful_neglect_investigation", "previous_investigation_escalation",
                "prior_unit_involvement", "registered_sex_offender", "negotiated_attendance"}:
            return "attend"
        if c & {"police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement"}:
            return "discuss"
    elif c & wlist:
        return "attend"
    return "discuss" if tick is True or both else "report_only"


def html_text(s: str) -> str:
    s = re.sub(r"(?is)<(style|script|head)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</div>|</li>|</h\d>", "\n", s)
    s = re.sub(r"(?i)</td>|</th>", " ", s)
    return html.unescape(re.sub(r"<[^>]+>", " ", s))


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader
    r = PdfReader(io.BytesIO(data))
    if r.is_encrypted:
        raise ValueError("encrypted")
    return "\n".join(p.extract_text() or "" for p in r.pages)


def docx_text(data: bytes) -> str:
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for n in z.namelist():
        if n.startswith("word/") and n.endswith(".xml") and ("document" in n or "header" in n or "footer" in n):
            x = z.read(n).decode("utf-8")
            x = re.sub(r"</w:p>", "\n", x)
            x = re.sub(r"<w:tab/>", "\t", x)
            x = re.sub(r"</w:tc>", " \t ", x)
            out.append(html.unescape(re.sub(r"<[^>]+>", "", x)))
    return "\n".join(out)


def extract(msg, texts: list[str], unreadable: list[str]):
    texts.append(str(msg.get("Subject", "")))
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if fn:
            texts.append(fn)
        try:
            if ct == "text/plain":
                texts.append(part.get_content())
            elif ct == "text/html":
                texts.append(html_text(part.get_content()))
            elif ct == "application/pdf":
                texts.append(pdf_text(part.get_payload(decode=True)))
            elif ct.endswith("wordprocessingml.document"):
                texts.append(docx_text(part.get_payload(decode=True)))
            elif ct == "message/rfc822":
                extract(part.get_payload(0), texts, unreadable)
            else:
                unreadable.append(fn or ct)
        except Exception as e:  # noqa: BLE001
            unreadable.append(f"{fn or ct}: {e}")


def date_forms(d: date) -> list[str]:
    day = d.day
    suf = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    mon, mn = d.strftime("%B"), d.strftime("%b")
    return [d.strftime("%d/%m/%Y"), d.strftime("%d.%m.%y"), d.strftime("%d/%m/%y"), d.strftime("%d.%m.%Y"),
            f"{day} {mon} {d.year}", f"{day}{suf} {mon} {d.year}", f"{day} {mn} {d.year}", f"{day}{suf} {mon}",
            f"{day} {mon}", d.strftime("%d-%m-%Y"), f"{day}/{d.month}/{d.year}", f"{day}/{d.month:02d}"]


def check(eml: Path) -> list[str]:
    errs = []
    label = json.loads(eml.with_suffix(".json").read_text())
    for k in KEYS:
        if k not in label:
            errs.append(f"label lacks key {k}")
    m = re.match(r"w-(11[1-5])-(0[1-7])-([a-z]+)-([a-z_-]+?)-", eml.name)
    if not m:
        errs.append("file name pattern")
    msg = BytesParser(policy=policy.default).parsebytes(eml.read_bytes())
    # received day: newest (topmost) Received header
    recs = msg.get_all("Received") or []
    when = parsedate_to_datetime(recs[0].rsplit(";", 1)[1].strip()) if recs else parsedate_to_datetime(msg["Date"])
    received = when.astimezone(LONDON).date()
    if label.get("received_day") and label["received_day"] != received.isoformat():
        errs.append(f"received day {received} != label {label['received_day']}")
    # district and sender
    addr = msg["From"].addresses[0].addr_spec.lower()
    dom = addr.split("@")[1]
    if dom.endswith(".cjsm.net"):
        dom = dom[: -len(".cjsm.net")]
    district = next((v for k, v in ALLOW.items() if dom == k or dom.endswith("." + k)), None)
    auth = " ".join(msg.get_all("Authentication-Results") or [])
    dmarc_fail = bool(re.search(r"dmarc=fail|dkim=fail|spf=fail", auth))
    if district is None or dmarc_fail:
        if "unverified_sender" not in label["flags_required"]:
            errs.append("sender not verified but unverified_sender not required")
    if district is not None and label["district"] not in (district, None):
        errs.append(f"district {label['district']} but sender says {district}")
    if district is not None and label["district"] is None and not dmarc_fail:
        errs.append("district left null for an allowed sender")
    # text
    texts, unreadable = [], []
    extract(msg, texts, unreadable)
    full = fold("\n".join(texts))
    if unreadable and "unreadable_attachment" not in label["flags_required"]:
        errs.append(f"unreadable parts {unreadable} but unreadable_attachment not required")
    if not unreadable and "unreadable_attachment" in label["flags_required"]:
        errs.append("unreadable_attachment required but every part read")
    src = fold(" ".join(label["source_texts"]))
    for s in label["source_texts"]:
        if fold(s) not in full:
            errs.append(f"source text not in mail: {s[:70]!r}")
    src_tokens = set(re.findall(r"\w+", src))
    missing_tok = sorted(set(re.findall(r"\w+", full)) - src_tokens)
    if missing_tok:
        errs.append(f"mail words missing from source_texts: {missing_tok[:12]}")
    for c in label.get("children") or []:
        if fold(c["name"]) not in full:
            errs.append(f"child name not in mail: {c['name']}")
        if c.get("date_of_birth") and not any(fold(f) in full for f in date_forms(date.fromisoformat(c["date_of_birth"]))):
            errs.append(f"child DOB not in mail: {c['name']} {c['date_of_birth']}")
    for a in label.get("adults") or []:
        if fold(a) not in full:
            errs.append(f"adult name not in mail: {a}")
    if label.get("date") and not any(fold(f) in full for f in date_forms(date.fromisoformat(label["date"]))):
        errs.append(f"conference date {label['date']} not found in mail")
    # criteria evidence
    crit = label.get("criteria")
    ev = label.get("evidence") or {}
    for c in crit or []:
        if c not in CRITERIA:
            errs.append(f"unknown criterion {c}")
        if not ev.get(c):
            errs.append(f"criterion {c} has no evidence quote")
    for c, quotes in ev.items():
        if crit is not None and c not in crit:
            errs.append(f"evidence for unlabelled criterion {c}")
        for q in quotes:
            if fold(q) not in full or fold(q) not in src:
                errs.append(f"evidence not verbatim: {q[:60]!r}")
    # decision
    req, forb = set(label["flags_required"]), set(label["flags_forbidden"])
    if req & forb:
        errs.append(f"flags both required and forbidden: {req & forb}")
    tick = label["police_attendance_requested"]
    if label["decision"] == "manual_review":
        if not req & MANUAL_FLAGS and not ("unreadable_attachment" in req and "no_booking_form" in req):
            errs.append("manual_review without a manual-review flag")
    else:
        if req & {"unverified_sender", "encrypted_unreadable", "not_an_invitation", "cancelled", "missing_conference_date"}:
            errs.append("a manual-review flag is required but the decision is not manual_review")
        want = policy_decision(label["district"], label["kind"], crit or [], tick, "both-ticked" in label["tags"])
        if want != label["decision"]:
            errs.append(f"decision {label['decision']} but POLICY gives {want}")
        if label["decision"] == "attend" and tick is False and "tickbox_conflict" not in req:
            errs.append("tickbox_conflict not required")
        if "tickbox_conflict" in req and not (label["decision"] == "attend" and tick is False):
            errs.append("tickbox_conflict required wrongly")
    # deadlines
    if label.get("date") and label.get("district") and label["decision"] != "manual_review" or label.get("report_due"):
        conf = date.fromisoformat(label["date"])
        dist, kind = label["district"], label["kind"]
        due = minus_wd(conf, 1 if dist == "leeds" else 3)
        nwd = count_wd(received, conf)
        mini = {"wakefield": None if kind == "review" else 5, "leeds": 10 if kind == "review" else 5}.get(dist)
        ok = None if mini is None else nwd >= mini
        if label["report_due"] != due.isoformat():
            errs.append(f"report_due {label['report_due']} != {due}")
        if label["notice_working_days"] != nwd:
            errs.append(f"notice_working_days {label['notice_working_days']} != {nwd}")
        if label["notice_ok"] != ok:
            errs.append(f"notice_ok {label['notice_ok']} != {ok}")
        if (ok is False) != ("late_notice" in req):
            errs.append("late_notice flag wrong")
        if (due < received) != ("deadline_passed" in req):
            errs.append("deadline_passed flag wrong")
        if ok is not False and "late_notice" not in forb:
            errs.append("late_notice should be forbidden")
        if due >= received and "deadline_passed" not in forb:
            errs.append("deadline_passed should be forbidden")
        if not date(2026, 12, 1) <= conf <= date(2027, 2, 28):
            errs.append("conference date outside Dec 2026 - Feb 2027")
        if received >= conf:
            errs.append("received on or after the conference")
    return errs


def main() -> int:
    emls = sorted(HERE.glob("w-*.eml"))
    failing = 0
    by_layout = {}
    for e in emls:
        errs = check(e)
        lab = json.loads(e.with_suffix(".json").read_text())
        by_layout.setdefault(e.name[2:5], []).append(lab["decision"])
        if errs:
            failing += 1
            print(f"FAIL {e.name}")
            for x in errs:
                print("   -", x)
        else:
            print(f"ok   {e.name}")
    for lay, decs in sorted(by_layout.items()):
        missing = {"attend", "report_only", "discuss", "manual_review"} - set(decs)
        if len(decs) != 7 or missing:
            failing += 1
            print(f"FAIL layout {lay}: {len(decs)} cases, decisions missing {sorted(missing)}")
    print(f"{len(emls)} cases, {failing} failing")
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main())
