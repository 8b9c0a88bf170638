#!/usr/bin/env python3
"""Check set u: re-read every .eml (no generator code) and test each label against POLICY.md.

    /work/main/.venv/bin/python check.py [DIR]

Checks, per case:
  * file naming, pairs, 35 cases = 5 layouts x 7, label keys exactly as in the samples;
  * sender -> district by the allow-list and Authentication-Results (unverified -> district null);
  * day received = Date of the newest Received: header (Europe/London), within 2026-12-07..2027-01-22;
  * conference date on a working day after receipt, and written somewhere in the mail; time written too;
  * report_due / notice_working_days / notice_ok recomputed with the England & Wales bank holidays
    25 and 28 Dec 2026 and 1 Jan 2027;
  * decision recomputed from district, kind, criteria and tick box per POLICY.md "Decision";
  * flags consistent with the above (late_notice, deadline_passed, tickbox_conflict/ambiguous,
    not_an_invitation, unverified_sender), required and forbidden disjoint;
  * every child and adult name, and every date of birth, visible in the mail text;
  * every source_text present verbatim (white space folded) in the mail; HTML part = plain part;
  * each criterion backed by at least one indicative phrase in the text (sanity only);
  * set-level: decision spread, all ten criteria present, unique Message-IDs.
Exit 0 when everything passes.
"""
from __future__ import annotations

import datetime as dt
import email
import html as htmlmod
import io
import json
import re
import sys
import zipfile
from collections import Counter
from email import policy
from email.utils import parsedate_to_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")
BANK_HOLIDAYS = {dt.date(2026, 12, 25), dt.date(2026, 12, 28), dt.date(2027, 1, 1)}
FIRST_DAY, LAST_DAY = dt.date(2026, 12, 7), dt.date(2027, 1, 22)

KEYS = ["district", "kind", "pre_birth", "date", "time", "police_attendance_requested", "harm_categories",
        "children", "adults", "criteria", "decision", "report_due", "notice_working_days", "notice_ok",
        "flags_required", "flags_forbidden", "source_texts", "tags", "notes"]
CRITERIA = {"current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation",
            "police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement",
            "registered_sex_offender", "negotiated_attendance", "prior_unit_involvement", "core_group_member"}
FLAGS = {"late_notice", "deadline_passed", "missing_reason", "missing_family_details", "missing_conference_date",
         "unverified_sender", "unreadable_attachment", "encrypted_unreadable", "no_booking_form",
         "tickbox_conflict", "tickbox_ambiguous", "not_an_invitation", "rescheduled", "cancelled",
         "possible_duplicate", "ocr_used", "district_unknown"}
HARM = {"neglect", "physical", "sexual", "emotional"}
ALLOW = {"wakefield.gov.uk": "wakefield", "leeds.gov.uk": "leeds", "calderdale.gov.uk": "calderdale",
         "kirklees.gov.uk": "kirklees", "bradford.gov.uk": "bradford"}

# POLICY.md "Deadlines"
REPORT_N = {"wakefield": 3, "leeds": 1, "calderdale": 3, "kirklees": 3, "bradford": 3}
MIN_NOTICE = {"wakefield": {"initial": 5, "transfer_in": 5, "review": None},
              "leeds": {"initial": 5, "transfer_in": 5, "review": 10},
              "calderdale": {}, "kirklees": {}, "bradford": {}}

# POLICY.md "Decision"
W_LIST = {"current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation",
          "police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement",
          "registered_sex_offender", "negotiated_attendance"}
ATTEND_INITIAL = {
    "wakefield": W_LIST,
    "leeds": W_LIST - {"child_sexual_exploitation"},
    "calderdale": {"current_investigation", "wilful_neglect_investigation", "previous_investigation_escalation",
                   "prior_unit_involvement", "registered_sex_offender", "negotiated_attendance"},
}
REVIEW_DISCUSS = {"child_sexual_exploitation", "current_investigation", "registered_sex_offender",
                  "police_protection", "domestic_abuse_current_involvement", "wilful_neglect_investigation"}

HINTS = {
    "current_investigation": r"under investigation|bail|interviewed under caution|charged|\babe\b|cps|investigation is ongoing|arrest",
    "previous_investigation_escalation": r"escalat",
    "wilful_neglect_investigation": r"wilful neglect|cruelty|children and young persons act",
    "police_protection": r"police protection|section 46|\bs46\b",
    "child_sexual_exploitation": r"sexual exploitation|\bcse\b",
    "domestic_abuse_current_involvement": r"marac|idva|dash|dv co-ordinator",
    "registered_sex_offender": r"sex offender|notification requirements|category 1",
    "negotiated_attendance": r"agreed .{0,60}attend|agreed police will attend",
    "prior_unit_involvement": r"no further action|\bnfa\b|arrested|convicted|investigat",
    "core_group_member": r"core group",
}

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
DAYS = [["monday", "mon"], ["tuesday", "tues", "tue"], ["wednesday", "weds", "wed"], ["thursday", "thurs", "thu"],
        ["friday", "fri"], ["saturday", "sat"], ["sunday", "sun"]]


def fold(s: str) -> str:
    return re.sub(r"\s+", " ", s or "").strip().casefold()


def is_wd(d: dt.date) -> bool:
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def back(d: dt.date, n: int) -> dt.date:
    while n:
        d -= dt.timedelta(days=1)
        n -= is_wd(d)
    return d


def notice(received: dt.date, conf: dt.date) -> int:
    return sum(1 for k in range(1, (conf - received).days + 1) if is_wd(received + dt.timedelta(days=k)))


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def date_forms(d: dt.date) -> list[str]:
    m, mon3 = MONTHS[d.month - 1], MONTHS[d.month - 1][:3]
    f = [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day}/{d.month}/{d.year}", f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
         f"{d.day}/{d.month}/{d.year % 100:02d}", f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}",
         f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}.{d.month}.{d.year}"]
    for dd in (str(d.day), ordinal(d.day)):
        for mm in (m, mon3):
            f += [f"{dd} {mm}", f"{dd} of {mm}"]
    for wd in DAYS[d.weekday()]:
        f += [f"{wd} {ordinal(d.day)}", f"{wd} {d.day} "]
    f.append(f"{d.day}/{d.month}")
    return f


def time_forms(t: str) -> list[str]:
    hh, mm = map(int, t.split(":"))
    h12 = hh - 12 if hh > 12 else hh
    ap = "pm" if hh >= 12 else "am"
    f = [f"{hh:02d}:{mm:02d}", f"{hh:02d}.{mm:02d}", f"{hh}:{mm:02d}", f"{hh}.{mm:02d}", f"{h12}.{mm:02d}{ap}",
         f"{h12}.{mm:02d} {ap}", f"{h12}:{mm:02d}{ap}"]
    if mm == 0:
        f += [f"{h12}{ap}", f"{h12} {ap}", f"{h12} o'clock", f"at {h12} "]
    if mm == 30:
        f += [f"half {h12}"]
    return f


# ---------------------------------------------------------------- reading the mail
def docx_text(data: bytes) -> str:
    z = zipfile.ZipFile(io.BytesIO(data))
    xml = z.read("word/document.xml").decode("utf-8")
    paras = []
    for p in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
        p = re.sub(r"<w:tab/>", "\t", p)
        p = re.sub(r"<w:br/>", "\n", p)
        texts = re.findall(r"<w:t(?: [^>]*)?>(.*?)</w:t>|(\t)|(\n)", p, flags=re.S)
        paras.append("".join(a or b or c for a, b, c in texts))
    return "\n".join(htmlmod.unescape(x) for x in paras)


def html_text(s: str) -> str:
    s = re.sub(r"<style.*?</style>", " ", s, flags=re.S | re.I)
    s = re.sub(r"<br\s*/?>", "\n", s, flags=re.I)
    s = re.sub(r"<[^>]+>", " ", s)
    return htmlmod.unescape(s).replace("\xa0", " ")


def read_mail(path: Path) -> dict:
    msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    plain, htmls, docs = [], [], []
    for part in msg.walk():
        ctype = part.get_content_type()
        if part.is_multipart():
            continue
        if part.get_filename() and ctype.endswith("wordprocessingml.document"):
            docs.append(docx_text(part.get_payload(decode=True)))
        elif ctype == "text/plain":
            plain.append(part.get_content())
        elif ctype == "text/html":
            htmls.append(html_text(part.get_content()))
    received = msg.get_all("Received") or []
    when = parsedate_to_datetime(received[0].split(";")[-1].strip()) if received else parsedate_to_datetime(msg["Date"])
    frm = str(msg["From"])
    domain = re.search(r"@([^>\s]+)", frm).group(1).lower()
    auth = " ".join(msg.get_all("Authentication-Results") or [])
    files = [p.get_filename() for p in msg.walk() if p.get_filename()]
    text = "\n".join([str(msg["Subject"])] + plain + docs + files)
    return {"msg": msg, "plain": plain, "html": htmls, "docs": docs, "text": text,
            "received": when.astimezone(LONDON).date(), "domain": domain, "auth": auth,
            "message_id": str(msg["Message-ID"])}


def district_of(domain: str, auth: str) -> str | None:
    if re.search(r"\b(dkim|spf|dmarc)=(fail|softfail|none)", auth):
        return None
    dom = domain[: -len(".cjsm.net")] if domain.endswith(".cjsm.net") else domain
    for allowed, name in ALLOW.items():
        if dom == allowed or dom.endswith("." + allowed):
            return name
    return None


def decide(district: str, kind: str, criteria: set, tick, both: bool) -> str:
    rules = district if district in ATTEND_INITIAL else "wakefield"  # Kirklees, Bradford: Wakefield rules
    if kind in ("initial", "transfer_in"):
        if criteria & ATTEND_INITIAL[rules]:
            return "attend"
        if rules == "leeds" and "child_sexual_exploitation" in criteria:
            return "discuss"
        if rules == "calderdale" and criteria & {"police_protection", "child_sexual_exploitation",
                                                 "domestic_abuse_current_involvement"}:
            return "discuss"
        return "discuss" if (tick is True or both) else "report_only"
    if kind == "review":
        if "core_group_member" in criteria:
            return "attend"
        if criteria & REVIEW_DISCUSS or tick is True:
            return "discuss"
        return "report_only"
    raise ValueError(kind)


# ---------------------------------------------------------------- checking
def check_case(eml: Path, label: dict, errors: list[str]) -> dict:
    def err(msg: str) -> None:
        errors.append(f"{eml.stem}: {msg}")

    m = re.match(r"^u-(10[1-5])-(0[1-7])-(wakefield|leeds|calderdale|kirklees|bradford)-[a-z0-9-]+$", eml.stem)
    if not m:
        err("file name does not match u-LLL-NN-district-kind-description")
    if list(label) != KEYS:
        err(f"label keys differ from the sample format: {list(label)}")
    mail = read_mail(eml)
    text = fold(mail["text"])

    # html part shows the same text as the plain part
    for h_ in mail["html"]:
        if fold(h_) != fold("\n".join(mail["plain"])):
            err("HTML part text differs from the plain part")

    # sender and district
    d = district_of(mail["domain"], mail["auth"])
    if label["district"] != d:
        err(f"district {label['district']} but sender {mail['domain']} gives {d}")
    rcv = mail["received"]
    if not FIRST_DAY <= rcv <= LAST_DAY:
        err(f"received {rcv} outside {FIRST_DAY}..{LAST_DAY}")

    flags_req, flags_forb = set(label["flags_required"]), set(label["flags_forbidden"])
    for f in flags_req | flags_forb:
        if f not in FLAGS:
            err(f"unknown flag {f}")
    if flags_req & flags_forb:
        err(f"flags both required and forbidden: {flags_req & flags_forb}")

    crit = set(label["criteria"])
    if crit - CRITERIA:
        err(f"unknown criteria {crit - CRITERIA}")
    for c in crit:
        if not re.search(HINTS[c], text):
            err(f"criterion {c} has no indicative phrase in the text")
    if label["harm_categories"] is not None and set(label["harm_categories"]) - HARM:
        err("unknown harm category")

    # names and dates of birth visible
    for child in label["children"]:
        if fold(child["name"]) not in text:
            err(f"child name not in mail: {child['name']}")
        if child["date_of_birth"]:
            dob = dt.date.fromisoformat(child["date_of_birth"])
            if not any(fold(f) in text for f in date_forms(dob)):
                err(f"date of birth {dob} of {child['name']} not written in the mail")
    for adult in label["adults"]:
        if fold(adult) not in text:
            err(f"adult name not in mail: {adult}")
    if not label["children"] or not label["adults"]:
        err("a case without child or adult (none intended in this set)")

    # source texts verbatim
    for s in label["source_texts"]:
        if fold(s) not in text:
            err(f"source_text not found in mail: {s[:60]!r}")

    # decision
    want = label["decision"]
    kind, tick = label["kind"], label["police_attendance_requested"]
    both = "tickbox_ambiguous" in flags_req
    if both and tick is not None:
        err("tickbox_ambiguous required but police_attendance_requested is not null")
    if "not_an_invitation" in flags_req:
        if want != "manual_review":
            err("not_an_invitation must give manual_review")
        for k in ("kind", "date", "report_due", "notice_working_days", "notice_ok"):
            if label[k] is not None:
                err(f"non-invitation with {k} set")
        return label
    if d is None:
        if want != "manual_review" or "unverified_sender" not in flags_req:
            err("unverified sender must give manual_review with unverified_sender")
        return label
    if "unverified_sender" in flags_req:
        err("unverified_sender required for a verified sender")
    if want == "manual_review":
        err("manual_review without a manual-review reason")
        return label
    got = decide(d, kind, crit, tick, both)
    if got != want:
        err(f"decision {want} but POLICY gives {got} ({d}, {kind}, {sorted(crit)}, tick={tick}, both={both})")

    # conference date and time
    conf = dt.date.fromisoformat(label["date"])
    if not is_wd(conf):
        err(f"conference {conf} is not a working day")
    if conf <= rcv:
        err(f"conference {conf} is not after receipt {rcv}")
    if not any(fold(f) in text for f in date_forms(conf)):
        err(f"conference date {conf} not written in the mail")
    if not any(fold(f) in text for f in time_forms(label["time"])):
        err(f"conference time {label['time']} not written in the mail")

    # deadlines
    due = back(conf, REPORT_N[d])
    n = notice(rcv, conf)
    minimum = MIN_NOTICE[d].get(kind)
    ok = None if minimum is None else n >= minimum
    if label["report_due"] != due.isoformat():
        err(f"report_due {label['report_due']} != {due}")
    if label["notice_working_days"] != n:
        err(f"notice_working_days {label['notice_working_days']} != {n}")
    if label["notice_ok"] != ok:
        err(f"notice_ok {label['notice_ok']} != {ok}")

    # flags that follow from the above
    expect = {
        "late_notice": ok is False,
        "deadline_passed": due < rcv,
        "tickbox_conflict": tick is False and want == "attend",
    }
    for f, on in expect.items():
        if on and f not in flags_req:
            err(f"{f} should be required")
        if not on and f not in flags_forb:
            err(f"{f} should be forbidden")
    for f in ("not_an_invitation", "unverified_sender", "cancelled", "rescheduled", "encrypted_unreadable",
              "unreadable_attachment", "missing_conference_date", "missing_family_details", "missing_reason",
              "district_unknown"):
        if f not in flags_forb:
            err(f"{f} should be forbidden for a readable invitation from a verified sender")
    if not both and "tickbox_ambiguous" not in flags_forb:
        err("tickbox_ambiguous should be forbidden")
    return label


def main() -> int:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    emls = sorted(root.glob("u-*.eml"))
    errors: list[str] = []
    jsons = sorted(root.glob("u-*.json"))
    if {p.stem for p in emls} != {p.stem for p in jsons}:
        errors.append("unpaired .eml/.json files")
    labels, mids = [], []
    for eml in emls:
        label = json.loads(eml.with_suffix(".json").read_text(encoding="utf-8"))
        labels.append(check_case(eml, label, errors))
        mids.append(read_mail(eml)["message_id"])
    layouts = Counter(p.stem.split("-")[1] for p in emls)
    if len(emls) != 35 or any(layouts[k] != 7 for k in ("101", "102", "103", "104", "105")):
        errors.append(f"expected 35 cases, 7 per layout: {dict(layouts)}")
    if len(set(mids)) != len(mids):
        errors.append("duplicate Message-IDs")
    dec = Counter(l["decision"] for l in labels)
    ranges = {"attend": (12, 15), "report_only": (9, 11), "discuss": (6, 8), "manual_review": (3, 5)}
    for k, (lo, hi) in ranges.items():
        if not lo <= dec[k] <= hi:
            errors.append(f"{k}: {dec[k]} cases, brief asks {lo}-{hi}")
    crit = Counter(c for l in labels for c in l["criteria"])
    if set(crit) != CRITERIA:
        errors.append(f"criteria never used: {CRITERIA - set(crit)}")
    print(f"{len(emls)} cases; decisions {dict(dec)}")
    print("criteria " + ", ".join(f"{k} {v}" for k, v in sorted(crit.items())))
    for e in errors:
        print("FAIL", e)
    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
