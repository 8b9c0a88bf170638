"""Layout 103 - police information pasted into council forms (Niche/PNC/intel extracts)."""
from common import Attachment, Case, T

CASES = []

# ---------------------------------------------------------------- 103-01
CASES.append(Case(
    code="103-01", slug="wakefield-icpc-niche-extract-nfa-rescinded",
    district="wakefield",
    sender=("Shabana Qadir", "shabana.qadir@wakefield.gov.uk"),
    subject="ICPC - MOSS - Mon 14/12/26 10:00 - CD772190",
    sent="2026-12-08 15:48:27", received="2026-12-08 15:55:02",
    html=False, marking=True,
    body=T("""
OFFICIAL-SENSITIVE

Apologies for the short notice on this one - the chair has brought it forward because of the timescales from the strategy discussion.

CHILD PROTECTION CONFERENCE - BOOKING DETAILS
Conference type: Initial Child Protection Conference
Date/time: Monday 14 December 2026, 10:00
Venue: Wakefield One, Room G07 (hybrid)
CareDirector ID: CD772190
Chair: Faisal Mirza
Social worker: Rosie Dunhill
Category: physical abuse

Children
Kayden Moss - DOB 07/07/2015 - Male - Westfield Lane Primary
Lily Moss - DOB 23/12/2018 - Female - Westfield Lane Primary

Adults
Carla Moss - mother - DOB 02/02/1990
Lee Moss - father - DOB 19/03/1988

West Yorkshire Police (please mark one):  [ ] Police attendance required   [X] Written report sufficient

Reason for conference
Kayden (11) came to school on 20/11/2026 with a swollen eye and bruising to his neck. He told his teacher that his dad had "lost it" over his PlayStation and grabbed him by the throat. Lily was present.

Police information (pasted by MASH police researcher from Niche, 04/12/2026)
------------------------------------------------------------------------
OCC 13/261120/0457   ASSAULT - ACTUAL BODILY HARM
Crime recorded as ABH (s47 OAPA 1861)
IP:   MOSS, Kayden   07/07/2015
S/O:  MOSS, Lee      19/03/1988   (father, same address)
OIC:  DC 4471 PRIESTLEY, Wakefield CSU
BWV:  captured by attending officers PC 2290 / PC 5518
21/11/26 08:40  S/O arrested at home address. Interviewed, no comment.
21/11/26 19:15  S/O released under investigation.
25/11/26 11:02  IP declined ABE. Supervisor review: NFA - evidential difficulties.
30/11/26 09:30  UPDATE DI 1187 HAIGH: NFA decision rescinded following review of
                BWV (injuries and S/O comments at scene) and new statement from
                class teacher. Investigation re-opened. S/O to attend voluntary
                interview 04/12/26.
04/12/26 14:10  S/O interviewed (voluntary attendance). File to CPS for charging
                advice. CPS advice awaited. S/O remains under investigation.

OTHER TRACES
OCC 13/260614/0212 (June 2026) - theft from motor vehicle - IP MOSS, Lee - filed.
MOSS, Carla - no trace.
------------------------------------------------------------------------

Mr Moss has moved to his mother's address while the investigation continues. Mrs Moss says Kayden "provoked" his dad and wants him home.

Completed by: Rosie Dunhill   Date: 07/12/2026

Shabana Qadir
Business Support, Safeguarding and Review Unit
Wakefield Council
"""),
    label=dict(
        kind="initial", date="2026-12-14", time="10:00", tick=False, harm=["physical"],
        children=[("Kayden Moss", "2015-07-07"), ("Lily Moss", "2018-12-23")],
        adults=["Carla Moss", "Lee Moss"],
        criteria=["current_investigation"], decision="attend",
        tags=["layout-103", "niche-extract", "district-wakefield", "initial", "tick-report",
              "tickbox-conflict", "late-notice", "nfa-reversed", "looks-report-only"],
        notes="NFA line is reversed by a later DI entry: re-opened, CPS advice awaited, still under investigation (Wakefield item 1); written report ticked; 4 working days' notice",
    ),
))

# ---------------------------------------------------------------- 103-02
CASES.append(Case(
    code="103-02", slug="leeds-icpc-mash-checks-da-at-aunts-address",
    district="leeds",
    sender=("Gareth Wilde", "gareth.wilde@leeds.gov.uk"),
    subject="[SECURE] ICPC PARKER 18/01/2027 - Request for Conference",
    sent="2027-01-08 12:03:55", received="2027-01-08 12:10:41",
    html=False,
    body=T("""
Please see below.

Request for Child Protection Conference
Type: Initial
Date: 18.01.27   Time: 09.30   Venue: Microsoft Teams
Mosaic: MOS558102
Chair: Sinead Byrne
Allocated SW: Tolu Adebayo
Category: Neglect

Child(ren):
Riley Parker   30/01/2017   M   Hill Top Primary
Evie Parker    08/08/2020   F   Hill Top Primary (Reception)

Household / significant adults:
Shauna Parker (mother)   04/06/1994

Police attendance: required NO / written report sufficient YES

Reason for request:
Neglect - home conditions have deteriorated since the autumn (no working cooker, dog mess in the children's bedroom, mattresses on the floor). Evie has missed four dental and audiology appointments and has tooth decay that now needs extraction under general anaesthetic. Riley has missed 28% of school this term. Shauna has depression and has stopped taking her medication.

Police information (MASH research 05/01/2027 - copied in full):
PARKER, Shauna 04/06/1994 - PNC: no trace. Niche: 1 occurrence - 14/03/2019 concern for welfare (neighbour reported children crying), attended, no concerns, no crime.
PARKER, Riley / PARKER, Evie - no trace other than as above.
Associated address: 22 Fernbank Road, LS13 - occupant PARKER, Amy (maternal aunt). 4 x domestic occurrences 2025-2026, Amy PARKER as victim; DASH high; MARAC heard 11/12/2025. Suspect CROSSLEY, Liam arrested 03/11/2026 (assault ABH on Amy PARKER) - bailed, conditions not to attend Fernbank Road. OIC DC 6620 OKONJO.
Previous occupant of the family's current address (before June 2026): drugs warrant executed 09/2025 - not linked to the Parker family.

SW comment on the police information: the Fernbank Road entries relate to Shauna's sister Amy. Shauna and Amy fell out in the summer and have not seen each other since; the children have never met Mr Crossley and have not been to Fernbank Road this year. The children's father lives in Ireland and has had no contact since 2021.

Completed by: Tolu Adebayo, 05/01/2027

--
Gareth Wilde
Integrated Safeguarding Unit | Leeds City Council
"""),
    label=dict(
        kind="initial", date="2027-01-18", time="09:30", tick=False, harm=["neglect"],
        children=[("Riley Parker", "2017-01-30"), ("Evie Parker", "2020-08-08")],
        adults=["Shauna Parker"],
        criteria=[], decision="report_only",
        tags=["layout-103", "mash-checks", "district-leeds", "initial", "tick-report",
              "da-other-household", "no-trace", "no-criterion"],
        notes="the DASH-high / MARAC / bail entries belong to the aunt's household at another address with no contact; the family's own record is a 2019 concern for welfare, no crime",
    ),
))

# ---------------------------------------------------------------- 103-03
CASES.append(Case(
    code="103-03", slug="calderdale-icpc-sgu-intel-rso-father-overnight",
    district="calderdale",
    sender=("Maxine Fairbank", "maxine.fairbank@calderdale.gov.uk"),
    subject="ICPC notification - DENTON/BRIGGS - 30.12.26 - LCS604417",
    sent="2026-12-16 10:27:14", received="2026-12-16 10:33:50",
    html=False,
    body=T("""
Please see notification below. The intelligence summary was provided by the SGU for the strategy meeting and has been pasted in by the social worker.

OFFICIAL-SENSITIVE

Child Protection Conference Notification
Conference: ICPC
Date: 30.12.26   Time: 10am
Venue: Northgate House, Halifax - room 2.03 / MS Teams
LCS number: LCS604417
Independent Chair: Martin Oyston
Social worker: Danielle Whiteley
Category: Sexual (risk)
Police attendance requested: YES

Child: Tia Briggs   DOB 17/08/2017   F   Beechwood Road Primary
Mother: Kayleigh Denton   DOB 09/09/1993   (lives with Tia)
Father: Darren Briggs   DOB 02/02/1985   (lives separately, has contact)

Reason for conference:
Tia's father is a registered sex offender. Until November contact took place on Sundays at the paternal grandmother's house, supervised by her. On 28-29 November Ms Denton let Mr Briggs have Tia overnight at his flat, unsupervised, because she was working. Ms Denton does not accept that Mr Briggs poses a risk to Tia and has told the social worker that "he did his time".

WYP SGU intelligence summary (10/12/2026):
BRIGGS, Darren 02/02/1985
- Subject to notification requirements under Part 2 Sexual Offences Act 2003 until 2031 following conviction at Bradford Crown Court (06/2021) - sexual activity with a child (female, 14, not a family member). Managed by MOSOVO. ViSOR nominal.
- Occ 13/200817/0091 (2020): arrested on suspicion of sexual activity with a child; interviewed by SGU; charged.
- Notified address: Flat 3, 11 Clare Road, Halifax. Did not notify the overnight stay of a child at the address (possible breach - under review by MOSOVO).
DENTON, Kayleigh 09/09/1993 - no trace.

Danielle Whiteley, Social Worker, 15/12/2026

Maxine Fairbank
Child Protection Administration | Calderdale Council
"""),
    label=dict(
        kind="initial", date="2026-12-30", time="10:00", tick=True, harm=["sexual"],
        children=[("Tia Briggs", "2017-08-17")],
        adults=["Kayleigh Denton", "Darren Briggs"],
        criteria=["registered_sex_offender", "prior_unit_involvement"], decision="attend",
        tags=["layout-103", "intel-summary", "district-calderdale", "initial", "tick-attend",
              "rso-non-resident-contact", "bank-holidays"],
        notes="the father is an RSO with contact and an overnight stay: a significant nominal and the reason for the conference (Calderdale RSO consideration); his 2020 arrest by the SGU is prior involvement",
    ),
))

# ---------------------------------------------------------------- 103-04
CASES.append(Case(
    code="103-04", slug="kirklees-rcpc-oic-update-uncle-charged-bailed",
    district="kirklees",
    sender=("Nasreen Mir", "nasreen.mir@kirklees.gov.uk"),
    subject="Review Child Protection Conference - AHMED - 20/01/2027 1pm",
    sent="2027-01-11 08:55:30", received="2027-01-11 09:02:04",
    body=T("""
Dear colleague

You are invited to the first Review Child Protection Conference for Inaya and Musa Ahmed.

Date: Wednesday 20 January 2027
Time: 1.00pm
Venue: Civic Centre 3, Huddersfield - Room 1 / Teams
Chair: Helen Sugden
Category of plan: sexual abuse
Initial conference held: 21/10/2026

Children
Inaya Ahmed   05/05/2016
Musa Ahmed    19/12/2019

Adults
Rukhsana Ahmed - mother
Asif Ahmed - father
Tariq Ahmed - paternal uncle (lived in the household until 22/12/2026)

Police: attendance requested - No. Written report - Yes.

Progress since the initial conference (social worker)
Inaya continues to attend counselling at school and is described as more settled. Mum and dad have attended all core groups. Core group members: social worker, school DSL, school nurse, mum and dad. Police are not members of the core group.

Police update (provided by OIC DC Imran Saeed, Kirklees Safeguarding Unit, 08/01/2027 - pasted as received):
"S/O AHMED, Tariq (paternal uncle, previously resident at the home address) charged 22/12/2026 with 2 x sexual assault of a child under 13 (IP AHMED, Inaya). Appeared Kirklees Magistrates 06/01/2027 - sent to Leeds Crown Court, PTPH listed 11/02/2027. Conditional bail: not to reside at or attend the family address, no contact direct or indirect with IP or any prosecution witness. S/O now residing with relatives in Bradford. Family advised of the court process; IP's ABE interview will be played as evidence-in-chief."

Mum and dad say they believe Inaya, but there is pressure from the wider family for the charges to be withdrawn. Dad has been visiting his brother in Bradford.

Regards
Nasreen Mir
Child Protection Conference Team, Kirklees Council
"""),
    label=dict(
        kind="review", date="2027-01-20", time="13:00", tick=False, harm=["sexual"],
        children=[("Inaya Ahmed", "2016-05-05"), ("Musa Ahmed", "2019-12-19")],
        adults=["Rukhsana Ahmed", "Asif Ahmed", "Tariq Ahmed"],
        criteria=["current_investigation"], decision="discuss",
        tags=["layout-103", "oic-update", "district-kirklees", "review", "tick-report",
              "charged-bailed-to-court", "police-not-core-group", "looks-report-only", "wakefield-rules"],
        notes="review: the uncle is charged and on conditional bail to Crown Court for sexual assault of the child - a current police matter (POLICY choice: discuss); police are not in the core group and only a report is asked for",
    ),
))

# ---------------------------------------------------------------- 103-05
CASES.append(Case(
    code="103-05", slug="bradford-transfer-in-lancashire-s1-cypa-interview",
    district="bradford",
    sender=("Lindsey Thackray", "lindsey.thackray@bradford.gov.uk"),
    subject="Transfer In CP Conference - KILNER - Thu 21/01/2027 11am",
    sent="2027-01-14 14:18:02", received="2027-01-14 14:24:37",
    body=T("""
TRANSFER IN CHILD PROTECTION CONFERENCE

Children: Brodie Kilner (DOB 29/02/2020) and Summer Kilner (DOB 13/07/2022)
Mother: Amber Kilner (DOB 31/10/1998)
Previous authority: Lancashire County Council (Burnley) - children subject to CP plans since 02/10/2026, category neglect
Family moved to Bradford (BD3) on 18/12/2026

Date: Thursday 21st January 2027, 11am
Venue: City Hall, Bradford - Committee Room 2 / Teams
Chair: Saima Rauf
Bradford social worker: Jamal Siddique

Information from the originating authority (pasted from the Lancashire transfer summary, 06/01/2027):
"... Police involvement: Lancashire Constabulary (East) are investigating Ms Kilner for child cruelty (neglect) under s1 Children and Young Persons Act 1933 following Brodie's admission to Royal Blackburn Hospital on 24/09/2026 with dehydration and faltering growth. Ms Kilner attended a voluntary interview under caution on 05/01/2027. Investigation ongoing - OIC DC 3309 Whalley, PPU Burnley. Lancashire Police have asked to be kept informed of the family's address in Bradford; a further interview is likely once the paediatric records have been reviewed."

CP plan category: neglect. The children's father is not involved and no details are known.

We would ask West Yorkshire Police to liaise with Lancashire Constabulary so that current information can be shared at the conference.

Kind regards
Lindsey Thackray
Business Support - Conference and Reviewing Service
Bradford Children's Social Care
"""),
    label=dict(
        kind="transfer_in", date="2027-01-21", time="11:00", tick=None, harm=["neglect"],
        children=[("Brodie Kilner", "2020-02-29"), ("Summer Kilner", "2022-07-13")],
        adults=["Amber Kilner"],
        criteria=["wilful_neglect_investigation"], decision="attend",
        tags=["layout-103", "transfer-summary", "district-bradford", "transfer-in", "tick-absent",
              "other-force", "s1-cypa", "wakefield-rules"],
        notes="transfer-in counts as initial; Lancashire police are actively investigating child cruelty (s1 CYPA 1933) - the criterion holds although the force is another one",
    ),
))

# ---------------------------------------------------------------- 103-06
CASES.append(Case(
    code="103-06", slug="wakefield-rcpc-conviction-concluded-police-left-core-group",
    district="wakefield",
    sender=("Mollie Senior", "mollie.senior@wakefield.gov.uk"),
    subject="RCPC - HARTLEY - 14/12/2026 14:00 - CD410983",
    sent="2026-12-10 13:37:48", received="2026-12-10 13:44:21",
    html=False,
    body=T("""
Good afternoon,

Please see the conference details below for the second review child protection conference for Noah Hartley. Apologies that this has come through late - it was sent to the wrong mailbox on 1 December.

Type of conference: Review CPC (second review)
Date: Monday 14th December 2026
Time: 2.00pm
Venue: Microsoft Teams
CareDirector ID: CD410983
Chair: Naveed Anwar
Social worker: Bryony Castle
Category: physical abuse

Noah Hartley - DOB 14/04/2021
Chantelle Hartley - mother - DOB 18/01/2000
Jamie Hartley - father - DOB 07/12/1997 - in custody

Police attendance: not requested - written report sufficient.

Reason / progress:
Review of the child protection plan made in March 2026 after Noah, then four, suffered a broken leg and bruising caused by his father.

Police information (copied from the police report to the last review, with the outcome added by the social worker):
OCC 13/260309/0311 - GBH s20 - IP HARTLEY, Noah - S/O HARTLEY, Jamie (father). Arrested 09/03/2026, charged 30/04/2026, remanded. Trial Leeds Crown Court November 2026.
Outcome: convicted 10/11/2026, sentenced to 3 years 4 months' imprisonment. Mr Hartley is in custody and has no contact with Noah or Chantelle.

Police were members of the core group while the criminal case was live. After sentencing, the core group on 24/11/2026 agreed that the police actions were complete, and police are no longer part of the core group.

Chantelle has engaged well with all parts of the plan, Noah is settled at nursery and his leg has healed well. The social worker will recommend that the plan ends.

Kind regards

Mollie Senior
Business Support Officer, Safeguarding and Review Unit, Wakefield Council
"""),
    label=dict(
        kind="review", date="2026-12-14", time="14:00", tick=False, harm=["physical"],
        children=[("Noah Hartley", "2021-04-14")],
        adults=["Chantelle Hartley", "Jamie Hartley"],
        criteria=["prior_unit_involvement"], decision="report_only",
        tags=["layout-103", "niche-extract", "district-wakefield", "review", "tick-report",
              "deadline-passed", "concluded-prosecution", "former-core-group", "no-review-criterion"],
        notes="prosecution concluded with a prison sentence and police left the core group in November: history only, so a review gets a report; report was due 9 Dec, before receipt",
    ),
))

# ---------------------------------------------------------------- 103-07
CASES.append(Case(
    code="103-07", slug="leeds-icpc-word-strategy-record-nfa-single-agency",
    district="leeds",
    sender=("Megan Tordoff", "megan.tordoff@leeds.gov.uk"),
    subject="Request for ICPC - CARTWRIGHT - 07/01/2027",
    sent="2026-12-29 10:03:20", received="2026-12-29 10:10:06",
    body=T("""
Hi all,

Please find attached the request for an initial child protection conference for Jayden Cartwright. The ISU have booked it for Thursday 7 January 2027 at 09:30 on Teams. Reports to the ISU 24 hours before, please.

Megan

Megan Tordoff
Social Worker | Children and Families | Leeds City Council
"""),
    attachments=[Attachment(
        filename="Request for Conference - CARTWRIGHT.docx", author="Megan Tordoff",
        blocks=[
            ("title", "REQUEST FOR CHILD PROTECTION CONFERENCE"),
            ("p", "Conference type: Initial"),
            ("p", "Date: 07/01/2027     Time: 09:30     Venue: Microsoft Teams"),
            ("p", "Mosaic ID: MOS611930"),
            ("p", "Child: Jayden Cartwright, DOB 03/03/2020, Male, Reception at Calverley Lane Primary"),
            ("p", "Mother: Stephanie Cartwright, DOB 12/12/1995"),
            ("p", "Father: Dale Cartwright, DOB 06/06/1992"),
            ("p", "Category requested: emotional abuse"),
            ("b", "Police attendance required: No     Written report sufficient: Yes"),
            ("h2", "Police information (copied from the strategy discussion record, 16/12/2026)"),
            ("mono", "Strategy discussion 16/12/2026 10:00 - DS 3341 RAFIQ (CPPU), SW M Tordoff, HV (Bramley team)"),
            ("mono", "Niche OCC 13/260811/0622 (11/08/2026) - Assault (common) - IP CARTWRIGHT Jayden"),
            ("mono", "  - S/O CARTWRIGHT Dale. S/O voluntary interview 19/08/2026."),
            ("mono", "  - Outcome 09/10/2026: NFA - evidential difficulties (outcome 15)."),
            ("mono", "No further occurrences since."),
            ("mono", "Decision: single agency s47 (CSC). Criteria for a police investigation not met -"),
            ("mono", "current concerns are emotional harm from parental conflict; no allegation of an offence."),
            ("h2", "Reason for request"),
            ("p", "Jayden is witnessing frequent loud arguments between his parents, both of whom drink heavily at weekends. Nursery report that he is anxious, hides under tables when adults raise their voices and has started biting other children. Stephanie and Dale say the arguments are \"just normal\". There have been no further injuries since August."),
            ("p", "Completed by: Megan Tordoff, Social Worker, 21/12/2026"),
        ])],
    label=dict(
        kind="initial", date="2027-01-07", time="09:30", tick=False, harm=["emotional"],
        children=[("Jayden Cartwright", "2020-03-03")],
        adults=["Stephanie Cartwright", "Dale Cartwright"],
        criteria=["prior_unit_involvement"], decision="report_only",
        tags=["layout-103", "strategy-record", "narrative-docx", "district-leeds", "initial", "tick-report",
              "nfa-history", "single-agency-s47", "received-between-holidays"],
        notes="the August assault investigation ended NFA (prior involvement only, not a Leeds criterion); no escalation; strategy discussion with police and a single-agency s47; written report sufficient",
    ),
))
