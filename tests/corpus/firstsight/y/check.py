#!/usr/bin/env python3
"""Independent check of the 'y' labels: re-reads every .eml (never the generators) and checks each
label against /work/shared/POLICY.md.

    /work/main/.venv/bin/python check.py [DIR]

Prints one line per failure and a final 'N failing'.
"""
from __future__ import annotations

import datetime as dt
import email
import html
import io
import json
import re
import sys
import unicodedata
import zipfile
from email import policy
from email.utils import parseaddr, parsedate_to_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import holidays

LONDON = ZoneInfo("Europe/London")
BANK = holidays.country_holidays("GB", subdiv="ENG", years=range(2025, 2029))
KEYS = ["district", "kind", "pre_birth", "date", "time", "police_attendance_requested", "harm_categories", "children",
        "adults", "criteria", "decision", "report_due", "notice_working_days", "notice_ok", "flags_required",
        "flags_forbidden", "source_texts", "tags", "notes"]
CRITERIA = {"current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation", "police_protection",
            "child_sexual_exploitation", "domestic_abuse_current_involvement", "registered_sex_offender",
            "negotiated_attendance", "prior_unit_involvement", "core_group_member"}
FLAGS = {"late_notice", "deadline_passed", "missing_reason", "missing_family_details", "missing_conference_date",
         "unverified_sender", "unreadable_attachment", "encrypted_unreadable", "no_booking_form", "tickbox_conflict",
         "tickbox_ambiguous", "not_an_invitation", "rescheduled", "cancelled", "possible_duplicate", "ocr_used",
         "district_unknown"}
ALLOW = {"wakefield.gov.uk": "wakefield", "leeds.gov.uk": "leeds", "calderdale.gov.uk": "calderdale",
         "kirklees.gov.uk": "kirklees", "bradford.gov.uk": "bradford"}
# Evidence sanity: a criterion label needs at least one of these (normalised, case-insensitive) in the mail.
EVIDENCE = {
    "current_investigation": r"arrest|arr'd|bail|released under investigation|rui|interviewed under caution|abe|charged|investigation",
    "previous_investigation_escalation": r"previous|investigat",
    "wilful_neglect_investigation": r"wilful neglect|child cruelty|children and young persons act",
    "police_protection": r"police protection|ppo'd|s\.?46",
    "child_sexual_exploitation": r"sexual(ly)? exploit|\bcse\b",
    "domestic_abuse_current_involvement": r"marac|idva|bail|da officer|domestic",
    "registered_sex_offender": r"sex offender|\brso\b|mappa category 1|notification requirements",
    "negotiated_attendance": r"\bdi\b.*agreed|agreed.*attend",
    "prior_unit_involvement": r"arrested|police protection|convicted|conviction|nfa",
    "core_group_member": r"core group",
}
ZW = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"), None)
CONFUSABLE = str.maketrans("\u0430\u0435\u043e\u0440\u0441\u0445\u0456\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0425",
                           "aeopcxiABEKMHOPCTX")


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", (s or "").translate(ZW)).translate(CONFUSABLE)
    s = s.replace("\u2018", "'").replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u2013", "-").replace("\u2014", "-").replace("\u2011", "-").replace("\u2010", "-")
    return s


def squash(s: str) -> str:
    return re.sub(r"\s+", "", norm(s)).casefold()


def is_wd(d: dt.date) -> bool:
    return d.weekday() < 5 and d not in BANK


def minus_wd(d: dt.date, n: int) -> dt.date:
    k = 0
    while k < n:
        d = d - dt.timedelta(days=1)
        k += is_wd(d)
    return d


def notice(received: dt.date, conf: dt.date) -> int:
    return sum(1 for i in range(1, (conf - received).days + 1) if is_wd(received + dt.timedelta(days=i)))


def strip_html(h: str) -> str:
    h = re.sub(r"(?is)<(style|head|script)\b.*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</div>", "\n", h)
    h = re.sub(r"(?s)<[^>]+>", " ", h)
    return html.unescape(h)


def docx_text(data: bytes) -> str:
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for name in z.namelist():
        if name.startswith("word/") and name.endswith(".xml"):
            xml = z.read(name).decode("utf-8")
            xml = re.sub(r"</w:p>|</w:tc>", "\n", xml)
            out.append(html.unescape(re.sub(r"<[^>]+>", "", xml)))
    return "\n".join(out)


def pdf_text(data: bytes) -> str:
    import pdfplumber
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(p.extract_text() or "" for p in pdf.pages)


def mail_text(msg) -> str:
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = part.get_filename()
        if fn:
            out.append(fn)
        data = part.get_payload(decode=True) or b""
        if ct == "text/plain":
            out.append(data.decode(part.get_content_charset() or "utf-8"))
        elif ct == "text/html":
            out.append(strip_html(data.decode(part.get_content_charset() or "utf-8")))
        elif ct == "application/pdf":
            out.append(pdf_text(data))
        elif ct.endswith("wordprocessingml.document"):
            out.append(docx_text(data))
    return "\n".join(out)


def received_day(msg) -> dt.date:
    rec = msg.get_all("Received") or []
    if rec:
        stamp = str(rec[0]).rsplit(";", 1)[1].strip()
    else:
        stamp = str(msg["Date"])
    return parsedate_to_datetime(stamp).astimezone(LONDON).date()


def sender(msg) -> tuple[str | None, bool]:
    """(district, verified)"""
    addr = parseaddr(str(msg.get("From", "")))[1].lower()
    dom = addr.rsplit("@", 1)[-1]
    if dom.endswith(".cjsm.net"):
        dom = dom[: -len(".cjsm.net")]
    district = None
    for base, dist in ALLOW.items():
        if dom == base or dom.endswith("." + base):
            district = dist
    auth = " ".join(str(h) for h in (msg.get_all("Authentication-Results") or []))
    failed = bool(re.search(r"\b(dmarc|dkim|spf)=(fail|softfail)", auth))
    return district, (district is not None and not failed)


def date_forms(iso: str) -> list[str]:
    d = dt.date.fromisoformat(iso)
    months = d.strftime("%B")
    return [d.strftime("%d/%m/%Y"), d.strftime("%d.%m.%y"), d.strftime("%d/%m/%y"), d.strftime("%d/%m"),
            f"{d.day} {months} {d.year}", f"{d.day}th {months} {d.year}", f"{d.day}st {months} {d.year}",
            f"{d.day}nd {months} {d.year}", f"{d.day}rd {months} {d.year}", f"{d.day} {months}", f"{d.day}th {months}",
            f"{d.day}st {months}", f"{d.day}nd {months}", f"{d.day}rd {months}", d.strftime("%d/%m/%Y").lstrip("0"),
            f"{d.day} {d.strftime('%b')}"]


def expected_decision(lab: dict, manual: bool) -> str:
    if manual:
        return "manual_review"
    crit = set(lab["criteria"] or [])
    kind, tick, district = lab["kind"], lab["police_attendance_requested"], lab["district"]
    both = "tickbox_ambiguous" in lab["flags_required"]
    if kind in ("initial", "transfer_in"):
        w = {"current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation",
             "police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement",
             "registered_sex_offender", "negotiated_attendance"}
        if district == "leeds":
            if crit & (w - {"child_sexual_exploitation"}):
                return "attend"
            if "child_sexual_exploitation" in crit:
                return "discuss"
        elif district == "calderdale":
            if crit & {"current_investigation", "wilful_neglect_investigation", "previous_investigation_escalation",
                       "prior_unit_involvement", "registered_sex_offender", "negotiated_attendance"}:
                return "attend"
            if crit & {"police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement"}:
                return "discuss"
        else:  # wakefield, kirklees, bradford
            if crit & w:
                return "attend"
        return "discuss" if (tick is True or both) else "report_only"
    if kind == "review":
        if "core_group_member" in crit:
            return "attend"
        if crit & {"child_sexual_exploitation", "current_investigation", "registered_sex_offender", "police_protection",
                   "domestic_abuse_current_involvement", "wilful_neglect_investigation"} or tick is True:
            return "discuss"
        return "report_only"
    return "?"


def check(directory: Path) -> int:
    fails = []

    def fail(case, msg):
        fails.append(f"{case}: {msg}")

    emls = sorted(directory.glob("*.eml"))
    if len(emls) != 35:
        fail("set", f"{len(emls)} emails, expected 35")
    counts: dict[str, int] = {}
    for eml in emls:
        case = eml.stem
        jp = eml.with_suffix(".json")
        if not jp.exists():
            fail(case, "no label")
            continue
        lab = json.loads(jp.read_text(encoding="utf-8"))
        if list(lab) != KEYS:
            fail(case, f"keys differ: {list(lab)}")
            continue
        raw = eml.read_bytes()
        try:
            raw.decode("ascii")
        except UnicodeDecodeError:
            fail(case, "raw message is not 7-bit")
        msg = email.message_from_bytes(raw, policy=policy.default)
        text = mail_text(msg)
        flat = squash(text)
        low = norm(text).casefold()
        counts[lab["decision"]] = counts.get(lab["decision"], 0) + 1
        m = re.match(r"y-(12[1-5])-(0[1-7])-([a-z]+)-", case)
        if not m:
            fail(case, "file name pattern")
        # sender / district
        district, verified = sender(msg)
        req, forb = set(lab["flags_required"]), set(lab["flags_forbidden"])
        if req & forb:
            fail(case, f"flags both required and forbidden: {req & forb}")
        if (req | forb) - FLAGS:
            fail(case, f"unknown flags {(req | forb) - FLAGS}")
        if not verified:
            if "unverified_sender" not in req:
                fail(case, "sender not verified but unverified_sender not required")
            if lab["district"] is not None:
                fail(case, "unverified sender should leave district unscored (null)")
        else:
            if "unverified_sender" in req:
                fail(case, "unverified_sender required for a verified sender")
            if lab["district"] != district:
                fail(case, f"district {lab['district']} but sender says {district}")
        if m and m.group(3) not in (lab["district"] or "unknown"):
            fail(case, f"file name district {m.group(3)} vs label {lab['district']}")
        # criteria
        crit = lab["criteria"]
        if crit is not None:
            if set(crit) - CRITERIA:
                fail(case, f"unknown criteria {set(crit) - CRITERIA}")
            for cr in crit:
                if not re.search(EVIDENCE[cr], low):
                    fail(case, f"no supporting words in the mail for {cr}")
        # names, dobs
        for ch in lab["children"] or []:
            if squash(ch["name"]) not in flat:
                fail(case, f"child name not visible: {ch['name']}")
            if ch["date_of_birth"]:
                if not any(squash(f) in flat for f in date_forms(ch["date_of_birth"])[:3]):
                    fail(case, f"child DOB not visible: {ch['date_of_birth']}")
        for a in lab["adults"] or []:
            if squash(a) not in flat:
                fail(case, f"adult name not visible: {a}")
        # source texts verbatim
        for s in lab["source_texts"]:
            if squash(s) not in flat:
                fail(case, f"source text not found in the mail: {s[:60]!r}")
        # conference date visible
        if lab["date"]:
            if not any(squash(f) in flat for f in date_forms(lab["date"])):
                fail(case, f"conference date {lab['date']} not visible")
        if lab["pre_birth"] and not re.search(r"pre-?birth|unborn", low):
            fail(case, "pre_birth without pre-birth wording")
        if lab["kind"] == "transfer_in" and not re.search(r"transfer", low):
            fail(case, "transfer_in without transfer wording")
        # tick
        if "tickbox_ambiguous" in req and lab["police_attendance_requested"] is not None:
            fail(case, "tickbox_ambiguous needs police_attendance_requested null")
        # manual review triggers
        manual_flags = {"unverified_sender", "cancelled", "not_an_invitation", "missing_conference_date",
                        "encrypted_unreadable"}
        manual = bool(req & manual_flags)
        if "cancelled" in req and not re.search(r"cancel", low):
            fail(case, "cancelled without cancel wording")
        if "missing_conference_date" in req and lab["date"] is not None:
            fail(case, "missing_conference_date with a date")
        want = expected_decision(lab, manual)
        if want != lab["decision"]:
            fail(case, f"decision {lab['decision']} but POLICY gives {want}")
        if ("tickbox_conflict" in req) != (lab["police_attendance_requested"] is False and lab["decision"] == "attend"):
            fail(case, "tickbox_conflict flag does not match tick false + attend")
        # deadlines
        rday = received_day(msg)
        if manual or lab["date"] is None or lab["district"] is None:
            for k in ("report_due", "notice_working_days", "notice_ok"):
                if lab[k] is not None:
                    fail(case, f"{k} should be null for this case")
        else:
            conf = dt.date.fromisoformat(lab["date"])
            if not rday < conf:
                fail(case, "received on/after the conference day")
            if not dt.date(2026, 12, 1) <= conf <= dt.date(2027, 2, 28):
                fail(case, f"conference {conf} outside December 2026 - February 2027")
            d = lab["district"]
            initial = lab["kind"] in ("initial", "transfer_in")
            due = minus_wd(conf, 1 if d == "leeds" else 3)
            if d == "wakefield":
                minimum = 5 if initial else None
            elif d == "leeds":
                minimum = 5 if initial else 10
            else:
                minimum = None
            nwd = notice(rday, conf)
            ok = None if minimum is None else nwd >= minimum
            if lab["report_due"] != due.isoformat():
                fail(case, f"report_due {lab['report_due']} != {due}")
            if lab["notice_working_days"] != nwd:
                fail(case, f"notice_working_days {lab['notice_working_days']} != {nwd} (received {rday})")
            if lab["notice_ok"] != ok:
                fail(case, f"notice_ok {lab['notice_ok']} != {ok}")
            if ("late_notice" in req) != (ok is False):
                fail(case, "late_notice flag mismatch")
            if ok is not False and "late_notice" not in forb:
                fail(case, "late_notice should be forbidden")
            if ("deadline_passed" in req) != (due < rday):
                fail(case, "deadline_passed flag mismatch")
            if not due < rday and "deadline_passed" not in forb:
                fail(case, "deadline_passed should be forbidden")
        for k in ("tags", "source_texts"):
            if not lab[k]:
                fail(case, f"empty {k}")
    for f in fails:
        print("FAIL", f)
    print("decisions:", dict(sorted(counts.items())))
    print(f"{len(emls)} cases, {len(fails)} failing")
    return len(fails)


if __name__ == "__main__":
    d = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    sys.exit(1 if check(d) else 0)
