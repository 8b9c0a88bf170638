"""Layout 100: PDFs whose text layer differs from what a reader sees on the rendered page.

The label is what a person reading the rendered page concludes. ``source_texts`` hold the visible
text only (plus the e-mail); text that is covered, invisible (render mode 3), white on white,
outside the crop box, under a page image or under a redaction box is left out on purpose, so an
evidence quote taken from it does not count as verbatim.
"""
from __future__ import annotations

import datetime as dt
import io
import random
import zlib

from PIL import Image, ImageDraw, ImageFont

import common as C
from env import boundary, envelope
from pdfw import PDF, Canvas, add_fonts, simple_document, width, wrap

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


class Sheet:
    """A one-page form drawn with standard fonts; remembers visible text."""

    def __init__(self, c: Canvas, top: float = 790):
        self.c = c
        self.y = top
        self.visible: list[str] = []

    def title(self, text: str, size: float = 14) -> None:
        self.c.text(50, self.y, text, "F2", size)
        self.visible.append(text)
        self.y -= size + 8

    def small(self, text: str) -> None:
        self.c.text(50, self.y, text, "F1", 8)
        self.visible.append(text)
        self.y -= 14

    def heading(self, text: str) -> None:
        self.y -= 4
        self.c.rect(46, self.y - 4, 503, 15, fill=(0.88, 0.9, 0.93), stroke=None)
        self.c.text(50, self.y, text, "F2", 10)
        self.visible.append(text)
        self.y -= 19

    def kv(self, label: str, value: str, font: str = "F1") -> tuple[float, float]:
        self.c.text(50, self.y, label, "F2", 9)
        self.visible.append(label)
        self.c.text(200, self.y, value, font, 9.5)
        self.visible += [value, f"{label} {value}"]
        pos = (200, self.y)
        self.y -= 15
        return pos

    def para(self, text: str, font: str = "F1", size: float = 9.5, record: bool = True) -> None:
        lines = wrap(text, 490, font, size)
        for l in lines:
            self.c.text(50, self.y, l, font, size)
            if record:
                self.visible.append(l)
            self.y -= size + 3.5
        if record:
            self.visible.append(text)
        self.y -= 3

    def box(self, x: float, y: float) -> None:
        self.c.rect(x, y - 2, 10, 10, stroke=(0, 0, 0), lw=0.8)


def mail(cid, district, rx, sender, subj, body, fname, pdf, **kw) -> bytes:
    top = C.multipart("mixed", [C.text_part(body), C.attachment_part(pdf, "application/pdf", fname)], boundary(cid))
    return envelope(cid, district, rx, sender, C.subject(subj), top, **kw)


INFO_WORD = {"Producer": "Microsoft\u00ae Word for Microsoft 365", "Creator": "Microsoft\u00ae Word for Microsoft 365"}


# ---------------------------------------------------------------------------------------------- 100-01

def c01():
    cid = "t-100-01-wakefield-icpc-white-box-over-old-tick-drawn-tick"
    rx = dt.datetime(2026, 12, 14, 11, 0, 29)
    pdf = PDF()
    fonts = add_fonts(pdf)
    c = Canvas()
    s = Sheet(c)
    s.title("CHILD PROTECTION CONFERENCE BOOKING FORM")
    s.small("Wakefield Council - Children and Young People's Service - Safeguarding and Review Unit")
    s.heading("Conference")
    s.kv("Type of conference", "Initial CPC")
    s.kv("Date of conference", "Wednesday 23 December 2026")
    s.kv("Time", "10:00")
    s.kv("Venue", "Pontefract Town Hall, Ante Room")
    s.kv("Conference Chair", "Anne-Marie Lindley")
    s.kv("Allocated social worker", "Jack Holdsworth")
    s.kv("Category of concern", "Emotional")
    s.heading("Child")
    s.kv("Name / DOB", "Archie Fenton - 09/05/2018 - Carleton Park J&I School")
    s.heading("Parents and carers")
    s.kv("Mother", "Kayleigh Fenton - 01/01/1991")
    s.kv("Father", "Mark Fenton - 17/06/1988")
    s.heading("Reason for conference")
    s.para("Archie (8) has been scratching his arms until they bleed and told his teacher he wants to die. His parents "
           "argue constantly. Police were called to the address twice in November 2026 for verbal arguments: no "
           "offences were disclosed, the DASH was standard risk and there was no further police action. Both parents "
           "have agreed a safety plan and Archie has been referred to CAMHS.")
    s.heading("West Yorkshire Police (please tick one)")
    y1 = s.y
    s.box(60, y1)
    c.text(78, y1, "Police attendance required", "F1", 9.5)
    s.visible.append("Police attendance required")
    y2 = y1 - 17
    s.box(60, y2)
    c.text(78, y2, "Written report sufficient", "F1", 9.5)
    s.visible.append("Written report sufficient")
    # the original answer: an X typed in the 'written report' box ...
    c.text(61.6, y2 - 0.2, "X", "F2", 10)
    # ... covered by a white rectangle (box redrawn on top) and the new answer drawn as a tick path
    c.rect(59.5, y2 - 2.5, 11, 11, fill=(1, 1, 1), stroke=None)
    s.box(60, y2)
    c.tick(60, y1 - 2, 10)
    c.text(250, y1 - 8, "amended at the chair's request 11/12/26 - JH", "F1", 8.5, rgb=(0.1, 0.2, 0.7))
    s.visible.append("amended at the chair's request 11/12/26 - JH")
    s.y = y2 - 28
    s.kv("Completed by", "Jack Holdsworth")
    s.kv("Date completed", "11/12/2026")
    data, _ = simple_document(pdf, [(c.data(), {})], fonts, dict(INFO_WORD, Title="Booking form"))
    body = ("Good morning\n\nPlease find attached the amended booking form for Archie Fenton's ICPC on Wednesday 23rd "
            "December 2026 at 10am, Pontefract Town Hall (the chair asked for the police section to be changed).\n\n"
            "Regards\nAlison Dews\nBusiness Support, Safeguarding and Review Unit")
    subj = "AMENDED booking form - FENTON - ICPC 23/12/2026"
    fname = "Booking form FENTON (amended).pdf"
    eml = mail(cid, "wakefield", rx, "Alison Dews <alison.dews@wakefield.gov.uk>", subj, body, fname, data)
    lab = C.label(
        district="wakefield", kind="initial", pre_birth=False, date="2026-12-23", time="10:00", tick=True,
        harm=["emotional"], children=[("Archie Fenton", "2018-05-09")], adults=["Kayleigh Fenton", "Mark Fenton"],
        criteria=[], decision="discuss", received=rx.date(), unscored=["rescheduled"],
        source_texts=[subj, body, fname] + s.visible,
        tags=["covered-text", "white-rectangle", "vector-tick", "district-wakefield", "initial", "tick-attend",
              "dash-standard-not-da", "no-criterion"],
        notes="the only text tick is an 'X' for 'written report sufficient', covered by a white box; the visible answer "
              "is a drawn tick (no text) in 'police attendance required' -> no criterion (standard-risk verbal "
              "arguments, NFA), attendance requested -> discuss, not report_only")
    return cid, eml, lab


# ---------------------------------------------------------------------------------------------- 100-02

def c02():
    cid = "t-100-02-leeds-icpc-invisible-guidance-white-text-neglect"
    rx = dt.datetime(2026, 12, 8, 15, 0, 38)
    pdf = PDF()
    fonts = add_fonts(pdf)
    c = Canvas()
    guidance = ("GUIDANCE FOR SOCIAL WORKERS (this text does not print). Police will normally attend where: the child "
                "is subject to a current police investigation into physical or sexual abuse; the child has been placed "
                "in police protection; a registered sex offender lives in or is associated with the household; child "
                "sexual exploitation is a considered risk; there is serious domestic abuse with current police or DV "
                "co-ordinator involvement; the Chair and the DI have agreed police attendance.")
    yy = 820
    for l in wrap(guidance, 500, "F1", 7):
        c.text(48, yy, l, "F1", 7, mode=3)
        yy -= 9
    s = Sheet(c, top=770)
    s.title("REQUEST FOR CHILD PROTECTION CONFERENCE")
    s.small("Leeds City Council | Children and Families | Integrated Safeguarding Unit | OFFICIAL-SENSITIVE")
    s.heading("Conference")
    s.kv("Conference type", "ICPC")
    s.kv("Conference date", "16/12/2026")
    s.kv("Start time", "1.00 pm")
    s.kv("Location", "Leeds Civic Hall, Committee Room 3")
    s.kv("Chair", "Victoria Ambler")
    s.kv("Allocated social worker", "Liam Horsfall")
    s.kv("Category", "Neglect")
    s.heading("Child and household")
    s.kv("Child", "Poppy Atkinson, DOB 28/12/2020, Little Owls Nursery")
    s.kv("Mother", "Rachel Atkinson, DOB 19/05/1995")
    s.kv("Father", "not named on the birth certificate, no involvement")
    s.heading("Reason for requesting conference")
    ytop = s.y
    s.para("Poppy's weight has dropped from the 25th centile to below the 2nd. The flat is cold and damp and there was "
           "almost no food in on the last two visits. Rachel has missed six health appointments and is struggling "
           "with depression; she has no family support nearby. There has been no police involvement with the family.")
    # white-on-white example answer left in the template, in the reason box
    example = ("EXAMPLE: Father arrested on 01/03 for assault on the child and on police bail; RSO lodger; "
               "Police attendance required X")
    c.text(50, ytop - 70, example, "F1", 8, rgb=(1, 1, 1))
    s.y -= 20
    s.heading("West Yorkshire Police")
    y1 = s.y
    s.box(60, y1)
    c.text(78, y1, "Police attendance required", "F1", 9.5)
    s.box(260, y1)
    c.text(278, y1, "Written report sufficient", "F1", 9.5)
    c.text(261.5, y1 - 0.2, "X", "F2", 10)
    s.visible += ["Police attendance required", "Written report sufficient", "X"]
    s.y -= 30
    s.kv("Completed by", "Liam Horsfall, 07/12/2026")
    data, _ = simple_document(pdf, [(c.data(), {})], fonts, dict(INFO_WORD, Title="ISU request"))
    body = ("Hi,\n\nRequest for ICPC attached - Poppy Atkinson, 16/12/2026 at 1pm, Civic Hall.\n\nThanks\nLiam Horsfall\n"
            "Social Worker, Leeds South")
    subj = "ICPC request - ATKINSON"
    fname = "ICPC request ATKINSON.pdf"
    eml = mail(cid, "leeds", rx, "Liam Horsfall <liam.horsfall@leeds.gov.uk>", subj, body, fname, data)
    lab = C.label(
        district="leeds", kind="initial", pre_birth=False, date="2026-12-16", time="13:00", tick=False,
        harm=["neglect"], children=[("Poppy Atkinson", "2020-12-28")], adults=["Rachel Atkinson"],
        criteria=[], decision="report_only", received=rx.date(), source_texts=[subj, body, fname] + s.visible,
        tags=["render-mode-3", "white-on-white", "district-leeds", "initial", "tick-report", "no-criterion",
              "hidden-trigger-words"],
        notes="visible form: neglect, no police involvement, written report ticked -> report_only; the text layer also "
              "holds invisible guidance (render mode 3) and a white-on-white example answer full of criteria words")
    return cid, eml, lab


# ---------------------------------------------------------------------------------------------- 100-03

def c03():
    cid = "t-100-03-calderdale-icpc-stale-answers-outside-cropbox-abe-bail"
    rx = dt.datetime(2026, 12, 9, 10, 45, 16)
    pdf = PDF()
    fonts = add_fonts(pdf)
    c = Canvas()
    # stale answers from the template's last use, above the crop box (page is 1060 pt tall, crop 0..842)
    stale = [
        "Conference type: Review CPC",
        "Date of conference: 02/10/2026   Time: 14:00",
        "Police: Written report sufficient  X",
        "Reason: neglect - no police involvement",
    ]
    yy = 1010
    for l in stale:
        c.text(50, yy, l, "F1", 10)
        yy -= 16
    s = Sheet(c, top=790)
    s.title("Calderdale Council - Child Protection Conference Request")
    s.small("Children's Social Care | Child Protection Administration")
    s.heading("Conference")
    s.kv("Conference type", "Initial CPC")
    s.kv("Date", "Friday 18/12/2026")
    s.kv("Time", "10:00")
    s.kv("Venue", "Northgate House, Room F.2")
    s.kv("Chair", "Mark Stead")
    s.kv("Social worker", "Priya Sharma")
    s.kv("Category", "Sexual abuse")
    s.heading("Family")
    s.kv("Child", "Ruby-Rose Midgley, DOB 01/12/2019")
    s.kv("Mother", "Carla Midgley")
    s.kv("Father", "Jason Midgley")
    s.kv("Paternal uncle", "Dean Midgley (lived at the address until 05/12/2026)")
    s.heading("Reason for the conference")
    s.para("On 03/12/2026 Ruby-Rose told nursery staff that her uncle Dean, who was living with the family, had "
           "touched her private parts. This is a joint investigation with the Calderdale Safeguarding Unit: "
           "Ruby-Rose had an ABE interview on 04/12/2026 and Dean Midgley was arrested on 05/12/2026 and released "
           "on bail with a condition not to live at or visit the address.")
    s.para("Carla and Jason have been supportive of Ruby-Rose and are working with the social worker.")
    data, _ = simple_document(pdf, [(c.data(), {"media": [0, 0, 595, 1060], "crop": [0, 0, 595, 842]})], fonts,
                              dict(INFO_WORD, Title="CP request"))
    body = ("Dear CPPU\n\nPlease see the attached conference request for Ruby-Rose Midgley, Friday 18th December 2026 at "
            "10am.\n\nThank you\nChild Protection Administration\nCalderdale Council")
    subj = "Conference request - MIDGLEY"
    fname = "Conference request MIDGLEY.pdf"
    eml = mail(cid, "calderdale", rx, "CP Administration <cp.administration@calderdale.gov.uk>", subj, body, fname,
               data)
    lab = C.label(
        district="calderdale", kind="initial", pre_birth=False, date="2026-12-18", time="10:00", tick=None,
        harm=["sexual"], children=[("Ruby-Rose Midgley", "2019-12-01")],
        adults=["Carla Midgley", "Jason Midgley", "Dean Midgley"], criteria=["current_investigation"],
        decision="attend", received=rx.date(), source_texts=[subj, body, fname] + s.visible,
        tags=["outside-cropbox", "stale-text", "district-calderdale", "initial", "tick-absent"],
        notes="Calderdale: joint investigation, ABE and bail -> attend; text above the crop box (a review on 02/10/2026, "
              "'written report sufficient X', 'no police involvement') is left over from the template and is not on "
              "the page a reader sees")
    return cid, eml, lab


# ---------------------------------------------------------------------------------------------- 100-04

def render_image(lines: list[tuple[str, int, bool]], w: int = 1240, h: int = 1754) -> bytes:
    """A page image (150 dpi A4) with the newer form; returns raw 8-bit grey pixels."""
    img = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(img)
    reg = ImageFont.truetype(FONT_DIR + "DejaVuSans.ttf", 24)
    bold = ImageFont.truetype(FONT_DIR + "DejaVuSans-Bold.ttf", 24)
    big = ImageFont.truetype(FONT_DIR + "DejaVuSans-Bold.ttf", 34)
    y = 110
    for text, kind, boxed in lines:
        if kind == 2:
            d.text((100, y), text, font=big, fill=0)
            y += 58
            continue
        if kind == 1:
            y += 10
            d.rectangle([95, y - 6, 1145, y + 32], fill=225)
            d.text((100, y), text, font=bold, fill=0)
            y += 48
            continue
        if boxed is not None and kind == 3:
            d.rectangle([110, y + 2, 136, y + 28], outline=0, width=3)
            if boxed:
                d.line([114, y + 6, 132, y + 24], fill=0, width=3)
                d.line([114, y + 24, 132, y + 6], fill=0, width=3)
            d.text((150, y), text, font=reg, fill=0)
            y += 42
            continue
        d.text((100, y), text, font=reg, fill=0)
        y += 36
    return img.tobytes()


def c04():
    cid = "t-100-04-kirklees-rcpc-old-text-layer-under-page-image"
    rx = dt.datetime(2027, 1, 21, 10, 15, 3)
    new_lines = [
        ("Kirklees Council - Children's Services", 2, None),
        ("Child Protection Review Conference - booking", 0, None),
        ("Conference", 1, None),
        ("Type: Review Child Protection Conference (1st review)", 0, None),
        ("Date: Monday 1 February 2027     Time: 10:00", 0, None),
        ("Venue: Huddersfield Civic Centre 1, Room 5", 0, None),
        ("Chair: Alison Brook         Social worker: Gemma Crossland", 0, None),
        ("Category: Physical abuse", 0, None),
        ("Family", 1, None),
        ("Child: Bella Haworth, DOB 13/06/2017", 0, None),
        ("Mother: Jessica Haworth     Father: Ryan Haworth", 0, None),
        ("Progress since the initial conference", 1, None),
        ("The police investigation into the July incident ended in September", 0, None),
        ("with no further action. Bella is happier at home and school, and", 0, None),
        ("both parents have completed the parenting course.", 0, None),
        ("Core group: SW, school, school nurse and both parents.", 0, None),
        ("Police are not members of the core group.", 0, None),
        ("West Yorkshire Police", 1, None),
        ("Police attendance requested", 3, False),
        ("Written report sufficient", 3, True),
        ("Completed by Gemma Crossland, 19/01/2027", 0, None),
    ]
    old = [
        "Kirklees Council - Children's Services",
        "Initial Child Protection Conference - booking",
        "Date: Tuesday 14 July 2026   Time: 13:30",
        "Venue: Huddersfield Civic Centre 1, Room 5",
        "Child: Bella Haworth, DOB 13/06/2017",
        "Mother: Jessica Haworth   Father: Ryan Haworth",
        "Reason: Bella arrived at school with a black eye and said her dad punched her.",
        "Ryan Haworth was arrested on 02/07/2026 on suspicion of assaulting Bella and",
        "released under investigation; joint section 47 with the Kirklees Safeguarding Unit.",
        "Police attendance required  X",
    ]
    pdf = PDF()
    fonts = add_fonts(pdf)
    raw = render_image(new_lines)
    img = pdf.stream(raw, extra="/Type /XObject /Subtype /Image /Width 1240 /Height 1754 /ColorSpace /DeviceGray "
                                "/BitsPerComponent 8 ")
    c = Canvas()
    y = 780
    for l in old:
        c.text(50, y, l, "F1", 10)
        y -= 16
    c.image("Im1", 0, 0, 595, 842)
    data, _ = simple_document(pdf, [(c.data(), {})], fonts,
                              {"Producer": "Adobe Acrobat Pro (64-bit) 24.4.20220", "Creator": "Acrobat PDFMaker 24",
                               "Title": "RCPC booking Haworth"},
                              xobjects=[f"/Im1 {img} 0 R"])
    body = ("Hiya\n\nReview booking for Bella Haworth attached. I updated the form we used for the ICPC so it might look "
            "a bit different. Conference is Monday 1st February at 10am, Civic Centre 1.\n\nGemma Crossland\n"
            "Social Worker, Kirklees")
    subj = "RCPC booking - Bella HAWORTH - 01/02/2027"
    fname = "RCPC booking Haworth.pdf"
    eml = mail(cid, "kirklees", rx, "Gemma Crossland <gemma.crossland@kirklees.gov.uk>", subj, body, fname, data)
    visible = [t for t, _, _ in new_lines]
    lab = C.label(
        district="kirklees", kind="review", pre_birth=False, date="2027-02-01", time="10:00", tick=False,
        harm=["physical"], children=[("Bella Haworth", "2017-06-13")], adults=["Jessica Haworth", "Ryan Haworth"],
        criteria=["prior_unit_involvement"], decision="report_only", received=rx.date(),
        source_texts=[subj, body, fname] + visible,
        tags=["page-image-over-old-text-layer", "needs-ocr", "district-kirklees", "review", "tick-report",
              "history-nfa"],
        notes="the page is an image of the new review form drawn over the old ICPC text layer (arrest, RUI, attendance "
              "required); a reader sees a review, investigation closed NFA, police not in the core group, report "
              "ticked -> report_only (prior involvement only)")
    return cid, eml, lab


# ---------------------------------------------------------------------------------------------- 100-05

def c05():
    cid = "t-100-05-leeds-icpc-glyphs-drawn-out-of-order-rso-partner"
    rx = dt.datetime(2026, 12, 23, 14, 10, 47)
    lines: list[tuple[float, float, str, str, float]] = []
    y = 790

    def add(text, font="F1", size=9.5, x=50, dy=None):
        nonlocal y
        lines.append((x, y, text, font, size))
        y -= dy if dy is not None else size + 5

    add("REQUEST FOR CHILD PROTECTION CONFERENCE", "F2", 14, dy=20)
    add("Leeds City Council - Children and Families - Integrated Safeguarding Unit", "F1", 8, dy=18)
    add("Conference type: ICPC")
    add("Conference date: Tuesday 29 December 2026")
    add("Start time: 10:00")
    add("Location: Microsoft Teams")
    add("Chair: Jonathan Ingle")
    add("Allocated social worker: Marie Cawthorne")
    add("Category: Sexual", dy=20)
    add("Child: Harrison Doyle, DOB 18/08/2016, Bramley St Peter's CE Primary")
    add("Mother: Chloe Doyle, DOB 21/03/1993")
    add("Mother's partner: Steven Pratt, DOB 09/10/1979", dy=20)
    reason = ("Chloe's new partner Steven Pratt has been staying at the flat most nights since October. He is a "
              "registered sex offender and did not tell his offender manager that he was staying there. Chloe says "
              "she did not know about his offending. Harrison has said Steven baths him when mum is at work.")
    add("Reason for requesting conference:", "F2", 9.5)
    for l in wrap(reason, 490, "F1", 9.5):
        add(l)
    y -= 8
    add("West Yorkshire Police:", "F2", 9.5)
    add("[X] Police attendance required      [  ] Written report sufficient")
    add("Completed by: Marie Cawthorne, 22/12/2026")

    glyphs = []
    for x, yy, text, font, size in lines:
        cx = x
        for ch in text:
            w = width(ch, font, size)
            if ch != " ":
                glyphs.append((cx, yy, ch, font, size))
            else:
                w += 0.9  # justified-looking word spacing
            cx += w
    random.Random(20261223).shuffle(glyphs)
    c = Canvas()
    for gx, gy, ch, font, size in glyphs:
        c.text(gx, gy, ch, font, size)
    pdf = PDF()
    fonts = add_fonts(pdf)
    data, _ = simple_document(pdf, [(c.data(), {})], fonts,
                              {"Producer": "PDFsharp 6.1.1 (www.pdfsharp.net)", "Creator": "Mosaic Document Service",
                               "Title": "ISU request"})
    body = ("Dear CPPU,\n\nPlease see the attached request for an ICPC for Harrison Doyle on Tuesday 29th December at "
            "10:00. We appreciate the short notice over Christmas - the chair has agreed to hold it before the new "
            "year because of the level of risk.\n\nISU Business Support\nLeeds City Council")
    subj = "URGENT ICPC 29/12/2026 - DOYLE"
    fname = "ICPC request DOYLE.pdf"
    eml = mail(cid, "leeds", rx, "ISU Business Support <isu.businesssupport@leeds.gov.uk>", subj, body, fname, data)
    visible = [t for _, _, t, _, _ in lines] + [reason]
    lab = C.label(
        district="leeds", kind="initial", pre_birth=False, date="2026-12-29", time="10:00", tick=True,
        harm=["sexual"], children=[("Harrison Doyle", "2016-08-18")], adults=["Chloe Doyle", "Steven Pratt"],
        criteria=["registered_sex_offender"], decision="attend", received=rx.date(),
        source_texts=[subj, body, fname] + visible,
        tags=["glyph-by-glyph", "out-of-reading-order", "district-leeds", "initial", "tick-attend", "late-notice",
              "christmas"],
        notes="Leeds item 6: the mother's partner staying most nights is a registered sex offender -> attend; every "
              "glyph is drawn separately in shuffled order (stream order is not reading order); 2 working days' notice "
              "over Christmas")
    return cid, eml, lab


# ---------------------------------------------------------------------------------------------- 100-06

def c06():
    cid = "t-100-06-bradford-rcpc-ligatures-soft-hyphens-new-arrest"
    rx = dt.datetime(2027, 1, 18, 9, 40, 22)
    SH = "\u00ad"
    FI, FL = "\ufb01", "\ufb02"
    pdf = PDF()
    fonts = add_fonts(pdf, ligatures=True)
    c = Canvas()
    s = Sheet(c)

    def lig(t: str) -> str:
        return t.replace("fi", FI).replace("fl", FL)

    s.title("Child Protection Review Conference - Booking")
    s.small("Bradford Children's Social Care - Conference Unit")
    s.heading("Conference")
    for k, v in [("Review", "Second review"), ("Date", "Wednesday 27 January 2027"), ("Time", "1.00pm"),
                 ("Venue", "Britannia House, Hall Ings - Room 2"), ("Chair", "Rehana Qureshi"),
                 ("Social worker", "Daniel Metcalfe"), ("Plan category", "Physical abuse")]:
        c.text(50, s.y, k, "F2", 9)
        c.text(200, s.y, lig(v), "F4", 9.5)
        s.visible += [k, lig(v)]
        s.y -= 15
    s.heading("Family")
    for k, v in [("Children", "Amelia Thornton (03/03/2013), Jack Thornton (14/12/2015)"),
                 ("Mother", "Nicole Thornton"), ("Father", "Paul Thornton")]:
        c.text(50, s.y, k, "F2", 9)
        c.text(200, s.y, v, "F4", 9.5)
        s.visible += [k, v]
        s.y -= 15
    s.heading("Since the last conference")
    raw_lines = [
        lig("Significant event: on 04/01/2027 Jack told his teacher that his dad had hit him with a"),
        lig("flex the night before, leaving marks on his legs. Bradford Child Protection Unit are inves") + SH,
        lig("tigating: Paul Thornton was arrested on 05/01/2027 and released on police bail with condi") + SH,
        lig("tions not to contact the children or go to the family home. The officer in the case is DC"),
        lig("Ruth Sugden; Jack was interviewed (ABE) on 06/01/2027. Nicole has agreed a safety plan and"),
        lig("has kept to it so far. Amelia says she feels safer."),
    ]
    for l in raw_lines:
        c.text(50, s.y, l, "F4", 9.5)
        s.y -= 13
    s.visible += raw_lines
    joined = "".join(l[:-1] if l.endswith(SH) else l + " " for l in raw_lines).strip()
    s.visible.append(joined)
    s.visible.append(joined.replace(FI, "fi").replace(FL, "fl"))
    s.y -= 8
    s.heading("Police")
    c.text(50, s.y, "Police attendance requested: No     Written report suf" + FI + "cient: Yes", "F4", 9.5)
    s.visible.append("Police attendance requested: No     Written report suf" + FI + "cient: Yes")
    data, _ = simple_document(pdf, [(c.data(), {})], fonts, dict(INFO_WORD, Title="RCPC booking"))
    body = ("Good morning\n\nPlease find attached the booking for the Thornton children's review conference on Wednesday "
            "27th January 2027 at 1pm.\n\nRegards\nConference Unit\nBradford Children's Social Care")
    subj = "RCPC - THORNTON - 27.01.2027"
    fname = "RCPC booking THORNTON.pdf"
    eml = mail(cid, "bradford", rx, "Conference Unit <cp.conferenceunit@bradford.gov.uk>", subj, body, fname, data)
    lab = C.label(
        district="bradford", kind="review", pre_birth=False, date="2027-01-27", time="13:00", tick=False,
        harm=["physical"], children=[("Amelia Thornton", "2013-03-03"), ("Jack Thornton", "2015-12-14")],
        adults=["Nicole Thornton", "Paul Thornton"], criteria=["current_investigation"], decision="discuss",
        received=rx.date(), source_texts=[subj, body, fname] + s.visible,
        tags=["ligatures", "soft-hyphens", "tounicode-differs", "district-bradford", "review", "tick-report"],
        notes="Bradford review (Wakefield rules): a new arrest and bail for hitting the child, under investigation -> "
              "discuss although report only; the text layer has fi/fl ligature characters and soft hyphens where the "
              "page shows hyphenated line breaks")
    return cid, eml, lab


# ---------------------------------------------------------------------------------------------- 100-07

def c07():
    cid = "t-100-07-wakefield-icpc-redaction-box-over-date-marac"
    rx = dt.datetime(2027, 1, 6, 16, 0, 55)
    pdf = PDF()
    fonts = add_fonts(pdf)
    c = Canvas()
    s = Sheet(c)
    s.title("CHILD PROTECTION CONFERENCE BOOKING FORM")
    s.small("Wakefield Council - Safeguarding and Review Unit")
    s.heading("Conference")
    s.kv("Type of conference", "Initial CPC")
    ytop = s.y + 11
    c.text(50, s.y, "Date of conference", "F2", 9)
    c.text(200, s.y, "Thursday 14 January 2027", "F1", 9.5)
    s.y -= 15
    c.text(50, s.y, "Time", "F2", 9)
    c.text(200, s.y, "10:00", "F1", 9.5)
    s.y -= 15
    c.text(50, s.y, "Home address", "F2", 9)
    c.text(200, s.y, "Flat 2, 31 Lindale Terrace, Wakefield WF1 4QT", "F1", 9.5)
    s.y -= 15
    # a redaction drawn as a black box over the answers only: the text stays in the text layer
    c.rect(196, s.y + 10, 300, ytop - s.y - 10, fill=(0, 0, 0), stroke=None)
    s.visible += ["Date of conference", "Time", "Home address"]
    s.kv("Venue", "Wakefield One - Room 6")
    s.kv("Chair", "Nicola Brook")
    s.kv("Social worker", "Adam Sugden")
    s.kv("Category", "Emotional")
    s.heading("Family")
    s.kv("Child", "Isabelle Fairburn - 27/09/2018")
    s.kv("Mother", "Hannah Fairburn")
    s.kv("Father", "Craig Fairburn")
    s.heading("Reason for conference")
    s.para("Hannah and Isabelle have been in a refuge since 21/12/2026 after Craig assaulted Hannah in front of "
           "Isabelle. He has been charged with ABH and is remanded in custody. The case was heard at MARAC on "
           "05/01/2027 and DC Tom Beverley of the Wakefield DA team is supporting Hannah.")
    s.heading("West Yorkshire Police")
    c.text(50, s.y, "Police attendance required: X      Written report sufficient:", "F1", 9.5)
    s.visible.append("Police attendance required: X      Written report sufficient:")
    data, _ = simple_document(pdf, [(c.data(), {})], fonts, dict(INFO_WORD, Title="Booking form"))
    body = ("Hi,\n\nBooking form attached for the Fairburn ICPC. I've redacted mum's refuge address before sending.\n\n"
            "Thanks\nAdam Sugden\nSocial Worker")
    subj = "ICPC booking - FAIRBURN"
    fname = "Booking form FAIRBURN (redacted).pdf"
    eml = mail(cid, "wakefield", rx, "Adam Sugden <adam.sugden@wakefield.gov.uk>", subj, body, fname, data)
    lab = C.label(
        district="wakefield", kind="initial", pre_birth=False, date=None, time=None, tick=True,
        harm=["emotional"], children=[("Isabelle Fairburn", "2018-09-27")], adults=["Hannah Fairburn", "Craig Fairburn"],
        criteria=["domestic_abuse_current_involvement"], decision="manual_review", received=rx.date(),
        deadlines=False, flags_required=["missing_conference_date"],
        unscored=["late_notice", "deadline_passed"],
        source_texts=[subj, body, fname] + s.visible,
        tags=["redaction-box", "text-under-black-box", "district-wakefield", "initial", "tick-attend",
              "date-unreadable"],
        notes="the redaction box meant for the refuge address also covers the date and time; the text layer still "
              "holds them but a reader cannot see a conference date -> manual_review with missing_conference_date "
              "(DA with MARAC and a DA officer is still detected)")
    return cid, eml, lab


CASES = [c01, c02, c03, c04, c05, c06, c07]
