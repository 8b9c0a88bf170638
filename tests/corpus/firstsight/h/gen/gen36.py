"""Layout 36: automated notifications from a children's social care case-management system
(Mosaic / Liquidlogic LCS / CareDirector style) with a system-generated PDF printout whose pages
repeat a header and footer block, page numbers and a printed-on timestamp."""
import datetime as dt
from lib import *

SYS = {
    "leeds": ("Mosaic", "https://mosaic.leeds.gov.uk/web/portal/app?wfsId={}", "MOS", "Integrated Safeguarding Unit"),
    "calderdale": ("LCS", "https://lcs.calderdale.gov.uk/lcs/servlet/WorkflowStep?id={}", "LCS", "Child Protection Administration"),
    "wakefield": ("CareDirector", "https://caredirector.wakefield.gov.uk/main.aspx?etn=meeting&id={}", "CD", "Safeguarding and Review Unit"),
    "kirklees": ("LCS", "https://lcs.kirklees.gov.uk/lcs/servlet/WorkflowStep?id={}", "LCS", "Safeguarding and Quality Assurance Unit"),
    "bradford": ("LCS", "https://lcs.bradford.gov.uk/lcs/servlet/WorkflowStep?id={}", "LL", "Child Protection Conference Team"),
    "northyorks": ("LCS", "https://lcs.northyorks.gov.uk/lcs/servlet/WorkflowStep?id={}", "LCS", "Child Protection Conference Service"),
}
COUNCIL = {"leeds": "Leeds City Council - Children and Families", "calderdale": "Calderdale Council - Children and Young People's Services",
           "wakefield": "Wakefield Council - Children and Young People's Service", "kirklees": "Kirklees Council - Children's Services",
           "bradford": "City of Bradford MDC - Children's Social Care", "northyorks": "North Yorkshire Council - Children and Families Service"}


def notification(c, *, sysd, invited_to, kv, link_id, extra=None, attached=True):
    name, link, _, unit = SYS[sysd]
    lines = [f"This is an automated notification from {name}. Please do not reply to this email - replies to this address are not monitored.", "",
             invited_to, ""]
    for k, v in kv:
        lines.append(f"{k}: {v}")
        c.t(k); c.t(v); c.t(f"{k}: {v}")
    lines.append("")
    if extra:
        lines += extra + [""]
    if link_id:
        lines.append(f"To view the meeting in {name} select the link below (you must be connected to the council network):")
        lines.append(link.format(link_id))
        lines.append("")
    if attached:
        lines.append("The conference booking record is attached. The information in the attachment is OFFICIAL-SENSITIVE and must be stored securely.")
        lines.append("")
    lines.append(f"{unit}")
    lines.append(COUNCIL[sysd].split(" - ")[0])
    for l in lines:
        c.t(l)
    return "\n".join(lines)


INVITEES = [("Parent(s)", "as listed on page 1", "Letter and email"), ("Health visitor / school nurse", "0-19 Service", "Email"),
            ("Designated safeguarding lead", "School / setting", "Email"), ("GP", "Registered practice", "Secure email"),
            ("West Yorkshire Police", "Safeguarding Unit / CPPU", "Secure email"), ("Allocated social worker", "Children's Social Care", "System task")]


def printout(c, sysd, title, ref, person_id, printed, user, blocks, footer_extra="", invitees=True):
    name = SYS[sysd][0]
    if invitees:
        blocks = blocks + [("break",), ("h", "Invitation list"), ("row", ["Invitee", "Organisation", "Sent by"], [170, 170, 120], True)]
        blocks += [("row", list(r), [170, 170, 120]) for r in INVITEES]
        blocks += [("h", "Workflow history"),
                   ("row", ["Step", "Status", "Completed"], [220, 100, 140], True),
                   ("row", ["Record conference request", "Complete", f"{(printed - dt.timedelta(days=3)):%d/%m/%Y} 11:20"], [220, 100, 140]),
                   ("row", ["Chair and venue allocated", "Complete", f"{(printed - dt.timedelta(days=1)):%d/%m/%Y} 15:04"], [220, 100, 140]),
                   ("row", ["Send conference invitations", "Complete", f"{printed:%d/%m/%Y %H:%M}"], [220, 100, 140]),
                   ("row", ["Record conference outcome", "Not started", ""], [220, 100, 140])]
    return system_pdf(c, header_lines=[title, COUNCIL[sysd], f"{name} reference: {ref}    Person ID: {person_id}"],
                      footer_left=f"OFFICIAL-SENSITIVE    Produced from {name}. Do not print unless necessary.{footer_extra}",
                      printed_on=f"Printed on {printed:%d/%m/%Y %H:%M} by {user}", blocks=blocks)


def people_rows(children, adults):
    b = [("h", "Child(ren) subject of the conference"),
         ("row", ["Name", "Person ID", "Date of birth", "Gender", "Ethnicity", "Address"], [120, 65, 65, 50, 85, 110], True)]
    for ch in children:
        b.append(("row", list(ch), [120, 65, 65, 50, 85, 110]))
    b.append(("h", "Parents, carers and significant adults"))
    b.append(("row", ["Name", "Relationship", "Date of birth", "Parental responsibility", "Address"], [120, 90, 65, 80, 140], True))
    for ad in adults:
        b.append(("row", list(ad), [120, 90, 65, 80, 140]))
    return b


def c01():
    c = Case("36-01", "leeds-mosaic-icpc-single-agency-s47-report-only")
    recv = dt.datetime(2026, 12, 7, 10, 44)
    conf = D("2026-12-15")
    body = notification(c, sysd="leeds", invited_to="You have been invited to an Initial Child Protection Conference.", link_id="88213407", kv=[
        ("Meeting", "Initial Child Protection Conference"), ("Person", "Kacey BRIGHTWELL (MOS5512093)"),
        ("Date", uk(conf)), ("Start time", "13:30"), ("End time", "15:30"),
        ("Venue", "Merrion House, 110 Merrion Centre, Leeds LS2 8BB - Room 4.12 (hybrid, Teams link to follow)"),
        ("Chair", "Lorraine Haigh"), ("Invited as", "West Yorkshire Police - Safeguarding Unit (Weetwood)"),
        ("Reference", "ICPC-26-118734"), ("Workflow step", "Send conference invitations (step 4 of 7)")])
    blocks = [("h", "Conference details"), ("kv", "Conference type", "Initial Child Protection Conference"),
              ("kv", "Date and time", f"{long_date(conf)} 13:30 - 15:30"),
              ("kv", "Venue", "Merrion House, Room 4.12 (hybrid)"), ("kv", "Chair", "Lorraine Haigh"),
              ("kv", "Allocated social worker", "Priya Sandhu"), ("kv", "Team manager", "Owen Fairburn"),
              ("kv", "Category requested", "Emotional abuse; Neglect"),
              ("kv", "Date of strategy discussion", "27/11/2026")]
    blocks += people_rows([("Kacey Brightwell", "MOS5512093", "19/02/2016", "Female", "White British", "14 Fearnville Drive, Leeds LS8"),
                           ("Tyler Brightwell", "MOS5512094", "03/09/2020", "Male", "White British", "14 Fearnville Drive, Leeds LS8")],
                          [("Jodie Brightwell", "Mother", "22/07/1994", "Yes", "14 Fearnville Drive, Leeds LS8"),
                           ("Callum Prentice", "Mother's partner", "05/01/1991", "No", "14 Fearnville Drive, Leeds LS8"),
                           ("Reece Walton", "Father of both children", "17/03/1990", "Yes", "Flat 3, 9 Harehills Lane, Leeds LS9")])
    blocks += [("h", "Reason for the conference"),
               ("p", "Kacey (10) told her class teacher that she is shouted at and locked in her bedroom when Mr Prentice is drinking, and that she makes Tyler's tea most evenings. School report that both children are frequently hungry and poorly dressed for the weather; Tyler has missed two hospital appointments for his eczema."),
               ("p", "On 25/11/2026 Kacey had a small bruise on her cheek. A strategy discussion with West Yorkshire Police, health and Children's Social Care was held on 27/11/2026. At the child protection medical the injury was assessed as consistent with Kacey's account of a fall at the park, and the strategy discussion agreed a single-agency section 47 enquiry by Children's Social Care. Police are not investigating and no offences have been identified."),
               ("h", "Police checks (from strategy discussion)"),
               ("p", "Callum Prentice - one conviction for theft (shoplifting) in 2019. Nothing recorded in relation to children. Reece Walton - no trace. Jodie Brightwell - no trace."),
               ("h", "West Yorkshire Police"),
               ("kv", "Police attendance requested", "No - written report sufficient"),
               ("kv", "Report to", "Integrated Safeguarding Unit no later than 24 hours before the conference"),
               ("h", "Workflow"), ("kv", "Step", "Send conference invitations (step 4 of 7)"),
               ("kv", "Completed by", "Priya Sandhu, 04/12/2026 16:02")]
    pdf = printout(c, "leeds", "Child Protection Conference - Booking Record", "ICPC-26-118734", "MOS5512093",
                   dt.datetime(2026, 12, 7, 10, 39), "ISU Business Support (isu.bs3)", blocks)
    msg = build_email(c, from_="Mosaic Notifications <mosaic.notifications@leeds.gov.uk>", to=MAILBOX["leeds"],
                      subject="Mosaic: You have been invited to a meeting - Initial Child Protection Conference - 15/12/2026",
                      date=recv, body=body, attachments=[("ICPC-26-118734_BookingRecord.pdf", pdf, PDF)])
    lab = label(c, district="leeds", kind="initial", date="2026-12-15", time="13:30", tick=False,
                harm=["emotional", "neglect"],
                children=[("Kacey Brightwell", "2016-02-19"), ("Tyler Brightwell", "2020-09-03")],
                adults=["Jodie Brightwell", "Callum Prentice", "Reece Walton"], criteria=[], decision="report_only",
                received=recv.date(), tags=["system-notification", "system-pdf", "district-leeds", "initial", "tick-report",
                                            "trap-strategy-discussion", "trap-single-agency-s47"],
                notes="strategy discussion with police and a single-agency s47 are not an investigation; police checks only; written report sufficient")
    return c, msg, lab


def c02():
    c = Case("36-02", "calderdale-lcs-rcpc-cse-link-discuss")
    recv = dt.datetime(2026, 12, 9, 8, 58)
    conf = D("2027-01-07")
    body = notification(c, sysd="calderdale", invited_to="You have been invited to a Review Child Protection Conference.", link_id="WS-7730215", kv=[
        ("Meeting type", "Review Child Protection Conference (2nd review)"), ("Subject", "Maisie HOLROYD (LCS no. 1187342)"),
        ("Date", "07/01/2027"), ("Time", "10:00 - 12:00"), ("Location", "Northgate House, Halifax - Room G.14 / MS Teams"),
        ("Reference", "RCPC/1187342/02"), ("Task", "Conference invitation - partner agency")])
    blocks = [("h", "Meeting"), ("kv", "Meeting type", "Review Child Protection Conference"), ("kv", "Review number", "2"),
              ("kv", "Date", long_date(conf)), ("kv", "Time", "10:00"), ("kv", "Location", "Northgate House, Halifax - Room G.14 / MS Teams"),
              ("kv", "Independent chair", "Yvonne Pearson"), ("kv", "Social worker", "Hannah Ibbotson"),
              ("kv", "Category of plan", "Emotional abuse"), ("kv", "Initial conference held", "16/07/2026")]
    blocks += people_rows([("Maisie Holroyd", "1187342", "12/06/2011", "Female", "White British", "27 Savile Park Road, Halifax HX1")],
                          [("Donna Holroyd", "Mother", "30/10/1983", "Yes", "27 Savile Park Road, Halifax HX1"),
                           ("Gary Holroyd", "Father", "14/02/1981", "Yes", "12 Lee Mount Road, Halifax HX3")])
    blocks += [("h", "Progress since the last conference"),
               ("p", "Maisie has been reported missing four times since the last review. On two occasions she was found by officers in a car with adult males in Halifax town centre late at night, and she has been given a new phone and vapes by people she will not name."),
               ("p", "A CSE risk assessment was completed with the Calderdale Exploitation Hub on 20/11/2026 and scored Maisie as high risk of child sexual exploitation; she is being discussed at the MACE panel."),
               ("p", "There are no concerns that Maisie is being criminally exploited. Home conditions remain good and Ms Holroyd engages with the core group."),
               ("h", "Core group"),
               ("p", "Core group members: social worker, Brighouse High School DSL, school nurse, Ms Holroyd, Mr Holroyd. Police are not members of the core group."),
               ("h", "Agency reports"),
               ("kv", "West Yorkshire Police", "Written report sufficient"),
               ("kv", "Reports due", "3 working days before the conference to CP administration by secure email")]
    pdf = printout(c, "calderdale", "Review Child Protection Conference - Conference Record", "RCPC/1187342/02", "1187342",
                   dt.datetime(2026, 12, 9, 8, 51), "cpadmin.gr", blocks)
    msg = build_email(c, from_="LCS Workflow <lcs.noreply@calderdale.gov.uk>", to=MAILBOX["calderdale"],
                      subject="LCS notification: Review Child Protection Conference 07/01/2027 - invitation",
                      date=recv, body=body, attachments=[("RCPC_1187342_02.pdf", pdf, PDF)])
    lab = label(c, district="calderdale", kind="review", date="2027-01-07", time="10:00", tick=False, harm=["emotional"],
                children=[("Maisie Holroyd", "2011-06-12")], adults=["Donna Holroyd", "Gary Holroyd"],
                criteria=["child_sexual_exploitation"], decision="discuss", received=recv.date(),
                tags=["system-notification", "system-pdf", "district-calderdale", "review", "tick-report", "cse"],
                notes="Calderdale review with a CSE link (high-risk CSE assessment): discuss under the review rule, though the form says written report sufficient")
    return c, msg, lab


def c03():
    c = Case("36-03", "wakefield-caredirector-meeting-cancelled")
    recv = dt.datetime(2026, 12, 10, 14, 5)
    body = notification(c, sysd="wakefield", invited_to="A meeting you were invited to has been cancelled.", link_id="6a1f0c22-9d4e-4b1a-8e55-2f1c37d0a913", attached=True, kv=[
        ("Meeting", "Initial Child Protection Conference"), ("Status", "Cancelled"), ("Person", "Oscar FIRTH (CD310457)"),
        ("Original date", "14/12/2026"), ("Original time", "10:00"), ("Venue", "Wakefield One, Burton Street, Wakefield - Room 2.07"),
        ("Cancelled by", "Simon Outhwaite (Conference Chair)"), ("Reference", "MTG-0098821")],
        extra=["Cancellation reason: Following the outcome of the section 47 enquiry the threshold for an Initial Child Protection Conference is no longer met. Oscar will be supported under a Child in Need plan.",
               "No report is required for this meeting."])
    blocks = [("h", "Meeting cancellation notice"), ("kv", "Meeting", "Initial Child Protection Conference"),
              ("kv", "Status", "CANCELLED"), ("kv", "Original date", long_date(D("2026-12-14"))), ("kv", "Original time", "10:00"),
              ("kv", "Child", "Oscar Firth, DOB 01/10/2019"), ("kv", "Parent", "Kerry Firth (mother)"),
              ("kv", "Cancellation reason", "Threshold for ICPC not met following section 47 enquiry - Child in Need plan"),
              ("kv", "Invitees notified", "Parents; Health Visiting; Snapethorpe Primary; West Yorkshire Police CPPU; GP")]
    pdf = printout(c, "wakefield", "Meeting Cancellation Notice", "MTG-0098821", "CD310457",
                   dt.datetime(2026, 12, 10, 14, 1), "SRU Business Support (sru.bs2)", blocks, invitees=False)
    msg = build_email(c, from_="CareDirector <caredirector.noreply@wakefield.gov.uk>", to=MAILBOX["wakefield"],
                      subject="CareDirector: Meeting cancelled - Initial Child Protection Conference - 14/12/2026",
                      date=recv, body=body, attachments=[("MTG-0098821_Cancellation.pdf", pdf, PDF)])
    lab = label(c, district="wakefield", kind="initial", date="2026-12-14", time="10:00", tick=None, harm=[],
                children=[("Oscar Firth", "2019-10-01")], adults=["Kerry Firth"], criteria=[], decision="manual_review",
                received=recv.date(), flags_required=["cancelled"], deadlines=False,
                unscored=["missing_reason", "no_booking_form", "missing_family_details"],
                tags=["system-notification", "system-pdf", "district-wakefield", "cancelled"],
                notes="system notice that the ICPC is cancelled: manual_review with cancelled (deadlines not scored)")
    return c, msg, lab


def c04():
    c = Case("36-04", "kirklees-lcs-icpc-vector-tickbox-historic-nfa")
    recv = dt.datetime(2026, 12, 14, 9, 20)
    conf = D("2026-12-22")
    body = notification(c, sysd="kirklees", invited_to="You have been invited to an Initial Child Protection Conference.", link_id=None, kv=[
        ("Meeting type", "Initial Child Protection Conference"), ("Subject", "Ellis DEARNLEY (LCS no. 3302118) and sibling"),
        ("Date", "22/12/2026"), ("Time", "10:00 - 12:00"), ("Location", "Civic Centre 1, Huddersfield - Meeting Room 5 (hybrid)"),
        ("Reference", "ICPC/3302118/01")])
    blocks = [("h", "Meeting"), ("kv", "Meeting type", "Initial Child Protection Conference"),
              ("kv", "Date", long_date(conf)), ("kv", "Time", "10:00"), ("kv", "Location", "Civic Centre 1, Huddersfield - Meeting Room 5 (hybrid)"),
              ("kv", "Chair", "Marianne Sykes"), ("kv", "Social worker", "Adeel Hussain"), ("kv", "Category requested", "Neglect")]
    blocks += people_rows([("Ellis Dearnley", "3302118", "30/04/2021", "Male", "White British", "5 Bradley Road, Huddersfield HD2"),
                           ("Poppy Dearnley", "3302119", "15/01/2023", "Female", "White British", "5 Bradley Road, Huddersfield HD2")],
                          [("Shannon Dearnley", "Mother", "09/09/1999", "Yes", "5 Bradley Road, Huddersfield HD2"),
                           ("Liam Crowther", "Father", "21/06/1996", "Yes", "5 Bradley Road, Huddersfield HD2")])
    blocks += [("h", "Reason for conference (Strengthening Families)"),
               ("p", "Danger: the home is cluttered with rubbish and dog faeces, there is no working heating and the children sleep on a stained mattress on the floor. Ellis was not brought to eight health appointments this year and Poppy's weight has fallen from the 50th to the 9th centile."),
               ("p", "Complicating factors: in 2020 Mr Crowther was arrested on suspicion of assaulting his young nephew; the matter was investigated by the Kirklees Safeguarding Unit and closed with no further action. There have been no incidents since and there is no current police investigation."),
               ("p", "Strengths: both parents love the children and have accepted a family support worker."),
               ("h", "Police contribution - please mark one box"),
               ("tick", "Police attendance required", False), ("tick", "Written report sufficient", True),
               ("kv", "Reports", "to the Safeguarding and Quality Assurance Unit 3 working days before the conference")]
    pdf = printout(c, "kirklees", "Child Protection Conference - Invitation Record", "ICPC/3302118/01", "3302118",
                   dt.datetime(2026, 12, 14, 9, 12), "squ.admin4", blocks)
    msg = build_email(c, from_="LCS Notifications <lcs.notifications@kirklees.gov.uk>", to=MAILBOX["kirklees"],
                      subject="LCS notification: You have been invited - Initial Child Protection Conference 22/12/2026",
                      date=recv, body=body, attachments=[("ICPC_3302118_01.pdf", pdf, PDF)])
    lab = label(c, district="kirklees", kind="initial", date="2026-12-22", time="10:00", tick=False, harm=["neglect"],
                children=[("Ellis Dearnley", "2021-04-30"), ("Poppy Dearnley", "2023-01-15")],
                adults=["Shannon Dearnley", "Liam Crowther"], criteria=["prior_unit_involvement"], decision="report_only",
                received=recv.date(),
                tags=["system-notification", "system-pdf", "vector-tickbox", "district-kirklees", "initial", "tick-report",
                      "historic-nfa", "trap-category-neglect"],
                notes="Kirklees decided with the Wakefield rules (POLICY choice): 2020 arrest closed NFA = prior_unit_involvement only, not in the Wakefield list; box drawn as vector cross (report sufficient)")
    return c, msg, lab


def c05():
    c = Case("36-05", "northyorks-lcs-icpc-outside-allowlist")
    recv = dt.datetime(2026, 12, 15, 11, 30)
    body = notification(c, sysd="northyorks", invited_to="You have been invited to an Initial Child Protection Conference.", link_id="WS-9012277", kv=[
        ("Meeting type", "Initial Child Protection Conference"), ("Subject", "Harley SWALES (LCS no. 7765120)"),
        ("Date", "08/01/2027"), ("Time", "10:00 - 12:00"), ("Location", "Harrogate Civic Centre - Room 3 / MS Teams"),
        ("Reference", "NY-ICPC-7765120")],
        extra=["Please note: Harley's father lives in the Wakefield district and West Yorkshire Police hold information about him."])
    blocks = [("h", "Meeting"), ("kv", "Meeting type", "Initial Child Protection Conference"), ("kv", "Date", long_date(D("2027-01-08"))),
              ("kv", "Time", "10:00"), ("kv", "Location", "Harrogate Civic Centre - Room 3 / MS Teams"), ("kv", "Category requested", "Physical abuse")]
    blocks += people_rows([("Harley Swales", "7765120", "08/08/2014", "Male", "White British", "41 Skipton Road, Harrogate HG1")],
                          [("Amber Swales", "Mother", "02/05/1988", "Yes", "41 Skipton Road, Harrogate HG1"),
                           ("Dean Swales", "Father", "19/12/1985", "Yes", "8 Agbrigg Road, Wakefield WF1")])
    blocks += [("h", "Reason for conference"),
               ("p", "During a contact visit at his father's home in Wakefield Harley sustained a fractured wrist and bruising to his back. Mr Swales was arrested by West Yorkshire Police on 02/12/2026 and has been released on bail with conditions not to contact Harley while the investigation continues.")]
    pdf = printout(c, "northyorks", "Child Protection Conference - Invitation Record", "NY-ICPC-7765120", "7765120",
                   dt.datetime(2026, 12, 15, 11, 22), "cpcs.admin1", blocks)
    msg = build_email(c, from_="LCS Notifications <lcs.notifications@northyorks.gov.uk>", to=MAILBOX["wakefield"],
                      subject="LCS notification: You have been invited - Initial Child Protection Conference 08/01/2027",
                      date=recv, body=body, attachments=[("NY-ICPC-7765120.pdf", pdf, PDF)])
    lab = label(c, district=None, kind="initial", date="2027-01-08", time="10:00", tick=None, harm=["physical"],
                children=[("Harley Swales", "2014-08-08")], adults=["Amber Swales", "Dean Swales"],
                criteria=["current_investigation"], decision="manual_review", received=recv.date(), deadlines=False,
                flags_required=["unverified_sender"], unscored=["district_unknown", "no_booking_form"],
                tags=["system-notification", "system-pdf", "outside-west-yorkshire", "unverified-sender", "initial"],
                notes="North Yorkshire sender (northyorks.gov.uk) is on no allow-list: manual_review with unverified_sender; content shows a current investigation (arrest, bail)")
    return c, msg, lab


def c06():
    c = Case("36-06", "bradford-lcs-icpc-truncated-pdf-covering-note")
    recv = dt.datetime(2027, 1, 6, 11, 2)
    body = notification(c, sysd="bradford", invited_to="You have been invited to a meeting.", link_id="WS-2218873", kv=[
        ("Meeting type", "Initial Child Protection Conference"), ("Subject", "Roman AKHTAR-BOOTH (LL no. 2218873)"),
        ("Date", "13/01/2027"), ("Time", "13:00"), ("Location", "Margaret McMillan Tower, Bradford - Room 7"),
        ("Reference", "CPC-2218873-I")])
    full = printout(Case("x", "x"), "bradford", "Child Protection Conference - Booking Form", "CPC-2218873-I", "2218873",
                    dt.datetime(2027, 1, 6, 10, 55), "cpct.admin", [("h", "Booking form"), ("kv", "Meeting", "Initial")], invitees=False)
    # the printout never arrived whole: cut after the first objects (no page content survives)
    broken = full[:700]
    msg = build_email(c, from_="LCS Notifications <lcs.notifications@bradford.gov.uk>", to=MAILBOX["bradford"],
                      subject="LCS notification: You have been invited to a meeting - Initial Child Protection Conference",
                      date=recv, body=body, attachments=[("CPC-2218873-I_BookingForm.pdf", broken, PDF)])
    lab = label(c, district="bradford", kind="initial", date="2027-01-13", time="13:00", tick=None, harm=[],
                children=[("Roman Akhtar-Booth", None)], adults=[], criteria=[], decision="manual_review",
                received=recv.date(), flags_required=["unreadable_attachment", "no_booking_form", "missing_family_details", "missing_reason"],
                tags=["system-notification", "truncated-pdf", "district-bradford", "initial", "covering-note-only"],
                notes="the booking-form PDF is truncated (no page survives) and the notification is only a covering note: manual_review (unreadable_attachment + no_booking_form); no adult, no reason")
    return c, msg, lab


def c07():
    c = Case("36-07", "leeds-mosaic-rcpc-police-core-group-late-over-christmas")
    recv = dt.datetime(2026, 12, 22, 15, 48)
    conf = D("2027-01-07")
    body = notification(c, sysd="leeds", invited_to="You have been invited to a Review Child Protection Conference.", link_id="88390112", kv=[
        ("Meeting", "Review Child Protection Conference"), ("Person", "Jayden KOWALCZYK (MOS4407781)"),
        ("Date", "07/01/2027"), ("Start time", "09:30"), ("End time", "11:30"), ("Venue", "Microsoft Teams (virtual)"),
        ("Chair", "Dennis Okafor"), ("Reference", "RCPC-27-000412"), ("Workflow step", "Send conference invitations (step 3 of 6)")])
    blocks = [("h", "Conference details"), ("kv", "Conference type", "Review Child Protection Conference (1st review)"),
              ("kv", "Date and time", f"{long_date(conf)} 09:30 - 11:30"), ("kv", "Venue", "Microsoft Teams (virtual)"),
              ("kv", "Chair", "Dennis Okafor"), ("kv", "Allocated social worker", "Grace Mensah"), ("kv", "Category of plan", "Physical abuse")]
    blocks += people_rows([("Jayden Kowalczyk", "MOS4407781", "05/05/2015", "Male", "White Other - Polish", "22 Kirkstall Hill, Leeds LS5"),
                           ("Zofia Kowalczyk", "MOS4407782", "20/11/2018", "Female", "White Other - Polish", "22 Kirkstall Hill, Leeds LS5")],
                          [("Agnieszka Kowalczyk", "Mother", "11/04/1989", "Yes", "22 Kirkstall Hill, Leeds LS5"),
                           ("Tomasz Nowak", "Father", "29/08/1986", "Yes", "Flat 12, 4 Burley Road, Leeds LS4")])
    blocks += [("h", "Child protection plan - core group"),
               ("p", "Core group members: Grace Mensah (social worker), Kirkstall Valley Primary DSL, health visitor, Ms Kowalczyk, Mr Nowak, and PC Rachel Ackroyd of the Leeds District Safeguarding Unit."),
               ("p", "Mr Nowak was arrested in June 2026 for assaulting Jayden and remains on police bail while the investigation continues; he has supervised contact only."),
               ("p", "Police actions in the plan: PC Ackroyd to monitor Mr Nowak's bail conditions and to carry out joint home visits with the social worker. PC Ackroyd has attended all three core group meetings."),
               ("h", "Background"),
               ("p", "In 2019 both children were placed in police protection after Mr Nowak was found intoxicated and in sole care of them; no criminal proceedings followed."),
               ("h", "West Yorkshire Police"),
               ("kv", "Police attendance requested", "Yes - requested by the chair"),
               ("kv", "Report to", "Integrated Safeguarding Unit 24 hours before the conference")]
    pdf = printout(c, "leeds", "Child Protection Conference - Booking Record", "RCPC-27-000412", "MOS4407781",
                   dt.datetime(2026, 12, 22, 15, 40), "ISU Business Support (isu.bs1)", blocks)
    msg = build_email(c, from_="Mosaic Notifications <mosaic.notifications@leeds.gov.uk>", to=MAILBOX["leeds"],
                      subject="Mosaic: You have been invited to a meeting - Review Child Protection Conference - 07/01/2027",
                      date=recv, body=body, attachments=[("RCPC-27-000412_BookingRecord.pdf", pdf, PDF)])
    lab = label(c, district="leeds", kind="review", date="2027-01-07", time="09:30", tick=True, harm=["physical"],
                children=[("Jayden Kowalczyk", "2015-05-05"), ("Zofia Kowalczyk", "2018-11-20")],
                adults=["Agnieszka Kowalczyk", "Tomasz Nowak"], criteria=["core_group_member", "current_investigation", "prior_unit_involvement"],
                decision="attend", received=recv.date(),
                tags=["system-notification", "system-pdf", "district-leeds", "review", "tick-attend", "bank-holidays", "late-notice"],
                notes="police are core group members with plan actions (review rule: attend); bail being monitored = open investigation; 2019 police protection historical; 9 working days over Christmas < Leeds review minimum 10")
    return c, msg, lab


CASES = [c01, c02, c03, c04, c05, c06, c07]
