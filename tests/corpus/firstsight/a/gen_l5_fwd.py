"""Layout 5: forwarded and quoted mail (FW chains with Original Message blocks, chaser, replies, cancellation, minutes)."""
from lib import *
from gen_l1_docx import FAMILY_HDR

NONINV_UNSCORED = ["missing_reason", "missing_family_details", "missing_conference_date", "no_booking_form", "late_notice",
                   "deadline_passed", "tickbox_ambiguous", "possible_duplicate"]


def simple(name, *, district, sender, local, subject, sent, received, body, lab, attach=None, extra=None):
    texts = []
    if attach:
        msg = MIMEMultipart("mixed")
        msg.attach(text_part(body))
        kind, fname, spec = attach
        data = docx_form(spec, texts) if kind == "docx" else pdf_form(spec, texts)
        attach_bytes(msg, data, fname, kind)
        texts.append(fname)
    else:
        msg = MIMEText(body, "plain", "utf-8")
    headers(msg, district=district, sender_name=sender, sender_local=local, subject=subject, sent=sent, received=received,
            extra=extra)
    paras = [p.strip() for p in body.split("\n\n") if p.strip()]
    lab["source_texts"] = [subject, body] + paras + [l for l in body.split("\n") if l.strip()] + texts
    write_case(name, msg, lab)


def c29():
    rec = ts(2026, 12, 15, 9, 10)
    body = """Hi CPPU,

Please see below. The conference is now confirmed for Friday 8th January 2027 at 10.00am at Wakefield One, Burton Street (Room 3.02). Police attendance required: Yes.

Chair: Simon Ackroyd.

Thanks
Mandy Greaves
Safeguarding and Review Unit | Wakefield Council

-----Original Message-----
From: Faisal Mahmood <faisal.mahmood@wakefield.gov.uk>
Sent: 11 December 2026 16:52
To: SRU Bookings <sru.bookings@wakefield.gov.uk>
Subject: ICPC booking request - LISTER - CD411893

Hi SRU,

Please could you book an initial child protection conference for Ella-Louise, ideally on or around 06/01/2027 (I am on leave before then).

Child: Ella-Louise Lister, 12/08/2011, Horbury Academy
Mother: Samantha Lister, 04/04/1983
Father: Gavin Lister, 19/12/1980
Address: 27 Westfield Road, Horbury WF4
Category: Sexual abuse

Reason for conference: Ella-Louise has been going missing overnight and has been seen with adult men at a takeaway in Wakefield city centre, where she is given alcohol and cannabis. She has said she has a "boyfriend" aged 24. The CSE screening tool scored high on 09/12/2026 and child sexual exploitation is considered a significant risk. Both parents are very worried and are working with us.

Many thanks
Faisal Mahmood
Social Worker, Assessment Team West
"""
    lab = label(district="wakefield", kind="initial", pre_birth=False, date="2027-01-08", time="10:00", tick=True,
                harm=["sexual"], children=[("Ella-Louise Lister", "2011-08-12")], adults=["Samantha Lister", "Gavin Lister"],
                criteria=["child_sexual_exploitation"], decision="attend", received=rec.date(), source_texts=[],
                unscored=["no_booking_form"],
                tags=["forwarded-chain", "original-message-block", "district-wakefield", "initial", "cse", "tick-attend",
                      "trap-provisional-date-in-older-part"],
                notes="CSE is a considered risk (W5) -> attend; the newest part confirms 08/01/2027 (the quoted request only suggested around 06/01/2027)")
    simple("a-29-wakefield-icpc-forward-chain-cse", district="wakefield", sender="Mandy Greaves", local="mandy.greaves",
           subject="FW: ICPC booking request - LISTER - CD411893", sent=rec - dt.timedelta(minutes=2), received=rec, body=body,
           lab=lab)


def c30():
    rec = ts(2026, 12, 16, 14, 5)
    body = """Hi,

Just a reminder that we have not yet received the police report for the initial child protection conference for Connor Garside, which is on 18/12/2026 at 9.30am at Merrion House.

Could you please send it to the Integrated Safeguarding Unit by the end of tomorrow at the latest?

Many thanks
Joanne Teale
Business Support Officer, Integrated Safeguarding Unit
Leeds City Council

-----Original Message-----
From: Joanne Teale
Sent: 07 December 2026 11:30
To: Leeds CPPU SPOC
Subject: ICPC - GARSIDE - 18/12/2026

Booking form attached.
"""
    lab = label(district="leeds", kind=None, pre_birth=None, date=None, time=None, tick=None, harm=None, children=None,
                adults=None, criteria=[], decision="manual_review", received=rec.date(), flags_required=["not_an_invitation"],
                unscored=NONINV_UNSCORED, source_texts=[],
                tags=["chaser", "not-an-invitation", "quoted-block", "district-leeds"],
                notes="a reminder that a report is outstanding, mentioning the conference date; not an invitation -> manual_review")
    simple("a-30-leeds-chaser-report-outstanding", district="leeds", sender="Joanne Teale", local="joanne.teale",
           subject="RE: ICPC - GARSIDE - 18/12/2026 - police report outstanding", sent=rec - dt.timedelta(minutes=1), received=rec,
           body=body, lab=lab)


def c31():
    rec = ts(2027, 1, 4, 10, 0)
    body = """Hi DC Lomax,

Thank you for your reply below - apologies, the booking form did not attach last time. Please find it attached now. The initial conference is on Monday 11 January 2027 at 10am at the Compton Centre.

Kind regards
Integrated Safeguarding Unit
Leeds City Council

From: DC Helen Lomax <helen.lomax@westyorkshire.police.uk>
Sent: 31 December 2026 15:12
To: Integrated Safeguarding Unit <isu@leeds.gov.uk>
Subject: RE: ICPC - OKAFOR

Hi, we have the notification for this conference but no booking form was attached. Can you resend it with full family details so we can complete our checks? Our initial Niche check on the address shows no trace.

Thanks
DC Helen Lomax, Leeds CPPU
"""
    spec = [("p", "OFFICIAL-SENSITIVE"), ("h", "Child Protection Conference Booking Form"), ("p", "Leeds City Council - Integrated Safeguarding Unit"),
            ("pruns", [("Conference: ", False), ("Initial", False), (" / ", False), ("Review", True)]),
            ("table", [["Date", "11/01/2027"], ["Time", "10:00"], ["Venue", "Compton Centre, Harehills Lane, Leeds LS9"], ["Category", "Neglect"]], False),
            ("table", [FAMILY_HDR,
                       ["Precious Okafor", "17/02/2019", "F", "Black African", "Child", "12 Ashley Road, Leeds LS9"],
                       ["David Okafor", "05/09/2021", "M", "Black African", "Child", "12 Ashley Road, Leeds LS9"],
                       ["Grace Okafor", "30/01/1990", "F", "Black African", "Mother", "12 Ashley Road, Leeds LS9"]], True),
            ("table", [["Agency", "Attendance required", "Written report sufficient"], ["West Yorkshire Police", "", "\u2713"],
                       ["Health Visitor", "\u2713", ""], ["Harehills Primary", "\u2713", ""]], True),
            ("h", "Reason for conference"),
            ("p", "Ms Okafor works night shifts and leaves Precious (7) in charge of David (5) overnight. The children have been found outside the house at 7am in winter without coats, and David's untreated dental decay has caused him repeated pain. There is no police involvement with the family."),
            ]
    lab = label(district="leeds", kind="initial", pre_birth=False, date="2027-01-11", time="10:00", tick=False,
                harm=["neglect"], children=[("Precious Okafor", "2019-02-17"), ("David Okafor", "2021-09-05")],
                adults=["Grace Okafor"], criteria=[], decision="report_only", received=rec.date(), source_texts=[],
                tags=["council-message-quoting-police-reply", "docx", "agency-grid", "district-leeds", "initial", "tick-report",
                      "trap-quoted-police-text", "notice-boundary-5"],
                notes="the invitation (with booking form) is the newest part; quoted police reply is not content; neglect, no police involvement, written report ticked -> report_only; notice exactly 5 WD")
    simple("a-31-leeds-icpc-reply-quoting-police-docx", district="leeds", sender="Integrated Safeguarding Unit", local="isu",
           subject="RE: ICPC - OKAFOR", sent=rec - dt.timedelta(minutes=1), received=rec, body=body, lab=lab,
           attach=("docx", "OKAFOR booking form.docx", spec), extra={"In-Reply-To": "<7731AB@westyorkshire.police.uk>"})


def c32():
    rec = ts(2026, 12, 14, 11, 30)
    body = """Good morning,

Please note that the initial child protection conference for Bethany Holt on 17/12/2026 at 10:00 has been CANCELLED. The family moved to Aberdeen last week and the case has been transferred to Aberdeen City Council. A police report is no longer needed.

Apologies for any inconvenience.

Conference Administration
Kirklees Council

-----Original Message-----
From: Conference Administration
Sent: 04 December 2026 09:12
To: Kirklees Safeguarding Unit
Subject: ICPC - HOLT - 17/12/2026

Initial CPC for Bethany Holt (09/06/2015), mother Lorraine Holt. Thursday 17th December 2026, 10am, Civic Centre 3, Huddersfield. Reason: neglect - poor home conditions and school attendance below 60%.
"""
    lab = label(district="kirklees", kind="initial", pre_birth=False, date="2026-12-17", time="10:00", tick=None,
                harm=None, children=[("Bethany Holt", "2015-06-09")], adults=["Lorraine Holt"], criteria=[], decision="manual_review",
                received=rec.date(), flags_required=["cancelled"], unscored=["no_booking_form", "possible_duplicate"],
                deadlines_override=(None, None, None), source_texts=[],
                tags=["cancellation", "quoted-original", "district-kirklees", "initial"],
                notes="the email says the conference is cancelled -> manual_review with cancelled (a cancellation, so not not_an_invitation)")
    simple("a-32-kirklees-icpc-cancelled", district="kirklees", sender="Conference Administration", local="conference.admin",
           subject="CANCELLED: ICPC - HOLT - 17/12/2026", sent=rec - dt.timedelta(minutes=1), received=rec, body=body, lab=lab)


def c33():
    rec = ts(2026, 12, 9, 15, 45)
    body = """Dear colleagues,

Please find attached the minutes of the initial child protection conference for the Barraclough children held on 24/11/2026. Please check them and let me know of any factual inaccuracies within 10 working days.

Regards
Minute Taker, Safeguarding and Review Unit
Wakefield Council
"""
    spec = [("line", "OFFICIAL-SENSITIVE"), ("title", "MINUTES - INITIAL CHILD PROTECTION CONFERENCE"),
            ("dots", "Date of conference", "24/11/2026"), ("dots", "Chair", "Marian Stockdale"),
            ("dots", "Children", "Ruby Barraclough (03/03/2018), Jack Barraclough (11/11/2020)"),
            ("dots", "Parents", "Laura Barraclough, Stephen Barraclough"),
            ("head", "Present"),
            ("para", "Chair; social worker (Kate Ambler); health visitor; Outwood Primary DSL; Laura Barraclough. Apologies: GP. West Yorkshire Police provided a written report."),
            ("head", "Decision"),
            ("para", "The conference decided that Ruby and Jack should be subject to child protection plans under the category of neglect. The core group is the social worker, health visitor, school and both parents; the first core group meeting will be held on 04/12/2026."),
            ("dots", "Review conference", "23/02/2027 at 10:00, Wakefield One"),
            ]
    lab = label(district="wakefield", kind=None, pre_birth=None, date=None, time=None, tick=None, harm=None, children=None,
                adults=None, criteria=[], decision="manual_review", received=rec.date(), flags_required=["not_an_invitation"],
                unscored=NONINV_UNSCORED, source_texts=[],
                tags=["minutes", "not-an-invitation", "pdf", "district-wakefield", "trap-next-review-date"],
                notes="minutes of a past conference (with the next review date in them) are not an invitation -> manual_review")
    simple("a-33-wakefield-minutes-not-invitation", district="wakefield", sender="SRU Minutes", local="sru.minutes",
           subject="Minutes - ICPC BARRACLOUGH 24/11/2026", sent=rec - dt.timedelta(minutes=1), received=rec, body=body, lab=lab,
           attach=("pdf", "Minutes ICPC BARRACLOUGH 24.11.26.pdf", spec))


def c34():
    rec = ts(2026, 12, 17, 12, 10)
    body = """Thank you - report received and forwarded to the chair.

CP Admin
Calderdale Council

From: CD Safeguarding Case Conference <cd.safeguarding.caseconference@westyorkshire.police.uk>
Sent: 17 December 2026 11:02
To: CP Admin <cp.admin@calderdale.gov.uk>
Subject: Police report - ICPC NAYLOR 23/12/2026

Please find attached the police report for the initial child protection conference for Kian Naylor on 23/12/2026. Police will not be attending; the report contains contact details for the chair.

Calderdale Safeguarding Unit
"""
    lab = label(district="calderdale", kind=None, pre_birth=None, date=None, time=None, tick=None, harm=None, children=None,
                adults=None, criteria=[], decision="manual_review", received=rec.date(), flags_required=["not_an_invitation"],
                unscored=NONINV_UNSCORED, source_texts=[],
                tags=["reply", "quoted-police-message", "not-an-invitation", "district-calderdale"],
                notes="council acknowledgement of a police report, quoting the police message; not an invitation -> manual_review")
    simple("a-34-calderdale-reply-report-received", district="calderdale", sender="CP Admin", local="cp.admin",
           subject="RE: Police report - ICPC NAYLOR 23/12/2026", sent=rec - dt.timedelta(minutes=1), received=rec, body=body, lab=lab)


def c35():
    rec = ts(2026, 12, 21, 9, 0)
    body = """FYI - this was sent to my own mailbox in error on the 15th, forwarding to the correct address now.

Neil Booth
Integrated Safeguarding Unit, Leeds City Council

-----Original Message-----
From: Neil Booth
Sent: 15 December 2026 10:41
To: Neil Booth
Subject: RCPC - PATEL - 05/01/2027

REVIEW CHILD PROTECTION CONFERENCE
Date: Tuesday 05/01/2027
Time: 10.00
Venue: Merrion House, Leeds

Child: Arjun Patel (14/03/2012)
Parents: Meera Patel (mother), Vikram Patel (father)
Plan category: Emotional abuse
Core group: social worker, Roundhay School, CAMHS, both parents

Progress: Arjun remains withdrawn and his self-harm has continued. There have been several police call-outs to the address this autumn for disputes with neighbours.

Police attendance requested: Yes - the chair would like police to attend to discuss the call-outs.
"""
    lab = label(district="leeds", kind="review", pre_birth=False, date="2027-01-05", time="10:00", tick=True,
                harm=["emotional"], children=[("Arjun Patel", "2012-03-14")], adults=["Meera Patel", "Vikram Patel"],
                criteria=[], decision="discuss", received=rec.date(), flags_required=["late_notice"],
                unscored=["no_booking_form"], source_texts=[],
                tags=["forwarded-chain", "original-message-block", "district-leeds", "review", "tick-attend", "late-notice",
                      "trap-original-sent-date"],
                notes="review, police not in core group, no criterion but police attendance requested -> discuss; received 21/12 gives 8 WD < 10 (the original 15/12 send date does not count)")
    simple("a-35-leeds-rcpc-forwarded-late-notice", district="leeds", sender="Neil Booth", local="neil.booth",
           subject="FW: RCPC - PATEL - 05/01/2027", sent=rec - dt.timedelta(minutes=1), received=rec, body=body, lab=lab)


if __name__ == "__main__":
    for f in (c29, c30, c31, c32, c33, c34, c35):
        f()
