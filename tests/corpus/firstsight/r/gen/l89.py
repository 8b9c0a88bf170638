"""Layout 89: business-support emails with no form: sentences and bullet lists by different admin
officers (formal, chatty, terse), signature blocks with dates and phone numbers, disclaimers that
mention criminal offences and safeguarding, earlier meeting dates beside the conference date."""
from common import D

DISCLAIMER_LEEDS = ("This e-mail and any attachments are confidential and may be legally privileged. If you are not the "
                    "intended recipient you must not use, copy or disclose it; doing so may be a criminal offence. "
                    "Leeds City Council is committed to safeguarding children and vulnerable adults. Emails may be monitored.")


def case01():
    body = f"""Dear West Yorkshire Police,

Initial Child Protection Conference - Mia Sheard (DOB 22/05/2013) and Archie Sheard (DOB 10/10/2016)

I am writing on behalf of the Independent Chair to invite you to an Initial Child Protection Conference on Friday 18 December 2026 at 10:00 am at Merrion House, Leeds, Room 3.07.

A strategy meeting was held on 3 December 2026 and Section 47 enquiries have been undertaken jointly with the police following Mia's disclosure that her mother's partner, Darren Ackroyd, has been sexually abusing her. An ABE interview with Mia is planned for 14 December 2026.

The children live with their mother, Stephanie Sheard. Mr Ackroyd has left the home. The children's father, Paul Sheard, has regular contact.

The previous involvement with this family ended with a Child in Need plan closed on 15/03/2025.

Please send your report to the ISU 24 hours before the conference.

Yours sincerely

Patricia Wainwright
Business Support Officer, Integrated Safeguarding Unit
Leeds City Council | Merrion House | 0113 378 9912
Working days: Mon-Thu. Sent 10/12/2026.

{DISCLAIMER_LEEDS}"""
    return {
        "nn": "01", "district": "leeds", "kind": "initial", "short": "formal-joint-s47-abe-planned",
        "received": D(2026, 12, 10, 12, 40), "sender": "patricia.wainwright@leeds.gov.uk", "sender_name": "Patricia Wainwright",
        "subject": "Invitation: ICPC - SHEARD - 18/12/2026",
        "body": body,
        "date": "2026-12-18", "time": "10:00", "tick": None, "harm": ["sexual"],
        "children": [{"name": "Mia Sheard", "date_of_birth": "2013-05-22"}, {"name": "Archie Sheard", "date_of_birth": "2016-10-10"}],
        "adults": ["Stephanie Sheard", "Darren Ackroyd", "Paul Sheard"],
        "criteria": ["current_investigation"],
        "evidence": {"current_investigation": "Section 47 enquiries have been undertaken jointly with the police"},
        "decision": "attend",
        "flags_unscored": ["no_booking_form"],
        "tags": ["body-prose-formal", "joint-s47", "abe-planned", "several-dates", "disclaimer-criminal-offence"],
        "notes": "joint s47 with police and ABE planned for alleged sexual abuse by mother's partner (L1) -> attend; strategy/CIN dates are not the conference date",
    }


def case02():
    body = """Hiya,

Just a quick one to let you know the review conference for the Gill children is booked for Thurs 14th Jan at 1pm - it's on Teams this time (link to follow from me nearer the day).

Kids are:
* Harley Gill - 6 (DOB 25/06/2020)
* Mollie Gill - 3 (DOB 19/12/2023)

Mum is Kayleigh Gill, dad is Lewis Gill, both still at the Eastmoor address.

Reason - it's the 2nd review, plan is under neglect. Last review was 14/07/2026 and the core group met 10/12/2026 - from the core group notes things are ticking along, nothing new to report, no incidents.

Core group is SW, HV, nursery and parents - no police on there.

Report to Kelly (Chair) 3 working days before please.

Cheers!
Lou

Louise Armitage
Business Support Assistant - Child Protection Reviews
Wakefield Council | 01924 307745 | Mob 07700 900612
Annual leave 24/12/2026 - 02/01/2027"""
    return {
        "nn": "02", "district": "wakefield", "kind": "review", "short": "chatty-review-nothing-new",
        "received": D(2027, 1, 4, 8, 15), "sender": "louise.armitage@wakefield.gov.uk", "sender_name": "Louise Armitage",
        "subject": "Gill review - Thurs 14th",
        "body": body,
        "date": "2027-01-14", "time": "13:00", "tick": None, "harm": ["neglect"],
        "children": [{"name": "Harley Gill", "date_of_birth": "2020-06-25"}, {"name": "Mollie Gill", "date_of_birth": "2023-12-19"}],
        "adults": ["Kayleigh Gill", "Lewis Gill"],
        "criteria": [],
        "decision": "report_only",
        "flags_unscored": ["no_booking_form"],
        "tags": ["body-chatty", "review", "no-year-in-date", "core-group-no-police", "leave-dates-in-signature"],
        "notes": "review, core group excludes police, nothing new -> report_only; date given without a year ('Thurs 14th Jan'), leave dates in signature",
    }


def case03():
    body = """ICPC
Child: Maisie Oldroyd, DOB 30/05/2023
Mum: Sophie Oldroyd
Mum's ex-partner: Jake Brearley
Date: 14/01/27
Time: 10:00
Venue: Halifax Town Hall, Room 2
Reason: DA - serious; Jake assaulted Sophie (Maisie present) on 22/12; mum heard at MARAC 30/12/26 high risk; IDVA allocated and working with mum.
Report please by 11/01.

R. Hussain
CP Conference Admin, Calderdale Council
01422 288014

Calderdale Council - confidentiality notice: this email may contain information about criminal offences and safeguarding. Do not forward outside the secure network."""
    return {
        "nn": "03", "district": "calderdale", "kind": "initial", "short": "terse-da-marac-idva",
        "received": D(2027, 1, 5, 10, 5), "sender": "r.hussain@calderdale.gov.uk", "sender_name": "Rukhsana Hussain",
        "subject": "ICPC 14/01 Oldroyd",
        "body": body,
        "date": "2027-01-14", "time": "10:00", "tick": None, "harm": None,
        "children": [{"name": "Maisie Oldroyd", "date_of_birth": "2023-05-30"}],
        "adults": ["Sophie Oldroyd", "Jake Brearley"],
        "criteria": ["domestic_abuse_current_involvement"],
        "evidence": {"domestic_abuse_current_involvement": "mum heard at MARAC 30/12/26 high risk"},
        "decision": "discuss",
        "flags_unscored": ["no_booking_form"],
        "tags": ["body-terse", "da-marac", "calderdale-choice-discuss", "disclaimer-criminal-offences"],
        "notes": "serious DA with MARAC and IDVA: domestic_abuse_current_involvement; Calderdale does not list DA -> discuss (POLICY choice)",
    }


def case04():
    body = """Good afternoon,

PLEASE NOTE: the Initial Child Protection Conference for Lewis Kaye (DOB 07/02/2017) and Ruby Kaye (DOB 18/08/2019), arranged for Monday 21st December 2026 at 10.00am at Huddersfield Town Hall, has been CANCELLED.

The family moved to Lancashire on 14/12/2026 and the case is being transferred to Lancashire County Council, who will decide whether to convene a conference. No further action is required by West Yorkshire Police for this meeting; please do not send a report.

Apologies for any inconvenience.

Kind regards
Conference Support
Kirklees Council Children's Services
Tel 01484 221870"""
    return {
        "nn": "04", "district": "kirklees", "kind": "initial", "short": "cancelled-family-moved",
        "received": D(2026, 12, 16, 13, 0), "sender": "conference.support@kirklees.gov.uk", "sender_name": "Conference Support",
        "subject": "CANCELLED - ICPC - KAYE - 21/12/2026",
        "body": body,
        "date": "2026-12-21", "time": "10:00", "tick": None, "harm": None,
        "children": [{"name": "Lewis Kaye", "date_of_birth": "2017-02-07"}, {"name": "Ruby Kaye", "date_of_birth": "2019-08-18"}],
        "adults": None,
        "criteria": [],
        "decision": "manual_review", "no_deadlines": True,
        "flags_required": ["cancelled"],
        "flags_unscored": ["missing_reason", "missing_family_details", "no_booking_form", "deadline_passed", "late_notice"],
        "tags": ["body-cancellation", "manual-review"],
        "notes": "conference cancelled (family moved out of area) -> manual_review with cancelled",
    }


def case05():
    body = """Hi all

Hope you're well. I've been asked to send out invites for a pre-birth conference:

  - Who: Unborn baby of Chelsea Wood (EDD 28/01/2027); father Nathan Ibbotson
  - When: Wednesday 16 December 2026 at 1.30pm
  - Where: Margaret McMillan Tower, 7th floor (or Teams - let me know)
  - Why: Chelsea's two older children were removed in 2023 and adopted because of neglect. Nathan has previous convictions for violence (2019, served a prison sentence) - there is no current police involvement with either parent. The pre-birth assessment is not yet complete.

The strategy discussion was held with police on 02/12/2026. Please note the birth plan currently says that if the parents try to take the baby out of hospital before the discharge planning meeting, hospital security and police will be called and police protection may be considered.

A written police report would be great - I don't think the Chair needs anyone to attend.

Ta
Gemma

Gemma Rhodes | Conference Business Support | Bradford Children and Families Trust
t: 01274 434 000 ext 3312 | Working hours Mon-Wed
-----
City of Bradford Metropolitan District Council: this message may contain personal data. Misuse of personal data may be a criminal offence under the Data Protection Act 2018. Safeguarding is everyone's responsibility."""
    return {
        "nn": "05", "district": "bradford", "kind": "initial", "pre_birth": True, "short": "chatty-prebirth-hypothetical-pp",
        "received": D(2026, 12, 7, 11, 10), "sender": "gemma.rhodes@bradford.gov.uk", "sender_name": "Gemma Rhodes",
        "subject": "Pre-birth CPC invite - Wood/Ibbotson - 16/12",
        "body": body,
        "date": "2026-12-16", "time": "13:30", "tick": None, "harm": ["neglect"],
        "children": None,
        "adults": ["Chelsea Wood", "Nathan Ibbotson"],
        "criteria": [],
        "decision": "report_only",
        "flags_unscored": ["no_booking_form"],
        "tags": ["body-bullets-chatty", "pre-birth", "hypothetical-police-protection", "strategy-discussion-distractor", "no-current-police", "disclaimer-criminal-offence"],
        "notes": "police protection only hypothetical in the birth plan; violence 2019 historical with no current involvement; no tick -> report_only. Children unscored (unborn only)",
    }


def case06():
    body = """To: WYP CSU Wakefield

ICPC - Wednesday 20/01/2027, 9.30am, Wakefield One Room 2

Young person: Chloe Pearson, 14 (DOB 01/09/2012)
Mother: Lisa Pearson. Stepfather: Mark Denton.
Grandmother (weekends): Irene Pearson.

Reason for conference: Chloe is assessed as being at high risk of child sexual exploitation. She has been picked up from school by unknown adult males in cars, has had three missing episodes since November and images of her were shared by an adult male on Snapchat. She is open to the Risk and Vulnerability team (previously the CSE team).

Strategy meeting 07/01/2027. Last contact with family 11/01/2027.

SRU Admin - Wakefield Council
Tel 01924 306622

**********************************************************************
Wakefield Council: this email and its attachments are intended for the addressee only. If you have received it in error you must not disclose it - unauthorised disclosure may be an offence.
**********************************************************************"""
    return {
        "nn": "06", "district": "wakefield", "kind": "initial", "short": "terse-cse-high-risk",
        "received": D(2027, 1, 13, 8, 35), "sender": "sru.admin@wakefield.gov.uk", "sender_name": "SRU Admin",
        "subject": "ICPC PEARSON 20/01/2027 0930",
        "body": body,
        "date": "2027-01-20", "time": "09:30", "tick": None, "harm": ["sexual"],
        "children": [{"name": "Chloe Pearson", "date_of_birth": "2012-09-01"}],
        "adults": ["Lisa Pearson", "Mark Denton", "Irene Pearson"],
        "criteria": ["child_sexual_exploitation"],
        "evidence": {"child_sexual_exploitation": "high risk of child sexual exploitation"},
        "decision": "attend",
        "flags_unscored": ["no_booking_form"],
        "tags": ["body-terse", "cse", "wakefield-w5", "several-dates"],
        "notes": "CSE high risk stated in prose (W5) -> attend; strategy meeting and last contact dates beside the conference date",
    }


def case07():
    body = f"""Dear colleagues,

Review Child Protection Conference - Zara Ahmed (DOB 14/04/2018)

This is advance notice that the next review conference for Zara is due in the week commencing 18 January 2027. The Chair's diary is not yet confirmed, so the date and time are still to be arranged - a formal invitation with the date, time and venue will follow once agreed.

Please do not book anything yet.

Parents: Nadia Ahmed and Tariq Ahmed. Plan category: emotional harm. Previous review 21/07/2026.

Kind regards

Amir Latif
Business Support, Integrated Safeguarding Unit, Leeds City Council
0113 378 4411

{DISCLAIMER_LEEDS}"""
    return {
        "nn": "07", "district": "leeds", "kind": "review", "short": "advance-notice-no-date",
        "received": D(2026, 12, 11, 15, 25), "sender": "amir.latif@leeds.gov.uk", "sender_name": "Amir Latif",
        "subject": "Advance notice - RCPC Ahmed - w/c 18/01/2027 (date TBC)",
        "body": body,
        "date": None, "time": None, "tick": None, "harm": ["emotional"],
        "children": [{"name": "Zara Ahmed", "date_of_birth": "2018-04-14"}],
        "adults": ["Nadia Ahmed", "Tariq Ahmed"],
        "criteria": [],
        "decision": "manual_review", "no_deadlines": True,
        "flags_required": ["missing_conference_date"],
        "flags_unscored": ["no_booking_form", "missing_reason", "not_an_invitation"],
        "tags": ["body-formal", "date-tbc", "week-commencing-not-a-date", "manual-review"],
        "notes": "'week commencing 18 January 2027' with the date 'still to be arranged': no conference date -> missing_conference_date -> manual_review",
    }


CASES = [case01, case02, case03, case04, case05, case06, case07]
