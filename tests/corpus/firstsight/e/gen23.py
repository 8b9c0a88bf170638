"""Layout 23: HTML email from an online form service (Microsoft Forms + Power Automate / council web portal):
each question a bold paragraph with the answer below; check boxes as disabled <input> or [x]/[ ];
radio answers as "(•) Yes ( ) No"; several children as repeated "Child 1 of 3" blocks."""
from lib import all_texts, london, make_label, new_message, write_case

CASES = []


def case(f):
    CASES.append(f)
    return f


def q(question, answer):
    return (f'<p style="font-weight:bold;margin:18px 0 4px 0;font-family:Segoe UI,Arial">{question}</p>'
            f'<p style="margin:0 0 6px 0;font-family:Segoe UI,Arial;color:#333">{answer}</p>')


def radio(options, selected):
    return "&nbsp;&nbsp;".join(("(\u2022) " if o == selected else "( ) ") + o for o in options)


def cb_input(items):
    return "<br>".join(f'<input type="checkbox" {"checked " if on else ""}disabled> {label}' for label, on in items)


def cb_text(items):
    return "<br>".join(f'{"[x]" if on else "[ ]"} {label}' for label, on in items)


def page(title, intro, blocks, footer):
    return ('<html><head><meta charset="utf-8"></head><body style="background:#f3f2f1">'
            '<div style="max-width:680px;margin:auto;background:#fff;padding:24px">'
            f'<h2 style="font-family:Segoe UI,Arial;color:#03787c">{title}</h2>'
            f'<p style="font-family:Segoe UI,Arial">{intro}</p>' + "".join(blocks) +
            f'<hr><p style="font-family:Segoe UI,Arial;font-size:11px;color:#666">{footer}</p></div></body></html>')


def build(name, c, label_kw):
    msg = new_message(frm=c["from"], subject=c["subject"], sent=c["sent"], received=c["received"],
                      sender_host=c["host"], dmarc_domain=c["domain"], extra=c.get("extra"))
    if c.get("plain"):
        msg.set_content(c["plain"])
        msg.add_alternative(c["html"], subtype="html")
    else:
        msg.set_content(c["html"], subtype="html")
    lab = make_label(received=c["received"], source_texts=all_texts(msg), **label_kw)
    write_case(name, msg, lab)


def child_blocks(children):
    out = []
    for i, (n, dob, extra) in enumerate(children, 1):
        out.append(f'<p style="font-family:Segoe UI,Arial;background:#edebe9;padding:4px;margin-top:20px">Child {i} of {len(children)}</p>')
        out.append(q("Child's full name", n))
        out.append(q("Date of birth", dob))
        if extra:
            out.append(q("School / nursery", extra))
    return out


def adult_blocks(adults):
    out = []
    for i, (n, rel, dob) in enumerate(adults, 1):
        out.append(f'<p style="font-family:Segoe UI,Arial;background:#edebe9;padding:4px;margin-top:20px">Adult {i} of {len(adults)}</p>')
        out.append(q("Full name", n))
        out.append(q("Relationship to child(ren)", rel))
        out.append(q("Date of birth", dob))
    return out


FORMS_FOOT = ("This email was generated automatically from a Microsoft Forms response by the council's conference booking flow. "
              "Do not reply to this address. OFFICIAL-SENSITIVE")


@case
def c01():
    blocks = [q("Type of conference", radio(["Initial", "Review", "Transfer In", "Pre-birth"], "Initial")),
              q("Date of conference", "04/12/2026"), q("Start time", "10:00"),
              q("Venue", "Microsoft Teams (link will be sent by the chair)"),
              q("Conference chair", "Helen Riordan"), q("Social worker", "Grace Ampofo, Leeds North West CP team"),
              q("Number of children", "3")]
    blocks += child_blocks([("Precious Adeyemi", "14/02/2012", "Allerton Grange School"),
                            ("Tobi Adeyemi", "01/06/2015", "Moor Allerton Primary"),
                            ("Grace Adeyemi-Clarke", "23/11/2021", "Little Acorns Nursery")])
    blocks += adult_blocks([("Folake Adeyemi", "Mother", "30/07/1988"),
                            ("Dwayne Clarke", "Mother's partner, father of Grace", "12/03/1986")])
    blocks += [q("Category of concern", cb_input([("Physical", False), ("Emotional", False), ("Sexual", False), ("Neglect", True)])),
               q("Reason for conference",
                 "On 27/11/2026 police attended the address after a neighbour reported the children home alone at 2am. "
                 "Officers took all three children into police protection under section 46 Children Act 1989 and they were placed with their maternal aunt. "
                 "Ms Adeyemi returned at 4am and was found to be intoxicated."),
               q("Has an Emergency Protection Order been applied for?", radio(["Yes", "No"], "No")),
               q("Is police attendance at the conference requested?", radio(["Yes", "No"], "Yes")),
               q("Date form completed", "30/11/2026")]
    html = page("Child Protection Conference Request - response received",
                "A new response has been submitted to <b>CP Conference Request (Leeds)</b>.", blocks, FORMS_FOOT)
    c = dict(html=html, **{"from": "Leeds CP Conference Requests <cp.conferencerequests@leeds.gov.uk>", "host": "mail.leeds.gov.uk",
                           "domain": "leeds.gov.uk", "subject": "New response: CP Conference Request - ADEYEMI - ICPC 04/12/2026",
                           "sent": london(2026, 12, 1, 8, 44), "received": london(2026, 12, 1, 8, 47)})
    build("e-23-01-leeds-icpc-forms-police-protection-late-attend", c, dict(
        district="leeds", kind="initial", pre_birth=False, date="2026-12-04", time="10:00", tick=True,
        harm=["neglect"], children=[("Precious Adeyemi", "2012-02-14"), ("Tobi Adeyemi", "2015-06-01"), ("Grace Adeyemi-Clarke", "2021-11-23")],
        adults=["Folake Adeyemi", "Dwayne Clarke"], criteria=["police_protection"], decision="attend",
        tags=["html-forms", "radio-glyph", "input-checkbox", "child-n-of-m", "district-leeds", "initial", "tick-attend", "police-protection", "late-notice", "nigerian-names"],
        notes="Leeds ICPC arising from s46 police protection -> police_protection (L4) -> attend; 3 WD notice < 5 -> late_notice."))


@case
def c02():
    blocks = [q("Conference type", radio(["Initial", "Review", "Transfer In"], "Review")),
              q("Date of conference", "Wednesday 2 December 2026"), q("Time", "10.00am"),
              q("Venue", "Huddersfield Civic Centre 3, Market Street"), q("Chair", "Irfan Bashir"),
              q("Lead social worker", "Hannah Whiteley")]
    blocks += child_blocks([("Leon Dewsbury", "07/07/2009", "Upper Batley High School"), ("Mia Dewsbury", "10/10/2011", "Upper Batley High School")])
    blocks += adult_blocks([("Lisa Dewsbury", "Mother", "15/01/1990"), ("Mark Holmes", "Stepfather", "03/09/1985")])
    blocks += [q("Category of plan", cb_text([("Physical abuse", True), ("Emotional abuse", False), ("Sexual abuse", False), ("Neglect", False)])),
               q("Significant events since the last conference",
                 "On 14/11/2026 Mr Holmes was arrested on suspicion of assaulting Leon and was released under investigation. "
                 "He has agreed to stay with his brother while the investigation continues."),
               q("Other concerns",
                 "Leon is known to the Youth Justice Service and there are concerns about criminal exploitation (county lines). There are no CSE concerns."),
               q("Core group membership", cb_input([("Social worker", True), ("School", True), ("Youth Justice Service", True), ("Police", False)])),
               q("Is police attendance at the conference requested?", radio(["Yes", "No"], "No")),
               q("Form completed by", "Hannah Whiteley, 20/11/2026")]
    html = page("Review Child Protection Conference - Booking", "Booking submitted through the Kirklees conference portal.", blocks,
                "Kirklees Council Children's Services - automated message. OFFICIAL-SENSITIVE")
    c = dict(html=html, **{"from": "Kirklees Conference Portal <conference.portal@kirklees.gov.uk>", "host": "mail.kirklees.gov.uk",
                           "domain": "kirklees.gov.uk", "subject": "RCPC booking submitted - DEWSBURY - 02/12/2026",
                           "sent": london(2026, 11, 23, 13, 30), "received": london(2026, 11, 23, 13, 32)})
    build("e-23-02-kirklees-rcpc-portal-rui-cce-discuss", c, dict(
        district="kirklees", kind="review", pre_birth=False, date="2026-12-02", time="10:00", tick=False,
        harm=["physical"], children=[("Leon Dewsbury", "2009-07-07"), ("Mia Dewsbury", "2011-10-10")],
        adults=["Lisa Dewsbury", "Mark Holmes"], criteria=["current_investigation"], decision="discuss",
        tags=["html-portal", "bracket-checkbox", "input-checkbox", "district-kirklees", "review", "tick-report", "rui", "cce-not-cse", "surname-is-place"],
        notes="Kirklees review under Wakefield rules: police not in core group (Police box unchecked); stepfather RUI for assaulting the child -> current_investigation -> discuss (POLICY 3). County lines is CCE not CSE; 'no CSE concerns' negated."))


@case
def c03():
    blocks = [q("Conference type", radio(["Initial", "Review", "Transfer In", "Pre-birth"], "Initial")),
              q("Conference date", "05/01/2027"), q("Time", "10:00"),
              q("Venue", "Margaret McMillan Tower, Bradford"), q("Chair", "Dennis Okoro"), q("Social worker", "Shabana Akhtar")]
    blocks += child_blocks([("Zara Iqbal", "04/04/2018", "Lilycroft Primary School")])
    blocks += adult_blocks([("Rukhsana Iqbal", "Mother", "09/09/1991"), ("Asif Iqbal", "Father", "22/02/1987")])
    blocks += [q("Which of the following apply? (tick all that apply)",
                 cb_text([("Child sexual exploitation (CSE)", False), ("Domestic abuse", False), ("Registered sex offender in household", False),
                          ("Police protection", False), ("Neglect", True), ("Emotional harm", True)])),
               q("Reason for conference",
                 "Zara has been living in very poor conditions; her mother has severe depression and her father works away. "
                 "Zara has lost weight and has been absent from school for 30 days this term."),
               q("Police involvement",
                 "Police checks: no trace for either parent. There has been no police involvement. Mr Iqbal is not a registered sex offender."),
               q("Police attendance", radio(["Attendance required", "Written report only"], "Written report only")),
               q("Submitted", "17/12/2026 09:12")]
    html = page("Bradford Children's Social Care - Conference Booking Form", "Form response (ref BFD-CPC-7781).", blocks,
                "City of Bradford MDC. This message may contain OFFICIAL-SENSITIVE information.")
    plain = "This message is in HTML format. If you cannot read it, contact cpconferences@bradford.gov.uk quoting BFD-CPC-7781."
    c = dict(html=html, plain=plain, **{"from": "Bradford CP Conferences <cpconferences@bradford.gov.uk>", "host": "mail.bradford.gov.uk",
                                        "domain": "bradford.gov.uk", "subject": "Conference Booking BFD-CPC-7781 - IQBAL",
                                        "sent": london(2026, 12, 17, 9, 13), "received": london(2026, 12, 17, 9, 15)})
    build("e-23-03-bradford-icpc-form-template-list-report-only", c, dict(
        district="bradford", kind="initial", pre_birth=False, date="2027-01-05", time="10:00", tick=False,
        harm=["neglect", "emotional"], children=[("Zara Iqbal", "2018-04-04")],
        adults=["Rukhsana Iqbal", "Asif Iqbal"], criteria=[], decision="report_only",
        tags=["html-form", "bracket-checkbox", "template-list-trap", "district-bradford", "initial", "tick-report", "negated-rso", "bank-holidays"],
        notes="Bradford ICPC (Wakefield rules): CSE/DA/RSO/police protection appear only as unticked template items; RSO negated; no police involvement -> report_only. Report due 30/12 (skips 1 Jan bank holiday)."))


@case
def c04():
    blocks = [q("Conference type", radio(["Initial", "Review"], "Initial")),
              q("Date", "10/12/2026"), q("Time", "10:00"), q("Venue", "Northgate House, Halifax"),
              q("Chair", "Margaret Feather"), q("Social worker", "Lucy Crossley")]
    blocks += child_blocks([("Brooke Greenwood", "25/12/2010", "Calder High School")])
    blocks += adult_blocks([("Stacey Greenwood", "Mother", "18/06/1989"), ("Dean Greenwood", "Father (separated, weekly contact)", "29/11/1986")])
    blocks += [q("Reason for conference",
                 "Child sexual exploitation. Brooke (15) has been groomed online by adult males who have sent her money and asked for images; "
                 "she has met one of them in Bradford. The CSE risk assessment is high and a referral has been made to the Calderdale CSE hub."),
               q("Police involvement",
                 "Police are not investigating at present as Brooke will not give an account. There has been no previous police involvement with the family."),
               q("Police attendance requested?", radio(["Yes", "No"], "Yes")),
               q("Completed by", "Lucy Crossley")]
    html = page("Calderdale - Request for Initial Child Protection Conference", "Response submitted via Microsoft Forms.", blocks, FORMS_FOOT)
    c = dict(html=html, **{"from": "Calderdale CP Conferences <cpconferences@calderdale.gov.uk>", "host": "mail.calderdale.gov.uk",
                           "domain": "calderdale.gov.uk", "subject": "ICPC request - GREENWOOD - 10.12.26",
                           "sent": london(2026, 12, 2, 16, 5), "received": london(2026, 12, 2, 16, 8)})
    build("e-23-04-calderdale-icpc-forms-cse-discuss", c, dict(
        district="calderdale", kind="initial", pre_birth=False, date="2026-12-10", time="10:00", tick=True,
        harm=None, children=[("Brooke Greenwood", "2010-12-25")],
        adults=["Stacey Greenwood", "Dean Greenwood"], criteria=["child_sexual_exploitation"], decision="discuss",
        tags=["html-forms", "radio-glyph", "district-calderdale", "initial", "tick-attend", "cse-calderdale", "negated-investigation", "place-name-bradford", "dob-christmas"],
        notes="Calderdale ICPC: CSE is a considered risk; no investigation and no previous police involvement, so no Calderdale attend item -> discuss (POLICY 2 Calderdale choice)."))


@case
def c05():
    blocks = [q("Type of conference", radio(["Initial", "Review", "Transfer In", "Pre-birth"], "Transfer In")),
              q("Date of conference", "Thursday 10th December 2026"), q("Time", "11:00"),
              q("Venue", "Wakefield One, Burton Street, Wakefield"), q("Chair", "Gillian Ackroyd"),
              q("Social worker", "Ciaran Doyle"), q("Transferring authority", "Manchester City Council")]
    blocks += child_blocks([("Shea Mulligan", "30/03/2016", "St Peter and Paul Catholic Primary"), ("Erin Mulligan", "19/08/2019", "")])
    blocks += adult_blocks([("Bernadette Mulligan", "Mother", "11/11/1990"), ("Aidan Mulligan", "Father", "06/05/1988")])
    blocks += [q("Reason for conference",
                 "Transfer in from Manchester; the children have been subject to child protection plans under the category of sexual abuse since October 2026. "
                 "Greater Manchester Police are investigating an allegation that Mr Mulligan sexually assaulted Erin. "
                 "He was interviewed under caution on 20/11/2026 and released under investigation; Erin's ABE interview has been completed. "
                 "Mr Mulligan has moved to an address in Leeds and has no contact with the children."),
               q("Is police attendance at the conference requested?", radio(["Yes", "No"], None)),
               q("Date completed", "02/12/2026")]
    html = page("Wakefield SGRU - Conference Booking", "A booking form has been submitted.", blocks,
                "Wakefield Council Safeguarding and Review Unit. OFFICIAL-SENSITIVE")
    c = dict(html=html, **{"from": "Safeguarding and Review Unit <sgru.bookings@wakefield.gov.uk>", "host": "mail1.wakefield.gov.uk",
                           "domain": "wakefield.gov.uk", "subject": "Transfer In CPC - MULLIGAN - 10/12/2026",
                           "sent": london(2026, 12, 3, 10, 30), "received": london(2026, 12, 3, 10, 33)})
    build("e-23-05-wakefield-transfer-in-forms-rui-radio-blank-attend", c, dict(
        district="wakefield", kind="transfer_in", pre_birth=False, date="2026-12-10", time="11:00", tick=None,
        harm=["sexual"], children=[("Shea Mulligan", "2016-03-30"), ("Erin Mulligan", "2019-08-19")],
        adults=["Bernadette Mulligan", "Aidan Mulligan"], criteria=["current_investigation"], decision="attend",
        required=["tickbox_ambiguous"],
        tags=["html-forms", "radio-glyph", "radio-unanswered", "district-wakefield", "transfer-in", "rui", "other-force", "irish-names", "place-name-leeds"],
        notes="Wakefield transfer-in counts as initial; GMP investigation of sexual abuse of the child, father RUI -> current_investigation (W1, a criterion met in another force area still counts) -> attend; attendance question unanswered -> tickbox_ambiguous. Notice exactly 5 WD."))


@case
def c06():
    blocks = [q("Conference type", radio(["Initial", "Review", "Transfer In"], "Review")),
              q("Date of conference", "18/12/2026"), q("Start time", "13:00"),
              q("Venue", "Microsoft Teams"), q("Conference chair", "Paul Whitaker"), q("Social worker", "Joanna Baptiste")]
    blocks += child_blocks([("Aleksander Mazur", "15/01/2015", "Beeston Primary School")])
    blocks += adult_blocks([("Ewa Mazur", "Mother", "04/04/1986"), ("Jan Mazur", "Father", "13/08/1983")])
    blocks += [q("Category of concern", cb_input([("Physical", False), ("Emotional", False), ("Sexual", False), ("Neglect", True)])),
               q("Progress since last conference",
                 "Home conditions have improved. Police are not members of the core group. "
                 "Aleksander was placed in police protection in 2021 when the family lived in Bradford; there has been no police involvement since."),
               q("Is police attendance at the conference requested?", radio(["Yes", "No"], "No")),
               q("Date form completed", "04/12/2026")]
    html = page("Child Protection Conference Request - response received",
                "A new response has been submitted to <b>CP Conference Request (Leeds)</b>.", blocks, FORMS_FOOT)
    c = dict(html=html, **{"from": "Leeds CP Conference Requests <cp.conferencerequests@leeds.gov.uk>", "host": "mail.leeds.gov.uk",
                           "domain": "leeds.gov.uk", "subject": "New response: CP Conference Request - MAZUR - RCPC 18/12/2026",
                           "sent": london(2026, 12, 7, 17, 2), "received": london(2026, 12, 7, 17, 4)})
    build("e-23-06-leeds-rcpc-forms-historic-pp-late-report-only", c, dict(
        district="leeds", kind="review", pre_birth=False, date="2026-12-18", time="13:00", tick=False,
        harm=["neglect"], children=[("Aleksander Mazur", "2015-01-15")],
        adults=["Ewa Mazur", "Jan Mazur"], criteria=["prior_unit_involvement"], decision="report_only",
        tags=["html-forms", "radio-glyph", "input-checkbox", "district-leeds", "review", "tick-report", "historic-police-protection", "late-notice-review"],
        notes="Leeds review: police protection in 2021 is historical (prior_unit_involvement only), police not in core group -> report_only (POLICY 3); 9 WD notice < Leeds review minimum 10 -> late_notice."))


@case
def c07():
    html = ('<html><body style="font-family:Arial">'
            '<table width="600" style="border:1px solid #ccc"><tr><td style="background:#4b2e83;color:#fff;padding:10px">'
            '<b>Kirklees Children\'s Services - Secure Portal</b></td></tr>'
            '<tr><td style="padding:14px"><p>You have been sent a secure message.</p>'
            '<p><b>From:</b> Kirklees Safeguarding Conferences</p>'
            '<p><b>Subject:</b> Child Protection Conference notification [KSC-48213]</p>'
            '<p>To read this message and any attachments, sign in to the secure portal:</p>'
            '<p><a href="https://secureportal.kirklees.gov.uk/read/7f3a9c2e1d">Open secure message</a></p>'
            '<p>This link expires in 14 days. If you have not used the portal before you will be asked to register.</p>'
            '</td></tr></table></body></html>')
    c = dict(html=html, **{"from": "Kirklees Secure Portal <secure.portal@kirklees.gov.uk>", "host": "mail.kirklees.gov.uk",
                           "domain": "kirklees.gov.uk", "subject": "Secure message: Child Protection Conference notification [KSC-48213]",
                           "sent": london(2026, 12, 14, 11, 1), "received": london(2026, 12, 14, 11, 3)})
    build("e-23-07-kirklees-secure-portal-link-only", c, dict(
        district="kirklees", kind=None, pre_birth=None, date=None, time=None, tick=None,
        harm=None, children=None, adults=None, criteria=[], decision="manual_review",
        required=["encrypted_unreadable"], deadlines_scored=False,
        unscored=["missing_conference_date", "missing_family_details", "missing_reason", "no_booking_form", "not_an_invitation", "tickbox_ambiguous"],
        tags=["html-portal-notice", "district-kirklees", "secure-portal", "no-content"],
        notes="Secure-portal notice with only a link and no readable content -> manual_review with encrypted_unreadable, never report_only (POLICY 'Not every email is an invitation')."))


if __name__ == "__main__":
    for f in CASES:
        f()
    print(len(CASES), "cases")
