"""Layout 128: several households - who is associated with the child's household."""
import datetime as dt
from common import TO, utc

D = dt.date
CASES = []

# 128-01 Wakefield ICPC, PDF; RSO lodger at dad's house where the child stays weekends; tick report; late notice
CASES.append(dict(
    layout=128, nn=1, district="wakefield", district_tag="wakefield", kind_tag="icpc", desc="rso-lodger-at-dads",
    kind="initial", date=D(2027, 1, 15), time="10:00", tick=False, harm=["sexual"],
    children=[("Kai Lumb", "2016-02-02")],
    adults=["Sophie Lumb", "Darren Lumb", "Tanya Brook", "Dean Pickersgill"],
    criteria=["registered_sex_offender"],
    container="pdf", attachment_name="ICPC booking LUMB.pdf", doc_title="ICPC booking form",
    subject="URGENT ICPC - LUMB - Friday 15/01/2027",
    from_name="Safeguarding and Review Unit", from_addr="sru.bookings@wakefield.gov.uk", to=TO["wakefield"],
    sent=utc(2027, 1, 13, 23, 9), received=utc(2027, 1, 14, 0, 31, offset_hours=1),
    cover=["Apologies for the late notice - the conference had to be brought forward. Booking form attached."],
    signature="\nSafeguarding and Review Unit, Wakefield Council\n",
    blocks=[
        ("h", "CHILD PROTECTION CONFERENCE BOOKING FORM"),
        ("kv", "Type", "Initial Child Protection Conference"),
        ("kv", "Date", "Friday 15 January 2027"),
        ("kv", "Time", "10.00am"),
        ("kv", "Venue", "Normanton Town Hall"),
        ("kv", "Child", "Kai Lumb - DOB 02/02/2016"),
        ("kv", "Mother (Ossett household)", "Sophie Lumb"),
        ("kv", "Father (Normanton household)", "Darren Lumb"),
        ("kv", "Father's partner", "Tanya Brook"),
        ("kv", "Lodger at father's address", "Dean Pickersgill"),
        ("kv", "Category", "Sexual abuse (risk of)"),
        ("kv", "Police", "[ ] attendance required   [X] written report sufficient"),
        ("h", "Reason for conference"),
        ("p", "Kai spends Monday to Thursday with his mum in Ossett and Friday to Sunday with his dad, Tanya and "
              "her two girls in Normanton."),
        ("p", "Since October Tanya's cousin Dean Pickersgill has been living in the box room at dad's. "
              "Mr Pickersgill has been on the sex offenders' register since his 2019 conviction for sexual activity "
              "with a 14-year-old and is managed by the police offender manager, who only learned of the move last week. "
              "He is at the house every weekend Kai stays."),
    ],
    tags=["pdf-table", "two-households", "rso-associated", "tickbox-conflict", "late-notice", "deadline-passed",
          "received-after-midnight-offset"],
    notes="a registered sex offender lodges in the father's household where the child stays three nights a week: "
          "associated with the household -> attend, tick says report -> tickbox_conflict; received 13/01 "
          "(Received: 00:31 +0100 = 23:31 GMT) -> 2 working days' notice, report deadline passed"))

# 128-02 Leeds ICPC: RSO is a former partner with no contact -> not associated; report only
CASES.append(dict(
    layout=128, nn=2, district="leeds", district_tag="leeds", kind_tag="icpc", desc="rso-no-contact-report-only",
    kind="initial", date=D(2026, 12, 11), time="10:00", tick=False, harm=["neglect"],
    children=[("Harvey Denton", "2021-04-04"), ("Isla Denton", "2023-10-12")],
    adults=["Paige Denton", "Kyle Barraclough"], criteria=[],
    container="alt",
    subject="ICPC - DENTON children - 11/12/2026",
    from_name="Amrit Johal", from_addr="amrit.johal@leeds.gov.uk", to=TO["leeds"],
    received=utc(2026, 11, 30, 10, 15),
    cover=["Morning,", "", "Please see conference details below."],
    blocks=[
        ("kv", "Conference", "Initial"),
        ("kv", "Date", "Friday 11 December 2026"),
        ("kv", "Time", "10:00"),
        ("kv", "Venue", "Kirkstall Hub"),
        ("kv", "Children", "Harvey Denton 04/04/2021, Isla Denton 12/10/2023"),
        ("kv", "Household", "Paige Denton (mother), Kyle Barraclough (Isla's father, lives in the home)"),
        ("kv", "Category", "Neglect"),
        ("kv", "Police", "Written report sufficient"),
        ("h", "Concerns"),
        ("p", "Dirty and unsafe home, dog mess in the children's bedroom, Harvey's speech delay not followed up, "
              "Isla's weight has dropped from the 50th to the 9th centile."),
        ("h", "Other family"),
        ("p", "Harvey's biological father, Mark Wilby, is a registered sex offender (offence against an adult in "
              "2015). He lives in Hull, has had no contact with Harvey since 2021 and a family court order prevents "
              "contact. Ms Denton has no contact with him, he has never met Isla, and Humberside Police confirm he is "
              "complying with his requirements at his Hull address."),
        ("p", "Harvey and Isla see their maternal grandparents in Pudsey most Sundays; there are no concerns about them."),
    ],
    signature="\nAmrit Johal | Social Worker | Leeds Children and Families\n",
    tags=["outlook-alt", "several-households", "rso-not-associated", "safe-report-only"],
    notes="the registered sex offender is a former partner in another city with no contact and a no-contact order: "
          "not associated with the household; neglect only, tick report -> report_only"))

# 128-03 Calderdale ICPC, Word; child with grandparents; father (contact) investigated by unit in 2022 -> prior involvement
CASES.append(dict(
    layout=128, nn=3, district="calderdale", district_tag="calderdale", kind_tag="icpc", desc="grandparents-father-prior",
    kind="initial", date=D(2027, 1, 25), time="13:00", tick=None, harm=["emotional"],
    children=[("Logan Whiteley", "2019-11-11")],
    adults=["Janet Whiteley", "Brian Whiteley", "Courtney Whiteley", "Ryan Marsden"],
    criteria=["prior_unit_involvement"],
    container="docx", attachment_name="ICPC request Logan Whiteley.docx", doc_title="ICPC request",
    subject="ICPC request - WHITELEY - 25/01/2027 1pm",
    from_name="Paul Greenhalgh", from_addr="paul.greenhalgh@calderdale.gov.uk", to=TO["calderdale"],
    received=utc(2027, 1, 11, 9, 58),
    cover=["Hi,", "", "Attached is the ICPC request for Logan Whiteley."],
    signature="Paul Greenhalgh\nCP Administration, Calderdale Council\n",
    blocks=[
        ("h", "Calderdale Children and Young People's Services - ICPC request"),
        ("kv", "Date of ICPC", "25/01/2027"),
        ("kv", "Time", "13:00"),
        ("kv", "Venue", "Northgate House, Halifax"),
        ("kv", "Child", "Logan Whiteley, DOB 11/11/2019"),
        ("kv", "Lives with", "Janet Whiteley and Brian Whiteley (maternal grandparents), Sowerby Bridge"),
        ("kv", "Mother", "Courtney Whiteley (hostel, Halifax)"),
        ("kv", "Father", "Ryan Marsden (lives with his mother in Elland)"),
        ("kv", "Category", "Emotional"),
        ("h", "Family arrangements"),
        ("p", "Logan has lived with his grandparents since May under a child arrangements order. Mum sees him at the "
              "grandparents' on Wednesdays. Dad has him every other Saturday at the paternal grandmother's house."),
        ("h", "Reason for request"),
        ("p", "Mum's drug use has escalated and she has twice arrived at the grandparents' intoxicated and tried to "
              "take Logan. In 2022 Mr Marsden was arrested and investigated by the Calderdale Safeguarding Unit for "
              "an assault on his then partner's son; that investigation ended with no further action."),
    ],
    tags=["docx-table", "several-households", "grandparent-carers", "significant-person", "historical"],
    notes="the father still has regular contact and was investigated by the unit in 2022 for an offence against a "
          "child: previous significant involvement with a significant person -> Calderdale attend"))

# 128-04 Kirklees ICPC; police bail concerns the father's partner's sons and their own father (no contact) -> not for Lily; tick attend -> discuss
CASES.append(dict(
    layout=128, nn=4, district="kirklees", district_tag="kirklees", kind_tag="icpc", desc="other-household-bail-discuss",
    kind="initial", date=D(2026, 12, 15), time="10:00", tick=True, harm=["neglect"],
    children=[("Lily Hirst", "2014-12-20")], adults=["Hannah Hirst", "Scott Hirst", "Samantha Kaye"],
    criteria=[],
    container="plain", charset="windows-1252",
    subject="ICPC HIRST 15/12/2026",
    from_name="Joanne Beaumont", from_addr="joanne.beaumont@kirklees.gov.uk", to=TO["kirklees"],
    received=utc(2026, 12, 4, 14, 22),
    cover=["Dear colleagues,", "", "ICPC booking for Lily Hirst - details below."],
    blocks=[
        ("kv", "Conference", "ICPC"),
        ("kv", "Date", "15/12/2026"),
        ("kv", "Time", "10am"),
        ("kv", "Venue", "Dewsbury Town Hall, Room 7"),
        ("kv", "Child", "Lily Hirst DOB 20/12/2014"),
        ("kv", "Mother", "Hannah Hirst (Lily lives with mum, Dewsbury Moor)"),
        ("kv", "Father", "Scott Hirst (Mirfield)"),
        ("kv", "Father's partner", "Samantha Kaye (Mirfield)"),
        ("kv", "Category", "Neglect"),
        ("kv", "Police attendance", "REQUIRED"),
        ("blank",),
        ("p", "Lily lives with her mum during the week and stays at her dad's in Mirfield every weekend. Dad's "
              "partner Samantha has two sons, aged 9 and 6, who live there full time."),
        ("p", "The boys' own father, Anthony Kaye, is on police bail for assaulting the older boy in August. His "
              "bail stops him contacting the boys or going to the Mirfield address, and he has never met Lily."),
        ("p", "Lily's conference is about her mum's home: no food in, the gas cut off for a fortnight, Lily getting "
              "herself to school and caring for her mum after her mum's overdoses."),
    ],
    signature="\nJoanne Beaumont\nSocial Worker, Kirklees Children's Social Care\n",
    tags=["plain-text", "windows-1252", "several-households", "other-person", "tick-attend"],
    notes="the open police matter is about other children and a man with no contact with Lily: no criterion for "
          "this child; the form asks for police attendance -> discuss (Wakefield rules for Kirklees)"))

# 128-05 Bradford pre-birth ICPC, HTML; parents in separate homes, DA with bail, MARAC, DA officer -> attend
CASES.append(dict(
    layout=128, nn=5, district="bradford", district_tag="bradford", kind_tag="prebirth-icpc", desc="da-father-elsewhere",
    kind="initial", pre_birth=True, date=D(2027, 2, 16), time="10:00", tick=None, harm=["emotional", "physical"],
    children=[("Unborn Priestley", None)], adults=["Shannon Priestley", "Jamal Iqbal", "Gillian Priestley"],
    criteria=["domestic_abuse_current_involvement"],
    container="html", font="Arial, sans-serif",
    subject="Pre-Birth Initial CPC - PRIESTLEY - 16 February 2027",
    from_name="Aisha Noor", from_addr="aisha.noor@bradford.gov.uk", to=TO["bradford"],
    received=utc(2027, 2, 2, 11, 47),
    cover=["Good morning,", "Please see below the details of a pre-birth initial conference."],
    signature="Aisha Noor\nConference and Review Service\nCity of Bradford Metropolitan District Council",
    blocks=[
        ("kv", "Conference", "Pre-birth Initial Child Protection Conference"),
        ("kv", "Date", "Tuesday 16 February 2027"),
        ("kv", "Time", "10.00"),
        ("kv", "Venue", "Britannia House, Bradford"),
        ("kv", "Unborn child", "Unborn Priestley (EDD 02/04/2027)"),
        ("kv", "Mother", "Shannon Priestley, 19, lives with her mother Gillian Priestley in Thornbury"),
        ("kv", "Father of unborn", "Jamal Iqbal, lives with his family in Manningham"),
        ("kv", "Category", "Emotional / physical"),
        ("h", "Concerns"),
        ("p", "Shannon and Jamal do not live together, but he stays at Gillian's house most weekends."),
        ("p", "On 19 December Mr Iqbal assaulted Shannon at his family home when she was 20 weeks pregnant. Police "
              "assessed the risk as high, he was arrested and released on bail with conditions not to contact her, "
              "and her case was heard at MARAC on 14 January. A police domestic abuse officer phones Shannon weekly."),
        ("p", "Shannon has let him stay at her mother's address twice since then, in breach of his bail. Gillian "
              "says she cannot stop him coming."),
    ],
    tags=["html-only", "several-households", "pre-birth", "unsafe-report-only"],
    notes="the father lives elsewhere but stays in the mother's household; serious DA with bail, a recent MARAC and "
          "a police DA officer -> domestic_abuse_current_involvement -> attend (Bradford = Wakefield rules)"))

# 128-06 Wakefield RCPC; partner at mum's house arrested for punching Ethan -> current investigation in a review -> discuss
CASES.append(dict(
    layout=128, nn=6, district="wakefield", district_tag="wakefield", kind_tag="rcpc", desc="mums-house-arrest-review",
    kind="review", date=D(2027, 1, 28), time="14:00", tick=None, harm=["physical", "emotional"],
    children=[("Ethan Crossley", "2012-05-05"), ("Ava Crossley", "2018-08-18")],
    adults=["Michelle Crossley", "Jason Ward", "Paul Crossley"], criteria=["current_investigation"],
    container="alt",
    subject="RCPC - CROSSLEY - 28/01/2027 2pm",
    from_name="Leon Atkinson", from_addr="leon.atkinson@wakefield.gov.uk", to=TO["wakefield"],
    received=utc(2027, 1, 14, 16, 5),
    cover=["Good afternoon,", "", "Review conference for Ethan and Ava as below."],
    blocks=[
        ("kv", "Review conference", "28/01/2027 at 2pm"),
        ("kv", "Venue", "Featherstone Library meeting room"),
        ("kv", "Children", "Ethan Crossley (05/05/2012), Ava Crossley (18/08/2018)"),
        ("kv", "Mum's household (Featherstone)", "Michelle Crossley, Jason Ward (mum's partner)"),
        ("kv", "Dad's household (Pontefract)", "Paul Crossley"),
        ("kv", "Plan category", "Emotional abuse"),
        ("h", "Update since the last review"),
        ("p", "Both children spend school nights at mum's and alternate weekends at dad's. On 6 January Mr Ward was "
              "arrested at mum's home after Ethan went to a neighbour with a split lip, saying Jason had punched him."),
        ("p", "Mr Ward has been released on bail not to live at or visit mum's address while police continue their "
              "enquiries. Dad's home has had no concerns throughout."),
        ("p", "Police are not members of the core group."),
    ],
    signature="\nLeon Atkinson | Social Worker | Wakefield Council\n",
    tags=["outlook-alt", "several-households", "review", "unsafe-report-only"],
    notes="in one of the child's two households the mother's partner is on bail for assaulting the subject child: "
          "current investigation; a review without police in the core group -> discuss"))

# 128-07 invitation forwarded by a health visitor from nhs.net: unverified sender
CASES.append(dict(
    layout=128, nn=7, district=None, district_tag="leeds", kind_tag="icpc", desc="nhs-forward-unverified",
    kind="initial", date=D(2026, 12, 18), time="10:00", tick=None, harm=["sexual", "neglect"],
    children=[("Noah Pearce", "2024-03-03")], adults=["Amber Pearce", "Glenn Pearce"],
    criteria=["registered_sex_offender"], manual=True, flags_required=["unverified_sender"],
    flags_forbidden=["cancelled", "not_an_invitation", "rescheduled", "possible_duplicate"],
    container="plain", relay="mail.nhs.net",
    auth="mx1.westyorkshire.police.uk; dkim=pass header.d=nhs.net; spf=pass smtp.mailfrom=nhs.net; dmarc=pass (p=REJECT) header.from=nhs.net",
    subject="FW: ICPC - PEARCE - 18/12/2026",
    from_name="WILSON, Claire (LEEDS COMMUNITY HEALTHCARE NHS TRUST)", from_addr="claire.wilson52@nhs.net",
    to=TO["leeds"], received=utc(2026, 12, 9, 13, 37),
    cover=["Hi, forwarding in case you didn't get this one - the invite list on the ISU email didn't seem to include police.",
           "Claire Wilson, Health Visitor, 0-19 Service (Leeds Community Healthcare)", "",
           "-----Original Message-----",
           "From: ISU Conferences <isu.conferences@leeds.gov.uk>",
           "Sent: 08 December 2026 15:12",
           "Subject: ICPC - PEARCE - 18/12/2026"],
    blocks=[
        ("kv", "Initial Child Protection Conference", "Friday 18/12/2026, 10.00am, Merrion House"),
        ("kv", "Child", "Noah Pearce, DOB 03/03/2024"),
        ("kv", "Mother", "Amber Pearce"),
        ("kv", "Maternal grandfather (Noah and mum live with him)", "Glenn Pearce"),
        ("kv", "Category", "Sexual / neglect"),
        ("p", "Noah and his mum moved in with grandad in Middleton in the autumn. Mum's ex-partner Kieran Doyle, "
              "who is a registered sex offender, has been seen at grandad's house three times in November and "
              "neighbours say he stays over."),
    ],
    tags=["plain-text", "forwarded-inline", "nhs-sender", "unverified-sender"],
    notes="forwarded by a health visitor from nhs.net, not a council domain: unverified_sender -> manual_review "
          "whatever the content (which would otherwise show an RSO associated with the household)"))
