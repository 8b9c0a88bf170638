"""Write README.md for set j (the case table is built from the labels)."""
import glob
import json
import os

HERE = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))

TEXT = """# First-sight set J — layouts 46–50 (35 cases)

Written by an outside author from `shared/POLICY.md`, `shared/DOMAIN.md` and the label format of
`shared/samples/README.md` only. All people, addresses, references and phone numbers are invented.
Received dates run from Mon 7 Dec 2026 to Mon 25 Jan 2027 (newest `Received:` header, Europe/London).

Regenerate: `/work/main/.venv/bin/python gen/all.py`; validate: `/work/main/.venv/bin/python check.py`.

## Layouts

| # | layout | what makes it hard |
|---|---|---|
| 46 | **Word "Save as PDF" booking forms**: bordered tables with shaded label cells, a header line and footer line (form number, "Page n") on every page, Creator/Producer "Microsoft Word for Microsoft 365". Tick boxes set in **Wingdings** (an embedded stand-in font, `gen/mkfont.py`, whose ToUnicode maps the glyphs to the private-use code points Word emits: U+F0FE box-with-tick, U+F0FD box-with-X, U+F0A8 empty box) or in **Segoe UI Symbol** (real U+2612/U+2610). Both options of the tick question sit on **one line**, so position decides which is ticked. | PUA characters in the text layer; tick next to the wrong label; a truncated PDF (46-07). |
| 47 | **Word .docx with tracked changes and comments**: `w:ins`/`w:del` by a manager (tick moved from one box to the other, date and time revised, a "no police involvement" sentence deleted and a core-group sentence inserted, "remains on bail" deleted and "NFA" inserted, an added bail update), `w:trackRevisions` on, comments in `comments.xml`, header/footer parts. | The **accepted** state counts; the deleted text (`w:delText`) still sits in the file and says the opposite. |
| 48 | **Invitation forwarded as an attachment** (`message/rfc822` inside a short "see attached" note), two levels deep in 48-02 and 48-06; the form is the body (plain or Outlook HTML table) of the innermost message. Inner messages carry their own older `Date:`/`Received:` headers and senders outside the allow-list (sheffield.gov.uk, calderdale.gcsx.gov.uk) — only the outer sender and the outer newest `Received:` count. | Finding the form two messages down; cancellation, reschedule, chair's letter and a DMARC-failed sender dressed the same way. |
| 49 | **PDF AcroForm with radio-button groups, drop-down (combo) fields and multi-line text fields** (not check boxes). Live forms keep the values only in field `/V` (radio export values `/Required` / `/Report`, combo values, multiline text) — the page text has labels only. Some are **flattened**: values printed, radios drawn as ◉/○ glyphs (49-03) or as vector circles with a filled dot and no text at all (49-07); 49-04 is mixed (top flattened, the rest live); 49-05 has a radio group with nothing selected. | Values that are not in the text layer; a tick that exists only as a drawn dot. |
| 50 | **Plain-text bodies with ASCII-art grid tables** (`+----+`, `|  |`, `+====+` header rule) pasted from an old system, **hard-wrapped at 72 columns** by the mail client (wide tables break mid-row), with a **quoted earlier version** below (`>` lines or an Outlook "-----Original Message-----" block) that differs from the new one (time, ticks). | Cells split over lines, the newest version vs. the quoted one, a chaser quoting the original invitation. |

## Judgement calls on labels

- **Accepted state** of tracked changes is the truth (47-*); deleted text is not in `source_texts`,
  comment text is (it is readable in the file), but no decision rests on a comment alone.
- **Newest version wins** in ASCII-grid mails: the quoted earlier version (50-01: 10:00 and empty
  boxes; 50-03: 10am) is superseded by the text above it.
- **Historical police matters** (2019 police protection, 2022/2023/2024/2025 NFA investigations, a
  1994 Schedule 1 conviction of a visiting grandfather) → `prior_unit_involvement`, per POLICY
  ("a historical police matter usually still shows prior_unit_involvement"). It only changes the
  decision in Calderdale initial conferences (46-03 → attend).
- **Escalation after NFA** (48-03, 50-06): an earlier police investigation of abuse in the family
  plus explicit evidence that risk is rising → `previous_investigation_escalation` **and**
  `prior_unit_involvement`; "no new police investigation has been opened" keeps
  `current_investigation` out.
- **Recent police protection** that prompts the conference (48-01, 49-07, 50-03) is
  `police_protection` only, not also `prior_unit_involvement` (the samples do the same).
- **Domestic abuse**: an assault on the mother with bail/MARAC/DA officer is
  `domestic_abuse_current_involvement`, not `current_investigation` (the child is not the subject
  of the investigation). DA never reported to police (49-05) is no criterion.
- **Not criteria**: "PPO nominal" (48-02, Prolific and Priority Offender), county lines / CCE
  (48-02), an RSO brother in Hull with no contact (49-06), "not a registered sex offender" (46-03),
  "no CSE concerns" (50-02), a strategy discussion with police that opened no investigation
  (46-02, 47-01), police finding a child in a car without an investigation (47-02).
- **Tick boxes**: both ticked (46-05) or neither (46-06, 50-05, 49-05 radio with no selection) →
  `police_attendance_requested: null` + `tickbox_ambiguous`; a tick shown only by a drawn dot
  (49-07) is still read as the supervisor sees it (`false`). "Police attendance: required" /
  "Police: written report sufficient" written as prose in a body form is treated as the tick box
  (48-03, 48-07). No box at all → `null`, no ambiguity flag.
- **Kirklees and Bradford** are decided with the Wakefield rules (POLICY §4); their deadlines use
  3 working days and no minimum notice (`notice_ok: null`).
- **Pre-birth** (46-05, 47-07) and **transfer-in** (47-05, 48-02) count as initial conferences.
  An unborn child is named as on the form with `date_of_birth: null`.
- **Not an invitation**: a chaser for an outstanding report that quotes the original invitation
  (50-07) and a forwarded chair's letter/outline plan whose "next review" date is not an invitation
  (48-05) → `manual_review` + `not_an_invitation`. 48-05 has `date`/`kind: null` (not scored).
- **Manual-review cases** keep the fields that can be read (date, kind, district) and the computed
  deadlines, but `late_notice` / `deadline_passed` are not required on them and only the flags that
  are certainly absent are forbidden.
- **Sender checks**: a CJSM address `@kirklees.gov.uk.cjsm.net` is Kirklees (47-05); a leeds.gov.uk
  sender whose `Authentication-Results` reports dkim/spf/dmarc **fail** is `unverified_sender`
  (48-07), district still leeds from the domain. A GCSX address appears only inside a forwarded
  message (48-03), never as the outer sender, because `calderdale.gcsx.gov.uk` is not a sub-domain
  on the default allow-list.
- **Received-day traps**: 50-05's gateway stamp is `Sat, 12 Dec 2026 00:40 +0100` = Friday 11 Dec
  23:40 in London; 48-02/48-03 inner messages carry older `Received:` headers that must be ignored.
  Report deadlines count back over 25/28 Dec and 1 Jan (46-01: conference Mon 4 Jan → report due
  Tue 29 Dec; 49-02: review Tue 5 Jan, Leeds 1 day → Mon 4 Jan).
- `no_booking_form` is not scored where the booking form is an email body (layouts 48 and 50), as
  in the samples.
- `harm_categories` follow the form's category line; `null` where no category is given.

## Cases

| case | district | kind | date | tick | criteria | decision | flags required |
|---|---|---|---|---|---|---|---|
"""


def main():
    rows = []
    for f in sorted(glob.glob(os.path.join(HERE, "J-*.json"))):
        d = json.load(open(f))
        kind = (d["kind"] or "-") + (" (pre-birth)" if d["pre_birth"] else "")
        rows.append("| %s | %s | %s | %s | %s | %s | %s | %s |" % (
            os.path.basename(f)[:-5], d["district"], kind, d["date"] or "-",
            {True: "attend", False: "report", None: "-"}[d["police_attendance_requested"]],
            ", ".join(d["criteria"]) or "-", d["decision"], ", ".join(d["flags_required"]) or "-"))
    dec, crit = {}, {}
    for f in sorted(glob.glob(os.path.join(HERE, "J-*.json"))):
        d = json.load(open(f))
        dec[d["decision"]] = dec.get(d["decision"], 0) + 1
        for c in d["criteria"]:
            crit[c] = crit.get(c, 0) + 1
    tail = "\n\n## Coverage\n\nDecisions: " + ", ".join("%s %d" % kv for kv in sorted(dec.items())) + \
        "\n\nCriteria: " + ", ".join("%s %d" % kv for kv in sorted(crit.items())) + "\n"
    with open(os.path.join(HERE, "README.md"), "w") as fh:
        fh.write(TEXT + "\n".join(rows) + tail)


if __name__ == "__main__":
    main()
