#!/usr/bin/env python3
"""Build set D: every .eml and .json, deterministically.  Run: python gen/build.py"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import quopri
import sys
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))

from common import (LONDON, back_wd, html_to_text, to_docx, to_html, to_pdf, to_plain, wd_between)  # noqa: E402
from cases146_147 import layout146, layout147  # noqa: E402
from cases148 import layout148  # noqa: E402
from cases149 import layout149  # noqa: E402
from cases150 import layout150  # noqa: E402

ALL_FLAGS = ["late_notice", "deadline_passed", "missing_reason", "missing_family_details", "missing_conference_date",
             "unverified_sender", "unreadable_attachment", "encrypted_unreadable", "no_booking_form", "tickbox_conflict",
             "tickbox_ambiguous", "not_an_invitation", "rescheduled", "cancelled", "possible_duplicate", "district_unknown"]
MR_FLAGS = {"cancelled", "not_an_invitation", "unverified_sender", "encrypted_unreadable"}

REPORT_N = {"wakefield": 3, "leeds": 1, "calderdale": 3, "kirklees": 3, "bradford": 3}
DOMAIN = {"wakefield": "wakefield.gov.uk", "leeds": "leeds.gov.uk", "calderdale": "calderdale.gov.uk",
          "kirklees": "kirklees.gov.uk", "bradford": "bradford.gov.uk"}
MX = {"wakefield.gov.uk": "mail-gw1.wakefield.gov.uk", "leeds.gov.uk": "smtp-out2.leeds.gov.uk",
      "calderdale.gov.uk": "mx-out.calderdale.gov.uk", "kirklees.gov.uk": "relay.kirklees.gov.uk",
      "bradford.gov.uk": "mailhost.bradford.gov.uk", "outlook.com": "EUR03-AM7-obe.outbound.protection.outlook.com"}


def min_notice(district, kind):
    if kind is None:
        return None
    initial = kind in ("initial", "transfer_in")
    if district == "wakefield":
        return 5 if initial else None
    if district == "leeds":
        return 5 if initial else 10
    return None


def decide(district, kind, criteria, tick, both_marked):
    rules = "wakefield" if district in ("kirklees", "bradford") else district
    c = set(criteria)
    if kind in ("initial", "transfer_in"):
        if rules == "wakefield":
            hit = c & {"current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation",
                       "police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement",
                       "registered_sex_offender", "negotiated_attendance"}
            if hit:
                return "attend"
        elif rules == "leeds":
            if c & {"current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation",
                    "police_protection", "domestic_abuse_current_involvement", "registered_sex_offender",
                    "negotiated_attendance"}:
                return "attend"
            if "child_sexual_exploitation" in c:
                return "discuss"
        elif rules == "calderdale":
            if c & {"current_investigation", "wilful_neglect_investigation", "previous_investigation_escalation",
                    "prior_unit_involvement", "registered_sex_offender", "negotiated_attendance"}:
                return "attend"
            if c & {"police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement"}:
                return "discuss"
        if tick is True or both_marked:
            return "discuss"
        return "report_only"
    # review
    if "core_group_member" in c:
        return "attend"
    if c & {"child_sexual_exploitation", "current_investigation", "registered_sex_offender", "police_protection",
            "domestic_abuse_current_involvement", "wilful_neglect_investigation"} or tick is True:
        return "discuss"
    return "report_only"


def police_tick_state(all_blocks):
    """(marked_count, found) for the police tick line of the form(s)."""
    for blocks in all_blocks:
        for b in blocks:
            if b[0] == "ticks" and b[1].lower().startswith(("police", "west yorkshire police")):
                return sum(1 for _, s in b[2] if s), True
    return 0, False


def qp(text: str) -> str:
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data: bytes) -> str:
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def text_part(subtype, text):
    return (f'Content-Type: text/{subtype}; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n'
            + qp(text))


def build_case(case):
    n = case["n"]
    lab = case["label"]
    sender_name, sender_addr = case["sender"]
    domain = sender_addr.split("@")[1]
    seed = hashlib.sha256(("setD-" + n).encode()).hexdigest()
    sent = dt.datetime.fromisoformat(case["sent"]).replace(tzinfo=LONDON)
    recv = dt.datetime.fromisoformat(case["recv"]).replace(tzinfo=LONDON)
    hop = sent + dt.timedelta(minutes=1)
    src = [case["subject"]]
    form_blocks = []

    # ---------------- body
    kind = case["body"][0]
    if kind == "plain":
        body_text = case["body"][1]
        body_mime = text_part("plain", body_text)
        src.append(body_text)
    elif kind == "plainform":
        intro, blocks, sig = case["body"][1:]
        ftxt, fsrc = to_plain(blocks)
        body_text = intro + ftxt + sig
        body_mime = text_part("plain", body_text)
        src.append(body_text)
        src += fsrc
        form_blocks.append(blocks)
    elif kind == "htmlform":
        intro, blocks, sig = case["body"][1:]
        fhtml, fsrc = to_html(blocks)
        import html as _h
        intro_html = "".join(f"<p>{_h.escape(p).replace(chr(10), '<br>')}</p>" for p in intro.strip().split("\n\n"))
        sig_html = "<p>" + _h.escape(sig.strip()).replace("\n", "<br>") + "</p>"
        idx = fhtml.index(">", fhtml.index("<body")) + 1
        html_doc = fhtml[:idx] + intro_html + fhtml[idx:].replace("</body>", sig_html + "</body>")
        ptxt, _ = to_plain(blocks)
        plain_alt = intro + ptxt + sig
        bnd = "alt_" + seed[:20]
        if n in ("146-02", "149-03"):  # HTML only, no plain alternative
            body_mime = text_part("html", html_doc)
        else:
            body_mime = (f'Content-Type: multipart/alternative; boundary="{bnd}"\n\n'
                         f"--{bnd}\n{text_part('plain', plain_alt)}\n--{bnd}\n{text_part('html', html_doc)}\n--{bnd}--\n")
            src.append(plain_alt)
        src.append(html_to_text(html_doc))
        src += fsrc + [intro, sig]
        form_blocks.append(blocks)
    else:
        raise ValueError(kind)

    # ---------------- attachments
    att_parts = []
    for a in case["attach"]:
        if a[0] == "docx":
            data, asrc = to_docx(a[2])
            ctype = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            src += asrc
            form_blocks.append(a[2])
        elif a[0] == "pdf":
            data, asrc = to_pdf(a[2], header=a[3], footer=a[4], title=a[1][:-4])
            ctype = "application/pdf"
            src += asrc
            form_blocks.append(a[2])
        elif a[0] == "broken-pdf":
            full, _ = to_pdf([("title", "Transfer-in booking form"), ("p", "Lancashire County Council - " * 30)],
                             header="Lancashire County Council", footer="OFFICIAL-SENSITIVE")
            data = full[:640]  # truncated in transit: no xref, no trailer, content stream cut
            ctype = "application/pdf"
        else:
            raise ValueError(a[0])
        att_parts.append(f'Content-Type: {ctype}; name="{a[1]}"\nContent-Disposition: attachment; filename="{a[1]}"\n'
                         f"Content-Transfer-Encoding: base64\n\n{b64(data)}\n")

    if att_parts:
        bnd = "mix_" + seed[20:40]
        mime = f'Content-Type: multipart/mixed; boundary="{bnd}"\n\n--{bnd}\n{body_mime}\n'
        for p in att_parts:
            mime += f"--{bnd}\n{p}"
        mime += f"--{bnd}--\n"
    else:
        mime = body_mime

    mx = MX[domain]
    if domain == "outlook.com":
        auth = (f"Authentication-Results: mx1.westyorkshire.police.uk; dkim=pass header.d=outlook.com;\n"
                f" spf=pass smtp.mailfrom=outlook.com; dmarc=pass (p=NONE) header.from=outlook.com\n")
    else:
        auth = (f"Authentication-Results: mx1.westyorkshire.police.uk; dkim=pass header.d={domain};\n"
                f" spf=pass smtp.mailfrom={domain}; dmarc=pass (p=QUARANTINE) header.from={domain}\n")
    headers = (
        f"Received: from {mx} ({mx} [198.51.100.{int(seed[:2], 16) % 200 + 20}])\n"
        f" by mx1.westyorkshire.police.uk with ESMTPS id {seed[40:50].upper()};\n {format_datetime(recv)}\n"
        f"Received: from EXCH{int(seed[2:4], 16) % 9 + 1:02d}.corp.local (10.{int(seed[4:6], 16)}.{int(seed[6:8], 16)}.11)"
        f" by {mx}\n with Microsoft SMTP Server; {format_datetime(hop)}\n"
        + auth +
        f"Message-ID: <{seed[:24]}@{mx}>\n"
        f"Date: {format_datetime(sent)}\n"
        f"From: {sender_name} <{sender_addr}>\n"
        f"To: {case['to']}\n"
        f"Subject: {case['subject']}\n"
        "MIME-Version: 1.0\n"
        "X-Mailer: Microsoft Outlook 16.0\n"
    )
    if domain != "outlook.com":
        headers += "X-Protective-Marking: VER=2012, NS=gov.uk, SEC=OFFICIAL-SENSITIVE\n"
    eml = (headers + mime).replace("\r\n", "\n")

    # ---------------- label
    district = None if case["dist"] == "unverified" else case["dist"]
    marked, has_box = police_tick_state(form_blocks)
    both = has_box and marked == 2
    ambiguous = has_box and marked != 1
    tick = lab["tick"]
    if has_box and not ambiguous:
        assert tick is not None, n
    if ambiguous or not has_box:
        assert tick is None or (case["dist"] == "unverified"), (n, tick)
    extra_req = list(lab.get("extra_req", []))
    mr = bool(set(extra_req) & (MR_FLAGS | {"unreadable_attachment"}))
    decision = "manual_review" if mr else decide(district, lab["kind"], lab["criteria"], tick, both)
    assert decision == lab["decision"], (n, decision, lab["decision"])

    rday = recv.astimezone(LONDON).date()
    report_due = notice = notice_ok = None
    flags_req = []
    scored_deadlines = district is not None and lab["date"] and not (set(extra_req) & {"cancelled", "not_an_invitation"})
    if scored_deadlines:
        conf = dt.date.fromisoformat(lab["date"])
        report_due = back_wd(conf, REPORT_N[district])
        notice = wd_between(rday, conf)
        mn = min_notice(district, lab["kind"])
        notice_ok = None if mn is None else notice >= mn
        if notice_ok is False:
            flags_req.append("late_notice")
        if report_due < rday:
            flags_req.append("deadline_passed")
    if ambiguous and not mr:
        flags_req.append("tickbox_ambiguous")
    if decision == "attend" and tick is False:
        flags_req.append("tickbox_conflict")
    flags_req += extra_req

    if mr:
        forbid = {"possible_duplicate", "rescheduled", "encrypted_unreadable"}
        forbid |= {"cancelled", "not_an_invitation", "unverified_sender", "unreadable_attachment"} - set(extra_req)
        if "unverified_sender" in extra_req:
            forbid -= {"unreadable_attachment"}
        if district:
            forbid.add("district_unknown")
        forbid -= set(flags_req)
    else:
        forbid = set(ALL_FLAGS) - set(flags_req)
        if not case["attach"]:
            forbid.discard("no_booking_form")
        if case["body"][0] == "plain" and not case["attach"]:
            forbid.discard("no_booking_form")
    forbid = sorted(forbid, key=ALL_FLAGS.index)

    crit = lab["criteria"]
    folded_src = " ".join(" ".join(s.split()) for s in src).casefold()
    for cid, quote in crit.items():
        assert " ".join(quote.split()).casefold() in folded_src, (n, cid, quote)

    label = {
        "district": district,
        "kind": lab["kind"],
        "pre_birth": lab["pre_birth"],
        "date": lab["date"],
        "time": lab["time"],
        "police_attendance_requested": tick,
        "harm_categories": lab["harm"],
        "children": [{"name": nm, "date_of_birth": dob} for nm, dob in lab["children"]],
        "adults": lab["adults"],
        "criteria": sorted(crit),
        "decision": decision,
        "report_due": report_due.isoformat() if report_due else None,
        "notice_working_days": notice,
        "notice_ok": notice_ok,
        "flags_required": flags_req,
        "flags_forbidden": forbid,
        "source_texts": src,
        "tags": lab["tags"],
        "notes": lab["notes"],
    }
    district_slug = district or "unverified"
    stem = f"D-{n}-{district_slug}-{case['kslug']}-{case['desc']}"
    evidence = {cid: q for cid, q in crit.items()}
    return stem, eml, label, evidence


def main():
    cases = layout146() + layout147() + layout148() + layout149() + layout150()
    assert len(cases) == 35, len(cases)
    for old in list(OUT.glob("D-*.eml")) + list(OUT.glob("D-*.json")):
        old.unlink()
    evidence_all = {}
    for case in cases:
        stem, eml, label, ev = build_case(case)
        (OUT / f"{stem}.eml").write_bytes(eml.encode("utf-8"))
        (OUT / f"{stem}.json").write_text(json.dumps(label, indent=2, ensure_ascii=False) + "\n")
        evidence_all[stem] = ev
    (HERE / "evidence.json").write_text(json.dumps(evidence_all, indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {len(cases)} cases to {OUT}")


if __name__ == "__main__":
    main()
