"""Layout 112: mail-merge and template artefacts."""
import html as H
import docx
from docx.shared import Pt
from common import (build_eml, text_part, alt, mixed, attach_part, outlook_html, docx_bytes, write_case)
from common import TO

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
made = []


class Doc:
    def __init__(self, font="Arial", size=10):
        self.d = docx.Document()
        st = self.d.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
        self.texts = []

    def p(self, t, bold=False, italic=False):
        p = self.d.add_paragraph(); r = p.add_run(t); r.bold = bold; r.italic = italic
        self.texts.append(t)

    def table(self, rows, cols=2):
        t = self.d.add_table(rows=0, cols=cols); t.style = "Table Grid"
        for row in rows:
            c = t.add_row().cells
            for i, x in enumerate(row):
                c[i].text = x; self.texts.append(x)
            self.texts.append(" ".join(row))

    def bytes(self, title, author):
        return docx_bytes(self.d, title, author)


# ------------------------------------------------------------------ 112-01 wakefield docx, merge fields + delete-as-applicable
cid = "112-01"
D = Doc()
D.p("OFFICIAL-SENSITIVE", True)
D.p("Wakefield Safeguarding and Review Unit", True)
D.p("Child Protection Conference Booking Form - «ChildForename» «ChildSurname»", True)
D.table([("Conference type", "Initial"), ("Date of conference", "Monday 4th January 2027"), ("Time", "1.00pm"),
         ("Venue", "Wakefield One - Room G12"), ("Chair", "Sandra Booth"), ("Social worker", "Jamie Oxley"),
         ("CareDirector ID", "CD615530"), ("Date of strategy discussion", "[Insert date]"),
         ("Category", "Sexual abuse (risk of)")])
D.p("")
D.p("Children subject to this conference", True)
D.table([("Name", "DOB", "Setting"), ("Kian Marsden", "11/09/2016", "Snapethorpe Primary"),
         ("Lacey Marsden", "30/01/2019", "Snapethorpe Primary")], cols=3)
D.p("Adults", True)
D.table([("Name", "Relationship", "DOB"), ("Stacey Marsden", "Mother", "16/12/1990"),
         ("Gary Lockwood", "Mother's partner", "02/04/1979")], cols=3)
D.p("Reason for conference", True)
D.p("[Give a brief summary of the concerns and why the threshold for a conference is met. Do not copy the whole assessment.]", italic=True)
r1 = ("Ms Marsden's partner, Gary Lockwood, has been on the sex offenders register since he was convicted in 2021 of "
      "making indecent images of children; his notification runs until 2031. Ms Marsden told the social worker he only "
      "visits, but the school and neighbours say he stays at the house most nights and takes the children to school.")
D.p(r1)
D.p("Police attendance required / Written report sufficient (delete as applicable)")
D.p("Name of person completing form: Jamie Oxley    Date: 23/12/2026")
docb = D.bytes("Booking form", "Jamie Oxley")
note = ("Good afternoon\n\nPlease find attached booking form for an ICPC for Kian and Lacey Marsden, "
        "Monday 4th January 2027 at 1pm. Sorry for the short notice over Christmas.\n\nKind regards\nBethany Sharp\nBusiness Support - SRU\nWakefield Council\n")
subj = "ICPC Booking - MARSDEN - 04/01/2027"
eml = build_eml(cid, from_name="Bethany Sharp", from_addr="bethany.sharp@wakefield.gov.uk", to=TO["wakefield"], subject=subj,
                date_hdr="Thu, 24 Dec 2026 14:55:20 +0000", received="Thu, 24 Dec 2026 14:56:05 +0000",
                body=mixed(cid, text_part(note), [attach_part(docb, DOCX, "CP Booking Form MERGE.docx")]))
made.append(write_case(dict(
    id=cid, district="wakefield", kind="initial", kind_tag="icpc", short="merge-fields-delete-as-applicable-rso",
    date="2027-01-04", time="13:00", tick=None, harm=["sexual"],
    children=[("Kian Marsden", "2016-09-11"), ("Lacey Marsden", "2019-01-30")],
    adults=["Stacey Marsden", "Gary Lockwood"],
    criteria=["registered_sex_offender"],
    evidence={"registered_sex_offender": ["has been on the sex offenders register since he was convicted in 2021"]},
    flags_required=["tickbox_ambiguous"], received_day="2026-12-24", expect="attend",
    tags=["docx", "merge-field", "insert-placeholder", "delete-as-applicable-untouched", "rso", "christmas-notice", "late-notice"],
    notes="«ChildForename» and [Insert date] left unfilled; 'delete as applicable' left with both options so the tick is unanswered; "
          "mother's partner is an RSO who stays most nights (W7) -> attend; sent on Christmas Eve for 4 January: 4 working days (25/12, 28/12 and 1/1 are bank holidays) -> late_notice",
), eml, [subj, note, "CP Booking Form MERGE.docx"] + D.texts))

# ------------------------------------------------------------------ 112-02 leeds review, plain text, <<DOB>> and guidance left in
cid = "112-02"
subj = "Review Child Protection Conference - PAWSON - 20/01/2027"
body = """OFFICIAL-SENSITIVE

LEEDS CITY COUNCIL - CHILDREN AND FAMILIES
REVIEW CHILD PROTECTION CONFERENCE - NOTIFICATION

Conference:        Review Child Protection Conference (2nd review)
Date:              Wednesday 20 January 2027
Time:              09:30
Venue:             Microsoft Teams
Chair:             Deborah Kirk
Social Worker:     <<SW_NAME>> - Amrit Sandhu
Mosaic ID:         MOS310885
Plan category:     Neglect

Child(ren):
  Oscar Pawson      DOB 05/12/2013
  Ruby Pawson       DOB <<DOB>>

Parent(s)/carer(s):
  Michelle Pawson (mother)

Progress against the plan:
[Summarise progress since the last conference in no more than 200 words]
Home conditions are much better and have stayed better since October. Oscar's attendance is 94%. Ruby's
speech therapy has started. Ms Pawson has kept every appointment with the health visitor.

Police involvement / core group:
[Guidance: say here whether police are members of the core group, e.g. "police to carry out welfare
checks" or "police to monitor bail conditions". Delete this guidance before sending.]
Police are not part of the core group. The core group is the social worker, the school, the school
nurse and Ms Pawson. There have been no police call-outs to the address since the plan began.

Police attendance required: No - written report please

This notification has been generated from Mosaic. Please do not reply to this mailbox.
"""
eml = build_eml(cid, from_name="ISU Conference Notifications", from_addr="isu.conferences@leeds.gov.uk",
                to=TO["leeds"], subject=subj, date_hdr="Tue, 12 Jan 2027 06:02:11 +0000",
                received="Tue, 12 Jan 2027 06:02:40 +0000", body=text_part(body), mailer=None)
made.append(write_case(dict(
    id=cid, district="leeds", kind="review", kind_tag="rcpc", short="dob-placeholder-guidance-left-in",
    date="2027-01-20", time="09:30", tick=False, harm=["neglect"],
    children=[("Oscar Pawson", "2013-12-05"), ("Ruby Pawson", None)], adults=["Michelle Pawson"],
    criteria=[], evidence={}, received_day="2027-01-12", expect="report_only", unscored_flags=["no_booking_form"],
    tags=["body-text-form", "merge-placeholder", "guidance-left-in", "review", "late-notice", "safe-report-only"],
    notes="guidance text quotes core-group examples ('police to carry out welfare checks') but the answer typed under it says police are not in the core group; "
          "Ruby's DOB left as <<DOB>>; Leeds review with 6 working days' notice (10 needed) -> report only with late_notice",
), eml, [subj, body]))

# ------------------------------------------------------------------ 112-03 calderdale, html, police box left over from another family
cid = "112-03"
subj = "ICPC - GREENWOOD - 21/01/2027"
rows = [
    ("Conference", "Initial Child Protection Conference"), ("Date", "21/01/2027"), ("Time", "10:00"),
    ("Venue", "Northgate House, Halifax - Room 5"), ("Chair", "Ian Brearley"), ("Social worker", "Rebecca Tong"),
    ("LCS", "LCS801266"), ("Category", "Neglect"),
    ("Child", "Amelia Greenwood, DOB 14/02/2022"), ("Mother", "Jade Greenwood, DOB 09/09/2000"),
    ("Reason for conference", "Amelia is 4 and was found wandering on Pellon Lane in a nappy on 05/01/2027. The house was "
                              "cold with no food in the fridge. Ms Greenwood had been drinking. Neighbours were looking after Amelia until Ms Greenwood came home."),
    ("Police involvement", "Tyler Bentley was placed in police protection on 03/10/2026 after being found alone at the address; "
                           "his mother was arrested on suspicion of child neglect and remains under investigation."),
    ("Police attendance required", "☐"), ("Written report sufficient", "☒"),
]
note1 = "Hi all,"
note2 = ("Booking below. Sorry - the police involvement box has carried over from the last family I used this template for; "
         "please ignore it, it is nothing to do with the Greenwoods. There has been no police involvement with Amelia or her mum: "
         "the neighbours brought Amelia home themselves.")
note3 = "Thanks, Rebecca (SW, Calderdale Early Help & Safeguarding)"
trs = "\n".join(f'<tr><td style="border:solid 1pt;padding:2pt"><b>{H.escape(a)}</b></td><td style="border:solid 1pt;padding:2pt">{H.escape(b)}</td></tr>' for a, b in rows)
html = outlook_html([H.escape(note1), H.escape(note2), H.escape(note3)]).replace(
    "</div></body></html>", '<table style="border-collapse:collapse">' + trs + "</table>\n</div></body></html>")
plain = f"{note1}\n\n{note2}\n\n{note3}\n\n" + "\n".join(f"{a}: {b}" for a, b in rows) + "\n"
eml = build_eml(cid, from_name="Rebecca Tong", from_addr="rebecca.tong@calderdale.gov.uk", to=TO["calderdale"],
                subject=subj, date_hdr="Thu, 14 Jan 2027 12:40:01 +0000", received="Thu, 14 Jan 2027 12:41:15 +0000",
                body=alt(cid, plain, html))
texts = [subj, plain, note1, note2, note3]
for a, b in rows:
    texts += [a, b, f"{a} {b}", f"{a}: {b}"]
made.append(write_case(dict(
    id=cid, district="calderdale", kind="initial", kind_tag="icpc", short="leftover-police-box-other-family",
    date="2027-01-21", time="10:00", tick=False, harm=["neglect"],
    children=[("Amelia Greenwood", "2022-02-14")], adults=["Jade Greenwood"],
    criteria=[], evidence={}, received_day="2027-01-14", expect="report_only", unscored_flags=["no_booking_form"],
    tags=["body-html-table", "leftover-field", "other-family", "tick-report", "safe-report-only"],
    notes="the 'Police involvement' cell is left over from another family (Tyler Bentley, police protection) and the social worker says to ignore it; "
          "no police involvement with this family -> report only (a supervisor might phone the SW, but POLICY gives no criterion)",
), eml, texts))

# ------------------------------------------------------------------ 112-04 kirklees pre-birth docx, unfilled merge in title
cid = "112-04"
D = Doc("Calibri", 11)
D.p("OFFICIAL SENSITIVE", True)
D.p("Kirklees Council - Child Protection Conference Service", True)
D.p("Pre-birth Child Protection Conference for «Forename» «Surname»", True)
D.p("Dear «Professional»,")
D.p("You are invited to a pre-birth initial child protection conference. Please complete the enclosed report template "
    "and return it to the conference team no later than three working days before the conference.")
D.table([("Date", "Friday 11 December 2026"), ("Time", "10:00 - 12:00"), ("Venue", "Dewsbury Town Hall, Committee Room B"),
         ("Chair", "Matthew Crowther"), ("Social Worker", "Joanne Dransfield"), ("Reference", "KC-PB-2026-0412"),
         ("Unborn child", "Unborn Sykes"), ("EDD", "[Insert EDD] 14/02/2027"),
         ("Mother", "Lauren Sykes (DOB 21/05/2003)"), ("Father", "Ryan Bottomley (DOB 30/10/2000)"),
         ("Category proposed", "Emotional abuse / physical abuse")])
D.p("Concerns", True)
r1 = ("Ms Sykes was heard at MARAC on 19/11/2026 as a high-risk victim after Mr Bottomley punched her in the stomach "
      "when she was 22 weeks pregnant. She has an IDVA, and DC Nadeem Akhtar from the Kirklees safeguarding unit's domestic "
      "abuse team is in regular contact with her. Mr Bottomley is on police bail not to contact Ms Sykes while the CPS "
      "decides on an ABH charge.")
D.p(r1)
D.p("Police:  ☒ attendance requested   ☐ written report sufficient")
D.p("[If you are unable to attend please send apologies to «AdminEmail»]", italic=True)
docb = D.bytes("Pre-birth invite", "Kirklees CP Conference Service")
note = "Please see attached invitation.\n\nKirklees Child Protection Conference Service\n01484 456 870\n"
subj = "Pre-birth ICPC invitation - SYKES - 11/12/2026"
eml = build_eml(cid, from_name="CP Conference Service", from_addr="cp.conferences@kirklees.gov.uk", to=TO["kirklees"],
                subject=subj, date_hdr="Wed, 02 Dec 2026 15:05:48 +0000", received="Wed, 02 Dec 2026 15:06:30 +0000",
                body=mixed(cid, text_part(note), [attach_part(docb, DOCX, "Invite_PreBirth_«Surname».docx".replace("«Surname»", "Sykes"))]))
made.append(write_case(dict(
    id=cid, district="kirklees", kind="initial", pre_birth=True, kind_tag="prebirth", short="merge-title-marac-bail",
    date="2026-12-11", time="10:00", tick=True, harm=["emotional", "physical"],
    children=[("Unborn Sykes", None)], adults=["Lauren Sykes", "Ryan Bottomley"],
    criteria=["domestic_abuse_current_involvement"],
    evidence={"domestic_abuse_current_involvement": ["Ms Sykes was heard at MARAC on 19/11/2026 as a high-risk victim",
                                                     "Mr Bottomley is on police bail not to contact Ms Sykes"]},
    received_day="2026-12-02", expect="attend",
    tags=["docx", "merge-field", "insert-placeholder", "pre-birth", "marac", "bail", "tick-attend", "kirklees-wakefield-rules"],
    notes="unfilled «Forename» «Surname» and [Insert EDD] next to the typed EDD; high-risk DA with MARAC, IDVA, police DA officer and bail (W6; Kirklees under the Wakefield rules) -> attend",
), eml, [subj, note, "Invite_PreBirth_Sykes.docx"] + D.texts))

# ------------------------------------------------------------------ 112-05 bradford, plain text, criteria guidance left in
cid = "112-05"
subj = "Conference booking: HOLROYD children - ICPC Tues 26 Jan 2027 1.30pm"
body = """OFFICIAL-SENSITIVE

Bradford Children's Social Care - Conference Booking Request

Conference type: ICPC
Conference date: 26/01/2027
Conference time: 13:30
Venue: Margaret McMillan Tower, Room 7.03 (hybrid)
Chair: Naseem Akhtar
Social worker: Claire Raistrick
Category: Neglect

Children
1. Kacey Holroyd - 19/10/2015
2. Tommy Holroyd - 07/07/2017
3. Lily Holroyd - 28/02/2021

Adults
Gemma Holroyd (mum), 01/08/1993
Wayne Holroyd (dad), 14/03/1990

Reason for conference:
Chronic neglect - the children are often hungry at school, Lily has untreated tooth decay and the house
has no working heating. Parents have not taken up the family support offered since July.

POLICE ATTENDANCE - PLEASE READ BEFORE COMPLETING
Police will usually attend where: the child is the subject of a current police investigation into
physical or sexual abuse; there is a police investigation into wilful neglect; child sexual exploitation
is a considered risk; a registered sex offender lives in or visits the household; the children were placed
in police protection; or there is serious domestic abuse with current police involvement.
Which of the above apply? (delete this paragraph once answered)
None of the above apply. Police have never been called to the address and the social worker found no
police involvement with either parent when checks were done.

[ ] Police attendance required
[X] Written report sufficient

Submitted by Claire Raistrick on 15/01/2027.
"""
eml = build_eml(cid, from_name="Bradford CSC Bookings", from_addr="csc.bookings@bradford.gov.uk", to=TO["bradford"],
                subject=subj, date_hdr="Mon, 18 Jan 2027 10:30:00 +0000", received="Mon, 18 Jan 2027 10:31:12 +0000",
                body=text_part(body))
made.append(write_case(dict(
    id=cid, district="bradford", kind="initial", kind_tag="icpc", short="criteria-guidance-left-in-none-apply",
    date="2027-01-26", time="13:30", tick=False, harm=["neglect"],
    children=[("Kacey Holroyd", "2015-10-19"), ("Tommy Holroyd", "2017-07-07"), ("Lily Holroyd", "2021-02-28")],
    adults=["Gemma Holroyd", "Wayne Holroyd"], criteria=[], evidence={},
    received_day="2027-01-18", expect="report_only", unscored_flags=["no_booking_form"],
    tags=["body-text-form", "guidance-left-in", "criteria-listed", "tick-report", "safe-report-only"],
    notes="the form's guidance lists every police criterion and was not deleted; the answer is 'None of the above apply', no police involvement -> report only",
), eml, [subj, body]))

# ------------------------------------------------------------------ 112-06 wakefield review docx, delete-as-applicable untouched, CSE
cid = "112-06"
D = Doc()
D.p("OFFICIAL-SENSITIVE", True)
D.p("WAKEFIELD COUNCIL - REVIEW CHILD PROTECTION CONFERENCE", True)
D.table([("Review conference date", "19/01/2027"), ("Time", "2pm"), ("Venue", "Microsoft Teams"),
         ("Date of previous conference", "«PrevConfDate»"), ("Chair", "Lorna Haigh"),
         ("Social worker", "Dominic Rhodes"), ("CareDirector ID", "CD712248"), ("Plan category", "Sexual abuse")])
D.p("Child: Keeley Shaw (DOB 03/03/2011)")
D.p("Mother: Donna Shaw (DOB 27/07/1985)")
D.p("Update for the review", True)
r1 = ("Keeley is still considered to be at risk of sexual exploitation. Since the last conference she has been missing "
      "overnight twice and on 28/12/2026 she was found in a flat in Agbrigg with two adult men who had given her vodka "
      "and cigarettes. The CSE screening tool was re-scored as high on 04/01/2027.")
r2 = ("Ms Shaw is supportive and reports every missing episode promptly.")
D.p(r1); D.p(r2)
D.p("Police attendance is required / not required (delete as applicable)")
D.p("Form completed by: Dominic Rhodes")
docb = D.bytes("RCPC booking", "Dominic Rhodes")
note = "Hi\n\nRCPC booking for Keeley Shaw attached - 19/01/2027 2pm on Teams.\n\nThanks\nNatalie Pearce\nSRU Business Support\n"
subj = "RCPC - SHAW - 19.01.27"
eml = build_eml(cid, from_name="Natalie Pearce", from_addr="natalie.pearce@wakefield.gov.uk", to=TO["wakefield"],
                subject=subj, date_hdr="Wed, 06 Jan 2027 11:11:11 +0000", received="Wed, 06 Jan 2027 11:12:30 +0000",
                body=mixed(cid, text_part(note), [attach_part(docb, DOCX, "RCPC booking SHAW.docx")]))
made.append(write_case(dict(
    id=cid, district="wakefield", kind="review", kind_tag="rcpc", short="delete-as-applicable-cse",
    date="2027-01-19", time="14:00", tick=None, harm=["sexual"],
    children=[("Keeley Shaw", "2011-03-03")], adults=["Donna Shaw"],
    criteria=["child_sexual_exploitation"],
    evidence={"child_sexual_exploitation": ["Keeley is still considered to be at risk of sexual exploitation",
                                            "The CSE screening tool was re-scored as high on 04/01/2027"]},
    flags_required=["tickbox_ambiguous"], received_day="2027-01-06", expect="discuss",
    tags=["docx", "merge-field", "delete-as-applicable-untouched", "review", "cse", "unsafe-report-only"],
    notes="review; 'required / not required (delete as applicable)' not answered; CSE a current considered risk -> discuss (review rule)",
), eml, [subj, note, "RCPC booking SHAW.docx"] + D.texts))

# ------------------------------------------------------------------ 112-07 leeds, date never merged -> manual review
cid = "112-07"
subj = "ICPC - PRIESTLEY"
body = """Dear Colleague

RE: Poppy Priestley (DOB 12/12/2012)

An Initial Child Protection Conference has been arranged as follows:

Date: [Insert date]
Time: «ConfTime»
Venue: Merrion House, 110 Merrion Centre, Leeds LS2 8BB
Chair: Claire Goodall

Parents: Laura Priestley and Martin Priestley

Reason: Poppy told her school counsellor that her father had been coming into her bedroom at night and
touching her. Mr Priestley was arrested on 02/12/2026 on suspicion of sexual assault and has been bailed
to an address in Morley with conditions not to contact Poppy. DC Sian Booth is the officer in the case.

Police attendance required: Yes

Please send your report to the Integrated Safeguarding Unit at least 24 hours before the conference.

Integrated Safeguarding Unit
Leeds City Council
"""
eml = build_eml(cid, from_name="Integrated Safeguarding Unit", from_addr="isu.admin@leeds.gov.uk", to=TO["leeds"],
                subject=subj, date_hdr="Thu, 03 Dec 2026 09:48:00 +0000", received="Thu, 03 Dec 2026 09:49:05 +0000",
                body=text_part(body))
made.append(write_case(dict(
    id=cid, district="leeds", kind="initial", kind_tag="icpc", short="date-never-merged",
    date=None, time=None, tick=True, harm=["sexual"],
    children=[("Poppy Priestley", "2012-12-12")], adults=["Laura Priestley", "Martin Priestley"],
    criteria=["current_investigation"],
    evidence={"current_investigation": ["Mr Priestley was arrested on 02/12/2026 on suspicion of sexual assault"]},
    manual=True, received_day="2026-12-03", no_deadlines=True,
    flags_required=["missing_conference_date"],
    flags_forbidden=["cancelled", "not_an_invitation", "possible_duplicate", "rescheduled", "unverified_sender"],
    tags=["body-text", "merge-placeholder", "no-date", "manual-review"],
    notes="date and time left as [Insert date] / «ConfTime»: the conference date cannot be read -> manual_review (the arrest for sexual assault would otherwise mean attend)",
), eml, [subj, body]))

print("\n".join(made))
