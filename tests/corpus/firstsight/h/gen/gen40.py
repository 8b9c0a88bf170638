"""Layout 40: large and complicated families - up to six children with different surnames and
dates of birth, an unborn baby (EDD) with older siblings, a harm category per child, adults in
two households, step-parents, grandparents as carers. Word (household tables) or PDF (child blocks)."""
import datetime as dt
from lib import *


def family_docx(c, *, title, sub, conf, children, households, sections, police=None, footer=None):
    d = docx_new()
    if footer:
        header_footer(c, d, "OFFICIAL-SENSITIVE", footer)
    dpara(c, d, title, bold=True, size=13)
    dpara(c, d, sub)
    for k, v in conf:
        dpara(c, d, f"{k}: {v}")
    dpara(c, d, f"Children subject of the conference ({len(children)})", bold=True)
    dtable(c, d, [["Name", "Date of birth / EDD", "Category requested", "Lives with", "School / setting"]] + [list(ch) for ch in children])
    for head, rows in households:
        dpara(c, d, head, bold=True)
        dtable(c, d, [["Name", "Relationship", "Date of birth", "Notes"]] + [list(r) for r in rows])
    for head, paras in sections:
        dpara(c, d, head, bold=True)
        for p in paras:
            dpara(c, d, p)
    if police:
        dpara(c, d, police)
    return docx_bytes(d)


def family_pdf(c, *, title, conf, children, households, sections, police=None):
    paras = [f"{k}: {v}" for k, v in conf]
    paras.append("CHILDREN")
    for i, ch in enumerate(children, 1):
        paras.append(f"Child {i} of {len(children)}: {ch[0]} - {ch[1]} - category: {ch[2]} - lives with: {ch[3]}")
    for head, rows in households:
        paras.append(head.upper())
        for r in rows:
            paras.append(f"{r[0]} - {r[1]} - DOB {r[2]}" + (f" - {r[3]}" if r[3] else ""))
    for head, ps in sections:
        paras.append(head.upper())
        paras += ps
    if police:
        paras.append(police)
    return simple_pdf(c, title, paras)


def cover(c, lines):
    for l in lines:
        c.t(l)
    return "\n".join(lines)


def c01():
    c = Case("40-01", "wakefield-icpc-six-children-three-fathers-rui")
    recv = dt.datetime(2026, 12, 11, 10, 15)
    kids = [("Kayla Dobson", "14/05/2010", "Emotional abuse", "Household 1", "Airedale Academy"),
            ("Jordan Dobson", "30/08/2012", "Emotional abuse", "Household 1", "Airedale Academy"),
            ("Tyler-James Hirst", "11/02/2015", "Physical abuse", "Household 1 (weekend contact at Household 2 - suspended)", "Smawthorne Henry Moore Primary"),
            ("Lexi Hirst", "27/11/2017", "Physical abuse", "Household 1 (weekend contact at Household 2 - suspended)", "Smawthorne Henry Moore Primary"),
            ("Sonny Rhodes", "06/06/2021", "Neglect", "Household 1", "Little Acorns Nursery"),
            ("Nevaeh Rhodes", "19/09/2023", "Neglect", "Household 1", "at home")]
    hh = [("Household 1 - 12 Redhill Avenue, Castleford WF10", [
              ("Danielle Rhodes", "Mother of all six children", "02/01/1991", "formerly Danielle Dobson"),
              ("Aiden Rhodes", "Husband; father of Sonny and Nevaeh; stepfather to the four older children", "10/10/1988", ""),
              ("Pauline Dobson", "Maternal grandmother - does not live here; cares for the children after school", "23/04/1966", "lives at 3 Hightown View, Castleford")]),
          ("Household 2 - 5 Lock Lane, Normanton WF6", [
              ("Wayne Hirst", "Father of Tyler-James and Lexi", "19/07/1986", "contact suspended"),
              ("Jade Ellis", "Mr Hirst's partner", "30/12/1995", "")]),
          ("Other significant adults", [("Gary Dobson", "Father of Kayla and Jordan", "08/03/1989", "lives in Leeds, occasional contact")])]
    doc = family_docx(c, title="CHILD PROTECTION CONFERENCE BOOKING FORM - LARGE SIBLING GROUP",
                      sub="Wakefield Safeguarding and Review Unit - one form for the whole sibling group", conf=[
                          ("Type of conference", "Initial Child Protection Conference"), ("Date", "21/12/2026"), ("Time", "10:00 - 13:00 (extended)"),
                          ("Venue", "Castleford Civic Centre, Ferrybridge Road - Council Chamber"), ("CareDirector IDs", "CD471101 - CD471106"),
                          ("Chair", "Simon Outhwaite"), ("Social worker", "Naomi Pickles")],
                      children=kids, households=hh, sections=[
                          ("Reason for conference", [
                              "On 03/12/2026 Tyler-James (11) told his teacher that his father, Wayne Hirst, beat him with a belt during weekend contact and that Lexi was smacked across the face. Both children had bruising seen at the child protection medical.",
                              "A joint section 47 investigation with West Yorkshire Police is under way. Mr Hirst was arrested on 04/12/2026, interviewed and released under investigation; weekend contact is suspended.",
                              "At home, the younger children's needs are neglected: Sonny's speech is severely delayed and Nevaeh has missed all her immunisations. Kayla and Jordan are exposed to frequent arguments between Mr and Mrs Rhodes and Kayla is self-harming.",
                              "Jordan (14) was stopped by police in Doncaster in November with cash and two phones; he is considered at risk of criminal exploitation (county lines) and has been referred to the NRM. There are no concerns of sexual exploitation."])],
                      police="West Yorkshire Police: Police attendance required - YES", footer="Booking form - sibling group - page numbers in the footer")
    body = cover(c, ["Good morning,", "",
                     "Please find attached the booking form for an Initial Child Protection Conference for the six children of Danielle Rhodes (Dobson, Hirst and Rhodes children) on Monday 21 December 2026, 10am-1pm, Castleford Civic Centre.",
                     "One police report covering all six children is fine.", "",
                     "Joanne Lockwood", "Safeguarding and Review Unit | Wakefield Council"])
    msg = build_email(c, from_="Joanne Lockwood <joanne.lockwood@wakefield.gov.uk>", to=MAILBOX["wakefield"],
                      subject="OFFICIAL-SENSITIVE: ICPC booking - DOBSON / HIRST / RHODES - 21/12/2026", date=recv, body=body,
                      attachments=[("Booking form - Rhodes sibling group.docx", doc, DOCX)])
    lab = label(c, district="wakefield", kind="initial", date="2026-12-21", time="10:00", tick=True, harm=["emotional", "physical", "neglect"],
                children=[("Kayla Dobson", "2010-05-14"), ("Jordan Dobson", "2012-08-30"), ("Tyler-James Hirst", "2015-02-11"),
                          ("Lexi Hirst", "2017-11-27"), ("Sonny Rhodes", "2021-06-06"), ("Nevaeh Rhodes", "2023-09-19")],
                adults=["Danielle Rhodes", "Aiden Rhodes", "Pauline Dobson", "Wayne Hirst", "Jade Ellis", "Gary Dobson"],
                criteria=["current_investigation"], decision="attend", received=recv.date(),
                tags=["large-family", "six-children", "two-households", "docx-household-tables", "district-wakefield", "initial",
                      "tick-attend", "trap-cce-not-cse"],
                notes="six children, three surnames, categories per child; father under a current joint s47 investigation (RUI) for physical abuse -> attend; county lines is CCE, not CSE")
    return c, msg, lab


def c02():
    c = Case("40-02", "leeds-prebirth-icpc-unborn-and-siblings-rso-partner")
    recv = dt.datetime(2027, 1, 13, 14, 0)
    kids = [("Unborn baby Kaur", "EDD 02/04/2027", "Sexual abuse", "Household 1 (after birth)", "-"),
            ("Jasmine Lindley", "10/10/2014", "Sexual abuse", "Household 1", "Cockburn School"),
            ("Arjun Kaur", "30/01/2019", "Sexual abuse", "Household 1", "Hunslet Moor Primary")]
    hh = [("Household 1 - 8 Belle Isle Road, Leeds LS10", [
              ("Harpreet Kaur", "Mother of all three children", "15/08/1992", ""),
              ("Ryan Metcalfe", "Mother's partner; father of the unborn baby", "04/04/1984", "moved in September 2026")]),
          ("Household 2 - 71 Middleton Park Road, Leeds LS10", [
              ("Craig Lindley", "Father of Jasmine", "26/06/1990", "Jasmine stays alternate weekends"),
              ("Gurdeep Kaur", "Maternal grandmother", "01/03/1965", "cares for Arjun on weekdays")])]
    pdf = family_pdf(c, title="Leeds City Council - Pre-birth Conference Request", conf=[
        ("Conference type", "Pre-birth Initial Child Protection Conference (older siblings also subject)"), ("Date", "21/01/2027"),
        ("Time", "13:30"), ("Venue", "Merrion House Room 4.12 / Teams"), ("Mosaic IDs", "MOS8800412, MOS8800413, MOS8800414"),
        ("Chair", "Karen Pollard"), ("Social worker", "Jessica Town")], children=kids, households=hh, sections=[
        ("Reason for conference", [
            "Mr Metcalfe is subject to sex offender notification requirements following his 2019 conviction for the sexual assault of a 13-year-old girl, and is managed by the Leeds MOSOVO team. He moved into the household in September 2026 without telling Children's Social Care; Ms Kaur is 29 weeks pregnant with his baby.",
            "Jasmine (12) says Mr Metcalfe walks into the bathroom when she is showering. Ms Kaur does not accept that he poses a risk."])],
        police="Police attendance requested: Yes")
    body = cover(c, ["Hello,", "", "Please see the attached pre-birth conference request (unborn baby Kaur and siblings), 21/01/2027 at 1.30pm.",
                     "Reports to the ISU 24 hours prior please.", "", "Aaron Whitely", "Integrated Safeguarding Unit | Leeds City Council"])
    msg = build_email(c, from_="Aaron Whitely <aaron.whitely@leeds.gov.uk>", to=MAILBOX["leeds"],
                      subject="[SECURE] Pre-birth ICPC - KAUR / LINDLEY - 21/01/2027", date=recv, body=body,
                      attachments=[("Pre-birth conference request KAUR.pdf", pdf, PDF)])
    lab = label(c, district="leeds", kind="initial", pre_birth=True, date="2027-01-21", time="13:30", tick=True, harm=["sexual"],
                children=[("Unborn baby Kaur", None), ("Jasmine Lindley", "2014-10-10"), ("Arjun Kaur", "2019-01-30")],
                adults=["Harpreet Kaur", "Ryan Metcalfe", "Craig Lindley", "Gurdeep Kaur"], criteria=["registered_sex_offender"],
                decision="attend", received=recv.date(),
                tags=["large-family", "unborn", "pre-birth", "two-households", "pdf-child-blocks", "district-leeds", "initial", "tick-attend", "rso"],
                notes="pre-birth ICPC (initial) with older siblings; mother's partner subject to notification requirements lives in the home (Leeds item 6) -> attend; unborn DOB null (EDD 2027-04-02)")
    return c, msg, lab


def c03():
    c = Case("40-03", "calderdale-icpc-grandparent-carers-police-protection")
    recv = dt.datetime(2026, 12, 7, 11, 45)
    kids = [("Mia Whiteley", "14/02/2012", "Emotional abuse", "Maternal grandparents (special guardians)", "Calder High School"),
            ("Charlie Whiteley", "07/07/2014", "Emotional abuse", "Maternal grandparents (special guardians)", "Mytholmroyd J&I"),
            ("Ruby Pollard", "21/03/2018", "Neglect", "Mother - now with maternal grandparents", "Central Street Infant"),
            ("Harrison Pollard", "01/12/2020", "Neglect", "Mother - now with maternal grandparents", "Ladybirds Nursery"),
            ("Finley Pollard", "04/04/2024", "Neglect", "Mother - now with maternal grandparents", "at home")]
    hh = [("Household 1 - maternal grandparents, 16 Burnley Road, Mytholmroyd HX7", [
              ("Susan Whiteley", "Maternal grandmother; special guardian of Mia and Charlie", "12/05/1962", ""),
              ("Peter Whiteley", "Maternal step-grandfather; special guardian of Mia and Charlie", "28/09/1958", "")]),
          ("Household 2 - mother, Flat 2, 40 Bolton Brow, Sowerby Bridge HX6", [
              ("Jodie Whiteley", "Mother of all five children", "17/11/1993", ""),
              ("Dean Pollard", "Mother's partner; father of Ruby, Harrison and Finley", "06/02/1990", "")])]
    doc = family_docx(c, title="CHILD PROTECTION CONFERENCE - REQUEST FOR SIBLING GROUP", sub="Calderdale Child Protection Administration",
                      conf=[("Conference", "Initial Child Protection Conference"), ("Date", "15/12/2026"), ("Time", "14:00"),
                            ("Venue", "Northgate House, Halifax - Room G.14"), ("LCS numbers", "LCS3301190 - LCS3301194"), ("Chair", "Yvonne Pearson"),
                            ("Social worker", "Owen Sunderland")], children=kids, households=hh, sections=[
                          ("Reason for conference", [
                              "On 29/11/2026 officers attended Ms Whiteley's flat after a neighbour reported children crying. Ruby, Harrison and Finley were alone; Ms Whiteley and Mr Pollard were at a party in another flat and were heavily intoxicated. The three children were taken into police protection under section 46 and placed with their grandparents, where they remain under a section 20 agreement.",
                              "Police advised that no criminal offence was identified. There has been no previous police involvement with the family.",
                              "Mia and Charlie, who have lived with their grandparents since 2021, are distressed by their mother's drinking and her cancelled contact."])],
                      police="Police attendance required: Yes")
    body = cover(c, ["Dear colleague,", "", "Please see the attached booking for an ICPC for the Whiteley / Pollard children on Tuesday 15 December 2026 at 2pm, Northgate House.", "",
                     "Graham Riley", "CP Admin Team | Calderdale MBC"])
    msg = build_email(c, from_="Graham Riley <graham.riley@calderdale.gov.uk>", to=MAILBOX["calderdale"],
                      subject="ICPC 15/12/2026 - WHITELEY / POLLARD (5 children)", date=recv, body=body,
                      attachments=[("ICPC request WHITELEY POLLARD.docx", doc, DOCX)])
    lab = label(c, district="calderdale", kind="initial", date="2026-12-15", time="14:00", tick=True, harm=["emotional", "neglect"],
                children=[("Mia Whiteley", "2012-02-14"), ("Charlie Whiteley", "2014-07-07"), ("Ruby Pollard", "2018-03-21"),
                          ("Harrison Pollard", "2020-12-01"), ("Finley Pollard", "2024-04-04")],
                adults=["Susan Whiteley", "Peter Whiteley", "Jodie Whiteley", "Dean Pollard"], criteria=["police_protection"],
                decision="discuss", received=recv.date(),
                tags=["large-family", "grandparent-carers", "two-households", "docx-household-tables", "district-calderdale", "initial",
                      "tick-attend", "police-protection"],
                notes="Calderdale: police protection is not among its considerations -> discuss (POLICY choice); no offence, no previous involvement, so no Calderdale 'attend' consideration")
    return c, msg, lab


def c04():
    c = Case("40-04", "kirklees-rcpc-five-children-rso-visitor-cce")
    recv = dt.datetime(2027, 1, 5, 10, 0)
    kids = [("Brandon Senior", "09/09/2009", "Neglect", "Household 1", "Kirklees College"),
            ("Kaydon Senior", "11/11/2011", "Neglect", "Household 1", "Batley Grammar School"),
            ("Ellie-May Senior", "03/03/2013", "Neglect", "Household 1", "Batley Grammar School"),
            ("Phoebe Lockwood", "06/06/2016", "Neglect", "Household 1", "Warwick Road Primary"),
            ("Reggie Lockwood", "12/12/2019", "Neglect", "Household 1", "Warwick Road Primary")]
    hh = [("Household 1 - 28 Track Road, Batley WF17", [
              ("Kerry Lockwood", "Mother of all five children", "20/02/1989", ""),
              ("Mark Lockwood", "Stepfather; father of Phoebe and Reggie", "13/08/1985", "")]),
          ("Household 2 - 4 Staincliffe Road, Dewsbury WF13", [("Darren Senior", "Father of Brandon, Kaydon and Ellie-May", "01/01/1987", "")]),
          ("Other significant adults", [("Brian Walsh", "Maternal step-grandfather", "15/10/1950", "visits daily")])]
    pdf = family_pdf(c, title="Kirklees Council - Review Child Protection Conference: sibling group", conf=[
        ("Conference", "Review Child Protection Conference (2nd review)"), ("Date", "19/01/2027"), ("Time", "10:00"),
        ("Venue", "Dewsbury Town Hall - Committee Room B"), ("Chair", "Peter Lodge"), ("Social worker", "Harriet Cole")],
        children=kids, households=hh, sections=[
        ("Progress since the last review", [
            "Home conditions remain poor and the children's school attendance is below 80%. Police are not members of the core group.",
            "Brandon (17) was arrested in November for possession with intent to supply in a county lines operation; he is at risk of criminal exploitation and is working with the Youth Justice Service. There is no suggestion of sexual exploitation.",
            "New information: Mrs Lockwood's stepfather, Brian Walsh, is a registered sex offender (convicted 2012 of indecent assault on a child). Since November he has been visiting the home every day and collecting Phoebe and Reggie from school."])],
        police="West Yorkshire Police: written report sufficient")
    body = cover(c, ["Dear all,", "", "Please find the invitation for the review conference for the Senior / Lockwood children on 19/01/2027 at 10am, Dewsbury Town Hall.", "",
                     "SQA Unit Admin", "Kirklees Council"])
    msg = build_email(c, from_="SQA Unit Admin <sqa.admin@kirklees.gov.uk>", to=MAILBOX["kirklees"],
                      subject="RCPC - SENIOR / LOCKWOOD (5 children) - 19/01/2027", date=recv, body=body,
                      attachments=[("RCPC SENIOR LOCKWOOD sibling group.pdf", pdf, PDF)])
    lab = label(c, district="kirklees", kind="review", date="2027-01-19", time="10:00", tick=False, harm=["neglect"],
                children=[("Brandon Senior", "2009-09-09"), ("Kaydon Senior", "2011-11-11"), ("Ellie-May Senior", "2013-03-03"),
                          ("Phoebe Lockwood", "2016-06-06"), ("Reggie Lockwood", "2019-12-12")],
                adults=["Kerry Lockwood", "Mark Lockwood", "Darren Senior", "Brian Walsh"], criteria=["registered_sex_offender"],
                decision="discuss", received=recv.date(),
                tags=["large-family", "two-households", "step-parents", "pdf-child-blocks", "district-kirklees", "review", "tick-report",
                      "rso", "trap-cce-not-cse"],
                notes="Kirklees -> Wakefield rules; review: RSO visiting daily is a review 'discuss' criterion, police not in core group -> discuss; county lines (CCE) is not CSE")
    return c, msg, lab


def c05():
    c = Case("40-05", "leeds-icpc-four-children-negations-report-only")
    recv = dt.datetime(2027, 1, 15, 9, 0)
    kids = [("Kian Osei", "20/01/2011", "Emotional abuse", "Household 1", "Co-op Academy Leeds"),
            ("Amara Osei", "17/04/2013", "Emotional abuse", "Household 1", "Co-op Academy Leeds"),
            ("Tiana Brown", "10/10/2018", "Neglect", "Household 1", "Shakespeare Primary"),
            ("Jaden Brown", "22/02/2022", "Neglect", "Household 1", "Little Stars Nursery")]
    hh = [("Household 1 - 3 Gipton Approach, Leeds LS9", [
              ("Abena Osei", "Mother of all four children", "05/05/1990", ""),
              ("Marcus Brown", "Mother's partner; father of Tiana and Jaden; stepfather to Kian and Amara", "27/07/1988", ""),
              ("Ama Osei", "Maternal grandmother (lives in the household)", "14/03/1961", "speaks Twi; interpreter needed")]),
          ("Household 2 - Manchester", [("Kwame Osei", "Father of Kian and Amara", "30/09/1986", "lives in Manchester; telephone contact")])]
    doc = family_docx(c, title="REQUEST FOR CHILD PROTECTION CONFERENCE", sub="Leeds Integrated Safeguarding Unit - sibling group",
                      conf=[("Conference type", "Initial Child Protection Conference"), ("Date", "26/01/2027"), ("Time", "10:30"),
                            ("Venue", "Virtual - Microsoft Teams"), ("Mosaic IDs", "MOS9011820-MOS9011823"), ("Chair", "Lorraine Haigh"),
                            ("Social worker", "Rosie Flanagan")], children=kids, households=hh, sections=[
                          ("Reason for conference", [
                              "The four children live in a severely overcrowded two-bedroom flat with damp and mould; Jaden has been admitted twice with chest infections and Tiana is often unwashed and hungry at school. Kian and Amara describe constant shouting and being made to care for the younger children.",
                              "Kian (16) is at risk of criminal exploitation: he has been found in Bradford with older youths linked to county lines and has been referred to the NRM. A CSE screening was completed for Amara in December - no risk identified.",
                              "Ms Osei describes domestic abuse by Mr Kwame Osei before they separated in 2017; it was not reported to the police and there has been no contact between them since. Mr Brown is not a registered sex offender; police checks show one conviction for drink-driving in 2020."])],
                      police="West Yorkshire Police: Written report sufficient")
    body = cover(c, ["Hello,", "", "Please find attached the ICPC request for the Osei / Brown children - 26/01/2027 at 10:30 (Teams).",
                     "Reports to the ISU no later than 24 hours prior please.", "", "Aaron Whitely", "Integrated Safeguarding Unit | Leeds City Council"])
    msg = build_email(c, from_="Aaron Whitely <aaron.whitely@leeds.gov.uk>", to=MAILBOX["leeds"],
                      subject="[SECURE] ICPC request - OSEI / BROWN - 26/01/2027", date=recv, body=body,
                      attachments=[("ICPC request OSEI BROWN.docx", doc, DOCX)])
    lab = label(c, district="leeds", kind="initial", date="2027-01-26", time="10:30", tick=False, harm=["emotional", "neglect"],
                children=[("Kian Osei", "2011-01-20"), ("Amara Osei", "2013-04-17"), ("Tiana Brown", "2018-10-10"), ("Jaden Brown", "2022-02-22")],
                adults=["Abena Osei", "Marcus Brown", "Ama Osei", "Kwame Osei"], criteria=[], decision="report_only", received=recv.date(),
                tags=["large-family", "two-households", "step-parents", "docx-household-tables", "district-leeds", "initial", "tick-report",
                      "trap-cce-not-cse", "trap-cse-screening-negative", "trap-historic-da", "trap-not-rso"],
                notes="no Leeds criterion: CCE/county lines is not CSE, CSE screening negative, historic unreported DA from 2017, partner not an RSO; written report sufficient -> report_only")
    return c, msg, lab


def c06():
    c = Case("40-06", "wakefield-prebirth-icpc-siblings-with-grandparents-escalation")
    recv = dt.datetime(2027, 1, 19, 13, 0)
    kids = [("Unborn baby Crossland", "EDD 20/03/2027", "Physical abuse", "Mother and Mr Booth (after birth)", "-")]
    hh = [("Household 1 - mother, Flat 9, Kingsway Court, Ossett WF5", [
              ("Stacey Crossland", "Mother", "11/06/1995", "28 weeks pregnant"),
              ("Lewis Booth", "Father of the unborn baby", "02/02/1993", "")]),
          ("Household 2 - paternal grandparents of Layla and Archie, 21 Dale Street, Ossett WF5", [
              ("Christine Crossland", "Paternal grandmother of Layla and Archie; carer under a child arrangements order", "08/08/1964", ""),
              ("Graham Crossland", "Paternal grandfather of Layla and Archie; carer", "19/01/1962", ""),
              ("Layla Crossland", "Older sibling (not subject of this conference)", "05/05/2016", ""),
              ("Archie Crossland", "Older sibling (not subject of this conference)", "18/08/2018", "")]),
          ("Elsewhere", [("Kyle Naylor", "Older half-sibling (not subject) - lives with his father Scott Naylor in Pontefract", "12/12/2012", "")])]
    pdf = family_pdf(c, title="Wakefield Council - Pre-birth Child Protection Conference Booking Form", conf=[
        ("Type of conference", "Pre-birth Initial Child Protection Conference"), ("Subject", "unborn baby only"), ("Date", "27/01/2027"),
        ("Time", "10:00"), ("Venue", "Wakefield One, Room 3.14"), ("CareDirector ID", "CD480077"), ("Chair", "Nadia Nuttall"),
        ("Social worker", "Gemma Ibbotson")], children=kids, households=hh, sections=[
        ("Reason for conference", [
            "In 2023 West Yorkshire Police investigated Ms Crossland and Mr Booth after Archie, then aged four, was found with unexplained bruising to his ears and back; the investigation was closed with no further action and Layla and Archie went to live with their paternal grandparents.",
            "Since October 2026 police have been called to three arguments at the couple's flat, the latest on 02/01/2027 when Ms Crossland was pushed to the floor; Mr Booth has stopped engaging with probation. The risk is escalating as the birth approaches.",
            "Mr Booth is a PPO nominal managed by the IOM team for acquisitive offending.",
            "Birth plan (draft): if the parents try to remove the baby from hospital against medical advice, police protection may be used; the local authority may seek an EPO at birth."])],
        police="West Yorkshire Police: [X] Written report sufficient   [ ] Police attendance required")
    body = cover(c, ["Hi,", "", "Pre-birth ICPC booking form attached - unborn baby Crossland - Wednesday 27 January 2027, 10am.", "",
                     "Carol Nettleton", "Safeguarding and Review Unit | Wakefield Council"])
    msg = build_email(c, from_="Carol Nettleton <carol.nettleton@wakefield.gov.uk>", to=MAILBOX["wakefield"],
                      subject="Pre-birth ICPC - CROSSLAND - 27/01/2027", date=recv, body=body,
                      attachments=[("Pre-birth booking form CROSSLAND.pdf", pdf, PDF)])
    lab = label(c, district="wakefield", kind="initial", pre_birth=True, date="2027-01-27", time="10:00", tick=False, harm=["physical"],
                children=[("Unborn baby Crossland", None)], adults=["Stacey Crossland", "Lewis Booth", "Christine Crossland", "Graham Crossland"],
                criteria=["previous_investigation_escalation", "prior_unit_involvement"], decision="attend", received=recv.date(),
                flags_required=["tickbox_conflict"],
                tags=["large-family", "unborn", "pre-birth", "siblings-not-subject", "grandparent-carers", "pdf-child-blocks",
                      "district-wakefield", "initial", "tick-report", "escalation", "trap-ppo-nominal", "trap-hypothetical-pp", "trap-epo"],
                notes="pre-birth ICPC: 2023 police investigation of physical abuse (NFA) plus stated escalation (Wakefield item 2) -> attend despite 'written report sufficient' (tickbox_conflict); PPO nominal, hypothetical PP and EPO are not police protection; older siblings are named as not subject")
    return c, msg, lab


def c07():
    c = Case("40-07", "bradford-icpc-five-children-stepfather-wilful-neglect")
    recv = dt.datetime(2027, 1, 21, 14, 0)
    kids = [("Aleena Khan", "09/04/2012", "Emotional abuse", "Household 1", "Belle Vue Girls' Academy"),
            ("Musa Khan", "19/10/2014", "Emotional abuse", "Household 1", "Lilycroft Primary"),
            ("Eesa Hussain", "27/02/2017", "Neglect", "Household 1", "Lilycroft Primary"),
            ("Maryam Hussain", "01/09/2019", "Neglect", "Household 1", "Lilycroft Primary"),
            ("Yusuf Hussain", "15/05/2023", "Neglect", "Bradford Royal Infirmary (in-patient)", "-")]
    hh = [("Household 1 - 62 Lumb Lane, Bradford BD8", [
              ("Nazia Hussain", "Mother of all five children", "03/03/1992", "Urdu interpreter required"),
              ("Tariq Hussain", "Husband; father of Eesa, Maryam and Yusuf; stepfather to Aleena and Musa", "25/12/1987", ""),
              ("Shamim Begum", "Paternal grandmother of the Hussain children (lives in the household)", "10/06/1958", "Urdu speaker")]),
          ("Household 2 - Keighley", [("Imran Khan", "Father of Aleena and Musa", "14/07/1985", "lives in Keighley; regular contact")])]
    doc = family_docx(c, title="CHILD PROTECTION CONFERENCE BOOKING - SIBLING GROUP", sub="Bradford Child Protection Conference Team",
                      conf=[("Conference", "Initial Child Protection Conference"), ("Date", "29/01/2027"), ("Time", "10:00"),
                            ("Venue", "Margaret McMillan Tower - Room 7"), ("LL numbers", "LL5520301-LL5520305"), ("Chair", "Farah Iqbal"),
                            ("Social worker", "Callum Rigg")], children=kids, households=hh, sections=[
                          ("Reason for conference", [
                              "Yusuf (3) was admitted to Bradford Royal Infirmary on 12/01/2027 severely malnourished and with an untreated scald to his foot that was several weeks old. Eesa and Maryam are underweight and have untreated dental decay.",
                              "The Bradford Safeguarding Unit has opened a child cruelty investigation (wilful neglect, section 1 Children and Young Persons Act 1933). Mr and Mrs Hussain were interviewed under caution on 15/01/2027 and the investigation is ongoing.",
                              "Aleena and Musa report being blamed and shouted at by their stepfather and say they are not allowed to see their father as often as agreed."])])
    body = cover(c, ["Good afternoon,", "", "Booking attached for an ICPC for the Khan / Hussain children, Friday 29 January 2027 at 10am, Margaret McMillan Tower.", "",
                     "Shabana Hussain", "Child Protection Conference Team | Bradford Children's Social Care"])
    msg = build_email(c, from_="Shabana Hussain <shabana.hussain@bradford.gov.uk>", to=MAILBOX["bradford"],
                      subject="OFFICIAL-SENSITIVE - ICPC - KHAN / HUSSAIN (5 children) - 29/01/2027", date=recv, body=body,
                      attachments=[("ICPC booking KHAN HUSSAIN.docx", doc, DOCX)])
    lab = label(c, district="bradford", kind="initial", date="2027-01-29", time="10:00", tick=None, harm=["emotional", "neglect"],
                children=[("Aleena Khan", "2012-04-09"), ("Musa Khan", "2014-10-19"), ("Eesa Hussain", "2017-02-27"),
                          ("Maryam Hussain", "2019-09-01"), ("Yusuf Hussain", "2023-05-15")],
                adults=["Nazia Hussain", "Tariq Hussain", "Shamim Begum", "Imran Khan"], criteria=["wilful_neglect_investigation"],
                decision="attend", received=recv.date(),
                tags=["large-family", "two-households", "step-parents", "docx-household-tables", "district-bradford", "initial",
                      "tick-absent", "wilful-neglect"],
                notes="Bradford -> Wakefield rules (POLICY choice); active police child cruelty / wilful neglect investigation (item 3) -> attend; no tick box on the form")
    return c, msg, lab


CASES = [c01, c02, c03, c04, c05, c06, c07]
