#!/usr/bin/env python3
"""Independent check of set z: re-reads every .eml (not the generators) and checks its label
against /work/shared/POLICY.md. Run with /work/main/.venv/bin/python check.py ; prints 'N failing'."""
from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
import html.parser
import io
import json
import re
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
LONDON = ZoneInfo("Europe/London")


# ------------------------------------------------------------ bank holidays (computed, not listed)
def easter(y: int) -> dt.date:
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return dt.date(y, month, day)


def first_monday(y, m):
    d = dt.date(y, m, 1)
    return d + dt.timedelta(days=(7 - d.weekday()) % 7)


def last_monday(y, m):
    d = dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
    return d - dt.timedelta(days=d.weekday())


def bank_holidays(y: int) -> set[dt.date]:
    out = set()
    ny = dt.date(y, 1, 1)
    out.add(ny if ny.weekday() < 5 else ny + dt.timedelta(days=7 - ny.weekday()))
    e = easter(y)
    out |= {e - dt.timedelta(days=2), e + dt.timedelta(days=1)}
    out |= {first_monday(y, 5), last_monday(y, 5), last_monday(y, 8)}
    xmas, boxing = dt.date(y, 12, 25), dt.date(y, 12, 26)
    taken = set()
    for d in (xmas, boxing):
        if d.weekday() < 5:
            taken.add(d)
    for d in (xmas, boxing):
        if d.weekday() >= 5:
            s = d
            while s.weekday() >= 5 or s in taken:
                s += dt.timedelta(days=1)
            taken.add(s)
    return out | taken


HOL = bank_holidays(2026) | bank_holidays(2027)
assert dt.date(2026, 12, 28) in HOL and dt.date(2027, 1, 1) in HOL and dt.date(2026, 12, 25) in HOL


def is_wd(d):
    return d.weekday() < 5 and d not in HOL


def wd_between(a: dt.date, b: dt.date) -> int:
    """working days d with a < d <= b"""
    return sum(1 for k in range(1, (b - a).days + 1) if is_wd(a + dt.timedelta(days=k)))


def minus_wd(d: dt.date, n: int) -> dt.date:
    k = 0
    while k < n:
        d = d - dt.timedelta(days=1)
        if is_wd(d):
            k += 1
    return d


# ------------------------------------------------------------ text extraction
class _H(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []

    def handle_data(self, data):
        self.out.append(data)

    def handle_starttag(self, tag, attrs):
        if tag in ("p", "br", "tr", "td", "li", "div", "table"):
            self.out.append("\n")


def html_text(s):
    h = _H()
    h.feed(s)
    return "".join(h.out)


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            for c in r.cells:
                out.append(c.text)
    return "\n".join(out)


def pdf_text(data):
    import pdfplumber
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(p.extract_text() or "" for p in pdf.pages)


def mail_text(msg) -> str:
    chunks = [str(msg["Subject"] or "")]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        payload = part.get_payload(decode=True) or b""
        if ct == "text/plain":
            chunks.append(payload.decode(part.get_content_charset() or "utf-8"))
        elif ct == "text/html":
            chunks.append(html_text(payload.decode(part.get_content_charset() or "utf-8")))
        elif ct.endswith("wordprocessingml.document"):
            chunks.append(docx_text(payload))
        elif ct == "application/pdf":
            chunks.append(pdf_text(payload))
    return "\n".join(chunks)


def fold(s):
    return re.sub(r"\s+", " ", s or "").strip().casefold()


# ------------------------------------------------------------ policy
ALLOW = ["wakefield", "leeds", "calderdale", "kirklees", "bradford"]


def district_of(addr: str):
    dom = addr.rsplit("@", 1)[-1].lower().strip(">")
    if dom.endswith(".cjsm.net"):
        dom = dom[: -len(".cjsm.net")]
    for d in ALLOW:
        if dom == f"{d}.gov.uk" or dom.endswith(f".{d}.gov.uk"):
            return d
    return None


W_LIST = {"current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation",
          "police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement",
          "registered_sex_offender", "negotiated_attendance"}
REVIEW_DISCUSS = {"child_sexual_exploitation", "current_investigation", "registered_sex_offender",
                  "police_protection", "domestic_abuse_current_involvement", "wilful_neglect_investigation"}
CALD_ATTEND = {"current_investigation", "wilful_neglect_investigation", "previous_investigation_escalation",
               "prior_unit_involvement", "registered_sex_offender", "negotiated_attendance"}


def policy_decision(district, kind, crit, tick):
    crit = set(crit)
    if kind == "review":
        if "core_group_member" in crit:
            return "attend"
        return "discuss" if (crit & REVIEW_DISCUSS or tick is True) else "report_only"
    rules = district if district in ("leeds", "calderdale") else "wakefield"
    if rules == "wakefield" and crit & W_LIST:
        return "attend"
    if rules == "leeds":
        if crit & (W_LIST - {"child_sexual_exploitation"}):
            return "attend"
        if "child_sexual_exploitation" in crit:
            return "discuss"
    if rules == "calderdale":
        if crit & CALD_ATTEND:
            return "attend"
        if crit & {"police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement"}:
            return "discuss"
    return "discuss" if tick is True else "report_only"


# ------------------------------------------------------------ evidence quotes (verbatim in the mail)
EVIDENCE = {
    "z-126-01": {"current_investigation": "has been released on conditional bail to 23 February 2027"},
    "z-126-02": {"current_investigation": "was remanded in custody by Leeds Magistrates' Court on 3 December"},
    "z-126-03": {"prior_unit_involvement": "The crime was finalised as outcome 15 (evidential difficulties) in June"},
    "z-126-04": {},
    "z-126-05": {"domestic_abuse_current_involvement": "bailed with conditions not to enter Ripley Street or contact Ms Akhtar directly or indirectly"},
    "z-126-06": {"prior_unit_involvement": "the matter was closed as outcome 15 in the summer of 2024"},
    "z-126-07": {"current_investigation": "a charging decision is awaited"},
    "z-127-01": {"current_investigation": "while the DC dealing carries on with her enquiries"},
    "z-127-02": {},
    "z-127-03": {"prior_unit_involvement": "the Safeguarding Unit closed their enquiry on 24 November with no further action"},
    "z-127-04": {"current_investigation": "Lacey's Achieving Best Evidence interview is booked for 5 January"},
    "z-127-05": {"child_sexual_exploitation": "scored her at significant risk of being sexually exploited"},
    "z-127-06": {},
    "z-127-07": {"current_investigation": "the matter remains open with Greater Manchester Police"},
    "z-128-01": {"registered_sex_offender": "has been on the sex offenders' register since his 2019 conviction"},
    "z-128-02": {},
    "z-128-03": {"prior_unit_involvement": "Mr Marsden was arrested and investigated by the Calderdale Safeguarding Unit"},
    "z-128-04": {},
    "z-128-05": {"domestic_abuse_current_involvement": "her case was heard at MARAC on 14 January"},
    "z-128-06": {"current_investigation": "Mr Ward has been released on bail not to live at or visit mum's address while police continue their enquiries"},
    "z-128-07": {"registered_sex_offender": "who is a registered sex offender, has been seen at grandad's house"},
    "z-129-01": {"police_protection": "used their powers to remove them to their nan's under police protection",
                 "prior_unit_involvement": "he was also taken to hospital by officers under police protection"},
    "z-129-02": {"prior_unit_involvement": "When Amy was a baby the police investigated a fracture to her wrist"},
    "z-129-03": {"domestic_abuse_current_involvement": "he is still on bail, with conditions not to come to the street"},
    "z-129-04": {"prior_unit_involvement": "Mr Senior was convicted in 2016 of possessing indecent images of children"},
    "z-129-05": {"registered_sex_offender": "Martin has been on the register since 2020 and still is"},
    "z-129-06": {"current_investigation": "He is currently on bail, living at his brother's, and the police are still making enquiries"},
    "z-129-07": {},
    "z-130-01": {"core_group_member": "PC Amina Shah will keep doing her weekly welfare visit"},
    "z-130-02": {"core_group_member": "Sgt Pickles from the NPT joins core group meetings"},
    "z-130-03": {"prior_unit_involvement": "After Mr Barker's arrest in March the local officers did fortnightly welfare visits"},
    "z-130-04": {"core_group_member": "DC Brennan will update the core group on Mr Oldroyd's bail",
                 "current_investigation": "Mr Oldroyd's bail each time it is extended"},
    "z-130-05": {},
    "z-130-06": {},
    "z-130-07": {"core_group_member": "PC Jodie Lund to carry on her fortnightly visits with the social worker and report to each core group"},
}

# words that must NOT be read as the criterion: check that the label really leaves them out
TRAPS = {
    "z-126-04": ["remanded in custody", "awaiting a CPS charging decision"],
    "z-126-06": ["Should any new allegation be made"],
    "z-127-02": ["youth caution", "Mum says Dad once pushed her"],
    "z-128-02": ["is a registered sex offender"],
    "z-128-04": ["is on police bail"],
    "z-129-04": ["His notification period ended in the spring"],
    "z-130-05": ["run PNC checks"],
    "z-130-06": ["If Callum is reported missing again"],
}

DATE_FORMATS = ["%d/%m/%Y", "%d.%m.%y", "%d/%m/%y", "%d.%m.%Y"]


def date_in_text(d: dt.date, text: str) -> bool:
    t = fold(text)
    cands = [d.strftime(f) for f in DATE_FORMATS]
    day = str(d.day)
    month = d.strftime("%B").casefold()
    cands += [f"{day} {month} {d.year}", f"{day}th {month} {d.year}", f"{day}st {month} {d.year}",
              f"{day}nd {month} {d.year}", f"{day}rd {month} {d.year}", f"{day} {month[:3]} {d.year}",
              f"{day}th {month[:3]}", f"{day} {month}"]
    return any(c.casefold() in t for c in cands)


def check_case(eml: Path, label: dict) -> list[str]:
    errs = []
    case = eml.stem[:8]
    msg = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    text = mail_text(msg)
    ftext = fold(text)

    # received day: newest (first) Received header
    recs = msg.get_all("Received") or []
    if recs:
        stamp = str(recs[0]).rsplit(";", 1)[1].strip()
    else:
        stamp = str(msg["Date"])
    received = email.utils.parsedate_to_datetime(stamp).astimezone(LONDON).date()

    # district
    sender = email.utils.parseaddr(str(msg["From"]))[1]
    dist = district_of(sender)
    auth = str(msg.get("Authentication-Results") or "")
    unverified = dist is None or re.search(r"(dmarc|dkim|spf)=fail", auth) is not None
    if label["district"] != dist:
        errs.append(f"district {label['district']} != sender-derived {dist}")
    req, forb = set(label["flags_required"]), set(label["flags_forbidden"])
    if req & forb:
        errs.append(f"flags both required and forbidden: {req & forb}")
    if unverified and "unverified_sender" not in req:
        errs.append("unverified sender not flagged")
    if not unverified and "unverified_sender" in req:
        errs.append("unverified_sender required for an allow-listed sender")

    # decision
    manual = bool(req & {"unverified_sender", "cancelled", "not_an_invitation", "encrypted_unreadable"})
    want = "manual_review" if manual else policy_decision(dist, label["kind"], label["criteria"],
                                                          label["police_attendance_requested"])
    if label["decision"] != want:
        errs.append(f"decision {label['decision']} != recomputed {want}")
    conflict = label["police_attendance_requested"] is False and want == "attend"
    if conflict != ("tickbox_conflict" in req):
        errs.append("tickbox_conflict flag inconsistent")
    if not conflict and not manual and "tickbox_conflict" not in forb:
        errs.append("tickbox_conflict should be forbidden")

    # deadlines
    if label["date"]:
        conf = dt.date.fromisoformat(label["date"])
        if not (dt.date(2026, 12, 1) <= conf <= dt.date(2027, 2, 28)):
            errs.append("conference outside Dec 2026 - Feb 2027")
        if received >= conf:
            errs.append("received on/after the conference")
        if not date_in_text(conf, text):
            errs.append(f"conference date {conf} not visible in the mail")
    if label["report_due"] is not None:
        conf = dt.date.fromisoformat(label["date"])
        initial = label["kind"] in ("initial", "transfer_in")
        n = 1 if dist == "leeds" else 3
        due = minus_wd(conf, n)
        notice = wd_between(received, conf)
        minimum = {("wakefield", True): 5, ("leeds", True): 5, ("leeds", False): 10}.get((dist, initial))
        ok = None if minimum is None else notice >= minimum
        if label["report_due"] != due.isoformat():
            errs.append(f"report_due {label['report_due']} != {due}")
        if label["notice_working_days"] != notice:
            errs.append(f"notice {label['notice_working_days']} != {notice} (received {received})")
        if label["notice_ok"] != ok:
            errs.append(f"notice_ok {label['notice_ok']} != {ok}")
        if (ok is False) != ("late_notice" in req):
            errs.append("late_notice flag inconsistent")
        if (due < received) != ("deadline_passed" in req):
            errs.append("deadline_passed flag inconsistent")
        if ok is not False and "late_notice" not in forb:
            errs.append("late_notice should be forbidden")
        if not due < received and "deadline_passed" not in forb:
            errs.append("deadline_passed should be forbidden")
    elif label["decision"] != "manual_review":
        errs.append("deadlines missing on a non-manual case")

    # names and DOBs visible
    for ch in label["children"]:
        if fold(ch["name"]) not in ftext:
            errs.append(f"child {ch['name']} not in mail")
        if ch["date_of_birth"]:
            d = dt.date.fromisoformat(ch["date_of_birth"])
            if not any(d.strftime(f) in text for f in DATE_FORMATS):
                errs.append(f"DOB of {ch['name']} not in mail")
    for a in label["adults"]:
        if fold(a) not in ftext:
            errs.append(f"adult {a} not in mail")
    if not label["children"] or not label["adults"]:
        errs.append("family details missing")

    # source texts verbatim
    for s in label["source_texts"]:
        if fold(s) not in ftext:
            errs.append(f"source text not in mail: {s[:60]!r}")

    # evidence
    ev = EVIDENCE.get(case)
    if ev is None:
        errs.append("no evidence entry")
    else:
        if set(ev) != set(label["criteria"]):
            errs.append(f"criteria {label['criteria']} != evidence keys {sorted(ev)}")
        for c, q in ev.items():
            if fold(q) not in ftext:
                errs.append(f"evidence for {c} not verbatim: {q[:50]!r}")
    for q in TRAPS.get(case, []):
        if fold(q) not in ftext:
            errs.append(f"trap phrase missing: {q!r}")

    # file name matches label
    m = re.match(r"z-(\d{3})-(\d{2})-([a-z]+)-", eml.name)
    if not m or not (126 <= int(m.group(1)) <= 130) or not (1 <= int(m.group(2)) <= 7):
        errs.append("bad file name")
    elif label["district"] and m.group(3) != label["district"]:
        errs.append("file name district differs from label")
    keys = {"district", "kind", "pre_birth", "date", "time", "police_attendance_requested", "harm_categories",
            "children", "adults", "criteria", "decision", "report_due", "notice_working_days", "notice_ok",
            "flags_required", "flags_forbidden", "source_texts", "tags", "notes"}
    if set(label) != keys:
        errs.append(f"label keys differ: {set(label) ^ keys}")
    return errs


def main():
    emls = sorted(HERE.glob("z-*.eml"))
    failing = 0
    for eml in emls:
        label = json.loads(eml.with_suffix(".json").read_text())
        errs = check_case(eml, label)
        if errs:
            failing += 1
            print(f"FAIL {eml.name}")
            for e in errs:
                print("   ", e)
    per_layout = {}
    for eml in emls:
        per_layout.setdefault(eml.name[2:5], 0)
        per_layout[eml.name[2:5]] += 1
    print(f"{len(emls)} cases {per_layout}")
    print(f"{failing} failing")
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main())
