#!/usr/bin/env python3
"""Validate every label of set k (run: python check.py [folder]). Exit 1 on any problem."""
import datetime as dt
import email
import email.policy
import glob
import html
import io
import json
import logging
import os
import re
import sys
import zipfile
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

logging.getLogger("pypdf").setLevel(logging.CRITICAL)
HERE = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
LONDON = ZoneInfo("Europe/London")
BANK = {dt.date(2026, 12, 25), dt.date(2026, 12, 28), dt.date(2027, 1, 1)}
FIRST, LAST = dt.date(2026, 12, 7), dt.date(2027, 1, 29)
KEYS = ["district", "kind", "pre_birth", "date", "time", "police_attendance_requested",
        "harm_categories", "children", "adults", "criteria", "decision", "report_due",
        "notice_working_days", "notice_ok", "flags_required", "flags_forbidden",
        "source_texts", "tags", "notes"]
CRITERIA = ["current_investigation", "previous_investigation_escalation",
            "wilful_neglect_investigation", "police_protection", "child_sexual_exploitation",
            "domestic_abuse_current_involvement", "registered_sex_offender",
            "negotiated_attendance", "prior_unit_involvement", "core_group_member"]
DECISIONS = ["attend", "report_only", "discuss", "manual_review"]
FLAGS = {"late_notice", "deadline_passed", "missing_reason", "missing_family_details",
         "missing_conference_date", "unverified_sender", "unreadable_attachment",
         "encrypted_unreadable", "no_booking_form", "tickbox_conflict", "tickbox_ambiguous",
         "not_an_invitation", "rescheduled", "cancelled", "possible_duplicate", "ocr_used",
         "district_unknown"}
DISTRICTS = {"wakefield", "leeds", "calderdale", "kirklees", "bradford"}
HARM = {"neglect", "physical", "sexual", "emotional"}
ALLOW = {"wakefield.gov.uk": "wakefield", "leeds.gov.uk": "leeds", "calderdale.gov.uk": "calderdale",
         "kirklees.gov.uk": "kirklees", "bradford.gov.uk": "bradford"}


def is_wd(d):
    return d.weekday() < 5 and d not in BANK


def back(d, n):
    while n:
        d -= dt.timedelta(days=1)
        n -= is_wd(d)
    return d


def count(recv, conf):
    n, d = 0, recv
    while d < conf:
        d += dt.timedelta(days=1)
        n += is_wd(d)
    return n


def fold(s):
    return " ".join(s.replace("\u00a0", " ").split())


# ---------- text extraction ----------
def html_text(s):
    s = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</(p|div|tr|li|h\d|table|dt|dd)>", "\n", s)
    s = re.sub(r"(?i)</t[dh]>", "\t", s)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)


def docx_text(data):
    from lxml import etree
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    out = []
    z = zipfile.ZipFile(io.BytesIO(data))
    for n in sorted(z.namelist()):
        if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n):
            root = etree.fromstring(z.read(n))
            for p in root.iter(W + "p"):
                out.append("".join((t.text or "") if t.tag == W + "t" else "\t"
                                   for t in p.iter(W + "t", W + "tab")))
    return "\n".join(out)


def pdf_texts(data):
    outs = []
    try:
        import pdfplumber
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            outs.append("\n".join((pg.extract_text() or "") for pg in pdf.pages))
    except Exception:
        pass
    try:
        import pypdf
        r = pypdf.PdfReader(io.BytesIO(data))
        outs.append("\n".join((pg.extract_text() or "") for pg in r.pages))
    except Exception:
        pass
    return outs


def ics_text(s):
    s = re.sub(r"\r?\n[ \t]", "", s)
    return s.replace("\\n", "\n").replace("\\N", "\n").replace("\\,", ",").replace("\\;", ";")


def texts(msg, out):
    out.append(str(msg.get("Subject", "")))
    for part in msg.walk():
        ct = part.get_content_type()
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if part.is_multipart():
            continue
        if ct == "message/rfc822":
            continue
        payload = part.get_payload(decode=True) or b""
        try:
            if ct == "text/html":
                out.append(html_text(part.get_content()))
            elif ct == "text/calendar" or (fn or "").lower().endswith(".ics"):
                out.append(ics_text(payload.decode("utf-8", "replace")))
            elif ct.startswith("text/"):
                out.append(part.get_content())
            elif ct == "application/pdf" or (fn or "").lower().endswith(".pdf"):
                out += pdf_texts(payload)
            elif (fn or "").lower().endswith(".docx"):
                out.append(docx_text(payload))
        except Exception as e:  # unreadable attachment: nothing to extract
            pass
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            for sub in part.get_payload():
                texts(sub, out)


def newest_received(raw):
    hdrs = raw.split(b"\n\n", 1)[0].decode("latin-1")
    hdrs = re.sub(r"\r?\n[ \t]+", " ", hdrs)
    for line in hdrs.splitlines():
        if line.lower().startswith("received:"):
            return parsedate_to_datetime(line.rsplit(";", 1)[1].strip())
    for line in hdrs.splitlines():
        if line.lower().startswith("date:"):
            return parsedate_to_datetime(line[5:].strip())


# ---------- policy ----------
def policy(L, flags):
    if flags & {"cancelled", "not_an_invitation", "unverified_sender", "encrypted_unreadable",
                "missing_conference_date"} or {"unreadable_attachment", "no_booking_form"} <= flags \
            or L["date"] is None or L["kind"] is None:
        return "manual_review"
    cr, tick, d = set(L["criteria"]), L["police_attendance_requested"], L["district"]
    both = "tick-both" in L["tags"]
    if L["kind"] in ("initial", "transfer_in"):
        w = {"current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation",
             "police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement",
             "registered_sex_offender", "negotiated_attendance"}
        if d == "leeds":
            if cr & (w - {"child_sexual_exploitation"}):
                return "attend"
            if "child_sexual_exploitation" in cr:
                return "discuss"
        elif d == "calderdale":
            if cr & {"current_investigation", "wilful_neglect_investigation", "previous_investigation_escalation",
                     "prior_unit_involvement", "registered_sex_offender", "negotiated_attendance"}:
                return "attend"
            if cr:
                return "discuss"
        elif cr & w:
            return "attend"
        return "discuss" if (tick is True or both) else "report_only"
    if "core_group_member" in cr:
        return "attend"
    if cr & {"child_sexual_exploitation", "current_investigation", "registered_sex_offender", "police_protection",
             "domestic_abuse_current_involvement", "wilful_neglect_investigation"} or tick is True:
        return "discuss"
    return "report_only"


def check_case(path, errs):
    name = os.path.basename(path)[:-5]
    e = lambda m: errs.append(f"{name}: {m}")
    L = json.load(open(path, encoding="utf-8"))
    if list(L) != KEYS:
        e(f"keys {list(L)}")
        return None
    if L["district"] is not None and L["district"] not in DISTRICTS: e("district")
    if L["kind"] not in ("initial", "review", "transfer_in", None): e("kind")
    if not isinstance(L["pre_birth"], bool): e("pre_birth")
    for k in ("date", "report_due"):
        if L[k] is not None:
            d = dt.date.fromisoformat(L[k])
            if not is_wd(d): e(f"{k} {d} not a working day")
    if L["time"] is not None and not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", L["time"]): e("time")
    if L["police_attendance_requested"] not in (True, False, None): e("tick type")
    if L["harm_categories"] is not None and (not isinstance(L["harm_categories"], list) or set(L["harm_categories"]) - HARM): e("harm")
    if L["children"] is not None:
        for c in L["children"]:
            if set(c) != {"name", "date_of_birth"} or not isinstance(c["name"], str): e(f"child {c}")
            elif c["date_of_birth"] is not None: dt.date.fromisoformat(c["date_of_birth"])
    if L["adults"] is not None and not all(isinstance(a, str) for a in L["adults"]): e("adults")
    if set(L["criteria"]) - set(CRITERIA) or len(set(L["criteria"])) != len(L["criteria"]): e("criteria ids")
    if L["decision"] not in DECISIONS: e("decision")
    req, forb = set(L["flags_required"]), set(L["flags_forbidden"])
    if (req | forb) - FLAGS: e(f"unknown flags {(req | forb) - FLAGS}")
    if req & forb: e(f"flags both required and forbidden {req & forb}")
    if not L["source_texts"] or not all(isinstance(s, str) and s.strip() for s in L["source_texts"]): e("source_texts")
    if not isinstance(L["tags"], list) or not isinstance(L["notes"], str) or not L["notes"]: e("tags/notes")

    raw = open(path[:-5] + ".eml", "rb").read()
    recv = newest_received(raw).astimezone(LONDON).date()
    if not (FIRST <= recv <= LAST): e(f"received {recv} outside range")
    if not is_wd(recv): e(f"received {recv} not a working day")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    frm = msg["From"].addresses[0].domain.lower()
    if frm.endswith(".cjsm.net"):
        frm = frm[:-9]
    sender_district = next((v for k, v in ALLOW.items() if frm == k or frm.endswith("." + k)), None)
    if sender_district is None and "unverified_sender" not in req: e(f"sender {frm} not allowed but no unverified_sender")
    if sender_district and L["district"] and sender_district != L["district"] and "unverified_sender" not in req:
        e(f"district {L['district']} vs sender {sender_district}")
    auth = re.search(rb"Authentication-Results:(.*?)\n(?=\S)", raw, re.S)
    if auth and re.search(rb"=(fail|softfail)", auth.group(1)) and "unverified_sender" not in req: e("auth failure not flagged")

    # deadlines
    if L["district"] and L["date"] and L["kind"]:
        conf = dt.date.fromisoformat(L["date"])
        due = back(conf, 1 if L["district"] == "leeds" else 3)
        n = count(recv, conf)
        init = L["kind"] in ("initial", "transfer_in")
        m = {"wakefield": 5 if init else None, "leeds": 5 if init else 10}.get(L["district"])
        ok = None if m is None else n >= m
        if L["report_due"] != due.isoformat(): e(f"report_due {L['report_due']} != {due}")
        if L["notice_working_days"] != n: e(f"notice {L['notice_working_days']} != {n}")
        if L["notice_ok"] != ok: e(f"notice_ok {L['notice_ok']} != {ok}")
        if (ok is False) != ("late_notice" in req): e("late_notice flag")
        if ok is not False and "late_notice" not in forb: e("late_notice should be forbidden")
        if (due < recv) != ("deadline_passed" in req): e("deadline_passed flag")
        if due >= recv and "deadline_passed" not in forb: e("deadline_passed should be forbidden")
    elif any(L[k] is not None for k in ("report_due", "notice_working_days", "notice_ok")):
        e("deadlines given without district/date/kind")
    dec = policy(L, req)
    if dec != L["decision"]: e(f"decision {L['decision']} != policy {dec}")
    if dec == "attend" and L["police_attendance_requested"] is False and "tickbox_conflict" not in req: e("tickbox_conflict")
    if not (dec == "attend" and L["police_attendance_requested"] is False) and "tickbox_conflict" in req: e("tickbox_conflict wrong")
    if "tick-both" in L["tags"] or "tick-neither" in L["tags"]:
        if L["police_attendance_requested"] is not None or "tickbox_ambiguous" not in req: e("ambiguous tick")
    elif "tickbox_ambiguous" in req: e("tickbox_ambiguous without tick-both/neither tag")
    if L["kind"] is not None and L["kind"] != "review" and L["district"] is None and dec != "manual_review": e("no district")

    # verbatim source texts
    parts = []
    texts(msg, parts)
    folded = [fold(p) for p in parts if p]
    for s in L["source_texts"]:
        f = fold(s)
        if not any(f in p for p in folded):
            e(f"source_text not in email: {s[:70]!r}")
    return L


def main():
    errs = []
    jsons = sorted(glob.glob(os.path.join(HERE, "K-*.json")))
    labels = {}
    for p in jsons:
        base = os.path.basename(p)
        if not re.fullmatch(r"K-5[1-5]-0[1-7]-[a-z0-9-]+\.json", base): errs.append(f"bad name {base}")
        if not os.path.exists(p[:-5] + ".eml"): errs.append(f"no eml for {base}")
        L = check_case(p, errs)
        if L: labels[base] = L
    emls = glob.glob(os.path.join(HERE, "K-*.eml"))
    if len(jsons) != 35 or len(emls) != 35: errs.append(f"{len(jsons)} json / {len(emls)} eml, want 35")
    for lay in range(51, 56):
        n = sum(1 for b in labels if b.startswith(f"K-{lay}-"))
        if n != 7: errs.append(f"layout {lay}: {n} cases")
    dec = {d: sum(L["decision"] == d for L in labels.values()) for d in DECISIONS}
    crit = {c: sum(c in L["criteria"] for L in labels.values()) for c in CRITERIA}
    for d, n in dec.items():
        if n < 3: errs.append(f"decision {d}: only {n} cases")
    for c, n in crit.items():
        if n < 2: errs.append(f"criterion {c}: only {n} cases")
    print("decisions:", dec)
    print("criteria:", crit)
    for x in errs:
        print("ERROR", x)
    print(f"{len(labels)} labels checked, {len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
