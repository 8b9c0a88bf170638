"""Layout 55: minutes of a strategy discussion (outcome of s47 decision) sent as an Outlook
HTML body, where the actions table also books the ICPC. Some are minutes only (no conference)
or leave the date 'TBC'."""
import datetime as dt
import html
import random
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

from common import build, set_headers, trace, write_case
from l51 import HOSTS, TO

UTC = dt.timezone.utc
random.seed(55)
CSS = ("<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}"
       "table.m{border-collapse:collapse}table.m td{border:solid #A6A6A6 1.0pt;padding:2pt 5pt;vertical-align:top}--></style>")


class Minutes:
    def __init__(self):
        self.h, self.src, self.plain = [], [], []

    def p(self, s, bold=False):
        e = html.escape(s)
        self.h.append(f"<p class=MsoNormal>{'<b>' + e + '</b>' if bold else e}</p>")
        self.src.append(s)
        self.plain.append(s)

    def gap(self):
        self.h.append("<p class=MsoNormal>&nbsp;</p>")
        self.plain.append("")

    def table(self, rows, head=False):
        out = ["<table class=m border=1 cellspacing=0 cellpadding=0>"]
        for i, r in enumerate(rows):
            tds = []
            for c in r:
                e = html.escape(c).replace("\n", "<br>")
                tds.append(f"<td><p class=MsoNormal>{'<b>' + e + '</b>' if head and i == 0 else e}</p></td>")
                self.src += [x for x in c.split("\n") if x.strip()]
            out.append("<tr>" + "".join(tds) + "</tr>")
            self.plain.append(" | ".join(c.replace("\n", " ") for c in r))
        out.append("</table>")
        self.h.append("\n".join(out))

    def html(self):
        return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv=Content-Type "
                "content=\"text/html; charset=utf-8\">" + CSS + "</head><body lang=EN-GB link=\"#0563C1\"><div class=WordSection1>\n"
                + "\n".join(self.h) + "\n</div></body></html>")


def emit(name, district, sender, subject, recv, m, label, cc=None):
    host, ip, dom = HOSTS[district]
    sent = recv - dt.timedelta(minutes=random.randint(1, 20))
    msg = MIMEMultipart("alternative")
    set_headers(msg, sender, TO[district], subject, sent, dom,
                {"X-Mailer": "Microsoft Outlook 16.0", **({"Cc": cc} if cc else {})})
    msg.attach(MIMEText("\n".join(m.plain), "plain", "utf-8"))
    msg.attach(MIMEText(m.html(), "html", "utf-8"))
    label = dict(label)
    label["source_texts"] = [subject] + m.src
    write_case(name, build(msg, trace(host, ip, recv, sent, dom)), label, recv)


def head(m, rows):
    m.table([[a, b] for a, b in rows])
    m.gap()


def c01():
    m = Minutes()
    m.p("Hi all,")
    m.p("Please find below the minutes of today\u2019s strategy discussion. The threshold for an ICPC is met and the conference "
        "has been booked \u2013 details are in the actions table. Police please treat this as your invitation.")
    m.gap()
    m.p("OFFICIAL-SENSITIVE", bold=True)
    m.p("STRATEGY DISCUSSION \u2013 RECORD OF MEETING AND OUTCOME", bold=True)
    head(m, [("Date/time", "07/12/2026 11:00 (Teams)"), ("Chair", "Tracey Armitage, Team Manager, Wakefield Assessment Team West"),
             ("Minutes", "Kelly Rhodes, Business Support"), ("Child", "Harvey Walsh, DOB 21/02/2019, Lupset Primary"),
             ("Parents", "Danielle Walsh (mother); Kyle Walsh (father) \u2013 same address")])
    m.p("Attendees", bold=True)
    m.table([["Name", "Agency", "Role"], ["Tracey Armitage", "CSC", "Chair"], ["DS Mark Hollings", "WYP Wakefield CSU", "Police"],
             ["Dr A. Chaudhry", "Pinderfields Hospital", "Consultant paediatrician"], ["Mrs L. Shaw", "Lupset Primary", "DSL"]], head=True)
    m.gap()
    m.p("Information shared", bold=True)
    m.p("Health: Harvey was brought to A&E on 05/12/2026 with a burn to the back of his hand consistent with a cigarette; "
        "the explanation (\u201che knocked into dad\u2019s cig\u201d) is not accepted.")
    m.p("Police: Mr Walsh was arrested on 06/12/2026 on suspicion of assault occasioning actual bodily harm and has been released on bail to an address in "
        "Castleford. Harvey will be ABE interviewed on 09/12/2026. This is a joint investigation.")
    m.p("Education: two previous unexplained marks logged this term.")
    m.gap()
    m.p("Decisions", bold=True)
    m.p("1. Joint s47 enquiry (CSC and police). 2. Threshold for ICPC met.")
    m.table([["Action", "Who", "By when"],
             ["ABE interview", "DS Hollings / SW", "09/12/2026"],
             ["Book ICPC \u2013 booked: Thursday 17/12/2026 at 10:00, Wakefield One Room G.21", "Business Support", "done"],
             ["Police report and attendance at ICPC", "WYP CSU", "17/12/2026"]], head=True)
    m.gap()
    m.p("Kelly Rhodes | Business Support | Children\u2019s Social Care | Wakefield Council")
    emit("K-55-01-wakefield-strategy-joint-s47-icpc-booked", "wakefield", "Kelly Rhodes <krhodes@wakefield.gov.uk>",
         "Strategy discussion minutes + ICPC booking - WALSH", dt.datetime(2026, 12, 7, 14, 2, 18, tzinfo=UTC), m,
         dict(district="wakefield", kind="initial", date="2026-12-17", time="10:00", police_attendance_requested=None,
              harm_categories=["physical"], children=[{"name": "Harvey Walsh", "date_of_birth": "2019-02-21"}],
              adults=["Danielle Walsh", "Kyle Walsh"], criteria=["current_investigation"], decision="attend",
              flags_required=[], unscored=["no_booking_form"],
              tags=["strategy-minutes-html", "actions-table", "district-wakefield", "initial", "tick-absent", "bail"],
              notes="minutes that also book the ICPC: arrest, bail, ABE pending, joint s47 -> attend"))


def c02():
    m = Minutes()
    m.p("Good afternoon,")
    m.p("Minutes of the strategy meeting for the Kowalczyk children are below. An Initial Child Protection Conference has been "
        "arranged for 6th January 2027 at 2pm at Merrion House (see outcome section). Reports to the ISU 24 hours before please.")
    m.gap()
    m.p("STRATEGY MEETING \u2013 OUTCOME", bold=True)
    head(m, [("Held", "14/12/2026, 10.00, Leeds East Social Work Office"), ("Chair", "Ruth Moorhouse"),
             ("Children", "Natalia Kowalczyk (02/02/2015)\nPiotr Kowalczyk (29/09/2017)\nLena Kowalczyk (11/04/2023)"),
             ("Parents", "Agnieszka Kowalczyk, Pawe\u0142 Kowalczyk")])
    m.table([["Name", "Agency"], ["Ruth Moorhouse", "CSC"], ["PC Dean Hartley", "Leeds Safeguarding Unit"],
             ["Sam Cole", "Health visiting"], ["Rachel Webb", "Victoria Primary"]], head=True)
    m.gap()
    m.p("Summary", bold=True)
    m.p("Persistent neglect: the children are frequently hungry, Lena\u2019s weight has dropped from the 50th to the 9th centile and "
        "the home has no working cooker. Father works away in Poland for long periods.")
    m.p("Police: no offences identified; police have no previous involvement with the family and will not be investigating. "
        "Single-agency s47 by CSC. Police do not consider this a wilful neglect matter at this stage.")
    m.gap()
    m.p("Outcome", bold=True)
    m.table([["Decision", "Detail"], ["s47", "Single agency (CSC)"],
             ["ICPC", "Yes \u2013 06/01/2027 14:00, Merrion House, Room 5. Chair: Claire Goodall"],
             ["Police", "Written report to ICPC"]], head=True)
    m.gap()
    m.p("Thanks\nChloe\nChloe Barraclough\nBusiness Support Officer, Leeds East")
    emit("K-55-02-leeds-strategy-single-agency-neglect", "leeds", "Chloe Barraclough <chloe.barraclough@leeds.gov.uk>",
         "Strategy meeting outcome - KOWALCZYK - ICPC 06/01", dt.datetime(2026, 12, 15, 15, 30, 3, tzinfo=UTC), m,
         dict(district="leeds", kind="initial", date="2027-01-06", time="14:00", police_attendance_requested=False,
              harm_categories=["neglect"], children=[{"name": "Natalia Kowalczyk", "date_of_birth": "2015-02-02"},
                                                    {"name": "Piotr Kowalczyk", "date_of_birth": "2017-09-29"},
                                                    {"name": "Lena Kowalczyk", "date_of_birth": "2023-04-11"}],
              adults=["Agnieszka Kowalczyk", "Pawe\u0142 Kowalczyk"], criteria=[], decision="report_only",
              flags_required=[], unscored=["no_booking_form"],
              tags=["strategy-minutes-html", "district-leeds", "initial", "tick-prose-no", "strategy-with-police", "negation"],
              notes="strategy discussion with police is not an investigation; police explicitly not investigating -> report only"))


def c03():
    m = Minutes()
    m.p("All,")
    m.p("Strategy discussion record below. ICPC booked for Monday 18 January 2027, 10.30am, Northgate House.")
    m.gap()
    m.p("Calderdale Children\u2019s Social Care \u2013 Strategy Discussion Record", bold=True)
    head(m, [("Date", "08/01/2027 09:15"), ("Reason", "Police protection used overnight"),
             ("Children", "Ava Holroyd (12/08/2016), Freddie Holroyd (03/03/2019)"),
             ("Parents/carers", "Sophie Holroyd (mother); Mark Holroyd (father)")])
    m.p("Police information", bold=True)
    m.p("At 23:40 on 07/01/2027 officers attended after a 999 call from Ava. Both parents were heavily intoxicated and fighting; "
        "the house was in a very poor state. Ava and Freddie were placed in police protection under s46 Children Act 1989 and taken "
        "to their aunt. No offences were disclosed and no arrests were made. No previous police involvement with the family.")
    m.p("Outcome", bold=True)
    m.table([["Item", "Agreed"], ["Section 47", "Yes \u2013 single agency"],
             ["ICPC", "Booked \u2013 18/01/2027 10:30, Northgate House, Halifax"],
             ["Police", "Report to conference; SGU to decide on attendance"]], head=True)
    m.gap()
    m.p("Regards, Imogen Sutcliffe, Social Worker, Calderdale")
    emit("K-55-03-calderdale-strategy-police-protection", "calderdale", "Imogen Sutcliffe <imogen.sutcliffe@calderdale.gov.uk>",
         "Strategy discussion record HOLROYD / ICPC 18.01.27", dt.datetime(2027, 1, 8, 12, 48, 30, tzinfo=UTC), m,
         dict(district="calderdale", kind="initial", date="2027-01-18", time="10:30", police_attendance_requested=None,
              harm_categories=None, children=[{"name": "Ava Holroyd", "date_of_birth": "2016-08-12"},
                                             {"name": "Freddie Holroyd", "date_of_birth": "2019-03-03"}],
              adults=["Sophie Holroyd", "Mark Holroyd"], criteria=["police_protection"], decision="discuss",
              flags_required=[], unscored=["no_booking_form"],
              tags=["strategy-minutes-html", "district-calderdale", "initial", "tick-absent", "police-protection"],
              notes="conference arises from s46 police protection; Calderdale's considerations do not list it -> discuss (POLICY choice)"))


def c04():
    m = Minutes()
    m.p("Dear colleagues,")
    m.p("Please see the outcome of the strategy discussion held this morning. An ICPC will take place on Friday 22nd January 2027 "
        "at 1pm at Britannia House \u2013 this email is the invitation for partner agencies.")
    m.gap()
    m.p("STRATEGY DISCUSSION OUTCOME (s47)", bold=True)
    head(m, [("Date", "14/01/2027"), ("Chair", "Helen Mirfield, Team Manager"),
             ("Child", "Lexi-Mai Dobson, DOB 16/06/2024"), ("Mother", "Courtney Dobson, 19"), ("Father", "not named")])
    m.table([["Agency", "Information"],
             ["Police (DC Farrah Younis, Bradford CSU)", "Lexi-Mai was found at home with severe nappy rash, untreated scabies and weighing "
              "below the 0.4th centile. Police are investigating Ms Dobson for child cruelty (wilful neglect, s1 CYPA 1933); "
              "she was interviewed under caution on 13/01/2027 and released under investigation."],
             ["Health", "Admitted to BRI 12/01/2027. Missed 6 health appointments."],
             ["CSC", "Previously open on a CIN plan (2025)."]], head=True)
    m.gap()
    m.p("Decisions", bold=True)
    m.p("Joint s47 investigation. ICPC: 22/01/2027 13:00, Britannia House Room 4. Chair: Rukhsana Begum. Police attendance requested.")
    m.gap()
    m.p("Kind regards\nSaima Hussain | Conference & Review Team | Bradford Children and Families Trust")
    emit("K-55-04-bradford-strategy-wilful-neglect-rui", "bradford", "Saima Hussain <saima.hussain@bradford.gov.uk>",
         "Strategy outcome and ICPC invitation - DOBSON - 22/01/2027", dt.datetime(2027, 1, 14, 13, 3, 55, tzinfo=UTC), m,
         dict(district="bradford", kind="initial", date="2027-01-22", time="13:00", police_attendance_requested=True,
              harm_categories=["neglect"], children=[{"name": "Lexi-Mai Dobson", "date_of_birth": "2024-06-16"}],
              adults=["Courtney Dobson"], criteria=["wilful_neglect_investigation"], decision="attend",
              flags_required=[], unscored=["no_booking_form"],
              tags=["strategy-minutes-html", "district-bradford", "initial", "tick-prose-yes", "wilful-neglect", "rui"],
              notes="Bradford -> Wakefield rules: s1 CYPA wilful neglect investigation, mother RUI -> attend"))


def c05():
    m = Minutes()
    m.p("Hi,")
    m.p("For your records \u2013 minutes of the strategy discussion for Oscar Firth-Ahmed. No conference is required.")
    m.gap()
    m.p("Kirklees \u2013 Strategy Discussion Minutes", bold=True)
    head(m, [("Date", "19/01/2027 14:00"), ("Child", "Oscar Firth-Ahmed (10/10/2017)"),
             ("Parents", "Hayley Firth, Sameer Ahmed")])
    m.p("Oscar told a teaching assistant that his dad \u201csmacked him\u201d. There were no marks. Police have no previous involvement with "
        "the family and no criminal investigation is required.")
    m.table([["Outcome", "Detail"], ["s47", "Not required \u2013 threshold not met"],
             ["ICPC", "No \u2013 NFA, step down to Early Support"],
             ["Actions", "Early Support worker to visit within 10 days"]], head=True)
    m.gap()
    m.p("Amy Ramsden | Social Worker | Kirklees Council")
    emit("K-55-05-kirklees-strategy-minutes-no-conference", "kirklees", "Amy Ramsden <amy.ramsden@kirklees.gov.uk>",
         "Strategy discussion minutes - FIRTH-AHMED", dt.datetime(2027, 1, 20, 9, 14, 47, tzinfo=UTC), m,
         dict(district="kirklees", kind=None, date=None, time=None, police_attendance_requested=None,
              harm_categories=None, children=[{"name": "Oscar Firth-Ahmed", "date_of_birth": "2017-10-10"}],
              adults=["Hayley Firth", "Sameer Ahmed"], criteria=[], decision="manual_review",
              flags_required=["not_an_invitation"],
              unscored=["no_booking_form", "missing_conference_date", "missing_reason", "missing_family_details"],
              tags=["strategy-minutes-html", "district-kirklees", "not-an-invitation", "minutes-only"],
              notes="strategy minutes with no conference (NFA, step down): not an invitation -> manual_review"))


def c06():
    m = Minutes()
    m.p("Morning all,")
    m.p("Strategy discussion notes below for the Clough family. Conference to be booked \u2013 date TBC, Business Support will confirm "
        "once a chair is identified. Police are invited and asked to keep the week of 1st February free.")
    m.gap()
    m.p("STRATEGY DISCUSSION \u2013 RECORD OF MEETING AND OUTCOME", bold=True)
    head(m, [("Date/time", "25/01/2027 10:00 (Teams)"), ("Chair", "Tracey Armitage"),
             ("Children", "Ruby Clough (04/01/2013)\nAlfie Clough (28/08/2016)"),
             ("Adults", "Gemma Clough (mother); Jason Clough (father, now at a bail address)")])
    m.p("Police (PC Imran Saeed, DA officer): Mr Clough was arrested on 22/01/2027 for a serious assault on Mrs Clough in front of "
        "the children and is on bail not to contact her. This is the 5th incident in 12 months; DASH high risk; the case is listed at "
        "MARAC on 04/02/2027 and the DA officer is managing the risk with an IDVA.")
    m.table([["Action", "Who", "When"], ["Joint s47", "SW / PC Saeed", "ongoing"],
             ["ICPC", "Business Support", "Date TBC"]], head=True)
    m.gap()
    m.p("Kelly Rhodes | Business Support | Children\u2019s Social Care | Wakefield Council")
    emit("K-55-06-wakefield-strategy-icpc-date-tbc", "wakefield", "Kelly Rhodes <krhodes@wakefield.gov.uk>",
         "Strategy discussion - CLOUGH - ICPC to follow", dt.datetime(2027, 1, 25, 16, 20, 11, tzinfo=UTC), m,
         dict(district="wakefield", kind="initial", date=None, time=None, police_attendance_requested=None,
              harm_categories=None, children=[{"name": "Ruby Clough", "date_of_birth": "2013-01-04"},
                                             {"name": "Alfie Clough", "date_of_birth": "2016-08-28"}],
              adults=["Gemma Clough", "Jason Clough"], criteria=["domestic_abuse_current_involvement"],
              decision="manual_review", flags_required=["missing_conference_date"],
              unscored=["no_booking_form", "not_an_invitation"],
              tags=["strategy-minutes-html", "district-wakefield", "initial", "date-tbc", "da-marac-bail"],
              notes="ICPC requested but date TBC: conference date cannot be read -> manual_review (DA criterion still read)"))


def c07():
    m = Minutes()
    m.p("Hello,")
    m.p("Minutes of the reconvened strategy meeting for Jacob Turner and the ICPC details are below. Sorry for the short notice \u2013 "
        "the conference needs to be within timescale.")
    m.gap()
    m.p("RECONVENED STRATEGY MEETING", bold=True)
    head(m, [("Date", "25/01/2027"), ("Chair", "Ruth Moorhouse"), ("Child", "Jacob Turner, born 07/07/2020"),
             ("Adults", "Kirsty Turner (mother)\nNathan Gill (mother\u2019s partner)")])
    m.p("Background: In September 2026 Leeds Safeguarding Unit investigated bruising to Jacob\u2019s back; Mr Gill was interviewed and the "
        "case was closed NFA in November 2026.")
    m.p("New information: Jacob has since had a torn frenulum (10/01/2027) and a black eye (21/01/2027) with no explanation; "
        "nursery report he has become withdrawn and flinches when Mr Gill collects him. Agencies agreed the risk is escalating. "
        "Police are reviewing the new information before deciding whether to open a fresh investigation.")
    m.table([["Outcome", "Detail"], ["s47", "Yes"], ["ICPC", "Friday 29/01/2027, 9.30am, Merrion House Room 5"]], head=True)
    m.gap()
    m.p("Thanks, Chloe Barraclough, Business Support Officer, Leeds East")
    emit("K-55-07-leeds-strategy-nfa-then-escalation-late", "leeds", "Chloe Barraclough <chloe.barraclough@leeds.gov.uk>",
         "Reconvened strategy + ICPC 29/01 - TURNER", dt.datetime(2027, 1, 26, 10, 5, 26, tzinfo=UTC), m,
         dict(district="leeds", kind="initial", date="2027-01-29", time="09:30", police_attendance_requested=None,
              harm_categories=["physical"], children=[{"name": "Jacob Turner", "date_of_birth": "2020-07-07"}],
              adults=["Kirsty Turner", "Nathan Gill"],
              criteria=["previous_investigation_escalation", "prior_unit_involvement"], decision="attend",
              flags_required=[], unscored=["no_booking_form"],
              tags=["strategy-minutes-html", "district-leeds", "initial", "tick-absent", "nfa-then-escalation", "late-notice"],
              notes="earlier investigation NFA'd, new injuries, risk escalating (Leeds item 2) -> attend; 3 working days' notice < 5"))


def main():
    for f in (c01, c02, c03, c04, c05, c06, c07):
        f()


if __name__ == "__main__":
    main()
