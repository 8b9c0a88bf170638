#!/usr/bin/env python3
"""Check set v without the generators: re-read every .eml and test its label against POLICY.md.

    /work/main/.venv/bin/python check.py

Checks: received day (newest Received:, Europe/London) in 2026-12-07..2027-01-22; conference on a working day
after receipt; report_due / notice_working_days / notice_ok recomputed (England & Wales bank holidays
25 and 28 Dec 2026, 1 Jan 2027); late_notice / deadline_passed / tickbox_conflict flags consistent; decision
recomputed from district, kind, criteria and tick box per POLICY.md; district from the sender (inner council
sender for police-internal forwards); Authentication-Results pass; every child and adult name visible in the
text read from the mail (bodies, HTML, .docx, .odt, PDF pages and embedded files, attached messages, and
images through tesseract OCR when available). Exit 1 on any failure.
"""
from __future__ import annotations

import datetime as dt
import email
import html
import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter
from email.utils import parsedate_to_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
LONDON = ZoneInfo("Europe/London")
HOLIDAYS = {dt.date(2026, 12, 25), dt.date(2026, 12, 28), dt.date(2027, 1, 1)}
COUNCILS = {"wakefield.gov.uk": "wakefield", "leeds.gov.uk": "leeds", "calderdale.gov.uk": "calderdale",
            "kirklees.gov.uk": "kirklees", "bradford.gov.uk": "bradford"}
CRITERIA = {"current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation",
            "police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement",
            "registered_sex_offender", "negotiated_attendance", "prior_unit_involvement", "core_group_member"}
KEYS = ["district", "kind", "pre_birth", "date", "time", "police_attendance_requested", "harm_categories", "children",
        "adults", "criteria", "decision", "report_due", "notice_working_days", "notice_ok", "flags_required",
        "flags_forbidden", "source_texts", "tags", "notes"]


def working(d):
    return d.weekday() < 5 and d not in HOLIDAYS


def back(d, n):
    while n:
        d -= dt.timedelta(days=1)
        n -= working(d)
    return d


def count_after(a, b):
    n, d = 0, a
    while d < b:
        d += dt.timedelta(days=1)
        n += working(d)
    return n


def received_day(msg):
    recs = msg.get_all("Received") or []
    if recs:
        stamp = recs[0].rsplit(";", 1)[1].strip()
    else:
        stamp = msg["Date"]
    return parsedate_to_datetime(stamp).astimezone(LONDON).date()


def domain_district(addr):
    dom = addr.lower().rsplit("@", 1)[-1].strip(">").strip()
    if dom.endswith(".cjsm.net"):
        dom = dom[: -len(".cjsm.net")]
    for d, name in COUNCILS.items():
        if dom == d or dom.endswith("." + d):
            return name
    return None


# ---------------------------------------------------------------- text extraction
def pdf_texts(data):
    from pypdf import PdfReader
    out = []
    r = PdfReader(io.BytesIO(data))
    for p in r.pages:
        out.append(p.extract_text() or "")
        for a in p.get("/Annots") or []:
            a = a.get_object()
            if a.get("/Subtype") == "/FileAttachment":
                fs = a["/FS"].get_object()
                ef = fs["/EF"]["/F"].get_object().get_data()
                out += file_texts(str(fs.get("/F")), ef)
    try:
        for name, datas in (r.attachments or {}).items():
            for d in datas:
                out += file_texts(name, d)
    except Exception:
        pass
    return out


def ocr(data):
    if not shutil.which("tesseract"):
        return []
    with tempfile.NamedTemporaryFile(suffix=".img") as f:
        f.write(data)
        f.flush()
        res = subprocess.run(["tesseract", f.name, "-"], capture_output=True, text=True)
    return [res.stdout]


def file_texts(name, data):
    name = (name or "").lower()
    if name.endswith(".pdf") or data[:5] == b"%PDF-":
        return pdf_texts(data)
    if name.endswith(".docx"):
        import docx
        d = docx.Document(io.BytesIO(data))
        out = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                out += [c.text for c in row.cells]
        z = zipfile.ZipFile(io.BytesIO(data))
        for n in z.namelist():
            if n.startswith("word/media/"):
                out += ocr(z.read(n))
        return out
    if name.endswith(".odt"):
        z = zipfile.ZipFile(io.BytesIO(data))
        out = [html.unescape(re.sub(r"<[^>]+>", " ", z.read("content.xml").decode()))]
        for n in z.namelist():
            if n.startswith("Pictures/"):
                out += ocr(z.read(n))
        return out
    if re.search(r"\.(png|jpe?g|gif|tiff?)$", name):
        return ocr(data)
    return []


def mail_texts(msg):
    out = [msg.get("Subject", ""), msg.get("From", "")]
    if msg.is_multipart():
        for part in msg.get_payload():
            out += mail_texts(part)
        return out
    ctype = msg.get_content_type()
    if ctype == "message/rfc822":
        for inner in msg.get_payload():
            out += mail_texts(inner)
        return out
    payload = msg.get_payload(decode=True) or b""
    if ctype.startswith("text/") or ctype in ("message/delivery-status", "message/disposition-notification"):
        text = payload.decode(msg.get_content_charset() or "utf-8", "replace")
        if ctype == "text/html":
            text = html.unescape(re.sub(r"<[^>]+>", " ", text))
        out.append(text)
    else:
        out += file_texts(msg.get_filename() or "", payload)
    return out


def fold(s):
    return re.sub(r"\s+", " ", s or "").strip().casefold()


# ---------------------------------------------------------------- policy
WAKEFIELD_INITIAL = {"current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation",
                     "police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement",
                     "registered_sex_offender", "negotiated_attendance"}
CALDERDALE_ATTEND = {"current_investigation", "wilful_neglect_investigation", "previous_investigation_escalation",
                     "prior_unit_involvement", "registered_sex_offender", "negotiated_attendance"}
REVIEW_DISCUSS = {"child_sexual_exploitation", "current_investigation", "registered_sex_offender", "police_protection",
                  "domestic_abuse_current_involvement", "wilful_neglect_investigation"}


def decide(lab):
    req = set(lab["flags_required"])
    if req & {"not_an_invitation", "unverified_sender", "encrypted_unreadable", "cancelled"}:
        return "manual_review"
    crit = set(lab["criteria"] or [])
    tick = lab["police_attendance_requested"]
    both_or_neither = "tickbox_ambiguous" in req
    district = lab["district"]
    if lab["kind"] in ("initial", "transfer_in"):
        if district == "leeds":
            if crit & (WAKEFIELD_INITIAL - {"child_sexual_exploitation"}):
                return "attend"
            if "child_sexual_exploitation" in crit:
                return "discuss"
        elif district == "calderdale":
            if crit & CALDERDALE_ATTEND:
                return "attend"
            if crit:
                return "discuss"
        else:  # wakefield; kirklees and bradford with the Wakefield rules
            if crit & WAKEFIELD_INITIAL:
                return "attend"
        if tick is True or (both_or_neither and "both-ticked" in lab["tags"]):
            return "discuss"
        return "report_only"
    if "core_group_member" in crit:
        return "attend"
    if crit & REVIEW_DISCUSS or tick is True:
        return "discuss"
    return "report_only"


def check_case(eml: Path, lab: dict) -> list[str]:
    errs = []
    if list(lab.keys()) != KEYS:
        errs.append(f"label keys differ from the sample format: {list(lab.keys())}")
    msg = email.message_from_bytes(eml.read_bytes())
    rday = received_day(msg)
    if not dt.date(2026, 12, 7) <= rday <= dt.date(2027, 1, 22):
        errs.append(f"received {rday} outside 2026-12-07..2027-01-22")
    auth = msg.get("Authentication-Results", "")
    if auth and re.search(r"(dkim|spf|dmarc)=(fail|softfail|none)", auth):
        errs.append("Authentication-Results not pass")
    texts = mail_texts(msg)
    blob = fold(" ".join(texts))
    # district
    sender = msg.get("From", "")
    dist = domain_district(sender)
    if dist is None and "westyorkshire.police.uk" in sender.lower():
        m = re.search(r"[\w.\-]+@([\w\-]+\.)*(wakefield|leeds|calderdale|kirklees|bradford)\.gov\.uk", blob)
        dist = domain_district(m.group(0)) if m else None
    if lab["district"] is not None and lab["district"] != dist:
        errs.append(f"district {lab['district']} but the sender gives {dist}")
    # criteria ids
    for c in lab["criteria"] or []:
        if c not in CRITERIA:
            errs.append(f"unknown criterion {c}")
    # dates and deadlines
    if lab["decision"] != "manual_review":
        conf = dt.date.fromisoformat(lab["date"])
        if not working(conf) or conf <= rday:
            errs.append(f"conference {conf} is not a working day after receipt {rday}")
        n = 1 if lab["district"] == "leeds" else 3
        due = back(conf, n)
        if lab["report_due"] != due.isoformat():
            errs.append(f"report_due {lab['report_due']} != {due}")
        nwd = count_after(rday, conf)
        if lab["notice_working_days"] != nwd:
            errs.append(f"notice_working_days {lab['notice_working_days']} != {nwd}")
        initial = lab["kind"] in ("initial", "transfer_in")
        minimum = {"wakefield": 5 if initial else None, "leeds": 5 if initial else 10}.get(lab["district"])
        ok = None if minimum is None else nwd >= minimum
        if lab["notice_ok"] != ok:
            errs.append(f"notice_ok {lab['notice_ok']} != {ok}")
        if (ok is False) != ("late_notice" in lab["flags_required"]):
            errs.append("late_notice flag inconsistent")
        if (due < rday) != ("deadline_passed" in lab["flags_required"]):
            errs.append("deadline_passed flag inconsistent")
        if not re.search(r"\b" + re.escape(str(conf.day)), blob):
            errs.append("conference day number not visible")
    want = decide(lab)
    if lab["decision"] != want:
        errs.append(f"decision {lab['decision']} but POLICY.md gives {want}")
    conflict = lab["decision"] == "attend" and lab["police_attendance_requested"] is False
    if conflict != ("tickbox_conflict" in lab["flags_required"]):
        errs.append("tickbox_conflict flag inconsistent")
    if set(lab["flags_required"]) & set(lab["flags_forbidden"]):
        errs.append("a flag is both required and forbidden")
    # names visible
    names = [c["name"] for c in lab["children"] or []] + list(lab["adults"] or [])
    for name in names:
        if fold(name) not in blob:
            errs.append(f"name not visible in the mail: {name}")
    return errs


def main():
    cases = sorted(HERE.glob("v-*.eml"))
    bad = 0
    decisions, criteria, layouts = Counter(), Counter(), Counter()
    for eml in cases:
        lab = json.loads(eml.with_suffix(".json").read_text())
        errs = check_case(eml, lab)
        decisions[lab["decision"]] += 1
        layouts[eml.name[2:5]] += 1
        for c in lab["criteria"] or []:
            criteria[c] += 1
        if errs:
            bad += 1
            print(f"FAIL {eml.name}")
            for e in errs:
                print("   -", e)
    print(f"{len(cases)} cases, {bad} failing")
    print("layouts:", dict(sorted(layouts.items())))
    print("decisions:", dict(decisions))
    print("criteria:", dict(sorted(criteria.items())))
    missing = CRITERIA - set(criteria)
    if missing:
        print("criteria never used:", sorted(missing))
    if len(cases) != 35 or any(v != 7 for v in layouts.values()):
        print("expected 5 layouts x 7 cases")
        bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
