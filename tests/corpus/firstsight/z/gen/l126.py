"""Layout 126: police procedure told in legal/procedural words (bail, summons, remand, CPS, outcome 15...)."""
import datetime as dt
from common import TO, utc

D = dt.date
CASES = []

# 126-01 Wakefield ICPC, Word booking form; conditional bail (stepfather, sexual assault on the child); tick = report
CASES.append(dict(
    layout=126, nn=1, district="wakefield", district_tag="wakefield", kind_tag="icpc", desc="conditional-bail-stepfather",
    kind="initial", date=D(2026, 12, 10), time="10:00", tick=False, harm=["sexual"],
    children=[("Ellie-May Sugden", "2016-04-19")], adults=["Carly Sugden", "Wayne Hemsworth"],
    criteria=["current_investigation"],
    container="docx", attachment_name="ICPC Booking Form - SUGDEN - 10.12.26.docx", doc_title="ICPC booking form",
    subject="OFFICIAL-SENSITIVE: ICPC booking form - SUGDEN - 10/12/2026",
    from_name="Tracy Lockwood", from_addr="tracy.lockwood@wakefield.gov.uk", to=TO["wakefield"],
    received=utc(2026, 12, 1, 9, 41), cover_html=True,
    cover=["Good morning,", "",
           "Please find attached the booking form for an Initial Child Protection Conference for Ellie-May Sugden.",
           "Kind regards,"],
    signature="Tracy Lockwood\nBusiness Support Officer - Safeguarding and Review Unit\nWakefield Council | Wakefield One | 01924 306871\n",
    blocks=[
        ("h", "OFFICIAL-SENSITIVE"),
        ("h", "WAKEFIELD CHILDREN'S SERVICES - CHILD PROTECTION CONFERENCE BOOKING FORM"),
        ("kv", "Conference type", "Initial (ICPC)"),
        ("kv", "Date / time", "Thursday 10 December 2026 at 10:00"),
        ("kv", "Venue", "Room 2.14, Wakefield One, and Microsoft Teams"),
        ("kv", "CareDirector ref", "CD604417"),
        ("kv", "Chair", "Anne-Marie Scholey"),
        ("kv", "Social worker / team", "Bethany Oates, Assessment Team East"),
        ("kv", "Category requested", "Sexual abuse"),
        ("kv", "Child", "Ellie-May Sugden, DOB 19/04/2016, Female, Year 6 at Flanshaw Junior"),
        ("kv", "Mother", "Carly Sugden, DOB 02/09/1991"),
        ("kv", "Mother's partner", "Wayne Hemsworth, DOB 27/01/1986 (currently not resident - see below)"),
        ("kv", "West Yorkshire Police", "Attendance required [ ]    Written report will suffice [X]"),
        ("h", "Reason for conference"),
        ("p", "On 23/11/2026 Ellie-May's class teacher passed on concerns about Mr Hemsworth's behaviour "
              "towards her at bath-time. A strategy discussion was held the same day."),
        ("p", "Mr Hemsworth was interviewed under caution on 25/11/2026 about the allegation of sexual assault "
              "concerning Ellie-May and has been released on conditional bail to 23 February 2027. His conditions "
              "are not to reside at or attend the family address and to have no unsupervised contact with any "
              "child under 16. The OIC is DC Rebecca Lund."),
        ("p", "Ms Sugden has agreed a written safety plan and says she has ended the relationship. "
              "For completeness: Mr Hemsworth accepted a community resolution in 2021 for damage to a neighbour's car."),
        ("kv", "Completed by", "Bethany Oates, 30/11/2026"),
    ],
    tags=["docx-table", "procedural-wording", "tickbox-conflict"],
    notes="conditional bail after interview under caution for a sexual assault on the child = an open police "
          "investigation within the family (W1): attend although the form says a written report will suffice"))

# 126-02 Leeds ICPC cancelled; father charged and remanded in custody
CASES.append(dict(
    layout=126, nn=2, district="leeds", district_tag="leeds", kind_tag="icpc", desc="cancelled-remanded",
    kind="initial", date=D(2026, 12, 14), time="13:30", tick=None, harm=["physical"],
    children=[("Tyler Haigh", "2019-08-02"), ("Summer Haigh", "2022-01-15")], adults=["Donna Haigh", "Lee Haigh"],
    criteria=["current_investigation"], manual=True, flags_required=["cancelled"], null_deadlines=True,
    flags_forbidden=["not_an_invitation", "unverified_sender", "encrypted_unreadable", "district_unknown", "rescheduled"],
    container="plain",
    subject="CANCELLED - ICPC Haigh - Mon 14/12/2026 1.30pm",
    from_name="ISU Business Support", from_addr="isu.conferences@leeds.gov.uk", to=TO["leeds"],
    received=utc(2026, 12, 7, 15, 2),
    cover=["Hello CPPU,"],
    blocks=[
        ("p", "Please note that the Initial Child Protection Conference listed below has been CANCELLED and will not go ahead on the date shown."),
        ("kv", "Children", "Tyler Haigh (02/08/2019) and Summer Haigh (15/01/2022)"),
        ("kv", "Parents", "Donna Haigh (mother), Lee Haigh (father)"),
        ("kv", "Was listed for", "Monday 14 December 2026, 1.30pm, Merrion House (Room 5)"),
        ("kv", "Mosaic", "MOS440927"),
        ("kv", "Chair", "Hazel Wainwright"),
        ("p", "Reason: at the reconvened strategy meeting on 4 December the social worker advised that Mr Haigh "
              "has been charged with causing the fractures to Tyler's forearm and was remanded in custody "
              "by Leeds Magistrates' Court on 3 December. Ms Haigh and both children are now staying with her "
              "sister in Sheffield and the case is being transferred to Sheffield Children's Services, who will "
              "convene a transfer-in conference there."),
        ("p", "Please remove from your diaries. Any queries to the ISU on 0113 378 4417."),
    ],
    signature="\nMaxine Calvert\nIntegrated Safeguarding Unit - Business Support\nLeeds City Council\n",
    tags=["plain-text", "cancellation", "procedural-wording"],
    notes="cancellation: manual_review with 'cancelled' whatever the content; the remand in custody for the "
          "child's injuries is still read as an open matter (current_investigation)"))

# 126-03 Calderdale ICPC, PDF; outcome 15 earlier this year -> prior_unit_involvement; tick report
CASES.append(dict(
    layout=126, nn=3, district="calderdale", district_tag="calderdale", kind_tag="icpc", desc="outcome15-prior-unit",
    kind="initial", date=D(2026, 12, 17), time="14:00", tick=False, harm=["neglect"],
    children=[("Oliver Greenwood", "2018-09-30")], adults=["Natalie Greenwood", "Jordan Pilling"],
    criteria=["prior_unit_involvement"],
    container="pdf", attachment_name="CPC Request GREENWOOD.pdf", doc_title="Request for Child Protection Conference",
    subject="Request for ICPC - GREENWOOD - 17.12.2026 [OFFICIAL-SENSITIVE]",
    from_name="Shabana Mir", from_addr="shabana.mir@calderdale.gov.uk", to=TO["calderdale"],
    received=utc(2026, 12, 3, 11, 26),
    cover=["Dear colleague,", "", "Please see the attached conference request for Oliver Greenwood. "
           "Reports to Calderdale CP administration by secure email please.", "", "Thanks"],
    signature="Shabana Mir\nCP Administration | Calderdale MBC | Northgate House, Halifax\n",
    blocks=[
        ("h", "CALDERDALE COUNCIL - REQUEST FOR CHILD PROTECTION CONFERENCE"),
        ("kv", "Type of conference", "Initial"),
        ("kv", "Date of conference", "17/12/2026"),
        ("kv", "Start time", "2.00pm"),
        ("kv", "Venue", "Northgate House, Halifax - Room G6"),
        ("kv", "LCS ID", "LCS773018"),
        ("kv", "Chair", "Ian Crabtree"),
        ("kv", "Social worker", "Megan Shaw"),
        ("kv", "Category", "Neglect"),
        ("kv", "Subject child", "Oliver Greenwood - DOB 30/09/2018 - Male"),
        ("kv", "Mother", "Natalie Greenwood - DOB 14/06/1995"),
        ("kv", "Partner (in household)", "Jordan Pilling - DOB 03/03/1993"),
        ("kv", "Police contribution", "Written report sufficient - X"),
        ("h", "Background and reason for request"),
        ("p", "In April of this year Mr Pilling was interviewed by the Safeguarding Unit after Oliver was seen "
              "at school with finger-tip bruising to his upper arm. The crime was finalised as outcome 15 "
              "(evidential difficulties) in June and no proceedings followed."),
        ("p", "The present request relates to home conditions, Ms Greenwood's alcohol use and Oliver's weight loss. "
              "There is no open police matter at present."),
    ],
    tags=["pdf-table", "procedural-wording", "closed-investigation", "tickbox-conflict"],
    notes="the unit investigated the household adult earlier this year (outcome 15, closed): no current "
          "investigation, but prior_unit_involvement, which Calderdale attends; tick says report -> tickbox_conflict"))

# 126-04 Kirklees ICPC; uncle remanded (no contact), mother awaiting CPS decision for shop theft: no criterion
CASES.append(dict(
    layout=126, nn=4, district="kirklees", district_tag="kirklees", kind_tag="icpc", desc="other-matters-report-only",
    kind="initial", date=D(2027, 1, 12), time="10:00", tick=False, harm=["neglect"],
    children=[("Maisie Bottomley", "2020-02-11"), ("Freddie Bottomley", "2023-06-06")], adults=["Gemma Bottomley"],
    criteria=[],
    container="alt",
    subject="ICPC Invitation: BOTTOMLEY - Tuesday 12 January 2027",
    from_name="Conference Team (Kirklees)", from_addr="cp.conferences@kirklees.gov.uk", to=TO["kirklees"],
    sent=utc(2026, 12, 21, 17, 55), received=utc(2026, 12, 22, 8, 2),
    cover=["Please find below details of a forthcoming initial conference (Strengthening Families model)."],
    blocks=[
        ("h", "OFFICIAL - SENSITIVE"),
        ("kv", "Conference", "Initial Child Protection Conference"),
        ("kv", "When", "Tuesday 12 January 2027, 10.00am - 12.00pm"),
        ("kv", "Where", "Civic Centre 1, Huddersfield (Teams available)"),
        ("kv", "Chair", "Nasreen Akram"),
        ("kv", "Lead social worker", "Owen Tolson"),
        ("kv", "Children", "Maisie Bottomley (11/02/2020); Freddie Bottomley (06/06/2023)"),
        ("kv", "Parent", "Gemma Bottomley (mother)"),
        ("kv", "Police", "Written report sufficient: YES / Attendance needed: NO"),
        ("kv", "Category", "Neglect"),
        ("h", "Danger / harm"),
        ("p", "Repeated periods with no food or electricity at the home; Freddie has not been taken to three "
              "paediatric appointments and his eczema is infected."),
        ("h", "Complicating factors"),
        ("p", "Ms Bottomley is awaiting a CPS charging decision after a voluntary attendance interview at "
              "Huddersfield police station on 30 November about goods taken from a supermarket in Cleckheaton."),
        ("p", "Her brother, Reece Bottomley, was remanded in custody last month for a robbery in Batley. He lives "
              "in Batley and has not seen the children for over two years; he is not part of the household."),
        ("p", "Neither police matter concerns the children."),
    ],
    signature="\nKirklees Children's Services - Safeguarding and Quality Assurance\n",
    tags=["outlook-alt", "procedural-wording", "other-person", "safe-report-only", "christmas-working-days"],
    notes="scary procedural words (CPS decision, remand) but about shop theft by the mother and a robbery by an "
          "uncle outside the household: no criterion; Kirklees follows the Wakefield rules; tick says report -> report_only"))

# 126-05 Bradford RCPC via CJSM; ex-partner on bail, file with CPS for strangulation of mother -> DA -> discuss
CASES.append(dict(
    layout=126, nn=5, district="bradford", district_tag="bradford", kind_tag="rcpc", desc="cps-file-da-bail",
    kind="review", date=D(2027, 1, 20), time="13:00", tick=None, harm=["emotional"],
    children=[("Zainab Akhtar", "2017-11-03"), ("Yusuf Akhtar", "2020-05-21")],
    adults=["Samina Akhtar", "Imran Qureshi"], criteria=["domestic_abuse_current_involvement"],
    container="plain", relay="smtp-relay.bradford.gov.uk",
    extra_received="from relay3.cjsm.net (relay3.cjsm.net [203.0.113.47]) by smtp-relay.bradford.gov.uk with ESMTPS; Wed, 06 Jan 2027 10:12:31 +0000",
    subject="[CJSM] RCPC - AKHTAR - 20/01/2027 13:00",
    from_name="Rehana Bashir", from_addr="rehana.bashir@bradford.gov.uk.cjsm.net", to=TO["bradford"],
    received=utc(2027, 1, 6, 10, 13),
    cover=["Afternoon all,", "", "Review conference details as below. Police report to the chair please."],
    blocks=[
        ("line", "OFFICIAL-SENSITIVE"),
        ("blank",),
        ("kv", "REVIEW CP CONFERENCE (2nd review)", "Wednesday 20/01/2027 at 13:00"),
        ("kv", "Venue", "Britannia House, Bradford / Teams"),
        ("kv", "Chair", "Colin Petty"),
        ("kv", "SW", "Faisal Mahmood"),
        ("kv", "Category", "Emotional"),
        ("kv", "Children", "Zainab AKHTAR 03/11/2017, Yusuf AKHTAR 21/05/2020"),
        ("kv", "Mother", "Samina AKHTAR"),
        ("kv", "Father of Yusuf (not resident)", "Imran QURESHI"),
        ("blank",),
        ("line", "Since last conference:"),
        ("li", "On 12/11/2026 Mr Qureshi attended the home and assaulted Ms Akhtar, including non-fatal strangulation; Zainab saw it."),
        ("li", "He was arrested, interviewed and bailed with conditions not to enter Ripley Street or contact Ms Akhtar directly or indirectly."),
        ("li", "The OIC advises the file has gone to CPS for a charging decision; bail runs to 12/02/2027."),
        ("li", "An IDVA is working with Ms Akhtar; the police DA officer reviews the risk with her fortnightly."),
        ("li", "Police are not members of the core group."),
    ],
    signature="\nRehana Bashir\nConference & Review Service | Children's Social Care | City of Bradford MDC\n",
    tags=["plain-text", "cjsm", "procedural-wording", "unsafe-report-only"],
    notes="serious domestic abuse (strangulation) with bail conditions, file with CPS and a police DA officer: "
          "current involvement -> review discuss; the assault is on the mother, so not current_investigation"))

# 126-06 Wakefield RCPC, Word; all historical (NFA outcome 15 in 2024, community resolution 2025) -> report_only
CASES.append(dict(
    layout=126, nn=6, district="wakefield", district_tag="wakefield", kind_tag="rcpc", desc="historic-outcomes-report-only",
    kind="review", date=D(2027, 2, 4), time="10:00", tick=False, harm=["physical"],
    children=[("Kayden Firth", "2014-07-07")], adults=["Leanne Firth", "Craig Firth"],
    criteria=["prior_unit_involvement"],
    container="docx", attachment_name="RCPC notification FIRTH 04-02-27.docx", doc_title="Review conference notification",
    subject="Review Child Protection Conference - FIRTH - 04/02/2027",
    from_name="Safeguarding and Review Unit", from_addr="sru.admin@wakefield.gov.uk", to=TO["wakefield"],
    received=utc(2027, 1, 21, 14, 37),
    cover=["Please see attached notification of a review conference.", "",
           "The police report is due with the chair three working days before conference."],
    signature="Safeguarding and Review Unit\nWakefield Council\n",
    blocks=[
        ("h", "REVIEW CHILD PROTECTION CONFERENCE - NOTIFICATION"),
        ("kv", "Review number", "Third review"),
        ("kv", "Date and time", "04/02/2027, 10.00 am"),
        ("kv", "Venue", "County Hall, Wakefield - Committee Room B"),
        ("kv", "Chair", "Peter Hepworth"),
        ("kv", "Social worker", "Danielle Beever"),
        ("kv", "Child on plan", "Kayden Firth (DOB 07/07/2014)"),
        ("kv", "Parents", "Leanne Firth; Craig Firth"),
        ("kv", "Category of plan", "Physical abuse"),
        ("kv", "Police", "Attendance required - No. Written report - Yes"),
        ("h", "Police history (for the chair's information)"),
        ("p", "The original s47 in March 2024 was joint with police. Mr Firth was interviewed under caution and the "
              "matter was closed as outcome 15 in the summer of 2024. In January 2025 he accepted a community "
              "resolution for a public order matter in Wakefield city centre."),
        ("p", "There are no outstanding matters and police are not part of the core group. Should any new "
              "allegation be made, the social worker will refer through the front door and a strategy discussion "
              "would be held."),
        ("h", "Progress"),
        ("p", "Kayden is attending school every day and both parents have completed the Triple P programme. "
              "The recommendation is likely to be step-down to a child in need plan."),
    ],
    tags=["docx-table", "procedural-wording", "historical", "hypothetical", "safe-report-only"],
    notes="every police matter is closed (outcome 15 in 2024, community resolution 2025) -> prior_unit_involvement "
          "only; 'should any new allegation be made' is hypothetical; review without a review criterion -> report_only"))

# 126-07 Leeds pre-birth ICPC; partner awaiting CPS charging decision for sexual assault of sibling; tick attend
CASES.append(dict(
    layout=126, nn=7, district="leeds", district_tag="leeds", kind_tag="prebirth-icpc", desc="cps-decision-awaited",
    kind="initial", pre_birth=True, date=D(2027, 2, 10), time="10:00", tick=True, harm=["sexual"],
    children=[("Baby Cawthorne", None), ("Skye Cawthorne", "2014-03-09")],
    adults=["Jade Cawthorne", "Connor Rhodes"], criteria=["current_investigation"],
    container="alt",
    subject="Pre-birth ICPC - CAWTHORNE - 10.02.2027",
    from_name="Gurpreet Sangha", from_addr="gurpreet.sangha@leeds.gov.uk", to=TO["leeds"],
    received=utc(2027, 2, 1, 12, 5),
    cover=["Hi,", "", "Booking details for a pre-birth initial conference, which will also consider Skye."],
    blocks=[
        ("h", "PRE-BIRTH INITIAL CHILD PROTECTION CONFERENCE"),
        ("kv", "Date", "Wednesday 10th February 2027"),
        ("kv", "Time", "10am"),
        ("kv", "Venue", "Merrion House, Leeds - Conference Room 3"),
        ("kv", "Unborn", "Baby Cawthorne, EDD 21/03/2027"),
        ("kv", "Sibling", "Skye Cawthorne, DOB 09/03/2014"),
        ("kv", "Mother", "Jade Cawthorne"),
        ("kv", "Father of unborn", "Connor Rhodes"),
        ("kv", "Category", "Sexual abuse (Skye); risk of sexual harm (unborn)"),
        ("kv", "Police attendance", "Required"),
        ("h", "Why we are holding a conference"),
        ("p", "Skye made a disclosure about Mr Rhodes on 14 January. He attended a voluntary interview under "
              "caution on 21 January. The officer in the case has sent the file to the CPS and a charging "
              "decision is awaited."),
        ("p", "Mr Rhodes has moved to his mother's address in Bramley in the meantime but Ms Cawthorne wants the "
              "relationship to continue once the baby is born."),
    ],
    signature="\nGurpreet Sangha | Senior Social Worker | Leeds Children and Families | 0113 378 2210\n",
    tags=["outlook-alt", "procedural-wording", "pre-birth"],
    notes="voluntary interview under caution and file awaiting a CPS charging decision about sexual abuse of the "
          "sibling in the same family: open investigation (L1) -> attend"))
