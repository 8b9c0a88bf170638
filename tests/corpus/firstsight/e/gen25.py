"""Layout 25: plain-text emails written by a social worker in a hurry - no form, prose and "-"/"*" bullets,
abbreviations, informal dates/times, replies and forwards with ">"-quoted earlier text."""
from lib import all_texts, london, make_label, new_message, write_case

CASES = []


def case(f):
    CASES.append(f)
    return f


def build(name, c, label_kw):
    msg = new_message(frm=c["from"], subject=c["subject"], sent=c["sent"], received=c["received"],
                      sender_host=c["host"], dmarc_domain=c["domain"], cc=c.get("cc"), extra=c.get("extra"))
    msg.set_content(c["body"])
    lab = make_label(received=c["received"], source_texts=all_texts(msg), **label_kw)
    write_case(name, msg, lab)


@case
def c01():
    body = """Hi all / CPPU,

Sorry for the short notice on this one - chair only confirmed the slot this afternoon. ICPC is booked for Mon 21/12 at 2.30pm, Wakefield One room 3.14 (or Teams if you can't get in).

Children:
- Tyler Shaw d.o.b. 03.04.19
- Ruby Shaw d.o.b. 14.06.21

Mum - Chantelle Shaw, d.o.b. 22.10.97
Dad - Ryan Kaye, d.o.b. 01.01.95 (lives at the address)

Reason for conf: neglect. Police attended on 09/12 after Ruby was found wandering on the A638 in just a nappy at 7am. House in a very poor state, no food in, dog mess throughout.

Both parents were arrested for child cruelty (wilful neglect, s1 CYPA 1933) and have been bailed - DC Firth from the CSU is OIC and the investigation is active.

Kids are with PGM under s20 at the mo.

Police attendance would be really appreciated given the investigation.

Thanks
Kelly

Kelly Brannigan
Social Worker | Assessment Team 2 | Wakefield Council
07700 900412
"""
    c = {"from": "Kelly Brannigan <kelly.brannigan@wakefield.gov.uk>", "host": "mail1.wakefield.gov.uk", "domain": "wakefield.gov.uk",
         "cc": "Safeguarding and Review Unit <sgru.bookings@wakefield.gov.uk>",
         "subject": "URGENT - ICPC Mon 21/12 2.30pm - Shaw children", "body": body,
         "sent": london(2026, 12, 17, 16, 38), "received": london(2026, 12, 17, 16, 40)}
    build("e-25-01-wakefield-icpc-prose-wilful-neglect-late-attend", c, dict(
        district="wakefield", kind="initial", pre_birth=False, date="2026-12-21", time="14:30", tick=None,
        harm=["neglect"], children=[("Tyler Shaw", "2019-04-03"), ("Ruby Shaw", "2021-06-14")],
        adults=["Chantelle Shaw", "Ryan Kaye"], criteria=["wilful_neglect_investigation"], decision="attend",
        unscored=["no_booking_form"],
        tags=["plain-prose", "bullets", "abbreviations", "district-wakefield", "initial", "tick-absent", "wilful-neglect", "late-notice", "deadline-passed", "date-without-year", "other-date-near"],
        notes="Wakefield ICPC: active police investigation of child cruelty/wilful neglect (s1 CYPA 1933), parents bailed -> wilful_neglect_investigation (W3) -> attend. Received Thu 17/12 for Mon 21/12: 2 WD notice (late), report due Wed 16/12 already passed."))


@case
def c02():
    body = """Hi CPPU - forwarding the below as I don't think you were on the original distribution list.

Quick update since the last conf in Sept:
* dad (Javed Akhtar) was arrested 30/11 for DA against mum (non-fatal strangulation) - bailed, conditions not to contact mum or go to the address
* DASH high, MARAC referral done, IDVA allocated to mum
* Bilal and Sana weren't physically hurt but were in the house at the time

Police aren't core group members but I'd really appreciate someone attending if poss given the above. Happy to discuss.

Ta
Saima

Saima Qureshi
Social Worker | Children and Families | Leeds City Council
0113 378 6012

-----Original Message-----
> From: Leeds ISU Conference Bookings <isu.conferencebookings@leeds.gov.uk>
> Sent: 24 November 2026 09:02
> To: Saima Qureshi; Farzana Hussain; Leeds Children's Health; Harehills Primary
> Subject: RCPC Hussain/Akhtar - Thurs 17th Dec
>
> Review Child Protection Conference
> Children: Bilal Hussain (12/03/2014), Sana Hussain (05/09/2017)
> Parents: Farzana Hussain (mother), Javed Akhtar (father)
> Date: Thursday 17th December 2026, 10am, Merrion House
> Category: emotional abuse
> Chair: Janet Oduya
>
> Reports to the ISU 24 hours before please.
"""
    c = {"from": "Saima Qureshi <saima.qureshi@leeds.gov.uk>", "host": "mail.leeds.gov.uk", "domain": "leeds.gov.uk",
         "subject": "FW: RCPC Hussain/Akhtar - Thurs 17th Dec", "body": body,
         "sent": london(2026, 12, 1, 11, 12), "received": london(2026, 12, 1, 11, 15)}
    build("e-25-02-leeds-rcpc-forward-quoted-da-bail-discuss", c, dict(
        district="leeds", kind="review", pre_birth=False, date="2026-12-17", time="10:00", tick=None,
        harm=["emotional"], children=[("Bilal Hussain", "2014-03-12"), ("Sana Hussain", "2017-09-05")],
        adults=["Farzana Hussain", "Javed Akhtar"], criteria=["domestic_abuse_current_involvement"], decision="discuss",
        unscored=["no_booking_form"],
        tags=["plain-forward", "quoted-original", "bullets", "district-leeds", "review", "tick-absent", "da-bail-marac-idva", "earlier-sent-date"],
        notes="Leeds review, police not in core group; father bailed for DA on mother, MARAC and IDVA -> domestic_abuse_current_involvement -> discuss (POLICY 3). Assault was on the mother, not the children. Received 01/12 (forward) not 24/11: 12 WD notice."))


@case
def c03():
    body = """Hi

RCPC for Jayden Sowerby (d.o.b. 01.02.16) is Weds 9th Dec at 1.30pm, Elland Town Hall.

Mum - Nicola Sowerby. Dad - Craig Sowerby (separated, dad has contact Saturdays).

Category is emotional harm. Really positive progress since the ICPC in Sept - both parents completed the parenting course, school report Jayden much more settled. I'll be recommending step down to CIN.

There's been no police involvement since the ICPC and police aren't in the core group. FYI dad was arrested back in 2020 for an assault on Jayden but it was NFA'd.

Just need a written update from you please - no need to attend.

Cheers
Sophie

Sophie Ingham
Social Worker, Safeguarding Team North
Calderdale Council
"""
    c = {"from": "Sophie Ingham <sophie.ingham@calderdale.gov.uk.cjsm.net>", "host": "relay2.cjsm.net",
         "domain": "calderdale.gov.uk.cjsm.net",
         "subject": "RCPC Weds 9th Dec - Sowerby", "body": body,
         "sent": london(2026, 11, 30, 8, 1), "received": london(2026, 11, 30, 8, 5)}
    build("e-25-03-calderdale-cjsm-rcpc-prose-historic-nfa-report-only", c, dict(
        district="calderdale", kind="review", pre_birth=False, date="2026-12-09", time="13:30", tick=None,
        harm=["emotional"], children=[("Jayden Sowerby", "2016-02-01")],
        adults=["Nicola Sowerby", "Craig Sowerby"], criteria=["prior_unit_involvement"], decision="report_only",
        unscored=["no_booking_form"],
        tags=["plain-prose", "cjsm", "district-calderdale", "review", "tick-absent", "historic-nfa", "surname-is-place"],
        notes="Calderdale review via CJSM: 2020 arrest NFA is historical (prior_unit_involvement, which matters for Calderdale initials only); no police involvement, not in core group -> report_only (POLICY 3)."))


@case
def c04():
    body = """Afternoon,

Can I book police in for an ICPC please - Tues 22/12 at 10.00am, Batley Town Hall.

Child: Mason Brierley, d.o.b. 02/05/24
Mum: Courtney Brierley (d.o.b. 19/08/2004)
Dad: Liam Ashworth (d.o.b. 11/03/2001) - not in household, sees Mason at his mum's

What happened:
- Sat 12/12 neighbours heard Mason crying for hours, police forced entry at approx 14:30hrs and found him alone in the flat
- Mason was placed on a PPO and taken to emergency foster carers; mum turned up at 18:00hrs saying she'd "popped out"
- PPO ended Mon 14/12 and he's now with MGM under a s20

Mum's brother is a PPO nominal but he isn't in the household and has no contact with Mason.

Category will be neglect.

Thanks,
Ross

Ross Haigh
Social Worker - Duty and Assessment
Kirklees Council
01484 414960
"""
    c = {"from": "Ross Haigh <ross.haigh@kirklees.gov.uk>", "host": "mail.kirklees.gov.uk", "domain": "kirklees.gov.uk",
         "subject": "ICPC Tues 22/12 - BRIERLEY", "body": body,
         "sent": london(2026, 12, 15, 14, 28), "received": london(2026, 12, 15, 14, 31)}
    build("e-25-04-kirklees-icpc-prose-ppo-both-meanings-attend", c, dict(
        district="kirklees", kind="initial", pre_birth=False, date="2026-12-22", time="10:00", tick=None,
        harm=["neglect"], children=[("Mason Brierley", "2024-05-02")],
        adults=["Courtney Brierley", "Liam Ashworth"], criteria=["police_protection"], decision="attend",
        unscored=["no_booking_form"],
        tags=["plain-prose", "bullets", "district-kirklees", "initial", "tick-absent", "ppo-police-protection", "ppo-prolific-offender-trap", "times-hrs"],
        notes="Kirklees ICPC (Wakefield rules): child 'placed on a PPO' after police found him alone -> police_protection (W4) -> attend. 'PPO nominal' (uncle, no contact) is a prolific offender, not police protection."))


@case
def c05():
    body = """Hello,

Just flagging the RCPC for Nimco Abdi (d.o.b 22/01/2011) - it's Mon 14.12.26 @ 14:30hrs at City Hall, Bradford. Sorry it's tight, admin only sent the invites out today.

Mum: Hawa Abdi
Stepdad: Abdullahi Farah

Since the last conf (Sept):
- Nimco has been missing 4 times since Oct, twice found in cars with older males in Keighley
- CSE risk assessment re-done 01/12 - now HIGH. She's been discussed at the CSE hub and CSE is a live concern.
- no CCE concerns, and there have been no DV incidents at home

Police aren't core group members at the moment but given the above I think we need someone there.

Thanks
Amina

Amina Yusuf
Social Worker | Keighley Locality Team
Children's Social Care | City of Bradford MDC
"""
    c = {"from": "Amina Yusuf <amina.yusuf@bradford.gov.uk>", "host": "mail.bradford.gov.uk", "domain": "bradford.gov.uk",
         "subject": "RCPC 14.12.26 Nimco ABDI", "body": body,
         "sent": london(2026, 12, 9, 9, 27), "received": london(2026, 12, 9, 9, 30)}
    build("e-25-05-bradford-rcpc-prose-cse-discuss", c, dict(
        district="bradford", kind="review", pre_birth=False, date="2026-12-14", time="14:30", tick=None,
        harm=None, children=[("Nimco Abdi", "2011-01-22")],
        adults=["Hawa Abdi", "Abdullahi Farah"], criteria=["child_sexual_exploitation"], decision="discuss",
        unscored=["no_booking_form"],
        tags=["plain-prose", "bullets", "district-bradford", "review", "tick-absent", "cse-review", "negated-cce-dv", "somali-names", "report-due-equals-received"],
        notes="Bradford review (Wakefield rules): CSE a live concern, police not in core group -> child_sexual_exploitation -> discuss (POLICY 3). Report due 09/12 = day received, not passed."))


@case
def c06():
    body = """Please see below from the allocated SW - pre-birth ICPC now booked. Chair: Beverley Stansfield.

Thanks, Dawn
CP Administration, Calderdale Council, 01422 393311

> From: Liam O'Driscoll
> Sent: 08 January 2027 16:55
> To: CP Administration
> Subject: pre birth conf - Murray
>
> Hi Dawn, can you book a pre-birth ICPC for Wed 20th Jan 10am please, Todmorden Community College (Kirsty can't travel to Halifax).
>
> Unborn baby Murray - EDD 14.03.27
> Mum: Kirsty Murray, 17, d.o.b. 30/06/2009 - was on a CP plan herself as a child
> Dad: Sean Doyle, d.o.b. 02/10/2005
>
> Concerns: mum's age and lack of support, poor engagement with the midwife, emotional harm / neglect risk.
> Police checks came back no trace for both. Sean is not known to police and there has been no DV.
> Birth plan (draft): if the parents try to leave hospital with the baby before the discharge planning meeting, police protection may be considered.
>
> Invites to police, midwife, HV and Kirsty's leaving care PA please.
> Liam
"""
    c = {"from": "CP Administration <cp.administration@calderdale.gov.uk>", "host": "mail.calderdale.gov.uk", "domain": "calderdale.gov.uk",
         "subject": "FW: pre birth conf - Murray", "body": body,
         "sent": london(2027, 1, 11, 9, 58), "received": london(2027, 1, 11, 10, 0)}
    build("e-25-06-calderdale-prebirth-forward-quoted-report-only", c, dict(
        district="calderdale", kind="initial", pre_birth=True, date="2027-01-20", time="10:00", tick=None,
        harm=None, children=[("Unborn baby Murray", None)],
        adults=["Kirsty Murray", "Sean Doyle"], criteria=[], decision="report_only",
        unscored=["no_booking_form", "missing_family_details"],
        tags=["plain-forward", "quoted-original", "district-calderdale", "pre-birth", "initial", "tick-absent", "hypothetical-police-protection", "checks-no-trace", "irish-names"],
        notes="Calderdale pre-birth ICPC: police checks no trace, no DV, no previous police involvement; police protection only hypothetical in the birth plan -> no criterion -> report_only (POLICY 2)."))


@case
def c07():
    body = """Hi DC Hirst,

Thanks for your report, it was shared at conference on Wednesday.

Outcome: both children (Filip and Zofia Kowalski) were made subject to CP plans under the category of neglect.
- First core group: Tues 15/12 at 10am at St Michael's - police not needed at core group
- Review conf will be 02.03.27 at 10am, invite to follow from SGRU

Thanks again for getting it to us in time.

Nadia

Nadia Rashid
Social Worker | Wakefield Council

-----Original Message-----
> From: DC 4417 Hirst <cppu.conferences@westyorkshire.police.uk>
> Sent: 30 November 2026 12:14
> To: Nadia Rashid
> Subject: Police report - ICPC Kowalski 02/12/2026
>
> Please find attached the police report for the ICPC on 02/12/2026. OFFICIAL-SENSITIVE.
> Regards, DC Hirst, Wakefield Child Safeguarding Unit
"""
    c = {"from": "Nadia Rashid <nadia.rashid@wakefield.gov.uk>", "host": "mail1.wakefield.gov.uk", "domain": "wakefield.gov.uk",
         "subject": "RE: Police report - ICPC Kowalski 02/12/2026", "body": body,
         "extra": {"In-Reply-To": "<a91be3c0ff@westyorkshire.police.uk>"},
         "sent": london(2026, 12, 8, 15, 44), "received": london(2026, 12, 8, 15, 47)}
    build("e-25-07-wakefield-reply-outcome-not-invitation", c, dict(
        district="wakefield", kind=None, pre_birth=None, date=None, time=None, tick=None,
        harm=None, children=None, adults=None, criteria=[], decision="manual_review",
        required=["not_an_invitation"], deadlines_scored=False,
        unscored=["no_booking_form", "missing_family_details", "missing_reason", "missing_conference_date", "tickbox_ambiguous"],
        tags=["plain-reply", "quoted-original", "district-wakefield", "not-an-invitation", "outcome-letter", "future-review-date-trap"],
        notes="A reply giving the conference outcome and a future review date, not an invitation -> manual_review with not_an_invitation (POLICY 1)."))


if __name__ == "__main__":
    for f in CASES:
        f()
    print(len(CASES), "cases")
