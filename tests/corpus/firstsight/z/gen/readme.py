#!/usr/bin/env python3
"""Write README.md (layout table + case table generated from the labels)."""
import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
HEAD = """# First-sight test set z (layouts 126-130)

35 invented council emails (5 new layouts x 7), each `z-LLL-NN-<district>-<kind>-<desc>.eml` with its label
`.json` in the format of `/work/shared/samples/README.md`. Everything is invented: names, addresses, references.

- Build: `/work/main/.venv/bin/python gen/build.py` (deterministic: fixed dates, boundaries, Message-IDs,
  PDF `invariant=1`, .docx re-zipped with fixed timestamps; two runs give byte-identical files), then
  `/work/main/.venv/bin/python gen/readme.py`.
- Check: `/work/main/.venv/bin/python check.py` re-reads every .eml (headers, text/plain, text/html, .docx,
  .pdf) and checks each label against POLICY.md: received day (newest `Received:` in Europe/London),
  working days with England and Wales bank holidays computed from rules (Christmas 2026 = Fri 25 + Mon 28 Dec,
  New Year = Fri 1 Jan 2027), report_due, notice, notice_ok, late_notice/deadline_passed, tickbox_conflict, the
  decision recomputed from criteria + kind + tick + district (Kirklees/Bradford on the Wakefield rules), the
  district from the sender, every child/adult name and DOB, the conference date, every source_text, and a verbatim
  evidence quote for every labelled criterion. It prints `0 failing`.

## Layouts

| layout | what it is | what is hard |
|---|---|---|
| 126 | police procedure told in legal/procedural words (conditional bail, summons/charge, remanded in custody, awaiting a CPS charging decision, voluntary attendance interview, OIC, file gone to CPS, outcome 15, community resolution) in Word/PDF forms, Outlook and CJSM mail | no stock "current police investigation"; the same words used for closed matters (outcome 15, community resolution), for other people (uncle on remand, mother's shop theft) and in a cancellation |
| 127 | the child's own voice (quoted words to a teacher, nurse, friend's mum, in an interview) carries the concern; police told indirectly ("the officer who spoke with Amy", "the DC dealing", "ABE booked") | retraction and a closed enquiry; a disclosure about an unrelated boy outside the family; a mother's unreported allegation; grooming described only in the child's words; a transfer-in where the other force's case is still open; the child's views sent for the papers (not an invitation) |
| 128 | several households: two homes, grandparent carers, the father's new partner and her children, lodgers, former partners | who is associated with the child's household: an RSO lodger at the father's (associated), an RSO ex-partner in Hull with a no-contact order (not), bail that concerns the partner's own sons and their father (not this child), the father living elsewhere but staying over; an nhs.net forward (unverified) |
| 129 | relative time only: "ten days ago", "a fortnight ago", "last Tuesday", "when Amy was a baby", "back in 2019", "since Christmas", "over the summer", "ended in the spring", "still", "at the moment" | telling current from history without dates: police protection ten days ago vs 2019; notification period "ended in the spring" vs "still is" on the register; a Received header at 00:20 +0100 that is the previous day in London |
| 130 | review invitations where the police role is told by what officers do: weekly welfare visits, NPT drive-pasts, a DC updating the core group on bail; visits that stopped; police asked only to share information or run checks; a chair's outcome letter | core-group membership without the words "core group member"; stopped roles; information-sharing requests that are not membership; a tick asking for attendance with no criterion |

## Cases

| case | district | kind | tick | criteria | decision | flags required | why |
|---|---|---|---|---|---|---|---|
"""

rows = []
dec = Counter()
for j in sorted(HERE.glob("z-*.json")):
    lab = json.loads(j.read_text())
    dec[lab["decision"]] += 1
    kind = (lab["kind"] or "-") + (" (pre-birth)" if lab["pre_birth"] else "")
    tick = {True: "attend", False: "report", None: "-"}[lab["police_attendance_requested"]]
    rows.append(f"| {j.stem} | {lab['district'] or '(unverified)'} | {kind} | {tick} | "
                f"{', '.join(lab['criteria']) or '-'} | {lab['decision']} | {', '.join(lab['flags_required']) or '-'} | "
                f"{lab['notes']} |")
tail = "\n\nDecisions: " + ", ".join(f"{k} {v}" for k, v in sorted(dec.items())) + "\n"
tail += """
## Labelling choices (where POLICY.md leaves room)

- A closed police matter (outcome 15, NFA, community resolution for an offence touching the family, notification
  period ended) is labelled `prior_unit_involvement`, never `current_investigation`. Matters with no
  safeguarding-unit content (the mother's shop theft, an uncle's robbery, an unrelated boy's youth caution) are
  labelled nothing.
- Charged / remanded / summonsed / file with CPS / awaiting a charging decision / bail = still current.
- An assault on the mother with bail and a DA officer is `domestic_abuse_current_involvement`, not
  `current_investigation` (as in sample 09).
- `children` lists the subject children only (other children in a household are mentioned but not subjects);
  an unborn child has `date_of_birth: null` (the EDD is in the text).
- Cancellations, non-invitations and the unverified sender carry `null` deadlines (not scored); the
  unverified nhs.net forward has `district: null`.
- `no_booking_form` is forbidden only where a Word/PDF booking form is attached; body-only forms leave it unscored
  (as the samples do).
"""
(HERE / "README.md").write_text(HEAD + "\n".join(rows) + tail)
print(dec)
