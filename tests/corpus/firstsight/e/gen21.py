"""Layout 21: Word .docx booking form, fields in text boxes (DrawingML and/or VML) and plain-text
content controls, unfilled controls showing Word's placeholder, date/reference in the page header,
check boxes as w14:checkbox content controls."""
from lib import (DOCX_MIME, all_texts, build_docx, london, make_label, new_message, para, run, sdt_check,
                 sdt_text, textbox, write_case)

CASES = []


def case(f):
    CASES.append(f)
    return f


def form(c) -> bytes:
    hdr = [para(run("OFFICIAL-SENSITIVE", bold=True)), para(run(c["header"]))]
    mode = c.get("mode", "both")
    b = [para(run(c["council"], bold=True), style="Heading1"), para(run(c["title"], bold=True), style="Heading2")]
    tb = [para(run("Conference details", bold=True))]
    for label, value in c["details"]:
        tb.append(para(run(f"{label}: "), sdt_text(label, value)))
    b.append(textbox(tb, height_cm=5.5, mode=mode))
    tb = [para(run("Child(ren) subject of the conference", bold=True))]
    for name, dob, extra in c["children"]:
        tb.append(para(run("Name: "), sdt_text("Child name", name), run("    Date of birth: "), sdt_text("Child DOB", dob),
                       run(f"    {extra}") if extra else ""))
    b.append(textbox(tb, height_cm=2.5, mode=mode))
    tb = [para(run("Parents / carers / significant adults", bold=True))]
    for name, rel, dob in c["adults"]:
        tb.append(para(run("Name: "), sdt_text("Adult name", name), run("    Relationship: "), sdt_text("Relationship", rel),
                       run("    DOB: "), sdt_text("Adult DOB", dob)))
    b.append(textbox(tb, height_cm=3, mode=mode))
    # category check boxes (a template list: every category is printed)
    cats = c["categories"]
    b.append(para(run("Category of concern:  "), *[x for k in ("Physical", "Emotional", "Sexual", "Neglect")
                                                    for x in (sdt_check(k, k in cats), run(f" {k}   "))]))
    tb = [para(run(c.get("reason_heading", "Reason for conference and summary of concerns"), bold=True))]
    tb += [para(run(t)) for t in c["reason"]]
    b.append(textbox(tb, height_cm=7, mode=mode))
    b.append(para(run("West Yorkshire Police - please indicate (tick one):", bold=True)))
    req, rep = c["tick"]
    b.append(para(sdt_check("Police attendance required", req), run(" Police attendance required")))
    b.append(para(sdt_check("Written report sufficient", rep), run(" Written report sufficient")))
    for label, value in c.get("footer_fields", []):
        b.append(para(run(f"{label}: "), sdt_text(label, value)))
    return build_docx("".join(b), hdr, title=c["title"], author=c["author"])


def build(name, c, label_kw):
    msg = new_message(frm=c["from"], subject=c["subject"], sent=c["sent"], received=c["received"],
                      sender_host=c["host"], dmarc_domain=c["domain"])
    msg.set_content(c["note"])
    msg.add_attachment(form(c), maintype=DOCX_MIME[0], subtype=DOCX_MIME[1], filename=c["filename"])
    texts = all_texts(msg)
    lab = make_label(received=c["received"], source_texts=texts, **label_kw)
    write_case(name, msg, lab)


WAKE = dict(council="Wakefield Council - Children and Young People's Service",
            author="Safeguarding and Review Unit", host="mail1.wakefield.gov.uk", domain="wakefield.gov.uk")


@case
def c01():
    c = dict(WAKE, title="Child Protection Conference Booking Form",
             header="ICPC  03/12/2026  10:00  |  CareDirector ref CD734519  |  Safeguarding and Review Unit",
             from_="x", mode="both",
             details=[("Type of conference", "Initial Child Protection Conference"),
                      ("Venue", "Castleford Civic Centre, Ferrybridge Road, Castleford WF10 4JH"),
                      ("Conference Chair", "Gillian Ackroyd"),
                      ("Allocated social worker", "Tomasz Lewandowski"),
                      ("Team manager", "Rehana Siddiqui"),
                      ("Date of strategy discussion", "18/11/2026"),
                      ("Interpreter required", "Polish - booked"),
                      ("Advocacy", None)],
             children=[("Oliwia Nowak-Brennan", "14/03/2016", "Female"), ("Szymon Nowak-Brennan", "02/08/2019", "Male")],
             adults=[("Katarzyna Nowak", "Mother", "21/01/1990"), ("Declan Brennan", "Father", "09/06/1987")],
             categories={"Physical"},
             reason=["Physical abuse. On 16/11/2026 Oliwia attended school with bruising to both upper arms and told her teacher that her dad had grabbed and shaken her.",
                     "Declan Brennan was arrested on 17/11/2026 on suspicion of assaulting Oliwia and has been released on police bail with conditions not to contact either child. The police investigation is ongoing (OIC DC Marsh, Wakefield Child Safeguarding Unit).",
                     "Mr Brennan is currently living with his brother in Normanton. Ms Nowak is co-operating with the safety plan."],
             tick=(True, False),
             footer_fields=[("Completed by", "Tomasz Lewandowski"), ("Date completed", "20/11/2026")])
    c.update(**{"from": "Safeguarding and Review Unit <sgru.bookings@wakefield.gov.uk>",
                "subject": "OFFICIAL-SENSITIVE - ICPC booking - NOWAK-BRENNAN - CD734519",
                "sent": london(2026, 11, 23, 9, 38), "received": london(2026, 11, 23, 9, 41),
                "filename": "ICPC booking form CD734519.docx",
                "note": ("Good morning,\n\nPlease find attached the booking form for an Initial Child Protection Conference "
                         "in respect of Oliwia and Szymon. Conference details are on the form.\n\n"
                         "The police report should reach the Conference Chair three working days before the conference.\n\n"
                         "Many thanks\n\nJoanne Priestley\nBusiness Support Officer\nSafeguarding and Review Unit\n"
                         "Wakefield Council\nTel: 01924 305512\n\nOFFICIAL-SENSITIVE")})
    build("e-21-01-wakefield-icpc-textbox-bail-attend", c, dict(
        district="wakefield", kind="initial", pre_birth=False, date="2026-12-03", time="10:00", tick=True,
        harm=["physical"], children=[("Oliwia Nowak-Brennan", "2016-03-14"), ("Szymon Nowak-Brennan", "2019-08-02")],
        adults=["Katarzyna Nowak", "Declan Brennan"], criteria=["current_investigation"], decision="attend",
        tags=["docx-textbox-dml-vml", "content-control", "date-in-header-only", "district-wakefield", "initial", "tick-attend", "hyphenated-names"],
        notes="Wakefield ICPC; father arrested and on police bail for assaulting the child, investigation ongoing -> current_investigation (W1) -> attend (POLICY 2). Conference date/time only in the Word header; strategy discussion date in body."))


@case
def c02():
    c = dict(council="Leeds City Council - Children and Families", author="Integrated Safeguarding Unit",
             host="mail.leeds.gov.uk", domain="leeds.gov.uk", title="Request for Child Protection Conference",
             header="Initial CPC - Wednesday 9 December 2026 at 1.30pm - Mosaic ID MOS771204", mode="dml",
             details=[("Conference type", "Initial"), ("Conference date", "09/12/2026"), ("Start time", "13:30"),
                      ("Location", "Microsoft Teams"), ("Chair", "Paul Whitaker"),
                      ("Allocated social worker", "Sadia Anwar"), ("Practice supervisor", None),
                      ("Interpreter", None)],
             children=[("Amira Hussain-Khan", "22/06/2011", "Female - Roundhay High School"),
                       ("Zayan Hussain-Khan", "30/01/2014", "Male - Moortown Primary")],
             adults=[("Nasreen Hussain", "Mother", "03/05/1985"), ("Imran Khan", "Father (lives separately in Bradford)", "17/12/1981")],
             categories={"Sexual"},
             reason=["Amira has been reported missing from home five times since September. On two occasions she was found by staff at city-centre hotels in the company of adult men who are not known to the family.",
                     "Child sexual exploitation is a considered risk: the CSE risk assessment completed on 20/11/2026 scored Amira as high risk and a referral has been made to the Leeds CSE hub.",
                     "There are no concerns about criminal exploitation. Zayan is included because he lives in the household; there are no direct concerns for him.",
                     "There is no police investigation at present; Amira has not made any disclosure."],
             tick=(False, True),
             footer_fields=[("Completed by", "Sadia Anwar"), ("Date completed", "24/11/2026"), ("Signed (team manager)", None)])
    c.update(**{"from": "Leeds ISU Conference Bookings <isu.conferencebookings@leeds.gov.uk>",
                "subject": "ICPC Request - HUSSAIN-KHAN - 09/12/2026",
                "sent": london(2026, 11, 25, 14, 2), "received": london(2026, 11, 25, 14, 5),
                "filename": "MOS771204 Conference Request.docx",
                "note": ("Dear colleague\n\nPlease find attached a conference request for the above family. "
                         "A written report is requested 24 hours prior to conference, sent to the Integrated Safeguarding Unit.\n\n"
                         "Regards\n\nKevin Armitage\nConference Support Officer | Integrated Safeguarding Unit | Leeds City Council\n"
                         "0113 378 9921\n\nThis e-mail and any attachments are confidential.")})
    build("e-21-02-leeds-icpc-sdt-placeholders-cse-discuss", c, dict(
        district="leeds", kind="initial", pre_birth=False, date="2026-12-09", time="13:30", tick=False,
        harm=["sexual"], children=[("Amira Hussain-Khan", "2011-06-22"), ("Zayan Hussain-Khan", "2014-01-30")],
        adults=["Nasreen Hussain", "Imran Khan"], criteria=["child_sexual_exploitation"], decision="discuss",
        tags=["docx-textbox-dml", "content-control-placeholder", "district-leeds", "initial", "tick-report", "cse-leeds", "father-place-name-bradford"],
        notes="Leeds ICPC; CSE a considered risk (high, CSE hub), no police investigation -> CSE alone in Leeds -> discuss (POLICY 2, Leeds choice). Report sufficient ticked, so no tickbox_conflict. 'Bradford' in father's relationship must not change district."))


@case
def c03():
    c = dict(council="Calderdale Council - Children and Young People's Services", author="CP Administration",
             host="mail.calderdale.gov.uk", domain="calderdale.gov.uk", title="Child Protection Review Conference - Booking Details",
             header="RCPC 15/12/2026 14:00 - Ref CAL/CP/40917", mode="vml",
             details=[("Conference type", "Review Child Protection Conference (first review)"),
                      ("Date of last conference", "15/09/2026"), ("Venue", "Northgate House, Halifax HX1 1UN"),
                      ("Chair", "Margaret Feather"), ("Social worker", "Owen Pritchard"),
                      ("Next core group", "08/12/2026")],
             children=[("Niamh O'Sullivan", "05/09/2017", "Female"), ("Cian O'Sullivan", "11/02/2020", "Male")],
             adults=[("Siobhan O'Sullivan", "Mother", "12/04/1992"), ("Patrick Halifax", "Mother's partner", "30/10/1988")],
             categories={"Neglect"},
             reason_heading="Progress since last conference",
             reason=["Category: neglect. Home conditions have improved and both children's attendance at school and nursery is now above 90%.",
                     "Core group: social worker, health visitor, school, nursery, Ms O'Sullivan and Mr Halifax. Police are not members of the core group.",
                     "There has been no police involvement with the family since the initial conference."],
             tick=(False, True),
             footer_fields=[("Report requested from", "West Yorkshire Police (Calderdale Safeguarding Unit)")])
    c.update(**{"from": "CP Administration <cp.administration@calderdale.gov.uk>",
                "subject": "Review CPC - O'SULLIVAN - 15.12.26",
                "sent": london(2026, 12, 1, 11, 20), "received": london(2026, 12, 1, 11, 22),
                "filename": "RCPC O'Sullivan 15.12.26.docx",
                "note": ("Hello\n\nPlease see attached booking details for the review conference. "
                         "Please send your report by secure email to CP Administration.\n\nThank you\n\n"
                         "Dawn Mitchell\nCP Administration\nCalderdale Council\n01422 393311")})
    build("e-21-03-calderdale-rcpc-vml-report-only", c, dict(
        district="calderdale", kind="review", pre_birth=False, date="2026-12-15", time="14:00", tick=False,
        harm=["neglect"], children=[("Niamh O'Sullivan", "2017-09-05"), ("Cian O'Sullivan", "2020-02-11")],
        adults=["Siobhan O'Sullivan", "Patrick Halifax"], criteria=[], decision="report_only",
        tags=["docx-textbox-vml", "district-calderdale", "review", "tick-report", "apostrophe-names", "name-is-place", "other-dates-near"],
        notes="Calderdale review; police not in core group, no police involvement, no criterion -> report_only (POLICY 3). Last-conference and core-group dates near the conference date."))


@case
def c04():
    c = dict(council="Kirklees Council - Children's Services", author="Safeguarding Partnership Conference Team",
             host="mail.kirklees.gov.uk", domain="kirklees.gov.uk", title="Pre-Birth Child Protection Conference Request",
             header="Pre-birth ICPC | Friday 11th December 2026, 11:00am | Ref KC-PB-2291", mode="both",
             details=[("Type of conference", "Pre-birth Initial Child Protection Conference"),
                      ("Venue", "Civic Centre 1, Huddersfield (hybrid)"), ("Chair", "Irfan Bashir"),
                      ("Social worker", "Rachel Lumb"), ("Expected date of delivery", "20/01/2027"),
                      ("Midwife", "Carol Senior, Calderdale and Huddersfield NHS Trust"), ("Interpreter", None)],
             children=[("Baby Dale (unborn)", "EDD 20/01/2027", "")],
             adults=[("Chloe Dale", "Mother", "07/07/2007"), ("Kyle Marsden", "Father", "15/02/1986")],
             categories={"Neglect", "Emotional"},
             reason=["Ms Dale is 19 and has a learning disability; there are concerns about her capacity to meet the baby's needs without support.",
                     "Mr Marsden was convicted in 2012 of cruelty to a child (his former partner's son) following a police investigation and served a custodial sentence. He is a Schedule 1 offender. He is not a registered sex offender.",
                     "Birth plan: if the parents attempt to remove the baby from hospital against medical advice, police protection may be used.",
                     "There is no current police involvement."],
             tick=(False, False),
             footer_fields=[("Completed by", "Rachel Lumb"), ("Manager authorisation", None)])
    c.update(**{"from": "Kirklees Safeguarding Conferences <safeguarding.conferences@kirklees.gov.uk>",
                "subject": "Pre-birth ICPC request - DALE - Ref KC-PB-2291",
                "sent": london(2026, 12, 3, 15, 51), "received": london(2026, 12, 3, 15, 54),
                "filename": "KC-PB-2291 PBCPC request.docx",
                "note": ("Good afternoon,\n\nAttached is the request for a pre-birth conference. Please can the police "
                         "complete a report for the chair.\n\nKind regards\n\nAndrea Haigh\nConference Administrator\n"
                         "Kirklees Council\n01484 221000")})
    build("e-21-04-kirklees-prebirth-neither-ticked-report-only", c, dict(
        district="kirklees", kind="initial", pre_birth=True, date="2026-12-11", time="11:00", tick=None,
        harm=["emotional", "neglect"], children=[("Baby Dale", None)], adults=["Chloe Dale", "Kyle Marsden"],
        criteria=["prior_unit_involvement"], decision="report_only", required=["tickbox_ambiguous"],
        unscored=["missing_family_details"],
        tags=["docx-textbox-dml-vml", "district-kirklees", "pre-birth", "tick-neither", "schedule-1-not-rso", "hypothetical-police-protection", "name-is-word"],
        notes="Kirklees pre-birth ICPC, Wakefield rules (POLICY 4): Schedule 1 offender is not an RSO, 2012 conviction is historical (prior_unit_involvement only), 'police protection may be used' is hypothetical; neither box ticked -> tickbox_ambiguous -> report_only."))


@case
def c05():
    c = dict(council="City of Bradford Metropolitan District Council - Children's Social Care",
             author="Child Protection Unit", host="mail.bradford.gov.uk", domain="bradford.gov.uk",
             title="Initial Child Protection Conference - Invitation and Booking Form",
             header="ICPC 17.12.2026 9.30am - Liquidlogic ID 2207815", mode="vml",
             details=[("Conference", "Initial Child Protection Conference"),
                      ("Date", "Thursday 17 December 2026"), ("Time", "9.30am"),
                      ("Venue", "Margaret McMillan Tower, Princes Way, Bradford BD1 1NN"),
                      ("Chair", "Angela Brook"), ("Social worker", "Emeka Nwosu"), ("Team manager", None)],
             children=[("Adaeze Okonkwo", "18/04/2015", "Female"), ("Chidi Okonkwo", "03/10/2018", "Male")],
             adults=[("Ngozi Okonkwo", "Mother", "25/08/1986"), ("Gary Wood", "Mother's partner", "11/11/1975")],
             categories={"Sexual"},
             reason=["Risk of sexual harm. Mrs Okonkwo's partner, Gary Wood, is a registered sex offender (convicted in 2019 of making indecent images of children) and is subject to notification requirements until 2029.",
                     "Mr Wood has been staying at the family home most nights since October 2026. Mrs Okonkwo did not inform children's services and minimises the risk."],
             tick=(False, True),
             footer_fields=[("Completed by", "Emeka Nwosu"), ("Date", "04/12/2026")])
    c.update(**{"from": "Bradford CP Conferences <cpconferences@bradford.gov.uk>",
                "subject": "Invitation: Initial Child Protection Conference - OKONKWO",
                "sent": london(2026, 12, 7, 8, 55), "received": london(2026, 12, 7, 8, 57),
                "filename": "ICPC Okonkwo booking form.docx",
                "note": ("Dear West Yorkshire Police,\n\nYou are invited to the conference detailed in the attached form. "
                         "Please return your written report to the Child Protection Unit.\n\nYours faithfully\n\n"
                         "Child Protection Unit\nChildren's Social Care\nCity of Bradford MDC\n01274 434343")})
    build("e-21-05-bradford-icpc-vml-rso-tick-conflict", c, dict(
        district="bradford", kind="initial", pre_birth=False, date="2026-12-17", time="09:30", tick=False,
        harm=["sexual"], children=[("Adaeze Okonkwo", "2015-04-18"), ("Chidi Okonkwo", "2018-10-03")],
        adults=["Ngozi Okonkwo", "Gary Wood"], criteria=["registered_sex_offender"], decision="attend",
        required=["tickbox_conflict"],
        tags=["docx-textbox-vml", "district-bradford", "initial", "tick-report", "tickbox-conflict", "rso", "name-is-word"],
        notes="Bradford ICPC, Wakefield rules (POLICY 4): mother's partner is a registered sex offender staying at the home -> registered_sex_offender -> attend; written report sufficient ticked -> tickbox_conflict."))


@case
def c06():
    c = dict(WAKE, title="Review Child Protection Conference Booking Form",
             header="RCPC Tuesday 22/12/2026 10.00am | CD688140 | Previous conference 22/09/2026", mode="both",
             details=[("Type of conference", "Review CPC (second review)"),
                      ("Venue", "Microsoft Teams"), ("Conference Chair", "Hugh Blackburn"),
                      ("Allocated social worker", "Maria Ionescu"), ("Team manager", "Carl Speight"),
                      ("Interpreter required", "Romanian")],
             children=[("Florin Constantin", "01/12/2012", "Male"), ("Ioana Constantin", "27/05/2016", "Female")],
             adults=[("Mihaela Constantin", "Mother", "19/03/1989"), ("Adrian Lupu", "Father", "02/02/1984")],
             categories={"Physical"},
             reason_heading="Progress against the child protection plan",
             reason=["Physical abuse. Mr Lupu remains on police bail pending a charging decision for the assault on Florin in September.",
                     "PC Hannah Ibbotson (Wakefield Child Safeguarding Unit) is a member of the core group. Police actions in the CP plan: monitor Mr Lupu's bail conditions and carry out joint home visits with the social worker.",
                     "Core group meetings were held on 13/10/2026, 10/11/2026 and 08/12/2026."],
             tick=(True, False),
             footer_fields=[("Completed by", "Maria Ionescu"), ("Date completed", "08/12/2026")])
    c.update(**{"from": "Safeguarding and Review Unit <sgru.bookings@wakefield.gov.uk>",
                "subject": "RCPC booking - CONSTANTIN - CD688140",
                "sent": london(2026, 12, 9, 10, 12), "received": london(2026, 12, 9, 10, 14),
                "filename": "RCPC booking CD688140.docx",
                "note": ("Morning,\n\nReview conference booking form attached for the Constantin children.\n\n"
                         "Thanks\n\nJoanne Priestley\nSafeguarding and Review Unit\nWakefield Council\nTel: 01924 305512")})
    build("e-21-06-wakefield-rcpc-core-group-attend", c, dict(
        district="wakefield", kind="review", pre_birth=False, date="2026-12-22", time="10:00", tick=True,
        harm=["physical"], children=[("Florin Constantin", "2012-12-01"), ("Ioana Constantin", "2016-05-27")],
        adults=["Mihaela Constantin", "Adrian Lupu"], criteria=["core_group_member", "current_investigation"], decision="attend",
        tags=["docx-textbox-dml-vml", "district-wakefield", "review", "tick-attend", "core-group", "romanian-names", "previous-date-in-header"],
        notes="Wakefield review; police are core group members with CP-plan actions -> core_group_member -> attend (POLICY 3, W 5.1). Father still on bail -> current_investigation too. Header also carries the previous conference date."))


@case
def c07():
    c = dict(council="Leeds City Council - Children and Families", author="Integrated Safeguarding Unit",
             host="mail.leeds.gov.uk", domain="leeds.gov.uk", title="NOTIFICATION OF CANCELLED CONFERENCE",
             header="CANCELLED - Initial CPC 14/12/2026 10:00 - Mosaic ID MOS802266", mode="dml",
             details=[("Conference type", "Initial"), ("Original date", "14/12/2026"), ("Start time", "10:00"),
                      ("Status", "CANCELLED"), ("Chair", "Paul Whitaker"), ("Social worker", "Niall Geraghty")],
             children=[("Maja Kowalczyk", "08/03/2019", "Female")],
             adults=[("Agata Kowalczyk", "Mother", "26/06/1994")],
             categories={"Emotional"},
             reason_heading="Reason for cancellation",
             reason=["This conference has been cancelled. The family moved to Preston on 07/12/2026 and the case has been transferred to Lancashire County Council, who will decide whether to convene a conference.",
                     "No report is now required. Please update your records."],
             tick=(False, False))
    c.update(**{"from": "Leeds ISU Conference Bookings <isu.conferencebookings@leeds.gov.uk>",
                "subject": "CANCELLED: ICPC - KOWALCZYK - 14/12/2026",
                "sent": london(2026, 12, 10, 16, 30), "received": london(2026, 12, 10, 16, 33),
                "filename": "MOS802266 Cancellation.docx",
                "note": ("Dear colleague\n\nPlease note the conference below has been cancelled - see attached notification.\n\n"
                         "Regards\n\nKevin Armitage\nConference Support Officer | Integrated Safeguarding Unit | Leeds City Council\n0113 378 9921")})
    build("e-21-07-leeds-cancellation-notice", c, dict(
        district="leeds", kind="initial", pre_birth=False, date="2026-12-14", time="10:00", tick=None,
        harm=None, children=[("Maja Kowalczyk", "2019-03-08")], adults=["Agata Kowalczyk"], criteria=[],
        decision="manual_review", required=["cancelled"], deadlines_scored=False,
        unscored=["tickbox_ambiguous", "missing_reason", "no_booking_form"],
        tags=["docx-textbox-dml", "district-leeds", "cancellation"],
        notes="The conference is cancelled -> manual_review with cancelled (POLICY 1); a cancellation is not 'not_an_invitation'."))


if __name__ == "__main__":
    for f in CASES:
        f()
    print(len(CASES), "cases")
