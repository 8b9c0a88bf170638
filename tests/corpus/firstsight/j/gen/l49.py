"""Layout 49: PDF AcroForm booking forms with radio-button groups, drop-down (choice) fields and
multi-line text fields; some left as live fields, some flattened (values printed, radios drawn
as glyphs or as vector dots only)."""
import io
import textwrap
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.colors import black, HexColor, white
from email.mime.multipart import MIMEMultipart
from common import (headers, msg_headers, text_part, attach_bytes, write_case, kids, lines_of, london)

pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
TO = "CPPU Conference Invites <cppu.conferences@westyorkshire.police.uk>"
W, Hh = A4


class PdfForm:
    """mode: 'live' (AcroForm fields), 'flat-glyph' (values printed, radios as ◉/○),
    'flat-vector' (values printed, radios drawn as circles/dots only), 'mixed' (header flat, rest live)"""

    def __init__(self, mode, header, title):
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=A4)
        self.c.setTitle(title)
        self.c.setAuthor("Children's Services")
        self.mode = mode
        self.src = []
        self.y = Hh - 50
        self.n = 0
        self.header, self.title = header, title
        self.page = 1
        self._head()

    def _head(self):
        c = self.c
        c.setFont("DejaVuB", 9)
        c.drawString(40, Hh - 28, "OFFICIAL-SENSITIVE")
        c.setFont("DejaVu", 8)
        c.drawRightString(W - 40, Hh - 28, self.header)
        self.src += ["OFFICIAL-SENSITIVE", self.header]
        if self.page == 1:
            c.setFont("DejaVuB", 14)
            c.drawString(40, Hh - 58, self.title)
            self.src.append(self.title)
            self.y = Hh - 85
        else:
            self.y = Hh - 50

    def need(self, h):
        if self.y - h < 60:
            self.c.setFont("DejaVu", 7)
            self.c.drawCentredString(W / 2, 30, "Page %d" % self.page)
            self.c.showPage()
            self.page += 1
            self._head()

    def section(self, text):
        self.need(30)
        c = self.c
        c.setFillColor(HexColor("#1F3864"))
        c.rect(40, self.y - 4, W - 80, 16, fill=1, stroke=0)
        c.setFillColor(white)
        c.setFont("DejaVuB", 10)
        c.drawString(44, self.y, text)
        c.setFillColor(black)
        self.src.append(text)
        self.y -= 26

    def _flat(self, part):
        return self.mode.startswith("flat") or (self.mode == "mixed" and part == "top")

    def text(self, label, value, part="body"):
        self.need(22)
        c = self.c
        c.setFont("DejaVu", 9)
        c.drawString(44, self.y, label)
        self.src.append(label)
        self.n += 1
        if self._flat(part):
            c.drawString(200, self.y, value)
            c.line(198, self.y - 3, W - 44, self.y - 3)
            self.src += [value, label + " " + value]
        else:
            c.acroForm.textfield(name="txt%02d_%s" % (self.n, label.split()[0].lower().strip(":")), value=value,
                                 x=198, y=self.y - 5, width=W - 242, height=16, fontName="Helvetica",
                                 fontSize=9, borderWidth=0.5, fillColor=HexColor("#EEF3FA"))
            self.src.append(value)
        self.y -= 22

    def choice(self, label, value, options, part="body"):
        self.need(22)
        c = self.c
        c.setFont("DejaVu", 9)
        c.drawString(44, self.y, label)
        self.src.append(label)
        self.n += 1
        if self._flat(part):
            c.drawString(200, self.y, value + "  \u25BE")
            c.rect(198, self.y - 5, 220, 16)
            self.src.append(value)
        else:
            c.acroForm.choice(name="dd%02d_%s" % (self.n, label.split()[0].lower()), value=value, options=options,
                              x=198, y=self.y - 5, width=220, height=16, fontName="Helvetica", fontSize=9,
                              fieldFlags="combo", borderWidth=0.5)
            self.src.append(value)
        self.y -= 22

    def radio(self, label, group, options, selected, part="body"):
        """options: [(export, caption)]; selected: export or None (none chosen)"""
        self.need(20 + 18 * len(options))
        c = self.c
        c.setFont("DejaVuB", 9)
        c.drawString(44, self.y, label)
        self.src.append(label)
        self.y -= 18
        for exp, cap in options:
            c.setFont("DejaVu", 9)
            if self.mode == "flat-glyph":
                c.drawString(60, self.y, ("\u25C9" if exp == selected else "\u25CB") + "  " + cap)
                self.src.append(cap)
            elif self.mode == "flat-vector":
                c.circle(65, self.y + 3, 5, stroke=1, fill=0)
                if exp == selected:
                    c.circle(65, self.y + 3, 2.5, stroke=0, fill=1)
                c.drawString(76, self.y, cap)
                self.src.append(cap)
            else:
                c.acroForm.radio(name=group, value=exp, selected=(exp == selected), x=58, y=self.y - 3,
                                 size=12, buttonStyle="circle", borderWidth=0.8, shape="circle")
                c.drawString(76, self.y, cap)
                self.src.append(cap)
            self.y -= 18
        self.y -= 6

    def multiline(self, label, value, height=None):
        lines = []
        for para in value.split("\n"):
            lines += textwrap.wrap(para, 95) or [""]
        h = height or (14 + 11 * len(lines))
        self.need(h + 22)
        c = self.c
        c.setFont("DejaVuB", 9)
        c.drawString(44, self.y, label)
        self.src.append(label)
        self.y -= 8
        self.n += 1
        if self.mode.startswith("flat"):
            c.rect(44, self.y - h, W - 88, h)
            t = c.beginText(48, self.y - 12)
            t.setFont("DejaVu", 8.5)
            t.setLeading(11)
            for ln in lines:
                t.textLine(ln)
            c.drawText(t)
        else:
            c.acroForm.textfield(name="ml%02d_%s" % (self.n, label.split()[0].lower()), value=value, x=44,
                                 y=self.y - h, width=W - 88, height=h, fontName="Helvetica", fontSize=8,
                                 fieldFlags="multiline", borderWidth=0.5, fillColor=HexColor("#EEF3FA"))
        for para in value.split("\n"):
            if para.strip():
                self.src.append(para)
        self.y -= h + 16

    def bytes(self):
        self.c.setFont("DejaVu", 7)
        self.c.drawCentredString(W / 2, 30, "Page %d" % self.page)
        self.c.save()
        return self.buf.getvalue()


def send(name, frm, subject, sent, note, form, fname, label, seed):
    m = MIMEMultipart("mixed")
    m.attach(text_part(note))
    attach_bytes(m, form.bytes(), fname, "application", "pdf")
    msg_headers(m, frm, TO, subject, sent, trace=headers(frm.split("<")[-1].rstrip(">"), sent, seed=seed),
                extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    label["source_texts"] = form.src + lines_of(note) + [subject, fname]
    write_case(name, m, label)


KINDS = ["Initial CPC", "Review CPC", "Pre-birth ICPC", "Transfer In CPC"]
CATS = ["Neglect", "Physical abuse", "Emotional abuse", "Sexual abuse", "Multiple"]
RADIO = [("Required", "Police attendance required"), ("Report", "Written report sufficient")]


def std(f, kind, date, time, venue, ref, chair, sw, cat, part="top"):
    f.section("1. Conference details")
    f.choice("Type of conference", kind, KINDS, part)
    f.text("Date of conference", date, part)
    f.text("Time", time, part)
    f.text("Venue", venue, part)
    f.text("Case reference", ref, part)
    f.text("Chair", chair, part)
    f.text("Social worker", sw, part)
    f.choice("Category", cat, CATS, part)


def family(f, kids_, adults, part="top"):
    f.section("2. Child(ren)")
    for i, (n, d) in enumerate(kids_, 1):
        f.text("Child %d name / DOB" % i, "%s  -  %s" % (n, d), part)
    f.section("3. Parents / carers / significant adults")
    for i, (n, r) in enumerate(adults, 1):
        f.text("Adult %d (relationship)" % i, "%s (%s)" % (n, r), part)


def case01():
    f = PdfForm("live", "Wakefield Council - Safeguarding and Review Unit - Form SRU/BK/7", "Child Protection Conference Booking Form")
    std(f, "Initial CPC", "16/12/2026", "10:00", "Wakefield One, Room 1.07 + Teams", "CD662904", "Yasmin Okafor", "Ben Hargreaves", "Sexual abuse")
    family(f, [("Sofia Lisowska", "03/08/2015")], [("Agnieszka Lisowska", "mother"), ("Tomasz Lisowski", "father"), ("Piotr Lisowski", "paternal uncle, lives at the address")])
    f.section("4. Reason for conference")
    f.multiline("Reason / concerns", "Sofia disclosed to her mother on 30/11/2026 that her uncle Piotr, who lives with the family, had touched her private parts on several occasions.\nA joint section 47 investigation with West Yorkshire Police is under way. Piotr Lisowski was arrested on 02/12/2026, interviewed and released under investigation. Sofia's ABE interview is arranged for 09/12/2026. He is staying with a friend in Ossett pending the outcome.")
    f.section("5. West Yorkshire Police")
    f.radio("Police involvement at conference (select one)", "police_request", RADIO, "Required")
    note = "Good morning\n\nBooking form attached (fillable PDF) for the LISOWSKA ICPC on 16/12.\n\nKind regards\nBen Hargreaves\nSocial Worker, Wakefield North Team"
    send("J-49-01-wakefield-icpc-acroform-radio-current-investigation", "Ben Hargreaves <ben.hargreaves@wakefield.gov.uk>",
         "ICPC 16/12/2026 - LISOWSKA - booking form", london(2026, 12, 7, 9, 5), note, f, "SRU-BK7 LISOWSKA.pdf", dict(
             district="wakefield", kind="initial", date="2026-12-16", time="10:00", police_attendance_requested=True,
             harm_categories=["sexual"], children=kids(("Sofia Lisowska", "2015-08-03")),
             adults=["Agnieszka Lisowska", "Tomasz Lisowski", "Piotr Lisowski"], criteria=["current_investigation"],
             decision="attend", flags_required=[],
             tags=["pdf-acroform-radio", "pdf-choice-field", "pdf-multiline-field", "live-fields", "rui", "abe-pending", "tick-attend"],
             notes="joint s47, arrest, RUI and ABE pending (Wakefield item 1); radio group export value Required"), 4901)


def case02():
    f = PdfForm("live", "Leeds City Council | Integrated Safeguarding Unit | ISU-RCPC-03", "Review Child Protection Conference - Agency Request")
    std(f, "Review CPC", "05/01/2027", "13:30", "Merrion House / MS Teams", "MOS-733581", "Catherine Ndlovu", "Aled Pryce", "Physical abuse")
    family(f, [("Reuben Dacosta-Wilde", "22/01/2012"), ("Kezia Dacosta-Wilde", "30/07/2014")],
           [("Simone Wilde", "mother"), ("Andre Dacosta", "father")])
    f.section("4. Progress and agency involvement")
    f.multiline("Progress since last conference", "Reuben and Kezia have remained at home with mum. Mr Dacosta is having supervised contact at the family centre.\nDC Ahmed Rashid (Leeds Safeguarding Unit) is a member of the core group and attends core group meetings; police actions in the plan include the home safety visit completed on 20/11/2026.")
    f.section("5. Police")
    f.radio("Attendance", "police_request", RADIO, "Report")
    note = "Hi,\nPlease see attached RCPC request.\nKind regards\nISU | Leeds City Council"
    send("J-49-02-leeds-rcpc-acroform-radio-core-group", "Leeds ISU <isu.reviews@leeds.gov.uk>",
         "RCPC 05.01.2027 DACOSTA-WILDE", london(2026, 12, 14, 14, 40), note, f, "ISU-RCPC-03_DACOSTA-WILDE.pdf", dict(
             district="leeds", kind="review", date="2027-01-05", time="13:30", police_attendance_requested=False,
             harm_categories=["physical"], children=kids(("Reuben Dacosta-Wilde", "2012-01-22"), ("Kezia Dacosta-Wilde", "2014-07-30")),
             adults=["Simone Wilde", "Andre Dacosta"], criteria=["core_group_member"], decision="attend", flags_required=[],
             tags=["pdf-acroform-radio", "pdf-choice-field", "live-fields", "review", "core-group", "tick-report", "christmas-in-notice"],
             notes="review with a police officer in the core group (Leeds §4.8) -> attend although the radio says written report (tickbox_conflict); notice counted over the bank holidays"), 4902)


def case03():
    f = PdfForm("flat-glyph", "Calderdale MBC - Children & Young People's Services", "Child Protection Conference Request (flattened copy)")
    std(f, "Initial CPC", "07/01/2027", "09:30", "Halifax Town Hall, Room 11", "LCS 1199302", "Mohammed Younis", "Kirsty Ambler", "Sexual abuse")
    family(f, [("Destiny Horsfall", "11/11/2010")], [("Leanne Horsfall", "mother"), ("Gareth Horsfall", "father")])
    f.section("4. Concerns")
    f.multiline("Reason for conference", "Destiny has been missing from home on 7 occasions since September, twice overnight, and has been seen in cars with older men in Halifax town centre. A CSE risk assessment on 10/12/2026 concluded she is at significant risk of child sexual exploitation. Her parents are supportive and report every missing episode.")
    f.section("5. Police")
    f.radio("Police attendance", "police_request", RADIO, "Required")
    note = """Dear CPPU

Attached ICPC request for HORSFALL. The form was printed to PDF so the boxes are fixed, sorry.

Thanks
Kirsty Ambler
Social Worker, Calderdale Council"""
    send("J-49-03-calderdale-icpc-flattened-glyph-radio-cse", "Kirsty Ambler <kirsty.ambler@calderdale.gov.uk>",
         "ICPC request HORSFALL 07.01.27", london(2026, 12, 16, 15, 22), note, f, "ICPC request HORSFALL.pdf", dict(
             district="calderdale", kind="initial", date="2027-01-07", time="09:30", police_attendance_requested=True,
             harm_categories=["sexual"], children=kids(("Destiny Horsfall", "2010-11-11")),
             adults=["Leanne Horsfall", "Gareth Horsfall"], criteria=["child_sexual_exploitation"], decision="discuss", flags_required=[],
             tags=["pdf-flattened", "radio-glyph", "cse", "calderdale-cse-discuss", "tick-attend"],
             notes="Calderdale: CSE is not in its attend list -> discuss (POLICY choice); radios flattened to ◉/○ glyphs"), 4903)


def case04():
    f = PdfForm("mixed", "Kirklees Council - Child Protection & Reviewing Service - CPRS1", "Child Protection Conference Booking Form")
    std(f, "Initial CPC", "18/01/2027", "10:00", "Civic Centre 3, Huddersfield", "KIR-0871123", "Helen Sowden", "Joseph Mensah", "Neglect")
    family(f, [("Tyler-James Woodhead", "04/04/2009"), ("Courtney Woodhead", "19/09/2011"), ("Bradley Woodhead", "07/12/2013"),
               ("Skye Woodhead", "25/02/2016"), ("Ronnie Woodhead", "30/06/2019"), ("Ivy Woodhead", "12/10/2024")],
           [("Michelle Woodhead", "mother"), ("Darren Woodhead", "father"), ("Pauline Woodhead", "paternal grandmother, lives with family")])
    f.section("4. Concerns")
    f.multiline("Reason for conference", "On 29/12/2026 Ivy (2) was admitted to Huddersfield Royal Infirmary malnourished and dehydrated. The home had no working heating or food and the older children had been caring for the younger ones for several days while the parents were away.\nWest Yorkshire Police (Kirklees Safeguarding Unit) are actively investigating both parents for wilful neglect / child cruelty under s1 Children and Young Persons Act 1933. Both were interviewed on 05/01/2027 and remain under investigation.")
    f.section("5. West Yorkshire Police")
    f.radio("Police", "police_request", RADIO, "Required")
    note = "Please find attached a booking form for an ICPC (6 children). Top section is locked, rest fillable.\n\nJoseph Mensah, Social Worker, Kirklees Council"
    send("J-49-04-kirklees-icpc-acroform-mixed-wilful-neglect-large-family", "Joseph Mensah <joseph.mensah@kirklees.gov.uk>",
         "ICPC - WOODHEAD family - 18/01/2027", london(2027, 1, 8, 11, 31), note, f, "CPRS1 WOODHEAD.pdf", dict(
             district="kirklees", kind="initial", date="2027-01-18", time="10:00", police_attendance_requested=True,
             harm_categories=["neglect"], children=kids(("Tyler-James Woodhead", "2009-04-04"), ("Courtney Woodhead", "2011-09-19"),
                                                        ("Bradley Woodhead", "2013-12-07"), ("Skye Woodhead", "2016-02-25"),
                                                        ("Ronnie Woodhead", "2019-06-30"), ("Ivy Woodhead", "2024-10-12")),
             adults=["Michelle Woodhead", "Darren Woodhead", "Pauline Woodhead"], criteria=["wilful_neglect_investigation"],
             decision="attend", flags_required=[],
             tags=["pdf-acroform-radio", "partly-flattened", "large-family", "wilful-neglect", "tick-attend"],
             notes="Kirklees (Wakefield rules): police actively investigating wilful neglect (item 3); six children; top section flattened, the rest live fields"), 4904)


def case05():
    f = PdfForm("live", "City of Bradford MDC - Children's Social Care", "Child Protection Conference Booking Request")
    std(f, "Initial CPC", "20/01/2027", "14:00", "Britannia House, Room G3", "LCS 2230115", "Nasreen Aslam", "Oliver Whitworth", "Emotional abuse")
    family(f, [("Ayaan Hussain", "15/05/2017"), ("Mariam Hussain", "09/09/2020")],
           [("Shazia Kauser", "mother"), ("Imran Hussain", "father")])
    f.section("4. Concerns")
    f.multiline("Reason for conference", "Ayaan told his teacher that his dad shouts and throws things at mum and that he hides upstairs with Mariam. Ms Kauser has described years of controlling behaviour and two incidents in which Mr Hussain pushed her.\nMs Kauser has never reported any of this to the police and there has been no police involvement with the family. She has agreed to work with Staying Put.")
    f.section("5. West Yorkshire Police")
    f.radio("Police (select one)", "police_request", RADIO, None)
    note = "Booking request attached - HUSSAIN/KAUSER.\n\nOliver Whitworth | Social Worker | Bradford Children's Social Care"
    send("J-49-05-bradford-icpc-acroform-no-radio-unreported-da", "Oliver Whitworth <oliver.whitworth@bradford.gov.uk>",
         "CP conference booking - HUSSAIN - 20/01", london(2027, 1, 12, 16, 48), note, f, "Booking request HUSSAIN.pdf", dict(
             district="bradford", kind="initial", date="2027-01-20", time="14:00", police_attendance_requested=None,
             harm_categories=["emotional"], children=kids(("Ayaan Hussain", "2017-05-15"), ("Mariam Hussain", "2020-09-09")),
             adults=["Shazia Kauser", "Imran Hussain"], criteria=[], decision="report_only", flags_required=["tickbox_ambiguous"],
             tags=["pdf-acroform-radio", "radio-none-selected", "tick-neither", "da-never-reported"],
             notes="Bradford (Wakefield rules): domestic abuse never reported to police, no police involvement -> no criterion; radio group left empty -> ambiguous -> report only"), 4905)


def case06():
    f = PdfForm("live", "Wakefield Council - Safeguarding and Review Unit - Form SRU/BK/7", "Child Protection Conference Booking Form")
    std(f, "Initial CPC", "29/01/2027", "11:00", "Wakefield One, Room 2.04", "CD702255", "Yasmin Okafor", "Dominic Farrar", "Emotional abuse")
    family(f, [("Bella-Rose Goodall", "18/03/2016")], [("Kayleigh Goodall", "mother"), ("Shaun Goodall", "father")])
    f.section("4. Reason for conference")
    f.multiline("Reason / concerns", "Parental substance misuse and emotional harm: Bella-Rose has been late or absent 40% of sessions and describes frequent arguments at home.\nMr Goodall's brother is a registered sex offender who lives in Hull; he has had no contact with the family for over five years and is not associated with the household. There is no current police investigation.")
    f.section("5. West Yorkshire Police")
    f.radio("Police involvement at conference (select one)", "police_request", RADIO, "Required")
    note = "Hi - booking form attached for GOODALL. Sorry for the short notice, the ICPC had to be brought forward.\nDominic"
    send("J-49-06-wakefield-icpc-acroform-rso-elsewhere-late", "Dominic Farrar <dominic.farrar@wakefield.gov.uk>",
         "URGENT ICPC GOODALL Fri 29/01", london(2027, 1, 25, 15, 10), note, f, "SRU-BK7 GOODALL.pdf", dict(
             district="wakefield", kind="initial", date="2027-01-29", time="11:00", police_attendance_requested=True,
             harm_categories=["emotional"], children=kids(("Bella-Rose Goodall", "2016-03-18")),
             adults=["Kayleigh Goodall", "Shaun Goodall"], criteria=[], decision="discuss", flags_required=[],
             tags=["pdf-acroform-radio", "rso-elsewhere-no-link", "late-notice", "tick-attend"],
             notes="the RSO is a relative in Hull with no association with the household -> no criterion; radio asks for police -> discuss; 4 working days' notice (late)"), 4906)


def case07():
    f = PdfForm("flat-vector", "Leeds City Council | Integrated Safeguarding Unit | ISU-ICPC-01", "Request for Initial Child Protection Conference")
    std(f, "Initial CPC", "15/01/2027", "09:30", "Microsoft Teams", "MOS-811047", "Philip Oduro", "Laura Bentley", "Neglect")
    family(f, [("Frankie Moorhouse", "08/11/2021")], [("Jodie Moorhouse", "mother")])
    f.section("4. Concerns")
    f.multiline("Reason for requesting conference", "On 06/01/2027 police officers attending a report of a disturbance found Frankie alone in the flat at 11pm; Ms Moorhouse returned intoxicated two hours later. Frankie was placed under police protection (s46 Children Act 1989) and spent the night with emergency foster carers. He returned home on 08/01/2027 under a written agreement.")
    f.section("5. Police")
    f.radio("Police attendance", "police_request", RADIO, "Report")
    note = "Morning, ICPC request attached. Conference is this Friday - apologies for the short notice.\nISU Leeds"
    send("J-49-07-leeds-icpc-flattened-vector-radio-police-protection-late", "ISU Conferences <isu.conferences@leeds.gov.uk>",
         "ICPC request MOORHOUSE - Fri 15/01/2027", london(2027, 1, 11, 8, 20), note, f, "ISU-ICPC-01 MOORHOUSE.pdf", dict(
             district="leeds", kind="initial", date="2027-01-15", time="09:30", police_attendance_requested=False,
             harm_categories=["neglect"], children=kids(("Frankie Moorhouse", "2021-11-08")),
             adults=["Jodie Moorhouse"], criteria=["police_protection"], decision="attend", flags_required=[],
             tags=["pdf-flattened", "radio-vector-only", "police-protection", "late-notice", "tick-report"],
             notes="child placed under police protection (Leeds item 4) -> attend; the radio (drawn as a filled dot, no text) marks written report -> tickbox_conflict; 4 working days' notice (late)"), 4907)


if __name__ == "__main__":
    for fn in (case01, case02, case03, case04, case05, case06, case07):
        fn()
