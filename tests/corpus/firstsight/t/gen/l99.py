"""Layout 99: mislabelled and oddly encoded MIME parts."""
from __future__ import annotations

import datetime as dt
import html as htmlmod
import re

import common as C
import docxw
import pdfforms
from env import DOMAIN, MAILBOX, RELAY, boundary, envelope

DOCX_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# ---------------------------------------------------------------------------------------------- 99-01

def c01():
    cid = "t-99-01-leeds-icpc-dmarc-fail-octet-docx-rfc2231-name"
    rx = dt.datetime(2026, 12, 9, 8, 30, 44)
    docx, dtexts = docxw.table_form(
        "Leeds City Council - Children and Families",
        "Request for Child Protection Conference (Integrated Safeguarding Unit)",
        [
            ("Conference", [["Conference type", "ICPC"], ["Conference date", "17/12/2026"], ["Start time", "10:00"],
                            ["Location", "Microsoft Teams"], ["Chair", "Stephanie Holroyd"],
                            ["Allocated social worker", "Ryan Kitson"], ["Category", "Sexual"]]),
            ("Child", [["Kayla O'Rourke", "26/03/2011", "Female", "Co-op Academy Leeds"]]),
            ("Household", [["Natasha O'Rourke", "Mother", "03/07/1987"]]),
            ("Reason for requesting conference",
             "Kayla has been reported missing nine times since September. She is believed to be being sexually "
             "exploited by a group of older males in Chapeltown who give her cannabis and lifts; a CSE risk assessment "
             "on 30/11/2026 rated the risk as significant."),
            ("Police", [["☒ Police attendance required", "☐ Written report sufficient"]]),
        ])
    fname = "Booking form – O’Rourke – ICPC 17.12.26.docx"
    att = C.Part(["Content-Type: application/octet-stream",
                  "Content-Transfer-Encoding: base64",
                  "Content-Disposition: attachment;\n" + C.rfc2231_filename(fname, 30)], C.b64(docx))
    body = ("Good morning,\n\nPlease find attached a request for an Initial Child Protection Conference for Kayla "
            "O'Rourke on 17/12/2026 at 10:00 (Teams).\n\nKind regards\nISU Conferences\nLeeds City Council")
    top = C.multipart("mixed", [C.text_part(body), att], boundary(cid))
    subj = "ICPC request - O'ROURKE - 17/12/2026"
    received = [
        f"Received: from mail.secure-leedsgov.net (unknown [203.0.113.77])\n by mx1.westyorkshire.police.uk with "
        f"ESMTP id {C.hexid(cid + 'rx', 10).upper()};\n {C.rfc_date(rx)}",
        f"Received: from [192.168.1.23] (unknown [81.2.69.142]) by mail.secure-leedsgov.net\n with ESMTPSA; "
        f"{C.rfc_date(rx - dt.timedelta(minutes=3))}",
    ]
    auth = ("Authentication-Results: mx1.westyorkshire.police.uk; dkim=fail\n (body hash did not verify) "
            "header.d=leeds.gov.uk; spf=fail (sender IP is 203.0.113.77)\n smtp.mailfrom=leeds.gov.uk; "
            "dmarc=fail action=quarantine header.from=leeds.gov.uk")
    eml = envelope(cid, "leeds", rx, "ISU Conferences <isu.conferences@leeds.gov.uk>", C.subject(subj), top,
                   received=received, auth=auth)
    lab = C.label(
        district=None, kind="initial", pre_birth=False, date="2026-12-17", time="10:00", tick=True,
        harm=["sexual"], children=[("Kayla O'Rourke", "2011-03-26")], adults=["Natasha O'Rourke"],
        criteria=["child_sexual_exploitation"], decision="manual_review", received=rx.date(),
        flags_required=["unverified_sender"], deadlines=False,
        unscored=["district_unknown", "late_notice", "deadline_passed", "tickbox_conflict"],
        source_texts=[subj, body, fname] + dtexts,
        tags=["dmarc-fail", "octet-stream-docx", "rfc2231-filename", "district-leeds", "initial",
              "unverified-sender"],
        notes="DKIM, SPF and DMARC fail for a leeds.gov.uk From sent from an unknown host: manual_review with "
              "unverified_sender whatever the content (CSE); the Word form is application/octet-stream with an "
              "RFC 2231 continued UTF-8 file name")
    return cid, eml, lab


# ---------------------------------------------------------------------------------------------- 99-02

def c02():
    cid = "t-99-02-wakefield-icpc-pdf-labelled-msword-escalation"
    rx = dt.datetime(2027, 1, 4, 10, 10, 2)
    blocks = [
        ("h1", "CHILD PROTECTION CONFERENCE BOOKING FORM"),
        ("small", "Wakefield Council - Children and Young People's Service - Safeguarding and Review Unit"),
        ("kv", "Type of conference", "Initial"),
        ("kv", "Date of conference", "13/01/2027"),
        ("kv", "Time", "10.00am"),
        ("kv", "Venue", "Normanton Town Hall, Room 1"),
        ("kv", "Conference Chair", "Robert Charlesworth"),
        ("kv", "Allocated social worker", "Megan Lockwood"),
        ("kv", "Category of concern", "Physical"),
        ("grid", ["Child", "DOB", "School"], [["Logan Bairstow", "14/07/2017", "Normanton Junior Academy"]]),
        ("grid", ["Adult", "Relationship", "DOB"], [["Hayley Bairstow", "Mother", "25/02/1992"],
                                                    ["Scott Bairstow", "Father", "08/08/1989"]]),
        ("h2", "Reason for conference"),
        ("p", "In May 2025 Logan said his dad had hit him with a belt. There was a joint section 47 with police; "
              "Mr Bairstow was interviewed under caution and the police investigation ended with no further action "
              "when Logan did not repeat his account at his ABE interview."),
        ("p", "Since October 2026 school have logged three new unexplained bruises (arm, neck, thigh). Logan now says "
              "his dad is getting angrier and hits him harder than before, and he has asked staff not to send him "
              "home. The worry is that the physical abuse is getting worse. The strategy discussion on 22/12/2026 "
              "agreed a single-agency section 47 because Logan will not give an account to police, so there is no "
              "new police investigation at this point."),
        ("h2", "West Yorkshire Police (tick one)"),
        ("tick", "Police attendance required", False),
        ("tick", "Written report sufficient", True),
        ("kv", "Completed by", "Megan Lockwood 23/12/2026"),
    ]
    pdf, ptexts = pdfforms.render(blocks, "council", title="Booking form Bairstow")
    fname = "ICPC booking - Bairstow.doc"
    att = C.Part([f'Content-Type: application/msword;\n name="{fname}"', "Content-Transfer-Encoding: base64",
                  f'Content-Disposition: attachment;\n filename="{fname}"'], C.b64(pdf))
    body = ("Happy new year all,\n\nPlease find the booking form (Word) for the Bairstow ICPC on Wednesday 13th "
            "January at 10am, Normanton Town Hall.\n\nReports to the chair three working days before please.\n\n"
            "Thanks\nKaren\nSafeguarding and Review Unit")
    top = C.multipart("mixed", [C.text_part(body), att], boundary(cid))
    subj = "ICPC - BAIRSTOW - 13.01.27"
    eml = envelope(cid, "wakefield", rx, "Karen Ibbotson <karen.ibbotson@wakefield.gov.uk>", C.subject(subj), top)
    lab = C.label(
        district="wakefield", kind="initial", pre_birth=False, date="2027-01-13", time="10:00", tick=False,
        harm=["physical"], children=[("Logan Bairstow", "2017-07-14")], adults=["Hayley Bairstow", "Scott Bairstow"],
        criteria=["previous_investigation_escalation", "prior_unit_involvement"], decision="attend",
        received=rx.date(), source_texts=[subj, body, fname] + ptexts,
        tags=["pdf-as-msword", "wrong-content-type", "district-wakefield", "initial", "tick-report",
              "tickbox-conflict", "single-agency-s47"],
        notes="Wakefield item 2: a past police investigation (NFA 2025) and clear escalation now -> attend although "
              "'written report sufficient' is ticked and the current s47 is single agency; the PDF is labelled "
              "application/msword and named .doc")
    return cid, eml, lab


# ---------------------------------------------------------------------------------------------- 99-03

def c03():
    cid = "t-99-03-kirklees-icpc-cancelled-only-in-encoded-subject"
    rx = dt.datetime(2027, 1, 15, 12, 45, 30)
    body = C.dedent("""
        This is an automatic notification from the Kirklees Conference Booking System (CBS).

        Please note the change to the conference shown in the subject line of this email. The details of the conference as originally booked are below for your records.

        ----- Booking -----
        Conference type: Initial Child Protection Conference
        Date: Thursday 21/01/2027
        Time: 13:30
        Venue: Batley Town Hall, Room 2
        Chair: Sandra Walker
        Social worker: Usman Hafeez
        Child: Ella Dewhirst (DOB 19/11/2018)
        Child: Oscar Dewhirst (DOB 04/04/2021)
        Mother: Katie Dewhirst
        Father: Nathan Dewhirst
        Category: Physical abuse
        Reason: Ella told her teacher that her dad hit her with a slipper and pushed her down the stairs; bruising to her back was seen at school. Joint investigation with police: Mr Dewhirst was arrested on 08/01/2027 and released under investigation.
        Police attendance: Requested

        Please do not reply to this automated message.
        """)
    subj_text = "CANCELLED: Initial Child Protection Conference – DEWHIRST – Thursday 21 January 2027"
    w1 = C.encoded_word("CANCELLED: Initial Child ")
    w2 = C.encoded_word("Protection Conference – DEWH")
    w3 = C.encoded_word("IRST – Thursday 21 January 2027")
    subject_header = f"Subject: {w1}\n {w2}\n {w3}"
    top = C.text_part(body, cte="base64")
    eml = envelope(cid, "kirklees", rx, "Kirklees CBS <cbs-noreply@kirklees.gov.uk>", subject_header, top,
                   mailer="CBS Notifier 2.4")
    lab = C.label(
        district="kirklees", kind="initial", pre_birth=False, date="2027-01-21", time="13:30", tick=True,
        harm=["physical"], children=[("Ella Dewhirst", "2018-11-19"), ("Oscar Dewhirst", "2021-04-04")],
        adults=["Katie Dewhirst", "Nathan Dewhirst"], criteria=["current_investigation"], decision="manual_review",
        received=rx.date(), deadlines=False, flags_required=["cancelled"],
        unscored=["no_booking_form", "late_notice", "deadline_passed", "rescheduled"],
        source_texts=[subj_text] + C.lines_of(body),
        tags=["encoded-word-subject", "folded-encoded-words", "base64-body", "district-kirklees", "initial",
              "cancelled", "cancellation-only-in-subject"],
        notes="the only word saying the conference is cancelled is in an RFC 2047 subject split over two encoded "
              "words (the split falls inside the surname); the base64 body is the original booking -> manual_review "
              "with cancelled, whatever the criteria (current investigation)")
    return cid, eml, lab


# ---------------------------------------------------------------------------------------------- 99-04

def flowed(text: str, width: int = 62) -> str:
    """format=flowed; delsp=yes: soft breaks may fall inside words (the trailing space is deleted)."""
    out = []
    for para in text.split("\n"):
        para = para.rstrip(" ")
        if not para:
            out.append("")
            continue
        chunks = [para[i:i + width] for i in range(0, len(para), width)]
        for i, ch in enumerate(chunks):
            if ch.startswith((" ", ">", "From ")):
                ch = " " + ch
            out.append(ch + (" " if i < len(chunks) - 1 else ""))
    return "\n".join(out)


def c04():
    cid = "t-99-04-calderdale-icpc-flowed-delsp-unnamed-pdf-single-agency"
    rx = dt.datetime(2027, 1, 12, 10, 30, 19)
    text = ("Dear colleague,\n\nPlease find the booking details for an Initial Child Protection Conference for Cody "
            "Barraclough (DOB 11/11/2014) and Jasmine Barraclough (DOB 06/06/2018).\n\nDate: Wednesday 20 January "
            "2027\nTime: 11.30am\nVenue: Elland Library, upstairs meeting room\nChair: Colin Whitwam\nParents: Lisa "
            "Barraclough and Neil Barraclough (both live with the children)\nCategory: emotional abuse\n\n"
            "The booking form is attached as a PDF. In short: both parents have significant mental health "
            "difficulties and the children are regularly caught up in their arguments; Cody has started refusing to "
            "go home from school. A strategy discussion with police and health took place on 05/01/2027 and it was "
            "agreed that the section 47 enquiry would be single agency: there is no criminal investigation. Police "
            "checks showed no trace for either parent.\n\nPolice: a written report is sufficient for this "
            "conference.\n\nThanks,\nHelen Thornber\nSocial Worker, Calder Valley Team\nCalderdale Council")
    blocks = [
        ("h1", "Calderdale - Request for Child Protection Conference"),
        ("kv", "Conference", "Initial"), ("kv", "Date", "20/01/2027"), ("kv", "Time", "11:30"),
        ("kv", "Venue", "Elland Library, upstairs meeting room"), ("kv", "Chair", "Colin Whitwam"),
        ("kv", "Social worker", "Helen Thornber"), ("kv", "Category", "Emotional abuse"),
        ("grid", ["Name", "Relationship", "DOB"], [["Cody Barraclough", "Child", "11/11/2014"],
                                                   ["Jasmine Barraclough", "Child", "06/06/2018"],
                                                   ["Lisa Barraclough", "Mother", "30/09/1985"],
                                                   ["Neil Barraclough", "Father", "12/12/1982"]]),
        ("h2", "Reason"),
        ("p", "Emotional harm from parental conflict and both parents' poor mental health. Cody (12) is refusing to go "
              "home from school and Jasmine (8) is wetting the bed again."),
        ("h2", "Police involvement"),
        ("p", "Strategy discussion 05/01/2027 with police and health: single-agency section 47, no criminal "
              "investigation. PNC / Niche checks: no trace for either parent."),
        ("h2", "Police"),
        ("tick", "Police attendance requested", False),
        ("tick", "Written report sufficient", True),
    ]
    pdf, ptexts = pdfforms.render(blocks, "council")
    body_part = C.Part(['Content-Type: text/plain; charset="utf-8"; format=flowed; delsp=yes',
                        "Content-Transfer-Encoding: 8bit"], flowed(text))
    att = C.Part(["Content-Type: application/octet-stream", "Content-Transfer-Encoding: base64",
                  "Content-Disposition: attachment"], C.b64(pdf))
    top = C.multipart("mixed", [body_part, att], boundary(cid))
    subj = "ICPC - BARRACLOUGH - 20/01/2027"
    eml = envelope(cid, "calderdale", rx, "Helen Thornber <helen.thornber@calderdale.gov.uk>", C.subject(subj), top,
                   mailer="Mozilla Thunderbird 128.5.2")
    lab = C.label(
        district="calderdale", kind="initial", pre_birth=False, date="2027-01-20", time="11:30", tick=False,
        harm=["emotional"], children=[("Cody Barraclough", "2014-11-11"), ("Jasmine Barraclough", "2018-06-06")],
        adults=["Lisa Barraclough", "Neil Barraclough"], criteria=[], decision="report_only", received=rx.date(),
        source_texts=[subj] + C.lines_of(text) + ptexts,
        tags=["format-flowed-delsp", "soft-breaks-inside-words", "attachment-without-name", "district-calderdale",
              "initial", "tick-report", "single-agency-s47", "no-criterion"],
        notes="Calderdale: single-agency s47, police checks no trace, no previous involvement -> report_only; the body "
              "is format=flowed delsp=yes with soft breaks inside names; the PDF has no file name at all")
    return cid, eml, lab


# ---------------------------------------------------------------------------------------------- 99-05

def c05():
    cid = "t-99-05-bradford-icpc-utf16-body-neighbour-call-nfa"
    rx = dt.datetime(2026, 12, 17, 9, 20, 51)
    text = C.dedent("""
        BRADFORD CHILDREN’S SOCIAL CARE – CONFERENCE REQUEST (generated by LCS)

        Conference: Initial Child Protection Conference
        Date: 29/12/2026    Time: 14:00
        Venue: City Hall, Bradford – Committee Room 1
        Chair: Ian Shackleton
        Social worker: Nadia Hussain
        Category: Neglect

        Child 1: Ayaan Rashid, DOB 15/01/2016
        Child 2: Inaya Rashid, DOB 09/09/2019
        Mother: Farzana Rashid
        Father: Imran Rashid

        Reason: Neglect – the children are often left unsupervised, the house is cold and there is little food in; Inaya’s weight has dropped below the 2nd centile and she has missed her dietitian appointments.

        Police information: In November a neighbour rang the police to say she had heard screaming from the house. Officers attended, spoke to both children, found no injuries and identified no offences; it was logged as a concern for welfare with no further action. There is no police investigation. CSE: none identified. Domestic abuse: none reported.

        Police attendance required: No
        Written report sufficient: Yes
        """)
    top = C.Part(['Content-Type: text/plain; charset="utf-16"', "Content-Transfer-Encoding: base64"],
                 C.b64(text.encode("utf-16")))
    subj = "Conference request - RASHID - ICPC 29/12/2026"
    eml = envelope(cid, "bradford", rx, "LCS Notifications <lcs.notifications@bradford.gov.uk>", C.subject(subj), top,
                   mailer="LCS Mailer")
    lab = C.label(
        district="bradford", kind="initial", pre_birth=False, date="2026-12-29", time="14:00", tick=False,
        harm=["neglect"], children=[("Ayaan Rashid", "2016-01-15"), ("Inaya Rashid", "2019-09-09")],
        adults=["Farzana Rashid", "Imran Rashid"], criteria=[], decision="report_only", received=rx.date(),
        unscored=["no_booking_form"], source_texts=[subj] + C.lines_of(text),
        tags=["utf16-body", "base64-body", "single-part", "district-bradford", "initial", "tick-report",
              "neighbour-report-nfa", "no-criterion", "christmas"],
        notes="Bradford (Wakefield rules): a neighbour's call, officers attended, no offences, NFA; no investigation, "
              "CSE and DA negated -> report_only; the whole message is one UTF-16 text part in base64")
    return cid, eml, lab


# ---------------------------------------------------------------------------------------------- 99-06

def c06():
    cid = "t-99-06-wakefield-icpc-latin1-smart-quotes-raw-html-in-text-tz"
    rx = dt.datetime(2027, 1, 12, 0, 2, 11)
    text = (
        "Hi,\n\nBooking details below – I copied them out of the case system and it’s brought the formatting with "
        "it, sorry.\n\n"
        '<div class="cs-form"><h3>Child Protection Conference Booking</h3>\n'
        '<table border="1" cellpadding="2">\n'
        "<tr><td><b>Conference</b></td><td>Initial CPC</td></tr>\n"
        "<tr><td><b>Date</b></td><td>Monday 18th January 2027</td></tr>\n"
        "<tr><td><b>Time</b></td><td>09:30</td></tr>\n"
        "<tr><td><b>Venue</b></td><td>Ossett Town Hall, Room 4</td></tr>\n"
        "<tr><td><b>Chair</b></td><td>Linda Speight</td></tr>\n"
        "<tr><td><b>Child</b></td><td>Frankie Moss &ndash; DOB 02/08/2019</td></tr>\n"
        "<tr><td><b>Mother</b></td><td>Leah Moss</td></tr>\n"
        "<tr><td><b>Mother&#8217;s partner</b></td><td>Jordan Pearce</td></tr>\n"
        "<tr><td><b>Category</b></td><td>Emotional abuse</td></tr>\n"
        "<tr><td><b>Police attendance required</b></td><td>&#9744;</td></tr>\n"
        "<tr><td><b>Written report sufficient</b></td><td>&#9746;</td></tr>\n"
        "</table></div>\n\n"
        "Reason: Frankie (7) keeps telling staff at school that “mummy cries all the time” and that he is scared "
        "when Jordan shouts. Leah says her previous partner (not Frankie’s dad) was violent to her in 2019 but she "
        "never reported it to the police. In November Leah made a Clare’s Law request about Jordan – the police "
        "told her there was nothing to disclose. There have been no police call-outs to the address.\n\n"
        "Thanks\nRebecca Normington\nSocial Worker – Wakefield East\n")
    body = C.Part(['Content-Type: text/plain; charset="iso-8859-1"', "Content-Transfer-Encoding: quoted-printable"],
                  C.qp(text, "cp1252"))
    subj = "ICPC Mon 18 Jan - MOSS"
    received = C.received_chain(cid, DOMAIN["wakefield"], rx, outer_host=RELAY["wakefield"])
    date_header = "Mon, 11 Jan 2027 18:58:00 -0500"
    eml = envelope(cid, "wakefield", rx, "Rebecca Normington <rebecca.normington@wakefield.gov.uk>", C.subject(subj),
                   body, received=received, date_header=date_header, mailer="Microsoft Outlook 16.0")
    stripped = htmlmod.unescape(re.sub(r"<[^>]+>", " ", text))
    lab = C.label(
        district="wakefield", kind="initial", pre_birth=False, date="2027-01-18", time="09:30", tick=False,
        harm=["emotional"], children=[("Frankie Moss", "2019-08-02")], adults=["Leah Moss", "Jordan Pearce"],
        criteria=[], decision="report_only", received=rx.date(), unscored=["no_booking_form"],
        source_texts=[subj] + C.lines_of(text) + C.lines_of(stripped),
        tags=["latin1-declared-cp1252-bytes", "smart-quotes", "raw-html-in-text-plain", "html-entity-ticks",
              "received-vs-date-timezone", "district-wakefield", "initial", "tick-report", "late-notice",
              "historic-da-unreported", "dvds-nothing-to-disclose", "no-criterion"],
        notes="Wakefield: DA in a previous relationship never reported and a Clare's Law request with nothing to "
              "disclose -> no criterion; ticks are HTML entities (&#9744; / &#9746;) in pasted markup -> report only; "
              "received Tue 12/01 by the newest Received header (the Date header says Monday 18:58 -0500), so 4 "
              "working days' notice: late")
    return cid, eml, lab


# ---------------------------------------------------------------------------------------------- 99-07

def c07():
    cid = "t-99-07-leeds-rcpc-docx-named-pdf-late-notice"
    rx = dt.datetime(2027, 1, 4, 14, 30, 27)
    docx, dtexts = docxw.table_form(
        "Leeds City Council - Integrated Safeguarding Unit",
        "Invitation: Review Child Protection Conference",
        [
            ("", [["Conference", "Review CPC (1st review)"], ["Date", "Friday 15 January 2027"], ["Time", "10:00"],
                  ["Venue", "Microsoft Teams"], ["Chair", "Andrew Fenwick"], ["Social worker", "Chloe Asquith"],
                  ["Category", "Neglect"]]),
            ("Child", [["Grace Noble", "17/10/2022"]]),
            ("Parents", [["Rebecca Noble", "Mother"], ["Tom Noble", "Father"]]),
            ("Update from the social worker",
             "Grace is now at nursery three days a week and her weight is back on track. Dad has engaged with Forward "
             "Leeds about his drinking. Police are not core group members and there has been no police involvement "
             "since the initial conference. If dad drinks before contact again the SW will think about whether the "
             "police need to be told."),
            ("Police", [["Police attendance requested?", "No - written report only"]]),
        ])
    fname = "RCPC Invitation - Noble.pdf"
    att = C.Part([f'Content-Type: application/pdf;\n name="{fname}"', "Content-Transfer-Encoding: base64",
                  f'Content-Disposition: attachment;\n filename="{fname}"'], C.b64(docx))
    body = ("Dear all,\n\nPlease find attached the invitation to Grace Noble's first review conference on Friday "
            "15/01/2027 at 10:00. Apologies for the late notice, the invitation was held up over Christmas.\n\n"
            "ISU Conference Admin\nLeeds City Council")
    top = C.multipart("mixed", [C.text_part(body), att], boundary(cid))
    subj = "RCPC invitation - NOBLE - 15/01/2027"
    eml = envelope(cid, "leeds", rx, "ISU Conference Admin <isu.conferenceadmin@leeds.gov.uk>", C.subject(subj), top)
    lab = C.label(
        district="leeds", kind="review", pre_birth=False, date="2027-01-15", time="10:00", tick=False,
        harm=["neglect"], children=[("Grace Noble", "2022-10-17")], adults=["Rebecca Noble", "Tom Noble"],
        criteria=[], decision="report_only", received=rx.date(), source_texts=[subj, body, fname] + dtexts,
        tags=["docx-named-pdf", "wrong-content-type", "district-leeds", "review", "tick-report", "late-notice",
              "hypothetical-police", "no-criterion"],
        notes="Leeds review: no police involvement, police only in a hypothetical -> report_only; 9 working days' "
              "notice against Leeds' 10 for reviews -> late_notice; the .docx is sent as application/pdf named .pdf")
    return cid, eml, lab


CASES = [c01, c02, c03, c04, c05, c06, c07]
