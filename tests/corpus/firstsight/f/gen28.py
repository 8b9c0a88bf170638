"""Layout 28: secure-email deliveries. A gateway banner wrapping the council's text, the content
delivered as an attached message.html, CJSM senders and footers, and notice-only deliveries (a link to
a portal and nothing readable) which must go to manual_review with encrypted_unreadable."""
import datetime as dt
from xml.sax.saxutils import escape

from lib import POLICE_TO_BY_DISTRICT, build_email, html_paras, kid, label, london, write_case

D = dt.date

CJSM_FOOTER = ("This email has been sent using the Criminal Justice Secure eMail service (CJSM). "
               "The CJSM service must only be accessed from within the United Kingdom. "
               "If you have received this email in error please notify the sender and delete it.")
EGRESS_BANNER = ("[EXTERNAL - SECURED BY EGRESS] This message was sent securely using Egress Protect. "
                 "It has been decrypted for you by your organisation's gateway.")


def html_form(title, sections, texts, banner=None, footer=None):
    """sections: list of (heading, rows) where rows are (label, value) pairs or plain strings."""
    out = ["<html><head><meta charset=\"utf-8\"><style>body{font-family:Arial;font-size:10pt}"
           "td{border:1px solid #999;padding:3px;vertical-align:top}table{border-collapse:collapse}</style>"
           "</head><body>"]
    if banner:
        out.append(f"<div style=\"background:#fde9b8;padding:6px;border:1px solid #c90\">{escape(banner)}</div>")
        texts.append(banner)
    out.append(f"<h2>{escape(title)}</h2>")
    texts.append(title)
    for head, rows in sections:
        out.append(f"<h3>{escape(head)}</h3>")
        texts.append(head)
        tab = [r for r in rows if isinstance(r, tuple)]
        for r in rows:
            if isinstance(r, str):
                out.append(f"<p>{escape(r)}</p>")
                texts.append(r)
        if tab:
            out.append("<table>")
            for r in tab:
                out.append("<tr>" + "".join(f"<td>{escape(x)}</td>" for x in r) + "</tr>")
                texts.extend(x for x in r if x)
                texts.append(" ".join(x for x in r if x))
            out.append("</table>")
    if footer:
        out.append(f"<p style=\"font-size:8pt;color:#666\">{escape(footer)}</p>")
        texts.append(footer)
    out.append("</body></html>")
    return "\n".join(out)


def deliver(c, texts, **kw):
    return build_email(case=c["name"], from_name=c["sender"][0], from_addr=c["sender"][1],
                       to=POLICE_TO_BY_DISTRICT[c["district"]], subject=c["subject"], sent=c["sent"],
                       received=c["received"], **kw)


def main():
    n = 0
    # ------------------------------------------------------------ 28-01 Wakefield, Egress banner, police protection
    c = dict(name="f-28-01-wakefield-icpc-egress-banner-police-protection", district="wakefield",
             sender=("Hannah Speight", "hannah.speight@wakefield.gov.uk"),
             subject="[SECURE] ICPC booking - PETRAUSKAS - Mon 7 Dec 2026 2pm",
             sent=london(D(2026, 11, 30), 9, 33), received=london(D(2026, 11, 30), 9, 40))
    body = f"""{EGRESS_BANNER}

Hi CPPU,

Booking details below for an Initial Child Protection Conference. Sorry it's in the body - the form
wouldn't attach through the portal.

OFFICIAL-SENSITIVE

CHILD PROTECTION CONFERENCE BOOKING FORM - Safeguarding and Review Unit
Conference: Initial Child Protection Conference
Date: Monday 7 December 2026
Time: 2.00pm
Venue: Castleford Civic Centre, Ferrybridge Road
Chair: Andrew Lumb
CareDirector ID: CD612008

Children:
Lukas Petrauskas - DOB 03/03/2019 - Half Acres Primary
Emilija Petrauskaitė - DOB 11/11/2021 - not in a setting

Parents / carers:
Jolanta Petrauskienė - mother - DOB 26/08/1992
Tomas Petrauskas - father - DOB 15/01/1989

Police (tick one):
[X] Police attendance required
[ ] Written report sufficient

Category: Neglect

Reason for conference:
This conference arises from Lukas and Emilija being placed in police protection. On 27/11/2026 officers
attended the address after a neighbour heard crying and found both children alone, cold and hungry at 11pm;
both parents were out drinking. The children were taken into police protection under section 46 Children
Act 1989 and placed with foster carers; they returned home under a written agreement on 29/11/2026.

Interpreter: Lithuanian for both parents.

Hannah Speight
Social Worker | Assessment and Intervention Team | Wakefield Council
Tel 01924 302877

Secured by Egress. Egress Software Technologies Ltd."""
    texts = [c["subject"]] + [p for p in body.split("\n\n")] + [ln for ln in body.splitlines() if ln.strip()]
    eml = deliver(c, texts, text=body, extra_headers=[("X-Egress-Secured", "decrypted-by-gateway")])
    lab = label(district="wakefield", kind="initial", pre_birth=False, date="2026-12-07", time="14:00",
                tick="required", harm=["neglect"],
                children=[kid("Lukas Petrauskas", "2019-03-03"), kid("Emilija Petrauskaitė", "2021-11-11")],
                adults=["Jolanta Petrauskienė", "Tomas Petrauskas"], criteria=["police_protection"],
                decision="attend", received=c["received"].date(), texts=texts,
                tags=["secure-email", "egress-banner", "body-text-form", "police-protection", "lithuanian-names",
                      "tick-attend"],
                notes="Wakefield §4.5 item 4: the conference arises from the children being placed in police "
                      "protection (s46) on 27/11/2026 -> attend. Egress banner wraps readable content.")
    write_case(c["name"], eml, lab)
    n += 1

    # ------------------------------------------------------------ 28-02 Leeds, Egress notice only
    c = dict(name="f-28-02-leeds-egress-notice-only-unreadable", district="leeds",
             sender=("Naveed Akram", "naveed.akram@leeds.gov.uk"),
             subject="[SECURE] Naveed Akram has sent you a secure message",
             sent=london(D(2026, 12, 3), 11, 2), received=london(D(2026, 12, 3), 11, 4))
    text = ("Naveed Akram (naveed.akram@leeds.gov.uk) has sent you a secure message.\n\n"
            "Subject: OFFICIAL-SENSITIVE ICPC invitation\n\n"
            "You have received a secure message from Leeds City Council. To read the message, click here:\n"
            "https://switch.egress.com/ui/read/?m=7b1f0e2a-44c1-4d55-9a8e-1c2f3e9d0b61\n\n"
            "If this is the first time you have received a secure message you will need to register a free "
            "Egress account with this email address.\n\n"
            "This message is protected by Egress. Egress Software Technologies Ltd, London.")
    html = html_paras(text.split("\n\n"))
    texts = [c["subject"]] + text.split("\n\n")
    eml = deliver(c, texts, text=text, html=html, extra_headers=[("X-Egress-Notification", "secure-message")])
    lab = label(district="leeds", kind=None, pre_birth=None, date=None, time=None, tick="absent", harm=None,
                children=None, adults=None, criteria=[], decision="manual_review", received=c["received"].date(),
                texts=texts, manual=True, deadlines=False,
                flags_required=["encrypted_unreadable"],
                unscored=["missing_reason", "missing_family_details", "missing_conference_date", "no_booking_form",
                          "not_an_invitation", "unreadable_attachment", "tickbox_ambiguous"],
                tags=["secure-email", "egress-notice-only", "encrypted-unreadable", "manual-review"],
                notes="Only an Egress notice and a link arrived, nothing readable -> manual_review with "
                      "encrypted_unreadable, never report_only (POLICY 'Not every email is an invitation', rule 1).")
    write_case(c["name"], eml, lab)
    n += 1

    # ------------------------------------------------------------ 28-03 Calderdale CJSM review, CSE link
    c = dict(name="f-28-03-calderdale-rcpc-cjsm-footer-cse-link", district="calderdale",
             sender=("Priya Lal", "priya.lal@calderdale.gov.uk.cjsm.net"),
             subject="RCPC - MOSS - Thursday 3rd December 2026 10am",
             sent=london(D(2026, 11, 24), 9, 51), received=london(D(2026, 11, 24), 10, 0))
    body = f"""Dear colleagues,

You are invited to the Review Child Protection Conference for Keeley Moss.

Date: Thursday 3rd December 2026
Time: 10:00am
Venue: Northgate House, Halifax (hybrid - Teams link on request)
Chair: Graham Ackroyd
Review: second review (previous conference 03/09/2026)

Child: Keeley Moss, DOB 19/04/2011, Brighouse High School
Mother: Danielle Moss, DOB 02/02/1990
Mother's partner: Rhys Pryce, DOB 30/11/1987

Category: Neglect

Significant events since the last conference:
A CSE risk assessment completed on 17/11/2026 rated Keeley at significant risk of child sexual exploitation.
She has been seen getting into cars with older men outside a takeaway in Halifax and has received gifts
and a new phone she cannot explain. She has been referred to the Calderdale Exploitation Hub.

Police are not currently members of the core group. Please send your report to Child Protection
Administration by secure email.

Regards

Priya Lal
Social Worker | Calderdale Council

{CJSM_FOOTER}"""
    texts = [c["subject"]] + body.split("\n\n") + [ln for ln in body.splitlines() if ln.strip()]
    eml = deliver(c, texts, text=body, via_cjsm=True, relay_host="smtp-out1.calderdale.gov.uk")
    lab = label(district="calderdale", kind="review", pre_birth=False, date="2026-12-03", time="10:00",
                tick="absent", harm=["neglect"], children=[kid("Keeley Moss", "2011-04-19")],
                adults=["Danielle Moss", "Rhys Pryce"], criteria=["child_sexual_exploitation"],
                decision="discuss", received=c["received"].date(), texts=texts, has_tickbox=False,
                unscored=["no_booking_form"],
                tags=["secure-email", "cjsm", "cjsm-footer", "review", "cse-link", "tick-absent", "welsh-names"],
                notes="Calderdale review: a new CSE link is a compelling reason -> discuss (rule 3). Police not in "
                      "the core group. CJSM address carries the calderdale.gov.uk domain.")
    write_case(c["name"], eml, lab)
    n += 1

    # ------------------------------------------------------------ 28-04 Kirklees, gateway + message.html
    c = dict(name="f-28-04-kirklees-icpc-gateway-message-html-report-only", district="kirklees",
             sender=("Ellie Sykes", "ellie.sykes@kirklees.gov.uk"),
             subject="Secure: ICPC MISTRY 16/12/2026",
             sent=london(D(2026, 12, 2), 15, 12), received=london(D(2026, 12, 2), 15, 20))
    cover = ("This message was delivered by the Kirklees Council Secure Messaging Gateway.\n\n"
             "The original message is attached as message.html. Open the attachment to read it.\n\n"
             "Message reference: KSMG-2026-12-02-88412")
    texts = [c["subject"], *cover.split("\n\n"), "message.html"]
    inner = html_form("Child Protection Conference - Booking Form", [
        ("Conference details", [("Type", "Initial Child Protection Conference"),
                                ("Date", "16/12/2026"), ("Time", "11:00"),
                                ("Venue", "Huddersfield Town Hall, Reception Room"),
                                ("Chair", "Sadia Begum"), ("LCS ref", "KC-524877")]),
        ("Children", [("Aarav Mistry", "DOB 05/05/2017", "Male", "Spring Grove Primary")]),
        ("Adults", [("Hetal Mistry", "Mother", "DOB 14/01/1988"), ("Jignesh Mistry", "Father", "DOB 09/09/1985")]),
        ("Police", [("☐ Police attendance required", "☒ Written report sufficient")]),
        ("Reason for conference", [
            "Neglect: Aarav has type 1 diabetes and his parents have repeatedly not managed his insulin; he has "
            "had three hospital admissions with diabetic ketoacidosis since August.",
            "There is no police involvement. A CSE screening completed on 10/11/2026 found no risk identified.",
            "Category: Neglect"]),
        ("Completed by", [("Ellie Sykes, Social Worker", "01/12/2026")]),
    ], texts, banner=None, footer="OFFICIAL-SENSITIVE")
    eml = deliver(c, texts, text=cover, attachments=[("message.html", "text/html", inner.encode())])
    lab = label(district="kirklees", kind="initial", pre_birth=False, date="2026-12-16", time="11:00",
                tick="report", harm=["neglect"], children=[kid("Aarav Mistry", "2017-05-05")],
                adults=["Hetal Mistry", "Jignesh Mistry"], criteria=[], decision="report_only",
                received=c["received"].date(), texts=texts,
                tags=["secure-email", "gateway-message-html", "glyph-tickbox", "tick-report", "negated-cse",
                      "gujarati-names"],
                notes="Kirklees -> Wakefield rules. Content is in the attached message.html; no police involvement, "
                      "CSE screening negative; written report sufficient -> report_only.")
    write_case(c["name"], eml, lab)
    n += 1

    # ------------------------------------------------------------ 28-05 Bradford, portal notice only
    c = dict(name="f-28-05-bradford-portal-notice-only-unreadable", district="bradford",
             sender=("City of Bradford MDC via Secure Mail", "noreply@notify.securemailportal.co.uk"),
             subject="OFFICIAL-SENSITIVE: Initial Child Protection Conference - invitation",
             sent=london(D(2026, 12, 9), 13, 30), received=london(D(2026, 12, 9), 13, 31))
    text = ("You have received a secure message from City of Bradford Metropolitan District Council.\n\n"
            "Sender: cp.conferencebooking@bradford.gov.uk\n"
            "Subject: OFFICIAL-SENSITIVE: Initial Child Protection Conference - invitation\n"
            "Attachments: 2\n\n"
            "To read the message and download the attachments, click here: "
            "https://securemail.bradford.gov.uk/portal/msg/5d3c9a71e2\n\n"
            "This message will expire on 23/12/2026. You will need to sign in or register with this email "
            "address to view it.\n\n"
            "Please do not reply to this notification - replies are not monitored.")
    texts = [c["subject"]] + text.split("\n\n")
    eml = deliver(c, texts, text=text, html=html_paras(text.split("\n\n")), x_mailer=None,
                  relay_host="mta3.securemailportal.co.uk")
    lab = label(district=None, kind=None, pre_birth=None, date=None, time=None, tick="absent", harm=None,
                children=None, adults=None, criteria=[], decision="manual_review", received=c["received"].date(),
                texts=texts, manual=True, deadlines=False,
                flags_required=["encrypted_unreadable", "unverified_sender"],
                unscored=["district_unknown", "missing_reason", "missing_family_details", "missing_conference_date", "no_booking_form",
                          "not_an_invitation", "unreadable_attachment", "tickbox_ambiguous"],
                tags=["secure-email", "portal-notice-only", "encrypted-unreadable", "expiry-date-trap", "third-party-portal-domain",
                      "manual-review"],
                notes="Portal notice with a link only (the invitation and its 2 attachments sit on the portal); "
                      "23/12/2026 is the link expiry, not a conference date -> manual_review, encrypted_unreadable; "
                      "the notice comes from the portal's own domain, not bradford.gov.uk -> unverified_sender too.")
    write_case(c["name"], eml, lab)
    n += 1

    # ------------------------------------------------------------ 28-06 Leeds transfer-in, Egress HTML, Schedule 1
    c = dict(name="f-28-06-leeds-transfer-in-egress-html-schedule1-tick-attend", district="leeds",
             sender=("Naveed Akram", "naveed.akram@leeds.gov.uk"),
             subject="[SECURE] Transfer In CPC - JOYCE - 17/12/2026",
             sent=london(D(2026, 12, 7), 10, 20), received=london(D(2026, 12, 7), 10, 26))
    texts = [c["subject"]]
    html = html_form("Request for Child Protection Conference - Transfer In", [
        ("", ["Hello, please see the transfer-in conference request below. Many thanks, Naveed Akram, "
              "Integrated Safeguarding Unit, Leeds City Council."]),
        ("Conference", [("Conference type", "Transfer In Child Protection Conference"),
                        ("Date", "17/12/2026"), ("Start time", "13:00"), ("Location", "Merrion House, Leeds"),
                        ("Chair", "Martin Oxley"), ("Transferring authority", "Lancashire County Council"),
                        ("Date of Lancashire ICPC", "14/08/2026")]),
        ("Children", [("Mikey Joyce", "14/02/2018", "Male"), ("Kathleen Joyce", "09/09/2020", "Female")]),
        ("Household and significant adults", [("Bridget Joyce", "Mother", "Lives with the children"),
                                              ("Patrick Joyce", "Maternal grandfather", "Visits most days")]),
        ("Police", [("Is police attendance requested?", "☒ Yes", "☐ No")]),
        ("Category", ["Emotional abuse"]),
        ("Reason", [
            "The children have been subject to child protection plans in Lancashire since August (emotional "
            "abuse) and moved to Leeds on 16/11/2026.",
            "The maternal grandfather Patrick Joyce is a Schedule 1 offender: he was convicted in 1998 of indecent "
            "assault on a child. He is not a registered sex offender and is not subject to notification "
            "requirements. Mother allows him to care for the children unsupervised."]),
    ], texts, banner=EGRESS_BANNER, footer="Secured by Egress | OFFICIAL-SENSITIVE")
    eml = deliver(c, texts, html=html)
    lab = label(district="leeds", kind="transfer_in", pre_birth=False, date="2026-12-17", time="13:00",
                tick="required", harm=["emotional"],
                children=[kid("Mikey Joyce", "2018-02-14"), kid("Kathleen Joyce", "2020-09-09")],
                adults=["Bridget Joyce", "Patrick Joyce"], criteria=["prior_unit_involvement"], decision="discuss",
                received=c["received"].date(), texts=texts,
                tags=["secure-email", "egress-banner", "html-body", "transfer-in", "schedule-1-not-rso",
                      "irish-traveller-names", "tick-attend", "dates-of-other-conference"],
                notes="Leeds transfer-in (treated as initial): a Schedule 1 offender is not an RSO (RSO negated "
                      "explicitly); 1998 conviction for an offence against a child = prior involvement only; tick "
                      "asks for police -> discuss (rule 2). 14/08/2026 is the Lancashire ICPC date.")
    write_case(c["name"], eml, lab)
    n += 1

    # ------------------------------------------------------------ 28-07 Calderdale pre-birth, message.html, DA current
    c = dict(name="f-28-07-calderdale-prebirth-gateway-message-html-da-current", district="calderdale",
             sender=("Child Protection Administration", "cp.admin@calderdale.gov.uk"),
             subject="[Secure] Pre-birth ICPC - Unborn GREENWOOD - 22/12/2026",
             sent=london(D(2026, 12, 14), 12, 2), received=london(D(2026, 12, 14), 12, 10))
    cover = ("*** This message has been secured by the Calderdale Council mail gateway. ***\n\n"
             "The content of this message is in the attachment message.html. If you cannot open it, contact "
             "the sender.\n\n"
             "OFFICIAL-SENSITIVE")
    texts = [c["subject"], *cover.split("\n\n"), "message.html"]
    inner = html_form("Pre-Birth Initial Child Protection Conference", [
        ("", ["Dear colleague, you are invited to the pre-birth conference below. Reports to Child Protection "
              "Administration please. Denise Sutcliffe, Child Protection Administration, Calderdale Council."]),
        ("Conference details", [("Conference", "Pre-birth Initial Child Protection Conference"),
                                ("Date", "Tuesday 22nd December 2026"), ("Time", "11am"),
                                ("Venue", "Todmorden Town Hall"), ("Chair", "Graham Ackroyd")]),
        ("Unborn child", [("Unborn Greenwood", "EDD 30/01/2027")]),
        ("Parents", [("Summer Greenwood", "Mother", "DOB 07/07/2003"),
                     ("Ashley Thornton", "Father of the baby", "DOB 18/03/1998")]),
        ("Reason", [
            "Serious domestic abuse by Mr Thornton towards Ms Greenwood during the pregnancy, including "
            "strangulation. The case was heard at MARAC on 26/11/2026 as high risk. Police served a Domestic "
            "Violence Protection Notice and a DVPO is in force until 18/12/2026; PC Sam Whiteley, the police "
            "domestic abuse officer, is currently working with Ms Greenwood on a safety plan.",
            "Category: Emotional / Physical"]),
    ], texts, footer="OFFICIAL-SENSITIVE")
    eml = deliver(c, texts, text=cover, attachments=[("message.html", "text/html", inner.encode())])
    lab = label(district="calderdale", kind="initial", pre_birth=True, date="2026-12-22", time="11:00",
                tick="absent", harm=["emotional", "physical"], children=None,
                adults=["Summer Greenwood", "Ashley Thornton"], criteria=["domestic_abuse_current_involvement"],
                decision="discuss", received=c["received"].date(), texts=texts, has_tickbox=False,
                unscored=["no_booking_form"],
                tags=["secure-email", "gateway-message-html", "pre-birth", "da-current", "marac", "dvpo",
                      "calderdale-discuss", "word-names"],
                notes="Calderdale: serious DA with current police involvement (MARAC, DVPO in force, police DA "
                      "officer) is not on Calderdale's attend list -> discuss (POLICY Calderdale choice). DVPO end "
                      "18/12/2026 is not the conference date.")
    write_case(c["name"], eml, lab)
    n += 1
    print("wrote", n)


if __name__ == "__main__":
    main()
