"""Layout 22: image-only (scanned) PDF booking form. Pages drawn with Pillow at 200 dpi (DejaVu Sans),
hand-drawn tick / X marks, slight skew, blur and noise, saved as a PDF with no text layer.
A short covering note is the only text in the email."""
import io
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from lib import all_texts, london, make_label, new_message, write_case

DPI = 200
W, H = 1654, 2339
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
F = ImageFont.truetype(FONT, 30)
FB = ImageFont.truetype(BOLD, 30)
FT = ImageFont.truetype(BOLD, 42)
FS = ImageFont.truetype(FONT, 24)
CASES = []


def case(f):
    CASES.append(f)
    return f


def wrap(d, text, font, width):
    lines, cur = [], ""
    for word in text.split():
        t = (cur + " " + word).strip()
        if d.textlength(t, font=font) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines


class Page:
    def __init__(self, rnd):
        self.img = Image.new("L", (W, H), 255)
        self.d = ImageDraw.Draw(self.img)
        self.y = 120
        self.rnd = rnd
        self.texts = []

    def text(self, s, font=F, x=110, width=W - 220, gap=10):
        for line in wrap(self.d, s, font, width):
            self.d.text((x, self.y), line, font=font, fill=20)
            self.y += font.size + gap
        self.texts.append(s)

    def band(self, s):
        self.d.text((W // 2 - self.d.textlength(s, font=FB) // 2, 50), s, font=FB, fill=20)
        self.d.text((W // 2 - self.d.textlength(s, font=FB) // 2, H - 90), s, font=FB, fill=20)
        self.texts.append(s)

    def rows(self, pairs, label_w=520):
        x0, x1 = 110, W - 110
        for label, value in pairs:
            lines = wrap(self.d, value, F, x1 - x0 - label_w - 30) or [""]
            h = max(1, len(lines)) * 40 + 20
            self.d.rectangle([x0, self.y, x1, self.y + h], outline=0, width=2)
            self.d.line([x0 + label_w, self.y, x0 + label_w, self.y + h], fill=0, width=2)
            self.d.text((x0 + 12, self.y + 12), label, font=FB, fill=20)
            for i, l in enumerate(lines):
                self.d.text((x0 + label_w + 15, self.y + 12 + 40 * i), l, font=F, fill=20)
            self.texts += [label, value, f"{label} {value}"]
            self.y += h
        self.y += 25

    def grid(self, header, rows, widths):
        x0 = 110
        for r_i, row in enumerate([header] + rows):
            x = x0
            for c, w in zip(row, widths):
                self.d.rectangle([x, self.y, x + w, self.y + 56], outline=0, width=2)
                self.d.text((x + 10, self.y + 12), c, font=FB if r_i == 0 else F, fill=20)
                x += w
            self.texts += list(row) + [" ".join(row)]
            self.y += 56
        self.y += 25

    def tick(self, label, mark):
        """mark: None, 'tick' or 'x' (hand-drawn)."""
        x, y, s = 130, self.y, 40
        self.d.rectangle([x, y, x + s, y + s], outline=0, width=3)
        j = lambda: self.rnd.randint(-3, 3)
        if mark == "tick":
            self.d.line([(x + 6 + j(), y + 20 + j()), (x + 17 + j(), y + 36 + j()), (x + 46 + j(), y - 12 + j())], fill=10, width=5, joint="curve")
        elif mark == "x":
            self.d.line([(x + 4 + j(), y + 3 + j()), (x + s - 2 + j(), y + s - 1 + j())], fill=10, width=5)
            self.d.line([(x + s - 3 + j(), y + 2 + j()), (x + 3 + j(), y + s + 2 + j())], fill=10, width=5)
        self.d.text((x + s + 25, y + 3), label, font=F, fill=20)
        self.texts.append(label)
        self.y += s + 25

    def finish(self, angle):
        img = self.img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        noise = Image.effect_noise((W, H), 18)
        img = Image.blend(img, noise, 0.10)
        d = ImageDraw.Draw(img)
        for _ in range(350):  # scanner specks
            x, y = self.rnd.randrange(W), self.rnd.randrange(H)
            d.point((x, y), fill=self.rnd.randint(60, 160))
        return img.filter(ImageFilter.GaussianBlur(0.6))


def to_pdf(pages) -> bytes:
    buf = io.BytesIO()
    imgs = [p.convert("L") for p in pages]
    imgs[0].save(buf, "PDF", resolution=DPI, save_all=True, append_images=imgs[1:])
    return buf.getvalue()


def form_pages(c, seed):
    rnd = random.Random(seed)
    p = Page(rnd)
    p.band("OFFICIAL-SENSITIVE")
    p.text(c["council"], font=FB)
    p.y += 10
    p.text(c["title"], font=FT)
    p.y += 20
    p.rows(c["details"])
    p.text("Children subject of the conference", font=FB)
    p.grid(["Name", "Date of birth", "Gender"], c["children"], [640, 420, 374])
    p.text("Parents, carers and significant adults", font=FB)
    p.grid(["Name", "Relationship", "Date of birth"], c["adults"], [560, 494, 380])
    pages = [p]
    if c.get("two_pages"):
        p = Page(rnd)
        p.band("OFFICIAL-SENSITIVE")
        pages.append(p)
    p.text(c.get("reason_heading", "Reason for conference"), font=FB)
    for para in c["reason"]:
        p.text(para)
        p.y += 10
    p.y += 15
    p.text("West Yorkshire Police - please tick one box:", font=FB)
    req, rep = c["marks"]
    p.tick("Police attendance required", req)
    p.tick("Written report sufficient", rep)
    p.y += 15
    for s in c.get("footer", []):
        p.text(s)
    texts = [t for pg in pages for t in pg.texts]
    imgs = [pg.finish(a) for pg, a in zip(pages, c.get("angles", [0.6, -0.4]))]
    return to_pdf(imgs), texts


def build(name, c, label_kw, seed):
    msg = new_message(frm=c["from"], subject=c["subject"], sent=c["sent"], received=c["received"],
                      sender_host=c["host"], dmarc_domain=c["domain"])
    msg.set_content(c["note"])
    pdf, texts = form_pages(c, seed)
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=c["filename"])
    lab = make_label(received=c["received"], source_texts=all_texts(msg) + texts, **label_kw)
    write_case(name, msg, lab)


@case
def c01():
    c = {"council": "Calderdale Metropolitan Borough Council - Children and Young People's Services",
         "title": "Initial Child Protection Conference - Booking Form",
         "details": [("Conference type", "Initial Child Protection Conference"), ("Date", "09/12/2026"), ("Time", "10:00"),
                     ("Venue", "Calderdale Customer First, Horton Street, Halifax"), ("Chair", "Beverley Stansfield"),
                     ("Social worker", "Imtiaz Ahmed"), ("Reference", "CAL/CP/41102")],
         "children": [["Hamza Mahmood", "19/02/2014", "Male"], ["Aleena Mahmood", "07/07/2017", "Female"]],
         "adults": [["Saima Bibi", "Mother", "01/09/1988"], ["Tariq Mahmood", "Father", "14/12/1983"]],
         "reason": ["Neglect: very poor home conditions, both children frequently late or absent from school, Aleena's dental treatment missed.",
                    "In 2022 the Calderdale Safeguarding Unit investigated Mr Mahmood for assaulting Hamza; the investigation ended with no further action.",
                    "There is no current police investigation. A strategy discussion was held with police on 25/11/2026."],
         "marks": (None, "tick"),
         "footer": ["Completed by: Imtiaz Ahmed, Social Worker", "Date: 26/11/2026"],
         "from": "CP Administration <cp.administration@calderdale.gov.uk>", "host": "mail.calderdale.gov.uk",
         "domain": "calderdale.gov.uk", "subject": "ICPC - MAHMOOD - 09/12/2026 (scanned form)",
         "sent": london(2026, 11, 30, 9, 2), "received": london(2026, 11, 30, 9, 5), "filename": "SCAN_20261130_0901.pdf",
         "note": "Hi\n\nScanned booking form attached for the Mahmood ICPC.\n\nThanks\nDawn Mitchell\nCP Administration, Calderdale Council\n01422 393311"}
    build("e-22-01-calderdale-icpc-scan-prior-involvement-attend", c, dict(
        district="calderdale", kind="initial", pre_birth=False, date="2026-12-09", time="10:00", tick=False,
        harm=["neglect"], children=[("Hamza Mahmood", "2014-02-19"), ("Aleena Mahmood", "2017-07-07")],
        adults=["Saima Bibi", "Tariq Mahmood"], criteria=["prior_unit_involvement"], decision="attend",
        required=["ocr_used", "tickbox_conflict"], unscored=["no_booking_form"],
        tags=["scanned-pdf", "ocr", "district-calderdale", "initial", "tick-report", "tickbox-conflict", "prior-involvement", "nfa-historical", "strategy-discussion-trap"],
        notes="Calderdale ICPC: 2022 Safeguarding Unit investigation of father (NFA) = previous significant involvement -> prior_unit_involvement -> attend (POLICY 2 Calderdale); report-sufficient ticked -> tickbox_conflict. Strategy discussion is not an investigation."), 2201)


@case
def c02():
    c = {"council": "Wakefield Council - Children and Young People's Service - Safeguarding and Review Unit",
         "title": "CHILD PROTECTION CONFERENCE BOOKING FORM",
         "details": [("Type of conference", "Initial (ICPC)"), ("Date of conference", "Friday 18/12/2026"), ("Time", "1.00pm"),
                     ("Venue", "Wakefield One, Burton Street, Wakefield WF1 2EB"), ("Conference Chair", "Rizwana Akhtar"),
                     ("Social worker", "Liam Gaskell"), ("CareDirector ID", "CD745902")],
         "children": [["Kayden Bradford", "11/11/2013", "Male"], ["Lacey-Mae Bradford", "09/01/2016", "Female"]],
         "adults": [["Shannon Bradford", "Mother", "23/03/1994"], ["Jordan Pickles", "Mother's partner", "05/05/1991"]],
         "two_pages": True,
         "reason": ["Emotional harm - domestic abuse.",
                    "Mr Pickles was arrested on 02/12/2026 for assaulting Ms Bradford in front of the children. He is on police bail with conditions not to attend the family address.",
                    "Ms Bradford was assessed as high risk on the DASH and the case was heard at MARAC on 08/12/2026. An IDVA is working with her and the police DA officer is in regular contact.",
                    "The children were not physically harmed."],
         "marks": ("x", None), "angles": [0.5, -0.7],
         "footer": ["Completed by: Liam Gaskell", "Date completed: 10/12/2026"],
         "from": "Safeguarding and Review Unit <sgru.bookings@wakefield.gov.uk>", "host": "mail1.wakefield.gov.uk",
         "domain": "wakefield.gov.uk", "subject": "ICPC 18/12/2026 - BRADFORD - CD745902",
         "sent": london(2026, 12, 11, 12, 40), "received": london(2026, 12, 11, 12, 44), "filename": "CD745902 booking form (scan).pdf",
         "note": "Good afternoon\n\nPlease find the signed booking form attached (scanned).\n\nKind regards\nJoanne Priestley\nSafeguarding and Review Unit\nWakefield Council"}
    build("e-22-02-wakefield-icpc-scan-2pages-da-marac-attend", c, dict(
        district="wakefield", kind="initial", pre_birth=False, date="2026-12-18", time="13:00", tick=True,
        harm=["emotional"], children=[("Kayden Bradford", "2013-11-11"), ("Lacey-Mae Bradford", "2016-01-09")],
        adults=["Shannon Bradford", "Jordan Pickles"], criteria=["domestic_abuse_current_involvement"], decision="attend",
        required=["ocr_used"], unscored=["no_booking_form"],
        tags=["scanned-pdf", "ocr", "two-pages", "district-wakefield", "initial", "tick-attend-x", "da-marac-bail", "surname-is-district", "notice-exactly-5"],
        notes="Wakefield ICPC: serious DA with current police involvement (bail, MARAC, IDVA, police DA officer) -> domestic_abuse_current_involvement (W6) -> attend. Assault was on the mother, not the child, so not current_investigation. Surname Bradford must not change district; notice exactly 5 WD."), 2202)


@case
def c03():
    c = {"council": "Leeds City Council - Children and Families",
         "title": "Review Child Protection Conference - Notification",
         "details": [("Conference", "Review Child Protection Conference (2nd review)"), ("Date", "30/11/2026"), ("Time", "10.00am"),
                     ("Venue", "Merrion House, 110 Merrion Centre, Leeds LS2 8BB"), ("Chair", "Janet Oduya"),
                     ("Social worker", "Callum Reid"), ("Mosaic ID", "MOS650318")],
         "children": [["Hodan Warsame", "14/08/2010", "Female"], ["Abdirahman Warsame", "03/03/2013", "Male"]],
         "adults": [["Faadumo Ali", "Mother", "10/10/1982"], ["Mohamed Warsame", "Father", "01/01/1978"]],
         "reason_heading": "Update since last conference",
         "reason": ["Emotional harm. There have been no further domestic incidents reported since the initial conference.",
                    "Significant event: on 03/11/2026 Hodan was found at 1am in a car with two adult men she met online. Child sexual exploitation is now a considered risk and the CSE team are aware.",
                    "Police are not members of the core group."],
         "marks": (None, "tick"),
         "footer": ["Completed by: Callum Reid", "Date: 13/11/2026"],
         "from": "Leeds ISU Conference Bookings <isu.conferencebookings@leeds.gov.uk>", "host": "mail.leeds.gov.uk",
         "domain": "leeds.gov.uk", "subject": "RCPC - WARSAME - 30.11.2026",
         "sent": london(2026, 11, 16, 10, 0), "received": london(2026, 11, 16, 10, 3), "filename": "Warsame RCPC.pdf",
         "note": "Dear colleague\n\nPlease see the attached conference notification.\n\nRegards\nKevin Armitage\nIntegrated Safeguarding Unit | Leeds City Council"}
    build("e-22-03-leeds-rcpc-scan-cse-event-discuss", c, dict(
        district="leeds", kind="review", pre_birth=False, date="2026-11-30", time="10:00", tick=False,
        harm=["emotional"], children=[("Hodan Warsame", "2010-08-14"), ("Abdirahman Warsame", "2013-03-03")],
        adults=["Faadumo Ali", "Mohamed Warsame"], criteria=["child_sexual_exploitation"], decision="discuss",
        required=["ocr_used"], unscored=["no_booking_form"],
        tags=["scanned-pdf", "ocr", "district-leeds", "review", "tick-report", "cse-review", "somali-names", "negated-da"],
        notes="Leeds review, police not in core group; new CSE risk -> child_sexual_exploitation -> discuss (POLICY 3). DA negated. 10 WD notice meets Leeds review minimum."), 2203)


@case
def c04():
    c = {"council": "City of Bradford Metropolitan District Council - Children's Social Care",
         "title": "Transfer In Child Protection Conference",
         "details": [("Conference type", "Transfer In Conference"), ("Date", "Wednesday 30 December 2026"), ("Time", "10.30am"),
                     ("Venue", "Britannia House, Hall Ings, Bradford BD1 1HX"), ("Chair", "Dennis Okoro"),
                     ("Social worker", "Fiona Hartley"), ("Transferring authority", "Lancashire County Council")],
         "children": [["Wiktoria Zielinska", "30/05/2012", "Female"]],
         "adults": [["Marta Zielinska", "Mother", "08/08/1987"], ["Robert Hill", "Stepfather", "19/07/1980"],
                    ["Piotr Zielinski", "Father", "03/03/1984"]],
         "reason": ["Wiktoria has been subject to a child protection plan in Lancashire under the category of emotional abuse since June 2026 because of parental conflict and Ms Zielinska's alcohol misuse.",
                    "An Emergency Protection Order was considered in Lancashire in May 2026 but was not applied for. There was no police investigation.",
                    "Mr Zielinski lives in Poland and has had no contact with Wiktoria since 2020."],
         "marks": (None, "x"),
         "footer": ["Completed by: Fiona Hartley", "Date: 14/12/2026"],
         "from": "Bradford CP Conferences <cpconferences@bradford.gov.uk>", "host": "mail.bradford.gov.uk",
         "domain": "bradford.gov.uk", "subject": "Transfer In CPC - ZIELINSKA - 30/12/2026",
         "sent": london(2026, 12, 15, 15, 10), "received": london(2026, 12, 15, 15, 12), "filename": "TI conf Zielinska.pdf",
         "note": "Dear colleague\n\nPlease see attached invitation (scanned copy). Note the office is closed on the bank holidays.\n\nChild Protection Unit\nChildren's Social Care, City of Bradford MDC"}
    build("e-22-04-bradford-transfer-in-scan-bank-holidays-report-only", c, dict(
        district="bradford", kind="transfer_in", pre_birth=False, date="2026-12-30", time="10:30", tick=False,
        harm=["emotional"], children=[("Wiktoria Zielinska", "2012-05-30")],
        adults=["Marta Zielinska", "Robert Hill", "Piotr Zielinski"], criteria=[], decision="report_only",
        required=["ocr_used"], unscored=["no_booking_form"],
        tags=["scanned-pdf", "ocr", "district-bradford", "transfer-in", "tick-report-x", "epo-not-pp", "bank-holidays", "polish-names"],
        notes="Bradford transfer-in = initial under Wakefield rules (POLICY 4); EPO considered (not police protection), no police investigation -> no criterion, report sufficient -> report_only. Report due skips 25 and 28 Dec bank holidays -> 23/12."), 2204)


@case
def c05():
    c = {"council": "Kirklees Council - Children's Services",
         "title": "Initial Child Protection Conference - Request",
         "details": [("Conference type", "Initial CPC"), ("Date", "21.12.2026"), ("Time", "2.00pm"),
                     ("Venue", "Dewsbury Town Hall, Wakefield Old Road, Dewsbury"), ("Chair", "Susan Kaye"),
                     ("Social worker", "Mariusz Nowicki"), ("Reference", "KC-IC-3378")],
         "children": [["Ellie-Rose Batley", "19/09/2020", "Female"]],
         "adults": [["Jade Batley", "Mother", "02/06/1999"], ["Connor Ward", "Father", "28/02/1997"]],
         "two_pages": True, "angles": [-0.5, 0.8],
         "reason": ["Neglect - home conditions are very poor and Ellie-Rose has missed three health appointments. Category: neglect.",
                    "Police attended on 11/12/2026 for a welfare check after a neighbour's call; no offences were identified and there is no police investigation.",
                    "Mr Ward and Ms Batley separated in November; he sees Ellie-Rose at weekends."],
         "marks": ("x", "x"),
         "footer": ["Completed by: Mariusz Nowicki", "Date: 15/12/2026"],
         "from": "Kirklees Safeguarding Conferences <safeguarding.conferences@kirklees.gov.uk>", "host": "mail.kirklees.gov.uk",
         "domain": "kirklees.gov.uk", "subject": "ICPC 21/12 - BATLEY - KC-IC-3378",
         "sent": london(2026, 12, 16, 9, 15), "received": london(2026, 12, 16, 9, 18), "filename": "KC-IC-3378.pdf",
         "note": "Good morning\n\nScanned conference request attached - short notice, apologies.\n\nAndrea Haigh\nConference Administrator, Kirklees Council"}
    build("e-22-05-kirklees-icpc-scan-both-ticked-discuss", c, dict(
        district="kirklees", kind="initial", pre_birth=False, date="2026-12-21", time="14:00", tick=None,
        harm=["neglect"], children=[("Ellie-Rose Batley", "2020-09-19")],
        adults=["Jade Batley", "Connor Ward"], criteria=[], decision="discuss",
        required=["ocr_used", "tickbox_ambiguous"], unscored=["no_booking_form"],
        tags=["scanned-pdf", "ocr", "two-pages", "district-kirklees", "initial", "tick-both", "category-neglect-not-wilful", "surname-is-place", "report-due-equals-received"],
        notes="Kirklees ICPC under Wakefield rules: category neglect is not a wilful-neglect investigation, welfare check is not an investigation -> no criterion; both boxes marked -> discuss with tickbox_ambiguous (POLICY 2). Report due 16/12 = day received, not passed."), 2205)


@case
def c06():
    c = {"council": "Wakefield Council - Children and Young People's Service - Safeguarding and Review Unit",
         "title": "PRE-BIRTH REVIEW CONFERENCE BOOKING FORM",
         "details": [("Type of conference", "Pre-birth review conference"), ("Date of conference", "14/01/2027"), ("Time", "10:00"),
                     ("Venue", "Microsoft Teams"), ("Conference Chair", "Hugh Blackburn"),
                     ("Social worker", "Nadia Rashid"), ("Expected date of delivery", "26/02/2027")],
         "children": [["Unborn baby Sheikh", "EDD 26/02/2027", "-"]],
         "adults": [["Ayesha Sheikh", "Mother", "12/12/1996"], ["Bilal Chaudhry", "Father", "07/04/1993"]],
         "reason": ["Emotional harm. Ms Sheikh experienced domestic abuse in a previous relationship (2019). There have been no incidents in her current relationship and no police involvement with the couple.",
                    "Ms Sheikh has engaged well with the specialist midwife and perinatal mental health team.",
                    "Police are not part of the core group."],
         "marks": (None, "tick"),
         "footer": ["Completed by: Nadia Rashid", "Date: 04/01/2027"],
         "from": "Safeguarding and Review Unit <sgru.bookings@wakefield.gov.uk>", "host": "mail1.wakefield.gov.uk",
         "domain": "wakefield.gov.uk", "subject": "Pre-birth review - SHEIKH - 14/01/2027",
         "sent": london(2027, 1, 4, 11, 45), "received": london(2027, 1, 4, 11, 47), "filename": "PB review Sheikh.pdf",
         "note": "Hello\n\nPlease see scanned booking form attached.\n\nRegards\nSafeguarding and Review Unit\nWakefield Council"}
    build("e-22-06-wakefield-prebirth-review-scan-report-only", c, dict(
        district="wakefield", kind="review", pre_birth=True, date="2027-01-14", time="10:00", tick=False,
        harm=["emotional"], children=[("Unborn baby Sheikh", None)],
        adults=["Ayesha Sheikh", "Bilal Chaudhry"], criteria=[], decision="report_only",
        required=["ocr_used"], unscored=["no_booking_form", "missing_family_details"],
        tags=["scanned-pdf", "ocr", "district-wakefield", "pre-birth", "review", "tick-report", "historic-da-previous-relationship"],
        notes="Wakefield pre-birth review: DA only in a previous relationship (historic), no police involvement, police not in core group -> report_only (POLICY 3)."), 2206)


@case
def c07():
    c = {"council": "North Yorkshire Council - Children and Families Service",
         "title": "Initial Child Protection Conference - Invitation",
         "details": [("Conference type", "Initial Child Protection Conference"), ("Date", "18/12/2026"), ("Time", "10:00"),
                     ("Venue", "Civic Centre, Doncaster Road, Selby YO8 9FT"), ("Chair", "Geoffrey Pennington"),
                     ("Social worker", "Amy Sutcliffe-Rhodes"), ("Reference", "NYC-CP-99120")],
         "children": [["Harley Atkinson", "04/04/2017", "Male"]],
         "adults": [["Kerry Atkinson", "Mother", "16/09/1993"], ["Shane Atkinson", "Father", "21/01/1990"]],
         "reason": ["Physical abuse. Harley disclosed that his father hit him with a belt. Shane Atkinson was arrested on 02/12/2026 and released under investigation.",
                    "Mr Atkinson now lives in Castleford with his mother."],
         "marks": ("tick", None),
         "footer": ["Completed by: Amy Sutcliffe-Rhodes", "Date: 07/12/2026"],
         "from": "NYC Conference Team <cp.conferences@northyorks.gov.uk>", "host": "mail.northyorks.gov.uk",
         "domain": "northyorks.gov.uk", "subject": "ICPC invitation - ATKINSON - 18/12/2026",
         "sent": london(2026, 12, 8, 14, 20), "received": london(2026, 12, 8, 14, 23), "filename": "NYC-CP-99120 invite.pdf",
         "note": "Dear West Yorkshire Police\n\nFather now resides in your area - invitation attached.\n\nConference Team\nNorth Yorkshire Council"}
    build("e-22-07-north-yorkshire-scan-unverified-sender", c, dict(
        district=None, kind="initial", pre_birth=False, date="2026-12-18", time="10:00", tick=True,
        harm=["physical"], children=[("Harley Atkinson", "2017-04-04")],
        adults=["Kerry Atkinson", "Shane Atkinson"], criteria=["current_investigation"], decision="manual_review",
        required=["ocr_used", "unverified_sender"], unscored=["no_booking_form", "district_unknown"],
        deadlines_scored=False,
        tags=["scanned-pdf", "ocr", "other-authority", "unverified-sender", "rui"],
        notes="Sender northyorks.gov.uk is not on any district allow-list -> unverified_sender -> manual_review (POLICY 1) although the text shows a current investigation (RUI)."), 2207)


if __name__ == "__main__":
    for f in CASES:
        f()
    print(len(CASES), "cases")
