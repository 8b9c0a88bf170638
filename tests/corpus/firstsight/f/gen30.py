"""Layout 30: a short booking form plus a long narrative attachment (4-8 pages: strategy discussion
minutes, social work assessment) where the evidence for a criterion sits deep in the narrative among
historical police mentions, chronologies, NFA items and third parties' offences."""
import datetime as dt
import io

import docx
from docx.shared import Pt

from lib import POLICE_TO_BY_DISTRICT, Doc, build_email, kid, label, london, write_case

D = dt.date
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

GENERIC = [
    ("Purpose of this assessment",
     "This assessment was completed under section 47 of the Children Act 1989 following the strategy discussion. "
     "It draws on home visits, direct work with the children, discussions with the parents and information from "
     "the school, health visiting service and GP. It should be read together with the chronology below."),
    ("Family composition and background",
     "{mother} grew up in the area and has a large extended family nearby, although she describes relationships "
     "with most of them as strained. She left school at sixteen and has worked in retail and care work. She "
     "describes {child} as a loving child who is 'hard work when tired'. The family live in a two-bedroom rented "
     "property; the landlord has been asked to deal with damp in the children's room."),
    ("The child's lived experience",
     "{child} was seen alone at school on two occasions and at home on three occasions. {child} spoke warmly "
     "about school friends and a teaching assistant, and drew a picture of the family in which the adults were "
     "shouting. {child} said that evenings are 'noisy' and that sometimes there is no tea. School report that "
     "{child} is often hungry on Monday mornings and has been falling asleep in class."),
    ("Health",
     "The children are registered with the GP. Immunisations are incomplete and two dental appointments were "
     "missed this year. The health visitor has offered a programme of support around routines and sleep; "
     "{mother} engaged with the first two sessions and then cancelled the remainder."),
    ("Education",
     "Attendance this academic year is below the expected level and there have been repeated late arrivals. "
     "The designated safeguarding lead describes a pattern of improvement after each professionals' meeting "
     "that is not sustained. School have provided uniform and breakfast club places."),
    ("Parenting capacity",
     "{mother} can meet the children's basic needs when she is well supported, but her capacity reduces "
     "sharply when she is under stress. She minimises the concerns raised by professionals and tends to agree "
     "to plans without following them through. Routines, supervision and emotional warmth are inconsistent."),
    ("Wider family and community",
     "The maternal grandmother lives nearby and has offered to help with school runs. Other family members are "
     "described as unreliable. The family are known to their neighbours; there have been disputes about noise "
     "and about a shared garden."),
    ("Parents' views",
     "{mother} said that she loves the children and that professionals 'only see the bad days'. She accepts that "
     "the house has been untidy and that money is short, but she does not accept that the children have been "
     "harmed. She asked for help with debts and with a bigger property, and said she would work with a family "
     "support worker if it was someone she could trust. She was given a copy of the concerns in plain English."),
    ("Housing and finances",
     "The family have rent arrears of several hundred pounds and have been referred to the council's welfare "
     "rights service. There is a working cooker and fridge, but the fridge was almost empty on two of the three "
     "home visits. Beds have been provided by a local charity; the children previously shared a mattress."),
    ("Emotional and behavioural development",
     "{child} presents as a watchful child who is quick to notice adults' moods. Teachers describe periods of "
     "withdrawal followed by angry outbursts, usually on Mondays and after school holidays. {child} has been "
     "offered sessions with the school's learning mentor and has attended most of them."),
    ("Analysis",
     "The concerns are long-standing and have not changed despite a period of early help. The information "
     "gathered during this enquiry, set out above and in the chronology, shows that the children are likely to "
     "suffer significant harm without a multi-agency plan. The protective factors are real but are not enough "
     "on their own, and the parents' engagement has been inconsistent."),
    ("What are we worried about?",
     "We are worried that the children are not kept safe from adults who may harm them, that their basic needs "
     "are not consistently met, and that they are living with a level of adult conflict and instability that is "
     "affecting their sleep, learning and behaviour."),
    ("What is working well?",
     "The children are attached to their mother and she wants to keep them with her. The grandmother is a "
     "protective adult. The children are doing well when they are in school and enjoy their clubs."),
    ("What needs to happen?",
     "A child protection plan is recommended so that a clear safety plan can be agreed and monitored by a core "
     "group, with support from Family Support, the health visitor and school."),
]


def narrative_blocks(s):
    """Return a list of ('h'|'p'|'t', content) blocks: generic sections with case paragraphs woven in."""
    sub = dict(child=s["child"], mother=s["mother"])
    blocks = [("h", s["title"])]
    for ln in s["front"]:
        blocks.append(("p", ln))
    blocks.append(("h2", "Attendees"))
    blocks.append(("t", [["Name", "Role / agency"]] + s["attendees"]))
    blocks.append(("h2", "Information shared"))
    for p in s["shared"]:
        blocks.append(("p", p))
    blocks.append(("h", "Social Work Assessment"))
    gi = iter(GENERIC)
    for i, (h, body) in enumerate(gi):
        blocks.append(("h2", h))
        blocks.append(("p", body.format(**sub)))
        if i == 1:
            for p in s["history"]:
                blocks.append(("p", p))
            blocks.append(("h2", "Chronology"))
            blocks.append(("t", [["Date", "Event", "Outcome"]] + s["chron"]))
        if i == 5:
            for p in s["deep"]:
                blocks.append(("p", p))
    for p in s.get("end", []):
        blocks.append(("p", p))
    blocks.append(("p", s["author"]))
    return blocks


def narrative_pdf(s, texts):
    d = Doc(texts)
    for kind, x in narrative_blocks(s):
        if kind == "h":
            if d.f:
                d.br()
            d.p(x, "h1")
        elif kind == "h2":
            if x == "Chronology":
                d.br()
            d.p(x, "h2")
        elif kind == "p":
            d.p(x)
        else:
            d.table(x, [30, 100, 44] if len(x[0]) == 3 else [70, 104])
    mark = s.get("marking", "OFFICIAL-SENSITIVE")
    data = d.build(title=s["title"], header=lambda pn, tot: [(105, 285, mark, 9, "c")],
                   footer=lambda pn, tot: [(192, 10, f"Page {pn} of {tot}", 8, "r")])
    assert 4 <= d.pages <= 8, (s["title"], d.pages)
    return data


def narrative_docx(s, texts):
    doc = docx.Document()
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.styles["Normal"].font.name = "Arial"
    mark = s.get("marking", "OFFICIAL-SENSITIVE")
    doc.sections[0].header.paragraphs[0].text = mark
    texts.append(mark)
    for kind, x in narrative_blocks(s):
        if kind == "h":
            if len(doc.paragraphs) > 1:
                doc.add_page_break()
            doc.add_heading(x, level=1)
            texts.append(x)
        elif kind == "h2":
            doc.add_heading(x, level=2)
            texts.append(x)
        elif kind == "p":
            doc.add_paragraph(x)
            texts.append(x)
        else:
            t = doc.add_table(rows=0, cols=len(x[0]))
            t.style = "Table Grid"
            for row in x:
                cells = t.add_row().cells
                for j, v in enumerate(row):
                    cells[j].text = v
                    texts.append(v)
                texts.append(" ".join(row))
    buf = io.BytesIO()
    doc.save(buf)
    words = sum(len(p.text.split()) for p in doc.paragraphs)
    assert words > 900, words
    return buf.getvalue()


def form_docx(rows, tick_row, texts):
    """Short booking form: 2-column table; tick_row is (label, [(option, checked)...]) with ☒/☐ glyphs."""
    doc = docx.Document()
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(rows[0])
    texts.append(rows[0])
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in rows[1:]:
        c = t.add_row().cells
        c[0].text, c[1].text = k, v
        texts += [k, v, f"{k} {v}"]
    if tick_row:
        c = t.add_row().cells
        c[0].text = tick_row[0]
        c[1].text = "   ".join(("☒ " if on else "☐ ") + o for o, on in tick_row[1])
        texts.append(tick_row[0])
        texts.extend(o for o, _ in tick_row[1])
        texts.append(c[1].text)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def form_pdf(rows, tick_row, texts):
    d = Doc(texts)
    d.p(rows[0], "h1")
    data = [[k, v] for k, v in rows[1:]]
    if tick_row:
        data.append([tick_row[0], "   ".join(("☒ " if on else "☐ ") + o for o, on in tick_row[1])])
        texts.extend(o for o, _ in tick_row[1])
    d.table(data, [60, 114], header=False, bold_first_col=True)
    return d.build(title=rows[0])


def form_text(rows, tick_row):
    out = [rows[0], ""]
    out += [f"{k}: {v}" for k, v in rows[1:]]
    if tick_row:
        out.append(f"{tick_row[0]}: " + "  ".join(("[X] " if on else "[ ] ") + o for o, on in tick_row[1]))
    return "\n".join(out)


CASES = []

# ---------------------------------------------------------------- 30-01 Wakefield RSO deep, tick report
CASES.append(dict(
    name="f-30-01-wakefield-icpc-form-plus-minutes-rso-deep-tick-report", district="wakefield", kind="initial",
    pre_birth=False, date="2026-12-22", time="10:00", tick="report", form_kind="docx", narr_kind="pdf",
    sender=("Safeguarding and Review Unit", "sru.bookings@wakefield.gov.uk"),
    subject="ICPC booking - WALSH - 22/12/2026",
    sent=london(D(2026, 12, 8), 13, 55), received=london(D(2026, 12, 8), 14, 1),
    cover=("Hi,\n\nBooking form and the strategy discussion minutes / s47 assessment attached for Jack and Poppy "
           "Walsh. ICPC Tuesday 22nd December at 10am.\n\nThanks\nJoanna Pickersgill\nSafeguarding and Review "
           "Unit | Wakefield Council"),
    form=["CP CONFERENCE BOOKING FORM - Wakefield Safeguarding and Review Unit",
          ("Conference type", "Initial CPC"), ("Date", "22/12/2026"), ("Time", "10.00"),
          ("Venue", "Room 1, Wakefield One"), ("Children", "Jack Walsh (09/09/2015), Poppy Walsh (30/01/2018)"),
          ("Adults", "Kirsty Walsh (mother), Gary Pickering (mother's partner)"),
          ("Category", "Neglect"), ("Reason", "Neglect and risk of harm from adults - see attached minutes and "
                                              "assessment.")],
    tick_row=("Police", [("Attendance required", False), ("Written report sufficient", True)]),
    narr=dict(
        title="Strategy Discussion Minutes and Section 47 Assessment - Jack and Poppy Walsh",
        child="Jack", mother="Kirsty Walsh",
        front=["Date of strategy discussion: 26/11/2026", "Chair: Lindsey Hirst, Team Manager",
               "Outcome: section 47 enquiry (single agency, children's social care)"],
        attendees=[["Lindsey Hirst", "Team Manager, CSC"], ["DS Mark Oates", "Child Safeguarding Unit, WYP"],
                   ["Fiona Clegg", "Health Visitor"], ["Mrs J. Booth", "DSL, Eastmoor Primary"]],
        shared=["School: Jack (11) and Poppy (8) are frequently hungry and unkempt; Poppy disclosed that 'Gary' "
                "sleeps over and gets into bed with mummy and sometimes comes into their room when mummy is at work.",
                "Health: missed appointments; Poppy's eczema untreated.",
                "Police: DS Oates shared that police records hold a number of historic incidents (see chronology). "
                "Police are not investigating any current offence."],
        history=["Police history: in 2018 police investigated an allegation that Ms Walsh's ex-partner Craig "
                 "Dunn had hit Jack with a slipper; the matter was filed as no further action. In 2019 Mr Dunn was "
                 "arrested for burglary of a neighbour's shed (not connected with the children). In 2021 police "
                 "were called to a neighbour's flat at the same block following a fight between two adult men; the "
                 "Walsh family were witnesses only.",
                 "Ms Walsh's brother Darren Walsh is currently in HMP Leeds for supply of Class A drugs; he has not "
                 "had contact with the children for several years."],
        chron=[["14/03/2018", "Police investigate allegation Craig Dunn hit Jack", "NFA - filed"],
               ["02/09/2019", "Craig Dunn arrested - burglary (shed)", "Charged - unrelated"],
               ["11/07/2021", "Police called to neighbour's flat (fight)", "Family witnesses"],
               ["05/01/2022", "Early Help assessment", "Closed 06/2022"],
               ["22/12/2023", "School: Jack hungry, no coat", "Advice"],
               ["20/02/2024", "Poppy not brought to dermatology", "Rebooked"],
               ["09/09/2025", "Gary Pickering first mentioned by school", "Information"],
               ["21/12/2025", "Poppy's class: nits and hygiene letter", "Information"],
               ["17/11/2026", "Poppy disclosure at school", "MASH referral"],
               ["26/11/2026", "Strategy discussion", "s47"]],
        deep=["Mr Pickering: police checks during this assessment confirmed that Gary Pickering, who has been "
              "staying at the family home three or four nights a week since September, is a registered sex "
              "offender. He was convicted in 2015 of sexual activity with a child and is subject to indefinite "
              "notification requirements; he is managed by the police MOSOVO team, who were not aware that he was "
              "staying at the address. Ms Walsh says she knew he 'had been in trouble' but not what for.",
              "A neighbour, Mr Roland Pike, is also understood to be on the sex offenders' register; he lives two "
              "doors away and there is no information that he has any contact with the family."],
        author="Author: Kate Barraclough, Social Worker, Wakefield Council. Date: 04/12/2026"),
    criteria=["registered_sex_offender", "prior_unit_involvement"], decision="attend", harm=["neglect"],
    children=[kid("Jack Walsh", "2015-09-09"), kid("Poppy Walsh", "2018-01-30")],
    adults=["Kirsty Walsh", "Gary Pickering"],
    tags=["short-form-plus-narrative", "docx-form", "pdf-minutes", "rso-deep", "tick-report", "tickbox-conflict",
          "third-party-rso", "third-party-offences", "nfa-history"],
    notes="Wakefield §4.5 item 7: an RSO (indefinite notification) stays in the household, stated deep in the "
          "assessment -> attend against 'Written report sufficient' (tickbox_conflict). The neighbour RSO has no "
          "association; 2018 investigation (NFA) is prior involvement; brother's and Mr Dunn's offences are "
          "third-party.",
))

# ---------------------------------------------------------------- 30-02 Leeds wilful neglect deep, Christmas dates
CASES.append(dict(
    name="f-30-02-leeds-icpc-body-form-plus-assessment-wilful-neglect-deep", district="leeds", kind="initial",
    pre_birth=False, date="2026-12-29", time="13:00", tick="absent", form_kind="body", narr_kind="docx",
    sender=("Integrated Safeguarding Unit", "isu.conferences@leeds.gov.uk"),
    subject="[SECURE] ICPC 29/12/2026 - IBRAHIM",
    sent=london(D(2026, 12, 18), 10, 33), received=london(D(2026, 12, 18), 10, 40),
    form=["REQUEST FOR CHILD PROTECTION CONFERENCE",
          ("Conference type", "ICPC"), ("Conference date", "29/12/2026"), ("Start time", "1pm"),
          ("Location", "Microsoft Teams"), ("Chair", "Helen Greenwood"), ("Mosaic ID", "MOS344120"),
          ("Children", "Yasir Ibrahim 15/03/2020; Reem Ibrahim 01/07/2022; Sara Ibrahim 20/11/2024"),
          ("Parents", "Amna Osman (mother); Khalid Ibrahim (father)"),
          ("Category", "Neglect"),
          ("Reason", "Neglect - please see the attached assessment for the full picture."),
          ("Interpreter", "Sudanese Arabic")],
    tick_row=None,
    cover_pre="Hello,\n\nPlease see below, assessment attached. Reports to the ISU 24 hours prior please - note "
              "the bank holidays.\n\n",
    cover_post="\n\nNaveed Akram\nIntegrated Safeguarding Unit | Leeds City Council",
    narr=dict(
        title="Child and Family Assessment (Section 47) - Yasir, Reem and Sara Ibrahim",
        child="Yasir", mother="Amna Osman",
        front=["Strategy discussion: 27/11/2026 (CSC, police, health, nursery)",
               "Decision: joint section 47 enquiry"],
        attendees=[["Bethany Lockwood", "Social Worker"], ["DC Louise Armitage", "CPPU Weetwood, WYP"],
                   ["Sue Oldroyd", "Health Visitor"], ["Ms A. Dobson", "Nursery manager"]],
        shared=["Nursery: Reem (4) arrived on 24/11/2026 with a burn on her hand that had not been treated and "
                "smelling strongly of urine; Yasir says the children are left in the flat while the parents work "
                "night shifts.",
                "Health: Sara (2) has had no immunisations and has dropped two centile lines.",
                "Police: a police welfare check in May 2024 after a neighbour's call found no concerns. Mr Ibrahim's "
                "brother, who lives in Sheffield, was convicted of drug offences in 2022."],
        history=["The family arrived in the UK in 2019 and were granted refugee status in 2021. They have no "
                 "family in Leeds. Both parents work night shifts at a distribution centre.",
                 "There are no concerns about child sexual exploitation or domestic abuse."],
        chron=[["15/03/2020", "Yasir born, LGI", "Information"],
               ["14/05/2024", "Police welfare check after neighbour's call", "No concerns"],
               ["20/11/2024", "Sara born", "Information"],
               ["29/12/2025", "Reem seen in A&E with a scald - accidental", "No further action"],
               ["03/06/2026", "Health visitor: home conditions poor", "Advice"],
               ["24/11/2026", "Nursery: untreated burn", "Referral"],
               ["27/11/2026", "Strategy discussion", "Joint s47"]],
        deep=["Police position: DC Louise Armitage of the Leeds Child Protection and Public Protection Unit "
              "confirmed on 30/11/2026 that police have opened an investigation into wilful neglect under section 1 "
              "of the Children and Young Persons Act 1933. Both parents have been interviewed under caution and "
              "released under investigation while medical evidence about Reem's burn is obtained."],
        author="Author: Bethany Lockwood, Social Worker, Leeds City Council. 16/12/2026"),
    criteria=["wilful_neglect_investigation"], decision="attend", harm=["neglect"],
    children=[kid("Yasir Ibrahim", "2020-03-15"), kid("Reem Ibrahim", "2022-07-01"), kid("Sara Ibrahim", "2024-11-20")],
    adults=["Amna Osman", "Khalid Ibrahim"],
    tags=["short-form-plus-narrative", "body-form", "docx-assessment", "wilful-neglect-deep", "bank-holidays",
          "christmas", "sudanese-names", "category-neglect", "tick-absent"],
    notes="Leeds §4.6 item 3: active wilful-neglect (s1 CYPA 1933) investigation, RUI, stated deep in the "
          "assessment -> attend. Received Fri 18/12; notice 5 WD over 25 and 28 Dec bank holidays; report due Thu "
          "24/12.",
))

# ---------------------------------------------------------------- 30-03 Calderdale police protection deep -> discuss
CASES.append(dict(
    name="f-30-03-calderdale-icpc-pdf-form-plus-minutes-police-protection-deep", district="calderdale",
    kind="initial", pre_birth=False, date="2026-12-14", time="10:00", tick="report", form_kind="pdf",
    narr_kind="pdf",
    sender=("Child Protection Administration", "cp.admin@calderdale.gov.uk"),
    subject="ICPC - CROWTHER - 14/12/2026 10:00",
    sent=london(D(2026, 11, 30), 11, 41), received=london(D(2026, 11, 30), 11, 46),
    cover=("Dear colleague\n\nConference request and the strategy meeting minutes attached.\n\nRegards\nDenise "
           "Sutcliffe\nChild Protection Administration | Calderdale Council"),
    form=["Calderdale - Request for Child Protection Conference",
          ("Conference", "Initial"), ("Date", "14/12/2026"), ("Time", "10:00"),
          ("Venue", "Northgate House, Halifax"), ("Child 1", "Tyler Crowther, DOB 10/10/2018"),
          ("Child 2", "Macie Crowther, DOB 12/12/2020"), ("Mother", "Rachel Crowther"),
          ("Mother's partner", "Nathan Baines"), ("Category", "Neglect"),
          ("Reason", "Neglect - see the attached strategy meeting minutes.")],
    tick_row=("Police attendance required?", [("Yes", False), ("No - written report", True)]),
    narr=dict(
        title="Strategy Meeting Minutes and Assessment - Tyler and Macie Crowther",
        child="Tyler", mother="Rachel Crowther",
        front=["Strategy meeting held: 25/11/2026 at 14:00 (Teams)", "Chair: Sean Gallagher, Team Manager"],
        attendees=[["Sean Gallagher", "Team Manager"], ["DS Imran Qureshi", "Calderdale Child Safeguarding Unit"],
                   ["Nicola Firth", "School Nurse"], ["Olivia Crabtree", "Social Worker"]],
        shared=["School: both children have poor attendance; Tyler is often late and tired.",
                "Police: in 2021 the family were victims of a burglary at their previous address. A neighbour's son "
                "was arrested in October 2026 for cannabis supply from the flat below; the family are not "
                "connected with that."],
        history=["Ms Crowther's father, who lives in Spain and has no contact, served a prison sentence for robbery "
                 "in the 1990s.",
                 "There is no history of the children being subject to child protection plans."],
        chron=[["10/10/2018", "Tyler born", "Information"], ["14/06/2021", "Burglary - family victims", "Crime"],
               ["12/12/2023", "Macie - A&E, fall from sofa, accidental", "No further action"],
               ["14/12/2025", "School attendance letter", "Monitoring"],
               ["09/10/2026", "Neighbour's son arrested (cannabis)", "Unconnected"],
               ["24/11/2026", "Children in police protection", "Strategy"],
               ["25/11/2026", "Strategy meeting", "s47"]],
        deep=["Reason for the strategy meeting: at 23:40 on 24/11/2026 officers attended the flat after a neighbour "
              "reported children crying. Tyler (8) and Macie (5) were alone, the flat was cold and there was no "
              "food. Ms Crowther and Mr Baines could not be contacted. Both children were taken into police "
              "protection under section 46 of the Children Act 1989 and placed with their maternal grandmother "
              "overnight. This conference arises from that police protection.",
              "DS Qureshi confirmed that police are not conducting a criminal investigation: the threshold for a "
              "wilful neglect offence is not met on the information available."],
        author="Minutes taken by: Paula Greenwood, Business Support. Assessment: Olivia Crabtree, Social Worker."),
    criteria=["police_protection"], decision="discuss", harm=["neglect"],
    children=[kid("Tyler Crowther", "2018-10-10"), kid("Macie Crowther", "2020-12-12")],
    adults=["Rachel Crowther", "Nathan Baines"],
    tags=["short-form-plus-narrative", "pdf-form", "pdf-minutes", "police-protection-deep", "calderdale-discuss",
          "negated-wilful-neglect", "third-party-offences", "tick-report"],
    notes="Calderdale: the conference arises from police protection (s46) on 24/11/2026, stated deep in the "
          "minutes; police protection is not on Calderdale's attend list -> discuss (POLICY Calderdale choice). "
          "No police investigation (negated); other police mentions are third parties or the family as victims.",
))

# ---------------------------------------------------------------- 30-04 Kirklees all traps, report only
CASES.append(dict(
    name="f-30-04-kirklees-icpc-form-plus-assessment-all-traps-report-only", district="kirklees",
    kind="initial", pre_birth=False, date="2026-12-10", time="09:30", tick="report", form_kind="docx",
    narr_kind="pdf",
    sender=("Ellie Sykes", "ellie.sykes@kirklees.gov.uk"),
    subject="ICPC AHMADZAI - 10/12/2026 09:30 - booking form and assessment",
    sent=london(D(2026, 11, 26), 16, 10), received=london(D(2026, 11, 26), 16, 18),
    cover=("Hi,\n\nPlease find the booking form and my assessment for Bilal and Maryam. The conference is on "
           "Thursday 10 December at 9.30am at Huddersfield Town Hall.\n\nEllie Sykes\nSocial Worker | Kirklees "
           "Council"),
    form=["Kirklees Children's Services - Child Protection Conference Booking Form",
          ("Type of conference", "Initial"), ("Date", "10/12/2026"), ("Time", "9.30am"),
          ("Venue", "Huddersfield Town Hall"),
          ("Children", "Bilal Ahmadzai (04/04/2014); Maryam Ahmadzai (19/09/2017)"),
          ("Parents", "Zarghona Ahmadzai (mother); Habibullah Ahmadzai (father)"),
          ("Category", "Physical"), ("Reason", "Physical harm - chastisement. See assessment.")],
    tick_row=("West Yorkshire Police", [("Attendance required", False), ("Written report sufficient", True)]),
    narr=dict(
        title="Section 47 Assessment - Bilal and Maryam Ahmadzai",
        child="Bilal", mother="Zarghona Ahmadzai",
        front=["Strategy discussion: 12/11/2026", "Outcome: single-agency section 47 enquiry by children's social "
                                                   "care"],
        attendees=[["Liam Dyson", "Team Manager"], ["DS Paul Greaves", "Kirklees Safeguarding Unit"],
                   ["Mr T. Ahmed", "DSL"], ["Interpreter", "Pashto"]],
        shared=["School: Bilal (12) said his father hits him with a belt when he does not finish his Koran study; "
                "a faint mark was seen on his arm.",
                "Police: DS Greaves advised that, after discussion with the CPS lawyer on call, the police will not "
                "investigate; the father accepted a parenting programme. Police checks on both parents returned no "
                "trace on PNC."],
        history=["Police protection was considered at the strategy discussion but not used: the children stayed "
                 "with their paternal aunt for two nights by agreement.",
                 "A CSE screening tool was completed for Maryam because she had been messaged by an unknown adult "
                 "on a gaming site - no risk identified.",
                 "Ms Ahmadzai's cousin is a registered sex offender living in Birmingham; he has never visited the "
                 "family and has no contact with the children. Mr Ahmadzai's brother lives in Germany and was "
                 "convicted there of assault in 2010."],
        chron=[["04/04/2014", "Bilal born in Kabul", "Information"], ["15/08/2021", "Family arrive in the UK",
                                                                      "Resettlement scheme"],
               ["10/12/2024", "Neighbour arrested for cannabis cultivation (next door)", "Unconnected"],
               ["09/12/2025", "School: Bilal fell out with friends", "Advice"],
               ["11/11/2026", "Bilal disclosure at school", "Referral"],
               ["12/11/2026", "Strategy discussion", "s47 - CSC only"]],
        deep=["Should the father use physical chastisement again, the police would be informed and a joint "
              "investigation considered. At present there is no police investigation, no domestic abuse has been "
              "reported, and police are not part of the safety plan."],
        author="Author: Ellie Sykes, Social Worker, Kirklees Council - 24/11/2026"),
    criteria=[], decision="report_only", harm=["physical"],
    children=[kid("Bilal Ahmadzai", "2014-04-04"), kid("Maryam Ahmadzai", "2017-09-19")],
    adults=["Zarghona Ahmadzai", "Habibullah Ahmadzai"],
    tags=["short-form-plus-narrative", "docx-form", "pdf-assessment", "all-traps", "pp-considered-not-used",
          "cse-screen-negative", "rso-elsewhere-no-contact", "hypothetical-investigation", "afghan-names",
          "tick-report"],
    notes="Kirklees -> Wakefield rules. Every police mention is negated (police will not investigate, PNC no "
          "trace), hypothetical ('should ... a joint investigation considered'), not used (police protection "
          "considered but not used) or about someone with no association (RSO cousin in Birmingham, uncle in "
          "Germany, neighbour) -> no criterion; written report sufficient -> report_only.",
))

# ---------------------------------------------------------------- 30-05 Bradford review, NFA concluded, report only
CASES.append(dict(
    name="f-30-05-bradford-rcpc-body-form-plus-review-report-nfa", district="bradford", kind="review",
    pre_birth=False, date="2027-01-06", time="10:00", tick="absent", form_kind="body", narr_kind="docx",
    sender=("Conference Booking - Bradford", "cp.conferencebooking@bradford.gov.uk"),
    subject="RCPC 06/01/2027 - MIAH - conference details and SW report",
    sent=london(D(2026, 12, 15), 15, 4), received=london(D(2026, 12, 15), 15, 9),
    form=["REVIEW CHILD PROTECTION CONFERENCE - BOOKING",
          ("Conference", "Review (second)"), ("Date", "Wednesday 06/01/2027"), ("Time", "10:00"),
          ("Venue", "Britannia House, Bradford"), ("Chair", "Julie Feather"),
          ("Children", "Ayaan Miah 02/02/2013, Inaya Miah 17/08/2019"),
          ("Adults", "Rumana Begum (mother), Sabbir Miah (father)"),
          ("Category", "Physical"), ("Previous conference", "01/07/2026")],
    tick_row=None,
    cover_pre="Good afternoon\n\nDetails below and the social worker's review report attached. Please note the "
              "office is closed 25 Dec - 1 Jan.\n\n",
    cover_post="\n\nShabana Iqbal\nChild Protection Business Support | Bradford Children and Families Trust",
    narr=dict(
        title="Social Work Report to Review Child Protection Conference - Ayaan and Inaya Miah",
        child="Ayaan", mother="Rumana Begum",
        front=["Conference: second review, 06/01/2027", "Plan start: ICPC 02/04/2026 (category physical)"],
        attendees=[["Ruth Ogunleye", "Social Worker"], ["Julie Feather", "Chair"],
                   ["Mrs S. Akhtar", "DSL, Feversham Primary"], ["Sue Kaye", "School Nurse"]],
        shared=["Core group meetings have been held monthly. Members: social worker, school, school nurse, "
                "Family Support and both parents.",
                "Police were members of the core group until August 2026. The police investigation into the "
                "injury to Ayaan concluded in August 2026 with no further action, and police are no longer part of "
                "the core group."],
        history=["Mr Miah was arrested in March 2026 after Ayaan was found to have a fractured wrist; he was "
                 "interviewed and released under investigation, and the case was closed NFA in August 2026 because "
                 "the evidence did not meet the charging standard.",
                 "Risk has reduced since the last review: both parents completed a parenting programme and the "
                 "children say home is calmer."],
        chron=[["02/02/2013", "Ayaan born", "Information"], ["14/03/2026", "Ayaan - fractured wrist", "Strategy"],
               ["15/03/2026", "Mr Miah arrested, RUI", "Investigation"],
               ["02/04/2026", "ICPC - CP plans (physical)", "CP plan"],
               ["01/07/2026", "First review - plans continued", "CP plan"],
               ["21/08/2026", "Police outcome: NFA", "Closed"],
               ["31/12/2025", "School trip - no concerns", "Information"],
               ["10/12/2026", "Core group - progress", "Step-down recommended"]],
        deep=["Recommendation: the social worker recommends that the children's plans end and that the family "
              "are supported under a Child in Need plan. There have been no incidents since April."],
        author="Ruth Ogunleye, Social Worker, Bradford Children and Families Trust - 11/12/2026"),
    criteria=["prior_unit_involvement"], decision="report_only", harm=["physical"],
    children=[kid("Ayaan Miah", "2013-02-02"), kid("Inaya Miah", "2019-08-17")],
    adults=["Rumana Begum", "Sabbir Miah"],
    tags=["short-form-plus-narrative", "body-form", "docx-review-report", "review", "nfa-concluded",
          "former-core-group", "bank-holidays", "bangladeshi-names", "tick-absent"],
    notes="Bradford review -> Wakefield rules: investigation concluded NFA (historical, prior involvement only), "
          "police no longer in the core group, risk reduced -> report_only. Report due counts back over 1 Jan "
          "and the weekend: Thu 31/12/2026.",
))

# ---------------------------------------------------------------- 30-06 Leeds pre-birth, sibling CSE deep -> discuss
CASES.append(dict(
    name="f-30-06-leeds-prebirth-form-plus-assessment-sibling-cse-deep", district="leeds", kind="initial",
    pre_birth=True, date="2026-12-16", time="10:00", tick="report", form_kind="docx", narr_kind="docx",
    sender=("Chloe Ingham", "chloe.ingham@leeds.gov.uk"),
    subject="[SECURE] Pre-birth ICPC - MENSAH - 16/12/2026",
    sent=london(D(2026, 12, 2), 9, 20), received=london(D(2026, 12, 2), 9, 25),
    cover=("Morning,\n\nBooking form and pre-birth assessment attached. The conference is for Ms Mensah's "
           "unborn baby and for Precious.\n\nChloe Ingham\nSocial Worker | Leeds City Council"),
    form=["Leeds - Request for Child Protection Conference (pre-birth)",
          ("Conference type", "Pre-birth ICPC"), ("Date", "16/12/2026"), ("Time", "10am"),
          ("Venue", "Merrion House"), ("Unborn", "Baby Mensah, EDD 10/03/2027"),
          ("Sibling", "Precious Mensah (14/02/2012)"),
          ("Adults", "Abigail Mensah (mother); Daniel Kerr (baby's father)"),
          ("Category", "Sexual / Neglect"), ("Reason", "See attached pre-birth assessment.")],
    tick_row=("Police attendance", [("Requested", False), ("Not requested - report only", True)]),
    narr=dict(
        title="Pre-Birth Assessment - Unborn Baby Mensah and Precious Mensah",
        child="Precious", mother="Abigail Mensah",
        front=["Strategy discussion: 20/11/2026", "Outcome: section 47 (CSC) and pre-birth assessment"],
        attendees=[["Dawn Fairburn", "Practice Supervisor"], ["PC Karl Senior", "CPPU Weetwood"],
                   ["Gail Moss", "Community Midwife"], ["Mr J. Ellis", "DSL, Roundhay School"]],
        shared=["Midwife: Ms Mensah booked late at 22 weeks and has missed two scans.",
                "Police: Mr Kerr has no police record (PNC no trace). Police returned Precious home after two "
                "missing episodes in October."],
        history=["The birth plan will be agreed at the conference. If the parents were to leave hospital with the "
                 "baby against medical advice, police would be contacted.",
                 "The family lived in Kirklees until 2024; there were no child protection concerns there."],
        chron=[["14/02/2012", "Precious born", "Information"], ["01/09/2023", "Precious starts secondary", "Info"],
               ["12/10/2026", "Precious missing overnight", "Returned by police"],
               ["26/10/2026", "Precious missing 2 days", "Returned by police"],
               ["05/11/2026", "CSE risk assessment", "High"],
               ["20/11/2026", "Strategy discussion", "s47"]],
        deep=["Precious: a CSE risk assessment completed on 05/11/2026 rated Precious (14) at high risk of child "
              "sexual exploitation. During both missing episodes she was with men in their twenties who gave her "
              "alcohol and drove her to parties in Bradford; she has been referred to the Leeds Child Exploitation "
              "Hub. CSE is a considered risk for Precious and Ms Mensah struggles to protect her."],
        author="Author: Chloe Ingham, Social Worker - 30/11/2026"),
    criteria=["child_sexual_exploitation"], decision="discuss", harm=["neglect", "sexual"],
    children=None, adults=["Abigail Mensah", "Daniel Kerr"],
    tags=["short-form-plus-narrative", "docx-form", "docx-assessment", "pre-birth", "sibling-cse-deep",
          "leeds-cse-discuss", "hypothetical-police", "tick-report", "ghanaian-names"],
    notes="Leeds: CSE is a considered risk for Precious (a subject of this conference), deep in the assessment; "
          "Leeds' list has no CSE item -> discuss (POLICY choice), tick 'report only' does not lower it. children "
          "null (unborn + sibling).",
))

# ---------------------------------------------------------------- 30-07 Calderdale minutes + plan = not an invitation
CASES.append(dict(
    name="f-30-07-calderdale-icpc-minutes-and-plan-not-invitation", district="calderdale", kind=None,
    pre_birth=False, date=None, time=None, tick="absent", form_kind="none", narr_kind="pdf",
    sender=("Child Protection Administration", "cp.admin@calderdale.gov.uk"),
    subject="ICPC minutes and Child Protection Plan - HOLROYD - conference held 26/11/2026",
    sent=london(D(2026, 12, 10), 10, 0), received=london(D(2026, 12, 10), 10, 5),
    cover=("Dear all\n\nPlease find attached the minutes of the Initial Child Protection Conference held on "
           "26/11/2026 for Ruby and Alfie Holroyd. The children are subject to child protection plans under the "
           "category of neglect. The first core group was held on 03/12/2026 and the Review Child Protection "
           "Conference is booked for 26/02/2027 at 10am - invitations will follow nearer the time.\n\n"
           "Please check the minutes and let us know of any factual inaccuracies within 5 working days.\n\n"
           "Kind regards\nDenise Sutcliffe\nChild Protection Administration | Calderdale Council"),
    narr=dict(
        title="Minutes of Initial Child Protection Conference - Ruby and Alfie Holroyd",
        child="Ruby", mother="Leanne Holroyd",
        front=["Conference held: 26/11/2026 at 13:30, Northgate House", "Chair: Graham Ackroyd",
               "Decision: both children to be subject to child protection plans - category neglect",
               "Review Child Protection Conference: 26/02/2027 at 10:00"],
        attendees=[["Graham Ackroyd", "Chair"], ["Leanne Holroyd", "Mother"], ["Olivia Crabtree", "Social Worker"],
                   ["PC Amy Dixon", "Calderdale Child Safeguarding Unit (report provided)"],
                   ["Nicola Firth", "School Nurse"]],
        shared=["Police: PC Dixon reported that police hold no information of concern about either parent and "
                "there is no police involvement with the family.",
                "School: attendance 81%; Ruby often arrives without lunch."],
        history=["The chair summarised the concerns: home conditions, missed health appointments and the "
                 "children's poor school attendance."],
        chron=[["26/11/2026", "Initial Child Protection Conference", "CP plans - neglect"],
               ["03/12/2026", "First core group", "Plan agreed"],
               ["26/02/2027", "Review Child Protection Conference", "Booked"]],
        deep=["Core group membership: social worker, school, school nurse, health visitor, Family Support and "
              "Ms Holroyd. Police are not members of the core group."],
        author="Minutes taken by Paula Greenwood, Business Support, Calderdale Council."),
    criteria=[], decision="manual_review", harm=None, children=None, adults=None,
    tags=["not-an-invitation", "minutes", "future-review-date-trap", "manual-review"],
    notes="Minutes of a past conference with a plan, not an invitation (the review date 26/02/2027 is only "
          "announced) -> manual_review with not_an_invitation (POLICY rule 1).",
))


def main():
    for c in CASES:
        texts = [c["subject"]]
        atts = []
        if c["form_kind"] == "body":
            ft = form_text(c["form"], c["tick_row"])
            cover = c["cover_pre"] + ft + c["cover_post"]
            texts += [cover, c["cover_pre"].strip(), c["cover_post"].strip()] + ft.splitlines()
        else:
            cover = c["cover"]
            texts.append(cover)
            if c["form_kind"] == "docx":
                atts.append(("Booking form.docx", DOCX, form_docx(c["form"], c["tick_row"], texts)))
            elif c["form_kind"] == "pdf":
                atts.append(("Conference request.pdf", PDF, form_pdf(c["form"], c["tick_row"], texts)))
        if c["narr_kind"] == "pdf":
            nm = c["narr"]["title"].split(" - ")[0] + ".pdf"
            atts.append((nm, PDF, narrative_pdf(c["narr"], texts)))
        else:
            nm = c["narr"]["title"].split(" - ")[0] + ".docx"
            atts.append((nm, DOCX, narrative_docx(c["narr"], texts)))
        texts += [a[0] for a in atts]
        eml = build_email(case=c["name"], from_name=c["sender"][0], from_addr=c["sender"][1],
                          to=POLICE_TO_BY_DISTRICT[c["district"]], subject=c["subject"], sent=c["sent"],
                          received=c["received"], text=cover, attachments=atts)
        manual = c["decision"] == "manual_review"
        has_tb = c["tick_row"] is not None if c.get("tick_row") is not None else False
        lab = label(district=c["district"], kind=c["kind"], pre_birth=c["pre_birth"], date=c["date"],
                    time=c["time"], tick=c["tick"], harm=c["harm"], children=c["children"], adults=c["adults"],
                    criteria=c["criteria"], decision=c["decision"], received=c["received"].date(), texts=texts,
                    tags=c["tags"], notes=c["notes"], manual=manual, has_tickbox=has_tb,
                    deadlines=not manual,
                    flags_required=["not_an_invitation"] if manual else (),
                    unscored=(["no_booking_form", "missing_reason", "missing_family_details",
                               "missing_conference_date", "tickbox_ambiguous"] if manual else
                              (["no_booking_form"] if c["form_kind"] == "body" else [])))
        write_case(c["name"], eml, lab)
    print("wrote", len(CASES))


if __name__ == "__main__":
    main()
