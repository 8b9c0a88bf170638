"""Layout 110: mailbox noise around an invitation (auto-replies, NDRs, read receipts, recalls, re-sends)."""
import datetime as dt
from email import message_from_bytes
from email import policy as _policy

from common import (attachment, council_headers, docx_bytes, finish, inner_headers, multipart, pdf_text,
                    police_internal_headers, rfc822_part, rfc_date, seed_hex, set_headers, split_texts, text_part, to_bytes)

T = dt.datetime
DOCX = "vnd.openxmlformats-officedocument.wordprocessingml.document"

NOT_INV_FORBIDDEN = ["late_notice", "deadline_passed", "possible_duplicate", "tickbox_conflict"]


def _not_invitation(district, subj, texts, tags, notes, extra_required=()):
    return dict(district=district, kind=None, date=None, time=None, tick=None, harm=None, children=None, adults=None,
                criteria=None, decision="manual_review", flags_required=["not_an_invitation", *extra_required],
                flags_forbidden=NOT_INV_FORBIDDEN, source_texts=[subj] + texts, tags=tags, notes=notes)


def case01():
    key = "v-110-01"
    recv = T(2026, 12, 9, 10, 5, 0)
    body = """Thank you for your email. I am out of the office until Monday 4th January 2027 with no access to emails. For urgent child protection matters please contact the duty team on 0113 376 0336 or the ISU on 0113 378 9687.

Mae croeso i chi ysgrifennu ataf yn Gymraeg.

-----Original Message-----
From: CPPU Weetwood - Conference Invites <leeds.cppu.conferences@westyorkshire.police.uk>
Sent: 09 December 2026 10:04
To: Joseph Abbey <joseph.abbey@leeds.gov.uk>
Subject: RE: ICPC - PEARSON - 15/12/2026

Received with thanks, report will be sent to the ISU by 14/12.
CPPU Admin

-----Original Message-----
From: Joseph Abbey <joseph.abbey@leeds.gov.uk>
Sent: 07 December 2026 15:30
Subject: ICPC - PEARSON - 15/12/2026

ICPC for Mia Pearson (DOB 03/11/2019), Tuesday 15/12/2026 at 10:00, Merrion House. Mother: Jade Pearson. Police attendance required [X]. Reason: physical injury to Mia, mother's partner Lewis Grant arrested 05/12/2026 and released under investigation.
"""
    subj = "Automatic reply: RE: ICPC - PEARSON - 15/12/2026"
    msg = text_part(body)
    finish(msg, council_headers(sender="joseph.abbey@leeds.gov.uk", sender_name="Joseph Abbey", to="leeds.cppu.conferences@westyorkshire.police.uk",
                                subject=subj, sent=recv - dt.timedelta(seconds=40), received=recv, key=key,
                                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                                       ("In-Reply-To", f"<{seed_hex(key, 'orig', n=20)}@westyorkshire.police.uk>")]), mailer=None)
    case = _not_invitation("leeds", subj, split_texts(body),
                           ["out-of-office", "auto-replied", "quotes-invitation", "not-an-invitation"],
                           "an out-of-office reply to the police's acknowledgement; it quotes an invitation (RUI, attendance ticked) but is not one -> manual_review not_an_invitation")
    return "v-110-01-leeds-out-of-office-quoting-invitation", msg, case, recv


def _invitation_inner(key, sent):
    body = """Good afternoon,

Initial Child Protection Conference - Alfie Booth (DOB 20/02/2018)
Date: Thursday 17 December 2026, 2.30pm, Wakefield One
Mother: Jessica Booth. Father: Dale Booth.
Police: [X] attendance required  [ ] written report sufficient
Reason: Alfie disclosed that his father hit him with a belt; joint s47 with police, Mr Booth interviewed under caution and released under investigation.

Kind regards
Janet Lodge, Safeguarding and Review Unit, Wakefield Council
"""
    m = text_part(body)
    set_headers(m, inner_headers(sender="janet.lodge@wakefield.gov.uk", sender_name="Janet Lodge", to="wakefield.cppu@westyorkshire.police.uk",
                                 subject="ICPC - BOOTH - 17/12/2026", sent=sent, key=key))
    return m, body


def case02():
    key = "v-110-02"
    recv = T(2026, 12, 10, 7, 14, 22)
    inner, inner_body = _invitation_inner(key, T(2026, 12, 9, 16, 2, 0))
    # the mailbox rule forwarded the invitation to a DS who has left; the forward bounced
    fwd = multipart("mixed", [text_part("Auto-forwarded by mailbox rule.\n"), rfc822_part(inner)], key + "fwd")
    set_headers(fwd, [("Message-ID", f"<{seed_hex(key, 'fwd', n=20)}@westyorkshire.police.uk>"), ("Date", rfc_date(T(2026, 12, 10, 7, 14, 0))),
                      ("From", "Wakefield CPPU <wakefield.cppu@westyorkshire.police.uk>"),
                      ("To", "martin.oxley@westyorkshire.police.uk"), ("Subject", "FW: ICPC - BOOTH - 17/12/2026")])
    fwd_bytes = to_bytes(fwd).decode()
    text = ("Delivery has failed to these recipients or groups:\n\nmartin.oxley@westyorkshire.police.uk\n"
            "The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. "
            "If the problem continues, please contact your helpdesk.\n")
    b = "----=_NDR_" + seed_hex(key, "b")
    raw = "\n".join([
        f"Received: from WYP-EXHUB02.westyorkshire.police.uk (10.44.1.12) by WYP-EXMB01.westyorkshire.police.uk\n with Microsoft SMTP Server; {rfc_date(recv)}",
        "Authentication-Results: mx1.westyorkshire.police.uk; dkim=pass\n header.d=westyorkshire.police.uk; spf=pass smtp.mailfrom=westyorkshire.police.uk;\n dmarc=pass header.from=westyorkshire.police.uk",
        f"Message-ID: <{seed_hex(key, 'ndr', n=24)}@WYP-EXMB01.westyorkshire.police.uk>",
        f"Date: {rfc_date(recv)}",
        "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@westyorkshire.police.uk>",
        "To: Wakefield CPPU <wakefield.cppu@westyorkshire.police.uk>",
        "Subject: Undeliverable: FW: ICPC - BOOTH - 17/12/2026",
        "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/report; report-type=delivery-status;\n boundary="{b}"',
        "",
        f"--{b}",
        'Content-Type: text/plain; charset="us-ascii"',
        "",
        text,
        f"--{b}",
        "Content-Type: message/delivery-status",
        "",
        "Reporting-MTA: dns;WYP-EXMB01.westyorkshire.police.uk",
        f"Arrival-Date: {rfc_date(recv)}",
        "",
        "Final-Recipient: rfc822;martin.oxley@westyorkshire.police.uk",
        "Action: failed",
        "Status: 5.1.1",
        "Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
        "",
        f"--{b}",
        "Content-Type: message/rfc822",
        "",
        fwd_bytes,
        f"--{b}--",
        "",
    ])
    msg = message_from_bytes(raw.encode())
    subj = "Undeliverable: FW: ICPC - BOOTH - 17/12/2026"
    case = _not_invitation(None, subj, split_texts(text, inner_body) + ["Auto-forwarded by mailbox rule.", "FW: ICPC - BOOTH - 17/12/2026", "ICPC - BOOTH - 17/12/2026"],
                           ["ndr", "multipart-report", "delivery-status", "message-rfc822-carries-invitation", "not-an-invitation"],
                           "a non-delivery report for the mailbox's own auto-forward; it carries a real invitation (RUI, attendance ticked) that arrived earlier; the NDR itself is not an invitation -> manual_review not_an_invitation; district not scored (sender is the police's Exchange)")
    return "v-110-02-police-ndr-carrying-wakefield-invitation", msg, case, recv


def case03():
    key = "v-110-03"
    recv = T(2026, 12, 17, 12, 40, 3)
    b = "----=_MDN_" + seed_hex(key, "b")
    text = ("Your message\n\n  To: Louise Pickering\n  Subject: ICPC Report - BARKER - 21/12/2026\n  Sent: 17 December 2026 11:58\n\n"
            "was read on 17 December 2026 12:39.\n")
    hdrs = ("From: Calderdale SGU <cd.casecon@westyorkshire.police.uk>\nTo: Louise Pickering <louise.pickering@calderdale.gov.uk>\n"
            "Subject: ICPC Report - BARKER - 21/12/2026\nDate: Thu, 17 Dec 2026 11:58:10 +0000\n"
            f"Message-ID: <{seed_hex(key, 'orig', n=20)}@westyorkshire.police.uk>\n")
    head = council_headers(sender="louise.pickering@calderdale.gov.uk", sender_name="Louise Pickering", to="Calderdale SGU <cd.casecon@westyorkshire.police.uk>",
                           subject="Read: ICPC Report - BARKER - 21/12/2026", sent=recv - dt.timedelta(seconds=30), received=recv, key=key)
    raw = "\n".join([f"{k}: {v}" for k, v in head] + [
        "MIME-Version: 1.0",
        f'Content-Type: multipart/report; report-type=disposition-notification;\n boundary="{b}"',
        "",
        f"--{b}",
        'Content-Type: text/plain; charset="utf-8"',
        "",
        text,
        f"--{b}",
        "Content-Type: message/disposition-notification",
        "",
        "Reporting-UA: EXCH05.corp.local; Microsoft Exchange Server",
        "Final-Recipient: rfc822;louise.pickering@calderdale.gov.uk",
        f"Original-Message-ID: <{seed_hex(key, 'orig', n=20)}@westyorkshire.police.uk>",
        "Disposition: manual-action/MDN-sent-manually; displayed",
        "",
        f"--{b}",
        "Content-Type: text/rfc822-headers",
        "",
        hdrs,
        f"--{b}--",
        "",
    ])
    msg = message_from_bytes(raw.encode())
    subj = "Read: ICPC Report - BARKER - 21/12/2026"
    case = _not_invitation("calderdale", subj, split_texts(text, hdrs),
                           ["read-receipt", "disposition-notification", "text-rfc822-headers", "not-an-invitation"],
                           "read receipt for the police's own report email: not an invitation -> manual_review not_an_invitation")
    return "v-110-03-calderdale-read-receipt-for-police-report", msg, case, recv


def case04():
    key = "v-110-04"
    recv = T(2027, 1, 8, 14, 3, 0)
    body = 'Natalie Dyson would like to recall the message, "ICPC - KHAN - 19/01/2027 - booking form".\n'
    subj = "Recall: ICPC - KHAN - 19/01/2027 - booking form"
    msg = text_part(body)
    finish(msg, council_headers(sender="natalie.dyson@kirklees.gov.uk", sender_name="Natalie Dyson", to="kirklees.cppu@westyorkshire.police.uk",
                                subject=subj, sent=recv - dt.timedelta(minutes=1), received=recv, key=key,
                                extra=[("X-MS-Exchange-Organization-Recall", "True")]))
    case = _not_invitation("kirklees", subj, [body],
                           ["outlook-recall", "not-an-invitation", "not-cancelled"],
                           "an Outlook recall request: neither an invitation nor a cancellation of the conference -> manual_review not_an_invitation")
    case["flags_forbidden"] = NOT_INV_FORBIDDEN + ["cancelled"]
    return "v-110-04-kirklees-outlook-recall", msg, case, recv


def case05():
    key = "v-110-05"
    recv = T(2026, 12, 22, 9, 12, 0)
    body = """Resending this one as I had an undeliverable back from one of the addresses in the original and I'm not sure it got to you. Apologies if it's a duplicate.

Sue

Sue Rhodes | Business Support | Safeguarding and Review Unit | Wakefield Council

-----Original Message-----
From: Sue Rhodes
Sent: 18 December 2026 16:44
To: Wakefield CPPU; Health Safeguarding; Education Safeguarding
Subject: ICPC - WARD - 05/01/2027

OFFICIAL-SENSITIVE

INITIAL CHILD PROTECTION CONFERENCE
Date: Tuesday 5 January 2027
Time: 10.00am
Venue: Wakefield One (hybrid)
Chair: Philippa Eastwood
Social worker: Gary Ibbotson

Child: Lola Ward, DOB 11/11/2012
Mother: Sharon Ward
Father: Neil Ward

Category: Emotional

Police attendance required: YES
Written report sufficient:

Reason: Sharon Ward's deteriorating mental health and alcohol use, with Lola caring for her younger cousins. The chair spoke to DI Gemma Hirst on 18/12/2026 and they agreed an officer from the Child Safeguarding Unit will attend, so that the wider family network can be considered.
"""
    subj = "RESEND: ICPC - WARD - 05/01/2027"
    msg = text_part(body)
    finish(msg, council_headers(sender="sue.rhodes@wakefield.gov.uk", sender_name="Sue Rhodes", to="wakefield.cppu@westyorkshire.police.uk",
                                subject=subj, sent=recv - dt.timedelta(minutes=2), received=recv, key=key))
    case = dict(district="wakefield", kind="initial", date="2027-01-05", time="10:00", tick=True, harm=["emotional"],
                children=[("Lola Ward", "2012-11-11")], adults=["Sharon Ward", "Neil Ward"],
                criteria=["negotiated_attendance"], decision="attend", flags_allowed=["possible_duplicate"],
                source_texts=[subj] + split_texts(body),
                tags=["resend", "duplicate-looking", "quoted-original", "negotiated", "tick-attend-yes", "christmas-holidays"],
                notes="a re-send that looks like noise but is the invitation itself; chair and DI agreed attendance -> attend; notice counted from this receipt (22 Dec) across the bank holidays: 7 working days; report due 30 Dec")
    return "v-110-05-wakefield-icpc-resend-negotiated", msg, case, recv


def case06():
    key = "v-110-06"
    recv = T(2027, 1, 19, 10, 25, 0)
    body = """Hi,

Our email below went to your old mailbox and bounced back to us this morning (copy of the bounce underneath) so sending again to the right address - sorry it's so close to the date.

REVIEW CHILD PROTECTION CONFERENCE
Thursday 21 January 2027 at 9.30am, Margaret McMillan Tower, Bradford
Child: Kacey Kaye (DOB 06/06/2019)
Mother: Jasmine Hall
Father: Liam Kaye - he is a PPO nominal and is currently in HMP Leeds; no contact with Kacey while in custody.
Plan category: Neglect (third review)
Police: Attendance required - no / Written report sufficient - yes
Core group: mum, nursery, health visitor, social worker (Sana Akhtar). Police are not core group members.

Thanks
Jo Priestley, Conference and Review Service, Bradford Council

---------- bounce ----------
Delivery has failed to these recipients or groups:
bradford.cppu.old@westyorkshire.police.uk
The recipient's mailbox is unavailable.
Diagnostic information: 550 5.1.10 RESOLVER.ADR.RecipientNotFound
"""
    subj = "RE-SENT: RCPC KAYE 21/01/2027 (previous bounced)"
    msg = text_part(body)
    finish(msg, council_headers(sender="jo.priestley@bradford.gov.uk", sender_name="Jo Priestley", to="bradford.safeguarding@westyorkshire.police.uk",
                                subject=subj, sent=recv - dt.timedelta(minutes=2), received=recv, key=key))
    case = dict(district="bradford", kind="review", date="2027-01-21", time="09:30", tick=False, harm=["neglect"],
                children=[("Kacey Kaye", "2019-06-06")], adults=["Jasmine Hall", "Liam Kaye"], criteria=[], decision="report_only",
                flags_allowed=["possible_duplicate"],
                source_texts=[subj] + split_texts(body),
                tags=["resend-after-bounce", "quoted-ndr-text", "review", "ppo-prolific-offender", "negated-core-group", "deadline-passed", "bradford-wakefield-rules"],
                notes="a real review invitation re-sent after a bounce (the quoted NDR must not make it noise); 'PPO nominal' is a prolific offender, not police protection; no core group role -> report_only; report due Mon 18 Jan, before receipt -> deadline_passed")
    return "v-110-06-bradford-rcpc-resent-after-bounce-ppo-nominal", msg, case, recv


def case07():
    key = "v-110-07"
    recv = T(2027, 1, 20, 11, 0, 0)
    form = [
        "Calderdale Council - Child Protection Conference Booking",
        "Conference type: Initial",
        "Date: Wednesday 3 February 2027",
        "Time: 11:30",
        "Venue: Brighouse Civic Hall",
        "Child: Lenny Holroyd, DOB 29/12/2022",
        "Mother: Kerry Holroyd",
        "Father: Dominic Hirst",
        "Police attendance required: \u2612",
        "Written report sufficient: \u2610",
        "Reason: Lenny had a burn to his hand that nursery noticed on 08/01/2027; the explanations given by the parents have differed. A child protection medical was inconclusive. Should the police decide to investigate the injury, the social worker will update the chair. At present this is a single-agency enquiry and the police have had no previous involvement with the family.",
        "Category: Physical",
    ]
    doc = docx_bytes(lambda d: [d.add_paragraph(p) for p in form])
    pdf = pdf_text([(f,) for f in form], title="Booking form Holroyd")
    body = ("Sending again with the form as a PDF as well, as I've been told some agencies can't open our Word forms. Same booking - no changes.\n\n"
            "Louise Pickering\nChild Protection Administration, Calderdale Council\n")
    msg = multipart("mixed", [text_part(body), attachment(doc, "Holroyd booking form.docx", "application", DOCX),
                              attachment(pdf, "Holroyd booking form.pdf", "application", "pdf")], key)
    subj = "ICPC HOLROYD 03/02/2027 (sent again)"
    finish(msg, council_headers(sender="louise.pickering@calderdale.gov.uk", sender_name="Louise Pickering", to="cd.casecon@westyorkshire.police.uk",
                                subject=subj, sent=recv - dt.timedelta(minutes=2), received=recv, key=key,
                                extra=[("Disposition-Notification-To", "Louise Pickering <louise.pickering@calderdale.gov.uk>")]))
    case = dict(district="calderdale", kind="initial", date="2027-02-03", time="11:30", tick=True, harm=["physical"],
                children=[("Lenny Holroyd", "2022-12-29")], adults=["Kerry Holroyd", "Dominic Hirst"], criteria=[], decision="discuss",
                flags_allowed=["possible_duplicate"],
                source_texts=[subj, "Holroyd booking form.docx", "Holroyd booking form.pdf"] + split_texts(body) + form,
                tags=["sent-again", "same-form-twice-docx-and-pdf", "read-receipt-requested", "hypothetical-investigation", "negated-history", "tick-attend", "calderdale"],
                notes="the same booking sent again, the form twice (docx and PDF); the investigation is hypothetical and there is no police history -> no criterion; attendance ticked -> discuss (Calderdale)")
    return "v-110-07-calderdale-icpc-sent-again-docx-and-pdf-hypothetical", msg, case, recv


CASES = [case01, case02, case03, case04, case05, case06, case07]
