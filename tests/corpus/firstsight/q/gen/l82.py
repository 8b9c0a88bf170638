"""Layout 82: records across columns (person per column, header row over value row, agency x answer grids)."""
import datetime as dt
from email.mime.text import MIMEText
from common import *
from fmt import *
from reportlab.lib.pagesizes import A4, landscape


def c01():
    case = "q-82-01-wakefield-icpc-docx-child-columns-police-protection"
    T = Texts()
    subj = T.add("ICPC Booking - FIRTH x3 - 22.12.2026")
    body = T.add("Dear CPPU,\n\nBooking form attached for the Firth children. The conference follows the police protection on 10/12.\n\n"
                 "Regards\nBethany Cawthorne\nBusiness Support Officer - Safeguarding and Review Unit\nWakefield Council")
    doc = new_docx(landscape_=True, font="Arial", size=9)
    dpara(doc, T, "OFFICIAL - SENSITIVE", bold=True)
    dpara(doc, T, "Child Protection Conference Booking Form", bold=True, size=13)
    dtable(doc, T, [["Conference", "Date", "Start", "Venue", "Chair", "CareDirector"],
                    ["Initial", "22/12/2026", "11:00", "Wakefield One, Meeting Room 4", "Anne-Marie Sykes", "CD902334"]],
           bold_first_row=True)
    dpara(doc, T, "")
    dpara(doc, T, "The children", bold=True)
    dtable(doc, T, [["", "Child 1", "Child 2", "Child 3"],
                    ["Full name", "Kayden Firth", "Ruby Firth", "Ellis Firth"],
                    ["D.O.B.", "21/08/2017", "04/04/2020", "30/12/2023"],
                    ["Gender", "Male", "Female", "Male"],
                    ["School / nursery", "Airedale Junior", "Airedale Infant", "None"],
                    ["Currently living", "Maternal aunt (s20)", "Maternal aunt (s20)", "Maternal aunt (s20)"]],
           bold_first_col=True)
    dpara(doc, T, "")
    dpara(doc, T, "Parents / carers", bold=True)
    dtable(doc, T, [["", "Adult 1", "Adult 2"],
                    ["Name", "Shannon Firth", "Darren Firth"],
                    ["Relationship", "Mother", "Father"],
                    ["D.O.B.", "11/11/1993", "06/06/1990"],
                    ["Parental responsibility", "Yes", "Yes"],
                    ["Interpreter", "No", "No"]], bold_first_col=True)
    dpara(doc, T, "")
    dpara(doc, T, "Reason for request", bold=True)
    dpara(doc, T, "On the night of 10/12/2026 officers attended after a neighbour called 999. Kayden, Ruby and Ellis were found alone in the house "
                  "with no heating or food; Ms Firth returned intoxicated two hours later. All three children were taken into police protection "
                  "under s46 Children Act 1989 and placed with their maternal aunt, where they remain under s20.")
    dpara(doc, T, "Mr Firth does not live with the family. He is a PPO nominal known to Wakefield IOM and has no current involvement with the children.")
    dpara(doc, T, "Category requested: Neglect.")
    dpara(doc, T, "Agencies to be invited", bold=True)
    dtable(doc, T, [["Agency", "Invite", "Attendance required", "Report only"],
                    ["Health visiting", "\u2713", "\u2713", ""],
                    ["School nursing", "\u2713", "", "\u2713"],
                    ["West Yorkshire Police (CPPU)", "\u2713", "\u2713", ""],
                    ["Housing (WDH)", "\u2713", "", "\u2713"]], bold_first_row=True)
    dpara(doc, T, "Completed by: Simon Lax (SW)   Date: 14/12/2026")
    fname = T.add("FIRTH ICPC booking form.docx")
    msg = mixed(text_part(body), attach_bytes(docx_bytes(doc), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", fname))
    rec = dt.datetime(2026, 12, 15, 8, 47, 2)
    headers(msg, case=case, sender="Bethany Cawthorne <bethany.cawthorne@wakefield.gov.uk>", to=MAILBOX["wakefield"], subject=subj, received=rec)
    lab = label(district="wakefield", kind="initial", date="2026-12-22", time="11:00", tick="attend", harm=["neglect"],
                children=[("Kayden Firth", "2017-08-21"), ("Ruby Firth", "2020-04-04"), ("Ellis Firth", "2023-12-30")],
                adults=["Shannon Firth", "Darren Firth"], criteria=["police_protection"], decision="attend", received=rec, texts=T,
                tags=["docx-person-columns", "agency-grid", "header-row-value-row", "trap-ppo-offender"],
                notes="conference arises from s46 police protection (Wakefield item 4); 'PPO nominal' is the father as an offender, not police protection")
    return case, msg, lab


def c02():
    case = "q-82-02-leeds-rcpc-html-header-row-late"
    T = Texts()
    subj = T.add("Review CPC invitation NOWAK - 13/01/2027")
    parts = [hp(T, "Leeds Children and Families - Integrated Safeguarding Unit", "h3"),
             hp(T, "You are invited to a Review Child Protection Conference."),
             htable(T, [["Conference", "Date", "Time", "Venue", "Chair", "Mosaic"],
                        ["Review (2nd)", "Wed 13/01/2027", "09:30", "Microsoft Teams (link to follow)", "Colin Tattersall", "M-1907342"]]),
             hp(T, "Children", "h4"),
             htable(T, [["", "Oskar Nowak", "Zofia Nowak"], ["DOB", "11/02/2014", "19/07/2018"], ["Plan category", "Physical", "Physical"],
                        ["School", "Harehills Academy", "Shakespeare Primary"]], th_first_col=True),
             hp(T, "Parents", "h4"),
             htable(T, [["", "Agnieszka Nowak", "Pawel Nowak"], ["Relationship", "Mother", "Father"], ["Address", "Family home", "Family home"],
                        ["Interpreter", "Polish", "Polish"]], th_first_col=True),
             hp(T, "Update from the social worker", "h4"),
             hp(T, "Both children have remained at home with their parents. Mr Nowak completed the Caring Dads programme in November. "
                   "The 2025 police investigation into Mr Nowak's assault on Oskar ended with no further action; there is no current police investigation "
                   "and police are not part of the core group."),
             htable(T, [["Agency", "Report", "Attend"], ["West Yorkshire Police", "Yes", "No"], ["Leeds Community Healthcare", "Yes", "Yes"]]),
             hp(T, "Reports to the ISU please, at least 24 hours before the meeting."),
             hp(T, "Tahira Begum\nISU Administrator\nLeeds City Council")]
    html = page("\n".join(parts), subj)
    msg = MIMEText(html, "html", "utf-8")
    rec = dt.datetime(2027, 1, 4, 10, 31, 55)
    headers(msg, case=case, sender="ISU Leeds <isu.conferences@leeds.gov.uk>", to=MAILBOX["leeds"], subject=subj, received=rec)
    lab = label(district="leeds", kind="review", date="2027-01-13", time="09:30", tick="report", harm=["physical"],
                children=[("Oskar Nowak", "2014-02-11"), ("Zofia Nowak", "2018-07-19")], adults=["Agnieszka Nowak", "Pawel Nowak"],
                criteria=["prior_unit_involvement"], decision="report_only", received=rec, texts=T, unscored=["no_booking_form"],
                tags=["html-body", "header-row-value-row", "person-columns", "agency-grid", "late-notice", "trap-nfa"],
                notes="review; the 2025 investigation was NFA (prior involvement only); police 'Report: Yes / Attend: No'; 7 working days < Leeds review minimum 10")
    return case, msg, lab


def c03():
    case = "q-82-03-calderdale-icpc-pdf-landscape-person-columns-prior"
    T = Texts()
    subj = T.add("ICPC 21.12.26 - Sutcliffe - LCS503117")
    body = T.add("Please see attached conference notification.\n\nCP Admin\nCalderdale MBC")
    p = Pdf(T, size=landscape(A4), margin=40, title="Conference notification")
    p.line("CALDERDALE - CHILD PROTECTION CONFERENCE NOTIFICATION", "Helvetica-Bold", 13)
    p.space(4)
    p.table([["Conference type", "Date", "Time", "Venue", "Chair", "LCS"],
             ["ICPC", "21/12/2026", "2.00pm", "Northgate House", "Helen Crossley", "LCS503117"]],
            [120, 90, 70, 200, 140, 100], bold_first_row=True)
    p.space(10)
    p.table([["Household", "Person 1", "Person 2", "Person 3", "Person 4"],
             ["Name", "Harvey Sutcliffe", "Poppy Sutcliffe", "Gemma Sutcliffe", "Lee Crabtree"],
             ["Role", "Child", "Child", "Mother", "Stepfather"],
             ["DOB", "25/01/2013", "30/06/2016", "02/05/1988", "17/09/1985"],
             ["School/work", "Brighouse High", "Woodhouse Primary", "Care worker", "Unemployed"]],
            [110, 150, 150, 150, 150], bold_first_col=True, bold_first_row=True)
    p.space(10)
    p.line("Reason for conference", "Helvetica-Bold", 10)
    p.para("Harvey arrived at school on 01/12/2026 with a bruise to his cheek and told staff that Lee hit him. A strategy discussion with police on "
           "02/12/2026 agreed a single-agency s47 by Children's Social Care; police are not investigating because Harvey later said he fell.")
    p.para("Mr Crabtree is known to the police Safeguarding Unit: he was arrested in 2021 for assaulting his then partner's six-year-old son and received a caution.")
    p.line("Category: Physical abuse", "Helvetica", 10)
    pdf = p.bytes()
    fname = T.add("Notification SUTCLIFFE.pdf")
    msg = mixed(text_part(body), attach_bytes(pdf, "application/pdf", fname))
    rec = dt.datetime(2026, 12, 10, 13, 3, 30)
    headers(msg, case=case, sender="CP Admin <cp.admin@calderdale.gov.uk>", to=MAILBOX["calderdale"], subject=subj, received=rec)
    lab = label(district="calderdale", kind="initial", date="2026-12-21", time="14:00", tick="absent", harm=["physical"],
                children=[("Harvey Sutcliffe", "2013-01-25"), ("Poppy Sutcliffe", "2016-06-30")],
                adults=["Gemma Sutcliffe", "Lee Crabtree"], criteria=["prior_unit_involvement"], decision="attend", received=rec, texts=T,
                tags=["pdf-landscape", "person-columns", "header-row-value-row", "trap-strategy-discussion"],
                notes="Calderdale: the Safeguarding Unit's earlier arrest of the stepfather for an offence against a child = prior involvement -> attend; "
                      "the strategy discussion with police is not an investigation")
    return case, msg, lab


def c04():
    case = "q-82-04-kirklees-icpc-pdf-agency-grid-report-only"
    T = Texts()
    subj = T.add("ICPC - BROOK - Monday 21st December 2026 10:00")
    body = T.add("Hi, conference paperwork attached. The police row on the grid shows what we need from you.\nThanks, Gail\n\n"
                 "Gail Ramsden | Conference Business Support | Kirklees Council")
    p = Pdf(T, title="Conference request")
    p.line("KIRKLEES CHILDREN'S SERVICES", "Helvetica-Bold", 12)
    p.line("Initial Child Protection Conference - Request and Invitation List", "Helvetica", 11)
    p.space()
    p.table([["Date", "Time", "Place", "IRO"], ["21/12/2026", "10:00", "Huddersfield Civic Centre 3, Room 2", "Vanessa Lumb"]],
            [100, 60, 220, 115], bold_first_row=True)
    p.space()
    p.table([["", "Child", "Mother", "Mother's partner"],
             ["Name", "Aiden Brook", "Kelly Brook", "Shane Hirst"],
             ["DOB", "05/11/2011", "28/02/1982", "13/08/1979"],
             ["Address", "12 Spinkwell Close, Dewsbury", "same", "same"]], [90, 135, 135, 135], bold_first_col=True)
    p.space()
    p.line("Concerns", "Helvetica-Bold", 10)
    p.para("Aiden (15) has missed most of this term at school, the home has no working cooker and there are repeated concerns about his hygiene. "
           "The request is under the category of neglect. There is no current police investigation.")
    p.para("Aiden spends time with older peers in the town centre. Should concerns about sexual exploitation emerge, a screening tool will be completed; none has been identified so far.")
    p.space()
    p.line("What we are asking from each agency (filled square = yes)", "Helvetica-Bold", 10)
    rows = [("Agency", None), ("Education (Headteacher)", (1, 1)), ("School nurse", (1, 0)), ("West Yorkshire Police", (1, 0)),
            ("Adult mental health", (1, 0))]
    x0, y = p.m, p.y - 14
    p.at(x0, y, "Agency", "Helvetica-Bold", 9)
    p.at(x0 + 200, y, "Written report", "Helvetica-Bold", 9)
    p.at(x0 + 300, y, "Attend conference", "Helvetica-Bold", 9)
    for name, marks in rows[1:]:
        y -= 18
        p.at(x0, y, name, "Helvetica", 9)
        p.box(x0 + 220, y - 2, marks[0] == 1, 10)
        p.box(x0 + 320, y - 2, marks[1] == 1, 10)
    p.y = y - 20
    p.line("Requested by: Imran Hussain, Social Worker, Dewsbury Duty and Assessment", "Helvetica", 9)
    pdf = p.bytes()
    fname = T.add("BROOK ICPC request.pdf")
    msg = mixed(text_part(body), attach_bytes(pdf, "application/pdf", fname))
    rec = dt.datetime(2026, 12, 11, 16, 20, 0)
    headers(msg, case=case, sender="Gail Ramsden <gail.ramsden@kirklees.gov.uk>", to=MAILBOX["kirklees"], subject=subj, received=rec)
    lab = label(district="kirklees", kind="initial", date="2026-12-21", time="10:00", tick="report", harm=["neglect"],
                children=[("Aiden Brook", "2011-11-05")], adults=["Kelly Brook", "Shane Hirst"], criteria=[], decision="report_only",
                received=rec, texts=T, tags=["pdf-agency-grid", "drawn-squares", "person-columns", "trap-hypothetical-cse",
                                             "kirklees-uses-wakefield-rules"],
                notes="neglect, no police criterion; CSE only hypothetical; police row: written report square filled, attend empty -> report_only (Wakefield rules)")
    return case, msg, lab


def c05():
    case = "q-82-05-bradford-transfer-in-html-columns-wilful-neglect"
    T = Texts()
    subj = T.add("Transfer In Conference - POLLARD children (from Lancashire) - 20/01/2027")
    parts = [hp(T, "City of Bradford Metropolitan District Council - Children's Services", "h3"),
             hp(T, "TRANSFER IN CHILD PROTECTION CONFERENCE"),
             htable(T, [["Date", "Time", "Venue", "Chair", "Transferring authority"],
                        ["20 January 2027", "10:00", "Britannia House, Bradford", "Mohammed Rafiq", "Lancashire County Council"]]),
             hp(T, "Children and household", "h4"),
             htable(T, [["Name", "Mason Pollard", "Evie Pollard", "Lily-Rose Pollard", "Kerry Pollard", "Jason Pollard"],
                        ["Role", "Child", "Child", "Child", "Mother", "Father"],
                        ["Date of birth", "14/10/2016", "02/05/2018", "08/08/2022", "21/03/1990", "09/12/1987"],
                        ["Plan category", "Neglect", "Neglect", "Neglect", "", ""]], th_first_col=True),
             hp(T, "Background", "h4"),
             hp(T, "The family moved from Burnley to Keighley on 14/12/2026. The children have been on child protection plans in Lancashire since August "
                   "under the category of neglect."),
             hp(T, "Lancashire Constabulary are actively investigating both parents for child cruelty (wilful neglect, s1 Children and Young Persons Act 1933) "
                   "after Lily-Rose was admitted to hospital severely malnourished in October. Both parents have been interviewed under caution and the "
                   "investigation remains open."),
             htable(T, [["West Yorkshire Police", "Written report sufficient", "Attendance required"], ["Please select", "X", ""]]),
             hp(T, "Naseem Akhtar\nConference Administrator, Bradford Children's Social Care")]
    html = page("\n".join(parts), subj)
    msg = MIMEText(html, "html", "utf-8")
    rec = dt.datetime(2027, 1, 6, 12, 0, 17)
    headers(msg, case=case, sender="Naseem Akhtar <naseem.akhtar@bradford.gov.uk>", to=MAILBOX["bradford"], subject=subj, received=rec)
    lab = label(district="bradford", kind="transfer_in", date="2027-01-20", time="10:00", tick="report", harm=["neglect"],
                children=[("Mason Pollard", "2016-10-14"), ("Evie Pollard", "2018-05-02"), ("Lily-Rose Pollard", "2022-08-08")],
                adults=["Kerry Pollard", "Jason Pollard"], criteria=["wilful_neglect_investigation"], decision="attend", received=rec,
                texts=T, unscored=["no_booking_form"],
                tags=["html-body", "person-columns", "transfer-in", "other-force", "bradford-uses-wakefield-rules"],
                notes="transfer-in = initial; an active wilful-neglect (s1 CYPA 1933) investigation by another force still meets item 3 -> attend "
                      "on Wakefield rules; tick says written report -> tickbox_conflict")
    return case, msg, lab


def c06():
    case = "q-82-06-wakefield-rcpc-docx-core-group-columns"
    T = Texts()
    subj = T.add("RCPC 28/01/2027 - OATES")
    body = T.add("Invitation attached for Tyler Oates' review conference. PC Naylor is on the core group so would be good to see police there.\n\n"
                 "Rachel\nSafeguarding & Review Unit")
    doc = new_docx(font="Calibri", size=10)
    dpara(doc, T, "REVIEW CHILD PROTECTION CONFERENCE", bold=True, size=13)
    dtable(doc, T, [["Review no.", "Date", "Time", "Location", "IRO", "Plan start"],
                    ["2", "28/01/2027", "10:00", "Pontefract Town Hall", "Deborah Moxon", "12/08/2026"]], bold_first_row=True)
    dpara(doc, T, "")
    dtable(doc, T, [["Child", "DOB", "Mother", "Maternal grandfather (lives in)"],
                    ["Tyler Oates", "09/09/2010", "Lisa Oates", "Martin Oates"]], bold_first_row=True)
    dpara(doc, T, "")
    dpara(doc, T, "Core group membership", bold=True)
    dtable(doc, T, [["", "Social care", "School", "CAMHS", "Police", "Youth Justice"],
                    ["Named member", "Rachel Dews", "Mr Ashworth (DSL)", "Dr Khan", "PC Tom Naylor, CPPU", "-"],
                    ["Attended core groups", "6/6", "5/6", "3/6", "6/6", "-"],
                    ["Actions on plan", "Visits", "Attendance", "Therapy", "Joint home visits with the social worker; safety planning with Tyler", "-"]],
           bold_first_col=True)
    dpara(doc, T, "")
    dpara(doc, T, "Progress since last conference", bold=True)
    dpara(doc, T, "Tyler has settled back into school. The physical abuse category remains. Police continue to be actively involved as a core group member.")
    fname = T.add("RCPC invitation OATES.docx")
    msg = mixed(text_part(body), attach_bytes(docx_bytes(doc), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", fname))
    rec = dt.datetime(2027, 1, 7, 14, 22, 8)
    headers(msg, case=case, sender="Rachel Dews <rachel.dews@wakefield.gov.uk>", to=MAILBOX["wakefield"], subject=subj, received=rec)
    lab = label(district="wakefield", kind="review", date="2027-01-28", time="10:00", tick="absent", harm=["physical"],
                children=[("Tyler Oates", "2010-09-09")], adults=["Lisa Oates", "Martin Oates"], criteria=["core_group_member"],
                decision="attend", received=rec, texts=T, tags=["docx-columns", "core-group-grid", "header-row-value-row"],
                notes="review; police are a named, active core-group member (Wakefield §5.1) -> attend")
    return case, msg, lab


def c07():
    case = "q-82-07-calderdale-outcome-columns-not-invitation"
    T = Texts()
    subj = T.add("Conference outcome - HOLT children - ICPC held 17/12/2026")
    parts = [hp(T, "Calderdale Child Protection Administration", "h3"),
             hp(T, "RECORD OF DECISIONS - INITIAL CHILD PROTECTION CONFERENCE HELD 17/12/2026"),
             htable(T, [["", "Child 1", "Child 2"], ["Name", "Finley Holt", "Amelia Holt"], ["DOB", "03/04/2015", "27/09/2019"],
                        ["Subject to a CP plan", "Yes", "Yes"], ["Category", "Emotional", "Emotional"],
                        ["First core group", "05/01/2027", "05/01/2027"], ["Review conference", "17/03/2027", "17/03/2027"]],
                    th_first_col=True),
             hp(T, "Parents: Jade Holt (mother), Connor Holt (father)."),
             hp(T, "Police did not attend; the written report was received and shared with the chair. The full minutes will follow within 15 working days."),
             hp(T, "Calderdale CP Admin")]
    html = page("\n".join(parts), subj)
    msg = MIMEText(html, "html", "utf-8")
    rec = dt.datetime(2026, 12, 18, 11, 40, 0)
    headers(msg, case=case, sender="CP Admin <cp.admin@calderdale.gov.uk>", to=MAILBOX["calderdale"], subject=subj, received=rec)
    lab = label(district="calderdale", kind="initial", date=None, time=None, tick="absent", harm=["emotional"],
                children=[("Finley Holt", "2015-04-03"), ("Amelia Holt", "2019-09-27")], adults=["Jade Holt", "Connor Holt"],
                criteria=[], decision="manual_review", received=rec, texts=T, deadlines=False, flags_required=["not_an_invitation"],
                unscored=["no_booking_form", "missing_conference_date", "missing_reason", "tickbox_ambiguous", "late_notice",
                          "deadline_passed", "tickbox_conflict"],
                tags=["html-body", "person-columns", "outcome-record", "not-invitation"],
                notes="record of decisions after a conference already held: not an invitation -> manual_review; "
                      "the next review date is not a new invitation (date left null)")
    return case, msg, lab


CASES = [c01, c02, c03, c04, c05, c06, c07]
