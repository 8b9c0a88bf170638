"""Layout 117: senders that are not the council's own children's services."""
from lib import *
from lib import _h
import datetime as dt

L = "117"


def wakefield_form(extra_rows, ticks, reason_paras):
    return [
        ("small", "OFFICIAL-SENSITIVE"),
        ("title", "CHILD PROTECTION CONFERENCE BOOKING FORM"),
        ("small", "Wakefield Council - Children and Young People's Service - Safeguarding and Review Unit"),
        ("kv", extra_rows),
        ("ticks", "West Yorkshire Police (please tick one):", ticks),
        ("h", "Reason for conference"),
    ] + [("p", p) for p in reason_paras]


def c01():
    rec, sent = D(2026, 12, 4, 15, 47), D(2026, 12, 4, 15, 44)
    subj = "On behalf of Wakefield SRU: Pre-birth ICPC - unborn baby of Jade HOLLINGWORTH - 14/12/26"
    body = ("Good afternoon,\n\nI am emailing on behalf of the Safeguarding and Review Unit at Wakefield Council, who have asked "
            "the hospital safeguarding team to circulate the booking form for this pre-birth conference to agencies because "
            "their secure mail is down this afternoon.\n\nThe booking form is attached. Please direct any queries about the "
            "conference to the SRU as normal.\n\nKind regards\n\nAlison Marsden\nSafeguarding Midwife\nIntegrated Safeguarding Team | "
            "Calder and Aire Teaching Hospitals NHS Trust\nPinderfields Hospital, Aberford Road, Wakefield\n\n"
            "********************************************************************\nThis message originated from the NHSmail service.")
    form = wakefield_form([
        ("Type of conference", "Pre-birth Initial CPC"), ("Date of conference", "Monday 14 December 2026"), ("Time", "1.00pm"),
        ("Venue", "Wakefield One, Burton Street (room 1.08)"), ("CareDirector ID", "CD507733"), ("Conference Chair", "Pauline Ashby"),
        ("Allocated social worker", "Sana Mir"), ("Category of concern", "Sexual"),
        ("Unborn child", "Unborn Hollingworth - EDD 26/02/2027"),
        ("Mother", "Jade Hollingworth, DOB 30/06/2001"), ("Mother's partner", "Shaun Dobson, DOB 14/02/1983")],
        [(True, "Police attendance required"), (False, "Written report sufficient")],
        ["Ms Hollingworth's partner Shaun Dobson is a registered sex offender (2019, indecent images of children; on the "
         "register until 2029). He moved into Ms Hollingworth's flat in Ossett in October and intends to stay after the birth."])
    att, t = pdf_att(form, "SRU booking form CD507733.pdf", author="Sana Mir")
    hdr = lambda cid: council_headers(cid, from_name="MARSDEN, Alison (CALDER AND AIRE TEACHING HOSPITALS NHS TRUST)",
                                      from_addr="alison.marsden3@nhs.net", to=to_box("wakefield"), subject=subj, sent=sent,
                                      received=rec, relay_host="mail-relay.nhs.net", internal="LO2P265MB5021.GBRP265.PROD.OUTLOOK.COM",
                                      mailer=None, extra=[("X-MS-Exchange-Organization-AuthAs", "Anonymous")])
    return case("01", "unverified", "prebirth-initial", "nhs-net-health-trust-on-behalf-rso",
                headers=hdr, mime=("mixed", [cover(body), att]), texts=[subj, body] + t, received=rec, style="nhs",
                label=dict(district=None, kind="initial", pre_birth=True, date="2026-12-14", time="13:00", tick=True, harm=["sexual"],
                           children=[("Unborn Hollingworth", None)], adults=["Jade Hollingworth", "Shaun Dobson"],
                           criteria=["registered_sex_offender", "prior_unit_involvement"], decision="manual_review", flags_required=["unverified_sender"],
                           no_deadlines=True, flags_unscored=["district_unknown", "no_booking_form"],
                           tags=["nhs-net", "on-behalf", "pdf-glyph", "pre-birth", "unverified-sender"],
                           notes="nhs.net is not on any district allow-list: unverified_sender -> manual_review although the content "
                                 "(RSO partner, attendance required) would be attend in Wakefield. District/deadlines unscored."))


def c02():
    rec, sent = D(2026, 12, 17, 18, 22), D(2026, 12, 17, 18, 21)
    subj = "Review CPC 12/01/27 - BAINES children (Leeds) - invitation"
    body = ("Dear colleagues,\n\nI am the independent chair for the Baines children's review conference, which the Leeds ISU have "
            "asked me to arrange directly this time as I am covering a backlog for them over Christmas.\n\n"
            "Review Child Protection Conference\nTuesday 12 January 2027, 9.30am\nMicrosoft Teams (I will send the link)\n\n"
            "Children: Amelia-Rose Baines (07/06/2015), Harley Baines (21/10/2017)\nMum: Toni Baines\nMum's partner: Aaron Myers\n\n"
            "The plan has police actions: PC Nadeem Ghafoor (Leeds DA team) is a member of the core group and has been doing the "
            "joint home visits with the social worker since the last conference, because of Mr Myers' serious domestic abuse of Toni: "
            "his bail conditions not to contact her were breached in October and he was re-arrested. I would like PC Ghafoor at the review.\n\nPlease send reports to me at this address and copy the ISU.\n\n"
            "Best wishes\nGeraldine Mottram\nIndependent Chair & Safeguarding Consultant\nRidings Independent Safeguarding Ltd\n"
            "www.ridings-isl.co.uk | 07700 900418")
    hdr = lambda cid: [
        ("Received", f"from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])\n by mx1.westyorkshire.police.uk with ESMTPS id {_h(cid, 'id', 10).upper()};\n {fmt_date(rec)}"),
        ("Received", f"by mail-sor-f41.google.com with SMTPS id a640c23a62f3a-9c4b1e0f3d2so1187466b.3\n for <leeds.cppu.conferences@westyorkshire.police.uk>; {fmt_date(rec - dt.timedelta(seconds=2))}"),
        ("Authentication-Results", "mx1.westyorkshire.police.uk; dkim=pass header.d=ridings-isl.co.uk;\n spf=pass smtp.mailfrom=ridings-isl.co.uk; dmarc=pass (p=NONE) header.from=ridings-isl.co.uk"),
        ("From", "Geraldine Mottram <geraldine@ridings-isl.co.uk>"), ("Date", fmt_date(sent)),
        ("Message-ID", f"<CAJ{_h(cid, 'mid', 30)}@mail.gmail.com>"), ("Subject", subj), ("To", to_box("leeds")),
        ("Cc", "ISU Leeds <isu.conferences@leeds.gov.uk>")]
    html = ('<div dir="ltr">' + "".join(f"<div>{html_mod.escape(l) if l else '<br>'}</div>" for l in body.split("\n")) + "</div>")
    mime = ("alt", [("text", body), ("html", html)])
    c = case("02", "unverified", "review", "chair-company-domain",
             headers=hdr, mime=mime, texts=[subj, body], received=rec, style="gmail",
             label=dict(district=None, kind="review", date="2027-01-12", time="09:30", tick=None, harm=None,
                        children=[("Amelia-Rose Baines", "2015-06-07"), ("Harley Baines", "2017-10-21")], adults=["Toni Baines", "Aaron Myers"],
                        criteria=["core_group_member", "domestic_abuse_current_involvement"], decision="manual_review",
                        flags_required=["unverified_sender"], no_deadlines=True,
                        flags_unscored=["district_unknown", "no_booking_form"],
                        tags=["gmail-workspace", "independent-chair", "unverified-sender", "review"],
                        notes="Independent chair's own company domain (Google Workspace), not on the allow-list: manual_review with "
                              "unverified_sender, although a core-group police member would otherwise mean attend."))
    return c


def c03():
    rec, sent = D(2026, 12, 2, 12, 3), D(2026, 12, 2, 11, 58)
    subj = "OFFICIAL SENSITIVE - Initial Child Protection Conference - Lilly THORPE - 10/12/2026"
    intro = ("Dear West Yorkshire Police,\n\nOldham Children's Social Care has convened an initial child protection conference for "
             "Lilly Thorpe, who lives with her mother in Shaw, Oldham. We are inviting you because her father, Jordan Thorpe, lives in "
             "Todmorden and has weekend contact, and Calderdale officers arrested him on 21/11/2026 after Lilly disclosed that he "
             "hit her with a belt. We understand he has been released on bail.\n\nDetails are below. Greater Manchester Police have "
             "also been invited.")
    form = [
        ("kv", [("Conference", "Initial Child Protection Conference"), ("Date", "Thursday 10 December 2026"), ("Time", "10:00"),
                ("Venue", "Civic Centre, West Street, Oldham OL1 1UT - Room 3"), ("Chair", "Francesca Dunleavy"),
                ("Child", "Lilly Thorpe (DOB 18/02/2018)"), ("Mother", "Rachael Thorpe"), ("Father", "Jordan Thorpe (Todmorden, Calderdale)"),
                ("Category", "Physical")]),
    ]
    node, t = blocks_body(intro, form, "Regards\n\nSafeguarding Conference Team\nChildren's Services | Oldham Council\nTel 0161 770 0000")
    return case("03", "unverified", "initial", "oldham-council-outside-wy",
                headers=lambda cid: council_headers(cid, from_name="Oldham Safeguarding Conference Team",
                                                    from_addr="conference.team@oldham.gov.uk",
                                                    to="WYP Calderdale Safeguarding <cd.safeguarding.caseconference@westyorkshire.police.uk>",
                                                    subject=subj, sent=sent, received=rec, relay_host="mailgate.oldham.gov.uk"),
                mime=node, texts=[subj] + t, received=rec,
                label=dict(district=None, kind="initial", date="2026-12-10", time="10:00", tick=None, harm=["physical"],
                           children=[("Lilly Thorpe", "2018-02-18")], adults=["Rachael Thorpe", "Jordan Thorpe"],
                           criteria=["current_investigation"], decision="manual_review", flags_required=["unverified_sender"],
                           no_deadlines=True, flags_unscored=["district_unknown", "no_booking_form"],
                           tags=["outside-authority", "oldham", "unverified-sender", "html-body"],
                           notes="An authority outside West Yorkshire (oldham.gov.uk) is not on the allow-list: manual_review, unverified_sender. "
                                 "The father's arrest and bail for hitting the child is a current investigation, but the sender rule comes first."))


def c04():
    rec, sent = D(2026, 12, 7, 8, 12), D(2026, 12, 7, 8, 9)
    subj = "FW: Initial Child Protection Conference - HAIGH - Friday 11th December"
    fwd_body = ("Dear Professional,\n\nYou are invited to an Initial Child Protection Conference.\n\n"
                "Child: Oliver Haigh (DOB 05/05/2015)\nParents: Sophie Haigh (mother), Ben Haigh (father)\n"
                "Date: Friday 11th December 2026\nTime: 9.30am\nVenue: Dewsbury Town Hall, Committee Room 2\n"
                "Chair: Yasmin Patel\nSocial worker: Chloe Lumb\n\n"
                "Reason: Oliver arrived at school on 26/11/2026 with a black eye and said dad punched him. Police and Children's "
                "Social Care have started a joint section 47 investigation and Mr Haigh has been interviewed under caution.\n\n"
                "Police - attendance requested: YES\n\n"
                "Child Protection and Review Team\nKirklees Council")
    body = ("Hi,\n\nWe received this invite on Friday. Oliver's mum asked us whether the police will be there - I wasn't sure "
            "if you get these automatically so forwarding just in case.\n\nThanks\nMrs K. Bentley\nDesignated Safeguarding Lead\n"
            "Thornhill Edge Junior and Infant School\n\n\n-----Original Message-----\n"
            "From: CPRT Kirklees <cprt.conferences@kirklees.gov.uk>\nSent: 04 December 2026 16:05\n"
            "To: DSL Thornhill Edge <dsl@thornhilledge.kirklees.sch.uk>\n"
            "Subject: Initial Child Protection Conference - HAIGH - Friday 11th December\n\n" + fwd_body)
    return case("04", "unverified", "initial", "school-sch-uk-forward",
                headers=lambda cid: council_headers(cid, from_name="DSL Thornhill Edge", from_addr="dsl@thornhilledge.kirklees.sch.uk",
                                                    to="kirklees.sgu.conferences@westyorkshire.police.uk", subject=subj, sent=sent,
                                                    received=rec, relay_host="smtp.kirklees.sch.uk"),
                mime=cover(body), texts=[subj, body, fwd_body], received=rec,
                label=dict(district=None, kind="initial", date="2026-12-11", time="09:30", tick=True, harm=["physical"],
                           children=[("Oliver Haigh", "2015-05-05")], adults=["Sophie Haigh", "Ben Haigh"],
                           criteria=["current_investigation"], decision="manual_review", flags_required=["unverified_sender"],
                           no_deadlines=True, flags_unscored=["district_unknown", "no_booking_form"],
                           tags=["school", "sch-uk-lookalike", "forward-inline", "unverified-sender"],
                           notes="Forwarded by a school from kirklees.sch.uk - contains 'kirklees' but is not kirklees.gov.uk: unverified_sender "
                                 "-> manual_review (the quoted original is from Kirklees and would be attend)."))


def c05():
    rec, sent = D(2027, 1, 26, 16, 5), D(2027, 1, 26, 16, 1)
    subj = "ICPC 3 Feb - NAZIR children - note from the chair"
    body = ("Dear Safeguarding Unit colleagues,\n\nI have been asked to chair the initial conference for Aisha Nazir (DOB 19/08/2014) "
            "and Bilal Nazir (DOB 02/12/2019) on Wednesday 3 February 2027 at 10am, Civic Centre 3, Huddersfield. I'm writing "
            "ahead of the formal invitation from the CPRT because I would like a police officer in the room, not just a report.\n\n"
            "The children live with their mother, Sadia Nazir, in Batley. Their father, Tariq Nazir, left the home on 14 January "
            "after an incident in which he threatened Mrs Nazir with a knife in front of both children. The officers who attended "
            "scored the DASH at 21 (high) and obtained a Domestic Violence Protection Order, which runs until 11 February. The case "
            "goes to Kirklees MARAC on 28 January and the police DA Safeguarding Officer is already working with Mrs Nazir. "
            "Mr Nazir is not a registered sex offender and there is no suggestion of sexual harm.\n\n"
            "Category: emotional abuse.\nPolice attendance: requested.\n\n"
            "Thank you\nHazel Pogson\nIndependent Chair (sessional) for Kirklees Council\n"
            "Pogson Safeguarding Consultancy Ltd | Company no. 09999001")
    return case("05", "kirklees", "initial", "chair-company-signature-council-account",
                headers=lambda cid: council_headers(cid, from_name="Hazel Pogson", from_addr="hazel.pogson@kirklees.gov.uk",
                                                    to=to_box("kirklees"), subject=subj, sent=sent, received=rec,
                                                    relay_host="mx-out.kirklees.gov.uk"),
                mime=cover(body), texts=[subj, body], received=rec,
                label=dict(district="kirklees", kind="initial", date="2027-02-03", time="10:00", tick=True, harm=["emotional"],
                           children=[("Aisha Nazir", "2014-08-19"), ("Bilal Nazir", "2019-12-02")], adults=["Sadia Nazir", "Tariq Nazir"],
                           criteria=["domestic_abuse_current_involvement"], decision="attend", flags_unscored=["no_booking_form"],
                           tags=["independent-chair", "council-account", "district-kirklees", "initial", "tick-attend", "prose"],
                           notes="A chair's own company in the signature, but the address is kirklees.gov.uk, so the sender is verified. "
                                 "Kirklees -> Wakefield rules: DASH high, DVPO in force, MARAC pending, DA officer working -> attend."))


def c06():
    rec, sent = D(2026, 11, 30, 10, 30), D(2026, 11, 30, 10, 26)
    subj = "CP conference booking (YJS on behalf of ISU) - PICKERSGILL Kai - 07/12/2026 2pm"
    body = """Hello

Youth Justice Service booking this one on behalf of the Integrated Safeguarding Unit, as agreed with Rachel Oakes (ISU) this morning - she is copied in.

CONFERENCE: Initial Child Protection Conference
DATE/TIME: Monday 7 December 2026, 14:00
PLACE: Leeds Youth Justice Service, Merrion House, meeting room 4.11 (Teams available)
CHAIR: Desmond Appiah
YOUNG PERSON: Kai Pickersgill, DOB 03/03/2010
MUM: Stacey Pickersgill
DAD: Wayne Pickersgill (lives at home)
CATEGORY: Neglect

Concerns: Kai has been drawn into a county lines operation running between Leeds and Scarborough. He has been found in Scarborough three times (cuckooed flat on the last occasion) and has a drug debt. NRM referral made 12/11/2026 - criminal exploitation. Parents are struggling to supervise him; dad is a PPO on the IOM scheme and is frequently out of the home. No sexual exploitation concerns have been identified and Kai denies any.

POLICE:
[ ] attendance required
[X] written report sufficient

Kind regards
Marek Zielinski
Case Manager | Leeds Youth Justice Service | Children and Families | Leeds City Council"""
    return case("06", "leeds", "initial", "youth-justice-on-behalf-cce-ppo",
                headers=lambda cid: council_headers(cid, from_name="Marek Zielinski", from_addr="marek.zielinski@leeds.gov.uk",
                                                    to=to_box("leeds"), subject=subj, sent=sent, received=rec,
                                                    relay_host="smtp-out1.leeds.gov.uk",
                                                    extra=[("Cc", "Rachel Oakes <rachel.oakes@leeds.gov.uk>")]),
                mime=cover(body, html_too=False), texts=[subj, body], received=rec,
                label=dict(district="leeds", kind="initial", date="2026-12-07", time="14:00", tick=False, harm=["neglect"],
                           children=[("Kai Pickersgill", "2010-03-03")], adults=["Stacey Pickersgill", "Wayne Pickersgill"],
                           criteria=[], decision="report_only", flags_unscored=["no_booking_form"],
                           tags=["plain-text", "youth-justice", "on-behalf", "cce-not-cse", "ppo-offender", "district-leeds", "initial",
                                 "tick-report", "notice-boundary-5"],
                           notes="leeds.gov.uk sender (Youth Justice, not children's social work) is verified. County lines/cuckooing "
                                 "are CCE not CSE; 'a PPO on the IOM scheme' is a prolific offender, not police protection; report "
                                 "sufficient -> report_only. Notice exactly 5 working days (Leeds minimum)."))


def c07():
    rec, sent = D(2026, 12, 22, 9, 48), D(2026, 12, 22, 9, 40)
    subj = "Transfer In Child Protection Conference - McGOWAN - Tues 29/12/2026 11am"
    body = ("Good morning,\n\nPlease find attached the booking form for a Transfer In conference. The family moved from Burnley "
            "at the end of November and Lancashire have asked for the conference before their plan lapses, hence the date "
            "between Christmas and New Year. Apologies for the short notice.\n\nMany thanks\n\nFarzana Akhtar\n"
            "Conference and Review Service\nBradford Children and Families Trust\nBritannia House, Hall Ings, Bradford BD1 1HX")
    form = [
        ("small", "OFFICIAL-SENSITIVE"),
        ("title", "Transfer In Child Protection Conference - Booking Form"),
        ("small", "Bradford Children and Families Trust (on behalf of City of Bradford MDC)"),
        ("table", None, [["Conference type", "Transfer In"], ["Date", "29/12/2026"], ["Time", "11:00"],
                         ["Venue", "Britannia House, Conference Room A / Teams"], ["Chair", "Neville Greaves"],
                         ["Originating authority", "Lancashire County Council (plan made 14/07/2026, category neglect)"],
                         ["Category", "Neglect"]], [0.35, 0.65]),
        ("table", ["Name", "DOB", "Relationship"], [["Connor McGowan", "23/08/2016", "child"], ["Evie McGowan", "09/01/2021", "child"],
                                                     ["Siobhan McGowan", "12/12/1989", "mother"], ["Patrick McGowan", "01/06/1987", "father"]],
         [0.4, 0.2, 0.4]),
        ("h", "Summary from the transferring authority"),
        ("p", "Chronic neglect: poor home conditions, missed health appointments, Connor's school attendance below 60%. In March 2026 "
              "Lancashire Constabulary investigated an allegation that Mr McGowan slapped Connor; the investigation was closed with no "
              "further action in April 2026 and there have been no further incidents. No current police involvement in Lancashire."),
        ("table", None, [["Police attendance requested?", "Yes"], ["Police report", "Please send to conference.review@bcft.bradford.gov.uk"]],
         [0.35, 0.65]),
    ]
    att, t = pdf_att(form, "TI booking McGOWAN.pdf", author="Farzana Akhtar")
    return case("07", "bradford", "transfer-in", "trust-subdomain-short-notice",
                headers=lambda cid: council_headers(cid, from_name="Farzana Akhtar", from_addr="farzana.akhtar@bcft.bradford.gov.uk",
                                                    to=to_box("bradford"), subject=subj, sent=sent, received=rec,
                                                    relay_host="mail.bcft.bradford.gov.uk"),
                mime=("mixed", [cover(body), att]), texts=[subj, body] + t, received=rec,
                label=dict(district="bradford", kind="transfer_in", date="2026-12-29", time="11:00", tick=True, harm=["neglect"],
                           children=[("Connor McGowan", "2016-08-23"), ("Evie McGowan", "2021-01-09")],
                           adults=["Siobhan McGowan", "Patrick McGowan"], criteria=["prior_unit_involvement"], decision="discuss",
                           tags=["pdf-table", "subdomain", "bradford-trust", "district-bradford", "transfer-in", "tick-attend",
                                 "christmas-working-days", "due-on-received-day"],
                           notes="Sub-domain of bradford.gov.uk counts. Transfer-in = initial; the Lancashire investigation was NFA (historical, "
                                 "no escalation); attendance requested -> discuss. Report due 22/12 = the day received (not passed); "
                                 "3 working days' notice but Bradford has no minimum, so no late_notice."))


import html as html_mod

if __name__ == "__main__":
    run([c01(), c02(), c03(), c04(), c05(), c06(), c07()], L)
