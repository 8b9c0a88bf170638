#!/usr/bin/env python3
"""Self-check for set D: re-read every .eml and check its label against POLICY.md.

Independent of gen/: parses the mail with the standard library, extracts text from the
plain/HTML parts and from .docx (python-docx) and .pdf (pdfplumber) attachments, and
recomputes district, received day, deadlines, flags and the decision.  Evidence quotes for
every labelled criterion come from gen/evidence.json and must be verbatim in the extracted text.
Run with an interpreter that has python-docx and pdfplumber:  python check.py
"""
from __future__ import annotations

import datetime as dt
import email
import html
import io
import json
import re
import sys
from email import policy
from email.utils import parsedate_to_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
LONDON = ZoneInfo("Europe/London")
BANK_HOLIDAYS = {dt.date(2026, 8, 31), dt.date(2026, 12, 25), dt.date(2026, 12, 28), dt.date(2027, 1, 1),
                 dt.date(2027, 3, 26), dt.date(2027, 3, 29)}
ALLOW = {"wakefield.gov.uk": "wakefield", "leeds.gov.uk": "leeds", "calderdale.gov.uk": "calderdale",
         "kirklees.gov.uk": "kirklees", "bradford.gov.uk": "bradford"}
KEYS = ["district", "kind", "pre_birth", "date", "time", "police_attendance_requested", "harm_categories", "children",
        "adults", "criteria", "decision", "report_due", "notice_working_days", "notice_ok", "flags_required",
        "flags_forbidden", "source_texts", "tags", "notes"]
CRITERIA = {"current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation",
            "police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement",
            "registered_sex_offender", "negotiated_attendance", "prior_unit_involvement", "core_group_member"}
FLAGS = {"late_notice", "deadline_passed", "missing_reason", "missing_family_details", "missing_conference_date",
         "unverified_sender", "unreadable_attachment", "encrypted_unreadable", "no_booking_form", "tickbox_conflict",
         "tickbox_ambiguous", "not_an_invitation", "rescheduled", "cancelled", "possible_duplicate", "district_unknown"}
MARKED, EMPTY = "\u2612", "\u2610"


def fold(s: str) -> str:
    return re.sub(r"\s+", " ", s or "").strip().casefold()


def is_wd(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def back_wd(d, n):
    while n:
        d -= dt.timedelta(days=1)
        if is_wd(d):
            n -= 1
    return d


def wd_after(recv, conf):
    n, d = 0, recv
    while d < conf:
        d += dt.timedelta(days=1)
        n += is_wd(d)
    return n


def district_of(addr: str):
    dom = addr.rsplit("@", 1)[-1].lower().strip(">")
    if dom.endswith(".cjsm.net"):
        dom = dom[: -len(".cjsm.net")]
    for allowed, name in ALLOW.items():
        if dom == allowed or dom.endswith("." + allowed):
            return name
    return None


def received_day(msg):
    recs = msg.get_all("Received") or []
    if recs:
        stamp = str(recs[0]).rsplit(";", 1)[-1].strip()
    else:
        stamp = msg["Date"]
    return parsedate_to_datetime(stamp).astimezone(LONDON).date()


def html_text(doc):
    doc = re.sub(r"(?is)<(script|style).*?</\1>", " ", doc)
    doc = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</h\d>|</li>", "\n", doc)
    doc = re.sub(r"(?i)</td>|</th>", " ", doc)
    return html.unescape(re.sub(r"<[^>]+>", "", doc))


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            out.append(" | ".join(c.text for c in row.cells))
    return "\n".join(out)


def pdf_text(data):
    import pdfplumber
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def extract(msg):
    texts, unreadable, forms = [str(msg["Subject"] or "")], [], 0
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        fname = part.get_filename() or ""
        if ctype == "text/plain" and not fname:
            texts.append(part.get_content())
        elif ctype == "text/html" and not fname:
            texts.append(html_text(part.get_content()))
        elif fname:
            data = part.get_payload(decode=True)
            try:
                if fname.lower().endswith(".docx"):
                    texts.append(docx_text(data))
                    forms += 1
                elif fname.lower().endswith(".pdf"):
                    texts.append(pdf_text(data))
                    forms += 1
                else:
                    unreadable.append(fname)
            except Exception:  # noqa: BLE001 - any failure means the attachment cannot be read
                unreadable.append(fname)
    return "\n".join(texts), unreadable, forms


def read_police_tick(text):
    """(state, ambiguous) from a tick line that names attendance and report; None when there is none."""
    for line in text.splitlines():
        low = line.lower()
        if "attend" in low and "report" in low and (MARKED in line or EMPTY in line or "[x]" in low or "[ ]" in low):
            marks = re.findall(r"(\u2612|\u2610|\[X\]|\[ \])\s*([A-Za-z ]+?)(?=\s*(?:\u2612|\u2610|\[X\]|\[ \])|$)", line)
            on = [lab.strip().lower() for g, lab in marks if g in (MARKED, "[X]")]
            if len(on) == 1:
                return (on[0].startswith("attend")), False
            return None, True
        m = re.search(r"police attendance required:\s*(yes|no)\b", low)
        if m:
            return m.group(1) == "yes", False
    return None, False


def date_variants(d: dt.date):
    months = d.strftime("%B")
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d.day, "th")
    return [d.strftime("%d/%m/%Y"), d.strftime("%d.%m.%y"), d.strftime("%d.%m.%Y"), d.strftime("%d/%m/%y"),
            f"{d.day} {months} {d.year}", f"{d.day}{suffix} {months} {d.year}", f"{d.day} {d.strftime('%b')} {d.year}",
            f"{d.day}{suffix} {d.strftime('%b')} {d.year}", d.strftime("%d/%m"), f"{d.day}{suffix} {months}",
            f"{d.day} {months}"]


def decide(district, kind, crit, tick, both):
    rules = "wakefield" if district in ("kirklees", "bradford") else district
    c = set(crit)
    w_list = {"current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation",
              "police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement",
              "registered_sex_offender", "negotiated_attendance"}
    if kind in ("initial", "transfer_in"):
        if rules == "wakefield" and c & w_list:
            return "attend"
        if rules == "leeds":
            if c & (w_list - {"child_sexual_exploitation"}):
                return "attend"
            if "child_sexual_exploitation" in c:
                return "discuss"
        if rules == "calderdale":
            if c & {"current_investigation", "wilful_neglect_investigation", "previous_investigation_escalation",
                    "prior_unit_involvement", "registered_sex_offender", "negotiated_attendance"}:
                return "attend"
            if c & {"police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement"}:
                return "discuss"
        return "discuss" if (tick is True or both) else "report_only"
    if "core_group_member" in c:
        return "attend"
    if c & {"child_sexual_exploitation", "current_investigation", "registered_sex_offender", "police_protection",
            "domestic_abuse_current_involvement", "wilful_neglect_investigation"} or tick is True:
        return "discuss"
    return "report_only"


def check_case(eml: Path, evidence: dict) -> list[str]:
    errs = []
    label = json.loads(eml.with_suffix(".json").read_text())
    if list(label) != KEYS:
        errs.append(f"label keys differ: {list(label)}")
    if not re.fullmatch(r"D-(14[6-9]|150)-0[1-7]-[a-z]+-[a-z-]+-[a-z0-9-]+", eml.stem):
        errs.append("file name does not follow SET-LLL-NN-district-kind-desc")
    msg = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    text, unreadable, forms = extract(msg)
    ftext = fold(text)
    req, forb = set(label["flags_required"]), set(label["flags_forbidden"])
    if req & forb:
        errs.append(f"flag both required and forbidden: {req & forb}")
    if (req | forb) - FLAGS:
        errs.append(f"unknown flags {(req | forb) - FLAGS}")
    if set(label["criteria"]) - CRITERIA:
        errs.append(f"unknown criteria {set(label['criteria']) - CRITERIA}")

    # district / sender
    sender = email.utils.parseaddr(str(msg["From"]))[1]
    dist = district_of(sender)
    if dist != label["district"]:
        errs.append(f"district {label['district']} but sender says {dist}")
    if dist is None and "unverified_sender" not in req:
        errs.append("unverified sender without the flag")
    if dist is not None and "unverified_sender" in req:
        errs.append("verified sender flagged unverified")

    # unreadable attachments
    if unreadable and "unreadable_attachment" not in req:
        errs.append(f"unreadable attachment {unreadable} not flagged")
    if not unreadable and "unreadable_attachment" in req:
        errs.append("unreadable_attachment required but every attachment reads")

    # tick box
    tick, ambiguous = read_police_tick(text)
    if tick != label["police_attendance_requested"]:
        errs.append(f"tick read {tick}, label {label['police_attendance_requested']}")
    mr = bool(req & {"cancelled", "not_an_invitation", "unverified_sender", "encrypted_unreadable"}) or \
        ({"unreadable_attachment", "no_booking_form"} <= req)
    if ambiguous and not mr and "tickbox_ambiguous" not in req:
        errs.append("both/neither boxes marked but tickbox_ambiguous not required")
    if not ambiguous and "tickbox_ambiguous" in req:
        errs.append("tickbox_ambiguous required but the boxes read clearly")
    both = False
    for line in text.splitlines():
        if "attend" in line.lower() and "report" in line.lower() and line.count(MARKED) >= 2:
            both = True

    # decision
    want = "manual_review" if mr else decide(label["district"], label["kind"], label["criteria"],
                                             label["police_attendance_requested"], both)
    if want != label["decision"]:
        errs.append(f"decision {label['decision']} but policy gives {want}")
    if label["decision"] == "attend" and label["police_attendance_requested"] is False and "tickbox_conflict" not in req:
        errs.append("tickbox_conflict missing")
    if "tickbox_conflict" in req and not (label["decision"] == "attend" and label["police_attendance_requested"] is False):
        errs.append("tickbox_conflict required without attend + report tick")

    # dates and deadlines
    rday = received_day(msg)
    if label["date"]:
        conf = dt.date.fromisoformat(label["date"])
        if not any(fold(v) in ftext for v in date_variants(conf)):
            errs.append(f"conference date {conf} not found in the text")
        if conf <= rday and "deadline_passed" not in req and not mr:
            errs.append("conference not after the received day")
    if label["report_due"] is not None:
        n = {"leeds": 1}.get(label["district"], 3)
        due = back_wd(dt.date.fromisoformat(label["date"]), n)
        if due.isoformat() != label["report_due"]:
            errs.append(f"report_due {label['report_due']} != {due}")
        notice = wd_after(rday, dt.date.fromisoformat(label["date"]))
        if notice != label["notice_working_days"]:
            errs.append(f"notice {label['notice_working_days']} != {notice}")
        initial = label["kind"] in ("initial", "transfer_in")
        minimum = {"wakefield": 5 if initial else None, "leeds": 5 if initial else 10}.get(label["district"])
        ok = None if minimum is None else notice >= minimum
        if ok != label["notice_ok"]:
            errs.append(f"notice_ok {label['notice_ok']} != {ok}")
        if (ok is False) != ("late_notice" in req):
            errs.append("late_notice flag wrong")
        if (due < rday) != ("deadline_passed" in req):
            errs.append("deadline_passed flag wrong")
        if "late_notice" not in forb and ok is not False and not mr:
            errs.append("late_notice should be forbidden")
    if label["time"]:
        h, m = map(int, label["time"].split(":"))
        h12 = h - 12 if h > 12 else h
        cands = [label["time"], f"{h}:{m:02d}", f"{h}.{m:02d}", f"{h:02d}.{m:02d}", f"{h12}.{m:02d}", f"{h12}pm", f"{h12}am",
                 f"{h12} pm", f"{h12}.{m:02d}pm", f"{h12}.{m:02d}am", f"{h12}.{m:02d} am", f"{h12}.{m:02d} pm",
                 f"{h12}.{m:02d}", f"{h:02d}{m:02d}"]
        if not any(fold(c_) in ftext for c_ in cands):
            errs.append(f"time {label['time']} not found")

    # people
    for ch in label["children"]:
        if fold(ch["name"]) not in ftext:
            errs.append(f"child {ch['name']} not in text")
        if ch["date_of_birth"]:
            dob = dt.date.fromisoformat(ch["date_of_birth"]).strftime("%d/%m/%Y")
            if dob not in text:
                errs.append(f"DOB {dob} of {ch['name']} not in text")
    for ad in label["adults"]:
        if fold(ad) not in ftext:
            errs.append(f"adult {ad} not in text")

    # evidence
    ev = evidence.get(eml.stem, {})
    if set(ev) != set(label["criteria"]):
        errs.append(f"evidence ids {sorted(ev)} != criteria {label['criteria']}")
    src = fold(" ".join(label["source_texts"]))
    for cid, quote in ev.items():
        if fold(quote) not in ftext:
            errs.append(f"evidence for {cid} not verbatim in the extracted text: {quote[:60]!r}")
        if fold(quote) not in src:
            errs.append(f"evidence for {cid} not in source_texts")
    if forms == 0 and "no_booking_form" in forb and not text.count("\n") > 20:
        errs.append("no_booking_form forbidden without any form")
    return errs


def main():
    evidence = json.loads((HERE / "gen" / "evidence.json").read_text())
    emls = sorted(HERE.glob("D-*.eml"))
    failing = 0
    counts = {}
    for eml in emls:
        errs = check_case(eml, evidence)
        label = json.loads(eml.with_suffix(".json").read_text())
        counts[label["decision"]] = counts.get(label["decision"], 0) + 1
        if errs:
            failing += 1
            print(f"FAIL {eml.name}")
            for e in errs:
                print("   ", e)
    print(f"{len(emls)} cases, decisions {dict(sorted(counts.items()))}")
    print(f"{failing} failing")
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main())
