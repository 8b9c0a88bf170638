"""Layout 62: S/MIME. Detached signatures (multipart/signed + smime.p7s) with the invitation readable
inside; one opaque-signed message (application/pkcs7-mime; smime-type=signed-data - readable, although it
looks like an encrypted one); two encrypted messages (enveloped-data) that cannot be opened."""
import datetime as dt
from common import *
import smime
from simplepdf import SimplePdf

CRLF = POLICY.clone(linesep="\r\n")


def pbytes(p):
    b = p.as_bytes(policy=CRLF)
    return re.sub(rb"^MIME-Version: 1.0\r\n", b"", b)


def tpart(text, subtype="plain"):
    p = MIMEPart(policy=CRLF)
    p.set_content(text, subtype=subtype, charset="utf-8", cte="quoted-printable")
    return p


def mpart(subtype, parts, seed):
    m = MIMEPart(policy=CRLF)
    m.set_type("multipart/" + subtype)
    m.set_boundary("----=_NextPart_" + hashlib.md5(seed.encode()).hexdigest()[:16])
    for p in parts:
        m.attach(p)
    return m


def apart(data, mt, st, fn):
    p = MIMEPart(policy=CRLF)
    p.set_content(data, maintype=mt, subtype=st, filename=fn, cte="base64")
    return p


def kids(lst):
    return [{"name": n, "date_of_birth": d} for n, d in lst]


def label(c, texts, **kw):
    base = dict(district=c["district"], kind=c.get("kind"), pre_birth=c.get("pre_birth"), date=c.get("date"),
                time=c.get("time"), police_attendance_requested=c.get("tick"), harm_categories=c.get("harm"),
                children=c.get("children"), adults=c.get("adults"), criteria=c.get("criteria"),
                decision=c["decision"], source_texts=texts, tags=c["tags"] + ["district-" + c["district"], "smime"],
                notes=c["notes"], _received=c["received"], _flags=c.get("flags", []),
                _booking_form=c.get("booking_form", False))
    base.update(kw)
    return base


POLICE = smime.make_cert("police", "Wakefield CPPU", "wakefield.cppu@westyorkshire.police.uk", "West Yorkshire Police")


def case01():
    c = dict(name="m-62-01-leeds-icpc-smime-signed-text-rso-partner", district="leeds", kind="initial", pre_birth=False,
             date="2026-12-16", time="10:00", tick=None, harm=None,
             children=kids([("Malachi Campbell", "2017-03-09"), ("Zion Campbell-Bright", "2021-08-27")]),
             adults=["Kerry-Ann Campbell", "Craig Sutcliffe", "Devon Bright"],
             criteria=["registered_sex_offender", "prior_unit_involvement"], decision="attend",
             received=T("2026-12-07T15:40:00"), sent=T("2026-12-07T15:33:12"),
             tags=["smime-signed", "text-body", "rso", "csods", "tick-absent"],
             notes="mother's new partner is a registered sex offender staying most nights (Leeds item 6) -> attend; S/MIME signature does not hide anything")
    body = """Dear Colleague

NOTIFICATION OF INITIAL CHILD PROTECTION CONFERENCE

You are invited to an Initial Child Protection Conference as follows.

Children:            Malachi Campbell (DOB 09/03/2017) - Bankside Primary
                     Zion Campbell-Bright (DOB 27/08/2021) - Bankside Primary nursery
Parents / carers:    Kerry-Ann Campbell (mother)
                     Devon Bright (father of Zion, lives in Bradford, sees Zion every other weekend)
                     Craig Sutcliffe (mother's partner)
Date:                Wednesday 16 December 2026
Time:                10.00 am - 12.00 noon
Venue:               Leeds Civic Hall, Committee Room B (parents attending in person)
Chair:               Marcia Thompson-Reid
Social worker:       Ellie Greenwood
Mosaic ref:          MOS301176

Reason for the conference:
Ms Campbell began a relationship with Mr Sutcliffe in the summer. He is a registered sex offender, managed by the Leeds MOSOVO team after a 2018 conviction for making indecent images of children, and has been staying at the family home four or five nights a week without notifying the police of the address. Police disclosed his status to Ms Campbell under the Child Sex Offender Disclosure Scheme on 24 November. She has told the social worker she does not believe he is a risk and will not end the relationship. Malachi has told school that "Craig baths Zion when mum is at work".

The s47 enquiry is being completed by children's social care; the police offender manager has been consulted and is reviewing Mr Sutcliffe's risk management plan.

Please send your report to the Integrated Safeguarding Unit at least one working day before the conference.

Regards

Integrated Safeguarding Unit
Children and Families
Leeds City Council
Tel 0113 378 9540

This message has been digitally signed by Leeds City Council."""
    inner = tpart(body)
    return c, pbytes(inner), [body], "Leeds ISU", "isu.conferences@leeds.gov.uk", "Notification of ICPC - CAMPBELL - 16/12/2026", "signed"


def case02():
    c = dict(name="m-62-02-bradford-rcpc-smime-signed-pdf-report-only", district="bradford", kind="review", pre_birth=False,
             date="2027-01-05", time="14:00", tick=False, harm=["neglect"],
             children=kids([("Dominik Lakatos", "2012-05-30"), ("Nikola Lakatos", "2015-01-17"),
                            ("Vanesa Lakatos", "2018-10-02"), ("Samuel Lakatos", "2023-06-21")]),
             adults=["Monika Lakatos", "Tibor Lakatos"], criteria=[], decision="report_only",
             received=T("2026-12-10T11:05:00"), sent=T("2026-12-10T10:58:30"),
             booking_form=True, tags=["smime-signed", "pdf-inside-signed", "review", "tick-report", "not-core-group", "four-children"],
             notes="review; police not in the core group, no police involvement apart from Dominik as a victim of theft; written report ticked -> report_only")
    cover = ("Good morning,\n\nPlease find attached the booking form for the review child protection conference for the Lakatos children on Tuesday 5th January 2027 at 2pm.\n\n"
             "Kind regards\nMartina Horvathova\nSocial Worker | Bradford Children and Families Trust")
    pdf = SimplePdf("Review CPC booking form - Lakatos", "Martina Horvathova")
    pdf.line("OFFICIAL-SENSITIVE", 9, True)
    pdf.line("Bradford Children and Families Trust", 12, True)
    pdf.line("Child Protection Conference Booking Form - Review", 12, True)
    pdf.gap()
    for a, b in [("Conference type", "Review (2nd)"), ("Date", "05/01/2027"), ("Time", "14:00"),
                 ("Venue", "Sir Henry Mitchell House, Bradford / Teams"), ("LCS ID", "BD7741208"),
                 ("Chair", "Nasreen Choudhury"), ("Social worker", "Martina Horvathova"), ("Category", "Neglect")]:
        pdf.row(a, b)
    pdf.gap()
    pdf.line("Children", 11, True)
    for a, b in [("Dominik Lakatos", "30/05/2012 - Carlton Bolling"), ("Nikola Lakatos", "17/01/2015 - Byron Primary"),
                 ("Vanesa Lakatos", "02/10/2018 - Byron Primary"), ("Samuel Lakatos", "21/06/2023 - at home")]:
        pdf.row(a, b)
    pdf.gap()
    pdf.line("Parents / carers", 11, True)
    pdf.row("Monika Lakatos", "Mother")
    pdf.row("Tibor Lakatos", "Father")
    pdf.gap()
    pdf.line("Progress since the last conference", 11, True)
    pdf.para("School attendance for the three older children is now above 92% and Samuel has been seen by the health visitor for all his checks. Mr Lakatos started full-time work in October and the family have moved to a larger council house with working heating. Core group members feel the plan could end at this review.")
    pdf.para("Police are not members of the core group and have had no involvement with the family since the last conference, apart from a report in October that Dominik's bike was stolen outside school, in which he was the victim.")
    pdf.gap()
    pdf.line("Police contribution requested (tick one)", 11, True)
    pdf.box("Police attendance required", False)
    pdf.box("Written report sufficient", True)
    pdf.row("Completed by", "Martina Horvathova, 09/12/2026")
    data = pdf.bytes()
    inner = mpart("mixed", [tpart(cover), apart(data, "application", "pdf", "RCPC booking form LAKATOS.pdf")], c["name"] + "i")
    texts = [cover, "RCPC booking form LAKATOS.pdf"] + pdf.texts
    return c, pbytes(inner), texts, "Martina Horvathova", "martina.horvathova@bradford.gov.uk", "RCPC booking form - LAKATOS - 05/01/2027", "signed"


def case03():
    c = dict(name="m-62-03-calderdale-smime-encrypted-unreadable", district="calderdale", kind=None, pre_birth=None,
             date=None, time=None, tick=None, harm=None, children=None, adults=None, criteria=None,
             decision="manual_review", received=T("2026-12-16T09:47:00"), sent=T("2026-12-16T09:41:52"),
             flags=["encrypted_unreadable"],
             tags=["smime-encrypted", "unreadable"],
             notes="whole message is S/MIME enveloped-data for a certificate the mailbox does not hold: nothing readable but the subject -> manual_review with encrypted_unreadable")
    body = "Initial Child Protection Conference - Thursday 7 January 2027 10:00 - SAHIN - booking form attached."
    inner = tpart(body)
    return c, pbytes(inner), [], "Calderdale CP Admin", "cp.admin@calderdale.gov.uk", "[ENCRYPTED] Case conference notification", "encrypted"


def case04():
    c = dict(name="m-62-04-bradford-icpc-smime-opaque-signed-cse", district="bradford", kind="initial", pre_birth=False,
             date="2027-01-05", time="10:00", tick=None, harm=["sexual"],
             children=kids([("Leah Hartley", "2012-09-14"), ("Mason Hartley", "2017-04-03")]),
             adults=["Donna Hartley", "Lee Butterfield"], criteria=["child_sexual_exploitation"], decision="attend",
             received=T("2026-12-22T16:05:00"), sent=T("2026-12-22T15:59:40"),
             tags=["smime-opaque-signed", "looks-encrypted-but-readable", "cse", "christmas-bank-holidays", "bradford-wakefield-rules"],
             notes="opaque-signed (signed-data, not enveloped): Outlook shows it normally; CSE is a considered risk -> attend under the Wakefield rules used for Bradford; Christmas bank holidays in the deadline arithmetic")
    rows = [["Conference", "Initial Child Protection Conference"], ["Date and time", "Tuesday 5 January 2027, 10:00"],
            ["Venue", "City Hall, Bradford - Room 2 (professionals may join on Teams)"], ["Chair", "Adrian Whitaker"],
            ["Social worker", "Kiran Bassi"], ["Reference", "BD7759301"], ["Category (provisional)", "Sexual abuse"]]
    fam = [["Name", "Relationship", "Date of birth"], ["Leah Hartley", "Subject child", "14/09/2012"],
           ["Mason Hartley", "Subject child (brother)", "03/04/2017"], ["Donna Hartley", "Mother", "26/02/1988"],
           ["Lee Butterfield", "Stepfather", "12/12/1983"]]
    reason = ("Leah has been reported missing nine times since September, usually overnight. On 11 December she was found by officers in a flat in Keighley with two men aged 24 and 31 and was under the influence of alcohol. "
              "She has been receiving vapes, phone credit and lifts from older males she meets through Snapchat, and her phone showed she had been asked to send sexual images.\n\n"
              "The Bradford Child Exploitation Hub completed a CSE risk assessment on 15 December: Leah is assessed as high risk of child sexual exploitation. "
              "Mum and Lee are worried and are trying to keep her in, but Leah leaves through her bedroom window. Mason is unsettled by the police coming to the house and is wetting the bed.")
    html, texts = html_blocks([("p", "Dear colleague,"),
                               ("p", "You are invited to attend the conference below. Please send a written report to the Conference Service three working days before the conference."),
                               ("h", "Conference details"), ("table", rows), ("h", "Family"), ("table", fam),
                               ("h", "Reason for conference"), ("p", reason),
                               ("p", "Conference Service\nBradford Children and Families Trust\n01274 434343")])
    inner = mpart("alternative", [tpart("Conference details are in the HTML part of this message."), tpart(html, "html")], c["name"] + "i")
    texts = texts + ["Conference details are in the HTML part of this message."]
    return c, pbytes(inner), texts, "Bradford Conference Service", "conference.service@bradford.gov.uk", "Invitation: ICPC - HARTLEY - 05/01/2027", "opaque"


def case05():
    c = dict(name="m-62-05-kirklees-transfer-smime-signed-html-pp-neglect", district="kirklees", kind="transfer_in", pre_birth=False,
             date="2027-01-21", time="13:00", tick=None, harm=["neglect"],
             children=kids([("Harley Roebuck", "2019-02-11"), ("Maisie Roebuck", "2022-06-30"), ("Ellis Roebuck", "2025-08-19")]),
             adults=["Gemma Roebuck", "Sandra Roebuck"],
             criteria=["police_protection", "wilful_neglect_investigation"], decision="attend",
             received=T("2027-01-11T10:31:00"), sent=T("2027-01-11T10:22:06"),
             tags=["smime-signed", "html-inside-signed", "transfer-in", "police-protection", "wilful-neglect", "rui", "out-of-force"],
             notes="transfer-in from Rotherham; the plans arise from s46 police protection and South Yorkshire Police are still investigating child neglect (RUI) -> attend (Kirklees uses the Wakefield rules)")
    reason = ("On the evening of 12 November 2026 South Yorkshire Police attended the family's flat in Rotherham after a neighbour heard a baby crying for several hours. "
              "Officers found Harley (7), Maisie (4) and Ellis (15 months) alone; Ellis was in a soiled cot with a bottle of curdled milk and the flat had no electricity. "
              "The children were taken into police protection under section 46 of the Children Act 1989 and placed with their maternal grandmother, Sandra Roebuck, in Batley.\n\n"
              "Ms Roebuck returned home after 1am. She was arrested on suspicion of child cruelty (section 1 Children and Young Persons Act 1933), interviewed and released under investigation; "
              "South Yorkshire Police (DC Aaron Platt) confirm the investigation is still open and a file is being prepared for the CPS.\n\n"
              "Rotherham held an ICPC on 26 November 2026 and the children became subject to child protection plans (neglect). "
              "Ms Roebuck moved into her mother's house in Batley on 14 December and the children remain there, so the case transfers to Kirklees.")
    rows = [["Conference", "Transfer In Child Protection Conference"], ["Date", "Thursday 21st January 2027"], ["Time", "1.00pm"],
            ["Venue", "Batley Town Hall - Committee Room (hybrid)"], ["Chair", "Shazia Mahmood"], ["Social worker", "Liam Garside"],
            ["Originating authority", "Rotherham Metropolitan Borough Council"]]
    fam = [["Harley Roebuck", "11/02/2019", "Child"], ["Maisie Roebuck", "30/06/2022", "Child"], ["Ellis Roebuck", "19/08/2025", "Child"],
           ["Gemma Roebuck", "04/01/2000", "Mother"], ["Sandra Roebuck", "23/07/1971", "Maternal grandmother and current carer"],
           ["Unknown", "-", "Father(s) not named"]]
    html, texts = html_blocks([("p", "Hello,"), ("p", "Please see details of the transfer in conference below. The Rotherham conference minutes and plan will follow."),
                               ("table", rows), ("h", "Household and family"), ("table", fam), ("h", "Background / reason for transfer"), ("p", reason),
                               ("p", "Many thanks\nLiam Garside\nSocial Worker, Duty and Assessment (North)\nKirklees Council")])
    inner = mpart("alternative", [tpart("Please view this message in HTML."), tpart(html, "html")], c["name"] + "i")
    return c, pbytes(inner), texts + ["Please view this message in HTML."], "Liam Garside", "liam.garside@kirklees.gov.uk", "Transfer In CPC - ROEBUCK children - 21.01.2027", "signed"


def case06():
    c = dict(name="m-62-06-kirklees-smime-encrypted-gateway-note", district="kirklees", kind=None, pre_birth=None,
             date=None, time=None, tick=None, harm=None, children=None, adults=None, criteria=None,
             decision="manual_review", received=T("2027-01-28T14:12:00"), sent=T("2027-01-28T14:09:33"),
             flags=["encrypted_unreadable"], tags=["smime-encrypted", "gateway-wrapper", "unreadable"],
             notes="gateway note in clear plus an S/MIME enveloped smime.p7m the mailbox cannot decrypt -> manual_review with encrypted_unreadable (never report_only)")
    note = ("This message has been encrypted by the Kirklees Council secure email gateway because it contains OFFICIAL-SENSITIVE information.\n\n"
            "To read it you need a certificate issued to your mailbox. If you cannot open the attachment smime.p7m please contact the Child Protection and Review Unit on 01484 414960 and a copy will be sent through the secure portal.")
    body = "Review Child Protection Conference - Tuesday 16 February 2027 - PATEL family."
    return c, (note, pbytes(tpart(body))), [note], "Kirklees CP and Review Unit", "cpru@kirklees.gov.uk", "OFFICIAL-SENSITIVE: Case conference papers (secure)", "wrapped"


def case07():
    c = dict(name="m-62-07-wakefield-prebirth-smime-signed-historic-da", district="wakefield", kind="initial", pre_birth=True,
             date="2027-01-20", time="14:00", tick=False, harm=["neglect"],
             children=[{"name": "Unborn Popescu", "date_of_birth": None}],
             adults=["Roxana Popescu", "Andrei Munteanu"], criteria=["prior_unit_involvement"], decision="report_only",
             received=T("2027-01-13T09:05:00"), sent=T("2027-01-13T08:57:14"),
             tags=["smime-signed", "text-body", "pre-birth", "historic-da", "tick-report", "delete-as-appropriate"],
             notes="pre-birth ICPC; domestic abuse was in a past relationship (2020, ex-partner convicted, no contact) - historical, so not DA criterion; prior unit involvement only (not a Wakefield item); 'written report sufficient' kept -> report_only")
    body = """Good morning

Please see below the booking details for a pre-birth Initial Child Protection Conference.

PRE-BIRTH ICPC
Unborn baby of Roxana Popescu - EDD 18/04/2027
Date: 20/01/2027
Time: 2pm
Venue: Wakefield One, Room 2.19 - mother will attend in person with an interpreter (Romanian)
CareDirector ID: CD502237
Chair: Paul Dransfield
Social worker: Esther Ampofo
Category: Neglect

Mother: Roxana Popescu (DOB 02/11/1996)
Father of the unborn baby: Andrei Munteanu (DOB 18/07/1993) - lives with mother

Reason for conference:
Ms Popescu's first child, Daria, was removed from her care in 2021 and later adopted following care proceedings; the concerns were neglect linked to Ms Popescu's alcohol use. She tells us she has not drunk for 18 months and is engaging with Spectrum. A pre-birth assessment has started and the baby is due in April.

Ms Popescu was the victim of domestic abuse from a previous partner. West Yorkshire Police investigated in 2020 and he was convicted of assault; he has since returned to Romania and there has been no contact. There have been no domestic incidents in her relationship with Mr Munteanu and police checks on him are no trace.

Police: attendance required / written report sufficient (delete as appropriate)
Police: written report sufficient

Esther Ampofo
Social Worker - Pre-birth and Early Help Team
Wakefield Council"""
    return c, pbytes(tpart(body)), [body], "Esther Ampofo", "esther.ampofo@wakefield.gov.uk", "PB ICPC 20/01/2027 - Unborn Popescu", "signed"


def main():
    for fn in [case01, case02, case03, case04, case05, case06, case07]:
        c, inner, texts, fname, faddr, subject, mode = fn()
        org = {"leeds": "Leeds City Council", "bradford": "City of Bradford MDC", "calderdale": "Calderdale MBC",
               "kirklees": "Kirklees Council", "wakefield": "Wakefield Council"}[c["district"]]
        cert, key, ca = smime.make_cert(c["name"], fname, faddr, org)
        b = "----=_NextPart_" + hashlib.md5((c["name"] + "s").encode()).hexdigest()[:16]
        if mode == "signed":
            entity = smime.sign_detached(inner, cert, key, ca, b)
        elif mode == "opaque":
            entity = smime.sign_opaque(inner, cert, key, ca)
        elif mode == "encrypted":
            entity = smime.enveloped_entity(smime.encrypt(inner, POLICE[0]))
        elif mode == "wrapped":
            note, real = inner
            der = smime.encrypt(real, POLICE[0])
            att = apart(der, "application", "pkcs7-mime", "smime.p7m")
            att.set_param("smime-type", "enveloped-data")
            entity = pbytes(mpart("mixed", [tpart(note), att], c["name"]))
        eml = assemble(c["district"], c["received"], c["sent"], fname, faddr, subject, entity, c["name"], crlf=True)
        lab = label(c, [subject] + texts)
        if c["decision"] == "manual_review":
            lab["_unscored"] = ["not_an_invitation", "no_booking_form", "missing_reason", "missing_family_details", "missing_conference_date", "unreadable_attachment"]
        write_case(c["name"], eml, lab)
        print("wrote", c["name"])


if __name__ == "__main__":
    main()
