#!/usr/bin/env python3
"""Check set h: parse every .eml with the standard email package, open every attachment
(pdfplumber + pypdf for PDF, python-docx for Word, the calendar part as text), and validate every
label: fields and types, dates, working-day arithmetic (England bank holidays, Europe/London,
newest Received header), flag consistency, and that every source text is really in the email.

Run with the project interpreter:  /work/main/.venv/bin/python check.py"""
import datetime as dt
import email
import glob
import io
import json
import os
import re
import sys
import zipfile
from email import policy
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

import holidays
import pdfplumber
import pypdf
import docx

HERE = os.path.dirname(os.path.abspath(__file__))
LON = ZoneInfo("Europe/London")
BH = holidays.country_holidays("GB", subdiv="ENG", years=[2026, 2027])
KEYS = ["district", "kind", "pre_birth", "date", "time", "police_attendance_requested", "harm_categories", "children",
        "adults", "criteria", "decision", "report_due", "notice_working_days", "notice_ok", "flags_required",
        "flags_forbidden", "source_texts", "tags", "notes"]
DISTRICTS = {"wakefield", "leeds", "calderdale", "kirklees", "bradford"}
KINDS = {"initial", "review", "transfer_in"}
HARM = {"neglect", "physical", "sexual", "emotional"}
CRITERIA = {"current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation", "police_protection",
            "child_sexual_exploitation", "domestic_abuse_current_involvement", "registered_sex_offender",
            "negotiated_attendance", "prior_unit_involvement", "core_group_member"}
DECISIONS = {"attend", "report_only", "discuss", "manual_review"}
FLAGS = {"late_notice", "deadline_passed", "missing_reason", "missing_family_details", "missing_conference_date",
         "unverified_sender", "unreadable_attachment", "encrypted_unreadable", "no_booking_form", "tickbox_conflict",
         "tickbox_ambiguous", "not_an_invitation", "rescheduled", "cancelled", "possible_duplicate", "ocr_used",
         "district_unknown"}
ALLOW = {"wakefield.gov.uk": "wakefield", "leeds.gov.uk": "leeds", "calderdale.gov.uk": "calderdale",
         "kirklees.gov.uk": "kirklees", "bradford.gov.uk": "bradford"}
REPORT_N = {"wakefield": 3, "leeds": 1, "calderdale": 3, "kirklees": 3, "bradford": 3}
W = {"wakefield": ["current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation", "police_protection",
                   "child_sexual_exploitation", "domestic_abuse_current_involvement", "registered_sex_offender", "negotiated_attendance"]}
L_ATTEND = [c for c in W["wakefield"] if c != "child_sexual_exploitation"]
C_ATTEND = ["current_investigation", "wilful_neglect_investigation", "previous_investigation_escalation", "prior_unit_involvement",
            "registered_sex_offender", "negotiated_attendance"]
REVIEW_DISCUSS = ["child_sexual_exploitation", "current_investigation", "registered_sex_offender", "police_protection",
                  "domestic_abuse_current_involvement", "wilful_neglect_investigation"]

errors = []


def err(case, msg):
    errors.append(f"{case}: {msg}")


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


def is_wd(d):
    return d.weekday() < 5 and d not in BH


def back_wd(d, n):
    while n:
        d -= dt.timedelta(days=1)
        if is_wd(d):
            n -= 1
    return d


def wd_between(a, b):
    n, d = 0, a
    while d < b:
        d += dt.timedelta(days=1)
        n += is_wd(d)
    return n


def received_day(msg):
    rec = msg.get_all("Received") or []
    if rec:
        stamps = [parsedate_to_datetime(r.rsplit(";", 1)[1].strip()) for r in rec]
        newest = max(stamps)
    else:
        newest = parsedate_to_datetime(msg["Date"])
    return newest.astimezone(LON).date()


def sender_district(msg):
    addr = email.utils.parseaddr(msg["From"])[1].lower()
    dom = addr.split("@")[1]
    if dom.endswith(".cjsm.net"):
        dom = dom[: -len(".cjsm.net")]
    for a, dname in ALLOW.items():
        if dom == a or dom.endswith("." + a):
            return dname
    return None


def auth_ok(msg):
    ar = " ".join(msg.get_all("Authentication-Results") or [])
    return not re.search(r"\b(dmarc|dkim|spf)=fail", ar)


def pdf_text(data):
    out = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        if not pdf.pages:
            raise ValueError("no pages")
        for p in pdf.pages:
            out.append(p.extract_text() or "")
    r = pypdf.PdfReader(io.BytesIO(data), strict=True)
    n = len(r.pages)
    if n != len(out):
        raise ValueError("page count differs")
    return "\n".join(out), n


def docx_text(data):
    d = docx.Document(io.BytesIO(data))
    out = []
    for s in d.sections:
        out += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    out += [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            cells = [c.text for c in row.cells]
            out += cells
            out.append(" ".join(x for x in cells if x))
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    return "\n".join(out), xml


def ics_text(raw):
    raw = raw.replace("\r\n ", "").replace("\n ", "")
    out = []
    props = {}
    for line in raw.splitlines():
        if ":" not in line:
            continue
        k, v = line.split(":", 1)
        name = k.split(";")[0]
        v2 = v.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")
        props.setdefault(name, []).append((k, v2))
        if name in ("DESCRIPTION", "SUMMARY", "LOCATION"):
            out.append(v2)
    return "\n".join(out), props


def legacy_checkboxes(xml):
    """[(name, state)] for FORMCHECKBOX fields: w:checked wins, else w:default (OOXML 17.16.3)."""
    res = []
    for m in re.finditer(r"<w:ffData>(.*?)</w:ffData>", xml, re.S):
        ff = m.group(1)
        if "<w:checkBox>" not in ff:
            continue
        name = re.search(r'<w:name w:val="([^"]*)"', ff)
        ch = re.search(r'<w:checked(?: w:val="(\w+)")?/>', ff)
        de = re.search(r'<w:default w:val="(\w+)"/>', ff)
        if ch:
            state = ch.group(1) in (None, "1", "true", "on")
        else:
            state = bool(de and de.group(1) in ("1", "true", "on"))
        res.append((name.group(1) if name else "", state))
    return res


def expected_decision(lab):
    """recompute the POLICY.md decision from the label's own fields (a consistency check)"""
    if lab["decision"] == "manual_review":
        return "manual_review"
    d, crit, kind, tick = lab["district"], set(lab["criteria"]), lab["kind"], lab["police_attendance_requested"]
    both = "tickbox_ambiguous" in lab["flags_required"] and tick is None
    if kind in ("initial", "transfer_in"):
        if d == "leeds":
            if crit & set(L_ATTEND):
                return "attend"
            if "child_sexual_exploitation" in crit:
                return "discuss"
        elif d == "calderdale":
            if crit & set(C_ATTEND):
                return "attend"
            if crit & {"police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement"}:
                return "discuss"
        else:
            if crit & set(W["wakefield"]):
                return "attend"
        return "discuss" if tick is True or both else "report_only"
    if "core_group_member" in crit:
        return "attend"
    if crit & set(REVIEW_DISCUSS) or tick is True:
        return "discuss"
    return "report_only"


def check_case(path):
    name = os.path.basename(path)[:-4]
    jpath = path[:-4] + ".json"
    if not os.path.exists(jpath):
        err(name, "label missing")
        return
    if not re.match(r"^h-(36|37|38|39|40)-0[1-7]-[a-z0-9-]+$", name):
        err(name, "bad case name")
    lab = json.load(open(jpath))
    with open(path, "rb") as f:
        msg = email.message_from_binary_file(f, policy=policy.default)
    # ---------------- the e-mail and its parts
    corpus = [msg["Subject"] or ""]
    unreadable = []
    ics_props = None
    n_att = 0
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = part.get_filename()
        if fn:
            corpus.append(fn)
            n_att += 1
        data = part.get_payload(decode=True)
        try:
            if ct == "text/plain" and not fn:
                corpus.append(part.get_content())
            elif ct == "text/html" and not fn:
                corpus.append(re.sub(r"<[^>]+>", " ", part.get_content()))
            elif ct == "text/calendar":
                txt, ics_props = ics_text(data.decode("utf-8"))
                corpus.append(txt)
            elif ct == "application/pdf":
                txt, _ = pdf_text(data)
                corpus.append(txt)
            elif ct.endswith("wordprocessingml.document"):
                txt, xml = docx_text(data)
                corpus.append(txt)
                boxes = legacy_checkboxes(xml)
                pol = {n: s for n, s in boxes if n in ("PolAttend", "PolReport")}
                if pol:
                    exp = lab["police_attendance_requested"]
                    both_or_neither = pol["PolAttend"] == pol["PolReport"]
                    if both_or_neither and exp is not None:
                        err(name, "docx police boxes ambiguous but label has a value")
                    if not both_or_neither and exp != pol["PolAttend"]:
                        err(name, f"docx police boxes {pol} disagree with label {exp}")
            else:
                err(name, f"unexpected part {ct}")
        except Exception as e:  # noqa: BLE001 - an unreadable attachment is data here
            unreadable.append((fn, repr(e)[:80]))
    folded = fold("\n".join(corpus))
    if unreadable and "unreadable_attachment" not in lab["flags_required"]:
        err(name, f"attachment unreadable but not labelled: {unreadable}")
    if "unreadable_attachment" in lab["flags_required"] and not unreadable:
        err(name, "labelled unreadable_attachment but every attachment opened")
    # ---------------- label fields
    if list(lab.keys()) != KEYS:
        err(name, f"keys {list(lab.keys())}")
    if lab["district"] is not None and lab["district"] not in DISTRICTS:
        err(name, "district")
    if lab["kind"] is not None and lab["kind"] not in KINDS:
        err(name, "kind")
    if not isinstance(lab["pre_birth"], bool):
        err(name, "pre_birth")
    for k in ("date", "report_due"):
        if lab[k] is not None:
            dt.date.fromisoformat(lab[k])
    if lab["time"] is not None and not re.fullmatch(r"\d\d:\d\d", lab["time"]):
        err(name, "time")
    if lab["police_attendance_requested"] not in (True, False, None):
        err(name, "tick")
    if not set(lab["harm_categories"]) <= HARM:
        err(name, "harm")
    for ch in lab["children"]:
        if set(ch) != {"name", "date_of_birth"}:
            err(name, "child keys")
        if ch["date_of_birth"]:
            b = dt.date.fromisoformat(ch["date_of_birth"])
            if not (dt.date(1990, 1, 1) < b < dt.date(2027, 1, 29)):
                err(name, "child dob range")
        if fold(ch["name"]).lower() not in folded.lower():
            err(name, f"child {ch['name']} not in email")
    for a in lab["adults"]:
        if a.lower() not in folded.lower():
            err(name, f"adult {a} not in email")
    if not set(lab["criteria"]) <= CRITERIA:
        err(name, "criteria ids")
    if lab["decision"] not in DECISIONS:
        err(name, "decision")
    fr, ff = set(lab["flags_required"]), set(lab["flags_forbidden"])
    if not (fr | ff) <= FLAGS or fr & ff:
        err(name, "flags invalid or overlapping")
    for s in lab["source_texts"]:
        if fold(s) not in folded:
            err(name, f"source text not found: {s[:70]!r}")
    if not lab["notes"] or not lab["tags"]:
        err(name, "notes/tags")
    # ---------------- sender, received day, deadlines
    recv = received_day(msg)
    if not (dt.date(2026, 12, 7) <= recv <= dt.date(2027, 1, 29)):
        err(name, f"received {recv} out of range")
    sd = sender_district(msg)
    verified = sd is not None and auth_ok(msg)
    if not verified and "unverified_sender" not in fr:
        err(name, "unverified sender not flagged")
    if verified and "unverified_sender" not in ff:
        err(name, "verified sender but unverified_sender not forbidden")
    if verified and lab["district"] != sd:
        err(name, f"district {lab['district']} != sender {sd}")
    if not verified and lab["decision"] != "manual_review":
        err(name, "unverified sender must be manual_review")
    if lab["date"] and lab["district"] and lab["report_due"] is not None:
        conf = dt.date.fromisoformat(lab["date"])
        if conf.weekday() >= 5 or conf in BH:
            err(name, "conference not on a working day")
        if dt.date.fromisoformat(lab["report_due"]) != back_wd(conf, REPORT_N[lab["district"]]):
            err(name, "report_due")
        nwd = wd_between(recv, conf)
        if nwd != lab["notice_working_days"]:
            err(name, f"notice_working_days {lab['notice_working_days']} != {nwd}")
        mins = {"wakefield": {"initial": 5, "transfer_in": 5}, "leeds": {"initial": 5, "transfer_in": 5, "review": 10}}
        mn = mins.get(lab["district"], {}).get(lab["kind"])
        exp_ok = None if mn is None else nwd >= mn
        if exp_ok != lab["notice_ok"]:
            err(name, "notice_ok")
        if (exp_ok is False) != ("late_notice" in fr):
            err(name, "late_notice flag")
        if (back_wd(conf, REPORT_N[lab["district"]]) < recv) != ("deadline_passed" in fr):
            err(name, "deadline_passed flag")
    # ---------------- decision consistency with POLICY.md
    if lab["decision"] != expected_decision(lab):
        err(name, f"decision {lab['decision']} != policy {expected_decision(lab)}")
    if lab["decision"] == "attend" and lab["police_attendance_requested"] is False and "tickbox_conflict" not in fr:
        err(name, "tickbox_conflict missing")
    if "tickbox_conflict" in fr and not (lab["decision"] == "attend" and lab["police_attendance_requested"] is False):
        err(name, "tickbox_conflict without conflict")
    if fr & {"cancelled", "not_an_invitation", "unverified_sender"} and lab["decision"] != "manual_review":
        err(name, "rule 1 flag but not manual_review")
    if "cancelled" in fr and (ics_props is None or "CANCEL" not in str(ics_props.get("METHOD"))):
        if "cancel" not in folded.lower():
            err(name, "cancelled but no cancellation text")
    # ---------------- calendar checks
    if ics_props is not None:
        start = [v for k, v in ics_props.get("DTSTART", [])][-1]  # the VEVENT's, after the VTIMEZONE rules
        tzid = [k for k, v in ics_props.get("DTSTART", [])][-1]
        if "TZID=" not in tzid:
            err(name, "DTSTART without TZID")
        t = dt.datetime.strptime(start, "%Y%m%dT%H%M%S")
        if lab["date"] and (t.date().isoformat() != lab["date"] or t.strftime("%H:%M") != lab["time"]):
            err(name, f"calendar DTSTART {t} != label {lab['date']} {lab['time']}")
    return n_att


def main():
    emls = sorted(glob.glob(os.path.join(HERE, "h-*.eml")))
    jsons = sorted(glob.glob(os.path.join(HERE, "h-*.json")))
    if len(emls) != 35 or len(jsons) != 35:
        errors.append(f"expected 35 cases, found {len(emls)} eml / {len(jsons)} json")
    for layout in ("36", "37", "38", "39", "40"):
        n = len([e for e in emls if os.path.basename(e).startswith(f"h-{layout}-")])
        if n != 7:
            errors.append(f"layout {layout}: {n} cases")
    att = 0
    for e in emls:
        att += check_case(e) or 0
    # coverage across the set
    labs = [json.load(open(j)) for j in jsons]
    for c in CRITERIA:
        n = sum(c in l["criteria"] for l in labs)
        if n < 2:
            errors.append(f"criterion {c} used {n} times")
    for d in DECISIONS:
        n = sum(l["decision"] == d for l in labs)
        if n < 3:
            errors.append(f"decision {d} used {n} times")
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        sys.exit(1)
    print(f"OK: {len(emls)} emails, {att} attachments opened or deliberately unreadable, labels valid")


if __name__ == "__main__":
    main()
