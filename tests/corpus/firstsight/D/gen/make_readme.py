#!/usr/bin/env python3
"""Write README.md for set D from the labels (run after build.py)."""
import json
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent

LAYOUTS = [
    ("146", "Review-conference 'agency contribution request': conference key/values, children and household tables, a "
            "**core-group membership table** (Agency / Named worker / Status on plan / Last core group attended), "
            "'Since the last conference' prose, a recommendation, and a West Yorkshire Police contribution tick line. "
            "As Word .docx, PDF, HTML body, and plain body (a pre-birth review and a cancellation written as prose).",
     "Police active in the core group vs listed but not attending vs removed at the last review vs stood down after NFA; "
     "plan ending; new police matters since the last conference (arrest and bail, a wilful-neglect investigation, an RSO "
     "partner, a CSE link) which make a review `discuss`, not `attend`; the core-group officer named in a cancellation."),
    ("147", "ICPC request with **Part C - police and offending information** split into 'C1. What police have done "
            "before this referral' and 'C2. What police are doing now', a category tick row that lists every category, "
            "and a Part D police tick line. PDF, Word, HTML body.",
     "The same kind of fact in different districts: an NFA'd unit investigation (Calderdale `attend` through prior "
     "involvement, Wakefield `report_only`), police protection (Calderdale `discuss`, Leeds `attend`), RSO scope (RSO "
     "father with weekend contact vs RSO grandfather abroad with no contact), Schedule 1 offender is not an RSO "
     "(Kirklees on Wakefield rules)."),
    ("148", "Question-led **case summary** booking: 'Who is in the family? / Why are we holding a conference? / Has this "
            "family been known to police before? / What has changed recently? / Where are police now? / What are we "
            "asking of police?'. Plain body, Word, PDF, HTML body; plus a chair's outcome letter (PDF).",
     "A past investigation with clear escalation (worse injuries and a disclosure; the alleged abuser back in the home) "
     "vs a closed matter with nothing new; NFA with bail cancelled vs RUI still open in another force; a strategy "
     "discussion is not an investigation; 'category neglect' and 'threshold not met' vs an active wilful-neglect "
     "investigation; a mail held over the weekend (received Monday, report already overdue)."),
    ("149", "**Harm outside the home** request: missing-from-home table (date / hours / where found), Places, People, "
            "Online, Exploitation screening outcome, then a Police section. PDF, Word, HTML body, plain body.",
     "Sexual vs criminal exploitation (county lines, cuckooing, NRM) with explicit 'no sexual exploitation' lines; "
     "online CSE where police investigate an outsider (not a within-family investigation); Leeds CSE alone -> "
     "`discuss`; missing episodes alone; neither police box ticked; an exploitation-team PC in the core group; a "
     "social worker writing from a personal mailbox."),
    ("150", "**Section 4: legal status, orders and protective measures** booking with an orders grid (Order / measure, "
            "Obtained by, Date, In force?) and 'What happened' / 'Police involvement now' prose. HTML body, PDF, Word, "
            "plain body, and a covering note whose PDF form is truncated.",
     "Police protection (s46) vs an EPO obtained by the council vs s20; conditional bail, charge, DASH high, MARAC and a "
     "DA officer vs civil non-molestation/occupation orders with no police; 'PPO nominal' / 'is a PPO' vs police "
     "protection; police protection written as a birth-plan hypothetical; MAPPA category 1 = RSO; a chair-DI agreement "
     "made after the form was ticked 'written report sufficient'."),
]

CRIT_SHORT = {"current_investigation": "current_inv", "previous_investigation_escalation": "prev_inv_escalation",
              "wilful_neglect_investigation": "wilful_neglect", "police_protection": "police_protection",
              "child_sexual_exploitation": "CSE", "domestic_abuse_current_involvement": "DA_current",
              "registered_sex_offender": "RSO", "negotiated_attendance": "negotiated",
              "prior_unit_involvement": "prior_unit", "core_group_member": "core_group"}

NEAR_MISSES = [
    ("current_investigation", "146-03, 148-05, 150-07", "148-01 and 147-05 (strategy discussion / single-agency s47), 148-06 (bail cancelled, NFA), 149-04 (online team investigating an outsider), 150-04 and 147-04 (the assault investigated is on the mother)"),
    ("previous_investigation_escalation", "148-01, 148-02, 148-07", "147-01, 147-02, 148-03, 148-04 ('nothing new'), 146-04 (NFA then no incidents), 148-06 (NFA, 'no further incidents')"),
    ("wilful_neglect_investigation", "146-05, 148-06, 150-01", "147-03 and 148-03 ('threshold for a wilful neglect investigation is not met'), plan category 'Neglect' throughout"),
    ("police_protection", "147-03, 147-04, 150-01, 150-05", "148-04 (2019, history), 150-02 (EPO, 'no police protection'), 150-06 (birth-plan hypothetical; 'is a PPO'), 150-05 ('PPO nominal' beside a real s46)"),
    ("child_sexual_exploitation", "146-06, 149-01, 149-02, 149-04, 149-07", "149-03 (county lines, 'no indicators of sexual exploitation'), 149-05 (missing episodes, 'nothing to suggest sexual exploitation'), 149-06 (cuckooing, 'no concerns about sexual exploitation')"),
    ("domestic_abuse_current_involvement", "147-04, 150-04, 150-07", "150-03 (non-molestation/occupation orders, 'no police involvement'), 146-04 (NFA, 'not referred to MARAC'), 148-03 (MARAC in 2018)"),
    ("registered_sex_offender", "146-05, 147-05, 150-05", "146-01 (RSO uncle in Cornwall, no contact), 147-06 (RSO grandfather in Spain, no contact), 147-07 (Schedule 1, 'not a registered sex offender'), 146-02 (notification ended 2019)"),
    ("negotiated_attendance", "148-02, 149-01, 150-06", "146-05 ('police attendance at the review would be helpful'), 150-02 ('the chair intends to speak to the CPPU DI')"),
    ("prior_unit_involvement", "146-02, 146-03, 146-04, 147-01, 147-02, 147-07, 148-01, 148-02, 148-03, 148-04, 148-06, 148-07", "147-03/147-04 ('no previous police involvement ... is known'), 149-05 ('not known to police'), 147-05 (partner 'not known to police')"),
    ("core_group_member", "146-01, 146-07, 149-06", "146-02 (listed, no attendance since July), 146-03 (removed at the last review), 146-04 (stood down after NFA), 146-06, 149-04, 150-05 ('no police officer is in the core group')"),
]


def main():
    rows = []
    counts = Counter()
    for js in sorted(OUT.glob("D-*.json")):
        lab = json.loads(js.read_text())
        counts[lab["decision"]] += 1
        case = js.stem[2:8]
        kind = (lab["kind"] or "-") + (" (pre-birth)" if lab["pre_birth"] else "")
        tick = {True: "attend", False: "report", None: "-"}[lab["police_attendance_requested"]]
        if "tickbox_ambiguous" in lab["flags_required"]:
            tick = "neither"
        crit = ", ".join(CRIT_SHORT[c] for c in lab["criteria"]) or "-"
        flags = ", ".join(lab["flags_required"]) or "-"
        rows.append(f"| {case} | {lab['district'] or 'unverified'} | {kind} | {tick} | {crit} | {lab['decision']} | {flags} | {lab['notes']} |")
    text = ["# Set D - the edges of the rules", "",
            "35 invented invitations (5 layouts x 7) for the CPC triage, each `D-LLL-NN-<district>-<kind>-<desc>.eml` with "
            "its label `.json` in the format of `shared/samples/README.md`. Every case sits on a decision edge of "
            "`POLICY.md`: review conferences and the core group, Calderdale's own considerations, previous investigation "
            "vs escalation, exploitation outside the home, and orders and protective measures.", "",
            "- `gen/build.py` writes every `.eml` and `.json` deterministically (fixed dates, boundaries, Message-IDs, "
            "docx zip times, reportlab `invariant=1`); `gen/evidence.json` holds the verbatim evidence quote for every "
            "labelled criterion. `gen/make_readme.py` writes this file.",
            "- `check.py` re-reads every `.eml` (headers, text/HTML parts, .docx and .pdf attachments) and re-derives "
            "district, received day, report due, notice, flags, tick box, decision, names, DOBs, conference date/time and "
            "the evidence quotes. Run: `/work/main/.venv/bin/python check.py` -> `0 failing`.",
            "- Regenerate: `/work/main/.venv/bin/python gen/build.py && /work/main/.venv/bin/python gen/make_readme.py`.", "",
            f"Decisions: attend {counts['attend']}, report_only {counts['report_only']}, discuss {counts['discuss']}, "
            f"manual_review {counts['manual_review']}.", "",
            "## Layouts", "", "| layout | what it is | what is hard |", "|---|---|---|"]
    text += [f"| {n} | {a} | {b} |" for n, a, b in LAYOUTS]
    text += ["", "## Cases", "",
             "Tick: the booking form's police box (`attend` = attendance required, `report` = written report sufficient, "
             "`neither` = boxes present, none marked, `-` = no box).", "",
             "| case | district | kind | tick | criteria | decision | flags required | why |",
             "|---|---|---|---|---|---|---|---|"]
    text += rows
    text += ["", "## Criteria and their near misses", "", "| criterion | met in | near misses that must not trigger it |",
             "|---|---|---|"]
    text += [f"| `{c}` | {a} | {b} |" for c, a, b in NEAR_MISSES]
    text += ["", "## Judgement calls", "",
             "- **150-04** (Calderdale, DA with charge, bail, MARAC): the investigation is of an assault on the mother, not "
             "abuse of Archie, so `current_investigation` is not labelled and the decision is `discuss` (POLICY: DA is not "
             "a Calderdale consideration). A Calderdale DS might read 'the unit investigated the circumstances that led "
             "to the conference' more widely and attend; `discuss` keeps a person in the loop.",
             "- **147-05, 150-05**: a *current* RSO status is labelled `registered_sex_offender` only, not also "
             "`prior_unit_involvement` (no earlier investigation is described). **146-02**: notification requirements that "
             "ended in 2019 are history, labelled `prior_unit_involvement` only.",
             "- **150-06**: 'is a PPO (prolific and priority offender) managed by the Integrated Offender Management team' "
             "is offender management, not safeguarding-unit involvement, so no `prior_unit_involvement`.",
             "- **149-04**: an online-team investigation of an unknown adult is not 'abuse within the family', so only CSE.",
             "- **148-07** (chair's outcome letter): criteria are labelled as the text affirms them, but kind, date and time "
             "are `null` (the letter carries the held date and the next review date) and the decision is `manual_review`.",
             "- **146-07** (cancellation) and **148-07**: deadlines are `null` (not scored). **149-07** (unverified): "
             "district and deadlines `null`, as in the samples.",
             "- Flags not in either list are not scored: `no_booking_form` is left unscored for forms pasted in the body.",
             ""]
    (OUT / "README.md").write_text("\n".join(text))
    print("README.md written", dict(counts))


if __name__ == "__main__":
    main()
