"""Layout 108: forms as pictures inside documents; PDFs carrying the form as an embedded file."""
import datetime as dt
import io

from common import (attachment, council_headers, docx_bytes, finish, image_texts, multipart, odt_with_image,
                    pdf_text, pdf_with_embedded, render_form_image, split_texts, text_part)

T = dt.datetime
DOCX = "vnd.openxmlformats-officedocument.wordprocessingml.document"


def docx_picture(img: bytes, before: list[str] = (), after: list[str] = ()) -> bytes:
    from docx.shared import Cm

    def build(d):
        for p in before:
            d.add_paragraph(p)
        d.add_picture(io.BytesIO(img), width=Cm(16.5))
        for p in after:
            d.add_paragraph(p)
    return docx_bytes(build)


def case01():
    key = "v-108-01"
    recv = T(2026, 12, 8, 13, 30, 0)
    rows = [
        ("##", "Conference details"),
        ("Type of conference", "Initial CPC"),
        ("Date of conference", "Friday 18 December 2026"),
        ("Time", "14:00"),
        ("Venue", "Ossett Town Hall, Market Place"),
        ("Conference Chair", "Simon Lumb"),
        ("Allocated social worker", "Farhana Begum"),
        ("Category of concern", "Physical"),
        ("##", "Child(ren)"),
        ("Name / DOB", "Mason Wilby  04/12/2017"),
        ("Name / DOB", "Evie Wilby  19/02/2020"),
        ("##", "Parents, carers and significant adults"),
        ("Mother", "Jodie Wilby, 07/07/1993"),
        ("Father", "Ashley Wilby, 15/01/1991"),
        ("##", "West Yorkshire Police (please tick one)"),
        ("Police attendance required", "[ ]"),
        ("Written report sufficient", "[X]"),
        ("##", "Reason for conference"),
        "Mason had a red hand-shaped mark on his cheek at school on 24/11/2026. Mr Wilby says he smacked Mason",
        "once after he ran into the road. A strategy discussion was held with police and health on 25/11/2026.",
        "Police did not identify any offence and did not take part in the enquiries: this has been a single-agency",
        "section 47 led by children's social care. Parents have accepted a parenting course.",
    ]
    img, sub = render_form_image(rows, title="CHILD PROTECTION CONFERENCE BOOKING FORM - Wakefield Council SRU", key=key)
    doc = docx_picture(img)
    body = "Please find attached booking form for the Wilby ICPC.\n\nRegards\nSafeguarding and Review Unit\nWakefield Council\n"
    msg = multipart("mixed", [text_part(body), attachment(doc, "Wilby booking form.docx", "application", DOCX)], key)
    subj = "Booking form - Wilby - ICPC"
    finish(msg, council_headers(sender="sru.bookings@wakefield.gov.uk", sender_name="SRU Bookings", to="wakefield.cppu@westyorkshire.police.uk",
                                subject=subj, sent=recv - dt.timedelta(minutes=2), received=recv, key=key))
    case = dict(district="wakefield", kind="initial", date="2026-12-18", time="14:00", tick=False, harm=["physical"],
                children=[("Mason Wilby", "2017-12-04"), ("Evie Wilby", "2020-02-19")], adults=["Jodie Wilby", "Ashley Wilby"],
                criteria=[], decision="report_only", flags_required=["ocr_used"], flags_allowed=["ocr_used"],
                source_texts=[subj] + split_texts(body) + image_texts(rows, "CHILD PROTECTION CONFERENCE BOOKING FORM - Wakefield Council SRU") + ["Wilby booking form.docx"],
                tags=["docx-picture-only", "screenshot-png", "ocr", "single-agency-s47", "strategy-discussion", "tick-report"],
                notes="form only as a PNG screenshot in a .docx (no typed text); single-agency s47 and a strategy discussion with police are not an investigation -> report_only")
    return "v-108-01-wakefield-icpc-docx-screenshot-single-agency-s47", msg, case, recv


def case02():
    key = "v-108-02"
    recv = T(2026, 12, 10, 8, 58, 0)
    rows = [
        ("##", "REVIEW CHILD PROTECTION CONFERENCE - REQUEST"),
        ("Conference", "Review (first review)"),
        ("Date", "Monday 11 January 2027"),
        ("Time", "10.00am"),
        ("Where", "Teams"),
        ("Chair", "Yvonne Hepworth"),
        ("Child", "Kai Thornton  DOB 13/06/2016"),
        ("Child", "Lacey Thornton  DOB 27/11/2018"),
        ("Mother", "Rachel Thornton"),
        ("Father", "Lee Fozzard (no PR, contact at weekends)"),
        ("Plan category", "Neglect"),
        ("Core group", "mum, dad, school, health visitor, family support, SW"),
        ("Police", "[ ] attendance   [X] report only"),
        ("Progress", "Home conditions improved, school attendance 91%. No new"),
        ("", "incidents. Police have had no involvement since the initial conference."),
    ]
    img, sub = render_form_image(rows, title="Leeds City Council - Children and Families", photo=True, key=key)
    typed = "Sorry scanner not working - photo of the form below. Original in the file. Tom"
    doc = docx_picture(img, before=[typed])
    body = "Hi there,\nRCPC for the Thorntons - form attached (photo, sorry).\nTom Walshaw\nSocial Worker, Leeds Children and Families\n"
    msg = multipart("mixed", [text_part(body), attachment(doc, "Thornton RCPC request.docx", "application", DOCX)], key)
    subj = "RCPC request - Thornton - 11/01/27"
    finish(msg, council_headers(sender="tom.walshaw@leeds.gov.uk", sender_name="Tom Walshaw", to="leeds.cppu.conferences@westyorkshire.police.uk",
                                subject=subj, sent=recv - dt.timedelta(minutes=3), received=recv, key=key))
    case = dict(district="leeds", kind="review", date="2027-01-11", time="10:00", tick=False, harm=["neglect"],
                children=[("Kai Thornton", "2016-06-13"), ("Lacey Thornton", "2018-11-27")], adults=["Rachel Thornton", "Lee Fozzard"],
                criteria=[], decision="report_only", flags_required=["ocr_used"], flags_allowed=["ocr_used"],
                source_texts=[subj, typed, "Thornton RCPC request.docx"] + split_texts(body) + image_texts(rows, "Leeds City Council - Children and Families"),
                tags=["docx-picture", "phone-photo-jpeg", "tilted", "ocr", "review", "category-neglect", "tick-report"],
                notes="review; phone photo of the form in a .docx with one typed line; no police in the core group, report only -> report_only; 19 working days' notice (>= 10)")
    return "v-108-02-leeds-rcpc-docx-phone-photo-report-only", msg, case, recv


def case03():
    key = "v-108-03"
    recv = T(2026, 12, 11, 10, 40, 0)
    rows = [
        ("##", "Case Conference Request - Calderdale"),
        ("Conference type", "Initial Child Protection Conference"),
        ("Date / time", "Thursday 7th January 2027 at 13:30"),
        ("Venue", "Todmorden Town Hall"),
        ("Child", "Tyler Ingham, born 03/03/2015"),
        ("Child", "Poppy Ingham, born 21/10/2019"),
        ("Mother", "Stacey Ingham"),
        ("Father", "Carl Ingham"),
        ("Police (tick)", "Attendance required [ ]  Written report [ ]"),
        ("##", "Concerns"),
        "Both children were found by police in a house with no electricity and rotting food after a 999 call",
        "on 26/11/2026. Poppy weighed well below the 2nd centile and had untreated head lice sores.",
        "Calderdale CID are actively investigating both parents for child cruelty / wilful neglect (s1 CYPA",
        "1933); parents interviewed under caution on 02/12/2026, enquiries continuing.",
    ]
    img, sub = render_form_image(rows, title="Calderdale Council - Children and Young People's Services", key=key)
    odt = odt_with_image(img, ["Request form (image) below."])
    body = "Good morning,\nPlease see attached conference request for Ingham. Many thanks\nRaj Kaur\nCP Admin, Calderdale Council\n"
    msg = multipart("mixed", [text_part(body), attachment(odt, "Ingham request.odt", "application", "vnd.oasis.opendocument.text")], key)
    subj = "Conference request INGHAM"
    finish(msg, council_headers(sender="raj.kaur@calderdale.gov.uk", sender_name="Raj Kaur", to="cd.casecon@westyorkshire.police.uk",
                                subject=subj, sent=recv - dt.timedelta(minutes=2), received=recv, key=key))
    case = dict(district="calderdale", kind="initial", date="2027-01-07", time="13:30", tick=None, harm=["neglect"],
                children=[("Tyler Ingham", "2015-03-03"), ("Poppy Ingham", "2019-10-21")], adults=["Stacey Ingham", "Carl Ingham"],
                criteria=["wilful_neglect_investigation"], decision="attend", flags_required=["ocr_used", "tickbox_ambiguous"],
                flags_allowed=["ocr_used", "tickbox_ambiguous"],
                source_texts=[subj, "Request form (image) below.", "Ingham request.odt"] + split_texts(body) + image_texts(rows, "Calderdale Council - Children and Young People's Services"),
                tags=["odt-picture", "ocr", "wilful-neglect", "tick-neither", "calderdale"],
                notes="form as a picture in an .odt; CID actively investigating child cruelty (s1 CYPA 1933) -> attend (Calderdale: unit investigation); neither box ticked -> tickbox_ambiguous, null")
    return "v-108-03-calderdale-icpc-odt-picture-wilful-neglect", msg, case, recv


def case04():
    key = "v-108-04"
    recv = T(2026, 12, 16, 14, 12, 0)
    form = [
        ("Kirklees Council - Child Protection Conference Booking", 13, True),
        ("Conference: Initial Child Protection Conference",),
        ("Date: 23/12/2026    Time: 14:00    Venue: Huddersfield Town Hall, Ramsden Street",),
        ("Chair: Joanna Beever    Social worker: Kieran Walsh",),
        ("Young person: Deshawn Clarke, date of birth 06/02/2010",),
        ("Mother: Michelle Clarke    Father: Andre Clarke",),
        ("Police attendance required: No    Written report sufficient: Yes",),
        ("Reason for conference:",),
        ("Deshawn has been found in Doncaster and Wakefield on four occasions carrying cash and cannabis and is believed to be involved in county lines drug dealing. His mother believes he is being criminally exploited by older males from the estate. He has been reported missing six times since September.",),
        ("Exploitation screening completed 02/12/2026: criminal exploitation high; no CSE concerns identified.",),
        ("Category: Physical (risk of harm from exploitation)",),
    ]
    inner_pdf = pdf_text(form, title="Booking form Clarke")
    cover = pdf_text([("Kirklees Council", 14, True), ("Secure document pack - CLARKE", 12, True),
                      ("This PDF is a portfolio. The booking form is attached inside this document: open the attachments (paperclip) panel to view it.",),
                      ("Contents: Booking form Clarke.pdf",)], title="Portfolio cover")
    pdf = pdf_with_embedded(cover, [("Booking form Clarke.pdf", inner_pdf)], key, portfolio=True)
    body = "Afternoon, please find the conference pack attached (booking form is inside the PDF). Nicola, CP Business Support, Kirklees Council\n"
    msg = multipart("mixed", [text_part(body), attachment(pdf, "CLARKE ICPC pack.pdf", "application", "pdf")], key)
    subj = "ICPC pack - CLARKE - 23.12.2026"
    finish(msg, council_headers(sender="cp.businesssupport@kirklees.gov.uk", sender_name="CP Business Support", to="kirklees.cppu@westyorkshire.police.uk",
                                subject=subj, sent=recv - dt.timedelta(minutes=1), received=recv, key=key))
    case = dict(district="kirklees", kind="initial", date="2026-12-23", time="14:00", tick=False, harm=["physical"],
                children=[("Deshawn Clarke", "2010-02-06")], adults=["Michelle Clarke", "Andre Clarke"], criteria=[], decision="report_only",
                source_texts=[subj, body, "CLARKE ICPC pack.pdf", "Booking form Clarke.pdf", "Kirklees Council", "Secure document pack - CLARKE",
                              "This PDF is a portfolio. The booking form is attached inside this document: open the attachments (paperclip) panel to view it.",
                              "Contents: Booking form Clarke.pdf"] + [f[0] for f in form],
                tags=["pdf-portfolio", "embedded-file", "cce-county-lines", "negated-cse", "tick-report-yes-no", "kirklees-wakefield-rules"],
                notes="the real form is an embedded file in a PDF portfolio; county lines / criminal exploitation with 'no CSE concerns' -> no criterion -> report_only")
    return "v-108-04-kirklees-icpc-pdf-portfolio-county-lines", msg, case, recv


def case05():
    key = "v-108-05"
    recv = T(2027, 1, 6, 9, 15, 0)
    form = [
        ("BRADFORD CHILDREN'S SOCIAL CARE - CONFERENCE AND REVIEW SERVICE", 11, True),
        ("REQUEST FOR INITIAL CHILD PROTECTION CONFERENCE", 12, True),
        ("Date of ICPC: Wednesday 13 January 2027 at 2.00pm, City Hall, Centenary Square",),
        ("Child: Leah Moorhouse   DOB 22/05/2011",),
        ("Mother: Tracey Moorhouse   Step-father: Paul Firth",),
        ("Police attendance required  \u2612      Written report sufficient  \u2610",),
        ("Category: Sexual abuse",),
        ("Summary: Leah has been going to a flat in Manningham where adult men give her alcohol. Images of Leah were shared on Snapchat by a 24-year-old male. The strategy discussion on 30/12/2026 agreed that child sexual exploitation is the main risk; a CSE risk assessment is being completed with the Bradford exploitation hub.",),
        ("Social worker: Olivia Hartley   Chair: Robert Haworth",),
    ]
    inner_pdf = pdf_text(form, title="ICPC request")
    cover = pdf_text([("Bradford Council", 13, True), ("Covering sheet", 11, True),
                      ("The completed request form is attached to this page as a file (see the paperclip icon). Please open the attachment.",),
                      ("Family: MOORHOUSE",)], title="Cover")
    pdf = pdf_with_embedded(cover, [("ICPC request Moorhouse.pdf", inner_pdf)], key, annotate=True)
    body = "Please see attached.\n\nConference and Review Service | Bradford Council\n"
    msg = multipart("mixed", [text_part(body), attachment(pdf, "Moorhouse cover.pdf", "application", "pdf")], key)
    subj = "ICPC MOORHOUSE 13/01"
    finish(msg, council_headers(sender="conference.review@bradford.gov.uk", sender_name="Conference and Review Service", to="bradford.safeguarding@westyorkshire.police.uk",
                                subject=subj, sent=recv - dt.timedelta(minutes=2), received=recv, key=key))
    case = dict(district="bradford", kind="initial", date="2027-01-13", time="14:00", tick=True, harm=["sexual"],
                children=[("Leah Moorhouse", "2011-05-22")], adults=["Tracey Moorhouse", "Paul Firth"],
                criteria=["child_sexual_exploitation"], decision="attend",
                source_texts=[subj, body, "Moorhouse cover.pdf", "ICPC request Moorhouse.pdf", "Bradford Council", "Covering sheet",
                              "The completed request form is attached to this page as a file (see the paperclip icon). Please open the attachment.",
                              "Family: MOORHOUSE"] + [f[0] for f in form],
                tags=["pdf-file-attachment-annotation", "embedded-file", "cse", "tick-attend", "bradford-wakefield-rules"],
                notes="the form is a FileAttachment annotation on the cover page; CSE is the main risk -> attend under Wakefield rules (Bradford)")
    return "v-108-05-bradford-icpc-pdf-attachment-annotation-cse", msg, case, recv


def case06():
    key = "v-108-06"
    recv = T(2027, 1, 11, 11, 25, 0)
    rows = [
        ("Conference", "ICPC"),
        ("Date", "19.01.2027"),
        ("Time", "11:00"),
        ("Venue", "Wakefield One, Room 3.06"),
        ("Child", "Harvey Lockwood (DOB 10/10/2025)"),
        ("Mother", "Paige Lockwood"),
        ("Father", "Jake Stead"),
        ("Category", "Neglect"),
        ("##", "West Yorkshire Police (please tick one)"),
        ("[X]", "Police attendance required"),
        ("[X]", "Written report sufficient"),
        ("##", "Reason"),
        "Harvey was admitted to Pinderfields with faltering growth. The local authority obtained an EPO on",
        "04/01/2027 and Harvey is in foster care. Parents' drug use. No police investigation at present.",
    ]
    img, sub = render_form_image(rows, title="SRU booking form", key=key, font_size=24)
    typed = "Booking form pasted below as the template wouldn't save - SRU"
    doc = docx_picture(img, before=[typed], after=["Completed by: Alex Naylor, SW"])
    body = "Lockwood ICPC booking attached.\nThanks\nSafeguarding and Review Unit\n"
    msg = multipart("mixed", [text_part(body), attachment(doc, "Lockwood ICPC.docx", "application", DOCX)], key)
    subj = "Lockwood ICPC 19.01.27"
    finish(msg, council_headers(sender="sru.bookings@wakefield.gov.uk", sender_name="SRU Bookings", to="wakefield.cppu@westyorkshire.police.uk",
                                subject=subj, sent=recv - dt.timedelta(minutes=2), received=recv, key=key))
    case = dict(district="wakefield", kind="initial", date="2027-01-19", time="11:00", tick=None, harm=["neglect"],
                children=[("Harvey Lockwood", "2025-10-10")], adults=["Paige Lockwood", "Jake Stead"], criteria=[], decision="discuss",
                flags_required=["ocr_used", "tickbox_ambiguous"], flags_allowed=["ocr_used", "tickbox_ambiguous"],
                source_texts=[subj, typed, "Completed by: Alex Naylor, SW", "Lockwood ICPC.docx"] + split_texts(body) + image_texts(rows, "SRU booking form"),
                tags=["docx-picture", "typed-line", "ocr", "both-ticked", "epo-not-pp", "negated-investigation"],
                notes="EPO is a court order, not police protection; no police investigation; both boxes ticked -> tickbox_ambiguous, discuss (Wakefield §4.6)")
    return "v-108-06-wakefield-icpc-docx-picture-both-ticked-epo", msg, case, recv


def case07():
    key = "v-108-07"
    recv = T(2027, 1, 15, 10, 0, 0)
    rows = [
        ("##", "Request for Child Protection Conference"),
        ("Conference type", "Initial"),
        ("Conference date", "Monday 25/01/2027"),
        ("Start time", "13:00"),
        ("Location", "Merrion House, Leeds"),
        ("Chair", "Stephanie Oduya"),
        ("Child", "Charlie Bentley, 02/09/2018"),
        ("Child", "Ivy Bentley, 16/04/2021"),
        ("Mother", "Abbie Bentley"),
        ("Mother's partner", "Craig Lumb"),
        ("Police", "Written report sufficient [X]  Attendance [ ]"),
        ("##", "Reason"),
        "Ms Bentley's new partner Craig Lumb has been staying at the home 4-5 nights a week since October.",
        "He is a registered sex offender (MAPPA category 1, convicted 2018 of sexual activity with a child)",
        "and did not tell his offender manager about the children. Ms Bentley says she did not know.",
    ]
    img, sub = render_form_image(rows, title="Leeds Children and Families", key=key)
    doc = docx_picture(img)
    body = ("Hi, form for Charlie and Ivy's ICPC is attached - I've put written report on it as the offender manager is "
            "giving a report anyway so a written report from you is fine.\n\nSimone Agyeman\nSocial Worker, Leeds City Council\n")
    msg = multipart("mixed", [text_part(body), attachment(doc, "Bentley ICPC request.docx", "application", DOCX)], key)
    subj = "ICPC request Bentley"
    finish(msg, council_headers(sender="simone.agyeman@leeds.gov.uk", sender_name="Simone Agyeman", to="leeds.cppu.conferences@westyorkshire.police.uk",
                                subject=subj, sent=recv - dt.timedelta(minutes=2), received=recv, key=key))
    case = dict(district="leeds", kind="initial", date="2027-01-25", time="13:00", tick=False, harm=["sexual"],
                children=[("Charlie Bentley", "2018-09-02"), ("Ivy Bentley", "2021-04-16")], adults=["Abbie Bentley", "Craig Lumb"],
                criteria=["registered_sex_offender"], decision="attend", flags_required=["ocr_used", "tickbox_conflict"],
                flags_allowed=["ocr_used", "tickbox_conflict"],
                source_texts=[subj, "Bentley ICPC request.docx"] + split_texts(body) + image_texts(rows, "Leeds Children and Families"),
                tags=["docx-picture-only", "ocr", "rso-mappa", "tick-report", "tickbox-conflict", "covering-note-says-report", "unsafe-looks-report-only"],
                notes="the RSO partner staying at the home is only in the picture; the email and the tick say written report -> attend with tickbox_conflict (Leeds item 6)")
    return "v-108-07-leeds-icpc-docx-picture-rso-report-ticked", msg, case, recv


CASES = [case01, case02, case03, case04, case05, case06, case07]
