"""Layout 83: forms full of guidance (printed criteria, help text under labels, worked examples, placeholders, mail-merge leftovers)."""
import datetime as dt
from email.mime.text import MIMEText
from common import *
from fmt import *

CRIT_GUIDE = [
    "1. The child is the subject of a current police investigation into physical or sexual abuse within the family.",
    "2. The child has previously been the subject of a police investigation and there is clear evidence that the risk is escalating.",
    "3. Police are actively investigating suspected wilful neglect.",
    "4. The conference arises from the child being placed in police protection.",
    "5. Child sexual exploitation is a considered risk.",
    "6. Complex or serious domestic abuse where police are currently and directly involved in managing the risk.",
    "7. A registered sex offender is living in or associated with the household.",
    "8. Other cases agreed directly between the Chair and the Detective Inspector, Child and Public Protection Unit.",
]


def c01():
    case = "q-83-01-wakefield-icpc-docx-printed-criteria-negotiated"
    T = Texts()
    subj = T.add("Booking form - HINCHLIFFE - ICPC 23/12/26")
    body = T.add("Hi both,\n\nForm attached. As agreed between Paul and DI Rushworth this one needs an officer there.\n\nCheers\nKate Appleyard\nSRU, Wakefield")
    doc = new_docx(font="Arial", size=10)
    dpara(doc, T, "Wakefield Safeguarding and Review Unit - CONFERENCE BOOKING FORM (v7.2)", bold=True, size=12)
    dpara(doc, T, "Guidance for social workers: complete every section. Incomplete forms will be returned. Do not abbreviate names.", italic=True, size=8)
    dtable(doc, T, [["Type of conference", "ICPC"], ["Date and time", "Wednesday 23 December 2026, 9.30am"],
                    ["Venue", "Wakefield One, Room G.14"], ["Chair", "Paul Gledhill"], ["Category", "Emotional"]], bold_first_col=True)
    dpara(doc, T, "Child / children", bold=True)
    dpara(doc, T, "(full legal name, DOB in dd/mm/yyyy, any known aliases)", italic=True, size=8)
    dtable(doc, T, [["Jacob Hinchliffe", "14/02/2018", "Male", "St Michael's CE Primary"]])
    dpara(doc, T, "Adults with parental responsibility and other significant adults", bold=True)
    dpara(doc, T, "(include partners, ex-partners who have contact, and anyone who stays at the address)", italic=True, size=8)
    dtable(doc, T, [["Sophie Hinchliffe", "Mother", "22/10/1990"], ["Ben Hinchliffe", "Father", "01/07/1987"]])
    dpara(doc, T, "Reason for conference", bold=True)
    dpara(doc, T, "Mr Hinchliffe has made repeated threats to take his own life, most recently on 28/11/2026 in front of Jacob. "
                  "He holds a shotgun certificate. Jacob is frightened and has stopped sleeping in his own room.")
    dpara(doc, T, "POLICE ATTENDANCE - GUIDANCE (from the Police Attendance Protocol)", bold=True)
    dpara(doc, T, "Police will attend an initial conference where one or more of the following apply. Please state which number(s) apply in the box below.", italic=True, size=8)
    for g in CRIT_GUIDE:
        dpara(doc, T, g, italic=True, size=8)
    dtable(doc, T, [["Number(s) that apply", "8"],
                    ["Details", "Chair Paul Gledhill and DI Claire Rushworth (Wakefield CPPU) spoke on 03/12/2026 and agreed that police will attend "
                                "because of the firearms licensing issue. There is no police investigation at present."]], bold_first_col=True)
    dpara(doc, T, "Police attendance required \u2612     Written report sufficient \u2610")
    fname = T.add("HINCHLIFFE booking form v7.2.docx")
    msg = mixed(text_part(body), attach_bytes(docx_bytes(doc), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", fname))
    rec = dt.datetime(2026, 12, 14, 9, 5, 0)
    headers(msg, case=case, sender="Kate Appleyard <kate.appleyard@wakefield.gov.uk>", to=MAILBOX["wakefield"], subject=subj, received=rec)
    lab = label(district="wakefield", kind="initial", date="2026-12-23", time="09:30", tick="attend", harm=["emotional"],
                children=[("Jacob Hinchliffe", "2018-02-14")], adults=["Sophie Hinchliffe", "Ben Hinchliffe"],
                criteria=["negotiated_attendance"], decision="attend", received=rec, texts=T,
                tags=["docx-guidance", "printed-criteria", "help-text"],
                notes="chair and DI agreed police attend (Wakefield item 8); the printed list of eight criteria is guidance and affirms nothing")
    return case, msg, lab


def c02():
    case = "q-83-02-leeds-icpc-pdf-examples-placeholders"
    T = Texts()
    subj = T.add("ICPC booking OKAFOR 19.01.2027")
    body = T.add("Please find attached the booking form for the ICPC on 19 January.\n\nMany thanks\nLeeds ISU")
    p = Pdf(T, title="Booking form")
    p.line("Leeds Integrated Safeguarding Unit - Initial Child Protection Conference Booking Form", "Helvetica-Bold", 11)
    p.line("Please type in the grey boxes. Guidance in italics can be deleted.", "Helvetica-Oblique", 8)
    p.space()
    for lab_, help_, val in [
        ("Date of conference", "The ISU will confirm the date with the chair.", "19/01/2027"),
        ("Time", "Conferences start at 9.30, 13.00 or 15.00.", "13:00"),
        ("Venue", "Merrion House unless otherwise agreed.", "Merrion House, 110 Merrion Centre"),
        ("Category", "Neglect / Physical / Sexual / Emotional", "Emotional"),
    ]:
        p.line(lab_ + ":  " + val, "Helvetica", 10, gap=11)
        p.line(help_, "Helvetica-Oblique", 7)
    p.space()
    p.line("Children (one row per child)", "Helvetica-Bold", 10)
    p.table([["Name", "DOB", "Relationship / notes"],
             ["e.g. Jane Smith", "e.g. 01/01/2015", "e.g. Daughter of Mary Smith"],
             ["Amara Okafor", "03/09/2015", "Daughter"],
             ["Tobi Okafor", "17/01/2019", "Son"],
             ["Click or tap here to enter text.", "Click or tap here to enter text.", "Click or tap here to enter text."]],
            [170, 110, 215], bold_first_row=True)
    p.space()
    p.line("Adults (parents, carers, partners)", "Helvetica-Bold", 10)
    p.table([["Name", "DOB", "Relationship"],
             ["Grace Okafor", "30/06/1986", "Mother"],
             ["Click or tap here to enter text.", "Click or tap here to enter text.", "Click or tap here to enter text."]],
            [170, 110, 215], bold_first_row=True)
    p.space()
    p.line("Reason for conference", "Helvetica-Bold", 10)
    p.line("Describe the significant harm. Say whether police are investigating, and whether any criterion of the police protocol applies.", "Helvetica-Oblique", 7)
    p.para("Ms Okafor has a diagnosis of psychosis and stopped her medication in October. She has kept the children off school for three weeks "
           "because she believes the house is being watched. The children are frightened and Amara has been caring for Tobi. "
           "There has been no police involvement with this family.")
    p.space()
    p.line("Police guidance: police will attend where, for example, a registered sex offender is part of the household, or CSE is a considered risk.", "Helvetica-Oblique", 7)
    p.line("Police response needed:   \u2610 Attendance     \u2612 Written report sufficient", "DejaVu", 10)
    pdf = p.bytes()
    fname = T.add("Booking form - OKAFOR.pdf")
    msg = mixed(text_part(body), attach_bytes(pdf, "application/pdf", fname))
    rec = dt.datetime(2027, 1, 5, 11, 15, 0)
    headers(msg, case=case, sender="Leeds ISU <isu.bookings@leeds.gov.uk>", to=MAILBOX["leeds"], subject=subj, received=rec)
    lab = label(district="leeds", kind="initial", date="2027-01-19", time="13:00", tick="report", harm=["emotional"],
                children=[("Amara Okafor", "2015-09-03"), ("Tobi Okafor", "2019-01-17")], adults=["Grace Okafor"], criteria=[],
                decision="report_only", received=rec, texts=T,
                tags=["pdf-guidance", "worked-example-row", "placeholders", "trap-guidance-criteria"],
                notes="no criterion (the RSO/CSE words are guidance; 'e.g. Jane Smith' is an example row); written report sufficient -> report_only")
    return case, msg, lab


def _fix_glyph_font(p):
    return p


def c03():
    case = "q-83-03-kirklees-icpc-html-mailmerge-cse"
    T = Texts()
    subj = T.add("Conference invitation: SENIOR, Skye - ICPC")
    parts = [hp(T, "Kirklees Council | Child Protection Conference Invitation", "h3"),
             hp(T, "Dear «Agency_Contact_Name»,"),
             hp(T, "You are invited to an Initial Child Protection Conference for the child(ren) named below. Help text is shown in grey."),
             htable(T, [["Field", "Entry", "Help"],
                        ["Conference date", "Tuesday 5 January 2027", "Must be within 15 working days of the strategy discussion"],
                        ["Time", "10:00", "24-hour clock"],
                        ["Venue", "Virtual (Teams)", "Address or 'Virtual'"],
                        ["Child 1", "Skye Senior (28/06/2011)", "Full name and DOB, e.g. Jane Smith (01/01/2015)"],
                        ["Child 2", "«Child2_FullName» («Child2_DOB»)", "Leave blank if only one child"],
                        ["Parent / carer 1", "Tracey Senior - mother", "Name - relationship"],
                        ["Parent / carer 2", "Paul Senior - father", "Name - relationship"],
                        ["Category", "Sexual", "Neglect, Physical, Sexual or Emotional"],
                        ["Reason", "Sexual exploitation is considered a real risk for Skye. She has been sending images to adults she met online and has twice been "
                                   "collected from school by unknown men in Dewsbury. The exploitation screening tool scored 'significant'.",
                         "Summarise the harm and the risk. Do not paste the full assessment."],
                        ["Police", "Attendance requested", "Choose: Attendance requested / Written report only"]],
                    head=True),
             hp(T, "Please send reports to «Conference_Admin_Email» no later than three working days before the conference."),
             hp(T, "Kirklees Conference and Review Team")]
    html = page("\n".join(parts), subj)
    msg = MIMEText(html, "html", "utf-8")
    rec = dt.datetime(2026, 12, 16, 10, 44, 31)
    headers(msg, case=case, sender="Kirklees Conference Team <conference.team@kirklees.gov.uk>", to=MAILBOX["kirklees"], subject=subj, received=rec)
    lab = label(district="kirklees", kind="initial", date="2027-01-05", time="10:00", tick="attend", harm=["sexual"],
                children=[("Skye Senior", "2011-06-28")], adults=["Tracey Senior", "Paul Senior"], criteria=["child_sexual_exploitation"],
                decision="attend", received=rec, texts=T, unscored=["no_booking_form"],
                tags=["html-body", "help-text", "mail-merge-leftovers", "bank-holidays", "kirklees-uses-wakefield-rules"],
                notes="CSE a considered risk -> attend under Wakefield rules (Kirklees has no policy file); report due 30/12 across the bank holidays")
    return case, msg, lab


def c04():
    case = "q-83-04-bradford-rcpc-text-mailmerge-cse-review"
    T = Texts()
    subj = T.add("RCPC {{Conference_Type}} - MITCHELL - 28/01/2027")
    body = T.add(
        "Dear {{Agency_Contact}},\n\n"
        "CHILD PROTECTION REVIEW CONFERENCE\n\n"
        "Child:            Leah Mitchell   DOB 12/04/2010\n"
        "Mother:           Andrea Mitchell\n"
        "Stepfather:       Gary Pearce\n"
        "Date:             Thursday 28 January 2027\n"
        "Time:             2.00pm\n"
        "Venue:            Sir Henry Mitchell House, Bradford (hybrid)\n"
        "Plan category:    Sexual abuse\n\n"
        "[GUIDANCE - delete before sending: reviews are attended by police only where police are core group members, "
        "or there is a compelling reason such as a CSE link or a significant event.]\n\n"
        "Summary from the social worker:\n"
        "Leah remains at high risk of child sexual exploitation. On 20/12/2026 she was found in a hotel room in Leeds with two adult men "
        "after being reported missing. She continues to go missing at weekends. Police are not members of the core group.\n\n"
        "Reports should reach the conference team 3 working days before the conference.\n\n"
        "{{Sender_Name}}\nConference Team, Bradford Children's Social Care\n")
    msg = MIMEText(body, "plain", "utf-8")
    rec = dt.datetime(2027, 1, 11, 8, 31, 0)
    headers(msg, case=case, sender="conference.team@bradford.gov.uk", to=MAILBOX["bradford"], subject=subj, received=rec)
    lab = label(district="bradford", kind="review", date="2027-01-28", time="14:00", tick="absent", harm=["sexual"],
                children=[("Leah Mitchell", "2010-04-12")], adults=["Andrea Mitchell", "Gary Pearce"], criteria=["child_sexual_exploitation"],
                decision="discuss", received=rec, texts=T, unscored=["no_booking_form"],
                tags=["plain-text", "mail-merge-leftovers", "guidance-left-in", "review", "bradford-uses-wakefield-rules"],
                notes="review with a CSE link and police not in the core group -> discuss (Wakefield rules for Bradford)")
    return case, msg, lab


def c05():
    case = "q-83-05-calderdale-icpc-docx-supervision-questions-discuss"
    T = Texts()
    subj = T.add("ICPC - PICKLES - 07/01/2027 1.30pm")
    body = T.add("Afternoon,\n\nBooking form for Isabelle and Noah attached; the SW has asked for police to attend.\n\nCalderdale CP Admin")
    doc = new_docx(font="Arial", size=10)
    dpara(doc, T, "CALDERDALE COUNCIL - CHILD PROTECTION CONFERENCE BOOKING FORM", bold=True, size=12)
    dtable(doc, T, [["Conference", "Initial"], ["Date", "Thursday 07/01/2027"], ["Time", "1.30pm"], ["Venue", "Halifax Town Hall, Room 3"],
                    ["LCS", "LCS622480"], ["Category", "Neglect"]], bold_first_col=True)
    dtable(doc, T, [["Name", "DOB", "Relationship"], ["Isabelle Pickles", "01/12/2017", "Child"], ["Noah Pickles", "05/05/2021", "Child"],
                    ["Rachel Pickles", "16/04/1994", "Mother"], ["Adam Wood", "25/10/1992", "Father"]], bold_first_row=True)
    dpara(doc, T, "Reason for conference", bold=True)
    dpara(doc, T, "Both parents use crack cocaine. The home is unsafe (needles found within Noah's reach by the health visitor on 09/12/2026) "
                  "and Isabelle has been late or absent from school on 31 days this term.")
    dpara(doc, T, "Information for the Police Safeguarding Unit", bold=True)
    dpara(doc, T, "SGU supervision will consider attendance where (a) the Unit has investigated the circumstances that led to the conference; "
                  "(b) the Unit has had previous significant involvement with the child or another significant person; (c) a registered sex offender "
                  "is a significant nominal or the reason for the conference. Please answer each question.", italic=True, size=8)
    dtable(doc, T, [["(a) Has the Safeguarding Unit investigated the circumstances?", "No"],
                    ["(b) Previous significant involvement with the child or a significant person?", "No - only a 2024 noise complaint to the address"],
                    ["(c) Any registered sex offender connected to the family?", "None known"]])
    dpara(doc, T, "Police attendance required \u2612   Written report sufficient \u2610")
    dpara(doc, T, "Social worker: Lydia Broadbent    Date: 16/12/2026")
    fname = T.add("Booking form PICKLES.docx")
    msg = mixed(text_part(body), attach_bytes(docx_bytes(doc), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", fname))
    rec = dt.datetime(2026, 12, 17, 14, 2, 0)
    headers(msg, case=case, sender="CP Admin <cp.admin@calderdale.gov.uk>", to=MAILBOX["calderdale"], subject=subj, received=rec)
    lab = label(district="calderdale", kind="initial", date="2027-01-07", time="13:30", tick="attend", harm=["neglect"],
                children=[("Isabelle Pickles", "2017-12-01"), ("Noah Pickles", "2021-05-05")], adults=["Rachel Pickles", "Adam Wood"],
                criteria=[], decision="discuss", received=rec, texts=T,
                tags=["docx-guidance", "printed-considerations", "negated-answers", "bank-holidays"],
                notes="printed Calderdale considerations all answered No; a noise complaint is not significant involvement; tick asks for police -> discuss")
    return case, msg, lab


def c06():
    case = "q-83-06-leeds-prebirth-pdf-example-row-escalation"
    T = Texts()
    subj = T.add("Pre-birth ICPC request - MARSDEN (unborn) - 21/12/2026")
    body = T.add("Hello, request form attached for a pre-birth ICPC. I wasn't sure which police box to tick so have left them. "
                 "Please ring me if you need more.\nMegan Fenton, SW, Leeds South")
    p = Pdf(T, title="Pre-birth ICPC request")
    p.line("LEEDS CITY COUNCIL - CHILDREN AND FAMILIES", "Helvetica-Bold", 12)
    p.line("Request for a Pre-Birth Initial Child Protection Conference", "Helvetica-Bold", 11)
    p.line("Notes: an unborn child is recorded as 'Unborn baby' + mother's surname with the EDD in place of a date of birth.", "Helvetica-Oblique", 7)
    p.space()
    p.table([["Item", "Example", "Entry"],
             ["Unborn child", "e.g. Unborn baby Smith, EDD 01/01/2020", "Unborn baby Marsden, EDD 10/04/2027"],
             ["Mother", "e.g. Mary Smith, 01/01/1990", "Jasmine Marsden, 18/02/2003"],
             ["Father", "e.g. John Smith, 01/01/1988", "Kyle Bentley, 05/11/2000"],
             ["Other household members", "e.g. maternal grandmother", "Jasmine's sister (15) stays most weekends"],
             ["Conference date and time", "e.g. Monday 1 January 2020, 9.30", "Monday 21 December 2026, 10.00"],
             ["Venue", "", "Merrion House / Teams"],
             ["Category", "", "Sexual abuse"]],
            [120, 170, 205], bold_first_row=True, bold_first_col=True)
    p.space()
    p.line("Reason for conference", "Helvetica-Bold", 10)
    p.para("In 2023 Kyle Bentley was investigated by West Yorkshire Police for sexually assaulting Jasmine's younger sister, then aged 12; "
           "the case was closed with no further action for evidential reasons.")
    p.para("The risk is now escalating: Kyle moved in with Jasmine in November 2026, the sister is staying at the flat most weekends, Kyle has been "
           "messaging her late at night, and Jasmine has stopped engaging with midwifery. The strategy discussion on 04/12/2026 recorded clear "
           "evidence of escalating risk to the unborn baby and to the sister.")
    p.space()
    p.line("Police:   \u2610 attendance requested     \u2610 written report sufficient", "DejaVu", 10)
    pdf = p.bytes()
    fname = T.add("PB ICPC request MARSDEN.pdf")
    msg = mixed(text_part(body), attach_bytes(pdf, "application/pdf", fname))
    rec = dt.datetime(2026, 12, 7, 15, 55, 10)
    headers(msg, case=case, sender="Megan Fenton <megan.fenton@leeds.gov.uk>", to=MAILBOX["leeds"], subject=subj, received=rec)
    lab = label(district="leeds", kind="initial", pre_birth=True, date="2026-12-21", time="10:00", tick="neither", harm=["sexual"],
                children=[("Unborn baby Marsden", None)], adults=["Jasmine Marsden", "Kyle Bentley"],
                criteria=["previous_investigation_escalation", "prior_unit_involvement"], decision="attend", received=rec, texts=T,
                tags=["pdf-guidance", "worked-example-column", "pre-birth", "glyph-boxes-empty"],
                notes="earlier police investigation of sexual abuse in the family (NFA) plus clear evidence of escalation (Leeds item 2); "
                      "neither police box ticked -> tickbox_ambiguous; example column must not be read as family")
    return case, msg, lab


def c07():
    case = "q-83-07-wakefield-chaser-report-request"
    T = Texts()
    subj = T.add("REMINDER: police report outstanding - ICPC WHITWORTH 12/01/2027")
    body = T.add(
        "Dear CPPU,\n\nOur records show that we have not yet received the police report for the Initial Child Protection Conference for "
        "Ava Whitworth (DOB 03/10/2022), which is on Tuesday 12 January 2027 at 10.00am. The booking form was sent to you on 21/12/2026.\n\n"
        "Reminder of the timescale (from the protocol): reports should reach the Conference Chair no later than three working days before the conference.\n\n"
        "If you have already sent the report please disregard this email.\n\n"
        "Safeguarding and Review Unit\nWakefield Council\n")
    msg = MIMEText(body, "plain", "utf-8")
    rec = dt.datetime(2027, 1, 8, 9, 0, 41)
    headers(msg, case=case, sender="SRU Bookings <sru.bookings@wakefield.gov.uk>", to=MAILBOX["wakefield"], subject=subj, received=rec)
    lab = label(district="wakefield", kind="initial", date="2027-01-12", time="10:00", tick="absent", harm=None,
                children=[("Ava Whitworth", "2022-10-03")], adults=None, criteria=[], decision="manual_review", received=rec, texts=T,
                deadlines=False, flags_required=["not_an_invitation"],
                unscored=["no_booking_form", "missing_family_details", "missing_reason", "tickbox_ambiguous", "late_notice",
                          "deadline_passed", "tickbox_conflict"],
                tags=["plain-text", "chaser", "report-request", "not-invitation"],
                notes="a chaser for an outstanding report about a conference already notified: not an invitation -> manual_review")
    return case, msg, lab


CASES = [c01, c02, c03, c04, c05, c06, c07]
