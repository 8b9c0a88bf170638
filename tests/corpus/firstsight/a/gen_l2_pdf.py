"""Layout 2: PDF 'request for an initial child protection conference' - label-above-value boxes, dotted leaders."""
from lib import *


def build(name, *, district, sender, local, subject, sent, received, body, spec, fname, lab):
    texts = []
    data = pdf_form(spec, texts)
    msg = MIMEMultipart("mixed")
    headers(msg, district=district, sender_name=sender, sender_local=local, subject=subject, sent=sent, received=received)
    msg.attach(text_part(body))
    attach_bytes(msg, data, fname, "pdf")
    lab["source_texts"] = [subject, body] + [l for l in body.split("\n") if l.strip()] + texts + [fname]
    write_case(name, msg, lab)


def c08():
    rec = ts(2026, 12, 7, 9, 40)
    spec = [("line", "OFFICIAL-SENSITIVE"), ("title", "REQUEST FOR AN INITIAL CHILD PROTECTION CONFERENCE"),
            ("line", "Wakefield Council - Children and Young People's Service"),
            ("box", [("CareDirector ID", "CD418855"), ("Date of request", "04/12/2026"), ("Category", "Neglect")]),
            ("dots", "Conference date", "14/12/2026"), ("dots", "Start time", "13:00"),
            ("dots", "Venue", "County Hall, Bond Street, Wakefield - Committee Room B"),
            ("dots", "Is police attendance requested? (Yes/No)", "Yes"),
            ("head", "Children"),
            ("line", "1. Kacey Moorhouse (05/07/2021)"), ("line", "2. Riley Moorhouse (16/01/2023)"),
            ("head", "Parents / carers"),
            ("box", [("Name", "Abbie Moorhouse"), ("Relationship", "Mother"), ("Date of birth", "10/10/2001")]),
            ("box", [("Name", "Scott Illingworth"), ("Relationship", "Father (lives separately)"), ("Date of birth", "28/02/1999")]),
            ("head", "Summary of concerns"),
            ("para", "On 29/11/2026 at 23:40 officers attended the family home after neighbours reported children crying. Kacey and Riley were found alone in the flat with no adult present. The officers used their powers of police protection under section 46 Children Act 1989 and the children were taken to emergency foster carers."),
            ("para", "Ms Moorhouse returned home at 01:15. The children have since returned to her care under a written agreement while the section 47 enquiry is completed. Police have advised that the criminal threshold for a neglect offence is not met."),
            ("head", "Social worker"),
            ("line", "Demi Foulds, Assessment Team East, tel 01924 307711"),
            ]
    body = ("Please find attached a request for an ICPC (MOORHOUSE), Monday 14th December 2026 at 1pm, County Hall.\n\n"
            "Regards\nSafeguarding and Review Unit")
    lab = label(district="wakefield", kind="initial", pre_birth=False, date="2026-12-14", time="13:00", tick=True,
                harm=["neglect"], children=[("Kacey Moorhouse", "2021-07-05"), ("Riley Moorhouse", "2023-01-16")],
                adults=["Abbie Moorhouse", "Scott Illingworth"], criteria=["police_protection"], decision="attend",
                received=rec.date(), source_texts=[],
                tags=["pdf", "label-above-value", "dotted-leader", "numbered-names", "yes-no", "district-wakefield", "initial",
                      "police-protection", "notice-boundary-5", "trap-no-wilful-neglect"],
                notes="conference arises from s46 police protection (W4) -> attend; police said neglect offence threshold not met (no wilful neglect); notice exactly 5 WD")
    build("a-08-wakefield-icpc-pdf-police-protection", district="wakefield", sender="SRU Admin", local="sru.admin",
          subject="ICPC request MOORHOUSE CD418855", sent=rec - dt.timedelta(minutes=2), received=rec, body=body, spec=spec,
          fname="ICPC request MOORHOUSE.pdf", lab=lab)


def c09():
    rec = ts(2026, 12, 10, 11, 0)
    spec = [("title", "Request for Initial Child Protection Conference"), ("line", "Leeds Children and Families | OFFICIAL-SENSITIVE"),
            ("box", [("Date of conference", "Monday 21 December 2026"), ("Time", "10.00 am"), ("Venue", "Merrion House, Leeds")]),
            ("box", [("Mosaic ID", "M-7113590"), ("Social worker", "Priya Lal"), ("Team", "East North East")]),
            ("head", "Family composition"),
            ("line", "Chloe Varley - subject child (d.o.b. 03/03/2012)"), ("line", "Donna Varley - mother"),
            ("line", "Steven Varley - father"),
            ("dots", "Category requested", "Sexual abuse"),
            ("head", "Circumstances"),
            ("para", "Chloe has been reported missing five times since September, usually overnight. On return she has had new phones, clothes and vodka and has been seen getting into cars driven by men in their twenties. The CSE risk assessment completed on 01/12/2026 scored high and child sexual exploitation is the main risk being considered for Chloe."),
            ("para", "Parents are supportive and have reported every missing episode. A referral has been made to the Leeds Safeguarding from Exploitation team."),
            ]
    body = ("Hello,\n\nPlease find attached the request for an ICPC for Chloe Varley on 21/12/2026 at 10am.\n\n"
            "Integrated Safeguarding Unit\nLeeds City Council")
    lab = label(district="leeds", kind="initial", pre_birth=False, date="2026-12-21", time="10:00", tick=None,
                harm=["sexual"], children=[("Chloe Varley", "2012-03-03")], adults=["Donna Varley", "Steven Varley"],
                criteria=["child_sexual_exploitation"], decision="discuss", received=rec.date(), source_texts=[],
                tags=["pdf", "label-above-value", "name-dash-relationship", "district-leeds", "initial", "cse", "tick-absent"],
                notes="CSE is a considered risk; Leeds list has no CSE item, so CSE alone -> discuss (POLICY choice)")
    build("a-09-leeds-icpc-pdf-cse-only", district="leeds", sender="Integrated Safeguarding Unit", local="isu",
          subject="ICPC 21.12.26 VARLEY", sent=rec - dt.timedelta(minutes=1), received=rec, body=body, spec=spec,
          fname="Request for ICPC - VARLEY.pdf", lab=lab)


def c10():
    rec = ts(2026, 12, 11, 12, 0)
    spec = [("title", "CALDERDALE - REQUEST FOR CHILD PROTECTION CONFERENCE"), ("line", "OFFICIAL-SENSITIVE"),
            ("dots", "Type of conference", "Initial"),
            ("dots", "Conference date", "04/01/2027"), ("dots", "Time", "11:00"),
            ("dots", "Venue", "Northgate House, Halifax"),
            ("dots", "Police attendance requested", "No - written report"),
            ("box", [("Child's name", "Isla Greenwood"), ("Date of birth", "12/12/2016"), ("School", "Warley Road Primary")]),
            ("box", [("Child's name", "Theo Greenwood"), ("Date of birth", "07/06/2020"), ("School", "Warley Road Primary (Nursery)")]),
            ("box", [("Mother", "Rachel Greenwood"), ("Father", "Kyle Dempsey"), ("Address", "9 Hanson Lane, Halifax HX1")]),
            ("head", "Danger statement"),
            ("para", "Children's Social Care, the police and the school are worried that Kyle may seriously hurt Rachel in front of Isla and Theo, as he did on 28/11/2026 when he strangled her in the kitchen, and that the children could be injured or be so frightened that their development is harmed."),
            ("head", "Current involvement"),
            ("para", "DASH assessed as high risk. The case was heard at MARAC on 03/12/2026. A West Yorkshire Police domestic abuse officer is working with Rachel on a safety plan and a DVPO was granted on 01/12/2026. An IDVA has been allocated."),
            ]
    body = ("Please see attached booking for an Initial CPC on 4 January, 11am, Northgate House.\n\nCP Admin\nCalderdale")
    lab = label(district="calderdale", kind="initial", pre_birth=False, date="2027-01-04", time="11:00", tick=False,
                harm=["emotional"], children=[("Isla Greenwood", "2016-12-12"), ("Theo Greenwood", "2020-06-07")],
                adults=["Rachel Greenwood", "Kyle Dempsey"], criteria=["domestic_abuse_current_involvement"], decision="discuss",
                received=rec.date(), source_texts=[],
                tags=["pdf", "dotted-leader", "label-above-value", "danger-statement", "district-calderdale", "initial", "domestic-abuse",
                      "christmas-bank-holidays"],
                notes="serious DA with current police DA officer, MARAC and DVPO; Calderdale does not list DA -> discuss (POLICY choice)")
    lab["harm_categories"] = None
    build("a-10-calderdale-icpc-pdf-da-marac", district="calderdale", sender="CP Admin", local="cp.admin",
          subject="Initial CPC - GREENWOOD - 04/01/2027", sent=rec - dt.timedelta(minutes=1), received=rec, body=body, spec=spec,
          fname="GREENWOOD ICPC request.pdf", lab=lab)


def c11():
    rec = ts(2026, 12, 14, 10, 30)
    spec = [("title", "Request for an Initial Child Protection Conference"), ("line", "Wakefield Council - Safeguarding and Review Unit"),
            ("box", [("Conference date", "Tuesday 22/12/2026"), ("Time", "2.00pm"), ("Venue", "Microsoft Teams")]),
            ("box", [("Category", "Neglect"), ("CareDirector ID", "CD402271"), ("Chair", "Anthony Rowe")]),
            ("line", "West Yorkshire Police: \u2610 Attendance required   \u2612 Written report sufficient"),
            ("head", "Subject child"),
            ("box", [("Name", "Kieran Dobson"), ("DOB", "11/02/2011"), ("Address", "Flat 3, Calder Court, Airedale, Castleford")]),
            ("head", "Household"),
            ("line", "Tracey Dobson (mother, 14/08/1980)"), ("line", "Connor Dobson (brother, 20/05/2007)"),
            ("head", "Summary of concerns"),
            ("para", "Kieran is being criminally exploited through county lines drug dealing. He has been found in Scarborough twice and on 04/12/2026 he was arrested in Wakefield in possession of class A drugs and released under investigation for that offence."),
            ("para", "Adults believed to be linked to the drug line have been using Ms Dobson's flat (cuckooing). His brother Connor is a PPO nominal managed under the IOM scheme. Ms Dobson is not able to supervise Kieran or keep him at home at night."),
            ("para", "There are no CSE concerns and no concerns about physical or sexual abuse within the family."),
            ]
    body = ("Afternoon,\n\nICPC request for Kieran DOBSON attached - 22/12/2026 at 14:00 on Teams.\n\nThanks\nSRU")
    lab = label(district="wakefield", kind="initial", pre_birth=False, date="2026-12-22", time="14:00", tick=False,
                harm=["neglect"], children=[("Kieran Dobson", "2011-02-11")], adults=["Tracey Dobson", "Connor Dobson"],
                criteria=[], decision="report_only", received=rec.date(), source_texts=[],
                tags=["pdf", "label-above-value", "glyph-tick", "district-wakefield", "initial", "tick-report", "trap-cce",
                      "trap-ppo-offender", "trap-rui-not-abuse", "trap-negated-cse"],
                notes="CCE/county lines and cuckooing are not CSE, 'PPO nominal' is an offender, the RUI is for the child's own drug offence not abuse in the family; report ticked -> report_only")
    build("a-11-wakefield-icpc-pdf-cce-ppo-traps", district="wakefield", sender="SRU Admin", local="sru.admin",
          subject="ICPC request - DOBSON - CD402271", sent=rec - dt.timedelta(minutes=1), received=rec, body=body, spec=spec,
          fname="DOBSON ICPC request.pdf", lab=lab)


def c12():
    rec = ts(2026, 12, 15, 9, 0)
    spec = [("title", "Bradford Children's Services"), ("title", "Request for Initial Child Protection Conference"),
            ("line", "OFFICIAL-SENSITIVE"),
            ("dots", "Date of conference", "23rd December 2026"), ("dots", "Time", "10am"),
            ("dots", "Venue", "Margaret McMillan Tower, Princes Way, Bradford"),
            ("dots", "Liquidlogic reference", "LL-3308127"),
            ("head", "Children"),
            ("box", [("Name", "Ibrahim Hussain"), ("Date of birth", "02/01/2021"), ("Gender", "Male")]),
            ("box", [("Name", "Zainab Hussain"), ("Date of birth", "14/05/2024"), ("Gender", "Female")]),
            ("head", "Adults"),
            ("box", [("Name", "Saima Bibi"), ("Role", "Mother"), ("Name", "Tariq Hussain"), ("Role", "Father")]),
            ("head", "Summary of concerns"),
            ("para", "On 03/12/2026 Zainab was admitted to Bradford Royal Infirmary severely underweight with untreated scabies; the house had no heating and there was no food suitable for a toddler. Both parents had cancelled every health appointment since the summer."),
            ("para", "West Yorkshire Police are actively investigating both parents for child cruelty (wilful neglect, section 1 Children and Young Persons Act 1933). Both parents were interviewed under caution on 09/12/2026 and released under investigation."),
            ("dots", "Category", "Neglect"),
            ]
    body = ("Dear CPPU,\n\nPlease find attached an ICPC request for the HUSSAIN children.\n\nKind regards\n"
            "Conference and Reviewing Service\nBradford Council")
    lab = label(district="bradford", kind="initial", pre_birth=False, date="2026-12-23", time="10:00", tick=None,
                harm=["neglect"], children=[("Ibrahim Hussain", "2021-01-02"), ("Zainab Hussain", "2024-05-14")],
                adults=["Saima Bibi", "Tariq Hussain"], criteria=["wilful_neglect_investigation"], decision="attend",
                received=rec.date(), source_texts=[],
                tags=["pdf", "dotted-leader", "label-above-value", "district-bradford", "initial", "wilful-neglect", "tick-absent",
                      "wakefield-rules"],
                notes="Bradford decided on Wakefield rules: active police investigation of wilful neglect / child cruelty (W3) -> attend")
    build("a-12-bradford-icpc-pdf-wilful-neglect", district="bradford", sender="Conference and Reviewing Service",
          local="cp.conferences", subject="ICPC - HUSSAIN - 23/12/2026", sent=rec - dt.timedelta(minutes=1), received=rec,
          body=body, spec=spec, fname="HUSSAIN ICPC request.pdf", lab=lab)


def c13():
    rec = ts(2026, 12, 16, 13, 20)
    spec = [("title", "Request for an Initial Child Protection Conference"), ("line", "Leeds City Council - Integrated Safeguarding Unit"),
            ("box", [("Conference date", "08/01/2027"), ("Start", "10:00"), ("Venue", "St George House, 40 Great George Street, Leeds")]),
            ("dots", "Police attendance required? Yes/No", "No"),
            ("dots", "Is any household member or visitor a registered sex offender?", "No"),
            ("head", "Family members"),
            ("box", [("Child", "Tyler Kershaw"), ("Date of birth", "30/06/2020"), ("Relationship", "Subject")]),
            ("box", [("Adult", "Megan Kershaw"), ("Date of birth", "22/08/1998"), ("Relationship", "Mother")]),
            ("box", [("Adult", "Dennis Kershaw"), ("Date of birth", "17/03/1958"), ("Relationship", "Maternal grandfather - visits weekly")]),
            ("head", "Summary of concerns"),
            ("para", "Ms Kershaw has severe depression and is often in bed all day. Tyler's school attendance is 64%, he arrives hungry and in dirty clothes, and there are head lice that have not been treated for months. Category requested: neglect."),
            ("para", "Mr Dennis Kershaw is a Schedule 1 offender; he was convicted in 1994 of cruelty to a child. He is not on the sex offenders register."),
            ("para", "In March 2022 West Yorkshire Police investigated an allegation that Tyler's father hit him with a belt; the outcome was no further action. The father moved to Ireland in 2023 and has no contact."),
            ]
    body = ("Good afternoon\n\nAttached is an ICPC request for Tyler KERSHAW, Friday 8th January 2027 at 10am.\n\nISU Leeds")
    lab = label(district="leeds", kind="initial", pre_birth=False, date="2027-01-08", time="10:00", tick=False,
                harm=["neglect"], children=[("Tyler Kershaw", "2020-06-30")], adults=["Megan Kershaw", "Dennis Kershaw"],
                criteria=["prior_unit_involvement"], decision="report_only", received=rec.date(), source_texts=[],
                tags=["pdf", "label-above-value", "dotted-leader", "district-leeds", "initial", "tick-report", "trap-schedule1",
                      "trap-nfa-historic", "trap-negated-rso"],
                notes="Schedule 1 is not RSO, 2022 investigation was NFA with no escalation (prior involvement only, not a Leeds criterion); tick No -> report_only")
    build("a-13-leeds-icpc-pdf-schedule1-nfa-traps", district="leeds", sender="ISU Leeds", local="isu",
          subject="ICPC KERSHAW 08/01/2027", sent=rec - dt.timedelta(minutes=1), received=rec, body=body, spec=spec,
          fname="ICPC request KERSHAW.pdf", lab=lab)


def c14():
    rec = ts(2026, 12, 17, 10, 0)
    spec = [("line", "OFFICIAL-SENSITIVE"), ("title", "REQUEST FOR AN INITIAL CHILD PROTECTION CONFERENCE"),
            ("line", "Wakefield Council - Children and Young People's Service"),
            ("dots", "Conference date", "07/01/2027"), ("dots", "Time", "1.30pm"),
            ("dots", "Venue", "Wakefield One, Burton Street, Wakefield"),
            ("box", [("Name of child", "Skye Armitage"), ("Date of birth", "09/09/2013"), ("Gender", "Female")]),
            ("box", [("Parent/carer", "Lisa Armitage (mother)"), ("Partner / household member", "Gary Holroyd (stepfather)")]),
            ("head", "Reason for conference"),
            ("para", "In 2023 West Yorkshire Police investigated Mr Holroyd for sexually assaulting Skye. The case was closed with no further action because of evidential difficulties and he left the home under a safety plan."),
            ("para", "He has now moved back into the family home against the safety plan. Since his return Skye has started wetting the bed and self-harming, and she told school she is scared of him being back. The risk to Skye is escalating. No new allegation has been made and there is no current police investigation."),
            ("dots", "Category", "Sexual abuse"),
            ]
    body = ("Hi,\n\nPlease find attached a conference request for Skye ARMITAGE. Date and time are on the form.\n\nSRU Admin\nWakefield Council")
    lab = label(district="wakefield", kind="initial", pre_birth=False, date="2027-01-07", time="13:30", tick=None,
                harm=["sexual"], children=[("Skye Armitage", "2013-09-09")], adults=["Lisa Armitage", "Gary Holroyd"],
                criteria=["previous_investigation_escalation", "prior_unit_involvement"], decision="attend", received=rec.date(),
                source_texts=[],
                tags=["pdf", "dotted-leader", "label-above-value", "district-wakefield", "initial", "previous-investigation-escalation",
                      "tick-absent", "trap-negated-current-investigation"],
                notes="2023 police investigation of sexual abuse in the family (NFA) and clear escalation now (perpetrator back, new harm) (W2) -> attend; no current investigation")
    build("a-14-wakefield-icpc-pdf-previous-investigation-escalation", district="wakefield", sender="SRU Admin",
          local="sru.admin", subject="Conference request - ARMITAGE", sent=rec - dt.timedelta(minutes=1), received=rec,
          body=body, spec=spec, fname="ARMITAGE conference request.pdf", lab=lab)


if __name__ == "__main__":
    for f in (c08, c09, c10, c11, c12, c13, c14):
        f()
