#!/usr/bin/env python3
"""Rebuild every .eml/.json pair of set u and README.md, deterministically.

    /work/main/.venv/bin/python gen/make_all.py
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import OUT  # noqa: E402
import layout101, layout102, layout103, layout104, layout105  # noqa: E402

LAYOUTS = [
    ("101", "Reflective narrative requests", layout101,
     "A social worker's first-person prose (3-6 paragraphs) in the body or a Word document, with the family details in a short header.",
     "The police fact sits mid-prose among worries, reported speech ('mum told me the police had been called'), time words that flip meaning ('no longer on bail', 'still a named member', 'last year'), hypotheticals ('if he came back I would want to speak to the police'), and negations."),
    ("102", "Health-led pre-birth requests", layout102,
     "Pre-birth conferences written in midwife / health visitor / family nurse language: G3P2, 19+3, 20/40, EDD, GTT, EPDS, birth plans; an unborn baby plus siblings or a child mother.",
     "Police appear obliquely ('officers attended an incident at the address', 'known to WYP', 'MAPPA category 1 at level 1', 'on licence'); birth plans carry hypothetical police protection; Schedule 1 vs RSO; an unborn child has an EDD, not a DOB."),
    ("103", "Police information pasted into council forms", layout103,
     "Council booking details with Niche / PNC / SGU intelligence / OIC updates pasted in: occurrence numbers, IP, S/O, OIC, BWV, DASH, NFA, RUI, CPS advice, charged and bailed.",
     "A decision line is reversed by a later entry (NFA rescinded); police entries concern other people at other addresses; a concluded prosecution; an investigation by another force; NFA history that is only prior involvement."),
    ("104", "Look-alike meetings", layout104,
     "Strategy meeting, core group meeting, child-in-need review and a minutes/plan distribution, mixed with real conferences titled 'ICPCC', 'initial child protection meeting' and 'conference to consider child protection planning'.",
     "The look-alikes carry police words (RUI, PC in the core group, a review date) but are not invitations; the real ones do not use the usual titles. Legal planning, EPO, MARAC, FGC and professionals' meetings appear inside them."),
    ("105", "Messy writing", layout105,
     "Phone emails in lower case without punctuation, text-speak, voice dictation ('full stop', 'dues bury'), English as a second language, rough Word notes full of abbreviations (strat disc, ?NFA, cat, poss NAI).",
     "Dates like 'weds 13th', '13/1', 'Tuesday 22nd at 3 o'clock', 'mon 11th jan half 10', '2pm-ish'; a Sunday-evening send; a personal Gmail sender; names in lower case."),
]

READINGS = [
    "File names use the three-digit layout number given in the brief: `u-101-01-…` (the brief's `LL`).",
    "Unborn children are labelled with the name as written (`Unborn baby Kitchen`, `Unborn Hirst`) and `date_of_birth: null`: an EDD is not a date of birth.",
    "A 15-year-old expectant mother (102-07) is a child of the conference as well as the mother of the unborn baby; the baby's 24-year-old father is listed as a significant adult.",
    "`adults` are parents, carers, partners and family members living in or associated with the household, or alleged perpetrators in the family. Relatives who are only mentioned (an aunt at another address in 103-02) and professionals are not adults. A father in prison or abroad is still listed as a parent where he is named.",
    "Non-invitations (104-01, 104-03, 104-05, 104-07) have `kind`, `date`, `time`, tick, harm categories and deadlines `null` (not scored); their criteria list what the text affirms, since POLICY says the fields are still read.",
    "The gmail sender (105-05) has `district: null` and no deadlines, as in sample 11; `district_unknown` is left unscored because the text names Bradford.",
    "`no_booking_form` is never scored: most of these mails are prose, and whether a prose request or a pasted form counts as a booking form is the product's call.",
    "The tick is `true`/`false` only where a booking form's choice is visible in the mail (boxes, YES/NO lines, or a social worker reporting what the booking form says, 105-01). Free-text wishes with no form ('no need 4 police 2 attend', 'police attendance needed pls') are left `null` (not scored).",
    "Domestic abuse against a parent, with the prosecution of that assault, is `domestic_abuse_current_involvement` only, not `current_investigation` (same reading as sample 09).",
    "A person charged and bailed to court for abuse of the child (103-04) is still a current police matter (DOMAIN 3.5), and in a review it gives `discuss` (POLICY choice).",
    "An investigation by another force (Lancashire, 103-05) still meets the criterion: the child is the same (DOMAIN 4.3 item 9).",
    "`prior_unit_involvement` is labelled where the text states an earlier police investigation, arrest, police protection or conviction for an offence against a child concerning the child or a significant person (NFA'd investigations, a Schedule 1 conviction, an RSO father's arrest). Police call-outs with no crime recorded, a 2019 concern for welfare, and a row with a neighbour are not.",
    "MAPPA category 1 is a registered sexual offender (POLICY traps); 'level 1' is only the management level.",
    "'The chair wants police there' (105-07) is a request, not an agreement between the chair and the DI, so it is not `negotiated_attendance`; 'the chair has spoken with DI … and it has been agreed that police will attend' (104-02) and 'spoke to DS Kaur (CPPU) + chair … agreed police WILL attend' (105-06) are.",
]


def main() -> None:
    cases = []
    for _, _, mod, _, _ in LAYOUTS:
        assert len(mod.CASES) == 7, mod.__name__
        cases += mod.CASES
    for old in list(OUT.glob("u-*.eml")) + list(OUT.glob("u-*.json")):
        old.unlink()
    for c in cases:
        c.write()
    write_readme(cases)
    print(f"wrote {len(cases)} cases to {OUT}")


def write_readme(cases) -> None:
    labels = {c.code: json.loads((OUT / f"{c.name()}.json").read_text()) for c in cases}
    dec = Counter(l["decision"] for l in labels.values())
    crit = Counter(x for l in labels.values() for x in l["criteria"])
    dist = Counter(c.label.get("district_label", c.district) or "unverified (gmail)" for c in cases)
    lines = []
    a = lines.append
    a("# Set u — 35 invented CPC invitation emails (first-sight test set)")
    a("")
    a("Written by an outside author for `cpc-triage`: five layouts × seven emails, each `u-LLL-NN-….eml` with its")
    a("label `….json` in the format of `/work/shared/samples` (labels follow `/work/shared/POLICY.md`).")
    a("All people, addresses, references and phone numbers are invented. Received dates run from 2026-12-07 to")
    a("2027-01-22; the England & Wales bank holidays 25 and 28 Dec 2026 and 1 Jan 2027 matter for several deadlines.")
    a("")
    a("- `gen/make_all.py` rebuilds every file deterministically (`/work/main/.venv/bin/python gen/make_all.py`).")
    a("- `check.py` re-reads every `.eml` without the generators and checks each label against POLICY.md")
    a("  (`/work/main/.venv/bin/python check.py`).")
    a("")
    a("## Layouts")
    a("")
    a("| layout | what it is | what is hard |")
    a("|---|---|---|")
    for num, title, _, what, hard in LAYOUTS:
        a(f"| **{num} — {title}** | {what} | {hard} |")
    a("")
    a("## Counts")
    a("")
    a("Decisions: " + ", ".join(f"{k} {dec[k]}" for k in ["attend", "report_only", "discuss", "manual_review"]) + ".")
    a("")
    a("Criteria (cases that carry each): " + ", ".join(f"`{k}` {v}" for k, v in sorted(crit.items())) + ".")
    a("")
    a("Senders: " + ", ".join(f"{k} {v}" for k, v in sorted(dist.items())) + ".")
    a("")
    a("## Cases")
    a("")
    a("| case | district | kind | tick | criteria | decision | what it tests |")
    a("|---|---|---|---|---|---|---|")
    for c in cases:
        l = labels[c.code]
        kind = l["kind"] or "—"
        if l["pre_birth"]:
            kind += " (pre-birth)"
        tick = {True: "attend", False: "report", None: "—"}[l["police_attendance_requested"]]
        if "tickbox_ambiguous" in l["flags_required"]:
            tick = "both"
        flags = [f for f in l["flags_required"]]
        dec_s = l["decision"] + (f" [{', '.join(flags)}]" if flags else "")
        crit_s = ", ".join(l["criteria"]) or "—"
        a(f"| `{c.name()}` | {l['district'] or '(gmail)'} | {kind} | {tick} | {crit_s} | {dec_s} | {l['notes']} |")
    a("")
    a("## Readings where POLICY.md leaves a choice")
    a("")
    for r in READINGS:
        a(f"- {r}")
    a("")
    a("## Hardest cases (author's view)")
    a("")
    a("- `u-101-02` — attend although the form ticks *written report sufficient*, the 2021 investigation ended NFA and the police declined a new one: the escalation is in prose.")
    a("- `u-103-01` — the Niche extract says *NFA – evidential difficulties*; only a later DI entry re-opens it. Also written-report tick and late notice.")
    a("- `u-101-04` — a review where 'no further action' and 'bail conditions ended' are followed by a PC still named in the core group.")
    a("- `u-103-04` — a review asking only for a report, while the OIC update shows the uncle charged and bailed to Crown Court.")
    a("- `u-101-06` — a review whose father is 'no longer on bail', but the mother's RSO partner is visiting: discuss, with late Leeds notice.")
    a("- `u-102-01` — 'MAPPA category 1 at level 1', 'on licence': the only RSO signal.")
    a("- `u-105-06` — rough notes: 'single agency s47', 'not enough for crim inv', then the chair–DS agreement that police will attend.")
    a("- `u-104-03` / `u-104-07` — a core group meeting and a minutes distribution that name a PC in the core group: not invitations.")
    a("- `u-103-02`, `u-101-05`, `u-105-01` — report-only cases full of police words: DA at the aunt's address, county lines and the child's own RUI, an RSO ex in prison.")
    a("")
    (OUT / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
