"""Layout 135: review invitations that carry the summary of the last conference (Word, PDF, HTML or plain body)."""
from common import D, MAILBOX, hp, html_doc
from html import escape

L = 135
X, O = "\u2612", "\u2610"


def c01():
    conf = "2026-12-03"
    plain = f"""Good morning,

Ella-Grace's first review is booked for {D(conf, 'long')} at 1pm (Teams). The invitation and a summary of where we were at the initial conference are attached.

Kind regards
Rachel Fawcett
Safeguarding and Review Unit, Wakefield Council"""
    doc = [
        ("title", "Review Child Protection Conference - invitation and summary of the last meeting"),
        ("sub", "Wakefield Safeguarding and Review Unit"),
        ("kv", [("Young person", "Ella-Grace Whitaker, DOB 27/02/2012"), ("Parents", "Becky Whitaker (mother); Stephen Whitaker (father)"),
                ("Review date and time", f"{D(conf, 'slash')}, 1.00pm"), ("Where", "Microsoft Teams"), ("Chair", "Simon Outhwaite")]),
        ("h", "Where we were at the last conference (initial, 10 September 2026)"),
        ("p", "Ella-Grace told her school counsellor that her father had been sexually abusing her since she was 11. A plan was made under the category of sexual abuse. "
              "Mr Whitaker was charged in October and is remanded in custody awaiting trial at Leeds Crown Court in March 2027."),
        ("h", "Who has been in the core group"),
        ("p", "Mum, Ella-Grace's social worker, the school's safeguarding lead, her CAMHS worker and DC Sam Hollings from the Wakefield child abuse team, who has been to all four core groups and does a joint visit with me every month to update Ella-Grace on the court case."),
        ("h", "Progress"),
        ("p", "Ella-Grace is attending school and CAMHS. Mum has done the protective parenting course. The plan is working but should continue until after the trial."),
        ("tick", "West Yorkshire Police contribution", f"{O} attendance     {X} written report"),
    ]
    return dict(n=1, slug="wakefield-review-docx-dc-every-core-group-report-ticked", district="wakefield",
                from_name="Rachel Fawcett", from_addr="rachel.fawcett@wakefield.gov.uk",
                subject="RCPC invitation - WHITAKER - 03/12/2026", received="2026-11-23T09:30",
                plain=plain, html=True, docx=(doc, "RCPC WHITAKER.docx", dict(style="stack", shade="DDEBF7")),
                label=dict(kind="review", pre_birth=False, date=conf, time="13:00", tick=False, harm=["sexual"],
                           children=[("Ella-Grace Whitaker", "2012-02-27")], adults=["Becky Whitaker", "Stephen Whitaker"],
                           criteria=["core_group_member", "current_investigation"], decision="attend",
                           evidence={"core_group_member": "DC Sam Hollings from the Wakefield child abuse team, who has been to all four core groups",
                                     "current_investigation": "Mr Whitaker was charged in October and is remanded in custody awaiting trial"},
                           tags=["html-note", "docx", "review", "dc-in-core-group", "awaiting-trial", "tick-report", "tickbox-conflict"],
                           why="review with a DC active in every core group: attend; father charged and awaiting trial is still a live police matter; 'written report' ticked = conflict"))


def c02():
    conf = "2026-12-17"
    last = ("At the initial conference on 16 September Tia was made subject to a plan (physical abuse) after her father, Jermaine Daley, hit her with a belt buckle. "
            "Since then Mr Daley pleaded guilty in October to assaulting Tia and was sentenced to 2 years 8 months; he is in HMP Leeds and has no contact. "
            "Now that the criminal case is finished the police have stepped away and were taken off the core group at the meeting on 3 November.")
    prog = "Gemma has kept Tia safe, Tia is happy at school and the core group think the plan can end at this review."
    rows = [("Review of", "Tia Rhodes (04/07/2019)"), ("Mum", "Gemma Rhodes"), ("Dad", "Jermaine Daley (in custody)"),
            ("Date / time", f"{D(conf, 'long')}, 1.30pm"), ("Venue", "Merrion House, Room 2"), ("Chair", "Hanif Qureshi")]
    inner = (hp("Hello,\n\nYou are invited to the review child protection conference below.")
             + "<table border=1 cellspacing=0 cellpadding=4 style=\"border-collapse:collapse\">"
             + "".join(f"<tr><td style=\"background:#DDEBF7\"><b>{escape(a)}</b></td><td>{escape(b)}</td></tr>" for a, b in rows)
             + "</table><p class=\"MsoNormal\">&nbsp;</p>"
             + "<p class=\"MsoNormal\"><b>Since the last conference</b></p>" + hp(last)
             + "<p class=\"MsoNormal\"><b>How things are now</b></p>" + hp(prog)
             + hp("Reports to the ISU 24 hours before please.\n\nThanks\nDionne Walters\nISU Admin, Leeds Children and Families"))
    return dict(n=2, slug="leeds-review-html-conviction-police-stepped-back", district="leeds",
                from_name="Dionne Walters", from_addr="dionne.walters@leeds.gov.uk",
                subject="Review CP Conference - RHODES - 17/12/2026", received="2026-12-01T10:00",
                html_only=html_doc(inner), extra_texts=[last, prog] + [x for r in rows for x in r],
                label=dict(kind="review", pre_birth=False, date=conf, time="13:30", tick=None, harm=["physical"],
                           children=[("Tia Rhodes", "2019-07-04")], adults=["Gemma Rhodes", "Jermaine Daley"],
                           criteria=["prior_unit_involvement"], decision="report_only", body_form=True,
                           evidence={"prior_unit_involvement": "Mr Daley pleaded guilty in October to assaulting Tia and was sentenced to 2 years 8 months"},
                           tags=["html-only", "review", "case-concluded", "police-left-core-group", "tick-absent"],
                           why="the prosecution is over (history: prior involvement only) and police left the core group: report only"))


def c03():
    conf = "2027-01-19"
    plain = f"""Dear colleague

Please find attached the invitation to the review conference for Sophie Ingham on {D(conf, 'long')} at 10.30am, with the summary from the last conference.

Regards
Graham Riley
CP Admin Team | Calderdale MBC"""
    form = [
        ("title", "Calderdale - Review Conference Invitation"),
        ("sub", "with summary from the previous conference"),
        ("kv", [("Review for", "Sophie Ingham (21/05/2013)"), ("Mother", "Lisa Ingham"), ("Father", "Gary Ingham (lives separately, weekly contact)"),
                ("Date", D(conf, "slash")), ("Time", "10:30"), ("Venue", "Halifax Town Hall"), ("Chair", "Yvonne Pearson")]),
        ("h", "Last time (20 October 2026)"),
        ("p", "Plan continued under neglect. Core group: school, social worker, school nurse and mum - police are not members. Home conditions improving; Sophie's attendance 88%."),
        ("h", "What's happened since"),
        ("p", "On 2 January Sophie was found at 1am in a car in Brighouse with two men aged 24 and 31 who had given her vodka and asked her for photos. "
              "The police exploitation team and our Risk and Vulnerability worker have completed a risk assessment and rate her at significant risk of sexual exploitation."),
        ("tick", "Request police attendance?", f"{X} Yes     {O} No"),
    ]
    return dict(n=3, slug="calderdale-review-pdf-new-exploitation-risk", district="calderdale",
                from_name="Graham Riley", from_addr="graham.riley@calderdale.gov.uk",
                subject="Review CPC invitation - INGHAM - 19/01/2027", received="2027-01-06T14:00",
                plain=plain, pdf=(form, "Review invitation INGHAM.pdf", "Review invitation", "Calderdale CP Administration"),
                label=dict(kind="review", pre_birth=False, date=conf, time="10:30", tick=True, harm=["neglect"],
                           children=[("Sophie Ingham", "2013-05-21")], adults=["Lisa Ingham", "Gary Ingham"],
                           criteria=["child_sexual_exploitation"], decision="discuss",
                           evidence={"child_sexual_exploitation": "rate her at significant risk of sexual exploitation"},
                           tags=["pdf", "review", "cse-link-since-last", "police-not-in-core-group", "tick-attend"],
                           why="review with a new sexual-exploitation risk (Calderdale's 'CSE link'): discuss; police not in the core group"))


def c04():
    conf = "2026-12-09"
    plain = f"""Hi, review invite for Harrison and Evie Dunn attached - {D(conf, 'noyear')}, 10am.

Rachel Fawcett
Safeguarding and Review Unit, Wakefield Council"""
    doc = [
        ("title", "Review Child Protection Conference - invitation and summary of the last meeting"),
        ("sub", "Wakefield Safeguarding and Review Unit"),
        ("kv", [("Children", "Harrison Dunn, DOB 12/10/2020; Evie Dunn, DOB 03/06/2023"),
                ("Parents / carers", "Jasmine Dunn (mother); Kyle Parkin (mother's partner)"),
                ("Review date and time", f"{D(conf, 'slash')}, 10.00am"), ("Where", "Airedale Library, Castleford"), ("Chair", "Imogen Stead")]),
        ("h", "Where we were at the last conference (initial, 2 September 2026)"),
        ("p", "Plan made under physical abuse after Harrison was seen with a bruised ear that nobody could explain. Mr Parkin was interviewed by police at the time."),
        ("h", "What has happened since"),
        ("p", "The police enquiry into how Harrison was hurt ended on 14 October with no further action; Mr Parkin was not charged. "
              "The core group has been mum, Kyle, the social worker, the health visitor and nursery. Police are not core group members and have had no role since October."),
        ("p", "No new injuries. Both children are thriving at nursery and the plan is likely to step down to child in need."),
        ("tick", "West Yorkshire Police contribution", f"{O} attendance     {X} written report"),
    ]
    return dict(n=4, slug="wakefield-review-docx-enquiry-closed-no-police-in-cg", district="wakefield",
                from_name="Rachel Fawcett", from_addr="rachel.fawcett@wakefield.gov.uk",
                subject="RCPC invitation - DUNN - 09/12/2026", received="2026-11-26T11:00",
                plain=plain, html=True, docx=(doc, "RCPC DUNN.docx", dict(style="stack", shade="DDEBF7")),
                label=dict(kind="review", pre_birth=False, date=conf, time="10:00", tick=False, harm=["physical"],
                           children=[("Harrison Dunn", "2020-10-12"), ("Evie Dunn", "2023-06-03")], adults=["Jasmine Dunn", "Kyle Parkin"],
                           criteria=["prior_unit_involvement"], decision="report_only",
                           evidence={"prior_unit_involvement": "The police enquiry into how Harrison was hurt ended on 14 October with no further action"},
                           tags=["html-note", "docx", "review", "nfa-closed", "police-not-in-core-group", "tick-report"],
                           why="the enquiry closed with no further action and police are outside the core group: report only"))


def c05():
    conf = "2027-01-29"
    body = f"""Hello

Review of the pre-birth child protection plan - Baby Okonkwo (unborn, due 20/02/2027)

Date/time:  {D(conf, 'long')}, 10am
Venue:      Microsoft Teams
Chair:      Abdul Rehman
Mother:     Chidinma Okonkwo (DOB 12/12/2001)
Father:     Daniel Hardcastle (DOB 30/06/1996)

Summary of the pre-birth conference (10 November 2026)
A plan was made under emotional abuse because of the parents' volatile relationship and Chidinma's mental health. The core group is mum, dad, the specialist midwife, the perinatal mental health team and me. There were no police concerns at that point.

Since then
Daniel has taken in a lodger, Graham Tate, who is managed under MAPPA as a category 1 offender and reports to the police offender managers. Daniel plans for Chidinma and the baby to live with him at that address after the birth. Chidinma did not know until the midwife asked about the house.

Police: I haven't been asked to say whether we need you there - the chair will decide.

Thanks
Marcus Lindqvist
Social Worker, Children and Families (North West), Leeds City Council"""
    return dict(n=5, slug="leeds-prebirth-review-plain-lodger-mappa", district="leeds",
                from_name="Marcus Lindqvist", from_addr="marcus.lindqvist@leeds.gov.uk",
                subject="Pre-birth review - OKONKWO - 29.1.27", received="2027-01-20T10:00", plain=body,
                label=dict(kind="review", pre_birth=True, date=conf, time="10:00", tick=None, harm=["emotional"],
                           children=[("Baby Okonkwo", None)], adults=["Chidinma Okonkwo", "Daniel Hardcastle", "Graham Tate"],
                           criteria=["registered_sex_offender"], decision="discuss", body_form=True,
                           evidence={"registered_sex_offender": "who is managed under MAPPA as a category 1 offender"},
                           tags=["plain-body", "pre-birth-review", "mappa-cat-1", "lodger", "late-notice", "tick-absent"],
                           why="pre-birth review: a MAPPA category 1 (registered sexual) offender lodges where the baby will live: discuss; 7 working days < Leeds' 10 for reviews"))


def c06():
    conf = "2026-12-15"
    plain = f"""Dear colleague

Review conference invitation for Rhys and Darcey Clegg attached - {D(conf, 'long')}, 2pm.

Regards
Karen Dobson
Child Protection Administration, Calderdale Council"""
    form = [
        ("title", "Calderdale - Review Conference Invitation"),
        ("sub", "with summary from the previous conference"),
        ("kv", [("Review for", "Rhys Clegg (07/01/2015); Darcey Clegg (22/10/2018)"), ("Mother", "Amy Clegg"), ("Father", "Nathan Clegg (living at his mother's)"),
                ("Date", D(conf, "slash")), ("Time", "14:00"), ("Venue", "Northgate House, Halifax"), ("Chair", "Yvonne Pearson")]),
        ("h", "Last time (15 September 2026)"),
        ("p", "Plan made under physical abuse after Nathan hit Rhys with a belt. Nathan is still on police bail for that assault while the CPS decide on charges, and lives at his mother's."),
        ("p", "PC Amjad Rafiq from the Halifax safeguarding unit sits on Rhys and Darcey's core group and has been at every meeting; his task in the plan is to check twice a week that Nathan keeps to his bail conditions."),
        ("h", "What's happened since"),
        ("p", "Amy has kept to the safety plan. Rhys's attendance is back to 95%."),
        ("tick", "Request police attendance?", f"{X} Yes     {O} No"),
    ]
    return dict(n=6, slug="calderdale-review-pdf-pc-in-core-group-bail", district="calderdale",
                from_name="Karen Dobson", from_addr="karen.dobson@calderdale.gov.uk",
                subject="Review CPC invitation - CLEGG - 15/12/2026", received="2026-11-30T10:00",
                plain=plain, pdf=(form, "Review invitation CLEGG.pdf", "Review invitation", "Calderdale CP Administration"),
                label=dict(kind="review", pre_birth=False, date=conf, time="14:00", tick=True, harm=["physical"],
                           children=[("Rhys Clegg", "2015-01-07"), ("Darcey Clegg", "2018-10-22")], adults=["Amy Clegg", "Nathan Clegg"],
                           criteria=["core_group_member", "current_investigation"], decision="attend",
                           evidence={"core_group_member": "PC Amjad Rafiq from the Halifax safeguarding unit sits on Rhys and Darcey's core group and has been at every meeting",
                                     "current_investigation": "Nathan is still on police bail for that assault while the CPS decide on charges"},
                           tags=["pdf", "review", "pc-in-core-group", "bail-awaiting-cps", "tick-attend"],
                           why="review with a PC active in the core group: attend; bail while the CPS decide keeps the investigation open"))


def c07():
    conf = "2027-01-21"
    plain = f"""Hi,

Lexi's review is on {D(conf, 'long')} at 10am (Wakefield One). Invitation and last-conference summary attached.

Thanks
Rachel Fawcett
Safeguarding and Review Unit, Wakefield Council"""
    doc = [
        ("title", "Review Child Protection Conference - invitation and summary of the last meeting"),
        ("sub", "Wakefield Safeguarding and Review Unit"),
        ("kv", [("Young person", "Lexi Walsh, DOB 02/04/2014"), ("Parents / carers", "Toni Walsh (mother); Darren Moxon (mother's ex-partner)"),
                ("Review date and time", f"{D(conf, 'slash')}, 10.00am"), ("Where", "Wakefield One, Room 1.03"), ("Chair", "Tanvir Akram")]),
        ("h", "Where we were at the last conference (review, 8 October 2026)"),
        ("p", "Plan continued under emotional abuse. Darren had moved out and was in prison for assaulting Toni. Darren was investigated by police in 2024 for slapping Lexi across the face; no further action was taken. Police were not part of the core group."),
        ("h", "What has happened since"),
        ("p", "Darren was released on licence on 4 December. Since then it has got markedly worse: he has come to the house twice, once kicking the door in and threatening Lexi, and he sends Toni dozens of messages a day."),
        ("p", "Toni was assessed as high risk again and the case went back to MARAC on 6 January; the domestic abuse officer from the safeguarding unit is working with Toni and a panic alarm has been fitted. Lexi is not sleeping and has stopped going to school."),
        ("p", "The chair will decide after reading the reports whether to ask the DI for an officer to attend."),
        ("tick", "West Yorkshire Police contribution", f"{O} attendance     {O} written report"),
    ]
    return dict(n=7, slug="wakefield-review-docx-ex-released-marac-neither-box", district="wakefield",
                from_name="Rachel Fawcett", from_addr="rachel.fawcett@wakefield.gov.uk",
                subject="RCPC invitation - WALSH - 21/01/2027", received="2027-01-07T10:00",
                plain=plain, html=True, docx=(doc, "RCPC WALSH.docx", dict(style="stack", shade="DDEBF7")),
                label=dict(kind="review", pre_birth=False, date=conf, time="10:00", tick="neither", harm=["emotional"],
                           children=[("Lexi Walsh", "2014-04-02")], adults=["Toni Walsh", "Darren Moxon"],
                           criteria=["domestic_abuse_current_involvement", "previous_investigation_escalation", "prior_unit_involvement"],
                           decision="discuss",
                           evidence={"domestic_abuse_current_involvement": "the case went back to MARAC on 6 January; the domestic abuse officer from the safeguarding unit is working with Toni",
                                     "previous_investigation_escalation": "Since then it has got markedly worse",
                                     "prior_unit_involvement": "Darren was investigated by police in 2024 for slapping Lexi across the face"},
                           tags=["html-note", "docx", "review", "da-current", "escalation", "negotiation-hypothetical", "tick-neither"],
                           why="review: current DA with MARAC and DA officer is a significant event: discuss; chair-DI talk is only future; neither box marked"))


CASES = [c01(), c02(), c03(), c04(), c05(), c06(), c07()]
for _c in CASES:
    _c["layout"] = L
    _c.setdefault("to", MAILBOX.get(_c["district"]))
