#!/usr/bin/env python3
"""Independent check of set r: re-reads every .eml (body + Word + PDF attachments) without the
generators and checks each label against ../../shared/POLICY.md.

    /work/main/.venv/bin/python check.py        (exit 0 when every check passes)
"""
from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
import io
import json
import re
import sys
from collections import Counter
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
LONDON = ZoneInfo("Europe/London")
# England and Wales bank holidays in and near the window (gov.uk list)
BH = {dt.date(2026, 12, 25), dt.date(2026, 12, 28), dt.date(2027, 1, 1), dt.date(2027, 3, 26), dt.date(2027, 3, 29)}
ALLOW = {"wakefield.gov.uk": "wakefield", "leeds.gov.uk": "leeds", "calderdale.gov.uk": "calderdale",
         "kirklees.gov.uk": "kirklees", "bradford.gov.uk": "bradford"}
CRITERIA = {"current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation",
            "police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement",
            "registered_sex_offender", "negotiated_attendance", "prior_unit_involvement", "core_group_member"}
NAME_RE = re.compile(r"^r-(86|87|88|89|90)-0[1-7]-(wakefield|leeds|calderdale|kirklees|bradford)-"
                     r"(icpc|rcpc|prebirth|prebirth-review|transfer-in)-[a-z0-9-]+$")


def fold(s):
    return re.sub(r"\s+", " ", s or "").strip().casefold()


def is_wd(d):
    return d.weekday() < 5 and d not in BH


def back(d, n):
    while n:
        d -= dt.timedelta(days=1)
        n -= is_wd(d)
    return d


def count_after(a, b):
    return sum(is_wd(a + dt.timedelta(days=i)) for i in range(1, (b - a).days + 1))


def read_eml(path):
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    texts, unreadable, attachments = [str(msg["subject"] or "")], [], []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        name = part.get_filename()
        if not name and ctype == "text/plain":
            texts.append(part.get_content())
        elif not name and ctype == "text/html":
            texts.append(re.sub(r"<[^>]+>", " ", part.get_content()))
        elif name:
            attachments.append(name)
            data = part.get_payload(decode=True)
            try:
                if name.lower().endswith(".docx"):
                    import docx
                    doc = docx.Document(io.BytesIO(data))
                    for s in doc.sections:
                        texts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
                    texts += [p.text for p in doc.paragraphs]
                    for t in doc.tables:
                        for row in t.rows:
                            texts.append(" | ".join(c.text for c in row.cells))
                elif name.lower().endswith(".pdf"):
                    import pdfplumber
                    with pdfplumber.open(io.BytesIO(data)) as pdf:
                        for pg in pdf.pages:
                            texts.append(pg.extract_text() or "")
                else:
                    unreadable.append(name)
            except Exception:
                unreadable.append(name)
    received = None
    hops = msg.get_all("Received") or []
    if hops:
        received = email.utils.parsedate_to_datetime(str(hops[0]).rsplit(";", 1)[1].strip())
    else:
        received = email.utils.parsedate_to_datetime(str(msg["Date"]))
    return msg, "\n".join(texts), received.astimezone(LONDON).date(), unreadable, attachments


def date_forms(d: dt.date):
    day, mon, mname, y = d.day, d.month, d.strftime("%B"), d.year
    suf = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return [f"{day:02d}/{mon:02d}/{y}", f"{day:02d}/{mon:02d}/{y % 100:02d}", f"{day:02d}.{mon:02d}.{y % 100:02d}",
            f"{day:02d}.{mon:02d}.{y}", f"{day} {mname} {y}", f"{day}{suf} {mname} {y}", f"{day} {mname[:3]} {y}",
            f"{day}{suf} {mname[:3]}", f"{day:02d}/{mon:02d}", f"{day}{suf} {mname}"]


def time_forms(t: str):
    h, m = map(int, t.split(":"))
    h12 = h % 12 or 12
    ap = "am" if h < 12 else "pm"
    out = [f"{h:02d}:{m:02d}", f"{h}.{m:02d}", f"{h:02d}{m:02d}", f"{h12}.{m:02d}{ap}", f"{h12}.{m:02d} {ap}",
           f"{h12}:{m:02d}{ap}", f"{h12}:{m:02d} {ap}"]
    if m == 0:
        out += [f"{h12}{ap}", f"{h12} {ap}", f"{h12}.00{ap}"]
    return out


def decide(label, flags):
    if flags & {"unverified_sender", "encrypted_unreadable", "cancelled", "not_an_invitation",
                "missing_conference_date"} or {"unreadable_attachment", "no_booking_form"} <= flags:
        return "manual_review"
    c, dist, kind, tick = set(label["criteria"]), label["district"], label["kind"], label["police_attendance_requested"]
    both = "both-boxes-ticked" in label["tags"]
    w_list = {"current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation",
              "police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement",
              "registered_sex_offender", "negotiated_attendance"}
    if kind in ("initial", "transfer_in"):
        if dist == "leeds":
            if c & (w_list - {"child_sexual_exploitation"}):
                return "attend"
            if "child_sexual_exploitation" in c:
                return "discuss"
        elif dist == "calderdale":
            if c & {"current_investigation", "wilful_neglect_investigation", "previous_investigation_escalation",
                    "prior_unit_involvement", "registered_sex_offender", "negotiated_attendance"}:
                return "attend"
            if c:
                return "discuss"
        elif c & w_list:
            return "attend"
        return "discuss" if tick is True or both else "report_only"
    if "core_group_member" in c:
        return "attend"
    if c & {"child_sexual_exploitation", "current_investigation", "registered_sex_offender", "police_protection",
            "domestic_abuse_current_involvement", "wilful_neglect_investigation"} or tick is True:
        return "discuss"
    return "report_only"


def check(eml: Path, label: dict) -> list[str]:
    errs = []
    stem = eml.stem
    if not NAME_RE.match(stem):
        errs.append("file name does not follow r-LL-NN-district-kind-description")
    msg, text, received, unreadable, atts = read_eml(eml)
    ft = fold(text)
    if not (dt.date(2026, 12, 7) <= received <= dt.date(2027, 1, 20)):
        errs.append(f"received {received} outside 2026-12-07..2027-01-20")
    req, forb = set(label["flags_required"]), set(label["flags_forbidden"])
    if req & forb:
        errs.append(f"flags both required and forbidden: {req & forb}")
    # sender
    addr = email.utils.parseaddr(str(msg["From"]))[1].lower()
    dom = addr.split("@")[-1]
    ok_dom = any(dom == d or dom.endswith("." + d) for d in ALLOW)
    auth_fail = bool(re.search(r"(dmarc|dkim|spf)=fail", str(msg.get("Authentication-Results", "")), re.I))
    unverified = (not ok_dom) or auth_fail
    if unverified != ("unverified_sender" in req):
        errs.append(f"unverified_sender should be required={unverified}")
    if ok_dom and not unverified:
        want_d = next(v for d, v in ALLOW.items() if dom == d or dom.endswith("." + d))
        if label["district"] != want_d:
            errs.append(f"district {label['district']} but sender domain says {want_d}")
        if "unverified_sender" not in forb:
            errs.append("verified sender but unverified_sender not forbidden")
    # attachments
    if unreadable and "unreadable_attachment" not in req:
        errs.append(f"unreadable attachment {unreadable} but flag not required")
    if not unreadable and "unreadable_attachment" in req:
        errs.append("unreadable_attachment required but every attachment reads")
    # date and time
    if label["date"]:
        d = dt.date.fromisoformat(label["date"])
        if not any(fold(f) in ft for f in date_forms(d)):
            errs.append(f"conference date {d} not visible in the text")
        if not is_wd(d) or d <= received:
            errs.append(f"conference {d} is not a working day after receipt {received}")
        if label["time"] and not any(fold(f) in ft for f in time_forms(label["time"])):
            errs.append(f"time {label['time']} not visible")
        if label["report_due"] is not None:
            n = 1 if label["district"] == "leeds" else 3
            due = back(d, n)
            nwd = count_after(received, d)
            mins = {"leeds": {"initial": 5, "transfer_in": 5, "review": 10},
                    "wakefield": {"initial": 5, "transfer_in": 5}}.get(label["district"], {}).get(label["kind"])
            ok = None if mins is None else nwd >= mins
            if label["report_due"] != due.isoformat():
                errs.append(f"report_due {label['report_due']} != {due}")
            if label["notice_working_days"] != nwd:
                errs.append(f"notice_working_days {label['notice_working_days']} != {nwd}")
            if label["notice_ok"] != ok:
                errs.append(f"notice_ok {label['notice_ok']} != {ok}")
            if (ok is False) != ("late_notice" in req):
                errs.append("late_notice flag inconsistent")
            if (due < received) != ("deadline_passed" in req):
                errs.append("deadline_passed flag inconsistent")
    elif "missing_conference_date" not in req and "not_an_invitation" not in req:
        errs.append("no date but neither missing_conference_date nor not_an_invitation")
    # tick box
    if "tickbox_ambiguous" in req and label["police_attendance_requested"] is not None:
        errs.append("tickbox_ambiguous needs police_attendance_requested null")
    # criteria, evidence
    crit = set(label["criteria"])
    if crit - CRITERIA:
        errs.append(f"unknown criteria {crit - CRITERIA}")
    src = fold(" ".join(label["source_texts"]))
    for c in crit:
        q = label.get("evidence", {}).get(c)
        if not q:
            errs.append(f"criterion {c} has no evidence quote")
            continue
        if fold(q) not in ft:
            errs.append(f"evidence for {c} not verbatim in the email: {q[:60]!r}")
        if fold(q) not in src:
            errs.append(f"evidence for {c} not in source_texts")
    # decision
    flags = set(req)
    want = decide(label, flags)
    if want != label["decision"]:
        errs.append(f"decision {label['decision']} but POLICY gives {want}")
    if (label["decision"] == "attend" and label["police_attendance_requested"] is False) != ("tickbox_conflict" in req):
        errs.append("tickbox_conflict inconsistent")
    # names visible
    for person in [c["name"] for c in label.get("children") or []] + list(label.get("adults") or []):
        toks = [t for t in re.split(r"[\s]+", person) if t]
        if fold(person) not in ft and not all(fold(t) in ft for t in toks):
            errs.append(f"name {person!r} not visible")
    for c in label.get("children") or []:
        if c["date_of_birth"]:
            dob = dt.date.fromisoformat(c["date_of_birth"])
            if not any(fold(f) in ft for f in date_forms(dob)[:4]):
                errs.append(f"DOB of {c['name']} not visible")
    # kind words
    kind_words = {"review": ["review"], "transfer_in": ["transfer"], "initial": ["initial", "icpc", "pre-birth", "pre-birth"]}
    if not any(w in ft for w in kind_words[label["kind"]]):
        errs.append(f"kind {label['kind']} has no supporting word")
    if label["pre_birth"] and "pre-birth" not in ft and "unborn" not in ft:
        errs.append("pre_birth without pre-birth/unborn wording")
    for m in ("OFFICIAL-SENSITIVE",):
        pass
    return errs


def main():
    cases = sorted(HERE.glob("r-*.eml"))
    per_layout = Counter(p.name[2:4] for p in cases)
    bad = 0
    for ll in ("86", "87", "88", "89", "90"):
        if per_layout[ll] != 7:
            print(f"layout {ll}: {per_layout[ll]} cases, expected 7")
            bad += 1
    dec, dist, kind = Counter(), Counter(), Counter()
    for eml in cases:
        lp = eml.with_suffix(".json")
        if not lp.exists():
            print(f"{eml.name}: no label")
            bad += 1
            continue
        label = json.loads(lp.read_text())
        errs = check(eml, label)
        dec[label["decision"]] += 1
        dist[label["district"]] += 1
        kind[label["kind"] + ("/pre-birth" if label["pre_birth"] else "")] += 1
        for e in errs:
            print(f"{eml.stem}: {e}")
        bad += bool(errs)
    print(f"{len(cases)} cases; decisions {dict(dec)}; districts {dict(dist)}; kinds {dict(kind)}")
    print("OK" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
