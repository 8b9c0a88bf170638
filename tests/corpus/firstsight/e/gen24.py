"""Layout 24: reportlab PDF with a two-column first page (label/value pairs and the reason flow in two
Frames), professionals table, then a family/household table that runs over two pages with a repeated
header row. The police request is an AcroForm radio group or a choice (dropdown) field."""
import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

from lib import all_texts, london, make_label, new_message, write_case

CASES = []
PW, PH = A4
ADMIN = [("Parents informed of the conference", "Yes"), ("Advocacy offered to parents", "Yes - details with the chair"),
         ("Child's views", "To be gathered by the social worker before the conference"), ("Exclusions requested", "None"),
         ("Access or mobility needs", "None known"), ("Lead agency", "Children's Social Care"),
         ("Reports to", "Conference chair, by secure email"), ("Minutes and plan", "Circulated to all invited agencies"),
         ("Core group", "First core group within 10 working days if a plan is made")]
GUIDANCE = [
    "This form is sent to every agency invited to the conference. Each agency is asked to provide a written report to the chair, "
    "to share it with the family where it is safe to do so, and to bring any information that cannot be shared as a confidential addendum.",
    "Reports should be written using the Signs of Safety headings: what are we worried about, what is working well, and what needs to happen.",
    "Personal information on this form is processed under the Children Act 1989 and the Children Act 2004 for the purpose of safeguarding children. "
    "It must be stored securely, shared only with those who need it and must not be forwarded outside your organisation without the agreement of the chair.",
    "If you are unable to attend, please tell the Conference Support Team as early as possible and send your report no later than the date requested. "
    "Where a family member is to be excluded from part of the conference, the chair will write to them in advance.",
    "Interpreters, advocacy and access arrangements are booked by the Conference Support Team on the basis of the information in Section E.",
]
ST = ParagraphStyle("b", fontName="Helvetica", fontSize=9.5, leading=12)
LB = ParagraphStyle("l", fontName="Helvetica-Bold", fontSize=9.5, leading=12, spaceBefore=5)
H2 = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=8, spaceAfter=4,
                    textColor=colors.HexColor("#1F3864"))
CELL = ParagraphStyle("c", fontName="Helvetica", fontSize=8.5, leading=10.5)
CELLB = ParagraphStyle("cb", fontName="Helvetica-Bold", fontSize=8.5, leading=10.5)


def case(f):
    CASES.append(f)
    return f


class PoliceRequest(Flowable):
    """AcroForm radio group or dropdown placed in the flow."""

    def __init__(self, kind, selected, options=("Attendance required", "Written report only")):
        super().__init__()
        self.kind, self.selected, self.options = kind, selected, options
        self.width, self.height = 80 * mm, 22 * mm

    def draw(self):
        c = self.canv
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(0, self.height - 10, "West Yorkshire Police request:")
        c.setFont("Helvetica", 9.5)
        if self.kind == "radio":
            for i, opt in enumerate(self.options):
                y = self.height - 28 - i * 16
                c.acroForm.radio(name="PoliceRequest", value="".join(w.capitalize() for w in opt.split()), selected=(opt == self.selected),
                                 x=2, y=y, size=11, buttonStyle="circle", borderWidth=1, relative=True,
                                 tooltip="Police request")
                c.drawString(18, y + 2, opt)
        else:
            c.acroForm.choice(name="PoliceRequest", value=self.selected or " ", options=[" "] + list(self.options),
                              x=2, y=self.height - 36, width=62 * mm, height=15, fontSize=9, relative=True,
                              tooltip="Police request (select)", fieldFlags="combo")


def header_footer(c_spec):
    def draw(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica-Bold", 9)
        canv.drawCentredString(PW / 2, PH - 12 * mm, "OFFICIAL-SENSITIVE")
        canv.drawCentredString(PW / 2, 9 * mm, "OFFICIAL-SENSITIVE")
        canv.setFont("Helvetica-Bold", 13)
        canv.drawString(18 * mm, PH - 22 * mm, c_spec["council"])
        canv.setFont("Helvetica", 10)
        canv.drawString(18 * mm, PH - 28 * mm, c_spec["title"])
        canv.drawRightString(PW - 18 * mm, PH - 28 * mm, f"Page {doc.page}")
        canv.setStrokeColor(colors.HexColor("#1F3864"))
        canv.line(18 * mm, PH - 31 * mm, PW - 18 * mm, PH - 31 * mm)
        canv.restoreState()
    return draw


def pdf(c) -> bytes:
    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=A4, title=c["title"], author=c["council"])
    top, bottom = PH - 34 * mm, 15 * mm
    colw = (PW - 36 * mm - 8 * mm) / 2
    two = PageTemplate("two", [Frame(18 * mm, bottom, colw, top - bottom, id="L"),
                               Frame(18 * mm + colw + 8 * mm, bottom, colw, top - bottom, id="R")],
                       onPage=header_footer(c))
    one = PageTemplate("one", [Frame(18 * mm, bottom, PW - 36 * mm, top - bottom, id="F")], onPage=header_footer(c))
    doc.addPageTemplates([two, one])
    story = [Paragraph("Section A - Conference details", H2)]
    for label, value in c["details"] + ADMIN:
        story += [Paragraph(label, LB), Paragraph(value, ST)]
    story.append(Paragraph("Section B - Reason for conference", H2))
    for p in c["reason"]:
        story += [Paragraph(p, ST), Spacer(1, 4)]
    story.append(Paragraph("Section D - Police", H2))
    story.append(PoliceRequest(c["police_kind"], c["police"]))
    story += [NextPageTemplate("one"), PageBreak()]
    story.append(Paragraph("Guidance for agencies", H2))
    for g in GUIDANCE:
        story += [Paragraph(g, ST), Spacer(1, 3)]
    story.append(Spacer(1, c.get("pad", 0) * mm))
    story.append(Paragraph("Section C - Professionals invited", H2))
    prof = [[Paragraph(h, CELLB) for h in ("Name", "Role", "Agency", "Contact")]] + \
           [[Paragraph(x, CELL) for x in r] for r in c["professionals"]]
    t = Table(prof, colWidths=[40 * mm, 40 * mm, 55 * mm, 39 * mm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Paragraph("Section E - Family and household (all children and adults)", H2)]
    fam = [[Paragraph(h, CELLB) for h in ("Name", "Role / relationship", "Date of birth", "Address", "Notes")]] + \
          [[Paragraph(x, CELL) for x in r] for r in c["family"]]
    t = Table(fam, colWidths=[32 * mm, 32 * mm, 22 * mm, 42 * mm, 46 * mm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Spacer(1, 8)]
    for s in c.get("footer", []):
        story.append(Paragraph(s, ST))
    doc.build(story)
    return buf.getvalue()


def spanning_pdf(c) -> bytes:
    """Pad the space above Section E until the family table starts on one page and runs onto the next
    (header row repeated), with at least two family rows on the first of those pages."""
    import pdfplumber
    for pad in range(0, 240, 4):
        c["pad"] = pad
        data = pdf(c)
        with pdfplumber.open(io.BytesIO(data)) as doc:
            pages = [p.extract_text() or "" for p in doc.pages]
        with_header = [i for i, t in enumerate(pages) if "Role / relationship" in t]
        if len(with_header) >= 2:
            first = pages[with_header[0]]
            if sum(r[0] in first for r in c["family"]) >= 2:
                return data
    raise SystemExit("could not make the family table span two pages")


def build(name, c, label_kw):
    msg = new_message(frm=c["from"], subject=c["subject"], sent=c["sent"], received=c["received"],
                      sender_host=c["host"], dmarc_domain=c["domain"])
    msg.set_content(c["note"])
    data = spanning_pdf(c)
    msg.add_attachment(data, maintype="application", subtype="pdf", filename=c["filename"])
    extra = [v for _, v in c["details"] + ADMIN] + [f"{k} {v}" for k, v in c["details"] + ADMIN] + list(c["reason"]) + \
            [x for r in c["professionals"] + c["family"] for x in r] + list(c.get("footer", []))
    lab = make_label(received=c["received"], source_texts=all_texts(msg) + extra, **label_kw)
    write_case(name, msg, lab)


LONG_ADDR = {
    "w": "14 Lupset Crescent, Wakefield WF2 8QT",
}


def pad_family(rows):
    return rows


@case
def c01():
    addr = "14 Lupset Crescent, Wakefield WF2 8QT"
    c = {"council": "Wakefield Council - Children and Young People's Service",
         "title": "Child Protection Conference Booking Form (Safeguarding and Review Unit)",
         "details": [("Type of conference", "Initial Child Protection Conference"), ("Date of conference", "Tuesday 1 December 2026"),
                     ("Time", "10.00am"), ("Venue", "Wakefield One, Burton Street, Wakefield"), ("Conference Chair", "Rizwana Akhtar"),
                     ("Allocated social worker", "Dominic Sykes"), ("Team manager", "Ruth Oldroyd"), ("CareDirector ID", "CD729334"),
                     ("Category", "Sexual abuse (risk of)"), ("Date of strategy discussion", "17/11/2026")],
         "reason": ["The children's maternal grandfather, Brian Moss, visits the home daily and regularly babysits. "
                    "He is managed under MAPPA Category 1 following his 2018 conviction for sexual assault of a child, and Ms Moss has allowed unsupervised contact.",
                    "Ms Moss says she did not know the conditions of his licence. Mr Ahmed was not aware of the conviction."],
         "police_kind": "radio", "police": "Written report only",
         "professionals": [["Dominic Sykes", "Social worker", "Wakefield Council", "01924 302211"],
                           ["Ruth Oldroyd", "Team manager", "Wakefield Council", "01924 302200"],
                           ["Joanne Bell", "Health visitor", "Mid Yorkshire Teaching NHS Trust", "01924 541000"],
                           ["Sarah Lodge", "DSL", "Lupset Primary Academy", "01924 303480"],
                           ["Nursery manager", "Key worker", "Tiny Steps Nursery", "01924 780112"],
                           ["Dr A. Qureshi", "GP", "Lupset Health Centre", "01924 783900"],
                           ["Probation officer", "Offender manager", "Probation Service", "-"],
                           ["Child Safeguarding Unit", "Police", "West Yorkshire Police", "-"]],
         "family": [["Lily Moss", "Subject child", "05/05/2014", addr, "Year 8 at Wakefield City Academy. Says grandad picks her up from school on Fridays."],
                    ["Jack Moss", "Subject child", "09/09/2016", addr, "Year 5. Diagnosis of ADHD; medication reviewed by paediatrician in October 2026."],
                    ["Poppy Moss-Ahmed", "Subject child", "12/01/2022", addr, "Attends Tiny Steps Nursery three days a week; up to date with immunisations."],
                    ["Kerry Moss", "Mother", "19/02/1991", addr, "Works part-time at a supermarket; Brian Moss babysits during her shifts."],
                    ["Sajid Ahmed", "Mother's partner; father of Poppy", "28/08/1989", addr, "Lives in the household; works nights as a delivery driver."],
                    ["Brian Moss", "Maternal grandfather", "03/03/1956", "7 Snapethorpe Road, Wakefield WF2 8AA", "Visits daily and babysits. MAPPA Category 1."],
                    ["Eileen Moss", "Maternal grandmother", "11/06/1958", "7 Snapethorpe Road, Wakefield WF2 8AA", "Supportive of Kerry; unwell and housebound."],
                    ["Darren Moss", "Father of Lily and Jack", "01/12/1988", "Address not known (believed Doncaster)", "No contact with the children since 2019; parental responsibility."],
                    ["Nazia Ahmed", "Paternal grandmother of Poppy", "15/05/1962", "22 Belle Vue Road, Wakefield WF1 5LY", "Offers regular support with childcare at weekends."]],
         "footer": ["Completed by: Dominic Sykes, 20/11/2026", "Authorised by: Ruth Oldroyd, Team Manager"],
         "from": "Safeguarding and Review Unit <sgru.bookings@wakefield.gov.uk>", "host": "mail1.wakefield.gov.uk",
         "domain": "wakefield.gov.uk", "subject": "ICPC 01/12/2026 - MOSS - CD729334",
         "sent": london(2026, 11, 24, 8, 30), "received": london(2026, 11, 24, 8, 34), "filename": "CD729334 booking form.pdf",
         "note": ("Good morning,\n\nPlease find attached the booking form for the Moss family ICPC. The police request is shown in Section D.\n\n"
                  "Kind regards\n\nJoanne Priestley\nSafeguarding and Review Unit\nWakefield Council\nTel: 01924 305512")}
    build("e-24-01-wakefield-icpc-2col-mappa1-radio-conflict", c, dict(
        district="wakefield", kind="initial", pre_birth=False, date="2026-12-01", time="10:00", tick=False,
        harm=["sexual"], children=[("Lily Moss", "2014-05-05"), ("Jack Moss", "2016-09-09"), ("Poppy Moss-Ahmed", "2022-01-12")],
        adults=["Kerry Moss", "Sajid Ahmed", "Brian Moss", "Eileen Moss", "Darren Moss", "Nazia Ahmed"],
        criteria=["registered_sex_offender"], decision="attend", required=["tickbox_conflict"],
        tags=["pdf-two-column", "table-over-pages", "acroform-radio", "district-wakefield", "initial", "tick-report", "mappa-cat1-rso", "tickbox-conflict", "name-is-word"],
        notes="Wakefield ICPC: grandfather under MAPPA Category 1 (= RSO) visits daily and babysits -> registered_sex_offender (W7) -> attend; radio 'Written report only' -> tickbox_conflict. Notice exactly 5 WD."))


@case
def c02():
    addr = "31 Cornwall Road, Bradford BD8 7JN"
    c = {"council": "City of Bradford MDC - Children's Social Care",
         "title": "Pre-birth and Initial Child Protection Conference - Booking Form",
         "details": [("Type of conference", "Pre-birth Initial Child Protection Conference (with sibling ICPC)"), ("Date", "14/12/2026"),
                     ("Time", "1.00pm"), ("Venue", "Britannia House, Hall Ings, Bradford"), ("Chair", "Angela Brook"),
                     ("Social worker", "Joseph Mensah"), ("Liquidlogic ID", "2231907 / 2231908"), ("Expected date of delivery", "02/04/2027"),
                     ("Category", "Physical abuse"), ("Interpreter", "Bengali (Sylheti) - booked")],
         "reason": ["On 25/11/2026 Yasin (7) was seen at A&E with a fractured arm. Mr Rahman was arrested on 26/11/2026 on suspicion of causing grievous bodily harm to Yasin and is on police bail.",
                    "A joint section 47 enquiry with the police is ongoing and Yasin's ABE interview is planned. Yasin is staying with his maternal grandmother by agreement; police protection was not used.",
                    "Ms Begum is 23 weeks pregnant and remains in a relationship with Mr Rahman."],
         "police_kind": "choice", "police": "Attendance required",
         "professionals": [["Joseph Mensah", "Social worker", "Bradford Children's Social Care", "01274 431010"],
                           ["Fatima Zahra", "Specialist midwife", "Bradford Teaching Hospitals", "01274 542200"],
                           ["Class teacher", "Teacher", "Lister Primary School", "01274 543210"],
                           ["Dr P. Kaur", "Consultant paediatrician", "Bradford Royal Infirmary", "01274 542200"],
                           ["Bradford Safeguarding Unit", "Police (OIC DC Jowett)", "West Yorkshire Police", "-"],
                           ["Health visitor", "0-19 service", "Bradford District Care Trust", "01274 221223"]],
         "family": [["Unborn baby Rahman", "Unborn child (subject)", "EDD 02/04/2027", addr, "Pre-birth assessment started 30/11/2026."],
                    ["Yasin Rahman", "Subject child", "06/06/2019", "c/o 58 Whetley Lane, Bradford BD8 9HA", "Staying with maternal grandmother by agreement since 26/11/2026; fractured left arm."],
                    ["Shirin Begum", "Mother", "14/04/2003", addr, "23 weeks pregnant; first language Sylheti."],
                    ["Abdul Rahman", "Father", "30/10/1997", "Bail address: 12 Carlisle Road, Bradford BD8 8AD", "Bail conditions: no contact with Yasin; not to attend 31 Cornwall Road."],
                    ["Rashida Begum", "Maternal grandmother", "02/02/1970", "58 Whetley Lane, Bradford BD8 9HA", "Caring for Yasin; has two teenage sons at home."],
                    ["Jamal Uddin", "Maternal uncle", "19/09/2007", "58 Whetley Lane, Bradford BD8 9HA", "Lives with maternal grandmother; college student."],
                    ["Shafiq Uddin", "Maternal uncle", "07/07/2009", "58 Whetley Lane, Bradford BD8 9HA", "Lives with maternal grandmother; Year 12."],
                    ["Abdul Karim", "Paternal grandfather", "01/01/1965", "Sylhet, Bangladesh", "No involvement."]],
         "footer": ["Completed by: Joseph Mensah, 03/12/2026"],
         "from": "Bradford CP Conferences <cpconferences@bradford.gov.uk>", "host": "mail.bradford.gov.uk",
         "domain": "bradford.gov.uk", "subject": "Pre-birth / ICPC 14/12/2026 - BEGUM / RAHMAN",
         "sent": london(2026, 12, 4, 10, 10), "received": london(2026, 12, 4, 10, 12), "filename": "PB ICPC Rahman 14.12.26.pdf",
         "note": ("Dear colleague\n\nPlease find attached the booking form for a pre-birth conference, held together with an initial conference for Yasin.\n\n"
                  "Child Protection Unit\nChildren's Social Care\nCity of Bradford MDC\n01274 434343")}
    build("e-24-02-bradford-prebirth-icpc-2col-bail-dropdown-attend", c, dict(
        district="bradford", kind="initial", pre_birth=True, date="2026-12-14", time="13:00", tick=True,
        harm=["physical"], children=None,
        adults=["Shirin Begum", "Abdul Rahman", "Rashida Begum", "Jamal Uddin", "Shafiq Uddin", "Abdul Karim"],
        criteria=["current_investigation"], decision="attend", unscored=["missing_family_details"],
        tags=["pdf-two-column", "table-over-pages", "acroform-choice", "district-bradford", "pre-birth", "initial", "tick-attend", "bail", "pp-not-used", "bangladeshi-names"],
        notes="Bradford pre-birth ICPC (Wakefield rules): father on police bail for GBH to the sibling, joint s47 with police -> current_investigation -> attend. 'police protection was not used' negated. Children list not scored (unborn + sibling naming)."))


@case
def c03():
    addr = "9 Gledhow Wood Avenue, Leeds LS8 1NY"
    c = {"council": "Leeds City Council - Children and Families",
         "title": "Request for Child Protection Conference (Integrated Safeguarding Unit)",
         "details": [("Conference type", "Initial CPC"), ("Conference date", "22/12/2026"), ("Start time", "09:30"),
                     ("Location", "Merrion House, Leeds"), ("Chair", "Helen Riordan"), ("Social worker", "Bethany Lowe"),
                     ("Mosaic ID", "MOS815530"), ("Category", "Emotional abuse")],
         "reason": ["Emotional harm: the children are exposed to their father's involvement with an organised crime group and to threats made against the family at the home address.",
                    "A strategy discussion with police was held on 08/12/2026. There is no current police investigation concerning the children.",
                    "The chair, Helen Riordan, has spoken with DI Shaw of the Leeds District Safeguarding Unit and it has been agreed that police will attend the conference because of the intelligence held about threats to the family."],
         "police_kind": "choice", "police": "Attendance required",
         "professionals": [["Bethany Lowe", "Social worker", "Leeds Children and Families", "0113 378 1111"],
                           ["Helen Riordan", "Conference chair", "Integrated Safeguarding Unit", "0113 378 2222"],
                           ["DI Shaw", "Detective Inspector", "West Yorkshire Police - Leeds District Safeguarding Unit", "-"],
                           ["School nurse", "0-19 service", "Leeds Community Healthcare", "0113 843 3620"],
                           ["DSL", "Designated safeguarding lead", "Allerton High School", "0113 203 3010"]],
         "family": [["Tyrese Campbell-Nowicki", "Subject child", "03/03/2011", addr, "Year 10 at Allerton High School; has been approached near school by associates of his father."],
                    ["Kai Campbell-Nowicki", "Subject child", "21/09/2013", addr, "Year 8; anxious, sleeping poorly since the threats in November."],
                    ["Anna Nowicka", "Mother", "12/12/1987", addr, "Main carer; works as a nurse."],
                    ["Marcus Campbell", "Father", "05/06/1984", addr, "Lives in the household part of the week."],
                    ["Delroy Campbell", "Paternal grandfather", "17/04/1958", "40 Chapeltown Road, Leeds LS7 3AW", "Children stay with him when the home is unsafe."],
                    ["Irena Nowicka", "Maternal grandmother", "23/10/1960", "Krakow, Poland", "Telephone contact only."],
                    ["Shauna Campbell", "Paternal aunt", "30/08/1990", "15 Harehills Lane, Leeds LS8 5HS", "Occasional childcare."]],
         "footer": ["Completed by: Bethany Lowe, 11/12/2026"],
         "from": "Leeds ISU Conference Bookings <isu.conferencebookings@leeds.gov.uk>", "host": "mail.leeds.gov.uk",
         "domain": "leeds.gov.uk", "subject": "ICPC Request - CAMPBELL-NOWICKI - 22/12/2026",
         "sent": london(2026, 12, 14, 9, 20), "received": london(2026, 12, 14, 9, 22), "filename": "MOS815530 Conference Request.pdf",
         "note": ("Dear colleague\n\nPlease find attached a conference request. A written report is requested 24 hours prior to conference.\n\n"
                  "Regards\n\nKevin Armitage\nConference Support Officer | Integrated Safeguarding Unit | Leeds City Council\n0113 378 9921")}
    build("e-24-03-leeds-icpc-2col-negotiated-dropdown-attend", c, dict(
        district="leeds", kind="initial", pre_birth=False, date="2026-12-22", time="09:30", tick=True,
        harm=["emotional"], children=[("Tyrese Campbell-Nowicki", "2011-03-03"), ("Kai Campbell-Nowicki", "2013-09-21")],
        adults=["Anna Nowicka", "Marcus Campbell", "Delroy Campbell", "Irena Nowicka", "Shauna Campbell"],
        criteria=["negotiated_attendance"], decision="attend",
        tags=["pdf-two-column", "table-over-pages", "acroform-choice", "district-leeds", "initial", "tick-attend", "negotiated", "strategy-discussion-trap"],
        notes="Leeds ICPC: chair and DI agreed police will attend -> negotiated_attendance (L7) -> attend. Strategy discussion and 'no current police investigation' are not investigation evidence."))


@case
def c04():
    addr = "3 Pellon Lane, Halifax HX1 4AA"
    c = {"council": "Calderdale Council - Children and Young People's Services",
         "title": "Initial Child Protection Conference - Booking Form",
         "details": [("Conference type", "Initial"), ("Date", "04/12/2026"), ("Time", "10:00"), ("Venue", "Northgate House, Halifax"),
                     ("Chair", "Beverley Stansfield"), ("Social worker", "Kamran Hussain"), ("Reference", "CAL/CP/41055"),
                     ("Category", "Emotional abuse")],
         "reason": ["Domestic abuse. Ms Sutcliffe was assessed as high risk on the DASH after an incident on 14/11/2026 in which Mr Brook strangled her in front of Freya.",
                    "The case was heard at MARAC for the first time on 19/11/2026. A Domestic Violence Protection Order was granted on 20/11/2026 and is in force for 28 days; the police domestic abuse officer, PC Naylor, is working with Ms Sutcliffe.",
                    "No arrest was made and Ms Sutcliffe did not support a prosecution. Neither parent has any previous involvement with police or children's services."],
         "police_kind": "radio", "police": "Written report only",
         "professionals": [["Kamran Hussain", "Social worker", "Calderdale Council", "01422 392000"],
                           ["PC Naylor", "DA officer", "West Yorkshire Police", "-"],
                           ["IDVA", "Independent domestic violence adviser", "Calderdale Staying Safe", "01422 255600"],
                           ["Health visitor", "0-19 service", "Locala", "01422 261370"],
                           ["Nursery manager", "Early years", "Pellon Nursery", "01422 352222"]],
         "family": [["Freya Sutcliffe", "Subject child", "02/02/2018", addr, "Year 3; witnessed the incident on 14/11/2026."],
                    ["Alfie Sutcliffe", "Subject child", "17/07/2020", addr, "Attends Pellon Nursery; speech delay."],
                    ["Gemma Sutcliffe", "Mother", "26/09/1993", addr, "Victim; engaging with the IDVA."],
                    ["Lewis Brook", "Father", "08/08/1990", "No fixed abode (DVPO excludes him from 3 Pellon Lane)", "Denies the incident."],
                    ["Pauline Sutcliffe", "Maternal grandmother", "12/12/1966", "18 Gibbet Street, Halifax HX1 5BN", "Protective; children stay at weekends."],
                    ["Gordon Brook", "Paternal grandfather", "21/03/1962", "Todmorden", "Limited contact."]],
         "footer": ["Completed by: Kamran Hussain, 25/11/2026"],
         "from": "CP Administration <cp.administration@calderdale.gov.uk>", "host": "mail.calderdale.gov.uk",
         "domain": "calderdale.gov.uk", "subject": "ICPC 04.12.26 - SUTCLIFFE - CAL/CP/41055",
         "sent": london(2026, 11, 26, 14, 45), "received": london(2026, 11, 26, 14, 48), "filename": "ICPC Sutcliffe.pdf",
         "note": "Hello\n\nBooking form attached for the Sutcliffe ICPC.\n\nThank you\n\nDawn Mitchell\nCP Administration\nCalderdale Council\n01422 393311"}
    build("e-24-04-calderdale-icpc-2col-da-dvpo-radio-discuss", c, dict(
        district="calderdale", kind="initial", pre_birth=False, date="2026-12-04", time="10:00", tick=False,
        harm=["emotional"], children=[("Freya Sutcliffe", "2018-02-02"), ("Alfie Sutcliffe", "2020-07-17")],
        adults=["Gemma Sutcliffe", "Lewis Brook", "Pauline Sutcliffe", "Gordon Brook"],
        criteria=["domestic_abuse_current_involvement"], decision="discuss",
        tags=["pdf-two-column", "table-over-pages", "acroform-radio", "district-calderdale", "initial", "tick-report", "da-dvpo-marac", "name-is-word"],
        notes="Calderdale ICPC: serious DA with current police involvement (MARAC, DVPO, DA officer) -> domestic_abuse_current_involvement, which Calderdale does not list -> discuss (POLICY 2 Calderdale choice). No previous involvement stated."))


@case
def c05():
    addr = "27 Westgate, Cleckheaton BD19 5ET"
    c = {"council": "Kirklees Council - Children's Services",
         "title": "Review Child Protection Conference - Booking Form",
         "details": [("Conference type", "Review (first review)"), ("Date", "17/12/2026"), ("Time", "2.00pm"),
                     ("Venue", "Dewsbury Town Hall"), ("Chair", "Susan Kaye"), ("Social worker", "Oluwaseun Bello"),
                     ("Reference", "KC-RV-1187"), ("Date of initial conference", "17/09/2026"), ("Category", "Neglect")],
         "reason": ["Neglect. Home conditions have improved slightly but school attendance remains poor.",
                    "Significant change since the initial conference: Ms Lindley has begun a relationship with Craig Firth, who is a registered sex offender. He has been visiting the home several evenings a week.",
                    "Police are not members of the core group."],
         "police_kind": "choice", "police": "Written report only",
         "professionals": [["Oluwaseun Bello", "Social worker", "Kirklees Children's Services", "01484 456848"],
                           ["School nurse", "0-19 service", "Locala", "01484 523190"],
                           ["DSL", "Designated safeguarding lead", "Whitcliffe Mount School", "01274 335170"],
                           ["Family support worker", "Early support", "Kirklees Council", "01484 414960"]],
         "family": [["Reece Lindley", "Subject child", "04/04/2012", addr, "Year 9; attendance 71%."],
                    ["Skye Lindley", "Subject child", "12/12/2015", addr, "Year 6; attendance 83%; head lice and unwashed uniform reported by school."],
                    ["Dawn Lindley", "Mother", "20/05/1985", addr, "Main carer; not working."],
                    ["Steven Lindley", "Father", "01/07/1982", "6 Bradford Road, Batley WF17 5LW", "Contact alternate weekends."],
                    ["Craig Firth", "Mother's partner (not living at the address)", "14/02/1979", "Huddersfield (address held by police)", "Registered sex offender; visits the home."],
                    ["Margaret Lindley", "Paternal grandmother", "09/09/1955", "6 Bradford Road, Batley WF17 5LW", "Supervises contact."]],
         "footer": ["Completed by: Oluwaseun Bello, 07/12/2026"],
         "from": "Kirklees Safeguarding Conferences <safeguarding.conferences@kirklees.gov.uk>", "host": "mail.kirklees.gov.uk",
         "domain": "kirklees.gov.uk", "subject": "RCPC 17/12/2026 - LINDLEY - KC-RV-1187",
         "sent": london(2026, 12, 8, 12, 0), "received": london(2026, 12, 8, 12, 2), "filename": "KC-RV-1187.pdf",
         "note": "Good afternoon\n\nReview booking form attached.\n\nAndrea Haigh\nConference Administrator\nKirklees Council\n01484 221000"}
    build("e-24-05-kirklees-rcpc-2col-new-rso-partner-discuss", c, dict(
        district="kirklees", kind="review", pre_birth=False, date="2026-12-17", time="14:00", tick=False,
        harm=["neglect"], children=[("Reece Lindley", "2012-04-04"), ("Skye Lindley", "2015-12-12")],
        adults=["Dawn Lindley", "Steven Lindley", "Craig Firth", "Margaret Lindley"],
        criteria=["registered_sex_offender"], decision="discuss",
        tags=["pdf-two-column", "table-over-pages", "acroform-choice", "district-kirklees", "review", "tick-report", "rso-review", "initial-date-near"],
        notes="Kirklees review (Wakefield rules): police not in core group; new partner who visits is an RSO -> registered_sex_offender -> discuss (POLICY 3). Date of initial conference also on the form."))


@case
def c06():
    addr = "62 Compton Road, Leeds LS9 7BJ"
    c = {"council": "Leeds City Council - Children and Families",
         "title": "Request for Child Protection Conference (Integrated Safeguarding Unit)",
         "details": [("Conference type", "Transfer In"), ("Conference date", "Wednesday 13 January 2027"), ("Start time", "10.00am"),
                     ("Location", "Microsoft Teams"), ("Chair", "Janet Oduya"), ("Social worker", "Alina Dumitrescu"),
                     ("Transferring authority", "Sheffield City Council"), ("Mosaic ID", "MOS820014"), ("Category", "Emotional abuse")],
         "reason": ["The family moved from Sheffield to Leeds on 14/12/2026. Roksana and Matei have been subject to child protection plans in Sheffield under the category of emotional abuse since August 2026 because of parental conflict.",
                    "South Yorkshire Police investigated an allegation in 2025 that Mr Popescu hit Roksana; the investigation was closed with no further action. There is no current police involvement.",
                    "There are no CSE concerns."],
         "police_kind": "radio", "police": "Written report only",
         "professionals": [["Alina Dumitrescu", "Social worker", "Leeds Children and Families", "0113 378 4545"],
                           ["Sheffield social worker", "Transferring SW", "Sheffield City Council", "0114 273 4855"],
                           ["DSL", "Designated safeguarding lead", "Richmond Hill Primary", "0113 248 0047"],
                           ["Health visitor", "0-19 service", "Leeds Community Healthcare", "0113 843 5555"]],
         "family": [["Roksana Popescu", "Subject child", "10/10/2017", addr, "Year 4 at Richmond Hill Primary from January 2027."],
                    ["Matei Popescu", "Subject child", "20/12/2020", addr, "Nursery place being arranged."],
                    ["Elena Popescu", "Mother", "05/03/1992", addr, "Speaks Romanian and English."],
                    ["Vasile Popescu", "Father", "29/11/1989", addr, "Works in construction."],
                    ["Florentina Rusu", "Maternal aunt", "16/06/1995", "Harehills, Leeds", "Support network; helped the family move."],
                    ["Ion Rusu", "Maternal grandfather", "02/02/1960", "Iasi, Romania", "Telephone contact."]],
         "footer": ["Completed by: Alina Dumitrescu, 05/01/2027"],
         "from": "Leeds ISU Conference Bookings <isu.conferencebookings@leeds.gov.uk>", "host": "mail.leeds.gov.uk",
         "domain": "leeds.gov.uk", "subject": "Transfer In CPC - POPESCU - 13/01/2027",
         "sent": london(2027, 1, 6, 15, 30), "received": london(2027, 1, 6, 15, 33), "filename": "MOS820014 Transfer In.pdf",
         "note": ("Dear colleague\n\nPlease find attached a transfer-in conference request.\n\nRegards\n\nKevin Armitage\n"
                  "Conference Support Officer | Integrated Safeguarding Unit | Leeds City Council\n0113 378 9921")}
    build("e-24-06-leeds-transfer-in-2col-nfa-radio-report-only", c, dict(
        district="leeds", kind="transfer_in", pre_birth=False, date="2027-01-13", time="10:00", tick=False,
        harm=["emotional"], children=[("Roksana Popescu", "2017-10-10"), ("Matei Popescu", "2020-12-20")],
        adults=["Elena Popescu", "Vasile Popescu", "Florentina Rusu", "Ion Rusu"],
        criteria=["prior_unit_involvement"], decision="report_only",
        tags=["pdf-two-column", "table-over-pages", "acroform-radio", "district-leeds", "transfer-in", "tick-report", "nfa-historical", "negated-cse", "romanian-names"],
        notes="Leeds transfer-in (= initial): 2025 investigation closed NFA is historical (prior_unit_involvement, not a Leeds item), no current police involvement, CSE negated -> report_only. Notice exactly 5 WD."))


@case
def c07():
    addr = "118 Thornton Road, Bradford BD1 2DX"
    c = {"council": "City of Bradford MDC - Children's Social Care",
         "title": "Initial Child Protection Conference - Booking Form",
         "details": [("Type of conference", "Initial Child Protection Conference"), ("Date", "To be confirmed - awaiting chair availability"),
                     ("Time", "TBC"), ("Venue", "TBC"), ("Chair", "Not yet allocated"), ("Social worker", "Rebecca Holroyd"),
                     ("Liquidlogic ID", "2240551"), ("Category", "Physical abuse")],
         "reason": ["Kacper (4) was found to have bruising to his back and buttocks. Mr Dudek was arrested on 10/12/2026 and released under investigation.",
                    "A date will be confirmed once a chair is allocated. We are sending the form now so that police checks can begin."],
         "police_kind": "choice", "police": "Attendance required",
         "professionals": [["Rebecca Holroyd", "Social worker", "Bradford Children's Social Care", "01274 431010"],
                           ["Nursery manager", "Early years", "Thornton Road Nursery", "01274 777001"],
                           ["Bradford Safeguarding Unit", "Police", "West Yorkshire Police", "-"]],
         "family": [["Kacper Dudek", "Subject child", "22/04/2022", addr, "Attends nursery five mornings a week."],
                    ["Natalia Dudek", "Mother", "30/01/1996", addr, "Working; Kacper cared for by father after nursery."],
                    ["Pawel Dudek", "Father", "18/11/1993", "Bail address not yet known", "Released under investigation."],
                    ["Halina Dudek", "Paternal grandmother", "04/05/1966", "Keighley", "Occasional childcare."]],
         "footer": ["Completed by: Rebecca Holroyd, 11/12/2026"],
         "from": "Bradford CP Conferences <cpconferences@bradford.gov.uk>", "host": "mail.bradford.gov.uk",
         "domain": "bradford.gov.uk", "subject": "ICPC booking (date TBC) - DUDEK",
         "sent": london(2026, 12, 14, 13, 0), "received": london(2026, 12, 14, 13, 3), "filename": "ICPC Dudek - date TBC.pdf",
         "note": ("Dear colleague\n\nBooking form attached. The conference date is still to be confirmed; we will send it as soon as a chair is allocated.\n\n"
                  "Child Protection Unit\nChildren's Social Care\nCity of Bradford MDC")}
    build("e-24-07-bradford-icpc-2col-date-tbc-manual", c, dict(
        district="bradford", kind="initial", pre_birth=False, date=None, time=None, tick=True,
        harm=["physical"], children=[("Kacper Dudek", "2022-04-22")], adults=["Natalia Dudek", "Pawel Dudek", "Halina Dudek"],
        criteria=["current_investigation"], decision="manual_review", required=["missing_conference_date"],
        deadlines_scored=False,
        tags=["pdf-two-column", "table-over-pages", "acroform-choice", "district-bradford", "initial", "date-tbc", "rui"],
        notes="Conference date not given (TBC) -> manual_review with missing_conference_date (POLICY 1), although RUI shows current_investigation."))


if __name__ == "__main__":
    for f in CASES:
        f()
    print(len(CASES), "cases")
