"""Layout 27: PDF 'printed to PDF' from a case-management system (CareDirector / Mosaic / LCS):
header and footer on every page (marking, Page X of Y, Printed ... by ...), key/value lines and a long
chronology table of past dated events whose dates are traps for the conference date."""
import datetime as dt

from lib import POLICE_TO_BY_DISTRICT, Doc, build_email, kid, label, london, write_case

D = dt.date
PDF = "application/pdf"


def filler(child, mother, school, year_from=2019):
    """Generic past events that every chronology has (health, school, visits)."""
    return [
        (f"12/09/{year_from}", "Health", f"{child} registered with the health visiting team; universal service.", "Universal"),
        (f"03/02/{year_from + 1}", "Health", f"{child} not brought to 12-month development review.", "Rebooked"),
        (f"17/11/{year_from + 1}", "Education", f"{child} started at {school}.", "Information"),
        (f"08/12/{year_from + 2}", "Contact", f"Anonymous call to the front door about {mother} leaving the children alone.", "Advice and information"),
        (f"21/03/{year_from + 3}", "Education", f"Attendance letter sent - attendance 86%.", "School to monitor"),
        (f"05/10/{year_from + 4}", "Health", f"A&E attendance - {child} fell from a trampoline; explanation consistent with injury.", "No further action"),
    ]


def build(spec, texts):
    d = Doc(texts)
    d.p(spec["title"], "h1")
    for k, v in spec["kv"]:
        d.p(f"{k}: {v}", "body")
    d.p("Children", "h2")
    d.table([["Name", "Date of birth", "Gender", "Setting"]] + spec["children"], [55, 30, 22, 67])
    d.p("Household and significant adults", "h2")
    d.table([["Name", "Relationship", "Date of birth", "Lives in household"]] + spec["adults"], [50, 55, 30, 39])
    for h, body in spec["sections"]:
        d.p(h, "h2")
        for para in body:
            d.p(para)
    d.p("Professionals involved", "h2")
    d.table([["Agency", "Name / role"]] + spec.get("pros", [
        ["Children's Social Care", "Allocated social worker (see above)"],
        ["School / setting", "Designated Safeguarding Lead"],
        ["Health", "Health visitor / school nurse"],
        ["GP", "Registered GP practice"],
        ["West Yorkshire Police", "Safeguarding Unit - conference report"]]), [60, 114])
    d.p("Information sharing: parents have been told that this request is shared with the agencies invited to "
        "the conference.", "small")
    d.br()
    d.p("Chronology of significant events", "h2")
    d.table([["Date", "Event type", "Details", "Outcome"]] + spec["chron"], [22, 26, 88, 38])
    for para in spec.get("end", []):
        d.p(para)
    sysname, printed = spec["system"], spec["printed"]
    marking = spec.get("marking", "OFFICIAL-SENSITIVE")

    def header(pn, total):
        return [(18, 285, sysname, 8, "l"), (105, 285, marking, 10, "c"), (192, 285, spec["ref"], 8, "r")]

    def footer(pn, total):
        return [(18, 10, printed, 7.5, "l"), (192, 10, f"Page {pn} of {total}", 8, "r"),
                (105, 10, marking, 8, "c")]

    data = d.build(title=spec["title"], header=header, footer=footer)
    assert 2 <= d.pages <= 4, (spec["title"], d.pages)
    return data


CASES = []

# ---------------------------------------------------------------- 27-01 Wakefield ICPC current investigation
chron = [
    ("14/04/2019", "Referral", "Health visitor referral - Shannon Doyle low mood, isolated after moving to Normanton.", "Closed - universal services"),
    ("08/12/2020", "Police", "Police called by neighbour: raised voices at the address. No offences disclosed.", "Words of advice"),
    ("02/06/2021", "s47", "Bruising to Rebin's upper arm reported by school. Joint s47 with police; mother's then partner arrested and interviewed.", "NFA - insufficient evidence (police 19/07/2021)"),
    ("19/07/2021", "CP plan", "ICPC - Rebin made subject to a child protection plan, category physical abuse.", "CP plan"),
    ("14/11/2022", "CP plan", "Review CPC - plan ended, stepped down to Child in Need.", "CIN"),
    ("31/03/2023", "CIN", "Child in Need case closed.", "Closed"),
    ("22/02/2022", "Health", "Lacey-Mae Mercer born at Pinderfields Hospital.", "Information"),
    ("07/12/2024", "Education", "Rebin received a one-day fixed-term exclusion for fighting.", "Exclusion"),
    ("08/12/2025", "Police", "Police attended after Kyle Mercer reported his car stolen from outside the address.", "Crime recorded - victim"),
    ("15/01/2026", "Education", "Attendance 88%; attendance officer home visit.", "Monitoring"),
    ("20/03/2026", "Health", "Lacey-Mae not brought to dental appointment.", "Rebooked"),
    ("13/05/2026", "Education", "Rebin moved to Outwood Academy Freeston (Year 7 transition).", "Information"),
    ("30/09/2026", "Education", "Rebin fixed-term exclusion 2 days - verbal abuse of staff.", "Exclusion"),
    ("23/11/2026", "Referral", "School report Rebin arrived with a swollen eye and said 'Kyle punched me'.", "Strategy discussion"),
    ("24/11/2026", "Strategy", "Strategy discussion (CSC, police, health, school). Joint s47 agreed.", "s47 - joint"),
    ("25/11/2026", "Police", "Kyle Mercer arrested on suspicion of assault occasioning ABH on Rebin; interviewed under caution; released on bail not to contact Rebin or attend the address.", "Police bail to 24/02/2027"),
    ("25/11/2026", "Medical", "Child protection medical: injuries consistent with a punch.", "Supports account"),
    ("26/11/2026", "Police", "Rebin's ABE interview completed.", "Investigation ongoing"),
    ("27/11/2026", "Visit", "Social worker home visit; safety plan agreed with Shannon Doyle.", "Safety plan"),
    ("30/11/2026", "Management", "Team manager agreed ICPC.", "ICPC booked"),
]
CASES.append(dict(
    name="f-27-01-wakefield-icpc-printout-chronology-current-investigation",
    district="wakefield", kind="initial", pre_birth=False, date="2026-12-08", time="11:00", tick="required",
    received=london(D(2026, 12, 1), 14, 20), sent=london(D(2026, 12, 1), 14, 16),
    sender=("Joanna Pickersgill", "joanna.pickersgill@wakefield.gov.uk"),
    subject="ICPC 08/12/2026 - AHMADI/MERCER - booking details",
    cover=("Hi\n\nPlease see attached conference request printed from CareDirector for Rebin and Lacey-Mae. "
           "ICPC Tuesday 8th December 2026 at 11am, Room 4, Wakefield One. Police attendance has been requested "
           "on the form.\n\nThanks\nJoanna\n\nJoanna Pickersgill | Business Support Officer | Safeguarding and "
           "Review Unit | Wakefield Council"),
    fname="CareDirector_CaseConferenceRequest_CD611240.pdf",
    pdf=dict(
        system="CareDirector | Case Conference Request", ref="CD611240",
        printed="Printed 01/12/2026 14:03 by Joanna Pickersgill",
        title="Case Conference Request - Initial Child Protection Conference",
        kv=[("Conference type", "Initial Child Protection Conference"), ("Conference date", "08/12/2026"),
            ("Start time", "11:00"), ("Venue", "Room 4, Wakefield One"), ("Chair", "Andrew Lumb"),
            ("Allocated worker", "Hannah Speight"), ("Team manager", "Richard Exley"),
            ("Category requested", "Physical abuse"),
            ("Police attendance requested", "Yes"), ("Date of strategy discussion", "24/11/2026")],
        children=[["Rebin Ahmadi", "06/02/2014", "Male", "Outwood Academy Freeston"],
                  ["Lacey-Mae Mercer", "22/02/2022", "Female", "Whitwood Nursery"]],
        adults=[["Shannon Doyle", "Mother", "11/10/1992", "Yes"],
                ["Kyle Mercer", "Stepfather (Lacey-Mae's father)", "03/07/1990", "No - bail address"]],
        sections=[("Reason for conference", [
            "Physical abuse. Rebin disclosed that his stepfather Kyle Mercer punched him in the face on "
            "22/11/2026. This is a joint section 47 enquiry with West Yorkshire Police: Mr Mercer was arrested on "
            "25/11/2026 and released on police bail, and Rebin has been ABE interviewed. The police investigation "
            "is ongoing."])],
        chron=chron,
        end=["End of chronology."],
    ),
    criteria=["current_investigation", "prior_unit_involvement"], decision="attend", harm=["physical"],
    children=[kid("Rebin Ahmadi", "2014-02-06"), kid("Lacey-Mae Mercer", "2022-02-22")],
    adults=["Shannon Doyle", "Kyle Mercer"],
    tags=["pdf-printout", "header-footer", "chronology", "date-traps", "tick-attend", "kurdish-names"],
    notes="Wakefield §4.5 item 1: current joint investigation (arrest, bail, ABE) of physical abuse by the "
          "stepfather -> attend. 2021 joint s47 (NFA) is prior involvement. Chronology dates (08/12/2025, "
          "07/12/2024) are not the conference date.",
))

# ---------------------------------------------------------------- 27-02 Calderdale ICPC prior unit involvement
chron = filler("Amira", "Nasreen Akhtar", "Warley Road Primary", 2018) + [
    ("11/02/2023", "Police", "Police attended after Tariq Shah was found heavily intoxicated and alone with both children; Amira and Yusuf taken into police protection (s46) for 48 hours and placed with paternal aunt.", "Police protection ended 13/02/2023"),
    ("14/03/2023", "s47", "Calderdale Child Safeguarding Unit and CSC joint s47: allegation that Tariq Shah hit Amira with a belt. Father interviewed under caution.", "NFA 02/05/2023 - insufficient evidence"),
    ("02/05/2023", "Police", "Police outcome: no further action.", "Closed"),
    ("19/06/2023", "CIN", "Child in Need plan (parental alcohol use).", "CIN"),
    ("11/12/2024", "CIN", "Child in Need plan ended; referral to Calderdale Recovery Steps.", "Closed"),
    ("09/09/2025", "Education", "Yusuf started Year 3; attendance 91%.", "Information"),
    ("11/12/2025", "Health", "Nasreen Akhtar GP appointment - alcohol use increasing.", "Referred"),
    ("02/10/2026", "Referral", "School: Amira (13) self-harming, says parents 'fight every night'.", "Assessment"),
    ("16/10/2026", "Assessment", "Single assessment started.", "Ongoing"),
    ("12/11/2026", "Strategy", "Strategy discussion (CSC, police, health, school). Police have no current investigation; single-agency s47 by CSC.", "s47 - CSC"),
    ("20/11/2026", "Visit", "Home visit: both parents under the influence; children upset.", "ICPC requested"),
]
CASES.append(dict(
    name="f-27-02-calderdale-icpc-printout-prior-unit-involvement-tick-report",
    district="calderdale", kind="initial", pre_birth=False, date="2026-12-11", time="13:30", tick="report",
    received=london(D(2026, 11, 27), 10, 10), sent=london(D(2026, 11, 27), 10, 4),
    sender=("Child Protection Administration", "cp.admin@calderdale.gov.uk"),
    subject="OFFICIAL-SENSITIVE: ICPC SHAH 11/12/2026 1.30pm",
    cover=("Dear Colleague,\n\nPlease find attached the conference request (LCS print) for Amira and Yusuf Shah. "
           "Initial Child Protection Conference: Friday 11 December 2026 at 1.30pm, Calderdale Safeguarding Hub, "
           "Halifax.\n\nReports by secure email to Child Protection Administration please.\n\nKind regards\n"
           "Denise Sutcliffe\nChild Protection Administration | Calderdale Council"),
    fname="LCS_CPConferenceRequest_1184602.pdf",
    pdf=dict(
        system="Liquidlogic LCS - Conference Request", ref="LCS 1184602",
        printed="Printed 27/11/2026 09:58 by dsutcliffe",
        title="Request for Initial Child Protection Conference",
        kv=[("Type", "Initial Child Protection Conference"), ("Date of conference", "11/12/2026"),
            ("Time", "13:30"), ("Venue", "Calderdale Safeguarding Hub, Halifax"), ("Chair", "Graham Ackroyd"),
            ("Social worker", "Olivia Crabtree"), ("Team manager", "Sean Gallagher"),
            ("Category", "Emotional abuse"), ("Police", "Written report sufficient"),
            ("Interpreter", "Not required")],
        children=[["Amira Shah", "02/09/2013", "Female", "Trinity Academy Halifax"],
                  ["Yusuf Shah", "27/01/2017", "Male", "Warley Road Primary"]],
        adults=[["Nasreen Akhtar", "Mother", "20/05/1988", "Yes"],
                ["Tariq Shah", "Father", "13/12/1983", "Yes"]],
        sections=[("Reason for conference", [
            "Emotional abuse: the children are exposed to constant parental conflict and to both parents' alcohol "
            "misuse. Amira is self-harming. There is no current police investigation; concerns are about the "
            "cumulative emotional harm."])],
        chron=chron,
    ),
    criteria=["prior_unit_involvement"], decision="attend", harm=["emotional"],
    children=[kid("Amira Shah", "2013-09-02"), kid("Yusuf Shah", "2017-01-27")],
    adults=["Nasreen Akhtar", "Tariq Shah"],
    tags=["pdf-printout", "header-footer", "chronology", "calderdale-prior-involvement", "tick-report",
          "tickbox-conflict", "historic-police-protection", "date-traps"],
    notes="Calderdale: the Child Safeguarding Unit investigated the father (2023 joint s47) and used police "
          "protection in 2023 = previous significant involvement -> attend (POLICY Calderdale list), against "
          "'Written report sufficient' (tickbox_conflict). The 2023 PP is historical, not police_protection.",
))

# ---------------------------------------------------------------- 27-03 Leeds RCPC late notice, report only
chron = filler("Tiana", "Chantelle Wakefield", "Bankside Primary", 2017) + [
    ("18/03/2025", "Education", "Tiana permanent exclusion overturned on appeal; managed move to Carr Manor.", "Managed move"),
    ("04/06/2025", "Referral", "School nurse: Harley's head lice untreated for months, poor hygiene.", "Assessment"),
    ("21/07/2025", "ICPC", "ICPC - both children subject to CP plans, category neglect.", "CP plan"),
    ("21/12/2025", "RCPC", "Review CPC - plans continued.", "CP plan"),
    ("22/06/2026", "RCPC", "Review CPC - plans continued; core group: SW, school, school nurse, Family Support.", "CP plan"),
    ("01/09/2026", "Education", "Harley started Year 6; attendance 79% in September.", "Monitoring"),
    ("15/10/2026", "Core group", "Core group - home conditions improved; Jordan Pickles moved in.", "Progress"),
    ("19/11/2026", "Core group", "Core group - school uniform and lunches now consistent.", "Progress"),
    ("10/12/2026", "Visit", "Unannounced visit - home clean, food in cupboards.", "Progress"),
]
CASES.append(dict(
    name="f-27-03-leeds-rcpc-printout-late-notice-report-only",
    district="leeds", kind="review", pre_birth=False, date="2026-12-21", time="10:00", tick="absent",
    received=london(D(2026, 12, 11), 16, 45), sent=london(D(2026, 12, 11), 16, 40),
    sender=("Integrated Safeguarding Unit", "isu.conferences@leeds.gov.uk"),
    subject="[SECURE] RCPC WAKEFIELD 21.12.26",
    cover=("Hi,\n\nApologies for the short notice - the review for Tiana and Harley had to be brought forward "
           "because of the chair's leave. Review Child Protection Conference Monday 21st December 2026 at 10am "
           "on Teams. Mosaic print attached.\n\nReports to the ISU 24 hours prior please.\n\nThanks\nNaveed Akram\n"
           "Integrated Safeguarding Unit | Leeds City Council"),
    fname="Mosaic print - Review CP Conference.pdf",
    pdf=dict(
        system="Mosaic - Child Protection Conference", ref="MOS287731",
        printed="Printed 11/12/2026 16:31 by ISU\\nakram",
        title="Review Child Protection Conference - Request",
        kv=[("Conference type", "Review CPC (third review)"), ("Conference date", "21/12/2026"),
            ("Time", "10:00"), ("Venue", "Microsoft Teams"), ("Chair", "Helen Greenwood"),
            ("Social worker", "Bethany Lockwood"), ("Category", "Neglect"),
            ("Previous conference", "22/06/2026"), ("Next core group", "14/01/2027")],
        children=[["Tiana Wakefield", "15/05/2012", "Female", "Carr Manor Community School"],
                  ["Harley Wakefield", "03/11/2015", "Male", "Bankside Primary"]],
        adults=[["Chantelle Wakefield", "Mother", "29/01/1993", "Yes"],
                ["Jordan Pickles", "Mother's partner", "16/08/1994", "Yes"]],
        sections=[("Progress since last conference", [
            "Home conditions and routines have improved and the children's school attendance is better. "
            "The social worker will recommend that the plans end and the children are supported under a Child in "
            "Need plan. There is no police involvement with the family."])],
        chron=chron,
    ),
    criteria=[], decision="report_only", harm=["neglect"],
    children=[kid("Tiana Wakefield", "2012-05-15"), kid("Harley Wakefield", "2015-11-03")],
    adults=["Chantelle Wakefield", "Jordan Pickles"],
    tags=["pdf-printout", "review", "late-notice", "place-name-surname", "tick-absent", "date-traps"],
    notes="Leeds review, no core group police and no criterion -> report_only (rule 3). Leeds reviews need 10 "
          "working days' notice: received Fri 11/12, conference Mon 21/12 = 6 -> late_notice. Surname "
          "'Wakefield' is not the district.",
))

# ---------------------------------------------------------------- 27-04 Kirklees ICPC wilful neglect, deadline passed
chron = filler("Malachi", "Shanice Campbell", "Thornhill Lees Primary", 2020) + [
    ("25/12/2023", "Health", "Zion Campbell-Reid born at Calderdale Royal Hospital.", "Information"),
    ("14/12/2025", "Education", "Malachi excluded for half a day (biting).", "Exclusion"),
    ("03/03/2026", "Health", "Zion not brought for immunisations (third time).", "HV visit"),
    ("17/09/2026", "Referral", "Nursery: Zion arrived with untreated nappy burns and severe weight loss.", "Strategy"),
    ("18/09/2026", "Medical", "Paediatric assessment: faltering growth, untreated infection, dental decay.", "Admitted 4 days"),
    ("21/09/2026", "Strategy", "Strategy discussion - police to consider a criminal investigation.", "s47 joint"),
    ("03/12/2026", "Police", "Shanice Campbell interviewed under caution by DC Farhan Aslam on suspicion of child cruelty (wilful neglect) and released under investigation.", "RUI - investigation continuing"),
]
CASES.append(dict(
    name="f-27-04-kirklees-icpc-printout-wilful-neglect-deadline-passed",
    district="kirklees", kind="initial", pre_birth=False, date="2026-12-14", time="10:00", tick="absent",
    received=london(D(2026, 12, 10), 9, 30), sent=london(D(2026, 12, 10), 9, 27),
    sender=("Safeguarding Conference Team", "conference.team@kirklees.gov.uk"),
    subject="ICPC CAMPBELL Mon 14th Dec 10am",
    cover=("Morning all,\n\nPlease see the attached LCS request for an ICPC for Malachi, Nevaeh and Zion on "
           "Monday 14th December at 10am, Dewsbury Town Hall. Sorry this is late going out.\n\nKaren Haigh\n"
           "Conference Co-ordinator | Kirklees Council"),
    fname="ICPC request CAMPBELL.pdf",
    pdf=dict(
        system="Liquidlogic Children's System", ref="KC-522019",
        printed="Printed 10/12/2026 09:12 by KHAIGH",
        title="Initial Child Protection Conference Request",
        kv=[("Conference type", "Initial Child Protection Conference"), ("Date", "14/12/2026"), ("Time", "10:00"),
            ("Venue", "Dewsbury Town Hall"), ("Chair", "Sadia Begum"), ("Social worker", "Ellie Sykes"),
            ("Category", "Neglect"),
            ("Police involvement", "Active investigation - DC Farhan Aslam, Kirklees Safeguarding Unit")],
        children=[["Malachi Campbell", "08/08/2019", "Male", "Thornhill Lees Primary"],
                  ["Nevaeh Campbell", "12/04/2021", "Female", "Thornhill Lees Primary (nursery)"],
                  ["Zion Campbell-Reid", "25/12/2023", "Male", "Little Stars Nursery"]],
        adults=[["Shanice Campbell", "Mother", "30/06/1995", "Yes"],
                ["Andre Reid", "Zion's father", "12/02/1990", "No - visits daily"]],
        sections=[("Reason for conference", [
            "Neglect. Zion was admitted to hospital with faltering growth and untreated infections. Police are "
            "actively investigating Ms Campbell for wilful neglect under section 1 of the Children and Young "
            "Persons Act 1933; she has been released under investigation."])],
        chron=chron,
    ),
    criteria=["wilful_neglect_investigation"], decision="attend", harm=["neglect"],
    children=[kid("Malachi Campbell", "2019-08-08"), kid("Nevaeh Campbell", "2021-04-12"),
              kid("Zion Campbell-Reid", "2023-12-25")],
    adults=["Shanice Campbell", "Andre Reid"],
    tags=["pdf-printout", "wilful-neglect", "rui", "deadline-passed", "kirklees-wakefield-rules", "tick-absent",
          "three-children", "date-traps"],
    notes="Kirklees -> Wakefield rules: active wilful-neglect (s1 CYPA 1933) investigation, RUI -> attend. "
          "Report due Wed 09/12 (3 WD before Mon 14/12) is before the day received Thu 10/12 -> deadline_passed; "
          "Kirklees has no notice minimum (notice_ok null).",
))

# ---------------------------------------------------------------- 27-05 Bradford ICPC historic DA, report only
chron = filler("Hamza", "Saima Bibi", "Lapage Primary", 2018) + [
    ("04/01/2022", "Police", "Police called to the address: argument between Saima Bibi and Kashif Mahmood; no offences.", "No crime"),
    ("19/06/2023", "Police", "Kashif Mahmood arrested for assault occasioning ABH on Saima Bibi; children asleep upstairs.", "NFA - victim did not support"),
    ("21/06/2023", "DASH", "DASH completed by police: high risk.", "MARAC referral"),
    ("12/07/2023", "MARAC", "Heard at MARAC; IDVA support offered.", "IDVA closed 10/2023"),
    ("02/11/2024", "Police", "Police called by Saima Bibi: Mr Mahmood refusing to leave; he left when officers arrived.", "No offences"),
    ("21/03/2025", "Family", "Parents separated; Mr Mahmood moved to Keighley.", "Information"),
    ("21/12/2025", "Education", "Hamza one-day exclusion for damaging property.", "Exclusion"),
    ("09/09/2026", "Referral", "School: Aleena withdrawn, says mum cries all the time; Hamza aggressive.", "Assessment"),
    ("18/11/2026", "Strategy", "Strategy discussion: no current police matter; s47 by CSC.", "s47 - CSC"),
]
CASES.append(dict(
    name="f-27-05-bradford-icpc-printout-historic-da-report-only",
    district="bradford", kind="initial", pre_birth=False, date="2026-12-21", time="13:00", tick="report",
    received=london(D(2026, 12, 7), 11, 11), sent=london(D(2026, 12, 7), 11, 6),
    sender=("Conference Booking - Bradford", "cp.conferencebooking@bradford.gov.uk"),
    subject="OFFICIAL SENSITIVE - ICPC - MAHMOOD - 21/12/2026",
    cover=("Good morning,\n\nPlease find attached the request for an Initial Child Protection Conference for "
           "Hamza and Aleena Mahmood. Monday 21 December 2026 at 1pm, Margaret McMillan Tower, Bradford.\n\n"
           "Regards\nShabana Iqbal\nChild Protection Business Support | Bradford Children and Families Trust"),
    fname="Conference Request MAHMOOD 21-12-2026.pdf",
    pdf=dict(
        system="Liquidlogic - Bradford Children and Families Trust", ref="BR-231455",
        printed="Printed 07/12/2026 10:47 by SIQBAL", marking="OFFICIAL SENSITIVE",
        title="Child Protection Conference Request (Initial)",
        kv=[("Conference type", "Initial"), ("Date", "21/12/2026"), ("Time", "1:00pm"),
            ("Venue", "Margaret McMillan Tower, Bradford"), ("Chair", "Julie Feather"),
            ("Social worker", "Ruth Ogunleye"), ("Category", "Emotional"),
            ("Police", "Written report sufficient")],
        children=[["Hamza Mahmood", "20/02/2014", "Male", "Hanson Academy"],
                  ["Aleena Mahmood", "09/07/2018", "Female", "Lapage Primary"]],
        adults=[["Saima Bibi", "Mother", "03/03/1990", "Yes"],
                ["Kashif Mahmood", "Father", "25/09/1986", "No - lives in Keighley, supervised contact"]],
        sections=[("Reason for conference", [
            "Emotional harm arising from the impact of the parents' acrimonious separation, mother's poor mental "
            "health and the children's exposure to domestic abuse in the past. There have been no domestic abuse "
            "incidents reported since the parents separated in March 2025 and there is no current police "
            "involvement."])],
        chron=chron,
    ),
    criteria=["prior_unit_involvement"], decision="report_only", harm=["emotional"],
    children=[kid("Hamza Mahmood", "2014-02-20"), kid("Aleena Mahmood", "2018-07-09")],
    adults=["Saima Bibi", "Kashif Mahmood"],
    tags=["pdf-printout", "historic-da", "historic-marac", "tick-report", "bradford-wakefield-rules",
          "chronology-police-mentions"],
    notes="Bradford -> Wakefield rules. DA and MARAC are historical (2023), no incidents since 2025, no current "
          "police involvement: not domestic_abuse_current_involvement; the 2023 arrest is prior involvement only. "
          "Written report sufficient -> report_only.",
))

# ---------------------------------------------------------------- 27-06 Wakefield cancelled
chron = filler("Isla", "Megan Braithwaite", "Snapethorpe Primary", 2019) + [
    ("03/11/2026", "Referral", "Isla (6) said at school that mum's boyfriend 'shouts and throws things'.", "Assessment"),
    ("12/11/2026", "Strategy", "Strategy discussion - s47 by CSC; police hold no relevant information.", "s47 - CSC"),
    ("01/12/2026", "ICPC", "ICPC booked for 15/12/2026 10:00.", "Booked"),
    ("08/12/2026", "s47", "s47 concluded: significant harm not substantiated; family accept Child in Need support.", "ICPC cancelled"),
]
CASES.append(dict(
    name="f-27-06-wakefield-icpc-printout-cancelled",
    district="wakefield", kind="initial", pre_birth=False, date="2026-12-15", time="10:00", tick="absent",
    received=london(D(2026, 12, 9), 15, 2), sent=london(D(2026, 12, 9), 14, 58),
    sender=("Safeguarding and Review Unit", "sru.bookings@wakefield.gov.uk"),
    subject="CANCELLED - ICPC BRAITHWAITE 15/12/2026 10am",
    cover=("Good afternoon,\n\nPlease note the Initial Child Protection Conference for Isla Braithwaite on "
           "Tuesday 15/12/2026 at 10am has been CANCELLED. The section 47 enquiry has concluded and the case will "
           "continue under a Child in Need plan. No police report is now required.\n\nUpdated CareDirector print "
           "attached for your records.\n\nJoanna Pickersgill\nBusiness Support Officer | Safeguarding and Review "
           "Unit | Wakefield Council"),
    fname="CareDirector_CaseConferenceRequest_CD613377_CANCELLED.pdf",
    pdf=dict(
        system="CareDirector | Case Conference Request", ref="CD613377",
        printed="Printed 09/12/2026 14:51 by Joanna Pickersgill",
        title="Case Conference Request - Initial Child Protection Conference",
        kv=[("Conference type", "Initial Child Protection Conference"), ("Conference date", "15/12/2026"),
            ("Start time", "10:00"), ("Venue", "Room 2, Wakefield One"), ("Status", "CANCELLED 09/12/2026"),
            ("Cancellation reason", "s47 concluded - threshold for ICPC not met"),
            ("Allocated worker", "Hannah Speight")],
        children=[["Isla Braithwaite", "27/06/2020", "Female", "Snapethorpe Primary"]],
        adults=[["Megan Braithwaite", "Mother", "08/08/1997", "Yes"],
                ["Callum Rhodes", "Mother's partner", "14/02/1995", "Yes"]],
        sections=[("Reason for conference (original request)", [
            "Emotional harm from exposure to the partner's angry outbursts in the home."])],
        chron=chron,
    ),
    criteria=[], decision="manual_review", harm=None,
    children=[kid("Isla Braithwaite", "2020-06-27")], adults=["Megan Braithwaite", "Callum Rhodes"],
    tags=["pdf-printout", "cancelled", "manual-review"],
    notes="The email says the conference is cancelled -> manual_review with 'cancelled' (POLICY rule 1).",
    manual=True, flags_required=["cancelled"], unscored=["no_booking_form", "not_an_invitation",
                                                           "missing_reason", "tickbox_ambiguous"],
))

# ---------------------------------------------------------------- 27-07 Leeds ICPC CCE, historic CSE, tick yes
chron = [
    ("10/10/2010", "Birth", "Dawit Tesfay born in Leeds.", "Information"),
    ("14/09/2015", "Education", "Started at Shakespeare Primary.", "Information"),
    ("22/05/2019", "Referral", "Semhar Tesfay asked for help with housing; Early Help.", "Closed 2020"),
    ("06/02/2024", "Missing", "Dawit missing overnight; returned by police from Leeds city centre.", "Return interview"),
    ("15/02/2024", "CSE", "CSE screening tool: medium risk (contact with older girls online). Referred to the Leeds CSE team.", "CSE team"),
    ("28/03/2025", "CSE", "CSE team involvement closed: risk reduced, no concerns for a year.", "Closed"),
    ("01/09/2026", "Education", "Dawit started Year 12 at Leeds City College.", "Information"),
    ("07/10/2026", "Missing", "Missing for three days; found in Scarborough with £900 and two phones.", "Return interview"),
    ("10/11/2026", "Police", "Mother reported that young men were using her flat to store drugs (cuckooing). Police attended, PPN submitted.", "PPN"),
    ("17/11/2026", "NRM", "NRM referral (criminal exploitation).", "Awaiting"),
    ("19/11/2026", "Strategy", "Strategy discussion - exploitation strategy meeting.", "s47 - CSC"),
]
CASES.append(dict(
    name="f-27-07-leeds-icpc-printout-cce-historic-cse-tick-attend",
    district="leeds", kind="initial", pre_birth=False, date="2026-12-02", time="14:00", tick="required",
    received=london(D(2026, 11, 25), 12, 0), sent=london(D(2026, 11, 25), 11, 55),
    sender=("Integrated Safeguarding Unit", "isu.conferences@leeds.gov.uk"),
    subject="[SECURE] ICPC - TESFAY - 02/12/2026 2pm",
    cover=("Hello\n\nPlease find the Mosaic request for an Initial Child Protection Conference for Dawit Tesfay "
           "on Wednesday 2nd December at 2pm, Merrion House. The social worker has asked for police attendance "
           "because of the exploitation concerns.\n\nNaveed Akram\nIntegrated Safeguarding Unit | Leeds City "
           "Council"),
    fname="Mosaic print - ICPC TESFAY.pdf",
    pdf=dict(
        system="Mosaic - Child Protection Conference", ref="MOS301264",
        printed="Printed 25/11/2026 11:49 by ISU\\nakram",
        title="Initial Child Protection Conference - Request",
        kv=[("Conference type", "ICPC"), ("Conference date", "02/12/2026"), ("Time", "14:00"),
            ("Venue", "Merrion House, Leeds"), ("Chair", "Martin Oxley"), ("Social worker", "Kwame Boateng"),
            ("Category", "Neglect"), ("Is police attendance requested?", "Yes"),
            ("Interpreter", "Tigrinya - mother")],
        children=[["Dawit Tesfay", "10/10/2010", "Male", "Leeds City College"]],
        adults=[["Semhar Tesfay", "Mother", "01/01/1984", "Yes"]],
        sections=[("Reason for conference", [
            "Risk of significant harm through child criminal exploitation: county lines and cuckooing of the "
            "family flat. No current CSE concerns have been identified; the 2024 CSE involvement was closed when "
            "the risk reduced."])],
        chron=chron,
    ),
    criteria=[], decision="discuss", harm=["neglect"],
    children=[kid("Dawit Tesfay", "2010-10-10")], adults=["Semhar Tesfay"],
    tags=["pdf-printout", "cce-not-cse", "historic-cse", "tick-attend", "eritrean-names", "date-traps"],
    notes="Leeds initial: CCE/county lines/cuckooing is not CSE, the 2024 CSE risk is closed (historical); no "
          "criterion; police attendance requested -> discuss (rule 2).",
))


def main():
    for c in CASES:
        texts = [c["subject"], c["cover"], c["fname"]]
        pdf = build(c["pdf"], texts)
        eml = build_email(case=c["name"], from_name=c["sender"][0], from_addr=c["sender"][1],
                          to=POLICE_TO_BY_DISTRICT[c["district"]], subject=c["subject"], sent=c["sent"],
                          received=c["received"], text=c["cover"], attachments=[(c["fname"], PDF, pdf)])
        lab = label(district=c["district"], kind=c["kind"], pre_birth=c["pre_birth"], date=c["date"],
                    time=c["time"], tick=c["tick"], harm=c["harm"], children=c["children"], adults=c["adults"],
                    criteria=c["criteria"], decision=c["decision"], received=c["received"].date(), texts=texts,
                    tags=c["tags"], notes=c["notes"], manual=c.get("manual", False),
                    has_tickbox=c["tick"] != "absent", flags_required=c.get("flags_required", ()),
                    unscored=c.get("unscored", ()), deadlines=not c.get("manual", False))
        write_case(c["name"], eml, lab)
    print("wrote", len(CASES))


if __name__ == "__main__":
    main()
