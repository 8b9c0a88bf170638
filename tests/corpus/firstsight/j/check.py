#!/usr/bin/env python3
"""Validate every label of set j against its email and POLICY.md.
Run with /work/main/.venv/bin/python check.py  (needs pdfplumber, pypdf, lxml)."""
import datetime as dt
import glob
import html
import io
import json
import os
import re
import sys
import zipfile
from email import message_from_bytes, policy
from email.header import decode_header, make_header
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
BH = {dt.date(2026, 12, 25), dt.date(2026, 12, 28), dt.date(2027, 1, 1)}
CRITERIA = ["current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation",
            "police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement",
            "registered_sex_offender", "negotiated_attendance", "prior_unit_involvement", "core_group_member"]
DECISIONS = ["attend", "report_only", "discuss", "manual_review"]
FLAGS = ["cancelled", "deadline_passed", "district_unknown", "encrypted_unreadable", "late_notice",
         "missing_conference_date", "missing_family_details", "missing_reason", "no_booking_form",
         "not_an_invitation", "possible_duplicate", "rescheduled", "tickbox_ambiguous", "tickbox_conflict",
         "unreadable_attachment", "unverified_sender"]
KEYS = {"district": (str, type(None)), "kind": (str, type(None)), "pre_birth": (bool, type(None)),
        "date": (str, type(None)), "time": (str, type(None)),
        "police_attendance_requested": (bool, type(None)), "harm_categories": (list, type(None)),
        "children": (list, type(None)), "adults": (list, type(None)), "criteria": (list,),
        "decision": (str,), "report_due": (str, type(None)), "notice_working_days": (int, type(None)),
        "notice_ok": (bool, type(None)), "flags_required": (list,), "flags_forbidden": (list,),
        "source_texts": (list,), "tags": (list,), "notes": (str,)}


def wd(d):
    return d.weekday() < 5 and d not in BH


def back(d, n):
    while n:
        d -= dt.timedelta(days=1)
        n -= wd(d)
    return d


def between(a, b):
    n = 0
    while a < b:
        a += dt.timedelta(days=1)
        n += wd(a)
    return n


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


# ------------------------------------------------------------------ text extraction
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text(data):
    from lxml import etree
    out = []
    z = zipfile.ZipFile(io.BytesIO(data))
    for name in z.namelist():
        if not re.match(r"word/(document|comments|header\d*|footer\d*)\.xml$", name):
            continue
        root = etree.fromstring(z.read(name))
        for p in root.iter(W + "p"):
            # accepted state: w:t (inside or outside w:ins); w:delText is not w:t
            t = "".join((x.text or "") if x.tag == W + "t" else "\t" for x in p.iter(W + "t", W + "tab"))
            if t.strip():
                out.append(t)
        for tr in root.iter(W + "tr"):
            cells = []
            for tc in tr.iter(W + "tc"):
                cells.append(" ".join("".join(x.text or "" for x in p.iter(W + "t")) for p in tc.iter(W + "p")))
            out.append(" ".join(cells))
    return "\n".join(out)


def pdf_text(data):
    import pdfplumber
    import pypdf
    out = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for pg in pdf.pages:
            out.append(pg.extract_text() or "")
    r = pypdf.PdfReader(io.BytesIO(data))
    for name, f in (r.get_fields() or {}).items():
        v = f.get("/V")
        if v is not None:
            out.append(str(v).lstrip("/"))
        out.append(str(name))
    return "\n".join(out)


def html_text(s):
    s = re.sub(r"(?is)<(script|style).*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</li>", "\n", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


def email_corpus(msg, problems):
    out = []
    for part in msg.walk():
        if part.get("Subject"):
            out.append(str(make_header(decode_header(part["Subject"]))))
        fn = part.get_filename()
        if fn:
            out.append(fn)
        ct = part.get_content_type()
        if part.is_multipart() or ct == "message/rfc822":
            continue
        data = part.get_payload(decode=True) or b""
        try:
            if ct == "text/plain":
                out.append(data.decode(part.get_content_charset() or "utf-8"))
            elif ct == "text/html":
                out.append(html_text(data.decode(part.get_content_charset() or "utf-8")))
            elif ct == "application/pdf" or (fn or "").lower().endswith(".pdf"):
                out.append(pdf_text(data))
            elif (fn or "").lower().endswith(".docx"):
                out.append(docx_text(data))
        except Exception as e:  # unreadable attachment: nothing from it
            problems.append("%s unreadable (%s)" % (fn, type(e).__name__))
    return "\n".join(out)


def received_day(msg):
    rec = msg.get_all("Received") or []
    stamp = rec[0].rsplit(";", 1)[1].strip() if rec else msg["Date"]
    return parsedate_to_datetime(stamp).astimezone(ZoneInfo("Europe/London")).date()


# ------------------------------------------------------------------ policy
W_ATTEND = {"current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation",
            "police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement",
            "registered_sex_offender", "negotiated_attendance"}
C_ATTEND = {"current_investigation", "wilful_neglect_investigation", "previous_investigation_escalation",
            "prior_unit_involvement", "registered_sex_offender", "negotiated_attendance"}
R_DISCUSS = {"child_sexual_exploitation", "current_investigation", "registered_sex_offender",
             "police_protection", "domestic_abuse_current_involvement", "wilful_neglect_investigation"}


def decide(lab):
    fr = set(lab["flags_required"])
    if (fr & {"cancelled", "not_an_invitation", "unverified_sender", "encrypted_unreadable"}
            or {"unreadable_attachment", "no_booking_form"} <= fr
            or not lab["date"] or not lab["kind"]):
        return "manual_review"
    crit = set(lab["criteria"])
    tick = lab["police_attendance_requested"]
    both = "tick-both" in lab["tags"]
    d = lab["district"] if lab["district"] in ("leeds", "calderdale") else "wakefield"
    if lab["kind"] in ("initial", "transfer_in"):
        if d == "wakefield" and crit & W_ATTEND:
            return "attend"
        if d == "leeds":
            if crit & (W_ATTEND - {"child_sexual_exploitation"}):
                return "attend"
            if "child_sexual_exploitation" in crit:
                return "discuss"
        if d == "calderdale":
            if crit & C_ATTEND:
                return "attend"
            if crit & {"police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement"}:
                return "discuss"
        return "discuss" if (tick is True or both) else "report_only"
    if "core_group_member" in crit:
        return "attend"
    return "discuss" if (crit & R_DISCUSS or tick is True) else "report_only"


# ------------------------------------------------------------------ main
def main():
    errs = []
    jsons = sorted(glob.glob(os.path.join(HERE, "J-*.json")))
    dec_count = {k: 0 for k in DECISIONS}
    crit_count = {k: 0 for k in CRITERIA}
    layouts = {}
    for jp in jsons:
        name = os.path.basename(jp)[:-5]
        e = lambda m: errs.append("%s: %s" % (name, m))
        if not re.match(r"J-(4[6-9]|50)-0[1-7]-[a-z0-9-]+$", name):
            e("bad name")
        layouts.setdefault(name[2:4], []).append(name)
        lab = json.load(open(jp))
        if set(lab) != set(KEYS):
            e("keys differ: %s" % (set(lab) ^ set(KEYS)))
            continue
        for k, t in KEYS.items():
            if not isinstance(lab[k], t):
                e("type of %s" % k)
        if lab["district"] not in (None, "wakefield", "leeds", "calderdale", "kirklees", "bradford"):
            e("district")
        if lab["kind"] not in (None, "initial", "review", "transfer_in"):
            e("kind")
        if lab["decision"] not in DECISIONS:
            e("decision value")
        for c in lab["criteria"]:
            if c not in CRITERIA:
                e("unknown criterion %s" % c)
        for f in lab["flags_required"] + lab["flags_forbidden"]:
            if f not in FLAGS:
                e("unknown flag %s" % f)
        if set(lab["flags_required"]) & set(lab["flags_forbidden"]):
            e("flag both required and forbidden")
        for h in lab["harm_categories"] or []:
            if h not in ("neglect", "physical", "sexual", "emotional"):
                e("harm %s" % h)
        for c in lab["children"] or []:
            if set(c) != {"name", "date_of_birth"}:
                e("child keys")
            if c["date_of_birth"]:
                dt.date.fromisoformat(c["date_of_birth"])
        if lab["time"] and not re.match(r"^([01]\d|2[0-3]):[0-5]\d$", lab["time"]):
            e("time format")
        if (lab["police_attendance_requested"] is None) != ("tickbox_ambiguous" in lab["flags_required"]) and \
                any(t in lab["tags"] for t in ("tick-both", "tick-neither")):
            e("ambiguous tick must be null + tickbox_ambiguous")
        # email
        emlp = jp[:-5] + ".eml"
        if not os.path.exists(emlp):
            e("no eml")
            continue
        msg = message_from_bytes(open(emlp, "rb").read(), policy=policy.compat32)
        rday = received_day(msg)
        if not (dt.date(2026, 12, 7) <= rday <= dt.date(2027, 1, 29)):
            e("received day %s out of range" % rday)
        # dates
        if lab["date"]:
            conf = dt.date.fromisoformat(lab["date"])
            if not wd(conf):
                e("conference date not a working day")
        if lab["report_due"] and not wd(dt.date.fromisoformat(lab["report_due"])):
            e("report_due not a working day")
        if lab["district"] and lab["date"] and lab["kind"]:
            n = 1 if lab["district"] == "leeds" else 3
            due = back(conf, n).isoformat()
            nwd = between(rday, conf)
            mn = None
            if lab["district"] == "wakefield" and lab["kind"] != "review":
                mn = 5
            if lab["district"] == "leeds":
                mn = 10 if lab["kind"] == "review" else 5
            ok = None if mn is None else nwd >= mn
            if lab["report_due"] != due:
                e("report_due %s != %s" % (lab["report_due"], due))
            if lab["notice_working_days"] != nwd:
                e("notice_working_days %s != %s" % (lab["notice_working_days"], nwd))
            if lab["notice_ok"] != ok:
                e("notice_ok %s != %s" % (lab["notice_ok"], ok))
            if lab["decision"] != "manual_review":
                if (ok is False) != ("late_notice" in lab["flags_required"]):
                    e("late_notice flag inconsistent")
                if (due < rday.isoformat()) != ("deadline_passed" in lab["flags_required"]):
                    e("deadline_passed flag inconsistent")
        elif lab["decision"] != "manual_review":
            e("deadlines not determinable on a non-manual case")
        if lab["decision"] != "manual_review":
            tc = lab["decision"] == "attend" and lab["police_attendance_requested"] is False
            if tc != ("tickbox_conflict" in lab["flags_required"]):
                e("tickbox_conflict flag inconsistent")
        want = decide(lab)
        if want != lab["decision"]:
            e("decision %s, policy gives %s" % (lab["decision"], want))
        dec_count[lab["decision"]] += 1
        for c in lab["criteria"]:
            crit_count[c] += 1
        # source texts
        problems = []
        corpus = fold(email_corpus(msg, problems))
        if problems and "unreadable_attachment" not in lab["flags_required"]:
            e("attachment unreadable but no unreadable_attachment flag: %s" % problems)
        if "unreadable_attachment" in lab["flags_required"] and not problems:
            e("unreadable_attachment flagged but every attachment read")
        for s in lab["source_texts"]:
            if fold(s) not in corpus:
                e("source_text not in email: %r" % s[:80])
        # evidence-like check: every named child and adult appears somewhere
        for c in lab["children"] or []:
            if c["name"] and fold(c["name"]).lower() not in corpus.lower():
                surname_first = " ".join(reversed(c["name"].split(" ", 1)))
                if c["name"].split()[-1].lower() not in corpus.lower():
                    e("child %s not in email" % c["name"])
    if len(jsons) != 35:
        errs.append("expected 35 cases, found %d" % len(jsons))
    for k, v in sorted(layouts.items()):
        if len(v) != 7:
            errs.append("layout %s has %d cases" % (k, len(v)))
    for k, v in crit_count.items():
        if v < 2:
            errs.append("criterion %s only %d cases" % (k, v))
    for k, v in dec_count.items():
        if v < 3:
            errs.append("decision %s only %d cases" % (k, v))
    print("cases:", len(jsons))
    print("decisions:", json.dumps(dec_count))
    print("criteria:", json.dumps(crit_count))
    if errs:
        print("FAIL (%d problems)" % len(errs))
        for x in errs:
            print("  -", x)
        sys.exit(1)
    print("OK: all labels valid")


if __name__ == "__main__":
    main()
