"""Layout 1: Word booking form (family table with header row, agency grid, strike-through 'delete as appropriate')."""
from lib import *

TICK = "\u2713"
FAMILY_HDR = ["Name", "Date of birth", "Gender", "Ethnicity", "Relationship", "Address"]


def grid(rows):
    return [["Agency", "Attendance required", "Written report sufficient"]] + rows


def build(name, *, district, sender, local, subject, sent, received, body, blocks, fname, lab):
    texts = []
    data = docx_form(blocks, texts)
    msg = MIMEMultipart("mixed")
    headers(msg, district=district, sender_name=sender, sender_local=local, subject=subject,
            sent=sent, received=received)
    msg.attach(text_part(body))
    attach_bytes(msg, data, fname, "docx")
    lab["source_texts"] = [subject, body] + [l for l in body.split("\n") if l.strip()] + texts + [fname]
    write_case(name, msg, lab)


def common_head(council, unit, ref_label, ref):
    return [("p", "OFFICIAL-SENSITIVE"), ("h", "CHILD PROTECTION CONFERENCE BOOKING FORM"),
            ("p", f"{council} - {unit}"), ("p", f"{ref_label}: {ref}")]


# ------------------------------------------------------------------ a-01
def c01():
    rec = ts(2026, 12, 8, 10, 14)
    blocks = common_head("Wakefield Council", "Safeguarding and Review Unit", "CareDirector ID", "CD417702") + [
        ("pruns", [("Conference type (delete as appropriate): ", False), ("Initial", False), (" / ", False),
                   ("Review", True), (" / ", False), ("Transfer In", True)]),
        ("table", [["Date of conference", "Thursday 17th December 2026"], ["Start time", "10.00am"],
                   ["Venue", "Castleford Family Hub, Welbeck Street, Castleford"],
                   ["Chair", "Marian Stockdale"], ["Social worker", "Joel Batley"],
                   ["Category of concern", "Sexual abuse"]], False),
        ("p", "Section 2 - Family members (all children and adults in the household and significant others)"),
        ("table", [FAMILY_HDR,
                   ["Ruby-Mae Haigh", "12/06/2016", "F", "White British", "Subject child", "14 Aire View, Castleford WF10 2QT"],
                   ["Alfie Haigh", "03/02/2020", "M", "White British", "Subject child (half-brother)", "14 Aire View, Castleford WF10 2QT"],
                   ["Leanne Haigh", "27/09/1991", "F", "White British", "Mother", "14 Aire View, Castleford WF10 2QT"],
                   ["Darren Spurr", "15/01/1988", "M", "White British", "Stepfather", "c/o 3 Lock Lane, Normanton (bail address)"]], True),
        ("p", "Section 3 - Agencies invited"),
        ("table", grid([["Health Visiting", TICK, ""], ["Castleford Academy (DSL)", "", TICK],
                        ["West Yorkshire Police - Child and Public Protection Unit", TICK, ""],
                        ["GP - Castleford Medical Practice", "", TICK]]), True),
        ("h", "Reason for requesting conference"),
        ("p", "On 30/11/2026 Ruby-Mae told her teacher that her stepfather, Darren Spurr, had been coming into her bedroom at night and touching her. A joint section 47 investigation with West Yorkshire Police began the same day."),
        ("p", "Mr Spurr was arrested on 01/12/2026 and has been released on police bail with conditions not to live at or visit 14 Aire View and to have no contact with either child. An ABE interview with Ruby-Mae is planned for 10/12/2026."),
        ("p", "Ms Haigh believes Ruby-Mae and has agreed to a safety plan, but is struggling with the loss of household income."),
        ("p", "Form completed by Joel Batley, Social Worker, 07/12/2026"),
    ]
    body = ("Good morning,\n\nPlease find attached the booking form for an initial child protection conference for the "
            "HAIGH children. Details of the date, time and venue are on the form.\n\nThe police report should reach the chair "
            "three working days before the conference.\n\nThanks\nPaula Chadwick\nSafeguarding and Review Unit\nWakefield Council")
    lab = label(district="wakefield", kind="initial", pre_birth=False, date="2026-12-17", time="10:00", tick=True,
                harm=["sexual"], children=[("Ruby-Mae Haigh", "2016-06-12"), ("Alfie Haigh", "2020-02-03")],
                adults=["Leanne Haigh", "Darren Spurr"], criteria=["current_investigation"], decision="attend",
                received=rec.date(), source_texts=[], tags=["docx", "family-table-header", "agency-grid", "strike-through-kind",
                "district-wakefield", "initial", "tick-attend"],
                notes="joint s47 with police, stepfather arrested and on bail, ABE planned: current investigation of sexual abuse in the family (W1) -> attend")
    build("a-01-wakefield-icpc-docx-grid-bail-abe", district="wakefield", sender="Paula Chadwick", local="paula.chadwick",
          subject="OFFICIAL-SENSITIVE: ICPC booking form - HAIGH - CD417702", sent=rec - dt.timedelta(minutes=4), received=rec,
          body=body, blocks=blocks, fname="ICPC booking form HAIGH CD417702.docx", lab=lab)


# ------------------------------------------------------------------ a-02
def c02():
    rec = ts(2026, 12, 9, 14, 30)
    blocks = [("p", "OFFICIAL - SENSITIVE"), ("h", "Request to Convene a Child Protection Conference"),
              ("p", "Leeds City Council - Children and Families - Integrated Safeguarding Unit"),
              ("pruns", [("This request is for an ", False), ("Initial", False), (" / ", False), ("Review", True),
                         (" Child Protection Conference (delete as appropriate)", False)]),
              ("table", [["Conference date and time", "18/12/2026 at 1.30pm"], ["Location", "Reginald Centre, 263 Chapeltown Road, Leeds"],
                         ["Mosaic number", "M-6620184"], ["Category requested", "Neglect"]], False),
              ("pruns", [("Interpreter required: ", False), ("Yes", True), (" / ", False), ("No", False)]),
              ("p", "Household and family"),
              ("table", [FAMILY_HDR,
                         ["Tiana Lumb", "14/09/2018", "Female", "Mixed White/Black Caribbean", "Child", "Flat 6, Potternewton Court, Leeds LS7"],
                         ["Bailey Lumb", "22/05/2021", "Male", "Mixed White/Black Caribbean", "Child", "Flat 6, Potternewton Court, Leeds LS7"],
                         ["Ellis Lumb", "30/10/2023", "Male", "White British", "Child", "Flat 6, Potternewton Court, Leeds LS7"],
                         ["Kerry Lumb", "05/03/1995", "Female", "White British", "Mother", "Flat 6, Potternewton Court, Leeds LS7"],
                         ["Jordan Pickersgill", "11/07/1993", "Male", "White British", "Father of Ellis (lives separately, sees children weekly)", "Seacroft, Leeds LS14"]], True),
              ("p", "Professionals to be invited"),
              ("table", grid([["Health Visitor - Chapeltown", TICK, ""], ["Bracken Edge Primary School", TICK, ""],
                              ["West Yorkshire Police", "", TICK], ["Housing - Leeds Homes", "", TICK]]), True),
              ("h", "Summary of concerns leading to this request"),
              ("p", "Neglect. The flat has been found on four visits since October with no food in the cupboards, dog faeces on the floor and the children sleeping on a bare mattress. Ellis has been not brought to three health appointments and Tiana's school attendance is 71%."),
              ("p", "A strategy discussion was held on 02/12/2026 with West Yorkshire Police, health and children's social work. It was agreed that a single-agency section 47 enquiry would be completed by children's social work. There is no police investigation."),
              ("p", "Requested by: Sunita Rahman, Social Worker, Chapeltown Team"),
              ]
    body = ("Hello\n\nPlease see the attached request for an initial conference, LUMB children, Mosaic M-6620184.\n"
            "Conference on Friday 18 December 2026, 13:30, Reginald Centre.\n\nMany thanks\nISU Business Support\nLeeds City Council")
    lab = label(district="leeds", kind="initial", pre_birth=False, date="2026-12-18", time="13:30", tick=False,
                harm=["neglect"], children=[("Tiana Lumb", "2018-09-14"), ("Bailey Lumb", "2021-05-22"), ("Ellis Lumb", "2023-10-30")],
                adults=["Kerry Lumb", "Jordan Pickersgill"], criteria=[], decision="report_only", received=rec.date(),
                source_texts=[], tags=["docx", "family-table-header", "agency-grid", "strike-through", "district-leeds", "initial",
                "tick-report", "trap-category-neglect", "trap-strategy-discussion"],
                notes="neglect category and a strategy discussion with police are not criteria; single-agency s47; police row ticks written report -> report_only")
    build("a-02-leeds-icpc-docx-neglect-strategy-trap", district="leeds", sender="ISU Business Support", local="isu.businesssupport",
          subject="ICPC request - LUMB - 18/12/2026", sent=rec - dt.timedelta(minutes=3), received=rec, body=body, blocks=blocks,
          fname="LUMB ICPC request.docx", lab=lab)


# ------------------------------------------------------------------ a-03
def c03():
    rec = ts(2026, 12, 10, 9, 5)
    blocks = common_head("Calderdale Council", "Child Protection Administration", "LCS reference", "LCS1044857") + [
        ("pruns", [("Conference: ", False), ("Initial", False), (" / ", False), ("Review", True), (" / ", False), ("Pre-birth", True)]),
        ("table", [["Date", "22.12.2026"], ["Time", "10:30"], ["Venue", "Halifax Customer First, Horton Street, Halifax - Room 3"],
                   ["Conference chair", "Bernadette Kell"], ["Category", "Emotional abuse"]], False),
        ("table", [FAMILY_HDR,
                   ["Mason Wadsworth", "08/08/2024", "Male", "White British", "Subject child", "22 Pellon Lane, Halifax HX1"],
                   ["Nicole Farrar", "14/02/1999", "Female", "White British", "Mother", "22 Pellon Lane, Halifax HX1"],
                   ["Craig Wadsworth", "02/12/1990", "Male", "White British", "Father", "22 Pellon Lane, Halifax HX1"]], True),
        ("table", grid([["Health Visitor", TICK, ""], ["West Yorkshire Police", "", TICK], ["Adult Mental Health - Calderdale", TICK, ""]]), True),
        ("h", "Circumstances leading to the conference"),
        ("p", "Ms Farrar was admitted to hospital under the Mental Health Act on 27/11/2026 after a crisis at home in which she told the health visitor she could not keep Mason safe. The parents argue loudly and often in front of Mason, and he is described by nursery as withdrawn and very frightened of raised voices."),
        ("h", "Relevant history"),
        ("p", "In May 2021 Mr Wadsworth was arrested by West Yorkshire Police on suspicion of assaulting his son from a previous relationship, then aged 4. The investigation was concluded with no further action. There have been no further incidents of that kind."),
        ("p", "Completed by: Hollie Brear (Social Worker), 09/12/2026"),
    ]
    body = ("Dear colleagues,\n\nPlease find attached the booking form for an Initial Child Protection Conference for Mason Wadsworth "
            "on 22/12/2026 at 10:30.\n\nRegards\nCP Admin Team\nCalderdale MBC")
    lab = label(district="calderdale", kind="initial", pre_birth=False, date="2026-12-22", time="10:30", tick=False,
                harm=["emotional"], children=[("Mason Wadsworth", "2024-08-08")], adults=["Nicole Farrar", "Craig Wadsworth"],
                criteria=["prior_unit_involvement"], decision="attend", received=rec.date(), flags_required=["tickbox_conflict"],
                source_texts=[], tags=["docx", "agency-grid", "strike-through-kind", "district-calderdale", "initial", "tick-report",
                "prior-involvement", "tickbox-conflict"],
                notes="father arrested in 2021 for assaulting a child (NFA, no escalation): prior unit involvement, a Calderdale attend consideration; grid says written report -> tickbox_conflict")
    build("a-03-calderdale-icpc-docx-prior-arrest-conflict", district="calderdale", sender="CP Admin Team", local="cp.admin",
          subject="Initial CPC booking - WADSWORTH Mason - LCS1044857", sent=rec - dt.timedelta(minutes=2), received=rec, body=body,
          blocks=blocks, fname="Booking form - WADSWORTH.docx", lab=lab)


# ------------------------------------------------------------------ a-04
def c04():
    rec = ts(2026, 12, 14, 11, 20)
    blocks = common_head("Wakefield Council", "Safeguarding and Review Unit", "CareDirector ID", "CD390118") + [
        ("pruns", [("Conference type (delete as appropriate): ", False), ("Initial", True), (" / ", False), ("Review", False),
                   (" / ", False), ("Transfer In", True)]),
        ("table", [["Date of conference", "Wednesday 13 January 2027"], ["Start time", "2pm"], ["Venue", "Microsoft Teams"],
                   ["Review number", "Second review"], ["Category of plan", "Physical abuse"]], False),
        ("table", [FAMILY_HDR,
                   ["Sienna Firth", "19/03/2015", "F", "White British", "Child", "7 Church Lane, Ossett WF5"],
                   ["Chantelle Firth", "30/06/1990", "F", "White British", "Mother", "7 Church Lane, Ossett WF5"],
                   ["Ryan Ogden", "08/11/1987", "M", "White British", "Partner of mother", "7 Church Lane, Ossett WF5"]], True),
        ("table", grid([["West Yorkshire Police", TICK, ""], ["Ossett Academy", TICK, ""], ["School Nurse", "", TICK]]), True),
        ("h", "Reason for conference"),
        ("p", "Review of the child protection plan made at the initial conference on 18/06/2026 (physical abuse)."),
        ("h", "Core group and child protection plan"),
        ("p", "Core group members: Social Worker (Hayley Brook), School Nurse, Ossett Academy DSL, PC Owen Lister (West Yorkshire Police Safeguarding Unit), Ms Firth and Mr Ogden."),
        ("p", "Under the plan PC Lister carries out joint home visits with the social worker every fortnight and attends every core group meeting."),
        ("p", "Progress: Sienna reports feeling safer at home. Mr Ogden has completed the first part of a parenting programme."),
    ]
    body = ("Hi,\n\nAttached is the booking form for Sienna Firth's review conference in January.\n\nKind regards\n"
            "Safeguarding and Review Unit\nWakefield Council")
    lab = label(district="wakefield", kind="review", pre_birth=False, date="2027-01-13", time="14:00", tick=True,
                harm=["physical"], children=[("Sienna Firth", "2015-03-19")], adults=["Chantelle Firth", "Ryan Ogden"],
                criteria=["core_group_member"], decision="attend", received=rec.date(), source_texts=[],
                tags=["docx", "agency-grid", "strike-through-kind", "district-wakefield", "review", "tick-attend", "core-group"],
                notes="review where a named police officer is a core group member with active tasks in the plan (W5.1) -> attend")
    build("a-04-wakefield-rcpc-docx-police-core-group", district="wakefield", sender="SRU Admin", local="sru.admin",
          subject="Review CPC 13/01/2027 - FIRTH", sent=rec - dt.timedelta(minutes=1), received=rec, body=body, blocks=blocks,
          fname="RCPC booking form FIRTH.docx", lab=lab)


# ------------------------------------------------------------------ a-05
def c05():
    rec = ts(2026, 12, 15, 16, 40)
    blocks = [("p", "OFFICIAL-SENSITIVE"), ("h", "Transfer In Child Protection Conference - Booking Form"),
              ("p", "Leeds Children and Families - Integrated Safeguarding Unit"),
              ("table", [["Conference", "Transfer in conference"], ["Date", "Tuesday 5th January 2027"], ["Time", "10:00 - 11:30"],
                         ["Venue", "Merrion House, 110 Merrion Centre, Leeds LS2 8BB"],
                         ["Transferring authority", "Sheffield City Council (plan made 14/08/2026, category: emotional abuse)"]], False),
              ("table", [FAMILY_HDR,
                         ["Layla-Rose Bennett", "04/04/2019", "Female", "White British", "Child subject to plan", "31 Kirkstall Hill, Leeds LS5"],
                         ["Frankie Bennett", "19/08/2022", "Male", "White British", "Child subject to plan", "31 Kirkstall Hill, Leeds LS5"],
                         ["Gemma Bennett and Lee Corrigan", "21/01/1994 and 09/09/1992", "F / M", "White British", "Mother and her partner", "31 Kirkstall Hill, Leeds LS5"]], True),
              ("table", [["Agency", "Attendance required", "Written report sufficient"], ["Health Visitor - Kirkstall", TICK, ""],
                         ["Kirkstall Valley Primary", TICK, ""], ["Forward Leeds (drug and alcohol service)", TICK, ""]], True),
              ("pruns", [("West Yorkshire Police: attendance ", False), ("requested", False), (" / ", False), ("not requested", True),
                         ("  (delete as appropriate)", False)]),
              ("h", "Reason for the transfer in conference"),
              ("p", "The family moved from Sheffield to Leeds on 20/11/2026. The children have been subject to child protection plans in Sheffield under the category of emotional abuse because of both adults' heroin and crack cocaine use and the chaotic home life that results."),
              ("p", "South Yorkshire Police have had no involvement with the family during the plan. The chair would value a police view on the new address and associates."),
              ("p", "Social worker: Tomasz Nowak, Leeds West Social Work"),
              ]
    body = ("Good afternoon\n\nPlease find attached the booking form for a transfer in conference (BENNETT) on 05/01/2027 at 10am, "
            "Merrion House.\n\nRegards\nIntegrated Safeguarding Unit\nLeeds City Council")
    lab = label(district="leeds", kind="transfer_in", pre_birth=False, date="2027-01-05", time="10:00", tick=True,
                harm=["emotional"], children=[("Layla-Rose Bennett", "2019-04-04"), ("Frankie Bennett", "2022-08-19")],
                adults=["Gemma Bennett", "Lee Corrigan"], criteria=[], decision="discuss", received=rec.date(), source_texts=[],
                tags=["docx", "strike-through-police", "several-people-one-cell", "district-leeds", "transfer-in", "tick-attend",
                      "christmas-bank-holidays"],
                notes="transfer-in (counts as initial), no criterion, police attendance requested by striking 'not requested' -> discuss")
    build("a-05-leeds-transfer-in-docx-strike-police-requested", district="leeds", sender="Integrated Safeguarding Unit",
          local="isu", subject="Transfer In CPC - BENNETT - 05/01/2027", sent=rec - dt.timedelta(minutes=5), received=rec, body=body,
          blocks=blocks, fname="TI booking BENNETT.docx", lab=lab)


# ------------------------------------------------------------------ a-06
def c06():
    rec = ts(2026, 12, 16, 10, 0)
    blocks = [("p", "OFFICIAL-SENSITIVE"), ("h", "Kirklees Council - Child Protection Conference Booking Form"),
              ("p", "Safeguarding and Quality Assurance Unit"),
              ("pruns", [("Initial", False), (" / ", False), ("Review", True), (" conference (delete as appropriate)", False)]),
              ("table", [["Date of conference", "07/01/2027"], ["Time", "09:30"], ["Venue", "Civic Centre 1, Huddersfield"],
                         ["Category", "Emotional abuse"]], False),
              ("table", [FAMILY_HDR,
                         ["Amelia Shaw", "25/12/2012", "Female", "White British", "Child", "5 Longroyd Lane, Huddersfield HD1"],
                         ["Oscar Shaw", "17/07/2017", "Male", "White British", "Child", "5 Longroyd Lane, Huddersfield HD1"],
                         ["Danielle Shaw", "13/04/1989", "Female", "White British", "Mother", "5 Longroyd Lane, Huddersfield HD1"],
                         ["Pauline Shaw", "01/10/1961", "Female", "White British", "Maternal grandmother - current carer for Oscar", "12 Crosland Road, Huddersfield HD3"]], True),
              ("table", grid([["West Yorkshire Police", TICK, TICK], ["Huddersfield Grammar (DSL)", TICK, ""], ["CAMHS", "", TICK]]), True),
              ("h", "Reason for conference"),
              ("p", "Amelia has self-harmed twice this term and says home is unbearable; Ms Shaw's alcohol use has increased and she has told Amelia she wishes she had never had her. Oscar has been staying with his grandmother for most of the week since October."),
              ("p", "Ms Shaw experienced domestic abuse in a previous relationship which ended in 2018; that ex-partner has no contact with the family."),
              ]
    body = ("Morning,\n\nPlease see the attached booking form for the SHAW children, ICPC on 7th January 2027 at 9.30am, Civic Centre 1.\n\n"
            "Thanks\nConference Administration\nKirklees Council")
    lab = label(district="kirklees", kind="initial", pre_birth=False, date="2027-01-07", time="09:30", tick=None,
                harm=["emotional"], children=[("Amelia Shaw", "2012-12-25"), ("Oscar Shaw", "2017-07-17")],
                adults=["Danielle Shaw", "Pauline Shaw"], criteria=[], decision="discuss", received=rec.date(),
                flags_required=["tickbox_ambiguous"], source_texts=[],
                tags=["docx", "agency-grid", "both-ticked", "district-kirklees", "initial", "trap-historic-da", "wakefield-rules"],
                notes="Kirklees decided on Wakefield rules; no criterion (DA historical, ex-partner no contact); police row has both columns ticked -> tickbox_ambiguous, discuss")
    build("a-06-kirklees-icpc-docx-grid-both-ticked", district="kirklees", sender="Conference Administration",
          local="conference.admin", subject="ICPC - SHAW - 07.01.27", sent=rec - dt.timedelta(minutes=2), received=rec, body=body,
          blocks=blocks, fname="SHAW booking form.docx", lab=lab)


# ------------------------------------------------------------------ a-07
def c07():
    rec = ts(2026, 12, 18, 15, 10)
    blocks = common_head("Wakefield Council", "Safeguarding and Review Unit", "CareDirector ID", "CD421963") + [
        ("pruns", [("Conference type (delete as appropriate): ", False), ("Initial", False), (" / ", False), ("Review", True),
                   (" / ", False), ("Transfer In", True), ("    Pre-birth: ", False), ("Yes", False), (" / ", False), ("No", True)]),
        ("table", [["Date of conference", "22/12/2026"], ["Start time", "10:00"], ["Venue", "Pinderfields Hospital, Gate 12 meeting room"],
                   ["Category of concern", "Sexual abuse (risk of)"]], False),
        ("table", [FAMILY_HDR,
                   ["Unborn baby Sugden", "EDD 20/02/2027", "Not known", "White British", "Unborn child", "40 Kings Road, Wakefield WF1"],
                   ["Jade Sugden", "02/05/2007", "F", "White British", "Mother", "40 Kings Road, Wakefield WF1"],
                   ["Liam Crossley", "23/11/1996", "M", "White British", "Mother's partner, father of the baby", "40 Kings Road, Wakefield WF1"]], True),
        ("table", grid([["West Yorkshire Police", TICK, ""], ["Midwifery - Pinderfields", TICK, ""], ["Probation Service", TICK, ""]]), True),
        ("h", "Reason for requesting conference"),
        ("p", "Mr Crossley is a registered sex offender. He was convicted in 2022 of sexual activity with a child (a 14 year old girl) and is subject to notification requirements until 2032. He moved in with Ms Sugden in September 2026 and did not tell her of his conviction until the midwife raised it."),
        ("p", "Birth plan (draft): if the parents attempt to leave hospital with the baby before a plan is agreed, police protection may be used."),
    ]
    body = ("Apologies for the short notice - this pre-birth ICPC has had to be brought forward because of a possible early delivery.\n"
            "Booking form attached. Conference Tuesday 22 December, 10am, Pinderfields.\n\nSRU Admin\nWakefield Council")
    lab = label(district="wakefield", kind="initial", pre_birth=True, date="2026-12-22", time="10:00", tick=True,
                harm=["sexual"], children=[("Unborn baby Sugden", None)], adults=["Jade Sugden", "Liam Crossley"],
                criteria=["registered_sex_offender"], decision="attend", received=rec.date(),
                flags_required=["late_notice", "deadline_passed"], source_texts=[],
                tags=["docx", "pre-birth", "strike-through", "district-wakefield", "initial", "rso", "late-notice", "deadline-passed",
                      "trap-hypothetical-police-protection"],
                notes="RSO living in the household (W7) -> attend; PP in the birth plan is hypothetical; 2 WD notice < 5, report due 17/12 before receipt")
    build("a-07-wakefield-prebirth-docx-rso-late", district="wakefield", sender="SRU Admin", local="sru.admin",
          subject="URGENT pre-birth ICPC Tues 22/12 - SUGDEN", sent=rec - dt.timedelta(minutes=3), received=rec, body=body,
          blocks=blocks, fname="Pre-birth ICPC SUGDEN.docx", lab=lab)


if __name__ == "__main__":
    for f in (c01, c02, c03, c04, c05, c06, c07):
        f()
