"""Layout 48: an invitation forwarded *as an attachment* (message/rfc822 inside a short
"see attached" note), sometimes two levels deep, the booking form inside the innermost message."""
import datetime as dt
import html as H
from email.mime.multipart import MIMEMultipart
from common import (headers, msg_headers, text_part, attach_msg, write_case, kids, lines_of, london)

TO = "CPPU Conference Invites <cppu.conferences@westyorkshire.police.uk>"


def html_form(title, rows, paras):
    """Outlook-ish HTML body: rows = [(label, value)], paras = [(heading, text)]"""
    st = [title]
    h = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
         '<body lang="EN-GB"><div class="WordSection1">',
         '<p class="MsoNormal"><b><span style="font-family:Arial">%s</span></b></p>' % H.escape(title),
         '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">']
    for lab, val in rows:
        h.append('<tr><td width="200" style="background:#D9E2F3"><p class="MsoNormal">%s</p></td>'
                 '<td width="400"><p class="MsoNormal">%s</p></td></tr>' % (H.escape(lab), H.escape(val)))
        st += [lab, val, lab + " " + val]
    h.append("</table><p class=MsoNormal>&nbsp;</p>")
    for head, text in paras:
        if head:
            h.append('<p class="MsoNormal"><b><u>%s</u></b></p>' % H.escape(head))
            st.append(head)
        for para in text.split("\n"):
            h.append('<p class="MsoNormal">%s</p>' % H.escape(para))
            st.append(para)
    h.append("</div></body></html>")
    return "\n".join(h), st


def inner_msg(frm, to, subject, sent, body_text=None, body_html=None, received=None):
    if body_html is not None:
        m = MIMEMultipart("alternative")
        import re
        plain = H.unescape(re.sub(r"<[^>]+>", "", body_html.replace("</p>", "</p>\n")))
        m.attach(text_part(plain))
        m.attach(text_part(body_html, "html"))
    else:
        m = text_part(body_text)
    extra = [("X-MS-Exchange-Organization-AuthAs", "Internal")]
    msg_headers(m, frm, to, subject, sent, extra=extra)
    if received:
        # internal hop of the forwarded message: older than the outer message's
        items = [(k, v) for k, v in m.items()]
        for k, _ in items:
            del m[k]
        m["Received"] = received
        for k, v in items:
            m[k] = v
    return m


def outer(frm, subject, sent, note, attached, seed, auth="pass"):
    m = MIMEMultipart("mixed")
    m.attach(text_part(note))
    for inner, fn in attached:
        attach_msg(m, inner, fn)
    msg_headers(m, frm, TO, subject, sent,
                trace=headers(frm.split("<")[-1].rstrip(">"), sent, seed=seed, auth=auth),
                extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    return m


def case01():
    rows = [("Type of Conference", "Initial Child Protection Conference"), ("Date", "Friday 18 December 2026"),
            ("Time", "10:00"), ("Venue", "County Hall, Wakefield - Conference Room 2 (hybrid)"),
            ("CareDirector ID", "CD655021"), ("Chair", "Marie-Claire Lumb"),
            ("Social Worker", "Oluwaseun Adebayo"), ("Category", "Neglect"),
            ("Child 1", "Lacey BRAMMER  dob 14.08.2019"), ("Child 2", "Rhys BRAMMER  dob 01.02.2023"),
            ("Mother", "Toni Brammer  dob 22.12.1996"), ("Father", "not known / not named"),
            ("Police", "☒ Police attendance required   ☐ Written report sufficient")]
    paras = [("Reason for conference",
              "On 03/12/2026 officers attended the home after a neighbour heard the children crying for several hours. Ms Brammer was found unconscious through alcohol and the children were alone and hungry. PC Shaw used police protection powers under s46 Children Act 1989 and Lacey and Rhys were placed on a PPO overnight with emergency foster carers.\nThe children returned to Ms Brammer's care on 05/12/2026 under a safety plan with the maternal grandmother staying at the home. No criminal investigation has been started.")]
    body, st = html_form("OFFICIAL-SENSITIVE - CHILD PROTECTION CONFERENCE BOOKING FORM", rows, paras)
    inner = inner_msg("Oluwaseun Adebayo <oluwaseun.adebayo@wakefield.gov.uk>",
                      "CPPU Normanton <normanton.cppu@westyorkshire.police.uk>",
                      "ICPC booking form - BRAMMER - 18/12/2026", london(2026, 12, 8, 16, 40), body_html=body)
    note = """Hi,

This came to the old Normanton address - please see attached (forwarded as attachment so you have the original).

Thanks
Debbie

Debbie Sutcliffe
Business Support Officer | Safeguarding and Review Unit | Wakefield Council
Wakefield One, Burton Street, Wakefield WF1 2EB"""
    m = outer("Debbie Sutcliffe <debbie.sutcliffe@wakefield.gov.uk>", "FW: ICPC booking form - BRAMMER - 18/12/2026",
              london(2026, 12, 9, 8, 31), note, [(inner, "ICPC booking form - BRAMMER - 18122026.eml")], 4801)
    write_case("J-48-01-wakefield-icpc-rfc822-police-protection", m, dict(
        district="wakefield", kind="initial", date="2026-12-18", time="10:00", police_attendance_requested=True,
        harm_categories=["neglect"], children=kids(("Lacey Brammer", "2019-08-14"), ("Rhys Brammer", "2023-02-01")),
        adults=["Toni Brammer"], criteria=["police_protection"], decision="attend", flags_required=[],
        unscored=["no_booking_form"],
        source_texts=st + ["FW: ICPC booking form - BRAMMER - 18/12/2026", "ICPC booking form - BRAMMER - 18/12/2026"] + lines_of(note),
        tags=["forward-rfc822", "inner-html-form", "ppo-police-protection", "tick-attend", "surname-caps"],
        notes="children placed on a PPO under s46 (Wakefield item 4); no criminal investigation, so not wilful neglect"))


def case02():
    sheff = """Dear colleagues

TRANSFER-IN CHILD PROTECTION CONFERENCE REQUEST

Originating authority: Sheffield City Council
Receiving authority: Leeds City Council
Date plan made: 02/09/2026 (ICPC, Sheffield)
Category: Neglect

Children:
Jayden Kowalczyk-Reid (d.o.b. 13/05/2010)
Oskar Kowalczyk-Reid (d.o.b. 27/09/2016)

Parents:
Marta Kowalczyk (mother), 41 Beeston Road, Leeds LS11 (moved from Sheffield 20/11/2026)
Darren Reid (father)

Police information known to Sheffield:
Mr Reid is a PPO nominal managed by South Yorkshire Police IOM for acquisitive crime; he does not live with the family but visits. Jayden has been identified as at risk of criminal exploitation (county lines between Sheffield and Leeds) and is open to the SYP exploitation team. There are no CSE concerns. There has been no police investigation of abuse within the family.

Neglect concerns: poor home conditions, missed health appointments for Oskar, Jayden not in education since July.

Regards
Claire Hepworth
Social Worker, Sheffield City Council Children and Families
"""
    inner2 = inner_msg("Claire Hepworth <claire.hepworth@sheffield.gov.uk>",
                       "Leeds ISU <isu.conferences@leeds.gov.uk>",
                       "Transfer in CP - KOWALCZYK-REID", london(2026, 12, 21, 11, 5), body_text=sheff,
                       received="from SCC-EXCH03.sheffield.gov.uk (10.4.1.9) by SCC-EXCH01.sheffield.gov.uk; Mon, 21 Dec 2026 11:05:41 +0000")
    tm = """Isu - please book the transfer-in, Sheffield's request attached. SW allocated is Rebecca Lunn (South Leeds).
Gemma"""
    inner1 = MIMEMultipart("mixed")
    inner1.attach(text_part(tm))
    attach_msg(inner1, inner2, "Transfer in CP - KOWALCZYK-REID.eml")
    msg_headers(inner1, "Gemma Thackray <gemma.thackray@leeds.gov.uk>", "Leeds ISU <isu.conferences@leeds.gov.uk>",
                "FW: Transfer in CP - KOWALCZYK-REID", london(2027, 1, 8, 9, 12))
    note = """Hello

Transfer In Child Protection Conference now booked:
Tuesday 19th January 2027 at 1pm, Merrion House (Room 5.12) / Teams
Chair: Olusegun Bakare

Family details in the attached request from Sheffield. Police report to the ISU no later than 24 hours before please.

Regards
Fiona Armitage
Integrated Safeguarding Unit | Children and Families | Leeds City Council"""
    m = outer("Fiona Armitage <fiona.armitage@leeds.gov.uk>", "FW: FW: Transfer in CP - KOWALCZYK-REID - booked 19/01/27",
              london(2027, 1, 11, 10, 2), note, [(inner1, "FW Transfer in CP - KOWALCZYK-REID.eml")], 4802)
    write_case("J-48-02-leeds-transfer-in-two-deep-ppo-nominal", m, dict(
        district="leeds", kind="transfer_in", date="2027-01-19", time="13:00", police_attendance_requested=None,
        harm_categories=["neglect"], children=kids(("Jayden Kowalczyk-Reid", "2010-05-13"), ("Oskar Kowalczyk-Reid", "2016-09-27")),
        adults=["Marta Kowalczyk", "Darren Reid"], criteria=[], decision="report_only", flags_required=[],
        unscored=["no_booking_form"],
        source_texts=lines_of(sheff) + lines_of(tm) + lines_of(note) + ["FW: FW: Transfer in CP - KOWALCZYK-REID - booked 19/01/27"],
        tags=["forward-rfc822", "two-levels", "transfer-in", "out-of-area-sheffield", "ppo-nominal-trap", "cce-not-cse", "tick-absent", "inner-received-header"],
        notes="'PPO nominal' is a Prolific and Priority Offender, CCE/county lines is not CSE, no CSE concerns: no criterion; no tick box -> report only"))


def case03():
    form = """CHILD PROTECTION CONFERENCE - BOOKING REQUEST (Calderdale)
OFFICIAL-SENSITIVE

Conference: Initial Child Protection Conference
Date: Thurs 14th Jan 2027
Time: 11am
Venue: Elland Children's Centre + Teams
LCS ref: 1204417
Category: Sexual abuse

Child: Ellie-Jo RUSHWORTH, born 04/04/2012, Brooksbank School
Mother: Gemma Rushworth (born 19/10/1987)
Stepfather: Lee CAWTHRA (born 02/02/1981)

Background / reason:
In 2024 West Yorkshire Police investigated an allegation that Mr Cawthra had sexually touched Ellie-Jo's older half-sister; the investigation ended NFA. He moved back into the home in October 2026. Since then school have found sexualised messages from Mr Cawthra on Ellie-Jo's phone, she has started self-harming and last week she told her youth worker she "can't stop him coming in the bathroom". Risk is escalating quickly and mum does not accept the concerns.

Police: written report sufficient

Completed by Rizwan Patel, Social Worker, Calderdale Council, 04/01/2027"""
    inner = inner_msg("Rizwan Patel <rizwan.patel@calderdale.gcsx.gov.uk>",
                      "CP Admin <cp.admin@calderdale.gov.uk>", "ICPC request - RUSHWORTH",
                      london(2027, 1, 4, 17, 20), body_text=form,
                      received="from CMBC-MBX2.calderdale.gov.uk (10.12.5.22) by CMBC-MBX1.calderdale.gov.uk; Mon, 4 Jan 2027 17:20:33 +0000")
    note = """Good morning

Please see attached ICPC booking request. Please note the conference details are confirmed as requested by the social worker.

Kind regards
Sandra Whiteley
Child Protection Administration | Calderdale Council
This e-mail is confidential and intended solely for the use of the individual to whom it is addressed. Calderdale Council monitors e-mail."""
    m = outer("Sandra Whiteley <sandra.whiteley@calderdale.gov.uk>", "FW: ICPC request - RUSHWORTH",
              london(2027, 1, 5, 9, 48), note, [(inner, "ICPC request - RUSHWORTH.eml")], 4803)
    write_case("J-48-03-calderdale-icpc-rfc822-escalation-after-nfa", m, dict(
        district="calderdale", kind="initial", date="2027-01-14", time="11:00", police_attendance_requested=False,
        harm_categories=["sexual"], children=kids(("Ellie-Jo Rushworth", "2012-04-04")),
        adults=["Gemma Rushworth", "Lee Cawthra"],
        criteria=["previous_investigation_escalation", "prior_unit_involvement"], decision="attend", flags_required=[],
        unscored=["no_booking_form"],
        source_texts=lines_of(form) + lines_of(note) + ["FW: ICPC request - RUSHWORTH"],
        tags=["forward-rfc822", "inner-received-header", "nfa-then-escalation", "tick-report", "tickbox-conflict"],
        notes="2024 investigation NFA, risk now escalating: previous_investigation_escalation + prior_unit_involvement, both attend in Calderdale; the form says a written report is sufficient"))


def case04():
    chair = """All

Please note the Initial Child Protection Conference for Bailey and Summer CLEGG arranged for Wednesday 13th January 2027 at 10.00am at Dewsbury Town Hall is CANCELLED.

The family moved to Burnley on 30/12/2026 and the case is being transferred to Lancashire County Council. Lancashire will arrange their own conference.

Please do not send reports. Apologies for any inconvenience.

Tahira Mahmood
Independent Chair | Child Protection and Reviewing Service | Kirklees Council"""
    inner = inner_msg("Tahira Mahmood <tahira.mahmood@kirklees.gov.uk>", "CP Conference Admin <cpconferences@kirklees.gov.uk>",
                      "CANCELLED - ICPC CLEGG 13/01/2027", london(2027, 1, 5, 15, 44), body_text=chair)
    note = """FYI - see attached from the chair. Bailey CLEGG dob 09/03/2015, Summer CLEGG dob 21/07/2018, mum Kirsty Clegg.
Can you update your records please.

Thanks, Martin
Martin Oldroyd | CP Conference Admin | Kirklees Council"""
    m = outer("Martin Oldroyd <martin.oldroyd@kirklees.gov.uk>", "FW: CANCELLED - ICPC CLEGG 13/01/2027",
              london(2027, 1, 6, 8, 58), note, [(inner, "CANCELLED - ICPC CLEGG 13012027.eml")], 4804)
    write_case("J-48-04-kirklees-cancellation-rfc822", m, dict(
        district="kirklees", kind="initial", date="2027-01-13", time="10:00", police_attendance_requested=None,
        harm_categories=None, children=kids(("Bailey Clegg", "2015-03-09"), ("Summer Clegg", "2018-07-21")),
        adults=["Kirsty Clegg"], criteria=[], decision="manual_review", flags_required=["cancelled"],
        flags_forbidden_extra=["unverified_sender", "encrypted_unreadable", "possible_duplicate", "unreadable_attachment"],
        source_texts=lines_of(chair) + lines_of(note) + ["FW: CANCELLED - ICPC CLEGG 13/01/2027"],
        tags=["forward-rfc822", "cancellation", "moved-out-of-area"],
        notes="the chair's cancellation forwarded as an attachment: manual_review with cancelled"))


def case05():
    letter = """Dear colleagues

Re: Initial Child Protection Conference held 08/12/2026 - Noah and Esme ATHERTON-ROYD

Please find below the outcome of the conference and the outline child protection plan. Full minutes will follow within 20 working days.

Decision: Noah and Esme were made subject to child protection plans under the category of Emotional abuse.
Core group: first meeting 17/12/2026, 10am, at the family home. Members: social worker (Kamran Aziz), health visitor, school DSL, Mum (Rachael Royd), Dad (Simon Atherton).
Outline plan: parents to engage with Inspire DA programme; children to be seen alone every 10 working days.
Next review conference: Monday 8th March 2027 at 1.30pm, Margaret McMillan Tower.

Police were not present; the police report was shared by the chair.

Regards
Lorraine Feather
Minute Taker on behalf of the Chair, Bradford Children's Services"""
    inner = inner_msg("Lorraine Feather <lorraine.feather@bradford.gov.uk>", "Conference distribution list <cpc.distribution@bradford.gov.uk>",
                      "Chair's letter and outline plan - ATHERTON-ROYD - ICPC 08/12/2026", london(2026, 12, 10, 14, 2), body_text=letter)
    note = """Please see attached for your records.

Kind regards
Bradford CP Conference Team"""
    m = outer("Bradford CP Conference Team <cp.conferenceteam@bradford.gov.uk>",
              "FW: Chair's letter and outline plan - ATHERTON-ROYD - ICPC 08/12/2026",
              london(2026, 12, 11, 9, 20), note, [(inner, "Chair's letter - ATHERTON-ROYD.eml")], 4805)
    write_case("J-48-05-bradford-chairs-letter-not-invitation", m, dict(
        district="bradford", kind=None, date=None, time=None, police_attendance_requested=None,
        harm_categories=["emotional"], children=None,
        adults=["Rachael Royd", "Simon Atherton"], criteria=[], decision="manual_review",
        flags_required=["not_an_invitation"],
        flags_forbidden_extra=["cancelled", "unverified_sender", "encrypted_unreadable", "possible_duplicate", "unreadable_attachment"],
        source_texts=lines_of(letter) + lines_of(note),
        tags=["forward-rfc822", "chairs-letter", "not-an-invitation", "next-review-date-trap"],
        notes="a chair's letter / outline plan after the ICPC, not an invitation (the next review date is not an invitation): manual_review, not_an_invitation"))


def case06():
    resched = """Dear all

RE-SCHEDULED: Review Child Protection Conference - Amira HADDAD (dob 16/06/2011)

Due to the chair's illness the review conference has been moved.
Previous date: Friday 15th January 2027 at 10:00
NEW DATE: Thursday 21st January 2027 at 13:30, Wakefield One, Room 2.04 (hybrid)

Mother: Nour Haddad. Father: Karim Haddad (lives in Dewsbury).
Category: Sexual abuse (CSE)

Update for agencies: Amira remains open to the Wakefield Child Exploitation Team. A CSE risk assessment in December rated her at significant risk of child sexual exploitation after she was found in a hotel room in Leeds city centre with two adult men.

Police: written report requested; please indicate if police attendance is required following the chair's discussion with the CSE team.

Many thanks
Safeguarding and Review Unit | Wakefield Council"""
    inner2 = inner_msg("SRU Conference Admin <sru.conferences@wakefield.gov.uk>", "RCPC distribution <sru.conferences@wakefield.gov.uk>",
                       "RE-SCHEDULED RCPC HADDAD - now 21/01/2027", london(2027, 1, 7, 12, 30), body_text=resched)
    pa = "Sending on for info as requested by Janet (chair). Original below/attached.\nRuth Nelson, PA to the Service Manager"
    inner1 = MIMEMultipart("mixed")
    inner1.attach(text_part(pa))
    attach_msg(inner1, inner2, "RE-SCHEDULED RCPC HADDAD.eml")
    msg_headers(inner1, "Ruth Nelson <ruth.nelson@wakefield.gov.uk>", "Simon Dyson <simon.dyson@wakefield.gov.uk>",
                "FW: RE-SCHEDULED RCPC HADDAD - now 21/01/2027", london(2027, 1, 7, 15, 2))
    note = "Hi CPPU, I don't think you were on the original distribution list for this one - see attached (x2).\n\nSimon Dyson\nTeam Manager, Wakefield Child Exploitation Team"
    m = outer("Simon Dyson <simon.dyson@wakefield.gov.uk>", "FW: FW: RE-SCHEDULED RCPC HADDAD - now 21/01/2027",
              london(2027, 1, 8, 9, 5), note, [(inner1, "FW RE-SCHEDULED RCPC HADDAD.eml")], 4806)
    write_case("J-48-06-wakefield-rcpc-two-deep-rescheduled-cse", m, dict(
        district="wakefield", kind="review", date="2027-01-21", time="13:30", police_attendance_requested=None,
        harm_categories=["sexual"], children=kids(("Amira Haddad", "2011-06-16")),
        adults=["Nour Haddad", "Karim Haddad"], criteria=["child_sexual_exploitation"], decision="discuss",
        flags_required=["rescheduled"], unscored=["no_booking_form"],
        source_texts=lines_of(resched) + lines_of(pa) + lines_of(note),
        tags=["forward-rfc822", "two-levels", "reschedule", "review", "cse", "tick-absent"],
        notes="reschedule of a review, new date 21/01/2027; CSE at a review gives discuss; no tick box (the wording asks the reader to say)"))


def case07():
    form = """REVIEW CHILD PROTECTION CONFERENCE - INVITATION

Conference date: 04/02/2027
Time: 09:30
Location: Microsoft Teams
Mosaic ID: MOS-803164

Child: Harley Lockwood, DOB 30/01/2019
Mother: Shannon Lockwood
Mother's partner: Dale Ibbotson

Police involvement: Mr Ibbotson is a registered sex offender (MAPPA category 1) and has been visiting the home most evenings against the written agreement. The police offender manager is aware.

Police attendance: required

Integrated Safeguarding Unit, Leeds City Council"""
    inner = inner_msg("ISU Conferences <isu.conferences@leeds.gov.uk>", "Agency distribution <isu.conferences@leeds.gov.uk>",
                      "RCPC invitation LOCKWOOD 04/02/2027", london(2027, 1, 19, 16, 11), body_text=form)
    note = "see attached, resent as the original bounced\n\nISU admin"
    m = outer("ISU Conferences <isu.conferences@leeds.gov.uk>", "FW: RCPC invitation LOCKWOOD 04/02/2027",
              london(2027, 1, 20, 10, 40), note, [(inner, "RCPC invitation LOCKWOOD.eml")], 4807, auth="fail")
    write_case("J-48-07-leeds-rcpc-rfc822-dmarc-fail-rso", m, dict(
        district="leeds", kind="review", date="2027-02-04", time="09:30", police_attendance_requested=True,
        harm_categories=None, children=kids(("Harley Lockwood", "2019-01-30")),
        adults=["Shannon Lockwood", "Dale Ibbotson"], criteria=["registered_sex_offender"], decision="manual_review",
        flags_required=["unverified_sender"],
        flags_forbidden_extra=["cancelled", "not_an_invitation", "possible_duplicate", "rescheduled"],
        source_texts=lines_of(form) + lines_of(note),
        tags=["forward-rfc822", "dmarc-fail", "unverified-sender", "rso-visitor", "review"],
        notes="Authentication-Results reports dkim/spf/dmarc fail for leeds.gov.uk: manual_review with unverified_sender whatever the content (RSO visiting)"))


if __name__ == "__main__":
    for f in (case01, case02, case03, case04, case05, case06, case07):
        f()
