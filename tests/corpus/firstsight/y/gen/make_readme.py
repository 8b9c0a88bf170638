"""Write README.md from the labels (deterministic)."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
LAYOUTS = [
    ("121", "typography", "Outlook HTML and plain text with &nbsp; / NBSP, zero-width spaces and soft hyphens inside key words "
     "('ar\\u00adrest\\u00aded', 're\\u200bleased'), full-width colons, slashes and digits, smart quotes and dashes, emoji ticks "
     "(✅ ❌ 👍 ✔️ ☐ ☒), 'Y'/'N' answers, HTML entities, Cyrillic look-alike letters, RTL marks around Urdu text in a signature, "
     "an IDN homograph sender domain",
     "criteria words are split by invisible characters or written with other alphabets; ticks are emoji, not ☒; both options ✅; "
     "the look-alike domain is only visible in punycode; Christmas/New Year bank holidays in the notice count"),
    ("122", "yes/no checklists", "each risk question its own row: HTML grids with Yes / No / Unknown columns marked X, "
     "'Question? Y' plain-text lists, a PDF checklist with a Y/N column, a Word table, a cancellation answered as a question",
     "the answer sits in a different column/cell from the question; 'Unknown' is not yes; both Yes and No marked on the "
     "attendance row; question wording mentions every criterion (RSO, CSE, PP) whatever the answer; the young person's own "
     "arrest (as suspect) answered Yes; Schedule 1 answered Yes"),
    ("123", "practitioners' shorthand", "social workers' notes: s47 jt, strat, RUI'd, NFA'd, PPO'd, ABE done, o/s, CPP, CIN, "
     "CG, LADO, MARAC, IDVA, RSO, CCE not CSE, WNB, PGM/MGM, p/ner, hh",
     "negations and history written in the same shorthand ('Pol NFA'd at strat', 'RSO checks neg', 'DV hx 2019'); PPO'd "
     "(police protection) next to 'a PPO nominal' (prolific offender); other-force investigation 'o/s'; minutes in shorthand "
     "that are not an invitation"),
    ("124", "heavy signatures and disclaimers", "a short real message inside long legal disclaimers, FOI notices, safeguarding "
     "slogans ('if you think a child is in danger call the police on 999', DA helplines, CSE 'know the signs', Prevent), "
     "job titles with police / DA / CSE words, 'registered with Social Work England', Mimecast relays",
     "most of the police/CSE/DA/RSO words in the email are in the footer or the sender's title; the one real criterion is in "
     "one sentence; a message written Friday arriving Monday (newest Received header decides); a spoofed bradford.gov.uk "
     "failing SPF/DMARC"),
    ("125", "person-by-person sections", "'Person N' blocks (name / role / DOB / address / police involvement) in HTML, "
     "plain text, a Word table per person and a PDF, including people who do not live with the child (grandparents "
     "elsewhere, an uncle abroad, a father in prison, an ex-partner in another town)",
     "police involvement is recorded per person: an RSO grandfather with no contact vs a MAPPA Category 1 ex-partner who "
     "visits; a father who 'is a PPO'; historical police protection by another force; the investigation sits in the "
     "mother's and partner's blocks, not the child's; the date is 'TO BE CONFIRMED'"),
]


def main():
    rows = []
    counts = {}
    for j in sorted(OUT.glob("y-*.json")):
        d = json.loads(j.read_text(encoding="utf-8"))
        counts[d["decision"]] = counts.get(d["decision"], 0) + 1
        kind = (d["kind"] or "-") + (" (pre-birth)" if d["pre_birth"] else "")
        tick = {True: "attend", False: "report", None: "–"}[d["police_attendance_requested"]]
        crit = ", ".join(d["criteria"]) if d["criteria"] else ("–" if d["criteria"] == [] else "n/s")
        flags = ", ".join(d["flags_required"]) or "–"
        rows.append(f"| {j.stem} | {d['district'] or 'unverified'} | {kind} | {tick} | {crit} | **{d['decision']}** | {flags} | {d['notes']} |")
    s = ["# First-sight test set \"y\" (layouts 121-125)", "",
         "35 invented emails (`*.eml`) with labels (`*.json`, the format of `shared/samples/README.md`) for scoring "
         "`cpc-triage` at first sight. All names, addresses, references and phone numbers are invented.", "",
         "* Regenerate: `/work/main/.venv/bin/python gen/make_all.py` (deterministic: fixed dates, boundaries, Message-IDs, "
         "zip timestamps in the .docx, reportlab `invariant=1` PDFs; two runs give byte-identical files), then "
         "`/work/main/.venv/bin/python gen/make_readme.py`.",
         "* Check: `/work/main/.venv/bin/python check.py` re-reads every .eml (not the generators) and checks the labels "
         "against POLICY.md: received day from the newest `Received:` header in Europe/London, working days with England "
         "and Wales bank holidays from the `holidays` package (25/12/2026, 28/12/2026, 1/1/2027), report_due, notice, "
         "notice_ok, late_notice / deadline_passed, the decision recomputed from criteria + kind + tick + district, the "
         "district and verification from the sender and Authentication-Results, every child/adult name and child DOB and "
         "every source text visible in the mail (after removing zero-width characters and folding NFKC / look-alikes), and "
         "a keyword sanity check per criterion. It prints `0 failing`.",
         "* `source_texts` hold every piece of text as written plus a normalised copy (zero-width characters, soft hyphens "
         "and bidi marks removed, NFKC, Cyrillic look-alikes mapped) so that a quote taken either from the raw or the "
         "normalised text can be checked verbatim.",
         "* Deadline fields are `null` (not scored) for `manual_review` cases. `no_booking_form` is left unscored where "
         "the only form is prose in the body.", "",
         "## Layouts", "", "| layout | what it is | contents | what is hard |", "|---|---|---|---|"]
    for n, name, what, hard in LAYOUTS:
        s.append(f"| {n} | {name} | {what} | {hard} |")
    s += ["", "## Decisions", "", ", ".join(f"{k}: {v}" for k, v in sorted(counts.items())), "",
          "## Cases", "", "| case | district | kind | tick | criteria | decision | flags required | why |",
          "|---|---|---|---|---|---|---|---|"] + rows + [
          "", "## Judgement calls", "",
          "* Adults = every adult the email lists as a family member / person block, including those living elsewhere "
          "(grandparents, an uncle abroad, a father in prison); professionals are not adults.",
          "* Unborn children are labelled `Baby <Surname>` with a null date of birth (the form gives an EDD).",
          "* y-122-05: a father charged and awaiting trial is labelled `current_investigation` (DOMAIN.md treats charged / "
          "awaiting trial as still current); the decision rests on `core_group_member` anyway.",
          "* y-125-03: the MAPPA Category 1 ex-partner's conviction for abusing the mother when she was 14 is also labelled "
          "`prior_unit_involvement` (earlier police involvement with a significant person).",
          "* y-125-06: police protection by South Yorkshire Police in 2024 is labelled `prior_unit_involvement` although it "
          "was another force; Leeds does not use that criterion, so the decision does not depend on it.",
          "* y-122-06: a 2009 child-cruelty conviction (Schedule 1 / PPRC) is `prior_unit_involvement`, which the Wakefield "
          "list that Bradford follows does not contain: report only by POLICY, though a supervisor might want to discuss.",
          "* y-123-06 / y-125-04: prose or a box saying a written report is sufficient does not lower a review with a current "
          "DA / CSE matter below discuss.",
          "* y-121-06 and y-124-07: unverified senders leave `district` null (not scored), like samples/11.", ""]
    (OUT / "README.md").write_text("\n".join(s), encoding="utf-8")


main()
