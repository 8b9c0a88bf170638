#!/usr/bin/env python
"""Independent checker for set q: re-reads every .eml WITHOUT the generators and checks its label.
Run: /work/main/.venv/bin/python check.py"""
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
from html.parser import HTMLParser

import docx
import pdfplumber
import pypdf
import tnefparse

HERE = os.path.dirname(os.path.abspath(__file__))
HOL = {dt.date(2026, 12, 25), dt.date(2026, 12, 28), dt.date(2027, 1, 1), dt.date(2027, 3, 26), dt.date(2027, 3, 29),
       dt.date(2026, 8, 31), dt.date(2027, 5, 3)}
CRITERIA = {"current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation", "police_protection",
            "child_sexual_exploitation", "domestic_abuse_current_involvement", "registered_sex_offender",
            "negotiated_attendance", "prior_unit_involvement", "core_group_member"}
ALLOW = {"wakefield.gov.uk": "wakefield", "leeds.gov.uk": "leeds", "calderdale.gov.uk": "calderdale",
         "kirklees.gov.uk": "kirklees", "bradford.gov.uk": "bradford"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


class _H(HTMLParser):
    BLOCK = {"p", "div", "br", "tr", "td", "th", "li", "h1", "h2", "h3", "h4", "table", "dt", "dd"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, a):
        if tag in ("style", "script", "title"):
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def html_text(s):
    h = _H()
    h.feed(s)
    return "".join(h.out)


def docx_text(data):
    d = docx.Document(io.BytesIO(data))
    out = []

    def tables(ts):
        for t in ts:
            for row in t.rows:
                for cell in row.cells:
                    out.extend(p.text for p in cell.paragraphs)
                    tables(cell.tables)
    out.extend(p.text for p in d.paragraphs)
    tables(d.tables)
    for s in d.sections:
        out.extend(p.text for p in s.header.paragraphs)
        out.extend(p.text for p in s.footer.paragraphs)
    return "\n".join(out)


def pdf_text(data):
    out = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for pg in pdf.pages:
            out.append(pg.extract_text() or "")
    r = pypdf.PdfReader(io.BytesIO(data))
    for pg in r.pages:
        out.append(pg.extract_text() or "")
    return "\n".join(out)


class Extract:
    def __init__(self):
        self.texts, self.unreadable, self.read_docs = [], [], []

    def blob(self, name, data):
        self.texts.append(name)
        low = name.lower()
        if data[:4] == b"PK\x03\x04" and low.endswith((".doc", ".do~")):
            low += "x"          # 8.3 short name of a .docx inside TNEF
        try:
            if low.endswith(".docx"):
                self.texts.append(docx_text(data)); self.read_docs.append(name)
            elif low.endswith(".pdf"):
                self.texts.append(pdf_text(data)); self.read_docs.append(name)
            elif low.endswith(".zip"):
                z = zipfile.ZipFile(io.BytesIO(data))
                for info in z.infolist():
                    if info.is_dir():
                        continue
                    if info.flag_bits & 1:
                        self.unreadable.append(name + "/" + info.filename + " (password)")
                        continue
                    self.blob(info.filename, z.read(info))
            elif low.endswith(".txt") or low.endswith(".csv"):
                self.texts.append(data.decode("utf-8", "replace") if data.startswith(b"\xef\xbb\xbf") else data.decode("cp1252"))
            elif low.endswith(".htm") or low.endswith(".html"):
                self.texts.append(html_text(data.decode("utf-8")))
            elif low == "winmail.dat" or low.endswith(".dat"):
                t = tnefparse.TNEF(data)
                if not t.attachments and not t.body:
                    raise ValueError("empty TNEF")
                if t.body:
                    self.texts.append(t.body.decode("cp1252").rstrip("\x00") if isinstance(t.body, bytes) else t.body)
                for a in t.attachments:
                    self.blob(a.long_filename() or a.name, a.data)
            elif low.endswith((".png", ".jpg", ".gif")):
                pass
            else:
                self.unreadable.append(name + " (unsupported)")
        except Exception as e:  # noqa
            self.unreadable.append("%s (%s: %s)" % (name, type(e).__name__, e))

    def part(self, p):
        ct = p.get_content_type()
        if p.is_multipart():
            for sp in p.iter_parts():
                self.part(sp)
            return
        if ct == "message/rfc822":
            inner = p.get_content()
            self.texts.append(str(inner.get("Subject", "")))
            self.part(inner)
            return
        fn = p.get_filename()
        if fn:
            self.blob(fn, p.get_payload(decode=True))
        elif ct == "text/plain":
            self.texts.append(p.get_content())
        elif ct == "text/html":
            self.texts.append(html_text(p.get_content()))
        elif ct == "text/calendar":
            self.texts.append(p.get_content())


def is_wd(d):
    return d.weekday() < 5 and d not in HOL


def wd_after(a, b):
    n, d = 0, a
    while d < b:
        d += dt.timedelta(1)
        n += is_wd(d)
    return n


def back(d, n):
    while n:
        d -= dt.timedelta(1)
        if is_wd(d):
            n -= 1
    return d


def date_variants(d):
    day = d.day
    suf = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    m = MONTHS[d.month - 1]
    return {d.strftime("%d/%m/%Y"), d.strftime("%d/%m/%y"), d.strftime("%d.%m.%Y"), d.strftime("%d.%m.%y"),
            d.strftime("%d-%m-%Y"), d.isoformat(), "%d/%d/%d" % (day, d.month, d.year),
            "%d %s %d" % (day, m, d.year), "%d%s %s %d" % (day, suf, m, d.year), "%d %s %d" % (day, m[:3], d.year),
            "%d%s %s" % (day, suf, m), "%d %s" % (day, m), "%s %d, %d" % (m, day, d.year), "%02d %s %d" % (day, m[:3], d.year)}


def visible_date(d, text):
    low = text.lower()
    return any(v.lower() in low for v in date_variants(d))


def decide(lab):
    """POLICY.md decision from criteria, kind, district and tick box (manual_review handled separately)."""
    c = set(lab["criteria"] or [])
    dist, kind, par = lab["district"], lab["kind"], lab["police_attendance_requested"]
    both = "tick-both" in lab["tags"]
    if kind in ("initial", "transfer_in"):
        core = {"current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation", "police_protection",
                "domestic_abuse_current_involvement", "registered_sex_offender", "negotiated_attendance"}
        if dist == "leeds":
            if c & core:
                return "attend"
            if "child_sexual_exploitation" in c:
                return "discuss"
        elif dist == "calderdale":
            if c & {"current_investigation", "wilful_neglect_investigation", "previous_investigation_escalation",
                    "prior_unit_involvement", "registered_sex_offender", "negotiated_attendance"}:
                return "attend"
            if c & {"police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement"}:
                return "discuss"
        else:  # wakefield, kirklees, bradford (Wakefield rules)
            if c & (core | {"child_sexual_exploitation"}):
                return "attend"
        return "discuss" if (par is True or both) else "report_only"
    if "core_group_member" in c:
        return "attend"
    if c & {"child_sexual_exploitation", "current_investigation", "registered_sex_offender", "police_protection",
            "domestic_abuse_current_involvement", "wilful_neglect_investigation"} or par is True:
        return "discuss"
    return "report_only"


def check(jpath):
    errs = []
    lab = json.load(open(jpath))
    keys = {"district", "kind", "pre_birth", "date", "time", "police_attendance_requested", "harm_categories", "children", "adults",
            "criteria", "decision", "report_due", "notice_working_days", "notice_ok", "flags_required", "flags_forbidden",
            "source_texts", "tags", "notes", "received"}
    if set(lab) != keys:
        errs.append("keys differ: %s" % (set(lab) ^ keys))
    msg = email.message_from_bytes(open(jpath[:-5] + ".eml", "rb").read(), policy=policy.default)
    ex = Extract()
    ex.texts.append(str(msg["Subject"]))
    ex.part(msg)
    full = fold("\n".join(ex.texts))
    fl = full.lower()
    # source texts
    for s in lab["source_texts"]:
        if fold(s) not in full:
            errs.append("source text not found: %r" % s[:80])
    # received
    recv = parsedate_to_datetime(msg.get_all("Received")[0].rsplit(";", 1)[1].strip())
    recv = recv.astimezone(dt.timezone.utc)  # Dec/Jan: Europe/London == UTC
    if recv.strftime("%Y-%m-%dT%H:%M:%S+00:00") != lab["received"]:
        errs.append("received %s != %s" % (recv, lab["received"]))
    rday = recv.date()
    if not (dt.date(2026, 12, 7) <= rday <= dt.date(2027, 1, 31)):
        errs.append("received out of range")
    # district from sender
    addr = msg["From"].addresses[0].addr_spec.lower()
    dom = addr.split("@")[1]
    if dom.endswith(".cjsm.net"):
        dom = dom[: -len(".cjsm.net")]
    dist = None
    for k, v in ALLOW.items():
        if dom == k or dom.endswith("." + k):
            dist = v
    if dist != lab["district"]:
        errs.append("district %s from sender vs label %s" % (dist, lab["district"]))
    req, forb = set(lab["flags_required"]), set(lab["flags_forbidden"])
    if req & forb:
        errs.append("flag both required and forbidden: %s" % (req & forb))
    if not set(lab["criteria"]) <= CRITERIA:
        errs.append("unknown criterion")
    # attachments readable?
    if ex.unreadable and "unreadable_attachment" not in req:
        errs.append("unreadable attachment not flagged: %s" % ex.unreadable)
    if not ex.unreadable and "unreadable_attachment" in req:
        errs.append("unreadable_attachment required but all attachments read")
    if not ex.unreadable and "unreadable_attachment" not in forb and lab["decision"] != "manual_review":
        errs.append("unreadable_attachment should be forbidden")
    # conference date
    if lab["date"]:
        cd = dt.date.fromisoformat(lab["date"])
        if not is_wd(cd):
            errs.append("conference not on a working day")
        if cd <= rday:
            errs.append("conference not after the day received")
        if not visible_date(cd, full):
            errs.append("conference date not visible")
    if lab["time"]:
        h, m = map(int, lab["time"].split(":"))
        hh = h if h <= 12 else h - 12
        cands = ["%d:%02d" % (h, m), "%02d:%02d" % (h, m), "%d.%02d" % (h, m), "%d.%02d" % (hh, m), "%d:%02d" % (hh, m),
                 "%02d%02d" % (h, m), "%d%s" % (hh, "am" if h < 12 else "pm"), "%d %s" % (hh, "am" if h < 12 else "pm")]
        if not any(c in fl for c in cands):
            errs.append("time not visible")
    manual = lab["decision"] == "manual_review"
    # deadlines
    if lab["report_due"] is not None or lab["notice_working_days"] is not None:
        cd = dt.date.fromisoformat(lab["date"])
        n = {"leeds": 1}.get(lab["district"], 3)
        rd = back(cd, n)
        if rd.isoformat() != lab["report_due"]:
            errs.append("report_due %s != %s" % (lab["report_due"], rd))
        nw = wd_after(rday, cd)
        if nw != lab["notice_working_days"]:
            errs.append("notice %s != %s" % (lab["notice_working_days"], nw))
        ini = lab["kind"] in ("initial", "transfer_in")
        mn = {"wakefield": 5 if ini else None, "leeds": 5 if ini else 10}.get(lab["district"])
        ok = None if mn is None else nw >= mn
        if ok != lab["notice_ok"]:
            errs.append("notice_ok %s != %s" % (lab["notice_ok"], ok))
        if (ok is False) != ("late_notice" in req):
            errs.append("late_notice flag wrong")
        if ok is not False and "late_notice" not in forb:
            errs.append("late_notice should be forbidden")
        if (rd < rday) != ("deadline_passed" in req):
            errs.append("deadline_passed flag wrong")
        if rd >= rday and "deadline_passed" not in forb:
            errs.append("deadline_passed should be forbidden")
    elif not manual:
        errs.append("deadlines missing on a non-manual case")
    # tick box
    tick = [t for t in lab["tags"] if t.startswith("tick-")]
    tick = tick[0][5:] if tick else None
    par = lab["police_attendance_requested"]
    exp = {"attend": True, "report": False}.get(tick)
    if par != exp:
        errs.append("police_attendance_requested %s does not match tag tick-%s" % (par, tick))
    if (tick in ("both", "neither")) != ("tickbox_ambiguous" in req):
        errs.append("tickbox_ambiguous wrong")
    if not manual:
        if tick not in ("both", "neither") and "tickbox_ambiguous" not in forb:
            errs.append("tickbox_ambiguous should be forbidden")
        conflict = lab["decision"] == "attend" and par is False
        if conflict != ("tickbox_conflict" in req):
            errs.append("tickbox_conflict wrong")
        if not conflict and "tickbox_conflict" not in forb:
            errs.append("tickbox_conflict should be forbidden")
    # decision
    if manual:
        trig = {"not_an_invitation", "cancelled", "encrypted_unreadable", "unverified_sender", "missing_conference_date"}
        if not (req & trig or {"unreadable_attachment", "no_booking_form"} <= req):
            errs.append("manual_review without a manual trigger flag")
    else:
        for f in ("not_an_invitation", "cancelled", "unverified_sender", "encrypted_unreadable", "missing_family_details",
                  "missing_reason", "missing_conference_date", "district_unknown"):
            if f not in forb:
                errs.append("%s should be forbidden" % f)
        dd = decide(lab)
        if dd != lab["decision"]:
            errs.append("decision %s, POLICY gives %s" % (lab["decision"], dd))
    # names / dates of birth visible
    for ch in lab["children"] or []:
        if ch["name"].lower() not in fl and not all(p.lower() in fl for p in ch["name"].split()):
            errs.append("child name not visible: %s" % ch["name"])
        if ch["date_of_birth"] and not visible_date(dt.date.fromisoformat(ch["date_of_birth"]), full):
            errs.append("child DOB not visible: %s" % ch["name"])
    for a in lab["adults"] or []:
        if a.lower() not in fl:
            errs.append("adult name not visible: %s" % a)
    if not manual and (not lab["children"] or not lab["adults"]):
        errs.append("family missing on a non-manual case")
    return errs


def main():
    files = sorted(glob.glob(os.path.join(HERE, "q-*.json")))
    bad = 0
    counts = {}
    for j in files:
        lab = json.load(open(j))
        counts[lab["decision"]] = counts.get(lab["decision"], 0) + 1
        e = check(j)
        name = os.path.basename(j)[:-5]
        if e:
            bad += 1
            print("FAIL", name)
            for x in e:
                print("   ", x)
        else:
            print("ok  ", name, "->", lab["decision"])
    seen = set()
    layouts = {}
    for j in files:
        lab = json.load(open(j))
        seen |= set(lab["criteria"])
        ll = os.path.basename(j)[2:4]
        layouts[ll] = layouts.get(ll, 0) + 1
    if seen != CRITERIA:
        bad += 1
        print("FAIL set: criteria never used:", CRITERIA - seen)
    if layouts != {"81": 7, "82": 7, "83": 7, "84": 7, "85": 7}:
        bad += 1
        print("FAIL set: layout counts", layouts)
    print("criteria used across the set: %d of %d; cases per layout: %s" % (len(seen & CRITERIA), len(CRITERIA), layouts))
    print("\n%d cases, %d failing; decisions: %s" % (len(files), bad, ", ".join("%s %d" % kv for kv in sorted(counts.items()))))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
