"""Layout 80: Gmail / Google Workspace / Apple Mail shapes: gmail_quote forwards, pasted Google Docs
checklists (aria-checked), Google Forms response notifications, Apple Mail with an inline PDF."""
import re

from common import Rec, Pdf, text_part, attach, multipart, send, label, utc
from email.mime.multipart import MIMEMultipart

GMAIL = "mail-sor-f41.google.com"
APPLE_MAILER = "Apple Mail (2.3826.400.131.1.6)"


def plain_from(pieces):
    return "\n\n".join(pieces)


def gmail_alt(rec, html, plain_pieces):
    plain = rec.t(plain_from(plain_pieces))
    return multipart("alternative", [text_part(plain, qp=True), text_part(html, "html")], None)


def c01():
    cid, slug = "p-80-01", "wakefield-gmail-forward-quote-strategy-trap-discuss"
    rec = Rec()
    h = rec.h
    top = ["Hi CPPU,", "Forwarding Sam's booking details for Ellis Kaye's ICPC below - CareDirector is down so the usual form can't be produced. Shout if you need anything else.", "Natalie"]
    fwd_hdr = ["---------- Forwarded message ---------", "From: Sam Horbury <sam.horbury@wakefield.gov.uk>",
               "Date: Mon, 18 Jan 2027 at 16:02", "Subject: ICPC details - KAYE", "To: Natalie Brear <natalie.brear@wakefield.gov.uk>"]
    q = [
        "Hi Natalie, can you send these on to the usual agencies please?",
        "ICPC - Thursday 28th January 2027 at 10am, Wakefield One (Room 1.08) / Teams",
        "Child: Ellis Kaye, DOB 19/10/2019 (Reception, Lupset Primary)",
        "Mum: Rachel Kaye, DOB 07/03/1998",
        "Dad: Tom Whitwam, DOB 15/11/1996 (not living with them, sees Ellis most weekends)",
        "Chair: Fiona Marsh",
        "Category: physical abuse",
        "Reason: On 11/01/2027 Ellis came to school with a large bruise on his forehead and a cut lip. Mum said he fell down the stairs; Ellis gave two different explanations. A strategy discussion took place with police and health on 14/01/2027. Police advised there would be no criminal investigation as the CP medical found the injuries consistent with a fall, so the s47 is single-agency. There are wider concerns about supervision and Mum's drinking.",
        "Police attendance required - YES please (SW would like police at conference given the conflicting accounts)",
        "Thanks, Sam",
        "Sam Horbury | Social Worker | Wakefield Council",
    ]
    sig = ["Natalie Brear", "Business Support Officer | Safeguarding and Review Unit", "Wakefield Council"]
    top_html = "".join("<div>%s</div><div><br></div>" % h(x) for x in top)
    sig_html = '<div dir="ltr" class="gmail_signature">%s</div>' % "<br>".join(h(x) for x in sig)
    attr = "<br>".join(h(x) for x in fwd_hdr)
    quoted = "".join("<div>%s</div>" % h(x) for x in q)
    html = f"""<div dir="ltr">{top_html}<span class="gmail_signature_prefix">-- </span><br>{sig_html}</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{attr}<br></div><br><br><div dir="ltr">{quoted}</div></div>
"""
    msg = gmail_alt(rec, html, top + ["-- "] + sig + fwd_hdr + q)
    eml = send(cid, rec, msg, name="Natalie Brear", addr="natalie.brear@wakefield.gov.uk", district="wakefield",
               subject="Fwd: ICPC details - KAYE", sent="2027-01-19 08:47", recv="2027-01-19 08:48", mailer=None,
               relay=GMAIL, marking=False)
    lab = label(cid, slug, rec=rec, district="wakefield", kind="initial", pre_birth=False, date="2027-01-28", time="10:00",
                tick=True, harm=["physical"], children=[("Ellis Kaye", "2019-10-19")], adults=["Rachel Kaye", "Tom Whitwam"],
                criteria=[], decision="discuss", received=utc("2027-01-19 08:48"),
                tags=["gmail-html", "gmail-quote-forward", "strategy-discussion-trap", "negated-investigation", "district-wakefield", "initial", "tick-attend"],
                notes="strategy discussion with police and 'no criminal investigation': no criterion; attendance asked for: Wakefield \u00a74.6 discuss")
    return cid, slug, eml, lab


def c02():
    cid, slug = "p-80-02", "calderdale-gmail-google-docs-checklist-police-protection"
    rec = Rec()
    h = rec.h
    items = [
        (True, "Child(ren) taken into police protection (s46) in the last 7 days"),
        (False, "Current police investigation (physical / sexual abuse)"),
        (False, "Registered sex offender in or linked to the household"),
        (False, "CSE concerns"),
        (False, "Domestic abuse with MARAC / police DA officer involvement"),
        (False, "Previous police safeguarding unit involvement with the family"),
        (True, "Mental health crisis of parent"),
        (True, "Parental substance misuse"),
    ]
    lis = ""
    for checked, txt in items:
        style = "list-style-type:none;" + ("text-decoration:line-through;" if checked else "")
        glyph = "\u2611" if checked else "\u2610"
        lis += '<li dir="ltr" role="checkbox" aria-checked="%s" style="%s"><p dir="ltr" role="presentation"><span>%s</span></p></li>' % (
            "true" if checked else "false", style, h("%s %s" % (glyph, txt)))
    details = [
        "Initial Child Protection Conference - Wednesday 3rd February 2027, 1.30pm, Halifax Town Hall (Room 2)",
        "Children: Freya Holroyd (DOB 08/08/2018) and Oscar Holroyd (DOB 01/06/2022)",
        "Mother: Stacey Holroyd (DOB 25/12/1994). Father of both children: Ben Sykes (DOB 03/04/1993), lives in Elland, no regular contact.",
        "Chair: Andrew Haigh. SW: Megan Pollitt.",
    ]
    story = "On the evening of 15/01/2027 police attended the home on a concern for welfare and found Ms Holroyd unconscious after taking an overdose of her prescribed medication with alcohol. Freya and Oscar were removed by officers under police protection and spent the night with emergency foster carers. Police protection ended the next day and the children are now with their maternal grandmother while Ms Holroyd is treated. This is the first time the family has been known to police."
    intro = "Hi, checklist from our conference request doc pasted below (couldn't attach it as it's a Google Doc). Details:"
    html = '<div dir="ltr"><div>%s</div><br>%s<br><ul style="margin-top:0;margin-bottom:0;padding-inline-start:28px" role="list">%s</ul><br><div>%s</div><div><br></div><div>%s</div><div>%s</div></div>' % (
        h(intro), "".join("<div>%s</div>" % h(x) for x in details), lis, h(story), h("Police attendance: not specified on the request doc."),
        h("Megan Pollitt | Social Worker | Calderdale Council"))
    plain_items = ["%s %s" % ("\u2611" if c else "\u2610", t) for c, t in items]
    msg = gmail_alt(rec, html, [intro] + details + plain_items + [story, "Police attendance: not specified on the request doc.", "Megan Pollitt | Social Worker | Calderdale Council"])
    eml = send(cid, rec, msg, name="Megan Pollitt", addr="megan.pollitt@calderdale.gov.uk", district="calderdale",
               subject="ICPC request - HOLROYD - 03/02/2027", sent="2027-01-20 13:12", recv="2027-01-20 13:13",
               mailer=None, relay=GMAIL, marking=False)
    lab = label(cid, slug, rec=rec, district="calderdale", kind="initial", pre_birth=False, date="2027-02-03", time="13:30",
                tick=None, harm=["neglect"], children=[("Freya Holroyd", "2018-08-08"), ("Oscar Holroyd", "2022-06-01")],
                adults=["Stacey Holroyd"], criteria=["police_protection"], decision="discuss",
                received=utc("2027-01-20 13:13"),
                tags=["gmail-html", "google-docs-checklist", "aria-checked", "strikethrough-checked", "district-calderdale", "initial", "tick-absent"],
                notes="conference arises from s46 police protection on 15/01 (checked item, struck through as Google Docs does, and the free text); Calderdale does not list police protection: discuss; unchecked items are labels only; first police contact so no prior involvement")
    return cid, slug, eml, lab


def c03():
    cid, slug = "p-80-03", "kirklees-google-forms-response-qa-review-report-only"
    rec = Rec()
    h = rec.h
    qa = [
        ("Conference type", "Review Child Protection Conference"),
        ("Date of conference", "09/02/2027"),
        ("Start time", "10:00"),
        ("Venue", "Batley Town Hall - Room 4"),
        ("Conference chair", "Jennifer Oates"),
        ("Child/children (name and date of birth)", "Jacob Wilkinson 12/09/2011; Mia Wilkinson 23/03/2014"),
        ("Parents / carers / significant adults", "Claire Wilkinson (mum); Neil Wilkinson (dad)"),
        ("Category of plan", "Emotional abuse"),
        ("Is anyone in or linked to the household a registered sex offender?", "No"),
        ("Is there current police involvement (investigation, bail, police protection)?", "No"),
        ("Has child sexual exploitation been identified as a risk?", "No - CSE screening tool completed October 2026, no risk indicators"),
        ("Are police members of the core group?", "No"),
        ("Brief reason / progress", "Parents have separated amicably and attend all core groups. Jacob's school refusal has improved with CAMHS support. The plan is likely to end at this review."),
        ("Police contribution requested", "Written report sufficient"),
        ("Name of person submitting", "Aaron Whiteley (SW)"),
    ]
    rows = "".join('<tr><td style="padding:6px;border-bottom:1px solid #ddd;color:#555;width:40%%">%s</td><td style="padding:6px;border-bottom:1px solid #ddd">%s</td></tr>' % (h(q), h(a)) for q, a in qa)
    title = h("Kirklees Child Protection Conference Request")
    html = f"""<html><body style="font-family:Roboto,Arial,sans-serif;font-size:14px">
<div style="background:#673ab7;color:#fff;padding:12px;font-size:18px">{title}</div>
<p>{h("A new response has been submitted to your form.")}</p>
<table cellspacing="0" style="border-collapse:collapse;width:100%"><tr><th align="left">{h("Question")}</th><th align="left">{h("Answer")}</th></tr>{rows}</table>
<p style="font-size:12px;color:#777">{h("Sent by Form Notifications (Google Forms add-on). Timestamp: 21/01/2027 11:42:07")}</p>
</body></html>"""
    plain = ["A new response has been submitted to your form."] + ["%s: %s" % (q, a) for q, a in qa]
    msg = gmail_alt(rec, html, plain)
    eml = send(cid, rec, msg, name="'Form Notifications' via Kirklees CP Bookings", addr="cp-bookings@kirklees.gov.uk",
               district="kirklees", subject="New response: Kirklees Child Protection Conference Request (WILKINSON RCPC 09/02/2027)",
               sent="2027-01-21 11:42", recv="2027-01-21 11:43", mailer=None, relay=GMAIL, marking=False,
               extra=[("List-ID", "<cp-bookings.kirklees.gov.uk>"), ("X-Original-Sender", "forms-notifications@kirklees.gov.uk")])
    lab = label(cid, slug, rec=rec, district="kirklees", kind="review", pre_birth=False, date="2027-02-09", time="10:00",
                tick=False, harm=["emotional"], children=[("Jacob Wilkinson", "2011-09-12"), ("Mia Wilkinson", "2014-03-23")],
                adults=["Claire Wilkinson", "Neil Wilkinson"], criteria=[], decision="report_only", received=utc("2027-01-21 11:43"),
                tags=["google-forms-notification", "question-answer", "google-group-relay", "negated-questions", "district-kirklees", "review", "tick-report", "kirklees-wakefield-rules"],
                notes="every criterion appears in a question whose answer is No: no criterion; review, written report: report_only")
    return cid, slug, eml, lab


def apple(rec, cid, intro_lines, pdf_bytes, fn, tail_lines):
    h = rec.h
    html1 = '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">%s<div><br></div></body></html>' % "".join(
        "<div>%s</div>" % h(x) for x in intro_lines)
    html2 = '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word;"><div><br></div>%s</body></html>' % "".join(
        "<div>%s</div>" % h(x) for x in tail_lines)
    rec.t(fn)
    mixed = multipart("mixed", [text_part(html1, "html"), attach(pdf_bytes, "application", "pdf", fn, inline=True),
                                text_part(html2, "html")], cid)
    plain = rec.t("\n".join(intro_lines) + "\n\n" + "\n".join(tail_lines))
    return multipart("alternative", [text_part(plain), mixed], cid)


def c04():
    cid, slug = "p-80-04", "bradford-apple-mail-inline-pdf-rso-elsewhere-ppo-nominal"
    rec = Rec()
    p = Pdf(rec, title="ICPC booking")
    p.line("OFFICIAL-SENSITIVE", "DVB", 9)
    p.line("BRADFORD CHILDREN'S SERVICES", "DVB", 11)
    p.line("Initial Child Protection Conference \u2013 Booking Form", "DVB", 12)
    p.space()
    p.table([150, 345], [
        ["Date", "Thursday 04/02/2027"], ["Time", "11:00"], ["Venue", "Shipley Town Hall, Committee Room"],
        ["Chair", "Maureen Fothergill"], ["Social worker", "Jaspreet Kaur"],
        ["Child", "Lily-Rose Ambler \u2013 13/10/2022"], ["Child", "Harrison Ambler \u2013 30/01/2024"],
        ["Mother", "Kirsty Ambler \u2013 21/02/1997"], ["Father", "Nathan Ambler \u2013 08/09/1995"],
        ["Category", "Neglect"],
    ], header=False)
    p.space()
    p.line("Reason for conference", "DVB", 10)
    p.para("Persistent neglect: the flat is cold and damp, Harrison has been admitted twice with chest infections, and both children have missed all developmental reviews. Mr Ambler is a PPO nominal managed under the IOM scheme for burglary and is often out at night; Ms Ambler struggles alone with two small children.")
    p.para("Ms Ambler's brother, Darren Ambler, is a registered sex offender. He lives in Hull, has had no contact with the family since 2017 and Ms Ambler has no wish to see him. Checks have found no association with the household.")
    p.space()
    p.line("West Yorkshire Police:   Attendance required \u2610     Written report sufficient \u2612", "DV", 10)
    pdf = p.bytes()
    intro = ["Hi there,", "Booking form for the Ambler ICPC is below - sent from my iPad as I'm out on visits today."]
    tail = ["Thanks", "Jaspreet", "", "Jaspreet Kaur", "Social Worker, Bradford Children's Services"]
    msg = apple(rec, cid, intro, pdf, "Ambler ICPC booking.pdf", tail)
    eml = send(cid, rec, msg, name="Jaspreet Kaur", addr="jaspreet.kaur@bradford.gov.uk", district="bradford",
               subject="Ambler ICPC 4/2/27", sent="2027-01-22 12:18", recv="2027-01-22 12:20", mailer=APPLE_MAILER,
               marking=False)
    lab = label(cid, slug, rec=rec, district="bradford", kind="initial", pre_birth=False, date="2027-02-04", time="11:00",
                tick=False, harm=["neglect"], children=[("Lily-Rose Ambler", "2022-10-13"), ("Harrison Ambler", "2024-01-30")],
                adults=["Kirsty Ambler", "Nathan Ambler"], criteria=[], decision="report_only", received=utc("2027-01-22 12:20"),
                tags=["apple-mail", "inline-pdf", "rso-no-association", "ppo-offender-trap", "district-bradford", "initial", "tick-report", "bradford-wakefield-rules"],
                notes="the RSO is a relative living in Hull with no contact or association (not the criterion); 'PPO nominal' is a prolific offender, not police protection; written report: report_only")
    return cid, slug, eml, lab


def c05():
    cid, slug = "p-80-05", "leeds-gmail-cancellation-quoting-invite"
    rec = Rec()
    h = rec.h
    top = ["Hi all,", "Please note the ICPC for Jayden Tordoff booked for Wednesday 27th January at 10am has been CANCELLED. The family moved to Sheffield last week and the case is transferring out to Sheffield Children's Services, who will convene their own conference.",
           "Please do not send reports. Apologies for any inconvenience.", "Lauren"]
    attr = "On Mon, 11 Jan 2027 at 14:20, Lauren Fieldhouse <lauren.fieldhouse@leeds.gov.uk> wrote:"
    q = ["Dear colleagues,", "ICPC - Jayden Tordoff (DOB 04/07/2018) - Wednesday 27/01/2027 at 10:00, Teams.",
         "Mother: Kelly Tordoff (DOB 12/12/1990).", "Reason: neglect; Jayden has missed 40% of school this term and was found wandering alone at 22:00 on 02/01/2027.",
         "Police attendance requested: No - report only.", "Lauren Fieldhouse, ISU Business Support, Leeds City Council"]
    quoted = "".join("<div>%s</div>" % h(x) for x in q)
    html = '<div dir="ltr">%s</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (
        "".join("<div>%s</div><div><br></div>" % h(x) for x in top), h(attr), quoted)
    msg = gmail_alt(rec, html, top + [attr] + ["> " + x for x in q])
    # the '> ' quoted plain lines are a single recorded piece; also keep the unquoted ones (from HTML)
    eml = send(cid, rec, msg, name="Lauren Fieldhouse", addr="lauren.fieldhouse@leeds.gov.uk", district="leeds",
               subject="Re: ICPC TORDOFF 27/01/2027 - CANCELLED", sent="2027-01-25 09:05", recv="2027-01-25 09:06",
               mailer=None, relay=GMAIL, marking=False)
    lab = label(cid, slug, rec=rec, district="leeds", kind="initial", pre_birth=False, date="2027-01-27", time="10:00",
                tick=None, harm=["neglect"], children=[("Jayden Tordoff", "2018-07-04")], adults=["Kelly Tordoff"],
                criteria=[], decision="manual_review", received=utc("2027-01-25 09:06"), deadlines=False,
                required=["cancelled"],
                forbidden=["rescheduled", "unverified_sender", "district_unknown", "not_an_invitation", "possible_duplicate",
                           "encrypted_unreadable", "unreadable_attachment", "tickbox_conflict"],
                tags=["gmail-html", "gmail-quote-reply", "cancellation", "quoted-original-invite", "district-leeds", "initial"],
                notes="reply saying the ICPC is cancelled (case transferring out), quoting the original invite: manual_review with cancelled; deadlines left null as the conference will not happen")
    return cid, slug, eml, lab


def c06():
    cid, slug = "p-80-06", "wakefield-gmail-chair-outcome-letter-not-invitation"
    rec = Rec()
    h = rec.h
    lines = [
        "Dear colleagues,",
        "Outcome of the Initial Child Protection Conference held on Thursday 21 January 2027",
        "Child: Zac Lumb (DOB 02/06/2016). Parents: Chantelle Lumb and Tony Lumb.",
        "The conference decided that Zac should be the subject of a child protection plan under the category of physical abuse. The outline plan is attached to the CareDirector record and will be circulated within 2 working days.",
        "Core group: SW (Daniel Parkin), Snapethorpe Primary, school nurse, both parents, and West Yorkshire Police (DC Lucy Marshall) while the investigation remains open.",
        "First core group: Thursday 4 February 2027 at 15:30, Snapethorpe Primary.",
        "Review conference: Wednesday 21 April 2027 at 10:00 \u2013 an invitation and booking form will follow nearer the time.",
        "Thank you all for your contributions.",
        "Yvette Sharp",
        "Child Protection Chair, Safeguarding and Review Unit, Wakefield Council",
    ]
    html = '<div dir="ltr">%s</div>' % "".join("<div>%s</div><div><br></div>" % h(x) for x in lines)
    msg = gmail_alt(rec, html, lines)
    eml = send(cid, rec, msg, name="Yvette Sharp", addr="yvette.sharp@wakefield.gov.uk", district="wakefield",
               subject="ICPC outcome - LUMB - 21/01/2027", sent="2027-01-26 16:10", recv="2027-01-26 16:11",
               mailer=None, relay=GMAIL, marking=False)
    lab = label(cid, slug, rec=rec, district="wakefield", kind=None, pre_birth=None, date=None, time=None,
                tick=None, harm=["physical"], children=[("Zac Lumb", "2016-06-02")], adults=["Chantelle Lumb", "Tony Lumb"],
                criteria=[], decision="manual_review", received=utc("2027-01-26 16:11"), deadlines=False,
                required=["not_an_invitation"],
                forbidden=["cancelled", "rescheduled", "unverified_sender", "district_unknown", "possible_duplicate",
                           "encrypted_unreadable", "unreadable_attachment", "tickbox_conflict", "late_notice", "deadline_passed"],
                tags=["gmail-html", "chair-outcome-letter", "not-an-invitation", "future-review-date-trap", "district-wakefield"],
                notes="chair's outcome letter after the ICPC; the April review date and the core group line are not an invitation: manual_review with not_an_invitation")
    return cid, slug, eml, lab


def c07():
    cid, slug = "p-80-07", "kirklees-transfer-in-apple-inline-pdf-lancashire-charge"
    rec = Rec()
    p = Pdf(rec, title="Transfer-in conference")
    p.line("OFFICIAL-SENSITIVE", "DVB", 9)
    p.line("Kirklees Council \u2013 Transfer-In Child Protection Conference", "DVB", 12)
    p.line("Request for agency information and attendance", "DV", 10)
    p.space()
    p.table([170, 325], [
        ["Originating authority", "Lancashire County Council (Burnley)"],
        ["Conference", "Transfer-in CPC"],
        ["Date and time", "Tuesday 9 February 2027, 2.00pm"],
        ["Venue", "Huddersfield Civic Centre 1, Room G.04"],
        ["Chair", "Martin Garside"],
        ["Receiving SW", "Leanne Hinchliffe"],
        ["Bailey Nuttall", "DOB 22/12/2013 \u2013 Y8"],
        ["Logan Nuttall", "DOB 15/05/2016 \u2013 Y5"],
        ["Gemma Nuttall", "Mother \u2013 DOB 10/10/1988 (moved to Huddersfield with the boys)"],
        ["Wayne Nuttall", "Father \u2013 DOB 04/01/1986 \u2013 remains in Burnley"],
        ["Plan category", "Sexual abuse (plan since 30/10/2026)"],
    ], header=False)
    p.space()
    p.line("Police involvement", "DVB", 10)
    p.para("Lancashire Constabulary are investigating Bailey's disclosure that his father sexually abused him. Mr Nuttall was charged on 20/12/2026 with sexual assault of a child under 13 and is on conditional bail (no contact with either boy, not to enter Kirklees) awaiting trial at Preston Crown Court. The OIC is DC Sharon Whalley, Lancashire Constabulary Burnley CID.")
    p.para("Ms Nuttall moved to Huddersfield in December to be near her family.")
    p.space()
    p.line("West Yorkshire Police \u2013 attendance requested?   YES \u2612   NO \u2610", "DV", 10)
    pdf = p.bytes()
    intro = ["Hello,", "Please see the attached transfer-in conference request for Bailey and Logan Nuttall. Lancashire's records are being transferred this week."]
    tail = ["Best wishes", "Leanne", "Leanne Hinchliffe | Social Worker | Kirklees Council"]
    msg = apple(rec, cid, intro, pdf, "Transfer In CPC - NUTTALL.pdf", tail)
    eml = send(cid, rec, msg, name="Leanne Hinchliffe", addr="leanne.hinchliffe@kirklees.gov.uk", district="kirklees",
               subject="Transfer in CPC - Nuttall - 09.02.2027", sent="2027-01-29 10:32", recv="2027-01-29 10:35",
               mailer=APPLE_MAILER)
    lab = label(cid, slug, rec=rec, district="kirklees", kind="transfer_in", pre_birth=False, date="2027-02-09", time="14:00",
                tick=True, harm=["sexual"], children=[("Bailey Nuttall", "2013-12-22"), ("Logan Nuttall", "2016-05-15")],
                adults=["Gemma Nuttall", "Wayne Nuttall"], criteria=["current_investigation"], decision="attend",
                received=utc("2027-01-29 10:35"),
                tags=["apple-mail", "inline-pdf", "transfer-in", "other-force-investigation", "district-kirklees", "tick-attend", "kirklees-wakefield-rules"],
                notes="transfer-in from Lancashire; the father is charged and on bail for sexual abuse of the child (current matter in another force still counts): attend by the Wakefield rules")
    return cid, slug, eml, lab


CASES = [c01, c02, c03, c04, c05, c06, c07]
