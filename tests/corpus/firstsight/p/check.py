#!/usr/bin/env python
"""Independent check of set p: reads every .eml again (email, pdfplumber/pypdf, python-docx)
without the generators and checks each .json label against the text and POLICY.md.

Run: /work/main/.venv/bin/python check.py     (exit status 1 on any failure)
"""
import datetime as dt
import email
import glob
import io
import json
import os
import re
import sys
from email import policy
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
LONDON = ZoneInfo("Europe/London")

# England and Wales bank holidays around the set (gov.uk list)
BANK = {dt.date(2026, 8, 31), dt.date(2026, 12, 25), dt.date(2026, 12, 28), dt.date(2027, 1, 1),
        dt.date(2027, 3, 26), dt.date(2027, 3, 29), dt.date(2027, 5, 3), dt.date(2027, 5, 31)}

CRITERIA = ["current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation",
            "police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement",
            "registered_sex_offender", "negotiated_attendance", "prior_unit_involvement", "core_group_member"]
FLAGS = ["late_notice", "deadline_passed", "missing_reason", "missing_family_details",
         "missing_conference_date", "unverified_sender", "unreadable_attachment", "encrypted_unreadable",
         "no_booking_form", "tickbox_conflict", "tickbox_ambiguous", "not_an_invitation", "rescheduled",
         "cancelled", "possible_duplicate", "ocr_used", "district_unknown"]
KEYS = ["district", "kind", "pre_birth", "date", "time", "police_attendance_requested", "harm_categories",
        "children", "adults", "criteria", "decision", "report_due", "notice_working_days", "notice_ok",
        "flags_required", "flags_forbidden", "source_texts", "tags", "notes", "received"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


# ------------------------------------------------------------------ extraction
class H2T(HTMLParser):
    BLOCK = {"p", "div", "br", "tr", "td", "th", "li", "table", "h1", "h2", "h3", "h4", "blockquote", "ul", "ol"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "head"):
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "head"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(s):
    p = H2T()
    p.feed(s)
    return "".join(p.out)


def docx_text(data):
    import docx
    doc = docx.Document(io.BytesIO(data))
    out = []

    def table(t):
        for row in t.rows:
            seen = set()
            for c in row.cells:
                if id(c._tc) in seen:
                    continue
                seen.add(id(c._tc))
                out.append("\n".join(p.text for p in c.paragraphs))
                for inner in c.tables:
                    table(inner)
    for s in doc.sections:
        out += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    body = doc.element.body
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    for child in body.iterchildren():
        tag = child.tag.split("}")[1]
        if tag == "p":
            out.append(Paragraph(child, doc).text)
        elif tag == "tbl":
            table(Table(child, doc))
    return "\n".join(out)


def pdf_text(data):
    """returns (text, readable)"""
    import pypdf
    r = pypdf.PdfReader(io.BytesIO(data))
    if r.is_encrypted:
        try:
            ok = r.decrypt("")
        except Exception:
            ok = 0
        if not ok:
            return "", False
    import pdfplumber
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join((pg.extract_text() or "") for pg in pdf.pages), True


def extract(msg, out, info):
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if ct == "message/rfc822":
            extract(part.get_payload(0), out, info)
            continue
        if ct == "text/plain":
            out.append(part.get_content())
        elif ct == "text/html":
            out.append(html_text(part.get_content()))
        elif ct == "application/pdf":
            txt, ok = pdf_text(part.get_payload(decode=True))
            out.append(txt)
            if ok:
                info["forms"].append(fn)
            else:
                info["unreadable"].append(fn)
                info["encrypted"].append(fn)
        elif ct.endswith("wordprocessingml.document"):
            out.append(docx_text(part.get_payload(decode=True)))
            info["forms"].append(fn)
        else:
            info["unreadable"].append(fn or ct)
            if "rpmsg" in ct or (fn or "").endswith(".rpmsg"):
                info["encrypted"].append(fn)


def fold(s):
    return " ".join(s.split())


# ------------------------------------------------------------------ dates
def is_wd(x):
    return x.weekday() < 5 and x not in BANK


def back(x, n):
    while n:
        x -= dt.timedelta(days=1)
        n -= is_wd(x)
    return x


def notice(rday, cday):
    return sum(1 for i in range(1, (cday - rday).days + 1) if is_wd(rday + dt.timedelta(days=i)))


def suffix(n):
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def date_forms(iso):
    x = dt.date.fromisoformat(iso)
    d_, m, y = x.day, x.month, x.year
    mon = MONTHS[m - 1]
    f = {"%02d/%02d/%d" % (d_, m, y), "%d/%d/%d" % (d_, m, y), "%02d/%02d/%02d" % (d_, m, y % 100),
         "%d/%d/%02d" % (d_, m, y % 100), "%02d.%02d.%d" % (d_, m, y), "%02d.%02d.%02d" % (d_, m, y % 100),
         "%02d-%02d-%d" % (d_, m, y), "%d %s %d" % (d_, mon, y), "%d%s %s %d" % (d_, suffix(d_), mon, y),
         "%d %s %d" % (d_, mon[:3], y), "%d%s %s" % (d_, suffix(d_), mon), "%d %s" % (d_, mon),
         "%02d/%02d" % (d_, m), x.isoformat(), "%s %d, %d" % (mon, d_, y), "%s %d" % (mon[:3], d_)}
    return f


def visible_date(iso, text):
    low = text.lower()
    return any(v.lower() in low for v in date_forms(iso))


# ------------------------------------------------------------------ policy
WAKEFIELD_ATTEND = {"current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation",
                    "police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement",
                    "registered_sex_offender", "negotiated_attendance"}
CALDERDALE_ATTEND = {"current_investigation", "wilful_neglect_investigation", "previous_investigation_escalation",
                     "prior_unit_involvement", "registered_sex_offender", "negotiated_attendance"}
REVIEW_DISCUSS = {"child_sexual_exploitation", "current_investigation", "registered_sex_offender",
                  "police_protection", "domestic_abuse_current_involvement", "wilful_neglect_investigation"}


def decide(district, kind, criteria, tick, both):
    c = set(criteria)
    if kind in ("initial", "transfer_in"):
        if district == "leeds":
            if c & (WAKEFIELD_ATTEND - {"child_sexual_exploitation"}):
                return "attend"
            if "child_sexual_exploitation" in c:
                return "discuss"
        elif district == "calderdale":
            if c & CALDERDALE_ATTEND:
                return "attend"
            if c & {"police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement"}:
                return "discuss"
        else:  # wakefield, and kirklees/bradford by the Wakefield rules
            if c & WAKEFIELD_ATTEND:
                return "attend"
        return "discuss" if (tick is True or both) else "report_only"
    if kind == "review":
        if "core_group_member" in c:
            return "attend"
        if c & REVIEW_DISCUSS or tick is True:
            return "discuss"
        return "report_only"
    return None


def district_of(addr):
    dom = addr.rsplit("@", 1)[-1].lower().rstrip(">")
    if dom.endswith(".cjsm.net"):
        dom = dom[: -len(".cjsm.net")]
    for name in ("wakefield", "leeds", "calderdale", "kirklees", "bradford"):
        base = name + ".gov.uk"
        if dom == base or dom.endswith("." + base):
            return name
    return None


# ------------------------------------------------------------------ checks
def check(jpath):
    errs = []
    lab = json.load(open(jpath, encoding="utf-8"))
    eml = jpath[:-5] + ".eml"
    if not os.path.exists(eml):
        return ["no .eml"]
    if list(lab.keys()) != KEYS:
        errs.append("keys differ from the sample layout + received: %s" % list(lab.keys()))
    msg = email.message_from_bytes(open(eml, "rb").read(), policy=policy.default)
    out, info = [str(msg["Subject"])], {"forms": [], "unreadable": [], "encrypted": []}
    extract(msg, out, info)
    text = fold("\n".join(out))
    low = text.lower()

    # 1. source texts
    for s in lab["source_texts"]:
        if fold(s) not in text:
            errs.append("source text not found: %r" % s[:80])

    # 2. received
    rec = msg.get_all("Received")[0]
    rdt = parsedate_to_datetime(rec.rsplit(";", 1)[1].strip()).astimezone(LONDON)
    if rdt.isoformat() != dt.datetime.fromisoformat(lab["received"]).astimezone(LONDON).isoformat():
        errs.append("received %s != newest Received %s" % (lab["received"], rdt.isoformat()))
    rday = rdt.date()
    if not (dt.date(2026, 12, 7) <= rday <= dt.date(2027, 1, 31)):
        errs.append("received outside 7 Dec 2026 - 31 Jan 2027")

    # 3. district from the sender
    frm = msg["From"].addresses[0].addr_spec
    dist = district_of(frm)
    if dist != lab["district"]:
        errs.append("sender %s gives district %s, label %s" % (frm, dist, lab["district"]))
    req, forb = set(lab["flags_required"]), set(lab["flags_forbidden"])
    if req & forb:
        errs.append("flag both required and forbidden: %s" % (req & forb))
    for f in req | forb:
        if f not in FLAGS:
            errs.append("unknown flag %s" % f)
    for c in lab["criteria"]:
        if c not in CRITERIA:
            errs.append("unknown criterion %s" % c)
    for h in lab["harm_categories"]:
        if h not in ("neglect", "physical", "sexual", "emotional"):
            errs.append("unknown harm %s" % h)

    # 4. conference date
    if lab["date"]:
        cd = dt.date.fromisoformat(lab["date"])
        if not is_wd(cd):
            errs.append("conference %s not a working day" % cd)
        if cd <= rday:
            errs.append("conference not after the day received")
        if not visible_date(lab["date"], text):
            errs.append("conference date %s not visible" % lab["date"])
        if lab["time"]:
            hh, mm = map(int, lab["time"].split(":"))
            forms = ["%02d:%02d" % (hh, mm), "%d:%02d" % (hh, mm), "%d.%02d" % (hh % 12 or 12, mm),
                     "%d%s" % (hh % 12 or 12, "am" if hh < 12 else "pm"), "%02d%02d" % (hh, mm)]
            if not any(f in low for f in forms):
                errs.append("time %s not visible" % lab["time"])

    # 5. deadlines
    if lab["date"] and lab["kind"] and lab["report_due"] is not None:
        n = 1 if lab["district"] == "leeds" else 3
        due = back(cd, n)
        if lab["report_due"] != due.isoformat():
            errs.append("report_due %s, expected %s" % (lab["report_due"], due))
        nw = notice(rday, cd)
        if lab["notice_working_days"] != nw:
            errs.append("notice %s, expected %s" % (lab["notice_working_days"], nw))
        k = lab["kind"]
        mn = None
        if lab["district"] == "wakefield" and k in ("initial", "transfer_in"):
            mn = 5
        elif lab["district"] == "leeds":
            mn = 5 if k in ("initial", "transfer_in") else 10
        ok = None if mn is None else nw >= mn
        if lab["notice_ok"] != ok:
            errs.append("notice_ok %s, expected %s" % (lab["notice_ok"], ok))
        if (ok is False) != ("late_notice" in req) or (ok is not False and "late_notice" not in forb):
            errs.append("late_notice flag inconsistent")
        passed = due < rday
        if passed != ("deadline_passed" in req) or (not passed and "deadline_passed" not in forb):
            errs.append("deadline_passed flag inconsistent")
    elif lab["report_due"] or lab["notice_working_days"] is not None or lab["notice_ok"] is not None:
        errs.append("deadlines given without date/kind")

    # 6. tick box from tags
    tags = set(lab["tags"])
    tick = lab["police_attendance_requested"]
    ticktags = [t for t in tags if t.startswith("tick-")]
    both = "tick-both" in tags
    expect = {"tick-attend": True, "tick-report": False, "tick-both": None, "tick-neither": None, "tick-absent": None}
    if lab["decision"] != "manual_review" or ticktags:
        if len(ticktags) != 1:
            errs.append("need exactly one tick-* tag")
        else:
            t = ticktags[0]
            if expect[t] != tick:
                errs.append("%s but police_attendance_requested=%s" % (t, tick))
            amb = t in ("tick-both", "tick-neither")
            if amb != ("tickbox_ambiguous" in req) or (not amb and "tickbox_ambiguous" not in forb):
                errs.append("tickbox_ambiguous flag inconsistent")
            if t in ("tick-attend", "tick-both"):
                if not re.search("\u2612|\u2611|\\[x\\]|\\byes\\b|\u2714|\u2713|\\bX\\b|attendance: required", text, re.I):
                    errs.append("no marked box visible for %s" % t)
        conflict = tick is False and lab["decision"] == "attend"
        if conflict != ("tickbox_conflict" in req) or (not conflict and lab["decision"] != "manual_review"
                                                         and "tickbox_conflict" not in forb):
            errs.append("tickbox_conflict flag inconsistent")

    # 7. decision
    mr_reasons = {"cancelled", "not_an_invitation", "encrypted_unreadable", "unverified_sender"}
    must_mr = bool(req & mr_reasons) or {"unreadable_attachment", "no_booking_form"} <= req \
        or (lab["date"] is None and lab["decision"] == "manual_review")
    if must_mr:
        if lab["decision"] != "manual_review":
            errs.append("manual_review reason present but decision %s" % lab["decision"])
        portal = re.search(r"https?://", text) and not info["forms"]
        if "encrypted_unreadable" in req and not (info["encrypted"] or portal):
            errs.append("encrypted_unreadable but every part was readable and no portal link")
        if "encrypted_unreadable" in req and info["forms"]:
            errs.append("encrypted_unreadable but a booking form was read: %s" % info["forms"])
        if "cancelled" in req and "cancel" not in low:
            errs.append("cancelled but the word is not in the text")
    else:
        if lab["decision"] == "manual_review":
            errs.append("manual_review without a reason flag")
        if info["unreadable"]:
            errs.append("unreadable part %s in a case that is not manual_review" % info["unreadable"])
        want = decide(lab["district"], lab["kind"], lab["criteria"], tick, both)
        if want != lab["decision"]:
            errs.append("decision %s, POLICY gives %s" % (lab["decision"], want))
        for f in ("encrypted_unreadable", "unreadable_attachment", "not_an_invitation", "cancelled",
                  "unverified_sender", "district_unknown", "missing_conference_date", "missing_family_details"):
            if f not in forb:
                errs.append("%s should be forbidden on a readable invitation" % f)

    # 8. names and dates of birth visible
    for ch in lab["children"]:
        if ch["name"].lower() not in low:
            errs.append("child %s not visible" % ch["name"])
        if ch["date_of_birth"] and not visible_date(ch["date_of_birth"], text):
            errs.append("DOB %s of %s not visible" % (ch["date_of_birth"], ch["name"]))
    for a in lab["adults"]:
        if a.lower() not in low:
            errs.append("adult %s not visible" % a)
    if lab["pre_birth"] and not any(ch["date_of_birth"] is None for ch in lab["children"]):
        errs.append("pre-birth without an unborn child")
    return errs


def main():
    files = sorted(glob.glob(os.path.join(HERE, "p-*.json")))
    bad = 0
    counts = {}
    for j in files:
        errs = check(j)
        lab = json.load(open(j, encoding="utf-8"))
        counts[lab["decision"]] = counts.get(lab["decision"], 0) + 1
        name = os.path.basename(j)[:-5]
        if errs:
            bad += 1
            print("FAIL", name)
            for e in errs:
                print("     ", e)
        else:
            print("ok  ", name)
    emls = sorted(glob.glob(os.path.join(HERE, "p-*.eml")))
    if len(emls) != len(files):
        print("FAIL: %d .eml but %d .json" % (len(emls), len(files)))
        bad += 1
    print("\n%d cases, %d failing; decisions: %s" % (len(files), bad,
          ", ".join("%s %d" % kv for kv in sorted(counts.items()))))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
