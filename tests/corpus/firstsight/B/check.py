#!/usr/bin/env python3
"""Self-check for set B: re-read every .eml (headers, text parts, .docx/.pdf attachments) and check each
label against POLICY.md. Prints one line per failure and ends with 'N failing'.
Run with an interpreter that has python-docx and pdfplumber (e.g. /work/main/.venv/bin/python)."""
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
sys.path.insert(0, str(HERE / "gen"))
from cases import CASES  # noqa: E402  (evidence quotes, date phrases, manual reasons)

LONDON = ZoneInfo("Europe/London")
BH = {dt.date(2026, 12, 25), dt.date(2026, 12, 28), dt.date(2027, 1, 1)}
ALLOW = {"wakefield.gov.uk": "wakefield", "leeds.gov.uk": "leeds", "calderdale.gov.uk": "calderdale",
         "kirklees.gov.uk": "kirklees", "bradford.gov.uk": "bradford"}
REPORT_N = {"wakefield": 3, "leeds": 1, "calderdale": 3, "kirklees": 3, "bradford": 3}
NOTICE_MIN = {("wakefield", "initial"): 5, ("wakefield", "transfer_in"): 5,
              ("leeds", "initial"): 5, ("leeds", "transfer_in"): 5, ("leeds", "review"): 10}
W_LIST = {"current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation",
          "police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement",
          "registered_sex_offender", "negotiated_attendance"}
CAL_ATTEND = {"current_investigation", "wilful_neglect_investigation", "previous_investigation_escalation",
              "prior_unit_involvement", "registered_sex_offender", "negotiated_attendance"}
REVIEW_DISCUSS = {"child_sexual_exploitation", "current_investigation", "registered_sex_offender",
                  "police_protection", "domestic_abuse_current_involvement", "wilful_neglect_investigation"}
ALL_CRITERIA = W_LIST | {"prior_unit_involvement", "core_group_member"}
MONTHS = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
DAYS = {d: i for i, d in enumerate(["mon", "tue", "wed", "thu", "fri", "sat", "sun"])}


def fold(s):
    return re.sub(r"\s+", " ", s or "").strip().casefold()


def is_wd(d):
    return d.weekday() < 5 and d not in BH


def wd_back(d, n):
    while n:
        d -= dt.timedelta(days=1)
        n -= is_wd(d)
    return d


def notice(recv, conf):
    n, d = 0, recv
    while d < conf:
        d += dt.timedelta(days=1)
        n += is_wd(d)
    return n


def strip_html(s):
    s = re.sub(r"(?i)<br\s*/?>|</(p|div|li|tr|h\d)>", "\n", s)
    return html.unescape(re.sub(r"<[^>]+>", " ", s))


def extract(msg):
    texts = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "text/plain":
            texts.append(part.get_content())
        elif ct == "text/html":
            texts.append(strip_html(part.get_content()))
        elif ct == "application/pdf":
            import pdfplumber
            with pdfplumber.open(io.BytesIO(part.get_content())) as pdf:
                texts += [(p.extract_text() or "") for p in pdf.pages]
        elif ct.endswith("wordprocessingml.document"):
            import docx
            d = docx.Document(io.BytesIO(part.get_content()))
            texts += [p.text for p in d.paragraphs]
            for t in d.tables:
                for row in t.rows:
                    texts.append(" ".join(cell.text for cell in row.cells))
        else:
            texts.append("<<unreadable %s>>" % ct)
    return "\n".join(texts)


def sender_district(addr):
    dom = addr.rsplit("@", 1)[-1].lower()
    if dom.endswith(".cjsm.net"):
        dom = dom[: -len(".cjsm.net")]
    for base, dist in ALLOW.items():
        if dom == base or dom.endswith("." + base):
            return dist
    return None


def parse_date_phrase(phrase, ref):
    """Return the date a UK reader gets from a phrase, using the received date for a missing year."""
    p = phrase.lower()
    wd = next((DAYS[k] for k in DAYS if re.search(r"\b" + k, p)), None)
    m = re.search(r"w/c (\d{1,2}) ([a-z]{3})", p)
    if m:
        mon = MONTHS[m.group(2)]
        y = ref.year + (1 if mon < ref.month else 0)
        start = dt.date(y, mon, int(m.group(1)))
        return start + dt.timedelta(days=(wd - start.weekday()) % 7)
    m = re.search(r"\b(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?\b", p)
    m2 = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)? ([a-z]{3})[a-z]*(?: (\d{4}))?", p)
    if m2 and m2.group(2) in MONTHS:
        day, mon, y = int(m2.group(1)), MONTHS[m2.group(2)], m2.group(3)
    elif m:
        day, mon, y = int(m.group(1)), int(m.group(2)), m.group(3)
    else:
        return None
    if y:
        y = int(y) + (2000 if len(y) == 2 else 0)
    else:
        y = ref.year + (1 if mon < ref.month else 0)
    d = dt.date(y, mon, day)
    if wd is not None and d.weekday() != wd:
        return "weekday mismatch"
    return d


def decide(district, kind, tick, crit, manual, request_other):
    if manual:
        return "manual_review"
    crit = set(crit or [])
    d = district if district in ("wakefield", "leeds", "calderdale") else "wakefield"
    if kind in ("initial", "transfer_in"):
        if d == "wakefield" and crit & W_LIST:
            return "attend"
        if d == "leeds":
            if crit & (W_LIST - {"child_sexual_exploitation"}):
                return "attend"
            if "child_sexual_exploitation" in crit:
                return "discuss"
        if d == "calderdale":
            if crit & CAL_ATTEND:
                return "attend"
            if crit & {"police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement"}:
                return "discuss"
        return "discuss" if (tick is True or request_other) else "report_only"
    if "core_group_member" in crit:
        return "attend"
    if crit & REVIEW_DISCUSS or tick is True or request_other:
        return "discuss"
    return "report_only"


def main():
    spec = {c["id"]: c for c in CASES}
    fails = []
    emls = sorted(HERE.glob("B-*.eml"))
    counts = {}
    crit_count = {}
    for eml in emls:
        cid = eml.name[:8]
        c = spec.get(cid)
        lab = json.loads(eml.with_suffix(".json").read_text())
        bad = lambda why: fails.append(f"{eml.name}: {why}")  # noqa: E731
        if c is None:
            bad("no spec")
            continue
        msg = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
        text = extract(msg)
        ftext = fold(text)
        fsrc = fold(" ".join(lab["source_texts"]))
        # received day: newest (topmost) Received header
        rec = msg.get_all("Received")
        stamp = rec[0].rsplit(";", 1)[1].strip() if rec else msg["Date"]
        recv = parsedate_to_datetime(stamp).astimezone(LONDON).date()
        addr = msg["From"].addresses[0].addr_spec
        dist = sender_district(addr)
        if lab["district"] != dist:
            bad(f"district {lab['district']} != sender {dist}")
        if dist is None and "unverified_sender" not in lab["flags_required"]:
            bad("unverified sender not flagged")
        if dist and "unverified_sender" in lab["flags_required"]:
            bad("verified sender flagged unverified")
        # decision
        want = decide(dist, lab["kind"], lab["police_attendance_requested"], lab["criteria"],
                      c.get("manual") or dist is None, c.get("request_other"))
        if want != lab["decision"]:
            bad(f"decision {lab['decision']} != recomputed {want}")
        counts[lab["decision"]] = counts.get(lab["decision"], 0) + 1
        # deadlines
        if lab["date"] and dist and not c.get("manual") and not c.get("no_deadlines"):
            conf = dt.date.fromisoformat(lab["date"])
            due = wd_back(conf, REPORT_N[dist])
            nwd = notice(recv, conf)
            mn = NOTICE_MIN.get((dist, lab["kind"]))
            ok = None if mn is None else nwd >= mn
            if lab["report_due"] != due.isoformat():
                bad(f"report_due {lab['report_due']} != {due}")
            if lab["notice_working_days"] != nwd:
                bad(f"notice {lab['notice_working_days']} != {nwd}")
            if lab["notice_ok"] != ok:
                bad(f"notice_ok {lab['notice_ok']} != {ok}")
            if (due < recv) != ("deadline_passed" in lab["flags_required"]):
                bad("deadline_passed flag wrong")
            if (ok is False) != ("late_notice" in lab["flags_required"]):
                bad("late_notice flag wrong")
            if (due >= recv) and "deadline_passed" not in lab["flags_forbidden"]:
                bad("deadline_passed should be forbidden")
        # tick box flags
        tick = lab["police_attendance_requested"]
        if tick is False and lab["decision"] == "attend" and "tickbox_conflict" not in lab["flags_required"]:
            bad("tickbox_conflict missing")
        if "tickbox_conflict" in lab["flags_required"] and not (tick is False and lab["decision"] == "attend"):
            bad("tickbox_conflict required without a report tick and attend")
        if tick is not None and "tickbox_ambiguous" in lab["flags_required"]:
            bad("tickbox_ambiguous with a definite tick")
        if (tick is not None and not c.get("manual") and "tickbox_ambiguous" not in lab["flags_forbidden"]
                and "tickbox_ambiguous" not in (c.get("flags_unscored") or [])):
            bad("tickbox_ambiguous should be forbidden when the tick is definite")
        for f in ("cancelled", "not_an_invitation", "encrypted_unreadable"):
            key = {"cancelled": "cancelled", "not_an_invitation": "not_inv", "encrypted_unreadable": "encrypted"}[f]
            if (c.get("manual") == key) != (f in lab["flags_required"]):
                bad(f"flag {f} inconsistent with manual reason")
        if set(lab["flags_required"]) & set(lab["flags_forbidden"]):
            bad("a flag both required and forbidden")
        # people and dates appear in the text
        for ch in lab["children"] or []:
            if fold(ch["name"]) not in ftext:
                bad(f"child {ch['name']} not in text")
            if ch["date_of_birth"]:
                y, m, d = ch["date_of_birth"].split("-")
                if f"{d}/{m}/{y}" not in text:
                    bad(f"DOB of {ch['name']} not in text")
        for a in lab["adults"] or []:
            if fold(a) not in ftext:
                bad(f"adult {a} not in text")
        if lab["date"]:
            ph = c.get("date_text")
            if not ph or fold(ph) not in ftext:
                bad(f"date phrase {ph!r} not in text")
            else:
                got = parse_date_phrase(ph, recv)
                if got != dt.date.fromisoformat(lab["date"]):
                    bad(f"date phrase {ph!r} reads as {got}, label {lab['date']}")
            if dt.date.fromisoformat(lab["date"]) < recv and not c.get("manual"):
                bad("conference before the received day")
        if not (dt.date(2026, 11, 14) <= recv <= dt.date(2027, 1, 31)):
            bad(f"received {recv} outside the window")
        # criteria evidence
        for cr in lab["criteria"] or []:
            if cr not in ALL_CRITERIA:
                bad(f"unknown criterion {cr}")
            q = (c.get("evidence") or {}).get(cr)
            if not q:
                bad(f"no evidence for {cr}")
                continue
            if fold(q) not in ftext:
                bad(f"evidence for {cr} not verbatim in the extracted text: {q[:60]!r}")
            if fold(q) not in fsrc:
                bad(f"evidence for {cr} not in source_texts")
            crit_count[cr] = crit_count.get(cr, 0) + 1
        for cr in (c.get("evidence") or {}):
            if cr not in (lab["criteria"] or []):
                bad(f"evidence given for unlabelled {cr}")
        if "<<unreadable" in text:
            bad("an attachment could not be read")
    print(f"{len(emls)} cases; decisions {dict(sorted(counts.items()))}")
    print("criteria met:", dict(sorted(crit_count.items())))
    for f in fails:
        print("FAIL", f)
    print(f"{len(fails)} failing")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
