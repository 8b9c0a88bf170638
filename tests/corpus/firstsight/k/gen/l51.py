"""Layout 51: old case-system HTML notification in windows-1252, quoted-printable,
&nbsp; runs, <br> lines, <font> tags, <b>Label:</b> value pairs, smart quotes and pound signs."""
import datetime as dt
import html
import random
from email.mime.text import MIMEText

from common import build, set_headers, trace, write_case

UTC = dt.timezone.utc
random.seed(51)


class Page:
    def __init__(self):
        self.h, self.src = [], []

    def esc(self, s):
        return html.escape(s, quote=False)

    def title(self, s, color="#000080", size=3):
        self.h.append(f'<font size="{size}" color="{color}"><b>{self.esc(s)}</b></font><br>')
        self.src.append(s)

    def kv(self, label, value, pad=3):
        lab = self.esc(label).replace(" ", "&nbsp;")
        self.h.append(f"<b>{lab}:</b>{'&nbsp;' * pad}{self.esc(value)}<br>")
        self.src += [f"{label}:", value, f"{label}: {value}"]

    def p(self, s):
        self.h.append(self.esc(s).replace("\n", "<br>\n") + "<br><br>")
        self.src += [x for x in s.split("\n") if x.strip()]

    def raw(self, s, text=None):
        self.h.append(s)
        if text:
            self.src += text

    def rule(self):
        self.h.append('<hr size="1" noshade>')

    def br(self):
        self.h.append("<br>")

    def html(self):
        body = "\n".join(self.h)
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">\n'
                '<title>Notification</title></head>\n<body bgcolor="#FFFFFF" text="#000000">\n'
                '<font face="Arial, Helvetica" size="2">\n' + body + "\n</font>\n</body></html>\n")


HOSTS = {
    "wakefield": ("mail1.wakefield.gov.uk", "198.51.100.59", "wakefield.gov.uk"),
    "leeds": ("smtp-out2.leeds.gov.uk", "198.51.100.15", "leeds.gov.uk"),
    "calderdale": ("mailgw.calderdale.gov.uk", "198.51.100.77", "calderdale.gov.uk"),
    "kirklees": ("mx-out.kirklees.gov.uk", "198.51.100.102", "kirklees.gov.uk"),
    "bradford": ("smtp.bradford.gov.uk", "198.51.100.130", "bradford.gov.uk"),
}
TO = {
    "wakefield": "Wakefield CPPU <wakefield.cppu@westyorkshire.police.uk>",
    "leeds": "CPPU Weetwood - Conference Invites <leeds.cppu.conferences@westyorkshire.police.uk>",
    "calderdale": "CD Safeguarding Case Conference <cd.safeguarding.conferences@westyorkshire.police.uk>",
    "kirklees": "Kirklees Safeguarding Unit <kirklees.sgu@westyorkshire.police.uk>",
    "bradford": "Bradford CPPU Conferences <bradford.cppu.conferences@westyorkshire.police.uk>",
}
DISCLAIMER = ("This e-mail and any attachments are confidential and intended solely for the addressee. "
              "If you have received this e-mail in error please notify the sender and delete it. "
              "Email sent or received by the Council may be monitored. "
              "Our old \u2018gcsx\u2019 secure addresses are no longer in use \u2013 please update your address book.")


def emit(name, district, sender, subject, recv, page, label, mailer="CareFirst 6 Notification Service"):
    host, ip, dom = HOSTS[district]
    sent = recv - dt.timedelta(minutes=random.randint(3, 40))
    msg = MIMEText(page.html(), "html", "windows-1252")
    set_headers(msg, sender, TO[district], subject, sent, dom,
                {"X-Mailer": mailer, "Importance": "High"})
    hdr = trace(host, ip, recv, sent, dom, extra_hop=f"ntfy-app01.{district}.gcsx.gov.uk (10.4.2.17)")
    label = dict(label)
    label["source_texts"] = [subject] + page.src
    write_case(name, build(msg, hdr), label, recv)


def c01():
    p = Page()
    p.title("WAKEFIELD COUNCIL \u2013 SAFEGUARDING & REVIEW UNIT")
    p.title("Child Protection Conferance \u2013 Notification to Agencies", "#800000", 2)
    p.rule()
    p.kv("Conference Type", "Initial Child Protection Conference")
    p.kv("Date of Conference", "Tuesday 15/12/2026")
    p.kv("Time", "10:00")
    p.kv("Venue", "Room 2.14, Wakefield One, Burton Street WF1 2EB (hybrid)")
    p.kv("Chair", "Ms J Greenwood")
    p.kv("CareDirector No.", "CD-0488217")
    p.kv("Category", "Physical Abuse")
    p.rule()
    p.raw("<b><u>SUBJECT CHILD(REN)</u></b><br>", ["SUBJECT CHILD(REN)"])
    p.raw("1.&nbsp;&nbsp;BROADBENT, Kayden&nbsp;&nbsp;&nbsp;&nbsp;DOB&nbsp;02/03/2017&nbsp;&nbsp;M<br>\n"
          "2.&nbsp;&nbsp;BROADBENT, Lily-Mae&nbsp;&nbsp;&nbsp;&nbsp;DOB&nbsp;19/08/2020&nbsp;&nbsp;F<br><br>",
          ["BROADBENT, Kayden", "DOB 02/03/2017", "BROADBENT, Lily-Mae", "DOB 19/08/2020"])
    p.raw("<b><u>PARENTS / CARERS / SIGNIFICANT ADULTS</u></b><br>", ["PARENTS / CARERS / SIGNIFICANT ADULTS"])
    p.raw("BROADBENT, Shannon&nbsp;&nbsp;(Mother)&nbsp;&nbsp;DOB 27/11/1996<br>\n"
          "ACKROYD, Dale&nbsp;&nbsp;(Mother\u2019s partner)&nbsp;&nbsp;DOB 05/06/1991<br><br>",
          ["BROADBENT, Shannon", "ACKROYD, Dale", "(Mother\u2019s partner)"])
    p.raw("<b><u>REASON FOR CONFERENCE</u></b><br>", ["REASON FOR CONFERENCE"])
    p.p("On 03/12/2026 Kayden presented at school with finger-tip bruising to the left side of his neck "
        "and his upper arm. When the teacher asked he said \u201cDale grabbed me cos I wouldn\u2019t go upstairs\u201d.\n"
        "A joint s47 enquiry was started with police. Mr Ackroyd was arrested on 04/12/2026 on suspicion of ABH, "
        "interviewed and released on conditional bail not to reside at the address or have unsupervised contact "
        "with either child. Kayden is due to be ABE interviewed this week.")
    p.raw("<b>West Yorkshire Police \u2013 Police Attendance Requested:</b>&nbsp;&nbsp;<font color=\"#FF0000\"><b>YES</b></font><br>"
          "<b>Written Report Sufficient:</b>&nbsp;&nbsp;NO<br><br>",
          ["West Yorkshire Police \u2013 Police Attendance Requested: YES", "Written Report Sufficient: NO"])
    p.p("Reports to be recieved by the Chair 3 working days before the conferance please.\n"
        "Notification generated by: Sharon Dyson, Business Support Officer")
    p.rule()
    p.raw(f"<font size=\"1\" color=\"#808080\">{html.escape(DISCLAIMER, quote=False)}</font>", [DISCLAIMER])
    emit("K-51-01-wakefield-icpc-rui-bail-yes", "wakefield",
         "Safeguarding Review Unit <sru.notifications@wakefield.gov.uk>",
         "CP CONFERENCE NOTIFICATION: ICPC BROADBENT 15/12/2026 [OFFICIAL-SENSITIVE]",
         dt.datetime(2026, 12, 8, 10, 12, 40, tzinfo=UTC), p,
         dict(district="wakefield", kind="initial", date="2026-12-15", time="10:00",
              police_attendance_requested=True, harm_categories=["physical"],
              children=[{"name": "Kayden Broadbent", "date_of_birth": "2017-03-02"},
                        {"name": "Lily-Mae Broadbent", "date_of_birth": "2020-08-19"}],
              adults=["Shannon Broadbent", "Dale Ackroyd"],
              criteria=["current_investigation"], decision="attend", flags_required=[],
              tags=["html-cp1252-qp", "old-system", "district-wakefield", "initial", "tick-yes",
                    "surname-first-names", "bail"],
              notes="partner arrested, bailed, ABE pending: current investigation; Wakefield ICPC item 1 -> attend"))


def c02():
    p = Page()
    p.title("Leeds City Council  \u2013  Integrated Safeguarding Unit")
    p.p("Dear Colleague,\nYou are invited to attend / contribute to the following Review Child Protection Conference.")
    p.kv("Conference", "RCPC (2nd Review)")
    p.kv("Date", "07.01.2027")
    p.kv("Time", "1.30pm")
    p.kv("Venue", "MS Teams \u2013 link to follow from ISU")
    p.kv("Mosaic Ref", "MOS-7741902")
    p.kv("Category", "Emotional Abuse")
    p.kv("Chair", "Bernadette Colley")
    p.br()
    p.raw("<table border=0 cellpadding=1><tr><td><font face=Arial size=2><b>Child</b></font></td><td><font face=Arial size=2><b>D.O.B.</b></font></td></tr>\n"
          "<tr><td><font face=Arial size=2>Tiegan O\u2019Donnell</font></td><td><font face=Arial size=2>11/06/2011</font></td></tr>\n"
          "<tr><td><font face=Arial size=2>Ruair\u00ed O\u2019Donnell</font></td><td><font face=Arial size=2>30/01/2014</font></td></tr></table><br>",
          ["Tiegan O\u2019Donnell", "11/06/2011", "Ruair\u00ed O\u2019Donnell", "30/01/2014"])
    p.kv("Mother", "Siobhan O\u2019Donnell, 44 Broad Lane Close, Bramley")
    p.kv("Father", "Martin Keane (separate address, LS13)")
    p.raw("<b>Background / police history:</b><br>", ["Background / police history:"])
    p.p("In March 2025 the Leeds Safeguarding Unit investigated an allegation that Mr Keane had assaulted Tiegan "
        "during contact. Tiegan was ABE interviewed but did not make a disclosure and the matter was NFA\u2019d in May 2025 "
        "(insufficient evidence). There has been no police involvement with the family since then and no further "
        "incidents have been reported; contact is now arranged through the paternal grandmother.\n"
        "Core group meetings have been well attended by school, CAMHS and the family. The plan is progressing.")
    p.raw("<b>Police:</b>&nbsp;&nbsp;&nbsp;Attendance not required \u2013 written report sufficient<br><br>",
          ["Police: Attendance not required \u2013 written report sufficient"])
    p.p("Please send reports to the ISU 24 hrs before the meeting.\nISU Admin \u2013 Merrion House, 110 Merrion Centre, LS2 8BB")
    p.rule()
    p.raw(f"<font size=\"1\" color=\"#808080\">{html.escape(DISCLAIMER, quote=False)}</font>", [DISCLAIMER])
    emit("K-51-02-leeds-rcpc-nfa-history-report-only", "leeds",
         "ISU Conference Admin <isu.conferences@leeds.gov.uk>",
         "Review CP Conference \u2013 O\u2019DONNELL \u2013 07/01/2027",
         dt.datetime(2026, 12, 9, 14, 3, 11, tzinfo=UTC), p,
         dict(district="leeds", kind="review", date="2027-01-07", time="13:30",
              police_attendance_requested=False, harm_categories=["emotional"],
              children=[{"name": "Tiegan O\u2019Donnell", "date_of_birth": "2011-06-11"},
                        {"name": "Ruair\u00ed O\u2019Donnell", "date_of_birth": "2014-01-30"}],
              adults=["Siobhan O\u2019Donnell", "Martin Keane"],
              criteria=["prior_unit_involvement"], decision="report_only", flags_required=[],
              tags=["html-cp1252-qp", "old-system", "district-leeds", "review", "tick-no",
                    "nfa-history", "smart-quotes-in-names"],
              notes="2025 investigation NFA'd, nothing since: only prior involvement, which is no review criterion -> report only"))


def c03():
    p = Page()
    p.title("CALDERDALE MBC \u2013 CHILDREN & YOUNG PEOPLE\u2019S SERVICES")
    p.raw("<font size=\"2\"><i>Automated message from LCS \u2013 do not reply to this address</i></font><br><br>",
          ["Automated message from LCS \u2013 do not reply to this address"])
    p.kv("Meeting", "Initial Child Protection Conference", 6)
    p.kv("When", "22/12/2026 @ 09:30", 6)
    p.kv("Where", "Northgate House, Halifax HX1 1UN \u2013 Conference Rm 3", 6)
    p.kv("LCS ID", "1184470", 6)
    p.kv("Child", "Oliwia NOWAK (d.o.b. 14/12/2019)", 6)
    p.kv("Mother", "Katarzyna NOWAK", 6)
    p.kv("Mother\u2019s partner", "Tomasz WISNIEWSKI", 6)
    p.kv("Category requested", "Emotional abuse", 6)
    p.br()
    p.raw("<b>Reason for request:</b><br>", ["Reason for request:"])
    p.p("Ms Nowak disclosed to the health visitor on 01/12/2026 that Mr Wisniewski has been controlling, "
        "takes her bank card (approx. \u00a3300 a month) and has pushed her on \u201cmaybe 4 or 5\u201d occasions, "
        "twice when Oliwia was present. She has never reported any of this to the police and says she does not want to. "
        "Checks show no police involvement with the family and no DA incidents recorded at the address; "
        "a DASH was completed by the HV and scored 9 (standard), so no MARAC referral.")
    p.p("Oliwia is described by nursery as quiet and watchful.")
    p.kv("Police to attend? (Y/N)", "N")
    p.kv("Requested by", "Imogen Sutcliffe, Social Worker, Halifax North & East")
    p.rule()
    p.raw(f"<font size=\"1\" color=\"#808080\">{html.escape(DISCLAIMER, quote=False)}</font>", [DISCLAIMER])
    emit("K-51-03-calderdale-icpc-da-never-reported", "calderdale",
         "LCS Notifications <lcs-noreply@calderdale.gov.uk>",
         "LCS: Meeting booked - Initial Child Protection Conference - 22/12/2026",
         dt.datetime(2026, 12, 14, 8, 47, 2, tzinfo=UTC), p,
         dict(district="calderdale", kind="initial", date="2026-12-22", time="09:30",
              police_attendance_requested=False, harm_categories=["emotional"],
              children=[{"name": "Oliwia Nowak", "date_of_birth": "2019-12-14"}],
              adults=["Katarzyna Nowak", "Tomasz Wisniewski"],
              criteria=[], decision="report_only", flags_required=[],
              tags=["html-cp1252-qp", "old-system", "district-calderdale", "initial", "tick-no",
                    "da-never-reported", "negation"],
              notes="DA disclosed to HV but never reported, no police involvement, DASH standard: no criterion; tick N -> report only"))


def c04():
    p = Page()
    p.title("Kirklees Council \u2013 Child Protection & Review Unit")
    p.p("Good afternoon,\nThe following Initial Child Protection Conference has been booked. "
        "Please confirm attendance/report by return.")
    p.kv("ICPC date", "Mon 21st December 2026")
    p.kv("Start", "2.00pm (allow 2 hrs)")
    p.kv("Venue", "Civic Centre 1, Huddersfield \u2013 Meeting Room 6")
    p.kv("Young person", "Amelia-Rose HAIGH  \u2013  07/02/2011")
    p.kv("Parents", "Joanne Haigh (mum) & Craig Haigh (dad) \u2013 both at home address")
    p.kv("Category", "Sexual")
    p.raw("<b>Concerns:</b><br>", ["Concerns:"])
    p.p("Amelia-Rose has been reported missing 6 times since October and was found by police in a flat in Dewsbury "
        "with three adult males on 27/11/2026. She has been given a new phone and \u00a350 \u2018for doing favours\u2019. "
        "The CSE screening tool completed on 01/12/2026 rated the risk of sexual exploitation as HIGH and she "
        "is open to the Exploitation Team.\n"
        "For completeness: her maternal uncle Lee Sugden is a registered sex offender living in Preston. "
        "He has had no contact with Amelia-Rose or her parents for several years and is not associated with the household.")
    p.raw("<b>Police Attendance Required (Y/N):</b>&nbsp;Y<br><br>", ["Police Attendance Required (Y/N): Y"])
    p.p("Many thanks\nGemma Lockwood\nConference Co-ordinator\nChild Protection & Review Unit | Kirklees Council\n01484 221000")
    p.rule()
    p.raw(f"<font size=\"1\" color=\"#808080\">{html.escape(DISCLAIMER, quote=False)}</font>", [DISCLAIMER])
    emit("K-51-04-kirklees-icpc-cse-rso-elsewhere", "kirklees",
         "Gemma Lockwood <gemma.lockwood@kirklees.gov.uk>",
         "ICPC booked \u2013 HAIGH \u2013 21.12.26",
         dt.datetime(2026, 12, 11, 13, 22, 54, tzinfo=UTC), p,
         dict(district="kirklees", kind="initial", date="2026-12-21", time="14:00",
              police_attendance_requested=True, harm_categories=["sexual"],
              children=[{"name": "Amelia-Rose Haigh", "date_of_birth": "2011-02-07"}],
              adults=["Joanne Haigh", "Craig Haigh"],
              criteria=["child_sexual_exploitation"], decision="attend", flags_required=[],
              tags=["html-cp1252-qp", "old-system", "district-kirklees", "initial", "tick-yes",
                    "rso-no-association", "cse"],
              notes="Kirklees uses Wakefield rules: CSE considered risk -> attend; RSO uncle in Preston with no association is not the RSO criterion"))


def c05():
    p = Page()
    p.raw('<font size="4" color="#FF0000"><b>***&nbsp;&nbsp;CANCELLED&nbsp;&nbsp;***</b></font><br><br>', ["*** CANCELLED ***"])
    p.p("Please note that the Review Child Protection Conference listed below has been CANCELLED and will not go ahead. "
        "The family moved to Doncaster on 10/12/2026 and City of Doncaster Council will hold a transfer-in conference. "
        "Please remove this from your diaries \u2013 no report is now required.")
    p.rule()
    p.kv("Conference Type", "Review Child Protection Conference")
    p.kv("Date", "06/01/2027")
    p.kv("Time", "10:00")
    p.kv("Venue", "Margaret McMillan Tower, Princes Way, Bradford BD1 1NN")
    p.kv("Children", "Mason WHITAKER (22/09/2018), Evie WHITAKER (03/05/2021)")
    p.kv("Adults", "Leanne Whitaker (mother), Jordan Pickles (father)")
    p.kv("Category", "Neglect")
    p.kv("Core group", "PC Sarah Firth, Bradford Safeguarding Unit, is a member of the core group")
    p.p("Bradford Children and Families Trust \u2013 Conference & Review Team")
    p.rule()
    p.raw(f"<font size=\"1\" color=\"#808080\">{html.escape(DISCLAIMER, quote=False)}</font>", [DISCLAIMER])
    emit("K-51-05-bradford-rcpc-cancelled", "bradford",
         "CP Conference Admin <cpconferences@bradford.gov.uk>",
         "*CANCELLED* RCPC WHITAKER 06/01/2027",
         dt.datetime(2026, 12, 17, 11, 5, 20, tzinfo=UTC), p,
         dict(district="bradford", kind="review", date="2027-01-06", time="10:00",
              police_attendance_requested=None, harm_categories=["neglect"],
              children=[{"name": "Mason Whitaker", "date_of_birth": "2018-09-22"},
                        {"name": "Evie Whitaker", "date_of_birth": "2021-05-03"}],
              adults=["Leanne Whitaker", "Jordan Pickles"],
              criteria=["core_group_member"], decision="manual_review", flags_required=["cancelled"],
              unscored=["no_booking_form"],
              tags=["html-cp1252-qp", "old-system", "district-bradford", "review", "cancellation"],
              notes="cancellation notice: manual_review with cancelled whatever the criteria (police in the core group still read)"))


def c06():
    p = Page()
    p.title("WAKEFIELD COUNCIL \u2013 SAFEGUARDING & REVIEW UNIT")
    p.title("Child Protection Conference \u2013 Notification to Agencies", "#800000", 2)
    p.p("** Apologies for the short notice \u2013 the chair\u2019s availability over the Christmas period means this is the earliest date within timescale **")
    p.kv("Conference Type", "ICPC")
    p.kv("Date of Conference", "Tue 12 Jan 2027")
    p.kv("Time", "11.00")
    p.kv("Venue", "Castleford Civic Centre, Ferrybridge Road WF10 4JH")
    p.kv("Chair", "Mr P Oyelaran")
    p.kv("Category", "Neglect")
    p.raw("<b><u>CHILD</u></b><br>LUMB, Reggie&nbsp;&nbsp;&nbsp;DOB&nbsp;09/10/2023<br><br>"
          "<b><u>PARENTS</u></b><br>LUMB, Chantelle (Mother)<br>LUMB, Ryan (Father)<br><br>",
          ["CHILD", "LUMB, Reggie", "DOB 09/10/2023", "PARENTS", "LUMB, Chantelle (Mother)", "LUMB, Ryan (Father)"])
    p.raw("<b><u>REASON FOR CONFERENCE</u></b><br>", ["REASON FOR CONFERENCE"])
    p.p("On 30/12/2026 Reggie (15 months) was found alone in the flat by a neighbour who heard him crying; "
        "he had been on his own for around 5 hours, in a soiled nappy, with no heating on. Both parents were arrested "
        "and interviewed. Police are actively investigating both parents for child cruelty (wilful neglect) "
        "under s.1 Children and Young Persons Act 1933 \u2013 DC Jagger, Wakefield CSU, is the OIC.")
    p.raw("<b>West Yorkshire Police \u2013 Police Attendance Requested:</b>&nbsp;&nbsp;<font color=\"#FF0000\"><b>YES</b></font><br><br>",
          ["West Yorkshire Police \u2013 Police Attendance Requested: YES"])
    p.p("Notification generated by: Sharon Dyson, Business Support Officer")
    p.rule()
    p.raw(f"<font size=\"1\" color=\"#808080\">{html.escape(DISCLAIMER, quote=False)}</font>", [DISCLAIMER])
    emit("K-51-06-wakefield-icpc-wilful-neglect-late", "wakefield",
         "Safeguarding Review Unit <sru.notifications@wakefield.gov.uk>",
         "CP CONFERENCE NOTIFICATION: ICPC LUMB 12/01/2027 [OFFICIAL-SENSITIVE]",
         dt.datetime(2027, 1, 7, 15, 40, 9, tzinfo=UTC), p,
         dict(district="wakefield", kind="initial", date="2027-01-12", time="11:00",
              police_attendance_requested=True, harm_categories=["neglect"],
              children=[{"name": "Reggie Lumb", "date_of_birth": "2023-10-09"}],
              adults=["Chantelle Lumb", "Ryan Lumb"],
              criteria=["wilful_neglect_investigation"], decision="attend", flags_required=[],
              tags=["html-cp1252-qp", "old-system", "district-wakefield", "initial", "tick-yes",
                    "late-notice", "wilful-neglect"],
              notes="active s1 CYPA investigation -> attend; received Thu 7 Jan for Tue 12 Jan: 3 working days < 5, late"))


def c07():
    p = Page()
    p.title("Leeds City Council  \u2013  Integrated Safeguarding Unit")
    p.p("Dear Colleague,\nYou are invited to attend / contribute to the following Initial Child Protection Conference.")
    p.kv("Conference", "ICPC")
    p.kv("Date", "26.01.2027")
    p.kv("Time", "10.30am")
    p.kv("Venue", "Kirkgate ISU suite, 2nd floor, Leeds LS2 7DJ")
    p.kv("Mosaic Ref", "MOS-8120355")
    p.kv("Category", "Emotional Abuse")
    p.raw("<b>Children:</b><br>&nbsp;&nbsp;Harris RAFIQ&nbsp;&nbsp;04/04/2016<br>&nbsp;&nbsp;Inaya RAFIQ&nbsp;&nbsp;12/12/2018<br>"
          "&nbsp;&nbsp;Zayn RAFIQ&nbsp;&nbsp;01/07/2022<br>",
          ["Children:", "Harris RAFIQ 04/04/2016", "Inaya RAFIQ 12/12/2018", "Zayn RAFIQ 01/07/2022"])
    p.raw("<b>Adults:</b><br>&nbsp;&nbsp;Sadia RAFIQ (mother)<br>&nbsp;&nbsp;Imran RAFIQ (father \u2013 currently not at address)<br><br>",
          ["Adults:", "Sadia RAFIQ (mother)", "Imran RAFIQ (father \u2013 currently not at address)"])
    p.raw("<b>Reason:</b><br>", ["Reason:"])
    p.p("Escalating domestic abuse. Mr Rafiq was charged with assault by beating of Mrs Rafiq on 02/01/2027 following an "
        "incident witnessed by Harris and Inaya, and is on police bail with conditions not to contact her or attend the "
        "address. The case was heard at MARAC on 14/01/2027; the Leeds DV co-ordinator and the police DA officer are "
        "working with Mrs Rafiq on a safety plan.")
    p.raw("<b>Police:</b>&nbsp;&nbsp;[X]&nbsp;Attendance required&nbsp;&nbsp;&nbsp;&nbsp;[X]&nbsp;Written report sufficient<br><br>",
          ["Police: [X] Attendance required [X] Written report sufficient"])
    p.p("Please send reports to the ISU 24 hrs before the meeting.\nISU Admin \u2013 Merrion House, 110 Merrion Centre, LS2 8BB")
    p.rule()
    p.raw(f"<font size=\"1\" color=\"#808080\">{html.escape(DISCLAIMER, quote=False)}</font>", [DISCLAIMER])
    emit("K-51-07-leeds-icpc-da-marac-both-ticked", "leeds",
         "ISU Conference Admin <isu.conferences@leeds.gov.uk>",
         "Initial CP Conference \u2013 RAFIQ \u2013 26/01/2027",
         dt.datetime(2027, 1, 18, 9, 31, 45, tzinfo=UTC), p,
         dict(district="leeds", kind="initial", date="2027-01-26", time="10:30",
              police_attendance_requested=None, both_ticked=True, harm_categories=["emotional"],
              children=[{"name": "Harris Rafiq", "date_of_birth": "2016-04-04"},
                        {"name": "Inaya Rafiq", "date_of_birth": "2018-12-12"},
                        {"name": "Zayn Rafiq", "date_of_birth": "2022-07-01"}],
              adults=["Sadia Rafiq", "Imran Rafiq"],
              criteria=["domestic_abuse_current_involvement"], decision="attend",
              flags_required=["tickbox_ambiguous"],
              tags=["html-cp1252-qp", "old-system", "district-leeds", "initial", "tick-both",
                    "da-marac-bail"],
              notes="serious DA with MARAC, bail and DV co-ordinator (Leeds item 5) -> attend; both boxes marked -> tick null, ambiguous"))


def main():
    for f in (c01, c02, c03, c04, c05, c06, c07):
        f()


if __name__ == "__main__":
    main()
