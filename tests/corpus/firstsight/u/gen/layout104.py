"""Layout 104 - look-alike meetings mixed with real conferences under unusual titles."""
from common import Attachment, Case, T

CASES = []

NOT_INV = dict(kind=None, date=None, time=None, tick=None, harm=None, not_an_invitation=True,
               decision="manual_review")

# ---------------------------------------------------------------- 104-01
CASES.append(Case(
    code="104-01", slug="bradford-strategy-meeting-invite-not-conference",
    district="bradford",
    sender=("Hollie Dyer", "hollie.dyer@bradford.gov.uk"),
    subject="Strategy Meeting - WARD - Thurs 10/12/2026 09:30 - Teams",
    sent="2026-12-09 15:30:12", received="2026-12-09 15:36:49",
    body=T("""
Good afternoon,

I would like to invite you to a multi-agency strategy meeting under section 47 of the Children Act 1989. Please note this is not a child protection conference.

Children: Ella Ward (DOB 02/03/2017) and Jack Ward (DOB 15/10/2020)
Mother: Natasha Ward
Mother's partner: Craig Fenton
Date: Thursday 10 December 2026, 9.30am (Microsoft Teams - link below)
Chair: Kerry Lodge, Team Manager, Initial Response Team

Reason: This morning Ella told her class teacher that Craig slapped her across the face last night because she would not turn the TV off. School saw redness to her left cheek. Ella said Jack "gets it too".

The meeting will share information and decide whether a section 47 enquiry is needed, whether it should be a joint enquiry with the police, whether a child protection medical is needed, and whether the threshold for an initial child protection conference is met. An officer from the Bradford District Safeguarding Unit has been invited as part of the strategy discussion.

Please bring any information your agency holds on the family.

Join on Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_QmFkZm9yZFN0cmF0MTAxMg%40thread.v2/0

Thanks
Hollie

Hollie Dyer | Social Worker | Initial Response Team | Bradford Children's Social Care
"""),
    label=dict(
        **NOT_INV,
        children=[("Ella Ward", "2017-03-02"), ("Jack Ward", "2020-10-15")],
        adults=["Natasha Ward", "Craig Fenton"],
        criteria=[],
        tags=["layout-104", "lookalike", "strategy-meeting", "district-bradford", "not-an-invitation"],
        notes="a strategy meeting invitation, not a conference: manual_review with not_an_invitation; a strategy discussion with police is not evidence of an investigation and the conference is only hypothetical",
    ),
))

# ---------------------------------------------------------------- 104-02
CASES.append(Case(
    code="104-02", slug="kirklees-icpcc-title-police-protection-agreed-attendance",
    district="kirklees",
    sender=("Lauren Haigh", "lauren.haigh@kirklees.gov.uk"),
    subject="ICPCC - RAMSDEN/BALDWIN - 06.01.2027 10:00",
    sent="2026-12-21 15:12:40", received="2026-12-21 15:19:03",
    marking=True,
    body=T("""
OFFICIAL - SENSITIVE

INITIAL CHILD PROTECTION CASE CONFERENCE (ICPCC)

Children: Macy Ramsden (DOB 14/08/2022), Kobe Baldwin (DOB 01/11/2024)
Mother: Kerry Ramsden
Father of Kobe: Tyrone Baldwin
Father of Macy: not known to the local authority

Date: Wednesday 6th January 2027
Time: 10.00am
Venue: Civic Centre 1, Huddersfield - Room 5 / Teams
Chair: Deborah Illingworth
Category: neglect

Background and reason for ICPCC
On the night of 12/13 December 2026 officers attended the family's flat in Dewsbury after a neighbour reported children crying for several hours. Macy (4) and Kobe (2) were found alone; the flat was cold, there was no food and Kobe's nappy had not been changed for many hours. Ms Ramsden could not be contacted. The officers took both children into police protection under section 46 Children Act 1989 and they were placed with their maternal aunt overnight. Ms Ramsden returned at 07:40 and said she had been at a friend's.

The children went home on 15/12/2026 under a written agreement, with their aunt staying at the flat. A legal planning meeting was held on 18/12/2026: an application for an Emergency Protection Order was considered and not pursued, as the threshold for proceedings was not met at that stage.

At the professionals' meeting this morning it was confirmed that the chair has spoken with DI Sarah Hurst (Kirklees Safeguarding Unit) and it has been agreed that police will attend this conference.

A family group conference has been requested and will be arranged in the new year.

Please send your report to the Child Protection Conference Team by 31/12/2026.

Lauren Haigh
Child Protection Conference Team | Kirklees Council
"""),
    label=dict(
        kind="initial", date="2027-01-06", time="10:00", tick=None, harm=["neglect"],
        children=[("Macy Ramsden", "2022-08-14"), ("Kobe Baldwin", "2024-11-01")],
        adults=["Kerry Ramsden", "Tyrone Baldwin"],
        criteria=["police_protection", "negotiated_attendance"], decision="attend",
        tags=["layout-104", "unusual-title-icpcc", "district-kirklees", "initial", "tick-absent",
              "police-protection", "epo-not-pursued", "chair-di-agreed", "bank-holidays", "wakefield-rules"],
        notes="real initial conference under the title ICPCC; conference arises from s46 police protection and the chair and DI agreed attendance; the EPO and legal planning meeting are not police protection",
    ),
))

# ---------------------------------------------------------------- 104-03
CASES.append(Case(
    code="104-03", slug="wakefield-core-group-meeting-invite-not-conference",
    district="wakefield",
    sender=("Niamh O'Rourke", "niamh.orourke@wakefield.gov.uk"),
    subject="Core Group Meeting - GREENWOOD - Tuesday 05/01/2027 10am",
    sent="2026-12-17 16:20:25", received="2026-12-17 16:27:11",
    html=False,
    body=T("""
Hi everyone,

Following the Initial Child Protection Conference on 15 December, Olivia and Harry Greenwood are subject to child protection plans under the category of physical abuse. The first core group meeting will take place on:

Tuesday 5th January 2027, 10am
Eastfield Family Hub, Room 2 (or Teams if you can't get there)

Olivia Greenwood, DOB 11/06/2018
Harry Greenwood, DOB 03/03/2021

Core group members (as agreed at conference):
Niamh O'Rourke - social worker
Rachel Greenwood - mother
Mark Greenwood - father
PC Liam Earnshaw - Wakefield Child Safeguarding Unit
Health visitor - Normanton team
Olivia's class teacher and the DSL, Eastfield Junior School

Police actions from the plan: PC Earnshaw to update the core group on the investigation (Mr Greenwood remains released under investigation) and to carry out joint visits with me.

The plan was circulated on 17/12. Please bring your updates on your actions.

Thanks
Niamh

Niamh O'Rourke
Social Worker, Child Protection Team (North) | Wakefield Council
"""),
    label=dict(
        **NOT_INV,
        children=[("Olivia Greenwood", "2018-06-11"), ("Harry Greenwood", "2021-03-03")],
        adults=["Rachel Greenwood", "Mark Greenwood"],
        criteria=["core_group_member", "current_investigation"],
        tags=["layout-104", "lookalike", "core-group-meeting", "district-wakefield", "not-an-invitation"],
        notes="a core group meeting, not a conference: manual_review with not_an_invitation although it names police as core group members and an RUI",
    ),
))

# ---------------------------------------------------------------- 104-04
CASES.append(Case(
    code="104-04", slug="calderdale-rcpc-title-conference-to-consider-planning-cse",
    district="calderdale",
    sender=("Joanne Riley", "joanne.riley@calderdale.gov.uk"),
    subject="Conference to consider child protection planning - ACKROYD - 26/01/2027",
    sent="2027-01-15 11:05:47", received="2027-01-15 11:12:20",
    body=T("""
Dear colleague,

You are invited to a conference to consider child protection planning for Skye Ackroyd (DOB 22/02/2011). This is Skye's second review conference: her child protection plan was made at the initial conference on 15/07/2026 and reviewed on 14/10/2026.

Date: Tuesday 26 January 2027
Time: 10.00am
Venue: Northgate House, Halifax - Room 1.14 / MS Teams
Independent Chair: Winston Adebayo-Clarke
Social worker: Poppy Marshall
Category of plan: neglect
Mother: Lisa Ackroyd

Significant events since the last conference:
On 3 January 2027 Skye was missing from home for 30 hours. She was found by police in a flat in Halifax town centre with two men in their thirties who had given her vodka and cannabis. The CSE risk assessment was updated on 07/01/2027 and Skye is now assessed as at high risk of child sexual exploitation. She has been referred to the Calderdale Exploitation Hub, and the police exploitation team are aware.

Police have not been members of the core group. Lisa has asked for a family group conference, which is being arranged for February.

Please send your report to Child Protection Administration by secure email.

Regards

Joanne Riley
Child Protection Administration
Calderdale Council
"""),
    label=dict(
        kind="review", date="2027-01-26", time="10:00", tick=None, harm=["neglect"],
        children=[("Skye Ackroyd", "2011-02-22")],
        adults=["Lisa Ackroyd"],
        criteria=["child_sexual_exploitation"], decision="discuss",
        tags=["layout-104", "unusual-title", "district-calderdale", "review", "tick-absent", "cse-link"],
        notes="a second review titled 'conference to consider child protection planning'; a new CSE link is Calderdale's compelling reason -> discuss; the family group conference is a side mention",
    ),
))

# ---------------------------------------------------------------- 104-05
CASES.append(Case(
    code="104-05", slug="leeds-child-in-need-review-after-plan-ended",
    district="leeds",
    sender=("Esther Quaye", "esther.quaye@leeds.gov.uk"),
    subject="Child in Need Review Meeting - MENSAH - 19/01/2027 3.30pm",
    sent="2027-01-11 13:40:09", received="2027-01-11 13:46:52",
    body=T("""
Dear all,

Kofi Mensah (DOB 21/08/2014) and Ama Mensah (DOB 07/03/2018)
Parents: Abena Mensah and Kwame Mensah

At the Review Child Protection Conference on 30 November 2026 the conference agreed that Kofi and Ama no longer need child protection plans, and they are now supported under a child in need plan. You are invited to the first Child in Need review meeting:

Tuesday 19 January 2027 at 3.30pm, Beckhill Family Hub, Meeting Room 1

This is not a child protection conference and police attendance is not expected. If you hold any new information about the family, please let me know before the meeting.

Kind regards
Esther Quaye
Social Worker | Children and Families | Leeds City Council
"""),
    label=dict(
        **NOT_INV,
        children=[("Kofi Mensah", "2014-08-21"), ("Ama Mensah", "2018-03-07")],
        adults=["Abena Mensah", "Kwame Mensah"],
        criteria=[],
        tags=["layout-104", "lookalike", "cin-review", "district-leeds", "not-an-invitation"],
        notes="a child in need review after the plan ended, not a conference: manual_review with not_an_invitation",
    ),
))

# ---------------------------------------------------------------- 104-06
CASES.append(Case(
    code="104-06", slug="leeds-initial-cp-meeting-title-historic-marac-report-only",
    district="leeds",
    sender=("Rebecca Oldfield", "rebecca.oldfield@leeds.gov.uk"),
    subject="Initial Child Protection Meeting - THORNTON - Fri 18th Dec 1pm",
    sent="2026-12-07 08:52:33", received="2026-12-07 09:00:14",
    html=False,
    body=T("""
Hello

I've been asked to let you know that an initial child protection meeting (the ISU call it an ICPC) has been arranged for Finley and Grace Thornton:

Friday 18th December 2026, 1pm - Microsoft Teams
Chair: Paul Hebblethwaite

Finley Thornton, DOB 10/10/2015
Grace Thornton, DOB 26/06/2018
Mum: Hayley Thornton (sole carer)
Category: neglect

Concerns: Finley has eight decayed teeth and has been in pain for months; two dental appointments and one hospital appointment for extractions have been missed. Grace's eczema is infected and her prescribed creams have not been collected. The house is very cluttered and both children often arrive at school hungry. Hayley works two part-time jobs and says she has no time.

Background: Hayley and the children moved to Leeds from Sheffield in 2023 to get away from her previous partner. She was heard at Sheffield MARAC in 2022 while she was living with him. He has no contact with Hayley or the children, does not know where they live, and is not the father of either child. The Leeds DV co-ordinator closed Hayley's case in 2023 and there have been no domestic incidents since she moved. Police have not been involved with the family in Leeds.

Police: written report will be sufficient - attendance not required.

Thanks
Rebecca Oldfield
Social Worker, Children and Families, Leeds City Council
"""),
    label=dict(
        kind="initial", date="2026-12-18", time="13:00", tick=False, harm=["neglect"],
        children=[("Finley Thornton", "2015-10-10"), ("Grace Thornton", "2018-06-26")],
        adults=["Hayley Thornton"],
        criteria=[], decision="report_only",
        tags=["layout-104", "unusual-title", "district-leeds", "initial", "tick-report",
              "historic-marac", "dv-coordinator-closed", "no-criterion"],
        notes="real initial conference called an 'initial child protection meeting'; MARAC in 2022 and a DV co-ordinator case closed in 2023 are history with an ex-partner out of the picture",
    ),
))

# ---------------------------------------------------------------- 104-07
CASES.append(Case(
    code="104-07", slug="wakefield-icpc-minutes-and-plan-distribution",
    district="wakefield",
    sender=("Dawn Kaye", "dawn.kaye@wakefield.gov.uk"),
    subject="Record of Initial CP Conference 10/12/2026 and CP Plan - BRADSHAW",
    sent="2027-01-13 10:25:51", received="2027-01-13 10:32:18",
    marking=True,
    body=T("""
Dear all,

Please find attached the record of the Initial Child Protection Conference held on Thursday 10 December 2026 for Lewis Bradshaw, together with the child protection plan. Please check the record and let me know of any factual inaccuracies within 10 working days.

The first core group was held on 18/12/2026. The first review conference has been provisionally booked for Thursday 11 March 2027 at 10.00am at Wakefield One; a formal invitation and booking form will be sent nearer the time.

Regards

Dawn Kaye
Minute Taker, Safeguarding and Review Unit, Wakefield Council
"""),
    attachments=[Attachment(
        filename="ICPC record and CP plan - BRADSHAW 10.12.26.docx", author="Dawn Kaye",
        blocks=[
            ("title", "Record of Initial Child Protection Conference"),
            ("p", "OFFICIAL-SENSITIVE"),
            ("p", "Child: Lewis Bradshaw (DOB 19/02/2019)"),
            ("p", "Parents: Sophie Bradshaw and Nathan Bradshaw"),
            ("p", "Date of conference: 10/12/2026     Chair: Anjali Mistry"),
            ("p", "Present: Anjali Mistry (chair), Sophie Bradshaw, Nathan Bradshaw, Leah Firth (social worker), Jenny Coates (health visitor), Sam Ibbotson (class teacher), DC Paul Rowntree (Wakefield CSU), Dawn Kaye (minutes)"),
            ("h2", "Summary of discussion"),
            ("p", "Police have been called to the family home three times since August because of arguments between Sophie and Nathan; Lewis was present each time. DC Rowntree reported that the incidents were assessed as standard risk and no offences were recorded. Lewis's school report that he is withdrawn and wets himself when there is shouting at home."),
            ("h2", "Decision"),
            ("p", "Lewis is to be made subject to a child protection plan under the category of emotional abuse."),
            ("h2", "Outline child protection plan"),
            ("p", "Core group membership: Leah Firth (social worker), Sophie and Nathan Bradshaw, health visitor, school DSL, PC Joanne Tolson (Wakefield CSU)."),
            ("p", "Police actions: PC Tolson to attend core groups and to share any police call-outs to the address with the social worker within 24 hours."),
            ("p", "Parents to attend the Family Relationships programme; social worker to see Lewis alone every two weeks."),
            ("p", "Next review: 11/03/2027 at 10:00, Wakefield One."),
        ])],
    label=dict(
        **NOT_INV,
        children=[("Lewis Bradshaw", "2019-02-19")],
        adults=["Sophie Bradshaw", "Nathan Bradshaw"],
        criteria=["core_group_member"],
        tags=["layout-104", "lookalike", "minutes-plan", "district-wakefield", "not-an-invitation"],
        notes="record and plan of a past ICPC with a provisional review date: not an invitation (manual_review) although it names a police core group member",
    ),
))
