"""Layout 15: Bradford- and Kirklees-style forms (no policy file of their own): pre-birth conferences,
a transfer-in from outside West Yorkshire, reviews where the plan is ending or a new incident happened.
Kirklees: Word forms with legacy FORMCHECKBOX fields / w14 content-control check boxes and Strengthening
Families headings. Bradford: PDF forms with printed ☒/☐ glyphs, and a Word form with strike-through
"delete as appropriate"."""
import datetime as dt
import io

from docx import Document
from docx.oxml import parse_xml
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from common import Case, POLICE_TO, build_message, london, write_case

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
W14_NS = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'

pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))

_ff = [0]


def formcheckbox(par, checked, explicit_zero=True):
    _ff[0] += 1
    state = '<w:checked w:val="1"/>' if checked else ('<w:checked w:val="0"/>' if explicit_zero else "")
    begin = parse_xml(f'<w:r {W_NS}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check{_ff[0]}"/><w:enabled/>'
                      f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="0"/>{state}</w:checkBox>'
                      f'</w:ffData></w:fldChar></w:r>')
    instr = parse_xml(f'<w:r {W_NS}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>')
    end = parse_xml(f'<w:r {W_NS}><w:fldChar w:fldCharType="end"/></w:r>')
    for el in (begin, instr, end):
        par._p.append(el)


def cc_checkbox(par, checked):
    g = "☒" if checked else "☐"
    sdt = parse_xml(
        f'<w:sdt {W_NS} {W14_NS}><w:sdtPr><w:id w:val="{1000 + _ff[0]}"/><w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
        '</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" '
        f'w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr><w:t>{g}</w:t></w:r></w:sdtContent></w:sdt>')
    _ff[0] += 1
    par._p.append(sdt)


class DocForm:
    def __init__(self, case, marking="OFFICIAL-SENSITIVE"):
        self.case = case
        self.d = Document()
        self.d.styles["Normal"].font.name = "Arial"
        self.d.styles["Normal"].font.size = Pt(10)
        if marking:
            self.d.sections[0].header.paragraphs[0].text = marking
            case.add(marking)

    def title(self, t):
        p = self.d.add_paragraph()
        r = p.add_run(t)
        r.bold = True
        r.font.size = Pt(13)
        self.case.add(t)

    def para(self, t, bold=False):
        p = self.d.add_paragraph()
        p.add_run(t).bold = bold
        self.case.add(t)
        return p

    def table(self, rows, header=None, widths=None):
        n = len(header or rows[0])
        t = self.d.add_table(rows=0, cols=n)
        t.style = "Table Grid"
        if header:
            cells = t.add_row().cells
            for c, h in zip(cells, header):
                c.text = ""
                c.paragraphs[0].add_run(h).bold = True
                self.case.add(h)
        for r in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, r):
                c.text = v
                self.case.add(v)
            self.case.add(" ".join(v for v in r if v))
        self.d.add_paragraph()
        return t

    def section(self, head, text):
        t = self.d.add_table(rows=2, cols=1)
        t.style = "Table Grid"
        t.rows[0].cells[0].text = ""
        t.rows[0].cells[0].paragraphs[0].add_run(head).bold = True
        t.rows[1].cells[0].text = text
        self.case.add(head, text)
        self.d.add_paragraph()

    def checks(self, label, options, kind="ff"):
        """a line: label then options each preceded by a check box; options = [(text, checked)]"""
        p = self.d.add_paragraph()
        p.add_run(label + " ")
        self.case.add(label)
        for text, checked in options:
            if kind == "ff":
                formcheckbox(p, checked, explicit_zero=(len(text) % 2 == 0))
            else:
                cc_checkbox(p, checked)
            p.add_run(" " + text + "   ")
            self.case.add(text)
        return p

    def bytes(self):
        b = io.BytesIO()
        self.d.save(b)
        return b.getvalue()


class PdfForm:
    def __init__(self, case):
        self.case = case
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=A4)
        self.W, self.H = A4
        self.y = self.H - 50
        self.page = 1

    def need(self, h):
        if self.y - h < 50:
            self.c.showPage()
            self.page += 1
            self.y = self.H - 50

    def text(self, t, font="DejaVu", size=9.5, x=40, gap=13):
        self.need(gap)
        self.c.setFont(font, size)
        self.c.drawString(x, self.y, t)
        self.y -= gap
        self.case.add(t)

    def band(self, t):
        self.need(22)
        self.y -= 4
        self.c.setFillColorRGB(0.16, 0.29, 0.45)
        self.c.rect(36, self.y - 4, self.W - 72, 15, stroke=0, fill=1)
        self.c.setFillColorRGB(1, 1, 1)
        self.c.setFont("DejaVuB", 9.5)
        self.c.drawString(40, self.y, t)
        self.c.setFillColorRGB(0, 0, 0)
        self.y -= 18
        self.case.add(t)

    def row(self, cells, widths, bold_first=True):
        self.need(16)
        x = 36
        for i, (cell, w) in enumerate(zip(cells, widths)):
            self.c.rect(x, self.y - 5, w, 15, stroke=1, fill=0)
            self.c.setFont("DejaVuB" if (bold_first and i == 0) else "DejaVu", 8.8)
            self.c.drawString(x + 3, self.y, cell)
            if cell:
                self.case.add(cell)
            x += w
        self.case.add(" ".join(c for c in cells if c))
        self.y -= 15

    def para(self, t, x=40):
        lines = simpleSplit(t, "DejaVu", 9.5, self.W - x - 40)
        for ln in lines:
            self.text(ln, x=x)
        self.case.add(t, "\n".join(lines))
        self.y -= 3

    def bytes(self):
        self.c.save()
        return self.buf.getvalue()


def send(case, data, ctype, fname, body, subject, sent, local, sender):
    case.add(body, fname)
    eml = build_message(case.kw["district"], local, sender, POLICE_TO, subject, sent, case.kw["received"], text=body,
                        attachments=[(data, ctype, fname)])
    return write_case(case, eml, subject)


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


@case
def c15a():
    cs = Case("c-15a-kirklees-prebirth-icpc-docx-formcheckbox-historic-pp-report-only",
              district="kirklees", kind="initial", pre_birth=True, date=dt.date(2026, 12, 17), time="10:00", tick=False,
              harm=["neglect"], children=[("Unborn Baby Kaye", None)], adults=["Jasmine Kaye", "Callum Firth"],
              criteria=["prior_unit_involvement"], decision="report_only", received=london(2026, 12, 3, 10, 30),
              tags=["layout-15", "docx-formcheckbox", "district-kirklees", "pre-birth", "initial", "tick-report", "trap-historical-pp",
                    "trap-hypothetical-pp", "strengthening-families", "no-policy-file"],
              notes="Kirklees (Wakefield rules): police protection of an older sibling in 2023 is historical (prior involvement only), PP at birth only hypothetical; legacy check box says report sufficient -> report only")
    f = DocForm(cs)
    f.title("KIRKLEES COUNCIL - CHILD PROTECTION CONFERENCE REQUEST (PRE-BIRTH)")
    f.table([["Conference type", "Pre-birth Initial Child Protection Conference"], ["Date", "Thursday 17 December 2026"],
             ["Time", "10:00 - 12:00"], ["Venue", "Dewsbury Town Hall, Wakefield Old Road"], ["Social worker", "Imogen Sheard"]])
    f.para("Family composition", bold=True)
    f.table([["Unborn Baby Kaye", "EDD 20/01/2027", "Unborn child"], ["Jasmine Kaye", "10/10/2002", "Mother"],
             ["Callum Firth", "05/05/2000", "Father"]], header=["Name", "DOB / EDD", "Relationship"])
    f.section("Danger statement", "Social workers are worried that the baby could be left alone or without food and warmth, as "
              "happened to Ms Kaye's first child. In March 2023 that child was taken into police protection after being found "
              "alone in a flat; she now lives with her paternal grandparents under a special guardianship order.")
    f.section("Harm", "Ms Kaye has missed five antenatal appointments. The flat has no heating and Mr Firth says he is "
              "using cannabis daily.")
    f.section("Complicating factors", "Draft birth plan: if the parents try to leave hospital with the baby before the "
              "discharge planning meeting, police protection may be used.")
    f.section("Strengths", "Both parents have attended the last two meetings with the family support worker and Ms Kaye's "
              "aunt has offered to help.")
    f.para("Category requested: Neglect")
    f.checks("West Yorkshire Police:", [("Police attendance required", False), ("Written report sufficient", True)])
    return send(cs, f.bytes(), DOCX, "PB ICPC request KAYE.docx",
                "Please find attached a pre-birth conference request.\n\nKirklees Child Protection Conference Team",
                "Pre-birth ICPC - KAYE - 17/12/2026", london(2026, 12, 3, 10, 26), "cpconferenceteam", "CP Conference Team")


@case
def c15b():
    cs = Case("c-15b-bradford-prebirth-icpc-pdf-glyph-da-bail-attend",
              district="bradford", kind="initial", pre_birth=True, date=dt.date(2026, 12, 8), time="14:00", tick=True,
              harm=["physical"], children=[("Baby Ahmed (unborn)", None)], adults=["Hina Ahmed", "Bilal Khan", "Shabana Ahmed"],
              criteria=["domestic_abuse_current_involvement"], decision="attend", received=london(2026, 11, 30, 11, 0),
              tags=["layout-15", "pdf-glyph", "district-bradford", "pre-birth", "initial", "tick-attend", "domestic-abuse", "marac",
                    "trap-unticked-checklist", "no-policy-file"],
              notes="Bradford (Wakefield rules): serious DA against a pregnant mother, perpetrator on bail, MARAC and IDVA (W item 6) -> attend; ☐ CSE/RSO labels are not evidence")
    p = PdfForm(cs)
    p.text("OFFICIAL-SENSITIVE", "DejaVuB", 9)
    p.text("City of Bradford Metropolitan District Council", "DejaVuB", 12, gap=16)
    p.text("Children's Social Care - Conference and Review Service", gap=14)
    p.text("CHILD PROTECTION CONFERENCE BOOKING FORM", "DejaVuB", 11, gap=18)
    p.band("1. Conference")
    for k, v in [("Conference type", "☐ Initial  ☒ Pre-birth initial  ☐ Review  ☐ Transfer-in"),
                 ("Date", "08/12/2026"), ("Time", "14:00"), ("Venue", "Margaret McMillan Tower, Princes Way, Bradford BD1 1NN")]:
        p.row([k, v], [150, 370])
    p.band("2. Child(ren)")
    p.row(["Name", "Date of birth / EDD", "Gender"], [230, 170, 120])
    p.row(["Baby Ahmed (unborn)", "EDD 02/03/2027", "Not known"], [230, 170, 120], bold_first=False)
    p.band("3. Parents, carers and significant adults")
    p.row(["Name", "Relationship", "DOB"], [160, 250, 110])
    for r in [["Hina Ahmed", "Mother (expectant)", "04/01/2007"], ["Bilal Khan", "Father - bail conditions, not at home", "17/09/2003"],
              ["Shabana Ahmed", "Maternal grandmother - significant adult", "21/03/1978"]]:
        p.row(r, [160, 250, 110], bold_first=False)
    p.band("4. Reason for conference")
    p.para("On 18/11/2026 Mr Khan kicked Ms Ahmed in the stomach when she was 22 weeks pregnant. He was arrested and released on "
           "police bail with conditions not to contact her. The DASH risk assessment was high and the case was heard at MARAC on "
           "26/11/2026. An IDVA is working with Ms Ahmed and the Bradford District domestic abuse team remain involved.")
    p.text("Concerns (tick all that apply):")
    p.text("☐ CSE   ☒ Domestic abuse   ☐ Registered sex offender   ☐ Substance misuse   ☐ Mental health")
    p.text("Category to be considered: Physical abuse (risk to unborn)")
    p.band("5. West Yorkshire Police")
    p.text("☒ Police attendance required      ☐ Written report sufficient")
    p.text("Form completed by: Yasmin Bashir, Social Worker, 27/11/2026")
    return send(cs, p.bytes(), "application/pdf", "Booking form - Baby AHMED.pdf",
                "Good morning\n\nPlease see the attached booking form for a pre-birth ICPC on 8th December at 2pm.\n\n"
                "Conference and Review Service\nBradford Council",
                "Pre-birth ICPC booking form - AHMED", london(2026, 11, 30, 10, 56), "conference.review", "Conference and Review Service")


@case
def c15c():
    cs = Case("c-15c-kirklees-transfer-in-docx-formcheckbox-notts-nfa-escalation",
              district="kirklees", kind="transfer_in", date=dt.date(2026, 12, 22), time="10:00", tick=True,
              harm=["physical"], children=[("Riley Booth", "2014-04-12"), ("Summer Booth", "2016-12-03")],
              adults=["Donna Booth", "Shane Booth"], criteria=["previous_investigation_escalation", "prior_unit_involvement"],
              decision="attend", received=london(2026, 12, 9, 14, 0),
              tags=["layout-15", "docx-formcheckbox", "district-kirklees", "transfer-in", "out-of-area", "tick-attend", "escalation",
                    "trap-nfa", "trap-strategy-discussion", "no-policy-file"],
              notes="transfer-in from Nottinghamshire: earlier police investigation (NFA) plus new injuries and disclosure since the move = escalation (W item 2) -> attend")
    f = DocForm(cs)
    f.title("Kirklees Children's Services - Transfer-In Child Protection Conference")
    f.table([["Originating authority", "Nottinghamshire County Council"], ["Date of transfer-in conference", "22/12/2026"],
             ["Start", "10am"], ["Venue", "Batley Town Hall, Market Place, Batley"], ["Chair", "Naveed Hussain"]])
    f.table([["1. Riley Booth", "12/04/2014", "Subject child"], ["2. Summer Booth", "03/12/2016", "Subject child"],
             ["3. Donna Booth", "28/08/1987", "Mother"], ["4. Shane Booth", "14/02/1985", "Father"]],
            header=["Name", "Date of birth", "Role"])
    f.section("Danger", "In July 2026 Nottinghamshire Police investigated an allegation that Mr Booth had beaten Riley with a belt. "
              "The investigation ended with no further action in August 2026 because Riley withdrew his account. The children "
              "have been on child protection plans (physical abuse) in Nottinghamshire since 04/08/2026.")
    f.section("Harm", "Since the family moved to Dewsbury in October, school have seen bruising to Riley's back on 24/11/2026 "
              "and again on 03/12/2026, and Summer has told her teacher that 'daddy hits Riley harder now'. The risk is escalating.")
    f.section("Complicating factors", "The new injuries have been shared with West Yorkshire Police and a strategy discussion is "
              "booked for 10/12/2026. Mr Booth has refused to meet the Kirklees social worker.")
    f.section("Strengths", "Ms Booth has agreed that Riley can stay with his maternal aunt at weekends.")
    f.checks("Police:", [("Attendance required", True), ("Written report sufficient", False)])
    return send(cs, f.bytes(), DOCX, "TI conference form BOOTH.docx",
                "Transfer-in conference form attached (from Nottinghamshire).\n\nKirklees CP Conference Team",
                "TRANSFER IN - BOOTH - 22/12/2026", london(2026, 12, 9, 13, 56), "cpconferenceteam", "CP Conference Team")


@case
def c15d():
    cs = Case("c-15d-bradford-rcpc-docx-strikethrough-plan-ending-report-only",
              district="bradford", kind="review", date=dt.date(2026, 12, 11), time="10:00", tick=False,
              harm=["neglect"], children=[("Freya Ackroyd", "2019-02-22")], adults=["Sam Ackroyd", "Maureen Ackroyd"],
              criteria=[], decision="report_only", received=london(2026, 11, 27, 12, 0),
              tags=["layout-15", "docx-strikethrough", "district-bradford", "review", "tick-report", "plan-ending", "trap-negated", "no-policy-file"],
              notes="review where the plan is expected to end, no police involvement; 'required' struck through in 'required / not required' -> report only")
    f = DocForm(cs)
    f.title("BRADFORD CHILDREN'S SOCIAL CARE - REVIEW CONFERENCE NOTIFICATION")
    f.table([["Review number", "3"], ["Conference date", "11.12.2026"], ["Time", "10.00am"], ["Venue", "Keighley Town Hall"],
             ["Category of plan", "Neglect"]])
    f.table([["Freya Ackroyd (22/02/2019)", "Child"], ["Sam Ackroyd", "Mother"], ["Maureen Ackroyd", "Paternal grandmother - current carer"]],
            header=["Name", "Relationship"])
    f.section("Reason for review / progress", "Freya has lived with her grandmother since March 2026 and is thriving. Ms Ackroyd "
              "has been abstinent from alcohol for six months and has unsupervised contact three times a week. The social "
              "worker will recommend that the child protection plan ends.")
    f.section("Police involvement since the last conference", "None.")
    p = f.d.add_paragraph()
    p.add_run("Police attendance (delete as appropriate): ")
    r = p.add_run("required")
    r.font.strike = True
    p.add_run(" / not required")
    cs.add("Police attendance (delete as appropriate): required / not required", "Police attendance (delete as appropriate):",
           "required / not required")
    return send(cs, f.bytes(), DOCX, "RCPC notification - ACKROYD.docx",
                "Please see attached review conference notification. A written report is requested.\n\nBradford Conference and Review Service",
                "RCPC - ACKROYD - 11/12/2026", london(2026, 11, 27, 11, 56), "conference.review", "Conference and Review Service")


@case
def c15e():
    cs = Case("c-15e-kirklees-rcpc-docx-contentcontrol-new-cse-ppo-offender-discuss",
              district="kirklees", kind="review", date=dt.date(2026, 12, 21), time="13:00", tick=False,
              harm=["neglect"], children=[("Tia Hollings", "2011-09-03")], adults=["Kim Hollings", "Darren Hollings"],
              criteria=["child_sexual_exploitation"], decision="discuss", received=london(2026, 12, 7, 9, 45),
              tags=["layout-15", "docx-content-control", "district-kirklees", "review", "tick-report", "new-incident", "cse",
                    "trap-ppo-offender", "police-not-core-group", "no-policy-file"],
              notes="review: new CSE risk since the last conference (compelling reason) -> discuss; father 'is a PPO nominal' = prolific offender, not police protection")
    f = DocForm(cs)
    f.title("Kirklees Council - Review Child Protection Conference")
    f.table([["Date", "Monday 21st December 2026"], ["Time", "1pm"], ["Venue", "Huddersfield Civic Centre 3"],
             ["Plan category", "Neglect (since 15/06/2026)"], ["Core group", "SW, school, school nurse, parents"]])
    f.table([["Tia Hollings", "03/09/2011", "Young person"], ["Kim Hollings", "18/12/1983", "Mother"],
             ["Darren Hollings", "09/06/1981", "Father"]], header=["Name", "DOB", "Role"])
    f.section("What has happened since the last conference?",
              "On 21/11/2026 Tia (15) was found at 2am in a car park in Dewsbury in a car with two adult men who had given her "
              "vodka. A CSE referral was made and the Kirklees Child Exploitation team now consider Tia to be at risk of child "
              "sexual exploitation.")
    f.section("Other information", "Mr Hollings is a PPO nominal managed by the IOM team; he lives at the family home.")
    f.checks("Police:", [("Attendance required", False), ("Report only", True)], kind="cc")
    return send(cs, f.bytes(), DOCX, "RCPC Hollings 21.12.26.docx", "Review conference details attached.\n\nKirklees CP Conference Team",
                "RCPC HOLLINGS 21/12/2026", london(2026, 12, 7, 9, 41), "cpconferenceteam", "CP Conference Team")


@case
def c15f():
    cs = Case("c-15f-bradford-icpc-pdf-glyph-category-neglect-threshold-not-met-discuss",
              district="bradford", kind="initial", date=dt.date(2026, 12, 10), time="10:30", tick=True,
              harm=["neglect"], children=[("Jake Pearson", "2016-06-14"), ("Lola Pearson", "2019-09-09"), ("Maisie Pearson", "2024-12-30")],
              adults=["Kirsty Pearson", "Dale Pearson"], criteria=[], decision="discuss", received=london(2026, 12, 2, 16, 0),
              tags=["layout-15", "pdf-glyph", "district-bradford", "initial", "tick-attend", "trap-category-neglect",
                    "trap-wilful-neglect-negated", "numbered-entries", "no-policy-file"],
              notes="'Category: Neglect' and police advice that the wilful-neglect threshold is not met: no criterion; ☒ attendance required -> discuss")
    p = PdfForm(cs)
    p.text("OFFICIAL-SENSITIVE", "DejaVuB", 9)
    p.text("Bradford Children's Social Care", "DejaVuB", 12, gap=16)
    p.text("INITIAL CHILD PROTECTION CONFERENCE - BOOKING", "DejaVuB", 11, gap=18)
    p.band("Conference")
    for k, v in [("Type", "☒ Initial  ☐ Pre-birth  ☐ Transfer-in"), ("Date", "Thursday 10 December 2026"),
                 ("Time", "10.30"), ("Venue", "Shipley Town Hall, Kirkgate, Shipley")]:
        p.row([k, v], [150, 370])
    p.band("Children")
    p.text("1. Jake Pearson   14/06/2016")
    p.text("2. Lola Pearson   09/09/2019")
    p.text("3. Maisie Pearson   30/12/2024")
    p.band("Adults")
    p.text("1. Kirsty Pearson - mother")
    p.text("2. Dale Pearson - father")
    p.band("Category")
    p.text("Category: Neglect")
    p.band("Reason for conference")
    p.para("Police and the social worker visited on 20/11/2026 after a referral from Jake's school. The house had no working "
           "toilet, rotting food in the kitchen and dog mess in the children's bedroom. Maisie had severe nappy rash. Police "
           "advised that the criminal threshold for wilful neglect was not met and that no investigation will follow.")
    p.para("Mr and Mrs Pearson have cleaned the kitchen but have not accepted a referral to Family Support.")
    p.band("West Yorkshire Police")
    p.row(["Police attendance required", "☒ Yes", "☐ No"], [250, 90, 90])
    return send(cs, p.bytes(), "application/pdf", "ICPC booking PEARSON.pdf",
                "Please find attached a booking form.\n\nConference and Review Service, Bradford",
                "ICPC booking - PEARSON - 10.12.26", london(2026, 12, 2, 15, 56), "conference.review", "Conference and Review Service")


@case
def c15g():
    cs = Case("c-15g-bradford-cp-plan-pdf-not-invitation",
              district="bradford", kind=None, date=None, time=None, tick=None, harm=None, children=None, adults=None, criteria=None,
              decision="manual_review", received=london(2026, 12, 8, 10, 0), deadlines=False, flags_required=["not_an_invitation"],
              unscored_flags=["missing_reason", "missing_conference_date", "missing_family_details", "no_booking_form", "tickbox_ambiguous",
                              "late_notice", "deadline_passed"],
              tags=["layout-15", "pdf-glyph", "district-bradford", "not-invitation", "cp-plan"],
              notes="child protection plan sent after an ICPC (with a future review date): not an invitation -> manual_review")
    p = PdfForm(cs)
    p.text("OFFICIAL-SENSITIVE", "DejaVuB", 9)
    p.text("Bradford Children's Social Care", "DejaVuB", 12, gap=16)
    p.text("CHILD PROTECTION PLAN", "DejaVuB", 11, gap=18)
    for k, v in [("Child", "Oscar Lambert (13/05/2020)"), ("Date of initial conference", "03/12/2026"),
                 ("Category", "Physical abuse"), ("Lead social worker", "Ellie Booth"), ("First core group", "17/12/2026 at 15:00"),
                 ("First review conference", "03/03/2027 at 10:00")]:
        p.row([k, v], [180, 340])
    p.band("Outcomes and actions")
    p.row(["Action", "Who", "By when"], [300, 120, 100])
    for r in [["Mother to attend the Freedom Programme", "Ms Lambert", "31/01/2027"],
              ["Unannounced home visits every two weeks", "Social worker", "Ongoing"],
              ["Share any new police information with the core group", "WYP", "Ongoing"],
              ["Oscar to be seen alone at each visit", "Social worker", "Ongoing"]]:
        p.row(r, [300, 120, 100], bold_first=False)
    p.band("Contingency")
    p.para("If Oscar has any further unexplained injury, a strategy discussion will be held the same day.")
    return send(cs, p.bytes(), "application/pdf", "CP Plan - LAMBERT.pdf",
                "Please find attached the child protection plan agreed at the initial conference on 3 December.\n\nConference and Review Service",
                "CP Plan - LAMBERT - ICPC 03/12/2026", london(2026, 12, 8, 9, 56), "conference.review", "Conference and Review Service")
