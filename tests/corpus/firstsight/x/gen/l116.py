"""Layout 116: risk tools as the reason (DASH, MARAC, GCP2, exploitation screening, Brook, risk matrices)."""
from lib import *

L = "116"


def c01():
    rec, sent = D(2026, 11, 30, 14, 12), D(2026, 11, 30, 14, 4)
    subj = "OFFICIAL-SENSITIVE ICPC request SCARGILL CD441207 - Tues 08/12/26"
    body = ("Afternoon,\n\nPlease see the attached request for an initial conference for Ruby-Mae and Theo. "
            "Conference is booked for Tuesday 8th December at 10am, Room 2.14 Wakefield One (Teams option available).\n\n"
            "The social worker has pasted the DASH summary from the police PPN into the form - hope that is OK.\n\n"
            "Thanks\nMaxine\n\nMaxine Ackroyd | Business Support Officer\nSafeguarding and Review Unit | Wakefield Council\n"
            "Wakefield One, Burton Street, Wakefield WF1 2EB")
    form = [
        ("small", "OFFICIAL-SENSITIVE"),
        ("title", "Request for Child Protection Conference"),
        ("small", "Wakefield Council | Children and Young People's Service | Safeguarding and Review Unit"),
        ("kv", [("Conference", "Initial Child Protection Conference"), ("Date / time", "Tuesday 08/12/2026, 10:00"),
                ("Where", "Wakefield One, Room 2.14 (hybrid)"), ("CareDirector no.", "CD441207"),
                ("Chair", "Bernadette Oyelaran"), ("SW", "Callum Firth (Locality Team 3)"),
                ("Category the conference is requested under", "Emotional")]),
        ("h", "Children"),
        ("table", ["Name", "DOB", "Gender", "Setting"], [
            ["Ruby-Mae Scargill", "14/06/2020", "F", "Lupset Primary (Reception)"],
            ["Theo Scargill", "02/02/2024", "M", "not in a setting"]], [0.35, 0.15, 0.1, 0.4]),
        ("h", "Adults in the household / significant to the children"),
        ("table", ["Name", "Relationship", "DOB", "Address"], [
            ["Leanne Scargill", "Mum", "19/10/1995", "14 Lupset Crescent, Wakefield"],
            ["Craig Fenton", "Mum's partner, Theo's dad", "07/03/1991", "currently staying at his mother's, Eastmoor (bail address)"]],
         [0.25, 0.25, 0.15, 0.35]),
        ("h", "Why a conference is needed"),
        ("p", "Police have been called to the house three times since August. On 12/11/2026 officers attended after "
              "Mr Fenton put his hands round Ms Scargill's throat in the kitchen; Ruby-Mae was in the room and later told "
              "her teacher that 'daddy Craig squeezed mummy's neck'. Both children are living with a high level of fear "
              "and unpredictability at home."),
        ("h", "DASH risk identification checklist - summary (taken from the police PPN, officer PC 4471 Hollings, 12/11/2026)"),
        ("table", ["No.", "Question", "Answer", "Comment"], [
            ["1", "Has the current incident resulted in injury?", "Yes", "red marks to neck, scratch to cheek"],
            ["2", "Are you very frightened?", "Yes", "'I think he will kill me next time'"],
            ["7", "Is there conflict over child contact?", "No", ""],
            ["11", "Has the abuser ever attempted to strangle / choke / suffocate / drown you?", "Yes", "this incident and once before, not reported"],
            ["16", "Is the abuse getting worse?", "Yes", ""],
            ["24", "Has the abuser ever broken a bail condition, injunction or agreement?", "No", ""],
            ["27", "Is the abuser in trouble with the police or have a criminal history?", "Yes", "DA against a previous partner (Leeds, 2019)"],
            ["", "Total 'yes' answers", "16 / 27", "HIGH RISK - meets MARAC threshold (14)"]], [0.07, 0.45, 0.13, 0.35]),
        ("p", "Where things are now: Mr Fenton was charged with non-fatal strangulation on 13/11/2026 and is on court bail "
              "with conditions not to contact Ms Scargill or come to Lupset Crescent. Wakefield MARAC heard the case on "
              "26/11/2026. The IDVA (Jodie Marsh) and the police Domestic Abuse Safeguarding Officer, DC Ruth Holroyd, are both "
              "seeing Ms Scargill weekly to keep the safety plan going."),
        ("ticks", "West Yorkshire Police - please indicate", [(False, "Police attendance required"), (True, "Written report sufficient")]),
        ("kv", [("Form completed by", "Callum Firth"), ("Date", "27/11/2026")]),
    ]
    att, t = docx_att(form, "ICPC request - SCARGILL - CD441207.docx", author="Callum Firth")
    return case("01", "wakefield", "initial", "dash-marac-bail-report-ticked",
                headers=lambda cid: council_headers(cid, from_name="Maxine Ackroyd", from_addr="maxine.ackroyd@wakefield.gov.uk",
                                                    to=to_box("wakefield"), subject=subj, sent=sent, received=rec,
                                                    relay_host="mail1.wakefield.gov.uk", marking="OFFICIAL-SENSITIVE"),
                mime=("mixed", [cover(body, html_too=False), att]), texts=[subj, body] + t, received=rec,
                label=dict(district="wakefield", kind="initial", date="2026-12-08", time="10:00", tick=False,
                           harm=["emotional"], children=[("Ruby-Mae Scargill", "2020-06-14"), ("Theo Scargill", "2024-02-02")],
                           adults=["Leanne Scargill", "Craig Fenton"], criteria=["domestic_abuse_current_involvement", "prior_unit_involvement"],
                           decision="attend", flags_required=["tickbox_conflict"], flags_unscored=["no_booking_form"],
                           tags=["docx-table", "dash-summary", "marac", "district-wakefield", "initial", "tick-report", "tickbox-conflict"],
                           notes="DASH 16/27 high risk, MARAC heard 26/11, charged and on court bail, DA officer and IDVA working with mum: "
                                 "serious DA with current police involvement (Wakefield item 6) -> attend despite 'written report sufficient'. "
                                 "The strangulation is of the mother, so no current_investigation of abuse of the child."))


def c02():
    rec, sent = D(2026, 12, 1, 9, 5), D(2026, 12, 1, 8, 58)
    subj = "[SECURE] Conference request - ARMITAGE - ICPC 10.12.26"
    intro = ("Good morning,\n\nAn Initial Child Protection Conference has been arranged for Kian and Lacey Armitage on "
             "Thursday 10 December 2026 at 1.30pm, Merrion House (room 7.03) or via Teams.\n\n"
             "The request and the Graded Care Profile summary are attached. A police report to the ISU is required; the "
             "social worker has indicated on the request whether attendance is needed.\n\n"
             "Regards\n\nShabana Qureshi\nBusiness Support | Integrated Safeguarding Unit | Leeds City Council")
    form = [
        ("small", "OFFICIAL - SENSITIVE PERSONAL"),
        ("title", "Leeds Children and Families - Conference Request and Graded Care Profile 2 Summary"),
        ("kv", [("Conference type", "ICPC"), ("Conference date", "10/12/2026"), ("Time", "13:30"),
                ("Venue", "Merrion House, room 7.03 / MS Teams"), ("Mosaic person IDs", "2288174, 2288175"),
                ("Independent Chair", "Andrzej Nowicki"), ("Social worker", "Hollie Dunwell, Seacroft/Manston cluster"),
                ("Category requested", "Neglect")]),
        ("h", "Family"),
        ("table", ["Name", "Role", "Date of birth"], [
            ["Kian Armitage", "child", "09/09/2016"], ["Lacey Armitage", "child", "27/03/2019"],
            ["Donna Armitage", "mother (PR)", "30/01/1990"],
            ["Lee Brook", "father (PR) - lives in Halton Moor, sees the children on Saturdays", "12/12/1986"]],
         [0.35, 0.45, 0.2]),
        ("h", "Graded Care Profile 2 - completed 17/11/2026 (HD with Ms Armitage)"),
        ("p", "Grades run from 1 (child's needs are all met) to 5 (needs are not met, child-centred care absent)."),
        ("table", ["Area", "Grade", "What we saw"], [
            ["Physical care (nutrition, housing, clothing, hygiene, health)", "4",
             "Cupboards empty on 3 of 4 visits; no beds for either child - both sleep on a mattress in the lounge; Lacey's dental abscess untreated for weeks."],
            ["Care of safety", "4", "Children found alone in the house by a PCSO on a welfare call (29/10/2026) for about an hour while mum was at the shop and a friend's."],
            ["Love and care", "3", "Warm when present; little emotional availability when low."],
            ["Stimulation and education", "3", "Kian's attendance 71% this term."],
            ["Overall", "4", "Needs are not reliably met; care is mostly adult-centred at the moment."]],
         [0.3, 0.1, 0.6]),
        ("h", "Police"),
        ("p", "West Yorkshire Police attended the strategy discussion on 13/11/2026. The welfare check on 29/10/2026 was "
              "discussed with the CPPU, who advised that the circumstances do not meet the threshold for a criminal "
              "investigation of wilful neglect; there is no police investigation and no other police involvement with "
              "the family. Section 47 enquiries were completed by Children's Social Work Service as a single agency."),
        ("ticks", "Attendance of West Yorkshire Police at conference", [(False, "Required"), (True, "Not required - written report will be sufficient")]),
        ("kv", [("Completed by", "Hollie Dunwell"), ("Date", "24/11/2026")]),
    ]
    att, t = pdf_att(form, "ARMITAGE ICPC request and GCP2 summary.pdf", author="Hollie Dunwell",
                     header="OFFICIAL - SENSITIVE PERSONAL", footer="Leeds City Council - Children and Families")
    return case("02", "leeds", "initial", "gcp2-neglect-no-police",
                headers=lambda cid: council_headers(cid, from_name="Shabana Qureshi", from_addr="shabana.qureshi@leeds.gov.uk",
                                                    to=to_box("leeds"), subject=subj, sent=sent, received=rec,
                                                    relay_host="smtp-out2.leeds.gov.uk", marking="OFFICIAL-SENSITIVE"),
                mime=("mixed", [cover(intro), att]), texts=[subj, intro] + t, received=rec,
                label=dict(district="leeds", kind="initial", date="2026-12-10", time="13:30", tick=False, harm=["neglect"],
                           children=[("Kian Armitage", "2016-09-09"), ("Lacey Armitage", "2019-03-27")],
                           adults=["Donna Armitage", "Lee Brook"], criteria=[], decision="report_only",
                           tags=["pdf-table", "gcp2", "district-leeds", "initial", "tick-report", "no-criterion", "safe-report-only"],
                           notes="GCP2 grade 4 neglect; the only police fact is a PCSO welfare check and the CPPU's advice that the "
                                 "wilful-neglect threshold is NOT met (negated); single-agency s47; report sufficient -> report_only"))


def c03():
    rec, sent = D(2026, 12, 10, 16, 40), D(2026, 12, 10, 16, 31)
    subj = "ICPC - CROSSLEY, Tyler-Jay - Wed 16th Dec 10:00"
    intro = ("Hello CPPU,\n\nInvitation below to an initial child protection conference for Tyler-Jay Crossley. "
             "The exploitation screening tool completed by the Youth Justice worker is copied in under the booking details "
             "because the chair asked for it to go to all agencies.")
    form = [
        ("title", "Initial Child Protection Conference"),
        ("kv", [("Young person", "Tyler-Jay Crossley, born 15/04/2011"), ("Lives with", "Kerry Crossley (mother) and Imran Aslam (mother's husband)"),
                ("Address", "22 Brackenbed Lane, Keighley"), ("Date", "Wednesday 16 December 2026"), ("Time", "10.00 - 12.00"),
                ("Venue", "Britannia House, Bradford - Conference Room B"), ("Chair", "Rukhsana Begum, Independent Reviewing Officer"),
                ("Social Worker", "Nathan Hird, Keighley Assessment Team"), ("Category", "Physical abuse (risk of significant harm outside the home)")]),
        ("h", "Exploitation Screening Tool - summary of ratings (completed 24/11/2026 by Jade Lister, Youth Justice Service)"),
        ("table", ["Domain", "Rating", "Evidence"], [
            ["Criminal exploitation / county lines", "HIGH",
             "Found by officers at an address in Keighley being used to deal crack cocaine; had 3 wraps, £360 and two phones. Says he owes 'the lads' £900. Missing 6 times since September, twice found in Burnley."],
            ["Sexual exploitation", "No indicators",
             "Screening questions completed with Tyler-Jay and with mum; nothing to suggest sexual exploitation at this time."],
            ["Online harm", "Low", "Uses Snapchat with peers only as far as known."],
            ["Radicalisation", "Not assessed", ""]], [0.25, 0.15, 0.6]),
        ("p", "Tyler-Jay was arrested on 19/11/2026 for possession with intent to supply and has been released under "
              "investigation. A referral to the National Referral Mechanism has been made as a potential victim of criminal "
              "exploitation, and Bradford's Child Exploitation Hub is involved. There are no concerns about how mum or Mr Aslam "
              "treat him at home; both are working with us."),
        ("kv", [("Police", "Please send a written report to the Safeguarding and Reviewing Unit."),
                ("Contact", "bsru.conferences@bradford.gov.uk / 01274 438412")]),
    ]
    node, t = blocks_body(intro, form, "Many thanks\n\nAmeena Rauf\nSafeguarding and Reviewing Unit\nChildren's Services | City of Bradford Metropolitan District Council")
    return case("03", "bradford", "initial", "cce-screening-tool-no-cse",
                headers=lambda cid: council_headers(cid, from_name="Ameena Rauf", from_addr="ameena.rauf@bradford.gov.uk",
                                                    to=to_box("bradford"), subject=subj, sent=sent, received=rec,
                                                    relay_host="mailgw1.bradford.gov.uk"),
                mime=node, texts=[subj] + t, received=rec,
                label=dict(district="bradford", kind="initial", date="2026-12-16", time="10:00", tick=None, harm=["physical"],
                           children=[("Tyler-Jay Crossley", "2011-04-15")], adults=["Kerry Crossley", "Imran Aslam"],
                           criteria=[], decision="report_only", flags_unscored=["no_booking_form"],
                           tags=["html-body", "exploitation-tool", "cce-not-cse", "rui-of-child", "district-bradford", "initial", "tick-absent", "no-criterion"],
                           notes="Bradford -> Wakefield rules. Criminal exploitation rated HIGH but CSE 'No indicators'; the RUI is Tyler-Jay's "
                                 "own drugs arrest, not an investigation of abuse within the family; no tick -> report_only under POLICY "
                                 "(a DS might still ring the chair, but nothing in POLICY makes this attend/discuss)"))


def c04():
    rec, sent = D(2026, 12, 18, 11, 20), D(2026, 12, 18, 11, 14)
    subj = "Invitation: Initial Child Protection Conference - SYKES - 05/01/2027"
    intro = ("Dear colleague,\n\nYou are invited to an Initial Child Protection Conference for Phoebe and Jacob Sykes. "
             "Please note the conference is the first week back after Christmas - reports to the chair by Wednesday 30 December please.")
    form = [
        ("kv", [("Type", "Initial CP Conference"), ("Date", "Tuesday 5th January 2027"), ("Start", "10.30am"),
                ("Place", "Civic Centre 1, Huddersfield - 3rd floor meeting room (or Teams)"),
                ("Chair", "Colette Bamforth"), ("Social worker", "Rhys Oldroyd (Duty & Assessment, Dewsbury)")]),
        ("table", ["Child / adult", "DOB", "Relationship"], [
            ["Phoebe Sykes", "11/01/2020", "subject child"], ["Jacob Sykes", "30/05/2013", "subject child (brother)"],
            ["Gemma Sykes", "04/04/1988", "mother"], ["Martin Sykes", "22/09/1985", "father"]], [0.4, 0.2, 0.4]),
        ("h", "Reason for conference"),
        ("p", "Sexual harm within the family: Phoebe (6) has described her brother Jacob (13) making her touch him. "
              "School and mum have used the Brook Traffic Light tool to record what has been seen:"),
        ("table", ["Behaviour", "Seen / reported by", "Traffic light"], [
            ["Jacob persistently trying to be alone with Phoebe in the bathroom and her bedroom", "Mum", "RED"],
            ["Jacob making Phoebe touch his genitals (Phoebe's account to her teacher, 16/11/2026)", "School", "RED"],
            ["Jacob looking at pornography on his phone late at night", "Mum", "AMBER"],
            ["Phoebe asking about 'where babies come from'", "Mum", "GREEN"]], [0.55, 0.2, 0.25]),
        ("p", "Kirklees CPPU are investigating (OIC DC Tom Waddington). Phoebe was ABE interviewed on 20/11/2026 and Jacob "
              "attended a voluntary interview with an appropriate adult on 27/11/2026; a decision on any charge is awaited. "
              "Jacob is staying with his paternal grandmother in Birstall under a safety plan."),
        ("kv", [("Police attendance at conference", "Yes - requested by the chair"),
                ("Category", "Sexual abuse")]),
    ]
    node, t = blocks_body(intro, form, "Kind regards\n\nJodie Crowther\nChild Protection and Review Team\nKirklees Council")
    return case("04", "kirklees", "initial", "brook-traffic-light-abe",
                headers=lambda cid: council_headers(cid, from_name="Jodie Crowther", from_addr="jodie.crowther@kirklees.gov.uk",
                                                    to=to_box("kirklees"), subject=subj, sent=sent, received=rec,
                                                    relay_host="mx-out.kirklees.gov.uk"),
                mime=node, texts=[subj] + t, received=rec,
                label=dict(district="kirklees", kind="initial", date="2027-01-05", time="10:30", tick=True, harm=["sexual"],
                           children=[("Phoebe Sykes", "2020-01-11"), ("Jacob Sykes", "2013-05-30")], adults=["Gemma Sykes", "Martin Sykes"],
                           criteria=["current_investigation"], decision="attend", flags_unscored=["no_booking_form"],
                           tags=["html-body", "brook-traffic-light", "district-kirklees", "initial", "tick-attend", "christmas-working-days"],
                           notes="Kirklees -> Wakefield rules (say so in reasons). Police investigating sibling sexual abuse within the family, "
                                 "ABE done, charge decision awaited -> current_investigation -> attend. Working days span 25/12, 28/12 and 01/01."))


def c05():
    rec, sent = D(2026, 12, 21, 10, 15), D(2026, 12, 21, 10, 2)
    subj = "RCPC GREENWOOD 14.01.27 - risk matrix attached"
    body = ("Hi\n\nMaisie Greenwood's second review conference is on Thursday 14 January 2027 at 2pm at Northgate House "
            "(hybrid). The social worker's updated risk matrix is attached - it replaces the one from the last review.\n\n"
            "Children: Maisie Greenwood (DOB 02/08/2012)\nParent/carers: Natalie Greenwood (mum), Carol Greenwood (maternal gran, lives with them)\n"
            "Chair: Imogen Sutcliffe\nLCS: LCS774410\n\n"
            "Regards\nDarren Whiteley\nCP Admin Team | Calderdale Council | Northgate House, Halifax")
    matrix = [
        ("small", "OFFICIAL-SENSITIVE"),
        ("title", "Child Protection Plan - Risk Matrix (review)  -  Maisie Greenwood"),
        ("p", "Likelihood and impact each scored 1-5; score = L x I. 15+ red, 8-14 amber, under 8 green. Updated 18/12/2026 by Faye Ingleby (SW)."),
        ("table", ["Risk", "L", "I", "Score", "RAG", "Update since last review"], [
            ["Sexual exploitation by older males (Halifax town centre / Range Bank flat)", "4", "5", "20", "RED",
             "Maisie has been found twice at a flat on Range Bank with men in their twenties who give her vapes and alcohol. "
             "The sexual exploitation screening tool was re-scored as 'significant' on 19/11/2026 and she is open to the Calderdale Exploitation Team."],
            ["Going missing from home", "4", "4", "16", "RED", "5 missing episodes since October, return interviews done by Checkpoint."],
            ["School attendance", "3", "3", "9", "AMBER", "Attendance 64%; part-time timetable at Brighouse High."],
            ["Mum's alcohol use", "2", "3", "6", "GREEN", "Mum is engaging with Calderdale Recovery Steps; no concerns raised at home visits."]],
         [0.24, 0.05, 0.05, 0.07, 0.08, 0.51]),
        ("p", "Police are not members of the core group and there are no police actions in the plan."),
    ]
    att, t = pdf_att(matrix, "Risk matrix GREENWOOD Dec 26.pdf", landscape_page=True, author="Faye Ingleby",
                     header="OFFICIAL-SENSITIVE  |  Calderdale Council Children's Social Care")
    return case("05", "calderdale", "review", "risk-matrix-cse-red",
                headers=lambda cid: council_headers(cid, from_name="Darren Whiteley", from_addr="darren.whiteley@calderdale.gov.uk",
                                                    to=to_box("calderdale"), subject=subj, sent=sent, received=rec,
                                                    relay_host="mx-out.calderdale.gov.uk"),
                mime=("mixed", [cover(body, html_too=False), att]), texts=[subj, body] + t, received=rec,
                label=dict(district="calderdale", kind="review", date="2027-01-14", time="14:00", tick=None, harm=None,
                           children=[("Maisie Greenwood", "2012-08-02")], adults=["Natalie Greenwood", "Carol Greenwood"],
                           criteria=["child_sexual_exploitation"], decision="discuss", flags_unscored=["no_booking_form"],
                           tags=["pdf-landscape", "risk-matrix", "rag", "district-calderdale", "review", "tick-absent"],
                           notes="Review; sexual-exploitation row red and screening tool 'significant' = a CSE link (Calderdale 'compelling reason'); "
                                 "police not in core group -> discuss"))


def c06():
    rec, sent = D(2027, 1, 6, 11, 2), D(2027, 1, 6, 10, 55)
    subj = "[SECURE] Pre-birth ICPC - Baby KOWALSKI (unborn) - 20/01/2027"
    body = """OFFICIAL-SENSITIVE

Good morning

Pre-birth initial child protection conference - details as follows.

Date:   Wednesday 20 January 2027
Time:   10:00 - 12:00
Venue:  Microsoft Teams (link from the ISU the day before)
Chair:  Marcus Achebe
SW:     Priya Lodhi, Leeds West Pre-Birth Team
Mosaic: 3301957

Unborn:   Baby Kowalski, EDD 01/03/2027
Mother:   Julia Kowalski (DOB 08/07/2002), Flat 6, Kirkstall Court, Leeds LS5
Father of the baby: Dean Hepworth (DOB 19/11/1992), stays at the flat four or five nights a week

Why we are holding a conference
Dean Hepworth was convicted in 2022 of sexual activity with a 15-year-old girl. He is subject to the notification requirements of the Sexual Offences Act 2003 until 2032 and is managed by a police Offender Manager in the Leeds MOSOVO team. Julia knew of the conviction but not the detail until the Offender Manager completed a disclosure with her in December.

Risk assessments pasted from the strategy discussion record (18/12/2026):
  ARMS (Active Risk Management System), October 2026 - overall risk: MEDIUM; protective factors limited
  Risk Matrix 2000/S - MEDIUM
  Pre-birth parenting assessment (Priya Lodhi) - not yet complete; Julia has engaged with two of five sessions

Category requested: Sexual (risk of)

Police attendance - not stated on the referral; please advise the chair.

Thanks
Kelly-Ann Mortimer
Integrated Safeguarding Unit | Leeds City Council
0113 378 0921"""
    return case("06", "leeds", "prebirth-initial", "arms-risk-matrix-notification",
                headers=lambda cid: council_headers(cid, from_name="Kelly-Ann Mortimer", from_addr="kelly-ann.mortimer@leeds.gov.uk.cjsm.net",
                                                    to=to_box("leeds"), subject=subj, sent=sent, received=rec, cjsm=True,
                                                    relay_host="smtp-out2.leeds.gov.uk"),
                mime=cover(body, html_too=False), texts=[subj, body], received=rec,
                label=dict(district="leeds", kind="initial", pre_birth=True, date="2027-01-20", time="10:00", tick=None, harm=["sexual"],
                           children=[("Baby Kowalski", None)], adults=["Julia Kowalski", "Dean Hepworth"],
                           criteria=["registered_sex_offender", "prior_unit_involvement"], decision="attend", flags_unscored=["no_booking_form"],
                           tags=["plain-text", "cjsm", "arms", "risk-matrix-2000", "district-leeds", "pre-birth", "initial", "tick-absent"],
                           notes="Father of the unborn baby stays at the flat and is subject to SOA 2003 notification requirements, managed by "
                                 "MOSOVO (an RSO, never called 'RSO' in the text) -> Leeds item 6 -> attend"))


def c07():
    rec, sent = D(2026, 12, 3, 13, 30), D(2026, 12, 3, 13, 21)
    subj = "MARAC 10/12/2026 - research request - case 27 LUMB/WRAY"
    intro = ("Hi all,\n\nPlease find below the research request for case 27 on the agenda for Wakefield MARAC on Thursday "
             "10 December 2026 (10am, Teams). Could agencies return research by 12 noon Tuesday 8 December using the usual template.\n\n"
             "Police colleagues - Wakefield CPPU copied as the children are open to Children's Social Care.")
    form = [
        ("h", "MARAC research request - case 27"),
        ("kv", [("Victim", "Shannon Lumb (DOB 03/05/1998)"), ("Perpetrator", "Kyle Wray (DOB 28/08/1996)"),
                ("Children in household", "Ava Lumb (DOB 17/09/2022)"), ("Referring agency", "West Yorkshire Police (DA Safeguarding)"),
                ("DASH score", "19 - high risk"), ("Repeat MARAC", "Yes - 2nd referral in 12 months")]),
        ("p", "Summary from referrer: On 28/11/2026 Mr Wray kicked the front door in at 3am and assaulted Ms Lumb with Ava present. "
              "He was arrested and has been bailed not to attend Eastmoor Road. Ava is subject to a child protection plan (category emotional) "
              "and her next review conference will be arranged by the Safeguarding and Review Unit."),
        ("table", ["Agency", "Research returned"], [["Police", "pending"], ["Children's Social Care", "pending"],
                                                    ["Health (Mid Yorks)", "pending"], ["Housing (WDH)", "pending"], ["IDVA service", "pending"]]),
    ]
    node, t = blocks_body(intro, form, "Thank you\n\nLorraine Senior\nMARAC Co-ordinator | Safer Communities | Wakefield Council")
    return case("07", "wakefield", "marac", "research-request-not-invitation",
                headers=lambda cid: council_headers(cid, from_name="Lorraine Senior", from_addr="lorraine.senior@wakefield.gov.uk",
                                                    to="Wakefield MARAC agencies <wakefield.marac.agencies@wakefield.gov.uk>",
                                                    subject=subj, sent=sent, received=rec, relay_host="mail1.wakefield.gov.uk",
                                                    extra=[("Cc", to_box("wakefield"))]),
                mime=node, texts=[subj] + t, received=rec,
                label=dict(district="wakefield", kind=None, date=None, time=None, tick=None, harm=None,
                           children=[("Ava Lumb", "2022-09-17")], adults=["Shannon Lumb", "Kyle Wray"], criteria=None,
                           decision="manual_review", flags_required=["not_an_invitation"], no_deadlines=True,
                           flags_unscored=["no_booking_form", "missing_conference_date", "missing_reason"],
                           tags=["html-body", "marac", "not-an-invitation", "district-wakefield"],
                           notes="A MARAC research request, not a conference invitation (it only says a review 'will be arranged'): "
                                 "manual_review with not_an_invitation, even though DASH 19 and bail would make a DA conference an attend. "
                                 "criteria left unscored (null)."))


if __name__ == "__main__":
    run([c01(), c02(), c03(), c04(), c05(), c06(), c07()], L)
