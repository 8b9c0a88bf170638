"""Layout 38: a Word invitation letter ('Dear Colleague') as one attachment, the booking form as a
second attachment, and distractor attachments (agenda, the previous conference's minutes naming
professionals and an older conference date, a privacy notice)."""
import datetime as dt
from lib import *

ADDR = {"wakefield": ["Safeguarding and Review Unit", "Children and Young People's Service", "Wakefield One, Burton Street", "Wakefield WF1 2EB"],
        "leeds": ["Integrated Safeguarding Unit", "Children and Families", "Merrion House, 110 Merrion Centre", "Leeds LS2 8BB"],
        "calderdale": ["Child Protection Administration", "Children and Young People's Services", "Northgate House, Northgate", "Halifax HX1 1UN"],
        "kirklees": ["Safeguarding and Quality Assurance Unit", "Children's Services", "Civic Centre 1, High Street", "Huddersfield HD1 2NF"],
        "bradford": ["Child Protection Conference Team", "Children's Social Care", "Margaret McMillan Tower, Princes Way", "Bradford BD1 1NN"]}
COUNCIL = {"wakefield": "Wakefield Council", "leeds": "Leeds City Council", "calderdale": "Calderdale Council",
           "kirklees": "Kirklees Council", "bradford": "City of Bradford Metropolitan District Council"}


def letter(c, district, *, date, ref, re_lines, paras, signer, role, enclosures):
    d = docx_new()
    dpara(c, d, COUNCIL[district], bold=True, size=14)
    for l in ADDR[district]:
        dpara(c, d, l)
    dpara(c, d, "OFFICIAL-SENSITIVE", bold=True)
    dpara(c, d, f"Our ref: {ref}")
    dpara(c, d, f"Date: {date}")
    dpara(c, d, "To: All invitees (see distribution list)")
    dpara(c, d, "Dear Colleague", )
    for l in re_lines:
        dpara(c, d, l, bold=True)
    for p in paras:
        dpara(c, d, p)
    dpara(c, d, "Yours sincerely")
    dpara(c, d, signer)
    dpara(c, d, role)
    dpara(c, d, "Enclosures:", bold=True)
    for e in enclosures:
        dpara(c, d, e, style="List Bullet")
    return docx_bytes(d)


def kv_form(c, title, subtitle, rows, sections, strike=None):
    """Word booking form: a two-column field/detail table then headed free-text sections.
    strike: (label, [(option, struck), ...]) -> 'delete as appropriate' line with struck-through options"""
    d = docx_new()
    dpara(c, d, title, bold=True, size=13)
    dpara(c, d, subtitle)
    t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
    for k, v in rows:
        cells = t.add_row().cells
        cells[0].text = k; cells[1].text = v
        cells[0].paragraphs[0].runs[0].bold = True
        c.t(k); c.t(v); c.t(f"{k} {v}")
    for head, paras in sections:
        dpara(c, d, head, bold=True)
        for p in paras:
            dpara(c, d, p)
    if strike:
        p = d.add_paragraph()
        r = p.add_run(strike[0] + " "); r.bold = True
        c.t(strike[0])
        for i, (opt, struck) in enumerate(strike[1]):
            if i:
                p.add_run(" / ")
            r = p.add_run(opt)
            r.font.strike = struck
            c.t(opt)
        c.t(p.text)
    return docx_bytes(d)


def agenda(c, district, title_line, date_line):
    items = ["Introductions and apologies", "Confidentiality statement and purpose of the meeting",
             "Reports from agencies (social care, health, education, police, others)", "Views of the child(ren) and parents",
             "Analysis: what are we worried about, what is working well", "Decision: is the child at continuing risk of significant harm?",
             "Category of plan, core group membership and first core group date", "Date of next review"]
    d = docx_new()
    dpara(c, d, f"{COUNCIL[district]} - Child Protection Conference Agenda", bold=True, size=13)
    dpara(c, d, title_line)
    dpara(c, d, date_line)
    for i, it in enumerate(items, 1):
        dpara(c, d, f"{i}. {it}")
    return docx_bytes(d)


def minutes(c, district, title, paras):
    return simple_pdf(c, f"{COUNCIL[district]} - {title}", paras)


def privacy(c, district):
    return simple_pdf(c, f"{COUNCIL[district]} - Privacy notice: child protection conferences", [
        "WHY WE HOLD YOUR INFORMATION",
        "The council holds information about children and families to carry out its duties under the Children Act 1989 and the Children Act 2004. Information shared at a child protection conference is confidential and is shared only with agencies who need it to protect children.",
        "WHO WE SHARE IT WITH",
        "Conference reports, minutes and plans are shared with parents and the agencies invited, which may include health services, schools, the police, probation and housing. Police reports may be withheld from parents where disclosure would prejudice an investigation.",
        "HOW LONG WE KEEP IT",
        "Child protection records are kept until the youngest child's 25th birthday or for 75 years for looked-after children.",
        "YOUR RIGHTS",
        "You may ask for a copy of the information we hold about you. Contact the Information Governance Team."])


def cover(c, lines):
    for l in lines:
        c.t(l)
    return "\n".join(lines)


def c01():
    c = Case("38-01", "wakefield-rcpc-letter-pack-police-core-group")
    recv = dt.datetime(2026, 12, 7, 14, 20)
    let = letter(c, "wakefield", date="07/12/2026", ref="SRU/CD402218/R1", re_lines=[
        "Re: Review Child Protection Conference - Isla Barraclough (DOB 03/11/2014) and Alfie Barraclough (DOB 21/01/2017)"],
        paras=["I am writing to invite you to the first Review Child Protection Conference for the above children, which will be held on Thursday 17 December 2026 at 1.00pm in Room 3.14, Wakefield One, Burton Street, Wakefield. The conference will be chaired by Simon Outhwaite.",
               "Please provide a written report to the Conference Chair at least three working days before the conference, using the Signs of Safety report template. Parents will be given an opportunity to read agency reports before the meeting unless the author asks otherwise.",
               "If you are unable to attend, please send apologies to the Safeguarding and Review Unit and make sure your report is submitted on time."],
        signer="Simon Outhwaite", role="Child Protection Conference Chair",
        enclosures=["Booking form", "Agenda", "Minutes of the Initial Child Protection Conference held on 17 September 2026", "Privacy notice"])
    bf = kv_form(c, "REVIEW CONFERENCE BOOKING FORM", "Wakefield Safeguarding and Review Unit - to be read with the covering letter", [
        ("Conference", "Review Child Protection Conference (1st review)"), ("Date", "17/12/2026"), ("Time", "13:00"),
        ("Venue", "Wakefield One, Room 3.14"), ("CareDirector ID", "CD402218"), ("Chair", "Simon Outhwaite"),
        ("Social worker", "Kate Moorhouse"), ("Category of plan", "Physical abuse"),
        ("Children", "Isla Barraclough (03/11/2014); Alfie Barraclough (21/01/2017)"),
        ("Parents / carers", "Leanne Barraclough (mother); Shane Barraclough (father) - living with paternal grandmother at 8 Flanshaw Lane, Wakefield"),
        ("Police attendance", "Required - police are core group members")],
        [("Progress since the initial conference", [
            "Mr Barraclough remains on police bail following his arrest for assaulting Isla; the police investigation is ongoing and a CPS charging decision is awaited.",
            "PC Sam Heald of the Wakefield Safeguarding Unit is a member of the core group. The child protection plan gives the police two actions: to monitor Mr Barraclough's bail conditions and to share any breach with the social worker the same day. PC Heald has attended every core group meeting."]),
         ("Core group members", ["Kate Moorhouse (SW), PC Sam Heald (WYP), Jane Ellison (school nurse), Alverthorpe St Paul's DSL, Ms Barraclough."])])
    mins = minutes(c, "wakefield", "Minutes: Initial Child Protection Conference, 17 September 2026", [
        "Children: Isla Barraclough, Alfie Barraclough. Chair: Simon Outhwaite. Minute taker: Carol Nettleton.",
        "Present: Leanne Barraclough (mother), Kate Moorhouse (social worker), DC Ravi Chauhan (West Yorkshire Police), Jane Ellison (school nurse), Mrs P Senior (DSL).",
        "BACKGROUND",
        "On 09/09/2026 the children were placed in police protection after Isla was found with a bleeding lip and bruising to her neck following an argument at home. Mr Barraclough was arrested.",
        "DECISION",
        "Both children to be subject to child protection plans under the category of physical abuse. First core group 01/10/2026. Review conference to be held by 17/12/2026."])
    ag = agenda(c, "wakefield", "Review Child Protection Conference - BARRACLOUGH", "Thursday 17 December 2026, 1.00pm, Wakefield One")
    pn = privacy(c, "wakefield")
    body = cover(c, ["Good afternoon,", "", "Please find attached the invitation letter and papers for the review conference for the Barraclough children.", "",
                     "Carol Nettleton", "Business Support | Safeguarding and Review Unit | Wakefield Council"])
    msg = build_email(c, from_="Carol Nettleton <carol.nettleton@wakefield.gov.uk>", to=MAILBOX["wakefield"],
                      subject="OFFICIAL-SENSITIVE - RCPC papers - BARRACLOUGH", date=recv, body=body, attachments=[
                          ("Invitation letter - Barraclough RCPC.docx", let, DOCX), ("Booking form - Barraclough.docx", bf, DOCX),
                          ("Agenda.docx", ag, DOCX), ("ICPC minutes 17.09.2026 - Barraclough.pdf", mins, PDF),
                          ("Privacy notice - CP conferences.pdf", pn, PDF)])
    lab = label(c, district="wakefield", kind="review", date="2026-12-17", time="13:00", tick=True, harm=["physical"],
                children=[("Isla Barraclough", "2014-11-03"), ("Alfie Barraclough", "2017-01-21")],
                adults=["Leanne Barraclough", "Shane Barraclough"],
                criteria=["core_group_member", "current_investigation", "prior_unit_involvement"], decision="attend",
                received=recv.date(),
                tags=["word-letter", "letter-pack", "distractor-minutes", "district-wakefield", "review", "tick-attend", "core-group"],
                notes="review: police are core group members with plan actions -> attend; bail = current investigation; the September police protection is in the old minutes only (historical at this review)")
    return c, msg, lab


def c02():
    c = Case("38-02", "leeds-icpc-letter-pack-cse-old-plan-minutes")
    recv = dt.datetime(2026, 12, 9, 10, 10)
    let = letter(c, "leeds", date="08/12/2026", ref="ISU/MOS3390127", re_lines=["Re: Initial Child Protection Conference - Tia Robshaw"],
                 paras=["You are invited to an Initial Child Protection Conference for Tia Robshaw (DOB 08/03/2011), to be held on Friday 18 December 2026 at 10.00am at Merrion House, Room 5.02, or by Microsoft Teams.",
                        "Please send your written report to the Integrated Safeguarding Unit no later than 24 hours prior to the conference.",
                        "The minutes of the review conference held in March 2024, when Tia and her brother were last subject to child protection plans, are enclosed for background."],
                 signer="Karen Pollard", role="Child Protection Chair, Integrated Safeguarding Unit",
                 enclosures=["Conference request form", "Agenda", "Minutes of the Review Child Protection Conference held 14/03/2024", "Privacy notice"])
    bf = simple_pdf(c, "Leeds City Council - Conference Request Form", [
        "Conference type: Initial Child Protection Conference", "Date: 18/12/2026", "Time: 10:00",
        "Venue: Merrion House Room 5.02 / Microsoft Teams", "Mosaic ID: MOS3390127", "Chair: Karen Pollard", "Social worker: Hollie Brennan",
        "Category requested: Sexual abuse",
        "Child: Tia Robshaw, DOB 08/03/2011, female, White British, Temple Moor High School",
        "Mother: Michelle Robshaw, DOB 01/06/1985, 31 Halton Moor Avenue, Leeds LS9",
        "Father: Wayne Robshaw, DOB 22/09/1982, 4 Austhorpe Road, Leeds LS15",
        "REASON FOR CONFERENCE",
        "Tia (15) has been missing from home eleven times since September. On 27/11/2026 she was found in a city-centre hotel room with two adult men she met online; she had been given alcohol and a new phone. A CSE risk assessment completed on 01/12/2026 rates her at significant risk of child sexual exploitation and she has been referred to the Leeds Multi-Agency Exploitation Hub.",
        "West Yorkshire Police are investigating the two men, who are not known to the family. Tia has not made any allegation against family members and there are no concerns about criminal exploitation or county lines.",
        "Ms Robshaw has struggled to keep Tia safe and has asked for help; Mr Robshaw has little contact.",
        "POLICE ATTENDANCE",
        "Police attendance required: Yes"])
    mins = minutes(c, "leeds", "Minutes: Review Child Protection Conference, 14 March 2024", [
        "Children: Tia Robshaw, Connor Robshaw. Chair: Angela Dobson.",
        "Present: Michelle Robshaw (mother), Sunita Bhatti (social worker), PC Gareth Lowe (West Yorkshire Police), Dr Naylor (GP), Mrs Ruth Abbott (DSL).",
        "The conference heard that the domestic abuse by Ms Robshaw's former partner ended when he left the area in 2023. There are no concerns about sexual exploitation. No registered sex offender is associated with the household.",
        "DECISION",
        "The children are no longer at continuing risk of significant harm. Child protection plans ended; the family to be supported under a Child in Need plan."])
    ag = agenda(c, "leeds", "Initial Child Protection Conference - ROBSHAW", "Friday 18 December 2026, 10.00am")
    pn = privacy(c, "leeds")
    body = cover(c, ["Hello,", "", "Please see the attached invitation and papers for the ICPC for Tia Robshaw on 18/12/2026.", "",
                     "Aaron Whitely", "Integrated Safeguarding Unit | Leeds City Council"])
    msg = build_email(c, from_="Aaron Whitely <aaron.whitely@leeds.gov.uk>", to=MAILBOX["leeds"],
                      subject="[SECURE] ICPC invitation - ROBSHAW - 18/12/2026", date=recv, body=body, attachments=[
                          ("Letter of invitation ROBSHAW.docx", let, DOCX), ("Conference request ROBSHAW.pdf", bf, PDF),
                          ("Agenda ICPC.docx", ag, DOCX), ("Minutes RCPC 14.03.2024.pdf", mins, PDF), ("Privacy notice.pdf", pn, PDF)])
    lab = label(c, district="leeds", kind="initial", date="2026-12-18", time="10:00", tick=True, harm=["sexual"],
                children=[("Tia Robshaw", "2011-03-08")], adults=["Michelle Robshaw", "Wayne Robshaw"],
                criteria=["child_sexual_exploitation"], decision="discuss", received=recv.date(),
                tags=["word-letter", "letter-pack", "distractor-minutes", "district-leeds", "initial", "tick-attend", "cse",
                      "trap-investigation-outside-family"],
                notes="Leeds: CSE alone -> discuss (POLICY choice); the police investigation is of unrelated adults, not abuse within the family; 2024 minutes (old date, other professionals) are background only")
    return c, msg, lab


def c03():
    c = Case("38-03", "calderdale-rcpc-letter-pack-struck-option-ppo-nominal")
    recv = dt.datetime(2026, 12, 10, 15, 0)
    let = letter(c, "calderdale", date="10/12/2026", ref="CPA/LCS1120488/R1", re_lines=["Re: Review Child Protection Conference - Noah Kershaw (DOB 15/05/2013)"],
                 paras=["I write to invite you to the review conference for Noah Kershaw on Tuesday 12 January 2027 at 10.00am at Northgate House, Halifax (Room G.14) with the option to join by Microsoft Teams.",
                        "Agency reports should reach Child Protection Administration by secure email three working days before the conference. The chair would find it helpful if a police officer could attend to update the conference on the incidents in the neighbourhood."],
                 signer="Yvonne Pearson", role="Independent Chair",
                 enclosures=["Booking form", "Agenda", "Minutes of the Initial Child Protection Conference held 13/10/2026", "Privacy notice"])
    bf = kv_form(c, "CHILD PROTECTION CONFERENCE - REVIEW BOOKING", "Calderdale Child Protection Administration", [
        ("Type", "Review (1st)"), ("Date", "12/01/2027"), ("Time", "10:00"), ("Venue", "Northgate House G.14 / Teams"),
        ("LCS number", "LCS1120488"), ("Chair", "Yvonne Pearson"), ("Social worker", "Daniel Firth"), ("Category of plan", "Emotional abuse"),
        ("Child", "Noah Kershaw, 15/05/2013"), ("Mother", "Sarah Kershaw, 19/04/1987"), ("Mother's partner", "Jamie Fletcher, 03/03/1984")],
        [("Progress", ["Noah's school attendance has improved to 88%. Arguments between Ms Kershaw and Mr Fletcher continue but there have been no reported incidents since October.",
                       "Mr Fletcher is a PPO nominal managed under the IOM scheme for acquisitive crime; there have been two burglaries in the street which residents blame on him and Noah has been threatened by neighbours.",
                       "Police are not members of the core group and have no actions in the plan."])],
        strike=("West Yorkshire Police (delete as appropriate):", [("Police attendance required", False), ("Written report sufficient", True)]))
    mins = minutes(c, "calderdale", "Minutes: Initial Child Protection Conference, 13 October 2026", [
        "Child: Noah Kershaw. Chair: Yvonne Pearson.",
        "Present: Sarah Kershaw (mother), Jamie Fletcher (mother's partner), Daniel Firth (social worker), DC Helen Marsden (West Yorkshire Police), Ms Laura Crossley (Ryburn Valley High School).",
        "The police report confirmed there was no police investigation. No CSE concerns were identified.",
        "DECISION: Child protection plan, category emotional abuse. Review conference by 12/01/2027."])
    ag = agenda(c, "calderdale", "Review Child Protection Conference - KERSHAW", "Tuesday 12 January 2027, 10.00am")
    pn = privacy(c, "calderdale")
    body = cover(c, ["Dear colleague,", "", "Please find attached the invitation letter, booking form and papers for Noah Kershaw's review conference.", "",
                     "Graham Riley", "CP Admin Team | Calderdale MBC"])
    msg = build_email(c, from_="Graham Riley <graham.riley@calderdale.gov.uk>", to=MAILBOX["calderdale"],
                      subject="RCPC 12/01/2027 - KERSHAW - invitation and papers", date=recv, body=body, attachments=[
                          ("Invitation letter KERSHAW.docx", let, DOCX), ("Booking form KERSHAW.docx", bf, DOCX),
                          ("Agenda.docx", ag, DOCX), ("ICPC minutes KERSHAW 13.10.26.pdf", mins, PDF), ("Privacy notice.pdf", pn, PDF)])
    lab = label(c, district="calderdale", kind="review", date="2027-01-12", time="10:00", tick=True, harm=["emotional"],
                children=[("Noah Kershaw", "2013-05-15")], adults=["Sarah Kershaw", "Jamie Fletcher"], criteria=[],
                decision="discuss", received=recv.date(),
                tags=["word-letter", "letter-pack", "strikethrough-option", "distractor-minutes", "district-calderdale", "review",
                      "tick-attend", "trap-ppo-nominal"],
                notes="review with no criterion; 'Written report sufficient' is struck through, leaving attendance required, and the chair asks for an officer -> discuss; PPO nominal = prolific offender, not police protection")
    return c, msg, lab


def c04():
    c = Case("38-04", "kirklees-prebirth-letter-pack-rso-father")
    recv = dt.datetime(2027, 1, 11, 9, 0)
    let = letter(c, "kirklees", date="08/01/2027", ref="SQA/LCS6100342/PB", re_lines=["Re: Pre-birth Initial Child Protection Conference - Unborn baby of Courtney Haigh (EDD 14/03/2027)"],
                 paras=["You are invited to a pre-birth Initial Child Protection Conference on Wednesday 20 January 2027 at 1.00pm at Dewsbury Town Hall, Committee Room A.",
                        "Please provide a written report three working days before the conference. The enclosed minutes relate to Ms Haigh's older child and are provided for background only."],
                 signer="Marianne Sykes", role="Child Protection Conference Chair",
                 enclosures=["Booking form", "Agenda", "Minutes of the Review Child Protection Conference held 22/06/2023", "Privacy notice"])
    bf = simple_pdf(c, "Kirklees Council - Pre-birth Conference Booking Form", [
        "Conference: Pre-birth Initial Child Protection Conference", "Date: 20/01/2027", "Time: 13:00", "Venue: Dewsbury Town Hall, Committee Room A",
        "LCS number: LCS6100342", "Social worker: Usman Akhtar", "Category requested: Sexual abuse",
        "Unborn baby Haigh - EDD 14/03/2027",
        "Mother: Courtney Haigh, DOB 05/07/2003, 9 Thornhill Road, Dewsbury WF12",
        "Father of the unborn baby: Lee Brook, DOB 30/11/1990, 9 Thornhill Road, Dewsbury WF12",
        "REASON FOR CONFERENCE",
        "Mr Brook is a registered sex offender: he was convicted in 2018 of making indecent images of children, is subject to notification requirements until 2028 and to a Sexual Harm Prevention Order. He moved in with Ms Haigh in October 2026 and is the father of the unborn baby.",
        "Ms Haigh's first child, Kayden, lives with his paternal grandparents under a special guardianship order made in 2023.",
        "Police attendance: requested"])
    mins = minutes(c, "kirklees", "Minutes: Review Child Protection Conference, 22 June 2023", [
        "Child: Kayden Haigh. Chair: Peter Lodge.",
        "Present: Courtney Haigh (mother), Anita Shah (social worker), PC Neil Barker (West Yorkshire Police), Mrs Jean Ashworth (paternal grandmother).",
        "DECISION: Kayden to remain with his paternal grandparents; special guardianship application supported. Next review 21/09/2023."])
    ag = agenda(c, "kirklees", "Pre-birth Initial Child Protection Conference - HAIGH", "Wednesday 20 January 2027, 1.00pm")
    pn = privacy(c, "kirklees")
    body = cover(c, ["Good morning,", "", "Please find attached the invitation letter and booking form for a pre-birth conference (HAIGH), with agenda, previous minutes and privacy notice.", "",
                     "SQA Unit Admin", "Kirklees Council"])
    msg = build_email(c, from_="SQA Unit Admin <sqa.admin@kirklees.gov.uk>", to=MAILBOX["kirklees"],
                      subject="Pre-birth ICPC - HAIGH - 20/01/2027", date=recv, body=body, attachments=[
                          ("Letter - pre-birth ICPC HAIGH.docx", let, DOCX), ("Booking form HAIGH.pdf", bf, PDF),
                          ("Agenda.docx", ag, DOCX), ("RCPC minutes 22.06.2023.pdf", mins, PDF), ("Privacy notice.pdf", pn, PDF)])
    lab = label(c, district="kirklees", kind="initial", pre_birth=True, date="2027-01-20", time="13:00", tick=True, harm=["sexual"],
                children=[("Unborn baby Haigh", None)], adults=["Courtney Haigh", "Lee Brook"],
                criteria=["registered_sex_offender"], decision="attend", received=recv.date(),
                tags=["word-letter", "letter-pack", "distractor-minutes", "district-kirklees", "initial", "pre-birth", "tick-attend", "rso"],
                notes="Kirklees -> Wakefield rules (POLICY choice); pre-birth ICPC counts as initial; father of the unborn baby is an RSO living in the household -> attend; unborn DOB null (EDD 2027-03-14)")
    return c, msg, lab


def c05():
    c = Case("38-05", "wakefield-icpc-letter-rescheduled-negotiated-attendance")
    recv = dt.datetime(2026, 12, 15, 11, 0)
    let = letter(c, "wakefield", date="15/12/2026", ref="SRU/CD455930", re_lines=["Re: RESCHEDULED Initial Child Protection Conference - Mason Hepworth (DOB 07/07/2020)"],
                 paras=["Please note that the Initial Child Protection Conference previously arranged for Friday 18 December 2026 has been rescheduled, owing to the chair's illness, to Wednesday 6 January 2027 at 10.00am in Room 2.07, Wakefield One.",
                        "The chair, Nadia Nuttall, has discussed this case with DI Karen Womersley of the Wakefield Safeguarding Unit and it has been agreed that police will attend the conference.",
                        "Please provide your written report to the Conference Chair three working days before the new date."],
                 signer="Nadia Nuttall", role="Child Protection Conference Chair",
                 enclosures=["Booking form (updated)", "Agenda", "Privacy notice"])
    bf = kv_form(c, "CHILD PROTECTION CONFERENCE BOOKING FORM (UPDATED 15/12/2026)", "Wakefield Safeguarding and Review Unit", [
        ("Conference", "Initial Child Protection Conference"), ("Date", "06/01/2027 (was 18/12/2026)"), ("Time", "10:00"),
        ("Venue", "Wakefield One, Room 2.07"), ("CareDirector ID", "CD455930"), ("Chair", "Nadia Nuttall"), ("Social worker", "Liam Stead"),
        ("Category requested", "Physical abuse"), ("Child", "Mason Hepworth, 07/07/2020, Male"),
        ("Mother", "Kirsty Hepworth, 26/02/1996, 40 Park Lodge Lane, Wakefield WF1"),
        ("Father", "Aaron Dunn, 14/08/1994, 40 Park Lodge Lane, Wakefield WF1"),
        ("Police attendance", "Agreed with DI Womersley - attending")],
        [("Reason for conference", ["Mason (6) was taken to Pinderfields Hospital on 03/12/2026 with a spiral fracture of his left femur. The parents say he fell from the sofa. The paediatrician could not rule out a non-accidental injury and a skeletal survey has been requested.",
                                    "The strategy discussion agreed a single-agency section 47 enquiry while the medical opinion is awaited; police will review the decision once the skeletal survey report is received."])])
    ag = agenda(c, "wakefield", "Initial Child Protection Conference - HEPWORTH", "Wednesday 6 January 2027, 10.00am (rescheduled from 18/12/2026)")
    pn = privacy(c, "wakefield")
    body = cover(c, ["Hi all,", "", "Please see the attached letter - the ICPC for Mason Hepworth has been moved to 6 January 2027. Updated booking form attached.", "",
                     "Joanne Lockwood", "Safeguarding and Review Unit | Wakefield Council"])
    msg = build_email(c, from_="Joanne Lockwood <joanne.lockwood@wakefield.gov.uk>", to=MAILBOX["wakefield"],
                      subject="RESCHEDULED ICPC - HEPWORTH - now 06/01/2027", date=recv, body=body, attachments=[
                          ("Letter - rescheduled ICPC HEPWORTH.docx", let, DOCX), ("Booking form HEPWORTH updated.docx", bf, DOCX),
                          ("Agenda.docx", ag, DOCX), ("Privacy notice.pdf", pn, PDF)])
    lab = label(c, district="wakefield", kind="initial", date="2027-01-06", time="10:00", tick=True, harm=["physical"],
                children=[("Mason Hepworth", "2020-07-07")], adults=["Kirsty Hepworth", "Aaron Dunn"],
                criteria=["negotiated_attendance"], decision="attend", received=recv.date(), flags_required=["rescheduled"],
                tags=["word-letter", "letter-pack", "district-wakefield", "initial", "rescheduled", "negotiated", "bank-holidays",
                      "trap-hypothetical-investigation"],
                notes="rescheduled 18/12 -> 06/01; chair and DI agreed police attend (Wakefield item 8) -> attend; police 'will review' is hypothetical, single-agency s47; report due 31/12 across the bank holidays")
    return c, msg, lab


def c06():
    c = Case("38-06", "leeds-letter-minutes-and-plan-not-invitation")
    recv = dt.datetime(2026, 12, 17, 12, 30)
    let = letter(c, "leeds", date="17/12/2026", ref="ISU/MOS2208815", re_lines=["Re: Review Child Protection Conference held 03/12/2026 - Harvey Oduya"],
                 paras=["Please find enclosed the minutes and the child protection plan from the Review Child Protection Conference held on Thursday 3 December 2026.",
                        "The conference decided that Harvey remains at continuing risk of significant harm (category neglect). The next review conference will be held on or before 03/06/2027; a separate invitation will follow.",
                        "Please check the minutes for accuracy and let the ISU know of any amendments within 10 working days."],
                 signer="Dennis Okafor", role="Child Protection Chair, Integrated Safeguarding Unit",
                 enclosures=["Minutes", "Child protection plan", "Privacy notice"])
    mins = minutes(c, "leeds", "Minutes: Review Child Protection Conference, 3 December 2026", [
        "Child: Harvey Oduya (DOB 10/10/2016). Chair: Dennis Okafor.",
        "Present: Blessing Oduya (mother), Stephen Garside (social worker), PC Amy Carr (West Yorkshire Police), Mrs Lynn Teale (DSL).",
        "PC Carr reported that there has been no police involvement since the last conference.",
        "DECISION: plan to continue, category neglect. Next core group 17/12/2026."])
    plan = simple_pdf(c, "Leeds City Council - Child Protection Plan", [
        "Child: Harvey Oduya. Category: Neglect. Lead social worker: Stephen Garside.",
        "Outcome 1: Harvey attends school every day - school to report absence to the social worker the same day.",
        "Outcome 2: Harvey's dental treatment completed by February 2027 - mother, with support from the family support worker.",
        "Core group: social worker, school DSL, school nurse, mother."])
    pn = privacy(c, "leeds")
    body = cover(c, ["Hello,", "", "Please find attached the chair's letter, minutes and plan for Harvey Oduya (RCPC 03/12/2026).", "",
                     "Aaron Whitely", "Integrated Safeguarding Unit | Leeds City Council"])
    msg = build_email(c, from_="Aaron Whitely <aaron.whitely@leeds.gov.uk>", to=MAILBOX["leeds"],
                      subject="[SECURE] Minutes and plan - ODUYA - RCPC 03/12/2026", date=recv, body=body, attachments=[
                          ("Chair's letter ODUYA.docx", let, DOCX), ("Minutes RCPC 03.12.2026 ODUYA.pdf", mins, PDF),
                          ("CP plan ODUYA.pdf", plan, PDF), ("Privacy notice.pdf", pn, PDF)])
    lab = label(c, district="leeds", kind="review", date=None, time=None, tick=None, harm=["neglect"],
                children=[("Harvey Oduya", "2016-10-10")], adults=["Blessing Oduya"], criteria=[], decision="manual_review",
                received=recv.date(), flags_required=["not_an_invitation"], deadlines=False,
                unscored=["no_booking_form", "missing_conference_date", "missing_reason", "missing_family_details"],
                tags=["word-letter", "letter-pack", "minutes", "district-leeds", "not-an-invitation"],
                notes="chair's letter with minutes and plan of a conference already held: not an invitation -> manual_review (date not scored: held 03/12/2026, next review 'on or before 03/06/2027')")
    return c, msg, lab


def c07():
    c = Case("38-07", "wakefield-icpc-letter-pack-dmarc-fail")
    recv = dt.datetime(2027, 1, 13, 10, 0)
    let = letter(c, "wakefield", date="13/01/2027", ref="SRU/CD470066", re_lines=["Re: Initial Child Protection Conference - Jacob Oldroyd (DOB 01/12/2015)"],
                 paras=["You are invited to an Initial Child Protection Conference for Jacob Oldroyd on Thursday 21 January 2027 at 9.30am, Room 3.14, Wakefield One.",
                        "Please provide a written report to the Conference Chair three working days before the conference."],
                 signer="Simon Outhwaite", role="Child Protection Conference Chair", enclosures=["Booking form", "Agenda", "Privacy notice"])
    bf = kv_form(c, "CHILD PROTECTION CONFERENCE BOOKING FORM", "Wakefield Safeguarding and Review Unit", [
        ("Conference", "Initial Child Protection Conference"), ("Date", "21/01/2027"), ("Time", "09:30"), ("Venue", "Wakefield One, Room 3.14"),
        ("CareDirector ID", "CD470066"), ("Category requested", "Sexual abuse"), ("Child", "Jacob Oldroyd, 01/12/2015"),
        ("Mother", "Natalie Oldroyd, 09/05/1986"), ("Father", "Kieran Oldroyd, 17/07/1983 - living with his sister pending the investigation"),
        ("Police attendance", "Required")],
        [("Reason for conference", ["Jacob disclosed to his teacher that his father has touched him sexually. A joint section 47 investigation with West Yorkshire Police is under way; Mr Oldroyd was arrested on 08/01/2027 and released on bail, and an ABE interview with Jacob is planned."])])
    ag = agenda(c, "wakefield", "Initial Child Protection Conference - OLDROYD", "Thursday 21 January 2027, 9.30am")
    pn = privacy(c, "wakefield")
    body = cover(c, ["Good morning,", "", "Please find attached invitation letter and booking form for an ICPC - OLDROYD - 21/01/2027.", "",
                     "Carol Nettleton", "Business Support | Safeguarding and Review Unit | Wakefield Council"])
    msg = build_email(c, from_="Carol Nettleton <carol.nettleton@wakefield.gov.uk>", to=MAILBOX["wakefield"],
                      subject="ICPC invitation - OLDROYD - 21/01/2027", date=recv, body=body, relay_host="smtp.bulkmailer-relay.net",
                      auth="mx1.westyorkshire.police.uk; dkim=none (message not signed) header.d=none; spf=fail (sender IP is 203.0.113.77) smtp.mailfrom=wakefield.gov.uk; dmarc=fail action=quarantine header.from=wakefield.gov.uk",
                      attachments=[("Invitation letter OLDROYD.docx", let, DOCX), ("Booking form OLDROYD.docx", bf, DOCX),
                                   ("Agenda.docx", ag, DOCX), ("Privacy notice.pdf", pn, PDF)])
    lab = label(c, district="wakefield", kind="initial", date="2027-01-21", time="09:30", tick=True, harm=["sexual"],
                children=[("Jacob Oldroyd", "2015-12-01")], adults=["Natalie Oldroyd", "Kieran Oldroyd"],
                criteria=["current_investigation"], decision="manual_review", received=recv.date(), deadlines=False,
                flags_required=["unverified_sender"],
                tags=["word-letter", "letter-pack", "district-wakefield", "initial", "dmarc-fail", "unverified-sender"],
                notes="From: wakefield.gov.uk but the gateway's Authentication-Results report spf=fail, dmarc=fail -> unverified_sender, manual_review whatever the content (a current investigation); deadlines not scored")
    return c, msg, lab


CASES = [c01, c02, c03, c04, c05, c06, c07]
