"""Layout 96: the invitation forwarded as an Outlook .msg attachment (CFB + MAPI property streams)."""
from __future__ import annotations

import datetime as dt
from html import escape as h

import common as C
import docxw
import pdfforms
from cfb import Attachment, Msg
from env import MAILBOX, boundary, envelope

MSG_CT = "application/vnd.ms-outlook"


def outlook_html(text: str, extra_style: str = "") -> str:
    paras = []
    for block in text.split("\n"):
        paras.append(f'<p class="MsoNormal">{h(block) if block else "&nbsp;"}<o:p></o:p></p>')
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--'
            'p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}' + extra_style +
            '--></style></head><body lang="EN-GB" link="#0563C1" vlink="#954F72"><div class="WordSection1">'
            + "".join(paras) + "</div></body></html>")


def outer_mail(cid, district, rx, sender, subj, body, attachments, **kw) -> bytes:
    parts = [C.text_part(body)]
    for fname, data, ct in attachments:
        parts.append(C.attachment_part(data, ct, fname))
    top = C.multipart("mixed", parts, boundary(cid))
    return envelope(cid, district, rx, sender, C.subject(subj), top, **kw)


# ---------------------------------------------------------------------------------------------- 96-01

def c01():
    cid = "t-96-01-wakefield-icpc-msg-pdf-rso-partner-in-adults-grid"
    rx = dt.datetime(2026, 12, 8, 10, 12, 31)
    blocks = [
        ("h1", "CHILD PROTECTION CONFERENCE BOOKING FORM"),
        ("small", "Wakefield Council | Children and Young People's Service | Safeguarding and Review Unit | OFFICIAL-SENSITIVE"),
        ("h2", "1. Conference"),
        ("kv", "Type of conference", "Initial Child Protection Conference"),
        ("kv", "Date", "Thursday 17 December 2026"),
        ("kv", "Time", "1.30pm"),
        ("kv", "Venue", "Castleford Civic Centre, Ferrybridge Road - Room 2"),
        ("kv", "Chair", "Marcus Bentley"),
        ("kv", "Social worker", "Kerry Oldroyd (Castleford & Airedale CP Team)"),
        ("kv", "Category requested", "Neglect"),
        ("h2", "2. Children"),
        ("grid", ["Name", "DOB", "School / nursery", "Lives with"],
         [["Tiana Crowther", "04/06/2016", "Half Acres Primary", "Mother"],
          ["Reece Crowther", "19/02/2020", "Half Acres Primary (Nursery)", "Mother"]]),
        ("h2", "3. Parents, carers and other adults"),
        ("grid", ["Name", "Relationship", "DOB", "Notes"],
         [["Jade Crowther", "Mother", "11/09/1993", "Main carer"],
          ["Liam Furness", "Mother's partner", "02/03/1988",
           "Moved in to the address in August 2026. Subject to sex offender notification requirements until 2029, "
           "has an offender manager in the Wakefield MOSOVO team."],
          ["Gary Crowther", "Father", "15/05/1990", "Lives in Pontefract, has the children most Saturdays"]],
         [110, 85, 65, 230]),
        ("h2", "4. Reason for conference"),
        ("p", "Neglect. Home conditions have gone downhill since the summer (dog mess in the kitchen, no bedding "
              "for Reece), Tiana's attendance is 78% and staff say she is often hungry, Reece has missed two "
              "audiology appointments and his speech is delayed. Mum says Liam is a big help with the children "
              "and does the school run most days."),
        ("h2", "5. West Yorkshire Police (tick one)"),
        ("tick", "Police attendance required", False),
        ("tick", "Written report sufficient", True),
        ("gap", 6),
        ("kv", "Completed by", "Kerry Oldroyd"),
        ("kv", "Date completed", "07/12/2026"),
    ]
    pdf, pdf_texts = pdfforms.render(blocks, "council", title="Booking form - Crowther")
    inner_body = ("Hi both\n\nBooking form attached for Tiana and Reece Crowther - ICPC Thurs 17th Dec at 1.30, "
                  "Castleford Civic Centre room 2, Marcus is chairing.\n\nCould you send the invites out today "
                  "please as I'm on leave from tomorrow.\n\nThanks\nKerry\n\nKerry Oldroyd | Social Worker | "
                  "Castleford & Airedale CP Team | Wakefield Council")
    inner = Msg(subject="ICPC - CROWTHER - 17.12.26", sender_name="Kerry Oldroyd",
                sender_email="kerry.oldroyd@wakefield.gov.uk",
                to=[("SRU Business Support", "sru.businesssupport@wakefield.gov.uk")],
                sent=dt.datetime(2026, 12, 7, 16, 48, 2), body=inner_body, html=outlook_html(inner_body),
                attachments=[Attachment("Crowther booking form.pdf", pdf, "application/pdf")])
    outer_body = ("Good morning,\n\nPlease see attached the ICPC request for the Crowther children which came into "
                  "the team mailbox last night. I've attached Kerry's email as it came in (the booking form is on it).\n\n"
                  "Conference: Thursday 17/12/2026, 13:30, Castleford Civic Centre.\n\nMany thanks\nDawn\n\n"
                  "Dawn Pickersgill\nBusiness Support Officer - Safeguarding and Review Unit\nWakefield Council\n"
                  "Tel: 01924 306218")
    subj = "FW: ICPC - CROWTHER - 17.12.26"
    eml = outer_mail(cid, "wakefield", rx, "Dawn Pickersgill <dawn.pickersgill@wakefield.gov.uk>", subj, outer_body,
                     [("ICPC - CROWTHER - 17.12.26.msg", inner.to_bytes(), MSG_CT)])
    lab = C.label(
        district="wakefield", kind="initial", pre_birth=False, date="2026-12-17", time="13:30", tick=False,
        harm=["neglect"], children=[("Tiana Crowther", "2016-06-04"), ("Reece Crowther", "2020-02-19")],
        adults=["Jade Crowther", "Liam Furness", "Gary Crowther"], criteria=["registered_sex_offender"],
        decision="attend", received=rx.date(),
        source_texts=[subj, outer_body, inner.subject, inner_body] + pdf_texts +
                     ["ICPC - CROWTHER - 17.12.26.msg", "Crowther booking form.pdf"],
        tags=["msg-attachment", "msg-pdf", "district-wakefield", "initial", "tick-report", "tickbox-conflict",
              "evidence-in-grid-notes"],
        notes="mother's partner, living in the household, is subject to sex offender notification (Wakefield item 7): "
              "attend although the reason is neglect and 'written report sufficient' is ticked; the form is a PDF "
              "inside an Outlook .msg attached to a forward")
    return cid, eml, lab


# ---------------------------------------------------------------------------------------------- 96-02

def c02():
    cid = "t-96-02-leeds-rcpc-msg-body-form-core-group-pc"
    rx = dt.datetime(2026, 12, 9, 14, 5, 9)
    form = C.dedent("""
        OFFICIAL-SENSITIVE

        LEEDS CITY COUNCIL - CHILDREN AND FAMILIES
        INTEGRATED SAFEGUARDING UNIT

        INVITATION TO A REVIEW CHILD PROTECTION CONFERENCE

        Family name:      OZTURK
        Conference:       Review Child Protection Conference (1st review)
        Date and time:    Thursday 07 January 2027, 10:00 - 12:00
        Venue:            Microsoft Teams (link to follow from the chair's PA)
        Chair:            Ian Whitworth
        Social worker:    Hannah Briggs, Leeds East CP Team
        Mosaic ref:       MOS-558102
        Plan category:    Emotional abuse

        Children
          Elif OZTURK     DOB 22/07/2018   Bankside Primary School
          Deniz OZTURK    DOB 30/01/2021   Little Acorns Nursery

        Parents / carers
          Selin OZTURK    Mother    lives with the children
          Kemal OZTURK    Father    lives separately in Harehills, supervised contact twice a week

        Summary from the social worker
        The children became subject to plans on 08/10/2026 after Mr Ozturk threatened to take them to Turkey without their mother's consent; a prohibited steps order was made on 30/09/2026. Elif has told school she is frightened that she will not see her mum again.

        Core group: Hannah Briggs (SW), Joanne Kitchen (HV), Bankside Primary (DSL), Mrs Ozturk, and PC Samir Oduya of the Leeds District Safeguarding Unit. PC Oduya has been at all four core group meetings and holds the plan action to keep the port alert under review with Mrs Ozturk.

        Reports: please send your report to the ISU at least 24 hours before the conference.
        """)
    html = outlook_html(form, "p.MsoNormal{font-family:Consolas,monospace;}")
    inner = Msg(subject="Review Child Protection Conference - OZTURK - 07/01/2027",
                sender_name="ISU Conference Admin", sender_email="isu.conferenceadmin@leeds.gov.uk",
                to=[("Hannah Briggs", "hannah.briggs@leeds.gov.uk"), ("Joanne Kitchen", "joanne.kitchen@nhs.net")],
                sent=dt.datetime(2026, 12, 9, 11, 30, 0), body=form, html=html)
    outer_body = ("Hello CPPU,\n\nThe invite below went to the other agencies this morning but bounced from your "
                  "mailbox because of the Mosaic distribution list, so I've attached it as an Outlook item.\n\n"
                  "Kind regards,\nAmira Bashir\nConference Administrator | Integrated Safeguarding Unit | Leeds City Council")
    subj = "RCPC invite Ozturk 07.01.27 (resent as attachment)"
    eml = outer_mail(cid, "leeds", rx, "Amira Bashir <amira.bashir@leeds.gov.uk>", subj, outer_body,
                     [("Review Child Protection Conference - OZTURK - 07_01_2027.msg", inner.to_bytes(), MSG_CT)])
    lab = C.label(
        district="leeds", kind="review", pre_birth=False, date="2027-01-07", time="10:00", tick=None,
        harm=["emotional"], children=[("Elif Ozturk", "2018-07-22"), ("Deniz Ozturk", "2021-01-30")],
        adults=["Selin Ozturk", "Kemal Ozturk"], criteria=["core_group_member"], decision="attend",
        received=rx.date(), unscored=["no_booking_form"],
        source_texts=[subj, outer_body, inner.subject] + C.lines_of(form) +
                     ["Review Child Protection Conference - OZTURK - 07_01_2027.msg"],
        tags=["msg-attachment", "msg-body-form", "district-leeds", "review", "tick-absent"],
        notes="review; a PC of the safeguarding unit is an active core group member with a plan action (Leeds §4.8): "
              "attend; the whole invitation is the body of the attached .msg")
    return cid, eml, lab


# ---------------------------------------------------------------------------------------------- 96-03

def c03():
    cid = "t-96-03-calderdale-icpc-msg-in-msg-docx-prior-arrest"
    rx = dt.datetime(2026, 12, 14, 8, 55, 40)
    docx, dtexts = docxw.table_form(
        "Calderdale Children's Social Care",
        "Request for an Initial Child Protection Conference",
        [
            ("Conference", [["Type", "Initial CPC"], ["Proposed date / time", "Wed 23/12/2026, 2.00pm"],
                            ["Venue", "Northgate House, Halifax - Room G.14"], ["Chair", "Ruth Sowden"],
                            ["Social worker", "Claire Ackroyd"], ["Team manager", "Imran Saddique"],
                            ["Category", "Physical abuse"]]),
            ("Children", [["Name", "Date of birth", "School"],
                          ["Maisie Hargreaves", "13/03/2015", "Warley Road Primary"],
                          ["Alfie Hargreaves", "27/10/2017", "Warley Road Primary"]]),
            ("Adults", [["Name", "Relationship", "Date of birth"],
                        ["Nicola Hargreaves", "Mother", "02/01/1989"],
                        ["Dale Hargreaves", "Father", "21/06/1984"]]),
            ("Why is a conference needed?",
             "Alfie came into school on 1st December with a red mark and swelling to his left cheek. He told his "
             "teacher 'dad clipped me because I was cheeky'. Mr Hargreaves accepts he slapped him and says it was a "
             "one-off. Maisie says she is sometimes scared when her dad shouts.\n\n"
             "The section 47 enquiry has been single agency. Police attended the strategy discussion on 02/12/2026 "
             "and decided no criminal investigation was needed as Alfie did not want to make a complaint."),
            ("Family history / previous involvement",
             "In 2020 Mr Hargreaves was arrested by the Calderdale Safeguarding Unit after his stepdaughter "
             "(Mrs Hargreaves' eldest, now 22 and living in Leeds) alleged he had sexually assaulted her when she "
             "was 14. He was interviewed and the case was closed with no further action in 2021. Mrs Hargreaves "
             "does not believe the allegation."),
            ("Completed by", [["Claire Ackroyd, Social Worker, Halifax Central Safeguarding Team", "11/12/2026"]]),
        ])
    innermost = Msg(subject="ICPC request - HARGREAVES", sender_name="Claire Ackroyd",
                    sender_email="claire.ackroyd@calderdale.gov.uk",
                    to=[("Imran Saddique", "imran.saddique@calderdale.gov.uk")],
                    sent=dt.datetime(2026, 12, 11, 15, 2, 0),
                    body="Imran,\n\nRequest form for the Hargreaves children attached, as discussed in supervision.\n\nTa,\nClaire",
                    attachments=[Attachment("Conference request form HARGREAVES.docx", docx,
                                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
    middle_body = ("Tracey - please book. Claire's request is on the attached. Ruth Sowden has agreed to chair "
                   "on Wednesday 23rd at 2pm, Northgate House.\n\nThanks\nImran Saddique\nTeam Manager, Halifax Central")
    middle = Msg(subject="FW: ICPC request - HARGREAVES", sender_name="Imran Saddique",
                 sender_email="imran.saddique@calderdale.gov.uk",
                 to=[("Tracey Gaukroger", "tracey.gaukroger@calderdale.gov.uk")],
                 sent=dt.datetime(2026, 12, 11, 17, 20, 0), body=middle_body,
                 attachments=[Attachment("ICPC request - HARGREAVES.msg", embedded=innermost)])
    outer_body = ("Morning,\n\nConference request attached for the Hargreaves family - sorry it's a forward of a "
                  "forward, the form is on Claire's original email inside.\n\nICPC Wednesday 23rd December 2026 at 14:00, "
                  "Northgate House.\n\nTracey Gaukroger\nChild Protection Administration\nCalderdale Council")
    subj = "ICPC - HARGREAVES - 23/12/2026"
    eml = outer_mail(cid, "calderdale", rx, "Tracey Gaukroger <tracey.gaukroger@calderdale.gov.uk>", subj,
                     outer_body, [("FW ICPC request - HARGREAVES.msg", middle.to_bytes(), MSG_CT)])
    lab = C.label(
        district="calderdale", kind="initial", pre_birth=False, date="2026-12-23", time="14:00", tick=None,
        harm=["physical"], children=[("Maisie Hargreaves", "2015-03-13"), ("Alfie Hargreaves", "2017-10-27")],
        adults=["Nicola Hargreaves", "Dale Hargreaves"], criteria=["prior_unit_involvement"], decision="attend",
        received=rx.date(),
        source_texts=[subj, outer_body, middle.subject, middle_body, innermost.subject, innermost.body] + dtexts +
                     ["FW ICPC request - HARGREAVES.msg", "ICPC request - HARGREAVES.msg",
                      "Conference request form HARGREAVES.docx"],
        tags=["msg-attachment", "msg-in-msg", "msg-docx", "district-calderdale", "initial", "tick-absent",
              "single-agency-s47", "history-nfa"],
        notes="Calderdale: the safeguarding unit arrested the father in 2020 over an allegation by his stepdaughter "
              "(previous significant involvement with a significant person) -> attend, although the current s47 is "
              "single agency; the form is two .msg levels down")
    return cid, eml, lab


# ---------------------------------------------------------------------------------------------- 96-04

def c04():
    cid = "t-96-04-kirklees-rcpc-msg-outcome-letter-not-invitation"
    rx = dt.datetime(2027, 1, 14, 11, 20, 5)
    letter = C.dedent("""
        Dear Ms Bibi and Mr Akhtar,

        Review Child Protection Conference - Zara Akhtar (DOB 05/05/2019)

        Thank you for attending the review conference on Tuesday 12th January 2027 at Civic Centre 1, Huddersfield.

        The conference decided that Zara should remain subject to a child protection plan under the category of emotional abuse. The outline plan was agreed with you at the meeting and the full plan will be sent out within two working days.

        Core group members: Bethany Sykes (social worker), Heather Lund (health visitor), Zara's class teacher at Crossley Fields Junior and Infant School, and both of you. West Yorkshire Police sent a written report and are not members of the core group.

        The first core group meeting will be on 26/01/2027 at 2pm at Crossley Fields.
        The next review conference has been booked for Tuesday 13th July 2027 at 10.00am.

        If you disagree with the decision you can use the conference complaints procedure; the leaflet is enclosed.

        Yours sincerely

        Gwen Haigh
        Independent Conference Chair
        Safeguarding and Quality Assurance, Kirklees Council

        Copy to: Shazia Bibi; Tariq Akhtar; Bethany Sykes (SW); Heather Lund (HV); Crossley Fields J&I School; West Yorkshire Police
        """)
    inner = Msg(subject="Child Protection Review Conference 12/01/2027 - Outcome - Zara AKHTAR",
                sender_name="Gwen Haigh", sender_email="gwen.haigh@kirklees.gov.uk",
                to=[("Shazia Bibi", "shazia.bibi78@example.com")],
                cc=[("Bethany Sykes", "bethany.sykes@kirklees.gov.uk")],
                sent=dt.datetime(2027, 1, 13, 16, 40, 0), body=letter, html=outlook_html(letter))
    outer_body = ("Good morning\n\nPlease find attached, for your records, the chair's outcome letter following the "
                  "review conference held on 12/01/2027 for Zara Akhtar. The minutes will follow once they have been "
                  "approved by the chair.\n\nRegards\n\nConference and Review Team\nKirklees Council")
    subj = "Outcome - RCPC - AKHTAR - 12.01.27"
    eml = outer_mail(cid, "kirklees", rx, "Conference and Review Team <conference.review@kirklees.gov.uk>", subj,
                     outer_body, [("Outcome letter RCPC 12.01.27 - AKHTAR.msg", inner.to_bytes(), MSG_CT)])
    lab = C.label(
        district="kirklees", kind="review", pre_birth=False, date=None, time=None, tick=None, harm=["emotional"],
        children=[("Zara Akhtar", "2019-05-05")], adults=["Shazia Bibi", "Tariq Akhtar"], criteria=[],
        decision="manual_review", received=rx.date(), deadlines=False, flags_required=["not_an_invitation"],
        unscored=["missing_conference_date", "no_booking_form", "missing_reason", "late_notice", "deadline_passed",
                  "tickbox_ambiguous"],
        source_texts=[subj, outer_body, inner.subject] + C.lines_of(letter) +
                     ["Outcome letter RCPC 12.01.27 - AKHTAR.msg"],
        tags=["msg-attachment", "msg-body", "district-kirklees", "review", "not-an-invitation"],
        notes="a chair's outcome letter after the review (next review in July) forwarded as a .msg: not an "
              "invitation -> manual_review with not_an_invitation; the future review date is not a booking")
    return cid, eml, lab


# ---------------------------------------------------------------------------------------------- 96-05

def c05():
    cid = "t-96-05-bradford-icpc-msg-docx-rso-relative-elsewhere"
    rx = dt.datetime(2027, 1, 5, 15, 40, 22)
    docx, dtexts = docxw.table_form(
        "BRADFORD CHILDREN'S SOCIAL CARE",
        "Request for Initial Child Protection Conference - OFFICIAL-SENSITIVE",
        [
            ("1. Conference details", [["Type of conference", "Initial"], ["Date", "14/01/2027"], ["Time", "09:30"],
                                       ["Venue", "Britannia House, Hall Ings, Bradford - Meeting Room 4"],
                                       ["Chair", "Rehana Qureshi"], ["Social worker", "Gareth Illingworth"],
                                       ["Team", "Bradford West Assessment Team"], ["Category", "Emotional abuse"]]),
            ("2. Children", [["Name", "DOB", "Gender", "School"],
                             ["Zofia Nowak", "02/12/2017", "F", "St Mary's RC Primary"],
                             ["Kuba Nowak", "15/08/2022", "M", "at home"]]),
            ("3. Household", [["Name", "Relationship", "DOB", "PR"],
                              ["Marta Nowak", "Mother", "19/04/1991", "Yes"],
                              ["Piotr Nowak", "Father", "07/11/1987", "Yes"]]),
            ("4. Reason for request",
             "Zofia told her teacher that she puts her hands over Kuba's ears when mummy and daddy shout, and that "
             "daddy broke the television when he was drunk. Mr Nowak accepts he drinks most evenings. Both parents "
             "say the arguments are verbal, neither has ever called the police and police hold no domestic incidents "
             "for the address.\n\n"
             "Section 47 enquiries were single agency. At the strategy discussion on 21/12/2026 West Yorkshire Police "
             "confirmed that nothing amounting to an offence had been disclosed and that there would be no police "
             "investigation."),
            ("5. Other relevant information",
             "Mr Nowak's brother, Tomasz Nowak, is a registered sex offender. He lives in Peterborough and has not "
             "seen the children since 2019; both parents say there is no contact and this has been confirmed with his "
             "offender manager. No other concerns about visitors to the home."),
            ("6. Police", [["☐ Police attendance required", "☒ Written report only"]]),
        ])
    inner_body = ("Hi,\n\nPlease see booking form attached for the Nowak children, ICPC Thurs 14th Jan 9.30 at "
                  "Britannia House. Tick box done - we only need a written report from police on this one.\n\n"
                  "Thanks\nGareth\n\nGareth Illingworth\nSocial Worker - Bradford West Assessment Team")
    inner = Msg(subject="ICPC invite Nowak 14/1", sender_name="Gareth Illingworth",
                sender_email="gareth.illingworth@bradford.gov.uk",
                to=[("Conference Unit", "cp.conferenceunit@bradford.gov.uk")],
                sent=dt.datetime(2027, 1, 5, 11, 12, 0), body=inner_body, html=outlook_html(inner_body),
                attachments=[Attachment("Nowak ICPC booking.docx", docx,
                                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
    outer_body = ("Good afternoon,\n\nForwarding Gareth's booking request (attached) for your information and "
                  "action.\n\nMany thanks\nSuzanne Akroyd\nChild Protection Conference Unit\nBradford Children's "
                  "Social Care")
    subj = "Fw: ICPC invite Nowak 14/1"
    eml = outer_mail(cid, "bradford", rx, "Suzanne Akroyd <suzanne.akroyd@bradford.gov.uk>", subj, outer_body,
                     [("ICPC invite Nowak 14_1.msg", inner.to_bytes(), MSG_CT)])
    lab = C.label(
        district="bradford", kind="initial", pre_birth=False, date="2027-01-14", time="09:30", tick=False,
        harm=["emotional"], children=[("Zofia Nowak", "2017-12-02"), ("Kuba Nowak", "2022-08-15")],
        adults=["Marta Nowak", "Piotr Nowak"], criteria=[], decision="report_only", received=rx.date(),
        source_texts=[subj, outer_body, inner.subject, inner_body] + dtexts +
                     ["ICPC invite Nowak 14_1.msg", "Nowak ICPC booking.docx"],
        tags=["msg-attachment", "msg-docx", "district-bradford", "initial", "tick-report", "no-criterion",
              "rso-elsewhere-no-contact", "single-agency-s47"],
        notes="Bradford (Wakefield rules): the RSO uncle lives elsewhere with no contact, s47 single agency, no police "
              "DA record -> no criterion; report only ticked -> report_only")
    return cid, eml, lab


# ---------------------------------------------------------------------------------------------- 96-06

def c06():
    cid = "t-96-06-wakefield-prebirth-msg-html-pdf-hypothetical-pp-cce"
    rx = dt.datetime(2027, 1, 18, 9, 5, 48)
    blocks = [
        ("h1", "Pre-birth Child Protection Conference - Booking Form"),
        ("small", "Wakefield Council - Safeguarding and Review Unit. OFFICIAL-SENSITIVE when complete."),
        ("kv", "Conference", "Initial pre-birth CPC"),
        ("kv", "Date / time", "Wednesday 20 January 2027, 11:00"),
        ("kv", "Venue", "Pinderfields Hospital, Maternity Seminar Room 3"),
        ("kv", "Chair", "Angela Moxon"),
        ("kv", "Social worker", "Priya Chauhan, Wakefield Pre-birth Team"),
        ("kv", "Category", "Neglect"),
        ("h2", "Unborn child"),
        ("kv", "Name", "Baby Sutcliffe (unborn)"),
        ("kv", "EDD", "02/02/2027 (brought forward by the consultant after the growth scan)"),
        ("h2", "Parents"),
        ("grid", ["Name", "Relationship", "DOB", "Address"],
         [["Courtney Sutcliffe", "Mother", "19/08/2005", "Flat 6, Kettlethorpe Court, Wakefield"],
          ["Jordan Hemingway", "Father", "03/12/2004", "same address"]]),
        ("h2", "Reasons"),
        ("p", "Courtney is a care leaver with an acquired brain injury and very little support; the couple have been "
              "evicted twice in 2026 and did not attend four antenatal appointments. Jordan was groomed into county "
              "lines drug dealing when he was 16 and had an NRM referral for criminal exploitation in 2021; he told "
              "the midwife he still 'does the odd job' for older lads who come to the flat."),
        ("p", "Draft birth plan: if either parent tries to take the baby off the ward against medical advice, ward "
              "staff will ring the police, who could consider using police protection powers at that point."),
        ("h2", "West Yorkshire Police"),
        ("tick", "Police attendance required", True),
        ("tick", "Written report sufficient", False),
        ("p", "SW comment: I'd value police input on who is visiting the flat."),
    ]
    pdf, pdf_texts = pdfforms.render(blocks, "council", title="Pre-birth booking form")
    inner_text = ("Dear colleagues,\n\nYou are invited to an Initial Pre-birth Child Protection Conference for "
                  "Baby Sutcliffe (unborn), parents Courtney Sutcliffe and Jordan Hemingway.\n\n"
                  "Date: Wednesday 20th January 2027\nTime: 11.00am\nVenue: Pinderfields Hospital, Maternity "
                  "Seminar Room 3\nChair: Angela Moxon\n\nThe booking form is attached. Reports to the chair please "
                  "as soon as possible given the short notice.\n\nSafeguarding and Review Unit\nWakefield Council")
    inner = Msg(subject="Pre-birth ICPC - SUTCLIFFE/HEMINGWAY - 20/01/2027", sender_name="Safeguarding and Review Unit",
                sender_email="sru.conferences@wakefield.gov.uk",
                to=[("Angela Moxon", "angela.moxon@wakefield.gov.uk")], sent=dt.datetime(2027, 1, 15, 17, 2, 0),
                body=None, html=outlook_html(inner_text),
                attachments=[Attachment("Booking form - Baby Sutcliffe.pdf", pdf, "application/pdf")])
    outer_body = ("Morning,\n\nApologies - this one didn't go to you on Friday with the others. Pre-birth conference "
                  "on Wednesday, baby is now expected earlier than first thought so it had to be booked at short "
                  "notice. Original invite attached.\n\nThanks\nLouise\nSafeguarding and Review Unit")
    subj = "FW: Pre-birth ICPC - SUTCLIFFE/HEMINGWAY - 20/01/2027"
    eml = outer_mail(cid, "wakefield", rx, "Louise Wormald <louise.wormald@wakefield.gov.uk>", subj, outer_body,
                     [("Pre-birth ICPC - SUTCLIFFE_HEMINGWAY - 20_01_2027.msg", inner.to_bytes(), MSG_CT)])
    lab = C.label(
        district="wakefield", kind="initial", pre_birth=True, date="2027-01-20", time="11:00", tick=True,
        harm=["neglect"], children=[("Baby Sutcliffe", None)], adults=["Courtney Sutcliffe", "Jordan Hemingway"],
        criteria=[], decision="discuss", received=rx.date(),
        source_texts=[subj, outer_body, inner.subject] + C.lines_of(inner_text) + pdf_texts +
                     ["Pre-birth ICPC - SUTCLIFFE_HEMINGWAY - 20_01_2027.msg", "Booking form - Baby Sutcliffe.pdf"],
        tags=["msg-attachment", "msg-html-only-body", "msg-pdf", "district-wakefield", "pre-birth", "initial",
              "tick-attend", "late-notice", "deadline-passed", "hypothetical-pp", "cce-not-cse"],
        notes="pre-birth ICPC: police protection only in a conditional birth plan, criminal (not sexual) exploitation "
              "of the father -> no criterion; attendance requested -> discuss; 2 working days' notice and the "
              "3-day report date has passed")
    return cid, eml, lab


# ---------------------------------------------------------------------------------------------- 96-07

def c07():
    cid = "t-96-07-leeds-transfer-in-msg-html-only-da-coordinator-marac"
    rx = dt.datetime(2026, 12, 16, 12, 30, 14)
    rows = [
        ("Conference", "Transfer In Child Protection Conference"),
        ("Transferring authority", "Sheffield City Council (plans made 14/10/2026, category emotional abuse)"),
        ("Date", "Tuesday 5th January 2027"),
        ("Time", "1.00pm - 3.00pm"),
        ("Venue", "Merrion House, 110 Merrion Centre, Leeds - Room 5.12 (or Teams)"),
        ("Chair", "Aisha Mahmood"),
        ("Leeds social worker", "Owen Pullan, Leeds West CP Team"),
        ("Child 1", "Ruby Kelly, DOB 08/01/2014, Bramley Park Academy"),
        ("Child 2", "Finn Kelly, DOB 21/06/2016, Bramley Park Academy"),
        ("Mother", "Shannon Kelly, DOB 30/05/1990 - refuge address withheld"),
        ("Father", "Connor Kelly, DOB 12/02/1988 - Sheffield, no contact"),
    ]
    narrative = [
        "Shannon and the children moved to a Leeds refuge on 20/11/2026 after Connor strangled her in front of both "
        "children in Sheffield in October. He was arrested by South Yorkshire Police and is on pre-charge bail with "
        "conditions not to contact Shannon or the children and not to enter West Yorkshire.",
        "Safer Leeds: a DV co-ordinator from the Leeds Domestic Violence Team has been allocated and is working with "
        "Shannon on safety planning; the case was heard at the Leeds MARAC on 10/12/2026 as a transfer from "
        "Sheffield MARAC.",
        "Ruby has said she is frightened her dad will find them.",
    ]
    table = "".join(f'<tr><td style="border:1px solid #999;padding:3px;background:#e7eef7"><b>{h(k)}</b></td>'
                    f'<td style="border:1px solid #999;padding:3px">{h(v)}</td></tr>' for k, v in rows)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="EN-GB" style="font-family:Calibri,sans-serif;font-size:11pt">'
            '<p>Hi,</p><p>Details for the transfer in conference below - please can the invites go out today.</p>'
            '<table style="border-collapse:collapse">' + table + '</table>'
            '<p><b>Current risk and agency involvement</b></p>' +
            "".join(f"<p>{h(p)}</p>" for p in narrative) +
            '<p>Thanks, Owen<br>Owen Pullan | Social Worker | Leeds West CP Team | Leeds City Council</p>'
            '</body></html>')
    inner = Msg(subject="Transfer in conference - KELLY - 05.01.2027", sender_name="Owen Pullan",
                sender_email="owen.pullan@leeds.gov.uk", to=[("ISU Bookings", "isu.bookings@leeds.gov.uk")],
                sent=dt.datetime(2026, 12, 16, 9, 14, 0), body=None, html=html)
    outer_body = ("Transfer in booking for the Kelly children - the SW's email with all the details is attached. "
                  "Chair will be Aisha Mahmood.\n\nPlease send your report to the ISU 24 hours before.\n\n"
                  "Nadine Swales\nIntegrated Safeguarding Unit\nLeeds City Council")
    subj = "TRANSFER IN CPC 05/01/2027 - KELLY"
    eml = outer_mail(cid, "leeds", rx, "Nadine Swales <nadine.swales@leeds.gov.uk>", subj, outer_body,
                     [("Transfer in conference - KELLY - 05.01.2027.msg", inner.to_bytes(), MSG_CT)])
    lab = C.label(
        district="leeds", kind="transfer_in", pre_birth=False, date="2027-01-05", time="13:00", tick=None,
        harm=["emotional"], children=[("Ruby Kelly", "2014-01-08"), ("Finn Kelly", "2016-06-21")],
        adults=["Shannon Kelly", "Connor Kelly"], criteria=["domestic_abuse_current_involvement"], decision="attend",
        received=rx.date(), unscored=["no_booking_form"],
        source_texts=[subj, outer_body, inner.subject, "Hi,",
                      "Details for the transfer in conference below - please can the invites go out today.",
                      "Current risk and agency involvement"] + [k for k, _ in rows] + [v for _, v in rows] +
                     [f"{k} {v}" for k, v in rows] + narrative +
                     ["Thanks, Owen", "Owen Pullan | Social Worker | Leeds West CP Team | Leeds City Council",
                      "Transfer in conference - KELLY - 05.01.2027.msg"],
        tags=["msg-attachment", "msg-html-only-body", "district-leeds", "transfer-in", "tick-absent"],
        notes="transfer-in counts as initial; serious DA with a Leeds DV co-ordinator allocated and MARAC (Leeds item 5) "
              "-> attend; the bail is for the assault on the mother, not abuse of the children; the .msg has only "
              "an HTML body (no PR_BODY)")
    return cid, eml, lab


CASES = [c01, c02, c03, c04, c05, c06, c07]
