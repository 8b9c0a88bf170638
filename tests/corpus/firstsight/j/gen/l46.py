"""Layout 46: Word "Save as PDF" booking forms. Bordered tables with shaded label cells, header and
footer lines on every page, tick boxes set in Wingdings (embedded font whose text layer holds
private-use characters U+F0A8 / U+F0FD / U+F0FE) or in Segoe UI Symbol (real U+2610 / U+2612)."""
import io
import textwrap
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.colors import black, HexColor
from email.mime.multipart import MIMEMultipart
from common import (headers, msg_headers, text_part, attach_bytes, write_case, kids, lines_of, london)
import mkfont

pdfmetrics.registerFont(TTFont("Calibri", "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("Calibri-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf"))
pdfmetrics.registerFont(TTFont("SegoeUISymbol", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("Wingdings", mkfont.build()))
TO = "CPPU Conference Invites <cppu.conferences@westyorkshire.police.uk>"
W, H = A4
WD_ON, WD_X, WD_OFF = "\uf0fe", "\uf0fd", "\uf0a8"


class WordPdf:
    def __init__(self, header_l, header_r, footer, title, glyphs="wingdings"):
        self.buf = io.BytesIO()
        c = self.c = canvas.Canvas(self.buf, pagesize=A4)
        c.setCreator("Microsoft\u00ae Word for Microsoft 365")
        if hasattr(c, "setProducer"):
            c.setProducer("Microsoft\u00ae Word for Microsoft 365")
        c.setTitle(title)
        self.hl, self.hr, self.ft = header_l, header_r, footer
        self.glyphs = glyphs
        self.src = [header_l, header_r, footer, title]
        self.page = 1
        self._hf()
        c.setFont("Calibri-Bold", 15)
        c.drawString(56, self.y, title)
        self.y -= 26

    def _hf(self):
        c = self.c
        c.setFont("Calibri-Bold", 9)
        c.drawString(56, H - 36, self.hl)
        c.setFont("Calibri", 8)
        c.drawRightString(W - 56, H - 36, self.hr)
        c.setLineWidth(0.4)
        c.line(56, H - 40, W - 56, H - 40)
        c.line(56, 46, W - 56, 46)
        c.drawString(56, 36, self.ft)
        c.drawRightString(W - 56, 36, "Page %d" % self.page)
        self.y = H - 64

    def need(self, h):
        if self.y - h < 60:
            self.c.showPage()
            self.page += 1
            self._hf()

    def heading(self, text):
        self.need(24)
        self.c.setFont("Calibri-Bold", 11)
        self.c.setFillColor(HexColor("#2F5496"))
        self.c.drawString(56, self.y, text)
        self.c.setFillColor(black)
        self.src.append(text)
        self.y -= 18

    def para(self, text, size=9.5):
        lines = textwrap.wrap(text, 112)
        self.need(12 * len(lines) + 6)
        t = self.c.beginText(56, self.y)
        t.setFont("Calibri", size)
        t.setLeading(12)
        for ln in lines:
            t.textLine(ln)
        self.c.drawText(t)
        self.src.append(text)
        self.y -= 12 * len(lines) + 6

    def table(self, rows, widths, shade_first=True, header=False):
        c = self.c
        x0 = 56
        for ri, row in enumerate(rows):
            wrapped = [textwrap.wrap(str(v), max(8, int(w / 4.6))) or [""] for v, w in zip(row, widths)]
            h = 12 * max(len(x) for x in wrapped) + 6
            self.need(h)
            x = x0
            for ci, (lines, w) in enumerate(zip(wrapped, widths)):
                if (shade_first and ci == 0) or (header and ri == 0):
                    c.setFillColor(HexColor("#DEEAF6"))
                    c.rect(x, self.y - h + 9, w, h, fill=1, stroke=0)
                    c.setFillColor(black)
                c.setLineWidth(0.5)
                c.rect(x, self.y - h + 9, w, h, fill=0, stroke=1)
                bold = (shade_first and ci == 0) or (header and ri == 0)
                c.setFont("Calibri-Bold" if bold else "Calibri", 9)
                for li, ln in enumerate(lines):
                    c.drawString(x + 4, self.y - 12 * li, ln)
                x += w
            vals = [str(v) for v in row if str(v)]
            self.src += vals + [" ".join(vals)]
            self.y -= h
        self.y -= 10

    def ticks(self, question, options):
        """options: [(checked, caption)], printed in one row as glyph + caption per cell"""
        self.need(40)
        c = self.c
        c.setFont("Calibri-Bold", 9.5)
        c.drawString(56, self.y, question)
        self.src.append(question)
        self.y -= 18
        x = 62
        row_txt = []
        for checked, cap in options:
            if self.glyphs == "wingdings":
                g = WD_ON if checked == "tick" else WD_X if checked else WD_OFF
                c.setFont("Wingdings", 12)
            else:
                g = "\u2612" if checked else "\u2610"
                c.setFont("SegoeUISymbol", 12)
            c.drawString(x, self.y - 1, g)
            c.setFont("Calibri", 9.5)
            c.drawString(x + 16, self.y, cap)
            self.src += [cap, g + " " + cap]
            row_txt.append(g + " " + cap)
            x += 230
        self.src.append(" ".join(row_txt))
        self.y -= 22

    def bytes(self):
        self.c.save()
        return self.buf.getvalue()


def send(name, frm, subject, sent, note, pdf, fname, label, seed, html=False):
    m = MIMEMultipart("mixed")
    m.attach(text_part(note))
    attach_bytes(m, pdf, fname, "application", "pdf")
    msg_headers(m, frm, TO, subject, sent, trace=headers(frm.split("<")[-1].rstrip(">"), sent, seed=seed),
                extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    label["source_texts"] = label.get("source_texts", []) + lines_of(note) + [subject, fname]
    write_case(name, m, label)


WK = ("OFFICIAL-SENSITIVE", "Wakefield Council - Children and Young People's Service",
      "SRU Booking Form v3.2 (revised April 2026)")


def case01():
    f = WordPdf(*WK, "Child Protection Conference - Booking Form")
    f.heading("Section A: Conference")
    f.table([["Conference type", "Initial Child Protection Conference"], ["Date", "04/01/2027"], ["Time", "10:00"],
             ["Venue", "Ossett Town Hall, Committee Room 1 (hybrid)"], ["CareDirector person ID", "CD690233"],
             ["Chair", "Rebecca Ambrose"], ["Social worker / team", "Kwame Boateng / Ossett & Horbury CIN"],
             ["Category", "Physical abuse"]], [160, 323])
    f.heading("Section B: Family")
    f.table([["Full name", "DOB", "Relationship", "Address"],
             ["Theo BAXTER", "16/04/2020", "Subject child", "7 Station Rd, Ossett"],
             ["Chardonnay Baxter", "29/02/2000", "Mother", "7 Station Rd, Ossett"],
             ["Kane Fozzard", "14/10/1997", "Mother's partner", "7 Station Rd, Ossett"]],
            [120, 70, 110, 183], shade_first=False, header=True)
    f.heading("Section C: Reason for conference")
    f.para("Theo was taken to Pinderfields A&E on 07/12/2026 with a spiral fracture of the left femur. Mum's partner Mr Fozzard said Theo fell from the sofa; the paediatric opinion is that the injury is very unlikely to be accidental.")
    f.para("Mr Fozzard was arrested on suspicion of GBH on 08/12/2026, interviewed, and released under investigation; the investigation is ongoing. He is not currently living at the address.")
    f.heading("Section D: West Yorkshire Police")
    f.ticks("Please indicate (tick one):", [("tick", "Police attendance required"), (False, "Written report sufficient")])
    f.para("Completed by Kwame Boateng, 15/12/2026")
    note = """Good afternoon

Please see attached booking form for the BAXTER ICPC on Monday 4th January 2027. Reports to the chair 3 working days before please (allowing for the bank holidays).

Kind regards
Kwame Boateng
Social Worker | Ossett & Horbury CIN Team | Wakefield Council
Think before you print."""
    send("J-46-01-wakefield-icpc-wordpdf-wingdings-current-investigation", "Kwame Boateng <kwame.boateng@wakefield.gov.uk>",
         "Booking form - BAXTER - ICPC 04/01/2027", london(2026, 12, 16, 13, 50), note, f.bytes(), "BAXTER ICPC booking form.pdf", dict(
             district="wakefield", kind="initial", date="2027-01-04", time="10:00", police_attendance_requested=True,
             harm_categories=["physical"], children=kids(("Theo Baxter", "2020-04-16")),
             adults=["Chardonnay Baxter", "Kane Fozzard"], criteria=["current_investigation"], decision="attend",
             flags_required=[], source_texts=f.src,
             tags=["word-save-as-pdf", "wingdings-pua-glyphs", "rui", "report-due-over-christmas", "tick-attend"],
             notes="arrested and released under investigation, investigation ongoing (Wakefield item 1); report due 29/12/2026 counting back over the bank holidays; tick is U+F0FE in the text layer"), 4601)


def case02():
    f = WordPdf("OFFICIAL-SENSITIVE", "Leeds Children and Families - ISU", "ISU form CP1 | Request for conference",
                "Request for Child Protection Conference")
    f.table([["Conference type", "ICPC"], ["Date of conference", "27 January 2027"], ["Start time", "1.30 pm"],
             ["Location", "Kirkstall Children's Centre / Teams"], ["Mosaic ID", "MOS-820377"],
             ["Chair", "Sadia Qureshi"], ["Category", "Neglect"]], [160, 323])
    f.table([["Child", "Date of birth", "Setting"], ["Kenzie-Leigh Tordoff", "11/06/2022", "Little Oaks Nursery"],
             ["Jack Tordoff", "03/03/2024", "at home"]], [180, 100, 203], shade_first=False, header=True)
    f.table([["Adult", "Relationship"], ["Amber Tordoff", "Mother"], ["Liam Tordoff", "Father"]],
            [180, 303], shade_first=False, header=True)
    f.heading("Reason for requesting conference")
    f.para("Chronic neglect: repeated missed health appointments, Jack's weight has fallen from the 50th to the 9th centile, and the home is cold and unhygienic. Nursery have made three referrals since September.")
    f.para("The school nurse contacted police in November about a bruise on Kenzie-Leigh's shin, but following the strategy discussion, and given the explanation and the medical findings, it was agreed there would be no police investigation and the matter would be managed as a neglect case.")
    f.heading("Police")
    f.ticks("Police attendance (tick one)", [(False, "Police attendance required"), ("tick", "Written report sufficient")])
    note = "Hello, please find attached ICPC request for the Tordoff children.\nRegards\nISU Admin, Leeds City Council"
    send("J-46-02-leeds-icpc-wordpdf-wingdings-neglect-report-only", "ISU Admin <isu.admin@leeds.gov.uk>",
         "ICPC TORDOFF 27/01/2027", london(2027, 1, 19, 10, 12), note, f.bytes(), "CP1 TORDOFF.pdf", dict(
             district="leeds", kind="initial", date="2027-01-27", time="13:30", police_attendance_requested=False,
             harm_categories=["neglect"], children=kids(("Kenzie-Leigh Tordoff", "2022-06-11"), ("Jack Tordoff", "2024-03-03")),
             adults=["Amber Tordoff", "Liam Tordoff"], criteria=[], decision="report_only", flags_required=[], source_texts=f.src,
             tags=["word-save-as-pdf", "wingdings-pua-glyphs", "negation-far-away", "strategy-discussion-not-investigation", "tick-report"],
             notes="neglect with no police investigation (the negation sits several clauses after 'contacted police'); written report ticked"), 4602)


def case03():
    f = WordPdf("OFFICIAL - SENSITIVE", "Calderdale Council | Children & Young People's Services",
                "CYPS/CP/BF1 - issued by Safeguarding & Quality Assurance", "CHILD PROTECTION CONFERENCE BOOKING FORM",
                glyphs="segoe")
    f.table([["Type", "Initial"], ["Date", "Wednesday 6th January 2027"], ["Time", "1.30pm"],
             ["Venue", "Brighouse Civic Hall"], ["LCS", "1203386"], ["Chair", "Patricia Ogunleye"],
             ["Category", "Sexual abuse (risk of)"]], [160, 323])
    f.table([["Name", "DOB", "Relationship"], ["Scarlett Naylor-Booth", "05/05/2013", "Child"],
             ["Harrison Booth", "22/08/2016", "Child"], ["Carla Booth", "10/01/1989", "Mother"],
             ["Steven Naylor", "15/07/1979", "Mother's partner (moved in Nov 2026)"]], [180, 90, 213], shade_first=False, header=True)
    f.heading("Reason for conference")
    f.para("Ms Booth's partner Steven Naylor moved into the family home in November 2026. In 2023 West Yorkshire Police (Calderdale Safeguarding Unit) investigated Mr Naylor for the sexual assault of his 12-year-old niece; the case was closed with no further action. He has no convictions and is not a registered sex offender.")
    f.para("Neither child has made any allegation. Ms Booth does not accept that Mr Naylor poses a risk and has refused to ask him to leave.")
    f.heading("West Yorkshire Police")
    f.ticks("Police:", [(False, "Police attendance required"), (True, "Written report sufficient")])
    note = """Dear colleagues

Please find attached the booking form for the Initial Child Protection Conference for Scarlett and Harrison.

Kind regards

Yvonne Lumb
Child Protection Conference Administrator
Calderdale Council, Northgate House, Halifax HX1 1UN

Calderdale Council - Your life, our priority. This e-mail is confidential."""
    send("J-46-03-calderdale-icpc-wordpdf-segoe-prior-involvement", "Yvonne Lumb <yvonne.lumb@calderdale.gov.uk>",
         "ICPC - NAYLOR-BOOTH / BOOTH - 06.01.2027", london(2026, 12, 17, 11, 0), note, f.bytes(), "Booking form - BOOTH.pdf", dict(
             district="calderdale", kind="initial", date="2027-01-06", time="13:30", police_attendance_requested=False,
             harm_categories=["sexual"], children=kids(("Scarlett Naylor-Booth", "2013-05-05"), ("Harrison Booth", "2016-08-22")),
             adults=["Carla Booth", "Steven Naylor"], criteria=["prior_unit_involvement"], decision="attend", flags_required=[],
             source_texts=f.src,
             tags=["word-save-as-pdf", "segoe-ui-symbol-glyphs", "nfa", "negated-rso", "tick-report"],
             notes="2023 unit investigation of the mother's partner (NFA) = prior_unit_involvement, which Calderdale attends; 'not a registered sex offender' is negated; form says written report (tickbox_conflict)"), 4603)


def case04():
    f = WordPdf("OFFICIAL-SENSITIVE", "Kirklees Council - Child Protection & Reviewing Service",
                "CPRS review booking | Strengthening Families", "Review Child Protection Conference - Booking")
    f.table([["Conference", "Review (first review)"], ["Date", "15/12/2026"], ["Time", "09:30"],
             ["Venue", "Dewsbury Town Hall - Room 4"], ["Chair", "Graham Senior"], ["Category", "Emotional abuse"]], [160, 323])
    f.table([["Name", "DOB", "Relationship"], ["Maya Lockwood", "23/11/2015", "Child"],
             ["Jess Lockwood", "02/02/1993", "Mother"], ["Ryan Gill", "28/08/1990", "Father"]],
            [180, 90, 213], shade_first=False, header=True)
    f.heading("Danger / Harm")
    f.para("Since the initial conference there have been two further incidents of domestic abuse by Mr Gill, the latest on 28/11/2026 when he broke into the house and assaulted Ms Lockwood in front of Maya.")
    f.heading("Agency involvement")
    f.para("The case was re-heard at MARAC on 03/12/2026 (high risk). A West Yorkshire Police Domestic Abuse Safeguarding Officer is working with Ms Lockwood and Mr Gill has been charged and remanded on bail with conditions not to enter Dewsbury.")
    f.heading("West Yorkshire Police")
    f.ticks("Tick one:", [(False, "Police attendance required"), (True, "Written report sufficient")])
    note = "Afternoon, RCPC booking attached for LOCKWOOD.\nThanks\nCPRS Admin | Kirklees Council"
    send("J-46-04-kirklees-rcpc-wordpdf-wingdings-domestic-abuse", "CPRS Admin <cprs.admin@kirklees.gov.uk>",
         "RCPC booking LOCKWOOD 15/12", london(2026, 12, 7, 14, 3), note, f.bytes(), "RCPC LOCKWOOD.pdf", dict(
             district="kirklees", kind="review", date="2026-12-15", time="09:30", police_attendance_requested=False,
             harm_categories=["emotional"], children=kids(("Maya Lockwood", "2015-11-23")),
             adults=["Jess Lockwood", "Ryan Gill"], criteria=["domestic_abuse_current_involvement"], decision="discuss",
             flags_required=[], source_texts=f.src,
             tags=["word-save-as-pdf", "wingdings-pua-glyphs", "review", "marac", "tick-report", "glyph-x-variant"],
             notes="Kirklees (Wakefield rules) review: serious DA with MARAC, DA officer and bail = current police involvement -> discuss at review; checked box is U+F0FD"), 4604)


def case05():
    f = WordPdf("OFFICIAL-SENSITIVE", "City of Bradford MDC - Children's Services",
                "Pre-birth CP conference request - form PB2", "Pre-Birth Child Protection Conference Request")
    f.table([["Conference type", "Pre-birth Initial Child Protection Conference"], ["Date", "Thursday 7 January 2027"],
             ["Time", "10.30am"], ["Venue", "Shipley Town Hall"], ["LCS ID", "2237719 (mother)"],
             ["Chair", "Farzana Hussain"], ["Category", "Sexual abuse (risk)"]], [160, 323])
    f.table([["Name", "DOB / EDD", "Relationship"], ["Unborn baby of Courtney Whitaker", "EDD 19/03/2027", "Unborn child"],
             ["Courtney Whitaker", "08/07/2004", "Mother"], ["Martin Greenhalgh", "03/03/1976", "Father of the unborn baby"]],
            [180, 110, 193], shade_first=False, header=True)
    f.heading("Reason for request")
    f.para("Mr Greenhalgh is a registered sex offender (convicted 2015 of sexual activity with a child) and is managed under MAPPA category 1 by the West Yorkshire Police offender management team. He and Ms Whitaker have been in a relationship since spring 2026 and he stays at her flat several nights a week.")
    f.heading("Police")
    f.ticks("Police (tick one)", [("tick", "Police attendance required"), ("tick", "Written report sufficient")])
    note = "Hi\n\nPre-birth conference request attached - please see form. Ticked both as not sure which is needed.\n\nThanks\nAshleigh Broadley\nSocial Worker, Bradford Children's Services"
    send("J-46-05-bradford-prebirth-wordpdf-both-ticked-rso", "Ashleigh Broadley <ashleigh.broadley@bradford.gov.uk>",
         "PRE-BIRTH ICPC - WHITAKER - 07/01/2027", london(2026, 12, 21, 9, 44), note, f.bytes(), "PB2 WHITAKER.pdf", dict(
             district="bradford", kind="initial", pre_birth=True, date="2027-01-07", time="10:30", police_attendance_requested=None,
             harm_categories=["sexual"], children=[{"name": "Unborn baby of Courtney Whitaker", "date_of_birth": None}],
             adults=["Courtney Whitaker", "Martin Greenhalgh"], criteria=["registered_sex_offender"], decision="attend",
             flags_required=["tickbox_ambiguous"], source_texts=f.src,
             tags=["word-save-as-pdf", "wingdings-pua-glyphs", "pre-birth", "rso", "mappa-1", "tick-both"],
             notes="Bradford (Wakefield rules) pre-birth = initial: RSO father staying at the home (item 7) -> attend; both boxes ticked -> ambiguous"), 4605)


def case06():
    f = WordPdf(*WK, "Child Protection Conference - Booking Form")
    f.heading("Section A: Conference")
    f.table([["Conference type", "ICPC"], ["Date", "22/12/2026"], ["Time", "14:00"],
             ["Venue", "Wakefield One, Room 1.12"], ["CareDirector person ID", "CD693018"], ["Chair", "Simon Outhwaite"],
             ["Category", "Emotional abuse"]], [160, 323])
    f.heading("Section B: Family")
    f.table([["Full name", "DOB", "Relationship", "Address"], ["Ella Mae Crowther", "30/01/2012", "Subject child", "22 Lupset Crescent"],
             ["Dawn Crowther", "17/12/1983", "Mother", "22 Lupset Crescent"]], [120, 70, 110, 183], shade_first=False, header=True)
    f.heading("Section C: Reason for conference")
    f.para("Ella Mae has been self-harming and reports that her mother's drinking and verbal abuse make her feel worthless. Ms Crowther has declined support. There is no police involvement.")
    f.heading("Section D: West Yorkshire Police")
    f.ticks("Please indicate (tick one):", [(False, "Police attendance required"), (False, "Written report sufficient")])
    note = "Apologies for the short notice - chair only confirmed the date this afternoon. Booking form attached.\nSRU Business Support, Wakefield Council"
    send("J-46-06-wakefield-icpc-wordpdf-neither-ticked-late", "SRU Business Support <sru.businesssupport@wakefield.gov.uk>",
         "ICPC CROWTHER Tues 22/12 - short notice", london(2026, 12, 18, 15, 32), note, f.bytes(), "CROWTHER booking.pdf", dict(
             district="wakefield", kind="initial", date="2026-12-22", time="14:00", police_attendance_requested=None,
             harm_categories=["emotional"], children=kids(("Ella Mae Crowther", "2012-01-30")),
             adults=["Dawn Crowther"], criteria=[], decision="report_only", flags_required=["tickbox_ambiguous"], source_texts=f.src,
             tags=["word-save-as-pdf", "wingdings-pua-glyphs", "tick-neither", "late-notice", "deadline-passed", "name-with-space"],
             notes="no criterion, neither box ticked -> report only; 2 working days' notice (late) and the 3-day report deadline (17/12) had passed on receipt"), 4606)


def case07():
    f = WordPdf("OFFICIAL-SENSITIVE", "Leeds Children and Families - ISU", "ISU form CP2 | Review", "Review Child Protection Conference")
    f.table([["Conference type", "RCPC"], ["Date", "14/01/2027"], ["Time", "10:00"], ["Mosaic ID", "MOS-744120"]], [160, 323])
    f.heading("Progress")
    f.para("Jacob remains on a plan under the category of physical abuse. Police update requested.")
    full = f.bytes()
    damaged = full[: int(len(full) * 0.35)]  # truncated in transit
    note = """Morning

Please find attached the booking form for the Review Child Protection Conference for Jacob ELLIS-MIRZA on Thursday 14 January 2027 at 10:00 (Merrion House / Teams).

Regards
Integrated Safeguarding Unit, Leeds City Council"""
    send("J-46-07-leeds-rcpc-wordpdf-truncated-unreadable", "ISU Reviews <isu.reviews@leeds.gov.uk>",
         "RCPC - ELLIS-MIRZA - 14/01/2027", london(2026, 12, 31, 10, 20), note, damaged, "RCPC ELLIS-MIRZA.pdf", dict(
             district="leeds", kind="review", date="2027-01-14", time="10:00", police_attendance_requested=None,
             harm_categories=None, children=[{"name": "Jacob Ellis-Mirza", "date_of_birth": None}], adults=None,
             criteria=[], decision="manual_review", flags_required=["unreadable_attachment", "no_booking_form"],
             flags_forbidden_extra=["cancelled", "not_an_invitation", "unverified_sender", "encrypted_unreadable", "possible_duplicate", "rescheduled"],
             tags=["word-save-as-pdf", "truncated-pdf", "covering-note-only"],
             notes="the PDF is truncated (no xref, no trailer) and cannot be read; only the covering note gives the date: manual_review with unreadable_attachment + no_booking_form"), 4607)


if __name__ == "__main__":
    for fn in (case01, case02, case03, case04, case05, case06, case07):
        fn()
