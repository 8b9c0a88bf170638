#!/usr/bin/env python3
"""Independent consistency check of set 'n' (layouts 66-70).

Re-reads every .eml (bodies, PDF and Word attachments) without using the generators, and checks
each label: every source_text is present in the extractable text (white space folded), the
dates and working-day deadlines follow POLICY.md (England bank holidays), flags agree with the
deadlines and tick box, the decision follows the POLICY rules from the labelled criteria, names
and dates of birth are visible, and the sender's domain gives the district.
Run: /work/main/.venv/bin/python check.py
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

import docx
import lxml.html
import pdfplumber
import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
BANK = {dt.date(2026, 12, 25), dt.date(2026, 12, 28), dt.date(2027, 1, 1), dt.date(2027, 3, 26), dt.date(2027, 3, 29)}
CRITERIA = {"current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation",
            "police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement",
            "registered_sex_offender", "negotiated_attendance", "prior_unit_involvement", "core_group_member"}
FLAGS = {"cancelled", "deadline_passed", "district_unknown", "encrypted_unreadable", "late_notice",
         "missing_conference_date", "missing_family_details", "missing_reason", "no_booking_form",
         "not_an_invitation", "possible_duplicate", "rescheduled", "tickbox_ambiguous", "tickbox_conflict",
         "unreadable_attachment", "unverified_sender"}
KEYS = ["district", "kind", "pre_birth", "date", "time", "police_attendance_requested", "harm_categories",
        "children", "adults", "criteria", "decision", "report_due", "notice_working_days", "notice_ok",
        "flags_required", "flags_forbidden", "source_texts", "tags", "notes"]


def fold(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def working(d):
    return d.weekday() < 5 and d not in BANK


def back(d, n):
    while n:
        d -= dt.timedelta(days=1)
        n -= working(d)
    return d


def notice(recv, conf):
    return sum(1 for k in range(1, (conf - recv).days + 1) if working(recv + dt.timedelta(days=k)))


def expected_decision(lab):
    c, kind, dist, tick = set(lab["criteria"]), lab["kind"], lab["district"], lab["police_attendance_requested"]
    both = "tick-both" in lab["tags"]
    w = {"current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation", "police_protection",
         "child_sexual_exploitation", "domestic_abuse_current_involvement", "registered_sex_offender", "negotiated_attendance"}
    if kind in ("initial", "transfer_in"):
        if dist == "calderdale":
            if c & {"current_investigation", "wilful_neglect_investigation", "previous_investigation_escalation",
                    "prior_unit_involvement", "registered_sex_offender", "negotiated_attendance"}:
                return "attend"
            if c & {"police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement"}:
                return "discuss"
        elif dist == "leeds":
            if c & (w - {"child_sexual_exploitation"}):
                return "attend"
            if "child_sexual_exploitation" in c:
                return "discuss"
        elif c & w:
            return "attend"
        return "discuss" if tick is True or both else "report_only"
    if "core_group_member" in c:
        return "attend"
    if c & {"child_sexual_exploitation", "current_investigation", "registered_sex_offender", "police_protection",
            "domestic_abuse_current_involvement", "wilful_neglect_investigation"} or tick is True or both:
        return "discuss"
    return "report_only"


def pdf_texts(data):
    out, ok = [], False
    try:
        r = pypdf.PdfReader(io.BytesIO(data))
        out.append("\n".join(p.extract_text() or "" for p in r.pages))
        ok = True
    except Exception:
        pass
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for pg in pdf.pages:
                out.append(pg.extract_text() or "")
                w = pg.width
                for box in ((0, 0, w / 2, pg.height), (w / 2, 0, w, pg.height)):
                    out.append(pg.crop(box).extract_text() or "")
            ok = True
    except Exception:
        pass
    return out, ok and any(t.strip() for t in out)


def docx_texts(data):
    d = docx.Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            cells = [c.text for c in row.cells]
            out.extend(cells)
            out.append(" ".join(x for x in cells if x))
    return out, d


def marked_police(d):
    """For Word forms marked by highlight / bold / strike: which police option is marked."""
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                for p in cell.paragraphs:
                    if "Attendance required" in p.text and "Report only" in p.text:
                        runs = [r for r in p.runs if r.text in ("Attendance required", "Report only")]
                        hl = [r.text for r in runs if r.font.highlight_color is not None]
                        bd = [r.text for r in runs if r.bold]
                        st = [r.text for r in runs if r.font.strike]
                        if st:
                            return [r.text for r in runs if not r.font.strike]
                        return hl or bd
    return None


def main():
    emls = sorted(glob.glob(os.path.join(HERE, "n-*.eml")))
    errors = []
    counts = {}
    for path in emls:
        name = os.path.basename(path)[:-4]
        m = re.match(r"n-(\d\d)-(\d\d)-[a-z0-9-]+$", name)
        if not m:
            errors.append(f"{name}: bad file name")
        lab = json.load(open(path[:-4] + ".json", encoding="utf-8"))
        if list(lab.keys()) != KEYS:
            errors.append(f"{name}: keys {list(lab.keys())}")
        msg = email.message_from_bytes(open(path, "rb").read(), policy=policy.default)
        recvd = parsedate_to_datetime(msg.get_all("Received")[0].rsplit(";", 1)[1].strip()).date()
        corpus = [msg["Subject"] or ""]
        unreadable = False
        docs = []
        for part in msg.walk():
            if part.is_multipart():
                continue
            ctype = part.get_content_type()
            fn = part.get_filename()
            if fn:
                corpus.append(fn)
            if ctype == "text/plain" and not fn:
                corpus.append(part.get_content())
            elif ctype == "text/html":
                tree = lxml.html.fromstring(part.get_content())
                for br in tree.iter("br"):
                    br.tail = "\n" + (br.tail or "")
                corpus.append(tree.text_content())
            elif ctype == "application/pdf":
                ts, ok = pdf_texts(part.get_content())
                corpus += ts
                unreadable |= not ok
            elif ctype.endswith("wordprocessingml.document"):
                ts, d = docx_texts(part.get_content())
                corpus += ts
                docs.append(d)
        big = "\n\u241e\n".join(fold(t) for t in corpus)
        for s in lab["source_texts"]:
            if fold(s) not in big:
                errors.append(f"{name}: source_text not found: {s[:80]!r}")
        # sender / district
        frm = msg["From"].addresses[0].domain.lower()
        base = frm[:-len(".cjsm.net")] if frm.endswith(".cjsm.net") else frm
        dist_of = base.split(".")[-3] if base.endswith(".gov.uk") else None
        if "unverified_sender" not in lab["flags_required"] and dist_of != lab["district"]:
            errors.append(f"{name}: sender {frm} vs district {lab['district']}")
        if not (dt.date(2026, 12, 7) <= recvd <= dt.date(2027, 1, 31)):
            errors.append(f"{name}: received {recvd} out of range")
        # structure
        if not set(lab["criteria"]) <= CRITERIA:
            errors.append(f"{name}: unknown criteria")
        fr, ff = set(lab["flags_required"]), set(lab["flags_forbidden"])
        if not (fr | ff) <= FLAGS or fr & ff:
            errors.append(f"{name}: flag sets bad")
        # dates and deadlines
        if lab["date"]:
            conf = dt.date.fromisoformat(lab["date"])
            if not working(conf) or conf <= recvd:
                errors.append(f"{name}: conference {conf} not a working day after receipt")
            fmts = {conf.strftime("%d/%m/%Y"), conf.strftime("%d.%m.%y"), f"{conf.day} {conf.strftime('%B %Y')}",
                    f"{conf.day}th {conf.strftime('%B %Y')}", f"{conf.day}st {conf.strftime('%B %Y')}",
                    f"{conf.day}nd {conf.strftime('%B %Y')}", f"{conf.day}rd {conf.strftime('%B %Y')}",
                    f"{conf.day} {conf.strftime('%B')}", f"{conf.day}th {conf.strftime('%B')}", f"{conf.day}st {conf.strftime('%B')}",
                    f"{conf.day}rd {conf.strftime('%B')}", f"{conf.day}nd {conf.strftime('%B')}"}
            if not any(f in big for f in fmts):
                errors.append(f"{name}: conference date not visible")
            if lab["report_due"] is not None:
                n = 1 if lab["district"] == "leeds" else 3
                due = back(conf, n)
                nw = notice(recvd, conf)
                ini = lab["kind"] in ("initial", "transfer_in")
                mn = 5 if (lab["district"] == "wakefield" and ini) else (5 if ini else 10) if lab["district"] == "leeds" else None
                ok = None if mn is None else nw >= mn
                if lab["report_due"] != due.isoformat():
                    errors.append(f"{name}: report_due {lab['report_due']} != {due}")
                if lab["notice_working_days"] != nw or lab["notice_ok"] != ok:
                    errors.append(f"{name}: notice {lab['notice_working_days']}/{lab['notice_ok']} != {nw}/{ok}")
                if (ok is False) != ("late_notice" in fr) or (ok is not False and "late_notice" not in ff):
                    errors.append(f"{name}: late_notice flag inconsistent")
                if (due < recvd) != ("deadline_passed" in fr):
                    errors.append(f"{name}: deadline_passed flag inconsistent")
            if lab["time"] and lab["time"].lstrip("0")[:1] and not re.match(r"^\d\d:\d\d$", lab["time"]):
                errors.append(f"{name}: time format")
        # decision
        manual = fr & {"not_an_invitation", "cancelled", "unverified_sender", "encrypted_unreadable"} or \
            {"unreadable_attachment", "no_booking_form"} <= fr
        exp = "manual_review" if manual else expected_decision(lab)
        if lab["decision"] != exp:
            errors.append(f"{name}: decision {lab['decision']} != {exp}")
        if (lab["police_attendance_requested"] is False and lab["decision"] == "attend") != ("tickbox_conflict" in fr):
            errors.append(f"{name}: tickbox_conflict inconsistent")
        if "unreadable_attachment" in fr and not unreadable:
            errors.append(f"{name}: attachment said unreadable but could be read")
        if "unreadable_attachment" not in fr and unreadable:
            errors.append(f"{name}: an attachment is unreadable but not flagged")
        # people visible
        for ch in lab["children"]:
            if fold(ch["name"]) not in big:
                errors.append(f"{name}: child {ch['name']} not visible")
            if ch["date_of_birth"]:
                b = dt.date.fromisoformat(ch["date_of_birth"])
                if b.strftime("%d/%m/%Y") not in big and f"{b.day} {b.strftime('%B %Y')}" not in big:
                    errors.append(f"{name}: DOB of {ch['name']} not visible")
        for a in lab["adults"]:
            if fold(a) not in big:
                errors.append(f"{name}: adult {a} not visible")
        # formatting-marked Word forms: police option
        for d in docs:
            mk = marked_police(d)
            if mk is not None and any(t.startswith("docx-") for t in lab["tags"]):
                want = {True: ["Attendance required"], False: ["Report only"]}.get(lab["police_attendance_requested"])
                if want is None:
                    if len(mk) == 1:
                        errors.append(f"{name}: one police option marked but label null")
                elif mk != want:
                    errors.append(f"{name}: marked police option {mk} != label")
        layout = name.split("-")[1]
        counts.setdefault("layout " + layout, 0)
        counts["layout " + layout] += 1
        for k in ("decision", "district", "kind"):
            counts.setdefault(k, {}).setdefault(lab[k], 0)
            counts[k][lab[k]] += 1
        t = {True: "true", False: "false", None: "null"}[lab["police_attendance_requested"]]
        counts.setdefault("tick", {}).setdefault(t, 0)
        counts["tick"][t] += 1
        if lab["pre_birth"]:
            counts["pre_birth"] = counts.get("pre_birth", 0) + 1
        for c in lab["criteria"]:
            counts.setdefault("criteria", {}).setdefault(c, 0)
            counts["criteria"][c] += 1
        for f in lab["flags_required"]:
            counts.setdefault("flags_required", {}).setdefault(f, 0)
            counts["flags_required"][f] += 1
    jsons = glob.glob(os.path.join(HERE, "n-*.json"))
    if len(emls) != 35 or len(jsons) != 35:
        errors.append(f"expected 35 emails and 35 labels, found {len(emls)} / {len(jsons)}")
    for k, v in counts.items():
        print(f"{k}: {v}")
    if errors:
        print("\nERRORS:")
        print("\n".join(errors))
        sys.exit(1)
    print(f"\nOK: {len(emls)} emails checked")


if __name__ == "__main__":
    main()
