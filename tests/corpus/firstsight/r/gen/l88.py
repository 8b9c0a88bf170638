"""Layout 88: police-specific requests: checks (PNC/PND/Niche/intelligence) AND attendance or a
report, in email bodies, Word and PDF. A request for checks is not an investigation."""
from common import D, DOCX, PDF, Docx, Pdf

X, O = "\u2612", "\u2610"


def case01():
    body = """Dear CSU,

REQUEST FOR POLICE CHECKS AND ATTENDANCE - INITIAL CHILD PROTECTION CONFERENCE

Conference: Initial CPC, Monday 4th January 2027 at 10.00, Wakefield One (Room 3)
Social worker: Megan Tordoff, Child Protection Team (Wakefield North)

Please carry out PNC, PND and Niche checks and provide any information held on the following:

  Children
   - Ellis Dransfield   DOB 17/10/2016
   - Sophie Dransfield  DOB 01/06/2019

  Adults
   - Natalie Dransfield (mother)      DOB 09/09/1989
   - Aaron Kilner (mother's partner)  DOB 12/02/1987
   - Brian Dransfield (maternal grandfather, frequent visitor) DOB 03/03/1958

Reason for conference: emotional harm and neglect arising from parental drug use (crack cocaine) and the children's exposure to adults using in the home. A request for checks does not mean there is a police investigation - there is none at present.

Police attendance required at conference?  Yes - the Chair would like an officer present to talk through any intelligence about drug supply at the address.

Please return the checks and your report to the SRU by 29/12/2026.

Many thanks

Megan Tordoff
Social Worker | Wakefield Council
01924 302998"""
    return {
        "nn": "01", "district": "wakefield", "kind": "initial", "short": "body-checks-request-attendance-yes",
        "received": D(2026, 12, 17, 16, 25), "sender": "megan.tordoff@wakefield.gov.uk", "sender_name": "Megan Tordoff",
        "subject": "Police checks + attendance request - ICPC 04/01/27 - DRANSFIELD",
        "body": body,
        "date": "2027-01-04", "time": "10:00", "tick": True, "harm": ["emotional", "neglect"],
        "children": [{"name": "Ellis Dransfield", "date_of_birth": "2016-10-17"}, {"name": "Sophie Dransfield", "date_of_birth": "2019-06-01"}],
        "adults": ["Natalie Dransfield", "Aaron Kilner", "Brian Dransfield"],
        "criteria": [],
        "decision": "discuss",
        "flags_unscored": ["no_booking_form"],
        "tags": ["body-text", "checks-not-investigation", "attendance-question-yes", "bank-holidays"],
        "notes": "PNC/PND/Niche checks requested; 'there is none at present' negates an investigation; attendance question answered Yes -> discuss",
    }


def case02():
    d = Docx("Leeds CSC")
    d.heading("REQUEST FOR INFORMATION FROM WEST YORKSHIRE POLICE", 1)
    d.para("For a Child Protection Conference - Leeds Safeguarding Children Partnership")
    d.table([["Conference type", "Initial"], ["Conference date", "Wed 13 Jan 2027"], ["Conference time", "11:00"],
             ["Venue", "Kirkgate Market Meeting Suite (Teams option)"], ["Requesting SW", "Olivia Brennan, Leeds North West"]])
    d.para("Persons to be checked (PNC / PND / Niche / local intelligence):")
    d.table([["Surname", "Forename(s)", "DOB", "Relationship"],
             ["WOODHEAD", "Ethan", "15/05/2011", "subject child"],
             ["WOODHEAD", "Lily", "27/08/2014", "subject child"],
             ["WOODHEAD", "Claire", "30/12/1980", "mother"],
             ["PATEL", "Ravi", "19/07/1978", "mother's partner (does not live at the address)"]], header=True)
    d.para("Reason for the conference")
    d.para("Emotional abuse: Ethan (15) has disclosed that his mother frequently tells him he is worthless and locks him out of the house. Lily is beginning to self-harm.")
    d.table([["Is either child the subject of a current police investigation?", "No"],
             ["Known domestic abuse?", "None known"],
             ["Is police attendance needed at conference?", "Not required - written report sufficient"]])
    d.para("Please send the completed information to isu.reports@leeds.gov.uk at least 24 hours before the conference.")
    return {
        "nn": "02", "district": "leeds", "kind": "initial", "short": "word-info-request-report-sufficient",
        "received": D(2027, 1, 5, 10, 0), "sender": "olivia.brennan@leeds.gov.uk", "sender_name": "Brennan, Olivia",
        "subject": "Request for police information - Woodhead - ICPC 13.01.27",
        "body": "Hello\n\nPlease see the attached request for police checks for a conference next week.\n\nOlivia Brennan\nSocial Worker, Leeds City Council",
        "attachments": [{"name": "Police info request WOODHEAD.docx", "data": d.bytes(), "ctype": DOCX, "texts": d.texts}],
        "date": "2027-01-13", "time": "11:00", "tick": False, "harm": ["emotional"],
        "children": [{"name": "Ethan Woodhead", "date_of_birth": "2011-05-15"}, {"name": "Lily Woodhead", "date_of_birth": "2014-08-27"}],
        "adults": ["Claire Woodhead", "Ravi Patel"],
        "criteria": [],
        "decision": "report_only",
        "tags": ["docx-info-request", "surname-forename-columns", "negated-questions", "report-sufficient"],
        "notes": "police checks request; 'current police investigation? No', DA 'None known'; written report sufficient -> report_only; names split SURNAME/Forename",
    }


def case03():
    p = Pdf(header="Calderdale CYPS - Request to West Yorkshire Police for conference information", footer="CCS-30977")
    p.p("Request to Police: Information and Attendance - Child Protection Conference", "h2")
    p.table([["Case no.", "CCS-30977"], ["Conference", "Initial CPC - 16 December 2026 - 15:00"], ["Venue", "Elland Town Hall, Committee Room"],
             ["Social worker", "Tom Illingworth (CAST 1)"]], widths=[130, 385])
    p.p("Family members - please check all systems (PNC, PND, Niche, Intel) and provide any information held", "h3")
    p.table([["Name", "Date of birth", "Role"], ["Daisy Lumby", "11/01/2015", "child (subject)"], ["Evie Lumby", "08/05/2017", "child (subject)"],
             ["Rachel Lumby", "21/10/1986", "mother"], ["Stuart Lumby", "05/03/1983", "father"]], widths=[170, 120, 225])
    p.p("Why is a conference being held?", "h3")
    p.p("Daisy told a teaching assistant on 01/12/2026 that her father had touched her private parts at bath time. Her father was arrested on 02/12/2026 on suspicion of sexual assault of a child under 13 and remains on police bail pending an ABE interview with Daisy and a CPS charging decision. He has moved to his brother's address under bail conditions.")
    p.p("Police attendance", "h3")
    p.p("There is no tick box on this form. We would be grateful if the officer in the case could attend or provide a detailed report - please let the Conference Team know which.")
    body = "Please find attached our information request to police for the above conference.\n\nThe Conference Team\nCalderdale Council\n01422 393336"
    return {
        "nn": "03", "district": "calderdale", "kind": "initial", "short": "pdf-checks-request-arrest-bail-abe",
        "received": D(2026, 12, 9, 9, 5), "sender": "cp.conferences@calderdale.gov.uk", "sender_name": "Calderdale CP Conference Team",
        "subject": "CCS-30977 - request for police information and attendance - 16/12/26",
        "body": body,
        "attachments": [{"name": "CCS-30977 police request.pdf", "data": p.bytes(), "ctype": PDF, "texts": p.texts}],
        "date": "2026-12-16", "time": "15:00", "tick": None, "harm": ["sexual"],
        "children": [{"name": "Daisy Lumby", "date_of_birth": "2015-01-11"}, {"name": "Evie Lumby", "date_of_birth": "2017-05-08"}],
        "adults": ["Rachel Lumby", "Stuart Lumby"],
        "criteria": ["current_investigation"],
        "evidence": {"current_investigation": "Her father was arrested on 02/12/2026 on suspicion of sexual assault of a child under 13 and remains on police bail"},
        "decision": "attend",
        "tags": ["pdf-flat", "checks-request", "arrest-bail-abe", "attendance-in-prose-either-or"],
        "notes": "father arrested, on bail, ABE pending: current investigation -> Calderdale attend; attendance asked in prose as 'attend or report' (not a tick)",
    }


def case04():
    body = """Good afternoon

Review Child Protection Conference
Child: Tyler Hirst (DOB 14/08/2014) and Kacey Hirst (DOB 03/10/2016)
Parents: Kerry Hirst (mum) and Liam Hirst (dad)
Date/time: Wednesday 20th January 2027, 10am
Venue: Batley Town Hall

The children have been subject to child protection plans (physical abuse) since 22/07/2026. The core group is made up of the social worker, school, school nurse and both parents.

Could the police please:
  1. complete PNC/Niche checks for both parents since the last review (22/10/2026), and
  2. let us have an update from the officer in the case on the investigation into the injuries to Tyler - our understanding is that Mr Hirst is still released under investigation and no charging decision has been made.

A written report would be appreciated; attendance is not requested.

Apologies for the short notice - the review was brought forward.

Thanks
Jo
Joanne Senior | Conference Support Officer | Kirklees Council
Children's Services | 01484 221870"""
    return {
        "nn": "04", "district": "kirklees", "kind": "review", "short": "body-review-oic-update-rui",
        "received": D(2027, 1, 18, 14, 20), "sender": "joanne.senior@kirklees.gov.uk", "sender_name": "Joanne Senior",
        "subject": "RCPC HIRST 20/01/2027 - checks and update from OIC please",
        "body": body,
        "date": "2027-01-20", "time": "10:00", "tick": None, "harm": ["physical"],
        "children": [{"name": "Tyler Hirst", "date_of_birth": "2014-08-14"}, {"name": "Kacey Hirst", "date_of_birth": "2016-10-03"}],
        "adults": ["Kerry Hirst", "Liam Hirst"],
        "criteria": ["current_investigation"],
        "evidence": {"current_investigation": "Mr Hirst is still released under investigation"},
        "decision": "discuss",
        "flags_unscored": ["no_booking_form"],
        "tags": ["body-text", "review", "rui-phrased-as-request", "core-group-without-police", "deadline-passed"],
        "notes": "review; police not in core group; RUI keeps the investigation open (stated inside a request for an OIC update) -> discuss; report due 15/01 already passed",
    }


def case05():
    p = Pdf(header="Bradford Children and Families Trust - Transfer In Conference", footer="OFFICIAL-SENSITIVE  TIC/BD/0092")
    p.p("POLICE INFORMATION REQUEST AND CONFERENCE BOOKING", "h2")
    p.table([["Conference", "Transfer In Child Protection Conference"], ["Date", "Monday 18/01/2027"], ["Time", "10.00am"],
             ["Venue", "Keighley Town Hall"], ["Transferring authority", "Manchester City Council"]], widths=[150, 365])
    p.p("Section A - Family (please run PNC / PND / Niche and provide all information held)", "h3")
    p.table([["Name", "DOB", "Relationship"], ["Kieran Doyle", "12/02/2010", "subject child"], ["Jayden Doyle", "29/09/2012", "subject child"],
             ["Michelle Doyle", "16/06/1982", "mother"], ["Reece Holt", "04/12/1990", "mother's partner"]], widths=[170, 120, 225])
    p.p("Section B - Reason / current plan", "h3")
    p.p("Plan category: Neglect (Manchester). Kieran was found in a flat in Keighley with class A drugs and a phone containing 'deal line' messages; he is believed to be criminally exploited by a county lines group from Manchester. A National Referral Mechanism referral (criminal exploitation) has been made. Mother's partner Reece Holt is a PPO nominal managed by the Keighley IOM team. There are no concerns of sexual exploitation.")
    p.p("Section C - Police attendance at conference", "h3")
    p.table([[f"{X} Yes - attendance requested", f"{O} No - report only"]], widths=[257, 258])
    return {
        "nn": "05", "district": "bradford", "kind": "transfer_in", "short": "pdf-transfer-manchester-cce-ppo-nominal",
        "received": D(2027, 1, 8, 11, 30), "sender": "cp.admin@bradford.gov.uk", "sender_name": "CP Admin Team",
        "subject": "TIC - DOYLE - 18.01.27 - police information request",
        "body": "Morning,\nAttached is the transfer-in booking and police information request for the Doyle brothers.\nCP Admin Team\nBradford Children and Families Trust",
        "attachments": [{"name": "TIC DOYLE police request.pdf", "data": p.bytes(), "ctype": PDF, "texts": p.texts}],
        "date": "2027-01-18", "time": "10:00", "tick": True, "harm": ["neglect"],
        "children": [{"name": "Kieran Doyle", "date_of_birth": "2010-02-12"}, {"name": "Jayden Doyle", "date_of_birth": "2012-09-29"}],
        "adults": ["Michelle Doyle", "Reece Holt"],
        "criteria": [],
        "decision": "discuss",
        "tags": ["pdf-flat", "transfer-in", "cce-county-lines-not-cse", "ppo-nominal-not-police-protection", "cse-negated", "attendance-ticked"],
        "notes": "county lines/CCE is not CSE; 'PPO nominal' is a prolific offender, not police protection; no criterion; attendance ticked -> discuss",
    }


def case06():
    d = Docx("Leeds CSC")
    d.heading("Police Request - Initial Child Protection Conference", 1)
    d.table([["When", "Monday 11 January 2027 at 2pm"], ["Where", "Leeds Civic Hall, Committee Room 2"],
             ["Child", "Skye Robinson, born 05/11/2025"], ["Mother", "Shannon Robinson"], ["Father", "Kyle Marshall"],
             ["Social worker", "Adele Foster, Leeds South"]])
    d.para("Why the conference:")
    d.para("On 31/12/2026 police were called to the address by neighbours; both parents were found intoxicated and unable to care for Skye. Officers placed Skye under a PPO and she was taken to her paternal grandmother, Pauline Marshall, where she remains.")
    d.para("Checks requested: PNC, PND, Niche, Storm logs for the last 2 years for both parents and Pauline Marshall.")
    d.para("Police attendance at the conference (please tick):")
    d.table([[X, "Required"], [X, "Report sufficient"]])
    return {
        "nn": "06", "district": "leeds", "kind": "initial", "short": "word-ppo-placed-both-boxes-late",
        "received": D(2027, 1, 5, 16, 50), "sender": "adele.foster@leeds.gov.uk", "sender_name": "Adele Foster",
        "subject": "Police request ICPC Robinson 11/01",
        "body": "Hiya, form attached for next Monday's conference - sorry it is short notice, ISU could only offer the 11th.\nAdele\n\nAdele Foster | Social Worker | Leeds City Council",
        "attachments": [{"name": "police request ROBINSON.docx", "data": d.bytes(), "ctype": DOCX, "texts": d.texts}],
        "date": "2027-01-11", "time": "14:00", "tick": None, "tick_both": True, "harm": None,
        "children": [{"name": "Skye Robinson", "date_of_birth": "2025-11-05"}],
        "adults": ["Shannon Robinson", "Kyle Marshall", "Pauline Marshall"],
        "criteria": ["police_protection"],
        "evidence": {"police_protection": "Officers placed Skye under a PPO"},
        "decision": "attend",
        "flags_required": ["tickbox_ambiguous"],
        "tags": ["docx-short", "ppo-police-protection", "both-boxes-ticked", "late-notice"],
        "notes": "'placed ... under a PPO' is police protection (L4) -> attend; both boxes ticked -> tickbox_ambiguous; 4 WD notice < 5 -> late_notice",
    }


def case07():
    body = """Dear Police colleague,

Please can you complete checks on the family below and confirm attendance at the Initial Child Protection Conference on Tuesday 22nd December 2026 at 10.00am (Wakefield One).

Children: Oliver Hartley (DOB 04/04/2020)
Mother: Amy Hartley
Father: Sam Hartley

Reason: physical abuse - Oliver presented at A&E with a burn to his hand. Police are investigating jointly with CSC.

Police attendance required: YES

Regards
Safeguarding and Review Unit
Wakefield Council"""
    return {
        "nn": "07", "district": "wakefield", "kind": "initial", "short": "body-checks-dmarc-fail-unverified",
        "received": D(2026, 12, 14, 7, 55), "sender": "sru.bookings@wakefield.gov.uk", "sender_name": "SRU Bookings",
        "subject": "Checks and attendance request - HARTLEY - ICPC 22/12",
        "body": body, "auth": "fail",
        "date": "2026-12-22", "time": "10:00", "tick": True, "harm": ["physical"],
        "children": [{"name": "Oliver Hartley", "date_of_birth": "2020-04-04"}],
        "adults": ["Amy Hartley", "Sam Hartley"],
        "criteria": ["current_investigation"],
        "evidence": {"current_investigation": "Police are investigating jointly with CSC"},
        "decision": "manual_review", "no_deadlines": True,
        "flags_required": ["unverified_sender"],
        "forbid_all": False, "flags_forbidden": ["cancelled", "not_an_invitation", "possible_duplicate", "rescheduled"],
        "tags": ["body-text", "dmarc-fail", "unverified-sender", "manual-review"],
        "notes": "genuine-looking wakefield.gov.uk sender but Authentication-Results reports dkim/dmarc fail -> unverified_sender -> manual_review whatever the content",
    }


CASES = [case01, case02, case03, case04, case05, case06, case07]
