#!/usr/bin/env python3
"""Build every C-14x case: .eml and .json, deterministically. Run with any Python that has
reportlab and python-docx (e.g. /work/main/.venv/bin/python gen/build.py)."""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import common as C  # noqa: E402
import cases141_142, cases143, cases144_145  # noqa: E402

OUT = HERE.parent
ALL = cases141_142.CASES + cases143.CASES + cases144_145.CASES

HEADINGS = {
    141: ("Why a conference is needed", "What the police know", "Police at conference"),
    142: ("Reason for conference", "Police involvement", "West Yorkshire Police"),
    143: ("Reason for request", "Police information", "Police request"),
    144: ("Concerns", "Police", "Police attendance"),
    145: ("What we are worried about", "Police involvement", "Police"),
}
TITLES = {
    141: "REQUEST FOR CHILD PROTECTION CONFERENCE",
    142: "CONFERENCE REQUEST - GENOGRAM AND FAMILY KEY",
    143: "CHILD PROTECTION CONFERENCE BOOKING",
    144: "CONFERENCE INVITATION - PEOPLE INVOLVED",
    145: "CONFERENCE REQUEST - WHO IS IMPORTANT TO THE CHILD",
}


def parse_recv(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=C.LONDON)


def family_blocks(c):
    L, fmt = c["layout"], c["fmt"]
    if L == 141:
        return list(c["family"])
    if L == 142:
        out = [("h", "Genogram" if fmt == "pdf" else "Family key (genogram)")]
        if fmt == "pdf":
            if c["genogram"]["people"]:
                out.append(("genogram", c["genogram"]))
            out.append(("h", "Key"))
            out.append(("list", [f"{r}   {n}   {b}   {rel}" for r, n, b, rel in c["key"]]))
        elif fmt == "docx":
            out.append(("table", [["Ref", "Name", "Born", "Relationship / household"]] + [list(k) for k in c["key"]]))
            if c.get("legend_rows"):
                out.append(("p", "Genogram symbols and outlines used by the Leeds template:"))
                out.append(("table", [list(r) for r in c["legend_rows"]]))
        elif fmt == "plain":
            out.append(("pre", c["key_text"]))
        else:
            out.append(("list", c["key_list"]))
        return out
    if L == 143:
        return [("h", "Household and family members"), ("table", c["people"]),
                ("h", "Professional network"), ("table", c["pros"])]
    if L == 144:
        if c.get("roles_table"):
            return [("h", "People involved"), ("table", c["roles_table"])]
        return [("h", "People involved (family and professionals)"), ("pre", c["roles"])]
    if L == 145:
        out = [("h", "Circles of support")]
        for hl in c.get("header_lines", []):
            out.append(("p", hl))
        out.append(("circles", c["circles"]))
        return out
    raise ValueError(L)


def document_blocks(c):
    h_reason, h_police, h_tick = HEADINGS[c["layout"]]
    blocks = [("h", c.get("doc_title") or TITLES[c["layout"]])]
    blocks.append(("table", [["Conference details", ""]] + [[k, v] for k, v in c["particulars"]])
                  if c["fmt"] in ("docx", "pdf") else ("pre", [f"{k}: {v}" for k, v in c["particulars"]]))
    blocks += family_blocks(c)
    blocks += [("h", h_reason)] + [("p", t) for t in c["reason"]]
    blocks += [("h", h_police)] + [("p", t) for t in c["police"]]
    if c["tick"]:
        blocks += [("h", h_tick), ("pre", c["tick"])]
    blocks.append(("p", f"Completed by: {c['from_name']}"))
    return blocks


def render(c):
    """Return (eml bytes, source_texts)."""
    blocks = document_blocks(c)
    sources = [c["subject"]]
    council = {"wakefield": "Wakefield Council", "leeds": "Leeds City Council", "calderdale": "Calderdale Council",
               "kirklees": "Kirklees Council", "bradford": "City of Bradford MDC"}
    dom = c["from_addr"].split("@")[1]
    name = next((v for k, v in council.items() if dom.startswith(k)), "Leeds City Council")
    sign = f"\n\n{c['from_name']}\n{name} - Children's Services\n"
    fmt = c["fmt"]
    attachments = []
    plain = html = None
    if fmt in ("plain", "html", "alt"):
        greet = "Good morning,\n\nPlease see the conference details below.\n\n"
        body_plain = greet + "OFFICIAL-SENSITIVE\n\n" + C.blocks_plain(blocks) + sign
        html_blocks = [("p", "Good morning,"), ("p", "Please see the conference details below."), ("p", "OFFICIAL-SENSITIVE")] + blocks
        html_blocks += [("p", c["from_name"])]
        if fmt == "plain":
            plain = body_plain
            sources.append(plain)
        elif fmt == "html":
            html = C.blocks_html(html_blocks)
        else:
            plain, html = body_plain, C.blocks_html(html_blocks)
            sources.append(plain)
        sources += ["Good morning,", "Please see the conference details below.", "OFFICIAL-SENSITIVE"]
        sources += C.blocks_sources(blocks)
    else:
        plain = c["cover"] + "\n"
        sources.append(plain)
        surname = " ".join(c["children"][0][0].split()[1:])
        stem = {141: "CPC request", 142: "Conference request and genogram", 143: "Booking form",
                144: "Invitation", 145: "Conference request - circles"}[c["layout"]] + " " + surname.upper()
        if c.get("not_invitation"):
            stem = "CP Plan " + surname.upper()
        if fmt == "docx":
            data = C.blocks_docx([("p", "OFFICIAL-SENSITIVE")] + blocks, title=TITLES[c["layout"]], author=c["from_name"])
            fname = f"{stem}.docx"
            attachments.append((fname, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", data))
        else:
            header = f"OFFICIAL-SENSITIVE    {c['from_addr'].split('@')[1].split('.')[0].title()} Council    Form CPC/{c['layout']}/v3"
            data = C.blocks_pdf(blocks, title=TITLES[c["layout"]], author=c["from_name"], header=header)
            fname = f"{stem}.pdf"
            attachments.append((fname, "application", "pdf", data))
            sources.append(header)
        sources.append("OFFICIAL-SENSITIVE")
        sources += C.blocks_sources(blocks)
        sources.append(fname)
    eml = C.build_email(c, plain=plain, html=html, attachments=attachments)
    # de-duplicate sources, keep order
    seen, out = set(), []
    for s in sources:
        if s and s not in seen:
            seen.add(s)
            out.append(s)
    return eml, out


def label(c, sources):
    recv = parse_recv(c["recv"])
    c["received"] = recv
    manual = bool(c.get("unverified") or c.get("not_invitation") or c.get("cancelled"))
    tick = {"required": True, "report": False}.get(c["tick_state"])
    decision = C.decide(c["district"], c["kind"], c["criteria"], c["tick_state"], manual)
    assert decision == c["decision"], (c["id"], decision, c["decision"])
    report_due = notice = notice_ok = None
    req = []
    if not manual:
        conf = dt.date.fromisoformat(c["date"])
        due = C.back_wd(conf, C.REPORT_N[c["district"]])
        report_due = due.isoformat()
        notice = C.notice_wd(recv.date(), conf)
        mn = C.min_notice(c["district"], c["kind"])
        notice_ok = None if mn is None else notice >= mn
        if notice_ok is False:
            req.append("late_notice")
        if due < recv.date():
            req.append("deadline_passed")
        if tick is False and decision == "attend":
            req.append("tickbox_conflict")
    if c["tick_state"] in ("both", "neither"):
        req.append("tickbox_ambiguous")
    if c.get("unverified"):
        req.append("unverified_sender")
    if c.get("not_invitation"):
        req.append("not_an_invitation")
    if c.get("cancelled"):
        req.append("cancelled")
    if c.get("unverified"):
        forb = ["cancelled", "not_an_invitation", "possible_duplicate", "rescheduled"]
    elif c.get("not_invitation"):
        forb = ["cancelled", "rescheduled", "unverified_sender", "district_unknown", "encrypted_unreadable",
                "possible_duplicate", "missing_family_details"]
    elif c.get("cancelled"):
        forb = ["not_an_invitation", "rescheduled", "unverified_sender", "district_unknown", "encrypted_unreadable",
                "possible_duplicate", "missing_family_details"]
    else:
        forb = [f for f in C.ALL_FLAGS if f not in req]
        if c["fmt"] in ("plain", "html", "alt"):
            forb.remove("no_booking_form")  # body-only request: not scored
    tags = [f"layout-{c['layout']}", f"format-{c['fmt']}", f"district-{c['district'] or 'unverified'}",
            c["kind"] or "not-a-conference", f"tick-{c['tick_state']}"]
    if c.get("pre_birth"):
        tags.append("pre-birth")
    if not c["criteria"]:
        tags.append("no-criterion")
    lab = {
        "district": c["district"],
        "kind": c["kind"],
        "pre_birth": c["pre_birth"],
        "date": c["date"],
        "time": c["time"],
        "police_attendance_requested": tick,
        "harm_categories": c["harm"],
        "children": [{"name": n, "date_of_birth": d} for n, d, _ in c["children"]],
        "adults": list(c["adults"]),
        "criteria": sorted(c["criteria"]),
        "decision": decision,
        "report_due": report_due,
        "notice_working_days": notice,
        "notice_ok": notice_ok,
        "flags_required": sorted(req),
        "flags_forbidden": sorted(forb),
        "source_texts": sources,
        "tags": tags,
        "notes": c["why"],
    }
    return lab


def main():
    fold = lambda t: re.sub(r"\s+", " ", t).strip().casefold()
    ids = set()
    for c in ALL:
        assert c["id"] not in ids
        ids.add(c["id"])
        c["received"] = parse_recv(c["recv"])
        eml, sources = render(c)
        lab = label(c, sources)
        joined = fold(" ".join(sources))
        for crit, q in c["criteria"].items():
            assert fold(q) in joined, (c["id"], crit, q)
        name = f"{c['id']}-{c['slug']}"
        (OUT / f"{name}.eml").write_bytes(eml)
        (OUT / f"{name}.json").write_text(json.dumps(lab, indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {len(ALL)} cases to {OUT}")


if __name__ == "__main__":
    main()
