"""Layout 11: scanned-looking (but text-based) PDF record of a strategy meeting / s47 outcome that
recommends and books an initial conference. Family members in a grid without a header row."""
import datetime as dt
import io
import zlib
import random

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

from common import Case, POLICE_TO, build_message, london, write_case

W, H = A4
FONT, FONTB = "Courier", "Courier-Bold"


class ScanPDF:
    def __init__(self, case, seed):
        self.case = case
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=A4)
        self.rnd = random.Random(seed)
        self.page = 1
        self.lines_all = []
        self._bg()
        self.y = H - 70

    def _bg(self):
        c, r = self.c, self.rnd
        c.setFillGray(0.93)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillGray(0.99)
        c.rect(22 + r.random() * 4, 18, W - 46, H - 40, stroke=0, fill=1)
        # photocopier speckle and a dark edge
        for _ in range(260):
            g = 0.35 + r.random() * 0.5
            c.setFillGray(g)
            c.circle(r.random() * W, r.random() * H, r.random() * 0.9, stroke=0, fill=1)
        c.setFillGray(0.55)
        c.rect(W - 14, 0, 14, H, stroke=0, fill=1)
        c.setFillGray(0.15)

    def newpage(self):
        self.c.setFont(FONT, 7)
        self.c.drawString(W / 2 - 20, 28, f"Page {self.page}")
        self.c.showPage()
        self.page += 1
        self._bg()
        self.y = H - 60

    def need(self, h):
        if self.y - h < 60:
            self.newpage()

    def line(self, text, font=FONT, size=9.5, x=48, gap=13):
        self.need(gap)
        self.c.setFont(font, size)
        self.c.setFillGray(0.12 + self.rnd.random() * 0.08)
        self.c.drawString(x + self.rnd.random() * 0.6, self.y, text)
        self.y -= gap
        self.case.add(text)

    def heading(self, text):
        self.y -= 6
        self.line(text, FONTB, 10.5, gap=15)

    def para(self, text, x=48, width=None):
        width = width or (W - x - 60)
        lines = simpleSplit(text, FONT, 9.5, width)
        for ln in lines:
            self.line(ln, x=x)
        self.case.add(text, "\n".join(lines))
        self.y -= 4

    def kv(self, k, v):
        t = f"{k}: {v}"
        lines = simpleSplit(t, FONT, 9.5, W - 48 - 60)
        for ln in lines:
            self.line(ln)
        self.case.add(t, "\n".join(lines), k, v)

    def grid(self, rows, widths=(190, 95, 200)):
        """table without a header row: drawn cell borders, one person per row"""
        x0 = 48
        rh = 17
        self.need(rh * len(rows) + 10)
        self.y -= 8
        c = self.c
        for row in rows:
            c.setStrokeGray(0.3)
            c.setLineWidth(0.6)
            x = x0
            for w in widths:
                c.rect(x, self.y - 5, w, rh, stroke=1, fill=0)
                x += w
            x = x0
            c.setFont(FONT, 9)
            c.setFillGray(0.12)
            for w, cell in zip(widths, row):
                c.drawString(x + 4, self.y, cell)
                self.case.add(cell)
                x += w
            self.case.add(" ".join(row))
            self.y -= rh
        self.y -= 8

    def stamp(self, text):
        c = self.c
        c.saveState()
        c.translate(W - 190, H - 56)
        c.rotate(5)
        c.setStrokeColorRGB(0.55, 0.1, 0.1)
        c.setFillColorRGB(0.55, 0.1, 0.1)
        c.setLineWidth(1.4)
        c.roundRect(0, 0, 130, 34, 5, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(10, 20, text[0])
        c.drawString(10, 7, text[1])
        c.restoreState()
        self.case.add(*text)

    def done(self):
        self.c.setFont(FONT, 7)
        self.c.drawString(W / 2 - 20, 28, f"Page {self.page}")
        self.c.save()
        return self.buf.getvalue()


def render(case, seed, doc):
    p = ScanPDF(case, seed)
    if doc.get("stamp"):
        p.stamp(doc["stamp"])
    for kind, *rest in doc["blocks"]:
        getattr(p, kind)(*rest)
    return p.done()


def make(case, doc, mail):
    pdf = render(case, zlib.crc32(case.name.encode()), doc)
    case.add(mail["body"])
    case.add(mail["fname"])
    eml = build_message(case.kw["district"], mail["local"], mail["sender"], POLICE_TO, mail["subject"],
                        mail["sent"], case.kw["received"], text=mail["body"],
                        attachments=[(pdf, "application/pdf", mail["fname"])])
    return write_case(case, eml, mail["subject"])


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


@case
def c11a():
    rec = london(2026, 11, 30, 9, 42)
    cs = Case("c-11a-wakefield-icpc-s47-record-pdf-current-investigation",
              district="wakefield", kind="initial", date=dt.date(2026, 12, 10), time="14:00", tick=True,
              harm=["sexual"], children=[("Amelia Rose Pickersgill", "2016-02-14"), ("Leo Pickersgill", "2019-07-09")],
              adults=["Danielle Pickersgill", "Craig Marsden"], criteria=["current_investigation"], decision="attend",
              received=rec, tags=["layout-11", "pdf-scan-look", "district-wakefield", "initial", "tick-attend", "grid-no-header"],
              notes="joint s47 with police, partner arrested and on bail, investigation ongoing (W item 1) -> attend")
    doc = {"stamp": ("SAFEGUARDING & REVIEW", "RECEIVED 27 NOV 2026"), "blocks": [
        ("line", "OFFICIAL-SENSITIVE", FONTB, 9),
        ("heading", "WAKEFIELD COUNCIL - CHILDREN AND YOUNG PEOPLE'S SERVICE"),
        ("heading", "RECORD OF STRATEGY MEETING AND OUTCOME OF SECTION 47 ENQUIRIES"),
        ("kv", "Date of strategy meeting", "26/11/2026"),
        ("kv", "Chaired by", "Bernadette Ashworth (Team Manager, Pontefract Assessment Team)"),
        ("kv", "Present", "B Ashworth (CSC), Joel Firth (SW), DC Fiona Lockwood (WYP CSU), Sarah Bentley (School Nurse), Mrs K Dunn (DSL)"),
        ("kv", "CareDirector ref", "CD-4471902"),
        ("heading", "Family composition"),
        ("grid", [["Amelia Rose Pickersgill", "14/02/2016", "Subject child"],
                  ["Leo Pickersgill", "09/07/2019", "Subject child (half-brother)"],
                  ["Danielle Pickersgill", "22/10/1990", "Mother"],
                  ["Craig Marsden", "03/05/1986", "Mother's partner, lived at home"]]),
        ("kv", "Address", "14 Lidget Close, Hemsworth, WF9 4PL"),
        ("heading", "Outcome of enquiries"),
        ("para", "On 19/11/2026 Amelia told her class teacher that Mr Marsden had touched her private parts while her mother was at work. Joint section 47 enquiries with West Yorkshire Police were started the same day."),
        ("para", "Amelia was seen for an ABE interview on 23/11/2026 and repeated her account. Mr Marsden was arrested on 23/11/2026, interviewed, and released on police bail with conditions not to contact Amelia or Leo and not to attend Lidget Close. The police investigation is ongoing (OIC DC Fiona Lockwood, Wakefield Child Safeguarding Unit)."),
        ("para", "Ms Pickersgill believes Amelia and has agreed a safety plan. Leo has not made any disclosure; he is included because he lived in the same household."),
        ("kv", "Threshold", "Concerns substantiated - likely to suffer significant harm"),
        ("kv", "Category to be considered", "Sexual abuse"),
        ("heading", "Recommendation"),
        ("para", "That an Initial Child Protection Conference is convened in respect of Amelia and Leo."),
        ("heading", "Conference arrangements"),
        ("kv", "Date", "10/12/2026"),
        ("kv", "Time", "2.00pm - 4.00pm"),
        ("kv", "Venue", "County Hall, Bond Street, Wakefield WF1 2QW (Room 4) / Teams"),
        ("kv", "Conference chair", "Malcolm Throssell"),
        ("kv", "West Yorkshire Police (CSU)", "attendance requested and report required"),
        ("kv", "Other invitees", "Parents, School, School Nurse, GP, SW"),
        ("line", "Signed: J Firth (Social Worker)    Date: 27/11/2026"),
    ]}
    body = ("Good morning\n\nPlease see the attached strategy meeting record. An Initial Child Protection Conference has been "
            "booked for Amelia and Leo Pickersgill - details are in the section headed Conference arrangements.\n\n"
            "Could the police report reach the chair three working days before the conference please.\n\n"
            "Regards\nSafeguarding and Review Unit\nWakefield Council")
    return make(cs, doc, dict(body=body, fname="S47 outcome PICKERSGILL 261126.pdf", local="sru.bookings",
                              sender="Safeguarding and Review Unit", subject="OFFICIAL-SENSITIVE: ICPC booked - PICKERSGILL",
                              sent=london(2026, 11, 30, 9, 38)))


@case
def c11b():
    rec = london(2026, 12, 2, 15, 10)
    cs = Case("c-11b-leeds-icpc-s47-record-pdf-neglect-strategy-trap-report-only",
              district="leeds", kind="initial", date=dt.date(2026, 12, 15), time="10:30", tick=False,
              harm=["neglect"], children=[("Tyler Oduya-Brennan", "2021-08-30"), ("Mason Brennan", "2023-12-12")],
              adults=["Kerry Brennan", "Samuel Oduya"], criteria=[], decision="report_only", received=rec,
              tags=["layout-11", "pdf-scan-look", "district-leeds", "initial", "tick-report", "trap-strategy-discussion", "trap-category-neglect", "trap-negated"],
              notes="strategy discussion with police, single-agency s47, police checks no trace, category neglect: no criterion; report only")
    doc = {"blocks": [
        ("line", "OFFICIAL - SENSITIVE", FONTB, 9),
        ("heading", "LEEDS CITY COUNCIL  CHILDREN AND FAMILIES"),
        ("heading", "SECTION 47 ENQUIRY - OUTCOME RECORD"),
        ("kv", "Mosaic case number", "M-20391187"),
        ("kv", "Date of strategy discussion", "18/11/2026"),
        ("kv", "Worker", "Priya Chauhan, Social Worker, Leeds East Duty and Assessment"),
        ("heading", "Household"),
        ("grid", [["Tyler Oduya-Brennan", "30/08/2021", "Child"],
                  ["Mason Brennan", "12/12/2023", "Child"],
                  ["Kerry Brennan", "17/03/1997", "Mother"],
                  ["Samuel Oduya", "28/01/1995", "Father of Tyler (not resident; regular contact)"]]),
        ("heading", "Outcome of enquiries"),
        ("para", "The strategy discussion held on 18/11/2026 with West Yorkshire Police, health and children's social care agreed a single-agency section 47 enquiry by children's social care. Police checks on both parents: no trace. There is no police investigation."),
        ("para", "The home was found to be very cold, with little food, dog faeces on the floor and no safe sleeping space for Mason. Mason was not brought to three health appointments and his weight has fallen from the 25th to below the 2nd centile. Tyler's nursery attendance is 41%."),
        ("para", "Ms Brennan accepts that things have got on top of her since her mother died in the summer. Mr Oduya helps with shopping but is not able to care for the children full time."),
        ("heading", "Recommendation"),
        ("para", "Initial Child Protection Conference. Category to be considered: Neglect."),
        ("heading", "Conference arrangements"),
        ("kv", "Conference", "Tuesday 15/12/2026 at 10:30"),
        ("kv", "Venue", "Merrion House, 110 Merrion Centre, Leeds LS2 8BB (hybrid)"),
        ("kv", "Police", "written report only (attendance not requested)"),
        ("kv", "Report to", "Integrated Safeguarding Unit, by 24 hours before"),
    ]}
    body = ("Hello,\n\nPlease find attached the Section 47 outcome record for the Brennan children. The Integrated Safeguarding "
            "Unit has booked the ICPC for Tuesday 15 December at 10.30am.\n\nThank you\nISU Admin\nLeeds City Council")
    return make(cs, doc, dict(body=body, fname="BRENNAN_s47_outcome.pdf", local="isu.admin", sender="ISU Admin",
                              subject="ICPC 15.12.26 Brennan children - s47 outcome attached", sent=london(2026, 12, 2, 15, 6)))


@case
def c11c():
    rec = london(2026, 12, 3, 11, 5)
    cs = Case("c-11c-calderdale-icpc-s47-record-pdf-prior-involvement-tick-conflict",
              district="calderdale", kind="initial", date=dt.date(2026, 12, 18), time="09:30", tick=False,
              harm=["physical"], children=[("Ellis Greenwood", "2018-06-05"), ("Ruby Greenwood", "2020-01-21")],
              adults=["Natalie Greenwood", "Jordan Whiteley"], criteria=["prior_unit_involvement"], decision="attend",
              received=rec, tags=["layout-11", "pdf-scan-look", "district-calderdale", "initial", "tick-report", "trap-nfa", "tickbox-conflict"],
              notes="Calderdale: unit arrested the father in 2022 for assaulting the child (NFA) = previous significant involvement -> attend; form says report sufficient -> tickbox_conflict")
    doc = {"stamp": ("CALDERDALE CP ADMIN", "SCANNED 02/12/2026"), "blocks": [
        ("heading", "CALDERDALE MBC - CHILDREN AND YOUNG PEOPLE'S SERVICES"),
        ("heading", "STRATEGY MEETING RECORD (SECTION 47 OUTCOME)"),
        ("kv", "Meeting held", "25/11/2026, Northgate House, Halifax"),
        ("kv", "Attended by", "S Varley (TM), A Nazir (SW), DS Paul Crabtree (WYP), L Fielden (HV), school DSL"),
        ("line", "Children and adults"),
        ("grid", [["Ellis Greenwood", "05/06/2018", "Child"],
                  ["Ruby Greenwood", "21/01/2020", "Child"],
                  ["Natalie Greenwood", "11/09/1992", "Mother"],
                  ["Jordan Whiteley", "02/04/1989", "Father - visits daily"]]),
        ("heading", "Outcome of enquiries"),
        ("para", "Ellis arrived at school on 23/11/2026 with a circular burn on the back of his hand. His explanation (that he touched the oven) changed during the day. A child protection medical concluded the mark was more likely than not inflicted."),
        ("para", "Police were told at the strategy meeting and decided that the threshold for a criminal investigation was not met; the section 47 enquiry was completed by children's social care alone."),
        ("para", "Relevant history: in March 2022 Mr Whiteley was arrested by the Calderdale Safeguarding Unit on suspicion of assaulting Ellis, then aged three. The investigation ended with no further action."),
        ("heading", "Recommendation"),
        ("para", "Initial child protection conference - physical abuse."),
        ("heading", "Conference arrangements"),
        ("kv", "When", "Friday 18 December 2026, 9.30am"),
        ("kv", "Where", "Northgate House, Halifax HX1 1UN, Room G12"),
        ("kv", "WYP", "Written report sufficient"),
    ]}
    body = ("Please find attached details of an initial child protection conference.\n\nCP Admin\nCalderdale Council\n\n"
            "This email and any attachments are confidential.")
    return make(cs, doc, dict(body=body, fname="Strategy record GREENWOOD.pdf", local="cp.admin", sender="CP Admin",
                              subject="ICPC - GREENWOOD - 18/12/2026", sent=london(2026, 12, 3, 10, 59)))


@case
def c11d():
    rec = london(2026, 12, 7, 10, 20)
    cs = Case("c-11d-wakefield-icpc-s47-record-pdf-police-protection",
              district="wakefield", kind="initial", date=dt.date(2026, 12, 14), time="13:00", tick=None,
              harm=["neglect"], children=[("Kacey-Mae Stringer", "2022-04-08"), ("Ollie Stringer", "2024-10-19")],
              adults=["Leanne Stringer", "Pauline Stringer"], criteria=["police_protection"], decision="attend",
              received=rec, tags=["layout-11", "pdf-scan-look", "district-wakefield", "initial", "tick-absent", "ppo-police-protection"],
              notes="conference arises from s46 police protection on 27/11/2026 (W item 4) -> attend; notice exactly 5 working days")
    doc = {"blocks": [
        ("line", "OFFICIAL-SENSITIVE", FONTB, 9),
        ("heading", "Wakefield Council  Children and Young People's Service"),
        ("heading", "Strategy Discussion / Section 47 Outcome"),
        ("kv", "Date", "01/12/2026"),
        ("kv", "Social worker", "Hannah Pollard, Normanton Assessment Team"),
        ("line", "People"),
        ("grid", [["Kacey-Mae Stringer", "08/04/2022", "Child"],
                  ["Ollie Stringer", "19/10/2024", "Child"],
                  ["Leanne Stringer", "13/02/2001", "Mother"],
                  ["Pauline Stringer", "02/06/1968", "Maternal grandmother - current carer"]]),
        ("heading", "Outcome of enquiries"),
        ("para", "At 23:40 on 27/11/2026 officers attended the family home after a neighbour heard the children crying. Kacey-Mae (4) and Ollie (2) were alone in the house; their mother was later found intoxicated at a nearby public house."),
        ("para", "Both children were taken into police protection under section 46 Children Act 1989 and placed with their maternal grandmother. The PPO ended on 30/11/2026 and the children remain with Mrs Stringer under a section 20 agreement."),
        ("para", "Ms Stringer has engaged with the section 47 enquiry and accepts she needs support with her alcohol use."),
        ("heading", "Recommendation"),
        ("para", "Initial Child Protection Conference, category neglect."),
        ("heading", "Conference arrangements"),
        ("kv", "Conference date", "Mon 14 December 2026"),
        ("kv", "Start", "1pm"),
        ("kv", "Venue", "Normanton Town Hall, High Street, Normanton"),
        ("kv", "Invited", "Ms L Stringer, Mrs P Stringer, SW, HV, Nursery, GP, West Yorkshire Police"),
    ]}
    body = ("Dear colleague\n\nAttached is the strategy discussion outcome for the Stringer children, which includes the "
            "conference arrangements for their ICPC.\n\nSafeguarding and Review Unit\nWakefield Council")
    return make(cs, doc, dict(body=body, fname="STRINGER ICPC booking (s47 outcome).pdf", local="sru",
                              sender="SRU Wakefield", subject="ICPC Stringer children Mon 14th Dec", sent=london(2026, 12, 7, 10, 17)))


@case
def c11e():
    rec = london(2026, 12, 8, 14, 0)
    cs = Case("c-11e-leeds-icpc-s47-record-pdf-cce-not-cse-report-only",
              district="leeds", kind="initial", date=dt.date(2026, 12, 21), time="10:00", tick=False,
              harm=["neglect"], children=[("Kai Lawrence-Hussain", "2011-03-03")],
              adults=["Sadia Hussain", "Darren Lawrence"], criteria=[], decision="report_only", received=rec,
              tags=["layout-11", "pdf-scan-look", "district-leeds", "initial", "tick-report", "trap-cce", "trap-negated-cse"],
              notes="county lines / CCE with CSE screening negative: not CSE, no other criterion; police report only")
    doc = {"blocks": [
        ("heading", "LEEDS CHILDREN AND FAMILIES - STRATEGY MEETING NOTE AND S47 OUTCOME"),
        ("kv", "Meeting date", "03/12/2026"),
        ("kv", "Worker", "Owen McBride (SW), Leeds Adolescent Support Team"),
        ("grid", [["Kai Lawrence-Hussain", "03/03/2011", "Young person (15)"],
                  ["Sadia Hussain", "06/06/1984", "Mother"],
                  ["Darren Lawrence", "19/11/1980", "Stepfather"]]),
        ("heading", "Outcome of enquiries"),
        ("para", "Kai has been missing from home five times since September. On the last two occasions he was found in Doncaster with older teenagers who supply drugs, and he had £400 in cash and two phones. The concern is child criminal exploitation (county lines). An NRM referral was made on 01/12/2026."),
        ("para", "There are no indicators of sexual exploitation: the CSE screening tool completed on 24/11/2026 identified no sexual exploitation risk."),
        ("para", "Mr Lawrence and Ms Hussain have struggled to set boundaries and have at times locked Kai out overnight after he returned late."),
        ("heading", "Recommendation"),
        ("para", "Initial child protection conference; the chair to consider neglect."),
        ("heading", "Conference arrangements"),
        ("kv", "Date and time", "21.12.2026 @ 10:00"),
        ("kv", "Venue", "Microsoft Teams (link from the ISU)"),
        ("kv", "Police", "report requested - attendance not required"),
    ]}
    body = ("Good afternoon\n\nPlease see attached in respect of Kai, ICPC on 21/12/2026 at 10am via Teams.\n\n"
            "ISU Admin Team\nLeeds City Council")
    return make(cs, doc, dict(body=body, fname="LAWRENCE-HUSSAIN strategy and s47.pdf", local="isu.admin.team",
                              sender="ISU Admin Team", subject="Initial CPC - Kai L-H - 21/12/2026", sent=london(2026, 12, 8, 13, 55)))


@case
def c11f():
    rec = london(2026, 12, 9, 9, 15)
    cs = Case("c-11f-wakefield-prebirth-icpc-s47-record-pdf-schedule1-hypothetical-pp",
              district="wakefield", kind="initial", pre_birth=True, date=dt.date(2027, 1, 6), time="11:00", tick=False,
              harm=["physical"], children=[("Unborn baby Nolan", None)],
              adults=["Chloe Armitage", "Reece Nolan"], criteria=["prior_unit_involvement"], decision="report_only",
              received=rec, tags=["layout-11", "pdf-scan-look", "district-wakefield", "pre-birth", "initial", "tick-report",
                                  "trap-schedule-1", "trap-hypothetical-pp", "trap-negated-rso", "christmas-working-days"],
              notes="Schedule 1 offender (not RSO), PP only hypothetical in birth plan; past conviction = prior involvement, not a Wakefield item -> report only; report due 31/12 over Christmas")
    doc = {"blocks": [
        ("line", "OFFICIAL-SENSITIVE", FONTB, 9),
        ("heading", "WAKEFIELD CHILDREN AND YOUNG PEOPLE'S SERVICE"),
        ("heading", "PRE-BIRTH STRATEGY MEETING - OUTCOME OF ENQUIRIES"),
        ("kv", "Meeting date", "04/12/2026"),
        ("kv", "Midwife", "Gemma Hirst, Pinderfields Community Midwifery"),
        ("kv", "Social worker", "Tariq Mahmood"),
        ("grid", [["Unborn baby Nolan", "EDD 14/02/2027", "Unborn child"],
                  ["Chloe Armitage", "27/07/2003", "Mother"],
                  ["Reece Nolan", "15/01/1990", "Father (lives with mother)"]]),
        ("heading", "Outcome of enquiries"),
        ("para", "Mr Nolan was convicted in 2011 of cruelty to a child (his daughter from a previous relationship) and is a Schedule 1 offender. He is not a registered sex offender and has never been subject to notification requirements. He has had no contact with that daughter since 2012."),
        ("para", "Ms Armitage was herself looked after until she was 18. She has a learning need and has missed four antenatal appointments. Neither parent has completed the risk assessment offered in October."),
        ("heading", "Recommendation"),
        ("para", "Pre-birth Initial Child Protection Conference (risk of physical harm)."),
        ("para", "Draft birth plan: should the parents attempt to remove the baby from hospital against advice, police protection may need to be considered."),
        ("heading", "Conference arrangements"),
        ("kv", "Date", "Wednesday 6th January 2027"),
        ("kv", "Time", "11:00"),
        ("kv", "Venue", "Castleford Civic Centre, Ferrybridge Road, Castleford"),
        ("kv", "Police attendance", "not required - written report only"),
    ]}
    body = ("Morning,\n\nA pre-birth ICPC has been arranged for 6 January 2027 at 11am (Unborn baby Nolan). The outcome record is attached.\n\n"
            "Please note the Council is closed from 25 December to 1 January.\n\nSafeguarding and Review Unit")
    return make(cs, doc, dict(body=body, fname="PB strategy outcome - NOLAN.pdf", local="safeguardingreview",
                              sender="Safeguarding Review Unit", subject="Pre-birth ICPC - Unborn Nolan - 06/01/2027",
                              sent=london(2026, 12, 9, 9, 11)))


@case
def c11g():
    rec = london(2026, 12, 10, 16, 30)
    cs = Case("c-11g-kirklees-icpc-s47-record-pdf-cse-attend",
              district="kirklees", kind="initial", date=dt.date(2026, 12, 21), time="13:30", tick=True,
              harm=None, children=[("Jessica Kowalczyk", "2012-05-22"), ("Filip Kowalczyk", "2017-01-09")],
              adults=["Agnieszka Kowalczyk", "Tomasz Kowalczyk"], criteria=["child_sexual_exploitation"], decision="attend",
              received=rec, tags=["layout-11", "pdf-scan-look", "district-kirklees", "initial", "tick-attend", "cse", "no-policy-file"],
              notes="Kirklees decided with Wakefield rules: CSE is a considered risk (W item 5) -> attend; police investigating men outside the family is not current_investigation (category left to the chair, not scored)")
    doc = {"stamp": ("KIRKLEES COUNCIL", "CONFERENCE TEAM"), "blocks": [
        ("heading", "Kirklees Council - Children's Services"),
        ("heading", "Record of Strategy Meeting (s.47) and Conference Request"),
        ("kv", "Strategy meeting", "07/12/2026 (second meeting)"),
        ("kv", "Social worker", "Rhian Beaumont, Dewsbury Family Support and Child Protection"),
        ("grid", [["Jessica Kowalczyk", "22/05/2012", "Subject child"],
                  ["Filip Kowalczyk", "09/01/2017", "Sibling - subject child"],
                  ["Agnieszka Kowalczyk", "30/04/1985", "Mother"],
                  ["Tomasz Kowalczyk", "12/12/1982", "Father"]]),
        ("heading", "Outcome of enquiries"),
        ("para", "Since October Jessica has been collected from school by adult men in different cars. On 02/12/2026 she was found by police in a Huddersfield hotel room with two men aged 24 and 31. She has been sent money and asked for images."),
        ("para", "The CSE risk assessment completed on 03/12/2026 rated the risk of child sexual exploitation as high. Police are investigating the two men; neither is known to the family."),
        ("para", "Mr and Mrs Kowalczyk have not been able to stop Jessica leaving the house at night. Filip is frightened when the men call at the home."),
        ("heading", "Recommendation"),
        ("para", "ICPC for both children. Category: sexual abuse (Jessica), emotional abuse (Filip) to be decided by the chair."),
        ("heading", "Conference arrangements"),
        ("kv", "Date", "21/12/2026"),
        ("kv", "Time", "13:30"),
        ("kv", "Venue", "Civic Centre 1, Huddersfield"),
        ("line", "Agencies   Attend   Report"),
        ("line", "WYP Child Exploitation Team   Yes   Yes"),
        ("line", "School (Thornhill Academy)   Yes   Yes"),
        ("line", "School nurse   No   Yes"),
    ]}
    body = ("Please find attached the strategy record and conference request for Jessica and Filip Kowalczyk.\n\n"
            "Kirklees Child Protection Conference Team")
    return make(cs, doc, dict(body=body, fname="Kowalczyk strategy record.pdf", local="cp.conferences",
                              sender="CP Conference Team", subject="ICPC request - KOWALCZYK - 21 December 2026",
                              sent=london(2026, 12, 10, 16, 26)))
