"""Layout 115: one booking form per child - the same conference with a form for each child (separate
attachments or sections); details repeated or differing; a tick or the police matter on one form only."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_BREAK
from common import (build_eml, text_part, mixed, attach_part, docx_bytes, PdfWriter, write_case, TO)

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
made = []


def pdf_form(pw, head, fields, child_rows, adult_rows, tick, sections, done_by):
    """tick: 'req', 'rep', 'none'"""
    for t in head:
        pw.line(t, bold=True, size=11)
    pw.line("", gap=6)
    for a, b in fields:
        pw.field(a, b)
    pw.rule()
    pw.line("Child", bold=True)
    for r in child_rows:
        pw.field(*r)
    pw.line("Parents / carers", bold=True)
    for r in adult_rows:
        pw.field(*r)
    pw.rule()
    for title, text in sections:
        pw.line(title, bold=True)
        pw.para(text)
    pw.line("West Yorkshire Police (please tick one):", bold=True)
    pw.box("Police attendance required", tick == "req")
    pw.box("Written report sufficient", tick == "rep")
    pw.line(done_by)


def word_form(D, texts, head, fields, kids, adults, tick, sections, done_by):
    for t in head:
        p = D.add_paragraph(); p.add_run(t).bold = True; texts.append(t)
    t = D.add_table(rows=0, cols=2); t.style = "Table Grid"
    for a, b in fields + kids + adults:
        c = t.add_row().cells; c[0].text = a; c[1].text = b; texts += [a, b, f"{a} {b}"]
    for title, text in sections:
        p = D.add_paragraph(); p.add_run(title).bold = True; texts.append(title)
        D.add_paragraph(text); texts.append(text)
    if tick is not None:
        line = ("☒" if tick == "req" else "☐") + " Police attendance required    " + ("☒" if tick == "rep" else "☐") + " Written report sufficient"
        D.add_paragraph(line); texts.append(line)
    D.add_paragraph(done_by); texts.append(done_by)


# ------------------------------------------------------------------ 115-01 wakefield, two PDFs; tick + police matter on Summer's form only
cid = "115-01"
common_fields = [("Type of conference", "Initial"), ("Date", "Monday 14/12/2026"), ("Time", "10:00"),
                 ("Venue", "Wakefield One, Room G12"), ("Chair", "Simon Outhwaite"), ("Social worker", "Andrew Emmott")]
adults = [("Mother", "Lisa Kaye (DOB 19/01/1987)"), ("Stepfather", "Craig Denton (DOB 07/07/1983)")]
atts, texts = [], []
for name, dob, cd, cat, tick, sect in [
    ("Summer Kaye", "08/08/2013", "CD830115", "Sexual", "req",
     [("Reason for conference", "On 01/12/2026 Summer told her form tutor that her stepfather, Mr Denton, has been coming into the "
                                "bathroom and touching her when her mum is at work."),
      ("Police involvement", "Summer was ABE interviewed on 03/12/2026. Mr Denton was arrested the same day and has been bailed "
                             "to his brother's address in Ossett with conditions not to contact Summer or Archie. DC Laura Birkby is the OIC.")]),
    ("Archie Kaye", "14/04/2016", "CD830116", "Sexual (risk)", "none",
     [("Reason for conference", "Archie is Summer's brother and lives in the same household. He has not made any disclosure."),
      ("Police involvement", "None known for Archie.")]),
]:
    pw = PdfWriter(f"Booking form {name}", "Wakefield Council", footer="CP Booking Form - " + name + " - page {page}")
    pw.line("OFFICIAL-SENSITIVE", bold=True)
    pdf_form(pw, ["Wakefield Council - Safeguarding and Review Unit", "CHILD PROTECTION CONFERENCE BOOKING FORM (one form per child)"],
             common_fields + [("CareDirector ID", cd), ("Category", cat)],
             [("Name", name), ("Date of birth", dob)], adults, tick, sect, "Completed by Andrew Emmott 03/12/2026")
    b = pw.bytes()
    fn = f"Booking form - {name}.pdf"
    atts.append(attach_part(b, "application/pdf", fn)); texts += [fn] + pw.texts
note = ("Good morning\n\nPlease find attached booking forms (one per child) for the ICPC for Summer and Archie Kaye on Monday 14/12/2026 at 10am.\n\n"
        "Kind regards\nGillian Ingham\nSafeguarding and Review Unit | Wakefield Council\n")
subj = "ICPC - KAYE - 14/12/2026 - booking forms x2"
eml = build_eml(cid, from_name="Gillian Ingham", from_addr="gillian.ingham@wakefield.gov.uk", to=TO["wakefield"], subject=subj,
                date_hdr="Fri, 04 Dec 2026 10:58:00 +0000", received="Fri, 04 Dec 2026 11:00:10 +0000", body=mixed(cid, text_part(note), atts))
made.append(write_case(dict(
    id=cid, district="wakefield", kind="initial", kind_tag="icpc", short="two-pdf-forms-tick-and-police-on-one",
    date="2026-12-14", time="10:00", tick=True, harm=["sexual"],
    children=[("Summer Kaye", "2013-08-08"), ("Archie Kaye", "2016-04-14")], adults=["Lisa Kaye", "Craig Denton"],
    criteria=["current_investigation"],
    evidence={"current_investigation": ["Summer was ABE interviewed on 03/12/2026", "Mr Denton was arrested the same day and has been bailed"]},
    received_day="2026-12-04", expect="attend", unscored_flags=["tickbox_ambiguous"],
    tags=["pdf", "form-per-child", "tick-on-one-form", "police-on-one-form", "abe", "bail", "tick-attend"],
    notes="two forms: Summer's asks for police and carries the ABE/arrest/bail; Archie's has neither box marked and 'None known' -> current investigation (W1) -> attend",
), eml, [subj, note] + texts))

# ------------------------------------------------------------------ 115-02 leeds, three docx forms, all report only
cid = "115-02"
atts, texts = [], []
kids = [("Kenzie Wainwright", "03/02/2012", "Temple Moor High"), ("Tyler Wainwright", "19/09/2014", "Colton Primary"),
        ("Macy Wainwright", "11/11/2018", "Colton Primary")]
for i, (name, dob, school) in enumerate(kids):
    D = docx.Document(); D.styles["Normal"].font.name = "Arial"; D.styles["Normal"].font.size = Pt(10)
    dt = []
    adults = [("Mother", "Hayley Wainwright, 26/06/1988")]
    if i != 2:
        adults.append(("Father (not living at home)", "Anthony Wainwright, 12/08/1985"))
    word_form(D, dt, ["OFFICIAL-SENSITIVE", "Leeds City Council - Request for Child Protection Conference", f"Child {i+1} of 3"],
              [("Conference type", "ICPC"), ("Conference date", "09/12/2026"), ("Start time", "2.00pm"),
               ("Location", "Microsoft Teams"), ("Chair", "Deborah Kirk"), ("Mosaic ID", f"MOS71{i}290"), ("Category", "Emotional")],
              [("Child's name", name), ("DOB", dob), ("School", school)], adults, "rep",
              [("Reason for requesting conference",
                "Since Mr and Mrs Wainwright separated in the summer the children have been caught up in constant arguments over "
                "contact, messages and money. " + ("Kenzie has stopped eating properly and is on the CAMHS waiting list." if i == 0 else
                                                   "Tyler is wetting the bed and has been fighting at school." if i == 1 else
                                                   "Macy is anxious at handovers and clings to staff.")),
               ("Police", "The strategy discussion on 25/11/2026 was held with DS Lee Carter; police shared information only. "
                          "There is no police investigation and no call-outs to either address." if i == 0 else
                          "No police involvement.")],
              "Completed by Tom Rawnsley 30/11/2026")
    b = docx_bytes(D, "Request for CPC", "Tom Rawnsley")
    fn = f"CP request - {name}.docx"
    atts.append(attach_part(b, DOCX, fn)); texts += [fn] + dt
note = ("Hi,\n\nThree request forms attached for the Wainwright children (one each) - ICPC Wednesday 9th December, 2pm, Teams.\n\n"
        "Thanks\nPrecious Mahlangu\nIntegrated Safeguarding Unit | Leeds City Council\n")
subj = "ICPC WAINWRIGHT x3 - 09/12/2026"
eml = build_eml(cid, from_name="Precious Mahlangu", from_addr="precious.mahlangu@leeds.gov.uk", to=TO["leeds"], subject=subj,
                date_hdr="Tue, 01 Dec 2026 15:30:00 +0000", received="Tue, 01 Dec 2026 15:31:00 +0000", body=mixed(cid, text_part(note), atts))
made.append(write_case(dict(
    id=cid, district="leeds", kind="initial", kind_tag="icpc", short="three-docx-forms-all-report",
    date="2026-12-09", time="14:00", tick=False, harm=["emotional"],
    children=[("Kenzie Wainwright", "2012-02-03"), ("Tyler Wainwright", "2014-09-19"), ("Macy Wainwright", "2018-11-11")],
    adults=["Hayley Wainwright", "Anthony Wainwright"], criteria=[], evidence={},
    received_day="2026-12-01", expect="report_only",
    tags=["docx", "form-per-child", "three-forms", "strategy-discussion", "tick-report", "safe-report-only"],
    notes="three forms, all 'written report sufficient'; the only police mention is the strategy discussion (not an investigation); father listed on two forms only -> report only",
), eml, [subj, note] + texts))

# ------------------------------------------------------------------ 115-03 calderdale review, two body sections, CSE on one
cid = "115-03"
subj = "Review CPC 13/01/2027 - MARSH (2 forms)"
body = """Hello - both review forms are below, one per child.

OFFICIAL-SENSITIVE
================ FORM 1 OF 2 ================
CALDERDALE - REVIEW CHILD PROTECTION CONFERENCE
Child: Olivia Marsh          DOB: 14/07/2010
Conference: Review - Wednesday 13/01/2027 at 10:00, Northgate House Room 5 / Teams
Chair: Ian Brearley          SW: Rebecca Tong          LCS: LCS640211
Mother: Tracy Marsh
Plan category: Emotional abuse
Significant events since the last conference:
CSE link - Olivia has twice been found in a car with two adult men in Halifax town centre late at night
(20/11 and 05/12). Her CSE screening was redone on 10/12/2026 and is now high risk, and she has been
referred to the Calderdale exploitation team.
Police attendance required  [ ]      Written report sufficient  [X]

================ FORM 2 OF 2 ================
CALDERDALE - REVIEW CHILD PROTECTION CONFERENCE
Child: Ben Marsh             DOB: 22/01/2015
Conference: Review - Wednesday 13/01/2027 at 10:00, Northgate House Room 5 / Teams
Chair: Ian Brearley          SW: Rebecca Tong          LCS: LCS640212
Mother: Tracy Marsh
Plan category: Emotional abuse
Significant events since the last conference:
None for Ben - he is settled at school and his attendance is good.
Police attendance required  [ ]      Written report sufficient  [X]

Rebecca Tong
Social Worker, Calderdale Children's Social Care
"""
eml = build_eml(cid, from_name="Rebecca Tong", from_addr="rebecca.tong@calderdale.gov.uk", to=TO["calderdale"], subject=subj,
                date_hdr="Mon, 14 Dec 2026 12:12:12 +0000", received="Mon, 14 Dec 2026 12:13:01 +0000", body=text_part(body))
made.append(write_case(dict(
    id=cid, district="calderdale", kind="review", kind_tag="rcpc", short="two-body-forms-cse-on-one",
    date="2027-01-13", time="10:00", tick=False, harm=["emotional"],
    children=[("Olivia Marsh", "2010-07-14"), ("Ben Marsh", "2015-01-22")], adults=["Tracy Marsh"],
    criteria=["child_sexual_exploitation"],
    evidence={"child_sexual_exploitation": ["CSE link - Olivia has twice been found in a car with two adult men",
                                            "Her CSE screening was redone on 10/12/2026 and is now high risk"]},
    received_day="2026-12-14", expect="discuss", unscored_flags=["no_booking_form"],
    tags=["body-text-form", "form-per-child", "review", "cse-on-one-form", "tick-report", "unsafe-report-only"],
    notes="review; both forms tick 'written report', but Olivia's form records a CSE link (Calderdale's own example of a compelling reason) -> discuss, not report only",
), eml, [subj, body]))

# ------------------------------------------------------------------ 115-04 kirklees, two docx forms, contradictory ticks
cid = "115-04"
atts, texts = [], []
for name, dob, tick, extra in [
    ("Sophie Brearley", "30/04/2013", "req", "Sophie told her teacher on 17/12/2026 that her dad hits her and her brother with a belt when they "
                                             "misbehave. She withdrew this the next day. No marks were seen."),
    ("Jacob Brearley", "06/01/2017", "rep", "Jacob has said nothing himself; he is included because he lives in the same household.")]:
    D = docx.Document(); D.styles["Normal"].font.name = "Calibri"; D.styles["Normal"].font.size = Pt(11)
    dt = []
    word_form(D, dt, ["OFFICIAL SENSITIVE", "Kirklees Council - Child Protection Conference booking", "Form for: " + name],
              [("Conference", "Initial child protection conference"), ("Date", "Wednesday 13 January 2027"), ("Time", "1.30pm"),
               ("Venue", "Huddersfield Civic Centre 1"), ("Chair", "Matthew Crowther"), ("Social worker", "Joanne Dransfield"),
               ("Category", "Physical abuse")],
              [("Child", name), ("Date of birth", dob)], [("Mother", "Emma Brearley"), ("Father", "Lee Brearley")], tick,
              [("Concerns", extra),
               ("Police", "The strategy discussion on 18/12/2026 agreed a single-agency section 47 by children's social care because "
                          "Sophie withdrew her account; police are not investigating.")],
              "Form completed by Joanne Dransfield 04/01/2027")
    b = docx_bytes(D, "Conference booking", "Joanne Dransfield")
    fn = f"ICPC booking {name}.docx"
    atts.append(attach_part(b, DOCX, fn)); texts += [fn] + dt
note = "Afternoon - booking forms for both Brearley children attached. ICPC 13/01/2027 1.30pm.\n\nSue Dyson\nCP Conference Admin | Kirklees Council\n"
subj = "ICPC BREARLEY 13.01.27"
eml = build_eml(cid, from_name="Sue Dyson", from_addr="sue.dyson@kirklees.gov.uk", to=TO["kirklees"], subject=subj,
                date_hdr="Tue, 05 Jan 2027 14:40:00 +0000", received="Tue, 05 Jan 2027 14:41:30 +0000", body=mixed(cid, text_part(note), atts))
made.append(write_case(dict(
    id=cid, district="kirklees", kind="initial", kind_tag="icpc", short="two-docx-forms-contradictory-ticks",
    date="2027-01-13", time="13:30", tick=None, tick_both=True, harm=["physical"],
    children=[("Sophie Brearley", "2013-04-30"), ("Jacob Brearley", "2017-01-06")], adults=["Emma Brearley", "Lee Brearley"],
    criteria=[], evidence={}, received_day="2027-01-05", expect="discuss", unscored_flags=["tickbox_ambiguous"],
    tags=["docx", "form-per-child", "contradictory-ticks", "both-ticked", "single-agency-s47", "kirklees-wakefield-rules"],
    notes="Sophie's form asks for attendance, Jacob's says a written report is sufficient: the conference-level answer is ambiguous (null), treated like both boxes marked; "
          "single-agency s47, police not investigating -> discuss",
), eml, [subj, note] + texts))

# ------------------------------------------------------------------ 115-05 bradford, one PDF with two forms; PP on Leo's, times differ
cid = "115-05"
pw = PdfWriter("Conference request forms - Barraclough", "Bradford Children's Social Care", footer="Bradford CSC - conference request - page {page}")
for k, (name, dob, tm, sect) in enumerate([
    ("Leo Barraclough", "02/05/2018", "10.30am",
     [("Reason", "In the early hours of 01/12/2026 Leo (8) was found by officers walking alone along the Manningham Lane ring road in "
                 "his pyjamas. His mother was too intoxicated to care for him and officers took Leo into police protection; he spent "
                 "two nights with foster carers before returning home."),
      ("Police involvement", "Police protection (s46) used 01/12/2026 - PC Jordan Hey.")]),
    ("Mia Barraclough", "09/09/2023", "10.00am",
     [("Reason", "Mia (3) lives with Leo and their mother; the same concerns about the mother's drinking apply to her."),
      ("Police involvement", "No police involvement with Mia.")]),
]):
    pw.line("OFFICIAL-SENSITIVE", bold=True)
    for t in ["City of Bradford MDC - Children's Social Care", "CHILD PROTECTION CONFERENCE REQUEST - " + name.upper()]:
        pw.line(t, bold=True, size=11)
    for a, b in [("Conference", "Initial child protection conference"), ("Date", "Wednesday 16 December 2026"), ("Time", tm),
                 ("Venue", "Britannia House, Conference Room 2"), ("Chair", "Ruth Ackerley"), ("Social worker", "Adeel Rafiq"),
                 ("Category", "Neglect"), ("Child", name), ("Date of birth", dob), ("Mother", "Natasha Barraclough (21/12/1992)")]:
        pw.field(a, b)
    for title, text in sect:
        pw.line(title, bold=True)
        pw.para(text)
    pw.line("Completed by Adeel Rafiq, 07/12/2026")
    if k == 0:
        pw.newpage()
pdfb = pw.bytes()
note = "Good morning\n\nConference request forms for Leo and Mia Barraclough attached (one PDF).\n\nWendy Sutcliffe\nConference & Review Admin | City of Bradford MDC\n"
subj = "ICPC request - BARRACLOUGH - 16/12/2026"
eml = build_eml(cid, from_name="Wendy Sutcliffe", from_addr="wendy.sutcliffe@bradford.gov.uk", to=TO["bradford"], subject=subj,
                date_hdr="Tue, 08 Dec 2026 09:09:09 +0000", received="Tue, 08 Dec 2026 09:10:00 +0000",
                body=mixed(cid, text_part(note), [attach_part(pdfb, "application/pdf", "CP requests Barraclough.pdf")]))
made.append(write_case(dict(
    id=cid, district="bradford", kind="initial", kind_tag="icpc", short="one-pdf-two-forms-pp-on-one-times-differ",
    date="2026-12-16", time=None, tick=None, harm=["neglect"],
    children=[("Leo Barraclough", "2018-05-02"), ("Mia Barraclough", "2023-09-09")], adults=["Natasha Barraclough"],
    criteria=["police_protection"],
    evidence={"police_protection": ["officers took Leo into police protection", "Police protection (s46) used 01/12/2026"]},
    received_day="2026-12-08", expect="attend",
    tags=["pdf", "form-per-child", "police-on-one-form", "negation-on-other-form", "times-differ", "tick-absent", "bradford-wakefield-rules"],
    notes="Leo's form: police protection on 01/12 (W4); Mia's form: 'No police involvement with Mia' does not cancel it -> attend; the forms give 10.30am and 10.00am so the time is not scored",
), eml, [subj, note, "CP requests Barraclough.pdf"] + pw.texts))

# ------------------------------------------------------------------ 115-06 wakefield review, one docx with a section per child; core group on one
cid = "115-06"
D = docx.Document(); D.styles["Normal"].font.name = "Arial"; D.styles["Normal"].font.size = Pt(10)
dt = []
for i, (name, dob, tick, sect) in enumerate([
    ("Lewis Appleyard", "05/03/2016", "req",
     [("Police involvement in the plan", "Police are part of the core group: PC Anna Kitson from the Wakefield Safeguarding Unit comes to "
                                         "every core group and carries out the unannounced evening welfare checks agreed in the plan.")]),
    ("Daisy Appleyard", "21/10/2023", None,
     [("Police involvement in the plan", "Core group for Daisy: social worker, health visitor, nursery and parents.")]),
]):
    word_form(D, dt, ["OFFICIAL-SENSITIVE", "WAKEFIELD - REVIEW CHILD PROTECTION CONFERENCE - BOOKING FORM", f"Section {i+1}: {name}"],
              [("Review date", "06/01/2027"), ("Time", "10.00am"), ("Venue", "Wakefield One, Room G09"), ("Chair", "Lorna Haigh"),
               ("Social worker", "Samira Begum"), ("Category", "Physical abuse")],
              [("Child", name), ("DOB", dob)], [("Mother", "Joanne Appleyard"), ("Father", "Shane Appleyard")], tick,
              sect + [("Progress", "Some progress; Mr Appleyard has started the anger management course.")],
              "Completed by Samira Begum 09/12/2026")
    if i == 0:
        D.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
docb = docx_bytes(D, "RCPC booking", "Samira Begum")
note = "Hi\n\nRCPC booking for the Appleyard children attached (a section for each child).\n\nBethany Sharp\nBusiness Support - SRU | Wakefield Council\n"
subj = "RCPC APPLEYARD 06/01/2027"
eml = build_eml(cid, from_name="Bethany Sharp", from_addr="bethany.sharp@wakefield.gov.uk", to=TO["wakefield"], subject=subj,
                date_hdr="Thu, 10 Dec 2026 10:10:10 +0000", received="Thu, 10 Dec 2026 10:11:00 +0000",
                body=mixed(cid, text_part(note), [attach_part(docb, DOCX, "RCPC booking APPLEYARD.docx")]))
made.append(write_case(dict(
    id=cid, district="wakefield", kind="review", kind_tag="rcpc", short="docx-section-per-child-core-group-on-one",
    date="2027-01-06", time="10:00", tick=True, harm=["physical"],
    children=[("Lewis Appleyard", "2016-03-05"), ("Daisy Appleyard", "2023-10-21")], adults=["Joanne Appleyard", "Shane Appleyard"],
    criteria=["core_group_member"],
    evidence={"core_group_member": ["Police are part of the core group: PC Anna Kitson from the Wakefield Safeguarding Unit comes to every core group"]},
    received_day="2026-12-10", expect="attend",
    tags=["docx", "form-per-child", "review", "core-group-on-one-form", "tick-attend", "christmas-deadline"],
    notes="review; Lewis's section shows police in the core group with active welfare checks (W5.1), Daisy's core group has no police -> attend; report due counts back over New Year and Christmas",
), eml, [subj, note, "RCPC booking APPLEYARD.docx"] + dt))

# ------------------------------------------------------------------ 115-07 leeds-looking, DMARC fail -> manual review
cid = "115-07"
subj = "Conference booking - OATES - 27/01/2027 (2 children)"
body = """This notification was sent by the case management system. Please do not reply.

--- Child 1 of 2 ---
CHILD PROTECTION CONFERENCE BOOKING
Conference: Initial   Date: 27/01/2027   Time: 10:00   Venue: Merrion House, Leeds
Child: Harrison Oates   DOB: 13/03/2015
Mother: Melissa Oates
Category: Neglect
Reason: poor home conditions and missed medical appointments.
Police attendance required: No   Written report sufficient: Yes

--- Child 2 of 2 ---
CHILD PROTECTION CONFERENCE BOOKING
Conference: Initial   Date: 27/01/2027   Time: 10:00   Venue: Merrion House, Leeds
Child: Grace Oates   DOB: 28/08/2017
Mother: Melissa Oates
Category: Neglect
Reason: as for Harrison.
Police attendance required: No   Written report sufficient: Yes
"""
eml = build_eml(cid, from_name="Leeds Conference Bookings", from_addr="conference.bookings@leeds.gov.uk", to=TO["leeds"], subject=subj,
                date_hdr="Mon, 18 Jan 2027 07:00:03 +0000", received="Mon, 18 Jan 2027 07:00:41 +0000", body=text_part(body),
                auth="fail", relay_domain="notify-casemail.example.net", mailer=None)
made.append(write_case(dict(
    id=cid, district="leeds", kind="initial", kind_tag="icpc", short="two-body-forms-dmarc-fail",
    date="2027-01-27", time="10:00", tick=False, harm=["neglect"],
    children=[("Harrison Oates", "2015-03-13"), ("Grace Oates", "2017-08-28")], adults=["Melissa Oates"],
    criteria=[], evidence={}, manual=True, received_day="2027-01-18", no_deadlines=True,
    flags_required=["unverified_sender"], flags_forbidden=["cancelled", "not_an_invitation", "possible_duplicate", "rescheduled"],
    tags=["body-text-form", "form-per-child", "dmarc-fail", "third-party-relay", "manual-review"],
    notes="leeds.gov.uk in From but relayed by an outside notification service and the gateway reports SPF and DMARC failure -> unverified_sender -> manual_review, whatever the forms say",
), eml, [subj, body]))

print("\n".join(made))
