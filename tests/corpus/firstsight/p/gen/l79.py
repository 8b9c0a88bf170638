"""Layout 79: encrypted and portal deliveries (OME rpmsg, Cryptshare, Galaxkey, Egress Switch,
password-protected PDF) mixed with the same services' deliveries whose content is readable."""
import hashlib

from common import Rec, Pdf, text_part, attach, multipart, send, label, utc, ALL_FLAGS
import dx

MR_FORBID = ["cancelled", "rescheduled", "unverified_sender", "district_unknown", "tickbox_conflict",
             "possible_duplicate", "late_notice", "deadline_passed", "not_an_invitation"]


def pseudo_bytes(seed, n):
    out, h = b"", seed.encode()
    while len(out) < n:
        h = hashlib.sha256(h).digest()
        out += h
    return out[:n]


def c01():
    cid, slug = "p-79-01", "wakefield-ome-rpmsg-encrypted"
    rec = Rec()
    h = rec.h
    html = f"""<html><body style="font-family:Segoe UI,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
<p style="font-size:20px">{h("Helen Garside (helen.garside@wakefield.gov.uk) has sent you a protected message")}</p>
<p><a href="https://outlook.office365.com/Encryption/retrieve.ashx?recipientemailaddress=wakefield.cppu%40westyorkshire.police.uk&amp;senderemailaddress=helen.garside%40wakefield.gov.uk&amp;type=2">{h("Read the message")}</a></p>
<p style="font-size:11px;color:#666">{h("Learn about messages protected by Microsoft Purview Message Encryption.")}</p>
<p style="font-size:11px;color:#666">{h("Privacy Statement")}</p>
<p style="font-size:11px;color:#666">{h("Email encryption powered by Microsoft 365. Microsoft Corporation, One Microsoft Way, Redmond, WA 98052")}</p>
</td></tr></table></body></html>"""
    rp = b"v\xe8\x04`\xc4\x11\xe3\x86" + pseudo_bytes(cid, 6144)
    rec.t("message.rpmsg")
    msg = multipart("mixed", [text_part(html, "html"), attach(rp, "application", "x-microsoft-rpmsg-message", "message.rpmsg")], cid)
    eml = send(cid, rec, msg, name="Helen Garside", addr="helen.garside@wakefield.gov.uk", district="wakefield",
               subject="ICPC booking form - Encrypt", sent="2027-01-08 09:10", recv="2027-01-08 09:14",
               extra=[("X-MS-Exchange-Organization-MessageEncryption", "OME"), ("msip_labels", "MSIP_Label_OFFICIAL-SENSITIVE_Enabled=true")])
    lab = label(cid, slug, rec=rec, district="wakefield", kind=None, pre_birth=None, date=None, time=None, tick=None,
                harm=[], children=[], adults=[], criteria=[], decision="manual_review", received=utc("2027-01-08 09:14"),
                required=["encrypted_unreadable"], forbidden=MR_FORBID,
                tags=["ome-rpmsg", "encrypted", "district-wakefield"],
                notes="Microsoft Purview (OME) protected message: only a 'Read the message' link and message.rpmsg; nothing readable: manual_review")
    return cid, slug, eml, lab


def c02():
    cid, slug = "p-79-02", "leeds-cryptshare-files-waiting"
    rec = Rec()
    body = rec.t("""Dear recipient,

Marcus Ogundipe (marcus.ogundipe@leeds.gov.uk) has sent you files via Cryptshare.

Files (1):
  ICPC booking form - WHITAKER.docx   (84 KB)

The sender has protected the message text. You can read it after opening the transfer.

Your files are waiting for you. You can retrieve them until 25.01.2027 using the following link:
https://securetransfer.leeds.gov.uk/download?id=QX7kP2mV9t

You will need the password the sender has given you, or an SMS code to 07*******41.

--
This is an automatically generated e-mail. Please do not reply.
Cryptshare - Leeds City Council secure file transfer""")
    msg = text_part(body)
    eml = send(cid, rec, msg, name="Cryptshare Leeds City Council", addr="cryptshare-noreply@securetransfer.leeds.gov.uk",
               district="leeds", subject="Cryptshare: new files are waiting for you", sent="2027-01-11 10:31",
               recv="2027-01-11 10:33", mailer=None, marking=False)
    lab = label(cid, slug, rec=rec, district="leeds", kind=None, pre_birth=None, date=None, time=None, tick=None,
                harm=[], children=[], adults=[], criteria=[], decision="manual_review", received=utc("2027-01-11 10:33"),
                required=["encrypted_unreadable"], forbidden=MR_FORBID,
                tags=["cryptshare", "portal-notice", "sub-domain-sender", "district-leeds"],
                notes="Cryptshare pick-up notice: the booking form is on the portal, the message text is protected; no content in the mail: manual_review")
    return cid, slug, eml, lab


def c03():
    cid, slug = "p-79-03", "kirklees-galaxkey-readable-wilful-neglect"
    rec = Rec()
    body = rec.t("""*** This email has been secured by Galaxkey. Your organisation is a trusted Galaxkey partner, so the message is shown below. ***

OFFICIAL-SENSITIVE

Good morning,

INITIAL CHILD PROTECTION CONFERENCE
Tuesday 26th January 2027 - 10:00 - Dewsbury Town Hall, Room 3

Chair: Victoria Haley
SW: Nathan Booth, Kirklees Child Protection Team South
Category: Neglect

Children:
 - Keeley Lord, born 07/07/2017, St Paulinus Primary
 - Rio Lord, born 13/01/2020, St Paulinus Primary (nursery)
Mother: Danielle Lord, born 30/05/1996
Father of both children: not named on the birth certificates, no contact

Why this conference:
On the evening of 04/01/2027 officers forced entry after Keeley was seen crying at the window. Keeley (9) and Rio (6) had been left alone for about nine hours with no food, no heating and no electricity on the meter. Police did not use police protection - the children went to their maternal grandmother by agreement and are still there.

Kirklees CSU (DC Imran Ahmed) are investigating Ms Lord for child cruelty - wilful neglect under section 1 of the Children and Young Persons Act 1933. She was interviewed under caution on 06/01/2027 and the file is now with the CPS for a charging decision.

Police attendance: REQUIRED

Please reply to this address to confirm.

Nathan Booth
Social Worker, Kirklees Council

---------------------------------------------------------------------
Secured by Galaxkey. Sent from a Galaxkey-protected mailbox. Do not forward outside the intended recipients.""")
    msg = text_part(body)
    eml = send(cid, rec, msg, name="Nathan Booth", addr="nathan.booth@kirklees.gov.uk", district="kirklees",
               subject="[Galaxkey Secured] ICPC LORD 26/01/2027", sent="2027-01-12 09:40", recv="2027-01-12 09:45",
               extra=[("X-Galaxkey-Protected", "true; mode=trusted-partner")])
    lab = label(cid, slug, rec=rec, district="kirklees", kind="initial", pre_birth=False, date="2027-01-26", time="10:00",
                tick=True, harm=["neglect"], children=[("Keeley Lord", "2017-07-07"), ("Rio Lord", "2020-01-13")],
                adults=["Danielle Lord"], criteria=["wilful_neglect_investigation"], decision="attend",
                received=utc("2027-01-12 09:45"),
                tags=["galaxkey-readable", "body-text", "pp-negated", "district-kirklees", "initial", "tick-attend", "kirklees-wakefield-rules"],
                notes="Galaxkey banner but the content is readable (not encrypted_unreadable); active s1 CYPA 1933 investigation (Wakefield item 3, Kirklees by the Wakefield rules); police protection expressly not used")
    return cid, slug, eml, lab


def c04():
    cid, slug = "p-79-04", "bradford-password-pdf-password-separate-mail"
    rec = Rec()
    inner = Rec()  # text inside the locked PDF is not readable: not recorded in the label
    p = Pdf(inner, title="ICPC booking form", encrypt="Sandhu2701!")
    p.line("OFFICIAL-SENSITIVE", "DVB", 9)
    p.line("Bradford Children's Services \u2013 ICPC booking form", "DVB", 12)
    p.para("Conference: ICPC, Wednesday 27/01/2027 14:00, Britannia House. Children: Arjun Sandhu 02/02/2016, Simran Sandhu 19/09/2019. Mother: Harpreet Sandhu. Father: Manjit Sandhu.")
    p.para("Reason: physical abuse \u2013 belt marks on Arjun's legs; father arrested 18/01/2027 and released on bail.")
    p.line("Police attendance required [X]   Written report sufficient [ ]")
    fn = "ICPC Booking Form SANDHU.pdf"
    rec.t(fn)
    body = rec.t("Hi,\n\nPlease find attached the ICPC booking form for the Sandhu family - conference Wed 27/01/2027 at 2pm, Britannia House.\n\nThe document is password protected in line with our information security policy. I will send the password in a separate email.\n\nThanks\nPriya Sahota\nConference Administrator\nBradford Children's Services")
    msg = multipart("mixed", [text_part(body), attach(p.bytes(), "application", "pdf", fn)], cid)
    eml = send(cid, rec, msg, name="Priya Sahota", addr="priya.sahota@bradford.gov.uk", district="bradford",
               subject="ICPC SANDHU 27.01.2027 (password to follow)", sent="2027-01-13 14:02", recv="2027-01-13 14:06")
    lab = label(cid, slug, rec=rec, district="bradford", kind="initial", pre_birth=False, date="2027-01-27", time="14:00",
                tick=None, harm=[], children=[], adults=[], criteria=[], decision="manual_review",
                received=utc("2027-01-13 14:06"),
                required=["unreadable_attachment", "encrypted_unreadable", "no_booking_form"],
                forbidden=["cancelled", "rescheduled", "unverified_sender", "district_unknown", "tickbox_conflict",
                           "possible_duplicate", "not_an_invitation", "deadline_passed", "late_notice"],
                tags=["password-pdf", "password-in-separate-mail", "district-bradford", "initial"],
                notes="the booking form is a password-protected PDF (password sent separately); only the covering note is readable: manual_review; date and kind are in the note so the deadlines are still given")
    return cid, slug, eml, lab


def c05():
    cid, slug = "p-79-05", "calderdale-egress-readable-rcpc-report-only"
    rec = Rec()
    h = rec.h
    rows = [("Conference", "Review Child Protection Conference"), ("Date", "Thursday 4th February 2027"),
            ("Time", "10:00"), ("Venue", "Todmorden Town Hall, Court Room"), ("Chair", "Rachel Holroyd"),
            ("Social worker", "Sunita Gill"),
            ("Children", "Kian Booth (12/12/2012) \u2013 Calder High; Lexi Booth (05/05/2015) \u2013 Castle Hill Primary"),
            ("Adults", "Sarah Booth (mother, 31/10/1989); Dominic Turner (mother's partner, 14/04/1987)"),
            ("Category", "Neglect")]
    trs = "".join('<tr><td style="font-weight:bold;background:#f2f2f2">%s</td><td>%s</td></tr>' % (h(a), h(b)) for a, b in rows)
    banner = h("This email has been sent securely using Egress. Because your organisation is on the trusted list, you can read it below without signing in.")
    progress = h("Good progress: the family moved to a new tenancy in November, both children now attend school regularly and Lexi's dental treatment is complete. Mr Turner has engaged with the drug and alcohol service. The police were not identified as core group members at the initial conference and there have been no new police matters.")
    hypo = h("Should any police information come to light before the conference, please share it with the Chair.")
    html = f"""<html><body>
<div style="background:#0b2a4a;color:#fff;padding:8px;font-family:Arial;font-size:9pt">{h("Egress | Secure email")}<br>{banner}</div>
<div style="font-family:Arial;font-size:10pt">
<p>{h("OFFICIAL-SENSITIVE")}</p>
<p>{h("Dear colleague, please find details of the forthcoming review conference.")}</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">{trs}</table>
<p><b>{h("Progress since the last conference")}</b></p><p>{progress}</p>
<p>{hypo}</p>
<p>{h("Reports to CP Administration three working days before the conference, please.")}</p>
<p>{h("CP Administration, Calderdale Council")}</p></div>
<div style="font-size:8pt;color:#666">{h("Secured by Egress Switch. Message ID 7731-0092-QF")}</div>
</body></html>"""
    msg = text_part(html, "html")
    eml = send(cid, rec, msg, name="CP Administration", addr="cp.admin@calderdale.gov.uk", district="calderdale",
               subject="[Egress Switch: OFFICIAL-SENSITIVE] RCPC BOOTH 04/02/2027", sent="2027-01-14 11:11",
               recv="2027-01-14 11:15", extra=[("X-Egress-Switch-Policy", "trusted-readable")])
    lab = label(cid, slug, rec=rec, district="calderdale", kind="review", pre_birth=False, date="2027-02-04", time="10:00",
                tick=None, harm=["neglect"], children=[("Kian Booth", "2012-12-12"), ("Lexi Booth", "2015-05-05")],
                adults=["Sarah Booth", "Dominic Turner"], criteria=[], decision="report_only", received=utc("2027-01-14 11:15"),
                tags=["egress-readable", "html-table", "hypothetical-police", "district-calderdale", "review", "tick-absent"],
                notes="Egress banner but readable content: no encrypted flag; review with no police matter (the 'should any police information' line is hypothetical): report_only")
    return cid, slug, eml, lab


def c06():
    cid, slug = "p-79-06", "wakefield-ome-encrypt-only-readable-docx-da-review"
    rec = Rec()
    h = rec.h
    doc = dx.new(rec, header="OFFICIAL-SENSITIVE")
    dx.para(doc, rec, "Review Child Protection Conference \u2013 Booking Form", bold=True, size=12)
    dx.table(doc, rec, [
        ["Type", "Review CPC"], ["Date", "25/01/2027"], ["Time", "13:00"],
        ["Venue", "Wakefield One, 3.14 (hybrid)"], ["Chair", "Simon Bedford"], ["SW", "Charlotte Dews"],
        ["Children", "Jack Hartley (03/03/2018), Elsie Hartley (28/02/2021)"],
        ["Parents", "Rebecca Hartley (16/08/1990); Jamie Hartley (05/01/1987) \u2013 bail address in Ossett"],
        ["Category", "Emotional abuse"],
    ], shade_first_col=True)
    dx.para(doc, rec, "Significant events since the last conference", bold=True)
    dx.para(doc, rec, "Ms Hartley disclosed further serious domestic abuse by Mr Hartley over Christmas, including threats to kill on 28/12/2026 in front of Jack. Mr Hartley was arrested and is on police bail with conditions not to contact Ms Hartley or come to the family home. DASH high risk; the case was heard at MARAC on 07/01/2027 and a police DA safeguarding officer is now working with Ms Hartley alongside the IDVA.")
    dx.para(doc, rec, "Core group: SW, health visitor, Jack's school, IDVA, Ms Hartley. Police are not core group members.")
    dx.table(doc, rec, [["Police attendance required \u2612", "Written report sufficient \u2610"]])
    fn = "RCPC booking HARTLEY 25.01.27.docx"
    rec.t(fn)
    banner = h("Encrypt-Only: this message was sent with Microsoft Purview Message Encryption. Because your mail system supports it, the message and its attachment can be opened directly.")
    note = h("Please see the attached booking form for the Hartley review conference (25/01/2027, 1pm). The chair has asked that the police consider attending given recent events.")
    html = f"""<html><body style="font-family:Calibri">
<p style="font-size:9pt;color:#555;border:1px solid #ccc;padding:4px">{banner}</p>
<p>{h("Hi CPPU,")}</p><p>{note}</p>
<p>{h("Many thanks, Charlotte Dews, Social Worker, Wakefield Council")}</p></body></html>"""
    msg = multipart("mixed", [text_part(html, "html"), attach(dx.docx_bytes(doc), "application",
                   "vnd.openxmlformats-officedocument.wordprocessingml.document", fn)], cid)
    eml = send(cid, rec, msg, name="Charlotte Dews", addr="charlotte.dews@wakefield.gov.uk", district="wakefield",
               subject="RCPC booking - HARTLEY - 25/01/2027 [Encrypt-Only]", sent="2027-01-15 10:20",
               recv="2027-01-15 10:24", extra=[("X-MS-Exchange-Organization-MessageEncryption", "EncryptOnly; decrypted")])
    lab = label(cid, slug, rec=rec, district="wakefield", kind="review", pre_birth=False, date="2027-01-25", time="13:00",
                tick=True, harm=["emotional"], children=[("Jack Hartley", "2018-03-03"), ("Elsie Hartley", "2021-02-28")],
                adults=["Rebecca Hartley", "Jamie Hartley"], criteria=["domestic_abuse_current_involvement"], decision="discuss",
                received=utc("2027-01-15 10:24"),
                tags=["ome-encrypt-only-readable", "docx-table", "district-wakefield", "review", "tick-attend"],
                notes="OME Encrypt-Only delivered readable with a readable docx: not encrypted_unreadable; serious DA with bail, MARAC and a police DA officer, police not in the core group: review discuss")
    return cid, slug, eml, lab


def c07():
    cid, slug = "p-79-07", "leeds-switch-cjsm-readable-negotiated-attendance"
    rec = Rec()
    body = rec.t("""[Egress Switch] You are reading this message without signing in because the sender's policy allows delivery to cjsm.net / police.uk in clear over TLS.

OFFICIAL-SENSITIVE

To: Leeds CPPU (SPOC)

ICPC - OSMAN family
When: Monday 25 January 2027, 10am-12pm
Where: Merrion House, Room 5.05
Chair: Karen Ellison
SW: Abdullahi Warsame (Leeds Inner East)

Hodan Osman - DOB 02/02/2017
Amina Osman - DOB 14/08/2020
Faduma Osman (mother) - DOB 19/09/1992
Abdi Osman (father) - DOB 01/01/1985

Reason: risk of significant harm (FGM). Hodan told her teacher that she and Amina are going to "have the cut" when they visit their grandmother in Somaliland at Easter. The local authority has applied for an FGM Protection Order; the first hearing is on 22/01/2027.

Police attendance requested: YES. I spoke to DI Rachael Haworth (Leeds CPPU) on 15/01/2027 and we agreed that police will attend this conference because of the FGM Protection Order and the planned travel.

Reports to the ISU 24 hours before please.

Karen Ellison
Child Protection Chair, Integrated Safeguarding Unit, Leeds City Council""")
    msg = text_part(body)
    eml = send(cid, rec, msg, name="Karen Ellison", addr="karen.ellison@leeds.gov.uk.cjsm.net", district="leeds",
               subject="ICPC OSMAN - Mon 25/01/2027 (via Switch)", sent="2027-01-18 09:01", recv="2027-01-18 09:06",
               extra=[("X-Egress-Switch-Policy", "tls-clear-to-trusted")])
    lab = label(cid, slug, rec=rec, district="leeds", kind="initial", pre_birth=False, date="2027-01-25", time="10:00",
                tick=True, harm=["physical"], children=[("Hodan Osman", "2017-02-02"), ("Amina Osman", "2020-08-14")],
                adults=["Faduma Osman", "Abdi Osman"], criteria=["negotiated_attendance"], decision="attend",
                received=utc("2027-01-18 09:06"),
                tags=["egress-switch-readable", "cjsm", "body-text", "district-leeds", "initial", "tick-attend", "notice-exact-minimum"],
                notes="chair and CPPU DI agreed police attendance (Leeds item 7); FGM is no criterion by itself; readable Switch delivery over CJSM")
    return cid, slug, eml, lab


CASES = [c01, c02, c03, c04, c05, c06, c07]
