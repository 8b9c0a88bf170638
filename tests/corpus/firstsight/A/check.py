#!/usr/bin/env python3
"""Self-check of set A: re-read every .eml and check its label against POLICY.md.

Run with an interpreter that has python-docx and pdfplumber, e.g.
    /work/main/.venv/bin/python check.py
"""
from __future__ import annotations

import datetime as dt
import email
import html as htmlmod
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
HOLIDAYS = {dt.date(2026, 12, 25), dt.date(2026, 12, 28), dt.date(2027, 1, 1), dt.date(2027, 3, 26), dt.date(2027, 3, 29)}
ALLOW = {"wakefield.gov.uk": "wakefield", "leeds.gov.uk": "leeds", "calderdale.gov.uk": "calderdale",
         "kirklees.gov.uk": "kirklees", "bradford.gov.uk": "bradford"}

CUR, PREV, WIL, PP, CSE, DA, RSO, NEG, PRIOR, CG = (
    "current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation", "police_protection",
    "child_sexual_exploitation", "domestic_abuse_current_involvement", "registered_sex_offender",
    "negotiated_attendance", "prior_unit_involvement", "core_group_member")
ALL_CRIT = {CUR, PREV, WIL, PP, CSE, DA, RSO, NEG, PRIOR, CG}
ATT_W = {CUR, PREV, WIL, PP, CSE, DA, RSO, NEG}
ATT_L = ATT_W - {CSE}
ATT_C = {CUR, WIL, PREV, PRIOR, RSO, NEG}
DIS_C = {PP, CSE, DA}
REV_DIS = {CSE, CUR, RSO, PP, DA, WIL}


def fold(s):
    return re.sub(r"\s+", " ", s or "").strip().casefold()


def wd(d):
    return d.weekday() < 5 and d not in HOLIDAYS


def report_due(conf, n):
    d = conf
    while n:
        d -= dt.timedelta(days=1)
        if wd(d):
            n -= 1
    return d


def notice(recv, conf):
    n, d = 0, recv
    while d < conf:
        d += dt.timedelta(days=1)
        n += wd(d)
    return n


def sender_district(addr):
    dom = addr.rsplit("@", 1)[-1].lower().rstrip(">")
    if dom.endswith(".cjsm.net"):
        dom = dom[: -len(".cjsm.net")]
    for good, name in ALLOW.items():
        if dom == good or dom.endswith("." + good):
            return name
    return None


def received_day(msg):
    recs = msg.get_all("Received") or []
    if recs:
        stamp = parsedate_to_datetime(recs[0].rsplit(";", 1)[1].strip())
    else:
        stamp = parsedate_to_datetime(msg["Date"])
    return stamp.astimezone(LONDON).date()


def html_text(h):
    h = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</(p|div|tr|li|table)>", "\n", h)
    h = re.sub(r"<[^>]+>", " ", h)
    return htmlmod.unescape(h).replace("\xa0", " ")


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]

    def tables(ts):
        for t in ts:
            for row in t.rows:
                for cell in row.cells:
                    out.append(cell.text)
                    tables(cell.tables)
    tables(d.tables)
    return "\n".join(out)


def pdf_text(data):
    import pdfplumber
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(p.extract_text() or "" for p in pdf.pages)


def extract(msg):
    parts, unreadable, forms = [str(msg["Subject"] or "")], [], 0
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = part.get_filename()
        if ct == "text/plain" and not fn:
            parts.append(part.get_content())
        elif ct == "text/html" and not fn:
            parts.append(html_text(part.get_content()))
        elif fn:
            data = part.get_payload(decode=True)
            try:
                if fn.lower().endswith(".docx"):
                    parts.append(docx_text(data)); forms += 1
                elif fn.lower().endswith(".pdf"):
                    parts.append(pdf_text(data)); forms += 1
            except Exception:
                unreadable.append(fn)
    return "\n".join(parts), unreadable, forms


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def date_forms(s):
    d = dt.date.fromisoformat(s)
    o = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d.day, "th")
    m = MONTHS[d.month - 1]
    return [f"{d:%d/%m/%Y}", f"{d:%d/%m/%y}", f"{d.day}.{d.month}.{d:%y}", f"{d:%d.%m.%Y}", f"{d:%d.%m.%y}",
            f"{d.day} {m} {d.year}", f"{d.day}{o} {m}", f"{d.day} {m[:3]} {d.year}", f"{d.day}{o} {m[:3]}",
            f"{d.day}/{d.month}/{d:%y}", f"{d.day}.{d.month}.{d.year}", f"{d:%d/%m}"]


def time_forms(t):
    h, mi = map(int, t.split(":"))
    h12 = h - 12 if h > 12 else h
    words = {0: "", 30: "half "}
    forms = [t, f"{h}.{mi:02d}", f"{h12}.{mi:02d}", f"{h12}:{mi:02d}"]
    if mi == 0:
        forms += [f"{h12}am", f"{h12}pm", f"{h12} am", f"{h12} pm", f"at {h12}"]
    if mi == 30:
        forms.append("half " + ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"][h12])
    return forms


def expected_decision(lab, tags):
    req = set(lab["flags_required"])
    if req & {"cancelled", "not_an_invitation", "unverified_sender", "encrypted_unreadable"} or \
            {"unreadable_attachment", "no_booking_form"} <= req:
        return "manual_review"
    if lab["kind"] is None or lab["date"] is None:
        return "manual_review"
    crit = set(lab["criteria"])
    tick = lab["police_attendance_requested"]
    both = "tick-both" in tags
    dist = lab["district"]
    if lab["kind"] in ("initial", "transfer_in"):
        if dist == "leeds":
            if crit & ATT_L:
                return "attend"
            if CSE in crit:
                return "discuss"
        elif dist == "calderdale":
            if crit & ATT_C:
                return "attend"
            if crit & DIS_C:
                return "discuss"
        else:  # wakefield, kirklees, bradford
            if crit & ATT_W:
                return "attend"
        return "discuss" if tick is True or both else "report_only"
    if CG in crit:
        return "attend"
    if crit & REV_DIS or tick is True:
        return "discuss"
    return "report_only"


def main():
    evidence = json.loads((HERE / "gen" / "evidence.json").read_text())
    fails, n = [], 0
    counts = {}
    for eml in sorted(HERE.glob("A-*.eml")):
        n += 1
        stem = eml.stem
        lab = json.loads(eml.with_suffix(".json").read_text())
        tags = set(lab.get("tags") or [])
        msg = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
        bad = lambda why: fails.append(f"{stem}: {why}")  # noqa: E731
        text, unreadable, forms = extract(msg)
        ft = fold(text)
        src = fold(" ".join(lab["source_texts"]))
        recv = received_day(msg)
        if not (dt.date(2026, 11, 15) <= recv <= dt.date(2027, 1, 31)):
            bad(f"received {recv} out of range")
        # district
        sd = sender_district(str(msg["From"].addresses[0].addr_spec))
        if sd != lab["district"]:
            bad(f"district {lab['district']} but sender gives {sd}")
        req = set(lab["flags_required"])
        forb = set(lab["flags_forbidden"])
        if req & forb:
            bad(f"flag both required and forbidden: {req & forb}")
        if sd is None and "unverified_sender" not in req:
            bad("unverified sender without flag")
        if sd is not None and "unverified_sender" in req:
            bad("verified sender flagged unverified")
        # unreadable attachments
        if unreadable and "unreadable_attachment" not in req:
            bad(f"unreadable attachment {unreadable} not flagged")
        if not unreadable and "unreadable_attachment" in req:
            bad("unreadable_attachment required but every attachment opened")
        # dates and deadlines
        if lab["date"]:
            conf = dt.date.fromisoformat(lab["date"])
            if conf <= recv:
                bad("conference not after receipt")
            if not any(fold(f) in ft for f in date_forms(lab["date"])):
                bad(f"conference date {lab['date']} not found in text")
            if lab["time"] and not any(fold(f) in ft for f in time_forms(lab["time"])):
                bad(f"time {lab['time']} not found in text")
            if lab["report_due"] is not None:
                due = report_due(conf, 1 if lab["district"] == "leeds" else 3)
                if lab["report_due"] != due.isoformat():
                    bad(f"report_due {lab['report_due']} != {due}")
                nw = notice(recv, conf)
                if lab["notice_working_days"] != nw:
                    bad(f"notice {lab['notice_working_days']} != {nw}")
                mins = {("wakefield", "initial"): 5, ("wakefield", "transfer_in"): 5, ("leeds", "initial"): 5,
                        ("leeds", "transfer_in"): 5, ("leeds", "review"): 10}
                mn = mins.get((lab["district"], lab["kind"]))
                ok = None if mn is None else nw >= mn
                if lab["notice_ok"] != ok:
                    bad(f"notice_ok {lab['notice_ok']} != {ok}")
                if (ok is False) != ("late_notice" in req):
                    bad("late_notice flag inconsistent")
                if ok is not False and "late_notice" not in forb:
                    bad("late_notice should be forbidden")
                if (due < recv) != ("deadline_passed" in req):
                    bad("deadline_passed flag inconsistent")
                if due >= recv and "deadline_passed" not in forb:
                    bad("deadline_passed should be forbidden")
        elif lab["decision"] != "manual_review":
            bad("no date but not manual_review")
        # tick box flags
        tick = lab["police_attendance_requested"]
        if (tick is False and lab["decision"] == "attend") != ("tickbox_conflict" in req):
            bad("tickbox_conflict inconsistent")
        amb = bool(tags & {"tick-both", "tick-neither"})
        if amb != ("tickbox_ambiguous" in req):
            bad("tickbox_ambiguous inconsistent with tags")
        if amb and tick is not None:
            bad("ambiguous tick must be null")
        # decision
        exp = expected_decision(lab, tags)
        if exp != lab["decision"]:
            bad(f"decision {lab['decision']} but rules give {exp}")
        counts[lab["decision"]] = counts.get(lab["decision"], 0) + 1
        # criteria and evidence
        crit = set(lab["criteria"])
        if crit - ALL_CRIT:
            bad(f"unknown criteria {crit - ALL_CRIT}")
        ev = evidence.get(stem, {})
        if set(ev) != crit:
            bad(f"evidence keys {sorted(ev)} != criteria {sorted(crit)}")
        for c, q in ev.items():
            if fold(q) not in ft:
                bad(f"evidence for {c} not in extracted text: {q[:60]!r}")
            if fold(q) not in src:
                bad(f"evidence for {c} not in source_texts: {q[:60]!r}")
        # people
        for ch in lab["children"] or []:
            if fold(ch["name"]) not in ft:
                bad(f"child {ch['name']} not in text")
            if ch["date_of_birth"] and not any(fold(f) in ft for f in date_forms(ch["date_of_birth"])[:5]):
                bad(f"DOB {ch['date_of_birth']} of {ch['name']} not in text")
        for a in lab["adults"] or []:
            if fold(a) not in ft:
                bad(f"adult {a} not in text")
        if lab["decision"] != "manual_review" and (not lab["children"] or not lab["adults"]):
            bad("decided case without child or adult")
        for h in lab["harm_categories"] or []:
            if h not in ft:
                bad(f"harm category {h} not stated")
        # every source text really is in the email (white space folded)
        for s in lab["source_texts"]:
            fs = fold(s)
            if fs and fs not in ft and fs not in fold(str(msg["Subject"])):
                # attachment file names are in MIME headers, not the text
                if not any(fold(p.get_filename() or "") == fs for p in msg.walk()):
                    bad(f"source text not found in the email: {s[:50]!r}")
    for f in fails:
        print("FAIL", f)
    print(f"{n} cases checked; decisions {counts}; {len(fails)} failing")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
