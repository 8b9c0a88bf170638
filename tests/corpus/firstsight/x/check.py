#!/usr/bin/env python3
"""Independent check of the x set: re-reads every .eml (never the generators) and checks its label
against /work/shared/POLICY.md.

    /work/main/.venv/bin/python check.py        -> prints one line per failure and "N failing"

Checks per case:
  * label has every key of the samples' format; values are of the allowed vocabularies
  * district from the From: domain (allow-list, sub-domains, .cjsm.net; DMARC/DKIM/SPF fail = unverified)
  * received day = newest Received: header converted to Europe/London
  * report_due / notice_working_days / notice_ok recomputed (E&W bank holidays incl. 25/12/26, 28/12/26, 01/01/27)
  * late_notice and deadline_passed required/forbidden accordingly; required and forbidden flags disjoint
  * decision recomputed from manual-review triggers, kind, criteria, tick box and district rules
  * tickbox_conflict required exactly when tick=false and decision=attend
  * every labelled criterion has an evidence quote (table below) present verbatim (white space folded)
    in the text extracted from the mail AND in source_texts
  * every labelled child and adult name, the conference date and time are visible in the mail text
  * source_texts: share of strings found in the extracted mail text (reported, not failing)
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

# England and Wales bank holidays (gov.uk), written out independently of the generators.
BANK_HOLIDAYS = {
    "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28",
    "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28",
}
ALLOW = {"wakefield.gov.uk": "wakefield", "leeds.gov.uk": "leeds", "calderdale.gov.uk": "calderdale",
         "kirklees.gov.uk": "kirklees", "bradford.gov.uk": "bradford"}
KEYS = ["district", "kind", "pre_birth", "date", "time", "police_attendance_requested", "harm_categories", "children", "adults",
        "criteria", "decision", "report_due", "notice_working_days", "notice_ok", "flags_required", "flags_forbidden",
        "source_texts", "tags", "notes"]
CRITERIA = {"current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation", "police_protection",
            "child_sexual_exploitation", "domestic_abuse_current_involvement", "registered_sex_offender", "negotiated_attendance",
            "prior_unit_involvement", "core_group_member"}
FLAGS = {"late_notice", "deadline_passed", "missing_reason", "missing_family_details", "missing_conference_date", "unverified_sender",
         "unreadable_attachment", "encrypted_unreadable", "no_booking_form", "tickbox_conflict", "tickbox_ambiguous", "not_an_invitation",
         "rescheduled", "cancelled", "possible_duplicate", "ocr_used", "district_unknown"}

# One verbatim quote per labelled criterion (written by reading the mails, not the generators).
EVIDENCE = {
    "x-116-01": {"domestic_abuse_current_involvement": "Wakefield MARAC heard the case on 26/11/2026",
                 "prior_unit_involvement": "DA against a previous partner (Leeds, 2019)"},
    "x-116-04": {"current_investigation": "Kirklees CPPU are investigating (OIC DC Tom Waddington)"},
    "x-116-05": {"child_sexual_exploitation": "The sexual exploitation screening tool was re-scored as 'significant' on 19/11/2026"},
    "x-116-06": {"registered_sex_offender": "He is subject to the notification requirements of the Sexual Offences Act 2003 until 2032",
                 "prior_unit_involvement": "Dean Hepworth was convicted in 2022 of sexual activity with a 15-year-old girl"},
    "x-117-01": {"registered_sex_offender": "Shaun Dobson is a registered sex offender",
                 "prior_unit_involvement": "2019, indecent images of children"},
    "x-117-02": {"core_group_member": "is a member of the core group",
                 "domestic_abuse_current_involvement": "his bail conditions not to contact her were breached in October and he was re-arrested"},
    "x-117-03": {"current_investigation": "Calderdale officers arrested him on 21/11/2026 after Lilly disclosed that he hit her with a belt"},
    "x-117-04": {"current_investigation": "Mr Haigh has been interviewed under caution"},
    "x-117-05": {"domestic_abuse_current_involvement": "the police DA Safeguarding Officer is already working with Mrs Nazir"},
    "x-117-07": {"prior_unit_involvement": "Lancashire Constabulary investigated an allegation that Mr McGowan slapped Connor"},
    "x-118-01": {"current_investigation": "Jordan was arrested that day and released under investigation"},
    "x-118-02": {"prior_unit_involvement": "Complete a DVDS (Clare's Law) disclosure to Kirsty about Mr Ellis"},
    "x-118-03": {"police_protection": "used their police protection powers (s46) to take Mason to his aunt Sharon's"},
    "x-118-04": {"core_group_member": "Attend monthly core groups",
                 "current_investigation": "Mr Firth remains on pre-charge bail for the assault on Ellie-Mae"},
    "x-118-05": {"prior_unit_involvement": "both children were placed in police protection for one night"},
    "x-118-06": {"core_group_member": "DC Simon Pell (CPPU) to stay in the core group",
                 "current_investigation": "who is charged with sexually assaulting Chloe; trial listed for 15/03/2027"},
    "x-119-01": {"prior_unit_involvement": "placed him in police protection overnight"},
    "x-119-02": {"current_investigation": "Mr Rhodes was arrested on 26/11/2026 on suspicion of sexual assault of a child",
                 "prior_unit_involvement": "in February 2020 Paul was arrested for assaulting Claire"},
    "x-119-03": {"prior_unit_involvement": "Calderdale Safeguarding Unit and Children's Social Care carried out a joint investigation"},
    "x-119-04": {"previous_investigation_escalation": "Rebecca has let Nathan move back in since October 2026, against the safety plan",
                 "prior_unit_involvement": "Kirklees police and Children's Social Care investigated jointly"},
    "x-119-05": {"prior_unit_involvement": "was convicted in 2013 of indecent assault on a 14-year-old girl"},
    "x-119-06": {"prior_unit_involvement": "Ryan Kerr was interviewed under caution"},
    "x-120-01": {"current_investigation": "Both parents were interviewed under caution on 30/11/2026 and released under investigation"},
    "x-120-02": {"current_investigation": "Reece Gill was arrested the next day on suspicion of GBH on a child"},
    "x-120-03": {"child_sexual_exploitation": "Keira remains at risk of child sexual exploitation"},
    "x-120-05": {"registered_sex_offender": "is managed under MAPPA as a category 1 offender",
                 "prior_unit_involvement": "was convicted in 2020 of sexual assault of a 12-year-old"},
    "x-120-06": {"police_protection": "took both children into police protection under section 46"},
    "x-120-07": {"current_investigation": "the police investigation into the bruising to Ellis"},
}


def fold(t: str) -> str:
    return re.sub(r"\s+", " ", (t or "").replace("\u00a0", " ")).strip().casefold()


def is_wd(d: dt.date) -> bool:
    return d.weekday() < 5 and d.isoformat() not in BANK_HOLIDAYS


def minus_wd(d: dt.date, n: int) -> dt.date:
    while n > 0:
        d = d - dt.timedelta(days=1)
        n -= is_wd(d)
    return d


def count_wd(after: dt.date, upto: dt.date) -> int:
    return sum(is_wd(after + dt.timedelta(days=i)) for i in range(1, (upto - after).days + 1))


# ------------------------------------------------------------------ text extraction
def pdf_text(data: bytes) -> tuple[str, bool]:
    try:
        import pdfplumber
        out = []
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                out.append(page.extract_text() or "")
                for table in page.extract_tables():
                    for row in table:
                        out.append(" ".join(c or "" for c in row))
                        out += [c or "" for c in row]
        return "\n".join(out), True
    except Exception:
        return "", False


def docx_text(data: bytes) -> tuple[str, bool]:
    try:
        import docx
        d = docx.Document(io.BytesIO(data))
        out = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                cells = [c.text for c in r.cells]
                out.append(" ".join(cells))
                out += cells
        for s in d.sections:
            out += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        return "\n".join(out), True
    except Exception:
        return "", False


def html_text(h: str) -> str:
    h = re.sub(r"(?is)<(style|script).*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</td>|</tr>|</div>|</li>", "\n", h)
    return html.unescape(re.sub(r"<[^>]+>", " ", h))


def mail_text(msg) -> tuple[str, list[str]]:
    parts, unreadable = [str(msg.get("Subject", ""))], []
    for p in msg.walk():
        if p.is_multipart():
            continue
        ct = p.get_content_type()
        fn = p.get_filename()
        if fn:
            parts.append(fn)
        payload = p.get_payload(decode=True) or b""
        if ct == "text/plain":
            parts.append(payload.decode(p.get_content_charset() or "utf-8", "replace"))
        elif ct == "text/html":
            parts.append(html_text(payload.decode(p.get_content_charset() or "utf-8", "replace")))
        elif ct == "application/pdf":
            t, ok = pdf_text(payload)
            parts.append(t)
            if not ok:
                unreadable.append(fn)
        elif ct.endswith("wordprocessingml.document"):
            t, ok = docx_text(payload)
            parts.append(t)
            if not ok:
                unreadable.append(fn)
    return "\n".join(parts), unreadable


# ------------------------------------------------------------------ policy
def sender_district(msg):
    frm = email.utils.parseaddr(str(msg.get("From", "")))[1].lower()
    dom = frm.rsplit("@", 1)[-1]
    if dom.endswith(".cjsm.net"):
        dom = dom[: -len(".cjsm.net")]
    district = None
    for base, name in ALLOW.items():
        if dom == base or dom.endswith("." + base):
            district = name
    auth = " ".join(str(h) for h in msg.get_all("Authentication-Results", []) or []).lower()
    if re.search(r"\b(dmarc|dkim|spf)=(fail|softfail)", auth):
        district = None
    return district


def received_day(msg) -> dt.date:
    recs = msg.get_all("Received", []) or []
    if recs:
        stamp = str(recs[0]).rsplit(";", 1)[-1].strip()
    else:
        stamp = str(msg["Date"])
    return parsedate_to_datetime(stamp).astimezone(LONDON).date()


def decide(lab, district):
    req = set(lab["flags_required"])
    if {"unverified_sender", "not_an_invitation", "cancelled", "missing_conference_date", "encrypted_unreadable"} & req:
        return "manual_review"
    if {"unreadable_attachment", "no_booking_form"} <= req:
        return "manual_review"
    if not lab.get("kind") or not lab.get("date"):
        return "manual_review"
    crit = set(lab["criteria"] or [])
    tick = lab["police_attendance_requested"]
    both = "tick-both" in lab.get("tags", [])
    if lab["kind"] in ("initial", "transfer_in"):
        core8 = {"current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation", "police_protection",
                 "child_sexual_exploitation", "domestic_abuse_current_involvement", "registered_sex_offender", "negotiated_attendance"}
        if district in ("wakefield", "kirklees", "bradford"):
            if crit & core8:
                return "attend"
        elif district == "leeds":
            if crit & (core8 - {"child_sexual_exploitation"}):
                return "attend"
            if "child_sexual_exploitation" in crit:
                return "discuss"
        elif district == "calderdale":
            if crit & {"current_investigation", "wilful_neglect_investigation", "previous_investigation_escalation",
                       "prior_unit_involvement", "registered_sex_offender", "negotiated_attendance"}:
                return "attend"
            if crit & {"police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement"}:
                return "discuss"
        return "discuss" if (tick is True or both) else "report_only"
    if "core_group_member" in crit:
        return "attend"
    if crit & {"child_sexual_exploitation", "current_investigation", "registered_sex_offender", "police_protection",
               "domestic_abuse_current_involvement", "wilful_neglect_investigation"} or tick is True:
        return "discuss"
    return "report_only"


def date_visible(text: str, iso: str) -> bool:
    d = dt.date.fromisoformat(iso)
    months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
    m = months[d.month - 1]
    cands = [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day}/{d.month}/{d.year}", f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}",
             f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}", f"{d.day:02d}.{d.month:02d}.{d.year}"]
    t = fold(text)
    if any(c in t for c in cands):
        return True
    return bool(re.search(rf"\b{d.day}(st|nd|rd|th)? {m}( {d.year})?\b", t)) or bool(re.search(rf"\b{m[:3]}\w* {d.day}\b", t))


def time_visible(text: str, hhmm: str) -> bool:
    h, m = map(int, hhmm.split(":"))
    h12 = h % 12 or 12
    suf = "am" if h < 12 else "pm"
    t = fold(text).replace(" ", "")
    cands = [f"{h:02d}:{m:02d}", f"{h}:{m:02d}", f"{h:02d}.{m:02d}", f"{h}.{m:02d}", f"{h12}.{m:02d}{suf}", f"{h12}:{m:02d}{suf}",
             f"{h12}{suf}" if m == 0 else "@@"]
    return any(c in t for c in cands)


def main() -> int:
    fails, info = [], []
    emls = sorted(HERE.glob("x-*.eml"))
    for eml in emls:
        case = eml.stem
        cid = case[:8]
        lab = json.loads(eml.with_suffix(".json").read_text())
        msg = email.message_from_bytes(eml.read_bytes(), policy=policy.compat32)
        text, unreadable = mail_text(msg)
        ftext = fold(text)
        f = lambda m: fails.append(f"{case}: {m}")

        missing = [k for k in KEYS if k not in lab]
        if missing:
            f(f"missing keys {missing}")
            continue
        if lab["decision"] not in ("attend", "report_only", "discuss", "manual_review"):
            f("bad decision value")
        if lab["kind"] not in (None, "initial", "review", "transfer_in"):
            f("bad kind")
        if lab["criteria"] is not None and set(lab["criteria"]) - CRITERIA:
            f(f"unknown criteria {set(lab['criteria']) - CRITERIA}")
        if set(lab["flags_required"]) - FLAGS or set(lab["flags_forbidden"]) - FLAGS:
            f("unknown flag")
        if set(lab["flags_required"]) & set(lab["flags_forbidden"]):
            f("flag both required and forbidden")

        # sender and district
        district = sender_district(msg)
        if district is None:
            if "unverified_sender" not in lab["flags_required"]:
                f("sender not on allow-list but unverified_sender not required")
            if lab["district"] is not None:
                f("unverified sender should leave district null (unscored)")
        else:
            if lab["district"] != district:
                f(f"district {lab['district']} != sender's {district}")
            if "unverified_sender" not in lab["flags_forbidden"]:
                f("verified sender but unverified_sender not forbidden")
        if case.split("-")[3] not in (district or "unverified",):
            f("file name district part does not match the sender")

        # deadlines
        rday = received_day(msg)
        if lab["date"] and district and lab["kind"] and lab["decision"] != "manual_review" or (
                lab["report_due"] is not None and lab["date"]):
            conf = dt.date.fromisoformat(lab["date"])
            initial = lab["kind"] in ("initial", "transfer_in")
            n = 1 if district == "leeds" else 3
            due = minus_wd(conf, n)
            minimum = {"leeds": 5 if initial else 10, "wakefield": 5 if initial else None}.get(district)
            notice = count_wd(rday, conf)
            ok = None if minimum is None else notice >= minimum
            if lab["report_due"] != due.isoformat():
                f(f"report_due {lab['report_due']} != {due}")
            if lab["notice_working_days"] != notice:
                f(f"notice_working_days {lab['notice_working_days']} != {notice} (received {rday})")
            if lab["notice_ok"] != ok:
                f(f"notice_ok {lab['notice_ok']} != {ok}")
            if (ok is False) != ("late_notice" in lab["flags_required"]):
                f("late_notice required/not required wrongly")
            if ok is not False and "late_notice" not in lab["flags_forbidden"]:
                f("late_notice should be forbidden")
            passed = due < rday
            if passed != ("deadline_passed" in lab["flags_required"]):
                f("deadline_passed required/not required wrongly")
            if not passed and "deadline_passed" not in lab["flags_forbidden"]:
                f("deadline_passed should be forbidden")
            if conf <= rday:
                f("conference not after the received day")
            if not ("2026-12-01" <= lab["date"] <= "2027-02-28"):
                f("conference date outside Dec 2026 - Feb 2027")
        else:
            if any(lab[k] is not None for k in ("report_due", "notice_working_days", "notice_ok")):
                f("deadlines given where the case is unscored for them")

        # decision
        want = decide(lab, district)
        if lab["decision"] != want:
            f(f"decision {lab['decision']} != recomputed {want}")
        conflict = lab["police_attendance_requested"] is False and lab["decision"] == "attend"
        if conflict != ("tickbox_conflict" in lab["flags_required"]):
            f("tickbox_conflict required/not required wrongly")
        if "tick-both" in lab["tags"] and ("tickbox_ambiguous" not in lab["flags_required"] or lab["police_attendance_requested"] is not None):
            f("both boxes marked: tick must be null and tickbox_ambiguous required")
        if "unreadable_attachment" in lab["flags_required"] and not unreadable:
            f("unreadable_attachment required but every attachment was read")
        if unreadable and "unreadable_attachment" not in lab["flags_required"]:
            f(f"attachment unreadable {unreadable} but flag not required")

        # evidence
        ev = EVIDENCE.get(cid, {})
        labelled = set(lab["criteria"] or [])
        if set(ev) != labelled:
            f(f"criteria {sorted(labelled)} != evidence table {sorted(ev)}")
        src = fold(" ".join(lab["source_texts"]))
        for c, q in ev.items():
            if fold(q) not in ftext:
                f(f"evidence for {c} not in the mail text: {q!r}")
            if fold(q) not in src:
                f(f"evidence for {c} not in source_texts: {q!r}")

        # names, date, time
        for ch in lab["children"] or []:
            if fold(ch["name"]) not in ftext:
                f(f"child {ch['name']} not visible")
            if ch["date_of_birth"]:
                y, mo, d = ch["date_of_birth"].split("-")
                if f"{d}/{mo}/{y}" not in text:
                    f(f"DOB of {ch['name']} not visible as {d}/{mo}/{y}")
        for a in lab["adults"] or []:
            if fold(a) not in ftext:
                f(f"adult {a} not visible")
        if lab["date"] and not date_visible(text, lab["date"]):
            f(f"conference date {lab['date']} not visible")
        if lab["time"] and not time_visible(text, lab["time"]):
            f(f"conference time {lab['time']} not visible")

        found = sum(fold(s) in ftext for s in lab["source_texts"])
        info.append((case, found, len(lab["source_texts"])))

    for line in fails:
        print("FAIL", line)
    tot_found = sum(i[1] for i in info)
    tot = sum(i[2] for i in info)
    print(f"{len(emls)} cases; source_texts found verbatim in extracted mail text: {tot_found}/{tot}")
    print(f"{len(fails)} failing")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
