"""Layout 50: plain-text bodies with ASCII-art grid tables pasted from an old system,
hard-wrapped at 72 columns by the mail client, with a quoted earlier version below."""
import datetime as dt
import textwrap
from email.mime.multipart import MIMEMultipart
from common import (headers, msg_headers, text_part, write_case, kids, lines_of, london)


def grid(rows, widths):
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [sep]
    for row in rows:
        if row == "=":
            out[-1] = sep.replace("-", "=")
            continue
        cells = [textwrap.wrap(str(c), w) or [""] for c, w in zip(row, widths)]
        h = max(len(c) for c in cells)
        for i in range(h):
            out.append("| " + " | ".join((c[i] if i < len(c) else "").ljust(w)
                                        for c, w in zip(cells, widths)) + " |")
        out.append(sep)
    return "\n".join(out)


def wrap72(text):
    out = []
    for ln in text.split("\n"):
        while len(ln) > 72:
            cut = ln.rfind(" ", 0, 73)
            if cut <= 0:
                cut = 72
            out.append(ln[:cut].rstrip())
            ln = ln[cut:].lstrip(" ")
        out.append(ln)
    return "\n".join(out)


def quote(text):
    return "\n".join((">" + (" " + l if l and not l.startswith(">") else l)) for l in text.split("\n"))


def cells(rows):
    res = []
    for r in rows:
        if r != "=":
            for c in r:
                if c and len(str(c)) <= 40:
                    res.append(str(c))
    return res


def build(name, *, frm, to, subject, sent, new_body, old_body=None, old_hdr=None, label, seed,
          auth="pass", recv_tz=None, grids=()):
    body = wrap72(new_body)
    if old_body:
        body += "\n\n" + old_hdr + "\n" + quote(wrap72(old_body))
    msg = text_part(body)
    msg_headers(msg, frm, to, subject, sent,
                trace=headers(frm.split("<")[-1].rstrip(">"), sent, seed=seed, auth=auth, recv_tz=recv_tz),
                extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Importance", "High")])
    st = [subject, body] + lines_of(body)
    for g in grids:
        st += cells(g)
    label["source_texts"] = st + label.get("source_texts", [])
    label["unscored"] = ["no_booking_form"] + label.get("unscored", [])
    write_case(name, msg, label)


TO = "CPPU Conference Invites <cppu.conferences@westyorkshire.police.uk>"
W2 = [22, 42]


def case01():
    top = [["CONFERENCE TYPE", "ICPC (Initial)"], ["DATE", "Thu 17/12/2026"], ["TIME", "13:30"],
           ["VENUE", "Castleford One Stop Centre, Rm 2 + Teams"], ["CAREFIRST REF", "CF/441907/C"],
           ["CHAIR", "Bernadette Oyelaran-Hirst"], ["SW / TEAM", "Liam Crossland / Five Towns CIN 2"],
           ["CATEGORY", "Physical"]]
    fam = [["NAME", "DOB", "REL", "ADDRESS"], "=",
           ["HOLROYD, Kayden", "02/06/2016", "Subject", "14 Methley Rd, Castleford"],
           ["HOLROYD, Mia-Rose", "30/10/2019", "Subject", "14 Methley Rd, Castleford"],
           ["HOLROYD, Jodie", "11/01/1994", "Mother", "14 Methley Rd, Castleford"],
           ["PRIESTLEY, Craig", "23/07/1990", "Mother's partner", "14 Methley Rd, Castleford"]]
    tick = [["Police attendance required", "X"], ["Written report sufficient", ""]]
    body = """Morning,

Conf booking below (re-sent - time has changed from the version I sent
yesterday, please disregard that one).

OFFICIAL-SENSITIVE

""" + grid(top, W2) + "\n\nCHILDREN / HOUSEHOLD\n" + grid(fam, [20, 11, 17, 28]) + """

REASON FOR CONFERENCE
Kayden (10) arrived at school on 30/11/2026 with a burn to the back of his hand which he said happened when Craig held it against the radiator "to teach him a lesson". Mia-Rose has a bruise to her cheek that mum could not explain.

POLICE
Following the strategy meeting the Chair (Bernadette Oyelaran-Hirst) has spoken with DS Imran Khan at the CPPU and it has been agreed that police will attend the ICPC. DS Khan will confirm the officer nearer the time.

WEST YORKSHIRE POLICE
""" + grid(tick, [30, 5]) + """

Many thanks
Liam

Liam Crossland | Social Worker | Five Towns CIN Team 2
Children and Young People's Service | Wakefield Council
07896 114 302
"""
    old_top = [r if r[0] != "TIME" else ["TIME", "10:00"] for r in top]
    old = "Hi\n\nPlease see conference booking below.\n\nOFFICIAL-SENSITIVE\n\n" + grid(old_top, W2) + \
        "\n\nWEST YORKSHIRE POLICE\n" + grid([["Police attendance required", ""], ["Written report sufficient", ""]], [30, 5]) + \
        "\n\nLiam"
    build("J-50-01-wakefield-icpc-ascii-grid-negotiated", frm="Liam Crossland <liam.crossland@wakefield.gov.uk>",
          to=TO, subject="RE: ICPC booking HOLROYD - 17/12/26 **TIME CHANGED**", sent=london(2026, 12, 8, 10, 14),
          new_body=body, old_body=old, old_hdr="From: Liam Crossland\nSent: 07 December 2026 16:02\nTo: CPPU Conference Invites\nSubject: ICPC booking HOLROYD - 17/12/26\n",
          seed=5001, grids=[top, fam, tick],
          label=dict(district="wakefield", kind="initial", date="2026-12-17", time="13:30",
                     police_attendance_requested=True, harm_categories=["physical"],
                     children=kids(("Kayden Holroyd", "2016-06-02"), ("Mia-Rose Holroyd", "2019-10-30")),
                     adults=["Jodie Holroyd", "Craig Priestley"], criteria=["negotiated_attendance"],
                     decision="attend", flags_required=[], tags=["ascii-grid", "wrap-72", "quoted-earlier-version", "surname-first", "tick-attend"],
                     notes="chair and DS at CPPU agreed police attend (Wakefield item 8); the quoted earlier version with 10:00 and empty boxes is superseded"))


def case02():
    top = [["Conference", "Initial Child Protection Conference"], ["Conf date", "16.12.2026"],
           ["Start", "10.30am"], ["Where", "MS Teams (link from ISU)"], ["Mosaic", "MOS-772014"],
           ["Chair", "Gurpreet Sandhu"], ["SW", "Hannah Atkinson-Lowe"], ["Category", "Sexual abuse"]]
    fam = [["Child", "D.O.B", "Gender", "School"], "=",
           ["Poppy-Mae Sugden", "19/02/2014", "F", "Farnley Academy"]]
    adults = [["Adult", "Relationship", "D.O.B"], "=",
              ["Danielle Sugden", "Mother", "04/12/1988"],
              ["Wayne Sugden", "Father (separated, Bramley)", "17/05/1985"],
              ["Ricky Gaunt", "Maternal uncle - lodger", "09/09/1979"]]
    body = """Hiya,

Please see below for the ICPC, sorry its a bit late in the day - our system
wont let us attach so I have pasted it in.

""" + grid(top, W2) + "\n\n" + grid(fam, [20, 11, 7, 22]) + "\n\n" + grid(adults, [20, 28, 11]) + """

Reason for conference / summary of concerns:
Poppy-Mae disclosed to her form tutor on 03/12/2026 that her uncle Ricky, who has been lodging at the house since the summer, has been coming into her room at night and touching her. A joint s47 is underway with West Yorkshire Police. Mr Gaunt was arrested on 04/12/2026 and has been bailed with conditions not to attend the address or contact Poppy-Mae. Her ABE interview is booked for 14/12/2026.
Poppy-Mae has been reported missing once (returned same night from a friend's). There are no CSE concerns and no exploitation concerns from school or the Hub.

Police attendance at conference required?   YES

Thanks, Hannah

Hannah Atkinson-Lowe
Social Worker - West North West Social Work Team
Children and Families, Leeds City Council
Please note I work Mon-Thurs
"""
    build("J-50-02-leeds-icpc-ascii-grid-current-investigation", frm="Hannah Atkinson-Lowe <hannah.atkinson-lowe@leeds.gov.uk>",
          to=TO, subject="OFFICIAL-SENSITIVE  ICPC Sugden 16.12", sent=london(2026, 12, 9, 9, 2),
          new_body=body, seed=5002, grids=[top, fam, adults],
          label=dict(district="leeds", kind="initial", date="2026-12-16", time="10:30",
                     police_attendance_requested=True, harm_categories=["sexual"],
                     children=kids(("Poppy-Mae Sugden", "2014-02-19")),
                     adults=["Danielle Sugden", "Wayne Sugden", "Ricky Gaunt"],
                     criteria=["current_investigation"], decision="attend", flags_required=[],
                     tags=["ascii-grid", "wrap-72", "negated-cse", "bail", "abe-pending"],
                     notes="joint s47 with police, arrest, bail and ABE pending for the lodger (Leeds item 1); 'no CSE concerns' is negated"))


def case03():
    top = [["Meeting", "Review Child Protection Conference (2nd review)"], ["Date", "12 January 2027"],
           ["Time", "2pm"], ["Venue", "Northgate House, Halifax - Room 1.14"], ["LCS ID", "1180773"],
           ["IRO / Chair", "Duncan Fairbank-Shaw"], ["Category", "Neglect"]]
    fam = [["Name", "DOB", "Role"], "=",
           ["Kian Ó Briain", "28/08/2011", "Child"],
           ["Shannon Ó Briain", "15/03/1992", "Mother"],
           ["Tomasz Wiśniewski", "02/11/1987", "Step-father"]]
    body = """Dear colleague

RCPC - KIAN Ó BRIAIN

""" + grid(top, W2) + "\n\n" + grid(fam, [20, 11, 12]) + """

Significant events since the last review:
- Kian is now attending the Pupil Referral Unit 3 mornings a week.
- On 02/01/2027 Kian was found at 2.30am on the A629 with no coat, mum could not be contacted, and he was placed in police protection under s46 Children Act 1989. He spent two nights with foster carers before returning home.
- Mr Wisniewski has moved back into the home.

Police - please provide an update for the review. The Chair asks that the police contribution covers the police protection episode.

Regards
Natalie Greenwood
Safeguarding & Quality Assurance | Calderdale Council
Tel 01422 393 604
"""
    old_top = [r if r[0] != "Time" else ["Time", "10am"] for r in top]
    old = "Dear colleague\n\nRCPC - KIAN O BRIAIN - HOLDING DATE\n\n" + grid(old_top, W2) + "\n\nReports to follow.\n\nNatalie"
    build("J-50-03-calderdale-rcpc-ascii-grid-police-protection", frm="Natalie Greenwood <natalie.greenwood@calderdale.gov.uk>",
          to=TO, subject="RCPC O BRIAIN 12/01/2027 - updated", sent=london(2027, 1, 4, 11, 47),
          new_body=body, old_body=old, old_hdr="-----Original Message-----\nFrom: Natalie Greenwood\nSent: 15 December 2026 09:12\nSubject: RCPC O BRIAIN 12/01/2027\n",
          seed=5003, grids=[top, fam],
          label=dict(district="calderdale", kind="review", date="2027-01-12", time="14:00",
                     police_attendance_requested=None, harm_categories=["neglect"],
                     children=kids(("Kian Ó Briain", "2011-08-28")),
                     adults=["Shannon Ó Briain", "Tomasz Wiśniewski"], criteria=["police_protection"],
                     decision="discuss", flags_required=[],
                     tags=["ascii-grid", "wrap-72", "quoted-earlier-version", "non-ascii-names", "review", "tick-absent"],
                     notes="review conference; child placed in police protection since the last review: police_protection at a review gives discuss"))


def case04():
    top = [["TYPE", "RCPC"], ["DATE/TIME", "22/01/2027 @ 09:30"], ["VENUE", "Civic Centre 1, Huddersfield - Conf Rm B"],
           ["SYSTEM ID", "KIR-CS-0093351"], ["CHAIR", "Parveen Akhtar"], ["CATEGORY", "Emotional"]]
    fam = [["SURNAME", "FORENAME", "DOB", "RELATIONSHIP"], "=",
           ["BATTYE", "Leon", "14/07/2015", "Child"], ["BATTYE", "Ellis", "01/03/2018", "Child"],
           ["BATTYE", "Kerry", "22/09/1991", "Mother"],
           ["HAIGH", "Malcolm", "12/04/1956", "Maternal grandfather (visits)"]]
    tick = [["[ ] Police attendance required"], ["[X] Written report sufficient"]]
    body = """Good afternoon

Please find below details for the review conference. Strengthening Families
format. Reports to the chair 3 working days before please.

""" + grid(top, W2) + "\n\n" + grid(fam, [10, 10, 11, 30]) + """

DANGER / HARM
The children witnessed ongoing verbal arguments between Ms Battye and her ex-partner, who left the area in September and has had no contact since.

COMPLICATING FACTORS
Mr Haigh visits most weekends. He is a Schedule 1 offender (conviction 1994, assault occasioning ABH on a child) - he is not a registered sex offender and is not subject to MAPPA. Ms Battye supervises his visits.
Both children were placed in police protection in 2019 when Ms Battye was admitted to hospital; this was historical and there has been no police involvement since.

STRENGTHS
Ms Battye has engaged with Family Support and the children's school attendance is now 97%.

""" + grid(tick, [34]) + """

Thanks
Saima Din
Child Protection Conference Admin | Kirklees Council
"""
    build("J-50-04-kirklees-rcpc-ascii-grid-schedule1-report-only", frm="Saima Din <saima.din@kirklees.gov.uk>",
          to=TO, subject="RCPC - BATTYE - 22/01/2027", sent=london(2027, 1, 7, 14, 21),
          new_body=body, seed=5004, grids=[top, fam, tick],
          label=dict(district="kirklees", kind="review", date="2027-01-22", time="09:30",
                     police_attendance_requested=False, harm_categories=["emotional"],
                     children=kids(("Leon Battye", "2015-07-14"), ("Ellis Battye", "2018-03-01")),
                     adults=["Kerry Battye", "Malcolm Haigh"], criteria=["prior_unit_involvement"],
                     decision="report_only", flags_required=[],
                     tags=["ascii-grid", "wrap-72", "schedule-1-not-rso", "historical-police-protection", "review", "tick-report"],
                     notes="Kirklees (Wakefield rules) review: Schedule 1 grandfather is not an RSO; 2019 police protection is historical (prior involvement only); written report ticked"))


def case05():
    top = [["Conference type", "Initial CP Conference"], ["Date", "Monday 21st December 2026"], ["Time", "11.00"],
           ["Venue", "Margaret McMillan Tower, 7th floor / Teams"], ["LCS", "LCS 2219047"],
           ["Chair", "Mohammed Iqbal Hussain"], ["Category", "Emotional / Physical"]]
    fam = [["Name", "DOB", "Relationship"], "=",
           ["Aaliyah Begum-Shah", "03/03/2010", "Child"], ["Zayn Shah", "17/08/2012", "Child"],
           ["Inaaya Shah", "20/11/2014", "Child"], ["Musa Shah", "09/01/2018", "Child"],
           ["Hafsa Shah", "25/06/2021", "Child"], ["Samina Begum", "05/05/1989", "Mother"],
           ["Tariq Shah", "30/12/1984", "Father (bailed away from home)"]]
    tick = [["Police attendance required", "[ ]"], ["Written report sufficient", "[ ]"]]
    body = """Hi there,

Please see below details for the ICPC. Apologies for the late send, IT
issues in the office today.

""" + grid(top, W2) + "\n\n" + grid(fam, [22, 11, 32]) + """

Reason for conference:
Serious domestic abuse. On 28/11/2026 Mr Shah strangled Ms Begum in the kitchen in front of Musa and Hafsa. Mr Shah was arrested and charged and is on police bail with conditions not to enter Girlington Road or contact Ms Begum. The case was heard at MARAC on 09/12/2026 (high risk, DASH 19/24) and the Domestic Abuse Safeguarding Officer is in weekly contact with Ms Begum. Aaliyah reports that her father has hit her with a belt in the past.

""" + grid(tick, [30, 5]) + """

Kind regards,
Joanne Pickles
Business Support | Child Protection Conference Team | Bradford Council
"""
    from zoneinfo import ZoneInfo
    build("J-50-05-bradford-icpc-ascii-grid-domestic-abuse-large-family", frm="Joanne Pickles <joanne.pickles@bradford.gov.uk>",
          to=TO, subject="ICPC 21/12/2026 - SHAH / BEGUM family (5 children)", sent=london(2026, 12, 11, 23, 37),
          new_body=body, seed=5005, recv_tz=dt.timezone(dt.timedelta(hours=1)), grids=[top, fam, tick],
          label=dict(district="bradford", kind="initial", date="2026-12-21", time="11:00",
                     police_attendance_requested=None, harm_categories=["emotional", "physical"],
                     children=kids(("Aaliyah Begum-Shah", "2010-03-03"), ("Zayn Shah", "2012-08-17"),
                                   ("Inaaya Shah", "2014-11-20"), ("Musa Shah", "2018-01-09"), ("Hafsa Shah", "2021-06-25")),
                     adults=["Samina Begum", "Tariq Shah"], criteria=["domestic_abuse_current_involvement"],
                     decision="attend", flags_required=["tickbox_ambiguous"],
                     tags=["ascii-grid", "wrap-72", "large-family", "tick-neither", "received-header-plus-0100-crosses-midnight"],
                     notes="Bradford (Wakefield rules): serious DA with bail, MARAC and DA officer (item 6) -> attend; neither box marked; gateway stamp 00:41 +0100 is still Friday in London"))


def case06():
    top = [["TYPE OF CONFERENCE", "Initial"], ["DATE OF CONFERENCE", "26/01/2027"], ["TIME", "1.30pm"],
           ["VENUE", "Wakefield One, Burton St - Room 4"], ["CD ID", "CD603318"],
           ["CHAIR", "Alison Sykes"], ["CATEGORY", "Physical abuse"]]
    fam = [["Name", "DOB", "Relationship to child"], "=",
           ["Tyler Dobson", "10/10/2017", "Subject child"],
           ["Leanne Fletcher", "18/02/1995", "Mother"],
           ["Gary Dobson", "06/06/1993", "Father"]]
    tick = [["Police attendance required", "X"], ["Written report sufficient", " "]]
    body = """Afternoon all,

Please see below the booking form for Tyler. Booking form also going to
health and school separately.

""" + grid(top, W2) + "\n\n" + grid(fam, [18, 11, 24]) + """

Reason for conference / What are we worried about:
In March 2025 West Yorkshire Police investigated Mr Dobson for assaulting Tyler (bruising to his back); the investigation was closed with NFA due to insufficient evidence. Since September 2026 school have recorded six unexplained injuries, the last two within the past fortnight, and Tyler has told staff he is "scared of dad's temper". Mr Dobson has recently been drinking heavily after losing his job. The social work assessment is that the risk of physical harm to Tyler is escalating. No new police investigation has been opened at this stage.

""" + grid(tick, [30, 3]) + """

Regards
Stacey Ogden | Social Worker | Wakefield Central Team
"""
    build("J-50-06-wakefield-icpc-ascii-grid-escalation-after-nfa", frm="Stacey Ogden <stacey.ogden@wakefield.gov.uk>",
          to=TO, subject="Booking form - ICPC - DOBSON T - 26/01/27", sent=london(2027, 1, 18, 15, 6),
          new_body=body, seed=5006, grids=[top, fam, tick],
          label=dict(district="wakefield", kind="initial", date="2027-01-26", time="13:30",
                     police_attendance_requested=True, harm_categories=["physical"],
                     children=kids(("Tyler Dobson", "2017-10-10")),
                     adults=["Leanne Fletcher", "Gary Dobson"],
                     criteria=["previous_investigation_escalation", "prior_unit_involvement"],
                     decision="attend", flags_required=[],
                     tags=["ascii-grid", "wrap-72", "nfa-then-escalation", "no-current-investigation"],
                     notes="2025 police investigation of physical abuse closed NFA, risk now escalating (Wakefield item 2); no current investigation"))


def case07():
    top = [["Conference", "RCPC"], ["Date", "14/01/2027"], ["Time", "09:30"], ["Venue", "Merrion House, Leeds"],
           ["Mosaic", "MOS-615502"], ["Child", "Alfie-James Whiteley (DOB 07/07/2020)"]]
    body = """Hi

Just chasing the police report for the review conference below - we have
not received anything yet and the conference is tomorrow. Could someone
let me know if it is on its way? If it has already been sent please
ignore this.

""" + grid(top, W2) + """

Many thanks
Kelly Marsden
Integrated Safeguarding Unit | Leeds City Council | 0113 378 4410
"""
    old = "Please see below review conference details.\n\n" + grid(top, W2) + "\n\nParents: Chantelle Whiteley (mother), Jordan Pratt (father)\nPolice: written report sufficient\n\nKelly"
    build("J-50-07-leeds-chaser-report-request-not-invitation", frm="Kelly Marsden <kelly.marsden@leeds.gov.uk>",
          to=TO, subject="CHASER - police report - RCPC WHITELEY 14/01/2027", sent=london(2027, 1, 13, 13, 55),
          new_body=body, old_body=old, old_hdr="On 16/12/2026 10:41, Kelly Marsden wrote:", seed=5007, grids=[top],
          label=dict(district="leeds", kind="review", date="2027-01-14", time="09:30",
                     police_attendance_requested=None, harm_categories=[],
                     children=kids(("Alfie-James Whiteley", "2020-07-07")),
                     adults=["Chantelle Whiteley", "Jordan Pratt"], criteria=[],
                     decision="manual_review", flags_required=["not_an_invitation"],
                     flags_forbidden_extra=["cancelled", "rescheduled", "unverified_sender", "encrypted_unreadable", "possible_duplicate"],
                     tags=["ascii-grid", "wrap-72", "chaser", "quoted-earlier-version", "not-an-invitation"],
                     notes="a chaser for an outstanding report (a report request), not a new invitation: manual_review with not_an_invitation; the quoted original is the earlier invitation"))


if __name__ == "__main__":
    for f in (case01, case02, case03, case04, case05, case06, case07):
        f()
