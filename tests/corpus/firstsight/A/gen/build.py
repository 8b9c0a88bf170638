#!/usr/bin/env python3
"""Write every A-*.eml and A-*.json of set A (deterministic), gen/evidence.json and README.md."""
from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import (DOCX_MIME, back_wd, build_eml, hp, html_doc, html_to_text, wd_between)  # noqa: E402
from forms import texts, to_docx, to_pdf  # noqa: E402
import l131, l132, l133, l134, l135  # noqa: E402

OUT = HERE.parent
ALL_FLAGS = ["cancelled", "deadline_passed", "district_unknown", "encrypted_unreadable", "late_notice",
             "missing_conference_date", "missing_family_details", "missing_reason", "no_booking_form",
             "not_an_invitation", "possible_duplicate", "rescheduled", "tickbox_ambiguous", "tickbox_conflict",
             "unreadable_attachment", "unverified_sender"]


def minimum(district, kind):
    if district == "wakefield":
        return 5 if kind in ("initial", "transfer_in") else None
    if district == "leeds":
        return 5 if kind in ("initial", "transfer_in") else 10
    return None


def render(c):
    atts, src = [], [c["subject"]]
    plain = c.get("plain")
    html = None
    if c.get("html_only"):
        html = c["html_only"]
        src.append(html_to_text(html))
        src += c.get("extra_texts", [])
    elif c.get("html"):
        html = html_doc(hp(plain))
    if plain:
        src.append(plain)
    if c.get("docx"):
        blocks, fn, opts = c["docx"]
        atts.append((to_docx(blocks, **opts), fn, DOCX_MIME))
        src += texts(blocks) + [fn]
    if c.get("pdf"):
        blocks, fn, title, footer = c["pdf"]
        atts.append((to_pdf(blocks, title, footer), fn, "application/pdf"))
        src += texts(blocks) + [fn, footer]
    if c.get("corrupt"):
        fn = c["corrupt"][0]
        whole = to_docx([("title", "Booking form"), ("p", "x" * 400)])
        atts.append((whole[:900], fn, DOCX_MIME))
        src.append(fn)
    eml = build_eml(c, plain=plain if not c.get("html_only") else None, html=html, attachments=atts)
    return eml, src


def label(c, src):
    lab = c["label"]
    recv = dt.datetime.fromisoformat(c["received"]).date()     # GMT in winter = Europe/London
    district = c["district"]
    kind = lab["kind"]
    manual = lab.get("manual")
    tick = lab["tick"]
    par = tick if isinstance(tick, bool) else None
    out = {"district": district, "kind": kind, "pre_birth": lab["pre_birth"], "date": lab["date"], "time": lab["time"],
           "police_attendance_requested": par, "harm_categories": lab["harm"],
           "children": None if lab["children"] is None else [{"name": n, "date_of_birth": d} for n, d in lab["children"]],
           "adults": lab["adults"], "criteria": lab["criteria"], "decision": lab["decision"]}
    req = set()
    report_due = notice = notice_ok = None
    if district and lab["date"] and manual not in ("cancelled", "not_invitation"):
        conf = dt.date.fromisoformat(lab["date"])
        report_due = back_wd(conf, 1 if district == "leeds" else 3)
        notice = wd_between(recv, conf)
        mn = minimum(district, kind)
        notice_ok = None if mn is None else notice >= mn
        if notice_ok is False:
            req.add("late_notice")
        if report_due < recv:
            req.add("deadline_passed")
    out.update(report_due=report_due.isoformat() if report_due else None, notice_working_days=notice, notice_ok=notice_ok)
    if tick in ("both", "neither"):
        req.add("tickbox_ambiguous")
    if tick is False and lab["decision"] == "attend":
        req.add("tickbox_conflict")
    if manual == "cancelled":
        req.add("cancelled")
        forb = {"not_an_invitation", "unverified_sender", "rescheduled", "district_unknown", "encrypted_unreadable"}
    elif manual == "unreadable":
        req |= {"unreadable_attachment", "no_booking_form"}
        forb = {"cancelled", "not_an_invitation", "unverified_sender", "rescheduled", "district_unknown",
                "encrypted_unreadable", "tickbox_conflict", "possible_duplicate", "late_notice", "deadline_passed"}
    elif manual == "unverified":
        req.add("unverified_sender")
        forb = {"cancelled", "not_an_invitation", "rescheduled", "possible_duplicate"}
    elif manual == "not_invitation":
        req.add("not_an_invitation")
        forb = {"cancelled", "unverified_sender", "rescheduled", "district_unknown", "encrypted_unreadable"}
    else:
        forb = set(ALL_FLAGS) - req
        if lab.get("body_form"):
            forb.discard("no_booking_form")
    forb -= req
    out["flags_required"] = sorted(req)
    out["flags_forbidden"] = sorted(forb)
    out["source_texts"] = src
    tags = list(lab["tags"]) + [f"district-{district or 'unverified'}"]
    if kind:
        tags.append(kind.replace("_", "-"))
    tags.append({True: "tick-attend", False: "tick-report", "both": "tick-both", "neither": "tick-neither", None: "tick-absent"}[tick])
    out["tags"] = sorted(set(tags))
    out["notes"] = lab["why"]
    return out


def main():
    cases = l131.CASES + l132.CASES + l133.CASES + l134.CASES + l135.CASES
    evidence, rows = {}, []
    for old in OUT.glob("A-*.e*"):
        old.unlink()
    for old in OUT.glob("A-*.json"):
        old.unlink()
    for c in cases:
        stem = f"A-{c['layout']}-{c['n']:02d}-{c['slug']}"
        eml, src = render(c)
        lab = label(c, src)
        (OUT / f"{stem}.eml").write_bytes(eml)
        (OUT / f"{stem}.json").write_text(json.dumps(lab, indent=2, ensure_ascii=False) + "\n")
        evidence[stem] = c["label"]["evidence"]
        t = c["label"]["tick"]
        rows.append((stem, c["district"] or f"unverified ({c['from_addr'].split('@')[1]})", lab["kind"] or "-",
                     {True: "attend", False: "report", "both": "both", "neither": "neither", None: "-"}[t],
                     ", ".join(lab["criteria"]) or "-", lab["decision"], ", ".join(lab["flags_required"]) or "-",
                     c["label"]["why"]))
    (HERE / "evidence.json").write_text(json.dumps(evidence, indent=2, ensure_ascii=False) + "\n")
    readme = (HERE / "README.head.md").read_text()
    readme += "\n## Cases\n\n| case | district | kind | tick | criteria | decision | flags required | why |\n|---|---|---|---|---|---|---|---|\n"
    for r in rows:
        readme += "| " + " | ".join(x.replace("|", "/") for x in r) + " |\n"
    from collections import Counter
    cnt = Counter(r[5] for r in rows)
    readme += "\nDecisions: " + ", ".join(f"{k} {cnt[k]}" for k in ("attend", "report_only", "discuss", "manual_review")) + f" (total {len(rows)}).\n"
    (OUT / "README.md").write_text(readme)
    print(f"wrote {len(cases)} cases; " + ", ".join(f"{k} {v}" for k, v in cnt.items()))


if __name__ == "__main__":
    main()
