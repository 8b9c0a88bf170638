"""Layout 84: chronologies (dated rows, later rows revising earlier ones) and assessment-factor checklists (CIN codes)."""
import datetime as dt
from email.mime.text import MIMEText
from common import *
from fmt import *

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def c01():
    case = "q-84-01-wakefield-icpc-docx-chronology-nfa-marac"
    T = Texts()
    subj = T.add("ICPC booking WAINWRIGHT 06/01/2027 - chronology attached")
    body = T.add("Hi,\n\nBooking form with chronology for the Wainwright boys. Conference is after Christmas, 6th Jan 10am.\n\n"
                 "Thanks, Natalie Crowther, SW, Wakefield Central Locality Team")
    doc = new_docx(font="Arial", size=9)
    dpara(doc, T, "CONFERENCE BOOKING FORM with SOCIAL WORK CHRONOLOGY", bold=True, size=12)
    dtable(doc, T, [["Conference", "Initial CPC", "Date", "06/01/2027"], ["Time", "10:00", "Venue", "Wakefield One, Room 3.20"],
                    ["Chair", "Louise Normington", "Category", "Physical and emotional"]])
    dpara(doc, T, "")
    dtable(doc, T, [["Name", "DOB", "Relationship", "Lives"], ["Isaac Wainwright", "15/03/2016", "Child", "Home"],
                    ["Harley Wainwright", "07/07/2019", "Child", "Home"], ["Zoe Wainwright", "29/01/1994", "Mother", "Home"],
                    ["Ryan Clegg", "12/12/1991", "Father", "HMP Leeds (remand)"]], bold_first_row=True)
    dpara(doc, T, "Chronology of significant events (most recent last)", bold=True)
    dtable(doc, T, [
        ["Date", "Event", "Source"],
        ["2018", "Police called to a verbal argument at the previous address in Featherstone. No offences recorded.", "Police"],
        ["03/2024", "Mr Clegg arrested for assaulting Ms Wainwright; convicted, restraining order made (to 06/2026).", "Police / court"],
        ["Oct-Nov 2026", "Neighbours report Mr Clegg back at the address most evenings.", "Housing"],
        ["02/12/2026", "Isaac has bruising to his ear and says his dad pushed him into the door. Mr Clegg arrested on suspicion of assault on Isaac.", "School / police"],
        ["09/12/2026", "UPDATE to 02/12 entry: the police investigation into the assault on Isaac is closed - no further action.", "Police"],
        ["10/12/2026", "Ms Wainwright assaulted again. DASH high risk. Case heard at MARAC; DC Sian Moss (domestic abuse officer) allocated and managing "
                       "the risk with the IDVA. Mr Clegg charged with assault and remanded in custody.", "MARAC / police"],
        ["14/12/2026", "Strategy discussion: the social worker's view is that the risk to both children is escalating.", "CSC"]],
        bold_first_row=True)
    dpara(doc, T, "Police: attendance required \u2610   written report sufficient \u2612")
    fname = T.add("WAINWRIGHT booking + chronology.docx")
    msg = mixed(text_part(body), attach_bytes(docx_bytes(doc), DOCX, fname))
    rec = dt.datetime(2026, 12, 18, 16, 2, 0)
    headers(msg, case=case, sender="Natalie Crowther <natalie.crowther@wakefield.gov.uk>", to=MAILBOX["wakefield"], subject=subj, received=rec)
    lab = label(district="wakefield", kind="initial", date="2027-01-06", time="10:00", tick="report", harm=["physical", "emotional"],
                children=[("Isaac Wainwright", "2016-03-15"), ("Harley Wainwright", "2019-07-07")],
                adults=["Zoe Wainwright", "Ryan Clegg"],
                criteria=["domestic_abuse_current_involvement", "previous_investigation_escalation", "prior_unit_involvement"],
                decision="attend", received=rec, texts=T,
                tags=["docx-chronology", "later-row-revises", "trap-nfa", "bank-holidays"],
                notes="the 02/12 arrest is closed NFA by the 09/12 row (no current investigation); MARAC + DA officer = item 6; "
                      "previous investigation plus stated escalation = item 2; tick says report -> tickbox_conflict")
    return case, msg, lab


FACTORS = [("1A", "Alcohol misuse - child"), ("1B", "Alcohol misuse - parent"), ("2B", "Drug misuse - parent"),
           ("3A", "Domestic abuse - child"), ("3B", "Domestic abuse - parent"), ("4B", "Mental health - parent"),
           ("10A", "Going / being missing"), ("11A", "Child sexual exploitation"), ("13A", "Gangs"),
           ("16A", "Abuse or neglect - neglect"), ("17A", "Abuse or neglect - emotional"), ("22A", "Child criminal exploitation")]


def c02():
    case = "q-84-02-leeds-icpc-docx-cin-factors-report-only"
    T = Texts()
    subj = T.add("ICPC LISTER 21/12 1pm")
    body = T.add("Booking form attached (assessment factors page included).\nLeeds ISU")
    doc = new_docx(font="Calibri", size=10)
    dpara(doc, T, "Leeds Children and Families - ICPC Booking", bold=True, size=12)
    dtable(doc, T, [["ICPC date", "21/12/2026"], ["Time", "1pm"], ["Venue", "Kirkgate House, Room 2"],
                    ["Child", "Kian Lister, DOB 30/08/2012, Year 9 at Crawshaw Academy"],
                    ["Parents", "Donna Lister (mother); Steven Lister (father) - both at the family home"],
                    ["Category", "Neglect"]], bold_first_col=True)
    dpara(doc, T, "Factors identified at the end of assessment (tick all that apply)", bold=True)
    ticked = {"1B", "4B", "16A"}
    dtable(doc, T, [["", "Code", "Factor"]] + [["\u2612" if c in ticked else "\u2610", c, f] for c, f in FACTORS], bold_first_row=True)
    dpara(doc, T, "Free text", bold=True)
    dpara(doc, T, "Both parents drink heavily and Mrs Lister's depression has worsened. Kian is often without food and has lost weight; "
                  "he has been found sleeping in the park twice. No police involvement - Mr Lister's 2022 caution was for drink-driving.")
    fname = T.add("LISTER ICPC booking.docx")
    msg = mixed(text_part(body), attach_bytes(docx_bytes(doc), DOCX, fname))
    rec = dt.datetime(2026, 12, 8, 13, 13, 13)
    headers(msg, case=case, sender="Leeds ISU <isu.bookings@leeds.gov.uk>", to=MAILBOX["leeds"], subject=subj, received=rec)
    lab = label(district="leeds", kind="initial", date="2026-12-21", time="13:00", tick="absent", harm=["neglect"],
                children=[("Kian Lister", "2012-08-30")], adults=["Donna Lister", "Steven Lister"], criteria=[], decision="report_only",
                received=rec, texts=T, tags=["docx-factor-checklist", "cin-codes", "trap-label-list", "negated"],
                notes="factor list carries 'Child sexual exploitation' and 'Domestic abuse' unticked; only alcohol, mental health, neglect ticked; no police -> report_only")
    return case, msg, lab


def c03():
    case = "q-84-03-calderdale-rcpc-pdf-chronology-bail"
    T = Texts()
    subj = T.add("RCPC THORNTON 17.12.26 10.30")
    body = T.add("Please see attached - review conference notification with chronology since the last conference. SGU supervision please.\nCP Admin, Calderdale")
    p = Pdf(T, title="RCPC notification")
    p.line("CALDERDALE - REVIEW CHILD PROTECTION CONFERENCE", "Helvetica-Bold", 12)
    p.table([["Date", "Thursday 17 December 2026"], ["Time", "10.30"], ["Venue", "Elland Community Centre"],
             ["Child", "Ella Thornton (09/01/2018)"], ["Mother", "Laura Thornton"], ["Mother's partner", "Jamie Rowe"],
             ["Category of plan", "Physical"]], [130, 365], bold_first_col=True)
    p.space()
    p.line("Chronology", "Helvetica-Bold", 10)
    p.table([["When", "What happened"],
             ["2022", "Mr Rowe investigated by the Safeguarding Unit for slapping Ella; NFA."],
             ["09/2026", "ICPC: Ella made subject to a plan (physical)."],
             ["w/c 16/11/2026", "Ella's school report new bruising; Ella says it was an accident at dance class."],
             ["28/11/2026", "Ella discloses that Jamie hit her with a belt. Mr Rowe arrested for assaulting Ella."],
             ["29/11/2026", "Mr Rowe bailed to 28/02/2027 with conditions not to attend the family home; police enquiries continuing."]],
            [100, 395], bold_first_row=True)
    p.space()
    p.para("Police are not members of the core group.")
    pdf = p.bytes()
    fname = T.add("RCPC THORNTON.pdf")
    msg = mixed(text_part(body), attach_bytes(pdf, "application/pdf", fname))
    rec = dt.datetime(2026, 12, 7, 8, 20, 0)
    headers(msg, case=case, sender="CP Admin <cp.admin@calderdale.gov.uk>", to=MAILBOX["calderdale"], subject=subj, received=rec)
    lab = label(district="calderdale", kind="review", date="2026-12-17", time="10:30", tick="absent", harm=["physical"],
                children=[("Ella Thornton", "2018-01-09")], adults=["Laura Thornton", "Jamie Rowe"],
                criteria=["current_investigation", "prior_unit_involvement"], decision="discuss", received=rec, texts=T,
                tags=["pdf-chronology", "review", "range-dates", "bail"],
                notes="review: a current police investigation (arrest, bail) is a significant event -> discuss (POLICY choice); 2022 NFA = prior involvement")
    return case, msg, lab


def c04():
    case = "q-84-04-kirklees-icpc-html-factors-cce-discuss"
    T = Texts()
    subj = T.add("ICPC request - CAMPBELL, Tyrese - 27/01/2027")
    rows = [["Ticked", "Code", "Factor"]]
    ticked = {"10A", "13A", "22A"}
    for c, f in FACTORS:
        rows.append(["[x]" if c in ticked else "[ ]", c, f])
    parts = [hp(T, "Kirklees Children's Social Care - ICPC request", "h3"),
             htable(T, [["Date", "Time", "Venue", "Chair"], ["27/01/2027", "10am", "Dewsbury Town Hall", "Vanessa Lumb"]]),
             hp(T, "Child: Tyrese Campbell, DOB 18/02/2010. Mother: Marcia Campbell. Father not involved (whereabouts unknown)."),
             hp(T, "Assessment factors", "h4"),
             htable(T, rows),
             hp(T, "Tyrese is being exploited to run drugs (county lines) between Huddersfield and Scarborough, and Ms Campbell's flat was cuckooed in November. "
                   "He was arrested in Scarborough on 20/11/2026 for possession with intent to supply and released under investigation. "
                   "No sexual exploitation concerns have been identified. Category requested: neglect."),
             hp(T, "Police: attendance requested - YES")]
    html = page("\n".join(parts), subj)
    msg = MIMEText(html, "html", "utf-8")
    rec = dt.datetime(2027, 1, 13, 9, 47, 0)
    headers(msg, case=case, sender="Ruth Oldfield <ruth.oldfield@kirklees.gov.uk>", to=MAILBOX["kirklees"], subject=subj, received=rec)
    lab = label(district="kirklees", kind="initial", date="2027-01-27", time="10:00", tick="attend", harm=["neglect"],
                children=[("Tyrese Campbell", "2010-02-18")], adults=["Marcia Campbell"], criteria=[], decision="discuss", received=rec,
                texts=T, unscored=["no_booking_form"],
                tags=["html-body", "cin-codes", "trap-cce", "trap-rui-child-suspect", "kirklees-uses-wakefield-rules"],
                notes="CCE/county lines/cuckooing are not CSE; the RUI is of the child as a suspect, not abuse in the family; "
                      "no criterion, police attendance requested -> discuss (Wakefield rules)")
    return case, msg, lab


def c05():
    case = "q-84-05-bradford-icpc-text-year-chronology-rso-weekend"
    T = Texts()
    subj = T.add("ICPC KERSHAW - Tue 19 Jan 2027 1pm")
    body = T.add(
        "Hello CPPU,\n\nICPC for Holly and Jake KERSHAW\n"
        "When: Tuesday 19th January 2027, 1pm\nWhere: Margaret McMillan Tower, Room 7\nChair: Farzana Ali\n\n"
        "Children: Holly Kershaw 20/05/2014, Jake Kershaw 03/11/2017\n"
        "Mum: Sarah Kershaw. Mum's partner: Neil Hollings (visits, stays over)\n"
        "Category: sexual abuse (risk of)\n\n"
        "Brief chronology:\n"
        "2015 - Neil Hollings convicted of sexual activity with a 13 year old girl; 3 years custody; on the sex offender register indefinitely\n"
        "2019 - released on licence, managed under MAPPA category 1\n"
        "autumn 2026 - Sarah starts seeing Neil, they met online\n"
        "Dec 2026 - Neil staying 3-4 nights a week; Holly told her teacher 'Neil sleeps over and takes us to the park'\n"
        "06/01/2027 - Sarah told by the offender manager; she says she won't end the relationship\n\n"
        "No police box on our form any more - please just send the report and let us know if someone's coming.\n\n"
        "Thanks\nDanny Whitaker\nSocial Worker, Bradford Children's Social Care (sent from my phone)\n")
    msg = MIMEText(body, "plain", "utf-8")
    rec = dt.datetime(2027, 1, 9, 19, 12, 0)
    headers(msg, case=case, sender="Danny Whitaker <danny.whitaker@bradford.gov.uk>", to=MAILBOX["bradford"], subject=subj, received=rec)
    lab = label(district="bradford", kind="initial", date="2027-01-19", time="13:00", tick="absent", harm=["sexual"],
                children=[("Holly Kershaw", "2014-05-20"), ("Jake Kershaw", "2017-11-03")], adults=["Sarah Kershaw", "Neil Hollings"],
                criteria=["registered_sex_offender", "prior_unit_involvement"], decision="attend", received=rec, texts=T,
                unscored=["no_booking_form"],
                tags=["plain-text", "year-only-dates", "received-saturday", "mappa-cat1", "bradford-uses-wakefield-rules"],
                notes="RSO (MAPPA cat 1) associated with the household, staying over (item 7) -> attend on Wakefield rules; received on a Saturday")
    return case, msg, lab


def c06():
    case = "q-84-06-wakefield-rcpc-docx-chronology-historic-pp"
    T = Texts()
    subj = T.add("RCPC - HARDCASTLE - 11/01/2027 2pm")
    body = T.add("Review invitation attached - chronology updated by the SW.\nSRU Wakefield")
    doc = new_docx(font="Arial", size=10)
    dpara(doc, T, "REVIEW CHILD PROTECTION CONFERENCE - INVITATION AND CHRONOLOGY", bold=True, size=12)
    dpara(doc, T, "Date: Monday 11 January 2027     Time: 2pm     Venue: Ossett Town Hall")
    dpara(doc, T, "Children: Mia Hardcastle (10/10/2015), Leo Hardcastle (12/12/2018). Mother: Carly Hardcastle. Fathers not involved.")
    dpara(doc, T, "Category: Neglect")
    dtable(doc, T, [["Month/Year", "Event"],
                    ["06/2019", "Both children placed in police protection after Ms Hardcastle was found unconscious following an overdose."],
                    ["07/2019 - 03/2021", "Children subject to CP plans (neglect); plans ended after sustained progress."],
                    ["09/2026", "ICPC - new plans (neglect) after relapse into alcohol use."],
                    ["11/2026", "Core group: Ms Hardcastle engaging with Turning Point; school attendance 94%."]], bold_first_row=True)
    dpara(doc, T, "Police are not part of the core group. There have been no police incidents since the ICPC.")
    dpara(doc, T, "Police contribution:  Written report \u2612   Attendance \u2610")
    fname = T.add("RCPC HARDCASTLE.docx")
    msg = mixed(text_part(body), attach_bytes(docx_bytes(doc), DOCX, fname))
    rec = dt.datetime(2026, 12, 21, 11, 0, 5)
    headers(msg, case=case, sender="SRU Bookings <sru.bookings@wakefield.gov.uk>", to=MAILBOX["wakefield"], subject=subj, received=rec)
    lab = label(district="wakefield", kind="review", date="2027-01-11", time="14:00", tick="report", harm=["neglect"],
                children=[("Mia Hardcastle", "2015-10-10"), ("Leo Hardcastle", "2018-12-12")], adults=["Carly Hardcastle"],
                criteria=["prior_unit_involvement"], decision="report_only", received=rec, texts=T,
                tags=["docx-chronology", "month-year-dates", "trap-historic-pp", "review"],
                notes="police protection in 2019 is historical only (prior involvement); review with no review criterion -> report_only")
    return case, msg, lab


def c07():
    case = "q-84-07-leeds-transfer-in-docx-factors-cse"
    T = Texts()
    subj = T.add("Transfer-in CPC - PARR - from Derby City - 28.01.27")
    body = T.add("Good morning,\n\nMaddison and her parents moved to Leeds from Derby before Christmas. Transfer-in conference booked; "
                 "Derby's factor sheet and chronology attached.\n\nKind regards\nOwen Stansfield\nISU, Leeds City Council")
    doc = new_docx(font="Arial", size=10)
    dpara(doc, T, "TRANSFER IN CHILD PROTECTION CONFERENCE", bold=True, size=12)
    dtable(doc, T, [["Date", "Thursday 28 January 2027"], ["Time", "11:00"], ["Venue", "Merrion House"],
                    ["Transferring authority", "Derby City Council"], ["Child", "Maddison Parr, born 21/03/2011"],
                    ["Parents", "Louise Parr and Dale Parr"], ["Plan category", "Sexual abuse"]], bold_first_col=True)
    dpara(doc, T, "Assessment factors recorded by Derby (ticked)", bold=True)
    ticked = {"10A", "11A"}
    dtable(doc, T, [["Code", "Factor", "Tick"]] + [[c, f, "\u2713" if c in ticked else ""] for c, f in FACTORS], bold_first_row=True)
    dpara(doc, T, "Chronology (from Derby)", bold=True)
    dtable(doc, T, [["03/2026", "First missing episode; found at an adult male's flat."],
                    ["05/2026 - 08/2026", "Seven missing episodes; gifts and a new phone from 'friends' aged 20+."],
                    ["08/2026", "ICPC in Derby: plan under sexual abuse (CSE)."],
                    ["12/2026", "Family moved to Beeston, Leeds."]])
    dpara(doc, T, "Child sexual exploitation remains a considered risk for Maddison. Derbyshire Constabulary have passed the intelligence to West Yorkshire Police.")
    dpara(doc, T, "Police attendance requested: \u2612 Yes  \u2610 No")
    fname = T.add("Transfer in PARR.docx")
    msg = mixed(text_part(body), attach_bytes(docx_bytes(doc), DOCX, fname))
    rec = dt.datetime(2027, 1, 14, 10, 10, 10)
    headers(msg, case=case, sender="Owen Stansfield <owen.stansfield@leeds.gov.uk>", to=MAILBOX["leeds"], subject=subj, received=rec)
    lab = label(district="leeds", kind="transfer_in", date="2027-01-28", time="11:00", tick="attend", harm=["sexual"],
                children=[("Maddison Parr", "2011-03-21")], adults=["Louise Parr", "Dale Parr"], criteria=["child_sexual_exploitation"],
                decision="discuss", received=rec, texts=T, tags=["docx-factor-checklist", "transfer-in", "chronology", "leeds-cse"],
                notes="transfer-in = initial; Leeds has no CSE item, CSE alone -> discuss (POLICY choice); police requested also gives discuss")
    return case, msg, lab


CASES = [c01, c02, c03, c04, c05, c06, c07]
