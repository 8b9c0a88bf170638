#!/usr/bin/env python3
"""Independent checker for set s: re-reads every .eml and checks its label against POLICY.md.

    /work/main/.venv/bin/python check.py [DIR]

Does not import the generators. Exit 0 when every check passes.
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
import zipfile
from collections import Counter
from pathlib import Path
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")
# England & Wales bank holidays (gov.uk) for the period of the set
HOLIDAYS = {"2026-08-31", "2026-12-25", "2026-12-28", "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03"}
ALLOW = {"wakefield.gov.uk": "wakefield", "leeds.gov.uk": "leeds", "calderdale.gov.uk": "calderdale",
         "kirklees.gov.uk": "kirklees", "bradford.gov.uk": "bradford"}
FLAGS = {"late_notice", "deadline_passed", "missing_reason", "missing_family_details", "missing_conference_date",
         "unverified_sender", "unreadable_attachment", "encrypted_unreadable", "no_booking_form", "tickbox_conflict",
         "tickbox_ambiguous", "not_an_invitation", "rescheduled", "cancelled", "possible_duplicate", "ocr_used",
         "district_unknown"}
CRITERIA = {"current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation",
            "police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement",
            "registered_sex_offender", "negotiated_attendance", "prior_unit_involvement", "core_group_member"}
# words that must be somewhere in the text for a criterion to be plausible (sanity, not detection)
CRIT_WORDS = {
    "current_investigation": ["under investigation", "arrested", "bail", "joint", "abe"],
    "wilful_neglect_investigation": ["wilful neglect", "cruelty"],
    "police_protection": ["police protection", "ppo"],
    "child_sexual_exploitation": ["sexual exploitation", "cse"],
    "domestic_abuse_current_involvement": ["marac"],
    "registered_sex_offender": ["registered sex offender", "rso"],
    "negotiated_attendance": ["agreed"],
    "prior_unit_involvement": ["safeguarding unit", "sgu"],
    "core_group_member": ["core group"],
}
WAKEFIELD_INITIAL = {"current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation",
                     "police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement",
                     "registered_sex_offender", "negotiated_attendance"}
CALDERDALE_INITIAL = {"current_investigation", "wilful_neglect_investigation", "previous_investigation_escalation",
                      "prior_unit_involvement", "registered_sex_offender", "negotiated_attendance"}
REVIEW_DISCUSS = {"child_sexual_exploitation", "current_investigation", "registered_sex_offender", "police_protection",
                  "domestic_abuse_current_involvement", "wilful_neglect_investigation"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]


# ---------------------------------------------------------------- reading
def pdf_text(data: bytes) -> tuple[str, list]:
    import pdfplumber
    from pypdf import PdfReader
    out, marks = [], []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for i, page in enumerate(pdf.pages):
            out.append(page.extract_text() or "")
            words = page.extract_words()
            rects = [r for r in page.rects if 8 <= r["width"] <= 12 and 8 <= r["height"] <= 12]
            big_x = [c for c in page.chars if c["text"] == "X" and c["size"] >= 13]
            marks.append({"rects": rects, "words": words, "big_x": big_x, "height": page.height, "annots": []})
    reader = PdfReader(io.BytesIO(data))
    for i, page in enumerate(reader.pages):
        for a in page.get("/Annots") or []:
            a = a.get_object()
            c = a.get("/Contents")
            if c and str(a.get("/Subtype")) == "/FreeText":
                out.append(str(c))
            marks[i]["annots"].append((str(a.get("/Subtype")), [float(v) for v in a["/Rect"]], str(c or "")))
    return "\n".join(out), marks


def docx_text(data: bytes) -> str:
    z = zipfile.ZipFile(io.BytesIO(data))
    xml = z.read("word/document.xml").decode("utf-8")
    xml = re.sub(r"</w:p>", "\n", xml)
    xml = re.sub(r"</w:tc>", " \t ", xml)
    return re.sub(r"<[^>]+>", "", xml)


def html_to_text(html: str) -> str:
    import lxml.html
    doc = lxml.html.fromstring(html)
    for br in doc.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for el in doc.iter("p", "div", "tr", "li", "h1", "h2", "h3", "label"):
        el.tail = "\n" + (el.tail or "")
    for inp in doc.iter("input"):
        inp.tail = (" [CHECKED] " if inp.get("checked") is not None else " [UNCHECKED] ") + (inp.tail or "")
    return doc.text_content()


def read_eml(path: Path) -> dict:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    texts, pdf_marks, atts = [str(msg["Subject"] or "")], [], []
    for part in msg.walk():
        if part.is_multipart():
            continue
        fn = part.get_filename()
        ctype = part.get_content_type()
        data = part.get_payload(decode=True) or b""
        name = (fn or "").lower()
        if fn:
            atts.append(fn)
            texts.append(fn)
        if name.endswith(".pdf"):
            t, m = pdf_text(data)
            texts.append(t)
            pdf_marks.append(m)
        elif name.endswith(".docx"):
            texts.append(docx_text(data))
        elif name.endswith(".mht"):
            inner = email.message_from_bytes(data, policy=email.policy.default)
            for p in inner.walk():
                if p.get_content_type() == "text/html":
                    texts.append(html_to_text(p.get_content()))
        elif name.endswith((".htm", ".html")) or ctype == "text/html":
            texts.append(html_to_text(data.decode("utf-8")))
        elif ctype.startswith("text/"):
            texts.append(data.decode("utf-8"))
    received = None
    for r in msg.get_all("Received") or []:
        d = email.utils.parsedate_to_datetime(str(r).rsplit(";", 1)[1].strip())
        received = d if received is None or d > received else received
    if received is None:
        received = email.utils.parsedate_to_datetime(str(msg["Date"]))
    auth = " ".join(str(h) for h in msg.get_all("Authentication-Results") or [])
    sender = email.utils.parseaddr(str(msg["From"]))[1].lower()
    return {"text": "\n".join(texts), "received": received.astimezone(LONDON), "auth": auth, "sender": sender,
            "pdf_marks": pdf_marks, "attachments": atts}


# ---------------------------------------------------------------- policy
def wd(d: dt.date) -> bool:
    return d.weekday() < 5 and d.isoformat() not in HOLIDAYS


def back(d: dt.date, n: int) -> dt.date:
    while n:
        d -= dt.timedelta(days=1)
        n -= wd(d)
    return d


def notice(r: dt.date, c: dt.date) -> int:
    return sum(wd(r + dt.timedelta(days=i)) for i in range(1, (c - r).days + 1))


def sender_district(sender: str):
    dom = sender.split("@")[-1]
    if dom.endswith(".cjsm.net"):
        dom = dom[: -len(".cjsm.net")]
    for d, name in ALLOW.items():
        if dom == d or dom.endswith("." + d):
            return name
    return None


def expected_decision(lab, district):
    if set(lab["flags_required"]) & {"unverified_sender", "not_an_invitation", "cancelled", "missing_conference_date",
                                     "encrypted_unreadable"} or not lab.get("date") or not lab.get("kind"):
        return "manual_review"
    crit = set(lab["criteria"] or [])
    tick = lab["police_attendance_requested"]
    both = "tickbox_ambiguous" in lab["flags_required"]
    if lab["kind"] == "review":
        if "core_group_member" in crit:
            return "attend"
        if crit & REVIEW_DISCUSS or tick is True:
            return "discuss"
        return "report_only"
    if district == "leeds":
        if crit & (WAKEFIELD_INITIAL - {"child_sexual_exploitation"}):
            return "attend"
        if "child_sexual_exploitation" in crit:
            return "discuss"
    elif district == "calderdale":
        if crit & CALDERDALE_INITIAL:
            return "attend"
        if crit:
            return "discuss"
    else:  # wakefield, kirklees, bradford
        if crit & WAKEFIELD_INITIAL:
            return "attend"
    if tick is True or both:
        return "discuss"
    return "report_only"


# ---------------------------------------------------------------- visibility
def fold(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().casefold()


def date_forms(d: dt.date) -> list[str]:
    m = MONTHS[d.month - 1]
    day = d.day
    suf = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return [d.strftime("%d/%m/%Y"), d.strftime("%d/%m/%y"), d.strftime("%d.%m.%y"), d.isoformat(),
            d.strftime("%d-%b-%y").lower(), f"{day} {m}", f"{day}{suf} {m}", f"{day:02d} {m}", d.strftime("%d/%m")]


def time_forms(t: str) -> list[str]:
    h, m = map(int, t.split(":"))
    h12 = h - 12 if h > 12 else h
    ap = "pm" if h >= 12 else "am"
    forms = [f"{h:02d}:{m:02d}", f"{h}:{m:02d}", f"{h:02d}{m:02d}", f"{h}.{m:02d}", f"{h12}.{m:02d}{ap}",
             f"{h12}.{m:02d} {ap}", f"{h12}:{m:02d} {ap}", f"{h12}:{m:02d}{ap}"]
    if m == 0:
        forms += [f"{h12}{ap}", f"{h12} {ap}", f"{h12}{ap}".replace("pm", "p.m.")]
    return forms


def name_visible(name: str, text: str) -> bool:
    t = fold(text)
    if fold(name) in t:
        return True
    parts = name.split()
    first, last = " ".join(parts[:-1]), parts[-1]
    return fold(f"{last}, {first}") in t or fold(f"{first} {last}") in t


def pdf_tick(marks_list):
    """Which printed box label each mark lies over (Ink/Stamp/FreeText 'X' annotation or a big overlay 'X')."""
    found = set()
    for marks in marks_list:
        for pg in marks:
            H = pg["height"]
            boxes = []
            for r in pg["rects"]:
                x0, top = r["x0"], r["top"]
                label = " ".join(w["text"] for w in pg["words"]
                                 if abs(w["top"] - top) < 6 and x0 + 10 < w["x0"] < x0 + 200)
                label = "required" if "required" in label else ("sufficient" if "sufficient" in label else label)
                boxes.append((r["x0"], H - r["bottom"], r["x1"], H - r["top"], label))
            points = []
            for sub, rect, content in pg["annots"]:
                if sub in ("/Ink", "/Stamp") or (sub == "/FreeText" and content.strip() == "X"):
                    points.append(((rect[0] + rect[2]) / 2, (rect[1] + rect[3]) / 2))
            for c in pg["big_x"]:
                points.append(((c["x0"] + c["x1"]) / 2, H - (c["top"] + c["bottom"]) / 2))
            for (px, py) in points:
                for (x0, y0, x1, y1, label) in boxes:
                    if x0 - 1 <= px <= x1 + 1 and y0 - 1 <= py <= y1 + 1:
                        found.add(label)
    return found


# ---------------------------------------------------------------- main
def check(path: Path, lab: dict, errors: list):
    e = read_eml(path)
    err = lambda m: errors.append(f"{path.stem}: {m}")
    text = e["text"]
    rd = e["received"].date()
    if not (dt.date(2026, 12, 7) <= rd <= dt.date(2027, 1, 20)):
        err(f"received {rd} outside range")
    sd = sender_district(e["sender"])
    unverified = sd is None or "dmarc=fail" in e["auth"] or "dkim=fail" in e["auth"]
    if unverified != ("unverified_sender" in lab["flags_required"]):
        err("unverified_sender flag does not match sender/auth")
    if lab["district"] is not None and lab["district"] != sd:
        err(f"district {lab['district']} != sender {sd}")
    if set(lab["flags_required"]) & set(lab["flags_forbidden"]):
        err("a flag is both required and forbidden")
    if not set(lab["flags_required"]) | set(lab["flags_forbidden"]) <= FLAGS:
        err("unknown flag")
    if lab["criteria"] is not None and not set(lab["criteria"]) <= CRITERIA:
        err("unknown criterion")
    # decision
    want = expected_decision(lab, sd)
    if want != lab["decision"]:
        err(f"decision {lab['decision']} but POLICY gives {want}")
    if lab["decision"] == "attend" and lab["police_attendance_requested"] is False and "tickbox_conflict" not in lab["flags_required"]:
        err("tickbox_conflict missing")
    if "tickbox_conflict" in lab["flags_required"] and not (lab["decision"] == "attend" and lab["police_attendance_requested"] is False):
        err("tickbox_conflict required without conflict")
    if "tickbox_ambiguous" in lab["flags_required"] and lab["police_attendance_requested"] is not None:
        err("ambiguous tick must be null")
    # date / time visible, working day after receipt
    if lab["date"]:
        d = dt.date.fromisoformat(lab["date"])
        if not any(f in fold(text) for f in date_forms(d)):
            err(f"conference date {d} not visible")
        if not wd(d) or d <= rd:
            err("conference not on a working day after receipt")
    if lab["time"] and not any(f in fold(text) for f in time_forms(lab["time"])):
        err(f"time {lab['time']} not visible")
    # deadlines
    if lab["report_due"] is not None:
        d = dt.date.fromisoformat(lab["date"])
        n = 1 if sd == "leeds" else 3
        if back(d, n).isoformat() != lab["report_due"]:
            err(f"report_due {lab['report_due']} != {back(d, n)}")
        nw = notice(rd, d)
        if nw != lab["notice_working_days"]:
            err(f"notice {lab['notice_working_days']} != {nw}")
        initial = lab["kind"] in ("initial", "transfer_in")
        minimum = {"leeds": 5 if initial else 10, "wakefield": 5 if initial else None}.get(sd)
        ok = None if minimum is None else nw >= minimum
        if ok != lab["notice_ok"]:
            err(f"notice_ok {lab['notice_ok']} != {ok}")
        if (ok is False) != ("late_notice" in lab["flags_required"]) or (ok is not False and "late_notice" not in lab["flags_forbidden"]):
            err("late_notice flag inconsistent")
        passed = back(d, n) < rd
        if passed != ("deadline_passed" in lab["flags_required"]) or (not passed and "deadline_passed" not in lab["flags_forbidden"]):
            err("deadline_passed flag inconsistent")
    # names
    for c in lab["children"] or []:
        if not name_visible(c["name"], text):
            err(f"child {c['name']} not visible")
        if c["date_of_birth"]:
            dob = dt.date.fromisoformat(c["date_of_birth"])
            if not any(f in fold(text) for f in date_forms(dob)[:6]):
                err(f"DOB of {c['name']} not visible")
    for a in lab["adults"] or []:
        if not name_visible(a, text):
            err(f"adult {a} not visible")
    # criteria words present (sanity)
    for c in lab["criteria"] or []:
        if c in CRIT_WORDS and not any(w in fold(text) for w in CRIT_WORDS[c]):
            err(f"no wording for {c}")
    # source texts cover the names (quotes are checked against them by score.py)
    src = fold(" ".join(lab["source_texts"]))
    for c in (lab["children"] or []):
        if fold(c["name"]).split()[-1] not in src:
            err(f"source_texts miss {c['name']}")
    # flags that follow from the text
    if ("cancelled" in lab["flags_required"]) != ("cancel" in fold(text) and "not now go ahead" in fold(text)):
        err("cancelled flag vs text")
    # PDF annotation ticks (layout 91): the box each mark lies over
    if e["pdf_marks"] and path.stem.startswith("s-91"):
        found = pdf_tick(e["pdf_marks"])
        tick = lab["police_attendance_requested"]
        expect = {True: {"required"}, False: {"sufficient"}, None: {"required", "sufficient"}}[tick]
        if found != expect:
            err(f"PDF marks lie over {sorted(found)}, label tick {tick}")


def main():
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    errors = []
    per_layout = Counter()
    decisions, districts, kinds = Counter(), Counter(), Counter()
    cases = sorted(root.glob("s-*.eml"))
    for eml in cases:
        m = re.match(r"s-(\d\d)-(\d\d)-", eml.name)
        if not m:
            errors.append(f"{eml.name}: bad name")
            continue
        per_layout[m.group(1)] += 1
        lab = json.loads(eml.with_suffix(".json").read_text())
        decisions[lab["decision"]] += 1
        districts[lab["district"] or "(unscored)"] += 1
        kinds[(lab["kind"] or "-") + ("/pre-birth" if lab.get("pre_birth") else "")] += 1
        try:
            check(eml, lab, errors)
        except Exception as ex:  # noqa: BLE001
            errors.append(f"{eml.stem}: check crashed: {ex!r}")
    for layout in ("91", "92", "93", "94", "95"):
        if per_layout[layout] != 7:
            errors.append(f"layout {layout} has {per_layout[layout]} cases, expected 7")
    print(f"{len(cases)} cases; per layout {dict(per_layout)}")
    print("decisions", dict(decisions))
    print("districts", dict(districts))
    print("kinds", dict(kinds))
    for e in errors:
        print("FAIL", e)
    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
