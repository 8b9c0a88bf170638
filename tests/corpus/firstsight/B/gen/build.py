#!/usr/bin/env python3
"""Build set B: every .eml and .json in the parent folder, deterministically."""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import build_docx, build_pdf, build_eml, html_to_text, wd_before, notice_days, LONDON  # noqa: E402
from cases import CASES  # noqa: E402
from layouts import LAYOUTS  # noqa: E402
import datetime as dt  # noqa: E402

OUT = HERE.parent
ALL_FLAGS = ["cancelled", "deadline_passed", "district_unknown", "encrypted_unreadable", "late_notice",
             "missing_conference_date", "missing_family_details", "missing_reason", "no_booking_form",
             "not_an_invitation", "possible_duplicate", "rescheduled", "tickbox_ambiguous", "tickbox_conflict",
             "unreadable_attachment", "unverified_sender", "ocr_used"]
DOMAIN_DISTRICT = {"wakefield.gov.uk": "wakefield", "leeds.gov.uk": "leeds", "calderdale.gov.uk": "calderdale",
                   "kirklees.gov.uk": "kirklees", "bradford.gov.uk": "bradford"}
REPORT_N = {"wakefield": 3, "leeds": 1, "calderdale": 3, "kirklees": 3, "bradford": 3}
NOTICE_MIN = {("wakefield", "initial"): 5, ("wakefield", "transfer_in"): 5, ("leeds", "initial"): 5,
              ("leeds", "transfer_in"): 5, ("leeds", "review"): 10}


def deadlines(c, district):
    if c.get("manual") or c.get("no_deadlines") or not c.get("date"):
        return None, None, None
    conf = dt.date.fromisoformat(c["date"])
    recv = c["received"].replace(tzinfo=dt.timezone.utc).astimezone(LONDON).date()
    due = wd_before(conf, REPORT_N[district])
    nwd = notice_days(recv, conf)
    mn = NOTICE_MIN.get((district, c["kind"]))
    ok = None if mn is None else nwd >= mn
    return due, nwd, ok, recv


def build_case(c):
    fn = LAYOUTS[c["layout"]]
    if c.get("fmt") == "notice":
        plain, html, atts = c["body"], None, []
    else:
        plain, html, atts = fn(c)
    c["body_plain"], c["body_html"] = plain, html
    built, sources = [], [c["subject"]]
    if c.get("marking"):
        sources.append(c["marking"])
    sources.append(plain)
    if html:
        sources.append(html_to_text(html))
    for filename, kind, blocks in atts:
        if kind == "docx":
            data, texts = build_docx(blocks)
            mime = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        else:
            data, texts = build_pdf(blocks, title=filename)
            mime = "application/pdf"
        built.append((filename, mime, data))
        sources += texts
        sources.append("\n".join(texts))
        sources.append(filename)
    eml = build_eml(c, built)

    dom = c["sender_domain"]
    district = DOMAIN_DISTRICT.get(dom)
    if "label_district" in c:
        district = c["label_district"]
    res = deadlines(c, district) if district else (None, None, None)
    due, nwd, ok = res[:3]
    recv = res[3] if len(res) > 3 else None

    req = list(c.get("flags_req") or [])
    if due is not None and due < recv and "deadline_passed" not in req:
        req.append("deadline_passed")
    if ok is False and "late_notice" not in req:
        req.append("late_notice")
    unscored = set(c.get("flags_unscored") or [])
    if c.get("manual"):
        forb = {"unverified": ["cancelled", "not_an_invitation", "possible_duplicate", "rescheduled"],
                "cancelled": ["not_an_invitation", "unverified_sender", "encrypted_unreadable", "possible_duplicate"],
                "not_inv": ["cancelled", "unverified_sender", "encrypted_unreadable", "possible_duplicate", "rescheduled"],
                "encrypted": ["cancelled", "unverified_sender", "possible_duplicate", "rescheduled"]}[c["manual"]]
    else:
        if c["layout"] in ("136", "140"):
            unscored.add("no_booking_form")
        forb = [f for f in ALL_FLAGS if f not in req and f not in unscored]
    forb = sorted(set(forb) - set(req))

    label = {
        "district": district,
        "kind": c["kind"],
        "pre_birth": c["pre_birth"],
        "date": c["date"],
        "time": c["time"],
        "police_attendance_requested": c["tick"],
        "harm_categories": c["harm"],
        "children": None if c["children"] is None else [{"name": n, "date_of_birth": d} for n, d in c["children"]],
        "adults": c["adults"],
        "criteria": c["criteria"],
        "decision": c["decision"],
        "report_due": due.isoformat() if due else None,
        "notice_working_days": nwd,
        "notice_ok": ok,
        "flags_required": sorted(req),
        "flags_forbidden": forb,
        "source_texts": sources,
        "tags": c.get("tags", []),
        "notes": c["notes"],
    }
    stem = f"{c['id']}-{c['slug']}"
    (OUT / f"{stem}.eml").write_bytes(eml)
    (OUT / f"{stem}.json").write_text(json.dumps(label, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return stem


def main():
    for old in list(OUT.glob("B-*.eml")) + list(OUT.glob("B-*.json")):
        old.unlink()
    stems = [build_case(c) for c in CASES]
    print(f"built {len(stems)} cases in {OUT}")


if __name__ == "__main__":
    main()
