"""Layout 53: Word .docx built from nested tables with merged cells (gridSpan / vMerge), the
reference and conference date in the header/footer, and a separate .ics calendar file attached
(application/ics attachment, not an inline text/calendar part)."""
import datetime as dt
import html
import io
import random
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from common import attach, build, set_headers, trace, write_case
from l51 import HOSTS, TO

UTC = dt.timezone.utc
random.seed(53)


class Form:
    def __init__(self, header, footer):
        self.d = Document()
        st = self.d.styles["Normal"]
        st.font.name = "Arial"
        st.font.size = Pt(9.5)
        self.src = []
        sec = self.d.sections[0]
        for i, line in enumerate(header):
            p = sec.header.paragraphs[0] if i == 0 else sec.header.add_paragraph()
            p.text = line
            self.src.append(line)
        for i, line in enumerate(footer):
            p = sec.footer.paragraphs[0] if i == 0 else sec.footer.add_paragraph()
            p.text = line
            self.src.append(line)

    def put(self, cell, text, bold=False, shade=None):
        cell.text = ""
        lines = text.split("\n")
        for i, line in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            r = p.add_run(line)
            r.bold = bold
            if line.strip():
                self.src.append(line)
        if shade:
            tcPr = cell._tc.get_or_add_tcPr()
            from docx.oxml import OxmlElement
            s = OxmlElement("w:shd")
            s.set(qn("w:val"), "clear")
            s.set(qn("w:fill"), shade)
            tcPr.append(s)

    def para(self, text, bold=False, size=None):
        p = self.d.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        self.src.append(text)

    def outer(self, title, sections):
        """sections: list of (label, content); content is str or ('table', head, rows) or
        ('ticks', [(glyph, label), ...]). The title row spans both columns (gridSpan); a label
        spanning several rows is given as (label, [content, content]) -> vMerge."""
        nrows = 1 + sum(len(c) if isinstance(c, list) else 1 for _, c in sections)
        t = self.d.add_table(rows=nrows, cols=2)
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, 1))
        self.put(top, title, bold=True, shade="1F3864")
        for r in top.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        row = 1
        for label, content in sections:
            items = content if isinstance(content, list) else [content]
            lab = t.cell(row, 0)
            if len(items) > 1:
                lab = lab.merge(t.cell(row + len(items) - 1, 0))
            self.put(lab, label, bold=True, shade="D9E2F3")
            for k, item in enumerate(items):
                cell = t.cell(row + k, 1)
                if isinstance(item, tuple) and item[0] == "table":
                    _, head, rows = item
                    cell.text = ""
                    nt = cell.add_table(rows=1 + len(rows), cols=len(head))
                    nt.style = "Table Grid"
                    for j, h in enumerate(head):
                        self.put(nt.cell(0, j), h, bold=True)
                    for i, rr in enumerate(rows):
                        for j, v in enumerate(rr):
                            self.put(nt.cell(i + 1, j), v)
                elif isinstance(item, tuple) and item[0] == "ticks":
                    cell.text = ""
                    nt = cell.add_table(rows=len(item[1]), cols=2)
                    for i, (g, l) in enumerate(item[1]):
                        self.put(nt.cell(i, 0), g)
                        self.put(nt.cell(i, 1), l)
                elif isinstance(item, tuple) and item[0] == "pair":
                    # a cell split in two by a nested 1x4 table: label | value | label | value
                    cell.text = ""
                    nt = cell.add_table(rows=1, cols=len(item[1]))
                    for j, v in enumerate(item[1]):
                        self.put(nt.cell(0, j), v, bold=(j % 2 == 0))
                else:
                    self.put(cell, item)
            row += len(items)
        self.d.add_paragraph()

    def bytes(self):
        b = io.BytesIO()
        self.d.save(b)
        return b.getvalue()


def fold(line):
    out = []
    while len(line) > 73:
        out.append(line[:73])
        line = " " + line[73:]
    out.append(line)
    return "\r\n".join(out)


def ics(uid, start, end, summary, location, description, stamp, seq=0, organizer=None):
    esc = lambda s: s.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             "METHOD:PUBLISH", "X-MS-OLK-FORCEINSPECTOROPEN:TRUE",
             "BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16011028T020000",
             "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "TZOFFSETFROM:+0100", "TZOFFSETTO:-0000", "END:STANDARD",
             "BEGIN:DAYLIGHT", "DTSTART:16010325T010000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
             "TZOFFSETFROM:-0000", "TZOFFSETTO:+0100", "END:DAYLIGHT", "END:VTIMEZONE",
             "BEGIN:VEVENT", "CLASS:PUBLIC", f"CREATED:{stamp}", f"DESCRIPTION:{esc(description)}",
             f"DTEND;TZID=\"GMT Standard Time\":{end}", f"DTSTAMP:{stamp}",
             f"DTSTART;TZID=\"GMT Standard Time\":{start}", f"LOCATION:{esc(location)}",
             "PRIORITY:5", f"SEQUENCE:{seq}", f"SUMMARY;LANGUAGE=en-gb:{esc(summary)}", "TRANSP:OPAQUE",
             f"UID:{uid}", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY",
             "DESCRIPTION:Reminder", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    src = [summary, location] + [x for x in description.split("\n") if x.strip()]
    return ("\r\n".join(fold(l) for l in lines) + "\r\n").encode("utf-8"), src


def emit(name, district, sender, subject, body, recv, docname, docx, dsrc, icsname, icsdata, isrc, label):
    host, ip, dom = HOSTS[district]
    sent = recv - dt.timedelta(minutes=random.randint(2, 30))
    msg = MIMEMultipart("mixed")
    set_headers(msg, sender, TO[district], subject, sent, dom, {"X-Mailer": "Microsoft Outlook 16.0", "Thread-Topic": subject})
    alt = MIMEMultipart("alternative")
    alt.attach(MIMEText(body, "plain", "utf-8"))
    hb = "".join(f"<p class=MsoNormal>{html.escape(x) if x else '&nbsp;'}</p>\n" for x in body.split("\n"))
    alt.attach(MIMEText(f"<html><body lang=EN-GB><div class=WordSection1>\n{hb}</div></body></html>", "html", "utf-8"))
    msg.attach(alt)
    msg.attach(attach(docx, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", docname))
    msg.attach(attach(icsdata, "application", "ics", icsname))
    label = dict(label)
    label["source_texts"] = [subject, docname, icsname] + [x for x in body.split("\n") if x.strip()] + dsrc + isrc
    write_case(name, build(msg, trace(host, ip, recv, sent, dom)), label, recv)


FAM = ["Name", "Relationship", "DOB", "Lives with child?"]


def c01():
    f = Form(["OFFICIAL-SENSITIVE", "Leeds Integrated Safeguarding Unit | Mosaic: MOS-9034412"],
             ["ICPC booking \u2013 MAHMOOD \u2013 06/01/2027 10:00", "ISU booking form v3 (2024)"])
    f.para("Request for an Initial Child Protection Conference", bold=True, size=13)
    f.outer("CONFERENCE", [("Type", "Initial Child Protection Conference"),
                           ("When", [("pair", ["Date", "06/01/2027", "Time", "10:00 \u2013 12:00"])]),
                           ("Where", "Kirkgate ISU suite, Leeds LS2 7DJ (in person)"),
                           ("Chair", "Lorraine Mcgarry")])
    f.outer("CHILD AND FAMILY", [("Child(ren)", ("table", FAM, [["Eesa Mahmood", "Subject", "09/09/2021", "Yes"]])),
                                 ("Adults", [("table", FAM, [["Nadia Mahmood", "Mother", "30/11/2001", "Yes"],
                                                             ["Bilal Mahmood", "Father", "17/03/1998", "Yes"]]),
                                             "Extended family: paternal uncle Tariq Mahmood visits daily."])])
    f.outer("CONCERNS", [("Category", "Physical"),
                         ("Reason", "Eesa (3) was seen at LGI on 14/12/2026 with a spiral fracture of the left humerus. Parents say he fell "
                                    "from the sofa; the paediatric opinion is that the explanation is not consistent with the injury. "
                                    "Police enquiries at the strategy meeting found no evidence to take forward and a single-agency s47 "
                                    "was agreed."),
                         ("Police", "DI Ramsden (Leeds Safeguarding Unit) has agreed with the conference chair that police will attend "
                                    "the ICPC given the unexplained injury.")])
    f.outer("WEST YORKSHIRE POLICE", [("Tick", ("ticks", [("\u2612", "Attendance required"), ("\u2610", "Written report sufficient")]))])
    f.para("Completed by Joanne Whitworth (SW), 21/12/2026")
    ic, isrc = ics("ISU-MOS9034412-ICPC@leeds.gov.uk", "20270106T100000", "20270106T120000",
                   "ICPC - E.M. - Mosaic 9034412", "Kirkgate ISU suite, Leeds LS2 7DJ",
                   "Initial Child Protection Conference\nChair: Lorraine Mcgarry\nPlease send reports to the ISU 24 hours before.",
                   "20261222T101500Z")
    body = ("Hi,\n\nPlease find attached the booking form and a calendar invite for Eesa's ICPC on 6th Jan at 10am.\n\n"
            "As agreed with DI Ramsden we are expecting an officer to attend.\n\nMany thanks\nJo\n\n"
            "Joanne Whitworth\nSocial Worker | Leeds South Duty & Assessment\nLeeds City Council\n"
            "Please note I work Mon\u2013Thurs.")
    emit("K-53-01-leeds-icpc-negotiated-attendance", "leeds", "Joanne Whitworth <joanne.whitworth@leeds.gov.uk>",
         "ICPC - MAHMOOD - 6/1/27", body, dt.datetime(2026, 12, 22, 10, 31, 7, tzinfo=UTC),
         "ICPC Booking Form - MAHMOOD.docx", f.bytes(), f.src, "ICPC MAHMOOD 06-01-2027.ics", ic, isrc,
         dict(district="leeds", kind="initial", date="2027-01-06", time="10:00", police_attendance_requested=True,
              harm_categories=["physical"], children=[{"name": "Eesa Mahmood", "date_of_birth": "2021-09-09"}],
              adults=["Nadia Mahmood", "Bilal Mahmood", "Tariq Mahmood"], criteria=["negotiated_attendance"],
              decision="attend", flags_required=[],
              tags=["docx-nested-tables", "merged-cells", "header-footer", "ics-attachment", "district-leeds", "initial",
                    "tick-yes", "negotiated", "over-christmas"],
              notes="police found nothing to investigate (no current investigation) but DI agreed with chair to attend: Leeds item 7 -> attend"))


def c02():
    f = Form(["OFFICIAL-SENSITIVE \u2013 Wakefield Safeguarding and Review Unit", "CareDirector ref: CD-0447391"],
             ["Review CP Conference \u2013 11 January 2027 \u2013 2pm", "Page 1 of 1"])
    f.para("CHILD PROTECTION CONFERENCE BOOKING FORM (REVIEW)", bold=True, size=13)
    f.outer("Conference details", [("Conference", "Review (3rd)"), ("Date / time", [("pair", ["Date", "11/01/2027", "Time", "14:00"])]),
                                   ("Venue", "MS Teams"), ("Chair", "Angela Swithenbank")])
    f.outer("Family", [("Child", ("table", FAM, [["Skye Lambert", "Subject", "12/04/2012", "Yes"]])),
                       ("Parents/carers", ("table", FAM, [["Donna Lambert", "Mother", "03/01/1984", "Yes"],
                                                          ["Gary Hepworth", "Mother\u2019s partner", "22/05/1980", "Yes"]]))])
    f.outer("Progress and concerns", [("Category", "Emotional / neglect"),
                                      ("Update", "Since the last review Skye has been missing from home on four occasions, twice overnight. "
                                                 "She was found in a car in Leeds with two men in their twenties. A CSE risk assessment has been "
                                                 "completed and the risk of child sexual exploitation is now assessed as significant; the case "
                                                 "has been referred to the Wakefield Exploitation Panel."),
                                      ("Police", "Missing episodes reported to police and return interviews completed. No police investigation.")])
    f.outer("West Yorkshire Police", [("Police", ("ticks", [("\u2610", "Police attendance required"), ("\u2612", "Written report sufficient")]))])
    f.para("Form completed by Zoe Kaye, Social Worker, 09/12/2026")
    ic, isrc = ics("CD0447391-RCPC3@wakefield.gov.uk", "20270111T140000", "20270111T153000",
                   "RCPC Lambert (CD-0447391)", "Microsoft Teams Meeting",
                   "Review Child Protection Conference\nJoin on your computer or mobile app - link in the Teams invite to follow",
                   "20261210T085900Z")
    body = ("Good morning,\n\nPlease find attached the booking form for the review conference for Skye Lambert on 11/01/2027 at 2pm (Teams) "
            "and a calendar entry.\n\nKind regards\n\nZoe Kaye\nSocial Worker\nWakefield Children's Social Care\n\n"
            "Wakefield Council \u2013 Working for you. This email may contain personal information; if you are not the intended recipient please delete it.")
    emit("K-53-02-wakefield-rcpc-cse-escalating", "wakefield", "Zoe Kaye <zkaye@wakefield.gov.uk>",
         "Review CP conference LAMBERT 11.01.2027", body, dt.datetime(2026, 12, 10, 9, 2, 51, tzinfo=UTC),
         "RCPC booking LAMBERT.docx", f.bytes(), f.src, "RCPC LAMBERT.ics", ic, isrc,
         dict(district="wakefield", kind="review", date="2027-01-11", time="14:00", police_attendance_requested=False,
              harm_categories=["emotional", "neglect"], children=[{"name": "Skye Lambert", "date_of_birth": "2012-04-12"}],
              adults=["Donna Lambert", "Gary Hepworth"], criteria=["child_sexual_exploitation"],
              decision="discuss", flags_required=[],
              tags=["docx-nested-tables", "merged-cells", "header-footer", "ics-attachment", "district-wakefield", "review",
                    "tick-no", "cse"],
              notes="review with CSE now a considered risk -> discuss (review rule), written report ticked; missing episodes are not an investigation"))


def c03():
    f = Form(["OFFICIAL-SENSITIVE", "Kirklees Child Protection & Review Unit \u2013 Ref KCPRU/27/0114",
              "Conference date: Tuesday 19 January 2027, 10.00am"],
             ["Initial Child Protection Conference \u2013 booking form", "Kirklees Council \u2013 Strengthening Families"])
    f.para("Request for Initial Child Protection Conference", bold=True, size=13)
    f.outer("About the meeting", [("Type", "Initial CPC"), ("Venue", "Huddersfield Civic Centre 3, Room 1b"),
                                  ("Chair", "Stephen Booth"), ("Interpreter", "No")])
    f.outer("Who is in the family", [("Young people", ("table", FAM, [["Kian Bentley", "Subject", "27/07/2010", "Yes"],
                                                                     ["Leo Bentley", "Subject", "15/01/2013", "Yes"]])),
                                     ("Adults", ("table", FAM, [["Michelle Bentley", "Mother", "11/11/1987", "Yes"],
                                                               ["Wayne Croft", "Mother\u2019s partner", "06/06/1976", "Yes"]]))])
    f.outer("Danger statement", [("Category", "Neglect"),
                                 ("Worries", "Kian has been found with large amounts of cash and two phones and is believed to be running drugs "
                                             "for a county lines group from Manchester (CCE). Mother\u2019s partner Wayne Croft is a Schedule 1 "
                                             "offender (1999 conviction for cruelty to a child) \u2013 he is not a registered sex offender. "
                                             "Leo is frequently left alone in the evenings."),
                                 ("Police", "Kian is subject to an NRM referral. No police investigation involving the family at present.")])
    f.outer("Police", [("Request", ("ticks", [("\u2610", "Police to attend"), ("\u2612", "Written report sufficient")]))])
    f.para("Completed by: Priya Mistry (SW), Huddersfield Child Protection Team, 08/01/2027")
    ic, isrc = ics("KCPRU270114@kirklees.gov.uk", "20270119T100000", "20270119T120000",
                   "ICPC KCPRU/27/0114", "Huddersfield Civic Centre 3, Room 1b",
                   "Initial Child Protection Conference\nBentley children", "20270111T110000Z")
    body = ("Morning\n\nBooking form + diary invite attached for an initial conference (Bentley boys).\n\n"
            "Priya\n\nPriya Mistry | Social Worker | Kirklees Council\n"
            "Follow Kirklees Council on social media.")
    emit("K-53-03-kirklees-icpc-schedule1-county-lines", "kirklees", "Priya Mistry <priya.mistry@kirklees.gov.uk>",
         "Initial conference booking - ref KCPRU/27/0114", body, dt.datetime(2027, 1, 11, 11, 9, 26, tzinfo=UTC),
         "KCPRU-27-0114 booking.docx", f.bytes(), f.src, "KCPRU-27-0114.ics", ic, isrc,
         dict(district="kirklees", kind="initial", date="2027-01-19", time="10:00", police_attendance_requested=False,
              harm_categories=["neglect"], children=[{"name": "Kian Bentley", "date_of_birth": "2010-07-27"},
                                                    {"name": "Leo Bentley", "date_of_birth": "2013-01-15"}],
              adults=["Michelle Bentley", "Wayne Croft"], criteria=[], decision="report_only", flags_required=[],
              tags=["docx-nested-tables", "merged-cells", "date-in-header-only", "ics-attachment", "district-kirklees",
                    "initial", "tick-no", "schedule-1", "county-lines"],
              notes="Schedule 1 offender is not an RSO, county lines/CCE is not CSE, no investigation: no criterion; date only in header and .ics -> report only"))


def c04():
    f = Form(["OFFICIAL-SENSITIVE | Bradford Children and Families Trust", "ICPC \u2013 14/01/2027 \u2013 Ref BCF/CP/88213"],
             ["Conference & Review Team, Britannia House", "Booking form v5"])
    f.para("RE-ARRANGED \u2013 Initial Child Protection Conference", bold=True, size=13)
    f.outer("Conference", [("Type", "ICPC"),
                           ("Date/time", [("pair", ["New date", "Wednesday 20/01/2027", "Time", "13:00"]),
                                          "Previously booked for 14/01/2027 10:00 \u2013 moved because the chair is unavailable."]),
                           ("Venue", "Britannia House, Bradford BD1 1HX \u2013 Room 2"), ("Chair", "Rukhsana Begum")])
    f.outer("Family", [("Children", ("table", FAM, [["Olivia Sharp", "Subject", "19/03/2015", "Yes"],
                                                   ["Noah Sharp", "Subject", "02/11/2019", "Yes"]])),
                       ("Adults", ("table", FAM, [["Rebecca Sharp", "Mother", "08/08/1990", "Yes"],
                                                  ["Anthony Sharp", "Father", "14/04/1988", "No \u2013 bail address"]]))])
    f.outer("Reason", [("Category", "Emotional"),
                       ("Concerns", "Serious and escalating domestic abuse: non-fatal strangulation of Ms Sharp on 28/12/2026 in front of the children. "
                                    "Mr Sharp was arrested and is on police bail with conditions not to contact Ms Sharp or attend the address. "
                                    "The case is being heard at MARAC on 13/01/2027 and a police DA officer (DC Kerr) is supporting the safety plan.")])
    f.outer("Police", [("Tick one", ("ticks", [("\u2612", "Police attendance required"), ("\u2610", "Written report sufficient")]))])
    ic, isrc = ics("BCF-CP-88213@bradford.gov.uk", "20270120T130000", "20270120T150000",
                   "UPDATED: ICPC Sharp BCF/CP/88213 - NEW DATE", "Britannia House, Bradford BD1 1HX - Room 2",
                   "This conference has been moved from 14/01/2027 to 20/01/2027 13:00.", "20270108T141100Z", seq=1)
    body = ("Hello\n\nPlease note the ICPC for the Sharp children has been rescheduled from Thursday 14th January to "
            "Wednesday 20th January 2027 at 1pm (Britannia House). Updated booking form and calendar invite attached "
            "- please delete the old appointment.\n\nApologies for any inconvenience.\n\nSaima Hussain\nConference & Review Team\n"
            "Bradford Children and Families Trust")
    emit("K-53-04-bradford-icpc-rescheduled-da-marac", "bradford", "Saima Hussain <saima.hussain@bradford.gov.uk>",
         "RESCHEDULED: ICPC SHARP now 20/01/2027", body, dt.datetime(2027, 1, 8, 14, 14, 40, tzinfo=UTC),
         "ICPC SHARP rearranged.docx", f.bytes(), f.src, "ICPC SHARP 20-01-2027.ics", ic, isrc,
         dict(district="bradford", kind="initial", date="2027-01-20", time="13:00", police_attendance_requested=True,
              harm_categories=["emotional"], children=[{"name": "Olivia Sharp", "date_of_birth": "2015-03-19"},
                                                      {"name": "Noah Sharp", "date_of_birth": "2019-11-02"}],
              adults=["Rebecca Sharp", "Anthony Sharp"], criteria=["domestic_abuse_current_involvement"],
              decision="attend", flags_required=["rescheduled"],
              tags=["docx-nested-tables", "merged-cells", "header-footer-stale-date", "ics-attachment", "district-bradford",
                    "initial", "tick-yes", "reschedule", "da-marac-bail"],
              notes="moved 14/01 -> 20/01 (header still shows the old date: the new date wins); serious DA with bail, MARAC, DA officer -> attend"))


def c05():
    f = Form(["OFFICIAL-SENSITIVE", "Calderdale Safeguarding & Quality Assurance \u2013 LCS 1170926"],
             ["Review Child Protection Conference 14.01.2027 11:00", "Please return reports by secure email to cp.admin@calderdale.gov.uk"])
    f.para("Review Child Protection Conference \u2013 notification", bold=True, size=13)
    f.outer("Meeting", [("Type", "RCPC"), ("When", [("pair", ["Date", "14.01.2027", "Time", "11:00"])]),
                        ("Where", "Halifax Town Hall \u2013 Crossley Room"), ("IRO/Chair", "Mohammed Iqbal")])
    f.outer("Family composition", [("Child", ("table", FAM, [["Harley Crowther", "Subject", "01/05/2018", "Yes"]])),
                                   ("Adults", ("table", FAM, [["Stacey Crowther", "Mother", "26/02/1995", "Yes"],
                                                              ["Neil Ashby", "Mother\u2019s new partner", "10/10/1972", "Yes (since Nov 2026)"]]))])
    f.outer("Update", [("Category", "Neglect"),
                       ("Significant event", "Since the last review Ms Crowther\u2019s new partner Neil Ashby has moved into the home. "
                                             "Mr Ashby is a MAPPA category 1 offender (registered sex offender, 2011 conviction) managed by "
                                             "Calderdale MOSOVO. Ms Crowther did not tell the social worker; this was disclosed by the offender manager.")])
    f.outer("Police", [("Request", ("ticks", [("\u2610", "Attendance requested"), ("\u2612", "Written report sufficient")]))])
    ic, isrc = ics("LCS1170926-R2@calderdale.gov.uk", "20270114T110000", "20270114T123000",
                   "RCPC LCS 1170926", "Halifax Town Hall - Crossley Room", "Review Child Protection Conference", "20261216T090000Z")
    body = ("Please see attached notification and calendar appointment for the review conference on 14.01.2027.\n\n"
            "Regards\nCP Admin | Calderdale Council | Northgate House")
    emit("K-53-05-calderdale-rcpc-mappa1-new-partner", "calderdale", "CP Admin <cp.admin@calderdale.gov.uk>",
         "RCPC notification - CROWTHER - 14.01.2027", body, dt.datetime(2026, 12, 16, 9, 12, 3, tzinfo=UTC),
         "RCPC CROWTHER notification.docx", f.bytes(), f.src, "RCPC CROWTHER.ics", ic, isrc,
         dict(district="calderdale", kind="review", date="2027-01-14", time="11:00", police_attendance_requested=False,
              harm_categories=["neglect"], children=[{"name": "Harley Crowther", "date_of_birth": "2018-05-01"}],
              adults=["Stacey Crowther", "Neil Ashby"], criteria=["registered_sex_offender"],
              decision="discuss", flags_required=[],
              tags=["docx-nested-tables", "merged-cells", "header-footer", "ics-attachment", "district-calderdale", "review",
                    "tick-no", "mappa-1"],
              notes="MAPPA cat 1 RSO moved into the household: review rule -> discuss (significant event), whatever the tick"))


def c06():
    f = Form(["OFFICIAL-SENSITIVE", "Leeds ISU | Mosaic: MOS-9120077 | PRE-BIRTH"],
             ["Pre-birth ICPC \u2013 20/01/2027 14:30", "ISU booking form v3 (2024)"])
    f.para("Request for a Pre-Birth Initial Child Protection Conference", bold=True, size=13)
    f.outer("CONFERENCE", [("Type", "Pre-birth ICPC"), ("When", [("pair", ["Date", "20/01/2027", "Time", "14:30"])]),
                           ("Where", "MS Teams"), ("Chair", "Hannah Kettlewell")])
    f.outer("CHILD AND FAMILY", [("Unborn", ("table", ["Name", "Relationship", "EDD", "Lives with child?"],
                                             [["Baby Dawson (unborn)", "Subject", "EDD 02/04/2027", "-"]])),
                                 ("Adults", ("table", FAM, [["Chloe Kirk", "Mother", "12/12/2004", "Yes"],
                                                            ["Reece Dawson", "Father", "01/08/2001", "Yes"]]))])
    f.outer("CONCERNS", [("Category", "Neglect"),
                         ("Reason", "Ms Kirk is a care leaver with learning needs and no support network. Mr Dawson is a PPO "
                                    "(Prolific and Priority Offender) for burglary and vehicle crime. There are unconfirmed reports of "
                                    "arguments at the flat. If police decide to investigate the allegation made by Ms Kirk\u2019s former foster "
                                    "carer, social care will update partners.")])
    f.outer("WEST YORKSHIRE POLICE", [("Tick", ("ticks", [("\u2610", "Attendance required"), ("\u2610", "Written report sufficient")]))])
    f.para("Completed by Marcus Oduya, 11/01/2027")
    ic, isrc = ics("ISU-MOS9120077-PB@leeds.gov.uk", "20270120T143000", "20270120T160000",
                   "Pre-birth ICPC - Baby Dawson", "Microsoft Teams Meeting", "Pre-birth Initial Child Protection Conference",
                   "20270112T095000Z")
    body = ("Hi CPPU\n\nPre-birth conference booking attached with Teams calendar invite.\n\n"
            "Marcus Oduya\nSocial Worker, Leeds West\nLeeds City Council\n\n"
            "Help us to help you \u2013 please keep safeguarding information secure.")
    emit("K-53-06-leeds-prebirth-ppo-offender-neither-ticked", "leeds", "Marcus Oduya <marcus.oduya@leeds.gov.uk>",
         "Pre birth ICPC booking - Dawson/Kirk", body, dt.datetime(2027, 1, 12, 9, 58, 12, tzinfo=UTC),
         "Prebirth booking DAWSON.docx", f.bytes(), f.src, "Prebirth DAWSON.ics", ic, isrc,
         dict(district="leeds", kind="initial", pre_birth=True, date="2027-01-20", time="14:30",
              police_attendance_requested=None, harm_categories=["neglect"],
              children=[{"name": "Baby Dawson (unborn)", "date_of_birth": None}],
              adults=["Chloe Kirk", "Reece Dawson"], criteria=[], decision="report_only",
              flags_required=["tickbox_ambiguous"],
              tags=["docx-nested-tables", "merged-cells", "header-footer", "ics-attachment", "district-leeds", "initial",
                    "pre-birth", "tick-neither", "ppo-offender", "hypothetical"],
              notes="'PPO' here is a Prolific and Priority Offender, investigation only hypothetical: no criterion; neither box -> report only, ambiguous"))


def c07():
    f = Form(["OFFICIAL-SENSITIVE \u2013 Wakefield Safeguarding and Review Unit", "CareDirector ref: CD-0512245"],
             ["ICPC \u2013 29 December 2026 \u2013 1.30pm", "Page 1 of 1"])
    f.para("CHILD PROTECTION CONFERENCE BOOKING FORM (INITIAL)", bold=True, size=13)
    f.outer("Conference details", [("Conference", "Initial"), ("Date / time", [("pair", ["Date", "29/12/2026", "Time", "13:30"])]),
                                   ("Venue", "Pontefract Town Hall, Meeting Room B"), ("Chair", "Paul Oyelaran")])
    f.outer("Family", [("Child", ("table", FAM, [["Mia Thackray", "Subject", "04/06/2014", "Yes"]])),
                       ("Parents/carers", ("table", FAM, [["Louise Thackray", "Mother", "17/09/1988", "Yes"],
                                                          ["Darren Thackray", "Father", "09/02/1985", "No"]]))])
    f.outer("Concerns", [("Category", "Sexual"),
                         ("Reason", "On 18/12/2026 Mia disclosed to a teacher that her father had sexually abused her during contact "
                                    "visits. Joint s47 with police. Mr Thackray was arrested on 19/12/2026, interviewed and released under "
                                    "investigation. Mia\u2019s ABE interview is booked for 30/12/2026.")])
    f.outer("West Yorkshire Police", [("Police", ("ticks", [("\u2612", "Police attendance required"), ("\u2610", "Written report sufficient")]))])
    ic, isrc = ics("CD0512245-ICPC@wakefield.gov.uk", "20261229T133000", "20261229T153000",
                   "ICPC Thackray (CD-0512245)", "Pontefract Town Hall, Meeting Room B", "Initial Child Protection Conference",
                   "20261223T160000Z")
    body = ("Afternoon,\n\nSorry this has come late \u2013 ICPC booked for Tuesday 29th December at 1.30pm in Pontefract. "
            "Booking form and appointment attached. I appreciate the report deadline has already gone; anything you can send "
            "before the day would be appreciated.\n\nThanks\nRuth Senior\nSafeguarding and Review Unit\nWakefield Council")
    emit("K-53-07-wakefield-icpc-christmas-deadline-passed", "wakefield", "Ruth Senior <rsenior@wakefield.gov.uk>",
         "URGENT ICPC THACKRAY 29/12/2026", body, dt.datetime(2026, 12, 23, 16, 10, 33, tzinfo=UTC),
         "ICPC booking THACKRAY.docx", f.bytes(), f.src, "ICPC THACKRAY.ics", ic, isrc,
         dict(district="wakefield", kind="initial", date="2026-12-29", time="13:30", police_attendance_requested=True,
              harm_categories=["sexual"], children=[{"name": "Mia Thackray", "date_of_birth": "2014-06-04"}],
              adults=["Louise Thackray", "Darren Thackray"], criteria=["current_investigation"],
              decision="attend", flags_required=[],
              tags=["docx-nested-tables", "merged-cells", "header-footer", "ics-attachment", "district-wakefield", "initial",
                    "tick-yes", "rui", "bank-holidays", "deadline-passed", "late-notice"],
              notes="RUI + ABE pending -> attend; received Wed 23 Dec for Tue 29 Dec (25th and 28th bank holidays): 2 days notice, report due 22 Dec already passed"))


def main():
    for f in (c01, c02, c03, c04, c05, c06, c07):
        f()


if __name__ == "__main__":
    main()
