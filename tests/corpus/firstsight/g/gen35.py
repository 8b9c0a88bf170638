"""Layout 35: booking forms / letters as image attachments (PNG or JPEG) - a typed form scanned or photographed,
pen tick marks drawn as strokes, short covering note in the body."""
import datetime as dt
import io
import random
import textwrap

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from lib import POLICE, SIG_DISCLAIMER, build_email, gmt, kid, label, write_case

D = dt.date
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def render(items, dpi=200, angle=0.8, seed=1, photo=False, fmt="PNG"):
    """items: ('title', t) ('kv', label, value) ('para', t) ('box', label, ticked) ('gap',)
    Returns (bytes, texts)."""
    rnd = random.Random(seed)
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    s = dpi / 200
    f = ImageFont.truetype(FONT, int(30 * s))
    fb = ImageFont.truetype(FONTB, int(30 * s))
    ft = ImageFont.truetype(FONTB, int(40 * s))
    x0, y = int(130 * s), int(150 * s)
    lh = int(44 * s)
    texts = []
    ticks = []
    for it in items:
        k = it[0]
        if k == "title":
            d.text((x0, y), it[1], font=ft, fill=0)
            y += int(70 * s)
            texts.append(it[1])
        elif k == "kv":
            d.text((x0, y), it[1], font=fb, fill=0)
            wrapped = textwrap.wrap(it[2], 52, break_on_hyphens=False) or [""]
            for i, ln in enumerate(wrapped):
                d.text((x0 + int(520 * s), y + i * lh), ln, font=f, fill=0)
            y += lh * len(wrapped) + int(10 * s)
            texts += [it[1], it[2]]
        elif k == "para":
            for ln in textwrap.wrap(it[1], 80, break_on_hyphens=False):
                d.text((x0, y), ln, font=f, fill=0)
                y += lh
            y += int(12 * s)
            texts.append(it[1])
        elif k == "box":
            b = int(32 * s)
            d.rectangle([x0, y, x0 + b, y + b], outline=0, width=max(2, int(3 * s)))
            d.text((x0 + b + int(25 * s), y - 2), it[1], font=f, fill=0)
            if it[2]:
                ticks.append((x0, y, b))
            y += int(58 * s)
            texts.append(it[1])
        elif k == "gap":
            y += int(30 * s)
    img = img.convert("RGB")
    d = ImageDraw.Draw(img)
    pen = (25, 35, 120)
    for (x, yy, b) in ticks:  # hand-drawn tick strokes, slightly wobbly, overshooting the box
        pts = [(x + b * 0.1 + rnd.uniform(-2, 2), yy + b * 0.5 + rnd.uniform(-2, 2)),
               (x + b * 0.4, yy + b * 0.95 + rnd.uniform(-2, 2)),
               (x + b * 1.5 + rnd.uniform(-3, 3), yy - b * 0.6 + rnd.uniform(-3, 3))]
        d.line(pts, fill=pen, width=max(4, int(6 * s)), joint="curve")
    # scan / photo artefacts
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(250, 250, 250) if not photo else (120, 110, 95))
    noise = Image.effect_noise((W, H), 18 if photo else 10).convert("RGB")
    img = Image.blend(img, noise, 0.07 if photo else 0.05)
    if photo:
        shade = Image.linear_gradient("L").resize((W, H)).point(lambda v: 255 - v // 5)
        img = Image.composite(img, Image.new("RGB", (W, H), (205, 200, 190)), shade)
        img = img.filter(ImageFilter.GaussianBlur(0.8))
    else:
        img = img.filter(ImageFilter.GaussianBlur(0.4)).convert("L")
    buf = io.BytesIO()
    if fmt == "JPEG":
        img.save(buf, "JPEG", quality=82, dpi=(dpi, dpi))
    else:
        img.save(buf, "PNG", dpi=(dpi, dpi))
    return buf.getvalue(), texts


def mk(name, rec, hm, frm_name, frm, district, subj, body, items, fname, lab_kwargs, fmt="PNG", photo=False,
       angle=0.8, seed=1, corrupt=False):
    data, itexts = render(items, angle=angle, seed=seed, photo=photo, fmt=fmt)
    if corrupt:
        data = data[: len(data) // 3]
    ctype = "image/jpeg" if fmt == "JPEG" else "image/png"
    eml = build_email(case=name, from_name=frm_name, from_addr=frm, to=POLICE[district], subject=subj,
                      sent=gmt(rec, *hm), received=gmt(rec, *hm) + dt.timedelta(minutes=1), text=body,
                      attachments=[(fname, ctype, data)], x_mailer="Microsoft Outlook 16.0")
    texts = [subj, body] + body.split("\n\n") + ([] if corrupt else itexts)
    write_case(name, eml, label(received=rec, texts=texts, **lab_kwargs))


def case35_01():
    items = [
        ("title", "CHILD PROTECTION CONFERENCE BOOKING FORM"),
        ("para", "Wakefield Council - Safeguarding and Review Unit"),
        ("kv", "Conference type:", "Initial Child Protection Conference"),
        ("kv", "Date:", "19/01/2027"),
        ("kv", "Time:", "10:00"),
        ("kv", "Venue:", "Wakefield One, Burton Street, Room 3"),
        ("kv", "Category:", "Sexual abuse"),
        ("kv", "Child:", "Lily Fairburn, DOB 14/09/2016"),
        ("kv", "Mother:", "Joanne Fairburn"),
        ("kv", "Father:", "Mark Fairburn"),
        ("gap",),
        ("para", "Reason for conference: Lily disclosed to her mother that her father had touched her inappropriately. "
                 "Mr Fairburn was arrested on 29/12/2026 and released on police bail. Lily's ABE interview is planned "
                 "for 08/01/2027 and the police investigation is ongoing."),
        ("gap",),
        ("para", "West Yorkshire Police (please tick one):"),
        ("box", "Police attendance required", True),
        ("box", "Written report sufficient", False),
    ]
    body = ("Hi,\n\nOur scanner only saves as pictures at the moment, sorry - the booking form for Lily Fairburn's ICPC "
            "is attached as an image.\n\nThanks\nTracey Whiteley\nSafeguarding and Review Unit | Wakefield Council\n"
            "Tel: 01924 306 4471\n\n" + SIG_DISCLAIMER["wakefield"])
    mk("g-35-01-wakefield-icpc-png-scan-bail-abe-attend", D(2027, 1, 5), (10, 15), "Tracey Whiteley",
       "tracey.whiteley@wakefield.gov.uk", "wakefield", "ICPC 19/01/2027 - FAIRBURN (scanned form)", body, items,
       "scan_20270105_101244.png",
       dict(district="wakefield", kind="initial", pre_birth=False, date="2027-01-19", time="10:00", tick="required",
            harm=["sexual"], children=[kid("Lily Fairburn", "2016-09-14")], adults=["Joanne Fairburn", "Mark Fairburn"],
            criteria=["current_investigation"], decision="attend", ocr=True,
            tags=["image-png", "scan", "pen-tick", "bail", "abe", "ocr"],
            notes="Father arrested, on bail, ABE planned: current investigation of sexual abuse in the family (item 1) "
                  "-> attend. Text only in the image -> ocr_used."),
       angle=0.9, seed=11)


def case35_02():
    items = [
        ("title", "REQUEST FOR INITIAL CHILD PROTECTION CONFERENCE"),
        ("para", "Leeds City Council - Children and Families"),
        ("kv", "Date of ICPC:", "20/01/2027"),
        ("kv", "Time:", "13:00"),
        ("kv", "Venue:", "Microsoft Teams"),
        ("kv", "Category:", "Sexual"),
        ("kv", "Young person:", "Jessica Stirk, DOB 02/02/2012"),
        ("kv", "Mother:", "Danielle Stirk"),
        ("kv", "Step-father:", "Andrius Petrauskas"),
        ("gap",),
        ("para", "Reason: Jessica is considered at risk of child sexual exploitation. She has been picked up from school "
                 "by unknown adult men in a car and has been given a new phone and alcohol. CSE risk assessment: "
                 "significant."),
        ("gap",),
        ("box", "Police attendance required", False),
        ("box", "Written report sufficient", True),
    ]
    body = ("Morning - photo of the signed ICPC request attached (I'm out on visits today). Any problems give me a "
            "call.\n\nKatie Lumb\nSocial Worker, Leeds South Locality\n07700 900 524\n\nSent from Outlook for iOS")
    mk("g-35-02-leeds-icpc-jpeg-photo-cse-discuss", D(2027, 1, 6), (12, 48), "Katie Lumb", "katie.lumb@leeds.gov.uk",
       "leeds", "ICPC request STIRK 20/01/27", body, items, "IMG_4471.jpg",
       dict(district="leeds", kind="initial", pre_birth=False, date="2027-01-20", time="13:00", tick="report",
            harm=["sexual"], children=[kid("Jessica Stirk", "2012-02-02")],
            adults=["Danielle Stirk", "Andrius Petrauskas"], criteria=["child_sexual_exploitation"],
            decision="discuss", ocr=True,
            tags=["image-jpeg", "photo", "pen-tick", "cse", "lithuanian-name", "ocr"],
            notes="Leeds ICPC: CSE considered risk alone -> discuss (POLICY choice)."),
       fmt="JPEG", photo=True, angle=-1.6, seed=22)


def case35_03():
    items = [
        ("title", "REVIEW CHILD PROTECTION CONFERENCE"),
        ("para", "Calderdale Council - Safeguarding and Quality Assurance"),
        ("kv", "Date / time:", "Thursday 28/01/2027 at 10:00"),
        ("kv", "Venue:", "Northgate House, Halifax - Calder Room"),
        ("kv", "Plan category:", "Neglect"),
        ("kv", "Children:", "Mason Greenwood-Hirst, DOB 09/06/2018; Evie Hirst, DOB 01/05/2021"),
        ("kv", "Adults:", "Amy Hirst (mother); Connor Greenwood (father of Mason)"),
        ("gap",),
        ("para", "Progress: School attendance has improved to 94% and home conditions are good. There has been no police "
                 "involvement since the last conference. Core group: social worker, school, health visitor, parents."),
        ("gap",),
        ("box", "Police attendance requested", False),
        ("box", "Police report only", True),
    ]
    body = ("Dear colleague,\n\nPlease see the attached scanned invitation for the review conference for Mason and "
            "Evie on 28 January.\n\nKind regards\nAnita Drobná\nConference Administrator, Calderdale Council\n"
            "01422 392 7715\n\n" + SIG_DISCLAIMER["calderdale"])
    mk("g-35-03-calderdale-rcpc-png-scan-progress-report-only", D(2027, 1, 7), (9, 5), "Anita Drobna",
       "anita.drobna@calderdale.gov.uk", "calderdale", "RCPC 28/01/2027 - HIRST", body, items, "RCPC HIRST.png",
       dict(district="calderdale", kind="review", pre_birth=False, date="2027-01-28", time="10:00", tick="report",
            harm=["neglect"],
            children=[kid("Mason Greenwood-Hirst", "2018-06-09"), kid("Evie Hirst", "2021-05-01")],
            adults=["Amy Hirst", "Connor Greenwood"], criteria=[], decision="report_only", ocr=True,
            tags=["image-png", "scan", "pen-tick", "review", "police-negated", "ocr"],
            notes="Calderdale review: no police involvement, police not in core group, report only ticked -> "
                  "report_only (rule 3)."),
       angle=-0.7, seed=33)


def case35_04():
    items = [
        ("title", "PRE-BIRTH CHILD PROTECTION CONFERENCE - BOOKING"),
        ("para", "Kirklees Children's Services"),
        ("kv", "Conference:", "Pre-birth Initial Child Protection Conference"),
        ("kv", "Date:", "Monday 25 January 2027"),
        ("kv", "Time:", "11.00am"),
        ("kv", "Venue:", "Batley Town Hall, Market Place, Batley"),
        ("kv", "Unborn child:", "Baby Mirza (EDD 18/04/2027)"),
        ("kv", "Mother:", "Sana Mirza"),
        ("kv", "Father:", "Bilal Chaudhry"),
        ("gap",),
        ("para", "Concerns: Ms Mirza has a learning disability and limited support. In a previous relationship in 2019 "
                 "she experienced domestic abuse; that ex-partner now lives in Wales and has had no contact since 2020. "
                 "There are no current domestic abuse concerns and Mr Chaudhry is not known to police."),
        ("gap",),
        ("box", "Police attendance required", False),
        ("box", "Written report sufficient", True),
    ]
    body = ("Hello,\n\nPhotograph of the pre-birth booking form attached - original to follow in the internal post."
            "\n\nNaveed Akhtar\nConference and Review Administration, Kirklees Council\nTel 01484 221 9004\n\n"
            + SIG_DISCLAIMER["kirklees"])
    mk("g-35-04-kirklees-prebirth-jpeg-historic-da-report-only", D(2027, 1, 8), (14, 30), "Akhtar, Naveed",
       "naveed.akhtar@kirklees.gov.uk", "kirklees", "Pre-birth ICPC 25/01/2027 - MIRZA", body, items,
       "PB booking MIRZA.jpg",
       dict(district="kirklees", kind="initial", pre_birth=True, date="2027-01-25", time="11:00", tick="report",
            harm=None, children=[kid("Baby Mirza", None)], adults=["Sana Mirza", "Bilal Chaudhry"], criteria=[],
            decision="report_only", ocr=True,
            tags=["image-jpeg", "photo", "pen-tick", "pre-birth", "historic-da", "third-party-no-contact", "ocr"],
            notes="Kirklees pre-birth (Wakefield rules): DA only historical and about an ex-partner with no contact; "
                  "no police involvement; report ticked -> report_only."),
       fmt="JPEG", photo=True, angle=1.3, seed=44)


def case35_05():
    items = [
        ("title", "TRANSFER-IN CHILD PROTECTION CONFERENCE"),
        ("para", "City of Bradford MDC - Children's Social Care"),
        ("kv", "Date:", "26/01/2027"),
        ("kv", "Time:", "14:00"),
        ("kv", "Venue:", "Shipley Town Hall, Shipley"),
        ("kv", "Transferring LA:", "Derbyshire County Council"),
        ("kv", "Plan category:", "Emotional abuse"),
        ("kv", "Children:", "Sienna Wood, DOB 12/03/2015; Alfie Wood, DOB 30/08/2017"),
        ("kv", "Adults:", "Rachel Wood (mother); Thomas Ferris (mother's partner)"),
        ("gap",),
        ("para", "Reason: the children have been on child protection plans in Chesterfield since June 2026 because of "
                 "parental mental health and emotional harm. There is no police involvement with the family."),
        ("gap",),
        ("para", "Police (tick one):"),
        ("box", "Attendance required", True),
        ("box", "Written report sufficient", True),
    ]
    body = ("Good afternoon,\n\nPlease find the transfer-in booking form attached (scanned).\n\nRegards\nImran Hanif\n"
            "Business Support, Safeguarding and Reviewing Unit\nCity of Bradford MDC\n01274 43 7702\n\n"
            + SIG_DISCLAIMER["bradford"])
    mk("g-35-05-bradford-transfer-in-png-both-ticked-discuss", D(2027, 1, 11), (13, 20), "Imran Hanif",
       "imran.hanif@bradford.gov.uk", "bradford", "Transfer-in CPC 26/01/2027 - WOOD", body, items,
       "TI WOOD scan.png",
       dict(district="bradford", kind="transfer_in", pre_birth=False, date="2027-01-26", time="14:00", tick="both",
            harm=["emotional"], children=[kid("Sienna Wood", "2015-03-12"), kid("Alfie Wood", "2017-08-30")],
            adults=["Rachel Wood", "Thomas Ferris"], criteria=[], decision="discuss", ocr=True,
            tags=["image-png", "scan", "pen-tick", "both-ticked", "transfer-in", "derbyshire", "names-are-words", "ocr"],
            notes="Bradford transfer-in (Wakefield rules): no criterion; both boxes ticked -> discuss + "
                  "tickbox_ambiguous (rule 2)."),
       angle=0.5, seed=55)


def case35_06():
    items = [
        ("title", "Wakefield Council - Safeguarding and Review Unit"),
        ("para", "Date: 11 January 2027"),
        ("para", "Dear Mr and Mrs Dyson,"),
        ("para", "Initial Child Protection Conference held on 07/01/2027 - Kyle Dyson (DOB 03/03/2019)"),
        ("para", "I am writing to confirm the outcome of the conference. The conference decided that Kyle should be the "
                 "subject of a child protection plan under the category of neglect. The first core group meeting will "
                 "be on 21/01/2027 and the first review conference will be held on 07/04/2027."),
        ("para", "A copy of the conference record will be sent to you within 15 working days."),
        ("para", "Yours sincerely, Margaret Lumb, Child Protection Chair"),
        ("para", "cc: West Yorkshire Police CPPU, Health Visitor, Moorside Primary School"),
    ]
    body = ("Please see attached the chair's outcome letter for Kyle Dyson for your records.\n\nTracey Whiteley\n"
            "Safeguarding and Review Unit | Wakefield Council\n\n" + SIG_DISCLAIMER["wakefield"])
    mk("g-35-06-wakefield-chair-outcome-letter-png-not-invitation", D(2027, 1, 12), (11, 2), "Tracey Whiteley",
       "tracey.whiteley@wakefield.gov.uk", "wakefield", "Outcome letter - DYSON - ICPC 07/01/2027", body, items,
       "Outcome letter DYSON.png",
       dict(district="wakefield", kind=None, pre_birth=None, date=None, time=None, tick="absent", has_tickbox=False,
            harm=None, children=None, adults=None, criteria=None, decision="manual_review", manual=True,
            deadlines=False, flags_required=["not_an_invitation"], ocr=True,
            unscored=["missing_reason", "missing_family_details", "missing_conference_date", "no_booking_form"],
            tags=["image-png", "scan", "chair-letter", "outcome", "not-an-invitation", "dates-of-other-events"],
            notes="Chair's outcome letter after the conference (core group and review dates inside): not an "
                  "invitation -> manual_review + not_an_invitation (POLICY decision rule 1)."),
       angle=-0.4, seed=66)


def case35_07():
    items = [("title", "CHILD PROTECTION CONFERENCE BOOKING FORM"), ("kv", "Date:", "25/01/2027")]
    body = ("Hello,\n\nPlease find attached the scanned booking form for an Initial Child Protection Conference for "
            "the Nowicki children on 25/01/2027 at 10am, Merrion House.\n\nThanks\nPriya Chauhan\nSocial Worker - Leeds "
            "West Locality\nTel 0113 376 4418\n\n" + SIG_DISCLAIMER["leeds"])
    mk("g-35-07-leeds-icpc-jpeg-truncated-unreadable", D(2027, 1, 13), (16, 10), "Priya Chauhan",
       "priya.chauhan@leeds.gov.uk", "leeds", "ICPC NOWICKI 25/01/2027 - scanned form", body, items,
       "NOWICKI booking form.jpg",
       dict(district="leeds", kind="initial", pre_birth=False, date="2027-01-25", time="10:00", tick="absent",
            harm=None, children=None, adults=None, criteria=[], decision="manual_review", manual=True, deadlines=False,
            flags_required=["unreadable_attachment", "no_booking_form"],
            unscored=["ocr_used", "missing_family_details", "missing_reason", "tickbox_ambiguous"],
            tags=["image-jpeg", "truncated-file", "unreadable-attachment", "covering-note-only"],
            notes="The only attachment is a truncated JPEG that cannot be decoded and no booking form was read "
                  "anywhere -> manual_review with unreadable_attachment + no_booking_form (POLICY decision rule 1)."),
       fmt="JPEG", photo=True, seed=77, corrupt=True)


if __name__ == "__main__":
    for f in [case35_01, case35_02, case35_03, case35_04, case35_05, case35_06, case35_07]:
        f()
