"""Layout 109: bilingual (Welsh-English) and translated / plain-English forms."""
import datetime as dt
from email.mime.text import MIMEText

from common import (attachment, council_headers, docx_bytes, finish, multipart, pdf_text, split_texts, text_part)

T = dt.datetime
DOCX = "vnd.openxmlformats-officedocument.wordprocessingml.document"


def docx_table(title_lines, rows):
    def build(d):
        for t in title_lines:
            d.add_paragraph(t)
        tab = d.add_table(rows=0, cols=2)
        tab.style = "Table Grid"
        for a, b in rows:
            cells = tab.add_row().cells
            cells[0].text = a
            cells[1].text = b
    return docx_bytes(build)


def row_texts(rows):
    out = []
    for a, b in rows:
        out += [a, b, f"{a} {b}"]
    return [t for t in out if t]


def case01():
    key = "v-109-01"
    recv = T(2026, 12, 8, 12, 12, 0)
    title = ["Cyngor Sir Dyffryn Teifi / Teifi Valley County Council",
             "Gwasanaethau Plant / Children's Services",
             "FFURFLEN TROSGLWYDDO CYNHADLEDD AMDDIFFYN PLANT / CHILD PROTECTION CONFERENCE TRANSFER FORM"]
    rows = [
        ("Awdurdod sy'n derbyn / Receiving authority", "Kirklees Council"),
        ("Math o gynhadledd / Type of conference", "Cynhadledd trosglwyddo i mewn / Transfer-in conference"),
        ("Dyddiad / Date", "18/12/2026"),
        ("Amser / Time", "10:00"),
        ("Lleoliad / Venue", "Civic Centre 3, Huddersfield"),
        ("Enw'r plentyn / Child's name", "Osian Pritchard"),
        ("Dyddiad geni / Date of birth", "14/08/2015"),
        ("Enw'r plentyn / Child's name", "Cerys Pritchard"),
        ("Dyddiad geni / Date of birth", "01/03/2019"),
        ("Mam / Mother", "Rhian Pritchard"),
        ("Partner y fam / Mother's partner", "Darren Lloyd"),
        ("Categori / Category", "Cam-drin corfforol / Physical abuse"),
        ("Heddlu / Police: Presenoldeb yn ofynnol / Attendance required", "\u2612"),
        ("Heddlu / Police: Adroddiad ysgrifenedig yn ddigonol / Written report sufficient", "\u2610"),
        ("Rhan yr heddlu / Police involvement",
         "Mae Heddlu Dyfed-Powys yn ymchwilio i'r anafiadau i Osian. Arestiwyd Mr Lloyd ar 19/11/2026 ac mae ar fechnïaeth. / "
         "Dyfed-Powys Police are investigating Osian's injuries. Mr Lloyd was arrested on 19/11/2026 and is on bail."),
        ("Rheswm dros drosglwyddo / Reason for transfer", "Symudodd y teulu i Huddersfield / The family moved to Huddersfield on 27/11/2026"),
    ]
    doc = docx_table(title, rows)
    body = """Dear CPPU,

We have received the attached transfer form from Teifi Valley County Council (Wales). The transfer-in conference for Osian and Cerys will be held in Kirklees on Friday 18 December 2026 at 10am, Civic Centre 3. The form is in Welsh and English as sent to us.

Kind regards
Hannah Sowden
Child Protection Conference Team, Kirklees Council
"""
    msg = multipart("mixed", [text_part(body), attachment(doc, "Ffurflen trosglwyddo - Pritchard.docx", "application", DOCX)], key)
    subj = "Transfer in CPC - PRITCHARD - 18/12/2026 (form from Wales)"
    finish(msg, council_headers(sender="hannah.sowden@kirklees.gov.uk", sender_name="Hannah Sowden", to="kirklees.cppu@westyorkshire.police.uk",
                                subject=subj, sent=recv - dt.timedelta(minutes=2), received=recv, key=key))
    case = dict(district="kirklees", kind="transfer_in", date="2026-12-18", time="10:00", tick=True, harm=["physical"],
                children=[("Osian Pritchard", "2015-08-14"), ("Cerys Pritchard", "2019-03-01")], adults=["Rhian Pritchard", "Darren Lloyd"],
                criteria=["current_investigation"], decision="attend",
                source_texts=[subj, "Ffurflen trosglwyddo - Pritchard.docx"] + split_texts(body) + title + row_texts(rows),
                tags=["bilingual-welsh", "docx-table", "transfer-in", "other-force-investigation", "bail", "tick-attend", "kirklees-wakefield-rules"],
                notes="Welsh/English transfer form; Dyfed-Powys Police investigating, mother's partner on bail -> current investigation -> attend")
    return "v-109-01-kirklees-transfer-in-welsh-bilingual-docx-bail", msg, case, recv


def case02():
    key = "v-109-02"
    recv = T(2026, 12, 14, 10, 31, 0)
    lines = [
        ("Cyngor Bwrdeistref Sirol Glannau Hafren / Severnside County Borough Council", 10, True),
        ("Cynhadledd Amddiffyn Plant - Trosglwyddo / Child Protection Conference - Transfer", 12, True),
        ("Awdurdod sy'n derbyn / Receiving authority: Wakefield Council",),
        ("Dyddiad / Date: Dydd Mercher 23 Rhagfyr 2026 / Wednesday 23 December 2026",),
        ("Amser / Time: 1.00pm",),
        ("Lleoliad / Venue: Wakefield One",),
        ("Enw / Name: Gethin Morgan-Hale   Dyddiad geni / DOB: 09/09/2020",),
        ("Rhieni / Parents: Ffion Morgan (mam / mother); Ryan Hale (tad / father)",),
        ("Categori / Category: Esgeulustod / Neglect",),
        ("Heddlu / Police:",),
        ("[ ] Angen presenoldeb / Attendance required",),
        ("[X] Adroddiad ysgrifenedig yn ddigonol / Written report sufficient",),
        ("Gwybodaeth yr heddlu / Police information: Cynhaliwyd trafodaeth strategaeth gyda Heddlu Gwent ar 02/11/2026. Dim ymchwiliad heddlu cyfredol. / A strategy discussion was held with Gwent Police on 02/11/2026. There is no current police investigation.",),
        ("Pryderon / Concerns: Gethin's dental decay, missed appointments and the home conditions; mother's low mood.",),
    ]
    pdf = pdf_text(lines, title="Transfer form")
    body = ("Good morning\nTransfer-in conference for Gethin Morgan-Hale: Wed 23/12/2026 13:00, Wakefield One. "
            "Transfer form from the Welsh authority attached (bilingual).\n\nMichelle Dawson\nSafeguarding and Review Unit\nWakefield Council\n")
    msg = multipart("mixed", [text_part(body), attachment(pdf, "Trosglwyddo-Transfer MORGAN-HALE.pdf", "application", "pdf")], key)
    subj = "Transfer In CPC - MORGAN-HALE"
    finish(msg, council_headers(sender="michelle.dawson@wakefield.gov.uk", sender_name="Michelle Dawson", to="wakefield.cppu@westyorkshire.police.uk",
                                subject=subj, sent=recv - dt.timedelta(minutes=2), received=recv, key=key))
    case = dict(district="wakefield", kind="transfer_in", date="2026-12-23", time="13:00", tick=False, harm=["neglect"],
                children=[("Gethin Morgan-Hale", "2020-09-09")], adults=["Ffion Morgan", "Ryan Hale"], criteria=[], decision="report_only",
                source_texts=[subj, "Trosglwyddo-Transfer MORGAN-HALE.pdf"] + split_texts(body) + [l[0] for l in lines],
                tags=["bilingual-welsh", "pdf-text", "transfer-in", "strategy-discussion", "negated-investigation", "tick-report"],
                notes="strategy discussion with Gwent Police and 'no current police investigation' (in both languages): no criterion, written report -> report_only")
    return "v-109-02-wakefield-transfer-in-welsh-bilingual-pdf-report-only", msg, case, recv


def case03():
    key = "v-109-03"
    recv = T(2027, 1, 7, 14, 2, 0)
    title = ["Cyngor Sir Penrhyn Môn / Penrhyn County Council - Gwasanaethau Plant",
             "Trosglwyddo Achos Amddiffyn Plant / Child Protection Case Transfer"]
    rows = [
        ("Dyddiad y gynhadledd / Conference date", "Dydd Llun 18 Ionawr 2027"),
        ("Amser / Time", "09:30"),
        ("Awdurdod derbyn / Receiving authority", "Leeds City Council, Integrated Safeguarding Unit"),
        ("Enw / Name", "Nia Vaughan"),
        ("Dyddiad geni / DOB", "30/04/2017"),
        ("Enw / Name", "Macsen Vaughan"),
        ("Dyddiad geni / DOB", "12/12/2022"),
        ("Mam / Mother", "Sian Vaughan"),
        ("Tad / Father", "Kyle Roberts"),
        ("Categori / Category", "Emosiynol / Emotional"),
        ("Cam-drin domestig / Domestic abuse",
         "Risg uchel (DASH 19). Cyfeiriwyd at MARAC 24/11/2026. Mae Swyddog Cam-drin Domestig Heddlu Gogledd Cymru "
         "yn dal i weithio gyda Sian; mae gorchymyn DAPO yn erbyn Mr Roberts. / High risk, MARAC 24/11/2026, DA officer still involved."),
        ("Heddlu / Police", "Nodwch / Please indicate"),
    ]
    doc = docx_table(title, rows)
    body = """Hiya

Transfer in - VAUGHAN. Family moved to Leeds (Seacroft) from north Wales just before Christmas. Conference Monday 18th January at 9:30, Seacroft Hub. The Welsh council's transfer paperwork is attached, mostly in Welsh I'm afraid - our translation request is in but won't be back before the conference.

Thanks
Amira Shah
ISU, Leeds City Council
"""
    msg = multipart("mixed", [text_part(body), attachment(doc, "Trosglwyddo VAUGHAN.docx", "application", DOCX)], key)
    subj = "TI CPC VAUGHAN 18.01.27 09.30"
    finish(msg, council_headers(sender="amira.shah@leeds.gov.uk", sender_name="Amira Shah", to="leeds.cppu.conferences@westyorkshire.police.uk",
                                subject=subj, sent=recv - dt.timedelta(minutes=2), received=recv, key=key))
    case = dict(district="leeds", kind="transfer_in", date="2027-01-18", time="09:30", tick=None, harm=["emotional"],
                children=[("Nia Vaughan", "2017-04-30"), ("Macsen Vaughan", "2022-12-12")], adults=["Sian Vaughan", "Kyle Roberts"],
                criteria=["domestic_abuse_current_involvement"], decision="attend",
                source_texts=[subj, "Trosglwyddo VAUGHAN.docx"] + split_texts(body) + title + row_texts(rows),
                tags=["bilingual-welsh", "mostly-welsh", "docx-table", "transfer-in", "domestic-abuse", "marac", "date-in-welsh", "tick-absent", "unsafe-looks-report-only"],
                notes="conference date only in Welsh on the form ('Dydd Llun 18 Ionawr 2027', also in the body); high-risk DA, MARAC, North Wales DA officer still involved -> Leeds item 5 -> attend")
    return "v-109-03-leeds-transfer-in-mostly-welsh-docx-marac", msg, case, recv


def case04():
    key = "v-109-04"
    recv = T(2026, 12, 18, 11, 20, 0)
    body = """Hello,

Conference details below (interpreter booked - Polish).

CONFERENCE TYPE: Initial child protection conference
DATE: Monday 11 January 2027
TIME: 10.00
VENUE: Elland Community Centre

CHILD: Zuzanna Wiśniewska   DOB 17/05/2014   School: Elland Church of England Primary
MOTHER: Katarzyna Wiśniewska (matka)
FATHER: Piotr Wiśniewski (ojciec) - lives in the household

CONCERN / REASON: przemoc fizyczna (physical). Zuzanna told her teacher "tata bije mnie pasem" (dad hits me with a belt). No marks seen. Mother alleges father has hit Zuzanna before. Mother has not reported this to police and does not want to; police have not been told of any offence and are not investigating. Single-agency assessment ongoing.

POLICE: Attendance required - nie / no.  Written report - tak / yes.

Many thanks,
Ewa Nowak-Brown
Social Worker, Calderdale Children's Social Care
"""
    subj = "ICPC WIŚNIEWSKA 11/01/27"
    msg = text_part(body)
    finish(msg, council_headers(sender="ewa.nowak-brown@calderdale.gov.uk", sender_name="Ewa Nowak-Brown", to="cd.casecon@westyorkshire.police.uk",
                                subject=subj, sent=recv - dt.timedelta(minutes=2), received=recv, key=key))
    case = dict(district="calderdale", kind="initial", date="2027-01-11", time="10:00", tick=False, harm=["physical"],
                children=[("Zuzanna Wiśniewska", "2014-05-17")], adults=["Katarzyna Wiśniewska", "Piotr Wiśniewski"], criteria=[],
                decision="report_only",
                source_texts=[subj] + split_texts(body),
                tags=["english-labels-polish-answers", "body-text", "diacritics", "allegation-only", "negated-investigation", "tick-report-yes-no-polish", "calderdale", "christmas-holidays"],
                notes="answers partly in Polish; physical harm alleged but not reported to police, no investigation and no police history -> no criterion (Calderdale) -> report_only")
    return "v-109-04-calderdale-icpc-polish-answers-allegation-only", msg, case, recv


def case05():
    key = "v-109-05"
    recv = T(2027, 1, 12, 9, 44, 0)
    html = """<html><body style="font-family:Arial">
<p>Assalamu alaikum / Good morning,</p>
<p>Please see below booking for ICPC.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Conference</td><td>Initial Child Protection Conference</td></tr>
<tr><td>Date</td><td>Thursday 21/01/2027</td></tr>
<tr><td>Time</td><td>1:30pm</td></tr>
<tr><td>Venue</td><td>Manningham Hub, Lumb Lane</td></tr>
<tr><td>Children</td><td>Hamza Rafiq (15/09/2013); Maryam Rafiq (04/04/2016)</td></tr>
<tr><td>Ammi (mother)</td><td>Shazia Rafiq</td></tr>
<tr><td>Abbu (father)</td><td>Tariq Rafiq</td></tr>
<tr><td>Nani (maternal grandmother, lives with family)</td><td>Zubeida Begum</td></tr>
<tr><td>Reason</td><td>Emotional harm: Hamza and Maryam describe daily shouting and being locked out of the house as a punishment. A neighbour called 101 about the shouting on 03/01/2027; officers attended, spoke to the family and recorded no offences. There is no police investigation.</td></tr>
<tr><td>Police attendance required</td><td>&#10004;</td></tr>
<tr><td>Written report sufficient</td><td></td></tr>
</table>
<p>Shukriya,<br>Nadia Hussain<br>Conference and Review Service, Bradford Council</p>
</body></html>"""
    text = ("Assalamu alaikum / Good morning,\nPlease see below booking for ICPC.\nConference: Initial Child Protection Conference\nDate: Thursday 21/01/2027\nTime: 1:30pm\n"
            "Venue: Manningham Hub, Lumb Lane\nChildren: Hamza Rafiq (15/09/2013); Maryam Rafiq (04/04/2016)\nAmmi (mother): Shazia Rafiq\nAbbu (father): Tariq Rafiq\n"
            "Nani (maternal grandmother, lives with family): Zubeida Begum\nReason: Emotional harm: Hamza and Maryam describe daily shouting and being locked out of the house as a punishment. A neighbour called 101 about the shouting on 03/01/2027; officers attended, spoke to the family and recorded no offences. There is no police investigation.\n"
            "Police attendance required: \u2714\nWritten report sufficient:\nShukriya,\nNadia Hussain\nConference and Review Service, Bradford Council\n")
    msg = multipart("alternative", [text_part(text), MIMEText(html, "html", "utf-8")], key)
    subj = "ICPC booking RAFIQ 21.01.2027"
    finish(msg, council_headers(sender="nadia.hussain@bradford.gov.uk", sender_name="Nadia Hussain", to="bradford.safeguarding@westyorkshire.police.uk",
                                subject=subj, sent=recv - dt.timedelta(minutes=2), received=recv, key=key))
    case = dict(district="bradford", kind="initial", date="2027-01-21", time="13:30", tick=True, harm=["emotional"],
                children=[("Hamza Rafiq", "2013-09-15"), ("Maryam Rafiq", "2016-04-04")], adults=["Shazia Rafiq", "Tariq Rafiq", "Zubeida Begum"],
                criteria=[], decision="discuss",
                source_texts=[subj] + split_texts(text),
                tags=["english-answers-urdu-labels", "html-table", "neighbour-report", "negated-investigation", "tick-attend-glyph", "bradford-wakefield-rules"],
                notes="relationship labels in Urdu (Ammi, Abbu, Nani); the neighbour's 101 call with no offences is not a criterion; attendance ticked -> discuss")
    return "v-109-05-bradford-icpc-urdu-family-labels-neighbour-call", msg, case, recv


def case06():
    key = "v-109-06"
    recv = T(2027, 1, 4, 13, 10, 0)
    lines = [
        ("Leeds City Council", 14, True),
        ("Easy read version of the conference form", 13, True),
        ("This form is written in plain English for everyone to understand.", 10),
        ("What is the meeting?  A review child protection conference. This is a meeting to check how the plan is going.", 11),
        ("When is it?  Tuesday 19 January 2027 at 2 o'clock in the afternoon (14:00).", 11),
        ("Where is it?  Merrion House, Leeds, or on Teams.", 11),
        ("Who is it about?  Jordan Asante, born 8 November 2010.", 11),
        ("Who looks after Jordan?  His mum, Efua Asante, and his gran, Grace Asante.", 11),
        ("Why is there a plan?  Jordan's mum was finding it hard to keep him safe. Jordan has been hurting himself. The plan is for emotional harm.", 11),
        ("Is anyone from the police working with the family now?  No. The police are not part of the core group.", 11),
        ("Do the police need to come to the meeting?", 11),
        ("YES  \u2611", 11),
        ("NO, a written report is enough  \u2610", 11),
        ("Why?  Jordan asked for the police officer who spoke to him at school about knife crime to be there, because he trusts her.", 11),
        ("Who wrote this form?  Kelly Ramsden, social worker.", 11),
    ]
    pdf = pdf_text(lines, title="Easy read conference form")
    body = "Please find attached our plain English conference form for Jordan's review.\nISU\n"
    msg = multipart("mixed", [text_part(body), attachment(pdf, "Easy read form - Asante RCPC.pdf", "application", "pdf")], key)
    subj = "RCPC Asante 19/01/2027 - easy read form"
    finish(msg, council_headers(sender="isu.admin@leeds.gov.uk", sender_name="ISU Admin", to="leeds.cppu.conferences@westyorkshire.police.uk",
                                subject=subj, sent=recv - dt.timedelta(minutes=2), received=recv, key=key))
    case = dict(district="leeds", kind="review", date="2027-01-19", time="14:00", tick=True, harm=["emotional"],
                children=[("Jordan Asante", "2010-11-08")], adults=["Efua Asante", "Grace Asante"], criteria=[], decision="discuss",
                source_texts=[subj, "Easy read form - Asante RCPC.pdf"] + split_texts(body) + [l[0] for l in lines],
                tags=["plain-english-form", "easy-read", "pdf-text", "review", "negated-core-group", "tick-attend-yes", "knife-crime-not-criterion"],
                notes="council's easy-read form; review, police not in the core group, but the form asks for police (YES ticked) -> discuss")
    return "v-109-06-leeds-rcpc-easy-read-form-police-asked", msg, case, recv


def case07():
    key = "v-109-07"
    recv = T(2027, 1, 20, 15, 35, 0)
    body = """Hi,

Below is the plain English version of our booking form for Ava's conference (we send this version to Ava and her mum as well).

== ABOUT THE MEETING ==
This is the first child protection conference for Ava Clegg (born 3 March 2011).
It is on Friday 29 January 2027 at 10.30am at Wakefield One.
Ava lives with her mum, Natalie Clegg, and her mum's boyfriend, Shaun Farrar.

== WHAT ARE WE WORRIED ABOUT? ==
Ava has been meeting a man in his twenties she met online. He has bought her a phone and sends her messages of a sexual nature, and she has stayed out overnight at his flat. We think Ava is being sexually exploited. Ava does not see it this way and says he is her boyfriend.

== WHAT IS GOING WELL? ==
Mum is working with us and has stopped Ava going out late. Ava is still going to school most days.

== SHOULD THE POLICE COME TO THE MEETING? ==
[ ] Yes
[ ] No, a report is enough

Thank you
Chloe Kershaw, Social Worker, Wakefield Council
"""
    subj = "Ava Clegg - conference 29/01 - plain English form"
    msg = text_part(body)
    finish(msg, council_headers(sender="chloe.kershaw@wakefield.gov.uk", sender_name="Chloe Kershaw", to="wakefield.cppu@westyorkshire.police.uk",
                                subject=subj, sent=recv - dt.timedelta(minutes=2), received=recv, key=key))
    case = dict(district="wakefield", kind="initial", date="2027-01-29", time="10:30", tick=None, harm=["sexual"],
                children=[("Ava Clegg", "2011-03-03")], adults=["Natalie Clegg", "Shaun Farrar"],
                criteria=["child_sexual_exploitation"], decision="attend", flags_required=["tickbox_ambiguous"],
                flags_allowed=["tickbox_ambiguous"],
                source_texts=[subj] + split_texts(body),
                tags=["plain-english-form", "body-text", "cse", "tick-neither", "first-conference-wording"],
                notes="'first child protection conference' = initial; CSE in plain words -> attend (Wakefield item 5); neither box ticked -> tickbox_ambiguous")
    return "v-109-07-wakefield-icpc-plain-english-cse-neither-ticked", msg, case, recv


CASES = [case01, case02, case03, case04, case05, case06, case07]
