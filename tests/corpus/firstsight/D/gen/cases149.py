"""Layout 149: 'harm outside the home' conference requests - sexual vs criminal exploitation, online harm, missing episodes."""
from cases146_147 import WAKE_TO, LEEDS_TO, CALD_TO, KIRK_TO, BRAD_TO, SIG_WAKE, SIG_LEEDS, SIG_CALD


def ctx_form(kind_title, conf_kv, young, carers, missing, places, people, online, screening, tick, extra=()):
    blocks = [
        ("title", kind_title),
        ("sub", "Harm outside the home - contextual safeguarding summary"),
        ("kv", conf_kv),
        ("h", "Young person"),
        ("table", ["Name", "Date of birth", "School / setting"], young),
        ("h", "Parents and carers"),
        ("table", ["Name", "Relationship"], carers),
        ("h", "Missing from home (last 3 months)"),
        ("table", ["Date", "Hours missing", "Where found / returned"], missing) if missing else ("p", "No missing episodes."),
        ("h", "Places"), ("p", places),
        ("h", "People"), ("p", people),
        ("h", "Online"), ("p", online),
        ("h", "Exploitation screening outcome"), ("p", screening),
    ]
    blocks.append(("h", "Police"))
    blocks += list(extra)
    if tick is None and not extra:
        blocks.append(("p", "Please send the usual police report to the chair."))
    if tick is not None:
        blocks.append(("ticks", "Police contribution requested", [("Attendance", tick[0]), ("Written report", tick[1])]))
    return blocks


def layout149():
    cases = []
    # 149-01 Wakefield ICPC PDF: CSE + chair/DI agreement -> attend
    blocks = ctx_form(
        "Initial Child Protection Conference Request",
        [("Date of conference", "17/12/2026"), ("Start time", "2pm"), ("Venue", "Wakefield One, room 1.05"),
         ("Chair", "Gillian Roebuck"), ("Social worker", "Bethany Holt"), ("Category", "Sexual abuse")],
        [["Chloe Brannigan", "21/03/2012", "Outwood Academy"]],
        [["Lisa Brannigan", "Mother"], ["Mark Brannigan", "Father"]],
        [["04/10/2026", "19", "Hotel, Leeds city centre"], ["15/11/2026", "30", "Hotel, Leeds city centre"],
         ["28/11/2026", "11", "Returned home by taxi"]],
        "Hotels in Leeds city centre; a flat above a takeaway in Castleford.",
        "Men in their twenties and thirties who give Chloe alcohol, vapes and money; she calls one of them her boyfriend.",
        "Chloe has been asked by adults she met on Instagram to send nude images.",
        "The Wakefield exploitation hub completed the screening tool on 1 December and assessed Chloe as at high risk of child sexual exploitation.",
        None,
        extra=[("p", "Police attendance: DI Shazia Rashid and the chair agreed on 9 December that police will attend this conference given the exploitation risk.")])
    cases.append(dict(
        n="149-01", dist="wakefield", kslug="icpc", desc="pdf-cse-high-risk-negotiated",
        sender=("Bethany Holt", "bethany.holt@wakefield.gov.uk"), to=WAKE_TO,
        subject="ICPC request - Chloe BRANNIGAN - 17.12.26",
        sent="2026-12-09 16:05", recv="2026-12-09 16:09",
        body=("plain", "Hi,\n\nICPC request for Chloe attached." + SIG_WAKE.format(n="Bethany Holt")),
        attach=[("pdf", "ICPC request BRANNIGAN.pdf", blocks, "Wakefield Council - harm outside the home", "OFFICIAL-SENSITIVE")],
        label=dict(kind="initial", pre_birth=False, date="2026-12-17", time="14:00", tick=None, harm=["sexual"],
                   children=[("Chloe Brannigan", "2012-03-21")], adults=["Lisa Brannigan", "Mark Brannigan"],
                   criteria={"child_sexual_exploitation": "assessed Chloe as at high risk of child sexual exploitation",
                             "negotiated_attendance": "DI Shazia Rashid and the chair agreed on 9 December that police will attend this conference"},
                   decision="attend", tags=["pdf-form", "cse", "missing-episodes", "negotiated", "tick-absent"],
                   notes="CSE a considered risk (W5) and a chair-DI agreement (W8): attend")))

    # 149-02 Leeds ICPC docx: CSE alone, tick report -> discuss
    blocks = ctx_form(
        "Initial Child Protection Conference Request",
        [("Date of conference", "Tuesday 19 January 2027"), ("Start time", "10:00"), ("Venue", "Merrion House, Leeds"),
         ("Chair", "Daniel Oyelaran"), ("Social worker", "Ciara Doyle"), ("Category", "Sexual abuse")],
        [["Maryam Akhtar", "02/12/2011", "Leeds City Academy"]],
        [["Shazia Akhtar", "Mother"], ["Tariq Akhtar", "Father"]],
        [["22/12/2026", "6", "Found by father in Harehills"]],
        "Picked up from the school gates and from the bus station by men in different cars.",
        "Adult men aged around 25 who buy her food and phone credit; she will not name them.",
        "Nothing known.",
        "The Leeds CSE risk assessment completed on 5 January rates Maryam at significant risk of sexual exploitation. No crime has been reported and police have no current investigation.",
        (False, True))
    cases.append(dict(
        n="149-02", dist="leeds", kslug="icpc", desc="docx-cse-only-leeds-discuss",
        sender=("Ciara Doyle", "ciara.doyle@leeds.gov.uk"), to=LEEDS_TO,
        subject="ICPC AKHTAR 19/01/2027",
        sent="2027-01-11 13:25", recv="2027-01-11 13:29",
        body=("plain", "Hello,\n\nPlease find attached the conference request for Maryam." + SIG_LEEDS.format(n="Ciara Doyle")),
        attach=[("docx", "ICPC request AKHTAR.docx", blocks)],
        label=dict(kind="initial", pre_birth=False, date="2027-01-19", time="10:00", tick=False, harm=["sexual"],
                   children=[("Maryam Akhtar", "2011-12-02")], adults=["Shazia Akhtar", "Tariq Akhtar"],
                   criteria={"child_sexual_exploitation": "rates Maryam at significant risk of sexual exploitation"},
                   decision="discuss", tags=["docx-table", "cse", "leeds-no-cse-item", "tick-report"],
                   notes="CSE alone at a Leeds ICPC: discuss (POLICY choice, Leeds 2012 list has no CSE item), despite the report-only tick")))

    # 149-03 Wakefield ICPC HTML: county lines / CCE, explicitly no sexual exploitation; tick report -> report_only
    blocks = ctx_form(
        "Initial Child Protection Conference Request",
        [("Date of conference", "Tues 15 December 2026"), ("Start time", "11.00"), ("Venue", "Microsoft Teams"),
         ("Chair", "Simon Ingham"), ("Social worker", "Owen Fairburn"), ("Category", "Neglect")],
        [["Tyrese Campbell-Lowe", "07/08/2011", "Airedale Academy (part-time timetable)"]],
        [["Janine Lowe", "Mother"]],
        [["12/10/2026", "52", "Scarborough - flat used to sell drugs"], ["20/11/2026", "26", "Returned home"]],
        "A flat in Scarborough used by a county lines network; the Airedale estate.",
        "Older teenagers linked to a drug line running from Castleford to the coast.",
        "Tyrese is sent instructions through Snapchat to collect and deliver packages.",
        "Child criminal exploitation (county lines) confirmed; an NRM referral was made on 2 November. The screening found no indicators of sexual exploitation.",
        (False, True))
    cases.append(dict(
        n="149-03", dist="wakefield", kslug="icpc", desc="html-county-lines-cce-not-cse",
        sender=("Owen Fairburn", "owen.fairburn@wakefield.gov.uk"), to=WAKE_TO,
        subject="ICPC - CAMPBELL-LOWE - 15/12",
        sent="2026-12-02 11:30", recv="2026-12-02 11:33",
        body=("htmlform", "Good morning,\n\nICPC request for Tyrese below.", blocks, SIG_WAKE.format(n="Owen Fairburn")),
        attach=[],
        label=dict(kind="initial", pre_birth=False, date="2026-12-15", time="11:00", tick=False, harm=["neglect"],
                   children=[("Tyrese Campbell-Lowe", "2011-08-07")], adults=["Janine Lowe"], criteria={},
                   decision="report_only", tags=["html-body", "cce-not-cse", "county-lines", "nrm", "tick-report"],
                   notes="county lines / CCE with an explicit 'no indicators of sexual exploitation': no criterion; report-only tick: report_only")))

    # 149-04 Calderdale review docx: online CSE since last conference, police online team investigating -> discuss
    blocks = ctx_form(
        "Review Child Protection Conference Request",
        [("Date of conference", "04/01/2027"), ("Start time", "10:00"), ("Venue", "Northgate House, Halifax"),
         ("Chair", "Andrew Greenwood"), ("Social worker", "Tariq Mahmood"), ("Category", "Neglect"),
         ("Core group", "Social worker, school, school nurse, mother (police are not members)")],
        [["Ellie Gawthorpe", "25/02/2013", "Calder High School"]],
        [["Joanne Gawthorpe", "Mother"], ["Scott Gawthorpe", "Father (lives in Leeds)"]],
        [],
        "None of concern.",
        "Ellie's friendship group at school is supportive.",
        "Since the last conference, earlier this month an adult male contacted Ellie on Snapchat, persuaded her to send indecent images and tried to arrange to meet her in Halifax. Police from the online child abuse investigation team are investigating and have seized her phone.",
        "The exploitation team consider this to be online child sexual exploitation and Ellie has been added to the exploitation tracker.",
        None)
    cases.append(dict(
        n="149-04", dist="calderdale", kslug="rcpc", desc="docx-online-cse-review",
        sender=("Graham Riley", "graham.riley@calderdale.gov.uk"), to=CALD_TO,
        subject="RCPC GAWTHORPE 04/01/2027",
        sent="2026-12-23 09:05", recv="2026-12-23 09:07",
        body=("plain", "Hello,\n\nReview conference request for Ellie attached." + SIG_CALD.format(n="Graham Riley")),
        attach=[("docx", "RCPC request GAWTHORPE.docx", blocks)],
        label=dict(kind="review", pre_birth=False, date="2027-01-04", time="10:00", tick=None, harm=["neglect"],
                   children=[("Ellie Gawthorpe", "2013-02-25")], adults=["Joanne Gawthorpe", "Scott Gawthorpe"],
                   criteria={"child_sexual_exploitation": "The exploitation team consider this to be online child sexual exploitation"},
                   decision="discuss", tags=["docx-table", "review", "online-cse", "investigation-outside-family", "police-not-core-group", "christmas-bank-holidays"],
                   notes="Calderdale review with a CSE link: discuss; report due Tue 29 Dec (25/28 Dec and 1 Jan skipped); the online-team investigation concerns an unknown adult outside the family, so it is not current_investigation (W1 is abuse within the family)")))

    # 149-05 Kirklees ICPC HTML: missing episodes, CCE, no CSE; neither box ticked -> report_only + tickbox_ambiguous
    blocks = ctx_form(
        "Initial Child Protection Conference Request",
        [("Date of conference", "Wednesday 2nd December 2026"), ("Start time", "1.30pm"), ("Venue", "Dewsbury Town Hall, committee room"),
         ("Chair", "Nasim Akhtar"), ("Social worker", "Rhiannon Gibb"), ("Category", "Neglect")],
        [["Callum Haigh", "30/06/2012", "Dewsbury Academy"]],
        [["Rachel Haigh", "Mother"], ["Darren Haigh", "Father"]],
        [["03/09/2026", "14", "Ravensthorpe"], ["19/09/2026", "8", "Ravensthorpe"], ["02/10/2026", "20", "Batley bus station"],
         ["18/10/2026", "9", "Returned home"], ["07/11/2026", "31", "Friend's house"], ["16/11/2026", "12", "Returned home"]],
        "Ravensthorpe park and the bus station after dark.",
        "Older boys linked to a drug line in Dewsbury; a knife was found in Callum's bag in October.",
        "Nothing of concern found on his phone by his parents.",
        "Return home interviews found nothing to suggest sexual exploitation. The concern is criminal exploitation and peer violence. Callum is not known to police.",
        (False, False))
    cases.append(dict(
        n="149-05", dist="kirklees", kslug="icpc", desc="html-missing-cce-tick-neither",
        sender=("Rhiannon Gibb", "rhiannon.gibb@kirklees.gov.uk"), to=KIRK_TO,
        subject="ICPC HAIGH 02/12/2026",
        sent="2026-11-24 14:40", recv="2026-11-24 14:43",
        body=("htmlform", "Dear colleague,\n\nConference request for Callum below.", blocks,
              "\n\nRhiannon Gibb\nSocial Worker, Kirklees Council\n"),
        attach=[],
        label=dict(kind="initial", pre_birth=False, date="2026-12-02", time="13:30", tick=None, harm=["neglect"],
                   children=[("Callum Haigh", "2012-06-30")], adults=["Rachel Haigh", "Darren Haigh"], criteria={},
                   decision="report_only", tags=["html-body", "kirklees-wakefield-rules", "missing-episodes", "cce-not-cse", "tick-neither"],
                   notes="missing episodes and CCE with 'nothing to suggest sexual exploitation': no criterion; neither box marked (tickbox_ambiguous, null): report_only under the Wakefield rules")))

    # 149-06 Leeds review PDF: cuckooing; exploitation PC active in core group -> attend
    blocks = ctx_form(
        "Review Child Protection Conference Request",
        [("Date of conference", "17.12.2026"), ("Start time", "15:00"), ("Venue", "Microsoft Teams"),
         ("Chair", "Rebecca Tordoff"), ("Social worker", "Daniel Asante"), ("Category", "Neglect")],
        [["Jordan Mitchell-Obi", "11/01/2010", "Leeds College of Building"]],
        [["Sandra Mitchell", "Mother"]],
        [["27/09/2026", "40", "Bradford"]],
        "Ms Mitchell's flat in Seacroft was taken over (cuckooed) by a county lines group in September; the family moved to a safe address in October.",
        "PC Saima Rauf of the Leeds exploitation team is a member of the core group. She has attended every core group, visits Jordan weekly and carries out the disruption actions in the plan.",
        "Jordan has blocked the accounts of the group's runners.",
        "Criminal exploitation. There are no concerns about sexual exploitation.",
        (True, False))
    cases.append(dict(
        n="149-06", dist="leeds", kslug="rcpc", desc="pdf-cuckooing-police-core-group",
        sender=("Joanne Firth", "joanne.firth@leeds.gov.uk"), to=LEEDS_TO,
        subject="RCPC - MITCHELL-OBI - 17/12/2026",
        sent="2026-12-01 10:30", recv="2026-12-01 10:34",
        body=("plain", "Dear all,\n\nReview request attached for Jordan." + SIG_LEEDS.format(n="Joanne Firth")),
        attach=[("pdf", "RCPC MITCHELL-OBI.pdf", blocks, "Leeds City Council - harm outside the home", "OFFICIAL-SENSITIVE")],
        label=dict(kind="review", pre_birth=False, date="2026-12-17", time="15:00", tick=True, harm=["neglect"],
                   children=[("Jordan Mitchell-Obi", "2010-01-11")], adults=["Sandra Mitchell"],
                   criteria={"core_group_member": "PC Saima Rauf of the Leeds exploitation team is a member of the core group"},
                   decision="attend", tags=["pdf-form", "review", "cuckooing-cce", "core-group-active", "no-cse", "tick-attend"],
                   notes="Leeds review with an exploitation-team PC actively in the core group (L 4.8): attend; cuckooing/CCE is not CSE")))

    # 149-07 unverified sender (personal mailbox) with a Bradford CSE case -> manual_review
    body = """Hi,

Sorry to send this from my own email - my work laptop has been locked out since Friday and IT can't fix it until next week. The ICPC is booked:

Initial Child Protection Conference
Young person: Nia Okafor, DOB 09/05/2012
Mother: Grace Okafor
Date: Thursday 21 January 2027 at 11.00am
Venue: Keighley Town Hall
Chair: Helen Ackroyd-Shaw
Category: Sexual abuse

Nia has been going missing overnight and has been seen getting into cars with adult men at the Keighley bus station. The exploitation team have assessed her as at high risk of child sexual exploitation.

Police attendance required: YES

Thanks
Katie Sharpe
Social Worker, Bradford Children's Social Care (sent from personal account)
"""
    cases.append(dict(
        n="149-07", dist="unverified", kslug="icpc", desc="personal-mailbox-cse",
        sender=("Katie Sharpe", "katie.sharpe.sw@outlook.com"), to=BRAD_TO,
        subject="ICPC Nia Okafor 21/01",
        sent="2027-01-14 19:12", recv="2027-01-14 19:14", auth="outlook",
        body=("plain", body), attach=[],
        label=dict(kind="initial", pre_birth=False, date="2027-01-21", time="11:00", tick=True, harm=["sexual"],
                   children=[("Nia Okafor", "2012-05-09")], adults=["Grace Okafor"],
                   criteria={"child_sexual_exploitation": "assessed her as at high risk of child sexual exploitation"},
                   decision="manual_review", extra_req=["unverified_sender"], tags=["body-plain", "unverified-sender", "personal-mailbox", "cse"],
                   notes="sender is a personal outlook.com address, not on any allow-list: manual_review with unverified_sender whatever the content")))
    return cases
