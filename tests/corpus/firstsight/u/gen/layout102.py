"""Layout 102 - health-led pre-birth requests (midwife / HV / family nurse wording)."""
from common import Attachment, Case, T

CASES = []

# ---------------------------------------------------------------- 102-01
CASES.append(Case(
    code="102-01", slug="wakefield-prebirth-icpc-mappa-category-1-partner",
    district="wakefield",
    sender=("Jasmine Moorby", "jasmine.moorby@wakefield.gov.uk"),
    subject="Pre-birth ICPC - Unborn KITCHEN - 26.01.27 11:00",
    sent="2027-01-12 09:52:03", received="2027-01-12 10:00:31",
    body=T("""
Good morning,

Please see below the request for a pre-birth Initial Child Protection Conference, taken from the Safeguarding Midwife's referral and the social worker's assessment. The conference will take place on Tuesday 26 January 2027 at 11:00 at Wakefield One, Room F3 (Teams available).

Chair: Rhiannon Tolley
Social worker: Adeel Rashid, Pre-Birth and Infant Team
Category: sexual abuse (risk)

Unborn baby Kitchen - EDD 14/03/2027
Lacey Kitchen - DOB 12/12/2018
Mason Kitchen - DOB 05/05/2021
Mother: Shannon Kitchen - DOB 30/06/1996
Father of unborn baby: Dean Foy - DOB 21/01/1983

Midwifery information (Safeguarding Midwife, Pinderfields):
G3P2. Late booker - booked at 19+3 on 02/11/2026 after attending triage with PV bleeding at approx 18/40. Dating and anomaly scans normal. Both previous deliveries SVD at term, no complications. Smoker (10/day), declined CO monitoring at 20/40 and at 28/40 review. Routine enquiry re DA completed at booking - none disclosed. Missed GTT appt 22/12. Birth plan: Pinderfields delivery suite; discharge planning meeting to be held before baby leaves hospital.

Reason for conference:
At booking Shannon named the father of the baby as Dean Foy. Mr Foy was released from custody in August 2026 and is on licence; he is managed under MAPPA as a category 1 offender at level 1, and his offender manager is with the Probation Service in Wakefield. His approved address is in Ossett. Shannon told the midwife that Dean "stays over most nights" at her address, where Lacey and Mason live, and that he collects the children from school "when she's stuck". Shannon says she does not know what his conviction was for and "doesn't want to know".

The social worker has not yet been able to meet Mr Foy, who has cancelled two appointments. School have confirmed that a man matching his description collected Mason twice in December.

Shannon is a caring mum and the older children are well presented, attend school regularly and are meeting their milestones. There are no concerns about Shannon's own care of the children.

Regards

Jasmine Moorby
Business Support Officer
Safeguarding and Review Unit, Wakefield Council
"""),
    label=dict(
        kind="initial", pre_birth=True, date="2027-01-26", time="11:00", tick=None, harm=["sexual"],
        children=[("Unborn baby Kitchen", None), ("Lacey Kitchen", "2018-12-12"), ("Mason Kitchen", "2021-05-05")],
        adults=["Shannon Kitchen", "Dean Foy"],
        criteria=["registered_sex_offender"], decision="attend",
        tags=["layout-102", "health-led", "pre-birth", "district-wakefield", "initial", "tick-absent",
              "mappa-category-1", "obstetric-abbreviations", "looks-report-only"],
        notes="the baby's father, staying most nights, is a MAPPA category 1 offender (= registered sexual offender); 'level 1' and 'on licence' hide it; DA routine enquiry negative",
    ),
))

# ---------------------------------------------------------------- 102-02
CASES.append(Case(
    code="102-02", slug="leeds-prebirth-icpc-word-referral-da-bail-marac",
    district="leeds",
    sender=("Farzana Iqbal", "farzana.iqbal@leeds.gov.uk"),
    subject="[SECURE] Pre-Birth ICPC - CLEGG - Thursday 07/01/2027 10:00",
    sent="2026-12-14 15:01:44", received="2026-12-14 15:09:20",
    body=T("""
Hi,

A pre-birth Initial Child Protection Conference has been booked for the unborn baby of Amira Clegg:

Thursday 7th January 2027 at 10:00am - Microsoft Teams
Chair: Joanna Heaton

Please see the attached pre-birth referral completed by the Specialist Midwife and the social worker. Police attendance is requested. Please send your report to the ISU no later than 24 hours before the conference.

Many thanks
Farzana Iqbal
Integrated Safeguarding Unit, Leeds City Council
"""),
    attachments=[Attachment(
        filename="Pre-birth referral - CLEGG.docx", author="Naomi Kerr",
        blocks=[
            ("title", "Pre-Birth Referral and Request for Conference"),
            ("p", "Expectant mother: Amira Clegg, DOB 02/09/2001"),
            ("p", "Father of baby: Jordan Tate, DOB 15/03/1998"),
            ("p", "Unborn baby Clegg - EDD 18/04/2027"),
            ("p", "Sibling: Tyler Clegg, DOB 06/01/2024 (Jordan is also Tyler's father)"),
            ("p", "Category: emotional abuse"),
            ("h2", "Obstetric history and current pregnancy (Specialist Midwife, Vulnerable Women's Team)"),
            ("p", "G2P1. Booked 08/10/2026 at 11+2. Previous pregnancy: SVD at 39+4, Tyler born 3.1kg, no concerns. Current pregnancy: dating scan consistent, 20/40 anomaly scan 18/11/2026 normal. Attended all appointments until 30/11/2026; missed appointment 07/12/2026 (telephoned, said she was staying at her mum's). Low-dose aspirin. BMI 31. Anxiety - on sertraline pre-pregnancy, stopped at booking."),
            ("h2", "Reason for request"),
            ("p", "Routine enquiry about domestic abuse at booking was negative and Amira said she felt safe at home. On 30/11/2026, when Amira was 20/40, officers attended an incident at the address following a 999 call from a neighbour. Amira had a split lip and bruising to her abdomen and told the officers Jordan had pushed her into the kitchen worktop and punched her. Tyler was in his cot in the next room."),
            ("p", "Jordan was arrested and has been charged with assault occasioning actual bodily harm. He is on bail with conditions not to contact Amira or attend the address until his trial, which is listed for March 2027. The DASH risk assessment completed by the police was high and the case was heard at the Leeds MARAC on 10/12/2026. Amira is working with an IDVA from Leeds Domestic Violence Service and the DV co-ordinator is in weekly contact with her."),
            ("p", "Amira has told the midwife that she intends to resume the relationship after the baby is born and that Jordan \"has changed\". She has asked whether the bail conditions can be varied so that he can attend the birth."),
            ("h2", "Birth plan (draft)"),
            ("p", "Delivery at St James's. Ward to be made aware of the bail conditions. If Jordan attends the ward in breach of his conditions, ward staff will contact the police. Discharge planning meeting before discharge."),
            ("b", "Police attendance at conference: requested (Yes)"),
            ("p", "Completed by: Naomi Kerr, Specialist Midwife, and Ben Hollis, Social Worker, 11/12/2026"),
        ])],
    label=dict(
        kind="initial", pre_birth=True, date="2027-01-07", time="10:00", tick=True, harm=["emotional"],
        children=[("Unborn baby Clegg", None), ("Tyler Clegg", "2024-01-06")],
        adults=["Amira Clegg", "Jordan Tate"],
        criteria=["domestic_abuse_current_involvement"], decision="attend",
        tags=["layout-102", "health-led", "pre-birth", "district-leeds", "initial", "tick-attend",
              "da-marac", "dv-coordinator", "oblique-police-wording", "bank-holidays"],
        notes="serious DA against the pregnant mother with MARAC, IDVA, DV co-ordinator and bail conditions (Leeds item 5); as in sample 09 the prosecution is of the assault on the mother, so not current_investigation",
    ),
))

# ---------------------------------------------------------------- 102-03
CASES.append(Case(
    code="102-03", slug="calderdale-prebirth-icpc-hv-escalation-after-2023-nfa",
    district="calderdale",
    sender=("Siobhan Garside", "siobhan.garside@calderdale.gov.uk"),
    subject="Pre-birth conference request - Unborn HIRST / Ellie-Rose KERSHAW - Fri 15 Jan 2.30pm",
    sent="2027-01-06 13:15:09", received="2027-01-06 13:21:47",
    html=False,
    body=T("""
Hello,

Please find below the information for the pre-birth initial child protection conference for Unborn Hirst and Ellie-Rose Kershaw. This will be held on Friday 15 January 2027 at 2.30pm in Northgate House (room 2.11), hybrid.

Mother: Jade Hirst, DOB 14/10/1999
Father: Ashley Kershaw, DOB 27/05/1995
Unborn Hirst: EDD 03/04/2027
Ellie-Rose Kershaw: DOB 22/06/2022
Category: physical abuse

Health visitor summary (copied from HV records, HV Lorna Spencer):
"Antenatal contact 29/12/26 at 26+4. G3P1 (one miscarriage 2021). Booked at 14+1, EDD 03/04/27. Scans NAD. BP normal. Reports poor sleep and low mood; EPDS 15 - referred to perinatal MH. Known to WYP.
Ellie-Rose seen at home 08/12 with bruise to top of R ear and scratch across forehead, no explanation offered. Seen again 22/12 with yellowing bruise to L cheek - mum said she 'fell off the bed'. Nursery report she flinched when a male member of staff raised his arm to reach a box."

Background:
In 2023, when Ellie-Rose was seven months old, she was admitted to Calderdale Royal with two rib fractures. The police safeguarding unit investigated, and Mr Kershaw was arrested and interviewed. The investigation was closed with no further action in 2024 because it could not be established who had caused the injuries. Mr Kershaw agreed at that time to leave the family home, and a written agreement was signed that he would not live there.

Why a conference now:
Mr Kershaw moved back into the home in November, against the written agreement. Since then Ellie-Rose has had three unexplained injuries to her head and face in four weeks, more than at any time since 2023. Jade has been evasive about who was looking after Ellie-Rose when the injuries happened. In my view the risk to Ellie-Rose, and to the baby once born, is escalating.

A strategy discussion was held with police on 30/12/2026. The police view was that there is not enough information at this stage for a criminal investigation, and I am completing the section 47 enquiry as a single agency.

Birth plan (draft): if the parents attempt to leave hospital with the baby before the discharge planning meeting, ward staff will contact children's social care and the police, and police protection may be considered.

Kind regards
Siobhan Garside
Social Worker - Calderdale Children's Services
"""),
    label=dict(
        kind="initial", pre_birth=True, date="2027-01-15", time="14:30", tick=None, harm=["physical"],
        children=[("Unborn Hirst", None), ("Ellie-Rose Kershaw", "2022-06-22")],
        adults=["Jade Hirst", "Ashley Kershaw"],
        criteria=["previous_investigation_escalation", "prior_unit_involvement"], decision="attend",
        tags=["layout-102", "health-led", "pre-birth", "district-calderdale", "initial", "tick-absent",
              "hypothetical-police-protection", "known-to-wyp", "single-agency-s47", "escalation"],
        notes="2023 unit investigation (NFA) of the sibling's fractures plus clear escalation since the father returned; Calderdale attends on either; birth-plan police protection is hypothetical and the current s47 is single-agency",
    ),
))

# ---------------------------------------------------------------- 102-04
CASES.append(Case(
    code="102-04", slug="kirklees-prebirth-icpc-word-schedule-1-partner-both-boxes",
    district="kirklees",
    sender=("Grace Ellwood", "grace.ellwood@kirklees.gov.uk"),
    subject="Pre-birth ICPC - Unborn SYKES - Tues 22/12/26 10am",
    sent="2026-12-11 16:02:51", received="2026-12-11 16:10:26",
    body=T("""
Good afternoon,

Please find attached the pre-birth request for Unborn Sykes. The pre-birth Initial Child Protection Conference is on Tuesday 22nd December 2026 at 10.00am at Civic Centre 1, Huddersfield (Room 7) or via Teams.

Chair: Philippa Wadsworth

Kind regards
Grace Ellwood
Child Protection Conference Team | Kirklees Council
"""),
    attachments=[Attachment(
        filename="Pre-birth ICPC request - SYKES.docx", author="Martin Shaw",
        blocks=[
            ("title", "Pre-birth Child Protection Conference - request"),
            ("p", "Unborn Sykes - EDD 20/03/2027"),
            ("p", "Mother: Courtney Sykes, DOB 04/12/2007"),
            ("p", "Partner / father of baby: Gary Lumb, DOB 17/05/1984"),
            ("p", "Category: physical abuse (risk of)"),
            ("h2", "Community midwife summary"),
            ("p", "Primip, G1P0. Booked 09/09/2026 at 10+2. EDD 20/03/27 by dating scan. 20/40 anomaly scan normal, placenta fundal. Currently 26/40, SFH on chart. Mild learning disability - Courtney is supported by her mother at most appointments. Partner attended 16/40 and 24/40 appointments and answered most questions for her. Courtney declined to be seen alone at 24/40."),
            ("h2", "Reason for request"),
            ("p", "Mr Lumb is known as a Schedule 1 offender (PPRC). In 2011 he was convicted of assault occasioning actual bodily harm on the three-year-old son of a former partner and served a prison sentence. Police have confirmed that he is not a registered sex offender and is not managed under MAPPA. He had not told Courtney about the conviction; she found out from her mother in November."),
            ("p", "Mr Lumb has refused to take part in the pre-birth assessment and says the conviction is \"ancient history\". Courtney wants to live with him when the baby is born. We are concerned about the risk of physical harm to the baby and about Courtney's ability to recognise the risk and protect."),
            ("p", "West Yorkshire Police - please indicate:"),
            ("b", "☒ Police attendance required      ☒ Written report sufficient"),
            ("p", "Completed by Martin Shaw, Social Worker, 10/12/2026"),
        ])],
    label=dict(
        kind="initial", pre_birth=True, date="2026-12-22", time="10:00", tick=None, tick_both=True,
        harm=["physical"],
        children=[("Unborn Sykes", None)],
        adults=["Courtney Sykes", "Gary Lumb"],
        criteria=["prior_unit_involvement"], decision="discuss",
        tags=["layout-102", "health-led", "pre-birth", "district-kirklees", "initial", "tick-both",
              "schedule-1-not-rso", "wakefield-rules"],
        notes="Schedule 1 / PPRC partner explicitly not an RSO and not MAPPA: only prior involvement (earlier offence against a child), which the Wakefield list used for Kirklees does not contain; both boxes marked -> discuss with tickbox_ambiguous",
    ),
))

# ---------------------------------------------------------------- 102-05
CASES.append(Case(
    code="102-05", slug="bradford-prebirth-icpc-learning-disability-no-police",
    district="bradford",
    sender=("Harriet Clough", "harriet.clough@bradford.gov.uk"),
    subject="Pre Birth ICPC 01/02/2027 - Unborn AKHTAR",
    sent="2027-01-18 14:40:22", received="2027-01-18 14:46:58",
    body=T("""
Dear Colleague

PRE-BIRTH INITIAL CHILD PROTECTION CONFERENCE
Unborn baby Akhtar (EDD 28/03/2027)
Mother: Sana Akhtar (DOB 19/11/1997)
Father: Bilal Hussain (DOB 03/08/1994)
Date/time: Monday 1 February 2027, 10.30am
Venue: Keighley Town Hall, Committee Room B / MS Teams
Chair: Alison Crabtree
Category: neglect

Police: ☐ attendance required   ☑ written report sufficient

Reason for conference
Sana is G2P1, booked at 9+5, now 30/40. Her first child was removed under care proceedings in 2022 because of neglect and has since been adopted. Both parents have learning disabilities (assessed by the adult LD team in 2023). Since booking they have attended all antenatal appointments together, and the midwife reports that they are warm and attentive to each other, but they struggled to retain information at the parentcraft sessions and their flat has had no working heating since November. The pre-birth parenting assessment (PAMS) is under way and will be completed by 36 weeks.

Police and other checks
Police checks returned no trace for either parent. There is no history of domestic abuse and routine enquiry at 12/40 and 28/40 was negative. Neither parent has had any contact with the criminal justice system. The birth plan does not anticipate any police role.

Health
GDM, diet-controlled; growth scans at 28/40 and 32/40. Vitamin D and folic acid. Sana has declined the flu vaccine.

Regards

Harriet Clough
Social Worker, Children's Social Care (Pre-Birth Team), Bradford Council
01274 431905
"""),
    label=dict(
        kind="initial", pre_birth=True, date="2027-02-01", time="10:30", tick=False, harm=["neglect"],
        children=[("Unborn baby Akhtar", None)],
        adults=["Sana Akhtar", "Bilal Hussain"],
        criteria=[], decision="report_only",
        tags=["layout-102", "health-led", "pre-birth", "district-bradford", "initial", "tick-report",
              "no-trace", "care-proceedings-not-pp", "no-criterion", "wakefield-rules"],
        notes="previous child removed by care proceedings (not police protection), police checks no trace, DA enquiry negative; written report sufficient",
    ),
))

# ---------------------------------------------------------------- 102-06
CASES.append(Case(
    code="102-06", slug="wakefield-prebirth-rcpc-progress-no-police",
    district="wakefield",
    sender=("Kerry-Ann Simms", "kerry-ann.simms@wakefield.gov.uk"),
    subject="Pre-Birth Review CP Conference - OLDROYD - 13 Jan 2027 1.30pm",
    sent="2026-12-22 10:11:36", received="2026-12-22 10:18:09",
    body=T("""
Hi,

PRE-BIRTH REVIEW CHILD PROTECTION CONFERENCE

Unborn baby Oldroyd - EDD 02/02/2027 (will be 37/40 at conference)
Mother: Jodie Oldroyd (DOB 08/07/2003)
Father: Craig Barraclough (DOB 25/11/2001)
Date: Wednesday 13 January 2027
Time: 1.30pm
Venue: Microsoft Teams
Chair: Gillian Sheard
Plan category: neglect
Date of pre-birth ICPC: 10 November 2026

West Yorkshire Police: Attendance required - NO / Written report sufficient - YES

Update from the social worker and the community midwife:
Jodie has attended all antenatal appointments since the ICPC, including the 28/40 and 34/40 reviews. Growth scan at 32/40 on the 50th centile. She is engaging with the perinatal mental health team and her mood has improved (EPDS down from 17 to 9). Craig has started an apprenticeship and has been to two of the parenting sessions. The flat now has a cot, pram and steriliser and the damp has been treated.

Police have had no involvement with the family since the plan was made and were not named as members of the core group. No incidents have been reported.

The social worker's recommendation is that the plan continues until after the birth, with a view to considering step-down to child in need at the first review after the birth.

Thanks,
Kerry-Ann Simms
Business Support, Safeguarding and Review Unit, Wakefield Council
"""),
    label=dict(
        kind="review", pre_birth=True, date="2027-01-13", time="13:30", tick=False, harm=["neglect"],
        children=[("Unborn baby Oldroyd", None)],
        adults=["Jodie Oldroyd", "Craig Barraclough"],
        criteria=[], decision="report_only",
        tags=["layout-102", "health-led", "pre-birth", "district-wakefield", "review", "tick-report",
              "no-criterion", "bank-holidays"],
        notes="pre-birth review with no police involvement and police not in the core group: report only",
    ),
))

# ---------------------------------------------------------------- 102-07
CASES.append(Case(
    code="102-07", slug="leeds-prebirth-icpc-fnp-referral-15-year-old-cse",
    district="leeds",
    sender=("Tom Greaves", "tom.greaves@leeds.gov.uk"),
    subject="Pre-birth ICPC Thurs 28/01/2027 9.30am - Kiera WALSH / unborn",
    sent="2027-01-20 11:44:15", received="2027-01-20 11:50:39",
    body=T("""
Hi,

Please see attached the pre-birth referral from the Family Nurse for Kiera. The pre-birth Initial Child Protection Conference is on Thursday 28/01/2027 at 9.30am on Teams, and the chair is Ruth Adeyemi. The conference is for Kiera herself and for her unborn baby.

I'm the allocated social worker - any questions, give me a ring.

Thanks
Tom

Tom Greaves
Social Worker | Children and Families | Leeds City Council
07700 915263
"""),
    attachments=[Attachment(
        filename="FNP pre-birth referral - Kiera Walsh.docx", author="Alys Penrose",
        blocks=[
            ("title", "Family Nurse Partnership - Pre-Birth Safeguarding Referral"),
            ("p", "Client: Kiera Walsh, DOB 11/09/2011 (age 15), Year 10 at Fernlea Academy"),
            ("p", "Unborn baby Walsh, EDD 02/04/2027. Gestation at referral: 28+1"),
            ("p", "Kiera lives with her mother, Donna Walsh, and two younger brothers."),
            ("p", "Father of baby: named by Kiera as \"Kyle\", since confirmed by school as Kyle Booth, aged 24."),
            ("p", "Category requested: sexual abuse"),
            ("h2", "Obstetric summary"),
            ("p", "Primip (G1P0). Late booking at 22+3 - pregnancy concealed until the school nurse noticed. Dated by scan. Anomaly scan at 23/40 normal. Hb 98 at booking, iron started. Smoking 5/day; cannabis use reported. Missed 28/40 GTT."),
            ("h2", "Safeguarding concerns"),
            ("p", "Kiera met Mr Booth through older friends at a flat in Harehills in the summer. She says he buys her vapes and phone credit and that she \"owes him\". She has been missing overnight four times since October and was twice found by police in a car with Mr Booth and other adult men. The CSE risk assessment completed by the social worker and school on 14/01/2027 scored Kiera as at high risk of child sexual exploitation, and she has been referred to the Leeds Child Exploitation Hub."),
            ("p", "Police have been informed through the Front Door. Kiera has declined to give a statement about Mr Booth and at present there is no police investigation."),
            ("p", "Donna is supportive of Kiera but works long shifts and says she \"can't lock her in\"."),
            ("p", "Completed by: Alys Penrose, Family Nurse, 18/01/2027"),
        ])],
    label=dict(
        kind="initial", pre_birth=True, date="2027-01-28", time="09:30", tick=None, harm=["sexual"],
        children=[("Kiera Walsh", "2011-09-11"), ("Unborn baby Walsh", None)],
        adults=["Donna Walsh", "Kyle Booth"],
        criteria=["child_sexual_exploitation"], decision="discuss",
        tags=["layout-102", "health-led", "pre-birth", "district-leeds", "initial", "tick-absent",
              "cse", "leeds-cse-discuss", "child-mother", "negated-investigation"],
        notes="the expectant mother is 15 and assessed at high risk of CSE; Leeds has no CSE item -> discuss (POLICY choice); 'no police investigation' is negated",
    ),
))
