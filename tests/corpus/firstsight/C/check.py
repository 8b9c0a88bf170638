#!/usr/bin/env python3
"""Self-check for set C. Re-reads every .eml (headers, text/plain, text/html, .docx and .pdf
attachments) and checks each label against POLICY.md with its own implementation of working
days, deadlines and the decision rules (it does not use gen/common.py). Case facts the author
intended (tick state, evidence quotes, dates as written) are read from gen/cases*.py.
Prints one line per failure and 'N failing' at the end."""
from __future__ import annotations

import datetime as dt
import email
import email.policy
import html
import io
import json
import re
import sys
import unicodedata
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "gen"))
import cases141_142, cases143, cases144_145  # noqa: E402  (case data only)

CASES = {c["id"]: c for c in cases141_142.CASES + cases143.CASES + cases144_145.CASES}
LONDON = ZoneInfo("Europe/London")
HOLIDAYS = {dt.date(2026, 12, 25), dt.date(2026, 12, 28), dt.date(2027, 1, 1), dt.date(2027, 3, 26),
            dt.date(2027, 3, 29)}
ALLOW = {"wakefield.gov.uk": "wakefield", "leeds.gov.uk": "leeds", "calderdale.gov.uk": "calderdale",
         "kirklees.gov.uk": "kirklees", "bradford.gov.uk": "bradford"}
MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
CRITERIA = {"current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation",
            "police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement",
            "registered_sex_offender", "negotiated_attendance", "prior_unit_involvement", "core_group_member"}

failures: list[str] = []


def fail(case, msg):
    failures.append(f"{case}: {msg}")


def fold(t):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", t or "")).strip().casefold()


def working(d):
    return d.weekday() < 5 and d not in HOLIDAYS


def minus_wd(d, n):
    while n > 0:
        d = d - dt.timedelta(days=1)
        n -= working(d)
    return d


def wd_between(a, b):
    return sum(1 for i in range(1, (b - a).days + 1) if working(a + dt.timedelta(days=i)))


def parse_date(text):
    t = text.strip()
    m = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", t)
    if m:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    m = re.search(r"\b(\d{1,2})[./](\d{1,2})[./](\d{2,4})\b", t)
    if m:
        y = int(m[3])
        y = y + 2000 if y < 100 else y
        return dt.date(y, int(m[2]), int(m[1]))
    m = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?\s+(\d{4})\b", t)
    if m and m[2][:3].lower() in MONTHS:
        return dt.date(int(m[3]), MONTHS[m[2][:3].lower()], int(m[1]))
    return None


class _Strip(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out = []

    def handle_starttag(self, tag, attrs):
        if tag in ("p", "br", "tr", "li", "table", "div", "th", "td", "pre"):
            self.out.append("\n" if tag not in ("td", "th") else " ")

    def handle_data(self, data):
        self.out.append(data)


def html_text(s):
    p = _Strip()
    p.feed(s)
    return html.unescape("".join(p.out))


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def pdf_text(data):
    import pdfplumber
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(p.extract_text() or "" for p in pdf.pages)


def read_eml(path):
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    texts, attachments = [], []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        fname = part.get_filename()
        if fname:
            data = part.get_payload(decode=True)
            attachments.append(fname)
            if fname.endswith(".docx"):
                texts.append(docx_text(data))
            elif fname.endswith(".pdf"):
                texts.append(pdf_text(data))
        elif ctype == "text/plain":
            texts.append(part.get_content())
        elif ctype == "text/html":
            texts.append(html_text(part.get_content()))
    texts.append(str(msg["Subject"]))
    return msg, "\n".join(texts), attachments


def sender_district(msg):
    addr = email.utils.parseaddr(str(msg["From"]))[1].lower()
    dom = addr.split("@")[-1]
    if dom.endswith(".cjsm.net"):
        dom = dom[: -len(".cjsm.net")]
    auth = str(msg.get("Authentication-Results") or "")
    if re.search(r"\b(dmarc|dkim|spf)=fail", auth):
        return None, "auth-fail"
    for allowed, district in ALLOW.items():
        if dom == allowed or dom.endswith("." + allowed):
            return district, "ok"
    return None, "not-allowed"


def decide(district, kind, crit, tick_state, manual):
    if manual:
        return "manual_review"
    crit = set(crit)
    wlist = {"current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation",
             "police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement",
             "registered_sex_offender", "negotiated_attendance"}
    asks = tick_state in ("required", "both")
    if kind in ("initial", "transfer_in"):
        if district in ("wakefield", "kirklees", "bradford"):
            if crit & wlist:
                return "attend"
        elif district == "leeds":
            if crit & (wlist - {"child_sexual_exploitation"}):
                return "attend"
            if "child_sexual_exploitation" in crit:
                return "discuss"
        elif district == "calderdale":
            if crit & {"current_investigation", "wilful_neglect_investigation", "previous_investigation_escalation",
                       "prior_unit_involvement", "registered_sex_offender", "negotiated_attendance"}:
                return "attend"
            if crit & {"police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement"}:
                return "discuss"
        return "discuss" if asks else "report_only"
    if "core_group_member" in crit:
        return "attend"
    if crit & {"child_sexual_exploitation", "current_investigation", "registered_sex_offender", "police_protection",
               "domestic_abuse_current_involvement", "wilful_neglect_investigation"} or tick_state == "required":
        return "discuss"
    return "report_only"


def check_case(eml: Path):
    cid = eml.name[:8]
    lab = json.loads(eml.with_suffix(".json").read_text())
    c = CASES.get(cid)
    if c is None:
        return fail(cid, "no case definition")
    if not re.fullmatch(r"C-14[1-5]-0[1-7]-[a-z0-9-]+\.eml", eml.name):
        fail(cid, f"bad file name {eml.name}")
    msg, text, attachments = read_eml(eml)
    ftext = fold(text)
    sources = fold(" ".join(lab.get("source_texts") or []))

    # received day (newest Received header = first one)
    received = msg.get_all("Received")
    day = parsedate_to_datetime(received[0].rsplit(";", 1)[1].strip()).astimezone(LONDON).date()

    # district / sender
    district, why = sender_district(msg)
    if lab["district"] != district:
        fail(cid, f"district {lab['district']} but sender gives {district} ({why})")
    unverified = why != "ok"
    if unverified != ("unverified_sender" in lab["flags_required"]):
        fail(cid, "unverified_sender flag does not match the sender check")

    # kind of message
    is_cancel = bool(re.search(r"\bcancel+ed\b", ftext))
    if is_cancel != ("cancelled" in lab["flags_required"]):
        fail(cid, "cancelled flag does not match the text")
    not_inv = "not_an_invitation" in lab["flags_required"]
    if not_inv and not re.search(r"minutes|child protection plan", ftext):
        fail(cid, "not_an_invitation without minutes/plan wording")
    manual = unverified or is_cancel or not_inv

    # tick box
    ts = c["tick_state"]
    want_tick = {"required": True, "report": False}.get(ts)
    if lab["police_attendance_requested"] != want_tick:
        fail(cid, f"tick {lab['police_attendance_requested']} but form state {ts}")
    if (ts in ("both", "neither")) != ("tickbox_ambiguous" in lab["flags_required"]):
        fail(cid, "tickbox_ambiguous does not match the form")
    if ts == "both" and ftext.count("☒") < 2:
        fail(cid, "both boxes said to be ticked but fewer than two ☒")
    if ts == "neither" and "[ ] attendance required" not in ftext:
        fail(cid, "neither box: empty boxes not found")

    # criteria and evidence
    if set(lab["criteria"]) != set(c["criteria"]) or not set(lab["criteria"]) <= CRITERIA:
        fail(cid, f"criteria mismatch {lab['criteria']} vs {sorted(c['criteria'])}")
    for crit, quote in c["criteria"].items():
        if fold(quote) not in ftext:
            fail(cid, f"evidence for {crit} not in the extracted text: {quote[:60]!r}")
        if fold(quote) not in sources:
            fail(cid, f"evidence for {crit} not in source_texts")

    # decision
    want = decide(lab["district"], lab["kind"], lab["criteria"], ts, manual)
    if lab["decision"] != want:
        fail(cid, f"decision {lab['decision']} but rules give {want}")

    # conference date, time, kind
    if lab["date"] is not None:
        dtxt = c["date_text"]
        if fold(dtxt) not in ftext:
            fail(cid, f"conference date text {dtxt!r} not in email")
        if parse_date(dtxt) != dt.date.fromisoformat(lab["date"]):
            fail(cid, f"conference date {lab['date']} != parsed {parse_date(dtxt)}")
        if dt.date.fromisoformat(lab["date"]) <= day and not is_cancel:
            fail(cid, "conference not after the received day")
    elif not not_inv:
        fail(cid, "no conference date on an invitation")
    kinds = {"initial": r"\binitial\b|\bicpc\b", "review": r"\breview\b|\brcpc\b", "transfer_in": r"transfer-in|transfer in"}
    if lab["kind"] and not re.search(kinds[lab["kind"]], ftext):
        fail(cid, f"kind {lab['kind']} not stated")
    if lab["pre_birth"] and "pre-birth" not in ftext:
        fail(cid, "pre_birth not stated")

    # deadlines
    if manual:
        if any(lab[k] is not None for k in ("report_due", "notice_working_days", "notice_ok")):
            fail(cid, "manual case should leave deadlines unscored")
    else:
        conf = dt.date.fromisoformat(lab["date"])
        n_back = 1 if lab["district"] == "leeds" else 3
        due = minus_wd(conf, n_back)
        if lab["report_due"] != due.isoformat():
            fail(cid, f"report_due {lab['report_due']} != {due}")
        notice = wd_between(day, conf)
        if lab["notice_working_days"] != notice:
            fail(cid, f"notice {lab['notice_working_days']} != {notice}")
        initial = lab["kind"] in ("initial", "transfer_in")
        mn = {"wakefield": 5 if initial else None, "leeds": 5 if initial else 10}.get(lab["district"])
        ok = None if mn is None else notice >= mn
        if lab["notice_ok"] != ok:
            fail(cid, f"notice_ok {lab['notice_ok']} != {ok}")
        if (ok is False) != ("late_notice" in lab["flags_required"]):
            fail(cid, "late_notice flag wrong")
        if (due < day) != ("deadline_passed" in lab["flags_required"]):
            fail(cid, "deadline_passed flag wrong")
        conflict = lab["police_attendance_requested"] is False and lab["decision"] == "attend"
        if conflict != ("tickbox_conflict" in lab["flags_required"]):
            fail(cid, "tickbox_conflict flag wrong")
        for f in ("late_notice", "deadline_passed", "tickbox_conflict", "tickbox_ambiguous"):
            if f not in lab["flags_required"] and f not in lab["flags_forbidden"]:
                fail(cid, f"{f} neither required nor forbidden")
    if set(lab["flags_required"]) & set(lab["flags_forbidden"]):
        fail(cid, "a flag both required and forbidden")

    # people
    if not lab["children"] or not lab["adults"]:
        fail(cid, "children or adults empty")
    for (name, dob, dob_text), got in zip(c["children"], lab["children"]):
        if got != {"name": name, "date_of_birth": dob}:
            fail(cid, f"child label {got} != case {name} {dob}")
        for tok in name.split():
            if fold(tok) not in ftext:
                fail(cid, f"child name part {tok!r} not in email")
        if dob is not None:
            if fold(dob_text) not in ftext:
                fail(cid, f"DOB text {dob_text!r} for {name} not in email")
            if parse_date(dob_text) != dt.date.fromisoformat(dob):
                fail(cid, f"DOB {dob} != parsed {dob_text!r}")
    for name in lab["adults"]:
        for tok in name.split():
            if fold(tok) not in ftext:
                fail(cid, f"adult name part {tok!r} not in email")
    if len(set(map(fold, lab["adults"]))) != len(lab["adults"]):
        fail(cid, "duplicate adult")

    # harm categories stated
    for h in lab["harm_categories"] or []:
        if h not in ftext:
            fail(cid, f"harm category {h} not in text")
    # every source text should be something the email really carries (spot check: long ones)
    # (table rows are listed cell-joined, so fall back to checking every word of the row)
    ftext_files = ftext + " " + fold(" ".join(attachments))
    for s in lab["source_texts"]:
        if len(s) > 40 and "\n" not in s and fold(s) not in ftext_files:
            missing = [w for w in fold(s).split() if w not in ftext_files]
            if missing:
                fail(cid, f"source text not found in extracted text: {s[:60]!r} (missing {missing[:3]})")
    return cid


def main():
    emls = sorted(HERE.glob("C-*.eml"))
    layouts = {}
    for e in emls:
        layouts.setdefault(e.name[2:5], []).append(e)
        check_case(e)
    if len(emls) != 35 or sorted(layouts) != ["141", "142", "143", "144", "145"] or any(len(v) != 7 for v in layouts.values()):
        failures.append(f"expected 5 layouts x 7 emails, got {[(k, len(v)) for k, v in sorted(layouts.items())]}")
    for e in emls:
        if not e.with_suffix(".json").exists():
            failures.append(f"{e.name}: no label")
    for f in failures:
        print("FAIL", f)
    print(f"{len(emls)} cases checked, {len(failures)} failing")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
