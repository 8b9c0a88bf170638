"""Layout 119: long conference reports; booking details and the police question sit on the last page / appendix."""
from lib import *
import datetime as dt

L = "119"


def report(title, front, sections, chron, appendix_title, appendix, agencies=None, views=None):
    b = [("small", "OFFICIAL-SENSITIVE - not to be shared without the chair's agreement"), ("title", title), ("kv", front)]
    b.append(("h", "Contents"))
    b.append(("bullets", [s[0] for s in sections] + ["Chronology of significant events", appendix_title]))
    for i, (head, paras) in enumerate(sections):
        if i and i % 2 == 0:
            b.append(("pagebreak",))
        b.append(("h", head))
        b += [("p", p) for p in paras]
    if agencies:
        b.append(("pagebreak",))
        b.append(("h", "Information from other agencies"))
        b.append(("table", ["Agency", "Contact", "Summary of information shared"], agencies, [0.2, 0.2, 0.6]))
    if views:
        b.append(("h", "Views of the child(ren) and family"))
        b += [("p", p) for p in views]
    b.append(("pagebreak",))
    b.append(("h", "Chronology of significant events"))
    b.append(("table", ["Date", "Event", "Source"], chron, [0.14, 0.66, 0.2]))
    b.append(("pagebreak",))
    b.append(("h", appendix_title))
    b += appendix
    return b


def c01():
    rec, sent = D(2026, 12, 1, 10, 20), D(2026, 12, 1, 10, 12)
    subj = "ICPC 11/12/2026 - MITCHELL - social work report incl. booking form (Appendix 2)"
    body = ("Good morning,\n\nThe social worker's report for the Mitchell ICPC is attached. The booking form is at Appendix 2 "
            "(last page) - this is the version the chair has agreed.\n\nKind regards\nHelen Rowbotham\nSafeguarding and Review Unit, Wakefield Council")
    sections = [
        ("1. Purpose of this report", [
            "This report is written for the Initial Child Protection Conference for Kayden Mitchell (7) and Skye Mitchell (4). It brings together the "
            "findings of the section 47 enquiry started after the strategy discussion on 20/11/2026 and the child and family assessment that has been "
            "open since September.",
            "The family have been known to Wakefield Children's Social Care on and off since 2019. I have tried to set out the history fairly and to "
            "separate what is happening now from what happened in the past."]),
        ("2. The family", [
            "Kayden and Skye live with both parents, Charlene Mitchell and Lewis Mitchell, in a two-bedroom council house in Airedale. Kayden attends "
            "Airedale Juniors; Skye goes to the nursery class at the same school for fifteen hours a week. The maternal grandmother, Pat Colley, lives "
            "in Castleford and helps with school runs when she is well.",
            "Charlene has described a difficult childhood of her own; she was looked after by Wakefield between the ages of 12 and 16. Lewis works "
            "night shifts at a distribution centre in Normanton."]),
        ("3. History", [
            "In March 2019, when Kayden was two, he was found by a neighbour wandering on the estate in his nappy at 11pm. Officers attended, could "
            "not find an adult at home, and placed him in police protection overnight; he returned home the next day under a safety plan. That episode "
            "led to a Child in Need plan which closed in 2020.",
            "Between 2020 and 2021 police were called to the address four times for arguments between Charlene and Lewis. Each was assessed as "
            "standard risk and no further action was taken. There have been no domestic incidents recorded since July 2021.",
            "In 2023 Lewis was arrested for possession of cannabis and received a caution. He says he no longer uses."]),
        ("4. What is happening now", [
            "The current concerns are about neglect. Since the summer, school have raised worries about Kayden's hygiene (the same uniform all week, "
            "head lice untreated), both children's dental decay - Skye needed six extractions under general anaesthetic in October - and Kayden being "
            "hungry at school. Home visits have found the house cluttered, dog faeces on the kitchen floor and no working cooker for several weeks.",
            "Charlene has been low in mood since a miscarriage in the spring. She has missed four GP appointments. Lewis sleeps during the day and "
            "says he did not realise how bad things had become.",
            "Both parents love their children and the children are warmly attached to them. Kayden told me 'I like it when Dad takes me fishing'. "
            "Skye is bright and chatty at nursery."]),
        ("5. Analysis", [
            "The children's needs for basic care, health care and a safe home are not being met consistently. The pattern has lasted over six months "
            "and has harmed Skye's health. I do not think the parents are deliberately neglecting the children; the difficulty is Charlene's low mood "
            "and the parents' lack of routines. I have seen no evidence of violence in the home.",
            "At the strategy discussion on 20/11/2026 West Yorkshire Police shared that there have been no incidents at the address since 2024 and that "
            "there is no current police investigation. The enquiry was completed as a single-agency section 47 by Children's Social Care."]),
        ("6. Recommendation", ["I recommend that Kayden and Skye become subject to child protection plans under the category of neglect."]),
    ]
    chron = [
        ["11/03/2019", "Kayden (aged 2) found on estate late at night; police protection overnight; returned next day.", "WYP / CSC"],
        ["04/2019-02/2020", "Child in Need plan; closed with improvement.", "CSC"],
        ["19/01/2022", "Skye born at Pinderfields.", "Health"],
        ["2020-07/2021", "Four police call-outs, verbal arguments, standard risk, NFA.", "WYP"],
        ["08/05/2023", "Lewis cautioned for possession of cannabis.", "WYP"],
        ["09/2026", "School referral - hygiene and hunger.", "School"],
        ["14/10/2026", "Skye - six dental extractions under GA.", "Health"],
        ["20/11/2026", "Strategy discussion (CSC, police, health, school); single-agency s47 agreed.", "CSC"],
        ["27/11/2026", "Home visit - no working cooker, dog faeces on floor.", "CSC"]]
    appendix = [
        ("kv", [("Conference", "Initial Child Protection Conference"), ("Date", "Friday 11/12/2026"), ("Time", "10:00"),
                ("Venue", "Castleford Library and Museum - meeting room / Teams"), ("CareDirector ID", "CD630219"), ("Chair", "Naveed Iqbal"),
                ("Children", "Kayden Mitchell 04/04/2017; Skye Mitchell 19/01/2022"), ("Parents", "Charlene Mitchell; Lewis Mitchell"),
                ("Category", "Neglect")]),
        ("ticks", "West Yorkshire Police (tick one)", [(False, "Police attendance required"), (True, "Written report sufficient")]),
        ("p", "Questions for the police report: please confirm any incidents at the address in the last 12 months."),
    ]
    doc = report("Social Work Report to Initial Child Protection Conference",
                 [("Children", "Kayden Mitchell and Skye Mitchell"), ("Author", "Daniel Wainwright, Social Worker, Castleford & Airedale Locality"),
                  ("Date of report", "27/11/2026")], sections, chron, "Appendix 2 - Conference booking form", appendix,
                 agencies=[["School", "Airedale Juniors (DSL Mrs Firth)", "Kayden hungry most mornings; breakfast club offered; head lice letters x3 this term."],
                           ["Health visitor", "Castleford 0-19 team", "Skye's development on track apart from speech; dental decay noted at 3-year review."],
                           ["GP", "Airedale Medical Practice", "Charlene missed four appointments for low mood since May; no other concerns."],
                           ["Dental service", "Pinderfields community dental", "Skye - six extractions under GA on 14/10/2026; Kayden not registered with a dentist."],
                           ["Police", "Strategy discussion 20/11/2026", "No incidents at the address since 2024; no current police investigation."],
                           ["Housing", "WDH", "Repairs outstanding (cooker, back door); rent arrears of £640."]],
                 views=["Kayden says home is 'OK but messy' and he wants his own bed. Skye is too young to give a view but is happy and chatty at nursery.",
                        "Charlene agrees things have slipped and wants help; Lewis is embarrassed and says he will 'sort it'. Mrs Colley wants to help more."])
    att, t = pdf_att(doc, "MITCHELL ICPC SW report.pdf", author="Daniel Wainwright", footer="Wakefield Council - Children and Young People's Service")
    return case("01", "wakefield", "initial", "long-report-historic-police-appendix",
                headers=lambda cid: council_headers(cid, from_name="Helen Rowbotham", from_addr="helen.rowbotham@wakefield.gov.uk",
                                                    to=to_box("wakefield"), subject=subj, sent=sent, received=rec, relay_host="mail1.wakefield.gov.uk"),
                mime=("mixed", [cover(body), att]), texts=[subj, body] + t, received=rec,
                label=dict(district="wakefield", kind="initial", date="2026-12-11", time="10:00", tick=False, harm=["neglect"],
                           children=[("Kayden Mitchell", "2017-04-04"), ("Skye Mitchell", "2022-01-19")],
                           adults=["Charlene Mitchell", "Lewis Mitchell"], criteria=["prior_unit_involvement"], decision="report_only",
                           tags=["pdf-long", "appendix-booking", "historic-police-protection", "district-wakefield", "initial", "tick-report", "safe-report-only"],
                           notes="Police protection (2019), DA call-outs (NFA) and a caution are all history; no current police matter; "
                                 "single-agency s47; report sufficient -> report_only. prior_unit_involvement (earlier police protection) "
                                 "is not a Wakefield criterion."))


def c02():
    rec, sent = D(2026, 12, 7, 9, 44), D(2026, 12, 7, 9, 36)
    subj = "[SECURE] ICPC HOLT 14.12.26 - SW report (booking details in appendix)"
    body = ("Hi,\n\nAttached is the SW report for Darcey's ICPC next Monday. Please read the update at the end - it changed after "
            "the report was first drafted.\n\nThanks\nTom\n\nTom Ellerby\nIntegrated Safeguarding Unit | Leeds City Council")
    sections = [
        ("1. Introduction", [
            "This report has been prepared for the Initial Child Protection Conference about Darcey Holt, aged 14. It was first drafted in October "
            "following concerns raised by her school about her emotional wellbeing and going missing.",
            "Darcey lives in Bramley with her mother, Claire Holt, and Claire's partner of two years, Stephen Rhodes. Darcey's father, Paul Holt, lives in Bradford."]),
        ("2. Family history", [
            "Claire and Paul separated in 2020 after a period of domestic abuse. Police attended the family home on several occasions in 2019 and 2020; "
            "in February 2020 Paul was arrested for assaulting Claire, but she withdrew her statement and the case was closed with no further action.",
            "In 2021 Paul was sent to prison for 18 months for an assault on a man outside a pub. Since his release he has had occasional contact "
            "with Darcey, supervised by his mother.",
            "Darcey was reported missing three times in spring 2024 and was found each time at a friend's house. Return interviews did not identify "
            "exploitation."]),
        ("3. Darcey's needs", [
            "Darcey is a capable student in Year 10 at Bramley Park Academy. Her attendance fell to 74% this term. She has told the school counsellor "
            "that she feels 'on edge' at home and does not sleep. She has cut her arms on two occasions since September.",
            "Darcey says she gets on well with her mum but 'Steve is weird with me'. She would not say more at the time."]),
        ("4. Parenting capacity", [
            "Claire works as a care assistant and has supported Darcey to see her GP. She is anxious about money and relies on Mr Rhodes financially. "
            "She finds it hard to believe anything bad about him.",
            "Mr Rhodes has not engaged with the assessment and declined to meet me on two occasions."]),
        ("5. Analysis (as first drafted)", [
            "On the information available in October, I assessed Darcey as a child in need of support for her emotional wellbeing, with some "
            "unexplained worries about her relationship with Mr Rhodes. I had planned to recommend a Child in Need plan."]),
    ]
    chron = [
        ["02/2020", "Paul Holt arrested for assaulting Claire; NFA after statement withdrawn.", "WYP"],
        ["06/2021", "Paul Holt imprisoned (assault on an adult, unrelated to the family).", "Probation"],
        ["03-05/2024", "Darcey missing x3, found at a friend's; no exploitation identified.", "WYP / CSC"],
        ["09/2026", "School refer: low mood, self-harm.", "School"],
        ["14/10/2026", "C&F assessment started.", "CSC"],
        ["25/11/2026", "Disclosure to school nurse (see Appendix).", "Health"],
        ["26/11/2026", "Strategy discussion; joint s47 with police.", "CSC / WYP"]]
    appendix = [
        ("p", "Update added 04/12/2026. On 25/11/2026 Darcey told the school nurse that Stephen Rhodes has been coming into her bedroom at night "
              "and touching her. Mr Rhodes was arrested on 26/11/2026 on suspicion of sexual assault of a child and has been bailed with conditions "
              "not to contact Darcey or go to the family home. Darcey's ABE interview is planned for the week of 7 December. My recommendation is now "
              "that Darcey becomes subject to a child protection plan under the category of sexual abuse."),
        ("kv", [("Conference", "ICPC"), ("Date", "Monday 14 December 2026"), ("Time", "10.00"), ("Venue", "Merrion House, room 6.02 / Teams"),
                ("Chair", "Beverley Osei"), ("Child", "Darcey Holt, 30/09/2012"), ("Mother", "Claire Holt"),
                ("Mother's partner", "Stephen Rhodes (bailed away from the home)"), ("Father", "Paul Holt (lives in Bradford)"),
                ("Category", "Sexual abuse")]),
        ("kv", [("Police attendance", "Required - please confirm officer"), ("Question for police", "Please update the conference on the investigation and bail conditions.")]),
    ]
    doc = report("Report to Initial Child Protection Conference - Darcey Holt",
                 [("Social worker", "Yvette Marsh, Leeds West Social Work Service"), ("First drafted", "30/10/2026"), ("Updated", "04/12/2026")],
                 sections, chron, "Appendix - update and conference details", appendix,
                 agencies=[["School", "Bramley Park Academy", "Attendance 74%; two self-harm incidents reported to DSL; Darcey avoids going home after school."],
                           ["School nurse", "Leeds Community Healthcare", "Regular drop-in attendance since September; disclosure on 25/11/2026 (see update)."],
                           ["GP", "Bramley Village Health", "Referred to Mindmate SPA for low mood in October."],
                           ["Probation", "Leeds PDU", "Paul Holt's licence ended in 2023; no current involvement."]],
                 views=["Darcey wants to stay living with her mum and does not want to see Mr Rhodes. She wants to keep seeing the school nurse.",
                        "Claire says she is shocked and 'doesn't know what to believe'."])
    att, t = docx_att(doc, "HOLT ICPC report v2.docx", author="Yvette Marsh", footer="Leeds City Council - Children and Families")
    return case("02", "leeds", "initial", "long-report-arrest-in-final-update",
                headers=lambda cid: council_headers(cid, from_name="Tom Ellerby", from_addr="tom.ellerby@leeds.gov.uk",
                                                    to=to_box("leeds"), subject=subj, sent=sent, received=rec, relay_host="smtp-out1.leeds.gov.uk"),
                mime=("mixed", [cover(body), att]), texts=[subj, body] + t, received=rec,
                label=dict(district="leeds", kind="initial", date="2026-12-14", time="10:00", tick=True, harm=["sexual"],
                           children=[("Darcey Holt", "2012-09-30")], adults=["Claire Holt", "Stephen Rhodes", "Paul Holt"],
                           criteria=["current_investigation", "prior_unit_involvement"], decision="attend",
                           tags=["docx-long", "appendix-update", "district-leeds", "initial", "tick-attend", "notice-boundary-5"],
                           notes="The body of the report is about old DA (NFA) and prison; the final update says the mother's partner was "
                                 "arrested for sexually assaulting Darcey and is on bail -> current investigation -> attend. Notice exactly 5."))


def c03():
    rec, sent = D(2026, 12, 17, 15, 30), D(2026, 12, 17, 15, 21)
    subj = "ICPC PEARSON 07/01/2027 - report and booking page"
    body = ("Hi both\n\nThe SW report for the Pearson conference is attached; booking info on the final page.\n\n"
            "Darren Whiteley\nCP Admin Team | Calderdale Council")
    sections = [
        ("Section A - Reason for this report", [
            "Logan (11) and Willow (7) Pearson are the subject of a section 47 enquiry that began on 08/12/2026 after Willow told her teacher "
            "that 'Mummy and Daddy scream and throw things every night' and that she hides under the bed.",
            "The enquiry found repeated, frightening arguments between the parents, Becky Pearson and Scott Pearson, and Becky's severe depression."]),
        ("Section B - Household", [
            "The family live in Sowerby Bridge. Scott is a self-employed roofer; Becky has not worked since Willow was born. Becky's sister Gemma "
            "Lister visits most weekends and the children are close to her."]),
        ("Section C - Previous involvement", [
            "In June 2022 Logan, then seven, went to school with a mark on his leg and said his dad had hit him with a belt. Calderdale Safeguarding "
            "Unit and Children's Social Care carried out a joint investigation; Logan was ABE interviewed but later said he could not remember. The "
            "police took no further action because of insufficient evidence and the case was closed in September 2022.",
            "There has been no police contact with the family since then. No domestic incidents have been reported to the police; Becky says she "
            "has never called them."]),
        ("Section D - Assessment", [
            "Both children are showing the effects of living with conflict: Willow has started wetting the bed, and Logan is angry and has been in "
            "fights at school. Becky recognises the impact on the children but feels stuck. Scott minimises the arguments ('every couple rows').",
            "There is no evidence that either child has been physically hurt this year. The worry is the emotional harm of chronic conflict and of "
            "Becky's untreated depression.",
            "The history of the 2022 allegation matters: Logan has told me that he 'learned not to tell'. I think this needs to be held in mind by all "
            "agencies."]),
        ("Section E - Recommendation", ["Child protection plans for both children under the category of emotional abuse."]),
    ]
    chron = [
        ["06/2022", "Joint investigation (CPPU and CSC) - belt allegation, Logan ABE; NFA 09/2022.", "WYP / CSC"],
        ["11/2024", "Becky prescribed antidepressants; stopped after 3 months.", "GP"],
        ["05/12/2026", "Willow's disclosure to teacher.", "School"],
        ["08/12/2026", "Strategy discussion - single-agency s47 (no offences identified).", "CSC"],
        ["15/12/2026", "Home visit - both parents seen; children seen alone at school.", "CSC"]]
    appendix = [
        ("table", None, [["Conference", "Initial CPC"], ["Date", "Thursday 7th January 2027"], ["Time", "10.00am"],
                         ["Venue", "Northgate House, Halifax - room 3"], ["Chair", "Imogen Sutcliffe"],
                         ["Children", "Logan Pearson (02/11/2015), Willow Pearson (14/02/2019)"],
                         ["Parents", "Becky Pearson, Scott Pearson"], ["Category", "Emotional"]], [0.3, 0.7]),
        ("ticks", "Police", [(False, "Attendance required"), (True, "Written report sufficient")]),
    ]
    doc = report("Social Worker's Report - Initial Child Protection Conference",
                 [("Children", "Logan and Willow Pearson"), ("Social worker", "Rebecca Holdsworth, Calder Valley team"), ("Report date", "16/12/2026")],
                 sections, chron, "Booking information", appendix,
                 agencies=[["School", "Sowerby Bridge primary (both children)", "Willow wetting at school since October; Logan excluded for one day after a fight."],
                           ["GP", "Stansfield Medical Centre", "Becky not currently on treatment; will review this week."],
                           ["Police", "Strategy discussion 08/12/2026", "No domestic incidents ever reported; no offences identified."],
                           ["Aunt", "Gemma Lister", "Worried about the shouting; willing to have the children at weekends."]],
                 views=["Logan: 'I don't like it when they scream. I go on my Xbox with headphones.' Willow: 'I hide under my bed with Bunny.'",
                        "Becky accepts the children are affected and wants counselling. Scott thinks Children's Services are 'over the top'."])
    att, t = pdf_att(doc, "PEARSON ICPC report.pdf", author="Rebecca Holdsworth")
    return case("03", "calderdale", "initial", "long-report-2022-unit-investigation",
                headers=lambda cid: council_headers(cid, from_name="Darren Whiteley", from_addr="darren.whiteley@calderdale.gov.uk",
                                                    to=to_box("calderdale"), subject=subj, sent=sent, received=rec, relay_host="mx-out.calderdale.gov.uk"),
                mime=("mixed", [cover(body), att]), texts=[subj, body] + t, received=rec,
                label=dict(district="calderdale", kind="initial", date="2027-01-07", time="10:00", tick=False, harm=["emotional"],
                           children=[("Logan Pearson", "2015-11-02"), ("Willow Pearson", "2019-02-14")], adults=["Becky Pearson", "Scott Pearson"],
                           criteria=["prior_unit_involvement"], decision="attend", flags_required=["tickbox_conflict"],
                           tags=["pdf-long", "appendix-booking", "district-calderdale", "initial", "tick-report", "tickbox-conflict", "christmas-working-days"],
                           notes="Calderdale: the Safeguarding Unit's 2022 joint investigation of the father (NFA) is previous significant "
                                 "involvement -> attend, although the form says a written report is sufficient (tickbox_conflict)."))


def c04():
    rec, sent = D(2027, 1, 18, 23, 41, 12), D(2027, 1, 18, 23, 33)
    subj = "Initial CP Conference KERSHAW 26/01/2027 - report and invitation"
    body = ("Dear all,\n\nApologies for the late email - attached is the SW report for Isla and Alfie Kershaw's conference next Tuesday; "
            "the invitation page is at the end.\n\nRegards\nSteph Dyson\nChild Protection and Review Team, Kirklees Council")
    sections = [
        ("1. Why this conference", [
            "This conference is about Isla (10) and Alfie (8) Kershaw, who live in Dewsbury with their mother Rebecca Kershaw. It has been called because "
            "of fresh worries that Isla may be being sexually harmed by her mother's partner, Nathan Lodge, who has moved back into the home."]),
        ("2. Background", [
            "The family were first known in 2018 when Rebecca asked for help with Alfie's behaviour. Early Help worked with the family for six months.",
            "In 2024 Isla told a friend that Nathan 'did sex stuff' to her. Kirklees police and Children's Social Care investigated jointly; Isla did "
            "not repeat the account in her ABE interview and the police took no further action. Nathan agreed to leave the home and a written safety "
            "plan said he would not live there or be alone with the children.",
            "The case closed to Children's Social Care in January 2025."]),
        ("3. What has changed", [
            "Rebecca has let Nathan move back in since October 2026, against the safety plan, and did not tell the school or the health visitor. "
            "Since the autumn Isla has been wetting the bed again, has been cutting her wrists and has lost weight.",
            "On 12/01/2027 Isla told her teacher, 'it's started again, the thing with Nathan'. The school made a referral the same day.",
            "A strategy discussion is arranged for 20/01/2027 to decide how the new disclosure will be investigated."]),
        ("4. Assessment", [
            "I believe the risk to Isla has increased sharply: the adult previously investigated is back in the house, the protective plan has broken "
            "down and Isla's distress is escalating. Alfie is unaware but is in the same household.",
            "Rebecca says she believes Nathan and thinks Isla 'makes things up'. Rebecca's own mother, Sandra Kershaw, has offered to have the "
            "children to stay."]),
        ("5. Recommendation", ["Both children to be subject to child protection plans; category sexual abuse for Isla and emotional abuse for Alfie."]),
    ]
    chron = [
        ["2018", "Early Help - Alfie's behaviour.", "EH"],
        ["03/2024", "Isla's disclosure to friend; joint police/CSC investigation; ABE - no account; NFA.", "WYP / CSC"],
        ["04/2024", "Safety plan - Nathan Lodge to live elsewhere.", "CSC"],
        ["01/2025", "Case closed.", "CSC"],
        ["10/2026", "Nathan moves back in (not disclosed).", "CSC"],
        ["12/01/2027", "Isla: 'it's started again'. Referral.", "School"]]
    appendix = [
        ("kv", [("Type", "Initial Child Protection Conference"), ("Date", "Tuesday 26/01/2027"), ("Start", "10:00"),
                ("Location", "Dewsbury Town Hall, Committee Room 1"), ("Chair", "Colette Bamforth"),
                ("Children", "Isla Kershaw (21/03/2016), Alfie Kershaw (07/07/2018)"),
                ("Adults", "Rebecca Kershaw (mother); Nathan Lodge (mother's partner)"), ("Category", "Sexual / emotional")]),
        ("p", "Police: please provide a report on the 2024 investigation and anything since."),
    ]
    doc = report("Report to Initial Child Protection Conference - Isla and Alfie Kershaw",
                 [("Social worker", "Amir Siddiqui, Dewsbury Assessment Team"), ("Date", "15/01/2027")], sections, chron,
                 "Invitation details", appendix,
                 agencies=[["School", "Dewsbury primary (both children)", "Isla's disclosure 12/01/2027; Isla tearful and withdrawn; Alfie settled."],
                           ["School nurse", "Locala", "Weight loss of 3kg since September; self-harm marks seen on 13/01/2027."],
                           ["GP", "Ravensthorpe Health Centre", "Enuresis referral made in November."],
                           ["Maternal grandmother", "Sandra Kershaw", "Offers to care for the children; did not know Nathan had moved back."]],
                 views=["Isla would not talk to me at home but told her teacher she wants Nathan 'to go away again'. Alfie says home is 'fine'.",
                        "Rebecca says Isla is attention-seeking and that Nathan has changed."])
    att, t = pdf_att(doc, "KERSHAW ICPC SW report.pdf", author="Amir Siddiqui", font="DejaVuSerif")
    hdr = lambda cid: council_headers(cid, from_name="Steph Dyson", from_addr="steph.dyson@kirklees.gov.uk", to=to_box("kirklees"),
                                      subject=subj, sent=sent, received=rec, relay_host="mx-out.kirklees.gov.uk",
                                      received_tz=dt.timezone(dt.timedelta(hours=1)))
    return case("04", "kirklees", "initial", "long-report-previous-investigation-escalating",
                headers=hdr, mime=("mixed", [cover(body), att]), texts=[subj, body] + t, received=rec,
                label=dict(district="kirklees", kind="initial", date="2027-01-26", time="10:00", tick=None, harm=["sexual", "emotional"],
                           children=[("Isla Kershaw", "2016-03-21"), ("Alfie Kershaw", "2018-07-07")], adults=["Rebecca Kershaw", "Nathan Lodge"],
                           criteria=["previous_investigation_escalation", "prior_unit_involvement"], decision="attend",
                           tags=["pdf-long", "serif", "appendix-booking", "received-header-plus-0100", "district-kirklees", "initial", "tick-absent"],
                           notes="Kirklees -> Wakefield rules. 2024 joint investigation (NFA) plus clear escalation now (partner back in the home, "
                                 "new disclosure, self-harm) -> item 2 -> attend. The new disclosure is not yet investigated (strategy discussion "
                                 "pending), so no current_investigation. Newest Received is 00:41 +0100 = Monday 18/01 in London."))


def c05():
    rec, sent = D(2026, 12, 2, 14, 5), D(2026, 12, 2, 13, 58)
    subj = "ICPC Friday 4th Dec 1pm - ROBINSON - SW report"
    body = ("Hello\n\nSW report for Sofia Robinson's initial conference this Friday attached, with the booking page at the back. "
            "I know this is very tight for your report - sorry, the conference had to be booked quickly.\n\nAmeena Rauf\n"
            "Safeguarding and Reviewing Unit, City of Bradford MDC")
    sections = [
        ("1. Summary", [
            "Sofia Robinson is 13 and lives in Shipley with her mother, Louise Robinson. This conference is needed because Sofia has been self-harming "
            "seriously and Louise, who has bipolar disorder and has stopped her medication, has twice left Sofia alone for several days."]),
        ("2. Family history", [
            "Sofia's father, Mark Robinson, was convicted in 2013 of indecent assault on a 14-year-old girl who was not related to the family. He was on "
            "the sex offenders' register until 2018, when his notification period ended. He moved to Spain in 2019 and has had no contact with Sofia or "
            "Louise since; Louise does not know his address.",
            "Louise had a period of inpatient treatment in 2021, during which Sofia stayed with her maternal aunt, Jo Pickard."]),
        ("3. Sofia's wellbeing", [
            "Sofia has cut her thighs and arms since the summer and took an overdose of paracetamol on 18/11/2026. She was treated at Bradford Royal "
            "Infirmary and is now seen by CAMHS. She says she feels responsible for her mum.",
            "School describe a bright, anxious girl who is often late because she has been looking after her mother."]),
        ("4. Parenting", [
            "When well, Louise is a loving and capable parent. When unwell she stays in bed for days or leaves the house without saying where she is. "
            "On 21/11/2026 she went to Blackpool for three days, leaving Sofia with £10. Louise says she does not remember going."]),
        ("5. Police", [
            "Police were involved only to look for Louise when Sofia reported her missing on 22/11/2026. There is no police investigation. I would "
            "still value a police view on how missing-person reports for Louise should be handled if this happens again."]),
    ]
    chron = [
        ["2013", "Mark Robinson convicted (indecent assault, unrelated child); on register until 2018.", "WYP"],
        ["2019", "Mark moves to Spain; no contact since.", "Family"],
        ["2021", "Louise inpatient; Sofia with aunt.", "Health"],
        ["18/11/2026", "Sofia overdose; BRI.", "Health"],
        ["21-24/11/2026", "Louise away for three days; Sofia alone; missing-person report made by Sofia on 22/11.", "WYP / CSC"],
        ["25/11/2026", "Strategy discussion; s47 by CSC.", "CSC"]]
    appendix = [
        ("kv", [("Conference", "Initial Child Protection Conference"), ("Date", "Friday 4 December 2026"), ("Time", "1.00pm"),
                ("Venue", "Britannia House, Bradford - Room 9"), ("Chair", "Rukhsana Begum"),
                ("Child", "Sofia Robinson, born 01/12/2013"), ("Parent", "Louise Robinson (mother)"), ("Category", "Neglect")]),
        ("ticks", "West Yorkshire Police - please mark one box", [(True, "Police attendance required"), (True, "Written report sufficient")]),
    ]
    doc = report("Children's Social Care Report to Initial Child Protection Conference",
                 [("Child", "Sofia Robinson"), ("Social worker", "Kieran Walsh, Shipley Assessment Team"), ("Date", "30/11/2026")],
                 sections, chron, "Booking form", appendix,
                 agencies=[["CAMHS", "Bradford CAMHS crisis team", "Seen after the overdose; weekly sessions; risk of further self-harm assessed as high."],
                           ["School", "Shipley secondary", "Lateness and tiredness; Sofia is described as a young carer."],
                           ["Adult mental health", "Bradford District Care Trust", "Louise's care coordinator re-engaging her with medication."],
                           ["Aunt", "Jo Pickard", "Willing to have Sofia to stay if Louise becomes unwell again."]],
                 views=["Sofia says she loves her mum and is scared she will be 'taken away' from her. She would stay with Aunt Jo if needed.",
                        "Louise is distressed and wants Sofia at home; she agrees to restart her medication."])
    att, t = pdf_att(doc, "ROBINSON ICPC report.pdf", author="Kieran Walsh")
    return case("05", "bradford", "initial", "long-report-both-boxes-deadline-passed",
                headers=lambda cid: council_headers(cid, from_name="Ameena Rauf", from_addr="ameena.rauf@bradford.gov.uk",
                                                    to=to_box("bradford"), subject=subj, sent=sent, received=rec, relay_host="mailgw1.bradford.gov.uk"),
                mime=("mixed", [cover(body), att]), texts=[subj, body] + t, received=rec,
                label=dict(district="bradford", kind="initial", date="2026-12-04", time="13:00", tick=None, harm=["neglect"],
                           children=[("Sofia Robinson", "2013-12-01")], adults=["Louise Robinson"],
                           criteria=["prior_unit_involvement"], decision="discuss", flags_required=["tickbox_ambiguous"],
                           tags=["pdf-long", "appendix-booking", "both-boxes", "tick-both", "district-bradford", "initial", "deadline-passed",
                                 "historic-rso-no-contact"],
                           notes="Bradford -> Wakefield rules. The father's RSO status ended in 2018 and he has no contact (not an RSO criterion; "
                                 "historical -> prior_unit_involvement only). Both boxes marked -> tick null, tickbox_ambiguous -> discuss. "
                                 "Report due Tue 01/12, received Wed 02/12 -> deadline_passed; Bradford has no notice minimum, so no late_notice."))


def c06():
    rec, sent = D(2027, 1, 11, 10, 0), D(2027, 1, 11, 9, 52)
    subj = "Review Child Protection Conference - KERR - 27/01/2027 - report attached"
    body = ("Good morning,\n\nPlease find attached the social worker's report for the review conference for Jayden and Tia Kerr. "
            "Conference details are on the last page.\n\nRegards\nShabana Qureshi\nIntegrated Safeguarding Unit | Leeds City Council")
    sections = [
        ("Purpose", ["This report updates the conference on progress since the first review on 21/10/2026."]),
        ("Family", ["Jayden (15) and Tia (12) live in Armley with their mother, Lisa Kerr. Their father, Ryan Kerr, moved to Glasgow in spring 2026."]),
        ("History", [
            "The children became subject to plans in July 2026 after Jayden disclosed that his father had punched him. West Yorkshire Police "
            "investigated; Ryan Kerr was interviewed under caution but the Crown Prosecution Service advised no charge and the case was closed with "
            "no further action in August 2026.",
            "Police officers from the Leeds Safeguarding Unit attended the first two core groups while the investigation was open; the core group agreed "
            "in September 2026 that police involvement was no longer needed once the case was closed. Ryan has had no contact with the children since "
            "he moved to Scotland."]),
        ("Progress", [
            "Jayden's attendance has improved to 92% and he has joined a boxing club. Tia has weekly sessions with the school mentor and says she feels safe.",
            "Lisa has completed the Freedom Programme and has consistently put the children first. There have been no incidents of concern since the last review.",
            "The core group (SW, school nurse, both schools, Lisa) has met monthly and all actions are complete."]),
        ("Analysis and recommendation", [
            "The risk that led to the plan came from Ryan Kerr, who no longer lives in Leeds and has no contact. I recommend that the children's child "
            "protection plans end and that they are supported under a Child in Need plan for three months."]),
    ]
    chron = [
        ["06/2026", "Jayden's disclosure; joint s47; Ryan Kerr interviewed under caution.", "WYP / CSC"],
        ["07/2026", "ICPC - CP plans (physical abuse).", "CSC"],
        ["08/2026", "CPS advise no charge; police NFA.", "WYP"],
        ["09/2026", "Core group: police no longer required.", "CSC"],
        ["21/10/2026", "First review - plans continue.", "CSC"]]
    appendix = [
        ("kv", [("Conference", "Review Child Protection Conference (second review)"), ("Date", "Wednesday 27 January 2027"), ("Time", "10:00"),
                ("Venue", "Microsoft Teams"), ("Chair", "Andrzej Nowicki"),
                ("Children", "Jayden Kerr (05/05/2011); Tia Kerr (08/08/2014)"), ("Parent", "Lisa Kerr"), ("Category", "Physical")]),
        ("p", "A police report is requested. The chair has not asked for police attendance."),
    ]
    doc = report("Review Child Protection Conference - Social Work Report",
                 [("Children", "Jayden and Tia Kerr"), ("Social worker", "Chidi Nwosu, Leeds West"), ("Date", "06/01/2027")],
                 sections, chron, "Conference details", appendix,
                 agencies=[["School", "Armley secondary and primary", "Both children settled; Jayden's attendance 92%, Tia 96%."],
                           ["School nurse", "Leeds Community Healthcare", "Sessions with Tia ended in December by agreement."],
                           ["Police", "Leeds Safeguarding Unit", "Investigation closed NFA in August 2026; not in the core group since September."],
                           ["Youth club", "Armley Boxing Club", "Jayden attends three nights a week."]],
                 views=["Jayden: 'Things are loads better. I don't want a social worker forever.' Tia wants to keep her school mentor.",
                        "Lisa agrees with the recommendation and wants to keep the Child in Need support for a while."])
    att, t = docx_att(doc, "KERR RCPC SW report Jan 2027.docx", author="Chidi Nwosu")
    return case("06", "leeds", "review", "long-review-report-police-nfa-left-core-group",
                headers=lambda cid: council_headers(cid, from_name="Shabana Qureshi", from_addr="shabana.qureshi@leeds.gov.uk",
                                                    to=to_box("leeds"), subject=subj, sent=sent, received=rec, relay_host="smtp-out2.leeds.gov.uk"),
                mime=("mixed", [cover(body), att]), texts=[subj, body] + t, received=rec,
                label=dict(district="leeds", kind="review", date="2027-01-27", time="10:00", tick=None, harm=["physical"],
                           children=[("Jayden Kerr", "2011-05-05"), ("Tia Kerr", "2014-08-08")], adults=["Lisa Kerr", "Ryan Kerr"],
                           criteria=["prior_unit_involvement"], decision="report_only", flags_unscored=["no_booking_form"],
                           tags=["docx-long", "appendix-booking", "district-leeds", "review", "tick-absent", "safe-report-only"],
                           notes="Review: the investigation closed NFA, police left the core group in September, no current police matter -> "
                                 "report_only (prior_unit_involvement is historical and not a Leeds review criterion)."))


def c07():
    rec, sent = D(2027, 1, 4, 11, 30), D(2027, 1, 4, 11, 24)
    subj = "ICPC DAWSON 18/01/2027 1.30pm - SW report"
    body = ("Good morning,\n\nPlease find attached the social worker's report for the Initial Child Protection Conference for Mia and "
            "Leo Dawson on Monday 18 January 2027 at 1.30pm at Wakefield One. The booking details and the questions for the police are "
            "in Appendix C of the report.\n\nKind regards\nMaxine Ackroyd | Business Support Officer\nSafeguarding and Review Unit | Wakefield Council")
    sections = [("1. Introduction", ["This report is for the Initial Child Protection Conference for Mia and Leo Dawson."] * 1)]
    doc = report("Social Work Report to Initial Child Protection Conference - Dawson", [("Author", "Social Worker")], sections,
                 [["01/2027", "-", "-"]], "Appendix C", [("p", "-")])
    full = render_pdf(doc)
    broken = full[: len(full) // 3]  # transfer cut short by the sender's gateway
    att = ("att", broken, PDF_CT, "DAWSON ICPC SW report (Appx A-C).pdf")
    return case("07", "wakefield", "initial", "long-report-pdf-truncated",
                headers=lambda cid: council_headers(cid, from_name="Maxine Ackroyd", from_addr="maxine.ackroyd@wakefield.gov.uk",
                                                    to=to_box("wakefield"), subject=subj, sent=sent, received=rec, relay_host="mail1.wakefield.gov.uk"),
                mime=("mixed", [cover(body), att]), texts=[subj, body, "DAWSON ICPC SW report (Appx A-C).pdf"], received=rec,
                label=dict(district="wakefield", kind="initial", date="2027-01-18", time="13:30", tick=None, harm=None,
                           children=None, adults=None, criteria=[], decision="manual_review",
                           flags_required=["unreadable_attachment", "no_booking_form"],
                           flags_unscored=["missing_family_details", "missing_reason"],
                           tags=["pdf-truncated", "cover-note-only", "district-wakefield", "initial"],
                           notes="The report (and its Appendix C booking form) is a truncated PDF that cannot be read; only the covering note "
                                 "is readable -> unreadable_attachment + no_booking_form -> manual_review."))


if __name__ == "__main__":
    run([c01(), c02(), c03(), c04(), c05(), c06(), c07()], L)
