"""Layouts 146 (review conferences: police in the core group) and 147 (Calderdale vs the other districts)."""

WAKE_TO = "Wakefield CPPU <wakefield.cppu@westyorkshire.police.uk>"
LEEDS_TO = "Leeds CPPU Conferences <leeds.cppu.conferences@westyorkshire.police.uk>"
CALD_TO = "CD Safeguarding Case Conference <cd.safeguarding.caseconference@westyorkshire.police.uk>"
KIRK_TO = "Kirklees Safeguarding Unit <kirklees.safeguarding@westyorkshire.police.uk>"
BRAD_TO = "Bradford CPPU <bradford.cppu@westyorkshire.police.uk>"

SIG_WAKE = ("\n\nKind regards\n\n{n}\nSafeguarding and Review Unit | Children and Young People's Service\n"
            "Wakefield Council | Wakefield One, Burton Street, WF1 2EB\n")
SIG_LEEDS = ("\n\nMany thanks\n\n{n}\nIntegrated Safeguarding Unit | Children and Families\nLeeds City Council\n")
SIG_CALD = ("\n\nRegards\n\n{n}\nChild Protection Administration | Calderdale MBC\nNorthgate House, Halifax HX1 1UN\n")


# ----------------------------------------------------------------------------------------------
# Layout 146: review-conference "agency contribution request" with a core-group membership table
# ----------------------------------------------------------------------------------------------
def review_form(conf_kv, children, adults, core_rows, since, recommendation, tick, extra=()):
    blocks = [
        ("title", "Review Child Protection Conference"),
        ("sub", "Request for agency contribution and core group update - OFFICIAL-SENSITIVE"),
        ("kv", conf_kv),
        ("h", "Children on the plan"),
        ("table", ["Child", "Date of birth", "On plan since"], children),
        ("h", "Parents / carers / household"),
        ("table", ["Name", "Relationship to child", "Lives with child?"], adults),
        ("h", "Core group membership (from the last core group record)"),
        ("table", ["Agency", "Named worker", "Status on plan", "Last core group attended"], core_rows),
        ("h", "Since the last conference"),
    ]
    blocks += [("p", s) for s in since]
    blocks += [("h", "Recommendation for this review")]
    blocks += [("p", s) for s in recommendation]
    blocks += list(extra)
    if tick is not None:
        blocks.append(("ticks", "West Yorkshire Police contribution",
                       [("Attendance required", tick[0]), ("Written report sufficient", tick[1])]))
    return blocks


def layout146():
    cases = []

    # 146-01 Wakefield review, docx, police active in the core group, tick says report -> attend + conflict
    since = [
        "Tyler-Jay and Ruby have remained at home with their mother. Mr Oakes moved out in September and has agreed contact at the paternal grandmother's house only.",
        "PC Nasreen Hollis of the Child Safeguarding Unit is a named member of the core group. She has completed the fortnightly joint home visits with the social worker and checks Mr Oakes' compliance with the written agreement at each core group.",
        "The maternal uncle, who lives in Cornwall, is a registered sex offender; he has had no contact with the children since 2019 and none is planned.",
    ]
    rec = ["The social worker will recommend that the plan continues for a further six months under the category of physical abuse."]
    blocks = review_form(
        [("Conference", "Review (2nd review)"), ("Date", "Thursday 10 December 2026"), ("Time", "10:00"),
         ("Venue", "Room 2.14, Wakefield One"), ("Chair", "Gillian Roebuck"),
         ("Social worker", "Hafsa Mahmood"), ("Plan category", "Physical abuse"), ("CareDirector ID", "CD604418")],
        [["Tyler-Jay Ashworth", "14/02/2017", "June 2026"], ["Ruby Ashworth", "30/09/2020", "June 2026"]],
        [["Kerry Ashworth", "Mother", "Yes"], ["Dean Oakes", "Mother's former partner", "No - moved out Sept 2026"]],
        [["Children's Social Care", "Hafsa Mahmood", "Lead professional", "03/11/2026"],
         ["WYP Child Safeguarding Unit", "PC Nasreen Hollis", "Active - joint visits", "03/11/2026"],
         ["Pinderfields School", "Mrs J Lowther (DSL)", "Active", "03/11/2026"],
         ["0-19 Service", "Health visitor", "Active", "06/10/2026"]],
        since, rec, (False, True))
    cases.append(dict(
        n="146-01", dist="wakefield", kslug="rcpc", desc="docx-core-group-active-tick-report",
        sender=("Lorraine Shaw", "lorraine.shaw@wakefield.gov.uk"), to=WAKE_TO,
        subject="OFFICIAL-SENSITIVE RCPC ASHWORTH 10.12.2026 - agency contribution request",
        sent="2026-11-23 09:38", recv="2026-11-23 09:41",
        body=("plain", "Good morning,\n\nPlease find attached the agency contribution request for the review conference for Tyler-Jay and Ruby Ashworth. The police box on the form has been completed by the social worker."
              + SIG_WAKE.format(n="Lorraine Shaw")),
        attach=[("docx", "RCPC request - ASHWORTH.docx", blocks)],
        label=dict(kind="review", pre_birth=False, date="2026-12-10", time="10:00", tick=False, harm=["physical"],
                   children=[("Tyler-Jay Ashworth", "2017-02-14"), ("Ruby Ashworth", "2020-09-30")],
                   adults=["Kerry Ashworth", "Dean Oakes"],
                   criteria={"core_group_member": "PC Nasreen Hollis of the Child Safeguarding Unit is a named member of the core group"},
                   decision="attend", tags=["docx-table", "review", "core-group-active", "tick-report", "rso-elsewhere-no-contact"],
                   notes="police actively in the core group at a Wakefield review: attend; the form says written report sufficient, so tickbox_conflict; the RSO uncle in Cornwall has no contact (not a criterion)")))

    # 146-02 Leeds review, HTML body, police listed but inactive, plan to end, late notice -> report_only
    since = [
        "Precious has settled at nursery and her attendance is 96%. Ms Nwachukwu has engaged with every session of the Family Intervention Service.",
        "West Yorkshire Police remain named on the plan from the initial conference, but no officer has attended a core group since July and no police actions are outstanding. There have been no police call-outs to the address since the plan started.",
        "Mr Reid's sex offender notification requirements ended in 2019 and he has not been in contact with the family this year.",
    ]
    rec = ["The social worker will recommend that the child protection plan ends and that Precious is supported under a Child in Need plan."]
    blocks = review_form(
        [("Conference", "Review CPC"), ("Date", "06/01/2027"), ("Time", "1.30pm"), ("Venue", "Merrion House, Leeds - Room 5"),
         ("Chair", "Rebecca Tordoff"), ("Social worker", "Olumide Bankole"), ("Plan category", "Emotional abuse")],
        [["Precious Nwachukwu-Reid", "22/06/2022", "August 2026"]],
        [["Blessing Nwachukwu", "Mother", "Yes"], ["Tobias Reid", "Father", "No"]],
        [["Children and Families", "Olumide Bankole", "Lead professional", "15/12/2026"],
         ["West Yorkshire Police (CPPU)", "not named", "Listed - no attendance since July", "14/07/2026"],
         ["Little Acorns Nursery", "Key worker", "Active", "15/12/2026"],
         ["Health visiting", "HV team", "Active", "15/12/2026"]],
        since, rec, None)
    cases.append(dict(
        n="146-02", dist="leeds", kslug="rcpc", desc="html-police-listed-inactive-plan-ending",
        sender=("Joanne Firth", "joanne.firth@leeds.gov.uk"), to=LEEDS_TO,
        subject="Review Child Protection Conference - NWACHUKWU-REID - 06/01/2027",
        sent="2026-12-22 14:02", recv="2026-12-22 14:06",
        body=("htmlform", "Dear colleagues,\n\nThe review conference for Precious is set out below. Apologies for the short notice - with the Christmas closure this was the first date the chair could offer.",
              blocks, SIG_LEEDS.format(n="Joanne Firth")),
        attach=[],
        label=dict(kind="review", pre_birth=False, date="2027-01-06", time="13:30", tick=None, harm=["emotional"],
                   children=[("Precious Nwachukwu-Reid", "2022-06-22")],
                   adults=["Blessing Nwachukwu", "Tobias Reid"],
                   criteria={"prior_unit_involvement": "Mr Reid's sex offender notification requirements ended in 2019"},
                   decision="report_only", tags=["html-body", "review", "police-listed-inactive", "plan-ending", "late-notice", "rso-expired", "christmas-bank-holidays"],
                   notes="police named on the plan but not attended since July, no actions: not an active core-group member; RSO notification ended in 2019 (history: prior involvement only, not RSO); Leeds review needs 10 WD; 8 given once the Christmas and New Year bank holidays are skipped")))

    # 146-03 Calderdale review, PDF, police removed at last review + new arrest since -> discuss
    since = [
        "At the first review in September 2026 police were removed from the core group because the earlier joint investigation into bruising to Szymon had been closed with no further action.",
        "Significant event: on 27 November 2026 Oliwia told her form tutor that Mr Lumb had touched her over her clothes in her bedroom. Mr Lumb was arrested on 28 November on suspicion of sexual assault of a child, interviewed and released on police bail with a condition not to attend the family home. Oliwia's ABE interview took place on 30 November.",
        "Ms Kowalczyk has asked Mr Lumb to leave and says she believes Oliwia.",
    ]
    rec = ["The chair has asked that the conference considers adding sexual abuse as a category for Oliwia."]
    blocks = review_form(
        [("Conference", "Review CPC - brought forward"), ("Date", "Tues 15th December 2026"), ("Time", "13:30"),
         ("Venue", "Northgate House, Halifax"), ("Chair", "Andrew Greenwood"), ("Social worker", "Nicola Bottomley"),
         ("Plan category", "Physical abuse (Szymon); Emotional abuse (Oliwia)"), ("LCS ref", "LCS772031")],
        [["Oliwia Kowalczyk", "08/03/2014", "July 2026"], ["Szymon Kowalczyk", "19/10/2018", "July 2026"]],
        [["Marta Kowalczyk", "Mother", "Yes"], ["Gareth Lumb", "Mother's partner", "No - bail condition"]],
        [["Children's Social Care", "Nicola Bottomley", "Lead professional", "24/11/2026"],
         ["West Yorkshire Police", "-", "Removed at review 22/09/2026", "08/09/2026"],
         ["Ravenscliffe High School", "DSL", "Active", "24/11/2026"]],
        since, rec, (False, False),
        extra=[("p", "Police: please tick one box. If neither is ticked the chair will contact the Safeguarding Unit.")])
    pdf = ("pdf", "RCPC request KOWALCZYK.pdf", blocks, "Calderdale Safeguarding Children Partnership - Review conference request",
           "OFFICIAL-SENSITIVE")
    cases.append(dict(
        n="146-03", dist="calderdale", kslug="rcpc", desc="pdf-police-removed-new-arrest",
        sender=("Graham Riley", "graham.riley@calderdale.gov.uk"), to=CALD_TO,
        subject="Review CPC brought forward - KOWALCZYK - 15/12/2026",
        sent="2026-12-02 10:15", recv="2026-12-02 10:17",
        body=("plain", "Hello,\n\nThe review for Oliwia and Szymon has been brought forward following the events described in the attached request. Form attached."
              + SIG_CALD.format(n="Graham Riley")),
        attach=[pdf],
        label=dict(kind="review", pre_birth=False, date="2026-12-15", time="13:30", tick=None, harm=["physical", "emotional"],
                   children=[("Oliwia Kowalczyk", "2014-03-08"), ("Szymon Kowalczyk", "2018-10-19")],
                   adults=["Marta Kowalczyk", "Gareth Lumb"],
                   criteria={"current_investigation": "released on police bail with a condition not to attend the family home",
                             "prior_unit_involvement": "the earlier joint investigation into bruising to Szymon had been closed with no further action"},
                   decision="discuss", tags=["pdf-form", "review", "police-removed", "new-police-matter", "tick-neither", "tickbox-ambiguous"],
                   notes="police left the core group, but a new arrest and bail since the last conference is a significant event at a Calderdale review: discuss; neither police box ticked -> tickbox_ambiguous")))

    # 146-04 Wakefield pre-birth review, plain body, police stood down after NFA -> report_only
    body = """Hi,

Details of the pre-birth review conference below. No form this time as the chair agreed the details could go in the email.

PRE-BIRTH REVIEW CHILD PROTECTION CONFERENCE

Unborn baby: Unborn baby Thackray (EDD 19/02/2027)
Mother: Jade Thackray, 24
Father: Connor Briggs, 27 (lives with Ms Thackray)
Date: Tuesday 26th January 2027
Time: 2pm
Venue: Castleford Family Hub, meeting room 1
Chair: Sunita Lal
Social worker: Matthew Kaye
Category: Emotional abuse (risk of)

What has happened since the pre-birth initial conference?
DC Imran Sadiq of the Child Safeguarding Unit investigated Mr Briggs after Ms Thackray said he had pushed her in the kitchen in August. The investigation was closed with no further action on 9 October and DC Sadiq stood down from the core group at the October core group.
There have been no incidents reported since. There is no current police involvement and the couple have not been referred to MARAC. Mr Briggs has completed the Caring Dads programme.

Plan going forward
The social worker will recommend that the plan ends at this review and that the family is supported through Early Help once the baby is born.

Police box: no box on this request - the chair would be grateful for the usual written report.
"""
    cases.append(dict(
        n="146-04", dist="wakefield", kslug="prebirth-rcpc", desc="body-plain-police-stood-down-plan-ending",
        sender=("Matthew Kaye", "matthew.kaye@wakefield.gov.uk"), to=WAKE_TO,
        subject="Pre-birth review CPC - Unborn THACKRAY - 26 Jan",
        sent="2027-01-13 11:50", recv="2027-01-13 11:52",
        body=("plain", body + SIG_WAKE.format(n="Matthew Kaye")), attach=[],
        label=dict(kind="review", pre_birth=True, date="2027-01-26", time="14:00", tick=None, harm=["emotional"],
                   children=[("Unborn baby Thackray", None)], adults=["Jade Thackray", "Connor Briggs"],
                   criteria={"prior_unit_involvement": "The investigation was closed with no further action on 9 October and DC Sadiq stood down from the core group"},
                   decision="report_only", tags=["body-plain", "pre-birth", "review", "police-stood-down", "nfa", "plan-ending", "tick-absent"],
                   notes="police investigated and then left the core group (NFA): no review criterion, no request -> report_only; the closed investigation is prior involvement only")))

    # 146-05 Leeds review, docx, new wilful-neglect investigation and RSO partner since last conference -> discuss
    since = [
        "On 19 November Harvey (7) was found by a neighbour walking alone on the ring road at 11pm. Officers from the Leeds CPPU have since opened an investigation into wilful neglect (section 1 Children and Young Persons Act 1933); Ms Lister was interviewed under caution on 25 November and the investigation is ongoing.",
        "Ms Lister has also begun a relationship with Jordan Whitlam, who is a registered sex offender. He has been staying overnight at the family home on several nights a week since November.",
        "Core group members remain the social worker, school and school nurse; police are not part of the core group. The school said police attendance at the review would be helpful.",
    ]
    rec = ["The plan should continue; the chair will consider whether the category should change from emotional abuse to neglect."]
    blocks = review_form(
        [("Conference", "Review Child Protection Conference (first review)"), ("Date", "Friday 18 December 2026"),
         ("Time", "10.00am"), ("Venue", "Microsoft Teams"), ("Chair", "Daniel Oyelaran"),
         ("Social worker", "Ciara Doyle"), ("Plan category", "Emotional abuse")],
        [["Harvey Lister-Grant", "02/05/2019", "September 2026"]],
        [["Stacey Lister", "Mother", "Yes"], ["Paul Grant", "Father", "No - Bramley"],
         ["Jordan Whitlam", "Mother's partner", "Stays several nights a week"]],
        [["Children and Families", "Ciara Doyle", "Lead professional", "01/12/2026"],
         ["Raynville Primary", "DSL", "Active", "01/12/2026"],
         ["School nursing", "School nurse", "Active", "03/11/2026"]],
        since, rec, None)
    cases.append(dict(
        n="146-05", dist="leeds", kslug="rcpc", desc="docx-new-wilful-neglect-rso-partner",
        sender=("Ciara Doyle", "ciara.doyle@leeds.gov.uk"), to=LEEDS_TO,
        subject="RCPC 18/12/2026 - Harvey LISTER-GRANT",
        sent="2026-12-03 16:20", recv="2026-12-03 16:24",
        body=("plain", "Hi,\n\nAttached is the agency contribution request for Harvey's first review. A lot has changed since the ICPC - please see the 'since the last conference' section."
              + SIG_LEEDS.format(n="Ciara Doyle")),
        attach=[("docx", "Review request LISTER-GRANT.docx", blocks)],
        label=dict(kind="review", pre_birth=False, date="2026-12-18", time="10:00", tick=None, harm=["emotional"],
                   children=[("Harvey Lister-Grant", "2019-05-02")],
                   adults=["Stacey Lister", "Paul Grant", "Jordan Whitlam"],
                   criteria={"wilful_neglect_investigation": "have since opened an investigation into wilful neglect (section 1 Children and Young Persons Act 1933)",
                             "registered_sex_offender": "Jordan Whitlam, who is a registered sex offender. He has been staying overnight at the family home"},
                   decision="discuss", tags=["docx-table", "review", "new-police-matter", "rso-partner", "police-not-core-group", "would-be-helpful"],
                   notes="Leeds review, police not in the core group, but a new wilful-neglect investigation and an RSO staying in the home: discuss; 'would be helpful' is not a negotiated agreement")))

    # 146-06 Calderdale review, HTML body, CSE link since last conference -> discuss
    since = [
        "On 6 January officers found Kayleigh at 2am in a car in Brighouse with a 31-year-old man she had met online. She had been given alcohol and a new phone.",
        "A CSE referral was made the same day. The Calderdale exploitation team (Operation Topaz) have assessed Kayleigh as at significant risk of child sexual exploitation and she is now discussed at the monthly exploitation panel.",
        "No police officer is a member of the core group; the core group is the social worker, the school, CAMHS and Mr and Mrs Booth.",
    ]
    rec = ["The social worker will ask the conference to add a safety plan around exploitation to the current neglect plan."]
    blocks = review_form(
        [("Conference", "RCPC"), ("Date", "28.01.27"), ("Time", "9.30 am"), ("Venue", "Hybrid - Northgate House / Teams"),
         ("Chair", "Yvonne Pearson"), ("Social worker", "Tariq Mahmood"), ("Plan category", "Neglect")],
        [["Kayleigh Booth", "11/04/2011", "October 2026"]],
        [["Donna Booth", "Mother", "Yes"], ["Lee Booth", "Father", "Yes"]],
        [["Children's Social Care", "Tariq Mahmood", "Lead professional", "12/01/2027"],
         ["Brighouse High School", "Pastoral lead", "Active", "12/01/2027"],
         ["CAMHS", "Clinician", "Active", "08/12/2026"]],
        since, rec, None)
    cases.append(dict(
        n="146-06", dist="calderdale", kslug="rcpc", desc="html-cse-link-since-last-conference",
        sender=("Graham Riley", "graham.riley@calderdale.gov.uk"), to=CALD_TO,
        subject="RCPC - BOOTH - 28/01/2027",
        sent="2027-01-19 08:55", recv="2027-01-19 08:58",
        body=("htmlform", "Morning all,\n\nPlease see below the review conference details for Kayleigh.", blocks,
              SIG_CALD.format(n="Graham Riley")),
        attach=[],
        label=dict(kind="review", pre_birth=False, date="2027-01-28", time="09:30", tick=None, harm=["neglect"],
                   children=[("Kayleigh Booth", "2011-04-11")], adults=["Donna Booth", "Lee Booth"],
                   criteria={"child_sexual_exploitation": "have assessed Kayleigh as at significant risk of child sexual exploitation"},
                   decision="discuss", tags=["html-body", "review", "cse-link", "police-not-core-group"],
                   notes="Calderdale review with a new CSE link (003's compelling reason): discuss, not attend, since police are not in the core group")))

    # 146-07 Wakefield review cancelled (family moved; core-group officer told) -> manual_review
    body = """Dear all,

CANCELLATION - REVIEW CHILD PROTECTION CONFERENCE

Children: Alfie Dunne (DOB 03/03/2016) and Poppy Dunne (DOB 12/12/2018)
Mother: Sian Dunne
Conference: Review CPC, Wednesday 16 December 2026 at 10.00am, Wakefield One

Please note that the review conference above is cancelled and will not go ahead. Ms Dunne and the children moved to Rotherham on 20 November and Rotherham Children's Services will convene a transfer-in conference.

PC Daniel Ahmed, who is a member of the core group and has attended every core group, has been told by phone. Please do not send a police report for this date.
"""
    cases.append(dict(
        n="146-07", dist="wakefield", kslug="rcpc", desc="body-plain-cancelled-moved-away",
        sender=("Rachel Fawcett", "rachel.fawcett@wakefield.gov.uk"), to=WAKE_TO,
        subject="CANCELLED: RCPC DUNNE 16/12/2026",
        sent="2026-11-30 15:12", recv="2026-11-30 15:15",
        body=("plain", body + SIG_WAKE.format(n="Rachel Fawcett")), attach=[],
        label=dict(kind="review", pre_birth=False, date="2026-12-16", time="10:00", tick=None, harm=None,
                   children=[("Alfie Dunne", "2016-03-03"), ("Poppy Dunne", "2018-12-12")], adults=["Sian Dunne"],
                   criteria={"core_group_member": "PC Daniel Ahmed, who is a member of the core group and has attended every core group"},
                   decision="manual_review", extra_req=["cancelled"], tags=["body-plain", "review", "cancelled", "core-group-active"],
                   notes="a cancellation goes to manual_review whatever the criteria (the core-group officer would otherwise mean attend)")))
    return cases


# ----------------------------------------------------------------------------------------------
# Layout 147: "Part C - police and offending information" (before / now), same facts across districts
# ----------------------------------------------------------------------------------------------
def partc_form(council, conf_kv, children, adults, category, reason, before, now, tick, people_note=None):
    blocks = [
        ("title", "Request for an Initial Child Protection Conference"),
        ("sub", council),
        ("h", "Part A - Conference"),
        ("kv", conf_kv),
        ("h", "Part B - Family"),
        ("table", ["Name", "DOB", "Role"], children + adults),
    ]
    if people_note:
        blocks.append(("p", people_note))
    blocks += [
        ("ticks", "Category requested", [(c, c in category) for c in ("Neglect", "Physical", "Sexual", "Emotional")]),
        ("h", "Reason for the conference"),
        ("p", reason),
        ("h", "Part C - Police and offending information known to the social worker"),
        ("p", "C1. What police have done before this referral:"),
        ("p", before),
        ("p", "C2. What police are doing now:"),
        ("p", now),
        ("h", "Part D - Police"),
    ]
    if tick is not None:
        blocks.append(("ticks", "Police", [("Attendance required", tick[0]), ("Written report sufficient", tick[1])]))
    return blocks


def layout147():
    cases = []
    # 147-01 Calderdale: historic unit investigation, nothing now -> attend (prior involvement), tick report -> conflict
    blocks = partc_form(
        "Calderdale Council - Children's Social Care",
        [("Date", "26/11/2026"), ("Time", "13:00"), ("Venue", "Elland Children's Centre"), ("Chair", "Andrew Greenwood"),
         ("Social worker", "Kelly Ambler")],
        [["Zayn Hussain-Clarke", "17/07/2021", "Child"], ["Amira Hussain-Clarke", "02/01/2023", "Child"]],
        [["Leanne Clarke", "05/05/1997", "Mother"], ["Imran Hussain", "21/08/1990", "Father"]],
        ["Neglect"],
        "Both children have been seen unkempt and hungry at nursery since the summer; the home has no working cooker and the family has been evicted twice this year.",
        "In March 2022 the Calderdale Safeguarding Unit investigated Mr Hussain for assaulting his older son from a previous relationship. He was interviewed under caution and the case was closed with no further action.",
        "Nothing. There is no current police investigation and police have not attended the address this year.",
        (False, True))
    cases.append(dict(
        n="147-01", dist="calderdale", kslug="icpc", desc="pdf-prior-unit-involvement-only-tick-report",
        sender=("Sharon Pickles", "sharon.pickles@calderdale.gov.uk"), to=CALD_TO,
        subject="ICPC request - HUSSAIN-CLARKE - 26.11.26",
        sent="2026-11-16 12:30", recv="2026-11-16 12:33",
        body=("plain", "Please find attached the ICPC request for Zayn and Amira." + SIG_CALD.format(n="Sharon Pickles")),
        attach=[("pdf", "ICPC request HUSSAIN-CLARKE.pdf", blocks, "Calderdale Council - ICPC request", "OFFICIAL-SENSITIVE")],
        label=dict(kind="initial", pre_birth=False, date="2026-11-26", time="13:00", tick=False, harm=["neglect"],
                   children=[("Zayn Hussain-Clarke", "2021-07-17"), ("Amira Hussain-Clarke", "2023-01-02")],
                   adults=["Leanne Clarke", "Imran Hussain"],
                   criteria={"prior_unit_involvement": "In March 2022 the Calderdale Safeguarding Unit investigated Mr Hussain for assaulting his older son"},
                   decision="attend", tags=["pdf-form", "calderdale-only-rule", "prior-involvement", "nfa", "tick-report"],
                   notes="Calderdale's 'previous significant involvement with any significant person' makes an NFA'd 2022 unit investigation an attend; the tick says report -> tickbox_conflict (compare 147-02)")))

    # 147-02 Wakefield: same pattern -> report_only
    blocks = partc_form(
        "Wakefield Council - Children and Young People's Service",
        [("Date", "Thursday 17 December 2026"), ("Time", "10.30"), ("Venue", "Wakefield One, room 3.1"), ("Chair", "Simon Ingham"),
         ("Social worker", "Bethany Holt")],
        [["Ellie-Mae Crossley", "23/04/2020", "Child"]],
        [["Gemma Crossley", "11/11/1999", "Mother"], ["Ryan Pickersgill", "09/06/1994", "Mother's partner"]],
        ["Emotional"],
        "Ellie-Mae has witnessed frequent arguments and her mother's heavy drinking; nursery report she is withdrawn and frightened of loud voices.",
        "In 2021 the Wakefield Child Safeguarding Unit investigated Mr Pickersgill after his niece alleged he had hit her. The matter was closed with no further action (insufficient evidence).",
        "Police are not currently investigating anything in relation to this household. Nothing new has been reported about Mr Pickersgill since 2021.",
        (False, True))
    cases.append(dict(
        n="147-02", dist="wakefield", kslug="icpc", desc="pdf-same-facts-other-district-report-only",
        sender=("Lorraine Shaw", "lorraine.shaw@wakefield.gov.uk"), to=WAKE_TO,
        subject="ICPC CROSSLEY 17/12/2026",
        sent="2026-12-08 10:02", recv="2026-12-08 10:05",
        body=("plain", "Good morning,\n\nICPC request for Ellie-Mae Crossley attached." + SIG_WAKE.format(n="Lorraine Shaw")),
        attach=[("pdf", "ICPC CROSSLEY.pdf", blocks, "Wakefield Council - ICPC request", "OFFICIAL-SENSITIVE")],
        label=dict(kind="initial", pre_birth=False, date="2026-12-17", time="10:30", tick=False, harm=["emotional"],
                   children=[("Ellie-Mae Crossley", "2020-04-23")], adults=["Gemma Crossley", "Ryan Pickersgill"],
                   criteria={"prior_unit_involvement": "In 2021 the Wakefield Child Safeguarding Unit investigated Mr Pickersgill after his niece alleged he had hit her."},
                   decision="report_only", tags=["pdf-form", "prior-involvement", "no-escalation", "tick-report"],
                   notes="same pattern as 147-01 but Wakefield has no prior-involvement item, and nothing new since 2021 means no escalation: report_only")))

    # 147-03 Calderdale: police protection, no investigation -> discuss
    blocks = partc_form(
        "Calderdale Council - Children's Social Care",
        [("Date", "Wednesday 9th December 2026"), ("Time", "11am"), ("Venue", "Northgate House"), ("Chair", "Yvonne Pearson"),
         ("Social worker", "Lukasz Zielinski")],
        [["Tomasz Nowak", "14/08/2024", "Child"]],
        [["Agata Nowak", "27/02/2001", "Mother"], ["Kamil Nowak", "03/12/1998", "Father"]],
        ["Neglect"],
        "On Saturday 21 November officers called to a disturbance found Tomasz in the flat with both parents too intoxicated to care for him. He was taken into police protection under section 46 of the Children Act 1989 and placed with foster carers; he has since returned home under a safety plan.",
        "No previous police involvement with the family is known.",
        "The strategy discussion with police on 23 November agreed that there would be no criminal investigation; police advised that the threshold for a wilful neglect investigation was not met.",
        (True, False))
    cases.append(dict(
        n="147-03", dist="calderdale", kslug="icpc", desc="docx-police-protection-calderdale-discuss",
        sender=("Sharon Pickles", "sharon.pickles@calderdale.gov.uk"), to=CALD_TO,
        subject="ICPC NOWAK 09/12/2026",
        sent="2026-11-25 09:10", recv="2026-11-25 09:12",
        body=("plain", "Hello, ICPC request for Tomasz Nowak attached - police attendance requested on the form." + SIG_CALD.format(n="Sharon Pickles")),
        attach=[("docx", "ICPC request NOWAK.docx", blocks)],
        label=dict(kind="initial", pre_birth=False, date="2026-12-09", time="11:00", tick=True, harm=["neglect"],
                   children=[("Tomasz Nowak", "2024-08-14")], adults=["Agata Nowak", "Kamil Nowak"],
                   criteria={"police_protection": "He was taken into police protection under section 46 of the Children Act 1989"},
                   decision="discuss", tags=["docx-table", "calderdale-only-rule", "police-protection", "no-wilful-neglect", "tick-attend"],
                   notes="police protection is not one of Calderdale's considerations (POLICY choice): discuss; the Leeds twin 147-04 is attend; no wilful-neglect investigation")))

    # 147-04 Leeds: police protection after DA incident, MARAC, bail -> attend
    blocks = partc_form(
        "Leeds City Council - Children and Families",
        [("Date", "Fri 11/12/2026"), ("Time", "14:00"), ("Venue", "Microsoft Teams"), ("Chair", "Farida Qureshi"),
         ("Social worker", "Hollie Marsh")],
        [["Lacey-Rose Hepworth", "09/09/2022", "Child"], ["Kai Hepworth", "15/01/2025", "Child"]],
        [["Chantelle Hepworth", "30/03/2002", "Mother"], ["Nathan Ibbotson", "18/07/1999", "Father"]],
        ["Emotional", "Physical"],
        "On 28 November officers attending a domestic incident at the flat removed Lacey-Rose and Kai under police protection (section 46) because Mr Ibbotson was threatening to take them; they were placed with the maternal aunt for 72 hours.",
        "No previous police involvement with the family is known to Children and Families.",
        "Mr Ibbotson was arrested for assaulting Ms Hepworth and is on police bail with conditions not to contact her. Ms Hepworth was heard at MARAC on 3 December and a police domestic abuse officer and an IDVA are working with her.",
        None)
    cases.append(dict(
        n="147-04", dist="leeds", kslug="icpc", desc="docx-police-protection-marac-attend",
        sender=("Hollie Marsh", "hollie.marsh@leeds.gov.uk"), to=LEEDS_TO,
        subject="Initial Child Protection Conference - HEPWORTH - Fri 11 Dec",
        sent="2026-12-04 11:45", recv="2026-12-04 11:49",
        body=("plain", "Hi, ICPC request attached for Lacey-Rose and Kai. Reports to the ISU 24 hours before please." + SIG_LEEDS.format(n="Hollie Marsh")),
        attach=[("docx", "ICPC HEPWORTH.docx", blocks)],
        label=dict(kind="initial", pre_birth=False, date="2026-12-11", time="14:00", tick=None, harm=["emotional", "physical"],
                   children=[("Lacey-Rose Hepworth", "2022-09-09"), ("Kai Hepworth", "2025-01-15")],
                   adults=["Chantelle Hepworth", "Nathan Ibbotson"],
                   criteria={"police_protection": "removed Lacey-Rose and Kai under police protection (section 46)",
                             "domestic_abuse_current_involvement": "Ms Hepworth was heard at MARAC on 3 December and a police domestic abuse officer and an IDVA are working with her"},
                   decision="attend", tags=["docx-table", "police-protection", "domestic-abuse-marac", "tick-absent"],
                   notes="Leeds ICPC arising from police protection (item 4) with MARAC/DA officer involvement: attend (compare Calderdale 147-03)")))

    # 147-05 Calderdale: RSO father not in household, unsupervised contact -> attend
    blocks = partc_form(
        "Calderdale Council - Children's Social Care",
        [("Date", "20/01/2027"), ("Time", "10:00"), ("Venue", "Todmorden Hub"), ("Chair", "Andrew Greenwood"),
         ("Social worker", "Priya Chauhan")],
        [["Jayden O'Rourke", "28/05/2016", "Child"]],
        [["Natalie O'Rourke", "14/10/1988", "Mother"], ["Shane Cawthorne", "02/02/1985", "Father (lives separately)"],
         ["Dale Sutcliffe", "19/09/1987", "Mother's partner"]],
        ["Sexual"],
        "Jayden has told his teacher that his dad shows him videos on his phone that make him feel funny. The school made a referral on 5 January.",
        "Mr Cawthorne is a registered sex offender. Police have had no involvement with Ms O'Rourke or Mr Sutcliffe; Mr Sutcliffe has no convictions and is not known to police.",
        "Mr Cawthorne has unsupervised contact with Jayden every other weekend at his flat in Sowerby Bridge. The strategy discussion with police on 6 January agreed a single-agency section 47 enquiry; police are not investigating at this stage.",
        (True, False))
    cases.append(dict(
        n="147-05", dist="calderdale", kslug="icpc", desc="pdf-rso-father-contact-attend",
        sender=("Kelly Ambler", "kelly.ambler@calderdale.gov.uk"), to=CALD_TO,
        subject="ICPC request O'ROURKE 20/01/27",
        sent="2027-01-07 15:30", recv="2027-01-07 15:34",
        body=("plain", "Please see the attached ICPC request." + SIG_CALD.format(n="Kelly Ambler")),
        attach=[("pdf", "ICPC request ORourke.pdf", blocks, "Calderdale Council - ICPC request", "OFFICIAL-SENSITIVE")],
        label=dict(kind="initial", pre_birth=False, date="2027-01-20", time="10:00", tick=True, harm=["sexual"],
                   children=[("Jayden O'Rourke", "2016-05-28")], adults=["Natalie O'Rourke", "Shane Cawthorne", "Dale Sutcliffe"],
                   criteria={"registered_sex_offender": "Mr Cawthorne is a registered sex offender."},
                   decision="attend", tags=["pdf-form", "rso-outside-household-with-contact", "apostrophe-name", "tick-attend"],
                   notes="the RSO father lives elsewhere but has unsupervised contact (associated, and a significant nominal for Calderdale): attend")))

    # 147-06 Wakefield: RSO grandfather abroad, no contact; tick attend -> discuss
    blocks = [
        ("title", "Request for an Initial Child Protection Conference"),
        ("sub", "Wakefield Council - Children and Young People's Service"),
        ("h", "Part A - Conference"),
        ("kv", [("Date", "11 Dec 2026"), ("Time", "9.30am"), ("Venue", "Pontefract Family Hub"), ("Chair", "Gillian Roebuck"),
                ("Social worker", "Owen Fairburn")]),
        ("h", "Part B - Family"),
        ("table", ["Name", "DOB", "Role"], [["Deklan Firth", "04/06/2018", "Child"], ["Maisie Firth", "21/01/2021", "Child"],
                                            ["Louise Firth", "08/08/1993", "Mother"]]),
        ("ticks", "Category requested", [("Neglect", False), ("Physical", False), ("Sexual", False), ("Emotional", True)]),
        ("h", "Reason for the conference"),
        ("p", "Ms Firth's mental health has deteriorated sharply since October. The children have missed 40% of school this term and Deklan has described his mother screaming at him and locking him in his room."),
        ("h", "Part C - Police and offending information known to the social worker"),
        ("p", "C1. What police have done before this referral: none known for Ms Firth."),
        ("p", "C2. What police are doing now: nothing - there is no police investigation."),
        ("p", "Other people: the maternal grandfather, who lives in Spain, is a registered sex offender. The family have had no contact with him since 2015 and Ms Firth does not want any."),
        ("h", "Part D - Police"),
        ("ticks", "Police", [("Attendance required", True), ("Written report sufficient", False)]),
    ]
    cases.append(dict(
        n="147-06", dist="wakefield", kslug="icpc", desc="html-rso-abroad-no-contact-tick-attend",
        sender=("Owen Fairburn", "owen.fairburn@wakefield.gov.uk"), to=WAKE_TO,
        subject="ICPC - FIRTH - 11/12/2026",
        sent="2026-12-04 09:20", recv="2026-12-04 09:24",
        body=("htmlform", "Good morning,\n\nThe ICPC request for Deklan and Maisie is below.", blocks, SIG_WAKE.format(n="Owen Fairburn")),
        attach=[],
        label=dict(kind="initial", pre_birth=False, date="2026-12-11", time="09:30", tick=True, harm=["emotional"],
                   children=[("Deklan Firth", "2018-06-04"), ("Maisie Firth", "2021-01-21")], adults=["Louise Firth"],
                   criteria={}, decision="discuss",
                   tags=["html-body", "rso-abroad-no-contact", "tick-attend", "no-criterion"],
                   notes="RSO grandfather abroad with no contact since 2015 is not associated with the household; no criterion, but the form asks for police: discuss")))

    # 147-07 Kirklees: Schedule 1 grandfather visiting daily, not RSO; tick report -> report_only
    blocks = partc_form(
        "Kirklees Council - Children's Services (Strengthening Families)",
        [("Date", "Monday 18 January 2027"), ("Time", "1pm"), ("Venue", "Civic Centre 1, Huddersfield"), ("Chair", "Nasim Akhtar"),
         ("Social worker", "Rhiannon Gibb")],
        [["Aisha Begum", "13/09/2015", "Child"]],
        [["Rukhsana Begum", "01/07/1986", "Mother"], ["Abdul Karim", "15/03/1958", "Maternal grandfather (visits daily)"]],
        ["Emotional"],
        "Aisha has told school that her grandfather shouts at her and calls her names; her mother relies on him for childcare after school every day.",
        "Mr Karim was convicted in 2008 of cruelty to a child (his stepson) and is described in the old file as a Schedule 1 offender. He is not a registered sex offender and is not subject to any notification requirements.",
        "Police have no current involvement.",
        (False, True))
    cases.append(dict(
        n="147-07", dist="kirklees", kslug="icpc", desc="docx-schedule1-not-rso-report-only",
        sender=("Rhiannon Gibb", "rhiannon.gibb@kirklees.gov.uk"), to=KIRK_TO,
        subject="ICPC request - BEGUM - 18/01/2027",
        sent="2027-01-11 10:40", recv="2027-01-11 10:43",
        body=("plain", "Dear colleague,\n\nPlease find the ICPC request for Aisha Begum attached.\n\nRhiannon Gibb\nSocial Worker, Kirklees Council\n"),
        attach=[("docx", "ICPC BEGUM.docx", blocks)],
        label=dict(kind="initial", pre_birth=False, date="2027-01-18", time="13:00", tick=False, harm=["emotional"],
                   children=[("Aisha Begum", "2015-09-13")], adults=["Rukhsana Begum", "Abdul Karim"],
                   criteria={"prior_unit_involvement": "Mr Karim was convicted in 2008 of cruelty to a child (his stepson)"},
                   decision="report_only", tags=["docx-table", "kirklees-wakefield-rules", "schedule-1-not-rso", "tick-report"],
                   notes="Kirklees follows the Wakefield rules; a Schedule 1 offender is not an RSO and prior involvement is not a Wakefield item; form says report: report_only")))
    return cases
