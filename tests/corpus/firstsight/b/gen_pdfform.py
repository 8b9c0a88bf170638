"""Layout 7: PDF booking/referral form of ruled tables, compound labels, numbered entries,
drawn check boxes (square + two drawn lines) bound to option text."""
import datetime as dt
from lib import Pdf, build_email, write_label, kid, PDF

W2 = [175, 340]
W4 = [120, 137, 120, 138]

def form(title, sub, marking, conf_rows, people_sections, reason_rows, police_row, extra_rows=(), footer=None):
    p = Pdf(title=title, author="Children's Services")
    p.right(marking, bold=True)
    p.text(title, size=13, bold=True)
    p.text(sub, size=9)
    p.y -= 4
    p.table([["**Part 1 - Conference details"]] + conf_rows, W2, shade_first_col=True)
    for head, rows in people_sections:
        p.table([["**" + head]] + rows, W2, shade_first_col=True)
    p.table([["**Part 3 - Reason for conference"]] + reason_rows, W2, shade_first_col=True)
    p.table([["**Part 4 - West Yorkshire Police"]] + police_row, W2, shade_first_col=True)
    if extra_rows:
        p.table([["**Part 5 - Other information"]] + list(extra_rows), W2, shade_first_col=True)
    if footer:
        p.para(footer, size=8)
    return p

def kinds(sel):
    return {"boxes": [(k == sel, k) for k in ("Initial", "Review", "Transfer in", "Pre-birth")]}

def cats(sel):
    return {"boxes": [(k in sel, k) for k in ("Neglect", "Physical", "Sexual", "Emotional")]}

def police(req, rep, label1="Police attendance at conference required", label2="Written report sufficient"):
    return [["Police contribution (tick one)", {"boxes": [(req, label1), (rep, label2)], "vertical": True}]]

def email_texts(subject, body, fname, p):
    return [subject, body] + [x for x in body.split("\n\n") if x.strip()] + [fname] + p.texts

CASES = []
def case(f): CASES.append(f); return f

@case
def b_07a():
    name = "b-07a-wakefield-icpc-pdf-ruled-current-investigation-tick-conflict"
    rec = dt.datetime(2026, 12, 1, 9, 12)
    p = form("Child Protection Conference Request and Booking Form", "Wakefield Council - Children and Young People's Service - Safeguarding and Review Unit", "OFFICIAL-SENSITIVE",
        [["Type of conference", kinds("Initial")],
         ["Date and time of conference", "Wednesday 09/12/2026 at 10:00"],
         ["Venue", "Castleford Civic Centre, Ferrybridge Road, Castleford"],
         ["Chair / social worker", "Helen Marsden (Chair) / Owen Barraclough (SW)"],
         ["CareDirector reference", "CD441027"]],
        [("Part 2a - Children subject to this request",
          [["Name and date of birth of child (Child 1)", "Ellie-Mae Crossley - 04/02/2016"],
           ["Name and date of birth of child (Child 2)", "Ruby Crossley - 21/07/2019"]]),
         ("Part 2b - Household members",
          [["Household member 1: name and relationship", "Gemma Crossley, mother"],
           ["Household member 2: name and relationship", "Liam Stott, mother's partner (currently not living at the address - see bail conditions)"]]),
         ("Part 2c - Parents / carers living elsewhere",
          [["Parent/carer 1: name and relationship", "Dean Crossley, father of both children (lives in Pontefract, alternate weekends)"]])],
        [["Category of concern", cats({"Sexual"})],
         ["Reason for requesting conference", "On 25/11/2026 Ellie-Mae told her teacher that Liam Stott had touched her private parts when her mother was at work. A joint section 47 investigation with police is under way. Mr Stott was arrested on 26/11/2026, interviewed and released on police bail with conditions not to live at the family home or have contact with the children. An ABE interview with Ellie-Mae is planned for next week."],
         ["Strengths", "Ms Crossley believed Ellie-Mae straight away and has agreed a safety plan. Mr Crossley has increased his contact to support the girls."]],
        police(False, True),
        [["Interpreter / access needs", "None"]],
        footer="Please return reports to the Conference Chair via the Safeguarding and Review Unit no later than three working days before the conference.")
    pdf = p.bytes()
    fname = "CPC request CD441027.pdf"
    body = ("Hello\n\nPlease see the attached booking form for an initial child protection conference (CROSSLEY).\n\n"
            "Thanks\nLorraine Eastwood\nSafeguarding and Review Unit, Wakefield Council")
    subj = "ICPC booking form - CROSSLEY - CD441027"
    build_email(name, "wakefield", "Lorraine Eastwood", "sru.conferences", subj, body, [(fname, pdf, PDF)], rec)
    write_label(name, district="wakefield", kind="initial", pre_birth=False, date="2026-12-09", time="10:00",
        tick=False, harm=["sexual"], children=[kid("Ellie-Mae Crossley", "04/02/2016"), kid("Ruby Crossley", "21/07/2019")],
        adults=["Gemma Crossley", "Liam Stott", "Dean Crossley"], criteria=["current_investigation"], decision="attend",
        received=rec, texts=email_texts(subj, body, fname, p), flags_required=["tickbox_conflict"],
        tags=["pdf-ruled-table", "drawn-checkbox", "compound-label", "district-wakefield", "initial", "tick-report", "tickbox-conflict"],
        notes="joint s47 with police, arrest, bail, ABE planned: current investigation of sexual abuse in the family -> attend although 'written report sufficient' is ticked (tickbox_conflict)")

@case
def b_07b():
    name = "b-07b-leeds-icpc-pdf-ruled-wilful-neglect-attend"
    rec = dt.datetime(2026, 12, 10, 13, 30)
    p = form("Integrated Safeguarding Unit - Request for Initial Child Protection Conference", "Leeds City Council Children and Families", "OFFICIAL-SENSITIVE",
        [["Type of conference", kinds("Initial")],
         ["Date / time", "18.12.2026  09:30"],
         ["Venue", "St George House, 40 Great George Street, Leeds LS1 3DL - Room 2"],
         ["Social worker and team", "Hannah Fairburn, Leeds East CP team"]],
        [("Part 2 - Family composition",
          [["Child 1 - full name / date of birth", "Kai Whitaker / 19.09.2022"],
           ["Child 2 - full name / date of birth", "Sienna Whitaker / 11.11.2024"],
           ["Parent/carer 1 - name, relationship", "Natalie Whitaker, mother"],
           ["Parent/carer 2 - name, relationship", "Aaron Whitaker, father"]])],
        [["Category requested", cats({"Neglect"})],
         ["Summary of concerns and reason", "Sienna was admitted to Leeds General Infirmary on 2 December 2026 severely malnourished and dehydrated, weighing well below the expected range for her age. When police and the social worker visited, the home had no heating, no food for the children and Kai was found alone in a cold bedroom. Police are actively investigating suspected wilful neglect (section 1 Children and Young Persons Act 1933) by both parents; the officer in the case is DC Farooq Hussain."],
         ["Current arrangements", "Both children are staying with their paternal aunt under a safety plan while the assessment continues."]],
        police(True, False),
        [["Parents informed of conference", {"boxes": [(True, "Yes"), (False, "No")]}]])
    pdf = p.bytes()
    fname = "ICPC request - Whitaker.pdf"
    body = ("Dear CPPU,\n\nPlease find attached an ICPC request for the WHITAKER children. Conference date 18/12/2026.\n\n"
            "Kind regards,\nFaye Lockwood\nIntegrated Safeguarding Unit")
    subj = "ICPC - WHITAKER - 18/12/2026 [OFFICIAL-SENSITIVE]"
    build_email(name, "leeds", "Faye Lockwood", "isu.conferences", subj, body, [(fname, pdf, PDF)], rec)
    write_label(name, district="leeds", kind="initial", pre_birth=False, date="2026-12-18", time="09:30",
        tick=True, harm=["neglect"], children=[kid("Kai Whitaker", "19/09/2022"), kid("Sienna Whitaker", "11/11/2024")],
        adults=["Natalie Whitaker", "Aaron Whitaker"], criteria=["wilful_neglect_investigation"], decision="attend",
        received=rec, texts=email_texts(subj, body, fname, p),
        tags=["pdf-ruled-table", "drawn-checkbox", "numbered-entries", "district-leeds", "initial", "tick-attend", "wilful-neglect"],
        notes="police actively investigating s1 CYPA 1933 wilful neglect (Leeds item 3) -> attend")

@case
def b_07c():
    name = "b-07c-calderdale-icpc-pdf-ruled-cce-not-cse-neither-ticked"
    rec = dt.datetime(2026, 12, 7, 10, 0)
    p = form("Referral for Initial Child Protection Conference", "Calderdale Council - Children and Young People's Services - Child Protection Administration", "OFFICIAL - SENSITIVE",
        [["Conference type", kinds("Initial")],
         ["Date and start time", "Tuesday 15 December 2026, 2pm"],
         ["Venue", "Halifax Town Hall, Committee Room B"]],
        [("Part 2 - People",
          [["Name and date of birth of child (Child 1)", "Tyler Ackroyd 02/05/2010"],
           ["Household member 1 - name / relationship", "Michelle Ackroyd / mother"],
           ["Household member 2 - name / relationship", "Shane Ackroyd / brother (aged 19)"]])],
        [["Category of concern", cats({"Physical", "Emotional"})],
         ["Why is a conference needed?", "Tyler has been going missing for several days at a time. On 26 November 2026 he was found by North Yorkshire Police during a welfare check at a flat in Scarborough that was being used to supply drugs (cuckooing), and was brought home. The exploitation team believe he is being criminally exploited through a county line run from Bradford and an NRM referral has been made. There are no indicators of sexual exploitation. Ms Ackroyd is struggling to keep him at home and has been threatened by older youths who came to the house."]],
        police(False, False, "Police to attend conference", "Written report only"),
        [["Interpreter needed", {"boxes": [(False, "Yes"), (True, "No")]}]])
    pdf = p.bytes()
    fname = "ICPC referral ACKROYD.pdf"
    body = ("Good morning,\n\nAttached is the referral form for an Initial Child Protection Conference for Tyler ACKROYD.\n\n"
            "Regards\nMartin Sowden\nCP Administration | Calderdale Council")
    subj = "ICPC referral - ACKROYD"
    build_email(name, "calderdale", "Martin Sowden", "cp.admin", subj, body, [(fname, pdf, PDF)], rec)
    write_label(name, district="calderdale", kind="initial", pre_birth=False, date="2026-12-15", time="14:00",
        tick=None, harm=["physical", "emotional"], children=[kid("Tyler Ackroyd", "02/05/2010")],
        adults=["Michelle Ackroyd", "Shane Ackroyd"], criteria=[], decision="report_only",
        received=rec, texts=email_texts(subj, body, fname, p), flags_required=["tickbox_ambiguous"],
        tags=["pdf-ruled-table", "drawn-checkbox", "district-calderdale", "initial", "tick-neither", "trap-cce-not-cse"],
        notes="criminal exploitation / county lines is not CSE (negated), police only found him on a welfare check; neither police box marked -> report_only with tickbox_ambiguous")

@case
def b_07d():
    name = "b-07d-wakefield-icpc-pdf-ruled-both-ticked-neglect-discuss"
    rec = dt.datetime(2026, 12, 16, 11, 0)
    p = form("Child Protection Conference Request and Booking Form", "Wakefield Council - Children and Young People's Service - Safeguarding and Review Unit", "OFFICIAL-SENSITIVE",
        [["Type of conference", kinds("Initial")],
         ["Date and time of conference", "Tues 5th January 2027 - 1.00pm"],
         ["Venue", "MS Teams (link sent separately)"],
         ["Category", "Neglect"]],
        [("Part 2a - Children subject to this request",
          [["Name and date of birth of child", "Child 1: Logan Firth, 27/08/2017\nChild 2: Maisie Firth, 14/12/2020\nChild 3: Oscar Firth, 09/03/2023"]]),
         ("Part 2b - Household members",
          [["Household member 1: name and relationship", "Kirsty Firth, mother"],
           ["Household member 2: name and relationship", "Paul Gledhill, maternal grandfather"]])],
        [["Category of concern", cats({"Neglect"})],
         ["Reason for requesting conference", "Persistent neglect over two years despite a child in need plan: the children are often dirty and hungry at school, Logan's attendance is 71%, Oscar's speech delay has not been followed up and the house has been found with dog faeces on the floors. Ms Firth says she is overwhelmed since her father moved in after a stroke. There has been no police involvement with the family."]],
        police(True, True))
    pdf = p.bytes()
    fname = "Booking form - FIRTH.pdf"
    body = ("Please find attached booking form for ICPC - FIRTH - Tuesday 5 January 2027.\n\n"
            "Note the office is closed from 25 December to 1 January.\n\nDarren Walsh\nSafeguarding and Review Unit")
    subj = "ICPC FIRTH 05/01/2027"
    build_email(name, "wakefield", "Darren Walsh", "darren.walsh", subj, body, [(fname, pdf, PDF)], rec)
    write_label(name, district="wakefield", kind="initial", pre_birth=False, date="2027-01-05", time="13:00",
        tick=None, both_marked=True, harm=["neglect"],
        children=[kid("Logan Firth", "27/08/2017"), kid("Maisie Firth", "14/12/2020"), kid("Oscar Firth", "09/03/2023")],
        adults=["Kirsty Firth", "Paul Gledhill"], criteria=[], decision="discuss",
        received=rec, texts=email_texts(subj, body, fname, p), flags_required=["tickbox_ambiguous"],
        tags=["pdf-ruled-table", "drawn-checkbox", "several-children-one-cell", "district-wakefield", "initial", "tick-both",
              "trap-category-neglect", "bank-holidays"],
        notes="'Category: neglect' is not a wilful-neglect investigation, no criterion; both police boxes marked -> discuss (Wakefield 4.6), tickbox_ambiguous; report due skips Christmas/New Year bank holidays")

@case
def b_07e():
    name = "b-07e-bradford-icpc-pdf-ruled-rso-lodger-attend"
    rec = dt.datetime(2026, 12, 4, 14, 40)
    p = form("Initial Child Protection Conference - Conference Request", "Bradford Children's Social Care - Conference and Reviewing Service", "OFFICIAL-SENSITIVE",
        [["Type of conference", kinds("Initial")],
         ["Date and time", "Monday 14 December 2026 at 10.30 am"],
         ["Venue", "Britannia House, Bradford"]],
        [("Part 2 - Child and household",
          [["Name and date of birth of child (Child 1)", "Jacob Holmes (13/01/2015)"],
           ["Household member 1 - name and relationship", "Claire Holmes - mother"],
           ["Household member 2 - name and relationship", "Kevin Lister - lodger"]])],
        [["Category of concern", cats({"Sexual"})],
         ["Reason for conference", "Ms Holmes has taken in a lodger, Kevin Lister, who is a registered sex offender (convicted in 2019 of sexual activity with a child) and is subject to notification requirements until 2029. He has lived at the address since October 2026 and did not tell his offender manager that a child lives there. Ms Holmes has refused to ask him to leave."]],
        police(True, False))
    pdf = p.bytes()
    fname = "Conference request HOLMES.pdf"
    body = ("Dear colleague\n\nPlease find attached the conference request for Jacob HOLMES. The conference is on 14/12/2026.\n\n"
            "Conference and Reviewing Service\nBradford Council")
    subj = "OFFICIAL-SENSITIVE - ICPC request - HOLMES"
    build_email(name, "bradford", "Conference and Reviewing Service", "conference.service", subj, body, [(fname, pdf, PDF)], rec)
    write_label(name, district="bradford", kind="initial", pre_birth=False, date="2026-12-14", time="10:30",
        tick=True, harm=["sexual"], children=[kid("Jacob Holmes", "13/01/2015")],
        adults=["Claire Holmes", "Kevin Lister"], criteria=["registered_sex_offender"], decision="attend",
        received=rec, texts=email_texts(subj, body, fname, p),
        tags=["pdf-ruled-table", "drawn-checkbox", "name-(dob)", "district-bradford", "initial", "tick-attend", "rso", "wakefield-rules"],
        notes="an RSO lodges in the household; Bradford has no policy file so Wakefield rules (item 7) -> attend")

@case
def b_07f():
    name = "b-07f-leeds-prebirth-pdf-ruled-historical-da-report-only"
    rec = dt.datetime(2026, 12, 14, 10, 0)
    p = form("Integrated Safeguarding Unit - Request for Initial Child Protection Conference", "Leeds City Council Children and Families", "OFFICIAL-SENSITIVE",
        [["Type of conference", kinds("Pre-birth")],
         ["Date / time", "21.12.2026  13:30"],
         ["Venue", "Seacroft Hub, Meeting Room 1"],
         ["Social worker and team", "Ravinder Gill, Leeds North East"]],
        [("Part 2 - Family composition",
          [["Child 1 - full name / date of birth", "Unborn baby Pearson / EDD 02.03.2027"],
           ["Parent/carer 1 - name, relationship", "Jade Pearson, mother"],
           ["Parent/carer 2 - name, relationship", "Tom Ellis, father"]])],
        [["Category requested", cats({"Neglect"})],
         ["Summary of concerns and reason", "Ms Pearson (20) has a moderate learning disability and was herself in care. Her first child was adopted in 2021 because of neglect. In a previous relationship she was a victim of domestic abuse and was heard at MARAC in 2019; that relationship ended in 2020 and the former partner now lives in Devon and has no contact. No domestic abuse has been reported in her relationship with Mr Ellis, and police hold no current information about the couple. The conference will consider whether the baby will need a plan because of the risk of neglect."]],
        police(False, True))
    pdf = p.bytes()
    fname = "Pre-birth ICPC request - Pearson.pdf"
    body = ("Dear CPPU,\n\nPlease find attached a pre-birth ICPC request (PEARSON), conference Monday 21/12/2026 at 1.30pm.\n\n"
            "Kind regards,\nFaye Lockwood\nIntegrated Safeguarding Unit")
    subj = "Pre-birth ICPC - PEARSON - 21/12/2026"
    build_email(name, "leeds", "Faye Lockwood", "isu.conferences", subj, body, [(fname, pdf, PDF)], rec)
    write_label(name, district="leeds", kind="initial", pre_birth=True, date="2026-12-21", time="13:30",
        tick=False, harm=["neglect"], children=[kid("Unborn baby Pearson", None)],
        adults=["Jade Pearson", "Tom Ellis"], criteria=[], decision="report_only",
        received=rec, texts=email_texts(subj, body, fname, p),
        tags=["pdf-ruled-table", "drawn-checkbox", "district-leeds", "pre-birth", "initial", "tick-report", "trap-historical-da", "trap-negated"],
        notes="DA and MARAC are historical (2019, previous partner, no contact) and negated now; written report ticked -> report_only")

@case
def b_07g():
    name = "b-07g-calderdale-rcpc-pdf-ruled-new-arrest-discuss"
    rec = dt.datetime(2026, 12, 8, 9, 45)
    p = form("Child Protection Review Conference - Notification", "Calderdale Council - Children and Young People's Services - Child Protection Administration", "OFFICIAL - SENSITIVE",
        [["Conference type", kinds("Review")],
         ["Date and start time", "22/12/2026 - 10:00"],
         ["Venue", "Northgate House, Halifax - Room 5"],
         ["Date of previous conference", "23/09/2026"]],
        [("Part 2 - People",
          [["Name and date of birth of child (Child 1)", "Reece Ingham 15/10/2011"],
           ["Name and date of birth of child (Child 2)", "Layla Ingham 06/06/2013"],
           ["Parent/carer 1 - name / relationship", "Kerry Ingham / mother"],
           ["Parent/carer 2 - name / relationship", "Gary Ingham / father"]])],
        [["Plan category", cats({"Emotional"})],
         ["Reason for review / significant events", "Review of the plan made in September (emotional abuse arising from parental conflict and alcohol misuse). Significant event since the last conference: on 20 November 2026 Reece was punched in the face by his father. Mr Ingham was arrested the same night and is on police bail with conditions not to attend the family home; the police investigation is continuing."],
         ["Core group membership", "Social worker, Brighouse High School, Layla's primary school, school nurse, CAMHS, both parents."]],
        police(False, True))
    pdf = p.bytes()
    fname = "RCPC notification INGHAM.pdf"
    body = ("Good morning\n\nPlease find attached notification of the review child protection conference for Reece and Layla INGHAM.\n\n"
            "Regards\nSarah Greenwood\nChild Protection Administration")
    subj = "RCPC notification - INGHAM - 22/12/2026"
    build_email(name, "calderdale", "Sarah Greenwood", "cp.admin", subj, body, [(fname, pdf, PDF)], rec)
    write_label(name, district="calderdale", kind="review", pre_birth=False, date="2026-12-22", time="10:00",
        tick=False, harm=["emotional"], children=[kid("Reece Ingham", "15/10/2011"), kid("Layla Ingham", "06/06/2013")],
        adults=["Kerry Ingham", "Gary Ingham"], criteria=["current_investigation"], decision="discuss",
        received=rec, texts=email_texts(subj, body, fname, p),
        tags=["pdf-ruled-table", "drawn-checkbox", "district-calderdale", "review", "tick-report", "significant-event", "not-core-group"],
        notes="review, police not in core group; new arrest and bail for assault on the child is a current police matter (significant event) -> discuss")

if __name__ == "__main__":
    for f in CASES:
        f()
        print("ok", f.__name__)
