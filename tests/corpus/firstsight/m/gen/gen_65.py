"""Layout 65: multi-page PDF booking form (reportlab, council 'Form CP1'): page 1 conference details,
first three children and two parents; page 2 a CONTINUATION SHEET for further children and other household
members; the reason and the police tick box only on the last page. Repeated page headers/footers."""
import datetime as dt
import io
from common import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.lib.utils import simpleSplit

W, H = A4
ORG = {"wakefield": "Wakefield Council - Safeguarding and Review Unit", "leeds": "Leeds City Council - Integrated Safeguarding Unit",
       "calderdale": "Calderdale Council - Safeguarding and Quality Assurance", "kirklees": "Kirklees Council - Child Protection and Review Unit",
       "bradford": "Bradford Children and Families Trust - Conference Service"}


class Form:
    def __init__(self, c, total):
        self.c, self.total = c, total
        self.buf = io.BytesIO()
        self.cv = canvas.Canvas(self.buf, pagesize=A4, invariant=1)
        self.cv.setTitle("Child Protection Conference Request - Form CP1")
        self.cv.setAuthor(c["sw"])
        self.cv.setCreator("Form CP1 generator")
        self.page = 0
        self.texts = []
        self.new_page()

    def t(self, x, y, s, size=9, bold=False, font="Helvetica"):
        self.cv.setFont(font + ("-Bold" if bold else ""), size)
        self.cv.drawString(x, y, s)
        self.texts.append(s)

    def new_page(self):
        if self.page:
            self.cv.showPage()
        self.page += 1
        self.cv.setFillColorRGB(0.75, 0, 0)
        self.cv.setFont("Helvetica-Bold", 9)
        self.cv.drawCentredString(W / 2, H - 28, "OFFICIAL-SENSITIVE")
        self.texts.append("OFFICIAL-SENSITIVE")
        self.cv.setFillColorRGB(0, 0, 0)
        self.t(W - 150, H - 28, "Form CP1 (rev. 09/2025)", 7)
        self.t(40, 28, ORG[self.c["district"]] + " - Child Protection Conference Request", 7)
        s = "Page %d of %d" % (self.page, self.total)
        self.t(W - 90, 28, s, 7)
        self.cv.drawCentredString(W / 2, 16, "OFFICIAL-SENSITIVE")
        self.y = H - 55

    def need(self, h):
        if self.y - h < 50:
            self.new_page()

    def section(self, s):
        self.need(30)
        self.cv.setFillColorRGB(0.85, 0.89, 0.95)
        self.cv.rect(40, self.y - 4, W - 80, 16, fill=1, stroke=0)
        self.cv.setFillColorRGB(0, 0, 0)
        self.t(44, self.y, s, 10, True)
        self.y -= 22

    def grid(self, header, rows, widths):
        rh = 16
        xs = [40]
        for w in widths:
            xs.append(xs[-1] + w)
        allrows = ([header] if header else []) + rows
        for i, r in enumerate(allrows):
            self.need(rh + 4)
            for j, cell in enumerate(r):
                self.cv.setLineWidth(0.5)
                self.cv.rect(xs[j], self.y - 5, widths[j], rh)
                if cell:
                    from reportlab.pdfbase.pdfmetrics import stringWidth
                    assert stringWidth(cell, "Helvetica-Bold", 8.5) < widths[j] - 5, cell
                    self.t(xs[j] + 3, self.y, cell, 8.5, bold=(header is not None and i == 0))
            if len([x for x in r if x]) > 1:
                self.texts.append(" ".join(x for x in r if x))
            self.y -= rh
        self.y -= 8

    def para(self, s, size=9):
        lines = simpleSplit(s, "Helvetica", size, W - 90)
        self.texts.append(s)
        for l in lines:
            self.need(size + 4)
            self.t(45, self.y, l, size)
            self.y -= size + 3
        self.y -= 5

    def note(self, s):
        self.need(14)
        self.t(45, self.y, s, 7.5, font="Helvetica-Oblique".replace("-Oblique", "")) if False else None
        self.cv.setFont("Helvetica-Oblique", 7.5)
        self.cv.drawString(45, self.y, s)
        self.texts.append(s)
        self.y -= 14

    def tickbox(self, label, mark):
        self.need(22)
        self.cv.setLineWidth(0.8)
        self.cv.rect(48, self.y - 3, 12, 12)
        if mark == "X":
            self.cv.setFont("Helvetica-Bold", 11)
            self.cv.drawString(50.5, self.y - 1, "X")
        elif mark == "zapf":
            self.cv.setFont("ZapfDingbats", 11)
            self.cv.drawString(49.5, self.y - 1, "4")
        self.t(68, self.y, label, 10)
        self.y -= 22

    def done(self):
        self.cv.save()
        return self.buf.getvalue(), self.page


def render(c, total):
    f = Form(c, total)
    d = D(c["date"])
    f.t(40, f.y, "CHILD PROTECTION CONFERENCE REQUEST", 14, True)
    f.y -= 16
    f.t(40, f.y, ORG[c["district"]], 9)
    f.y -= 20
    f.section("SECTION A - CONFERENCE DETAILS")
    f.grid(None, [["Type of conference", c["kind_text"]], ["Date of conference", c.get("date_text") or uk(d)],
                  ["Time", c["time_text"]], ["Venue", c["venue"]], ["Chair", c["chair"]], ["Social worker", c["sw"]],
                  ["Team manager", c["tm"]], ["Case reference", c["ref"]], ["Category (requested)", c["category"]]], [150, 365])
    f.section("SECTION B - CHILDREN SUBJECT OF THE CONFERENCE")
    kids = c["children"]
    first, rest = kids[:3], kids[3:]
    rows = [list(k) for k in first] + [["", "", "", ""]] * (3 - len(first))
    f.grid(["Full name", "DOB / EDD", "Gender", "School / setting"], rows, [165, 80, 60, 210])
    f.note("More than three children? Please continue on the Continuation Sheet (page 2).")
    f.section("SECTION C - PARENTS / CARERS")
    ad = c["adults"]
    n1 = c.get("p1_adults", 2)
    rows = [list(a) for a in ad[:n1]] + [["", "", ""]] * (2 - len(ad[:n1]))
    f.grid(["Full name", "Relationship to child", "Date of birth"], rows, [160, 285, 70])
    f.note("Other household members, partners and significant adults: use the Continuation Sheet (page 2).")
    # continuation sheet
    f.new_page()
    f.t(40, f.y, "CONTINUATION SHEET", 13, True)
    f.y -= 18
    f.t(40, f.y, "Family name: " + c["surname"] + "     Case reference: " + c["ref"], 9)
    f.y -= 20
    f.section("SECTION B (continued) - FURTHER CHILDREN")
    rows = [list(k) for k in rest] + [["", "", "", ""]] * max(0, 3 - len(rest))
    f.grid(["Full name", "DOB / EDD", "Gender", "School / setting"], rows, [165, 80, 60, 210])
    f.section("SECTION C (continued) - OTHER HOUSEHOLD MEMBERS AND SIGNIFICANT ADULTS")
    more = ad[n1:]
    rows = [list(a) for a in more] + [["", "", ""]] * max(0, 3 - len(more))
    f.grid(["Full name", "Relationship / role", "Date of birth"], rows, [160, 285, 70])
    if c.get("cont_note"):
        f.para(c["cont_note"])
    # last part
    f.new_page()
    f.section("SECTION D - REASON FOR CONFERENCE")
    for p in c["reason"]:
        f.para(p)
    f.section("SECTION E - WEST YORKSHIRE POLICE")
    f.para("Please tick ONE box to show what is needed from West Yorkshire Police for this conference.")
    a, r = c["tick"]
    f.tickbox("Police attendance required", a)
    f.tickbox("Written report sufficient", r)
    if c.get("police_note"):
        f.para(c["police_note"])
    f.section("SECTION F - COMPLETED BY")
    f.grid(None, [["Name", c["sw"]], ["Date", c["completed"]], ["Manager authorisation", c["tm"]]], [150, 365])
    return f.done(), f.texts


def pdf_for(c):
    (data, pages), texts = render(c, 9)
    (data, pages2), texts = render(c, pages)
    assert pages == pages2
    return data, texts


CASES = [
dict(name="m-65-01-bradford-icpc-pdf-continuation-rui-di-agreed", district="bradford", kind="initial", pre_birth=False,
     kind_text="Initial Child Protection Conference", date="2026-12-18", time="10:00", time_text="10.00am",
     received=T("2026-12-09T11:36:00"), sent=T("2026-12-09T11:29:55"), surname="AHMADI",
     venue="Sir Henry Mitchell House, Manchester Road - Room 1 (Dari interpreter booked)", chair="Adrian Whitaker", sw="Lucy Pollard", tm="Stephen Ackroyd",
     ref="BD7748120", category="Physical abuse",
     children=[("Mursal Ahmadi", "21/03/2013", "Female", "Belle Vue Girls' Academy"), ("Omid Ahmadi", "08/12/2015", "Male", "Lister Primary"),
               ("Sahar Ahmadi", "30/07/2019", "Female", "Lister Primary"), ("Bilal Ahmadi", "17/01/2023", "Male", "At home")],
     adults=[("Zarghuna Ahmadi", "Mother", "01/01/1990"), ("Farid Ahmadi", "Father", "01/01/1982")],
     reason=["On 2 December Omid (10) arrived at school with linear marks across the backs of his legs. He told staff his father had beaten him with a phone charger cable because he had lost his coat. A child protection medical the same day found injuries consistent with his account and older healed marks.",
             "A joint section 47 investigation is under way with the Bradford Safeguarding Unit. Mr Ahmadi was arrested on 3 December, interviewed with an interpreter and released under investigation; he has agreed to stay with his brother in Keighley. ABE interviews for Omid and Mursal are planned for next week.",
             "Ms Ahmadi says she did not know about the marks. She has little English, no family in the UK apart from her husband's relatives, and is worried about how the family will manage financially.",
             "The chair has spoken to the Detective Inspector at the Bradford Safeguarding Unit and it has been agreed that the officer in the case will attend."],
     tick=("X", None), completed="08/12/2026",
     cover="Good morning,\n\nPlease find attached the ICPC request form for the Ahmadi children (4 children - the 4th child is on the continuation sheet). Conference Friday 18/12/2026 10am.\n\nLucy Pollard\nSocial Worker - Bradford Children and Families Trust",
     from_=("Lucy Pollard", "lucy.pollard@bradford.gov.uk"), subject="ICPC request - AHMADI - 18/12/2026", filename="CP1 ICPC request AHMADI.pdf",
     harm=["physical"], criteria=["current_investigation", "negotiated_attendance"], decision="attend",
     tags=["pdf-multipage", "continuation-sheet", "tick-on-last-page", "rui", "abe-planned", "four-children", "bradford-wakefield-rules"],
     notes="joint s47 with police, father RUI, ABE planned: current investigation of physical abuse within the family; chair-DI agreement -> attend; 4th child only on the continuation sheet"),
dict(name="m-65-02-calderdale-rcpc-pdf-six-children-nfa-history", district="calderdale", kind="review", pre_birth=False,
     kind_text="Review Child Protection Conference", date="2027-01-11", time="14:00", time_text="2.00pm",
     received=T("2026-12-14T10:18:00"), sent=T("2026-12-14T10:11:43"), surname="LOCKWOOD / MITCHELL",
     venue="Todmorden Town Hall - Committee Room (hybrid)", chair="Chris Brearley", sw="Kathryn Uttley", tm="Sophie Lumb",
     ref="LCS1029876", category="Neglect",
     children=[("Kacey Lockwood", "04/04/2011", "Female", "Todmorden High"), ("Brandon Lockwood", "19/09/2013", "Male", "Todmorden High"),
               ("Demi Lockwood", "27/06/2015", "Female", "Castle Hill Primary"), ("Harvey Mitchell", "13/02/2018", "Male", "Castle Hill Primary"),
               ("Lacey Mitchell", "09/10/2021", "Female", "Castle Hill Primary"), ("Ollie Mitchell", "22/05/2024", "Male", "Little Explorers Nursery")],
     adults=[("Jodie Lockwood", "Mother", "15/11/1992"), ("Ashley Mitchell", "Partner; father of Harvey, Lacey, Ollie", "06/08/1989"),
             ("Dean Lockwood", "Father of Kacey, Brandon and Demi", "30/12/1988")],
     reason=["Second review of the plans for all six children (neglect).",
             "Progress has been steady. The family moved in October to a larger house and the children now have beds and their own space. School attendance is above 90% for all of the school-age children, Ollie's development check showed he is on track, and Ms Lockwood attends every core group.",
             "In 2024 Mr Mitchell was arrested after Brandon told school he had been hit with a belt; the police investigation ended with no further action. There have been no further incidents and police have had no involvement with the family since the plan started. Police are not part of the core group.",
             "The core group think the plan could step down to child in need at this review."],
     tick=(None, "X"), completed="11/12/2026",
     cover="Please see attached the request form for the Lockwood/Mitchell review on 11 January 2027 at 2pm (all six children).\n\nKathryn Uttley\nSocial Worker\nCalderdale Council",
     from_=("Kathryn Uttley", "kathryn.uttley@calderdale.gov.uk"), subject="RCPC 11/01/2027 - LOCKWOOD / MITCHELL - CP1 form", filename="CP1 RCPC Lockwood Mitchell.pdf",
     harm=["neglect"], criteria=["prior_unit_involvement"], decision="report_only",
     tags=["pdf-multipage", "continuation-sheet", "six-children", "review", "historic-nfa", "tick-report"],
     notes="review; 2024 arrest ended NFA (historical: prior involvement only, not a review reason); police not in core group; written report ticked -> report_only; children 4-6 and the third adult only on the continuation sheet"),
dict(name="m-65-03-kirklees-icpc-pdf-lodger-rso-on-continuation-conflict", district="kirklees", kind="initial", pre_birth=False,
     kind_text="Initial Child Protection Conference", date="2026-12-23", time="10:00", time_text="10:00",
     received=T("2026-12-21T08:47:00"), sent=T("2026-12-21T08:40:13"), surname="BROOK",
     venue="Huddersfield Civic Centre 1 - Room 2", chair="Shazia Mahmood", sw="Joel Asamoah", tm="Adam Crowther",
     ref="KC-2026-090114", category="Sexual abuse",
     children=[("Isla Brook", "12/06/2022", "Female", "Rainbow Nursery, Lockwood")],
     adults=[("Kelly-Marie Brook", "Mother", "03/03/1998")],
     cont_note="Mr Ramsden has rented the box room since October 2026. He is a registered sex offender (2019 conviction for sexual assault of a child under 13) and is managed by the Kirklees MOSOVO team. He did not tell his offender manager that a child lives at the address.",
     reason=["Isla's nursery reported sexualised play and language on 9 and 14 December. When the social worker visited, Ms Brook said she had a lodger who helps with childcare. Checks established that the lodger (see continuation sheet) is a registered sex offender.",
             "Ms Brook says she did not know about his conviction. She has agreed that he will leave the address, but he had not moved out by 18 December.",
             "Isla has not made any disclosure. A strategy discussion took place on 15 December."],
     tick=(None, "X"), completed="18/12/2026",
     cover="Hello\n\nICPC request form attached for Isla Brook - Wednesday 23rd December at 10am. Sorry for the short notice, it has been brought forward because of the lodger - please see page 2.\n\nJoel Asamoah\nSocial Worker, Kirklees Council",
     from_=("Joel Asamoah", "joel.asamoah@kirklees.gov.uk"), subject="URGENT ICPC 23/12/2026 - BROOK", filename="CP1 - Brook.pdf",
     harm=["sexual"], criteria=["registered_sex_offender", "prior_unit_involvement"], decision="attend", extra_adults=[("Stephen Ramsden", "Lodger", "11/01/1968")], p1_adults=1,
     tags=["pdf-multipage", "continuation-sheet", "rso-lodger", "rso-only-on-continuation", "tickbox-conflict", "deadline-passed", "kirklees-wakefield-rules"],
     notes="RSO lodger living in the household (named only on the continuation sheet) -> attend under the Wakefield rules used for Kirklees although 'written report sufficient' is ticked (tickbox_conflict); received after the 3-working-day report date"),
dict(name="m-65-04-leeds-icpc-pdf-both-boxes-bank-holiday", district="leeds", kind="initial", pre_birth=False,
     kind_text="Initial Child Protection Conference", date="2027-01-08", time="13:00", time_text="1pm",
     received=T("2026-12-31T09:00:00"), sent=T("2026-12-31T08:52:37"), surname="CLARKE / OSEI",
     venue="Microsoft Teams (link sent separately)", chair="Marcia Thompson-Reid", sw="Tobias Lindqvist", tm="Victoria Haigh",
     ref="MOS334480", category="Emotional abuse",
     children=[("Jayden Clarke", "16/08/2014", "Male", "Roundhay School"), ("Amara Clarke-Osei", "03/11/2018", "Female", "Gledhow Primary"),
               ("Nia Clarke-Osei", "25/01/2021", "Female", "Gledhow Primary")],
     adults=[("Shanice Clarke", "Mother", "09/09/1993"), ("Kofi Osei", "Father of Amara and Nia (lives separately)", "14/02/1990"),
             ("Beverley Clarke", "Maternal grandmother - caring for the children", "21/06/1968")],
     reason=["Ms Clarke was admitted to a psychiatric ward under section 2 of the Mental Health Act on 19 December after a psychotic episode in which she believed the children were being poisoned and stopped them eating for two days. Jayden (12) has been caring for his sisters and missed most of the autumn term.",
             "The children are with their maternal grandmother. Mr Osei wants Amara and Nia to live with him; Ms Clarke's family oppose this and there has been a heated argument at the grandmother's house, which did not need police.",
             "A strategy discussion with police was held on 22 December and agreed a single agency section 47 enquiry. There are no criminal matters. Police attendance would be helpful because of the tension between the two families, but the chair will decide."],
     tick=("X", "X"), completed="30/12/2026",
     cover="Hi all - please find attached the request form for the Clarke/Osei ICPC on Friday 8th January at 1pm. Happy New Year when it comes!\n\nTobias\n\nTobias Lindqvist | Social Worker | Leeds City Council",
     from_=("Tobias Lindqvist", "tobias.lindqvist@leeds.gov.uk"), subject="ICPC 08/01/27 - CLARKE / OSEI - request form", filename="CP1 ICPC CLARKE OSEI.pdf",
     harm=["emotional"], criteria=[], decision="discuss", flags=["tickbox_ambiguous"],
     tags=["pdf-multipage", "continuation-sheet", "both-boxes-ticked", "would-be-helpful-not-negotiated", "new-year-bank-holiday"],
     notes="no criterion (strategy discussion is not an investigation; 'would be helpful' is not an agreement); both boxes marked -> tick null, tickbox_ambiguous, discuss; notice counts skip New Year's Day"),
dict(name="m-65-05-wakefield-transfer-pdf-sheffield-escalation", district="wakefield", kind="transfer_in", pre_birth=False,
     kind_text="Transfer In Child Protection Conference", date="2027-01-13", time="10:00", time_text="10.00",
     received=T("2027-01-06T14:55:00"), sent=T("2027-01-06T14:48:20"), surname="SALEH",
     venue="Wakefield One - Room 3.09 (in person only)", chair="Bernadette Oyelaran", sw="Gemma Fawcett", tm="Hannah Brook",
     ref="CD505871", category="Sexual abuse",
     children=[("Hana Saleh", "02/02/2016", "Female", "Flanshaw Junior"), ("Omar Saleh", "11/07/2020", "Male", "Flanshaw Infant")],
     adults=[("Amal Saleh", "Mother", "28/10/1991"), ("Karl Jennings", "Mother's partner (stays at weekends)", "05/05/1986")],
     reason=["The children were made subject to child protection plans by Sheffield City Council on 4 November 2026 (category sexual abuse) and moved to Wakefield with their mother on 30 November.",
             "In 2023 Hana told a teacher in Sheffield that Mr Jennings had touched her. South Yorkshire Police investigated and the case was closed with no further action after Hana withdrew her account.",
             "Since the move Hana has told her new teacher that Mr Jennings 'does the secret thing again' when he stays, and she has started wetting the bed and refusing to go home on Fridays. Contrary to the Sheffield plan Ms Saleh has allowed Mr Jennings back into the home at weekends. The risk to Hana is escalating. The new disclosures were passed to West Yorkshire Police on 5 January."],
     tick=("X", None), completed="06/01/2027",
     cover="Good afternoon\n\nPlease find the CP1 form for the Saleh transfer in conference on Wednesday 13 January at 10am. The Sheffield paperwork will follow.\n\nGemma Fawcett\nSocial Worker\nWakefield Council",
     from_=("Gemma Fawcett", "gemma.fawcett@wakefield.gov.uk"), subject="Transfer In CPC 13/01/2027 - SALEH", filename="CP1 Transfer In SALEH.pdf",
     harm=["sexual"], criteria=["previous_investigation_escalation", "prior_unit_involvement"], decision="attend",
     tags=["pdf-multipage", "continuation-sheet-empty", "transfer-in", "escalation", "previous-nfa"],
     notes="a past police investigation (2023, NFA) plus clear escalation (new disclosures, partner back in the home) -> Wakefield item 2 -> attend; the referral to police on 5 January is not yet an investigation"),
dict(name="m-65-06-calderdale-prebirth-pdf-zapf-tick-hypothetical-pp", district="calderdale", kind="initial", pre_birth=True,
     kind_text="Pre-birth Initial Child Protection Conference", date="2027-01-25", time="13:30", time_text="1.30pm",
     received=T("2027-01-15T15:30:00"), sent=T("2027-01-15T15:22:08"), surname="ELLIS",
     venue="Northgate House, Halifax - Room 2", chair="Yvette Marsden", sw="Farhana Akram", tm="Rachel Jowett",
     ref="LCS1062210", category="Neglect",
     children=[("Unborn Ellis", "EDD 10/04/2027", "Unknown", "-")],
     adults=[("Tanisha Ellis", "Mother", "12/12/1999"), ("Reece Walker", "Father of the unborn baby", "29/01/1997"),
             ("Kai Ellis", "Half-brother (16), lives in the household", "07/05/2010")],
     reason=["Ms Ellis is 27 weeks pregnant. She uses crack cocaine and has not attended antenatal appointments since November. Her older son Kai (16) is a looked after child returned home in 2025; he has been drawn into county lines drug supply and was referred through the NRM for criminal exploitation. There are no sexual exploitation concerns for Kai.",
             "Mr Walker is on licence after a prison sentence for supplying class A drugs; his probation officer will attend.",
             "Birth plan (draft): if either parent attempts to remove the baby from the ward against medical advice, ward staff will contact the police and police protection may be considered. This has not been needed so far and is a contingency only.",
             "There is no police investigation concerning the unborn baby or Kai's care."],
     tick=("zapf", None), completed="14/01/2027",
     cover="Dear CPPU, please find attached the CP1 form for the pre-birth ICPC (Unborn Ellis), Monday 25 January 2027 at 1.30pm, Northgate House.\n\nFarhana Akram\nSocial Worker, Calderdale Council",
     from_=("Farhana Akram", "farhana.akram@calderdale.gov.uk"), subject="Pre-birth ICPC 25/01/2027 - Unborn ELLIS", filename="CP1 pre-birth ELLIS.pdf",
     harm=["neglect"], criteria=[], decision="discuss",
     tags=["pdf-multipage", "zapf-dingbats-filled-square-mark", "pre-birth", "hypothetical-police-protection", "cce-not-cse", "tick-attend"],
     notes="police protection only as a birth-plan contingency; CCE/county lines is not CSE; no criterion, but the police attendance box is marked (ZapfDingbats filled square drawn in the box; the text layer holds only a stray 'n') -> discuss"),
dict(name="m-65-07-bradford-prebirth-rcpc-pdf-police-stepped-down", district="bradford", kind="review", pre_birth=True,
     kind_text="Pre-birth Review Child Protection Conference", date="2027-02-10", time="10:00", time_text="10.00am",
     received=T("2027-01-27T10:40:00"), sent=T("2027-01-27T10:35:29"), surname="MAZUR",
     venue="City Hall, Bradford - Room 4 / Teams", chair="Harjit Sandhu", sw="Aleena Mir", tm="Stephen Ackroyd",
     ref="BD7722319", category="Physical abuse",
     children=[("Unborn Mazur", "EDD 02/03/2027", "Unknown", "-"), ("Oliwia Mazur", "18/04/2020", "Female", "Barkerend Primary")],
     adults=[("Ewelina Mazur", "Mother", "07/07/1995"), ("Jamal Hussain", "Mother's partner, father of the unborn baby", "20/10/1993")],
     cont_note="Continuation sheet not needed - no further children or household members.",
     reason=["Review of the pre-birth plan made on 11 November 2026 (category physical abuse). Oliwia has also been on a plan since then.",
             "The plans were made because Mr Hussain was under police investigation for a fractured wrist to Oliwia in September. That investigation concluded on 9 December with no further action. While the investigation was open a DC from the Bradford Safeguarding Unit was part of the core group; police have now stepped down from the core group as they have no further role.",
             "Ms Mazur and Mr Hussain have completed the Safe Care course and the home has been assessed as safe for a newborn. The core group recommend the plans continue until after the birth."],
     tick=(None, "X"), completed="26/01/2027",
     cover="Morning - CP1 attached for the pre-birth review for Unborn Mazur and Oliwia on 10/02/2027 at 10am.\n\nAleena Mir\nSocial Worker | Bradford Children and Families Trust",
     from_=("Aleena Mir", "aleena.mir@bradford.gov.uk"), subject="Pre-birth RCPC - MAZUR - 10/02/2027", filename="CP1 PB review MAZUR.pdf",
     harm=["physical"], criteria=["prior_unit_involvement"], decision="report_only",
     tags=["pdf-multipage", "continuation-sheet-not-needed", "pre-birth-review", "police-left-core-group", "nfa", "tick-report"],
     notes="pre-birth review: the investigation ended NFA and police have left the core group (was, not is) -> report_only"),
]


def main():
    for c in CASES:
        c["adults"] = c["adults"] + c.get("extra_adults", [])
        data, texts = pdf_for(c)
        body = multipart("mixed", [text_part(c["cover"]), attachment(data, "application", "pdf", c["filename"])], c["name"])
        eml = assemble(c["district"], c["received"], c["sent"], c["from_"][0], c["from_"][1], c["subject"], body, c["name"])
        kids = []
        for n, dob, *_ in c["children"]:
            kids.append({"name": n, "date_of_birth": None if dob.startswith("EDD") else dt.datetime.strptime(dob, "%d/%m/%Y").date().isoformat()})
        a, r = c["tick"]
        tick = None if bool(a) == bool(r) else bool(a)
        lab = dict(district=c["district"], kind=c["kind"], pre_birth=c["pre_birth"], date=c["date"], time=c["time"],
                   police_attendance_requested=tick, harm_categories=c["harm"], children=kids,
                   adults=[x[0] for x in c["adults"]], criteria=c["criteria"], decision=c["decision"],
                   source_texts=[c["subject"], c["cover"], c["filename"]] + texts, tags=c["tags"] + ["district-" + c["district"]],
                   notes=c["notes"], _received=c["received"], _flags=c.get("flags", []), _both_marked=bool(a) and bool(r))
        write_case(c["name"], eml, lab)
        print("wrote", c["name"])


if __name__ == "__main__":
    main()
