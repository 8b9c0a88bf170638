"""Layout 90: review invitations carrying the last conference's summary: plan categories per
child, core-group membership (police in it or not, active or not), progress ratings, what has
happened since. The decision turns on core-group membership and on what is new."""
from common import D, DOCX, PDF, Docx, Pdf


def case01():
    d = Docx("Wakefield CYPS")
    d.header_footer(header="Wakefield SRU - Review CPC invitation - CD204417")
    d.heading("Invitation to Review Child Protection Conference", 1)
    d.table([["Date / time", "Tuesday 22nd December 2026, 10.00 - 12.00"], ["Venue", "Wakefield One, Room 1.04"],
             ["Review number", "1st review (ICPC held 29/09/2026)"], ["Chair", "Simon Ingham"]])
    d.heading("Summary of the last conference (29/09/2026)", 2)
    d.table([["Child", "DOB", "Plan category"], ["Connor Ward", "12/12/2012", "Physical abuse"], ["Evie Ward", "07/03/2015", "Emotional abuse"]], header=True)
    d.para("Parents: Donna Ward (mother), Kevin Ward (father, lives separately).")
    d.heading("Core group membership", 2)
    d.table([["Member", "Agency", "Attendance at core groups"],
             ["Rachel Scargill", "CYPS - social worker", "4/4"], ["Mrs Foley (DSL)", "Outwood Academy", "4/4"],
             ["DC Paul Beever", "WYP Child Safeguarding Unit", "3/4 - police actions in plan: monitor Mr Ward's bail conditions and share any breaches"],
             ["Donna Ward", "parent", "4/4"]], header=True)
    d.heading("Progress against the plan", 2)
    d.para("Scaling: 5/10 at ICPC, 6/10 at the last core group. Mr Ward remains on bail awaiting a CPS decision about the assault on Connor.")
    d.heading("Since the last conference", 2)
    d.para("No new incidents reported.")
    return {
        "nn": "01", "district": "wakefield", "kind": "review", "short": "word-review-police-active-core-group",
        "received": D(2026, 12, 8, 9, 50), "sender": "sru.reviews@wakefield.gov.uk", "sender_name": "SRU Reviews",
        "subject": "RCPC invitation - WARD - 22/12/2026",
        "body": "Please see attached invitation and summary for the first review conference.\n\nSRU Reviews Team, Wakefield Council",
        "attachments": [{"name": "RCPC invitation WARD.docx", "data": d.bytes(), "ctype": DOCX, "texts": d.texts}],
        "date": "2026-12-22", "time": "10:00", "tick": None, "harm": ["physical", "emotional"],
        "children": [{"name": "Connor Ward", "date_of_birth": "2012-12-12"}, {"name": "Evie Ward", "date_of_birth": "2015-03-07"}],
        "adults": ["Donna Ward", "Kevin Ward"],
        "criteria": ["core_group_member", "current_investigation"],
        "evidence": {"core_group_member": "police actions in plan: monitor Mr Ward's bail conditions and share any breaches", "current_investigation": "Mr Ward remains on bail awaiting a CPS decision about the assault on Connor"},
        "decision": "attend",
        "tags": ["docx-review-summary", "core-group-police-active", "bail-open", "review"],
        "notes": "police officer in the core group with plan actions and attendance (W5.1) -> attend; bail also keeps the investigation current",
    }


def case02():
    p = Pdf(header="Leeds ISU - Review Conference Invitation", footer="ISU 25-8812 | OFFICIAL-SENSITIVE")
    p.p("Invitation: Review Child Protection Conference", "h2")
    p.p("Monday 4 January 2027, 10am - Leeds Civic Hall (Banqueting Suite side room)")
    p.p("Children", "h3")
    p.table([["Name", "DOB", "Category at last conference"], ["Bailey Senior", "09/09/2014", "Physical"], ["Maya Senior", "27/11/2017", "Emotional"]], widths=[180, 110, 225])
    p.p("Parents/carers: Laura Senior (mother); Andrew Senior (father).")
    p.p("Summary of last review (06/07/2026)", "h3")
    p.p("Plan continued. The police investigation into Mr Senior's assault on Bailey ended in October 2026 with no further action (insufficient evidence).")
    p.p("Core group", "h3")
    p.table([["Member", "Status"], ["SW Hannah Cole", "active"], ["Bramley Park Academy", "active"],
             ["School nurse", "active"], ["Police - PC Kemp", "no longer involved since the NFA decision; removed from core group 02/11/2026"]], widths=[180, 335])
    p.p("Progress rating (0 = no progress, 10 = all outcomes met): 7", "n")
    p.p("Events since the last review", "h3")
    p.p("Nothing new. No incidents or police call-outs. Parents have completed the Freedom programme.")
    return {
        "nn": "02", "district": "leeds", "kind": "review", "short": "pdf-review-police-left-core-group-nfa",
        "received": D(2026, 12, 14, 9, 15), "sender": "isu.conferences@leeds.gov.uk", "sender_name": "ISU Conferences",
        "subject": "RCPC - SENIOR - 04/01/2027",
        "body": "Dear colleague,\n\nPlease find attached an invitation to the review conference with a summary of the last review.\n\nIntegrated Safeguarding Unit\nLeeds City Council",
        "attachments": [{"name": "RCPC SENIOR 040127.pdf", "data": p.bytes(), "ctype": PDF, "texts": p.texts}],
        "date": "2027-01-04", "time": "10:00", "tick": None, "harm": ["physical", "emotional"],
        "children": [{"name": "Bailey Senior", "date_of_birth": "2014-09-09"}, {"name": "Maya Senior", "date_of_birth": "2017-11-27"}],
        "adults": ["Laura Senior", "Andrew Senior"],
        "criteria": [],
        "decision": "report_only",
        "tags": ["pdf-review-summary", "police-in-core-group-list-but-inactive", "nfa-closed", "review", "bank-holidays"],
        "notes": "police named in the core-group table but 'no longer involved' and removed; investigation NFA; nothing new -> report_only",
    }


def case03():
    body = """Dear Colleague

REVIEW CHILD PROTECTION CONFERENCE: Kian Sutcliffe (DOB 02/02/2016), Holly Sutcliffe (DOB 15/06/2019)
Date: Tuesday 12 January 2027   Time: 2.00pm   Venue: Northgate House, Halifax

Summary from last conference (14/10/2026)
- Plan category: Neglect (both children)
- Core group: SW (Ayesha Malik), Todmorden CE Primary, health visitor, mother Zoe Sutcliffe, father Craig Sutcliffe
- Progress: some progress (amber)

What has happened since
- 22/12/2026: Holly told her teacher that her dad "hurt her bum" and "does secret touching". Police were informed the same day, Mr Sutcliffe was arrested on 23/12/2026 and has been released under investigation. A joint s47 enquiry with the police is under way.
- Mr Sutcliffe has moved to his mother's address.

Please provide an updated police report.

Conference Administrator
Calderdale Council"""
    return {
        "nn": "03", "district": "calderdale", "kind": "review", "short": "body-review-new-arrest-rui",
        "received": D(2027, 1, 4, 11, 0), "sender": "conference.admin@calderdale.gov.uk", "sender_name": "Conference Administrator",
        "subject": "RCPC Sutcliffe 12/01/2027 - updated police report requested",
        "body": body,
        "date": "2027-01-12", "time": "14:00", "tick": None, "harm": ["neglect"],
        "children": [{"name": "Kian Sutcliffe", "date_of_birth": "2016-02-02"}, {"name": "Holly Sutcliffe", "date_of_birth": "2019-06-15"}],
        "adults": ["Zoe Sutcliffe", "Craig Sutcliffe"],
        "criteria": ["current_investigation"],
        "evidence": {"current_investigation": "Mr Sutcliffe was arrested on 23/12/2026 and has been released under investigation"},
        "decision": "discuss",
        "flags_unscored": ["no_booking_form"],
        "tags": ["body-bullets", "review", "new-arrest-since-last-conference", "rui", "core-group-no-police"],
        "notes": "review; police not in core group; new arrest and RUI since the last conference is a significant event -> discuss (POLICY choice for Calderdale reviews)",
    }


def case04():
    d = Docx("Kirklees Children's Services")
    d.heading("KIRKLEES - REVIEW CHILD PROTECTION CONFERENCE", 1)
    d.para("You are invited to the review conference for the child below on Friday 18 December 2026 at 11:00 at Dewsbury Town Hall.")
    d.table([["Child", "Amber Lees (d.o.b. 20.10.2011)"], ["Mother", "Tracy Lees"], ["Father", "deceased"], ["Mother's partner", "Gavin Shaw"],
             ["Category", "Emotional abuse"], ["Review", "2nd review"]])
    d.heading("Outcome of last conference", 2)
    d.para("Plan to continue. Core group: SW, school, CAMHS, mum. Progress: limited.")
    d.heading("Update since last conference", 2)
    d.para("Amber has been reported missing five times since September. On two occasions she was found in a car with adult men who had given her vodka. The Kirklees exploitation hub completed a risk assessment on 27/11/2026 and Amber is now considered to be at medium risk of child sexual exploitation. A referral to the CSE sub-group has been made.")
    d.para("Police have been informed of each missing episode. No investigation has been opened.")
    return {
        "nn": "04", "district": "kirklees", "kind": "review", "short": "word-review-new-cse-risk",
        "received": D(2026, 12, 10, 16, 30), "sender": "conference.service@kirklees.gov.uk", "sender_name": "Conference Service",
        "subject": "Review CPC - LEES - 18/12/26",
        "body": "Please see attached invitation. Kind regards, Conference Service, Kirklees Council",
        "attachments": [{"name": "RCPC LEES.docx", "data": d.bytes(), "ctype": DOCX, "texts": d.texts}],
        "date": "2026-12-18", "time": "11:00", "tick": None, "harm": ["emotional"],
        "children": [{"name": "Amber Lees", "date_of_birth": "2011-10-20"}],
        "adults": ["Tracy Lees", "Gavin Shaw"],
        "criteria": ["child_sexual_exploitation"],
        "evidence": {"child_sexual_exploitation": "considered to be at medium risk of child sexual exploitation"},
        "decision": "discuss",
        "tags": ["docx-review", "cse-link-review", "no-investigation", "kirklees-wakefield-rules"],
        "notes": "review; CSE risk newly assessed (CSE link) and police not in core group -> discuss; 'No investigation has been opened' negates current_investigation",
    }


def case05():
    p = Pdf(header="BRADFORD CHILDREN AND FAMILIES TRUST", footer="RCPC/BD/44190")
    p.p("REVIEW CHILD PROTECTION CONFERENCE - NOTIFICATION", "h2")
    p.table([["Date", "21/01/2027"], ["Time", "10:00"], ["Venue", "Britannia House, Bradford"], ["Review no.", "3"]], widths=[150, 365])
    p.p("Family", "h3")
    p.table([["Name", "DOB", "Relationship", "Plan category"], ["Hamza Akram", "03/03/2013", "child", "Physical"],
             ["Sana Akram", "17/07/2015", "child", "Physical"], ["Farah Akram", "", "mother", ""], ["Asif Akram", "", "father", ""]], widths=[140, 90, 110, 175])
    p.p("Last conference decisions (15/07/2026)", "h3")
    p.p("Plan continued; core group to meet 6-weekly. Core group: SW Kate Brooksbank, Bradford Grammar School, school nurse, both parents.")
    p.p("Progress", "h3")
    p.p("Good progress (green). Parents completed the Triple P programme. The 2025 police investigation (NFA June 2025) is not repeated here; there have been no further incidents, no arrests and no police involvement since the last review.")
    p.p("Police", "h3")
    p.p("Police attendance requested:  No (written report)")
    return {
        "nn": "05", "district": "bradford", "kind": "review", "short": "pdf-review-good-progress-no-police",
        "received": D(2027, 1, 11, 10, 45), "sender": "rcpc.notifications@bradford.gov.uk", "sender_name": "RCPC Notifications",
        "subject": "RCPC notification - AKRAM - 21.01.2027",
        "body": "Please find notification attached.\n\nConference Team, Bradford Children and Families Trust",
        "attachments": [{"name": "RCPC-BD-44190.pdf", "data": p.bytes(), "ctype": PDF, "texts": p.texts}],
        "date": "2027-01-21", "time": "10:00", "tick": False, "harm": ["physical"],
        "children": [{"name": "Hamza Akram", "date_of_birth": "2013-03-03"}, {"name": "Sana Akram", "date_of_birth": "2015-07-17"}],
        "adults": ["Farah Akram", "Asif Akram"],
        "criteria": [],
        "decision": "report_only",
        "tags": ["pdf-review", "nfa-historical", "no-police-since", "attendance-no"],
        "notes": "review, no police in core group, earlier investigation NFA, nothing since; attendance 'No (written report)' -> report_only",
    }


def case06():
    d = Docx("Wakefield CYPS")
    d.header_footer(footer="Wakefield SRU | RCPC (pre-birth review) | CD219930")
    d.heading("Pre-birth Review Child Protection Conference - Invitation", 1)
    d.para("Date: Thursday 7 January 2027   Time: 1pm   Venue: Pinderfields Hospital, Seminar Room B")
    d.para("The pre-birth conference on 07/10/2026 made a child protection plan for the unborn baby (category: emotional abuse - domestic abuse). Baby Freddie was born on 03/12/2026; this is the first review.")
    d.table([["Child", "DOB"], ["Freddie Naylor", "03/12/2026"]], header=True)
    d.table([["Adults", "Relationship"], ["Kayla Naylor", "mother"], ["Josh Broadhead", "father (not living at home)"]], header=True)
    d.heading("Core group", 2)
    d.para("Social worker Priya Rana; midwife, then health visitor Sam Croft; Kayla Naylor; PC Hannah Lister (Domestic Abuse Safeguarding Officer), who has attended every core group and is named in the plan to monitor Mr Broadhead's bail conditions.")
    d.heading("Since the pre-birth conference", 2)
    d.para("Mr Broadhead remains on bail for the assault on Kayla in September; no contact breaches reported. No new incidents.")
    return {
        "nn": "06", "district": "wakefield", "kind": "review", "pre_birth": True, "short": "word-prebirth-review-da-officer-core-group",
        "received": D(2026, 12, 23, 10, 30), "sender": "sru.reviews@wakefield.gov.uk", "sender_name": "SRU Reviews",
        "subject": "Pre-birth review CPC - NAYLOR - 07/01/2027",
        "body": "Please find attached the invitation to the first (pre-birth) review conference.\n\nSRU Reviews Team\nWakefield Council",
        "attachments": [{"name": "PB review NAYLOR.docx", "data": d.bytes(), "ctype": DOCX, "texts": d.texts}],
        "date": "2027-01-07", "time": "13:00", "tick": None, "harm": ["emotional"],
        "children": [{"name": "Freddie Naylor", "date_of_birth": "2026-12-03"}],
        "adults": ["Kayla Naylor", "Josh Broadhead"],
        "criteria": ["core_group_member", "domestic_abuse_current_involvement"],
        "evidence": {"core_group_member": "PC Hannah Lister (Domestic Abuse Safeguarding Officer), who has attended every core group",
                     "domestic_abuse_current_involvement": "Mr Broadhead remains on bail for the assault on Kayla"},
        "decision": "attend",
        "tags": ["docx-review", "pre-birth-review", "core-group-police-active", "da-bail", "bank-holidays"],
        "notes": "pre-birth review (baby now born); DA officer is an active core-group member with plan actions -> attend; bail for assault on mother = DA with current police involvement (not current_investigation: assault on the mother, not the child)",
    }


def case07():
    body = """Dear Colleague,

RE: Review Child Protection Conference held on 14 December 2026 - Bethany Crowther (DOB 05/05/2016) and Ryan Crowther (DOB 30/01/2019)

I am writing to confirm the outcome of the Review Child Protection Conference which was held on 14 December 2026 at Northgate House, chaired by me.

Decision: the children will continue to be subject to child protection plans under the category of neglect.
Core group: SW Craig Feather, Siddal Primary, health visitor, Mrs Angela Crowther (mother). Police are not members of the core group.
Next core group: 05/01/2027. Next review conference: 15 June 2027 at 10.00am (an invitation will be sent nearer the time).

Thank you to West Yorkshire Police for the written report.

The minutes will follow within 20 working days.

Yours sincerely

Joanne Holroyd
Independent Chair
Calderdale Council"""
    return {
        "nn": "07", "district": "calderdale", "kind": "review", "short": "chairs-outcome-letter-not-invitation",
        "received": D(2026, 12, 15, 9, 20), "sender": "joanne.holroyd@calderdale.gov.uk", "sender_name": "Joanne Holroyd",
        "subject": "Outcome letter - RCPC 14/12/2026 - Crowther",
        "body": body,
        "date": None, "time": None, "tick": None, "harm": ["neglect"],
        "children": [{"name": "Bethany Crowther", "date_of_birth": "2016-05-05"}, {"name": "Ryan Crowther", "date_of_birth": "2019-01-30"}],
        "adults": ["Angela Crowther"],
        "criteria": [],
        "decision": "manual_review", "no_deadlines": True,
        "flags_required": ["not_an_invitation"],
        "flags_unscored": ["no_booking_form", "missing_reason", "missing_conference_date", "deadline_passed", "late_notice"],
        "tags": ["body-letter", "chairs-outcome-letter", "not-an-invitation", "next-review-date-distractor"],
        "notes": "chair's outcome letter after a held review, with next review date months away: not an invitation -> manual_review",
    }


CASES = [case01, case02, case03, case04, case05, case06, case07]
